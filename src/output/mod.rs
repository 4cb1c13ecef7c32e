//! Result formats (table, json, jsonl, csv, tsv), the dump writer, and
//! error diagnostics with a caret under the offending text.

pub mod diag;
pub mod dump;
pub mod envelope;
pub mod table;

use crate::error::Error;
use crate::model::Quantity;
use crate::query::result::{Cell, Names, ResultSet, SideFields};
use crate::store::{Eid, Store};
use serde_json::{Map, Value as Json};
use std::borrow::Cow;
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
            // 去年 in a text that prints no year: `Y-1`, and the offset
            // spelled out for a reader that resolves it.
            if let Some(o) = d.doc_offset {
                m.insert("document_year_offset".into(), Json::Number(o.into()));
            }
            Json::Object(m)
        }
        Cell::List(items) => Json::Array(items.iter().map(cell_json).collect()),
        Cell::Names(names) => Json::Array(names.iter().map(|n| Json::String(n.into())).collect()),
        // Named before they are written (`Namer::row`).
        Cell::Members(_) => Json::String(c.display()),
        // The quote is null; the row's background field has the reason
        // (`row_json`).
        Cell::Background(_) => Json::Null,
        // Written as the name with an `extracted` field (`row_json`).
        Cell::Attr { name, .. } => Json::String(name.clone()),
        Cell::Bool(b) => Json::Bool(*b),
        Cell::GroupKey(k) => cell_json(&k.value),
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
/// `per`, `as_of`, `period` (the words of fact files and dumps).
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
    if let Some(p) = &q.period {
        m.insert("period".into(), Json::String(p.iso()));
    }
    m
}

/// A row as a JSON object: each column's value under its name, and after
/// it the column's side fields (`ResultSet::side_fields`, computed once
/// per answer): a quote column's `background` (the reason a curator knows
/// a fact the document does not state, with the quote null; null beside
/// a quote), a grouping key's `COL_inferred`.
pub(crate) fn row_json(rs: &ResultSet, side: &[SideFields], row: &[Cell]) -> Json {
    let mut m = Map::new();
    for ((c, v), f) in rs.columns.iter().zip(row).zip(side) {
        for (name, cell) in v.machine_fields(c, f) {
            m.insert(name.to_string(), cell_json(&cell));
        }
    }
    Json::Object(m)
}

/// What a CSV/TSV column adds besides the exact value, so that nothing
/// the JSON form has is lost.
#[derive(Clone, Copy, PartialEq)]
enum Extra {
    /// `COL_unit`, `COL_bound`, `COL_modality`, `COL_per`, `COL_as_of`,
    /// `COL_text`: a quantity's unit symbol, how exact the article says it
    /// is, its qualifiers, and the words as written (as a table shows
    /// them: a foreign currency's code after an amount's words).
    Quantity,
    /// `COL_modality`, `COL_per`, `COL_as_of`, `COL_text`: a date's
    /// qualifiers and its words as written (a list's).
    Date,
    /// `COL_modality`, `COL_per`, `COL_as_of`: the qualifiers of a text or
    /// name column that has a value with qualifiers.
    Qualifiers,
}

fn extra_of(c: &Cell) -> Option<Extra> {
    match c {
        Cell::Qualified(b) => Some(extra_of(&b.0).unwrap_or(Extra::Qualifiers)),
        Cell::GroupKey(k) => extra_of(&k.value),
        Cell::Quantity(_) => Some(Extra::Quantity),
        Cell::Date(_) => Some(Extra::Date),
        Cell::List(items) => items.iter().filter_map(extra_of).max_by_key(|x| rank(*x)),
        _ => None,
    }
}

/// Which extra a column with cells of several sorts takes: a quantity's
/// columns hold a date's, a date's hold bare qualifiers.
fn rank(x: Extra) -> u8 {
    match x {
        Extra::Quantity => 2,
        Extra::Date => 1,
        Extra::Qualifiers => 0,
    }
}

