//! The narrow ordered key-value interface the store is written against, and
//! its sled implementation. Another ordered engine can stand in by
//! implementing [`Kv`].

use crate::util::panic_message;
use std::ops::Bound;
use std::path::Path;
use std::time::{Duration, Instant};

/// The keyspaces. Each is an ordered map of byte strings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Space {
    /// Schema version and counters.
    Meta,
    /// Attribute and document names ↔ ids.
    Dict,
    /// eid → entity record.
    Entities,
    /// name key (names and aliases) → eid.
    Names,
    /// entity, attribute, value → fact record.
    Eavt,
    /// attribute, entity, value → ().
    Aevt,
    /// attribute, value, entity → ().
    Avet,
    /// referenced entity, attribute, entity → () (references only).
    Vaet,
    /// doc id, entity or fact key → (): what each document brought.
    DocIndex,
    /// doc id, sentence number → sentence record (text, offsets, words,
    /// the facts drawn from it).
    Sentences,
    /// word, doc id, sentence number → how often the word occurs there:
    /// the words index of schemas 2 to 12, empty from 13 on (kept for the
    /// upgrade steps that rewrite it and the one that drops it).
    Words,
    /// eavt key, 0, doc id, quote hash → one source of the fact (schema 7):
    /// a fact's sources apart from its record, so adding one does not
    /// rewrite the others.
    Sources,
}

impl Space {
    pub const ALL: [Space; 12] = [
        Space::Meta,
        Space::Dict,
        Space::Entities,
        Space::Names,
        Space::Eavt,
        Space::Aevt,
        Space::Avet,
        Space::Vaet,
        Space::DocIndex,
        Space::Sentences,
        Space::Words,
        Space::Sources,
    ];

    pub fn tree_name(self) -> &'static str {
        match self {
            Space::Meta => "meta",
            Space::Dict => "dict",
            Space::Entities => "entities",
            Space::Names => "names",
            Space::Eavt => "eavt",
            Space::Aevt => "aevt",
            Space::Avet => "avet",
            Space::Vaet => "vaet",
            Space::DocIndex => "doc_index",
            Space::Sentences => "sentences",
            Space::Words => "words",
            Space::Sources => "sources",
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// One write of an atomic batch: `None` deletes.
pub type WriteOp = (Space, Vec<u8>, Option<Vec<u8>>);

pub type KvResult<T> = Result<T, KvError>;

#[derive(Debug)]
pub enum KvError {
    /// Another process holds the database.
    Locked(String),
    Io(String),
    Corrupt(String),
}

impl std::fmt::Display for KvError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            KvError::Locked(s) | KvError::Io(s) | KvError::Corrupt(s) => f.write_str(s),
        }
    }
}

pub type KvIter<'a> = Box<dyn Iterator<Item = KvResult<(Vec<u8>, Vec<u8>)>> + 'a>;

/// Entry writes (key, value; `None` deletes) in key order, for
/// [`Staged::apply_sorted`].
pub type SortedWrites<'a> = &'a mut dyn LendWrites;

/// One lent write: a key and its value (`None` deletes).
pub type LentWrite<'a> = (&'a [u8], Option<&'a [u8]>);

/// Entry writes lent one at a time, each until the next is asked for: a
/// load's merged index entries come out of one buffer a batch (a vector a
/// key had been a sixth of a load's allocations, freed on another thread).
pub trait LendWrites {
    /// The next write (key, value; `None` deletes); `None` at the end.
    fn next_write(&mut self) -> Option<KvResult<LentWrite<'_>>>;
}

/// Owned writes lent as [`LendWrites`] lends them.
pub struct Owned<I> {
    writes: I,
    last: Option<(Vec<u8>, Option<Vec<u8>>)>,
}

impl<I> Owned<I> {
    pub fn new(writes: I) -> Self {
        Owned { writes, last: None }
    }
}

impl<I: Iterator<Item = KvResult<(Vec<u8>, Option<Vec<u8>>)>>> LendWrites for Owned<I> {
    fn next_write(&mut self) -> Option<KvResult<LentWrite<'_>>> {
        match self.writes.next()? {
            Err(e) => Some(Err(e)),
            Ok(w) => {
                let (k, v) = self.last.insert(w);
                Some(Ok((k, v.as_deref())))
            }
        }
    }
}

/// A key or value as the engine holds it. sled's are reference counted:
/// a block the block cache keeps shares the bytes of the leaf sled keeps
/// in its page cache instead of being a second copy of them (a join at
/// 1M facts held ~40 MB of such copies).
pub type Shared = sled::IVec;

pub type SharedIter<'a> = Box<dyn Iterator<Item = KvResult<(Shared, Shared)>> + 'a>;

/// What [`Kv::visit`] lends each entry to: go on (`Ok(true)`) or stop.
pub type Visitor<'a> = dyn FnMut(&[u8], &[u8]) -> KvResult<bool> + 'a;

/// What [`Kv::visit_shared`] lends each entry to: its key, and its value
/// as the engine shares it (to keep without a copy).
pub type SharedVisitor<'a> = dyn FnMut(&[u8], &Shared) -> KvResult<bool> + 'a;

pub trait Kv: Send + Sync {
    fn get(&self, space: Space, key: &[u8]) -> KvResult<Option<Vec<u8>>>;
    /// Keys in `[start, end)` order, ascending.
    fn range(&self, space: Space, start: Bound<Vec<u8>>, end: Bound<Vec<u8>>) -> KvIter<'_>;
    /// All keys starting with `prefix`, ascending.
    fn scan_prefix(&self, space: Space, prefix: &[u8]) -> KvIter<'_>;
    /// The entry with the greatest key at or before `key`, if any.
    fn floor(&self, space: Space, key: &[u8]) -> KvResult<Option<(Vec<u8>, Vec<u8>)>>;
    /// Lends each entry from `start` on, ascending, to `f` until it
    /// returns `Ok(false)`: `range` without an owned copy of every key and
    /// value (the block cache lends the blocks it holds; a warm query spent
    /// more than a third of its time allocating and copying them).
    fn visit(&self, space: Space, start: Bound<Vec<u8>>, f: &mut Visitor<'_>) -> KvResult<()> {
        for item in self.range(space, start, Bound::Unbounded) {
            let (k, v) = item?;
            if !f(&k, &v)? {
                break;
            }
        }
        Ok(())
    }
    /// `range` from `start` to the end of `space`, each key and value as
    /// the engine holds it (see [`Shared`]); an engine without shared
    /// bytes copies them.
    fn range_shared(&self, space: Space, start: Bound<Vec<u8>>) -> SharedIter<'_> {
        Box::new(
            self.range(space, start, Bound::Unbounded)
                .map(|r| r.map(|(k, v)| (Shared::from(k), Shared::from(v)))),
        )
    }
    /// `visit`, each value lent as the engine shares it (see [`Shared`]);
    /// an engine without shared bytes copies them.
    fn visit_shared(
        &self,
        space: Space,
        start: Bound<Vec<u8>>,
        f: &mut SharedVisitor<'_>,
    ) -> KvResult<()> {
        for item in self.range_shared(space, start) {
            let (k, v) = item?;
            if !f(&k, &v)? {
                break;
            }
        }
        Ok(())
    }
    /// Applies every write or none, durably.
    fn apply(&self, ops: Vec<WriteOp>) -> KvResult<()>;
    fn size_on_disk(&self) -> KvResult<u64>;

    // An engine several processes write (a cluster) implements these; one
    // only this process opens has nothing to do.

    /// Moves the view reads are made at to the latest committed write;
    /// true when it moved (what this process cached is stale).
    fn refresh(&self) -> KvResult<bool> {
        Ok(false)
    }
    /// Whether another process committed since the view was taken.
    fn stale(&self) -> KvResult<bool> {
        Ok(false)
    }
    /// Takes the engine's writer lock for a turn of reads and writes (a
    /// load reads the id counters, then writes them), rolling back what an
    /// interrupted writer left; held until `unlock_writes`.
    fn lock_writes(&self) -> KvResult<()> {
        Ok(())
    }
    fn unlock_writes(&self) {}
    /// What `check` says about the engine itself (a cluster's members,
    /// size against quota, alarms), one line each.
    fn report(&self) -> KvResult<Vec<String>> {
        Ok(Vec::new())
    }
    /// Starts a write given in parts, for one too large to gather in
    /// memory: every part or none lands. `None` where the engine cannot
    /// (the caller then gathers the whole write for one [`Kv::apply`]).
    fn staged(&self) -> KvResult<Option<Box<dyn Staged + '_>>> {
        Ok(None)
    }
}

