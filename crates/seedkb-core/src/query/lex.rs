//! The query language's tokens, in one place: the table of keywords and
//! operators, the rule for where a bare word ends, and a forgiving lexer.
//!
//! The parser (`parse.rs`, nom) reads its keywords, operators and word
//! boundaries from here; the REPL colours, completes and decides "is this
//! finished?" with [`lex`], and piped input joins lines ending in `\` with
//! it. The lexer never fails: whatever has been typed so far gets tokens
//! with byte ranges. The parser stays the judge of what a query means
//! (`grammar/query.ebnf`).

use super::ast::CmpOp;

/// Reserved words: never a kind, name or value when written bare.
pub const KEYWORDS: &[&str] = &[
    "show",
    "kinds",
    "attributes",
    "attrs",
    "of",
    "where",
    "by",
    "and",
    "or",
    "not",
    "count",
    "sum",
    "avg",
    "min",
    "max",
    "within",
    "contains",
    "has",
    "match",
    "limit",
    "order",
    "asc",
    "desc",
    "explain",
    "find",
    "timeline",
    "list",
    "members",
    "rounded",
];

/// Keywords that are other spellings of one completion already offers
/// (`attrs` for `attributes`): accepted, never suggested.
pub const ALIASES: &[&str] = &["attrs"];

/// Keywords a query cannot end on: what follows them is still to come.
pub const CONTINUING: &[&str] = &["and", "or", "not", "where", "list"];

/// A comparison operator as written, and what it means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Operator {
    pub text: &'static str,
    pub op: CmpOp,
    /// Offered by completion: the ASCII spellings. The others are accepted
    /// as typed (an input method gives `≥` or `＝`).
    pub offered: bool,
}

const fn op(text: &'static str, op: CmpOp, offered: bool) -> Operator {
    Operator { text, op, offered }
}

/// Every comparison operator, in the order completion lists them. Where
/// one begins another (`<` and `<=`), the longest one written wins.
pub const OPERATORS: &[Operator] = &[
    op("=", CmpOp::Eq, true),
    op("!=", CmpOp::Ne, true),
    op("<", CmpOp::Lt, true),
    op("<=", CmpOp::Le, true),
    op(">", CmpOp::Gt, true),
    op(">=", CmpOp::Ge, true),
    op("==", CmpOp::Eq, false),
    op("<>", CmpOp::Ne, false),
    op("＝", CmpOp::Eq, false),
    op("！＝", CmpOp::Ne, false),
    op("＞", CmpOp::Gt, false),
    op("＜", CmpOp::Lt, false),
    op("≥", CmpOp::Ge, false),
    op("≤", CmpOp::Le, false),
];

/// The operators offered (and named in error messages), in table order.
pub fn offered_operators() -> impl Iterator<Item = &'static str> {
    OPERATORS.iter().filter(|o| o.offered).map(|o| o.text)
}

/// Keywords that sit where an operator does: `path within X`, `path
/// contains X`.
pub const WORD_OPERATORS: &[&str] = &["within", "contains"];

/// The operator `s` starts with, if any (the longest that fits).
pub fn operator_at(s: &str) -> Option<&'static Operator> {
    OPERATORS
        .iter()
        .filter(|o| s.starts_with(o.text))
        .max_by_key(|o| o.text.len())
}

/// Characters that end a bare word besides white space and the operators:
/// brackets, commas between patterns, quotes, and `!` (never part of a
/// word, so `a!b` is an error rather than a name).
const PUNCTUATION: &[char] = &['(', ')', ',', '，', '"', '\'', '!'];

/// Does a bare word end at the start of `s`? At white space, punctuation
/// and wherever an operator begins (`≥` and `！＝` as much as `>=`).
pub fn ends_bare(s: &str) -> bool {
    match s.chars().next() {
        None => true,
        Some(c) => c.is_whitespace() || PUNCTUATION.contains(&c) || operator_at(s).is_some(),
    }
}

