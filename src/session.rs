//! What every front end shares: opening the database the one way
//! (`open_store`), turning a panic into an error naming where it happened
//! (`catch_internal`), and running queries and printing their answers or
//! errors (`Printer`, `Session`: one query, lines of a script, `-e`s, with
//! envelopes when there are several).

use crate::args::EnvelopeMode;
use crate::dot::Dot;
use crate::error::Error;
use crate::output::diag::{self, Origin};
use crate::output::{self, Format, Style};
use crate::store::{OpenOptions, Store};
use std::io::{BufRead, Write};
use std::time::Duration;

/// How every front end opens a database on disk: indexed and searched as
/// Chinese text.
pub fn open_options(lock_wait: Duration) -> OpenOptions {
    OpenOptions {
        lock_wait,
        analyzer: std::sync::Arc::new(crate::extract::Chinese),
    }
}

/// Opens the store, loading the bundled seeds into a new one. A database
/// seeded by an older build whose bundled seeds differ from this build's is
/// brought up to date (the seed documents are replaced in one write).
pub fn open_store(
    path: &std::path::Path,
    seeds: bool,
    lock_wait: Duration,
) -> Result<Store, Error> {
    // A query's transients (a grouping's member names, a join's rows)
    // are given back 50 ms after they are freed rather than after a
    // second: the 10M benchmark's query process held 112–114 MB after
    // its join, 102–103 so; it costs a 1M query process 2–5% of its CPU
    // (three alternated pairs, round 53).
    crate::return_freed_memory_promptly();
    let (store, created) = match crate::args::etcd_at(path)? {
        Some(at) => open_etcd(&at, lock_wait, seeds)?,
        None => open_dir(path, lock_wait)?,
    };
    for n in store.open_notices() {
        crate::errln!("warning: {n}");
    }
    seed(store, created, seeds)
}

/// Opens a knowledge base on an etcd cluster (a new one is seeded by the
/// caller, as a directory is). Making one is said whatever the command,
/// unlike for a directory: a prefix is seen nowhere, and a mistyped one
/// gives a teammate a private knowledge base that answers like the shared
/// one until their loads land in it.
#[cfg(feature = "etcd")]
fn open_etcd(
    at: &crate::args::EtcdAt,
    lock_wait: Duration,
    seeds: bool,
) -> Result<(Store, bool), Error> {
    let kv = connect_etcd(at, lock_wait)?;
    let others =
        (!kv.holds_a_knowledge_base()).then(|| knowledge_bases_on(&kv, "it held no other"));
    let label = kv.label().to_string();
    let (store, created) = Store::from_kv(Box::new(kv), &label, open_options(lock_wait).analyzer)?;
    if created {
        crate::errln!(
            "note: created a new database at {label} ({}): the cluster held none under the \
             prefix '{}'{}",
            if seeds {
                "with the bundled seeds"
            } else {
                "empty"
            },
            at.prefix,
            others.unwrap_or_default()
        );
    }
    Ok((store, created))
}

#[cfg(feature = "etcd")]
fn connect_etcd(
    at: &crate::args::EtcdAt,
    lock_wait: Duration,
) -> Result<seedkb_etcd::EtcdKv, Error> {
    Ok(seedkb_etcd::EtcdKv::connect(&seedkb_etcd::Config {
        endpoints: at.endpoints.clone(),
        prefix: at.prefix.clone(),
        lock_wait,
    })?)
}

/// ` (it holds team-kb, other)`, or with `none` when it holds none: for a
/// message on a prefix holding nothing, most often a mistyped one. Empty
/// when the list cannot be read (the message is about the prefix).
#[cfg(feature = "etcd")]
fn knowledge_bases_on(kv: &seedkb_etcd::EtcdKv, none: &str) -> String {
    match kv.knowledge_bases() {
        Ok(names) if names.is_empty() => format!(" ({none})"),
        Ok(names) => format!(" (it holds {})", names.join(", ")),
        Err(_) => String::new(),
    }
}

/// For `--no-create` on a cluster, before anything is written: `None` when
/// a knowledge base is committed under the prefix, else what the cluster
/// holds (as [`knowledge_bases_on`] says it).
#[cfg(feature = "etcd")]
pub fn missing_on_cluster(
    at: &crate::args::EtcdAt,
    lock_wait: Duration,
) -> Result<Option<String>, Error> {
    let kv = connect_etcd(at, lock_wait)?;
    Ok((!kv.holds_a_knowledge_base()).then(|| knowledge_bases_on(&kv, "it holds none")))
}

