//! The dependency rules of ARCHITECTURE.md ("Invariants"), checked on the
//! source text: a rule written down and not enforced drifts.
//!
//! Each rule names a folder or file and the paths its code may not
//! mention. Comments are skipped, so a doc comment may still point at a
//! module it does not import; so is test code (`tests.rs` files and what
//! follows `#[cfg(test)]`), which may reach across layers to set things up.

use std::fs;
use std::path::{Path, PathBuf};

/// Every `.rs` file under `root` (or `root` itself), relative to the
/// repository.
fn rust_files(root: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(root);
    let mut out = Vec::new();
    let mut stack = vec![root.clone()];
    while let Some(p) = stack.pop() {
        if p.is_dir() {
            for e in fs::read_dir(&p).expect("read source folder") {
                stack.push(e.expect("folder entry").path());
            }
        } else if p.extension().is_some_and(|e| e == "rs") && !p.ends_with("tests.rs") {
            out.push(p);
        }
    }
    assert!(!out.is_empty(), "no sources under {}", root.display());
    out
}

/// Lines of code (comments dropped) that mention any of `forbidden`.
fn offences(root: &str, forbidden: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for file in rust_files(root) {
        let text = fs::read_to_string(&file).expect("read source");
        for (i, line) in text.lines().enumerate() {
            // Tests may reach across layers to set up what they check.
            if line.trim_start().starts_with("#[cfg(test)]") {
                break;
            }
            let code = line.split("//").next().unwrap_or("");
            for f in forbidden {
                if code.contains(f) {
                    found.push(format!("{}:{}: mentions `{f}`", file.display(), i + 1));
                }
            }
        }
    }
    found
}

fn assert_none(root: &str, forbidden: &[&str], rule: &str) {
    let found = offences(root, forbidden);
    assert!(found.is_empty(), "{rule}:\n{}", found.join("\n"));
}

#[test]
fn the_model_and_text_layers_know_nothing_above_them() {
    for dir in [
        "crates/seedkb-core/src/model",
        "crates/seedkb-core/src/text",
    ] {
        assert_none(
            dir,
            &[
                "crate::store",
                "crate::ingest",
                "crate::query",
                "crate::suggest",
            ],
            "model and text are the bottom layers",
        );
    }
}

#[test]
fn the_store_never_imports_ingest_or_query() {
    assert_none(
        "crates/seedkb-core/src/store",
        &[
            "crate::ingest",
            "crate::query",
            "crate::suggest",
            "crate::synth",
        ],
        "store sits below ingest and query",
    );
}

#[test]
fn ingest_and_query_do_not_know_each_other() {
    assert_none(
        "crates/seedkb-core/src/ingest",
        &["crate::query"],
        "ingest does not evaluate queries",
    );
    assert_none(
        "crates/seedkb-core/src/query",
        &["crate::ingest"],
        "query does not read files",
    );
}

#[test]
fn the_core_has_no_terminal_or_language_dependencies() {
    let manifest = fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/seedkb-core/Cargo.toml"),
    )
    .expect("read the core manifest");
    for dep in [
        "jieba",
        "pinyin",
        "fast2s",
        "rustyline",
        "clap",
        "terminal_size",
        "seedkb-extract",
    ] {
        assert!(
            !manifest.contains(dep),
            "seedkb-core depends on {dep}: the core has no terminal and no language analysis"
        );
    }
    assert_none(
        "crates/seedkb-core/src",
        &[
            "jieba_rs",
            "pinyin::",
            "fast2s",
            "rustyline",
            "seedkb_extract",
        ],
        "the core has no terminal and no language analysis",
    );
}

#[test]
fn front_ends_never_import_each_other() {
    // `main.rs` hands each mode to its front end; what they share lives in
    // `session`, `dot`, `output` and `args`, below all of them.
    assert_none(
        "src/cli.rs",
        &["crate::repl", "crate::slt", "crate::serve"],
        "the batch front end",
    );
    assert_none(
        "src/repl",
        &["crate::cli", "crate::slt", "crate::serve"],
        "the REPL",
    );
    assert_none(
        "src/slt.rs",
        &["crate::cli", "crate::repl", "crate::serve"],
        "seedkb test",
    );
    assert_none(
        "src/serve.rs",
        &["crate::cli", "crate::repl", "crate::slt"],
        "seedkb serve",
    );
    for shared in [
        "src/session.rs",
        "src/dot",
        "src/output",
        "src/args.rs",
        "src/seeds.rs",
        "src/console.rs",
        "src/forward.rs",
    ] {
        assert_none(
            shared,
            &["crate::cli", "crate::repl", "crate::slt", "crate::serve"],
            "what the front ends share sits below them",
        );
    }
}

#[test]
fn nothing_below_main_exits_the_process() {
    for dir in ["src", "crates"] {
        // crates/sled is sled's own code, kept as released but for a few
        // small patches (its debug-delay tooling exits): not ours to hold to this.
        let found: Vec<String> = offences(dir, &["process::exit"])
            .into_iter()
            .filter(|o| !o.contains("src/main.rs") && !o.contains("crates/sled/"))
            .collect();
        assert!(
            found.is_empty(),
            "exit codes are returned to main, not taken:\n{}",
            found.join("\n")
        );
    }
}
