//! Never panic, never lose a fact: damaged databases, `seedkb check`,
//! bad input files and bad standard input, through the binary as a user
//! runs it. (Crashes and concurrent processes are in tests/crash.rs.)

mod common;

use common::Run;
use seedkb::store::keys::{self, KeyValue};
use seedkb::store::kv::{Kv, SledKv, Space};
use seedkb::store::packed::Packed;
use seedkb::store::zipped::Zipped;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

/// `seedkb --db <db> --lock-wait 10 <args>`, fed `stdin` (or nothing).
fn seedkb(db: &Path, args: &[&str], stdin: Option<&[u8]>) -> Run {
    let mut c = common::command(db);
    c.args(["--lock-wait", "10"]).args(args);
    common::run(c, stdin)
}

/// A new database with the bundled seeds.
fn seeded() -> (tempfile::TempDir, PathBuf) {
    let (dir, db) = common::temp_db();
    let r = seedkb(&db, &["-e", "kinds"], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    (dir, db)
}

const QUERIES: &[&str] = &[
    "funding where amount > 1亿元",
    "funding by source",
    "show 义县",
    "match ?f recipient ?r, ?r within 锦州市",
    "sum amount of funding by recipient",
    "projects where district = 凌海市",
];

/// Answers to `QUERIES`, as CSV.
fn answers(db: &Path) -> Vec<String> {
    QUERIES
        .iter()
        .map(|q| {
            let r = seedkb(db, &["--format", "csv", "-e", q], None);
            assert_eq!(r.code, 0, "{q}: {}", r.stderr);
            r.stdout
        })
        .collect()
}

/// Writes straight to the engine, around the store's invariants (the
/// index keyspaces entry by entry, through their packed blocks).
fn tamper(db: &Path, f: impl FnOnce(&dyn Kv) -> Vec<(Space, Vec<u8>, Option<Vec<u8>>)>) {
    let kv = SledKv::open(db, Duration::from_secs(10)).unwrap();
    let kv = Packed::new(Box::new(Zipped::new(Box::new(kv))), "test");
    let ops = f(&kv);
    kv.apply(ops).unwrap();
}

fn first_key(kv: &dyn Kv, space: Space, skip: usize) -> Vec<u8> {
    kv.scan_prefix(space, &[])
        .nth(skip)
        .expect("a key")
        .unwrap()
        .0
}

fn eid(kv: &dyn Kv, name: &str) -> u64 {
    let v = kv
        .get(Space::Names, seedkb::model::name_key(name).as_bytes())
        .unwrap()
        .expect("name");
    u64::from_be_bytes(v.try_into().unwrap())
}

#[test]
fn check_is_clean_on_a_new_database_and_refuses_a_missing_one() {
    let (dir, db) = seeded();
    let r = seedkb(&db, &["check"], None);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(
        r.stdout
            .contains("ok: 1 document(s) stating 333 facts, 121 entities"),
        "{}",
        r.stdout
    );
    let missing = dir.path().join("nothing-here");
    let r = seedkb(&missing, &["check"], None);
    assert_eq!(r.code, 3);
    assert!(r.stderr.contains("no database at"), "{}", r.stderr);
    assert!(!missing.exists(), "check must not create a database");
}

#[test]
fn check_finds_every_kind_of_index_damage_and_repair_fixes_it() {
    let (_dir, db) = seeded();
    let before = answers(&db);
    tamper(&db, |kv| {
        let yi = eid(kv, "义县");
        vec![
            (Space::Aevt, first_key(kv, Space::Aevt, 10), None),
            (Space::Avet, first_key(kv, Space::Avet, 20), None),
            (Space::Vaet, first_key(kv, Space::Vaet, 3), None),
            (
                Space::Names,
                seedkb::model::name_key("义县").into_bytes(),
                None,
            ),
            (Space::DocIndex, first_key(kv, Space::DocIndex, 5), None),
            // An index entry no fact implies, and one that is not even a key.
            (
                Space::Avet,
                keys::avet(1, &keys::encode_value(&KeyValue::Text("bogus".into())), yi),
                Some(Vec::new()),
            ),
            (Space::Aevt, vec![0xff, 0x00], Some(Vec::new())),
            // A name pointing at the wrong entity.
            (
                Space::Names,
                seedkb::model::name_key("锦州市").into_bytes(),
                Some(yi.to_be_bytes().to_vec()),
            ),
        ]
    });
    let r = seedkb(&db, &["check"], None);
    assert_eq!(r.code, 3, "{}", r.stdout);
    for expected in [
        "aevt: missing",
        "avet: missing",
        "vaet: missing",
        "names: missing '义县'",
        "names: missing '锦州市'",
        "doc_index: missing",
        "avet: extra",
        "aevt: extra damaged key ff00",
    ] {
        assert!(
            r.stdout.contains(expected),
            "no '{expected}' in\n{}",
            r.stdout
        );
    }
    assert!(r.stdout.contains(": 8 problem(s)"), "{}", r.stdout);
    assert!(r.stdout.contains("8 can be repaired"), "{}", r.stdout);

    let r = seedkb(&db, &["check", "--repair"], None);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("repaired: 8 write(s)"), "{}", r.stdout);
    let r = seedkb(&db, &["check"], None);
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert_eq!(answers(&db), before, "the repaired store answers as before");
    let r = seedkb(&db, &["check", "--repair"], None);
    assert!(r.stdout.contains("nothing to repair"), "{}", r.stdout);
}

