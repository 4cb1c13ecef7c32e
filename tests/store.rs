//! Store semantics: atomic loads, idempotent reloads, replacement of a
//! changed document, references across documents.

use seedkb::model::{parse_quantity, DocumentFacts, Entity, Fact, Source, Value};
use seedkb::store::{Resolution, Store};

fn src(doc: &str, quote: &str) -> Source {
    Source::curated(doc, quote)
}

fn entity(doc: &str, name: &str, kind: &str, aliases: &[&str]) -> Entity {
    Entity {
        name: name.into(),
        kind: kind.into(),
        aliases: aliases.iter().map(|s| s.to_string()).collect(),
        source: src(doc, name),
        alias_background: Vec::new(),
    }
}

fn fact(doc: &str, s: &str, a: &str, v: Value) -> Fact {
    Fact {
        subject: s.into(),
        attribute: a.into(),
        value: v,
        source: src(doc, s),
        qualifiers: Default::default(),
    }
}

fn money(s: &str) -> Value {
    Value::Quantity(parse_quantity(s).unwrap())
}

fn doc_a() -> DocumentFacts {
    DocumentFacts {
        doc: "a.txt".into(),
        text: Some("甲县 乙镇 拨款".into()),
        entities: vec![
            entity("a.txt", "甲县", "county", &["Jia"]),
            entity("a.txt", "乙镇", "town", &[]),
            entity("a.txt", "拨款", "funding", &[]),
        ],
        facts: vec![
            fact("a.txt", "乙镇", "located_in", Value::Ref("甲县".into())),
            fact("a.txt", "拨款", "recipient", Value::Ref("乙镇".into())),
            fact("a.txt", "拨款", "amount", money("2.4亿元")),
        ],
        ..Default::default()
    }
}

fn open() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let (store, created) = Store::open(
        &dir.path().join("db"),
        &seedkb::session::open_options(std::time::Duration::from_secs(5)),
    )
    .unwrap();
    assert!(created);
    (dir, store)
}

fn snapshot(store: &Store) -> Vec<String> {
    let mut out = Vec::new();
    seedkb::output::dump::write_dump(store, &mut out).unwrap();
    let mut lines: Vec<String> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(String::from)
        .collect();
    lines.sort();
    lines
}

fn rows(store: &Store, q: &str) -> Vec<Vec<String>> {
    seedkb::query::run(store, q)
        .unwrap_or_else(|e| panic!("{q}: {e}"))
        .rows
        .iter()
        .map(|r| r.iter().map(|c| c.display()).collect())
        .collect()
}

#[test]
fn loading_twice_changes_nothing() {
    let (_d, store) = open();
    let r = store.load(&[doc_a()]).unwrap();
    assert_eq!((r.documents_loaded, r.facts), (1, 3));
    let before = snapshot(&store);
    let r = store.load(&[doc_a()]).unwrap();
    assert_eq!((r.documents_loaded, r.documents_unchanged), (0, 1));
    assert_eq!(before, snapshot(&store));
}

#[test]
fn a_failing_load_writes_nothing() {
    let (_d, store) = open();
    store.load(&[doc_a()]).unwrap();
    let before = snapshot(&store);
    // A good new document and a bad one in the same call: neither lands.
    let good = DocumentFacts {
        doc: "b.txt".into(),
        text: None,
        entities: vec![entity("b.txt", "丙村", "village", &[])],
        facts: vec![fact(
            "b.txt",
            "丙村",
            "located_in",
            Value::Ref("乙镇".into()),
        )],
        ..Default::default()
    };
    let bad = DocumentFacts {
        doc: "c.txt".into(),
        text: None,
        entities: vec![entity("c.txt", "甲县", "city", &[])],
        facts: vec![],
        ..Default::default()
    };
    let err = store.load(&[good.clone(), bad]).unwrap_err().to_string();
    assert!(err.contains("甲县") && err.contains("county"), "{err}");
    assert_eq!(before, snapshot(&store));
    assert!(matches!(
        store.resolve("丙村").unwrap(),
        Resolution::NotFound { .. }
    ));
    // An alias that names another entity is refused too.
    let clash = DocumentFacts {
        doc: "d.txt".into(),
        text: None,
        entities: vec![entity("d.txt", "丁镇", "town", &["Jia"])],
        facts: vec![],
        ..Default::default()
    };
    let err = store.load(&[clash]).unwrap_err().to_string();
    assert!(err.contains("alias 'Jia'"), "{err}");
    assert_eq!(before, snapshot(&store));
    // The good one alone loads, and may refer to entities of another document.
    store.load(&[good]).unwrap();
    assert_eq!(
        rows(&store, "villages where located_in within 甲县"),
        vec![vec!["丙村".to_string(), "乙镇".to_string()]]
    );
}

