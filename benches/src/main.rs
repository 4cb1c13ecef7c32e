//! seedkb against SQLite, on the same generated data and the same logical
//! queries, in one run. See BENCHMARKS.md for what is measured and why.
//!
//! `seedkb-bench [--sizes 10000,100000,1000000] [--runs N] [--load-runs N]
//!   [--seed S] [--work DIR] [--seedkb-bin PATH] [--out DIR] [--article-mb N]
//!   [--distinct-article-mb N]`
//!
//! `--work DIR` holds the generated data and databases; by default each run
//! makes its own (`$TMPDIR/seedkb-bench-PID`, removed when the run ends), so
//! two runs at the same time do not overwrite each other's databases. A
//! directory given with `--work` is kept.
//!
//! `--article-mb N` (default 50, 0 to skip) also loads one N MB article
//! (`.txt`, facts extracted) into a fresh database: time and peak RSS.
//! `--distinct-article-mb N` (default 50, 0 to skip) loads another, whose
//! sentences are all distinct (each copy numbers its sentences) but state
//! the same figures again and again: facts that gather a source per copy.
//!
//! `--max-step-secs S` (default 900): from the second size on, a step whose
//! time, scaled linearly from the size before, would pass S seconds is
//! skipped and the table says so; a load expected to pass S/10 runs once.
//! Every size's data and SQLite's load are streamed (memory flat at 10M).
//!
//! Every load and every query set runs in a child process (this binary,
//! `child ...`), so each reports its own peak RSS and no engine warms the
//! other's caches; the parent gathers the medians and writes
//! `results.json`, the table in `BENCHMARKS.md` and `plot.svg`.
//! `seedkb-bench child query-seedkb-one DB QUERY` runs one query once in a
//! process opened as the query child opens, and prints its time, rows,
//! CPU and peak RSS (to measure one query's memory by itself).
//! `seedkb-bench child queries N SEED` prints the query file of a size
//! (for `child query-seedkb DB FILE RUNS` on a database loaded apart;
//! `SEEDKB_BENCH_RSS=1` makes it say its memory after each query).

use rusqlite::{params, Connection};
use seedkb::synth::{self, BenchQueries};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

type Res<T> = Result<T, String>;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = if args.first().map(String::as_str) == Some("child") {
        child(&args[1..])
    } else {
        parent(&args)
    };
    if let Err(e) = result {
        eprintln!("seedkb-bench: {e}");
        std::process::exit(1);
    }
}

// ---------------------------------------------------------------- parent

struct Options {
    sizes: Vec<u64>,
    runs: usize,
    load_runs: usize,
    cold_runs: usize,
    seed: u64,
    work: PathBuf,
    /// The run made `work` itself (no `--work`): it removes it at the end.
    own_work: bool,
    out: PathBuf,
    seedkb_bin: PathBuf,
    article_mb: u64,
    distinct_article_mb: u64,
    /// A step whose time, extrapolated linearly from the size before, would
    /// pass this many seconds is skipped (and said so in the table); loads
    /// expected to pass a tenth of it run once instead of `load_runs` times.
    max_step_s: f64,
}

fn options(args: &[String]) -> Res<Options> {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut o = Options {
        sizes: vec![10_000, 100_000, 1_000_000],
        runs: 7,
        load_runs: 5,
        cold_runs: 15,
        seed: 1,
        // Per process: concurrent runs must not share databases.
        work: std::env::temp_dir().join(format!("seedkb-bench-{}", std::process::id())),
        own_work: true,
        out: here.clone(),
        seedkb_bin: here.join("../target/release/seedkb"),
        article_mb: 50,
        distinct_article_mb: 50,
        max_step_s: 900.0,
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut val = || it.next().cloned().ok_or(format!("{a} needs a value"));
        let num = |v: String| v.parse::<u64>().map_err(|e| format!("{a}: {e}"));
        match a.as_str() {
            "--sizes" => {
                o.sizes = val()?
                    .split(',')
                    .map(|s| s.trim().parse::<u64>().map_err(|e| format!("--sizes: {e}")))
                    .collect::<Res<_>>()?
            }
            "--runs" => o.runs = num(val()?)?.max(1) as usize,
            "--load-runs" => o.load_runs = num(val()?)?.max(1) as usize,
            "--cold-runs" => o.cold_runs = num(val()?)?.max(1) as usize,
            "--seed" => o.seed = num(val()?)?,
            "--work" => {
                o.work = PathBuf::from(val()?);
                o.own_work = false;
            }
            "--out" => o.out = PathBuf::from(val()?),
            "--seedkb-bin" => o.seedkb_bin = PathBuf::from(val()?),
            "--article-mb" => o.article_mb = num(val()?)?,
            "--distinct-article-mb" => o.distinct_article_mb = num(val()?)?,
            "--max-step-secs" => o.max_step_s = num(val()?)? as f64,
            "-h" | "--help" => {
                println!(
                    "seedkb-bench [--sizes 10000,100000,1000000] [--runs 7] [--load-runs 5] \
                     [--cold-runs 15] [--seed 1] [--work DIR (default: a new one per run)] [--out DIR] [--seedkb-bin PATH] \
                     [--article-mb 50] [--distinct-article-mb 50] [--max-step-secs 900]"
                );
                std::process::exit(0);
            }
            other => return Err(format!("unknown option {other} (try --help)")),
        }
    }
    // Checked before the run, not when its results are written (a
    // missing directory used to lose a whole run's numbers at the end).
    if !o.out.is_dir() {
        return Err(format!("--out {}: not a directory", o.out.display()));
    }
    Ok(o)
}

