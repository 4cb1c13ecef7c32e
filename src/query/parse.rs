//! The query parser (nom). `grammar/query.ebnf` is the truth this follows;
//! `tests/grammar.rs` parses every example in `grammar/examples.txt`.
//!
//! Errors carry the byte span of the offending text and the tokens that
//! would have been accepted there.

use super::ast::*;
use crate::error::QueryError;
use nom::error::{ErrorKind, ParseError};
use nom::{IResult, Parser};
use std::cell::Cell;

/// Longest query accepted, in bytes.
pub const MAX_QUERY_LEN: usize = 64 * 1024;
/// Deepest nesting of `not` and parentheses.
pub const MAX_DEPTH: usize = 64;
/// Most patterns in one `match`: each is a join over an index.
pub const MAX_PATTERNS: usize = 16;

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
];

thread_local! {
    static INPUT_LEN: Cell<usize> = const { Cell::new(0) };
    static DEPTH: Cell<usize> = const { Cell::new(0) };
}

/// The parser's error: where it stopped and what it expected there.
#[derive(Debug, Clone)]
pub struct PErr<'a> {
    rest: &'a str,
    expected: Vec<&'static str>,
    message: Option<String>,
    /// Length of the offending text (for the underline), when known.
    width: usize,
}

impl<'a> ParseError<&'a str> for PErr<'a> {
    fn from_error_kind(input: &'a str, _kind: ErrorKind) -> Self {
        PErr {
            rest: input,
            expected: Vec::new(),
            message: None,
            width: 0,
        }
    }

    fn append(_input: &'a str, _kind: ErrorKind, other: Self) -> Self {
        other
    }

    /// Of two failed alternatives keep the one that got further; at the same
    /// place, merge what each expected.
    fn or(self, other: Self) -> Self {
        match self.rest.len().cmp(&other.rest.len()) {
            std::cmp::Ordering::Less => self,
            std::cmp::Ordering::Greater => other,
            std::cmp::Ordering::Equal => {
                let mut merged = self;
                if merged.message.is_none() {
                    merged.message = other.message;
                }
                for e in other.expected {
                    if !merged.expected.contains(&e) {
                        merged.expected.push(e);
                    }
                }
                merged
            }
        }
    }
}

type PResult<'a, O> = IResult<&'a str, O, PErr<'a>>;

fn pos(rest: &str) -> usize {
    INPUT_LEN.with(|l| l.get()) - rest.len()
}

fn span(before: &str, after: &str) -> Span {
    Span {
        start: pos(before),
        end: pos(after),
    }
}

fn fail<'a, O>(rest: &'a str, expected: &[&'static str]) -> PResult<'a, O> {
    Err(nom::Err::Error(PErr {
        rest,
        expected: expected.to_vec(),
        message: None,
        width: 0,
    }))
}

fn fatal<'a, O>(rest: &'a str, width: usize, message: String) -> PResult<'a, O> {
    Err(nom::Err::Failure(PErr {
        rest,
        expected: Vec::new(),
        message: Some(message),
        width,
    }))
}

/// Commits to a branch: an error inside is final, not a cue to backtrack.
fn cut<'a, O>(r: PResult<'a, O>) -> PResult<'a, O> {
    match r {
        Err(nom::Err::Error(e)) => Err(nom::Err::Failure(e)),
        other => other,
    }
}

fn is_space(c: char) -> bool {
    c.is_whitespace()
}

fn sp(i: &str) -> &str {
    i.trim_start_matches(is_space)
}

fn is_ident_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// A keyword, case-insensitive, ending at a word boundary.
fn kw<'a>(word: &'static str) -> impl Fn(&'a str) -> PResult<'a, Span> {
    move |i: &'a str| {
        let i = sp(i);
        let n = word.len();
        if i.len() >= n
            && i.is_char_boundary(n)
            && i[..n].eq_ignore_ascii_case(word)
            && !i[n..].starts_with(is_ident_char)
        {
            Ok((&i[n..], span(i, &i[n..])))
        } else {
            fail(i, &[word])
        }
    }
}

fn ident(i: &str) -> PResult<'_, Word> {
    let i = sp(i);
    let end = i.find(|c: char| !is_ident_char(c)).unwrap_or(i.len());
    if end == 0 || i.starts_with(|c: char| c.is_ascii_digit()) {
        return fail(i, &["an attribute name"]);
    }
    let word = &i[..end];
    Ok((
        &i[end..],
        Word {
            text: word.to_string(),
            span: span(i, &i[end..]),
        },
    ))
}

