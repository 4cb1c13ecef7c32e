//! The interactive shell (rustyline): completion, hints, colours and
//! multi-line input through [`helper::SeedHelper`]; history in a per-user
//! file (multi-line entries kept whole, Ctrl-R searches it); dot-commands.
//! Ctrl-C clears the input, Ctrl-D leaves.

pub mod complete;
pub mod helper;

use crate::dot::{dot_command, Dot};
use crate::error::Error;
use crate::output;
use crate::output::diag::Origin;
use crate::query::result::ResultSet;
use crate::session::{color_allowed, Printer, Session};
use crate::store::Store;
use helper::{EnterHandler, SeedHelper, INDENT, PROMPT};
use rustyline::config::{ColorMode, CompletionType, Config};
use rustyline::error::ReadlineError;
use rustyline::history::FileHistory;
use rustyline::{Cmd, Editor, EventHandler, KeyCode, KeyEvent, Modifiers};
use std::path::{Path, PathBuf};

/// The history file: `SEEDKB_HISTORY` if set (empty: keep none), else
/// `history` in the per-user data directory.
pub fn history_path() -> Option<PathBuf> {
    match std::env::var_os("SEEDKB_HISTORY") {
        Some(p) if p.is_empty() => None,
        Some(p) => Some(PathBuf::from(p)),
        None => dirs::data_dir().map(|d| d.join("seedkb").join("history")),
    }
}

fn banner(store: &Store) -> String {
    let docs = store.doc_heads().unwrap_or_default();
    let facts: u64 = docs.iter().map(|d| d.facts).sum();
    let entities: u64 = docs.iter().map(|d| d.entities).sum();
    let n = docs.len();
    format!(
        "seedkb {} — {entities} entities, {facts} facts from {n} document{}.\n\
         Try kinds, funding by source, show 义县 · Tab completes · .help · Ctrl-D quits",
        env!("CARGO_PKG_VERSION"),
        if n == 1 { "" } else { "s" },
    )
}

/// What a line typed at the prompt asks for.
enum Action {
    Query(String),
    Dot(String),
    Quit,
}

/// The words people type in other shells, understood here too.
fn action(text: &str) -> Action {
    let t = text.trim();
    // `exit;` as psql and sqlite3 users end every line.
    match t
        .trim_end_matches([';', '；'])
        .to_ascii_lowercase()
        .as_str()
    {
        "help" | "?" | "\\?" | "\\h" | "h" => Action::Dot("help".into()),
        "quit" | "exit" | "\\q" | ":q" | "q" => Action::Quit,
        "\\d" | "\\dt" => Action::Dot("kinds".into()),
        _ => match t.strip_prefix('.') {
            Some(cmd) => Action::Dot(cmd.to_string()),
            None => match t.strip_prefix("\\d ") {
                // psql's \d TABLE
                Some(kind) => Action::Dot(format!("attrs {}", kind.trim())),
                None => Action::Query(text.to_string()),
            },
        },
    }
}

/// The line editor with the REPL's keys and history loaded.
fn editor<'s>(
    helper: SeedHelper<'s>,
    history: Option<&PathBuf>,
) -> Result<Editor<SeedHelper<'s>, FileHistory>, Error> {
    let config = Config::builder()
        .history_ignore_space(true)
        .history_ignore_dups(true)
        .map_err(|e| Error::Output(format!("line editor: {e}")))?
        .max_history_size(10_000)
        .map_err(|e| Error::Output(format!("line editor: {e}")))?
        .auto_add_history(false)
        .completion_type(CompletionType::List)
        // The helper leaves colour out itself under NO_COLOR; it still
        // draws the continuation prompt.
        .color_mode(ColorMode::Enabled)
        .build();
    let mut rl: Editor<SeedHelper, FileHistory> = Editor::with_config(config)
        .map_err(|e| Error::Output(format!("cannot start the line editor: {e}")))?;
    rl.set_helper(Some(helper));
    for enter in [
        KeyEvent(KeyCode::Enter, Modifiers::NONE),
        KeyEvent(KeyCode::Char('J'), Modifiers::CTRL),
    ] {
        rl.bind_sequence(enter, EventHandler::Conditional(Box::new(EnterHandler)));
    }
    // ↑ and ↓ go through the history even inside a recalled multi-line
    // entry (rustyline would first move between its lines, so getting past
    // it took extra presses); Ctrl-P and Ctrl-N still move between lines.
    rl.bind_sequence(
        KeyEvent(KeyCode::Up, Modifiers::NONE),
        EventHandler::Simple(Cmd::PreviousHistory),
    );
    rl.bind_sequence(
        KeyEvent(KeyCode::Down, Modifiers::NONE),
        EventHandler::Simple(Cmd::NextHistory),
    );
    rl.bind_sequence(
        KeyEvent(KeyCode::Enter, Modifiers::ALT),
        EventHandler::Simple(Cmd::Insert(1, format!("\n{INDENT}"))),
    );
    if let Some(h) = history {
        if h.exists() {
            if let Err(e) = rl.load_history(h) {
                eprintln!("warning: cannot read the history {}: {e}", h.display());
            }
        }
    }
    Ok(rl)
}

