//! `seedkb compact`: rewrites the database into a fresh sled directory and
//! swaps it in, giving back the space sled keeps after interrupted or
//! rolled-back writes (sled's log file never shrinks: two killed loads grew
//! a 1.1 MB database to 68 MB of the same data).
//!
//! Steps, each leaving a state the next open understands:
//! 1. under the database's lock, copy every tree into `P.seedkb-compact-tmp`,
//!    flush, compare the copy with the original entry by entry, fsync;
//!    link the quarantine folder's files into it ([`keep_quarantine`]);
//! 2. rename it to `P.seedkb-compact-new` (complete from now on);
//! 3. rename `P` to `P.seedkb-compact-old`, then `P.seedkb-compact-new` to
//!    `P`; fsync the parent; delete the old one.
//!
//! A crash between the two renames of step 3 leaves no `P`: the next open
//! renames `P.seedkb-compact-new` into place ([`finish_interrupted`]).
//! Otherwise leftovers hold the same data as `P` and are deleted by the next
//! open that holds the lock ([`remove_leftovers`]).

use super::kv::{dir_size, KvError, KvResult, SledKv, Space};
use std::path::{Path, PathBuf};
use std::time::Duration;

const TMP: &str = "seedkb-compact-tmp";
const NEW: &str = "seedkb-compact-new";
const OLD: &str = "seedkb-compact-old";

/// Keys copied per batch. Small: sled writes each insert into a leaf as a
/// delta and rewrites the leaf every few deltas, and with 10,000-entry
/// batches of ~2 KB values a copy of the 1M-fact benchmark's store was
/// 323–351 MB with 23–31 free segments (which every open then zeroes),
/// against 281–294 MB with 1–7 in 5 of 6 copies of 100-entry batches
/// (benches/BENCHMARKS.md, "What the bytes on disk are"). One entry per
/// batch is worse again (each batch rolls sled's write buffer: 423 MB).
const BATCH: usize = 100;

/// Bytes copied between two flushes of the copy. sled frees a segment
/// whose pages were all rewritten only once the segment holding their new
/// versions is on disk, and until then writes go to new segments at the
/// end of the file: left to sled's flusher (every 500 ms, later on a busy
/// machine) a copy grew 302 → 527 MB with 69 free segments. Flushing every
/// 8 MB lets the copy reuse them as it goes: 220–228 MB and 1–4 free
/// segments against 231–236 MB and 6 without, on the 1M-fact store.
const FLUSH_BYTES: usize = 8 << 20;

fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".");
    name.push(suffix);
    path.with_file_name(name)
}

fn io_err(label: &str, what: &str, e: std::io::Error) -> KvError {
    if super::kv::is_disk_full(&e) {
        return KvError::Io(format!(
            "no space left on the device while {what} for compacting database {label}: the \
             database is unchanged; free space for a copy of it and run `seedkb compact` again"
        ));
    }
    KvError::Io(format!("compacting database {label}: {what}: {e}"))
}

fn sync_dir(p: &Path) -> std::io::Result<()> {
    std::fs::File::open(p)?.sync_all()
}

/// The directory `path` names once its symbolic links are followed, even
/// to a target that is missing (moved away by an interrupted compaction);
/// `path` itself when it is no link.
fn through_links(path: &Path) -> PathBuf {
    let mut p = path.to_path_buf();
    // A bound, not a count that matters: a loop of links ends here.
    for _ in 0..40 {
        match std::fs::read_link(&p) {
            Ok(target) => {
                p = match p.parent() {
                    Some(parent) if target.is_relative() => parent.join(target),
                    _ => target,
                }
            }
            Err(_) => break,
        }
    }
    p
}

/// Before opening `path`: when a compaction was interrupted between its
/// two renames there is no database at `path`; put the complete copy (or,
/// failing that, the original) back. Returns what it did.
pub fn finish_interrupted(path: &Path) -> Option<String> {
    let path = &through_links(path);
    if path.exists() || path.file_name().is_none() {
        return None;
    }
    for (from, how) in [
        (sibling(path, NEW), "finished"),
        (sibling(path, OLD), "undid"),
    ] {
        // Another process may be doing the same: whoever renames first wins.
        if from.is_dir() && std::fs::rename(&from, path).is_ok() {
            return Some(format!(
                "database {}: {how} a compaction that was interrupted (moved {} into place)",
                path.display(),
                from.display()
            ));
        }
    }
    None
}

