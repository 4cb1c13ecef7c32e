//! What a load stated about the entities it made (`Loader::fresh`):
//! everything stored about such an entity is this load's, so what is not
//! here is not stored, and curated-wins needs no reads back for it.
//!
//! The entities a load makes take consecutive ids from one counter, so
//! they are kept in a vector by id, each in a slot of 48 bytes holding its
//! first attributes and references: a hash map of two vectors per entity
//! had cost ~190 bytes an entity (~50 MB at its cap, in every load of
//! three million facts or more: issue 12, a load's memory).
//!
//! Past the slots' limit an entity is followed a part at a time: its slot
//! is in a map of the part's entities, folded at the end of the part into
//! one byte of what earlier parts stated (nothing, or only facts of one
//! common attribute — its kind — and no reference); more than that, and it
//! is read back as any other. Not followed, every entity of a 10M-fact
//! load past the first 256K had its facts read back per attribute, each
//! read a search of the overlay: pass 3 took 50× its time at 1M.

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

/// What earlier parts stated about an entity followed a part at a time
/// ([`FreshEntities::later`]), in its byte's two low bits: not followed
/// (not made by this load, or too much stated to say in a byte: read
/// back), nothing, or only facts of [`FreshEntities::common`]; and
/// whether anything extracted was said about it.
const LATER_UNFOLLOWED: u8 = 0;
const LATER_NOTHING: u8 = 1;
const LATER_COMMON: u8 = 2;
const LATER_EXTRACTED: u8 = 4;

/// The most entities followed a part at a time (a byte each).
const LATER_KEPT: usize = 1 << 26;

/// The entities a load made (up to `limit` ids from the first in slots,
/// then a part at a time) and, per entity, the attributes it has facts of,
/// the entities its facts refer to and whether anything extracted was said
/// about it.
pub(super) struct FreshEntities {
    first: Eid,
    slots: Vec<Slot>,
    spilled: FxHashMap<Eid, Lists>,
    limit: usize,
    /// Per entity made past `limit`, what parts before this one stated
    /// about it (`LATER_*`).
    later: Vec<u8>,
    /// The slots of the entities past `limit` this part stated something
    /// about, each started from its byte in `later`.
    recent: FxHashMap<Eid, Slot>,
    /// The one attribute a byte of `later` can say an entity has facts of:
    /// the first an entity had alone at the end of a part (its kind).
    common: Option<Aid>,
}

impl FreshEntities {
    pub(super) fn new(limit: usize) -> Self {
        FreshEntities {
            first: 0,
            slots: Vec::new(),
            spilled: FxHashMap::default(),
            limit,
            later: Vec::new(),
            recent: FxHashMap::default(),
            common: None,
        }
    }

    /// Follows `e`, just made (with nothing stated yet), in a slot or, past
    /// the limit, a part at a time.
    pub(super) fn insert(&mut self, e: Eid) {
        if self.slots.is_empty() && self.later.is_empty() {
            self.first = e;
        }
        let Some(i) = self.index(e) else {
            return;
        };
        self.spilled.remove(&e);
        if i < self.limit {
            if self.slots.len() <= i {
                self.slots.resize(i + 1, Slot::default());
            }
            self.slots[i] = Slot {
                kept: true,
                ..Slot::default()
            };
            return;
        }
        let j = i - self.limit;
        if j >= LATER_KEPT {
            return;
        }
        if self.later.len() <= j {
            self.later.resize(j + 1, LATER_UNFOLLOWED);
        }
        self.later[j] = LATER_NOTHING;
        self.recent.remove(&e);
    }

    /// Forgets every entity (an unload may have changed what is stored).
    pub(super) fn clear(&mut self) {
        self.slots = Vec::new();
        self.spilled = FxHashMap::default();
        self.later = Vec::new();
        self.recent = FxHashMap::default();
    }

    fn index(&self, e: Eid) -> Option<usize> {
        e.checked_sub(self.first)
            .and_then(|i| usize::try_from(i).ok())
    }

    /// The byte of `later` of an entity past the limit, if it has one.
    fn later_of(&self, i: usize) -> Option<u8> {
        let b = *self.later.get(i.checked_sub(self.limit)?)?;
        (b & 3 != LATER_UNFOLLOWED).then_some(b)
    }

    /// The slot a byte of `later` stands for.
    fn slot_of_later(&self, b: u8) -> Slot {
        let mut s = Slot {
            kept: true,
            extracted: b & LATER_EXTRACTED != 0,
            ..Slot::default()
        };
        if let (LATER_COMMON, Some(a)) = (b & 3, self.common) {
            s.attrs[0] = a;
            s.attrs_len = 1;
        }
        s
    }

    /// `e`'s slot, if `e` is followed.
    fn slot(&self, e: Eid) -> Option<Slot> {
        let i = self.index(e)?;
        if i < self.limit {
            return self.slots.get(i).filter(|s| s.kept).copied();
        }
        let b = self.later_of(i)?;
        Some(match self.recent.get(&e) {
            Some(s) => *s,
            None => self.slot_of_later(b),
        })
    }

