//! The dump format: one JSON object per line.
//!
//! ```text
//! {"attributes": ["kind", "located_in", "amount", …]}
//! {"document": "a.txt", "content": "…full text…"}
//! {"subject": "义县", "attribute": "kind", "value": "county", "doc": "a.txt", "quote": "…"}
//! {"subject": "义县", "attribute": "alias", "value": "Yi County", "doc": "a.txt", "quote": "…"}
//! {"subject": "X", "attribute": "amount", "value": 243879000, "unit": "CNY",
//!  "bound": "exact", "text": "24387.9万元", "doc": "a.txt", "quote": "…"}
//! {"subject": "X", "attribute": "recipient", "value": {"ref": "义县"}, …}
//! {"subject": "X", "attribute": "date", "value": "2020-05-20", "unit": "date", "text": "5月20日", …}
//! ```
//! A document line of an extracted text carries `"extracted": true`: a
//! curated and an extracted document of one name are two documents, and
//! each line's `extracted` flag says which one it belongs to.
//! The optional `attributes` line fixes the order attributes are numbered
//! in (and so the column order of answers). `kind` lines create entities,
//! `alias` lines add aliases. A line without
//! `doc`/`quote` gets the file and line as its provenance.

use super::{is_snake_case, Problems};
use crate::error::Error;
use crate::model::{Bound, Date, DocumentFacts, Entity, Fact, Num, Quantity, Source, Unit, Value};
use crate::text::{fold, quote_in};
use serde_json::Value as Json;
use std::collections::{BTreeMap, HashMap};

pub const ALIAS_ATTR: &str = "alias";

fn num_of(j: &Json) -> Result<Num, String> {
    match j {
        Json::Number(n) => Num::parse_decimal(&n.to_string()),
        other => Err(format!("expected a number, found {other}")),
    }
}

/// The `at` object of an extracted fact: where it stands in its document.
fn location_of(j: &Json) -> Option<crate::model::Location> {
    let n = |k: &str| {
        j.get(k)
            .and_then(Json::as_u64)
            .and_then(|v| u32::try_from(v).ok())
    };
    Some(crate::model::Location {
        sentence: n("sentence")?,
        start: n("start")?,
        end: n("end")?,
        value_start: n("value_start")?,
        value_end: n("value_end")?,
    })
}

fn str_field<'a>(obj: &'a serde_json::Map<String, Json>, key: &str) -> Option<&'a str> {
    obj.get(key).and_then(Json::as_str)
}

