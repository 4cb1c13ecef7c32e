//! A select: the candidates from the planned index, filtered, then shaped
//! into rows, groups or an aggregate, sorted and cut to the limit.

use super::Evaluator;
use crate::error::Error;
use crate::query::ast::CmpOp;
use crate::query::plan::{Access, RExpr, RPath, SelectPlan, Shape, Step};
use crate::query::result::{Cell, ResultSet};
use crate::store::{Aid, Eid, FactWords, KeyValue};
use rustc_hash::{FxHashMap, FxHashSet};
use std::cmp::Ordering;

/// The entities an empty answer's header reads the kind's attributes from:
/// an empty answer over a kind of millions stays as cheap as it was.
const HEADER_ENTITIES: usize = 1000;

impl Evaluator<'_> {
    pub(super) fn select(&self, s: &SelectPlan) -> Result<ResultSet, Error> {
        let mut rs = match &s.shape {
            Shape::Rows { order: None, .. } if prefetches(s) => self.streamed_rows(s)?,
            Shape::Rows { order, descending } => {
                let entities = self.candidates(s)?;
                let entities = self.ordered(&entities, order.as_ref(), *descending)?;
                match &s.columns {
                    Some(columns) => self.listed_rows(&entities, columns)?,
                    None => self.rows(s.kind_attr, &entities)?,
                }
            }
            Shape::Groups { by, scan } => {
                let entities = self.candidates(s)?;
                let written = super::group::Written {
                    kind: &s.kind_word,
                    filter: s.filter_text.as_deref(),
                };
                self.grouped(entities, by, scan, s.columns.as_deref(), written)?
            }
            Shape::Aggregate { func, of, by } => {
                let entities = self.candidates(s)?;
                let asked = super::partition::Asked::from_filter(s.filter.as_ref());
                self.aggregate(&entities, by.as_ref(), *func, of.as_ref(), asked)?
            }
        };
        if let Some((column, descending)) = &s.sort {
            if column == "members" {
                // Ordered by their names, as shown: named first.
                super::name_members(self.store, &mut rs)?;
            }
            super::group::sort_groups(&mut rs, column, *descending);
        }
        if let Some(l) = s.limit {
            rs.rows.truncate(l);
            if matches!(s.shape, Shape::Rows { .. }) && s.columns.is_none() {
                // The columns of one row per entity are those of the rows
                // left, not of the rows the limit removed.
                let keep: Vec<bool> = (0..rs.columns.len())
                    .map(|i| i == 0 || rs.rows.iter().any(|r| r[i] != Cell::Null))
                    .collect();
                let mut k = keep.iter();
                rs.columns.retain(|_| *k.next().unwrap_or(&true));
                for r in &mut rs.rows {
                    let mut k = keep.iter();
                    r.retain(|_| *k.next().unwrap_or(&true));
                }
            }
        }
        if rs.rows.is_empty() && s.columns.is_none() && matches!(s.shape, Shape::Rows { .. }) {
            // A header a script can read (an empty CSV is not zero bytes):
            // the columns the rows would have had.
            rs.columns = self.kind_columns(s)?;
        }
        if s.rounded {
            super::listing::round_cells(&mut rs);
        }
        rs.notes.extend(self.split_note()?);
        rs.notes.extend(s.notes.iter().cloned());
        Ok(rs)
    }

    /// The columns of one row per entity of the kind: `name`, then every
    /// attribute its entities have (of the first [`HEADER_ENTITIES`] in a
    /// larger kind), in the order rows give them.
    fn kind_columns(&self, s: &SelectPlan) -> Result<Vec<String>, Error> {
        let members = self.store.kind_members(&s.kind)?;
        let mut attrs: Vec<Aid> = Vec::new();
        for &e in members.iter().take(HEADER_ENTITIES) {
            for f in self.store.fact_words_of(e)? {
                if Some(f.attr) != s.kind_attr {
                    if let Err(i) = attrs.binary_search(&f.attr) {
                        attrs.insert(i, f.attr);
                    }
                }
            }
        }
        let mut columns = vec!["name".to_string()];
        columns.extend(attrs.iter().map(|a| self.store.attr_name(*a)));
        Ok(columns)
    }

    /// The entities the access path gives, each once, in its order.
    fn raw_candidates(&self, s: &SelectPlan) -> Result<Vec<Eid>, Error> {
        Ok(match &s.access {
            // A kind too large to be kept is this query's alone: not copied.
            Access::KindScan => std::sync::Arc::try_unwrap(self.store.kind_members(&s.kind)?)
                .unwrap_or_else(|kept| (*kept).clone()),
            Access::Range { attr, range, .. } => {
                let found = self.store.values_in(*attr, range)?;
                // Sized once: grown by doubling it was rehashed ~10 times
                // for a range of a thousand rows.
                let mut seen = FxHashSet::with_capacity_and_hasher(found.len(), Default::default());
                found
                    .into_iter()
                    .map(|(_, e)| e)
                    .filter(|e| seen.insert(*e))
                    .collect()
            }
            Access::Referrers { attr, targets, .. } => {
                let mut seen = FxHashSet::default();
                let mut out = Vec::new();
                for t in targets {
                    for (_, e) in self.store.referrers(*t, Some(*attr))? {
                        if seen.insert(e) {
                            out.push(e);
                        }
                    }
                }
                out.sort_unstable();
                out
            }
        })
    }

    /// [`Self::raw_candidates`], each with whether its access path's key
    /// alone shows that `filter` holds for it: a value range whose filter
    /// is its own comparison alone, and a value the comparison is true of
    /// (not a boundary value whose bound decides, 超2.4亿元 against
    /// `<= 2.4亿元`). Any value true makes the comparison true, as
    /// `truth` reads it. The filter of such a candidate is not evaluated
    /// again: putting its facts in `facts` for the filter and taking them
    /// out was ~5% of a warm range query's instructions at 1M facts.
    fn proved_candidates(
        &self,
        s: &SelectPlan,
        filter: Option<&RExpr>,
    ) -> Result<(Vec<Eid>, Vec<bool>), Error> {
        if let (Access::Range { attr, range, .. }, Some(RExpr::Cmp { path, op, lits })) =
            (&s.access, filter)
        {
            let own = matches!(path.steps.as_slice(), [Step::Attr(a, _)] if a == attr);
            if path.var.is_none() && own && *op != CmpOp::Ne {
                let found = self.store.values_in(*attr, range)?;
                // Each entity once, where its first value put it; proved
                // by any of its values.
                let mut at = FxHashMap::with_capacity_and_hasher(found.len(), Default::default());
                let mut out = Vec::with_capacity(found.len());
                let mut proved: Vec<bool> = Vec::with_capacity(found.len());
                for (v, e) in found {
                    let holds = lits
                        .iter()
                        .any(|l| super::compare(&v, l).test(*op) == Some(true));
                    match at.entry(e) {
                        std::collections::hash_map::Entry::Vacant(slot) => {
                            slot.insert(out.len());
                            out.push(e);
                            proved.push(holds);
                        }
                        std::collections::hash_map::Entry::Occupied(i) => {
                            if let Some(p) = proved.get_mut(*i.get()) {
                                *p |= holds;
                            }
                        }
                    }
                }
                return Ok((out, proved));
            }
        }
        let out = self.raw_candidates(s)?;
        let proved = vec![false; out.len()];
        Ok((out, proved))
    }

    /// Entities of the kind that pass the filter, in access-path order.
    fn candidates(&self, s: &SelectPlan) -> Result<Vec<Eid>, Error> {
        let mut raw = self.raw_candidates(s)?;
        let kind_key = KeyValue::Text(s.kind.clone());
        let filter = if s.access_is_filter {
            None
        } else {
            s.filter.as_ref()
        };
        let prefetch = prefetches(s);
        // Filtered in place: a second list grown by doubling took up to
        // twice the candidates' 8 bytes beside them (a million at 10M).
        let mut kept = 0;
        for i in 0..raw.len() {
            let e = raw[i];
            if prefetch {
                let fs = self.store.fact_words_of(e)?;
                let Some(ka) = s.kind_attr else { continue };
                if !fs.iter().any(|f| f.attr == ka && f.value == kind_key) {
                    continue;
                }
                self.facts.borrow_mut().insert(e, std::rc::Rc::new(fs));
            } else if !matches!(s.access, Access::KindScan) {
                let Some(ka) = s.kind_attr else { continue };
                if !self.store.has_fact(e, ka, &kind_key)? {
                    continue;
                }
            }
            if let Some(f) = filter {
                if !self.holds(f, Some(e), &[])? {
                    self.facts.borrow_mut().remove(&e);
                    continue;
                }
            }
            raw[kept] = e;
            kept += 1;
        }
        raw.truncate(kept);
        Ok(raw)
    }

    /// The entities in the order of a path's smallest value (entities
    /// without a value last), or as they are.
    fn ordered(
        &self,
        entities: &[Eid],
        order: Option<&RPath>,
        desc: bool,
    ) -> Result<Vec<Eid>, Error> {
        let Some(p) = order else {
            return Ok(entities.to_vec());
        };
        // A date of unknown year has no place among the known ones: it
        // sorts after them (either way), before the entities without one.
        let unknown = |v: &KeyValue| matches!(v, KeyValue::Date { year: None, .. });
        let mut keyed = Vec::new();
        for &e in entities {
            let mut vals = self.path_keys(&KeyValue::Ref(e), p)?;
            vals.sort_by_key(|v| (unknown(v), v.clone()));
            keyed.push((vals.into_iter().next(), e));
        }
        keyed.sort_by(|a, b| {
            let o = match (&a.0, &b.0) {
                (Some(x), Some(y)) if unknown(x) != unknown(y) => {
                    return unknown(x).cmp(&unknown(y));
                }
                (Some(x), Some(y)) => x.cmp(y),
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => Ordering::Equal,
            };
            if desc && a.0.is_some() && b.0.is_some() {
                o.reverse()
            } else {
                o
            }
        });
        Ok(keyed.into_iter().map(|(_, e)| e).collect())
    }

    /// One row per entity with all its facts, in access-path order, each
    /// row made as soon as its candidate's facts are read and checked: the
    /// decoded facts of one candidate are held at a time, where collecting
    /// the candidates first held all of them until the rows were made (the
    /// benchmark's join at 1M facts: 6,383 candidates, ~8 MB of facts
    /// beside the rows). A column first met in a later row is a null in
    /// the rows before it, so the answer is the one [`Self::rows`] makes.
    fn streamed_rows(&self, s: &SelectPlan) -> Result<ResultSet, Error> {
        let kind_key = KeyValue::Text(s.kind.clone());
        let filter = if s.access_is_filter {
            None
        } else {
            s.filter.as_ref()
        };
        // Every column seen so far, sorted; each row only with its own
        // columns until the end (a column first met late then costs one
        // insertion here, not one per row made before it).
        let mut attrs: Vec<Aid> = Vec::new();
        // `attrs` as it was at each length it had: a row with every column
        // seen so far keeps that length, not a list of its own columns (a
        // vector per row of most answers).
        let mut grown: Vec<Vec<Aid>> = vec![Vec::new()];
        let mut own: Vec<Aid> = Vec::new();
        let (candidates, proved) = self.proved_candidates(s, filter)?;
        // Each candidate's facts are read once, and its row held to the end.
        let _around = self.store.read_around(candidates.len());
        let mut sparse: Vec<(Columns, Vec<Cell>)> = Vec::with_capacity(candidates.len());
        for (e, proved) in candidates.into_iter().zip(proved) {
            let fs = self.store.fact_words_of(e)?;
            let Some(ka) = s.kind_attr else { continue };
            if !fs.iter().any(|f| f.attr == ka && f.value == kind_key) {
                continue;
            }
            let facts = match filter {
                None => fs,
                Some(f) if proved => {
                    // Proved by the index on one value: read again only
                    // when it has several of an attribute compared, for
                    // the note on documents that disagree (see `versions`).
                    if several_compared(f, &fs) {
                        self.facts
                            .borrow_mut()
                            .insert(e, std::rc::Rc::new(fs.clone()));
                        let held = self.holds(f, Some(e), &[]);
                        self.facts.borrow_mut().remove(&e);
                        held?;
                    }
                    fs
                }
                Some(f) => {
                    // The filter reads the candidate's facts from here.
                    self.facts.borrow_mut().insert(e, std::rc::Rc::new(fs));
                    let holds = self.holds(f, Some(e), &[]);
                    let fs = self.facts.borrow_mut().remove(&e);
                    match (holds?, fs) {
                        (true, Some(fs)) => {
                            std::rc::Rc::try_unwrap(fs).unwrap_or_else(|fs| (*fs).clone())
                        }
                        (true, None) => self.store.fact_words_of(e)?,
                        (false, _) => continue,
                    }
                }
            };
            // An entity's facts come in attribute order: its columns sorted.
            own.clear();
            for f in &facts {
                if Some(f.attr) != s.kind_attr && own.last() != Some(&f.attr) {
                    own.push(f.attr);
                    if let Err(i) = attrs.binary_search(&f.attr) {
                        attrs.insert(i, f.attr);
                    }
                }
            }
            let row = self.row(e, facts, &own)?;
            if grown.last().map_or(0, Vec::len) != attrs.len() {
                grown.push(attrs.clone());
            }
            // own ⊆ attrs, both sorted: equal when as long.
            let columns = if own.len() == attrs.len() {
                Columns::AllAt(attrs.len())
            } else {
                Columns::Own(own.clone())
            };
            sparse.push((columns, row));
        }
        let rows = sparse
            .into_iter()
            .map(|(columns, row)| {
                let own = match columns {
                    Columns::Own(own) => own,
                    // A row with every column is dense already: most rows
                    // of one kind are.
                    Columns::AllAt(n) if n == attrs.len() => return row,
                    Columns::AllAt(n) => grown
                        .iter()
                        .find(|g| g.len() == n)
                        .cloned()
                        .unwrap_or_default(),
                };
                if own.len() == attrs.len() {
                    return row;
                }
                let mut cells = row.into_iter();
                let mut dense = Vec::with_capacity(attrs.len() + 1);
                dense.push(cells.next().unwrap_or(Cell::Null));
                let mut own = own.into_iter().peekable();
                for a in &attrs {
                    dense.push(match own.next_if(|o| o == a) {
                        Some(_) => cells.next().unwrap_or(Cell::Null),
                        None => Cell::Null,
                    });
                }
                dense
            })
            .collect();
        let mut columns = vec!["name".to_string()];
        columns.extend(attrs.iter().map(|a| self.store.attr_name(*a)));
        Ok(ResultSet {
            columns,
            rows,
            notes: Vec::new(),
            headings: Vec::new(),
        })
    }

    /// One row per entity: its name and every attribute of the kind.
    fn rows(&self, kind_attr: Option<Aid>, entities: &[Eid]) -> Result<ResultSet, Error> {
        // Each entity's facts in eavt's order (attribute id, then value
        // order within one); the columns are the attributes any of them
        // has, so the cells are made once they are known, straight into
        // their row, the words of each fact moved in, not copied (cells
        // gathered per entity first had been moved twice more).
        let mut per_entity: Vec<(Eid, Vec<FactWords>)> = Vec::with_capacity(entities.len());
        let mut attrs: Vec<Aid> = Vec::new();
        for &e in entities {
            let known = self.facts.borrow_mut().remove(&e);
            let facts = match known {
                Some(fs) => std::rc::Rc::try_unwrap(fs).unwrap_or_else(|fs| (*fs).clone()),
                None => self.store.fact_words_of(e)?,
            };
            let mut last = None;
            for f in &facts {
                if Some(f.attr) != kind_attr && last != Some(f.attr) {
                    last = Some(f.attr);
                    if let Err(i) = attrs.binary_search(&f.attr) {
                        attrs.insert(i, f.attr);
                    }
                }
            }
            per_entity.push((e, facts));
        }
        let mut columns = vec!["name".to_string()];
        columns.extend(attrs.iter().map(|a| self.store.attr_name(*a)));
        let mut rs = ResultSet {
            columns,
            rows: Vec::with_capacity(per_entity.len()),
            notes: Vec::new(),
            headings: Vec::new(),
        };
        for (e, facts) in per_entity {
            rs.rows.push(self.row(e, facts, &attrs)?);
        }
        Ok(rs)
    }

    /// Entity `e`'s row: its name, then a cell per attribute of `attrs`
    /// (ascending) from its facts in eavt's order.
    fn row(&self, e: Eid, facts: Vec<FactWords>, attrs: &[Aid]) -> Result<Vec<Cell>, Error> {
        let mut row = Vec::with_capacity(attrs.len() + 1);
        row.push(Cell::Entity(self.store.entity_name(e)?));
        // The next fact's attribute is read where the fact lies: a fact is
        // moved once, into its cell (`Peekable::next_if` moved each out and
        // back, and facts are large).
        let mut facts = facts.into_iter();
        let next_attr =
            |facts: &std::vec::IntoIter<FactWords>| facts.as_slice().first().map(|f| f.attr);
        for a in attrs {
            // The kind's facts (not a column) and nothing else sort
            // before a column this entity lacks.
            while next_attr(&facts).is_some_and(|x| x < *a) {
                facts.next();
            }
            // Facts of an attribute are together, in attribute order;
            // an attribute this entity lacks is a null. A list only for
            // two values or more (most cells are one value: no vector).
            let take = |facts: &mut std::vec::IntoIter<FactWords>| {
                if next_attr(facts) == Some(*a) {
                    facts.next()
                } else {
                    None
                }
            };
            let cell = match take(&mut facts) {
                None => Cell::Null,
                Some(first) => {
                    let first = self.fact_cell(first)?;
                    match take(&mut facts) {
                        None => first,
                        Some(second) => {
                            let mut values = vec![first, self.fact_cell(second)?];
                            while let Some(f) = take(&mut facts) {
                                values.push(self.fact_cell(f)?);
                            }
                            Cell::List(values)
                        }
                    }
                }
            };
            row.push(cell);
        }
        Ok(row)
    }

    /// A fact's cell: its value with its words and qualifiers, each
    /// moved once.
    #[inline]
    fn fact_cell(&self, f: FactWords) -> Result<Cell, Error> {
        let cell = Cell::from(self.store.into_value(f.value, f.text)?);
        Ok(if f.qualifiers.is_default() {
            cell
        } else {
            Cell::Qualified(Box::new((cell, f.qualifiers)))
        })
    }
}

/// The columns of a row `streamed_rows` made: every column seen by then
/// (as many as there were), or its own list.
enum Columns {
    AllAt(usize),
    Own(Vec<Aid>),
}

/// Whether each candidate's facts are read first, for the kind check, the
/// filter and the row alike: one row per entity with all its facts reads
/// them anyway (one eavt seek instead of up to four seeks in eavt and aevt
/// per candidate).
/// Whether the facts `fs` of an entity hold several values of an
/// attribute that condition `x` compares (first in its path).
fn several_compared(x: &RExpr, fs: &[FactWords]) -> bool {
    match x {
        RExpr::And(items) | RExpr::Or(items) => items.iter().any(|i| several_compared(i, fs)),
        RExpr::Not(inner) => several_compared(inner, fs),
        RExpr::Cmp { path, .. } => match (path.var, path.steps.as_slice()) {
            (None, [Step::Attr(a, _)]) => fs.iter().filter(|f| f.attr == *a).nth(1).is_some(),
            _ => false,
        },
        _ => false,
    }
}

fn prefetches(s: &SelectPlan) -> bool {
    !matches!(s.access, Access::KindScan)
        && matches!(s.shape, Shape::Rows { .. })
        && s.columns.is_none()
}
