//! `timeline`: the dated facts of the chosen subjects, oldest first; dates
//! whose year is unknown come after every known one (never as year 0).

use super::Evaluator;
use crate::error::Error;
use crate::query::plan::{TimelinePlan, TIMELINE_COLUMNS};
use crate::query::result::{Cell, ResultSet};
use crate::store::{Aid, Eid, KeyValue};
use std::collections::{BTreeSet, HashMap};

/// Where a date sorts: known years first, then by year, month and day
/// (a year alone before its days).
type DateKey = (bool, i32, u8, u8);

impl Evaluator<'_> {
    pub(super) fn timeline(&self, t: &TimelinePlan) -> Result<ResultSet, Error> {
        // Which subjects hold dates of which attributes (aevt of each
        // attribute that holds dates), then each one's facts (eavt).
        let mut pairs: BTreeSet<(Eid, Aid)> = BTreeSet::new();
        let mut keep: HashMap<Eid, bool> = HashMap::new();
        for a in self.store.attribute_ids() {
            if !self.store.attr_types(a)?.dates {
                continue;
            }
            for item in self.store.attr_stream(a) {
                let (e, v) = item?;
                if !matches!(v, KeyValue::Date { .. }) {
                    continue;
                }
                let kept = match keep.get(&e) {
                    Some(k) => *k,
                    None => {
                        let k = t.subjects.as_ref().is_none_or(|s| s.contains(&e))
                            && match &t.filter {
                                Some(f) => self.holds(f, Some(e), &[])?,
                                None => true,
                            };
                        keep.insert(e, k);
                        k
                    }
                };
                if kept {
                    pairs.insert((e, a));
                }
            }
        }
        let mut events: Vec<(DateKey, String, String, Vec<Cell>)> = Vec::new();
        for (e, a) in pairs {
            let subject = self.store.entity_name(e)?;
            for f in self.store.values_of(e, a)? {
                let KeyValue::Date {
                    year, month, day, ..
                } = f.value
                else {
                    continue;
                };
                let key = (
                    year.is_none(),
                    year.unwrap_or(0),
                    month.unwrap_or(0),
                    day.unwrap_or(0),
                );
                // Quoted as `show` quotes: the document's exact words (an
                // extracted quote is stored with its white space folded),
                // background knowledge as its reason with no document.
                let (quote, doc, extracted) = match f.record.sources.first() {
                    Some(s) => {
                        let s = self.cite.borrow_mut().source(s)?;
                        let (quote, extracted) = (Cell::quote(&s), s.extracted);
                        (quote, super::show::cited_doc(s), extracted)
                    }
                    None => (Cell::Text(String::new()), String::new(), false),
                };
                let attr = Cell::Attr {
                    name: self.store.attr_name(a),
                    extracted,
                };
                let cells = vec![
                    self.cell(&f.value, &f.record.text)?,
                    Cell::Entity(subject.clone()),
                    attr.clone(),
                    quote,
                    Cell::Text(doc),
                ];
                events.push((key, subject.clone(), attr.display(), cells));
            }
        }
        events.sort_by(|x, y| (&x.0, &x.1, &x.2).cmp(&(&y.0, &y.1, &y.2)));
        if let Some(l) = t.limit {
            events.truncate(l);
        }
        let mut rs = ResultSet {
            columns: t
                .columns
                .iter()
                .map(|&i| TIMELINE_COLUMNS[i].to_string())
                .collect(),
            rows: Vec::new(),
            notes: Vec::new(),
            headings: Vec::new(),
        };
        for (_, _, _, cells) in events {
            rs.rows
                .push(t.columns.iter().map(|&i| cells[i].clone()).collect());
        }
        Ok(rs)
    }
}
