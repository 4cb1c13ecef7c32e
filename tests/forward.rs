//! The command line through a running `seedkb serve`: while a server holds
//! one database, `-e`, piped queries, `run`, `load`, `dump` and `test` on it
//! go through its socket and print what they print on a twin database that
//! no server holds — the same bytes on stdout and stderr, the same exit
//! code. Every client runs with `--lock-wait 0`: had it tried to open the
//! served database itself it would fail at once with "in use", so equal
//! output shows the work was forwarded. (Linux only, like the forwarding.)
#![cfg(target_os = "linux")]

mod common;

use common::{isolate, run, strip, Run, BIN};
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

const ARTICLE: &str = "转发县新闻\n\n6月8日,转发县投资1.2亿元建设粮食仓储中心。该中心占地80亩。\n";

/// A served database and a twin opened directly, in one folder that is
/// also the clients' working directory (relative paths are theirs).
struct Twins {
    dir: tempfile::TempDir,
    served: PathBuf,
    direct: PathBuf,
    server: Option<Child>,
}

impl Twins {
    fn new() -> Twins {
        let dir = tempfile::tempdir().unwrap();
        let served = dir.path().join("served");
        let direct = dir.path().join("direct");
        // Both seeded the same way before the server starts.
        for db in [&served, &direct] {
            cli(dir.path(), db, &["-e", "kinds"], None).ok();
        }
        let server = Some(serve(dir.path(), &served));
        Twins {
            dir,
            served,
            direct,
            server,
        }
    }

    fn write(&self, name: &str, text: &str) {
        std::fs::write(self.dir.path().join(name), text).unwrap();
    }

    /// Runs `args` on both databases; fails unless exit code, stdout and
    /// stderr agree (the databases' own paths read as DB). Returns the run.
    fn same(&self, args: &[&str], stdin: Option<&str>) -> Run {
        self.same_in(self.dir.path(), args, stdin)
    }

    /// [`Twins::same`], the clients working in `cwd`.
    fn same_in(&self, cwd: &Path, args: &[&str], stdin: Option<&str>) -> Run {
        let through = cli(cwd, &self.served, args, stdin);
        let direct = cli(cwd, &self.direct, args, stdin);
        let norm = |s: &str, db: &Path| s.replace(&db.display().to_string(), "DB");
        assert_eq!(
            (through.code, norm(&through.stdout, &self.served)),
            (direct.code, norm(&direct.stdout, &self.direct)),
            "{args:?}: stdout or exit code differ (through the server, then direct)\n\
             stderr through the server:\n{}",
            through.stderr
        );
        assert_eq!(
            norm(&through.stderr, &self.served),
            norm(&direct.stderr, &self.direct),
            "{args:?}: stderr differs (through the server, then direct)"
        );
        through
    }
}

impl Drop for Twins {
    fn drop(&mut self) {
        if let Some(mut s) = self.server.take() {
            let _ = s.kill();
            let _ = s.wait();
        }
    }
}

/// `seedkb --db DB --lock-wait 0 ARGS` in `dir`.
fn cli(dir: &Path, db: &Path, args: &[&str], stdin: Option<&str>) -> Run {
    let mut c = Command::new(BIN);
    isolate(&mut c, dir);
    c.arg("--db").arg(db).args(["--lock-wait", "0"]).args(args);
    run(c, stdin.map(str::as_bytes))
}

/// Starts `seedkb serve` on `db`; returns once it has said its URL (the
/// socket is in place before that).
fn serve(dir: &Path, db: &Path) -> Child {
    serve_at(dir, db).0
}

