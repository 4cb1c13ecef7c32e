//! Golden tests a person can read: `tests/golden/*.slt`.
//!
//! Each file is a sqllogictest script whose "SQL" is the seedkb query
//! language. Every file runs against its own fresh database (a temporary
//! directory) created with the bundled seeds, so files do not depend on each
//! other. The expected answers are checked by hand against the article
//! (`seeds/000_c0358a9eae1db40c.txt`); each query has a `#` comment naming
//! the sentence that backs it.
//!
//! How an answer is written:
//! * one line per row, cells separated by spaces, as `Cell::display()`
//!   prints them (sqllogictest folds runs of white space, so `Yi County`
//!   still matches);
//! * an empty cell (`Cell::Null`) is written `NULL` and an empty string
//!   `(empty)`, so a column never vanishes;
//! * the letters after `query` give the columns, one letter each:
//!   `T` text or an entity name, `I` a whole number (a count), `Q` a
//!   quantity (`3.48亿元`, `1500亩`), `D` a date, `?` mixed or a list of
//!   values. The letters are checked, so they also check the number of
//!   columns; a column with nothing but `NULL` (or no rows at all) passes
//!   with any letter;
//! * `query error <regex>` / `statement error <regex>` expect the query to
//!   fail with a message (and its help, in parentheses) matching the regex.
//!
//! One harness word is not seedkb's: `columns QUERY` answers one row, the
//! column names QUERY's answer would have (checked with `query T…`).
//!
//! `cargo test --test golden` runs every file; `cargo test --test golden
//! funding` runs one. A failing file reports every failing record with
//! sqllogictest's diff, not just the first.

use seedkb::query::result::{Cell, ResultSet};
use sqllogictest::{ColumnType, DBOutput, Record, Runner};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::thread::JoinHandle;
use std::time::Duration;

/// The kind of one answer column (see the module comment).
#[derive(Clone, Debug, PartialEq, Eq)]
enum Col {
    Text,
    Int,
    Quantity,
    Date,
    Mixed,
    /// Only NULLs (or no rows): matches any letter. Never written.
    Unknown,
}

impl ColumnType for Col {
    fn from_char(c: char) -> Option<Self> {
        Some(match c {
            'T' => Col::Text,
            'I' => Col::Int,
            'Q' => Col::Quantity,
            'D' => Col::Date,
            '?' => Col::Mixed,
            _ => return None,
        })
    }

    fn to_char(&self) -> char {
        match self {
            Col::Text => 'T',
            Col::Int => 'I',
            Col::Quantity => 'Q',
            Col::Date => 'D',
            Col::Mixed => '?',
            Col::Unknown => '_',
        }
    }
}

fn cell_col(c: &Cell) -> Option<Col> {
    match c {
        Cell::Null => None,
        Cell::Text(_) | Cell::Entity(_) => Some(Col::Text),
        Cell::Int(_) => Some(Col::Int),
        Cell::Quantity(_) => Some(Col::Quantity),
        Cell::Date(_) => Some(Col::Date),
        Cell::List(_) => Some(Col::Mixed),
    }
}

/// The column's letter: what all its non-null cells are, else `?`.
fn column_type(rs: &ResultSet, i: usize) -> Col {
    let mut seen: Option<Col> = None;
    for row in &rs.rows {
        match (row.get(i).and_then(cell_col), &seen) {
            (None, _) => {}
            (Some(c), None) => seen = Some(c),
            (Some(c), Some(s)) if c == *s => {}
            (Some(_), Some(_)) => return Col::Mixed,
        }
    }
    seen.unwrap_or(Col::Unknown)
}

/// The letters after `query` must match the answer's columns, one for one;
/// a column of NULLs matches any letter.
#[allow(clippy::ptr_arg)] // the signature sqllogictest asks for
fn columns_match(actual: &Vec<Col>, expected: &Vec<Col>) -> bool {
    actual.len() == expected.len()
        && actual
            .iter()
            .zip(expected)
            .all(|(a, e)| *a == Col::Unknown || a == e)
}

fn cell_text(c: &Cell) -> String {
    match c {
        Cell::Null => "NULL".to_string(),
        c => {
            let s = c.display();
            if s.trim().is_empty() {
                "(empty)".to_string()
            } else {
                s
            }
        }
    }
}

/// A query that failed: seedkb's message, with its help in parentheses.
#[derive(Debug)]
struct Failed(String);

impl std::fmt::Display for Failed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Failed {}

