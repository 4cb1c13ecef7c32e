//! Loading text documents end to end: `load article.txt` extracts facts
//! into the store, `find` finds the sentences, curated facts win, loads
//! stay idempotent and replaceable, dumps keep the positions.

use seedkb::extract::read_path;
use seedkb::extract::Known;
use seedkb::query::result::{Cell, ResultSet};
use seedkb::store::Store;
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn open(seeds: bool) -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let (store, created) = Store::open(
        &dir.path().join("db"),
        &seedkb::session::open_options(std::time::Duration::from_secs(5)),
    )
    .unwrap();
    assert!(created);
    let docs = if seeds {
        seedkb::seeds::bundled().unwrap()
    } else {
        Vec::new()
    };
    store.initialize(&docs, None).unwrap();
    (dir, store)
}

fn load(store: &Store, path: &Path) -> seedkb::store::LoadReport {
    let known = Known::from_store(store).unwrap();
    let docs = read_path(path, &known).unwrap();
    store.load(&docs).unwrap()
}

fn run(store: &Store, q: &str) -> ResultSet {
    seedkb::query::run(store, q).unwrap_or_else(|e| panic!("{q}: {e}"))
}

fn col(rs: &ResultSet, name: &str) -> usize {
    rs.columns.iter().position(|c| c == name).unwrap()
}

fn facts_cell(row: &[Cell], rs: &ResultSet) -> Vec<String> {
    match &row[col(rs, "facts")] {
        Cell::List(items) => items.iter().map(Cell::display).collect(),
        other => panic!("facts is {other:?}"),
    }
}

#[test]
fn a_loaded_article_is_found_with_its_facts() {
    let (_d, store) = open(false);
    let r = load(&store, &fixture("dandong_numerals.txt"));
    assert_eq!(r.documents_loaded, 1);
    // 14 since the dates of figures (今年, 1至10月) are their periods and
    // its threshold (年营业收入超过1亿元的企业) is no value (round 64).
    assert!(r.facts >= 14, "{r:?}");

    let rs = run(&store, "find 冷库");
    assert_eq!(rs.rows.len(), 1);
    let row = &rs.rows[0];
    assert_eq!(row[col(&rs, "doc")].display(), "dandong_numerals.txt");
    let text = row[col(&rs, "text")].display();
    assert!(text.contains("新建冷库两座"), "{text}");
    let facts = facts_cell(row, &rs);
    assert!(
        facts
            .iter()
            .any(|f| f.contains("storage_capacity (extracted) · 约3万吨")),
        "{facts:?}"
    );
    // The byte offsets point at the sentence in the file.
    let at = row[col(&rs, "at")].display();
    let (a, b) = at.split_once("..").unwrap();
    let file = std::fs::read_to_string(fixture("dandong_numerals.txt")).unwrap();
    let (a, b): (usize, usize) = (a.parse().unwrap(), b.parse().unwrap());
    assert!(file[a..b].starts_with("5月20日"), "{}", &file[a..b]);

    // The sentence broken by a page break is one sentence, found by the
    // words on both sides of the break.
    let rs = run(&store, "find 就业岗位 800个左右");
    assert_eq!(rs.rows.len(), 1, "{rs:?}");

    // A substring that is no word, and several sentences ranked.
    assert_eq!(run(&store, "find 鸭绿").rows.len(), 1);
    let rs = run(&store, "find 物流");
    assert!(rs.rows.len() >= 2);
    let scores: Vec<String> = rs.rows.iter().map(|r| r[0].display()).collect();
    let mut sorted = scores.clone();
    sorted.sort_by_key(|s| std::cmp::Reverse(s.parse::<i64>().unwrap()));
    assert_eq!(scores, sorted);
    assert_eq!(run(&store, "find 物流 limit 1").rows.len(), 1);
    assert!(run(&store, "find 不在文中的词").rows.is_empty());
}

#[test]
fn traditional_text_is_found_with_simplified_words() {
    let (_d, store) = open(false);
    load(&store, &fixture("panjin_traditional.txt"));
    let rs = run(&store, "find 产业园");
    assert!(!rs.rows.is_empty());
    assert!(rs.rows[0][col(&rs, "text")].display().contains("產業園"));
    // The entity keeps its written name and answers to the simplified one.
    let rs = run(&store, "show 盘锦稻蟹产业园项目");
    assert_eq!(rs.rows[0][0].display(), "盤錦稻蟹產業園項目");
    assert!(
        rs.rows
            .iter()
            .any(|r| r[1].display() == "total_investment (extracted)"
                && r[2].display() == "約3.2億元")
    );
}

