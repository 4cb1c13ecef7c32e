//! What the store keeps in memory between queries: the attribute
//! dictionary, decoded entity records, document names and the list of
//! kinds. Every thread that queries the store shares them (a warm cache
//! serves the next query, whichever thread runs it); a load empties them.
//!
//! A reader that read the engine before a load and fills the cache after
//! it must not leave a stale record behind: every fill checks that no load
//! finished since its read began (`generation`), under the map's lock.

use super::keys::{Aid, DocId, Eid};
use super::kv::{
    Kv, KvIter, KvResult, Shared, SharedIter, SharedVisitor, Space, Staged, Visitor, WriteOp,
};
use super::{AttrTypes, EntityRecord};
use rustc_hash::FxHashMap;
use std::collections::{BTreeMap, HashMap};
use std::hash::{BuildHasher, Hash};
use std::ops::Bound;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard};

/// A map keyed by small integer ids, hashed with Fx instead of std's
/// SipHash: a grouping looks up every member's name (100K at 1M facts),
/// and nothing outside the process chooses these keys.
pub(super) type IdMap<K, V> = FxHashMap<K, V>;

#[derive(Default)]
pub(super) struct AttrCache {
    pub by_name: HashMap<String, Aid>,
    pub by_id: HashMap<Aid, String>,
}

/// Whole entity records kept at most (see `Caches::entities`).
pub(super) const ENTITY_RECORDS: usize = 20_000;

#[derive(Default)]
pub(super) struct Caches {
    /// Bumped by every load, before the maps are emptied.
    generation: AtomicU64,
    pub attrs: RwLock<AttrCache>,
    /// Whole entity records (`show`, aliases, sources), at most
    /// [`ENTITY_RECORDS`] of them.
    pub entities: RwLock<IdMap<Eid, Arc<EntityRecord>>>,
    /// Entity names alone (rows, group members, references): a grouping
    /// names every member, and 100K whole records with their quotes were
    /// ~60 MB of a query process at 1M facts; the names alone ~8 MB in a
    /// hash map, ~6 MB here (see [`Names`]).
    pub names: RwLock<Names>,
    pub doc_names: RwLock<IdMap<DocId, String>>,
    /// The kinds there are (every query plan asks).
    pub kind_names: RwLock<Option<Vec<String>>>,
    /// The entities of each kind, ascending (`Store::kind_members`).
    pub kind_members: RwLock<HashMap<String, Arc<Vec<Eid>>>>,
    /// Which kinds of value each attribute holds: a grouping or a sum
    /// plans with every attribute's (a dozen avet seeks each).
    pub attr_types: RwLock<IdMap<Aid, AttrTypes>>,
}

// The maps hold plain data and no code panics while holding their locks;
// a poisoned lock (a panic elsewhere on that thread) leaves them intact.
pub(super) fn read<T>(l: &RwLock<T>) -> RwLockReadGuard<'_, T> {
    l.read().unwrap_or_else(PoisonError::into_inner)
}

pub(super) fn write<T>(l: &RwLock<T>) -> RwLockWriteGuard<'_, T> {
    l.write().unwrap_or_else(PoisonError::into_inner)
}

impl Caches {
    /// Where a reader starts: pass it to `remember`.
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::Acquire)
    }

    /// Forgets everything read before a load; installs the new attributes.
    pub fn invalidate(&self, attrs: AttrCache) {
        self.generation.fetch_add(1, Ordering::AcqRel);
        *write(&self.attrs) = attrs;
        write(&self.entities).clear();
        *write(&self.names) = Names::default();
        write(&self.doc_names).clear();
        *write(&self.kind_names) = None;
        write(&self.kind_members).clear();
        write(&self.attr_types).clear();
    }

    /// Stores `value` read since `since`, unless a load finished meanwhile.
    pub fn remember<K: Hash + Eq, V, S: BuildHasher>(
        &self,
        map: &RwLock<HashMap<K, V, S>>,
        since: u64,
        key: K,
        value: V,
    ) {
        let mut m = write(map);
        if self.generation() == since {
            m.insert(key, value);
        }
    }

    /// `remember`, emptying the map first when it holds `max` entries:
    /// a bound on memory that keeps the common case (a working set below
    /// it) fast.
    pub fn remember_bounded<K: Hash + Eq, V, S: BuildHasher>(
        &self,
        map: &RwLock<HashMap<K, V, S>>,
        since: u64,
        key: K,
        value: V,
        max: usize,
    ) {
        let mut m = write(map);
        if self.generation() == since {
            if m.len() >= max {
                m.clear();
            }
            m.insert(key, value);
        }
    }

    /// Keeps entity `e`'s name read since `since`, unless a load
    /// finished meanwhile.
    /// Only a name read a second time is kept ([`Names::admit`]).
    pub fn remember_name(&self, since: u64, e: Eid, name: &str) {
        let mut m = write(&self.names);
        if self.generation() == since {
            m.admit(e, name);
        }
    }

    pub fn remember_kinds(&self, since: u64, kinds: Vec<String>) {
        let mut k = write(&self.kind_names);
        if self.generation() == since {
            *k = Some(kinds);
        }
    }
}

/// Entity names by id: a slot per id in pages of [`SLOT_PAGE`] ids, made
/// when an id of theirs is first kept, which says where the name lies in a
/// few large buffers. A hash map of boxed names took a cache miss for its
/// control bytes, one for its entry and one for the name; after a grouping
/// had named 108K members (1M facts) the range query's three names per
/// row took a quarter of it more time than in a fresh process. Here a
/// slot and its name (the list of pages is small enough to stay in the
/// CPU's cache), and no allocation per name. At most [`name_bytes`] of
/// pages and buffers: a grouping at 10M facts names a million members,
/// ~46 MB of a query process when every one is kept (slots of 8 bytes in
/// pages of 1,024 then). Slots are 4 bytes and pages 32 ids: the rows of a
/// range query or a join are spread over every id, a page each, and a
/// page of 8 KB per name kept took 10,000 rows' names past the budget
/// (the cache emptied at every query: the range query 10× slower at 10M
/// facts once a grouping's names no longer filled every page).
#[derive(Default)]
pub(super) struct Names {
    /// Per id in a page: 0 when not kept, else where its name is in
    /// `arena`.
    pages: Vec<Option<Box<[u32; SLOT_PAGE]>>>,
    arena: NameArena,
    /// What `pages` and `arena` hold, in bytes.
    bytes: usize,
    /// A bit per id whose name was read and not kept ([`Names::admit`]);
    /// kept when the cache starts again at its budget. At most
    /// [`NAME_SLOTS`] bits (1 MB), 224 KB at 10M facts.
    seen: Vec<u64>,
}

/// Names in a few large buffers, filled in turn and never reallocated (a
/// copy of megabytes of names as one buffer doubled would be in the
/// process's peak), each found again by a packed position: buffer index
/// + 1 (16 bits), offset in it (32), length (16). 0 is no position.
///
/// Or, for the names cache's 4-byte slots ([`NameArena::push_marked`]),
/// by its position + 1 in the buffers laid end to end as
/// [`NAMES_BUFFER`] bytes each, its length written before it as one
/// character (one byte below 128 bytes, else U+10000 + the length: four
/// bytes, still text).
#[derive(Default)]
pub(super) struct NameArena {
    buffers: Vec<String>,
}

/// The size of a names buffer.
const NAMES_BUFFER: usize = 1 << 20;

impl NameArena {
    pub(super) fn get(&self, at: u64) -> Option<&str> {
        // 0 (no position) has no buffer index.
        let buffer = self.buffers.get(((at >> 48) as usize).checked_sub(1)?)?;
        let start = ((at >> 16) & 0xFFFF_FFFF) as usize;
        buffer.get(start..start + (at & 0xFFFF) as usize)
    }

    /// Whether `name` fits in the last buffer.
    fn has_room(&self, name: &str) -> bool {
        self.has_room_for(name.len())
    }

    fn has_room_for(&self, bytes: usize) -> bool {
        self.buffers
            .last()
            .is_some_and(|b| b.capacity() - b.len() >= bytes)
    }

