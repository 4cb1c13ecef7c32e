//! Where the batch front end's standard streams are. Normally the
//! process's own; while `seedkb serve` runs a command for a client of its
//! Unix socket (see [`crate::forward`]), the client's own file descriptors
//! and environment, for the thread doing that work only. The CLI's code
//! writes through here (`outln!`, `errln!`, [`stdout`], [`stdin`]), so a
//! command run by the server writes the very bytes it would have written
//! in the client's process, in the same order on the same descriptors.

use std::cell::RefCell;
use std::ffi::OsString;
use std::fs::File;
use std::io::{BufRead, IsTerminal, LineWriter, Write};

/// A client's standard streams and the environment variables the output
/// depends on.
pub struct Streams {
    pub stdin: File,
    pub stdout: File,
    pub stderr: File,
    /// `NO_COLOR`, `TERM`, `COLUMNS` as the client had them.
    pub env: Vec<(String, OsString)>,
}

struct Redirect {
    stdin: File,
    /// Line-buffered, as the process's own stdout is.
    stdout: LineWriter<File>,
    stderr: File,
    stdout_tty: bool,
    stderr_tty: bool,
    stdin_tty: bool,
    env: Vec<(String, OsString)>,
}

thread_local! {
    static REDIRECT: RefCell<Option<Redirect>> = const { RefCell::new(None) };
}

/// Runs `f` with this thread's standard streams set to `streams`; flushes
/// and restores them after.
pub fn redirected<T>(streams: Streams, f: impl FnOnce() -> T) -> T {
    let r = Redirect {
        stdout_tty: streams.stdout.is_terminal(),
        stderr_tty: streams.stderr.is_terminal(),
        stdin_tty: streams.stdin.is_terminal(),
        stdin: streams.stdin,
        stdout: LineWriter::new(streams.stdout),
        stderr: streams.stderr,
        env: streams.env,
    };
    REDIRECT.with(|c| *c.borrow_mut() = Some(r));
    struct Restore;
    impl Drop for Restore {
        fn drop(&mut self) {
            if let Some(mut r) = REDIRECT.with(|c| c.borrow_mut().take()) {
                let _ = r.stdout.flush();
            }
        }
    }
    let _restore = Restore;
    f()
}

/// A copy of this thread's client streams (the same open files), to hand
/// to another thread doing part of the work; None when they are the
/// process's own.
pub fn current() -> Option<Streams> {
    with(
        |r| {
            let _ = r.stdout.flush();
            Some(Streams {
                stdin: r.stdin.try_clone().ok()?,
                stdout: r.stdout.get_ref().try_clone().ok()?,
                stderr: r.stderr.try_clone().ok()?,
                env: r.env.clone(),
            })
        },
        || None,
    )
}

/// Whether this thread's streams are a client's.
pub fn is_redirected() -> bool {
    REDIRECT.with(|c| c.borrow().is_some())
}

fn with<T>(redirected: impl FnOnce(&mut Redirect) -> T, own: impl FnOnce() -> T) -> T {
    REDIRECT.with(|c| match c.borrow_mut().as_mut() {
        Some(r) => redirected(r),
        None => own(),
    })
}

/// An environment variable, the client's when redirected.
pub fn var_os(name: &str) -> Option<OsString> {
    with(
        |r| {
            r.env
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        },
        || std::env::var_os(name),
    )
}

pub fn stdout_is_terminal() -> bool {
    with(|r| r.stdout_tty, || std::io::stdout().is_terminal())
}

pub fn stderr_is_terminal() -> bool {
    with(|r| r.stderr_tty, || std::io::stderr().is_terminal())
}

pub fn stdin_is_terminal() -> bool {
    with(|r| r.stdin_tty, || std::io::stdin().is_terminal())
}

/// The width of the terminal standard output is, when it is one.
pub fn terminal_width() -> Option<usize> {
    let size = with(
        |r| terminal_size::terminal_size_of(r.stdout.get_ref()),
        terminal_size::terminal_size,
    );
    size.map(|(w, _)| usize::from(w.0))
        .filter(|w| *w > 0)
        .or_else(|| var_os("COLUMNS")?.to_str()?.parse().ok())
}

/// Standard input, read line by line.
pub fn stdin() -> Box<dyn BufRead> {
    let file = with(|r| r.stdin.try_clone().ok(), || None);
    match file {
        Some(f) => Box::new(std::io::BufReader::new(f)),
        None => Box::new(std::io::stdin().lock()),
    }
}

/// Standard output (`lock()` for the places that lock the process's own).
pub struct Stdout;

/// Standard error.
pub struct Stderr;

pub fn stdout() -> Stdout {
    Stdout
}

pub fn stderr() -> Stderr {
    Stderr
}

impl Stdout {
    pub fn lock(&self) -> Stdout {
        Stdout
    }
}

impl Write for Stdout {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        with(|r| r.stdout.write(buf), || std::io::stdout().write(buf))
    }
    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        with(
            |r| r.stdout.write_all(buf),
            || std::io::stdout().write_all(buf),
        )
    }
    fn flush(&mut self) -> std::io::Result<()> {
        with(|r| r.stdout.flush(), || std::io::stdout().flush())
    }
}

impl Write for Stderr {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        with(
            |r| {
                // What went to stdout first reaches the client first.
                let _ = r.stdout.flush();
                r.stderr.write(buf)
            },
            || std::io::stderr().write(buf),
        )
    }
    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        with(
            |r| {
                let _ = r.stdout.flush();
                r.stderr.write_all(buf)
            },
            || std::io::stderr().write_all(buf),
        )
    }
    fn flush(&mut self) -> std::io::Result<()> {
        with(|r| r.stderr.flush(), || std::io::stderr().flush())
    }
}

/// `print!` to [`stdout`]. Like `print!`, a failed write is not an error
/// here; unlike it, it does not panic (a closed pipe is noticed where the
/// answers are written).
#[macro_export]
macro_rules! out {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = write!($crate::console::stdout(), $($t)*);
    }};
}

/// `println!` to [`stdout`].
#[macro_export]
macro_rules! outln {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!($crate::console::stdout(), $($t)*);
    }};
}

/// `eprintln!` to [`stderr`].
#[macro_export]
macro_rules! errln {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!($crate::console::stderr(), $($t)*);
    }};
}
