//! count / sum / avg / min / max, over every candidate or per group; and
//! the exact addition of quantities they rest on.

use super::group::default_group_order;
use super::partition::{chosen_partition, partition_qualifiers, partition_words, Asked, Partition};
use super::{qerr, Evaluator, NameReach, WithHelp};
use crate::error::Error;
use crate::model::quantity::{from_thirds, nearest_of_thirds, thirds};
use crate::model::{Bound, Modality, Num, Qualifiers, Quantity, Unit};
use crate::query::ast::Span;
use crate::query::plan::{AggFn, Provenance, RPath, Step};
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
        // Grouped by the documents of the very values added (`sum amount
        // of funding by amount.doc`): a document's row adds the values that
        // document states, not the entity's one version (another
        // document's figure under its name).
        let own_doc = match (g, path) {
            (Some(g), Some(p)) => match (g.var, g.steps.as_slice(), p.var, p.steps.as_slice()) {
                (
                    None,
                    [Step::Attr(ga, _), Step::Cited(Provenance::Doc)],
                    None,
                    [Step::Attr(pa, _)],
                ) if ga == pa => Some(*pa),
                _ => None,
            },
            _ => None,
        };
        if let (false, Some(p)) = (func == AggFn::Count, path) {
            for (key, members) in &groups {
                let mut qs = Vec::new();
                for &e in members {
                    let facts = match (own_doc, key) {
                        (Some(a), Some(KeyValue::Text(doc))) => self.facts_from_doc(e, a, doc)?,
                        _ => self.path_facts(&KeyValue::Ref(e), p, NameReach::Own)?,
                    };
                    for (v, q) in facts {
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
        let asked_modality = asked.modality;
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
                            qs.push((e, quantity));
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
                        left_out.push(Cell::quantity(quantity).qualified(&q));
                    }
                    let qs = match own_doc {
                        // One document's values: nothing to choose between.
                        Some(_) => qs,
                        None => self.one_per_entity(qs, p, chosen)?,
                    };
                    let worded = self.in_their_words(func, &qs, p)?;
                    let cell =
                        fold_quantities(func, qs.into_iter().map(|(_, q)| q).collect(), p.span)?;
                    let cell = match (cell, worded) {
                        (Cell::Quantity(mut q), Some(w)) => {
                            w.apply(func, &mut q);
                            Cell::Quantity(q)
                        }
                        (cell, _) => cell,
                    };
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
            // Always a list, empty when nothing was left out, so a script
            // reads an array in every row of the column (a table shows `-`).
            row.push(Cell::List(left_out));
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
                Some(_) => "reported totals only (no rate)".to_string(),
                None => "no value: none has the modality and rate asked for".to_string(),
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
            // Nothing left out, but what was added is no reported figure
            // (预计, 计划) and the query did not ask for that: said as
            // when some values were left out.
            let forecast = chosen
                .map(|(_, m, _)| m)
                .filter(|m| *m != Modality::Reported && asked_modality.is_none());
            if let (Some(m), false) = (forecast, func == AggFn::Count) {
                let m = m.label();
                notes.push(format!(
                    "{} over {m} values only: every value it adds is {m}, none a reported figure",
                    func.name()
                ));
            }
        }
        notes.extend(self.differing_note()?);
        let mut rs = ResultSet {
            columns,
            rows,
            notes,
            headings: Vec::new(),
        };
        if g.is_some() {
            default_group_order(&mut rs, 1);
        }
        Ok(rs)
    }
}