#[cfg(not(feature = "etcd"))]
pub fn missing_on_cluster(
    at: &crate::args::EtcdAt,
    lock_wait: Duration,
) -> Result<Option<String>, Error> {
    open_etcd(at, lock_wait, false).map(|_| None)
}

#[cfg(not(feature = "etcd"))]
fn open_etcd(
    at: &crate::args::EtcdAt,
    _lock_wait: Duration,
    _seeds: bool,
) -> Result<(Store, bool), Error> {
    Err(Error::Usage(format!(
        "--db etcd://{}/{}: this seedkb was built without etcd support; build it with \
         `cargo build --release --features etcd`",
        at.endpoints.join(","),
        at.prefix
    )))
}

fn open_dir(path: &std::path::Path, lock_wait: Duration) -> Result<(Store, bool), Error> {
    // Try at once; only when another process holds the database say that
    // we wait, so a user (or a script's log) knows why nothing happens.
    Ok(match Store::open(path, &open_options(Duration::ZERO)) {
        Err(Error::Locked(_)) if !lock_wait.is_zero() => {
            crate::errln!(
                "seedkb: {} is in use by another process; waiting up to {:.1}s for it",
                path.display(),
                lock_wait.as_secs_f64()
            );
            Store::open(path, &open_options(lock_wait)).map_err(way_out_of_a_lock)?
        }
        other => other.map_err(way_out_of_a_lock)?,
    })
}

/// A held database is met on day one (the shell open in one window, a
/// script in another): say what holds it and how both can run.
fn way_out_of_a_lock(e: Error) -> Error {
    match e {
        Error::Locked(m) => Error::Locked(format!(
            "{m}\n  = help: a seedkb shell or load holds it; close that, or start \
             `seedkb serve` on the database instead of the shell: while a server \
             holds it, `seedkb -e`, scripts and the shell all go through it"
        )),
        e => e,
    }
}

/// Loads the bundled seeds into a new store, or brings an old seeding up
/// to date.
fn seed(store: Store, created: bool, seeds: bool) -> Result<Store, Error> {
    let fingerprint = crate::seeds::bundled_fingerprint().to_be_bytes();
    if created {
        let docs = if seeds {
            crate::seeds::bundled()?
        } else {
            Vec::new()
        };
        store.initialize(&docs, seeds.then_some(&fingerprint[..]))?;
    } else if let Some(old) = store.seed_fingerprint()? {
        if old != fingerprint {
            store.initialize(&crate::seeds::bundled()?, Some(&fingerprint[..]))?;
        }
    }
    Ok(store)
}

thread_local! {
    /// Where the last panic on this thread happened, for the report.
    static PANIC_AT: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Replaces the default panic report ("thread 'main' panicked at ...",
/// with a backtrace under RUST_BACKTRACE) by nothing: panics are caught
/// where they can be (the storage engine on a damaged database, one query)
/// and reported as errors. `SEEDKB_PANIC_TRACE=1` keeps the default report
/// for debugging.
pub fn quiet_panics() {
    if std::env::var_os("SEEDKB_PANIC_TRACE").is_some() {
        return;
    }
    std::panic::set_hook(Box::new(|info| {
        let at = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_default();
        PANIC_AT.with(|p| *p.borrow_mut() = Some(at));
    }));
}

/// Runs `f`; a panic becomes an internal error naming where it happened.
pub fn catch_internal<T>(f: impl FnOnce() -> Result<T, Error>) -> Result<T, Error> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).unwrap_or_else(|payload| {
        let at = PANIC_AT
            .with(|p| p.borrow_mut().take())
            .filter(|a| !a.is_empty())
            .map(|a| format!(" at {a}"))
            .unwrap_or_default();
        Err(Error::Internal(format!(
            "{}{at}",
            crate::util::panic_message(payload.as_ref())
        )))
    })
}

/// Colour is for terminals, and not for people who said NO_COLOR.
pub fn color_allowed() -> bool {
    crate::console::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        && crate::console::var_os("TERM").is_none_or(|t| t != "dumb")
}

/// How answers and errors are printed.
#[derive(Clone, Copy, Debug)]
pub struct Printer {
    pub format: Format,
    pub style: Style,
    /// Colour in error reports (standard error is a terminal).
    pub diag_color: bool,
    /// Print how long each query took (`.timer on`).
    pub timer: bool,
}

