//! A dump with extracted entities (any dump of a store that loaded a
//! text) is loaded a line at a time (`ingest::jsonl_stream`), its
//! extracted names merged across documents as they are read: the store it
//! gives is the one a load of the whole file gives (`load DIR/` reads a
//! dump whole), with the same report, `--explain` notes and errors.

mod common;

use common::{seedkb, temp_db};
use std::path::Path;

/// The texts: a place said without its ending in one and with it in
/// another (北镇 / 北镇市, 朝阳 / 朝阳市), a place and a company named in
/// several.
const TEXTS: &[(&str, &str)] = &[
    (
        "b.txt",
        "葡萄丰收\n\n北镇今年新建冷库23座。朝阳今年投资3亿元。\n",
    ),
    (
        "a.txt",
        "北镇市葡萄\n\n北镇市今年葡萄种植面积16万亩。朝阳市今年新建大棚120座。\n",
    ),
    (
        "c.txt",
        "葡萄丰收\n\n北镇今年新建冷库23座。朝阳今年投资3亿元。\n",
    ),
    (
        "d.txt",
        "签约\n\n青山储能集团投资3亿元。朝阳区今年新建冷库12座。北镇今年新增就业1200人。\n",
    ),
    (
        "e.txt",
        "冷库建设\n\n朝阳今年新建冷库8座。青山储能集团在北镇投资5亿元。\n",
    ),
];

/// Loads the texts one load each (so their names are merged only with
/// what the store had then), dumps, and returns the dump's path.
fn dump_of_separate_loads(dir: &Path, order: &[usize]) -> std::path::PathBuf {
    let texts = dir.join("texts");
    std::fs::create_dir_all(&texts).unwrap();
    let db = dir.join("source");
    for &i in order {
        let (name, text) = TEXTS[i];
        let p = texts.join(name);
        std::fs::write(&p, text).unwrap();
        seedkb(&db, &["load", p.to_str().unwrap()], None).ok();
    }
    let dump = seedkb(&db, &["dump"], None).ok().stdout;
    assert!(dump.contains("\"extracted\":true"), "{dump}");
    let d = dir.join("in");
    std::fs::create_dir_all(&d).unwrap();
    let path = d.join("d.jsonl");
    std::fs::write(&path, dump).unwrap();
    path
}

/// `load --explain` of the dump alone (streamed) and of its directory
/// (read whole) into fresh databases: the same output but the `files:`
/// line, and the same dump after.
fn same_both_ways(dump: &Path, seeds: bool) -> String {
    let (_a, streamed) = temp_db();
    let (_b, whole) = temp_db();
    let mut args = vec!["load", "--explain"];
    if !seeds {
        args.insert(0, "--no-seeds");
    }
    let dir = dump.parent().unwrap().to_str().unwrap().to_string();
    let file = dump.to_str().unwrap().to_string();
    let s = seedkb(&streamed, &[&args[..], &[file.as_str()]].concat(), None).ok();
    let w = seedkb(&whole, &[&args[..], &[dir.as_str()]].concat(), None).ok();
    let without_corpus = |out: &str| {
        out.lines()
            .filter(|l| !l.starts_with("files:"))
            .map(|l| format!("{l}\n"))
            .collect::<String>()
    };
    assert_eq!(s.stdout, without_corpus(&w.stdout));
    assert_eq!(s.stderr, w.stderr);
    let ds = seedkb(&streamed, &["dump"], None).ok().stdout;
    let dw = seedkb(&whole, &["dump"], None).ok().stdout;
    assert_eq!(ds, dw, "the streamed load stored something else");
    seedkb(&streamed, &["check"], None).ok();
    s.stdout
}

#[test]
fn a_dump_with_extracted_names_loads_streamed_as_it_loads_whole() {
    let dir = tempfile::tempdir().unwrap();
    let mut merged_somewhere = false;
    for (n, order) in [
        vec![0, 1, 2],
        vec![1, 0, 3, 4],
        vec![3, 4, 0, 2, 1],
        vec![0, 1, 2, 3, 4],
    ]
    .iter()
    .enumerate()
    {
        let case = dir.path().join(format!("case{n}"));
        let dump = dump_of_separate_loads(&case, order);
        let out = same_both_ways(&dump, false);
        merged_somewhere |= out.contains("merged: ");
        if n == 3 {
            // Into a database with the bundled seeds too (names known before).
            same_both_ways(&dump, true);
        }
    }
    // The cases do merge names across documents (北镇 into 北镇市).
    assert!(merged_somewhere);
}

/// A mistake in a document whose names are merged is reported at its
/// file:line, as the whole-file reader reports it.
#[test]
fn a_mistake_in_a_dump_with_extracted_names_keeps_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let dump = dump_of_separate_loads(dir.path(), &[0, 1, 2]);
    let text = std::fs::read_to_string(&dump).unwrap();
    let (n, _) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("\"subject\":\"北镇\"") && !l.contains("\"kind\""))
        .expect("a fact about 北镇");
    let bad: String = text
        .lines()
        .enumerate()
        .map(|(i, l)| match i == n {
            true => format!(
                "{}\n",
                l.replacen("\"attribute\":\"", "\"per\":\"wish\",\"attribute\":\"", 1)
            ),
            false => format!("{l}\n"),
        })
        .collect();
    std::fs::write(&dump, bad).unwrap();
    let (_a, streamed) = temp_db();
    let (_b, whole) = temp_db();
    let s = seedkb(
        &streamed,
        &["--no-seeds", "load", dump.to_str().unwrap()],
        None,
    )
    .code(1);
    let w = seedkb(
        &whole,
        &[
            "--no-seeds",
            "load",
            dump.parent().unwrap().to_str().unwrap(),
        ],
        None,
    )
    .code(1);
    assert_eq!(s.stderr, w.stderr);
    assert!(
        s.stderr.contains(&format!("d.jsonl:{}", n + 1)),
        "{}",
        s.stderr
    );
}

/// Many texts loaded at once (`load DIR/`) are read back and merged once,
/// then loaded a part at a time from the spool: the store is the one a
/// load of the merged documents gives.
#[test]
fn a_corpus_loaded_from_its_spool_stores_what_a_whole_load_stores() {
    use seedkb::extract::{corpus, stream::CorpusSpool, Known};
    use seedkb::store::Store;
    let known = Known::new();
    let mut docs: Vec<_> = TEXTS
        .iter()
        .map(|(n, t)| seedkb::extract::extract(n, t, &known).unwrap().facts)
        .collect();
    let mut spool = CorpusSpool::new().unwrap();
    for d in &docs {
        spool.push(vec![d.clone()], &known).unwrap();
    }
    let notes = corpus::merge(&mut docs, &known);
    assert!(!notes.is_empty());
    let open = |dir: &Path| {
        let (store, _) = Store::open(&dir.join("db"), &Default::default()).unwrap();
        store.initialize(&[], None).unwrap();
        store
    };
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (whole, parted) = (open(a.path()), open(b.path()));
    let report = whole.load(&docs).unwrap();
    let mut spooled_notes = Vec::new();
    spool
        .merge_each(&known, &mut |_, _, n| {
            spooled_notes.extend(n);
            Ok(())
        })
        .unwrap();
    assert_eq!(spooled_notes, notes);
    assert_eq!(parted.load_by_document(&mut spool).unwrap(), report);
    let dump = |s: &Store| {
        let mut out = Vec::new();
        seedkb::output::dump::write_dump(s, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    };
    assert_eq!(dump(&parted), dump(&whole));
}
