//! The HTML pages, rendered here with maud: compiled into the binary, every
//! value HTML-escaped by maud, no JavaScript needed (one small script on
//! the doc page only says when a link's sentence is gone). Each page has an
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
    html_response(e.status, page(title, q, error_box(e)))
}

fn error_box(e: &ApiError) -> Markup {
    html! {
        div.error role="alert" {
            p { strong { "error: " } (e.message) }
            @if e.span.is_some() {
                pre.report { (e.report) }
            }
            @if let Some(h) = &e.help { p.help { (h) } }
            @if let Some(s) = &e.suggestion { p.help { (s) } }
        }
    }
}

pub async fn home(axum::extract::State(st): axum::extract::State<State>) -> Response {
    let home = match api::read(&st, view::home).await {
        Ok(h) => h,
        Err(e) => return error_page("error", "", &e),
    };
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
                thead { tr { th { "document" } th { "facts" } th.num { "count" } th.num { "entities" } } }
                tbody {
                    @for d in &home.docs {
                        tr {
                            td { a href=(doc_url(&d.name)) { (d.name) } }
                            td { (source_badge(d.extracted)) }
                            td.num { (d.facts) }
                            td.num { (d.entities) }
                        }
                    }
                }
            }
            p.twin { "JSON: " a href="/api" { "/api" } }
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
    let p = params.map(|Query(p)| p).unwrap_or_default();
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
    let rs = match api::run_query(&st, q.clone()).await {
        Ok(rs) => rs,
        Err(e) => return error_page(&q, &q, &e),
    };
    let chart = if grouped(&q) { bar_chart(&rs) } else { None };
    // A long answer is shown a page at a time (a careless `match` can give
    // a hundred thousand rows, a page no browser shows); the downloads
    // have every row.
    let total = rs.rows.len();
    let pages = total.div_ceil(PAGE_ROWS).max(1);
    let asked = p.page.as_deref().map(str::trim);
    let page_no = match asked.map(str::parse::<usize>) {
        Some(Ok(n)) => n.clamp(1, pages),
        _ => 1,
    };
    // A page that is not there is said, not silently replaced.
    let page_note = match (asked, asked.map(str::parse::<usize>)) {
        (Some(a), Some(Err(_))) => Some(format!(
            "page '{a}' is not a page number (1 to {pages}): page 1 is shown"
        )),
        (_, Some(Ok(n))) if n != page_no => Some(format!(
            "there is no page {n}: the answer has {pages} page(s); page {page_no} is shown"
        )),
        _ => None,
    };
    let first = (page_no - 1) * PAGE_ROWS;
    let shown = ResultSet {
        columns: rs.columns.clone(),
        rows: rs.rows[first..total.min(first + PAGE_ROWS)].to_vec(),
        notes: Vec::new(),
        headings: Vec::new(),
    };
    let page_link = |n: usize| format!("/query?q={}&page={n}", seg(&q));
    let body = html! {
        h1 { code { (q) } }
        p.twin {
            (total) " row(s) · download "
            a href={ "/api/query?format=csv&q=" (seg(&q)) } download="result.csv" { "CSV" }
            " · "
            // The envelope: the notes below come with the rows.
            a href={ "/api/query?format=json&shape=envelope&q=" (seg(&q)) } { "JSON" }
        }
        @for note in &rs.notes { p.note { "note: " (note) } }
        @if let Some(n) = &page_note { p.note { "note: " (n) } }
        @if let Some(svg) = chart { figure.chart { (svg) } }
        (result_table(&shown))
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

fn cell_html(c: &Cell) -> Markup {
    match c {
        Cell::Entity(name) => html! { a href={ "/entity/" (seg(name)) } { (name) } },
        Cell::List(items) => html! {
            @for (i, it) in items.iter().enumerate() {
                @if i > 0 { "; " }
                (cell_html(it))
            }
        },
        Cell::Names(names) => html! {
            @for (i, name) in names.iter().enumerate() {
                @if i > 0 { "; " }
                a href={ "/entity/" (seg(name)) } { (name) }
            }
        },
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

/// The columns of an answer that carry provenance: a document (show,
/// timeline, find), the sentence in it and its text (find), facts (find).
pub(crate) struct Provenance {
    doc: Option<usize>,
    sentence: Option<usize>,
    text: Option<usize>,
    facts: Option<usize>,
    /// The documents a `list` asks for with `ATTR.doc`, one a value.
    path_docs: Vec<usize>,
}

impl Provenance {
    pub(crate) fn of(rs: &ResultSet) -> Provenance {
        let col = |names: &[&str]| rs.columns.iter().position(|c| names.contains(&c.as_str()));
        let sentence = col(&["sentence"]);
        // `text` and `facts` are find's only beside a sentence (an
        // attribute could have either name).
        let found = |name: &str| sentence.and(col(&[name]));
        Provenance {
            doc: col(&["doc", "document"]),
            sentence,
            text: found("text"),
            facts: found("facts"),
            path_docs: (0..rs.columns.len())
                .filter(|&i| rs.columns[i].ends_with(".doc"))
                .collect(),
        }
    }

    /// Cell `i` of row `r` when it is an `ATTR.doc` column's document.
    fn path_doc<'r>(&self, r: &'r [Cell], i: usize) -> Option<&'r String> {
        match r.get(i) {
            Some(Cell::Text(d)) if !d.is_empty() && self.path_docs.contains(&i) => Some(d),
            _ => None,
        }
    }

    /// Row `r`'s document, if it names one.
    fn doc<'r>(&self, r: &'r [Cell]) -> Option<&'r String> {
        match self.doc.and_then(|d| r.get(d)) {
            Some(Cell::Text(d)) if !d.is_empty() => Some(d),
            _ => None,
        }
    }

    /// Where row `r`'s sentence is: its document's page at the sentence's
    /// anchor (made from its words, `text`), else its number.
    fn sentence_url(&self, r: &[Cell]) -> Option<String> {
        let doc = self.doc(r)?;
        let n = self.sentence.and_then(|n| r.get(n))?;
        let anchor = match self.text.and_then(|t| r.get(t)) {
            Some(Cell::Text(words)) if !words.is_empty() => view::anchor(words),
            _ => format!("s{}", n.display()),
        };
        Some(sentence_url(doc, &anchor))
    }

    /// The URL of cell `i` of row `r` when it is a document or a sentence.
    pub(crate) fn url(&self, r: &[Cell], i: usize) -> Option<String> {
        if Some(i) == self.doc {
            self.doc(r).map(|d| doc_url(d))
        } else if let Some(d) = self.path_doc(r, i) {
            Some(doc_url(d))
        } else if Some(i) == self.sentence {
            self.sentence_url(r)
        } else {
            None
        }
    }

    /// Cell `i` of row `r`, linked to where it comes from.
    fn cell(&self, r: &[Cell], i: usize) -> Markup {
        let c = &r[i];
        let doc = self.doc(r);
        let at = self.sentence_url(r);
        if let Some(d) = self.path_doc(r, i) {
            return html! { a href=(doc_url(d)) { (d) } };
        }
        match (doc, at) {
            (Some(d), _) if Some(i) == self.doc => html! { a href=(doc_url(d)) { (d) } },
            (_, Some(at)) if Some(i) == self.sentence => html! { a href=(at) { (c.display()) } },
            (_, Some(at)) if Some(i) == self.text => html! { a.quote href=(at) { (c.display()) } },
            _ if Some(i) == self.facts => fact_links(c),
            _ => cell_html(c),
        }
    }
}

