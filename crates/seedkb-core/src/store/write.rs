//! Loading documents: every change of one `load` call is gathered in an
//! in-memory overlay and written as one atomic write, so a failure at any
//! point leaves the store exactly as it was. A large load's overlay is
//! written in parts of bounded size as it fills (the engine's staged
//! write, under its undo log): the memory a load needs for its writes does
//! not grow with its input, and it stays all-or-nothing.

use super::keys::{self, Aid, DocEntry, DocId, Eid, KeyValue};
use super::kv::{Kv, KvError, Space, Staged, WriteOp};
use super::runs;
use super::search::{self, Link};
use super::{
    assemble_sources, decode, eid_of, encode, quantity_key, quote_hash, storage, DocRecord,
    EntityRecord, FactHead, SourceEntry, Store, StoredSource, KIND_ATTR, META_NEXT_AID,
    META_NEXT_DOC, META_NEXT_EID,
};
use crate::error::Error;
use crate::model::{key_as_is, name_key, DocumentFacts, Entity, Fact, Qualifiers, Source, Value};
use rustc_hash::{FxHashMap, FxHashSet};
use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::rc::Rc;

mod fresh;
mod names;
mod overlay;
pub(super) mod parts;

/// What a load did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LoadReport {
    pub documents_loaded: usize,
    pub documents_unchanged: usize,
    pub documents_replaced: usize,
    /// The documents replaced by another text, by name, with how many
    /// facts their earlier version had: a load under a name already
    /// loaded replaces what was there, which the loader is told (two users
    /// may pick one name). The same text read again is not listed.
    pub replaced_docs: Vec<(String, u64)>,
    pub entities: usize,
    pub facts: usize,
    /// Extracted facts left out because a curated fact says the same
    /// (also those of this load's documents that a curated fact later in
    /// it removed: the report is the same in either order).
    pub superseded: usize,
    /// Extracted facts of documents loaded before that this load's
    /// curated facts removed (they say the same, or give the attribute
    /// its value). Kind facts are not counted, as in `facts`.
    pub removed: usize,
    /// How many of them each document lost, by name (extracted documents
    /// are named as loaded).
    pub removed_by_doc: Vec<(String, usize)>,
    /// The first [`REMOVED_LISTED`] of them.
    pub removed_facts: Vec<RemovedFact>,
    /// Extracted documents whose text this load stored anew (new, or
    /// another text under a loaded name), for [`Store::same_text_as`].
    pub new_texts: Vec<DocId>,
}

/// An extracted fact a curated one removed from the store.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RemovedFact {
    pub doc: String,
    pub subject: String,
    pub attribute: String,
    /// As written (`3亿元`), or the value's name.
    pub value: String,
}

/// How many removed facts a [`LoadReport`] describes one by one (the count
/// is of all).
pub const REMOVED_LISTED: usize = 100;

/// What a load's curated facts took out of what extracted documents had
/// stored; see [`LoadReport::removed`].
#[derive(Default)]
struct Removed {
    /// The documents this load writes (new, or replaced: their old facts
    /// are gone before any fact is written), whose removed facts are
    /// counted as left out instead.
    loading: FxHashSet<DocId>,
    /// Facts of this load's documents removed after they were written.
    here: usize,
    by_doc: BTreeMap<DocId, usize>,
    /// (document, subject, attribute, value as written) of the first few.
    listed: Vec<(DocId, Eid, Aid, String)>,
}

/// The overlay's size (bytes of keys and values, plus [`ENTRY_COST`] per
/// entry) at which a load writes it out as one part of a staged write.
/// 64 MB of data is ~150 MB of heap with the maps around it. Smaller parts
/// cost time: each part rewrites the blocks its index entries fall in,
/// and those of `aevt`, `avet`, `vaet` and `words` are spread over the
/// whole keyspace (at 100K facts, 2 MB parts took 50% more CPU than one).
const PART_BYTES: usize = 64 << 20;
/// Roughly what an overlay entry costs beyond its bytes (map node, two
/// allocations).
const ENTRY_COST: usize = 80;
/// The most block writes per part when the commit merges a deferred
/// keyspace's runs into its blocks (~1 KB each: ~16 MB at most, a sled
/// flush per part), and the part size's share of the overlay's limit
/// (`limit / MERGE_BLOCK_BYTES` blocks: a 64 MB load's parts, 16K blocks;
/// a load by documents' 8 MB, 2K).
const MERGE_BATCH: usize = 16 << 10;
const MERGE_BLOCK_BYTES: usize = 4096;

/// [`PART_BYTES`], or `SEEDKB_LOAD_PART_KB` (for tests that need parts
/// from small loads).
fn part_bytes() -> usize {
    #[cfg(test)]
    if let Some(n) = tests::PART_LIMIT.with(Cell::get) {
        return n;
    }
    std::env::var("SEEDKB_LOAD_PART_KB")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|kb| *kb > 0)
        .map_or(PART_BYTES, |kb| kb * 1024)
}

use std::cell::Cell;

/// Reads see the writes made so far; nothing is permanent until `commit`.
/// The overlay holds the writes not yet handed to the engine; past
/// `limit` bytes they go to the engine as a part of a staged write.
/// A record held decoded by [`Txn`] while a load adds to it.
enum Open {
    /// A fact's record: small (its sources are apart), but counted again
    /// for each source added.
    Fact(FactHead),
    Entity(EntityRecord),
}

impl Open {
    fn encode(&self) -> Vec<u8> {
        match self {
            Open::Fact(f) => f.encode(),
            Open::Entity(r) => encode(r),
        }
    }
}

/// Applies a load's parts to its staged write on a thread of its own,
/// while the loader makes the next part: handing each part to the engine
/// (its blocks built, compressed and written under the undo log) had been
/// a tenth of the loader thread's instructions, with the other core mostly
/// idle through the entity and fact passes. One part at a time is with
/// it, and the staged write with the part; the loader waits for it before
/// it reads the engine (a block being split is never read half-written),
/// before the next part, and before the commit. A bulk load into a new
/// store reads the engine about once a part, and its fact pass not at all.
struct Writer<'a> {
    parts: std::sync::mpsc::Sender<(Box<dyn Staged + 'a>, Vec<WriteOp>)>,
    applied: std::sync::mpsc::Receiver<(Box<dyn Staged + 'a>, Result<(), KvError>)>,
    /// A part is with the writer, and the staged write with it.
    busy: Cell<bool>,
    /// The staged write back from the writer, for [`Txn::reclaim`].
    back: RefCell<Option<Box<dyn Staged + 'a>>>,
}

impl<'a> Writer<'a> {
    /// A writer on a thread of `scope`, or none where there is no second
    /// core for it (the parts are then applied in turn, as before).
    fn spawn<'scope>(scope: &'scope std::thread::Scope<'scope, '_>) -> Result<Option<Self>, Error>
    where
        'a: 'scope,
    {
        if !write_apart() {
            return Ok(None);
        }
        let (parts, to_apply) = std::sync::mpsc::channel::<(Box<dyn Staged + 'a>, Vec<WriteOp>)>();
        let (done, applied) = std::sync::mpsc::channel();
        std::thread::Builder::new()
            .name("seedkb-write".into())
            .spawn_scoped(scope, move || {
                for (mut staged, ops) in to_apply {
                    super::kv::trace("part begins");
                    let r = staged.apply_part(ops);
                    super::kv::trace("part applied");
                    // The loader gone: the staged write, dropped here
                    // uncommitted, undoes its parts.
                    if done.send((staged, r)).is_err() {
                        break;
                    }
                }
            })
            .map_err(|e| Error::Storage(format!("no thread to write the load's parts: {e}")))?;
        Ok(Some(Writer {
            parts,
            applied,
            busy: Cell::new(false),
            back: RefCell::new(None),
        }))
    }

    /// Hands a part to the writer, with the staged write (none is with it).
    fn send(&self, staged: Box<dyn Staged + 'a>, ops: Vec<WriteOp>) -> Result<(), Error> {
        debug_assert!(!self.busy.get());
        self.parts
            .send((staged, ops))
            .map_err(|_| Error::Internal("the thread writing the load's parts stopped".into()))?;
        self.busy.set(true);
        #[cfg(test)]
        tests::WRITTEN_APART.with(|n| n.set(n.get() + 1));
        Ok(())
    }

    /// Waits for the part with the writer, if any: its error, if it
    /// failed (the staged write has undone its parts then).
    fn wait(&self) -> Result<(), Error> {
        if !self.busy.get() {
            return Ok(());
        }
        self.busy.set(false);
        let (staged, r) = self
            .applied
            .recv()
            .map_err(|_| Error::Internal("the thread writing the load's parts stopped".into()))?;
        *self.back.borrow_mut() = Some(staged);
        r.map_err(storage)
    }
}

impl Drop for Writer<'_> {
    /// A load dropped with a part in flight (it failed elsewhere): the
    /// part is waited for, so that the staged write is undone before the
    /// load returns.
    fn drop(&mut self) {
        let _ = self.wait();
    }
}

/// Whether a load's parts are applied on a thread of their own: there is
/// a core for it.
fn write_apart() -> bool {
    #[cfg(test)]
    return tests::WRITE_APART.with(Cell::get);
    #[cfg(not(test))]
    segment_apart()
}

struct Txn<'a> {
    kv: &'a dyn Kv,
    /// Per keyspace, the writes not yet handed to the engine.
    overlay: Vec<overlay::Overlay>,
    /// The overlay's size, counted as in [`PART_BYTES`].
    held: usize,
    limit: usize,
    /// The write the parts so far went to (while a part is with the
    /// writer, it is there: see [`Txn::reclaim`]).
    staged: Option<Box<dyn Staged + 'a>>,
    /// The thread applying the parts, if the load has one.
    writer: Option<Writer<'a>>,
    /// The engine cannot stage: everything stays in the overlay.
    whole: bool,
    /// Records gaining sources in this part, kept decoded, per keyspace: a
    /// fact stated again and again (an entity's kind in every part of a
    /// long article) or an entity named by every document of a corpus
    /// gains a source each time, and decoding and re-encoding the growing
    /// record for each made a load O(n²) in its statements. Encoded into
    /// the overlay when the part is taken; a byte-level put or delete of
    /// the key replaces it.
    open: Vec<FxHashMap<Vec<u8>, Open>>,
    /// Per keyspace, the sorted runs the parts so far wrote of its
    /// entries, oldest first: only the keyspaces of [`runs::DEFERRED`]
    /// have any, and only once a part was written (see [`runs`]).
    runs: Vec<runs::Runs>,
    /// The writes to the keyspaces of [`runs::DEFERRED`] not yet taken, in
    /// the order they were made: never read back, so they need no map
    /// (the map's inserts were a tenth of a 1M load's CPU); sorted when
    /// taken.
    later: Vec<runs::Pending>,
    /// `names` is deferred too, as the keyspaces of [`runs::DEFERRED`]
    /// are: the loader knows every name without reading them (see
    /// `Loader::names_all`). Names fall all over their keyspace, so each
    /// part had rewritten most of its blocks.
    defer_names: bool,
    /// `vaet` is deferred too until the load first reads it (only to
    /// replace a document or to weigh an extracted fact against curated
    /// ones; then what waits is merged in, as for `names`). A reference's
    /// entry goes under the entity referred to, so a load's entries fall
    /// all over the keyspace: at a million facts its 60 parts wrote 5.9×
    /// the bytes of its entries in `vaet` blocks, 41% of all the block
    /// writes of the parts.
    defer_vaet: bool,
    /// The counters' next values (`Txn::counter`), once read: only this
    /// write changes them until it ends.
    counters: Vec<(&'static [u8], u64)>,
    /// The largest the overlay got (for the tests).
    #[cfg(test)]
    peak: usize,
}

impl<'a> Txn<'a> {
    fn new(kv: &'a dyn Kv) -> Self {
        Txn {
            kv,
            overlay: Space::ALL
                .iter()
                .map(|_| overlay::Overlay::default())
                .collect(),
            held: 0,
            limit: part_bytes(),
            staged: None,
            writer: None,
            whole: false,
            open: Space::ALL.iter().map(|_| FxHashMap::default()).collect(),
            runs: Space::ALL.iter().map(|_| runs::Runs::default()).collect(),
            later: Space::ALL
                .iter()
                .map(|_| runs::Pending::default())
                .collect(),
            defer_names: false,
            defer_vaet: true,
            counters: Vec::new(),
            #[cfg(test)]
            peak: 0,
        }
    }

    fn count(&mut self, bytes: usize) {
        self.held += bytes + ENTRY_COST;
        #[cfg(test)]
        {
            self.peak = self.peak.max(self.held);
        }
    }

    /// [`Txn::count`] for a deferred write: its bytes and its place in
    /// [`runs::Pending`], not a map entry (counted as one, they had made
    /// a 1M-fact load's parts half as large as their memory allowed, and
    /// each part costs a sorted run per keyspace, merged again later).
    fn count_pending(&mut self, bytes: usize) {
        self.held += bytes + runs::PENDING_ENTRY;
        #[cfg(test)]
        {
            self.peak = self.peak.max(self.held);
        }
    }

    /// Hands the overlay to the engine as one part when it has grown past
    /// the limit. Returns whether it did (what was read from the overlay
    /// is read from the engine from now on).
    fn spill_if_full(&mut self) -> Result<bool, Error> {
        if self.held < self.limit || self.whole {
            return Ok(false);
        }
        self.reclaim()?;
        if self.staged.is_none() {
            self.staged = self.kv.staged().map_err(storage)?;
            if self.staged.is_none() {
                self.whole = true;
                return Ok(false);
            }
        }
        let ops = self.take_ops();
        self.defer()?;
        match (self.writer.as_ref(), self.staged.take()) {
            (Some(writer), Some(staged)) => writer.send(staged, ops)?,
            (None, Some(mut staged)) => {
                let applied = staged.apply_part(ops).map_err(storage);
                self.staged = Some(staged);
                applied?;
            }
            (_, None) => {}
        }
        #[cfg(test)]
        tests::PARTS.with(|p| p.set(p.get() + 1));
        Ok(true)
    }

    /// Waits for the part with the writer, if any, and takes the staged
    /// write back from it.
    fn reclaim(&mut self) -> Result<(), Error> {
        let Some(writer) = self.writer.as_ref() else {
            return Ok(());
        };
        let applied = writer.wait();
        if let Some(staged) = writer.back.borrow_mut().take() {
            self.staged = Some(staged);
        }
        applied
    }

    /// Waits for the part with the writer, if any, before a read of the
    /// engine: the reads made while it writes must not see its blocks
    /// half-written. The staged write stays with the writer until
    /// [`Txn::reclaim`].
    fn settle(&self) -> Result<(), Error> {
        match self.writer.as_ref() {
            Some(writer) => {
                #[cfg(test)]
                if writer.busy.get() {
                    tests::SETTLED.with(|n| n.set(n.get() + 1));
                }
                writer.wait()
            }
            None => Ok(()),
        }
    }

    /// Whether parts of the write were handed to the engine (a failed
    /// load has them undone).
    fn spilled(&mut self) -> bool {
        let _ = self.reclaim();
        self.staged.is_some()
    }

    /// Writes the pending entries of each deferred keyspace as one sorted
    /// run.
    fn defer(&mut self) -> Result<(), Error> {
        for space in self.deferred_spaces() {
            let pending = &mut self.later[space.index()];
            if !pending.is_empty() {
                let runs = &mut self.runs[space.index()];
                runs.push_pending(pending).map_err(Error::Storage)?;
                #[cfg(test)]
                tests::MOST_RUNS.with(|m| m.set(m.get().max(runs.len())));
            }
        }
        Ok(())
    }

    /// Whether the writes to `s` wait in [`Txn::later`].
    fn deferred(&self, s: Space) -> bool {
        runs::is_deferred(s)
            || (s == Space::Names && self.defer_names)
            || (s == Space::Vaet && self.defer_vaet)
    }

    /// The keyspaces whose writes wait in [`Txn::later`].
    fn deferred_spaces(&self) -> Vec<Space> {
        let mut spaces = runs::DEFERRED.to_vec();
        if self.defer_names {
            spaces.push(Space::Names);
        }
        if self.defer_vaet {
            spaces.push(Space::Vaet);
        }
        spaces
    }