/// Reads entries until Ctrl-D (or `each` says to leave), keeping the
/// history; `each` gets every query or command of an entry.
fn read_loop(
    rl: &mut Editor<SeedHelper, FileHistory>,
    history: Option<&PathBuf>,
    mut each: impl FnMut(Action) -> Result<bool, Error>,
) -> Result<(), Error> {
    let mut history_ok = true;
    loop {
        let buffer = match rl.readline(PROMPT) {
            Ok(b) => b,
            Err(ReadlineError::Interrupted) => {
                // As shells do: the abandoned line stays, marked.
                println!("^C");
                continue;
            }
            Err(ReadlineError::Eof) => break,
            Err(e) => {
                eprintln!("error: {e}");
                break;
            }
        };
        if buffer.trim().is_empty() {
            continue;
        }
        let _ = rl.add_history_entry(buffer.as_str());
        if let (Some(h), true) = (history, history_ok) {
            // Written after every entry: a crash or a second session
            // loses nothing.
            if let Some(dir) = h.parent() {
                let _ = std::fs::create_dir_all(dir);
            }
            if let Err(e) = rl.append_history(h) {
                eprintln!("warning: cannot write the history {}: {e}", h.display());
                history_ok = false;
            }
        }
        for text in helper::split_queries(&buffer) {
            if each(action(&text))? {
                return Ok(());
            }
        }
    }
    Ok(())
}

pub fn run(session: &mut Session) -> Result<i32, Error> {
    let color = session.printer.style.color;
    // Disjoint borrows: the helper reads the store while the loop changes
    // the printer's settings and counts failures.
    let store = &session.store;
    let printer = &mut session.printer;
    let failures = &mut session.failures;
    let history = history_path();
    let mut rl = editor(SeedHelper::new(store, color), history.as_ref())?;
    println!("{}", banner(store));
    read_loop(&mut rl, history.as_ref(), |act| {
        // On a cluster, another process may have loaded since the last
        // line: answer from the latest committed state.
        store.sync()?;
        Ok(match act {
            Action::Quit => true,
            Action::Dot(cmd) => match dot_command(store, printer, &cmd) {
                Dot::Said(t) | Dot::Text(t) => {
                    println!("{t}");
                    false
                }
                Dot::Query(q) => {
                    printer.run(store, &q, &Origin::Inline)?;
                    false
                }
                Dot::Rows(rs) => {
                    print_rows(printer, &rs);
                    false
                }
                Dot::Failed(m) => {
                    complain(printer, &m);
                    false
                }
                Dot::Quit => true,
            },
            Action::Query(q) => {
                // A storage error ends the session: the next query
                // would fail the same way.
                if !printer.run(store, &q, &Origin::Inline)? {
                    *failures += 1;
                }
                false
            }
        })
    })?;
    Ok(0)
}

