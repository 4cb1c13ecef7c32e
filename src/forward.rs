//! The command line through a running `seedkb serve`.
//!
//! While a server holds a database, it listens on a Unix socket in the
//! database directory ([`SOCKET`], owner-only, and a client must be the
//! server's user or root). A one-shot command (`-e`, piped queries, `run`,
//! `load`, `dump`, `test`, and each line typed at the REPL) connects there
//! instead of opening the database:
//! it sends its arguments, its working directory, the few environment
//! variables its output depends on, and — as `SCM_RIGHTS` — its standard
//! input, output and error. The server runs the command line's own code
//! on its shared store, writing straight into those descriptors, and
//! answers with the exit code. So the bytes, their order between stdout
//! and stderr, terminal detection and exit codes are the ones the command
//! would have produced alone; the client never builds the Chinese
//! analyzer or opens sled.
//!
//! Wire format: client → server one frame (u32 big-endian length, then a
//! JSON [`Request`]; the descriptors ride with its first byte); server →
//! client a 4-byte big-endian exit code when the command is done.
//! A socket file left by a killed server refuses connections: the client
//! then opens the database itself, and the next server replaces the file.

use crate::error::Error;
use serde::{Deserialize, Serialize};
use std::ffi::OsString;
#[cfg(target_os = "linux")]
use std::io::{IoSlice, IoSliceMut, Read, Write};
#[cfg(target_os = "linux")]
use std::mem::MaybeUninit;
#[cfg(target_os = "linux")]
use std::os::fd::{AsFd, OwnedFd};
#[cfg(target_os = "linux")]
use std::os::unix::fs::PermissionsExt;
#[cfg(target_os = "linux")]
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
#[cfg(target_os = "linux")]
use std::sync::atomic::AtomicUsize;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// The socket's file name in the database directory.
pub const SOCKET: &str = "serve.sock";

/// Environment variables a command's output depends on.
const ENV: [&str; 3] = ["NO_COLOR", "TERM", "COLUMNS"];

/// Longest request accepted (arguments are small; this bounds a bad peer).
const MAX_REQUEST: usize = 16 << 20;

/// What a client asks the server to run.
#[derive(Serialize, Deserialize, Debug, Clone)]
pub struct Request {
    /// The command line, program name first.
    pub args: Vec<OsString>,
    /// The client's working directory (relative paths are its).
    pub cwd: PathBuf,
    pub env: Vec<(String, OsString)>,
}

/// Runs a client's command with its streams in place; returns the exit
/// code.
pub type Handler = Arc<dyn Fn(Request) -> i32 + Send + Sync>;

/// Sends this process's command to the server holding the database at
/// `db`, if one is listening, and waits for its exit code. `None`: no
/// server (no socket, or a stale one), the caller opens the database.
#[cfg(target_os = "linux")]
pub fn client(db: &Path) -> Result<Option<i32>, Error> {
    send(db, std::env::args_os().collect())
}

