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
//!
//! `seedkb test --bless FILE…` writes each query's current answer (and
//! column letters) into its file in place of the expected one, leaving
//! every other line as it was.

use crate::error::Error;
use crate::query::result::{Cell, ResultSet};
use crate::store::Store;
use sqllogictest::{ColumnType, DBOutput, QueryExpect, Record, Runner, SortMode};
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
        Cell::Text(_)
        | Cell::Entity(_)
        | Cell::Background(_)
        | Cell::Attr { .. }
        | Cell::Bool(_) => Some(Col::Text),
        Cell::Int(_) => Some(Col::Int),
        Cell::Quantity(_) => Some(Col::Quantity),
        Cell::Date(_) => Some(Col::Date),
        Cell::List(_) | Cell::Names(_) | Cell::Members(_) => Some(Col::Mixed),
        Cell::Qualified(b) => cell_col(&b.0),
        Cell::GroupKey(k) => cell_col(&k.value),
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
    Ok(check_file(store, path, colorize, false)?.0)
}

/// A file's text and records.
fn read_script(path: &Path) -> Result<(String, Vec<Record<Col>>), Error> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| Error::Input(format!("{name}: {e}")))?;
    let script = String::from_utf8(bytes).map_err(|e| {
        Error::Input(format!(
            "{name}: not valid UTF-8 (byte {})",
            e.utf8_error().valid_up_to() + 1
        ))
    })?;
    let records = sqllogictest::parse_with_name::<Col>(&script, name.clone()).map_err(|e| {
        let hint = misplaced_columns(&e.to_string());
        Error::Input(format!("{name}: {e}{hint}"))
    })?;
    Ok((script, records))
}

/// What to do about a `columns QUERY` line where a record begins: it is
/// a query of the harness, not a record of its own, and goes inside one.
fn misplaced_columns(parse_error: &str) -> &'static str {
    if parse_error.contains("invalid line: \"columns ") {
        " (`columns QUERY` is the query of a record: write `query T…` (a T per column) \
         on the line before it, then `----` and the column names)"
    } else {
        ""
    }
}

/// A query record's expected block rewritten from its current answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Blessed {
    /// The line of the record's `query`, counted from 1.
    pub line: usize,
    /// The query, its first line.
    pub query: String,
    /// The `query` line as it now is (its column letters may change).
    header: String,
    /// The answer's lines.
    rows: Vec<String>,
}

/// Runs every record of one file; with `bless`, a query record whose
/// answer (or column letters) differs is not a failure but is returned
/// with its current answer, for [`bless_file`] to write.
fn check_file(
    store: &Store,
    path: &Path,
    colorize: bool,
    bless: bool,
) -> Result<(FileReport, Vec<Blessed>), Error> {
    let (script, records) = read_script(path)?;
    let lines: Vec<&str> = script.lines().collect();
    let conn = Database::new(store);
    let mut runner = Runner::new(move || async move { Ok(conn) });
    runner.with_column_validator(columns_match);
    let mut report = FileReport::default();
    let mut blessed = Vec::new();
    for record in records {
        match &record {
            Record::Halt { .. } => break,
            Record::Include { loc, .. } => {
                return Err(Error::Input(format!(
                    "{loc}: include is not supported by seedkb test; list the files instead"
                )))
            }
            Record::Query { .. } | Record::Statement { .. } => report.checked += 1,
            _ => {}
        }
        if bless {
            if let Some(b) = blessing(store, &record, &lines) {
                blessed.push(b);
                continue;
            }
        }
        if let Err(e) = runner.run(record) {
            report.failures.push(e.display(colorize).to_string());
        }
    }
    Ok((report, blessed))
}

