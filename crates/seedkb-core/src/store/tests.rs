//! The store over the in-memory engine: loads, the typed reads, the check
//! and its repair, without a file system.

use super::kv::Space;
use super::mem::MemKv;
use super::*;
use crate::model::{parse_quantity, DocumentFacts, Entity, Fact, Source, Unit};

fn entity(doc: &str, name: &str, kind: &str, aliases: &[&str]) -> Entity {
    Entity {
        name: name.into(),
        kind: kind.into(),
        aliases: aliases.iter().map(|s| s.to_string()).collect(),
        source: Source::curated(doc, name),
        alias_background: Vec::new(),
    }
}

fn fact(doc: &str, s: &str, a: &str, v: Value) -> Fact {
    Fact {
        subject: s.into(),
        attribute: a.into(),
        value: v,
        source: Source::curated(doc, s),
        qualifiers: Default::default(),
    }
}

fn money(s: &str) -> Value {
    Value::Quantity(parse_quantity(s).unwrap())
}

fn doc(name: &str, amount: &str) -> DocumentFacts {
    DocumentFacts {
        doc: name.into(),
        text: Some("甲县 乙镇 拨款".into()),
        entities: vec![
            entity(name, "甲县", "county", &["Jia"]),
            entity(name, "乙镇", "town", &[]),
            entity(name, "拨款", "funding", &[]),
        ],
        facts: vec![
            fact(name, "乙镇", "located_in", Value::Ref("甲县".into())),
            fact(name, "拨款", "recipient", Value::Ref("乙镇".into())),
            fact(name, "拨款", "amount", money(amount)),
        ],
        ..Default::default()
    }
}

fn memory_store() -> Store {
    let (store, created) = Store::from_kv(
        Box::new(MemKv::new()),
        "memory",
        Arc::new(crate::text::Plain),
    )
    .unwrap();
    assert!(created);
    store
}

/// The id `name` resolves to (the tests of other store modules use it too).
pub(super) fn eid(store: &Store, name: &str) -> Eid {
    match store.resolve(name).unwrap() {
        Resolution::Found(e) => e,
        _ => panic!("{name} not found"),
    }
}

/// `lookup` finds by name, alias or unique prefix without suggestions;
/// `resolve` suggests spellings for a name not found, but not for a name
/// longer than any a person types (each candidate costs the product of the
/// two lengths: 64 KB of query text once took hours).
#[test]
fn lookup_and_the_bound_of_suggestions() {
    let store = memory_store();
    store.initialize(&[doc("a.txt", "2.4亿元")], None).unwrap();
    let town = eid(&store, "乙镇");
    assert!(matches!(store.lookup("乙").unwrap(), Some(Resolution::Found(e)) if e == town));
    assert!(store.lookup("乙镇x").unwrap().is_none());
    assert!(store.lookup("  ").unwrap().is_none());
    let Resolution::NotFound { candidates } = store.resolve("乙镇镇").unwrap() else {
        panic!("乙镇镇 resolved");
    };
    assert_eq!(candidates, ["乙镇"]);
    let long = "乙镇".repeat(MAX_SUGGESTED_CHARS / 2 + 1);
    let Resolution::NotFound { candidates } = store.resolve(&long).unwrap() else {
        panic!("a long name resolved");
    };
    assert_eq!(candidates, Vec::<String>::new());
}

#[test]
fn a_memory_store_loads_and_answers() {
    let store = memory_store();
    let r = store.initialize(&[doc("a.txt", "2.4亿元")], None).unwrap();
    assert_eq!((r.documents_loaded, r.entities, r.facts), (1, 3, 3));
    let (county, town, grant) = (eid(&store, "Jia"), eid(&store, "乙镇"), eid(&store, "拨款"));
    assert_eq!(store.entity_name(county).unwrap(), "甲县");

    let kind = store.attr_id(KIND_ATTR).unwrap();
    let recipient = store.attr_id("recipient").unwrap();
    let amount = store.attr_id("amount").unwrap();
    assert_eq!(store.kind_names().unwrap(), ["county", "funding", "town"]);
    assert_eq!(
        store.kinds().unwrap(),
        [
            ("county".into(), 1),
            ("funding".into(), 1),
            ("town".into(), 1)
        ]
    );
    assert_eq!(store.entities_of_kind("town").unwrap(), [town]);
    assert_eq!(
        store
            .subjects_with(kind, &KeyValue::Text("funding".into()))
            .unwrap(),
        [grant]
    );
    assert_eq!(store.referrers(town, None).unwrap(), [(recipient, grant)]);
    assert_eq!(store.referrers(town, Some(amount)).unwrap(), []);
    assert_eq!(
        store.value_keys(grant, recipient).unwrap(),
        [KeyValue::Ref(town)]
    );
    assert_eq!(
        store.attr_pairs(recipient).unwrap(),
        [(grant, KeyValue::Ref(town))]
    );
    let streamed: Vec<_> = store.attr_stream(recipient).map(Result::unwrap).collect();
    assert_eq!(streamed, [(grant, KeyValue::Ref(town))]);
    assert!(store
        .has_fact(grant, recipient, &KeyValue::Ref(town))
        .unwrap());
    assert!(!store
        .has_fact(grant, recipient, &KeyValue::Ref(county))
        .unwrap());

    let types = store.attr_types(amount).unwrap();
    assert_eq!(
        (types.units.as_slice(), types.refs),
        (&[Unit::Cny][..], false)
    );
    assert!(store.attr_types(recipient).unwrap().refs);

    let facts = store.values_of(grant, amount).unwrap();
    assert_eq!(facts.len(), 1);
    let value = store
        .to_value(&facts[0].value, &facts[0].record.text)
        .unwrap();
    assert_eq!(value.to_string(), money("2.4亿元").to_string());
    assert_eq!(
        store
            .fact_text(grant, amount, &facts[0].value)
            .unwrap()
            .as_deref(),
        Some("2.4亿元")
    );
    let in_range = store
        .value_range(
            amount,
            std::ops::Bound::Unbounded,
            std::ops::Bound::Unbounded,
        )
        .unwrap();
    assert_eq!(in_range, [(facts[0].value.clone(), grant)]);
    assert_eq!(store.all_facts().count(), 6); // three kinds, three facts
    assert_eq!(store.known("jia").unwrap().unwrap().docs, ["a.txt"]);
    assert!(store.check().unwrap().is_clean());
}

