//! README.md's examples are real output: this test runs them and compares
//! what the built binary prints with what README shows, byte for byte.
//!
//! A fenced block is an example when it has prompts:
//! - `seedkb> QUERY` lines, each followed by its output up to the next
//!   prompt or the block's end: the queries run in order, each piped into
//!   `seedkb` on the block's own fresh database (with the bundled seeds),
//!   so a `load` stays for the queries after it; dot-commands that change a
//!   setting (`.format`, `.maxrows`) are sent again ahead of every later query;
//! - `$ COMMAND` lines, each followed by its output (standard output and
//!   error, as a terminal shows them): the block runs as one `sh` script in a
//!   temporary directory holding the files of `tests/readme/` (the articles
//!   README's examples load) and links to the repository's `seeds/` and
//!   `tests/`, with the built `seedkb` first on PATH and its default
//!   database there.
//!
//! A block that cannot run in a test (a server, an etcd cluster, files the
//! README does not show, a terminal) has `<!-- readme-test: skip (WHY) -->`
//! on the line before its fence. A block without prompts (a list of commands
//! to type, a file's contents) claims no output and is not run. The test
//! fails when an example's output differs, and says which README line,
//! which query and the diff; `SEEDKB_BLESS=1 cargo test --test readme`
//! writes what the binary printed into README instead (review the diff).

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

const SKIP: &str = "<!-- readme-test: skip";

/// One prompt of an example and the output README shows for it.
struct Step {
    /// README's line number (1-based) of the prompt.
    line: usize,
    command: String,
    /// Index into README's lines of the first output line, and how many.
    out_start: usize,
    out_len: usize,
    expected: String,
}

enum Kind {
    Repl,
    Shell,
}

struct Block {
    /// README's line number of the opening fence.
    line: usize,
    kind: Kind,
    steps: Vec<Step>,
}

fn readme_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")
}

/// The output of a step: its lines up to the next prompt, without the
/// blank lines README puts before that prompt.
fn close_step(lines: &[&str], step: &mut Step, end: usize) {
    let mut last = end;
    while last > step.out_start && lines[last - 1].trim().is_empty() {
        last -= 1;
    }
    step.out_len = last - step.out_start;
    step.expected = lines[step.out_start..last].join("\n");
}

/// The examples of README, the number of skipped blocks with their
/// reasons, and the number of blocks without prompts.
fn parse(lines: &[&str]) -> (Vec<Block>, Vec<String>, usize) {
    let (mut blocks, mut skipped, mut listings) = (Vec::new(), Vec::new(), 0);
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if let Some(rest) = line.strip_prefix(SKIP) {
            let fence = lines.get(i + 1).is_some_and(|l| l.starts_with("```"));
            let why = rest
                .strip_suffix(" -->")
                .and_then(|w| w.trim().strip_prefix('('))
                .and_then(|w| w.strip_suffix(')'))
                .is_some_and(|w| !w.trim().is_empty());
            assert!(
                fence && why,
                "README.md:{}: a skip marker is `{SKIP} (WHY) -->` on the line before a fence",
                i + 1
            );
        }
        if !line.starts_with("```") {
            i += 1;
            continue;
        }
        let open = i;
        let mut close = open + 1;
        while close < lines.len() && lines[close] != "```" {
            close += 1;
        }
        assert!(
            close < lines.len(),
            "README.md:{}: unclosed fence",
            open + 1
        );
        let body = &lines[open + 1..close];
        let prompt = |l: &&str| l.starts_with("seedkb> ") || l.starts_with("$ ");
        if open > 0 && lines[open - 1].starts_with(SKIP) {
            skipped.push(format!("README.md:{}: {}", open + 1, lines[open - 1]));
        } else if !body.iter().any(prompt) {
            listings += 1;
        } else {
            let kind = if body[0].starts_with("seedkb> ") {
                Kind::Repl
            } else {
                Kind::Shell
            };
            let marker = match kind {
                Kind::Repl => "seedkb> ",
                Kind::Shell => "$ ",
            };
            assert!(
                body[0].starts_with(marker)
                    && !body.iter().any(|l| prompt(l) && !l.starts_with(marker)),
                "README.md:{}: an example starts with a prompt and mixes no other kind \
                 (or add `{SKIP} (why) -->` before it)",
                open + 1
            );
            let mut steps: Vec<Step> = Vec::new();
            for (k, l) in body.iter().enumerate() {
                let at = open + 1 + k;
                if let Some(command) = l.strip_prefix(marker) {
                    if let Some(prev) = steps.last_mut() {
                        close_step(lines, prev, at);
                    }
                    steps.push(Step {
                        line: at + 1,
                        command: command.to_string(),
                        out_start: at + 1,
                        out_len: 0,
                        expected: String::new(),
                    });
                }
            }
            if let Some(prev) = steps.last_mut() {
                close_step(lines, prev, close);
            }
            blocks.push(Block {
                line: open + 1,
                kind,
                steps,
            });
        }
        i = close + 1;
    }
    (blocks, skipped, listings)
}

/// Whether a dot-command changes a setting later queries see.
fn is_setting(query: &str) -> bool {
    [".format", ".maxrows", ".timer"]
        .iter()
        .any(|s| query.starts_with(s))
}

