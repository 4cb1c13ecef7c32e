//! Planning: resolves the words of a query against the store (kinds,
//! attributes, entity names, typed literals, units) and picks the index
//! that reads the fewest keys. Every error a user can fix is raised here,
//! with the span of the word at fault, before anything is evaluated.

use super::ast::{self, CmpOp, Expr, Literal, Path, Span, Word};
use crate::error::{Error, QueryError};
use crate::model::{name_key, parse_quantity, singular, Date, Quantity, Unit};
use crate::store::{keys, Aid, AttrTypes, Eid, KeyValue, Resolution, Store};

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

/// How the candidate entities are found.
#[derive(Clone, Debug)]
pub enum Access {
    /// Every entity of the kind, from avet on `kind`.
    KindScan,
    /// A value range of one attribute, from avet.
    Range {
        attr: Aid,
        attr_name: String,
        lo: std::ops::Bound<Vec<u8>>,
        hi: std::ops::Bound<Vec<u8>>,
        describe: String,
    },
    /// Entities whose attribute refers to one of these entities, from vaet.
    Referrers {
        attr: Aid,
        attr_name: String,
        targets: Vec<Eid>,
        describe: String,
    },
}

impl Access {
    pub fn describe(&self, kind: &str) -> String {
        match self {
            Access::KindScan => format!("scan avet[kind = {kind}]"),
            Access::Range { describe, .. } => {
                format!("range avet[{describe}], then check kind = {kind}")
            }
            Access::Referrers { describe, .. } => {
                format!("lookup vaet[{describe}], then check kind = {kind}")
            }
        }
    }
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
        match e {
            RExpr::Cmp { path, op, lits }
                if path.var.is_none() && path.steps.len() == 1 && lits.len() == 1 =>
            {
                let Step::Attr(a, name) = &path.steps[0] else {
                    return None;
                };
                match (&lits[0], op) {
                    (RLit::Entity(t), CmpOp::Eq) => Some((
                        0,
                        Access::Referrers {
                            attr: *a,
                            attr_name: name.clone(),
                            targets: vec![*t],
                            describe: format!(
                                "{name} = {}",
                                self.store
                                    .entity_name(*t)
                                    .unwrap_or_else(|_| format!("#{t}"))
                            ),
                        },
                    )),
                    (RLit::Quantity(q), op) if q.unit != Unit::Number && *op != CmpOp::Ne => {
                        let (lo, hi) = quantity_range(q, *op);
                        Some((
                            2,
                            Access::Range {
                                attr: *a,
                                attr_name: name.clone(),
                                lo,
                                hi,
                                describe: format!(
                                    "{name} {} {} {}",
                                    op.symbol(),
                                    q.value,
                                    q.unit.symbol()
                                ),
                            },
                        ))
                    }
                    (RLit::Text(t), CmpOp::Eq) => {
                        let v = keys::encode_value(&KeyValue::Text(t.clone()));
                        let hi = keys::prefix_end(&v)
                            .map_or(std::ops::Bound::Unbounded, std::ops::Bound::Excluded);
                        Some((
                            1,
                            Access::Range {
                                attr: *a,
                                attr_name: name.clone(),
                                lo: std::ops::Bound::Included(v),
                                hi,
                                describe: format!("{name} = \"{t}\""),
                            },
                        ))
                    }
                    _ => None,
                }
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
                        describe: format!(
                            "{name} within {} ({} places)",
                            self.store
                                .entity_name(*target)
                                .unwrap_or_else(|_| format!("#{target}")),
                            places.len()
                        ),
                    },
                ))
            }
            _ => None,
        }
    }
}

/// Key bounds (within one attribute's avet) for `value op q`.
pub fn quantity_range(
    q: &Quantity,
    op: CmpOp,
) -> (std::ops::Bound<Vec<u8>>, std::ops::Bound<Vec<u8>>) {
    use std::ops::Bound::*;
    let at = |v: i128| {
        let mut b = Vec::new();
        keys::quantity_value_prefix(&mut b, q.unit, crate::model::Num(v));
        b
    };
    let mut unit_start = Vec::new();
    keys::quantity_prefix(&mut unit_start, q.unit);
    let unit_end = keys::prefix_end(&unit_start).map_or(Unbounded, Excluded);
    let v = q.value.0;
    // The boundary value itself is always read: a bounded value such as
    // 超2.4亿元 (keyed at 2.4亿) is greater than 2.4亿元, 不到1亿元 less than
    // 1亿元. The filter decides on each candidate.
    match op {
        CmpOp::Gt => (Included(at(v)), unit_end),
        CmpOp::Ge => (Included(at(v)), unit_end),
        CmpOp::Lt => (Included(unit_start), Excluded(at(v.saturating_add(1)))),
        CmpOp::Le => (Included(unit_start), Excluded(at(v.saturating_add(1)))),
        CmpOp::Eq => (Included(at(v)), Excluded(at(v.saturating_add(1)))),
        CmpOp::Ne => (Included(unit_start), unit_end),
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

pub use ast::CmpOp as Op;