#[test]
fn check_reports_quotes_not_in_their_document_and_damaged_records() {
    let (_dir, db) = seeded();
    tamper(&db, |kv| {
        // A fact's first source is in its record (schema 7).
        let (k, v) = kv.scan_prefix(Space::Eavt, &[]).nth(40).unwrap().unwrap();
        let mut rec: seedkb::store::FactHead = seedkb::store::from_record_bytes(&v).unwrap();
        let src = rec.first.as_mut().unwrap();
        src.quote = "这句话不在文章里".into();
        src.span = None;
        vec![(Space::Eavt, k, Some(seedkb::store::record_bytes(&rec)))]
    });
    let r = seedkb(&db, &["check"], None);
    assert_eq!(r.code, 3);
    assert!(
        r.stdout
            .contains("quote is not in 000_c0358a9eae1db40c.txt: \"这句话不在文章里\""),
        "{}",
        r.stdout
    );
    // Not an index problem: repair cannot fix it and says so.
    let r = seedkb(&db, &["check", "--repair"], None);
    assert_eq!(r.code, 3);
    assert!(r.stdout.contains("--repair cannot fix"), "{}", r.stdout);
}

#[test]
fn a_damaged_record_is_a_storage_error_and_dump_saves_the_rest() {
    let (_dir, db) = seeded();
    let good = seedkb(&db, &["dump"], None);
    assert_eq!(good.code, 0);
    tamper(&db, |kv| {
        let yi = eid(kv, "义县");
        vec![(
            Space::Entities,
            yi.to_be_bytes().to_vec(),
            Some(vec![1, 2, 3]),
        )]
    });
    let r = seedkb(&db, &["-e", "show 义县"], None);
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(r.stderr.contains("damaged entity record"), "{}", r.stderr);
    // Queries that do not touch it still work.
    let r = seedkb(&db, &["-e", "count projects"], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // In a script the storage error stops it there, reported once, exit 3.
    let r = seedkb(
        &db,
        &["--format", "csv", "--envelope", "never"],
        Some("count projects\nshow 义县\nkinds\n".as_bytes()),
    );
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert_eq!(
        r.stderr.matches("damaged entity record").count(),
        1,
        "{}",
        r.stderr
    );
    assert!(r.stdout.starts_with("count"), "{}", r.stdout);
    assert!(
        !r.stdout.contains("kind,entities"),
        "ran past the error: {}",
        r.stdout
    );

    let r = seedkb(&db, &["check"], None);
    assert_eq!(r.code, 3);
    assert!(r.stdout.contains("damaged entity record"), "{}", r.stdout);

    let r = seedkb(&db, &["dump"], None);
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(r.stderr.contains("the dump is incomplete"), "{}", r.stderr);
    let lines: Vec<&str> = r.stdout.lines().collect();
    let all = good.stdout.lines().count();
    // Everything about 义县 is lost (its name is unreadable), the rest is there.
    assert!(lines.len() > all * 3 / 4, "{} of {all} lines", lines.len());
    for l in &lines {
        serde_json::from_str::<serde_json::Value>(l).expect("each saved line is JSON");
    }
    assert!(r.stdout.contains("\"subject\":\"锦州市\""));
    assert!(!r.stdout.contains("\"subject\":\"义县\""));
}

/// Damages one file of the database directory.
fn damage_file(db: &Path, how: &str) {
    let log = db.join("db");
    let len = std::fs::metadata(&log).map(|m| m.len()).unwrap_or(0);
    match how {
        "truncate log to 0" => std::fs::File::create(&log).map(|_| ()).unwrap(),
        "truncate log to 100 bytes" => {
            let f = std::fs::OpenOptions::new().write(true).open(&log).unwrap();
            f.set_len(100).unwrap()
        }
        "truncate log to half" => {
            let f = std::fs::OpenOptions::new().write(true).open(&log).unwrap();
            f.set_len(len / 2).unwrap()
        }
        "delete log" => std::fs::remove_file(&log).unwrap(),
        "delete log and snapshot" => {
            for e in std::fs::read_dir(db).unwrap() {
                let p = e.unwrap().path();
                let n = p.file_name().unwrap().to_string_lossy().to_string();
                if n == "db" || n.starts_with("snap.") {
                    std::fs::remove_file(p).unwrap();
                }
            }
        }
        "log is a directory" => {
            std::fs::remove_file(&log).unwrap();
            std::fs::create_dir(&log).unwrap();
        }
        "overwrite snapshot" => {
            for e in std::fs::read_dir(db).unwrap() {
                let p = e.unwrap().path();
                if p.file_name()
                    .unwrap()
                    .to_string_lossy()
                    .starts_with("snap.")
                {
                    std::fs::write(&p, vec![0x5a; 300]).unwrap();
                }
            }
        }
        "database path is a file" => {
            std::fs::remove_dir_all(db).unwrap();
            std::fs::write(db, b"not a database").unwrap();
        }
        other => {
            // "overwrite N": 4 KiB of a fixed pattern at N/8 of the log.
            let n: u64 = other.strip_prefix("overwrite ").unwrap().parse().unwrap();
            use std::io::{Seek, SeekFrom};
            let mut f = std::fs::OpenOptions::new().write(true).open(&log).unwrap();
            f.seek(SeekFrom::Start(len * n / 8)).unwrap();
            let junk: Vec<u8> = (0..4096u32).map(|i| (i * 7919 % 251) as u8).collect();
            f.write_all(&junk).unwrap();
        }
    }
}

#[test]
fn damaged_files_give_a_clear_error_or_the_right_answers_never_a_panic() {
    let (dir, pristine) = seeded();
    let expected = answers(&pristine);
    let mut cases: Vec<String> = [
        "truncate log to 0",
        "truncate log to 100 bytes",
        "truncate log to half",
        "delete log",
        "delete log and snapshot",
        "log is a directory",
        "overwrite snapshot",
        "database path is a file",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    cases.extend((0..8).map(|n| format!("overwrite {n}")));
    let mut errors = 0;
    for (i, case) in cases.iter().enumerate() {
        let db = dir.path().join(format!("copy{i}"));
        common::copy_dir(&pristine, &db);
        damage_file(&db, case);
        let r = seedkb(&db, &["--format", "csv", "-e", QUERIES[0]], None);
        match r.code {
            0 => {
                // It opens: then every query either gives the right answer
                // or a clear storage error (damage found on the way).
                for (q, want) in QUERIES.iter().zip(&expected) {
                    let a = seedkb(&db, &["--format", "csv", "-e", q], None);
                    match a.code {
                        0 => assert_eq!(&a.stdout, want, "{case}: {q}: wrong answer, no error"),
                        3 => assert!(a.stderr.contains("is damaged"), "{case}: {}", a.stderr),
                        c => panic!("{case}: {q}: exit {c}: {}", a.stderr),
                    }
                }
                // check and dump tell the truth about it too.
                let c = seedkb(&db, &["check"], None);
                let d = seedkb(&db, &["dump"], None);
                assert!(matches!(c.code, 0 | 3) && matches!(d.code, 0 | 3), "{case}");
                if d.code == 3 {
                    assert!(
                        d.stderr.contains("dump is incomplete"),
                        "{case}: {}",
                        d.stderr
                    );
                    // A dump that fails means damage check must see too.
                    assert_eq!(c.code, 3, "{case}: check passed, dump failed");
                }
                eprintln!("{case}: check: {}", c.stdout.lines().next().unwrap_or(""));
            }
            3 => {
                errors += 1;
                assert!(
                    r.stderr.starts_with("error: storage error:")
                        && r.stderr.contains(&*db.display().to_string()),
                    "{case}: {}",
                    r.stderr
                );
                assert!(r.stdout.is_empty(), "{case}: printed results and failed");
            }
            // A path that is a file is refused at the boundary, before sled
            // could write beside it: a usage error naming the path.
            2 if case == "database path is a file" => {
                errors += 1;
                assert!(
                    r.stderr.contains("is a file, not a database directory")
                        && r.stderr.contains(&*db.display().to_string()),
                    "{case}: {}",
                    r.stderr
                );
                assert!(r.stdout.is_empty(), "{case}: printed results and failed");
                assert_eq!(
                    std::fs::read(&db).unwrap(),
                    b"not a database",
                    "{case}: the file was changed"
                );
            }
            c => panic!("{case}: exit {c}: {}", r.stderr),
        }
        // Half the log may hold all of it: the packed layout writes the
        // seeded database in a few hundred sled keys, and sled then reads
        // every fact back (checked above: right answers, clean check).
        if (case.starts_with("truncate") && case != "truncate log to half")
            || case.starts_with("delete")
        {
            assert_eq!(r.code, 3, "{case} must be reported: {}", r.stderr);
        }
        if case == "delete log and snapshot" {
            // Not mistaken for a new database and seeded over.
            assert!(r.stderr.contains("no seedkb data"), "{}", r.stderr);
        }
    }
    assert!(
        errors >= 6,
        "only {errors} of {} damages were noticed",
        cases.len()
    );
}

fn is_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .map(|s| {
            s.lines()
                .any(|l| l.starts_with("Uid:") && l.split_whitespace().nth(2) == Some("0"))
        })
        .unwrap_or(false)
}

/// Permission bits do not stop root (CI runs as root), so as root this
/// mounts a read-only file system in a private mount namespace instead;
/// as another user it takes the write bits away.
#[test]
fn a_read_only_database_is_a_clear_error() {
    let (dir, db) = seeded();
    if is_root() {
        let ro = dir.path().join("ro");
        std::fs::create_dir(&ro).unwrap();
        let bin = env!("CARGO_BIN_EXE_seedkb");
        let script = format!(
            "mount -t tmpfs -o size=64m tmpfs {ro} && cp -r {db} {ro}/db && \
             mount -o remount,ro {ro} && {bin} --db {ro}/db -e kinds; echo \"rc=$?\"; \
             {bin} --db {ro}/new -e kinds; echo \"rc=$?\"",
            ro = ro.display(),
            db = db.display()
        );
        let out = Command::new("unshare")
            .args(["-m", "sh", "-c", &script])
            .output();
        let Some(out) = out.ok().filter(|o| o.status.success()) else {
            eprintln!("note: no mount namespace here; read-only file system not tested");
            return;
        };
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(stdout.matches("rc=3").count(), 2, "{stdout}{stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert!(
            stderr.contains("cannot open database") && stderr.contains("Read-only file system"),
            "{stderr}"
        );
        assert!(stderr.contains("cannot create"), "{stderr}");
    } else {
        use std::os::unix::fs::PermissionsExt;
        for e in std::fs::read_dir(&db).unwrap() {
            let p = e.unwrap().path();
            std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o444)).unwrap();
        }
        std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o555)).unwrap();
        let r = seedkb(&db, &["-e", "kinds"], None);
        std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o755)).unwrap();
        assert_eq!(r.code, 3, "{}", r.stderr);
        assert!(r.stderr.contains("Permission denied"), "{}", r.stderr);
    }
}

