//! The batch front end: `-e`, queries on standard input, `run FILE`, and
//! the subcommands that load, dump, check, compact and generate. It decides
//! the mode; the REPL and `seedkb test` are front ends of their own, to
//! which `main` hands a [`Next`].

use crate::args::{default_db_path, Cli, Command, EnvelopeMode};
use crate::error::Error;
use crate::output::diag::Origin;
use crate::output::{self, Format, Style};
use crate::session::{color_allowed, open_store, read_items, Item, Printer, Session, Sharing};
use crate::store::Store;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

/// What is left to do when the batch front end has decided the mode.
pub enum Next {
    /// Done, with this exit code.
    Exit(i32),
    /// An interactive session on a terminal (the REPL).
    Interactive(Session),
    /// `seedkb test [--bless] FILE…` against this store: the files, and
    /// whether to bless them.
    Test(Arc<Store>, Vec<PathBuf>, bool),
    /// The REPL on a database `seedkb serve` holds: each line is sent to
    /// the server (see `repl::served`).
    Served { path: PathBuf, cli: Cli },
    /// `seedkb serve`: the server opens the database itself.
    Serve {
        args: crate::args::ServeArgs,
        path: PathBuf,
        seeds: bool,
        lock_wait: Duration,
    },
}

pub fn run(cli: Cli) -> Result<Next, Error> {
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
        return generate(*facts, *seed, output.as_deref()).map(Next::Exit);
    }
    let path = cli.db.clone().unwrap_or_else(default_db_path);
    let lock_wait = Duration::from_secs_f64(cli.lock_wait);
    if crate::args::etcd_at(&path)?.is_some() {
        return on_cluster(cli, path, lock_wait);
    }
    if cli.db.is_some() {
        refuse_missing_parent(&path)?;
    }
    // Before sled writes its files into a directory that is not its own.
    let empty_dir = refuse_foreign_dir(&path)?;
    if cli.no_create && (!path.exists() || empty_dir) {
        return Err(Error::Usage(format!(
            "{}{}: no database there, and --no-create (or SEEDKB_NO_CREATE) says not to make \
             one; check the path",
            if cli.db.is_some() {
                db_named_by()
            } else {
                "the default database "
            },
            path.display()
        )));
    }
    if cli.format.is_some() && matches!(cli.command, Some(Command::Dump)) {
        return Err(Error::Usage(
            "dump writes JSON lines only (the format `load` reads back); --format is for query answers"
                .into(),
        ));
    }
    // A running `seedkb serve` holds the database: it does the work.
    if forwards(&cli) {
        if let Some(code) = crate::forward::client(&path)? {
            return Ok(Next::Exit(code));
        }
    } else if crate::forward::serving(&path) {
        let Some(c) = &cli.command else {
            // The REPL edits lines here and has the server run them.
            return Ok(Next::Served { path, cli });
        };
        // Check, compact or a second server on a served database: say why
        // it cannot open, at once, instead of waiting.
        return Err(Error::Locked(format!(
            "{} is held by a running seedkb serve; `{}` needs the database to itself: \
             stop the server first",
            path.display(),
            command_name(c)
        )));
    }
    // Before anything looks at whether the database exists.
    if let Some(n) = crate::store::compact::finish_interrupted(&path) {
        crate::errln!("warning: {n}");
    }
    if matches!(cli.command, Some(Command::Compact | Command::Load { .. })) {
        crate::store::kv::bulk_writes();
        crate::return_freed_memory_promptly();
    }
    if matches!(cli.command, Some(Command::Compact)) {
        return compact(&path, lock_wait).map(Next::Exit);
    }
    if matches!(cli.command, Some(Command::Check { .. })) && !path.exists() {
        return Err(Error::Storage(format!("no database at {}", path.display())));
    }
    if let Some(Command::Serve(args)) = cli.command {
        return Ok(Next::Serve {
            args,
            path,
            seeds: !cli.no_seeds,
            lock_wait,
        });
    }
    // Queries and dumps read: their process ends when they are done.
    if forwards(&cli)
        && matches!(
            cli.command,
            None | Some(Command::Run { .. } | Command::Dump)
        )
    {
        crate::store::kv::one_shot();
        if cli.command.is_none() && !cli.execute.is_empty() {
            crate::store::kv::command_line_queries();
        }
    }
    let loads = matches!(cli.command, Some(Command::Load { .. }));
    if loads {
        crate::store::kv::trace("opening the store");
    }
    // A query on a database that did not exist is most often a mistyped
    // name (`--db mykb2`): it answers from the bundled seeds, so say so.
    let fresh = cli.db.is_some()
        && (!path.exists() || empty_dir)
        && forwards(&cli)
        && matches!(
            cli.command,
            None | Some(Command::Run { .. } | Command::Test { .. } | Command::Dump)
        );
    let store = Arc::new(open_store(&path, !cli.no_seeds, lock_wait)?);
    if fresh {
        crate::errln!(
            "note: created a new database at {} ({}); the queries ran on it",
            path.display(),
            if cli.no_seeds {
                "empty"
            } else {
                "with the bundled seeds"
            }
        );
    }
    let next = batch(cli, store.clone(), &path, None);
    // A one-shot command that wrote nothing leaves the store open: every
    // write is durable when it returns, and closing sled (a final flush,
    // freeing its page table) was a sixth of a one-shot query's time at 1M
    // facts. Ending the process without it is what a kill does, which
    // sled and the crash tests are made for.
    if matches!(next, Ok(Next::Exit(_))) && !store.wrote() {
        std::mem::forget(store);
        return next;
    }
    drop(store);
    let next = next?;
    if loads && matches!(next, Next::Exit(0)) {
        crate::store::kv::trace("store closed");
        settle(&path);
        crate::store::kv::trace("settled (reopened, log aligned)");
    }
    Ok(next)
}