/// Sends the command line `args` (program name first), with this
/// process's standard streams, to the server holding `db`; its exit code,
/// or `None` when no server answers. (The REPL on a served database sends
/// each line this way.)
#[cfg(target_os = "linux")]
pub fn send(db: &Path, args: Vec<OsString>) -> Result<Option<i32>, Error> {
    let Ok(stream) = UnixStream::connect(db.join(SOCKET)) else {
        return Ok(None);
    };
    let request = Request {
        args,
        cwd: std::env::current_dir()
            .map_err(|e| Error::Usage(format!("the current directory: {e}")))?,
        env: ENV
            .iter()
            .filter_map(|k| Some((k.to_string(), std::env::var_os(k)?)))
            .collect(),
    };
    let body = serde_json::to_vec(&request)
        .map_err(|e| Error::Internal(format!("encoding the request: {e}")))?;
    let mut frame = (body.len() as u32).to_be_bytes().to_vec();
    frame.extend_from_slice(&body);
    let (stdin, stdout, stderr) = (std::io::stdin(), std::io::stdout(), std::io::stderr());
    let fds = [stdin.as_fd(), stdout.as_fd(), stderr.as_fd()];
    let mut space = [MaybeUninit::<u8>::uninit(); rustix::cmsg_space!(ScmRights(3))];
    let mut control = rustix::net::SendAncillaryBuffer::new(&mut space);
    control.push(rustix::net::SendAncillaryMessage::ScmRights(&fds));
    // A closed standard stream cannot be sent: open the database here.
    let Ok(sent) = rustix::net::sendmsg(
        &stream,
        &[IoSlice::new(&frame)],
        &mut control,
        rustix::net::SendFlags::empty(),
    ) else {
        return Ok(None);
    };
    let lost = |e: std::io::Error| {
        Error::Storage(format!(
            "the seedkb serve holding {} stopped before it answered: {e}",
            db.display()
        ))
    };
    let mut stream = stream;
    stream.write_all(&frame[sent..]).map_err(lost)?;
    let mut code = [0u8; 4];
    stream.read_exact(&mut code).map_err(lost)?;
    Ok(Some(i32::from_be_bytes(code)))
}

/// The words of the commonest forwarded command, `seedkb [--db DB]
/// [--lock-wait SECONDS] -e QUERY…`, read without clap.
#[derive(Debug, PartialEq)]
pub struct Plain {
    pub db: Option<PathBuf>,
    pub lock_wait: Option<f64>,
    pub execute: Vec<String>,
}

impl Plain {
    /// The [`Cli`](crate::args::Cli) clap makes of these words (with
    /// --db given: without it clap reads `SEEDKB_DB`).
    pub fn cli(self) -> crate::args::Cli {
        crate::args::Cli {
            db: self.db,
            no_seeds: false,
            no_create: false,
            execute: self.execute,
            repl_line: false,
            format: None,
            bail: false,
            envelope: crate::args::EnvelopeMode::Auto,
            lock_wait: self.lock_wait.unwrap_or(crate::args::LOCK_WAIT),
            command: None,
        }
    }
}

/// `args` (program name first) as a [`Plain`] command, when they are one
/// that clap would surely accept as it is: each option once (`-e`
/// repeated), every value non-empty and not starting with `-`, a query in
/// UTF-8, `--lock-wait` a number of seconds from 0 to 3600. Anything else
/// (other options, subcommands, `-eQUERY`, `--`) is `None`: the full
/// parse then decides, with its own messages.
pub fn plain_words(args: &[OsString]) -> Option<Plain> {
    let mut plain = Plain {
        db: None,
        lock_wait: None,
        execute: Vec::new(),
    };
    let mut words = args.iter().skip(1);
    let value = |v: Option<&OsString>| -> Option<OsString> {
        let v = v?;
        let ok = !v.is_empty() && !v.as_encoded_bytes().starts_with(b"-");
        ok.then(|| v.clone())
    };
    while let Some(word) = words.next() {
        let w = word.as_encoded_bytes();
        let (name, inline) = match w.iter().position(|&b| b == b'=') {
            Some(i) if w.starts_with(b"--") => {
                (&w[..i], Some(OsString::from(word.to_str()?.get(i + 1..)?)))
            }
            _ => (w, None),
        };
        let v = match inline {
            Some(v) => value(Some(&v))?,
            None if matches!(name, b"--db" | b"--lock-wait" | b"-e" | b"--execute") => {
                value(words.next())?
            }
            None => return None,
        };
        match name {
            b"--db" if plain.db.is_none() => plain.db = Some(PathBuf::from(v)),
            b"--lock-wait" if plain.lock_wait.is_none() => {
                let secs: f64 = v.to_str()?.parse().ok()?;
                plain.lock_wait = Some(secs).filter(|s| (0.0..=3600.0).contains(s));
                plain.lock_wait?;
            }
            b"-e" | b"--execute" => plain.execute.push(v.into_string().ok()?),
            _ => return None,
        }
    }
    (!plain.execute.is_empty()).then_some(plain)
}

