//! The narrow ordered key-value interface the store is written against, and
//! its redb implementation. Another ordered engine can stand in by
//! implementing [`Kv`] (`get`, `range`, `scan_prefix`, atomic `apply`); an
//! engine with its own transactions also overrides [`Kv::write`].
//!
//! Why redb and not sled (the first engine): measured on the benchmark in
//! `benches/` (100K facts), sled took ~9 µs per key written, in a
//! transaction or in plain batches, kept the whole write set in memory
//! several times over (2.4 GB peak for a 28 MB dump) and used 6× the space of
//! the data on disk. redb writes one copy-on-write B-tree per keyspace in
//! one file, commits a multi-table transaction atomically and durably, and
//! reads without copying through the engine's own cache.

use redb::ReadableDatabase;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::ops::Bound;
use std::path::{Path, PathBuf};
use std::rc::Rc;
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

/// Reads and writes inside one atomic write: reads see the writes made so
/// far; nothing is visible to others, or durable, until the write returns.
pub trait KvWrite {
    fn get(&self, space: Space, key: &[u8]) -> KvResult<Option<Vec<u8>>>;
    fn put(&mut self, space: Space, key: &[u8], value: &[u8]) -> KvResult<()>;
    fn delete(&mut self, space: Space, key: &[u8]) -> KvResult<()>;
    /// Keys with this prefix as they are now, ascending.
    fn keys_with_prefix(&self, space: Space, prefix: &[u8]) -> KvResult<Vec<Vec<u8>>>;
}

/// What a [`Kv::write`] body returns: the store's own error, so that a
/// failed check inside the write aborts it with its message intact.
pub type WriteResult = Result<(), crate::error::Error>;

pub trait Kv {
    fn get(&self, space: Space, key: &[u8]) -> KvResult<Option<Vec<u8>>>;
    /// Keys in `[start, end)` order, ascending.
    fn range(&self, space: Space, start: Bound<Vec<u8>>, end: Bound<Vec<u8>>) -> KvIter<'_>;
    /// All keys starting with `prefix`, ascending.
    fn scan_prefix(&self, space: Space, prefix: &[u8]) -> KvIter<'_>;
    /// Applies every write or none, durably.
    fn apply(&self, ops: Vec<WriteOp>) -> KvResult<()>;
    fn size_on_disk(&self) -> KvResult<u64>;

    /// Runs `body` as one atomic, durable write: when it returns an error,
    /// nothing it wrote is kept. The default gathers the writes in memory
    /// and hands them to [`Kv::apply`]; an engine with transactions writes
    /// straight into one.
    fn write(&self, body: &mut dyn FnMut(&mut dyn KvWrite) -> WriteResult) -> WriteResult {
        let mut overlay = Overlay {
            kv: self,
            maps: Space::ALL.iter().map(|_| BTreeMap::new()).collect(),
        };
        body(&mut overlay)?;
        let mut ops = Vec::new();
        for (space, map) in Space::ALL.iter().zip(overlay.maps) {
            for (k, v) in map {
                ops.push((*space, k, v));
            }
        }
        if ops.is_empty() {
            return Ok(());
        }
        self.apply(ops).map_err(super::storage)
    }
}

/// The in-memory write set of the default [`Kv::write`].
struct Overlay<'a, K: Kv + ?Sized> {
    kv: &'a K,
    maps: Vec<BTreeMap<Vec<u8>, Option<Vec<u8>>>>,
}

impl<K: Kv + ?Sized> KvWrite for Overlay<'_, K> {
    fn get(&self, s: Space, k: &[u8]) -> KvResult<Option<Vec<u8>>> {
        match self.maps[s.index()].get(k) {
            Some(v) => Ok(v.clone()),
            None => self.kv.get(s, k),
        }
    }

    fn put(&mut self, s: Space, k: &[u8], v: &[u8]) -> KvResult<()> {
        self.maps[s.index()].insert(k.to_vec(), Some(v.to_vec()));
        Ok(())
    }

    fn delete(&mut self, s: Space, k: &[u8]) -> KvResult<()> {
        self.maps[s.index()].insert(k.to_vec(), None);
        Ok(())
    }

    fn keys_with_prefix(&self, s: Space, prefix: &[u8]) -> KvResult<Vec<Vec<u8>>> {
        let mut merged: BTreeMap<Vec<u8>, bool> = BTreeMap::new();
        for item in self.kv.scan_prefix(s, prefix) {
            let (k, _) = item?;
            merged.insert(k, true);
        }
        for (k, v) in self.maps[s.index()].range(prefix.to_vec()..) {
            if !k.starts_with(prefix) {
                break;
            }
            merged.insert(k.clone(), v.is_some());
        }
        Ok(merged
            .into_iter()
            .filter(|(_, live)| *live)
            .map(|(k, _)| k)
            .collect())
    }
}

