//! Helpers shared by the integration tests that run the built `seedkb`:
//! each test file does `mod common;` and keeps only what is its own.

// Each test binary compiles this module and uses a different subset of it.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};

/// The binary under test.
pub const BIN: &str = env!("CARGO_BIN_EXE_seedkb");

/// What a finished `seedkb` run left behind.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Fails the test unless the run succeeded.
    pub fn ok(self) -> Run {
        assert_eq!(
            self.code, 0,
            "expected success\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }

    /// Fails the test unless the run exited with `code`.
    pub fn code(self, code: i32) -> Run {
        assert_eq!(
            self.code, code,
            "expected exit code {code}\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }
}

/// `seedkb --db <db>`, nothing else set.
pub fn command(db: &Path) -> Command {
    let mut c = Command::new(BIN);
    c.arg("--db").arg(db);
    c
}

/// Keeps a command off any real database: no SEEDKB_DB, and the
/// per-user data directory, home and working directory inside `dir`.
pub fn isolate<'a>(c: &'a mut Command, dir: &Path) -> &'a mut Command {
    c.env_remove("SEEDKB_DB")
        .env("XDG_DATA_HOME", dir.join("xdg"))
        .env("HOME", dir.join("home"))
        .current_dir(dir)
}

/// Runs a command to its end: stdin is `input` (written on a thread, so a
/// full stdout pipe cannot deadlock the test) or nothing. Fails the test
/// if seedkb is ended by a signal, writes other than UTF-8, or panics.
pub fn run(mut c: Command, input: Option<&[u8]>) -> Run {
    c.stdout(Stdio::piped()).stderr(Stdio::piped());
    c.stdin(if input.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    });
    let what = format!("{c:?}");
    let mut child = c.spawn().expect("spawn seedkb");
    if let Some(bytes) = input {
        let mut stdin = child.stdin.take().expect("stdin");
        let bytes = bytes.to_vec();
        std::thread::spawn(move || {
            let _ = stdin.write_all(&bytes);
        });
    }
    let out = child.wait_with_output().expect("wait for seedkb");
    let res = Run {
        code: out.status.code().expect("seedkb ended by a signal"),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    };
    assert!(
        !panicked(&res.stderr),
        "seedkb panicked: {what}\n{}",
        res.stderr
    );
    res
}

/// `seedkb --db <db> <args>`, fed `stdin` (or nothing).
pub fn seedkb(db: &Path, args: &[&str], stdin: Option<&[u8]>) -> Run {
    let mut c = command(db);
    c.args(args);
    run(c, stdin)
}

/// Whether standard error shows a panic.
pub fn panicked(stderr: &str) -> bool {
    stderr.contains("panicked") || stderr.contains("RUST_BACKTRACE")
}

/// Fails the test if standard error shows a panic.
pub fn assert_no_panic(stderr: &str) {
    assert!(!panicked(stderr), "seedkb panicked:\n{stderr}");
}

/// A temporary directory and a database path (`<dir>/db`) in it; the
/// database does not exist until a run creates it.
pub fn temp_db() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("db");
    (dir, db)
}

/// Text as a person reads it: escape sequences and carriage returns gone.
pub fn strip(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\x1b' => {
                if chars.peek() == Some(&'[') {
                    chars.next();
                    // Parameters, then one final byte in @..~.
                    for d in chars.by_ref() {
                        if ('@'..='~').contains(&d) {
                            break;
                        }
                    }
                } else {
                    chars.next();
                }
            }
            '\r' | '\x07' => {}
            c => out.push(c),
        }
    }
    out
}

/// The URL a `seedkb serve` started with its stdout piped prints on its
/// first line, once it listens.
pub fn served_url(child: &mut std::process::Child) -> String {
    use std::io::BufRead;
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().expect("serve's stdout piped"))
        .read_line(&mut line)
        .unwrap();
    line.split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap_or_else(|| panic!("serve printed no URL: {line:?}"))
        .to_string()
}

/// Kills `child` (SIGKILL) after `delay` unless it has ended by then; its
/// exit status either way. The crash harnesses kill loads at random moments.
pub fn kill_after(child: &mut Child, delay: std::time::Duration) -> ExitStatus {
    std::thread::sleep(delay);
    let _ = child.kill();
    child.wait().expect("wait for a killed seedkb")
}

/// Sends SIGTERM to `child` (a `seedkb serve` ends gracefully on it); the
/// caller waits for it as it needs.
pub fn sigterm(child: &Child) {
    let sent = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("run kill");
    assert!(sent.success(), "kill -TERM {}", child.id());
}

/// Copies a directory tree (a database, a backup of one) file by file.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}