#[test]
fn another_schema_version_is_refused_with_exit_3() {
    let (_dir, db) = seeded();
    tamper(&db, |_| {
        vec![(
            Space::Meta,
            b"schema_version".to_vec(),
            Some(99u32.to_be_bytes().to_vec()),
        )]
    });
    let r = seedkb(&db, &["check"], None);
    assert_eq!(r.code, 3);
    assert!(r.stderr.contains("has schema version 99"), "{}", r.stderr);
}

// ───────────────────────── bad input files ─────────────────────────

const DOC: &str = "甲县位于锦州市。\n甲县获得拨款2.4亿元，用于修路。\n乙镇属于甲县。\n";

/// Loads `files` (name, content) into a seeded database and expects the
/// load to fail naming `file:line` and `words`, with the store unchanged.
fn load_fails(files: &[(&str, &str)], at: &str, words: &[&str]) {
    let (dir, db) = seeded();
    let before = seedkb(&db, &["dump"], None).stdout;
    std::fs::write(dir.path().join("doc.txt"), DOC).unwrap();
    let mut args = vec!["load".to_string()];
    for (name, content) in files {
        let p = dir.path().join(name);
        std::fs::write(&p, content).unwrap();
        args.push(p.display().to_string());
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let r = seedkb(&db, &args, None);
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    let at = format!("{}{at}", dir.path().display().to_string() + "/");
    assert!(r.stderr.contains(&at), "no '{at}' in:\n{}", r.stderr);
    for w in words {
        assert!(r.stderr.contains(w), "no '{w}' in:\n{}", r.stderr);
    }
    assert!(r.stdout.is_empty(), "{}", r.stdout);
    assert_eq!(
        seedkb(&db, &["dump"], None).stdout,
        before,
        "the store changed"
    );
    assert_eq!(seedkb(&db, &["check"], None).code, 0);
}

const HEADER: &str = "[document]\nfile = \"doc.txt\"\n\n[[entity]]\nname = \"甲县\"\nkind = \"county\"\nquote = \"甲县位于锦州市\"\n";

fn toml_with(extra: &str) -> String {
    format!("{HEADER}\n{extra}")
}

#[test]
fn fact_file_errors_name_file_and_line_and_change_nothing() {
    // Line 9: not TOML.
    load_fails(
        &[("a.facts.toml", &toml_with("[[fact]\nsubject = 1\n"))],
        "a.facts.toml:9:",
        &["invalid table header"],
    );
    let fact = |body: &str| toml_with(&format!("[[fact]]\nsubject = \"甲县\"\n{body}"));
    // Line 9 is where the [[fact]] starts.
    load_fails(
        &[(
            "a.facts.toml",
            &fact(
                "attribute = \"grant\"\nquantity = \"2.4亿斤\"\nquote = \"甲县获得拨款2.4亿元\"\n",
            ),
        )],
        "a.facts.toml:9:",
        &["quantity '2.4亿斤' is not in its quote"],
    );
    load_fails(
        &[(
            "a.facts.toml",
            &fact("attribute = \"weight\"\nquantity = \"5斤\"\nquote = \"5斤\"\n"),
        )],
        "a.facts.toml:9:",
        &["quote is not in doc.txt"],
    );
    load_fails(
        &[(
            "a.facts.toml",
            &fact("attribute = \"grant\"\nquantity = \"2.4亿元\"\nquote = \"甲县获得拨款3亿元\"\n"),
        )],
        "a.facts.toml:9:",
        &["quote is not in doc.txt: \"甲县获得拨款3亿元\""],
    );
    load_fails(
        &[(
            "a.facts.toml",
            &fact("attribute = \"located_in\"\nref = \"丙市\"\nquote = \"甲县位于锦州市\"\n"),
        )],
        "a.facts.toml:9:",
        &["ref '丙市' is not an entity name"],
    );
    load_fails(
        &[(
            "a.facts.toml",
            &toml_with("[[entity]]\nname = \"甲县\"\nkind = \"town\"\nquote = \"乙镇属于甲县\"\n"),
        )],
        "a.facts.toml:9:",
        &["'甲县' is already used by '甲县' (line 4)"],
    );
    load_fails(
        &[("a.facts.toml", &toml_with("[[fact]]\nsubject = \"丁村\"\nattribute = \"grant\"\nquantity = \"2.4亿元\"\nquote = \"甲县获得拨款2.4亿元\"\n"))],
        "a.facts.toml:9:",
        &["subject '丁村' is not an entity name"],
    );
}

#[test]
fn conflicts_with_the_store_name_file_and_line_and_change_nothing() {
    // 义县 is a county in the seed; here it is said to be a town.
    let src = "[document]\nfile = \"doc.txt\"\n\n[[entity]]\nname = \"乙镇\"\nkind = \"town\"\nquote = \"乙镇属于甲县\"\n\n[[entity]]\nname = \"义县\"\nkind = \"town\"\nquote = \"甲县位于锦州市\"\n";
    load_fails(
        &[("a.facts.toml", src)],
        "a.facts.toml:10:",
        &["'义县' is a town here but a county already"],
    );
    // An alias that already names another entity (锦州 is 锦州市's).
    let src = "[document]\nfile = \"doc.txt\"\n\n[[entity]]\nname = \"甲县\"\nkind = \"county\"\naliases = [\"锦州\"]\nquote = \"甲县位于锦州市\"\n";
    load_fails(
        &[("a.facts.toml", src)],
        "a.facts.toml:7:",
        &["alias '锦州' of '甲县' already names '锦州市'"],
    );
    let doc = "{\"document\":\"doc.txt\",\"content\":\"甲县位于锦州市。\"}\n";
    let src = format!("{doc}{{\"subject\":\"义县\",\"attribute\":\"kind\",\"value\":\"city\",\"doc\":\"doc.txt\",\"quote\":\"甲县位于锦州市\"}}\n");
    load_fails(
        &[("a.jsonl", &src)],
        "a.jsonl:2:",
        &["'义县' is a city here but a county already"],
    );
}

#[test]
fn dump_errors_name_file_and_line_and_change_nothing() {
    let doc = "{\"document\":\"doc.txt\",\"content\":\"甲县位于锦州市。甲县获得拨款2.4亿元。\"}\n";
    let kind = "{\"subject\":\"甲县\",\"attribute\":\"kind\",\"value\":\"county\",\"doc\":\"doc.txt\",\"quote\":\"甲县位于锦州市\"}\n";
    let line = |body: &str| {
        format!("{doc}{kind}{{\"subject\":\"甲县\",{body},\"doc\":\"doc.txt\",\"quote\":\"甲县获得拨款2.4亿元\"}}\n")
    };
    load_fails(
        &[("a.jsonl", &format!("{doc}{kind}{{\"subject\": 甲县}}\n"))],
        "a.jsonl:3:",
        &["not valid JSON"],
    );
    load_fails(
        &[(
            "a.jsonl",
            &line("\"attribute\":\"grant\",\"value\":240000000,\"unit\":\"斤\""),
        )],
        "a.jsonl:3:",
        &["unknown unit '斤'", "CNY"],
    );
    load_fails(
        &[(
            "a.jsonl",
            &line("\"attribute\":\"located_in\",\"value\":{\"ref\":\"丙市\"}"),
        )],
        "a.jsonl:3:",
        // The words a fact file gets for the same mistake (one validation
        // for every format).
        &["ref '丙市' is not an entity name"],
    );
    let bad_quote = format!("{doc}{kind}{{\"subject\":\"甲县\",\"attribute\":\"grant\",\"value\":1,\"unit\":\"CNY\",\"doc\":\"doc.txt\",\"quote\":\"不在文中\"}}\n");
    load_fails(
        &[("a.jsonl", &bad_quote)],
        "a.jsonl:3:",
        &["quote is not in doc.txt: \"不在文中\""],
    );
    let twice = format!("{doc}{kind}{}", kind.replace("county", "town"));
    load_fails(
        &[("a.jsonl", &twice)],
        "a.jsonl:3:",
        &["'甲县' is a town here but a county on line 2"],
    );
    // A good file and a bad one in one load: neither reaches the store.
    let good = format!("{doc}{kind}");
    load_fails(
        &[
            ("good.jsonl", &good),
            ("bad.jsonl", &format!("{doc}{kind}not json\n")),
        ],
        "bad.jsonl:3:",
        &["not valid JSON"],
    );
}

#[test]
fn a_dump_round_trips_entities_with_several_documents() {
    let (dir, db) = seeded();
    let two = "{\"document\":\"a.txt\",\"content\":\"甲县在此。\"}\n{\"document\":\"b.txt\",\"content\":\"甲县也在此。\"}\n\
        {\"subject\":\"甲县\",\"attribute\":\"kind\",\"value\":\"county\",\"doc\":\"a.txt\",\"quote\":\"甲县在此\"}\n\
        {\"subject\":\"甲县\",\"attribute\":\"kind\",\"value\":\"county\",\"doc\":\"b.txt\",\"quote\":\"甲县也在此\"}\n";
    let p = dir.path().join("two.jsonl");
    std::fs::write(&p, two).unwrap();
    assert_eq!(seedkb(&db, &["load", p.to_str().unwrap()], None).code, 0);
    let dump = seedkb(&db, &["dump"], None).stdout;
    assert_eq!(
        dump.matches("\"subject\":\"甲县\",\"attribute\":\"kind\"")
            .count(),
        2,
        "{dump}"
    );
    let p2 = dir.path().join("again.jsonl");
    std::fs::write(&p2, &dump).unwrap();
    let db2 = dir.path().join("db2");
    assert_eq!(
        seedkb(&db2, &["--no-seeds", "load", p2.to_str().unwrap()], None).code,
        0
    );
    let mut a: Vec<&str> = dump.lines().collect();
    let dump2 = seedkb(&db2, &["dump"], None).stdout;
    let mut b: Vec<&str> = dump2.lines().collect();
    a.sort();
    b.sort();
    assert_eq!(a, b, "nothing is lost in a round trip");
}

// ───────────────────────── standard input ─────────────────────────

#[test]
fn bad_stdin_lines_fail_alone_and_the_rest_runs() {
    let (_dir, db) = seeded();
    let mut input = Vec::new();
    input.extend_from_slice(b"count funding\r\n");
    input.extend_from_slice(b"show \xff\xfe\n");
    input.extend_from_slice(b"kinds\0\n");
    input.extend(std::iter::repeat_n(b'x', 10 * 1024 * 1024));
    input.push(b'\n');
    input.extend_from_slice(format!("show {}\n", "义".repeat(30_000)).as_bytes());
    // Just over the limit: refused by the parser, not the line reader.
    input.extend_from_slice(format!("show {}\n", "x".repeat(65_532)).as_bytes());
    input.extend_from_slice(
        format!(
            "funding where {}amount > 1{}\n",
            "(".repeat(100),
            ")".repeat(100)
        )
        .as_bytes(),
    );
    input.extend_from_slice(b"count projects\r\n");
    let r = seedkb(
        &db,
        &["--format", "csv", "--envelope", "never"],
        Some(&input),
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_eq!(
        r.stdout, "count\n10\ncount\n5\n",
        "the good lines ran, CRLF or not"
    );
    for expected in [
        "stdin:2: error: not valid UTF-8",
        "stdin:3: error: the line contains a NUL byte",
        "stdin:4: error: the line is 10485761 bytes long",
        "stdin:5: error: the line is 90006 bytes long",
        "query is too long (65537 bytes; the limit is 65536)",
        "nesting deeper than 64 levels",
    ] {
        assert!(
            r.stderr.contains(expected),
            "no '{expected}' in {}",
            &r.stderr[..r.stderr.len().min(3000)]
        );
    }
    assert!(
        r.stderr.len() < 8000,
        "errors are short, not echoes of huge lines"
    );
    // --bail stops at the first bad line.
    let r = seedkb(
        &db,
        &["--bail", "--format", "csv", "--envelope", "never"],
        Some(&input),
    );
    assert_eq!(r.code, 1);
    assert_eq!(r.stdout, "count\n10\n");
}

#[test]
fn a_runaway_match_is_stopped_with_an_error() {
    let (_dir, db) = seeded();
    let r = seedkb(
        &db,
        &["-e", "match ?a kind ?k, ?b kind ?l, ?c kind ?m"],
        None,
    );
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.contains("this match tries more than"),
        "{}",
        r.stderr
    );
    let many = (0..17)
        .map(|i| format!("?a{i} kind ?k"))
        .collect::<Vec<_>>()
        .join(", ");
    let r = seedkb(&db, &["-e", &format!("match {many}")], None);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("at most 16 patterns"), "{}", r.stderr);
}

