//! The command line: options, subcommands, and the three ways queries
//! arrive (REPL, stdin, -e). `main.rs` only calls [`main`].

use crate::error::Error;
use crate::output::diag::{self, Origin};
use crate::output::{self, Format, Style};
use crate::store::{OpenOptions, Store};
use clap::{Parser, Subcommand};
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::time::Duration;

#[derive(Parser, Debug)]
#[command(
    name = "seedkb",
    version,
    about = "An embedded knowledge base of traceable facts from Chinese news documents",
    long_about = "An embedded knowledge base of traceable facts from Chinese news documents.\n\n\
        With no command: on a terminal, opens the REPL (Tab completes, .help explains; history in \
        the per-user data directory, or the file SEEDKB_HISTORY names); otherwise reads one query \
        per line from standard input (a line ending in \\ goes on on the next).\n\nExit codes: 0 ok, 1 query or input error, 2 usage error, 3 storage error.",
    after_help = "Examples:\n  seedkb -e 'funding by source'\n  echo 'funding where amount > 1亿元' | seedkb --format json\n  seedkb -e 'show 义县' --format csv"
)]
pub struct Cli {
    /// Database directory [default: the per-user data directory]
    #[arg(long, env = "SEEDKB_DB", global = true)]
    pub db: Option<PathBuf>,
    /// Create a new database empty instead of with the bundled seeds
    #[arg(long, global = true)]
    pub no_seeds: bool,
    /// Run a query and exit (repeatable)
    #[arg(short = 'e', long = "execute", value_name = "QUERY")]
    pub execute: Vec<String>,
    /// Output format
    #[arg(short, long, value_enum, global = true)]
    pub format: Option<Format>,
    /// Stop at the first failing query
    #[arg(long)]
    pub bail: bool,
    /// Seconds to wait for another process's lock on the database
    #[arg(long, default_value_t = 5.0, global = true)]
    pub lock_wait: f64,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Write every fact as JSON lines (subject, attribute, value, unit, bound, text, doc, quote)
    Dump,
    /// Load fact files (.facts.toml), dumps (.jsonl) or text documents (.txt, facts extracted), all or nothing
    Load {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Verify the store: indexes agree with the facts, quotes are in their
    /// documents, names and ids resolve, the schema version. Exit 3 when
    /// anything is wrong.
    Check {
        /// Rebuild the derived indexes (aevt, avet, vaet, names, doc_index)
        /// from the facts and entities, in one atomic write
        #[arg(long)]
        repair: bool,
    },
    /// Run queries from files, one per line, like piped input
    Run {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Check answers pinned in sqllogictest files (.slt) against the database
    ///
    /// Every record runs (the database is only read); each failure prints a
    /// diff with its file:line, the last line says how many passed and
    /// failed, and the exit code is 1 when any failed.
    #[command(
        after_help = "A record looks like this (see tests/golden/ for more):\n\n  \
        query TI\n  count funding by recipient limit 1\n  ----\n  义县 3\n\n\
        Letters after `query`: T text/name, I whole number, Q quantity, D date, ? mixed.\n\
        `query error REGEX` expects the query to fail with a matching message."
    )]
    Test {
        #[arg(required = true, value_name = "FILE.slt")]
        files: Vec<PathBuf>,
    },
    /// Serve the database over HTTP: pages, a JSON API, loads with a token
    Serve(crate::serve::ServeArgs),
    /// Write a synthetic dataset in the dump format (for benchmarks); does not open a database
    Generate {
        /// How many facts (at least; it stops at the end of a record)
        #[arg(long, default_value_t = 10_000)]
        facts: u64,
        /// Seed of the random numbers: the same seed gives the same bytes
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Write here instead of standard output
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

/// Where the database lives when no --db is given.
pub fn default_db_path() -> PathBuf {
    dirs::data_dir()
        .unwrap_or_else(std::env::temp_dir)
        .join("seedkb")
        .join("db")
}

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
    let (store, created) = Store::open(path, &open_options(lock_wait))?;
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
fn quiet_panics() {
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

pub fn main() -> i32 {
    quiet_panics();
    match catch_internal(main_inner) {
        Ok(code) => code,
        Err(Error::BrokenPipe) => 0,
        Err(e) => {
            eprintln!("{}", diag::render(&e, None, &Origin::Inline));
            e.exit_code()
        }
    }
}

/// Colour is for terminals, and not for people who said NO_COLOR.
pub fn color_allowed() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        && std::env::var("TERM").map_or(true, |t| t != "dumb")
}

fn main_inner() -> Result<i32, Error> {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return Ok(code);
        }
    };
    run(cli)
}