type Answer = Result<(Vec<Col>, Vec<Vec<String>>), Failed>;

fn answer(store: &seedkb::store::Store, text: &str) -> Answer {
    let (header_only, query) = match text.trim().strip_prefix("columns ") {
        Some(q) => (true, q),
        None => (false, text),
    };
    let rs = seedkb::query::run(store, query).map_err(|e| Failed(e.to_string()))?;
    if header_only {
        return Ok((vec![Col::Text; rs.columns.len()], vec![rs.columns.clone()]));
    }
    let types = (0..rs.columns.len()).map(|i| column_type(&rs, i)).collect();
    let rows = rs
        .rows
        .iter()
        .map(|r| r.iter().map(cell_text).collect())
        .collect();
    Ok((types, rows))
}

/// A seedkb database in a fresh temporary directory, with the bundled
/// seeds. The store is not `Send`, and sqllogictest wants a `Send`
/// database, so the store lives on a thread of its own and queries travel
/// to it over a channel.
struct Seedkb {
    queries: Option<mpsc::Sender<(String, mpsc::Sender<Answer>)>>,
    worker: Option<JoinHandle<()>>,
}

impl Seedkb {
    fn open() -> Result<Seedkb, Failed> {
        let (ready_tx, ready_rx) = mpsc::channel::<Result<(), Failed>>();
        let (tx, rx) = mpsc::channel::<(String, mpsc::Sender<Answer>)>();
        let worker = std::thread::spawn(move || {
            let dir = match tempfile::tempdir() {
                Ok(d) => d,
                Err(e) => {
                    let _ = ready_tx.send(Err(Failed(format!("temporary directory: {e}"))));
                    return;
                }
            };
            let store = match seedkb::cli::open_store(&dir.path().join("db"), true, Duration::ZERO)
            {
                Ok(s) => s,
                Err(e) => {
                    let _ = ready_tx.send(Err(Failed(format!("opening the store: {e}"))));
                    return;
                }
            };
            let _ = ready_tx.send(Ok(()));
            for (text, reply) in rx {
                // A panic in seedkb fails that record, not the whole file.
                let a = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    answer(&store, &text)
                }))
                .unwrap_or_else(|p| {
                    let msg = p
                        .downcast_ref::<String>()
                        .cloned()
                        .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                        .unwrap_or_default();
                    Err(Failed(format!("seedkb panicked: {msg}")))
                });
                let _ = reply.send(a);
            }
            drop(store);
            drop(dir);
        });
        match ready_rx.recv() {
            Ok(Ok(())) => Ok(Seedkb {
                queries: Some(tx),
                worker: Some(worker),
            }),
            Ok(Err(e)) => Err(e),
            Err(_) => Err(Failed("the store thread died while opening".into())),
        }
    }
}

impl Drop for Seedkb {
    fn drop(&mut self) {
        self.queries.take();
        if let Some(w) = self.worker.take() {
            let _ = w.join();
        }
    }
}

impl sqllogictest::DB for Seedkb {
    type Error = Failed;
    type ColumnType = Col;

    fn run(&mut self, sql: &str) -> Result<DBOutput<Col>, Failed> {
        let (reply_tx, reply_rx) = mpsc::channel();
        self.queries
            .as_ref()
            .ok_or_else(|| Failed("the store is closed".into()))?
            .send((sql.to_string(), reply_tx))
            .map_err(|_| Failed("the store thread is gone".into()))?;
        let (types, rows) = reply_rx
            .recv()
            .map_err(|_| Failed("the store thread is gone".into()))??;
        Ok(DBOutput::Rows { types, rows })
    }

    fn engine_name(&self) -> &str {
        "seedkb"
    }
}

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("golden")
}

/// Runs every record of one file; panics with all the failures.
fn run_file(name: &str) {
    let path = golden_dir().join(name);
    let records = sqllogictest::parse_file::<Col>(&path)
        .unwrap_or_else(|e| panic!("{}: cannot parse: {e}", path.display()));
    let mut runner = Runner::new(|| async { Seedkb::open() });
    runner.with_column_validator(columns_match);
    let mut failures = Vec::new();
    let mut checked = 0usize;
    for record in records {
        if matches!(record, Record::Halt { .. }) {
            break;
        }
        if matches!(record, Record::Query { .. } | Record::Statement { .. }) {
            checked += 1;
        }
        if let Err(e) = runner.run(record) {
            failures.push(e.display(false).to_string());
        }
    }
    assert!(checked > 0, "{name}: no query records");
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
