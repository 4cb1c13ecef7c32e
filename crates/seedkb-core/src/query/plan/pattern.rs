//! `match` patterns, resolved: variables numbered, names and kinds looked
//! up, literals typed by their attribute; and the order they run in.

use super::{qerr, Planner, RLit, RPath, Step};
use crate::error::Error;
use crate::query::ast::{self, CmpOp, Term};
use crate::store::{Aid, Eid, KeyValue, KIND_ATTR};
use std::collections::HashSet;

/// The attribute of a pattern.
#[derive(Clone, Debug)]
pub enum PAttr {
    Attr(Aid, String),
    /// `?x within PLACE`: not an attribute, the containment closure.
    Within,
}

/// The subject or object of a pattern.
#[derive(Clone, Debug)]
pub enum PTerm {
    /// The variable numbered so in the match's `vars`.
    Var(usize),
    Const(KeyValue),
    /// A literal compared for equality (a quantity equals on value and unit).
    Lits(Vec<RLit>),
    Places(HashSet<Eid>),
}

impl PTerm {
    /// The single value this term stands for now, if any.
    pub fn value(&self, binding: &[Option<KeyValue>]) -> Option<KeyValue> {
        match self {
            PTerm::Var(i) => binding.get(*i).cloned().flatten(),
            PTerm::Const(v) => Some(v.clone()),
            PTerm::Lits(l) => match l.as_slice() {
                [RLit::Entity(e)] => Some(KeyValue::Ref(*e)),
                [RLit::Text(t)] => Some(KeyValue::Text(t.clone())),
                _ => None,
            },
            PTerm::Places(_) => None,
        }
    }
}

#[derive(Clone, Debug)]
pub struct RPattern {
    pub subject: PTerm,
    pub attr: PAttr,
    pub object: PTerm,
}

impl RPattern {
    /// Higher is cheaper to run next: bound subjects read eavt/aevt for one
    /// entity, bound objects read vaet/avet, neither scans an attribute.
    pub fn score(&self, binding: &[Option<KeyValue>]) -> u8 {
        let s = self.subject.value(binding).is_some();
        let o = self.object.value(binding).is_some() || matches!(self.object, PTerm::Lits(_));
        match (s, o, &self.attr) {
            (true, _, _) => 4,
            (false, true, PAttr::Attr(..)) => 3,
            (false, _, PAttr::Within) => 2,
            _ => 1,
        }
    }
}

/// The pattern to run next under a binding: the cheapest not yet done.
pub fn next_pattern(
    pats: &[RPattern],
    done: &[bool],
    binding: &[Option<KeyValue>],
) -> Option<usize> {
    (0..pats.len())
        .filter(|i| !done[*i])
        .max_by_key(|i| pats[*i].score(binding))
}

/// The order the patterns run in before anything is bound (for explain):
/// each pattern run binds its variables.
pub fn solve_order(pats: &[RPattern], nvars: usize) -> Vec<usize> {
    let mut binding: Vec<Option<KeyValue>> = vec![None; nvars];
    let mut done = vec![false; pats.len()];
    let mut order = Vec::new();
    while let Some(i) = next_pattern(pats, &done, &binding) {
        done[i] = true;
        order.push(i);
        for t in [&pats[i].subject, &pats[i].object] {
            if let PTerm::Var(v) = t {
                binding[*v] = Some(KeyValue::Ref(0));
            }
        }
    }
    order
}

impl Planner<'_> {
    /// Numbers the variables of a match, in order of appearance.
    pub fn bind_vars(&mut self, patterns: &[ast::Pattern]) {
        for p in patterns {
            for t in [&p.subject, &p.object] {
                if let Term::Var(v) = t {
                    if !self.vars.contains(&v.text) {
                        self.vars.push(v.text.clone());
                    }
                }
            }
        }
    }

    pub fn pattern(&self, p: &ast::Pattern) -> Result<RPattern, Error> {
        // Every variable was numbered by `bind_vars`.
        let var = |t: &Term| match t {
            Term::Var(v) => self.vars.iter().position(|n| *n == v.text),
            Term::Value(_) => None,
        };
        let subject = match &p.subject {
            Term::Var(_) => PTerm::Var(var(&p.subject).unwrap_or(0)),
            Term::Value(l) => PTerm::Const(KeyValue::Ref(self.entity(&l.text, l.span)?)),
        };
        let (attr, object) = if p.attr.text == "within" {
            let object = match &p.object {
                Term::Var(_) => {
                    return Err(qerr(
                        "within needs a place name after it, not a variable",
                        p.attr.span,
                    ))
                }
                Term::Value(l) => {
                    let t = self.entity(&l.text, l.span)?;
                    PTerm::Places(self.places_within(t)?)
                }
            };
            (PAttr::Within, object)
        } else if p.attr.text == KIND_ATTR {
            let object = match &p.object {
                Term::Var(_) => PTerm::Var(var(&p.object).unwrap_or(0)),
                Term::Value(l) => {
                    let k = self.kind(&ast::Word {
                        text: l.text.clone(),
                        span: l.span,
                    })?;
                    PTerm::Const(KeyValue::Text(k))
                }
            };
            (
                PAttr::Attr(self.attr(&p.attr)?, p.attr.text.clone()),
                object,
            )
        } else {
            let a = self.attr(&p.attr)?;
            let object = match &p.object {
                Term::Var(_) => PTerm::Var(var(&p.object).unwrap_or(0)),
                Term::Value(l) => {
                    let path = RPath {
                        var: None,
                        steps: vec![Step::Attr(a, p.attr.text.clone())],
                        display: p.attr.text.clone(),
                        span: p.attr.span,
                    };
                    PTerm::Lits(self.literal(&path, CmpOp::Eq, l)?)
                }
            };
            (PAttr::Attr(a, p.attr.text.clone()), object)
        };
        Ok(RPattern {
            subject,
            attr,
            object,
        })
    }
}
