//! The JSON API, the errors every route answers with, and the token check.

use crate::view::{self, FactView, Missing};
use crate::{pages, Format, State, UploadError};
use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, QueryRejection};
use axum::extract::{Path, Query, Request};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use percent_encoding::{utf8_percent_encode, AsciiSet, CONTROLS};
use seedkb_core::query::result::{Cell, ResultSet, SideFields};
use seedkb_core::Error;
use serde::Deserialize;
use serde_json::{json, Value as Json};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// An error as every route reports it: a status and, for the API, a JSON
/// body `{"error": {"status", "message", "span", "line", "column", "help",
/// "suggestion", "report"}}`; the pages show the same fields. Positions in
/// the query count characters, as the command line's `1:34` does.
#[derive(Debug, Clone)]
pub struct ApiError {
    pub status: StatusCode,
    pub message: String,
    /// Character offsets into the query (from 0, end excluded), for a
    /// query error.
    pub span: Option<(usize, usize)>,
    /// The error's line and column in the query, from 1, in characters.
    pub at: Option<(usize, usize)>,
    /// What else helps: what was expected, where to look.
    pub help: Option<String>,
    /// A guess at what was meant (`did you mean amount?`): for every kind
    /// of error here, never in `help` (`QueryError::help_and_suggestion`).
    pub suggestion: Option<String>,
    /// The entities the suggestion names, which a page links.
    pub meant: Vec<String>,
    /// The entities an ambiguous name could be (its help lists them),
    /// which a page links.
    pub choices: Vec<String>,
    /// The error as the command line prints it (a caret under the span).
    pub report: String,
}

impl ApiError {
    pub fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        let message = message.into();
        ApiError {
            status,
            report: format!("error: {message}"),
            message,
            span: None,
            at: None,
            help: None,
            suggestion: None,
            meant: Vec::new(),
            choices: Vec::new(),
        }
    }

    pub fn with_help(mut self, help: impl Into<String>) -> ApiError {
        self.help = Some(help.into());
        self
    }

    /// A store or query error, with the query it concerns if any.
    pub fn from_error(st: &State, err: &Error, query: Option<&str>) -> ApiError {
        let status = match err {
            Error::Query(_) | Error::Input(_) | Error::Usage(_) => StatusCode::BAD_REQUEST,
            Error::Locked(_) => StatusCode::SERVICE_UNAVAILABLE,
            Error::Storage(_) | Error::Internal(_) | Error::Output(_) | Error::BrokenPipe => {
                StatusCode::INTERNAL_SERVER_ERROR
            }
        };
        let report = st.frontend.report(err, query);
        match err {
            Error::Query(q) => {
                let (help, suggestion) = q.help_and_suggestion();
                ApiError {
                    status,
                    message: q.message.clone(),
                    span: Some(query.map_or(q.span, |t| q.char_span(t))),
                    at: query.map(|t| q.line_column(t)),
                    help,
                    suggestion,
                    meant: Vec::new(),
                    choices: Vec::new(),
                    report,
                }
            }
            e => ApiError {
                status,
                message: e.to_string(),
                span: None,
                at: None,
                help: None,
                suggestion: None,
                meant: Vec::new(),
                choices: Vec::new(),
                report,
            },
        }
    }

    pub fn internal() -> ApiError {
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal error: the request's work panicked. This is a bug in seedkb; please \
             report it with the request that caused it",
        )
    }

    pub fn json(&self) -> Json {
        json!({
            "error": {
                "status": self.status.as_u16(),
                "message": self.message,
                "span": self.span.map(|(a, b)| json!([a, b])),
                "line": self.at.map(|a| a.0),
                "column": self.at.map(|a| a.1),
                "help": self.help,
                "suggestion": self.suggestion,
                "report": self.report,
            }
        })
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut r = (self.status, json_body(&self.json())).into_response();
        if self.status == StatusCode::SERVICE_UNAVAILABLE {
            r.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
        }
        if self.status == StatusCode::UNAUTHORIZED {
            r.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer realm=\"seedkb\""),
            );
        }
        r
    }
}

fn json_body(v: &Json) -> Response {
    let mut s = serde_json::to_string_pretty(v).unwrap_or_default();
    s.push('\n');
    (
        [(header::CONTENT_TYPE, "application/json; charset=utf-8")],
        s,
    )
        .into_response()
}

fn bad_params(e: QueryRejection) -> ApiError {
    ApiError::new(StatusCode::BAD_REQUEST, e.body_text())
}

#[derive(Deserialize, Default)]
pub struct QueryParams {
    pub q: Option<String>,
    pub format: Option<String>,
    /// The page of a long answer on the query page (from 1), as given:
    /// a page that is no number is said on the page, not refused in
    /// serde's words.
    pub page: Option<String>,
    /// `envelope`: the answer as one object with its query, columns and
    /// notes; `rows` (the default): the rows alone.
    pub shape: Option<String>,
    /// `comments`: a CSV answer's notes also in the file, first, each a
    /// `# note: …` line (the query page's download); `headers` (the
    /// default): only as response headers.
    pub notes: Option<String>,
}

