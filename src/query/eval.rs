//! Evaluation: runs a planned query against the store's indexes and
//! builds a [`ResultSet`].

use super::ast::{Aggregate, CmpOp, OrderKey, Query, Select, Term};
use super::plan::{Access, Planner, RExpr, RLit, RPath, Step};
use super::result::{Cell, ResultSet};
use crate::error::{Error, QueryError};
use crate::model::{name_key, Bound, Num, Quantity, Unit, Value};
use crate::store::{Aid, Eid, KeyValue, Store, KIND_ATTR};
use std::cmp::Ordering;
use std::collections::{BTreeMap, HashMap, HashSet};

/// Parses, plans and runs one query.
pub fn run(store: &Store, text: &str) -> Result<ResultSet, Error> {
    let q = super::parse::parse(text)?;
    Evaluator {
        store,
        steps: std::cell::Cell::new(0),
    }
    .query(&q)
}

/// How many facts a sum has taken, and the first of them.
type SingleFact = (u32, Option<(Eid, KeyValue)>);

/// Most partial bindings one `match` may try: a join without a selective
/// pattern (`match ?a kind ?k, ?b kind ?l, ...`) grows as a product, and
/// must end with an error rather than run for hours.
pub const MAX_MATCH_STEPS: u64 = 500_000;

/// Per group: how many entities, and the running sum of each money attribute.
type GroupAcc = (i64, BTreeMap<Aid, Option<Quantity>>);

struct Evaluator<'s> {
    store: &'s Store,
    /// Bindings tried so far by `match` (see [`MAX_MATCH_STEPS`]).
    steps: std::cell::Cell<u64>,
}

fn qerr(msg: impl Into<String>, span: super::ast::Span) -> Error {
    Error::Query(QueryError::new(msg, (span.start, span.end)))
}

