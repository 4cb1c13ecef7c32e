//! The HTML pages, rendered here with maud: compiled into the binary, every
//! value HTML-escaped by maud, no JavaScript needed (one small script on
//! the doc page only says when a link's sentence is not there). Each page has an
//! `/api/…` twin with the same data as JSON.

use crate::api::{self, ApiError, QueryParams};
use crate::view::{self, FactView};
use crate::State;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use maud::{html, Markup, DOCTYPE};
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use seedkb_core::query::result::{Cell, ResultSet};
use serde_json::{json, Value as Json};
use std::collections::HashMap;

/// Characters left as they are in a path segment or query value.
const KEEP: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// A name as one URL path segment (`/` and `#` escaped too).
pub fn seg(s: &str) -> String {
    utf8_percent_encode(s, KEEP).to_string()
}

const STYLE: &str = include_str!("style.css");

pub async fn style() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "max-age=3600"),
        ],
        STYLE,
    )
        .into_response()
}

const EXAMPLES: &[&str] = &[
    "funding by source",
    "sum amount of funding by recipient",
    "funding where recipient = 义县",
    "kinds",
    "show 义县",
];

fn page(title: &str, q: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="zh-Hans" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · seedkb" }
                link rel="stylesheet" href="/style.css";
            }
            body {
                header {
                    a.brand href="/" { "seedkb" }
                    form action="/query" method="get" {
                        input type="search" name="q" value=(q) placeholder="funding by source"
                            aria-label="query" size="40";
                        button type="submit" { "Run" }
                    }
                    a href="/find" { "find" }
                }
                main { (body) }
            }
        }
    }
}

fn html_response(status: StatusCode, m: Markup) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        m.into_string(),
    )
        .into_response()
}

/// An error as a page: the message, the report with its caret, the help.
pub(crate) fn error_page(title: &str, q: &str, e: &ApiError) -> Response {
    html_response(e.status, page(title, q, error_box(e, q)))
}

/// An error of query `q` (empty when the page ran none): the guesses of a
/// suggestion each a link, to an entity's page (`meant`) or to the query
/// with the guess in place of the words the error points at; the names an
/// ambiguous one could be each a link to its page.
fn error_box(e: &ApiError, q: &str) -> Markup {
    let guesses = match (&e.suggestion, e.span) {
        (Some(s), Some(span)) if e.meant.is_empty() && !q.is_empty() => corrected(q, span, s),
        _ => Vec::new(),
    };
    html! {
        div.error role="alert" {
            p { strong { "error: " } (e.message) }
            @if e.span.is_some() {
                pre.report { (e.report) }
            }
            @if !e.choices.is_empty() {
                p.help { "one of " (entity_links(e.choices.iter().map(String::as_str), ", ")) }
            } @else if let Some(h) = &e.help { p.help { (h) } }
            @if !e.meant.is_empty() {
                // The names guessed, each a link to its page.
                p.help {
                    "did you mean " (entity_links(e.meant.iter().map(String::as_str), " or ")) "?"
                }
            } @else if !guesses.is_empty() {
                p.help {
                    "did you mean "
                    @for (i, (guess, fixed)) in guesses.iter().enumerate() {
                        @if i > 0 { " or " }
                        a href={ "/query?q=" (seg(fixed)) } title=(fixed) { (guess) }
                    }
                    "?"
                }
            } @else if let Some(s) = &e.suggestion {
                p.help { (s) }
            }
        }
    }
}

/// The guesses of a suggestion (`did you mean A or 'B'?`), each with the
/// query `q` it makes in place of the characters `span` points at; none
/// when the suggestion is worded otherwise. A guess naming a path
/// (`total_investment.quote`, for the `sentence` of
/// `total_investment.sentence`) replaces the path's head too.
fn corrected(q: &str, (start, end): (usize, usize), suggestion: &str) -> Vec<(String, String)> {
    let Some(list) = suggestion
        .strip_prefix("did you mean ")
        .and_then(|s| s.strip_suffix('?'))
    else {
        return Vec::new();
    };
    let chars: Vec<char> = q.chars().collect();
    if start > end || end > chars.len() {
        return Vec::new();
    }
    let before: String = chars[..start].iter().collect();
    let after: String = chars[end..].iter().collect();
    let head = before.rsplit(char::is_whitespace).next().unwrap_or("");
    let mut out = Vec::new();
    for guess in list.split(" or ") {
        let guess = guess.trim().trim_matches('\'');
        if guess.is_empty() || guess.contains(char::is_whitespace) {
            return Vec::new();
        }
        let keep = if !head.is_empty() && guess.starts_with(head) {
            &before[..before.len() - head.len()]
        } else {
            &before[..]
        };
        out.push((guess.to_string(), format!("{keep}{guess}{after}")));
    }
    out
}

pub async fn home(
    axum::extract::State(st): axum::extract::State<State>,
    params: Result<Query<api::PageParams>, QueryRejection>,
) -> Response {
    let asked = match api::page_asked(params) {
        Ok(p) => p,
        Err(e) => return error_page("error", "", &e),
    };
    let home = match api::read(&st, move |s| view::home(s, asked)).await {
        Ok(h) => h,
        Err(e) => return error_page("error", "", &e),
    };
    let page_link = |n: usize| format!("/?page={n}");
    let body = html! {
        section {
            h1 { "Knowledge base" }
            p { "Try a query:" }
            ul.examples {
                @for ex in EXAMPLES {
                    li { a href={ "/query?q=" (seg(ex)) } { code { (ex) } } }
                }
            }
        }
        section {
            h2 { "Kinds" }
            table {
                thead { tr { th { "kind" } th.num { "entities" } } }
                tbody {
                    @for (k, n) in &home.kinds {
                        tr {
                            td { a href={ "/query?q=" (seg(k)) } { (k) } }
                            td.num { (n) }
                        }
                    }
                }
            }
        }
        section {
            h2 { "Documents" }
            table {
                thead { tr {
                    th { "document" } th { "title" } th { "published" } th { "facts" }
                    th.num { "count" } th.num { "entities" }
                } }
                tbody {
                    @for d in &home.docs {
                        tr {
                            td { a href=(doc_url(&d.name)) { (d.name) } }
                            td { @if let Some(t) = d.cite.get("title") { (t.value.display()) } }
                            td { @if let Some(p) = d.cite.published() { (cell_html(p)) } }
                            td { (source_badge(d.extracted)) }
                            td.num { (d.facts) }
                            td.num { (d.entities) }
                        }
                    }
                }
            }
            @if home.pages > 1 {
                p.pages {
                    @if home.page > 1 { a rel="prev" href=(page_link(home.page - 1)) { "previous" } " · " }
                    "page " (home.page) " of " (home.pages) " (" (home.total) " documents)"
                    @if home.page < home.pages { " · " a rel="next" href=(page_link(home.page + 1)) { "next" } }
                }
            }
            p.twin { "JSON: " a href={ "/api?page=" (home.page) } { "/api?page=" (home.page) } }
        }
    };
    html_response(StatusCode::OK, page("Home", "", body))
}

