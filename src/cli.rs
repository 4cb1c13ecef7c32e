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
        per line from standard input (a line ending in \\ goes on on the next).\n\nExit codes: 0 ok, 1 query or input error, 2 usage error, 3 storage error, 70 internal error (a bug in seedkb).",
    after_help = "Examples:\n  seedkb -e 'funding by source'\n  echo 'funding where amount > 1亿元' | seedkb --format json\n  seedkb -e 'show 义县' --format csv"
)]
pub struct Cli {
    /// Database directory [default: the per-user data directory]
    #[arg(long, env = "SEEDKB_DB", global = true)]
    pub db: Option<PathBuf>,
    /// Create a new database empty instead of with the bundled seeds
    #[arg(long, global = true)]
    pub no_seeds: bool,
    /// Run a query or dot-command and exit (repeatable; errors name it: -e #2)
    #[arg(short = 'e', long = "execute", value_name = "QUERY")]
    pub execute: Vec<String>,
    /// Output format
    #[arg(short, long, value_enum, global = true)]
    pub format: Option<Format>,
    /// Stop at the first failing query
    #[arg(long)]
    pub bail: bool,
    /// Several queries' output (json, jsonl, csv, tsv) as one envelope per
    /// query, the failed ones too: auto when more than one is given
    #[arg(long, value_enum, default_value_t = EnvelopeMode::Auto, value_name = "WHEN")]
    pub envelope: EnvelopeMode,
    /// Seconds to wait for another process's lock on the database
    #[arg(long, default_value_t = 5.0, global = true)]
    pub lock_wait: f64,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// When answers go into envelopes (see [`crate::output::envelope`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum EnvelopeMode {
    /// When more than one query is given (with --format json, jsonl, csv
    /// or tsv, standard input is read whole first to count them)
    Auto,
    Always,
    /// Each answer as if it were the only one (standard input streams)
    Never,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Write every fact as JSON lines (subject, attribute, value, unit, bound, text, doc, quote)
    Dump,
    /// Load fact files (.facts.toml), dumps (.jsonl) or text documents (.txt, facts extracted), all or nothing
    Load {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// For text documents, print every value found, where it went
        /// (subject.attribute) and why, before loading
        #[arg(long)]
        explain: bool,
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
    /// Give back the space interrupted or rolled-back loads left behind:
    /// rewrite the database into a new directory, check the copy entry by
    /// entry, and swap it in (a crash at any point leaves a whole database)
    Compact,
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
    // Try at once; only when another process holds the database say that
    // we wait, so a user (or a script's log) knows why nothing happens.
    let (store, created) = match Store::open(path, &open_options(Duration::ZERO)) {
        Err(Error::Locked(_)) if !lock_wait.is_zero() => {
            eprintln!(
                "seedkb: {} is in use by another process; waiting up to {:.1}s for it",
                path.display(),
                lock_wait.as_secs_f64()
            );
            Store::open(path, &open_options(lock_wait))?
        }
        other => other?,
    };
    for n in store.open_notices() {
        eprintln!("warning: {n}");
    }
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
    // Before anything looks at whether the database exists.
    if let Some(n) = crate::store::compact::finish_interrupted(&path) {
        eprintln!("warning: {n}");
    }
    if matches!(cli.command, Some(Command::Compact)) {
        return compact(&path, lock_wait);
    }
    if matches!(cli.command, Some(Command::Check { .. })) && !path.exists() {
        return Err(Error::Storage(format!("no database at {}", path.display())));
    }
    let stdout_tty = std::io::stdout().is_terminal();
    if let Some(Command::Test { files }) = &cli.command {
        let store = open_store(&path, !cli.no_seeds, lock_wait)?;
        let stdout = std::io::stdout();
        let mut out = stdout.lock();
        return crate::slt::run_files(&store, files, &mut out, stdout_tty && color_allowed())
            .map_err(|e| Error::Output(format!("writing the report: {e}")));
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
        envelope: cli.envelope == EnvelopeMode::Always,
        envelopes: None,
    };
    match cli.command {
        Some(Command::Dump) => {
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            crate::output::dump::write_dump(&session.store, &mut out)?;
            out.flush().map_err(crate::output::dump::io_err)?;
            Ok(0)
        }
        Some(Command::Load { files, explain }) => {
            let store = &session.store;
            let known = crate::extract::Known::from_store(store)?;
            let corpus = files.iter().any(|f| f.is_dir());
            let (files, skipped) = expand_dirs(&files)?;
            if explain {
                for f in &files {
                    print!("{}", crate::extract::explain_path(f, &known)?);
                }
            }
            // Extraction, the slow part, on all cores; the checks and the
            // load stay in order, all or nothing.
            let bar = progress_bar(files.len() as u64);
            let read: Vec<Result<Vec<crate::model::DocumentFacts>, Error>> = {
                use rayon::prelude::*;
                files
                    .par_iter()
                    .map(|f| {
                        let r = crate::extract::read_path(f, &known);
                        bar.inc(1);
                        r
                    })
                    .collect()
            };
            bar.finish_and_clear();
            let mut docs = Vec::new();
            // Conflicts with the store, found with the file's lines.
            let stored = |n: &str| store.known(n);
            // Documents are known by their name: two files giving the same
            // one (A/report.txt, B/report.txt) would overwrite each other.
            let mut given: std::collections::HashMap<(String, bool), &std::path::Path> =
                std::collections::HashMap::new();
            for (f, file_docs) in files.iter().zip(read) {
                let file_docs = file_docs?;
                crate::ingest::against_store::check(f, &file_docs, &stored)?;
                for d in &file_docs {
                    let key = (d.doc.clone(), crate::store::is_extracted(d));
                    if let Some(first) = given.insert(key, f) {
                        return Err(Error::Input(format!(
                            "{} and {} both give the document '{}': documents are known by \
                             their file name, so one would replace the other; load them \
                             separately or rename one; nothing was loaded",
                            first.display(),
                            f.display(),
                            d.doc
                        )));
                    }
                }
                docs.extend(file_docs);
            }
            for w in docs.iter().flat_map(|d| &d.warnings) {
                eprintln!("warning: {w}");
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
            if corpus {
                let facts: usize = docs.iter().map(|d| d.facts.len()).sum();
                let mentions = docs
                    .iter()
                    .flat_map(|d| &d.facts)
                    .filter(|f| f.attribute == crate::extract::MENTION_ATTR)
                    .count();
                println!(
                    "corpus: {} file(s) read, {skipped} skipped (not .txt, .facts.toml or .jsonl), \
                     {} document(s), {facts} facts of which {mentions} mentions",
                    files.len(),
                    docs.len()
                );
            }
            Ok(0)
        }
        Some(Command::Test { .. }) => Ok(0), // handled above
        Some(Command::Check { repair }) => check(&session.store, repair, &path),
        Some(Command::Generate { .. } | Command::Compact) => Ok(0), // handled above
        Some(Command::Run { files }) => {
            let mut items = Vec::new();
            for f in &files {
                let text =
                    std::fs::read(f).map_err(|e| Error::Input(format!("{}: {e}", f.display())))?;
                let go_on = read_items(&f.display().to_string(), &text[..], &mut |i| {
                    items.push(i);
                    true
                });
                if !go_on {
                    break;
                }
            }
            session.run_items(items, cli.envelope);
            Ok(session.exit_code())
        }
        None if !cli.execute.is_empty() => {
            // Each -e is named in errors: `-e #2:1:15`.
            let items = cli
                .execute
                .iter()
                .enumerate()
                .map(|(i, q)| Item::Text {
                    text: q.clone(),
                    origin: Origin::Line(format!("-e #{}", i + 1), 1),
                })
                .collect();
            session.run_items(items, cli.envelope);
            Ok(session.exit_code())
        }
        None if std::io::stdin().is_terminal() => crate::repl::run(&mut session),
        None => {
            let stdin = std::io::stdin();
            if cli.envelope == EnvelopeMode::Auto && session.printer.format != Format::Table {
                // Counting the queries needs all of them. (Tables stream:
                // no envelopes for them.)
                let mut items = Vec::new();
                read_items("stdin", stdin.lock(), &mut |i| {
                    items.push(i);
                    true
                });
                session.run_items(items, cli.envelope);
            } else {
                session.run_lines("stdin", stdin.lock());
                session.finish();
            }
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
                if let Some(note) = prefix_note(store, text) {
                    eprintln!("{note}");
                }
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
                    diag::render_styled(&e, Some(text), error_origin(&e, origin), self.diag_color)
                );
                if matches!(e, Error::Storage(_) | Error::Locked(_)) {
                    std::process::exit(e.exit_code());
                }
                false
            }
        }
    }
}