    /// Merges the runs of deferred keyspace `space` into its blocks, in
    /// one sorted pass, streamed: a block and a batch of block writes held
    /// at a time.
    fn merge_runs(&mut self, staged: &mut (dyn Staged + 'a), space: Space) -> Result<(), Error> {
        let files = self.runs[space.index()].take().map_err(Error::Storage)?;
        if files.is_empty() {
            return Ok(());
        }
        let mut writes = runs::Ahead::new(files).map_err(Error::Storage)?;
        // A load kept to small parts (one long text's) keeps its batches
        // in proportion.
        let batch = (self.limit / MERGE_BLOCK_BYTES).clamp(256, MERGE_BATCH);
        #[cfg(test)]
        tests::MOST_MERGED.with(|m| m.set(m.get().max(batch)));
        // Where the load has a writer (a second core), the merged blocks'
        // writes are made on a thread of their own too.
        if self.writer.is_some() {
            staged.apply_sorted_apart(space, &mut writes, batch)
        } else {
            staged.apply_sorted(space, &mut writes, batch)
        }
        .map_err(storage)
    }

    /// Stops deferring `names`: what waits goes to the overlay, or, once
    /// parts were written, its runs are merged into the blocks (as the
    /// commit would), so that names are read from the engine again.
    fn undefer_names(&mut self) -> Result<(), Error> {
        if !self.defer_names {
            return Ok(());
        }
        self.merge_names()?;
        self.defer_names = false;
        Ok(())
    }

    /// Merges the names written so far into the blocks (or the overlay)
    /// and goes on deferring those written after: the loader lets go of
    /// the names it holds (see `Loader::let_names_go`) and reads them back
    /// with [`Txn::get_merged_name`]. Undeferred for good instead, each
    /// part had rewritten most of the names' blocks (they fall all over
    /// the keyspace): at 10M facts, past the first 2.9M, every part.
    fn merge_names(&mut self) -> Result<(), Error> {
        if !self.defer_names {
            return Ok(());
        }
        #[cfg(test)]
        tests::UNDEFERRED.with(|u| {
            if u.get().is_none() {
                u.set(Some(tests::PARTS.with(Cell::get)))
            }
        });
        self.undefer(Space::Names)
    }

    /// Stops deferring `vaet` (see [`Txn::defer_vaet`]) before it is read.
    fn undefer_vaet(&mut self) -> Result<(), Error> {
        if self.defer_vaet {
            self.undefer(Space::Vaet)?;
            self.defer_vaet = false;
        }
        Ok(())
    }

    /// What waits of a conditionally deferred keyspace to the overlay, or,
    /// once parts were written, its runs merged into the blocks (as the
    /// commit would), so that it can be read from the engine.
    fn undefer(&mut self, space: Space) -> Result<(), Error> {
        self.reclaim()?;
        match self.staged.take() {
            None => {
                for (_, k, v) in self.later[space.index()].take(space) {
                    self.overlay[space.index()].insert(k, v);
                }
            }
            Some(mut staged) => {
                let pending = &mut self.later[space.index()];
                if !pending.is_empty() {
                    let run = pending.write_run().map_err(Error::Storage)?;
                    self.runs[space.index()].push(run).map_err(Error::Storage)?;
                }
                let merged = self.merge_runs(staged.as_mut(), space);
                self.staged = Some(staged);
                merged?;
            }
        }
        Ok(())
    }

    /// Makes every write permanent, at once.
    fn commit(mut self) -> Result<(), Error> {
        #[cfg(test)]
        tests::PEAK.with(|p| p.set(self.peak));
        self.reclaim()?;
        super::kv::trace("commit: last part with the writer applied");
        let mut ops = self.take_ops();
        match self.staged.take() {
            Some(mut staged) => {
                self.defer()?;
                super::kv::trace("commit: last runs written");
                if !ops.is_empty() {
                    staged.apply_part(ops).map_err(storage)?;
                }
                super::kv::trace("commit: last part applied");
                // Each deferred keyspace's runs merged into its blocks in
                // one sorted pass, streamed: a block and a batch of block
                // writes held at a time.
                for space in self.deferred_spaces() {
                    self.merge_runs(staged.as_mut(), space)?;
                    super::kv::trace(&format!("commit: {space:?} runs merged"));
                }
                let r = staged.commit().map_err(storage);
                super::kv::trace("commit: flushed");
                r
            }
            None => {
                // Nothing was staged: the deferred writes go in the one
                // write with the rest.
                for space in self.deferred_spaces() {
                    ops.extend(self.later[space.index()].take(space));
                }
                if ops.is_empty() {
                    return Ok(());
                }
                self.kv.apply(ops).map_err(storage)
            }
        }
    }

    /// A keyspace whose writes wait in [`Txn::later`] cannot be read: a
    /// read would miss them and the load would store a wrong answer. A bug
    /// if it happens (each reader undefers first), so an error in every
    /// build, not an assertion in debug ones: the load stops, nothing
    /// written.
    fn readable(&self, s: Space) -> Result<(), Error> {
        if self.deferred(s) {
            return Err(Error::Internal(format!(
                "the load read {s:?}, whose writes it defers"
            )));
        }
        Ok(())
    }

    fn get(&self, s: Space, k: &[u8]) -> Result<Option<Vec<u8>>, Error> {
        self.readable(s)?;
        self.get_written(s, k)
    }

    /// A name read while `names` is deferred, once it was merged (see
    /// [`Txn::merge_names`]): the engine has every name but those written
    /// since, which the loader holds.
    fn get_merged_name(&self, k: &[u8]) -> Result<Option<Vec<u8>>, Error> {
        self.get_written(Space::Names, k)
    }

    /// What the overlay, or else the engine, holds under `k`.
    fn get_written(&self, s: Space, k: &[u8]) -> Result<Option<Vec<u8>>, Error> {
        #[cfg(test)]
        tests::READS.with(|r| r.set(r.get() + 1));
        if let Some(open) = self.open[s.index()].get(k) {
            return Ok(Some(open.encode()));
        }
        let v = match self.overlay[s.index()].get(k) {
            Some(v) => v.clone(),
            None => {
                self.settle()?;
                self.kv.get(s, k).map_err(storage)?
            }
        };
        #[cfg(test)]
        tests::READ_BYTES.with(|r| r.set(r.get() + v.as_ref().map_or(0, Vec::len) as u64));
        Ok(v)
    }

    fn put(&mut self, s: Space, k: Vec<u8>, v: Vec<u8>) {
        if self.deferred(s) {
            self.count_pending(k.len() + v.len());
            self.later[s.index()].push(&k, Some(&v));
            return;
        }
        self.count(k.len() + v.len());
        self.forget_open(s, &k);
        self.overlay[s.index()].insert(k, Some(v));
    }

    /// Writes a fact's index entries ([`keys::put_index_entry`]): those
    /// of a deferred keyspace built straight into its pending writes.
    fn put_index(&mut self, fact: (Eid, Aid, &KeyValue, &Qualifiers), venc: &[u8]) {
        for space in keys::INDEX_SPACES {
            if self.deferred(space) {
                let pending = &mut self.later[space.index()];
                if let Some(n) = pending.push_built(|b| keys::put_index_entry(b, space, fact, venc))
                {
                    self.count_pending(n);
                }
            } else {
                let mut k = Vec::with_capacity(20 + venc.len());
                if keys::put_index_entry(&mut k, space, fact, venc) {
                    self.put(space, k, Vec::new());
                }
            }
        }
    }

    fn delete(&mut self, s: Space, k: Vec<u8>) {
        if self.deferred(s) {
            self.count_pending(k.len());
            self.later[s.index()].push(&k, None);
            return;
        }
        self.count(k.len());
        self.forget_open(s, &k);
        self.overlay[s.index()].insert(k, None);
    }

    /// A byte-level write of `k` replaces its open record, if any. Most
    /// keyspaces have none open: a look-up in an empty map still hashed
    /// the key (1% of a 100K-fact load's loader thread).
    fn forget_open(&mut self, s: Space, k: &[u8]) {
        let open = &mut self.open[s.index()];
        if !open.is_empty() {
            open.remove(k);
        }
    }

    /// The stored record under `k` in `s`, decoded once (by `read`) and
    /// kept for changes in place (see [`Txn::open`]).
    fn open_mut(
        &mut self,
        s: Space,
        k: &[u8],
        read: impl FnOnce(&[u8]) -> Result<Open, Error>,
    ) -> Result<Option<&mut Open>, Error> {
        if !self.open[s.index()].contains_key(k) {
            let Some(old) = self.get(s, k)? else {
                return Ok(None);
            };
            let rec = read(&old)?;
            self.count(k.len() + old.len());
            self.open[s.index()].insert(k.to_vec(), rec);
        }
        Ok(self.open[s.index()].get_mut(k))
    }

    /// The fact record under eavt key `k`, open for changes.
    fn fact_mut(&mut self, k: &[u8]) -> Result<Option<&mut FactHead>, Error> {
        let open = self.open_mut(Space::Eavt, k, |v| Ok(Open::Fact(decode(v, "fact")?)))?;
        Ok(open.map(|o| match o {
            Open::Fact(f) => f,
            Open::Entity(_) => unreachable!("eavt holds fact records"),
        }))
    }

    /// The entity record under `k` in `entities`, open for changes.
    fn entity_mut(&mut self, k: &[u8]) -> Result<Option<&mut EntityRecord>, Error> {
        let open = self.open_mut(Space::Entities, k, |v| {
            Ok(Open::Entity(decode(v, "entity")?))
        })?;
        Ok(open.map(|o| match o {
            Open::Entity(r) => r,
            Open::Fact(_) => unreachable!("entities holds entity records"),
        }))
    }

    /// Keys with this prefix as they would be after commit.
    fn keys_with_prefix(&self, s: Space, prefix: &[u8]) -> Result<Vec<Vec<u8>>, Error> {
        #[cfg(test)]
        tests::SCANS.with(|r| r.set(r.get() + 1));
        self.readable(s)?;
        let mut merged: BTreeMap<Vec<u8>, bool> = BTreeMap::new();
        self.settle()?;
        for item in self.kv.scan_prefix(s, prefix) {
            let (k, _) = item.map_err(storage)?;
            merged.insert(k, true);
        }
        self.overlay[s.index()].for_prefix(prefix, |k, live| {
            merged.insert(k.to_vec(), live);
        });
        #[cfg(test)]
        tests::READS.with(|r| r.set(r.get() + merged.len() as u64));
        Ok(merged
            .into_iter()
            .filter(|(_, live)| *live)
            .map(|(k, _)| k)
            .collect())
    }

    /// The counter's next value, taken. Read once per load: read again
    /// after each part, from the engine, it waited for the writer to
    /// finish the part just handed over (in the entities pass, at each
    /// part's first new entity, so the loader and the writer took turns).
    fn counter(&mut self, key: &'static [u8]) -> Result<u64, Error> {
        let cur = match self.counters.iter().find(|(k, _)| *k == key) {
            Some(&(_, n)) => n,
            None => {
                let n = match self.get(Space::Meta, key)? {
                    Some(v) => eid_of(&v)?,
                    None => 1,
                };
                self.counters.push((key, n));
                n
            }
        };
        if let Some(c) = self.counters.iter_mut().find(|(k, _)| *k == key) {
            c.1 = cur + 1;
        }
        self.put(Space::Meta, key.to_vec(), (cur + 1).to_be_bytes().to_vec());
        Ok(cur)
    }

    /// Empties the overlay into writes (not the deferred keyspaces').
    fn take_ops(&mut self) -> Vec<WriteOp> {
        for (overlay, open) in self.overlay.iter_mut().zip(self.open.iter_mut()) {
            for (k, rec) in open.drain() {
                overlay.insert(k, Some(rec.encode()));
            }
        }
        let mut ops = Vec::with_capacity(self.overlay.iter().map(overlay::Overlay::len).sum());
        for (space, map) in Space::ALL.iter().zip(self.overlay.iter_mut()) {
            map.take_sorted(|k, v| {
                #[cfg(test)]
                tests::WRITE_BYTES
                    .with(|w| w.set(w.get() + (k.len() + v.as_ref().map_or(0, Vec::len)) as u64));
                ops.push((*space, k, v));
            });
        }
        self.held = 0;
        ops
    }
}

fn conflict(doc: &str, msg: String) -> Error {
    Error::Input(format!("{doc}: {msg}"))
}

/// The attribute of the date an extracted document was read as published
/// on (`load --published`), a fact of the document itself.
pub const PUBLISHED_ATTR: &str = "published";

/// A stable fingerprint of a document's content and facts (FNV-1a), the
/// one [`parts::Fingerprint`] computes a piece at a time.
fn fingerprint(d: &DocumentFacts) -> u64 {
    // An extracted document is known by its text: what extraction makes of
    // it depends on the names the store knows at the time (a curated file
    // of the same document adds some), and reloading an unchanged file
    // must change nothing.
    if let (true, Some(text)) = (is_extracted(d), &d.text) {
        let text_only = parts::Fingerprint::of_extracted(&d.doc, text);
        // Read as published on a date (load --published): another date
        // reads the text again; the same date changes nothing.
        let published = d.facts.iter().find(|f| {
            f.subject == d.doc && f.attribute == PUBLISHED_ATTR && f.source.background.is_some()
        });
        return match published {
            Some(f) => {
                crate::util::fnv1a(bincode::serialize(&(text_only, &f.value)).unwrap_or_default())
            }
            None => text_only,
        };
    }
    // Facts as schema 2 encoded them, and the qualifiers that are not the
    // default after them: a file without qualifiers keeps the fingerprint
    // an older seedkb stored, so reloading it after an upgrade still
    // changes nothing.
    let mut f = parts::Fingerprint::new(&d.doc, d.text.as_deref(), d.entities.len());
    for e in &d.entities {
        f.entity(e);
    }
    f.start_facts(d.facts.len());
    for fact in &d.facts {
        f.fact(fact);
    }
    f.finish()
}

struct Loader<'s, 'k> {
    store: &'s Store,
    txn: Txn<'k>,
    attrs: FxHashMap<String, Aid>,
    /// (document, entity) pairs whose doc_index key is written.
    subjects: FxHashSet<(DocId, Eid)>,
    /// What `put_fact` needs to know of the values already stored under an
    /// (entity, attribute), read once and then kept up to date: rescanning
    /// them for every fact made loading n values of one attribute O(n²).
    values: FxHashMap<(Eid, Aid), Values>,
    /// For `curated_elsewhere`: the quantities and dates curated facts
    /// state about an entity or about what refers to it (encoded values).
    /// Read once per entity; dropped when a curated fact or an unload
    /// could change it.
    curated_values: HashMap<Eid, HashSet<KeyValue>>,
    /// For `supersede_extracted`: per entity, the eavt keys of its
    /// quantities and dates with an extracted source, by value; and the
    /// entities it refers to. Read once per entity, kept up to date,
    /// dropped on unload.
    extracted_by_value: HashMap<Eid, HashMap<KeyValue, BTreeSet<Vec<u8>>>>,
    refs_of: HashMap<Eid, BTreeSet<Eid>>,
    /// The quantities and dates curated facts state about an entity.
    curated_own: HashMap<Eid, HashSet<KeyValue>>,
    /// Names found by `lookup` (by `name_key`), kept across parts: each
    /// fact looks up its subject and a reference its target, which went to
    /// the engine once a part had taken the name out of the overlay (7.6%
    /// of a 1M load's CPU). Only names that exist are kept, so only a delete
    /// (`unload`) changes one; names the load writes are kept too.
    /// Emptied past [`NAMES_KEPT`] names.
    names: RefCell<names::NameIds>,
    /// Every name stored is in `names`: the store had none or few when
    /// the load began (`stored_names`) and `names` was never emptied since. A name not there is
    /// then not stored, with no read of the engine (a read for each new
    /// entity's name and aliases: 3% of a 1M-fact load into a new store).
    names_all: std::cell::Cell<bool>,
    /// The names let go of while `names` is still deferred (see
    /// [`Loader::let_names_go`]): one not among them, nor in `names`, is
    /// not stored.
    let_go: names::LetGo,
    /// The last plain source `stored` made, by document and quote: an
    /// entity's facts share its quote, which was hashed twice and copied
    /// for each of them.
    last_source: RefCell<Option<(DocId, String, StoredSource)>>,
    /// The last fact's subject and its entity: a document's facts come
    /// an entity at a time (at 100K generated facts, 81% share the fact
    /// before's subject), each looked up by its name's key and hash.
    /// Forgotten when a name is kept or removed.
    last_subject: RefCell<Option<(String, Eid)>>,
    /// Entities this load made (see [`FRESH_KEPT`]) and what it stated
    /// about them: everything stored about such an entity is this load's,
    /// so what is not here is not stored, and a bulk load into a new
    /// store needs no reads back for curated-wins (reading each entity's
    /// facts back, once per part, was most of a large load's reads).
    fresh: fresh::FreshEntities,
    /// The sentences of the document being written, by their words: a
    /// quote that is one is stored as its range (`store::text`). One
    /// document's at a time (`Loader::quotes_of`): every document's, noted
    /// by the first pass, had been held to the commit (~25 bytes a
    /// sentence: ~50 MB at 10M generated facts, growing with the load).
    quotes: Rc<super::text::QuoteSpans>,
    /// The document whose sentences `quotes` holds.
    quotes_doc: Option<DocId>,
    /// Documents' sentence tables made by the first pass, where their
    /// texts are read anyway, for the entity and fact passes (each had
    /// split and hashed every text again: the table made twice per
    /// document); a table leaves with its document's facts, and past
    /// [`NOTED_KEPT`] sentences in all a pass makes its own as before.
    noted: FxHashMap<DocId, Rc<super::text::QuoteSpans>>,
    /// The sentences `noted` holds.
    noted_len: usize,
    /// Extracted facts its curated ones removed.
    removed: Removed,
}

/// The shortest text whose segmenting `doc_facts` hands to another thread
/// (a thread costs ~20 µs; jieba, ~15 µs a sentence).
const SEGMENT_APART: usize = 512;

/// Whether `text` is split and segmented apart from its facts, on
/// another thread (see [`Loader::doc_facts_segmented`]): it is long enough
/// to be worth a thread, and there is a core for it.
pub(super) fn segments_apart(text: &str) -> bool {
    let apart = text.len() >= SEGMENT_APART && segment_apart();
    #[cfg(test)]
    if apart {
        tests::SEGMENTED_APART.with(|n| n.set(n.get() + 1));
    }
    apart
}

/// Whether a text is segmented on another thread: there is a core for it.
fn segment_apart() -> bool {
    #[cfg(test)]
    if let Some(apart) = tests::APART.with(Cell::get) {
        return apart;
    }
    static CORES: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *CORES.get_or_init(|| std::thread::available_parallelism().is_ok_and(|n| n.get() > 1))
}

/// The most sentences [`Loader::noted`] holds (~32 bytes each: ~16 MB;
/// a million generated facts are ~180K sentences).
const NOTED_KEPT: usize = 1 << 19;

/// Document `id`'s sentence table, as [`Loader::note_quotes`] notes it
/// when `noted` sentences are noted already: none past [`NOTED_KEPT`].
fn spans_to_note(id: DocId, text: &str, noted: usize) -> Option<super::text::QuoteSpans> {
    if noted >= NOTED_KEPT {
        return None;
    }
    let mut quotes = super::text::QuoteSpans::default();
    quotes.add_doc(id, text);
    Some(quotes)
}

/// [`spans_to_note`] with the text's sentences as they were split, for
/// its segmenting (`None` for a text of 4 GB or more).
fn spans_to_note_split(
    id: DocId,
    text: &str,
    noted: usize,
) -> Option<(super::text::QuoteSpans, Option<search::Split>)> {
    if noted >= NOTED_KEPT {
        return None;
    }
    let mut quotes = super::text::QuoteSpans::default();
    if u32::try_from(text.len()).is_err() {
        return Some((quotes, None));
    }
    let mut split = Some(search::Split::default());
    quotes.add_sentences(
        id,
        crate::text::sentences(text).inspect(|s| {
            if split.as_mut().and_then(|k| k.push(s)).is_none() {
                split = None;
            }
        }),
    );
    Some((quotes, split))
}

/// The most entities [`Loader::fresh`] follows in slots (48 bytes each,
/// more for one with over seven attributes or over two references); those
/// made after are followed a part at a time (see `fresh`).
const FRESH_KEPT: usize = 1 << 18;

/// [`FRESH_KEPT`], or less for a test.
fn fresh_kept() -> usize {
    #[cfg(test)]
    if let Some(n) = tests::FRESH_LIMIT.with(Cell::get) {
        return n;
    }
    FRESH_KEPT
}

/// The most names [`Loader::names`] holds (~25 bytes each and the name's
/// bytes: ~35 MB).
const NAMES_KEPT: usize = 1 << 19;

/// The most names a store may hold for a load to read them all as it
/// begins (`stored_names`): the bundled seeds' ~200 and a few small loads'.
const NAMES_READ_FIRST: usize = 1 << 14;

/// Every name the store holds, by `name_key`, if it holds no more than
/// [`NAMES_READ_FIRST`]: the load then reads no name from the engine.
/// With the seeds stored (every `seedkb load` but `--no-seeds`), each
/// part's first look-up of a new name had waited for the part before it
/// to be written (1.99 s of a busy 1M-fact load). `None` also when one
/// cannot be read: the load's look-ups then read them, and say why.
fn stored_names(kv: &dyn Kv) -> Option<names::NameIds> {
    let mut names = names::NameIds::default();
    for (i, entry) in kv.scan_prefix(Space::Names, &[]).enumerate() {
        let (k, v) = entry.ok()?;
        if i >= NAMES_READ_FIRST {
            return None;
        }
        names.insert(String::from_utf8(k).ok()?, eid_of(&v).ok()?);
    }
    Some(names)
}

/// [`NAMES_KEPT`], or less for a test.
fn names_kept() -> usize {
    #[cfg(test)]
    if let Some(n) = tests::NAMES_LIMIT.with(Cell::get) {
        return n;
    }
    NAMES_KEPT
}

/// The values of one (entity, attribute), as far as curated-wins cares.
#[derive(Default)]
struct Values {
    /// Some value has a curated source.
    curated: bool,
    /// Some value may have an extracted source: those of `stored` with one
    /// are found when a curated value comes (once: extracted values are
    /// kept out after it). A set of their keys cost a clone and an insert
    /// per extracted fact, most of a bulk load's facts.
    extracted: bool,
    /// Every eavt key of the (entity, attribute) when they were read (empty
    /// for a state started empty), and every one `put_fact` wrote since: a
    /// key not among them is not stored, and a new fact needs no lookup of
    /// its record — it was one read of the engine per fact.
    stored: KeySet,
}

/// A set of keys: in a vector while they are few (most entities have one
/// or two values of an attribute), in a hash set past that. A hash set
/// for each (entity, attribute) allocated and grew its table at each
/// one's first fact, 2% of a 100K-fact load's instructions on the loader's
/// thread; a lone key is held without a vector (an allocation per
/// (entity, attribute)).
#[derive(Default)]
enum KeySet {
    #[default]
    Empty,
    One(Vec<u8>),
    Few(Vec<Vec<u8>>),
    Many(FxHashSet<Vec<u8>>),
}

/// The most keys a [`KeySet`] compares one by one.
const FEW_KEYS: usize = 8;

impl KeySet {
    fn contains(&self, k: &[u8]) -> bool {
        match self {
            KeySet::Empty => false,
            KeySet::One(x) => x.as_slice() == k,
            KeySet::Few(keys) => keys.iter().any(|x| x.as_slice() == k),
            KeySet::Many(keys) => keys.contains(k),
        }
    }

