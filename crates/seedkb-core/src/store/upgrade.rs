//! Upgrading a database written by an older seedkb, on open.
//!
//! Each step converts one schema version to the next and writes its
//! changes with the new version number in one `Kv::apply`: atomic (a large
//! one through the undo log, so a crash rolls it back on the next open).
//! Steps run one after another, each on the database the previous one left,
//! so a crash between two steps leaves a whole database of the version in
//! between, which the next open carries on from. An error leaves the
//! database at the last step that completed.

use super::kv::{Kv, Space, WriteOp};
use super::{
    decode, encode, packed, storage, FactRecord, StoredSource, META_SCHEMA, SCHEMA_VERSION,
};
use crate::error::Error;
use crate::model::Qualifiers;
use serde::{Deserialize, Serialize};

/// One step: turns a database of version `to - 1` into one of version
/// `to`, new version number included; returns how many records it wrote.
type Step = fn(&dyn Kv, u32) -> Result<usize, Error>;

/// The steps, by the version they start from.
const STEPS: &[(u32, Step)] = &[(2, v2_to_v3), (3, v3_to_v4)];

/// Whether a database of version `found` can be brought to this version.
pub(super) fn can_upgrade(found: u32) -> bool {
    (found..SCHEMA_VERSION).all(|v| STEPS.iter().any(|(from, _)| *from == v))
}

/// Runs every step from `found` to [`SCHEMA_VERSION`]; returns the notice
/// to show the user.
pub(super) fn upgrade(kv: &dyn Kv, found: u32, label: &str) -> Result<String, Error> {
    let mut records = 0;
    for v in found..SCHEMA_VERSION {
        let Some((_, step)) = STEPS.iter().find(|(from, _)| *from == v) else {
            return Err(Error::Internal(format!("no upgrade from schema {v}")));
        };
        records += step(kv, v + 1).map_err(|e| {
            Error::Storage(format!(
                "{label}: upgrading schema {v} to {} failed, the database is left at schema {v}: {e}",
                v + 1
            ))
        })?;
    }
    Ok(format!(
        "{label}: upgraded from schema version {found} to {SCHEMA_VERSION} \
         ({records} record(s) rewritten)"
    ))
}

fn with_version(mut ops: Vec<WriteOp>, to: u32) -> Vec<WriteOp> {
    ops.push((
        Space::Meta,
        META_SCHEMA.to_vec(),
        Some(to.to_be_bytes().to_vec()),
    ));
    ops
}

/// 3 → 4: every keyspace but `meta` and `dict` packed into blocks, the
/// fact indexes rebuilt from eavt (`packed::upgrade_to_packed`).
fn v3_to_v4(kv: &dyn Kv, to: u32) -> Result<usize, Error> {
    packed::upgrade_to_packed(kv, META_SCHEMA, to).map_err(storage)
}

/// A fact record as schema 2 wrote it: no qualifiers.
#[derive(Serialize, Deserialize)]
struct FactRecordV2 {
    text: String,
    sources: Vec<StoredSource>,
}

/// 2 → 3: fact records gain qualifiers (every old fact is reported, with
/// no rate and no as-of date). Keys of default qualifiers are unchanged.
fn v2_to_v3(kv: &dyn Kv, to: u32) -> Result<usize, Error> {
    let ops = v2_to_v3_ops(kv)?;
    let n = ops.len();
    kv.apply(with_version(ops, to)).map_err(storage)?;
    Ok(n)
}

fn v2_to_v3_ops(kv: &dyn Kv) -> Result<Vec<WriteOp>, Error> {
    let mut ops = Vec::new();
    for item in kv.scan_prefix(Space::Eavt, &[]) {
        let (k, v) = item.map_err(storage)?;
        let old: FactRecordV2 = decode(&v, "schema 2 fact")?;
        let new = FactRecord {
            text: old.text,
            sources: old.sources,
            qualifiers: Qualifiers::default(),
        };
        ops.push((Space::Eavt, k, Some(encode(&new))));
    }
    Ok(ops)
}

/// The writes that turn a database of this version back into what
/// schema 2 stored: one engine key per entry, fact records without
/// qualifiers, version 2. Only tests of the upgrade use it, to make an old
/// database from a new one; a fact with qualifiers has no schema 2 form.
#[doc(hidden)]
pub fn schema_2_ops(kv: &dyn Kv) -> Result<Vec<WriteOp>, Error> {
    let mut ops = packed::unpack_ops(kv).map_err(storage)?;
    for (space, _, value) in &mut ops {
        let (Space::Eavt, Some(v)) = (*space, value.as_mut()) else {
            continue;
        };
        let rec: FactRecord = decode(v, "fact")?;
        if !rec.qualifiers.is_default() {
            return Err(Error::Internal(
                "a qualified fact has no schema 2 form".into(),
            ));
        }
        *v = encode(&FactRecordV2 {
            text: rec.text,
            sources: rec.sources,
        });
    }
    Ok(with_version(ops, 2))
}