impl Printer {
    /// Runs one query; prints the answer on stdout or the error on stderr.
    /// Returns whether it answered. A storage error (the next query would
    /// fail the same way) and a closed or failed output are returned for
    /// the caller to stop on, unprinted: `main` reports them.
    pub fn run(&self, store: &Store, text: &str, origin: &Origin) -> Result<bool, Error> {
        Ok(self.run_rows(store, text, origin)?.is_some())
    }

    /// [`Self::run`], answering the number of rows printed (`None`: the
    /// query failed, its error printed).
    pub fn run_rows(
        &self,
        store: &Store,
        text: &str,
        origin: &Origin,
    ) -> Result<Option<usize>, Error> {
        let started = std::time::Instant::now();
        // Members are named as they are written (`output::Namer`).
        let result = catch_internal(|| crate::query::run_unnamed(store, text));
        let took = started.elapsed();
        match result {
            Ok(rs) => {
                if let Some(note) = prefix_note(store, text) {
                    crate::errln!("{}{note}", note_place(origin));
                }
                if self.format != Format::Table {
                    notes_to_stderr(&rs, origin);
                }
                let mut style = self.style;
                if style.terminal {
                    style.width = output::terminal_width();
                    style.bars = crate::query::parse(text).is_ok_and(|q| output::grouped(&q));
                }
                let stdout = crate::console::stdout();
                let mut out = stdout.lock();
                let namer = output::Namer(Some(store));
                let written =
                    output::write(&mut out, &rs, namer, self.format, style).and_then(|_| {
                        if self.timer {
                            let t = format!("time: {:.3} ms", took.as_secs_f64() * 1000.0);
                            if style.color {
                                writeln!(out, "\x1b[2m{t}\x1b[0m")
                            } else {
                                writeln!(out, "{t}")
                            }
                        } else {
                            Ok(())
                        }
                    });
                if let Err(e) = written {
                    let e = output::naming_failure(e)?;
                    return Err(output_failure(e));
                }
                Ok(Some(rs.rows.len()))
            }
            Err(e) if is_fatal(&e) => Err(e),
            Err(e) => {
                let e = command_not_query(e, text);
                crate::errln!(
                    "{}",
                    diag::render_styled(&e, Some(text), error_origin(&e, origin), self.diag_color)
                );
                Ok(None)
            }
        }
    }
}

/// What a plain table script writes on standard output for a query that
/// failed, among several answers: its place, where standard error names it.
fn failed_line(origin: &Origin) -> String {
    match source_of(origin) {
        s if s.is_empty() => "error".to_string(),
        s => format!("error ({s})"),
    }
}

/// The words of the seedkb program's own commands (`seedkb load FILE`),
/// which a new user types at the shell's prompt or into a script.
const PROGRAM_COMMANDS: &[&str] = &[
    "load", "dump", "check", "compact", "serve", "test", "generate", "run",
];

/// A query that failed and begins with one of [`PROGRAM_COMMANDS`]: its
/// help says where that command runs, in place of the parser's guess (for
/// `load FILE`: "expected 'where', 'by', …", `load` taken for a kind).
fn command_not_query(e: Error, text: &str) -> Error {
    let Error::Query(mut q) = e else {
        return e;
    };
    let first = text.split_whitespace().next().unwrap_or("");
    let Some(word) = PROGRAM_COMMANDS
        .iter()
        .find(|w| first.eq_ignore_ascii_case(w))
    else {
        return Error::Query(q);
    };
    q.help = Some(format!(
        "`{word}` is a command of the seedkb program, not a query: run `seedkb {word} …` \
         in a system shell (a seedkb shell holds the database: leave it with Ctrl-D \
         first, or start `seedkb serve` and run it from another terminal)"
    ));
    q.suggestion = None;
    Error::Query(q)
}

/// An answer's notes (an attribute the kind lacks, values a sum left
/// out) where JSON, JSONL, CSV and TSV put them: on standard error, as
/// `show`'s prefix note, so that standard output stays what a parser
/// reads and a script still sees why `[]` is empty. A table has them in
/// its footer instead. Each names its query's place as errors do
/// (`stdin:2: note: …`), lest a log of several be read as the wrong one's.
fn notes_to_stderr(rs: &crate::query::result::ResultSet, origin: &Origin) {
    let place = note_place(origin);
    for n in &rs.notes {
        crate::errln!("{place}note: {n}");
    }
}