// ───────────────────────── snapshots and full disks ─────────────────────────

/// A seeded database that has a snapshot file (sled writes one when an
/// open finds the log ahead of the last one).
fn with_snapshot(db: &Path) -> PathBuf {
    for _ in 0..3 {
        if let Some(s) = snapshot_of(db) {
            return s;
        }
        assert_eq!(seedkb(db, &["-e", "kinds"], None).code, 0);
    }
    panic!("no snapshot file in {}", db.display())
}

fn snapshot_of(db: &Path) -> Option<PathBuf> {
    std::fs::read_dir(db)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("snap.")
        })
}

#[test]
fn an_unreadable_snapshot_is_set_aside_and_every_fact_is_still_there() {
    let (dir, pristine) = seeded();
    let expected = answers(&pristine);
    let dump = seedkb(&pristine, &["dump"], None).stdout;
    with_snapshot(&pristine);
    let cases = [
        "empty",
        "truncated",
        "bit flipped",
        "empty .generating beside it",
        "half-written .generating beside it",
    ];
    for (i, case) in cases.iter().enumerate() {
        let db = dir.path().join(format!("snap{i}"));
        common::copy_dir(&pristine, &db);
        let s = snapshot_of(&db).unwrap();
        let snap_name = s.file_name().unwrap().to_string_lossy().to_string();
        let bytes = std::fs::read(&s).unwrap();
        let generating = db.join(format!("{snap_name}.generating"));
        match *case {
            "empty" => std::fs::write(&s, b"").unwrap(),
            "truncated" => std::fs::write(&s, &bytes[..bytes.len() / 2]).unwrap(),
            "bit flipped" => {
                let mut b = bytes.clone();
                b[bytes.len() / 3] ^= 0x10;
                std::fs::write(&s, b).unwrap()
            }
            "empty .generating beside it" => std::fs::write(&generating, b"").unwrap(),
            _ => std::fs::write(&generating, &bytes[..bytes.len() - 5]).unwrap(),
        }
        let c = seedkb(&db, &["check"], None);
        assert_eq!(c.code, 0, "{case}: {}{}", c.stdout, c.stderr);
        assert!(
            c.stderr.starts_with("warning: database ")
                && c.stderr.contains("was unreadable; moved it to")
                && c.stderr.contains("seedkb-quarantine"),
            "{case}: {}",
            c.stderr
        );
        assert!(c.stdout.contains("set aside"), "{case}: {}", c.stdout);
        assert_eq!(answers(&db), expected, "{case}");
        let again = seedkb(&db, &["dump"], None);
        assert_eq!(again.stdout, dump, "{case}");
        assert!(
            again.stderr.is_empty(),
            "{case}: said twice: {}",
            again.stderr
        );
        assert_eq!(
            std::fs::read_dir(db.join("seedkb-quarantine"))
                .unwrap()
                .count(),
            1,
            "{case}"
        );
    }
}

