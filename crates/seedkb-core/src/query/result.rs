//! Query answers: named columns and rows of cells, independent of how they
//! are printed.

use crate::model::{Date, Qualifiers, Quantity, Unit, Value};
use crate::store::Eid;

#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Null,
    Text(String),
    /// An entity, by name.
    Entity(String),
    Int(i64),
    /// Boxed, as the qualifiers below: a cell is 40 bytes instead of 80,
    /// and a grouping's members column is a cell per member (108K at 1M
    /// facts; benches/BENCHMARKS.md, branch h23m).
    Quantity(Box<Quantity>),
    Date(Date),
    /// Several values of one attribute.
    List(Vec<Cell>),
    /// Entities by name, packed: a grouping's members. Reads as a
    /// [`Cell::List`] of [`Cell::Entity`] everywhere (display, JSON,
    /// tables), at a quarter of its memory: at 10M facts a grouping's
    /// members are a million names, ~88 bytes each as a cell and a string
    /// of its own, ~33 here.
    Names(Box<Names>),
    /// A grouping's members by id, each once, ascending: named only where
    /// they are written (`query::run_unnamed`), and put in the order of
    /// their names there, so a grouping of a million members holds 8
    /// bytes each, not its names, and reads each name once.
    /// [`crate::query::run`] answers with [`Cell::Names`] instead.
    Members(Box<Vec<Eid>>),
    /// A value with qualifiers that are not the default (预计 50万吨,
    /// 1200元 每人): never built with the default ones.
    Qualified(Box<(Cell, Qualifiers)>),
}

/// A fact's value as a cell: a reference shows its entity's name.
impl From<Value> for Cell {
    fn from(v: Value) -> Cell {
        match v {
            Value::Text(s) => Cell::Text(s),
            Value::Ref(n) => Cell::Entity(n),
            Value::Quantity(q) => Cell::quantity(q),
            Value::Date(d) => Cell::Date(d),
        }
    }
}

/// A quantity's words, followed by its currency's code when that is not
/// yuan: 1200億元 written after 新台币 is TWD, which the words alone do not
/// say, and a reader citing an amount must know its currency.
fn with_currency(q: &Quantity) -> String {
    let words = q.readable();
    if q.unit.is_money() && q.unit != Unit::Cny {
        format!("{words} {}", q.unit.symbol())
    } else {
        words
    }
}

impl Cell {
    pub fn quantity(q: Quantity) -> Cell {
        Cell::Quantity(Box::new(q))
    }

    /// The plain text form used in tables, CSV and golden files.
    pub fn display(&self) -> String {
        match self {
            Cell::Null => String::new(),
            Cell::Text(s) | Cell::Entity(s) => s.clone(),
            Cell::Int(i) => i.to_string(),
            Cell::Quantity(q) => with_currency(q),
            Cell::Date(d) => d.iso(),
            Cell::List(items) => items
                .iter()
                .map(Cell::display)
                .collect::<Vec<_>>()
                .join("; "),
            Cell::Names(names) => names.joined(),
            Cell::Members(ids) => unnamed(ids),
            Cell::Qualified(b) => b.1.decorate(&b.0.display()),
        }
    }

    /// A cell with its fact's qualifiers: the value itself when they are
    /// the default.
    pub fn qualified(self, q: &Qualifiers) -> Cell {
        if q.is_default() {
            self
        } else {
            Cell::Qualified(Box::new((self, q.clone())))
        }
    }

    /// The value without its qualifiers.
    pub fn bare(&self) -> &Cell {
        match self {
            Cell::Qualified(b) => &b.0,
            other => other,
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
            Cell::Names(names) => names.joined(),
            Cell::Members(ids) => unnamed(ids),
            // The machine form of a quantity or date is the value (CSV's
            // `_text` column and JSON carry the qualifiers); text keeps
            // its marks, having no other column to carry them.
            Cell::Qualified(b) => match &b.0 {
                c @ (Cell::Quantity(_) | Cell::Date(_)) => c.plain(),
                c => b.1.decorate(&c.plain()),
            },
            other => other.display(),
        }
    }

    pub fn is_numeric(&self) -> bool {
        matches!(self.bare(), Cell::Int(_) | Cell::Quantity(_))
    }

    /// Nothing to show: a null or an empty list (a table draws both `-`).
    pub fn is_empty(&self) -> bool {
        match self {
            Cell::Null => true,
            Cell::List(items) => items.is_empty(),
            Cell::Names(names) => names.is_empty(),
            Cell::Members(ids) => ids.is_empty(),
            _ => false,
        }
    }
}