fn run(cli: Cli) -> Result<i32, Error> {
    if !(0.0..=3600.0).contains(&cli.lock_wait) {
        return Err(Error::Usage(
            "--lock-wait takes seconds from 0 to 3600".into(),
        ));
    }
    if let Some(Command::Generate {
        facts,
        seed,
        output,
    }) = &cli.command
    {
        return generate(*facts, *seed, output.as_deref());
    }
    let path = cli.db.clone().unwrap_or_else(default_db_path);
    let lock_wait = Duration::from_secs_f64(cli.lock_wait);
    if matches!(cli.command, Some(Command::Check { .. })) && !path.exists() {
        return Err(Error::Storage(format!("no database at {}", path.display())));
    }
    if let Some(Command::Serve(args)) = &cli.command {
        return crate::serve::run(args, &path, !cli.no_seeds, lock_wait);
    }
    let stdout_tty = std::io::stdout().is_terminal();
    if let Some(Command::Test { files }) = &cli.command {
        let store = open_store(&path, !cli.no_seeds, lock_wait)?;
        let stdout = std::io::stdout();
        let mut out = stdout.lock();
        return crate::slt::run_files(&store, files, &mut out, stdout_tty && color_allowed())
            .map_err(|e| Error::Storage(format!("writing the report: {e}")));
    }
    let store = open_store(&path, !cli.no_seeds, lock_wait)?;
    let mut session = Session {
        store,
        printer: Printer {
            format: cli.format.unwrap_or(Format::Table),
            style: Style {
                terminal: stdout_tty,
                color: stdout_tty && color_allowed(),
                width: None,
                max_rows: output::DEFAULT_MAX_ROWS,
                bars: false,
            },
            diag_color: std::io::stderr().is_terminal() && color_allowed(),
            timer: false,
        },
        bail: cli.bail,
        failures: 0,
    };
    match cli.command {
        Some(Command::Dump) => {
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            crate::output::dump::write_dump(&session.store, &mut out)?;
            out.flush().map_err(crate::output::dump::io_err)?;
            Ok(0)
        }
        Some(Command::Load { files }) => {
            let store = &session.store;
            let known = crate::extract::Known::from_store(store)?;
            let mut docs = Vec::new();
            // Conflicts with the store, found with the file's lines.
            let stored = |n: &str| store.known(n);
            for f in &files {
                let file_docs = crate::extract::read_path(f, &known)?;
                crate::ingest::against_store::check(f, &file_docs, &stored)?;
                docs.extend(file_docs);
            }
            let r = store.load(&docs)?;
            let superseded = if r.superseded > 0 {
                format!(
                    "; {} extracted facts left out, curated facts say the same",
                    r.superseded
                )
            } else {
                String::new()
            };
            println!(
                "loaded {} document(s): {} new or replaced ({} entities, {} facts), {} unchanged{superseded}",
                docs.len(),
                r.documents_loaded,
                r.entities,
                r.facts,
                r.documents_unchanged
            );
            Ok(0)
        }
        Some(Command::Test { .. }) => Ok(0), // handled above
        Some(Command::Check { repair }) => check(&session.store, repair, &path),
        Some(Command::Generate { .. }) | Some(Command::Serve(_)) => Ok(0), // handled above
        Some(Command::Run { files }) => {
            for f in &files {
                let text =
                    std::fs::read(f).map_err(|e| Error::Input(format!("{}: {e}", f.display())))?;
                if !session.run_lines(&f.display().to_string(), &text[..]) {
                    break;
                }
            }
            Ok(session.exit_code())
        }
        None if !cli.execute.is_empty() => {
            for q in &cli.execute {
                if !session.run_one(q, &Origin::Inline) && session.bail {
                    break;
                }
            }
            Ok(session.exit_code())
        }
        None if std::io::stdin().is_terminal() => crate::repl::run(&mut session),
        None => {
            let stdin = std::io::stdin();
            session.run_lines("stdin", stdin.lock());
            Ok(session.exit_code())
        }
    }
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
    /// Returns success. A storage error ends the process: the next query
    /// would fail the same way.
    pub fn run(&self, store: &Store, text: &str, origin: &Origin) -> bool {
        let started = std::time::Instant::now();
        let result = catch_internal(|| crate::query::run(store, text));
        let took = started.elapsed();
        match result {
            Ok(rs) => {
                let mut style = self.style;
                if style.terminal {
                    style.width = output::terminal_width();
                    style.bars = crate::query::parse(text).is_ok_and(|q| output::grouped(&q));
                }
                let stdout = std::io::stdout();
                let mut out = stdout.lock();
                let written = output::write(&mut out, &rs, self.format, style).and_then(|_| {
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
                    if e.kind() == std::io::ErrorKind::BrokenPipe {
                        std::process::exit(0);
                    }
                    eprintln!("error: writing the result: {e}");
                    return false;
                }
                true
            }
            Err(e) => {
                eprintln!(
                    "{}",
                    diag::render_styled(&e, Some(text), origin, self.diag_color)
                );
                if matches!(e, Error::Storage(_) | Error::Locked(_)) {
                    std::process::exit(e.exit_code());
                }
                false
            }
        }
    }
}

/// `seedkb check [--repair]`: problems on standard output, one per line,
/// then a summary; exit 3 when anything is (still) wrong.
fn check(store: &Store, repair: bool, path: &std::path::Path) -> Result<i32, Error> {
    let print = |r: &crate::store::check::CheckReport| {
        for p in &r.problems {
            println!("{p}");
        }
        if r.problem_count > r.problems.len() {
            println!("... and {} more", r.problem_count - r.problems.len());
        }
    };
    let summary = |r: &crate::store::check::CheckReport| {
        format!(
            "{} document(s), {} entities, {} facts",
            r.documents, r.entities, r.facts
        )
    };
    let db = path.display();
    if !repair {
        let r = store.check()?;
        print(&r);
        if r.is_clean() {
            println!("{db}: ok: {}", summary(&r));
            return Ok(0);
        }
        println!(
            "{db}: {} problem(s) in {}; {} can be repaired with `seedkb check --repair`",
            r.problem_count,
            summary(&r),
            r.problem_count - r.unrepairable
        );
        return Ok(3);
    }
    let (before, after) = store.repair()?;
    print(&before);
    if before.is_clean() {
        println!("{db}: ok: {}; nothing to repair", summary(&before));
        return Ok(0);
    }
    println!(
        "{db}: repaired: {} write(s) to the derived indexes",
        before.repairs()
    );
    if after.is_clean() {
        println!("{db}: ok: {}", summary(&after));
        return Ok(0);
    }
    println!("still wrong after the repair:");
    print(&after);
    println!(
        "{db}: {} problem(s) left that --repair cannot fix: the facts or entity records \
         themselves are damaged; {}",
        after.problem_count,
        crate::store::kv::RESTORE
    );
    Ok(3)
}

fn generate(facts: u64, seed: u64, output: Option<&std::path::Path>) -> Result<i32, Error> {
    let label = output.map_or("standard output".to_string(), |p| p.display().to_string());
    let fail = |e: std::io::Error| Error::Input(format!("writing {label}: {e}"));
    let summary = match output {
        Some(p) => {
            let f = std::fs::File::create(p).map_err(fail)?;
            crate::synth::generate(facts, seed, &mut std::io::BufWriter::new(f)).map_err(fail)?
        }
        None => {
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            match crate::synth::generate(facts, seed, &mut out) {
                Ok(s) => s,
                // `seedkb generate | head` is fine.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return Ok(0),
                Err(e) => return Err(fail(e)),
            }
        }
    };
    eprintln!(
        "generated {} facts about {} entities in {} documents ({} lines) to {label}",
        summary.facts, summary.entities, summary.documents, summary.lines
    );
    Ok(0)
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

/// Runs queries and prints their results; counts failures for the exit code.
pub struct Session {
    pub store: Store,
    pub printer: Printer,
    pub bail: bool,
    pub failures: usize,
}

impl Session {
    pub fn exit_code(&self) -> i32 {
        if self.failures > 0 {
            1
        } else {
            0
        }
    }

    /// Runs one query (a `\` ending a line joins it to the next); prints
    /// the result or the error. Returns success.
    pub fn run_one(&mut self, text: &str, origin: &Origin) -> bool {
        let text = crate::repl::lex::join_continuations(text);
        let ok = self.printer.run(&self.store, &text, origin);
        if !ok {
            self.failures += 1;
        }
        ok
    }

    fn input_error(&mut self, message: &str, origin: &Origin) {
        eprintln!(
            "{}",
            diag::render_at(message, origin, self.printer.diag_color)
        );
        self.failures += 1;
    }

    /// Reads queries one per line (blank lines and `#` comments skipped);
    /// a line ending in `\` goes on on the next one. A line that is not
    /// UTF-8 is an error for that line only; a query still unfinished when
    /// the input ends is an error, never dropped. Returns false when
    /// --bail stopped it.
    pub fn run_lines(&mut self, label: &str, mut input: impl BufRead) -> bool {
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
                    self.input_error(&e.to_string(), &Origin::Line(label.to_string(), n + 1));
                    return false;
                }
            };
            n += 1;
            if total > LINE_CAP {
                let msg = format!(
                    "the line is {total} bytes long; a query is at most {} bytes; line skipped",
                    crate::query::parse::MAX_QUERY_LEN
                );
                self.input_error(&msg, &Origin::Line(label.to_string(), n));
                if self.bail {
                    return false;
                }
                continue;
            }
            while matches!(buf.last(), Some(b'\n' | b'\r')) {
                buf.pop();
            }
            let origin = Origin::Line(label.to_string(), n);
            let bad = match std::str::from_utf8(&buf) {
                Err(e) => Some(format!(
                    "not valid UTF-8 (byte {} of the line); line skipped",
                    e.valid_up_to() + 1
                )),
                Ok(s) if s.contains('\0') => {
                    Some("the line contains a NUL byte; line skipped".to_string())
                }
                Ok(_) => None,
            };
            if let Some(msg) = bad {
                let msg = match pending.take() {
                    Some((start, _)) => format!("{msg}, with the query begun on line {start}"),
                    None => msg,
                };
                self.input_error(&msg, &origin);
                if self.bail {
                    return false;
                }
                continue;
            }
            let line = std::str::from_utf8(&buf).unwrap_or_default();
            // A byte-order mark some editors put at the start of a file.
            let line = if n == 1 {
                line.strip_prefix('\u{feff}').unwrap_or(line)
            } else {
                line
            };
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
            if crate::repl::lex::continues(&text) {
                pending = Some((start, text));
                continue;
            }
            if !self.run_one(&text, &Origin::Line(label.to_string(), start)) && self.bail {
                return false;
            }
        }
        if let Some((start, _)) = pending {
            self.input_error(
                &format!(
                    "unfinished query: line {n} ends in \\ but the input ends there \
                     (remove the \\ or add the rest of the query)"
                ),
                &Origin::Line(label.to_string(), start),
            );
            return false;
        }
        true
    }
}