#[test]
fn a_changed_document_replaces_the_old_version() {
    let (_d, store) = open();
    store.load(&[doc_a()]).unwrap();
    let mut changed = doc_a();
    changed.facts[2] = fact("a.txt", "拨款", "amount", money("3亿元"));
    changed.entities[1].aliases.push("Yi".into());
    let r = store.load(&[changed]).unwrap();
    assert_eq!(r.documents_replaced, 1);
    assert_eq!(rows(&store, "funding where amount > 2.5亿元").len(), 1);
    assert_eq!(rows(&store, "funding where amount < 2.5亿元").len(), 0);
    assert!(matches!(store.resolve("Yi").unwrap(), Resolution::Found(_)));
    // Dropping an entity from the document removes it and its names.
    let mut smaller = doc_a();
    smaller.entities.pop();
    smaller.facts.truncate(1);
    store.load(&[smaller]).unwrap();
    assert!(matches!(
        store.resolve("拨款").unwrap(),
        Resolution::NotFound { .. }
    ));
    let kinds: Vec<String> = rows(&store, "kinds")
        .into_iter()
        .map(|r| r[0].clone())
        .collect();
    assert_eq!(kinds, vec!["county", "town"]);
}

#[test]
fn reopening_keeps_everything() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db");
    let before = {
        let (store, _) = Store::open(
            &path,
            &seedkb::session::open_options(std::time::Duration::from_secs(5)),
        )
        .unwrap();
        store.load(&[doc_a()]).unwrap();
        snapshot(&store)
    };
    let (store, created) = Store::open(
        &path,
        &seedkb::session::open_options(std::time::Duration::from_secs(5)),
    )
    .unwrap();
    // Loaded but never `initialize`d: a new database as far as seeding goes.
    assert!(created);
    assert_eq!(before, snapshot(&store));
    assert_eq!(
        rows(&store, "sum amount of funding"),
        vec![vec!["2.4亿元".to_string()]]
    );
}

#[test]
fn a_database_seeded_by_another_build_gets_this_builds_seeds() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db");
    {
        let (store, created) = Store::open(
            &path,
            &seedkb::session::open_options(std::time::Duration::from_secs(5)),
        )
        .unwrap();
        assert!(created);
        store.load(&[doc_a()]).unwrap();
        store.initialize(&[], Some(b"an older build")).unwrap();
    }
    let wait = std::time::Duration::from_secs(1);
    let store = seedkb::session::open_store(&path, true, wait).unwrap();
    let want = seedkb::seeds::bundled_fingerprint().to_be_bytes().to_vec();
    assert_eq!(store.seed_fingerprint().unwrap(), Some(want));
    assert!(matches!(
        store.resolve("义县").unwrap(),
        Resolution::Found(_)
    ));
    // Documents of the user's own stay.
    assert!(matches!(
        store.resolve("甲县").unwrap(),
        Resolution::Found(_)
    ));
    drop(store);
    // An empty database made on purpose is left empty.
    let empty = dir.path().join("empty");
    drop(seedkb::session::open_store(&empty, false, wait).unwrap());
    let store = seedkb::session::open_store(&empty, false, wait).unwrap();
    assert!(store.kinds().unwrap().is_empty());
}

/// A database seeded before a fact file's `[document]` header was read
/// (its seed document with no title or date to cite it by) is seeded
/// again when this build opens it: the header's facts are there, curated.
#[test]
fn a_database_seeded_without_the_seed_header_gets_it_on_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db");
    let seed = "000_c0358a9eae1db40c.txt";
    let cite = |store: &Store| {
        rows(store, &format!("show {seed}"))
            .into_iter()
            .find(|r| r[1] == "citation")
            .map(|r| r[2].clone())
    };
    {
        let (store, created) = Store::open(
            &path,
            &seedkb::session::open_options(std::time::Duration::from_secs(5)),
        )
        .unwrap();
        assert!(created);
        // What an older build stored: the seeds without the header's facts.
        let mut older = seedkb::seeds::bundled().unwrap();
        for d in &mut older {
            d.entities.retain(|e| e.name != d.doc);
            let doc = d.doc.clone();
            d.facts.retain(|f| f.subject != doc);
        }
        store.initialize(&older, Some(b"an older reading")).unwrap();
        assert_eq!(
            cite(&store).as_deref(),
            Some(format!("搭建城市振兴发展新支点. {seed}").as_str()),
            "the older seeding has no date to cite"
        );
    }
    let wait = std::time::Duration::from_secs(1);
    let store = seedkb::session::open_store(&path, true, wait).unwrap();
    assert_eq!(
        cite(&store).as_deref(),
        Some(format!("搭建城市振兴发展新支点. 2020. {seed}").as_str())
    );
    let shown = rows(&store, &format!("show {seed}"));
    let published = shown
        .iter()
        .find(|r| r[1] == "published")
        .unwrap_or_else(|| panic!("{shown:?}"));
    assert_eq!(published[2], "2020", "{shown:?}");
}