/// Unmounts when dropped, so that a failing test leaves no mount behind.
struct Mount(PathBuf);

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).status();
    }
}

/// A small tmpfs at `at`, or None (with a note) where mounting is not
/// allowed.
fn small_fs(at: &Path, size: &str) -> Option<Mount> {
    std::fs::create_dir_all(at).unwrap();
    let ok = is_root()
        && Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(at)
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
    if !ok {
        eprintln!("note: cannot mount a tmpfs here (not root?); full-disk test skipped");
        return None;
    }
    Some(Mount(at.to_path_buf()))
}

/// The bytes free on the file system holding `at`.
fn free_bytes(at: &Path) -> u64 {
    let df = Command::new("df")
        .args(["-B1", "--output=avail"])
        .arg(at)
        .output()
        .unwrap();
    String::from_utf8_lossy(&df.stdout)
        .lines()
        .last()
        .and_then(|l| l.trim().parse().ok())
        .expect("df gives the free bytes")
}

#[test]
fn a_full_disk_fails_cleanly_and_never_bricks_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let small = dir.path().join("small");
    let Some(_mount) = small_fs(&small, "20m") else {
        return;
    };
    let db = small.join("db");
    assert_eq!(seedkb(&db, &["-e", "kinds"], None).code, 0);
    with_snapshot(&db);
    let expected = answers(&db);
    let dump = seedkb(&db, &["dump"], None).stdout;
    // ~12 MB of database (schema 11; 30,000 facts were ~12 MB in schema
    // 6 and fitted in schema 11): with the filler below, it cannot fit.
    let big = dir.path().join("big.jsonl");
    let g = seedkb(
        &db,
        &["generate", "--facts", "80000", "-o", big.to_str().unwrap()],
        None,
    );
    assert_eq!(g.code, 0, "{}", g.stderr);
    let filler = small.join("filler");
    std::fs::write(&filler, vec![0u8; 12 << 20]).unwrap();

    let r = seedkb(&db, &["load", big.to_str().unwrap()], None);
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("no space left on the device while writing database")
            && r.stderr.contains("changes nothing")
            && !r.stderr.contains("Os {"),
        "{}",
        r.stderr
    );
    // The failed load may have left some room (the packed layout's rollback
    // rewrites few keys): fill what is left, so the disk is still full.
    let top = small.join("filler-top");
    let _ = std::fs::write(&top, vec![0u8; free_bytes(&small) as usize]);
    // Still full: every command either needs no room (sled had nothing to
    // write on opening: the packed layout leaves little to replay) and
    // answers right, or fails the same clear way; never "damaged".
    for args in [&["check"][..], &["dump"], &["-e", "kinds"]] {
        let r = seedkb(&db, args, None);
        if r.code == 0 {
            match args[0] {
                "check" => assert!(r.stdout.contains("ok:"), "{}", r.stdout),
                "dump" => assert_eq!(r.stdout, dump),
                _ => assert!(r.stdout.contains("entities"), "{}", r.stdout),
            }
            continue;
        }
        assert_eq!(r.code, 3, "{args:?}: {}", r.stderr);
        assert!(
            r.stderr.contains("no space left on the device") && !r.stderr.contains("damaged"),
            "{args:?}: {}",
            r.stderr
        );
    }
    // Space again: everything is back, with no help.
    std::fs::remove_file(&filler).unwrap();
    let _ = std::fs::remove_file(&top);
    let c = seedkb(&db, &["check"], None);
    assert_eq!(c.code, 0, "{}{}", c.stdout, c.stderr);
    assert_eq!(answers(&db), expected);
    assert_eq!(seedkb(&db, &["dump"], None).stdout, dump);
    // Room to open but not for the copy: compact refuses, changes nothing.
    let avail = free_bytes(&small);
    // (The seeds compacted take ~0.2 MB since schema 11.)
    std::fs::write(&filler, vec![0u8; avail.saturating_sub(100_000) as usize]).unwrap();
    let r = seedkb(&db, &["compact"], None);
    assert_eq!(r.code, 3, "{}{}", r.stdout, r.stderr);
    assert!(
        r.stderr.contains("no space left on the device") && r.stderr.contains("unchanged"),
        "{}",
        r.stderr
    );
    std::fs::remove_file(&filler).unwrap();
    assert_eq!(seedkb(&db, &["dump"], None).stdout, dump);
    let left: Vec<_> = std::fs::read_dir(&small).unwrap().collect();
    assert_eq!(left.len(), 1, "only the database: {left:?}");
}

