//! Packed blocks (issue 12): the entries of every keyspace but `meta` and
//! `dict` ([`PACKED`]) are stored as sorted blocks of entries, one block per
//! sled value, instead of one sled key per entry. sled's cost is per key (~9 µs to write
//! one, ~3.5 KB of memory per key in flight, open time and iterator steps
//! per key), not per byte: the layout microbenchmark in
//! `benches/src/bin/layout.rs` measured it (benches/BENCHMARKS.md, "Layout").
//!
//! [`Packed`] wraps the engine and is itself a [`Kv`]: every other keyspace
//! passes through, and a packed one reads and writes exactly the entries it
//! held before (same keys, same values, same order), so nothing above the
//! store's `Kv` knows blocks exist. A block:
//! - its sled key is its last entry's key; blocks do not overlap, so the
//!   block holding a key is the first one whose key is at or after it —
//!   one forward seek (sled's reverse iteration, which a first-entry key
//!   would need, cost half the time of a join at 1M facts);
//! - its value is a format byte, then per entry: the length of the prefix it
//!   shares with the entry before, the rest of its key, its value (lengths
//!   as LEB128 varints);
//! - it is never empty; a write splits a block grown past twice its
//!   keyspace's [`target_bytes`] into blocks of about that size and drops
//!   a block left empty.
//!
//! A write turns its entry writes into block writes and hands them to the
//! engine with the rest, as one write: it stays all-or-nothing under the
//! engine's undo log. Only the writer changes blocks (the store serializes
//! writes), so reading the blocks a write touches before writing is safe.

use super::keys;
use super::kv::{
    Kv, KvError, KvIter, KvResult, LentWrite, Shared, SortedWrites, Space, Staged, Visitor, WriteOp,
};
use std::collections::BTreeMap;
use std::ops::Bound;