/// A `--db` whose directory does not exist is a mistyped path far more
/// often than a wish for new directories: creating them would give a
/// script a fresh seeded database and answers with exit 0. The database
/// directory itself may be new; the directory it goes in must exist.
fn refuse_missing_parent(path: &std::path::Path) -> Result<(), Error> {
    match path.parent() {
        Some(parent) if !path.exists() && !parent.as_os_str().is_empty() && !parent.is_dir() => {
            Err(Error::Usage(format!(
                "{}{}: the directory {} does not exist; seedkb creates a new database \
                 only inside an existing directory (check the path, or create it first)",
                db_named_by(),
                path.display(),
                parent.display()
            )))
        }
        _ => Ok(()),
    }
}

/// Names a database directory holds besides sled's `conf` and `db`: its
/// blobs, snapshots and the socket of a `seedkb serve`.
fn database_entry(name: &str) -> bool {
    matches!(name, "conf" | "db" | "blobs" | crate::forward::SOCKET) || name.starts_with("snap.")
}

/// A database path that is a file, or a directory holding anything but a
/// database's files (`--db ~/Documents`), is refused before sled writes
/// its own files into it: the user's folder stays as it was. Returns
/// whether the path is an empty directory (a new database is made there,
/// which is said as for a new path).
fn refuse_foreign_dir(path: &std::path::Path) -> Result<bool, Error> {
    let Ok(meta) = std::fs::metadata(path) else {
        return Ok(false);
    };
    if !meta.is_dir() {
        return Err(Error::Usage(format!(
            "{}{} is a file, not a database directory; give a new path, an empty \
             directory or an existing database",
            db_named_by(),
            path.display()
        )));
    }
    let entries = std::fs::read_dir(path).map_err(|e| {
        Error::Storage(format!(
            "cannot list the database directory {}: {e}",
            path.display()
        ))
    })?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| {
            Error::Storage(format!(
                "cannot list the database directory {}: {e}",
                path.display()
            ))
        })?;
        names.push(entry.file_name().to_string_lossy().into_owned());
    }
    if names.is_empty() {
        return Ok(true);
    }
    if names.iter().any(|n| n == "conf" || n == "db") {
        return Ok(false);
    }
    let mut foreign: Vec<&String> = names.iter().filter(|n| !database_entry(n)).collect();
    if foreign.is_empty() {
        return Ok(false);
    }
    foreign.sort();
    let shown: Vec<&str> = foreign.iter().take(3).map(|n| n.as_str()).collect();
    let more = match foreign.len().saturating_sub(3) {
        0 => String::new(),
        n => format!(" and {n} more"),
    };
    Err(Error::Usage(format!(
        "{}{}: the directory exists and is not a seedkb database (it holds {}{more}); \
         seedkb left it untouched: give a new path, an empty directory or an existing database",
        db_named_by(),
        path.display(),
        shown.join(", ")
    )))
}