/// Sends this process's command to the server holding its database,
/// before anything else is done, when the command is a [`Plain`] one:
/// the words clap would parse (a quarter of such a client's
/// instructions) are read by the server anyway. `None`: not such a
/// command, or no server answers; the command line is then parsed and
/// run as usual.
#[cfg(target_os = "linux")]
pub fn plain_client() -> Option<Result<i32, Error>> {
    let args: Vec<OsString> = std::env::args_os().collect();
    let plain = plain_words(&args)?;
    let db = match plain.db {
        Some(db) => db,
        // clap reads SEEDKB_DB when --db is not given; an empty one is
        // left to it.
        None => match std::env::var_os("SEEDKB_DB") {
            Some(v) if v.is_empty() => return None,
            Some(v) => PathBuf::from(v),
            None => crate::args::default_db_path(),
        },
    };
    if db.as_os_str().as_encoded_bytes().starts_with(b"etcd://") {
        return None;
    }
    send(&db, args).transpose()
}

#[cfg(not(target_os = "linux"))]
pub fn plain_client() -> Option<Result<i32, Error>> {
    None
}

/// Whether a server answers on `db`'s socket.
#[cfg(target_os = "linux")]
pub fn serving(db: &Path) -> bool {
    UnixStream::connect(db.join(SOCKET)).is_ok()
}

#[cfg(not(target_os = "linux"))]
pub fn serving(_db: &Path) -> bool {
    false
}

/// Elsewhere than Linux the command line opens the database itself.
#[cfg(not(target_os = "linux"))]
pub fn client(_db: &Path) -> Result<Option<i32>, Error> {
    Ok(None)
}

#[cfg(not(target_os = "linux"))]
pub fn send(_db: &Path, _args: Vec<OsString>) -> Result<Option<i32>, Error> {
    Ok(None)
}

/// Elsewhere than Linux there is no socket (`in_directory` needs Linux).
#[cfg(not(target_os = "linux"))]
pub fn listen(_db: &Path, _handler: Handler) -> std::io::Result<Listener> {
    Err(std::io::ErrorKind::Unsupported.into())
}

/// The server's end: a socket in the database directory and the threads
/// answering on it. Dropping it stops listening and removes the file.
pub struct Listener {
    path: PathBuf,
    stop: Arc<AtomicBool>,
}

/// Listens at `db/serve.sock` (a stale file there is replaced: the caller
/// holds the database, so no other server can be using it).
///
/// The clients are answered by threads that each wait in `accept` and run
/// the command themselves: a one-shot client then wakes one thread of the
/// server, not an accepting thread that starts another (on a busy machine
/// each wake-up waits for a core, and a thread's start and end were a
/// third of a served `show`'s work in the server). One more thread is
/// started whenever the last waiting one takes a client, so a long
/// command (a load) never keeps the next client waiting; threads beyond
/// [`IDLE_KEPT`] waiting ones end after their client.
#[cfg(target_os = "linux")]
pub fn listen(db: &Path, handler: Handler) -> std::io::Result<Listener> {
    let path = db.join(SOCKET);
    match std::fs::remove_file(&path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
        _ => {}
    }
    let listener = UnixListener::bind(&path)?;
    // Owner only: the socket is as trusted as the database files. (Each
    // connection's user is checked too, which also covers the moment
    // between bind and chmod.)
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))?;
    let stop = Arc::new(AtomicBool::new(false));
    let pool = Arc::new(Pool {
        listener,
        handler,
        stop: stop.clone(),
        waiting: AtomicUsize::new(0),
    });
    pool.spawn()?;
    Ok(Listener { path, stop })
}

/// Threads waiting for a client beyond which one that has answered its
/// client ends.
#[cfg(target_os = "linux")]
const IDLE_KEPT: usize = 2;