/// Byte length of the bare word (a name, kind, quantity, date) that `s`
/// starts with; 0 when it starts with white space or punctuation.
pub fn bare_len(s: &str) -> usize {
    s.char_indices()
        .find(|&(k, _)| ends_bare(&s[k..]))
        .map_or(s.len(), |(k, _)| k)
}

/// Characters of an attribute name (`identifier` in the grammar); a
/// keyword ends where they do.
pub fn is_ident_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// Does `s` start with the keyword `word` (any case), ending at a word
/// boundary? `where义县` starts with `where`; `wherever` does not.
pub fn starts_with_keyword(s: &str, word: &str) -> bool {
    let n = word.len();
    s.len() >= n
        && s.is_char_boundary(n)
        && s[..n].eq_ignore_ascii_case(word)
        && !s[n..].starts_with(is_ident_char)
}

/// The keyword `s` starts with, if any.
pub fn keyword_at(s: &str) -> Option<&'static str> {
    KEYWORDS.iter().copied().find(|k| starts_with_keyword(s, k))
}

/// Is this whole word a keyword?
pub fn is_keyword(w: &str) -> bool {
    KEYWORDS.iter().any(|k| k.eq_ignore_ascii_case(w))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A reserved word (`where`, `and`, `show` …).
    Keyword,
    /// `?name`
    Var,
    /// A bare word that reads as a quantity or date: `1亿元`, `2020-05-20`.
    Number,
    /// Any other bare word: a kind, attribute, path or name.
    Word,
    /// `"…"` or `'…'`; `closed` is false while the quote is still open.
    Str {
        closed: bool,
    },
    /// A comparison: `=`, `!=`, `>=`, `≥` … (and a stray `!`).
    Op,
    Open,
    Close,
    /// `,` or `，` between match patterns.
    Comma,
    /// A `\` that ends its line: the query goes on on the next line.
    Continue,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
}

impl Token {
    pub fn text<'a>(&self, s: &'a str) -> &'a str {
        &s[self.start..self.end]
    }
}

/// Does this bare word read as a number, quantity or date?
fn numeric(w: &str) -> bool {
    let first = w.chars().next().unwrap_or(' ');
    first.is_ascii_digit()
        || ('０'..='９').contains(&first)
        || crate::model::parse_quantity(w).is_ok()
}

/// Is nothing but white space left before the end of the line?
fn ends_line(rest: &str) -> bool {
    let r = rest.trim_start_matches([' ', '\t', '\r']);
    r.is_empty() || r.starts_with('\n')
}

/// `text` as a string literal that reads back as `text`: in double
/// quotes, a backslash before each quote and each backslash.
pub fn quote(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// Splits `s` into tokens (white space is skipped). Never fails.
pub fn lex(s: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let rest = &s[i..];
        let Some(c) = rest.chars().next() else { break };
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let tok = |kind, len: usize| Token {
            kind,
            start: i,
            end: i + len,
        };
        let t = match c {
            '"' | '\'' => {
                let mut end = None;
                let mut chars = rest.char_indices().skip(1);
                while let Some((k, ch)) = chars.next() {
                    if ch == '\\' {
                        chars.next();
                    } else if ch == c {
                        end = Some(k + 1);
                        break;
                    }
                }
                match end {
                    Some(n) => tok(Kind::Str { closed: true }, n),
                    None => tok(Kind::Str { closed: false }, rest.len()),
                }
            }
            '(' => tok(Kind::Open, 1),
            ')' => tok(Kind::Close, 1),
            ',' | '，' => tok(Kind::Comma, c.len_utf8()),
            '\\' if ends_line(&rest[1..]) => tok(Kind::Continue, 1),
            _ if ends_bare(rest) => {
                let len = operator_at(rest).map_or(c.len_utf8(), |o| o.text.len());
                tok(Kind::Op, len)
            }
            _ => {
                let n = rest
                    .char_indices()
                    .find(|&(k, ch)| {
                        ends_bare(&rest[k..]) || (ch == '\\' && ends_line(&rest[k + 1..]))
                    })
                    .map_or(rest.len(), |(k, _)| k);
                let w = &rest[..n];
                // The parser reads a keyword wherever one starts and ends
                // at a word boundary (`show义县` is `show` + `义县`).
                match keyword_at(w) {
                    Some(k) => tok(Kind::Keyword, k.len()),
                    None if w.starts_with('?') => tok(Kind::Var, n),
                    None if numeric(w) => tok(Kind::Number, n),
                    None => tok(Kind::Word, n),
                }
            }
        };
        i = t.end;
        out.push(t);
    }
    out
}

