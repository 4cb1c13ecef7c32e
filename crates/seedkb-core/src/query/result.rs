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
    /// Background knowledge where a quote stands (`show`, `timeline`,
    /// `ATTR.quote`): why a curator knows a fact the document does not
    /// state. A table shows `[background: WHY]`; machine formats give no
    /// quote and the reason in a field of its own, so that a script can
    /// tell a note from the document's words.
    Background(String),
    /// A grouping's key with its members' count of inferred keys.
    GroupKey(Box<GroupKey>),
    /// An attribute's name in `show` and `timeline`, and whether the fact
    /// was drawn from the text by the extractor. A table shows
    /// `NAME (extracted)`; machine formats give the plain name and the
    /// mark in a field of its own (`extracted`), so that a script matches
    /// attribute names as `attributes of KIND` lists them.
    Attr {
        name: String,
        extracted: bool,
    },
    /// Yes or no: a side field's value (`extracted`), never a query's.
    Bool(bool),
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
            Cell::Background(why) => format!("[background: {why}]"),
            Cell::Attr { name, extracted } => {
                if *extracted {
                    format!("{name} (extracted)")
                } else {
                    name.clone()
                }
            }
            Cell::Bool(b) => b.to_string(),
            Cell::GroupKey(k) => match k.mark() {
                m if m.is_empty() => k.value.display(),
                m => format!("{} {m}", k.value.display()),
            },
        }
    }

    /// A quote's cell: the document's words, or background knowledge.
    pub fn quote(source: &crate::model::Source) -> Cell {
        match &source.background {
            Some(why) => Cell::Background(why.clone()),
            None => Cell::Text(source.quote.clone()),
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
            Cell::GroupKey(k) => k.value.bare(),
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
            Cell::GroupKey(k) => k.value.plain(),
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
    /// Headings a table draws before a row, by the row's index, in order:
    /// `show`'s facts that refer to the entity apart from its own. Machine
    /// formats need none: each row names its subject.
    pub headings: Vec<(usize, String)>,
}

impl ResultSet {
    pub fn new(columns: Vec<&str>) -> Self {
        ResultSet {
            columns: columns.into_iter().map(String::from).collect(),
            rows: Vec::new(),
            notes: Vec::new(),
            headings: Vec::new(),
        }
    }

    /// The headings due before row `i` when the row shown before it was
    /// `prev` (none: `i` is the first shown), so that a heading over rows
    /// a cut hides is drawn at the next row shown.
    pub fn headings_before(&self, prev: Option<usize>, i: usize) -> impl Iterator<Item = &str> {
        self.headings
            .iter()
            .filter(move |(at, _)| *at <= i && prev.is_none_or(|p| *at > p))
            .map(|(_, h)| h.as_str())
    }

    /// For each column, the fields machine formats (JSON, CSV, the
    /// server's JSON) write after its value, computed once per answer.
    /// A quote column (`quote`, `ATTR.quote`) always has a background
    /// field, so that a script finds the same fields whatever the rows:
    /// `background` beside `quote`, `amount.background` beside
    /// `amount.quote`, `COL_background` where that name is taken. A
    /// grouping's key column has `COL_inferred`.
    pub fn side_fields(&self) -> Vec<SideFields> {
        self.columns
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let any = |f: fn(&Cell) -> bool| self.rows.iter().any(|r| r.get(i).is_some_and(f));
                let free = |name: String| {
                    if self.columns.contains(&name) {
                        None
                    } else {
                        Some(name)
                    }
                };
                let background = (c == "quote"
                    || c.ends_with(".quote")
                    || any(Cell::has_background))
                .then(|| {
                    let twin = match c.strip_suffix("quote") {
                        Some(head) if head.is_empty() || head.ends_with('.') => {
                            format!("{head}background")
                        }
                        _ => format!("{c}_background"),
                    };
                    free(twin).unwrap_or_else(|| format!("{c}_background"))
                });
                let inferred =
                    any(|c| matches!(c, Cell::GroupKey(_))).then(|| format!("{c}_inferred"));
                // `extracted` beside `attribute`, as `background` beside
                // `quote`.
                let extracted = any(|c| matches!(c, Cell::Attr { .. })).then(|| {
                    let twin = if c == "attribute" {
                        "extracted".to_string()
                    } else {
                        format!("{c}_extracted")
                    };
                    free(twin).unwrap_or_else(|| format!("{c}_extracted"))
                });
                SideFields {
                    background,
                    inferred,
                    extracted,
                }
            })
            .collect()
    }
}

