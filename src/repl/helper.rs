//! The rustyline helper: completion, grey hints, syntax colours and the
//! "not finished yet" check that lets a query run over several lines.

use super::complete::{Candidate, Catalogue};
use crate::query::lex::{self, Kind};
use rustyline::completion::{Completer, Pair};
use rustyline::error::ReadlineError;
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::{Hint, Hinter};
use rustyline::validate::{ValidationContext, ValidationResult, Validator};
use rustyline::{Cmd, ConditionalEventHandler, Context, Event, EventContext, RepeatCount};
use std::borrow::Cow;

pub const PROMPT: &str = "seedkb> ";
/// What a continuation line starts with in the buffer: as wide as the
/// prompt, so the query's lines stand aligned. The highlighter draws it as
/// [`CONTINUATION`] (same width; rustyline has no continuation prompt).
pub const INDENT: &str = "        ";
pub const CONTINUATION: &str = "   ...> ";

/// Has the user finished typing? Not while a quote or bracket is open,
/// the line ends in `\`, `and`, `or`, `not`, `where` or a comma, unless the
/// last line is left empty: pressing Enter twice always runs what is there
/// (and the error says what is missing).
pub fn needs_more(input: &str) -> bool {
    let last_line = input.rsplit('\n').next().unwrap_or("");
    let blank_continuation = input.contains('\n') && last_line.trim().is_empty();
    !blank_continuation && lex::unfinished(input).is_some()
}

/// The queries in what was entered: one per line, except that a line the
/// query cannot end on (the same rule as [`needs_more`]) goes on on the
/// next. A typed multi-line query stays one; several pasted lines run one
/// after the other, as they would from a file.
pub fn split_queries(buffer: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for line in buffer.split('\n') {
        let line = line.strip_prefix(INDENT).unwrap_or(line);
        if !cur.is_empty() {
            cur.push('\n');
        }
        cur.push_str(line);
        if lex::unfinished(&cur).is_none() {
            if !cur.trim().is_empty() {
                out.push(lex::join_continuations(&cur));
            }
            cur.clear();
        }
    }
    if !cur.trim().is_empty() {
        out.push(lex::join_continuations(&cur));
    }
    out
}

/// Enter on an unfinished query starts a new, indented line.
pub struct EnterHandler;

impl ConditionalEventHandler for EnterHandler {
    fn handle(&self, _: &Event, _: RepeatCount, _: bool, ctx: &EventContext) -> Option<Cmd> {
        if ctx.pos() == ctx.line().len() && needs_more(ctx.line()) {
            Some(Cmd::Insert(1, format!("\n{INDENT}")))
        } else {
            None
        }
    }
}

pub struct SeedHelper<'s> {
    pub cat: Catalogue<'s>,
    /// ANSI colours (off with NO_COLOR): without them the helper still
    /// draws the continuation prompt.
    pub color: bool,
}

/// A grey suggestion of the rest of a word; → takes it.
pub struct Suggestion(String);

impl Hint for Suggestion {
    fn display(&self) -> &str {
        &self.0
    }

    fn completion(&self) -> Option<&str> {
        Some(&self.0)
    }
}

impl<'s> SeedHelper<'s> {
    pub fn new(store: &'s crate::store::Store, color: bool) -> Self {
        SeedHelper {
            cat: Catalogue::new(store),
            color,
        }
    }

    /// The rest of the word being typed, when the candidates agree on it
    /// (or the likeliest one, when they do not).
    pub fn suggest(&self, line: &str, pos: usize) -> Option<String> {
        if pos < line.len() || line.is_empty() {
            return None;
        }
        let (start, cands) = self.cat.complete(line, pos);
        let typed = &line[start..pos];
        if typed.is_empty() || cands.is_empty() {
            return None;
        }
        let fits: Vec<&Candidate> = cands
            .iter()
            .filter(|c| c.replacement.starts_with(typed))
            .collect();
        let first = fits.first()?;
        let mut lcp = first.replacement.trim_end().to_string();
        for c in &fits[1..] {
            let common = lcp
                .char_indices()
                .zip(c.replacement.chars())
                .take_while(|((_, a), b)| a == b)
                .last()
                .map_or(0, |((i, a), _)| i + a.len_utf8());
            lcp.truncate(common);
        }
        let pick = if lcp.len() > typed.len() {
            lcp
        } else {
            first.replacement.trim_end().to_string()
        };
        let rest = &pick[typed.len()..];
        (!rest.is_empty()).then(|| rest.to_string())
    }
}