    /// Copies `name` in and says where it is; nothing for a name longer
    /// than 64 KB or once 64K buffers are full.
    pub(super) fn push(&mut self, name: &str) -> Option<u64> {
        if name.len() > 0xFFFF {
            return None;
        }
        if !self.has_room(name) {
            if self.buffers.len() >= 0xFFFF {
                return None;
            }
            self.buffers.push(String::with_capacity(NAMES_BUFFER));
        }
        let buffer = self.buffers.last_mut()?;
        let start = buffer.len() as u64;
        buffer.push_str(name);
        Some(((self.buffers.len() as u64) << 48) | (start << 16) | name.len() as u64)
    }

    /// Buffers at most for [`NameArena::push_marked`]: every position
    /// below 4 GB.
    const MOST_MARKED_BUFFERS: usize = (u32::MAX as usize) / NAMES_BUFFER;

    /// A name [`NameArena::push_marked`] put at `at`.
    pub(super) fn get_marked(&self, at: u32) -> Option<&str> {
        let at = (at as usize).checked_sub(1)?;
        let rest = self
            .buffers
            .get(at / NAMES_BUFFER)?
            .get(at % NAMES_BUFFER..)?;
        let len = rest.chars().next()?;
        let n = match u32::from(len) {
            n @ 0..=0x7F => n,
            n => n - 0x1_0000,
        } as usize;
        rest.get(len.len_utf8()..len.len_utf8() + n)
    }

    /// The length of `name` as written before it; `None` past 64 KB.
    fn length_mark(name: &str) -> Option<char> {
        match name.len() {
            n @ 0..=0x7F => char::from_u32(n as u32),
            n @ 0x80..=0xFFFF => char::from_u32(0x1_0000 + n as u32),
            _ => None,
        }
    }

    /// Whether `name` and its length's mark fit in the last buffer.
    fn has_room_marked(&self, name: &str) -> bool {
        let mark = Self::length_mark(name).map_or(0, char::len_utf8);
        self.has_room_for(name.len() + mark)
    }

    /// Copies `name` in after its length and says where it is, in 32 bits
    /// (a slot of the names cache); nothing for a name longer than 64 KB
    /// or once 4 GB of buffers are full.
    pub(super) fn push_marked(&mut self, name: &str) -> Option<u32> {
        let mark = Self::length_mark(name)?;
        if !self.has_room_marked(name) {
            if self.buffers.len() >= Self::MOST_MARKED_BUFFERS {
                return None;
            }
            self.buffers.push(String::with_capacity(NAMES_BUFFER));
        }
        let base = (self.buffers.len() - 1) * NAMES_BUFFER;
        let buffer = self.buffers.last_mut()?;
        let at = u32::try_from(base + buffer.len() + 1).ok()?;
        buffer.push(mark);
        buffer.push_str(name);
        Some(at)
    }
}

/// Ids kept at most: a name beyond is read each time.
const NAME_SLOTS: u64 = 1 << 23;

/// Ids per page of slots (128 bytes).
const SLOT_PAGE: usize = 32;

/// The bytes of a page of slots.
const PAGE_BYTES: usize = std::mem::size_of::<[u32; SLOT_PAGE]>();

/// The most the names cache holds (pages and buffers) before it is
/// emptied and filled again: 64 MB, all of a grouping's member names at
/// 10M facts (~1.07M names in ~46 MB): with 16 MB, three groupings in one
/// process took 2.2× the CPU, each reading every name again from the
/// entity records. 4 MB for `kv::command_line_queries`: a query names each
/// member once, and the names its rows repeat (a join's sources) are few.
/// `SEEDKB_NAMES_MB` overrides both; it is read once, not for every name
/// kept (`getenv` for each was 4% of a 1M grouping written as JSON).
fn name_bytes() -> usize {
    static SET: std::sync::OnceLock<Option<usize>> = std::sync::OnceLock::new();
    let set = *SET.get_or_init(|| super::kv::env_mb("SEEDKB_NAMES_MB", 1..=65_536));
    let mb = set.unwrap_or(if super::kv::answers_command_line() {
        4
    } else {
        64
    });
    mb << 20
}

impl Names {
    pub fn get(&self, e: Eid) -> Option<&str> {
        let e = usize::try_from(e).ok()?;
        let page = self.pages.get(e / SLOT_PAGE)?.as_deref()?;
        self.arena.get_marked(page[e % SLOT_PAGE])
    }

    fn insert(&mut self, e: Eid, name: &str) {
        self.insert_within(e, name, name_bytes());
    }

    /// Keeps a name the second time it is read, not the first: a name
    /// read once (a grouping's million members in a process that answers
    /// it once, a join's rows) is not kept beside the caches that read it,
    /// while a process that asks again keeps it from then on. Without
    /// this, a one-query process at 10M facts held ~60 MB of a grouping's
    /// names it never read again (benches/BENCHMARKS.md, round 43).
    fn admit(&mut self, e: Eid, name: &str) {
        let Ok(i) = usize::try_from(e) else { return };
        if e >= NAME_SLOTS {
            return;
        }
        let (word, bit) = (i / 64, 1u64 << (i % 64));
        if self.seen.get(word).is_some_and(|w| w & bit != 0) {
            self.insert(e, name);
        } else {
            if self.seen.len() <= word {
                self.seen.resize(word + 1, 0);
            }
            self.seen[word] |= bit;
        }
    }

    /// `insert`, emptying the cache first when the name would take it
    /// past `budget` bytes.
    fn insert_within(&mut self, e: Eid, name: &str, budget: usize) {
        if e >= NAME_SLOTS || self.get(e).is_some() {
            return;
        }
        let (p, i) = (e as usize / SLOT_PAGE, e as usize % SLOT_PAGE);
        let new_page = self.pages.get(p).is_none_or(Option::is_none);
        let more = if new_page { PAGE_BYTES } else { 0 }
            + if self.arena.has_room_marked(name) {
                0
            } else {
                NAMES_BUFFER
            }
            + (p + 1).saturating_sub(self.pages.len()) * 8;
        if self.bytes + more > budget {
            let seen = std::mem::take(&mut self.seen);
            *self = Names {
                seen,
                ..Names::default()
            };
            return self.insert_within(e, name, budget.max(more));
        }
        let Some(at) = self.arena.push_marked(name) else {
            return;
        };
        if self.pages.len() <= p {
            self.pages.resize(p + 1, None);
        }
        let page = self.pages[p].get_or_insert_with(|| Box::new([0; SLOT_PAGE]));
        page[i] = at;
        self.bytes += more;
    }
}

/// Recently read blocks of the packed keyspaces, in front of the engine
/// (issue 12, the read path). A result row reads a few blocks (its facts,
/// its kind, its values in `aevt`), and each read from sled re-descends
/// its tree and clones a leaf node of ~1 KB values: a warm query spent
/// most of its time there. Here a block is found with one `BTreeMap`
/// lookup by its last key.
///
/// A block covers the keys from just past the block before it to its last
/// entry; without a reverse step in sled (slow) the start of that is not
/// known, so each cached block remembers the lowest seek that found it
/// (`from`): a seek at or past `from` and at or before its last key is
/// answered by it. Every block read is kept, but only the first blocks of
/// a read ([`FIRST`]: a point read, an entity's facts) enter as used;
/// the rest of a long scan enters as scanned, and a sweep drops scanned
/// blocks not read again before any other — so a scan repeated (a
/// grouping's `aevt` streams, a range) is served from memory when it fits,
/// instead of by sled's iterator, and a scan read once pushes out nothing
/// that was read twice. Every write through it empties it; a read that began
/// before a write finished keeps nothing it read (`generation`, as the
/// other caches).
pub(super) struct BlockCache {
    inner: Box<dyn Kv>,
    /// Odd while a write is being applied; bumped before and after it.
    /// Shared with `Packed`, whose landings are good for one generation.
    generation: Arc<AtomicU64>,
    /// Shared with the store's [`Room`].
    blocks: Arc<RwLock<Blocks>>,
    budget: usize,
    /// Writes applied through it (shared with the store: `Store::wrote`).
    writes: Arc<AtomicU64>,
}