/// Reads a dump; returns one `DocumentFacts` per document named in it.
pub fn parse(
    label: &str,
    src: &str,
    known: &dyn Fn(&str) -> bool,
) -> Result<Vec<DocumentFacts>, Error> {
    let mut problems = Problems::new(label);
    // A curated and an extracted document may share a name (art.facts.toml
    // and art.txt): they are kept apart by the lines' "extracted" flag, as
    // the store keeps them, so a dump loads back as it was.
    let mut docs: BTreeMap<(String, bool), DocumentFacts> = BTreeMap::new();
    let mut contents: HashMap<(String, bool), String> = HashMap::new();
    let mut attribute_order: Vec<String> = Vec::new();
    // Lines without doc/quote are documented by this file's name (not the
    // path as typed, so `load a.jsonl` and `load ./a.jsonl` agree).
    let file_doc = std::path::Path::new(label)
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_else(|| label.to_string());
    // Entities first (kind lines), so facts may refer to entities defined
    // further down the file.
    let mut entities: HashMap<String, (String, usize)> = HashMap::new();
    let mut rows: Vec<(usize, serde_json::Map<String, Json>)> = Vec::new();
    for (i, line) in src.lines().enumerate() {
        let n = i + 1;
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match serde_json::from_str::<Json>(line) {
            Ok(Json::Object(obj)) => {
                if let Some(list) = obj.get("attributes") {
                    match list.as_array() {
                        Some(a) if a.iter().all(|v| v.as_str().is_some_and(is_snake_case)) => {
                            attribute_order
                                .extend(a.iter().filter_map(|v| v.as_str().map(String::from)));
                        }
                        _ => problems.add(n, "\"attributes\" must be a list of snake_case names"),
                    }
                    continue;
                }
                if let Some(doc) = str_field(&obj, "document") {
                    match str_field(&obj, "content") {
                        Some(c) => {
                            let extracted = obj
                                .get("extracted")
                                .and_then(Json::as_bool)
                                .unwrap_or(false);
                            contents.insert((doc.to_string(), extracted), c.to_string());
                        }
                        None => problems.add(n, "a document line needs \"content\""),
                    }
                    continue;
                }
                rows.push((n, obj));
            }
            Ok(_) => problems.add(n, "expected a JSON object"),
            Err(e) => problems.add(n, format!("not valid JSON: {e}")),
        }
    }
    let folded: HashMap<&(String, bool), String> =
        contents.iter().map(|(k, v)| (k, fold(v))).collect();
    // The text of a document: the one of its kind, else the other (dumps
    // written before the flag have one document line per name).
    let content_key = |doc: &str, extracted: bool| -> Option<(String, bool)> {
        [extracted, !extracted]
            .into_iter()
            .map(|e| (doc.to_string(), e))
            .find(|k| contents.contains_key(k))
    };

    let mut fact_lines: HashMap<((String, bool), usize), usize> = HashMap::new();
    // (document, entity) pairs with a kind line taken.
    let mut defined: std::collections::HashSet<((String, bool), String)> = Default::default();
    for (n, obj) in &rows {
        let subject = str_field(obj, "subject").unwrap_or_default();
        let attribute = str_field(obj, "attribute").unwrap_or_default();
        if subject.is_empty() || attribute.is_empty() {
            problems.add(*n, "each line needs \"subject\" and \"attribute\"");
            continue;
        }
        let (doc, quote) = match (str_field(obj, "doc"), str_field(obj, "quote")) {
            (Some(d), Some(q)) => (d.to_string(), q.to_string()),
            (None, None) => (file_doc.clone(), format!("{file_doc}:{n}")),
            _ => {
                problems.add(*n, "give both \"doc\" and \"quote\", or neither");
                continue;
            }
        };
        let extracted = obj
            .get("extracted")
            .and_then(Json::as_bool)
            .unwrap_or(false);
        let text_key = content_key(&doc, extracted);
        if let Some(f) = text_key.as_ref().and_then(|k| folded.get(k)) {
            if !quote_in(f, &quote) {
                problems.add(*n, format!("quote is not in {doc}: \"{quote}\""));
            }
        }
        let source = Source {
            doc: doc.clone(),
            quote,
            extracted,
            at: match obj.get("at") {
                None | Some(Json::Null) => None,
                Some(j) => match location_of(j) {
                    Some(l) => Some(l),
                    None => {
                        problems.add(
                            *n,
                            "\"at\" must be {\"sentence\", \"start\", \"end\", \"value_start\", \"value_end\"} (whole numbers)",
                        );
                        continue;
                    }
                },
            },
        };
        let key = (doc.clone(), extracted);
        let entry = docs.entry(key.clone()).or_insert_with(|| DocumentFacts {
            doc: doc.clone(),
            text: text_key.and_then(|k| contents.get(&k).cloned()),
            ..Default::default()
        });
        if attribute == crate::model::KIND_ATTR {
            let Some(kind) = str_field(obj, "value") else {
                problems.add(*n, "kind must be a string");
                continue;
            };
            if !is_snake_case(kind) {
                problems.add(*n, format!("kind '{kind}' must be lower snake_case"));
            }
            if let Some((k, line)) = entities.get(subject) {
                if k != kind {
                    problems.add(
                        *n,
                        format!("'{subject}' is a {kind} here but a {k} on line {line}"),
                    );
                    continue;
                }
            }
            entities
                .entry(subject.to_string())
                .or_insert_with(|| (kind.to_string(), *n));
            // One entity may come from several documents (a dump writes a
            // kind line per source): each of them keeps it as a source.
            // (A set, not a search of the document's entities: one file of
            // n entities in one document was O(n²).)
            if !defined.insert((key, subject.to_string())) {
                continue;
            }
            entry.entities.push(Entity {
                name: subject.to_string(),
                kind: kind.to_string(),
                aliases: Vec::new(),
                source,
            });
            continue;
        }
        if !is_snake_case(attribute) {
            problems.add(
                *n,
                format!("attribute '{attribute}' must be lower snake_case"),
            );
            continue;
        }
        match read_value(obj) {
            Ok(value) => {
                entry.facts.push(Fact {
                    subject: subject.to_string(),
                    attribute: attribute.to_string(),
                    value,
                    source,
                });
                fact_lines.insert((key, entry.facts.len() - 1), *n);
            }
            Err(e) => problems.add(*n, e),
        }
    }
    // Aliases become part of their entity; references must resolve.
    let mut aliases: HashMap<String, Vec<String>> = HashMap::new();
    for (key, d) in docs.iter_mut() {
        let mut keep = Vec::new();
        for (i, f) in std::mem::take(&mut d.facts).into_iter().enumerate() {
            let line = fact_lines.get(&(key.clone(), i)).copied().unwrap_or(0);
            if !entities.contains_key(&f.subject) && !known(&f.subject) {
                problems.add(
                    line,
                    format!("'{}' has no kind line and is not in the store", f.subject),
                );
                continue;
            }
            if let Value::Ref(r) = &f.value {
                if !entities.contains_key(r) && !known(r) {
                    problems.add(line, format!("reference to unknown entity '{r}'"));
                    continue;
                }
            }
            if f.attribute == ALIAS_ATTR {
                if let Value::Text(a) = &f.value {
                    aliases
                        .entry(f.subject.clone())
                        .or_default()
                        .push(a.clone());
                    continue;
                }
            }
            keep.push(f);
        }
        d.facts = keep;
    }
    for d in docs.values_mut() {
        for e in &mut d.entities {
            if let Some(a) = aliases.get(&e.name) {
                e.aliases = a.clone();
            }
        }
    }
    if let Some((name, _)) = aliases
        .into_iter()
        .find(|(name, _)| !entities.contains_key(name))
    {
        problems.add(
            0,
            format!("aliases for '{name}', which has no kind line in this file"),
        );
    }
    problems.finish()?;
    let mut out: Vec<DocumentFacts> = docs.into_values().collect();
    if let Some(first) = out.first_mut() {
        first.attribute_order = attribute_order;
    }
    Ok(out)
}

