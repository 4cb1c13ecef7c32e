//! The query parser (nom). `grammar/query.ebnf` is the truth this follows;
//! `tests/grammar.rs` parses every example in `grammar/examples.txt`.
//!
//! Errors carry the byte span of the offending text and the tokens that
//! would have been accepted there.

use super::ast::*;
use super::lex;
use crate::error::QueryError;
use nom::error::{ErrorKind, ParseError};
use nom::IResult;
use std::cell::RefCell;

/// Longest query accepted, in bytes.
pub const MAX_QUERY_LEN: usize = 64 * 1024;
/// Deepest nesting of `not` and parentheses.
pub const MAX_DEPTH: usize = 64;
/// Most patterns in one `match`: each is a join over an index.
pub const MAX_PATTERNS: usize = 16;

pub use super::lex::KEYWORDS;

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

/// What the parser would accept at the end of a query typed so far: what
/// completion offers (see [`expected_next`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expectation {
    /// A keyword, or a fixed phrase of them (`order by`, `attributes of`).
    Keyword(&'static str),
    /// A comparison operator ([`super::lex::OPERATORS`]).
    Operator,
    /// `(`, `)` or `,`.
    Punct(&'static str),
    /// A kind (`funding`, `projects`).
    Kind,
    /// An attribute: of `kind` when one is in play; holding quantities
    /// when `quantity` (what `sum`/`avg`/`min`/`max` take).
    Attribute {
        kind: Option<String>,
        quantity: bool,
    },
    /// A `?variable`: one of `bound` (those the query has named so far);
    /// `dotted` when a path may go on from it (`?f.amount`).
    Variable { bound: Vec<String>, dotted: bool },
    /// A value: what `attr` holds (any entity name when `None`), compared
    /// with `op` (`=`, `within` …; `None` in a match pattern).
    Value {
        attr: Option<String>,
        op: Option<String>,
    },
    /// The rest of the line is a name, from byte `start` (`show 义县`).
    NameRest { start: usize },
    /// A whole number (`limit 5`).
    Number,
    /// A word to search for (`find 物流`).
    Term,
}

/// One parse of one text. Positions are worked out from what is left of
/// the input (`len - rest.len()`), so each parse carries its own length.
struct P {
    len: usize,
    /// Asked by completion: what each rule tried at the end of the input.
    expect: Option<RefCell<Vec<Expectation>>>,
    /// The kind of the select being read (whose attributes a path names).
    kind: RefCell<Option<String>>,
    /// The variables a match has named so far.
    vars: RefCell<Vec<String>>,
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

impl P {
    fn new(len: usize, completing: bool) -> Self {
        P {
            len,
            expect: completing.then(|| RefCell::new(Vec::new())),
            kind: RefCell::new(None),
            vars: RefCell::new(Vec::new()),
        }
    }

    fn pos(&self, rest: &str) -> usize {
        self.len - rest.len()
    }

    fn span(&self, before: &str, after: &str) -> Span {
        Span {
            start: self.pos(before),
            end: self.pos(after),
        }
    }

    /// Notes that `e` may stand at `at`, when `at` is the end of the input
    /// and someone is completing.
    fn may(&self, at: &str, e: Expectation) {
        if let Some(list) = &self.expect {
            if sp(at).is_empty() {
                let mut list = list.borrow_mut();
                if !list.contains(&e) {
                    list.push(e);
                }
            }
        }
    }

    /// A keyword, case-insensitive, ending at a word boundary
    /// ([`super::lex::starts_with_keyword`]).
    fn kw<'a>(&self, word: &'static str, i: &'a str) -> PResult<'a, Span> {
        self.kw_shown(word, word, i)
    }

    /// [`Self::kw`], offered to completion as `shown` (`order by`).
    fn kw_shown<'a>(
        &self,
        word: &'static str,
        shown: &'static str,
        i: &'a str,
    ) -> PResult<'a, Span> {
        let i = sp(i);
        if lex::starts_with_keyword(i, word) {
            let r = &i[word.len()..];
            Ok((r, self.span(i, r)))
        } else {
            self.may(i, Expectation::Keyword(shown));
            fail(i, &[word])
        }
    }

    fn ident<'a>(&self, i: &'a str) -> PResult<'a, Word> {
        let i = sp(i);
        let end = i.find(|c: char| !lex::is_ident_char(c)).unwrap_or(i.len());
        if end == 0 || i.starts_with(|c: char| c.is_ascii_digit()) {
            return fail(i, &["an attribute name"]);
        }
        let word = &i[..end];
        Ok((
            &i[end..],
            Word {
                text: word.to_string(),
                span: self.span(i, &i[end..]),
            },
        ))
    }

    /// A run of text up to white space, punctuation or an operator: a
    /// name, a quantity (`1亿元`), a date, a kind.
    fn bare<'a>(&self, i: &'a str) -> PResult<'a, Word> {
        let i = sp(i);
        let end = lex::bare_len(i);
        if end == 0 || i.starts_with('?') {
            return fail(i, &["a value"]);
        }
        let word = &i[..end];
        if lex::is_keyword(word) {
            return fail(i, &["a value"]);
        }
        Ok((
            &i[end..],
            Word {
                text: word.to_string(),
                span: self.span(i, &i[end..]),
            },
        ))
    }

    /// `"..."` or `'...'` with backslash escapes.
    fn string<'a>(&self, i: &'a str) -> PResult<'a, Word> {
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
                            span: self.span(i, rest),
                        },
                    ));
                }
                c => out.push(c),
            }
        }
        fatal(i, 1, format!("unterminated string: no closing {q}"))
    }

    fn literal<'a>(&self, i: &'a str) -> PResult<'a, Literal> {
        match self.string(i) {
            Ok((r, w)) => Ok((
                r,
                Literal {
                    text: w.text,
                    quoted: true,
                    span: w.span,
                },
            )),
            Err(nom::Err::Error(_)) => {
                let (r, w) = self.bare(i).map_err(|_| {
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

    fn variable<'a>(&self, i: &'a str) -> PResult<'a, Word> {
        let i = sp(i);
        match i.strip_prefix('?') {
            Some(rest) => {
                let (r, mut w) = self.ident(rest).map_err(|_| {
                    nom::Err::Failure(PErr {
                        rest,
                        expected: vec!["a variable name after ?"],
                        message: None,
                        width: 0,
                    })
                })?;
                w.span.start -= 1;
                let mut vars = self.vars.borrow_mut();
                if !vars.contains(&w.text) {
                    vars.push(w.text.clone());
                }
                Ok((r, w))
            }
            None => fail(i, &["a ?variable"]),
        }
    }

    /// Offers the variables named so far at `at`.
    fn may_var(&self, at: &str, dotted: bool) {
        if self.expect.is_some() {
            let bound = self.vars.borrow().iter().map(|v| format!("?{v}")).collect();
            self.may(at, Expectation::Variable { bound, dotted });
        }
    }

    /// Notes what a path may start with at `at`.
    fn may_path(&self, at: &str, allow_var: bool, quantity: bool) {
        if allow_var {
            // In a match, paths start from a variable.
            self.may_var(at, true);
        } else {
            let kind = if quantity {
                None
            } else {
                self.kind.borrow().clone()
            };
            self.may(at, Expectation::Attribute { kind, quantity });
        }
    }

    /// `attr(.attr)*` or, where variables are allowed, `?var(.attr)*`.
    /// `quantity`: the path is what an aggregate adds up.
    fn path<'a>(&self, allow_var: bool, quantity: bool, i: &'a str) -> PResult<'a, Path> {
        let start = sp(i);
        self.may_path(start, allow_var, quantity);
        let (mut rest, var, mut attrs) = match self.variable(start) {
            Ok((r, v)) if allow_var => (r, Some(v), Vec::new()),
            Ok(_) => return fatal(start, 1, "variables (?x) belong in match queries".into()),
            Err(nom::Err::Error(_)) => {
                let (r, a) = self.ident(start)?;
                (r, None, vec![a])
            }
            Err(e) => return Err(e),
        };
        while let Some(after_dot) = rest.strip_prefix('.') {
            let (r, a) = cut(self.ident(after_dot))?;
            attrs.push(a);
            rest = r;
        }
        Ok((
            rest,
            Path {
                var,
                attrs,
                span: self.span(start, rest),
            },
        ))
    }

    fn cmp_op<'a>(&self, i: &'a str) -> PResult<'a, CmpOp> {
        let i = sp(i);
        if let Some(o) = lex::operator_at(i) {
            return Ok((&i[o.text.len()..], o.op));
        }
        self.may(i, Expectation::Operator);
        fail(i, &lex::offered_operators().collect::<Vec<_>>())
    }

    fn condition<'a>(&self, allow_var: bool, i: &'a str) -> PResult<'a, Expr> {
        if let Ok((r, _)) = self.kw("has", i) {
            let (r, p) = cut(self.path(allow_var, false, r))?;
            return Ok((r, Expr::Has(p)));
        }
        let (r, p) = self.path(allow_var, false, i)?;
        let value = |r: &'a str, op: &str| {
            self.may(
                r,
                Expectation::Value {
                    attr: p.attrs.last().map(|a| a.text.clone()),
                    op: Some(op.to_string()),
                },
            );
            cut(self.literal(r))
        };
        if let Ok((r, _)) = self.kw("within", r) {
            let (r, v) = value(r, "within")?;
            return Ok((r, Expr::Within { path: p, value: v }));
        }
        if let Ok((r, _)) = self.kw("contains", r) {
            let (r, v) = value(r, "contains")?;
            return Ok((r, Expr::Contains { path: p, value: v }));
        }
        let (r, op) = match self.cmp_op(r) {
            Ok(x) => x,
            Err(nom::Err::Error(mut e)) => {
                e.expected = lex::offered_operators()
                    .chain(lex::WORD_OPERATORS.iter().copied())
                    .collect();
                if p.attrs.len() == 1 && p.var.is_none() {
                    e.expected.push(".");
                }
                return Err(nom::Err::Failure(e));
            }
            Err(e) => return Err(e),
        };
        let (r, v) = value(r, op.symbol())?;
        Ok((
            r,
            Expr::Cmp {
                path: p,
                op,
                value: v,
            },
        ))
    }

    /// `not unary`, `( expr )` or a condition; `depth` counts the `not`s
    /// and brackets around it.
    fn unary<'a>(&self, allow_var: bool, depth: usize, i: &'a str) -> PResult<'a, Expr> {
        if depth >= MAX_DEPTH {
            return fatal(sp(i), 1, format!("nesting deeper than {MAX_DEPTH} levels"));
        }
        // Noted before `not`, `(` and `has`: completion lists the
        // attributes (or variables) a condition starts with first.
        self.may_path(sp(i), allow_var, false);
        if let Ok((r, _)) = self.kw("not", i) {
            let (r, e) = cut(self.unary(allow_var, depth + 1, r))?;
            return Ok((r, Expr::Not(Box::new(e))));
        }
        let s = sp(i);
        self.may(s, Expectation::Punct("("));
        if let Some(r) = s.strip_prefix('(') {
            let (r, e) = cut(self.expr(allow_var, depth + 1, r))?;
            let r2 = sp(r);
            self.may(r2, Expectation::Punct(")"));
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
        self.condition(allow_var, i)
    }

    /// `item {word item}`: one item alone, or several joined by `make`.
    fn joined<'a>(
        &self,
        i: &'a str,
        word: &'static str,
        item: impl Fn(&'a str) -> PResult<'a, Expr>,
        make: fn(Vec<Expr>) -> Expr,
    ) -> PResult<'a, Expr> {
        let (mut r, first) = item(i)?;
        let mut items = vec![first];
        while let Ok((r2, _)) = self.kw(word, r) {
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

    fn expr<'a>(&self, allow_var: bool, depth: usize, i: &'a str) -> PResult<'a, Expr> {
        self.joined(i, "or", |i| self.conj(allow_var, depth, i), Expr::Or)
    }

    fn conj<'a>(&self, allow_var: bool, depth: usize, i: &'a str) -> PResult<'a, Expr> {
        self.joined(i, "and", |i| self.unary(allow_var, depth, i), Expr::And)
    }

    fn limit<'a>(&self, i: &'a str) -> PResult<'a, Option<Limit>> {
        let Ok((r, _)) = self.kw("limit", i) else {
            return Ok((i, None));
        };
        let s = sp(r);
        self.may(s, Expectation::Number);
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
                    span: self.span(s, rest),
                }),
            )),
            Err(_) => fatal(s, end, "limit is too large".into()),
        }
    }

    fn order<'a>(&self, i: &'a str) -> PResult<'a, Option<Order>> {
        let Ok((r, _)) = self.kw_shown("order", "order by", i) else {
            return Ok((i, None));
        };
        let (r, _) = cut(self.kw("by", r))?;
        let (r, key) = match self.kw("count", r) {
            Ok((r, _)) => (r, OrderKey::Count),
            Err(_) => {
                let (r, p) = cut(self.path(false, false, r))?;
                (r, OrderKey::Path(p))
            }
        };
        let (r, descending) = if let Ok((r, _)) = self.kw("asc", r) {
            (r, false)
        } else if let Ok((r, _)) = self.kw("desc", r) {
            (r, true)
        } else {
            (r, false)
        };
        Ok((r, Some(Order { key, descending })))
    }

    fn aggregate<'a>(&self, i: &'a str) -> PResult<'a, Aggregate> {
        if let Ok((r, _)) = self.kw("count", i) {
            let r = self.kw("of", r).map(|(r, _)| r).unwrap_or(r);
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
            if let Ok((r, _)) = self.kw(word, i) {
                let (r, p) = cut(self.path(false, true, r))?;
                let (r, _) = cut(self.kw("of", r))?;
                return Ok((r, make(p)));
            }
        }
        Ok((i, Aggregate::Rows))
    }

    fn kind_word<'a>(&self, i: &'a str) -> PResult<'a, Word> {
        self.may(i, Expectation::Kind);
        self.bare(i).map_err(|_| {
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
                    "timeline",
                ],
                message: None,
                width: 0,
            })
        })
    }

    fn select<'a>(&self, i: &'a str) -> PResult<'a, Select> {
        let (r, agg) = self.aggregate(i)?;
        let (r, kind) = if agg == Aggregate::Rows {
            self.kind_word(r)?
        } else {
            cut(self.kind_word(r))?
        };
        *self.kind.borrow_mut() = Some(kind.text.clone());
        let (r, filter) = match self.kw("where", r) {
            Ok((r, _)) => {
                let (r, e) = cut(self.expr(false, 0, r))?;
                (r, Some(e))
            }
            Err(_) => (r, None),
        };
        let (r, group) = match self.kw("by", r) {
            Ok((r, _)) => {
                let (r, p) = cut(self.path(false, false, r))?;
                (r, Some(p))
            }
            Err(_) => (r, None),
        };
        let (r, columns) = self.columns(group.is_some(), r)?;
        let (r, order) = self.order(r)?;
        let (r, limit) = self.limit(r)?;
        let (r, rounded) = match self.kw("rounded", r) {
            Ok((r, _)) => (r, true),
            Err(_) => (r, false),
        };
        let mut expected: Vec<&'static str> = Vec::new();
        let tail = columns.is_none() && order.is_none() && limit.is_none() && !rounded;
        if filter.is_none() && group.is_none() && tail {
            expected.push("where");
        }
        if group.is_none() && tail {
            expected.push("by");
        }
        if tail {
            expected.push("list");
        }
        if order.is_none() && limit.is_none() && !rounded {
            expected.push("order by");
        }
        if limit.is_none() && !rounded {
            expected.push("limit");
        }
        if !rounded {
            expected.push("rounded");
        }
        if filter.is_some() && group.is_none() && tail {
            expected.push("and");
            expected.push("or");
        }
        if columns.is_some() && order.is_none() && limit.is_none() && !rounded {
            expected.push(",");
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
                columns,
                rounded,
            },
        ))
    }

    /// `list COLUMN {, COLUMN}`: an attribute path, `name`, `count` or
    /// `members` (offered after `by`: they are a group's), a column of a
    /// timeline.
    fn columns<'a>(&self, grouped: bool, i: &'a str) -> PResult<'a, Option<Columns>> {
        let Ok((mut r, span)) = self.kw("list", i) else {
            return Ok((i, None));
        };
        let mut items = Vec::new();
        loop {
            let s = sp(r);
            if grouped {
                self.may(s, Expectation::Keyword("count"));
                self.may(s, Expectation::Keyword("members"));
            }
            let (r2, c) = if lex::starts_with_keyword(s, "count") {
                let (r2, span) = self.kw("count", s)?;
                (r2, Column::Count(span))
            } else if lex::starts_with_keyword(s, "members") {
                let (r2, span) = self.kw("members", s)?;
                (r2, Column::Members(span))
            } else {
                let (r2, p) = cut(self.path(false, false, s))?;
                (r2, Column::Path(p))
            };
            items.push(c);
            let s = sp(r2);
            self.may(s, Expectation::Punct(","));
            match s.strip_prefix(',').or_else(|| s.strip_prefix('，')) {
                Some(after) => r = after,
                None => {
                    r = r2;
                    break;
                }
            }
        }
        Ok((r, Some(Columns { items, span })))
    }

    /// The name after `timeline of`: a string, or the text up to the
    /// clause that follows (`where`, `list`, `limit`) or the end, so that
    /// `timeline of Yi County` and names with brackets need no quotes.
    fn name_before_clauses<'a>(&self, i: &'a str) -> PResult<'a, Literal> {
        let s = sp(i);
        self.may(
            s,
            Expectation::Value {
                attr: None,
                op: None,
            },
        );
        match self.string(s) {
            Ok((r, w)) => {
                return Ok((
                    r,
                    Literal {
                        text: w.text,
                        quoted: true,
                        span: w.span,
                    },
                ))
            }
            Err(nom::Err::Failure(e)) => return Err(nom::Err::Failure(e)),
            Err(_) => {}
        }
        let clause = |t: &str| {
            ["where", "list", "limit"]
                .iter()
                .any(|k| lex::starts_with_keyword(t, k))
        };
        let end = if clause(s) {
            0
        } else {
            s.char_indices()
                .find(|&(k, c)| c.is_whitespace() && clause(sp(&s[k..])))
                .map_or(s.len(), |(k, _)| k)
        };
        let name = s[..end].trim_end_matches(is_space);
        if name.is_empty() {
            return cut(fail(s, &["a name (e.g. timeline of 义县)"]));
        }
        let rest = &s[name.len()..];
        Ok((
            rest,
            Literal {
                text: name.to_string(),
                quoted: false,
                span: self.span(s, rest),
            },
        ))
    }

    /// `timeline [of NAME] [where EXPR] [list …] [limit N]`.
    fn timeline<'a>(&self, i: &'a str) -> PResult<'a, Timeline> {
        let (r, of) = match self.kw("of", i) {
            Ok((r, _)) => {
                let (r, l) = self.name_before_clauses(r)?;
                (r, Some(l))
            }
            Err(_) => (i, None),
        };
        let (r, filter) = match self.kw("where", r) {
            Ok((r, _)) => {
                let (r, e) = cut(self.expr(false, 0, r))?;
                (r, Some(e))
            }
            Err(_) => (r, None),
        };
        let (r, columns) = self.columns(false, r)?;
        let (r, limit) = self.limit(r)?;
        let mut expected: Vec<&'static str> = Vec::new();
        let tail = columns.is_none() && limit.is_none();
        if of.is_none() && filter.is_none() && tail {
            expected.push("of");
        }
        if filter.is_none() && tail {
            expected.push("where");
        }
        if tail {
            expected.push("list");
        }
        if limit.is_none() {
            expected.push("limit");
        }
        if filter.is_some() && tail {
            expected.push("and");
            expected.push("or");
        }
        if columns.is_some() && limit.is_none() {
            expected.push(",");
        }
        end(r, &expected)?;
        Ok((
            r,
            Timeline {
                of,
                filter,
                columns,
                limit,
            },
        ))
    }

    /// A pattern's subject or object: a variable or a value (what `attr`
    /// holds, for an object).
    fn term<'a>(&self, attr: Option<&str>, i: &'a str) -> PResult<'a, Term> {
        self.may_var(i, false);
        self.may(
            i,
            Expectation::Value {
                attr: attr.map(str::to_string),
                op: None,
            },
        );
        match self.variable(i) {
            Ok((r, v)) => Ok((r, Term::Var(v))),
            Err(nom::Err::Error(_)) => self.literal(i).map(|(r, l)| (r, Term::Value(l))),
            Err(e) => Err(e),
        }
    }

    fn pattern<'a>(&self, i: &'a str) -> PResult<'a, Pattern> {
        let (r, subject) = self.term(None, i)?;
        // `?r within 锦州市` reads `within` as the pattern's attribute.
        self.may(
            r,
            Expectation::Attribute {
                kind: None,
                quantity: false,
            },
        );
        self.may(r, Expectation::Keyword("within"));
        let (r, attr) = cut(self.ident(r))?;
        let (r, object) = cut(self.term(Some(&attr.text), r))?;
        Ok((
            r,
            Pattern {
                subject,
                attr,
                object,
            },
        ))
    }

    fn match_query<'a>(&self, i: &'a str) -> PResult<'a, Match> {
        let (mut r, first) = cut(self.pattern(i))?;
        let mut patterns = vec![first];
        loop {
            let s = sp(r);
            self.may(s, Expectation::Punct(","));
            match s.strip_prefix(',').or_else(|| s.strip_prefix('，')) {
                Some(after) => {
                    let (r2, p) = cut(self.pattern(after))?;
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
        let (r, filter) = match self.kw("where", r) {
            Ok((r, _)) => {
                let (r, e) = cut(self.expr(true, 0, r))?;
                (r, Some(e))
            }
            Err(_) => (r, None),
        };
        let (r, limit) = self.limit(r)?;
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
    fn find_query<'a>(&self, i: &'a str) -> PResult<'a, Find> {
        let mut r = i;
        let mut terms = Vec::new();
        let mut limit_clause = None;
        loop {
            let s = sp(r);
            self.may(s, Expectation::Term);
            if s.is_empty() {
                if !terms.is_empty() {
                    self.may(s, Expectation::Keyword("limit"));
                }
                break;
            }
            if !terms.is_empty() && lex::starts_with_keyword(s, "limit") {
                let (r2, l) = self.limit(s)?;
                limit_clause = l;
                r = r2;
                break;
            }
            match self.string(s) {
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
                span: self.span(s, rest),
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

    fn query<'a>(&self, i: &'a str) -> PResult<'a, Query> {
        self.query_in(false, i)
    }

    /// A query; `explained` when it follows `explain` (which takes no
    /// second `explain`).
    fn query_in<'a>(&self, explained: bool, i: &'a str) -> PResult<'a, Query> {
        if explained {
            // Checked by the caller, which names the mistake.
        } else if let Ok((r, _)) = self.kw("explain", i) {
            if lex::starts_with_keyword(sp(r), "explain") {
                return fatal(
                    sp(r),
                    7,
                    "explain takes a query, not another explain".into(),
                );
            }
            let (r, q) = cut(self.query_in(true, r))?;
            return Ok((r, Query::Explain(Box::new(q))));
        }
        if let Ok((r, _)) = self.kw("show", i) {
            let s = sp(r);
            match self.string(s) {
                Ok((r2, w)) => {
                    end(r2, &[])?;
                    return Ok((r2, Query::Show(w)));
                }
                Err(nom::Err::Failure(e)) => {
                    // An open quote: the name is still being typed.
                    self.may("", Expectation::NameRest { start: self.pos(s) });
                    return Err(nom::Err::Failure(e));
                }
                Err(_) => {}
            }
            // The rest of the line is the name, whatever it holds so far.
            self.may("", Expectation::NameRest { start: self.pos(s) });
            let name = s.trim_end_matches(is_space);
            if name.is_empty() {
                return cut(fail(s, &["a name (e.g. show 义县)"]));
            }
            let rest = &s[name.len()..];
            return Ok((
                rest,
                Query::Show(Word {
                    text: name.to_string(),
                    span: self.span(s, rest),
                }),
            ));
        }
        if let Ok((r, _)) = self.kw("kinds", i) {
            end(r, &[])?;
            return Ok((r, Query::Kinds));
        }
        if let Ok((r, _)) = self.kw("find", i) {
            let (r, f) = self.find_query(r)?;
            return Ok((r, Query::Find(f)));
        }
        // `attrs` is another spelling: accepted, not offered.
        let attributes = self
            .kw_shown("attributes", "attributes of", i)
            .or_else(|_| match lex::starts_with_keyword(sp(i), "attrs") {
                true => self.kw("attrs", i),
                false => fail(i, &["attrs"]),
            });
        if let Ok((r, _)) = attributes {
            let r = self.kw("of", r).map(|(r, _)| r).unwrap_or(r);
            let (r, k) = cut(self.kind_word(r))?;
            end(r, &[])?;
            return Ok((r, Query::Attributes(k)));
        }
        if let Ok((r, _)) = self.kw("match", i) {
            let (r, m) = self.match_query(r)?;
            return Ok((r, Query::Match(m)));
        }
        if let Ok((r, _)) = self.kw("timeline", i) {
            let (r, t) = self.timeline(r)?;
            return Ok((r, Query::Timeline(t)));
        }
        let (r, s) = self.select(i)?;
        Ok((r, Query::Select(Box::new(s))))
    }
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

