//! The interactive shell (rustyline): history in a per-user file,
//! dot-commands, Ctrl-C clears the line, Ctrl-D exits.

use crate::cli::Session;
use crate::error::Error;
use crate::output::diag::Origin;
use crate::output::Format;
use rustyline::error::ReadlineError;
use rustyline::DefaultEditor;

pub const HELP: &str = "\
Queries (names may be Chinese, an alias, an English name or a unique prefix):
  kinds                                   what kinds of entities there are
  attributes of funding                   the attributes of a kind
  show 义县                               every fact about an entity, with quotes
  funding by source                       one row per source: count and money sums
  projects by district
  funding where recipient = 义县
  funding where amount > 1亿元             quantities compare across units (亿元, 万元, 元)
  sum amount of funding by recipient
  count enterprises by district
  funding where recipient within 锦州市    places inside a place, transitively
  funding where amount >= 1000万元 and source = 锦州银行
  projects where district = 凌海市 order by investment desc limit 5
  match ?f recipient ?r, ?r located_in 锦州市 where ?f.amount > 1亿元
  explain funding where amount > 1亿元     the plan: which index answers it
  find 物流                               sentences with a word, ranked, with their facts
Dot-commands:
  .help            this text
  .format FORMAT   table, json, jsonl, csv or tsv (now: {format})
  .kinds           same as `kinds`
  .attrs KIND      same as `attributes of KIND`
  .sources         documents loaded, with fact counts
  .quit            leave (or Ctrl-D)";

fn history_path() -> Option<std::path::PathBuf> {
    dirs::data_dir().map(|d| d.join("seedkb").join("history"))
}

pub fn run(session: &mut Session) -> Result<i32, Error> {
    let mut rl = DefaultEditor::new()
        .map_err(|e| Error::Storage(format!("cannot start the line editor: {e}")))?;
    let history = history_path();
    if let Some(h) = &history {
        let _ = rl.load_history(h);
    }
    println!(
        "seedkb {} — type .help for examples, Ctrl-D to leave",
        env!("CARGO_PKG_VERSION")
    );
    loop {
        match rl.readline("seedkb> ") {
            Ok(line) => {
                let trimmed = line.trim();
                if trimmed.is_empty() {
                    continue;
                }
                let _ = rl.add_history_entry(line.as_str());
                if let Some(cmd) = trimmed.strip_prefix('.') {
                    if !dot_command(session, cmd) {
                        break;
                    }
                    continue;
                }
                session.run_one(trimmed, &Origin::Inline);
            }
            Err(ReadlineError::Interrupted) => continue,
            Err(ReadlineError::Eof) => break,
            Err(e) => {
                eprintln!("error: {e}");
                break;
            }
        }
    }
    if let Some(h) = &history {
        if let Some(dir) = h.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let _ = rl.save_history(h);
    }
    Ok(0)
}

/// Runs a dot-command; returns false to leave the REPL.
fn dot_command(session: &mut Session, cmd: &str) -> bool {
    let mut parts = cmd.split_whitespace();
    let name = parts.next().unwrap_or("");
    let arg = parts.collect::<Vec<_>>().join(" ");
    match name {
        "quit" | "exit" | "q" => return false,
        "help" | "h" => println!("{}", HELP.replace("{format}", session.format.name())),
        "format" | "mode" => match Format::parse(&arg) {
            Some(f) => {
                session.format = f;
                println!("format: {}", f.name());
            }
            None if arg.is_empty() => println!("format: {}", session.format.name()),
            None => eprintln!("error: unknown format '{arg}' (table, json, jsonl, csv, tsv)"),
        },
        "kinds" => {
            session.run_one("kinds", &Origin::Inline);
        }
        "attrs" | "attributes" => {
            if arg.is_empty() {
                eprintln!("error: .attrs needs a kind, e.g. .attrs funding");
            } else {
                session.run_one(&format!("attributes of {arg}"), &Origin::Inline);
            }
        }
        "sources" => match session.store.docs() {
            Ok(docs) => {
                for d in docs {
                    println!("{}  {} entities, {} facts", d.name, d.entities, d.facts);
                }
            }
            Err(e) => eprintln!("error: {e}"),
        },
        other => eprintln!("error: unknown command .{other} (try .help)"),
    }
    true
}
