//! What a load stated about the entities it made (`Loader::fresh`):
//! everything stored about such an entity is this load's, so what is not
//! here is not stored, and curated-wins needs no reads back for it.
//!
//! The entities a load makes take consecutive ids from one counter, so
//! they are kept in a vector by id, each in a slot of 48 bytes holding its
//! first attributes and references: a hash map of two vectors per entity
//! had cost ~190 bytes an entity (~50 MB at its cap, in every load of
//! three million facts or more: issue 12, a load's memory).

use crate::store::keys::{Aid, Eid};
use rustc_hash::FxHashMap;

/// The attributes and references an entity's slot holds; one more moves
/// its lists to [`FreshEntities::spilled`]. Seven and two fill 48 bytes:
/// with four and one (32 bytes) most entities of a generated dump (six
/// attributes with their kind, two references) spilled, each a hash
/// entry and two vectors made, then probed at each of its facts.
const SLOT_ATTRS: usize = 7;
const SLOT_REFS: usize = 2;

/// `Slot::attrs_len` of an entity whose lists are in `spilled`.
const SPILLED: u8 = u8::MAX;

#[derive(Clone, Copy, Default)]
struct Slot {
    kept: bool,
    /// Some fact about it has an extracted source.
    extracted: bool,
    attrs_len: u8,
    refs_len: u8,
    attrs: [Aid; SLOT_ATTRS],
    refs: [Eid; SLOT_REFS],
}

/// The lists of an entity with more than a slot holds, in the order stated.
#[derive(Default)]
struct Lists {
    attrs: Vec<Aid>,
    refs: Vec<Eid>,
}

/// The entities a load made (up to `limit` ids from the first) and, per
/// entity, the attributes it has facts of, the entities its facts refer to
/// and whether anything extracted was said about it.
pub(super) struct FreshEntities {
    first: Eid,
    slots: Vec<Slot>,
    spilled: FxHashMap<Eid, Lists>,
    limit: usize,
}

impl FreshEntities {
    pub(super) fn new(limit: usize) -> Self {
        FreshEntities {
            first: 0,
            slots: Vec::new(),
            spilled: FxHashMap::default(),
            limit,
        }
    }

    /// Follows `e`, just made (with nothing stated yet), unless it is
    /// beyond the limit; those are read back as any other.
    pub(super) fn insert(&mut self, e: Eid) {
        if self.slots.is_empty() {
            self.first = e;
        }
        let Some(i) = self.index(e).filter(|i| *i < self.limit) else {
            return;
        };
        if self.slots.len() <= i {
            self.slots.resize(i + 1, Slot::default());
        }
        self.spilled.remove(&e);
        self.slots[i] = Slot {
            kept: true,
            ..Slot::default()
        };
    }

    /// Forgets every entity (an unload may have changed what is stored).
    pub(super) fn clear(&mut self) {
        self.slots = Vec::new();
        self.spilled = FxHashMap::default();
    }

    fn index(&self, e: Eid) -> Option<usize> {
        e.checked_sub(self.first)
            .and_then(|i| usize::try_from(i).ok())
    }

    fn slot(&self, e: Eid) -> Option<&Slot> {
        self.slots.get(self.index(e)?).filter(|s| s.kept)
    }

    /// Whether `e` has a fact of `a`, if `e` is followed.
    pub(super) fn has_attr(&self, e: Eid, a: Aid) -> Option<bool> {
        let s = self.slot(e)?;
        Some(match s.attrs_len {
            SPILLED => self.spilled.get(&e).is_some_and(|l| l.attrs.contains(&a)),
            n => s.attrs[..n as usize].contains(&a),
        })
    }

    /// Whether anything extracted was said about `e`, if `e` is followed.
    pub(super) fn extracted(&self, e: Eid) -> Option<bool> {
        self.slot(e).map(|s| s.extracted)
    }

    /// The entities `e`'s facts refer to, if `e` is followed.
    pub(super) fn refs(&self, e: Eid) -> Option<Vec<Eid>> {
        let s = self.slot(e)?;
        Some(match s.attrs_len {
            SPILLED => self
                .spilled
                .get(&e)
                .map(|l| l.refs.clone())
                .unwrap_or_default(),
            _ => s.refs[..s.refs_len as usize].to_vec(),
        })
    }