/// What the threads answering on the socket share.
#[cfg(target_os = "linux")]
struct Pool {
    listener: UnixListener,
    handler: Handler,
    stop: Arc<AtomicBool>,
    /// Threads in `accept` (or about to be).
    waiting: AtomicUsize,
}

#[cfg(target_os = "linux")]
impl Pool {
    /// Starts one more thread waiting for a client.
    fn spawn(self: &Arc<Self>) -> std::io::Result<()> {
        let pool = self.clone();
        pool.waiting.fetch_add(1, Ordering::SeqCst);
        let started = std::thread::Builder::new()
            .name("seedkb-client".into())
            .spawn(move || pool.serve());
        if started.is_err() {
            self.waiting.fetch_sub(1, Ordering::SeqCst);
        }
        started.map(drop)
    }

    /// A thread's life: take a client, make sure another thread waits for
    /// the next one, answer, and wait again unless enough others do.
    fn serve(self: Arc<Self>) {
        loop {
            let conn = self.listener.accept();
            let left = self.waiting.fetch_sub(1, Ordering::SeqCst) - 1;
            if self.stop.load(Ordering::SeqCst) {
                return;
            }
            // No thread left waiting: start one. If none can be started,
            // this one comes back to `accept` after its client.
            if left == 0 {
                let _ = self.spawn();
            }
            match conn {
                Ok((conn, _)) => answer(conn, &self.handler),
                // Out of descriptors, say: not a loop that burns a core.
                Err(_) => std::thread::sleep(std::time::Duration::from_millis(10)),
            }
            if self.waiting.load(Ordering::SeqCst) >= IDLE_KEPT {
                return;
            }
            self.waiting.fetch_add(1, Ordering::SeqCst);
        }
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // No new client can connect once the file is gone; the threads
        // blocked in accept end with the process.
        let _ = std::fs::remove_file(&self.path);
    }
}

/// One client: reads its request, runs it, sends the exit code.
#[cfg(target_os = "linux")]
fn answer(mut conn: UnixStream, handler: &Handler) {
    let Ok(peer) = rustix::net::sockopt::socket_peercred(&conn) else {
        return;
    };
    let me = rustix::process::geteuid();
    if peer.uid != me && !peer.uid.is_root() {
        return;
    }
    let Some((request, streams)) = receive(&mut conn) else {
        return;
    };
    let code = crate::console::redirected(streams, || {
        // Relative paths must not be read from the server's directory.
        if let Err(e) = in_directory(&request.cwd) {
            crate::errln!(
                "error: the seedkb serve holding this database cannot work in {}: {e}; \
                 nothing was done",
                request.cwd.display()
            );
            return 3;
        }
        handler(request)
    });
    let _ = conn.write_all(&code.to_be_bytes());
}

/// Reads the frame and the three descriptors sent with it.
#[cfg(target_os = "linux")]
fn receive(conn: &mut UnixStream) -> Option<(Request, crate::console::Streams)> {
    // A request is a few hundred bytes; a longer one is read on below.
    let mut first = [0u8; 4096];
    let mut space = [MaybeUninit::<u8>::uninit(); rustix::cmsg_space!(ScmRights(3))];
    let mut control = rustix::net::RecvAncillaryBuffer::new(&mut space);
    let got = rustix::net::recvmsg(
        &*conn,
        &mut [IoSliceMut::new(&mut first)],
        &mut control,
        rustix::net::RecvFlags::CMSG_CLOEXEC,
    )
    .ok()?;
    let mut fds: Vec<OwnedFd> = Vec::new();
    for msg in control.drain() {
        if let rustix::net::RecvAncillaryMessage::ScmRights(received) = msg {
            fds.extend(received);
        }
    }
    drop(control);
    let mut data = first[..got.bytes].to_vec();
    if data.len() < 4 || fds.len() != 3 {
        return None;
    }
    let len = u32::from_be_bytes([data[0], data[1], data[2], data[3]]) as usize;
    if len > MAX_REQUEST {
        return None;
    }
    while data.len() < 4 + len {
        let mut more = vec![0u8; 4 + len - data.len()];
        let n = conn.read(&mut more).ok()?;
        if n == 0 {
            return None;
        }
        data.extend_from_slice(&more[..n]);
    }
    let request: Request = serde_json::from_slice(&data[4..4 + len]).ok()?;
    let mut fds = fds.into_iter().map(std::fs::File::from);
    let streams = crate::console::Streams {
        stdin: fds.next()?,
        stdout: fds.next()?,
        stderr: fds.next()?,
        env: request.env.clone(),
    };
    Some((request, streams))
}

