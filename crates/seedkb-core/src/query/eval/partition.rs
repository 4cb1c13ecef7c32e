//! Which values an aggregate adds: one unit, one modality, one rate (a
//! partition), chosen from what the `where` clause asks for; the rest is
//! left out and said.

use crate::model::{Modality, Qualifiers, Rate, Unit};
use crate::query::ast::CmpOp;
use crate::query::plan::{QualifierName, RExpr, RLit, Step};
use std::collections::BTreeMap;

/// The qualifiers a query asks a sum for with `where modality = M` or
/// `where per = R` (also `amount.modality = M`) as a conjunct of its filter.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Asked {
    pub modality: Option<Modality>,
    pub per: Option<Rate>,
}

impl Asked {
    pub(crate) fn from_filter(filter: Option<&RExpr>) -> Asked {
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
pub(super) type Partition = (Unit, Modality, Option<Rate>);

pub(super) fn partition_qualifiers(key: &Partition) -> Qualifiers {
    Qualifiers {
        modality: key.1,
        per: key.2,
        as_of: None,
        period: None,
    }
}

/// The partition an aggregate adds, among those the `where` admits: the
/// modality and rate asked for (reported with no rate when none is),
/// then the one with the most values, then the first in order.
pub(super) fn chosen_partition(
    counts: &BTreeMap<Partition, usize>,
    asked: Asked,
) -> Option<Partition> {
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
pub(super) fn partition_words(part: &Partition, chosen: Option<Partition>) -> String {
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