/// The words as the document wrote them (a date's `5月20日`), without
/// the qualifiers' marks: those have columns of their own.
fn written_text(c: &Cell) -> String {
    match c {
        Cell::Date(d) => d.text.clone(),
        Cell::Qualified(b) => written_text(&b.0),
        Cell::List(items) => items
            .iter()
            .map(written_text)
            .collect::<Vec<_>>()
            .join("; "),
        other => other.display(),
    }
}

/// A cell's machine form without its qualifiers' marks.
fn unqualified_plain(c: &Cell) -> String {
    match c {
        Cell::Qualified(b) => b.0.plain(),
        Cell::List(items) => items
            .iter()
            .map(unqualified_plain)
            .collect::<Vec<_>>()
            .join("; "),
        other => other.plain(),
    }
}

/// `COL_modality`, `COL_per`, `COL_as_of` of a cell: `reported` and
/// nothing for a value with the default ones, nothing at all for no
/// value; a list's, value by value, joined as its values are.
fn qualifier_fields(c: &Cell) -> [String; 3] {
    match c {
        Cell::Null => Default::default(),
        Cell::List(items) => {
            let each: Vec<[String; 3]> = items.iter().map(qualifier_fields).collect();
            std::array::from_fn(|k| {
                each.iter()
                    .map(|f| f[k].as_str())
                    .collect::<Vec<_>>()
                    .join("; ")
            })
        }
        Cell::Qualified(b) => {
            let q = &b.1;
            [
                q.modality.name().to_string(),
                q.per.map(|r| r.name().to_string()).unwrap_or_default(),
                q.as_of.as_ref().map(|d| d.iso()).unwrap_or_default(),
            ]
        }
        _ => [
            crate::model::Modality::Reported.name().to_string(),
            String::new(),
            String::new(),
        ],
    }
}

/// `COL_mu` of a cell: an area's exact number of 亩 (`low..high` for a
/// range), as JSON's `value_mu`; a list's, value by value.
fn mu_field(c: &Cell) -> String {
    match c.bare() {
        Cell::Quantity(q) => match q.in_mu() {
            Some((mu, Some(upper))) => format!("{mu}..{upper}"),
            Some((mu, None)) => mu.to_string(),
            None => String::new(),
        },
        Cell::List(items) => items.iter().map(mu_field).collect::<Vec<_>>().join("; "),
        _ => String::new(),
    }
}

/// A quantity's field of a cell (its unit, its bound): a list's value by
/// value, joined as its values are (a cell where documents disagree has
/// one value of each), nothing for a value that is no quantity.
fn quantity_field(c: &Cell, f: &dyn Fn(&Quantity) -> String) -> String {
    match c.bare() {
        Cell::Quantity(q) => f(q),
        Cell::List(items) => items
            .iter()
            .map(|i| quantity_field(i, f))
            .collect::<Vec<_>>()
            .join("; "),
        _ => String::new(),
    }
}

/// Whether a cell holds a value that is not its number exactly (itself or
/// in its list).
fn has_inexact(c: &Cell) -> bool {
    match c.bare() {
        Cell::Quantity(q) => !q.value_is_exact(),
        Cell::List(items) => items.iter().any(has_inexact),
        _ => false,
    }
}

/// Whether a cell holds a value with a period (itself or in its list).
fn has_period(c: &Cell) -> bool {
    match c {
        Cell::Qualified(b) => b.1.period.is_some(),
        Cell::GroupKey(k) => has_period(&k.value),
        Cell::List(items) => items.iter().any(has_period),
        _ => false,
    }
}

/// `COL_period` of a cell: the period its value covers (`2026-01/2026-05`,
/// `Y-1`), empty for none; a list's, value by value.
fn period_field(c: &Cell) -> String {
    match c {
        Cell::Qualified(b) => b.1.period.as_ref().map(|p| p.iso()).unwrap_or_default(),
        Cell::GroupKey(k) => period_field(&k.value),
        Cell::List(items) => items
            .iter()
            .map(period_field)
            .collect::<Vec<_>>()
            .join("; "),
        _ => String::new(),
    }
}