fn describe(rest: &str) -> (String, usize) {
    if rest.is_empty() {
        return ("the query ends early".to_string(), 0);
    }
    let n = lex::bare_len(rest);
    let token: String = if n > 0 {
        rest[..n].to_string()
    } else {
        rest.chars().take(1).collect()
    };
    (format!("unexpected '{token}'"), token.len())
}

/// What may follow `prefix`, the query typed so far up to the word being
/// typed: the parser's own view of the next token, which completion turns
/// into candidates. Empty when nothing can follow (or the prefix is
/// already wrong before its end).
pub fn expected_next(prefix: &str) -> Vec<Expectation> {
    if prefix.len() > MAX_QUERY_LEN {
        return Vec::new();
    }
    let p = P::new(prefix.len(), true);
    let _ = p.query(prefix);
    p.expect.map(RefCell::into_inner).unwrap_or_default()
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
    let input = without_terminator(input);
    let p = P::new(input.len(), false);
    if sp(input).is_empty() {
        return Err(QueryError::new("empty query", (0, 0))
            .with_help("try: kinds, funding by source, show 义县, funding where amount > 1亿元"));
    }
    if let Some(at) = inner_terminator(input) {
        let semi_len = input[at..].chars().next().map_or(1, char::len_utf8);
        let semi = &input[at..at + semi_len];
        let next = input[at + semi.len()..].trim();
        let help = if next.is_empty() {
            "one ';' may end a query".to_string()
        } else {
            format!("one query per line: put `{next}` on a line of its own")
        };
        return Err(
            QueryError::new(format!("unexpected '{semi}'"), (at, at + semi.len())).with_help(help),
        );
    }
    match p.query(input) {
        Ok((rest, q)) => {
            if !sp(rest).is_empty() {
                let at = p.pos(sp(rest));
                let (msg, w) = describe(sp(rest));
                let mut err = QueryError::new(msg, (at, at + w)).with_help("expected end of query");
                err.suggestion = order_hint(input, at, at + w);
                return Err(err);
            }
            Ok(q)
        }
        Err(nom::Err::Error(e)) | Err(nom::Err::Failure(e)) => {
            let at = p.pos(e.rest);
            let (msg, w) = match e.message {
                Some(m) => (m, e.width),
                None => describe(e.rest),
            };
            let mut end = (at + w).min(input.len());
            // A width counted in bytes (`fatal(…, 1, …)`) may end inside the
            // character there: the caret covers the whole character.
            while !input.is_char_boundary(end) {
                end += 1;
            }
            let mut err = QueryError::new(msg, (at, end));
            // A clause out of order (`list` after `order by`) is a keyword
            // in the wrong place, not a misspelt one (`limit`).
            err.suggestion = order_hint(input, at, end);
            if !e.expected.is_empty() {
                err = err.with_help(format!("expected {}", one_of(&e.expected)));
                if let (None, Some(k)) =
                    (&err.suggestion, close_keyword(&input[at..end], &e.expected))
                {
                    err.suggestion = Some(format!("did you mean '{k}'?"));
                }
            }
            Err(err)
        }
        Err(nom::Err::Incomplete(_)) => Err(QueryError::new(
            "incomplete query",
            (input.len(), input.len()),
        )),
    }
}