/// The place a note on standard error names: `stdin:2: `, `-e #1: `,
/// nothing for the shell's own line.
fn note_place(origin: &Origin) -> String {
    match source_of(origin) {
        s if s.is_empty() => s,
        s => format!("{s}: "),
    }
}

/// `show NAME` finds an entity by a unique prefix or the sound of its
/// name too; say so ([`crate::query::shown_name_note`], as the web's
/// pages and API do), lest the answer be taken for NAME's.
fn prefix_note(store: &Store, text: &str) -> Option<String> {
    crate::query::shown_name_note(store, text).map(|n| format!("note: {n}"))
}

/// Longest input line kept in memory: a query is at most MAX_QUERY_LEN
/// bytes, and a line far beyond that (a binary file piped in by mistake)
/// is skipped without being held whole.
const LINE_CAP: usize = crate::query::parse::MAX_QUERY_LEN + 2;

/// Reads one line (through its `\n`) into `buf`, keeping at most `cap`
/// bytes of it. Returns the full length of the line, 0 at the end.
fn read_line_capped(
    input: &mut impl BufRead,
    buf: &mut Vec<u8>,
    cap: usize,
) -> std::io::Result<usize> {
    let mut total = 0;
    loop {
        let chunk = match input.fill_buf() {
            Ok(c) => c,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            return Ok(total);
        }
        let (used, done) = match chunk.iter().position(|&b| b == b'\n') {
            Some(i) => (i + 1, true),
            None => (chunk.len(), false),
        };
        let room = cap.saturating_sub(buf.len());
        buf.extend_from_slice(&chunk[..used.min(room)]);
        total += used;
        input.consume(used);
        if done {
            return Ok(total);
        }
    }
}

/// One entry of a script: a query or dot-command with where it came from,
/// or a line that could not be read.
#[derive(Debug)]
pub enum Item {
    Text {
        text: String,
        origin: Origin,
    },
    /// A line that is not a query (not UTF-8, too long ...); `fatal` when
    /// the input cannot go on after it.
    Bad {
        message: String,
        origin: Origin,
        fatal: bool,
        /// The query's text so far, when there is one (an unfinished one).
        text: Option<String>,
    },
}

/// The name of a dot-command that answers with rows (and so counts as a
/// query for envelopes), or None for a setting.
fn answering_dot(text: &str) -> bool {
    let name = text.trim().trim_start_matches('.');
    let name = name.split_whitespace().next().unwrap_or("");
    matches!(
        name.to_ascii_lowercase().as_str(),
        "kinds" | "tables" | "attrs" | "attributes" | "schema" | "sources"
    )
}

/// A dot-command in a script: a line starting with `.`.
/// The dot-command a line holds, if any: `.CMD`, or a word other shells
/// take for one (`help`, `exit`, `quit`, `\q`), read in a script as the
/// shell reads it rather than as a kind no store has.
fn dot_of(text: &str) -> Option<&str> {
    let t = text.trim();
    match t
        .trim_end_matches([';', '；'])
        .to_ascii_lowercase()
        .as_str()
    {
        "help" => Some("help"),
        "exit" | "quit" | "\\q" => Some("quit"),
        _ => t.strip_prefix('.'),
    }
}

