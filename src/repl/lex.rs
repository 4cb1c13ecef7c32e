//! A forgiving tokenizer for half-typed queries: the REPL colours,
//! completes and decides "is this finished?" with it, and piped input uses
//! it to join lines ending in `\`. It never fails: whatever the user has
//! typed so far gets tokens with byte ranges. The parser
//! (`query::parse`) stays the judge of what a query means; the word
//! boundaries here follow the same rules (`grammar/query.ebnf`: bare
//! words end at white space and `( ) = < > ! , ， " '`).

use crate::query::parse::KEYWORDS;

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
    /// A comparison: `=`, `!=`, `>=`, `≥` …
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

pub fn is_keyword(w: &str) -> bool {
    KEYWORDS.iter().any(|k| k.eq_ignore_ascii_case(w))
}

fn is_bare(c: char) -> bool {
    !c.is_whitespace()
        && !matches!(
            c,
            '(' | ')'
                | '='
                | '<'
                | '>'
                | '!'
                | ','
                | '，'
                | '"'
                | '\''
                | '≥'
                | '≤'
                | '＝'
                | '＞'
                | '＜'
        )
}

const OPS: &[&str] = &[
    "!=", "<>", "<=", ">=", "==", "=", "<", ">", "≥", "≤", "＝", "＞", "＜", "!",
];

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

/// Splits `s` into tokens (white space is skipped).
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
            _ if !is_bare(c) => {
                let op = OPS.iter().find(|o| rest.starts_with(**o)).unwrap_or(&"!");
                tok(Kind::Op, op.len().max(c.len_utf8()))
            }
            _ => {
                let n = rest
                    .char_indices()
                    .find(|&(k, ch)| !is_bare(ch) || (ch == '\\' && ends_line(&rest[k + 1..])))
                    .map_or(rest.len(), |(k, _)| k);
                let w = &rest[..n];
                let kind = if is_keyword(w) {
                    Kind::Keyword
                } else if w.starts_with('?') {
                    Kind::Var
                } else if numeric(w) {
                    Kind::Number
                } else {
                    Kind::Word
                };
                tok(kind, n)
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
    if last.kind == Kind::Keyword {
        let w = last.text(s).to_ascii_lowercase();
        if matches!(w.as_str(), "and" | "or" | "not" | "where") {
            return Some("a trailing keyword");
        }
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
}
