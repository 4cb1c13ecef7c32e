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
    /// Run queries from files, one per line, like piped input
    Run {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
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

pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return code;
        }
    };
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("{}", diag::render(&e, None, &Origin::Inline));
            e.exit_code()
        }
    }
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
            for f in &files {
                docs.extend(crate::ingest::read_path(f, &known)?);
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
        Some(Command::Generate { .. }) => Ok(0),
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
        match crate::query::run(&self.store, text) {
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
            match input.read_until(b'\n', &mut buf) {
                Ok(0) => return true,
                Ok(_) => {}
                Err(e) => {
                    eprintln!("error: {label}: {e}");
                    self.failures += 1;
                    return false;
                }
            }
            n += 1;
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