/// Reads queries one per line (blank lines and `#` comments skipped); a
/// line ending in `\` goes on on the next one. A line that is not UTF-8 is
/// an error for that line only; a query still unfinished when the input
/// ends is an error, never dropped. Each entry goes to `each`, which
/// returns false to stop; returns false when stopped.
pub fn read_items(
    label: &str,
    mut input: impl BufRead,
    each: &mut dyn FnMut(Item) -> bool,
) -> bool {
    let bad = |message: String, n: usize, fatal: bool| Item::Bad {
        message,
        origin: Origin::Line(label.to_string(), n),
        fatal,
        text: None,
    };
    let mut buf = Vec::new();
    let mut n = 0usize;
    // A query continued with `\`: the line it starts on, its text.
    let mut pending: Option<(usize, String)> = None;
    loop {
        buf.clear();
        let total = match read_line_capped(&mut input, &mut buf, LINE_CAP) {
            Ok(0) => break,
            Ok(t) => t,
            Err(e) => {
                each(bad(e.to_string(), n + 1, true));
                return false;
            }
        };
        n += 1;
        if total > LINE_CAP {
            let msg = format!(
                "the line is {total} bytes long; a query is at most {} bytes; line skipped",
                crate::query::parse::MAX_QUERY_LEN
            );
            if !each(bad(msg, n, false)) {
                return false;
            }
            continue;
        }
        while matches!(buf.last(), Some(b'\n' | b'\r')) {
            buf.pop();
        }
        let wrong = match std::str::from_utf8(&buf) {
            Err(e) => Some(format!(
                "not valid UTF-8 (byte {} of the line); line skipped",
                e.valid_up_to() + 1
            )),
            Ok(s) if s.contains('\0') => {
                Some("the line contains a NUL byte; line skipped".to_string())
            }
            Ok(_) => None,
        };
        if let Some(msg) = wrong {
            let msg = match pending.take() {
                Some((start, _)) => format!("{msg}, with the query begun on line {start}"),
                None => msg,
            };
            if !each(bad(msg, n, false)) {
                return false;
            }
            continue;
        }
        let line = std::str::from_utf8(&buf).unwrap_or_default();
        // A byte-order mark some editors put at the start of a file: on
        // any line, since files are piped in one after another (`cat a.txt
        // b.txt | seedkb`), and the mark is invisible where it stands.
        let line = line.strip_prefix('\u{feff}').unwrap_or(line);
        let (start, text) = match pending.take() {
            Some((start, mut text)) => {
                text.push('\n');
                text.push_str(line);
                (start, text)
            }
            None => {
                let trimmed = line.trim();
                if trimmed.is_empty() || trimmed.starts_with('#') {
                    continue;
                }
                (n, line.to_string())
            }
        };
        // A dot-command is one line, as in sqlite3.
        if dot_of(&text).is_none() && crate::query::lex::continues(&text) {
            pending = Some((start, text));
            continue;
        }
        let item = Item::Text {
            text,
            origin: Origin::Line(label.to_string(), start),
        };
        if !each(item) {
            return false;
        }
    }
    if let Some((start, text)) = pending {
        each(Item::Bad {
            message: format!(
                "unfinished query: line {n} ends in \\ but the input ends there \
                 (remove the \\ or add the rest of the query)"
            ),
            origin: Origin::Line(label.to_string(), start),
            fatal: true,
            text: Some(text),
        });
        return false;
    }
    true
}

/// For each entry of a script, whether its answer goes into an envelope
/// (`--envelope auto`): when more than one answers in its format. A
/// `.format` line begins another part of the script, whose answers are
/// in envelopes only if it has several: a CSV query, then `.format json`
/// and a JSON query, print a plain CSV table and a plain JSON array, each
/// as its own format has it alone.
fn auto_envelopes(items: &[Item]) -> Vec<bool> {
    let answers = |i: &Item| match i {
        Item::Text { text, .. } => dot_of(text).is_none() || answering_dot(text),
        Item::Bad { .. } => true,
    };
    let sets_format = |i: &Item| match i {
        Item::Text { text, .. } => dot_of(text).is_some_and(|cmd| {
            cmd.split_whitespace()
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("format"))
        }),
        Item::Bad { .. } => false,
    };
    let mut out = vec![false; items.len()];
    let mut start = 0;
    for end in (0..items.len())
        .filter(|&i| sets_format(&items[i]))
        .chain([items.len()])
    {
        let part = start..end;
        let several = items[part.clone()].iter().filter(|i| answers(i)).count() > 1;
        out[part].fill(several);
        start = end;
    }
    out
}

/// Runs queries and prints their results; counts failures for the exit code.
pub struct Session {
    pub store: std::sync::Arc<Store>,
    pub printer: Printer,
    pub bail: bool,
    pub failures: usize,
    /// Answers go into envelopes (json, jsonl, csv, tsv).
    pub envelope: bool,
    /// The envelopes being written, with the format they were begun in.
    pub(crate) envelopes: Option<crate::output::envelope::Envelopes>,
    /// What stopped the script (a storage error, a closed output): the
    /// caller returns it instead of an exit code.
    pub(crate) fatal: Option<Error>,
    /// The locks of a server this session runs in (see [`Sharing`]).
    pub sharing: Option<std::sync::Arc<dyn Sharing>>,
    /// The answers of a script written as plain tables so far.
    pub blocks: Blocks,
}

/// Plain tables (a script's answers on a pipe or in a file) one after
/// another: a reader must tell where one ends and which query gave it, as
/// a golden file is read. From the second answer on, each is set off by a
/// blank line, and an answer with no rows or a failed query is a line of
/// its own (`no rows`, `error (stdin:2)`) instead of nothing. A lone
/// answer stays as it was: nothing for no rows, as a program expects.
#[derive(Debug, Default)]
pub struct Blocks {
    /// Answers written.
    written: usize,
    /// The line the first answer stands for when it printed nothing:
    /// written once a second answer shows the script has several.
    first_blank: Option<String>,
}

