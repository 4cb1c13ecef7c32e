//! Packed blocks compressed: [`Zipped`] wraps the engine beneath the
//! block cache and [`super::packed::Packed`], and stores each value of a
//! packed keyspace (a block) as one zstd frame ([`ZSTD_LEVEL`]). Everything above
//! it reads and writes the blocks as before, and the cache holds them
//! decompressed. Schema 10 compressed `words` and `sentences` (40 MB of
//! the 1M-fact store's 120 MB of live bytes); schema 11 the rest but
//! `eavt` and `entities`, whose ~1-2 KB blocks of sorted keys shrink 2-3×
//! (aevt 15.4 → 5.7 MB at 1M facts): the bytes on disk were twice
//! SQLite's. `eavt` and `entities` stay plain because every result row and
//! every member a grouping names reads them: at 10M facts their blocks
//! miss the block cache, and decompressing each again cost a one-shot
//! group-by +60% CPU and the join +35% (BENCHMARKS, round 39).

use super::kv::{
    Kv, KvIter, KvResult, LendWrites, Shared, SharedIter, SortedWrites, Space, Staged,
};
use super::kv::{KvError, LentWrite, Visitor, WriteOp};
use std::cell::RefCell;
use std::ops::Bound;

/// The packed keyspaces stored plain: every result row and every member
/// a grouping names reads them (see the module's doc). The values of
/// every other packed keyspace are stored compressed.
pub const PLAIN: [Space; 2] = [Space::Eavt, Space::Entities];

/// The keyspaces schema 10 compressed; schema 11 the rest but [`PLAIN`].
pub const ZIPPED_IN_10: [Space; 2] = [Space::Words, Space::Sentences];

pub fn is_zipped(s: Space) -> bool {
    super::packed::PACKED.contains(&s) && !PLAIN.contains(&s)
}

/// zstd's level, of blocks and text chunks alike. Level 1 (until round
/// 43) spent 40% of a frame's instructions on Huffman tables for the
/// literals of a 1-4 KB block; -1 leaves literals raw: a 100K-fact load
/// 3.0% fewer instructions (the loader's thread 5.4%), the 1M store's live
/// bytes 66.6 → 71.7 MB (BENCHMARKS, round 43). Any level's frames read
/// back the same, so stores written at level 1 need no upgrade.
const ZSTD_LEVEL: i32 = -1;

/// The most bytes a stored block says it holds that are believed: a
/// block is a few KB and an entry a sentence; a damaged frame header
/// must not ask for gigabytes.
const MOST_BLOCK_BYTES: usize = 256 << 20;

// zstd's contexts, made once per thread: a context made for each value
// took `find`'s scan of the 1M-fact store's 7,130 texts from 1.6 to 2.2 s
// of CPU.
thread_local! {
    static COMPRESSOR: RefCell<Option<zstd::bulk::Compressor<'static>>> =
        const { RefCell::new(None) };
    static DECOMPRESSOR: RefCell<Option<zstd::bulk::Decompressor<'static>>> =
        const { RefCell::new(None) };
}

/// `bytes` as one zstd frame (its size recorded in the frame's header).
pub(crate) fn compress(bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    COMPRESSOR.with(|c| {
        let mut c = c.borrow_mut();
        if c.is_none() {
            *c = Some(zstd::bulk::Compressor::new(ZSTD_LEVEL)?);
        }
        match c.as_mut() {
            Some(c) => c.compress(bytes),
            None => zstd::bulk::compress(bytes, ZSTD_LEVEL),
        }
    })
}

/// The bytes of a frame made by [`compress`], at most `capacity` of them.
pub(crate) fn decompress(stored: &[u8], capacity: usize) -> std::io::Result<Vec<u8>> {
    DECOMPRESSOR.with(|d| {
        let mut d = d.borrow_mut();
        if d.is_none() {
            *d = Some(zstd::bulk::Decompressor::new()?);
        }
        match d.as_mut() {
            Some(d) => d.decompress(stored, capacity),
            None => zstd::bulk::decompress(stored, capacity),
        }
    })
}

/// A stored block's bytes.
pub(crate) fn unzip(stored: &[u8]) -> Result<Vec<u8>, String> {
    let size = zstd::bulk::Decompressor::upper_bound(stored)
        .filter(|n| *n <= MOST_BLOCK_BYTES)
        .ok_or("not a compressed block")?;
    decompress(stored, size).map_err(|e| e.to_string())
}