/// The record's block as its current answer writes it, when that differs
/// from the file's; `None` for a record that is no query with results,
/// one whose query fails (the runner reports it), or one that passes.
fn blessing(store: &Store, record: &Record<Col>, lines: &[&str]) -> Option<Blessed> {
    let Record::Query {
        loc,
        sql,
        expected:
            QueryExpect::Results {
                types,
                sort_mode,
                results,
                ..
            },
        ..
    } = record
    else {
        return None;
    };
    let (actual_types, mut rows) = answer(store, sql).ok()?;
    match sort_mode {
        None | Some(SortMode::NoSort) => {}
        Some(SortMode::RowSort) => rows.sort_unstable(),
        // Not used by seedkb's files: the runner judges it.
        Some(SortMode::ValueSort) => return None,
    }
    // As the runner judges it (`<slt:ignore>` in a block matches anything).
    let same_rows =
        sqllogictest::default_validator(sqllogictest::default_normalizer, &rows, results);
    let rows: Vec<String> = rows.iter().map(|r| r.join(" ")).collect();
    let same_types = columns_match(&actual_types, types);
    if same_rows && same_types {
        return None;
    }
    let at = (loc.line() as usize).checked_sub(1)?;
    let header = lines.get(at)?;
    let header = if same_types {
        header.to_string()
    } else {
        // The letters are the word after `query`; a column of NULLs keeps
        // the letter it had (it matches any), or `?`.
        let letters: String = actual_types
            .iter()
            .enumerate()
            .map(|(i, t)| match t {
                Col::Unknown => types.get(i).map_or('?', |e| e.to_char()),
                t => t.to_char(),
            })
            .collect();
        let mut words: Vec<&str> = header.split_whitespace().collect();
        if words.len() < 2 {
            return None;
        }
        words[1] = &letters;
        words.join(" ")
    };
    Some(Blessed {
        line: at + 1,
        query: sql.lines().next().unwrap_or_default().to_string(),
        header,
        rows,
    })
}

/// The file's text with each blessed record's `query` line and expected
/// block (the lines after its `----` up to the blank line that ends it)
/// replaced; every other line as it was.
fn blessed_text(script: &str, blessed: &[Blessed]) -> Result<String, String> {
    let mut lines: Vec<String> = script.lines().map(str::to_string).collect();
    // From the end, so that earlier line numbers stay right.
    let mut order: Vec<&Blessed> = blessed.iter().collect();
    order.sort_by_key(|b| std::cmp::Reverse(b.line));
    for b in order {
        let at = b.line - 1;
        let sep = (at..lines.len())
            .find(|&i| lines[i] == "----")
            .ok_or_else(|| format!("line {}: no ---- after the query", b.line))?;
        let end = (sep + 1..lines.len())
            .find(|&i| lines[i].trim().is_empty())
            .unwrap_or(lines.len());
        lines[at] = b.header.clone();
        lines.splice(sep + 1..end, b.rows.iter().cloned());
    }
    let mut out = lines.join("\n");
    if script.ends_with('\n') {
        out.push('\n');
    }
    Ok(out)
}

/// `seedkb test --bless`: runs one file and writes the current answers of
/// the query records that differ into it (a temporary file beside it,
/// renamed over it, so the file is never half written). The report holds
/// what blessing cannot fix (a query that fails, an error record).
pub fn bless_file(
    store: &Store,
    path: &Path,
    colorize: bool,
) -> Result<(FileReport, Vec<Blessed>), Error> {
    let (report, blessed) = check_file(store, path, colorize, true)?;
    if blessed.is_empty() {
        return Ok((report, blessed));
    }
    let name = path.display().to_string();
    let (script, _) = read_script(path)?;
    let text = blessed_text(&script, &blessed).map_err(|e| Error::Input(format!("{name}: {e}")))?;
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let file_name = path
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{file_name}.bless-{}", std::process::id()));
    let write = || -> std::io::Result<()> {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(text.as_bytes())?;
        f.sync_all()?;
        // Keep the file's permissions.
        if let Ok(m) = std::fs::metadata(path) {
            std::fs::set_permissions(&tmp, m.permissions())?;
        }
        std::fs::rename(&tmp, path)
    };
    if let Err(e) = write() {
        let _ = std::fs::remove_file(&tmp);
        return Err(Error::Output(format!(
            "{name}: writing the blessed file: {e}"
        )));
    }
    Ok((report, blessed))
}

/// `seedkb test`: runs the files, prints each failure with its diff and a
/// summary line per file and in total; returns the exit code (0 when every
/// record passed, 1 otherwise).
pub fn run_files(
    store: &Store,
    files: &[std::path::PathBuf],
    out: &mut dyn Write,
    colorize: bool,
    bless: bool,
) -> std::io::Result<i32> {
    let (mut passed, mut failed, mut broken) = (0usize, 0usize, 0usize);
    let mut rewritten = 0usize;
    for f in files {
        let run = if bless {
            bless_file(store, f, colorize)
        } else {
            run_file(store, f, colorize).map(|r| (r, Vec::new()))
        };
        match run {
            Ok((r, blessed)) => {
                for fail in &r.failures {
                    writeln!(out, "{fail}\n")?;
                }
                for b in &blessed {
                    writeln!(out, "{}:{}: blessed: {}", f.display(), b.line, b.query)?;
                }
                rewritten += blessed.len();
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
    if bless {
        write!(
            out,
            "; {rewritten} block{} rewritten",
            if rewritten == 1 { "" } else { "s" }
        )?;
    }
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