/// The medians of one engine at one size.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
struct EngineResult {
    load_s: f64,
    group_by_s: f64,
    range_s: f64,
    /// `funding where amount >= LOW and amount < HIGH`, a window of about
    /// the same number of rows at every size (`synth::window_yuan`).
    #[serde(default)]
    window_s: f64,
    show_s: f64,
    join_s: f64,
    cold_s: Option<f64>,
    /// The same one-shot processes answered by a `seedkb serve` holding
    /// the database (seedkb only): what a script pays with a server.
    #[serde(default)]
    served_cold_s: Option<f64>,
    disk_bytes: u64,
    load_rss_kb: u64,
    query_rss_kb: u64,
    rows: Rows,
    /// The same facts as one JSON-lines file without quotes or documents
    /// (each fact's provenance is its file and line): load time, peak RSS.
    #[serde(default)]
    flat_load_s: f64,
    #[serde(default)]
    flat_load_rss_kb: u64,
    /// CPU time (user + system) of the bulk load's process: on a shared,
    /// busy machine the wall time says more about the neighbours.
    #[serde(default)]
    load_cpu_s: f64,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
struct Rows {
    group_by: usize,
    range: usize,
    #[serde(default)]
    window: usize,
    join: usize,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
struct SizeResult {
    facts: u64,
    entities: u64,
    documents: u64,
    dump_bytes: u64,
    seedkb: EngineResult,
    sqlite: EngineResult,
    /// Load runs behind the load medians at this size.
    #[serde(default)]
    load_runs: usize,
    /// Each load run's seedkb/SQLite ratio of the bulk load's wall time
    /// (seedkb's load, then SQLite's, run after run): the bulk load row's
    /// ratio is their median, not the ratio of the two medians, so that a
    /// pair of loads made at the same moment is what compares.
    #[serde(default)]
    load_ratios: Vec<f64>,
    /// Steps left out at this size, and why (one sentence each).
    #[serde(default)]
    skipped: Vec<String>,
}

#[derive(Serialize, Deserialize)]
struct Report {
    machine: String,
    command: String,
    seed_cold_s: f64,
    sizes: Vec<SizeResult>,
    /// One large article loaded as text (extraction, then the store).
    #[serde(default)]
    article: Option<ArticleResult>,
    /// One large article of distinct sentences stating the same figures.
    #[serde(default)]
    distinct_article: Option<ArticleResult>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
struct ArticleResult {
    bytes: u64,
    load_s: f64,
    load_rss_kb: u64,
}

/// The dump at `from` as one JSON-lines file without quotes: no document
/// lines, and fact lines without `doc`, `quote`, `at` and `extracted`, so
/// every fact is documented by the file and its line.
fn write_flat(from: &Path, to: &Path) -> Res<()> {
    use std::io::{BufRead, Write};
    let r = std::io::BufReader::new(std::fs::File::open(from).map_err(|e| e.to_string())?);
    let f = std::fs::File::create(to).map_err(|e| format!("{}: {e}", to.display()))?;
    let mut w = std::io::BufWriter::new(f);
    for line in r.lines() {
        let line = line.map_err(|e| e.to_string())?;
        let mut v: serde_json::Value = serde_json::from_str(&line).map_err(|e| e.to_string())?;
        let Some(o) = v.as_object_mut() else { continue };
        if o.contains_key("document") {
            continue;
        }
        for k in ["doc", "quote", "background", "at", "extracted"] {
            o.remove(k);
        }
        writeln!(w, "{v}").map_err(|e| e.to_string())?;
    }
    w.flush().map_err(|e| e.to_string())
}

/// An article of about `mb` MB: the bundled seed article again and again,
/// each copy under its own heading with its amounts changed, so it is one
/// long text with many sentences and facts, not one fact many times.
/// `distinct`: each copy's sentences end with its number, so no sentence
/// is said twice, while the figures still are (a source per copy).
fn write_article(path: &Path, mb: u64, distinct: bool) -> Res<u64> {
    use std::io::Write;
    let base = seedkb::seeds::BUNDLED[0].2;
    let f = std::fs::File::create(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut w = std::io::BufWriter::new(f);
    let mut n = 0u64;
    let mut copy = 0u64;
    while n < mb * 1_000_000 {
        copy += 1;
        let mut text = base.replace("亿元", &format!("{}万元", copy % 9000 + 1));
        if distinct {
            text = text.replace('。', &format!("（{copy}）。"));
        }
        let part = format!("第{copy}部分\n\n{text}\n\n");
        w.write_all(part.as_bytes()).map_err(|e| e.to_string())?;
        n += part.len() as u64;
    }
    w.flush().map_err(|e| e.to_string())?;
    Ok(n)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    if v.is_empty() {
        return f64::NAN;
    }
    v[v.len() / 2]
}

fn run_child(args: &[String]) -> Res<serde_json::Value> {
    let me = std::env::current_exe().map_err(|e| e.to_string())?;
    let out = Command::new(me)
        .arg("child")
        .args(args)
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot start the child: {e}"))?;
    if !out.status.success() {
        return Err(format!("child {args:?} failed ({})", out.status));
    }
    serde_json::from_slice(&out.stdout).map_err(|e| format!("child {args:?}: bad report: {e}"))
}

fn dir_size(p: &Path) -> u64 {
    match std::fs::metadata(p) {
        Ok(m) if m.is_file() => m.len(),
        Ok(m) if m.is_dir() => std::fs::read_dir(p)
            .map(|d| d.flatten().map(|e| dir_size(&e.path())).sum())
            .unwrap_or(0),
        _ => 0,
    }
}

fn remove(p: &Path) {
    let _ = std::fs::remove_dir_all(p);
    let _ = std::fs::remove_file(p);
}

/// Median wall time of a one-shot process, output discarded.
fn cold(runs: usize, mut cmd: impl FnMut(usize) -> Command) -> Res<f64> {
    let mut times = Vec::new();
    // One unmeasured run, so the files are in the page cache for both.
    for i in 0..=runs {
        let dt = once(cmd(i))?;
        if i > 0 {
            times.push(dt);
        }
    }
    Ok(median(times))
}

/// `cold` of two one-shot processes taking turns, run by run, so a busy
/// moment of the machine falls on both alike: the two medians.
fn cold_alternated(
    runs: usize,
    mut a: impl FnMut(usize) -> Command,
    mut b: impl FnMut(usize) -> Command,
) -> Res<(f64, f64)> {
    let (mut ta, mut tb) = (Vec::new(), Vec::new());
    for i in 0..=runs {
        let (da, db) = (once(a(i))?, once(b(i))?);
        if i > 0 {
            ta.push(da);
            tb.push(db);
        }
    }
    Ok((median(ta), median(tb)))
}

/// The wall time of one process, output discarded; an error if it fails.
fn once(mut c: Command) -> Res<f64> {
    let t = Instant::now();
    let st = c
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map_err(|e| format!("cannot run {c:?}: {e}"))?;
    let dt = t.elapsed().as_secs_f64();
    if !st.success() {
        return Err(format!("{c:?} failed ({st})"));
    }
    Ok(dt)
}

/// `seedkb --db DB [extra] -e 'show NAME'`: the one-shot process, direct
/// or through a server, timed and checked alike.
fn show_command(bin: &Path, db: &Path, name: &str, extra: &[&str]) -> Command {
    let mut c = Command::new(bin);
    c.arg("--db")
        .arg(db)
        .args(extra)
        .arg("-e")
        .arg(format!("show {name}"));
    c
}

/// The standard output of [`show_command`].
fn one_output(bin: &Path, db: &Path, name: &str, extra: &[&str]) -> Res<Vec<u8>> {
    let out = show_command(bin, db, name, extra)
        .stderr(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run {}: {e}", bin.display()))?;
    if !out.status.success() {
        return Err(format!("`seedkb -e 'show {name}'` failed ({})", out.status));
    }
    Ok(out.stdout)
}

/// A `seedkb serve` holding a database, on a port of its own choosing.
/// Ready once it prints its address (its command-line socket listens
/// before that); `stop` asks it to stop (SIGTERM) and waits for a clean
/// exit; dropped without `stop` (an error on the way), it is killed.
struct Server {
    child: std::process::Child,
    /// Kept open: the server's standard output must not become a broken pipe.
    _out: std::io::BufReader<std::process::ChildStdout>,
}

impl Server {
    fn start(bin: &Path, db: &Path) -> Res<Server> {
        use std::io::BufRead;
        let mut child = Command::new(bin)
            .arg("--db")
            .arg(db)
            .args(["serve", "--listen", "127.0.0.1:0"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("cannot start `seedkb serve`: {e}"))?;
        let Some(out) = child.stdout.take() else {
            let _ = child.kill();
            return Err("`seedkb serve` has no standard output".into());
        };
        let mut server = Server {
            child,
            _out: std::io::BufReader::new(out),
        };
        let mut line = String::new();
        let read = server._out.read_line(&mut line);
        if !matches!(read, Ok(n) if n > 0) || !line.contains("http://") {
            return Err(format!(
                "`seedkb serve` on {} did not start (it said {:?})",
                db.display(),
                line.trim()
            ));
        }
        Ok(server)
    }

    fn stop(mut self) -> Res<()> {
        let pid = self.child.id() as libc::pid_t;
        // SAFETY: a signal to our own child, which has not been waited for.
        unsafe { libc::kill(pid, libc::SIGTERM) };
        let st = self
            .child
            .wait()
            .map_err(|e| format!("waiting for `seedkb serve`: {e}"))?;
        if st.success() {
            Ok(())
        } else {
            Err(format!("`seedkb serve` did not stop cleanly ({st})"))
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn have_sqlite3() -> bool {
    Command::new("sqlite3")
        .arg("-version")
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|s| s.trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let mem = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|m| {
            m.lines()
                .next()
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|k| k.parse::<u64>().ok())
        })
        .map_or("?".into(), |kb| format!("{:.0} GiB", kb as f64 / 1048576.0));
    let kernel = std::fs::read_to_string("/proc/sys/kernel/osrelease")
        .unwrap_or_default()
        .trim()
        .to_string();
    format!(
        "{cpu}, {cores} cores, {mem} RAM, Linux {kernel}, SQLite {} (bundled), rustc release build",
        rusqlite::version()
    )
}

/// Removes the run's own work directory when the run ends, however it ends.
struct WorkDir<'a>(&'a Options);

impl Drop for WorkDir<'_> {
    fn drop(&mut self) {
        if self.0.own_work {
            remove(&self.0.work);
        }
    }
}

fn parent(args: &[String]) -> Res<()> {
    let o = options(args)?;
    if !o.seedkb_bin.exists() {
        return Err(format!(
            "{} not found: build it first (`cargo build --release` at the repository root)",
            o.seedkb_bin.display()
        ));
    }
    std::fs::create_dir_all(&o.work).map_err(|e| format!("{}: {e}", o.work.display()))?;
    let _work = WorkDir(&o);
    eprintln!("work directory: {}", o.work.display());
    let sqlite3 = have_sqlite3();
    if !sqlite3 {
        eprintln!(
            "note: the sqlite3 command-line tool is not installed (apt-get install sqlite3); \
             the one-shot process row is left out for SQLite"
        );
    }
    let mut sizes: Vec<SizeResult> = Vec::new();
    for &n in &o.sizes {
        eprintln!("== {n} facts");
        // Linear extrapolation from the size before: what a step would take.
        let guess = |f: fn(&SizeResult) -> f64| -> Option<f64> {
            let p = sizes.last()?;
            let t = f(p);
            (t.is_finite() && p.facts > 0).then(|| t * n as f64 / p.facts as f64)
        };
        let mut skipped = Vec::new();
        let load_guess = guess(|p| p.seedkb.load_s.max(p.sqlite.load_s));
        let load_runs = match load_guess {
            Some(g) if g > o.max_step_s / 10.0 => {
                eprintln!(
                    "   a load is expected to take ~{g:.0} s: one run, not {}",
                    o.load_runs
                );
                1
            }
            _ => o.load_runs,
        };
        let data = o.work.join(format!("data-{n}-{}.jsonl", o.seed));
        let summary = {
            let f = std::fs::File::create(&data).map_err(|e| e.to_string())?;
            let mut w = std::io::BufWriter::new(f);
            synth::generate(n, o.seed, &mut w).map_err(|e| e.to_string())?
        };
        let q = synth::bench_queries(&summary, o.seed, 25);
        let qfile = o.work.join(format!("queries-{n}.json"));
        std::fs::write(
            &qfile,
            serde_json::to_vec(&QueryFile::from(&q)).unwrap_or_default(),
        )
        .map_err(|e| e.to_string())?;
        let kdb = o.work.join(format!("seedkb-{n}.db"));
        let sdb = o.work.join(format!("sqlite-{n}.sqlite"));
        let s = |p: &Path| p.display().to_string();

        let mut k = EngineResult::default();
        let mut l = EngineResult::default();
        let (mut kt, mut lt) = (Vec::new(), Vec::new());
        let (mut kc, mut lc) = (Vec::new(), Vec::new());
        for r in 0..load_runs {
            eprintln!("   load, run {}/{load_runs}", r + 1);
            remove(&kdb);
            let v = run_child(&["load-seedkb".into(), s(&kdb), s(&data), s(&o.seedkb_bin)])?;
            kt.push(v["secs"].as_f64().unwrap_or(f64::NAN));
            kc.push(v["cpu_s"].as_f64().unwrap_or(f64::NAN));
            k.load_rss_kb = k.load_rss_kb.max(v["rss_kb"].as_u64().unwrap_or(0));
            remove(&sdb);
            let v = run_child(&["load-sqlite".into(), s(&sdb), s(&data)])?;
            lt.push(v["secs"].as_f64().unwrap_or(f64::NAN));
            lc.push(v["cpu_s"].as_f64().unwrap_or(f64::NAN));
            l.load_rss_kb = l.load_rss_kb.max(v["rss_kb"].as_u64().unwrap_or(0));
        }
        let load_ratios: Vec<f64> = kt.iter().zip(&lt).map(|(a, b)| a / b).collect();
        k.load_s = median(kt);
        l.load_s = median(lt);
        k.load_cpu_s = median(kc);
        l.load_cpu_s = median(lc);
        k.disk_bytes = dir_size(&kdb);
        l.disk_bytes = dir_size(&sdb);

        // One large file without quotes: nothing quadratic may hide behind
        // many small documents (issue 12).
        let flat = o.work.join(format!("flat-{n}-{}.jsonl", o.seed));
        let flat_guess = guess(|p| p.seedkb.flat_load_s.max(p.sqlite.flat_load_s));
        let flat_runs = match flat_guess {
            Some(g) if g > o.max_step_s => {
                skipped.push(format!(
                    "the loads of one file without quotes (expected ~{g:.0} s each from the \
                     size before, over the {:.0} s limit of a step)",
                    o.max_step_s
                ));
                0
            }
            _ => load_runs,
        };
        if flat_runs > 0 {
            write_flat(&data, &flat)?;
        }
        let (fdb, fsq) = (o.work.join("flat.db"), o.work.join("flat.sqlite"));
        let (mut ft, mut flt) = (Vec::new(), Vec::new());
        for r in 0..flat_runs {
            eprintln!("   load without quotes, run {}/{flat_runs}", r + 1);
            remove(&fdb);
            let v = run_child(&["load-seedkb".into(), s(&fdb), s(&flat), s(&o.seedkb_bin)])?;
            ft.push(v["secs"].as_f64().unwrap_or(f64::NAN));
            k.flat_load_rss_kb = k.flat_load_rss_kb.max(v["rss_kb"].as_u64().unwrap_or(0));
            remove(&fsq);
            let v = run_child(&["load-sqlite-flat".into(), s(&fsq), s(&flat)])?;
            flt.push(v["secs"].as_f64().unwrap_or(f64::NAN));
            l.flat_load_rss_kb = l.flat_load_rss_kb.max(v["rss_kb"].as_u64().unwrap_or(0));
        }
        k.flat_load_s = median(ft);
        l.flat_load_s = median(flt);
        remove(&fdb);
        remove(&fsq);
        remove(&flat);

        eprintln!("   queries");
        let runs = o.runs.to_string();
        for (engine, db, res) in [
            ("query-seedkb", &kdb, &mut k),
            ("query-sqlite", &sdb, &mut l),
        ] {
            let v = run_child(&[engine.into(), s(db), s(&qfile), runs.clone()])?;
            let t: QueryTimes = serde_json::from_value(v).map_err(|e| e.to_string())?;
            res.group_by_s = t.group_by_s;
            res.range_s = t.range_s;
            res.window_s = t.window_s;
            res.show_s = t.show_s;
            res.join_s = t.join_s;
            res.query_rss_kb = t.rss_kb;
            res.rows = t.rows;
        }
        if k.rows != l.rows {
            return Err(format!(
                "the engines disagree at {n} facts: seedkb {:?}, SQLite {:?}",
                k.rows, l.rows
            ));
        }

        eprintln!("   one-shot processes");
        let names = q.cold.clone();
        k.cold_s = Some(cold(o.cold_runs, |i| {
            show_command(&o.seedkb_bin, &kdb, &names[i % names.len()], &[])
        })?);
        // Through a server started on the loaded store: the same names,
        // a new `seedkb` process each time; `--lock-wait 0` makes a client
        // that could not reach the server fail instead of opening the
        // database itself, so every run is answered by the server.
        let direct = one_output(&o.seedkb_bin, &kdb, &names[0], &[])?;
        let server = Server::start(&o.seedkb_bin, &kdb)?;
        let through = one_output(&o.seedkb_bin, &kdb, &names[0], &["--lock-wait", "0"])?;
        if through != direct {
            return Err(format!(
                "`show {}` through the server differs from the direct answer at {n} facts",
                names[0]
            ));
        }
        let served = |i: usize| {
            show_command(
                &o.seedkb_bin,
                &kdb,
                &names[i % names.len()],
                &["--lock-wait", "0"],
            )
        };
        let sqlite = |i: usize| {
            let mut c = Command::new("sqlite3");
            c.arg(&sdb).arg(sql_show_funding(
                &names[i % names.len()].replace('\'', "''"),
            ));
            c
        };
        // The server's row and SQLite's one-shot taken in turns: on this
        // shared machine both are a few milliseconds, so measured apart
        // they compared two moments of the neighbours' load.
        if sqlite3 {
            let (a, b) = cold_alternated(o.cold_runs, served, sqlite)?;
            k.served_cold_s = Some(a);
            l.cold_s = Some(b);
        } else {
            k.served_cold_s = Some(cold(o.cold_runs, served)?);
        }
        server.stop()?;
        sizes.push(SizeResult {
            facts: summary.facts,
            entities: summary.entities,
            documents: summary.documents,
            dump_bytes: dir_size(&data),
            seedkb: k,
            sqlite: l,
            load_runs,
            load_ratios,
            skipped,
        });
        remove(&data);
        if o.own_work {
            // Disk: 10M facts take ~10 GB of databases; a --work directory
            // keeps them for a look afterwards.
            remove(&kdb);
            remove(&sdb);
        }
    }

    let one_article = |mb: u64, distinct: bool| -> Res<Option<ArticleResult>> {
        if mb == 0 {
            return Ok(None);
        }
        let what = if distinct { "distinct-" } else { "" };
        eprintln!("== one {mb} MB {what}article");
        let path = o.work.join(format!("{what}article-{mb}mb.txt"));
        let bytes = write_article(&path, mb, distinct)?;
        let db = o.work.join("article.db");
        remove(&db);
        let s = |p: &Path| p.display().to_string();
        let v = run_child(&["load-article".into(), s(&db), s(&path)])?;
        remove(&db);
        remove(&path);
        Ok(Some(ArticleResult {
            bytes,
            load_s: v["secs"].as_f64().unwrap_or(f64::NAN),
            load_rss_kb: v["rss_kb"].as_u64().unwrap_or(0),
        }))
    };
    let article = one_article(o.article_mb, false)?;
    let distinct_article = one_article(o.distinct_article_mb, true)?;

    eprintln!("== the bundled seed database");
    let seed_db = o.work.join("seed.db");
    remove(&seed_db);
    let st = Command::new(&o.seedkb_bin)
        .arg("--db")
        .arg(&seed_db)
        .arg("-e")
        .arg("kinds")
        .stdout(Stdio::null())
        .status()
        .map_err(|e| e.to_string())?;
    if !st.success() {
        return Err("creating the seed database failed".into());
    }
    let seed_cold_s = cold(o.cold_runs, |_| {
        let mut c = Command::new(&o.seedkb_bin);
        c.arg("--db").arg(&seed_db).arg("-e").arg("show 义县");
        c
    })?;

    let report = Report {
        machine: machine(),
        command: {
            // The path of the seedkb binary is the script's business.
            let mut shown = Vec::new();
            let mut it = args.iter();
            while let Some(a) = it.next() {
                // Paths on this machine are not part of the command.
                if a == "--seedkb-bin" || a == "--work" {
                    it.next();
                } else {
                    shown.push(a.as_str());
                }
            }
            format!("benches/run {}", shown.join(" "))
                .trim()
                .to_string()
        },
        seed_cold_s,
        sizes,
        article,
        distinct_article,
    };
    let json = serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?;
    let write = |name: &str, bytes: String| {
        let path = o.out.join(name);
        std::fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))
    };
    write("results.json", json)?;
    let table = render_table(&report);
    println!("{table}");
    update_markdown(&o.out.join("BENCHMARKS.md"), &table)?;
    write("plot.svg", render_svg(&report))?;
    eprintln!(
        "wrote {}, {} and {}",
        o.out.join("results.json").display(),
        o.out.join("BENCHMARKS.md").display(),
        o.out.join("plot.svg").display()
    );
    Ok(())
}

fn fmt_time(s: f64) -> String {
    if s.is_nan() {
        "–".into()
    } else if s >= 1.0 {
        format!("{s:.2} s")
    } else if s >= 1e-3 {
        format!("{:.2} ms", s * 1e3)
    } else {
        format!("{:.1} µs", s * 1e6)
    }
}

/// A peak RSS in KiB; 0 is a step that did not run.
fn fmt_kb(kb: u64) -> String {
    if kb == 0 {
        "–".into()
    } else {
        fmt_bytes(kb * 1024)
    }
}

fn fmt_bytes(b: u64) -> String {
    let mb = b as f64 / 1_048_576.0;
    if mb >= 10.0 {
        format!("{mb:.0} MB")
    } else {
        format!("{mb:.1} MB")
    }
}

fn ratio(a: f64, b: f64) -> String {
    if a.is_nan() || b.is_nan() || b == 0.0 {
        "–".into()
    } else {
        format!("{:.2}×", a / b)
    }
}

fn render_table(r: &Report) -> String {
    let mut t = String::new();
    t.push_str(&format!(
        "Machine: {}.\nCommand: `{}`.\n\n",
        r.machine, r.command
    ));
    t.push_str("| facts | measure | seedkb | SQLite | seedkb/SQLite |\n");
    t.push_str("| ---: | --- | ---: | ---: | ---: |\n");
    for s in &r.sizes {
        let (k, l) = (&s.seedkb, &s.sqlite);
        let rows: Vec<(String, String, String, String)> = vec![
            (
                "bulk load (durable)".into(),
                fmt_time(k.load_s),
                fmt_time(l.load_s),
                match s.load_ratios.len() {
                    0 => ratio(k.load_s, l.load_s),
                    _ => format!("{:.2}×", median(s.load_ratios.clone())),
                },
            ),
            (
                "CPU time of that load (user + system)".into(),
                fmt_time(k.load_cpu_s),
                fmt_time(l.load_cpu_s),
                ratio(k.load_cpu_s, l.load_cpu_s),
            ),
            (
                "bulk load, one JSON-lines file without quotes".into(),
                fmt_time(k.flat_load_s),
                fmt_time(l.flat_load_s),
                ratio(k.flat_load_s, l.flat_load_s),
            ),
            (
                "peak RSS, that load".into(),
                fmt_kb(k.flat_load_rss_kb),
                fmt_kb(l.flat_load_rss_kb),
                ratio(k.flat_load_rss_kb as f64, l.flat_load_rss_kb as f64),
            ),
            (
                format!("`funding by source` ({} groups)", k.rows.group_by),
                fmt_time(k.group_by_s),
                fmt_time(l.group_by_s),
                ratio(k.group_by_s, l.group_by_s),
            ),
            (
                format!(
                    "`funding where amount > {}` ({} rows)",
                    synth::RANGE_THRESHOLD,
                    k.rows.range
                ),
                fmt_time(k.range_s),
                fmt_time(l.range_s),
                ratio(k.range_s, l.range_s),
            ),
            (
                format!(
                    "`funding where amount >= LOW and amount < HIGH` (a window of about {} \
                     at every size; {} rows)",
                    synth::WINDOW_ROWS,
                    k.rows.window
                ),
                fmt_time(k.window_s),
                fmt_time(l.window_s),
                ratio(k.window_s, l.window_s),
            ),
            (
                "`show NAME`, random entity".into(),
                fmt_time(k.show_s),
                fmt_time(l.show_s),
                ratio(k.show_s, l.show_s),
            ),
            (
                format!(
                    "join: `funding where recipient within CITY` ({} rows)",
                    k.rows.join
                ),
                fmt_time(k.join_s),
                fmt_time(l.join_s),
                ratio(k.join_s, l.join_s),
            ),
            (
                "one-shot process: `seedkb -e 'show NAME'` / `sqlite3 DB 'select …'`".into(),
                k.cold_s.map_or("–".into(), fmt_time),
                l.cold_s.map_or("not run (no sqlite3)".into(), fmt_time),
                match (k.cold_s, l.cold_s) {
                    (Some(a), Some(b)) => ratio(a, b),
                    _ => "–".into(),
                },
            ),
            (
                "one-shot process through `seedkb serve`: `seedkb -e 'show NAME'` / `sqlite3 DB 'select …'`"
                    .into(),
                k.served_cold_s.map_or("–".into(), fmt_time),
                l.cold_s.map_or("not run (no sqlite3)".into(), fmt_time),
                match (k.served_cold_s, l.cold_s) {
                    (Some(a), Some(b)) => ratio(a, b),
                    _ => "–".into(),
                },
            ),
            (
                "on disk".into(),
                fmt_bytes(k.disk_bytes),
                fmt_bytes(l.disk_bytes),
                ratio(k.disk_bytes as f64, l.disk_bytes as f64),
            ),
            (
                "peak RSS, load process".into(),
                fmt_bytes(k.load_rss_kb * 1024),
                fmt_bytes(l.load_rss_kb * 1024),
                ratio(k.load_rss_kb as f64, l.load_rss_kb as f64),
            ),
            (
                "peak RSS, query process".into(),
                fmt_bytes(k.query_rss_kb * 1024),
                fmt_bytes(l.query_rss_kb * 1024),
                ratio(k.query_rss_kb as f64, l.query_rss_kb as f64),
            ),
        ];
        for (i, (m, a, b, c)) in rows.into_iter().enumerate() {
            let facts = if i == 0 {
                format!(
                    "**{}** ({} entities, {} docs, dump {})",
                    s.facts,
                    s.entities,
                    s.documents,
                    fmt_bytes(s.dump_bytes)
                )
            } else {
                String::new()
            };
            t.push_str(&format!("| {facts} | {m} | {a} | {b} | {c} |\n"));
        }
    }
    let mut said = false;
    for s in &r.sizes {
        let mut notes = s.skipped.clone();
        if s.load_runs == 1 {
            notes.push("one run of each load (the median of one)".into());
        } else if s.load_ratios.len() > 1 {
            let each: Vec<String> = s.load_ratios.iter().map(|r| format!("{r:.2}×")).collect();
            notes.push(format!(
                "the bulk load's ratio is the median of {} alternated pairs' \
                 (seedkb's load, then SQLite's: {}), its times the medians of each",
                s.load_ratios.len(),
                each.join(", ")
            ));
        }
        if !notes.is_empty() {
            if !said {
                t.push('\n');
                said = true;
            }
            t.push_str(&format!("At {} facts: {}.\n", s.facts, notes.join("; ")));
        }
    }
    t.push_str(&format!(
        "\nOne-shot `seedkb -e 'show 义县'` on the bundled seed database: {}.\n",
        fmt_time(r.seed_cold_s)
    ));
    if let Some(a) = &r.article {
        t.push_str(&format!(
            "\nOne article of {} loaded as text (extraction and store, durable): {}, \
             peak RSS {}.\n",
            fmt_bytes(a.bytes),
            fmt_time(a.load_s),
            fmt_bytes(a.load_rss_kb * 1024)
        ));
    }
    if let Some(a) = &r.distinct_article {
        t.push_str(&format!(
            "\nOne article of {} whose sentences are all distinct but repeat the same \
             figures, loaded as text: {}, peak RSS {}.\n",
            fmt_bytes(a.bytes),
            fmt_time(a.load_s),
            fmt_bytes(a.load_rss_kb * 1024)
        ));
    }
    t
}

const BEGIN: &str = "<!-- results:begin (written by the benchmark) -->";
const END: &str = "<!-- results:end -->";

fn update_markdown(path: &Path, table: &str) -> Res<()> {
    let old = std::fs::read_to_string(path).unwrap_or_else(|_| format!("{BEGIN}\n{END}\n"));
    let (Some(a), Some(b)) = (old.find(BEGIN), old.find(END)) else {
        return Err(format!(
            "{} has no results markers ({BEGIN} … {END})",
            path.display()
        ));
    };
    let new = format!("{}{BEGIN}\n{table}{}", &old[..a], &old[b..]);
    std::fs::write(path, new).map_err(|e| format!("{}: {e}", path.display()))
}

/// A log-log plot of time against size, one panel per operation, written
/// by hand: no font or rendering dependency.
fn render_svg(r: &Report) -> String {
    type Get = fn(&EngineResult) -> f64;
    let panels: [(&str, Get); 6] = [
        ("bulk load", |e| e.load_s),
        ("funding by source", |e| e.group_by_s),
        ("amount > 9亿元 (range)", |e| e.range_s),
        ("show NAME", |e| e.show_s),
        ("recipient within CITY (join)", |e| e.join_s),
        ("one-shot process", |e| e.cold_s.unwrap_or(f64::NAN)),
    ];
    let (pw, ph, cols) = (330.0, 240.0, 3usize);
    let (w, h) = (pw * cols as f64, ph * 2.0 + 40.0);
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" \
         font-family=\"sans-serif\" font-size=\"11\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n\
         <text x=\"10\" y=\"20\" font-size=\"14\">Median time against size (log-log): \
         <tspan fill=\"#c0392b\">seedkb</tspan> and <tspan fill=\"#2471a3\">SQLite</tspan></text>\n"
    );
    let xs: Vec<f64> = r.sizes.iter().map(|s| s.facts as f64).collect();
    for (i, (title, get)) in panels.iter().enumerate() {
        let (ox, oy) = ((i % cols) as f64 * pw, 40.0 + (i / cols) as f64 * ph);
        let (l, t, pw2, ph2) = (ox + 55.0, oy + 25.0, pw - 75.0, ph - 65.0);
        let vals: Vec<f64> = r
            .sizes
            .iter()
            .flat_map(|s| [get(&s.seedkb), get(&s.sqlite)])
            .filter(|v| v.is_finite() && *v > 0.0)
            .collect();
        if vals.is_empty() || xs.is_empty() {
            continue;
        }
        let (ymin, ymax) = (
            vals.iter()
                .cloned()
                .fold(f64::MAX, f64::min)
                .log10()
                .floor(),
            vals.iter().cloned().fold(f64::MIN, f64::max).log10().ceil(),
        );
        let ymax = if ymax <= ymin { ymin + 1.0 } else { ymax };
        let (xmin, xmax) = (
            xs.iter().cloned().fold(f64::MAX, f64::min).log10(),
            xs.iter().cloned().fold(f64::MIN, f64::max).log10(),
        );
        let xmax = if xmax <= xmin { xmin + 1.0 } else { xmax };
        let px = |x: f64| l + (x.log10() - xmin) / (xmax - xmin) * pw2;
        let py = |y: f64| t + ph2 - (y.log10() - ymin) / (ymax - ymin) * ph2;
        svg.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" font-size=\"12\" font-weight=\"bold\">{title}</text>\n\
             <rect x=\"{l}\" y=\"{t}\" width=\"{pw2}\" height=\"{ph2}\" fill=\"none\" stroke=\"#999\"/>\n",
            l,
            t - 8.0
        ));
        let mut e = ymin;
        while e <= ymax {
            let y = py(10f64.powf(e));
            svg.push_str(&format!(
                "<line x1=\"{l}\" x2=\"{}\" y1=\"{y}\" y2=\"{y}\" stroke=\"#eee\"/>\
                 <text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n",
                l + pw2,
                l - 4.0,
                y + 4.0,
                fmt_time(10f64.powf(e))
            ));
            e += 1.0;
        }
        for &x in &xs {
            svg.push_str(&format!(
                "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n",
                px(x),
                t + ph2 + 14.0,
                if x >= 1e6 {
                    format!("{}M", x / 1e6)
                } else {
                    format!("{}K", x / 1e3)
                }
            ));
        }
        for (engine, color) in [(0, "#c0392b"), (1, "#2471a3")] {
            let pts: Vec<(f64, f64)> = r
                .sizes
                .iter()
                .map(|s| {
                    let v = if engine == 0 {
                        get(&s.seedkb)
                    } else {
                        get(&s.sqlite)
                    };
                    (s.facts as f64, v)
                })
                .filter(|(_, v)| v.is_finite() && *v > 0.0)
                .collect();
            let path: Vec<String> = pts
                .iter()
                .map(|(x, y)| format!("{:.1},{:.1}", px(*x), py(*y)))
                .collect();
            svg.push_str(&format!(
                "<polyline fill=\"none\" stroke=\"{color}\" stroke-width=\"2\" points=\"{}\"/>\n",
                path.join(" ")
            ));
            for (x, y) in pts {
                svg.push_str(&format!(
                    "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"3\" fill=\"{color}\"/>\n",
                    px(x),
                    py(y)
                ));
            }
        }
        svg.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"#555\">facts</text>\n",
            l + pw2 / 2.0,
            t + ph2 + 28.0
        ));
    }
    svg.push_str("</svg>\n");
    svg
}