/// What gave the database's path, as an error names it: `--db` on the
/// command line, or else the `SEEDKB_DB` variable clap read it from.
fn db_named_by() -> &'static str {
    let flag = std::env::args_os().any(|a| {
        let a = a.as_encoded_bytes();
        a == b"--db" || a.starts_with(b"--db=")
    });
    if !flag && std::env::var_os("SEEDKB_DB").is_some() {
        "SEEDKB_DB="
    } else {
        "--db "
    }
}

/// Opens the database once more after a load (the store is closed by
/// then): sled replays on an open everything written since its last
/// snapshot, then writes a new one, so it is this command that pays for
/// the replay, not the next one-shot query (issue 12). `align_log_tail`'s
/// first open is that open: a `Store::open` before it replayed the same
/// log and read the same snapshot once more (a fifth sled open, half the
/// settle's instructions at 100K facts). The load is committed already; a
/// failure here only costs the next open that time.
fn settle(path: &std::path::Path) {
    // sled's background threads may hold the lock file a moment after
    // the store is dropped (`align_log_tail` waits for it a little); if
    // another process has the database by then, that open pays the
    // replay, and there is nothing to warn about.
    align(path);
}

/// Fills the rest of sled's last log segment once a command that wrote has
/// closed the store, so that the next one-shot query's open neither
/// rewrites that rest with zeros nor fsyncs (`kv::align_log_tail`). What
/// was written is durable already; a failure costs later opens that time.
fn align(path: &std::path::Path) {
    match crate::store::kv::align_log_tail(path) {
        Ok(_) | Err(crate::store::kv::KvError::Locked(_)) => {}
        Err(e) => crate::errln!("warning: aligning the log of {}: {e}", path.display()),
    }
}

/// The commands on a knowledge base on an etcd cluster: no server socket
/// to forward to (every process talks to the cluster) and no directory to
/// compact.
fn on_cluster(cli: Cli, path: PathBuf, lock_wait: Duration) -> Result<Next, Error> {
    if let (true, Some(at)) = (cli.no_create, crate::args::etcd_at(&path)?) {
        if let Some(holds) = crate::session::missing_on_cluster(&at, lock_wait)? {
            return Err(Error::Usage(format!(
                "{}{}: no knowledge base under the prefix '{}' on that cluster{holds}, and \
                 --no-create (or SEEDKB_NO_CREATE) says not to make one; check the prefix",
                db_named_by(),
                path.display(),
                at.prefix
            )));
        }
    }
    match cli.command {
        Some(Command::Compact) => Err(Error::Usage(format!(
            "{}: `seedkb compact` rewrites a database directory; on a cluster seedkb compacts \
             etcd's history after each load, and `etcdctl defrag` gives the space back",
            path.display()
        ))),
        Some(Command::Serve(args)) => Ok(Next::Serve {
            args,
            path,
            seeds: !cli.no_seeds,
            lock_wait,
        }),
        _ => {
            let store = open_store(&path, !cli.no_seeds, lock_wait)?;
            batch(cli, Arc::new(store), &path, None)
        }
    }
}

/// A subcommand's name, as typed.
fn command_name(c: &Command) -> &'static str {
    match c {
        Command::Dump => "dump",
        Command::Load { .. } => "load",
        Command::Check { .. } => "check",
        Command::Compact => "compact",
        Command::Run { .. } => "run",
        Command::Test { .. } => "test",
        Command::Serve(_) => "serve",
        Command::Generate { .. } => "generate",
    }
}

/// The commands a running server can do for us: the one-shot ones (not
/// the REPL, and not check, compact or generate).
fn forwards(cli: &Cli) -> bool {
    match &cli.command {
        Some(Command::Dump | Command::Load { .. } | Command::Run { .. } | Command::Test { .. }) => {
            true
        }
        None => !cli.execute.is_empty() || !std::io::stdin().is_terminal(),
        _ => false,
    }
}

