//! `seedkb`: reads the command line, lets the batch front end decide the
//! mode, and hands the interactive and test modes to their own front ends.
//! Every error ends here, as a report on stderr and its exit code — the
//! command's own, or one a running `seedkb serve` ran for it.

use clap::Parser;
use seedkb::args::{default_db_path, Cli};
use seedkb::cli::Next;
use seedkb::error::Error;
use seedkb::output::diag::{self, Origin};
use seedkb::session::{catch_internal, color_allowed, quiet_panics, Sharing};
use seedkb::store::Store;
use std::process::ExitCode;
use std::sync::Arc;

fn main() -> ExitCode {
    quiet_panics();
    let code = finish(catch_internal(run));
    // Every exit code is one of error.rs's (0–74): it fits a byte.
    ExitCode::from(u8::try_from(code).unwrap_or(70))
}

/// The exit code of what ran; an error is reported on (the client's)
/// standard error first.
fn finish(r: Result<i32, Error>) -> i32 {
    match r {
        Ok(code) => code,
        Err(Error::BrokenPipe) => 0,
        Err(e) => {
            seedkb::errln!("{}", diag::render(&e, None, &Origin::Inline));
            e.exit_code()
        }
    }
}

fn run() -> Result<i32, Error> {
    if let Some(code) = seedkb::forward::plain_client().transpose()? {
        end_now(code);
    }
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            if let Some(hint) = query_hint(&e) {
                seedkb::errln!("{hint}");
            }
            return Ok(code);
        }
    };
    match seedkb::cli::run(cli)? {
        Next::Serve {
            args,
            path,
            seeds,
            lock_wait,
        } => seedkb::serve::run(&args, &path, seeds, lock_wait, Arc::new(forwarded)),
        next => finish_next(next, None),
    }
}

/// Ends a client whose command a running `seedkb serve` did: it wrote
/// nothing and holds nothing, so the exit handlers (the allocator's
/// release of its memory, the dynamic loader's finalisers) are skipped.
fn end_now(code: i32) -> ! {
    #[cfg(target_os = "linux")]
    // SAFETY: _exit ends the process at once; nothing of it is used after.
    unsafe {
        libc::_exit(code)
    }
    #[cfg(not(target_os = "linux"))]
    std::process::exit(code)
}

/// What is left once the batch front end has decided the mode.
fn finish_next(next: Next, sharing: Option<&dyn Sharing>) -> Result<i32, Error> {
    match next {
        Next::Exit(code) => Ok(code),
        Next::Interactive(mut session) => seedkb::repl::run(&mut session),
        Next::Served { path, cli } => seedkb::repl::served(&path, &cli),
        Next::Test(store, files, bless) => {
            let _reading = sharing.map(|s| s.reading());
            let color = seedkb::console::stdout_is_terminal() && color_allowed();
            seedkb::slt::run_files(&store, &files, &mut seedkb::console::stdout(), color, bless)
                .map_err(|e| Error::Output(format!("writing the report: {e}")))
        }
        Next::Serve { .. } => Err(Error::Usage(
            "seedkb serve cannot be started through a running server".into(),
        )),
    }
}

/// A command-line client's command, run by `seedkb serve` on its store
/// with the client's streams in place (see `seedkb::forward`).
fn forwarded(req: &seedkb::forward::Request, store: Arc<Store>, sharing: Arc<dyn Sharing>) -> i32 {
    finish(catch_internal(|| {
        let cli = match parse_forwarded(&req.args) {
            Ok(c) => c,
            Err(e) => {
                // The client parsed the same words; only a bug gets here.
                seedkb::errln!("{}", e.render());
                return Ok(2);
            }
        };
        let path = cli.db.clone().unwrap_or_else(default_db_path);
        let loads = matches!(cli.command, Some(seedkb::args::Command::Load { .. }));
        let batch = || seedkb::cli::batch(cli, store, &path, Some(sharing.clone()));
        let next = if loads {
            // A load reads its files on all cores: on threads of its own,
            // started here, so that they share this thread's working
            // directory — the client's (`forward::in_directory`). Threads
            // of the global pool would have that of whichever client
            // happened to start them.
            let pool = rayon::ThreadPoolBuilder::new()
                .build()
                .map_err(|e| Error::Internal(format!("starting the load's threads: {e}")))?;
            // The work moves to one of them: so do the client's streams.
            let streams = seedkb::console::current();
            pool.install(|| match streams {
                Some(s) => seedkb::console::redirected(s, batch),
                None => batch(),
            })?
        } else {
            batch()?
        };
        if matches!(next, Next::Interactive(_)) {
            return Err(Error::Usage(
                "seedkb serve does not run a whole REPL session: the REPL runs in the \
                 client and sends it one line at a time (is the client an older seedkb?)"
                    .into(),
            ));
        }
        finish_next(next, Some(&*sharing))
    }))
}

/// A client's command line, parsed with one `clap::Command` built once per
/// server (building it was half of the parse, per request). An error is
/// reported as a fresh parse reports it.
fn parse_forwarded(args: &[std::ffi::OsString]) -> Result<Cli, clap::Error> {
    use clap::{CommandFactory, FromArgMatches};
    // `--db DB [--lock-wait S] -e QUERY…`, the commonest, is read as clap
    // would read it (with --db given, the server's SEEDKB_DB plays no part).
    if let Some(p) = seedkb::forward::plain_words(args).filter(|p| p.db.is_some()) {
        return Ok(p.cli());
    }
    use std::sync::{Mutex, OnceLock, PoisonError};
    static COMMAND: OnceLock<Mutex<clap::Command>> = OnceLock::new();
    let parsed = {
        let mut command = COMMAND
            .get_or_init(|| Mutex::new(Cli::command()))
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        command
            .try_get_matches_from_mut(args)
            .and_then(|m| Cli::from_arg_matches(&m))
    };
    parsed.or_else(|_| Cli::try_parse_from(args))
}

/// A query typed where a subcommand goes (`seedkb 'funding by source'`,
/// `seedkb show 义县`) is the commonest first mistake: say how to run it.
fn query_hint(e: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if e.kind() != ErrorKind::InvalidSubcommand {
        return None;
    }
    let Some(ContextValue::String(word)) = e.get(ContextKind::InvalidSubcommand) else {
        return None;
    };
    // The words of the query: up to an option given after it.
    let rest: Vec<String> = std::env::args()
        .skip_while(|a| a != word)
        .enumerate()
        .take_while(|(i, a)| *i == 0 || !a.starts_with("--"))
        .map(|(_, a)| a)
        .collect();
    let query = rest.join(" ").replace('\'', "'\\''");
    Some(format!(
        "hint: to run a query, give it with -e: seedkb -e '{query}' (or pipe it: echo '{query}' | seedkb)"
    ))
}
