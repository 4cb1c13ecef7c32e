//! `KIND by PATH`: a row per group with its count and the sum of each money
//! attribute; and the orders grouped rows are sorted in.

use super::aggregate::add;
use super::listing::column_title;
use super::Evaluator;
use crate::error::Error;
use crate::model::{Modality, Num, Qualifiers, Quantity, Rate, Unit};
use crate::query::plan::{GroupScan, RColumn, RPath, Step};
use crate::query::result::{Cell, GroupKey, ResultSet};
use crate::store::{Aid, Eid, KeyValue};
use rustc_hash::FxHashMap;
use std::collections::BTreeMap;

/// The most members a grouping reads the sources of to count the keys
/// they have only by background knowledge (`Cell::GroupKey`): a member
/// costs two index reads (~50 µs), where the grouping itself streams a
/// covering index; at 1M facts `funding by source` went from 0.5 s to
/// 5.5 s. Past it the count is unknown (null), not 0.
pub const INFERRED_CHECK_LIMIT: usize = 2000;

/// Per group: how many entities, the running sum of each money attribute,
/// and the members.
type GroupAcc = (i64, BTreeMap<Aid, Option<Quantity>>, Vec<Eid>);

/// Money a grouping left out of its sums, by attribute, modality and rate.
pub(super) type LeftOut = (Aid, Modality, Option<Rate>);

/// Whether a grouping adds this value to its sums: money reported, at no
/// rate. A date (`as_of`) says when it was so, not that it is another kind
/// of money: `sum` adds it too, so the group sums add up to the sum.
fn paid(q: &Qualifiers) -> bool {
    q.modality == Modality::Reported && q.per.is_none()
}

/// The kind of value a grouping adds: see [`paid`].
const PAID: super::partition::Partition = (Unit::Cny, Modality::Reported, None);

/// The kind and the `where` as the query wrote them: a note's suggested
/// query repeats them, so that it runs and adds up the same entities.
#[derive(Clone, Copy)]
pub(super) struct Written<'p> {
    pub kind: &'p str,
    pub filter: Option<&'p str>,
}

/// How many facts a sum has taken, and the first of them.
type SingleFact = (u32, Option<(Eid, KeyValue)>);

/// The groups of the candidates of a streamed grouping, numbered as they
/// appear: group 0 is "no value".
struct Membership {
    /// Each candidate's group ([`Membership::NONE`] until it has one).
    first: Vec<u32>,
    /// Further groups of candidates whose attribute has several values.
    more: FxHashMap<usize, Vec<u32>>,
}

impl Membership {
    const NONE: u32 = u32::MAX;

    /// Calls `f` with each group of candidate `i`.
    fn each(&self, i: usize, mut f: impl FnMut(u32) -> Result<(), Error>) -> Result<(), Error> {
        let first = if self.first[i] == Self::NONE {
            0
        } else {
            self.first[i]
        };
        f(first)?;
        if let Some(more) = self.more.get(&i) {
            for &gi in more {
                f(gi)?;
            }
        }
        Ok(())
    }
}

