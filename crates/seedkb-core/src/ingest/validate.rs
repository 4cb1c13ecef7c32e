//! The checks every input format shares, made once on what a format's
//! reader built: the same mistake gets the same message, at its line,
//! whether it is in a fact file or a dump. A reader checks its own syntax
//! (TOML tables, JSON lines) and leaves these to [`validate`].

use super::{is_snake_case, Problems};
use crate::model::{name_key, DocumentFacts, Entity, Fact, Rate, Source, Value, KIND_ATTR};
use crate::store::SOURCE_MARK;
use crate::text::{fold, quote_at, quote_in};
use std::collections::{HashMap, HashSet};

/// Whether a curated quote speaks of an entity: it contains the entity's
/// name or one of its aliases (quotation marks, white space and width
/// folded away), or it is the entity's own quote (one contains the other:
/// a descriptive name such as 侯家岭村全部贫困户 is stated by the words
/// its entity was defined with).
fn mentions(quote: &str, e: &Entity) -> bool {
    let q = name_key(quote);
    let own = name_key(&e.source.quote);
    names_it(quote, e)
        || (e.source.background.is_none()
            && !own.is_empty()
            && (q.contains(&own) || own.contains(&q)))
}

/// Whether the words contain the entity's name or one of its aliases.
fn names_it(quote: &str, e: &Entity) -> bool {
    let q = name_key(quote);
    std::iter::once(&e.name)
        .chain(e.aliases.iter())
        .map(|n| name_key(n))
        .any(|n| !n.is_empty() && q.contains(&n))
}

/// What is wrong with a curated source as such: a background without a
/// reason, or words holding the mark a stored source uses for its parts.
fn source_problem(s: &SourceRef) -> Option<String> {
    if let Some(why) = s.background {
        if why.trim().is_empty() {
            return Some("empty background: say why it is known without the document".into());
        }
    }
    [s.quote, s.background.unwrap_or_default()]
        .iter()
        // Both marks are ASCII, so their bytes are those characters: a byte
        // search, not a character walk of every quote.
        .any(|t| memchr::memchr2(SOURCE_MARK as u8, 2, t.as_bytes()).is_some())
        .then(|| {
            "a quote or background may not hold the control characters U+0001 or U+0002".into()
        })
}

/// What the checks read of a source, borrowed.
#[derive(Clone, Copy)]
pub(crate) struct SourceRef<'a> {
    pub quote: &'a str,
    pub background: Option<&'a str>,
}

impl<'a> SourceRef<'a> {
    fn of(s: &'a Source) -> Self {
        SourceRef {
            quote: &s.quote,
            background: s.background.as_deref(),
        }
    }
}

/// What the checks read of a fact, borrowed: from an owned [`Fact`], or
/// from a spooled record without building one (a dump's checker).
#[derive(Clone, Copy)]
pub(crate) struct FactRef<'a> {
    pub subject: &'a str,
    pub attribute: &'a str,
    /// The entity the value names, when it is a reference.
    pub reference: Option<&'a str>,
    pub quantity: bool,
    pub per: Option<Rate>,
    pub source: SourceRef<'a>,
}

impl<'a> FactRef<'a> {
    fn of(f: &'a Fact) -> Self {
        FactRef {
            subject: &f.subject,
            attribute: &f.attribute,
            reference: match &f.value {
                Value::Ref(r) => Some(r),
                _ => None,
            },
            quantity: matches!(f.value, Value::Quantity(_)),
            per: f.qualifiers.per,
            source: SourceRef::of(&f.source),
        }
    }
}

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

// Defined by the store, which sits below: a load hands it on.
pub use crate::store::search::QuotesFound;

/// Kinds and attributes are lower snake_case, quotes stand in their
/// document, and every subject and reference names an entity of these
/// documents or one the store has (`known`). Entities are named exactly:
/// an alias does not stand for its entity here.
pub fn validate(
    docs: &[(DocumentFacts, Lines)],
    known: &dyn Fn(&str) -> bool,
    problems: &mut Problems,
) {
    validate_found(docs, known, problems);
}

/// [`validate`], returning where each document's quotes were found.
pub fn validate_found(
    docs: &[(DocumentFacts, Lines)],
    known: &dyn Fn(&str) -> bool,
    problems: &mut Problems,
) -> Vec<QuotesFound> {
    // foldhash, not SipHash: every fact's subject is looked up here;
    // seeded at random, as the names are the input's.
    let names: HashSet<&str, foldhash::fast::RandomState> = docs
        .iter()
        .flat_map(|(d, _)| d.entities.iter().map(|e| e.name.as_str()))
        .collect();
    let is_entity = |n: &str| names.contains(n) || known(n);
    docs.iter()
        .map(|(d, lines)| {
            let facts = d.facts.iter().map(FactRef::of);
            let text = d.text.as_deref();
            validate_doc(
                &d.doc,
                text,
                &d.entities,
                facts,
                lines,
                &is_entity,
                problems,
            )
        })
        .collect()
}

/// [`validate_found`] of one document whose facts are read borrowed
/// (`facts`, in order, their lines in `lines`).
pub(crate) fn validate_borrowed<'a>(
    doc: &str,
    text: Option<&str>,
    entities: &[Entity],
    facts: impl Iterator<Item = FactRef<'a>>,
    lines: &Lines,
    known: &dyn Fn(&str) -> bool,
    problems: &mut Problems,
) -> QuotesFound {
    let names: HashSet<&str, foldhash::fast::RandomState> =
        entities.iter().map(|e| e.name.as_str()).collect();
    let is_entity = |n: &str| names.contains(n) || known(n);
    validate_doc(doc, text, entities, facts, lines, &is_entity, problems)
}

