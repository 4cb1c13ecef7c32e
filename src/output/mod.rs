//! Result formats (table, json, jsonl, csv, tsv), the dump writer, and
//! error diagnostics with a caret under the offending text.

pub mod diag;
pub mod dump;
pub mod envelope;
pub mod table;

use crate::model::Quantity;
use crate::query::result::{Cell, ResultSet};
use serde_json::{Map, Value as Json};
use std::io::{self, Write};

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
    Jsonl,
    Csv,
    Tsv,
}

impl Format {
    pub fn parse(s: &str) -> Option<Format> {
        match s.trim().to_ascii_lowercase().as_str() {
            "table" => Some(Format::Table),
            "json" => Some(Format::Json),
            "jsonl" | "ndjson" => Some(Format::Jsonl),
            "csv" => Some(Format::Csv),
            "tsv" => Some(Format::Tsv),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Json => "json",
            Format::Jsonl => "jsonl",
            Format::Csv => "csv",
            Format::Tsv => "tsv",
        }
    }
}

/// How a result is shown besides its format.
#[derive(Clone, Copy, Debug, Default)]
pub struct Style {
    /// Writing to a person at a terminal: box-drawn tables, footers,
    /// "no rows", long results cut. On a pipe, none of that.
    pub terminal: bool,
    /// ANSI colour (a terminal, and NO_COLOR not set).
    pub color: bool,
    /// Screen width in columns, when known.
    pub width: Option<usize>,
    /// Rows shown on a terminal before the middle is cut; 0 shows all.
    pub max_rows: usize,
    /// The result is grouped (`KIND by ATTR`, `kinds`): draw a bar beside
    /// the sums.
    pub bars: bool,
}

/// Rows a terminal shows before cutting the middle (DuckDB shows 40 too).
pub const DEFAULT_MAX_ROWS: usize = 40;

/// Does this query answer with one row per group, so that bars help?
pub fn grouped(q: &crate::query::ast::Query) -> bool {
    use crate::query::ast::Query;
    match q {
        Query::Kinds => true,
        Query::Select(s) => s.group.is_some(),
        _ => false,
    }
}

/// The width of the terminal on standard output, if it is one.
pub fn terminal_width() -> Option<usize> {
    // Standard output's: a server's client's when it runs one's command.
    crate::console::terminal_width()
}

/// An exact decimal as a JSON number (no float rounding).
pub fn json_number(n: crate::model::Num) -> Json {
    crate::ingest::jsonl::num_json(n)
}

pub fn quantity_json(q: &Quantity) -> Json {
    let mut m = Map::new();
    m.insert("value".into(), json_number(q.value));
    if let Some(u) = q.upper {
        m.insert("upper".into(), json_number(u));
    }
    m.insert("unit".into(), Json::String(q.unit.symbol().into()));
    m.insert("bound".into(), Json::String(q.bound.name().into()));
    m.insert("text".into(), Json::String(q.readable()));
    // Only where `value` is not the number exactly, so every other answer
    // reads as before: an area given in 亩 (stored to the nearest
    // millionth of a m²; its exact number of 亩 beside it), a mean rounded.
    if !q.value_is_exact() {
        m.insert("value_exact".into(), Json::Bool(false));
    }
    if let Some((mu, upper)) = q.in_mu() {
        m.insert("value_mu".into(), json_number(mu));
        if let Some(u) = upper {
            m.insert("upper_mu".into(), json_number(u));
        }
    }
    Json::Object(m)
}

pub fn cell_json(c: &Cell) -> Json {
    match c {
        Cell::Null => Json::Null,
        Cell::Text(s) | Cell::Entity(s) => Json::String(s.clone()),
        Cell::Int(i) => Json::Number((*i).into()),
        Cell::Quantity(q) => quantity_json(q),
        Cell::Date(d) => {
            let mut m = Map::new();
            m.insert("date".into(), Json::String(d.iso()));
            m.insert("text".into(), Json::String(d.text.clone()));
            Json::Object(m)
        }
        Cell::List(items) => Json::Array(items.iter().map(cell_json).collect()),
        Cell::Names(names) => Json::Array(names.iter().map(|n| Json::String(n.into())).collect()),
        Cell::Qualified(b) => {
            let (c, q) = &**b;
            // A quantity's or date's object gains the qualifiers' keys; a
            // text or name becomes {"value": …} with them. Default
            // qualifiers are never written (such a cell is not Qualified).
            let mut m = match cell_json(c) {
                Json::Object(m) => m,
                other => Map::from_iter([("value".to_string(), other)]),
            };
            m.extend(qualifiers_json(q));
            Json::Object(m)
        }
    }
}

/// The qualifiers that are not the default, as JSON keys: `modality`,
/// `per`, `as_of` (the words of fact files and dumps).
pub fn qualifiers_json(q: &crate::model::Qualifiers) -> Map<String, Json> {
    let mut m = Map::new();
    if q.modality != crate::model::Modality::Reported {
        m.insert("modality".into(), Json::String(q.modality.name().into()));
    }
    if let Some(r) = q.per {
        m.insert("per".into(), Json::String(r.name().into()));
    }
    if let Some(d) = &q.as_of {
        m.insert("as_of".into(), Json::String(d.iso()));
    }
    m
}

pub(crate) fn row_json(rs: &ResultSet, row: &[Cell]) -> Json {
    let mut m = Map::new();
    for (c, v) in rs.columns.iter().zip(row) {
        m.insert(c.clone(), cell_json(v));
    }
    Json::Object(m)
}

/// What a CSV/TSV column adds besides the exact value, so that nothing
/// the JSON form has is lost.
#[derive(Clone, Copy, PartialEq)]
enum Extra {
    /// `COL_unit`, `COL_bound`, `COL_text`: a quantity's unit symbol, how
    /// exact the article says it is, and the words as written (as a table
    /// shows them: a foreign currency's code after an amount's words).
    Quantity,
    /// `COL_text`: the words as written (a date's, a list's).
    Text,
}