#[test]
fn replacing_a_document_removes_its_facts_about_other_documents_entities() {
    let (_d, store) = open();
    store.load(&[doc_a()]).unwrap();
    let only_a = snapshot(&store);
    let doc_b = |with_fact: bool| DocumentFacts {
        doc: "b.txt".into(),
        text: Some("甲县 丙款".into()),
        entities: vec![entity("b.txt", "丙款", "funding", &[])],
        facts: if with_fact {
            vec![
                fact("b.txt", "甲县", "status", Value::Text("脱贫".into())),
                fact("b.txt", "丙款", "recipient", Value::Ref("甲县".into())),
            ]
        } else {
            vec![fact(
                "b.txt",
                "丙款",
                "recipient",
                Value::Ref("甲县".into()),
            )]
        },
        ..Default::default()
    };
    store.load(&[doc_b(true)]).unwrap();
    assert_eq!(rows(&store, "county where status = 脱贫").len(), 1);
    let r = store.load(&[doc_b(false)]).unwrap();
    assert_eq!(r.documents_replaced, 1);
    assert_eq!(rows(&store, "county where has status").len(), 0);
    assert_eq!(rows(&store, "funding where recipient = 甲县").len(), 1);
    // Without b's own entity and fact, what is left is a's, unchanged.
    let mut without_b: Vec<String> = snapshot(&store)
        .into_iter()
        .filter(|l| !l.contains("b.txt"))
        .collect();
    without_b.sort();
    // The attribute dictionary keeps `status` (ids are never reused).
    let facts = |v: Vec<String>| -> Vec<String> {
        v.into_iter()
            .filter(|l| !l.starts_with("{\"attributes\""))
            .collect()
    };
    assert_eq!(facts(without_b), facts(only_a));
}

/// One document per thread, each with entities of its own and a reference
/// to the shared 甲县.
fn doc_n(n: usize) -> DocumentFacts {
    let d = format!("doc{n}.txt");
    let town = format!("镇{n}");
    let grant = format!("拨款{n}");
    DocumentFacts {
        doc: d.clone(),
        text: Some(format!("甲县 {town} {grant}")),
        entities: vec![
            entity(&d, "甲县", "county", &[]),
            entity(&d, &town, "town", &[]),
            entity(&d, &grant, "funding", &[]),
        ],
        facts: vec![
            fact(&d, &town, "located_in", Value::Ref("甲县".into())),
            fact(&d, &grant, "recipient", Value::Ref(town.clone())),
            fact(&d, &grant, "amount", money(&format!("{n}亿元"))),
        ],
        ..Default::default()
    }
}

#[test]
fn threads_query_one_store_and_get_what_one_thread_gets() {
    let (_dir, store) = open();
    store.initialize(&[doc_a()], None).unwrap();
    let queries = [
        "funding",
        "count town",
        "show 拨款",
        "funding where recipient.located_in = 甲县",
        "sum amount of funding",
    ];
    let alone: Vec<_> = queries.iter().map(|q| rows(&store, q)).collect();
    assert!(alone.iter().all(|r| !r.is_empty()), "{alone:?}");
    let store = &store;
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..4)
            .map(|_| {
                s.spawn(|| {
                    (0..20)
                        .map(|i| {
                            let q = queries[i % queries.len()];
                            (i % queries.len(), rows(store, q))
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for h in handles {
            for (i, got) in h.join().unwrap() {
                assert_eq!(got, alone[i], "{}", queries[i]);
            }
        }
    });
}

#[test]
fn loads_from_many_threads_take_turns() {
    let (_dir, store) = open();
    store.initialize(&[doc_a()], None).unwrap();
    let store = &store;
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..6)
            .map(|n| s.spawn(move || store.load(&[doc_n(n)]).unwrap()))
            .collect();
        for h in handles {
            assert_eq!(h.join().unwrap().documents_loaded, 1);
        }
    });
    // Each load read the id counters and wrote them back: had two run at
    // once, they would have given two entities one id.
    let report = store.check().unwrap();
    assert!(report.is_clean(), "{:?}", report.problems);
    for n in 0..6 {
        let got = rows(store, &format!("match ?f recipient ?r where ?r = 镇{n}"));
        assert_eq!(got.len(), 1, "{got:?}");
    }
    assert_eq!(rows(store, "count town"), vec![vec!["7".to_string()]]);
}