#[test]
fn queries_run_over_memory() {
    let store = memory_store();
    store.initialize(&[doc("a.txt", "2.4亿元")], None).unwrap();
    let rs = crate::query::run(&store, "funding where recipient.located_in = 甲县").unwrap();
    assert_eq!(rs.rows.len(), 1);
}

#[test]
fn replacing_a_document_leaves_no_stale_index_entry() {
    let store = memory_store();
    store.initialize(&[doc("a.txt", "2.4亿元")], None).unwrap();
    let r = store.load(&[doc("a.txt", "3亿元")]).unwrap();
    assert_eq!(r.documents_replaced, 1);
    let amount = store.attr_id("amount").unwrap();
    let values: Vec<String> = store
        .attr_pairs(amount)
        .unwrap()
        .iter()
        .map(|(_, v)| store.to_value(v, "").unwrap().to_string())
        .collect();
    assert_eq!(values, [money("3亿元").to_string()]);
    let report = store.check().unwrap();
    assert!(report.is_clean(), "{:?}", report.problems);
}

#[test]
fn a_failing_load_writes_nothing_to_memory() {
    let store = memory_store();
    store.initialize(&[doc("a.txt", "2.4亿元")], None).unwrap();
    let before: Vec<_> = Space::ALL
        .iter()
        .flat_map(|s| store.kv().scan_prefix(*s, &[]).map(Result::unwrap))
        .collect();
    let mut bad = doc("b.txt", "1亿元");
    bad.facts.push(fact(
        "b.txt",
        "拨款",
        "recipient",
        Value::Ref("无名".into()),
    ));
    assert!(store.load(&[bad]).is_err());
    let after: Vec<_> = Space::ALL
        .iter()
        .flat_map(|s| store.kv().scan_prefix(*s, &[]).map(Result::unwrap))
        .collect();
    assert_eq!(before, after);
}

#[test]
fn repair_rebuilds_every_index_entry_of_a_fact() {
    let store = memory_store();
    store.initialize(&[doc("a.txt", "2.4亿元")], None).unwrap();
    // Lose every derived index entry.
    let mut lost = Vec::new();
    for s in [Space::Aevt, Space::Avet, Space::Vaet] {
        for item in store.kv().scan_prefix(s, &[]) {
            lost.push((s, item.unwrap().0, None));
        }
    }
    let n = lost.len();
    assert_eq!(n, 6 + 6 + 2);
    store.kv().apply(lost).unwrap();
    let (before, after) = store.repair().unwrap();
    assert_eq!(before.problem_count, n, "{:?}", before.problems);
    assert!(after.is_clean(), "{:?}", after.problems);
    assert_eq!(store.referrers(eid(&store, "乙镇"), None).unwrap().len(), 1);
}

#[test]
fn a_damaged_entity_record_is_an_error_from_known_not_an_unknown_name() {
    let store = memory_store();
    store.initialize(&[doc("a.txt", "2.4亿元")], None).unwrap();
    let e = eid(&store, "甲县");
    store
        .kv()
        .apply(vec![(
            Space::Entities,
            e.to_be_bytes().to_vec(),
            Some(vec![0xFF]),
        )])
        .unwrap();
    store.caches.invalidate(Default::default());
    let err = store.known("甲县").unwrap_err();
    assert!(err.to_string().contains("damaged entity record"), "{err}");
}

#[test]
fn attribute_types_are_kept_until_the_caches_are_emptied() {
    let store = memory_store();
    store.initialize(&[doc("a.txt", "2.4亿元")], None).unwrap();
    let amount = store.attr_id("amount").unwrap();
    assert_eq!(store.attr_types(amount).unwrap().units, [Unit::Cny]);
    // The attribute's avet entries removed behind the caches' back: the
    // types probed before are still given (no seek) ...
    let gone: Vec<_> = store
        .kv()
        .scan_prefix(Space::Avet, &amount.to_be_bytes())
        .map(|r| (Space::Avet, r.unwrap().0, None))
        .collect();
    assert!(!gone.is_empty());
    store.kv().apply(gone).unwrap();
    assert_eq!(store.attr_types(amount).unwrap().units, [Unit::Cny]);
    // ... until a load empties the caches, as it does.
    store.caches.invalidate(Default::default());
    assert!(store.attr_types(amount).unwrap().is_empty());
}