fn source_badge(extracted: bool) -> Markup {
    if extracted {
        html! { span.badge.extracted title="drawn from the text by the extractor" { "extracted" } }
    } else {
        html! { span.badge.curated title="written by a person" { "curated" } }
    }
}

/// Does this query answer with one row per group (so a chart helps)?
fn grouped(q: &str) -> bool {
    use seedkb_core::query::ast::Query;
    match seedkb_core::query::parse(q) {
        Ok(Query::Kinds) => true,
        Ok(Query::Select(s)) => s.group.is_some(),
        _ => false,
    }
}

/// Rows on one page of the query page.
const PAGE_ROWS: usize = 500;

pub async fn query(
    axum::extract::State(st): axum::extract::State<State>,
    params: Result<Query<QueryParams>, QueryRejection>,
) -> Response {
    let p = match params {
        Ok(Query(p)) => p,
        Err(_) => return unreadable_params(),
    };
    let q = p.q.unwrap_or_default().trim().to_string();
    if q.is_empty() {
        let body = html! {
            h1 { "Query" }
            p { "Type a query above, for example:" }
            ul.examples {
                @for ex in EXAMPLES {
                    li { a href={ "/query?q=" (seg(ex)) } { code { (ex) } } }
                }
            }
        };
        return html_response(StatusCode::OK, page("Query", "", body));
    }
    // A page that is no number is refused before the query runs, with
    // the query kept in the box (not dropped, nor read as page 1).
    let asked = match p.page.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(a) => match a.parse::<usize>() {
            Ok(n) => Some(n),
            Err(_) => {
                let e = ApiError::new(
                    StatusCode::BAD_REQUEST,
                    format!("page '{a}' is not a page number"),
                )
                .with_help("pages are numbered from 1: &page=2 is the second 500 rows");
                return error_page(&q, &q, &e);
            }
        },
    };
    let (rs, quotes) = match api::run_cited(&st, q.clone()).await {
        Ok(answer) => answer,
        Err(e) => return error_page(&q, &q, &e),
    };
    let chart = if grouped(&q) { bar_chart(&rs) } else { None };
    // A long answer is shown a page at a time (a careless `match` can give
    // a hundred thousand rows, a page no browser shows); the downloads
    // have every row.
    let total = rs.rows.len();
    let pages = total.div_ceil(PAGE_ROWS).max(1);
    let page_no = asked.map_or(1, |n| n.clamp(1, pages));
    // A page past the last is said, not silently replaced.
    let page_note = match asked {
        Some(n) if n != page_no => Some(format!(
            "there is no page {n}: the answer has {pages} page(s); page {page_no} is shown"
        )),
        _ => None,
    };
    let first = (page_no - 1) * PAGE_ROWS;
    let shown = ResultSet {
        columns: rs.columns.clone(),
        rows: rs.rows[first..total.min(first + PAGE_ROWS)].to_vec(),
        notes: Vec::new(),
        headings: page_headings(&rs, first),
    };
    // What links the page adds: each figure to its sentence, the names in
    // the notes to their pages. A second read: what it cannot find (a
    // load between the two, a busy server) is shown unlinked.
    let (cols, rows, notes) = (shown.columns.clone(), shown.rows.clone(), rs.notes.clone());
    let (figures, names) = api::read(&st, move |s| {
        Ok((view::figures(s, &cols, &rows)?, note_names(s, &notes)?))
    })
    .await
    .unwrap_or_default();
    let page_link = |n: usize| format!("/query?q={}&page={n}", seg(&q));
    let body = html! {
        h1 { code { (q) } }
        p.twin {
            (total) " row(s) · download "
            // Its notes come first, as `# note:` lines: the file travels
            // without the page.
            a href={ "/api/query?format=csv&notes=comments&q=" (seg(&q)) } download="result.csv" {
                "CSV"
            }
            " · "
            // The envelope: the notes below come with the rows.
            a href={ "/api/query?format=json&shape=envelope&q=" (seg(&q)) } { "JSON" }
        }
        @for note in &rs.notes { p.note { "note: " (note_html(note, &names)) } }
        @if let Some(n) = &page_note { p.note { "note: " (n) } }
        @if let Some(svg) = chart { figure.chart { (svg) } }
        (result_table(&shown, &quotes, &figures))
        @if pages > 1 {
            p.pages {
                "rows " (first + 1) "–" (first + shown.rows.len()) " of " (total) " · "
                @if page_no > 1 { a rel="prev" href=(page_link(page_no - 1)) { "previous" } " · " }
                "page " (page_no) " of " (pages)
                @if page_no < pages { " · " a rel="next" href=(page_link(page_no + 1)) { "next" } }
            }
        }
    };
    html_response(StatusCode::OK, page(&q, &q, body))
}

/// Where the names in an answer's notes lead, by the words naming them: a
/// loaded document's page, an entity's page; a `show NAME` in backquotes
/// (the command line's advice) under its words, to the page of NAME.
pub(crate) type NoteNames = HashMap<String, String>;

/// Most words of notes looked up (a note listing many names links the
/// first ones).
const NOTE_WORDS: usize = 400;

