//! The query syntax tree. Spans are byte offsets into the query text.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn to(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

/// A word of the query with where it stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    pub text: String,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Query {
    /// `show NAME`: every fact about an entity, and the facts that refer to it.
    Show(Word),
    /// `kinds`
    Kinds,
    /// `attributes of KIND`
    Attributes(Word),
    Select(Box<Select>),
    Match(Match),
    /// `find 物流`: the sentences of the documents that contain the words.
    Find(Find),
    /// `explain QUERY`: the plan instead of the answer.
    Explain(Box<Query>),
    /// `timeline [of NAME] [where …]`: dated facts in date order.
    Timeline(Timeline),
}

/// `timeline of 义县 where kind = project list date, subject limit 5`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Timeline {
    /// The entity whose events are listed (with what lies in it or refers
    /// to it).
    pub of: Option<Literal>,
    /// A condition on the subjects of the dated facts.
    pub filter: Option<Expr>,
    pub columns: Option<Columns>,
    pub limit: Option<Limit>,
}

/// `list name, district, investment`: the columns of a result, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Columns {
    pub items: Vec<Column>,
    /// The word `list`, where an error about the clause as a whole points.
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Column {
    /// An attribute path, `name`, or a column of the result (`members`).
    Path(Path),
    /// The number of members of a group.
    Count(Span),
    /// The names of the members of a group.
    Members(Span),
}

/// `find 物流 园区 limit 5`: every term must occur in the sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Find {
    pub terms: Vec<Word>,
    pub limit: Option<Limit>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Aggregate {
    /// One row per entity (or per group, with counts and money sums).
    Rows,
    Count,
    Sum(Path),
    Avg(Path),
    Min(Path),
    Max(Path),
}

impl Aggregate {
    pub fn name(&self) -> &'static str {
        match self {
            Aggregate::Rows => "rows",
            Aggregate::Count => "count",
            Aggregate::Sum(_) => "sum",
            Aggregate::Avg(_) => "avg",
            Aggregate::Min(_) => "min",
            Aggregate::Max(_) => "max",
        }
    }

    pub fn path(&self) -> Option<&Path> {
        match self {
            Aggregate::Sum(p) | Aggregate::Avg(p) | Aggregate::Min(p) | Aggregate::Max(p) => {
                Some(p)
            }
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Select {
    pub aggregate: Aggregate,
    pub kind: Word,
    pub filter: Option<Expr>,
    pub group: Option<Path>,
    pub order: Option<Order>,
    pub limit: Option<Limit>,
    /// `list …`: the columns to show.
    pub columns: Option<Columns>,
    /// `rounded`: computed quantities rounded for reading, marked 约.
    pub rounded: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Limit {
    pub n: u64,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OrderKey {
    Path(Path),
    /// `order by count` in a grouped query.
    Count,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Order {
    pub key: OrderKey,
    pub descending: bool,
}

/// `recipient`, `recipient.located_in`, or in `match`: `?r`, `?r.located_in`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Path {
    pub var: Option<Word>,
    pub attrs: Vec<Word>,
    pub span: Span,
}

impl Path {
    pub fn display(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if let Some(v) = &self.var {
            parts.push(format!("?{}", v.text));
        }
        parts.extend(self.attrs.iter().map(|a| a.text.clone()));
        parts.join(".")
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "=",
            CmpOp::Ne => "!=",
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }

    pub fn holds(self, o: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            CmpOp::Eq => o == Equal,
            CmpOp::Ne => o != Equal,
            CmpOp::Lt => o == Less,
            CmpOp::Le => o != Greater,
            CmpOp::Gt => o == Greater,
            CmpOp::Ge => o != Less,
        }
    }
}

/// A literal as written: its meaning (name, quantity, date, text) depends
/// on the attribute it is compared with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Literal {
    pub text: String,
    pub quoted: bool,
    pub span: Span,
}

impl Literal {
    /// As a query writes it: quoted when it was (a backslash before a quote
    /// or a backslash inside).
    pub fn display(&self) -> String {
        if self.quoted {
            crate::query::lex::quote(&self.text)
        } else {
            self.text.clone()
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expr {
    Or(Vec<Expr>),
    And(Vec<Expr>),
    Not(Box<Expr>),
    Cmp {
        path: Path,
        op: CmpOp,
        value: Literal,
    },
    /// `recipient within 锦州市`: the value is the place or lies in it.
    Within {
        path: Path,
        value: Literal,
    },
    /// `purpose contains 扶贫`
    Contains {
        path: Path,
        value: Literal,
    },
    /// `has investment`
    Has(Path),
}

impl Expr {
    /// The condition as a query writes it, parenthesised where `and`
    /// binds before `or`: it parses back to itself (a note's suggested
    /// query repeats the `where` asked).
    pub fn display(&self) -> String {
        let inner = |e: &Expr, in_or: bool| match e {
            Expr::And(_) if !in_or => format!("({})", e.display()),
            _ => e.display_in_and(),
        };
        match self {
            Expr::Or(items) => items
                .iter()
                .map(|e| inner(e, true))
                .collect::<Vec<_>>()
                .join(" or "),
            Expr::And(items) => items
                .iter()
                .map(|e| inner(e, false))
                .collect::<Vec<_>>()
                .join(" and "),
            Expr::Not(e) => format!("not {}", inner(e, false)),
            Expr::Cmp { path, op, value } => {
                format!("{} {} {}", path.display(), op.symbol(), value.display())
            }
            Expr::Within { path, value } => {
                format!("{} within {}", path.display(), value.display())
            }
            Expr::Contains { path, value } => {
                format!("{} contains {}", path.display(), value.display())
            }
            Expr::Has(path) => format!("has {}", path.display()),
        }
    }

    /// The condition as one side of an `and` (`per = year and THIS`): an
    /// `or` in parentheses, since `and` binds first.
    pub fn display_in_and(&self) -> String {
        match self {
            Expr::Or(_) => format!("({})", self.display()),
            _ => self.display(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Match {
    pub patterns: Vec<Pattern>,
    pub filter: Option<Expr>,
    pub limit: Option<Limit>,
}

/// `?f recipient ?r`, `?r within 锦州市`, `?p kind project`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pattern {
    pub subject: Term,
    pub attr: Word,
    pub object: Term,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Term {
    Var(Word),
    Value(Literal),
}
