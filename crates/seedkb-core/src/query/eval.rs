//! Evaluation: runs a [`Plan`] against the store's indexes and builds a
//! [`ResultSet`]. Every word was resolved and every index chosen by the
//! planner; this only executes. One module per kind of work:
//! `show` (show, kinds, attributes), `select` (candidates and rows),
//! `group` (`KIND by PATH`), `aggregate` (count, sum, avg, min, max;
//! `partition` picks the values they add),
//! `matching` (`match` joins); `find` is `super::find`.

mod aggregate;
mod group;
mod matching;
mod partition;
mod select;
mod show;

use super::plan::{qerr, Plan, QualifierName, RExpr, RLit, RPath, Step};
use super::result::{Cell, ResultSet};
use crate::error::Error;
use crate::model::{name_key, Bound, Qualifiers, Value};
use crate::store::{Eid, KeyValue, Store};
use std::cmp::Ordering;

pub use matching::MAX_MATCH_STEPS;

/// Parses, plans and runs one query.
pub fn run(store: &Store, text: &str) -> Result<ResultSet, Error> {
    let q = super::parse::parse(text)?;
    let plan = super::plan::plan(store, &q)?;
    eval(store, &plan)
}

/// Runs a plan: its answer, or for `explain` its steps.
pub fn eval(store: &Store, plan: &Plan) -> Result<ResultSet, Error> {
    let ev = Evaluator {
        store,
        steps: std::cell::Cell::new(0),
        left_out: std::cell::Cell::new(0),
    };
    match plan {
        Plan::Show(Some(e)) => ev.show(*e),
        Plan::Kinds => ev.kinds(),
        Plan::Attributes(Some(kind)) => ev.attributes(kind),
        Plan::Select(s) => ev.select(s),
        Plan::Match(m) => ev.match_query(m),
        Plan::Find(f) => super::find::run(store, f),
        Plan::Explain(inner) => {
            let mut rs = ResultSet::new(vec!["step", "plan"]);
            for (i, s) in inner.steps().into_iter().enumerate() {
                rs.rows.push(vec![Cell::Int(i as i64 + 1), Cell::Text(s)]);
            }
            Ok(rs)
        }
        Plan::Show(None) | Plan::Attributes(None) => Err(Error::Internal(
            "a plan made for explain was run".to_string(),
        )),
    }
}

struct Evaluator<'s> {
    store: &'s Store,
    /// Bindings tried so far by `match` (see [`MAX_MATCH_STEPS`]).
    steps: std::cell::Cell<u64>,
    /// Money values a grouping left out of its sums (other modalities,
    /// rates), for its note.
    left_out: std::cell::Cell<usize>,
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

impl Evaluator<'_> {
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

    /// Values at the end of a path, starting from one entity.
    fn path_values(&self, start: &KeyValue, path: &RPath) -> Result<Vec<KeyValue>, Error> {
        Ok(self
            .path_facts(start, path)?
            .into_iter()
            .map(|(v, _)| v)
            .collect())
    }

    /// Values at the end of a path, each with the qualifiers of the fact
    /// that gave it (the default for names and qualifier values).
    fn path_facts(
        &self,
        start: &KeyValue,
        path: &RPath,
    ) -> Result<Vec<(KeyValue, Qualifiers)>, Error> {
        let mut cur = vec![(start.clone(), Qualifiers::default())];
        for (i, step) in path.steps.iter().enumerate() {
            let mut next = Vec::new();
            if let Step::Qualifier(name) = step {
                let facts = match (i, start) {
                    // First in the path: every fact of the entity but its kind.
                    (0, KeyValue::Ref(e)) => {
                        let kind = self.store.attr_id(crate::store::KIND_ATTR);
                        self.store
                            .fact_qualifiers(*e)?
                            .into_iter()
                            .filter(|(a, _)| Some(*a) != kind)
                            .map(|(_, q)| (KeyValue::Ref(*e), q))
                            .collect()
                    }
                    (0, _) => Vec::new(),
                    _ => std::mem::take(&mut cur),
                };
                for (_, q) in facts {
                    let v = match name {
                        QualifierName::Modality => Some(KeyValue::Text(q.modality.name().into())),
                        QualifierName::Per => q.per.map(|r| KeyValue::Text(r.name().into())),
                        QualifierName::AsOf => q.as_of.map(|d| KeyValue::Date {
                            year: d.year,
                            month: d.month,
                            day: d.day,
                        }),
                    };
                    if let Some(v) = v.filter(|v| !next.iter().any(|(n, _)| n == v)) {
                        next.push((v, Qualifiers::default()));
                    }
                }
                cur = next;
                continue;
            }
            for (v, _) in &cur {
                let KeyValue::Ref(e) = v else { continue };
                match step {
                    Step::Attr(a, _) => next.extend(self.store.value_keys_q(*e, *a)?),
                    Step::Name => {
                        let rec = self.store.entity(*e)?;
                        next.push((KeyValue::Text(rec.name.clone()), Qualifiers::default()));
                        next.extend(
                            rec.aliases
                                .iter()
                                .map(|a| (KeyValue::Text(a.clone()), Qualifiers::default())),
                        );
                    }
                    Step::Qualifier(_) => {}
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

    /// Whether a condition holds of entity `e` (a select) or of a binding
    /// (a match).
    fn holds(
        &self,
        x: &RExpr,
        e: Option<Eid>,
        binding: &[Option<KeyValue>],
    ) -> Result<bool, Error> {
        Ok(match x {
            RExpr::Or(items) => {
                for i in items {
                    if self.holds(i, e, binding)? {
                        return Ok(true);
                    }
                }
                false
            }
            RExpr::And(items) => {
                for i in items {
                    if !self.holds(i, e, binding)? {
                        return Ok(false);
                    }
                }
                true
            }
            RExpr::Not(inner) => !self.holds(inner, e, binding)?,
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