impl Evaluator<'_> {
    pub(super) fn grouped(
        &self,
        entities: Vec<Eid>,
        by: &RPath,
        scan: &GroupScan,
        columns: Option<&[RColumn]>,
        written: Written,
    ) -> Result<ResultSet, Error> {
        let mut groups: BTreeMap<Option<KeyValue>, GroupAcc> = BTreeMap::new();
        let mut money_attrs: BTreeMap<Aid, ()> = BTreeMap::new();
        match scan {
            GroupScan::Stream { attr, money } => {
                self.grouped_streaming(entities, *attr, money, by, &mut groups, &mut money_attrs)?
            }
            GroupScan::PerEntity => {
                self.grouped_per_entity(&entities, by, &mut groups, &mut money_attrs)?
            }
        }
        let mut rs = self.group_rows(by, groups, money_attrs, columns)?;
        rs.notes.extend(self.left_out_note(by, written));
        rs.notes.extend(self.differing_note()?);
        Ok(rs)
    }

    fn leave_out(&self, a: Aid, q: &Qualifiers) {
        *self
            .left_out
            .borrow_mut()
            .entry((a, q.modality, q.per))
            .or_default() += 1;
    }

    /// What a grouping's sums left out, with a query that adds it up
    /// (for the first kind left out; the others' conditions after it).
    fn left_out_note(&self, g: &RPath, written: Written) -> Option<String> {
        let left = std::mem::take(&mut *self.left_out.borrow_mut());
        let total: usize = left.values().sum();
        let first_attr = left.keys().next()?.0;
        let several_attrs = left.keys().any(|k| k.0 != first_attr);
        let mut words = Vec::new();
        let mut conditions = Vec::new();
        for (&(a, modality, per), n) in &left {
            // Never empty: what is left out has a modality or a rate.
            let what = Qualifiers {
                modality,
                per,
                as_of: None,
                period: None,
            }
            .marks()
            .join(" ");
            words.push(if several_attrs {
                format!("{n} {} {what}", self.store.attr_name(a))
            } else {
                format!("{n} {what}")
            });
            let mut cond = Vec::new();
            if modality != Modality::Reported {
                cond.push(format!("modality = {}", modality.name()));
            }
            if let Some(r) = per {
                cond.push(format!("per = {}", r.name()));
            }
            conditions.push((a, cond.join(" and ")));
        }
        let (a, cond) = conditions.first()?;
        let filter = match (cond.is_empty(), written.filter) {
            (false, Some(f)) => format!(" where {cond} and {f}"),
            (false, None) => format!(" where {cond}"),
            (true, Some(f)) => format!(" where {f}"),
            (true, None) => String::new(),
        };
        let query = format!(
            "sum {} of {}{filter} by {}",
            self.store.attr_name(*a),
            written.kind,
            g.display
        );
        let others: Vec<String> = conditions[1..]
            .iter()
            .filter(|(_, c)| !c.is_empty())
            .map(|(_, c)| format!("`{c}`"))
            .collect();
        let others = if others.is_empty() {
            String::new()
        } else {
            format!(" ({} for the others)", others.join(", "))
        };
        Some(format!(
            "the sums add reported totals only: {total} value(s) left out ({}); see them \
             with `{query}`{others}",
            words.join(", ")
        ))
    }

    /// Walks aevt[a] alongside the sorted candidates `ents`: `f(i, e, v)`
    /// for each value `v` of candidate `ents[i] == e`. Both streams are
    /// ascending, so every key is read once and the walk stops after the
    /// last candidate.
    fn merge_stream(
        &self,
        a: Aid,
        ents: &[Eid],
        mut f: impl FnMut(usize, Eid, KeyValue, Qualifiers) -> Result<(), Error>,
    ) -> Result<(), Error> {
        let mut i = 0;
        self.store.each_attr_q(a, |e, v, q| {
            while i < ents.len() && ents[i] < e {
                i += 1;
            }
            if i == ents.len() {
                return Ok(false);
            }
            if ents[i] == e {
                f(i, e, v, q)?;
            }
            Ok(true)
        })
    }

    /// Grouping by one attribute as a merge of sorted streams: the
    /// candidates (ascending), aevt[group attribute] and aevt[each money
    /// attribute] — every key read once, in order, no record decoded. Groups
    /// are numbered as they appear, so the per-key work is array indexing.
    fn grouped_streaming(
        &self,
        mut ents: Vec<Eid>,
        ga: Aid,
        attrs: &[Aid],
        g: &RPath,
        groups: &mut BTreeMap<Option<KeyValue>, GroupAcc>,
        money_attrs: &mut BTreeMap<Aid, ()>,
    ) -> Result<(), Error> {
        // Sorted in place: a copy was 8 bytes more per candidate.
        ents.sort_unstable();
        ents.dedup();
        let mut names: Vec<Option<KeyValue>> = vec![None];
        // Looked up for every member (100K at 1M facts): Fx, not SipHash
        // (the keys are the store's values, not chosen by a remote party).
        let mut index: FxHashMap<KeyValue, u32> = FxHashMap::default();
        let mut member = Membership {
            first: vec![Membership::NONE; ents.len()],
            more: FxHashMap::default(),
        };
        self.merge_stream(ga, &ents, |i, _, v, _| {
            let gi = match index.get(&v) {
                Some(&gi) => gi,
                None => {
                    let gi = names.len() as u32;
                    names.push(Some(v.clone()));
                    index.insert(v, gi);
                    gi
                }
            };
            if member.first[i] == Membership::NONE {
                member.first[i] = gi;
            } else if member.first[i] != gi {
                let extra = member.more.entry(i).or_default();
                if !extra.contains(&gi) {
                    extra.push(gi);
                }
            }
            Ok(())
        })?;
        let mut counts = vec![0i64; names.len()];
        for i in 0..ents.len() {
            member.each(i, |gi| {
                counts[gi as usize] += 1;
                Ok(())
            })?;
        }
        // Each group's list made its size at once: grown by doubling, the
        // lists took up to twice the members' 8 bytes.
        let mut members: Vec<Vec<Eid>> = counts
            .iter()
            .map(|&n| Vec::with_capacity(usize::try_from(n).unwrap_or(0)))
            .collect();
        for (i, &e) in ents.iter().enumerate() {
            member.each(i, |gi| {
                members[gi as usize].push(e);
                Ok(())
            })?;
        }
        // sums[group][money attribute]
        let mut sums: Vec<Vec<Option<Quantity>>> = vec![vec![None; attrs.len()]; names.len()];
        // The one fact behind a sum, while there is only one: a group with a
        // single amount shows it in the article's words (one point read).
        let mut single: Vec<Vec<SingleFact>> = vec![vec![(0, None); attrs.len()]; names.len()];
        for (ai, &a) in attrs.iter().enumerate() {
            // One candidate's values come one after another (aevt is in
            // entity order): held until the next, so that an entity whose
            // documents disagree is added once (see `versions`).
            let mut run: Vec<(usize, Eid, KeyValue, Quantity)> = Vec::new();
            let mut add_run = |run: &mut Vec<(usize, Eid, KeyValue, Quantity)>| {
                if let [(_, e, ..), _, ..] = run.as_slice() {
                    if let Some(keys) = self.one_version(*e, a, PAID)? {
                        run.retain(|(_, _, v, _)| keys.contains(v));
                    }
                }
                for (i, e, v, q) in run.drain(..) {
                    member.each(i, |gi| {
                        let one = &mut single[gi as usize][ai];
                        one.0 += 1;
                        if one.0 == 1 {
                            one.1 = Some((e, v.clone()));
                        }
                        let slot = &mut sums[gi as usize][ai];
                        *slot = Some(match slot.take() {
                            None => q.clone(),
                            Some(acc) => add(&acc, &q, g.span)?,
                        });
                        Ok(())
                    })?;
                }
                Ok::<(), Error>(())
            };
            self.merge_stream(a, &ents, |i, e, v, quals| {
                let Some(q) = v.quantity("").filter(|q| q.unit == Unit::Cny) else {
                    return Ok(());
                };
                // A demand, a plan or a rate is not money paid: not added.
                if !paid(&quals) {
                    self.leave_out(a, &quals);
                    return Ok(());
                }
                money_attrs.insert(a, ());
                if run.last().is_some_and(|r| r.1 != e) {
                    add_run(&mut run)?;
                }
                run.push((i, e, v, q));
                Ok(())
            })?;
            add_run(&mut run)?;
        }
        for (gi, name) in names.into_iter().enumerate() {
            if counts[gi] == 0 {
                continue;
            }
            let acc = groups.entry(name).or_default();
            acc.0 += counts[gi];
            // Moved, not copied: a second list of every member was in the
            // peak (8 MB at 10M facts).
            if acc.2.is_empty() {
                acc.2 = std::mem::take(&mut members[gi]);
            } else {
                acc.2.extend(members[gi].iter().copied());
            }
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
                // The text is kept while the group has one value.
                if let Some(q) = f
                    .value
                    .quantity(&f.record.text)
                    .filter(|q| q.unit == Unit::Cny)
                {
                    if !paid(&f.record.qualifiers) {
                        self.leave_out(f.attr, &f.record.qualifiers);
                        continue;
                    }
                    money_attrs.insert(f.attr, ());
                    sums.entry(f.attr).or_default().push(q);
                }
            }
            for (a, qs) in sums.iter_mut() {
                if qs.len() > 1 {
                    if let Some(keys) = self.one_version(e, *a, PAID)? {
                        qs.retain(|q| keys.contains(&crate::store::quantity_key(q)));
                    }
                }
            }
            for key in self.group_keys(e, g)? {
                let entry = groups.entry(key).or_default();
                entry.0 += 1;
                entry.2.push(e);
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

    /// How many of `members` have value `key` of attribute `a` only by
    /// background knowledge: every fact giving it has only background
    /// sources (a member stated by one article and inferred by another is
    /// stated).
    fn inferred_members(&self, a: Aid, key: &KeyValue, members: &[Eid]) -> Result<u32, Error> {
        let mut n = 0;
        for &e in members {
            let facts = self.store.values_of(e, a)?;
            let mut giving = facts.iter().filter(|f| f.value == *key).peekable();
            if giving.peek().is_some()
                && giving.all(|f| {
                    !f.record.sources.is_empty()
                        && f.record.sources.iter().all(|s| s.background().is_some())
                })
            {
                n += 1;
            }
        }
        Ok(n)
    }

    /// Group keys of an entity: the values of the group path, or null.
    pub(super) fn group_keys(&self, e: Eid, g: &RPath) -> Result<Vec<Option<KeyValue>>, Error> {
        let vals = self.path_keys(&KeyValue::Ref(e), g)?;
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

    /// The rows of a grouping: the key, then the chosen columns, or by
    /// default the count, the members and the sum of each money attribute.
    fn group_rows(
        &self,
        g: &RPath,
        groups: BTreeMap<Option<KeyValue>, GroupAcc>,
        money_attrs: BTreeMap<Aid, ()>,
        chosen: Option<&[RColumn]>,
    ) -> Result<ResultSet, Error> {
        let mut columns = vec![g.display.clone()];
        match chosen {
            Some(cs) => columns.extend(cs.iter().map(column_title)),
            None => {
                columns.extend(["count".to_string(), "members".to_string()]);
                columns.extend(money_attrs.keys().map(|a| self.store.attr_name(*a)));
            }
        }
        let mut groups: Vec<_> = groups.into_iter().collect();
        // Each member once (a longer path may reach one twice), by id: the
        // namer puts them in the order of their names as it names them
        // (`MemberNames::by_name`), so a grouping reads its members' names
        // once, where they are written, and never holds them all.
        for g in &mut groups {
            let members = &mut g.1 .2;
            members.sort_unstable();
            members.dedup();
            // Held for as long as the answer: 8 bytes a member, not the
            // room a list grown one by one left.
            members.shrink_to_fit();
        }
        // Grouped by one attribute, each key says how many members have
        // it only by background knowledge (no article states it).
        let by_attr = match (g.var.as_ref(), g.steps.as_slice()) {
            (None, [Step::Attr(a, _)]) => Some(*a),
            _ => None,
        };
        let checked = groups
            .iter()
            .filter(|(k, _)| k.is_some())
            .map(|(_, acc)| acc.2.len())
            .sum::<usize>()
            <= INFERRED_CHECK_LIMIT;
        let mut inferred_any = 0u32;
        let mut rows = Vec::new();
        for (key, (count, sums, members)) in groups {
            let mut row = vec![match (&key, by_attr) {
                (Some(k), Some(a)) => {
                    let inferred = if checked {
                        Some(self.inferred_members(a, k, &members)?)
                    } else {
                        None
                    };
                    inferred_any += inferred.unwrap_or(0);
                    Cell::GroupKey(Box::new(GroupKey {
                        value: self.key_cell(k)?,
                        inferred,
                        members: u32::try_from(members.len()).unwrap_or(u32::MAX),
                    }))
                }
                (Some(k), None) => self.key_cell(k)?,
                (None, _) => Cell::Null,
            }];
            match chosen {
                Some(cs) => {
                    for c in cs {
                        // A money attribute's sum is already made (and keeps
                        // the article's words when it is one fact).
                        let made = match c {
                            RColumn::Path(RPath {
                                var: None, steps, ..
                            }) => match steps.as_slice() {
                                [Step::Attr(a, _)] if money_attrs.contains_key(a) => {
                                    Some(match sums.get(a).cloned().flatten() {
                                        Some(q) => Cell::quantity(q),
                                        None => Cell::Null,
                                    })
                                }
                                _ => None,
                            },
                            _ => None,
                        };
                        row.push(match made {
                            Some(cell) => cell,
                            None => self.group_cell(c, &members)?,
                        });
                    }
                }
                None => {
                    row.push(Cell::Int(count));
                    row.push(Cell::Members(Box::new(members)));
                    for a in money_attrs.keys() {
                        row.push(match sums.get(a).cloned().flatten() {
                            Some(q) => Cell::quantity(q),
                            None => Cell::Null,
                        });
                    }
                }
            }
            rows.push(row);
        }
        let mut rs = ResultSet {
            columns,
            rows,
            notes: Vec::new(),
            headings: Vec::new(),
        };
        if inferred_any > 0 {
            rs.notes.push(format!(
                "(inferred): no article states the {} of {inferred_any} member(s) of the \
                 marked groups; a curator knows it (background knowledge: `show` a member \
                 for the reason)",
                g.display
            ));
        }
        // Largest first by the first sum, else by the count.
        let first = |f: fn(&Cell) -> bool| {
            (1..rs.columns.len()).find(|&i| rs.rows.iter().any(|r| f(&r[i])))
        };
        let col = first(|c| matches!(c, Cell::Quantity(_)))
            .or_else(|| first(|c| matches!(c, Cell::Int(_))))
            .unwrap_or(0);
        default_group_order(&mut rs, col);
        Ok(rs)
    }
}

fn numeric_key(c: &Cell) -> Option<Num> {
    match c.bare() {
        Cell::Int(i) => Num::from_int(i128::from(*i)),
        Cell::Quantity(q) => Some(q.value),
        _ => None,
    }
}

/// Largest first by the given column, then by the group key.
pub(super) fn default_group_order(rs: &mut ResultSet, col: usize) {
    rs.rows.sort_by(|a, b| {
        let x = a.get(col).and_then(numeric_key);
        let y = b.get(col).and_then(numeric_key);
        y.cmp(&x).then_with(|| a[0].display().cmp(&b[0].display()))
    });
}

/// `order by`: by the named column, when the rows have it.
pub(super) fn sort_groups(rs: &mut ResultSet, column: &str, desc: bool) {
    let Some(col) = rs.columns.iter().position(|c| c == column) else {
        return;
    };
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

/// A name's first 8 bytes as a number (zeros after a shorter name): for
/// any two names, the order of these agrees with the names' order
/// wherever they differ, so (prefix, name) sorts as name alone.
pub(super) fn name_prefix(name: &str) -> u64 {
    let mut b = [0u8; 8];
    let n = name.len().min(8);
    b[..n].copy_from_slice(&name.as_bytes()[..n]);
    u64::from_be_bytes(b)
}