/// Members not named: their ids (`#7; #9`), a form no writer should
/// show, since each names them first; plain enough to notice if one did.
fn unnamed(ids: &[Eid]) -> String {
    ids.iter()
        .map(|e| format!("#{e}"))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Entity names in one buffer, in order: what a [`Cell::List`] of
/// [`Cell::Entity`] holds, without a cell and an allocation per name.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Names {
    text: String,
    /// Where each name ends in `text`.
    ends: Vec<usize>,
}

impl Names {
    pub fn with_capacity(names: usize, bytes: usize) -> Names {
        Names {
            text: String::with_capacity(bytes),
            ends: Vec::with_capacity(names),
        }
    }

    pub fn push(&mut self, name: &str) {
        self.text.push_str(name);
        self.ends.push(self.text.len());
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The names' bytes, all together.
    pub fn bytes(&self) -> usize {
        self.text.len()
    }

    /// The `i`th name.
    pub fn get(&self, i: usize) -> Option<&str> {
        let end = *self.ends.get(i)?;
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        self.text.get(start..end)
    }

    pub fn iter(&self) -> impl ExactSizeIterator<Item = &str> + '_ {
        (0..self.len()).map(|i| self.get(i).unwrap_or_default())
    }

    /// The names as the cells of a [`Cell::List`].
    pub fn cells(&self) -> Vec<Cell> {
        self.iter().map(|n| Cell::Entity(n.to_string())).collect()
    }

    /// The names joined by `; `, as a list's display.
    pub fn joined(&self) -> String {
        let mut s = String::with_capacity(self.text.len() + 2 * self.len());
        for (i, n) in self.iter().enumerate() {
            if i > 0 {
                s.push_str("; ");
            }
            s.push_str(n);
        }
        s
    }
}

impl FromIterator<String> for Names {
    fn from_iter<I: IntoIterator<Item = String>>(names: I) -> Names {
        let mut out = Names::default();
        for n in names {
            out.push(&n);
        }
        out
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ResultSet {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
    /// What a reader must know to read the answer right (a sum that left
    /// values out), one sentence each: a table's footer.
    pub notes: Vec<String>,
}

impl ResultSet {
    pub fn new(columns: Vec<&str>) -> Self {
        ResultSet {
            columns: columns.into_iter().map(String::from).collect(),
            rows: Vec::new(),
            notes: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse_quantity;

    fn amount(words: &str, unit: Unit) -> Cell {
        let mut q = parse_quantity(words).expect("an amount");
        q.unit = unit;
        Cell::quantity(q)
    }

    #[test]
    fn a_foreign_amount_reads_with_its_currency_and_yuan_as_written() {
        // 新台币…1200億元: the words say 元, the unit is TWD.
        assert_eq!(amount("1200億元", Unit::Twd).display(), "1200億元 TWD");
        assert_eq!(amount("8163億港元", Unit::Hkd).display(), "8163億港元 HKD");
        assert_eq!(amount("3000万欧元", Unit::Eur).display(), "3000万欧元 EUR");
        assert_eq!(amount("1200億元", Unit::Cny).display(), "1200億元");
        assert_eq!(amount("38.6亿吨", Unit::Tonne).display(), "38.6亿吨");
        let planned = Qualifiers {
            modality: crate::model::Modality::Planned,
            ..Qualifiers::default()
        };
        let listed = Cell::List(vec![
            amount("2億澳門元", Unit::Mop).qualified(&planned),
            amount("5亿元", Unit::Cny),
        ]);
        assert_eq!(listed.display(), "计划 2億澳門元 MOP; 5亿元");
        // The machine form is the number; its unit has its own column.
        assert_eq!(amount("1200億元", Unit::Twd).plain(), "120000000000");
    }

    #[test]
    fn names_read_as_a_list_of_entities() {
        let names: Names = ["甲乙公司", "Acme", ""]
            .into_iter()
            .map(String::from)
            .collect();
        assert_eq!(names.len(), 3);
        assert_eq!(names.get(1), Some("Acme"));
        assert_eq!(names.get(3), None);
        assert_eq!(names.iter().collect::<Vec<_>>(), ["甲乙公司", "Acme", ""]);
        let packed = Cell::Names(Box::new(names.clone()));
        let list = Cell::List(names.cells());
        assert_eq!(packed.display(), list.display());
        assert_eq!(packed.plain(), list.plain());
        assert!(!packed.is_empty());
        assert!(Cell::Names(Box::default()).is_empty());
    }
}
