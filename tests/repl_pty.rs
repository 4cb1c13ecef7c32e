//! The REPL as a person meets it: driven through a pseudo-terminal
//! (rexpect), with keys as a terminal sends them. Checks completion of a
//! Chinese name, a query over several lines, history across two sessions
//! (Up and Ctrl-R) and a caret under the right CJK character.

mod common;

use common::strip;
use rexpect::session::{spawn_command, PtySession};
use std::path::Path;
use std::process::Command;
use unicode_width::UnicodeWidthStr;

const BIN: &str = env!("CARGO_BIN_EXE_seedkb");
const TIMEOUT_MS: u64 = 30_000;

/// Starts the REPL on `dir/db`, keeping history in `dir/history`.
fn start(dir: &Path, color: bool) -> PtySession {
    let mut cmd = Command::new(BIN);
    cmd.arg("--db")
        .arg(dir.join("db"))
        .env_remove("SEEDKB_DB")
        .env("SEEDKB_HISTORY", dir.join("history"))
        .env("TERM", "xterm-256color")
        .env("COLUMNS", "100");
    if color {
        cmd.env_remove("NO_COLOR");
    } else {
        cmd.env("NO_COLOR", "1");
    }
    let mut p = spawn_command(cmd, Some(TIMEOUT_MS)).expect("the REPL starts in a pty");
    expect(&mut p, "Ctrl-D quits", "the banner");
    prompt(&mut p);
    p
}

/// Waits for the prompt of the next input. Keys sent earlier could be
/// taken for the terminal's answer to rustyline's cursor query (it asks
/// before each prompt, and a pty under test never answers).
fn prompt(p: &mut PtySession) {
    expect(p, "seedkb> ", "the prompt");
}

/// rexpect reads the pty byte by byte and makes each byte a char; text
/// to wait for must be spelled the same way.
fn raw(s: &str) -> String {
    s.bytes().map(char::from).collect()
}

/// Waits for `needle` (UTF-8); what came before it, as UTF-8.
fn expect(p: &mut PtySession, needle: &str, what: &str) -> String {
    let got = p
        .exp_string(&raw(needle))
        .unwrap_or_else(|e| panic!("{what}: waited for {needle:?}: {e}"));
    let bytes: Vec<u8> = got.chars().map(|c| c as u32 as u8).collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

fn send(p: &mut PtySession, keys: &str) {
    p.send(keys).expect("send keys");
    p.flush().expect("flush keys");
}

fn quit(mut p: PtySession) {
    send(&mut p, "\x04"); // Ctrl-D
    p.exp_eof().expect("the REPL leaves on Ctrl-D");
}

#[test]
fn tab_completes_a_chinese_name_from_its_first_character() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut p = start(dir.path(), false);
    // 义 alone names several entities; only Tab can make it 义县 here.
    send(&mut p, "funding where recipient = 义\t");
    expect(&mut p, "义县", "Tab completes 义 to 义县");
    send(&mut p, "\r");
    let out = expect(&mut p, "2 rows", "the query ran on 义县");
    prompt(&mut p);
    let out = strip(&out);
    assert!(out.contains("义县社会扶贫资金"), "{out}");
    assert!(out.contains('┌'), "a box-drawn table on a terminal: {out}");
    // The grey hint offers the rest of a word; → takes it.
    send(&mut p, "sum amount of funding by recip");
    expect(&mut p, "ient", "a hint for recipient");
    send(&mut p, "\x1b[C\r"); // → then Enter
    let out = strip(&expect(&mut p, "rows", "grouped result"));
    prompt(&mut p);
    assert!(out.contains('█'), "a bar beside the sums: {out}");
    quit(p);
}