thread_local! {
    /// Reads on this thread that go around the block cache: a select
    /// holds a [`ReadAround`] (see [`Room::read_around`]).
    static AROUND: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

pub(super) fn reading_around() -> bool {
    AROUND.with(|a| a.get() > 0)
}

/// The store's hold on the block cache's room (the cache itself is
/// inside the store's engine stack).
#[derive(Clone)]
pub(super) struct Room {
    blocks: Arc<RwLock<Blocks>>,
    budget: usize,
}

/// While held, reads on its thread keep no block in the cache (they still
/// use the blocks it has). Not `Send`: it counts its own thread's reads.
pub struct ReadAround {
    _thread: std::marker::PhantomData<*const ()>,
}

impl Drop for ReadAround {
    fn drop(&mut self) {
        AROUND.with(|a| a.set(a.get().saturating_sub(1)));
    }
}

impl Room {
    /// A read of about `blocks` blocks of `space` that the cache cannot
    /// keep, as a bulk read's ring keeps a big sequential scan from
    /// flushing a buffer pool: past twice the blocks the budget holds,
    /// read through the cache it would keep none of them for a next run (a
    /// second-chance cache keeps nothing of a cycle longer than itself)
    /// and would evict all it holds on the way, while what the reader
    /// makes of them (a select's rows) is stacked on a full cache (the
    /// benchmark's join at 10M facts: 64K rows, ~30 MB on ~31 MB of
    /// cache). So the cache is emptied now of what the read would have
    /// evicted anyway, giving the reader that room, and keeps nothing it
    /// reads until the [`ReadAround`] is dropped. Twice, not once: the
    /// count is of candidates, and several may share a block. `None` (read
    /// through it) for anything smaller: the benchmark's range at 10M
    /// (9,722 blocks) and its join at 1M (6,383) are served from it when
    /// repeated.
    pub fn read_around(&self, space: Space, blocks: usize) -> Option<ReadAround> {
        // A cached block costs its bytes and ~64 more (see `keep`).
        let holds = self.budget / (super::packed::target_bytes(space) + 64);
        if self.budget == 0 || blocks <= 2 * holds {
            return None;
        }
        *write(&self.blocks) = Blocks::default();
        AROUND.with(|a| a.set(a.get() + 1));
        Some(ReadAround {
            _thread: std::marker::PhantomData,
        })
    }
}

/// The block cache's budget: 24 MB (32 in a process that
/// `kv::bulk_writes`, 16 for `kv::command_line_queries`, whose queries run
/// once each) unless `SEEDKB_BLOCK_CACHE_MB` says otherwise (0 turns it
/// off). A cache smaller than a warm query's blocks keeps none of them (a
/// second-chance sweep keeps nothing of a cycle longer than the cache) and
/// every run goes back to sled: the benchmark's join at 1M facts, repeated,
/// took 1.2× the CPU with 16 MB and the same with 20, 24 or 32 (round 44).
/// 24 rather than 32 took a process answering one join at 10M facts from
/// 104 to 96 MB.
pub(super) fn block_cache_bytes() -> usize {
    let default = if super::kv::writes_in_bulk() { 32 } else { 24 };
    super::kv::cache_mb("SEEDKB_BLOCK_CACHE_MB", 0..=65_536, default, 16) * 1024 * 1024
}

/// Blocks of one read that enter the cache as used (see [`BlockCache`]).
const FIRST: usize = 8;

#[derive(Default)]
struct Blocks {
    /// Per keyspace (by `Space::index`), last key → the block (per
    /// keyspace, so that a lookup borrows the seek instead of building a
    /// key; an array, not a hash map: a warm row does a few lookups).
    /// The keys are copies: a lookup compares a dozen of them, and
    /// sled's `IVec` is slower to compare than a plain slice (a warm range
    /// query took 10% more CPU with its keys shared).
    map: [BTreeMap<BlockKey, Cached>; Space::ALL.len()],
    bytes: usize,
    /// Per keyspace, a seek past its last block (nothing to read).
    ends: [Option<Bound<Vec<u8>>>; Space::ALL.len()],
}

/// A cached block's last key, in the map's own node when it is short
/// (nearly all are): a lookup compares a dozen keys on its way down, and
/// each behind a pointer of its own was a cache miss (the map was ~15% of
/// a warm range query at 1M facts). Each carries its first eight bytes as
/// a number (`head`), compared first: most comparisons end there (an
/// `eavt` key's first eight bytes are its entity), where comparing the
/// bytes was a call to `memcmp` per key (~9% of a warm range query).
#[derive(Clone)]
enum BlockKey {
    Inline {
        head: u64,
        len: u8,
        bytes: [u8; INLINE_KEY],
    },
    Heap(u64, Arc<[u8]>),
}

/// The longest key held inline (the enum is then 48 bytes).
const INLINE_KEY: usize = 38;

/// A key's first eight bytes, zeros after a shorter one, as a big-endian
/// number: keys whose heads differ order as their heads do (a key that
/// ends within them sorts as if followed by zeros, which sorts it below
/// any longer key that differs there; equal heads are decided by the
/// bytes).
fn head(k: &[u8]) -> u64 {
    let mut b = [0u8; 8];
    let n = k.len().min(8);
    b[..n].copy_from_slice(&k[..n]);
    u64::from_be_bytes(b)
}

impl BlockKey {
    fn new(k: &[u8]) -> BlockKey {
        if k.len() <= INLINE_KEY {
            let mut bytes = [0u8; INLINE_KEY];
            bytes[..k.len()].copy_from_slice(k);
            BlockKey::Inline {
                head: head(k),
                len: k.len() as u8,
                bytes,
            }
        } else {
            BlockKey::Heap(head(k), Arc::from(k))
        }
    }

    fn head(&self) -> u64 {
        match self {
            BlockKey::Inline { head, .. } | BlockKey::Heap(head, _) => *head,
        }
    }
}

impl std::ops::Deref for BlockKey {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            BlockKey::Inline { len, bytes, .. } => &bytes[..usize::from(*len)],
            BlockKey::Heap(_, k) => k,
        }
    }
}

impl std::borrow::Borrow<[u8]> for BlockKey {
    fn borrow(&self) -> &[u8] {
        self
    }
}

impl PartialEq for BlockKey {
    fn eq(&self, other: &Self) -> bool {
        self.head() == other.head() && **self == **other
    }
}

impl Eq for BlockKey {}

impl PartialOrd for BlockKey {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// The order of the bytes (so that a lookup by a slice finds the same).
impl Ord for BlockKey {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.head()
            .cmp(&other.head())
            .then_with(|| (**self).cmp(&**other))
    }
}

struct Cached {
    from: Bound<Vec<u8>>,
    /// The engine's own bytes where it shares them (sled's): no copy.
    value: Shared,
    /// Read since the last eviction sweep (a second chance).
    used: AtomicBool,
    /// Kept by a long scan and not read since: dropped first.
    scanned: AtomicBool,
}

/// Moves a seek just past `last`, reusing its buffer.
fn seek_past(seek: &mut Bound<Vec<u8>>, last: &[u8]) {
    let mut buf = match std::mem::replace(seek, Bound::Unbounded) {
        Bound::Included(b) | Bound::Excluded(b) => b,
        Bound::Unbounded => Vec::new(),
    };
    buf.clear();
    buf.extend_from_slice(last);
    *seek = Bound::Excluded(buf);
}

/// Whether every key at or after `seek` is at or after `from`.
fn starts_within(seek: &Bound<Vec<u8>>, from: &Bound<Vec<u8>>) -> bool {
    match (seek, from) {
        (_, Bound::Unbounded) => true,
        (Bound::Unbounded, _) => false,
        (Bound::Included(s), Bound::Included(f)) => s >= f,
        (Bound::Included(s), Bound::Excluded(f)) => s > f,
        (Bound::Excluded(s), Bound::Included(f) | Bound::Excluded(f)) => s >= f,
    }
}

/// The lower of two seeks (the one covering more).
fn lower(a: Bound<Vec<u8>>, b: Bound<Vec<u8>>) -> Bound<Vec<u8>> {
    if starts_within(&a, &b) {
        b
    } else {
        a
    }
}

