//! Curated fact files: `seeds/<doc>.facts.toml`. See seeds/README.md for
//! the format. Every quote must occur in the document (white space folded),
//! every quantity and date text in its quote.

use super::{is_snake_case, Problems};
use crate::error::Error;
use crate::model::{parse_quantity, Date, DocumentFacts, Entity, Fact, Source, Value};
use crate::text::{fold, quote_in};
use serde::Deserialize;
use std::collections::HashMap;
use toml::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FactFile {
    document: DocHeader,
    #[serde(default)]
    entity: Vec<Spanned<EntityRow>>,
    #[serde(default)]
    fact: Vec<Spanned<FactRow>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)] // title and dates are read for validation and future use
struct DocHeader {
    file: Spanned<String>,
    title: Option<String>,
    year: Option<i32>,
    published: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntityRow {
    name: String,
    kind: String,
    #[serde(default)]
    aliases: Vec<String>,
    quote: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FactRow {
    subject: String,
    attribute: String,
    quantity: Option<String>,
    #[serde(rename = "ref")]
    reference: Option<String>,
    text: Option<String>,
    date: Option<String>,
    as_written: Option<String>,
    quote: String,
}

/// Why a document path does not name a file in the fact file's folder.
fn outside_folder(file: &str) -> Option<&'static str> {
    use std::path::Component;
    let p = std::path::Path::new(file);
    if file.trim().is_empty() {
        return Some("is empty");
    }
    if p.is_absolute() || file.starts_with(['/', '\\']) {
        return Some("is an absolute path");
    }
    if p.components()
        .any(|c| !matches!(c, Component::Normal(_) | Component::CurDir))
        || file.split(['/', '\\']).any(|part| part == "..")
    {
        return Some("leaves the fact file's folder");
    }
    None
}

fn line_of(src: &str, offset: usize) -> usize {
    src.as_bytes()[..offset.min(src.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// Parses and checks a fact file. `read_doc` fetches the document's text
/// by file name; `known` tells whether an entity exists in the store
/// already (for references to other documents' entities).
pub fn parse(
    label: &str,
    src: &str,
    read_doc: impl Fn(&str) -> Result<Option<String>, String>,
    known: &dyn Fn(&str) -> bool,
) -> Result<DocumentFacts, Error> {
    let file: FactFile = toml::from_str(src).map_err(|e| {
        let line = e.span().map(|s| line_of(src, s.start)).unwrap_or(1);
        Error::Input(format!("{label}:{line}: {}", e.message()))
    })?;
    let doc_file = file.document.file.get_ref().clone();
    // The document sits beside its fact file: a path that is absolute or
    // climbs out of the folder would let a fact file read (and `dump`
    // print) any file on the machine.
    if let Some(why) = outside_folder(&doc_file) {
        let line = line_of(src, file.document.file.span().start);
        return Err(Error::Input(format!(
            "{label}:{line}: file = \"{}\" {why}; expected the name of a document in the \
             fact file's folder",
            doc_file.escape_debug()
        )));
    }
    let doc_text = read_doc(&doc_file).map_err(|e| Error::Input(format!("{label}: {e}")))?;
    let folded = doc_text.as_deref().map(fold);
    let mut problems = Problems::new(label);
    let check_quote = |problems: &mut Problems, line: usize, quote: &str| {
        if quote.trim().is_empty() {
            problems.add(line, "empty quote");
        } else if let Some(f) = &folded {
            if !quote_in(f, quote) {
                problems.add(line, format!("quote is not in {doc_file}: \"{quote}\""));
            }
        }
    };
    let source = |quote: &str| Source {
        doc: doc_file.clone(),
        quote: quote.to_string(),
        extracted: false,
        at: None,
    };

    let mut entities = Vec::new();
    let mut names: HashMap<String, (usize, String)> = HashMap::new();
    for row in &file.entity {
        let line = line_of(src, row.span().start);
        let e = row.get_ref();
        if e.name.trim().is_empty() {
            problems.add(line, "entity with an empty name");
        }
        if !is_snake_case(&e.kind) {
            problems.add(
                line,
                format!("kind '{}' must be a lower snake_case English noun", e.kind),
            );
        }
        for n in std::iter::once(&e.name).chain(e.aliases.iter()) {
            let key = crate::model::name_key(n);
            if let Some((other_line, other)) = names.get(&key) {
                if *other == e.name && *other_line == line {
                    continue; // the same entity, written twice (e.g. with 《》)
                }
                problems.add(
                    line,
                    format!("'{n}' is already used by '{other}' (line {other_line})"),
                );
            } else {
                names.insert(key, (line, e.name.clone()));
            }
        }
        check_quote(&mut problems, line, &e.quote);
        entities.push(Entity {
            name: e.name.clone(),
            kind: e.kind.clone(),
            aliases: e.aliases.clone(),
            source: source(&e.quote),
        });
    }
    let is_entity = |n: &str| {
        names
            .get(&crate::model::name_key(n))
            .is_some_and(|(_, name)| name == n)
            || known(n)
    };

    let mut facts = Vec::new();
    for row in &file.fact {
        let line = line_of(src, row.span().start);
        let f = row.get_ref();
        if !is_entity(&f.subject) {
            problems.add(
                line,
                format!("subject '{}' is not an entity name", f.subject),
            );
        }
        if !is_snake_case(&f.attribute) {
            problems.add(
                line,
                format!("attribute '{}' must be lower snake_case", f.attribute),
            );
        }
        if f.attribute == crate::model::KIND_ATTR {
            problems.add(line, "set the kind on the [[entity]], not as a fact");
        }
        check_quote(&mut problems, line, &f.quote);
        let given = [&f.quantity, &f.reference, &f.text, &f.date]
            .iter()
            .filter(|v| v.is_some())
            .count();
        if given != 1 {
            problems.add(
                line,
                "a fact needs exactly one of quantity, ref, text or date",
            );
            continue;
        }
        if f.as_written.is_some() && f.date.is_none() {
            problems.add(line, "as_written goes with date only");
        }
        let value = if let Some(q) = &f.quantity {
            if !fold(&f.quote).contains(&fold(q)) {
                problems.add(line, format!("quantity '{q}' is not in its quote"));
            }
            match parse_quantity(&fold(q)) {
                Ok(mut parsed) => {
                    parsed.text = q.clone();
                    Value::Quantity(parsed)
                }
                Err(e) => {
                    problems.add(line, e);
                    continue;
                }
            }
        } else if let Some(r) = &f.reference {
            if !is_entity(r) {
                problems.add(line, format!("ref '{r}' is not an entity name"));
            }
            Value::Ref(r.clone())
        } else if let Some(t) = &f.text {
            if t.trim().is_empty() {
                problems.add(line, "empty text");
            }
            Value::Text(t.clone())
        } else if let Some(d) = &f.date {
            let Some(written) = &f.as_written else {
                problems.add(line, "a date needs as_written: the words in the quote");
                continue;
            };
            if !fold(&f.quote).contains(&fold(written)) {
                problems.add(line, format!("as_written '{written}' is not in its quote"));
            }
            match Date::parse_iso(d, written) {
                Ok(date) => Value::Date(date),
                Err(e) => {
                    problems.add(line, e);
                    continue;
                }
            }
        } else {
            continue;
        };
        facts.push(Fact {
            subject: f.subject.clone(),
            attribute: f.attribute.clone(),
            value,
            source: source(&f.quote),
        });
    }
    problems.finish()?;
    Ok(DocumentFacts {
        doc: doc_file.clone(),
        text: doc_text,
        entities,
        facts,
        attribute_order: Vec::new(),
        warnings: Vec::new(),
    })
}