/// The keyspaces stored as blocks: all but `meta` (the engine's undo
/// mark lives there) and `dict` (few keys, documents' whole texts).
pub const PACKED: [Space; 10] = [
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

/// The packed keyspaces that hold the truth (nothing to rebuild them
/// from): a damaged block there cannot be repaired.
pub const TRUTH: [Space; 4] = [
    Space::Entities,
    Space::Eavt,
    Space::Sentences,
    Space::Sources,
];

/// The packed keyspaces derived from `eavt` (rebuilt from it).
pub const FACT_INDEXES: [Space; 3] = [Space::Aevt, Space::Avet, Space::Vaet];

pub fn is_packed(s: Space) -> bool {
    PACKED.contains(&s)
}

const FORMAT: u8 = 1;
/// The size a block is cut to (encoded bytes): ~80 prefix-compressed
/// index entries. The layout benchmark found 64 to 1024 entries per value
/// alike for writes and scans (all ~60× faster than a key per entry); a
/// lookup that lands inside a block walks half of it on average, which
/// made the join of the benchmark (10K facts) take 1.7× its time on 1 KB
/// blocks when they were 4 KB.
/// A million facts make ~50K blocks, well under the ~100K keys where
/// sled's open time starts to show.
pub const TARGET_BYTES: usize = 1024;
/// The target of `sentences`, whose records are a few hundred bytes and
/// are read one at a time (a quote): at 1 KB a block held ~4 of them, so
/// a load wrote a sled key per ~4 sentences (sled's inserts were a sixth
/// of a 1M load's CPU); at 4 KB a dozen.
pub const RECORD_TARGET_BYTES: usize = 4096;
/// The target of `eavt` and `entities`, which a result row reads one
/// entity at a time: a lookup walks half a block from its start, so at
/// 2 KB the range query of the benchmark (1,025 rows at 1M facts) took
/// ~8% less time than at 4 KB (1.26 ms against 1.37 ms, best of 60); the
/// join and the group-by were the same, and so was a 1M load's CPU
/// (~40 facts per sled key instead of ~100).
pub const FACT_TARGET_BYTES: usize = 2048;
/// The target of `words`: written once per load and only ever scanned a
/// whole word at a time, so its blocks need no short walk; at 4 KB a 1M
/// load leaves ~22K fewer sled keys (7K instead of 30K), which pays for
/// the ~10K more of 2 KB `eavt` blocks in a one-shot process's open
/// (sled's page table and snapshot grow with its pages): a one-shot
/// `show` took 17.4 ms CPU against 19.4 ms with 1 KB word blocks, about
/// what it took with neither change (17.7-18.8 ms; a shared machine).
pub const WORDS_TARGET_BYTES: usize = 4096;

/// The size the blocks of `space` are cut to; a block grown past twice
/// this by writes is split. Blocks of another size (written before a
/// target changed) read the same and are cut to the new one when a write
/// next splits them: the size is no part of the format.
pub fn target_bytes(space: Space) -> usize {
    match space {
        Space::Eavt | Space::Entities => FACT_TARGET_BYTES,
        Space::Sentences => RECORD_TARGET_BYTES,
        Space::Words => WORDS_TARGET_BYTES,
        _ => TARGET_BYTES,
    }
}

/// One entry: key and value.
pub type Entry = (Vec<u8>, Vec<u8>);
/// A write to one entry: `None` deletes it.
type EntryWrite = (Vec<u8>, Option<Vec<u8>>);

pub(crate) fn put_varint(out: &mut Vec<u8>, mut n: usize) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

fn varint_len(mut n: usize) -> usize {
    let mut len = 1;
    while n >= 0x80 {
        n >>= 7;
        len += 1;
    }
    len
}

/// A length of a block: nearly all of them fit one byte, read without the
/// loop (the loop was a sixth of a warm range query's time).
#[inline]
fn read_varint(buf: &[u8], at: &mut usize) -> Result<usize, String> {
    if let Some(&b) = buf.get(*at) {
        if b < 0x80 {
            *at += 1;
            return Ok(usize::from(b));
        }
    }
    read_varint_long(buf, at)
}

fn read_varint_long(buf: &[u8], at: &mut usize) -> Result<usize, String> {
    let mut n: usize = 0;
    for shift in (0..64).step_by(7) {
        let b = *buf.get(*at).ok_or("the block ends inside a length")?;
        *at += 1;
        n |= usize::from(b & 0x7F) << shift;
        if b & 0x80 == 0 {
            return Ok(n);
        }
    }
    Err("a length in the block is too long".into())
}

pub(crate) fn shared(a: &[u8], b: &[u8]) -> usize {
    a.iter().zip(b).take_while(|(x, y)| x == y).count()
}

/// The bytes `e` takes in a block after `prev`.
fn entry_len(prev: Option<&[u8]>, e: &Entry) -> usize {
    let s = prev.map_or(0, |p| shared(p, &e.0));
    varint_len(s) + varint_len(e.0.len() - s) + e.0.len() - s + varint_len(e.1.len()) + e.1.len()
}

/// Encodes sorted entries as one block.
pub fn encode_block(entries: &[Entry]) -> Vec<u8> {
    let mut out = Vec::with_capacity(
        1 + entries
            .iter()
            .map(|e| e.0.len() + e.1.len() + 3)
            .sum::<usize>(),
    );
    out.push(FORMAT);
    encode_after(&mut out, &[], entries);
    out
}

/// Decodes a block. `Err` says what is wrong with it.
pub fn decode_block(v: &[u8]) -> Result<Vec<Entry>, String> {
    match v.first() {
        Some(&FORMAT) => {}
        Some(f) => return Err(format!("unknown block format {f}")),
        None => return Err("the block is empty (no format byte)".into()),
    }
    let mut at = 1;
    let mut out: Vec<Entry> = Vec::new();
    while at < v.len() {
        let s = read_varint(v, &mut at)?;
        let rest = read_varint(v, &mut at)?;
        let prev = out.last().map_or(&[][..], |e| &e.0[..]);
        if s > prev.len() {
            return Err(format!(
                "entry {} shares more than the entry before",
                out.len()
            ));
        }
        let suffix = v
            .get(at..at.saturating_add(rest))
            .ok_or("the block ends inside a key")?;
        at += rest;
        let mut k = Vec::with_capacity(s + rest);
        k.extend_from_slice(&prev[..s]);
        k.extend_from_slice(suffix);
        let vlen = read_varint(v, &mut at)?;
        let val = v
            .get(at..at.saturating_add(vlen))
            .ok_or("the block ends inside a value")?;
        at += vlen;
        out.push((k, val.to_vec()));
    }
    Ok(out)
}

thread_local! {
    /// Buffers `Packed::visit` lends itself on this thread: a copy of its
    /// seek, its cursors' key (see there).
    static SPARE: std::cell::Cell<(Vec<u8>, Vec<u8>)> =
        const { std::cell::Cell::new((Vec::new(), Vec::new())) };
}

/// Reads a block's entries one at a time into one reused key buffer, so
/// that skipping entries allocates nothing. Over an owned block or one
/// lent by the cache (`&[u8]`).
struct Cursor<B = Vec<u8>> {
    buf: B,
    at: usize,
    key: Vec<u8>,
}

impl<B: AsRef<[u8]>> Cursor<B> {
    fn new(buf: B) -> Result<Cursor<B>, String> {
        Self::with_key(buf, Vec::new())
    }

    /// `new`, its key in `key`'s buffer (emptied).
    fn with_key(buf: B, mut key: Vec<u8>) -> Result<Cursor<B>, String> {
        if buf.as_ref().first() != Some(&FORMAT) {
            // Let the full decoder say what is wrong.
            decode_block(buf.as_ref())?;
            return Err("not a block".into());
        }
        key.clear();
        // Room for a key without growing it entry by entry (the
        // reallocations were a tenth of a warm range query).
        key.reserve(64);
        Ok(Cursor { buf, at: 1, key })
    }

    /// Moves to the next entry (its key in `self.key`) and returns where
    /// its value is in `self.buf`; `None` after the last one.
    fn advance(&mut self) -> Result<Option<std::ops::Range<usize>>, String> {
        let v = self.buf.as_ref();
        if self.at >= v.len() {
            return Ok(None);
        }
        let mut at = self.at;
        let s = read_varint(v, &mut at)?;
        let rest = read_varint(v, &mut at)?;
        if s > self.key.len() {
            return Err("an entry shares more than the entry before".into());
        }
        let suffix = v
            .get(at..at.saturating_add(rest))
            .ok_or("the block ends inside a key")?;
        at += rest;
        self.key.truncate(s);
        self.key.extend_from_slice(suffix);
        let vlen = read_varint(v, &mut at)?;
        let end = at.saturating_add(vlen);
        if end > v.len() {
            return Err("the block ends inside a value".into());
        }
        self.at = end;
        Ok(Some(at..end))
    }
}

impl<B: AsRef<[u8]>> Cursor<B> {
    /// `advance` to the first entry at or after `start`, without building
    /// the keys it skips (a point read walks a block from its start): while
    /// the key before sorts below `start` and first differs from it at
    /// byte `m`, an entry sharing more than `m` bytes with that key sorts
    /// below `start` too, and only the others are compared.
    fn seek(&mut self, start: &Bound<Vec<u8>>) -> Result<Option<std::ops::Range<usize>>, String> {
        let (target, inclusive) = match start {
            Bound::Included(t) => (t.as_slice(), true),
            Bound::Excluded(t) => (t.as_slice(), false),
            Bound::Unbounded => return self.advance(),
        };
        if self.at != 1 {
            // Only from a block's start: `m` is known there.
            loop {
                let Some(val) = self.advance()? else {
                    return Ok(None);
                };
                if after_start(&self.key, start) {
                    return Ok(Some(val));
                }
            }
        }
        let v = self.buf.as_ref();
        // The length of the key before, and of its common prefix with
        // `target` (it sorts below `target`, or equals it when excluded).
        let (mut prev_len, mut m) = (0usize, 0usize);
        let mut at = self.at;
        while at < v.len() {
            let s = read_varint(v, &mut at)?;
            let rest = read_varint(v, &mut at)?;
            if s > prev_len {
                return Err("an entry shares more than the entry before".into());
            }
            let suffix = v
                .get(at..at.saturating_add(rest))
                .ok_or("the block ends inside a key")?;
            at += rest;
            let vlen = read_varint(v, &mut at)?;
            let end = at.saturating_add(vlen);
            if end > v.len() {
                return Err("the block ends inside a value".into());
            }
            let val = at..end;
            at = end;
            prev_len = s + rest;
            if s > m {
                continue;
            }
            // The key's first `s` bytes are `target`'s: compare the rest.
            let t = &target[s..];
            let c = shared(suffix, t);
            let below = match (suffix.get(c), t.get(c)) {
                (Some(a), Some(b)) => a < b,
                (None, Some(_)) => true,
                (Some(_), None) => false,
                (None, None) => !inclusive,
            };
            if below {
                m = s + c;
                continue;
            }
            self.key.clear();
            self.key.extend_from_slice(&target[..s]);
            self.key.extend_from_slice(suffix);
            self.at = at;
            return Ok(Some(val));
        }
        self.at = at;
        Ok(None)
    }
}

/// The value of `key` in a block, read without building its entries.
fn find_in_block(v: &[u8], key: &[u8]) -> Result<Option<Vec<u8>>, String> {
    let mut c = Cursor::new(v)?;
    while let Some(val) = c.advance()? {
        match c.key.as_slice().cmp(key) {
            std::cmp::Ordering::Less => {}
            std::cmp::Ordering::Equal => return Ok(Some(c.buf[val].to_vec())),
            std::cmp::Ordering::Greater => return Ok(None),
        }
    }
    Ok(None)
}

/// Cuts sorted entries into blocks of about `target` bytes.
fn cut(entries: Vec<Entry>, target: usize) -> Vec<Vec<Entry>> {
    let mut blocks = Vec::new();
    let mut cur: Vec<Entry> = Vec::new();
    let mut size = 1;
    for e in entries {
        let add = entry_len(cur.last().map(|p| &p.0[..]), &e);
        if !cur.is_empty() && size + add > target {
            blocks.push(std::mem::take(&mut cur));
            size = 1 + entry_len(None, &e);
        } else {
            size += add;
        }
        cur.push(e);
    }
    if !cur.is_empty() {
        blocks.push(cur);
    }
    blocks
}

/// The blocks `cut` makes of sorted entries, each encoded as
/// `encode_block` encodes it, with its last key, in one pass: each
/// entry's shared prefix is found once (`cut`, then encoding each block,
/// had found it twice).
fn cut_encoded(entries: &[Entry], target: usize, mut block: impl FnMut(Vec<u8>, Vec<u8>)) {
    let fresh = |n: usize| {
        let mut b = Vec::with_capacity(n);
        b.push(FORMAT);
        b
    };
    let mut cur = fresh(target + 64);
    let mut prev: Option<&[u8]> = None;
    for (k, v) in entries {
        let mut s = prev.map_or(0, |p| shared(p, k));
        let len = |s: usize| {
            varint_len(s) + varint_len(k.len() - s) + k.len() - s + varint_len(v.len()) + v.len()
        };
        if let Some(p) = prev {
            if cur.len() + len(s) > target {
                block(p.to_vec(), std::mem::replace(&mut cur, fresh(target + 64)));
                s = 0;
            }
        }
        put_entry(&mut cur, s, k, v);
        prev = Some(k);
    }
    if let Some(p) = prev {
        block(p.to_vec(), cur);
    }
}

/// One entry of a block, sharing `s` bytes with the key before.
fn put_entry(out: &mut Vec<u8>, s: usize, k: &[u8], v: &[u8]) {
    put_varint(out, s);
    put_varint(out, k.len() - s);
    out.extend_from_slice(&k[s..]);
    put_varint(out, v.len());
    out.extend_from_slice(v);
}

/// Packs sorted, distinct entries into block writes (key, value).
pub fn pack(space: Space, entries: Vec<Entry>) -> Vec<(Vec<u8>, Vec<u8>)> {
    let mut out = Vec::new();
    cut_encoded(&entries, target_bytes(space), |k, v| out.push((k, v)));
    out
}

fn damaged(label: &str, space: Space, key: &[u8], why: &str) -> KvError {
    KvError::Corrupt(format!(
        "database {label} is damaged: {} block {} cannot be read ({why}); {}",
        space.tree_name(),
        hex(key),
        super::kv::RESTORE
    ))
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// The engine with the packed keyspaces read and written as blocks.
pub struct Packed {
    inner: Box<dyn Kv>,
    label: String,
    /// Where reads from a key landed in their blocks (see [`Landings`]).
    landings: Option<Landings>,
}

/// Where a read from a key (`Kv::visit` from `Included(key)`: an entity's
/// facts, a point read's block) found its first entry in the block: the
/// block's last key and length, that entry's key, value and the offset
/// after it. A row of a result reads its entity's facts from the middle of
/// a 2 KB block, walking the entries before them from the block's start
/// (~16% of a warm range query at 1M facts); read again, the walk is
/// skipped. A block's bytes under one last key change only by a write, and
/// every write moves the block cache's generation (odd while it is applied,
/// bumped after): a landing is used only in the generation it was found
/// in. No format change: the blocks are read as before.
///
/// A landing holds its block (shared with the block cache, not a copy):
/// read again, the entries are read from it without asking the block cache,
/// whose lock, map descent and the block's reference count (the first touch
/// of the block, a cache miss per row) were ~10% of a warm range query's
/// instructions and ~20% of its simulated cache misses at 1M facts.
struct Landings {
    generation: std::sync::Arc<std::sync::atomic::AtomicU64>,
    map: std::sync::RwLock<LandingMap>,
}

#[derive(Default)]
struct LandingMap {
    generation: u64,
    /// Per keyspace (`Space::index`), so that a lookup borrows the key.
    by_key: [rustc_hash::FxHashMap<Box<[u8]>, std::sync::Arc<Landing>>; Space::ALL.len()],
    len: usize,
    /// The bytes of the landings' blocks, each counted once per landing.
    blocks: usize,
}

struct Landing {
    last: Box<[u8]>,
    block: Shared,
    key: Box<[u8]>,
    at: usize,
    value: std::ops::Range<usize>,
}

/// Landings kept at most; the map starts again empty past it (a join at
/// 1M facts reads ~6,400 entities: ~1 MB of them).
const LANDINGS: usize = 1 << 15;

/// The most block bytes the landings hold (counted per landing): a block
/// the block cache evicted stays while a landing holds it. A join at 1M
/// facts lands in ~6,400 blocks of ~2 KB.
const LANDED_BYTES: usize = 16 << 20;

impl Landings {
    /// The landing of a read from `key`, if it was found in this generation.
    fn get(&self, space: Space, key: &[u8]) -> Option<std::sync::Arc<Landing>> {
        let now = self.generation.load(std::sync::atomic::Ordering::Acquire);
        let m = self
            .map
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if m.generation != now || now % 2 == 1 {
            return None;
        }
        m.by_key[space.index()].get(key).cloned()
    }

    /// Keeps a landing found by a read that began in generation `since`,
    /// unless a write began since.
    fn keep(&self, since: u64, space: Space, key: &[u8], landing: Landing) {
        // A read around the block cache keeps none of its blocks, nor does
        // a landing (it would hold them: up to LANDED_BYTES beside the
        // rows of a join at 10M facts).
        if since % 2 == 1 || super::cache::reading_around() {
            return;
        }
        let mut m = self
            .map
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if self.generation.load(std::sync::atomic::Ordering::Acquire) != since {
            return;
        }
        if m.generation != since || m.len >= LANDINGS || m.blocks >= LANDED_BYTES {
            *m = LandingMap {
                generation: since,
                ..Default::default()
            };
        }
        let bytes = landing.block.len();
        if m.by_key[space.index()]
            .insert(key.into(), std::sync::Arc::new(landing))
            .is_none()
        {
            m.len += 1;
            m.blocks += bytes;
        }
    }
}

impl Packed {
    pub fn new(inner: Box<dyn Kv>, label: &str) -> Packed {
        Packed {
            inner,
            label: label.to_string(),
            landings: None,
        }
    }

    /// `new`, remembering where reads landed in their blocks for as long
    /// as `generation` (the block cache's, moved by every write beneath)
    /// stays the same.
    pub fn with_landings(
        inner: Box<dyn Kv>,
        label: &str,
        generation: std::sync::Arc<std::sync::atomic::AtomicU64>,
    ) -> Packed {
        Packed {
            inner,
            label: label.to_string(),
            landings: Some(Landings {
                generation,
                map: Default::default(),
            }),
        }
    }

    /// The engine beneath, where a packed keyspace holds blocks.
    pub fn raw(&self) -> &dyn Kv {
        self.inner.as_ref()
    }

    fn decode(&self, space: Space, key: &[u8], v: &[u8]) -> KvResult<Vec<Entry>> {
        decode_block(v).map_err(|why| damaged(&self.label, space, key, &why))
    }

    /// Turns sorted entry writes (one per key) into block writes.
    fn plan(
        &self,
        space: Space,
        ops: impl Iterator<Item = EntryWrite>,
        out: &mut BTreeMap<Vec<u8>, Option<Vec<u8>>>,
    ) -> KvResult<()> {
        let mut ops = ops.peekable();
        // The block merged last, not yet written: writes past the last
        // block join it, and it may be that block.
        let mut pending: Option<(Option<Vec<u8>>, Vec<Entry>)> = None;
        while let Some((first, _)) = ops.peek() {
            // The block holding `first`: the first one ending at or after
            // it; past the last block, the last block grows.
            let found = self
                .inner
                .range(space, Bound::Included(first.clone()), Bound::Unbounded)
                .next()
                .transpose()?;
            let (old_key, entries, bound) = match found {
                Some((k, v)) => {
                    let entries = self.decode(space, &k, &v)?;
                    (Some(k.clone()), entries, Some(k))
                }
                None => match self.inner.floor(space, first)? {
                    Some((k, _)) if pending.as_ref().is_some_and(|p| p.0.as_ref() == Some(&k)) => {
                        let (old, merged) = pending.take().unwrap_or_default();
                        (old, merged, None)
                    }
                    Some((k, v)) => {
                        // Every write left is past the last block: its
                        // entries stay as they are encoded, and the new
                        // ones are encoded after them (a load into a new
                        // store appends nearly all its entries so).
                        if let Some((old, merged)) = pending.take() {
                            emit(space, old, merged, out);
                        }
                        // Sized for all that is left (nearly all puts):
                        // a filter's length is not known, and grown from
                        // nothing the list was copied at each doubling.
                        let mut adds: Vec<Entry> =
                            Vec::with_capacity(ops.size_hint().1.unwrap_or(0));
                        adds.extend(ops.filter_map(|(k, v)| v.map(|v| (k, v))));
                        return match append(space, &k, &v, adds, out) {
                            Ok(()) => Ok(()),
                            Err(adds) => {
                                let entries = self.decode(space, &k, &v)?;
                                emit(space, Some(k), merge_after(entries, adds), out);
                                Ok(())
                            }
                        };
                    }
                    None => (None, Vec::new(), None),
                },
            };
            let mut mine = Vec::new();
            while let Some(op) = ops.next_if(|op| bound.as_ref().is_none_or(|b| op.0 <= *b)) {
                mine.push(op);
            }
            if let Some((old, merged)) = pending.take() {
                emit(space, old, merged, out);
            }
            pending = Some((old_key, merge(entries, mine)));
        }
        if let Some((old, merged)) = pending {
            emit(space, old, merged, out);
        }
        Ok(())
    }

    /// Problems in the blocks of a packed keyspace, one sentence each
    /// (the first `max`): blocks that do not decode, entries out of order
    /// or repeated, a block keyed other than by its last entry, empty or
    /// overlapping blocks. Also returns the number of problems.
    pub fn verify(&self, space: Space, max: usize) -> (Vec<String>, usize) {
        let mut problems = Vec::new();
        let mut count = 0;
        let mut say = |m: String| {
            count += 1;
            if problems.len() < max {
                problems.push(m);
            }
        };
        let name = space.tree_name();
        let mut last: Option<Vec<u8>> = None;
        for item in self.inner.range(space, Bound::Unbounded, Bound::Unbounded) {
            let (k, v) = match item {
                Ok(kv) => kv,
                Err(e) => {
                    say(format!("{name}: its blocks cannot be read to the end: {e}"));
                    break;
                }
            };
            let entries = match decode_block(&v) {
                Ok(e) => e,
                Err(why) => {
                    say(format!("{name}: damaged block {} ({why})", hex(&k)));
                    continue;
                }
            };
            let (Some(first), Some(end)) = (entries.first(), entries.last()) else {
                say(format!("{name}: empty block {}", hex(&k)));
                continue;
            };
            if end.0 != k {
                say(format!(
                    "{name}: block {} ends with entry {}",
                    hex(&k),
                    hex(&end.0)
                ));
            }
            if let Some(l) = &last {
                if first.0 <= *l {
                    say(format!(
                        "{name}: block {} overlaps the block before it",
                        hex(&k)
                    ));
                }
            }
            if entries.windows(2).any(|w| w[0].0 >= w[1].0) {
                say(format!(
                    "{name}: block {} holds entries out of order or twice",
                    hex(&k)
                ));
            }
            last = entries.last().map(|e| e.0.clone());
        }
        (problems, count)
    }

    /// The writes that replace every block of `space` with blocks of
    /// `entries` (sorted, distinct), for one atomic write.
    pub fn rebuild_ops(&self, space: Space, entries: Vec<Entry>) -> KvResult<Vec<WriteOp>> {
        let blocks = pack(space, entries);
        let keep: std::collections::HashSet<&[u8]> =
            blocks.iter().map(|(k, _)| k.as_slice()).collect();
        let mut ops = Vec::new();
        for item in self.inner.range(space, Bound::Unbounded, Bound::Unbounded) {
            let (k, _) = item?;
            if !keep.contains(k.as_slice()) {
                ops.push((space, k, None));
            }
        }
        ops.extend(blocks.into_iter().map(|(k, v)| (space, k, Some(v))));
        Ok(ops)
    }

    /// Every entry of `space` that can still be read, block by block
    /// (a damaged block is skipped), sorted and without repeats.
    pub fn salvage(&self, space: Space) -> Vec<Entry> {
        let mut all = BTreeMap::new();
        for (_, v) in self
            .inner
            .range(space, Bound::Unbounded, Bound::Unbounded)
            .map_while(Result::ok)
        {
            if let Ok(entries) = decode_block(&v) {
                all.extend(entries);
            }
        }
        all.into_iter().collect()
    }
}

/// Writes a merged block in place of the old one (`old`, its key): cut to
/// the target size when it is new (an empty keyspace) or past the maximum,
/// dropped when empty. Blocks are keyed by their last entry.
fn emit(
    space: Space,
    old: Option<Vec<u8>>,
    merged: Vec<Entry>,
    out: &mut BTreeMap<Vec<u8>, Option<Vec<u8>>>,
) {
    let target = target_bytes(space);
    let fresh = old.is_none();
    if let Some(k) = old {
        out.insert(k, None);
    }
    let Some(last) = merged.last() else {
        return;
    };
    if !fresh {
        // One block unless past twice the target (then cut as new).
        let whole = encode_block(&merged);
        if whole.len() <= 2 * target {
            out.insert(last.0.clone(), Some(whole));
            return;
        }
    }
    cut_encoded(&merged, target, |k, v| {
        out.insert(k, Some(v));
    });
}

/// The writes of `emit(space, Some(key), entries ++ adds)` for a block
/// `key` whose encoded entries `block` all sort before `adds` (sorted,
/// distinct), without decoding and encoding `block` again: its bytes open
/// the first block written, as they would be encoded (a block's entries
/// are cut from its start, and all of `block`'s fit the first one when it
/// is no larger than the target). `Err(adds)` when that is not so (a
/// block past the target that must be cut, or one that does not read as a
/// block), for the caller to merge the entries decoded.
fn append(
    space: Space,
    key: &[u8],
    block: &[u8],
    adds: Vec<Entry>,
    out: &mut BTreeMap<Vec<u8>, Option<Vec<u8>>>,
) -> Result<(), Vec<Entry>> {
    let target = target_bytes(space);
    if !well_formed(block, key) {
        return Err(adds);
    }
    if adds.is_empty() {
        // Only deletes of keys past the last: the block stays as it is,
        // unless past twice the target (then cut, as `emit` cuts it).
        return if block.len() > 2 * target {
            Err(adds)
        } else {
            Ok(())
        };
    }
    let mut sizes = Vec::with_capacity(adds.len());
    let mut prev = key;
    for e in &adds {
        sizes.push(entry_len(Some(prev), e));
        prev = &e.0;
    }
    let total = block.len() + sizes.iter().sum::<usize>();
    if total > 2 * target && block.len() > target {
        return Err(adds);
    }
    // As `emit` cuts them: one block unless past twice the target.
    let mut first = block.len();
    let mut j = 0;
    if total > 2 * target {
        while j < adds.len() && first + sizes[j] <= target {
            first += sizes[j];
            j += 1;
        }
    } else {
        j = adds.len();
        first = total;
    }
    if let Some(last) = adds[..j].last() {
        let mut bytes = Vec::with_capacity(first);
        bytes.extend_from_slice(block);
        encode_after(&mut bytes, key, &adds[..j]);
        out.insert(key.to_vec(), None);
        out.insert(last.0.clone(), Some(bytes));
    }
    cut_encoded(&adds[j..], target, |k, v| {
        out.insert(k, Some(v));
    });
    Ok(())
}

/// Whether `v` reads as a block of at least one entry whose last key is
/// `key`, the key it is stored under (the entries appended share their
/// prefixes with it: a damaged block ending otherwise would have them
/// read back as other keys), walked with one key buffer.
fn well_formed(v: &[u8], key: &[u8]) -> bool {
    if v.first() != Some(&FORMAT) || v.len() < 2 {
        return false;
    }
    let mut at = 1;
    let mut last: Vec<u8> = Vec::with_capacity(key.len());
    while at < v.len() {
        let (Ok(s), Ok(rest)) = (read_varint(v, &mut at), read_varint(v, &mut at)) else {
            return false;
        };
        if s > last.len() {
            return false;
        }
        let Some(suffix) = v.get(at..at.saturating_add(rest)) else {
            return false;
        };
        last.truncate(s);
        last.extend_from_slice(suffix);
        at += rest;
        let Ok(vlen) = read_varint(v, &mut at) else {
            return false;
        };
        at = at.saturating_add(vlen);
        if at > v.len() {
            return false;
        }
    }
    last == key
}

/// Encodes sorted entries after an entry whose key is `prev`, as
/// `encode_block` continues a block.
fn encode_after<'a>(out: &mut Vec<u8>, mut prev: &'a [u8], entries: &'a [Entry]) {
    for (k, v) in entries {
        put_entry(out, shared(prev, k), k, v);
        prev = k;
    }
}

/// `entries` followed by `adds`, which all sort after them.
fn merge_after(mut entries: Vec<Entry>, adds: Vec<Entry>) -> Vec<Entry> {
    entries.extend(adds);
    entries
}

/// Applies sorted entry writes (distinct keys) to a block's sorted entries.
fn merge(entries: Vec<Entry>, ops: Vec<EntryWrite>) -> Vec<Entry> {
    let mut out = Vec::with_capacity(entries.len() + ops.len());
    let mut ops = ops.into_iter().peekable();
    for e in entries {
        let mut replaced = false;
        while let Some((k, v)) = ops.next_if(|(k, _)| *k <= e.0) {
            // A write to the entry's own key replaces or deletes it.
            replaced |= k == e.0;
            if let Some(v) = v {
                out.push((k, v));
            }
        }
        if !replaced {
            out.push(e);
        }
    }
    out.extend(ops.filter_map(|(k, v)| v.map(|v| (k, v))));
    out
}

/// Entries of a packed keyspace in `[start, end)`, read block by block.
struct Entries<'a> {
    packed: &'a Packed,
    space: Space,
    blocks: KvIter<'a>,
    /// The block being read, and its engine key (for errors).
    cur: Option<(Cursor, Vec<u8>)>,
    start: Bound<Vec<u8>>,
    end: Bound<Vec<u8>>,
    /// Past `start`: entries are sorted, so no more comparing with it.
    started: bool,
    done: bool,
}