// ---------------------------------------------------------------- children

#[derive(Serialize, Deserialize)]
struct QueryFile {
    group_by: String,
    range: String,
    /// The window query and its bounds in yuan, `[low, high)`.
    #[serde(default)]
    window: String,
    #[serde(default)]
    window_yuan: (u64, u64),
    join: String,
    city: String,
    show: Vec<String>,
}

impl From<&BenchQueries> for QueryFile {
    fn from(q: &BenchQueries) -> Self {
        QueryFile {
            group_by: q.group_by.clone(),
            range: q.range.clone(),
            window: q.window.clone(),
            window_yuan: q.window_yuan,
            join: q.join.clone(),
            city: q.city.clone(),
            show: q.show.clone(),
        }
    }
}

#[derive(Serialize, Deserialize)]
struct QueryTimes {
    group_by_s: f64,
    range_s: f64,
    #[serde(default)]
    window_s: f64,
    show_s: f64,
    join_s: f64,
    rss_kb: u64,
    rows: Rows,
}

/// Peak resident memory of this process (VmHWM), in KiB.
fn peak_rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse().ok())
        })
        .unwrap_or(0)
}

/// With `SEEDKB_BENCH_RSS` set, the query child says on standard error
/// its resident and peak memory after each query of its sequence (what
/// each step adds to the one peak the table shows).
fn trace_rss(step: &str) {
    if std::env::var_os("SEEDKB_BENCH_RSS").is_none() {
        return;
    }
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse::<u64>().ok())
            .unwrap_or(0)
    };
    eprintln!(
        "rss after {step}: {} MB, peak {} MB",
        field("VmRSS:") / 1024,
        field("VmHWM:") / 1024
    );
}

