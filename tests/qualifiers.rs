//! Qualifiers on facts (modality, rate, as-of date) end to end through the
//! binary: a fact file with a demand, a rate, a plan and a reported total,
//! loaded into an empty database; what `show`, tables, JSON, CSV, `dump`,
//! the `where` filters and the sums make of them.

mod common;

use common::{seedkb, temp_db};
use std::path::Path;

const TEXT: &str = "甲县143家企业有资金需求63.7亿元。甲县每人补助1200元。\
                    甲县拨款2.4亿元，预计年底拨付到位。乙镇拨款3000万元。丙村拨款5笔。\n";

const FACTS: &str = r#"[document]
file = "q.txt"

[[entity]]
name = "甲县"
kind = "county"
quote = "甲县拨款2.4亿元"

[[entity]]
name = "甲县资金需求"
kind = "funding"
quote = "有资金需求63.7亿元"

[[entity]]
name = "甲县补助"
kind = "funding"
quote = "每人补助1200元"

[[entity]]
name = "甲县拨款"
kind = "funding"
quote = "甲县拨款2.4亿元"

[[entity]]
name = "乙镇拨款"
kind = "funding"
quote = "乙镇拨款3000万元"

[[entity]]
name = "丙村拨款"
kind = "funding"
quote = "丙村拨款5笔"

[[fact]]
subject = "丙村拨款"
attribute = "amount"
quantity = "5笔"
quote = "丙村拨款5笔"

[[fact]]
subject = "甲县资金需求"
attribute = "amount"
quantity = "63.7亿元"
modality = "demand"
as_of = "2020-05"
quote = "有资金需求63.7亿元"

[[fact]]
subject = "甲县资金需求"
attribute = "recipient"
ref = "甲县"
quote = "甲县143家企业有资金需求63.7亿元"

[[fact]]
subject = "甲县补助"
attribute = "amount"
quantity = "1200元"
per = "person"
quote = "甲县每人补助1200元"

[[fact]]
subject = "甲县补助"
attribute = "recipient"
ref = "甲县"
quote = "甲县每人补助1200元"

[[fact]]
subject = "甲县拨款"
attribute = "amount"
quantity = "2.4亿元"
quote = "甲县拨款2.4亿元"

[[fact]]
subject = "甲县拨款"
attribute = "recipient"
ref = "甲县"
quote = "甲县拨款2.4亿元"

[[fact]]
subject = "甲县拨款"
attribute = "status"
text = "拨付到位"
modality = "expected"
quote = "甲县拨款2.4亿元，预计年底拨付到位"

[[fact]]
subject = "乙镇拨款"
attribute = "amount"
quantity = "3000万元"
quote = "乙镇拨款3000万元"
"#;

/// An empty database with the fact file loaded.
fn loaded() -> (tempfile::TempDir, std::path::PathBuf) {
    let (dir, db) = temp_db();
    std::fs::write(dir.path().join("q.txt"), TEXT).unwrap();
    let facts = dir.path().join("q.facts.toml");
    std::fs::write(&facts, FACTS).unwrap();
    seedkb(&db, &["--no-seeds", "load", facts.to_str().unwrap()], None).ok();
    (dir, db)
}

fn query(db: &Path, format: &str, q: &str) -> String {
    seedkb(db, &["--format", format, "-e", q], None).ok().stdout
}

#[test]
fn tables_and_show_mark_qualified_values() {
    let (_dir, db) = loaded();
    let rows = query(&db, "table", "funding");
    assert!(rows.contains("需求 63.7亿元 (as of 2020-05)"), "{rows}");
    assert!(rows.contains("1200元 每人"), "{rows}");
    assert!(rows.contains("预计 拨付到位"), "{rows}");
    let show = query(&db, "table", "show 甲县补助");
    assert!(show.contains("1200元 每人"), "{show}");
}