/// Every state an interrupted `seedkb compact` can leave opens as the
/// whole database, and the copies it leaves are cleaned up.
#[test]
fn an_interrupted_compaction_is_finished_or_undone_on_the_next_open() {
    let (dir, pristine) = seeded();
    let expected = answers(&pristine);
    let with = |n: &str, s: &str| dir.path().join(format!("{n}.seedkb-compact-{s}"));
    // Between the two renames: the old one moved aside, the copy complete.
    let db = dir.path().join("a");
    common::copy_dir(&pristine, &with("a", "new"));
    common::copy_dir(&pristine, &with("a", "old"));
    let r = seedkb(&db, &["check"], None);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(r.stderr.contains("finished a compaction"), "{}", r.stderr);
    assert_eq!(answers(&db), expected);
    // Only the old one there (the copy lost): it is put back.
    let db = dir.path().join("b");
    common::copy_dir(&pristine, &with("b", "old"));
    let r = seedkb(&db, &["check"], None);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(r.stderr.contains("undid a compaction"), "{}", r.stderr);
    assert_eq!(answers(&db), expected);
    // The database in place, a half-written and a complete copy beside it.
    let db = dir.path().join("c");
    common::copy_dir(&pristine, &db);
    common::copy_dir(&pristine, &with("c", "tmp"));
    common::copy_dir(&pristine, &with("c", "new"));
    assert_eq!(answers(&db), expected);
    let left: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|n| n.contains("compact"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
    // The engine made an empty database in its place between the two
    // renames (another process opening it then): damage, reported with
    // the copy to restore, which is kept.
    let db = dir.path().join("d");
    drop(sled::Config::new().path(&db).open().unwrap());
    common::copy_dir(&pristine, &with("d", "old"));
    let r = seedkb(&db, &["check"], None);
    assert_ne!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(
        r.stderr.contains("is damaged") && r.stderr.contains("d.seedkb-compact-old"),
        "{}",
        r.stderr
    );
    assert!(with("d", "old").is_dir());
    std::fs::remove_dir_all(&db).unwrap();
    std::fs::rename(with("d", "old"), &db).unwrap();
    assert_eq!(answers(&db), expected);
}

// ───────────────────────── unhelpful errors, small oddities ─────────────────────────

/// Loads one file of raw bytes; expects exit 1, the store unchanged, and
/// the error to contain every one of `words`.
fn load_bytes_fails(db: &Path, dir: &Path, name: &str, bytes: &[u8], words: &[&str]) -> String {
    let before = seedkb(db, &["dump"], None).stdout;
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    let r = seedkb(db, &["load", p.to_str().unwrap()], None);
    assert_eq!(r.code, 1, "{name}: {}{}", r.stdout, r.stderr);
    for w in words {
        assert!(r.stderr.contains(w), "{name}: no '{w}' in:\n{}", r.stderr);
    }
    assert_eq!(seedkb(db, &["dump"], None).stdout, before, "{name}");
    r.stderr
}

#[test]
fn files_that_are_not_utf8_say_where_and_what_they_look_like() {
    let (dir, db) = seeded();
    let d = dir.path();
    // 甲县获得拨款2.4亿元。 in GBK.
    let gbk: &[u8] = &[
        0xBC, 0xD7, 0xCF, 0xD8, 0xBB, 0xF1, 0xB5, 0xC3, 0xB2, 0xA6, 0xBF, 0xEE, b'2', b'.', b'4',
        0xD2, 0xDA, 0xD4, 0xAA, 0xA1, 0xA3, b'\n',
    ];
    load_bytes_fails(
        &db,
        d,
        "gbk.txt",
        gbk,
        &[
            "gbk.txt:1:1: byte 0xBC is not UTF-8",
            "GBK",
            "iconv -f GB18030 -t UTF-8",
        ],
    );
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(
        "甲县获得拨款2.4亿元。\n"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes()),
    );
    load_bytes_fails(
        &db,
        d,
        "u16.txt",
        &utf16,
        &["u16.txt:1:1:", "UTF-16", "iconv -f UTF-16"],
    );
    let binary: Vec<u8> = (0..3000u32).map(|i| (i * 7919 % 251) as u8).collect();
    load_bytes_fails(&db, d, "bin.txt", &binary, &["bin.txt:1:", "binary data"]);
    let mut jsonl =
        b"{\"subject\":\"x\",\"attribute\":\"kind\",\"value\":\"county\"}\n\n{\"subject\":\""
            .to_vec();
    jsonl.extend_from_slice(&gbk[..4]);
    jsonl.extend_from_slice(b"\",\"attribute\":\"kind\",\"value\":\"county\"}\n");
    load_bytes_fails(
        &db,
        d,
        "gbk.jsonl",
        &jsonl,
        &[
            "gbk.jsonl:3:13: byte 0xBC",
            "GBK",
            "iconv -f GB18030 -t UTF-8",
        ],
    );
}

