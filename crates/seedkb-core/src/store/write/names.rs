//! The names a load resolved (`Loader::names`): each name's bytes in
//! large shared buffers and, by a hash of the name, where they are and
//! the entity they name. A `HashMap<String, Eid>` had cost ~100 bytes a
//! name (a string of its own beside a 32-byte entry): ~51 MB at its cap,
//! reached by every load of three million facts or more (issue 12, a
//! load's memory); here ~25 bytes of entry and the name's bytes.

use crate::store::cache::NameArena;
use crate::store::keys::Eid;
use rustc_hash::{FxHashMap, FxHasher};
use std::hash::Hasher;

/// Where a name's bytes are in the arena and the entity it names.
#[derive(Clone, Copy)]
struct Entry {
    at: u64,
    eid: Eid,
}

#[derive(Default)]
pub(super) struct NameIds {
    by_hash: FxHashMap<u64, Entry>,
    arena: NameArena,
    /// Names that do not fit an entry (longer than 64 KB, past 64K
    /// buffers) or whose hash another name has.
    others: FxHashMap<String, Eid>,
}

fn hash(name: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write(name.as_bytes());
    h.finish()
}

impl NameIds {
    pub(super) fn len(&self) -> usize {
        self.by_hash.len() + self.others.len()
    }

    pub(super) fn clear(&mut self) {
        *self = NameIds::default();
    }

    fn name(&self, at: u64) -> Option<&str> {
        self.arena.get(at)
    }

    pub(super) fn get(&self, name: &str) -> Option<Eid> {
        match self.by_hash.get(&hash(name)) {
            Some(entry) if self.name(entry.at) == Some(name) => Some(entry.eid),
            Some(_) => self.others.get(name).copied(),
            // A name whose hash no entry has may still be a long one.
            None => self.others.get(name).copied(),
        }
    }

    pub(super) fn insert(&mut self, name: String, eid: Eid) {
        let h = hash(&name);
        if let Some(Entry { at, .. }) = self.by_hash.get(&h).copied() {
            if self.name(at) == Some(name.as_str()) {
                self.by_hash.insert(h, Entry { at, eid });
            } else {
                self.others.insert(name, eid);
            }
            return;
        }
        // It may have been kept apart while another name had its hash.
        if !self.others.is_empty() {
            self.others.remove(&name);
        }
        match self.arena.push(&name) {
            Some(at) => {
                self.by_hash.insert(h, Entry { at, eid });
            }
            None => {
                self.others.insert(name, eid);
            }
        }
    }

    /// Every name held, in no particular order.
    pub(super) fn names(&self) -> impl Iterator<Item = &str> + '_ {
        let kept = self.by_hash.values().filter_map(|e| self.name(e.at));
        kept.chain(self.others.keys().map(String::as_str))
    }

    pub(super) fn remove(&mut self, name: &str) {
        let h = hash(name);
        if let Some(entry) = self.by_hash.get(&h) {
            if self.name(entry.at) == Some(name) {
                self.by_hash.remove(&h);
                return;
            }
        }
        self.others.remove(name);
    }
}

/// The names a load let go of once the engine had them (see
/// `Loader::let_names_go`): a blocked Bloom filter per batch let go. A
/// name in none of them is not stored, known without a read of the engine
/// (which waits for the part being written): most names a large load looks
/// up are new.
#[derive(Default)]
pub(super) struct LetGo {
    filters: Vec<Filter>,
}

/// One batch's filter: a name sets [`PROBES`] bits of one 512-bit block
/// (one cache line).
struct Filter {
    blocks: Vec<[u64; 8]>,
}

/// Bits of filter per name: with 6 probes in a 512-bit block, ~0.1-0.2%
/// of the names in no filter are said to be in one (and read).
const BITS_PER_NAME: usize = 16;
const PROBES: u32 = 6;

/// The filters' hash: fixed, so a load's reads are the same each run; a
/// name that collides only costs a read.
const LET_GO_SEED: foldhash::quality::FixedState =
    foldhash::quality::FixedState::with_seed(0x6c65_745f_676f_6e65);

