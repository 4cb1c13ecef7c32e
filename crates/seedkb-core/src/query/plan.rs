//! Planning: resolves the words of a query against the store (kinds,
//! attributes, entity names, typed literals, units: `resolve`) and picks
//! the index that reads the fewest keys (`access`), the order of a match's
//! patterns (`pattern`). Every error a user can fix is raised here, with
//! the span of the word at fault, before anything is evaluated.
//!
//! The result is a [`Plan`]: what `eval` runs, and (as its `Display`) what
//! `explain` shows.

mod access;
mod explain;
mod pattern;
mod resolve;

pub use access::{quantity_range, Access, Referral};
pub use pattern::{next_pattern, solve_order, PAttr, PTerm, RPattern};
pub(crate) use resolve::qerr;
use resolve::qerr_help;
pub use resolve::{closest, Planner, CONTAINMENT_ATTRS, SPANS_ATTR};

use super::ast::{self, Aggregate, CmpOp, OrderKey, Query, Span};
use crate::error::Error;
use crate::model::{Date, Quantity, Unit};
use crate::store::{Aid, Eid, Store, KIND_ATTR};

#[derive(Clone, Debug)]
pub enum Step {
    Attr(Aid, String),
    /// The entity's own name (and aliases), as text.
    Name,
    /// A qualifier of the facts the path has reached (`amount.modality`),
    /// or, first in a path, of every fact of the entity but its kind
    /// (`modality`): modality and per as text, as_of as a date, period as
    /// its dates (a span's first and last). Always the last step.
    Qualifier(QualifierName),
    /// Where each fact the attribute before it reached comes from
    /// (`amount.quote`, `recipient.located_in.doc`): as text, as `show`
    /// gives them, its first source's in a row's cell (one per value),
    /// every source's in a condition or a grouping. Always the last step,
    /// always after an attribute.
    Cited(Provenance),
}

/// What a path can ask of a fact's source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Provenance {
    /// The quote (a background fact's reason, `[background: …]`).
    Quote,
    /// The document's name (none for background knowledge).
    Doc,
    /// When the document was published, as its citation gives it
    /// (`amount.doc.published`; none when unknown or background).
    Published,
}

impl Provenance {
    pub fn from_word(w: &str) -> Option<Provenance> {
        match w {
            "quote" => Some(Provenance::Quote),
            "doc" => Some(Provenance::Doc),
            _ => None,
        }
    }
}

/// The qualifiers a query can name (model::Qualifiers).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QualifierName {
    Modality,
    Per,
    AsOf,
    Period,
}

impl QualifierName {
    pub fn from_word(w: &str) -> Option<QualifierName> {
        match w {
            "modality" => Some(QualifierName::Modality),
            "per" => Some(QualifierName::Per),
            "as_of" => Some(QualifierName::AsOf),
            "period" => Some(QualifierName::Period),
            _ => None,
        }
    }

    pub fn word(self) -> &'static str {
        match self {
            QualifierName::Modality => "modality",
            QualifierName::Per => "per",
            QualifierName::AsOf => "as_of",
            QualifierName::Period => "period",
        }
    }
}

#[derive(Clone, Debug)]
pub struct RPath {
    pub var: Option<usize>,
    pub steps: Vec<Step>,
    pub display: String,
    pub span: Span,
}

/// A literal with its meaning settled.
#[derive(Clone, Debug)]
pub enum RLit {
    Entity(Eid),
    Quantity(Quantity),
    Date(Date),
    Text(String),
}

#[derive(Clone, Debug)]
pub enum RExpr {
    Or(Vec<RExpr>),
    And(Vec<RExpr>),
    Not(Box<RExpr>),
    /// True when any value of the path compares true with any literal
    /// (several when the attribute holds several types).
    Cmp {
        path: RPath,
        op: CmpOp,
        lits: Vec<RLit>,
    },
    /// The path's value is `places[0]` or lies in it; `places` holds the
    /// place and everything inside it.
    Within {
        path: RPath,
        target: Eid,
        places: std::collections::HashSet<Eid>,
    },
    Contains {
        path: RPath,
        needle: String,
    },
    Has(RPath),
}

/// A query with every word resolved and every index chosen.
#[derive(Clone, Debug)]
pub enum Plan {
    /// `show NAME`: the entity's facts (eavt) and those referring to it
    /// (vaet). `None` only under `explain`, whose steps do not depend on
    /// the name, which is not looked up.
    Show(Option<Eid>),
    /// `show DOC` for a loaded document that is no entity (a curated
    /// document's): what the store knows to cite it by.
    ShowDocument(String),
    Kinds,
    /// `attributes of KIND`; the kind is `None` under `explain`, like show.
    Attributes(Option<String>),
    Select(Box<SelectPlan>),
    Match(MatchPlan),
    Find(FindPlan),
    /// `explain QUERY`: answers the steps of the inner plan.
    Explain(Box<Plan>),
    Timeline(TimelinePlan),
}