/// How an answer of `/api/query` and `/api/find` is shaped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// The rows alone: an array (JSON), a line each (JSON lines). The
    /// first shape there was, kept for the scripts written against it.
    Rows,
    /// `{"query", "columns", "rows", "notes"}`, as the other JSON twins
    /// are objects and as the command line's envelope of several answers:
    /// what the reader must know to read the rows right comes with them.
    Envelope,
    /// CSV whose notes come first in the file, each a `# note: …` line:
    /// a file saved from a browser keeps no headers.
    Commented,
}

/// The response header carrying each note of an answer, for the shapes
/// with no place for them (the rows alone, CSV), as the command line puts
/// them on standard error beside such output.
pub const NOTE_HEADER: &str = "seedkb-note";

/// Bytes a note's header value escapes: besides what is not ASCII, the
/// controls, `%` (so it decodes back) and `,` (so two notes a client
/// joins into one value stay apart).
const NOTE_ESCAPED: &AsciiSet = &CONTROLS.add(b'%').add(b',');

fn required_q(p: &QueryParams, example: &str) -> Result<String, ApiError> {
    match p.q.as_deref().map(str::trim) {
        Some(q) if !q.is_empty() => Ok(q.to_string()),
        _ => Err(
            ApiError::new(StatusCode::BAD_REQUEST, "the parameter q is missing")
                .with_help(format!("for example ?q={example}")),
        ),
    }
}

/// Runs a query within the limits: a free slot (else 503 at once) and the
/// time limit (else 503, and the query is stopped at its next read).
pub async fn run_query(st: &State, text: String) -> Result<ResultSet, ApiError> {
    let q = text.clone();
    limited(
        st,
        move |store| {
            let mut rs = seedkb_core::query::run(store, &q)?;
            shown_name_noted(store, &q, &mut rs);
            Ok(rs)
        },
        Some(&text),
    )
    .await
}

/// [`run_query`], with the sentence of each quote of the answer found in
/// the same read (the links of its quotes and documents).
pub async fn run_cited(st: &State, text: String) -> Result<(ResultSet, pages::Quotes), ApiError> {
    if let Some(e) = dot_command(&text) {
        return Err(e);
    }
    let q = text.clone();
    limited(
        st,
        move |store| {
            let mut rs = seedkb_core::query::run(store, &q)?;
            shown_name_noted(store, &q, &mut rs);
            let quotes = pages::locate_quotes(store, &rs)?;
            Ok((rs, quotes))
        },
        Some(&text),
    )
    .await
}

/// A dot-command of the command line's shell (`.sources`, `.kinds`)
/// sent as a query: refused with what the web answers it with, not as an
/// unknown kind.
fn dot_command(text: &str) -> Option<ApiError> {
    let word = text.trim_start().strip_prefix('.')?;
    let word = word.split_whitespace().next().unwrap_or("");
    let instead = match word.to_ascii_lowercase().as_str() {
        "sources" => "GET /api/docs lists the documents loaded",
        "kinds" | "tables" => "the query `kinds` lists the kinds",
        "attrs" | "attributes" | "schema" => "the query `attributes of KIND` lists a kind's",
        "help" | "h" => {
            "README.md describes the queries and the endpoints (GET /api/kinds, /api/docs …)"
        }
        _ => "the web answers queries only",
    };
    Some(
        ApiError::new(
            StatusCode::BAD_REQUEST,
            format!(".{word} is a dot-command of the command line's shell, not a query"),
        )
        .with_help(instead),
    )
}

/// `show NAME` answered for another name (西川县 for 西川, 东岭县 for
/// dongling) says so first among its notes, as the command line does.
fn shown_name_noted(store: &seedkb_core::store::Store, text: &str, rs: &mut ResultSet) {
    if let Some(n) = seedkb_core::query::shown_name_note(store, text) {
        rs.notes.insert(0, n);
    }
}

/// Runs `f` on the store as a query is run: in a query slot, within the
/// time limit. `query` is the text errors point into, if any.
async fn limited<R: Send + 'static>(
    st: &State,
    f: impl FnOnce(&seedkb_core::store::Store) -> Result<R, Error> + Send + 'static,
    query: Option<&str>,
) -> Result<R, ApiError> {
    let Ok(permit) = st.queries.clone().try_acquire_owned() else {
        return Err(ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            format!(
                "busy: {} queries are running already; try again",
                st.config.max_queries
            ),
        ));
    };
    let limit = st.config.query_time;
    let deadline = std::time::Instant::now() + limit;
    let started = Arc::new(AtomicBool::new(false));
    let started_in = started.clone();
    let work = st.db.read(move |store| {
        // The slot is held until the work really ends.
        let _permit = permit;
        // Work that waited its whole time for the store is not started;
        // work that runs past it is stopped at its next read.
        if std::time::Instant::now() >= deadline {
            return None;
        }
        started_in.store(true, Ordering::SeqCst);
        let (r, stopped) = seedkb_core::store::kv::with_deadline(deadline, || f(store));
        (!stopped).then_some(r)
    });
    match tokio::time::timeout(limit, work).await {
        Err(_) | Ok(Ok(None)) if !started.load(Ordering::SeqCst) => Err(ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            format!(
                "busy: the query did not get to the store within the query time limit of \
                 {:.1} s (a load holds it while it commits); try again",
                limit.as_secs_f64()
            ),
        )),
        Err(_) | Ok(Ok(None)) => Err(timed_out(limit)),
        Ok(Err(_)) => Err(ApiError::internal()),
        Ok(Ok(Some(Ok(r)))) => Ok(r),
        Ok(Ok(Some(Err(e)))) => Err(ApiError::from_error(st, &e, query)),
    }
}