    fn insert(&mut self, k: Vec<u8>) {
        match self {
            KeySet::Empty => *self = KeySet::One(k),
            KeySet::One(x) => {
                if *x != k {
                    *self = KeySet::Few(vec![std::mem::take(x), k]);
                }
            }
            KeySet::Few(keys) if keys.len() < FEW_KEYS => {
                if !keys.contains(&k) {
                    keys.push(k);
                }
            }
            KeySet::Few(keys) => {
                let mut set: FxHashSet<Vec<u8>> = std::mem::take(keys).into_iter().collect();
                set.insert(k);
                *self = KeySet::Many(set);
            }
            KeySet::Many(keys) => {
                keys.insert(k);
            }
        }
    }

    fn iter(&self) -> Box<dyn Iterator<Item = &Vec<u8>> + '_> {
        match self {
            KeySet::Empty => Box::new(std::iter::empty()),
            KeySet::One(x) => Box::new(std::iter::once(x)),
            KeySet::Few(keys) => Box::new(keys.iter()),
            KeySet::Many(keys) => Box::new(keys.iter()),
        }
    }
}

impl Store {
    /// Loads documents in one atomic write. A document already loaded with
    /// the same content is left alone; one with different content replaces
    /// the earlier version.
    pub fn load(&self, docs: &[DocumentFacts]) -> Result<LoadReport, Error> {
        self.load_inner(docs, None)
    }

    /// Loads the first documents of a new database and marks it initialized
    /// in the same atomic write, so a failed first load is retried on the
    /// next open rather than leaving an empty database behind.
    /// `seed_fingerprint` records which bundled seeds were loaded (None for
    /// a database made empty on purpose).
    pub fn initialize(
        &self,
        docs: &[DocumentFacts],
        seed_fingerprint: Option<&[u8]>,
    ) -> Result<LoadReport, Error> {
        self.load_inner(docs, Some(seed_fingerprint))
    }

    fn load_inner(
        &self,
        docs: &[DocumentFacts],
        initialize: Option<Option<&[u8]>>,
    ) -> Result<LoadReport, Error> {
        let _turn = self.write_turn()?;
        let mut loader = Loader::new(self);
        let mut report = LoadReport::default();
        let mut names = OneOfEachName::default();
        for doc in docs {
            names.admit(&doc.doc, is_extracted(doc))?;
        }
        let passes = loader.three_passes(
            docs.len(),
            &mut |i| Ok(Cow::Borrowed(&docs[i])),
            &mut report,
        );
        if passes.is_ok() {
            if let Some(seeds) = initialize {
                loader
                    .txn
                    .put(Space::Meta, super::META_INITIALIZED.to_vec(), vec![1]);
                if let Some(fp) = seeds {
                    loader
                        .txn
                        .put(Space::Meta, super::META_SEEDS.to_vec(), fp.to_vec());
                }
            }
        }
        self.end_load(loader, passes, &mut report)?;
        Ok(report)
    }

    /// Every load ends here: committed when its passes went well, else
    /// the parts written so far are undone (the staged write is dropped
    /// uncommitted). Readers may have seen parts of a staged write, so
    /// what they cached goes either way.
    fn end_load(
        &self,
        mut loader: Loader,
        passes: Result<(), Error>,
        report: &mut LoadReport,
    ) -> Result<(), Error> {
        let passes = passes.and_then(|()| loader.report_removed(report));
        if let Err(e) = passes {
            let spilled = loader.txn.spilled();
            drop(loader);
            if spilled {
                self.reload_attrs()?;
            }
            return Err(e);
        }
        super::kv::trace("commit begins");
        let committed = loader.into_txn().commit();
        self.reload_attrs()?;
        committed
    }
}

/// Two documents of one name in one load would replace each other, and
/// the report would count both: refused before anything is written.
/// The documents of one load by name (and whether extracted): two of one
/// name would replace each other, so the second is refused.
#[derive(Default)]
pub(super) struct OneOfEachName(HashSet<(String, bool)>);

impl OneOfEachName {
    pub(super) fn admit(&mut self, doc: &str, extracted: bool) -> Result<(), Error> {
        if self.0.insert((doc.to_string(), extracted)) {
            return Ok(());
        }
        Err(Error::Input(format!(
            "two documents named '{doc}' in one load; the store is unchanged"
        )))
    }
}

/// The `i`th document of a load, borrowed from a slice or read back whole.
pub(super) type DocAt<'d, 'f> = &'f mut dyn FnMut(usize) -> Result<Cow<'d, DocumentFacts>, Error>;

impl Loader<'_, '_> {
    /// `load`'s three passes over `count` documents: old versions out, then
    /// every entity, then every fact, so a fact may be about an entity that
    /// a document later in the call defines (a dump lists documents by
    /// name, not in the order they were loaded). `doc_at` is asked for a
    /// changed document once per pass.
    pub(super) fn three_passes(
        &mut self,
        count: usize,
        doc_at: DocAt<'_, '_>,
        report: &mut LoadReport,
    ) -> Result<(), Error> {
        let mut ids = Vec::with_capacity(count);
        for i in 0..count {
            let doc = doc_at(i)?;
            let id = self.begin_doc(&doc, report)?;
            if let Some(id) = id {
                self.note_quotes(id, doc.text.as_deref());
            }
            ids.push(id);
            self.spill_if_full()?;
        }
        for (i, id) in ids.iter().enumerate() {
            if let Some(id) = id {
                self.doc_entities(&*doc_at(i)?, *id, report)?;
            }
        }
        for (i, id) in ids.iter().enumerate() {
            if let Some(id) = id {
                self.doc_facts(&*doc_at(i)?, *id, report)?;
            }
        }
        Ok(())
    }
}

/// [`DocRecord`](crate::store::DocRecord) with its strings borrowed (bincode encodes `&str` as it
/// encodes `String`; a test holds them equal).
#[derive(serde::Serialize)]
struct DocRecordOf<'a> {
    id: DocId,
    name: &'a str,
    text: Option<&'a str>,
    fingerprint: u64,
    entities: u64,
    facts: u64,
    extracted: bool,
}

impl<'s> Loader<'s, 's> {
    /// A loader with nothing resolved yet: one per load (`load` and
    /// `load_in_parts` alike).
    fn new(store: &'s Store) -> Self {
        let stored = stored_names(store.kv());
        let names_all = stored.is_some();
        let mut txn = Txn::new(store.kv());
        txn.defer_names = names_all;
        Loader {
            store,
            txn,
            attrs: FxHashMap::default(),
            subjects: FxHashSet::default(),
            values: FxHashMap::default(),
            curated_values: HashMap::new(),
            extracted_by_value: HashMap::new(),
            refs_of: HashMap::new(),
            curated_own: HashMap::new(),
            names: RefCell::new(stored.unwrap_or_default()),
            names_all: std::cell::Cell::new(names_all),
            let_go: names::LetGo::default(),
            last_source: RefCell::new(None),
            last_subject: RefCell::new(None),
            fresh: fresh::FreshEntities::new(fresh_kept()),
            quotes: Default::default(),
            quotes_doc: None,
            noted: FxHashMap::default(),
            noted_len: 0,
            removed: Removed::default(),
        }
    }
}

impl<'k> Loader<'_, 'k> {
    /// The write, with everything else the loader holds (the names it
    /// resolved, the entities it made: ~100 MB at a million facts) let go,
    /// so that none of it is held through the commit's merge.
    fn into_txn(self) -> Txn<'k> {
        self.txn
    }
}

impl Loader<'_, '_> {
    /// Writes the overlay out as a part when it is full. What the loader
    /// remembers of the store is dropped with it: it is read again (from
    /// the engine, where the part now is) when needed, so memory stays
    /// bounded by the part size, not the input.
    fn spill_if_full(&mut self) -> Result<(), Error> {
        if self.txn.defer_names && self.names.borrow().len() >= names_kept() {
            self.let_names_go()?;
        }
        if self.txn.spill_if_full()? {
            self.fresh.part_done();
            self.subjects.clear();
            self.values.clear();
            self.curated_values.clear();
            self.extracted_by_value.clear();
            self.refs_of.clear();
            self.curated_own.clear();
        }
        Ok(())
    }

    /// Too many names to keep: the engine gets those written so far (the
    /// names' runs merged into its blocks, as the commit would), the
    /// loader lets go of the names it holds, noting them in `let_go`, and
    /// reads back those it needs. Names written from now on are deferred
    /// again, and kept until the next time.
    fn let_names_go(&mut self) -> Result<(), Error> {
        self.txn.merge_names()?;
        let mut names = self.names.borrow_mut();
        self.let_go.add(&names);
        names.clear();
        self.names_all.set(false);
        Ok(())
    }

    /// Notes the sentences of document `id`'s `text` for quotes unless
    /// they are noted already, letting the document before go: its
    /// entities and facts are written, and a source is always of the
    /// document being written.
    fn quotes_of(&mut self, id: DocId, text: Option<&str>) {
        if self.quotes_noted(id) {
            return;
        }
        let quotes = self.quotes_anew(id);
        if let Some(text) = text {
            quotes.add_doc(id, text);
        }
    }

    /// Makes document `id`'s sentences the quote table if they are noted
    /// already (see [`Loader::noted`]); whether they were.
    fn quotes_noted(&mut self, id: DocId) -> bool {
        if self.quotes_doc == Some(id) {
            return true;
        }
        match self.noted.get(&id) {
            Some(q) => {
                self.quotes = q.clone();
                self.quotes_doc = Some(id);
                true
            }
            None => false,
        }
    }