/// Why a query typed so far cannot be finished yet, if it cannot: an open
/// quote or bracket, a trailing `\`, or a last word that needs more
/// (`and`, `or`, `not`, `where`, a comma between patterns).
pub fn unfinished(s: &str) -> Option<&'static str> {
    if s.trim_start().starts_with('.') {
        return None; // dot-commands are one line
    }
    let toks = lex(s);
    let depth: i64 = toks
        .iter()
        .map(|t| match t.kind {
            Kind::Open => 1,
            Kind::Close => -1,
            _ => 0,
        })
        .sum();
    let last = toks.last()?;
    match last.kind {
        Kind::Str { closed: false } => return Some("an open quote"),
        Kind::Continue => return Some("a line ending in \\"),
        _ => {}
    }
    if depth > 0 {
        return Some("an open bracket");
    }
    if last.kind == Kind::Comma {
        return Some("a trailing comma");
    }
    if last.kind == Kind::Keyword
        && CONTINUING
            .iter()
            .any(|k| k.eq_ignore_ascii_case(last.text(s)))
    {
        return Some("a trailing keyword");
    }
    None
}

/// The text the parser sees: a `\` that continues a line becomes a space,
/// so byte positions (and the carets under them) stay where they were.
pub fn join_continuations(s: &str) -> String {
    let mut out = s.to_string();
    for t in lex(s).iter().rev() {
        if t.kind == Kind::Continue {
            out.replace_range(t.start..t.end, " ");
        }
    }
    out
}

