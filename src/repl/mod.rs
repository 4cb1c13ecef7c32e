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
use crate::session::{Printer, Session};
use crate::store::Store;
use helper::{EnterHandler, SeedHelper, INDENT, PROMPT};
use rustyline::config::{ColorMode, CompletionType, Config};
use rustyline::error::ReadlineError;
use rustyline::history::FileHistory;
use rustyline::{Cmd, Editor, EventHandler, KeyCode, KeyEvent, Modifiers};
use std::path::PathBuf;

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
    let docs = store.docs().unwrap_or_default();
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
    match t.to_ascii_lowercase().as_str() {
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

pub fn run(session: &mut Session) -> Result<i32, Error> {
    let color = session.printer.style.color;
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
    // Disjoint borrows: the helper reads the store while the loop changes
    // the printer's settings and counts failures.
    let store = &session.store;
    let printer = &mut session.printer;
    let failures = &mut session.failures;
    let mut rl: Editor<SeedHelper, FileHistory> = Editor::with_config(config)
        .map_err(|e| Error::Output(format!("cannot start the line editor: {e}")))?;
    rl.set_helper(Some(SeedHelper::new(store, color)));
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
    let history = history_path();
    if let Some(h) = &history {
        if h.exists() {
            if let Err(e) = rl.load_history(h) {
                eprintln!("warning: cannot read the history {}: {e}", h.display());
            }
        }
    }
    let mut history_ok = true;
    println!("{}", banner(store));
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
        if let (Some(h), true) = (&history, history_ok) {
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
        let mut leave = false;
        for text in helper::split_queries(&buffer) {
            match action(&text) {
                Action::Quit => leave = true,
                Action::Dot(cmd) => match dot_command(store, printer, &cmd) {
                    Dot::Said(t) | Dot::Text(t) => println!("{t}"),
                    Dot::Query(q) => {
                        printer.run(store, &q, &Origin::Inline)?;
                    }
                    Dot::Rows(rs) => print_rows(printer, &rs),
                    Dot::Failed(m) => complain(printer, &m),
                    Dot::Quit => leave = true,
                },
                Action::Query(q) => {
                    // A storage error ends the session: the next query
                    // would fail the same way.
                    if !printer.run(store, &q, &Origin::Inline)? {
                        *failures += 1;
                    }
                }
            }
            if leave {
                break;
            }
        }
        if leave {
            break;
        }
    }
    Ok(0)
}

fn print_rows(printer: &Printer, rs: &ResultSet) {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut style = printer.style;
    style.width = output::terminal_width();
    if let Err(e) = output::write(&mut out, rs, printer.format, style) {
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