    /// Notes the sentences of document `id`'s `text` for the passes after
    /// this one, within [`NOTED_KEPT`] sentences in all.
    fn note_quotes(&mut self, id: DocId, text: Option<&str>) {
        if let Some(quotes) = text.and_then(|t| spans_to_note(id, t, self.noted_len)) {
            self.keep_noted(id, quotes);
        }
    }

    /// Keeps document `id`'s sentence table for the passes after this one
    /// (what [`Loader::note_quotes`] makes, made on another thread).
    fn keep_noted(&mut self, id: DocId, quotes: super::text::QuoteSpans) {
        self.noted_len += quotes.len();
        if let Some(old) = self.noted.insert(id, Rc::new(quotes)) {
            self.noted_len -= old.len();
        }
        if self.quotes_doc == Some(id) {
            self.quotes_doc = None;
        }
    }

    /// Lets document `id`'s noted sentences go: its facts are written.
    fn forget_quotes(&mut self, id: DocId) {
        if let Some(q) = self.noted.remove(&id) {
            self.noted_len -= q.len();
        }
    }

    /// The quote table emptied for document `id`'s sentences.
    fn quotes_anew(&mut self, id: DocId) -> &mut super::text::QuoteSpans {
        self.quotes_doc = Some(id);
        self.quotes = Default::default();
        Rc::get_mut(&mut self.quotes).expect("a table just made is not shared")
    }

    fn attr(&mut self, name: &str) -> Result<Aid, Error> {
        // The load's own first: a new store's attributes are all there,
        // found without the store's lock (and two ordered maps searched by
        // comparing strings were ~270 instructions a fact).
        if let Some(a) = self
            .attrs
            .get(name)
            .copied()
            .or_else(|| self.store.attr_id(name))
        {
            return Ok(a);
        }
        let id = u32::try_from(self.txn.counter(META_NEXT_AID)?)
            .map_err(|_| Error::Storage("too many attributes".into()))?;
        self.txn.put(
            Space::Dict,
            keys::attr_by_name(name),
            id.to_be_bytes().to_vec(),
        );
        self.txn
            .put(Space::Dict, keys::attr_by_id(id), name.as_bytes().to_vec());
        self.attrs.insert(name.to_string(), id);
        Ok(id)
    }

    fn doc_record(&self, name: &str, extracted: bool) -> Result<Option<DocRecord>, Error> {
        match self
            .txn
            .get(Space::Dict, &keys::doc_by_name(name, extracted))?
        {
            Some(id) => {
                let id = keys::doc_id_value(&id, name)?;
                match self.txn.get(Space::Dict, &keys::doc_by_id(id))? {
                    Some(v) => Ok(Some(decode(&v, "document")?)),
                    None => Ok(None),
                }
            }
            None => Ok(None),
        }
    }

    /// Removes the old version of a changed document and writes its record.
    /// Returns its id, or `None` when it is loaded already, unchanged.
    fn begin_doc(
        &mut self,
        doc: &DocumentFacts,
        report: &mut LoadReport,
    ) -> Result<Option<DocId>, Error> {
        self.begin_doc_of(doc, doc.facts.len(), report)
    }

    /// [`Loader::begin_doc`] for a document whose record counts `facts`
    /// facts, which need not be in `doc` (a load in parts gives them
    /// later).
    fn begin_doc_of(
        &mut self,
        doc: &DocumentFacts,
        facts: usize,
        report: &mut LoadReport,
    ) -> Result<Option<DocId>, Error> {
        let (fp, extracted) = (fingerprint(doc), is_extracted(doc));
        self.begin_doc_as(doc, Some(fp), extracted, doc.entities.len(), facts, report)
    }

    /// [`Loader::begin_doc_of`] for a document whose fingerprint, kind and
    /// counts are known without its entities and facts (a load by documents
    /// brings them later). A new document's fingerprint may be unknown yet
    /// (`None`: its check runs alongside the load): its record is then left
    /// to the caller ([`Loader::put_doc_record`], once it is known), so that
    /// it is written once.
    fn begin_doc_as(
        &mut self,
        doc: &DocumentFacts,
        fp: Option<u64>,
        extracted: bool,
        entities: usize,
        facts: usize,
        report: &mut LoadReport,
    ) -> Result<Option<DocId>, Error> {
        // (A text given apart, `Some("")`, is one too.)
        let new_text = extracted && doc.text.is_some();
        let id = match self.doc_record(&doc.doc, extracted)? {
            Some(d) if fp == Some(d.fingerprint) => {
                report.documents_unchanged += 1;
                return Ok(None);
            }
            Some(_) if fp.is_none() => {
                return Err(Error::Internal(format!(
                    "{}: compared with the store's without its fingerprint",
                    doc.doc
                )))
            }
            Some(d) => {
                // The same text read again (with another `--published`
                // date, or its fact file edited) is no other text taking
                // the name, which is what the loader is warned of. A text
                // given apart from `doc` (`Some("")`) is compared by its
                // caller.
                let same_text = doc.text.as_deref().is_some_and(|t| !t.is_empty())
                    && self.store.with_text(d.clone())?.text == doc.text;
                self.unload(d.id)?;
                report.documents_replaced += 1;
                if !same_text {
                    report.replaced_docs.push((d.name.clone(), d.facts));
                    if new_text {
                        report.new_texts.push(d.id);
                    }
                }
                d.id
            }
            None => {
                let id = u32::try_from(self.txn.counter(META_NEXT_DOC)?)
                    .map_err(|_| Error::Storage("too many documents".into()))?;
                if new_text {
                    report.new_texts.push(id);
                }
                id
            }
        };
        self.removed.loading.insert(id);
        // The text goes in chunks (`store::text`): the record says there
        // is one. A replaced document's old chunks go first.
        for k in self
            .txn
            .keys_with_prefix(Space::Dict, &keys::doc_text_prefix(id))?
        {
            self.txn.delete(Space::Dict, k);
        }
        if let Some(text) = &doc.text {
            for (i, chunk) in super::text::chunks(text) {
                self.put_text_chunk(id, i, super::text::stored_chunk(chunk)?)?;
            }
            // Quotes of this id may be ranges of the new text now (its
            // sentences are noted when its entities are written).
            self.last_source.replace(None);
        }
        self.txn.put(
            Space::Dict,
            keys::doc_by_name(&doc.doc, extracted),
            id.to_be_bytes().to_vec(),
        );
        if let Some(fp) = fp {
            self.put_doc_record(&DocRecordOf {
                id,
                name: &doc.doc,
                text: doc.text.as_deref().map(|_| ""),
                fingerprint: fp,
                entities: entities as u64,
                facts: facts as u64,
                extracted,
            });
        }
        Ok(Some(id))
    }

    /// Writes a document's record (its text, if any, goes in chunks: the
    /// record's is empty).
    fn put_doc_record(&mut self, rec: &DocRecordOf) {
        self.txn
            .put(Space::Dict, keys::doc_by_id(rec.id), encode(rec));
    }

    fn doc_entities(
        &mut self,
        doc: &DocumentFacts,
        id: DocId,
        report: &mut LoadReport,
    ) -> Result<(), Error> {
        self.quotes_of(id, doc.text.as_deref());
        for entity in &doc.entities {
            self.upsert_entity(entity, id, &doc.doc)?;
            report.entities += 1;
            self.spill_if_full()?;
        }
        for a in &doc.attribute_order {
            self.attr(a)?;
        }
        Ok(())
    }

    fn doc_facts(
        &mut self,
        doc: &DocumentFacts,
        id: DocId,
        report: &mut LoadReport,
    ) -> Result<(), Error> {
        self.doc_facts_segmented(doc, id, None, None, report)
    }

