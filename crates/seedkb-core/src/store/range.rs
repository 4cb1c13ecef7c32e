//! Typed range scans of avet: the query layer says which values it wants,
//! the store turns that into key bounds (with the encoders of `keys`), so no
//! key byte leaves the store.

use super::keys::{self, Aid, Eid, KeyValue};
use super::{cache, Store};
use crate::error::Error;
use crate::model::{Num, Unit};
use std::ops::Bound;

/// Which values of one attribute a range scan reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ValueRange {
    /// Quantities of one unit whose number lies within the bounds, whatever
    /// their qualifier (超, 约, a range's upper end): 超2.4亿元 is keyed at
    /// 2.4亿, and the caller's filter decides on such boundary values.
    Quantity {
        unit: Unit,
        lo: Bound<Num>,
        hi: Bound<Num>,
    },
    /// Exactly this text.
    Text(String),
}

/// The most entities of one kind `Store::kind_members` keeps (8 bytes
/// each): a larger kind is read from avet each time.
const KIND_MEMBERS_KEPT: usize = 1 << 20;

impl Store {
    /// [`Store::entities_of_kind`], kept until the next load: a query
    /// over a kind's entities (`funding by source`, a count) read its
    /// 108K ids from `avet` again each time, a tenth of a warm grouping at
    /// 1M facts (issue 12).
    pub fn kind_members(&self, kind: &str) -> Result<std::sync::Arc<Vec<Eid>>, Error> {
        if let Some(v) = cache::read(&self.caches.kind_members).get(kind) {
            return Ok(v.clone());
        }
        let since = self.caches.generation();
        let v = std::sync::Arc::new(self.entities_of_kind(kind)?);
        if v.len() <= KIND_MEMBERS_KEPT {
            self.caches.remember(
                &self.caches.kind_members,
                since,
                kind.to_string(),
                v.clone(),
            );
        }
        Ok(v)
    }

    /// (value, entity) pairs of attribute `a` with a value in `range`, in
    /// value order, from avet.
    pub fn values_in(&self, a: Aid, range: &ValueRange) -> Result<Vec<(KeyValue, Eid)>, Error> {
        let (lo, hi) = key_bounds(range);
        self.value_range(a, lo, hi)
    }
}

/// Value-key bounds (within one attribute) of a typed range.
fn key_bounds(range: &ValueRange) -> (Bound<Vec<u8>>, Bound<Vec<u8>>) {
    use Bound::*;
    // `None` only for a prefix of 0xFF bytes, which no value key starts with.
    let end = |prefix: &[u8]| keys::prefix_end(prefix).map_or(Unbounded, Excluded);
    match range {
        ValueRange::Quantity { unit, lo, hi } => {
            let number = |n: &Num| {
                let mut b = Vec::new();
                keys::quantity_value_prefix(&mut b, *unit, *n);
                b
            };
            let mut unit_start = Vec::new();
            keys::quantity_prefix(&mut unit_start, *unit);
            let lo = match lo {
                Unbounded => Included(unit_start.clone()),
                Included(n) => Included(number(n)),
                // Past every key of that number.
                Excluded(n) => {
                    let at = number(n);
                    keys::prefix_end(&at).map_or(Excluded(at), Included)
                }
            };
            let hi = match hi {
                Unbounded => end(&unit_start),
                Included(n) => end(&number(n)),
                Excluded(n) => Excluded(number(n)),
            };
            (lo, hi)
        }
        ValueRange::Text(t) => {
            let v = keys::encode_value(&KeyValue::Text(t.clone()));
            let hi = end(&v);
            (Included(v), hi)
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{DocumentFacts, Entity, Source};
    use crate::store::tests::eid;
    use crate::store::{mem::MemKv, Store};
    use std::sync::Arc;

    fn towns(doc: &str, names: &[&str]) -> DocumentFacts {
        DocumentFacts {
            doc: doc.into(),
            text: Some(names.join(" ")),
            entities: names
                .iter()
                .map(|n| Entity {
                    name: n.to_string(),
                    kind: "town".into(),
                    aliases: Vec::new(),
                    source: Source::curated(doc, n),
                    alias_background: Vec::new(),
                })
                .collect(),
            ..Default::default()
        }
    }

    #[test]
    fn a_kinds_members_kept_are_those_of_the_latest_load() {
        let (store, _) = Store::from_kv(
            Box::new(MemKv::new()),
            "memory",
            Arc::new(crate::text::Plain),
        )
        .unwrap();
        store
            .initialize(&[towns("a", &["甲镇", "乙镇"])], None)
            .unwrap();
        let first = store.kind_members("town").unwrap();
        let mut want = vec![eid(&store, "甲镇"), eid(&store, "乙镇")];
        want.sort_unstable();
        assert_eq!(*first, want);
        assert_eq!(*store.kind_members("town").unwrap(), want);
        assert!(store.kind_members("county").unwrap().is_empty());
        // A load makes the kept lists stale: the next read sees its towns.
        store.load(&[towns("b", &["丙镇"])]).unwrap();
        want.push(eid(&store, "丙镇"));
        want.sort_unstable();
        assert_eq!(*store.kind_members("town").unwrap(), want);
        assert_eq!(
            *store.kind_members("town").unwrap(),
            store.entities_of_kind("town").unwrap()
        );
    }
}
