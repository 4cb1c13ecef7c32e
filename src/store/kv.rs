//! The narrow ordered key-value interface the store is written against, and
//! its sled implementation. Another ordered engine can stand in by
//! implementing [`Kv`].

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
    /// word, doc id, sentence number → how often the word occurs there.
    Words,
}

impl Space {
    pub const ALL: [Space; 11] = [
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

pub trait Kv {
    fn get(&self, space: Space, key: &[u8]) -> KvResult<Option<Vec<u8>>>;
    /// Keys in `[start, end)` order, ascending.
    fn range(&self, space: Space, start: Bound<Vec<u8>>, end: Bound<Vec<u8>>) -> KvIter<'_>;
    /// All keys starting with `prefix`, ascending.
    fn scan_prefix(&self, space: Space, prefix: &[u8]) -> KvIter<'_>;
    /// Applies every write or none, durably.
    fn apply(&self, ops: Vec<WriteOp>) -> KvResult<()>;
    fn size_on_disk(&self) -> KvResult<u64>;
}

pub struct SledKv {
    _db: sled::Db,
    trees: Vec<sled::Tree>,
    /// The database directory, for error messages.
    label: String,
}

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
        sled::Error::Io(e) => KvError::Io(format!("database {label}: {e}")),
        other => KvError::Io(format!("database {label}: {other}")),
    }
}

/// What to do about a damaged database that opens.
pub const RESTORE: &str =
    "`seedkb check` tells what is wrong; `seedkb dump` saves what can still be \
    read, to load into a new database (or restore the directory from a backup)";
/// What to do about one that does not.
pub const RESTORE_UNOPENED: &str = "it cannot be opened: restore the directory from a backup, \
    or load your fact files and dumps into a new database";

/// The text of a panic's payload.
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic".to_string()
    }
}

/// Runs a call into the storage engine, turning a panic inside it into an
/// error: sled asserts on some kinds of damage instead of returning an
/// error, and a damaged database must be reported, not crash the program.
fn guarded<T>(label: &str, what: &str, f: impl FnOnce() -> KvResult<T>) -> KvResult<T> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f))
        .unwrap_or_else(|payload| Err(engine_panic(label, what, payload.as_ref())))
}

fn engine_panic(label: &str, what: &str, payload: &(dyn std::any::Any + Send)) -> KvError {
    KvError::Corrupt(format!(
        "database {label} is damaged: the storage engine failed while {what} ({}); {RESTORE}",
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
                "database {label} is damaged: the storage engine failed while opening it ({}); \
                 {RESTORE_UNOPENED}",
                panic_message(payload.as_ref())
            )))
        })
    }

    fn open_inner(path: &Path, label: &str, wait: Duration) -> KvResult<SledKv> {
        let io = |e| sled_error_advice(label, e, RESTORE_UNOPENED);
        let started = Instant::now();
        loop {
            match sled::Config::new()
                .path(path)
                .cache_capacity(64 * 1024 * 1024)
                .mode(sled::Mode::HighThroughput)
                .open()
            {
                Ok(db) => {
                    let mut trees = Vec::with_capacity(Space::ALL.len());
                    for s in Space::ALL {
                        trees.push(db.open_tree(s.tree_name()).map_err(io)?);
                    }
                    return Ok(SledKv {
                        _db: db,
                        trees,
                        label: label.to_string(),
                    });
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
                Err(sled::Error::Io(e)) => {
                    return Err(KvError::Io(format!("cannot open database {label}: {e}")))
                }
                Err(e) => return Err(io(e)),
            }
        }
    }

    fn tree(&self, s: Space) -> &sled::Tree {
        &self.trees[s.index()]
    }
}

fn is_lock_error(e: &std::io::Error) -> bool {
    e.kind() == std::io::ErrorKind::WouldBlock
        || e.to_string().contains("could not acquire lock")
        || e.raw_os_error() == Some(11)
}

/// A sled iterator whose every step is guarded; after an error it ends.
struct GuardedIter<'a> {
    it: Option<sled::Iter>,
    label: &'a str,
}

impl Iterator for GuardedIter<'_> {
    type Item = KvResult<(Vec<u8>, Vec<u8>)>;

    fn next(&mut self) -> Option<Self::Item> {
        let it = self.it.as_mut()?;
        let label = self.label;
        let step = guarded(label, "reading it", || match it.next() {
            None => Ok(None),
            Some(Ok((k, v))) => Ok(Some((k.to_vec(), v.to_vec()))),
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
}

impl SledKv {
    fn iter(&self, make: impl FnOnce() -> sled::Iter) -> KvIter<'_> {
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(make)) {
            Ok(it) => Box::new(GuardedIter {
                it: Some(it),
                label: &self.label,
            }),
            Err(payload) => Box::new(std::iter::once(Err(engine_panic(
                &self.label,
                "reading it",
                payload.as_ref(),
            )))),
        }
    }

    fn apply_inner(&self, ops: Vec<WriteOp>) -> KvResult<()> {
        let io = |e| sled_error(&self.label, e);
        use sled::transaction::{ConflictableTransactionError, TransactionError, Transactional};
        let mut batches: Vec<sled::Batch> =
            Space::ALL.iter().map(|_| sled::Batch::default()).collect();
        for (space, key, value) in ops {
            match value {
                Some(v) => batches[space.index()].insert(key, v),
                None => batches[space.index()].remove(key),
            }
        }
        let result: Result<(), TransactionError<()>> = self.trees.as_slice().transaction(|trees| {
            for (tree, batch) in trees.iter().zip(batches.iter()) {
                tree.apply_batch(batch)?;
            }
            Ok::<(), ConflictableTransactionError<()>>(())
        });
        match result {
            Ok(()) => {}
            Err(TransactionError::Abort(())) => {
                return Err(KvError::Io("write aborted".to_string()))
            }
            Err(TransactionError::Storage(e)) => return Err(io(e)),
        }
        self._db.flush().map_err(io)?;
        Ok(())
    }
}