impl BlockCache {
    pub fn new(inner: Box<dyn Kv>, budget: usize) -> BlockCache {
        BlockCache {
            inner,
            generation: Arc::new(AtomicU64::new(0)),
            blocks: Arc::default(),
            budget,
            writes: Arc::default(),
        }
    }

    /// The store's hold on its room (see [`Room::read_around`]).
    pub fn room(&self) -> Room {
        Room {
            blocks: self.blocks.clone(),
            budget: self.budget,
        }
    }

    /// Counts the writes applied through this cache.
    pub fn writes(&self) -> Arc<AtomicU64> {
        self.writes.clone()
    }

    /// Its generation (see [`BlockCache`]): what the engine holds changed
    /// only where it moved, so anything computed from what was read is
    /// good while it stays the same (`packed::Landings`).
    pub fn generation(&self) -> Arc<AtomicU64> {
        self.generation.clone()
    }

    /// The cached block holding the first key at or after `seek`
    /// (`Some(None)`: there is none, the seek is past the last block).
    #[allow(clippy::type_complexity)]
    fn lookup(&self, space: Space, seek: &Bound<Vec<u8>>) -> Option<Option<(BlockKey, Shared)>> {
        let from: Bound<&[u8]> = match seek {
            Bound::Included(k) => Bound::Included(k),
            Bound::Excluded(k) => Bound::Excluded(k),
            Bound::Unbounded => return None,
        };
        // A short seek is looked up as a key, whose comparisons are
        // mostly of heads; a long one (rare) by its bytes.
        let key = match from {
            Bound::Included(k) | Bound::Excluded(k) if k.len() <= INLINE_KEY => {
                Some(BlockKey::new(k))
            }
            _ => None,
        };
        let b = read(&self.blocks);
        let m = &b.map[space.index()];
        let found = match (&key, from) {
            (Some(k), Bound::Included(_)) => m
                .range::<BlockKey, _>((Bound::Included(k), Bound::Unbounded))
                .next(),
            (Some(k), _) => m
                .range::<BlockKey, _>((Bound::Excluded(k), Bound::Unbounded))
                .next(),
            (None, from) => m.range::<[u8], _>((from, Bound::Unbounded)).next(),
        };
        match found {
            Some((last, c)) => {
                if !starts_within(seek, &c.from) {
                    return None;
                }
                // Written only when they change: a warm scan reads the same
                // blocks again and again, from every thread.
                if !c.used.load(Ordering::Relaxed) {
                    c.used.store(true, Ordering::Relaxed);
                }
                if c.scanned.load(Ordering::Relaxed) {
                    c.scanned.store(false, Ordering::Relaxed);
                }
                Some(Some((last.clone(), c.value.clone())))
            }
            _ => match &b.ends[space.index()] {
                Some(end) if starts_within(seek, end) => Some(None),
                _ => None,
            },
        }
    }

    /// Remembers that a seek at `seek` found no block.
    fn keep_end(&self, since: u64, space: Space, seek: Bound<Vec<u8>>) {
        if self.budget == 0 || reading_around() {
            return;
        }
        let mut b = write(&self.blocks);
        if since % 2 == 1 || self.generation.load(Ordering::Acquire) != since {
            return;
        }
        let end = match b.ends[space.index()].take() {
            Some(old) => lower(old, seek),
            None => seek,
        };
        b.ends[space.index()] = Some(end);
    }

    /// Keeps a block found by a seek at `seek`, unless a write happened
    /// since `since`; `used`: one of the first blocks of a read, else it
    /// enters as scanned (see `Blocks::evict`).
    fn keep(
        &self,
        since: u64,
        space: Space,
        seek: Bound<Vec<u8>>,
        (last, value): (&Shared, &Shared),
        used: bool,
    ) {
        if self.budget == 0 || value.len() > self.budget / 16 || reading_around() {
            return;
        }
        let mut b = write(&self.blocks);
        if since % 2 == 1 || self.generation.load(Ordering::Acquire) != since {
            return;
        }
        let m = &mut b.map[space.index()];
        if let Some(c) = m.get_mut(&last[..]) {
            let old = std::mem::replace(&mut c.from, Bound::Unbounded);
            c.from = lower(old, seek);
            return;
        }
        m.insert(
            BlockKey::new(&last[..]),
            Cached {
                from: seek,
                value: value.clone(),
                used: AtomicBool::new(used),
                scanned: AtomicBool::new(!used),
            },
        );
        b.bytes += value.len() + last.len() + 64;
        if b.bytes > self.budget {
            b.evict(self.budget * 3 / 4);
        }
    }
}

impl Blocks {
    /// Drops the blocks of long scans not read since, then blocks not read
    /// since the last sweep, then any, until at most `target` bytes are left.
    fn evict(&mut self, target: usize) {
        let mut bytes = self.bytes;
        for m in self.map.iter_mut() {
            m.retain(|last, c| {
                let keep = !c.scanned.load(Ordering::Relaxed);
                if !keep {
                    bytes -= c.value.len() + last.len() + 64;
                }
                keep
            });
        }
        if bytes <= target {
            self.bytes = bytes;
            return;
        }
        for m in self.map.iter_mut() {
            m.retain(|last, c| {
                let keep = c.used.swap(false, Ordering::Relaxed);
                if !keep {
                    bytes -= c.value.len() + last.len() + 64;
                }
                keep
            });
        }
        for m in self.map.iter_mut() {
            if bytes <= target {
                break;
            }
            m.retain(|last, c| {
                if bytes <= target {
                    return true;
                }
                bytes -= c.value.len() + last.len() + 64;
                false
            });
        }
        self.bytes = bytes;
    }
}

/// The blocks from a seek: cached ones first, then sled's from where the
/// cache had none.
struct BlockIter<'a> {
    cache: &'a BlockCache,
    space: Space,
    since: u64,
    /// Where the next block starts.
    next: Bound<Vec<u8>>,
    engine: Option<SharedIter<'a>>,
    yielded: usize,
    done: bool,
}

impl Iterator for BlockIter<'_> {
    type Item = KvResult<(Vec<u8>, Vec<u8>)>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        if self.engine.is_none() {
            match self.cache.lookup(self.space, &self.next) {
                Some(Some((last, value))) => {
                    self.next = Bound::Excluded(last.to_vec());
                    self.yielded += 1;
                    return Some(Ok((last.to_vec(), value.to_vec())));
                }
                Some(None) => {
                    self.done = true;
                    return None;
                }
                None => {}
            }
            self.engine = Some(self.cache.inner.range_shared(self.space, self.next.clone()));
        }
        let Some(item) = self.engine.as_mut()?.next() else {
            let seek = std::mem::replace(&mut self.next, Bound::Unbounded);
            self.cache.keep_end(self.since, self.space, seek);
            self.done = true;
            return None;
        };
        Some(item.map(|(last, value)| {
            let seek = std::mem::replace(&mut self.next, Bound::Excluded(last.to_vec()));
            let used = self.yielded < FIRST;
            self.cache
                .keep(self.since, self.space, seek, (&last, &value), used);
            self.yielded += 1;
            (last.to_vec(), value.to_vec())
        }))
    }
}

impl Kv for BlockCache {
    fn get(&self, space: Space, key: &[u8]) -> KvResult<Option<Vec<u8>>> {
        self.inner.get(space, key)
    }