/// A write in progress, applied part by part (see [`Kv::staged`]). Reads
/// see the parts applied so far; dropping it without [`Staged::commit`]
/// (an error on the way) undoes every part. `Send`: a load applies its
/// parts on a thread of their own (`write::Writer`).
pub trait Staged: Send {
    /// Applies one part (keys distinct within it; a later part may write a
    /// key again).
    fn apply_part(&mut self, ops: Vec<WriteOp>) -> KvResult<()>;
    /// Applies writes to `space` given in key order (distinct keys), as
    /// many as they come, never all held at once: here as parts of at most
    /// `batch` writes; the packed view merges them into its blocks as
    /// they stream (`packed::Packed::merge_sorted`).
    fn apply_sorted(
        &mut self,
        space: Space,
        writes: SortedWrites<'_>,
        batch: usize,
    ) -> KvResult<()> {
        loop {
            let mut part = Vec::with_capacity(batch.min(1 << 16));
            while part.len() < batch.max(1) {
                let Some(w) = writes.next_write() else { break };
                let (k, v) = w?;
                part.push((space, k.to_vec(), v.map(<[u8]>::to_vec)));
            }
            if part.is_empty() {
                return Ok(());
            }
            self.apply_part(part)?;
        }
    }
    /// [`Staged::apply_sorted`], the engine's writes made on a thread of
    /// their own where that helps (the packed view's: its blocks built on
    /// this thread while the last batch of them is written).
    fn apply_sorted_apart(
        &mut self,
        space: Space,
        writes: SortedWrites<'_>,
        batch: usize,
    ) -> KvResult<()> {
        self.apply_sorted(space, writes, batch)
    }
    /// The commit point: the write is durable and permanent.
    fn commit(self: Box<Self>) -> KvResult<()>;
}

pub struct SledKv {
    _db: sled::Db,
    trees: Vec<sled::Tree>,
    /// The database directory, for error messages.
    label: String,
    /// The undo log of a large write in progress (see `apply_large`).
    undo: sled::Tree,
    /// What opening it had to do besides opening (snapshot files set aside).
    notices: Vec<String>,
}

/// Writes larger than this are applied in chunks of this many, under an
/// undo log. sled keeps every node version a transaction replaces until the
/// transaction ends (its epoch guard stays pinned), ~5 KB per key written:
/// a 100K-fact load (490K keys) peaked at 2.4 GB in one transaction, so a
/// 1M-fact one would not fit in memory. Chunks bound that; the undo log
/// keeps the write all-or-nothing.
pub const CHUNK: usize = 25_000;

/// The most keys a staged write remembers as logged (~100 bytes each).
const LOGGED_KEPT: usize = 1 << 18;

fn logged_kept() -> usize {
    #[cfg(test)]
    if let Some(n) = tests::LOGGED_LIMIT.with(std::cell::Cell::get) {
        return n;
    }
    LOGGED_KEPT
}

/// Present in `meta` while a chunked write is being applied: on open, the
/// undo log is played back and the write never happened.
const META_UNDO_PENDING: &[u8] = b"undo_pending";

/// Turns a sled error into ours, naming the database.
fn sled_error(label: &str, e: sled::Error) -> KvError {
    sled_error_advice(label, e, RESTORE)
}

fn sled_error_advice(label: &str, e: sled::Error, advice: &str) -> KvError {
    match e {
        sled::Error::Corruption { at, .. } => KvError::Corrupt(format!(
            "database {label} is damaged: the storage engine read corrupted data{}; {advice}",
            match at.map(|at| format!("{at:?}")) {
                // sled's DiskPtr is private; its Debug form is Inline(offset)
                // or Blob(offset, blob id).
                Some(at) => match at.strip_prefix("Inline(").and_then(|r| r.strip_suffix(')')) {
                    Some(offset) => format!(" at byte {offset} of its log"),
                    None => format!(" ({at})"),
                },
                None => String::new(),
            }
        )),
        sled::Error::Io(e) if is_disk_full(&e) => KvError::Io(disk_full(label, "writing")),
        sled::Error::Io(e) if e.kind() == std::io::ErrorKind::NotFound => {
            KvError::Corrupt(format!(
            "database {label} is damaged: a file of the storage engine is missing ({e}); {advice}"
        ))
        }
        sled::Error::Io(e) => KvError::Io(format!("database {label}: {e}")),
        other => KvError::Io(format!("database {label}: {other}")),
    }
}

/// ENOSPC. sled re-creates the I/O errors it passes between threads from
/// their Debug text, keeping only the kind, hence the text test too.
pub(crate) fn is_disk_full(e: &std::io::Error) -> bool {
    e.raw_os_error() == Some(28)
        || e.kind() == std::io::ErrorKind::StorageFull
        || e.to_string().contains("code: 28,")
}

fn disk_full(label: &str, what: &str) -> String {
    let load = if what == "writing" {
        " (a load that fails this way changes nothing)"
    } else {
        ""
    };
    format!(
        "no space left on the device while {what} database {label}: free some space and run \
         the command again{load}"
    )
}

/// The folder inside the database directory where unreadable snapshot
/// files are moved (never deleted: they are evidence, and cheap).
pub const QUARANTINE_DIR: &str = "seedkb-quarantine";

/// The snapshot files of the sled directory at `path` that sled cannot
/// read: `snap.*.generating` (a snapshot whose writing never finished: sled
/// renames it when complete) and `snap.*` files too short or failing their
/// CRC-32 (sled's format: body, 8-byte length, CRC-32 of the body, little
/// endian). A snapshot only caches the state of the log up to a point:
/// without one, sled replays the whole log and writes a new one.
pub fn bad_snapshots(path: &Path) -> Vec<std::path::PathBuf> {
    let Ok(entries) = std::fs::read_dir(path) else {
        return Vec::new();
    };
    let mut bad = Vec::new();
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if !name.starts_with("snap.") || name.ends_with(".in___motion") {
            continue;
        }
        let ok = !name.ends_with(".generating")
            && std::fs::read(e.path()).is_ok_and(|b| {
                b.len() > 12 && {
                    let (body, tail) = b.split_at(b.len() - 12);
                    crc32fast::hash(body).to_le_bytes() == tail[8..]
                }
            });
        if !ok {
            bad.push(e.path());
        }
    }
    bad.sort();
    bad
}

/// Whether sled's flusher thread runs in this process (see [`one_shot`]).
static FLUSHER: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(true);

/// Says that this process runs one command and ends, so its opens start
/// no flusher thread. seedkb flushes every write itself before it returns,
/// so the flusher only fsyncs what sled's open wrote (the free segments it
/// rewrites with zeros: 30 MB at 1M facts, which the process then waited
/// for as it ended) and cleans segments, which the next long-running
/// process (a load, a server, a REPL) does as well.
pub fn one_shot() {
    FLUSHER.store(false, std::sync::atomic::Ordering::Relaxed);
}

/// With `SEEDKB_LOAD_TRACE` set, a load says on stderr when each of its
/// phases ends (seconds since the process's first such line, and the
/// thread): the timeline of the load's critical path (issue 12,
/// benches/BENCHMARKS.md). Nothing is measured without it.
pub fn trace(what: &str) {
    static START: std::sync::OnceLock<Option<Instant>> = std::sync::OnceLock::new();
    let start = START.get_or_init(|| std::env::var_os("SEEDKB_LOAD_TRACE").map(|_| Instant::now()));
    if let Some(start) = start {
        let t = std::thread::current();
        eprintln!(
            "trace {:8.3} cpu {:8.2} thread {:7.2} {:<14} {what}",
            start.elapsed().as_secs_f64(),
            cpu_seconds("/proc/self/stat"),
            cpu_seconds("/proc/thread-self/stat"),
            t.name().unwrap_or("?")
        );
    }
}

/// User + system CPU seconds of a process or thread, read from its
/// `/proc/…/stat` (0 where there is none): on a shared machine a phase's
/// CPU says more than its wall time. Ticks of 1/100 s (Linux's USER_HZ).
fn cpu_seconds(stat: &str) -> f64 {
    let Ok(text) = std::fs::read_to_string(stat) else {
        return 0.0;
    };
    // The fields after the command's closing parenthesis: state is the
    // first, utime the 12th and stime the 13th.
    let rest = text.rsplit_once(')').map_or("", |(_, r)| r);
    let ticks: u64 = rest
        .split_whitespace()
        .skip(11)
        .take(2)
        .filter_map(|f| f.parse::<u64>().ok())
        .sum();
    ticks as f64 / 100.0
}

/// Whether this process answers the queries on its command line and ends
/// (see [`command_line_queries`]).
static COMMAND_LINE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Says that this process answers the queries on its command line (`-e`)
/// and ends: its caches are smaller ([`cache_bytes`],
/// `cache::block_cache_bytes`), since most of what a query reads it reads
/// once. At 10M facts 16 MB each (and 4 MB of names, `cache::Names`) took
/// the grouping's process from 216 to 124 MB, the join's from 161 to 114
/// and the range query's from 136 to 70, at the same CPU time; at 1M the
/// same CPU time too (8 MB of sled cache was a grouping's CPU × 1.6, 8 MB
/// of blocks × 1.3).
pub fn command_line_queries() {
    COMMAND_LINE.store(true, std::sync::atomic::Ordering::Relaxed);
}

pub(crate) fn answers_command_line() -> bool {
    COMMAND_LINE.load(std::sync::atomic::Ordering::Relaxed)
}

/// Whether this process was started to write the database in bulk (see
/// [`bulk_writes`]).
static BULK: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Says that this process was started to load files (`seedkb load`) or to
/// rewrite the database (`compact`): its opens keep the larger caches
/// chosen for loads ([`cache_bytes`], `cache::block_cache_bytes`).
pub fn bulk_writes() {
    BULK.store(true, std::sync::atomic::Ordering::Relaxed);
}

pub(crate) fn writes_in_bulk() -> bool {
    BULK.load(std::sync::atomic::Ordering::Relaxed)
}