/// The work on an open store: in this process, or in `seedkb serve` for a
/// client of its socket (then `sharing` takes the server's locks: each
/// query reads under its read lock, a load takes its turn and commits
/// under its write lock).
pub fn batch(
    cli: Cli,
    store: Arc<Store>,
    path: &std::path::Path,
    sharing: Option<Arc<dyn Sharing>>,
) -> Result<Next, Error> {
    let stdout_tty = crate::console::stdout_is_terminal();
    if let Some(Command::Test { files, bless }) = &cli.command {
        return Ok(Next::Test(store, files.clone(), *bless));
    }
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
            diag_color: crate::console::stderr_is_terminal() && color_allowed(),
            timer: false,
        },
        bail: cli.bail,
        failures: 0,
        envelope: cli.envelope == EnvelopeMode::Always,
        envelopes: None,
        fatal: None,
        sharing: sharing.clone(),
        blocks: Default::default(),
    };
    let code = match cli.command {
        Some(Command::Dump) => {
            // One consistent state, even while a server loads.
            let _reading = sharing.as_ref().map(|s| s.reading());
            let stdout = crate::console::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            crate::output::dump::write_dump(&session.store, &mut out)?;
            out.flush().map_err(crate::output::dump::io_err)?;
            Ok(0)
        }
        Some(Command::Load {
            files,
            explain,
            published,
            follow,
        }) => {
            let store = &session.store;
            // Loads take turns; readers go on until this one commits.
            let _turn = sharing.as_ref().map(|s| s.load_turn());
            let known = crate::extract::Known::from_store(store)?.with_published(published);
            let corpus = files.iter().any(|f| f.is_dir());
            let (files, skipped) = expand_dirs(&files, follow)?;
            if explain {
                for f in &files {
                    crate::out!("{}", crate::extract::explain_path(f, &known)?);
                }
            }
            // One long text: its facts go through a spool into a document
            // written in parts, never all in memory (issue 15).
            if let [f] = files.as_slice() {
                if !corpus && crate::extract::stream::in_parts(f) {
                    load_long_text(store, sharing.as_ref(), f, &known, explain)?;
                    return Ok(Next::Exit(0));
                }
            }
            // One dump: read into temporary files and loaded a document (or
            // a batch of one) at a time, never all in memory (issue 12, 15).
            if let [f] = files.as_slice() {
                if !corpus && is_dump(f) {
                    load_dump(store, sharing.as_ref(), f, &known, explain)?;
                    return Ok(Next::Exit(0));
                }
            }
            // Extraction, the slow part, on all cores; the checks and the
            // load stay in order, all or nothing, a document at a time.
            load_documents(
                store,
                sharing.as_ref(),
                &files,
                skipped,
                corpus,
                &known,
                explain,
            )?;
            Ok(0)
        }
        Some(Command::Test { .. }) => Ok(0), // handled above
        Some(Command::Check { repair }) => check(&session.store, repair, path),
        Some(Command::Generate { .. } | Command::Compact | Command::Serve(_)) => Ok(0), // handled above
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
            session.outcome()
        }
        None if !cli.execute.is_empty() => {
            // Each -e is named in errors: `-e #2:1:15`.
            let items = cli
                .execute
                .iter()
                .enumerate()
                .map(|(i, q)| Item::Text {
                    text: q.clone(),
                    origin: if cli.repl_line {
                        Origin::Inline
                    } else {
                        Origin::Line(format!("-e #{}", i + 1), 1)
                    },
                })
                .collect();
            session.run_items(items, cli.envelope);
            session.outcome()
        }
        None if crate::console::stdin_is_terminal() => return Ok(Next::Interactive(session)),
        None => {
            let stdin = crate::console::stdin();
            if cli.envelope == EnvelopeMode::Auto {
                // Counting the queries needs all of them. Tables stream (no
                // envelopes for them) until a `.format` in the script
                // chooses json, jsonl, csv or tsv: from there on the rest
                // is read and counted as if `--format` had chosen it, so
                // that its answers are one document a parser reads.
                let mut rest = Vec::new();
                read_items("stdin", stdin, &mut |i| {
                    if session.printer.format != Format::Table {
                        rest.push(i);
                        return true;
                    }
                    session.run_item(i)
                });
                session.run_items(rest, cli.envelope);
            } else {
                session.run_lines("stdin", stdin);
                session.finish();
            }
            session.outcome()
        }
    };
    code.map(Next::Exit)
}