    fn range(&self, space: Space, start: Bound<Vec<u8>>, end: Bound<Vec<u8>>) -> KvIter<'_> {
        // `Packed` finds blocks with open-ended seeks; anything else (and
        // the keyspaces it does not pack) goes straight to the engine.
        if !super::packed::is_packed(space)
            || !matches!(end, Bound::Unbounded)
            || matches!(start, Bound::Unbounded)
        {
            return self.inner.range(space, start, end);
        }
        Box::new(BlockIter {
            cache: self,
            space,
            since: self.generation.load(Ordering::Acquire),
            next: start,
            engine: None,
            yielded: 0,
            done: false,
        })
    }

    fn scan_prefix(&self, space: Space, prefix: &[u8]) -> KvIter<'_> {
        self.inner.scan_prefix(space, prefix)
    }

    /// `range`'s walk, lending the cached blocks instead of copying them.
    fn visit(&self, space: Space, start: Bound<Vec<u8>>, f: &mut Visitor<'_>) -> KvResult<()> {
        if !super::packed::is_packed(space) || matches!(start, Bound::Unbounded) {
            return self.inner.visit(space, start, f);
        }
        self.visit_shared(space, start, &mut |k, v| f(k, v))
    }

    fn visit_shared(
        &self,
        space: Space,
        start: Bound<Vec<u8>>,
        f: &mut SharedVisitor<'_>,
    ) -> KvResult<()> {
        if !super::packed::is_packed(space) || matches!(start, Bound::Unbounded) {
            return self.inner.visit_shared(space, start, f);
        }
        let since = self.generation.load(Ordering::Acquire);
        let mut next = start;
        let mut yielded = 0;
        loop {
            match self.lookup(space, &next) {
                Some(Some((last, value))) => {
                    yielded += 1;
                    if !f(&last, &value)? {
                        return Ok(());
                    }
                    seek_past(&mut next, &last);
                }
                Some(None) => return Ok(()),
                None => break,
            }
        }
        // The engine from where the cache had no block on, as `BlockIter`.
        let mut engine = self.inner.range_shared(space, next.clone());
        loop {
            let Some(item) = engine.next() else {
                self.keep_end(since, space, next);
                return Ok(());
            };
            let (last, value) = item?;
            let seek = std::mem::replace(&mut next, Bound::Unbounded);
            self.keep(since, space, seek, (&last, &value), yielded < FIRST);
            yielded += 1;
            if !f(&last, &value)? {
                return Ok(());
            }
            seek_past(&mut next, &last);
        }
    }

    fn floor(&self, space: Space, key: &[u8]) -> KvResult<Option<(Vec<u8>, Vec<u8>)>> {
        self.inner.floor(space, key)
    }

    fn apply(&self, ops: Vec<WriteOp>) -> KvResult<()> {
        self.writes.fetch_add(1, Ordering::AcqRel);
        self.forget();
        let r = self.inner.apply(ops);
        self.forget();
        r
    }

    fn size_on_disk(&self) -> KvResult<u64> {
        self.inner.size_on_disk()
    }

    // The rest is the engine's own; the cache only forgets what a write,
    // another process's commit or a roll-back changed.

    fn refresh(&self) -> KvResult<bool> {
        let moved = self.inner.refresh()?;
        if moved {
            self.forget();
        }
        Ok(moved)
    }

    fn stale(&self) -> KvResult<bool> {
        self.inner.stale()
    }

    fn lock_writes(&self) -> KvResult<()> {
        // Taking the lock may roll back what an interrupted writer left.
        self.forget();
        let r = self.inner.lock_writes();
        self.forget();
        r
    }

    fn unlock_writes(&self) {
        self.inner.unlock_writes()
    }

    fn report(&self) -> KvResult<Vec<String>> {
        self.inner.report()
    }

    fn staged(&self) -> KvResult<Option<Box<dyn Staged + '_>>> {
        Ok(self.inner.staged()?.map(|inner| {
            self.writes.fetch_add(1, Ordering::AcqRel);
            Box::new(CacheStaged {
                cache: self,
                inner: Some(inner),
            }) as Box<dyn Staged + '_>
        }))
    }
}

impl BlockCache {
    /// Empties the cache, and makes every read begun before this keep
    /// nothing it read.
    fn forget(&self) {
        self.generation.fetch_add(1, Ordering::AcqRel);
        *write(&self.blocks) = Blocks::default();
        self.generation.fetch_add(1, Ordering::AcqRel);
    }
}

/// A staged write through the cache: every part, the commit and a roll
/// back (dropped uncommitted) empty it, as a write does.
struct CacheStaged<'a> {
    cache: &'a BlockCache,
    inner: Option<Box<dyn Staged + 'a>>,
}

impl Staged for CacheStaged<'_> {
    fn apply_part(&mut self, ops: Vec<WriteOp>) -> KvResult<()> {
        self.cache.forget();
        let r = match self.inner.as_mut() {
            Some(inner) => inner.apply_part(ops),
            None => Ok(()),
        };
        self.cache.forget();
        r
    }

    fn commit(mut self: Box<Self>) -> KvResult<()> {
        let r = match self.inner.take() {
            Some(inner) => inner.commit(),
            None => Ok(()),
        };
        self.cache.forget();
        r
    }
}