#[test]
fn json_carries_qualifiers_as_fields_omitted_when_default() {
    let (_dir, db) = loaded();
    let json: serde_json::Value =
        serde_json::from_str(&query(&db, "json", "funding where modality = demand")).unwrap();
    let amount = &json[0]["amount"];
    assert_eq!(amount["modality"], "demand", "{json}");
    assert_eq!(amount["as_of"], "2020-05", "{json}");
    assert_eq!(amount["text"], "63.7亿元", "{json}");
    assert!(amount.get("per").is_none(), "{json}");
    let json: serde_json::Value =
        serde_json::from_str(&query(&db, "json", "funding where recipient = 甲县")).unwrap();
    let plain = json
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == "甲县拨款")
        .unwrap();
    assert!(plain["amount"].get("modality").is_none(), "{plain}");
    assert_eq!(plain["status"]["value"], "拨付到位", "{plain}");
    assert_eq!(plain["status"]["modality"], "expected", "{plain}");
    let csv = query(&db, "csv", "funding where per = person");
    // CSV: a column each, and the article's words with no marks.
    assert!(
        csv.contains(",1200,CNY,exact,reported,person,,1200元,"),
        "{csv}"
    );
    let csv = query(
        &db,
        "csv",
        "funding where recipient = 甲县 list name, status",
    );
    assert!(
        csv.starts_with("name,status,status_modality,status_per,status_as_of\n"),
        "{csv}"
    );
    assert!(csv.contains("甲县拨款,拨付到位,expected,,\n"), "{csv}");
}

#[test]
fn filters_on_qualifiers() {
    let (_dir, db) = loaded();
    let names = |q: &str| -> Vec<String> {
        let json: serde_json::Value = serde_json::from_str(&query(&db, "json", q)).unwrap();
        let mut v: Vec<String> = json
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["name"].as_str().unwrap().to_string())
            .collect();
        v.sort();
        v
    };
    assert_eq!(names("funding where modality = demand"), ["甲县资金需求"]);
    assert_eq!(
        names("funding where amount.modality = demand"),
        ["甲县资金需求"]
    );
    // Any fact of the entity: the expected status, not the amount.
    assert_eq!(names("funding where modality = expected"), ["甲县拨款"]);
    assert_eq!(
        names("funding where amount.modality = expected"),
        Vec::<String>::new()
    );
    assert_eq!(names("funding where per = person"), ["甲县补助"]);
    assert_eq!(names("funding where as_of >= 2020-01"), ["甲县资金需求"]);
    assert_eq!(names("funding where has amount.per"), ["甲县补助"]);
    assert_eq!(
        names("funding where amount.modality = reported and not has amount.per"),
        ["丙村拨款", "乙镇拨款", "甲县拨款"]
    );
    let bad = seedkb(&db, &["-e", "funding where modality = hoped"], None).code(1);
    assert!(
        bad.stderr.contains("unknown modality 'hoped'")
            && bad.stderr.contains(
                "expected one of reported, expected, planned, target, demand, estimate, threshold"
            ),
        "{}",
        bad.stderr
    );
    let bad = seedkb(&db, &["-e", "funding where per.amount = person"], None).code(1);
    assert!(
        bad.stderr
            .contains("per is a qualifier of a fact and ends a path"),
        "{}",
        bad.stderr
    );
}

