//! One value per entity in an aggregate: when documents disagree about an
//! entity's attribute (8000万元 in one, 9000万元 in another), they report
//! the same figure twice, and adding both gives a figure no document
//! states. An aggregate takes the values of the document added to the
//! store last (documents carry no date; a newer report is usually added
//! after the older; one loaded again under its name keeps its place) and
//! says so in a note.

use super::partition::Partition;
use super::Evaluator;
use crate::error::Error;
use crate::model::Qualifiers;
use crate::store::{Aid, Eid, KeyValue};

/// How many disagreeing entities a note names before it counts the rest.
const NAMED: usize = 3;

/// An entity whose documents gave different values of one attribute.
#[derive(Debug)]
pub(super) struct Differing {
    entity: Eid,
    attr: Aid,
    /// Each value as written, with its document, in store order.
    values: Vec<(String, String)>,
    /// The document whose values were taken.
    taken: String,
}

impl Evaluator<'_> {
    /// Of an entity's several values of `a` in `part` (the kind an
    /// aggregate adds), the keys to add: all when one document gives them
    /// all, else those of the document added last (the disagreement is
    /// kept for [`Evaluator::differing_note`]).
    pub(super) fn one_version(
        &self,
        e: Eid,
        a: Aid,
        part: Partition,
    ) -> Result<Option<Vec<KeyValue>>, Error> {
        let in_part = |v: &KeyValue, q: &Qualifiers| {
            v.quantity("")
                .is_some_and(|x| (x.unit, q.modality, q.per) == part)
        };
        let facts: Vec<_> = self
            .store
            .values_of(e, a)?
            .into_iter()
            .filter(|f| in_part(&f.value, &f.record.qualifiers))
            .collect();
        // Background knowledge has no document of its own: it never
        // decides which version is the latest.
        let docs = |f: &crate::store::StoredFact| -> Vec<crate::store::DocId> {
            f.record
                .sources
                .iter()
                .filter(|s| s.background().is_none())
                .map(|s| s.doc)
                .collect()
        };
        let Some(last) = facts.iter().flat_map(docs).max() else {
            return Ok(None);
        };
        if facts.iter().all(|f| docs(f).contains(&last)) {
            return Ok(None);
        }
        let mut values = Vec::new();
        for f in &facts {
            let shown = f
                .value
                .quantity(&f.record.text)
                .map(|q| q.readable())
                .unwrap_or_default();
            let doc = match docs(f).into_iter().max() {
                Some(d) => self.store.doc_name(d)?,
                None => String::new(),
            };
            values.push((shown, doc));
        }
        self.differing.borrow_mut().push(Differing {
            entity: e,
            attr: a,
            values,
            taken: self.store.doc_name(last)?,
        });
        Ok(Some(
            facts
                .into_iter()
                .filter(|f| docs(f).contains(&last))
                .map(|f| f.value)
                .collect(),
        ))
    }

    /// The note on the entities an aggregate took one version of.
    pub(super) fn differing_note(&self) -> Result<Option<String>, Error> {
        let mut all = std::mem::take(&mut *self.differing.borrow_mut());
        all.sort_by_key(|d| (d.entity, d.attr));
        all.dedup_by_key(|d| (d.entity, d.attr));
        let Some(first) = all.first() else {
            return Ok(None);
        };
        let first_name = self.store.entity_name(first.entity)?;
        let mut named = Vec::new();
        for d in all.iter().take(NAMED) {
            let values: Vec<String> = d
                .values
                .iter()
                .map(|(v, doc)| format!("{v} in {doc}"))
                .collect();
            named.push(format!(
                "{} {} ({}: took {}'s)",
                self.store.entity_name(d.entity)?,
                self.store.attr_name(d.attr),
                values.join(", "),
                d.taken
            ));
        }
        let more = match all.len().saturating_sub(NAMED) {
            0 => String::new(),
            n => format!(" and {n} more"),
        };
        Ok(Some(format!(
            "documents disagree on {}{more}; each entity counts once, with the values of \
             the document added last; compare them with `show {first_name}`",
            named.join("; ")
        )))
    }
}