fn is_bare_char(c: char) -> bool {
    !is_space(c)
        && !matches!(
            c,
            '(' | ')' | '=' | '<' | '>' | '!' | ',' | '，' | '"' | '\''
        )
}

/// A run of text up to white space or punctuation: a name, a quantity
/// (`1亿元`), a date, a kind.
fn bare(i: &str) -> PResult<'_, Word> {
    let i = sp(i);
    let end = i.find(|c: char| !is_bare_char(c)).unwrap_or(i.len());
    if end == 0 || i.starts_with('?') {
        return fail(i, &["a value"]);
    }
    let word = &i[..end];
    if KEYWORDS.iter().any(|k| k.eq_ignore_ascii_case(word)) {
        return fail(i, &["a value"]);
    }
    Ok((
        &i[end..],
        Word {
            text: word.to_string(),
            span: span(i, &i[end..]),
        },
    ))
}

/// `"..."` or `'...'` with backslash escapes.
fn string(i: &str) -> PResult<'_, Word> {
    let i = sp(i);
    let Some(q) = i.chars().next().filter(|c| *c == '"' || *c == '\'') else {
        return fail(i, &["a quoted string"]);
    };
    let mut out = String::new();
    let mut chars = i[1..].char_indices();
    while let Some((k, c)) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some((_, e)) => out.push(e),
                None => break,
            },
            c if c == q => {
                let rest = &i[1 + k + 1..];
                return Ok((
                    rest,
                    Word {
                        text: out,
                        span: span(i, rest),
                    },
                ));
            }
            c => out.push(c),
        }
    }
    fatal(i, 1, format!("unterminated string: no closing {q}"))
}

fn literal(i: &str) -> PResult<'_, Literal> {
    match string(i) {
        Ok((r, w)) => Ok((
            r,
            Literal {
                text: w.text,
                quoted: true,
                span: w.span,
            },
        )),
        Err(nom::Err::Error(_)) => {
            let (r, w) = bare(i).map_err(|_| {
                nom::Err::Error(PErr {
                    rest: sp(i),
                    expected: vec![
                        "a value (a name, a quantity such as 1亿元, a date, or \"text\")",
                    ],
                    message: None,
                    width: 0,
                })
            })?;
            Ok((
                r,
                Literal {
                    text: w.text,
                    quoted: false,
                    span: w.span,
                },
            ))
        }
        Err(e) => Err(e),
    }
}

fn variable(i: &str) -> PResult<'_, Word> {
    let i = sp(i);
    match i.strip_prefix('?') {
        Some(rest) => {
            let (r, mut w) = ident(rest).map_err(|_| {
                nom::Err::Failure(PErr {
                    rest,
                    expected: vec!["a variable name after ?"],
                    message: None,
                    width: 0,
                })
            })?;
            w.span.start -= 1;
            Ok((r, w))
        }
        None => fail(i, &["a ?variable"]),
    }
}

/// `attr(.attr)*` or, where variables are allowed, `?var(.attr)*`.
fn path(allow_var: bool) -> impl Fn(&str) -> PResult<'_, Path> {
    move |i: &str| {
        let start = sp(i);
        let (mut rest, var, mut attrs) = match variable(start) {
            Ok((r, v)) if allow_var => (r, Some(v), Vec::new()),
            Ok(_) => return fatal(start, 1, "variables (?x) belong in match queries".into()),
            Err(nom::Err::Error(_)) => {
                let (r, a) = ident(start)?;
                (r, None, vec![a])
            }
            Err(e) => return Err(e),
        };
        while let Some(after_dot) = rest.strip_prefix('.') {
            let (r, a) = cut(ident(after_dot))?;
            attrs.push(a);
            rest = r;
        }
        Ok((
            rest,
            Path {
                var,
                attrs,
                span: span(start, rest),
            },
        ))
    }
}