    /// [`Loader::doc_facts`] of a document whose text `ready` holds split
    /// and segmented already (see [`segments_apart`]; a load by documents
    /// segments the next document's text while this one's facts are
    /// written), or, without it, segmented here; `found`: where the
    /// checks found its facts' quotes, if they say.
    pub(super) fn doc_facts_segmented(
        &mut self,
        doc: &DocumentFacts,
        id: DocId,
        ready: Option<search::Segmented>,
        found: Option<search::QuotesAt>,
        report: &mut LoadReport,
    ) -> Result<(), Error> {
        self.quotes_of(id, doc.text.as_deref());
        self.attr(KIND_ATTR)?;
        let (segmented, links) = match ready {
            Some(segmented) => (Some(segmented), self.write_facts(doc, id, found, report)),
            None => {
                // The text is split into sentences on another thread
                // while the facts are written: the same records, sooner,
                // on a machine with a core to spare.
                let apart = doc.text.as_deref().filter(|t| segments_apart(t));
                std::thread::scope(|scope| {
                    let segmenting = apart.map(|t| scope.spawn(move || search::segment(t)));
                    let links = self.write_facts(doc, id, found, report);
                    let segmented = segmenting
                        .map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)));
                    (segmented, links)
                })
            }
        };
        let links = links?;
        if let Some(text) = &doc.text {
            match segmented {
                Some(segmented) => {
                    for rec in search::attach(segmented, links) {
                        self.put_sentence(id, &rec)?;
                    }
                }
                None => self.index_sentences(id, text, links)?,
            }
        }
        self.forget_quotes(id);
        report.documents_loaded += 1;
        Ok(())
    }

    /// `doc_facts`' facts written; the links of the sentence index.
    fn write_facts<'d>(
        &mut self,
        doc: &'d DocumentFacts,
        id: DocId,
        found: Option<search::QuotesAt>,
        report: &mut LoadReport,
    ) -> Result<Vec<(Vec<u8>, Link<'d>)>, Error> {
        let mut links: Vec<(Vec<u8>, Link)> = Vec::new();
        let mut placing = search::Placing::new(found);
        for fact in &doc.facts {
            // Every fact's, written or not: `found` is in their order.
            let link = placing.link(fact);
            if let Some(key) = self.write_fact(&doc.doc, fact, id)? {
                // Links are for the sentence index: none without a text
                // (one large file of facts without quotes).
                if doc.text.is_some() {
                    links.push((key, link));
                }
                report.facts += 1;
            } else {
                report.superseded += 1;
            }
            self.spill_if_full()?;
        }
        Ok(links)
    }

    fn lookup(&self, name: &str) -> Result<Option<Eid>, Error> {
        // Most names are their own key (no case, no white space or
        // quotes): looked up without building it (a String per fact was
        // 4% of a 1M-fact load's CPU).
        let key = match key_as_is(name) {
            true => Cow::Borrowed(name),
            false => Cow::Owned(name_key(name)),
        };
        if let Some(e) = self.names.borrow().get(key.as_ref()) {
            return Ok(Some(e));
        }
        if self.names_all.get() {
            return Ok(None);
        }
        // Still deferred: the engine has the names let go of (and the
        // loader every name written since).
        let deferred = self.txn.defer_names;
        if deferred && !self.let_go.may_hold(key.as_ref()) {
            return Ok(None);
        }
        let key = key.into_owned();
        #[cfg(test)]
        tests::NAME_READS.with(|r| r.set(r.get() + 1));
        let read = match deferred {
            true => self.txn.get_merged_name(key.as_bytes())?,
            false => self.txn.get(Space::Names, key.as_bytes())?,
        };
        match read {
            Some(v) => {
                let e = eid_of(&v)?;
                self.keep_name(key, e);
                Ok(Some(e))
            }
            None => {
                #[cfg(test)]
                tests::NAMES_NOT_FOUND.with(|r| r.set(r.get() + 1));
                Ok(None)
            }
        }
    }

    /// Remembers that the name with this `name_key` is `e`'s (found, or
    /// just written).
    fn keep_name(&self, key: String, e: Eid) {
        self.last_subject.borrow_mut().take();
        let mut names = self.names.borrow_mut();
        // While names are deferred the loader keeps every one it writes
        // (the engine has them only once merged); `spill_if_full` lets
        // them go.
        if names.len() >= names_kept() && !self.txn.defer_names {
            names.clear();
        }
        names.insert(key, e);
    }

    fn entity_record(&self, e: Eid) -> Result<Option<EntityRecord>, Error> {
        match self.txn.get(Space::Entities, &keys::entity_prefix(e))? {
            Some(v) => Ok(Some(decode(&v, "entity")?)),
            None => Ok(None),
        }
    }

    fn upsert_entity(&mut self, ent: &Entity, doc: DocId, doc_name: &str) -> Result<(), Error> {
        let src = self.stored(&ent.source, doc, &ent.alias_background);
        let mut superseded = BTreeSet::new();
        let e = match self.lookup(&ent.name)? {
            Some(e) => {
                let rec = self
                    .txn
                    .entity_mut(&keys::entity_prefix(e))?
                    .ok_or_else(|| Error::Storage(format!("entity '{}' is missing", ent.name)))?;
                if name_key(&rec.name) != name_key(&ent.name) {
                    return Err(conflict(
                        doc_name,
                        format!(
                            "entity '{}' has the same name as an alias of '{}'",
                            ent.name, rec.name
                        ),
                    ));
                }
                // Curated wins, whichever came first: an extracted source
                // is not added beside a curated one, and a curated source
                // takes the place of the extracted ones (their kind facts
                // go too, in `put_fact`), as if the curated file had been
                // loaded before the text — even when the text took it for
                // another kind.
                let curated = rec.sources.iter().any(|s| !s.extracted);
                if src.extracted && curated {
                    // Whatever kind the text took it for: the curated
                    // kind stands in either order.
                    return Ok(());
                }
                if !src.extracted && !curated {
                    rec.kind.clone_from(&ent.kind);
                }
                if rec.kind != ent.kind {
                    return Err(conflict(
                        doc_name,
                        format!(
                            "entity '{}' is a {} here but a {} already",
                            ent.name, ent.kind, rec.kind
                        ),
                    ));
                }
                if !src.extracted {
                    rec.sources.retain(|s| {
                        if s.extracted {
                            superseded.insert(s.doc);
                        }
                        !s.extracted
                    });
                }
                for a in &ent.aliases {
                    if !rec.aliases.contains(a) {
                        rec.aliases.push(a.clone());
                    }
                }
                let grows = !rec.sources.iter().any(|s| s.doc == doc);
                if grows {
                    rec.sources.push(src.clone());
                    self.txn.count(src.quote.len());
                }
                e
            }
            None => {
                let e = self.txn.counter(META_NEXT_EID)?;
                let rec = EntityRecord {
                    name: ent.name.clone(),
                    kind: ent.kind.clone(),
                    aliases: ent.aliases.clone(),
                    sources: vec![src.clone()],
                };
                self.txn
                    .put(Space::Entities, keys::entity_prefix(e), encode(&rec));
                self.txn.put(
                    Space::Names,
                    name_key(&ent.name).into_bytes(),
                    e.to_be_bytes().to_vec(),
                );
                self.keep_name(name_key(&ent.name), e);
                self.fresh.insert(e);
                e
            }
        };
        for alias in &ent.aliases {
            let key = name_key(alias);
            match self.lookup(alias)? {
                Some(other) if other != e => {
                    let other = self
                        .entity_record(other)?
                        .map(|r| r.name)
                        .unwrap_or_default();
                    return Err(conflict(
                        doc_name,
                        format!("alias '{alias}' of '{}' already names '{other}'", ent.name),
                    ));
                }
                Some(_) => {}
                None => {
                    self.txn.put(
                        Space::Names,
                        key.clone().into_bytes(),
                        e.to_be_bytes().to_vec(),
                    );
                    self.keep_name(key, e);
                }
            }
        }
        let kind_attr = self.attr(KIND_ATTR)?;
        self.put_fact(
            e,
            kind_attr,
            (&KeyValue::Text(ent.kind.clone()), &Qualifiers::default()),
            String::new(),
            src,
            doc,
        )?;
        // The document brought the entity even when its kind fact is
        // superseded by a curated one: `unload` must find it.
        self.index_subject(doc, e);
        // Documents whose extracted source went are no longer indexed
        // under the entity unless a fact of theirs is still about it.
        self.unindex_subject(e, &superseded)?;
        Ok(())
    }

    /// Writes the doc_index key saying that `doc` brought something about `e`.
    fn index_subject(&mut self, doc: DocId, e: Eid) {
        if self.subjects.insert((doc, e)) {
            self.txn
                .put(Space::DocIndex, keys::doc_subject(doc, e), Vec::new());
        }
    }

    fn key_value(&self, v: &Value, doc: &str) -> Result<(KeyValue, String), Error> {
        Ok(match v {
            Value::Text(s) => (KeyValue::Text(s.clone()), String::new()),
            Value::Ref(name) => {
                let e = self.lookup(name)?.ok_or_else(|| {
                    conflict(doc, format!("reference to unknown entity '{name}'"))
                })?;
                (KeyValue::Ref(e), String::new())
            }
            Value::Quantity(q) => (quantity_key(q), q.text.clone()),
            Value::Date(d) => (
                KeyValue::Date {
                    year: d.year,
                    month: d.month,
                    day: d.day,
                    doc_offset: d.doc_offset,
                },
                d.text.clone(),
            ),
        })
    }

    /// One fact of document `doc_name` (id `id`) written: its subject must
    /// be an entity by now, and kind is the entity's, not a fact's. The
    /// fact's key when it was stored (a curated value can keep it out).
    fn write_fact(
        &mut self,
        doc_name: &str,
        fact: &Fact,
        id: DocId,
    ) -> Result<Option<Vec<u8>>, Error> {
        let e = self.subject_of(fact)?.ok_or_else(|| {
            conflict(
                doc_name,
                format!("fact about unknown entity '{}'", fact.subject),
            )
        })?;
        if fact.attribute == KIND_ATTR {
            return Err(conflict(
                doc_name,
                format!(
                    "'{}': kind is set by the entity, not by a fact",
                    fact.subject
                ),
            ));
        }
        let a = self.attr(&fact.attribute)?;
        let (v, text) = self.key_value(&fact.value, doc_name)?;
        let src = self.stored(&fact.source, id, &[]);
        self.put_fact(e, a, (&v, &fact.qualifiers), text, src, id)
    }

    /// The entity `fact` is about: [`Loader::lookup`] of its subject, or
    /// the last fact's entity when it has the same subject.
    fn subject_of(&self, fact: &Fact) -> Result<Option<Eid>, Error> {
        if let Some((name, e)) = self.last_subject.borrow().as_ref() {
            if *name == fact.subject {
                return Ok(Some(*e));
            }
        }
        let found = self.lookup(&fact.subject)?;
        if let Some(e) = found {
            let mut last = self.last_subject.borrow_mut();
            match last.as_mut() {
                Some((name, old)) => {
                    name.clone_from(&fact.subject);
                    *old = e;
                }
                None => *last = Some((fact.subject.clone(), e)),
            }
        }
        Ok(found)
    }

    fn put_fact(
        &mut self,
        e: Eid,
        a: Aid,
        // The value and its qualifiers: together, what the fact states.
        (v, q): (&KeyValue, &Qualifiers),
        text: String,
        src: StoredSource,
        doc: DocId,
    ) -> Result<Option<Vec<u8>>, Error> {
        // Curated facts win: an extracted value of an attribute that has a
        // curated value is not stored; a curated value removes the extracted
        // values of its attribute.
        // One probe of `values` finds or fills the state (a look-up, then
        // an insert and a look-up again, had hashed (e, a) three times).
        let state = match self.values.entry((e, a)) {
            std::collections::hash_map::Entry::Occupied(known) => known.into_mut(),
            std::collections::hash_map::Entry::Vacant(slot) => {
                let mut state = Values::default();
                // A new entity without a fact of this attribute yet has
                // none to read.
                if self.fresh.has_attr(e, a) != Some(false) {
                    let mut stored = KeySet::default();
                    let prefix = keys::eavt(e, a, &[]);
                    for k in self.txn.keys_with_prefix(Space::Eavt, &prefix)? {
                        let Some(old) = self.txn.get(Space::Eavt, &k)? else {
                            continue;
                        };
                        let rec: FactHead = decode(&old, "fact")?;
                        state.curated |= rec.curated > 0;
                        state.extracted |= rec.extracted > 0;
                        stored.insert(k);
                    }
                    state.stored = stored;
                }
                slot.insert(state)
            }
        };
        if src.extracted {
            if state.curated {
                return Ok(None);
            }
        } else {
            let mut docs = BTreeSet::new();
            if std::mem::take(&mut state.extracted) {
                // In key order, as the removed facts are reported.
                let mut keys: Vec<Vec<u8>> = state.stored.iter().cloned().collect();
                keys.sort_unstable();
                for k in keys {
                    docs.extend(self.drop_extracted_sources(&k)?);
                }
            }
            self.unindex_subject(e, &docs)?;
        }
        if src.extracted && self.curated_elsewhere(e, v)? {
            return Ok(None);
        }
        let src_extracted = src.extracted;
        let key = keys::eavt_fact(e, a, v, q);
        let venc = &key[keys::EAVT_HEAD..];
        // `stored` has the keys written since it was read too (below): a
        // look-up of each new fact's key in the overlay's map was 4% of a
        // 100K-fact load's instructions on the loader's thread.
        let absent = self
            .values
            .get(&(e, a))
            .is_some_and(|s| !s.stored.contains(&key));
        let stored = if absent {
            false
        } else {
            self.txn.fact_mut(&key)?.is_some()
        };
        let added = if stored {
            let again = self
                .txn
                .fact_mut(&key)?
                .and_then(|head| head.first.as_ref())
                .is_some_and(|f| same_source(f, &src));
            if !again {
                if let Some(sk) = self.free_source_key(&key, &src)? {
                    if let Some(head) = self.txn.fact_mut(&key)? {
                        head.count(src_extracted, 1);
                        let seq = head.next;
                        head.next += 1;
                        self.txn
                            .put(Space::Sources, sk, encode(&SourceEntry::new(seq, &src)));
                    }
                }
            }
            None
        } else {
            self.txn.put_index((e, a, v, q), venc);
            if let KeyValue::Ref(target) = v {
                // `e` now refers to the target: what it states counts there.
                self.curated_values.remove(target);
            }
            let mut head = FactHead {
                text,
                first: Some(src),
                qualifiers: q.clone(),
                ..FactHead::default()
            };
            head.count(src_extracted, 1);
            head.next = 1;
            Some(head)
        };
        let target = match v {
            KeyValue::Ref(t) => Some(*t),
            _ => None,
        };
        self.fresh.note(e, a, target, src_extracted);
        let state = self.values.entry((e, a)).or_default();
        if src_extracted {
            state.extracted = true;
        } else {
            state.curated = true;
            self.curated_values.clear();
        }
        if added.is_some() {
            // The only write that makes an eavt key: with it, `stored`
            // keeps every key of (e, a) until the overlay is taken (and the
            // state with it).
            state.stored.insert(key.clone());
        }
        if let Some(head) = added {
            self.txn.put(Space::Eavt, key.clone(), head.encode());
        }
        // What the document brought is found again through its subjects
        // (`unload` reads their facts): one doc_index key per subject, not
        // one per fact — a sixth of the keys a load writes.
        self.index_subject(doc, e);
        if src_extracted {
            if let Some(map) = self.extracted_by_value.get_mut(&e) {
                map.entry(v.clone()).or_default().insert(key.clone());
            }
        } else {
            self.supersede_extracted(e, v)?;
        }
        if let KeyValue::Ref(target) = v {
            if let Some(refs) = self.refs_of.get_mut(&e) {
                refs.insert(*target);
            }
        }
        Ok(Some(key))
    }

    /// A curated fact (`e`, _, `v`) supersedes the extracted facts that
    /// `curated_elsewhere` keeps out when the curated one comes first: the
    /// same quantity or date stated about `e` or about what `e` refers to,
    /// and, for a reference to `t`, the quantities and dates of `e` stated
    /// about `t`. So the end state does not depend on which was loaded first.
    fn supersede_extracted(&mut self, e: Eid, v: &KeyValue) -> Result<(), Error> {
        match v {
            KeyValue::Quantity { .. } | KeyValue::Date { .. } => {
                if let Some(own) = self.curated_own.get_mut(&e) {
                    own.insert(v.clone());
                }
                // `e`, then what it refers to (read before either is
                // stripped); without a list of both made for it (a vector
                // and its growth per quantity or date, 3.5% of `put_fact`).
                let refs = self.refs(e)?;
                self.strip_extracted(e, std::slice::from_ref(v))?;
                for t in refs {
                    self.strip_extracted(t, std::slice::from_ref(v))?;
                }
            }
            KeyValue::Ref(t) => {
                if self.fresh.extracted(*t) == Some(false) {
                    // Nothing extracted about the target to strip.
                    return Ok(());
                }
                if !self.curated_own.contains_key(&e) {
                    let set: HashSet<KeyValue> = self
                        .measures_and_dates(e)?
                        .into_iter()
                        .filter(|(_, _, rec)| rec.curated > 0)
                        .map(|(_, value, _)| value)
                        .collect();
                    self.curated_own.insert(e, set);
                }
                let values: Vec<KeyValue> = self.curated_own[&e].iter().cloned().collect();
                if !values.is_empty() {
                    self.strip_extracted(*t, &values)?;
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// The quantity and date facts about `e` — what "curated facts win"
    /// compares — each with its key and record.
    fn measures_and_dates(&self, e: Eid) -> Result<Vec<(Vec<u8>, KeyValue, FactHead)>, Error> {
        let mut out = Vec::new();
        for k in self
            .txn
            .keys_with_prefix(Space::Eavt, &keys::entity_prefix(e))?
        {
            let value = fact_value(&k)?;
            if !matches!(value, KeyValue::Quantity { .. } | KeyValue::Date { .. }) {
                continue;
            }
            if let Some(old) = self.txn.get(Space::Eavt, &k)? {
                out.push((k, value, decode(&old, "fact")?));
            }
        }
        Ok(out)
    }

    /// The entities `e` refers to (read once, then kept up to date).
    fn refs(&mut self, e: Eid) -> Result<Vec<Eid>, Error> {
        if let Some(refs) = self.fresh.refs(e) {
            return Ok(refs);
        }
        if !self.refs_of.contains_key(&e) {
            let mut set = BTreeSet::new();
            for k in self
                .txn
                .keys_with_prefix(Space::Eavt, &keys::entity_prefix(e))?
            {
                if let KeyValue::Ref(t) = fact_value(&k)? {
                    set.insert(t);
                }
            }
            self.refs_of.insert(e, set);
        }
        Ok(self.refs_of[&e].iter().copied().collect())
    }

    /// Removes the extracted sources of the facts about `e` with one of
    /// `values` (and the facts left with none).
    fn strip_extracted(&mut self, e: Eid, values: &[KeyValue]) -> Result<(), Error> {
        if self.fresh.extracted(e) == Some(false) {
            // Made by this load, which stated nothing extracted about it.
            return Ok(());
        }
        if !self.extracted_by_value.contains_key(&e) {
            let mut map: HashMap<KeyValue, BTreeSet<Vec<u8>>> = HashMap::new();
            for (k, value, rec) in self.measures_and_dates(e)? {
                if rec.extracted > 0 {
                    map.entry(value).or_default().insert(k);
                }
            }
            self.extracted_by_value.insert(e, map);
        }
        let mut keys = Vec::new();
        if let Some(map) = self.extracted_by_value.get_mut(&e) {
            for v in values {
                if let Some(ks) = map.remove(v) {
                    keys.extend(ks);
                }
            }
        }
        if keys.is_empty() {
            return Ok(());
        }
        let mut docs = BTreeSet::new();
        for k in keys {
            docs.extend(self.drop_extracted_sources(&k)?);
        }
        self.unindex_subject(e, &docs)?;
        // Sets read before no longer hold.
        self.values.clear();
        Ok(())
    }

    /// Removes the extracted sources of one fact (the fact too when none is
    /// left); returns the documents that lost one.
    fn drop_extracted_sources(&mut self, k: &[u8]) -> Result<Vec<DocId>, Error> {
        let Some(old) = self.txn.get(Space::Eavt, k)? else {
            return Ok(Vec::new());
        };
        let mut rec: FactHead = decode(&old, "fact")?;
        if rec.extracted == 0 {
            return Ok(Vec::new());
        }
        let mut docs = Vec::new();
        if let Some(first) = rec.first.take_if(|f| f.extracted) {
            docs.push(first.doc);
        }
        for (sk, doc, entry) in self.source_entries(&keys::source_prefix(k))? {
            if entry.extracted {
                docs.push(doc);
                self.txn.delete(Space::Sources, sk);
            }
        }
        self.count_removed(k, &rec.text, &docs)?;
        rec.extracted = 0;
        if rec.sources() == 0 {
            self.delete_fact(k)?;
        } else {
            self.txn.put(Space::Eavt, k.to_vec(), encode(&rec));
        }
        Ok(docs)
    }

    /// Counts the extracted sources of the fact at `k` from `docs` that a
    /// curated fact removes: facts of documents stored before the load
    /// are reported removed, those of its own documents left out.
    fn count_removed(&mut self, k: &[u8], text: &str, docs: &[DocId]) -> Result<(), Error> {
        let bad = |e: keys::DamagedKey| Error::Storage(format!("damaged fact key: {e}"));
        let (e, a, _) = keys::parse_eavt(k).map_err(bad)?;
        if a == self.attr(KIND_ATTR)? {
            return Ok(());
        }
        for d in docs {
            if self.removed.loading.contains(d) {
                self.removed.here += 1;
                continue;
            }
            *self.removed.by_doc.entry(*d).or_default() += 1;
            if self.removed.listed.len() < REMOVED_LISTED {
                self.removed.listed.push((*d, e, a, text.to_string()));
            }
        }
        Ok(())
    }

    /// Puts what [`Loader::count_removed`] counted into `report`, with
    /// names: the facts of this load's documents move from `facts` to
    /// `superseded` (they never reached the store).
    fn report_removed(&mut self, report: &mut LoadReport) -> Result<(), Error> {
        let removed = std::mem::take(&mut self.removed);
        report.facts = report.facts.saturating_sub(removed.here);
        report.superseded += removed.here;
        let mut doc_names = HashMap::new();
        for &d in removed.by_doc.keys() {
            let name = match self.txn.get(Space::Dict, &keys::doc_by_id(d))? {
                Some(v) => decode::<DocRecord>(&v, "document")?.name,
                None => format!("#{d}"),
            };
            doc_names.insert(d, name);
        }
        report.removed = removed.by_doc.values().sum();
        report.removed_by_doc = removed
            .by_doc
            .iter()
            .map(|(d, n)| (doc_names[d].clone(), *n))
            .collect();
        for (d, e, a, value) in removed.listed {
            let subject = match self.entity_record(e)? {
                Some(r) => r.name,
                None => format!("#{e}"),
            };
            let attribute = self
                .attrs
                .iter()
                .find(|(_, id)| **id == a)
                .map_or_else(|| self.store.attr_name(a), |(n, _)| n.clone());
            report.removed_facts.push(RemovedFact {
                doc: doc_names[&d].clone(),
                subject,
                attribute,
                value,
            });
        }
        Ok(())
    }

    /// Removes the doc_index keys of `docs` for `e` where a document no
    /// longer brings anything about `e` (its extracted facts superseded).
    fn unindex_subject(&mut self, e: Eid, docs: &BTreeSet<DocId>) -> Result<(), Error> {
        if docs.is_empty() {
            return Ok(());
        }
        let mut still: HashSet<DocId> = HashSet::new();
        if let Some(rec) = self.entity_record(e)? {
            still.extend(rec.sources.iter().map(|s| s.doc));
        }
        for k in self
            .txn
            .keys_with_prefix(Space::Eavt, &keys::entity_prefix(e))?
        {
            if let Some(v) = self.txn.get(Space::Eavt, &k)? {
                let rec: FactHead = decode(&v, "fact")?;
                still.extend(rec.first.map(|s| s.doc));
            }
        }
        for k in self
            .txn
            .keys_with_prefix(Space::Sources, &keys::entity_prefix(e))?
        {
            let (_, doc, _) = keys::parse_source_key(&k)
                .map_err(|m| Error::Storage(format!("damaged sources key: {m}")))?;
            still.insert(doc);
        }
        for d in docs.iter().filter(|d| !still.contains(d)) {
            self.subjects.remove(&(*d, e));
            self.txn.delete(Space::DocIndex, keys::doc_subject(*d, e));
        }
        Ok(())
    }

    /// Whether a curated fact already states quantity or date `v` about
    /// entity `e` (under another attribute) or about something that refers
    /// to `e` (义县上级拨付资金 with recipient 义县 states 24387.9万元): then
    /// the extracted fact says the same thing less well.
    fn curated_elsewhere(&mut self, e: Eid, v: &KeyValue) -> Result<bool, Error> {
        if !matches!(v, KeyValue::Quantity { .. } | KeyValue::Date { .. }) {
            return Ok(false);
        }
        if let Some(set) = self.curated_values.get(&e) {
            return Ok(set.contains(v));
        }
        let mut subjects = vec![e];
        self.txn.undefer_vaet()?;
        for k in self
            .txn
            .keys_with_prefix(Space::Vaet, &keys::entity_prefix(e))?
        {
            let bad = |m: keys::DamagedKey| Error::Storage(format!("damaged vaet key: {m}"));
            subjects.push(keys::parse_vaet(&k).map_err(bad)?.2);
        }
        let mut set = HashSet::new();
        for s in subjects {
            for k in self
                .txn
                .keys_with_prefix(Space::Eavt, &keys::entity_prefix(s))?
            {
                let bad = |m: keys::DamagedKey| Error::Storage(format!("damaged fact key: {m}"));
                let value = keys::parse_eavt(&k).map_err(bad)?.2;
                if !matches!(value, KeyValue::Quantity { .. } | KeyValue::Date { .. })
                    || set.contains(&value)
                {
                    continue;
                }
                if let Some(old) = self.txn.get(Space::Eavt, &k)? {
                    let rec: FactHead = decode(&old, "fact")?;
                    if rec.curated > 0 {
                        set.insert(value);
                    }
                }
            }
        }
        let found = set.contains(v);
        self.curated_values.insert(e, set);
        Ok(found)
    }

    /// Writes a document's sentences.
    fn index_sentences(
        &mut self,
        doc: DocId,
        text: &str,
        links: Vec<(Vec<u8>, Link)>,
    ) -> Result<(), Error> {
        for rec in search::build(text, links) {
            self.put_sentence(doc, &rec)?;
        }
        Ok(())
    }

    /// One sentence of document `doc` into the index.
    fn put_sentence(&mut self, doc: DocId, rec: &search::SentenceRecord) -> Result<(), Error> {
        // Words that are the sentence's range of the text (as quotes are
        // noted: at their first place) are not stored again.
        let text = if self.quotes.is_range(doc, rec.start, &rec.text)
            && rec.text.len() == (rec.end - rec.start) as usize
        {
            ""
        } else {
            rec.text.as_str()
        };
        let stored = search::SentenceOf {
            index: rec.index,
            start: rec.start,
            end: rec.end,
            text,
            facts: search::FactKeys(&rec.facts),
        };
        self.txn.put(
            Space::Sentences,
            keys::sentence_key(doc, rec.index),
            // Room for every part: the fact keys (prefix-compressed, at
            // most their bytes and two lengths each) sized by a pass of
            // their own was that compression done twice.
            super::encode_in(
                &stored,
                16 + text.len() + rec.facts.iter().map(|k| k.len() + 4).sum::<usize>(),
            ),
        );
        // A long article's index is written in parts too.
        self.spill_if_full()
    }

    /// Removes a document's sentences (nothing else is keyed by them:
    /// schema 13 keeps no words).
    fn unindex_sentences(&mut self, doc: DocId) -> Result<(), Error> {
        for k in self
            .txn
            .keys_with_prefix(Space::Sentences, &keys::doc_prefix(doc))?
        {
            self.txn.delete(Space::Sentences, k);
        }
        Ok(())
    }

    /// Removes what one document brought: its sources from facts and
    /// entities, and whatever is left with no source at all.
    fn unload(&mut self, doc: DocId) -> Result<(), Error> {
        // Values go away below; they are read afresh when needed.
        self.values.clear();
        self.fresh.clear();
        self.curated_values.clear();
        self.extracted_by_value.clear();
        self.refs_of.clear();
        self.curated_own.clear();
        self.unindex_sentences(doc)?;
        let entries = self
            .txn
            .keys_with_prefix(Space::DocIndex, &keys::doc_prefix(doc))?;
        // Its index keys go below; a new version writes its own.
        self.subjects.retain(|(d, _)| *d != doc);
        let mut entities = Vec::new();
        for k in &entries {
            match keys::parse_doc_entry(k) {
                Ok((_, DocEntry::Fact(fact))) => self.remove_fact_source(fact, doc)?,
                Ok((_, DocEntry::Subject(e))) => {
                    for fact in self
                        .txn
                        .keys_with_prefix(Space::Eavt, &keys::entity_prefix(e))?
                    {
                        self.remove_fact_source(&fact, doc)?;
                    }
                    entities.push(e);
                }
                Err(_) => return Err(Error::Storage("damaged document index".into())),
            }
            self.txn.delete(Space::DocIndex, k.clone());
        }
        for e in entities {
            let Some(mut rec) = self.entity_record(e)? else {
                continue;
            };
            rec.sources.retain(|s| s.doc != doc);
            self.txn.undefer_vaet()?;
            let still_used = !self
                .txn
                .keys_with_prefix(Space::Eavt, &keys::entity_prefix(e))?
                .is_empty()
                || !self
                    .txn
                    .keys_with_prefix(Space::Vaet, &keys::entity_prefix(e))?
                    .is_empty();
            if rec.sources.is_empty() && !still_used {
                // A name deleted while deferred must not be read back from
                // the engine once let go of: names are undeferred first.
                if !self.names_all.get() {
                    self.txn.undefer_names()?;
                }
                self.txn.delete(Space::Entities, keys::entity_prefix(e));
                for n in std::iter::once(&rec.name).chain(rec.aliases.iter()) {
                    if self.lookup(n)? == Some(e) {
                        self.names.borrow_mut().remove(&name_key(n));
                        self.last_subject.borrow_mut().take();
                        self.txn.delete(Space::Names, name_key(n).into_bytes());
                    }
                }
            } else if !rec.sources.is_empty() {
                self.txn
                    .put(Space::Entities, keys::entity_prefix(e), encode(&rec));
            } else {
                // Defined only by this document but used by others (their
                // extraction found the name in the store): it takes its
                // source from a fact that uses it, or it would keep one
                // pointing into the old text, or have none and no kind line
                // in a dump.
                let Some(src) = self.borrowed_source(e)? else {
                    return Err(Error::Storage(format!(
                        "entity '{}' is used but has no source left",
                        rec.name
                    )));
                };
                rec.sources.push(src.clone());
                self.txn
                    .put(Space::Entities, keys::entity_prefix(e), encode(&rec));
                let kind_attr = self.attr(KIND_ATTR)?;
                let d = src.doc;
                self.put_fact(
                    e,
                    kind_attr,
                    (&KeyValue::Text(rec.kind.clone()), &Qualifiers::default()),
                    String::new(),
                    src,
                    d,
                )?;
                self.index_subject(d, e);
            }
        }
        Ok(())
    }

    /// A source of a fact about `e`, or of a fact referring to `e`.
    fn borrowed_source(&mut self, e: Eid) -> Result<Option<StoredSource>, Error> {
        self.txn.undefer_vaet()?;
        for k in self
            .txn
            .keys_with_prefix(Space::Eavt, &keys::entity_prefix(e))?
        {
            if let Some(s) = self.sources_of(&k)?.into_iter().next() {
                return Ok(Some(s));
            }
        }
        for k in self.txn.keys_with_prefix(Space::Vaet, &e.to_be_bytes())? {
            let mut r = keys::Reader::new(&k[8..]);
            let bad = |m: keys::DamagedKey| Error::Storage(format!("damaged vaet key: {m}"));
            let a = r.u32().map_err(bad)?;
            let subject = r.u64().map_err(bad)?;
            // The rest of the vaet key is the fact's qualifiers.
            let mut venc = keys::encode_value(&KeyValue::Ref(e));
            venc.extend_from_slice(r.rest());
            let fact = keys::eavt(subject, a, &venc);
            if let Some(s) = self.sources_of(&fact)?.into_iter().next() {
                return Ok(Some(s));
            }
        }
        Ok(None)
    }

    fn remove_fact_source(&mut self, eavt_key: &[u8], doc: DocId) -> Result<(), Error> {
        let Some(old) = self.txn.get(Space::Eavt, eavt_key)? else {
            return Ok(());
        };
        let mut rec: FactHead = decode(&old, "fact")?;
        // The document's sources of the fact are one range (and perhaps
        // the first).
        let mine = self.source_entries(&keys::source_doc_prefix(eavt_key, doc))?;
        let first = rec.first.take_if(|f| f.doc == doc);
        if mine.is_empty() && first.is_none() {
            return Ok(());
        }
        if let Some(f) = first {
            rec.count(f.extracted, -1);
        }
        for (sk, _, entry) in mine {
            rec.count(entry.extracted, -1);
            self.txn.delete(Space::Sources, sk);
        }
        if rec.sources() > 0 {
            self.txn.put(Space::Eavt, eavt_key.to_vec(), encode(&rec));
            return Ok(());
        }
        self.delete_fact(eavt_key)
    }

    /// The `sources` entries under `prefix` as this load sees them: key,
    /// document, entry.
    fn source_entries(&self, prefix: &[u8]) -> Result<Vec<(Vec<u8>, DocId, SourceEntry)>, Error> {
        let mut out = Vec::new();
        for k in self.txn.keys_with_prefix(Space::Sources, prefix)? {
            if let Some(v) = self.txn.get(Space::Sources, &k)? {
                let (doc, entry) = super::source_entry(&k, &v)?;
                out.push((k, doc, entry));
            }
        }
        Ok(out)
    }

    /// A fact's sources as this load sees them, in the order they were
    /// added.
    fn sources_of(&self, fact: &[u8]) -> Result<Vec<StoredSource>, Error> {
        let Some(v) = self.txn.get(Space::Eavt, fact)? else {
            return Ok(Vec::new());
        };
        let head: FactHead = decode(&v, "fact")?;
        let entries = self.source_entries(&keys::source_prefix(fact))?;
        Ok(assemble_sources(
            head.first,
            entries.into_iter().map(|(_, doc, entry)| (doc, entry)),
        ))
    }

    /// The `sources` key a new source `src` of the fact under eavt key
    /// `fact` takes, or None when the fact has one of the same document
    /// and quote. One read or two, whatever the number of sources the
    /// fact has.
    fn free_source_key(&self, fact: &[u8], src: &StoredSource) -> Result<Option<Vec<u8>>, Error> {
        let mut h = quote_hash(src);
        loop {
            let k = keys::source_key(fact, src.doc, h);
            let Some(v) = self.txn.get(Space::Sources, &k)? else {
                return Ok(Some(k));
            };
            let old: SourceEntry = decode(&v, "source")?;
            if old.quote == src.quote && old.span == src.span {
                return Ok(None);
            }
            // Another quote with the same hash: the next free one.
            h = h.wrapping_add(1);
        }
    }

    /// Deletes a fact and its index entries.
    fn delete_fact(&mut self, eavt_key: &[u8]) -> Result<(), Error> {
        let bad = |e: keys::DamagedKey| Error::Storage(format!("damaged fact key: {e}"));
        let (e, a, v, q) = keys::parse_eavt_q(eavt_key).map_err(bad)?;
        self.txn.delete(Space::Eavt, eavt_key.to_vec());
        for k in self
            .txn
            .keys_with_prefix(Space::Sources, &keys::source_prefix(eavt_key))?
        {
            self.txn.delete(Space::Sources, k);
        }
        for (space, k) in keys::index_entries(e, a, &v, &q) {
            self.txn.delete(space, k);
        }
        Ok(())
    }
}

/// Whether `a` and `b` are one source of a fact: the same document and
/// quote.
fn same_source(a: &StoredSource, b: &StoredSource) -> bool {
    a.doc == b.doc && a.quote == b.quote && a.span == b.span
}

/// A document all of whose facts and entities were extracted (the
/// extractor always gives at least the document's own entity).
pub fn is_extracted(d: &DocumentFacts) -> bool {
    (!d.entities.is_empty() || !d.facts.is_empty())
        && d.entities.iter().all(|e| e.source.extracted)
        && d.facts.iter().all(|f| f.source.extracted)
}

/// The value in an eavt key.
fn fact_value(k: &[u8]) -> Result<KeyValue, Error> {
    keys::parse_eavt(k)
        .map(|(_, _, value)| value)
        .map_err(|m| Error::Storage(format!("damaged fact key: {m}")))
}

impl Loader<'_, '_> {
    /// A source as a record keeps it: a quote that is a sentence of the
    /// document as its range of the text (schema 6).
    fn stored(
        &self,
        s: &Source,
        doc: DocId,
        alias_background: &[(String, String)],
    ) -> StoredSource {
        let plain = s.background.is_none() && alias_background.is_empty();
        if plain {
            if let Some((d, q, last)) = &*self.last_source.borrow() {
                if *d == doc && *q == s.quote {
                    return StoredSource {
                        extracted: s.extracted,
                        at: s.at,
                        ..last.clone()
                    };
                }
            }
        }
        let out = self
            .quotes
            .intern(StoredSource::new(s, doc, alias_background));
        if plain {
            *self.last_source.borrow_mut() = Some((doc, s.quote.clone(), out.clone()));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    /// A document without qualifiers has the fingerprint schema 2 gave
    /// it (the encoding of its facts then); one with qualifiers another.
    #[test]
    fn fingerprints_of_unqualified_documents_are_unchanged() {
        use crate::model::{Entity, Fact, Modality};
        // What fingerprints hash (records are encoded otherwise).
        use crate::store::encode_fixed as encode;
        #[derive(serde::Serialize)]
        struct FactV2<'a> {
            subject: &'a str,
            attribute: &'a str,
            value: &'a Value,
            source: &'a Source,
        }
        let source = Source::curated("a.txt", "甲县");
        let mut d = DocumentFacts {
            doc: "a.txt".into(),
            text: Some("甲县".into()),
            entities: vec![Entity {
                name: "甲县".into(),
                kind: "county".into(),
                aliases: vec![],
                source: source.clone(),
                alias_background: vec![],
            }],
            facts: vec![Fact {
                subject: "甲县".into(),
                attribute: "status".into(),
                value: Value::Text("好".into()),
                source: source.clone(),
                qualifiers: Qualifiers::default(),
            }],
            ..Default::default()
        };
        fn v2_of(d: &DocumentFacts) -> Vec<FactV2<'_>> {
            d.facts
                .iter()
                .map(|f| FactV2 {
                    subject: &f.subject,
                    attribute: &f.attribute,
                    value: &f.value,
                    source: &f.source,
                })
                .collect()
        }
        let old = crate::util::fnv1a(encode(&(&d.doc, &d.text, &d.entities, v2_of(&d))));
        assert_eq!(fingerprint(&d), old);
        d.facts[0].qualifiers.modality = Modality::Planned;
        assert_ne!(fingerprint(&d), old);
        // The qualifiers that are not the default, after the facts, as
        // (index, qualifiers) pairs: what databases since schema 3 stored.
        let mut bytes = encode(&(&d.doc, &d.text, &d.entities, &v2_of(&d)));
        bytes.extend(encode(&vec![(0usize, &d.facts[0].qualifiers)]));
        assert_eq!(fingerprint(&d), crate::util::fnv1a(bytes));
    }

    use super::*;
    use crate::model::{Entity, Fact, Num, Quantity, Unit};
    use crate::store::{OpenOptions, Resolution};

    thread_local! {
        /// Keys read by the loads of this thread: gets, and keys visited by
        /// prefix scans.
        pub(super) static READS: Cell<u64> = const { Cell::new(0) };
        /// Whether this thread's loads segment texts on another thread,
        /// when a test says.
        pub(super) static APART: Cell<Option<bool>> = const { Cell::new(None) };
        /// Whether this thread's loads by document apply their parts on a
        /// thread of their own: not unless a test says (the tests that
        /// count what the engine's layers do count it on their thread).
        pub(super) static WRITE_APART: Cell<bool> = const { Cell::new(false) };
        /// Parts this thread's loads handed to their writer thread.
        pub(super) static WRITTEN_APART: Cell<usize> = const { Cell::new(0) };
        /// Reads of the engine by this thread's loads that waited for a
        /// part with their writer thread.
        pub(super) static SETTLED: Cell<usize> = const { Cell::new(0) };
        /// The parts written when this thread's last load stopped
        /// deferring names (None: it did not).
        pub(super) static UNDEFERRED: Cell<Option<usize>> = const { Cell::new(None) };
        /// The most names this thread's loads keep, when a test sets it.
        pub(super) static NAMES_LIMIT: Cell<Option<usize>> = const { Cell::new(None) };
        /// `FRESH_KEPT` for this thread's loads.
        pub(super) static FRESH_LIMIT: Cell<Option<usize>> = const { Cell::new(None) };
        /// Documents this thread's loads segmented on another thread.
        pub(super) static SEGMENTED_APART: Cell<usize> = const { Cell::new(0) };
        /// The part size of this thread's loads, when a test sets it.
        pub(super) static PART_LIMIT: Cell<Option<usize>> = const { Cell::new(None) };
        /// The largest the overlay of this thread's last committed load got.
        pub(super) static PEAK: Cell<usize> = const { Cell::new(0) };
        /// Parts written by this thread's loads.
        pub(super) static PARTS: Cell<usize> = const { Cell::new(0) };
        /// The most sorted runs (open temporary files) one keyspace held.
        pub(super) static MOST_RUNS: Cell<usize> = const { Cell::new(0) };
        /// The most entries a commit merged into blocks at once.
        pub(super) static MOST_MERGED: Cell<usize> = const { Cell::new(0) };
        /// Bytes of values `Txn::get` returned on this thread.
        pub(super) static READ_BYTES: Cell<u64> = const { Cell::new(0) };
        /// Bytes of keys and values the loads of this thread handed to
        /// the engine (but the deferred keyspaces').
        pub(super) static WRITE_BYTES: Cell<u64> = const { Cell::new(0) };
        /// Names `Loader::lookup` read from the overlay or the engine.
        pub(super) static NAME_READS: Cell<u64> = const { Cell::new(0) };
        /// Reads of the keys under a prefix, each a search of the overlay
        /// and of the engine (found or not).
        pub(super) static SCANS: Cell<u64> = const { Cell::new(0) };
        /// Of `NAME_READS`, those that found no name (a new one).
        pub(super) static NAMES_NOT_FOUND: Cell<u64> = const { Cell::new(0) };
    }

    fn one_attribute(n: usize, extracted: bool) -> DocumentFacts {
        let source = |q: &str| Source {
            doc: "many.jsonl".into(),
            quote: q.into(),
            extracted,
            at: None,
            background: None,
        };
        DocumentFacts {
            doc: "many.jsonl".into(),
            entities: vec![Entity {
                name: "甲".into(),
                kind: "thing".into(),
                aliases: Vec::new(),
                source: source("甲"),
                alias_background: Vec::new(),
            }],
            facts: (1..=n as i128)
                .map(|i| Fact {
                    subject: "甲".into(),
                    attribute: "amount".into(),
                    value: Value::Quantity(Quantity {
                        value: Num(i * 1_000_000),
                        upper: None,
                        unit: Unit::Cny,
                        bound: crate::model::Bound::Exact,
                        text: format!("{i}元"),
                    }),
                    source: source(&format!("line {i}")),
                    qualifiers: Default::default(),
                })
                .collect(),
            ..Default::default()
        }
    }

    /// An extracted text that takes a curated entity for another kind
    /// (its own sentence, another document): the curated kind and source
    /// stand, in either order, and neither load is refused.
    #[test]
    fn a_curated_entity_keeps_its_kind_whatever_a_text_says_in_either_order() {
        let doc = |name: &str, kind: &str, extracted: bool| {
            let mut d = one_attribute(1, extracted);
            d.doc = name.into();
            d.entities[0].kind = kind.into();
            d.entities[0].source.doc = name.into();
            for f in &mut d.facts {
                f.source.doc = name.into();
            }
            d
        };
        let kinds = |order: [(&str, &str, bool); 2]| {
            let dir = tempfile::tempdir().unwrap();
            let store = empty_store(&dir);
            for (name, kind, extracted) in order {
                store
                    .load(&[doc(name, kind, extracted)])
                    .unwrap_or_else(|e| panic!("{name}: {e}"));
            }
            let e = jia(&store);
            let rec = store.entity(e).unwrap();
            let sources: Vec<(String, bool)> = rec
                .sources
                .iter()
                .map(|s| (store.doc_name(s.doc).unwrap_or_default(), s.extracted))
                .collect();
            (rec.kind.clone(), sources)
        };
        let curated = ("curated.toml", "prefecture", false);
        let text = ("article.txt", "thing", true);
        let want = (
            "prefecture".to_string(),
            vec![("curated.toml".to_string(), false)],
        );
        assert_eq!(kinds([curated, text]), want);
        assert_eq!(kinds([text, curated]), want);
    }

    /// An empty store (no seeds) in `dir`.
    fn empty_store(dir: &tempfile::TempDir) -> Store {
        let (store, _) = Store::open(&dir.path().join("db"), &OpenOptions::default()).unwrap();
        store.initialize(&[], None).unwrap();
        store
    }

    /// The id of 甲, the entity [`one_attribute`] states facts of.
    fn jia(store: &Store) -> Eid {
        let Resolution::Found(e) = store.resolve("甲").unwrap() else {
            panic!("甲 is not stored");
        };
        e
    }

    /// [`one_attribute`]'s one extracted fact stated `n` times, each in
    /// its own sentence.
    fn restated(n: i128, sentence: impl Fn(i128) -> String) -> DocumentFacts {
        let mut doc = one_attribute(1, true);
        let fact = doc.facts[0].clone();
        doc.facts = (0..n)
            .map(|i| {
                let mut f = fact.clone();
                f.source.quote = sentence(i);
                f
            })
            .collect();
        doc
    }

    /// Keys read to load `n` values of one attribute of one entity (with
    /// `refs`, references to n entities, and one quantity).
    fn reads(n: usize, extracted: bool, refs: bool) -> u64 {
        let dir = tempfile::tempdir().unwrap();
        let store = empty_store(&dir);
        let mut doc = one_attribute(if refs { 1 } else { n }, extracted);
        if refs {
            let source = doc.entities[0].source.clone();
            for i in 0..n {
                let name = format!("乙{i}");
                doc.entities.push(Entity {
                    name: name.clone(),
                    kind: "thing".into(),
                    aliases: Vec::new(),
                    source: source.clone(),
                    alias_background: Vec::new(),
                });
                doc.facts.push(Fact {
                    subject: "甲".into(),
                    attribute: "part".into(),
                    value: Value::Ref(name),
                    source: source.clone(),
                    qualifiers: Default::default(),
                });
            }
        }
        READS.with(|r| r.set(0));
        let report = store.load(&[doc]).unwrap();
        assert_eq!(report.facts, if refs { n + 1 } else { n });
        READS.with(Cell::get)
    }

    #[test]
    fn two_documents_of_one_name_in_one_load_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let store = empty_store(&dir);
        let err = store
            .load(&[one_attribute(2, false), one_attribute(3, false)])
            .unwrap_err();
        assert!(err.to_string().contains("two documents named 'many.jsonl'"));
        assert!(store.docs().unwrap().is_empty());
    }

    /// Each fact used to rescan every value of its (entity, attribute)
    /// already loaded (and, extracted, every fact of its entity): quadratic.
    /// Doubling the facts must about double the keys read.
    /// A name is looked up as it is only when it is its own key: every
    /// character of the Basic and Supplementary planes' first part agrees
    /// with `name_key`, alone and inside a name.
    #[test]
    fn names_looked_up_as_they_are_are_their_own_keys() {
        let mut as_is = 0;
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            for name in [c.to_string(), format!("甲{c}县")] {
                assert_eq!(
                    key_as_is(&name),
                    crate::model::name_key_folded(&name) == name,
                    "{name:?} (U+{:04X})",
                    c as u32
                );
            }
            as_is += usize::from(key_as_is(&c.to_string()));
        }
        assert!(as_is > 100_000, "{as_is}");
        assert!(!key_as_is("Ａ市") && !key_as_is("a b") && key_as_is("大河市"));
    }

    #[test]
    fn many_values_of_one_attribute_load_in_linear_reads() {
        for (extracted, refs) in [(false, false), (true, false), (false, true), (true, true)] {
            let (small, large) = (reads(400, extracted, refs), reads(800, extracted, refs));
            assert!(
                large * 10 <= small * 25,
                "extracted={extracted} refs={refs}: 400 facts read {small} keys, 800 read {large}"
            );
        }
    }

    /// A new value of an (entity, attribute) whose stored keys were read
    /// is known not to be stored: its record is not looked up (that was
    /// one engine read per fact of a bulk load).
    #[test]
    fn new_facts_are_not_looked_up_one_by_one() {
        for extracted in [false, true] {
            let n = 400;
            let read = reads(n, extracted, false);
            assert!(
                read < n as u64 / 4,
                "extracted={extracted}: {n} new facts read {read} keys"
            );
        }
    }

    /// One fact stated again and again (an entity's kind in every part of a
    /// long article): each statement is a source of the one record, which
    /// used to be read and decoded whole for each — quadratic in bytes.
    #[test]
    fn one_fact_stated_many_times_loads_in_linear_bytes() {
        let bytes = |n: i128| {
            let dir = tempfile::tempdir().unwrap();
            let store = empty_store(&dir);
            let doc = restated(n, |i| format!("第{i}次说到的那一句话"));
            READ_BYTES.with(|r| r.set(0));
            store.load(&[doc]).unwrap();
            let read = READ_BYTES.with(Cell::get);
            let a = store.attr_id("amount").unwrap();
            let e = jia(&store);
            let facts = store.facts_of(e).unwrap();
            let fact = facts.iter().find(|f| f.attr == a).unwrap();
            assert_eq!(
                fact.record.sources.len(),
                n as usize,
                "every statement is a source"
            );
            read
        };
        let (small, large) = (bytes(500), bytes(1000));
        assert!(
            large * 10 <= small * 25,
            "500 statements read {small} bytes, 1000 read {large}"
        );
    }

    /// One fact stated in many sentences of one long document loaded in
    /// many parts (the figures a long article repeats): each part added
    /// its sources to the one record, which was read, decoded and written
    /// whole again per part — quadratic in bytes read and written. Its
    /// sources are entries of their own now: the bytes per statement stay
    /// the same however many came before.
    #[test]
    fn one_fact_stated_in_many_parts_reads_and_writes_linear_bytes() {
        let load = |n: i128| {
            let dir = tempfile::tempdir().unwrap();
            let store = empty_store(&dir);
            let doc = restated(n, |i| format!("第{i}次说到同一个数的那一句话"));
            READ_BYTES.with(|r| r.set(0));
            WRITE_BYTES.with(|w| w.set(0));
            PARTS.with(|p| p.set(0));
            PART_LIMIT.with(|l| l.set(Some(8 * 1024)));
            let loaded = store.load(&[doc]);
            PART_LIMIT.with(|l| l.set(None));
            loaded.unwrap();
            let (read, written, parts) = (
                READ_BYTES.with(Cell::get),
                WRITE_BYTES.with(Cell::get),
                PARTS.with(Cell::get),
            );
            let a = store.attr_id("amount").unwrap();
            let e = jia(&store);
            let facts = store.facts_of(e).unwrap();
            let fact = facts.iter().find(|f| f.attr == a).unwrap();
            let quotes: Vec<&str> = fact.record.sources.iter().map(|s| s.quoted()).collect();
            let want: Vec<String> = (0..n)
                .map(|i| format!("第{i}次说到同一个数的那一句话"))
                .collect();
            assert_eq!(quotes, want, "every statement is a source, in order");
            assert!(store.check().unwrap().is_clean());
            (read, written, parts)
        };
        let (small, large) = (load(1000), load(4000));
        assert!(small.2 >= 10, "{} parts: too few to tell", small.2);
        assert!(
            large.0 * 10 <= small.0 * 45 && large.1 * 10 <= small.1 * 45,
            "1000 statements read {} and wrote {} bytes in {} parts; 4000 read {} and wrote {} in {}",
            small.0,
            small.1,
            small.2,
            large.0,
            large.1,
            large.2
        );
    }

    /// One entity named by many documents of one load (a city in every
    /// article of a corpus): each document is a source of its one record,
    /// which must not be read and decoded whole for each.
    #[test]
    fn one_entity_in_many_documents_loads_in_linear_bytes() {
        let bytes = |n: usize| {
            let dir = tempfile::tempdir().unwrap();
            let store = empty_store(&dir);
            let docs: Vec<DocumentFacts> = (0..n)
                .map(|i| {
                    let mut d = one_attribute(1, true);
                    let name = format!("第{i}篇.txt");
                    d.doc = name.clone();
                    d.entities[0].source.doc = name.clone();
                    d.facts[0].source.doc = name;
                    d
                })
                .collect();
            READ_BYTES.with(|r| r.set(0));
            store.load(&docs).unwrap();
            let read = READ_BYTES.with(Cell::get);
            let e = jia(&store);
            assert_eq!(
                store.entity(e).unwrap().sources.len(),
                n,
                "every document is a source"
            );
            read
        };
        let (small, large) = (bytes(300), bytes(600));
        assert!(
            large * 10 <= small * 25,
            "300 documents read {small} bytes, 600 read {large}"
        );
    }

    /// Every entry of every keyspace (blocks read as entries).
    pub(super) fn entries(store: &Store) -> Vec<(Space, Vec<u8>, Vec<u8>)> {
        let mut out = Vec::new();
        for s in Space::ALL {
            for item in store.kv().scan_prefix(s, &[]) {
                let (k, v) = item.unwrap();
                out.push((s, k, v));
            }
        }
        out
    }

    /// Loads `docs` into a fresh store with overlay parts of `limit` bytes
    /// (None: the default); returns the store, the overlay's peak and the
    /// parts written.
    fn load_in_parts(
        docs: &[DocumentFacts],
        limit: Option<usize>,
    ) -> (tempfile::TempDir, Store, usize, usize) {
        let dir = tempfile::tempdir().unwrap();
        let store = empty_store(&dir);
        PART_LIMIT.with(|l| l.set(limit));
        PARTS.with(|p| p.set(0));
        store.load(docs).unwrap();
        PART_LIMIT.with(|l| l.set(None));
        (dir, store, PEAK.with(Cell::get), PARTS.with(Cell::get))
    }

    fn generated(facts: u64) -> Vec<DocumentFacts> {
        let mut buf = Vec::new();
        crate::synth::generate(facts, 7, &mut buf).unwrap();
        let text = String::from_utf8(buf).unwrap();
        crate::ingest::jsonl::parse("gen.jsonl", &text, &|_| false).unwrap()
    }

    /// A load that read a keyspace whose writes wait would miss them: in
    /// every build that is an internal error (the load stops, nothing
    /// written), not a wrong answer; once undeferred, the writes are read.
    #[test]
    fn a_deferred_keyspace_is_not_read_until_undeferred() {
        let dir = tempfile::tempdir().unwrap();
        let store = empty_store(&dir);
        let mut txn = Txn::new(store.kv());
        let key = vec![1u8; 12];
        txn.put(Space::Vaet, key.clone(), Vec::new());
        assert!(matches!(
            txn.get(Space::Vaet, &key),
            Err(Error::Internal(_))
        ));
        assert!(matches!(
            txn.keys_with_prefix(Space::Vaet, &[1]),
            Err(Error::Internal(_))
        ));
        txn.undefer_vaet().unwrap();
        assert_eq!(txn.keys_with_prefix(Space::Vaet, &[1]).unwrap(), vec![key]);
    }

    /// The write set of a load is held in memory up to the part size, not
    /// whole: a load in many small parts holds little at any time and
    /// gives exactly the store a load in one part gives.
    /// A deferred write is counted as what it holds in its keyspace's
    /// pending buffer (bytes and a 32-byte slot), not as a map entry: a
    /// part then holds as many as its memory allows.
    #[test]
    fn deferred_writes_count_what_they_hold() {
        let dir = tempfile::tempdir().unwrap();
        let (store, _) = Store::open(&dir.path().join("db"), &OpenOptions::default()).unwrap();
        let mut txn = Txn::new(store.kv());
        assert_eq!(runs::PENDING_ENTRY, 32);
        for i in 0..1000u32 {
            txn.put(Space::Aevt, [i.to_be_bytes(); 5].concat(), Vec::new());
        }
        assert_eq!(txn.held, 1000 * (20 + runs::PENDING_ENTRY));
        txn.put(Space::Eavt, vec![1; 20], vec![2; 10]);
        assert_eq!(
            txn.held,
            1000 * (20 + runs::PENDING_ENTRY) + 30 + ENTRY_COST
        );
    }

    /// A text segmented on another thread while its facts are written
    /// gives the store that segmenting it after them gives.
    #[test]
    fn texts_segmented_apart_store_the_same() {
        let docs = generated(3000);
        let long = docs
            .iter()
            .filter(|d| d.text.as_ref().is_some_and(|t| t.len() >= SEGMENT_APART))
            .count();
        assert!(long > 3, "{long} long texts");
        let mut stores = Vec::new();
        for apart in [false, true] {
            APART.with(|a| a.set(Some(apart)));
            SEGMENTED_APART.with(|n| n.set(0));
            stores.push(load_in_parts(&docs, None));
            APART.with(|a| a.set(None));
            let segmented = SEGMENTED_APART.with(Cell::get);
            assert_eq!(segmented, if apart { long } else { 0 });
        }
        assert_eq!(entries(&stores[0].1), entries(&stores[1].1));
    }

    #[test]
    fn a_load_in_parts_holds_one_part_and_stores_the_same() {
        let docs = generated(3000);
        let (_a, whole, whole_peak, whole_parts) = load_in_parts(&docs, None);
        let limit = 16 * 1024;
        let (_b, parted, peak, parts) = load_in_parts(&docs, Some(limit));
        assert_eq!(whole_parts, 0);
        assert!(parts > 20, "{parts} parts");
        // One step (a document's record with its text, a sentence) may
        // overshoot the limit; the whole write set is far larger.
        assert!(peak <= limit + 16 * 1024, "peak {peak}");
        assert!(whole_peak > 20 * peak, "whole {whole_peak}, parted {peak}");
        assert_eq!(entries(&whole), entries(&parted));
        // Replacing every document, in parts, is the same as at once too.
        let mut changed = docs.clone();
        for d in &mut changed {
            d.facts.pop();
        }
        PART_LIMIT.with(|l| l.set(Some(limit)));
        parted.load(&changed).unwrap();
        PART_LIMIT.with(|l| l.set(None));
        whole.load(&changed).unwrap();
        assert_eq!(entries(&whole), entries(&parted));
    }

    /// The index entries a load only writes (`aevt`, `avet`, `words`)
    /// reach their blocks once, at the commit, however many parts the load
    /// has: each part merging its entries into the blocks rewrote most of
    /// them (`avet`'s and `words`' entries fall all over their keyspace).
    #[test]
    fn a_load_in_parts_writes_the_blocks_of_its_index_entries_once() {
        let docs = generated(3000);
        let written = |limit| {
            crate::store::packed::BLOCK_BYTES.with(|b| b.borrow_mut().fill(0));
            let (dir, store, _, parts) = load_in_parts(&docs, limit);
            let bytes = crate::store::packed::BLOCK_BYTES.with(|b| b.borrow().clone());
            (dir, store, parts, bytes)
        };
        let (_a, whole, _, once) = written(None);
        MOST_RUNS.with(|m| m.set(0));
        let (_b, parted, parts, bytes) = written(Some(16 * 1024));
        assert!(parts > 20, "{parts} parts");
        // Runs are folded before they pass the bound on open files: the
        // stores below must still be equal.
        assert!(parts > runs::MAX_RUNS, "{parts} parts");
        let most = MOST_RUNS.with(Cell::get);
        assert!(most <= runs::MAX_RUNS, "{most} runs of one keyspace held");
        for s in runs::DEFERRED {
            let (once, parted) = (once[s.index()], bytes[s.index()]);
            assert!(once > 0, "{s:?}");
            // The slices of the merge may each rewrite the block at their
            // seam; nothing more.
            assert!(
                parted * 10 <= once * 12,
                "{s:?}: {parted} bytes of blocks written in {parts} parts, {once} at once"
            );
        }
        assert_eq!(entries(&whole), entries(&parted));
    }

    /// A load into a store without names writes its names as it writes
    /// the index entries: as runs merged into the blocks once, at the
    /// commit (names fall all over their keyspace: each part had
    /// rewritten most of its blocks). Past the names the loader keeps,
    /// they go to the engine and are read from it again, with the same
    /// result.
    #[test]
    fn a_load_into_a_new_store_writes_the_blocks_of_its_names_once() {
        let docs = generated(3000);
        let written = |limit, kept| {
            crate::store::packed::BLOCK_BYTES.with(|b| b.borrow_mut().fill(0));
            NAMES_LIMIT.with(|n| n.set(kept));
            UNDEFERRED.with(|u| u.set(None));
            let (dir, store, _, parts) = load_in_parts(&docs, limit);
            NAMES_LIMIT.with(|n| n.set(None));
            let bytes = crate::store::packed::BLOCK_BYTES.with(|b| b.borrow().clone());
            (dir, store, parts, bytes[Space::Names.index()])
        };
        let (_a, whole, _, once) = written(None, None);
        let (_b, parted, parts, bytes) = written(Some(16 * 1024), None);
        assert_eq!(UNDEFERRED.with(Cell::get), None);
        assert!(parts > 20, "{parts} parts");
        assert!(once > 0);
        assert!(
            bytes * 10 <= once * 12,
            "{bytes} bytes of names blocks written in {parts} parts, {once} at once"
        );
        assert_eq!(entries(&whole), entries(&parted));
        // The loader lets its names go before the first part, and after
        // some: the same store.
        let (_c, early, ..) = written(None, Some(100));
        assert_eq!(UNDEFERRED.with(Cell::get), Some(0));
        assert_eq!(entries(&whole), entries(&early));
        let (_d, late, parts, _) = written(Some(16 * 1024), Some(300));
        let undeferred = UNDEFERRED.with(Cell::get).unwrap();
        assert!(
            undeferred > 0 && undeferred < parts,
            "{undeferred} of {parts} parts"
        );
        assert_eq!(entries(&whole), entries(&late));
        // A store with names reads them: a second load of changed
        // documents, in parts, stores what one at once does.
        let mut changed = docs.clone();
        for d in &mut changed {
            d.facts.pop();
        }
        PART_LIMIT.with(|l| l.set(Some(16 * 1024)));
        parted.load(&changed).unwrap();
        PART_LIMIT.with(|l| l.set(None));
        whole.load(&changed).unwrap();
        assert_eq!(entries(&whole), entries(&parted));
    }

    /// A load of more names than it keeps lets them go a batch at a time
    /// and goes on deferring them: their blocks are written once a batch,
    /// not once a part (undeferred for good, every part had rewritten most
    /// of them), a name is read back only when it may have been let go of,
    /// and the store is the one a load holding every name makes.
    #[test]
    fn a_load_letting_its_names_go_writes_their_blocks_once_a_batch() {
        let docs = generated(3000);
        let names: HashSet<&str> = docs
            .iter()
            .flat_map(|d| &d.entities)
            .flat_map(|e| std::iter::once(&e.name).chain(&e.aliases))
            .map(String::as_str)
            .collect();
        let written = |kept| {
            crate::store::packed::BLOCK_BYTES.with(|b| b.borrow_mut().fill(0));
            NAMES_LIMIT.with(|n| n.set(kept));
            NAME_READS.with(|r| r.set(0));
            NAMES_NOT_FOUND.with(|r| r.set(0));
            let (dir, store, _, parts) = load_in_parts(&docs, Some(16 * 1024));
            NAMES_LIMIT.with(|n| n.set(None));
            let bytes = crate::store::packed::BLOCK_BYTES.with(|b| b.borrow().clone());
            let reads = (NAME_READS.with(Cell::get), NAMES_NOT_FOUND.with(Cell::get));
            (dir, store, parts, bytes[Space::Names.index()], reads)
        };
        let (_a, all, _, once, none_read) = written(None);
        assert_eq!(none_read, (0, 0));
        // Let go four times or so.
        let (_b, let_go, parts, bytes, (reads, not_found)) = written(Some(names.len() / 4));
        assert!(parts > 20, "{parts} parts");
        assert!(
            bytes <= once * 6,
            "{bytes} bytes of names blocks written in {parts} parts, {once} holding every name"
        );
        // The facts' subjects and references let go of are read back; a
        // new name is not (only the filters' rare false positives are).
        assert!(reads > 0);
        assert!(
            not_found * 20 <= names.len() as u64,
            "{not_found} of {reads} name reads found nothing, for {} names",
            names.len()
        );
        assert!(entries(&all) == entries(&let_go));
        assert!(let_go.check().unwrap().is_clean());
    }

    /// Entities made past the slots' limit are followed a part at a time:
    /// a load of generated records (each entity's facts in one part, its
    /// kind in another) reads their facts back only for the few whose
    /// facts straddle a part's end, and stores what a load following every
    /// entity in a slot does.
    #[test]
    fn entities_past_the_slots_are_not_read_back() {
        let docs = generated(3000);
        let loaded = |limit| {
            FRESH_LIMIT.with(|n| n.set(limit));
            SCANS.with(|r| r.set(0));
            let (dir, store, _, parts) = load_in_parts(&docs, Some(16 * 1024));
            FRESH_LIMIT.with(|n| n.set(None));
            (dir, store, parts, SCANS.with(Cell::get))
        };
        let (_a, slots, _, slot_reads) = loaded(None);
        // The places and sources (made first, each referred to by many
        // records) in slots, most records past them.
        let first = 200;
        let records = docs.iter().map(|d| d.entities.len()).sum::<usize>() - first;
        assert!(records > 300, "{records} entities past the slots");
        let (_b, later, parts, later_reads) = loaded(Some(first));
        assert!(parts > 20, "{parts} parts");
        // Not followed, each had been scanned per attribute (~6 each).
        assert!(
            later_reads <= slot_reads + 10 * parts as u64,
            "{later_reads} scans following past {first} entities in {parts} parts, \
             {slot_reads} following all in slots"
        );
        assert!(entries(&slots) == entries(&later));
        assert!(later.check().unwrap().is_clean());
    }

    /// `vaet` waits with the index entries until the load reads it: a
    /// load in parts writes its blocks once (a reference's entry goes
    /// under the entity referred to, all over the keyspace: each part
    /// had rewritten most of its blocks), and a load that reads it (does
    /// anything still refer to the entities of a document it replaces?)
    /// after parts were written stores what a load at once does.
    #[test]
    fn a_load_in_parts_writes_the_blocks_of_vaet_once_until_it_reads_them() {
        let docs = generated(3000);
        let written = |limit| {
            crate::store::packed::BLOCK_BYTES.with(|b| b.borrow_mut().fill(0));
            let (dir, store, _, parts) = load_in_parts(&docs, limit);
            let bytes = crate::store::packed::BLOCK_BYTES.with(|b| b.borrow().clone());
            (dir, store, parts, bytes[Space::Vaet.index()])
        };
        let (_a, whole, _, once) = written(None);
        let (_b, parted, parts, bytes) = written(Some(16 * 1024));
        assert!(parts > 20, "{parts} parts");
        assert!(once > 0);
        assert!(
            bytes * 10 <= once * 12,
            "{bytes} bytes of vaet blocks written in {parts} parts, {once} at once"
        );
        assert_eq!(entries(&whole), entries(&parted));
        // Every other document again without its references: replacing
        // them reads vaet, and deletes entries of it, mid-load.
        let mut changed = docs.clone();
        let mut refs = 0;
        for d in changed.iter_mut().step_by(2) {
            let before = d.facts.len();
            d.facts
                .retain(|f| !matches!(f.value, crate::model::Value::Ref(_)));
            refs += before - d.facts.len();
        }
        assert!(refs > 100, "{refs} references dropped");
        PART_LIMIT.with(|l| l.set(Some(16 * 1024)));
        PARTS.with(|p| p.set(0));
        parted.load(&changed).unwrap();
        PART_LIMIT.with(|l| l.set(None));
        assert!(PARTS.with(Cell::get) > 10);
        whole.load(&changed).unwrap();
        assert_eq!(entries(&whole), entries(&parted));
        assert!(parted.check().unwrap().is_clean());
    }

    /// The commit merges a load's index runs into their blocks as a
    /// stream: what it holds (a block being built, a batch of block
    /// writes) does not grow with the load. In slices of 128K entries,
    /// turned into block writes whole, it had been the peak of a large
    /// load's memory, growing with its size (1M facts 370 MB, 10M 626).
    #[test]
    fn the_commit_merges_the_index_runs_in_bounded_memory() {
        use crate::store::packed::{MOST_STREAMED, TARGET_BYTES};
        for facts in [1500, 6000] {
            let docs = generated(facts);
            MOST_STREAMED.with(|m| m.set((0, 0)));
            MOST_MERGED.with(|m| m.set(0));
            let (_dir, store, _, parts) = load_in_parts(&docs, Some(16 * 1024));
            assert!(parts > 10, "{parts} parts");
            let (held, part) = MOST_STREAMED.with(Cell::get);
            let batch = MOST_MERGED.with(Cell::get);
            assert!((1..=batch).contains(&part), "{part} block writes at once");
            assert!(held <= 2 * TARGET_BYTES + 256, "{held} bytes of a block");
            assert!(store.check().unwrap().is_clean());
        }
    }

    /// A load reads each name it resolves once, however many facts name
    /// it and however many parts took it out of the overlay.
    #[test]
    fn a_load_in_parts_reads_each_name_once() {
        let docs = generated(3000);
        let names: HashSet<&str> = docs
            .iter()
            .flat_map(|d| &d.entities)
            .flat_map(|e| std::iter::once(&e.name).chain(&e.aliases))
            .map(String::as_str)
            .collect();
        let facts: usize = docs.iter().map(|d| d.facts.len()).sum();
        NAME_READS.with(|r| r.set(0));
        let (_dir, _store, _, parts) = load_in_parts(&docs, Some(16 * 1024));
        let reads = NAME_READS.with(Cell::get);
        assert!(parts > 20, "{parts} parts");
        assert!(
            facts > 2 * names.len(),
            "{facts} facts, {} names",
            names.len()
        );
        // Once, not found (a new entity or alias): then it is written,
        // and kept.
        assert!(
            reads <= names.len() as u64,
            "{reads} name reads for {} names and {facts} facts",
            names.len()
        );
    }

    /// A load into a store of few names (the seeds, a small load) reads
    /// them all as it begins and then no name from the engine, whose
    /// reads wait for the part being written; the store is the one a
    /// load of everything at once makes.
    #[test]
    fn a_load_into_a_store_of_few_names_reads_none_back() {
        let docs = generated(3000);
        let dir = tempfile::tempdir().unwrap();
        let store = empty_store(&dir);
        store.load(&docs[..3]).unwrap();
        let stored = store.kv().scan_prefix(Space::Names, &[]).count();
        assert!((1..NAMES_READ_FIRST).contains(&stored), "{stored} names");
        NAME_READS.with(|r| r.set(0));
        PART_LIMIT.with(|l| l.set(Some(16 * 1024)));
        PARTS.with(|p| p.set(0));
        store.load(&docs[3..]).unwrap();
        PART_LIMIT.with(|l| l.set(None));
        assert!(PARTS.with(Cell::get) > 20);
        assert_eq!(NAME_READS.with(Cell::get), 0);
        assert!(store.check().unwrap().is_clean());
        let (_whole_dir, whole, _, _) = load_in_parts(&docs, None);
        let of = |store: &Store| -> Vec<_> {
            entries(store)
                .into_iter()
                .filter(|(s, ..)| {
                    [Space::Names, Space::Entities, Space::Eavt, Space::Aevt].contains(s)
                })
                .collect()
        };
        assert!(of(&store) == of(&whole));
    }

    /// A load that fails after parts were written leaves the store as it
    /// was: the parts are undone.
    #[test]
    fn a_load_failing_after_parts_were_written_changes_nothing() {
        let docs = generated(3000);
        let (_dir, store, _, _) = load_in_parts(&docs[..3], None);
        let before = entries(&store);
        let mut bad = docs.clone();
        let last = bad.last_mut().unwrap();
        let mut fact = last.facts[0].clone();
        fact.subject = "无此实体".into();
        last.facts.push(fact);
        PART_LIMIT.with(|l| l.set(Some(16 * 1024)));
        PARTS.with(|p| p.set(0));
        let err = store.load(&bad).unwrap_err();
        PART_LIMIT.with(|l| l.set(None));
        assert!(PARTS.with(Cell::get) > 20);
        assert!(
            err.to_string().contains("unknown entity '无此实体'"),
            "{err}"
        );
        assert_eq!(entries(&store), before);
    }

    /// A key set answers as a hash set of the same keys, across the size
    /// at which it moves from a vector to a hash set, keys repeated.
    #[test]
    fn a_key_set_holds_what_a_hash_set_holds() {
        use super::KeySet;
        use std::collections::HashSet;
        let mut set = KeySet::default();
        let mut plain: HashSet<Vec<u8>> = HashSet::new();
        for i in 0..40u8 {
            let k = vec![i % 23, 7];
            set.insert(k.clone());
            plain.insert(k);
            for probe in 0..25u8 {
                let p = [probe, 7];
                assert_eq!(set.contains(&p), plain.contains(&p[..]), "{i}: {probe}");
            }
            let mut listed: Vec<&Vec<u8>> = set.iter().collect();
            listed.sort();
            let mut want: Vec<&Vec<u8>> = plain.iter().collect();
            want.sort();
            assert_eq!(listed, want);
        }
        assert!(matches!(set, KeySet::Many(_)));
    }
}