/// `seedkb check [--repair]`: problems on standard output, one per line,
/// then a summary; exit 3 when anything is (still) wrong.
fn check(store: &Store, repair: bool, path: &std::path::Path) -> Result<i32, Error> {
    // A cluster says how big it is (and against which quota) itself.
    let on_disk = if crate::args::etcd_at(path)?.is_some() {
        for line in store.engine_report()? {
            crate::outln!("{}: {line}", path.display());
        }
        format!(
            "{} in the cluster's database (every knowledge base on it, history included)",
            megabytes(store.size_on_disk()?)
        )
    } else {
        format!("{} on disk", megabytes(crate::store::kv::dir_size(path)))
    };
    let print = |r: &crate::store::check::CheckReport| {
        for p in &r.problems {
            crate::outln!("{p}");
        }
        if r.problem_count > r.problems.len() {
            crate::outln!("... and {} more", r.problem_count - r.problems.len());
        }
    };
    let summary = |r: &crate::store::check::CheckReport| {
        format!(
            "{} document(s) stating {} facts, {} entities; {} facts stored (with each entity's kind); {}",
            r.documents,
            r.document_facts,
            r.entities,
            r.facts,
            on_disk
        )
    };
    let db = path.display();
    let set_aside = crate::store::kv::quarantined(path);
    if !set_aside.is_empty() {
        crate::outln!(
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
            crate::outln!("{db}: ok: {}", summary(&r));
            return Ok(0);
        }
        crate::outln!(
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
        crate::outln!("{db}: ok: {}; nothing to repair", summary(&before));
        return Ok(0);
    }
    crate::outln!(
        "{db}: repaired: {} write(s) to the derived indexes",
        before.repairs()
    );
    if after.is_clean() {
        crate::outln!("{db}: ok: {}", summary(&after));
        return Ok(0);
    }
    crate::outln!("still wrong after the repair:");
    print(&after);
    crate::outln!(
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
    if c.kept.is_none() {
        align(path);
    }
    match c.kept {
        None => crate::outln!(
            "{}: compacted: {} → {} on disk ({} entries copied and compared)",
            path.display(),
            megabytes(c.before),
            megabytes(c.after),
            c.entries
        ),
        Some(copy) => crate::outln!(
            "{}: already compact: a copy took {} against its {} on disk, so the database \
             was left as it was ({} entries copied and compared)",
            path.display(),
            megabytes(copy),
            megabytes(c.before),
            c.entries
        ),
    }
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
            let stdout = crate::console::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            match crate::synth::generate(facts, seed, &mut out) {
                Ok(s) => s,
                // `seedkb generate | head` is fine.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return Ok(0),
                Err(e) => return Err(fail(e)),
            }
        }
    };
    crate::errln!(
        "generated {} facts about {} entities in {} documents ({} lines) to {label}",
        summary.facts,
        summary.entities,
        summary.documents,
        summary.lines
    );
    Ok(0)
}

/// The files a load names: a directory stands for its text documents,
/// fact files and dumps (`.txt`, `.facts.toml`, `.jsonl`), in name order,
/// not its subdirectories; other files in it are skipped and counted.
///
/// A symbolic link in a directory is not followed unless `follow` (as
/// ripgrep walks): a shared folder could otherwise pull any file the user
/// can read into the store, and `dump` would print it. Each is skipped
/// with a warning saying where it leads. Followed, a link to a file this
/// load reads already (a link inside the folder to a file beside it) is
/// skipped too: read twice, one text would be stored as two documents,
/// every fact with two sources. A file named on the command line is read
/// whatever it is.
fn expand_dirs(paths: &[PathBuf], follow: bool) -> Result<(Vec<PathBuf>, Skipped), Error> {
    let mut out = Vec::new();
    let mut skipped = Skipped::default();
    let mut links = std::collections::HashSet::new();
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
            // (A link to a directory is passed over as a subdirectory is.)
            if path.is_dir() {
                continue;
            }
            let loadable =
                name.ends_with(".txt") || name.ends_with(".facts.toml") || name.ends_with(".jsonl");
            if loadable && e.file_type().is_ok_and(|t| t.is_symlink()) {
                if !follow {
                    let to = std::fs::read_link(&path).map_or_else(
                        |e| format!("an unreadable target: {e}"),
                        |t| t.display().to_string(),
                    );
                    crate::errln!(
                        "warning: {}: a symbolic link (to {to}), not followed: skipped \
                         (name the file to load it, or load the directory with --follow)",
                        path.display()
                    );
                    skipped.links += 1;
                    continue;
                }
                links.insert(path.clone());
            }
            if loadable {
                inside.push(path);
            } else {
                skipped.other += 1;
            }
        }
        inside.sort();
        out.extend(inside);
    }
    if links.is_empty() {
        return Ok((out, skipped));
    }
    // Followed links: one read per file. The files that are not links
    // (and those named on the command line) come first, whatever their order.
    let mut read: std::collections::HashMap<PathBuf, PathBuf> = std::collections::HashMap::new();
    let real = |f: &PathBuf| std::fs::canonicalize(f).ok();
    for f in out.iter().filter(|f| !links.contains(*f)) {
        if let Some(r) = real(f) {
            read.entry(r).or_insert_with(|| f.clone());
        }
    }
    let mut kept = Vec::with_capacity(out.len());
    for f in out {
        if links.contains(&f) {
            if let Some(r) = real(&f) {
                if let Some(first) = read.get(&r) {
                    crate::errln!(
                        "warning: {}: a symbolic link to {}, which this load reads already: \
                         skipped (read twice, it would be stored as two documents)",
                        f.display(),
                        first.display()
                    );
                    skipped.links += 1;
                    continue;
                }
                read.insert(r, f.clone());
            }
        }
        kept.push(f);
    }
    Ok((kept, skipped))
}

