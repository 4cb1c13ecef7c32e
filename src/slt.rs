//! sqllogictest files against a seedkb database: the `DB` behind
//! `seedkb test FILE.slt…`, in the format of the project's golden tests
//! (`tests/golden/*.slt`), so a researcher can pin down the answers a paper
//! relies on.
//!
//! How an answer is written:
//! * one line per row, cells separated by spaces, as `Cell::display()`
//!   prints them (sqllogictest folds runs of white space);
//! * an empty cell (`Cell::Null`, or a list of nothing) is `NULL`, an empty
//!   string `(empty)`;
//! * the letters after `query` give the columns: `T` text or an entity
//!   name, `I` a whole number, `Q` a quantity, `D` a date, `?` mixed or a
//!   list; a column of nothing but NULL (or no rows) passes with any letter;
//! * `query error REGEX` / `statement error REGEX` expect a failure whose
//!   message (help in parentheses) the regex finds;
//! * one word is the harness's own: `columns QUERY` answers one row, the
//!   column names of QUERY's answer.

use crate::error::Error;
use crate::query::result::{Cell, ResultSet};
use crate::store::Store;
use sqllogictest::{ColumnType, DBOutput, Record, Runner};
use std::io::Write;
use std::path::Path;

/// The kind of one answer column (see the module comment).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Col {
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
        Cell::List(items) if items.is_empty() => None,
        Cell::Names(names) if names.is_empty() => None,
        Cell::Members(ids) if ids.is_empty() => None,
        Cell::Text(_) | Cell::Entity(_) => Some(Col::Text),
        Cell::Int(_) => Some(Col::Int),
        Cell::Quantity(_) => Some(Col::Quantity),
        Cell::Date(_) => Some(Col::Date),
        Cell::List(_) | Cell::Names(_) | Cell::Members(_) => Some(Col::Mixed),
        Cell::Qualified(b) => cell_col(&b.0),
    }
}

/// The column's letter: what all its non-null cells are, else `?`.
pub fn column_type(rs: &ResultSet, i: usize) -> Col {
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
pub fn columns_match(actual: &Vec<Col>, expected: &Vec<Col>) -> bool {
    actual.len() == expected.len()
        && actual
            .iter()
            .zip(expected)
            .all(|(a, e)| *a == Col::Unknown || a == e)
}

/// A cell as an answer line writes it.
pub fn cell_text(c: &Cell) -> String {
    match c {
        // An empty list (nothing left out, say) is an empty cell too, so
        // golden files keep one word for "nothing here".
        c if c.is_empty() => "NULL".to_string(),
        c => {
            // One line per row: a line break in a value (a quote of a
            // sentence the page broke) is a space, as in a table.
            let s: String = c
                .display()
                .chars()
                .map(|ch| if ch.is_control() { ' ' } else { ch })
                .collect();
            if s.trim().is_empty() {
                "(empty)".to_string()
            } else {
                s
            }
        }
    }
}

/// A query that failed: seedkb's message, with its help in parentheses.
#[derive(Debug, Clone)]
pub struct Failed(pub String);

impl std::fmt::Display for Failed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Failed {}

pub type Answer = Result<(Vec<Col>, Vec<Vec<String>>), Failed>;

/// Runs one record's query against a store.
pub fn answer(store: &Store, text: &str) -> Answer {
    let (header_only, query) = match text.trim().strip_prefix("columns ") {
        Some(q) => (true, q),
        None => (false, text),
    };
    let rs = crate::query::run(store, query).map_err(|e| Failed(e.to_string()))?;
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

/// sqllogictest's view of a seedkb database: a handle on a store, which
/// threads can share (sqllogictest wants a `Send` database).
#[derive(Clone, Copy)]
pub struct Database<'s> {
    store: &'s Store,
}

impl<'s> Database<'s> {
    pub fn new(store: &'s Store) -> Self {
        Database { store }
    }
}

impl sqllogictest::DB for Database<'_> {
    type Error = Failed;
    type ColumnType = Col;

    fn run(&mut self, sql: &str) -> Result<DBOutput<Col>, Failed> {
        // A panic is a bug; it fails that record, not the whole run.
        let (types, rows) =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| answer(self.store, sql)))
                .unwrap_or_else(|p| {
                    Err(Failed(format!(
                        "seedkb panicked: {}",
                        crate::util::panic_message(p.as_ref())
                    )))
                })?;
        Ok(DBOutput::Rows { types, rows })
    }

    fn engine_name(&self) -> &str {
        "seedkb"
    }
}

/// What running one file gave.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct FileReport {
    /// Query and statement records run.
    pub checked: usize,
    /// Each failing record, with sqllogictest's diff.
    pub failures: Vec<String>,
}

/// Runs every record of one file (not stopping at the first failure).
/// A file that cannot be read or parsed is an `Error::Input` naming it.
pub fn run_file(store: &Store, path: &Path, colorize: bool) -> Result<FileReport, Error> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| Error::Input(format!("{name}: {e}")))?;
    let script = String::from_utf8(bytes).map_err(|e| {
        Error::Input(format!(
            "{name}: not valid UTF-8 (byte {})",
            e.utf8_error().valid_up_to() + 1
        ))
    })?;
    let records = sqllogictest::parse_with_name::<Col>(&script, name.clone())
        .map_err(|e| Error::Input(format!("{name}: {e}")))?;
    let conn = Database::new(store);
    let mut runner = Runner::new(move || async move { Ok(conn) });
    runner.with_column_validator(columns_match);
    let mut report = FileReport::default();
    for record in records {
        match record {
            Record::Halt { .. } => break,
            Record::Include { loc, .. } => {
                return Err(Error::Input(format!(
                    "{loc}: include is not supported by seedkb test; list the files instead"
                )))
            }
            Record::Query { .. } | Record::Statement { .. } => report.checked += 1,
            _ => {}
        }
        if let Err(e) = runner.run(record) {
            report.failures.push(e.display(colorize).to_string());
        }
    }
    Ok(report)
}

/// `seedkb test`: runs the files, prints each failure with its diff and a
/// summary line per file and in total; returns the exit code (0 when every
/// record passed, 1 otherwise).
pub fn run_files(
    store: &Store,
    files: &[std::path::PathBuf],
    out: &mut dyn Write,
    colorize: bool,
) -> std::io::Result<i32> {
    let (mut passed, mut failed, mut broken) = (0usize, 0usize, 0usize);
    for f in files {
        match run_file(store, f, colorize) {
            Ok(r) => {
                for fail in &r.failures {
                    writeln!(out, "{fail}\n")?;
                }
                let bad = r.failures.len();
                passed += r.checked.saturating_sub(bad);
                failed += bad;
                if r.checked == 0 {
                    writeln!(out, "{}: no query records", f.display())?;
                    broken += 1;
                } else if bad == 0 {
                    writeln!(out, "{}: {} records, all passed", f.display(), r.checked)?;
                } else {
                    writeln!(
                        out,
                        "{}: {bad} of {} records failed",
                        f.display(),
                        r.checked
                    )?;
                }
            }
            Err(e) => {
                writeln!(out, "error: {e}")?;
                broken += 1;
            }
        }
    }
    write!(out, "{passed} passed, {failed} failed")?;
    if broken > 0 {
        write!(
            out,
            " ({broken} file{} could not be run)",
            if broken == 1 { "" } else { "s" }
        )?;
    }
    writeln!(out)?;
    Ok(if failed > 0 || broken > 0 { 1 } else { 0 })
}