fn extra_of(c: &Cell) -> Option<Extra> {
    match c.bare() {
        Cell::Quantity(_) => Some(Extra::Quantity),
        Cell::Date(_) => Some(Extra::Text),
        Cell::List(items) => items.iter().find_map(extra_of).map(|_| Extra::Text),
        _ => None,
    }
}

/// The words as the document wrote them (a date's `5月20日`).
fn written_text(c: &Cell) -> String {
    match c {
        Cell::Date(d) => d.text.clone(),
        Cell::Qualified(b) => b.1.decorate(&written_text(&b.0)),
        Cell::List(items) => items
            .iter()
            .map(written_text)
            .collect::<Vec<_>>()
            .join("; "),
        other => other.display(),
    }
}

/// A result as the flat header and rows CSV and TSV write: each column's
/// plain value, followed for columns holding quantities by `_unit`,
/// `_bound` and `_text` columns, and for dates (or lists of either) by a
/// `_text` column.
pub fn flat(rs: &ResultSet) -> (Vec<String>, Vec<Vec<String>>) {
    let extras: Vec<Option<Extra>> = (0..rs.columns.len())
        .map(|i| {
            let kinds: Vec<Extra> = rs
                .rows
                .iter()
                .filter_map(|r| r.get(i).and_then(extra_of))
                .collect();
            if kinds.contains(&Extra::Quantity) {
                Some(Extra::Quantity)
            } else {
                kinds.first().copied()
            }
        })
        .collect();
    // `COL_exact` only for a column holding a value that is not its
    // number exactly (see `quantity_json`): other answers keep their columns.
    let inexact: Vec<bool> = (0..rs.columns.len())
        .map(|i| {
            rs.rows
                .iter()
                .any(|r| matches!(r.get(i).map(Cell::bare), Some(Cell::Quantity(q)) if !q.value_is_exact()))
        })
        .collect();
    let mut header = Vec::new();
    for ((c, x), inexact) in rs.columns.iter().zip(&extras).zip(&inexact) {
        header.push(c.clone());
        match x {
            Some(Extra::Quantity) => {
                header.extend(["unit", "bound", "text"].map(|s| format!("{c}_{s}")));
                if *inexact {
                    header.push(format!("{c}_exact"));
                }
            }
            Some(Extra::Text) => header.push(format!("{c}_text")),
            None => {}
        }
    }
    let rows = rs
        .rows
        .iter()
        .map(|r| {
            let mut out = Vec::with_capacity(header.len());
            for ((cell, x), inexact) in r.iter().zip(&extras).zip(&inexact) {
                out.push(cell.plain());
                match (x, cell.bare()) {
                    (Some(Extra::Quantity), Cell::Quantity(q)) => out.extend([
                        q.unit.symbol().to_string(),
                        q.bound.name().to_string(),
                        // The words, with the qualifiers' marks (预计, 每户).
                        written_text(cell),
                    ]),
                    (Some(Extra::Quantity), Cell::Null) => {
                        out.extend([String::new(), String::new(), String::new()])
                    }
                    (Some(Extra::Quantity), other) => {
                        out.extend([String::new(), String::new(), written_text(other)])
                    }
                    (Some(Extra::Text), other) => out.push(written_text(other)),
                    (None, _) => {}
                }
                if *inexact && x == &Some(Extra::Quantity) {
                    out.push(match cell.bare() {
                        Cell::Quantity(q) => q.value_is_exact().to_string(),
                        _ => String::new(),
                    });
                }
            }
            out
        })
        .collect();
    (header, rows)
}

/// Writes a result in the chosen format.
pub fn write(out: &mut dyn Write, rs: &ResultSet, format: Format, style: Style) -> io::Result<()> {
    match format {
        Format::Table => write_table(out, rs, style),
        Format::Json => {
            let arr = Json::Array(rs.rows.iter().map(|r| row_json(rs, r)).collect());
            let s = serde_json::to_string_pretty(&arr).map_err(io::Error::other)?;
            writeln!(out, "{s}")
        }
        Format::Jsonl => {
            for r in &rs.rows {
                writeln!(out, "{}", row_json(rs, r))?;
            }
            Ok(())
        }
        Format::Csv | Format::Tsv => {
            let mut w = csv::WriterBuilder::new()
                .delimiter(if format == Format::Csv { b',' } else { b'\t' })
                .quote_style(if format == Format::Csv {
                    csv::QuoteStyle::Necessary
                } else {
                    csv::QuoteStyle::Never
                })
                .from_writer(Vec::new());
            let clean = |s: String| {
                if format == Format::Tsv {
                    s.replace(['\t', '\n', '\r'], " ")
                } else {
                    s
                }
            };
            let (header, rows) = flat(rs);
            w.write_record(header.into_iter().map(clean))
                .map_err(io::Error::other)?;
            for r in rows {
                w.write_record(r.into_iter().map(clean))
                    .map_err(io::Error::other)?;
            }
            let bytes = w
                .into_inner()
                .map_err(|e| io::Error::other(e.to_string()))?;
            out.write_all(&bytes)
        }
    }
}

/// Tables: box-drawn for a person, plain columns for a pipe.
fn write_table(out: &mut dyn Write, rs: &ResultSet, style: Style) -> io::Result<()> {
    if style.terminal {
        table::write_boxed(out, rs, style)?;
    } else {
        table::write_plain(out, rs)?;
    }
    // The footer: what the reader must know to read the numbers right.
    for n in &rs.notes {
        writeln!(out, "note: {n}")?;
    }
    Ok(())
}