#[test]
fn a_query_goes_on_over_several_lines() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut p = start(dir.path(), true);
    send(&mut p, "count funding where recipient = 义县 and\r");
    let typed = expect(
        &mut p,
        "...>",
        "a continuation prompt after a trailing `and`",
    );
    // Keywords and names are coloured as they are typed.
    assert!(typed.contains("\x1b[1;34mwhere\x1b[0m"), "{typed:?}");
    assert!(typed.contains("\x1b[32m义县\x1b[0m"), "{typed:?}");
    send(&mut p, "amount > 1亿元\r");
    let out = strip(&expect(&mut p, "1 row", "the two lines ran as one query"));
    prompt(&mut p);
    assert!(out.contains("│     2 │"), "{out}");
    // An open bracket continues too; Enter on an empty line runs it anyway
    // and the error says what is missing.
    send(&mut p, "count funding where (amount > 1亿元\r");
    expect(&mut p, "...>", "continuation inside a bracket");
    send(&mut p, "\r");
    let out = strip(&expect(
        &mut p,
        "expected ')'",
        "the error names the bracket",
    ));
    assert!(out.contains("error: the query ends early"), "{out}");
    prompt(&mut p);
    // Lines pasted together (bracketed paste) run one after the other.
    send(&mut p, "\x1b[200~kinds\ncount funding\x1b[201~\r");
    expect(&mut p, "│ zone ", "the first pasted query ran");
    expect(&mut p, "│    10 │", "the second pasted query ran");
    prompt(&mut p);
    quit(p);
}

/// Lines typed ahead (or pasted by a terminal without bracketed paste)
/// reach the REPL in one read; every one of them runs, in order — the
/// line editor must not drop what it read past the first line.
#[test]
fn lines_typed_ahead_all_run_in_order() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut p = start(dir.path(), false);
    send(&mut p, "count funding\rkinds\rcount projects\r");
    let out = strip(&expect(&mut p, "│ zone ", "the second line (kinds) ran"));
    assert!(out.contains("│    10 │"), "the first line ran first: {out}");
    // "1 row" would also match the end of the catalogue's "31 rows".
    expect(&mut p, "│     5 │", "the third line counted five projects");
    prompt(&mut p);
    quit(p);
}

#[test]
fn history_is_kept_across_sessions_multi_line_entries_whole() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut p = start(dir.path(), false);
    send(&mut p, "count funding where recipient = 义县 and\r");
    // NO_COLOR: no colours, but the continuation prompt all the same.
    let before = expect(&mut p, "...>", "a continuation prompt without colour");
    assert!(
        !before.contains("\x1b[1;34m") && !before.contains("\x1b[32m"),
        "{before:?}"
    );
    send(&mut p, "amount > 1亿元\r");
    expect(&mut p, "1 row", "ran");
    prompt(&mut p);
    send(&mut p, "count projects\r");
    expect(&mut p, "1 row", "ran");
    prompt(&mut p);
    quit(p);
    let saved = std::fs::read_to_string(dir.path().join("history")).expect("a history file");
    assert!(saved.contains("count projects"), "{saved}");

    let mut p = start(dir.path(), false);
    // Up twice: the multi-line entry comes back whole and runs as one.
    send(&mut p, "\x1b[A\x1b[A");
    expect(&mut p, "amount > 1亿元", "the second line came back too");
    send(&mut p, "\r");
    let out = strip(&expect(&mut p, "1 row", "it ran"));
    prompt(&mut p);
    assert!(out.contains("│     2 │"), "{out}");
    // Ctrl-R finds an entry by what it contains.
    send(&mut p, "\x12projects");
    expect(&mut p, "count projects", "reverse search finds it");
    send(&mut p, "\r");
    expect(&mut p, "1 row", "the found entry ran");
    prompt(&mut p);
    quit(p);
}

#[test]
fn the_caret_lands_under_the_right_cjk_character() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut p = start(dir.path(), false);
    let query = "funding where 收款人 = 义县";
    send(&mut p, &format!("{query}\r"));
    let out = strip(&expect(&mut p, "expected an attribute name", "an error"));
    prompt(&mut p);
    let lines: Vec<&str> = out.lines().collect();
    let qi = lines
        .iter()
        .rposition(|l| l.ends_with(query) && l.contains(" | "))
        .unwrap_or_else(|| panic!("the query is quoted in the report:\n{out}"));
    let caret_line = lines[qi + 1];
    let q_line = lines[qi];
    let prefix = &q_line[..q_line.len() - query.len()];
    let caret_col = UnicodeWidthStr::width(&caret_line[..caret_line.find('^').expect("a caret")]);
    let want = UnicodeWidthStr::width(prefix) + UnicodeWidthStr::width("funding where ");
    assert_eq!(caret_col, want, "caret under 收:\n{q_line}\n{caret_line}");
    let carets = caret_line.matches('^').count();
    assert_eq!(
        carets, 6,
        "three CJK characters are six columns: {caret_line}"
    );
    // .help explains, and the REPL is still there.
    send(&mut p, ".help within\r");
    expect(&mut p, "located_in", ".help WORD");
    prompt(&mut p);
    quit(p);
}

