//! Planning: resolves the words of a query against the store (kinds,
//! attributes, entity names, typed literals, units) and picks the index
//! that reads the fewest keys. Every error a user can fix is raised here,
//! with the span of the word at fault, before anything is evaluated.
//!
//! The result is a [`Plan`]: what `eval` runs, and (as its `Display`) what
//! `explain` shows.

mod access;
mod explain;
mod pattern;

pub use access::{quantity_range, Access, Referral};
pub use pattern::{next_pattern, solve_order, PAttr, PTerm, RPattern};

use super::ast::{self, Aggregate, CmpOp, Expr, Literal, OrderKey, Path, Query, Span, Word};
use crate::error::{Error, QueryError};
use crate::model::{name_key, parse_quantity, singular, Date, Quantity, Unit};
use crate::store::{Aid, AttrTypes, Eid, KeyValue, Resolution, Store, KIND_ATTR};

/// Attributes along which `within` climbs: a place lies in its
/// `located_in`, a project in its `district`.
pub const CONTAINMENT_ATTRS: &[&str] = &["located_in", "district"];

/// A zone that `spans` places lies within whatever contains all of them.
pub const SPANS_ATTR: &str = "spans";

/// Kind names a reader may type in Chinese (or US spelling).
const KIND_ALIASES: &[(&str, &str)] = &[
    ("项目", "project"),
    ("企业", "enterprise"),
    ("公司", "enterprise"),
    ("company", "enterprise"),
    ("资金", "funding"),
    ("fund", "funding"),
    ("县", "county"),
    ("市", "city"),
    ("城市", "city"),
    ("区", "district"),
    ("镇", "town"),
    ("村", "village"),
    ("机构", "organisation"),
    ("组织", "organisation"),
    ("organization", "organisation"),
    ("人", "person"),
    ("人物", "person"),
    ("people", "person"),
    ("示范区", "zone"),
    ("园区", "park"),
    ("港口", "port"),
    ("政策", "policy"),
];

#[derive(Clone, Debug)]
pub enum Step {
    Attr(Aid, String),
    /// The entity's own name (and aliases), as text.
    Name,
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
    Kinds,
    /// `attributes of KIND`; the kind is `None` under `explain`, like show.
    Attributes(Option<String>),
    Select(Box<SelectPlan>),
    Match(MatchPlan),
    Find(FindPlan),
    /// `explain QUERY`: answers the steps of the inner plan.
    Explain(Box<Plan>),
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
        Query::Show(name) => Plan::Show(Some(p.entity(&name.text, name.span)?)),
        Query::Kinds => Plan::Kinds,
        Query::Attributes(kind) => Plan::Attributes(Some(p.kind(kind)?)),
        Query::Select(s) => Plan::Select(Box::new(p.select(s)?)),
        Query::Match(m) => Plan::Match(p.match_plan(m)?),
        Query::Find(f) => Plan::Find(p.find(f)?),
        Query::Explain(inner) => Plan::Explain(Box::new(match inner.as_ref() {
            // Their steps do not depend on the words.
            Query::Show(_) => Plan::Show(None),
            Query::Attributes(_) => Plan::Attributes(None),
            other => plan(store, other)?,
        })),
    })
}

fn limit(l: &Option<ast::Limit>) -> Option<usize> {
    l.as_ref()
        .map(|l| usize::try_from(l.n).unwrap_or(usize::MAX))
}

pub struct Planner<'s> {
    pub store: &'s Store,
    /// Variable names of a match query, in order of appearance.
    pub vars: Vec<String>,
}

fn qerr(msg: impl Into<String>, span: Span) -> Error {
    Error::Query(QueryError::new(msg, (span.start, span.end)))
}

fn qerr_help(msg: impl Into<String>, span: Span, help: impl Into<String>) -> Error {
    Error::Query(QueryError::new(msg, (span.start, span.end)).with_help(help))
}

impl<'s> Planner<'s> {
    pub fn new(store: &'s Store) -> Self {
        Planner {
            store,
            vars: Vec::new(),
        }
    }

    /// `projects` → `project`, `项目` → `project`; an unknown kind is an
    /// error listing the kinds there are.
    pub fn kind(&self, w: &Word) -> Result<String, Error> {
        let kinds: Vec<String> = self.store.kind_names()?;
        let lower = w.text.to_lowercase();
        let mut tries = vec![lower.clone(), singular(&lower)];
        for (alias, kind) in KIND_ALIASES {
            if *alias == lower || *alias == singular(&lower) {
                tries.push(kind.to_string());
            }
        }
        if let Some(k) = tries.iter().find(|t| kinds.contains(t)) {
            return Ok(k.clone());
        }
        let close = closest(&singular(&lower), &kinds, 2);
        let help = if kinds.is_empty() {
            "the database is empty: load documents with `seedkb load`".to_string()
        } else if close.is_empty() {
            format!("kinds here: {}", kinds.join(", "))
        } else {
            format!(
                "did you mean {}? (`kinds` lists them all)",
                close.join(" or ")
            )
        };
        Err(qerr_help(
            format!("unknown kind '{}'", w.text),
            w.span,
            help,
        ))
    }