impl Evaluator<'_> {
    fn query(&self, q: &Query) -> Result<ResultSet, Error> {
        match q {
            Query::Show(name) => self.show(name),
            Query::Kinds => self.kinds(),
            Query::Attributes(kind) => self.attributes(kind),
            Query::Select(s) => self.select(s, false),
            Query::Match(m) => self.match_query(m, false),
            Query::Find(f) => super::find::run(self.store, f, false),
            Query::Explain(inner) => match inner.as_ref() {
                Query::Find(f) => super::find::run(self.store, f, true),
                Query::Select(s) => self.select(s, true),
                Query::Match(m) => self.match_query(m, true),
                Query::Show(_) => Ok(plan_rows(vec![
                    "lookup names[name], then eavt[e] and vaet[e]".into(),
                ])),
                _ => Ok(plan_rows(vec!["scan avet[kind]".into()])),
            },
        }
    }

    fn cell(&self, v: &KeyValue, text: &str) -> Result<Cell, Error> {
        Ok(match self.store.to_value(v, text)? {
            Value::Text(s) => Cell::Text(s),
            Value::Ref(n) => Cell::Entity(n),
            Value::Quantity(q) => Cell::Quantity(q),
            Value::Date(d) => Cell::Date(d),
        })
    }

    fn key_cell(&self, v: &KeyValue) -> Result<Cell, Error> {
        self.cell(v, "")
    }

    fn show(&self, name: &super::ast::Word) -> Result<ResultSet, Error> {
        let planner = Planner::new(self.store);
        let e = planner.entity(&name.text, name.span)?;
        let rec = self.store.entity(e)?;
        let mut rs = ResultSet::new(vec!["subject", "attribute", "value", "quote", "doc"]);
        let first_source = rec
            .sources
            .first()
            .map(|s| self.store.source(s))
            .transpose()?;
        let (quote, doc) = first_source.map(|s| (s.quote, s.doc)).unwrap_or_default();
        for alias in &rec.aliases {
            rs.rows.push(vec![
                Cell::Entity(rec.name.clone()),
                Cell::Text("alias".into()),
                Cell::Text(alias.clone()),
                Cell::Text(quote.clone()),
                Cell::Text(doc.clone()),
            ]);
        }
        let push_fact = |rs: &mut ResultSet,
                         subject: &str,
                         f: &crate::store::StoredFact|
         -> Result<(), Error> {
            let src = match f.record.sources.first() {
                Some(s) => self.store.source(s)?,
                None => crate::model::Source {
                    doc: String::new(),
                    quote: String::new(),
                    extracted: false,
                    at: None,
                },
            };
            let mut attr = self.store.attr_name(f.attr);
            if src.extracted {
                attr.push_str(" (extracted)");
            }
            rs.rows.push(vec![
                Cell::Entity(subject.to_string()),
                Cell::Text(attr),
                self.cell(&f.value, &f.record.text)?,
                Cell::Text(src.quote),
                Cell::Text(src.doc),
            ]);
            Ok(())
        };
        for f in self.store.facts_of(e)? {
            push_fact(&mut rs, &rec.name, &f)?;
        }
        for (a, r) in self.store.referrers(e, None)? {
            let who = self.store.entity_name(r)?;
            for f in self.store.values_of(r, a)? {
                if f.value == KeyValue::Ref(e) {
                    push_fact(&mut rs, &who, &f)?;
                }
            }
        }
        Ok(rs)
    }

    fn kinds(&self) -> Result<ResultSet, Error> {
        let mut rs = ResultSet::new(vec!["kind", "entities"]);
        for (k, n) in self.store.kinds()? {
            rs.rows.push(vec![Cell::Text(k), Cell::Int(n as i64)]);
        }
        Ok(rs)
    }

    fn attributes(&self, kind: &super::ast::Word) -> Result<ResultSet, Error> {
        let kind = Planner::new(self.store).kind(kind)?;
        // attribute → (entities, facts, value types)
        let mut stats: BTreeMap<Aid, (usize, usize, Vec<String>)> = BTreeMap::new();
        for e in self.store.entities_of_kind(&kind)? {
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

    /// Values at the end of a path, starting from one entity.
    fn path_values(&self, start: &KeyValue, path: &RPath) -> Result<Vec<KeyValue>, Error> {
        let mut cur = vec![start.clone()];
        for step in &path.steps {
            let mut next = Vec::new();
            for v in &cur {
                let KeyValue::Ref(e) = v else { continue };
                match step {
                    Step::Attr(a, _) => next.extend(self.store.value_keys(*e, *a)?),
                    Step::Name => {
                        let rec = self.store.entity(*e)?;
                        next.push(KeyValue::Text(rec.name.clone()));
                        next.extend(rec.aliases.iter().map(|a| KeyValue::Text(a.clone())));
                    }
                }
            }
            cur = next;
        }
        Ok(cur)
    }

    fn path_start(
        &self,
        path: &RPath,
        e: Option<Eid>,
        binding: &[Option<KeyValue>],
    ) -> Option<KeyValue> {
        match path.var {
            Some(i) => binding.get(i).cloned().flatten(),
            None => e.map(KeyValue::Ref),
        }
    }

    fn eval(&self, x: &RExpr, e: Option<Eid>, binding: &[Option<KeyValue>]) -> Result<bool, Error> {
        Ok(match x {
            RExpr::Or(items) => {
                for i in items {
                    if self.eval(i, e, binding)? {
                        return Ok(true);
                    }
                }
                false
            }
            RExpr::And(items) => {
                for i in items {
                    if !self.eval(i, e, binding)? {
                        return Ok(false);
                    }
                }
                true
            }
            RExpr::Not(inner) => !self.eval(inner, e, binding)?,
            RExpr::Cmp { path, op, lits } => {
                let Some(start) = self.path_start(path, e, binding) else {
                    return Ok(false);
                };
                let values = self.path_values(&start, path)?;
                values.iter().any(|v| {
                    lits.iter()
                        .any(|l| compare(v, l).is_some_and(|o| op.holds(o)))
                })
            }
            RExpr::Within { path, places, .. } => {
                let Some(start) = self.path_start(path, e, binding) else {
                    return Ok(false);
                };
                self.path_values(&start, path)?
                    .iter()
                    .any(|v| matches!(v, KeyValue::Ref(r) if places.contains(r)))
            }
            RExpr::Contains { path, needle } => {
                let Some(start) = self.path_start(path, e, binding) else {
                    return Ok(false);
                };
                let mut found = false;
                for v in self.path_values(&start, path)? {
                    let text = match &v {
                        KeyValue::Text(s) => s.clone(),
                        KeyValue::Ref(r) => self.store.entity_name(*r)?,
                        _ => continue,
                    };
                    if name_key(&text).contains(needle.as_str()) {
                        found = true;
                        break;
                    }
                }
                found
            }
            RExpr::Has(path) => match self.path_start(path, e, binding) {
                Some(start) => !self.path_values(&start, path)?.is_empty(),
                None => false,
            },
        })
    }

    /// Entities of the kind that pass the filter, in access-path order.
    fn candidates(
        &self,
        kind: &str,
        access: &Access,
        filter: Option<&RExpr>,
    ) -> Result<Vec<Eid>, Error> {
        let raw: Vec<Eid> = match access {
            Access::KindScan => self.store.entities_of_kind(kind)?,
            Access::Range { attr, lo, hi, .. } => {
                let mut seen = HashSet::new();
                self.store
                    .value_range(*attr, lo.clone(), hi.clone())?
                    .into_iter()
                    .map(|(_, e)| e)
                    .filter(|e| seen.insert(*e))
                    .collect()
            }
            Access::Referrers { attr, targets, .. } => {
                let mut seen = HashSet::new();
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
        };
        let kind_attr = self.store.attr_id(KIND_ATTR);
        let kind_key = KeyValue::Text(kind.to_string());
        // A reference lookup answers its conjunct exactly; when that
        // conjunct is the whole filter, checking it again per entity would
        // only read the same keys twice. A value range is not exact: it
        // also reads the boundary value, where a bound decides (超2.4亿元 is
        // not <= 2.4亿元), so its filter always runs.
        let filter = match (access, filter) {
            (Access::Referrers { .. }, Some(f)) if !matches!(f, RExpr::And(_)) => None,
            (_, f) => f,
        };
        let mut out = Vec::new();
        for e in raw {
            if !matches!(access, Access::KindScan) {
                let Some(ka) = kind_attr else { continue };
                if !self.store.has_fact(e, ka, &kind_key)? {
                    continue;
                }
            }
            if let Some(f) = filter {
                if !self.eval(f, Some(e), &[])? {
                    continue;
                }
            }
            out.push(e);
        }
        Ok(out)
    }

    fn select(&self, s: &Select, explain: bool) -> Result<ResultSet, Error> {
        let planner = Planner::new(self.store);
        let kind = planner.kind(&s.kind)?;
        let filter = s.filter.as_ref().map(|f| planner.expr(f)).transpose()?;
        let group = s.group.as_ref().map(|g| planner.path(g)).transpose()?;
        let agg_path = s.aggregate.path().map(|p| planner.path(p)).transpose()?;
        let order_path = match &s.order {
            Some(o) => match &o.key {
                OrderKey::Path(p) => Some(planner.path(p)?),
                OrderKey::Count => None,
            },
            None => None,
        };
        let access = planner.access(filter.as_ref());
        if explain {
            let mut steps = vec![access.describe(&kind)];
            if filter.is_some() {
                steps.push("filter each candidate by the where clause (aevt)".into());
            }
            if let Some(g) = &group {
                steps.push(format!("group by {} ({})", g.display, s.aggregate.name()));
            }
            return Ok(plan_rows(steps));
        }
        let entities = self.candidates(&kind, &access, filter.as_ref())?;
        let mut rs = match (&s.aggregate, &group) {
            (Aggregate::Rows, None) => self.rows(
                &kind,
                &entities,
                order_path.as_ref(),
                s.order.as_ref().is_some_and(|o| o.descending),
            )?,
            (Aggregate::Rows, Some(g)) => self.grouped(&entities, g, None, &s.aggregate)?,
            (agg, g) => self.aggregate(&entities, g.as_ref(), agg, agg_path.as_ref())?,
        };
        if group.is_some() || !matches!(s.aggregate, Aggregate::Rows) {
            if let Some(o) = &s.order {
                sort_groups(&mut rs, &o.key, o.descending);
            }
        }
        if let Some(l) = &s.limit {
            rs.rows.truncate(usize::try_from(l.n).unwrap_or(usize::MAX));
            if group.is_none() && matches!(s.aggregate, Aggregate::Rows) {
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
        Ok(rs)
    }

    /// One row per entity: its name and every attribute of the kind.
    fn rows(
        &self,
        _kind: &str,
        entities: &[Eid],
        order: Option<&RPath>,
        desc: bool,
    ) -> Result<ResultSet, Error> {
        let kind_attr = self.store.attr_id(KIND_ATTR);
        let mut per_entity: Vec<(Eid, BTreeMap<Aid, Vec<Cell>>)> = Vec::new();
        let mut attrs: BTreeMap<Aid, ()> = BTreeMap::new();
        for &e in entities {
            let mut cells: BTreeMap<Aid, Vec<Cell>> = BTreeMap::new();
            for f in self.store.facts_of(e)? {
                if Some(f.attr) == kind_attr {
                    continue;
                }
                attrs.insert(f.attr, ());
                cells
                    .entry(f.attr)
                    .or_default()
                    .push(self.cell(&f.value, &f.record.text)?);
            }
            per_entity.push((e, cells));
        }
        if let Some(p) = order {
            let mut keyed = Vec::new();
            for (e, cells) in per_entity {
                let mut vals = self.path_values(&KeyValue::Ref(e), p)?;
                vals.sort();
                keyed.push((vals.into_iter().next(), e, cells));
            }
            keyed.sort_by(|a, b| {
                let o = match (&a.0, &b.0) {
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
            per_entity = keyed.into_iter().map(|(_, e, c)| (e, c)).collect();
        }
        let mut columns = vec!["name".to_string()];
        columns.extend(attrs.keys().map(|a| self.store.attr_name(*a)));
        let mut rs = ResultSet {
            columns,
            rows: Vec::new(),
        };
        for (e, mut cells) in per_entity {
            let mut row = vec![Cell::Entity(self.store.entity_name(e)?)];
            for a in attrs.keys() {
                row.push(match cells.remove(a) {
                    None => Cell::Null,
                    Some(mut v) if v.len() == 1 => v.remove(0),
                    Some(v) => Cell::List(v),
                });
            }
            rs.rows.push(row);
        }
        Ok(rs)
    }

    /// Group keys of an entity: the values of the group path, or null.
    fn group_keys(&self, e: Eid, g: &RPath) -> Result<Vec<Option<KeyValue>>, Error> {
        let vals = self.path_values(&KeyValue::Ref(e), g)?;
        if vals.is_empty() {
            return Ok(vec![None]);
        }
        let mut seen = Vec::new();
        for v in vals {
            if !seen.contains(&Some(v.clone())) {
                seen.push(Some(v));
            }
        }
        Ok(seen)
    }

    /// `KIND by PATH`: key, count, and the sum of each money attribute.
    fn grouped(
        &self,
        entities: &[Eid],
        g: &RPath,
        _: Option<&RPath>,
        _: &Aggregate,
    ) -> Result<ResultSet, Error> {
        let mut groups: BTreeMap<Option<KeyValue>, GroupAcc> = BTreeMap::new();
        let mut money_attrs: BTreeMap<Aid, ()> = BTreeMap::new();
        match (g.var, g.steps.as_slice()) {
            (None, [Step::Attr(ga, _)]) => {
                self.grouped_streaming(entities, *ga, g, &mut groups, &mut money_attrs)?
            }
            _ => self.grouped_per_entity(entities, g, &mut groups, &mut money_attrs)?,
        }
        self.group_rows(g, groups, money_attrs)
    }

    /// Grouping by one attribute as a merge of sorted streams: the
    /// candidates (ascending), aevt[group attribute] and aevt[each money
    /// attribute] — every key read once, in order, no record decoded. Groups
    /// are numbered as they appear, so the per-key work is array indexing.
    fn grouped_streaming(
        &self,
        entities: &[Eid],
        ga: Aid,
        g: &RPath,
        groups: &mut BTreeMap<Option<KeyValue>, GroupAcc>,
        money_attrs: &mut BTreeMap<Aid, ()>,
    ) -> Result<(), Error> {
        const NONE: u32 = u32::MAX;
        let mut ents: Vec<Eid> = entities.to_vec();
        ents.sort_unstable();
        ents.dedup();
        // Group 0 is "no value"; the others in order of appearance.
        let mut names: Vec<Option<KeyValue>> = vec![None];
        let mut index: HashMap<KeyValue, u32> = HashMap::new();
        // Each candidate's group, and its further groups when the
        // attribute has several values.
        let mut first: Vec<u32> = vec![NONE; ents.len()];
        let mut more: HashMap<usize, Vec<u32>> = HashMap::new();
        let mut i = 0;
        for item in self.store.attr_stream(ga) {
            let (e, v) = item?;
            while i < ents.len() && ents[i] < e {
                i += 1;
            }
            if i == ents.len() {
                break;
            }
            if ents[i] != e {
                continue;
            }
            let gi = match index.get(&v) {
                Some(&gi) => gi,
                None => {
                    let gi = names.len() as u32;
                    names.push(Some(v.clone()));
                    index.insert(v, gi);
                    gi
                }
            };
            if first[i] == NONE {
                first[i] = gi;
            } else if first[i] != gi {
                let extra = more.entry(i).or_default();
                if !extra.contains(&gi) {
                    extra.push(gi);
                }
            }
        }
        let groups_of = |i: usize| -> Vec<u32> {
            let f = if first[i] == NONE { 0 } else { first[i] };
            let mut out = vec![f];
            if let Some(m) = more.get(&i) {
                out.extend_from_slice(m);
            }
            out
        };
        let mut counts = vec![0i64; names.len()];
        for (i, &f) in first.iter().enumerate() {
            if more.contains_key(&i) {
                for gi in groups_of(i) {
                    counts[gi as usize] += 1;
                }
            } else {
                counts[if f == NONE { 0 } else { f as usize }] += 1;
            }
        }
        let attrs = self.money_attrs()?;
        // sums[group][money attribute]
        let mut sums: Vec<Vec<Option<Quantity>>> = vec![vec![None; attrs.len()]; names.len()];
        // The one fact behind a sum, while there is only one: a group with a
        // single amount shows it in the article's words (one point read).
        let mut single: Vec<Vec<SingleFact>> = vec![vec![(0, None); attrs.len()]; names.len()];
        for (ai, &a) in attrs.iter().enumerate() {
            let mut i = 0;
            for item in self.store.attr_stream(a) {
                let (e, v) = item?;
                while i < ents.len() && ents[i] < e {
                    i += 1;
                }
                if i == ents.len() {
                    break;
                }
                if ents[i] != e {
                    continue;
                }
                let KeyValue::Quantity {
                    unit: Unit::Cny,
                    value,
                    bound,
                    upper,
                } = v
                else {
                    continue;
                };
                money_attrs.insert(a, ());
                let q = Quantity {
                    value,
                    upper,
                    unit: Unit::Cny,
                    bound,
                    text: String::new(),
                };
                let key = KeyValue::Quantity {
                    unit: Unit::Cny,
                    value,
                    bound,
                    upper,
                };
                let mut add_to = |gi: u32| -> Result<(), Error> {
                    let one = &mut single[gi as usize][ai];
                    one.0 += 1;
                    if one.0 == 1 {
                        one.1 = Some((e, key.clone()));
                    }
                    let slot = &mut sums[gi as usize][ai];
                    *slot = Some(match slot.take() {
                        None => q.clone(),
                        Some(acc) => add(&acc, &q, g.span)?,
                    });
                    Ok(())
                };
                if more.contains_key(&i) {
                    for gi in groups_of(i) {
                        add_to(gi)?;
                    }
                } else {
                    add_to(if first[i] == NONE { 0 } else { first[i] })?;
                }
            }
        }
        for (gi, name) in names.into_iter().enumerate() {
            if counts[gi] == 0 {
                continue;
            }
            let acc = groups.entry(name).or_default();
            acc.0 += counts[gi];
            for (ai, &a) in attrs.iter().enumerate() {
                if let Some(mut q) = sums[gi][ai].take() {
                    if let (1, Some((e, v))) = &single[gi][ai] {
                        if let Some(text) = self.store.fact_text(*e, a, v)? {
                            q.text = text;
                        }
                    }
                    acc.1.insert(a, Some(q));
                }
            }
        }
        Ok(())
    }

    /// Attributes that hold money anywhere in the store (a few seeks each).
    fn money_attrs(&self) -> Result<Vec<Aid>, Error> {
        let mut out = Vec::new();
        for name in self.store.attribute_names() {
            if let Some(a) = self.store.attr_id(&name) {
                if self.store.attr_types(a)?.units.contains(&Unit::Cny) {
                    out.push(a);
                }
            }
        }
        Ok(out)
    }

    /// Grouping by a longer path: each entity's facts, one by one.
    fn grouped_per_entity(
        &self,
        entities: &[Eid],
        g: &RPath,
        groups: &mut BTreeMap<Option<KeyValue>, GroupAcc>,
        money_attrs: &mut BTreeMap<Aid, ()>,
    ) -> Result<(), Error> {
        for &e in entities {
            let mut sums: BTreeMap<Aid, Vec<Quantity>> = BTreeMap::new();
            for f in self.store.facts_of(e)? {
                if let KeyValue::Quantity {
                    unit: Unit::Cny,
                    value,
                    bound,
                    upper,
                } = f.value
                {
                    money_attrs.insert(f.attr, ());
                    sums.entry(f.attr).or_default().push(Quantity {
                        value,
                        upper,
                        unit: Unit::Cny,
                        bound,
                        text: f.record.text.clone(), // kept while the group has one value
                    });
                }
            }
            for key in self.group_keys(e, g)? {
                let entry = groups.entry(key).or_default();
                entry.0 += 1;
                for (a, qs) in &sums {
                    for q in qs {
                        let slot = entry.1.entry(*a).or_insert(None);
                        *slot = Some(match slot.take() {
                            None => q.clone(),
                            Some(acc) => add(&acc, q, g.span)?,
                        });
                    }
                }
            }
        }
        Ok(())
    }

    fn group_rows(
        &self,
        g: &RPath,
        groups: BTreeMap<Option<KeyValue>, GroupAcc>,
        money_attrs: BTreeMap<Aid, ()>,
    ) -> Result<ResultSet, Error> {
        let mut columns = vec![g.display.clone(), "count".to_string()];
        columns.extend(money_attrs.keys().map(|a| self.store.attr_name(*a)));
        let mut rows = Vec::new();
        for (key, (count, sums)) in groups {
            let mut row = vec![
                match &key {
                    Some(k) => self.key_cell(k)?,
                    None => Cell::Null,
                },
                Cell::Int(count),
            ];
            for a in money_attrs.keys() {
                row.push(match sums.get(a).cloned().flatten() {
                    Some(q) => Cell::Quantity(q),
                    None => Cell::Null,
                });
            }
            rows.push(row);
        }
        let mut rs = ResultSet { columns, rows };
        let col = if rs.columns.len() > 2 { 2 } else { 1 };
        default_group_order(&mut rs, col);
        Ok(rs)
    }

    /// count / sum / avg / min / max, over everything or per group.
    fn aggregate(
        &self,
        entities: &[Eid],
        g: Option<&RPath>,
        agg: &Aggregate,
        path: Option<&RPath>,
    ) -> Result<ResultSet, Error> {
        let mut groups: BTreeMap<Option<KeyValue>, Vec<Eid>> = BTreeMap::new();
        for &e in entities {
            match g {
                Some(g) => {
                    for k in self.group_keys(e, g)? {
                        groups.entry(k).or_default().push(e);
                    }
                }
                None => groups.entry(None).or_default().push(e),
            }
        }
        if g.is_none() && groups.is_empty() {
            groups.insert(None, Vec::new());
        }
        let value_col = match path {
            Some(p) => format!("{}({})", agg.name(), p.display),
            None => "count".to_string(),
        };
        let value_col = if matches!(agg, Aggregate::Sum(_)) {
            path.map(|p| p.display.clone()).unwrap_or(value_col)
        } else {
            value_col
        };
        let mut columns = Vec::new();
        if let Some(g) = g {
            columns.push(g.display.clone());
        }
        columns.push(value_col);
        let mut rows = Vec::new();
        for (key, members) in groups {
            let value = match (agg, path) {
                (Aggregate::Count, _) | (_, None) => Cell::Int(members.len() as i64),
                (agg, Some(p)) => {
                    let mut qs: Vec<(Quantity, String)> = Vec::new();
                    for &e in &members {
                        for v in self.path_values(&KeyValue::Ref(e), p)? {
                            let KeyValue::Quantity {
                                unit,
                                value,
                                bound,
                                upper,
                            } = v
                            else {
                                return Err(qerr(
                                    format!(
                                        "{} of {}: the values are not quantities",
                                        agg.name(),
                                        p.display
                                    ),
                                    p.span,
                                ));
                            };
                            qs.push((
                                Quantity {
                                    value,
                                    upper,
                                    unit,
                                    bound,
                                    text: String::new(),
                                },
                                String::new(),
                            ));
                        }
                    }
                    fold_quantities(agg, qs.into_iter().map(|(q, _)| q).collect(), p.span)?
                }
            };
            let mut row = Vec::new();
            if g.is_some() {
                row.push(match &key {
                    Some(k) => self.key_cell(k)?,
                    None => Cell::Null,
                });
            }
            row.push(value);
            rows.push(row);
        }
        let mut rs = ResultSet { columns, rows };
        if g.is_some() {
            default_group_order(&mut rs, 1);
        }
        Ok(rs)
    }

    fn match_query(&self, m: &super::ast::Match, explain: bool) -> Result<ResultSet, Error> {
        let mut planner = Planner::new(self.store);
        for p in &m.patterns {
            for t in [&p.subject, &p.object] {
                if let Term::Var(v) = t {
                    if !planner.vars.contains(&v.text) {
                        planner.vars.push(v.text.clone());
                    }
                }
            }
        }
        let mut pats = Vec::new();
        for p in &m.patterns {
            pats.push(self.resolve_pattern(&planner, p)?);
        }
        let filter = m.filter.as_ref().map(|f| planner.expr(f)).transpose()?;
        if explain {
            let order = solve_order(&pats, planner.vars.len());
            let steps = order
                .iter()
                .map(|&i| format!("pattern {}: {}", i + 1, pats[i].describe()))
                .collect();
            return Ok(plan_rows(steps));
        }
        let limit = m
            .limit
            .as_ref()
            .map(|l| usize::try_from(l.n).unwrap_or(usize::MAX));
        let mut out = Vec::new();
        let mut binding = vec![None; planner.vars.len()];
        let mut done = vec![false; pats.len()];
        let span = match (m.patterns.first(), m.patterns.last()) {
            (Some(a), Some(b)) => a.attr.span.to(b.attr.span),
            _ => super::ast::Span::default(),
        };
        self.solve(
            &pats,
            &mut done,
            &mut binding,
            filter.as_ref(),
            &mut out,
            (limit, span),
        )?;
        let mut rs = ResultSet {
            columns: planner.vars.iter().map(|v| format!("?{v}")).collect(),
            rows: Vec::new(),
        };
        for b in out {
            let mut row = Vec::new();
            for (i, v) in b.iter().enumerate() {
                row.push(match v {
                    Some(v) => {
                        let text = self.original_text(&pats, &b, i, v)?;
                        self.cell(v, &text)?
                    }
                    None => Cell::Null,
                });
            }
            rs.rows.push(row);
        }
        Ok(rs)
    }

    /// The words a bound quantity or date was written in: found through a
    /// pattern that bound it as the value of some entity's attribute.
    fn original_text(
        &self,
        pats: &[RPattern],
        binding: &[Option<KeyValue>],
        var: usize,
        v: &KeyValue,
    ) -> Result<String, Error> {
        if !matches!(v, KeyValue::Quantity { .. } | KeyValue::Date { .. }) {
            return Ok(String::new());
        }
        for p in pats {
            if let (PTerm::Var(o), PAttr::Attr(a, _)) = (&p.object, &p.attr) {
                if *o == var {
                    if let Some(KeyValue::Ref(e)) = p.subject.value(binding) {
                        if let Some(text) = self.store.fact_text(e, *a, v)? {
                            return Ok(text);
                        }
                    }
                }
            }
        }
        Ok(String::new())
    }

    fn resolve_pattern(
        &self,
        planner: &Planner,
        p: &super::ast::Pattern,
    ) -> Result<RPattern, Error> {
        let var = |t: &Term| match t {
            Term::Var(v) => planner.vars.iter().position(|n| *n == v.text),
            Term::Value(_) => None,
        };
        let subject = match &p.subject {
            Term::Var(_) => PTerm::Var(var(&p.subject).unwrap_or(0)),
            Term::Value(l) => PTerm::Const(KeyValue::Ref(planner.entity(&l.text, l.span)?)),
        };
        let (attr, object) = if p.attr.text == "within" {
            let object = match &p.object {
                Term::Var(_) => {
                    return Err(qerr(
                        "within needs a place name after it, not a variable",
                        p.attr.span,
                    ))
                }
                Term::Value(l) => {
                    let t = planner.entity(&l.text, l.span)?;
                    PTerm::Places(planner.places_within(t)?)
                }
            };
            (PAttr::Within, object)
        } else if p.attr.text == KIND_ATTR {
            let object = match &p.object {
                Term::Var(_) => PTerm::Var(var(&p.object).unwrap_or(0)),
                Term::Value(l) => {
                    let k = planner.kind(&super::ast::Word {
                        text: l.text.clone(),
                        span: l.span,
                    })?;
                    PTerm::Const(KeyValue::Text(k))
                }
            };
            (
                PAttr::Attr(planner.attr(&p.attr)?, p.attr.text.clone()),
                object,
            )
        } else {
            let a = planner.attr(&p.attr)?;
            let object = match &p.object {
                Term::Var(_) => PTerm::Var(var(&p.object).unwrap_or(0)),
                Term::Value(l) => {
                    let path = RPath {
                        var: None,
                        steps: vec![Step::Attr(a, p.attr.text.clone())],
                        display: p.attr.text.clone(),
                        span: p.attr.span,
                    };
                    PTerm::Lits(planner.literal(&path, CmpOp::Eq, l)?)
                }
            };
            (PAttr::Attr(a, p.attr.text.clone()), object)
        };
        Ok(RPattern {
            subject,
            attr,
            object,
        })
    }

    fn solve(
        &self,
        pats: &[RPattern],
        done: &mut Vec<bool>,
        binding: &mut Vec<Option<KeyValue>>,
        filter: Option<&RExpr>,
        out: &mut Vec<Vec<Option<KeyValue>>>,
        (limit, span): (Option<usize>, super::ast::Span),
    ) -> Result<(), Error> {
        if limit.is_some_and(|l| out.len() >= l) {
            return Ok(());
        }
        self.steps.set(self.steps.get() + 1);
        if self.steps.get() > MAX_MATCH_STEPS {
            return Err(qerr(
                format!("this match tries more than {MAX_MATCH_STEPS} combinations"),
                span,
            )
            .with_query_help(
                "give a pattern a name or value instead of a variable, add a where clause, \
                 or a limit",
            ));
        }
        let next = (0..pats.len())
            .filter(|i| !done[*i])
            .max_by_key(|i| pats[*i].score(binding));
        let Some(i) = next else {
            if filter
                .map(|f| self.eval(f, None, binding))
                .transpose()?
                .unwrap_or(true)
            {
                out.push(binding.clone());
            }
            return Ok(());
        };
        done[i] = true;
        let p = &pats[i];
        for (s, o) in self.pattern_matches(p, binding)? {
            let saved = binding.clone();
            if bind(&p.subject, &s, binding)
                && o.as_ref().is_none_or(|o| bind(&p.object, o, binding))
            {
                self.solve(pats, done, binding, filter, out, (limit, span))?;
            }
            *binding = saved;
        }
        done[i] = false;
        Ok(())
    }

    /// Candidate (subject, object) pairs for one pattern under a binding.
    fn pattern_matches(
        &self,
        p: &RPattern,
        binding: &[Option<KeyValue>],
    ) -> Result<Vec<(KeyValue, Option<KeyValue>)>, Error> {
        let subject = p.subject.value(binding);
        let object = p.object.value(binding);
        let mut out = Vec::new();
        match &p.attr {
            PAttr::Within => {
                let PTerm::Places(places) = &p.object else {
                    return Ok(out);
                };
                match subject {
                    Some(KeyValue::Ref(e)) => {
                        if places.contains(&e) {
                            out.push((KeyValue::Ref(e), None));
                        }
                    }
                    Some(_) => {}
                    None => {
                        let mut all: Vec<Eid> = places.iter().copied().collect();
                        all.sort_unstable();
                        out.extend(all.into_iter().map(|e| (KeyValue::Ref(e), None)));
                    }
                }
            }
            PAttr::Attr(a, _) => match (subject, object) {
                (Some(KeyValue::Ref(e)), _) => {
                    for v in self.store.value_keys(e, *a)? {
                        if p.object.accepts(&v, binding) {
                            out.push((KeyValue::Ref(e), Some(v)));
                        }
                    }
                }
                (Some(_), _) => {}
                (None, Some(v @ KeyValue::Ref(t))) => {
                    for (_, e) in self.store.referrers(t, Some(*a))? {
                        out.push((KeyValue::Ref(e), Some(v.clone())));
                    }
                }
                (None, Some(v)) => {
                    for e in self.store.subjects_with(*a, &v)? {
                        out.push((KeyValue::Ref(e), Some(v.clone())));
                    }
                }
                (None, None) => {
                    for (e, v) in self.store.attr_pairs(*a)? {
                        if p.object.accepts(&v, binding) {
                            out.push((KeyValue::Ref(e), Some(v)));
                        }
                    }
                }
            },
        }
        Ok(out)
    }
}

#[derive(Debug)]
enum PAttr {
    Attr(Aid, String),
    Within,
}

#[derive(Debug)]
enum PTerm {
    Var(usize),
    Const(KeyValue),
    /// A literal compared for equality (a quantity equals on value and unit).
    Lits(Vec<RLit>),
    Places(HashSet<Eid>),
}

impl PTerm {
    /// The single value this term stands for now, if any.
    fn value(&self, binding: &[Option<KeyValue>]) -> Option<KeyValue> {
        match self {
            PTerm::Var(i) => binding.get(*i).cloned().flatten(),
            PTerm::Const(v) => Some(v.clone()),
            PTerm::Lits(l) => match l.as_slice() {
                [RLit::Entity(e)] => Some(KeyValue::Ref(*e)),
                [RLit::Text(t)] => Some(KeyValue::Text(t.clone())),
                _ => None,
            },
            PTerm::Places(_) => None,
        }
    }

    fn accepts(&self, v: &KeyValue, binding: &[Option<KeyValue>]) -> bool {
        match self {
            PTerm::Var(i) => binding.get(*i).cloned().flatten().is_none_or(|b| &b == v),
            PTerm::Const(c) => c == v,
            PTerm::Lits(lits) => lits.iter().any(|l| compare(v, l) == Some(Ordering::Equal)),
            PTerm::Places(p) => matches!(v, KeyValue::Ref(e) if p.contains(e)),
        }
    }
}

struct RPattern {
    subject: PTerm,
    attr: PAttr,
    object: PTerm,
}

impl RPattern {
    /// Higher is cheaper to run next: bound subjects read eavt/aevt for one
    /// entity, bound objects read vaet/avet, neither scans an attribute.
    fn score(&self, binding: &[Option<KeyValue>]) -> u8 {
        let s = self.subject.value(binding).is_some();
        let o = self.object.value(binding).is_some() || matches!(self.object, PTerm::Lits(_));
        match (s, o, &self.attr) {
            (true, _, _) => 4,
            (false, true, PAttr::Attr(..)) => 3,
            (false, _, PAttr::Within) => 2,
            _ => 1,
        }
    }

    fn describe(&self) -> String {
        match &self.attr {
            PAttr::Within => "enumerate places within (vaet on located_in/district)".into(),
            PAttr::Attr(_, name) => format!(
                "{name}: eavt when the subject is bound, else vaet/avet on the object, else aevt"
            ),
        }
    }
}

/// The order `solve` would pick with no bindings yet (for explain).
fn solve_order(pats: &[RPattern], nvars: usize) -> Vec<usize> {
    let mut binding: Vec<Option<KeyValue>> = vec![None; nvars];
    let mut done = vec![false; pats.len()];
    let mut order = Vec::new();
    while let Some(i) = (0..pats.len())
        .filter(|i| !done[*i])
        .max_by_key(|i| pats[*i].score(&binding))
    {
        done[i] = true;
        order.push(i);
        for t in [&pats[i].subject, &pats[i].object] {
            if let PTerm::Var(v) = t {
                binding[*v] = Some(KeyValue::Ref(0));
            }
        }
    }
    order
}

fn bind(t: &PTerm, v: &KeyValue, binding: &mut [Option<KeyValue>]) -> bool {
    match t {
        PTerm::Var(i) => match &binding[*i] {
            Some(b) => b == v,
            None => {
                binding[*i] = Some(v.clone());
                true
            }
        },
        _ => true,
    }
}

/// Orders a stored value against a literal; `None` when they cannot be
/// compared (different types or units).
fn compare(v: &KeyValue, lit: &RLit) -> Option<Ordering> {
    match (v, lit) {
        (
            KeyValue::Quantity {
                unit, value, bound, ..
            },
            RLit::Quantity(q),
        ) if unit.comparable(q.unit) => Some(match (value.cmp(&q.value), bound) {
            // 超2.4亿元 / 2000多元: more than the number written.
            (Ordering::Equal, Bound::AtLeast) => Ordering::Greater,
            // 不到1亿元: less than the number written.
            (Ordering::Equal, Bound::AtMost) => Ordering::Less,
            (o, _) => o,
        }),
        (KeyValue::Ref(e), RLit::Entity(t)) => Some(e.cmp(t)),
        (KeyValue::Date { year, month, day }, RLit::Date(d)) => {
            let k = (
                year.unwrap_or(i32::MIN),
                month.unwrap_or(0),
                day.unwrap_or(0),
            );
            Some(k.cmp(&d.key()))
        }
        (KeyValue::Text(s), RLit::Text(t)) => Some(s.as_str().cmp(t.as_str())),
        _ => None,
    }
}

fn add(a: &Quantity, b: &Quantity, span: super::ast::Span) -> Result<Quantity, Error> {
    if a.unit != b.unit {
        return Err(qerr(
            format!(
                "cannot add {} and {}",
                a.unit.dimension(),
                b.unit.dimension()
            ),
            span,
        ));
    }
    let value = a
        .value
        .checked_add(b.value)
        .ok_or_else(|| qerr("sum is too large", span))?;
    let upper = match (a.bound, b.bound) {
        (Bound::Range, _) | (_, Bound::Range) => {
            let ua = a.upper.unwrap_or(a.value);
            let ub = b.upper.unwrap_or(b.value);
            Some(
                ua.checked_add(ub)
                    .ok_or_else(|| qerr("sum is too large", span))?,
            )
        }
        _ => None,
    };
    let mut bound = a.bound.combine(b.bound);
    if bound == Bound::Range && upper.is_none() {
        bound = Bound::About;
    }
    Ok(Quantity {
        value,
        upper: if bound == Bound::Range { upper } else { None },
        unit: a.unit,
        bound,
        text: String::new(),
    })
}

fn fold_quantities(
    agg: &Aggregate,
    qs: Vec<Quantity>,
    span: super::ast::Span,
) -> Result<Cell, Error> {
    if qs.is_empty() {
        return Ok(Cell::Null);
    }
    let units: Vec<Unit> = qs.iter().map(|q| q.unit).fold(Vec::new(), |mut v, u| {
        if !v.contains(&u) {
            v.push(u);
        }
        v
    });
    if units.len() > 1 {
        return Err(qerr(
            format!(
                "cannot {} values of different units: {}",
                agg.name(),
                units
                    .iter()
                    .map(|u| u.dimension())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            span,
        )
        .with_query_help("narrow the query with `where`, e.g. to one kind of quantity"));
    }
    Ok(match agg {
        Aggregate::Sum(_) | Aggregate::Avg(_) => {
            let mut acc = qs[0].clone();
            acc.text.clear();
            for q in &qs[1..] {
                acc = add(&acc, q, span)?;
            }
            if matches!(agg, Aggregate::Avg(_)) {
                let n = qs.len() as i128;
                acc.value = Num(acc.value.0 / n);
                acc.upper = acc.upper.map(|u| Num(u.0 / n));
            }
            Cell::Quantity(acc)
        }
        Aggregate::Min(_) => Cell::Quantity(
            qs.into_iter()
                .min_by_key(|q| q.value)
                .unwrap_or_else(|| Quantity::exact(Num::ZERO, Unit::Number)),
        ),
        Aggregate::Max(_) => Cell::Quantity(
            qs.into_iter()
                .max_by_key(|q| q.value)
                .unwrap_or_else(|| Quantity::exact(Num::ZERO, Unit::Number)),
        ),
        _ => Cell::Int(qs.len() as i64),
    })
}

trait WithHelp {
    fn with_query_help(self, help: &str) -> Self;
}

impl WithHelp for Error {
    fn with_query_help(self, help: &str) -> Self {
        match self {
            Error::Query(q) => Error::Query(q.with_help(help)),
            other => other,
        }
    }
}

fn numeric_key(c: &Cell) -> Option<Num> {
    match c {
        Cell::Int(i) => Num::from_int(i128::from(*i)),
        Cell::Quantity(q) => Some(q.value),
        _ => None,
    }
}

/// Largest first by the given column, then by the group key.
fn default_group_order(rs: &mut ResultSet, col: usize) {
    rs.rows.sort_by(|a, b| {
        let x = a.get(col).and_then(numeric_key);
        let y = b.get(col).and_then(numeric_key);
        y.cmp(&x).then_with(|| a[0].display().cmp(&b[0].display()))
    });
}

fn sort_groups(rs: &mut ResultSet, key: &OrderKey, desc: bool) {
    let col = match key {
        OrderKey::Count => rs.columns.iter().position(|c| c == "count"),
        OrderKey::Path(p) => rs.columns.iter().position(|c| *c == p.display()),
    };
    let Some(col) = col else { return };
    rs.rows.sort_by(|a, b| {
        let o = match (numeric_key(&a[col]), numeric_key(&b[col])) {
            (Some(x), Some(y)) => x.cmp(&y),
            _ => a[col].display().cmp(&b[col].display()),
        };
        if desc {
            o.reverse()
        } else {
            o
        }
    });
}

fn plan_rows(steps: Vec<String>) -> ResultSet {
    let mut rs = ResultSet::new(vec!["step", "plan"]);
    for (i, s) in steps.into_iter().enumerate() {
        rs.rows.push(vec![Cell::Int(i as i64 + 1), Cell::Text(s)]);
    }
    rs
}
