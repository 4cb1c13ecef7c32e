//! The catalogue: `show NAME`, `kinds`, `attributes of KIND`.

use super::Evaluator;
use crate::error::Error;
use crate::query::result::{Cell, ResultSet};
use crate::store::cite::Citations;
use crate::store::{Aid, Eid, KeyValue};
use std::collections::{BTreeMap, HashSet};

/// The document a source cites: none for background knowledge, which the
/// document does not state.
pub(super) fn cited_doc(s: crate::model::Source) -> String {
    if s.background.is_some() {
        String::new()
    } else {
        s.doc
    }
}

impl Evaluator<'_> {
    /// A fact's row as `show` gives it: subject, attribute (marked when
    /// extracted), value with its qualifiers, the quote of its first
    /// source and the document that source cites.
    pub(super) fn fact_row(
        &self,
        cite: &std::cell::RefCell<Citations>,
        subject: &str,
        f: &crate::store::StoredFact,
    ) -> Result<Vec<Cell>, Error> {
        let src = match f.record.sources.first() {
            Some(s) => cite.borrow_mut().source(s)?,
            None => crate::model::Source::curated("", ""),
        };
        Ok(vec![
            Cell::Entity(subject.to_string()),
            Cell::Attr {
                name: self.store.attr_name(f.attr),
                extracted: src.extracted,
            },
            self.cell(&f.value, &f.record.text)?
                .qualified(&f.record.qualifiers),
            Cell::quote(&src),
            Cell::Text(cited_doc(src)),
        ])
    }

    /// Every fact about an entity, and the facts that refer to it.
    pub(super) fn show(&self, e: Eid) -> Result<ResultSet, Error> {
        let rec = self.store.entity(e)?;
        let mut rs = ResultSet::new(vec!["subject", "attribute", "value", "quote", "doc"]);
        // Quotes as the documents' exact words.
        let cite = std::cell::RefCell::new(Citations::new(self.store));
        let first_source = rec
            .sources
            .first()
            .map(|s| cite.borrow_mut().source(s))
            .transpose()?;
        // An alias the document does not contain shows why it is one.
        let alias_background: Vec<(String, String)> = rec
            .sources
            .iter()
            .flat_map(|s| s.alias_background())
            .collect();
        let (quote, doc) = first_source
            .map(|s| (Cell::quote(&s), cited_doc(s)))
            .unwrap_or_else(|| (Cell::Text(String::new()), String::new()));
        for alias in &rec.aliases {
            // Background knowledge is no document's: no document shown.
            let (shown, doc) = match alias_background.iter().find(|(a, _)| a == alias) {
                Some((_, why)) => (Cell::Background(why.clone()), String::new()),
                None => (quote.clone(), doc.clone()),
            };
            rs.rows.push(vec![
                Cell::Entity(rec.name.clone()),
                Cell::Text("alias".into()),
                Cell::Text(alias.clone()),
                shown,
                Cell::Text(doc),
            ]);
        }
        let push_fact = |rs: &mut ResultSet,
                         subject: &str,
                         f: &crate::store::StoredFact|
         -> Result<(), Error> {
            rs.rows.push(self.fact_row(&cite, subject, f)?);
            Ok(())
        };
        for f in self.store.facts_of(e)? {
            push_fact(&mut rs, &rec.name, &f)?;
        }
        // An entity named as a loaded document (an extracted document's):
        // how to cite it, first.
        let stated: Vec<(String, Cell)> = rs
            .rows
            .iter()
            .filter_map(|r| match (&r[1], &r[2]) {
                (Cell::Attr { name, .. }, v) => Some((name.clone(), v.clone())),
                _ => None,
            })
            .collect();
        let citing = self.document_rows(&rec.name, &Cell::Entity(rec.name.clone()), &stated)?;
        let is_doc = !citing.is_empty();
        rs.rows.splice(0..0, citing);
        // The facts that refer to it, under a heading of their own in a
        // table: read on, they would pass for more facts of the entity.
        let own = rs.rows.len();
        for (a, r) in self.store.referrers(e, None)? {
            let who = self.store.entity_name(r)?;
            for f in self.store.values_of(r, a)? {
                if f.value == KeyValue::Ref(e) {
                    push_fact(&mut rs, &who, &f)?;
                }
            }
        }
        if rs.rows.len() > own {
            rs.headings
                .push((own, format!("facts that refer to {}", rec.name)));
        }
        if is_doc {
            self.add_drawn(&rec.name, &mut rs)?;
        }
        Ok(rs)
    }

    /// `show DOC` for a document that is no entity: how to cite it.
    pub(super) fn show_document(&self, name: &str) -> Result<ResultSet, Error> {
        let mut rs = ResultSet::new(vec!["subject", "attribute", "value", "quote", "doc"]);
        rs.rows = self.document_rows(name, &Cell::Text(name.to_string()), &[])?;
        self.add_drawn(name, &mut rs)?;
        Ok(rs)
    }

    pub(super) fn kinds(&self) -> Result<ResultSet, Error> {
        let mut rs = ResultSet::new(vec!["kind", "entities"]);
        for (k, n) in self.store.kinds()? {
            rs.rows.push(vec![Cell::Text(k), Cell::Int(n as i64)]);
        }
        Ok(rs)
    }

    pub(super) fn attributes(&self, kind: &str) -> Result<ResultSet, Error> {
        // attribute → (entities, facts, value types)
        let mut stats: BTreeMap<Aid, (usize, usize, Vec<String>)> = BTreeMap::new();
        for e in self.store.entities_of_kind(kind)? {
            let mut seen = HashSet::new();
            for f in self.store.facts_of(e)? {
                let s = stats.entry(f.attr).or_default();
                s.1 += 1;
                if seen.insert(f.attr) {
                    s.0 += 1;
                }
                let t = match &f.value {
                    KeyValue::Quantity { unit, .. } => unit.symbol().to_string(),
                    KeyValue::Date { .. } => "date".into(),
                    KeyValue::Ref(_) => "ref".into(),
                    KeyValue::Text(_) => "text".into(),
                };
                if !s.2.contains(&t) {
                    s.2.push(t);
                }
            }
        }
        let mut rs = ResultSet::new(vec!["attribute", "entities", "facts", "values"]);
        for (a, (ents, facts, types)) in stats {
            rs.rows.push(vec![
                Cell::Text(self.store.attr_name(a)),
                Cell::Int(ents as i64),
                Cell::Int(facts as i64),
                Cell::Text(types.join(", ")),
            ]);
        }
        Ok(rs)
    }
}
