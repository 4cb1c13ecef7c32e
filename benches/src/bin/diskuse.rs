//! What a seedkb database's bytes on disk are (issue 12): for each sled
//! tree, its keys and the bytes of its keys and values (what the store
//! asked sled to keep), against the files sled keeps — the log (`db`),
//! the snapshot and blobs. Opening writes (sled rewrites its free
//! segments and a snapshot), so it reads a copy it makes next to the
//! database and removes afterwards; the figures for the files are the
//! original's, taken before the copy.
//!
//!     diskuse DB [DB ...]
//!
//! Prints one Markdown table per database.

use std::path::{Path, PathBuf};

fn file_sizes(db: &Path) -> Vec<(String, u64)> {
    let mut out = Vec::new();
    let Ok(dir) = std::fs::read_dir(db) else {
        return out;
    };
    for e in dir.flatten() {
        let p = e.path();
        let name = e.file_name().to_string_lossy().into_owned();
        let size = if p.is_dir() {
            std::fs::read_dir(&p)
                .map(|d| {
                    d.flatten()
                        .filter_map(|f| f.metadata().ok())
                        .map(|m| m.len())
                        .sum()
                })
                .unwrap_or(0)
        } else {
            e.metadata().map(|m| m.len()).unwrap_or(0)
        };
        out.push((name, size));
    }
    out.sort();
    out
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for e in std::fs::read_dir(from)? {
        let e = e?;
        let t = to.join(e.file_name());
        if e.path().is_dir() {
            copy_dir(&e.path(), &t)?;
        } else {
            std::fs::copy(e.path(), t)?;
        }
    }
    Ok(())
}

fn segment_size(db: &Path) -> u64 {
    std::fs::read(db.join("conf"))
        .ok()
        .and_then(|c| {
            String::from_utf8_lossy(&c)
                .lines()
                .find_map(|l| l.strip_prefix("segment_size: "))
                .and_then(|v| v.trim().parse().ok())
        })
        .unwrap_or(512 * 1024)
}

fn mb(b: u64) -> String {
    format!("{:.1} MB", b as f64 / 1_048_576.0)
}

fn report(db: &Path) -> Result<(), String> {
    let files = file_sizes(db);
    let total: u64 = files.iter().map(|f| f.1).sum();
    let copy = PathBuf::from(format!("{}.diskuse-copy", db.display()));
    let _ = std::fs::remove_dir_all(&copy);
    copy_dir(db, &copy).map_err(|e| format!("copying {}: {e}", db.display()))?;
    let seg = segment_size(&copy);
    let sled = sled::Config::new()
        .path(&copy)
        .segment_size(seg as usize)
        .open()
        .map_err(|e| format!("opening {}: {e}", copy.display()));
    let sled = match sled {
        Ok(s) => s,
        Err(e) => {
            let _ = std::fs::remove_dir_all(&copy);
            return Err(e);
        }
    };
    println!(
        "### {} ({} on disk, {} segments)\n",
        db.display(),
        mb(total),
        mb(seg)
    );
    println!("| file | bytes |\n| --- | ---: |");
    for (name, size) in &files {
        println!("| {name} | {} |", mb(*size));
    }
    println!("\n| tree | keys | key bytes | value bytes | bytes per key |");
    println!("| --- | ---: | ---: | ---: | ---: |");
    let (mut tk, mut tkb, mut tvb) = (0u64, 0u64, 0u64);
    let mut names: Vec<_> = sled.tree_names();
    names.sort();
    for name in names {
        let tree = sled.open_tree(&name).map_err(|e| e.to_string())?;
        let (mut k, mut kb, mut vb) = (0u64, 0u64, 0u64);
        for item in tree.iter() {
            let (key, value) = item.map_err(|e| e.to_string())?;
            k += 1;
            kb += key.len() as u64;
            vb += value.len() as u64;
        }
        if k == 0 {
            continue;
        }
        tk += k;
        tkb += kb;
        tvb += vb;
        println!(
            "| {} | {k} | {} | {} | {:.0} |",
            String::from_utf8_lossy(&name),
            mb(kb),
            mb(vb),
            (kb + vb) as f64 / k as f64
        );
    }
    println!(
        "| **all** | {tk} | {} | {} | {:.0} |",
        mb(tkb),
        mb(tvb),
        (tkb + tvb) as f64 / tk.max(1) as f64
    );
    println!(
        "\nlive bytes (keys + values) {} = {:.0}% of the {} on disk\n",
        mb(tkb + tvb),
        100.0 * (tkb + tvb) as f64 / total.max(1) as f64,
        mb(total)
    );
    drop(sled);
    let _ = std::fs::remove_dir_all(&copy);
    Ok(())
}

fn main() {
    let dbs: Vec<String> = std::env::args().skip(1).collect();
    if dbs.is_empty() {
        eprintln!("usage: diskuse DB [DB ...]");
        std::process::exit(2);
    }
    for db in dbs {
        if let Err(e) = report(Path::new(&db)) {
            eprintln!("diskuse: {e}");
            std::process::exit(1);
        }
    }
}