impl Blocks {
    /// Before an answer: the first answer's line if it printed nothing,
    /// then the blank line that sets this one off.
    fn before(&mut self) -> String {
        let mut out = String::new();
        if let Some(line) = self.first_blank.take() {
            out.push_str(&line);
            out.push('\n');
        }
        if self.written > 0 {
            out.push('\n');
        }
        out
    }

    /// After an answer that printed nothing (`line` says why): its line
    /// now, or, for the first, once a second one comes.
    fn blank(&mut self, line: String) -> String {
        self.written += 1;
        if self.written == 1 {
            self.first_blank = Some(line);
            String::new()
        } else {
            format!("{line}\n")
        }
    }

    fn printed(&mut self) {
        self.written += 1;
    }
}

/// How work shares the store with the rest of a process that serves it
/// (`seedkb serve` running a client's command): each guard is held while
/// it lives. A process that holds the database alone has none.
pub trait Sharing: Send + Sync {
    /// Reading: no load commits meanwhile.
    fn reading(&self) -> Box<dyn std::any::Any>;
    /// A load's turn: no other load prepares or commits meanwhile.
    fn load_turn(&self) -> Box<dyn std::any::Any>;
    /// A load's commit: nobody reads meanwhile.
    fn committing(&self) -> Box<dyn std::any::Any>;
}

impl Session {
    /// The exit code of what ran: 1 when a query failed; the error that
    /// stopped it, if one did.
    pub fn outcome(&mut self) -> Result<i32, Error> {
        match self.fatal.take() {
            Some(e) => Err(e),
            None => Ok(i32::from(self.failures > 0)),
        }
    }

    /// Records what a write to standard output did: a closed pipe stops
    /// the script quietly, another failure stops it with an output error.
    fn wrote(&mut self, r: std::io::Result<()>) {
        if let Err(e) = written(r) {
            self.fatal.get_or_insert(e);
        }
    }

    /// Runs the entries of a script; with `auto`, in envelopes when more
    /// than one answers.
    pub fn run_items(&mut self, items: Vec<Item>, mode: EnvelopeMode) {
        let enveloped = (mode == EnvelopeMode::Auto).then(|| auto_envelopes(&items));
        for (i, item) in items.into_iter().enumerate() {
            if let Some(e) = &enveloped {
                self.envelope = e[i];
            }
            if !self.run_item(item) {
                break;
            }
        }
        self.finish();
    }

    /// Reads and runs queries as they come (see [`read_items`]). Returns
    /// false when --bail, `.quit` or the input stopped it.
    pub fn run_lines(&mut self, label: &str, input: impl BufRead) -> bool {
        read_items(label, input, &mut |item| self.run_item(item))
    }

    /// Runs one entry; returns false when the script should stop.
    pub fn run_item(&mut self, item: Item) -> bool {
        if self.fatal.is_some() {
            return false;
        }
        let _reading = self.sharing.as_ref().map(|s| s.reading());
        // On a cluster, another process may have loaded since the last
        // query: answer from the latest committed state.
        if let Err(e) = self.store.sync() {
            self.fatal = Some(e);
            return false;
        }
        let go_on = match item {
            Item::Bad {
                message,
                origin,
                fatal,
                text,
            } => {
                self.input_error(&message, &origin, text.as_deref());
                !fatal && !self.bail
            }
            Item::Text { text, origin } => match dot_of(&text) {
                Some(cmd) => self.run_dot(&text, cmd, &origin),
                None => self.run_one(&text, &origin) || !self.bail,
            },
        };
        go_on && self.fatal.is_none()
    }

    /// A dot-command in a script: settings change quietly (as in sqlite3),
    /// answers print like a query's.
    fn run_dot(&mut self, line: &str, cmd: &str, origin: &Origin) -> bool {
        match crate::dot::dot_command(&self.store, &mut self.printer, cmd) {
            Dot::Said(_) => true,
            Dot::Text(t) => {
                if self.enveloped() {
                    // Not an answer: kept out of the envelopes.
                    crate::errln!("{t}");
                } else {
                    if self.plain_tables() {
                        let before = self.blocks.before();
                        self.print_now(&before);
                        self.blocks.printed();
                    }
                    crate::outln!("{t}");
                }
                true
            }
            Dot::Query(q) => self.answer(line.trim(), &q, origin) || !self.bail,
            Dot::Rows(rs) => {
                self.print_rows(line.trim(), &rs, origin);
                true
            }
            Dot::Failed(m) => {
                self.input_error(&m, origin, None);
                !self.bail
            }
            Dot::Quit => false,
        }
    }