/// What a directory's walk left out.
#[derive(Default, Clone, Copy)]
struct Skipped {
    /// Files that are not `.txt`, `.facts.toml` or `.jsonl`.
    other: usize,
    /// Symbolic links not followed, or followed to a file read already.
    links: usize,
}

/// A progress bar on a terminal (stderr), nothing otherwise.
/// `load` of one long `.txt` file: as the general path does it (merge,
/// checks, warnings, one atomic load, the same report), with the facts
/// read back from a spool a batch at a time.
fn load_long_text(
    store: &Store,
    sharing: Option<&Arc<dyn Sharing>>,
    f: &std::path::Path,
    known: &crate::extract::Known,
    explain: bool,
) -> Result<(), Error> {
    let mut doc = crate::extract::stream::read_spooled(f, known)?;
    let merged = doc.merge(known);
    if explain {
        for n in &merged {
            crate::outln!("merged: {n}");
        }
    }
    let stored = |n: &str| store.known(n);
    // The conflicts' lines are looked up in the file (its text is not held).
    let conflicts =
        crate::ingest::against_store::conflicts(std::slice::from_ref(&doc.head), &stored)?;
    if !conflicts.is_empty() {
        let names: Vec<String> = conflicts.iter().map(|(n, _)| n.clone()).collect();
        let lines = crate::ingest::against_store::lines_in_file(f, &names);
        let mut problems = crate::ingest::Problems::new(&f.display().to_string());
        for ((_, msg), line) in conflicts.into_iter().zip(lines) {
            problems.add(line, msg);
        }
        problems.finish()?;
    }
    for w in &doc.head.warnings {
        crate::errln!("warning: {w}");
    }
    let r = {
        let _writing = sharing.map(|s| s.committing());
        doc.load(store, known)?
    };
    report_load(store, 1, &r, explain)?;
    Ok(())
}

/// Whether a load reads the file as a dump (JSON lines).
fn is_dump(f: &std::path::Path) -> bool {
    matches!(
        f.extension().and_then(|e| e.to_str()),
        Some("jsonl" | "json" | "ndjson")
    )
}

/// `load` of one dump, as the general path loads it (the same checks and
/// errors, extracted names merged as `corpus::merge` merges them, one
/// atomic load, the same report), read a line at a time into temporary
/// files and loaded from them a document at a time.
fn load_dump(
    store: &Store,
    sharing: Option<&Arc<dyn Sharing>>,
    f: &std::path::Path,
    known: &crate::extract::Known,
    explain: bool,
) -> Result<(), Error> {
    let mut merge = crate::extract::corpus::Streamed::new(known);
    crate::store::kv::trace("store open, scanning the dump");
    let is_known = |n: &str| known.contains(n);
    // The documents' checks run alongside the load, but with `--explain`
    // (whose notes are printed before it: a failing check prints none).
    let mut dump = match explain {
        true => crate::ingest::jsonl_stream::scan(f, &is_known, Some(&mut merge))?,
        false => crate::ingest::jsonl_stream::scan_to_load(f, &is_known, Some(&mut merge))?,
    };
    crate::store::kv::trace("scanned");
    if explain {
        for n in dump.notes() {
            crate::outln!("merged: {n}");
        }
    }
    let stored = |n: &str| store.known(n);
    // A store without entities has nothing a name could conflict with:
    // the pass (every entity of the dump read back from its spool and
    // looked up) is left out, as for a new database.
    if store.all_entities().next().is_some() {
        dump.check_against_store(&stored)?;
    }
    let r = {
        let _writing = sharing.map(|s| s.committing());
        dump.load_checking(|docs| store.load_by_document(docs))?
    };
    crate::store::kv::trace("loaded (committed)");
    report_load(store, dump.len(), &r, explain)?;
    Ok(())
}

