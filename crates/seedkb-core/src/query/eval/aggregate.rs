//! count / sum / avg / min / max, over every candidate or per group; and
//! the exact addition of quantities they rest on.

use super::group::default_group_order;
use super::{qerr, Evaluator, WithHelp};
use crate::error::Error;
use crate::model::{Bound, Num, Quantity, Unit};
use crate::query::ast::Span;
use crate::query::plan::{AggFn, RPath};
use crate::query::result::{Cell, ResultSet};
use crate::store::{Eid, KeyValue};
use std::collections::BTreeMap;

impl Evaluator<'_> {
    pub(super) fn aggregate(
        &self,
        entities: &[Eid],
        g: Option<&RPath>,
        func: AggFn,
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
        let mut rows = Vec::new();
        for (key, members) in groups {
            let value = match (func, path) {
                (AggFn::Count, _) | (_, None) => Cell::Int(members.len() as i64),
                (func, Some(p)) => {
                    let mut qs: Vec<Quantity> = Vec::new();
                    for &e in &members {
                        for v in self.path_values(&KeyValue::Ref(e), p)? {
                            let Some(q) = v.quantity("") else {
                                return Err(qerr(
                                    format!(
                                        "{} of {}: the values are not quantities",
                                        func.name(),
                                        p.display
                                    ),
                                    p.span,
                                ));
                            };
                            qs.push(q);
                        }
                    }
                    fold_quantities(func, qs, p.span)?
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
}

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
                let inexact = acc.value.0 % n != 0;
                acc.value = Num(acc.value.0 / n);
                acc.upper = acc.upper.map(|u| Num(u.0 / n));
                // A mean that does not come out even is about its value:
                // said so, and rounded for reading rather than to 6 decimals.
                if inexact && acc.bound != Bound::Range {
                    acc.bound = Bound::About;
                    acc = acc.rounded();
                }
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
    use crate::model::parse_quantity;

    #[test]
    fn a_mean_that_does_not_come_out_even_is_about() {
        let qs = ["1元", "1元", "2元"].map(|t| parse_quantity(t).unwrap());
        let Cell::Quantity(q) = fold_quantities(AggFn::Avg, qs.to_vec(), Span::default()).unwrap()
        else {
            panic!()
        };
        assert_eq!(
            (q.readable(), q.bound),
            ("约1.33元".to_string(), Bound::About)
        );
        let qs = ["1元", "2元"].map(|t| parse_quantity(t).unwrap());
        let Cell::Quantity(q) = fold_quantities(AggFn::Avg, qs.to_vec(), Span::default()).unwrap()
        else {
            panic!()
        };
        assert_eq!((q.readable(), q.bound), ("1.5元".to_string(), Bound::Exact));
    }
}
