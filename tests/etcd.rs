//! The knowledge base on a real three-member etcd cluster (issue 16):
//! `cargo test --features etcd --test etcd` (Debian's `etcd-server`).
//!
//! Each test starts its own cluster from the `etcd` binary: fresh data
//! directories, free ports (never the default 2379/2380), members killed
//! with the test (a parent-death signal, and on drop), and waits for every
//! member to say it is healthy.

mod common;

use common::{run, Run, BIN};
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

struct Member {
    name: String,
    client: u16,
    peer: u16,
    child: Option<Child>,
}

struct Cluster {
    dir: tempfile::TempDir,
    members: Vec<Member>,
    /// More flags for every member.
    extra: Vec<String>,
}

/// Ports nothing listens on now (held together so they differ).
fn free_ports(n: usize) -> Vec<u16> {
    let held: Vec<TcpListener> = (0..n * 2)
        .map(|_| TcpListener::bind("127.0.0.1:0").expect("a free port"))
        .collect();
    held.iter()
        .map(|l| l.local_addr().expect("its address").port())
        .filter(|p| *p != 2379 && *p != 2380)
        .take(n)
        .collect()
}

impl Cluster {
    fn start() -> Cluster {
        Cluster::start_with(&[])
    }

    fn start_with(extra: &[&str]) -> Cluster {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let ports = free_ports(6);
        let members: Vec<Member> = (0..3)
            .map(|i| Member {
                name: format!("m{i}"),
                client: ports[2 * i],
                peer: ports[2 * i + 1],
                child: None,
            })
            .collect();
        let mut c = Cluster {
            dir,
            members,
            extra: extra.iter().map(|s| s.to_string()).collect(),
        };
        for i in 0..3 {
            c.launch(i);
        }
        c.wait_healthy(&[0, 1, 2]);
        c
    }

    fn initial_cluster(&self) -> String {
        self.members
            .iter()
            .map(|m| format!("{}=http://127.0.0.1:{}", m.name, m.peer))
            .collect::<Vec<_>>()
            .join(",")
    }