/// The complete copies an interrupted compaction left beside `path` (the
/// copy to move in, the database moved aside), not the half-written one.
pub fn whole_copies(path: &Path) -> Vec<PathBuf> {
    copies(path, &[NEW, OLD])
}

/// The directories beside `path` named with these suffixes that exist.
fn copies(path: &Path, suffixes: &[&str]) -> Vec<PathBuf> {
    let path = &through_links(path);
    if path.file_name().is_none() {
        return Vec::new();
    }
    suffixes
        .iter()
        .map(|s| sibling(path, s))
        .filter(|p| p.is_dir())
        .collect()
}

/// After opening `path` (holding its lock): copies left by an interrupted
/// compaction hold nothing the database does not; delete them.
pub fn remove_leftovers(path: &Path) {
    for p in copies(path, &[TMP, NEW, OLD]) {
        let _ = std::fs::remove_dir_all(&p);
    }
}

/// What a compaction did: bytes on disk before and after.
pub struct Compacted {
    pub before: u64,
    pub after: u64,
    pub entries: u64,
    /// The copy's bytes, when it was not smaller than the database and
    /// was deleted instead of swapped in (`after` is then `before`).
    pub kept: Option<u64>,
}

/// Rewrites the database at `path`; see the module documentation.
pub fn compact(path: &Path, wait: Duration) -> KvResult<Compacted> {
    let label = path.display().to_string();
    if path.file_name().is_none() {
        return Err(KvError::Io(format!(
            "cannot compact {label}: name the database directory by its own name, not `.` or `/`"
        )));
    }
    let old = SledKv::open(path, wait)?;
    // A database reached through a symbolic link (a data directory on
    // another disk) is compacted where it lies; the link stays a link.
    let path = &through_links(path);
    remove_leftovers(path);
    let before = dir_size(path);
    let tmp = sibling(path, TMP);
    let new = sibling(path, NEW);
    // sled asserts on some kinds of damage instead of returning an error.
    let copied =
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| copy(&old, &tmp, &label)))
            .unwrap_or_else(|p| {
                Err(KvError::Corrupt(format!(
                "database {label} is damaged: the storage engine failed while copying it ({}); \
                 nothing was changed; {}",
                crate::util::panic_message(p.as_ref()),
                super::kv::RESTORE
            )))
            });
    let entries = match copied.and_then(|n| keep_quarantine(path, &tmp, &label).map(|()| n)) {
        Ok(n) => n,
        Err(e) => {
            let _ = std::fs::remove_dir_all(&tmp);
            return Err(e);
        }
    };
    // sled's copy of a database that holds little besides its live pages
    // (right after a load) can come out larger: its layout depends on how
    // the writes met its segment cleaning. A compaction never makes a
    // database larger; the database stays as it was.
    let copy_bytes = dir_size(&tmp);
    if copy_bytes >= before {
        let _ = std::fs::remove_dir_all(&tmp);
        return Ok(Compacted {
            before,
            after: before,
            entries,
            kept: Some(copy_bytes),
        });
    }
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let io = |what: &str, e| io_err(&label, what, e);
    std::fs::rename(&tmp, &new).map_err(|e| io("renaming the copy", e))?;
    sync_dir(&parent).map_err(|e| io("syncing the parent directory", e))?;
    let old_path = sibling(path, OLD);
    std::fs::rename(path, &old_path).map_err(|e| io("moving the old database aside", e))?;
    match std::fs::rename(&new, path) {
        Ok(()) => {}
        // Another process's open found no database and moved the copy in.
        Err(_) if path.is_dir() && !new.exists() => {}
        Err(e) => return Err(io("moving the copy into place", e)),
    }
    sync_dir(&parent).map_err(|e| io("syncing the parent directory", e))?;
    drop(old);
    let _ = std::fs::remove_dir_all(&old_path);
    Ok(Compacted {
        before,
        after: dir_size(path),
        entries,
        kept: None,
    })
}