/// A source read from a record written before background knowledge existed
/// (a plain quote) is quoted, with no background; one written with it
/// gives back its reason and its aliases' reasons, and the quote alone.
#[test]
fn stored_sources_keep_background_in_the_old_record_layout() {
    let old = StoredSource {
        doc: 1,
        quote: "甲县位于北方".into(),
        extracted: false,
        at: None,
        span: None,
    };
    assert_eq!((old.quoted(), old.background()), ("甲县位于北方", None));
    assert!(old.alias_background().is_empty());
    // The record layout is the old one: the same bytes decode both ways.
    let bytes = encode(&old);
    assert_eq!(decode::<StoredSource>(&bytes, "source").unwrap(), old);

    let why = vec![("Jia".to_string(), "English name".to_string())];
    let s = StoredSource::new(&Source::background("a.txt", "an atlas"), 1, &why);
    assert_eq!((s.quoted(), s.background()), ("", Some("an atlas")));
    assert_eq!(s.alias_background(), why);
    let q = StoredSource::new(&Source::curated("a.txt", "甲县位于北方"), 1, &why);
    assert_eq!((q.quoted(), q.background()), ("甲县位于北方", None));
    assert_eq!(q.alias_background(), why);
}

/// Background knowledge loads, reads back with its reason, is shown as
/// such by `show`, and `check` does not look for it in the document.
#[test]
fn background_knowledge_is_stored_shown_and_checked_as_such() {
    let store = memory_store();
    let mut d = doc("a.txt", "2.4亿元");
    d.entities[0].alias_background = vec![("Jia".into(), "English name".into())];
    d.facts[0].source = Source::background("a.txt", "an atlas says so");
    store.initialize(&[d], None).unwrap();
    let rs = crate::query::run(&store, "show 乙镇").unwrap();
    let row = rs
        .rows
        .iter()
        .find(|r| r[1].display() == "located_in")
        .expect("the located_in row");
    assert_eq!(
        row[3],
        crate::query::result::Cell::Background("an atlas says so".into())
    );
    let rs = crate::query::run(&store, "show 甲县").unwrap();
    assert_eq!(
        rs.rows[0][3],
        crate::query::result::Cell::Background("English name".into())
    );
    assert!(store.check().unwrap().is_clean());
}

/// Two facts that differ only in their qualifiers are two facts: both are
/// stored, each reads back with its own qualifiers (from the record and
/// from the keys), the check finds every index entry, and unloading the
/// document removes both with their entries.
#[test]
fn facts_differing_only_in_qualifiers_are_different_facts() {
    use crate::model::{Modality, Qualifiers, Rate};
    let store = memory_store();
    let mut d = doc("a.txt", "2.4亿元");
    let mut demand = fact("a.txt", "拨款", "amount", money("2.4亿元"));
    demand.qualifiers = Qualifiers {
        modality: Modality::Demand,
        per: Some(Rate::Household),
        as_of: Some(crate::model::Date::parse_iso("2020-05", "2020-05").unwrap()),
        period: None,
    };
    d.facts.push(demand.clone());
    // The same value counted over a period (1至5月) is a third fact.
    let mut counted = fact("a.txt", "拨款", "amount", money("2.4亿元"));
    counted.qualifiers.period = Some(crate::model::Period::parse_iso("Y+0-01/Y+0-05").unwrap());
    d.facts.push(counted.clone());
    let r = store.initialize(&[d], None).unwrap();
    assert_eq!(r.facts, 5);
    let grant = eid(&store, "拨款");
    let amount = store.attr_id("amount").unwrap();
    let facts = store.values_of(grant, amount).unwrap();
    assert_eq!(facts.len(), 3);
    assert!(facts[0].record.qualifiers.is_default());
    // Key order: a period after reported (code 0) sorts before demand.
    assert_eq!(facts[1].record.qualifiers, counted.qualifiers);
    assert_eq!(facts[2].record.qualifiers, demand.qualifiers);
    let want = [
        Qualifiers::default(),
        counted.qualifiers.clone(),
        demand.qualifiers.clone(),
    ];
    let quals: Vec<_> = store
        .fact_qualifiers(grant)
        .unwrap()
        .into_iter()
        .filter(|(a, _)| *a == amount)
        .map(|(_, q)| q)
        .collect();
    assert_eq!(quals, want);
    let keys_q = store.value_keys_q(grant, amount).unwrap();
    assert_eq!(keys_q.len(), 3);
    assert_eq!(keys_q[1].1, counted.qualifiers);
    assert_eq!(keys_q[2].1, demand.qualifiers);
    let streamed: Vec<_> = store.attr_stream_q(amount).map(Result::unwrap).collect();
    assert_eq!(streamed.len(), 3);
    // The walk over lent blocks reads what the stream reads, and stops
    // when told.
    let mut walked = Vec::new();
    store
        .each_attr_q(amount, |e, v, q| {
            walked.push((e, v, q));
            Ok(true)
        })
        .unwrap();
    assert_eq!(walked, streamed);
    let mut first = Vec::new();
    store
        .each_attr_q(amount, |e, v, q| {
            first.push((e, v, q));
            Ok(false)
        })
        .unwrap();
    assert_eq!(first, streamed[..1]);
    assert_eq!(
        store.subjects_with(amount, &facts[0].value).unwrap(),
        [grant, grant, grant]
    );
    assert!(store.has_fact(grant, amount, &facts[0].value).unwrap());
    let report = store.check().unwrap();
    assert!(report.problems.is_empty(), "{:?}", report.problems);

    // A new version of the document without the demand drops it and its
    // index entries.
    store.load(&[doc("a.txt", "2.4亿元")]).unwrap();
    let grant = eid(&store, "拨款");
    assert_eq!(store.values_of(grant, amount).unwrap().len(), 1);
    assert_eq!(store.attr_stream_q(amount).count(), 1);
    let report = store.check().unwrap();
    assert!(report.problems.is_empty(), "{:?}", report.problems);
}

