//! One keyspace's writes of a load not yet handed to the engine (the
//! [`super::Txn`]'s overlay): found by hash, put in key order only when
//! read by prefix or taken. A `BTreeMap` kept them in order at every write,
//! 8.5% of the loader thread of a 1M-fact load, though most parts are
//! never read by prefix before they are taken.

use crate::store::runs::head;
use indexmap::map::MutableKeys;
use indexmap::IndexMap;
use rustc_hash::FxBuildHasher;
use std::cell::RefCell;

#[derive(Default)]
pub(super) struct Overlay {
    /// Each key's latest write (`None` deletes), in the order the keys were
    /// first written (a key written again keeps its place).
    map: IndexMap<Vec<u8>, Option<Vec<u8>>, FxBuildHasher>,
    /// The places in `map` of its first `sorted.len()` entries, in key
    /// order: brought up to date by a prefix read once enough entries came
    /// after it (see [`Overlay::for_prefix`]).
    sorted: RefCell<Vec<usize>>,
}

impl Overlay {
    pub(super) fn len(&self) -> usize {
        self.map.len()
    }

    /// The latest write of `k`, if any: `Some(None)` is a delete.
    pub(super) fn get(&self, k: &[u8]) -> Option<&Option<Vec<u8>>> {
        self.map.get(k)
    }

    pub(super) fn insert(&mut self, k: Vec<u8>, v: Option<Vec<u8>>) {
        self.map.insert(k, v);
    }

    fn key(&self, i: usize) -> &[u8] {
        self.map.get_index(i).map_or(&[], |(k, _)| k.as_slice())
    }

    /// Calls `f` with each key that starts with `prefix` and whether it is
    /// written (not deleted), in no particular order.
    ///
    /// The entries written since the sorted ones are scanned one by one
    /// while they are few (at most the square root of all, or 64): sorting
    /// them in at every read made a load that reads between its writes
    /// pay the whole overlay each time; this way a read costs at most
    /// √n comparisons besides the binary search, and the sorting √n moves a
    /// write.
    pub(super) fn for_prefix(&self, prefix: &[u8], mut f: impl FnMut(&[u8], bool)) {
        let n = self.map.len();
        let mut sorted = self.sorted.borrow_mut();
        if n - sorted.len() > n.isqrt().max(64) {
            let mut new: Vec<usize> = (sorted.len()..n).collect();
            new.sort_unstable_by(|&a, &b| self.key(a).cmp(self.key(b)));
            let old = std::mem::take(&mut *sorted);
            *sorted = merge(old, new, |&a, &b| self.key(a) < self.key(b));
        }
        let from = sorted.partition_point(|&i| self.key(i) < prefix);
        for &i in &sorted[from..] {
            let Some((k, v)) = self.map.get_index(i) else {
                break;
            };
            if !k.starts_with(prefix) {
                break;
            }
            f(k, v.is_some());
        }
        for (k, v) in self.map.get_range(sorted.len()..).into_iter().flatten() {
            if k.starts_with(prefix) {
                f(k, v.is_some());
            }
        }
    }

    /// Empties the overlay, giving `each` its writes in key order.
    ///
    /// Sorted as a list of places (a key's first 16 bytes and its place in
    /// the map), the writes then moved out of the map in that order: a
    /// sorted list of the writes themselves, then another of them as byte
    /// strings, had been two vectors of a part's every write made anew each
    /// part (a sixth of a 1M load's page faults with the writes' list
    /// `take_ops` makes of them).
    pub(super) fn take_sorted(&mut self, mut each: impl FnMut(Vec<u8>, Option<Vec<u8>>)) {
        self.sorted.get_mut().clear();
        let mut order: Vec<((u64, u64), usize)> = self
            .map
            .keys()
            .enumerate()
            .map(|(i, k)| (head(k), i))
            .collect();
        // One key a write, so no two are equal.
        order.sort_unstable_by(|a, b| a.0.cmp(&b.0).then_with(|| self.key(a.1).cmp(self.key(b.1))));
        for (_, i) in order {
            if let Some((k, v)) = self.map.get_index_mut2(i) {
                each(std::mem::take(k), v.take());
            }
        }
        // Cleared, not replaced: the next part's map starts with this
        // one's room instead of growing again from nothing.
        self.map.clear();
    }
}

/// Two sorted lists as one, `before(a, b)` saying `a` goes before `b`.
fn merge<T: Copy>(a: Vec<T>, b: Vec<T>, before: impl Fn(&T, &T) -> bool) -> Vec<T> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if before(&b[j], &a[i]) {
            out.push(b[j]);
            j += 1;
        } else {
            out.push(a[i]);
            i += 1;
        }
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    /// The overlay against a `BTreeMap` of the same writes: prefix reads
    /// between the writes (so that some find entries sorted and some not
    /// yet) and the writes taken at the end in key order.
    #[test]
    fn prefix_reads_and_taken_writes_are_those_of_an_ordered_map() {
        let mut overlay = Overlay::default();
        let mut model: BTreeMap<Vec<u8>, Option<Vec<u8>>> = BTreeMap::new();
        let mut x: u64 = 7;
        for step in 0..5000u32 {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let k = vec![(x >> 60) as u8, (x >> 56) as u8 & 3, (x >> 40) as u8 & 7];
            let v = (x & 4 != 0).then(|| step.to_be_bytes().to_vec());
            overlay.insert(k.clone(), v.clone());
            model.insert(k, v);
            if step % 7 == 0 {
                let prefix = &[(x >> 30) as u8 & 15, (x >> 20) as u8 & 3][..(step as usize % 3)];
                let mut got = Vec::new();
                overlay.for_prefix(prefix, |k, live| got.push((k.to_vec(), live)));
                got.sort();
                let want: Vec<(Vec<u8>, bool)> = model
                    .iter()
                    .filter(|(k, _)| k.starts_with(prefix))
                    .map(|(k, v)| (k.clone(), v.is_some()))
                    .collect();
                assert_eq!(got, want, "prefix {prefix:?} after {step} writes");
            }
            let probe = vec![(x >> 10) as u8 & 15, (x >> 8) as u8 & 3, (x >> 4) as u8 & 7];
            assert_eq!(overlay.get(&probe), model.get(&probe));
        }
        assert_eq!(overlay.len(), model.len());
        let mut taken = Vec::new();
        overlay.take_sorted(|k, v| taken.push((k, v)));
        assert_eq!(taken, model.into_iter().collect::<Vec<_>>());
        assert_eq!(overlay.len(), 0);
        let mut none = 0;
        overlay.for_prefix(&[], |_, _| none += 1);
        assert_eq!(none, 0);
    }
}