fn after_start(k: &[u8], start: &Bound<Vec<u8>>) -> bool {
    match start {
        Bound::Included(s) => k >= s.as_slice(),
        Bound::Excluded(s) => k > s.as_slice(),
        Bound::Unbounded => true,
    }
}

fn before_end(k: &[u8], end: &Bound<Vec<u8>>) -> bool {
    match end {
        Bound::Included(e) => k <= e.as_slice(),
        Bound::Excluded(e) => k < e.as_slice(),
        Bound::Unbounded => true,
    }
}

impl Iterator for Entries<'_> {
    type Item = KvResult<Entry>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.done {
                return None;
            }
            if let Some((c, block)) = &mut self.cur {
                let step = if self.started {
                    c.advance()
                } else {
                    c.seek(&self.start)
                };
                match step {
                    Ok(Some(val)) => {
                        self.started = true;
                        if !before_end(&c.key, &self.end) {
                            self.done = true;
                            return None;
                        }
                        return Some(Ok((c.key.clone(), c.buf[val].to_vec())));
                    }
                    Ok(None) => self.cur = None,
                    Err(why) => {
                        self.done = true;
                        return Some(Err(damaged(&self.packed.label, self.space, block, &why)));
                    }
                }
            }
            match self.blocks.next() {
                None => {
                    self.done = true;
                    return None;
                }
                Some(Err(e)) => {
                    self.done = true;
                    return Some(Err(e));
                }
                Some(Ok((k, v))) => match Cursor::new(v) {
                    Ok(c) => self.cur = Some((c, k)),
                    Err(why) => {
                        self.done = true;
                        return Some(Err(damaged(&self.packed.label, self.space, &k, &why)));
                    }
                },
            }
        }
    }
}

