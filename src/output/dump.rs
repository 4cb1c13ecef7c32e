//! `seedkb dump`: every document, entity and fact as JSON lines, in the
//! format `seedkb load` reads back (see `ingest::jsonl`).

use super::json_number;
use crate::error::Error;
use crate::model::Value;
use crate::store::{Store, StoredSource, KIND_ATTR};
use serde_json::{Map, Value as Json};
use std::io::Write;

pub fn io_err(e: std::io::Error) -> Error {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        Error::BrokenPipe
    } else {
        Error::Output(format!("writing the dump: {e}"))
    }
}

fn line(
    store: &Store,
    subject: &str,
    attribute: &str,
    value: &Value,
    src: &StoredSource,
) -> Result<Json, Error> {
    let mut m = Map::new();
    m.insert("subject".into(), Json::String(subject.into()));
    m.insert("attribute".into(), Json::String(attribute.into()));
    let (v, unit, bound, text) = match value {
        Value::Text(s) => (Json::String(s.clone()), Json::Null, Json::Null, Json::Null),
        Value::Ref(n) => {
            let mut r = Map::new();
            r.insert("ref".into(), Json::String(n.clone()));
            (Json::Object(r), Json::Null, Json::Null, Json::Null)
        }
        Value::Quantity(q) => {
            if let Some(u) = q.upper {
                m.insert("upper".into(), json_number(u));
            }
            (
                json_number(q.value),
                Json::String(q.unit.symbol().into()),
                Json::String(q.bound.name().into()),
                Json::String(q.text.clone()),
            )
        }
        Value::Date(d) => (
            Json::String(d.iso()),
            Json::String("date".into()),
            Json::Null,
            Json::String(d.text.clone()),
        ),
    };
    m.insert("value".into(), v);
    m.insert("unit".into(), unit);
    m.insert("bound".into(), bound);
    m.insert("text".into(), text);
    m.insert("doc".into(), Json::String(store.doc_name(src.doc)?));
    m.insert("quote".into(), Json::String(src.quote.clone()));
    if src.extracted {
        m.insert("extracted".into(), Json::Bool(true));
    }
    if let Some(at) = &src.at {
        m.insert(
            "at".into(),
            serde_json::json!({
                "sentence": at.sentence,
                "start": at.start,
                "end": at.end,
                "value_start": at.value_start,
                "value_end": at.value_end,
            }),
        );
    }
    Ok(Json::Object(m))
}

/// Writes every document, entity and fact. On a damaged store it writes
/// everything it can read, skipping what it cannot, and then fails with a
/// storage error saying how much was skipped: a dump is how data is saved
/// from a damaged database. Only a failure to write stops it early.
pub fn write_dump(store: &Store, out: &mut dyn Write) -> Result<(), Error> {
    let mut attrs = Map::new();
    let names: Vec<Json> = store
        .attribute_ids()
        .into_iter()
        .map(|a| Json::String(store.attr_name(a)))
        .collect();
    if !names.is_empty() {
        attrs.insert("attributes".into(), Json::Array(names));
        writeln!(out, "{}", Json::Object(attrs)).map_err(io_err)?;
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
                if let Some(text) = &d.text {
                    let mut m = Map::new();
                    m.insert("document".into(), Json::String(d.name.clone()));
                    m.insert("content".into(), Json::String(text.clone()));
                    // The text an extracted document was read from, apart
                    // from a curated document of the same name.
                    if d.extracted {
                        m.insert("extracted".into(), Json::Bool(true));
                    }
                    writeln!(out, "{}", Json::Object(m)).map_err(io_err)?;
                }
            }
        }
        Err(e) => skip(e)?,
    }
    for e in store.all_entities() {
        let lines = (|| -> Result<Vec<Json>, Error> {
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
            if let Some(src) = rec.sources.first() {
                for a in &rec.aliases {
                    lines.push(line(
                        store,
                        &rec.name,
                        crate::ingest::jsonl::ALIAS_ATTR,
                        &Value::Text(a.clone()),
                        src,
                    )?);
                }
            }
            Ok(lines)
        })();
        match lines {
            Ok(lines) => {
                for l in lines {
                    writeln!(out, "{l}").map_err(io_err)?;
                }
            }
            Err(e) => skip(e)?,
        }
    }
    let kind_attr = store.attr_id(KIND_ATTR);
    for f in store.all_facts() {
        let lines = (|| -> Result<Vec<Json>, Error> {
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
                .map(|src| line(store, &subject, &attr, &value, src))
                .collect()
        })();
        match lines {
            Ok(lines) => {
                for l in lines {
                    writeln!(out, "{l}").map_err(io_err)?;
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