/// A query may end in `;` (or the full-width `；` of a Chinese input
/// method), as sqlite3, psql and DuckDB users type by habit: the
/// terminator is not part of the query, so `show 义县;` names 义县 and
/// `find 物流;` looks for 物流.
fn without_terminator(input: &str) -> &str {
    let t = input.trim_end();
    t.strip_suffix(';')
        .or_else(|| t.strip_suffix('；'))
        .unwrap_or(input)
}

/// Where a `;` stands inside a query (outside a string): SQL shells run
/// what follows as a statement of its own, but a line here is one query.
fn inner_terminator(input: &str) -> Option<usize> {
    lex::lex(input)
        .iter()
        .filter(|t| !matches!(t.kind, lex::Kind::Str { .. }))
        .find_map(|t| t.text(input).find([';', '；']).map(|k| t.start + k))
}

/// What people new to the language write out of order: a space between
/// a number and its unit (`1 亿元`, `1000万 元`), a thousands separator
/// (`1,000元`), SQL's `between` and `in (…)`, `where` after `by`.
fn order_hint(input: &str, at: usize, end: usize) -> Option<String> {
    let token = input.get(at..end)?;
    let before = input.get(..at)?.trim_end();
    // A number and the magnitude written with it (the 万 of `1000万 元`).
    let numeral = |c: char| c.is_ascii_digit() || c == '.' || "十百千万亿萬億".contains(c);
    if before.len() < at && before.ends_with(numeral) {
        // The number starts after the last other character, whatever its
        // length in bytes.
        let head = before.trim_end_matches(numeral);
        let num = &before[head.len()..];
        let joined = format!("{num}{token}");
        if num.starts_with(|c: char| c.is_ascii_digit())
            && crate::model::parse_quantity(&joined)
                .is_ok_and(|q| q.unit != crate::model::Unit::Number)
        {
            return Some(format!(
                "no space between a number and its unit: write '{joined}'"
            ));
        }
    }
    if let Some(hint) = separator_hint(input, at).or_else(|| sql_hint(input, at, token)) {
        return Some(hint);
    }
    let rank = CLAUSES
        .iter()
        .position(|c| c.trim().split(' ').next() == Some(&*token.to_ascii_lowercase()))?;
    let clauses = clauses_of(input);
    // The clause that came first but belongs after the one at fault.
    let (_, before) = clauses
        .iter()
        .rev()
        .find(|(pos, r)| *pos < at && *r > rank)?;
    let head = input[..clauses[0].0].trim();
    let mut parts: Vec<(usize, &str)> = clauses
        .iter()
        .enumerate()
        .map(|(i, &(pos, r))| {
            let end = clauses.get(i + 1).map_or(input.len(), |n| n.0);
            (r, input[pos..end].trim())
        })
        .collect();
    parts.sort_by_key(|p| p.0);
    let body: Vec<&str> = parts.iter().map(|p| p.1).collect();
    Some(format!(
        "'{}' comes before '{}': {head} {}",
        CLAUSES[rank].trim(),
        CLAUSES[*before].trim(),
        body.join(" ")
    ))
}