/// A fact record whose qualifiers differ from its key's is reported by
/// `check` (the key is the fact's identity, the record what is shown).
#[test]
fn check_reports_a_record_whose_qualifiers_differ_from_its_key() {
    use crate::model::Modality;
    let store = memory_store();
    store.initialize(&[doc("a.txt", "2.4亿元")], None).unwrap();
    let grant = eid(&store, "拨款");
    let amount = store.attr_id("amount").unwrap();
    let mut f = store.values_of(grant, amount).unwrap().remove(0);
    let key = f.eavt_key();
    f.record.qualifiers.modality = Modality::Expected;
    let head = super::FactHead {
        text: f.record.text.clone(),
        first: f.record.sources.first().cloned(),
        qualifiers: f.record.qualifiers.clone(),
        curated: 1,
        next: 1,
        ..Default::default()
    };
    store
        .kv()
        .apply(vec![(Space::Eavt, key, Some(encode(&head)))])
        .unwrap();
    let report = store.check().unwrap();
    assert!(
        report
            .problems
            .iter()
            .any(|p| p.contains("the record's qualifiers (预计 …) differ from the key's (…)")),
        "{:?}",
        report.problems
    );
}

#[test]
fn a_store_knows_whether_it_wrote_since_it_was_opened() {
    let store = memory_store();
    assert!(!store.wrote());
    store.load(&[doc("d1", "5亿元")]).unwrap();
    assert!(store.wrote());
    // A store that only reads has written nothing.
    let reader = memory_store();
    crate::query::run(&reader, "kinds").unwrap();
    reader.entities_of_kind("county").unwrap();
    assert!(!reader.wrote());
}

#[test]
fn a_name_read_alone_is_the_name_of_the_whole_record() {
    let store = memory_store();
    store.load(&[doc("d1", "5亿元")]).unwrap();
    for name in ["甲县", "乙镇", "拨款"] {
        let e = eid(&store, name);
        // Cold (the name alone decoded), then warm, then after the whole
        // record was read.
        assert_eq!(store.entity_name(e).unwrap(), name);
        assert_eq!(store.entity_name(e).unwrap(), name);
        assert_eq!(store.entity(e).unwrap().name, name);
        assert_eq!(store.entity_name(e).unwrap(), name);
    }
    assert!(store.entity_name(999_999).is_err());
}

#[test]
fn names_read_together_are_the_names_read_one_by_one() {
    let store = memory_store();
    store.load(&[doc("d1", "5亿元")]).unwrap();
    let es: Vec<Eid> = ["拨款", "甲县", "乙镇", "甲县"]
        .iter()
        .map(|n| eid(&store, n))
        .collect();
    // One name cached, the others not yet: in the order asked, repeats too.
    store.entity_name(es[1]).unwrap();
    let want = vec!["拨款", "甲县", "乙镇", "甲县"];
    assert_eq!(store.entity_names(&es).unwrap(), want);
    // All cached now.
    assert_eq!(store.entity_names(&es).unwrap(), want);
    assert!(store.entity_names(&[]).unwrap().is_empty());
    // An unknown entity is the error `entity_name` gives.
    let unknown = store
        .entity_names(&[es[0], 999_999])
        .unwrap_err()
        .to_string();
    assert_eq!(unknown, store.entity_name(999_999).unwrap_err().to_string());
}