/// Gives the copy at `to` the quarantine folder of the database at
/// `path` (snapshot files set aside for a person to look at, never
/// deleted by seedkb): each file hard-linked (copied where links cannot
/// be made), so until the swap the old directory still has them all.
fn keep_quarantine(path: &Path, to: &Path, label: &str) -> KvResult<()> {
    let from = path.join(super::kv::QUARANTINE_DIR);
    let Ok(entries) = std::fs::read_dir(&from) else {
        return Ok(());
    };
    let into = to.join(super::kv::QUARANTINE_DIR);
    let io = |e| io_err(label, "keeping the set-aside snapshot files", e);
    std::fs::create_dir_all(&into).map_err(io)?;
    for e in entries {
        let f = e.map_err(io)?.path();
        let Some(name) = f.file_name().filter(|_| f.is_file()) else {
            continue;
        };
        if std::fs::hard_link(&f, into.join(name)).is_err() {
            std::fs::copy(&f, into.join(name)).map_err(io)?;
        }
    }
    sync_dir(&into).map_err(io)?;
    sync_dir(to).map_err(io)
}

/// Copies every tree of `old` into a new sled database at `to`, checks the
/// copy against the original, and makes it durable. Returns the entries.
fn copy(old: &SledKv, to: &Path, label: &str) -> KvResult<u64> {
    let _ = std::fs::remove_dir_all(to);
    let sled_err = |e: sled::Error| match e {
        sled::Error::Io(e) => io_err(label, "writing the copy", e),
        e => KvError::Io(format!(
            "compacting database {label}: writing the copy: {e}"
        )),
    };
    // The store's own configuration: a copy made with sled's defaults had
    // 512 KB segments (4x the headers every open reads) and was larger than
    // the database it replaced.
    let db = super::kv::sled_config(to).open().map_err(sled_err)?;
    let mut entries = 0u64;
    let mut unflushed = 0usize;
    for s in Space::ALL {
        let src = old.sled_tree(s);
        let dst = db.open_tree(s.tree_name()).map_err(sled_err)?;
        let mut batch = sled::Batch::default();
        let mut n = 0;
        for item in src.iter() {
            let (k, v) = item.map_err(|e| read_err(label, e))?;
            unflushed += k.len() + v.len();
            batch.insert(k, v);
            n += 1;
            entries += 1;
            if n == BATCH {
                dst.apply_batch(std::mem::take(&mut batch))
                    .map_err(sled_err)?;
                n = 0;
                if unflushed >= FLUSH_BYTES {
                    db.flush().map_err(sled_err)?;
                    unflushed = 0;
                }
            }
        }
        dst.apply_batch(batch).map_err(sled_err)?;
    }
    db.flush().map_err(sled_err)?;
    // The copy must be the database, entry for entry, before it replaces it.
    for s in Space::ALL {
        let dst = db.open_tree(s.tree_name()).map_err(sled_err)?;
        let mut a = old.sled_tree(s).iter();
        let mut b = dst.iter();
        loop {
            match (a.next(), b.next()) {
                (None, None) => break,
                (Some(Ok(x)), Some(Ok(y))) if x == y => {}
                (Some(Err(e)), _) => return Err(read_err(label, e)),
                _ => {
                    return Err(KvError::Io(format!(
                        "compacting database {label}: the copy of `{}` differs from the \
                         original; the database is unchanged",
                        s.tree_name()
                    )))
                }
            }
        }
    }
    drop(db);
    // sled writes its snapshot when it opens a database, not when it
    // closes one: without this open the next command would replay the
    // copy's whole log (0.3 s at 1M facts) before writing it. sled's
    // flusher thread may hold the copy's lock a moment after the drop.
    let started = std::time::Instant::now();
    loop {
        match super::kv::sled_config(to).open() {
            Ok(db) => break drop(db),
            Err(sled::Error::Io(e))
                if super::kv::is_lock_error(&e) && started.elapsed() < Duration::from_secs(10) =>
            {
                std::thread::sleep(Duration::from_millis(20));
            }
            Err(e) => return Err(sled_err(e)),
        }
    }
    // sled syncs its files; the directory entries need a sync of their own.
    for d in [to.to_path_buf(), to.join("blobs")] {
        if d.is_dir() {
            sync_dir(&d).map_err(|e| io_err(label, "syncing the copy", e))?;
        }
    }
    Ok(entries)
}