    pub fn attr(&self, w: &Word) -> Result<Aid, Error> {
        match self.store.attr_id(&w.text) {
            Some(a) => Ok(a),
            _ => {
                let names = self.store.attribute_names();
                let close = closest(&w.text, &names, 3);
                let help = if close.is_empty() {
                    "`attributes of KIND` lists the attributes of a kind".to_string()
                } else {
                    format!("did you mean {}?", close.join(" or "))
                };
                Err(qerr_help(
                    format!("unknown attribute '{}'", w.text),
                    w.span,
                    help,
                ))
            }
        }
    }

    pub fn entity(&self, text: &str, span: Span) -> Result<Eid, Error> {
        match self.store.resolve(text)? {
            Resolution::Found(e) => Ok(e),
            Resolution::NotFound { candidates } => {
                // Homophones (易县 for 义县) and typed pinyin come first.
                let candidates = crate::suggest::close_names(self.store, text, candidates, 3)?;
                Err(if candidates.is_empty() {
                    qerr(format!("no entity named '{text}'"), span)
                } else {
                    qerr_help(
                        format!("no entity named '{text}'"),
                        span,
                        format!("did you mean {}?", candidates.join(" or ")),
                    )
                })
            }
            Resolution::Ambiguous { candidates } => Err(qerr_help(
                format!("'{text}' could name several entities"),
                span,
                format!("one of: {}", candidates.join(", ")),
            )),
        }
    }

    pub fn path(&self, p: &Path) -> Result<RPath, Error> {
        let var = match &p.var {
            Some(v) => Some(self.var_index(v)?),
            None => None,
        };
        let mut steps = Vec::new();
        for a in &p.attrs {
            if a.text == "name" && self.store.attr_id("name").is_none() {
                steps.push(Step::Name);
            } else {
                steps.push(Step::Attr(self.attr(a)?, a.text.clone()));
            }
        }
        Ok(RPath {
            var,
            steps,
            display: p.display(),
            span: p.span,
        })
    }

