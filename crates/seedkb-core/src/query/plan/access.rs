//! Index choice for a select: which index yields the candidates.

use super::{Planner, RExpr, RLit, Step};
use crate::model::{Num, Unit};
use crate::query::ast::CmpOp;
use crate::store::{Aid, Eid, ValueRange};
use std::ops::Bound;

/// How the candidate entities are found.
#[derive(Clone, Debug)]
pub enum Access {
    /// Every entity of the kind, from avet on `kind`.
    KindScan,
    /// A value range of one attribute, from avet: the entities with
    /// `attr op lit` (and boundary values, which the filter decides).
    Range {
        attr: Aid,
        attr_name: String,
        range: ValueRange,
        op: CmpOp,
        lit: RLit,
    },
    /// Entities whose attribute refers to one of these entities, from vaet.
    Referrers {
        attr: Aid,
        attr_name: String,
        targets: Vec<Eid>,
        why: Referral,
    },
}

/// The condition a reference lookup answers (for explain).
#[derive(Clone, Debug)]
pub enum Referral {
    /// `attr = target`
    Equals { target: String },
    /// `attr within target`, which holds `places` places.
    Within { target: String, places: usize },
}

impl Planner<'_> {
    /// Picks the access path for a select: an index on a conjunct of the
    /// filter when there is one, else the kind scan.
    pub fn access(&self, filter: Option<&RExpr>) -> Access {
        let conjuncts: Vec<&RExpr> = match filter {
            Some(RExpr::And(items)) => items.iter().collect(),
            Some(e) => vec![e],
            None => Vec::new(),
        };
        let mut best: Option<(u8, Access)> = None;
        for c in conjuncts {
            if let Some(cand) = self.index_for(c) {
                if best.as_ref().is_none_or(|(rank, _)| cand.0 < *rank) {
                    best = Some(cand);
                }
            }
        }
        best.map(|(_, a)| a).unwrap_or(Access::KindScan)
    }

    /// An index that yields the entities satisfying `e` (before the kind
    /// check), ranked: reference lookups first, then value ranges. Reference
    /// lookups are exact, and `eval` does not evaluate such a filter again;
    /// value ranges also yield the boundary value, for the filter to decide.
    fn index_for(&self, e: &RExpr) -> Option<(u8, Access)> {
        let name_of = |t: Eid| {
            self.store
                .entity_name(t)
                .unwrap_or_else(|_| format!("#{t}"))
        };
        match e {
            RExpr::Cmp { path, op, lits }
                if path.var.is_none() && path.steps.len() == 1 && lits.len() == 1 =>
            {
                let Step::Attr(a, name) = &path.steps[0] else {
                    return None;
                };
                let (rank, access) = match (&lits[0], op) {
                    (RLit::Entity(t), CmpOp::Eq) => (
                        0,
                        Access::Referrers {
                            attr: *a,
                            attr_name: name.clone(),
                            targets: vec![*t],
                            why: Referral::Equals {
                                target: name_of(*t),
                            },
                        },
                    ),
                    (RLit::Quantity(q), op) if q.unit != Unit::Number && *op != CmpOp::Ne => (
                        2,
                        Access::Range {
                            attr: *a,
                            attr_name: name.clone(),
                            range: quantity_range(q.unit, q.value, *op),
                            op: *op,
                            lit: lits[0].clone(),
                        },
                    ),
                    (RLit::Text(t), CmpOp::Eq) => (
                        1,
                        Access::Range {
                            attr: *a,
                            attr_name: name.clone(),
                            range: ValueRange::Text(t.clone()),
                            op: *op,
                            lit: lits[0].clone(),
                        },
                    ),
                    _ => return None,
                };
                Some((rank, access))
            }
            RExpr::Within {
                path,
                places,
                target,
            } if path.var.is_none() && path.steps.len() == 1 => {
                let Step::Attr(a, name) = &path.steps[0] else {
                    return None;
                };
                let mut targets: Vec<Eid> = places.iter().copied().collect();
                targets.sort_unstable();
                Some((
                    1,
                    Access::Referrers {
                        attr: *a,
                        attr_name: name.clone(),
                        targets,
                        why: Referral::Within {
                            target: name_of(*target),
                            places: places.len(),
                        },
                    },
                ))
            }
            _ => None,
        }
    }
}

/// The values of one unit that `value op v` needs read from avet.
pub fn quantity_range(unit: Unit, v: Num, op: CmpOp) -> ValueRange {
    use Bound::*;
    // The boundary number itself is always read: a bounded value such as
    // 超2.4亿元 (keyed at 2.4亿) is greater than 2.4亿元, 不到1亿元 less than
    // 1亿元. The filter decides on each candidate.
    let (lo, hi) = match op {
        CmpOp::Gt | CmpOp::Ge => (Included(v), Unbounded),
        CmpOp::Lt | CmpOp::Le => (Unbounded, Included(v)),
        CmpOp::Eq => (Included(v), Included(v)),
        CmpOp::Ne => (Unbounded, Unbounded),
    };
    ValueRange::Quantity { unit, lo, hi }
}