fn cmp_op(i: &str) -> PResult<'_, CmpOp> {
    let i = sp(i);
    for (s, op) in [
        ("!=", CmpOp::Ne),
        ("<>", CmpOp::Ne),
        ("<=", CmpOp::Le),
        (">=", CmpOp::Ge),
        ("==", CmpOp::Eq),
        ("=", CmpOp::Eq),
        ("<", CmpOp::Lt),
        (">", CmpOp::Gt),
        ("≥", CmpOp::Ge),
        ("≤", CmpOp::Le),
        ("＝", CmpOp::Eq),
        ("＞", CmpOp::Gt),
        ("＜", CmpOp::Lt),
    ] {
        if let Some(r) = i.strip_prefix(s) {
            return Ok((r, op));
        }
    }
    fail(i, &["=", "!=", "<", "<=", ">", ">="])
}

fn condition(allow_var: bool) -> impl Fn(&str) -> PResult<'_, Expr> {
    move |i: &str| {
        if let Ok((r, _)) = kw("has")(i) {
            let (r, p) = cut(path(allow_var)(r))?;
            return Ok((r, Expr::Has(p)));
        }
        let (r, p) = path(allow_var)(i)?;
        if let Ok((r, _)) = kw("within")(r) {
            let (r, v) = cut(literal(r))?;
            return Ok((r, Expr::Within { path: p, value: v }));
        }
        if let Ok((r, _)) = kw("contains")(r) {
            let (r, v) = cut(literal(r))?;
            return Ok((r, Expr::Contains { path: p, value: v }));
        }
        let (r, op) = match cmp_op(r) {
            Ok(x) => x,
            Err(nom::Err::Error(mut e)) => {
                e.expected = vec!["=", "!=", "<", "<=", ">", ">=", "within", "contains"];
                if p.attrs.len() == 1 && p.var.is_none() {
                    e.expected.push(".");
                }
                return Err(nom::Err::Failure(e));
            }
            Err(e) => return Err(e),
        };
        let (r, v) = cut(literal(r))?;
        Ok((
            r,
            Expr::Cmp {
                path: p,
                op,
                value: v,
            },
        ))
    }
}

fn unary(allow_var: bool) -> impl Fn(&str) -> PResult<'_, Expr> {
    move |i: &str| {
        let depth = DEPTH.with(|d| d.get());
        if depth >= MAX_DEPTH {
            return fatal(sp(i), 1, format!("nesting deeper than {MAX_DEPTH} levels"));
        }
        DEPTH.with(|d| d.set(depth + 1));
        let result = (|| {
            if let Ok((r, _)) = kw("not")(i) {
                let (r, e) = cut(unary(allow_var)(r))?;
                return Ok((r, Expr::Not(Box::new(e))));
            }
            let s = sp(i);
            if let Some(r) = s.strip_prefix('(') {
                let (r, e) = cut(expr(allow_var)(r))?;
                let r2 = sp(r);
                return match r2.strip_prefix(')') {
                    Some(r3) => Ok((r3, e)),
                    None => Err(nom::Err::Failure(PErr {
                        rest: r2,
                        expected: vec![")", "and", "or"],
                        message: None,
                        width: 0,
                    })),
                };
            }
            condition(allow_var)(i)
        })();
        DEPTH.with(|d| d.set(depth));
        result
    }
}

/// `item {word item}`: one item alone, or several joined by `make`.
fn joined<'a>(
    i: &'a str,
    word: &'static str,
    item: impl Fn(&'a str) -> PResult<'a, Expr>,
    make: fn(Vec<Expr>) -> Expr,
) -> PResult<'a, Expr> {
    let (mut r, first) = item(i)?;
    let mut items = vec![first];
    while let Ok((r2, _)) = kw(word)(r) {
        let (r3, e) = cut(item(r2))?;
        items.push(e);
        r = r3;
    }
    Ok((
        r,
        if items.len() == 1 {
            items.remove(0)
        } else {
            make(items)
        },
    ))
}

fn expr(allow_var: bool) -> impl Fn(&str) -> PResult<'_, Expr> {
    move |i: &str| joined(i, "or", conj(allow_var), Expr::Or)
}

fn conj(allow_var: bool) -> impl Fn(&str) -> PResult<'_, Expr> {
    move |i: &str| joined(i, "and", unary(allow_var), Expr::And)
}

fn limit(i: &str) -> PResult<'_, Option<Limit>> {
    let Ok((r, _)) = kw("limit")(i) else {
        return Ok((i, None));
    };
    let s = sp(r);
    let end = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    if end == 0 {
        return cut(fail(s, &["a whole number"]));
    }
    let rest = &s[end..];
    match s[..end].parse::<u64>() {
        Ok(n) => Ok((
            rest,
            Some(Limit {
                n,
                span: span(s, rest),
            }),
        )),
        Err(_) => fatal(s, end, "limit is too large".into()),
    }
}