/// Does this line end in a `\` that continues it (outside any quotes)?
pub fn continues(line: &str) -> bool {
    lex(line).last().is_some_and(|t| t.kind == Kind::Continue)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn kinds(s: &str) -> Vec<(Kind, &str)> {
        lex(s).into_iter().map(|t| (t.kind, t.text(s))).collect()
    }

    #[test]
    fn tokens() {
        assert_eq!(
            kinds("funding where amount>=1亿元 and recipient = \"Yi County\""),
            vec![
                (Kind::Word, "funding"),
                (Kind::Keyword, "where"),
                (Kind::Word, "amount"),
                (Kind::Op, ">="),
                (Kind::Number, "1亿元"),
                (Kind::Keyword, "and"),
                (Kind::Word, "recipient"),
                (Kind::Op, "="),
                (Kind::Str { closed: true }, "\"Yi County\""),
            ]
        );
        assert_eq!(
            kinds("match ?f recipient ?r， ?r within 锦州市"),
            vec![
                (Kind::Keyword, "match"),
                (Kind::Var, "?f"),
                (Kind::Word, "recipient"),
                (Kind::Var, "?r"),
                (Kind::Comma, "，"),
                (Kind::Var, "?r"),
                (Kind::Keyword, "within"),
                (Kind::Word, "锦州市"),
            ]
        );
        assert_eq!(
            kinds("show \"义县"),
            vec![
                (Kind::Keyword, "show"),
                (Kind::Str { closed: false }, "\"义县")
            ]
        );
        assert_eq!(kinds("a ≥ 2")[1], (Kind::Op, "≥"));
        assert_eq!(kinds("四千五百万元")[0].0, Kind::Number);
        assert_eq!(kinds("义县")[0].0, Kind::Word);
    }

    #[test]
    fn full_width_and_math_operators_end_words() {
        for o in OPERATORS {
            let s = format!("义县{}2", o.text);
            assert_eq!(
                kinds(&s),
                vec![
                    (Kind::Word, "义县"),
                    (Kind::Op, o.text),
                    (Kind::Number, "2")
                ],
                "{s}"
            );
        }
        // `！` alone is part of a word; before `＝` it is an operator.
        assert_eq!(kinds("加油！")[0], (Kind::Word, "加油！"));
        assert_eq!(operator_at("！＝1").map(|o| o.op), Some(CmpOp::Ne));
        assert_eq!(operator_at("<=1").map(|o| o.text), Some("<="));
    }

    #[test]
    fn keywords_follow_the_parser() {
        assert_eq!(
            kinds("show义县"),
            vec![(Kind::Keyword, "show"), (Kind::Word, "义县")]
        );
        assert_eq!(kinds("WHERE")[0].0, Kind::Keyword);
        assert_eq!(kinds("wherever")[0], (Kind::Word, "wherever"));
        assert_eq!(kinds("limit5")[0], (Kind::Word, "limit5"));
    }

    #[test]
    fn what_is_unfinished() {
        for s in [
            "show \"义县",
            "funding where (amount > 1",
            "funding where \\",
            "funding where amount > 1 and",
            "funding where",
            "funding where not",
            "match ?f recipient ?r,",
            "funding where amount > 1 OR",
        ] {
            assert!(unfinished(s).is_some(), "{s}");
        }
        for s in [
            "",
            "funding",
            "show \"义县\"",
            "funding where (amount > 1)",
            "funding where name = 'a\\'b'",
            ".help",
            ".attrs (",
            "funding by source",
        ] {
            assert!(unfinished(s).is_none(), "{s}");
        }
        assert!(unfinished("funding where amount > 1\\").is_some());
    }

    #[test]
    fn continuation_keeps_positions() {
        let s = "funding where \\\namount > 1";
        let j = join_continuations(s);
        assert_eq!(j.len(), s.len());
        assert_eq!(j, "funding where  \namount > 1");
        assert!(continues("funding where \\  "));
        assert!(!continues("show \"a\\"));
        assert!(!continues("funding"));
        assert!(continues("funding where amount > 1\\"));
        assert_eq!(kinds("a\\b")[0], (Kind::Word, "a\\b"));
    }

    /// Text built from the pieces queries are made of, so the lexer meets
    /// operators, quotes and continuations often.
    fn query_like() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just(" ".to_string()),
            Just("\\".to_string()),
            Just("\n".to_string()),
            Just("\"".to_string()),
            Just("'".to_string()),
            Just("？".to_string()),
            Just("！".to_string()),
            prop::sample::select(KEYWORDS).prop_map(str::to_string),
            prop::sample::select(OPERATORS).prop_map(|o| o.text.to_string()),
            "[a-z?._()，,0-9]{1,4}",
            "[\\u{4e00}-\\u{9fff}]{1,3}",
            any::<char>().prop_map(String::from),
        ];
        prop::collection::vec(piece, 0..24).prop_map(|v| v.concat())
    }

    proptest! {
        /// Any text lexes: tokens in order, on character boundaries, not
        /// overlapping, covering everything but white space.
        #[test]
        fn lexes_anything(s in prop_oneof![query_like(), "\\PC*", ".*"]) {
            let toks = lex(&s);
            let mut at = 0;
            for t in &toks {
                prop_assert!(t.start < t.end, "{t:?}");
                prop_assert!(s.is_char_boundary(t.start) && s.is_char_boundary(t.end));
                prop_assert!(s[at..t.start].chars().all(char::is_whitespace), "{s:?} {t:?}");
                at = t.end;
            }
            prop_assert!(s[at..].chars().all(char::is_whitespace));
            let _ = unfinished(&s);
            let _ = continues(&s);
            prop_assert_eq!(join_continuations(&s).len(), s.len());
        }
    }
}