/// [`serve`], with the server's URL.
fn serve_at(dir: &Path, db: &Path) -> (Child, String) {
    let mut c = Command::new(BIN);
    isolate(&mut c, dir);
    // Not the clients' directory: their relative paths must be read as
    // theirs, not the server's.
    let elsewhere = dir.join("server");
    std::fs::create_dir_all(&elsewhere).unwrap();
    c.current_dir(&elsewhere);
    let mut child = c
        .arg("--db")
        .arg(db)
        .args(["serve", "--listen", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let url = common::served_url(&mut child);
    (child, url)
}

/// A server that is killed if the test ends without stopping it (a failed
/// assertion), before its temporary directory goes: a server whose files
/// vanish under it may never stop by itself.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn sigterm(child: &mut Child) {
    common::sigterm(child);
    let status = child.wait().unwrap();
    assert!(status.success(), "serve ended with {status:?}");
}

#[test]
fn queries_through_the_server_print_what_they_print_alone() {
    let t = Twins::new();
    t.same(&["-e", "funding by source"], None).ok();
    t.same(&["-e", "show 义县", "--format", "csv"], None).ok();
    // A mistake: exit 1, the report with its caret on stderr.
    let bad = t.same(&["-e", "funding by sourc"], None).code(1);
    assert!(bad.stderr.contains('^'), "{}", bad.stderr);
    // Several -e: one envelope per query, the failed one too.
    t.same(
        &["-e", "count funding", "-e", "kinds of", "--format", "json"],
        None,
    )
    .code(1);
    t.same(&["-e", ".kinds"], None).ok();
    // Piped queries, streamed as tables and enveloped as JSON lines.
    let script =
        "funding by source\n# a comment\nshow 义县\nfunding wher\n.format csv\ncount funding\n";
    t.same(&[], Some(script)).code(1);
    t.same(&["--format", "jsonl"], Some(script)).code(1);
    t.same(&["--bail"], Some(script)).code(1);
    t.same(&["--format", "tsv", "--envelope", "never"], Some(script))
        .code(1);
    t.same(
        &["--format", "json", "--envelope", "always", "-e", "kinds"],
        None,
    )
    .ok();
    // Bytes that are not UTF-8 on one line: that line is reported.
    std::fs::write(
        t.dir.path().join("script.txt"),
        b"count funding\n\xff\xfe bad\nshow \xe4\xb9\x89\xe5\x8e\xbf\n",
    )
    .unwrap();
    t.same(&["run", "script.txt"], None).code(1);
}

#[test]
fn dump_and_test_through_the_server_match() {
    let t = Twins::new();
    let dump = t.same(&["dump"], None).ok();
    assert!(dump.stdout.lines().count() > 100, "{}", dump.stdout);
    // Relative paths are the client's.
    t.write(
        "pinned.slt",
        "query TI\ncount funding by recipient limit 1\n----\n义县 3\n\n\
         query I\ncount funding\n----\n12345\n",
    );
    let failed = t.same(&["test", "pinned.slt"], None).code(1);
    assert!(failed.stdout.contains("pinned.slt"), "{}", failed.stdout);
    t.same(&["test", "missing.slt"], None);
}

#[test]
fn loads_through_the_server_commit_what_they_commit_alone() {
    let t = Twins::new();
    let before = t.same(&["dump"], None).ok().stdout;
    // A fact whose quote is not in its document: refused, nothing loaded.
    t.write(
        "bad.jsonl",
        &format!(
            "{}\n{}\n",
            serde_json::json!({"document": "news.txt", "content": ARTICLE}),
            serde_json::json!({"subject": "转发县", "attribute": "kind", "value": "county",
                               "doc": "news.txt", "quote": "这句话不在文中"})
        ),
    );
    let refused = t.same(&["load", "bad.jsonl"], None).code(1);
    assert!(refused.stderr.contains("bad.jsonl"), "{}", refused.stderr);
    assert_eq!(t.same(&["dump"], None).ok().stdout, before);
    // A good file, by a relative path, then a text document.
    t.write(
        "good.jsonl",
        &format!(
            "{}\n{}\n",
            serde_json::json!({"document": "news.txt", "content": ARTICLE}),
            serde_json::json!({"subject": "转发县", "attribute": "kind", "value": "county",
                               "doc": "news.txt", "quote": "转发县投资1.2亿元建设粮食仓储中心"})
        ),
    );
    t.same(&["load", "good.jsonl"], None).ok();
    t.write("article.txt", ARTICLE);
    t.same(&["load", "article.txt"], None).ok();
    // A folder, read on several threads (each in the client's directory).
    std::fs::create_dir(t.dir.path().join("news")).unwrap();
    for (i, place) in ["甲县", "乙县", "丙县"].iter().enumerate() {
        t.write(
            &format!("news/{i}.txt"),
            &format!(
                "{place}新闻\n\n7月{}日,{place}投资{}亿元建设物流园。\n",
                i + 1,
                i + 2
            ),
        );
    }
    t.same(&["load", "news"], None).ok();
    // Another client, in another directory: its own relative paths.
    std::fs::create_dir(t.dir.path().join("more")).unwrap();
    // (Two files: rayon hands work to its threads only when it splits.)
    for (name, n) in [("丁县", 5), ("戊县", 6)] {
        t.write(
            &format!("more/{name}.txt"),
            &format!("{name}新闻\n\n8月1日,{name}投资{n}亿元建设物流园。\n"),
        );
    }
    t.same_in(&t.dir.path().join("more"), &["load", "."], None)
        .ok();
    // Loading the same again changes nothing, and says so the same way.
    t.same(&["load", "good.jsonl", "article.txt"], None).ok();
    let after = t.same(&["dump"], None).ok().stdout;
    assert_ne!(after, before);
    assert!(after.contains("转发县"), "{after}");
    t.same(&["-e", "show 转发县"], None).ok();
}

#[test]
fn the_socket_is_the_owners_and_goes_with_the_server() {
    use std::os::unix::fs::PermissionsExt;
    let mut t = Twins::new();
    let sock = t.served.join("serve.sock");
    let mode = std::fs::metadata(&sock).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600, "{mode:o}");
    let mut server = Server(t.server.take().unwrap());
    sigterm(&mut server.0);
    assert!(!sock.exists(), "a stopped server left its socket");
    // The database is free again: the command line opens it itself.
    cli(t.dir.path(), &t.served, &["-e", "kinds"], None).ok();
}

