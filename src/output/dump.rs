//! `seedkb dump`: every document, entity and fact as JSON lines, in the
//! format `seedkb load` reads back (see `ingest::jsonl`).

use super::json_number;
use crate::error::Error;
use crate::model::Value;
use crate::store::{Store, StoredSource, KIND_ATTR};
use serde_json::{Map, Value as Json};
use std::io::Write;

fn io_err(e: std::io::Error) -> Error {
    Error::Storage(format!("writing the dump: {e}"))
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

pub fn write_dump(store: &Store, out: &mut dyn Write) -> Result<(), Error> {
    for d in store.docs()? {
        if let Some(text) = &d.text {
            let mut m = Map::new();
            m.insert("document".into(), Json::String(d.name.clone()));
            m.insert("content".into(), Json::String(text.clone()));
            writeln!(out, "{}", Json::Object(m)).map_err(io_err)?;
        }
    }
    for e in store.all_entities() {
        let rec = store.entity(e?)?;
        for src in &rec.sources {
            let kind = line(
                store,
                &rec.name,
                KIND_ATTR,
                &Value::Text(rec.kind.clone()),
                src,
            )?;
            writeln!(out, "{kind}").map_err(io_err)?;
        }
        if let Some(src) = rec.sources.first() {
            for a in &rec.aliases {
                let l = line(
                    store,
                    &rec.name,
                    crate::ingest::jsonl::ALIAS_ATTR,
                    &Value::Text(a.clone()),
                    src,
                )?;
                writeln!(out, "{l}").map_err(io_err)?;
            }
        }
    }
    let kind_attr = store.attr_id(KIND_ATTR);
    for f in store.all_facts() {
        let f = f?;
        if Some(f.attr) == kind_attr {
            continue;
        }
        let subject = store.entity_name(f.entity)?;
        let attr = store.attr_name(f.attr);
        let value = store.to_value(&f.value, &f.record.text)?;
        for src in &f.record.sources {
            writeln!(out, "{}", line(store, &subject, &attr, &value, src)?).map_err(io_err)?;
        }
    }
    Ok(())
}