fn timed_out(limit: std::time::Duration) -> ApiError {
    ApiError::new(
        StatusCode::SERVICE_UNAVAILABLE,
        format!(
            "the query ran longer than the limit of {:.1} s and was stopped",
            limit.as_secs_f64()
        ),
    )
    .with_help(
        "narrow it (a where clause, a limit), or start the server with a larger --query-time",
    )
}

fn parse_shape(p: &QueryParams, format: Format) -> Result<Shape, ApiError> {
    match (p.notes.as_deref(), format) {
        (None | Some("headers"), _) => {}
        (Some("comments"), Format::Csv) if p.shape.is_none() => return Ok(Shape::Commented),
        (Some("comments"), _) => {
            return Err(ApiError::new(
                StatusCode::BAD_REQUEST,
                "notes=comments is for format=csv, and takes no shape",
            )
            .with_help("a JSON answer carries its notes with shape=envelope"))
        }
        (Some(other), _) => {
            return Err(
                ApiError::new(StatusCode::BAD_REQUEST, format!("unknown notes '{other}'"))
                    .with_help(format!(
                "notes is headers (each note a {NOTE_HEADER} response header, the default) or \
                 comments (format=csv: also first in the file, each a `# note: …` line)"
            )),
            )
        }
    }
    match p.shape.as_deref().unwrap_or("rows") {
        "rows" => Ok(Shape::Rows),
        "envelope" if format == Format::Csv => Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "shape=envelope is JSON: it takes format=json or jsonl, not csv",
        )
        .with_help(format!(
            "a CSV answer's notes come as {NOTE_HEADER} response headers (percent-encoded UTF-8); \
             notes=comments also puts them first in the file, each a `# note: …` line"
        ))),
        "envelope" => Ok(Shape::Envelope),
        other => Err(
            ApiError::new(StatusCode::BAD_REQUEST, format!("unknown shape '{other}'")).with_help(
                "shape is rows (the rows alone, the default) or envelope (an object: query, \
                 columns, rows, notes)",
            ),
        ),
    }
}

fn parse_format(p: &QueryParams) -> Result<Format, ApiError> {
    match p.format.as_deref().unwrap_or("json") {
        "json" => Ok(Format::Json),
        "jsonl" | "ndjson" => Ok(Format::Jsonl),
        "csv" => Ok(Format::Csv),
        other => Err(
            ApiError::new(StatusCode::BAD_REQUEST, format!("unknown format '{other}'"))
                .with_help("format is json, jsonl or csv"),
        ),
    }
}

/// The answer to `query` in `format` and `shape`; each note also as a
/// [`NOTE_HEADER`] header, whatever the shape.
pub fn result_response(
    st: &State,
    query: &str,
    (rs, quotes): &(ResultSet, pages::Quotes),
    format: Format,
    shape: Shape,
) -> Response {
    let side = rs.side_fields();
    let links = pages::Provenance::of(rs, quotes);
    let rows = || rs.rows.iter().map(|r| row_json(st, rs, &links, &side, r));
    let body = match (format, shape) {
        (Format::Csv, Shape::Commented) => {
            // A comment line each (pandas' comment='#', R's comment.char
            // skip them); the rows below are the plain CSV's.
            let mut out = Vec::new();
            for note in &rs.notes {
                let one_line = note.replace(['\r', '\n'], " ");
                out.extend_from_slice(format!("# note: {one_line}\n").as_bytes());
            }
            out.extend(st.frontend.render(rs, format));
            out
        }
        (Format::Csv, _) => st.frontend.render(rs, format),
        (Format::Json, Shape::Rows | Shape::Commented) => {
            let mut s =
                serde_json::to_string_pretty(&rows().collect::<Vec<_>>()).unwrap_or_default();
            s.push('\n');
            s.into_bytes()
        }
        (Format::Jsonl, Shape::Rows | Shape::Commented) => {
            rows().flat_map(|r| format!("{r}\n").into_bytes()).collect()
        }
        (Format::Json | Format::Jsonl, Shape::Envelope) => {
            // Every key always there (`notes` empty when there are none),
            // as an error's `help` is null: a script reads them unguarded.
            let envelope = json!({
                "query": query,
                "columns": rs.columns,
                "rows": rows().collect::<Vec<_>>(),
                "notes": rs.notes,
            });
            let mut s = if format == Format::Json {
                serde_json::to_string_pretty(&envelope)
            } else {
                serde_json::to_string(&envelope)
            }
            .unwrap_or_default();
            s.push('\n');
            s.into_bytes()
        }
    };
    let ct = match format {
        Format::Json => "application/json; charset=utf-8",
        Format::Jsonl => "application/x-ndjson; charset=utf-8",
        Format::Csv => "text/csv; charset=utf-8",
    };
    let mut r = ([(header::CONTENT_TYPE, ct)], body).into_response();
    for note in &rs.notes {
        let escaped = utf8_percent_encode(note, NOTE_ESCAPED).to_string();
        if let Ok(v) = HeaderValue::from_str(&escaped) {
            r.headers_mut().append(NOTE_HEADER, v);
        }
    }
    r
}