fn child(args: &[String]) -> Res<()> {
    let arg = |i: usize| -> Res<&String> {
        args.get(i)
            .ok_or_else(|| format!("child {args:?}: missing argument {i}"))
    };
    let report = match arg(0)?.as_str() {
        "load-seedkb" => {
            let secs = load_seedkb(Path::new(arg(3)?), Path::new(arg(1)?), Path::new(arg(2)?))?;
            let (rss_kb, cpu_s) = usage(libc::RUSAGE_CHILDREN);
            serde_json::json!({ "secs": secs, "rss_kb": rss_kb, "cpu_s": cpu_s })
        }
        "load-article" => {
            let secs = load_article(Path::new(arg(1)?), Path::new(arg(2)?))?;
            serde_json::json!({ "secs": secs, "rss_kb": peak_rss_kb() })
        }
        "load-sqlite" => {
            let secs = load_sqlite(Path::new(arg(1)?), Path::new(arg(2)?))?;
            let (_, cpu_s) = usage(libc::RUSAGE_SELF);
            serde_json::json!({ "secs": secs, "rss_kb": peak_rss_kb(), "cpu_s": cpu_s })
        }
        "load-sqlite-flat" => {
            let secs = load_sqlite_flat(Path::new(arg(1)?), Path::new(arg(2)?))?;
            serde_json::json!({ "secs": secs, "rss_kb": peak_rss_kb() })
        }
        mode @ ("query-seedkb" | "query-sqlite") => {
            let q: QueryFile = serde_json::from_slice(
                &std::fs::read(arg(2)?)
                    .map_err(|e| format!("{}: {e}", arg(2).unwrap_or(&String::new())))?,
            )
            .map_err(|e| e.to_string())?;
            let runs: usize = arg(3)?.parse().map_err(|e| format!("runs: {e}"))?;
            let mut t = if mode == "query-seedkb" {
                query_seedkb(Path::new(arg(1)?), &q, runs)?
            } else {
                query_sqlite(Path::new(arg(1)?), &q, runs)?
            };
            t.rss_kb = peak_rss_kb();
            serde_json::to_value(t).map_err(|e| e.to_string())?
        }
        // The query file of a size and seed, as the parent writes it (to
        // run the query child by hand on a database loaded apart).
        "queries" => {
            let n: u64 = arg(1)?.parse().map_err(|e| format!("facts: {e}"))?;
            let seed: u64 = arg(2)?.parse().map_err(|e| format!("seed: {e}"))?;
            let summary =
                synth::generate(n, seed, &mut std::io::sink()).map_err(|e| e.to_string())?;
            serde_json::to_value(QueryFile::from(&synth::bench_queries(&summary, seed, 25)))
                .map_err(|e| e.to_string())?
        }
        // One query, once, in a process of its own opened as the query
        // child opens (not run by the parent): what a single query costs a
        // long-running process, its peak RSS not hidden by the others'.
        "query-seedkb-one" => {
            let store = seedkb::session::open_store(
                Path::new(arg(1)?),
                false,
                std::time::Duration::from_secs(5),
            )
            .map_err(|e| e.to_string())?;
            let t = Instant::now();
            let rows = answer_rows(&store, arg(2)?)?;
            let secs = t.elapsed().as_secs_f64();
            let (_, cpu_s) = usage(libc::RUSAGE_SELF);
            serde_json::json!({ "secs": secs, "rows": rows, "rss_kb": peak_rss_kb(), "cpu_s": cpu_s })
        }
        other => return Err(format!("unknown child mode {other}")),
    };
    println!("{report}");
    Ok(())
}