/// `load` of any files but one long text: read (texts extracted) on all
/// cores a few files at a time, each file's documents spooled as they
/// come; then merged (the same entity named in several documents is one
/// entity, issue 11), checked against the store, and loaded a document at
/// a time in one atomic write. What is held is a few files' documents
/// while reading, the names of all of them, and one document after
/// (issue 15).
fn load_documents(
    store: &Store,
    sharing: Option<&Arc<dyn Sharing>>,
    files: &[PathBuf],
    skipped: Skipped,
    corpus: bool,
    known: &crate::extract::Known,
    explain: bool,
) -> Result<(), Error> {
    use rayon::prelude::*;
    let mut spool = crate::extract::stream::CorpusSpool::new()?;
    let bar = progress_bar(files.len() as u64);
    // Enough files per chunk to keep every core busy; the chunk's
    // documents are what reading holds.
    let chunk = rayon::current_num_threads().max(1) * 32;
    // Every file that cannot be read is named, not the first only: one
    // cleaning a folder of scraped articles fixes them all in one pass.
    // Nothing is loaded while any is left.
    let mut unreadable: Vec<Error> = Vec::new();
    let read = files.chunks(chunk).try_for_each(|part| {
        let read: Vec<Result<Vec<crate::model::DocumentFacts>, Error>> = part
            .par_iter()
            .map(|f| {
                let r = crate::extract::read_path(f, known);
                bar.inc(1);
                r
            })
            .collect();
        read.into_iter().try_for_each(|r| match r {
            Ok(docs) if unreadable.is_empty() => spool.push(docs, known),
            Ok(_) => Ok(()),
            Err(e @ Error::Input(_)) => {
                unreadable.push(e);
                Ok(())
            }
            Err(e) => Err(e),
        })
    });
    bar.finish_and_clear();
    read?;
    if let Some(last) = unreadable.pop() {
        if unreadable.is_empty() {
            return Err(last);
        }
        for e in &unreadable {
            crate::errln!("error: {e}");
        }
        return Err(Error::Input(format!(
            "{last}\n{} files could not be read (each named above); nothing was loaded",
            unreadable.len() + 1
        )));
    }
    let per_file = spool.per_file().to_vec();
    // Each document read back and merged once, in order: what --explain
    // says, the per-file checks (a file's documents at once) and, kept
    // merged in the spool, the load's parts after.
    let stored = |n: &str| store.known(n);
    // Documents are known by their name: two files giving the same
    // one (A/report.txt, B/report.txt) would overwrite each other.
    let mut given: std::collections::HashMap<(String, bool), &std::path::Path> =
        std::collections::HashMap::new();
    let mut warnings = Vec::new();
    let mut notes = Vec::new();
    // The files with documents, each with how many.
    let mut files_left = files.iter().zip(per_file).filter(|(_, n)| *n > 0);
    let mut file = files_left.next();
    let mut file_docs = Vec::new();
    // With --explain every note is said before the first error.
    let mut failed: Option<Error> = None;
    let mut check = |d: crate::model::DocumentFacts| -> Result<(), Error> {
        file_docs.push(d);
        let Some((f, n)) = file else {
            return Err(Error::Internal("a document of no file".into()));
        };
        if file_docs.len() < n {
            return Ok(());
        }
        file = files_left.next();
        let docs = std::mem::take(&mut file_docs);
        // Conflicts with the store, found with the file's lines.
        crate::ingest::against_store::check(f, &docs, &stored)?;
        for d in docs {
            let key = (d.doc.clone(), crate::store::is_extracted(&d));
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
            warnings.extend(d.warnings);
        }
        Ok(())
    };
    spool.merge_each(known, &mut |_, d, merged| {
        notes.extend(merged);
        if failed.is_none() {
            if let Err(e) = check(d) {
                if !explain {
                    return Err(e);
                }
                failed = Some(e);
            }
        }
        Ok(())
    })?;
    if explain {
        for n in &notes {
            crate::outln!("merged: {n}");
        }
    }
    if let Some(e) = failed {
        return Err(e);
    }
    for w in &warnings {
        crate::errln!("warning: {w}");
    }
    let documents = spool.documents();
    let r = {
        let _writing = sharing.map(|s| s.committing());
        store.load_by_document(&mut spool)?
    };
    report_load(store, documents, &r, explain)?;
    if corpus {
        // Links are named only when there are some: the line stays as it
        // was for a folder without them.
        let skipped = match skipped.links {
            0 => format!(
                "{} skipped (not .txt, .facts.toml or .jsonl)",
                skipped.other
            ),
            n => format!(
                "{} skipped ({} not .txt, .facts.toml or .jsonl, {n} symbolic link(s))",
                skipped.other + n,
                skipped.other
            ),
        };
        // Not `corpus:`, which read as the directory's name; the facts
        // are those the documents state, stored before or not.
        crate::outln!(
            "files: {} read, {skipped}; \
             {documents} document(s) stating {} facts, {} of them mentions",
            files.len(),
            spool.facts,
            spool.mentions
        );
    }
    Ok(())
}