    /// Notes a fact about `e` (if followed) of attribute `a`, referring to
    /// `target` if it is a reference.
    pub(super) fn note(&mut self, e: Eid, a: Aid, target: Option<Eid>, extracted: bool) {
        let Some(i) = self.index(e) else { return };
        let Some(s) = self.slots.get_mut(i).filter(|s| s.kept) else {
            return;
        };
        s.extracted |= extracted;
        if s.attrs_len != SPILLED {
            let attrs = &s.attrs[..s.attrs_len as usize];
            let refs = &s.refs[..s.refs_len as usize];
            let new_attr = !attrs.contains(&a);
            let new_ref = target.filter(|t| !refs.contains(t));
            let attrs_fit = !new_attr || attrs.len() < SLOT_ATTRS;
            let refs_fit = new_ref.is_none() || refs.len() < SLOT_REFS;
            if attrs_fit && refs_fit {
                if new_attr {
                    s.attrs[s.attrs_len as usize] = a;
                    s.attrs_len += 1;
                }
                if let Some(t) = new_ref {
                    s.refs[s.refs_len as usize] = t;
                    s.refs_len += 1;
                }
                return;
            }
            let lists = Lists {
                attrs: attrs.to_vec(),
                refs: refs.to_vec(),
            };
            s.attrs_len = SPILLED;
            self.spilled.insert(e, lists);
        }
        let lists = self.spilled.entry(e).or_default();
        if !lists.attrs.contains(&a) {
            lists.attrs.push(a);
        }
        if let Some(t) = target {
            if !lists.refs.contains(&t) {
                lists.refs.push(t);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slot_is_48_bytes() {
        assert_eq!(std::mem::size_of::<Slot>(), 48);
    }

    /// The lists read back are those of a plain list per entity, in the
    /// order stated, whether they fit a slot or spilled.
    #[test]
    fn lists_read_back_as_stated_in_a_slot_or_spilled() {
        let mut fresh = FreshEntities::new(100);
        fresh.insert(10);
        fresh.insert(11);
        assert_eq!(fresh.has_attr(10, 1), Some(false));
        assert_eq!(fresh.has_attr(9, 1), None);
        assert_eq!(fresh.has_attr(12, 1), None);
        let mut plain: Vec<(Vec<Aid>, Vec<Eid>, bool)> = vec![Default::default(); 2];
        for (n, (a, t)) in [
            (1, None),
            (2, Some(11)),
            (1, Some(11)),
            (3, None),
            (4, None),
        ]
        .into_iter()
        .chain((5..9).map(|a| (a, Some(a as Eid + 100))))
        .enumerate()
        {
            let e = 10 + (n % 2) as Eid;
            let extracted = n == 3;
            fresh.note(e, a, t, extracted);
            let p = &mut plain[(e - 10) as usize];
            if !p.0.contains(&a) {
                p.0.push(a);
            }
            if let Some(t) = t.filter(|t| !p.1.contains(t)) {
                p.1.push(t);
            }
            p.2 |= extracted;
            for (e, p) in [(10, &plain[0]), (11, &plain[1])] {
                assert_eq!(fresh.refs(e), Some(p.1.clone()));
                assert_eq!(fresh.extracted(e), Some(p.2));
                for a in 0..10 {
                    assert_eq!(fresh.has_attr(e, a), Some(p.0.contains(&a)));
                }
            }
        }
        assert!(!fresh.spilled.is_empty());
        fresh.clear();
        assert_eq!(fresh.refs(10), None);
    }

    /// Ids beyond the limit from the first are not followed: they are read
    /// back as any other.
    #[test]
    fn entities_beyond_the_limit_are_not_followed() {
        let mut fresh = FreshEntities::new(2);
        for e in 5..9 {
            fresh.insert(e);
        }
        assert_eq!(fresh.extracted(6), Some(false));
        assert_eq!(fresh.extracted(7), None);
        fresh.note(7, 1, None, true);
        assert_eq!(fresh.extracted(7), None);
    }
}