/// A cache's size in MB: `var` when it is set to a number within `ok`,
/// else `default`, or `command_line` in a process that answers its
/// command line's queries.
pub(crate) fn cache_mb(
    var: &str,
    ok: std::ops::RangeInclusive<usize>,
    default: usize,
    command_line: usize,
) -> usize {
    env_mb(var, ok).unwrap_or(if answers_command_line() {
        command_line
    } else {
        default
    })
}

/// `var` as a size in MB when it is set to a number within `ok`.
pub(crate) fn env_mb(var: &str, ok: std::ops::RangeInclusive<usize>) -> Option<usize> {
    std::env::var(var)
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|mb| ok.contains(mb))
}

/// How every sled database of this store is opened (a compaction's copy
/// too: a new directory gets [`SEGMENT_BYTES`]).
pub(crate) fn sled_config(path: &Path) -> sled::Config {
    let flusher = FLUSHER.load(std::sync::atomic::Ordering::Relaxed);
    sled::Config::new()
        .path(path)
        .cache_capacity(cache_bytes())
        .segment_size(segment_bytes(path))
        .mode(sled::Mode::HighThroughput)
        .flush_every_ms(flusher.then_some(500))
}

/// Opens the sled directory at `path` once with the newer of two or more
/// snapshots moved into the quarantine folder (the older one stays for
/// sled to start from). Returns the sentence saying so when sled then
/// opens; puts the file back and returns `Err` when it does not (the
/// damage is elsewhere) or when there are fewer than two snapshots.
fn without_newest_snapshot(path: &Path, label: &str) -> Result<Vec<String>, ()> {
    let mut snaps: Vec<std::path::PathBuf> = std::fs::read_dir(path)
        .map_err(drop)?
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with("snap."))
        .map(|e| e.path())
        .collect();
    // Named snap.<LSN in hex, fixed width>: the newest sorts last.
    snaps.sort();
    if snaps.len() < 2 {
        return Err(());
    }
    let newest = snaps.pop().ok_or(())?;
    let name = newest
        .file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    let to = move_to_quarantine(path, &newest).map_err(drop)?;
    let opens = std::panic::catch_unwind(|| sled_config(path).open().is_ok()).unwrap_or(false);
    if !opens {
        let _ = std::fs::rename(&to, &newest);
        return Err(());
    }
    Ok(vec![format!(
        "database {label}: the storage engine refused its newest snapshot file {name}, left \
         beside an older one (as a restore copied over the directory leaves it: a state its \
         log does not hold); moved it to {} and opened from the older one and the log",
        to.display()
    )])
}

/// Moves `file` into the quarantine folder of the database at `path`,
/// named with the time it was moved; returns where it now is.
fn move_to_quarantine(path: &Path, file: &Path) -> std::io::Result<std::path::PathBuf> {
    let dir = path.join(QUARANTINE_DIR);
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let name = file.file_name().unwrap_or_default().to_string_lossy();
    let to = dir.join(format!("{name}.{stamp}"));
    std::fs::create_dir_all(&dir)?;
    std::fs::rename(file, &to)?;
    Ok(to)
}

/// Moves `files` into the quarantine folder. Returns one sentence per file
/// saying what happened to it. A file that cannot be moved (no space for
/// the folder) is deleted: an unreadable snapshot holds nothing the log
/// does not.
fn quarantine(path: &Path, files: &[std::path::PathBuf]) -> Result<Vec<String>, String> {
    let mut said = Vec::new();
    for f in files {
        let name = f.file_name().unwrap_or_default().to_string_lossy();
        let size = std::fs::metadata(f).map_or(0, |m| m.len());
        match move_to_quarantine(path, f) {
            Ok(to) => said.push(format!(
                "database {}: the storage engine's snapshot file {name} ({size} bytes) was \
                 unreadable; moved it to {} and rebuilt the state from the log",
                path.display(),
                to.display()
            )),
            Err(_) => match std::fs::remove_file(f) {
                Ok(()) => said.push(format!(
                    "database {}: the storage engine's snapshot file {name} ({size} bytes) was \
                     unreadable; deleted it and rebuilt the state from the log",
                    path.display()
                )),
                Err(e) => return Err(format!("cannot move {} aside: {e}", f.display())),
            },
        }
    }
    Ok(said)
}

/// Bytes of every file under `path` (what the database takes on disk).
pub fn dir_size(path: &Path) -> u64 {
    std::fs::read_dir(path).map_or(0, |d| {
        d.flatten()
            .map(|e| match e.file_type() {
                Ok(t) if t.is_dir() => dir_size(&e.path()),
                _ => e.metadata().map_or(0, |m| m.len()),
            })
            .sum()
    })
}

/// The files set aside in the quarantine folder, by name.
pub fn quarantined(path: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(path.join(QUARANTINE_DIR))
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

/// What to do about a damaged database that opens.
pub const RESTORE: &str = "`seedkb check` tells what is wrong and `seedkb check --repair` \
    rebuilds what can be derived; `seedkb dump` saves what can still be read, to load into a \
    new database (or restore the directory from a backup)";
/// What to do about one that does not.
pub const RESTORE_UNOPENED: &str = "it cannot be opened: restore the directory from a backup, \
    or load your fact files and dumps into a new database";

/// Runs a call into the storage engine, turning a panic inside it into an
/// error: sled asserts on some kinds of damage instead of returning an
/// error, and a damaged database must be reported, not crash the program.
fn guarded<T>(label: &str, what: &str, f: impl FnOnce() -> KvResult<T>) -> KvResult<T> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f))
        .unwrap_or_else(|payload| Err(engine_panic(label, what, payload.as_ref())))
}

fn engine_panic(label: &str, what: &str, payload: &(dyn std::any::Any + Send)) -> KvError {
    KvError::Corrupt(format!(
        "database {label} is damaged: the storage engine stopped on data it could not make \
         sense of while {what} (its own words: \"{}\"); {RESTORE}",
        panic_message(payload)
    ))
}

impl SledKv {
    /// Opens (creating if needed) a sled database. When another process
    /// holds its lock, retries until `wait` has passed.
    pub fn open(path: &Path, wait: Duration) -> KvResult<SledKv> {
        let label = path.display().to_string();
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            SledKv::open_inner(path, &label, wait)
        }))
        .unwrap_or_else(|payload| {
            Err(KvError::Corrupt(format!(
                "database {label} is damaged: the storage engine stopped on data it could not \
                 make sense of while opening it (its own words: \"{}\"); {RESTORE_UNOPENED}",
                panic_message(payload.as_ref())
            )))
        })
    }

    fn open_inner(path: &Path, label: &str, wait: Duration) -> KvResult<SledKv> {
        let io = |e| sled_error_advice(label, e, RESTORE_UNOPENED);
        let started = Instant::now();
        let mut notices = Vec::new();
        loop {
            match sled_config(path).open() {
                Ok(db) => {
                    let mut trees = Vec::with_capacity(Space::ALL.len());
                    for s in Space::ALL {
                        trees.push(db.open_tree(s.tree_name()).map_err(io)?);
                    }
                    let undo = db.open_tree("undo").map_err(io)?;
                    let kv = SledKv {
                        _db: db,
                        trees,
                        label: label.to_string(),
                        undo,
                        notices: std::mem::take(&mut notices),
                    };
                    kv.recover()?;
                    return Ok(kv);
                }
                Err(sled::Error::Io(e)) if is_lock_error(&e) => {
                    if started.elapsed() >= wait {
                        return Err(KvError::Locked(format!(
                            "database {} is in use by another process (waited {:.1}s for its lock)",
                            path.display(),
                            wait.as_secs_f64()
                        )));
                    }
                    std::thread::sleep(Duration::from_millis(50));
                }
                Err(sled::Error::Io(e)) if is_disk_full(&e) => {
                    return Err(KvError::Io(disk_full(label, "opening")))
                }
                Err(sled::Error::Io(e)) => {
                    return Err(KvError::Io(format!("cannot open database {label}: {e}")))
                }
                // An unreadable snapshot (one left half-written by a full
                // disk or a crash, or damaged) makes sled refuse to open,
                // though the log holds everything: set it aside and open
                // again, once. Only files that fail sled's own checks are
                // touched; damage in the log itself is still reported.
                Err(e @ sled::Error::Corruption { .. }) if notices.is_empty() => {
                    let bad = bad_snapshots(path);
                    if bad.is_empty() {
                        // Every snapshot passes its checks, yet sled refuses.
                        // Two snapshots side by side are a restore's trace
                        // (sled deletes the older once the newer is whole;
                        // `cp -a backup/. db/` deletes nothing): the newer
                        // caches a state the restored log never had. Try
                        // once without it. With one snapshot the damage is
                        // in the log, whose replay without a snapshot would
                        // stop at the damage silently: that stays an error.
                        notices = without_newest_snapshot(path, label).map_err(|()| io(e))?;
                        continue;
                    }
                    notices = quarantine(path, &bad).map_err(|m| {
                        KvError::Corrupt(format!(
                            "database {label} is damaged: its snapshot file is unreadable and \
                             {m}; {RESTORE_UNOPENED}"
                        ))
                    })?;
                }
                Err(e) => return Err(io(e)),
            }
        }
    }

    fn tree(&self, s: Space) -> &sled::Tree {
        &self.trees[s.index()]
    }

    /// The sled tree behind a keyspace (for the compaction's copy).
    pub(crate) fn sled_tree(&self, s: Space) -> &sled::Tree {
        self.tree(s)
    }

    /// What opening it did besides opening, one sentence each.
    pub fn notices(&self) -> &[String] {
        &self.notices
    }
}

