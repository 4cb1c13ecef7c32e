//! `match`: a backtracking join over the patterns, cheapest first under
//! the bindings so far (the order `explain` shows).

use super::{compare, qerr, Cmp, Evaluator, WithHelp};
use crate::error::Error;
use crate::query::ast::Span;
use crate::query::plan::{next_pattern, MatchPlan, PAttr, PTerm, RExpr, RPattern};
use crate::query::result::{Cell, ResultSet};
use crate::store::{Eid, KeyValue};
use std::cmp::Ordering;

/// Most partial bindings one `match` may try: a join without a selective
/// pattern (`match ?a kind ?k, ?b kind ?l, ...`) grows as a product, and
/// must end with an error rather than run for hours.
pub const MAX_MATCH_STEPS: u64 = 500_000;

type Binding = Vec<Option<KeyValue>>;

impl Evaluator<'_> {
    pub(super) fn match_query(&self, m: &MatchPlan) -> Result<ResultSet, Error> {
        let mut out = Vec::new();
        let mut binding = vec![None; m.vars.len()];
        let mut done = vec![false; m.patterns.len()];
        self.solve(
            &m.patterns,
            &mut done,
            &mut binding,
            m.filter.as_ref(),
            &mut out,
            (m.limit, m.span),
        )?;
        let mut rs = ResultSet {
            columns: m.vars.iter().map(|v| format!("?{v}")).collect(),
            rows: Vec::new(),
            notes: Vec::new(),
            headings: Vec::new(),
        };
        for b in out {
            let mut row = Vec::new();
            for (i, v) in b.iter().enumerate() {
                row.push(match v {
                    Some(v) => {
                        let text = self.original_text(&m.patterns, &b, i, v)?;
                        self.cell(v, &text)?
                    }
                    None => Cell::Null,
                });
            }
            rs.rows.push(row);
        }
        Ok(rs)
    }

    fn solve(
        &self,
        pats: &[RPattern],
        done: &mut Vec<bool>,
        binding: &mut Binding,
        filter: Option<&RExpr>,
        out: &mut Vec<Binding>,
        (limit, span): (Option<usize>, Span),
    ) -> Result<(), Error> {
        if limit.is_some_and(|l| out.len() >= l) {
            return Ok(());
        }
        self.steps.set(self.steps.get() + 1);
        if self.steps.get() > MAX_MATCH_STEPS {
            return Err(qerr(
                format!("this match tries more than {MAX_MATCH_STEPS} combinations"),
                span,
            )
            .with_query_help(
                "give a pattern a name or value instead of a variable, add a where clause, \
                 or a limit",
            ));
        }
        let Some(i) = next_pattern(pats, done, binding) else {
            if filter
                .map(|f| self.holds(f, None, binding))
                .transpose()?
                .unwrap_or(true)
            {
                out.push(binding.clone());
            }
            return Ok(());
        };
        done[i] = true;
        let p = &pats[i];
        for (s, o) in self.pattern_matches(p, binding)? {
            let saved = binding.clone();
            if bind(&p.subject, &s, binding)
                && o.as_ref().is_none_or(|o| bind(&p.object, o, binding))
            {
                self.solve(pats, done, binding, filter, out, (limit, span))?;
            }
            *binding = saved;
        }
        done[i] = false;
        Ok(())
    }

    /// Candidate (subject, object) pairs for one pattern under a binding.
    fn pattern_matches(
        &self,
        p: &RPattern,
        binding: &[Option<KeyValue>],
    ) -> Result<Vec<(KeyValue, Option<KeyValue>)>, Error> {
        let subject = p.subject.value(binding);
        let object = p.object.value(binding);
        let mut out = Vec::new();
        match &p.attr {
            PAttr::Within => {
                let PTerm::Places(places) = &p.object else {
                    return Ok(out);
                };
                match subject {
                    Some(KeyValue::Ref(e)) => {
                        if places.contains(&e) {
                            out.push((KeyValue::Ref(e), None));
                        }
                    }
                    Some(_) => {}
                    None => {
                        let mut all: Vec<Eid> = places.iter().copied().collect();
                        all.sort_unstable();
                        out.extend(all.into_iter().map(|e| (KeyValue::Ref(e), None)));
                    }
                }
            }
            PAttr::Attr(a, _) => match (subject, object) {
                (Some(KeyValue::Ref(e)), _) => {
                    for v in self.store.value_keys(e, *a)? {
                        if accepts(&p.object, &v, binding) {
                            out.push((KeyValue::Ref(e), Some(v)));
                        }
                    }
                }
                (Some(_), _) => {}
                (None, Some(v @ KeyValue::Ref(t))) => {
                    for (_, e) in self.store.referrers(t, Some(*a))? {
                        out.push((KeyValue::Ref(e), Some(v.clone())));
                    }
                }
                (None, Some(v)) => {
                    for e in self.store.subjects_with(*a, &v)? {
                        out.push((KeyValue::Ref(e), Some(v.clone())));
                    }
                }
                (None, None) => {
                    for (e, v) in self.store.attr_pairs(*a)? {
                        if accepts(&p.object, &v, binding) {
                            out.push((KeyValue::Ref(e), Some(v)));
                        }
                    }
                }
            },
        }
        Ok(out)
    }

    /// The words a bound quantity or date was written in: found through a
    /// pattern that bound it as the value of some entity's attribute.
    fn original_text(
        &self,
        pats: &[RPattern],
        binding: &[Option<KeyValue>],
        var: usize,
        v: &KeyValue,
    ) -> Result<String, Error> {
        if !matches!(v, KeyValue::Quantity { .. } | KeyValue::Date { .. }) {
            return Ok(String::new());
        }
        for p in pats {
            if let (PTerm::Var(o), PAttr::Attr(a, _)) = (&p.object, &p.attr) {
                if *o == var {
                    if let Some(KeyValue::Ref(e)) = p.subject.value(binding) {
                        if let Some(text) = self.store.fact_text(e, *a, v)? {
                            return Ok(text);
                        }
                    }
                }
            }
        }
        Ok(String::new())
    }
}

/// Whether a term admits value `v` under a binding.
fn accepts(t: &PTerm, v: &KeyValue, binding: &[Option<KeyValue>]) -> bool {
    match t {
        PTerm::Var(i) => binding.get(*i).cloned().flatten().is_none_or(|b| &b == v),
        PTerm::Const(c) => c == v,
        PTerm::Lits(lits) => lits
            .iter()
            .any(|l| matches!(compare(v, l), Cmp::Order(Ordering::Equal))),
        PTerm::Places(p) => matches!(v, KeyValue::Ref(e) if p.contains(e)),
    }
}

/// Binds a variable term to `v`; false when it is bound to something else.
fn bind(t: &PTerm, v: &KeyValue, binding: &mut [Option<KeyValue>]) -> bool {
    match t {
        PTerm::Var(i) => match &binding[*i] {
            Some(b) => b == v,
            None => {
                binding[*i] = Some(v.clone());
                true
            }
        },
        _ => true,
    }
}