/// Whether a cell holds an area given in 亩 (itself or in its list).
fn has_mu(c: &Cell) -> bool {
    match c.bare() {
        Cell::Quantity(q) => q.in_mu().is_some(),
        Cell::List(items) => items.iter().any(has_mu),
        _ => false,
    }
}

/// The flat form's columns: each result column's extra columns, and
/// whether it holds an inexact value or an area in 亩.
struct FlatColumns {
    header: Vec<String>,
    /// The side fields' columns after each column (`ResultSet::side_fields`).
    side: Vec<SideFields>,
    extras: Vec<Option<Extra>>,
    inexact: Vec<bool>,
    mu: Vec<bool>,
    /// Whether the column has a value with a period (`COL_period`).
    period: Vec<bool>,
}

/// A result as the flat header and rows CSV and TSV write: each column's
/// plain value, followed for columns holding quantities by `_unit`,
/// `_bound`, `_modality`, `_per`, `_as_of` and `_text` columns (and
/// `_exact`, `_mu` where JSON has `value_exact`, `value_mu`, `_period`
/// after `_as_of` where a value has a period), for dates
/// (or lists of either) by the qualifiers' and a `_text` column, and for
/// text with qualifiers by the qualifiers' columns.
pub fn flat(rs: &ResultSet) -> (Vec<String>, Vec<Vec<String>>) {
    let cols = flat_columns(rs);
    let rows = rs.rows.iter().map(|r| flat_row(&cols, r)).collect();
    (cols.header, rows)
}

fn flat_columns(rs: &ResultSet) -> FlatColumns {
    let any = |i: usize, f: &dyn Fn(&Cell) -> bool| rs.rows.iter().any(|r| r.get(i).is_some_and(f));
    let extras: Vec<Option<Extra>> = (0..rs.columns.len())
        .map(|i| {
            rs.rows
                .iter()
                .filter_map(|r| r.get(i).and_then(extra_of))
                .max_by_key(|x| rank(*x))
        })
        .collect();
    // `COL_exact` and `COL_mu` only for a column holding a value that is
    // not its number exactly (see `quantity_json`): other answers keep
    // their columns.
    let inexact: Vec<bool> = (0..rs.columns.len())
        .map(|i| any(i, &has_inexact))
        .collect();
    let mu: Vec<bool> = (0..rs.columns.len()).map(|i| any(i, &has_mu)).collect();
    // `COL_period` too only where a value has one.
    let period: Vec<bool> = (0..rs.columns.len())
        .map(|i| extras[i].is_some() && any(i, &has_period))
        .collect();
    let side = rs.side_fields();
    let mut header = Vec::new();
    for (i, (c, x)) in rs.columns.iter().zip(&extras).enumerate() {
        header.push(c.clone());
        let names: &[&str] = match x {
            Some(Extra::Quantity) => &["unit", "bound", "modality", "per", "as_of", "text"],
            Some(Extra::Date) => &["modality", "per", "as_of", "text"],
            Some(Extra::Qualifiers) => &["modality", "per", "as_of"],
            None => &[],
        };
        for s in names {
            header.push(format!("{c}_{s}"));
            if *s == "as_of" && period[i] {
                header.push(format!("{c}_period"));
            }
        }
        if x == &Some(Extra::Quantity) {
            if inexact[i] {
                header.push(format!("{c}_exact"));
            }
            if mu[i] {
                header.push(format!("{c}_mu"));
            }
        }
        header.extend(side[i].background.iter().cloned());
        header.extend(side[i].inferred.iter().cloned());
        header.extend(side[i].extracted.iter().cloned());
    }
    FlatColumns {
        header,
        side,
        extras,
        inexact,
        mu,
        period,
    }
}