pub(crate) fn is_lock_error(e: &std::io::Error) -> bool {
    e.kind() == std::io::ErrorKind::WouldBlock
        || e.to_string().contains("could not acquire lock")
        || e.raw_os_error() == Some(11)
}

thread_local! {
    /// When reads on this thread must stop (a server's time limit per
    /// query), and whether they did.
    static DEADLINE: std::cell::Cell<(Option<Instant>, bool)> =
        const { std::cell::Cell::new((None, false)) };
}

/// Runs `f` (a query) with a deadline for every read it makes on this
/// thread: past it, reads fail, so the query ends with an error instead of
/// running on. Returns `f`'s result and whether the deadline stopped it.
pub fn with_deadline<R>(deadline: Instant, f: impl FnOnce() -> R) -> (R, bool) {
    let before = DEADLINE.with(|d| d.replace((Some(deadline), false)));
    let r = f();
    let (_, stopped) = DEADLINE.with(|d| d.replace(before));
    (r, stopped)
}

/// The error a read past the deadline fails with.
fn past_deadline() -> Option<KvError> {
    DEADLINE.with(|d| match d.get() {
        (Some(t), _) if Instant::now() >= t => {
            d.set((Some(t), true));
            Some(KvError::Io("stopped: the time limit was reached".into()))
        }
        _ => None,
    })
}

/// A sled iterator whose every step is guarded; after an error it ends.
/// Its entries are owned copies, or sled's own bytes (`T` = [`Shared`]).
struct GuardedIter<'a, T = Vec<u8>> {
    it: Option<sled::Iter>,
    label: &'a str,
    /// Steps taken, for checking the deadline every so often.
    steps: u32,
    entry: std::marker::PhantomData<T>,
}

/// How a [`GuardedIter`] hands out sled's bytes.
trait FromIVec {
    fn from_ivec(v: sled::IVec) -> Self;
}

impl FromIVec for Vec<u8> {
    fn from_ivec(v: sled::IVec) -> Self {
        v.to_vec()
    }
}

impl FromIVec for Shared {
    fn from_ivec(v: sled::IVec) -> Self {
        v
    }
}

impl<T: FromIVec> Iterator for GuardedIter<'_, T> {
    type Item = KvResult<(T, T)>;

    fn next(&mut self) -> Option<Self::Item> {
        let it = self.it.as_mut()?;
        let label = self.label;
        self.steps = self.steps.wrapping_add(1);
        if self.steps % 64 == 1 {
            if let Some(e) = past_deadline() {
                self.it = None;
                return Some(Err(e));
            }
        }
        let step = guarded(label, "reading it", || match it.next() {
            None => Ok(None),
            Some(Ok((k, v))) => Ok(Some((T::from_ivec(k), T::from_ivec(v)))),
            Some(Err(e)) => Err(sled_error(label, e)),
        });
        match step {
            Ok(Some(kv)) => Some(Ok(kv)),
            Ok(None) => {
                self.it = None;
                None
            }
            Err(e) => {
                self.it = None;
                Some(Err(e))
            }
        }
    }
}

impl Kv for SledKv {
    fn get(&self, space: Space, key: &[u8]) -> KvResult<Option<Vec<u8>>> {
        if let Some(e) = past_deadline() {
            return Err(e);
        }
        guarded(&self.label, "reading it", || {
            self.tree(space)
                .get(key)
                .map(|o| o.map(|v| v.to_vec()))
                .map_err(|e| sled_error(&self.label, e))
        })
    }

    fn range(&self, space: Space, start: Bound<Vec<u8>>, end: Bound<Vec<u8>>) -> KvIter<'_> {
        self.iter(|| self.tree(space).range::<Vec<u8>, _>((start, end)))
    }

    fn scan_prefix(&self, space: Space, prefix: &[u8]) -> KvIter<'_> {
        self.iter(|| self.tree(space).scan_prefix(prefix))
    }

    fn range_shared(&self, space: Space, start: Bound<Vec<u8>>) -> SharedIter<'_> {
        self.iter(|| {
            self.tree(space)
                .range::<Vec<u8>, _>((start, Bound::Unbounded))
        })
    }

    fn floor(&self, space: Space, key: &[u8]) -> KvResult<Option<(Vec<u8>, Vec<u8>)>> {
        if let Some(e) = past_deadline() {
            return Err(e);
        }
        guarded(&self.label, "reading it", || {
            match self.tree(space).range(..=key).next_back() {
                None => Ok(None),
                Some(Ok((k, v))) => Ok(Some((k.to_vec(), v.to_vec()))),
                Some(Err(e)) => Err(sled_error(&self.label, e)),
            }
        })
    }

    fn apply(&self, ops: Vec<WriteOp>) -> KvResult<()> {
        guarded(&self.label, "writing to it", || self.apply_inner(ops))
    }

    fn size_on_disk(&self) -> KvResult<u64> {
        guarded(&self.label, "reading it", || {
            self._db
                .size_on_disk()
                .map_err(|e| sled_error(&self.label, e))
        })
    }

    fn staged(&self) -> KvResult<Option<Box<dyn Staged + '_>>> {
        guarded(&self.label, "writing to it", || {
            self.begin_undo()?;
            Ok(Some(Box::new(SledStaged {
                kv: self,
                seq: 0,
                done: false,
                fail_after: None,
                logged: Default::default(),
            }) as Box<dyn Staged>))
        })
    }
}

/// A write under the undo log (see [`SledKv::apply_large`]).
struct SledStaged<'a> {
    kv: &'a SledKv,
    /// The next undo record's number.
    seq: u64,
    /// Committed or rolled back already.
    done: bool,
    /// For tests: fail before chunk number n.
    fail_after: Option<usize>,
    /// The keys whose old value is logged already: a key that later parts
    /// write again (a block rewritten by each part) is logged once, with
    /// its value from before the write, which is all a rollback needs (the
    /// undo log had been most of what a load in parts wrote).
    logged: std::collections::HashSet<(Space, Vec<u8>)>,
}

impl SledStaged<'_> {
    fn part(&mut self, ops: Vec<WriteOp>) -> KvResult<()> {
        let kv = self.kv;
        let io = |e| sled_error(&kv.label, e);
        let mut it = ops.into_iter().peekable();
        while it.peek().is_some() {
            let chunk: Vec<WriteOp> = it.by_ref().take(CHUNK).collect();
            if self.fail_after == Some(self.seq as usize) {
                return Err(KvError::Io("injected failure".into()));
            }
            #[cfg(test)]
            if fails_merge_write(&kv.label) {
                return Err(KvError::Io("injected failure".into()));
            }
            // One undo record per chunk: a single insert, not one per key.
            let mut log = Vec::new();
            // Bounded, so a load's memory does not grow with the keys it
            // writes (issue 15: 20,000 articles): a key logged again after
            // this costs its bytes in the log only, since the log is played
            // back newest first and the oldest value wins.
            if self.logged.len() >= logged_kept() {
                self.logged.clear();
            }
            // Keys the load made are remembered too: its later parts
            // rewrite the blocks it made, and logging each rewrite cost 6%
            // of a 1M-fact load's time and 11% of its disk.
            for (space, key, _) in &chunk {
                if self.logged.insert((*space, key.clone())) {
                    let old = kv.tree(*space).get(key).map_err(io)?;
                    push_undo(&mut log, *space, key, old.as_deref());
                }
            }
            #[cfg(test)]
            tests::MOST_LOGGED.with(|m| m.set(m.get().max(self.logged.len())));
            kv.undo.insert(self.seq.to_be_bytes(), log).map_err(io)?;
            kv._db.flush().map_err(io)?;
            self.seq += 1;
            kv.apply_batches(chunk)?;
        }
        Ok(())
    }
}

/// For tests: the database (its label) whose staged write fails at its
/// first chunk written on the commit's merge writer thread
/// (`seedkb-merge-write`), and whether it did. Process-wide, as that
/// thread is not the test's; keyed by the database, as tests run side by
/// side.
#[cfg(test)]
pub(crate) static FAIL_MERGE_WRITE: std::sync::Mutex<Option<(String, bool)>> =
    std::sync::Mutex::new(None);

#[cfg(test)]
fn fails_merge_write(label: &str) -> bool {
    if std::thread::current().name() != Some("seedkb-merge-write") {
        return false;
    }
    let mut fail = FAIL_MERGE_WRITE
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    match fail.as_mut() {
        Some((l, fired)) if l == label => {
            *fired = true;
            true
        }
        _ => false,
    }
}

impl Staged for SledStaged<'_> {
    fn apply_part(&mut self, ops: Vec<WriteOp>) -> KvResult<()> {
        let label = &self.kv.label;
        let r = guarded(label, "writing to it", || self.part(ops));
        if r.is_err() {
            // Roll back now; if that fails too, the next open will.
            self.done = true;
            let _ = self.kv.recover();
        }
        r
    }

    fn commit(mut self: Box<Self>) -> KvResult<()> {
        let kv = self.kv;
        self.done = true;
        let r = guarded(&kv.label, "writing to it", || {
            kv._db.flush().map_err(|e| sled_error(&kv.label, e))?;
            kv.undo_done()
        });
        if r.is_err() {
            let _ = kv.recover();
        }
        r
    }
}