/// A block as it is stored.
pub(crate) fn zip(block: &[u8]) -> KvResult<Vec<u8>> {
    compress(block).map_err(|e| KvError::Io(format!("compressing a block: {e}")))
}

/// A value of `space` as read: decompressed in a zipped keyspace. One
/// that does not decompress is handed up as stored: no block starts with
/// zstd's first byte (0x28), so the block reader above says it is damaged,
/// block by block, as `check` and a salvage expect.
fn opened(space: Space, v: Vec<u8>) -> Vec<u8> {
    if is_zipped(space) {
        unzip(&v).unwrap_or(v)
    } else {
        v
    }
}

fn zipped_ops(ops: Vec<WriteOp>) -> KvResult<Vec<WriteOp>> {
    ops.into_iter()
        .map(|(s, k, v)| match v {
            Some(v) if is_zipped(s) => Ok((s, k, Some(zip(&v)?))),
            v => Ok((s, k, v)),
        })
        .collect()
}

/// The engine with the values of the keyspaces [`is_zipped`] says
/// compressed.
pub struct Zipped {
    inner: Box<dyn Kv>,
}

impl Zipped {
    pub fn new(inner: Box<dyn Kv>) -> Zipped {
        Zipped { inner }
    }
}

fn opened_iter(space: Space, it: KvIter<'_>) -> KvIter<'_> {
    if is_zipped(space) {
        Box::new(it.map(move |r| r.map(|(k, v)| (k, opened(space, v)))))
    } else {
        it
    }
}

impl Kv for Zipped {
    fn get(&self, space: Space, key: &[u8]) -> KvResult<Option<Vec<u8>>> {
        Ok(self.inner.get(space, key)?.map(|v| opened(space, v)))
    }

    fn range(&self, space: Space, start: Bound<Vec<u8>>, end: Bound<Vec<u8>>) -> KvIter<'_> {
        opened_iter(space, self.inner.range(space, start, end))
    }

    fn scan_prefix(&self, space: Space, prefix: &[u8]) -> KvIter<'_> {
        opened_iter(space, self.inner.scan_prefix(space, prefix))
    }

    fn floor(&self, space: Space, key: &[u8]) -> KvResult<Option<(Vec<u8>, Vec<u8>)>> {
        Ok(self
            .inner
            .floor(space, key)?
            .map(|(k, v)| (k, opened(space, v))))
    }

    fn visit(&self, space: Space, start: Bound<Vec<u8>>, f: &mut Visitor<'_>) -> KvResult<()> {
        if !is_zipped(space) {
            return self.inner.visit(space, start, f);
        }
        self.inner.visit(space, start, &mut |k, v| match unzip(v) {
            Ok(v) => f(k, &v),
            Err(_) => f(k, v),
        })
    }

    fn range_shared(&self, space: Space, start: Bound<Vec<u8>>) -> SharedIter<'_> {
        let it = self.inner.range_shared(space, start);
        if !is_zipped(space) {
            return it;
        }
        Box::new(it.map(|r| {
            r.map(|(k, v)| match unzip(&v) {
                Ok(v) => (k, Shared::from(v)),
                Err(_) => (k, v),
            })
        }))
    }

    fn apply(&self, ops: Vec<WriteOp>) -> KvResult<()> {
        self.inner.apply(zipped_ops(ops)?)
    }

    fn size_on_disk(&self) -> KvResult<u64> {
        self.inner.size_on_disk()
    }

    fn refresh(&self) -> KvResult<bool> {
        self.inner.refresh()
    }

    fn stale(&self) -> KvResult<bool> {
        self.inner.stale()
    }

    fn lock_writes(&self) -> KvResult<()> {
        self.inner.lock_writes()
    }

    fn unlock_writes(&self) {
        self.inner.unlock_writes()
    }

    fn report(&self) -> KvResult<Vec<String>> {
        self.inner.report()
    }

    fn staged(&self) -> KvResult<Option<Box<dyn Staged + '_>>> {
        Ok(self
            .inner
            .staged()?
            .map(|inner| Box::new(ZippedStaged { inner }) as Box<dyn Staged + '_>))
    }
}

/// A staged write of the engine beneath, its zipped values compressed.
struct ZippedStaged<'a> {
    inner: Box<dyn Staged + 'a>,
}