/// `show NAME` finds an entity by a unique prefix of its name too; say
/// so, lest the answer be taken for NAME's.
fn prefix_note(store: &Store, text: &str) -> Option<String> {
    let crate::query::ast::Query::Show(w) = crate::query::parse(text).ok()? else {
        return None;
    };
    let typed = crate::model::name_key(&w.text);
    let crate::store::Resolution::Found(e) = store.resolve(&w.text).ok()? else {
        return None;
    };
    let rec = store.entity(e).ok()?;
    let exact = std::iter::once(&rec.name)
        .chain(rec.aliases.iter())
        .any(|n| crate::model::name_key(n) == typed);
    (!exact).then(|| {
        format!(
            "note: no entity named {}; showing {}, the only name that starts with it",
            w.text, rec.name
        )
    })
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
            "{} document(s) stating {} facts, {} entities; {} facts stored (with each entity's kind); {} on disk",
            r.documents,
            r.document_facts,
            r.entities,
            r.facts,
            megabytes(crate::store::kv::dir_size(path))
        )
    };
    let db = path.display();
    let set_aside = crate::store::kv::quarantined(path);
    if !set_aside.is_empty() {
        println!(
            "{db}: note: {} unreadable snapshot file(s) of the storage engine were set aside in \
             {}; the state was rebuilt from the log (they can be deleted): {}",
            set_aside.len(),
            path.join(crate::store::kv::QUARANTINE_DIR).display(),
            set_aside.join(", ")
        );
    }
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