/// The line a load ends with, whichever way it went to the store.
/// With `explain`, each extracted fact of an earlier load that a curated
/// fact removed is listed first (up to `REMOVED_LISTED`).
fn report_load(
    store: &Store,
    documents: usize,
    r: &crate::store::LoadReport,
    explain: bool,
) -> Result<(), Error> {
    let superseded = if r.superseded > 0 {
        format!(
            "; {} extracted facts left out, curated facts say the same",
            r.superseded
        )
    } else {
        String::new()
    };
    // Facts that were in the store and are not now: said as loudly as
    // those left out (in the other order of loads they would have been).
    let removed = if r.removed > 0 {
        const NAMED: usize = 3;
        let mut docs: Vec<String> = r
            .removed_by_doc
            .iter()
            .take(NAMED)
            .map(|(d, n)| format!("{d}: {n}"))
            .collect();
        if r.removed_by_doc.len() > NAMED {
            docs.push(format!(
                "and {} more document(s)",
                r.removed_by_doc.len() - NAMED
            ));
        }
        format!(
            "; {} extracted facts of documents loaded before removed ({}), curated facts \
             take their place{}",
            r.removed,
            docs.join(", "),
            if explain {
                ""
            } else {
                " (--explain lists them)"
            }
        )
    } else {
        String::new()
    };
    if explain {
        for f in &r.removed_facts {
            crate::outln!(
                "removed: {}: {}.{} {} (extracted; a curated fact takes its place)",
                f.doc,
                f.subject,
                f.attribute,
                f.value
            );
        }
        if r.removed > r.removed_facts.len() {
            crate::outln!(
                "removed: ... and {} more",
                r.removed - r.removed_facts.len()
            );
        }
    }
    const REPLACED_NAMED: usize = 3;
    for (name, facts) in r.replaced_docs.iter().take(REPLACED_NAMED) {
        crate::errln!(
            "note: replaced an earlier version of {name} (a different text under the same \
             name; its {facts} facts are gone)"
        );
    }
    if r.replaced_docs.len() > REPLACED_NAMED {
        crate::errln!(
            "note: and {} more document(s) replaced their earlier versions",
            r.replaced_docs.len() - REPLACED_NAMED
        );
    }
    // A repost under another name is stored (each name can be cited),
    // but its facts are the other's again: the loader is told.
    const SAME_NAMED: usize = 3;
    let mut same = 0;
    let mut told: Vec<String> = Vec::new();
    for &id in &r.new_texts {
        if let Some(other) = store.same_text_as(id)? {
            // Two copies in one load: said once.
            if told.contains(&other) {
                continue;
            }
            let name = store.doc_name(id)?;
            same += 1;
            if same <= SAME_NAMED {
                crate::errln!(
                    "note: {name} has the same text as {other}, byte for byte: stored under \
                     both names, each fact they state sourced from both"
                );
            }
            told.push(name);
        }
    }
    if same > SAME_NAMED {
        crate::errln!(
            "note: and {} more document(s) repeat the text of one loaded before",
            same - SAME_NAMED
        );
    }
    crate::outln!(
        "loaded {documents} document(s): {} new or replaced ({} entities, {} facts), {} unchanged{superseded}{removed}",
        r.documents_loaded,
        r.entities,
        r.facts,
        r.documents_unchanged
    );
    Ok(())
}

fn progress_bar(len: u64) -> indicatif::ProgressBar {
    // (Never on a client's terminal: indicatif draws on this process's.)
    if len < 2 || crate::console::is_redirected() || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len);
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("reading {bar:30} {pos}/{len} files {rate}")
    {
        // indicatif's {per_sec} prints four decimals (8.1994/s).
        bar.set_style(style.with_key(
            "rate",
            |s: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = write!(w, "{:.1}/s", s.per_sec());
            },
        ));
    }
    bar
}
