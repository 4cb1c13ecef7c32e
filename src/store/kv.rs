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
}

impl Space {
    pub const ALL: [Space; 9] = [
        Space::Meta,
        Space::Dict,
        Space::Entities,
        Space::Names,
        Space::Eavt,
        Space::Aevt,
        Space::Avet,
        Space::Vaet,
        Space::DocIndex,
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
}

fn io(e: sled::Error) -> KvError {
    match e {
        sled::Error::Corruption { .. } => KvError::Corrupt(format!("the database is damaged: {e}")),
        other => KvError::Io(other.to_string()),
    }
}

impl SledKv {
    /// Opens (creating if needed) a sled database. When another process
    /// holds its lock, retries until `wait` has passed.
    pub fn open(path: &Path, wait: Duration) -> KvResult<SledKv> {
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
                    return Ok(SledKv { _db: db, trees });
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
                Err(e) => {
                    return Err(match io(e) {
                        KvError::Io(m) => {
                            KvError::Io(format!("cannot open database {}: {m}", path.display()))
                        }
                        other => other,
                    })
                }
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

fn map_iter<'a>(it: sled::Iter) -> KvIter<'a> {
    Box::new(it.map(|r| r.map(|(k, v)| (k.to_vec(), v.to_vec())).map_err(io)))
}

impl Kv for SledKv {
    fn get(&self, space: Space, key: &[u8]) -> KvResult<Option<Vec<u8>>> {
        self.tree(space)
            .get(key)
            .map(|o| o.map(|v| v.to_vec()))
            .map_err(io)
    }

    fn range(&self, space: Space, start: Bound<Vec<u8>>, end: Bound<Vec<u8>>) -> KvIter<'_> {
        map_iter(self.tree(space).range::<Vec<u8>, _>((start, end)))
    }

    fn scan_prefix(&self, space: Space, prefix: &[u8]) -> KvIter<'_> {
        map_iter(self.tree(space).scan_prefix(prefix))
    }

    fn apply(&self, ops: Vec<WriteOp>) -> KvResult<()> {
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

    fn size_on_disk(&self) -> KvResult<u64> {
        self._db.size_on_disk().map_err(io)
    }
}