/// `seedkb compact`: one line saying what it gave back.
fn compact(path: &std::path::Path, lock_wait: Duration) -> Result<i32, Error> {
    use crate::store::compact;
    if !path.join("db").is_file() {
        return Err(Error::Storage(format!("no database at {}", path.display())));
    }
    let c = compact::compact(path, lock_wait).map_err(Error::from)?;
    println!(
        "{}: compacted: {} → {} on disk ({} entries copied and compared)",
        path.display(),
        megabytes(c.before),
        megabytes(c.after),
        c.entries
    );
    Ok(0)
}

/// Bytes as megabytes, one decimal.
fn megabytes(b: u64) -> String {
    format!("{:.1} MB", b as f64 / 1e6)
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
fn dot_of(text: &str) -> Option<&str> {
    text.trim().strip_prefix('.')
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
    if let Some((start, _)) = pending {
        each(bad(
            format!(
                "unfinished query: line {n} ends in \\ but the input ends there \
                 (remove the \\ or add the rest of the query)"
            ),
            start,
            true,
        ));
        return false;
    }
    true
}

/// Runs queries and prints their results; counts failures for the exit code.
pub struct Session {
    pub store: Store,
    pub printer: Printer,
    pub bail: bool,
    pub failures: usize,
    /// Answers go into envelopes (json, jsonl, csv, tsv).
    pub envelope: bool,
    /// The envelopes being written, with the format they were begun in.
    envelopes: Option<crate::output::envelope::Envelopes>,
}

impl Session {
    pub fn exit_code(&self) -> i32 {
        if self.failures > 0 {
            1
        } else {
            0
        }
    }

    /// Runs the entries of a script; with `auto`, in envelopes when more
    /// than one answers.
    pub fn run_items(&mut self, items: Vec<Item>, mode: EnvelopeMode) {
        if mode == EnvelopeMode::Auto {
            let answering = items
                .iter()
                .filter(|i| match i {
                    Item::Text { text, .. } => dot_of(text).is_none() || answering_dot(text),
                    Item::Bad { .. } => true,
                })
                .count();
            self.envelope = answering > 1;
        }
        for item in items {
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
        match item {
            Item::Bad {
                message,
                origin,
                fatal,
            } => {
                self.input_error(&message, &origin);
                !fatal && !self.bail
            }
            Item::Text { text, origin } => match dot_of(&text) {
                Some(cmd) => self.run_dot(&text, cmd, &origin),
                None => self.run_one(&text, &origin) || !self.bail,
            },
        }
    }

    /// A dot-command in a script: settings change quietly (as in sqlite3),
    /// answers print like a query's.
    fn run_dot(&mut self, line: &str, cmd: &str, origin: &Origin) -> bool {
        use crate::repl::Dot;
        match crate::repl::dot_command(&self.store, &mut self.printer, cmd) {
            Dot::Said(_) => true,
            Dot::Text(t) => {
                if self.enveloped() {
                    // Not an answer: kept out of the envelopes.
                    eprintln!("{t}");
                } else {
                    println!("{t}");
                }
                true
            }
            Dot::Query(q) => self.answer(line.trim(), &q, origin) || !self.bail,
            Dot::Rows(rs) => {
                self.print_rows(line.trim(), &rs, origin);
                true
            }
            Dot::Failed(m) => {
                self.input_error(&m, origin);
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
            let stdout = std::io::stdout();
            let mut out = stdout.lock();
            written(e.finish(&mut out).and_then(|_| out.flush()));
        }
    }

    /// Runs `text`; shows it as `shown` (a dot-command's own line) in an
    /// envelope.
    fn answer(&mut self, shown: &str, text: &str, origin: &Origin) -> bool {
        if !self.enveloped() {
            let ok = self.printer.run(&self.store, text, origin);
            if !ok {
                self.failures += 1;
            }
            return ok;
        }
        let source = source_of(origin);
        let result = catch_internal(|| crate::query::run(&self.store, text));
        let stdout = std::io::stdout();
        let mut out = stdout.lock();
        let env = self.envelopes.as_mut().expect("opened by enveloped()");
        match result {
            Ok(rs) => {
                if let Some(note) = prefix_note(&self.store, text) {
                    eprintln!("{note}");
                }
                written(env.answer(&mut out, shown, &source, &rs));
                true
            }
            Err(e) => {
                let (at, line, column) = diag::locate(&e, Some(text), origin);
                let (help, suggestion) = match &e {
                    Error::Query(q) => (q.help.clone(), q.suggestion.clone()),
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
                written(env.failure(&mut out, Some(shown), &source, &failure));
                drop(out);
                eprintln!(
                    "{}",
                    diag::render_styled(
                        &e,
                        Some(text),
                        error_origin(&e, origin),
                        self.printer.diag_color
                    )
                );
                self.failures += 1;
                if matches!(e, Error::Storage(_) | Error::Locked(_)) {
                    self.finish();
                    std::process::exit(e.exit_code());
                }
                false
            }
        }
    }

    /// Rows a dot-command answered with.
    fn print_rows(&mut self, shown: &str, rs: &crate::query::result::ResultSet, origin: &Origin) {
        let stdout = std::io::stdout();
        if self.enveloped() {
            let source = source_of(origin);
            let env = self.envelopes.as_mut().expect("opened by enveloped()");
            written(env.answer(&mut stdout.lock(), shown, &source, rs));
        } else {
            let mut style = self.printer.style;
            if style.terminal {
                style.width = output::terminal_width();
            }
            written(output::write(
                &mut stdout.lock(),
                rs,
                self.printer.format,
                style,
            ));
        }
    }

    fn input_error(&mut self, message: &str, origin: &Origin) {
        eprintln!(
            "{}",
            diag::render_at(message, origin, self.printer.diag_color)
        );
        self.failures += 1;
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
            let stdout = std::io::stdout();
            let env = self.envelopes.as_mut().expect("opened by enveloped()");
            written(env.failure(&mut stdout.lock(), None, &source, &failure));
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

/// A write to standard output: a closed pipe ends the process quietly,
/// another failure is reported.
fn written(r: std::io::Result<()>) {
    if let Err(e) = r {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("error: writing the result: {e}");
    }
}

/// The files a load names: a directory stands for its text documents,
/// fact files and dumps (`.txt`, `.facts.toml`, `.jsonl`), in name order,
/// not its subdirectories; other files in it are skipped and counted.
fn expand_dirs(paths: &[PathBuf]) -> Result<(Vec<PathBuf>, usize), Error> {
    let mut out = Vec::new();
    let mut skipped = 0;
    for p in paths {
        if !p.is_dir() {
            out.push(p.clone());
            continue;
        }
        let entries = std::fs::read_dir(p).map_err(|e| {
            Error::Input(format!("{}: cannot read the directory: {e}", p.display()))
        })?;
        let mut inside = Vec::new();
        for e in entries {
            let e = e.map_err(|e| Error::Input(format!("{}: {e}", p.display())))?;
            let path = e.path();
            let name = e.file_name().to_string_lossy().into_owned();
            if path.is_dir() {
                continue;
            }
            if name.ends_with(".txt") || name.ends_with(".facts.toml") || name.ends_with(".jsonl") {
                inside.push(path);
            } else {
                skipped += 1;
            }
        }
        inside.sort();
        out.extend(inside);
    }
    Ok((out, skipped))
}

/// A progress bar on a terminal (stderr), nothing otherwise.
fn progress_bar(len: u64) -> indicatif::ProgressBar {
    if len < 2 || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len);
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("reading {bar:30} {pos}/{len} files {per_sec}")
    {
        bar.set_style(style);
    }
    bar
}