/// Median seconds of `runs` runs of `f`, after one warm-up run; also the
/// value of the last run.
fn timed<T>(runs: usize, mut f: impl FnMut() -> Res<T>) -> Res<(f64, T)> {
    let mut last = f()?;
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let t = Instant::now();
        last = f()?;
        times.push(t.elapsed().as_secs_f64());
    }
    Ok((median(times), last))
}

// ------------------------------------------------------------ seedkb side

/// `seedkb --db DB --no-seeds load DATA`, the command a user runs (its
/// own reader: a dump is streamed, issues 12 and 15), as a process of its
/// own; its peak RSS is read back with `getrusage(RUSAGE_CHILDREN)`.
fn load_seedkb(bin: &Path, db: &Path, data: &Path) -> Res<f64> {
    let t = Instant::now();
    let out = Command::new(bin)
        .arg("--db")
        .arg(db)
        .arg("--no-seeds")
        .arg("load")
        .arg(data)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .map_err(|e| format!("{}: {e}", bin.display()))?;
    if !out.status.success() {
        return Err(format!(
            "seedkb load {} failed ({}): {}",
            data.display(),
            out.status,
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(t.elapsed().as_secs_f64())
}

/// The peak resident memory (KiB; for `RUSAGE_CHILDREN` the largest of
/// this process's finished children; Linux reports `ru_maxrss` in KiB) and
/// the CPU seconds (user + system) of `who`.
fn usage(who: libc::c_int) -> (u64, f64) {
    // SAFETY: getrusage only writes the struct it is given.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    if unsafe { libc::getrusage(who, &mut ru) } != 0 {
        return (0, f64::NAN);
    }
    let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    (
        u64::try_from(ru.ru_maxrss).unwrap_or(0),
        secs(ru.ru_utime) + secs(ru.ru_stime),
    )
}

/// As `seedkb load article.txt` loads a long text: extracted into a spool,
/// written as one document in parts (issue 15), never all its facts at once.
fn load_article(db: &Path, text: &Path) -> Res<f64> {
    let t = Instant::now();
    let store = seedkb::session::open_store(db, false, std::time::Duration::from_secs(5))
        .map_err(|e| e.to_string())?;
    let known = seedkb::extract::Known::new();
    let mut doc = seedkb::extract::stream::read_spooled(text, &known).map_err(|e| e.to_string())?;
    doc.merge(&known);
    doc.load(&store, &known).map_err(|e| e.to_string())?;
    drop(store);
    let store = seedkb::session::open_store(db, false, std::time::Duration::from_secs(5))
        .map_err(|e| e.to_string())?;
    drop(store);
    Ok(t.elapsed().as_secs_f64())
}

/// Answers `text` as a writer takes an answer (`seedkb -e`, the REPL):
/// its rows one at a time, a grouping's members named a batch of groups
/// at a time and dropped once passed, never all held. Its rows.
fn answer_rows(store: &seedkb::store::Store, text: &str) -> Res<usize> {
    let rs = seedkb::query::run_unnamed(store, text).map_err(|e| format!("{text}: {e}"))?;
    let mut rows = 0;
    for row in seedkb::query::NamedRows::new(Some(store), &rs.rows) {
        row.map_err(|e| format!("{text}: {e}"))?;
        rows += 1;
    }
    Ok(rows)
}

fn query_seedkb(db: &Path, q: &QueryFile, runs: usize) -> Res<QueryTimes> {
    let store = seedkb::session::open_store(db, false, std::time::Duration::from_secs(5))
        .map_err(|e| e.to_string())?;
    let run = |text: &str| answer_rows(&store, text);
    trace_rss("open");
    let (group_by_s, group_by) = timed(runs, || run(&q.group_by))?;
    trace_rss("group-by");
    let (range_s, range) = timed(runs, || run(&q.range))?;
    trace_rss("range");
    let (window_s, window) = timed(runs, || run(&q.window))?;
    trace_rss("window");
    let (join_s, join) = timed(runs, || run(&q.join))?;
    trace_rss("join");
    let (show_all, _) = timed(runs, || {
        let mut n = 0;
        for name in &q.show {
            n += run(&format!("show {name}"))?;
        }
        Ok(n)
    })?;
    trace_rss("show");
    Ok(QueryTimes {
        group_by_s,
        range_s,
        window_s,
        show_s: show_all / q.show.len().max(1) as f64,
        join_s,
        rss_kb: 0,
        rows: Rows {
            group_by,
            range,
            window,
            join,
        },
    })
}

// ------------------------------------------------------------ SQLite side

const SCHEMA: &str = "
CREATE TABLE doc (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, content TEXT NOT NULL);
CREATE TABLE place (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,
  alias TEXT, located_in INTEGER REFERENCES place(id),
  doc INTEGER NOT NULL REFERENCES doc(id), quote TEXT NOT NULL);
CREATE TABLE organisation (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,
  located_in INTEGER REFERENCES place(id), doc INTEGER NOT NULL REFERENCES doc(id), quote TEXT NOT NULL);
CREATE TABLE funding (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,
  source INTEGER REFERENCES organisation(id), recipient INTEGER REFERENCES place(id),
  amount INTEGER, amount_text TEXT, date TEXT, date_text TEXT, purpose TEXT,
  doc INTEGER NOT NULL REFERENCES doc(id), quote TEXT NOT NULL);
CREATE TABLE project (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,
  district INTEGER REFERENCES place(id), investment INTEGER, investment_text TEXT,
  area_micro_m2 INTEGER, area_text TEXT, status TEXT, date_started TEXT, date_text TEXT,
  doc INTEGER NOT NULL REFERENCES doc(id), quote TEXT NOT NULL);
CREATE TABLE enterprise (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,
  located_in INTEGER REFERENCES place(id), registered_capital INTEGER, capital_text TEXT,
  industry TEXT, doc INTEGER NOT NULL REFERENCES doc(id), quote TEXT NOT NULL);
";

/// The same page cache as seedkb's sled (64 MB), instead of SQLite's 2 MB
/// default, so neither engine wins by memory budget. Durability stays the
/// default: rollback journal, synchronous=FULL.
const SQLITE_CACHE: &str = "PRAGMA cache_size = -65536;";

/// Indexes on every column the queries filter, join or group on; built
/// after the bulk insert, as one would.
const INDEXES: &str = "
CREATE INDEX place_located_in ON place(located_in);
CREATE INDEX place_alias ON place(alias);
CREATE INDEX organisation_located_in ON organisation(located_in);
CREATE INDEX funding_source ON funding(source);
CREATE INDEX funding_recipient ON funding(recipient);
CREATE INDEX funding_amount ON funding(amount);
CREATE INDEX project_district ON project(district);
CREATE INDEX enterprise_located_in ON enterprise(located_in);
";

#[derive(Deserialize)]
struct Line<'a> {
    #[serde(borrow)]
    document: Option<std::borrow::Cow<'a, str>>,
    #[serde(borrow)]
    content: Option<std::borrow::Cow<'a, str>>,
    #[serde(borrow)]
    subject: Option<std::borrow::Cow<'a, str>>,
    #[serde(borrow)]
    attribute: Option<std::borrow::Cow<'a, str>>,
    value: Option<serde_json::Value>,
    #[serde(borrow)]
    unit: Option<std::borrow::Cow<'a, str>>,
    #[serde(borrow)]
    text: Option<std::borrow::Cow<'a, str>>,
    #[serde(borrow)]
    doc: Option<std::borrow::Cow<'a, str>>,
    #[serde(borrow)]
    quote: Option<std::borrow::Cow<'a, str>>,
}

#[derive(Default)]
struct Ent {
    id: i64,
    kind: String,
    name: String,
    doc: String,
    quote: String,
    /// attribute → (value, text)
    attrs: HashMap<String, (serde_json::Value, String)>,
}

/// A decimal string in base units → integer millionths (exact).
fn micro(v: &serde_json::Value) -> Option<i64> {
    let s = match v {
        serde_json::Value::Number(n) => n.to_string(),
        _ => return None,
    };
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let frac = format!("{frac:0<6}");
    Some(int.parse::<i64>().ok()? * 1_000_000 + frac.get(..6)?.parse::<i64>().ok()?)
}

/// The file without quotes into one flat table (a row per line, its line
/// number as provenance), indexed by subject and by attribute and value,
/// in one transaction — what `sqlite3`'s import of a flat table does.
fn load_sqlite_flat(db: &Path, data: &Path) -> Res<f64> {
    use std::io::BufRead;
    let t = Instant::now();
    let e = |e: rusqlite::Error| e.to_string();
    let mut conn = Connection::open(db).map_err(e)?;
    conn.execute_batch(SQLITE_CACHE).map_err(e)?;
    conn.execute_batch(
        "CREATE TABLE fact (subject TEXT NOT NULL, attribute TEXT NOT NULL, value TEXT, \
         unit TEXT, text TEXT, line INTEGER NOT NULL);",
    )
    .map_err(e)?;
    let tx = conn.transaction().map_err(e)?;
    {
        let mut ins = tx
            .prepare("INSERT INTO fact VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
            .map_err(e)?;
        let r = std::io::BufReader::new(std::fs::File::open(data).map_err(|e| e.to_string())?);
        for (n, line) in r.lines().enumerate() {
            let line = line.map_err(|e| e.to_string())?;
            let l: Line =
                serde_json::from_str(&line).map_err(|e| format!("line {}: {e}", n + 1))?;
            let (Some(subject), Some(attr)) = (l.subject, l.attribute) else {
                continue;
            };
            let value = l.value.map(|v| match v {
                serde_json::Value::String(s) => s,
                other => other.to_string(),
            });
            ins.execute(params![subject, attr, value, l.unit, l.text, n as i64 + 1])
                .map_err(e)?;
        }
    }
    tx.execute_batch(
        "CREATE INDEX fact_s ON fact (subject, attribute); \
         CREATE INDEX fact_av ON fact (attribute, value);",
    )
    .map_err(e)?;
    tx.commit().map_err(e)?;
    drop(conn);
    Ok(t.elapsed().as_secs_f64())
}

/// The dump into the tables, streamed: a record's lines follow its `kind`
/// line (as the generator and `seedkb dump` write them), so each record is
/// inserted when the next one starts and memory stays flat at any size.
/// Only places and organisations are kept by name (the targets of the
/// foreign keys, ~2,000 of them), as is each document's id.
fn load_sqlite(db: &Path, data: &Path) -> Res<f64> {
    use std::io::BufRead;
    let t = Instant::now();
    let e = |e: rusqlite::Error| e.to_string();
    let mut conn = Connection::open(db).map_err(e)?;
    conn.execute_batch(SQLITE_CACHE).map_err(e)?;
    conn.execute_batch(SCHEMA).map_err(e)?;
    let tx = conn.transaction().map_err(e)?;
    {
        let mut ins = Inserts {
            doc: tx
                .prepare("INSERT INTO doc (id, name, content) VALUES (?1, ?2, ?3)")
                .map_err(e)?,
            place: tx
                .prepare("INSERT INTO place VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .map_err(e)?,
            org: tx
                .prepare("INSERT INTO organisation VALUES (?1, ?2, ?3, ?4, ?5)")
                .map_err(e)?,
            fund: tx
                .prepare(
                    "INSERT INTO funding VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                )
                .map_err(e)?,
            proj: tx
                .prepare(
                    "INSERT INTO project VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                )
                .map_err(e)?,
            ent: tx
                .prepare("INSERT INTO enterprise VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .map_err(e)?,
            doc_ids: HashMap::new(),
            targets: HashMap::new(),
        };
        let mut current: Option<Ent> = None;
        let mut next_id = 1i64;
        let r = std::io::BufReader::new(std::fs::File::open(data).map_err(|e| e.to_string())?);
        for (n, line) in r.lines().enumerate() {
            let line = line.map_err(|e| e.to_string())?;
            let l: Line =
                serde_json::from_str(&line).map_err(|e| format!("line {}: {e}", n + 1))?;
            if let (Some(d), Some(c)) = (l.document, l.content) {
                let id = ins.doc_ids.len() as i64 + 1;
                ins.doc.execute(params![id, d, c]).map_err(e)?;
                ins.doc_ids.insert(d.into_owned(), id);
                continue;
            }
            let (Some(subject), Some(attr)) = (l.subject, l.attribute) else {
                return Err(format!("line {}: no subject/attribute", n + 1));
            };
            if attr == "kind" {
                if let Some(done) = current.take() {
                    ins.insert(&done)?;
                }
                current = Some(Ent {
                    id: next_id,
                    kind: l
                        .value
                        .and_then(|v| v.as_str().map(String::from))
                        .unwrap_or_default(),
                    name: subject.into_owned(),
                    doc: l.doc.unwrap_or_default().into_owned(),
                    quote: l.quote.unwrap_or_default().into_owned(),
                    attrs: HashMap::new(),
                });
                next_id += 1;
                continue;
            }
            let ent = current
                .as_mut()
                .filter(|c| c.name == subject.as_ref())
                .ok_or_else(|| {
                    format!(
                        "line {}: '{subject}' is not the record of the kind line before it \
                         (the benchmark's SQLite loader expects each record's lines together)",
                        n + 1
                    )
                })?;
            ent.attrs.insert(
                attr.into_owned(),
                (
                    l.value.unwrap_or(serde_json::Value::Null),
                    l.text.unwrap_or_default().into_owned(),
                ),
            );
        }
        if let Some(done) = current.take() {
            ins.insert(&done)?;
        }
    }
    tx.execute_batch(INDEXES).map_err(|e| e.to_string())?;
    tx.commit().map_err(|e| e.to_string())?;
    drop(conn);
    Ok(t.elapsed().as_secs_f64())
}

/// The prepared inserts of [`load_sqlite`], with what it keeps by name.
struct Inserts<'c> {
    doc: rusqlite::Statement<'c>,
    place: rusqlite::Statement<'c>,
    org: rusqlite::Statement<'c>,
    fund: rusqlite::Statement<'c>,
    proj: rusqlite::Statement<'c>,
    ent: rusqlite::Statement<'c>,
    doc_ids: HashMap<String, i64>,
    /// Places and organisations: what the foreign keys point to.
    targets: HashMap<String, i64>,
}

impl Inserts<'_> {
    fn insert(&mut self, ent: &Ent) -> Res<()> {
        let e = |e: rusqlite::Error| e.to_string();
        let targets = &self.targets;
        let reference = |a: &str| -> Option<i64> {
            let (v, _) = ent.attrs.get(a)?;
            targets.get(v.get("ref")?.as_str()?).copied()
        };
        let text = |a: &str| -> Option<String> {
            ent.attrs
                .get(a)
                .and_then(|(v, _)| v.as_str().map(String::from))
        };
        let words = |a: &str| -> Option<String> { ent.attrs.get(a).map(|(_, t)| t.clone()) };
        let yuan = |a: &str| -> Option<i64> {
            ent.attrs
                .get(a)
                .and_then(|(v, _)| micro(v))
                .map(|m| m / 1_000_000)
        };
        let doc = self.doc_ids.get(ent.doc.as_str()).copied();
        match ent.kind.as_str() {
            "city" | "county" | "town" => self.place.execute(params![
                ent.id,
                ent.name,
                ent.kind,
                text("alias"),
                reference("located_in"),
                doc,
                ent.quote
            ]),
            "organisation" => self.org.execute(params![
                ent.id,
                ent.name,
                reference("located_in"),
                doc,
                ent.quote
            ]),
            "funding" => self.fund.execute(params![
                ent.id,
                ent.name,
                reference("source"),
                reference("recipient"),
                yuan("amount"),
                words("amount"),
                text("date"),
                words("date"),
                text("purpose"),
                doc,
                ent.quote
            ]),
            "project" => self.proj.execute(params![
                ent.id,
                ent.name,
                reference("district"),
                yuan("investment"),
                words("investment"),
                ent.attrs.get("area").and_then(|(v, _)| micro(v)),
                words("area"),
                text("status"),
                text("date_started"),
                words("date_started"),
                doc,
                ent.quote
            ]),
            "enterprise" => self.ent.execute(params![
                ent.id,
                ent.name,
                reference("located_in"),
                yuan("registered_capital"),
                words("registered_capital"),
                text("industry"),
                doc,
                ent.quote
            ]),
            other => return Err(format!("no table for kind '{other}'")),
        }
        .map_err(e)?;
        if matches!(
            ent.kind.as_str(),
            "city" | "county" | "town" | "organisation"
        ) {
            self.targets.insert(ent.name.clone(), ent.id);
        }
        Ok(())
    }
}

/// `show NAME` for a funding record, as one statement for the sqlite3
/// command-line tool (nothing refers to a funding record, so it has no
/// back-references).
fn sql_show_funding(name: &str) -> String {
    format!(
        "SELECT f.name, o.name, r.name, f.amount, f.amount_text, f.date, f.date_text, f.purpose, \
         d.name, f.quote FROM funding f LEFT JOIN organisation o ON o.id = f.source \
         LEFT JOIN place r ON r.id = f.recipient JOIN doc d ON d.id = f.doc WHERE f.name = '{name}';"
    )
}

/// One result row, read out into owned values (as seedkb builds its cells).
type Row = Vec<rusqlite::types::Value>;

fn collect(stmt: &mut rusqlite::CachedStatement<'_>, p: impl rusqlite::Params) -> Res<Vec<Row>> {
    let n = stmt.column_count();
    let rows = stmt
        .query_map(p, |r| {
            (0..n)
                .map(|i| r.get::<_, rusqlite::types::Value>(i))
                .collect()
        })
        .map_err(|e| e.to_string())?;
    rows.collect::<Result<Vec<Row>, _>>()
        .map_err(|e| e.to_string())
}

const SQL_GROUP_BY: &str = "SELECT o.name, count(*), sum(f.amount) FROM funding f \
    LEFT JOIN organisation o ON o.id = f.source GROUP BY f.source ORDER BY sum(f.amount) DESC";

const SQL_RANGE: &str = "SELECT f.name, o.name, r.name, f.amount, f.amount_text, f.date, \
    f.date_text, f.purpose FROM funding f LEFT JOIN organisation o ON o.id = f.source \
    LEFT JOIN place r ON r.id = f.recipient WHERE f.amount > ?1";

const SQL_WINDOW: &str = "SELECT f.name, o.name, r.name, f.amount, f.amount_text, f.date, \
    f.date_text, f.purpose FROM funding f LEFT JOIN organisation o ON o.id = f.source \
    LEFT JOIN place r ON r.id = f.recipient WHERE f.amount >= ?1 AND f.amount < ?2";

const SQL_JOIN: &str = "WITH RECURSIVE inside(id) AS ( \
      SELECT id FROM place WHERE name = ?1 OR alias = ?1 \
      UNION SELECT p.id FROM place p JOIN inside i ON p.located_in = i.id) \
    SELECT f.name, o.name, r.name, f.amount, f.amount_text, f.date, f.date_text, f.purpose \
    FROM inside JOIN funding f ON f.recipient = inside.id \
    LEFT JOIN organisation o ON o.id = f.source JOIN place r ON r.id = f.recipient";

/// `show NAME` with a table per kind: find the name in each table (unique
/// index), read the row with its document, then everything that refers to
/// it.
const SQL_SHOW: [&str; 5] = [
    "SELECT p.*, d.name, l.name FROM place p JOIN doc d ON d.id = p.doc \
     LEFT JOIN place l ON l.id = p.located_in WHERE p.name = ?1 OR p.alias = ?1",
    "SELECT o.*, d.name, l.name FROM organisation o JOIN doc d ON d.id = o.doc \
     LEFT JOIN place l ON l.id = o.located_in WHERE o.name = ?1",
    "SELECT f.*, d.name, o.name, r.name FROM funding f JOIN doc d ON d.id = f.doc \
     LEFT JOIN organisation o ON o.id = f.source LEFT JOIN place r ON r.id = f.recipient \
     WHERE f.name = ?1",
    "SELECT p.*, d.name, l.name FROM project p JOIN doc d ON d.id = p.doc \
     LEFT JOIN place l ON l.id = p.district WHERE p.name = ?1",
    "SELECT e.*, d.name, l.name FROM enterprise e JOIN doc d ON d.id = e.doc \
     LEFT JOIN place l ON l.id = e.located_in WHERE e.name = ?1",
];

const SQL_REFERRERS: &str = "\
    SELECT 'source', f.name, f.quote, d.name FROM funding f JOIN doc d ON d.id = f.doc WHERE f.source = ?1 \
    UNION ALL SELECT 'recipient', f.name, f.quote, d.name FROM funding f JOIN doc d ON d.id = f.doc WHERE f.recipient = ?1 \
    UNION ALL SELECT 'district', p.name, p.quote, d.name FROM project p JOIN doc d ON d.id = p.doc WHERE p.district = ?1 \
    UNION ALL SELECT 'located_in', e.name, e.quote, d.name FROM enterprise e JOIN doc d ON d.id = e.doc WHERE e.located_in = ?1 \
    UNION ALL SELECT 'located_in', p.name, p.quote, d.name FROM place p JOIN doc d ON d.id = p.doc WHERE p.located_in = ?1 \
    UNION ALL SELECT 'located_in', o.name, o.quote, d.name FROM organisation o JOIN doc d ON d.id = o.doc WHERE o.located_in = ?1";

fn sqlite_show(conn: &Connection, name: &str) -> Res<usize> {
    let e = |e: rusqlite::Error| e.to_string();
    for sql in SQL_SHOW {
        let mut stmt = conn.prepare_cached(sql).map_err(e)?;
        let rows = collect(&mut stmt, params![name])?;
        if let Some(row) = rows.first() {
            let id = match row[0] {
                rusqlite::types::Value::Integer(i) => i,
                _ => return Err("row without id".into()),
            };
            let mut refs = conn.prepare_cached(SQL_REFERRERS).map_err(e)?;
            let back = collect(&mut refs, params![id])?;
            return Ok(1 + back.len());
        }
    }
    Err(format!("no entity named '{name}' in SQLite"))
}

fn query_sqlite(db: &Path, q: &QueryFile, runs: usize) -> Res<QueryTimes> {
    let conn = Connection::open(db).map_err(|e| e.to_string())?;
    let e = |e: rusqlite::Error| e.to_string();
    conn.execute_batch(SQLITE_CACHE).map_err(e)?;
    let (group_by_s, group_by) = timed(runs, || {
        let mut s = conn.prepare_cached(SQL_GROUP_BY).map_err(e)?;
        Ok(collect(&mut s, [])?.len())
    })?;
    let (range_s, range) = timed(runs, || {
        let mut s = conn.prepare_cached(SQL_RANGE).map_err(e)?;
        Ok(collect(&mut s, params![synth::RANGE_THRESHOLD_YUAN as i64])?.len())
    })?;
    let (window_s, window) = timed(runs, || {
        let mut s = conn.prepare_cached(SQL_WINDOW).map_err(e)?;
        let (low, high) = q.window_yuan;
        Ok(collect(&mut s, params![low as i64, high as i64])?.len())
    })?;
    let (join_s, join) = timed(runs, || {
        let mut s = conn.prepare_cached(SQL_JOIN).map_err(e)?;
        Ok(collect(&mut s, params![q.city])?.len())
    })?;
    let (show_all, _) = timed(runs, || {
        let mut n = 0;
        for name in &q.show {
            n += sqlite_show(&conn, name)?;
        }
        Ok(n)
    })?;
    Ok(QueryTimes {
        group_by_s,
        range_s,
        window_s,
        show_s: show_all / q.show.len().max(1) as f64,
        join_s,
        rss_kb: 0,
        rows: Rows {
            group_by,
            range,
            window,
            join,
        },
    })
}