#[cfg(test)]
mod tests {
    use super::super::kv::SledKv;
    use super::super::{OpenOptions, Resolution, Store};
    use super::*;
    use crate::model::{parse_quantity, DocumentFacts, Entity, Fact, Source, Value};
    use std::time::Duration;

    fn sample() -> DocumentFacts {
        let src = |q: &str| Source::curated("a.txt", q);
        DocumentFacts {
            doc: "a.txt".into(),
            text: Some("甲县拨款2.4亿元。".into()),
            entities: vec![
                Entity {
                    name: "甲县".into(),
                    kind: "county".into(),
                    aliases: vec![],
                    source: src("甲县"),
                    alias_background: vec![],
                },
                Entity {
                    name: "拨款".into(),
                    kind: "funding".into(),
                    aliases: vec![],
                    source: src("拨款"),
                    alias_background: vec![],
                },
            ],
            facts: vec![
                Fact {
                    subject: "拨款".into(),
                    attribute: "amount".into(),
                    value: Value::Quantity(parse_quantity("2.4亿元").unwrap()),
                    source: src("拨款2.4亿元"),
                    qualifiers: Qualifiers::default(),
                },
                Fact {
                    subject: "拨款".into(),
                    attribute: "recipient".into(),
                    value: Value::Ref("甲县".into()),
                    source: src("甲县拨款"),
                    qualifiers: Qualifiers::default(),
                },
            ],
            ..Default::default()
        }
    }

    /// A database on disk as schema 2 left it: written by today's loader
    /// (whose keys for unqualified facts are schema 2's), then every fact
    /// record put back in the schema 2 format and the version set to 2,
    /// through the engine, as the old program would have written them.
    fn v2_database(dir: &std::path::Path, damage: bool) {
        {
            let (store, _) = Store::open(dir, &OpenOptions::default()).unwrap();
            store.initialize(&[sample()], None).unwrap();
        }
        let kv = SledKv::open(dir, Duration::from_secs(5)).unwrap();
        let mut ops = schema_2_ops(&kv).unwrap();
        if damage {
            let (_, k, _) = ops
                .iter()
                .rfind(|(s, _, v)| *s == Space::Eavt && v.is_some())
                .unwrap()
                .clone();
            ops.push((Space::Eavt, k, Some(vec![0xFF; 3])));
        }
        kv.apply(ops).unwrap();
    }

    fn schema_of(dir: &std::path::Path) -> u32 {
        let kv = SledKv::open(dir, Duration::from_secs(5)).unwrap();
        let v = kv.get(Space::Meta, META_SCHEMA).unwrap().unwrap();
        u32::from_be_bytes(v.try_into().unwrap())
    }

    #[test]
    fn a_schema_2_database_is_upgraded_on_open_and_checks_clean() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        v2_database(&path, false);
        // Today's records do not read as schema 2's: the upgrade is needed.
        assert_eq!(schema_of(&path), 2);
        {
            let (store, created) = Store::open(&path, &OpenOptions::default()).unwrap();
            assert!(!created);
            let notices = store.open_notices().join("\n");
            assert!(
                notices.contains("upgraded from schema version 2 to 4"),
                "{notices}"
            );
            let report = store.check().unwrap();
            assert!(report.problems.is_empty(), "{:?}", report.problems);
            let Resolution::Found(grant) = store.resolve("拨款").unwrap() else {
                panic!("拨款 is gone");
            };
            let amount = store.attr_id("amount").unwrap();
            let facts = store.values_of(grant, amount).unwrap();
            assert_eq!(facts.len(), 1);
            assert_eq!(facts[0].record.text, "2.4亿元");
            assert!(facts[0].record.qualifiers.is_default());
        }
        assert_eq!(schema_of(&path), SCHEMA_VERSION);
        // The next open has nothing to do.
        let (store, _) = Store::open(&path, &OpenOptions::default()).unwrap();
        assert!(
            store.open_notices().is_empty(),
            "{:?}",
            store.open_notices()
        );
    }

    #[test]
    fn a_failed_upgrade_leaves_the_database_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        v2_database(&path, true);
        let before: Vec<_> = {
            let kv = SledKv::open(&path, Duration::from_secs(5)).unwrap();
            kv.scan_prefix(Space::Eavt, &[])
                .map(Result::unwrap)
                .collect()
        };
        let err = Store::open(&path, &OpenOptions::default())
            .err()
            .expect("a damaged record stops the upgrade")
            .to_string();
        assert!(
            err.contains("upgrading schema 2 to 3 failed, the database is left at schema 2")
                && err.contains("damaged schema 2 fact record"),
            "{err}"
        );
        assert_eq!(schema_of(&path), 2);
        let kv = SledKv::open(&path, Duration::from_secs(5)).unwrap();
        let after: Vec<_> = kv
            .scan_prefix(Space::Eavt, &[])
            .map(Result::unwrap)
            .collect();
        assert_eq!(before, after);
        // Unknown versions are still refused, not guessed at.
        assert!(!can_upgrade(1));
        assert!(can_upgrade(2));
    }
}
