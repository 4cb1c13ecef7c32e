//! Piped input and `seedkb test`, through the built binary: a trailing `\`
//! joins lines, an unfinished last query is an error (never dropped), empty
//! results print nothing but `[]` for JSON, and sqllogictest files pass,
//! fail with a diff, or are refused with their name.

mod common;

use common::Run;
use std::path::{Path, PathBuf};

/// A database of its own, seeded on first use.
struct Kb(tempfile::TempDir);

impl Kb {
    fn new() -> Kb {
        Kb(tempfile::tempdir().expect("temp dir"))
    }

    /// One whose database is made already (with no query's output), so
    /// that the first query's standard error has no note of it.
    fn made() -> Kb {
        let kb = Kb::new();
        kb.run(&[], "");
        kb
    }

    fn db(&self) -> PathBuf {
        self.0.path().join("db")
    }

    fn file(&self, name: &str, text: &str) -> PathBuf {
        let p = self.0.path().join(name);
        std::fs::write(&p, text).expect("write file");
        p
    }

    fn run(&self, args: &[&str], input: &str) -> Run {
        let mut c = common::command(&self.db());
        c.args(args).env_remove("SEEDKB_DB").env("NO_COLOR", "1");
        common::run(c, Some(input.as_bytes()))
    }
}

/// `help`, `exit` and `quit` (with or without `;`) mean in a script and
/// in `-e` what they mean in the shell: the help, and the end of the input;
/// they are no unknown kinds.
#[test]
fn the_shells_words_for_help_and_quit_work_in_scripts() {
    let kb = Kb::new();
    let help = kb.run(&["-e", "help"], "");
    assert_eq!(help.code, 0, "{}", help.stderr);
    assert!(help.stdout.contains("Dot-commands"), "{}", help.stdout);
    let quit = kb.run(&[], "count funding;\nquit;\nkinds\n");
    assert_eq!(quit.code, 0, "{}", quit.stderr);
    assert!(quit.stdout.contains("count"), "{}", quit.stdout);
    assert!(
        !quit.stdout.contains("entities"),
        "ran past quit: {}",
        quit.stdout
    );
}

#[test]
fn a_trailing_backslash_joins_lines() {
    let kb = Kb::new();
    let joined = kb.run(
        &["--format", "csv", "--envelope", "never"],
        "count funding where recipient = 义县 \\\n  and amount > 1亿元\ncount funding\n",
    );
    assert_eq!(joined.code, 0, "{}", joined.stderr);
    assert_eq!(joined.stdout, "count\n2\ncount\n10\n");
    let one_line = kb.run(
        &["--format", "csv"],
        "count funding where recipient = 义县 and amount > 1亿元\n",
    );
    assert_eq!(one_line.stdout, "count\n2\n");
}

#[test]
fn an_unfinished_last_query_is_an_error_not_dropped() {
    let kb = Kb::made();
    let out = kb.run(
        &["--format", "csv", "--envelope", "never"],
        "count funding\nfunding where \\\n",
    );
    assert_eq!(out.code, 1);
    assert_eq!(out.stdout, "count\n10\n", "the finished query still ran");
    assert!(
        out.stderr.starts_with("stdin:2: error: unfinished query"),
        "{}",
        out.stderr
    );
    // An open quote or bracket on the last line: the parser's error, with
    // the place and what was expected.
    let quote = kb.run(&[], "show \"义县\n");
    assert_eq!(quote.code, 1);
    assert!(
        quote
            .stderr
            .contains("stdin:1:6: error: unterminated string"),
        "{}",
        quote.stderr
    );
    let bracket = kb.run(&[], "funding where (amount > 1\n");
    assert_eq!(bracket.code, 1);
    assert!(
        bracket.stderr.contains("expected ')'"),
        "{}",
        bracket.stderr
    );
}

#[test]
fn a_bad_line_inside_a_continued_query_is_reported_with_both_lines() {
    let kb = Kb::new();
    let mut input = b"count funding \\\n".to_vec();
    input.extend_from_slice(b"\xff\xfe\ncount funding\n");
    let mut c = common::command(&kb.db());
    c.args(["--format", "csv", "--envelope", "never"])
        .env("NO_COLOR", "1");
    let out = common::run(c, Some(&input));
    let err = &out.stderr;
    assert_eq!(out.code, 1);
    assert!(err.contains("stdin:2: error: not valid UTF-8"), "{err}");
    assert!(err.contains("begun on line 1"), "{err}");
    assert_eq!(out.stdout, "count\n10\n");
}