/// The parts of a note: its words outside backquotes (`false`) and the
/// spans inside them (`true`, a command or query).
fn note_parts(note: &str) -> impl Iterator<Item = (&str, bool)> {
    note.split('`').enumerate().map(|(i, p)| (p, i % 2 == 1))
}

/// The byte range of a name in a word of a note: the punctuation around
/// it and an English possessive (`a.txt's`) left out.
fn name_in(word: &str) -> (usize, usize) {
    const OPEN: &[char] = &['(', '[', '\'', '"', '“', '‘', '（', '《'];
    const CLOSE: &[char] = &[
        ')', ']', ',', ';', ':', '!', '?', '\'', '"', '”', '’', '）', '》', '，', '；', '：', '。',
    ];
    let start = word.len() - word.trim_start_matches(OPEN).len();
    let mut core = word[start..].trim_end_matches(CLOSE);
    if let Some(c) = core.strip_suffix("'s").or_else(|| core.strip_suffix("’s")) {
        core = c.trim_end_matches(CLOSE);
    }
    // A full stop ends a sentence, but is part of a file name (a.txt).
    let core = core.strip_suffix('.').unwrap_or(core);
    (start, start + core.len())
}

/// Looks up the words of `notes` that may be names (see [`NoteNames`]).
pub(crate) fn note_names(
    store: &seedkb_core::store::Store,
    notes: &[String],
) -> Result<NoteNames, seedkb_core::Error> {
    use seedkb_core::store::Resolution;
    let mut out = NoteNames::new();
    let mut seen = std::collections::HashSet::new();
    // A document first: an extracted one is an entity too, whose page
    // has no text.
    let page_of = |name: &str| -> Result<Option<String>, seedkb_core::Error> {
        if let Some(d) = store.doc_head_named(name)? {
            return Ok(Some(doc_url(&d.name)));
        }
        Ok(match store.lookup(name)? {
            Some(Resolution::Found(e)) if store.entity_name(e)? == name => {
                Some(format!("/entity/{}", seg(name)))
            }
            _ => None,
        })
    };
    for note in notes {
        for (part, code) in note_parts(note) {
            if code {
                if let Some(name) = part.strip_prefix("show ").map(str::trim) {
                    if seen.insert(part.to_string()) {
                        if let Some(url) = page_of(name)? {
                            out.insert(part.to_string(), url);
                        }
                    }
                }
                continue;
            }
            for word in part.split_whitespace() {
                let (a, b) = name_in(word);
                let name = &word[a..b];
                if name.is_empty() || !seen.insert(name.to_string()) {
                    continue;
                }
                if seen.len() > NOTE_WORDS {
                    return Ok(out);
                }
                if let Some(url) = page_of(name)? {
                    out.insert(name.to_string(), url);
                }
            }
        }
    }
    Ok(out)
}

/// A note with the names in it linked ([`NoteNames`]) and a query in
/// backquotes linked to its answer: the advice a note gives for the
/// command line is a click here.
fn note_html(note: &str, names: &NoteNames) -> Markup {
    html! {
        @for (part, code) in note_parts(note) {
            @if code {
                @if let Some(url) = names.get(part) {
                    a href=(url) { code { (part) } }
                } @else if seedkb_core::query::parse(part).is_ok() {
                    a href={ "/query?q=" (seg(part)) } { code { (part) } }
                } @else {
                    code { (part) }
                }
            } @else {
                @for (i, word) in part.split(' ').enumerate() {
                    @if i > 0 { " " }
                    @let (a, b) = name_in(word);
                    @match names.get(&word[a..b]).filter(|_| a < b) {
                        Some(url) => { (&word[..a]) a href=(url) { (&word[a..b]) } (&word[b..]) }
                        None => (word),
                    }
                }
            }
        }
    }
}

/// The headings of the rows from `first` on, numbered from there: a
/// heading over rows an earlier page began is drawn over this page's first
/// row (page 2 of `show X` still says its rows refer to X), as the command
/// line draws one over rows a cut hid.
fn page_headings(rs: &ResultSet, first: usize) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = rs
        .headings_before(None, first)
        .map(|h| (0, h.to_string()))
        .collect();
    out.extend(
        rs.headings
            .iter()
            .filter(|(at, _)| *at > first)
            .map(|(at, h)| (at - first, h.clone())),
    );
    out
}

/// What a table shows where an answer has no value (a group whose members
/// have none of the attribute, a sum of nothing): the command line's `-`.
const NO_VALUE: &str = "-";

/// A page asked with parameters that cannot be read (one given twice):
/// said, not dropped in silence.
fn unreadable_params() -> Response {
    let e = ApiError::new(
        StatusCode::BAD_REQUEST,
        "the parameters after '?' in this address cannot be read",
    )
    .with_help("write them as ?q=QUERY&page=N, each once, the query percent-encoded");
    error_page("error", "", &e)
}

/// Names, each a link to its entity's page, with `sep` between them.
fn entity_links<'a>(names: impl IntoIterator<Item = &'a str>, sep: &str) -> Markup {
    html! {
        @for (i, name) in names.into_iter().enumerate() {
            @if i > 0 { (sep) }
            a href={ "/entity/" (seg(name)) } { (name) }
        }
    }
}

fn cell_html(c: &Cell) -> Markup {
    match c {
        c if c.is_empty() => html! { span.none title="no value" { (NO_VALUE) } },
        Cell::Entity(name) => html! { a href={ "/entity/" (seg(name)) } { (name) } },
        Cell::List(items) => html! {
            @for (i, it) in items.iter().enumerate() {
                @if i > 0 { "; " }
                (cell_html(it))
            }
        },
        Cell::Names(names) => entity_links(names.iter(), "; "),
        // A number, a quantity or a date is read whole (2023-09-18, not
        // 2023-09- / 18): kept on one line.
        Cell::Int(_) | Cell::Quantity(_) | Cell::Date(_) | Cell::Qualified(_) => {
            html! { span.nb { (c.display()) } }
        }
        // A grouping's key, linked as its value, with the table's mark.
        Cell::GroupKey(k) => match k.mark() {
            m if m.is_empty() => cell_html(&k.value),
            m => html! { (cell_html(&k.value)) " " span.mark { (m) } },
        },
        other => html! { (other.display()) },
    }
}

