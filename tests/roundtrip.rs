//! The dump is the salvage route, so it must load back: for states the store
//! reaches through random sequences of loads (articles, curated fact files,
//! dumps; replacements and reloads; odd file names), `check` is clean after
//! every step, and dump → load into a fresh database → dump gives the same
//! dump. Through the library, so a case costs milliseconds, not processes.
//! `SEEDKB_ROUNDTRIP_CASES` sets the number of cases (default 24).

use proptest::prelude::*;
use seedkb::extract::Known;
use seedkb::store::{OpenOptions, Store};
use std::path::Path;

/// File names of documents, odd ones included.
const NAMES: &[&str] = &[
    "a.txt",
    "b.txt",
    "..txt",
    "中 文.txt",
    "new\nline.txt",
    "a b.txt",
];

/// Sentences articles are made of; they share names, so documents refer to
/// the same entities.
const SENTENCES: &[&str] = &[
    "朝阳市地区生产总值同比增长2.5%。",
    "朝阳市总投资3亿元建设物流园。",
    "锦州市规划面积1500亩。",
    "锦州市财政收入同比下降1.2%。",
    "义县获得拨款2250万元，2020年5月20日到位。",
    "丹东市项目总投资超2.4亿元。",
    // Energy and volume (Wh, m3) go through dumps like the other units.
    "盘锦市年发电量约12亿千瓦时，年供水量3000万立方米。",
];

/// Qualifier keys of a fact table (the first: none).
const QUALIFIERS: &[&str] = &[
    "",
    "modality = \"expected\"\n",
    "per = \"household\"\n",
    "modality = \"demand\"\nas_of = \"2020-05\"\n",
];

/// Qualifier keys of a dump line (the first: none).
const LINE_QUALIFIERS: &[&str] = &[
    "",
    ",\"modality\":\"estimate\"",
    ",\"per\":\"mu\",\"as_of\":\"2019\"",
];

#[derive(Clone, Debug)]
enum Step {
    /// Write an article under a name and load it.
    Article { name: usize, sentences: Vec<usize> },
    /// A curated fact file for the article of that name (written beside it),
    /// its fact with the qualifiers `QUALIFIERS[qual]` (and, when those are
    /// not the default, the same fact unqualified beside it).
    Curated {
        name: usize,
        amount: u32,
        qual: usize,
    },
    /// A dump line file without documents; `qual` picks its qualifiers.
    Docless { amount: u32, qual: usize },
    /// Load the file of the last step again, unchanged.
    Reload,
    /// Dump the store and load the dump into it: that changes nothing.
    DumpBack,
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        4 => (0..NAMES.len(), proptest::collection::vec(0..SENTENCES.len(), 1..4))
            .prop_map(|(name, sentences)| Step::Article { name, sentences }),
        2 => (0..NAMES.len(), 1u32..4, 0..QUALIFIERS.len())
            .prop_map(|(name, amount, qual)| Step::Curated { name, amount, qual }),
        1 => (1u32..4, 0..LINE_QUALIFIERS.len())
            .prop_map(|(amount, qual)| Step::Docless { amount, qual }),
        1 => Just(Step::Reload),
        1 => Just(Step::DumpBack),
    ]
}

fn open(dir: &Path) -> Store {
    let (store, _) = Store::open(dir, &OpenOptions::default()).unwrap();
    store.initialize(&[], None).unwrap();
    store
}

fn load(store: &Store, path: &Path) -> Result<(), String> {
    let known = Known::from_store(store).map_err(|e| e.to_string())?;
    let docs = seedkb::extract::read_path(path, &known).map_err(|e| e.to_string())?;
    store.load(&docs).map(|_| ()).map_err(|e| e.to_string())
}

