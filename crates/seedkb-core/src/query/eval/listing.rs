//! `list …`: the columns a query chose, for rows (each entity's values of
//! each path) and for groups (count, members, and the members' values
//! added up or listed); and `rounded`.

use super::aggregate::add;
use super::Evaluator;
use crate::error::Error;
use crate::query::plan::{RColumn, RPath, Step};
use crate::query::result::{Cell, ResultSet};
use crate::store::{Eid, KeyValue};

impl Evaluator<'_> {
    /// The values at the end of a path from entity `e`, as cells in the
    /// article's words where the last step is an attribute.
    pub(super) fn path_cells(&self, e: Eid, path: &RPath) -> Result<Vec<Cell>, Error> {
        let Some((last, head)) = path.steps.split_last() else {
            return Ok(vec![Cell::Entity(self.store.entity_name(e)?)]);
        };
        if let Step::Qualifier(_) = last {
            // A qualifier's values are the path's own (modality, per, as_of).
            return self
                .path_values(&KeyValue::Ref(e), path)?
                .iter()
                .map(|v| self.key_cell(v))
                .collect();
        }
        // `ATTR.quote`, `ATTR.doc`: the attribute's facts, one quote or
        // document per value in the order its own column lists them (the
        // planner puts an attribute before them).
        let (cited, (last, head)) = match (last, head.split_last()) {
            (Step::Cited(c), Some(attr)) => (Some(*c), attr),
            _ => (None, (last, head)),
        };
        let prefix = RPath {
            steps: head.to_vec(),
            ..path.clone()
        };
        let mut out = Vec::new();
        for v in self.path_values(&KeyValue::Ref(e), &prefix)? {
            let KeyValue::Ref(x) = v else { continue };
            match (last, cited) {
                (Step::Attr(a, _), Some(c)) => out.extend(self.cited(x, *a, c)?),
                // `name`: the entity itself, not its aliases.
                (Step::Name, _) => out.push(Cell::Entity(self.store.entity_name(x)?)),
                (Step::Attr(a, _), None) => {
                    // Marked as `show` marks them: a listed demand or
                    // rate must not read as a reported total.
                    for f in self.store.values_of(x, *a)? {
                        out.push(
                            self.cell(&f.value, &f.record.text)?
                                .qualified(&f.record.qualifiers),
                        );
                    }
                }
                (Step::Qualifier(_) | Step::Cited(_), _) => {}
            }
        }
        Ok(out)
    }

    /// One row per entity with the chosen columns, in the given order.
    pub(super) fn listed_rows(
        &self,
        entities: &[Eid],
        columns: &[RColumn],
    ) -> Result<ResultSet, Error> {
        let mut rs = ResultSet {
            columns: columns.iter().map(column_title).collect(),
            rows: Vec::new(),
            notes: Vec::new(),
            headings: Vec::new(),
        };
        for &e in entities {
            let mut row = Vec::new();
            for c in columns {
                let RColumn::Path(p) = c else {
                    // The planner allows count and members in groups only.
                    row.push(Cell::Null);
                    continue;
                };
                row.push(one_cell(self.path_cells(e, p)?));
            }
            rs.rows.push(row);
        }
        Ok(rs)
    }

    /// A group's cell for a chosen column: its count, its members' names,
    /// or the members' values of a path — their exact sum when all are
    /// quantities of one unit, else each different value once.
    pub(super) fn group_cell(&self, c: &RColumn, members: &[Eid]) -> Result<Cell, Error> {
        Ok(match c {
            RColumn::Count => Cell::Int(members.len() as i64),
            RColumn::Members => Cell::Members(Box::new(members.to_vec())),
            RColumn::Path(p) => {
                let mut cells = Vec::new();
                for &e in members {
                    cells.extend(self.path_cells(e, p)?);
                }
                let quantities: Option<Vec<_>> = cells
                    .iter()
                    .map(|c| match c {
                        Cell::Quantity(q) => Some((**q).clone()),
                        _ => None,
                    })
                    .collect();
                match quantities {
                    Some(qs) if qs.len() > 1 && qs.iter().all(|q| q.unit == qs[0].unit) => {
                        let mut acc = qs[0].clone();
                        acc.text.clear();
                        for q in &qs[1..] {
                            acc = add(&acc, q, p.span)?;
                        }
                        Cell::quantity(acc)
                    }
                    _ => {
                        let mut distinct: Vec<Cell> = Vec::new();
                        for c in cells {
                            if !distinct.contains(&c) {
                                distinct.push(c);
                            }
                        }
                        one_cell(distinct)
                    }
                }
            }
        })
    }
}

/// The heading of a chosen column: the path as written.
pub(super) fn column_title(c: &RColumn) -> String {
    match c {
        RColumn::Path(p) => p.display.clone(),
        RColumn::Count => "count".into(),
        RColumn::Members => "members".into(),
    }
}

/// No value, one, or several.
fn one_cell(mut cells: Vec<Cell>) -> Cell {
    match cells.len() {
        0 => Cell::Null,
        1 => cells.remove(0),
        _ => Cell::List(cells),
    }
}

/// `rounded`: every computed quantity (one without the article's words)
/// rounded for reading, marked 约 where that changed it.
pub(super) fn round_cells(rs: &mut ResultSet) {
    fn round(c: &mut Cell) {
        match c {
            Cell::Quantity(q) if q.text.is_empty() => **q = q.rounded(),
            Cell::List(items) => items.iter_mut().for_each(round),
            _ => {}
        }
    }
    rs.rows.iter_mut().flatten().for_each(round);
}