/// The fields a machine format writes after a column's value
/// ([`ResultSet::side_fields`]); `None` where the column has none.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SideFields {
    /// A quote column's background knowledge: the reason where the quote
    /// is null, null beside a quote.
    pub background: Option<String>,
    /// A grouping key's count of members that have it only by background
    /// knowledge ([`GroupKey::inferred`]).
    pub inferred: Option<String>,
    /// An attribute column's mark: true where the extractor drew the fact
    /// from the text, false where a curator stated it, null beside a
    /// word that is no attribute (`show`'s `alias`).
    pub extracted: Option<String>,
}

/// A grouping's key (`KIND by ATTR`) and how many of the group's members
/// have it only by background knowledge, which the article does not state
/// (锦州银行 as the lender of a loan the article gives no lender for):
/// a table marks the key `(inferred)`, machine formats count them in
/// `COL_inferred`.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupKey {
    pub value: Cell,
    /// `None`: not checked (a grouping too large to read every member's
    /// sources; see `query::eval::group::INFERRED_CHECK_LIMIT`).
    pub inferred: Option<u32>,
    pub members: u32,
}

impl GroupKey {
    /// How a table marks the key: nothing when every member's article
    /// states it.
    pub fn mark(&self) -> String {
        match self.inferred {
            None | Some(0) => String::new(),
            Some(n) if n >= self.members => "(inferred)".to_string(),
            Some(n) => format!("(inferred for {n} of {})", self.members),
        }
    }
}

impl Cell {
    /// Whether the cell is (or lists) background knowledge.
    pub fn has_background(&self) -> bool {
        match self {
            Cell::Background(_) => true,
            Cell::List(items) => items.iter().any(Cell::has_background),
            _ => false,
        }
    }

    /// The fields a machine format writes for this cell of column `col`:
    /// the value under the column's name, then its side fields. A quote
    /// column's value is null where it holds background knowledge, whose
    /// reason is its background field (a list gives two lists of the same
    /// length, value by value); a grouping key's value is the key, its
    /// inferred field the count; an attribute's value is its plain name,
    /// its extracted field the mark.
    pub fn machine_fields<'c>(&self, col: &'c str, side: &'c SideFields) -> Vec<(&'c str, Cell)> {
        let mut out = Vec::with_capacity(3);
        if let Some(field) = &side.background {
            let (quote, note) = self.split_background();
            out.push((col, quote));
            out.push((field.as_str(), note));
        } else if let Cell::GroupKey(k) = self {
            out.push((col, k.value.clone()));
        } else if let Cell::Attr { name, .. } = self {
            out.push((col, Cell::Text(name.clone())));
        } else {
            out.push((col, self.clone()));
        }
        if let Some(field) = &side.extracted {
            out.push((
                field.as_str(),
                match self {
                    Cell::Attr { extracted, .. } => Cell::Bool(*extracted),
                    _ => Cell::Null,
                },
            ));
        }
        if let Some(field) = &side.inferred {
            out.push((
                field.as_str(),
                match self {
                    Cell::GroupKey(k) => k.inferred.map_or(Cell::Null, |n| Cell::Int(i64::from(n))),
                    _ => Cell::Null,
                },
            ));
        }
        out
    }

    fn split_background(&self) -> (Cell, Cell) {
        match self {
            Cell::Background(why) => (Cell::Null, Cell::Text(why.clone())),
            Cell::List(items) if items.iter().any(Cell::has_background) => {
                let (quotes, notes) = items.iter().map(Cell::split_background).unzip();
                (Cell::List(quotes), Cell::List(notes))
            }
            other => (other.clone(), Cell::Null),
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