/// A column chosen by `list`.
#[derive(Clone, Debug)]
pub enum RColumn {
    /// The values of a path: of each entity (rows); of the members of a
    /// group, added up when they are quantities of one unit, else listed.
    Path(RPath),
    /// How many members a group has.
    Count,
    /// The names of a group's members.
    Members,
}

/// The columns of a timeline, in the order it shows them by default.
pub const TIMELINE_COLUMNS: &[&str] = &["date", "subject", "attribute", "quote", "doc"];

/// `timeline …`: every dated fact whose subject is chosen, in date order.
#[derive(Clone, Debug)]
pub struct TimelinePlan {
    /// Subjects allowed by `of NAME` (the entity, what lies within it and
    /// what refers to it); `None` allows all.
    pub subjects: Option<std::collections::HashSet<Eid>>,
    pub filter: Option<RExpr>,
    /// Indexes into [`TIMELINE_COLUMNS`].
    pub columns: Vec<usize>,
    pub limit: Option<usize>,
}

#[derive(Clone, Debug)]
pub struct SelectPlan {
    pub kind: String,
    /// The `kind` attribute (`None` in an empty database).
    pub kind_attr: Option<Aid>,
    pub access: Access,
    pub filter: Option<RExpr>,
    /// The access path answers the whole filter exactly (a reference
    /// lookup), so it is not evaluated again per candidate.
    pub access_is_filter: bool,
    pub shape: Shape,
    /// `order by` of grouped or aggregated rows: the column, descending.
    pub sort: Option<(String, bool)>,
    pub limit: Option<usize>,
    /// `list …`: the columns after a group's key, or of each row.
    pub columns: Option<Vec<RColumn>>,
    /// `rounded`: computed quantities rounded for reading (marked 约).
    pub rounded: bool,
    /// What the answer's reader must know: an attribute the query filters,
    /// groups, orders or adds up by that no entity of the kind has.
    pub notes: Vec<String>,
    /// The kind and the `where` as the query wrote them, for a note's
    /// suggested query to repeat (it then runs as given).
    pub kind_word: String,
    pub filter_text: Option<String>,
}

/// What a select answers.
#[derive(Clone, Debug)]
pub enum Shape {
    /// One row per entity, optionally ordered by a path.
    Rows {
        order: Option<RPath>,
        descending: bool,
    },
    /// `KIND by PATH`: count and money sums per group.
    Groups { by: RPath, scan: GroupScan },
    /// count / sum / avg / min / max, over everything or per group.
    Aggregate {
        func: AggFn,
        of: Option<RPath>,
        by: Option<RPath>,
    },
}

/// How `KIND by PATH` reads the group keys and the money.
#[derive(Clone, Debug)]
pub enum GroupScan {
    /// PATH is one attribute: a merge of the sorted candidates with
    /// aevt[attr] and aevt[each money attribute], no record decoded.
    Stream { attr: Aid, money: Vec<Aid> },
    /// A longer path: each entity's facts, one by one.
    PerEntity,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AggFn {
    Count,
    Sum,
    Avg,
    Min,
    Max,
}

impl AggFn {
    pub fn name(self) -> &'static str {
        match self {
            AggFn::Count => "count",
            AggFn::Sum => "sum",
            AggFn::Avg => "avg",
            AggFn::Min => "min",
            AggFn::Max => "max",
        }
    }
}

#[derive(Clone, Debug)]
pub struct MatchPlan {
    /// Variable names, in order of appearance; bindings are indexed so.
    pub vars: Vec<String>,
    pub patterns: Vec<RPattern>,
    pub filter: Option<RExpr>,
    pub limit: Option<usize>,
    /// From the first pattern's attribute to the last: where a join that
    /// grows too large is reported.
    pub span: Span,
}

/// `find TERMS`: the terms in the analyzer's search form.
#[derive(Clone, Debug)]
pub struct FindPlan {
    pub terms: Vec<String>,
    pub limit: Option<usize>,
}

/// Resolves a parsed query against the store and chooses its indexes.
pub fn plan(store: &Store, q: &Query) -> Result<Plan, Error> {
    let p = Planner::new(store);
    Ok(match q {
        Query::Show(name) => match p.shown_entity(&name.text, name.span) {
            Ok(e) => Plan::Show(Some(e)),
            // A document is shown by its name, typed whole.
            Err(e) => match store.doc_head_named(name.text.trim())? {
                Some(d) => Plan::ShowDocument(d.name),
                None => return Err(e),
            },
        },
        Query::Kinds => Plan::Kinds,
        Query::Attributes(kind) => Plan::Attributes(Some(p.kind(kind)?)),
        Query::Select(s) => Plan::Select(Box::new(p.select(s)?)),
        Query::Match(m) => Plan::Match(p.match_plan(m)?),
        Query::Find(f) => Plan::Find(p.find(f)?),
        Query::Timeline(t) => Plan::Timeline(p.timeline(t)?),
        Query::Explain(inner) => Plan::Explain(Box::new(match inner.as_ref() {
            // Their steps do not depend on the words.
            Query::Show(_) => Plan::Show(None),
            Query::Attributes(_) => Plan::Attributes(None),
            other => plan(store, other)?,
        })),
    })
}

