//! One value per entity in an aggregate: when documents disagree about an
//! entity's attribute (8000万元 in one, 9000万元 in another), they report
//! the same figure twice, and adding both gives a figure no document
//! states. An aggregate takes the values of the document published last
//! (its citation's date: a fact file's, `load --published`'s or its
//! dateline's), so a repost of an older article loaded after a newer one
//! does not bring the older figure back; where a date is unknown, or the
//! dates are equal, the document added to the store last (one loaded
//! again under its name keeps its place). A note says which and why.

use super::document::published_order;
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
    /// Why that one: `published 2026-10-20, the latest`, or why the order
    /// of loading decided.
    rule: String,
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
        let mut candidates: Vec<crate::store::DocId> = facts.iter().flat_map(docs).collect();
        candidates.sort_unstable();
        candidates.dedup();
        let Some((last, rule)) = self.latest(&candidates)? else {
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
            // Every document stating it (a repost's too).
            let mut names = Vec::new();
            for d in docs(f) {
                names.push(self.store.doc_name(d)?);
            }
            let doc = names.join(" and ");
            values.push((shown, doc));
        }
        self.differing.borrow_mut().push(Differing {
            entity: e,
            attr: a,
            values,
            taken: self.store.doc_name(last)?,
            rule,
        });
        Ok(Some(
            facts
                .into_iter()
                .filter(|f| docs(f).contains(&last))
                .map(|f| f.value)
                .collect(),
        ))
    }

    /// Of documents `docs` (in store order), the one whose values count,
    /// with why: the latest publication date when every one has a date
    /// with its year, the document added last among those of that date;
    /// else the document added last (dates cannot order them).
    fn latest(
        &self,
        docs: &[crate::store::DocId],
    ) -> Result<Option<(crate::store::DocId, String)>, Error> {
        let Some(&added_last) = docs.last() else {
            return Ok(None);
        };
        let mut dated = Vec::new();
        let mut undated = Vec::new();
        for &d in docs {
            match self.doc_published(d)?.filter(|p| p.year.is_some()) {
                Some(p) => dated.push((d, p)),
                None => undated.push(d),
            }
        }
        if let Some(&first) = undated.first() {
            let n = undated.len();
            let who = if n == docs.len() {
                "no document has a publication date".to_string()
            } else if n == 1 {
                format!("{} has no publication date", self.store.doc_name(first)?)
            } else {
                format!("{n} of them have no publication date")
            };
            return Ok(Some((added_last, format!("added last: {who}"))));
        }
        let mut best = 0;
        for i in 1..dated.len() {
            // Later, or as late and added after (store order).
            if published_order(&dated[i].1, &dated[best].1).is_ge() {
                best = i;
            }
        }
        let (doc, date) = &dated[best];
        let ties = dated
            .iter()
            .filter(|(d, p)| d != doc && published_order(p, date).is_eq())
            .count();
        let rule = if ties == 0 {
            format!("published latest, {}", date.iso())
        } else {
            format!("added last of those published {}", date.iso())
        };
        Ok(Some((*doc, rule)))
    }

    /// The note on entities a `where` kept on one document's value of an
    /// attribute while another document's fails the same test (12亿元 in
    /// March, 13.5亿元 in October, `where total_investment > 12.5亿元`):
    /// the row stands on one of the documents, which the reader is told.
    pub(super) fn split_note(&self) -> Result<Option<String>, Error> {
        let mut split = std::mem::take(&mut *self.split.borrow_mut());
        split.sort_unstable();
        split.dedup();
        let mut named = Vec::new();
        let mut first_name = None;
        let mut count = 0usize;
        for (e, a) in split {
            // Each value with the documents stating it.
            let mut values: Vec<(String, Vec<String>)> = Vec::new();
            for f in self.store.values_of(e, a)? {
                let shown = self.cell(&f.value, &f.record.text)?.display();
                let at = match values.iter().position(|(v, _)| *v == shown) {
                    Some(i) => i,
                    None => {
                        values.push((shown, Vec::new()));
                        values.len() - 1
                    }
                };
                for s in f.record.sources.iter().filter(|s| s.background().is_none()) {
                    let d = self.store.doc_name(s.doc)?;
                    if !values[at].1.contains(&d) {
                        values[at].1.push(d);
                    }
                }
            }
            values.retain(|(_, docs)| !docs.is_empty());
            // One document stating both values is no disagreement of two.
            let docs: std::collections::BTreeSet<&String> =
                values.iter().flat_map(|(_, d)| d).collect();
            if docs.len() < 2 || values.len() < 2 {
                continue;
            }
            count += 1;
            let name = self.store.entity_name(e)?;
            if named.len() < NAMED {
                let list: Vec<String> = values
                    .iter()
                    .map(|(v, d)| format!("{v} in {}", d.join(" and ")))
                    .collect();
                named.push(format!(
                    "{name} {} ({})",
                    self.store.attr_name(a),
                    list.join(", ")
                ));
            }
            first_name.get_or_insert(name);
        }
        let Some(first_name) = first_name else {
            return Ok(None);
        };
        let more = match count.saturating_sub(NAMED) {
            0 => String::new(),
            n => format!(" and {n} more"),
        };
        Ok(Some(format!(
            "documents disagree on {}{more}; a `where` keeps an entity when any document's \
             value passes, here one's does and another's does not; compare them with \
             `show {first_name}`",
            named.join("; ")
        )))
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
                "{} {} ({}: took {}'s, {})",
                self.store.entity_name(d.entity)?,
                self.store.attr_name(d.attr),
                values.join(", "),
                d.taken,
                d.rule
            ));
        }
        let more = match all.len().saturating_sub(NAMED) {
            0 => String::new(),
            n => format!(" and {n} more"),
        };
        Ok(Some(format!(
            "documents disagree on {}{more}; each entity counts once, with the values of \
             the document published last (of equal or unknown dates, the one added last); \
             compare them with `show {first_name}`",
            named.join("; ")
        )))
    }
}