/// Where each quote of an answer is, by document and quote: the sentence
/// its link opens (see [`locate_quotes`]).
pub type Quotes = HashMap<String, HashMap<String, view::Located>>;

/// The quote and document columns of an answer that cite one value each:
/// `quote` and `doc` (show, timeline), `ATTR.quote` and `ATTR.doc` (a
/// list). A pair's quote says which sentence of the document the
/// document's link opens; either may be missing.
#[derive(Clone, Debug, Default)]
pub(crate) struct Cited {
    /// `ATTR` of `ATTR.quote`, or empty.
    base: String,
    quote: Option<usize>,
    doc: Option<usize>,
}

/// The cited pairs among `columns`; find's `doc` is not one (its row is
/// a sentence, linked by [`Provenance::sentence_url`]).
fn cited_columns(columns: &[String]) -> Vec<Cited> {
    let finding = columns.iter().any(|c| c == "sentence");
    let mut out: Vec<Cited> = Vec::new();
    for (i, c) in columns.iter().enumerate() {
        let (base, is_quote) = match c.as_str() {
            "quote" => ("", true),
            "doc" | "document" if !finding => ("", false),
            c => match (c.strip_suffix(".quote"), c.strip_suffix(".doc")) {
                (Some(b), _) => (b, true),
                (_, Some(b)) => (b, false),
                _ => continue,
            },
        };
        let at = match out.iter().position(|p| p.base == base) {
            Some(at) => at,
            None => {
                out.push(Cited {
                    base: base.to_string(),
                    ..Cited::default()
                });
                out.len() - 1
            }
        };
        if is_quote {
            out[at].quote.get_or_insert(i);
        } else {
            out[at].doc.get_or_insert(i);
        }
    }
    out
}

/// A cell's values one by one (a list's items; else itself).
fn items(c: &Cell) -> Vec<&Cell> {
    match c {
        Cell::List(items) => items.iter().collect(),
        other => vec![other],
    }
}

/// A quote's or a document's words, when the item has any.
fn words(c: Option<&Cell>) -> Option<&str> {
    match c {
        Some(Cell::Text(t)) if !t.is_empty() => Some(t),
        _ => None,
    }
}

/// Finds the sentence of every quote of `rs` beside its document, read
/// from `store` in the query's own read.
pub(crate) fn locate_quotes(
    store: &seedkb_core::store::Store,
    rs: &ResultSet,
) -> Result<Quotes, seedkb_core::Error> {
    let mut quotes = Quotes::new();
    let mut finder = view::SentenceFinder::default();
    for pair in cited_columns(&rs.columns) {
        let (Some(q), Some(d)) = (pair.quote, pair.doc) else {
            continue;
        };
        for r in &rs.rows {
            let (Some(qc), Some(dc)) = (r.get(q), r.get(d)) else {
                continue;
            };
            let docs = items(dc);
            for (k, quote) in items(qc).into_iter().enumerate() {
                let (Some(quote), Some(doc)) = (words(Some(quote)), words(docs.get(k).copied()))
                else {
                    continue;
                };
                if quotes.get(doc).is_some_and(|m| m.contains_key(quote)) {
                    continue;
                }
                let at = finder.find(store, doc, quote)?;
                quotes
                    .entry(doc.to_string())
                    .or_default()
                    .insert(quote.to_string(), at);
            }
        }
    }
    Ok(quotes)
}

/// Where item `k` of a cited pair leads: the quote's sentence, else the
/// document with why not its sentence (a tooltip), else nowhere (with
/// why, when there is a quote).
#[derive(Debug, PartialEq, Eq)]
enum Citing {
    /// `why`: when the quote runs on past the sentence.
    Sentence {
        url: String,
        doc: String,
        why: Option<String>,
    },
    Document {
        url: String,
        why: String,
    },
    Nowhere {
        why: String,
    },
    Nothing,
}

/// The columns of an answer that carry provenance: find's document, the
/// sentence in it and its text, its facts; the quotes and documents of
/// other answers (`Cited`), with where their quotes are.
pub(crate) struct Provenance<'q> {
    doc: Option<usize>,
    sentence: Option<usize>,
    text: Option<usize>,
    facts: Option<usize>,
    cited: Vec<Cited>,
    quotes: &'q Quotes,
}

