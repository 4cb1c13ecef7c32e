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

/// `timeline` quotes as `show` does: an extracted date's quote is the
/// article's own bytes (here the space of 「记者 王平」), not the stored
/// sentence with its white space folded away.
#[test]
fn timeline_quotes_the_documents_exact_words() {
    let (dir, db) = temp_db();
    let text = "北票市冷库项目投产\n\n本报北票3月18日讯（记者 王平）3月16日，总投资6.8亿元的北票市冷库项目正式投产。\n";
    let article = dir.path().join("cold.txt");
    std::fs::write(&article, text).unwrap();
    seedkb(&db, &["load", article.to_str().unwrap()], None).ok();
    let out = query(&db, "json", "timeline of 北票市冷库项目");
    let rows: Vec<Json> = serde_json::from_str(&out).unwrap();
    assert!(!rows.is_empty(), "no dated facts: {out}");
    for r in &rows {
        let q = r["quote"].as_str().unwrap_or_default();
        assert!(
            text.contains(q) && !q.is_empty(),
            "not the article's bytes: {q:?}"
        );
        assert!(q.contains("记者 王平"), "{q:?}");
    }
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
    // CSV has JSON's exact number of 亩 too.
    assert_eq!(&row[col("land_area_mu")], "260");
    // An area stored exactly says nothing new.
    let exact = query(&db, "csv", "cooperatives where land_area = 2000平方米");
    assert!(!exact.contains("_exact"), "{exact}");
}

/// A row answer cites each value with `ATTR.quote` and `ATTR.doc`: in CSV
/// a field each beside the value's columns, in JSON a string beside the
/// value. Every quote is the article's bytes (a page break kept, as CSV
/// quotes it); background knowledge gives its reason and no document.
#[test]
fn row_answers_cite_each_value_in_csv() {
    let (_dir, db) = temp_db();
    let csv = query(
        &db,
        "csv",
        "funding where amount > 1亿元 list name, amount, amount.quote, amount.doc \
         order by amount desc",
    );
    assert_eq!(
        csv,
        "name,amount,amount_unit,amount_bound,amount_modality,amount_per,amount_as_of,amount_text,\
         amount.quote,amount.background,amount.doc\n\
         义县社会扶贫资金,629976300,CNY,exact,reported,,,62997.63万元,\
         吸纳社会扶贫资金62997.63万元,,000_c0358a9eae1db40c.txt\n\
         第一批政府性融资担保贷款,348000000,CNY,exact,reported,,,3.48亿元,\
         3.48亿元政府性融资贷款现已拨付到位。锦州阳光能源有限公司等16家企业获得第一批政府性融资担保贷款。,,\
         000_c0358a9eae1db40c.txt\n\
         义县上级拨付资金,243879000,CNY,exact,reported,,,24387.9万元,\
         \"据了解,脱贫攻坚以来,义县共收到上级拨付资金24387.9万元\",,000_c0358a9eae1db40c.txt\n"
    );
    let mut r = csv::Reader::from_reader(csv.as_bytes());
    for row in r.records() {
        let row = row.unwrap();
        assert!(
            SEED_TEXT.contains(&row[8]),
            "not the article's bytes: {row:?}"
        );
    }
    let csv = query(
        &db,
        "csv",
        "power_stations where has annual_revenue list name, annual_revenue.quote",
    );
    assert_eq!(
        csv,
        "name,annual_revenue.quote,annual_revenue.background\n\
         侯家岭村村级光伏电站,\"“头道河镇侯家岭村2017年建设了300千瓦村级光伏电站1座,年收入45万\n\n\
         元左右,覆盖村里全部贫困户,每户每年分红约1000元。”\",\n"
    );
    let csv = query(
        &db,
        "csv",
        "funding where source = 锦州银行 list name, source.quote, source.doc",
    );
    assert_eq!(
        csv,
        "name,source.quote,source.background,source.doc\n\
         第一批政府性融资担保贷款,,\"inferred: the same report says \
         锦州银行对符合审批条件的企业及时下拨贷款, without naming this batch\",\n"
    );
}

/// Several values: one quote and one document per value, in the order of
/// the values — an array beside an array in JSON, joined by `; ` in CSV
/// and in a table as the values are.
#[test]
fn several_values_have_a_quote_each_in_their_order() {
    let (_dir, db) = temp_db();
    let q = "funding where recipient = 石佛寺 list name, recipient, recipient.quote, recipient.doc";
    let sentence = "九道岭镇政府与双双肉牛有限公司签订了互助金使用协议,\
                    将66万元互助金以石佛寺、朱家沟两个村90户贫困户的名义入股。\
                    双双肉牛公司除向村返还占用互助金利息外,还要给入股贫困户每人1200元的现金或等价实物补贴。";
    assert!(SEED_TEXT.contains(sentence));
    let doc = "000_c0358a9eae1db40c.txt";
    let rows: Json = serde_json::from_str(&query(&db, "json", q)).unwrap();
    assert_eq!(
        rows,
        serde_json::json!([{
            "name": "双双肉牛公司返还互助金利息",
            "recipient": ["石佛寺", "朱家沟"],
            "recipient.quote": [sentence, sentence],
            "recipient.background": null,
            "recipient.doc": [doc, doc],
        }])
    );
    assert_eq!(
        query(&db, "csv", q),
        format!(
            "name,recipient,recipient.quote,recipient.background,recipient.doc\n\
             双双肉牛公司返还互助金利息,石佛寺; 朱家沟,\"{sentence}; {sentence}\",,{doc}; {doc}\n"
        )
    );
    // A table (on a pipe: plain columns) lists them as it lists the values.
    assert_eq!(
        query(
            &db,
            "table",
            "funding where recipient = 石佛寺 list name, recipient, recipient.doc"
        ),
        "name                        recipient       recipient.doc\n\
         --------------------------  --------------  --------------------------------------------------\n\
         双双肉牛公司返还互助金利息  石佛寺; 朱家沟  000_c0358a9eae1db40c.txt; 000_c0358a9eae1db40c.txt\n"
    );
    // One value: a string, as the value is.
    let rows: Json = serde_json::from_str(&query(
        &db,
        "json",
        "funding where source = 锦州银行 list source, source.quote, source.doc",
    ))
    .unwrap();
    assert_eq!(rows[0]["source"], "锦州银行");
    // Background knowledge is no quote: its reason has a field of its own.
    assert_eq!(rows[0]["source.quote"], Json::Null);
    assert!(rows[0]["source.background"]
        .as_str()
        .is_some_and(|why| why.starts_with("inferred: ")));
    assert_eq!(rows[0]["source.doc"], "");
}