/// The paths a condition compares, in order.
fn paths_of<'e>(e: &'e RExpr, out: &mut Vec<&'e RPath>) {
    match e {
        RExpr::Or(v) | RExpr::And(v) => v.iter().for_each(|x| paths_of(x, out)),
        RExpr::Not(x) => paths_of(x, out),
        RExpr::Cmp { path, .. }
        | RExpr::Within { path, .. }
        | RExpr::Contains { path, .. }
        | RExpr::Has(path) => out.push(path),
    }
}

fn limit(l: &Option<ast::Limit>) -> Option<usize> {
    l.as_ref()
        .map(|l| usize::try_from(l.n).unwrap_or(usize::MAX))
}

impl Planner<'_> {
    fn select(&self, s: &ast::Select) -> Result<SelectPlan, Error> {
        let kind = self.kind(&s.kind)?;
        let filter = s.filter.as_ref().map(|f| self.expr(f)).transpose()?;
        let group = s.group.as_ref().map(|g| self.path(g)).transpose()?;
        let of = s.aggregate.path().map(|p| self.path(p)).transpose()?;
        let order = match &s.order {
            Some(o) => match &o.key {
                OrderKey::Path(p) => Some(self.path(p)?),
                OrderKey::Count => None,
            },
            None => None,
        };
        let mut named: Vec<&RPath> = Vec::new();
        if let Some(f) = &filter {
            paths_of(f, &mut named);
        }
        named.extend(group.iter().chain(&of).chain(&order));
        let mut notes = Vec::new();
        for p in named {
            if let Some(n) = self.on_kind(&kind, p)? {
                if !notes.contains(&n) {
                    notes.push(n);
                }
            }
        }
        let access = self.access(filter.as_ref());
        // A reference lookup answers its conjunct exactly; when that
        // conjunct is the whole filter, checking it again per entity would
        // only read the same keys twice. A value range is not exact: it
        // also reads the boundary value, where a bound decides (超2.4亿元 is
        // not <= 2.4亿元), so its filter always runs.
        let access_is_filter = matches!(access, Access::Referrers { .. })
            && filter.as_ref().is_some_and(|f| !matches!(f, RExpr::And(_)));
        let func = match &s.aggregate {
            Aggregate::Rows => None,
            Aggregate::Count => Some(AggFn::Count),
            Aggregate::Sum(_) => Some(AggFn::Sum),
            Aggregate::Avg(_) => Some(AggFn::Avg),
            Aggregate::Min(_) => Some(AggFn::Min),
            Aggregate::Max(_) => Some(AggFn::Max),
        };
        let shape = match (func, group) {
            (None, None) => Shape::Rows {
                order,
                descending: s.order.as_ref().is_some_and(|o| o.descending),
            },
            (None, Some(by)) => {
                let scan = match (by.var, by.steps.as_slice()) {
                    (None, [Step::Attr(a, _)]) => GroupScan::Stream {
                        attr: *a,
                        money: self.money_attrs()?,
                    },
                    _ => GroupScan::PerEntity,
                };
                Shape::Groups { by, scan }
            }
            (Some(func), by) => Shape::Aggregate { func, of, by },
        };
        let sort = match (&shape, &s.order) {
            (Shape::Rows { .. }, _) | (_, None) => None,
            (_, Some(o)) => Some((
                match &o.key {
                    OrderKey::Count => "count".to_string(),
                    OrderKey::Path(p) => p.display(),
                },
                o.descending,
            )),
        };
        let columns = match &s.columns {
            None => None,
            Some(c) => Some(self.columns(c, &shape)?),
        };
        Ok(SelectPlan {
            kind,
            kind_attr: self.store.attr_id(KIND_ATTR),
            access,
            filter,
            access_is_filter,
            shape,
            sort,
            limit: limit(&s.limit),
            columns,
            rounded: s.rounded,
            notes,
            kind_word: s.kind.text.clone(),
            // Parenthesised when `and` would bind into it.
            filter_text: s.filter.as_ref().map(ast::Expr::display_in_and),
        })
    }

    /// The columns `list` names: paths (`name` is the entity's own), and in
    /// a group `count` and `members` too.
    fn columns(&self, c: &ast::Columns, shape: &Shape) -> Result<Vec<RColumn>, Error> {
        let grouped =
            match shape {
                Shape::Rows { .. } => false,
                Shape::Groups { .. } => true,
                Shape::Aggregate { func, .. } => return Err(qerr_help(
                    format!(
                        "list chooses the columns of rows or groups, not of {}",
                        func.name()
                    ),
                    c.span,
                    "group instead, e.g. `projects by district list count, members, investment`",
                )),
            };
        let mut out = Vec::new();
        for item in &c.items {
            out.push(match item {
                ast::Column::Count(span) if !grouped => {
                    return Err(qerr_help(
                        "count is a column of groups",
                        *span,
                        "group with `by`, e.g. `projects by district list count`",
                    ))
                }
                ast::Column::Count(_) => RColumn::Count,
                ast::Column::Members(span) if !grouped => {
                    return Err(qerr_help(
                        "members is a column of groups",
                        *span,
                        "group with `by`, e.g. `projects by district list members`",
                    ))
                }
                ast::Column::Members(_) => RColumn::Members,
                ast::Column::Path(p) => {
                    let path = self.path(p)?;
                    if let (true, Some(Step::Cited(_))) = (grouped, path.steps.last()) {
                        // A group's cell adds or merges its members' values;
                        // their quotes would not say which value each backs.
                        return Err(qerr_help(
                            format!("a group has no {} column", path.display),
                            p.span,
                            "list the rows instead, e.g. \
                             `funding where recipient = 义县 list name, amount, amount.quote`",
                        ));
                    }
                    RColumn::Path(path)
                }
            });
        }
        Ok(out)
    }

    fn timeline(&self, t: &ast::Timeline) -> Result<TimelinePlan, Error> {
        let subjects = match &t.of {
            None => None,
            Some(l) => {
                let e = self.entity(&l.text, l.span)?;
                let mut set = self.places_within(e)?;
                for (_, r) in self.store.referrers(e, None)? {
                    set.insert(r);
                }
                Some(set)
            }
        };
        let filter = t.filter.as_ref().map(|f| self.expr(f)).transpose()?;
        let columns = match &t.columns {
            None => (0..TIMELINE_COLUMNS.len()).collect(),
            Some(c) => {
                let mut out = Vec::new();
                for item in &c.items {
                    let (word, span) = match item {
                        ast::Column::Count(span) => ("count".to_string(), *span),
                        ast::Column::Members(span) => ("members".to_string(), *span),
                        ast::Column::Path(p) => (p.display(), p.span),
                    };
                    match TIMELINE_COLUMNS.iter().position(|c| *c == word) {
                        Some(i) => out.push(i),
                        None => {
                            return Err(qerr_help(
                                format!("a timeline has no column '{word}'"),
                                span,
                                format!("its columns: {}", TIMELINE_COLUMNS.join(", ")),
                            ))
                        }
                    }
                }
                out
            }
        };
        Ok(TimelinePlan {
            subjects,
            filter,
            columns,
            limit: limit(&t.limit),
        })
    }

    /// Attributes that hold money anywhere in the store (a few seeks each).
    fn money_attrs(&self) -> Result<Vec<Aid>, Error> {
        let mut out = Vec::new();
        for name in self.store.attribute_names() {
            if let Some(a) = self.store.attr_id(&name) {
                if self.store.attr_types(a)?.units.contains(&Unit::Cny) {
                    out.push(a);
                }
            }
        }
        Ok(out)
    }

    fn match_plan(mut self, m: &ast::Match) -> Result<MatchPlan, Error> {
        self.bind_vars(&m.patterns);
        let patterns = m
            .patterns
            .iter()
            .map(|p| self.pattern(p))
            .collect::<Result<Vec<_>, _>>()?;
        let filter = m.filter.as_ref().map(|f| self.expr(f)).transpose()?;
        let span = match (m.patterns.first(), m.patterns.last()) {
            (Some(a), Some(b)) => a.attr.span.to(b.attr.span),
            _ => Span::default(),
        };
        Ok(MatchPlan {
            vars: self.vars,
            patterns,
            filter,
            limit: limit(&m.limit),
            span,
        })
    }

    fn find(&self, f: &ast::Find) -> Result<FindPlan, Error> {
        let mut terms: Vec<String> = Vec::new();
        for w in &f.terms {
            let k = self.store.analyzer().search_key(&w.text);
            if k.is_empty() {
                return Err(qerr_help(
                    "nothing to look for",
                    w.span,
                    "give a word, e.g. find 物流",
                ));
            }
            if !terms.contains(&k) {
                terms.push(k);
            }
        }
        Ok(FindPlan {
            terms,
            limit: limit(&f.limit),
        })
    }
}