fn read_err(label: &str, e: sled::Error) -> KvError {
    KvError::Corrupt(format!(
        "database {label} is damaged: reading it for the copy failed ({e}); nothing was changed; \
         {}",
        super::kv::RESTORE
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::kv::{recorded_segment_bytes, Kv, SEGMENT_BYTES};

    /// A database made with sled's default 512 KB segments (what older
    /// seedkb wrote) comes out of a compaction with the store's own
    /// segment size, its entries equal, and a snapshot already written
    /// (so the next open does not replay the copy's whole log).
    #[test]
    fn a_compacted_copy_gets_the_stores_segments_and_a_snapshot() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        {
            let db = sled::Config::new()
                .path(&path)
                .segment_size(512 * 1024)
                .open()
                .unwrap();
            db.flush().unwrap();
        }
        let entries: Vec<_> = (0..500u32)
            .map(|i| {
                let key = i.to_be_bytes().to_vec();
                let value = vec![(i % 251) as u8; 300 + (i as usize % 7) * 100];
                (key, value)
            })
            .collect();
        let kv = SledKv::open(&path, Duration::from_secs(5)).unwrap();
        // Written over a few times: the log keeps the old versions, which
        // the copy leaves behind.
        for round in 0..4u8 {
            kv.apply(
                entries
                    .iter()
                    .map(|(k, v)| {
                        let mut v = v.clone();
                        if round < 3 {
                            v[0] = v[0].wrapping_add(round + 1);
                        }
                        (Space::Eavt, k.clone(), Some(v))
                    })
                    .collect(),
            )
            .unwrap();
        }
        drop(kv);
        assert_eq!(recorded_segment_bytes(&path), Some(512 * 1024));

        let c = compact(&path, Duration::from_secs(5)).unwrap();
        assert_eq!(c.entries, entries.len() as u64);
        assert!(
            c.kept.is_none() && c.after < c.before,
            "{} → {}",
            c.before,
            c.after
        );
        assert_eq!(recorded_segment_bytes(&path), Some(SEGMENT_BYTES));
        let snapshots = std::fs::read_dir(&path)
            .unwrap()
            .filter(|e| {
                let name = e.as_ref().unwrap().file_name();
                name.to_string_lossy().starts_with("snap.")
            })
            .count();
        assert!(snapshots > 0, "no snapshot in the compacted copy");
        assert_eq!(eavt_of(&path), entries);
    }

    /// Every `eavt` entry of the database at `path`.
    fn eavt_of(path: &Path) -> Vec<(Vec<u8>, Vec<u8>)> {
        let kv = SledKv::open(path, Duration::from_secs(5)).unwrap();
        kv.scan_prefix(Space::Eavt, &[])
            .map(|r| r.unwrap())
            .collect()
    }

    /// A compaction never leaves a database larger than it found it: a
    /// copy that is not smaller is deleted and the database left as it
    /// was, its log not one byte longer; one that is smaller replaces it.
    /// Either way the entries are the same. (Not the log's bytes: the
    /// open that reads the database lets sled zero the segments it finds
    /// free, which it does at any open, so a kept log's bytes can differ
    /// by what the previous process left free — seen on a loaded
    /// machine.)
    #[test]
    fn a_compaction_never_grows_a_database() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        let entries: Vec<_> = (0..300u32)
            .map(|i| {
                (
                    i.to_be_bytes().to_vec(),
                    vec![(i % 13) as u8; 100 + (i as usize % 5) * 300],
                )
            })
            .collect();
        let kv = SledKv::open(&path, Duration::from_secs(5)).unwrap();
        kv.apply(
            entries
                .iter()
                .map(|(k, v)| (Space::Eavt, k.clone(), Some(v.clone())))
                .collect(),
        )
        .unwrap();
        drop(kv);

        for _ in 0..3 {
            let log_len = std::fs::metadata(path.join("db")).unwrap().len();
            let c = compact(&path, Duration::from_secs(5)).unwrap();
            assert_eq!(dir_size(&path), c.after);
            assert!(c.after <= c.before, "{} → {}", c.before, c.after);
            if let Some(copy) = c.kept {
                assert!(
                    copy >= c.before,
                    "a smaller copy ({copy} < {}) was not used",
                    c.before
                );
                assert_eq!(
                    std::fs::metadata(path.join("db")).unwrap().len(),
                    log_len,
                    "the kept log's length changed"
                );
            }
            let names: Vec<_> = std::fs::read_dir(dir.path())
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect();
            assert_eq!(names, ["db"], "a copy was left beside the database");
            assert_eq!(eavt_of(&path), entries);
        }
    }
}