#[test]
fn a_huge_number_is_not_echoed_whole() {
    let (dir, db) = seeded();
    let digits = "9".repeat(100_000);
    let line = format!(
        "{{\"subject\":\"甲县\",\"attribute\":\"amount\",\"value\":{digits},\"unit\":\"CNY\"}}\n"
    );
    let err = load_bytes_fails(
        &db,
        dir.path(),
        "big.jsonl",
        line.as_bytes(),
        &["big.jsonl:1:", "is too large", "[100002 characters]"],
    );
    assert!(err.len() < 1000, "{} bytes of error", err.len());
    std::fs::write(dir.path().join("doc.txt"), DOC).unwrap();
    let toml = toml_with(&format!(
        "[[fact]]\nsubject = \"甲县\"\nattribute = \"amount\"\nquantity = \"{digits}亿元\"\nquote = \"甲县获得拨款\"\n"
    ));
    let err = load_bytes_fails(
        &db,
        dir.path(),
        "big.facts.toml",
        toml.as_bytes(),
        &["big.facts.toml:"],
    );
    assert!(
        err.len() < 2000,
        "{} bytes of error:\n{}",
        err.len(),
        &err[..2000]
    );
}

#[test]
fn a_bom_a_nameless_file_and_a_range_written_backwards() {
    let (dir, db) = seeded();
    let bom = dir.path().join("bom.txt");
    std::fs::write(
        &bom,
        "\u{feff}甲县位于锦州市。甲县获得拨款400亿元至1亿元，用于修路。\n",
    )
    .unwrap();
    let r = seedkb(&db, &["load", bom.to_str().unwrap()], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let dump = seedkb(&db, &["dump"], None).stdout;
    assert!(!dump.contains('\u{feff}'), "a BOM in the dump");
    let found = seedkb(&db, &["-e", "find 甲县"], None);
    assert!(found.stdout.contains("甲县位于锦州市") && !found.stdout.contains('\u{feff}'));
    // The whole range, in the order it was written, not just its tail.
    let amount = dump
        .lines()
        .find(|l| l.contains("\"upper\"") && l.contains("bom.txt"))
        .expect("the amount");
    let v: serde_json::Value = serde_json::from_str(amount).unwrap();
    assert_eq!(v["value"], serde_json::json!(100_000_000u64), "{amount}");
    assert_eq!(v["upper"], serde_json::json!(40_000_000_000u64), "{amount}");
    assert_eq!(v["text"], "400亿元至1亿元");
    let q = seedkb(&db, &["--format", "csv", "-e", "show 甲县"], None);
    assert!(
        q.stdout.contains("400亿元至1亿元"),
        "{}{}",
        q.stdout,
        q.stderr
    );
    // A file called just `.txt`.
    let err = load_bytes_fails(
        &db,
        dir.path(),
        ".txt",
        "甲县。".as_bytes(),
        &["'.txt' is all extension and no name", "news.txt"],
    );
    assert!(!err.contains("unknown file type '.'"), "{err}");
}

/// One mistake, one message: a fact file and a dump that make the same
/// mistakes are told the same words (after their own `file:line:`).
#[test]
fn the_same_mistake_gets_the_same_words_from_a_fact_file_and_a_dump() {
    let toml = toml_with(
        "[[fact]]\nsubject = \"甲县\"\nattribute = \"LocatedIn\"\nref = \"丙市\"\nquote = \"不在文中\"\n",
    );
    let doc = format!(
        "{{\"document\":\"doc.txt\",\"content\":{}}}\n",
        serde_json::json!(DOC)
    );
    let jsonl = format!(
        "{doc}{{\"subject\":\"甲县\",\"attribute\":\"kind\",\"value\":\"county\",\"doc\":\"doc.txt\",\"quote\":\"甲县位于锦州市\"}}\n\
         {{\"subject\":\"甲县\",\"attribute\":\"LocatedIn\",\"value\":{{\"ref\":\"丙市\"}},\"doc\":\"doc.txt\",\"quote\":\"不在文中\"}}\n"
    );
    let (dir, db) = seeded();
    std::fs::write(dir.path().join("doc.txt"), DOC).unwrap();
    let mut said = Vec::new();
    for (name, content) in [("a.facts.toml", toml.as_str()), ("a.jsonl", jsonl.as_str())] {
        let p = dir.path().join(name);
        std::fs::write(&p, content).unwrap();
        let r = seedkb(&db, &["load", p.to_str().unwrap()], None);
        assert_eq!(r.code, 1, "{}", r.stderr);
        // The problems, without the file:line each begins with.
        let mut problems: Vec<String> = r
            .stderr
            .lines()
            .filter_map(|l| {
                let (_, rest) = l.split_once(&format!("{name}:"))?;
                let (line, message) = rest.split_once(": ")?;
                line.parse::<usize>().ok().map(|_| message.to_string())
            })
            .collect();
        problems.sort();
        said.push(problems);
    }
    assert_eq!(said[0].len(), 3, "{:?}", said[0]);
    assert_eq!(said[0], said[1]);
}