impl<'q> Provenance<'q> {
    pub(crate) fn of(rs: &ResultSet, quotes: &'q Quotes) -> Provenance<'q> {
        let col = |names: &[&str]| rs.columns.iter().position(|c| names.contains(&c.as_str()));
        let sentence = col(&["sentence"]);
        // `doc`, `text` and `facts` are find's only beside a sentence (an
        // attribute could have either name).
        let found = |names: &[&str]| sentence.and(col(names));
        Provenance {
            doc: found(&["doc", "document"]),
            sentence,
            text: found(&["text"]),
            facts: found(&["facts"]),
            cited: cited_columns(&rs.columns),
            quotes,
        }
    }

    /// Row `r`'s document, if it names one (find).
    fn doc<'r>(&self, r: &'r [Cell]) -> Option<&'r String> {
        match self.doc.and_then(|d| r.get(d)) {
            Some(Cell::Text(d)) if !d.is_empty() => Some(d),
            _ => None,
        }
    }

    /// Where row `r`'s sentence is (find): its document's page at the
    /// sentence's anchor (made from its words, `text`), else its number.
    fn sentence_url(&self, r: &[Cell]) -> Option<String> {
        let doc = self.doc(r)?;
        let n = self.sentence.and_then(|n| r.get(n))?;
        let anchor = match self.text.and_then(|t| r.get(t)) {
            Some(Cell::Text(words)) if !words.is_empty() => view::anchor(words),
            _ => format!("s{}", n.display()),
        };
        Some(sentence_url(doc, &anchor))
    }

    /// The cited pair column `i` belongs to, and whether it is its quote.
    fn pair(&self, i: usize) -> Option<(&Cited, bool)> {
        self.cited.iter().find_map(|p| {
            if p.quote == Some(i) {
                Some((p, true))
            } else if p.doc == Some(i) {
                Some((p, false))
            } else {
                None
            }
        })
    }

    /// Where value `k` of a cited pair of row `r` leads.
    fn citing(&self, p: &Cited, r: &[Cell], k: usize) -> Citing {
        let item = |col: Option<usize>| col.and_then(|c| r.get(c)).map(items);
        let quote = item(p.quote).and_then(|v| words(v.get(k).copied()).map(String::from));
        let doc = item(p.doc).and_then(|v| words(v.get(k).copied()).map(String::from));
        let attr = if p.base.is_empty() {
            String::new()
        } else {
            format!("{}.", p.base)
        };
        match (quote, doc) {
            (None, None) => Citing::Nothing,
            (Some(_), None) if p.doc.is_none() => Citing::Nowhere {
                why: format!(
                    "the answer does not name the quote's document: list {attr}doc beside \
                     {attr}quote for a link to its sentence"
                ),
            },
            // Background knowledge: no document states it.
            (Some(_), None) => Citing::Nothing,
            (None, Some(d)) => Citing::Document {
                url: doc_url(&d),
                why: format!(
                    "the answer has no quote to find the sentence by: list {attr}quote beside \
                     {attr}doc for a link to it"
                ),
            },
            (Some(q), Some(d)) => {
                match self.quotes.get(&d).and_then(|m| m.get(&q)) {
                    Some(view::Located::At(a)) => Citing::Sentence {
                        url: sentence_url(&d, a),
                        doc: d,
                        why: None,
                    },
                    Some(view::Located::Begins(a)) => Citing::Sentence {
                        url: sentence_url(&d, a),
                        why: Some(format!(
                            "in {d}: the quote begins in this sentence and runs on into the next"
                        )),
                        doc: d,
                    },
                    Some(view::Located::NoDocument) => Citing::Nowhere {
                        why: format!("no document named {d} is loaded"),
                    },
                    // Not in its sentences (or not looked for).
                    _ => Citing::Document {
                        url: doc_url(&d),
                        why: format!(
                            "the quote is in no sentence of {d} as loaded now (it was loaded \
                             again without it): the link opens the document"
                        ),
                    },
                }
            }
        }
    }

    /// The URL of cell `i` of row `r` when it is a document or a sentence
    /// (its `COL_url` in JSON): a quote's sentence (the document when the
    /// quote is in no one sentence of it; for a list, an array), a
    /// document's page, find's sentence.
    pub(crate) fn url(&self, r: &[Cell], i: usize) -> Option<Json> {
        if let Some((p, is_quote)) = self.pair(i) {
            let cell = r.get(i)?;
            let urls: Vec<Json> = (0..items(cell).len())
                .map(|k| {
                    if !is_quote {
                        return words(items(cell).get(k).copied())
                            .map_or(Json::Null, |d| json!(doc_url(d)));
                    }
                    match self.citing(p, r, k) {
                        Citing::Sentence { url, .. } | Citing::Document { url, .. } => json!(url),
                        _ => Json::Null,
                    }
                })
                .collect();
            return match cell {
                Cell::List(_) if urls.iter().any(|u| !u.is_null()) => Some(Json::Array(urls)),
                Cell::List(_) => None,
                _ => urls.into_iter().next().filter(|u| !u.is_null()),
            };
        }
        if Some(i) == self.doc {
            self.doc(r).map(|d| json!(doc_url(d)))
        } else if Some(i) == self.sentence {
            self.sentence_url(r).map(|u| json!(u))
        } else {
            None
        }
    }

    /// Cell `i` of a cited pair: each value linked to its sentence.
    fn cited_cell(&self, p: &Cited, is_quote: bool, r: &[Cell], i: usize) -> Markup {
        let c = &r[i];
        let all = items(c);
        html! {
            @for (k, item) in all.iter().enumerate() {
                @if k > 0 { "; " }
                @let shown = item.display();
                @match (self.citing(p, r, k), is_quote) {
                    (Citing::Sentence { url, doc, why }, true) => {
                        a.quote href=(url) title=(why.unwrap_or_else(|| format!("in {doc}"))) {
                            (shown)
                        }
                    }
                    (Citing::Sentence { url, why: None, .. }, false) => a href=(url) { (shown) },
                    (Citing::Sentence { url, why: Some(why), .. }, false) => {
                        a href=(url) title=(why) { (shown) }
                    }
                    (Citing::Document { url, why }, true) => {
                        a.quote href=(url) title=(why) { (shown) }
                    }
                    (Citing::Document { url, why }, false) => a href=(url) title=(why) { (shown) },
                    (Citing::Nowhere { why }, _) if words(Some(item)).is_some() => {
                        span title=(why) { (shown) }
                    }
                    _ => (cell_html(item)),
                }
            }
        }
    }

    /// Cell `i` of row `r`, linked to where it comes from.
    fn cell(&self, r: &[Cell], i: usize) -> Markup {
        let c = &r[i];
        if let Some((p, is_quote)) = self.pair(i) {
            return self.cited_cell(p, is_quote, r, i);
        }
        match self.sentence_url(r) {
            // find: the document, the sentence's number and its words
            // each lead to the sentence.
            Some(at) if Some(i) == self.doc || Some(i) == self.sentence => {
                html! { a href=(at) { (c.display()) } }
            }
            Some(at) if Some(i) == self.text => html! { a.quote href=(at) { (c.display()) } },
            _ if Some(i) == self.facts => fact_links(c),
            _ => cell_html(c),
        }
    }
}

/// A value of a figure column, each item linked to the sentence of its
/// fact when it has one.
fn figure_cell(c: &Cell, facts: &[Option<FactView>]) -> Markup {
    html! {
        @for (k, item) in items(c).into_iter().enumerate() {
            @if k > 0 { "; " }
            @match facts.get(k).and_then(Option::as_ref).and_then(|f| Some((fact_url(f)?, f))) {
                Some((url, f)) => {
                    a.figure href=(url) title={ "in " (f.doc) ": “" (f.quote) "”" } {
                        (cell_html(item))
                    }
                }
                None => (cell_html(item)),
            }
        }
    }
}

