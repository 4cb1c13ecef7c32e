//! Documents that disagree: which value an aggregate takes (the latest
//! publication, the order of loading only between equal or unknown
//! dates), what a `where` says of an entity it kept on one document's
//! value, a repost loaded under another name, a citation's date in a
//! query row, and what sums and extremes keep of the values' words.

mod common;

use common::{seedkb, temp_db};
use serde_json::Value as Json;
use std::path::Path;

/// A March report of a project's investment (its dateline's day, the year
/// from the opening date).
const MARCH: &str = "青山县光伏产业园开工建设\n\n本报青山3月12日讯（记者 李明）2026年3月10日，\
青山县光伏产业园项目正式开工。该项目总投资12亿元，规划面积1800亩。\n";

/// October's figure for the same project; its dateline prints no year.
const OCTOBER: &str = "青山县光伏产业园一期建成\n\n本报青山10月20日讯（记者 王芳）10月18日，\
青山县光伏产业园项目一期工程建成投产。据悉，青山县光伏产业园项目总投资13.5亿元。\n";

fn write(dir: &Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p.to_str().unwrap().to_string()
}

fn load(db: &Path, args: &[&str]) -> common::Run {
    let mut all = vec!["--no-seeds", "load"];
    all.extend_from_slice(args);
    seedkb(db, &all, None).ok()
}