fn flat_row(cols: &FlatColumns, r: &[Cell]) -> Vec<String> {
    let mut out = Vec::with_capacity(cols.header.len());
    for (i, (cell, x)) in r.iter().zip(&cols.extras).enumerate() {
        let side = &cols.side[i];
        if side.background.is_none() && side.inferred.is_none() && side.extracted.is_none() {
            flat_cell(&mut out, cols, i, cell, *x);
            continue;
        }
        // The value (a quote without background knowledge, a key without
        // its mark) with its extra columns, then the side fields'.
        let mut fields = cell.machine_fields("", side).into_iter().map(|(_, c)| c);
        let value = fields.next().unwrap_or(Cell::Null);
        flat_cell(&mut out, cols, i, &value, *x);
        out.extend(fields.map(|c| c.plain()));
    }
    out
}

/// Column `i`'s value and extra columns.
fn flat_cell(out: &mut Vec<String>, cols: &FlatColumns, i: usize, cell: &Cell, x: Option<Extra>) {
    let Some(x) = x else {
        out.push(cell.plain());
        return;
    };
    out.push(unqualified_plain(cell));
    if x == Extra::Quantity {
        out.push(quantity_field(cell, &|q| q.unit.symbol().to_string()));
        out.push(quantity_field(cell, &|q| q.bound.name().to_string()));
    }
    out.extend(qualifier_fields(cell));
    if cols.period[i] {
        out.push(period_field(cell));
    }
    if x != Extra::Qualifiers {
        out.push(written_text(cell));
    }
    if x == Extra::Quantity {
        if cols.inexact[i] {
            out.push(quantity_field(cell, &|q| q.value_is_exact().to_string()));
        }
        if cols.mu[i] {
            out.push(mu_field(cell));
        }
    }
}

/// Names the members an answer holds as ids ([`Cell::Members`], from
/// `query::run_unnamed`) as they are written, a group at a time; `None`
/// for an answer that has them named already.
#[derive(Clone, Copy, Default)]
pub struct Namer<'s>(pub Option<&'s Store>);

impl Namer<'_> {
    /// The names of members `ids`, in order. A storage error comes back
    /// inside the I/O error ([`naming_failure`] takes it out).
    pub fn names(&self, ids: &[Eid]) -> io::Result<Names> {
        let store = self.store()?;
        crate::query::members_named(store, ids).map_err(io::Error::other)
    }

    fn store(&self) -> io::Result<&Store> {
        self.0.ok_or_else(|| {
            io::Error::other(crate::error::Error::Internal(
                "a grouping's members reached a writer without their names".into(),
            ))
        })
    }

    /// The rows with their members named, a batch of rows at a time
    /// ([`crate::query::MemberNames`]: a group at a time, a 10M grouping
    /// written as JSON read the entity blocks again for each group).
    pub fn rows<'r>(
        &self,
        rows: &'r [Vec<Cell>],
    ) -> impl Iterator<Item = io::Result<Cow<'r, [Cell]>>> + use<'r, '_> {
        crate::query::NamedRows::new(self.0, rows).map(|r| r.map_err(io::Error::other))
    }

    /// The whole answer with its members named (a terminal's table).
    fn all<'r>(&self, rs: &'r ResultSet) -> io::Result<Cow<'r, ResultSet>> {
        if !rs
            .rows
            .iter()
            .flatten()
            .any(|c| matches!(c, Cell::Members(_)))
        {
            return Ok(Cow::Borrowed(rs));
        }
        let rows = self
            .rows(&rs.rows)
            .map(|r| r.map(Cow::into_owned))
            .collect::<io::Result<_>>()?;
        Ok(Cow::Owned(ResultSet {
            columns: rs.columns.clone(),
            rows,
            notes: rs.notes.clone(),
            headings: rs.headings.clone(),
        }))
    }
}