/// A script's answers as plain tables read as a golden file is read: each
/// set off from the one before by a blank line, an empty answer and a
/// failed query a line of their own, so that the N-th block is the N-th
/// query's answer. (Before, an empty answer printed nothing and tables ran
/// into each other.) A lone empty answer still prints nothing.
#[test]
fn a_script_s_tables_are_one_block_per_query() {
    let kb = Kb::made();
    let out = kb.run(
        &[],
        "funding where amount > 1000亿元\ncount funding\nfunding wher x\n\
         counties list name\nprojects where total_investment > 1000亿元\n.sources\n",
    );
    assert_eq!(out.code, 1, "{}", out.stderr);
    let blocks: Vec<&str> = out.stdout.trim_end().split("\n\n").collect();
    assert_eq!(blocks.len(), 6, "{}", out.stdout);
    assert_eq!(blocks[0], "no rows");
    assert_eq!(blocks[1], "count\n-----\n   10");
    assert_eq!(blocks[2], "error (stdin:3)");
    assert!(out.stderr.contains("stdin:3:"), "{}", out.stderr);
    assert_eq!(blocks[3], "name\n----\n义县");
    assert_eq!(blocks[4], "no rows");
    assert!(blocks[5].starts_with("document"), "{}", blocks[5]);
    // One empty answer alone: nothing, as before.
    let lone = kb.run(&[], "funding where amount > 1000亿元\n");
    assert_eq!((lone.code, lone.stdout.as_str()), (0, ""));
    let lone_error = kb.run(&[], "funding wher x\n");
    assert_eq!((lone_error.code, lone_error.stdout.as_str()), (1, ""));
    // Several -e are a script too; CSV is left as it was.
    let e = kb.run(&["-e", "count funding", "-e", "count projects"], "");
    assert_eq!(e.stdout.matches("\n\n").count(), 1, "{}", e.stdout);
    let csv = kb.run(
        &["--format", "csv", "--envelope", "never"],
        "count funding\ncount funding\n",
    );
    assert_eq!(csv.stdout, "count\n10\ncount\n10\n");
}

#[test]
fn empty_results_print_nothing_on_a_pipe_but_json_says_empty() {
    let kb = Kb::new();
    let q = "funding where amount > 1000亿元\n";
    let table = kb.run(&[], q);
    assert_eq!((table.code, table.stdout.as_str()), (0, ""));
    let json = kb.run(&["--format", "json"], q);
    assert_eq!(json.stdout.trim(), "[]");
    let jsonl = kb.run(&["--format", "jsonl"], q);
    assert_eq!(jsonl.stdout, "");
    // CSV keeps its header: a reader still learns the columns, those of
    // the kind (as a found row's would be), not `name` alone.
    let csv = kb.run(&["--format", "csv"], q);
    let header: Vec<&str> = csv.stdout.trim_end().split(',').collect();
    assert_eq!(csv.stdout.lines().count(), 1, "{}", csv.stdout);
    assert_eq!(header[0], "name", "{}", csv.stdout);
    for column in ["source", "recipient", "amount", "purpose"] {
        assert!(header.contains(&column), "{column}: {}", csv.stdout);
    }
}

#[test]
fn tables_on_a_pipe_are_plain_with_nothing_extra() {
    let kb = Kb::new();
    let out = kb.run(&[], "sum amount of funding by recipient limit 2\n");
    assert_eq!(
        out.stdout,
        "recipient                             amount  left_out\n\
         ------------------------------  ------------  --------\n\
         义县                            87385.53万元         -\n\
         锦州阳光能源有限公司等16家企业      3.48亿元         -\n\
         note: sum over reported totals only (no rate); left out (column left_out): \
         1 每户, 1 每人, 1 每年; ask for them with `where modality = …` or `where per = …`\n"
    );
    // The same column in JSON: an array in every row, empty where nothing
    // was left out (a table's `-`), never null.
    let json = kb.run(
        &["--format", "json"],
        "sum amount of funding by recipient\n",
    );
    let rows: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let rows = rows.as_array().unwrap();
    assert!(
        rows.iter().all(|r| r["left_out"].is_array()),
        "{}",
        json.stdout
    );
    assert_eq!(
        rows[0]["left_out"],
        serde_json::json!([]),
        "{}",
        json.stdout
    );
    assert!(
        rows.iter().any(|r| r["left_out"][0]["per"] == "household"),
        "{}",
        json.stdout
    );
}