impl Completer for SeedHelper<'_> {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _: &Context<'_>,
    ) -> Result<(usize, Vec<Pair>), ReadlineError> {
        let (start, cands) = self.cat.complete(line, pos);
        Ok((
            start,
            cands
                .into_iter()
                .map(|c| Pair {
                    display: c.display,
                    replacement: c.replacement,
                })
                .collect(),
        ))
    }
}

impl Hinter for SeedHelper<'_> {
    type Hint = Suggestion;

    fn hint(&self, line: &str, pos: usize, _: &Context<'_>) -> Option<Suggestion> {
        self.suggest(line, pos).map(Suggestion)
    }
}

const KEYWORD: &str = "1;34";
const KIND: &str = "1";
const NAME: &str = "32";
const NUMBER: &str = "36";
const STRING: &str = "33";
const VAR: &str = "35";
const BAD: &str = "31";
const DIM: &str = "2";

/// ANSI colours for a query being typed (same display width as the text).
pub fn colour(cat: &Catalogue, line: &str) -> String {
    // (start, end, style, replacement text)
    let mut spans: Vec<(usize, usize, &str, Option<&str>)> = Vec::new();
    let mut from = 0;
    while let Some(i) = line[from..].find(&format!("\n{INDENT}")) {
        let s = from + i + 1;
        spans.push((s, s + INDENT.len(), DIM, Some(CONTINUATION)));
        from = s + INDENT.len();
    }
    let trimmed = line.trim_start();
    if trimmed.starts_with('.') {
        let s = line.len() - trimmed.len();
        let e = trimmed
            .find(char::is_whitespace)
            .map_or(line.len(), |i| s + i);
        spans.push((s, e, KEYWORD, None));
    } else {
        let toks = lex::lex(line);
        let show = toks
            .first()
            .is_some_and(|t| t.text(line).eq_ignore_ascii_case("show"));
        for (k, t) in toks.iter().enumerate() {
            let text = t.text(line);
            if show && k == 1 {
                // `show` takes the rest of the line as one name.
                let rest = line[t.start..].trim_end();
                let style = if t.kind == (Kind::Str { closed: false }) {
                    BAD
                } else if cat.is_name(rest.trim_matches(['"', '\''])) {
                    NAME
                } else {
                    ""
                };
                spans.push((t.start, t.start + rest.len(), style, None));
                break;
            }
            let style = match t.kind {
                Kind::Keyword => KEYWORD,
                Kind::Var => VAR,
                Kind::Number => NUMBER,
                Kind::Str { closed: true } => STRING,
                Kind::Str { closed: false } => BAD,
                Kind::Word if cat.is_name(text) => NAME,
                Kind::Word if cat.is_kind(text) => KIND,
                _ => "",
            };
            spans.push((t.start, t.end, style, None));
        }
    }
    spans.sort_by_key(|s| s.0);
    let mut out = String::with_capacity(line.len() * 2);
    let mut at = 0;
    for (s, e, style, repl) in spans {
        if s < at {
            continue;
        }
        out.push_str(&line[at..s]);
        let body = repl.unwrap_or(&line[s..e]);
        // A token over several lines (a quote still open) keeps the
        // continuation prompt of each line it goes on to.
        let reopen = match style {
            "" => String::new(),
            _ => format!("\x1b[{style}m"),
        };
        let body = body.replace(
            &format!("\n{INDENT}"),
            &format!("\x1b[0m\n\x1b[{DIM}m{CONTINUATION}\x1b[0m{reopen}"),
        );
        if style.is_empty() {
            out.push_str(&body);
        } else {
            out.push_str(&format!("\x1b[{style}m{body}\x1b[0m"));
        }
        at = e;
    }
    out.push_str(&line[at..]);
    out
}