/// The curated seed and the extractor name 总投资 alike
/// (`total_investment`), so one query finds a project of each.
#[test]
fn curated_and_extracted_total_investments_answer_one_query() {
    let (_d, store) = open(true);
    load(&store, &fixture("panjin_traditional.txt"));
    let rs = run(&store, "projects where total_investment > 2亿元 list name");
    let names: Vec<String> = rs.rows.iter().map(|r| r[0].display()).collect();
    for want in ["锦州思凯农副产品国际物流园一期项目", "盤錦稻蟹產業園項目"]
    {
        assert!(names.iter().any(|n| n == want), "{want} not in {names:?}");
    }
}

#[test]
fn values_without_a_subject_are_mentions_of_the_document() {
    let (_d, store) = open(false);
    load(&store, &fixture("dandong_numerals.txt"));
    let rs = run(&store, "show dandong_numerals.txt");
    assert!(
        rs.rows
            .iter()
            .any(|r| r[1].display() == "mention (extracted)" && r[2].display() == "2021-07-13"),
        "{rs:?}"
    );
    assert!(run(&store, "kinds")
        .rows
        .iter()
        .any(|r| r[0].display() == "document"));
}

#[test]
fn loading_again_changes_nothing_and_a_new_version_replaces_the_old() {
    let (dir, store) = open(false);
    let path = dir.path().join("article.txt");
    std::fs::write(&path, "义县建成光伏电站,总装机规模6兆瓦。").unwrap();
    assert_eq!(load(&store, &path).documents_loaded, 1);
    assert_eq!(load(&store, &path).documents_unchanged, 1);
    assert_eq!(run(&store, "find 光伏").rows.len(), 1);

    std::fs::write(&path, "义县建成风电场,总装机规模9兆瓦。").unwrap();
    assert_eq!(load(&store, &path).documents_replaced, 1);
    assert!(run(&store, "find 光伏").rows.is_empty());
    assert_eq!(run(&store, "find 风电").rows.len(), 1);
    let rs = run(&store, "show 义县");
    let values: Vec<String> = rs.rows.iter().map(|r| r[2].display()).collect();
    assert!(values.contains(&"9兆瓦".to_string()), "{values:?}");
    assert!(!values.contains(&"6兆瓦".to_string()), "{values:?}");
}

#[test]
fn curated_facts_win_and_both_documents_are_kept() {
    let (_d, store) = open(true);
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/000_c0358a9eae1db40c.txt");
    let r = load(&store, &seed);
    assert_eq!(r.documents_loaded, 1, "{r:?}");
    assert!(r.superseded > 30, "{r:?}");
    // The curated document is still there, next to the extraction.
    let docs = store.docs().unwrap();
    assert_eq!(docs.len(), 2);
    assert_eq!(docs.iter().filter(|d| d.extracted).count(), 1);
    let rs = run(&store, "show 义县");
    let rows: Vec<(String, String)> = rs
        .rows
        .iter()
        .map(|r| (r[1].display(), r[2].display()))
        .collect();
    // 24387.9万元 is curated (义县上级拨付资金, recipient 义县): not repeated.
    assert!(!rows
        .iter()
        .any(|(a, v)| a.ends_with("(extracted)") && v == "24387.9万元"));
    assert!(rows.iter().any(|(a, _)| a == "high_efficiency_field_area"));
    // One row per sentence in find, with the facts of both versions.
    let rs = run(&store, "find 1.36万名");
    assert_eq!(rs.rows.len(), 1);
    let facts = facts_cell(&rs.rows[0], &rs);
    assert!(facts.iter().any(|f| f.contains("(extracted)")), "{facts:?}");
    assert!(
        facts.iter().any(|f| !f.contains("(extracted)")),
        "{facts:?}"
    );
    // Loading the seed text again changes nothing.
    assert_eq!(load(&store, &seed).documents_unchanged, 1);
}

#[test]
fn a_dump_keeps_the_positions_of_extracted_facts() {
    let (_d, store) = open(false);
    load(&store, &fixture("chaoyang_growth.txt"));
    let mut out = Vec::new();
    seedkb::output::dump::write_dump(&store, &mut out).unwrap();
    let dump = String::from_utf8(out).unwrap();
    assert!(
        dump.contains("\"at\":{\"sentence\""),
        "no positions in the dump"
    );
    let (d2, other) = open(false);
    let path = d2.path().join("dump.jsonl");
    std::fs::write(&path, &dump).unwrap();
    load(&other, &path);
    let mut again = Vec::new();
    seedkb::output::dump::write_dump(&other, &mut again).unwrap();
    let mut a: Vec<&str> = dump.lines().collect();
    let again = String::from_utf8(again).unwrap();
    let mut b: Vec<&str> = again.lines().collect();
    a.sort_unstable();
    b.sort_unstable();
    assert_eq!(a, b);
    assert_eq!(run(&other, "find 外资").rows.len(), 1);
}