/// Ranges of values are asked of the store in typed form (the query layer
/// builds no key bytes): every kind of bound, with qualified boundary
/// values (超2.4亿元 is keyed at 2.4亿) read with their number, and a text
/// matched exactly, not as a prefix.
#[test]
fn typed_value_ranges_read_avet() {
    use seedkb::model::Unit;
    use seedkb::store::ValueRange;
    use std::ops::Bound::{Excluded, Included, Unbounded};
    let (_d, store) = open();
    let names = ["一号", "二号", "三号", "四号", "五号"];
    let amounts = ["1亿元", "超2.4亿元", "2.4亿元", "3亿元", "500亩"];
    let doc = DocumentFacts {
        doc: "r.txt".into(),
        text: None,
        entities: names
            .iter()
            .map(|n| entity("r.txt", n, "funding", &[]))
            .collect(),
        facts: names
            .iter()
            .zip(amounts)
            .map(|(n, a)| fact("r.txt", n, "amount", money(a)))
            .chain([
                fact("r.txt", "一号", "purpose", Value::Text("扶贫".into())),
                fact("r.txt", "二号", "purpose", Value::Text("扶贫开发".into())),
            ])
            .collect(),
        ..Default::default()
    };
    store.load(&[doc]).unwrap();
    let found = |attr: &str, r: ValueRange| -> Vec<String> {
        let a = store.attr_id(attr).unwrap();
        let mut out: Vec<String> = store
            .values_in(a, &r)
            .unwrap()
            .into_iter()
            .map(|(_, e)| store.entity_name(e).unwrap())
            .collect();
        out.sort();
        out
    };
    let n = parse_quantity("2.4亿元").unwrap().value;
    let cny = |lo, hi| ValueRange::Quantity {
        unit: Unit::Cny,
        lo,
        hi,
    };
    assert_eq!(
        found("amount", cny(Included(n), Unbounded)),
        ["三号", "二号", "四号"]
    );
    assert_eq!(found("amount", cny(Excluded(n), Unbounded)), ["四号"]);
    assert_eq!(found("amount", cny(Unbounded, Excluded(n))), ["一号"]);
    assert_eq!(
        found("amount", cny(Unbounded, Included(n))),
        ["一号", "三号", "二号"]
    );
    assert_eq!(
        found("amount", cny(Included(n), Included(n))),
        ["三号", "二号"]
    );
    assert_eq!(found("amount", cny(Unbounded, Unbounded)).len(), 4);
    let mu = ValueRange::Quantity {
        unit: Unit::SquareMetre,
        lo: Unbounded,
        hi: Unbounded,
    };
    assert_eq!(found("amount", mu), ["五号"]);
    assert_eq!(found("purpose", ValueRange::Text("扶贫".into())), ["一号"]);
    assert!(found("purpose", ValueRange::Text("扶".into())).is_empty());
}

/// Planning is a phase: `plan` resolves a query once, `eval` runs the plan,
/// and `explain` answers the plan's own `Display`.
#[test]
fn explain_is_how_a_plan_displays() {
    let (_d, store) = open();
    store.load(&[doc_a()]).unwrap();
    let text = "funding where amount > 1亿元";
    let plan = seedkb::query::plan(&store, &seedkb::query::parse(text).unwrap()).unwrap();
    assert_eq!(
        plan.to_string(),
        "1 range avet[amount > 100000000 CNY], then check kind = funding\n\
         2 filter each candidate by the where clause (aevt)\n"
    );
    let explained: Vec<String> = rows(&store, &format!("explain {text}"))
        .into_iter()
        .map(|r| r.join(" ") + "\n")
        .collect();
    assert_eq!(explained.concat(), plan.to_string());
    let answer = seedkb::query::eval(&store, &plan).unwrap();
    assert_eq!(answer.rows.len(), 1);
    assert_eq!(answer.rows[0][0].display(), "拨款");
    // Every word is resolved by the planner, before anything runs.
    let bad = seedkb::query::parse("funding where amont > 1亿元").unwrap();
    let err = seedkb::query::plan(&store, &bad).unwrap_err().to_string();
    assert!(err.contains("unknown attribute 'amont'"), "{err}");
}
