//! `seedkb dump`: every document, entity and fact as JSON lines, in the
//! format `seedkb load` reads back (see `ingest::jsonl`).

use crate::error::Error;
use crate::ingest::jsonl::{AttributesLine, DocumentLine, FactLine};
use crate::model::{Source, Value};
use crate::store::{Aid, DocRecord, Eid, EntityRecord, KeyValue, Store, StoredSource, KIND_ATTR};
use std::collections::{BTreeSet, HashSet};
use std::io::Write;

pub fn io_err(e: std::io::Error) -> Error {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        Error::BrokenPipe
    } else {
        Error::Output(format!("writing the dump: {e}"))
    }
}

/// The dump line of one value from one source.
fn line(
    store: &Store,
    subject: &str,
    attribute: &str,
    value: &Value,
    src: &StoredSource,
) -> Result<FactLine, Error> {
    Ok(FactLine::new(
        subject,
        attribute,
        value,
        &store.source(src)?,
    ))
}

/// One JSON line: the dump's types serialize into a string without fail.
fn json_line(out: &mut dyn Write, line: &impl serde::Serialize) -> Result<(), Error> {
    let text = serde_json::to_string(line).map_err(|e| Error::Internal(e.to_string()))?;
    writeln!(out, "{text}").map_err(io_err)
}

/// One JSON line's text: the dump's types serialize into a string without
/// fail.
fn json_text(line: &impl serde::Serialize) -> Result<String, Error> {
    serde_json::to_string(line).map_err(|e| Error::Internal(e.to_string()))
}

/// The lines of one entity's kind sources and aliases. Sorted by their
/// text, and the aliases given the first source in that order, so that
/// they do not depend on the order the sources were loaded in.
fn entity_lines(store: &Store, rec: &EntityRecord) -> Result<Vec<String>, Error> {
    let mut kinds = Vec::new();
    for src in &rec.sources {
        let l = line(
            store,
            &rec.name,
            KIND_ATTR,
            &Value::Text(rec.kind.clone()),
            src,
        )?;
        kinds.push((json_text(&l)?, src));
    }
    kinds.sort_by(|a, b| a.0.cmp(&b.0));
    // An alias the document does not contain keeps its reason and the
    // document of the source that gave it.
    let mut background = Vec::new();
    for src in &rec.sources {
        for (alias, why) in src.alias_background() {
            let source = Source::background(&store.doc_name(src.doc)?, &why);
            background.push((alias, source));
        }
    }
    let mut aliases = Vec::new();
    if let Some((_, src)) = kinds.first() {
        for a in &rec.aliases {
            let value = Value::Text(a.clone());
            let alias = crate::ingest::jsonl::ALIAS_ATTR;
            let mut carried = background.iter().filter(|(b, _)| b == a).peekable();
            if carried.peek().is_none() {
                aliases.push(json_text(&line(store, &rec.name, alias, &value, src)?)?);
            }
            for (_, source) in carried {
                aliases.push(json_text(&FactLine::new(&rec.name, alias, &value, source))?);
            }
        }
    }
    aliases.sort();
    aliases.dedup();
    Ok(kinds.into_iter().map(|(l, _)| l).chain(aliases).collect())
}

/// The lines of one entity's facts (but its kind): by attribute id (the
/// dump's attributes line keeps the numbering), then by value — a
/// reference by the name it refers to, not the id a load gave it —, and
/// the sources of one fact by their text, not the order they came in.
fn fact_lines(
    store: &Store,
    name: &str,
    e: Eid,
    kind_attr: Option<Aid>,
) -> Result<Vec<String>, Error> {
    let mut facts = Vec::new();
    for f in store.facts_of(e)? {
        if Some(f.attr) == kind_attr {
            continue;
        }
        let target = match &f.value {
            KeyValue::Ref(t) => Some(store.entity_name(*t)?),
            _ => None,
        };
        facts.push((f.attr, target, f));
    }
    // Stable: values that are not references stay in key order, which
    // depends on nothing a load assigns.
    facts.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    let mut out = Vec::new();
    for (_, _, f) in facts {
        let attr = store.attr_name(f.attr);
        let value = store.to_value(&f.value, &f.record.text)?;
        let mut lines = Vec::new();
        for src in &f.record.sources {
            let l = line(store, name, &attr, &value, src)?.with_qualifiers(&f.record.qualifiers);
            lines.push(json_text(&l)?);
        }
        lines.sort();
        out.extend(lines);
    }
    Ok(out)
}