/// A row as the command line's JSON writes it (the column's value under
/// its name), and after each reference its URL: `COL_url` for an entity
/// (`/api/entity/NAME`; a list's, an array with null for what is not
/// one) and for a document (`/doc/NAME`), and for `find`'s sentence the
/// sentence's place in its document (`/doc/NAME#ANCHOR`). A script then
/// follows a name without building URLs, and the names stay as they were.
/// A column's side fields follow it, as on the command line
/// (`ResultSet::side_fields`: a quote's `background`, a grouping key's
/// `COL_inferred`).
fn row_json(
    st: &State,
    rs: &ResultSet,
    links: &pages::Provenance,
    side: &[SideFields],
    row: &[Cell],
) -> Json {
    let mut m = serde_json::Map::new();
    let none = SideFields::default();
    for (i, (col, cell)) in rs.columns.iter().zip(row).enumerate() {
        for (name, value) in cell.machine_fields(col, side.get(i).unwrap_or(&none)) {
            m.insert(name.to_string(), st.frontend.cell_json(&value));
        }
        let url = match links.url(row, i) {
            Some(u) => u,
            None => entity_urls(cell),
        };
        let key = format!("{col}_url");
        if !url.is_null() && !rs.columns.contains(&key) {
            m.insert(key, url);
        }
    }
    Json::Object(m)
}

/// An entity's URL, or a list's (null where an item is no entity); null
/// when the cell names none.
fn entity_urls(cell: &Cell) -> Json {
    match cell.bare() {
        Cell::Entity(name) => json!(entity_url(name)),
        Cell::Names(names) => Json::Array(names.iter().map(|n| json!(entity_url(n))).collect()),
        Cell::List(items) if items.iter().any(|c| matches!(c.bare(), Cell::Entity(_))) => {
            Json::Array(
                items
                    .iter()
                    .map(|c| match c.bare() {
                        Cell::Entity(name) => json!(entity_url(name)),
                        _ => Json::Null,
                    })
                    .collect(),
            )
        }
        _ => Json::Null,
    }
}

/// An entity's JSON URL (as facts' `subject_url`).
pub fn entity_url(name: &str) -> String {
    format!("/api/entity/{}", pages::seg(name))
}

/// `GET /api/query?q=QUERY[&format=json|jsonl|csv]`
pub async fn query(
    axum::extract::State(st): axum::extract::State<State>,
    params: Result<Query<QueryParams>, QueryRejection>,
) -> Result<Response, ApiError> {
    let Query(p) = params.map_err(bad_params)?;
    answer(&st, &p).await
}

/// The answer to `p`'s query in `p`'s format.
async fn answer(st: &State, p: &QueryParams) -> Result<Response, ApiError> {
    let q = required_q(p, "funding by source")?;
    let format = parse_format(p)?;
    let shape = parse_shape(p, format)?;
    let answer = run_cited(st, q.clone()).await?;
    Ok(result_response(st, &q, &answer, format, shape))
}

/// A request's body as text; `what` names it in the error.
fn utf8_body(body: Bytes, what: &str) -> Result<String, ApiError> {
    String::from_utf8(body.to_vec()).map_err(|e| {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            format!(
                "{what}: not valid UTF-8 (at byte {})",
                e.utf8_error().valid_up_to()
            ),
        )
    })
}

/// `POST /api/query?format=F` with the query as the body (UTF-8 text): for
/// a query longer than a URL carries (up to the query length limit).
pub async fn query_posted(
    axum::extract::State(st): axum::extract::State<State>,
    params: Result<Query<QueryParams>, QueryRejection>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    let Query(mut p) = params.map_err(bad_params)?;
    let body = body.map_err(|e| ApiError::new(e.status(), e.body_text()))?;
    let text = utf8_body(body, "the query in the body")?;
    if p.q.is_some() {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "a posted query comes in the body, not also as ?q=",
        ));
    }
    if text.trim().is_empty() {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "the body is empty: post the query itself as the body",
        ));
    }
    p.q = Some(text);
    answer(&st, &p).await
}

/// A known URL asked with a method it does not take.
pub async fn method_not_allowed(method: axum::http::Method, uri: axum::http::Uri) -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        format!("{method} is not taken at {}", uri.path()),
    )
    .with_help("pages and the API are read with GET; POST /api/query takes a query as its body, POST /api/load a file")
}