impl Evaluator<'_> {
    /// The values of attribute `a` of `e` that document `doc` states (one
    /// of their sources is it), each with its fact's qualifiers.
    fn facts_from_doc(
        &self,
        e: Eid,
        a: crate::store::Aid,
        doc: &str,
    ) -> Result<Vec<(KeyValue, Qualifiers)>, Error> {
        let mut out = Vec::new();
        for f in self.store.values_of(e, a)? {
            for s in &f.record.sources {
                if self.cited_source(s, Provenance::Doc)? == doc {
                    out.push((f.value.clone(), f.record.qualifiers.clone()));
                    break;
                }
            }
        }
        Ok(out)
    }

    /// An aggregate's values, each entity's once: of an entity's values of
    /// its own attribute that several documents give differently, those of
    /// one document (see `versions`). Values reached along a longer path
    /// are another entity's, each counted as found.
    fn one_per_entity(
        &self,
        qs: Vec<(Eid, Quantity)>,
        p: &RPath,
        part: Option<Partition>,
    ) -> Result<Vec<(Eid, Quantity)>, Error> {
        let (Some(part), None, [Step::Attr(a, _)]) = (part, p.var, p.steps.as_slice()) else {
            return Ok(qs);
        };
        let mut per_entity: BTreeMap<Eid, usize> = BTreeMap::new();
        for (e, _) in &qs {
            *per_entity.entry(*e).or_default() += 1;
        }
        let mut kept: BTreeMap<Eid, Vec<KeyValue>> = BTreeMap::new();
        for (&e, &n) in &per_entity {
            if n > 1 {
                if let Some(keys) = self.one_version(e, *a, part)? {
                    kept.insert(e, keys);
                }
            }
        }
        Ok(qs
            .into_iter()
            .filter(|(e, q)| {
                kept.get(e)
                    .is_none_or(|keys| keys.contains(&crate::store::quantity_key(q)))
            })
            .collect())
    }

    /// What an aggregate's value keeps of the words of the values it is
    /// made of (an entity's own attribute, read one point each): the value
    /// `min`/`max` picks, as written (近8亿元 stays 近, which a bound alone
    /// would write 约), and the measure word every count added shares
    /// (800个 + 700个 is 1500个). Not read past [`WORDED_VALUES`] values.
    fn in_their_words(
        &self,
        func: AggFn,
        qs: &[(Eid, Quantity)],
        p: &RPath,
    ) -> Result<Option<Worded>, Error> {
        let (None, [Step::Attr(a, _)]) = (p.var, p.steps.as_slice()) else {
            return Ok(None);
        };
        let text =
            |e: Eid, q: &Quantity| self.store.fact_text(e, *a, &crate::store::quantity_key(q));
        match func {
            AggFn::Min | AggFn::Max => {
                let picked = match func {
                    AggFn::Min => qs.iter().min_by_key(|(_, q)| q.value),
                    _ => qs.iter().max_by_key(|(_, q)| q.value),
                };
                Ok(match picked {
                    Some((e, q)) => text(*e, q)?.map(Worded::Picked),
                    None => None,
                })
            }
            AggFn::Sum | AggFn::Avg => {
                if qs.len() > WORDED_VALUES || qs.iter().any(|(_, q)| q.unit != Unit::Count) {
                    return Ok(None);
                }
                let mut shared: Option<String> = None;
                for (e, q) in qs {
                    let Some(t) = text(*e, q)? else {
                        return Ok(None);
                    };
                    let w = measure_word(&t);
                    if w.is_empty() || shared.as_ref().is_some_and(|s| *s != w) {
                        return Ok(None);
                    }
                    shared = Some(w);
                }
                Ok(shared.map(Worded::Counted))
            }
            AggFn::Count => Ok(None),
        }
    }
}

/// Values whose words an aggregate reads at most (one point read each):
/// past that, a sum of counts is written without its measure word.
const WORDED_VALUES: usize = 10_000;

/// See [`Evaluator::in_their_words`].
enum Worded {
    /// The words of the value `min` or `max` picked.
    Picked(String),
    /// The measure word of every count added.
    Counted(String),
}

impl Worded {
    fn apply(self, func: AggFn, q: &mut Quantity) {
        match self {
            Worded::Picked(text) if matches!(func, AggFn::Min | AggFn::Max) => q.text = text,
            Worded::Counted(word) => q.text = format!("{}{word}", q.readable()),
            Worded::Picked(_) => {}
        }
    }
}

/// The measure word after a count's number (个 of 800个, 户 of 超2000户, 家
/// of 120余家, 人 of 1.2万人), without the words of its bound or size.
fn measure_word(text: &str) -> String {
    let after = match text.rfind(|c: char| c.is_ascii_digit()) {
        Some(i) => &text[i + 1..],
        None => return String::new(),
    };
    let mut w = after.trim();
    for suffix in ["左右", "以上", "以下", "之多"] {
        w = w.strip_suffix(suffix).unwrap_or(w);
    }
    w.trim_start_matches(['万', '亿', '千', '百', '十', '余', '多', '来'])
        .to_string()
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
    // Exact, 亩 included: in thirds of a millionth (see `thirds`).
    let mut approximate = a.is_approximate() || b.is_approximate();
    let mut sum = |x: Num, y: Num| -> Result<Num, Error> {
        let t = thirds(x, a.unit)
            .zip(thirds(y, a.unit))
            .and_then(|(x, y)| x.checked_add(y))
            .ok_or_else(|| qerr("sum is too large", span))?;
        match from_thirds(t, 1, a.unit) {
            Some(v) => Ok(v),
            // An exact area finer than 0.002平方米 beside a rounded 亩
            // amount: no millionth and no 亩 amount holds the sum.
            None => {
                approximate = true;
                nearest_of_thirds(t, 1).ok_or_else(|| qerr("sum is too large", span))
            }
        }
    };
    let value = sum(a.value, b.value)?;
    let upper = match (a.bound, b.bound) {
        (Bound::Range, _) | (_, Bound::Range) => {
            Some(sum(a.upper.unwrap_or(a.value), b.upper.unwrap_or(b.value))?)
        }
        _ => None,
    };
    let mut bound = a.bound.combine(b.bound);
    if bound == Bound::Range && upper.is_none() {
        bound = Bound::About;
    }
    let q = Quantity {
        value,
        upper: if bound == Bound::Range { upper } else { None },
        unit: a.unit,
        bound,
        text: String::new(),
    };
    Ok(if approximate {
        q.marked_approximate()
    } else {
        q
    })
}

