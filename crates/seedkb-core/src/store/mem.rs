//! An in-memory [`Kv`]: one `BTreeMap` per keyspace behind a lock. Nothing
//! survives the process; it is for tests and for programs that build a
//! throw-away knowledge base. Databases on disk are always sled.

use super::kv::{Kv, KvIter, KvResult, Space, WriteOp};
use std::collections::BTreeMap;
use std::ops::Bound;
use std::sync::{PoisonError, RwLock};

type Tree = BTreeMap<Vec<u8>, Vec<u8>>;

pub struct MemKv {
    /// One tree per keyspace, by `Space::index`.
    spaces: RwLock<Vec<Tree>>,
}

impl Default for MemKv {
    fn default() -> Self {
        MemKv::new()
    }
}

impl MemKv {
    pub fn new() -> MemKv {
        MemKv {
            spaces: RwLock::new(Space::ALL.iter().map(|_| Tree::new()).collect()),
        }
    }
}

/// Entries an iterator takes per turn of the lock: a scan never holds it
/// for long, so a write can land between two batches (as with sled, an
/// iterator does not see one snapshot).
const BATCH: usize = 256;

/// A range scan that reads `BATCH` entries at a time, resuming after the
/// last key it gave.
struct MemIter<'a> {
    kv: &'a MemKv,
    space: Space,
    next: Bound<Vec<u8>>,
    end: Bound<Vec<u8>>,
    buf: std::vec::IntoIter<(Vec<u8>, Vec<u8>)>,
    done: bool,
}

impl Iterator for MemIter<'_> {
    type Item = KvResult<(Vec<u8>, Vec<u8>)>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(kv) = self.buf.next() {
            return Some(Ok(kv));
        }
        if self.done || empty_range(&self.next, &self.end) {
            return None;
        }
        let spaces = self
            .kv
            .spaces
            .read()
            .unwrap_or_else(PoisonError::into_inner);
        let batch: Vec<(Vec<u8>, Vec<u8>)> = spaces[self.space.index()]
            .range::<Vec<u8>, _>((self.next.clone(), self.end.clone()))
            .take(BATCH)
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        drop(spaces);
        if batch.len() < BATCH {
            self.done = true;
        }
        if let Some((last, _)) = batch.last() {
            self.next = Bound::Excluded(last.clone());
        }
        self.buf = batch.into_iter();
        self.buf.next().map(Ok)
    }
}

/// Whether `(start, end)` holds no key (`BTreeMap::range` panics on such
/// bounds instead of giving nothing).
fn empty_range(start: &Bound<Vec<u8>>, end: &Bound<Vec<u8>>) -> bool {
    match (start, end) {
        (Bound::Included(s), Bound::Included(e)) => s > e,
        (Bound::Included(s), Bound::Excluded(e))
        | (Bound::Excluded(s), Bound::Included(e))
        | (Bound::Excluded(s), Bound::Excluded(e)) => s >= e,
        _ => false,
    }
}

impl Kv for MemKv {
    fn get(&self, space: Space, key: &[u8]) -> KvResult<Option<Vec<u8>>> {
        let spaces = self.spaces.read().unwrap_or_else(PoisonError::into_inner);
        Ok(spaces[space.index()].get(key).cloned())
    }

