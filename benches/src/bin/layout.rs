//! The layout microbenchmark (issue 12): sled alone, N index entries of 24
//! bytes written one sled key per entry, or packed in sorted blocks of P
//! entries per sled value (key = the block's first entry). For each layout:
//! the write time and its peak RSS, the re-open time (first open after the
//! write, then a warm one), a fresh process that opens and reads one entry,
//! the disk, and a cold 10K-entry range scan. Every phase runs in a child
//! process of its own, which reports its own peak RSS (`VmHWM`).
//!
//!     layout --entries 1000000,4500000 --per-value 1,64,256,1024 [--dir D]
//!
//! Prints one Markdown table row per layout (see BENCHMARKS.md, "Layout").

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// Entries per `apply_batch`, as seedkb's chunked write applies them.
const BATCH_ENTRIES: usize = 25_000;
const ENTRY: usize = 24;
const RANGE: usize = 10_000;

/// The i-th entry in sorted order: a 4-byte attribute, a 12-byte value,
/// an 8-byte entity, as an avet key of a quantity is laid out.
fn entry(i: u64, n: u64) -> [u8; ENTRY] {
    let mut k = [0u8; ENTRY];
    let attr = (i * 4 / n.max(1)) as u32;
    k[..4].copy_from_slice(&attr.to_be_bytes());
    k[8..16].copy_from_slice(&(i * 7).to_be_bytes());
    let mix = i.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ (i >> 7);
    k[16..].copy_from_slice(&mix.to_be_bytes());
    k
}

fn peak_rss_mb() -> f64 {
    let s = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    s.lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

fn dir_size(p: &Path) -> u64 {
    std::fs::read_dir(p).map_or(0, |d| {
        d.flatten()
            .map(|e| match e.file_type() {
                Ok(t) if t.is_dir() => dir_size(&e.path()),
                _ => e.metadata().map_or(0, |m| m.len()),
            })
            .sum()
    })
}

fn open(path: &Path) -> sled::Db {
    sled::Config::new()
        .path(path)
        .cache_capacity(64 * 1024 * 1024)
        .mode(sled::Mode::HighThroughput)
        .open()
        .expect("open sled")
}

/// Child: writes `n` entries, `per` to a value, in sorted batches.
fn write(path: &Path, n: u64, per: usize) {
    let t = Instant::now();
    let db = open(path);
    let tree = db.open_tree("index").expect("tree");
    let mut batch = sled::Batch::default();
    let mut in_batch = 0;
    let mut block: Vec<u8> = Vec::with_capacity(per * ENTRY);
    let mut keys = 0u64;
    for i in 0..n {
        let e = entry(i, n);
        if per == 1 {
            batch.insert(&e[..], &[][..]);
            keys += 1;
        } else {
            block.extend_from_slice(&e);
            if block.len() == per * ENTRY || i + 1 == n {
                batch.insert(&block[..ENTRY], &block[..]);
                block.clear();
                keys += 1;
            }
        }
        in_batch += 1;
        if in_batch == BATCH_ENTRIES {
            tree.apply_batch(std::mem::take(&mut batch)).expect("write");
            in_batch = 0;
        }
    }
    tree.apply_batch(batch).expect("write");
    db.flush().expect("flush");
    drop(tree);
    drop(db);
    println!(
        "write_s={:.3} keys={keys} rss_mb={:.0}",
        t.elapsed().as_secs_f64(),
        peak_rss_mb()
    );
}

/// Child: opens, reads one entry, scans RANGE entries from the middle.
fn read(path: &Path, n: u64, per: usize) {
    let t = Instant::now();
    let db = open(path);
    let tree = db.open_tree("index").expect("tree");
    let open_ms = t.elapsed().as_secs_f64() * 1e3;
    let probe = entry(n / 3, n);
    let found = if per == 1 {
        tree.get(probe).expect("get").is_some()
    } else {
        let (_, v) = tree
            .range(..=&probe[..])
            .next_back()
            .expect("a block")
            .expect("read");
        v.chunks(ENTRY).any(|c| c == probe)
    };
    assert!(found, "entry {} not found", n / 3);
    let lookup_ms = t.elapsed().as_secs_f64() * 1e3;
    let start = entry(n / 2, n);
    let t = Instant::now();
    let mut seen = 0usize;
    if per == 1 {
        for item in tree.range(&start[..]..).take(RANGE) {
            let (k, _) = item.expect("read");
            seen += usize::from(k.len() == ENTRY);
        }
    } else {
        let first = tree
            .range(..=&start[..])
            .next_back()
            .map(|r| r.expect("read").0);
        let from = first.map_or_else(|| start.to_vec(), |k| k.to_vec());
        'blocks: for item in tree.range(from..) {
            let (_, v) = item.expect("read");
            for c in v.chunks(ENTRY) {
                if c >= &start[..] {
                    seen += 1;
                    if seen == RANGE {
                        break 'blocks;
                    }
                }
            }
        }
    }
    let range_ms = t.elapsed().as_secs_f64() * 1e3;
    assert_eq!(seen, RANGE.min((n - n / 2) as usize));
    println!(
        "open_ms={open_ms:.1} lookup_ms={lookup_ms:.1} range_ms={range_ms:.2} rss_mb={:.0}",
        peak_rss_mb()
    );
}