fn order(i: &str) -> PResult<'_, Option<Order>> {
    let Ok((r, _)) = kw("order")(i) else {
        return Ok((i, None));
    };
    let (r, _) = cut(kw("by")(r))?;
    let (r, key) = match kw("count")(r) {
        Ok((r, _)) => (r, OrderKey::Count),
        Err(_) => {
            let (r, p) = cut(path(false)(r))?;
            (r, OrderKey::Path(p))
        }
    };
    let (r, descending) = if let Ok((r, _)) = kw("desc")(r) {
        (r, true)
    } else if let Ok((r, _)) = kw("asc")(r) {
        (r, false)
    } else {
        (r, false)
    };
    Ok((r, Some(Order { key, descending })))
}

fn aggregate(i: &str) -> PResult<'_, Aggregate> {
    if let Ok((r, _)) = kw("count")(i) {
        let r = kw("of")(r).map(|(r, _)| r).unwrap_or(r);
        return Ok((r, Aggregate::Count));
    }
    type Make = fn(Path) -> Aggregate;
    let table: [(&'static str, Make); 4] = [
        ("sum", Aggregate::Sum),
        ("avg", Aggregate::Avg),
        ("min", Aggregate::Min),
        ("max", Aggregate::Max),
    ];
    for (word, make) in table {
        if let Ok((r, _)) = kw(word)(i) {
            let (r, p) = cut(path(false)(r))?;
            let (r, _) = cut(kw("of")(r))?;
            return Ok((r, make(p)));
        }
    }
    Ok((i, Aggregate::Rows))
}

fn kind_word(i: &str) -> PResult<'_, Word> {
    bare(i).map_err(|_| {
        nom::Err::Error(PErr {
            rest: sp(i),
            expected: vec![
                "a kind (e.g. funding, projects)",
                "show",
                "kinds",
                "attributes",
                "count",
                "sum",
                "match",
            ],
            message: None,
            width: 0,
        })
    })
}

fn select(i: &str) -> PResult<'_, Select> {
    let (r, agg) = aggregate(i)?;
    let (r, kind) = if agg == Aggregate::Rows {
        kind_word(r)?
    } else {
        cut(kind_word(r))?
    };
    let (r, filter) = match kw("where")(r) {
        Ok((r, _)) => {
            let (r, e) = cut(expr(false)(r))?;
            (r, Some(e))
        }
        Err(_) => (r, None),
    };
    let (r, group) = match kw("by")(r) {
        Ok((r, _)) => {
            let (r, p) = cut(path(false)(r))?;
            (r, Some(p))
        }
        Err(_) => (r, None),
    };
    let (r, order) = order(r)?;
    let (r, limit) = limit(r)?;
    let mut expected: Vec<&'static str> = Vec::new();
    if filter.is_none() && group.is_none() {
        expected.push("where");
    }
    if group.is_none() && order.is_none() {
        expected.push("by");
    }
    if order.is_none() && limit.is_none() {
        expected.push("order by");
    }
    if limit.is_none() {
        expected.push("limit");
    }
    if filter.is_some() && group.is_none() && order.is_none() && limit.is_none() {
        expected.push("and");
        expected.push("or");
    }
    end(r, &expected)?;
    Ok((
        r,
        Select {
            aggregate: agg,
            kind,
            filter,
            group,
            order,
            limit,
        },
    ))
}

fn pattern(i: &str) -> PResult<'_, Pattern> {
    let term = |i| -> PResult<'_, Term> {
        match variable(i) {
            Ok((r, v)) => Ok((r, Term::Var(v))),
            Err(nom::Err::Error(_)) => literal(i).map(|(r, l)| (r, Term::Value(l))),
            Err(e) => Err(e),
        }
    };
    let (r, subject) = term(i)?;
    let (r, attr) = cut(ident(r))?;
    let (r, object) = cut(term(r))?;
    Ok((
        r,
        Pattern {
            subject,
            attr,
            object,
        },
    ))
}