/// Names walked from the records (a grouping's members, `each_entity_name`)
/// come in the order asked, repeats and ids out of order too, cold and
/// from the cache, and are kept as names read one by one are: the second
/// time.
#[test]
fn names_walked_from_the_records_come_as_asked() {
    let store = memory_store();
    store.load(&[doc("d1", "5亿元")]).unwrap();
    let mut named: Vec<(Eid, &str)> = ["拨款", "甲县", "乙镇"]
        .into_iter()
        .map(|n| (eid(&store, n), n))
        .collect();
    named.sort_unstable();
    let [(a, an), (b, bn), (c, cn)] = named[..] else {
        panic!("{named:?}")
    };
    let walked = |es: &[Eid]| {
        let mut got = Vec::new();
        store
            .each_entity_name(es, |n| got.push(n.to_string()))
            .map(|()| got)
    };
    let kept = |e: Eid| cache::read(&store.caches.names).get(e).is_some();
    assert_eq!(walked(&[a, b, b, c]).unwrap(), [an, bn, bn, cn]);
    assert!(![a, b, c].into_iter().any(kept));
    assert_eq!(walked(&[c, a, c, b]).unwrap(), [cn, an, cn, bn]);
    assert!([a, b, c].into_iter().all(kept));
    assert_eq!(walked(&[c, a, c, b]).unwrap(), [cn, an, cn, bn]);
    assert!(walked(&[]).unwrap().is_empty());
    // An unknown entity is the error `entity_name` gives.
    let unknown = store.entity_name(999_999).unwrap_err().to_string();
    assert_eq!(walked(&[a, 999_999]).unwrap_err().to_string(), unknown);
}

#[test]
fn a_facts_words_are_its_records_words_and_qualifiers() {
    let store = memory_store();
    let mut d = doc("d1", "5亿元");
    let mut planned = d.facts[2].clone();
    planned.value = money("7亿元");
    planned.qualifiers.modality = crate::model::Modality::Planned;
    d.facts.push(planned);
    store.load(&[d]).unwrap();
    let e = eid(&store, "拨款");
    let whole = store.facts_of(e).unwrap();
    let words = store.fact_words_of(e).unwrap();
    assert_eq!(whole.len(), words.len());
    assert!(words.iter().any(|w| w.qualifiers != Qualifiers::default()));
    for (f, w) in whole.iter().zip(&words) {
        assert_eq!((f.attr, &f.value), (w.attr, &w.value));
        assert_eq!(f.record.text, w.text);
        assert_eq!(f.record.qualifiers, w.qualifiers);
    }
}

/// A document of `n` numbered sentences (each about 40 bytes), one fact
/// and one entity quoting each, and one fact quoting part of a sentence.
fn long_doc(name: &str, n: usize, tag: &str) -> DocumentFacts {
    let sentences: Vec<String> = (0..n)
        .map(|i| format!("第{i}号项目{tag}拨款{}万元。", i + 1))
        .collect();
    let mut d = DocumentFacts {
        doc: name.into(),
        text: Some(sentences.concat()),
        ..Default::default()
    };
    for (i, s) in sentences.iter().enumerate() {
        let subject = format!("第{i}号项目");
        d.entities.push(Entity {
            source: Source::curated(name, s),
            ..entity(name, &subject, "project", &[])
        });
        d.facts.push(Fact {
            source: Source::curated(name, s),
            ..fact(name, &subject, "amount", money(&format!("{}万元", i + 1)))
        });
    }
    d.facts.push(Fact {
        source: Source::curated(name, "第0号项目"),
        ..fact(name, "第0号项目", "stage", Value::Text("规划".into()))
    });
    d
}

/// Schema 6: a quote that is a sentence of its document is stored as its
/// range of the text, read back verbatim by `source`; a part of a
/// sentence stays in words; the text is in 16 KB chunks, read back whole.
#[test]
fn quotes_are_stored_as_ranges_of_a_text_held_in_chunks() {
    let store = memory_store();
    let d = long_doc("long.txt", 1000, "");
    let text = d.text.clone().unwrap();
    assert!(text.len() > 2 * text::CHUNK_BYTES, "{}", text.len());
    store.initialize(std::slice::from_ref(&d), None).unwrap();
    let id = store
        .docs()
        .unwrap()
        .iter()
        .find(|r| r.name == "long.txt")
        .unwrap()
        .id;
    // The record says it has a text; the chunks hold it.
    let raw = store
        .kv()
        .get(Space::Dict, &keys::doc_by_id(id))
        .unwrap()
        .unwrap();
    assert!(raw.len() < 100, "{}", raw.len());
    let chunks = store
        .kv()
        .scan_prefix(Space::Dict, &keys::doc_text_prefix(id))
        .count();
    assert_eq!(chunks, text.len().div_ceil(text::CHUNK_BYTES));
    assert_eq!(
        store.doc_by_id(id).unwrap().unwrap().text,
        Some(text.clone())
    );
    let mut spans = 0;
    for f in store.all_facts() {
        let f = f.unwrap();
        for s in &f.record.sources {
            let read = store.source(s).unwrap();
            if s.doc != id || read.quote.is_empty() {
                continue;
            }
            assert!(text.contains(&read.quote), "{}", read.quote);
            if read.quote == "第0号项目" {
                assert_eq!((s.span, s.quote.as_str()), (None, "第0号项目"));
            } else {
                assert!(s.span.is_some() && s.quote.is_empty(), "{s:?}");
                spans += 1;
            }
        }
    }
    // Each sentence's amount, and each entity's kind (its source's).
    assert_eq!(spans, 2000);
    let e = eid(&store, "第999号项目");
    let rec = store.entity(e).unwrap();
    assert_eq!(
        store.source(&rec.sources[0]).unwrap().quote,
        "第999号项目拨款1000万元。"
    );
    let problems = store.check().unwrap().problems;
    assert!(problems.is_empty(), "{problems:?}");

    // A new version with a shorter text replaces the old one's chunks and
    // ranges: no chunk of the longer text is left.
    let short = long_doc("long.txt", 10, "新");
    store.load(std::slice::from_ref(&short)).unwrap();
    let chunks = store
        .kv()
        .scan_prefix(Space::Dict, &keys::doc_text_prefix(id))
        .count();
    assert_eq!(chunks, 1);
    let e = eid(&store, "第9号项目");
    let rec = store.entity(e).unwrap();
    assert_eq!(
        store.source(&rec.sources[0]).unwrap().quote,
        "第9号项目新拨款10万元。"
    );
    let problems = store.check().unwrap().problems;
    assert!(problems.is_empty(), "{problems:?}");
}