fn child(exe: &Path, phase: &str, dir: &Path, n: u64, per: usize) -> String {
    let out = Command::new(exe)
        .args([
            "--phase",
            phase,
            "--dir",
            &dir.display().to_string(),
            "--entries",
            &n.to_string(),
            "--per-value",
            &per.to_string(),
        ])
        .output()
        .expect("run the child");
    assert!(
        out.status.success(),
        "{phase} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

fn field(line: &str, name: &str) -> f64 {
    line.split_whitespace()
        .find_map(|w| w.strip_prefix(name).and_then(|v| v.strip_prefix('=')))
        .and_then(|v| v.parse().ok())
        .unwrap_or(f64::NAN)
}

fn list(v: &str) -> Vec<u64> {
    v.split(',')
        .map(|s| s.trim().replace('_', "").parse().expect("a number"))
        .collect()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let arg = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let entries = list(&arg("--entries").unwrap_or_else(|| "1000000".into()));
    let pers = list(&arg("--per-value").unwrap_or_else(|| "1,64,256,1024".into()));
    let base = arg("--dir").map_or_else(
        || std::env::temp_dir().join("seedkb-layout-bench"),
        PathBuf::from,
    );
    if let Some(phase) = arg("--phase") {
        let (n, per) = (entries[0], pers[0] as usize);
        match phase.as_str() {
            "write" => write(&base, n, per),
            "read" => read(&base, n, per),
            other => panic!("unknown phase {other}"),
        }
        return;
    }
    let exe = std::env::current_exe().expect("own path");
    println!(
        "| entries | layout | sled keys | write | write peak RSS | re-open (first / warm) | \
         open + a lookup | disk | 10K-entry range, cold |"
    );
    println!("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for &n in &entries {
        for &per in &pers {
            let dir = base.join(format!("{n}-{per}"));
            let _ = std::fs::remove_dir_all(&dir);
            let w = child(&exe, "write", &dir, n, per as usize);
            let first = child(&exe, "read", &dir, n, per as usize);
            let warm = child(&exe, "read", &dir, n, per as usize);
            let disk = dir_size(&dir) as f64 / 1e6;
            let layout = if per == 1 {
                "one key per entry".to_string()
            } else {
                format!("{per} entries per value")
            };
            println!(
                "| {n} | {layout} | {} | {:.2} s | {:.0} MB | {:.0} ms / {:.0} ms | {:.0} ms | \
                 {disk:.0} MB | {:.2} ms |",
                field(&w, "keys"),
                field(&w, "write_s"),
                field(&w, "rss_mb"),
                field(&first, "open_ms"),
                field(&warm, "open_ms"),
                field(&warm, "lookup_ms"),
                field(&first, "range_ms"),
            );
            let _ = std::fs::remove_dir_all(&dir);
        }
    }
}