    /// Starts member `i` (again, on its data directory, after a kill).
    fn launch(&mut self, i: usize) {
        let initial = self.initial_cluster();
        let m = &self.members[i];
        let data = self.dir.path().join(&m.name);
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.dir.path().join(format!("{}.log", m.name)))
            .expect("a log file");
        let client = format!("http://127.0.0.1:{}", m.client);
        let peer = format!("http://127.0.0.1:{}", m.peer);
        let mut cmd = Command::new("etcd");
        cmd.args(["--name", &m.name])
            .arg("--data-dir")
            .arg(&data)
            .args(["--listen-client-urls", &client])
            .args(["--advertise-client-urls", &client])
            .args(["--listen-peer-urls", &peer])
            .args(["--initial-advertise-peer-urls", &peer])
            .args(["--initial-cluster", &initial])
            .args(["--initial-cluster-state", "new"])
            .args(["--initial-cluster-token", "seedkb-test"])
            .args(&self.extra)
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("log"))
            .stderr(log);
        // SAFETY: prctl is async-signal-safe; nothing else runs here.
        unsafe {
            cmd.pre_exec(|| {
                rustix::process::set_parent_process_death_signal(Some(
                    rustix::process::Signal::KILL,
                ))
                .map_err(std::io::Error::from)
            });
        }
        let child = cmd
            .spawn()
            .expect("start etcd (Debian: apt-get install etcd-server)");
        self.members[i].child = Some(child);
    }

    fn kill(&mut self, i: usize) {
        if let Some(mut c) = self.members[i].child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    /// `/health` of member `i` says true.
    fn healthy(&self, i: usize) -> bool {
        let Ok(mut s) = TcpStream::connect(("127.0.0.1", self.members[i].client)) else {
            return false;
        };
        let _ = s.set_read_timeout(Some(Duration::from_secs(2)));
        if s.write_all(b"GET /health HTTP/1.0\r\n\r\n").is_err() {
            return false;
        }
        let mut body = String::new();
        let _ = s.read_to_string(&mut body);
        body.contains("\"health\":\"true\"")
    }

    fn wait_healthy(&self, which: &[usize]) {
        let started = Instant::now();
        while !which.iter().all(|i| self.healthy(*i)) {
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "the etcd cluster did not become healthy; logs in {}",
                self.dir.path().display()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn endpoints(&self, which: &[usize]) -> String {
        which
            .iter()
            .map(|i| format!("127.0.0.1:{}", self.members[*i].client))
            .collect::<Vec<_>>()
            .join(",")
    }

    /// `--db` for a knowledge base `prefix` on every member.
    fn url(&self, prefix: &str) -> PathBuf {
        PathBuf::from(format!("etcd://{}/{prefix}", self.endpoints(&[0, 1, 2])))
    }

    /// `etcdctl` on the live members, its output.
    fn etcdctl(&self, args: &[&str]) -> String {
        let live: Vec<usize> = (0..3)
            .filter(|i| self.members[*i].child.is_some())
            .collect();
        let out = Command::new("etcdctl")
            .env("ETCDCTL_API", "3")
            .arg("--endpoints")
            .arg(self.endpoints(&live))
            .args(args)
            .output()
            .expect("run etcdctl (Debian: apt-get install etcd-client)");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// The member that leads now.
    fn leader(&self) -> usize {
        let started = Instant::now();
        loop {
            let status = self.etcdctl(&["endpoint", "status", "--write-out=json"]);
            if let Ok(serde_json::Value::Array(all)) = serde_json::from_str(&status) {
                for s in &all {
                    let (me, leader) =
                        (&s["Status"]["header"]["member_id"], &s["Status"]["leader"]);
                    if me == leader && !me.is_null() {
                        let ep = s["Endpoint"].as_str().unwrap_or_default().to_string();
                        if let Some(i) =
                            (0..3).find(|i| ep.ends_with(&format!(":{}", self.members[*i].client)))
                        {
                            return i;
                        }
                    }
                }
            }
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "no leader: {status}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Keys under `prefix/` whose name starts with `part` (`d/`, `c/pending`).
    fn keys(&self, prefix: &str, part: &str) -> usize {
        self.etcdctl(&[
            "get",
            "--prefix",
            "--keys-only",
            &format!("{prefix}/{part}"),
        ])
        .lines()
        .filter(|l| !l.is_empty())
        .count()
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        for i in 0..self.members.len() {
            self.kill(i);
        }
    }
}

/// seedkb on `db`, with small transactions so that any load of a few
/// thousand facts takes many of them.
fn seedkb_cmd(db: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(BIN);
    c.arg("--db")
        .arg(db)
        .args(args)
        .env_remove("SEEDKB_DB")
        .env("SEEDKB_ETCD_TXN_OPS", "16")
        .env("SEEDKB_ETCD_LEASE_SECS", "2");
    c
}

fn seedkb(db: &Path, args: &[&str]) -> Run {
    run(seedkb_cmd(db, args), None)
}

/// A generated dump of about `facts` facts, in `dir`.
fn generated(dir: &Path, facts: u64, seed: u64) -> PathBuf {
    let f = dir.join(format!("gen-{facts}-{seed}.jsonl"));
    let mut c = Command::new(BIN);
    c.args(["generate", "--facts", &facts.to_string(), "--seed"])
        .arg(seed.to_string())
        .arg("-o")
        .arg(&f);
    run(c, None).ok();
    f
}

fn sorted_dump(db: &Path) -> Vec<String> {
    let mut lines: Vec<String> = seedkb(db, &["dump"])
        .ok()
        .stdout
        .lines()
        .map(str::to_string)
        .collect();
    lines.sort();
    lines
}

/// A new knowledge base is seeded as a directory is; queries, loads larger
/// than one transaction, dump and check give what they give on sled; a
/// second prefix on the same cluster is a knowledge base of its own.
#[test]
fn load_query_dump_round_trip() {
    let cluster = Cluster::start();
    let work = tempfile::tempdir().unwrap();
    let sled = work.path().join("db");
    let kb = cluster.url("team");
    let query = ["-e", "funding by source", "-e", "show 义县"];
    let on_sled = seedkb(&sled, &query).ok().stdout;
    let on_etcd = seedkb(&kb, &query).ok().stdout;
    assert_eq!(on_etcd, on_sled);
    let file = generated(work.path(), 3000, 7);
    let file = file.to_str().unwrap();
    let loaded = seedkb(&kb, &["load", file]).ok().stdout;
    assert_eq!(loaded, seedkb(&sled, &["load", file]).ok().stdout);
    assert_eq!(sorted_dump(&kb), sorted_dump(&sled));
    let check = seedkb(&kb, &["check"]).ok().stdout;
    assert!(
        check.contains("committed revision") && check.contains("/team: ok: "),
        "{check}"
    );
    assert!(!check.contains("interrupted"), "{check}");
    // Another knowledge base on the same cluster: empty, and stays so.
    let other = cluster.url("other/kb");
    let r = seedkb(&other, &["--no-seeds", "-e", "count funding"]);
    assert_ne!(r.stdout, on_sled);
    assert!(seedkb(&other, &["dump"]).ok().stdout.is_empty());
    assert_eq!(sorted_dump(&kb), sorted_dump(&sled));
}

/// A new knowledge base on a cluster is said on standard error, whatever
/// the command (a prefix, unlike a directory, is seen nowhere); with
/// `--no-create` a prefix holding none is an error (exit 2) naming it and
/// the ones the cluster holds, and nothing is written under it.
#[test]
fn a_new_prefix_is_said_and_no_create_refuses_it() {
    let cluster = Cluster::start();
    let kb = cluster.url("team-kb");
    let made = seedkb(&kb, &["-e", "count funding"]).ok();
    assert!(
        made.stderr
            .contains("note: created a new database at etcd://")
            && made.stderr.contains("/team-kb (with the bundled seeds)")
            && made.stderr.contains("(it held no other)"),
        "{}",
        made.stderr
    );
    let again = seedkb(&kb, &["--no-create", "-e", "count funding"]).ok();
    assert_eq!(again.stdout, made.stdout);
    assert!(!again.stderr.contains("note:"), "{}", again.stderr);
    let typo = cluster.url("teamkb");
    for args in [
        &["--no-create", "-e", "count funding"][..],
        &["--no-create", "load", "/nonexistent.txt"],
        &["--no-create", "serve", "--listen", "127.0.0.1:0"],
    ] {
        let r = seedkb(&typo, args).code(2);
        assert!(
            r.stderr
                .contains("/teamkb: no knowledge base under the prefix 'teamkb'")
                && r.stderr
                    .contains("on that cluster (it holds team-kb), and --no-create")
                && r.stderr.contains("--no-create"),
            "{args:?}: {}",
            r.stderr
        );
        assert!(r.stdout.is_empty(), "{args:?}: {}", r.stdout);
    }
    assert_eq!(cluster.keys("teamkb", ""), 0);
    assert!(cluster
        .etcdctl(&["get", "~seedkb/manifest/teamkb"])
        .is_empty());
    // Made by any command, and said.
    let dumped = seedkb(&typo, &["--no-seeds", "dump"]).ok();
    assert!(
        dumped.stderr.contains("/teamkb (empty)") && dumped.stderr.contains("(it holds team-kb)"),
        "{}",
        dumped.stderr
    );
}

/// The golden files answer on a cluster exactly as on a directory.
#[test]
fn golden_files_pass_on_the_cluster() {
    let cluster = Cluster::start();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "slt"))
        .collect();
    files.sort();
    assert!(files.len() >= 10, "{files:?}");
    for (n, path) in files.iter().enumerate() {
        let kb = cluster.url(&format!("golden{n}"));
        let store = seedkb::session::open_store(&kb, true, Duration::from_secs(5))
            .unwrap_or_else(|e| panic!("opening {}: {e}", kb.display()));
        let report = seedkb::slt::run_file(&store, path, false)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(report.checked > 0);
        assert!(
            report.failures.is_empty(),
            "{} on the cluster:\n{}",
            path.display(),
            report.failures.join("\n")
        );
    }
}

/// Counts the facts a store holds now (after picking up other loads).
fn facts(store: &seedkb::store::Store) -> usize {
    store.sync().expect("sync");
    store.all_facts().inspect(|f| assert!(f.is_ok())).count()
}

/// A load of many transactions is seen by a reader in another process
/// whole or not at all, every time it looks while the load runs.
#[test]
fn a_concurrent_reader_sees_a_load_whole_or_not_at_all() {
    let cluster = Cluster::start();
    let work = tempfile::tempdir().unwrap();
    let kb = cluster.url("atomic");
    seedkb(&kb, &["-e", "count funding"]).ok();
    let store = seedkb::session::open_store(&kb, true, Duration::from_secs(5)).unwrap();
    let before = facts(&store);
    let file = generated(work.path(), 4000, 3);
    let mut loader = seedkb_cmd(&kb, &["load", file.to_str().unwrap()])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut seen = std::collections::BTreeSet::new();
    let status = loop {
        seen.insert(facts(&store));
        if let Some(s) = loader.try_wait().unwrap() {
            break s;
        }
    };
    assert!(status.success(), "the load failed");
    let after = facts(&store);
    assert!(after > before);
    seen.insert(after);
    assert!(
        seen.iter().all(|n| *n == before || *n == after),
        "a reader saw part of a load: {seen:?} (before {before}, after {after})"
    );
}

/// Waits until a load has written its pending mark (it is mid-way).
fn wait_mid_load(cluster: &Cluster, prefix: &str, loader: &mut Child) {
    let started = Instant::now();
    while cluster.keys(prefix, "c/pending") == 0 {
        assert!(
            loader.try_wait().unwrap().is_none(),
            "the load ended before it was caught mid-way"
        );
        assert!(started.elapsed() < Duration::from_secs(60));
    }
}

/// A loader killed mid-way leaves the knowledge base as it was; `check`
/// says a load was interrupted, and `check --repair` removes what it wrote.
#[test]
fn a_load_killed_midway_changes_nothing_and_is_repaired() {
    let cluster = Cluster::start();
    let work = tempfile::tempdir().unwrap();
    let kb = cluster.url("killed");
    seedkb(&kb, &["-e", "count funding"]).ok();
    let before = sorted_dump(&kb);
    let keys_before = cluster.keys("killed", "d/");
    let file = generated(work.path(), 6000, 5);
    let mut loader = seedkb_cmd(&kb, &["load", file.to_str().unwrap()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    wait_mid_load(&cluster, "killed", &mut loader);
    // Let it write a few chunks past the mark.
    let started = Instant::now();
    while cluster.keys("killed", "d/") <= keys_before + 16 {
        assert!(loader.try_wait().unwrap().is_none());
        assert!(started.elapsed() < Duration::from_secs(60));
    }
    loader.kill().unwrap();
    loader.wait().unwrap();
    assert_eq!(sorted_dump(&kb), before, "a killed load showed");
    let check = seedkb(&kb, &["check"]).ok().stdout;
    assert!(check.contains("a load was interrupted"), "{check}");
    // Its lock expires with its lease; the repair waits for it.
    let repaired = seedkb(&kb, &["check", "--repair"]).ok().stdout;
    assert!(repaired.contains(": ok: "), "{repaired}");
    let check = seedkb(&kb, &["check"]).ok().stdout;
    assert!(!check.contains("interrupted"), "{check}");
    assert_eq!(cluster.keys("killed", "d/"), keys_before);
    assert_eq!(sorted_dump(&kb), before);
}

/// Two loads at once from two processes: both land (one waits for the
/// other's lock, up to --lock-wait), as if one ran after the other.
#[test]
fn concurrent_loads_take_turns() {
    let cluster = Cluster::start();
    let work = tempfile::tempdir().unwrap();
    let kb = cluster.url("turns");
    seedkb(&kb, &["-e", "count funding"]).ok();
    let a = generated(work.path(), 1500, 11);
    let b = generated(work.path(), 1500, 12);
    let spawn = |f: &Path| {
        seedkb_cmd(&kb, &["--lock-wait", "300", "load", f.to_str().unwrap()])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (pa, pb) = (spawn(&a), spawn(&b));
    for p in [pa, pb] {
        let out = p.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // The two files share document names (the generator's), so the later
    // load replaces those of the earlier: the result is one of the two
    // orders, done one after the other.
    let serial = |first: &Path, second: &Path, name: &str| {
        let sled = work.path().join(name);
        for f in [first, second] {
            seedkb(&sled, &["load", f.to_str().unwrap()]).ok();
        }
        sorted_dump(&sled)
    };
    let got = sorted_dump(&kb);
    assert!(
        got == serial(&a, &b, "ab") || got == serial(&b, &a, "ba"),
        "two concurrent loads gave neither serial order ({} lines)",
        got.len()
    );
}

/// The leader is killed during a load: the load either lands whole
/// (acknowledged) or not at all; queries during and after go on.
#[test]
fn the_leader_killed_during_a_load_and_during_queries() {
    let mut cluster = Cluster::start();
    let work = tempfile::tempdir().unwrap();
    let kb = cluster.url("leader");
    seedkb(&kb, &["-e", "count funding"]).ok();
    let before = sorted_dump(&kb);
    let file = generated(work.path(), 5000, 9);
    let mut loader = seedkb_cmd(&kb, &["load", file.to_str().unwrap()])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    wait_mid_load(&cluster, "leader", &mut loader);
    let leader = cluster.leader();
    cluster.kill(leader);
    let out = loader.wait_with_output().unwrap();
    let after = sorted_dump(&kb);
    if out.status.success() {
        let sled = work.path().join("db");
        seedkb(&sled, &["load", file.to_str().unwrap()]).ok();
        assert_eq!(after, sorted_dump(&sled), "an acknowledged load is missing");
    } else {
        assert_eq!(after, before, "a failed load showed");
    }
    // Now queries while a leader dies: the first member back first, so
    // that a majority stays up after the second kill; the reader runs on
    // throughout and every answer must be the same.
    cluster.launch(leader);
    cluster.wait_healthy(&[0, 1, 2]);
    let store = seedkb::session::open_store(&kb, true, Duration::from_secs(5)).unwrap();
    let n = facts(&store);
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let reader = {
        let stop = stop.clone();
        std::thread::spawn(move || {
            let mut answered = 0;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                assert_eq!(facts(&store), n);
                answered += 1;
            }
            answered
        })
    };
    let leader = cluster.leader();
    cluster.kill(leader);
    // A new leader, and queries answered after it.
    let _ = cluster.leader();
    let q = seedkb(&kb, &["-e", "count funding"]).ok();
    assert!(!q.stdout.is_empty());
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let answered = reader.join().expect("every query during the kill answered");
    assert!(answered > 0);
}

/// A member killed while a load lands catches up when it comes back: it
/// alone then serves the new state.
#[test]
fn a_restarted_member_catches_up() {
    let mut cluster = Cluster::start();
    let work = tempfile::tempdir().unwrap();
    let kb = cluster.url("restart");
    seedkb(&kb, &["-e", "count funding"]).ok();
    let leader = cluster.leader();
    let follower = (leader + 1) % 3;
    cluster.kill(follower);
    let file = generated(work.path(), 1500, 21);
    seedkb(&kb, &["load", file.to_str().unwrap()]).ok();
    let expected = sorted_dump(&kb);
    cluster.launch(follower);
    cluster.wait_healthy(&[follower]);
    let only = PathBuf::from(format!("etcd://{}/restart", cluster.endpoints(&[follower])));
    assert_eq!(sorted_dump(&only), expected);
}

/// Without a majority, a command fails with a storage error naming the
/// cluster (exit 3) instead of hanging.
#[test]
fn no_quorum_is_a_storage_error_naming_the_cluster() {
    let mut cluster = Cluster::start();
    let kb = cluster.url("quorum");
    seedkb(&kb, &["-e", "count funding"]).ok();
    cluster.kill(0);
    cluster.kill(1);
    let mut c = seedkb_cmd(&kb, &["-e", "count funding"]);
    c.env("SEEDKB_ETCD_TIMEOUT", "3");
    let r = run(c, None).code(3);
    assert!(
        r.stderr.contains("the etcd cluster etcd://127.0.0.1:")
            && r.stderr.contains("majority of its members"),
        "{}",
        r.stderr
    );
}

/// A cluster whose space quota fills up: the load fails with an error
/// saying so and what to do (exit 3), the knowledge base is unchanged, and
/// `check` shows the alarm.
#[test]
fn a_full_cluster_is_a_clear_error_and_changes_nothing() {
    let cluster = Cluster::start_with(&["--quota-backend-bytes", "3000000"]);
    let work = tempfile::tempdir().unwrap();
    let kb = cluster.url("full");
    seedkb(&kb, &["-e", "count funding"]).ok();
    let before = sorted_dump(&kb);
    // Well over the quota: since schema 10 compresses the word and
    // sentence blocks, 20,000 facts came close to fitting in 3 MB (one CI
    // run loaded them all); schema 11 compresses most blocks (a 1M-fact
    // store 161 → 141 MB), so twice the 60,000 that were enough then.
    let file = generated(work.path(), 120000, 4);
    let r = seedkb(&kb, &["load", file.to_str().unwrap()]).code(3);
    assert!(
        r.stderr.contains("is full (its space quota alarm fired)")
            && r.stderr.contains("etcdctl alarm disarm"),
        "{}",
        r.stderr
    );
    assert_eq!(sorted_dump(&kb), before);
    let check = seedkb(&kb, &["check"]).stdout;
    assert!(
        check.contains("ALARM") && check.contains("NOSPACE"),
        "{check}"
    );
}

/// A GET over plain HTTP/1.0: the body.
fn http_get(url: &str, path: &str) -> String {
    let addr = url.trim_start_matches("http://").trim_end_matches('/');
    let mut s = TcpStream::connect(addr).expect("connect to the server");
    write!(s, "GET {path} HTTP/1.0\r\nHost: {addr}\r\n\r\n").unwrap();
    let mut resp = String::new();
    s.read_to_string(&mut resp).unwrap();
    resp.split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default()
}

/// `seedkb serve` on a cluster: answers, answers from a load another
/// process committed meanwhile, and stops cleanly on SIGTERM.
#[test]
fn serve_on_the_cluster_sees_other_processes_loads() {
    let cluster = Cluster::start();
    let work = tempfile::tempdir().unwrap();
    let kb = cluster.url("served");
    let mut child = seedkb_cmd(&kb, &["serve", "--listen", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let url = common::served_url(&mut child);
    let count = || http_get(&url, "/api/query?q=count%20funding");
    let before = count();
    assert!(before.contains("\"count\""), "{before}");
    let file = generated(work.path(), 1500, 31);
    seedkb(&kb, &["load", file.to_str().unwrap()]).ok();
    let after = count();
    let expected = seedkb(&kb, &["--format", "json", "-e", "count funding"])
        .ok()
        .stdout;
    let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
    assert_ne!(digits(&after), digits(&before));
    assert_eq!(digits(&after), digits(&expected));
    common::sigterm(&child);
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && !err.contains("internal error"),
        "{err}"
    );
}

/// A long-running process reading queries on standard input answers each
/// from the latest load, whoever committed it.
#[test]
fn a_piped_session_sees_a_load_another_process_committed() {
    use std::io::BufRead;
    let cluster = Cluster::start();
    let work = tempfile::tempdir().unwrap();
    let kb = cluster.url("piped");
    seedkb(&kb, &["-e", "count funding"]).ok();
    let mut session = seedkb_cmd(&kb, &["--format", "csv", "--envelope", "never"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut input = session.stdin.take().unwrap();
    let output = session.stdout.take().unwrap();
    // Lines arrive on a thread, so that a session that stops answering
    // fails the test instead of hanging it.
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(output).lines() {
            if tx.send(line.unwrap()).is_err() {
                break;
            }
        }
    });
    let mut ask = || {
        writeln!(input, "count funding").unwrap();
        input.flush().unwrap();
        let line = || {
            rx.recv_timeout(Duration::from_secs(120))
                .expect("an answer")
        };
        assert_eq!(line(), "count");
        line()
    };
    let before = ask();
    let file = generated(work.path(), 1500, 41);
    seedkb(&kb, &["load", file.to_str().unwrap()]).ok();
    let after = ask();
    let expected = seedkb(&kb, &["--format", "csv", "-e", "count funding"])
        .ok()
        .stdout;
    assert_ne!(after, before);
    assert_eq!(expected, format!("count\n{after}\n"));
    let _ = session.kill();
    let _ = session.wait();
}
