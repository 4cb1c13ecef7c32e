//! What the store keeps in memory between queries: the attribute
//! dictionary, decoded entity records, document names and the list of
//! kinds. Every thread that queries the store shares them (a warm cache
//! serves the next query, whichever thread runs it); a load empties them.
//!
//! A reader that read the engine before a load and fills the cache after
//! it must not leave a stale record behind: every fill checks that no load
//! finished since its read began (`generation`), under the map's lock.

use super::keys::{Aid, DocId, Eid};
use super::EntityRecord;
use std::collections::HashMap;
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard};

#[derive(Default)]
pub(super) struct AttrCache {
    pub by_name: HashMap<String, Aid>,
    pub by_id: HashMap<Aid, String>,
}

#[derive(Default)]
pub(super) struct Caches {
    /// Bumped by every load, before the maps are emptied.
    generation: AtomicU64,
    pub attrs: RwLock<AttrCache>,
    pub entities: RwLock<HashMap<Eid, Arc<EntityRecord>>>,
    pub doc_names: RwLock<HashMap<DocId, String>>,
    /// The kinds there are (every query plan asks).
    pub kind_names: RwLock<Option<Vec<String>>>,
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
        write(&self.doc_names).clear();
        *write(&self.kind_names) = None;
    }

    /// Stores `value` read since `since`, unless a load finished meanwhile.
    pub fn remember<K: Hash + Eq, V>(
        &self,
        map: &RwLock<HashMap<K, V>>,
        since: u64,
        key: K,
        value: V,
    ) {
        let mut m = write(map);
        if self.generation() == since {
            m.insert(key, value);
        }
    }

    pub fn remember_kinds(&self, since: u64, kinds: Vec<String>) {
        let mut k = write(&self.kind_names);
        if self.generation() == since {
            *k = Some(kinds);
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
    }
}
