//! Resolution of the words of a query against the store: kinds (with
//! their aliases), attributes, entity names, paths, typed literals and
//! conditions. Every error a user can fix is raised here, with the span of
//! the word at fault and a suggestion when there is a close one.

use super::{Provenance, QualifierName, RExpr, RLit, RPath, Step};
use crate::error::{Error, QueryError};
use crate::model::{name_key, parse_quantity, singular, Date, Modality, Rate};
use crate::query::ast::{CmpOp, Expr, Literal, Path, Span, Word};
use crate::store::{Aid, AttrTypes, Eid, KeyValue, Resolution, Store};

/// How many entities of a kind are looked at for an attribute a query
/// names (see [`Planner::on_kind`]): past them it is taken to be there.
const KIND_PROBE: usize = 512;

/// `a`, `a or b`, `a, b or c`.
fn one_of(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    }
}

/// Attributes along which `within` climbs: a place lies in its
/// `located_in`, a project in its `district`, a person where they live.
pub const CONTAINMENT_ATTRS: &[&str] = &["located_in", "district", "residence"];

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

pub struct Planner<'s> {
    pub store: &'s Store,
    /// Variable names of a match query, in order of appearance.
    pub vars: Vec<String>,
}

/// A query error at a span (for the planner and the evaluator).
pub(crate) fn qerr(msg: impl Into<String>, span: Span) -> Error {
    Error::Query(QueryError::new(msg, (span.start, span.end)))
}