/// `GET /api/find?q=WORDS`: `find WORDS` as a query.
pub async fn find(
    axum::extract::State(st): axum::extract::State<State>,
    params: Result<Query<QueryParams>, QueryRejection>,
) -> Result<Response, ApiError> {
    let Query(p) = params.map_err(bad_params)?;
    let q = required_q(&p, "物流")?;
    let format = parse_format(&p)?;
    let shape = parse_shape(&p, format)?;
    let text = format!("find {q}");
    let answer = run_cited(&st, text.clone()).await?;
    Ok(result_response(&st, &text, &answer, format, shape))
}

/// `GET /api/kinds`: kinds with their entity counts and attributes.
pub async fn kinds(
    axum::extract::State(st): axum::extract::State<State>,
) -> Result<Response, ApiError> {
    // The kinds alone: the home page's data would cite documents too.
    let kinds = read(&st, |s| s.kinds()).await?;
    let mut out = Vec::new();
    for (kind, n) in kinds {
        let attrs = run_query(&st, format!("attributes of {kind}")).await?;
        let attributes: Vec<Json> = attrs
            .rows
            .iter()
            .map(|r| {
                Json::Object(
                    attrs
                        .columns
                        .iter()
                        .zip(r)
                        .map(|(c, v)| (c.clone(), st.frontend.cell_json(v)))
                        .collect(),
                )
            })
            .collect();
        out.push(json!({"kind": kind, "entities": n, "attributes": attributes}));
    }
    Ok(json_body(&json!({ "kinds": out })))
}

/// The `page` of a list of documents (`?page=N`, from 1; 1 when not given).
#[derive(Deserialize, Default)]
pub struct PageParams {
    pub page: Option<String>,
}

/// The page asked for, or a 400 naming what was wrong.
pub fn page_asked(p: Result<Query<PageParams>, QueryRejection>) -> Result<usize, ApiError> {
    let bad = |what: String| {
        ApiError::new(StatusCode::BAD_REQUEST, what)
            .with_help("pages of the document list are numbered from 1: ?page=2 is the second 100")
    };
    let Ok(Query(p)) = p else {
        return Err(bad(
            "the parameters after '?' in this address cannot be read".into(),
        ));
    };
    match p.page.as_deref().map(str::trim) {
        None | Some("") => Ok(1),
        Some(a) => match a.parse::<usize>() {
            Ok(n) if n >= 1 => Ok(n),
            _ => Err(bad(format!("page '{a}' is not a page number"))),
        },
    }
}

/// `GET /api/docs?page=N`: a page of the documents, with links to the
/// pages before and after it.
pub async fn docs(
    axum::extract::State(st): axum::extract::State<State>,
    params: Result<Query<PageParams>, QueryRejection>,
) -> Result<Response, ApiError> {
    let page = page_asked(params)?;
    let home = read(&st, move |s| view::home(s, page)).await?;
    let mut body = json!({ "documents": docs_json(&st, &home) });
    paging_json("/api/docs", &home, &mut body);
    Ok(json_body(&body))
}

/// A page of the document list's place among the pages, into `body`:
/// `page`, `pages`, `total` and `next` / `prev` (the address of that page
/// of `base`, null at either end).
fn paging_json(base: &str, home: &view::HomeView, body: &mut Json) {
    let link = |n: usize| json!(format!("{base}?page={n}"));
    body["page"] = json!(home.page);
    body["pages"] = json!(home.pages);
    body["total"] = json!(home.total);
    body["next"] = if home.page < home.pages {
        link(home.page + 1)
    } else {
        Json::Null
    };
    body["prev"] = if home.page > 1 {
        link(home.page - 1)
    } else {
        Json::Null
    };
}

fn docs_json(st: &State, home: &view::HomeView) -> Vec<Json> {
    home.docs
        .iter()
        .map(|d| {
            let mut m = serde_json::Map::new();
            m.insert("name".into(), json!(d.name));
            m.insert("extracted".into(), json!(d.extracted));
            m.insert("entities".into(), json!(d.entities));
            m.insert("facts".into(), json!(d.facts));
            m.insert("url".into(), json!(pages::doc_url(&d.name)));
            cite_json(st, &d.cite, &mut m);
            Json::Object(m)
        })
        .collect()
}

/// How to cite a document, into its object: `title`, `outlet` and
/// `published`, each null when not known, else its `value` (as in query
/// results), `text`, whether seedkb read it off the text (`extracted`)
/// and the words it was read from (`quote`; null for background
/// knowledge, whose reason is `background`); and `citation`, the line
/// `show DOC` gives.
pub fn cite_json(st: &State, c: &view::CiteView, m: &mut serde_json::Map<String, Json>) {
    for attribute in view::CITED {
        let field = c.get(attribute).map_or(Json::Null, |f| {
            // Background knowledge has no quote, as in every machine
            // format: its reason is `background`.
            json!({
                "value": st.frontend.cell_json(&f.value),
                "text": f.value.display(),
                "extracted": f.extracted,
                "quote": if f.background.is_some() { Json::Null } else { json!(f.quote) },
                "background": f.background,
            })
        });
        m.insert(attribute.into(), field);
    }
    m.insert("citation".into(), json!(c.citation));
}

