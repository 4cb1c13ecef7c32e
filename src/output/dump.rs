//! `seedkb dump`: every document, entity and fact as JSON lines, in the
//! format `seedkb load` reads back (see `ingest::jsonl`).

use crate::error::Error;
use crate::ingest::jsonl::{AttributesLine, DocumentLine, FactLine};
use crate::model::{Source, Value};
use crate::store::{Store, StoredSource, KIND_ATTR};
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

/// Writes every document, entity and fact. On a damaged store it writes
/// everything it can read, skipping what it cannot, and then fails with a
/// storage error saying how much was skipped: a dump is how data is saved
/// from a damaged database. Only a failure to write stops it early.
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
    match store.docs() {
        Ok(docs) => {
            for d in docs {
                if let Some(content) = d.text {
                    let document = DocumentLine {
                        document: d.name,
                        content,
                        extracted: d.extracted,
                    };
                    json_line(out, &document)?;
                }
            }
        }
        Err(e) => skip(e)?,
    }
    for e in store.all_entities() {
        let lines = (|| -> Result<Vec<FactLine>, Error> {
            let rec = store.entity(e?)?;
            let mut lines = Vec::new();
            for src in &rec.sources {
                lines.push(line(
                    store,
                    &rec.name,
                    KIND_ATTR,
                    &Value::Text(rec.kind.clone()),
                    src,
                )?);
            }
            // An alias the document does not contain keeps its reason and
            // the document of the source that gave it.
            let mut background = Vec::new();
            for src in &rec.sources {
                for (alias, why) in src.alias_background() {
                    let source = Source::background(&store.doc_name(src.doc)?, &why);
                    background.push((alias, source));
                }
            }
            if let Some(src) = rec.sources.first() {
                for a in &rec.aliases {
                    let value = Value::Text(a.clone());
                    let alias = crate::ingest::jsonl::ALIAS_ATTR;
                    let mut carried = background.iter().filter(|(b, _)| b == a).peekable();
                    if carried.peek().is_none() {
                        lines.push(line(store, &rec.name, alias, &value, src)?);
                    }
                    for (_, source) in carried {
                        lines.push(FactLine::new(&rec.name, alias, &value, source));
                    }
                }
            }
            Ok(lines)
        })();
        match lines {
            Ok(lines) => {
                for l in &lines {
                    json_line(out, l)?;
                }
            }
            Err(e) => skip(e)?,
        }
    }
    let kind_attr = store.attr_id(KIND_ATTR);
    for f in store.all_facts() {
        let lines = (|| -> Result<Vec<FactLine>, Error> {
            let f = f?;
            if Some(f.attr) == kind_attr {
                return Ok(Vec::new());
            }
            let subject = store.entity_name(f.entity)?;
            let attr = store.attr_name(f.attr);
            let value = store.to_value(&f.value, &f.record.text)?;
            f.record
                .sources
                .iter()
                .map(|src| {
                    line(store, &subject, &attr, &value, src)
                        .map(|l| l.with_qualifiers(&f.record.qualifiers))
                })
                .collect()
        })();
        match lines {
            Ok(lines) => {
                for l in &lines {
                    json_line(out, l)?;
                }
            }
            Err(e) => skip(e)?,
        }
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