fn result_table(rs: &ResultSet) -> Markup {
    let numeric: Vec<bool> = (0..rs.columns.len())
        .map(|i| {
            rs.rows
                .iter()
                .any(|r| r.get(i).is_some_and(Cell::is_numeric))
        })
        .collect();
    let links = Provenance::of(rs);
    html! {
        table.result {
            thead { tr { @for (i, c) in rs.columns.iter().enumerate() {
                th class=[numeric[i].then_some("num")] { (c) }
            } } }
            tbody {
                @for r in &rs.rows {
                    tr { @for i in 0..r.len() {
                        td class=[numeric.get(i).copied().unwrap_or(false).then_some("num")] {
                            (links.cell(r, i))
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
            let label = r.first().map(Cell::display).unwrap_or_default();
            let label = if label.is_empty() {
                "-".to_string()
            } else {
                label
            };
            let c = r.get(col).unwrap_or(&Cell::Null);
            (label, number(c).unwrap_or(0.0).max(0.0), c.display())
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
    let p = params.map(|Query(p)| p).unwrap_or_default();
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
    let rs = match api::run_query(&st, text.clone()).await {
        Ok(rs) => rs,
        Err(e) => return error_page("Find", &text, &e),
    };
    let body = html! {
        h1 { "Find " code { (q) } }
        (form)
        p.twin { "JSON: " a href={ "/api/find?q=" (seg(&q)) } { "/api/find?q=" (q) } }
        @for note in &rs.notes { p.note { "note: " (note) } }
        (result_table(&rs))
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
            @if !f.doc.is_empty() { a href=(doc_url(&f.doc)) { (f.doc) } }
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
        p {
            (v.curated_facts) " curated " (source_badge(false)) " and "
            (v.extracted_facts) " extracted " (source_badge(true)) " facts; "
            "a highlighted sentence is the source of facts (hover or see the list below). "
            "Sentences are numbered from 0, the title, as find and the JSON number them."
        }
        p.twin { "JSON: " a href={ "/api/doc/" (seg(&v.name)) } { "/api/doc/" (v.name) } }
        // A cited sentence's anchor is made from its words: after the
        // document was loaded again with that sentence changed, the link
        // names nothing here. Only the latest version is kept, so the page
        // says so rather than open at the top as if it were found.
        p id="unknown-anchor" class="notice" role="alert" hidden {
            "The sentence this link names (" code { } ") is not in this document as loaded now: "
            "the document was loaded again with that sentence changed or removed, and only "
            "the latest version is kept. Its facts now are listed below."
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
if(gone)n.querySelector('code').textContent='#'+h;}\
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
    use super::fit_label;

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