/// What seedkb prints for each query of a REPL example.
fn run_repl(block: &Block) -> Vec<String> {
    let (_dir, db) = common::temp_db();
    // The shell's database exists (the first run made it): made here
    // first, so the first query's output has no note that it was created.
    common::run(common::command(&db), Some(b""));
    let mut settings = String::new();
    block
        .steps
        .iter()
        .map(|step| {
            let input = format!("{settings}{}\n", step.command);
            if is_setting(&step.command) {
                settings.push_str(&step.command);
                settings.push('\n');
            }
            let mut c = common::command(&db);
            c.env_remove("SEEDKB_DB").env("NO_COLOR", "1");
            let run = common::run(c, Some(input.as_bytes()));
            run.stdout + &run.stderr
        })
        .collect()
}

/// What each command of a shell example prints, standard output and error
/// together: the block is one script, each command's output introduced by a
/// line only a marker writes.
fn run_shell(block: &Block) -> Vec<String> {
    const MARK: &str = "\u{1e}readme-step";
    let dir = tempfile::tempdir().expect("temp dir");
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    for linked in ["seeds", "tests"] {
        std::os::unix::fs::symlink(repo.join(linked), dir.path().join(linked)).expect("link");
    }
    common::copy_dir(&repo.join("tests/readme"), dir.path());
    let mut script = String::from("exec 2>&1\n");
    for step in &block.steps {
        script.push_str(&format!("printf '%s\\n' '{MARK}'\n{}\n", step.command));
    }
    let bin_dir = Path::new(common::BIN)
        .parent()
        .expect("the binary's directory");
    let path = std::env::join_paths(std::iter::once(bin_dir.to_path_buf()).chain(
        std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()),
    ))
    .expect("PATH");
    let mut c = Command::new("sh");
    c.arg("-c")
        .arg(script)
        .env("PATH", path)
        .env("NO_COLOR", "1");
    common::isolate(&mut c, dir.path());
    let run = common::run(c, None);
    let mut outputs: Vec<String> = run
        .stdout
        .split(&format!("{MARK}\n"))
        .map(str::to_string)
        .collect();
    assert_eq!(
        outputs.remove(0),
        "",
        "README.md:{}: output before the first command",
        block.line
    );
    assert_eq!(
        outputs.len(),
        block.steps.len(),
        "README.md:{}: the script stopped early:\n{}",
        block.line,
        run.stdout
    );
    outputs
}

/// A line diff of `expected` against `got`: `-` lines README has, `+` lines
/// the binary printed, two spaces before lines both have.
fn diff(expected: &str, got: &str) -> String {
    similar::TextDiff::from_lines(expected, got)
        .iter_all_changes()
        .map(|c| {
            let sign = match c.tag() {
                similar::ChangeTag::Equal => ' ',
                similar::ChangeTag::Delete => '-',
                similar::ChangeTag::Insert => '+',
            };
            format!("{sign} {}\n", c.value().trim_end_matches('\n'))
        })
        .collect()
}

#[test]
fn readme_examples_are_real_output() {
    let path = readme_path();
    let text = std::fs::read_to_string(&path).expect("README.md");
    let lines: Vec<&str> = text.lines().collect();
    let (blocks, skipped, listings) = parse(&lines);
    assert!(!blocks.is_empty(), "README.md has no examples");
    let bless = std::env::var_os("SEEDKB_BLESS").is_some();
    let mut failures = Vec::new();
    // (first line index, line count, new text) of every output to rewrite.
    let mut rewrites: Vec<(usize, usize, String)> = Vec::new();
    let mut steps = 0;
    for block in &blocks {
        let outputs = match block.kind {
            Kind::Repl => run_repl(block),
            Kind::Shell => run_shell(block),
        };
        for (step, got) in block.steps.iter().zip(outputs) {
            steps += 1;
            assert!(
                !common::panicked(&got),
                "README.md:{}: seedkb panicked: {}\n{got}",
                step.line,
                step.command
            );
            let got = got.trim_end_matches('\n');
            if got == step.expected {
                continue;
            }
            if bless {
                rewrites.push((step.out_start, step.out_len, got.to_string()));
            } else {
                failures.push(format!(
                    "README.md:{} (block at line {}): {}\n--- expected (-) vs got (+)\n{}",
                    step.line,
                    block.line,
                    step.command,
                    diff(&step.expected, got)
                ));
            }
        }
    }
    eprintln!(
        "README.md: {} example blocks run ({steps} prompts), {} skipped, {listings} without prompts",
        blocks.len(),
        skipped.len()
    );
    for s in &skipped {
        eprintln!("  skipped {s}");
    }
    if bless && !rewrites.is_empty() {
        let mut out: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        rewrites.sort_by_key(|r| std::cmp::Reverse(r.0));
        for (start, len, new) in rewrites {
            let new_lines = new.lines().map(str::to_string).collect::<Vec<_>>();
            out.splice(start..start + len, new_lines);
        }
        std::fs::write(&path, out.join("\n") + "\n").expect("bless README.md");
    }
    assert!(
        failures.is_empty(),
        "{} of {steps} README outputs differ (SEEDKB_BLESS=1 cargo test --test readme \
         rewrites them):\n\n{}",
        failures.len(),
        failures.join("\n")
    );
}