fn slt_pass() -> &'static str {
    "# answers a paper relies on\n\
     query I\n\
     count funding\n\
     ----\n\
     10\n\
     \n\
     query TQ?\n\
     sum amount of funding by recipient limit 2\n\
     ----\n\
     义县 87385.53万元 NULL\n\
     锦州阳光能源有限公司等16家企业 3.48亿元 NULL\n\
     \n\
     query error unknown attribute 'amont' \\(did you mean amount\\?\\)\n\
     funding where amont > 1\n\
     \n\
     query TT\n\
     columns kinds\n\
     ----\n\
     kind entities\n"
}

#[test]
fn seedkb_test_passes_a_file_of_right_answers() {
    let kb = Kb::new();
    let f = kb.file("paper.slt", slt_pass());
    let out = kb.run(&["test", f.to_str().expect("utf-8 path")], "");
    assert_eq!(out.code, 0, "{}\n{}", out.stdout, out.stderr);
    assert!(
        out.stdout.contains("paper.slt: 4 records, all passed"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.trim_end().ends_with("4 passed, 0 failed"),
        "{}",
        out.stdout
    );
}

#[test]
fn seedkb_test_fails_with_a_diff_and_exit_1() {
    let kb = Kb::new();
    let good = kb.file("good.slt", slt_pass());
    let bad = kb.file(
        "bad.slt",
        "query I\ncount funding\n----\n12\n\nquery I\ncount projects\n----\n5\n\n\
         query T\nshow 易县\n----\nx\n",
    );
    let out = kb.run(
        &[
            "test",
            good.to_str().expect("path"),
            bad.to_str().expect("path"),
        ],
        "",
    );
    assert_eq!(out.code, 1, "{}", out.stdout);
    // The diff: what was expected and what came.
    assert!(out.stdout.contains("12"), "{}", out.stdout);
    assert!(out.stdout.contains("10"), "{}", out.stdout);
    assert!(
        out.stdout.contains("bad.slt:1"),
        "the failing record's place: {}",
        out.stdout
    );
    // A query that errors where rows were expected shows the error.
    assert!(out.stdout.contains("did you mean 义县?"), "{}", out.stdout);
    assert!(
        out.stdout.contains("bad.slt: 2 of 3 records failed"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.trim_end().ends_with("5 passed, 2 failed"),
        "{}",
        out.stdout
    );
}

#[test]
fn seedkb_test_refuses_unreadable_files_by_name() {
    let kb = Kb::new();
    let missing = kb.0.path().join("nope.slt");
    let binary = kb.0.path().join("binary.slt");
    std::fs::write(&binary, b"query I\n\xff\xfe\n").expect("write");
    let bad_syntax = kb.file(
        "syntax.slt",
        "query I\ncount funding\n----\n11\n\nfrobnicate\n",
    );
    let args: Vec<&str> = vec!["test"];
    let paths: Vec<&Path> = vec![&missing, &binary, &bad_syntax];
    let mut all = args.clone();
    all.extend(paths.iter().map(|p| p.to_str().expect("path")));
    let out = kb.run(&all, "");
    assert_eq!(out.code, 1, "{}", out.stdout);
    assert!(out.stdout.contains("nope.slt"), "{}", out.stdout);
    assert!(
        out.stdout.contains("binary.slt: not valid UTF-8"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("syntax.slt"), "{}", out.stdout);
    assert!(
        out.stdout.contains("3 files could not be run"),
        "{}",
        out.stdout
    );
}

/// `columns QUERY` written as a record of its own (it is the query of a
/// `query T…` record) is refused with what to write instead, not only
/// sqllogictest's "invalid line".
#[test]
fn a_columns_line_outside_a_record_says_where_it_goes() {
    let kb = Kb::new();
    let file = kb.file("cols.slt", "columns counties list name\n");
    let out = kb.run(&["test", file.to_str().expect("path")], "");
    assert_eq!(out.code, 1, "{}", out.stdout);
    assert!(out.stdout.contains("invalid line"), "{}", out.stdout);
    assert!(
        out.stdout
            .contains("is the query of a record: write `query T…`"),
        "{}",
        out.stdout
    );
}

/// A note (here: no project has an `amount`) reaches a script in every
/// format: JSON, JSONL, CSV and TSV keep standard output parseable and say
/// it on standard error; an envelope carries it beside its answer. The
/// answer is still an answer: exit code 0.
#[test]
fn notes_reach_scripts_on_stderr_and_in_envelopes() {
    let kb = Kb::made();
    let q = "projects where amount > 1亿元\n";
    let note = "note: no project has the attribute amount";
    for format in ["json", "jsonl", "csv", "tsv"] {
        let out = kb.run(&["--format", format], q);
        assert_eq!(out.code, 0, "{format}: {}", out.stderr);
        // Named as an error on that line would be.
        assert!(
            out.stderr.starts_with(&format!("stdin:1: {note}")),
            "{format}: {}",
            out.stderr
        );
        assert!(!out.stdout.contains("note"), "{format}: {}", out.stdout);
    }
    let json = kb.run(&["--format", "json"], q);
    let rows: serde_json::Value = serde_json::from_str(&json.stdout).expect("JSON");
    assert_eq!(rows, serde_json::json!([]));
    // A table keeps it in its footer, on standard output, as before.
    let table = kb.run(&[], q);
    assert!(table.stdout.starts_with(note), "{}", table.stdout);
    assert_eq!(table.stderr, "");

    let two = format!("{q}count projects\n");
    let env = kb.run(&["--format", "jsonl"], &two);
    assert_eq!(env.code, 0, "{}", env.stderr);
    let lines: Vec<serde_json::Value> = env
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    let notes = lines[0]["notes"].as_array().expect("notes of the first");
    assert!(
        notes[0]
            .as_str()
            .unwrap()
            .starts_with(&note["note: ".len()..]),
        "{}",
        env.stdout
    );
    assert!(lines[1].get("notes").is_none(), "{}", env.stdout);
    let csv = kb.run(&["--format", "csv"], &two);
    assert!(
        csv.stdout
            .contains(&format!("1,0,note,{}", &note["note: ".len()..])),
        "{}",
        csv.stdout
    );
}

/// A grouping's note names what its sums left out and a query that adds
/// it up, with the attribute, kind and `where` of the grouping: that
/// query runs, and its answer holds the values of the first kind named.
#[test]
fn a_groupings_note_suggests_a_query_that_runs() {
    let kb = Kb::new();
    for q in [
        "funding by source",
        "funding where amount > 1元 or recipient within 锦州市 by recipient",
    ] {
        let out = kb.run(&[], &format!("{q}\n"));
        assert_eq!(out.code, 0, "{q}: {}", out.stderr);
        let note = out
            .stdout
            .lines()
            .find(|l| l.starts_with("note: the sums add reported totals only"))
            .unwrap_or_else(|| panic!("{q}: no note in {}", out.stdout));
        assert!(!note.contains("ATTRIBUTE") && !note.contains('…'), "{note}");
        let suggested = note.split('`').nth(1).expect("a query in backquotes");
        assert!(
            suggested.starts_with("sum amount of funding where "),
            "{note}"
        );
        let first = note
            .split_once("left out (")
            .and_then(|(_, r)| r.split([',', ')']).next())
            .and_then(|w| w.split_once(' '))
            .map(|(_, mark)| mark)
            .expect("what was left out");
        let again = kb.run(&[], &format!("{suggested}\n"));
        assert_eq!(again.code, 0, "{suggested}: {}", again.stderr);
        assert!(
            again.stdout.contains(first),
            "{suggested} -> {}",
            again.stdout
        );
    }
}

/// `.format json|jsonl|csv|tsv` at the top of a piped script makes its
/// answers one document a standard parser reads whole, as `--format` does:
/// one envelope per query (here with an error between the answers), and
/// a single answer after it bare.
#[test]
fn a_format_chosen_in_a_script_gives_one_parseable_document() {
    let kb = Kb::new();
    let script = "count funding\nfunding wher x\ncount projects\n";
    let json = kb.run(&[], &format!(".format json\n{script}"));
    assert_eq!(json.code, 1, "{}", json.stderr);
    let all: serde_json::Value = serde_json::from_str(&json.stdout).expect("one JSON document");
    let all = all.as_array().expect("an array of envelopes");
    assert_eq!(all.len(), 3, "{}", json.stdout);
    assert_eq!(all[0]["source"], "stdin:2");
    assert_eq!(all[0]["rows"][0]["count"], 10);
    assert!(all[1]["error"]["message"].is_string(), "{}", json.stdout);
    assert_eq!(all[2]["query"], "count projects");

    let jsonl = kb.run(&[], &format!(".format jsonl\n{script}"));
    let lines: Vec<serde_json::Value> = jsonl
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    assert_eq!(lines.len(), 3, "{}", jsonl.stdout);
    assert_eq!(lines[2]["source"], "stdin:4");

    for (format, delimiter) in [("csv", b','), ("tsv", b'\t')] {
        let out = kb.run(&[], &format!(".format {format}\n{script}"));
        let mut r = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .from_reader(out.stdout.as_bytes());
        let header = r.headers().expect("a header").clone();
        assert_eq!(
            header.iter().collect::<Vec<_>>(),
            ["query", "row", "column", "value"]
        );
        let records: Vec<csv::StringRecord> = r.records().map(|x| x.expect("a record")).collect();
        let count_of = |query: &str| {
            records
                .iter()
                .find(|x| &x[0] == query && &x[2] == "count")
                .map(|x| x[3].to_string())
        };
        assert_eq!(count_of("1").as_deref(), Some("10"), "{}", out.stdout);
        assert_eq!(count_of("3").as_deref(), Some("5"), "{}", out.stdout);
        assert!(records.iter().any(|x| &x[0] == "2" && &x[2] == "error"));
    }

    // One answer after the `.format`: bare, as `--format json` prints it.
    let one = kb.run(&[], ".format json\ncount funding\n");
    let rows: serde_json::Value = serde_json::from_str(&one.stdout).expect("JSON");
    assert_eq!(rows, serde_json::json!([{"count": 10}]));
}

/// CSV and TSV give each quantity's qualifiers columns of their own, as
/// JSON gives them keys: a script summing a column can leave out a demand
/// or a forecast, and `COL_text` stays the article's words (no 需求 or 预计
/// put before them).
#[test]
fn csv_gives_qualifiers_columns_of_their_own() {
    let kb = Kb::new();
    let out = kb
        .run(
            &["--format", "csv"],
            "groups where modality = demand list name, capital_demand\n",
        )
        .ok();
    let mut r = csv::Reader::from_reader(out.stdout.as_bytes());
    let header = r.headers().expect("a header").clone();
    let col = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no column {name}: {header:?}"))
    };
    let row = r.records().next().expect("a row").expect("a record");
    assert_eq!(&row[col("capital_demand_modality")], "demand", "{row:?}");
    assert_eq!(&row[col("capital_demand_text")], "63.7亿元", "{row:?}");
    assert_eq!(&row[col("capital_demand")], "6370000000", "{row:?}");

    // The same columns in every answer with a quantity, `reported` for a
    // result the article states as done.
    let out = kb
        .run(
            &["--format", "tsv"],
            "funding where amount > 5亿元 list name, amount\n",
        )
        .ok();
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(
        lines[0],
        "name\tamount\tamount_unit\tamount_bound\tamount_modality\tamount_per\tamount_as_of\tamount_text"
    );
    assert_eq!(
        lines[1],
        "义县社会扶贫资金\t629976300\tCNY\texact\treported\t\t\t62997.63万元"
    );
}

/// A query on a database that did not exist (a mistyped last part of
/// `--db`) answers from the bundled seeds, and says on standard error that
/// it made that database; the next query on it says nothing.
#[test]
fn a_new_database_made_for_a_query_is_said_on_stderr() {
    let kb = Kb::new();
    let first = kb.run(&["-e", "count funding"], "").ok();
    assert_eq!(first.stdout, "count\n-----\n   10\n");
    assert_eq!(
        first.stderr,
        format!(
            "note: created a new database at {} (with the bundled seeds); the queries ran on it\n",
            kb.db().display()
        )
    );
    let again = kb.run(&["-e", "count funding"], "").ok();
    assert_eq!(again.stderr, "");
}

/// Notes on standard error name the query they belong to, as errors do:
/// a log of several queries' notes says which is whose.
#[test]
fn notes_on_stderr_name_their_query() {
    let kb = Kb::made();
    let out = kb
        .run(
            &["--format", "csv"],
            "count projects\nprojects where amount > 1亿元\n",
        )
        .ok();
    assert!(
        out.stderr
            .starts_with("stdin:2: note: no project has the attribute amount"),
        "{}",
        out.stderr
    );
    let out = kb
        .run(
            &[
                "--format",
                "json",
                "-e",
                "count projects",
                "-e",
                "projects where amount > 1亿元",
            ],
            "",
        )
        .ok();
    assert!(
        out.stderr
            .starts_with("-e #2: note: no project has the attribute amount"),
        "{}",
        out.stderr
    );
}

/// An unfinished last query's envelope holds its text (the error is about
/// it); a missing directory given by `SEEDKB_DB` is named by that
/// variable, not by a `--db` the user did not pass.
#[test]
fn small_things_a_script_reads() {
    let kb = Kb::made();
    let out = kb.run(
        &["--format", "jsonl", "--envelope", "always"],
        "funding where \\\n",
    );
    assert_eq!(out.code, 1);
    let env: serde_json::Value = serde_json::from_str(out.stdout.trim()).expect("a JSON line");
    assert_eq!(env["query"], "funding where \\", "{}", out.stdout);
    assert!(env["error"]["message"]
        .as_str()
        .unwrap()
        .starts_with("unfinished query"));

    let missing = kb.0.path().join("nope").join("kb");
    let mut c = std::process::Command::new(common::BIN);
    c.env("SEEDKB_DB", &missing).args(["-e", "count funding"]);
    let out = common::run(c, None).code(2);
    assert!(
        out.stderr
            .contains(&format!("SEEDKB_DB={}: the directory", missing.display())),
        "{}",
        out.stderr
    );
}

/// A script that changes its format between queries prints each part as
/// its own format has it: one CSV query then, after `.format json`, one
/// JSON query give a plain CSV table and a plain JSON array (no long-form
/// CSV envelope counting the JSON query); several queries in a part still
/// share an envelope. A CSV envelope's error row carries the suggestion
/// (did you mean 'where'?) as JSON's error does.
#[test]
fn each_part_of_a_script_follows_its_own_format() {
    let kb = Kb::made();
    let out = kb.run(
        &[],
        ".format csv\ncount funding\n.format json\ncount projects\n",
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    let (csv_part, json_part) = out
        .stdout
        .split_once("[\n")
        .unwrap_or_else(|| panic!("no JSON array after the CSV:\n{}", out.stdout));
    assert_eq!(csv_part, "count\n10\n", "{}", out.stdout);
    let rows: serde_json::Value =
        serde_json::from_str(&format!("[\n{json_part}")).expect("a plain JSON array");
    assert_eq!(rows, serde_json::json!([{"count": 5}]));

    // Two parts of several queries each: two envelopes.
    let out = kb.run(
        &[],
        ".format jsonl\ncount funding\ncount projects\n.format csv\ncount funding\nfunding wher x\n",
    );
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert!(
        lines[0].starts_with('{') && lines[1].starts_with('{'),
        "{}",
        out.stdout
    );
    assert_eq!(lines[2], "query,row,column,value", "{}", out.stdout);
    let error = lines
        .iter()
        .find(|l| l.contains(",0,error,"))
        .unwrap_or_else(|| panic!("no error row:\n{}", out.stdout));
    assert!(error.contains("did you mean 'where'?"), "{error}");
}