impl Drop for CacheStaged<'_> {
    fn drop(&mut self) {
        if let Some(inner) = self.inner.take() {
            // Undoes the parts written.
            drop(inner);
            self.cache.forget();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_read_from_before_a_load_is_not_cached_after_it() {
        let c = Caches::default();
        let before = c.generation();
        c.invalidate(AttrCache::default());
        c.remember(&c.doc_names, before, 1, "old name".to_string());
        c.remember_kinds(before, vec!["old kind".into()]);
        assert!(read(&c.doc_names).is_empty());
        assert!(read(&c.kind_names).is_none());
        let now = c.generation();
        c.remember(&c.doc_names, now, 1, "new name".to_string());
        assert_eq!(
            read(&c.doc_names).get(&1).map(String::as_str),
            Some("new name")
        );
        c.remember_name(before, 7, "old");
        assert_eq!(read(&c.names).get(7), None);
        // Kept the second time it is read (`Names::admit`).
        c.remember_name(now, 7, "新");
        assert_eq!(read(&c.names).get(7), None);
        c.remember_name(now, 7, "新");
        assert_eq!(read(&c.names).get(7), Some("新"));
    }

    #[test]
    fn names_are_kept_by_id_across_buffers() {
        let mut n = Names::default();
        // 60 KB each: 20 of them fill more than one buffer.
        let long = "名".repeat(20_000);
        let ids: Vec<u64> = (0..20u64).map(|i| (i * 7) % 20 + 10).collect();
        for e in &ids {
            n.insert(*e, &format!("{e}{long}"));
        }
        n.insert(4, "");
        // Kept once: a second insert of an id leaves the first name.
        n.insert(10, "其他");
        assert!(n.arena.buffers.len() >= 2);
        for e in &ids {
            assert_eq!(n.get(*e), Some(format!("{e}{long}").as_str()));
        }
        assert_eq!(n.get(4), Some(""));
        assert_eq!(n.get(0), None);
        assert_eq!(n.get(5), None);
        assert_eq!(n.get(1000), None);
        // Beyond the slots kept, or too long: read each time.
        n.insert(NAME_SLOTS, "远");
        assert_eq!(n.get(NAME_SLOTS), None);
        n.insert(6, &"长".repeat(30_000));
        assert_eq!(n.get(6), None);
    }

    /// A name kept in a 4-byte slot comes back whole, its length written
    /// before it in one byte or four, across buffers.
    #[test]
    fn names_in_four_byte_slots_come_back_whole() {
        let mut a = NameArena::default();
        let names: Vec<String> = [0, 1, 42, 0x7F, 0x80, 1000, 0xFFFF, 0xFFFF, 0xFFFF]
            .into_iter()
            .map(|n| "x".repeat(n))
            .chain(["乙".to_string(), "".to_string()])
            // 60 KB each: past the first buffer.
            .chain((0..20).map(|i| format!("{i}{}", "名".repeat(20_000))))
            .collect();
        let at: Vec<u32> = names.iter().map(|n| a.push_marked(n).unwrap()).collect();
        assert!(a.buffers.len() >= 2);
        for (n, at) in names.iter().zip(&at) {
            assert_eq!(a.get_marked(*at), Some(n.as_str()));
        }
        assert_eq!(a.push_marked(&"x".repeat(0x1_0000)), None);
        assert_eq!(a.get_marked(0), None);
    }

    /// Names kept at ids far apart (a range query's rows) cost a small
    /// page each: 300 of them, each in its own page, fit in one buffer and
    /// 64 KB of pages, where pages of 8 KB emptied the cache again and
    /// again.
    #[test]
    fn names_far_apart_fit_a_small_budget() {
        let mut n = Names::default();
        let budget = NAMES_BUFFER + (64 << 10);
        let ids: Vec<u64> = (0..300u64).map(|i| i * 100 + 7).collect();
        for &e in &ids {
            n.insert_within(e, &format!("第{e}号"), budget);
        }
        for &e in &ids {
            assert_eq!(n.get(e), Some(format!("第{e}号").as_str()), "{e}");
        }
        assert!(n.bytes <= budget);
    }

    #[test]
    fn a_name_is_kept_the_second_time_it_is_read() {
        let mut n = Names::default();
        n.admit(3, "甲");
        assert_eq!(n.get(3), None);
        assert_eq!(n.bytes, 0);
        n.admit(3, "甲");
        assert_eq!(n.get(3), Some("甲"));
        // Another id in the same word of the bits: its own first time.
        n.admit(4, "乙");
        assert_eq!(n.get(4), None);
        n.admit(NAME_SLOTS, "远");
        n.admit(NAME_SLOTS, "远");
        assert_eq!(n.get(NAME_SLOTS), None);
        // The ids seen outlive a start again at the budget: 乙's second
        // reading after it is kept.
        let budget = NAMES_BUFFER + PAGE_BYTES + 64;
        n.insert_within(5 * SLOT_PAGE as u64, "丙", budget);
        assert_eq!(n.get(3), None);
        n.admit(4, "乙");
        assert_eq!(n.get(4), Some("乙"));
    }

    #[test]
    fn the_names_cache_starts_again_at_its_budget() {
        let mut n = Names::default();
        // Room for one buffer and two pages of slots (and the list of
        // pages).
        let budget = NAMES_BUFFER + 2 * PAGE_BYTES + 64;
        n.insert_within(1, "甲", budget);
        n.insert_within(2, "乙", budget);
        n.insert_within(SLOT_PAGE as u64 + 1, "丙", budget);
        assert_eq!(n.get(1), Some("甲"));
        assert_eq!(n.get(SLOT_PAGE as u64 + 1), Some("丙"));
        assert!(n.bytes <= budget);
        // A third page does not fit: the cache is emptied for it.
        n.insert_within(5 * SLOT_PAGE as u64, "丁", budget);
        assert_eq!(n.get(5 * SLOT_PAGE as u64), Some("丁"));
        assert_eq!(n.get(1), None);
        assert_eq!(n.get(SLOT_PAGE as u64 + 1), None);
        assert!(n.bytes <= budget);
        // Nor does a second buffer: 60 KB names, 17 to a buffer.
        let long = "名".repeat(20_000);
        let first = 5 * SLOT_PAGE as u64 + 1;
        for e in first..first + 17 {
            n.insert_within(e, &long, budget);
        }
        assert_eq!(n.get(5 * SLOT_PAGE as u64), Some("丁"));
        n.insert_within(first + 17, &long, budget);
        assert_eq!(n.get(first + 17), Some(long.as_str()));
        assert_eq!(n.get(5 * SLOT_PAGE as u64), None);
        assert_eq!(n.get(first), None);
        assert!(n.bytes <= budget);
    }

    use crate::store::mem::MemKv;
    use crate::store::packed::Packed;
    use std::sync::atomic::AtomicUsize;

    /// An engine that counts the seeks made into it.
    struct Counting {
        inner: MemKv,
        seeks: Arc<AtomicUsize>,
    }

    impl Kv for Counting {
        fn get(&self, space: Space, key: &[u8]) -> KvResult<Option<Vec<u8>>> {
            self.inner.get(space, key)
        }
        fn range(&self, space: Space, start: Bound<Vec<u8>>, end: Bound<Vec<u8>>) -> KvIter<'_> {
            self.seeks.fetch_add(1, Ordering::Relaxed);
            self.inner.range(space, start, end)
        }
        fn scan_prefix(&self, space: Space, prefix: &[u8]) -> KvIter<'_> {
            self.inner.scan_prefix(space, prefix)
        }
        fn floor(&self, space: Space, key: &[u8]) -> KvResult<Option<(Vec<u8>, Vec<u8>)>> {
            self.inner.floor(space, key)
        }
        fn apply(&self, ops: Vec<WriteOp>) -> KvResult<()> {
            self.inner.apply(ops)
        }
        fn size_on_disk(&self) -> KvResult<u64> {
            self.inner.size_on_disk()
        }
    }

    fn key(n: u32) -> Vec<u8> {
        format!("entity {n:06}").into_bytes()
    }

    /// A packed view over a block cache over a counting engine, holding
    /// 3,000 entries (dozens of blocks: an index keyspace, whose blocks are
    /// ~1 KB; records are packed in ~4 KB).
    fn setup(budget: usize) -> (Packed, Arc<AtomicUsize>) {
        let seeks = Arc::new(AtomicUsize::new(0));
        let engine = Counting {
            inner: MemKv::new(),
            seeks: seeks.clone(),
        };
        let kv = Packed::new(Box::new(BlockCache::new(Box::new(engine), budget)), "t");
        let ops = (0..3000)
            .map(|n| (Space::Aevt, key(n), Some(vec![n as u8; 20])))
            .collect();
        kv.apply(ops).unwrap();
        (kv, seeks)
    }

    fn reads(kv: &Packed) -> Vec<Option<Vec<u8>>> {
        let mut out = Vec::new();
        for n in (0..3000).step_by(37) {
            out.push(kv.get(Space::Aevt, &key(n)).unwrap());
            // A key that is not there (between two entries).
            let mut gap = key(n);
            gap.push(b'x');
            out.push(kv.get(Space::Aevt, &gap).unwrap());
            let scanned: Vec<_> = kv
                .scan_prefix(Space::Aevt, &key(n)[..11])
                .map(|r| r.unwrap())
                .collect();
            out.push(Some(
                scanned
                    .into_iter()
                    .flat_map(|(k, v)| k.into_iter().chain(v))
                    .collect(),
            ));
        }
        out
    }

    #[test]
    fn the_second_read_of_a_block_does_not_reach_the_engine() {
        let (kv, seeks) = setup(32 << 20);
        let first = reads(&kv);
        let cold = seeks.swap(0, Ordering::Relaxed);
        assert!(cold > 0);
        let again = reads(&kv);
        assert_eq!(first, again);
        assert_eq!(
            seeks.load(Ordering::Relaxed),
            0,
            "warm reads went to the engine"
        );
        // Without the cache every read seeks again, with the same answers.
        let (plain, plain_seeks) = setup(0);
        assert_eq!(reads(&plain), first);
        plain_seeks.store(0, Ordering::Relaxed);
        assert_eq!(reads(&plain), first);
        // Without it, every read seeks (three reads per key).
        let n = (0..3000).step_by(37).count();
        assert!(plain_seeks.load(Ordering::Relaxed) >= 3 * n);
    }

    /// A block's last key is held inline up to `INLINE_KEY` bytes and
    /// behind a pointer past that: the two kinds order as their bytes do,
    /// and keys on both sides of the length, sharing long prefixes, read
    /// the same cold and warm as from the plain engine.
    #[test]
    fn keys_inline_or_not_order_as_their_bytes() {
        let short = BlockKey::new(&[7; INLINE_KEY]);
        let long = BlockKey::new(&[7; INLINE_KEY + 1]);
        assert!(matches!(short, BlockKey::Inline { .. }));
        assert!(matches!(long, BlockKey::Heap(..)));
        assert_eq!(short.cmp(&long), std::cmp::Ordering::Less);
        assert_eq!(long.cmp(&short), std::cmp::Ordering::Greater);
        assert!(short != long);
        assert!(BlockKey::new(&[8]) > long);
        assert_eq!(&*long, &[7; INLINE_KEY + 1][..]);
        // Heads compared first order as the bytes do: keys ending within
        // eight bytes, zeros, equal heads, both kinds.
        let mut keys: Vec<Vec<u8>> = vec![vec![], vec![0], vec![0, 0], vec![0, 1], vec![1]];
        for n in 0..12u8 {
            keys.push(vec![1, 0, 0, 0, 0, 0, 0, 0, n]);
            keys.push(vec![1; n as usize]);
            keys.push(vec![0; n as usize]);
            keys.push([vec![0xFF; n as usize], vec![0; INLINE_KEY]].concat());
            keys.push(vec![n.wrapping_mul(37); INLINE_KEY - 1 + (n % 3) as usize]);
        }
        let mut by_bytes = keys.clone();
        by_bytes.sort();
        let mut by_key: Vec<BlockKey> = keys.iter().map(|k| BlockKey::new(k)).collect();
        by_key.sort();
        let by_key: Vec<Vec<u8>> = by_key.iter().map(|k| k.to_vec()).collect();
        assert_eq!(by_key, by_bytes);

        let plain = MemKv::new();
        let packed = Packed::new(
            Box::new(BlockCache::new(Box::new(MemKv::new()), 1 << 20)),
            "t",
        );
        let ops: Vec<WriteOp> = (0..2000u32)
            .map(|n| {
                // 30-49 bytes of the same byte, then the number.
                let mut k = vec![b'k'; 30 + (n as usize * 7) % 20];
                k.extend_from_slice(&n.to_be_bytes());
                (Space::Aevt, k, Some(vec![n as u8; 24]))
            })
            .collect();
        plain.apply(ops.clone()).unwrap();
        packed.apply(ops.clone()).unwrap();
        for round in 0..2 {
            for (_, k, _) in ops.iter().step_by(23) {
                assert_eq!(
                    packed.get(Space::Aevt, k).unwrap(),
                    plain.get(Space::Aevt, k).unwrap(),
                    "round {round}"
                );
                let start = Bound::Included(k.clone());
                let want = ranged(&plain, Space::Aevt, &start, 30);
                assert_eq!(
                    visited(&packed, Space::Aevt, &start, 30),
                    want,
                    "round {round}"
                );
            }
        }
    }

    fn scan_all(kv: &Packed) -> Vec<(Vec<u8>, Vec<u8>)> {
        kv.scan_prefix(Space::Aevt, b"entity")
            .map(|r| r.unwrap())
            .collect()
    }

    #[test]
    fn a_long_scan_read_again_does_not_reach_the_engine() {
        let (kv, seeks) = setup(32 << 20);
        let first = scan_all(&kv);
        assert_eq!(first.len(), 3000);
        assert!(seeks.swap(0, Ordering::Relaxed) > 0);
        assert_eq!(scan_all(&kv), first);
        assert_eq!(
            seeks.load(Ordering::Relaxed),
            0,
            "the second scan went to the engine"
        );
        let (plain, _) = setup(0);
        assert_eq!(scan_all(&plain), first);
    }

    #[test]
    fn a_block_kept_is_the_engines_bytes_not_a_copy() {
        let dir = tempfile::tempdir().unwrap();
        let engine = crate::store::kv::SledKv::open(dir.path(), std::time::Duration::from_secs(5));
        let cache = BlockCache::new(Box::new(engine.unwrap()), 32 << 20);
        // Values longer than sled keeps inline (22 bytes).
        let ops = (0..50)
            .map(|n| (Space::Aevt, key(n), Some(vec![n as u8; 1000])))
            .collect();
        cache.apply(ops).unwrap();
        let mut seen = 0;
        cache
            .visit(Space::Aevt, Bound::Included(key(10)), &mut |_, _| {
                seen += 1;
                Ok(seen < 3)
            })
            .unwrap();
        let (last, kept) = cache
            .lookup(Space::Aevt, &Bound::Included(key(10)))
            .flatten()
            .expect("the block read is kept");
        assert_eq!(&last[..], &key(10)[..]);
        let (_, engines) = cache
            .inner
            .range_shared(Space::Aevt, Bound::Included(key(10)))
            .next()
            .unwrap()
            .unwrap();
        assert_eq!(&kept[..], &engines[..]);
        assert_eq!(
            kept.as_ptr(),
            engines.as_ptr(),
            "the cache holds a second copy of a block sled holds"
        );
    }

    #[test]
    fn a_long_scan_read_once_does_not_push_out_blocks_read_twice() {
        // Room for a few dozen of the ~100 blocks.
        let (kv, seeks) = setup(32 * 1024);
        let points: Vec<Vec<u8>> = [5, 900, 1800, 2700].iter().map(|&n| key(n)).collect();
        for _ in 0..2 {
            for k in &points {
                assert!(kv.get(Space::Aevt, k).unwrap().is_some());
            }
        }
        assert_eq!(scan_all(&kv).len(), 3000);
        seeks.store(0, Ordering::Relaxed);
        for k in &points {
            assert!(kv.get(Space::Aevt, k).unwrap().is_some());
        }
        assert_eq!(
            seeks.load(Ordering::Relaxed),
            0,
            "the scan pushed out blocks read twice"
        );
    }

    type Entries = Vec<(Vec<u8>, Vec<u8>)>;

    /// The first `n` entries of `space` from `start` on, as `visit` lends
    /// them.
    fn visited(kv: &dyn Kv, space: Space, start: &Bound<Vec<u8>>, n: usize) -> Entries {
        let mut out = Vec::new();
        kv.visit(space, start.clone(), &mut |k, v| {
            out.push((k.to_vec(), v.to_vec()));
            Ok(out.len() < n)
        })
        .unwrap();
        out
    }

    /// The first `n` entries of `space` from `start` on, as `range` gives
    /// them.
    fn ranged(kv: &dyn Kv, space: Space, start: &Bound<Vec<u8>>, n: usize) -> Entries {
        kv.range(space, start.clone(), Bound::Unbounded)
            .take(n)
            .map(|r| r.unwrap())
            .collect()
    }

    #[test]
    fn a_visit_lends_what_a_range_reads() {
        let (kv, seeks) = setup(32 << 20);
        let (plain, _) = setup(0);
        for n in (0..3000).step_by(149) {
            for start in [Bound::Included(key(n)), Bound::Excluded(key(n))] {
                for stop in [1, 5, 400] {
                    let want = ranged(&plain, Space::Eavt, &start, stop);
                    // Cold (from the engine), then warm (from the cache).
                    assert_eq!(visited(&kv, Space::Eavt, &start, stop), want);
                    assert_eq!(visited(&kv, Space::Eavt, &start, stop), want);
                    assert_eq!(visited(&plain, Space::Eavt, &start, stop), want);
                }
            }
        }
        seeks.store(0, Ordering::Relaxed);
        visited(&kv, Space::Eavt, &Bound::Included(key(1500)), 3);
        assert_eq!(
            seeks.load(Ordering::Relaxed),
            0,
            "a warm visit went to the engine"
        );
    }

    #[test]
    fn a_warm_visit_lends_the_cached_block_instead_of_copying_it() {
        let engine = MemKv::new();
        let ops = (0..50)
            .map(|n| (Space::Eavt, key(n), Some(vec![n as u8; 300])))
            .collect();
        engine.apply(ops).unwrap();
        let cache = BlockCache::new(Box::new(engine), 1 << 20);
        let at = |c: &BlockCache| {
            let mut p = Vec::new();
            c.visit(Space::Eavt, Bound::Included(key(7)), &mut |_, v| {
                p.push(v.as_ptr() as usize);
                Ok(false)
            })
            .unwrap();
            p
        };
        at(&cache);
        let first = at(&cache);
        assert_eq!(first.len(), 1);
        // The same bytes both times: lent from the cache, not copied.
        assert_eq!(at(&cache), first);
        // A range still hands out its own copy.
        let (_, v) = cache
            .range(Space::Eavt, Bound::Included(key(7)), Bound::Unbounded)
            .next()
            .unwrap()
            .unwrap();
        assert_ne!(v.as_ptr() as usize, first[0]);
        assert_eq!(v, vec![7; 300]);
    }

    #[test]
    fn a_write_is_seen_by_the_next_read() {
        let (kv, _) = setup(32 << 20);
        reads(&kv);
        kv.apply(vec![
            (Space::Aevt, key(37), None),
            (
                Space::Aevt,
                b"entity 000074x".to_vec(),
                Some(b"new".to_vec()),
            ),
        ])
        .unwrap();
        assert_eq!(kv.get(Space::Aevt, &key(37)).unwrap(), None);
        assert_eq!(
            kv.get(Space::Aevt, b"entity 000074x").unwrap(),
            Some(b"new".to_vec())
        );
        let (fresh, _) = setup(0);
        fresh
            .apply(vec![
                (Space::Aevt, key(37), None),
                (
                    Space::Aevt,
                    b"entity 000074x".to_vec(),
                    Some(b"new".to_vec()),
                ),
            ])
            .unwrap();
        assert_eq!(reads(&kv), reads(&fresh));
    }

    #[test]
    fn a_small_budget_keeps_answers_right_and_stays_small() {
        let (kv, _) = setup(4096);
        let (plain, _) = setup(0);
        assert_eq!(reads(&kv), reads(&plain));
        assert_eq!(reads(&kv), reads(&plain));
        // The cache alone, over engine entries standing for blocks.
        let engine = MemKv::new();
        let ops = (0..500)
            .map(|n| (Space::Aevt, key(n), Some(vec![7; 100])))
            .collect();
        engine.apply(ops).unwrap();
        let cache = BlockCache::new(Box::new(engine), 4096);
        for n in 0..500 {
            let got = cache
                .range(Space::Aevt, Bound::Included(key(n)), Bound::Unbounded)
                .next()
                .unwrap()
                .unwrap();
            assert_eq!(got.0, key(n));
            assert!(read(&cache.blocks).bytes <= 4096);
        }
    }

    #[test]
    fn a_read_of_more_blocks_than_the_cache_holds_goes_around_it() {
        let engine = MemKv::new();
        let ops = (0..3000)
            .map(|n| (Space::Eavt, key(n), Some(vec![n as u8; 500])))
            .collect();
        engine.apply(ops).unwrap();
        // Holds ~500 blocks of `eavt`'s target size.
        let cache = BlockCache::new(Box::new(engine), 1 << 20);
        let room = cache.room();
        let first = |n: u32| {
            cache
                .range(Space::Eavt, Bound::Included(key(n)), Bound::Unbounded)
                .next()
                .unwrap()
                .unwrap()
        };
        for n in 0..10 {
            first(n);
        }
        let held = read(&cache.blocks).bytes;
        assert!(held > 0);
        // A read the cache can hold goes through it: nothing dropped.
        assert!(room.read_around(Space::Eavt, 900).is_none());
        assert_eq!(read(&cache.blocks).bytes, held);
        let around = room
            .read_around(Space::Eavt, 2500)
            .expect("2,500 blocks are more than twice what 1 MB holds");
        assert_eq!(read(&cache.blocks).bytes, 0, "the cache gave back its room");
        for n in 100..2600 {
            assert_eq!(first(n), (key(n), vec![n as u8; 500]));
            assert_eq!(read(&cache.blocks).bytes, 0, "block {n} was kept");
        }
        // Another thread's reads still go through it.
        std::thread::scope(|t| {
            t.spawn(|| first(2700));
        });
        let other = read(&cache.blocks).bytes;
        assert!(other > 0);
        drop(around);
        first(2800);
        assert!(read(&cache.blocks).bytes > other);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

        /// A read that starts inside a block skips the entries before its
        /// start without building their keys (`Cursor::seek`): from any
        /// start — a key, a prefix of one, between two, included or
        /// excluded — `visit` and `range` over the blocks (cached or not)
        /// lend what a plain engine holds, and `get` finds what it finds.
        #[test]
        fn a_read_from_inside_a_block_starts_where_the_plain_engine_does(
            keys in proptest::collection::btree_set(
                proptest::collection::vec(0u8..4, 0..7), 1..300),
            starts in proptest::collection::vec(proptest::collection::vec(0u8..4, 0..8), 12),
        ) {
            let plain = MemKv::new();
            let packed = Packed::new(Box::new(BlockCache::new(Box::new(MemKv::new()), 1 << 20)), "t");
            // Keys of 1-7 bytes over a small alphabet: long shared runs,
            // keys that are prefixes of others, blocks of a few dozen.
            let ops: Vec<WriteOp> = keys
                .iter()
                .map(|k| {
                    let mut key = vec![1];
                    key.extend(k);
                    (Space::Aevt, key, Some(vec![k.len() as u8; 9]))
                })
                .collect();
            plain.apply(ops.clone()).unwrap();
            packed.apply(ops).unwrap();
            for round in 0..2 {
                for s in &starts {
                    let mut at = vec![1];
                    at.extend(s);
                    for start in [Bound::Included(at.clone()), Bound::Excluded(at.clone())] {
                        let want = ranged(&plain, Space::Aevt, &start, 40);
                        let lent = visited(&packed, Space::Aevt, &start, 40);
                        proptest::prop_assert_eq!(&lent, &want, "visit from {:?}, round {}", start, round);
                        let ranged = ranged(&packed, Space::Aevt, &start, 40);
                        proptest::prop_assert_eq!(&ranged, &want, "range from {:?}", start);
                    }
                    proptest::prop_assert_eq!(
                        packed.get(Space::Aevt, &at).unwrap(),
                        plain.get(Space::Aevt, &at).unwrap()
                    );
                }
            }
        }
    }

    /// Every entry of `space` from `from` on, read with `visit` (the walk
    /// `Packed` remembers the landing of).
    fn visit_from(kv: &Packed, from: &[u8]) -> Vec<(Vec<u8>, Vec<u8>)> {
        let mut out = Vec::new();
        kv.visit(Space::Eavt, Bound::Included(from.to_vec()), &mut |k, v| {
            out.push((k.to_vec(), v.to_vec()));
            Ok(out.len() < 3)
        })
        .unwrap();
        out
    }

    #[test]
    fn a_landing_is_not_used_after_a_write_that_moved_its_entry() {
        let engine = MemKv::new();
        let cache = BlockCache::new(Box::new(engine), 32 << 20);
        let generation = cache.generation();
        let kv = Packed::with_landings(Box::new(cache), "t", generation);
        let ops = (0..40)
            .map(|n| (Space::Eavt, key(n), Some(vec![b'a'; 10])))
            .collect();
        kv.apply(ops).unwrap();
        let first = visit_from(&kv, &key(20));
        assert_eq!(first[0], (key(20), vec![b'a'; 10]));
        // Read again: from the landing, the same entries.
        assert_eq!(visit_from(&kv, &key(20)), first);
        // The entry before one byte shorter and this one a byte longer:
        // the block keeps its last key and its length, but the entry
        // moved, so the landing of the reads before is wrong now.
        kv.apply(vec![
            (Space::Eavt, key(19), Some(vec![b'b'; 9])),
            (Space::Eavt, key(20), Some(vec![b'c'; 11])),
        ])
        .unwrap();
        let after = visit_from(&kv, &key(20));
        assert_eq!(after[0], (key(20), vec![b'c'; 11]));
        assert_eq!(after[1], first[1]);
        assert_eq!(visit_from(&kv, &key(20)), after);
        // A read from a key that is not there lands on the entry after it.
        let mut gap = key(20);
        gap.push(b'x');
        assert_eq!(visit_from(&kv, &gap)[0].0, key(21));
        assert_eq!(visit_from(&kv, &gap)[0].0, key(21));
    }

    #[test]
    fn a_read_from_a_landing_goes_on_into_the_blocks_after_its_own() {
        let engine = MemKv::new();
        let cache = BlockCache::new(Box::new(engine), 32 << 20);
        let generation = cache.generation();
        let kv = Packed::with_landings(Box::new(cache), "t", generation);
        // ~100 bytes an entry: a 2 KB block holds about 20 of them.
        let ops = (0..200)
            .map(|n| (Space::Eavt, key(n), Some(vec![b'a'; 90])))
            .collect();
        kv.apply(ops).unwrap();
        let rest = |from: u32, most: usize| {
            let mut out = Vec::new();
            kv.visit(Space::Eavt, Bound::Included(key(from)), &mut |k, v| {
                out.push((k.to_vec(), v.to_vec()));
                Ok(out.len() < most)
            })
            .unwrap();
            out
        };
        for n in (0..200).step_by(7) {
            let first = rest(n, usize::MAX);
            assert_eq!(first.len(), 200 - n as usize);
            assert_eq!(first[0].0, key(n));
            // Read again (from the landing): to the end, and stopped short.
            assert_eq!(rest(n, usize::MAX), first, "read again from {n}");
            assert_eq!(rest(n, 30), first[..first.len().min(30)], "30 from {n}");
        }
    }
}