/// `sum amount of funding` adds money paid only: the demand, the rate and
/// the count are left out, said in a footer and in a `left_out` field, and can be
/// asked for.
#[test]
fn sums_add_one_modality_and_rate_and_say_what_they_left_out() {
    let (_dir, db) = loaded();
    let table = query(&db, "table", "sum amount of funding");
    assert!(table.contains("2.7亿元"), "{table}");
    assert!(!table.contains("66.4"), "the demand was added: {table}");
    assert!(
        table.contains(
            "note: sum over reported totals only (no rate); left out (column left_out): \
             1 a count, 1 每人, 1 需求"
        ),
        "{table}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&query(&db, "json", "sum amount of funding")).unwrap();
    assert_eq!(json[0]["amount"]["value"], 270000000, "{json}");
    let left: Vec<&str> = json[0]["left_out"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["text"].as_str().unwrap())
        .collect();
    assert_eq!(left, ["63.7亿元", "1200元", "5笔"], "{json}");
    assert_eq!(json[0]["left_out"][0]["modality"], "demand");
    assert_eq!(json[0]["left_out"][1]["per"], "person");
    assert_eq!(json[0]["left_out"][2]["unit"], "count");

    let demand = query(&db, "json", "sum amount of funding where modality = demand");
    let demand: serde_json::Value = serde_json::from_str(&demand).unwrap();
    assert_eq!(demand[0]["amount"]["value"], 6370000000u64, "{demand}");
    assert_eq!(demand[0]["amount"]["modality"], "demand", "{demand}");
    assert!(demand[0].get("left_out").is_none(), "{demand}");
    let table = query(&db, "table", "sum amount of funding where per = person");
    assert!(table.contains("1200元 每人"), "{table}");
    // Asked for what no amount is: nothing added, everything listed.
    let table = query(
        &db,
        "table",
        "sum amount of funding where modality = expected",
    );
    assert!(
        table.contains("note: sum over no value: none has the modality and rate asked for"),
        "{table}"
    );
    assert!(table.contains("2.4亿元"), "{table}");

    // Per group: 甲县's demand and rate are not in its sum.
    let groups = query(&db, "json", "sum amount of funding by recipient");
    let groups: serde_json::Value = serde_json::from_str(&groups).unwrap();
    let jia = groups
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["recipient"] == "甲县")
        .unwrap();
    assert_eq!(jia["amount"]["value"], 240000000, "{groups}");
    assert_eq!(jia["left_out"].as_array().unwrap().len(), 2, "{groups}");
    // One value left out is still a list: 丙村's 5笔 (no recipient).
    let none = groups
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["recipient"].is_null())
        .unwrap();
    assert_eq!(none["left_out"][0]["text"], "5笔", "{groups}");
    assert_eq!(none["left_out"].as_array().unwrap().len(), 1, "{groups}");
    // Every row of the column is an array, empty when nothing was left out,
    // so a script never meets null there.
    for row in groups.as_array().unwrap() {
        assert!(row["left_out"].is_array(), "{row}");
    }
    // The grouped view's money sums leave them out too, and say so.
    let table = query(&db, "table", "funding by recipient");
    assert!(
        table.contains("2.4亿元") && !table.contains("66.1"),
        "{table}"
    );
    assert!(
        table.contains("note: the sums add reported totals only: 2 value(s)"),
        "{table}"
    );
}

const THRESHOLD_TEXT: &str = "丁镇集体经济收入300万元。戊镇收入100万元以上的村有3个。\n";

const THRESHOLD_FACTS: &str = r#"[document]
file = "t.txt"

[[entity]]
name = "丁镇"
kind = "town"
quote = "丁镇集体经济收入300万元"

[[entity]]
name = "戊镇"
kind = "town"
quote = "戊镇收入100万元以上的村有3个"

[[fact]]
subject = "丁镇"
attribute = "income"
quantity = "300万元"
quote = "丁镇集体经济收入300万元"

[[fact]]
subject = "戊镇"
attribute = "income"
quantity = "100万元以上"
modality = "threshold"
quote = "戊镇收入100万元以上的村有3个"
"#;

