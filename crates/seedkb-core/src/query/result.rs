//! Query answers: named columns and rows of cells, independent of how they
//! are printed.

use crate::model::{Date, Quantity};

#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Null,
    Text(String),
    /// An entity, by name.
    Entity(String),
    Int(i64),
    Quantity(Quantity),
    Date(Date),
    /// Several values of one attribute.
    List(Vec<Cell>),
}

impl Cell {
    /// The plain text form used in tables, CSV and golden files.
    pub fn display(&self) -> String {
        match self {
            Cell::Null => String::new(),
            Cell::Text(s) | Cell::Entity(s) => s.clone(),
            Cell::Int(i) => i.to_string(),
            Cell::Quantity(q) => q.readable(),
            Cell::Date(d) => d.iso(),
            Cell::List(items) => items
                .iter()
                .map(Cell::display)
                .collect::<Vec<_>>()
                .join("; "),
        }
    }

    /// The machine form used in CSV/TSV: quantities as their exact value in
    /// the base unit (a range as `low..high`), dates in ISO form.
    pub fn plain(&self) -> String {
        match self {
            Cell::Quantity(q) => match q.upper {
                Some(u) => format!("{}..{}", q.value, u),
                None => q.value.to_string(),
            },
            Cell::List(items) => items.iter().map(Cell::plain).collect::<Vec<_>>().join("; "),
            other => other.display(),
        }
    }

    pub fn is_numeric(&self) -> bool {
        matches!(self, Cell::Int(_) | Cell::Quantity(_))
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ResultSet {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

impl ResultSet {
    pub fn new(columns: Vec<&str>) -> Self {
        ResultSet {
            columns: columns.into_iter().map(String::from).collect(),
            rows: Vec::new(),
        }
    }
}