fn dump(store: &Store) -> String {
    let mut out = Vec::new();
    seedkb::output::dump::write_dump(store, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

/// The store's dump as sorted lines, but the attributes line: attributes
/// are numbered in the order they first come, which a load order changes.
fn sorted_lines_but_attributes(store: &Store) -> Vec<String> {
    let mut lines: Vec<String> = dump(store)
        .lines()
        .filter(|l| !l.starts_with("{\"attributes\""))
        .map(str::to_string)
        .collect();
    lines.sort();
    lines
}

fn sorted(dump: &str) -> Vec<&str> {
    let mut lines: Vec<&str> = dump.lines().collect();
    lines.sort();
    lines
}

fn assert_clean(store: &Store, after: &str) {
    let report = store.check().unwrap();
    assert!(report.is_clean(), "after {after}: {:?}", report.problems);
}

/// An article of these sentences under a headline.
fn article(sentences: &[usize]) -> String {
    std::iter::once("标题\n".to_string())
        .chain(sentences.iter().map(|k| format!("{}\n", SENTENCES[*k])))
        .collect()
}

/// A curated fact file for the article `doc` (which must have the
/// sentence with 3亿元: the load is refused when it has not), its fact
/// stated under an attribute the extractor also uses, or another, with
/// the qualifiers `QUALIFIERS[qual]` (and, when those are not the
/// default, the same fact unqualified beside it).
fn curated(doc: &str, amount: u32, qual: usize) -> String {
    let quote = SENTENCES[1];
    let attribute = ["investment", "planned_investment", "budget"][amount as usize - 1];
    let fact = |qualifiers: &str| {
        format!(
            "\n[[fact]]\nsubject = \"朝阳市\"\nattribute = \"{attribute}\"\nquantity = \"3亿元\"\n\
             {qualifiers}quote = {quote:?}\n"
        )
    };
    // An English name and a fact known without the article: background
    // knowledge goes through dumps as such.
    let mut toml = format!(
        "[document]\nfile = {doc:?}\n\n[[entity]]\nname = \"朝阳市\"\nkind = \"city\"\nenglish = \"Chaoyang\"\nquote = {quote:?}\n{}\n\
         [[fact]]\nsubject = \"朝阳市\"\nattribute = \"province\"\ntext = \"辽宁省\"\nbackground = \"a city of Liaoning\"\n",
        fact(QUALIFIERS[qual])
    );
    if qual > 0 {
        toml.push_str(&fact(""));
    }
    toml
}

/// Dump lines without documents; `qual` picks their qualifiers.
fn docless(amount: u32, qual: usize) -> String {
    format!(
        "{{\"subject\":\"锦州市\",\"attribute\":\"kind\",\"value\":\"city\"}}\n\
         {{\"subject\":\"锦州市\",\"attribute\":\"area\",\"value\":{amount},\"unit\":\"m2\",\"text\":\"{amount}平方米\"{}}}\n",
        LINE_QUALIFIERS[qual]
    )
}

/// Runs the steps, checks the round trip, and returns the dump.
fn run(steps: &[Step]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let files = dir.path().join("files");
    std::fs::create_dir_all(&files).unwrap();
    let store = open(&dir.path().join("db"));
    let mut last: Option<std::path::PathBuf> = None;
    for (i, s) in steps.iter().enumerate() {
        let path = match s {
            Step::Article { name, sentences } => {
                let p = files.join(NAMES[*name]);
                std::fs::write(&p, article(sentences)).unwrap();
                p
            }
            Step::Curated { name, amount, qual } => {
                let article = files.join(NAMES[*name]);
                if !article.exists() {
                    std::fs::write(&article, format!("标题\n{}\n", SENTENCES[1])).unwrap();
                }
                let p = files.join(format!("c{}.facts.toml", name));
                std::fs::write(&p, curated(NAMES[*name], *amount, *qual)).unwrap();
                p
            }
            Step::Docless { amount, qual } => {
                let p = files.join("extra.jsonl");
                std::fs::write(&p, docless(*amount, *qual)).unwrap();
                p
            }
            Step::DumpBack => {
                let p = dir.path().join(format!("back{i}.jsonl"));
                std::fs::write(&p, dump(&store)).unwrap();
                p
            }
            Step::Reload => match &last {
                Some(p) if p.exists() => p.clone(),
                _ => continue,
            },
        };
        // A load may be refused (a fact file whose quote an article of the
        // same name no longer has); the store must then be unchanged.
        let before = dump(&store);
        if let Err(e) = load(&store, &path) {
            assert!(
                !matches!(s, Step::DumpBack),
                "the store's own dump does not load into it: {e}\n{before}"
            );
            assert_eq!(dump(&store), before, "a refused load changed the store");
        }
        assert_clean(&store, &format!("step {i} {s:?}"));
        if matches!(s, Step::Reload | Step::DumpBack) {
            assert_eq!(
                dump(&store),
                before,
                "reloading an unchanged file or the store's own dump changed the store"
            );
        }
        last = Some(path);
    }
    let first = dump(&store);
    let d = dir.path().join("d.jsonl");
    std::fs::write(&d, &first).unwrap();
    let fresh = open(&dir.path().join("db2"));
    load(&fresh, &d).unwrap_or_else(|e| panic!("the dump does not load back: {e}\n{first}"));
    assert_clean(&fresh, "loading the dump");
    let second = dump(&fresh);
    assert_eq!(
        sorted(&first),
        sorted(&second),
        "dump → load → dump has other lines"
    );
    assert_eq!(
        first, second,
        "dump → load → dump has its lines in another order"
    );
    first
}

/// Qualified facts beside their unqualified twins survive the round trip
/// from a fact file and from dump lines, with their keys in the dump.
#[test]
fn qualified_facts_round_trip() {
    let dump = run(&[
        Step::Curated {
            name: 0,
            amount: 1,
            qual: 3,
        },
        Step::Docless { amount: 2, qual: 2 },
    ]);
    let lines: Vec<&str> = dump.lines().filter(|l| l.contains("\"3亿元\"")).collect();
    assert_eq!(lines.len(), 2, "{dump}");
    assert!(
        lines
            .iter()
            .any(|l| l.contains(r#""modality":"demand","as_of":"2020-05""#)),
        "{dump}"
    );
    assert!(lines.iter().any(|l| !l.contains("modality")), "{dump}");
    assert!(
        dump.contains(r#""text":"2平方米","doc":"extra.jsonl","quote":"extra.jsonl:2","per":"mu","as_of":"2019""#),
        "{dump}"
    );
}

fn cases() -> u32 {
    std::env::var("SEEDKB_ROUNDTRIP_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(24)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn dump_load_dump_is_the_same(steps in proptest::collection::vec(step(), 1..7)) {
        run(&steps);
    }
}

/// The reproduction from the issue: b.txt, then a.txt with the same text
/// (whose facts are about an entity b.txt defined), then odd names.
#[test]
fn a_dump_of_documents_sharing_entities_loads_back() {
    let art = |name: usize| Step::Article {
        name,
        sentences: vec![0, 1],
    };
    run(&[art(1), art(0), art(2), art(3), art(4)]);
}

/// An article and a curated file of the same name, in either order, then
/// the article reloaded unchanged.
#[test]
fn a_curated_and_an_extracted_document_of_one_name_round_trip() {
    let art = Step::Article {
        name: 0,
        sentences: vec![0, 1],
    };
    let cur = Step::Curated {
        name: 0,
        amount: 1,
        qual: 0,
    };
    run(&[
        art.clone(),
        cur.clone(),
        Step::Reload,
        art.clone(),
        Step::Reload,
    ]);
    run(&[cur.clone(), art.clone(), Step::Reload]);
    let other = Step::Curated {
        name: 0,
        amount: 3,
        qual: 0,
    };
    run(&[art, other, Step::Reload]);
}

/// A curated file's English name and background fact are dumped as
/// background (a reason, no quote) and come back so.
#[test]
fn background_knowledge_round_trips_as_such() {
    let dump = run(&[
        Step::Curated {
            name: 0,
            amount: 1,
            qual: 0,
        },
        Step::Reload,
    ]);
    let province = dump
        .lines()
        .find(|l| l.contains("\"attribute\":\"province\""))
        .expect("the background fact");
    assert!(
        province.contains("\"background\":\"a city of Liaoning\"")
            && !province.contains("\"quote\""),
        "{province}"
    );
    let english = dump
        .lines()
        .find(|l| l.contains("\"Chaoyang\""))
        .expect("the English name");
    assert!(
        english.contains("\"background\":\"English name (a translation)\""),
        "{english}"
    );
}

/// A day that does not exist, stored by a build that let it in, is a
/// problem `check` reports.
#[test]
fn check_reports_an_impossible_date() {
    use seedkb::model::{Date, DocumentFacts, Entity, Fact, Source, Value};
    let dir = tempfile::tempdir().unwrap();
    let store = open(&dir.path().join("db"));
    let source = Source::curated("d.txt", "甲项目");
    let date = |day| Date {
        year: Some(2020),
        month: Some(2),
        day: Some(day),
        text: format!("2月{day}日"),
        doc_offset: None,
    };
    let doc = DocumentFacts {
        doc: "d.txt".into(),
        entities: vec![Entity {
            name: "甲项目".into(),
            kind: "project".into(),
            aliases: Vec::new(),
            source: source.clone(),
            alias_background: Vec::new(),
        }],
        facts: [(29, "date_opened"), (30, "date_started")]
            .into_iter()
            .map(|(day, attribute)| Fact {
                subject: "甲项目".into(),
                attribute: attribute.into(),
                value: Value::Date(date(day)),
                source: source.clone(),
                qualifiers: Default::default(),
            })
            .collect(),
        ..Default::default()
    };
    store.load(&[doc]).unwrap();
    let report = store.check().unwrap();
    assert_eq!(report.problems.len(), 1, "{:?}", report.problems);
    assert!(
        report.problems[0].contains("date_started")
            && report.problems[0].contains("February 2020 has 29 days"),
        "{:?}",
        report.problems
    );
}

/// Which entity a sentence of `SENTENCES` is about: two articles about
/// different entities are independent of each other.
const ABOUT: &[usize] = &[0, 0, 1, 1, 2, 3, 4];

/// Files whose end state must not depend on the order they are loaded
/// in: an article `a.txt`, optionally an older version of it (loaded at
/// some point before it: the newer version replaces it wherever it came),
/// the curated file of the same document (curated wins over extracted,
/// whichever came first), dump lines without documents about an entity
/// the article may name, and a second article about other entities.
///
/// Left out: two articles naming the same entity. The extractor takes a
/// name the store knows for that entity and does not give it a source of
/// its own, so which article's sentence is the entity's source depends on
/// which came first.
#[derive(Clone, Debug)]
struct Set {
    sentences: Vec<usize>,
    older: Option<Vec<usize>>,
    curated: Option<(u32, usize)>,
    docless: Option<(u32, usize)>,
    other: Vec<usize>,
}

fn set() -> impl Strategy<Value = Set> {
    (
        proptest::collection::vec(0..SENTENCES.len(), 0..3),
        proptest::option::of(proptest::collection::vec(0..SENTENCES.len(), 1..3)),
        proptest::option::of((1u32..4, 0..QUALIFIERS.len())),
        proptest::option::of((1u32..4, 0..LINE_QUALIFIERS.len())),
        proptest::collection::vec(0..SENTENCES.len(), 0..3),
    )
        .prop_map(|(mut sentences, older, curated, docless, other)| {
            // The curated file quotes the sentence with 3亿元.
            sentences.insert(0, 1);
            let about = |k: &usize| ABOUT[*k];
            let taken: Vec<usize> = sentences.iter().map(about).collect();
            // The older version names only what the newer one does.
            let older = older.map(|o| {
                let o: Vec<usize> = o
                    .into_iter()
                    .filter(|k| taken.contains(&ABOUT[*k]))
                    .collect();
                if o.is_empty() {
                    vec![1]
                } else {
                    o
                }
            });
            let other = other
                .into_iter()
                .filter(|k| !taken.contains(&ABOUT[*k]))
                .collect();
            Set {
                sentences,
                older,
                curated,
                docless,
                other,
            }
        })
}

/// The files of a set, in the order they would be listed: `(path, text)`.
fn files_of(set: &Set, dir: &Path) -> Vec<(std::path::PathBuf, String)> {
    let mut files = vec![(dir.join("a.txt"), article(&set.sentences))];
    if let Some((amount, qual)) = set.curated {
        files.push((dir.join("c0.facts.toml"), curated("a.txt", amount, qual)));
    }
    if let Some((amount, qual)) = set.docless {
        files.push((dir.join("extra.jsonl"), docless(amount, qual)));
    }
    if !set.other.is_empty() {
        files.push((dir.join("b.txt"), article(&set.other)));
    }
    files
}

/// Loads the set's files in `order` (indexes into `files_of`; the older
/// version of a.txt just before position `older_at`), with `check` clean
/// after each load, and returns the dump's lines but the attributes line
/// (which numbers attributes as they came), sorted.
fn load_in_order(set: &Set, order: &[usize], older_at: usize) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let files = dir.path().join("files");
    std::fs::create_dir_all(&files).unwrap();
    let all = files_of(set, &files);
    let store = open(&dir.path().join("db"));
    let a_at = order.iter().position(|&i| i == 0).unwrap();
    let mut loads: Vec<(&std::path::PathBuf, &String)> =
        order.iter().map(|&i| (&all[i].0, &all[i].1)).collect();
    let older = set.older.as_ref().map(|o| article(o));
    if let Some(text) = &older {
        loads.insert(older_at.min(a_at), (&all[0].0, text));
    }
    for (i, (path, text)) in loads.iter().enumerate() {
        // A curated file reads its article from the folder: the newer
        // version is there but while the older one loads.
        std::fs::write(&all[0].0, &all[0].1).unwrap();
        std::fs::write(path, text).unwrap();
        load(&store, path).unwrap_or_else(|e| panic!("loading {}: {e}", path.display()));
        assert_clean(&store, &format!("loading {} ({i})", path.display()));
    }
    sorted_lines_but_attributes(&store)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn the_order_of_loads_does_not_change_the_end_state(
        set in set(),
        seed in any::<u64>(),
        older_at in 0usize..5,
    ) {
        let n = files_of(&set, Path::new(".")).len();
        let listed: Vec<usize> = (0..n).collect();
        // Another order: a rotation and a swap picked by the seed.
        let mut shuffled = listed.clone();
        shuffled.rotate_left((seed % n as u64) as usize);
        if n > 1 {
            let (i, j) = ((seed / 7 % n as u64) as usize, (seed / 31 % n as u64) as usize);
            shuffled.swap(i, j);
        }
        let first = load_in_order(&set, &listed, older_at);
        // Half the time without the older version: loading it first
        // changes nothing once the newer one is in.
        let newer_only = Set { older: None, ..set.clone() };
        let other = if seed % 2 == 0 { &newer_only } else { &set };
        let second = load_in_order(other, &shuffled, (older_at + 1) % 5);
        prop_assert_eq!(first, second, "orders {:?} and {:?}", listed, shuffled);
    }
}

/// Issue 15's item 5: an article and the curated file of the same
/// document, in either order, give the same store, with no extracted
/// source left beside the curated entity.
#[test]
fn a_curated_file_and_its_article_give_the_same_store_in_either_order() {
    let set = Set {
        sentences: vec![1, 0],
        older: None,
        curated: Some((1, 0)),
        docless: None,
        other: Vec::new(),
    };
    let txt_first = load_in_order(&set, &[0, 1], 0);
    assert_eq!(txt_first, load_in_order(&set, &[1, 0], 0));
    let kinds: Vec<&String> = txt_first
        .iter()
        .filter(|l| l.contains(r#""subject":"朝阳市","attribute":"kind""#))
        .collect();
    assert_eq!(kinds.len(), 1, "{kinds:?}");
    assert!(!kinds[0].contains("\"extracted\":true"), "{kinds:?}");
}

/// A curated file that gives an entity another kind than the extraction
/// of its article did: the curated kind, whichever came first (before,
/// the curated file loaded second was refused).
#[test]
fn a_curated_kind_wins_over_an_extracted_one_in_either_order() {
    let set = Set {
        sentences: vec![1],
        older: None,
        curated: Some((1, 0)),
        docless: None,
        other: Vec::new(),
    };
    let dir = tempfile::tempdir().unwrap();
    let run = |order: &[usize], db: &str| {
        let files = dir.path().join(db).with_extension("files");
        std::fs::create_dir_all(&files).unwrap();
        let all = files_of(&set, &files);
        let store = open(&dir.path().join(db));
        // The curated file reads its article from the folder.
        std::fs::write(&all[0].0, &all[0].1).unwrap();
        for &i in order {
            let (path, text) = &all[i];
            // The same file with the city called a prefecture.
            std::fs::write(
                path,
                text.replace("kind = \"city\"", "kind = \"prefecture\""),
            )
            .unwrap();
            load(&store, path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            assert_clean(&store, &path.display().to_string());
        }
        sorted_lines_but_attributes(&store)
    };
    let txt_first = run(&[0, 1], "p");
    assert_eq!(txt_first, run(&[1, 0], "q"));
    let kinds: Vec<&String> = txt_first
        .iter()
        .filter(|l| l.contains(r#""subject":"朝阳市","attribute":"kind""#))
        .collect();
    assert_eq!(kinds.len(), 1, "{kinds:?}");
    assert!(kinds[0].contains(r#""value":"prefecture""#), "{kinds:?}");
}
