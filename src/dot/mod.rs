//! Dot-commands (`.format json`, `.kinds`, `.help WORD` …), the same at
//! the REPL's prompt, in piped scripts and in `-e`: each answers with a
//! [`Dot`] that the front end prints its own way.

pub mod help;

use crate::error::Error;
use crate::output::Format;
use crate::query::ast::{Span, Word};
use crate::query::plan::Planner;
use crate::query::result::{Cell, ResultSet};
use crate::session::Printer;
use crate::store::Store;

/// Dot-commands with a one-line description (for `.help` and completion).
pub const DOT_COMMANDS: &[(&str, &str)] = &[
    (
        ".help",
        "examples and keys; .help WORD explains a query word",
    ),
    (".format", "table, json, jsonl, csv or tsv"),
    (".kinds", "the kinds of entities, with counts"),
    (".attrs", "the attributes of a kind: .attrs funding"),
    (".sources", "documents loaded, with fact counts"),
    (".timer", "on or off: time each query"),
    (
        ".maxrows",
        "rows shown on the terminal before the middle is cut (0: all)",
    ),
    (".quit", "leave (or Ctrl-D)"),
];

pub const FORMATS: &[&str] = &["table", "json", "jsonl", "csv", "tsv"];

/// What a dot-command asks the caller to do: the REPL and scripts print
/// the same answers their own way.
pub enum Dot {
    /// A setting changed or shown: the line that says so (the REPL prints
    /// it; a script does not, as in sqlite3).
    Said(String),
    /// Text to print (.help).
    Text(String),
    /// A query to run in its place (.kinds, .attrs KIND).
    Query(String),
    /// Rows to print (.sources).
    Rows(ResultSet),
    /// What was wrong with the command.
    Failed(String),
    Quit,
}

/// Runs a dot-command (the text after the dot) against the printer's
/// settings.
pub fn dot_command(store: &Store, printer: &mut Printer, cmd: &str) -> Dot {
    let mut parts = cmd.split_whitespace();
    let name = parts.next().unwrap_or("").to_ascii_lowercase();
    let arg = parts.collect::<Vec<_>>().join(" ");
    match name.as_str() {
        "quit" | "exit" | "q" => Dot::Quit,
        "help" | "h" => {
            if arg.is_empty() {
                Dot::Text(help::overview(printer.format.name()))
            } else {
                match help::topic(&arg) {
                    Ok(t) => Dot::Text(t.to_string()),
                    Err(e) => Dot::Failed(e.to_string()),
                }
            }
        }
        "format" | "mode" => match Format::parse(&arg) {
            Some(f) => {
                printer.format = f;
                Dot::Said(format!("format: {}", f.name()))
            }
            None if arg.is_empty() => Dot::Said(format!(
                "format: {} (choose from {})",
                printer.format.name(),
                FORMATS.join(", ")
            )),
            None => Dot::Failed(format!(
                "unknown format '{arg}' (choose from {})",
                FORMATS.join(", ")
            )),
        },
        "kinds" | "tables" => Dot::Query("kinds".into()),
        "attrs" | "attributes" | "schema" => {
            if arg.is_empty() {
                Dot::Failed(".attrs needs a kind, e.g. .attrs funding (`kinds` lists them)".into())
            } else {
                attributes_of(store, &name, &arg)
            }
        }
        "sources" => match store.doc_heads() {
            Ok(docs) => {
                let mut rs = ResultSet::new(vec!["document", "entities", "facts"]);
                for d in docs {
                    rs.rows.push(vec![
                        Cell::Text(d.name),
                        Cell::Int(i64::try_from(d.entities).unwrap_or(i64::MAX)),
                        Cell::Int(i64::try_from(d.facts).unwrap_or(i64::MAX)),
                    ]);
                }
                Dot::Rows(rs)
            }
            Err(e) => Dot::Failed(e.to_string()),
        },
        "timer" => match arg.to_ascii_lowercase().as_str() {
            "on" | "1" | "yes" => {
                printer.timer = true;
                Dot::Said("timer: on".into())
            }
            "off" | "0" | "no" => {
                printer.timer = false;
                Dot::Said("timer: off".into())
            }
            "" => Dot::Said(format!(
                "timer: {}",
                if printer.timer { "on" } else { "off" }
            )),
            _ => Dot::Failed(format!(".timer takes on or off, not '{arg}'")),
        },
        "maxrows" | "rows" => match arg.to_ascii_lowercase().as_str() {
            "" => Dot::Said(format!(
                "maxrows: {}",
                match printer.style.max_rows {
                    0 => "all".to_string(),
                    n => n.to_string(),
                }
            )),
            "all" | "0" => {
                printer.style.max_rows = 0;
                Dot::Said("maxrows: all".into())
            }
            n => match n.parse::<usize>() {
                Ok(v) if v >= 2 => {
                    printer.style.max_rows = v;
                    Dot::Said(format!("maxrows: {v}"))
                }
                _ => Dot::Failed(format!(
                    ".maxrows takes a number of rows (2 or more) or all, not '{arg}'"
                )),
            },
        },
        // The program's commands are no dot-commands: say where they run.
        "load" | "dump" | "check" | "compact" | "serve" | "test" => Dot::Failed(format!(
            "unknown command .{name}: `{name}` is a command of the seedkb program; run \
             `seedkb {name} …` in a system shell (this shell holds the database: leave it \
             with Ctrl-D first, or start `seedkb serve` and run it from another terminal)"
        )),
        other => {
            let names: Vec<String> = DOT_COMMANDS
                .iter()
                .map(|(c, _)| c[1..].to_string())
                .collect();
            let close = crate::query::plan::closest(other, &names, 2);
            let hint = if close.is_empty() {
                String::new()
            } else {
                format!(
                    "did you mean {}? ",
                    close
                        .iter()
                        .map(|c| format!(".{c}"))
                        .collect::<Vec<_>>()
                        .join(" or ")
                )
            };
            Dot::Failed(format!("unknown command .{other} ({hint}.help lists them)"))
        }
    }
}

/// `.attrs KIND` as the query `attributes of KIND`, its kind checked first:
/// an unknown kind is reported in the words the user typed, not with a
/// caret under the query it would have become.
fn attributes_of(store: &Store, name: &str, arg: &str) -> Dot {
    let word = Word {
        text: arg.to_string(),
        span: Span {
            start: 0,
            end: arg.len(),
        },
    };
    match Planner::new(store).kind(&word) {
        Ok(_) => Dot::Query(format!("attributes of {arg}")),
        Err(Error::Query(q)) => Dot::Failed(match q.help {
            Some(help) => format!(".{name} {arg}: {}; {help}", q.message),
            None => format!(".{name} {arg}: {}", q.message),
        }),
        Err(e) => Dot::Failed(e.to_string()),
    }
}