/// The checks of one document's entities and facts.
fn validate_doc<'a>(
    doc: &str,
    text: Option<&str>,
    entities: &[Entity],
    facts: impl Iterator<Item = FactRef<'a>>,
    lines: &Lines,
    is_entity: &dyn Fn(&str) -> bool,
    problems: &mut Problems,
) -> QuotesFound {
    let folded = text.map(fold);
    // The quotes found in the text so far: the facts of one statement
    // share its quote, and looking each one up again was a third of
    // the checks' time in a dump.
    let mut found = QuotesFound::default();
    // The quote last found: the facts of a statement come together,
    // so most quotes are the one before, compared without hashing.
    let mut last_found = String::new();
    let mut check_quote = |problems: &mut Problems, line: usize, source: SourceRef| {
        if let Some(why) = source_problem(&source) {
            problems.add(line, why);
        }
        let quote = source.quote;
        if source.background.is_some() {
            // Known without the document: nothing to find in it.
        } else if quote.trim().is_empty() {
            problems.add(line, "empty quote");
        } else if let Some(f) = &folded {
            if last_found == quote {
                return;
            }
            if !found.contains_key(quote) {
                match quote_at(f, quote) {
                    Some(at) => {
                        found.insert(quote.to_string(), at);
                    }
                    None => {
                        problems.add(line, format!("quote is not in {doc}: \"{quote}\""));
                        return;
                    }
                }
            }
            quote.clone_into(&mut last_found);
        }
    };
    for (i, e) in entities.iter().enumerate() {
        let line = lines.entity(i);
        if !is_snake_case(&e.kind) {
            problems.add(
                line,
                format!("kind '{}' must be a lower snake_case English noun", e.kind),
            );
        }
        check_quote(problems, line, SourceRef::of(&e.source));
    }
    for (i, f) in facts.enumerate() {
        let line = lines.fact(i);
        if !is_entity(f.subject) {
            problems.add(
                line,
                format!(
                    "subject '{}' is not an entity name (none here or in the store)",
                    f.subject
                ),
            );
        }
        if !is_snake_case(f.attribute) {
            problems.add(
                line,
                format!("attribute '{}' must be lower snake_case", f.attribute),
            );
        }
        if f.attribute == KIND_ATTR {
            problems.add(line, "a kind is set with the entity, not as a fact");
        }
        if let Some(r) = f.reference {
            if !is_entity(r) {
                problems.add(
                    line,
                    format!("ref '{r}' is not an entity name (none here or in the store)"),
                );
            }
        }
        if let Some(r) = f.per {
            if !f.quantity {
                problems.add(
                    line,
                    format!("per = \"{r}\" goes with a quantity only (a rate of a number)"),
                );
            }
        }
        check_quote(problems, line, f.source);
    }
    found
}

/// What a curator writes is held to more than a dump is (a dump reloads
/// data checked when it first came, and must always load back): every
/// alias occurs in the document or says why it names the entity, and every
/// quote supports its fact — it speaks of the subject and of the entity a
/// reference names (by name, alias, or being that entity's own quote), and
/// a text value is words of it. Background knowledge is not checked
/// against the document; it says why it is known.
pub fn curated(d: &DocumentFacts, lines: &Lines, problems: &mut Problems) {
    let Some(doc) = d.text.as_deref() else {
        return;
    };
    let (text, folded) = (name_key(doc), fold(doc));
    let defined: HashMap<&str, &Entity> = d.entities.iter().map(|e| (e.name.as_str(), e)).collect();
    for (i, e) in d.entities.iter().enumerate() {
        for a in &e.aliases {
            if e.alias_reason(a).is_none() && !text.contains(&name_key(a)) {
                problems.add(
                    lines.entity(i),
                    format!(
                        "alias '{a}' of '{}' is not in {}; an alias the document does not \
                         contain needs a background (why it names the entity)",
                        e.name, d.doc
                    ),
                );
            }
        }
    }
    let hint = "; quote a sentence that says it, or give a background instead";
    for (i, f) in d.facts.iter().enumerate() {
        let (line, s) = (lines.fact(i), &f.source);
        // A quote that is not in the document is reported as such already.
        if s.background.is_some() || !quote_in(&folded, &s.quote) {
            continue;
        }
        // Subjects and references of other documents cannot be checked here.
        if let Some(e) = defined.get(f.subject.as_str()) {
            if !mentions(&s.quote, e) {
                problems.add(
                    line,
                    format!(
                        "the quote of {} does not name its subject '{}' (nor an alias of it){hint}",
                        f.attribute, f.subject
                    ),
                );
            }
        }
        match &f.value {
            Value::Ref(r) => {
                if let Some(e) = defined.get(r.as_str()) {
                    if !mentions(&s.quote, e) {
                        problems.add(
                            line,
                            format!(
                                "the quote of {} does not name '{r}' (nor an alias of it){hint}",
                                f.attribute
                            ),
                        );
                    }
                }
            }
            Value::Text(t) if !name_key(&s.quote).contains(&name_key(t)) => {
                problems.add(line, format!("text '{t}' is not words of its quote{hint}"));
            }
            _ => {}
        }
    }
}