fn match_query(i: &str) -> PResult<'_, Match> {
    let (mut r, first) = cut(pattern(i))?;
    let mut patterns = vec![first];
    loop {
        let s = sp(r);
        match s.strip_prefix(',').or_else(|| s.strip_prefix('，')) {
            Some(after) => {
                let (r2, p) = cut(pattern(after))?;
                if patterns.len() >= MAX_PATTERNS {
                    let at = sp(after);
                    return fatal(
                        at,
                        at.len() - r2.len(),
                        format!("a match takes at most {MAX_PATTERNS} patterns"),
                    );
                }
                patterns.push(p);
                r = r2;
            }
            None => break,
        }
    }
    let (r, filter) = match kw("where")(r) {
        Ok((r, _)) => {
            let (r, e) = cut(expr(true)(r))?;
            (r, Some(e))
        }
        Err(_) => (r, None),
    };
    let (r, limit) = limit(r)?;
    end(r, &[",", "where", "limit"])?;
    Ok((
        r,
        Match {
            patterns,
            filter,
            limit,
        },
    ))
}

/// `find TERM {TERM} [limit N]`: a term is a quoted string or any run of
/// characters up to white space (物流, 45万元, “双凌”).
fn find_query(i: &str) -> PResult<'_, Find> {
    let mut r = i;
    let mut terms = Vec::new();
    let mut limit_clause = None;
    loop {
        let s = sp(r);
        if s.is_empty() {
            break;
        }
        if !terms.is_empty() && kw("limit")(s).is_ok() {
            let (r2, l) = limit(s)?;
            limit_clause = l;
            r = r2;
            break;
        }
        match string(s) {
            Ok((r2, w)) => {
                terms.push(w);
                r = r2;
                continue;
            }
            Err(nom::Err::Failure(e)) => return Err(nom::Err::Failure(e)),
            Err(_) => {}
        }
        let end_at = s.find(is_space).unwrap_or(s.len());
        let rest = &s[end_at..];
        terms.push(Word {
            text: s[..end_at].to_string(),
            span: span(s, rest),
        });
        r = rest;
    }
    if terms.is_empty() {
        return cut(fail(sp(r), &["a word to look for (e.g. find 物流)"]));
    }
    end(r, &[])?;
    Ok((
        r,
        Find {
            terms,
            limit: limit_clause,
        },
    ))
}

/// Succeeds at the end of the input; otherwise reports what could follow.
fn end<'a>(i: &'a str, expected: &[&'static str]) -> PResult<'a, ()> {
    let s = sp(i);
    if s.is_empty() {
        return Ok((s, ()));
    }
    let mut exp = expected.to_vec();
    exp.push("end of query");
    Err(nom::Err::Failure(PErr {
        rest: s,
        expected: exp,
        message: None,
        width: 0,
    }))
}

fn query(i: &str) -> PResult<'_, Query> {
    if let Ok((r, _)) = kw("explain")(i) {
        if kw("explain")(r).is_ok() {
            return fatal(
                sp(r),
                7,
                "explain takes a query, not another explain".into(),
            );
        }
        let (r, q) = cut(query(r))?;
        return Ok((r, Query::Explain(Box::new(q))));
    }
    if let Ok((r, _)) = kw("show")(i) {
        let s = sp(r);
        match string(s) {
            Ok((r2, w)) => {
                end(r2, &[])?;
                return Ok((r2, Query::Show(w)));
            }
            Err(nom::Err::Failure(e)) => return Err(nom::Err::Failure(e)),
            Err(_) => {}
        }
        let name = s.trim_end_matches(is_space);
        if name.is_empty() {
            return cut(fail(s, &["a name (e.g. show 义县)"]));
        }
        let rest = &s[name.len()..];
        return Ok((
            rest,
            Query::Show(Word {
                text: name.to_string(),
                span: span(s, rest),
            }),
        ));
    }
    if let Ok((r, _)) = kw("kinds")(i) {
        end(r, &[])?;
        return Ok((r, Query::Kinds));
    }
    if let Ok((r, _)) = kw("find")(i) {
        let (r, f) = find_query(r)?;
        return Ok((r, Query::Find(f)));
    }
    if let Ok((r, _)) = kw("attributes").parse(i).or_else(|_| kw("attrs")(i)) {
        let r = kw("of")(r).map(|(r, _)| r).unwrap_or(r);
        let (r, k) = cut(kind_word(r))?;
        end(r, &[])?;
        return Ok((r, Query::Attributes(k)));
    }
    if let Ok((r, _)) = kw("match")(i) {
        let (r, m) = match_query(r)?;
        return Ok((r, Query::Match(m)));
    }
    let (r, s) = select(i)?;
    Ok((r, Query::Select(Box::new(s))))
}