/// A threshold (100万元以上的村: which villages are counted) is no amount
/// of the town's: every format marks it, a filter finds it, a dump keeps
/// it, and a sum leaves it out and says so.
#[test]
fn a_threshold_is_marked_everywhere_and_never_summed() {
    let (dir, db) = temp_db();
    std::fs::write(dir.path().join("t.txt"), THRESHOLD_TEXT).unwrap();
    let facts = dir.path().join("t.facts.toml");
    std::fs::write(&facts, THRESHOLD_FACTS).unwrap();
    seedkb(&db, &["--no-seeds", "load", facts.to_str().unwrap()], None).ok();

    let table = query(&db, "table", "towns");
    assert!(table.contains("门槛 100万元以上"), "{table}");
    assert!(
        table.contains("300万元") && !table.contains("门槛 300"),
        "{table}"
    );
    let json: serde_json::Value = serde_json::from_str(&query(
        &db,
        "json",
        "towns where income.modality = threshold",
    ))
    .unwrap();
    assert_eq!(json.as_array().map(Vec::len), Some(1), "{json}");
    assert_eq!(json[0]["name"], "戊镇", "{json}");
    assert_eq!(json[0]["income"]["modality"], "threshold", "{json}");
    assert_eq!(json[0]["income"]["text"], "100万元以上", "{json}");
    for (format, sep) in [("csv", ","), ("tsv", "\t")] {
        let out = query(&db, format, "towns list name, income");
        let row = out.lines().find(|l| l.starts_with("戊镇")).unwrap_or("");
        assert!(
            row.contains(&format!("{sep}threshold{sep}")),
            "{format}: {out}"
        );
        let plain = out.lines().find(|l| l.starts_with("丁镇")).unwrap_or("");
        assert!(
            plain.contains(&format!("{sep}reported{sep}")),
            "{format}: {out}"
        );
    }

    let sum = query(&db, "table", "sum income of towns");
    assert!(sum.contains("300万元"), "{sum}");
    assert!(!sum.contains("400"), "the threshold was added: {sum}");
    assert!(sum.contains("1 门槛"), "{sum}");
    let sum: serde_json::Value =
        serde_json::from_str(&query(&db, "json", "sum income of towns")).unwrap();
    assert_eq!(sum[0]["income"]["value"], 3000000, "{sum}");
    assert_eq!(sum[0]["left_out"][0]["modality"], "threshold", "{sum}");

    let dump = seedkb(&db, &["dump"], None).ok().stdout;
    assert!(
        dump.lines()
            .any(|l| l.contains("100万元以上") && l.contains(r#""modality":"threshold""#)),
        "{dump}"
    );
}

/// Money that is only dated (`as_of`: 截至5月底) is money reported: the
/// plain sum, the grouped view and `sum … by` all add it, so the groups'
/// sums add up to the sum and no note says it was left out.
#[test]
fn dated_money_is_added_by_every_sum() {
    let (dir, db) = temp_db();
    std::fs::write(
        dir.path().join("d.txt"),
        "甲县截至5月底到位资金800万元。甲县拨款200万元。\n",
    )
    .unwrap();
    let facts = dir.path().join("d.facts.toml");
    std::fs::write(
        &facts,
        r#"[document]
file = "d.txt"

[[entity]]
name = "甲县"
kind = "county"
quote = "甲县拨款200万元"

[[entity]]
name = "甲县到位资金"
kind = "funding"
quote = "到位资金800万元"

[[entity]]
name = "甲县拨款"
kind = "funding"
quote = "甲县拨款200万元"

[[fact]]
subject = "甲县到位资金"
attribute = "amount"
quantity = "800万元"
as_of = "2020-05-31"
quote = "甲县截至5月底到位资金800万元"

[[fact]]
subject = "甲县到位资金"
attribute = "recipient"
ref = "甲县"
quote = "甲县截至5月底到位资金800万元"

[[fact]]
subject = "甲县拨款"
attribute = "amount"
quantity = "200万元"
quote = "甲县拨款200万元"

[[fact]]
subject = "甲县拨款"
attribute = "recipient"
ref = "甲县"
quote = "甲县拨款200万元"
"#,
    )
    .unwrap();
    seedkb(&db, &["--no-seeds", "load", facts.to_str().unwrap()], None).ok();
    let first = |q: &str| -> serde_json::Value {
        let json: serde_json::Value = serde_json::from_str(&query(&db, "json", q)).unwrap();
        json[0].clone()
    };
    let sum = first("sum amount of funding");
    assert_eq!(sum["amount"]["value"], 10000000, "{sum}");
    let by = first("sum amount of funding by recipient");
    assert_eq!(by["amount"]["value"], 10000000, "{by}");
    let grouped = first("funding by recipient");
    assert_eq!(grouped["recipient"], "甲县", "{grouped}");
    assert_eq!(grouped["amount"]["value"], 10000000, "{grouped}");
    for q in [
        "sum amount of funding",
        "sum amount of funding by recipient",
        "funding by recipient",
    ] {
        let out = seedkb(&db, &["-e", q], None).ok();
        assert!(
            out.stdout.contains("1000万元") && !out.stdout.contains("left out"),
            "{q}: {}",
            out.stdout
        );
    }
}

#[test]
fn dump_and_load_keep_qualifiers() {
    let (dir, db) = loaded();
    let dump = seedkb(&db, &["dump"], None).ok().stdout;
    assert!(
        dump.lines()
            .any(|l| l.contains("63.7亿元")
                && l.contains(r#""modality":"demand","as_of":"2020-05""#)),
        "{dump}"
    );
    assert!(
        dump.lines().any(|l| l.contains(r#""per":"person""#)),
        "{dump}"
    );
    assert!(
        dump.lines()
            .filter(|l| l.contains("3000万元"))
            .all(|l| !l.contains("modality") && !l.contains("per") && !l.contains("as_of")),
        "{dump}"
    );
    let file = dir.path().join("d.jsonl");
    std::fs::write(&file, &dump).unwrap();
    let db2 = dir.path().join("db2");
    seedkb(&db2, &["--no-seeds", "load", file.to_str().unwrap()], None).ok();
    assert_eq!(seedkb(&db2, &["dump"], None).ok().stdout, dump);
    seedkb(&db2, &["check"], None).ok();
}

/// A database as schema 2 wrote it (fact records without qualifiers,
/// version 2): the binary upgrades it on open, says so on standard error,
/// and `check` and the answers are as before. (Made from this file's facts
/// without their qualifiers, which schema 2 could not hold; the bundled
/// seeds carry qualifiers now.)
#[test]
fn a_schema_2_database_on_disk_is_upgraded_by_the_binary() {
    use seedkb::store::kv::{Kv, SledKv};
    use std::time::Duration;
    let (dir, db) = temp_db();
    std::fs::write(dir.path().join("q.txt"), TEXT).unwrap();
    let plain: String = FACTS
        .lines()
        .filter(|l| {
            !["modality", "per ", "as_of"]
                .iter()
                .any(|k| l.starts_with(k))
        })
        .map(|l| format!("{l}\n"))
        .collect();
    let facts = dir.path().join("q.facts.toml");
    std::fs::write(&facts, plain).unwrap();
    seedkb(&db, &["--no-seeds", "load", facts.to_str().unwrap()], None).ok();
    let before = seedkb(
        &db,
        &[
            "--format",
            "json",
            "-e",
            "sum amount of funding by recipient",
        ],
        None,
    )
    .ok()
    .stdout;
    {
        let kv = SledKv::open(&db, Duration::from_secs(10)).unwrap();
        kv.apply(seedkb::store::schema_2_ops(&kv).unwrap()).unwrap();
    }
    let r = seedkb(&db, &["check"], None).ok();
    assert!(
        r.stderr.contains(&format!(
            "upgraded from schema version 2 to {}",
            seedkb::store::SCHEMA_VERSION
        )),
        "{}",
        r.stderr
    );
    let after = seedkb(
        &db,
        &[
            "--format",
            "json",
            "-e",
            "sum amount of funding by recipient",
        ],
        None,
    )
    .ok();
    assert_eq!(after.stdout, before);
    assert!(!after.stderr.contains("upgraded"), "{}", after.stderr);
}