/// The single value and the notes of a one-cell answer, as JSON.
fn answer(db: &Path, q: &str) -> (String, Vec<String>) {
    let out = seedkb(
        db,
        &["--format", "json", "--envelope", "always", "-e", q],
        None,
    )
    .ok();
    let env: Json = serde_json::from_str(&out.stdout).unwrap();
    let env = if env.is_array() { env[0].clone() } else { env };
    let row = &env["rows"][0];
    let first = row.as_object().and_then(|o| o.values().next().cloned());
    let text = match first {
        Some(Json::Object(v)) => v["text"].as_str().unwrap_or_default().to_string(),
        Some(Json::String(s)) => s,
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let notes = env["notes"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|n| n.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default();
    (text, notes)
}

/// The later publication decides, whatever the order of loading: October
/// loaded first and March after, the sum is still October's 13.5亿元; a
/// copy of March under another name, loaded last, changes nothing, and
/// the load says it is the same text.
#[test]
fn the_latest_publication_decides_not_the_order_of_loading() {
    let (dir, db) = temp_db();
    let oct = write(
        dir.path(),
        "oct.txt",
        &OCTOBER.replace("10月18日", "2026年10月18日"),
    );
    let mar = write(dir.path(), "mar.txt", MARCH);
    load(&db, &[&oct]);
    load(&db, &[&mar]);
    let (sum, notes) = answer(&db, "sum total_investment of projects");
    assert_eq!(sum, "13.5亿元", "{notes:?}");
    let note = notes
        .iter()
        .find(|n| n.starts_with("documents disagree"))
        .unwrap();
    assert!(
        note.contains("took oct.txt's, published latest, 2026-10-20"),
        "{note}"
    );
    let copy = write(dir.path(), "repost.txt", MARCH);
    let out = load(&db, &[&copy]);
    assert!(
        out.stderr
            .contains("note: repost.txt has the same text as mar.txt, byte for byte"),
        "{}",
        out.stderr
    );
    let (sum, notes) = answer(&db, "sum total_investment of projects");
    assert_eq!(sum, "13.5亿元", "{notes:?}");
    assert!(
        notes
            .iter()
            .any(|n| n.contains("12亿元 in mar.txt and repost.txt")),
        "both documents stating March's figure are named: {notes:?}"
    );
}

/// Without a year in October's dateline the dates cannot order the two:
/// the document added last decides, and the note says why; given its date
/// with `load --published`, October's figure is taken.
#[test]
fn an_unknown_date_falls_back_to_the_order_of_loading_and_says_so() {
    let (dir, db) = temp_db();
    let oct = write(dir.path(), "oct.txt", OCTOBER);
    let mar = write(dir.path(), "mar.txt", MARCH);
    load(&db, &[&oct]);
    load(&db, &[&mar]);
    let (sum, notes) = answer(&db, "sum total_investment of projects");
    assert_eq!(sum, "12亿元", "{notes:?}");
    assert!(
        notes
            .iter()
            .any(|n| n.contains("took mar.txt's, added last: oct.txt has no publication date")),
        "{notes:?}"
    );
    load(&db, &["--published", "2026-10-20", &oct]);
    let (sum, notes) = answer(&db, "sum total_investment of projects");
    assert_eq!(sum, "13.5亿元", "{notes:?}");
}

/// A `where` keeping an entity on one document's value while another
/// document's fails says so, as aggregates do; one whose values all pass
/// has no such note.
#[test]
fn a_where_on_a_disputed_value_says_the_documents_disagree() {
    let (dir, db) = temp_db();
    let mar = write(dir.path(), "mar.txt", MARCH);
    let oct = write(dir.path(), "oct.txt", OCTOBER);
    load(&db, &[&mar, &oct]);
    for q in [
        "projects where total_investment > 12.5亿元",
        "count projects where total_investment < 13亿元",
    ] {
        let (_, notes) = answer(&db, q);
        assert!(
            notes.iter().any(|n| n.starts_with(
                "documents disagree on 青山县光伏产业园项目 total_investment (12亿元 in mar.txt, \
                 13.5亿元 in oct.txt)"
            )),
            "{q}: {notes:?}"
        );
    }
    let (_, notes) = answer(&db, "projects where total_investment > 10亿元");
    assert!(
        !notes.iter().any(|n| n.starts_with("documents disagree")),
        "{notes:?}"
    );
}

/// `ATTR.doc.published` gives each value's document's date, as its
/// citation gives it; a path cannot go on after it.
#[test]
fn a_citations_date_is_reachable_from_a_row() {
    let (dir, db) = temp_db();
    let mar = write(dir.path(), "mar.txt", MARCH);
    load(&db, &[&mar]);
    let out = seedkb(
        &db,
        &[
            "--format",
            "csv",
            "-e",
            "projects list name, total_investment.doc, total_investment.doc.published",
        ],
        None,
    )
    .ok();
    assert!(out.stdout.contains("mar.txt,2026-03-12"), "{}", out.stdout);
    let bad = seedkb(
        &db,
        &["-e", "projects list total_investment.doc.published.x"],
        None,
    );
    assert_ne!(bad.code, 0);
    assert!(bad.stderr.contains("ends a path"), "{}", bad.stderr);
}

/// A sum of counts keeps their measure word; `min`/`max` of a value keep
/// its own words (近 is not 约); a money sum over 预计 values only says so.
#[test]
fn aggregates_keep_the_words_of_their_values() {
    let (dir, db) = temp_db();
    let a = write(
        dir.path(),
        "a.txt",
        "白河镇冷链物流中心建设\n\n本报白河5月8日讯 2026年5月6日，白河镇冷链物流中心开工，\
         预计年交易额15亿元，预计带动就业800个。\n",
    );
    let b = write(
        dir.path(),
        "b.txt",
        "松林县茶产业\n\n本报松林6月2日讯 2026年6月1日，松林县茶叶产值近8亿元，带动农户超2000户。\n",
    );
    load(&db, &[&a, &b]);
    let (sum, notes) = answer(&db, "sum jobs_created of facilities");
    assert!(sum.ends_with("800个"), "{sum} {notes:?}");
    let (max, _) = answer(&db, "max output_value of counties");
    assert_eq!(max, "近8亿元");
    let (sum, _) = answer(&db, "sum household_count of counties");
    assert_eq!(sum, "超2000户");
    let (_, notes) = answer(&db, "sum annual_trade_value of facilities");
    assert!(
        notes
            .iter()
            .any(|n| n.starts_with("sum over 预计 values only")),
        "{notes:?}"
    );
}