pub(super) fn qerr_help(msg: impl Into<String>, span: Span, help: impl Into<String>) -> Error {
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
                // A researcher citing a filtered answer asks for its quotes
                // as a column: they are a fact's, so a path's (`amount.quote`).
                let citing = matches!(
                    w.text.to_lowercase().as_str(),
                    "quote" | "quotes" | "doc" | "docs" | "document" | "source" | "citation"
                );
                let help = if citing {
                    "a value's quote and document are the paths ATTR.quote and ATTR.doc, \
                     e.g. `funding list name, amount, amount.quote, amount.doc`"
                        .to_string()
                } else if close.is_empty() {
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

    /// The entity `show` names. `show` takes the rest of the line as the
    /// name, so a clause typed after one (`show 义县 list quote`) is not
    /// looked up as part of it: the error says what `show` takes instead
    /// of offering names spelt like the whole line.
    pub fn shown_entity(&self, text: &str, span: Span) -> Result<Eid, Error> {
        match self.store.sounding(text)? {
            Some(Resolution::Found(e)) => return Ok(e),
            Some(Resolution::Ambiguous { candidates }) => {
                return Err(qerr_help(
                    format!("'{text}' could name several entities"),
                    span,
                    format!("one of: {}", candidates.join(", ")),
                ))
            }
            _ => {}
        }
        let not_found = match self.entity(text, span) {
            Ok(e) => return Ok(e),
            Err(e) => e,
        };
        // Only a bare name's words lie in the input where the span says.
        if span.end - span.start != text.len() {
            return Err(not_found);
        }
        for (i, c) in text.char_indices().filter(|(_, c)| c.is_whitespace()) {
            let rest = text[i + c.len_utf8()..].trim_start();
            let Some(kw) = crate::query::lex::keyword_at(rest) else {
                continue;
            };
            let head = text[..i].trim_end();
            // Keys grow with the head a character at a time: once no name
            // starts with it, none starts with a longer one (and 64 KB of
            // `and …` is thousands of heads).
            let e = match self.store.lookup(head)? {
                Some(Resolution::Found(e)) => e,
                Some(_) => continue,
                None if name_key(head).is_empty() => continue,
                None => break,
            };
            let at = span.start + (text.len() - rest.len());
            let kind = self.store.entity(e)?.kind.clone();
            return Err(qerr_help(
                format!("show takes a name only, not '{kw}' after it"),
                Span {
                    start: at,
                    end: at + kw.len(),
                },
                format!(
                    "`show {head}` lists every fact about it with its quote; to choose \
                     columns, ask its kind: `{kind} where name = {head} list name, …`"
                ),
            ));
        }
        Err(not_found)
    }

    /// A note for a path a select's rows are filtered, grouped, ordered or
    /// added up by whose first attribute no entity of the kind has:
    /// `projects where amount > 1亿元` would otherwise answer nothing
    /// without saying why, when projects hold their money in `total_investment`.
    /// A note, not an error: the answer stands (no project has an amount
    /// over 1亿元, and `count counties where has status` is 0 once the
    /// document stating it is replaced), as a pinned query expects. (A
    /// column of `list` shows its emptiness and is left alone.)
    pub fn on_kind(&self, kind: &str, path: &RPath) -> Result<Option<String>, Error> {
        let (None, Some(Step::Attr(a, text))) = (path.var, path.steps.first()) else {
            return Ok(None);
        };
        if self.store.kind_has_attr(kind, *a, KIND_PROBE)? != Some(false) {
            return Ok(None);
        }
        // What the kind's entities have (their first few hundred: this is
        // the error's help, not its verdict).
        let mut theirs: Vec<(String, Aid)> = Vec::new();
        for e in self
            .store
            .entities_of_kind(kind)?
            .into_iter()
            .take(KIND_PROBE)
        {
            for f in self.store.facts_of(e)? {
                let name = self.store.attr_name(f.attr);
                if name != crate::store::KIND_ATTR && !theirs.iter().any(|(n, _)| *n == name) {
                    theirs.push((name, f.attr));
                }
            }
        }
        theirs.sort();
        let units = self.store.attr_types(*a)?.units;
        let mut alike = Vec::new();
        for (name, b) in &theirs {
            let held = self.store.attr_types(*b)?.units;
            if held.iter().any(|u| units.iter().any(|v| v.comparable(*u))) {
                alike.push(name.clone());
            }
        }
        let names: Vec<String> = theirs.into_iter().map(|(n, _)| n).collect();
        let close = closest(text, &names, 3);
        let help = if let (false, Some(u)) = (alike.is_empty(), units.first()) {
            format!("a {kind}'s {} is in {}", u.dimension(), one_of(&alike))
        } else if !close.is_empty() {
            format!("did you mean {}?", close.join(" or "))
        } else {
            format!("`attributes of {kind}` lists what a {kind} has")
        };
        Ok(Some(format!("no {kind} has the attribute {text}: {help}")))
    }

    pub fn path(&self, p: &Path) -> Result<RPath, Error> {
        let var = match &p.var {
            Some(v) => Some(self.var_index(v)?),
            None => None,
        };
        let mut steps = Vec::new();
        for (i, a) in p.attrs.iter().enumerate() {
            // `doc.published`: the date of the document before it (its
            // citation's), which ends the path as `doc` would.
            if a.text == crate::store::PUBLISHED_ATTR
                && matches!(steps.last(), Some(Step::Cited(Provenance::Doc)))
            {
                last_in_path(p, i, "a document's date", "e.g. `amount.doc.published`")?;
                steps.pop();
                steps.push(Step::Cited(Provenance::Published));
                continue;
            }
            if a.text == "name" && self.store.attr_id("name").is_none() {
                steps.push(Step::Name);
            } else if let Some(q) = QualifierName::from_word(&a.text).filter(|_| {
                // An attribute of that name is meant, unless the step before
                // is an attribute whose values are no entities (the seed's
                // curated facts have a `period`; `sales.period` can only be
                // the qualifier).
                self.store.attr_id(&a.text).is_none()
                    || match steps.last() {
                        Some(Step::Attr(prev, _)) => self
                            .store
                            .attr_types(*prev)
                            .is_ok_and(|t| !t.refs && !t.is_empty()),
                        _ => false,
                    }
            }) {
                last_in_path(
                    p,
                    i,
                    "a qualifier of a fact",
                    "e.g. `amount.modality = demand`, `modality = expected`",
                )?;
                if matches!(steps.last(), Some(Step::Name)) {
                    return Err(qerr(format!("a name has no {}", a.text), a.span));
                }
                steps.push(Step::Qualifier(q));
            } else if let Some(c) =
                Provenance::from_word(&a.text).filter(|_| self.store.attr_id(&a.text).is_none())
            {
                let dated = c == Provenance::Doc
                    && p.attrs.get(i + 1).map(|n| n.text.as_str())
                        == Some(crate::store::PUBLISHED_ATTR);
                if !dated {
                    last_in_path(
                        p,
                        i,
                        "a fact's source",
                        "e.g. `amount.quote`, `amount.doc`, `amount.doc.published`",
                    )?;
                }
                match steps.last() {
                    Some(Step::Attr(..)) => {}
                    Some(Step::Name) => {
                        return Err(qerr_help(
                            format!("a name has no {}", a.text),
                            a.span,
                            "`show NAME` gives the quote and document of an entity and its facts",
                        ))
                    }
                    // First in a path (or after a variable): the facts of
                    // which attribute?
                    _ => {
                        return Err(qerr_help(
                            format!("{} needs an attribute before it: it is a fact's", a.text),
                            a.span,
                            format!(
                                "name the attribute: ATTR.{}, e.g. `funding list name, amount, amount.{}`",
                                a.text, a.text
                            ),
                        ))
                    }
                }
                steps.push(Step::Cited(c));
            } else {
                let aid = match (self.attr(a), steps.last()) {
                    (Ok(aid), _) => aid,
                    // Last after an attribute: most likely a word for where
                    // the value comes from (`amount.sentence`).
                    (Err(_), Some(Step::Attr(_, prev))) if i + 1 == p.attrs.len() => {
                        return Err(self.path_end_error(prev, a))
                    }
                    (Err(e), _) => return Err(e),
                };
                steps.push(Step::Attr(aid, a.text.clone()));
            }
        }
        Ok(RPath {
            var,
            steps,
            display: p.display(),
            span: p.span,
        })
    }

    /// An unknown word ending a path after the attribute `prev`: what a
    /// path may end in, with the word meant when it names a source
    /// (`amount.sentence` → `amount.quote`) or is spelt like an attribute.
    fn path_end_error(&self, prev: &str, w: &Word) -> Error {
        let meant = match w.text.to_lowercase().as_str() {
            "sentence" | "sentences" | "text" | "quotes" | "quotation" | "citation" | "excerpt"
            | "context" | "snippet" => Some("quote"),
            "docs" | "document" | "documents" | "file" | "article" | "source" | "sources"
            | "url" | "origin" => Some("doc"),
            _ => None,
        };
        let ends = format!(
            "after an attribute a path names another attribute, or ends in `quote` or \
             `doc` (where the value is said: `{prev}.quote`) or `modality`, `per`, `as_of`, `period`"
        );
        let close = closest(&w.text, &self.store.attribute_names(), 3);
        let help = match meant {
            Some(m) => format!("did you mean {prev}.{m}? {ends}"),
            None if !close.is_empty() => format!("did you mean {}? {ends}", close.join(" or ")),
            None => ends,
        };
        qerr_help(format!("unknown attribute '{}'", w.text), w.span, help)
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
            Some(Step::Qualifier(QualifierName::AsOf | QualifierName::Period)) => {
                Ok(Some(AttrTypes {
                    dates: true,
                    ..Default::default()
                }))
            }
            Some(Step::Qualifier(_) | Step::Cited(_)) => Ok(Some(AttrTypes {
                text: true,
                ..Default::default()
            })),
            None => Ok(None),
        }
    }

    /// Gives a literal its meaning from what the attribute holds.
    pub fn literal(&self, path: &RPath, op: CmpOp, lit: &Literal) -> Result<Vec<RLit>, Error> {
        // A modality or rate is one of a closed list of words.
        let known = match path.steps.last() {
            Some(Step::Qualifier(QualifierName::Modality)) => Some((
                Modality::from_name(&lit.text).is_some(),
                "modality",
                Modality::names(),
            )),
            Some(Step::Qualifier(QualifierName::Per)) => {
                Some((Rate::from_name(&lit.text).is_some(), "rate", Rate::names()))
            }
            _ => None,
        };
        if let Some((false, what, names)) = known {
            return Err(qerr_help(
                format!("unknown {what} '{}'", lit.text),
                lit.span,
                format!("expected one of {names}"),
            ));
        }
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
            // A number too large for any quantity is said so: it has a unit.
            let too_large = problems.iter().find(|p| p.0.contains("too large"));
            let help = if let Some(p) = too_large {
                p.0.clone()
            } else if !types.units.is_empty() {
                "write a number with a unit, e.g. 1亿元, 2250万元, 1500亩, 300千瓦".to_string()
            } else {
                problems
                    .iter()
                    .map(|p| p.0.as_str())
                    .collect::<Vec<_>>()
                    .join("; ")
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
        if let Ok(Some(Resolution::Found(e))) = self.store.lookup(&lit.text) {
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
}

/// A word that stands for something of the facts before it (`what`) is
/// the last of its path: an error at the `i`th word of `p` if it is not.
fn last_in_path(p: &Path, i: usize, what: &str, example: &str) -> Result<(), Error> {
    match p.attrs.get(i) {
        Some(a) if i + 1 != p.attrs.len() => Err(qerr_help(
            format!("{} is {what} and ends a path", a.text),
            a.span,
            example,
        )),
        _ => Ok(()),
    }
}

/// Up to `n` of `options` closest to `word` by edit distance.
pub fn closest(word: &str, options: &[String], n: usize) -> Vec<String> {
    let w: Vec<char> = word.chars().collect();
    // A name holding the word as one of its parts (`total_investment` for
    // `investment`) is the same thing said more precisely: first.
    let part = |o: &str| w.len() >= 4 && o != word && o.split('_').any(|p| p == word);
    let mut scored: Vec<(bool, usize, &String)> = options
        .iter()
        .map(|o| {
            let oc: Vec<char> = o.chars().collect();
            (!part(o), crate::store::edit_distance(&w, &oc), o)
        })
        .filter(|(not_part, d, o)| {
            !not_part || *d <= (o.chars().count().max(w.len()) / 2).max(1) || o.starts_with(word)
        })
        .collect();
    scored.sort();
    scored
        .into_iter()
        .take(n)
        .map(|(_, _, o)| o.clone())
        .collect()
}