fn describe(rest: &str) -> (String, usize) {
    if rest.is_empty() {
        return ("the query ends early".to_string(), 0);
    }
    let token: String = if rest.starts_with(is_bare_char) {
        rest.chars().take_while(|c| is_bare_char(*c)).collect()
    } else {
        rest.chars().take(1).collect()
    };
    (format!("unexpected '{token}'"), token.len())
}

/// Parses one query.
pub fn parse(input: &str) -> Result<Query, QueryError> {
    if input.len() > MAX_QUERY_LEN {
        return Err(QueryError::new(
            format!(
                "query is too long ({} bytes; the limit is {MAX_QUERY_LEN})",
                input.len()
            ),
            (0, 0),
        ));
    }
    INPUT_LEN.with(|l| l.set(input.len()));
    DEPTH.with(|d| d.set(0));
    if sp(input).is_empty() {
        return Err(QueryError::new("empty query", (0, 0))
            .with_help("try: kinds, funding by source, show 义县, funding where amount > 1亿元"));
    }
    match query(input) {
        Ok((rest, q)) => {
            if !sp(rest).is_empty() {
                let at = pos(sp(rest));
                let (msg, w) = describe(sp(rest));
                let mut err = QueryError::new(msg, (at, at + w)).with_help("expected end of query");
                err.suggestion = order_hint(input, at, at + w);
                return Err(err);
            }
            Ok(q)
        }
        Err(nom::Err::Error(e)) | Err(nom::Err::Failure(e)) => {
            let at = pos(e.rest);
            let (msg, w) = match e.message {
                Some(m) => (m, e.width),
                None => describe(e.rest),
            };
            let end = (at + w).min(input.len());
            let mut err = QueryError::new(msg, (at, end));
            if !e.expected.is_empty() {
                err = err.with_help(format!("expected {}", one_of(&e.expected)));
                if let Some(k) = close_keyword(&input[at..end], &e.expected) {
                    err.suggestion = Some(format!("did you mean '{k}'?"));
                }
            }
            if err.suggestion.is_none() {
                err.suggestion = order_hint(input, at, end);
            }
            Err(err)
        }
        Err(nom::Err::Incomplete(_)) => Err(QueryError::new(
            "incomplete query",
            (input.len(), input.len()),
        )),
    }
}

/// What people new to the language write out of order: a space between
/// a number and its unit (`1 亿元`), `where` after `by`.
fn order_hint(input: &str, at: usize, end: usize) -> Option<String> {
    let token = input.get(at..end)?;
    let before = input.get(..at)?.trim_end();
    if before.len() < at && before.ends_with(|c: char| c.is_ascii_digit()) {
        // The number starts after the last other character, whatever its
        // length in bytes.
        let head = before.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
        let num = &before[head.len()..];
        let joined = format!("{num}{token}");
        if crate::model::parse_quantity(&joined).is_ok_and(|q| q.unit != crate::model::Unit::Number)
        {
            return Some(format!(
                "no space between a number and its unit: write '{joined}'"
            ));
        }
    }
    if token.eq_ignore_ascii_case("where") {
        let lower = input[..at].to_ascii_lowercase();
        if let Some(by) = lower.rfind(" by ") {
            let head = input[..by].trim();
            let by_part = input[by..at].trim();
            let rest = input[at..].trim();
            // `order by` and `limit` stay last.
            let lower_rest = rest.to_ascii_lowercase();
            let tail_at = [" order by ", " limit "]
                .iter()
                .filter_map(|w| lower_rest.find(w))
                .min()
                .unwrap_or(rest.len());
            let (where_part, tail) = rest.split_at(tail_at);
            let fixed = format!("{head} {where_part} {by_part}{tail}");
            return Some(format!("'where' comes before 'by': {fixed}"));
        }
    }
    None
}

/// A keyword the user probably meant (`wher` → `where`): one edit away,
/// two for longer words.
fn close_keyword<'e>(typed: &str, expected: &[&'e str]) -> Option<&'e str> {
    let t: Vec<char> = typed.to_ascii_lowercase().chars().collect();
    if t.len() < 2 {
        return None;
    }
    expected
        .iter()
        .filter(|k| k.chars().all(|c| c.is_ascii_lowercase()))
        .map(|k| {
            let kc: Vec<char> = k.chars().collect();
            (crate::store::edit_distance(&t, &kc), *k)
        })
        .filter(|(d, k)| *d > 0 && *d <= if k.len() >= 5 { 2 } else { 1 })
        .min()
        .map(|(_, k)| k)
}