/// One load, as `seedkb load` does it: extracted against the names the
/// store knows at that moment.
#[derive(Clone, Copy, Debug)]
enum Step {
    /// A curated fact file (the seed's .facts.toml).
    CuratedToml,
    /// The same fact file with its last fact gone: a replacement.
    CuratedTomlChanged,
    /// A text document: the seed article or one of the fixtures.
    Text(usize),
    /// A text document whose contents changed since a load before.
    TextChanged,
    /// The store's own dump, loaded back.
    OwnDump,
    /// A synthetic dump of other documents.
    SynthDump,
}

fn step_strategy() -> impl proptest::strategy::Strategy<Value = Step> {
    use proptest::prelude::*;
    prop_oneof![
        Just(Step::CuratedToml),
        Just(Step::CuratedTomlChanged),
        (0..TEXTS.len()).prop_map(Step::Text),
        Just(Step::TextChanged),
        Just(Step::OwnDump),
        Just(Step::SynthDump),
    ]
}

const TEXTS: [&str; 4] = [
    "seeds/000_c0358a9eae1db40c.txt",
    "tests/fixtures/dandong_numerals.txt",
    "tests/fixtures/chaoyang_growth.txt",
    "tests/fixtures/panjin_traditional.txt",
];

/// Loads; a load refused (an extracted kind the curated file contradicts)
/// is an error.
fn run_step(store: &Store, dir: &Path, step: Step, generation: usize) -> Result<(), String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let seed_toml = root.join("seeds/000_c0358a9eae1db40c.facts.toml");
    let path = match step {
        Step::CuratedToml => seed_toml,
        Step::CuratedTomlChanged => {
            // Next to a copy of its article, as the fact file expects.
            let sub = dir.join("changed");
            std::fs::create_dir_all(&sub).unwrap();
            std::fs::copy(
                root.join("seeds/000_c0358a9eae1db40c.txt"),
                sub.join("000_c0358a9eae1db40c.txt"),
            )
            .unwrap();
            let toml = std::fs::read_to_string(&seed_toml).unwrap();
            let cut = toml.rfind("[[fact]]").unwrap();
            let p = sub.join("000_c0358a9eae1db40c.facts.toml");
            std::fs::write(&p, &toml[..cut]).unwrap();
            p
        }
        Step::Text(i) => root.join(TEXTS[i]),
        Step::TextChanged => {
            let p = dir.join("changing.txt");
            let text = if generation.is_multiple_of(2) {
                "义县建成光伏电站,总装机规模6兆瓦,投资约1.2亿元。"
            } else {
                "北镇市新建冷库两座,库容约3万吨。义县建成风电场,总装机规模9兆瓦。"
            };
            std::fs::write(&p, text).unwrap();
            p
        }
        Step::OwnDump => {
            let mut out = Vec::new();
            seedkb::output::dump::write_dump(store, &mut out).unwrap();
            let p = dir.join(format!("own{generation}.jsonl"));
            std::fs::write(&p, out).unwrap();
            p
        }
        Step::SynthDump => {
            let p = dir.join("synth.jsonl");
            let mut out = Vec::new();
            seedkb::synth::generate(60, 7, &mut out).unwrap();
            std::fs::write(&p, out).unwrap();
            p
        }
    };
    let known = Known::from_store(store).unwrap();
    let docs = read_path(&path, &known).map_err(|e| e.to_string())?;
    store.load(&docs).map_err(|e| e.to_string())?;
    Ok(())
}

fn dump(store: &Store) -> Vec<u8> {
    let mut out = Vec::new();
    seedkb::output::dump::write_dump(store, &mut out).unwrap();
    out
}

proptest::proptest! {
    // Each case extracts a few articles into a new database: few cases.
    #![proptest_config(proptest::prelude::ProptestConfig {
        cases: 12,
        failure_persistence: None,
        ..Default::default()
    })]

    /// Whatever was loaded, in whatever order, `check` finds nothing wrong
    /// (and a refused load changed nothing).
    #[test]
    fn check_is_clean_after_any_sequence_of_loads(
        seeds in proptest::bool::ANY,
        steps in proptest::collection::vec(step_strategy(), 1..6),
    ) {
        let (dir, store) = open(seeds);
        for (i, step) in steps.iter().enumerate() {
            let before = dump(&store);
            if let Err(e) = run_step(&store, dir.path(), *step, i) {
                // Refused: all or nothing.
                proptest::prop_assert!(dump(&store) == before, "{:?} half-loaded: {}", step, e);
            }
            let report = store.check().unwrap();
            proptest::prop_assert!(
                report.is_clean(),
                "after {:?}: {:?}",
                &steps[..=i],
                report.problems
            );
        }
    }
}