#[test]
fn a_stale_socket_is_ignored_and_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    // Made first: the run that makes a database says so on stderr.
    cli(dir.path(), &db, &["-e", "kinds"], None).ok();
    let alone = cli(dir.path(), &db, &["-e", "funding by source"], None).ok();
    // What a killed server leaves: a socket file nobody listens on.
    let sock = db.join("serve.sock");
    drop(std::os::unix::net::UnixListener::bind(&sock).unwrap());
    assert!(sock.exists());
    let stale = cli(dir.path(), &db, &["-e", "funding by source"], None).ok();
    assert_eq!(stale.stdout, alone.stdout);
    assert_eq!(stale.stderr, alone.stderr);
    // A new server takes the file over; clients reach it.
    let mut server = Server(serve(dir.path(), &db));
    let through = cli(dir.path(), &db, &["-e", "funding by source"], None).ok();
    assert_eq!(through.stdout, alone.stdout);
    sigterm(&mut server.0);
    assert!(!sock.exists());
}

/// `seedkb ARGS` on `db` in a pseudo-terminal; everything it wrote.
fn in_pty(dir: &Path, db: &Path, args: &[&str]) -> String {
    let mut c = Command::new(BIN);
    isolate(&mut c, dir);
    c.arg("--db")
        .arg(db)
        .args(["--lock-wait", "0"])
        .args(args)
        .env("TERM", "xterm-256color")
        .env("COLUMNS", "100")
        .env("NO_COLOR", "1");
    let mut p = rexpect::session::spawn_command(c, Some(30_000)).expect("spawn in a pty");
    p.exp_eof().expect("the command ends")
}

#[test]
fn on_a_terminal_through_the_server_too() {
    let t = Twins::new();
    // The server sees the client's terminal: box-drawn tables, the width.
    let through = in_pty(t.dir.path(), &t.served, &["-e", "funding by source"]);
    let direct = in_pty(t.dir.path(), &t.direct, &["-e", "funding by source"]);
    assert_eq!(through, direct);
    assert!(
        through.contains(&"─".bytes().map(char::from).collect::<String>()),
        "{through}"
    );
}

/// The REPL on `db` in a pseudo-terminal (no colour, no history file):
/// types each line at a prompt, then Ctrl-D. What each line printed, up
/// to the next prompt, as a person reads it, and the exit status.
fn repl_in_pty(dir: &Path, db: &Path, lines: &[&str]) -> (Vec<String>, i32) {
    use rexpect::process::WaitStatus;
    let mut c = Command::new(BIN);
    isolate(&mut c, dir);
    c.arg("--db")
        .arg(db)
        .args(["--lock-wait", "0"])
        .env("TERM", "xterm-256color")
        .env("COLUMNS", "100")
        .env("NO_COLOR", "1")
        .env("SEEDKB_HISTORY", "");
    let mut p = rexpect::session::spawn_command(c, Some(30_000)).expect("spawn in a pty");
    // rexpect makes each byte a char: the prompt is ASCII.
    let utf8 = |s: String| {
        let bytes: Vec<u8> = s.chars().map(|c| c as u32 as u8).collect();
        strip(&String::from_utf8_lossy(&bytes))
    };
    // rustyline turns bracketed paste on when it starts reading a line
    // and off when the line is done: what lies between is the line's work.
    let (reading, done) = ("\x1b[?2004h", "\x1b[?2004l");
    p.exp_string(reading).expect("reading a line");
    p.exp_string("seedkb> ").expect("the prompt");
    let mut printed = Vec::new();
    for line in lines {
        // Typed only at a prompt: rustyline's cursor query comes first.
        p.send_line(line).expect("type a line");
        p.exp_string(done).expect("the line is entered");
        let got = p.exp_string(reading).expect("the next line is read");
        printed.push(utf8(got).trim_start_matches('\n').to_string());
        p.exp_string("seedkb> ").expect("the prompt");
    }
    p.send_control('d').expect("Ctrl-D");
    p.exp_eof().expect("the REPL leaves on Ctrl-D");
    let code = match p.process().wait() {
        Ok(WaitStatus::Exited(_, code)) => code,
        other => panic!("the REPL did not exit: {other:?}"),
    };
    (printed, code)
}