/// A number written with thousands separators (`1,000元`, `12,500,000`),
/// whose first comma the parser stops at: the number without them.
fn separator_hint(input: &str, at: usize) -> Option<String> {
    let rest = input.get(at..)?;
    let before = input.get(..at)?;
    let head = before.trim_end_matches(|c: char| c.is_ascii_digit());
    let digits = &before[head.len()..];
    if digits.is_empty() || head.ends_with(|c: char| c.is_alphanumeric() || c == '.') {
        return None;
    }
    let written = &rest[..rest.find(char::is_whitespace).unwrap_or(rest.len())];
    // Each comma groups three digits, as thousands are written; any other
    // comma (a list's) is no separator.
    let mut groups = written.split([',', '，']);
    if groups.next() != Some("") {
        return None;
    }
    let groups: Vec<&str> = groups.collect();
    let last = groups.len().checked_sub(1)?;
    for (i, g) in groups.iter().enumerate() {
        let n = g.chars().take_while(char::is_ascii_digit).count();
        if n != 3 || (i < last && g.len() != 3) {
            return None;
        }
    }
    let joined = format!("{digits}{}", groups.concat());
    crate::model::parse_quantity(&joined).ok()?;
    Some(format!(
        "write numbers without thousands separators: '{joined}'"
    ))
}

