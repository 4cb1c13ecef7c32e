//! Golden tests a person can read: `tests/golden/*.slt`.
//!
//! Each file is a sqllogictest script whose "SQL" is the seedkb query
//! language. Every file runs against its own fresh database (a temporary
//! directory) created with the bundled seeds, so files do not depend on each
//! other. The expected answers are checked by hand against the article
//! (`seeds/000_c0358a9eae1db40c.txt`); each query has a `#` comment naming
//! the sentence that backs it.
//!
//! How an answer is written (one line per row, `NULL`, `(empty)`, the
//! column letters `T I Q D ?`, `query error REGEX`, the `columns QUERY`
//! harness word) is described in `src/slt.rs`: these files run with the
//! same runner as `seedkb test`.
//!
//! `cargo test --test golden` runs every file; `cargo test --test golden
//! funding` runs one. A failing file reports every failing record with
//! sqllogictest's diff, not just the first.

use std::path::{Path, PathBuf};
use std::time::Duration;

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("golden")
}

/// Runs every record of one file against a fresh database with the bundled
/// seeds, with `seedkb test`'s runner; panics with all the failures.
fn run_file(name: &str) {
    let path = golden_dir().join(name);
    let dir = tempfile::tempdir().expect("a temporary directory");
    let store = seedkb::session::open_store(&dir.path().join("db"), true, Duration::ZERO)
        .unwrap_or_else(|e| panic!("opening the store: {e}"));
    let report = seedkb::slt::run_file(&store, &path, false)
        .unwrap_or_else(|e| panic!("{}: cannot run: {e}", path.display()));
    let checked = report.checked;
    assert!(checked > 0, "{name}: no query records");
    let failures = report.failures;
    if !failures.is_empty() {
        panic!(
            "{name}: {} of {checked} records failed\n\n{}",
            failures.len(),
            failures.join("\n")
        );
    }
}

macro_rules! golden {
    ($($test:ident => $file:literal),* $(,)?) => {
        $(
            #[test]
            fn $test() {
                run_file($file);
            }
        )*

        /// Every .slt file has a test above, so none is silently skipped.
        const FILES: &[&str] = &[$($file),*];
    };
}

golden! {
    catalogue => "catalogue.slt",
    show => "show.slt",
    funding => "funding.slt",
    projects => "projects.slt",
    quantities => "quantities.slt",
    joins => "joins.slt",
    errors => "errors.slt",
    explain => "explain.slt",
    timeline => "timeline.slt",
    missing => "missing.slt",
    sources => "sources.slt",
}

/// The words a comment quotes in 「」 are the article's own: each must be
/// in the article verbatim, white space aside (as for quotes in the seeds).
#[test]
fn citations_are_verbatim() {
    let fold = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let article_path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("seeds")
        .join("000_c0358a9eae1db40c.txt");
    let article = fold(&std::fs::read_to_string(&article_path).expect("the article"));
    let mut bad = Vec::new();
    let mut cited = 0usize;
    for file in FILES {
        let text = std::fs::read_to_string(golden_dir().join(file)).expect("a golden file");
        for (n, line) in text.lines().enumerate() {
            if !line.starts_with('#') {
                continue;
            }
            let mut rest = line;
            while let Some(start) = rest.find('「') {
                let after = &rest[start + '「'.len_utf8()..];
                let Some(end) = after.find('」') else {
                    bad.push(format!("{file}:{}: 「 without 」", n + 1));
                    break;
                };
                let quote = &after[..end];
                cited += 1;
                if !article.contains(&fold(quote)) {
                    bad.push(format!("{file}:{}: 「{quote}」", n + 1));
                }
                rest = &after[end + '」'.len_utf8()..];
            }
        }
    }
    assert!(cited > 0, "no citations found");
    assert!(
        bad.is_empty(),
        "not verbatim in the article:\n{}",
        bad.join("\n")
    );
}

#[test]
fn every_slt_file_has_a_test() {
    let mut on_disk: Vec<String> = std::fs::read_dir(golden_dir())
        .expect("tests/golden")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".slt"))
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = FILES.iter().map(|s| s.to_string()).collect();
    listed.sort();
    assert_eq!(
        on_disk, listed,
        "tests/golden/*.slt and the golden! list in tests/golden.rs differ"
    );
}