/// Writes the lines of one entity, or counts what could not be read
/// (`skip` fails on what is not a read error).
fn write_lines(
    out: &mut dyn Write,
    lines: Result<Vec<String>, Error>,
    skip: &mut impl FnMut(Error) -> Result<(), Error>,
) -> Result<(), Error> {
    match lines {
        Ok(lines) => {
            for l in &lines {
                writeln!(out, "{l}").map_err(io_err)?;
            }
            Ok(())
        }
        Err(e) => skip(e),
    }
}

/// Writes every document, entity and fact. On a damaged store it writes
/// everything it can read, skipping what it cannot, and then fails with a
/// storage error saying how much was skipped: a dump is how data is saved
/// from a damaged database. Only a failure to write stops it early.
///
/// The order is the one a load of the dump gives back — documents by name,
/// entities by their first document and then as numbered, each entity's
/// facts after its kinds and aliases in an order that depends on no id —,
/// so a dump loaded into a fresh database dumps byte for byte the same.
pub fn write_dump(store: &Store, out: &mut dyn Write) -> Result<(), Error> {
    let attributes: Vec<String> = store
        .attribute_ids()
        .into_iter()
        .map(|a| store.attr_name(a))
        .collect();
    if !attributes.is_empty() {
        json_line(out, &AttributesLine { attributes })?;
    }
    let mut skipped: Vec<String> = Vec::new();
    let mut skip = |e: Error| {
        if !matches!(e, Error::Storage(_) | Error::Locked(_)) {
            return Err(e);
        }
        skipped.push(match e {
            Error::Storage(m) | Error::Locked(m) => m,
            other => other.to_string(),
        });
        Ok(())
    };
    match store.doc_heads() {
        Ok(mut docs) => {
            docs.sort_by(|a, b| (&a.name, a.extracted).cmp(&(&b.name, b.extracted)));
            for d in docs {
                if d.text.is_none() {
                    continue;
                }
                // One text at a time: a dump of many long texts holds one.
                match store.doc_by_id(d.id) {
                    Ok(Some(DocRecord {
                        name,
                        text: Some(content),
                        extracted,
                        ..
                    })) => json_line(
                        out,
                        &DocumentLine {
                            document: name,
                            content,
                            extracted,
                        },
                    )?,
                    Ok(_) => skip(Error::Storage(format!(
                        "document '{}' vanished while dumping",
                        d.name
                    )))?,
                    Err(e) => skip(e)?,
                }
            }
        }
        Err(e) => skip(e)?,
    }
    // Entities by the first of their documents, in the order a load of
    // the dump reads documents, then by id: a load numbers them in that
    // order, so ids keep their order through a dump and a load (answers
    // list entities by id), and the second dump is the first.
    let mut entities: Vec<((String, bool), Eid, String)> = Vec::new();
    for e in store.all_entities() {
        let first = e.and_then(|e| {
            let rec = store.entity(e)?;
            let mut first: Option<(String, bool)> = None;
            for s in &rec.sources {
                let key = (store.doc_name(s.doc)?, s.extracted);
                if first.as_ref().is_none_or(|f| key < *f) {
                    first = Some(key);
                }
            }
            Ok((first.unwrap_or_default(), e, rec.name.clone()))
        });
        match first {
            Ok(entry) => entities.push(entry),
            Err(e) => skip(e)?,
        }
    }
    entities.sort();
    for (_, e, _) in &entities {
        let lines = store.entity(*e).and_then(|rec| entity_lines(store, &rec));
        write_lines(out, lines, &mut skip)?;
    }
    let kind_attr = store.attr_id(KIND_ATTR);
    for (_, e, name) in &entities {
        write_lines(out, fact_lines(store, name, *e, kind_attr), &mut skip)?;
    }
    // Facts whose subject has no readable record (a damaged store) are
    // not reached by name: the index finds them, and they are counted.
    let listed: HashSet<Eid> = entities.iter().map(|(_, e, _)| *e).collect();
    let mut orphans = BTreeSet::new();
    for a in store.attribute_ids() {
        for item in store.attr_stream(a) {
            match item {
                Ok((e, _)) if !listed.contains(&e) => {
                    orphans.insert(e);
                }
                Ok(_) => {}
                Err(e) => {
                    skip(e)?;
                    break;
                }
            }
        }
    }
    for e in orphans {
        let lines = store
            .entity_name(e)
            .and_then(|name| fact_lines(store, &name, e, kind_attr));
        write_lines(out, lines, &mut skip)?;
    }
    if skipped.is_empty() {
        return Ok(());
    }
    out.flush().map_err(io_err)?;
    Err(Error::Storage(format!(
        "the dump is incomplete: {} item(s) could not be read and were left out; \
         everything else was written. First: {}",
        skipped.len(),
        skipped[0]
    )))
}
