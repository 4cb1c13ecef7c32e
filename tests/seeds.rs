//! The bundled seed: every quote is in the article, every number of the
//! article is captured by some fact, and a broken fact file is refused with
//! its file and line.

use seedkb::ingest;
use seedkb::text::fold;
use std::collections::BTreeSet;

const DOC: &str = include_str!("../seeds/000_c0358a9eae1db40c.txt");
const FACTS: &str = include_str!("../seeds/000_c0358a9eae1db40c.facts.toml");

#[test]
fn seed_copy_is_byte_for_byte_the_article() {
    // The fingerprint (FNV-1a) of the article as received in ../shared/seeds
    // (compared with cmp when it was copied),
    // so an accidental edit of the seed text shows up here.
    let h = seedkb::util::fnv1a(DOC.bytes());
    assert_eq!(DOC.len(), 16083);
    assert_eq!(
        h, 0x21d1_87d9_7e35_b365,
        "seeds/000_c0358a9eae1db40c.txt changed"
    );
}

/// Reads the TOML without the loader, so this check does not share its code.
fn table() -> toml::Table {
    FACTS.parse::<toml::Table>().expect("facts file parses")
}

fn rows<'a>(t: &'a toml::Table, key: &str) -> Vec<&'a toml::Table> {
    t[key]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_table().unwrap())
        .collect()
}

#[test]
fn every_quote_is_in_the_article() {
    let t = table();
    let article = fold(DOC);
    let mut checked = 0;
    for key in ["entity", "fact"] {
        for row in rows(&t, key) {
            // Background knowledge has a reason instead of a quote.
            let Some(quote) = row.get("quote").and_then(|q| q.as_str()) else {
                let why = row["background"].as_str().expect("a quote or a background");
                assert!(!why.trim().is_empty(), "{key}: empty background");
                continue;
            };
            assert!(
                article.contains(&fold(quote)),
                "{key} {:?}: quote not in the article: {quote}",
                row.get("name").or(row.get("subject"))
            );
            for k in ["quantity", "as_written"] {
                if let Some(v) = row.get(k).and_then(|v| v.as_str()) {
                    assert!(
                        fold(quote).contains(&fold(v)),
                        "{k} '{v}' not in its quote: {quote}"
                    );
                }
            }
            checked += 1;
        }
    }
    assert!(checked > 300, "only {checked} quotes");
}

#[test]
fn the_loader_accepts_the_seed() {
    let docs = seedkb::seeds::bundled().expect("bundled seeds load");
    assert_eq!(docs.len(), 1);
    assert!(docs[0].facts.len() > 100, "{} facts", docs[0].facts.len());
    assert!(docs[0].entities.len() > 50);
}

/// Every run of Arabic digits in the article appears in some fact or name,
/// except the few that are not facts at all.
#[test]
fn every_number_in_the_article_is_captured() {
    let t = table();
    let mut captured = String::new();
    for row in rows(&t, "fact").into_iter().chain(rows(&t, "entity")) {
        for k in ["quantity", "as_written", "text", "name", "date"] {
            if let Some(v) = row.get(k).and_then(|v| v.as_str()) {
                captured.push_str(&fold(v));
                captured.push('|');
            }
        }
        if let Some(aliases) = row.get("aliases").and_then(|v| v.as_array()) {
            for a in aliases {
                captured.push_str(a.as_str().unwrap_or(""));
                captured.push('|');
            }
        }
    }
    let article = fold(DOC);
    let mut numbers = BTreeSet::new();
    let mut cur = String::new();
    for c in article.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_digit() || (c == '.' && !cur.is_empty()) {
            cur.push(c);
        } else if !cur.is_empty() {
            numbers.insert(cur.trim_end_matches('.').to_string());
            cur.clear();
        }
    }
    let missing: Vec<&String> = numbers
        .iter()
        .filter(|n| !captured.contains(n.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "numbers of the article in no fact: {missing:?}"
    );
    assert!(numbers.len() > 50);
}

#[test]
fn a_wrong_quote_is_refused_with_file_and_line() {
    let broken = FACTS.replacen("总投资超2.4亿元", "总投资超3.4亿元", 1);
    assert_ne!(broken, FACTS);
    let line = broken
        .lines()
        .position(|l| l.contains("总投资超3.4亿元"))
        .unwrap()
        + 1;
    let err =
        ingest::facts_toml::parse("f.toml", &broken, |_| Ok(Some(DOC.to_string())), &|_| false)
            .unwrap_err()
            .to_string();
    // The fact's header line is reported: within a few lines of the quote.
    let reported: usize = err
        .split("f.toml:")
        .nth(1)
        .and_then(|s| s.split(':').next())
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no line in: {err}"));
    assert!(
        reported <= line && line - reported < 8,
        "line {reported} for quote on {line}: {err}"
    );
    assert!(err.contains("quote is not in"), "{err}");
}

#[test]
fn a_dangling_reference_and_a_bad_unit_are_refused() {
    let broken = FACTS.replacen("ref = \"锦州市\"", "ref = \"锦州县\"", 1);
    let err =
        ingest::facts_toml::parse("f.toml", &broken, |_| Ok(Some(DOC.to_string())), &|_| false)
            .unwrap_err()
            .to_string();
    assert!(err.contains("ref '锦州县' is not an entity name"), "{err}");
    let broken = FACTS.replacen("quantity = \"1500亩\"", "quantity = \"1500\u{5e73}\"", 1);
    assert_ne!(broken, FACTS);
    let err =
        ingest::facts_toml::parse("f.toml", &broken, |_| Ok(Some(DOC.to_string())), &|_| false)
            .unwrap_err()
            .to_string();
    assert!(err.contains("f.toml:"), "{err}");
}