    /// Runs one query (a `\` ending a line joins it to the next); prints
    /// the result or the error. Returns success.
    pub fn run_one(&mut self, text: &str, origin: &Origin) -> bool {
        let text = crate::query::lex::join_continuations(text);
        self.answer(&text, &text, origin)
    }

    /// Whether this answer goes into an envelope, opening (or, after a
    /// `.format`, reopening) them.
    fn enveloped(&mut self) -> bool {
        let format = self.printer.format;
        if !self.envelope || format == Format::Table {
            self.finish();
            return false;
        }
        if self.envelopes.as_ref().map(|e| e.format()) != Some(format) {
            self.finish();
            self.envelopes = Some(crate::output::envelope::Envelopes::new(format));
        }
        true
    }

    /// Closes the envelopes written so far (the JSON array).
    pub fn finish(&mut self) {
        if let Some(mut e) = self.envelopes.take() {
            let stdout = crate::console::stdout();
            let mut out = stdout.lock();
            let r = e.finish(&mut out).and_then(|_| out.flush());
            self.wrote(r);
        }
    }

    /// Runs `text`; shows it as `shown` (a dot-command's own line) in an
    /// envelope.
    fn answer(&mut self, shown: &str, text: &str, origin: &Origin) -> bool {
        if !self.enveloped() {
            let plain = self.plain_tables();
            if plain {
                let before = self.blocks.before();
                self.print_now(&before);
            }
            return match self.printer.run_rows(&self.store, text, origin) {
                Ok(Some(rows)) => {
                    if !plain {
                    } else if rows == 0 {
                        let line = self.blocks.blank("no rows".into());
                        self.print_now(&line);
                    } else {
                        self.blocks.printed();
                    }
                    true
                }
                Ok(None) => {
                    if plain {
                        let line = self.blocks.blank(failed_line(origin));
                        self.print_now(&line);
                    }
                    self.failures += 1;
                    false
                }
                Err(e) => {
                    self.fatal = Some(e);
                    false
                }
            };
        }
        let source = source_of(origin);
        let result = catch_internal(|| crate::query::run(&self.store, text));
        let stdout = crate::console::stdout();
        let mut out = stdout.lock();
        let env = self.envelopes.as_mut().expect("opened by enveloped()");
        match result {
            Ok(rs) => {
                if let Some(note) = prefix_note(&self.store, text) {
                    crate::errln!("{}{note}", note_place(origin));
                }
                notes_to_stderr(&rs, origin);
                let r = env.answer(&mut out, shown, &source, &rs);
                self.wrote(r);
                true
            }
            Err(e) => {
                let e = command_not_query(e, text);
                let (at, line, column) = diag::locate(&e, Some(text), origin);
                let (help, suggestion) = match &e {
                    // One rule for every kind: the guess is the suggestion.
                    Error::Query(q) => q.help_and_suggestion(),
                    _ => (None, None),
                };
                let message = match &e {
                    Error::Query(q) => q.message.clone(),
                    other => other.to_string(),
                };
                let failure = crate::output::envelope::Failure {
                    message,
                    at,
                    help,
                    suggestion,
                    line,
                    column,
                    exit_code: e.exit_code(),
                };
                let r = env.failure(&mut out, Some(shown), &source, &failure);
                self.wrote(r);
                self.failures += 1;
                if is_fatal(&e) {
                    // Recorded in its envelope; `main` reports it and exits.
                    self.finish();
                    self.fatal = Some(e);
                    return false;
                }
                crate::errln!(
                    "{}",
                    diag::render_styled(
                        &e,
                        Some(text),
                        error_origin(&e, origin),
                        self.printer.diag_color
                    )
                );
                false
            }
        }
    }

    /// Whether answers go to standard output as plain tables, one after
    /// another (see [`Blocks`]).
    fn plain_tables(&self) -> bool {
        self.printer.format == Format::Table && !self.printer.style.terminal
    }

    /// Text between answers, written at once (before the answer's own
    /// writer takes standard output).
    fn print_now(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        let stdout = crate::console::stdout();
        let mut out = stdout.lock();
        let r = out.write_all(text.as_bytes()).and_then(|_| out.flush());
        self.wrote(r);
    }