    fn var_index(&self, v: &Word) -> Result<usize, Error> {
        self.vars.iter().position(|n| *n == v.text).ok_or_else(|| {
            qerr_help(
                format!("?{} is not bound by any pattern", v.text),
                v.span,
                format!(
                    "variables here: {}",
                    self.vars
                        .iter()
                        .map(|v| format!("?{v}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )
        })
    }

    /// Types of the values at the end of a path; `None` for a bare variable
    /// (typed at run time).
    fn path_types(&self, p: &RPath) -> Result<Option<AttrTypes>, Error> {
        match p.steps.last() {
            Some(Step::Attr(a, _)) => Ok(Some(self.store.attr_types(*a)?)),
            Some(Step::Name) => Ok(Some(AttrTypes {
                text: true,
                ..Default::default()
            })),
            None => Ok(None),
        }
    }

    /// Gives a literal its meaning from what the attribute holds.
    pub fn literal(&self, path: &RPath, op: CmpOp, lit: &Literal) -> Result<Vec<RLit>, Error> {
        let Some(types) = self.path_types(path)? else {
            return self.untyped_literal(lit);
        };
        if types.is_empty() {
            return Err(qerr(
                format!("'{}' has no values yet", path.display),
                path.span,
            ));
        }
        let mut out = Vec::new();
        let mut problems = Vec::new();
        if !types.units.is_empty() {
            match parse_quantity(&lit.text) {
                Ok(q) => {
                    if types.units.iter().any(|u| u.comparable(q.unit)) {
                        out.push(RLit::Quantity(q));
                    } else {
                        let dims: Vec<&str> = types.units.iter().map(|u| u.dimension()).collect();
                        return Err(qerr_help(
                            format!("cannot compare {} with {}", path.display, lit.text),
                            lit.span,
                            format!(
                                "{} holds {}, but {} is {}",
                                path.display,
                                dims.join(" and "),
                                lit.text,
                                q.unit.dimension()
                            ),
                        ));
                    }
                }
                Err(e) => problems.push(e),
            }
        }
        if types.refs && out.is_empty() {
            if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
                return Err(qerr_help(
                    format!("{} refers to entities, which have no order", path.display),
                    lit.span,
                    "use = or != (or `within` for places)",
                ));
            }
            match self.entity(&lit.text, lit.span) {
                Ok(e) => out.push(RLit::Entity(e)),
                Err(e) if !types.text && !types.dates => return Err(e),
                Err(_) => {}
            }
        }
        if types.dates && out.is_empty() {
            match Date::parse_iso(&lit.text, &lit.text) {
                Ok(d) => out.push(RLit::Date(d)),
                Err(e) => problems.push(e),
            }
        }
        if types.text && out.is_empty() {
            out.push(RLit::Text(lit.text.clone()));
        }
        if out.is_empty() {
            let help = if !types.units.is_empty() {
                "write a number with a unit, e.g. 1亿元, 2250万元, 1500亩, 300千瓦".to_string()
            } else {
                problems.join("; ")
            };
            return Err(qerr_help(
                format!(
                    "'{}' does not fit {} ({})",
                    lit.text,
                    path.display,
                    types.describe()
                ),
                lit.span,
                help,
            ));
        }
        Ok(out)
    }

    /// A literal compared with a bare variable: every reading that parses.
    fn untyped_literal(&self, lit: &Literal) -> Result<Vec<RLit>, Error> {
        let mut out = Vec::new();
        if let Ok(q) = parse_quantity(&lit.text) {
            out.push(RLit::Quantity(q));
        }
        if let Ok(d) = Date::parse_iso(&lit.text, &lit.text) {
            out.push(RLit::Date(d));
        }
        if let Ok(Resolution::Found(e)) = self.store.resolve(&lit.text) {
            out.push(RLit::Entity(e));
        }
        out.push(RLit::Text(lit.text.clone()));
        Ok(out)
    }

    pub fn expr(&self, e: &Expr) -> Result<RExpr, Error> {
        Ok(match e {
            Expr::Or(items) => RExpr::Or(
                items
                    .iter()
                    .map(|i| self.expr(i))
                    .collect::<Result<_, _>>()?,
            ),
            Expr::And(items) => RExpr::And(
                items
                    .iter()
                    .map(|i| self.expr(i))
                    .collect::<Result<_, _>>()?,
            ),
            Expr::Not(inner) => RExpr::Not(Box::new(self.expr(inner)?)),
            Expr::Cmp { path, op, value } => {
                let path = self.path(path)?;
                let lits = self.literal(&path, *op, value)?;
                RExpr::Cmp {
                    path,
                    op: *op,
                    lits,
                }
            }
            Expr::Within { path, value } => {
                let path = self.path(path)?;
                let target = self.entity(&value.text, value.span)?;
                RExpr::Within {
                    path,
                    target,
                    places: self.places_within(target)?,
                }
            }
            Expr::Contains { path, value } => RExpr::Contains {
                path: self.path(path)?,
                needle: name_key(&value.text),
            },
            Expr::Has(p) => RExpr::Has(self.path(p)?),
        })
    }

    /// The place and everything that lies in it, following the containment
    /// attributes backwards through vaet.
    pub fn places_within(&self, target: Eid) -> Result<std::collections::HashSet<Eid>, Error> {
        let attrs: Vec<Aid> = CONTAINMENT_ATTRS
            .iter()
            .filter_map(|a| self.store.attr_id(a))
            .collect();
        let spans = self.store.attr_id(SPANS_ATTR);
        let mut seen = std::collections::HashSet::from([target]);
        let mut todo = vec![target];
        while let Some(t) = todo.pop() {
            let mut found = Vec::new();
            for a in &attrs {
                found.extend(
                    self.store
                        .referrers(t, Some(*a))?
                        .into_iter()
                        .map(|(_, e)| e),
                );
            }
            // A zone spanning several places lies within the target only when
            // every place it spans does.
            if let Some(sa) = spans {
                for (_, e) in self.store.referrers(t, Some(sa))? {
                    let all_inside = self
                        .store
                        .value_keys(e, sa)?
                        .iter()
                        .all(|v| matches!(v, KeyValue::Ref(p) if seen.contains(p)));
                    if all_inside {
                        found.push(e);
                    }
                }
            }
            for e in found {
                if seen.insert(e) {
                    todo.push(e);
                }
            }
        }
        Ok(seen)
    }

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
        Ok(SelectPlan {
            kind,
            kind_attr: self.store.attr_id(KIND_ATTR),
            access,
            filter,
            access_is_filter,
            shape,
            sort,
            limit: limit(&s.limit),
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

/// Up to `n` of `options` closest to `word` by edit distance.
pub fn closest(word: &str, options: &[String], n: usize) -> Vec<String> {
    let w: Vec<char> = word.chars().collect();
    let mut scored: Vec<(usize, &String)> = options
        .iter()
        .map(|o| {
            let oc: Vec<char> = o.chars().collect();
            (crate::store::edit_distance(&w, &oc), o)
        })
        .filter(|(d, o)| *d <= (o.chars().count().max(w.len()) / 2).max(1) || o.starts_with(word))
        .collect();
    scored.sort();
    scored.into_iter().take(n).map(|(_, o)| o.clone()).collect()
}