/// An I/O error of a writer back as it was, or the error it met naming
/// members taken out of it (`Err`, for `?`).
pub fn naming_failure(e: io::Error) -> Result<io::Error, crate::error::Error> {
    if !e.get_ref().is_some_and(|x| x.is::<crate::error::Error>()) {
        return Ok(e);
    }
    match e.into_inner().map(|x| x.downcast::<crate::error::Error>()) {
        Some(Ok(inner)) => Err(*inner),
        _ => Ok(io::Error::other("naming a grouping's members")),
    }
}

/// The rows of a JSON array, each made as it is written: the pretty form
/// `serde_json` gives a whole array, byte for byte, without the array.
struct JsonRows<'a> {
    rs: &'a ResultSet,
    side: Vec<SideFields>,
    namer: Namer<'a>,
    /// Why naming a row's members failed: serde keeps only its message.
    failed: std::cell::RefCell<Option<io::Error>>,
}

impl serde::Serialize for JsonRows<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{Error as _, SerializeSeq};
        let mut seq = s.serialize_seq(Some(self.rs.rows.len()))?;
        for r in self.namer.rows(&self.rs.rows) {
            let r = match r {
                Ok(r) => r,
                Err(e) => {
                    let message = e.to_string();
                    *self.failed.borrow_mut() = Some(e);
                    return Err(S::Error::custom(message));
                }
            };
            seq.serialize_element(&row_json(self.rs, &self.side, &r))?;
        }
        seq.end()
    }
}

/// Writes a result in the chosen format, each row as it is made (only a
/// plain table's widths read every row first).
pub fn write(
    out: &mut dyn Write,
    rs: &ResultSet,
    namer: Namer,
    format: Format,
    style: Style,
) -> io::Result<()> {
    let mut out = io::BufWriter::with_capacity(1 << 16, out);
    match format {
        Format::Table => write_table(&mut out, rs, namer, style)?,
        Format::Json => {
            let rows = JsonRows {
                rs,
                side: rs.side_fields(),
                namer,
                failed: Default::default(),
            };
            if let Err(e) = serde_json::to_writer_pretty(&mut out, &rows) {
                return Err(rows.failed.take().unwrap_or_else(|| e.into()));
            }
            writeln!(out)?;
        }
        Format::Jsonl => {
            let side = rs.side_fields();
            for r in namer.rows(&rs.rows) {
                writeln!(out, "{}", row_json(rs, &side, &r?))?;
            }
        }
        Format::Csv | Format::Tsv => {
            let mut w = csv::WriterBuilder::new()
                .delimiter(if format == Format::Csv { b',' } else { b'\t' })
                .quote_style(if format == Format::Csv {
                    csv::QuoteStyle::Necessary
                } else {
                    csv::QuoteStyle::Never
                })
                .from_writer(&mut out);
            let clean = |s: String| {
                if format == Format::Tsv {
                    tsv_escape(&s).into_owned()
                } else {
                    s
                }
            };
            let cols = flat_columns(rs);
            w.write_record(cols.header.iter().cloned().map(clean))
                .map_err(csv_io)?;
            for r in namer.rows(&rs.rows) {
                let r = flat_row(&cols, &r?);
                w.write_record(r.into_iter().map(clean)).map_err(csv_io)?;
            }
            w.flush()?;
        }
    }
    out.flush()
}

/// A TSV cell: a tab, line feed or carriage return in the text written
/// `\t`, `\n`, `\r`, and a backslash `\\`, so that every row is one
/// line of tab-separated cells and the text reads back exactly (the
/// escapes of PostgreSQL's and MySQL's text format).
pub fn tsv_escape(s: &str) -> Cow<'_, str> {
    if !s.contains(['\t', '\n', '\r', '\\']) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// A TSV cell read back: `\t`, `\n`, `\r` and `\\` undone, the inverse
