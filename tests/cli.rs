//! The command line, driven through the built binary: stdin piping, `-e`,
//! output formats, error reports, exit codes, dump/load, locking and the
//! schema version check. Every test has its own database in a temporary
//! directory; SEEDKB_DB is cleared and the per-user data directory is
//! pointed into the temporary directory too, so no test touches a real
//! database.

use serde_json::Value as Json;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant, UNIX_EPOCH};

mod common;

use common::{assert_no_panic, run, Run, BIN};

/// A temporary directory with a database path (`<dir>/db`) in it.
struct Kb {
    dir: tempfile::TempDir,
}

impl Kb {
    /// No database yet: the first run creates it.
    fn new() -> Kb {
        Kb {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    /// A database with the bundled seeds, copied from one seeded once per
    /// build (seeding takes most of a second in a debug build).
    fn seeded() -> Kb {
        let kb = Kb::new();
        common::copy_dir(seeded_template(), &kb.db());
        kb
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn db(&self) -> PathBuf {
        self.path().join("db")
    }

    /// A command with no database option and no SEEDKB_DB.
    fn bare(&self) -> Command {
        let mut c = Command::new(BIN);
        common::isolate(&mut c, self.path()).stdin(Stdio::null());
        c
    }

    /// A command on this test's database.
    fn cmd(&self) -> Command {
        let mut c = self.bare();
        c.arg("--db").arg(self.db());
        c
    }

    fn run(&self, args: &[&str]) -> Run {
        let mut c = self.cmd();
        c.args(args);
        run(c, None)
    }

    fn run_stdin(&self, args: &[&str], input: &[u8]) -> Run {
        let mut c = self.cmd();
        c.args(args);
        run(c, Some(input))
    }

    fn write(&self, name: &str, text: &str) -> PathBuf {
        let p = self.path().join(name);
        std::fs::write(&p, text).expect("write fixture");
        p
    }

    /// `seedkb dump`, sorted (the order of lines is not part of the format).
    fn dump(&self) -> Vec<String> {
        let out = self.run(&["dump"]).ok();
        assert!(
            out.stderr.is_empty(),
            "dump wrote to stderr: {}",
            out.stderr
        );
        let mut lines: Vec<String> = out.stdout.lines().map(str::to_string).collect();
        lines.sort();
        lines
    }
}

/// A seeded database made by this build of seedkb, under Cargo's
/// scratch directory for integration tests. Built aside and renamed into
/// place, so concurrent test runs never copy a half-made one; templates of
/// earlier builds are removed once they are an hour old.
fn seeded_template() -> &'static Path {
    static TEMPLATE: OnceLock<PathBuf> = OnceLock::new();
    TEMPLATE.get_or_init(|| {
        let scratch = Path::new(env!("CARGO_TARGET_TMPDIR"));
        let meta = std::fs::metadata(BIN).expect("the seedkb binary");
        let built = meta
            .modified()
            .unwrap()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .as_nanos();
        let name = format!("cli-seeded-{built}-{}", meta.len());
        let dir = scratch.join(&name);
        if !dir.join("db").join("conf").exists() {
            std::fs::create_dir_all(scratch).unwrap();
            let work = tempfile::tempdir_in(scratch).unwrap();
            let kb = Kb::new();
            let mut c = kb.bare();
            c.arg("--db").arg(work.path().join("db"));
            c.args(["-e", "kinds"]);
            run(c, None).ok();
            // Fails harmlessly when another test run got there first; the
            // TempDir then cleans up ours.
            let _ = std::fs::rename(work.path(), &dir);
            drop(work);
            assert!(dir.join("db").join("conf").exists());
        }
        if let Ok(entries) = std::fs::read_dir(scratch) {
            for e in entries.flatten() {
                let old = e.file_name().to_string_lossy().into_owned();
                let stale = e
                    .metadata()
                    .and_then(|m| m.modified())
                    .ok()
                    .and_then(|t| t.elapsed().ok())
                    .is_some_and(|age| age > Duration::from_secs(3600));
                if old.starts_with("cli-seeded-") && old != name && stale {
                    let _ = std::fs::remove_dir_all(e.path());
                }
            }
        }
        dir.join("db")
    })
}

/// Display width as a terminal shows it: the CJK text used in these tests
/// is two columns a character, ASCII one.
fn width(s: &str) -> usize {
    s.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum()
}

/// Checks an error report: the query is quoted, a caret line puts `^`
/// under `offending` (its last occurrence in the query) counted in
/// display columns, as many carets as it is wide, and
/// the message says what was expected.
fn assert_caret(stderr: &str, query: &str, offending: &str) {
    let at = query.rfind(offending).expect("offending text in query");
    let lines: Vec<&str> = stderr.lines().collect();
    let qi = lines
        .iter()
        .position(|l| l.ends_with(query))
        .unwrap_or_else(|| panic!("the query is not quoted in:\n{stderr}"));
    let qline = lines[qi];
    let query_col = width(&qline[..qline.len() - query.len()]);
    let caret = lines
        .get(qi + 1)
        .unwrap_or_else(|| panic!("no caret line after the query in:\n{stderr}"));
    let caret_at = caret
        .find('^')
        .unwrap_or_else(|| panic!("no ^ on the line after the query in:\n{stderr}"));
    // Everything before the caret is ASCII, so bytes are columns.
    assert_eq!(
        caret_at,
        query_col + width(&query[..at]),
        "caret not under '{offending}':\n{stderr}"
    );
    let carets = caret[caret_at..].chars().take_while(|&c| c == '^').count();
    assert_eq!(
        carets,
        width(offending),
        "carets should cover '{offending}' ({} columns):\n{stderr}",
        width(offending)
    );
    assert!(stderr.contains("expected"), "no 'expected' in:\n{stderr}");
}

/// Line numbers reported as `label:N:` in `text`.
fn reported_lines(text: &str, label: &str) -> Vec<usize> {
    let pat = format!("{label}:");
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find(&pat) {
        rest = &rest[i + pat.len()..];
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        if !digits.is_empty() && rest[digits.len()..].starts_with(':') {
            found.push(digits.parse().unwrap());
        }
    }
    found
}

fn parse_jsonl(text: &str) -> Vec<Json> {
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

// ───────────────────────────── stdin ─────────────────────────────

#[test]
fn stdin_runs_each_line_skipping_blanks_and_comments() {
    let kb = Kb::seeded();
    let input =
        "count funding\n\n# a comment\n   \n   # an indented comment\ncount projects\nkinds\n";
    let piped = kb
        .run_stdin(
            &["--format", "csv", "--envelope", "never"],
            input.as_bytes(),
        )
        .ok();
    assert!(piped.stderr.is_empty(), "stderr: {}", piped.stderr);
    assert!(
        piped
            .stdout
            .starts_with("count\n10\ncount\n5\nkind,entities\n"),
        "results only, no prompt or banner:\n{}",
        piped.stdout
    );
    assert!(piped.stdout.contains("\nfunding,10\n"));
    // Exactly what the same queries print with -e: nothing else on stdout.
    let inline = kb
        .run(&[
            "--envelope",
            "never",
            "--format",
            "csv",
            "-e",
            "count funding",
            "-e",
            "count projects",
            "-e",
            "kinds",
        ])
        .ok();
    assert_eq!(piped.stdout, inline.stdout);
}

#[test]
fn stdin_table_output_has_no_prompt_or_footer() {
    let kb = Kb::seeded();
    let out = kb.run_stdin(&[], b"count funding\n").ok();
    assert_eq!(out.stdout, "count\n-----\n   10\n");
    assert!(out.stderr.is_empty(), "stderr: {}", out.stderr);
}

#[test]
fn stdin_error_mid_stream_is_reported_and_the_rest_runs() {
    let kb = Kb::seeded();
    let input = "count funding\n\n# comment\nfunding wher amount > 1\ncount projects\n";
    let out = kb
        .run_stdin(
            &["--format", "csv", "--envelope", "never"],
            input.as_bytes(),
        )
        .code(1);
    assert_eq!(out.stdout, "count\n10\ncount\n5\n");
    assert!(
        out.stderr.contains("stdin:4:9"),
        "location stdin:LINE:COLUMN expected:\n{}",
        out.stderr
    );
    assert_caret(&out.stderr, "funding wher amount > 1", "wher");
    assert_eq!(out.stderr.matches("error:").count(), 1, "{}", out.stderr);
    // Errors never go to stdout.
    assert!(!out.stdout.contains("error"));
}

#[test]
fn stdin_bail_stops_at_the_first_error() {
    let kb = Kb::seeded();
    let input = "count funding\nfunding wher amount > 1\ncount projects\nkinds extra\n";
    let out = kb
        .run_stdin(
            &["--format", "csv", "--bail", "--envelope", "never"],
            input.as_bytes(),
        )
        .code(1);
    assert_eq!(out.stdout, "count\n10\n");
    assert!(out.stderr.contains("stdin:2:9"), "{}", out.stderr);
    assert_eq!(out.stderr.matches("error:").count(), 1, "{}", out.stderr);
}

#[test]
fn stdin_crlf_line_endings() {
    let kb = Kb::seeded();
    let out = kb
        .run_stdin(
            &["--format", "csv", "--envelope", "never"],
            b"count funding\r\n\r\n# c\r\ncount projects\r\n",
        )
        .ok();
    assert_eq!(out.stdout, "count\n10\ncount\n5\n");
    let bad = kb
        .run_stdin(
            &["--format", "csv", "--envelope", "never"],
            b"funding wher amount > 1\r\ncount projects\r\n",
        )
        .code(1);
    assert_eq!(bad.stdout, "count\n5\n");
    assert!(!bad.stderr.contains('\r'), "CR leaked: {:?}", bad.stderr);
    assert_caret(&bad.stderr, "funding wher amount > 1", "wher");
}

#[test]
fn stdin_byte_order_mark_is_ignored() {
    let kb = Kb::seeded();
    let out = kb
        .run_stdin(
            &["--format", "csv", "--envelope", "never"],
            "\u{feff}count funding\n".as_bytes(),
        )
        .ok();
    assert_eq!(out.stdout, "count\n10\n");
    // Two files piped one after the other (`cat a.txt b.txt | seedkb`),
    // the second with its own mark: invisible where it stands, ignored too.
    let out = kb
        .run_stdin(
            &["--format", "csv", "--envelope", "never"],
            "\u{feff}count funding\n\u{feff}count projects\n".as_bytes(),
        )
        .ok();
    assert_eq!(out.stdout, "count\n10\ncount\n5\n");
}

#[test]
fn stdin_invalid_utf8_fails_that_line_only() {
    let kb = Kb::seeded();
    let input = b"count funding\ncount \xff\xfe projects\ncount projects\n";
    let out = kb
        .run_stdin(&["--format", "csv", "--envelope", "never"], input)
        .code(1);
    assert_eq!(out.stdout, "count\n10\ncount\n5\n");
    assert!(out.stderr.contains("stdin:2"), "{}", out.stderr);
    assert!(out.stderr.contains("UTF-8"), "{}", out.stderr);

    let bailed = kb
        .run_stdin(&["--format", "csv", "--bail", "--envelope", "never"], input)
        .code(1);
    assert_eq!(bailed.stdout, "count\n10\n");
}

#[test]
fn stdin_nul_byte_fails_that_line_only() {
    let kb = Kb::seeded();
    let input = b"count funding\ncount\0 projects\ncount projects\n";
    let out = kb
        .run_stdin(&["--format", "csv", "--envelope", "never"], input)
        .code(1);
    assert_eq!(out.stdout, "count\n10\ncount\n5\n");
    assert!(out.stderr.contains("stdin:2"), "{}", out.stderr);
    assert!(out.stderr.contains("NUL"), "{}", out.stderr);

    let bailed = kb
        .run_stdin(&["--format", "csv", "--bail", "--envelope", "never"], input)
        .code(1);
    assert_eq!(bailed.stdout, "count\n10\n");
}

#[test]
fn run_subcommand_reads_query_files_with_file_line_locations() {
    let kb = Kb::seeded();
    kb.write(
        "q.seedkb",
        "# queries\ncount funding\nfunding where 金额 > 1\ncount projects\n",
    );
    let out = kb
        .run(&["--format", "csv", "--envelope", "never", "run", "q.seedkb"])
        .code(1);
    assert_eq!(out.stdout, "count\n10\ncount\n5\n");
    assert!(out.stderr.contains("q.seedkb:3:15"), "{}", out.stderr);
    assert_caret(&out.stderr, "funding where 金额 > 1", "金额");

    let missing = kb.run(&["run", "nope.seedkb"]).code(1);
    assert!(missing.stderr.contains("nope.seedkb"), "{}", missing.stderr);
    assert!(missing.stdout.is_empty());
}

// ───────────────────────────── -e and formats ─────────────────────────────

#[test]
fn execute_is_repeatable_and_continues_after_an_error() {
    let kb = Kb::seeded();
    let out = kb
        .run(&[
            "--envelope",
            "never",
            "-f",
            "csv",
            "-e",
            "count funding",
            "-e",
            "kinds extra",
            "-e",
            "count projects",
        ])
        .code(1);
    assert_eq!(out.stdout, "count\n10\ncount\n5\n");
    assert!(out.stderr.contains("unexpected 'extra'"), "{}", out.stderr);

    let bailed = kb
        .run(&[
            "--envelope",
            "never",
            "-f",
            "csv",
            "--bail",
            "-e",
            "count funding",
            "-e",
            "kinds extra",
            "-e",
            "count projects",
        ])
        .code(1);
    assert_eq!(bailed.stdout, "count\n10\n");
}

const OVER_1_YI: &str = "funding where amount > 1亿元";

#[test]
fn json_format_gives_exact_quantities() {
    let kb = Kb::seeded();
    let out = kb.run(&["-e", OVER_1_YI, "--format", "json"]).ok();
    let rows: Vec<Json> = serde_json::from_str(&out.stdout)
        .unwrap_or_else(|e| panic!("not a JSON document ({e}):\n{}", out.stdout));
    assert_eq!(rows.len(), 3, "{}", out.stdout);
    for row in &rows {
        let obj = row.as_object().expect("each row is an object");
        let amount = obj["amount"].as_object().expect("amount is an object");
        for key in ["value", "unit", "text", "bound"] {
            assert!(amount.contains_key(key), "amount lacks {key}: {row}");
        }
        assert_eq!(amount["unit"], "CNY");
        assert!(amount["text"].as_str().is_some_and(|t| t.ends_with('元')));
        assert!(amount["bound"].is_string());
        let value = amount["value"].to_string();
        assert!(
            value.chars().all(|c| c.is_ascii_digit()),
            "amount is a whole number of yuan, not {value}"
        );
        assert!(value.parse::<u64>().unwrap() > 100_000_000, "{row}");
    }
    let loan = rows
        .iter()
        .find(|r| r["name"] == "第一批政府性融资担保贷款")
        .expect("the 3.48亿元 loan is over 1亿元");
    // Exactly 348000000: not 3.48e8, not 348000000.0, not rounded.
    assert_eq!(loan["amount"]["value"].to_string(), "348000000");
    assert_eq!(loan["amount"]["text"], "3.48亿元");
    assert_eq!(loan["amount"]["bound"], "exact");
    let social = rows
        .iter()
        .find(|r| r["name"] == "义县社会扶贫资金")
        .expect("62997.63万元 is over 1亿元");
    assert_eq!(social["amount"]["value"].to_string(), "629976300");
    // Nothing of 1亿元 or less.
    assert!(!rows.iter().any(|r| r["amount"]["text"] == "2770万元"));
}

/// A sum's JSON says in `text` what `value` holds: exact by default, and
/// rounded only when asked, then with the rounded value and bound "about".
#[test]
fn json_sums_have_text_that_matches_the_value() {
    let kb = Kb::seeded();
    let sum = |q: &str| -> Json {
        let out = kb.run(&["-e", q, "--format", "json"]).ok();
        let rows: Vec<Json> = serde_json::from_str(&out.stdout).unwrap();
        rows[0]["amount"].clone()
    };
    let exact = sum("sum amount of funding where recipient = 义县");
    assert_eq!(exact["value"].to_string(), "873855300");
    assert_eq!(exact["text"], "87385.53万元");
    assert_eq!(exact["bound"], "exact");
    let rounded = sum("sum amount of funding where recipient = 义县 rounded");
    assert_eq!(rounded["value"].to_string(), "874000000");
    assert_eq!(rounded["text"], "约8.74亿元");
    assert_eq!(rounded["bound"], "about");
    // A group's sum, and its members in full.
    let out = kb
        .run(&["-e", "funding by recipient", "--format", "json"])
        .ok();
    let rows: Vec<Json> = serde_json::from_str(&out.stdout).unwrap();
    let yi = rows.iter().find(|r| r["recipient"] == "义县").unwrap();
    assert_eq!(yi["amount"]["text"], "87385.53万元");
    assert_eq!(yi["amount"]["value"].to_string(), "873855300");
    assert_eq!(
        yi["members"],
        serde_json::json!(["义县上级拨付资金", "义县社会扶贫资金"])
    );
    // CSV lists every member too; a table elides them with a count.
    let csv = kb
        .run(&["-e", "projects by district", "--format", "csv"])
        .ok();
    assert!(
        csv.stdout.contains("“双凌”生态公园; 锦州思凯农副产品国际物流园一期项目; 锦州思凯农副产品国际物流园二期项目"),
        "{}",
        csv.stdout
    );
    let table = kb.run(&["-e", "projects by district"]).ok();
    assert!(
        table.stdout.contains("“双凌”生态公园 … (+2)"),
        "{}",
        table.stdout
    );
}

/// Dates of unknown year survive dump and load, come last in a timeline
/// and in `order by`, and never compare true.
#[test]
fn dates_of_unknown_year_load_and_sort_last() {
    let kb = Kb::new();
    kb.write(
        "dates.jsonl",
        r#"{"subject":"甲项目","attribute":"kind","value":"project"}
{"subject":"甲项目","attribute":"date_started","value":"2019-05-01","unit":"date","text":"2019年5月1日"}
{"subject":"乙项目","attribute":"kind","value":"project"}
{"subject":"乙项目","attribute":"date_started","value":"????-06-15","unit":"date","text":"6月15日"}
"#,
    );
    kb.run(&["--no-seeds", "load", "dates.jsonl"]).ok();
    let dumped = kb.dump();
    assert!(
        dumped.iter().any(|l| l.contains("\"????-06-15\"")),
        "{dumped:?}"
    );
    let again = Kb::new();
    let file = again.write("all.jsonl", &(dumped.join("\n") + "\n"));
    again
        .run(&["--no-seeds", "load", file.to_str().unwrap()])
        .ok();
    assert_eq!(again.dump(), dumped);
    let out = again
        .run(&["--format", "csv", "-e", "timeline list date, subject"])
        .ok();
    assert_eq!(
        out.stdout,
        "date,date_modality,date_per,date_as_of,date_text,subject\n\
         2019-05-01,reported,,,2019年5月1日,甲项目\n????-06-15,reported,,,6月15日,乙项目\n"
    );
    let out = again
        .run(&[
            "--format",
            "csv",
            "-e",
            "projects where date_started < 2000-01-01",
        ])
        .ok();
    // No row, and the header the rows would have had.
    assert_eq!(out.stdout, "name,date_started\n", "{}", out.stdout);
}

/// A figure's period (今年1至5月) reaches every output: the table's cell
/// before the value, CSV's `COL_period`, JSON's `period`, and a query.
#[test]
fn a_figures_period_reaches_table_csv_and_json() {
    let kb = Kb::new();
    kb.write(
        "a.txt",
        "和平县电商\n\n2026年1至5月，和平县农产品网络销售额达到2.6亿元。\n",
    );
    kb.run(&["--no-seeds", "load", "a.txt"]).ok();
    let q = "counties where has sales list name, sales";
    let table = kb.run(&["-e", q]).ok().stdout;
    assert!(table.contains("2026年1—5月 2.6亿元"), "{table}");
    let csv = kb.run(&["--format", "csv", "-e", q]).ok().stdout;
    assert_eq!(
        csv,
        "name,sales,sales_unit,sales_bound,sales_modality,sales_per,sales_as_of,sales_period,sales_text\n\
         和平县,260000000,CNY,exact,reported,,,2026-01/2026-05,2.6亿元\n"
    );
    let json = kb.run(&["--format", "json", "-e", q]).ok().stdout;
    assert!(json.contains(r#""period": "2026-01/2026-05""#), "{json}");
    // A span's last month reaches 2026-05, none of it 2026-06.
    let by_period = |q: &str| kb.run(&["-e", q]).ok().stdout;
    assert!(by_period("counties where sales.period >= 2026-05 list name").contains("和平县"));
    assert!(!by_period("counties where sales.period > 2026-05 list name").contains("和平县"));
    // The dump keeps it, and loads back to the same facts.
    let dumped = kb.dump();
    assert!(
        dumped
            .iter()
            .any(|l| l.contains(r#""period":"2026-01/2026-05""#)),
        "{dumped:?}"
    );
    assert!(
        !dumped
            .iter()
            .any(|l| l.contains(r#""attribute":"date_start""#)),
        "{dumped:?}"
    );
}

#[test]
fn jsonl_format_is_one_object_per_line() {
    let kb = Kb::seeded();
    let json = kb.run(&["-e", OVER_1_YI, "--format", "json"]).ok();
    let jsonl = kb.run(&["-e", OVER_1_YI, "--format", "jsonl"]).ok();
    let lines = parse_jsonl(&jsonl.stdout);
    assert!(lines.iter().all(Json::is_object));
    let array: Vec<Json> = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(lines, array, "jsonl holds the same rows as json");
    assert_eq!(jsonl.stdout.lines().count(), 3);
}

#[test]
fn csv_format_parses_with_a_header_row() {
    let kb = Kb::seeded();
    let out = kb.run(&["-e", OVER_1_YI, "--format", "csv"]).ok();
    let mut r = csv::Reader::from_reader(out.stdout.as_bytes());
    let headers = r.headers().expect("header row").clone();
    assert_eq!(&headers[0], "name");
    let amount = headers
        .iter()
        .position(|h| h == "amount")
        .expect("an amount column");
    let rows: Vec<csv::StringRecord> = r.records().map(|x| x.expect("csv record")).collect();
    assert_eq!(rows.len(), 3);
    for row in &rows {
        assert_eq!(row.len(), headers.len());
        row[amount].parse::<u64>().expect("amount is a number");
    }
    let loan = rows
        .iter()
        .find(|r| &r[0] == "第一批政府性融资担保贷款")
        .expect("loan row");
    assert_eq!(&loan[amount], "348000000");

    // Quotes with ASCII commas in them come back whole.
    let show = kb.run(&["-e", "show 义县", "--format", "csv"]).ok();
    let mut r = csv::Reader::from_reader(show.stdout.as_bytes());
    let headers = r.headers().unwrap().clone();
    let quote = headers.iter().position(|h| h == "quote").expect("quote");
    let rows: Vec<csv::StringRecord> = r.records().map(|x| x.unwrap()).collect();
    assert!(rows.len() > 5);
    assert!(rows.iter().all(|row| row.len() == headers.len()));
    assert!(
        rows.iter().any(|row| row[quote].contains(',')),
        "some quote of 义县 has an ASCII comma"
    );
}

#[test]
fn tsv_format_has_one_field_per_tab() {
    let kb = Kb::seeded();
    let csv_out = kb.run(&["-e", OVER_1_YI, "--format", "csv"]).ok();
    let tsv_out = kb.run(&["-e", OVER_1_YI, "--format", "tsv"]).ok();
    let csv_header = csv_out.stdout.lines().next().unwrap();
    let mut lines = tsv_out.stdout.lines();
    let header = lines.next().expect("header row");
    assert_eq!(header, csv_header.replace(',', "\t"));
    let fields = header.split('\t').count();
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 3);
    for row in &rows {
        assert_eq!(row.split('\t').count(), fields, "{row:?}");
        assert!(!row.contains('"'), "tsv does not quote: {row:?}");
    }
    assert!(rows
        .iter()
        .any(|r| r.starts_with("第一批政府性融资担保贷款\t") && r.contains("\t348000000\t")));
}

// ───────────────────────────── errors ─────────────────────────────

#[test]
fn parse_errors_show_a_caret_under_the_offending_column() {
    let kb = Kb::seeded();
    // (query, offending text)
    let cases = [
        ("funding where 金额 > 1", "金额"),
        ("funding where recipient = 义县 and 金额 > 1", "金额"),
        ("funding where recipient = 义县 wher", "wher"),
        ("funding where amount > 1亿元 order amount", "amount"),
        ("kinds extra", "extra"),
    ];
    for (query, offending) in cases {
        let out = kb.run(&["-e", query]).code(1);
        assert!(out.stdout.is_empty(), "{query}: {}", out.stdout);
        assert_caret(&out.stderr, query, offending);
        // The column is counted in characters, from 1.
        let at = query.rfind(offending).unwrap();
        let col = query[..at].chars().count() + 1;
        assert!(
            out.stderr.contains(&format!("1:{col}")),
            "{query}: column {col} expected in:\n{}",
            out.stderr
        );
    }
    // The query ends early: the caret sits just past its end.
    let query = "funding where recipient = 义县 and amount >";
    let out = kb.run(&["-e", query]).code(1);
    let caret = out.stderr.lines().find(|l| l.contains('^')).unwrap();
    let qline = out.stderr.lines().find(|l| l.ends_with(query)).unwrap();
    assert_eq!(caret.find('^').unwrap(), width(qline), "{}", out.stderr);
    assert!(out.stderr.contains("expected"), "{}", out.stderr);
}

#[test]
fn usage_errors_exit_2() {
    let kb = Kb::new();
    let bogus = kb.run(&["--bogus"]).code(2);
    assert!(bogus.stderr.contains("--bogus"), "{}", bogus.stderr);
    let fmt = kb.run(&["--format", "xml", "-e", "kinds"]).code(2);
    assert!(fmt.stderr.contains("xml"), "{}", fmt.stderr);
    assert!(fmt.stdout.is_empty());
    kb.run(&["--lock-wait=5000", "-e", "kinds"]).code(2);
    kb.run(&["load"]).code(2);
    kb.run(&["frobnicate"]).code(2);
    // A usage error does not create a database.
    assert!(!kb.db().exists(), "a usage error created the database");
    // --help is not an error.
    let help = kb.run(&["--help"]).ok();
    assert!(help.stdout.contains("Exit codes"));
}

// ───────────────────────────── dump and load ─────────────────────────────

const DUMP_KEYS: [&str; 7] = [
    "subject",
    "attribute",
    "value",
    "unit",
    "bound",
    "text",
    "doc",
];

#[test]
fn dump_writes_json_lines_with_every_key() {
    let kb = Kb::seeded();
    let out = kb.run(&["dump"]).ok();
    let lines = parse_jsonl(&out.stdout);
    let mut facts = 0;
    for l in &lines {
        let obj = l.as_object().expect("each line is an object");
        if obj.contains_key("document") {
            assert!(obj["content"].is_string(), "{l}");
            continue;
        }
        if obj.contains_key("attributes") {
            // The attribute dictionary, so a rebuilt database orders its
            // columns as this one does.
            assert!(obj["attributes"].is_array(), "{l}");
            assert_eq!(obj.len(), 1, "{l}");
            continue;
        }
        facts += 1;
        for k in DUMP_KEYS {
            assert!(obj.contains_key(k), "line lacks {k}: {l}");
        }
        for k in obj.keys() {
            assert!(
                DUMP_KEYS.contains(&k.as_str())
                    || [
                        "upper",
                        "extracted",
                        "quote",
                        "background",
                        "modality",
                        "per",
                        "as_of",
                    ]
                    .contains(&k.as_str()),
                "unexpected key {k}: {l}"
            );
        }
        // A quote, or background knowledge with its reason: one of them.
        assert!(obj["doc"].is_string(), "{l}");
        assert!(
            obj.get("quote").is_some_and(Json::is_string)
                != obj.get("background").is_some_and(Json::is_string),
            "{l}"
        );
    }
    assert!(facts > 300, "the seeds have hundreds of facts, got {facts}");
    let loan = lines
        .iter()
        .find(|l| l["subject"] == "第一批政府性融资担保贷款" && l["attribute"] == "amount")
        .expect("the loan's amount");
    assert_eq!(loan["value"].to_string(), "348000000");
    assert_eq!(loan["unit"], "CNY");
    assert_eq!(loan["bound"], "exact");
    assert_eq!(loan["text"], "3.48亿元");
    assert!(lines
        .iter()
        .any(|l| l["subject"] == "义县" && l["attribute"] == "kind" && l["value"] == "county"));
    // Background knowledge is dumped as such, never with a quote.
    let place = lines
        .iter()
        .find(|l| l["subject"] == "义县" && l["attribute"] == "located_in")
        .expect("义县 located_in");
    assert!(place.get("quote").is_none(), "{place}");
    assert!(place["background"]
        .as_str()
        .is_some_and(|b| b.contains("锦州市")));
}

#[test]
fn dump_load_dump_round_trip_loses_nothing() {
    let kb = Kb::seeded();
    let first = kb.dump();
    // Sorted, the kind lines come after facts that use them: the loader
    // must not care about line order.
    let file = kb.write("seeds.jsonl", &(first.join("\n") + "\n"));

    let fresh = Kb::new();
    let file_arg = file.to_str().unwrap();
    let loaded = fresh.run(&["--no-seeds", "load", file_arg]).ok();
    assert!(
        loaded.stdout.contains("1 new or replaced"),
        "{}",
        loaded.stdout
    );
    assert_eq!(fresh.dump(), first, "dump → load → dump changed the facts");

    // Loading the dump again changes nothing.
    let again = fresh.run(&["load", file_arg]).ok();
    assert!(again.stdout.contains("1 unchanged"), "{}", again.stdout);
    assert_eq!(fresh.dump(), first);
}

#[test]
fn a_database_rebuilt_from_its_dump_answers_the_same() {
    // `seedkb dump > all.jsonl` then `seedkb --db new --no-seeds load
    // all.jsonl` is how a database moves to a new schema version (the
    // schema error says so). The new one should answer exactly as the old.
    let kb = Kb::seeded();
    let dump = kb.run(&["dump"]).ok().stdout;
    kb.write("all.jsonl", &dump);
    let fresh = Kb::new();
    let all = kb.path().join("all.jsonl");
    fresh
        .run(&["--no-seeds", "load", all.to_str().unwrap()])
        .ok();
    let mut differ = Vec::new();
    for q in [
        "kinds",
        OVER_1_YI,
        "funding by source",
        "projects",
        "show 义县",
        "attributes of funding",
    ] {
        let args = ["--format", "csv", "-e", q];
        let (old, new) = (kb.run(&args).ok().stdout, fresh.run(&args).ok().stdout);
        if old != new {
            differ.push(format!("{q}\n--- original:\n{old}--- rebuilt:\n{new}"));
        }
    }
    assert!(differ.is_empty(), "answers differ:\n{}", differ.join("\n"));
}

const DOCLESS: &str = r#"{"subject":"甲县","attribute":"kind","value":"county"}
# a comment line
{"subject":"乙镇","attribute":"kind","value":"town"}
{"subject":"乙镇","attribute":"located_in","value":{"ref":"甲县"}}
{"subject":"拨款","attribute":"kind","value":"funding"}
{"subject":"拨款","attribute":"amount","value":240000000,"unit":"CNY","bound":"at_least","text":"超2.4亿元"}
{"subject":"拨款","attribute":"recipient","value":{"ref":"乙镇"}}
{"subject":"拨款","attribute":"date","value":"2020-05-20","unit":"date","text":"5月20日"}
"#;

#[test]
fn lines_without_doc_and_quote_get_file_line_provenance() {
    let kb = Kb::new();
    kb.write("mine.jsonl", DOCLESS);
    kb.run(&["--no-seeds", "load", "mine.jsonl"]).ok();
    let lines: Vec<Json> = kb
        .dump()
        .iter()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    // Six facts and the attribute dictionary.
    assert_eq!(lines.len(), 7 + 1);
    let find = |s: &str, a: &str| {
        lines
            .iter()
            .find(|l| l["subject"] == s && l["attribute"] == a)
            .unwrap_or_else(|| panic!("no {s} {a} in the dump"))
    };
    for (s, a, n) in [
        ("甲县", "kind", 1),
        ("乙镇", "kind", 3),
        ("乙镇", "located_in", 4),
        ("拨款", "amount", 6),
        ("拨款", "date", 8),
    ] {
        let l = find(s, a);
        assert_eq!(l["doc"], "mine.jsonl", "{l}");
        assert_eq!(l["quote"], format!("mine.jsonl:{n}"), "{l}");
    }
    let amount = find("拨款", "amount");
    assert_eq!(amount["value"].to_string(), "240000000");
    assert_eq!(amount["bound"], "at_least");
    assert_eq!(amount["text"], "超2.4亿元");

    let show = kb.run(&["--format", "csv", "-e", "show 拨款"]).ok();
    assert!(show.stdout.contains("mine.jsonl:6"), "{}", show.stdout);
    let over = kb
        .run(&["--format", "jsonl", "-e", "funding where amount > 1亿元"])
        .ok();
    assert_eq!(parse_jsonl(&over.stdout).len(), 1);
}

const DOC_TEXT: &str = "甲县位于北方。\n乙镇属于甲县,去年获得拨款2.4亿元。\n";

/// A valid fact file over DOC_TEXT; the [[fact]] for `grant` starts on
/// line 21, its quote on line 25.
const FACTS: &str = r#"[document]
file = "d.txt"
year = 2020

[[entity]]
name = "甲县"
kind = "county"
quote = "甲县位于北方"

[[entity]]
name = "乙镇"
kind = "town"
quote = "乙镇属于甲县"

[[fact]]
subject = "乙镇"
attribute = "located_in"
ref = "甲县"
quote = "乙镇属于甲县"

[[fact]]
subject = "乙镇"
attribute = "grant"
quantity = "2.4亿元"
quote = "乙镇属于甲县,去年获得拨款2.4亿元"
"#;

#[test]
fn loading_the_same_file_twice_changes_nothing() {
    let kb = Kb::seeded();
    kb.write("d.txt", DOC_TEXT);
    kb.write("d.facts.toml", FACTS);
    let first = kb.run(&["load", "d.facts.toml"]).ok();
    assert!(
        first
            .stdout
            .contains("1 new or replaced (2 entities, 2 facts)"),
        "{}",
        first.stdout
    );
    let after_first = kb.dump();
    assert!(after_first.iter().any(|l| l.contains("\"grant\"")));
    let second = kb.run(&["load", "d.facts.toml"]).ok();
    assert!(second.stdout.contains("1 unchanged"), "{}", second.stdout);
    assert_eq!(kb.dump(), after_first);

    // The bundled seeds' own fact file is already there.
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/000_c0358a9eae1db40c.facts.toml");
    let out = kb.run(&["load", seeds.to_str().unwrap()]).ok();
    assert!(out.stdout.contains("1 unchanged"), "{}", out.stdout);
    assert_eq!(kb.dump(), after_first);
}

/// Loads `files` (written into the test directory first) into a seeded
/// database and checks the load fails with `file:line` within `lines`,
/// exit 1, and leaves the store as it was.
fn assert_bad_load(
    files: &[(&str, &str)],
    blamed: &str,
    lines: std::ops::RangeInclusive<usize>,
    says: &str,
) {
    let kb = Kb::seeded();
    kb.write("d.txt", DOC_TEXT);
    for (name, text) in files {
        kb.write(name, text);
    }
    let before = kb.dump();
    let mut args = vec!["load"];
    args.extend(files.iter().map(|(n, _)| *n));
    let out = kb.run(&args).code(1);
    let at = reported_lines(&out.stderr, blamed);
    assert!(
        !at.is_empty() && at.iter().all(|n| lines.contains(n)),
        "expected {blamed}:LINE with LINE in {lines:?}:\n{}",
        out.stderr
    );
    assert!(
        out.stderr.contains(says),
        "expected '{says}' in:\n{}",
        out.stderr
    );
    assert!(!out.stdout.contains("loaded"), "{}", out.stdout);
    assert_eq!(kb.dump(), before, "a failed load changed the store");
}

#[test]
fn load_rejects_a_quote_not_in_the_document() {
    let bad = FACTS.replace("去年获得拨款2.4亿元\"", "今年获得拨款2.4亿元\"");
    assert_bad_load(
        &[("bad.facts.toml", &bad)],
        "bad.facts.toml",
        21..=25,
        "quote is not in d.txt",
    );
}

#[test]
fn load_rejects_a_reference_to_a_missing_entity() {
    let bad = FACTS.replace("ref = \"甲县\"", "ref = \"丙县\"");
    assert_bad_load(
        &[("bad.facts.toml", &bad)],
        "bad.facts.toml",
        15..=19,
        "丙县",
    );
    let jsonl = "{\"subject\":\"乙镇\",\"attribute\":\"kind\",\"value\":\"town\"}\n\
                 {\"subject\":\"乙镇\",\"attribute\":\"located_in\",\"value\":{\"ref\":\"丙县\"}}\n";
    assert_bad_load(&[("bad.jsonl", jsonl)], "bad.jsonl", 2..=2, "丙县");
}

#[test]
fn load_refuses_a_file_of_unknown_type_before_reading_it() {
    // Binary bytes under a name of no known type: the type is the error,
    // not the bytes (it used to read the file whole first — a 3 GB `.dump`
    // held 2.8 GB before it was refused).
    let kb = Kb::seeded();
    std::fs::write(kb.path().join("big.dump"), b"\xff\x00\xfe\x81").expect("write fixture");
    let before = kb.dump();
    let out = kb.run(&["load", "big.dump"]).code(1);
    assert!(
        out.stderr.contains("unknown file type '.dump'"),
        "{}",
        out.stderr
    );
    assert_eq!(kb.dump(), before, "a refused load changed the store");
}

#[test]
fn load_rejects_an_unknown_unit() {
    let jsonl = "{\"subject\":\"拨款\",\"attribute\":\"kind\",\"value\":\"funding\"}\n\
                 \n\
                 {\"subject\":\"拨款\",\"attribute\":\"amount\",\"value\":5,\"unit\":\"XYZ\",\"text\":\"5个\"}\n";
    assert_bad_load(
        &[("unit.jsonl", jsonl)],
        "unit.jsonl",
        3..=3,
        "unknown unit 'XYZ'",
    );
}

#[test]
fn load_rejects_malformed_json() {
    let jsonl = "{\"subject\":\"拨款\",\"attribute\":\"kind\",\"value\":\"funding\"}\n\
                 {\"subject\":\"拨款\",\"attribute\":\"amount\",\"value\":5,\n\
                 {\"subject\":\"拨款\",\"attribute\":\"purpose\",\"value\":\"扶贫\"}\n";
    assert_bad_load(&[("broken.jsonl", jsonl)], "broken.jsonl", 2..=2, "JSON");
}

#[test]
fn load_rejects_a_toml_syntax_error() {
    let bad = FACTS.replace("kind = \"town\"", "kind = town");
    assert_bad_load(
        &[("bad.facts.toml", &bad)],
        "bad.facts.toml",
        12..=12,
        "bad.facts.toml",
    );
}

#[test]
fn load_is_all_or_nothing_across_files() {
    let good = DOCLESS;
    let bad = "{\"subject\":\"丁村\",\"attribute\":\"kind\",\"value\":\"village\"}\nnot json\n";
    assert_bad_load(
        &[("good.jsonl", good), ("bad.jsonl", bad)],
        "bad.jsonl",
        2..=2,
        "JSON",
    );
}

#[test]
fn references_may_point_into_the_store() {
    // 义县 comes from the seeds: fine in a seeded database, unknown in an
    // empty one.
    let jsonl = "{\"subject\":\"丁村\",\"attribute\":\"kind\",\"value\":\"village\"}\n\
                 {\"subject\":\"丁村\",\"attribute\":\"located_in\",\"value\":{\"ref\":\"义县\"}}\n";
    let seeded = Kb::seeded();
    seeded.write("v.jsonl", jsonl);
    seeded.run(&["load", "v.jsonl"]).ok();
    let show = seeded.run(&["--format", "csv", "-e", "show 丁村"]).ok();
    // The attribute's plain name, `extracted` beside it.
    assert!(
        show.stdout.contains("located_in,false,义县"),
        "{}",
        show.stdout
    );

    let empty = Kb::new();
    empty.write("v.jsonl", jsonl);
    let out = empty.run(&["--no-seeds", "load", "v.jsonl"]).code(1);
    assert!(out.stderr.contains("v.jsonl:2:"), "{}", out.stderr);
    assert!(empty.dump().is_empty());
}

// ───────────────────────────── seeds ─────────────────────────────

#[test]
fn no_seeds_gives_an_empty_database() {
    let kb = Kb::new();
    let out = kb
        .run(&["--no-seeds", "--format", "csv", "-e", "kinds"])
        .ok();
    assert_eq!(out.stdout, "kind,entities\n", "no rows expected");
    let table = kb.run(&["-e", "kinds"]).ok();
    assert_eq!(table.stdout, "", "an empty database stays empty");
    assert!(kb.dump().is_empty());
}

#[test]
fn seeds_are_there_by_default() {
    let kb = Kb::new();
    let out = kb.run(&["--format", "csv", "-e", "kinds"]).ok();
    let rows: Vec<&str> = out.stdout.lines().skip(1).collect();
    assert!(rows.len() > 10, "{}", out.stdout);
    assert!(rows.contains(&"funding,10"), "{}", out.stdout);
    assert!(rows.contains(&"county,1"), "{}", out.stdout);
}

#[test]
fn seedkb_db_environment_variable_names_the_database() {
    let kb = Kb::seeded();
    let env_db = kb.path().join("from-env");
    let mut c = kb.bare();
    c.env("SEEDKB_DB", &env_db)
        .args(["--no-seeds", "--format", "csv", "-e", "kinds"]);
    run(c, None).ok();
    assert!(env_db.exists(), "SEEDKB_DB was not used");
    // --db wins over SEEDKB_DB.
    let mut c = kb.cmd();
    c.env("SEEDKB_DB", &env_db)
        .args(["--format", "csv", "-e", "count funding"]);
    assert_eq!(run(c, None).ok().stdout, "count\n10\n");
    assert!(kb.db().exists());
}

// ───────────────────────────── storage ─────────────────────────────

/// A `seedkb` reading queries from a pipe that stays open: it holds the
/// database until its stdin is closed.
struct Holder {
    child: Child,
    lines: BufReader<std::process::ChildStdout>,
}

impl Holder {
    fn start(kb: &Kb) -> Holder {
        let mut c = kb.cmd();
        // Query by query through a pipe: answers as the queries come.
        c.args(["--no-seeds", "--format", "csv", "--envelope", "never"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = c.spawn().expect("spawn holder");
        let lines = BufReader::new(child.stdout.take().unwrap());
        let mut h = Holder { child, lines };
        // Once it has answered a query, it has the database open.
        h.query("kinds");
        h
    }

    fn query(&mut self, q: &str) -> String {
        let stdin = self.child.stdin.as_mut().unwrap();
        writeln!(stdin, "{q}").unwrap();
        stdin.flush().unwrap();
        let mut line = String::new();
        self.lines.read_line(&mut line).unwrap();
        line
    }

    fn finish(mut self) -> Run {
        drop(self.child.stdin.take());
        let mut stdout = String::new();
        self.lines.read_to_string(&mut stdout).unwrap();
        let mut stderr = String::new();
        self.child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut stderr)
            .unwrap();
        let status = self.child.wait().unwrap();
        assert_no_panic(&stderr);
        Run {
            code: status.code().unwrap(),
            stdout,
            stderr,
        }
    }
}

#[test]
fn a_held_database_is_reported_in_use() {
    let kb = Kb::new();
    let mut holder = Holder::start(&kb);
    assert_eq!(holder.query("kinds"), "kind,entities\n");

    let started = Instant::now();
    let out = kb.run(&["--lock-wait", "0.5", "-e", "kinds"]).code(3);
    let waited = started.elapsed();
    assert!(out.stdout.is_empty());
    assert!(
        out.stderr.contains(&kb.db().display().to_string()),
        "the message names the database:\n{}",
        out.stderr
    );
    assert!(out.stderr.contains("in use"), "{}", out.stderr);
    assert!(
        out.stderr.contains("waiting up to 0.5s"),
        "says that it waits:\n{}",
        out.stderr
    );
    // A lower bound only: it did wait. (How much longer a loaded machine
    // takes is not the program's to promise.)
    assert!(
        waited >= Duration::from_millis(400),
        "--lock-wait 0.5 waited {waited:?}"
    );
    // Subcommands too.
    kb.run(&["--lock-wait", "0", "dump"]).code(3);

    // The holder is unharmed, and once it is gone the database is free.
    let held = holder.finish().ok();
    // Nothing but the note that it made the database.
    assert!(
        held.stderr
            .lines()
            .all(|l| l.starts_with("note: created a new database at ")),
        "{}",
        held.stderr
    );
    kb.run(&["--lock-wait", "0.5", "-e", "kinds"]).ok();
}

#[test]
fn a_lock_released_during_the_wait_is_taken() {
    let kb = Kb::new();
    let holder = Holder::start(&kb);
    let mut c = kb.cmd();
    c.args(["--lock-wait", "20", "--format", "csv", "-e", "kinds"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut waiter = c.spawn().unwrap();
    // Release the lock only once the waiter says it is waiting for it: the
    // order of events is proven, not hoped for after a sleep.
    let mut errors = BufReader::new(waiter.stderr.take().unwrap());
    let mut said = String::new();
    errors.read_line(&mut said).unwrap();
    assert!(said.contains("waiting up to 20.0s"), "{said}");
    holder.finish().ok();
    let mut rest = String::new();
    errors.read_to_string(&mut rest).unwrap();
    let out = waiter.wait_with_output().unwrap();
    assert_no_panic(&rest);
    assert_eq!(out.status.code(), Some(0), "{rest}");
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "kind,entities\n");
}

fn set_schema_version(db: &Path, value: &[u8]) {
    // sled refuses a segment size other than the one the database was made
    // with (2 MB for new ones, sled's default before), so use what it recorded.
    let segment = seedkb::store::kv::recorded_segment_bytes(db)
        .expect("sled's conf records its segment size");
    let sled_db = sled::Config::new()
        .path(db)
        .segment_size(segment)
        .open()
        .expect("open the database with sled");
    let meta = sled_db.open_tree("meta").unwrap();
    assert!(
        meta.get("schema_version").unwrap().is_some(),
        "the meta tree has a schema_version key"
    );
    meta.insert("schema_version", value).unwrap();
    sled_db.flush().unwrap();
}

#[test]
fn another_schema_version_is_a_storage_error() {
    let kb = Kb::new();
    kb.run(&["--no-seeds", "-e", "kinds"]).ok();
    set_schema_version(&kb.db(), &(seedkb::store::SCHEMA_VERSION + 1).to_be_bytes());
    let out = kb.run(&["-e", "kinds"]).code(3);
    assert!(out.stdout.is_empty());
    assert!(
        out.stderr.contains(&format!(
            "schema version {}",
            seedkb::store::SCHEMA_VERSION + 1
        )),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains(&kb.db().display().to_string()),
        "{}",
        out.stderr
    );
    kb.run(&["dump"]).code(3);
    kb.write("d.txt", DOC_TEXT);
    kb.write("d.facts.toml", FACTS);
    kb.run(&["load", "d.facts.toml"]).code(3);

    // An unreadable version is no better.
    set_schema_version(&kb.db(), b"v2");
    let out = kb.run(&["-e", "kinds"]).code(3);
    assert!(out.stderr.contains("schema version"), "{}", out.stderr);

    // The right version opens again: nothing was overwritten.
    set_schema_version(&kb.db(), &seedkb::store::SCHEMA_VERSION.to_be_bytes());
    let out = kb.run(&["--format", "csv", "-e", "kinds"]).ok();
    assert_eq!(out.stdout, "kind,entities\n");
}

#[test]
fn dump_into_a_closed_pipe_is_not_a_storage_error() {
    // `seedkb dump | head -1`: the dump is far larger than a pipe's
    // buffer, so the reader going away interrupts it. Queries exit quietly
    // on a broken pipe; dump should too.
    let kb = Kb::seeded();
    let mut c = kb.cmd();
    c.arg("dump").stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = c.spawn().unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.starts_with("{\"attributes\""), "{first}");
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_no_panic(&stderr);
    assert!(
        !stderr.contains("storage error"),
        "a closed pipe reported as a storage error:\n{stderr}"
    );
    assert_ne!(out.status.code(), Some(3), "{stderr}");
}

#[test]
fn a_query_into_a_closed_pipe_exits_quietly_in_every_format() {
    // `seedkb -e funding --format csv | head -1`: an answer larger than the
    // output buffer (64 KiB) meets the closed pipe in the middle of a row,
    // not at the final flush, in every format alike.
    let kb = Kb::new();
    let file = kb.path().join("gen.jsonl");
    kb.run(&["generate", "--facts", "12000", "-o", file.to_str().unwrap()])
        .ok();
    kb.run(&["--no-seeds", "load", file.to_str().unwrap()]).ok();
    for format in ["csv", "tsv", "json", "jsonl", "table"] {
        let whole = kb.run(&["--format", format, "-e", "funding"]).ok();
        assert!(
            whole.stdout.len() > 128 * 1024,
            "{format}: too small a test"
        );
        let mut c = kb.cmd();
        c.args(["--format", format, "-e", "funding"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = c.spawn().unwrap();
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut first)
            .unwrap();
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_no_panic(&stderr);
        assert_eq!(stderr, "", "{format}: a closed pipe reported");
        assert_eq!(out.status.code(), Some(0), "{format}: {stderr}");
    }
}

#[test]
fn a_dump_onto_a_full_disk_is_an_output_error() {
    // /dev/full fails every write with ENOSPC: our output failed, not the
    // store, so the exit code is 74 (EX_IOERR), never 3.
    let kb = Kb::seeded();
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full exists on Linux");
    let out = kb.cmd().arg("dump").stdout(full).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(74), "{stderr}");
    assert!(stderr.contains("output error"), "{stderr}");
    assert!(!stderr.contains("storage error"), "{stderr}");
}

#[test]
fn a_query_onto_a_full_disk_is_an_output_error() {
    // `--help` promises 74 when our own output cannot be written: a query's
    // answer, alone, in a script, or in envelopes, stops there (every later
    // answer would be lost the same way), and it is not counted a query
    // error (1).
    let kb = Kb::seeded();
    let full = || {
        std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full exists on Linux")
    };
    for (args, input) in [
        (vec!["-e", "funding by source"], ""),
        (vec!["--format", "json", "-e", "funding"], ""),
        (vec!["--format", "csv"], "count funding\nshow 义县\n"),
        (vec!["--envelope", "always"], "count funding\n"),
    ] {
        let mut c = kb.cmd();
        c.args(&args)
            .stdin(Stdio::piped())
            .stdout(full())
            .stderr(Stdio::piped());
        let mut child = c.spawn().unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_no_panic(&stderr);
        assert_eq!(out.status.code(), Some(74), "{args:?}: {stderr}");
        assert!(stderr.contains("output error"), "{args:?}: {stderr}");
        assert_eq!(
            stderr.matches("No space left").count(),
            1,
            "{args:?}: reported once: {stderr}"
        );
    }
}

#[test]
fn stdout_and_stderr_stay_separate_on_mixed_input() {
    // Every stdout line of a csv run is a result line: no diagnostics.
    let kb = Kb::seeded();
    let input = "count funding\nshow 凌海区\n\u{0}\nkinds extra\ncount projects\n";
    let out = kb
        .run_stdin(
            &["--format", "csv", "--envelope", "never"],
            input.as_bytes(),
        )
        .code(1);
    assert_eq!(out.stdout, "count\n10\ncount\n5\n");
    assert_eq!(out.stderr.matches("error:").count(), 3, "{}", out.stderr);
    assert!(out.stderr.contains("凌海区"), "{}", out.stderr);
    let lines = reported_lines(&out.stderr, "stdin");
    assert_eq!(lines, vec![2, 3, 4], "{}", out.stderr);
}

#[test]
fn help_mentions_the_subcommands() {
    let kb = Kb::new();
    let help = kb.run(&["--help"]).ok();
    for word in [
        "dump",
        "load",
        "run",
        "--db",
        "--format",
        "--bail",
        "--no-seeds",
    ] {
        assert!(help.stdout.contains(word), "--help lacks {word}");
    }
    assert!(!kb.db().exists());
}

/// The record `seedkb test --help` shows is run on the seeds as written:
/// help that teaches a record must not teach a failing one.
#[test]
fn the_record_in_test_help_passes_on_the_seeds() {
    let kb = Kb::seeded();
    let help = kb.run(&["test", "--help"]).ok().stdout;
    let start = help
        .find("  query ")
        .unwrap_or_else(|| panic!("no record in test --help:\n{help}"));
    let record: String = help[start..]
        .lines()
        .take_while(|l| !l.trim().is_empty())
        .map(|l| format!("{}\n", l.trim()))
        .collect();
    assert!(record.contains("----"), "{record}");
    let slt = kb.path().join("help.slt");
    std::fs::write(&slt, &record).unwrap();
    let out = kb.run(&["test", slt.to_str().unwrap()]).ok();
    assert!(out.stdout.contains("1 passed, 0 failed"), "{}", out.stdout);
}

/// `.help` quotes an exact sum and its rounded reading: they are the
/// seeds' answers, not numbers of an older seed.
#[test]
fn the_sums_help_quotes_are_the_seeds_answers() {
    let kb = Kb::seeded();
    let help = kb.run_stdin(&[], b".help\n").ok().stdout;
    let flat = help.replace('\n', " ");
    let after = flat
        .split("sums exact (")
        .nth(1)
        .unwrap_or_else(|| panic!("no sum quoted in .help:\n{help}"));
    let exact = after.split(';').next().unwrap().trim();
    let rounded = after
        .split(" for ")
        .nth(1)
        .and_then(|r| r.split(')').next())
        .unwrap()
        .trim();
    let q = "sum amount of funding by recipient limit 1";
    let out = kb.run(&["-e", q]).ok().stdout;
    assert!(
        out.contains(exact),
        "{exact} is not the answer of `{q}`:\n{out}"
    );
    let out = kb.run(&["-e", &format!("{q} rounded")]).ok().stdout;
    assert!(
        out.contains(rounded),
        "{rounded} is not the rounded answer:\n{out}"
    );
}

/// A mistyped --db (its directory does not exist) is refused before
/// anything is created, so a script does not get a fresh seeded
/// database's answers with exit 0.
#[test]
fn a_db_in_a_missing_directory_is_refused() {
    let kb = Kb::new();
    let db = kb.path().join("nodir").join("db");
    let out = kb
        .bare()
        .arg("--db")
        .arg(&db)
        .args(["-e", "count funding"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("does not exist"), "{err}");
    assert!(!kb.path().join("nodir").exists());
    // The database directory itself may be new.
    kb.run(&["-e", "count funding"]).ok();
    assert!(kb.db().exists());
}

/// A --db naming a folder of the user's (not a database, not empty) is
/// refused before sled writes into it; an empty folder becomes a new
/// database, which is said as for a new path.
#[test]
fn a_db_at_a_folder_that_is_no_database_is_refused_and_left_alone() {
    let kb = Kb::new();
    let folder = kb.path().join("papers");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("notes.txt"), "mine").unwrap();
    let out = run(
        {
            let mut c = kb.bare();
            c.arg("--db").arg(&folder).args(["-e", "count funding"]);
            c
        },
        None,
    );
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr
            .contains("is not a seedkb database (it holds notes.txt)")
            && out.stderr.contains("left it untouched"),
        "{}",
        out.stderr
    );
    let left: Vec<_> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left, ["notes.txt"]);
    // A file is no database directory either.
    let file = folder.join("notes.txt");
    let out = run(
        {
            let mut c = kb.bare();
            c.arg("--db").arg(&file).args(["-e", "count funding"]);
            c
        },
        None,
    );
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("is a file"), "{}", out.stderr);
    assert_eq!(std::fs::read(&file).unwrap(), b"mine");

    let empty = kb.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let out = run(
        {
            let mut c = kb.bare();
            c.arg("--db").arg(&empty).args(["-e", "count funding"]);
            c
        },
        None,
    )
    .ok();
    assert!(
        out.stderr.contains("note: created a new database at "),
        "{}",
        out.stderr
    );
    // Opened again, it is a database: no note.
    let again = run(
        {
            let mut c = kb.bare();
            c.arg("--db").arg(&empty).args(["-e", "count funding"]);
            c
        },
        None,
    )
    .ok();
    assert_eq!(again.stdout, out.stdout);
    assert!(!again.stderr.contains("created"), "{}", again.stderr);
}

/// `find` shows a fact's modality as every other answer does: the seed's
/// forecast trade of the logistics park is 预计 20亿元, not a result.
#[test]
fn find_keeps_the_modality_of_the_facts_it_lists() {
    let kb = Kb::seeded();
    let out = kb.run(&["-e", "find 交易额", "--format", "json"]).ok();
    let rows: Json = serde_json::from_str(&out.stdout).unwrap();
    let facts: Vec<String> = rows
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| r["facts"].as_array().unwrap().clone())
        .map(|f| f.as_str().unwrap().to_string())
        .collect();
    assert!(
        facts
            .iter()
            .any(|f| f.ends_with(" · annual_trade_value · 预计 20亿元")),
        "{facts:?}"
    );
    assert!(!facts.iter().any(|f| f.ends_with(" · 20亿元")), "{facts:?}");
}

/// Loading a different text under a name already loaded replaces the
/// earlier version, and the load says so (two users may pick one name).
#[test]
fn a_load_that_replaces_an_earlier_version_says_so() {
    let kb = Kb::seeded();
    let text = |amount: &str| {
        format!("石桥镇光伏项目并网\n\n本报讯 2021年5月10日,石桥镇光伏发电项目正式并网,项目总投资{amount},装机容量20兆瓦。\n")
    };
    let path = kb.write("shiqiao.txt", &text("8000万元"));
    let path = path.to_str().unwrap();
    let first = kb.run(&["load", path]).ok();
    assert!(!first.stderr.contains("replaced"), "{}", first.stderr);
    kb.write("shiqiao.txt", &text("9000万元"));
    let second = kb.run(&["load", path]).ok();
    assert!(
        second
            .stderr
            .contains("note: replaced an earlier version of shiqiao.txt"),
        "{}",
        second.stderr
    );
    // The same text again changes nothing and replaces nothing.
    let third = kb.run(&["load", path]).ok();
    assert!(!third.stderr.contains("replaced"), "{}", third.stderr);
    // Read again with a date: its facts are replaced, but no other text
    // took the name, so no note says one did.
    let dated = kb.run(&["load", "--published", "2021-05-11", path]).ok();
    assert!(
        dated.stdout.contains("1 new or replaced"),
        "{}",
        dated.stdout
    );
    assert!(!dated.stderr.contains("replaced"), "{}", dated.stderr);
}

#[test]
fn a_query_given_as_a_subcommand_gets_a_hint() {
    let kb = Kb::new();
    let out = kb.run(&["show", "义县", "--format", "csv"]).code(2);
    assert!(
        out.stderr.contains("seedkb -e 'show 义县' (or"),
        "{}",
        out.stderr
    );
    assert!(!kb.db().exists());
}

/// grammar/examples.txt is what a newcomer copies: every example runs on
/// the bundled seeds without an error (tests/grammar.rs checks they parse).
#[test]
fn every_grammar_example_runs_on_the_seeds() {
    let kb = Kb::seeded();
    let examples = concat!(env!("CARGO_MANIFEST_DIR"), "/grammar/examples.txt");
    let out = kb.run(&["run", examples]).ok();
    assert!(!out.stderr.contains("error"), "{}", out.stderr);
}

#[test]
fn dump_refuses_a_format_it_does_not_write() {
    let kb = Kb::seeded();
    let out = kb.run(&["dump", "--format", "csv"]).code(2);
    assert!(out.stderr.contains("JSON lines"), "{}", out.stderr);
}

#[test]
fn load_explain_says_where_each_value_went_and_why() {
    let kb = Kb::new();
    let f = kb.write(
        "signing.txt",
        "乌兰察布市新能源项目签约\n\n华风新能源有限公司、北辰电力集团和青山储能有限公司分别签约\
         风电项目300兆瓦、150兆瓦和400兆瓦，三个项目合计850兆瓦。\n\n项目建设工期18个月。\n",
    );
    let out = kb
        .run(&["--no-seeds", "load", "--explain", f.to_str().unwrap()])
        .ok();
    for want in [
        "signing.txt:3  150兆瓦 → 北辰电力集团.capacity  (subject: 分别: value 2 of 3",
        "850兆瓦 → 乌兰察布市.capacity  (subject: a total (合计…) after a list",
        // A number a rule leaves out says so, and why.
        "signing.txt:5  18个 → left out  (a duration",
        "loaded 1 document(s)",
    ] {
        assert!(out.stdout.contains(want), "{want} not in:\n{}", out.stdout);
    }
}

/// Energy (千瓦时) and volume (立方米, 万方) are read as values in their own
/// units, queried with unit words, and printed as the other units are.
#[test]
fn energy_and_volume_are_values_queried_by_their_units() {
    let kb = Kb::new();
    let f = kb.write(
        "plant.txt",
        "华能岚山电厂扩建工程投产\n\n华能岚山电厂扩建工程近日投产，装机容量200万千瓦，\
         年发电量约100亿千瓦时，年用水量300万立方米。项目完成土石方120万方。\n",
    );
    let out = kb
        .run(&["--no-seeds", "load", "--explain", f.to_str().unwrap()])
        .ok();
    for want in [
        "约100亿千瓦时 → 华能岚山电厂扩建工程.annual_power_generation",
        "300万立方米 → 华能岚山电厂扩建工程.water_consumption",
        "120万方 → 华能岚山电厂扩建工程.earthwork",
        "200万千瓦 → 华能岚山电厂扩建工程.installed_capacity",
    ] {
        assert!(out.stdout.contains(want), "{want} not in:\n{}", out.stdout);
    }
    let q = "projects where annual_power_generation > 1亿千瓦时 and earthwork >= 100万立方米";
    let out = kb.run(&["-e", q, "--format", "csv"]).ok();
    assert!(
        out.stdout
            .contains("10000000000000,Wh,about,reported,,,约100亿千瓦时")
            && out.stdout.contains("1200000,m3,exact,reported,,,120万方"),
        "{}",
        out.stdout
    );
    // A total is not a rate: energy does not compare with power.
    let out = kb
        .run(&["-e", "projects where installed_capacity > 1亿千瓦时"])
        .code(1);
    assert!(out.stderr.contains("energy (Wh)"), "{}", out.stderr);
}

#[test]
fn load_published_gives_the_year_a_text_does_not_print() {
    let kb = Kb::new();
    let f = kb.write(
        "court.txt",
        "青石县法院去年审结案件8600件\n\n本报讯 1月14日，青石县人民法院院长作工作报告。\
         今年县法院将力争结案率保持在95%以上。\n",
    );
    let f = f.to_str().unwrap();
    // A date that is none, or has no year, stops the load before it reads.
    for (bad, why) in [
        ("2025-13-01", "'2025-13-01' is not a valid date"),
        ("2025-02-30", "February 2025 has 28 days"),
        ("????-05-04", "has no year"),
    ] {
        let out = kb
            .run(&["--no-seeds", "load", "--published", bad, f])
            .code(2);
        assert!(
            out.stderr.contains("--published <DATE>") && out.stderr.contains(why),
            "{bad}: {}",
            out.stderr
        );
    }
    let dated = |kb: &Kb| {
        let dump = kb.run(&["dump"]).ok().stdout;
        // Dates, and the periods figures carry (去年审结案件…).
        parse_jsonl(&dump)
            .into_iter()
            .filter_map(|f| match f["unit"] == "date" {
                true => f["value"].as_str().map(str::to_string),
                false => f["period"].as_str().map(str::to_string),
            })
            .collect::<Vec<_>>()
    };
    // No year printed: 1月14日 has none, 去年 (the headline figure's
    // period) is the year before the document's (Y-1), 今年 alone no date.
    kb.run(&["--no-seeds", "load", f]).ok();
    let mut got = dated(&kb);
    got.sort();
    assert_eq!(got, ["????-01-14", "Y-1"]);
    let kb = Kb::new();
    kb.run(&["--no-seeds", "load", "--published", "2025-01-20", f])
        .ok();
    let mut got = dated(&kb);
    got.sort();
    // The date given is kept too, as the document's own.
    assert_eq!(got, ["2024", "2025", "2025-01-14", "2025-01-20"]);
}

/// An unchanged text loaded again with another --published is read again
/// with that date; with the same date, nothing changes.
#[test]
fn load_published_again_with_another_date_reads_the_text_again() {
    let kb = Kb::new();
    let f = kb.write(
        "court.txt",
        "青石县法院去年审结案件8600件\n\n本报讯 1月14日，青石县人民法院院长作工作报告。\n",
    );
    let f = f.to_str().unwrap();
    let dated = |kb: &Kb| {
        let dump = kb.run(&["dump"]).ok().stdout;
        // Dates, and the period of the headline's figure (去年).
        let mut got: Vec<String> = parse_jsonl(&dump)
            .into_iter()
            .filter_map(|f| match f["unit"] == "date" {
                true => f["value"].as_str().map(str::to_string),
                false => f["period"].as_str().map(str::to_string),
            })
            .collect();
        got.sort();
        got
    };
    let load = |date: &str| {
        kb.run(&["--no-seeds", "load", "--published", date, f])
            .ok()
            .stdout
    };
    assert!(load("2025-01-20").contains("1 new or replaced"));
    assert_eq!(dated(&kb), ["2024", "2025-01-14", "2025-01-20"]);
    let same = load("2025-01-20");
    assert!(
        same.contains("0 new or replaced") && same.contains("1 unchanged"),
        "{same}"
    );
    let other = load("2026-01-19");
    assert!(other.contains("1 new or replaced"), "{other}");
    assert_eq!(dated(&kb), ["2025", "2026-01-14", "2026-01-19"]);
    let again = load("2026-01-19");
    assert!(again.contains("1 unchanged"), "{again}");
    kb.run(&["check"]).ok();
}

#[test]
fn load_a_directory_reads_its_documents_and_sums_up() {
    let kb = Kb::new();
    let dir = kb.path().join("corpus");
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::write(
        dir.join("a.txt"),
        "甲县新闻\n\n甲县今年建成污水处理站40座。\n",
    )
    .unwrap();
    std::fs::write(dir.join("b.txt"), "乙镇新闻\n\n乙镇新增垃圾转运车6辆。\n").unwrap();
    std::fs::write(dir.join("notes.md"), "not an article").unwrap();
    let out = kb.run(&["--no-seeds", "load", dir.to_str().unwrap()]).ok();
    assert!(
        out.stdout.contains("loaded 2 document(s)"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("files: 2 read, 1 skipped (not .txt, .facts.toml or .jsonl); 2 document(s)"),
        "{}",
        out.stdout
    );
    let show = kb.run(&["-e", "show 乙镇"]).ok();
    assert!(
        show.stdout.contains("garbage_truck_count"),
        "{}",
        show.stdout
    );
}

/// Issue 11: the same entity named in several documents of a corpus is
/// one entity (北镇 said for the county-level city 北镇市 named so in
/// another document), and the values the documents give it for one
/// attribute are all kept, each with its document.
#[test]
fn load_a_directory_makes_one_entity_of_a_name_in_several_documents() {
    let kb = Kb::new();
    let dir = kb.path().join("corpus");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("a.txt"),
        "北镇市葡萄产业\n2022-09-15 来源：北镇融媒\n北镇市今年葡萄种植面积16万亩，建成冷库23座。\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("b.txt"),
        "北镇葡萄丰收\n2023-09-20 来源：锦州日报\n截至目前，北镇葡萄种植面积18万亩。\n",
    )
    .unwrap();
    let out = kb
        .run(&["--no-seeds", "load", "--explain", dir.to_str().unwrap()])
        .ok();
    assert!(
        out.stdout
            .contains("merged: b.txt: 北镇 (town) is 北镇市 (city), named so in a.txt"),
        "{}",
        out.stdout
    );
    let show = kb.run(&["--format", "csv", "-e", "show 北镇"]).ok();
    let rows: Vec<&str> = show
        .stdout
        .lines()
        .filter(|l| l.contains("planted_area"))
        .collect();
    assert_eq!(rows.len(), 2, "{}", show.stdout);
    assert!(rows.iter().all(|r| r.starts_with("北镇市,")), "{rows:?}");
    assert!(
        rows.iter()
            .any(|r| r.contains("16万亩") && r.ends_with("a.txt")),
        "{rows:?}"
    );
    assert!(
        rows.iter()
            .any(|r| r.contains("18万亩") && r.contains("2023-09-20") && r.ends_with("b.txt")),
        "{rows:?}"
    );
    // No town named 北镇 besides: the only place is the city.
    let cities = kb.run(&["--format", "csv", "-e", "count cities"]).ok();
    assert_eq!(cities.stdout.trim(), "count\n1", "{}", cities.stdout);
    let towns = kb.run(&["-e", "count towns"]).code(1);
    assert!(towns.stderr.contains("unknown kind"), "{}", towns.stderr);
}

// ─────────────────── several queries, dot-commands (issue 14) ───────────────────

/// Three queries, the second failing, in each machine format: the output
/// parses whole and every answer or error sits beside its query.
#[test]
fn several_queries_come_in_envelopes_that_parse_whole() {
    let kb = Kb::seeded();
    let input = "count funding\nfunding wher amount > 1\ncount projects\n";
    let json = kb
        .run_stdin(&["--format", "json"], input.as_bytes())
        .code(1);
    let all: Vec<Json> = serde_json::from_str(&json.stdout)
        .unwrap_or_else(|e| panic!("one JSON document ({e}):\n{}", json.stdout));
    assert_eq!(all.len(), 3, "{}", json.stdout);
    assert_eq!(all[0]["query"], "count funding");
    assert_eq!(all[0]["rows"][0]["count"], 10);
    assert_eq!(all[1]["query"], "funding wher amount > 1");
    assert_eq!(all[1]["source"], "stdin:2");
    assert_eq!(all[1]["error"]["line"], 2);
    assert_eq!(all[1]["error"]["column"], 9);
    assert_eq!(all[1]["error"]["message"], "unexpected 'wher'");
    assert!(all[1].get("rows").is_none());
    assert_eq!(all[2]["rows"][0]["count"], 5);
    // The person at the terminal still gets the report on stderr.
    assert!(json.stderr.contains("stdin:2:9: error:"), "{}", json.stderr);

    let jsonl = kb
        .run_stdin(&["--format", "jsonl"], input.as_bytes())
        .code(1);
    let lines = parse_jsonl(&jsonl.stdout);
    assert_eq!(lines, all, "jsonl: the same envelopes, one a line");

    for (format, sep) in [("csv", b','), ("tsv", b'\t')] {
        let out = kb
            .run_stdin(&["--format", format], input.as_bytes())
            .code(1);
        let mut r = csv::ReaderBuilder::new()
            .delimiter(sep)
            .from_reader(out.stdout.as_bytes());
        assert_eq!(
            r.headers().unwrap().iter().collect::<Vec<_>>(),
            ["query", "row", "column", "value"]
        );
        let recs: Vec<Vec<String>> = r
            .records()
            .map(|x| x.unwrap().iter().map(str::to_string).collect())
            .collect();
        let find = |q: &str, row: &str, col: &str| {
            recs.iter()
                .find(|x| x[0] == q && x[1] == row && x[2] == col)
                .map(|x| x[3].clone())
        };
        assert_eq!(find("1", "1", "count").as_deref(), Some("10"), "{format}");
        assert_eq!(
            find("2", "0", "query").as_deref(),
            Some("funding wher amount > 1")
        );
        let err = find("2", "0", "error").expect("the failure is in the output");
        assert!(err.starts_with("stdin:2:9: unexpected 'wher'"), "{err}");
        assert_eq!(find("3", "1", "count").as_deref(), Some("5"), "{format}");
    }

    // -e too, named by number; one query alone keeps the plain form.
    let e = kb
        .run(&["-f", "jsonl", "-e", "count funding", "-e", "count projects"])
        .ok();
    let lines = parse_jsonl(&e.stdout);
    assert_eq!(lines[1]["source"], "-e #2");
    assert_eq!(lines[1]["rows"][0]["count"], 5);
    let one = kb.run(&["-f", "jsonl", "-e", "count funding"]).ok();
    assert_eq!(one.stdout, "{\"count\":10}\n");
    // Asked for: never.
    let never = kb
        .run(&[
            "-f",
            "csv",
            "--envelope",
            "never",
            "-e",
            "count funding",
            "-e",
            "count projects",
        ])
        .ok();
    assert_eq!(never.stdout, "count\n10\ncount\n5\n");
}

/// CSV and TSV keep what JSON says about a quantity: unit, bound, words.
#[test]
fn csv_and_tsv_keep_the_unit_bound_and_words_of_quantities() {
    let kb = Kb::seeded();
    let q = "projects where total_investment > 2亿元";
    for (format, sep) in [("csv", b','), ("tsv", b'\t')] {
        let out = kb.run(&["-e", q, "--format", format]).ok();
        let mut r = csv::ReaderBuilder::new()
            .delimiter(sep)
            .from_reader(out.stdout.as_bytes());
        let headers = r.headers().unwrap().clone();
        let col = |name: &str| {
            headers
                .iter()
                .position(|h| h == name)
                .unwrap_or_else(|| panic!("{format}: no column {name}: {headers:?}"))
        };
        let row = r.records().next().expect("a row").unwrap();
        assert_eq!(&row[col("total_investment")], "240000000");
        assert_eq!(&row[col("total_investment_unit")], "CNY");
        assert_eq!(&row[col("total_investment_bound")], "at_least");
        assert_eq!(&row[col("total_investment_text")], "超2.4亿元");
        assert_eq!(&row[col("date_observed")], "2020-05-20");
        assert_eq!(&row[col("date_observed_text")], "5月20日");
    }
}

/// Dot-commands work in piped input and -e, as in sqlite3 and DuckDB:
/// settings quietly, answers like queries', mistakes as errors.
#[test]
fn dot_commands_work_on_stdin_and_with_e() {
    let kb = Kb::seeded();
    let sources = kb.run_stdin(&[], b".sources\n").ok();
    assert!(sources.stdout.starts_with("document"), "{}", sources.stdout);
    assert!(sources.stdout.contains("000_c0358a9eae1db40c.txt"));
    let e = kb.run(&["-e", ".sources"]).ok();
    assert_eq!(e.stdout, sources.stdout);

    // `.format json` changes the format of what follows and prints nothing.
    let fmt = kb
        .run_stdin(
            &[],
            b".format json\n.timer off\n.maxrows 5\ncount funding\n",
        )
        .ok();
    let v: Json = serde_json::from_str(&fmt.stdout).expect("only JSON on stdout");
    assert_eq!(v[0]["count"], 10);

    let kinds = kb.run_stdin(&["-f", "csv"], b".kinds\n").ok();
    assert!(
        kinds.stdout.starts_with("kind,entities\n"),
        "{}",
        kinds.stdout
    );
    let attrs = kb.run(&["-f", "csv", "-e", ".attrs funding"]).ok();
    assert!(attrs.stdout.contains("amount"), "{}", attrs.stdout);
    // An unknown kind is reported in the words typed, not as the query
    // `.attrs` becomes (whose caret pointed at a line never typed).
    let typo = kb.run_stdin(&[], b".attrs fundin\n").code(1);
    assert!(
        typo.stderr.contains(".attrs fundin: unknown kind 'fundin'")
            && typo.stderr.contains("did you mean funding")
            && !typo.stderr.contains("attributes of"),
        "{}",
        typo.stderr
    );
    let help = kb.run_stdin(&[], b".help\n").ok();
    assert!(help.stdout.contains(".format"), "{}", help.stdout);

    let bad = kb.run_stdin(&[], b"count funding\n.sorces\n").code(1);
    assert!(bad.stderr.contains("stdin:2:"), "{}", bad.stderr);
    assert!(
        bad.stderr.contains("did you mean .sources?"),
        "{}",
        bad.stderr
    );
    let bad_format = kb.run(&["-e", ".format yaml"]).code(1);
    assert!(
        bad_format.stderr.contains("unknown format 'yaml'"),
        "{}",
        bad_format.stderr
    );

    // .quit ends the script.
    let quit = kb
        .run_stdin(&[], b"count funding\n.quit\ncount projects\n")
        .ok();
    assert_eq!(quit.stdout, "count\n-----\n   10\n");
}

/// `load FILE` typed as a query (at the shell's prompt or in a script)
/// and `.load FILE` say that loading is the program's command and how to
/// run it, not "expected 'where', 'by' …" with `load` taken for a kind.
#[test]
fn load_typed_in_the_shell_says_where_loading_runs() {
    let kb = Kb::seeded();
    let out = kb
        .run_stdin(&[], b"load corpus/dongling_plan.txt\n.load corpus/\n")
        .code(1);
    assert!(
        out.stderr.contains("stdin:1:")
            && out
                .stderr
                .contains("`load` is a command of the seedkb program, not a query")
            && out.stderr.contains("seedkb load")
            && !out.stderr.contains("expected 'where'"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("stdin:2:")
            && out
                .stderr
                .contains("unknown command .load: `load` is a command")
            && out.stderr.contains("Ctrl-D"),
        "{}",
        out.stderr
    );
    // A query whose first word is a kind is not taken for a command.
    let kind = kb.run_stdin(&[], b"fundin where amount > 1\n").code(1);
    assert!(
        !kind.stderr.contains("command of the seedkb"),
        "{}",
        kind.stderr
    );
    // `.help` says so, and names the glossary a reader without Chinese needs.
    let help = kb.run_stdin(&[], b".help\n").ok();
    assert!(
        help.stdout.contains("seedkb load FILE") && help.stdout.contains(".help amount"),
        "{}",
        help.stdout
    );
}

/// The measure words and units a table shows are in the glossary:
/// `.help 亩`, `.help 户`, `.help 人次` open it, and it converts 亩.
#[test]
fn help_explains_units_and_measure_words() {
    let kb = Kb::seeded();
    for word in ["亩", "户", "人次", "家"] {
        let out = kb.run(&["-e", &format!(".help {word}")]).ok();
        assert!(
            out.stdout.contains("666.7 m²") && out.stdout.contains("person-times"),
            ".help {word}: {}",
            out.stdout
        );
    }
}

/// `count documents` and `kinds` count the documents that are entities;
/// when some loaded documents are none (a dump's), the answer says how
/// many were loaded, as `.sources` lists them (146 loaded read as 4).
#[test]
fn counting_documents_says_how_many_were_loaded() {
    let kb = Kb::seeded();
    // The seed's one document is an entity: nothing to say.
    let seeded = kb.run(&["-e", "count documents"]).ok();
    assert!(
        !seeded.stdout.contains("documents loaded"),
        "{}",
        seeded.stdout
    );
    let file = kb.path().join("gen.jsonl");
    kb.run(&["generate", "--facts", "300", "-o", file.to_str().unwrap()])
        .ok();
    kb.run(&["load", file.to_str().unwrap()]).ok();
    let sources = kb.run(&["--format", "csv", "-e", ".sources"]).ok();
    let loaded = sources.stdout.lines().count() - 1;
    assert!(loaded > 1, "{}", sources.stdout);
    let count = kb.run(&["--format", "csv", "-e", "count documents"]).ok();
    assert_eq!(count.stdout, "count\n1\n");
    let note = format!("1 of the {loaded} documents loaded is an entity of the kind document");
    assert!(count.stderr.contains(&note), "{}", count.stderr);
    assert!(
        count.stderr.contains("`.sources` lists all"),
        "{}",
        count.stderr
    );
    let kinds = kb.run(&["-e", "kinds"]).ok();
    assert!(kinds.stdout.contains(&note), "{}", kinds.stdout);
    // Another kind's answer has no such note.
    let funding = kb.run(&["-e", "count funding"]).ok();
    assert!(
        !funding.stdout.contains("documents loaded"),
        "{}",
        funding.stdout
    );
}

/// An error from one of several -e names which one.
#[test]
fn errors_from_e_say_which_e() {
    let kb = Kb::seeded();
    let out = kb
        .run(&["-e", "count funding", "-e", "funding where amout > 1"])
        .code(1);
    assert!(
        out.stderr
            .starts_with("-e #2:1:15: error: unknown attribute 'amout'"),
        "{}",
        out.stderr
    );
}

/// `check` and `.sources` (the banner's sum) count the documents' facts
/// alike; `--help` lists every exit code.
#[test]
fn check_counts_the_facts_the_banner_counts_and_help_lists_exit_70() {
    let kb = Kb::seeded();
    let sources = kb.run(&["-f", "csv", "-e", ".sources"]).ok();
    let stated: u64 = sources
        .stdout
        .lines()
        .skip(1)
        .map(|l| l.rsplit(',').next().unwrap().parse::<u64>().unwrap())
        .sum();
    let check = kb.run(&["check"]).ok();
    assert!(
        check.stdout.contains(&format!("stating {stated} facts")),
        "{}",
        check.stdout
    );
    let help = kb.run(&["--help"]).ok();
    let codes = help.stdout.split("Exit codes:").nth(1).expect("exit codes");
    for code in ["0 ", "1 ", "2 ", "3 ", "70 "] {
        assert!(codes.contains(code), "exit code {code}missing: {codes}");
    }
}

/// What a new user writes out of order gets a hint: a space before the
/// unit, `where` after `by`; a name found by its prefix is said to be.
#[test]
fn hints_for_a_spaced_unit_where_after_by_and_a_prefix_shown() {
    let kb = Kb::seeded();
    let unit = kb.run(&["-e", "funding where amount > 1 亿元"]).code(1);
    assert!(
        unit.stderr
            .contains("no space between a number and its unit: write '1亿元'"),
        "{}",
        unit.stderr
    );
    let order = kb
        .run(&["-e", "count funding by source where amount > 1亿元 limit 2"])
        .code(1);
    assert!(
        order.stderr.contains(
            "'where' comes before 'by': count funding where amount > 1亿元 by source limit 2"
        ),
        "{}",
        order.stderr
    );
    // The suggested query runs.
    kb.run(&["-e", "count funding where amount > 1亿元 by source limit 2"])
        .ok();
    let prefix = kb.run(&["-e", "show 义县社会"]).ok();
    assert!(
        prefix.stderr.contains(
            "no entity named 义县社会; showing 义县社会扶贫资金, the only name that starts with it"
        ),
        "{}",
        prefix.stderr
    );
    assert!(prefix.stdout.contains("义县社会扶贫资金"));
    let exact = kb.run(&["-e", "show 义县"]).ok();
    assert!(exact.stderr.is_empty(), "{}", exact.stderr);
}

/// `limit` keeps the columns of the rows it keeps, not of those it cut.
#[test]
fn limit_chooses_columns_from_the_rows_it_keeps() {
    let kb = Kb::seeded();
    let out = kb.run(&["-f", "json", "-e", "funding limit 1"]).ok();
    let rows: Vec<Json> = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(rows.len(), 1);
    let row = rows[0].as_object().unwrap();
    let empty: Vec<&String> = row
        .iter()
        .filter(|(_, v)| v.is_null())
        .map(|(k, _)| k)
        .collect();
    assert!(empty.is_empty(), "columns only the cut rows had: {empty:?}");
    // Without a limit every attribute of the kind is a column.
    let all = kb.run(&["-f", "csv", "-e", "funding"]).ok();
    let header = all.stdout.lines().next().unwrap();
    assert!(header.split(',').count() > row.len(), "{header}");
}

/// A `.txt` with no words is refused with its name, by the whole-document
/// path and by the one a long text takes (`SEEDKB_TEXT_PART_KB`), and the
/// store is unchanged.
#[test]
fn a_text_without_words_is_refused_on_both_load_paths() {
    let kb = Kb::seeded();
    let before = kb.dump();
    let blank = kb.write("blank.txt", &" \n\n\t\n".repeat(600));
    for part_kb in ["1024", "1"] {
        let mut c = kb.cmd();
        c.env("SEEDKB_TEXT_PART_KB", part_kb)
            .args(["load", blank.to_str().unwrap()]);
        let out = run(c, None).code(1);
        assert!(
            out.stderr
                .contains("blank.txt: the document has no text to extract facts from"),
            "SEEDKB_TEXT_PART_KB={part_kb}: {}",
            out.stderr
        );
    }
    assert_eq!(kb.dump(), before);
}

/// `seedkb dump > all.txt; seedkb load all.txt` would read the dump as an
/// article (its JSON taken for sentences, facts made of it): refused with
/// its position and the name that loads it, on both load paths and by
/// `--explain`, and the store is unchanged; under that name it loads.
#[test]
fn a_dump_saved_as_text_is_refused_with_the_name_that_loads_it() {
    let kb = Kb::seeded();
    let before = kb.dump();
    let raw = kb.run(&["dump"]).ok().stdout;
    let saved = kb.write("all.txt", &format!("\n{raw}"));
    for part_kb in ["1024", "1"] {
        for explain in [false, true] {
            let mut c = kb.cmd();
            c.env("SEEDKB_TEXT_PART_KB", part_kb).arg("load");
            if explain {
                c.arg("--explain");
            }
            c.arg(saved.to_str().unwrap());
            let out = run(c, None).code(1);
            assert!(
                out.stderr.contains(
                    "all.txt:2:1: this is a seedkb dump (JSON lines), not an article: expected \
                     article text in a .txt file; a dump loads under a .jsonl name (rename it \
                     all.jsonl)"
                ),
                "SEEDKB_TEXT_PART_KB={part_kb} explain={explain}: {}",
                out.stderr
            );
        }
    }
    assert_eq!(kb.dump(), before);
    let renamed = kb.write("all.jsonl", &raw);
    let empty = Kb::new();
    empty.run(&["load", renamed.to_str().unwrap()]).ok();
    assert_eq!(empty.dump(), before);
}

/// Reads a TSV cell back: `\t`, `\n`, `\r`, `\\` (README, Formats).
fn tsv_cell(s: &str) -> String {
    seedkb::output::tsv_unescape(s).unwrap_or_else(|e| panic!("{e}"))
}

/// Background knowledge is never a quote in a machine format: JSON has the
/// quote null and the reason in `background` (`ATTR.background` beside
/// `ATTR.quote`), CSV and TSV a column of it; only a table writes
/// `[background: …]` where the quote stands.
#[test]
fn background_knowledge_has_a_field_of_its_own_in_machine_formats() {
    let kb = Kb::seeded();
    let q = "funding where source = 锦州银行 list name, source, source.quote";
    let rows: Json =
        serde_json::from_str(&kb.run(&["-e", q, "--format", "json"]).ok().stdout).unwrap();
    let row = &rows[0];
    assert_eq!(row["name"], "第一批政府性融资担保贷款", "{rows}");
    assert!(row["source.quote"].is_null(), "{row}");
    assert!(
        row["source.background"]
            .as_str()
            .is_some_and(|b| b.starts_with("inferred: ")),
        "{row}"
    );
    // `show`: every row has both fields, and exactly one holds text.
    let show = kb
        .run(&["-e", "show 义县", "--format", "jsonl"])
        .ok()
        .stdout;
    let rows: Vec<Json> = show
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(rows.len() > 10, "{show}");
    for r in &rows {
        assert!(r["quote"].is_string() != r["background"].is_string(), "{r}");
        assert!(
            !r["quote"].as_str().unwrap_or("").contains("[background"),
            "{r}"
        );
    }
    let alias = rows
        .iter()
        .find(|r| r["attribute"] == "alias" && r["value"] == "Yi County")
        .expect("the English name");
    assert_eq!(alias["background"], "English name (a translation)");
    assert!(alias["quote"].is_null() && alias["doc"] == "", "{alias}");
    // CSV and TSV: a `background` column right after `quote`.
    for (format, sep) in [("csv", ','), ("tsv", '\t')] {
        let out = kb.run(&["-e", "show 义县", "--format", format]).ok().stdout;
        let mut r = csv::ReaderBuilder::new()
            .delimiter(sep as u8)
            .quoting(format == "csv")
            .from_reader(out.as_bytes());
        let header: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
        let q = header.iter().position(|h| h == "quote").expect("quote");
        assert_eq!(header[q + 1], "background", "{header:?}");
        let v = header.iter().position(|h| h == "value").unwrap();
        let mut backgrounds = 0;
        for rec in r.records() {
            let rec: Vec<String> = rec.unwrap().iter().map(tsv_cell).collect();
            assert!(!rec[q].contains("[background"), "{rec:?}");
            assert!(rec[q].is_empty() != rec[q + 1].is_empty(), "{rec:?}");
            if rec[v] == "Yi County" {
                assert_eq!(rec[q + 1], "English name (a translation)");
            }
            backgrounds += usize::from(!rec[q + 1].is_empty());
        }
        assert_eq!(
            backgrounds,
            rows.iter().filter(|r| r["background"].is_string()).count(),
            "{format}"
        );
    }
    // The table keeps its reading.
    let table = kb.run(&["-e", "show 义县"]).ok().stdout;
    assert!(
        table.contains("[background: English name (a translation)]"),
        "{table}"
    );
}

/// A grouping marks a key its members have only by background knowledge:
/// `(inferred)` and a note in a table, a count in `COL_inferred` in JSON
/// and CSV (0 for a key the articles state).
#[test]
fn a_grouping_marks_a_key_that_is_inferred() {
    let kb = Kb::seeded();
    let out = kb.run(&["-e", "funding by source"]).ok().stdout;
    let line = |name: &str| {
        out.lines()
            .find(|l| l.starts_with(name))
            .unwrap_or_else(|| panic!("no {name}:\n{out}"))
            .to_string()
    };
    assert!(
        line("锦州银行").starts_with("锦州银行 (inferred) "),
        "{out}"
    );
    assert!(!line("社会").contains("inferred"), "{out}");
    assert!(
        out.lines()
            .any(|l| l.starts_with("note: (inferred): ") && l.contains("source of 1 member")),
        "{out}"
    );
    let rows: Json = serde_json::from_str(
        &kb.run(&["-e", "funding by source", "--format", "json"])
            .ok()
            .stdout,
    )
    .unwrap();
    let rows = rows.as_array().unwrap();
    let row = |source: &str| {
        rows.iter()
            .find(|r| r["source"] == source)
            .unwrap_or_else(|| panic!("no {source}: {rows:?}"))
    };
    assert_eq!(row("锦州银行")["source_inferred"], 1);
    assert_eq!(row("社会")["source_inferred"], 0);
    assert!(rows.iter().all(|r| r.get("source_inferred").is_some()));
    let csv = kb
        .run(&["-e", "funding by source", "--format", "csv"])
        .ok()
        .stdout;
    assert!(
        csv.starts_with("source,source_inferred,count,members,"),
        "{csv}"
    );
    assert!(csv.contains("\n锦州银行,1,1,"), "{csv}");
    assert!(csv.contains("\n社会,0,1,"), "{csv}");
    // A longer path is not marked (each hop would need its own count).
    let by_path = kb
        .run(&["-e", "funding by recipient.located_in", "--format", "csv"])
        .ok()
        .stdout;
    assert!(!by_path.contains("_inferred"), "{by_path}");
}

/// `seedkb test --bless` rewrites the blocks that differ from the current
/// answers, keeps comments and the other records, says which, exits 0; the
/// file then passes. Without --bless a mismatch is exit 1 with a diff.
#[test]
fn test_bless_rewrites_the_blocks_that_differ() {
    let kb = Kb::seeded();
    let text = "# kept: a comment\n\
                query I\n\
                count funding\n\
                ----\n\
                999\n\
                \n\
                # a passing record, untouched\n\
                query T\n\
                funding where amount > 1亿元 list name order by amount desc limit 1\n\
                ----\n\
                义县社会扶贫资金\n\
                \n\
                query T\n\
                funding by source list count limit 2\n\
                ----\n\
                stale row\n\
                another stale row\n\
                third\n\
                \n\
                query error unknown attribute 'amont'\n\
                funding where amont > 1\n";
    let slt = kb.write("pinned.slt", text);
    let path = slt.to_str().unwrap();
    let out = kb.run(&["test", path]).code(1);
    assert!(out.stdout.contains("2 passed, 2 failed"), "{}", out.stdout);
    assert_eq!(std::fs::read_to_string(&slt).unwrap(), text);

    let out = kb.run(&["test", "--bless", path]).ok();
    assert!(
        out.stdout
            .contains(&format!("{path}:2: blessed: count funding")),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains(&format!("{path}:13: blessed: funding by source")),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("2 blocks rewritten"), "{}", out.stdout);
    let blessed = std::fs::read_to_string(&slt).unwrap();
    assert!(
        blessed.starts_with("# kept: a comment\nquery I\ncount funding\n----\n10\n\n"),
        "{blessed}"
    );
    assert!(
        blessed.contains("# a passing record, untouched\nquery T\n"),
        "{blessed}"
    );
    // The letters follow the answer's columns (a key, then a count).
    assert!(
        blessed.contains("query TI\nfunding by source list count limit 2\n----\n"),
        "{blessed}"
    );
    assert!(!blessed.contains("stale"), "{blessed}");
    assert!(
        blessed.ends_with("query error unknown attribute 'amont'\nfunding where amont > 1\n"),
        "{blessed}"
    );
    // No temporary file is left beside it.
    let names: Vec<String> = std::fs::read_dir(kb.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("pinned"))
        .collect();
    assert_eq!(names, ["pinned.slt"]);
    let out = kb.run(&["test", path]).ok();
    assert!(out.stdout.contains("4 passed, 0 failed"), "{}", out.stdout);
    // Nothing to bless: the file is left alone.
    let out = kb.run(&["test", "--bless", path]).ok();
    assert!(out.stdout.contains("0 blocks rewritten"), "{}", out.stdout);
    assert_eq!(std::fs::read_to_string(&slt).unwrap(), blessed);
    // A query that fails cannot be blessed: it still fails.
    let broken = kb.write("broken.slt", "query I\ncount fundng\n----\n10\n");
    let out = kb
        .run(&["test", "--bless", broken.to_str().unwrap()])
        .code(1);
    assert!(out.stdout.contains("0 passed, 1 failed"), "{}", out.stdout);
    assert_eq!(
        std::fs::read_to_string(&broken).unwrap(),
        "query I\ncount fundng\n----\n10\n"
    );
}

/// `show` and `timeline` in machine formats give an attribute's plain name
/// and the extractor's mark in a field of its own (`extracted`, beside
/// `attribute` as `background` is beside `quote`); a table keeps
/// `NAME (extracted)`.
#[test]
fn machine_formats_give_the_extracted_mark_apart_from_the_attribute() {
    let kb = Kb::seeded();
    let doc = kb.write(
        "grapes.txt",
        "北镇市葡萄产业\n2022-09-15 来源：北镇融媒\n北镇市今年葡萄种植面积16万亩，建成冷库23座。\n",
    );
    kb.run(&["load", doc.to_str().unwrap()]).ok();
    let rows: Vec<Json> = kb
        .run(&["-e", "show 北镇市", "--format", "jsonl"])
        .ok()
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let area = rows
        .iter()
        .find(|r| r["attribute"] == "planted_area")
        .unwrap_or_else(|| panic!("no planted_area: {rows:?}"));
    assert_eq!(area["extracted"], true, "{area}");
    assert!(
        rows.iter()
            .all(|r| !r["attribute"].as_str().unwrap_or("").contains('(')),
        "{rows:?}"
    );
    // A curated fact says false; the seed's 义县 has only curated facts.
    let curated = kb.run(&["-e", "show 义县", "--format", "json"]).ok().stdout;
    let curated: Vec<Json> = serde_json::from_str(&curated).unwrap();
    assert!(
        curated
            .iter()
            .filter(|r| r["attribute"] != "alias")
            .all(|r| r["extracted"] == false),
        "{curated:?}"
    );
    // CSV: an `extracted` column right after `attribute`.
    let csv_out = kb
        .run(&["-e", "show 北镇市", "--format", "csv"])
        .ok()
        .stdout;
    let mut r = csv::Reader::from_reader(csv_out.as_bytes());
    let header: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
    let a = header
        .iter()
        .position(|h| h == "attribute")
        .expect("attribute");
    assert_eq!(header[a + 1], "extracted", "{header:?}");
    let planted = r
        .records()
        .map(|rec| rec.unwrap())
        .find(|rec| &rec[a] == "planted_area")
        .expect("planted_area row");
    assert_eq!(&planted[a + 1], "true");
    // timeline too.
    let tl = kb
        .run(&["-e", "timeline of 北镇市", "--format", "jsonl"])
        .ok()
        .stdout;
    let first: Json = serde_json::from_str(tl.lines().next().expect("a dated fact")).unwrap();
    assert!(
        first["extracted"].is_boolean() && !first["attribute"].as_str().unwrap().contains('('),
        "{first}"
    );
    // The table reads as before.
    let table = kb.run(&["-e", "show 北镇市"]).ok().stdout;
    assert!(table.contains("planted_area (extracted)"), "{table}");
}

/// `show` in a table puts the facts that refer to the entity under a
/// heading of their own: read in a pipe, 聚粮屯镇 located_in 义县 is not
/// one more fact of 义县. Machine formats need none: each row's subject
/// says whose fact it is.
#[test]
fn show_sets_the_facts_that_refer_to_the_entity_apart() {
    let kb = Kb::seeded();
    let table = kb.run(&["-e", "show 义县"]).ok().stdout;
    let lines: Vec<&str> = table.lines().collect();
    let heading = lines
        .iter()
        .position(|l| *l == "facts that refer to 义县:")
        .unwrap_or_else(|| panic!("no heading:\n{table}"));
    let first_referrer = lines
        .iter()
        .position(|l| l.starts_with("聚粮屯镇") && l.contains("located_in"))
        .unwrap_or_else(|| panic!("no 聚粮屯镇:\n{table}"));
    assert!(heading < first_referrer, "{table}");
    // Above the heading, every fact is 义县's own; below, none is.
    let body = |range: &[&str]| -> Vec<String> {
        range
            .iter()
            .filter(|l| !l.is_empty() && !l.starts_with('-') && !l.ends_with(':'))
            .map(|l| l.split_whitespace().next().unwrap_or("").to_string())
            .collect()
    };
    let own = body(&lines[2..heading]);
    assert!(
        !own.is_empty() && own.iter().all(|s| s == "义县"),
        "{own:?}"
    );
    let others = body(&lines[heading + 1..]);
    assert!(
        !others.is_empty() && others.iter().all(|s| s != "义县"),
        "{others:?}"
    );
    // JSON: no heading row; the same rows, each with its subject.
    let json: Vec<Json> =
        serde_json::from_str(&kb.run(&["-e", "show 义县", "--format", "json"]).ok().stdout)
            .unwrap();
    assert_eq!(json.len(), own.len() + others.len());
    assert!(json.iter().all(|r| r["subject"].is_string()));
}

/// A news text as the trial's researcher loaded it: a headline, a dateline
/// with its year, a county named in it.
const HUAXI: &str = "华溪县建设冷链物流园\n\n本报讯 2021年3月15日,华溪县发展和改革局发布消息,\
华溪县冷链物流园项目总投资约3.2亿元,规划面积560亩。\
今年以来,华溪县已争取上级专项资金4800万元用于园区配套建设。\n";

/// Every loaded document can be shown, curated or extracted, with what
/// the store knows to cite it by: its title, outlet and date where known,
/// and a citation line; `ATTR.doc` stays the file's name.
#[test]
fn every_loaded_document_can_be_shown_with_a_citation() {
    let kb = Kb::seeded();
    let seed = kb
        .run(&["-e", "show 000_c0358a9eae1db40c.txt", "--format", "json"])
        .ok()
        .stdout;
    let rows: Vec<Json> = serde_json::from_str(&seed).unwrap();
    let value = |rows: &[Json], attr: &str| -> Json {
        rows.iter()
            .find(|r| r["attribute"] == attr)
            .map(|r| r["value"].clone())
            .unwrap_or(Json::Null)
    };
    assert_eq!(value(&rows, "title"), "搭建城市振兴发展新支点", "{seed}");
    let cite = value(&rows, "citation");
    assert!(
        cite.as_str()
            .is_some_and(|c| c.starts_with("搭建城市振兴发展新支点")
                && c.ends_with("000_c0358a9eae1db40c.txt")),
        "{seed}"
    );
    let doc = kb.write("huaxi_cold.txt", HUAXI);
    kb.run(&["load", doc.to_str().unwrap()]).ok();
    let shown = kb
        .run(&["-e", "show huaxi_cold.txt", "--format", "json"])
        .ok()
        .stdout;
    let rows: Vec<Json> = serde_json::from_str(&shown).unwrap();
    assert_eq!(value(&rows, "title"), "华溪县建设冷链物流园", "{shown}");
    assert_eq!(value(&rows, "published")["date"], "2021-03-15", "{shown}");
    assert_eq!(
        value(&rows, "citation"),
        "华溪县建设冷链物流园. 2021-03-15. huaxi_cold.txt",
        "{shown}"
    );
    // What was read off the text is quoted: its line, up to the date.
    let published = rows.iter().find(|r| r["attribute"] == "published").unwrap();
    assert_eq!(published["quote"], "本报讯 2021年3月15日", "{published}");
    assert_eq!(published["extracted"], true, "{published}");
    // A value's document is still named by its file.
    let docs = kb
        .run(&[
            "-e",
            "projects where total_investment > 1亿元 list name, total_investment.doc",
            "--format",
            "csv",
        ])
        .ok()
        .stdout;
    assert!(docs.contains(",huaxi_cold.txt"), "{docs}");
    // Not a document, not an entity: the error as before.
    let missing = kb.run(&["-e", "show nosuch.txt"]);
    assert_eq!(missing.code, 1, "{}", missing.stderr);
    assert!(
        missing.stderr.contains("no entity named"),
        "{}",
        missing.stderr
    );
}

/// A curated document is cited by its fact file's `[document]` header: its
/// title (quoted where it is a line of the text), outlet and date are facts
/// of the document, curated, not read off its text, and the citation has
/// them.
#[test]
fn a_curated_document_is_cited_by_its_fact_files_header() {
    let kb = Kb::seeded();
    let seed = "000_c0358a9eae1db40c.txt";
    let show = |name: &str| -> Vec<Json> {
        let out = kb
            .run(&["-e", &format!("show {name}"), "--format", "json"])
            .ok()
            .stdout;
        serde_json::from_str(&out).unwrap()
    };
    let row = |rows: &[Json], attr: &str| -> Json {
        rows.iter()
            .find(|r| r["attribute"] == attr)
            .cloned()
            .unwrap_or_else(|| panic!("no {attr}: {rows:?}"))
    };
    let rows = show(seed);
    let published = row(&rows, "published");
    assert_eq!(published["value"]["date"], "2020", "{published}");
    assert_eq!(published["extracted"], false, "{published}");
    assert!(
        published["background"]
            .as_str()
            .is_some_and(|b| b.contains("[document] header")),
        "{published}"
    );
    let title = row(&rows, "title");
    assert_eq!(title["value"], "搭建城市振兴发展新支点", "{title}");
    assert_eq!(title["quote"], "搭建城市振兴发展新支点", "{title}");
    assert_eq!(title["extracted"], false, "{title}");
    assert_eq!(
        row(&rows, "citation")["value"],
        format!("搭建城市振兴发展新支点. 2020. {seed}")
    );
    // The table says which: curated, no "(extracted)".
    let table = kb.run(&["-e", &format!("show {seed}")]).ok().stdout;
    assert!(
        table.lines().any(|l| l.contains(" published ")) && !table.contains("(extracted)"),
        "{table}"
    );
    // An outlet, a full date, and a title that is no line of the text
    // (its words inside a sentence are no quote of it): the curator's word.
    kb.write("farm.txt", "甲社流转土地260亩。\n");
    let facts = "[document]\nfile = \"farm.txt\"\ntitle = \"土地\"\n\
                 outlet = \"锦州日报\"\npublished = \"2021-06-03\"\n\n\
                 [[entity]]\nname = \"甲社\"\nkind = \"cooperative\"\n\
                 quote = \"甲社流转土地260亩\"\n";
    kb.write("farm.facts.toml", facts);
    kb.run(&["load", "farm.facts.toml"]).ok();
    let rows = show("farm.txt");
    assert_eq!(
        row(&rows, "citation")["value"],
        "土地. 锦州日报, 2021-06-03. farm.txt"
    );
    for attr in ["title", "outlet", "published"] {
        let r = row(&rows, attr);
        assert!(r["quote"].is_null() && r["background"].is_string(), "{r}");
    }
    // A date that is none is refused, at its line, before anything loads.
    kb.write(
        "farm.facts.toml",
        &facts.replace("2021-06-03", "2021-13-03"),
    );
    let bad = kb.run(&["load", "farm.facts.toml"]).code(1);
    assert!(
        bad.stderr.contains("farm.facts.toml:5: published:"),
        "{}",
        bad.stderr
    );
}

/// Letters typed for a Chinese place are its pinyin before they are the
/// start of a file's name: `show huaxi` shows 华溪县, not huaxi_cold.txt,
/// and says why.
#[test]
fn typed_pinyin_names_a_place_before_a_file_name_it_begins() {
    let kb = Kb::seeded();
    let doc = kb.write("huaxi_cold.txt", HUAXI);
    kb.run(&["load", doc.to_str().unwrap()]).ok();
    for typed in ["huaxi", "Huaxi"] {
        let out = kb.run(&["-e", &format!("show {typed}")]).ok();
        let first = out.stdout.lines().nth(2).unwrap_or_default();
        assert!(first.starts_with("华溪县 "), "{typed}: {}", out.stdout);
        assert!(
            out.stderr
                .contains("showing 华溪县, whose name sounds like it"),
            "{typed}: {}",
            out.stderr
        );
    }
    // A file's name typed far enough to be no name's sound still shows it.
    let out = kb.run(&["-e", "show huaxi_c"]).ok();
    assert!(
        out.stderr.contains("showing huaxi_cold.txt"),
        "{}",
        out.stderr
    );
}

/// `load --explain` gives the reason a yearly trade figure has its name:
/// the word of the trade and what makes it a year's, never "no word says
/// what it measures" beside a name a word gave.
#[test]
fn load_explain_says_why_a_trade_figure_is_a_years() {
    let kb = Kb::new();
    let f = kb.write(
        "huaxi_cold.txt",
        "华溪县建设冷链物流园\n\n本报讯 2021年3月15日,华溪县冷链物流园项目总投资约3.2亿元。\
         项目全部建成后,预计年交易额达到15亿元。\n",
    );
    let out = kb
        .run(&["--no-seeds", "load", "--explain", f.to_str().unwrap()])
        .ok();
    let line = out
        .stdout
        .lines()
        .find(|l| l.contains("15亿元 →"))
        .unwrap_or_else(|| panic!("no 15亿元:\n{}", out.stdout));
    assert!(line.contains(".annual_trade_value"), "{line}");
    assert!(!line.contains("no word says what it measures"), "{line}");
    assert!(
        line.contains("交易额") && line.contains("a year's figure"),
        "{line}"
    );
}

/// `--no-create` (or SEEDKB_NO_CREATE) makes a mistyped database path an
/// error (exit 2, naming the path) instead of a fresh seeded database
/// answering with exit 0; nothing is created, and an existing database
/// answers as before.
#[test]
fn no_create_refuses_a_database_path_that_holds_none() {
    let kb = Kb::seeded();
    let typo = kb.path().join("dbb");
    let typo_s = typo.to_str().unwrap();
    let out = run(
        {
            let mut c = kb.bare();
            c.args(["--db", typo_s, "--no-create", "-e", "count funding"]);
            c
        },
        None,
    );
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stdout.is_empty(), "{}", out.stdout);
    assert!(
        out.stderr
            .contains(&format!("--db {typo_s}: no database there")),
        "{}",
        out.stderr
    );
    assert!(!typo.exists(), "nothing is created");
    // By the environment, with the path from SEEDKB_DB; an empty directory
    // holds no database either.
    std::fs::create_dir(&typo).unwrap();
    let out = run(
        {
            let mut c = kb.bare();
            c.env("SEEDKB_DB", &typo)
                .env("SEEDKB_NO_CREATE", "1")
                .args(["-e", "count funding"]);
            c
        },
        None,
    );
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr
            .contains(&format!("SEEDKB_DB={typo_s}: no database there")),
        "{}",
        out.stderr
    );
    assert_eq!(std::fs::read_dir(&typo).unwrap().count(), 0);
    // SEEDKB_NO_CREATE=0 is off; the real database answers with it on.
    let out = kb.run(&["--no-create", "-e", "count funding"]).ok();
    assert!(out.stdout.contains("10"), "{}", out.stdout);
    let mut c = kb.bare();
    c.env("SEEDKB_NO_CREATE", "0").args([
        "--db",
        kb.path().join("fresh").to_str().unwrap(),
        "-e",
        "count funding",
    ]);
    run(c, None).ok();
}

/// A number too large for any quantity is said to be too large, not
/// blamed on a unit it has.
#[test]
fn an_oversized_number_is_said_to_be_too_large() {
    let kb = Kb::seeded();
    let out = kb
        .run(&[
            "-e",
            "funding where amount > 99999999999999999999999999亿元",
        ])
        .code(1);
    assert!(out.stderr.contains("too large a number"), "{}", out.stderr);
    assert!(
        !out.stderr.contains("write a number with a unit"),
        "{}",
        out.stderr
    );
}