    fn range(&self, space: Space, start: Bound<Vec<u8>>, end: Bound<Vec<u8>>) -> KvIter<'_> {
        Box::new(MemIter {
            kv: self,
            space,
            next: start,
            end,
            buf: Vec::new().into_iter(),
            done: false,
        })
    }

    fn scan_prefix(&self, space: Space, prefix: &[u8]) -> KvIter<'_> {
        let end = match super::keys::prefix_end(prefix) {
            Some(e) => Bound::Excluded(e),
            None => Bound::Unbounded,
        };
        self.range(space, Bound::Included(prefix.to_vec()), end)
    }

    fn floor(&self, space: Space, key: &[u8]) -> KvResult<Option<(Vec<u8>, Vec<u8>)>> {
        let spaces = self.spaces.read().unwrap_or_else(PoisonError::into_inner);
        Ok(spaces[space.index()]
            .range::<[u8], _>((Bound::Unbounded, Bound::Included(key)))
            .next_back()
            .map(|(k, v)| (k.clone(), v.clone())))
    }

    /// All or nothing: readers see the store before or after, never between.
    fn apply(&self, ops: Vec<WriteOp>) -> KvResult<()> {
        let mut spaces = self.spaces.write().unwrap_or_else(PoisonError::into_inner);
        for (space, key, value) in ops {
            let tree = &mut spaces[space.index()];
            match value {
                Some(v) => tree.insert(key, v),
                None => tree.remove(&key),
            };
        }
        Ok(())
    }

    /// The bytes of its keys and values.
    fn size_on_disk(&self) -> KvResult<u64> {
        let spaces = self.spaces.read().unwrap_or_else(PoisonError::into_inner);
        Ok(spaces
            .iter()
            .flat_map(|t| t.iter())
            .map(|(k, v)| (k.len() + v.len()) as u64)
            .sum())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::kv::SledKv;

    fn op(s: Space, k: &[u8], v: Option<&[u8]>) -> WriteOp {
        (s, k.to_vec(), v.map(<[u8]>::to_vec))
    }

    fn all(it: KvIter<'_>) -> Vec<(Vec<u8>, Vec<u8>)> {
        it.map(|r| r.unwrap()).collect()
    }

    /// The same writes and scans give the same answers from both engines:
    /// the store cannot tell which one it runs on.
    #[test]
    fn memory_and_sled_answer_alike() {
        let dir = tempfile::tempdir().unwrap();
        let sled = SledKv::open(dir.path(), std::time::Duration::from_secs(1)).unwrap();
        let mem = MemKv::new();
        let engines: [&dyn Kv; 2] = [&sled, &mem];
        let mut ops = Vec::new();
        // More keys than one batch, with 0x00 and 0xFF edges.
        for i in 0u16..700 {
            ops.push(op(Space::Avet, &i.to_be_bytes(), Some(&[i as u8])));
        }
        ops.push(op(Space::Avet, &[0xFF, 0xFF, 0x01], Some(b"top")));
        ops.push(op(Space::Avet, &[], Some(b"empty key")));
        ops.push(op(Space::Names, b"a", Some(b"elsewhere")));
        for kv in engines {
            kv.apply(ops.clone()).unwrap();
            kv.apply(vec![
                op(Space::Avet, &5u16.to_be_bytes(), None),
                op(Space::Avet, &6u16.to_be_bytes(), Some(b"changed")),
                op(Space::Avet, b"never there", None),
            ])
            .unwrap();
        }
        let b = |v: &[u8]| v.to_vec();
        let ranges: Vec<[Bound<Vec<u8>>; 2]> = vec![
            [Bound::Unbounded, Bound::Unbounded],
            [Bound::Included(b(&[0, 3])), Bound::Excluded(b(&[1, 2]))],
            [Bound::Excluded(b(&[0, 3])), Bound::Included(b(&[1, 2]))],
            [Bound::Included(b(&[2])), Bound::Unbounded],
            [Bound::Unbounded, Bound::Excluded(b(&[0, 1]))],
            [Bound::Included(b(&[2, 0])), Bound::Excluded(b(&[2, 0]))],
            [Bound::Excluded(b(&[0xFF])), Bound::Unbounded],
        ];
        for [lo, hi] in ranges {
            let got: Vec<_> = engines
                .iter()
                .map(|kv| all(kv.range(Space::Avet, lo.clone(), hi.clone())))
                .collect();
            assert_eq!(got[0], got[1], "range {lo:?}..{hi:?}");
        }
        for prefix in [&[][..], &[0], &[1, 0x0F], &[0xFF], &[0xFF, 0xFF], &[9, 9]] {
            let got: Vec<_> = engines
                .iter()
                .map(|kv| all(kv.scan_prefix(Space::Avet, prefix)))
                .collect();
            assert_eq!(got[0], got[1], "prefix {prefix:?}");
        }
        assert_eq!(all(mem.scan_prefix(Space::Avet, &[])).len(), 701);
        for key in [&6u16.to_be_bytes()[..], &5u16.to_be_bytes(), b"a", b""] {
            assert_eq!(
                sled.get(Space::Avet, key).unwrap(),
                mem.get(Space::Avet, key).unwrap(),
                "{key:?}"
            );
        }
        assert_eq!(
            mem.get(Space::Names, b"a").unwrap(),
            Some(b"elsewhere".to_vec())
        );
    }

    #[test]
    fn a_write_during_a_scan_is_seen_by_the_batches_after_it() {
        let mem = MemKv::new();
        let keys: Vec<WriteOp> = (0u16..600)
            .map(|i| op(Space::Eavt, &i.to_be_bytes(), Some(b"")))
            .collect();
        mem.apply(keys).unwrap();
        let mut it = mem.scan_prefix(Space::Eavt, &[]);
        let first = it.next().unwrap().unwrap().0;
        // Written while the scan holds no lock: neither deadlocks.
        mem.apply(vec![op(Space::Eavt, &599u16.to_be_bytes(), None)])
            .unwrap();
        assert_eq!(first, 0u16.to_be_bytes());
        assert_eq!(it.count(), 598);
    }
}
