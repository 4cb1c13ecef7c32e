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

#[cfg(test)]
mod tests {
    use super::*;

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