fn result_table(rs: &ResultSet, quotes: &Quotes, figures: &view::Figures) -> Markup {
    let numeric: Vec<bool> = (0..rs.columns.len())
        .map(|i| {
            rs.rows
                .iter()
                .any(|r| r.get(i).is_some_and(Cell::is_numeric))
        })
        .collect();
    let links = Provenance::of(rs, quotes);
    html! {
        table.result {
            thead { tr { @for (i, c) in rs.columns.iter().enumerate() {
                th class=[numeric[i].then_some("num")] { (c) }
            } } }
            tbody {
                @for (ri, r) in rs.rows.iter().enumerate() {
                    // A heading of the answer's (show's facts that refer
                    // to the entity) across the table, as the command line
                    // draws it.
                    @for h in rs.headings_before(ri.checked_sub(1), ri) {
                        tr.heading { th colspan=(rs.columns.len()) scope="colgroup" { (h) } }
                    }
                    tr { @for i in 0..r.len() {
                        td class=[numeric.get(i).copied().unwrap_or(false).then_some("num")] {
                            @match figures.get(&(ri, i)) {
                                Some(facts) => (figure_cell(&r[i], facts)),
                                None => (links.cell(r, i)),
                            }
                        }
                    } }
                }
            }
        }
        @if rs.rows.is_empty() { p.empty { "no rows" } }
    }
}

fn number(c: &Cell) -> Option<f64> {
    match c {
        Cell::Int(i) => Some(*i as f64),
        Cell::Quantity(q) => q.value.to_string().parse().ok(),
        _ => None,
    }
}

/// Horizontal bars of the first numeric column after the group label, as
/// inline SVG (no script).
fn bar_chart(rs: &ResultSet) -> Option<Markup> {
    // Sums say more than counts: prefer a quantity column when there is one.
    let col = (1..rs.columns.len())
        .find(|&i| {
            rs.rows
                .iter()
                .any(|r| matches!(r.get(i), Some(Cell::Quantity(_))))
        })
        .or_else(|| {
            (1..rs.columns.len()).find(|&i| {
                rs.rows
                    .iter()
                    .any(|r| r.get(i).is_some_and(Cell::is_numeric))
            })
        })?;
    let bars: Vec<(String, f64, String)> = rs
        .rows
        .iter()
        .map(|r| {
            // A group with no key is said to be one (the table's `-`).
            let label = match r.first() {
                Some(c) if !c.bare().is_empty() => c.display(),
                _ => format!("{NO_VALUE} (no value)"),
            };
            let c = r.get(col).unwrap_or(&Cell::Null);
            let text = if c.is_empty() {
                format!("{NO_VALUE} (no value)")
            } else {
                c.display()
            };
            (label, number(c).unwrap_or(0.0).max(0.0), text)
        })
        .collect();
    let max = bars.iter().map(|b| b.1).fold(0.0, f64::max);
    if bars.is_empty() || max <= 0.0 {
        return None;
    }
    let row_h = 24;
    let label_w = 180;
    let bar_w = 360.0;
    let height = bars.len() * row_h + 8;
    let width = label_w + bar_w as usize + 140;
    Some(html! {
        svg xmlns="http://www.w3.org/2000/svg" role="img" width=(width) height=(height)
            viewBox={ "0 0 " (width) " " (height) }
            aria-label={ (rs.columns[col]) " by " (rs.columns[0]) } {
            @for (i, (label, v, text)) in bars.iter().enumerate() {
                @let y = i * row_h + 4;
                @let w = (v / max * bar_w).max(1.0);
                text x=(label_w - 6) y=(y + 16) text-anchor="end" class="label" {
                    (fit_label(label)) title { (label) }
                }
                rect x=(label_w) y=(y + 3) width=(format!("{w:.1}")) height=(row_h - 6) class="bar" {
                    title { (label) ": " (text) }
                }
                text x=(format!("{:.1}", label_w as f64 + w + 6.0)) y=(y + 16) class="value" { (text) }
            }
        }
    })
}