/// `GET /api`: the home page's data.
pub async fn home(
    axum::extract::State(st): axum::extract::State<State>,
    params: Result<Query<PageParams>, QueryRejection>,
) -> Result<Response, ApiError> {
    let page = page_asked(params)?;
    let home = read(&st, move |s| view::home(s, page)).await?;
    let kinds: Vec<Json> = home
        .kinds
        .iter()
        .map(|(k, n)| json!({"kind": k, "entities": n}))
        .collect();
    let mut body = json!({ "kinds": kinds, "documents": docs_json(&st, &home) });
    paging_json("/api", &home, &mut body);
    Ok(json_body(&body))
}

/// Runs a store read that is not a query (pages' data) with the same
/// limits: it is work of the same size.
pub async fn read<R: Send + 'static>(
    st: &State,
    f: impl FnOnce(&seedkb_core::store::Store) -> Result<R, Error> + Send + 'static,
) -> Result<R, ApiError> {
    limited(st, f, None).await
}

pub fn fact_json(st: &State, f: &FactView) -> Json {
    // A value naming an entity looks like text in `value`: say where it is.
    let value_entity = entity_urls(&f.cell());
    json!({
        "subject": f.subject,
        "subject_url": entity_url(&f.subject),
        "attribute": f.attribute,
        "value": st.frontend.cell_json(&f.cell()),
        "value_entity_url": value_entity,
        "text": f.cell().display(),
        "extracted": f.extracted,
        "doc": f.doc,
        // Background knowledge has a reason and no quote.
        "quote": if f.background.is_some() { Json::Null } else { json!(f.quote) },
        "background": f.background,
        "sentence": f.sentence,
        "url": pages::fact_url(f),
        // The document a quote is in; background knowledge has none.
        "doc_url": (f.background.is_none() && !f.doc.is_empty())
            .then(|| pages::doc_url(&f.doc)),
        // When that document was published, as its citation gives it.
        "doc_published": f.doc_published.as_ref().map(|d| st.frontend.cell_json(d)),
    })
}

pub fn missing(what: &str, name: &str, m: Missing) -> ApiError {
    match m {
        Missing::NotFound { candidates } => {
            let mut e = ApiError::new(StatusCode::NOT_FOUND, format!("no {what} named '{name}'"));
            if !candidates.is_empty() {
                // Worded as a query's guess is (`did you mean A or B?`).
                e.suggestion = Some(format!("did you mean {}?", candidates.join(" or ")));
                e.meant = candidates;
            }
            e
        }
        Missing::Ambiguous { candidates } => {
            let mut e = ApiError::new(
                StatusCode::NOT_FOUND,
                format!("'{name}' could name several: which {what}?"),
            )
            .with_help(format!("one of {}", candidates.join(", ")));
            e.choices = candidates;
            e
        }
    }
}

/// A permanent redirect from an alias or a prefix of an entity's name to
/// the URL under its own name (`base` then the name).
pub fn canonical(base: &str, name: &str) -> Response {
    let to = format!("{base}{}", pages::seg(name));
    match HeaderValue::from_str(&to) {
        Ok(v) => (StatusCode::PERMANENT_REDIRECT, [(header::LOCATION, v)]).into_response(),
        Err(_) => ApiError::internal().into_response(),
    }
}

/// `GET /api/entity/NAME`
pub async fn entity(
    axum::extract::State(st): axum::extract::State<State>,
    Path(name): Path<String>,
) -> Result<Response, ApiError> {
    let n = name.clone();
    let v = read(&st, move |s| view::entity(s, &n))
        .await?
        .map_err(|m| missing("entity", &name, m))?;
    if v.name != name {
        return Ok(canonical("/api/entity/", &v.name));
    }
    let mut body = json!({
        "name": v.name,
        "kind": v.kind,
        "aliases": v.aliases,
        "alias_background": v
            .alias_background
            .iter()
            .cloned()
            .collect::<std::collections::BTreeMap<_, _>>(),
        "facts": v.facts.iter().map(|f| fact_json(&st, f)).collect::<Vec<_>>(),
        "referred_to_by": v.referrers.iter().map(|f| fact_json(&st, f)).collect::<Vec<_>>(),
        // A loaded document's page, and how to cite it (null for others).
        "doc_url": v.cite.as_ref().map(|_| pages::doc_url(&v.name)),
    });
    if let (Some(c), Json::Object(m)) = (&v.cite, &mut body) {
        let mut cite = serde_json::Map::new();
        cite_json(&st, c, &mut cite);
        m.insert("cite".into(), Json::Object(cite));
    }
    Ok(json_body(&body))
}