/// What `Packed::visit` looks for and keeps landings by: its seek, the
/// landings with the seek's key, and the generation the read began in.
type LandingAt<'a> = (
    &'a Bound<Vec<u8>>,
    Option<(&'a Landings, &'a [u8])>,
    Option<u64>,
);

impl Packed {
    /// `visit`'s walk over the blocks ending at or after `start`, each lent
    /// by the engine (or the block cache) and read in place; from the first
    /// entry at or after the seek unless `started`, and then a landing is
    /// kept with its block. `keys` is the cursors' key buffer, given back
    /// when the walk ends (on an error it goes with the cursor).
    fn walk(
        &self,
        space: Space,
        start: Bound<Vec<u8>>,
        mut started: bool,
        (target, landings, since): LandingAt<'_>,
        keys: &mut Vec<u8>,
        f: &mut Visitor<'_>,
    ) -> KvResult<()> {
        let mut each = |k: &[u8], block: &[u8], shared: Option<&Shared>| -> KvResult<bool> {
            let damaged = |why: String| damaged(&self.label, space, k, &why);
            let mut c = Cursor::with_key(block, std::mem::take(keys)).map_err(damaged)?;
            let mut next = if started {
                c.advance()
            } else {
                let found = c.seek(target);
                if let (Some((l, key)), Some(since), Some(shared), Ok(Some(value))) =
                    (landings, since, shared, &found)
                {
                    l.keep(
                        since,
                        space,
                        key,
                        Landing {
                            last: k.into(),
                            block: shared.clone(),
                            key: c.key.as_slice().into(),
                            at: c.at,
                            value: value.clone(),
                        },
                    );
                }
                found
            }
            .map_err(damaged)?;
            started |= next.is_some();
            while let Some(val) = next {
                if !f(&c.key, &c.buf[val])? {
                    *keys = std::mem::take(&mut c.key);
                    return Ok(false);
                }
                next = c.advance().map_err(damaged)?;
            }
            *keys = std::mem::take(&mut c.key);
            Ok(true)
        };
        if landings.is_some() {
            self.inner
                .visit_shared(space, start, &mut |k, v| each(k, v, Some(v)))
        } else {
            self.inner.visit(space, start, &mut |k, v| each(k, v, None))
        }
    }
}

impl Kv for Packed {
    fn get(&self, space: Space, key: &[u8]) -> KvResult<Option<Vec<u8>>> {
        if !is_packed(space) {
            return self.inner.get(space, key);
        }
        // The block is lent, not copied: only the value found is.
        let mut found = None;
        self.inner
            .visit(space, Bound::Included(key.to_vec()), &mut |k, v| {
                found =
                    find_in_block(v, key).map_err(|why| damaged(&self.label, space, k, &why))?;
                Ok(false)
            })?;
        Ok(found)
    }

    fn visit(&self, space: Space, start: Bound<Vec<u8>>, f: &mut Visitor<'_>) -> KvResult<()> {
        if !is_packed(space) {
            return self.inner.visit(space, start, f);
        }
        // The seek goes to the engine; the walk keeps a copy of it, and its
        // cursors' key, in buffers of this thread's reused from one visit to
        // the next (a point read, an entity's facts, allocated both).
        let mut spare = SPARE.with(std::cell::Cell::take);
        let mut copy = |k: &[u8]| {
            spare.0.clear();
            spare.0.extend_from_slice(k);
            std::mem::take(&mut spare.0)
        };
        let target = match &start {
            Bound::Included(k) => Bound::Included(copy(k)),
            Bound::Excluded(k) => Bound::Excluded(copy(k)),
            Bound::Unbounded => Bound::Unbounded,
        };
        // Where a read from this key landed before (see `Landings`).
        let landings = match (&self.landings, &target) {
            (Some(l), Bound::Included(key)) => Some((l, key.as_slice())),
            _ => None,
        };
        let since = landings.map(|(l, _)| l.generation.load(std::sync::atomic::Ordering::Acquire));
        let mut keys = std::mem::take(&mut spare.1);
        // Where the walk over the blocks starts, if it is still to be made.
        let mut rest = Some(start);
        let mut started = false;
        let mut r = Ok(());
        if let Some(l) = landings.and_then(|(l, key)| l.get(space, key)) {
            // Read from the landing's own block, which it checked when it
            // landed; the walk goes on from the next block if it asks.
            let mut c = Cursor {
                buf: &l.block[..],
                at: l.at,
                key: std::mem::take(&mut keys),
            };
            c.key.clear();
            c.key.extend_from_slice(&l.key);
            let mut next = Some(l.value.clone());
            let mut more = true;
            while let Some(val) = next {
                match f(&c.key, &c.buf[val]) {
                    Ok(true) => {}
                    Ok(false) => {
                        more = false;
                        break;
                    }
                    Err(e) => {
                        r = Err(e);
                        more = false;
                        break;
                    }
                }
                match c.advance() {
                    Ok(n) => next = n,
                    Err(why) => {
                        r = Err(damaged(&self.label, space, &l.last, &why));
                        more = false;
                        break;
                    }
                }
            }
            keys = std::mem::take(&mut c.key);
            started = true;
            rest = more.then(|| Bound::Excluded(l.last.to_vec()));
        }
        if let Some(start) = rest {
            let landing = (&target, landings, since);
            r = self.walk(space, start, started, landing, &mut keys, f);
        }
        if let Bound::Included(v) | Bound::Excluded(v) = target {
            spare.0 = v;
        }
        spare.1 = keys;
        SPARE.with(|s| s.set(spare));
        r
    }

    fn range(&self, space: Space, start: Bound<Vec<u8>>, end: Bound<Vec<u8>>) -> KvIter<'_> {
        if !is_packed(space) {
            return self.inner.range(space, start, end);
        }
        // The blocks ending at or after the start; the entries past the
        // end stop the walk.
        let blocks = self.inner.range(space, start.clone(), Bound::Unbounded);
        Box::new(Entries {
            packed: self,
            space,
            blocks,
            cur: None,
            start,
            end,
            started: false,
            done: false,
        })
    }

    fn scan_prefix(&self, space: Space, prefix: &[u8]) -> KvIter<'_> {
        if !is_packed(space) {
            return self.inner.scan_prefix(space, prefix);
        }
        let end = match keys::prefix_end(prefix) {
            Some(e) => Bound::Excluded(e),
            None => Bound::Unbounded,
        };
        self.range(space, Bound::Included(prefix.to_vec()), end)
    }

    fn floor(&self, space: Space, key: &[u8]) -> KvResult<Option<Entry>> {
        if !is_packed(space) {
            return self.inner.floor(space, key);
        }
        // In the block holding `key`, or else the last entry of the block
        // before it (which ends below `key`).
        let holding = self
            .inner
            .range(space, Bound::Included(key.to_vec()), Bound::Unbounded)
            .next()
            .transpose()?;
        if let Some((k, v)) = holding {
            let entries = self.decode(space, &k, &v)?;
            if let Some(e) = entries.into_iter().rev().find(|e| e.0.as_slice() <= key) {
                return Ok(Some(e));
            }
        }
        match self.inner.floor(space, key)? {
            Some((k, v)) => Ok(self.decode(space, &k, &v)?.pop()),
            None => Ok(None),
        }
    }

    fn apply(&self, ops: Vec<WriteOp>) -> KvResult<()> {
        let out = self.to_blocks(ops)?;
        self.inner.apply(out)
    }

    fn staged(&self) -> KvResult<Option<Box<dyn Staged + '_>>> {
        Ok(self.inner.staged()?.map(|inner| {
            Box::new(PackedStaged {
                packed: self,
                inner,
            }) as Box<dyn Staged + '_>
        }))
    }

    fn size_on_disk(&self) -> KvResult<u64> {
        self.inner.size_on_disk()
    }
}

/// A staged write of the engine beneath, each part turned into block
/// writes against the blocks as the parts before it left them.
struct PackedStaged<'a> {
    packed: &'a Packed,
    inner: Box<dyn Staged + 'a>,
}