/// Types a line, waits for `marker` in what it prints and then for the
/// next prompt; what came before the marker, as read.
fn run(p: &mut PtySession, line: &str, marker: &str) -> String {
    send(p, &format!("{line}\r"));
    let out = strip(&expect(p, marker, line));
    prompt(p);
    out
}

#[test]
fn dot_commands_guide_a_newcomer() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut p = start(dir.path(), false);
    let out = run(&mut p, ".sources", "1 row");
    assert!(out.contains("000_c0358a9eae1db40c.txt"), "{out}");
    let out = run(&mut p, ".attrs funding", "rows");
    assert!(out.contains("recipient"), "{out}");
    run(&mut p, ".format csv", "format: csv");
    run(
        &mut p,
        "sum amount of funding by recipient limit 1",
        "873855300",
    );
    run(&mut p, ".format table", "format: table");
    run(&mut p, ".timer on", "timer: on");
    run(&mut p, "count funding", "time: ");
    run(&mut p, ".maxrows 4", "maxrows: 4");
    let out = run(&mut p, "match ?e kind ?k", "not shown");
    assert!(out.contains('⋮'), "{out}");
    run(&mut p, ".frmat json", "did you mean .format?");
    run(&mut p, "funding where amount > 1000亿元", "no rows");
    send(&mut p, "exit\r");
    p.exp_eof().expect("exit leaves");
}

/// Pinyin completes to the Chinese name, not to an English alias; Ctrl-C
/// marks the abandoned line; a prefix shown for a name says so.
#[test]
fn pinyin_completes_the_chinese_name_and_ctrl_c_is_marked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut p = start(dir.path(), false);
    // Two Tabs list the candidates: Chinese names, 锦州市 first.
    send(&mut p, "show jinz\t\t");
    let listed = strip(&expect(&mut p, "锦州银行", "the candidates listed"));
    assert!(listed.contains("锦州市"), "{listed}");
    assert!(
        !listed.contains("Jinzhou"),
        "an English alias offered: {listed}"
    );
    expect(&mut p, "show jinz", "the line redrawn");
    send(&mut p, "\x03"); // Ctrl-C
    let out = strip(&expect(&mut p, "^C", "the abandoned line is marked"));
    assert!(!out.contains("seedkb>"), "^C on the abandoned line: {out}");
    prompt(&mut p);

    send(&mut p, "show 义县社会\r");
    expect(
        &mut p,
        "no entity named 义县社会; showing 义县社会扶贫资金, the only name that starts with it",
        "a note that a prefix was shown",
    );
    prompt(&mut p);
    quit(p);
}

/// ↑ goes past a recalled multi-line entry at once.
#[test]
fn up_goes_past_a_multi_line_entry_in_one_press() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut p = start(dir.path(), false);
    send(&mut p, "kinds\r");
    expect(&mut p, "rows", "ran");
    prompt(&mut p);
    send(&mut p, "count funding where recipient = 义县 and\r");
    expect(&mut p, "...>", "continued");
    send(&mut p, "amount > 1亿元\r");
    expect(&mut p, "1 row", "ran");
    prompt(&mut p);
    send(&mut p, "count projects\r");
    expect(&mut p, "1 row", "ran");
    prompt(&mut p);
    // Three presses: count projects, the two-line entry, kinds.
    send(&mut p, "\x1b[A\x1b[A\x1b[A\r");
    expect(&mut p, "│ zone ", "kinds ran again");
    prompt(&mut p);
    quit(p);
}