impl Drop for SledStaged<'_> {
    fn drop(&mut self) {
        if !self.done {
            // Not committed: an error on the way. If this fails too, the
            // next open plays the undo log back.
            let _ = self.kv.recover();
        }
    }
}

impl SledKv {
    /// sled's iterator, its panics and deadline turned into errors; each
    /// entry as owned bytes (`Vec<u8>`) or sled's shared ones.
    fn iter<T: FromIVec + 'static>(
        &self,
        make: impl FnOnce() -> sled::Iter,
    ) -> Box<dyn Iterator<Item = KvResult<(T, T)>> + '_> {
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(make)) {
            Ok(it) => Box::new(GuardedIter::<T> {
                it: Some(it),
                label: &self.label,
                steps: 0,
                entry: std::marker::PhantomData,
            }),
            Err(payload) => Box::new(std::iter::once(Err(engine_panic(
                &self.label,
                "reading it",
                payload.as_ref(),
            )))),
        }
    }

    fn apply_inner(&self, ops: Vec<WriteOp>) -> KvResult<()> {
        if ops.len() > CHUNK {
            return self.apply_large(ops, None);
        }
        self.apply_txn(ops)?;
        self._db.flush().map_err(|e| sled_error(&self.label, e))?;
        Ok(())
    }
}

/// The writes of `ops` as one sled batch per tree.
fn batches(ops: Vec<WriteOp>) -> Vec<sled::Batch> {
    let mut batches: Vec<sled::Batch> = Space::ALL.iter().map(|_| sled::Batch::default()).collect();
    for (space, key, value) in ops {
        match value {
            Some(v) => batches[space.index()].insert(key, v),
            None => batches[space.index()].remove(key),
        }
    }
    batches
}

impl SledKv {
    /// Applies `ops` in one sled transaction across the trees (not flushed).
    fn apply_txn(&self, ops: Vec<WriteOp>) -> KvResult<()> {
        let io = |e| sled_error(&self.label, e);
        use sled::transaction::{ConflictableTransactionError, TransactionError, Transactional};
        let batches = batches(ops);
        let result: Result<(), TransactionError<()>> = self.trees.as_slice().transaction(|trees| {
            for (tree, batch) in trees.iter().zip(batches.iter()) {
                tree.apply_batch(batch)?;
            }
            Ok::<(), ConflictableTransactionError<()>>(())
        });
        match result {
            Ok(()) => Ok(()),
            Err(TransactionError::Abort(())) => Err(KvError::Io("write aborted".to_string())),
            Err(TransactionError::Storage(e)) => Err(io(e)),
        }
    }

    /// A write too large for one transaction, all or nothing all the same:
    ///
    /// 1. the undo log is emptied and `undo_pending` set, durably;
    /// 2. per chunk: the old value (or absence) of every key it writes goes
    ///    to the undo log, durably, then the chunk is applied;
    /// 3. everything is flushed, then `undo_pending` is removed, durably —
    ///    the commit point — and the undo log emptied.
    ///
    /// A crash (or an error) before the commit point leaves `undo_pending`
    /// set: [`SledKv::recover`] restores every logged key, on this call or
    /// on the next open. A key written by several chunks (or parts of a
    /// staged write) is logged by the first only, with its value from
    /// before the write (a key the write made, by the first two); the log
    /// is played back newest first.
    fn apply_large(&self, ops: Vec<WriteOp>, fail_after: Option<usize>) -> KvResult<()> {
        self.begin_undo()?;
        let mut staged = Box::new(SledStaged {
            kv: self,
            seq: 0,
            done: false,
            fail_after,
            logged: Default::default(),
        });
        staged.apply_part(ops)?;
        staged.commit()
    }

    /// Step 1 of a chunked write: an empty undo log and the pending mark,
    /// durably.
    fn begin_undo(&self) -> KvResult<()> {
        let io = |e| sled_error(&self.label, e);
        self.undo.clear().map_err(io)?;
        self.tree(Space::Meta)
            .insert(META_UNDO_PENDING, &[1u8][..])
            .map_err(io)?;
        self._db.flush().map_err(io)?;
        Ok(())
    }

    /// One chunk of a write under the undo log, tree by tree: the undo log
    /// makes it all-or-nothing, so it needs no cross-tree transaction
    /// (whose bookkeeping cost more than the writes).
    fn apply_batches(&self, ops: Vec<WriteOp>) -> KvResult<()> {
        let io = |e| sled_error(&self.label, e);
        let batches = batches(ops);
        for (tree, b) in self.trees.iter().zip(batches) {
            tree.apply_batch(b).map_err(io)?;
        }
        Ok(())
    }

    /// The commit point of a chunked write (or the end of its rollback):
    /// the pending mark goes, durably, then the undo log it guarded.
    fn undo_done(&self) -> KvResult<()> {
        let io = |e| sled_error(&self.label, e);
        self.tree(Space::Meta)
            .remove(META_UNDO_PENDING)
            .map_err(io)?;
        self._db.flush().map_err(io)?;
        self.undo.clear().map_err(io)?;
        Ok(())
    }

    /// Plays back the undo log of an interrupted chunked write, if any.
    /// Without the pending mark, records left over from a write that
    /// committed (a crash between its commit point and the emptying) are
    /// left to the next chunked write, which empties the log first
    /// (`begin_undo`): looking for them read the undo tree's pages on
    /// every open (7% of a one-shot query's instructions at 1M facts).
    fn recover(&self) -> KvResult<()> {
        let io = |e| sled_error(&self.label, e);
        if self
            .tree(Space::Meta)
            .get(META_UNDO_PENDING)
            .map_err(io)?
            .is_none()
        {
            return Ok(());
        }
        let mut batches: Vec<sled::Batch> =
            Space::ALL.iter().map(|_| sled::Batch::default()).collect();
        let mut pending = 0;
        // Newest first: a key written twice ends with its oldest value.
        for item in self.undo.iter().rev() {
            let (_, log) = item.map_err(io)?;
            let mut rest: &[u8] = &log;
            while !rest.is_empty() {
                let (space, key, old, tail) = parse_undo(rest)?;
                match old {
                    Some(o) => batches[space.index()].insert(key, o),
                    None => batches[space.index()].remove(key),
                }
                rest = tail;
                pending += 1;
            }
            if pending >= CHUNK {
                for (tree, b) in self.trees.iter().zip(batches.iter_mut()) {
                    tree.apply_batch(std::mem::take(b)).map_err(io)?;
                }
                pending = 0;
            }
        }
        for (tree, b) in self.trees.iter().zip(batches) {
            tree.apply_batch(b).map_err(io)?;
        }
        self._db.flush().map_err(io)?;
        self.undo_done()
    }
}

/// Appends one undo entry: space, key length, key, then 0 (the key was
/// absent) or 1, value length and the old value.
fn push_undo(log: &mut Vec<u8>, space: Space, key: &[u8], old: Option<&[u8]>) {
    log.push(space.index() as u8);
    log.extend_from_slice(&(key.len() as u32).to_be_bytes());
    log.extend_from_slice(key);
    match old {
        Some(o) => {
            log.push(1);
            log.extend_from_slice(&(o.len() as u32).to_be_bytes());
            log.extend_from_slice(o);
        }
        None => log.push(0),
    }
}

type UndoEntry<'a> = (Space, &'a [u8], Option<&'a [u8]>, &'a [u8]);

/// Reads one undo entry; returns it and the rest of the log.
fn parse_undo(v: &[u8]) -> KvResult<UndoEntry<'_>> {
    let bad = || KvError::Corrupt("the database is damaged: unreadable undo log entry".into());
    let len_at = |i: usize| -> KvResult<usize> {
        v.get(i..i + 4)
            .and_then(|b| <[u8; 4]>::try_from(b).ok())
            .map(|b| u32::from_be_bytes(b) as usize)
            .ok_or_else(bad)
    };
    let space = *Space::ALL
        .get(usize::from(*v.first().ok_or_else(bad)?))
        .ok_or_else(bad)?;
    let klen = len_at(1)?;
    let key = v.get(5..5 + klen).ok_or_else(bad)?;
    match v.get(5 + klen) {
        Some(0) => Ok((space, key, None, &v[6 + klen..])),
        Some(1) => {
            let vlen = len_at(6 + klen)?;
            let start = 10 + klen;
            let old = v.get(start..start + vlen).ok_or_else(bad)?;
            Ok((space, key, Some(old), &v[start + vlen..]))
        }
        _ => Err(bad()),
    }
}

/// The sled tree that holds only the filler [`align_log_tail`] writes
/// (no keyspace of the store: reads, `check`, `dump` and `compact` never
/// see it).
const PAD_TREE: &[u8] = b"seedkb-pad";

/// How far short of the segment's end the filler aims: sled counts a
/// segment as full when fewer than 32 bytes are left, and a message that
/// does not fit goes to a new segment. A value's message takes ~20 bytes
/// besides the value (its header and key), which the first fill measures:
/// it stops [`PAD_COARSE`] bytes short, the second fills the rest.
const PAD_SLACK: u64 = 16;
const PAD_COARSE: u64 = 4096;
const PAD_OVERHEAD_GUESS: u64 = 24;

