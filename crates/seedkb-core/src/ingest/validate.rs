//! The checks every input format shares, made once on what a format's
//! reader built: the same mistake gets the same message, at its line,
//! whether it is in a fact file or a dump. A reader checks its own syntax
//! (TOML tables, JSON lines) and leaves these to [`validate`].

use super::{is_snake_case, Problems};
use crate::model::{DocumentFacts, Value, KIND_ATTR};
use crate::text::{fold, quote_in};
use std::collections::HashSet;

/// The line of each entity and fact of one document in the file it was
/// read from (0: no line of its own).
#[derive(Clone, Debug, Default)]
pub struct Lines {
    pub entities: Vec<usize>,
    pub facts: Vec<usize>,
}

impl Lines {
    fn entity(&self, i: usize) -> usize {
        self.entities.get(i).copied().unwrap_or(0)
    }

    fn fact(&self, i: usize) -> usize {
        self.facts.get(i).copied().unwrap_or(0)
    }
}

/// Kinds and attributes are lower snake_case, quotes stand in their
/// document, and every subject and reference names an entity of these
/// documents or one the store has (`known`). Entities are named exactly:
/// an alias does not stand for its entity here.
pub fn validate(
    docs: &[(DocumentFacts, Lines)],
    known: &dyn Fn(&str) -> bool,
    problems: &mut Problems,
) {
    let names: HashSet<&str> = docs
        .iter()
        .flat_map(|(d, _)| d.entities.iter().map(|e| e.name.as_str()))
        .collect();
    let is_entity = |n: &str| names.contains(n) || known(n);
    for (d, lines) in docs {
        let folded = d.text.as_deref().map(fold);
        let check_quote = |problems: &mut Problems, line: usize, quote: &str| {
            if quote.trim().is_empty() {
                problems.add(line, "empty quote");
            } else if let Some(f) = &folded {
                if !quote_in(f, quote) {
                    problems.add(line, format!("quote is not in {}: \"{quote}\"", d.doc));
                }
            }
        };
        for (i, e) in d.entities.iter().enumerate() {
            let line = lines.entity(i);
            if !is_snake_case(&e.kind) {
                problems.add(
                    line,
                    format!("kind '{}' must be a lower snake_case English noun", e.kind),
                );
            }
            check_quote(problems, line, &e.source.quote);
        }
        for (i, f) in d.facts.iter().enumerate() {
            let line = lines.fact(i);
            if !is_entity(&f.subject) {
                problems.add(
                    line,
                    format!(
                        "subject '{}' is not an entity name (none here or in the store)",
                        f.subject
                    ),
                );
            }
            if !is_snake_case(&f.attribute) {
                problems.add(
                    line,
                    format!("attribute '{}' must be lower snake_case", f.attribute),
                );
            }
            if f.attribute == KIND_ATTR {
                problems.add(line, "a kind is set with the entity, not as a fact");
            }
            if let Value::Ref(r) = &f.value {
                if !is_entity(r) {
                    problems.add(
                        line,
                        format!("ref '{r}' is not an entity name (none here or in the store)"),
                    );
                }
            }
            if let Some(r) = f.qualifiers.per {
                if !matches!(f.value, Value::Quantity(_)) {
                    problems.add(
                        line,
                        format!("per = \"{r}\" goes with a quantity only (a rate of a number)"),
                    );
                }
            }
            check_quote(problems, line, &f.source.quote);
        }
    }
}