impl Staged for ZippedStaged<'_> {
    fn apply_part(&mut self, ops: Vec<WriteOp>) -> KvResult<()> {
        self.inner.apply_part(zipped_ops(ops)?)
    }

    fn apply_sorted(
        &mut self,
        space: Space,
        writes: SortedWrites<'_>,
        batch: usize,
    ) -> KvResult<()> {
        if !is_zipped(space) {
            return self.inner.apply_sorted(space, writes, batch);
        }
        let mut zipped = ZipWrites {
            writes,
            value: None,
        };
        self.inner.apply_sorted(space, &mut zipped, batch)
    }

    fn commit(self: Box<Self>) -> KvResult<()> {
        self.inner.commit()
    }
}

/// Sorted writes with their values compressed.
struct ZipWrites<'a> {
    writes: SortedWrites<'a>,
    /// The last write's value, compressed.
    value: Option<Vec<u8>>,
}

impl LendWrites for ZipWrites<'_> {
    fn next_write(&mut self) -> Option<KvResult<LentWrite<'_>>> {
        let (k, v) = match self.writes.next_write()? {
            Ok(w) => w,
            Err(e) => return Some(Err(e)),
        };
        self.value = match v.map(zip).transpose() {
            Ok(v) => v,
            Err(e) => return Some(Err(e)),
        };
        Some(Ok((k, self.value.as_deref())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::mem::MemKv;
    use crate::store::packed;

    /// A zipped keyspace's blocks are stored as frames, smaller, and read
    /// back as written through every kind of read; another keyspace's are
    /// stored as they are; a value that does not decompress reads as a
    /// damaged block, alone.
    #[test]
    fn zipped_blocks_read_back_as_written_and_a_damaged_one_alone() {
        let z = Zipped::new(Box::new(MemKv::new()));
        let entries: Vec<(Vec<u8>, Vec<u8>)> = (0..2000u32)
            .map(|i| {
                (
                    i.to_be_bytes().to_vec(),
                    "句子的记录".repeat(5).into_bytes(),
                )
            })
            .collect();
        let blocks = packed::pack(Space::Sentences, entries);
        assert!(blocks.len() > 5);
        let mut ops = Vec::new();
        for space in [Space::Sentences, Space::Dict] {
            for (k, v) in &blocks {
                ops.push((space, k.clone(), Some(v.clone())));
            }
        }
        z.apply(ops).unwrap();
        let stored = |s| -> Vec<_> { z.inner.scan_prefix(s, &[]).map(Result::unwrap).collect() };
        assert_eq!(stored(Space::Dict), blocks);
        let frames = stored(Space::Sentences);
        let bytes = |b: &[(Vec<u8>, Vec<u8>)]| b.iter().map(|e| e.1.len()).sum::<usize>();
        assert!(bytes(&frames) * 4 < bytes(&blocks), "{}", bytes(&frames));
        for space in [Space::Sentences, Space::Dict] {
            let all: Vec<_> = z.scan_prefix(space, &[]).map(Result::unwrap).collect();
            assert_eq!(all, blocks);
            let ranged: Vec<_> = z
                .range(
                    space,
                    Bound::Excluded(blocks[0].0.clone()),
                    Bound::Unbounded,
                )
                .map(Result::unwrap)
                .collect();
            assert_eq!(ranged, blocks[1..]);
            let shared: Vec<_> = z
                .range_shared(space, Bound::Unbounded)
                .map(|r| r.map(|(k, v)| (k.to_vec(), v.to_vec())).unwrap())
                .collect();
            assert_eq!(shared, blocks);
            let mut visited = Vec::new();
            z.visit(space, Bound::Included(blocks[2].0.clone()), &mut |k, v| {
                visited.push((k.to_vec(), v.to_vec()));
                Ok(visited.len() < 2)
            })
            .unwrap();
            assert_eq!(visited, blocks[2..4]);
            assert_eq!(
                z.get(space, &blocks[3].0).unwrap(),
                Some(blocks[3].1.clone())
            );
            assert_eq!(
                z.floor(space, &blocks[3].0).unwrap(),
                Some(blocks[3].clone())
            );
        }
        let mut broken = frames[2].1.clone();
        broken.truncate(broken.len() / 2);
        z.inner
            .apply(vec![(Space::Sentences, frames[2].0.clone(), Some(broken))])
            .unwrap();
        let read: Vec<_> = z
            .scan_prefix(Space::Sentences, &[])
            .map(|r| packed::decode_block(&r.unwrap().1).is_ok())
            .collect();
        assert_eq!(read.iter().filter(|ok| !**ok).count(), 1);
        assert!(!read[2]);
    }
}