impl Staged for PackedStaged<'_> {
    fn apply_part(&mut self, ops: Vec<WriteOp>) -> KvResult<()> {
        let out = self.packed.to_blocks(ops)?;
        self.inner.apply_part(out)
    }

    /// Merged into the blocks as they stream, `batch` block writes (at
    /// most) to a part of the engine's write.
    fn apply_sorted(
        &mut self,
        space: Space,
        writes: SortedWrites<'_>,
        batch: usize,
    ) -> KvResult<()> {
        if !is_packed(space) {
            return self.inner.apply_sorted(space, writes, batch);
        }
        let inner = &mut self.inner;
        self.packed.merge_sorted(
            space,
            writes,
            batch,
            &mut |ops| inner.apply_part(ops),
            &mut || Ok(()),
        )
    }

    /// The merge on this thread, each batch of its block writes applied
    /// to the engine beneath on a thread of its own while the next batch
    /// is built: zipping and writing them to sled under the undo log had
    /// been ~40% of the commit's instructions, all on the loader. The
    /// merge reads only blocks the batches in flight do not write (see
    /// `merge_sorted`), and waits for them where it reads one that may be
    /// (the last block). One batch at a time is with the thread: the
    /// memory held is a batch more than `apply_sorted`'s.
    fn apply_sorted_apart(
        &mut self,
        space: Space,
        writes: SortedWrites<'_>,
        batch: usize,
    ) -> KvResult<()> {
        if !is_packed(space) {
            return self.inner.apply_sorted(space, writes, batch);
        }
        let packed = self.packed;
        let inner = &mut self.inner;
        std::thread::scope(|scope| {
            let (to_write, batches) = std::sync::mpsc::channel::<Vec<WriteOp>>();
            let (done, written) = std::sync::mpsc::channel::<KvResult<()>>();
            std::thread::Builder::new()
                .name("seedkb-merge-write".into())
                .spawn_scoped(scope, move || {
                    for ops in batches {
                        let r = inner.apply_part(ops);
                        let failed = r.is_err();
                        // A failed batch ends the merge: the loader stops
                        // at its next send or wait.
                        if done.send(r).is_err() || failed {
                            break;
                        }
                    }
                })
                .map_err(|e| KvError::Io(format!("no thread to write the merged blocks: {e}")))?;
            let busy = std::cell::Cell::new(false);
            let stopped = || KvError::Io("the thread writing the merged blocks stopped".into());
            let wait = || -> KvResult<()> {
                if !busy.replace(false) {
                    return Ok(());
                }
                written.recv().map_err(|_| stopped())?
            };
            let merged = packed.merge_sorted(
                space,
                writes,
                batch,
                &mut |ops| {
                    wait()?;
                    to_write.send(ops).map_err(|_| stopped())?;
                    busy.set(true);
                    Ok(())
                },
                &mut || wait(),
            );
            // The last batch written (or, after an error, waited for: the
            // staged write is whole again before it is undone).
            let last = wait();
            drop(to_write);
            merged.and(last)
        })
    }

    fn commit(self: Box<Self>) -> KvResult<()> {
        self.inner.commit()
    }
}

#[cfg(test)]
thread_local! {
    /// The most bytes a streaming merge held in one block being built,
    /// and the most block writes it handed on in one part. The bytes are
    /// counted against [`TARGET_BYTES`]: a keyspace with a larger target
    /// (`words`) counts its block in proportion, so one bound (twice the
    /// target and an entry) holds for every keyspace.
    pub(crate) static MOST_STREAMED: std::cell::Cell<(usize, usize)> =
        const { std::cell::Cell::new((0, 0)) };
}

/// Writes given in key order, one read ahead (copied out of the lent
/// writes into buffers kept from one write to the next); out-of-order keys
/// (a bug upstream) are an error, not overlapping blocks.
struct Stream<'a> {
    writes: SortedWrites<'a>,
    /// The write read ahead (`None`: the writes have ended), and the one
    /// `advance` gave last; each a key and a value, `None` for a delete.
    next: Option<(Vec<u8>, Option<Vec<u8>>)>,
    cur: (Vec<u8>, Option<Vec<u8>>),
}

impl<'a> Stream<'a> {
    fn new(writes: SortedWrites<'a>) -> KvResult<Self> {
        let mut s = Stream {
            writes,
            next: Some(Default::default()),
            cur: Default::default(),
        };
        s.read_next()?;
        Ok(s)
    }

    /// Reads the next write into `next`'s buffers.
    fn read_next(&mut self) -> KvResult<()> {
        let Some(w) = self.writes.next_write().transpose()? else {
            self.next = None;
            return Ok(());
        };
        let (k, v) = w;
        let (key, value) = self.next.get_or_insert_with(Default::default);
        key.clear();
        key.extend_from_slice(k);
        match (v, value) {
            (Some(v), Some(value)) => {
                value.clear();
                value.extend_from_slice(v);
            }
            (v, value) => *value = v.map(<[u8]>::to_vec),
        }
        Ok(())
    }

    fn peek(&self) -> Option<&[u8]> {
        self.next.as_ref().map(|(k, _)| k.as_slice())
    }

    /// The write read ahead, and the one after it read.
    fn advance(&mut self) -> KvResult<Option<LentWrite<'_>>> {
        let Some(next) = self.next.as_mut() else {
            return Ok(None);
        };
        std::mem::swap(&mut self.cur, next);
        self.read_next()?;
        if let Some((b, _)) = &self.next {
            let a = &self.cur.0;
            if a >= b {
                return Err(KvError::Io(format!(
                    "a sorted write of the load came out of order ({} then {}): nothing of \
                     it is committed",
                    hex(a),
                    hex(b)
                )));
            }
        }
        Ok(Some((&self.cur.0, self.cur.1.as_deref())))
    }
}

/// Block writes on their way to the engine, handed on a part at a time.
struct Out<'w> {
    space: Space,
    ops: Vec<WriteOp>,
    most: usize,
    write: &'w mut dyn FnMut(Vec<WriteOp>) -> KvResult<()>,
}

impl Out<'_> {
    fn push(&mut self, key: Vec<u8>, value: Option<Vec<u8>>) -> KvResult<()> {
        #[cfg(test)]
        BLOCK_BYTES.with(|b| {
            b.borrow_mut()[self.space.index()] += value.as_ref().map_or(0, Vec::len) as u64
        });
        self.ops.push((self.space, key, value));
        if self.ops.len() >= self.most {
            self.flush()?;
        }
        Ok(())
    }

    fn flush(&mut self) -> KvResult<()> {
        if self.ops.is_empty() {
            return Ok(());
        }
        #[cfg(test)]
        MOST_STREAMED.with(|m| {
            let (held, part) = m.get();
            m.set((held, part.max(self.ops.len())));
        });
        let ops = std::mem::replace(&mut self.ops, Vec::with_capacity(self.most.min(1 << 12)));
        (self.write)(ops)
    }
}

/// The blocks that replace one old block (or start an empty keyspace),
/// built from its merged entries as they come and cut as [`emit`] cuts:
/// kept whole while within twice the target, else cut at the target the
/// way [`cut`] cuts (greedily, so cutting as the entries come gives its
/// blocks) — holding one block's entries, however many come. Once
/// cutting, each entry is encoded as it comes, as [`cut_encoded`] does
/// (its shared prefix found once; holding the entries and encoding each
/// block after had found it twice: the commit's blocks are built on the
/// loader, on the load's critical path).
struct Builder {
    target: usize,
    /// Cut at the target: a new keyspace, or a block past twice it.
    cutting: bool,
    /// The entries held while not cutting.
    entries: Vec<Entry>,
    /// The bytes of the block being built: the entries' encoding, or,
    /// once cutting, `encoded.len()`.
    bytes: usize,
    /// Once cutting: the block being built, encoded (its format byte
    /// first), and the key of its last entry.
    encoded: Vec<u8>,
    last: Vec<u8>,
    /// The key of the block replaced, and whether a block written has it
    /// (then it is not deleted).
    old: Option<Vec<u8>>,
    kept_old: bool,
}

impl Builder {
    fn new(space: Space, old: Option<Vec<u8>>) -> Self {
        let target = target_bytes(space);
        let cutting = old.is_none();
        Builder {
            target,
            cutting,
            entries: Vec::new(),
            bytes: 1,
            encoded: if cutting {
                Self::fresh(target)
            } else {
                Vec::new()
            },
            last: Vec::new(),
            old,
            kept_old: false,
        }
    }

    /// An empty encoded block with room for one of the target's size.
    fn fresh(target: usize) -> Vec<u8> {
        let mut b = Vec::with_capacity(target + 64);
        b.push(FORMAT);
        b
    }

    fn push(&mut self, e: Entry, out: &mut Out) -> KvResult<()> {
        if self.cutting {
            return self.push_encoded(&e.0, &e.1, out);
        }
        self.bytes += entry_len(self.entries.last().map(|p| &p.0[..]), &e);
        self.entries.push(e);
        #[cfg(test)]
        MOST_STREAMED.with(|m| {
            let (held, part) = m.get();
            m.set((held.max(self.bytes * TARGET_BYTES / self.target), part));
        });
        if self.bytes > 2 * self.target {
            // Past twice the target (and it only grows): cut what is held
            // as `cut` would, the last piece left open.
            self.cutting = true;
            let mut blocks = cut(std::mem::take(&mut self.entries), self.target);
            let last = blocks.pop().unwrap_or_default();
            for b in blocks {
                self.write(b, out)?;
            }
            self.encoded = Self::fresh(self.target);
            for (k, v) in &last {
                self.push_encoded(k, v, out)?;
            }
        }
        Ok(())
    }

    /// [`Builder::push`] of a lent entry: copied only when held.
    fn push_lent(&mut self, k: &[u8], v: &[u8], out: &mut Out) -> KvResult<()> {
        if self.cutting {
            return self.push_encoded(k, v, out);
        }
        self.push((k.to_vec(), v.to_vec()), out)
    }

    /// `cut_encoded`'s step: the entry after the block's last, or first
    /// in a new block when it would take the block past the target.
    fn push_encoded(&mut self, k: &[u8], v: &[u8], out: &mut Out) -> KvResult<()> {
        let held = self.encoded.len() > 1;
        let mut s = if held { shared(&self.last, k) } else { 0 };
        let len = |s: usize| {
            varint_len(s) + varint_len(k.len() - s) + k.len() - s + varint_len(v.len()) + v.len()
        };
        if held && self.encoded.len() + len(s) > self.target {
            let full = std::mem::replace(&mut self.encoded, Self::fresh(self.target));
            self.write_encoded(full, out)?;
            s = 0;
        }
        put_entry(&mut self.encoded, s, k, v);
        self.last.clear();
        self.last.extend_from_slice(k);
        self.bytes = self.encoded.len();
        #[cfg(test)]
        MOST_STREAMED.with(|m| {
            let (held, part) = m.get();
            m.set((held.max(self.bytes * TARGET_BYTES / self.target), part));
        });
        Ok(())
    }

    fn write(&mut self, block: Vec<Entry>, out: &mut Out) -> KvResult<()> {
        let Some((last, _)) = block.last() else {
            return Ok(());
        };
        let key = last.clone();
        self.kept_old |= self.old.as_ref() == Some(&key);
        out.push(key, Some(encode_block(&block)))
    }