/// The REPL on a database that `seedkb serve` holds: lines are edited
/// here (history, keys, multi-line input as usual) and each query or
/// dot-command runs in the server, as `seedkb -e` would run it with this
/// terminal (see [`crate::forward`]), so the tables, colours and errors
/// are the command line's own. The settings (`.format`, `.timer`,
/// `.maxrows`) are kept here and sent ahead of every line. Completion
/// knows the query's words only: names, kinds and attributes are in the
/// server's store.
pub fn served(db: &Path, cli: &crate::args::Cli) -> Result<i32, Error> {
    // An empty store: the settings' commands and the parser's words need
    // no data.
    let (empty, _) = Store::from_kv(
        Box::new(crate::store::mem::MemKv::new()),
        "completion",
        std::sync::Arc::new(crate::text::Plain),
    )?;
    let tty = crate::console::stdout_is_terminal();
    let mut printer = Printer {
        format: cli.format.unwrap_or(output::Format::Table),
        style: output::Style {
            terminal: tty,
            color: tty && color_allowed(),
            width: None,
            max_rows: output::DEFAULT_MAX_ROWS,
            bars: false,
        },
        diag_color: crate::console::stderr_is_terminal() && color_allowed(),
        timer: false,
    };
    // The last setting of each kind, as typed.
    let mut settings: Vec<(&'static str, String)> = Vec::new();
    let history = history_path();
    let mut rl = editor(
        SeedHelper::new(&empty, printer.style.color),
        history.as_ref(),
    )?;
    println!(
        "seedkb {} — {} is held by a running seedkb serve: each line runs there.\n\
         Try kinds, funding by source, show 义县 · Tab completes query words (not names, kinds \
         or attributes: they are in the server) · .help · Ctrl-D quits",
        env!("CARGO_PKG_VERSION"),
        db.display()
    );
    read_loop(&mut rl, history.as_ref(), |act| {
        let text = match act {
            Action::Quit => return Ok(true),
            Action::Query(q) => q,
            Action::Dot(cmd) => {
                let mut words = cmd.split_whitespace();
                let name = words.next().unwrap_or("").to_ascii_lowercase();
                let has_arg = words.next().is_some();
                let setting = match name.as_str() {
                    "format" | "mode" => Some("format"),
                    "timer" => Some("timer"),
                    "maxrows" | "rows" => Some("maxrows"),
                    "quit" | "exit" | "q" => return Ok(true),
                    _ => None,
                };
                match setting {
                    // Any other dot-command reads the store: the server's.
                    None => format!(".{cmd}"),
                    Some(setting) => {
                        match dot_command(&empty, &mut printer, &cmd) {
                            Dot::Said(t) | Dot::Text(t) => {
                                println!("{t}");
                                if has_arg {
                                    settings.retain(|(k, _)| *k != setting);
                                    settings.push((setting, cmd));
                                }
                            }
                            Dot::Failed(m) => complain(&printer, &m),
                            Dot::Quit => return Ok(true),
                            Dot::Query(_) | Dot::Rows(_) => {}
                        }
                        return Ok(false);
                    }
                }
            }
        };
        let mut args: Vec<std::ffi::OsString> = std::env::args_os().collect();
        args.push("--repl-line".into());
        for (_, s) in &settings {
            args.push(format!("--execute=.{s}").into());
        }
        args.push(format!("--execute={text}").into());
        // The line's exit status is left alone, as the REPL does with a
        // failed query.
        match crate::forward::send(db, args)? {
            Some(_) => Ok(false),
            None => Err(Error::Storage(format!(
                "the seedkb serve holding {} has stopped; start seedkb again to open the \
                 database itself",
                db.display()
            ))),
        }
    })?;
    Ok(0)
}

fn print_rows(printer: &Printer, rs: &ResultSet) {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut style = printer.style;
    style.width = output::terminal_width();
    if let Err(e) = output::write(
        &mut out,
        rs,
        output::Namer::default(),
        printer.format,
        style,
    ) {
        eprintln!("error: writing the result: {e}");
    }
}

fn complain(printer: &Printer, msg: &str) {
    eprintln!(
        "{}",
        crate::output::diag::render_at(msg, &Origin::Inline, printer.diag_color)
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_shells_words() {
        assert!(matches!(action("exit"), Action::Quit));
        assert!(matches!(action("\\q"), Action::Quit));
        assert!(matches!(action("help"), Action::Dot(h) if h == "help"));
        assert!(matches!(action(".attrs funding"), Action::Dot(a) if a == "attrs funding"));
        assert!(matches!(action("funding"), Action::Query(_)));
        assert!(matches!(action("\\d"), Action::Dot(k) if k == "kinds"));
        assert!(matches!(action("\\d funding"), Action::Dot(a) if a == "attrs funding"));
    }
}
