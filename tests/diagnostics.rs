//! Golden tests for every kind of error report: `tests/diagnostics.txt`
//! holds, for each case, the input piped to `seedkb` and the exact
//! standard error it must print (plain, prefixed with the input line).
//!
//! A case:
//!
//! ```text
//! ### what it shows
//! funding where amout > 1亿元
//! ---
//! stdin:1:15: error: unknown attribute 'amout'
//! ...
//! ```
//!
//! `SEEDKB_BLESS=1 cargo test --test diagnostics` rewrites the expected
//! parts from what seedkb prints now (read the diff before committing).

mod common;

use common::Run;
use std::path::{Path, PathBuf};

struct Case {
    title: String,
    input: String,
    expected: String,
}

fn golden_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("diagnostics.txt")
}

/// Splits the file into its header (comments) and cases.
fn parse(text: &str) -> (String, Vec<Case>) {
    let mut header = String::new();
    let mut cases: Vec<Case> = Vec::new();
    let mut in_expected = false;
    for line in text.lines() {
        if let Some(title) = line.strip_prefix("### ") {
            cases.push(Case {
                title: title.to_string(),
                input: String::new(),
                expected: String::new(),
            });
            in_expected = false;
            continue;
        }
        let Some(case) = cases.last_mut() else {
            header.push_str(line);
            header.push('\n');
            continue;
        };
        if line == "---" && !in_expected {
            in_expected = true;
        } else if in_expected {
            case.expected.push_str(line);
            case.expected.push('\n');
        } else {
            case.input.push_str(line);
            case.input.push('\n');
        }
    }
    for c in &mut cases {
        c.expected = c.expected.trim_end().to_string();
    }
    (header, cases)
}

/// Runs seedkb on `input` (piped).
fn run(db: &Path, input: &str) -> Run {
    let mut c = common::command(db);
    c.env_remove("SEEDKB_DB").env("NO_COLOR", "1");
    common::run(c, Some(input.as_bytes()))
}

#[test]
fn every_diagnostic_matches_its_golden_text() {
    let path = golden_path();
    let text = std::fs::read_to_string(&path).expect("tests/diagnostics.txt");
    let (header, mut cases) = parse(&text);
    assert!(cases.len() >= 20, "only {} cases", cases.len());
    let (_dir, db) = common::temp_db();
    // Made before the cases: the first one's report has no note that it
    // was created.
    run(&db, "");
    let bless = std::env::var_os("SEEDKB_BLESS").is_some();
    let mut failures = Vec::new();
    for case in &mut cases {
        let Run { code, stderr, .. } = run(&db, &case.input);
        let got = stderr.trim_end().to_string();
        assert!(
            !stderr.contains("panicked"),
            "{}: seedkb panicked:\n{stderr}",
            case.title
        );
        if code != 1 {
            failures.push(format!("### {}: exit code {code}, expected 1", case.title));
        }
        if got != case.expected {
            if bless {
                case.expected = got;
            } else {
                failures.push(format!(
                    "### {}\n--- expected\n{}\n--- got\n{}",
                    case.title, case.expected, got
                ));
            }
        }
    }
    if bless {
        let mut out = header;
        for c in &cases {
            out.push_str(&format!(
                "### {}\n{}---\n{}\n\n",
                c.title, c.input, c.expected
            ));
        }
        std::fs::write(&path, out.trim_end().to_string() + "\n").expect("bless");
    }
    assert!(
        failures.is_empty(),
        "{} of {} diagnostics differ (SEEDKB_BLESS=1 rewrites them):\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}

/// On a terminal the same report is coloured; through a pipe never.
#[test]
fn no_colour_on_a_pipe_even_without_no_color() {
    let (_dir, db) = common::temp_db();
    let mut c = common::command(&db);
    c.env_remove("NO_COLOR").env("TERM", "xterm-256color");
    let out = common::run(c, Some(b"funding where amout > 1\n"));
    let err = &out.stderr;
    assert!(err.contains("unknown attribute"), "{err}");
    assert!(!err.contains('\x1b'), "colour on a pipe: {err:?}");
}