/// The mean of `n` values whose sum is `sum`: exact when a millionth (or,
/// for an area, an amount of 亩) holds it, else rounded for reading and
/// marked ≈.
fn mean(sum: Quantity, n: usize, span: Span) -> Result<Quantity, Error> {
    let n = n as i128;
    let unit = sum.unit;
    let third = |v: Num| thirds(v, unit).ok_or_else(|| qerr("sum is too large", span));
    let t = third(sum.value)?;
    let tu = sum.upper.map(third).transpose()?;
    let exact = from_thirds(t, n, unit).zip(match tu {
        Some(tu) => from_thirds(tu, n, unit).map(Some),
        None => Some(None),
    });
    Ok(match exact {
        Some((value, upper)) if !sum.is_approximate() => Quantity {
            value,
            upper,
            ..sum
        },
        _ => {
            let near =
                |t: i128| nearest_of_thirds(t, n).ok_or_else(|| qerr("sum is too large", span));
            let value = near(t)?;
            let upper = tu.map(near).transpose()?;
            Quantity::approximate(value, upper, unit)
        }
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
                // A mean that does not come out even is about its value:
                // said so (≈), and rounded for reading rather than to 6
                // decimals.
                acc = mean(acc, qs.len(), span)?;
            }
            Cell::quantity(acc)
        }
        AggFn::Min => Cell::quantity(
            qs.into_iter()
                .min_by_key(|q| q.value)
                .unwrap_or_else(|| Quantity::exact(Num::ZERO, Unit::Number)),
        ),
        AggFn::Max => Cell::quantity(
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
            (q.readable(), q.bound, q.value_is_exact()),
            ("≈1.33元".to_string(), Bound::About, false)
        );
        let qs = ["1元", "2元"].map(|t| parse_quantity(t).unwrap());
        let Cell::Quantity(q) = fold_quantities(AggFn::Avg, qs.to_vec(), Span::default()).unwrap()
        else {
            panic!()
        };
        assert_eq!((q.readable(), q.bound), ("1.5元".to_string(), Bound::Exact));
    }

    fn fold(func: AggFn, texts: &[&str]) -> Quantity {
        let qs = texts.iter().map(|t| parse_quantity(t).unwrap()).collect();
        match fold_quantities(func, qs, Span::default()).unwrap() {
            Cell::Quantity(q) => *q,
            other => panic!("{other:?}"),
        }
    }

    /// 1亩 is stored as 666.666667平方米; added as stored, three of them
    /// would be 2000.000001平方米. Areas add as the amounts they stand for.
    #[test]
    fn areas_in_mu_add_exactly() {
        let q = fold(AggFn::Sum, &["1亩", "1亩", "1亩"]);
        assert_eq!(
            (q.value.to_string(), q.readable()),
            ("2000".into(), "2000平方米".into())
        );
        assert!(q.value_is_exact());
        let q = fold(AggFn::Sum, &["1亩", "1亩"]);
        assert_eq!((q.readable(), q.value_is_exact()), ("2亩".into(), false));
        assert_eq!(q.in_mu(), Some((Num::from_int(2).unwrap(), None)));
        let q = fold(AggFn::Sum, &["260亩", "0.5平方米", "1.5万亩"]);
        assert_eq!(q.readable(), "15260.00075亩");
        // No millionth of a 平方米 or of a 亩 holds 1亩 + 0.0001平方米.
        let q = fold(AggFn::Sum, &["1亩", "0.0001平方米"]);
        assert_eq!(
            (q.readable(), q.value_is_exact()),
            ("≈666.666767平方米".into(), false)
        );
        let q = fold(AggFn::Sum, &["1亩至2亩", "1亩"]);
        assert_eq!((q.readable(), q.bound), ("2亩至3亩".into(), Bound::Range));
    }

    #[test]
    fn means_of_areas_are_exact_when_a_millionth_or_a_mu_holds_them() {
        let q = fold(AggFn::Avg, &["1亩", "2亩"]);
        assert_eq!(
            (q.readable(), q.value_is_exact()),
            ("1000平方米".into(), true)
        );
        let q = fold(AggFn::Avg, &["1亩", "2平方米"]);
        assert_eq!((q.readable(), q.bound), ("0.5015亩".into(), Bound::Exact));
        let q = fold(AggFn::Avg, &["1亩", "1亩", "3亩"]);
        assert_eq!(
            (q.readable(), q.value_is_exact()),
            ("≈1111.11平方米".into(), false)
        );
        let q = fold(AggFn::Avg, &["3平方米", "6平方米"]);
        assert_eq!(
            (q.readable(), q.value_is_exact()),
            ("4.5平方米".into(), true)
        );
    }
}