    /// Writes a block encoded by `push_encoded`, keyed by `self.last`.
    fn write_encoded(&mut self, block: Vec<u8>, out: &mut Out) -> KvResult<()> {
        let key = self.last.clone();
        self.kept_old |= self.old.as_ref() == Some(&key);
        out.push(key, Some(block))
    }

    fn finish(mut self, out: &mut Out) -> KvResult<()> {
        if self.encoded.len() > 1 {
            let held = std::mem::take(&mut self.encoded);
            self.write_encoded(held, out)?;
        }
        let held = std::mem::take(&mut self.entries);
        self.write(held, out)?;
        match self.old.take() {
            Some(old) if !self.kept_old => out.push(old, None),
            _ => Ok(()),
        }
    }
}

impl Packed {
    /// Merges writes to `space` given in key order (distinct keys) into its
    /// blocks, one block at a time, handing the block writes to `write` at
    /// most `batch` at a time: what is held is one block being built and
    /// one batch, however many writes come. `settle` returns once the
    /// batches handed to `write` are in the engine (they may be written on
    /// another thread). The commit of a large load
    /// merges its sorted runs so (`Staged::apply_sorted`); in slices of
    /// 128K entries, each turned into block writes whole, that merge had
    /// been the peak of a load's memory, growing with its size.
    /// The blocks are those [`Packed::apply`] makes of the same writes,
    /// except that one past the last block grows it once, not once per
    /// slice.
    pub(crate) fn merge_sorted(
        &self,
        space: Space,
        writes: SortedWrites<'_>,
        batch: usize,
        write: &mut dyn FnMut(Vec<WriteOp>) -> KvResult<()>,
        settle: &mut dyn FnMut() -> KvResult<()>,
    ) -> KvResult<()> {
        let mut writes = Stream::new(writes)?;
        let mut out = Out {
            space,
            ops: Vec::new(),
            most: batch.max(1),
            write,
        };
        while let Some(first) = writes.peek() {
            // The block holding `first`: the first one ending at or after
            // it. Every block written so far ends before `first` (and the
            // one deleted, replaced, ended at the last bound, before it
            // too), so the engine's answer is the same with or without
            // them: the batches may still be being written on another
            // thread (`apply_sorted_apart`).
            let found = self
                .inner
                .range(space, Bound::Included(first.to_vec()), Bound::Unbounded)
                .next()
                .transpose()?;
            let (old, entries, bound) = match found {
                Some((k, v)) => {
                    let entries = self.decode(space, &k, &v)?;
                    (Some(k.clone()), entries, Some(k))
                }
                None => {
                    // Past the last block, which takes every write left:
                    // which block is last now, the engine says once it
                    // holds the blocks written so far (handed on and
                    // written: `settle`).
                    out.flush()?;
                    settle()?;
                    match self.inner.floor(space, first)? {
                        Some((k, v)) => {
                            let entries = self.decode(space, &k, &v)?;
                            (Some(k), entries, None)
                        }
                        None => (None, Vec::new(), None),
                    }
                }
            };
            let mut block = Builder::new(space, old);
            let mut entries = entries.into_iter().peekable();
            loop {
                let op = writes
                    .peek()
                    .filter(|k| bound.as_deref().is_none_or(|b| *k <= b));
                let order = match (op, entries.peek()) {
                    (None, None) => break,
                    (None, Some(_)) => std::cmp::Ordering::Less,
                    (Some(_), None) => std::cmp::Ordering::Greater,
                    (Some(k), Some(e)) => e.0.as_slice().cmp(k),
                };
                if order == std::cmp::Ordering::Less {
                    if let Some(e) = entries.next() {
                        block.push(e, &mut out)?;
                    }
                    continue;
                }
                if order == std::cmp::Ordering::Equal {
                    // A write to the entry's own key replaces or deletes it.
                    entries.next();
                }
                if let Some((k, Some(v))) = writes.advance()? {
                    block.push_lent(k, v, &mut out)?;
                }
            }
            block.finish(&mut out)?;
        }
        out.flush()
    }
}

#[cfg(test)]
thread_local! {
    /// Bytes of blocks written by this thread, per keyspace.
    pub(crate) static BLOCK_BYTES: std::cell::RefCell<Vec<u64>> =
        std::cell::RefCell::new(vec![0; Space::ALL.len()]);
}

impl Packed {
    /// Entry writes turned into the engine's writes: block writes for the
    /// packed keyspaces, the rest as they are.
    fn to_blocks(&self, ops: Vec<WriteOp>) -> KvResult<Vec<WriteOp>> {
        let mut ops = ops;
        // A stable sort keeps the writes to one key in order: the last
        // wins. The writes come by keyspace and key already (the overlay's
        // order), which the sort only checks; grouped in place, not
        // pushed a write at a time into a list per keyspace.
        ops.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
        let mut groups: Vec<(Space, usize)> = Vec::new();
        for (space, _, _) in &ops {
            match groups.last_mut() {
                Some((s, n)) if s == space => *n += 1,
                _ => groups.push((*space, 1)),
            }
        }
        let mut out = Vec::with_capacity(ops.len());
        let mut ops = ops.into_iter();
        for (space, n) in groups {
            if !is_packed(space) {
                out.extend(ops.by_ref().take(n));
                continue;
            }
            // The keyspace's writes streamed into the plan, not gathered
            // into a list of their own first (a part's every write, made
            // anew each part).
            let last_per_key = LastPerKey(ops.by_ref().take(n).map(|(_, k, v)| (k, v)).peekable());
            let mut blocks = BTreeMap::new();
            self.plan(space, last_per_key, &mut blocks)?;
            #[cfg(test)]
            BLOCK_BYTES.with(|b| {
                b.borrow_mut()[space.index()] +=
                    blocks.values().flatten().map(Vec::len).sum::<usize>() as u64
            });
            out.extend(blocks.into_iter().map(|(k, v)| (space, k, v)));
        }
        Ok(out)
    }
}

/// Writes in key order, one per key: of the writes to one key (next to
/// each other), the key with the last one's value.
struct LastPerKey<I: Iterator<Item = EntryWrite>>(std::iter::Peekable<I>);

impl<I: Iterator<Item = EntryWrite>> Iterator for LastPerKey<I> {
    type Item = EntryWrite;

    fn next(&mut self) -> Option<EntryWrite> {
        let (key, mut value) = self.0.next()?;
        while let Some((_, later)) = self.0.next_if(|(k, _)| *k == key) {
            value = later;
        }
        Some((key, value))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let (least, most) = self.0.size_hint();
        (least.min(1), most)
    }
}

/// Schema 2 → 3 (issue 12): the packed keyspaces held one engine key per
/// entry. Rebuilds `aevt`, `avet` and `vaet` from the facts (`eavt`) and
/// repacks the other packed keyspaces, deletes the old keys, and sets the schema
/// version to `version` — all in one write, so it happens whole or not at
/// all (the engine's undo log covers a crash in the middle). `raw` is the
/// engine itself, not a [`Packed`] view. Returns the entries packed.
pub(crate) fn upgrade_to_packed(raw: &dyn Kv, schema_key: &[u8], version: u32) -> KvResult<usize> {
    let mut derived: BTreeMap<Space, Vec<Entry>> = BTreeMap::new();
    for item in raw.scan_prefix(Space::Eavt, &[]) {
        let (k, _) = item?;
        // A damaged fact key implies no entries; `seedkb check` reports it.
        if let Ok((e, a, v, q)) = keys::parse_eavt_q(&k) {
            for (space, key) in keys::index_entries(e, a, &v, &q) {
                derived.entry(space).or_default().push((key, Vec::new()));
            }
        }
    }
    let mut ops: Vec<WriteOp> = Vec::new();
    let mut packed = 0;
    for space in PACKED {
        // The fact indexes come from the facts; any other packed keyspace
        // keeps its entries, repacked.
        let mut entries = match derived.remove(&space) {
            Some(d) => d,
            None if FACT_INDEXES.contains(&space) => Vec::new(),
            None => raw
                .scan_prefix(space, &[])
                .collect::<KvResult<Vec<Entry>>>()?,
        };
        entries.sort();
        entries.dedup_by(|a, b| a.0 == b.0);
        packed += entries.len();
        let blocks = pack(space, entries);
        let keep: std::collections::HashSet<&[u8]> =
            blocks.iter().map(|(k, _)| k.as_slice()).collect();
        for item in raw.scan_prefix(space, &[]) {
            let (k, _) = item?;
            if !keep.contains(k.as_slice()) {
                ops.push((space, k, None));
            }
        }
        ops.extend(blocks.into_iter().map(|(k, v)| (space, k, Some(v))));
    }
    ops.push((
        Space::Meta,
        schema_key.to_vec(),
        Some(version.to_be_bytes().to_vec()),
    ));
    raw.apply(ops)?;
    Ok(packed)
}

