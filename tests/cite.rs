//! What the command line shows can be cited: a quote is the document's
//! own bytes, and an area given in 亩 keeps its exact number in sums,
//! means and every format (1 亩 = 2000/3 m², which no millionth of a
//! square metre holds).

mod common;

use common::{seedkb, temp_db};
use serde_json::Value as Json;
use std::path::Path;

const SEED_TEXT: &str = include_str!("../seeds/000_c0358a9eae1db40c.txt");

/// `show` quotes the article: a sentence the page broke (「年收入45万」,
/// blank line, 「元左右」) is quoted with the break, as the text has it,
/// not with its white space folded away.
#[test]
fn show_quotes_the_documents_exact_words() {
    let (_dir, db) = temp_db();
    let out = seedkb(
        &db,
        &["--format", "json", "-e", "show 侯家岭村村级光伏电站"],
        None,
    )
    .ok();
    let rows: Vec<Json> = serde_json::from_str(&out.stdout).unwrap();
    let quotes: Vec<&str> = rows
        .iter()
        .filter_map(|r| r["quote"].as_str())
        .filter(|q| !q.is_empty() && !q.starts_with("[background"))
        .collect();
    assert!(!quotes.is_empty(), "{}", out.stdout);
    for q in &quotes {
        assert!(SEED_TEXT.contains(q), "not the article's bytes: {q:?}");
    }
    assert!(
        quotes.iter().any(|q| q.contains("45万\n")),
        "the page break is part of the quote: {quotes:?}"
    );
}

/// A document of three cooperatives' land, in 亩, with its fact file.
fn farms(dir: &Path) -> std::path::PathBuf {
    let text = "甲社流转土地260亩。乙社流转土地1亩。丙社流转土地1亩。丁社流转土地2000平方米。\n";
    std::fs::write(dir.join("farms.txt"), text).unwrap();
    let mut facts =
        String::from("[document]\nfile = \"farms.txt\"\ntitle = \"土地\"\nyear = 2020\n\n");
    for (name, area, quote) in [
        ("甲社", "260亩", "甲社流转土地260亩。"),
        ("乙社", "1亩", "乙社流转土地1亩。"),
        ("丙社", "1亩", "丙社流转土地1亩。"),
        ("丁社", "2000平方米", "丁社流转土地2000平方米。"),
    ] {
        facts.push_str(&format!(
            "[[entity]]\nname = \"{name}\"\nkind = \"cooperative\"\nquote = \"{quote}\"\n\n\
             [[fact]]\nsubject = \"{name}\"\nattribute = \"land_area\"\n\
             quantity = \"{area}\"\nquote = \"{quote}\"\n\n"
        ));
    }
    let path = dir.join("farms.facts.toml");
    std::fs::write(&path, facts).unwrap();
    path
}

fn query(db: &Path, format: &str, q: &str) -> String {
    seedkb(db, &["--format", format, "-e", q], None).ok().stdout
}

fn json_value(db: &Path, q: &str) -> Json {
    let rows: Vec<Json> = serde_json::from_str(&query(db, "json", q)).unwrap();
    assert_eq!(rows.len(), 1, "{q}: {rows:?}");
    rows[0]
        .as_object()
        .unwrap()
        .values()
        .next_back()
        .unwrap()
        .clone()
}

/// 1亩 is stored as 666.666667平方米: two of them are 2亩 (1333.333333…),
/// not the 1333.333334 the stored numbers add up to; with 260亩, 262亩.
/// Shown in 亩, exactly, and JSON says that `value` is not exact and gives
/// the number of 亩.
#[test]
fn sums_of_areas_in_mu_are_exact_and_say_so() {
    let (dir, db) = temp_db();
    let file = farms(dir.path());
    seedkb(&db, &["load", file.to_str().unwrap()], None).ok();

    let two = "sum land_area of cooperatives where land_area < 2亩";
    let table = query(&db, "table", two);
    assert_eq!(table.lines().last().map(str::trim), Some("2亩"), "{table}");
    let v = json_value(&db, two);
    assert_eq!(v["value_exact"], false, "{v}");
    assert_eq!(v["value_mu"].to_string(), "2", "{v}");
    assert_eq!(v["text"], "2亩", "{v}");

    let all = "sum land_area of cooperatives where land_area < 1000亩";
    let v = json_value(&db, all);
    // 262亩 + 2000平方米 (3亩) = 265亩.
    assert_eq!(
        (v["text"].as_str(), v["value_mu"].to_string().as_str()),
        (Some("265亩"), "265"),
        "{v}"
    );

    // A mean: 2亩 / 2 = 1亩, exact in 亩; 5亩 / 3 is no millionth of a
    // 亩 or of a 平方米: rounded, and said to be.
    let one = json_value(&db, "avg land_area of cooperatives where land_area < 2亩");
    assert_eq!(
        (one["text"].as_str(), one["value_exact"].as_bool()),
        (Some("1亩"), Some(false))
    );
    let mean = json_value(&db, "avg land_area of cooperatives where land_area < 100亩");
    assert_eq!(mean["value_exact"], false, "{mean}");
    assert!(mean["text"].as_str().unwrap().starts_with('≈'), "{mean}");

    // A single value converted from 亩 keeps its words, and JSON and CSV
    // say its square metres are rounded.
    let v = json_value(&db, "max land_area of cooperatives");
    assert_eq!(v["value_exact"], false, "{v}");
    assert_eq!(v["value_mu"].to_string(), "260", "{v}");
    let csv = query(&db, "csv", "cooperatives where land_area > 100亩");
    let mut r = csv::Reader::from_reader(csv.as_bytes());
    let headers = r.headers().unwrap().clone();
    let row = r.records().next().expect("a row").unwrap();
    let col = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no column {name}: {headers:?}"))
    };
    assert_eq!(&row[col("land_area_text")], "260亩");
    assert_eq!(&row[col("land_area_exact")], "false");
    // An area stored exactly says nothing new.
    let exact = query(&db, "csv", "cooperatives where land_area = 2000平方米");
    assert!(!exact.contains("_exact"), "{exact}");
}
