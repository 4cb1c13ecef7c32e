//! count / sum / avg / min / max, over every candidate or per group; and
//! the exact addition of quantities they rest on.

use super::group::default_group_order;
use super::{qerr, Evaluator, WithHelp};
use crate::error::Error;
use crate::model::{Bound, Modality, Num, Qualifiers, Quantity, Rate, Unit};
use crate::query::ast::{CmpOp, Span};
use crate::query::plan::{AggFn, QualifierName, RExpr, RLit, RPath, Step};
use crate::query::result::{Cell, ResultSet};
use crate::store::{Eid, KeyValue};
use std::collections::BTreeMap;

/// The qualifiers a query asks a sum for with `where modality = M` or
/// `where per = R` (also `amount.modality = M`) as a conjunct of its filter.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Asked {
    pub modality: Option<Modality>,
    pub per: Option<Rate>,
}

impl Asked {
    pub(super) fn from_filter(filter: Option<&RExpr>) -> Asked {
        let mut asked = Asked::default();
        let conjuncts: Vec<&RExpr> = match filter {
            Some(RExpr::And(items)) => items.iter().collect(),
            Some(other) => vec![other],
            None => Vec::new(),
        };
        for c in conjuncts {
            let RExpr::Cmp {
                path,
                op: CmpOp::Eq,
                lits,
            } = c
            else {
                continue;
            };
            let [RLit::Text(word)] = lits.as_slice() else {
                continue;
            };
            match path.steps.last() {
                Some(Step::Qualifier(QualifierName::Modality)) => {
                    asked.modality = Modality::from_name(word)
                }
                Some(Step::Qualifier(QualifierName::Per)) => asked.per = Rate::from_name(word),
                _ => {}
            }
        }
        asked
    }

    fn admits(&self, key: &Partition) -> bool {
        self.modality.is_none_or(|m| m == key.1) && self.per.is_none_or(|r| Some(r) == key.2)
    }
}

/// The values a sum may add together: one unit, one modality, one rate.
type Partition = (Unit, Modality, Option<Rate>);

fn partition_qualifiers(key: &Partition) -> Qualifiers {
    Qualifiers {
        modality: key.1,
        per: key.2,
        as_of: None,
    }
}

/// The partition an aggregate adds, among those the `where` admits: the
/// modality and rate asked for (reported with no rate when none is),
/// then the one with the most values, then the first in order.
fn chosen_partition(counts: &BTreeMap<Partition, usize>, asked: Asked) -> Option<Partition> {
    let want = (asked.modality.unwrap_or_default(), asked.per);
    let wanted = |k: &Partition| (k.1, k.2) == want;
    counts
        .iter()
        .filter(|(k, _)| asked.admits(k))
        .max_by(|a, b| {
            wanted(a.0)
                .cmp(&wanted(b.0))
                .then(a.1.cmp(b.1))
                .then(b.0.cmp(a.0))
        })
        .map(|(k, _)| *k)
}

/// How a note names the values of a partition left out: their unit when
/// it is not the one added, their qualifiers' marks, else "reported".
fn partition_words(part: &Partition, chosen: Option<Partition>) -> String {
    let mut words = Vec::new();
    if chosen.is_some_and(|c| c.0 != part.0) {
        words.push(part.0.dimension().to_string());
    }
    words.extend(partition_qualifiers(part).marks());
    if words.is_empty() {
        words.push("reported".to_string());
    }
    words.join(" ")
}