#[test]
fn the_repl_runs_each_line_through_the_server() {
    let t = Twins::new();
    let lines = [
        "funding by source",
        "funding whre amount > 1",
        ".format csv",
        "count funding",
        ".kinds",
    ];
    let (through, code) = repl_in_pty(t.dir.path(), &t.served, &lines);
    let (direct, direct_code) = repl_in_pty(t.dir.path(), &t.direct, &lines);
    assert_eq!((code, direct_code), (0, 0));
    for ((line, a), b) in lines.iter().zip(&through).zip(&direct) {
        assert_eq!(a, b, "{line:?}: through the server, then direct");
    }
    // A box-drawn table; the caret under the bad word, and the REPL went
    // on; the setting held for the next line.
    assert!(through[0].contains('─'), "{}", through[0]);
    assert!(through[1].contains('^'), "{}", through[1]);
    assert!(!through[1].contains("-e #"), "{}", through[1]);
    assert!(
        through[3].starts_with("count\n") && !through[3].contains('│'),
        "{}",
        through[3]
    );
    // The server did the work: this client waits for no lock (and could
    // not have had it).
    assert!(t.served.join("serve.sock").exists());
}

#[test]
fn a_reader_that_goes_away_stops_the_command_not_the_server() {
    let t = Twins::new();
    for db in [&t.served, &t.direct] {
        // `seedkb dump | head -1`: the reader closes after one line.
        let mut c = Command::new(BIN);
        isolate(&mut c, t.dir.path());
        let mut child = c
            .arg("--db")
            .arg(db)
            .args(["--lock-wait", "0", "dump"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut first)
            .unwrap();
        assert!(first.starts_with("{\"attributes\""), "{first}");
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", db.display());
        assert!(
            out.stderr.is_empty(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // The server lives on.
    t.same(&["-e", "count funding"], None).ok();
}

/// A large load through the server (several chunks) while a browser polls
/// a query: the load takes the server's locks from a thread outside its
/// runtime without stalling either side, and every answer is the count
/// before the load or after it. (This probe does not see a chunk on its
/// own — the counted kind index comes whole — so it shows that the two
/// go on together, not by itself that the commit keeps readers out; the
/// server's `db` tests cover the lock.)
#[test]
fn a_load_through_the_server_runs_beside_http_readers() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let data = dir.path().join("big.jsonl");
    let gen = Command::new(BIN)
        .args(["generate", "--facts", "12000", "--seed", "5", "-o"])
        .arg(&data)
        .output()
        .unwrap();
    assert!(gen.status.success());
    cli(dir.path(), &db, &["-e", "kinds"], None).ok();
    let (server, url) = serve_at(dir.path(), &db);
    let mut server = Server(server);
    // The count, or None when the server said it was busy (503: a slow
    // commit outlasted the query time limit, as documented).
    let count = |rt: &tokio::runtime::Runtime| -> Option<usize> {
        rt.block_on(async {
            let r = reqwest::get(format!("{url}api/query?q=count+funding&format=csv"))
                .await
                .unwrap();
            let status = r.status().as_u16();
            let body = r.text().await.unwrap();
            if status == 503 {
                return None;
            }
            let n = body.lines().nth(1).and_then(|l| l.trim().parse().ok());
            Some(n.unwrap_or_else(|| panic!("not a count ({status}): {body}")))
        })
    };
    let rt = tokio::runtime::Runtime::new().unwrap();
    let before = count(&rt).unwrap();
    let load = std::thread::spawn({
        let (dir, db) = (dir.path().to_path_buf(), db.clone());
        move || cli(&dir, &db, &["load", "big.jsonl"], None)
    });
    let mut seen = std::collections::BTreeSet::new();
    while !load.is_finished() {
        seen.extend(count(&rt));
    }
    let loaded = load.join().unwrap().ok();
    assert!(loaded.stdout.starts_with("loaded "), "{}", loaded.stdout);
    let after = count(&rt).unwrap();
    assert!(after > before, "{before} → {after}");
    seen.insert(after);
    assert!(
        seen.iter().all(|n| *n == before || *n == after),
        "counts seen during the load: {seen:?} (before {before}, after {after})"
    );
    sigterm(&mut server.0);
}

#[test]
fn what_needs_the_database_alone_says_a_server_holds_it() {
    let t = Twins::new();
    for args in [
        &["check"][..],
        &["compact"],
        &["serve", "--listen", "127.0.0.1:0"],
    ] {
        // A generous wait: the answer must not come from waiting it out.
        let mut c = Command::new(BIN);
        isolate(&mut c, t.dir.path());
        c.arg("--db")
            .arg(&t.served)
            .args(["--lock-wait", "600"])
            .args(args);
        let r = run(c, None).code(3);
        assert!(
            r.stderr.contains("held by a running seedkb serve") && r.stderr.contains(args[0]),
            "{args:?}: {}",
            r.stderr
        );
    }
    // The server was not disturbed.
    t.same(&["-e", "count funding"], None).ok();
}
