//! A small run of the benchmark's generator and of each of its queries on
//! seedkb (the benchmark itself, against SQLite, is `benches/run`). The
//! answers are checked against what the generated lines say.

mod common;

use seedkb::store::Store;
use seedkb::synth;
use serde_json::Value;
use std::collections::{HashMap, HashSet};

struct Data {
    store: Store,
    summary: synth::Summary,
    lines: Vec<Value>,
    _dir: tempfile::TempDir,
}

fn load(facts: u64, seed: u64) -> Data {
    let mut bytes = Vec::new();
    let summary = synth::generate(facts, seed, &mut bytes).unwrap();
    let text = String::from_utf8(bytes).unwrap();
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let docs = seedkb::ingest::jsonl::parse("synth.jsonl", &text, &|_| false)
        .unwrap_or_else(|e| panic!("the generated dump does not load: {e}"));
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = Store::open(
        &dir.path().join("db"),
        &seedkb::session::open_options(std::time::Duration::from_secs(5)),
    )
    .unwrap();
    let report = store.initialize(&docs, None).unwrap();
    assert_eq!(report.facts as u64 + report.entities as u64, summary.facts);
    Data {
        store,
        summary,
        lines,
        _dir: dir,
    }
}

fn facts_of<'a>(lines: &'a [Value], attribute: &str) -> impl Iterator<Item = &'a Value> + 'a {
    let attribute = attribute.to_string();
    lines
        .iter()
        .filter(move |l| l["attribute"].as_str() == Some(attribute.as_str()))
}

#[test]
fn generator_counts_what_it_writes() {
    let d = load(3_000, 3);
    assert!(d.summary.facts >= 3_000 && d.summary.facts < 3_010);
    let kinds = facts_of(&d.lines, "kind").count() as u64;
    assert_eq!(kinds, d.summary.entities);
    let facts = d
        .lines
        .iter()
        .filter(|l| l.get("subject").is_some() && l["attribute"] != "alias")
        .count() as u64;
    assert_eq!(facts, d.summary.facts);
    assert_eq!(d.summary.cities.len(), synth::CITIES);
    assert_eq!(d.summary.sources.len(), synth::SOURCES);
    // Every quote is in its document (the loader checked it); every
    // document line came first.
    assert_eq!(
        d.lines
            .iter()
            .filter(|l| l.get("document").is_some())
            .count() as u64,
        d.summary.documents
    );
}

#[test]
fn each_benchmark_query_gives_the_answer_the_data_implies() {
    let d = load(3_000, 5);
    let q = synth::bench_queries(&d.summary, 5, 10);
    let run =
        |text: &str| seedkb::query::run(&d.store, text).unwrap_or_else(|e| panic!("{text}: {e}"));

    // funding by source: counts add up to the funding records, per source.
    let mut per_source: HashMap<String, usize> = HashMap::new();
    for l in facts_of(&d.lines, "source") {
        *per_source
            .entry(l["value"]["ref"].as_str().unwrap().to_string())
            .or_default() += 1;
    }
    let rs = run(&q.group_by);
    assert_eq!(rs.rows.len(), per_source.len());
    for row in &rs.rows {
        let n = row[1].display().parse::<usize>().unwrap();
        assert_eq!(per_source.get(&row[0].display()), Some(&n), "{row:?}");
    }

    // amount > 9亿元: exactly the funding amounts above the threshold.
    let fundings: HashSet<&str> = d.summary.fundings.iter().map(String::as_str).collect();
    let expected: HashSet<&str> = facts_of(&d.lines, "amount")
        .filter(|l| fundings.contains(l["subject"].as_str().unwrap()))
        .filter(|l| l["value"].as_u64().unwrap() > synth::RANGE_THRESHOLD_YUAN)
        .map(|l| l["subject"].as_str().unwrap())
        .collect();
    let rs = run(&q.range);
    let got: HashSet<String> = rs.rows.iter().map(|r| r[0].display()).collect();
    assert_eq!(got.len(), expected.len());
    assert!(expected.iter().all(|n| got.contains(*n)));

    // recipient within CITY: recipients whose located_in chain reaches it.
    let parent: HashMap<&str, &str> = facts_of(&d.lines, "located_in")
        .map(|l| {
            (
                l["subject"].as_str().unwrap(),
                l["value"]["ref"].as_str().unwrap(),
            )
        })
        .collect();
    let inside = |start: &str| {
        let mut p = start.to_string();
        loop {
            if p == q.city {
                return true;
            }
            match parent.get(p.as_str()) {
                Some(up) => p = up.to_string(),
                None => return false,
            }
        }
    };
    let expected = facts_of(&d.lines, "recipient")
        .filter(|l| inside(l["value"]["ref"].as_str().unwrap()))
        .count();
    assert!(expected > 0, "the city of the join receives nothing");
    assert_eq!(run(&q.join).rows.len(), expected);

    // show NAME: the entity's own facts come first, under its name.
    for name in q.show.iter().chain(q.cold.iter()) {
        let rs = run(&format!("show {name}"));
        assert!(!rs.rows.is_empty(), "show {name}");
        assert_eq!(rs.rows[0][0].display(), *name);
    }
}

#[test]
fn the_one_shot_process_answers_show() {
    let d = load(1_000, 9);
    let name = d.summary.fundings[0].clone();
    let db = d._dir.path().join("db");
    drop(d.store);
    let out = common::seedkb(&db, &["-e", &format!("show {name}")], None);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let text = out.stdout;
    assert!(text.contains(&name) && text.contains("recipient"), "{text}");
}