/// `check` finds a range outside its document's text and a text chunk
/// missing from the middle.
#[test]
fn check_finds_ranges_outside_the_text_and_missing_chunks() {
    let store = memory_store();
    store
        .initialize(&[long_doc("long.txt", 1000, "")], None)
        .unwrap();
    let e = eid(&store, "第5号项目");
    let (k, mut rec) = {
        let k = keys::entity_prefix(e);
        let v = store.kv().get(Space::Entities, &k).unwrap().unwrap();
        (k, decode::<EntityRecord>(&v, "entity").unwrap())
    };
    let id = rec.sources[0].doc;
    rec.sources[0].span = Some((1 << 30, 10));
    store
        .kv()
        .apply(vec![
            (Space::Entities, k, Some(encode(&rec))),
            (Space::Dict, keys::doc_text_chunk(id, 1), None),
        ])
        .unwrap();
    let problems = store.check().unwrap().problems.join("\n");
    assert!(
        problems.contains("text chunk 1 is missing (found 2)"),
        "{problems}"
    );
    assert!(
        problems.contains("quote at bytes 1073741824..1073741834 is not in the text of long.txt"),
        "{problems}"
    );
}

/// Schema 13: a load writes no `words` entry, and replacing a document
/// leaves the sentences (and the `find` answers) of a store that loaded
/// only the new version.
#[test]
fn a_load_writes_no_words_and_a_replaced_document_leaves_no_sentence() {
    let with_text = |text: &str| DocumentFacts {
        text: Some(text.into()),
        ..doc("a.txt", "2.4亿元")
    };
    let old = with_text("甲县拨款2.4亿元。\n\n乙镇建成电站,装机\n\n300千瓦。丙村修路。");
    let new = with_text("甲县拨款2.4亿元。丁乡植树。");
    let replaced = memory_store();
    replaced.initialize(&[old], None).unwrap();
    // Where and what, not the fact keys: entity ids differ.
    let sentences = |s: &Store| -> Vec<_> {
        s.all_sentences()
            .map(Result::unwrap)
            .map(|(d, r)| (d, r.index, r.start, r.end, r.text))
            .collect()
    };
    let before = sentences(&replaced);
    assert_eq!(before.len(), 3);
    assert_eq!(
        replaced
            .load(std::slice::from_ref(&new))
            .unwrap()
            .documents_replaced,
        1
    );
    let fresh = memory_store();
    fresh.initialize(&[new], None).unwrap();
    assert_eq!(sentences(&replaced), sentences(&fresh));
    for s in [&replaced, &fresh] {
        assert_eq!(s.kv().scan_prefix(Space::Words, &[]).count(), 0);
        for q in ["find 电", "find 丁", "find 县"] {
            assert_eq!(
                crate::query::run(s, q).unwrap(),
                crate::query::run(&fresh, q).unwrap(),
                "{q}"
            );
        }
        assert!(crate::query::run(s, "find 电").unwrap().rows.is_empty());
    }
}