impl Highlighter for SeedHelper<'_> {
    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> Cow<'l, str> {
        if self.color {
            Cow::Owned(colour(&self.cat, line))
        } else if line.contains(&format!("\n{INDENT}")) {
            Cow::Owned(line.replace(&format!("\n{INDENT}"), &format!("\n{CONTINUATION}")))
        } else {
            Cow::Borrowed(line)
        }
    }

    fn highlight_prompt<'b, 's: 'b, 'p: 'b>(
        &'s self,
        prompt: &'p str,
        default: bool,
    ) -> Cow<'b, str> {
        if default && self.color {
            Cow::Owned(format!("\x1b[1;32m{prompt}\x1b[0m"))
        } else {
            Cow::Borrowed(prompt)
        }
    }

    fn highlight_hint<'h>(&self, hint: &'h str) -> Cow<'h, str> {
        if self.color {
            Cow::Owned(format!("\x1b[{DIM}m{hint}\x1b[0m"))
        } else {
            Cow::Borrowed(hint)
        }
    }

    fn highlight_char(&self, _line: &str, _pos: usize, _kind: CmdKind) -> bool {
        // A word changes colour as it is typed (义 → 义县 becomes a name).
        true
    }
}

impl Validator for SeedHelper<'_> {
    fn validate(&self, ctx: &mut ValidationContext) -> rustyline::Result<ValidationResult> {
        Ok(if needs_more(ctx.input()) {
            ValidationResult::Incomplete
        } else {
            ValidationResult::Valid(None)
        })
    }
}

impl rustyline::Helper for SeedHelper<'_> {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enter_twice_runs_what_is_there() {
        assert!(needs_more("funding where"));
        assert!(needs_more("funding where\n        amount > 1 and"));
        assert!(!needs_more("funding where\n        "));
        assert!(!needs_more("funding where amount > 1"));
    }

    #[test]
    fn pasted_lines_are_queries_of_their_own() {
        assert_eq!(
            split_queries("kinds\ncount funding\n"),
            vec!["kinds", "count funding"]
        );
        assert_eq!(
            split_queries("funding where\n        amount > 1 and\n        has purpose\nkinds"),
            vec!["funding where\namount > 1 and\nhas purpose", "kinds"]
        );
        assert_eq!(
            split_queries("funding where \\\n amount > 1"),
            vec!["funding where  \n amount > 1"]
        );
        assert_eq!(split_queries("show \"a\nb\""), vec!["show \"a\nb\""]);
    }

    #[test]
    fn hints_and_colours_against_the_seeds() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = crate::session::open_store(&dir.path().join("db"), true, Default::default())
            .expect("seeded store");
        let h = SeedHelper::new(&store, true);
        let hint = |s: &str| h.suggest(s, s.len());
        assert_eq!(hint("funding where reci").as_deref(), Some("pient"));
        assert_eq!(hint("fund").as_deref(), Some("ing"));
        assert_eq!(hint("funding where recipient = 义").as_deref(), Some("县"));
        assert_eq!(hint("funding where"), None, "no hint without a word begun");
        assert_eq!(hint("funding where recipient = 义县"), None);
        // Same width with and without colour; keywords, names, numbers.
        let line = "funding where recipient = 义县 and amount > 1亿元\n        and purpose contains \"扶贫\"";
        let c = colour(&h.cat, line);
        assert_eq!(
            strip_colours(&c),
            line.replace("\n        ", &format!("\n{CONTINUATION}"))
        );
        assert!(c.contains("\x1b[1;34mwhere\x1b[0m"), "{c:?}");
        assert!(c.contains("\x1b[32m义县\x1b[0m"), "{c:?}");
        assert!(c.contains("\x1b[36m1亿元\x1b[0m"), "{c:?}");
        assert!(c.contains("\x1b[33m\"扶贫\"\x1b[0m"), "{c:?}");
        // A quote left open goes on to the next line: that line shows the
        // continuation prompt too (it used to show blank).
        for open in [
            "funding where recipient = \"义县\n        ",
            "show \"义县\n        \"",
        ] {
            assert_eq!(
                strip_colours(&colour(&h.cat, open)),
                open.replace("\n        ", &format!("\n{CONTINUATION}")),
                "{open:?}"
            );
        }
    }

    fn strip_colours(c: &str) -> String {
        let mut out = String::new();
        let mut in_esc = false;
        for ch in c.chars() {
            match (in_esc, ch) {
                (false, '\x1b') => in_esc = true,
                (true, 'm') => in_esc = false,
                (true, _) => {}
                (false, ch) => out.push(ch),
            }
        }
        out
    }
}