fn one_of(items: &[&str]) -> String {
    let quoted: Vec<String> = items
        .iter()
        .map(|s| {
            let descriptive = s.starts_with("a ") || s.starts_with("an ") || *s == "end of query";
            if s.is_ascii() && !descriptive {
                format!("'{s}'")
            } else {
                s.to_string()
            }
        })
        .collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        n => format!("{} or {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hints_never_slice_inside_a_character() {
        // A character of four bytes before the number (found by proptest):
        // parsing fails without a panic.
        for q in ["𑯔7 亿元", "𞹍𑯔7 亿元", "funding where amount > 义1 亿元"] {
            assert!(parse(q).is_err(), "{q}");
        }
    }

    #[test]
    fn parses_the_required_queries() {
        for q in [
            "funding by source",
            "projects by district",
            "funding where recipient = 义县",
            "funding where amount > 1亿元",
            "sum amount of funding by recipient",
            "count enterprises by district",
            "projects where district = 凌海市",
            "show 义县",
            "show 思凯物流园",
            "kinds",
            "attributes of funding",
        ] {
            parse(q).unwrap_or_else(|e| panic!("{q}: {e:?}"));
        }
    }

    #[test]
    fn shapes() {
        let Query::Select(s) =
            parse("funding where amount > 1亿元 and recipient within 锦州市 by source limit 3")
                .unwrap()
        else {
            panic!()
        };
        assert_eq!(s.kind.text, "funding");
        assert!(matches!(s.filter, Some(Expr::And(ref v)) if v.len() == 2));
        assert_eq!(s.group.unwrap().attrs[0].text, "source");
        assert_eq!(s.limit.unwrap().n, 3);
        let Query::Match(m) =
            parse("match ?f recipient ?r, ?r within 锦州市 where ?f.amount > 1亿元").unwrap()
        else {
            panic!()
        };
        assert_eq!(m.patterns.len(), 2);
        assert!(
            matches!(parse("show Yi County").unwrap(), Query::Show(w) if w.text == "Yi County")
        );
    }

    #[test]
    fn find_terms_and_limit() {
        let Query::Find(f) = parse("find 物流 “双凌” limit 2").unwrap() else {
            panic!()
        };
        let terms: Vec<&str> = f.terms.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(terms, vec!["物流", "“双凌”"]);
        assert_eq!(f.limit.unwrap().n, 2);
        assert_eq!(f.terms[1].span.start, "find 物流 ".len());
        let Query::Find(f) = parse("find \"limit\"").unwrap() else {
            panic!()
        };
        assert_eq!(f.terms[0].text, "limit");
        assert!(parse("find 物流 limit x").is_err());
    }

    #[test]
    fn error_positions() {
        let e = parse("funding where amount >").unwrap_err();
        assert_eq!(e.span.0, "funding where amount >".len());
        assert!(e.help.unwrap().contains("a value"));
        let e = parse("funding wher amount > 1").unwrap_err();
        assert_eq!(e.span, (8, 12));
        assert!(e.message.contains("wher"));
        assert_eq!(e.suggestion.as_deref(), Some("did you mean 'where'?"));
        assert!(e.help.unwrap().starts_with("expected 'where'"));
        let e = parse("funding wehre amount > 1").unwrap_err();
        assert_eq!(e.suggestion.as_deref(), Some("did you mean 'where'?"));
        assert_eq!(parse("funding xyz").unwrap_err().suggestion, None);
        let e = parse("funding where 金额 > 1").unwrap_err();
        assert_eq!(e.span.0, "funding where ".len());
        let e = parse("show \"义县").unwrap_err();
        assert!(e.message.contains("unterminated"));
    }

    #[test]
    fn depth_and_length_limits() {
        let deep = format!(
            "funding where {}amount > 1{}",
            "(".repeat(500),
            ")".repeat(500)
        );
        assert!(parse(&deep).unwrap_err().message.contains("nesting"));
        let long = format!("show {}", "义".repeat(MAX_QUERY_LEN));
        assert!(parse(&long).unwrap_err().message.contains("too long"));
        let nots = format!("funding where {}amount > 1", "not ".repeat(100));
        assert!(parse(&nots).is_err());
    }
}
