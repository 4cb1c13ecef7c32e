//! Several queries' answers as one output a standard parser reads whole,
//! each answer or error beside the query it belongs to:
//!
//! - `json`: one array with an object per query,
//! - `jsonl`: one such object per line,
//! - `csv`/`tsv`: one table with the columns `query,row,column,value`
//!   (a long form: the query's number, the row's number, the column's
//!   name, the value; row 0 holds the `query` text, a `note` per note
//!   and the `error`, if any).
//!
//! An object is `{"query", "source", "columns", "rows"}` for an answer
//! (and `"notes"`, when it has any) and
//! `{"query", "source", "error": {"message", "line", "column", ...}}`
//! for a failure. Used when more than one query is given (README,
//! "Scripting").

use super::{flat, row_json, Format};
use crate::query::result::ResultSet;
use serde_json::{Map, Value as Json};
use std::io::{self, Write};

/// What went wrong with one query, as the envelope reports it.
pub struct Failure {
    pub message: String,
    /// The place as error reports name it: `stdin:4:9`, `-e #2:1:15`.
    pub at: String,
    pub help: Option<String>,
    pub suggestion: Option<String>,
    /// Where: the input's line and the column (in characters), when known.
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub exit_code: i32,
}

/// Writes the envelopes of one run, numbering the queries.
pub struct Envelopes {
    format: Format,
    count: usize,
}

impl Envelopes {
    pub fn new(format: Format) -> Envelopes {
        Envelopes { format, count: 0 }
    }

    pub fn format(&self) -> Format {
        self.format
    }

    fn begin(&mut self, out: &mut dyn Write) -> io::Result<()> {
        self.count += 1;
        match self.format {
            Format::Json => write!(out, "{}", if self.count == 1 { "[\n" } else { ",\n" }),
            Format::Csv | Format::Tsv if self.count == 1 => self.record(out, &LONG_HEADER),
            _ => Ok(()),
        }
    }

    fn record(&self, out: &mut dyn Write, fields: &[&str]) -> io::Result<()> {
        let mut w = csv::WriterBuilder::new()
            .delimiter(if self.format == Format::Csv {
                b','
            } else {
                b'\t'
            })
            .quote_style(if self.format == Format::Csv {
                csv::QuoteStyle::Necessary
            } else {
                csv::QuoteStyle::Never
            })
            .from_writer(Vec::new());
        if self.format == Format::Tsv {
            let clean: Vec<_> = fields.iter().map(|s| super::tsv_escape(s)).collect();
            w.write_record(clean.iter().map(|s| s.as_bytes()))
                .map_err(io::Error::other)?;
        } else {
            w.write_record(fields).map_err(io::Error::other)?;
        }
        let bytes = w
            .into_inner()
            .map_err(|e| io::Error::other(e.to_string()))?;
        out.write_all(&bytes)
    }

    fn object(&self, out: &mut dyn Write, m: Map<String, Json>) -> io::Result<()> {
        let obj = Json::Object(m);
        if self.format == Format::Json {
            let s = serde_json::to_string_pretty(&obj).map_err(io::Error::other)?;
            // Indented one level, inside the array.
            let s = s.replace('\n', "\n  ");
            write!(out, "  {s}")
        } else {
            writeln!(out, "{obj}")
        }
    }

    fn head(query: Option<&str>, source: &str) -> Map<String, Json> {
        let mut m = Map::new();
        m.insert(
            "query".into(),
            query.map_or(Json::Null, |q| Json::String(q.into())),
        );
        m.insert("source".into(), Json::String(source.into()));
        m
    }

    /// One query's answer.
    pub fn answer(
        &mut self,
        out: &mut dyn Write,
        query: &str,
        source: &str,
        rs: &ResultSet,
    ) -> io::Result<()> {
        self.begin(out)?;
        let n = self.count.to_string();
        match self.format {
            Format::Csv | Format::Tsv => {
                self.record(out, &[&n, "0", "query", query])?;
                for note in &rs.notes {
                    self.record(out, &[&n, "0", "note", note])?;
                }
                let (header, rows) = flat(rs);
                for (i, row) in rows.iter().enumerate() {
                    let r = (i + 1).to_string();
                    for (c, v) in header.iter().zip(row) {
                        self.record(out, &[&n, &r, c, v])?;
                    }
                }
                Ok(())
            }
            _ => {
                let mut m = Self::head(Some(query), source);
                m.insert(
                    "columns".into(),
                    Json::Array(rs.columns.iter().cloned().map(Json::String).collect()),
                );
                let side = rs.side_fields();
                m.insert(
                    "rows".into(),
                    Json::Array(rs.rows.iter().map(|r| row_json(rs, &side, r)).collect()),
                );
                // Beside the rows they qualify; only when there are any,
                // as an error's `help`.
                if !rs.notes.is_empty() {
                    m.insert(
                        "notes".into(),
                        Json::Array(rs.notes.iter().cloned().map(Json::String).collect()),
                    );
                }
                self.object(out, m)
            }
        }
    }

    /// One query's failure; `query` is None for a line that could not be
    /// read as text.
    pub fn failure(
        &mut self,
        out: &mut dyn Write,
        query: Option<&str>,
        source: &str,
        f: &Failure,
    ) -> io::Result<()> {
        self.begin(out)?;
        let n = self.count.to_string();
        match self.format {
            Format::Csv | Format::Tsv => {
                self.record(out, &[&n, "0", "query", query.unwrap_or("")])?;
                // The help and the suggestion (did you mean 'where'?), as
                // JSON gives both.
                let extra: Vec<&str> = [f.help.as_deref(), f.suggestion.as_deref()]
                    .into_iter()
                    .flatten()
                    .collect();
                let help = if extra.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", extra.join("; "))
                };
                let msg = format!("{}: {}{help}", f.at, f.message);
                self.record(out, &[&n, "0", "error", &msg])
            }
            _ => {
                let mut m = Self::head(query, source);
                let mut e = Map::new();
                e.insert("message".into(), Json::String(f.message.clone()));
                let opt = |v: Option<usize>| v.map_or(Json::Null, |n| Json::Number(n.into()));
                e.insert("line".into(), opt(f.line));
                e.insert("column".into(), opt(f.column));
                for (k, v) in [("help", &f.help), ("suggestion", &f.suggestion)] {
                    if let Some(v) = v {
                        e.insert(k.into(), Json::String(v.clone()));
                    }
                }
                e.insert("exit_code".into(), Json::Number(f.exit_code.into()));
                m.insert("error".into(), Json::Object(e));
                self.object(out, m)
            }
        }
    }

    /// Closes what the format needs closed (the JSON array).
    pub fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        if self.format == Format::Json && self.count > 0 {
            writeln!(out, "\n]")?;
        }
        self.count = 0;
        Ok(())
    }
}

const LONG_HEADER: [&str; 4] = ["query", "row", "column", "value"];
