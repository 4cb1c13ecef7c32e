//! The meaning of queries over a small store of their own (in memory):
//! missing values, dates of unknown year, timelines, chosen columns and
//! exact sums.

use crate::model::{parse_quantity, Date, DocumentFacts, Entity, Fact, Source, Value};
use crate::query::result::ResultSet;
use crate::store::mem::MemKv;
use crate::store::Store;
use std::sync::Arc;

const DOC: &str = "t.txt";

fn entity(name: &str, kind: &str) -> Entity {
    Entity {
        name: name.into(),
        kind: kind.into(),
        aliases: Vec::new(),
        source: Source::curated(DOC, name),
    }
}

fn fact(s: &str, a: &str, v: Value) -> Fact {
    Fact {
        subject: s.into(),
        attribute: a.into(),
        value: v,
        source: Source::curated(DOC, s),
    }
}

fn q(s: &str) -> Value {
    Value::Quantity(parse_quantity(s).unwrap())
}

fn date(iso: &str) -> Value {
    Value::Date(Date::parse_iso(iso, iso).unwrap())
}

fn r(name: &str) -> Value {
    Value::Ref(name.into())
}

fn t(s: &str) -> Value {
    Value::Text(s.into())
}

/// Four projects in two counties: 甲 (started 2019, 在建), 乙 (started on
/// a 15 June of unknown year), 丙 (no date, no status), 丁 (完工).
fn store() -> Store {
    let names = ["甲县", "乙县", "甲项目", "乙项目", "丙项目", "丁项目"];
    let doc = DocumentFacts {
        doc: DOC.into(),
        text: Some(names.join(" ")),
        entities: vec![
            entity("甲县", "county"),
            entity("乙县", "county"),
            entity("甲项目", "project"),
            entity("乙项目", "project"),
            entity("丙项目", "project"),
            entity("丁项目", "project"),
        ],
        facts: vec![
            fact("甲项目", "district", r("甲县")),
            fact("甲项目", "status", t("在建")),
            fact("甲项目", "investment", q("62997.63万元")),
            fact("甲项目", "date_started", date("2019-05-01")),
            fact("乙项目", "district", r("甲县")),
            fact("乙项目", "investment", q("26637.9万元")),
            fact("乙项目", "date_started", date("????-06-15")),
            fact("丙项目", "district", r("乙县")),
            fact("丙项目", "investment", q("2.4亿元")),
            fact("丁项目", "district", r("乙县")),
            fact("丁项目", "status", t("完工")),
            fact("丁项目", "date_started", date("2018")),
            fact("甲县", "date_founded", date("2020-01-08")),
        ],
        ..Default::default()
    };
    let (store, _) = Store::from_kv(
        Box::new(MemKv::new()),
        "memory",
        Arc::new(crate::text::Plain),
    )
    .unwrap();
    store.initialize(&[doc], None).unwrap();
    store
}

fn run(store: &Store, query: &str) -> ResultSet {
    crate::query::run(store, query).unwrap_or_else(|e| panic!("{query}: {e:?}"))
}

/// The first column of every row, as displayed.
fn names(store: &Store, query: &str) -> Vec<String> {
    let mut out: Vec<String> = run(store, query)
        .rows
        .iter()
        .map(|r| r[0].display())
        .collect();
    out.sort();
    out
}

#[test]
fn a_date_of_unknown_year_never_compares_true() {
    let s = store();
    assert_eq!(
        names(&s, "projects where date_started < 2020-01-01"),
        ["丁项目", "甲项目"]
    );
    assert_eq!(
        names(&s, "projects where date_started >= 2000-01-01"),
        ["丁项目", "甲项目"]
    );
    // Nor false: unknown, so `not` keeps it out as well.
    assert_eq!(
        names(&s, "projects where not date_started < 2020-01-01"),
        Vec::<String>::new()
    );
    assert!(names(&s, "projects where date_started = \"????-06-15\"").is_empty());
    assert_eq!(
        names(&s, "projects where has date_started"),
        ["丁项目", "乙项目", "甲项目"]
    );
}

#[test]
fn missing_values_are_unknown_as_in_sql() {
    let s = store();
    // `!=` and `not … =` agree: neither keeps a project with no status.
    assert_eq!(names(&s, "projects where status != 在建"), ["丁项目"]);
    assert_eq!(names(&s, "projects where not status = 在建"), ["丁项目"]);
    // `has` asks about presence, and is never unknown.
    assert_eq!(
        names(&s, "projects where not has status or status != 在建"),
        ["丁项目", "丙项目", "乙项目"]
    );
    assert_eq!(
        names(&s, "projects where not has status"),
        ["丙项目", "乙项目"]
    );
    // unknown or true is true; unknown and false is false; not unknown is unknown.
    assert_eq!(
        names(&s, "projects where status = 完工 or investment > 1亿元"),
        ["丁项目", "丙项目", "乙项目", "甲项目"]
    );
    assert!(names(
        &s,
        "projects where not (status = 完工 or investment > 3亿元)"
    )
    .is_empty());
    assert_eq!(
        names(
            &s,
            "projects where not (status = 完工 and investment > 3亿元)"
        ),
        ["丙项目", "乙项目", "甲项目"]
    );
    assert!(names(&s, "projects where not status contains 建").contains(&"丁项目".to_string()));
    assert!(!names(&s, "projects where not status contains 建").contains(&"丙项目".to_string()));
}
