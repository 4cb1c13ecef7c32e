//! `explain`: the steps of a plan, in words. The only place explain text
//! is written.

use super::access::{Access, Referral};
use super::pattern::{solve_order, PAttr, RPattern};
use super::{Plan, RLit, Shape};
use std::fmt;

impl Plan {
    /// The steps `explain` shows, in the order they run.
    pub fn steps(&self) -> Vec<String> {
        match self {
            Plan::Explain(inner) => inner.steps(),
            Plan::Show(_) => vec!["lookup names[name], then eavt[e] and vaet[e]".into()],
            Plan::ShowDocument(_) => vec!["lookup the document by name, then its text".into()],
            Plan::Kinds | Plan::Attributes(_) => vec!["scan avet[kind]".into()],
            Plan::Select(s) => {
                let mut steps = vec![access_step(&s.access, &s.kind)];
                if s.filter.is_some() {
                    steps.push("filter each candidate by the where clause (aevt)".into());
                }
                match &s.shape {
                    Shape::Rows { .. } => {}
                    Shape::Groups { by, .. } => steps.push(format!("group by {} (rows)", by.display)),
                    Shape::Aggregate { func, by, .. } => {
                        if let Some(by) = by {
                            steps.push(format!("group by {} ({})", by.display, func.name()));
                        }
                    }
                }
                steps
            }
            Plan::Timeline(t) => {
                let mut steps =
                    vec!["scan aevt[each attribute holding dates] for dated facts".to_string()];
                if t.subjects.is_some() {
                    steps.push(
                        "keep facts about the entity of `of`, what lies within it and what \
                         refers to it (vaet)"
                            .into(),
                    );
                }
                if t.filter.is_some() {
                    steps.push("filter each subject by the where clause (aevt)".into());
                }
                steps.push("sort by date, dates of unknown year last; read each quote (eavt)".into());
                steps
            }
            Plan::Match(m) => solve_order(&m.patterns, m.vars.len())
                .into_iter()
                .map(|i| format!("pattern {}: {}", i + 1, pattern_step(&m.patterns[i])))
                .collect(),
            Plan::Find(f) => vec![
                format!(
                    "lookup words[{}]: sentences where each term is a whole word (ranked higher)",
                    f.terms.join("], words[")
                ),
                "scan sentences for each term as an exact substring (linear in the number of sentences)"
                    .to_string(),
                "rank by occurrences (whole words count double), then shorter sentences; \
                 read the facts drawn from each sentence (eavt)"
                    .to_string(),
            ],
        }
    }
}

/// One numbered step a line, as `explain` answers them.
impl fmt::Display for Plan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, s) in self.steps().iter().enumerate() {
            writeln!(f, "{} {s}", i + 1)?;
        }
        Ok(())
    }
}

fn access_step(access: &Access, kind: &str) -> String {
    match access {
        Access::KindScan => format!("scan avet[kind = {kind}]"),
        Access::Range {
            attr_name, op, lit, ..
        } => {
            // Ranges are planned for quantities and texts only.
            let value = match lit {
                RLit::Quantity(q) => format!("{} {}", q.value, q.unit.symbol()),
                RLit::Text(t) => format!("\"{t}\""),
                RLit::Entity(e) => format!("#{e}"),
                RLit::Date(d) => d.iso(),
            };
            let cond = format!("{attr_name} {} {value}", op.symbol());
            format!("range avet[{cond}], then check kind = {kind}")
        }
        Access::Referrers { attr_name, why, .. } => {
            let cond = match why {
                Referral::Equals { target } => format!("{attr_name} = {target}"),
                Referral::Within { target, places } => {
                    format!("{attr_name} within {target} ({places} places)")
                }
            };
            format!("lookup vaet[{cond}], then check kind = {kind}")
        }
    }
}

fn pattern_step(p: &RPattern) -> String {
    match &p.attr {
        PAttr::Within => "enumerate places within (vaet on located_in/district)".into(),
        PAttr::Attr(_, name) => format!(
            "{name}: eavt when the subject is bound, else vaet/avet on the object, else aevt"
        ),
    }
}
