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
        With no command: on a terminal, opens the REPL; otherwise reads one query per line from \
        standard input.\n\nExit codes: 0 ok, 1 query or input error, 2 usage error, 3 storage error.",
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
    /// Load fact files (.facts.toml) or dumps (.jsonl), all or nothing
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
}

/// Where the database lives when no --db is given.
pub fn default_db_path() -> PathBuf {
    dirs::data_dir()
        .unwrap_or_else(std::env::temp_dir)
        .join("seedkb")
        .join("db")
}

/// Opens the store, loading the bundled seeds into a new one.
pub fn open_store(
    path: &std::path::Path,
    seeds: bool,
    lock_wait: Duration,
) -> Result<Store, Error> {
    let (store, created) = Store::open(path, &OpenOptions { lock_wait })?;
    if created {
        let docs = if seeds {
            crate::ingest::bundled()?
        } else {
            Vec::new()
        };
        store.initialize(&docs)?;
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
            crate::store::kv::panic_message(payload.as_ref())
        )))
    })
}

pub fn main() -> i32 {
    quiet_panics();
    match catch_internal(main_inner) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("{}", diag::render(&e, None, &Origin::Inline));
            e.exit_code()
        }
    }
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
    let path = cli.db.clone().unwrap_or_else(default_db_path);
    if matches!(cli.command, Some(Command::Check { .. })) && !path.exists() {
        return Err(Error::Storage(format!("no database at {}", path.display())));
    }
    let store = open_store(&path, !cli.no_seeds, Duration::from_secs_f64(cli.lock_wait))?;
    let stdout_tty = std::io::stdout().is_terminal();
    let mut session = Session {
        store,
        format: cli.format.unwrap_or(Format::Table),
        style: Style {
            terminal: stdout_tty,
        },
        bail: cli.bail,
        failures: 0,
    };
    match cli.command {
        Some(Command::Dump) => {
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            crate::output::dump::write_dump(&session.store, &mut out)?;
            out.flush()
                .map_err(|e| Error::Storage(format!("writing the dump: {e}")))?;
            Ok(0)
        }
        Some(Command::Load { files }) => {
            let store = &session.store;
            let known =
                |n: &str| matches!(store.resolve(n), Ok(crate::store::Resolution::Found(_)));
            let mut docs = Vec::new();
            // Conflicts with the store, found with the file's lines.
            let stored = |n: &str| store.known(n).ok().flatten();
            for f in &files {
                let file_docs = crate::ingest::read_path(f, &known)?;
                crate::ingest::against_store::check(f, &file_docs, &stored)?;
                docs.extend(file_docs);
            }
            let r = store.load(&docs)?;
            println!(
                "loaded {} document(s): {} new or replaced ({} entities, {} facts), {} unchanged",
                docs.len(),
                r.documents_loaded,
                r.entities,
                r.facts,
                r.documents_unchanged
            );
            Ok(0)
        }
        Some(Command::Check { repair }) => check(&session.store, repair, &path),
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
    pub format: Format,
    pub style: Style,
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

    /// Runs one query; prints the result or the error. Returns success.
    pub fn run_one(&mut self, text: &str, origin: &Origin) -> bool {
        match catch_internal(|| crate::query::run(&self.store, text)) {
            Ok(rs) => {
                let stdout = std::io::stdout();
                let mut out = stdout.lock();
                if let Err(e) = output::write(&mut out, &rs, self.format, self.style) {
                    if e.kind() == std::io::ErrorKind::BrokenPipe {
                        std::process::exit(self.exit_code());
                    }
                    eprintln!("error: writing the result: {e}");
                    self.failures += 1;
                    return false;
                }
                true
            }
            Err(e) => {
                eprintln!("{}", diag::render(&e, Some(text), origin));
                self.failures += 1;
                if matches!(e, Error::Storage(_) | Error::Locked(_)) {
                    // Storage errors will not get better with the next query.
                    std::process::exit(e.exit_code());
                }
                false
            }
        }
    }

    /// Reads queries one per line (blank lines and `#` comments skipped).
    /// A line that is not UTF-8 is an error for that line only. Returns
    /// false when --bail stopped it.
    pub fn run_lines(&mut self, label: &str, mut input: impl BufRead) -> bool {
        let mut buf = Vec::new();
        let mut n = 0usize;
        loop {
            buf.clear();
            let total = match read_line_capped(&mut input, &mut buf, LINE_CAP) {
                Ok(0) => return true,
                Ok(t) => t,
                Err(e) => {
                    eprintln!("error: {label}: {e}");
                    self.failures += 1;
                    return false;
                }
            };
            n += 1;
            if total > LINE_CAP {
                eprintln!(
                    "error: {label}:{n}: the line is {total} bytes long; a query is at most {} \
                     bytes; line skipped",
                    crate::query::parse::MAX_QUERY_LEN
                );
                self.failures += 1;
                if self.bail {
                    return false;
                }
                continue;
            }
            while matches!(buf.last(), Some(b'\n' | b'\r')) {
                buf.pop();
            }
            let origin = Origin::Line(label.to_string(), n);
            let line = match std::str::from_utf8(&buf) {
                Ok(s) => s,
                Err(e) => {
                    eprintln!(
                        "error: {label}:{n}: not valid UTF-8 (byte {} of the line); line skipped",
                        e.valid_up_to() + 1
                    );
                    self.failures += 1;
                    if self.bail {
                        return false;
                    }
                    continue;
                }
            };
            if line.contains('\0') {
                eprintln!("error: {label}:{n}: the line contains a NUL byte; line skipped");
                self.failures += 1;
                if self.bail {
                    return false;
                }
                continue;
            }
            let trimmed = line.trim();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            if !self.run_one(line, &origin) && self.bail {
                return false;
            }
        }
    }
}
