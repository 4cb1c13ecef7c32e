//! `seedkb`: reads the command line, lets the batch front end decide the
//! mode, and hands the interactive and test modes to their own front ends.
//! Every error ends here, as a report on stderr and its exit code.

use clap::Parser;
use seedkb::args::Cli;
use seedkb::cli::Next;
use seedkb::error::Error;
use seedkb::output::diag::{self, Origin};
use seedkb::session::{catch_internal, color_allowed, quiet_panics};
use std::io::IsTerminal;
use std::process::ExitCode;

fn main() -> ExitCode {
    quiet_panics();
    let code = match catch_internal(run) {
        Ok(code) => code,
        Err(Error::BrokenPipe) => 0,
        Err(e) => {
            eprintln!("{}", diag::render(&e, None, &Origin::Inline));
            e.exit_code()
        }
    };
    // Every exit code is one of error.rs's (0–74): it fits a byte.
    ExitCode::from(u8::try_from(code).unwrap_or(70))
}

fn run() -> Result<i32, Error> {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return Ok(code);
        }
    };
    match seedkb::cli::run(cli)? {
        Next::Exit(code) => Ok(code),
        Next::Interactive(mut session) => seedkb::repl::run(&mut session),
        Next::Test(store, files) => {
            let stdout = std::io::stdout();
            let color = stdout.is_terminal() && color_allowed();
            seedkb::slt::run_files(&store, &files, &mut stdout.lock(), color)
                .map_err(|e| Error::Output(format!("writing the report: {e}")))
        }
        Next::Serve {
            args,
            path,
            seeds,
            lock_wait,
        } => seedkb::serve::run(&args, &path, seeds, lock_wait),
    }
}