    /// Rows a dot-command answered with.
    fn print_rows(&mut self, shown: &str, rs: &crate::query::result::ResultSet, origin: &Origin) {
        let stdout = crate::console::stdout();
        if self.plain_tables() {
            // No rows print nothing: their line may go first.
            let mut text = self.blocks.before();
            if rs.rows.is_empty() {
                text.push_str(&self.blocks.blank("no rows".into()));
            } else {
                self.blocks.printed();
            }
            self.print_now(&text);
        }
        if self.enveloped() {
            let source = source_of(origin);
            let env = self.envelopes.as_mut().expect("opened by enveloped()");
            let r = env.answer(&mut stdout.lock(), shown, &source, rs);
            self.wrote(r);
        } else {
            let mut style = self.printer.style;
            if style.terminal {
                style.width = output::terminal_width();
            }
            let r = output::write(
                &mut stdout.lock(),
                rs,
                output::Namer::default(),
                self.printer.format,
                style,
            );
            self.wrote(r);
        }
    }

    /// A line that is no query, or a dot-command's mistake; `query` is
    /// the text of an unfinished query, for its envelope.
    fn input_error(&mut self, message: &str, origin: &Origin, query: Option<&str>) {
        crate::errln!(
            "{}",
            diag::render_at(message, origin, self.printer.diag_color)
        );
        self.failures += 1;
        if self.plain_tables() {
            let mut text = self.blocks.before();
            text.push_str(&self.blocks.blank(failed_line(origin)));
            self.print_now(&text);
        }
        if self.enveloped() {
            let (at, line, _) = diag::locate(&Error::Input(message.into()), None, origin);
            let failure = crate::output::envelope::Failure {
                message: message.to_string(),
                at,
                help: None,
                suggestion: None,
                line,
                column: None,
                exit_code: 1,
            };
            let source = source_of(origin);
            let stdout = crate::console::stdout();
            let env = self.envelopes.as_mut().expect("opened by enveloped()");
            let r = env.failure(&mut stdout.lock(), query, &source, &failure);
            self.wrote(r);
        }
    }
}

/// Where an error report says it happened: a damaged or locked database
/// is not the fault of the query's place in the input.
fn error_origin<'o>(e: &Error, origin: &'o Origin) -> &'o Origin {
    const NOWHERE: &Origin = &Origin::Inline;
    if matches!(e, Error::Storage(_) | Error::Locked(_)) {
        NOWHERE
    } else {
        origin
    }
}

/// Where an entry came from, as envelopes name it: `stdin:4`, `-e #2`.
fn source_of(origin: &Origin) -> String {
    match origin {
        Origin::Line(src, _) if src.starts_with("-e #") => src.clone(),
        Origin::Line(src, n) => format!("{src}:{n}"),
        Origin::Inline => String::new(),
    }
}

/// Errors after which no query can go on: the database failed, the reader
/// of our output went away, or our output failed.
fn is_fatal(e: &Error) -> bool {
    matches!(
        e,
        Error::Storage(_) | Error::Locked(_) | Error::BrokenPipe | Error::Output(_)
    )
}

/// A write to standard output: a closed pipe stops quietly; any other
/// failure (a full disk) stops with exit 74, since every later answer
/// would be lost the same way.
fn written(r: std::io::Result<()>) -> Result<(), Error> {
    r.map_err(output_failure)
}

fn output_failure(e: std::io::Error) -> Error {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        Error::BrokenPipe
    } else {
        Error::Output(format!("writing the result: {e}"))
    }
}

#[cfg(test)]
mod tests {
    /// Without the `etcd` feature, a cluster URL is a usage error saying
    /// how to get a binary that speaks etcd, not a directory named
    /// `etcd:`.
    #[cfg(not(feature = "etcd"))]
    #[test]
    fn a_cluster_url_without_the_feature_says_how_to_build_one() {
        let cwd = std::env::current_dir().unwrap();
        let e = match super::open_store(
            std::path::Path::new("etcd://127.0.0.1:1/kb"),
            false,
            std::time::Duration::ZERO,
        ) {
            Err(e) => e,
            Ok(_) => panic!("opened a cluster URL without the etcd feature"),
        };
        assert!(matches!(e, crate::error::Error::Usage(_)), "{e}");
        assert!(e.to_string().contains("--features etcd"), "{e}");
        assert!(!cwd.join("etcd:").exists());
    }
}