/// Makes `dir` this thread's working directory, so the client's relative
/// paths read as they would in its own process (and its messages name
/// them as it wrote them). The thread first takes its own copy of the
/// process's directory state (Linux `unshare(CLONE_FS)`).
#[cfg(target_os = "linux")]
pub fn in_directory(dir: &Path) -> std::io::Result<()> {
    // SAFETY: FS unshares the working directory, root and umask only; no
    // file descriptor table is unshared, so every descriptor stays valid
    // on every thread.
    unsafe { rustix::thread::unshare_unsafe(rustix::thread::UnshareFlags::FS) }?;
    std::env::set_current_dir(dir)
}

/// Elsewhere than Linux no thread has a directory of its own.
#[cfg(not(target_os = "linux"))]
pub fn in_directory(_dir: &Path) -> std::io::Result<()> {
    Err(std::io::ErrorKind::Unsupported.into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    fn words(w: &[&str]) -> Vec<OsString> {
        std::iter::once("seedkb")
            .chain(w.iter().copied())
            .map(OsString::from)
            .collect()
    }

    /// What is read without clap is what clap reads.
    #[test]
    fn plain_commands_read_as_clap_reads_them() {
        let cases: [&[&str]; 6] = [
            &["--db", "d", "-e", "show 义县"],
            &["--db=d", "--lock-wait", "0", "-e", "kinds"],
            &["-e", "kinds", "--db", "/tmp/x y", "--execute", "show 义县"],
            &["--lock-wait=2.5", "--execute=show a=b", "--db", "d"],
            &["--db", "d", "--lock-wait", "3600", "-e", "count funding"],
            &["--lock-wait", "+1", "--db", "d", "-e", "kinds"],
        ];
        for case in cases {
            let args = words(case);
            let plain = plain_words(&args).unwrap_or_else(|| panic!("{case:?} not read"));
            let clap = crate::args::Cli::try_parse_from(&args).expect("clap parses it");
            assert_eq!(
                format!("{:?}", plain.cli()),
                format!("{clap:?}"),
                "{case:?}"
            );
        }
    }

    /// Anything clap might read otherwise, or refuse, is left to it.
    #[test]
    fn other_commands_are_left_to_clap() {
        let cases: [&[&str]; 14] = [
            &["--db", "d"],
            &["--db", "d", "dump"],
            &["--db", "d", "-ekinds"],
            &["--db", "d", "-e", "kinds", "--format", "json"],
            &["--db", "d", "-e"],
            &["--db", "d", "-e", ""],
            &["--db", "d", "-e", "-1"],
            &["--db", "d", "--db", "e", "-e", "kinds"],
            &["--db", "d", "--lock-wait", "-1", "-e", "kinds"],
            &["--db", "d", "--lock-wait", "4000", "-e", "kinds"],
            &["--db", "d", "--lock-wait", "NaN", "-e", "kinds"],
            &[
                "--db",
                "d",
                "--lock-wait",
                "1",
                "--lock-wait",
                "2",
                "-e",
                "kinds",
            ],
            &["--db", "d", "--", "-e", "kinds"],
            &["--db=", "-e", "kinds"],
        ];
        for case in cases {
            assert_eq!(plain_words(&words(case)), None, "{case:?}");
        }
    }
}