/// The log sequence number the newest snapshot file of the sled directory
/// `path` stands at (`snap.` and 16 hex digits): right after an open, the
/// end of the last message in the log.
fn snapshot_lsn(path: &Path) -> Option<u64> {
    std::fs::read_dir(path)
        .ok()?
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let hex = name.strip_prefix("snap.")?;
            (hex.len() == 16)
                .then(|| u64::from_str_radix(hex, 16).ok())
                .flatten()
        })
        .max()
}

/// Fills the rest of the log's last segment, so that it ends on a segment
/// boundary; returns whether it does. Called when a command that wrote is
/// done (a load, a compaction), with the database closed. sled's open,
/// when the log ends inside a segment, reads that whole segment, rewrites
/// its unused rest with zeros and fsyncs the file (and writes a snapshot
/// when the log grew); when the log ends on a boundary it does none of
/// that, so every later one-shot query skips it: at 1M facts the tail was
/// 1.1 MB and its fsync also wrote the zeros the open before had put in
/// sled's free segments (benches/BENCHMARKS.md, "The one-shot process").
/// sled says where its log ends only in its snapshot's name, which an open
/// writes: so fill, close, open and look again, a few times at most. The
/// filler is zeros in a tree of its own, made anew each time (its one leaf
/// never gathers the ten updates after which sled rewrites a page whole);
/// it takes no room on disk that the segment did not take already.
pub fn align_log_tail(path: &Path) -> KvResult<bool> {
    let label = path.display().to_string();
    let seg = segment_bytes(path) as u64;
    let io = |e: sled::Error| match e {
        sled::Error::Io(e) if is_lock_error(&e) => {
            KvError::Locked(format!("database {label} is in use by another process"))
        }
        e => sled_error(&label, e),
    };
    // The process's last store may still be closing (sled's threads hold
    // its lock a moment after it is dropped): wait for it a little.
    // sled's open makes a database where there is none: never where the
    // store was a moment ago (a compaction renames it aside and its copy
    // in; an empty one made between the two would take the copy's place).
    let there = || path.join("conf").is_file() && path.join("db").is_file();
    // None: the store is not there (being moved); nothing to align.
    let open = || {
        let started = Instant::now();
        loop {
            if !there() {
                return Ok(None);
            }
            match guarded(&label, "opening it", || {
                sled_config(path).flush_every_ms(None).open().map_err(io)
            }) {
                Err(KvError::Locked(_)) if started.elapsed() < Duration::from_secs(2) => {
                    std::thread::sleep(Duration::from_millis(20));
                }
                r => return r.map(Some),
            }
        }
    };
    {
        let Some(db) = open()? else {
            return Ok(false);
        };
        guarded(&label, "writing", || {
            if db.tree_names().iter().any(|n| n == PAD_TREE) {
                db.drop_tree(PAD_TREE).map_err(io)?;
            }
            db.open_tree(PAD_TREE).map_err(io)?;
            db.flush().map_err(io).map(drop)
        })?;
    }
    let mut overhead = PAD_OVERHEAD_GUESS;
    // What the last fill wrote: the bytes left before, the values' bytes
    // and how many messages they took.
    let mut wrote: Option<(u64, u64, u64)> = None;
    for _ in 0..6 {
        let Some(db) = open()? else {
            return Ok(false);
        };
        let Some(lsn) = snapshot_lsn(path) else {
            return Ok(false);
        };
        let used = lsn % seg;
        if used == 0 {
            return Ok(true);
        }
        let left = seg - used;
        if let Some((before, values, n)) = wrote.take() {
            if before > left + values && n > 0 {
                overhead = (before - left - values).div_ceil(n);
            }
        }
        let fine = left <= PAD_COARSE + PAD_SLACK + overhead;
        let mut fill = left.saturating_sub(if fine { PAD_SLACK } else { PAD_COARSE });
        // sled keeps a message above a quarter segment in a blob file
        let most = seg / 4 - 1024;
        let mut values = Vec::new();
        while fill > overhead {
            let v = (fill - overhead).min(most);
            values.push(v);
            fill -= v + overhead;
        }
        if values.is_empty() {
            // Too little left for a message and too much for sled to
            // count the segment full: the next write starts a new one.
            return Ok(false);
        }
        guarded(&label, "writing", || {
            let pad = db.open_tree(PAD_TREE).map_err(io)?;
            let first = pad.len() as u32;
            for (i, v) in (first..).zip(&values) {
                pad.insert(i.to_be_bytes(), vec![0; *v as usize])
                    .map_err(io)?;
            }
            db.flush().map_err(io).map(drop)
        })?;
        wrote = Some((left, values.iter().sum(), values.len() as u64));
    }
    Ok(false)
}

/// sled's default segment size, what databases made before
/// [`SEGMENT_BYTES`] have.
const OLD_SEGMENT_BYTES: usize = 512 * 1024;

/// The size of sled's log segments in a new database (sled fixes it when it
/// creates the files). Every open reads each segment's header (a task on
/// sled's thread pool each) but also rewrites with zeros the rest of the
/// last segment and every free one, then syncs: 2 MB cut the headers 4x
/// for the same bytes zeroed as 512 KB, where 8 MB zeroed 30 MB per open
/// at a million facts; a 1M-fact load took less CPU and disk with it
/// (benches/BENCHMARKS.md, "Ten million facts"). The vendored sled
/// (crates/sled) now only reads back a free segment an earlier open
/// zeroed already, instead of writing it again.
pub const SEGMENT_BYTES: usize = 2 * 1024 * 1024;

/// The segment size to open `path` with: the one its `conf` file records
/// (sled refuses any other), [`SEGMENT_BYTES`] for a new database, or
/// `SEEDKB_SEGMENT_KB` (a power of two from 256 KB to 16 MB) for a new one
/// when set (to measure).
fn segment_bytes(path: &Path) -> usize {
    if let Some(n) = recorded_segment_bytes(path) {
        return n;
    }
    if path.join("db").exists() {
        // Files without a readable conf: let sled say what is wrong, with
        // the size it has always been given.
        return OLD_SEGMENT_BYTES;
    }
    std::env::var("SEEDKB_SEGMENT_KB")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .map(|kb| kb * 1024)
        .filter(|b| b.is_power_of_two() && (256 * 1024..=16 << 20).contains(b))
        .unwrap_or(SEGMENT_BYTES)
}

/// The segment size sled's `conf` file in the database `path` records,
/// if it is there and readable (sled opens a database only with it).
pub fn recorded_segment_bytes(path: &Path) -> Option<usize> {
    let conf = std::fs::read(path.join("conf")).ok()?;
    String::from_utf8_lossy(&conf)
        .lines()
        .find_map(|l| l.strip_prefix("segment_size: "))
        .and_then(|v| v.trim().parse::<usize>().ok())
}

/// sled's page cache: 4 MB, 16 in a process that answers its command
/// line's queries, or 64 MB in a process that [`bulk_writes`], unless
/// `SEEDKB_CACHE_MB` says otherwise. 64 MB for every process was
/// chosen before the block cache stood in front of every packed keyspace
/// (benches/BENCHMARKS.md, "Cache size"); a query now reads sled's leaves
/// only for blocks the block cache does not hold, and with 16 MB the
/// benchmark's queries at 1M facts and a repeated grouping at 10M took the
/// same CPU, while a process answering one join or grouping at 10M held
/// ~20 MB less (round 44). 4 rather than 16 (round 51): the benchmark's
/// query process at 1M facts held 61 MB instead of 80, at 10M 159–173
/// instead of 176–183, its CPU the same (0.53 s and 6.7–7.1 s), and a
/// 1M-fact load with 4 MB took the same CPU as with 16 (a load through a
/// server has this process's cache). A one-shot `-e` process keeps 16:
/// its reads are all cold, and 8 MB was its grouping's CPU × 1.6. A load
/// keeps 64 MB: not measured with less.
fn cache_bytes() -> u64 {
    cache_mb(
        "SEEDKB_CACHE_MB",
        1..=65_536,
        if writes_in_bulk() { 64 } else { 4 },
        16,
    ) as u64
        * 1024
        * 1024
}

#[cfg(test)]
mod tests {
    use super::*;

    fn op(s: Space, k: &str, v: Option<&str>) -> WriteOp {
        (s, k.as_bytes().to_vec(), v.map(|v| v.as_bytes().to_vec()))
    }

    fn contents(kv: &SledKv) -> Vec<(Space, Vec<u8>, Vec<u8>)> {
        let mut out = Vec::new();
        for s in Space::ALL {
            for item in kv.scan_prefix(s, &[]) {
                let (k, v) = item.unwrap();
                out.push((s, k, v));
            }
        }
        out
    }

    /// Reads past a deadline fail, and say the deadline stopped them;
    /// before it, and outside `with_deadline`, they work.
    #[test]
    fn reads_stop_at_the_deadline() {
        let (_dir, kv) = seeded();
        let later = Instant::now() + Duration::from_secs(3600);
        let (n, stopped) = with_deadline(later, || kv.scan_prefix(Space::Eavt, &[]).count());
        assert_eq!((n, stopped), (1, false));
        let (r, stopped) = with_deadline(Instant::now(), || {
            (
                kv.get(Space::Meta, b"counter").is_err(),
                kv.scan_prefix(Space::Eavt, &[]).collect::<Vec<_>>(),
            )
        });
        assert!(stopped && r.0);
        assert!(r.1.len() == 1 && r.1[0].is_err());
        assert!(kv.get(Space::Meta, b"counter").unwrap().is_some());
    }