fn read_value(obj: &serde_json::Map<String, Json>) -> Result<Value, String> {
    let value = obj.get("value").ok_or("missing \"value\"")?;
    let unit = str_field(obj, "unit");
    let text = str_field(obj, "text").unwrap_or_default().to_string();
    match (value, unit) {
        (Json::Object(o), _) => match o.get("ref").and_then(Json::as_str) {
            Some(r) => Ok(Value::Ref(r.to_string())),
            None => Err("an object value must be {\"ref\": NAME}".into()),
        },
        (Json::Number(_), Some(u)) => {
            let unit = Unit::from_symbol(u).ok_or_else(|| {
                format!(
                    "unknown unit '{u}' (expected one of {})",
                    Unit::ALL
                        .iter()
                        .map(|u| u.symbol())
                        .filter(|s| !s.is_empty())
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            })?;
            let bound = match str_field(obj, "bound") {
                None => Bound::Exact,
                Some(b) => Bound::from_name(b).ok_or_else(|| format!("unknown bound '{b}'"))?,
            };
            let upper = match obj.get("upper") {
                Some(u) if !u.is_null() => Some(num_of(u)?),
                _ => None,
            };
            if (bound == Bound::Range) != upper.is_some() {
                return Err("a range needs \"upper\", and only a range has one".into());
            }
            Ok(Value::Quantity(Quantity {
                value: num_of(value)?,
                upper,
                unit,
                bound,
                text,
            }))
        }
        (Json::Number(_), None) => Err("a number needs a \"unit\"".into()),
        (Json::String(s), Some("date")) => Ok(Value::Date(Date::parse_iso(s, &text)?)),
        (Json::String(s), None) => Ok(Value::Text(s.clone())),
        (Json::String(_), Some(u)) => Err(format!("a text value cannot have unit '{u}'")),
        (other, _) => Err(format!("unsupported value {other}")),
    }
}

#[cfg(test)]
mod tests {
    /// Many entities of one document, each kind line given twice: every
    /// entity once (checked with a set, so this is linear).
    #[test]
    fn repeated_kind_lines_give_one_entity_each() {
        let mut src = String::new();
        for i in 0..20_000 {
            for _ in 0..2 {
                src.push_str(&format!(
                    "{{\"subject\":\"e{i}\",\"attribute\":\"kind\",\"value\":\"thing\",\"doc\":\"a.txt\",\"quote\":\"q\"}}\n"
                ));
            }
        }
        let docs = super::parse("big.jsonl", &src, &|_| false).unwrap();
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].entities.len(), 20_000);
    }
}