/// SQL's `between` and `in (…)` after an attribute, written as this
/// language says them: comparisons joined by `and` or `or`.
fn sql_hint(input: &str, at: usize, token: &str) -> Option<String> {
    let word = token.to_ascii_lowercase();
    if word != "between" && word != "in" {
        return None;
    }
    let before = input.get(..at)?.trim_end();
    let path = &before[before
        .rfind(|c: char| c.is_whitespace() || c == '(')
        .map_or(0, |k| {
            k + before[k..].chars().next().map_or(1, char::len_utf8)
        })..];
    if path.is_empty() || !path.starts_with(|c: char| c.is_alphabetic() || c == '?') {
        return None;
    }
    let rest = input.get(at + token.len()..)?.trim_start();
    let example = |a: &str, b: &str| -> Option<String> {
        if word == "between" {
            Some(format!("{path} >= {a} and {path} <= {b}"))
        } else {
            Some(format!("({path} = {a} or {path} = {b})"))
        }
    };
    let rewrite = if word == "between" {
        // `between A and B`: A and B as typed, each one word.
        let mut words = rest.split_whitespace();
        match (words.next(), words.next(), words.next()) {
            (Some(a), Some(and), Some(b)) if and.eq_ignore_ascii_case("and") => example(a, b),
            _ => example("LOW", "HIGH"),
        }
    } else {
        // `in (A, B, …)`: one `=` for each item.
        let items = rest
            .strip_prefix(['(', '（'])
            .and_then(|r| r.split_once([')', '）']))
            .map(|(inside, _)| {
                inside
                    .split([',', '，'])
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
            })
            .filter(|items| !items.is_empty());
        match items {
            Some(items) => Some(format!(
                "({})",
                items
                    .iter()
                    .map(|v| format!("{path} = {v}"))
                    .collect::<Vec<_>>()
                    .join(" or ")
            )),
            None => example("A", "B"),
        }
    }?;
    Some(format!("there is no '{word}' here; write `{rewrite}`"))
}