impl Evaluator<'_> {
    pub(super) fn aggregate(
        &self,
        entities: &[Eid],
        g: Option<&RPath>,
        func: AggFn,
        path: Option<&RPath>,
        asked: Asked,
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
        // A sum is headed by its path; the others by `func(path)`.
        let value_col = match (func, path) {
            (AggFn::Sum, Some(p)) => p.display.clone(),
            (_, Some(p)) => format!("{}({})", func.name(), p.display),
            (_, None) => "count".to_string(),
        };
        let mut columns = Vec::new();
        if let Some(g) = g {
            columns.push(g.display.clone());
        }
        columns.push(value_col);
        // Every group's values with their qualifiers, read once; the
        // partition added is chosen over all groups, so every row adds the
        // same kind of value.
        let mut values: Vec<Vec<(Eid, Quantity, Qualifiers)>> = Vec::new();
        let mut counts: BTreeMap<Partition, usize> = BTreeMap::new();
        if let (false, Some(p)) = (func == AggFn::Count, path) {
            for members in groups.values() {
                let mut qs = Vec::new();
                for &e in members {
                    for (v, q) in self.path_facts(&KeyValue::Ref(e), p)? {
                        let Some(quantity) = v.quantity("") else {
                            return Err(qerr(
                                format!(
                                    "{} of {}: the values are not quantities",
                                    func.name(),
                                    p.display
                                ),
                                p.span,
                            ));
                        };
                        *counts
                            .entry((quantity.unit, q.modality, q.per))
                            .or_default() += 1;
                        qs.push((e, quantity, q));
                    }
                }
                values.push(qs);
            }
        }
        let chosen = chosen_partition(&counts, asked);
        let mut left_out_any = false;
        let mut left_out_by_kind: BTreeMap<Partition, usize> = BTreeMap::new();
        let mut rows = Vec::new();
        for (gi, (key, members)) in groups.into_iter().enumerate() {
            let mut left_out = Vec::new();
            let value = match (func, path) {
                (AggFn::Count, _) | (_, None) => Cell::Int(members.len() as i64),
                (func, Some(p)) => {
                    let mut qs = Vec::new();
                    for (e, mut quantity, q) in std::mem::take(&mut values[gi]) {
                        let part = (quantity.unit, q.modality, q.per);
                        if Some(part) == chosen {
                            qs.push(quantity);
                            continue;
                        }
                        *left_out_by_kind.entry(part).or_default() += 1;
                        // A value left out is shown in the article's words
                        // when it is the entity's own (one point read).
                        if let (None, [Step::Attr(a, _)]) = (p.var, p.steps.as_slice()) {
                            let v = crate::store::quantity_key(&quantity);
                            if let Some(text) = self.store.fact_text(e, *a, &v)? {
                                quantity.text = text;
                            }
                        }
                        left_out.push(Cell::Quantity(quantity).qualified(&q));
                    }
                    let cell = fold_quantities(func, qs, p.span)?;
                    match (&cell, chosen) {
                        (Cell::Null, _) | (_, None) => cell,
                        (_, Some(part)) => cell.qualified(&partition_qualifiers(&part)),
                    }
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
            left_out_any |= !left_out.is_empty();
            row.push(match left_out.len() {
                0 => Cell::Null,
                1 => left_out.remove(0),
                _ => Cell::List(left_out),
            });
            rows.push(row);
        }
        let mut notes = Vec::new();
        if left_out_any {
            // Only then a column of its own: most answers have nothing left out.
            columns.push(LEFT_OUT.to_string());
            let kinds: Vec<String> = left_out_by_kind
                .iter()
                .map(|(part, n)| format!("{n} {}", partition_words(part, chosen)))
                .collect();
            let over = match chosen.map(|c| partition_qualifiers(&c).marks().join(" ")) {
                Some(m) if !m.is_empty() => format!("{m} values only"),
                _ => "reported totals only (no rate)".to_string(),
            };
            notes.push(format!(
                "{} over {over}; left out (column {LEFT_OUT}): {}; ask for them with \
                 `where modality = …` or `where per = …`",
                func.name(),
                kinds.join(", ")
            ));
        } else {
            for r in &mut rows {
                r.pop();
            }
        }
        let mut rs = ResultSet {
            columns,
            rows,
            notes,
        };
        if g.is_some() {
            default_group_order(&mut rs, 1);
        }
        Ok(rs)
    }
}

/// The column of the values a sum (avg, min, max) did not add: other
/// modalities or rates than the one it adds.
pub const LEFT_OUT: &str = "left_out";

/// `a + b`, exact; the qualifiers combine (about + exact is about), and a
/// range keeps its upper end.
pub(super) fn add(a: &Quantity, b: &Quantity, span: Span) -> Result<Quantity, Error> {
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

fn fold_quantities(func: AggFn, qs: Vec<Quantity>, span: Span) -> Result<Cell, Error> {
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
                func.name(),
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
    Ok(match func {
        AggFn::Sum | AggFn::Avg => {
            let mut acc = qs[0].clone();
            acc.text.clear();
            for q in &qs[1..] {
                acc = add(&acc, q, span)?;
            }
            if func == AggFn::Avg {
                let n = qs.len() as i128;
                acc.value = Num(acc.value.0 / n);
                acc.upper = acc.upper.map(|u| Num(u.0 / n));
            }
            Cell::Quantity(acc)
        }
        AggFn::Min => Cell::Quantity(
            qs.into_iter()
                .min_by_key(|q| q.value)
                .unwrap_or_else(|| Quantity::exact(Num::ZERO, Unit::Number)),
        ),
        AggFn::Max => Cell::Quantity(
            qs.into_iter()
                .max_by_key(|q| q.value)
                .unwrap_or_else(|| Quantity::exact(Num::ZERO, Unit::Number)),
        ),
        AggFn::Count => Cell::Int(qs.len() as i64),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reported totals first; else what was asked; else the partition with
    /// the most values; nothing when what was asked is absent.
    #[test]
    fn the_partition_a_sum_adds() {
        let counts = |parts: &[(Partition, usize)]| parts.iter().copied().collect();
        let reported = (Unit::Cny, Modality::Reported, None);
        let counted = (Unit::Count, Modality::Reported, None);
        let demand = (Unit::Cny, Modality::Demand, None);
        let per_person = (Unit::Cny, Modality::Reported, Some(Rate::Person));
        let all = counts(&[(reported, 2), (counted, 1), (demand, 5), (per_person, 2)]);
        assert_eq!(chosen_partition(&all, Asked::default()), Some(reported));
        assert_eq!(partition_words(&counted, Some(reported)), "a count");
        assert_eq!(partition_words(&per_person, Some(reported)), "每人");
        assert_eq!(partition_words(&demand, Some(per_person)), "需求");
        assert_eq!(partition_words(&reported, Some(per_person)), "reported");
        let asked = Asked {
            modality: Some(Modality::Demand),
            per: None,
        };
        assert_eq!(chosen_partition(&all, asked), Some(demand));
        let asked = Asked {
            modality: None,
            per: Some(Rate::Person),
        };
        assert_eq!(chosen_partition(&all, asked), Some(per_person));
        let no_total = counts(&[(demand, 1), (per_person, 2)]);
        assert_eq!(
            chosen_partition(&no_total, Asked::default()),
            Some(per_person)
        );
        let asked = Asked {
            modality: Some(Modality::Target),
            per: None,
        };
        assert_eq!(chosen_partition(&all, asked), None);
    }
}