/// `GET /api/doc/NAME`: the text, and each sentence with facts, by byte
/// range, with its facts.
pub async fn doc(
    axum::extract::State(st): axum::extract::State<State>,
    Path(name): Path<String>,
) -> Result<Response, ApiError> {
    let n = name.clone();
    let v = read(&st, move |s| view::doc(s, &n)).await?.ok_or_else(|| {
        ApiError::new(StatusCode::NOT_FOUND, format!("no document named '{name}'"))
            .with_help("GET /api/docs lists the documents")
    })?;
    let sentences: Vec<Json> = v
        .sentences
        .iter()
        .filter(|s| !s.facts.is_empty())
        .map(|s| {
            json!({
                "sentence": s.index,
                "anchor": s.anchor,
                "url": pages::sentence_url(&v.name, &s.anchor),
                "start": s.start,
                "end": s.end,
                "facts": s.facts.iter().map(|f| fact_json(&st, f)).collect::<Vec<_>>(),
            })
        })
        .collect();
    let mut m = serde_json::Map::new();
    m.insert("name".into(), json!(v.name));
    cite_json(&st, &v.cite, &mut m);
    m.insert("text".into(), json!(v.text));
    m.insert("curated_facts".into(), json!(v.curated_facts));
    m.insert("extracted_facts".into(), json!(v.extracted_facts));
    m.insert("sentences".into(), json!(sentences));
    Ok(json_body(&Json::Object(m)))
}

#[derive(Deserialize)]
pub struct LoadParams {
    pub name: Option<String>,
}

/// Whether `name` is a bare file name with a known extension.
fn check_upload_name(name: &str) -> Result<(), ApiError> {
    let bad = |why: &str| {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            format!("bad file name '{name}': {why}"),
        )
        .with_help(
            "name the file as it would be on disk, without a directory: \
             name=article.txt, name=dump.jsonl or name=notes.facts.toml",
        )
    };
    if name.is_empty() || name.len() > 255 {
        return Err(bad("it must be 1 to 255 bytes long"));
    }
    if name.contains(['/', '\\', '\0']) || name.starts_with('.') {
        return Err(bad("a file name, not a path"));
    }
    let ok = [".txt", ".jsonl", ".toml"]
        .iter()
        .any(|e| name.ends_with(e));
    if !ok {
        return Err(bad("the extension must be .txt, .jsonl or .facts.toml"));
    }
    Ok(())
}

/// `POST /api/load?name=FILE` with the file as the body: all or nothing.
pub async fn load(
    axum::extract::State(st): axum::extract::State<State>,
    params: Result<Query<LoadParams>, QueryRejection>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    // Every request carries the token when one is set (checked before);
    // a server without one takes no loads.
    if st.config.token.is_none() || !has_token(&st, &headers) {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "loads need a token, and this server was started without one",
        )
        .with_help(
            "start it with --token TOKEN (or SEEDKB_TOKEN) and send Authorization: Bearer TOKEN",
        ));
    }
    let Query(p) = params.map_err(bad_params)?;
    // Said as a missing `q` is: not as a bad name '' the client never gave.
    let Some(name) = p.name else {
        return Err(
            ApiError::new(StatusCode::BAD_REQUEST, "the parameter name is missing")
                .with_help("for example /api/load?name=article.txt, with the file as the body"),
        );
    };
    check_upload_name(&name)?;
    // A form upload (`curl -F`, a browser form) wraps the file in
    // multipart boundaries and headers, which would be stored as its text.
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if content_type
        .get(..10)
        .is_some_and(|t| t.eq_ignore_ascii_case("multipart/"))
    {
        return Err(ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            format!("{name}: a multipart form upload; send the file itself as the body"),
        )
        .with_help(
            "curl --data-binary @FILE -H 'Authorization: Bearer TOKEN' '/api/load?name=FILE'",
        ));
    }
    let body = body.map_err(|e| {
        let status = e.status();
        if status == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::new(
                status,
                format!(
                    "the file is larger than the limit of {} bytes",
                    st.config.max_body
                ),
            )
            .with_help("start the server with a larger --max-body, or split the file")
        } else {
            ApiError::new(status, e.body_text())
        }
    })?;
    // As `seedkb load` reads a file: a GBK upload is told so, with the
    // line and column and the command that converts it.
    let text =
        seedkb_core::ingest::encoding::decode(&name, std::path::Path::new(&name), body.to_vec())
            .map_err(|e| ApiError::from_error(&st, &e, None))?;
    let st2 = st.clone();
    let name2 = name.clone();
    let outcome = st
        .db
        .write(
            move |store| st2.frontend.read_upload(store, &name2, &text),
            |store, docs| match docs {
                Ok(docs) => {
                    let r = store.load(&docs).map_err(UploadError::Bad)?;
                    // A repost under another name, as `seedkb load` says.
                    let mut same = Vec::new();
                    for &id in &r.new_texts {
                        if let Some(other) = store.same_text_as(id).map_err(UploadError::Bad)? {
                            same.push((store.doc_name(id).map_err(UploadError::Bad)?, other));
                        }
                    }
                    Ok((docs.len(), r, same))
                }
                Err(e) => Err(e),
            },
        )
        .await
        .map_err(|_| ApiError::internal())?;
    match outcome {
        Ok((n, r, same)) => Ok(json_body(&json!({
            "file": name,
            "documents": n,
            "loaded": r.documents_loaded,
            "replaced": r.documents_replaced,
            // Earlier versions under the same name, now gone: another
            // user's upload may have had the name first.
            "replaced_docs": r
                .replaced_docs
                .iter()
                .map(|(d, n)| json!({"doc": d, "facts": n}))
                .collect::<Vec<_>>(),
            // Texts byte for byte another document's, stored under both names.
            "same_text": same
                .iter()
                .map(|(d, o)| json!({"doc": d, "same_as": o}))
                .collect::<Vec<_>>(),
            "unchanged": r.documents_unchanged,
            "entities": r.entities,
            "facts": r.facts,
            "superseded": r.superseded,
            // Extracted facts of documents loaded before that curated
            // facts of this load removed, by document.
            "removed": r.removed,
            "removed_by_doc": r
                .removed_by_doc
                .iter()
                .map(|(d, n)| json!({"doc": d, "facts": n}))
                .collect::<Vec<_>>(),
        }))),
        Err(UploadError::Bad(e)) => Err(ApiError::from_error(&st, &e, None)),
        Err(UploadError::Conflict(e)) => {
            let mut err = ApiError::from_error(&st, &e, None);
            err.status = StatusCode::CONFLICT;
            Err(err)
        }
    }
}