/// Every table of one read transaction, in `Space` order.
type ReadTables = Rc<Vec<redb::ReadOnlyTable<&'static [u8], &'static [u8]>>>;

type Table = redb::TableDefinition<'static, &'static [u8], &'static [u8]>;

fn table(s: Space) -> Table {
    redb::TableDefinition::new(s.tree_name())
}

/// The file inside the database directory.
pub const DB_FILE: &str = "seedkb.redb";

/// redb's page cache. Chosen by measurement (benches/BENCHMARKS.md): the
/// queries of the benchmark at 1M facts gain nothing past this, and it
/// bounds the resident memory of a large load.
const CACHE_BYTES: usize = 64 * 1024 * 1024;

pub struct RedbKv {
    db: redb::Database,
    file: PathBuf,
    /// One read transaction with every table open, reused by reads until
    /// the next write (opening them costs more than most point reads).
    read: RefCell<Option<ReadTables>>,
}

fn io<E: std::fmt::Display>(e: E) -> KvError {
    let msg = e.to_string();
    if msg.to_lowercase().contains("corrupt") {
        KvError::Corrupt(format!("the database is damaged: {msg}"))
    } else {
        KvError::Io(msg)
    }
}

impl RedbKv {
    /// Opens (creating if needed) the database in directory `path`. When
    /// another process holds it, retries until `wait` has passed.
    pub fn open(path: &Path, wait: Duration) -> KvResult<RedbKv> {
        let started = Instant::now();
        std::fs::create_dir_all(path)
            .map_err(|e| KvError::Io(format!("cannot create {}: {e}", path.display())))?;
        let file = path.join(DB_FILE);
        if !file.exists() && path.join("conf").exists() && path.join("db").exists() {
            return Err(KvError::Io(format!(
                "{} was written by an earlier seedkb (sled format); export it with that version \
                 (`seedkb dump`) and load the dump into a new database",
                path.display()
            )));
        }
        loop {
            match redb::Builder::new()
                .set_cache_size(CACHE_BYTES)
                .create(&file)
            {
                Ok(db) => {
                    let kv = RedbKv {
                        db,
                        file,
                        read: RefCell::new(None),
                    };
                    kv.create_tables()?;
                    return Ok(kv);
                }
                Err(redb::DatabaseError::DatabaseAlreadyOpen) => {
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

    /// A new file has no tables; reads need them all to exist.
    fn create_tables(&self) -> KvResult<()> {
        let r = self.db.begin_read().map_err(io)?;
        let missing = Space::ALL.iter().any(|s| {
            matches!(
                r.open_table(table(*s)),
                Err(redb::TableError::TableDoesNotExist(_))
            )
        });
        drop(r);
        if missing {
            let w = self.db.begin_write().map_err(io)?;
            for s in Space::ALL {
                w.open_table(table(s)).map_err(io)?;
            }
            w.commit().map_err(io)?;
        }
        Ok(())
    }

    fn tables(&self) -> KvResult<ReadTables> {
        if let Some(t) = self.read.borrow().as_ref() {
            return Ok(t.clone());
        }
        let r = self.db.begin_read().map_err(io)?;
        let mut tables = Vec::with_capacity(Space::ALL.len());
        for s in Space::ALL {
            tables.push(r.open_table(table(s)).map_err(io)?);
        }
        let t = Rc::new(tables);
        *self.read.borrow_mut() = Some(t.clone());
        Ok(t)
    }

    fn iter(&self, space: Space, start: Bound<Vec<u8>>, end: Bound<Vec<u8>>) -> KvIter<'_> {
        let tables = match self.tables() {
            Ok(t) => t,
            Err(e) => return Box::new(std::iter::once(Err(e))),
        };
        fn as_ref(b: &Bound<Vec<u8>>) -> Bound<&[u8]> {
            match b {
                Bound::Included(v) => Bound::Included(v.as_slice()),
                Bound::Excluded(v) => Bound::Excluded(v.as_slice()),
                Bound::Unbounded => Bound::Unbounded,
            }
        }
        match tables[space.index()].range::<&[u8]>((as_ref(&start), as_ref(&end))) {
            Ok(range) => Box::new(range.map(|item| {
                item.map(|(k, v)| (k.value().to_vec(), v.value().to_vec()))
                    .map_err(io)
            })),
            Err(e) => Box::new(std::iter::once(Err(io(e)))),
        }
    }
}

struct RedbWrite<'t> {
    tables: Vec<redb::Table<'t, &'static [u8], &'static [u8]>>,
}

impl KvWrite for RedbWrite<'_> {
    fn get(&self, s: Space, k: &[u8]) -> KvResult<Option<Vec<u8>>> {
        use redb::ReadableTable;
        Ok(self.tables[s.index()]
            .get(k)
            .map_err(io)?
            .map(|v| v.value().to_vec()))
    }

    fn put(&mut self, s: Space, k: &[u8], v: &[u8]) -> KvResult<()> {
        self.tables[s.index()].insert(k, v).map_err(io)?;
        Ok(())
    }

    fn delete(&mut self, s: Space, k: &[u8]) -> KvResult<()> {
        self.tables[s.index()].remove(k).map_err(io)?;
        Ok(())
    }

    fn keys_with_prefix(&self, s: Space, prefix: &[u8]) -> KvResult<Vec<Vec<u8>>> {
        use redb::ReadableTable;
        let mut out = Vec::new();
        for item in self.tables[s.index()]
            .range::<&[u8]>((Bound::Included(prefix), Bound::Unbounded))
            .map_err(io)?
        {
            let (k, _) = item.map_err(io)?;
            let k = k.value();
            if !k.starts_with(prefix) {
                break;
            }
            out.push(k.to_vec());
        }
        Ok(out)
    }
}

impl Kv for RedbKv {
    fn get(&self, space: Space, key: &[u8]) -> KvResult<Option<Vec<u8>>> {
        let tables = self.tables()?;
        Ok(tables[space.index()]
            .get(key)
            .map_err(io)?
            .map(|v| v.value().to_vec()))
    }