/// `find` scores a sentence by each term's occurrences as a substring
/// plus its occurrences as a whole word of the analyzer's (counted by
/// segmenting the sentence, schema 13): recomputed here for single
/// characters, numbers, words, several terms, a term said twice and
/// one found nowhere; rows in score order, whole words counted in some.
#[test]
fn find_scores_substrings_and_whole_words_of_the_sentences_it_finds() {
    use crate::query::result::Cell;
    use crate::text::Analyzer as _;
    let with_text = |name: &str, text: &str| DocumentFacts {
        text: Some(text.into()),
        ..doc(name, "2.4亿元")
    };
    let docs = [
        with_text(
            "a.txt",
            "甲县拨款2.4亿元,县里 app 上线。\n\n乙镇建成电站,装机300千瓦,电电电。",
        ),
        with_text(
            "b.txt",
            "丙村APP修路3公里,2019年投资300万元。甲县 乙镇 拨款",
        ),
        with_text("c.txt", "丁乡植树2019棵。app app 物流 3.5 apps"),
    ];
    let store = memory_store();
    store.initialize(&docs, None).unwrap();
    let plain = crate::text::Plain;
    let mut whole_words = 0;
    for q in [
        "find 电",
        "find 县",
        "find 300",
        "find 2019",
        "find 3.5",
        "find app",
        "find 甲县",
        "find 电 300",
        "find app 2019",
        "find 县 县",
        "find 戊",
    ] {
        // A term given twice counts once.
        let mut terms: Vec<String> = Vec::new();
        for t in q.split(' ').skip(1).map(|t| plain.search_key(t)) {
            if !terms.contains(&t) {
                terms.push(t);
            }
        }
        let rs = crate::query::run(&store, q).unwrap();
        assert!(q == "find 戊" || !rs.rows.is_empty(), "{q}");
        let mut last = u32::MAX;
        for row in &rs.rows {
            let (Cell::Int(score), Cell::Text(text)) = (&row[0], &row[4]) else {
                panic!("{q}: {row:?}");
            };
            let key = plain.search_key(text);
            let words = plain.index_words(text);
            let mut want = 0;
            for t in &terms {
                let whole = words.iter().filter(|w| *w == t).count();
                whole_words += whole;
                want += key.matches(t.as_str()).count() + whole;
            }
            assert_eq!(*score, want as i64, "{q}: {text}");
            assert!(want as u32 <= last, "{q}: not in score order");
            last = want as u32;
        }
    }
    assert!(whole_words > 10, "{whole_words}");
}

/// Schema 8: a sentence's fact keys are stored prefix-compressed and read
/// back whole, in their order; a word said once is stored without its
/// count and read as 1.
#[test]
fn sentence_fact_keys_and_word_counts_read_back_as_written() {
    let keys: Vec<Vec<u8>> = vec![
        vec![0, 0, 0, 7, 1, 2, 3],
        vec![0, 0, 0, 7, 1, 2, 4, 5],
        vec![0, 0, 0, 7],
        vec![9; 300],
        vec![],
        vec![0, 0, 0, 7, 1],
    ];
    let rec = search::SentenceRecord {
        index: 3,
        start: 10,
        end: 40,
        text: String::new(),
        facts: keys.clone(),
    };
    let bytes = encode(&rec);
    assert_eq!(
        decode::<search::SentenceRecord>(&bytes, "sentence").unwrap(),
        rec
    );
    // Shorter than schema 7's keys, each whole (its words aside).
    let whole = encode(&search::SentenceRecordV7 {
        index: 3,
        start: 10,
        end: 40,
        text: String::new(),
        words: Vec::new(),
        facts: keys.clone(),
    });
    assert!(
        bytes.len() < whole.len(),
        "{} vs {}",
        bytes.len(),
        whole.len()
    );
    // A key that runs past the record is an error, not a panic.
    let cut = encode(&search::SentenceRecord {
        facts: vec![vec![1, 2, 3]],
        ..rec.clone()
    });
    let mut bad = cut.clone();
    *bad.last_mut().unwrap() = 0xFF;
    let n = bad.len();
    bad[n - 4] = 40;
    assert!(decode::<search::SentenceRecord>(&bad, "sentence").is_err());
    assert!(search::word_count_value(1).is_empty());
    assert_eq!(search::word_count_value(3), vec![0, 3]);
}

/// Schema 8: a fact record stores only what differs from the common case
/// (one counted source, default qualifiers, a quote that is a range), and
/// reads back as written whatever it holds; its text still reads alone.
#[test]
fn fact_records_read_back_as_written_and_the_common_one_is_short() {
    use crate::model::{Date, Location, Modality, Qualifiers};
    #[derive(serde::Deserialize)]
    struct TextOnly {
        text: String,
    }
    let source = |extracted: bool| StoredSource {
        doc: 7000,
        quote: String::new(),
        extracted,
        at: None,
        span: Some((30_000, 40)),
    };
    let common = FactHead {
        text: "2.4亿元".into(),
        first: Some(source(false)),
        curated: 1,
        next: 1,
        ..Default::default()
    };
    let at = Location {
        sentence: 3,
        start: 100,
        end: 140,
        value_start: 110,
        value_end: 120,
    };
    let heads = [
        common.clone(),
        FactHead {
            first: Some(StoredSource {
                at: Some(at),
                quote: "\u{1}b背景".into(),
                span: None,
                ..source(true)
            }),
            extracted: 3,
            curated: 2,
            next: 9,
            ..common.clone()
        },
        FactHead {
            first: Some(source(true)),
            extracted: 1,
            curated: 0,
            next: 1,
            qualifiers: Qualifiers {
                modality: Modality::Expected,
                per: None,
                as_of: Some(Date {
                    year: Some(2020),
                    month: Some(5),
                    day: None,
                    text: "2020年5月".into(),
                    doc_offset: None,
                }),
                period: crate::model::Period::parse_iso("Y-1-01/Y-1-09").ok(),
            },
            ..common.clone()
        },
        FactHead {
            first: Some(source(false)),
            extracted: 0,
            curated: 1,
            next: 1,
            qualifiers: Qualifiers {
                period: crate::model::Period::parse_iso("2025").ok(),
                ..Qualifiers::default()
            },
            ..common.clone()
        },
        FactHead {
            first: None,
            extracted: 0,
            curated: 2,
            next: 4,
            ..common.clone()
        },
        FactHead::default(),
    ];
    for h in &heads {
        let bytes = encode(h);
        assert_eq!(&decode::<FactHead>(&bytes, "fact").unwrap(), h);
        assert_eq!(decode::<TextOnly>(&bytes, "fact").unwrap().text, h.text);
        assert_eq!(fact_text(&bytes).unwrap(), h.text);
        // Cut anywhere, it is an error, not a panic or another record.
        for n in 0..bytes.len() {
            assert!(
                decode::<FactHead>(&bytes[..n], "fact").is_err(),
                "{h:?} cut at {n}"
            );
        }
    }
    // Text, flags, document, range: nothing else.
    assert_eq!(
        encode(&common).len(),
        1 + 9 + 1 + 3 + 4,
        "{:?}",
        encode(&common)
    );
    let mut flags = encode(&common);
    flags[10] |= 0x80;
    assert!(decode::<FactHead>(&flags, "fact").is_err());
}