/// of [`tsv_escape`] (for a script, or a test, reading the format).
/// A backslash before anything else, or last, is no escape this format
/// writes: an error naming it.
pub fn tsv_unescape(s: &str) -> Result<String, Error> {
    if !s.contains('\\') {
        return Ok(s.to_string());
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.char_indices();
    while let Some((_, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some((_, 't')) => out.push('\t'),
            Some((_, 'n')) => out.push('\n'),
            Some((_, 'r')) => out.push('\r'),
            Some((_, '\\')) => out.push('\\'),
            other => {
                return Err(Error::Input(format!(
                    "TSV cell {s:?}: a backslash before {}; expected \\t, \\n, \\r or \\\\",
                    match other {
                        Some((at, c)) => format!("{c:?} at byte {at}"),
                        None => "the end".to_string(),
                    }
                )))
            }
        }
    }
    Ok(out)
}

/// A CSV writer's error as an I/O error of the same kind: a reader that
/// went away must stay a `BrokenPipe` (a quiet exit), not become `Other`.
fn csv_io(e: csv::Error) -> io::Error {
    let kind = match e.kind() {
        csv::ErrorKind::Io(io) => io.kind(),
        _ => io::ErrorKind::Other,
    };
    io::Error::new(kind, e)
}

/// Tables: box-drawn for a person, plain columns for a pipe.
fn write_table(out: &mut dyn Write, rs: &ResultSet, namer: Namer, style: Style) -> io::Result<()> {
    if style.terminal {
        table::write_boxed(out, namer.all(rs)?.as_ref(), style)?;
    } else {
        table::write_plain(out, rs, namer)?;
    }
    // The footer: what the reader must know to read the numbers right.
    for n in &rs.notes {
        writeln!(out, "note: {n}")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A TSV cell read back, its escapes required to be whole.
    fn tsv_unescape(s: &str) -> String {
        super::tsv_unescape(s).unwrap_or_else(|e| panic!("{e}"))
    }

    /// A cell where documents disagree (two quantities) has a unit and a
    /// bound for each value in CSV and TSV, joined as its values are.
    #[test]
    fn a_list_of_quantities_keeps_each_unit_and_bound_in_flat_columns() {
        let q = |t: &str| Cell::quantity(crate::model::parse_quantity(t).expect(t));
        let mut rs = ResultSet::new(vec!["name", "total_investment"]);
        rs.rows.push(vec![
            Cell::Text("甲项目".into()),
            Cell::List(vec![q("12亿元"), q("超13.5亿元")]),
        ]);
        rs.rows
            .push(vec![Cell::Text("乙项目".into()), q("约260亩")]);
        let (header, rows) = flat(&rs);
        let col = |name: &str| {
            header
                .iter()
                .position(|h| h == name)
                .unwrap_or_else(|| panic!("no {name}: {header:?}"))
        };
        let (unit, bound) = (col("total_investment_unit"), col("total_investment_bound"));
        assert_eq!(rows[0][col("total_investment")], "1200000000; 1350000000");
        assert_eq!(rows[0][unit], "CNY; CNY", "{rows:?}");
        assert_eq!(rows[0][bound], "exact; at_least", "{rows:?}");
        assert_eq!(rows[1][unit], "m2", "{rows:?}");
        assert_eq!(rows[1][bound], "about", "{rows:?}");
    }

    /// Only the four escapes read back; a backslash before anything else
    /// (or last) is named, not kept or dropped.
    #[test]
    fn a_backslash_that_escapes_nothing_is_an_error() {
        assert_eq!(
            super::tsv_unescape("C:\\\\dir\\tx\\n").unwrap(),
            "C:\\dir\tx\n"
        );
        for bad in ["a\\x", "end\\"] {
            let e = super::tsv_unescape(bad).unwrap_err().to_string();
            assert!(e.contains("backslash"), "{bad:?}: {e}");
        }
    }

    /// Text with tabs, line breaks and backslashes reads back from TSV
    /// exactly, a row a line, in a plain answer and in an envelope.
    #[test]
    fn tsv_escapes_tabs_newlines_and_backslashes_and_reads_back() {
        let texts = [
            "a\tb",
            "line one\nline two",
            "crlf\r\nend",
            "C:\\dir\\t.txt",
            "\\t is not a tab",
            "plain 义县",
            "",
        ];
        let mut rs = ResultSet::new(vec!["name", "text"]);
        for (i, t) in texts.iter().enumerate() {
            rs.rows.push(vec![
                Cell::Text(format!("row{i}")),
                Cell::Text(t.to_string()),
            ]);
        }
        let mut out = Vec::new();
        write(
            &mut out,
            &rs,
            Namer::default(),
            Format::Tsv,
            Style::default(),
        )
        .expect("write");
        let out = String::from_utf8(out).expect("UTF-8");
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), texts.len() + 1, "{out}");
        assert_eq!(lines[0], "name\ttext");
        for (line, t) in lines[1..].iter().zip(texts) {
            let cells: Vec<String> = line.split('\t').map(tsv_unescape).collect();
            assert_eq!(cells.len(), 2, "{line}");
            assert_eq!(cells[1], t, "{line}");
        }
        // The envelope's long form too.
        let mut env = envelope::Envelopes::new(Format::Tsv);
        let mut out = Vec::new();
        env.answer(&mut out, "q\twith tab", "-e #1", &rs)
            .expect("write");
        let out = String::from_utf8(out).expect("UTF-8");
        let rows: Vec<Vec<String>> = out
            .lines()
            .map(|l| l.split('\t').map(tsv_unescape).collect())
            .collect();
        assert!(rows.iter().all(|r| r.len() == 4), "{out}");
        assert_eq!(rows[1][3], "q\twith tab");
        let values: Vec<&str> = rows
            .iter()
            .filter(|r| r[2] == "text")
            .map(|r| r[3].as_str())
            .collect();
        assert_eq!(values, texts);
    }

    /// Members kept as ids and named as they are written give the bytes
    /// the answer with named members gives, in every format; JSON written
    /// a row at a time is what one pretty-printed array was.
    #[test]
    fn members_named_as_written_read_as_named_members() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = crate::session::open_store(&dir.path().join("db"), true, Default::default())
            .expect("seeded store");
        let write_all = |rs: &ResultSet, namer: Namer, format: Format| {
            let mut out = Vec::new();
            write(&mut out, rs, namer, format, Style::default()).expect("write to a Vec");
            String::from_utf8(out).expect("UTF-8")
        };
        for query in [
            "funding by recipient",
            "projects by district list members, count, members",
            "funding where recipient = 义县",
        ] {
            let named = crate::query::run(&store, query).expect(query);
            let unnamed = crate::query::run_unnamed(&store, query).expect(query);
            let grouped = query.contains(" by ");
            assert_eq!(
                grouped,
                unnamed
                    .rows
                    .iter()
                    .flatten()
                    .any(|c| matches!(c, Cell::Members(ids) if !ids.is_empty())),
                "{query}"
            );
            for format in [
                Format::Table,
                Format::Json,
                Format::Jsonl,
                Format::Csv,
                Format::Tsv,
            ] {
                let want = write_all(&named, Namer::default(), format);
                let got = write_all(&unnamed, Namer(Some(&store)), format);
                assert_eq!(got, want, "{query} as {}", format.name());
            }
            let bg = named.side_fields();
            let array = Json::Array(
                named
                    .rows
                    .iter()
                    .map(|r| row_json(&named, &bg, r))
                    .collect(),
            );
            let pretty = serde_json::to_string_pretty(&array).expect("JSON");
            assert_eq!(
                write_all(&named, Namer::default(), Format::Json),
                format!("{pretty}\n"),
                "{query}"
            );
        }
        // Members without a store to name them are an error, not ids.
        let unnamed = crate::query::run_unnamed(&store, "funding by recipient").expect("grouped");
        let mut out = Vec::new();
        let e = write(
            &mut out,
            &unnamed,
            Namer::default(),
            Format::Json,
            Style::default(),
        )
        .expect_err("no names");
        assert!(matches!(
            naming_failure(e),
            Err(crate::error::Error::Internal(_))
        ));
    }
}