    fn range(&self, space: Space, start: Bound<Vec<u8>>, end: Bound<Vec<u8>>) -> KvIter<'_> {
        self.iter(space, start, end)
    }

    fn scan_prefix(&self, space: Space, prefix: &[u8]) -> KvIter<'_> {
        let end = match super::keys::prefix_end(prefix) {
            Some(e) => Bound::Excluded(e),
            None => Bound::Unbounded,
        };
        self.iter(space, Bound::Included(prefix.to_vec()), end)
    }

    fn apply(&self, ops: Vec<WriteOp>) -> KvResult<()> {
        let mut ops = Some(ops);
        self.write(&mut |w| {
            for (space, key, value) in ops.take().unwrap_or_default() {
                match value {
                    Some(v) => w.put(space, &key, &v),
                    None => w.delete(space, &key),
                }
                .map_err(super::storage)?;
            }
            Ok(())
        })
        .map_err(|e| KvError::Io(e.to_string()))
    }

    fn write(&self, body: &mut dyn FnMut(&mut dyn KvWrite) -> WriteResult) -> WriteResult {
        let st = super::storage;
        // Readers after this write must see it.
        *self.read.borrow_mut() = None;
        let txn = self.db.begin_write().map_err(|e| st(io(e)))?;
        {
            let mut w = RedbWrite { tables: Vec::new() };
            for s in Space::ALL {
                w.tables
                    .push(txn.open_table(table(s)).map_err(|e| st(io(e)))?);
            }
            // On an error the transaction is dropped uncommitted: redb
            // keeps nothing of it.
            body(&mut w)?;
        }
        txn.commit().map_err(|e| st(io(e)))?;
        Ok(())
    }

    fn size_on_disk(&self) -> KvResult<u64> {
        std::fs::metadata(&self.file)
            .map(|m| m.len())
            .map_err(|e| KvError::Io(format!("{}: {e}", self.file.display())))
    }
}