/// The writes that turn a packed database back into one engine key per
/// entry, the layout of schema 3 and older. Only tests of the upgrade use
/// it, to make an old database from a new one; a block is named after its
/// last entry, so its delete comes before the entries' puts.
#[doc(hidden)]
pub fn unpack_ops(raw: &dyn Kv) -> KvResult<Vec<WriteOp>> {
    let mut deletes = Vec::new();
    let mut puts = Vec::new();
    for space in PACKED {
        for item in raw.scan_prefix(space, &[]) {
            let (k, v) = item?;
            let entries = decode_block(&v).map_err(|why| damaged("unpack", space, &k, &why))?;
            deletes.push((space, k, None));
            puts.extend(entries.into_iter().map(|(k, v)| (space, k, Some(v))));
        }
    }
    deletes.extend(puts);
    Ok(deletes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::kv::Owned;
    use crate::store::mem::MemKv;
    use proptest::prelude::*;
    use std::sync::Arc;

    fn all(it: KvIter<'_>) -> Vec<Entry> {
        it.map(|r| r.unwrap()).collect()
    }

    /// Of the writes to one key, the last one's value is kept, whether it
    /// puts or deletes, and keys written once pass as they are.
    #[test]
    fn the_last_write_of_a_key_wins() {
        let w =
            |k: &str, v: Option<&str>| (k.as_bytes().to_vec(), v.map(|v| v.as_bytes().to_vec()));
        let writes = vec![
            w("a", Some("1")),
            w("b", Some("1")),
            w("b", None),
            w("b", Some("3")),
            w("c", Some("1")),
            w("c", None),
            w("d", None),
        ];
        let got: Vec<EntryWrite> = LastPerKey(writes.into_iter().peekable()).collect();
        assert_eq!(
            got,
            vec![
                w("a", Some("1")),
                w("b", Some("3")),
                w("c", None),
                w("d", None)
            ]
        );
    }

    fn key(n: u16) -> Vec<u8> {
        // Long shared prefixes, as index keys have.
        let mut k = vec![0, 0, 0, 7, (n >> 12) as u8];
        k.extend_from_slice(&n.to_be_bytes());
        k.extend_from_slice(&[9; 12]);
        k
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        /// Any sequence of writes reads back through the blocks exactly as
        /// from one key per entry: every entry, every range, every get;
        /// and the blocks stay well formed.
        #[test]
        fn blocks_read_back_as_one_key_per_entry(
            writes in proptest::collection::vec(
                proptest::collection::vec((0u16..3000, proptest::option::of(0u8..4)), 0..900),
                1..5),
            ranges in proptest::collection::vec((0u16..3100, 0u16..3100), 6),
        ) {
            let plain = MemKv::new();
            let packed = Packed::new(Box::new(MemKv::new()), "test");
            for batch in &writes {
                let ops: Vec<WriteOp> = batch
                    .iter()
                    .map(|(n, v)| (Space::Avet, key(*n), v.map(|v| vec![v; usize::from(v)])))
                    .collect();
                plain.apply(ops.clone()).unwrap();
                packed.apply(ops).unwrap();
                prop_assert_eq!(packed.verify(Space::Avet, 10), (Vec::new(), 0));
            }
            prop_assert_eq!(
                all(packed.scan_prefix(Space::Avet, &[])),
                all(plain.scan_prefix(Space::Avet, &[]))
            );
            for (a, b) in ranges {
                let (lo, hi) = (key(a), key(b));
                for (s, e) in [
                    (Bound::Included(lo.clone()), Bound::Excluded(hi.clone())),
                    (Bound::Excluded(lo.clone()), Bound::Included(hi.clone())),
                    (Bound::Included(lo.clone()), Bound::Unbounded),
                ] {
                    prop_assert_eq!(
                        all(packed.range(Space::Avet, s.clone(), e.clone())),
                        all(plain.range(Space::Avet, s, e))
                    );
                }
                prop_assert_eq!(packed.get(Space::Avet, &lo).unwrap(), plain.get(Space::Avet, &lo).unwrap());
                prop_assert_eq!(packed.floor(Space::Avet, &lo).unwrap(), plain.floor(Space::Avet, &lo).unwrap());
                prop_assert_eq!(
                    all(packed.scan_prefix(Space::Avet, &lo[..6])),
                    all(plain.scan_prefix(Space::Avet, &lo[..6]))
                );
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        /// Writes streamed into the blocks (`merge_sorted`, the commit's
        /// merge of a load's runs) read back as the same writes applied
        /// to one key per entry: blocks well formed, around a keyspace's
        /// blocks or into an empty one, handed on `batch` block writes at
        /// a time, and no block held past twice the target.
        #[test]
        fn streamed_writes_read_back_as_one_key_per_entry(
            before in proptest::collection::vec((0u16..3000, 0u8..40), 0..900),
            writes in proptest::collection::btree_map(0u16..3100, proptest::option::of(0u8..60), 0..2500),
            batch in 1usize..40,
        ) {
            let plain = MemKv::new();
            let packed = Packed::new(Box::new(MemKv::new()), "test");
            let ops: Vec<WriteOp> = before
                .iter()
                .map(|(n, v)| (Space::Avet, key(*n), Some(vec![*v; usize::from(*v)])))
                .collect();
            plain.apply(ops.clone()).unwrap();
            packed.apply(ops).unwrap();
            let sorted: Vec<(Vec<u8>, Option<Vec<u8>>)> = writes
                .iter()
                .map(|(n, v)| (key(*n), v.map(|v| vec![v; usize::from(v)])))
                .collect();
            plain
                .apply(sorted.iter().map(|(k, v)| (Space::Avet, k.clone(), v.clone())).collect())
                .unwrap();
            MOST_STREAMED.with(|m| m.set((0, 0)));
            let mut it = Owned::new(sorted.into_iter().map(Ok));
            // Each part goes to the engine as it comes, as a staged write's.
            packed
                .merge_sorted(Space::Avet, &mut it, batch, &mut |ops| packed.raw().apply(ops), &mut || Ok(()))
                .unwrap();
            let (held, most) = MOST_STREAMED.with(std::cell::Cell::get);
            prop_assert!(most <= batch, "{most} writes in a part of {batch}");
            // Twice the target, and the entry that took it past.
            prop_assert!(held <= 2 * TARGET_BYTES + 90, "{held} bytes held");
            prop_assert_eq!(packed.verify(Space::Avet, 10), (Vec::new(), 0));
            let (got, want) = (
                all(packed.scan_prefix(Space::Avet, &[])),
                all(plain.scan_prefix(Space::Avet, &[])),
            );
            prop_assert!(got == want, "{} entries read back, {} written", got.len(), want.len());
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Entries appended past a block without decoding it give the
        /// block writes that decoding it, merging and cutting give, byte
        /// for byte, whatever the block's size (a block past the target
        /// is cut from its entries, as before).
        #[test]
        fn appending_past_a_block_writes_what_merging_it_writes(
            old in proptest::collection::btree_map(0u16..1000, 0u8..60, 1..60),
            adds in proptest::collection::btree_map(1000u16..3000, 0u8..60, 0..200),
        ) {
            let space = Space::Avet;
            let old: Vec<Entry> = old.iter().map(|(n, v)| (key(*n), vec![*v; usize::from(*v)])).collect();
            let adds: Vec<Entry> = adds.iter().map(|(n, v)| (key(*n), vec![*v; usize::from(*v)])).collect();
            let block = encode_block(&old);
            let last = old[old.len() - 1].0.clone();
            let mut want = BTreeMap::new();
            emit(space, Some(last.clone()), merge_after(old.clone(), adds.clone()), &mut want);
            let mut got = BTreeMap::new();
            match append(space, &last, &block, adds, &mut got) {
                Ok(()) => {
                    // A block left as it is is not written again.
                    if !got.contains_key(&last) {
                        want.retain(|k, v| !(*k == last && v.as_deref() == Some(&block[..])));
                    }
                    prop_assert_eq!(got, want);
                }
                Err(_) => prop_assert!(block.len() > TARGET_BYTES, "{} bytes fell back", block.len()),
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Blocks cut and encoded in one pass are the blocks `cut` makes,
        /// each encoded by `encode_block`, byte for byte.
        #[test]
        fn blocks_cut_while_encoded_are_the_blocks_cut_then_encoded(
            entries in proptest::collection::btree_map(0u16..5000, 0u8..200, 0..400),
            target in 8usize..3000,
        ) {
            let entries: Vec<Entry> = entries.iter().map(|(n, v)| (key(*n), vec![*v; usize::from(*v)])).collect();
            let want: Vec<(Vec<u8>, Vec<u8>)> = cut(entries.clone(), target)
                .into_iter()
                .map(|b| (b[b.len() - 1].0.clone(), encode_block(&b)))
                .collect();
            let mut got = Vec::new();
            cut_encoded(&entries, target, |k, v| got.push((k, v)));
            prop_assert_eq!(got, want);
        }
    }

    /// A damaged block past which entries are appended is not copied
    /// along: the caller decodes it, and says what is wrong.
    #[test]
    fn a_damaged_last_block_is_not_appended_to() {
        let mut out = BTreeMap::new();
        let adds = vec![(key(9), vec![1])];
        for bad in [
            &[][..],
            &[FORMAT][..],
            &[2, 0, 1, 7, 0][..],
            &[FORMAT, 0, 9, 7][..],
            &[FORMAT, 3, 1, 7, 0][..],
        ] {
            assert!(
                append(Space::Avet, &key(1), bad, adds.clone(), &mut out).is_err(),
                "{bad:?}"
            );
        }
        // A block ending with another key than it is stored under: the
        // entries appended would share their prefix with the wrong key.
        let other = encode_block(&[(key(5), vec![2])]);
        assert!(append(Space::Avet, &key(1), &other, adds.clone(), &mut out).is_err());
        assert!(out.is_empty());
        let packed = Packed::new(Box::new(MemKv::new()), "test");
        packed
            .raw()
            .apply(vec![(Space::Avet, key(1), Some(vec![FORMAT, 0, 9, 7]))])
            .unwrap();
        let err = packed
            .apply(vec![(Space::Avet, key(9), Some(vec![1]))])
            .unwrap_err();
        assert!(err.to_string().contains("avet"), "{err}");
    }

    /// Writes out of key order are refused (an error, never overlapping
    /// blocks).
    #[test]
    fn streamed_writes_out_of_order_are_an_error() {
        let packed = Packed::new(Box::new(MemKv::new()), "test");
        let mut it = Owned::new(
            [key(5), key(3)]
                .into_iter()
                .map(|k| Ok((k, Some(Vec::new())))),
        );
        let err = packed
            .merge_sorted(Space::Avet, &mut it, 10, &mut |_| Ok(()), &mut || Ok(()))
            .unwrap_err();
        assert!(err.to_string().contains("out of order"), "{err}");
    }

    /// Records (facts, entities, sentences: hundreds of bytes each) go
    /// in blocks of ~4 KB, a dozen to a sled key, not the ~3 of an index
    /// block's size; index keyspaces keep their ~1 KB blocks (`sentences`:
    /// `eavt` and `entities` are cut to ~2 KB, see the next test).
    #[test]
    fn records_pack_a_dozen_to_a_block() {
        let packed = Packed::new(Box::new(MemKv::new()), "test");
        let n = 1200u32;
        for space in [Space::Sentences, Space::Aevt] {
            let put: Vec<WriteOp> = (0..n)
                .map(|i| (space, i.to_be_bytes().to_vec(), Some(vec![7u8; 300])))
                .collect();
            packed.apply(put).unwrap();
            assert_eq!(packed.verify(space, 10), (Vec::new(), 0));
            assert_eq!(packed.scan_prefix(space, &[]).count(), n as usize);
        }
        let blocks = |s| packed.raw().scan_prefix(s, &[]).count();
        assert!(
            blocks(Space::Sentences) <= n as usize / 10,
            "{}",
            blocks(Space::Sentences)
        );
        assert!(
            blocks(Space::Aevt) >= n as usize / 4,
            "{}",
            blocks(Space::Aevt)
        );
    }

    /// A result row reads one entity's facts (and its record) from the
    /// start of the block holding them: `eavt` and `entities` are cut to
    /// ~2 KB, half the walk of the 4 KB they had (the benchmark's range
    /// query took ~8% more time on 4 KB blocks); `words`, only ever
    /// scanned a word at a time, to ~4 KB, for fewer sled keys.
    #[test]
    fn facts_are_cut_to_short_blocks_and_words_to_long_ones() {
        let packed = Packed::new(Box::new(MemKv::new()), "test");
        let n = 4000u32;
        for space in [Space::Eavt, Space::Entities, Space::Words] {
            let put: Vec<WriteOp> = (0..n)
                .map(|i| (space, i.to_be_bytes().to_vec(), Some(vec![7u8; 40])))
                .collect();
            packed.apply(put).unwrap();
            assert_eq!(packed.verify(space, 10), (Vec::new(), 0));
            let sizes: Vec<usize> = packed
                .raw()
                .scan_prefix(space, &[])
                .map(|b| b.unwrap().1.len())
                .collect();
            let (most, mean) = (
                sizes.iter().copied().max().unwrap_or(0),
                sizes.iter().sum::<usize>() / sizes.len().max(1),
            );
            if space == Space::Words {
                assert!(mean > 3000 && most <= 4096, "{space:?}: {sizes:?}");
            } else {
                assert!(mean > 1500 && most <= 2048, "{space:?}: {sizes:?}");
            }
        }
    }

    /// A large load is cut into blocks near the target size, far fewer
    /// engine keys than entries; deleting everything leaves no block.
    #[test]
    fn a_bulk_write_packs_into_few_blocks_and_deleting_all_leaves_none() {
        let packed = Packed::new(Box::new(MemKv::new()), "test");
        let n = 50_000u32;
        // The even entries, then the odd ones: every block doubles and splits.
        for half in [0, 1] {
            let put: Vec<WriteOp> = (0..n)
                .filter(|i| i % 2 == half)
                .map(|i| (Space::Aevt, i.to_be_bytes().to_vec(), Some(Vec::new())))
                .collect();
            packed.apply(put).unwrap();
        }
        assert_eq!(packed.verify(Space::Aevt, 10), (Vec::new(), 0));
        for item in packed.raw().scan_prefix(Space::Aevt, &[]) {
            assert!(item.unwrap().1.len() <= 2 * TARGET_BYTES);
        }
        let blocks = packed.raw().scan_prefix(Space::Aevt, &[]).count();
        assert!(blocks > 10 && blocks < n as usize / 200, "{blocks} blocks");
        assert_eq!(packed.scan_prefix(Space::Aevt, &[]).count(), n as usize);
        // Other keyspaces pass through untouched.
        packed
            .apply(vec![(Space::Dict, b"k".to_vec(), Some(b"v".to_vec()))])
            .unwrap();
        assert_eq!(
            packed.raw().get(Space::Dict, b"k").unwrap(),
            Some(b"v".to_vec())
        );
        let del: Vec<WriteOp> = (0..n)
            .map(|i| (Space::Aevt, i.to_be_bytes().to_vec(), None))
            .collect();
        packed.apply(del).unwrap();
        assert_eq!(packed.raw().scan_prefix(Space::Aevt, &[]).count(), 0);
    }

    /// A damaged block is reported by `verify` and is a storage error
    /// naming the keyspace when read, never a panic.
    #[test]
    fn a_damaged_block_is_found_and_reading_it_is_an_error() {
        let packed = Packed::new(Box::new(MemKv::new()), "db");
        let put: Vec<WriteOp> = (0..5000u32)
            .map(|i| (Space::Vaet, i.to_be_bytes().to_vec(), Some(Vec::new())))
            .collect();
        packed.apply(put).unwrap();
        let (k, v) = packed
            .raw()
            .scan_prefix(Space::Vaet, &[])
            .nth(1)
            .unwrap()
            .unwrap();
        for bad in [
            vec![FORMAT, 0, 200, 1],
            v[..v.len() - 1].to_vec(),
            vec![],
            vec![FORMAT],
        ] {
            packed
                .raw()
                .apply(vec![(Space::Vaet, k.clone(), Some(bad.clone()))])
                .unwrap();
            let (problems, n) = packed.verify(Space::Vaet, 10);
            assert!(
                n >= 1 && problems[0].starts_with("vaet: "),
                "{bad:?}: {problems:?}"
            );
        }
        packed
            .raw()
            .apply(vec![(
                Space::Vaet,
                k.clone(),
                Some(vec![FORMAT, 0, 200, 1]),
            )])
            .unwrap();
        let err = packed
            .scan_prefix(Space::Vaet, &[])
            .find_map(Result::err)
            .expect("an error")
            .to_string();
        assert!(err.contains("database db is damaged: vaet block"), "{err}");
        assert!(packed.get(Space::Vaet, &k).is_err());
        // What still reads is kept by a salvage.
        assert!(packed.salvage(Space::Vaet).len() < 5000);
    }

    /// A document of `n` grants to `n` towns, each with an amount: enough
    /// index entries for several blocks per keyspace.
    fn grants(n: usize) -> crate::model::DocumentFacts {
        use crate::model::{parse_quantity, Entity, Fact, Source, Value};
        let name = "grants.txt";
        let mut text = String::new();
        let mut entities = Vec::new();
        let mut facts = Vec::new();
        for i in 0..n {
            let (town, grant) = (format!("镇{i}"), format!("拨款{i}"));
            text.push_str(&format!("{town} {grant} 拨款{i}万元\n"));
            for (e, kind) in [(&town, "town"), (&grant, "funding")] {
                entities.push(Entity {
                    name: e.clone(),
                    kind: kind.into(),
                    aliases: Vec::new(),
                    alias_background: Vec::new(),
                    source: Source::curated(name, e),
                });
            }
            facts.push(Fact {
                subject: grant.clone(),
                attribute: "recipient".into(),
                value: Value::Ref(town.clone()),
                source: Source::curated(name, &grant),
                qualifiers: Default::default(),
            });
            facts.push(Fact {
                subject: grant.clone(),
                attribute: "amount".into(),
                value: Value::Quantity(parse_quantity(&format!("{}万元", i + 1)).unwrap()),
                source: Source::curated(name, &grant),
                // Some qualified, so their keys (qualifiers at the end) are packed too.
                qualifiers: crate::model::Qualifiers {
                    modality: if i % 3 == 0 {
                        crate::model::Modality::Expected
                    } else {
                        crate::model::Modality::Reported
                    },
                    ..Default::default()
                },
            });
        }
        crate::model::DocumentFacts {
            doc: name.into(),
            text: Some(text),
            entities,
            facts,
            ..Default::default()
        }
    }

    type Contents = Vec<(Space, Vec<u8>, Vec<u8>)>;

    fn contents(kv: &dyn Kv) -> Contents {
        Space::ALL
            .iter()
            .flat_map(|s| {
                kv.scan_prefix(*s, &[]).map(move |r| {
                    let (k, v) = r.unwrap();
                    (*s, k, v)
                })
            })
            .collect()
    }

    /// What a version 3 database (the last before packing) holds for the
    /// same store: every entry under its own key.
    fn old_layout(now: &Contents) -> Vec<WriteOp> {
        now.iter()
            .map(|(s, k, v)| {
                let v = if *s == Space::Meta && k == b"schema_version" {
                    3u32.to_be_bytes().to_vec()
                } else {
                    // Records as schema 3 encoded them.
                    crate::store::upgrade::schema_4_record(*s, k, v).unwrap()
                };
                (*s, k.clone(), Some(v))
            })
            .collect()
    }

    /// A database in the version 3 layout (one engine key per index entry)
    /// opens as version 4 with every entry where it was, packed, and a
    /// clean check; in memory and on disk.
    #[test]
    fn an_old_layout_database_is_converted_on_open() {
        let plain = Arc::new(crate::text::Plain);
        let (store, _) =
            crate::store::Store::from_kv(Box::new(MemKv::new()), "memory", plain.clone()).unwrap();
        store.initialize(&[grants(600)], None).unwrap();
        let want = contents(store.kv());
        let entries = |c: &Contents, s: Space| c.iter().filter(|e| e.0 == s).count();
        assert!(
            entries(&want, Space::Avet) > 1200,
            "{}",
            entries(&want, Space::Avet)
        );
        // Schema 3's records are schema 5's (texts and quotes in them).
        let raw5 = store.packed().raw();
        raw5.apply(crate::store::schema_5_ops(raw5).unwrap())
            .unwrap();
        let old = old_layout(&contents(store.kv()));

        let raw = MemKv::new();
        raw.apply(old.clone()).unwrap();
        let (upgraded, created) =
            crate::store::Store::from_kv(Box::new(raw), "memory", plain.clone()).unwrap();
        assert!(!created);
        assert_eq!(contents(upgraded.kv()), want);
        for s in PACKED {
            let blocks = upgraded.packed().raw().scan_prefix(s, &[]).count();
            let n = entries(&want, s);
            assert!(blocks < n.max(2), "{s:?}: {blocks} blocks for {n} entries");
            if FACT_INDEXES.contains(&s) {
                assert!(blocks * 20 < n, "{s:?}: {blocks} blocks for {n} entries");
            }
        }
        let report = upgraded.check().unwrap();
        assert!(report.is_clean(), "{:?}", report.problems);

        let dir = tempfile::tempdir().unwrap();
        let kv =
            crate::store::kv::SledKv::open(dir.path(), std::time::Duration::from_secs(5)).unwrap();
        kv.apply(old).unwrap();
        drop(kv);
        let opts = crate::store::OpenOptions {
            analyzer: plain,
            ..Default::default()
        };
        let (on_disk, _) = crate::store::Store::open(dir.path(), &opts).unwrap();
        assert_eq!(contents(on_disk.kv()), want);
        drop(on_disk);
        let (again, _) = crate::store::Store::open(dir.path(), &opts).unwrap();
        assert_eq!(contents(again.kv()), want);
        assert!(again.check().unwrap().is_clean());
    }

    /// `check` finds a damaged block, `--repair` rebuilds the keyspace
    /// from the facts, and the store is whole again.
    #[test]
    fn repair_rebuilds_a_damaged_keyspace_from_the_facts() {
        let plain = Arc::new(crate::text::Plain);
        let (store, _) =
            crate::store::Store::from_kv(Box::new(MemKv::new()), "memory", plain).unwrap();
        store.initialize(&[grants(600)], None).unwrap();
        let want = contents(store.kv());
        let raw = store.packed().raw();
        let (k, _) = raw.scan_prefix(Space::Avet, &[]).nth(1).unwrap().unwrap();
        raw.apply(vec![(Space::Avet, k, Some(vec![FORMAT, 3]))])
            .unwrap();
        let report = store.check().unwrap();
        assert!(
            report
                .problems
                .iter()
                .any(|p| p.starts_with("avet: damaged block")
                    && p.ends_with("--repair rebuilds avet")),
            "{:?}",
            report.problems
        );
        assert_eq!(report.unrepairable, 0, "{:?}", report.problems);
        let (_, after) = store.repair().unwrap();
        assert!(after.is_clean(), "{:?}", after.problems);
        assert_eq!(contents(store.kv()), want);
    }
}