    /// The end of a part: what it stated about the entities followed a
    /// part at a time goes into their bytes of `later` (an entity with a
    /// reference or more than the common attribute is no longer followed).
    pub(super) fn part_done(&mut self) {
        let mut recent = std::mem::take(&mut self.recent);
        for (e, s) in recent.drain() {
            let Some(j) = self
                .index(e)
                .and_then(|i| i.checked_sub(self.limit))
                .filter(|j| *j < self.later.len())
            else {
                continue;
            };
            let lone = match (s.attrs_len, s.refs_len) {
                (SPILLED, _) => {
                    self.spilled.remove(&e);
                    None
                }
                (0, 0) => Some(LATER_NOTHING),
                (1, 0) if *self.common.get_or_insert(s.attrs[0]) == s.attrs[0] => {
                    Some(LATER_COMMON)
                }
                _ => None,
            };
            self.later[j] = match lone {
                Some(b) if s.extracted => b | LATER_EXTRACTED,
                Some(b) => b,
                None => LATER_UNFOLLOWED,
            };
        }
        // Emptied, with its room kept for the next part.
        self.recent = recent;
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
        let s = if i < self.limit {
            match self.slots.get_mut(i).filter(|s| s.kept) {
                Some(s) => s,
                None => return,
            }
        } else {
            let Some(b) = self.later_of(i) else { return };
            let start = self.slot_of_later(b);
            self.recent.entry(e).or_insert(start)
        };
        note_in(s, &mut self.spilled, e, a, target, extracted);
    }
}

/// [`FreshEntities::note`] in `e`'s slot `s` (or its lists in `spilled`).
fn note_in(
    s: &mut Slot,
    spilled: &mut FxHashMap<Eid, Lists>,
    e: Eid,
    a: Aid,
    target: Option<Eid>,
    extracted: bool,
) {
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
        spilled.insert(e, lists);
    }
    let lists = spilled.entry(e).or_default();
    if !lists.attrs.contains(&a) {
        lists.attrs.push(a);
    }
    if let Some(t) = target {
        if !lists.refs.contains(&t) {
            lists.refs.push(t);
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

    /// Ids beyond the limit are followed a part at a time: exactly within
    /// a part, and across parts while the parts before stated nothing about
    /// them or only facts of the common attribute; then they are read back
    /// as any other.
    #[test]
    fn entities_beyond_the_limit_are_followed_a_part_at_a_time() {
        let mut fresh = FreshEntities::new(2);
        for e in 5..10 {
            fresh.insert(e);
        }
        assert_eq!(fresh.extracted(6), Some(false));
        assert_eq!(fresh.has_attr(7, 1), Some(false));
        assert_eq!(fresh.refs(7), Some(vec![]));
        assert_eq!(fresh.has_attr(4, 1), None);
        assert_eq!(fresh.has_attr(10, 1), None);
        // A part: 7 and 9 get their kind (1), 9's extracted; 8 its kind
        // and a reference.
        fresh.note(7, 1, None, false);
        fresh.note(8, 1, None, false);
        fresh.note(8, 2, Some(5), false);
        fresh.note(9, 1, None, true);
        assert_eq!(fresh.has_attr(7, 1), Some(true));
        assert_eq!(fresh.refs(8), Some(vec![5]));
        assert_eq!(fresh.extracted(9), Some(true));
        fresh.part_done();
        assert_eq!(fresh.has_attr(7, 1), Some(true));
        assert_eq!(fresh.has_attr(7, 2), Some(false));
        assert_eq!(fresh.refs(7), Some(vec![]));
        assert_eq!(fresh.extracted(7), Some(false));
        assert_eq!(fresh.has_attr(8, 1), None);
        assert_eq!(fresh.refs(8), None);
        assert_eq!(
            (fresh.extracted(9), fresh.has_attr(9, 1)),
            (Some(true), Some(true))
        );
        // The next part states more about 7: known to the end of the part.
        fresh.note(7, 3, Some(6), false);
        assert_eq!(fresh.has_attr(7, 1), Some(true));
        assert_eq!(fresh.has_attr(7, 3), Some(true));
        assert_eq!(fresh.refs(7), Some(vec![6]));
        fresh.note(8, 3, None, false);
        assert_eq!(fresh.has_attr(8, 3), None);
        fresh.part_done();
        assert_eq!(fresh.has_attr(7, 3), None);
        assert_eq!(fresh.has_attr(9, 2), Some(false));
        // One attribute alone, not the common one: not said in a byte.
        fresh.insert(10);
        fresh.note(10, 4, None, false);
        fresh.part_done();
        assert_eq!(fresh.has_attr(10, 4), None);
        // A fact of many attributes spills its lists within the part.
        fresh.insert(11);
        for a in 0..10 {
            fresh.note(11, a, None, false);
        }
        assert_eq!(fresh.has_attr(11, 9), Some(true));
        fresh.part_done();
        assert_eq!(fresh.has_attr(11, 9), None);
        assert!(fresh.spilled.is_empty());
        fresh.clear();
        assert_eq!(fresh.has_attr(9, 1), None);
    }
}