/// A bar's label as the chart's label column holds it: up to 24 columns
/// of display width (a CJK character is two), cut with … when longer (the
/// whole label is the bar's tooltip), so no label runs off the left edge.
fn fit_label(label: &str) -> String {
    const COLUMNS: usize = 24;
    let width = |c: char| if c.is_ascii() { 1 } else { 2 };
    if label.chars().map(width).sum::<usize>() <= COLUMNS {
        return label.to_string();
    }
    let mut used = width('…');
    let mut out = String::new();
    for c in label.chars() {
        used += width(c);
        if used > COLUMNS {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

pub async fn find(
    axum::extract::State(st): axum::extract::State<State>,
    params: Result<Query<QueryParams>, QueryRejection>,
) -> Response {
    let p = match params {
        Ok(Query(p)) => p,
        Err(_) => return unreadable_params(),
    };
    let q = p.q.unwrap_or_default().trim().to_string();
    let form = html! {
        form.find action="/find" method="get" {
            input type="search" name="q" value=(q) placeholder="物流" aria-label="words";
            button type="submit" { "Find" }
        }
    };
    if q.is_empty() {
        let body = html! { h1 { "Find" } p { "Sentences of the documents that contain every word." } (form) };
        return html_response(StatusCode::OK, page("Find", "", body));
    }
    let text = format!("find {q}");
    let (rs, quotes) = match api::run_cited(&st, text.clone()).await {
        Ok(answer) => answer,
        Err(e) => return error_page("Find", &text, &e),
    };
    let body = html! {
        h1 { "Find " code { (q) } }
        (form)
        p.twin { "JSON: " a href={ "/api/find?q=" (seg(&q)) } { "/api/find?q=" (q) } }
        @for note in &rs.notes { p.note { "note: " (note) } }
        (result_table(&rs, &quotes, &view::Figures::new()))
    };
    html_response(StatusCode::OK, page("Find", &text, body))
}

/// `find`'s facts (`subject · attribute · value`), each subject a link.
fn fact_links(c: &Cell) -> Markup {
    let items: Vec<String> = match c {
        Cell::List(items) => items.iter().map(Cell::display).collect(),
        Cell::Names(names) => names.iter().map(String::from).collect(),
        other => vec![other.display()],
    };
    html! {
        @for (i, f) in items.iter().enumerate() {
            @if i > 0 { br; }
            @match f.split_once(" · ") {
                Some((subject, rest)) => {
                    a href={ "/entity/" (seg(subject)) } { (subject) } " · " (rest)
                }
                None => (f),
            }
        }
    }
}

/// A document's page: its stable URL (`/doc/NAME`).
pub(crate) fn doc_url(name: &str) -> String {
    format!("/doc/{}", seg(name))
}

/// A sentence's place in its document's page, by its anchor.
pub(crate) fn sentence_url(doc: &str, anchor: &str) -> String {
    format!("{}#{anchor}", doc_url(doc))
}

/// The place of a fact's sentence in its document: by the sentence's
/// anchor, else its number.
pub(crate) fn fact_url(f: &FactView) -> Option<String> {
    let anchor = match (&f.anchor, f.sentence) {
        (Some(a), _) => a.clone(),
        (None, Some(n)) => format!("s{n}"),
        (None, None) => return None,
    };
    Some(sentence_url(&f.doc, &anchor))
}

fn quote_link(f: &FactView) -> Markup {
    html! {
        @if let Some(why) = &f.background {
            span.background { "[background: " (why) "]" }
        } @else if f.quote.is_empty() {
            ""
        } @else if let Some(at) = fact_url(f) {
            a.quote href=(at) title={ "in " (f.doc) } { "“" (f.quote) "”" }
        } @else {
            span.quote { "“" (f.quote) "”" }
        }
    }
}

/// Where a fact comes from: its document, or, for background knowledge
/// (which the document does not state), no document at all.
fn fact_source(f: &FactView) -> Markup {
    html! {
        @if let Some(why) = &f.background {
            span.badge.background title={ "known without the document: " (why) } { "background" }
        } @else {
            (source_badge(f.extracted)) " "
            // The document opened at the fact's sentence, as its quote is.
            @if f.doc.is_empty() {
            } @else if let Some(at) = fact_url(f) {
                a href=(at) { (f.doc) }
            } @else {
                a href=(doc_url(&f.doc))
                    title="the sentence of this fact is not known: the link opens the document" {
                    (f.doc)
                }
            }
            // A reader cites the document by its date too.
            @if let Some(d) = &f.doc_published {
                " " span.published title="when the document was published" {
                    "(" (d.display()) ")"
                }
            }
        }
    }
}

/// How to cite a document, as `show DOC` gives it: the citation line,
/// then what it is made of, each marked stated or read off the text, with
/// the words it was read from.
fn cite_block(c: &view::CiteView) -> Markup {
    html! {
        section.cite {
            p { "cite as: " span.citation { (c.citation) } }
            @if !c.fields.is_empty() {
                table.cite {
                    tbody {
                        @for f in &c.fields {
                            tr {
                                th { (f.attribute) }
                                td { (cell_html(&f.value)) }
                                td {
                                    @if f.extracted {
                                        span.badge.extracted
                                            title="read off the head of the text by seedkb" {
                                            "extracted"
                                        }
                                    } @else {
                                        (source_badge(false))
                                    }
                                }
                                td {
                                    @if let Some(why) = &f.background {
                                        span.background { "[background: " (why) "]" }
                                    } @else if !f.quote.is_empty() {
                                        span.quote { "“" (f.quote) "”" }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn facts_table(facts: &[FactView], with_subject: bool) -> Markup {
    html! {
        table.facts {
            thead { tr {
                @if with_subject { th { "subject" } }
                th { "attribute" } th { "value" } th { "quote" } th { "source" }
            } }
            tbody {
                @for f in facts {
                    tr class=(if f.extracted { "extracted" } else { "curated" }) {
                        @if with_subject {
                            td { a href={ "/entity/" (seg(&f.subject)) } { (f.subject) } }
                        }
                        td { (f.attribute) }
                        td { (cell_html(&f.cell())) }
                        td { (quote_link(f)) }
                        td { (fact_source(f)) }
                    }
                }
            }
        }
    }
}

pub async fn entity(
    axum::extract::State(st): axum::extract::State<State>,
    Path(name): Path<String>,
) -> Response {
    let n = name.clone();
    let v = match api::read(&st, move |s| view::entity(s, &n)).await {
        Ok(Ok(v)) => v,
        Ok(Err(m)) => return error_page(&name, "", &api::missing("entity", &name, m)),
        Err(e) => return error_page(&name, "", &e),
    };
    if v.name != name {
        // An alias or a prefix: cite the entity's own URL, which a later
        // load cannot make ambiguous.
        return api::canonical("/entity/", &v.name);
    }
    let body = html! {
        h1 { (v.name) " " small.kind { (v.kind) } }
        @if !v.aliases.is_empty() {
            p { "also: " (v.aliases.join(", ")) }
        }
        p.twin { "JSON: " a href={ "/api/entity/" (seg(&v.name)) } { "/api/entity/" (v.name) } }
        @if let Some(c) = &v.cite {
            p { "a loaded document: " a href=(doc_url(&v.name)) { "its text" } }
            (cite_block(c))
        }
        h2 { "Facts" }
        (facts_table(&v.facts, false))
        @if !v.referrers.is_empty() {
            h2 { "Referred to by" }
            (facts_table(&v.referrers, true))
        }
    };
    html_response(StatusCode::OK, page(&v.name, "", body))
}

pub async fn doc(
    axum::extract::State(st): axum::extract::State<State>,
    Path(name): Path<String>,
) -> Response {
    let n = name.clone();
    let v = match api::read(&st, move |s| view::doc(s, &n)).await {
        Ok(Some(v)) => v,
        Ok(None) => {
            let e = ApiError::new(StatusCode::NOT_FOUND, format!("no document named '{name}'"))
                .with_help("the home page lists the documents");
            return error_page(&name, "", &e);
        }
        Err(e) => return error_page(&name, "", &e),
    };
    let body = html! {
        h1 { (v.name) }
        (cite_block(&v.cite))
        p {
            (v.curated_facts) " curated " (source_badge(false)) " and "
            (v.extracted_facts) " extracted " (source_badge(true)) " facts; "
            "a highlighted sentence is the source of facts (hover or see the list below). "
            "Sentences are numbered from 0, the title, as find and the JSON number them."
        }
        p.twin { "JSON: " a href={ "/api/doc/" (seg(&v.name)) } { "/api/doc/" (v.name) } }
        // A cited sentence's anchor is made from its words: after the
        // document was loaded again with that sentence changed, the link
        // names nothing here, and a mistyped one names nothing either. The
        // store keeps no earlier version, so it cannot tell the two apart:
        // the page says what it knows (the sentence is not here; a link
        // that is no anchor at all was cut or mistyped) rather than open
        // at the top as if the sentence were found.
        p id="unknown-anchor" class="notice" role="alert" hidden {
            "The sentence this link names (" code { } ") is not in this document as loaded now. "
            span.stale {
                "If the link was copied whole, it was made before the document was loaded "
                "again with that sentence changed or removed (only the latest version is kept); "
                "else it was cut or mistyped."
            }
            span.malformed {
                "No sentence has such an anchor (a sentence's is q and 12 hex digits, or s and its "
                "number): the link was cut or mistyped."
            }
            " The document's facts now are listed below."
        }
        script { (maud::PreEscaped(UNKNOWN_ANCHOR_JS)) }
        @if let Some(text) = &v.text {
            article.doc { (article(text, &v.sentences)) }
        } @else {
            p.empty { "(the document's text was not loaded)" }
        }
        h2 { "Facts by sentence" }
        @for s in v.sentences.iter().filter(|s| !s.facts.is_empty()) {
            // Numbered as `find`, the JSON and `#sN` number it (the title
            // is sentence 0): a number cited from this page is the script's.
            h3 { a href={ "#" (s.anchor) } { "sentence " (s.index) } }
            (facts_table(&s.facts, true))
        }
    };
    html_response(StatusCode::OK, page(&v.name, "", body))
}

/// Shows the doc page's notice when the URL's fragment names no element
/// of the page (a sentence of an earlier version); runs again when the
/// fragment changes. The script runs after the notice and before the
/// article: `check` waits for the page to be read.
const UNKNOWN_ANCHOR_JS: &str = "(function(){function check(){\
var h=decodeURIComponent(location.hash.slice(1)),n=document.getElementById('unknown-anchor');\
if(!n)return;var gone=h!==''&&!document.getElementById(h);n.hidden=!gone;\
if(!gone)return;n.querySelector('code').textContent='#'+h;\
var ok=/^(q[0-9a-f]{12}(-[0-9]+)?|s[0-9]+)$/.test(h);\
n.querySelector('.stale').hidden=!ok;n.querySelector('.malformed').hidden=ok;}\
addEventListener('DOMContentLoaded',check);addEventListener('hashchange',check);})();";

/// The document's text with every sentence anchored (by its words, see
/// `view::anchor`; inside an element of the number `#sN` the pages used
/// before, so those links still lead there) and the ones facts come from
/// highlighted, curated and extracted marked apart.
fn article(text: &str, sentences: &[view::SentenceView]) -> Markup {
    let mut pos = 0usize;
    let mut parts: Vec<Markup> = Vec::new();
    for s in sentences {
        let (Some(before), Some(body)) = (text.get(pos..s.start), text.get(s.start..s.end)) else {
            continue;
        };
        if s.start < pos {
            continue;
        }
        parts.push(html! { (before) });
        let curated = s.facts.iter().any(|f| !f.extracted);
        let extracted = s.facts.iter().any(|f| f.extracted);
        let class = match (curated, extracted) {
            (true, true) => "fact curated extracted",
            (true, false) => "fact curated",
            (false, true) => "fact extracted",
            (false, false) => "plain",
        };
        let tip: Vec<String> = s
            .facts
            .iter()
            .map(|f| {
                format!(
                    "{} · {} = {}{}",
                    f.subject,
                    f.attribute,
                    f.cell().display(),
                    if f.extracted { " (extracted)" } else { "" }
                )
            })
            .collect();
        parts.push(html! {
            span.at id={ "s" (s.index) } {
                @if s.facts.is_empty() {
                    span id=(s.anchor) class=(class) { (body) }
                } @else {
                    mark id=(s.anchor) class=(class) title=(tip.join("\n")) { (body) }
                }
            }
        });
        pos = s.end;
    }
    parts.push(html! { (text.get(pos..).unwrap_or("")) });
    html! { @for p in parts { (p) } }
}

#[cfg(test)]
mod tests {
    use super::{fit_label, page_headings};
    use seedkb_core::query::result::{Cell, ResultSet};

    /// A page that begins inside a heading's rows draws the heading over
    /// its first row; one whose heading is further on draws it there.
    #[test]
    fn a_page_keeps_the_heading_of_the_rows_it_shows() {
        let mut rs = ResultSet::new(vec!["subject"]);
        rs.rows = (0..10).map(|i| vec![Cell::Int(i)]).collect();
        rs.headings = vec![(4, "facts that refer to X".into())];
        let h = |at: usize| vec![(at, "facts that refer to X".to_string())];
        assert_eq!(page_headings(&rs, 0), h(4));
        assert_eq!(page_headings(&rs, 3), h(1));
        assert_eq!(page_headings(&rs, 4), h(0));
        assert_eq!(page_headings(&rs, 6), h(0));
        rs.headings.clear();
        assert!(page_headings(&rs, 6).is_empty());
    }

    #[test]
    fn a_long_label_is_cut_to_the_chart_s_label_column() {
        assert_eq!(fit_label("义县"), "义县");
        assert_eq!(fit_label("Yi County"), "Yi County");
        let long = "锦州阳光能源有限公司等16家企业";
        let cut = fit_label(long);
        assert!(cut.ends_with('…'), "{cut}");
        let width: usize = cut.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum();
        assert!(width <= 24, "{cut}: {width} columns");
        assert!(long.starts_with(cut.trim_end_matches('…')));
    }
}