impl Filter {
    fn of<'a>(count: usize, names: impl Iterator<Item = &'a str>) -> Filter {
        let blocks = (count * BITS_PER_NAME).div_ceil(512).max(1);
        let mut f = Filter {
            blocks: vec![[0u64; 8]; blocks],
        };
        for name in names {
            let (block, bits) = f.at(name);
            for (word, bit) in bits {
                f.blocks[block][word] |= bit;
            }
        }
        f
    }

    /// The block of `name` and its bits there (word, mask).
    fn at(&self, name: &str) -> (usize, impl Iterator<Item = (usize, u64)>) {
        use std::hash::BuildHasher;
        let h = LET_GO_SEED.hash_one(name);
        // The block from the hash's high bits (multiply-shift), the bits
        // in it from its low ones, 9 bits a probe.
        let block = ((u128::from(h) * self.blocks.len() as u128) >> 64) as usize;
        let bits = (0..PROBES).map(move |i| {
            let b = (h >> (9 * i)) & 511;
            ((b >> 6) as usize, 1u64 << (b & 63))
        });
        (block, bits)
    }

    fn may_hold(&self, name: &str) -> bool {
        let (block, mut bits) = self.at(name);
        let words = &self.blocks[block];
        bits.all(|(word, bit)| words[word] & bit != 0)
    }
}

impl LetGo {
    /// Notes every name `names` holds, about to be let go.
    pub(super) fn add(&mut self, names: &NameIds) {
        if names.len() > 0 {
            self.filters.push(Filter::of(names.len(), names.names()));
        }
    }

    /// Whether `name` may be among those let go (never false for one
    /// that is).
    pub(super) fn may_hold(&self, name: &str) -> bool {
        self.filters.iter().any(|f| f.may_hold(name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every name let go is said to be, whatever batch it went in; few
    /// others are.
    #[test]
    fn names_let_go_are_found_and_few_others() {
        let mut let_go = LetGo::default();
        assert!(!let_go.may_hold("名0"));
        for batch in 0..3 {
            let mut names = NameIds::default();
            for i in 0..5000 {
                names.insert(format!("名{batch}-{i}"), i);
            }
            names.insert("长".repeat(30_000), 1);
            let_go.add(&names);
        }
        let_go.add(&NameIds::default());
        assert_eq!(let_go.filters.len(), 3);
        for batch in 0..3 {
            for i in 0..5000 {
                assert!(let_go.may_hold(&format!("名{batch}-{i}")));
            }
        }
        assert!(let_go.may_hold(&"长".repeat(30_000)));
        let others = (0..30_000)
            .filter(|i| let_go.may_hold(&format!("他{i}")))
            .count();
        // Three filters of ~0.2% each: ~180 expected.
        assert!(others < 600, "{others} of 30,000 other names said let go");
    }

    /// The map answers as a `HashMap<String, Eid>` does, for names that
    /// share a hash and names too long for an entry too.
    #[test]
    fn answers_as_a_map_of_strings() {
        let mut names = NameIds::default();
        let mut plain: std::collections::HashMap<String, Eid> = Default::default();
        let long = "长".repeat(30_000);
        let mut all: Vec<String> = (0..3000).map(|i| format!("名{i}")).collect();
        all.push(long.clone());
        all.push(String::new());
        for (i, n) in all.iter().enumerate() {
            names.insert(n.clone(), i as Eid);
            plain.insert(n.clone(), i as Eid);
        }
        // Two names under one hash: the second goes to `others`.
        let first = Entry {
            at: names.by_hash[&hash("名1")].at,
            eid: 1,
        };
        names.by_hash.insert(hash("甲"), first);
        names.insert("甲".into(), 7);
        plain.insert("甲".into(), 7);
        assert_eq!(names.get("名1"), Some(1));
        names.insert("名5".into(), 50);
        plain.insert("名5".into(), 50);
        for n in ["名7", "甲", long.as_str()] {
            names.remove(n);
            plain.remove(n);
        }
        // 甲 back once its hash is free: not shadowed by what was kept apart.
        names.insert("甲".into(), 8);
        names.by_hash.remove(&hash("甲"));
        names.insert("甲".into(), 9);
        names.remove("甲");
        for n in all.iter().map(String::as_str).chain(["甲", "乙", "名"]) {
            assert_eq!(names.get(n), plain.get(n).copied(), "{n}");
        }
        assert_eq!(names.len(), plain.len());
        names.clear();
        assert_eq!((names.len(), names.get("名1")), (0, None));
    }
}