    /// A large write with old values to restore, fresh keys and deletes.
    fn large_write() -> Vec<WriteOp> {
        let mut ops = vec![
            op(Space::Meta, "counter", Some("new")),
            op(Space::Names, "gone", None),
        ];
        for i in 0..(CHUNK * 2 + 10) {
            ops.push(op(Space::Eavt, &format!("k{i:08}"), Some("v")));
        }
        ops
    }

    fn seeded() -> (tempfile::TempDir, SledKv) {
        let dir = tempfile::tempdir().unwrap();
        let kv = SledKv::open(dir.path(), Duration::from_secs(1)).unwrap();
        kv.apply(vec![
            op(Space::Meta, "counter", Some("old")),
            op(Space::Names, "gone", Some("here")),
            op(Space::Eavt, "k00000003", Some("before")),
        ])
        .unwrap();
        (dir, kv)
    }

    /// Aligned, the log ends on a segment boundary and an open writes
    /// nothing (no new snapshot); the keyspaces hold what they held.
    #[test]
    fn the_log_tail_is_aligned() {
        let (dir, kv) = seeded();
        let before = contents(&kv);
        drop(kv);
        assert!(align_log_tail(dir.path()).unwrap());
        let seg = segment_bytes(dir.path()) as u64;
        let lsn = snapshot_lsn(dir.path()).unwrap();
        assert_eq!(lsn % seg, 0);
        let kv = SledKv::open(dir.path(), Duration::from_secs(1)).unwrap();
        assert_eq!(contents(&kv), before);
        drop(kv);
        assert_eq!(snapshot_lsn(dir.path()), Some(lsn));
        // Written again (a later load), it is aligned again.
        let kv = SledKv::open(dir.path(), Duration::from_secs(1)).unwrap();
        kv.apply(vec![op(Space::Eavt, "k00000004", Some("after"))])
            .unwrap();
        drop(kv);
        assert!(align_log_tail(dir.path()).unwrap());
        assert_eq!(snapshot_lsn(dir.path()).unwrap() % seg, 0);
    }

    /// A session that only reads, open while sled's flusher thread runs
    /// (a server, a REPL), writes nothing: an aligned log stays aligned
    /// and the log file keeps its bytes (patched sled: the flusher leaves a
    /// buffer holding only a segment header alone and cleans segments only
    /// once the process wrote).
    #[test]
    fn a_session_that_only_reads_writes_nothing() {
        let (dir, kv) = seeded();
        drop(kv);
        assert!(align_log_tail(dir.path()).unwrap());
        let lsn = snapshot_lsn(dir.path());
        let db = dir.path().join("db");
        let bytes = std::fs::read(&db).unwrap();
        let kv = SledKv::open(dir.path(), Duration::from_secs(1)).unwrap();
        let before = contents(&kv);
        // Three of the flusher's rounds (one every 500 ms).
        std::thread::sleep(Duration::from_millis(1300));
        assert_eq!(contents(&kv), before);
        drop(kv);
        assert!(std::fs::read(&db).unwrap() == bytes);
        let kv = SledKv::open(dir.path(), Duration::from_secs(1)).unwrap();
        assert_eq!(contents(&kv), before);
        drop(kv);
        assert_eq!(snapshot_lsn(dir.path()), lsn);
    }

    /// An open of an aligned log leaves the choice of the segment its
    /// first write goes to, and the segment accounting, until it writes
    /// (patched sled, `ensure_first_segment` in `pagecache/iobuf.rs`):
    /// sessions that read and then write a little, or across several
    /// segments, each on an aligned log, read back all they wrote.
    #[test]
    fn writes_after_an_aligned_open_read_back() {
        let (dir, kv) = seeded();
        drop(kv);
        let seg = segment_bytes(dir.path());
        let value = "v".repeat(1000);
        for round in 0..4 {
            assert!(align_log_tail(dir.path()).unwrap());
            let kv = SledKv::open(dir.path(), Duration::from_secs(1)).unwrap();
            let before = contents(&kv);
            // Odd rounds write three segments' worth, in one batch.
            let n = if round % 2 == 1 {
                3 * seg / value.len()
            } else {
                2
            };
            let ops: Vec<WriteOp> = (0..n)
                .map(|i| op(Space::Eavt, &format!("r{round}-{i:06}"), Some(&value)))
                .collect();
            kv.apply(ops).unwrap();
            let after = contents(&kv);
            assert_eq!(after.len(), before.len() + n);
            drop(kv);
            let kv = SledKv::open(dir.path(), Duration::from_secs(1)).unwrap();
            assert_eq!(contents(&kv), after);
        }
    }

    /// Threads that write right after an open finish, on a log aligned on
    /// a segment boundary and on one that is not, with free segments past
    /// the log's end (zeros, as far as sled's accounting sees what a
    /// killed write leaves) for the segment accountant to truncate when it
    /// starts. Patched sled starts it at the first write, maybe on one of
    /// its I/O threads while holding its lock; its truncations, queued on
    /// the same pool whose other threads waited for that lock, never ran
    /// (tests/crash.rs hung). A deadlock fails the test instead of hanging.
    #[test]
    fn writes_from_many_threads_right_after_an_open_finish() {
        for aligned in [false, true] {
            for round in 0..4 {
                let (dir, kv) = seeded();
                drop(kv);
                if aligned {
                    assert!(align_log_tail(dir.path()).unwrap());
                }
                let seg = segment_bytes(dir.path()) as u64;
                let log = std::fs::OpenOptions::new()
                    .write(true)
                    .open(dir.path().join("db"))
                    .unwrap();
                let len = log.metadata().unwrap().len();
                assert_eq!(len.is_multiple_of(seg), aligned);
                log.set_len(len.div_ceil(seg) * seg + 3 * seg).unwrap();
                drop(log);
                let (done, finished) = std::sync::mpsc::channel();
                let path = dir.path().to_path_buf();
                std::thread::spawn(move || {
                    let kv = SledKv::open(&path, Duration::from_secs(1)).unwrap();
                    std::thread::scope(|s| {
                        for t in 0..12u8 {
                            let kv = &kv;
                            s.spawn(move || {
                                for i in 0..40u8 {
                                    let tree = kv.sled_tree(Space::Eavt);
                                    tree.insert([b'w', t, i], vec![t; 300]).unwrap();
                                    kv._db.flush().unwrap();
                                }
                            });
                        }
                    });
                    let n = kv.sled_tree(Space::Eavt).scan_prefix(b"w").count();
                    let _ = done.send(n);
                });
                let n = finished
                    .recv_timeout(Duration::from_secs(60))
                    .unwrap_or_else(|_| panic!("aligned {aligned}, round {round}: no end"));
                assert_eq!(n, 12 * 40);
                let kv = SledKv::open(dir.path(), Duration::from_secs(5)).unwrap();
                assert_eq!(kv.sled_tree(Space::Eavt).scan_prefix(b"w").count(), 12 * 40);
            }
        }
    }

    /// After a write that ended the log inside a segment, opens that
    /// read everything leave the log as it is, the first one included
    /// (patched sled: there are no old bytes past the file's end to zero,
    /// `pagecache/zeroed.rs`, and a read splits or merges no node the
    /// writes left due, `Tree::view_for_read`). Either write grew the log,
    /// and a compaction that kept the database changed it.
    #[test]
    fn opens_that_read_after_a_write_leave_the_log_as_it_is() {
        let (dir, kv) = seeded();
        kv.apply(
            (0..300u32)
                .map(|i| {
                    let v = vec![(i % 13) as u8; 100 + (i as usize % 5) * 300];
                    (Space::Eavt, i.to_be_bytes().to_vec(), Some(v))
                })
                .collect(),
        )
        .unwrap();
        // Not read here: a read in the writing session did the due splits.
        drop(kv);
        let db = dir.path().join("db");
        let seg = segment_bytes(dir.path()) as u64;
        assert_ne!(std::fs::metadata(&db).unwrap().len() % seg, 0);
        let modified = || std::fs::metadata(&db).unwrap().modified().unwrap();
        let (stamp, bytes) = (modified(), std::fs::read(&db).unwrap());
        std::thread::sleep(Duration::from_millis(20));
        let mut seen = Vec::new();
        let mut lsns = Vec::new();
        for _ in 0..3 {
            let kv = SledKv::open(dir.path(), Duration::from_secs(1)).unwrap();
            seen.push(contents(&kv));
            drop(kv);
            lsns.push(snapshot_lsn(dir.path()));
        }
        assert_eq!(seen[0].len(), 303);
        assert!(seen.iter().all(|c| *c == seen[0]));
        assert!(
            lsns[0].is_some() && lsns.iter().all(|l| *l == lsns[0]),
            "{lsns:?}"
        );
        assert_eq!(modified(), stamp);
        assert!(std::fs::read(&db).unwrap() == bytes);
    }