/// The loader's own encoding of a fact record is byte for byte what its
/// `Serialize` gives (what every reader decodes), across each part's
/// presence and the lengths at which a varint grows (250/251, 65,535/
/// 65,536, 2^32).
#[test]
fn a_fact_head_encodes_by_hand_as_serde_encodes_it() {
    use crate::model::{Location, Modality, Qualifiers, Rate};
    let numbers = [
        0u64,
        1,
        250,
        251,
        65_535,
        65_536,
        u64::from(u32::MAX),
        1 << 32,
    ];
    let small = |n: u64| u32::try_from(n).unwrap_or(u32::MAX);
    let mut heads = Vec::new();
    for (i, &n) in numbers.iter().enumerate() {
        let m = numbers[(i + 3) % numbers.len()];
        let source = StoredSource {
            doc: small(n),
            quote: "引".repeat(usize::try_from(n.min(70_000)).unwrap_or(0) / 3),
            extracted: i % 2 == 0,
            at: (i % 3 != 0).then_some(Location {
                sentence: small(n),
                start: small(m),
                end: small(n / 2),
                value_start: small(m / 3),
                value_end: small(n ^ m),
            }),
            span: (i % 4 != 1).then_some((small(m), small(n))),
        };
        for first in [None, Some(source)] {
            for qualified in [false, true] {
                heads.push(FactHead {
                    text: "x".repeat(usize::try_from(m.min(70_000)).unwrap_or(0)),
                    first: first.clone(),
                    qualifiers: if qualified {
                        Qualifiers {
                            modality: Modality::Planned,
                            per: Some(Rate::Year),
                            as_of: None,
                            period: None,
                        }
                    } else {
                        Qualifiers::default()
                    },
                    extracted: n,
                    curated: m,
                    next: n.wrapping_add(m),
                });
            }
        }
    }
    heads.push(FactHead::default());
    // One extracted source alone, counted as the flags imply: no counts.
    heads.push(FactHead {
        text: "3座".into(),
        first: Some(StoredSource {
            doc: 3,
            quote: String::new(),
            extracted: true,
            at: None,
            span: Some((5, 9)),
        }),
        extracted: 1,
        next: 1,
        ..Default::default()
    });
    for h in &heads {
        assert_eq!(h.encode(), encode(h), "{h:?}");
    }
}

/// A fact's text read alone reads as bincode reads it, whatever its
/// length (a length past one byte is bincode's to read), and one cut
/// short or not UTF-8 is an error.
#[test]
fn a_fact_text_reads_alone_as_bincode_reads_it() {
    // What follows the text in a record without a source.
    let tail = encode(&FactHead::default()).len() - 1;
    for n in [0, 1, 83, 250, 251, 252, 300, 70_000] {
        let head = FactHead {
            text: "亿".repeat(n / 3) + &"x".repeat(n % 3),
            ..Default::default()
        };
        let bytes = encode(&head);
        assert_eq!(fact_text(&bytes).unwrap(), head.text, "{n}");
        let text_end = bytes.len() - tail;
        for cut in (0..text_end).filter(|c| *c < 300 || text_end - c < 300) {
            assert!(fact_text(&bytes[..cut]).is_err(), "{n} cut at {cut}");
        }
    }
    assert!(fact_text(&[2, 0xE4, 0xBA, 0]).is_err());
}

#[test]
fn a_document_is_found_by_its_name_in_one_look_up() {
    let store = memory_store();
    store
        .initialize(&[doc("a.txt", "2.4亿元"), doc("b.txt", "1亿元")], None)
        .unwrap();
    let heads = store.doc_heads().unwrap();
    for name in ["a.txt", "b.txt"] {
        let found = store.doc_head_named(name).unwrap().expect(name);
        let listed = heads.iter().find(|d| d.name == name).unwrap();
        assert_eq!((found.id, &found.name), (listed.id, &listed.name));
    }
    assert!(store.doc_head_named("c.txt").unwrap().is_none());
    assert!(store.doc_head_named("a.tx").unwrap().is_none());
}