/// The clauses of a select in the order they must come.
const CLAUSES: [&str; 6] = [
    " where ",
    " by ",
    " list ",
    " order by ",
    " limit ",
    " rounded",
];

/// Where each clause of a select begins (its first word, once each), with
/// its place in [`CLAUSES`], in the order of the input.
fn clauses_of(input: &str) -> Vec<(usize, usize)> {
    // ASCII lower-casing keeps every byte offset.
    let lower = format!("{} ", input.to_ascii_lowercase());
    let mut found = Vec::new();
    for (rank, word) in CLAUSES.iter().enumerate() {
        let word = format!("{} ", word.trim_end());
        let mut from = 0;
        while let Some(k) = lower[from..].find(&word) {
            let pos = from + k;
            // The `by` of `order by` is that clause's.
            if rank == 1 && lower[..pos].ends_with(" order") {
                from = pos + 1;
                continue;
            }
            found.push((pos, rank));
            break;
        }
    }
    found.sort();
    found
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
    fn an_error_span_never_ends_inside_a_character() {
        // Found by tests/fuzz_queries.rs: the nesting limit reached just
        // before a three-byte character gave a one-byte span.
        let q = format!("funding where {}ⶶ~not a < 1", "not ".repeat(MAX_DEPTH));
        let e = parse(&q).unwrap_err();
        let (a, b) = e.span;
        assert!(e.message.contains("nesting deeper"), "{}", e.message);
        assert!(q.is_char_boundary(a) && q.is_char_boundary(b), "{a}..{b}");
        assert_eq!(&q[a..b], "ⶶ");
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

    /// A condition shown as text (a note's suggested query repeats it)
    /// reads back as the same condition: `and` binds before `or`, a quoted
    /// value stays quoted.
    #[test]
    fn a_condition_displays_as_it_is_written() {
        let shown = |f: &str| match parse(&format!("funding where {f}")) {
            Ok(Query::Select(s)) => s.filter.expect("a filter").display(),
            other => panic!("{f}: {other:?}"),
        };
        for (typed, want) in [
            (
                "a = 1 and (b = 2 or c = \"x y\")",
                "a = 1 and (b = 2 or c = \"x y\")",
            ),
            ("(a = 1 and b = 2) or c != 3", "a = 1 and b = 2 or c != 3"),
            (
                "not (a >= 1 or b within 锦州市)",
                "not (a >= 1 or b within 锦州市)",
            ),
            (
                "has x.quote and not amount.modality = demand",
                "has x.quote and not amount.modality = demand",
            ),
            ("name = 'say \"hi\"'", "name = \"say \\\"hi\\\"\""),
        ] {
            let got = shown(typed);
            assert_eq!(got, want, "{typed}");
            assert_eq!(shown(&got), got, "{typed}");
        }
        // Beside another condition (a note's `where per = year and …`) an
        // `or` keeps its parentheses, an `and` needs none.
        let in_and = |f: &str| match parse(&format!("funding where {f}")) {
            Ok(Query::Select(s)) => s.filter.expect("a filter").display_in_and(),
            other => panic!("{f}: {other:?}"),
        };
        assert_eq!(in_and("a = 1 or b = 2"), "(a = 1 or b = 2)");
        assert_eq!(in_and("a = 1 and b = 2"), "a = 1 and b = 2");
        assert_eq!(
            shown(&format!("z = 0 and {}", in_and("a = 1 or b = 2"))),
            "z = 0 and (a = 1 or b = 2)"
        );
    }

    /// A trailing `;` (or `；`) ends a query and is no part of its last
    /// word; one inside a line is an error saying a line holds one query.
    #[test]
    fn a_semicolon_may_end_a_query() {
        for (q, bare) in [
            ("show 义县;", "show 义县"),
            ("show 义县 ； ", "show 义县"),
            ("find 物流;", "find 物流"),
            (
                "funding where recipient = 义县;",
                "funding where recipient = 义县",
            ),
            ("count projects;", "count projects"),
        ] {
            assert_eq!(
                format!("{:?}", parse(q).unwrap()),
                format!("{:?}", parse(bare).unwrap()),
                "{q}"
            );
        }
        // In a string it is text.
        let Query::Find(f) = parse("find \"a;b\"").unwrap() else {
            panic!()
        };
        assert_eq!(f.terms[0].text, "a;b");
        let e = parse("kinds; count funding").unwrap_err();
        assert_eq!(e.span, (5, 6));
        assert_eq!(
            e.help.as_deref(),
            Some("one query per line: put `count funding` on a line of its own")
        );
        assert_eq!(parse("kinds;;").unwrap_err().span, (5, 6));
    }

    /// A clause written after one that comes later is shown in its place
    /// (not taken for a misspelt keyword: `list` is no typo of `limit`).
    #[test]
    fn clauses_out_of_order_are_shown_in_order() {
        for (q, hint) in [
            (
                "funding by source where amount > 1亿元",
                "'where' comes before 'by': funding where amount > 1亿元 by source",
            ),
            (
                "funding order by amount desc list name, amount",
                "'list' comes before 'order by': funding list name, amount order by amount desc",
            ),
            (
                "funding order by amount where amount > 1 limit 2",
                "'where' comes before 'order by': funding where amount > 1 order by amount limit 2",
            ),
            (
                "funding limit 2 by source",
                "'by' comes before 'limit': funding by source limit 2",
            ),
        ] {
            let e = parse(q).unwrap_err();
            assert_eq!(e.suggestion.as_deref(), Some(hint), "{q}: {e:?}");
        }
        // A misspelt keyword is still one.
        let e = parse("funding where amount > 1 limt 2").unwrap_err();
        assert_eq!(e.suggestion.as_deref(), Some("did you mean 'limit'?"));
    }

    #[test]
    fn columns_timeline_and_rounded() {
        let Query::Select(s) =
            parse("projects where district = 义县 by status list count, members, investment order by count desc limit 2 rounded")
                .unwrap()
        else {
            panic!()
        };
        let cols = s.columns.unwrap();
        assert_eq!(cols.items.len(), 3);
        assert!(matches!(cols.items[0], Column::Count(_)));
        assert!(matches!(cols.items[1], Column::Members(_)));
        assert!(s.rounded && s.order.is_some() && s.limit.is_some());
        let Query::Timeline(t) =
            parse("timeline of 义县 where kind = project list date, quote limit 3").unwrap()
        else {
            panic!()
        };
        assert_eq!(t.of.unwrap().text, "义县");
        assert!(t.filter.is_some());
        assert_eq!(t.columns.unwrap().items.len(), 2);
        assert_eq!(t.limit.unwrap().n, 3);
        assert!(matches!(parse("timeline").unwrap(), Query::Timeline(t) if t.of.is_none()));
        // A name needs no quotes: it ends where a clause begins.
        for (q, name) in [
            ("timeline of Yi County", "Yi County"),
            (
                "timeline of 锦州港保税物流中心(B型) limit 2",
                "锦州港保税物流中心(B型)",
            ),
            ("timeline of Yi County where kind = project", "Yi County"),
            ("timeline of \"a where b\" list date", "a where b"),
        ] {
            let Query::Timeline(t) = parse(q).unwrap() else {
                panic!("{q}")
            };
            assert_eq!(t.of.unwrap().text, name, "{q}");
        }
        assert!(parse("timeline of where kind = project").is_err());
        // `list` needs a column; `rounded` comes last.
        assert!(parse("projects list").is_err());
        let e = parse("projects rounded limit 2").unwrap_err();
        assert_eq!(e.span.0, "projects rounded ".len());
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

    #[test]
    fn every_operator_of_the_table_ends_a_word() {
        for o in lex::OPERATORS {
            let q = format!("funding where amount{}1亿元", o.text);
            let Query::Select(s) = parse(&q).unwrap_or_else(|e| panic!("{q}: {e:?}")) else {
                panic!("{q}")
            };
            let Some(Expr::Cmp { op, value, .. }) = s.filter else {
                panic!("{q}")
            };
            assert_eq!((op, value.text.as_str()), (o.op, "1亿元"), "{q}");
            // A bare value ends where an operator begins, as in the lexer.
            let q = format!("funding where recipient = 义县{}1", o.text);
            let e = parse(&q).unwrap_err();
            assert_eq!(
                e.span.0,
                "funding where recipient = 义县".len(),
                "{q}: {e:?}"
            );
        }
        // `！` alone stays part of a name.
        assert!(parse("funding where recipient = 加油！").is_ok());
    }

    #[test]
    fn what_the_parser_expects_next() {
        let kws = |s: &str| -> Vec<&'static str> {
            expected_next(s)
                .into_iter()
                .filter_map(|e| match e {
                    Expectation::Keyword(k) => Some(k),
                    _ => None,
                })
                .collect()
        };
        let start = kws("");
        for k in [
            "explain",
            "show",
            "kinds",
            "find",
            "attributes of",
            "match",
            "count",
        ] {
            assert!(start.contains(&k), "{k} in {start:?}");
        }
        assert!(!start.contains(&"attrs"), "aliases are not offered");
        assert!(expected_next("").contains(&Expectation::Kind));
        assert_eq!(
            expected_next("show Yi "),
            vec![Expectation::NameRest { start: 5 }]
        );
        let after_path = expected_next("funding where amount ");
        assert!(
            after_path.contains(&Expectation::Operator),
            "{after_path:?}"
        );
        assert_eq!(kws("funding where amount "), vec!["within", "contains"]);
        assert_eq!(expected_next("funding limit "), vec![Expectation::Number]);
        assert_eq!(
            kws("funding order by amount "),
            vec!["asc", "desc", "limit", "rounded"]
        );
        // The new words: timeline, list, rounded, and what follows them.
        assert!(kws("").contains(&"timeline"));
        let after_kind = kws("projects ");
        for k in ["where", "by", "list", "order by", "limit", "rounded"] {
            assert!(after_kind.contains(&k), "{k} in {after_kind:?}");
        }
        assert_eq!(kws("timeline "), vec!["of", "where", "list", "limit"]);
        assert_eq!(
            expected_next("projects by district list "),
            vec![
                Expectation::Keyword("count"),
                Expectation::Keyword("members"),
                Expectation::Attribute {
                    kind: Some("projects".into()),
                    quantity: false
                }
            ]
        );
        let after_column = expected_next("projects list name ");
        assert!(
            after_column.contains(&Expectation::Punct(",")),
            "{after_column:?}"
        );
        assert!(kws("projects list name ").contains(&"order by"));
        assert_eq!(kws("projects rounded "), Vec::<&str>::new());
        assert_eq!(
            kws("explain "),
            kws("")
                .into_iter()
                .filter(|k| *k != "explain")
                .collect::<Vec<_>>()
        );
        assert!(kws("match ?f recipient ?r where ?r within 锦州市 ").contains(&"and"));
        assert_eq!(
            expected_next("sum "),
            vec![Expectation::Attribute {
                kind: None,
                quantity: true
            }]
        );
        // Past an error there is nothing to offer.
        assert_eq!(expected_next("funding wher amount "), vec![]);
        assert_eq!(expected_next(&"(".repeat(MAX_QUERY_LEN + 1)), vec![]);
    }

    #[test]
    fn no_thread_local_state() {
        // Each parse carries its own input length and depth: parsing on
        // one thread cannot disturb another, nor a parse inside a parse.
        let this = include_str!("parse.rs");
        assert!(!this.contains(concat!("thread", "_local!")));
        assert!(!this.contains(concat!("Cell<", "usize>")));
    }

    use proptest::prelude::*;

    /// Text made of the language's own pieces, so deep parses are common.
    fn query_like() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            prop::sample::select(lex::KEYWORDS).prop_map(str::to_string),
            prop::sample::select(lex::OPERATORS).prop_map(|o| o.text.to_string()),
            prop::sample::select(vec![
                " ",
                " ",
                "(",
                ")",
                ",",
                "，",
                "\"",
                "'",
                "?f",
                ".",
                "funding",
                "amount",
                "recipient",
                "义县",
                "1亿元",
                "\\",
                "\n",
                "！",
            ])
            .prop_map(str::to_string),
            any::<char>().prop_map(String::from),
        ];
        prop::collection::vec(piece, 0..30).prop_map(|v| v.concat())
    }

    proptest! {
        /// Half-typed or junk input: the parser answers (an error within
        /// the input) and says what may follow; nothing panics.
        #[test]
        fn parses_and_expects_anything(s in prop_oneof![query_like(), "\\PC*"]) {
            if let Err(e) = parse(&s) {
                prop_assert!(e.span.0 <= e.span.1 && e.span.1 <= s.len(), "{s:?}: {e:?}");
            }
            for e in expected_next(&s) {
                if let Expectation::NameRest { start } = e {
                    prop_assert!(start <= s.len() && s.is_char_boundary(start));
                }
            }
        }
    }
}