    #[test]
    fn a_large_write_lands_whole() {
        let (_dir, kv) = seeded();
        kv.apply(large_write()).unwrap();
        assert_eq!(kv.get(Space::Meta, b"counter").unwrap().unwrap(), b"new");
        assert_eq!(kv.get(Space::Names, b"gone").unwrap(), None);
        assert_eq!(kv.scan_prefix(Space::Eavt, b"k").count(), CHUNK * 2 + 10);
        assert!(kv.undo.is_empty());
        assert!(kv.get(Space::Meta, META_UNDO_PENDING).unwrap().is_none());
    }

    #[test]
    fn a_large_write_that_fails_midway_leaves_nothing() {
        let (_dir, kv) = seeded();
        let before = contents(&kv);
        let err = kv.apply_large(large_write(), Some(2)).unwrap_err();
        assert!(err.to_string().contains("injected"), "{err}");
        assert_eq!(contents(&kv), before);
    }

    /// Undo records left by a write that committed (a crash before the
    /// log was emptied) stay through opens, which only look for the
    /// pending mark, and play no part in the next chunked write: that
    /// write empties the log first, so failing midway it undoes its own
    /// keys and no others.
    #[test]
    fn undo_records_left_by_a_committed_write_never_play_back() {
        let (dir, kv) = seeded();
        let mut log = Vec::new();
        push_undo(&mut log, Space::Eavt, b"untouched", Some(b"stale"));
        kv.undo.insert(7u64.to_be_bytes(), log).unwrap();
        kv._db.flush().unwrap();
        let before = contents(&kv);
        drop(kv);
        let kv = SledKv::open(dir.path(), Duration::from_secs(1)).unwrap();
        assert_eq!(contents(&kv), before);
        assert!(!kv.undo.is_empty());
        let err = kv.apply_large(large_write(), Some(2)).unwrap_err();
        assert!(err.to_string().contains("injected"), "{err}");
        assert_eq!(contents(&kv), before);
        assert!(kv.undo.is_empty());
        drop(kv);
        let kv = SledKv::open(dir.path(), Duration::from_secs(1)).unwrap();
        assert_eq!(contents(&kv), before);
    }

    #[test]
    fn a_crash_midway_is_undone_on_the_next_open() {
        let (dir, kv) = seeded();
        let before = contents(&kv);
        // What a crash after two chunks leaves: the marker, the undo log of
        // both chunks and their data.
        let ops = large_write();
        kv.tree(Space::Meta)
            .insert(META_UNDO_PENDING, &[1u8][..])
            .unwrap();
        for (seq, chunk) in ops.chunks(CHUNK).take(2).enumerate() {
            let mut log = Vec::new();
            for (s, k, _) in chunk {
                let old = kv.tree(*s).get(k).unwrap();
                push_undo(&mut log, *s, k, old.as_deref());
            }
            kv.undo.insert((seq as u64).to_be_bytes(), log).unwrap();
            kv.apply_txn(chunk.to_vec()).unwrap();
        }
        kv._db.flush().unwrap();
        assert_ne!(contents(&kv), before);
        drop(kv);
        let kv = SledKv::open(dir.path(), Duration::from_secs(1)).unwrap();
        assert_eq!(contents(&kv), before);
        assert!(kv.undo.is_empty());
    }

    /// A staged write whose parts write one key twice: undone (dropped
    /// uncommitted, or cut short by a crash and undone on the next open),
    /// the key has its value from before the write, not the first part's.
    #[test]
    fn a_staged_write_is_undone_whole_even_when_parts_rewrite_a_key() {
        let parts = || {
            vec![
                vec![
                    op(Space::Meta, "counter", Some("first")),
                    op(Space::Eavt, "fresh", Some("1")),
                ],
                vec![
                    op(Space::Meta, "counter", Some("second")),
                    op(Space::Names, "gone", None),
                ],
            ]
        };
        for crash in [false, true] {
            let (dir, kv) = seeded();
            let before = contents(&kv);
            let mut staged = kv.staged().unwrap().unwrap();
            for p in parts() {
                staged.apply_part(p).unwrap();
            }
            // Reads see the parts.
            assert_eq!(kv.get(Space::Meta, b"counter").unwrap().unwrap(), b"second");
            if crash {
                std::mem::forget(staged);
                drop(kv);
                let kv = SledKv::open(dir.path(), Duration::from_secs(1)).unwrap();
                assert_eq!(contents(&kv), before, "after a crash");
            } else {
                drop(staged);
                assert_eq!(contents(&kv), before, "dropped uncommitted");
            }
        }
        let (_dir, kv) = seeded();
        let mut staged = kv.staged().unwrap().unwrap();
        for p in parts() {
            staged.apply_part(p).unwrap();
        }
        staged.commit().unwrap();
        assert_eq!(kv.get(Space::Meta, b"counter").unwrap().unwrap(), b"second");
        assert_eq!(kv.get(Space::Names, b"gone").unwrap(), None);
        assert!(kv.undo.is_empty());
        assert!(kv.get(Space::Meta, META_UNDO_PENDING).unwrap().is_none());
    }

    thread_local! {
        /// A smaller [`LOGGED_KEPT`] for this thread's staged writes.
        pub(super) static LOGGED_LIMIT: std::cell::Cell<Option<usize>> =
            const { std::cell::Cell::new(None) };
        /// The most keys this thread's staged writes remembered as logged.
        pub(super) static MOST_LOGGED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    }

    /// A staged write remembers a bounded number of logged keys however
    /// many it writes; keys written again after it forgot them are logged
    /// again, and the write is still undone whole.
    #[test]
    fn a_staged_write_remembers_a_bounded_number_of_logged_keys() {
        LOGGED_LIMIT.with(|l| l.set(Some(4)));
        MOST_LOGGED.with(|m| m.set(0));
        for crash in [false, true] {
            let (dir, kv) = seeded();
            let before = contents(&kv);
            let mut staged = kv.staged().unwrap().unwrap();
            for round in 0..12 {
                let value = format!("v{round}");
                let part = (0..3)
                    .map(|k| {
                        op(
                            Space::Eavt,
                            &format!("k{}", (2 * round + k) % 10),
                            Some(&value),
                        )
                    })
                    .chain([op(Space::Meta, "counter", Some(&value))])
                    .collect();
                staged.apply_part(part).unwrap();
            }
            assert_eq!(kv.get(Space::Meta, b"counter").unwrap().unwrap(), b"v11");
            if crash {
                std::mem::forget(staged);
                drop(kv);
                let kv = SledKv::open(dir.path(), Duration::from_secs(1)).unwrap();
                assert_eq!(contents(&kv), before, "after a crash");
            } else {
                drop(staged);
                assert_eq!(contents(&kv), before, "dropped uncommitted");
            }
        }
        LOGGED_LIMIT.with(|l| l.set(None));
        // Four kept, and a chunk's keys (four) added before the next check.
        let most = MOST_LOGGED.with(std::cell::Cell::get);
        assert!(most <= 4 + 4, "remembered {most} keys");
    }

    #[test]
    fn engine_failures_read_as_sentences_naming_the_database() {
        let e = guarded("/x/db", "reading it", || -> KvResult<()> {
            panic!("tried to serialize Uninitialized")
        })
        .unwrap_err()
        .to_string();
        assert!(
            e.starts_with("database /x/db is damaged: the storage engine stopped on data")
                && e.contains("`seedkb check --repair`"),
            "{e}"
        );
        // What sled passes on from its flusher thread: the kind, and the
        // Debug text of the original error.
        let full = std::io::Error::new(
            std::io::ErrorKind::StorageFull,
            "Os { code: 28, kind: StorageFull, message: \"No space left on device\" }",
        );
        let e = sled_error("/x/db", sled::Error::Io(full)).to_string();
        assert!(
            e.starts_with("no space left on the device while writing database /x/db")
                && !e.contains("Os {"),
            "{e}"
        );
    }

    /// A new database gets large log segments (sled reads each one's
    /// header on every open); one made with sled's default size opens with
    /// its own, which sled would otherwise refuse.
    #[test]
    fn new_databases_get_large_segments_and_old_ones_keep_theirs() {
        let conf = |p: &Path| {
            String::from_utf8_lossy(&std::fs::read(p.join("conf")).unwrap()).into_owned()
        };
        let dir = tempfile::tempdir().unwrap();
        let kv = SledKv::open(dir.path(), Duration::from_secs(5)).unwrap();
        kv.apply(vec![op(Space::Meta, "k", Some("v"))]).unwrap();
        drop(kv);
        assert!(conf(dir.path()).contains(&format!("segment_size: {SEGMENT_BYTES}\n")));
        let kv = SledKv::open(dir.path(), Duration::from_secs(5)).unwrap();
        assert_eq!(
            kv.get(Space::Meta, b"k").unwrap().as_deref(),
            Some(&b"v"[..])
        );
        drop(kv);

        let old = tempfile::tempdir().unwrap();
        {
            let db = sled::Config::new().path(old.path()).open().unwrap();
            db.insert(b"x", b"y").unwrap();
            db.flush().unwrap();
        }
        let kv = SledKv::open(old.path(), Duration::from_secs(5)).unwrap();
        drop(kv);
        assert!(conf(old.path()).contains(&format!("segment_size: {OLD_SEGMENT_BYTES}\n")));
    }
}