/// Unknown URLs: JSON under /api/, a page elsewhere.
pub async fn not_found(uri: axum::http::Uri) -> Response {
    let e = ApiError::new(StatusCode::NOT_FOUND, format!("nothing at {}", uri.path())).with_help(
        "the pages are /, /query?q=, /find?q=, /entity/NAME, /doc/NAME; the API is under /api/",
    );
    if uri.path().starts_with("/api") {
        e.into_response()
    } else {
        pages::error_page("not found", "", &e)
    }
}

fn has_token(st: &State, headers: &HeaderMap) -> bool {
    let Some(token) = &st.config.token else {
        return true;
    };
    let Some(auth) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
    else {
        return false;
    };
    // The scheme is case-insensitive (RFC 7235): `bearer` is `Bearer`.
    let (scheme, credentials) = auth.split_once(' ').unwrap_or((auth, ""));
    let given = if scheme.eq_ignore_ascii_case("bearer") {
        credentials.trim().as_bytes().to_vec()
    } else if scheme.eq_ignore_ascii_case("basic") {
        let b = credentials;
        // A browser's login prompt: any user name, the token as password.
        match base64_decode(b.trim()) {
            Some(pair) => match pair.iter().position(|&c| c == b':') {
                Some(i) => pair[i + 1..].to_vec(),
                None => return false,
            },
            None => return false,
        }
    } else {
        return false;
    };
    // Compared in constant time, so the answer's timing tells nothing.
    given.len() == token.len()
        && given
            .iter()
            .zip(token.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

/// Standard base64 (RFC 4648, padded or not); None when malformed.
fn base64_decode(s: &str) -> Option<Vec<u8>> {
    let value = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        } as u32)
    };
    let s = s.trim_end_matches('=').as_bytes();
    if s.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    for chunk in s.chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            n |= value(c)? << (18 - 6 * i);
        }
        let bytes = n.to_be_bytes();
        out.extend_from_slice(&bytes[1..chunk.len()]);
    }
    Some(out)
}

/// With a token set, every request must carry it.
pub async fn check_token(
    axum::extract::State(st): axum::extract::State<State>,
    req: Request,
    next: Next,
) -> Response {
    if has_token(&st, req.headers()) {
        return next.run(req).await;
    }
    let api = req.uri().path().starts_with("/api");
    let message = if req.headers().contains_key(header::AUTHORIZATION) {
        "wrong token: this server needs its token as Authorization: Bearer TOKEN \
         (in a browser: any user name, the token as password)"
    } else {
        "this server needs a token: send Authorization: Bearer TOKEN \
         (in a browser: any user name, the token as password)"
    };
    let mut r = ApiError::new(StatusCode::UNAUTHORIZED, message).into_response();
    if !api {
        // Pages: let the browser ask for it.
        r.headers_mut().insert(
            header::WWW_AUTHENTICATE,
            HeaderValue::from_static("Basic realm=\"seedkb\", charset=\"UTF-8\""),
        );
    }
    r
}

#[cfg(test)]
mod tests {
    #[test]
    fn base64_decodes_what_browsers_send() {
        let d = |s: &str| super::base64_decode(s).map(|v| String::from_utf8(v).unwrap());
        assert_eq!(d("dXNlcjpzM2NyZXQ=").as_deref(), Some("user:s3cret"));
        assert_eq!(d("YTpi").as_deref(), Some("a:b"));
        assert_eq!(d("YTpiYw==").as_deref(), Some("a:bc"));
        assert_eq!(d("YTpiYw").as_deref(), Some("a:bc"));
        assert_eq!(d("").as_deref(), Some(""));
        assert_eq!(d("a"), None);
        assert_eq!(d("YT!i"), None);
    }
}
