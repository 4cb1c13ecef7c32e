//! `seedkb serve` over HTTP: every endpoint, every error status, the token
//! rules and the limits, against servers on free loopback ports.

mod common;
mod serving;

use common::Run;
use seedkb_server::Config;
use serde_json::{json, Value as Json};
use std::path::Path;
use std::process::Command;
use std::time::Duration;

const TOKEN: &str = "s3cret-token";
const DOC: &str = "000_c0358a9eae1db40c.txt";

struct Server {
    base: String,
    running: serving::Running,
    http: reqwest::Client,
}

impl Server {
    async fn start(config: Config) -> Server {
        let running = serving::Running::start(config).await;
        Server {
            base: running.base.clone(),
            running,
            http: reqwest::Client::new(),
        }
    }

    async fn with_token() -> Server {
        Server::start(Config {
            token: Some(TOKEN.into()),
            ..Config::default()
        })
        .await
    }

    /// GET; returns status, content type and body.
    async fn get(&self, path: &str) -> (u16, String, String) {
        self.get_with(path, None).await
    }

    async fn get_with(&self, path: &str, token: Option<&str>) -> (u16, String, String) {
        let mut req = self.http.get(format!("{}{path}", self.base));
        if let Some(t) = token {
            req = req.header("Authorization", format!("Bearer {t}"));
        }
        let r = req.send().await.unwrap();
        let status = r.status().as_u16();
        let ct = r
            .headers()
            .get("content-type")
            .map(|v| v.to_str().unwrap().to_string())
            .unwrap_or_default();
        (status, ct, r.text().await.unwrap())
    }

    async fn json(&self, path: &str) -> (u16, Json) {
        let (s, ct, body) = self.get(path).await;
        assert!(ct.starts_with("application/json"), "{path}: {ct}: {body}");
        (s, serde_json::from_str(&body).unwrap())
    }

    async fn load(&self, name: &str, body: &str, token: Option<&str>) -> (u16, Json) {
        let mut req = self
            .http
            .post(format!("{}/api/load?name={name}", self.base))
            .body(body.to_string());
        if let Some(t) = token {
            req = req.header("Authorization", format!("Bearer {t}"));
        }
        let r = req.send().await.unwrap();
        let status = r.status().as_u16();
        let text = r.text().await.unwrap();
        (
            status,
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}")),
        )
    }

    /// Stops the server as Ctrl-C would and waits for it to end.
    async fn stop(self) -> tempfile::TempDir {
        self.running.stop().await
    }
}

fn seedkb() -> Command {
    let mut c = Command::new(common::BIN);
    c.env_remove("SEEDKB_DB").env_remove("SEEDKB_TOKEN");
    c
}

/// `seedkb --db <db> <args>` run to its end, as beside the server.
fn cli(db: &Path, args: &[&str]) -> Run {
    let mut c = seedkb();
    c.arg("--db").arg(db).args(args);
    common::run(c, None)
}

/// A name as one URL path segment, as the server writes it.
fn seg(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn error_of(body: &Json) -> &Json {
    body.get("error")
        .unwrap_or_else(|| panic!("no error object: {body}"))
}

#[tokio::test(flavor = "multi_thread")]
async fn query_answers_as_the_command_line_does() {
    let s = Server::start(Config::default()).await;
    let q = "sum amount of funding by recipient";
    let (status, ct, body) = s
        .get("/api/query?q=sum%20amount%20of%20funding%20by%20recipient")
        .await;
    assert_eq!(status, 200, "{body}");
    assert!(ct.starts_with("application/json"));
    // The same answer from the command line on a database of its own.
    let other = tempfile::tempdir().unwrap();
    let out = cli(&other.path().join("db"), &["--format", "json", "-e", q]);
    assert_eq!(out.code, 0);
    // ... with each name's URL beside it (`recipient_url`).
    let mut served: Json = serde_json::from_str(&body).unwrap();
    for row in served.as_array_mut().unwrap() {
        let row = row.as_object_mut().unwrap();
        let url = row.remove("recipient_url");
        match row["recipient"].as_str() {
            Some(name) => assert_eq!(
                url.as_ref().and_then(Json::as_str),
                Some(format!("/api/entity/{}", seg(name)).as_str()),
                "{row:?}"
            ),
            None => assert!(url.is_none(), "{row:?}"),
        }
    }
    let printed: Json = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(served, printed);

    let (status, ct, csv) = s.get("/api/query?format=csv&q=kinds").await;
    assert_eq!(status, 200);
    assert!(ct.starts_with("text/csv"), "{ct}");
    assert!(csv.starts_with("kind,entities\n"), "{csv}");
    let (status, ct, jsonl) = s.get("/api/query?format=jsonl&q=kinds").await;
    assert_eq!(status, 200);
    assert!(ct.starts_with("application/x-ndjson"), "{ct}");
    for line in jsonl.lines() {
        let row: Json = serde_json::from_str(line).unwrap();
        assert!(row.get("kind").is_some(), "{line}");
    }
    assert_eq!(jsonl.lines().count(), csv.lines().count() - 1);

    // A query as a POST body (longer than a URL carries) answers the same.
    let r = s
        .http
        .post(format!("{}/api/query", s.base))
        .body(q)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    assert_eq!(r.text().await.unwrap(), body);
    // A method a URL does not take is a JSON error, not an empty 405.
    let r = s
        .http
        .delete(format!("{}/api/query?q=kinds", s.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 405);
    let body: Json = serde_json::from_str(&r.text().await.unwrap()).unwrap();
    assert_eq!(
        error_of(&body)["message"],
        "DELETE is not taken at /api/query"
    );
    s.stop().await;
}

/// Percent-encoded UTF-8 back to text.
fn unescape(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

/// What the reader of an answer must know (its notes) reaches HTTP: in
/// the envelope beside the rows, as a header in every shape, on the page.
#[tokio::test(flavor = "multi_thread")]
async fn notes_come_with_the_answer() {
    let s = Server::start(Config::default()).await;
    let q = "projects where amount > 1亿元";
    let path = |extra: &str| format!("/api/query?q={}{extra}", seg(q));
    let (status, env) = s.json(&path("&shape=envelope")).await;
    assert_eq!(status, 200, "{env}");
    assert_eq!(env["query"], q, "{env}");
    assert_eq!(env["rows"], serde_json::json!([]), "{env}");
    assert_eq!(env["columns"][0], "name", "{env}");
    let note = env["notes"][0].as_str().unwrap_or_default().to_string();
    assert!(
        note.starts_with("no project has the attribute amount"),
        "{env}"
    );
    // JSON lines: the same object, on one line.
    let (status, ct, line) = s.get(&path("&shape=envelope&format=jsonl")).await;
    assert_eq!(status, 200);
    assert!(ct.starts_with("application/x-ndjson"), "{ct}");
    assert_eq!(line.lines().count(), 1, "{line}");
    assert_eq!(serde_json::from_str::<Json>(&line).unwrap(), env);
    // An answer without notes has them too, empty; its rows keep their URLs.
    let (_, plain) = s
        .json(&format!(
            "/api/query?q={}&shape=envelope",
            seg("funding where recipient = 义县")
        ))
        .await;
    assert_eq!(plain["notes"], serde_json::json!([]), "{plain}");
    assert!(plain["rows"][0]["recipient_url"].is_string(), "{plain}");
    // The rows alone, as before, and CSV: the note in a header each.
    for extra in ["", "&format=csv", "&format=jsonl"] {
        let r = s
            .http
            .get(format!("{}{}", s.base, path(extra)))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 200);
        let notes: Vec<String> = r
            .headers()
            .get_all("seedkb-note")
            .iter()
            .map(|v| unescape(v.to_str().unwrap()))
            .collect();
        assert_eq!(notes, std::slice::from_ref(&note), "{extra}");
        let body = r.text().await.unwrap();
        if extra.is_empty() {
            assert_eq!(body, "[]\n");
        }
    }
    // An envelope is JSON; a shape is one of two.
    let (status, body) = s.json(&path("&shape=envelope&format=csv")).await;
    assert_eq!(status, 400, "{body}");
    assert!(
        error_of(&body)["help"]
            .as_str()
            .unwrap()
            .contains("seedkb-note"),
        "{body}"
    );
    let (status, body) = s.json(&path("&shape=object")).await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(error_of(&body)["message"], "unknown shape 'object'");
    // The page shows the note, and its JSON link is the envelope.
    let (status, _, page) = s.get(&format!("/query?q={}", seg(q))).await;
    assert_eq!(status, 200);
    assert!(
        page.contains("note: no project has the attribute amount"),
        "{page}"
    );
    assert!(
        page.contains("/api/query?format=json&amp;shape=envelope&amp;q="),
        "{page}"
    );
    s.stop().await;
}

/// A document's page numbers its sentences as its JSON twin and `find`
/// do: a number cited from the page is the one a script reads.
#[tokio::test(flavor = "multi_thread")]
async fn a_sentence_has_one_number_on_the_page_and_in_json() {
    let s = Server::start(Config::default()).await;
    let (status, doc) = s.json(&format!("/api/doc/{DOC}")).await;
    assert_eq!(status, 200);
    let (status, _, page) = s.get(&format!("/doc/{DOC}")).await;
    assert_eq!(status, 200);
    let sentences = doc["sentences"].as_array().unwrap();
    assert!(sentences.len() > 3, "{doc}");
    for sentence in sentences {
        let heading = format!(
            "<a href=\"#{}\">sentence {}</a>",
            sentence["anchor"].as_str().unwrap(),
            sentence["sentence"]
        );
        assert!(page.contains(&heading), "{heading}");
    }
    // `find` gives a sentence the same number.
    let (_, found) = s.json(&format!("/api/find?q={}", seg("侯家岭村"))).await;
    let hit = &found[0];
    let url = hit["sentence_url"].as_str().unwrap();
    let anchor = url.rsplit_once('#').unwrap().1;
    let same = sentences
        .iter()
        .find(|x| x["anchor"] == anchor)
        .unwrap_or_else(|| panic!("{anchor}: {doc}"));
    assert_eq!(same["sentence"], hit["sentence"], "{hit}");
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn query_errors_are_json_with_span_and_help() {
    let s = Server::start(Config::default()).await;
    let (status, body) = s
        .json("/api/query?q=funding%20where%20amout%20%3E%201")
        .await;
    assert_eq!(status, 400);
    let e = error_of(&body);
    assert_eq!(e["status"], 400);
    assert_eq!(e["message"], "unknown attribute 'amout'");
    assert_eq!(e["span"], serde_json::json!([14, 19]));
    // A guess at what was meant is the suggestion, for every kind of
    // error (error_help_and_suggestion_follow_one_rule).
    assert_eq!(e["suggestion"], "did you mean amount?");
    assert!(e["help"].is_null(), "{e}");
    assert!(e["report"].as_str().unwrap().contains("^^^^^"), "{e}");

    // After Chinese characters a position counts characters, as the
    // command line's report does (1:34), not bytes (37).
    let (status, body) = s
        .json("/api/query?q=funding%20where%20recipient%20%3D%20%E4%B9%89%E5%8E%BF%20and%20amout%20%3E%201")
        .await;
    assert_eq!(status, 400);
    let e = error_of(&body);
    assert_eq!(e["span"], serde_json::json!([33, 38]), "{e}");
    assert_eq!(
        (&e["line"], &e["column"]),
        (&serde_json::json!(1), &serde_json::json!(34))
    );
    assert!(e["report"].as_str().unwrap().contains("--> 1:34"), "{e}");

    let (status, body) = s.json("/api/query").await;
    assert_eq!(status, 400);
    assert!(error_of(&body)["message"]
        .as_str()
        .unwrap()
        .contains("q is missing"));
    let (status, body) = s.json("/api/query?q=kinds&format=xml").await;
    assert_eq!(status, 400);
    assert_eq!(error_of(&body)["message"], "unknown format 'xml'");
    let (status, body) = s.json("/api/nothing/here").await;
    assert_eq!(status, 404);
    assert!(error_of(&body)["message"]
        .as_str()
        .unwrap()
        .contains("/api/nothing/here"));
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn entity_document_find_and_kinds() {
    let s = Server::start(Config::default()).await;
    let (status, e) = s.json("/api/entity/%E4%B9%89%E5%8E%BF").await; // 义县
    assert_eq!(status, 200, "{e}");
    assert_eq!(e["name"], "义县");
    assert_eq!(e["kind"], "county");
    let facts = e["facts"].as_array().unwrap();
    // Background knowledge: a reason, no quote, no sentence.
    let located = facts
        .iter()
        .find(|f| f["attribute"] == "located_in")
        .unwrap();
    assert_eq!(located["value"], "锦州市");
    // A reference says where its entity is; text does not.
    assert_eq!(
        located["value_entity_url"],
        "/api/entity/%E9%94%A6%E5%B7%9E%E5%B8%82"
    );
    assert_eq!(located["subject_url"], "/api/entity/%E4%B9%89%E5%8E%BF");
    assert!(
        located["sentence"].is_null() && located["quote"].is_null(),
        "{located}"
    );
    assert_eq!(
        e["alias_background"]["Yi County"],
        "English name (a translation)"
    );
    // An alias or a prefix redirects to the entity's own URL, the one to
    // cite (a later load could make a prefix ambiguous).
    let plain = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    for (path, to) in [
        ("/api/entity/Yi%20County", "/api/entity/%E4%B9%89%E5%8E%BF"),
        ("/entity/Yi%20County", "/entity/%E4%B9%89%E5%8E%BF"),
        ("/entity/yi%20county", "/entity/%E4%B9%89%E5%8E%BF"),
    ] {
        let r = plain.get(format!("{}{path}", s.base)).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 308, "{path}");
        assert_eq!(r.headers()["location"], to, "{path}");
    }
    let (status, e) = s.json("/api/entity/Yi%20County").await;
    assert_eq!((status, e["name"].as_str()), (200, Some("义县")));
    assert!(located["background"]
        .as_str()
        .is_some_and(|b| b.contains("锦州市")));
    let poor = facts
        .iter()
        .find(|f| f["attribute"] == "registered_poor_lifted_out_of_poverty")
        .unwrap();
    assert!(poor["background"].is_null(), "{poor}");
    assert!(poor["value_entity_url"].is_null(), "{poor}");
    let n = poor["sentence"].as_u64().unwrap();
    let url = poor["url"].as_str().unwrap();
    assert!(url.starts_with(&format!("/doc/{DOC}#q")), "{url}");
    assert!(!e["referred_to_by"].as_array().unwrap().is_empty());

    // The document places that fact on the same sentence, whose text
    // holds the quote.
    let (status, d) = s.json(&format!("/api/doc/{DOC}")).await;
    assert_eq!(status, 200);
    let text = d["text"].as_str().unwrap();
    let sentence = d["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["sentence"].as_u64() == Some(n))
        .unwrap();
    let (a, b) = (
        sentence["start"].as_u64().unwrap() as usize,
        sentence["end"].as_u64().unwrap() as usize,
    );
    assert!(text[a..b].contains("46698名"), "{}", &text[a..b]);
    assert_eq!(sentence["url"].as_str(), Some(url), "{sentence}");
    assert!(sentence["facts"].as_array().unwrap().iter().any(
        |f| f["subject"] == "义县" && f["attribute"] == "registered_poor_lifted_out_of_poverty"
    ));

    let (status, body) = s.json("/api/entity/nobody-at-all").await;
    assert_eq!(status, 404);
    assert_eq!(
        error_of(&body)["message"],
        "no entity named 'nobody-at-all'"
    );
    // Suggested as `show` suggests: a homophone or the traditional form.
    for typed in ["%E6%98%93%E5%8E%BF", "%E7%BE%A9%E7%B8%A3"] {
        // 易县, 義縣
        let (status, body) = s.json(&format!("/api/entity/{typed}")).await;
        assert_eq!(status, 404);
        assert_eq!(
            error_of(&body)["suggestion"],
            "did you mean 义县?",
            "{body}"
        );
        assert!(error_of(&body)["help"].is_null(), "{body}");
    }
    let (status, _) = s.json("/api/doc/missing.txt").await;
    assert_eq!(status, 404);

    let (status, f) = s.json("/api/find?q=%E7%89%A9%E6%B5%81").await; // 物流
    assert_eq!(status, 200);
    assert!(!f.as_array().unwrap().is_empty());
    let (status, k) = s.json("/api/kinds").await;
    assert_eq!(status, 200);
    let county = k["kinds"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["kind"] == "county")
        .unwrap();
    assert!(county["entities"].as_u64().unwrap() >= 1);
    assert!(county["attributes"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["attribute"] == "located_in"));
    let (status, docs) = s.json("/api/docs").await;
    assert_eq!(status, 200);
    assert_eq!(docs["documents"][0]["name"], DOC);
    let (status, home) = s.json("/api").await;
    assert_eq!(status, 200);
    assert_eq!(
        home["kinds"].as_array().unwrap().len(),
        k["kinds"].as_array().unwrap().len()
    );
    // The list of documents comes a page at a time, its place said with
    // links to the pages beside it; a page past the last shows the last.
    for path in [
        "/api/docs",
        "/api/docs?page=1",
        "/api/docs?page=7",
        "/api?page=1",
    ] {
        let (status, docs) = s.json(path).await;
        assert_eq!(status, 200, "{path}");
        assert_eq!(
            (&docs["page"], &docs["pages"], &docs["prev"], &docs["next"]),
            (&json!(1), &json!(1), &Json::Null, &Json::Null),
            "{path}: {docs}"
        );
        assert_eq!(
            docs["total"],
            json!(docs["documents"].as_array().unwrap().len())
        );
    }
    for path in ["/api/docs?page=0", "/api/docs?page=two"] {
        let (status, body) = s.json(path).await;
        assert_eq!(status, 400, "{path}: {body}");
        assert!(error_of(&body)["message"]
            .as_str()
            .unwrap()
            .contains("is not a page number"));
    }
    let (status, _, page) = s.get("/?page=1").await;
    assert_eq!(status, 200);
    assert!(page.contains("/api?page=1"), "{page}");
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_token_guards_every_request_when_set() {
    let s = Server::with_token().await;
    for path in ["/api/query?q=kinds", "/", "/entity/%E4%B9%89%E5%8E%BF"] {
        let (status, _, body) = s.get(path).await;
        assert_eq!(status, 401, "{path}: {body}");
        let (status, _, _) = s.get_with(path, Some("wrong")).await;
        assert_eq!(status, 401, "{path}");
        let (status, _, _) = s.get_with(path, Some(TOKEN)).await;
        assert_eq!(status, 200, "{path}");
    }
    // Pages ask a browser for it (Basic: any user, the token as password);
    // the API does not.
    let r = s.http.get(format!("{}/", s.base)).send().await.unwrap();
    assert!(r.headers()["www-authenticate"]
        .to_str()
        .unwrap()
        .starts_with("Basic"));
    let r = s
        .http
        .get(format!("{}/api/kinds", s.base))
        .send()
        .await
        .unwrap();
    assert!(r.headers()["www-authenticate"]
        .to_str()
        .unwrap()
        .starts_with("Bearer"));
    let basic = |user_pass: &str| {
        // base64 of "reader:s3cret-token" / "reader:wrong"
        match user_pass {
            "reader:s3cret-token" => "cmVhZGVyOnMzY3JldC10b2tlbg==",
            _ => "cmVhZGVyOndyb25n",
        }
    };
    for (pair, want) in [("reader:s3cret-token", 200), ("reader:wrong", 401)] {
        let r = s
            .http
            .get(format!("{}/", s.base))
            .header("Authorization", format!("Basic {}", basic(pair)))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), want, "{pair}");
    }
    // The scheme is case-insensitive (RFC 7235); a wrong token is told so.
    let r = s
        .http
        .get(format!("{}/api/kinds", s.base))
        .header("Authorization", format!("bearer {TOKEN}"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let (status, _, body) = s.get_with("/api/kinds", Some("wrong")).await;
    assert_eq!(status, 401);
    assert!(body.contains("wrong token"), "{body}");
    s.stop().await;
}

#[test]
fn off_loopback_needs_a_token() {
    let args = |listen: &str, token: Option<&str>| seedkb::args::ServeArgs {
        listen: listen.parse().unwrap(),
        token: token.map(String::from),
        max_body: 1000,
        query_time: 1.0,
        max_queries: 1,
    };
    let e = seedkb::serve::config(&args("0.0.0.0:7878", None)).unwrap_err();
    assert_eq!(e.exit_code(), 2);
    assert!(e.to_string().contains("--token"), "{e}");
    assert!(seedkb::serve::config(&args("0.0.0.0:7878", Some(TOKEN))).is_ok());
    assert!(seedkb::serve::config(&args("127.0.0.1:7878", None)).is_ok());
    assert!(seedkb::serve::config(&args("[::1]:7878", None)).is_ok());
}

const ARTICLE: &str = "测试县新闻\n\n5月3日,测试县投资3.5亿元建设冷链物流园。该项目占地200亩。\n";

#[tokio::test(flavor = "multi_thread")]
async fn loads_need_a_token_and_are_atomic() {
    // No token configured: no loads at all.
    let open = Server::start(Config::default()).await;
    let (status, body) = open.load("a.txt", ARTICLE, None).await;
    assert_eq!(status, 403, "{body}");
    open.stop().await;

    let s = Server::with_token().await;
    let (status, body) = s.load("news.txt", ARTICLE, None).await;
    assert_eq!(status, 401, "{body}");
    let (status, body) = s.load("news.txt", ARTICLE, Some(TOKEN)).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["loaded"], 1);
    assert!(body["facts"].as_u64().unwrap() > 0);
    // Visible to the next query, with its text and facts.
    let (status, _, found) = s
        .get_with("/api/find?q=%E5%86%B7%E9%93%BE", Some(TOKEN)) // 冷链
        .await;
    assert_eq!(status, 200);
    assert!(found.contains("news.txt"), "{found}");
    // Loading it again changes nothing.
    let (status, body) = s.load("news.txt", ARTICLE, Some(TOKEN)).await;
    assert_eq!(status, 200);
    assert_eq!(body["unchanged"], 1);
    assert_eq!(body["replaced_docs"], serde_json::json!([]), "{body}");
    // Another text under the same name replaces it, and the answer names it.
    let other = ARTICLE.replace("3.5亿元", "4亿元");
    let (status, body) = s.load("news.txt", &other, Some(TOKEN)).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["replaced"], 1, "{body}");
    assert_eq!(body["replaced_docs"][0]["doc"], "news.txt", "{body}");
    assert!(
        body["replaced_docs"][0]["facts"].as_u64().unwrap() > 0,
        "{body}"
    );
    // The same text under another name is stored, and the answer says so.
    let (status, body) = s.load("repost.txt", &other, Some(TOKEN)).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        body["same_text"],
        serde_json::json!([{"doc": "repost.txt", "same_as": "news.txt"}]),
        "{body}"
    );
    // A form upload is refused, not stored with its boundaries as text.
    let form = format!(
        "--b1\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\n\
         {ARTICLE}\r\n--b1--\r\n"
    );
    let r = s
        .http
        .post(format!("{}/api/load?name=form.txt", s.base))
        .header("Authorization", format!("Bearer {TOKEN}"))
        .header("Content-Type", "multipart/form-data; boundary=b1")
        .body(form)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 415);
    let body: Json = serde_json::from_str(&r.text().await.unwrap()).unwrap();
    assert!(error_of(&body)["message"]
        .as_str()
        .unwrap()
        .contains("multipart"));
    // A file in GBK is told so as `seedkb load` tells it: where, what it
    // looks like, and the command that converts it.
    let r = s
        .http
        .post(format!("{}/api/load?name=gbk.txt", s.base))
        .header("Authorization", format!("Bearer {TOKEN}"))
        // 锦州市 in GBK, after a line of ASCII.
        .body(b"2026\n\xbd\xf5\xd6\xdd\xca\xd0\n".to_vec())
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 400);
    let body: Json = serde_json::from_str(&r.text().await.unwrap()).unwrap();
    let message = error_of(&body)["message"].as_str().unwrap().to_string();
    assert!(
        message.starts_with("gbk.txt:2:1: byte 0xBD is not UTF-8")
            && message.contains("GBK")
            && message.contains("iconv -f GB18030 -t UTF-8 gbk.txt"),
        "{message}"
    );
    let (status, _) = s.json("/api/doc/form.txt").await;
    assert_eq!(status, 401, "asked without the token");
    let (status, _, _) = s.get_with("/api/doc/form.txt", Some(TOKEN)).await;
    assert_eq!(status, 404, "nothing stored");

    // Names that are paths, or of unknown types.
    for bad in [
        "..%2Fetc%2Fpasswd.txt",
        "%2Ftmp%2Fa.txt",
        "notes.pdf",
        "",
        ".hidden.txt",
    ] {
        let (status, body) = s.load(bad, ARTICLE, Some(TOKEN)).await;
        assert_eq!(status, 400, "{bad}: {body}");
        assert!(error_of(&body)["message"]
            .as_str()
            .unwrap()
            .contains("bad file name"));
    }
    // No name at all: said so, as for a missing q.
    let r = s
        .http
        .post(format!("{}/api/load", s.base))
        .header("Authorization", format!("Bearer {TOKEN}"))
        .body(ARTICLE)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 400);
    let body: Json = serde_json::from_str(&r.text().await.unwrap()).unwrap();
    assert_eq!(
        error_of(&body)["message"],
        "the parameter name is missing",
        "{body}"
    );
    // A bad file: 400 with the line, and nothing loaded.
    let bad_dump =
        "{\"subject\":\"新公司\",\"attribute\":\"kind\",\"value\":\"company\"}\nnot json\n";
    let (status, body) = s.load("bad.jsonl", bad_dump, Some(TOKEN)).await;
    assert_eq!(status, 400, "{body}");
    assert!(
        error_of(&body)["message"]
            .as_str()
            .unwrap()
            .contains("bad.jsonl:2"),
        "{body}"
    );
    let (status, _, _) = s
        .get_with("/api/entity/%E6%96%B0%E5%85%AC%E5%8F%B8", Some(TOKEN))
        .await;
    assert_eq!(status, 404, "half of a bad file was loaded");
    // A file at odds with the store: 409.
    let conflict = "{\"subject\":\"义县\",\"attribute\":\"kind\",\"value\":\"company\"}\n";
    let (status, body) = s.load("conflict.jsonl", conflict, Some(TOKEN)).await;
    assert_eq!(status, 409, "{body}");
    assert!(
        error_of(&body)["message"]
            .as_str()
            .unwrap()
            .contains("conflict.jsonl:1"),
        "{body}"
    );
    // A fact file may not name a file on the server's disk: an absolute
    // path is refused by the fact-file reader itself, a bare name that the
    // database does not hold by the server.
    let toml = |file: &str| {
        format!("[document]\nfile = \"{file}\"\n\n[[entity]]\nname = \"某地\"\nkind = \"place\"\nquote = \"某地\"\n")
    };
    let (status, body) = s
        .load("x.facts.toml", &toml("/etc/hostname"), Some(TOKEN))
        .await;
    assert_eq!(status, 400, "{body}");
    assert!(
        error_of(&body)["message"]
            .as_str()
            .unwrap()
            .contains("is an absolute path"),
        "{body}"
    );
    let (status, body) = s.load("x.facts.toml", &toml("hostname"), Some(TOKEN)).await;
    assert_eq!(status, 400, "{body}");
    assert!(
        error_of(&body)["message"]
            .as_str()
            .unwrap()
            .contains("not in the database"),
        "{body}"
    );

    // What was loaded survives a shutdown.
    let dir = s.stop().await;
    let out = cli(&dir.path().join("db"), &["-e", "find 冷链"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("news.txt"));
}

#[tokio::test(flavor = "multi_thread")]
async fn limits_body_size_query_time_and_concurrency() {
    let s = Server::start(Config {
        token: Some(TOKEN.into()),
        max_body: 100,
        ..Config::default()
    })
    .await;
    let big = "测试".repeat(100);
    let (status, body) = s.load("big.txt", &big, Some(TOKEN)).await;
    assert_eq!(status, 413, "{body}");
    assert!(error_of(&body)["message"]
        .as_str()
        .unwrap()
        .contains("100 bytes"));
    s.stop().await;

    let s = Server::start(Config {
        query_time: Duration::ZERO,
        ..Config::default()
    })
    .await;
    let (status, body) = s.json("/api/query?q=kinds").await;
    assert_eq!(status, 503, "{body}");
    // Not started: the time was up before it reached the store.
    assert!(error_of(&body)["message"]
        .as_str()
        .unwrap()
        .contains("within the query time limit"));
    // Pages' reads are held to the same limit.
    let (status, _) = s.json("/api/entity/%E4%B9%89%E5%8E%BF").await;
    assert_eq!(status, 503);
    s.stop().await;

    let s = Server::start(Config {
        max_queries: 0,
        ..Config::default()
    })
    .await;
    let r = s
        .http
        .get(format!("{}/api/query?q=kinds", s.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 503);
    assert_eq!(r.headers()["retry-after"], "1");
    let body: Json = serde_json::from_str(&r.text().await.unwrap()).unwrap();
    assert!(error_of(&body)["message"]
        .as_str()
        .unwrap()
        .starts_with("busy"));
    s.stop().await;
}

/// The page of `show X` separates the facts that refer to X from X's own
/// under a heading, as the command line's table does; the JSON twin has
/// the same rows and no heading.
#[tokio::test(flavor = "multi_thread")]
async fn a_shown_entity_s_referring_facts_have_their_heading_on_the_page() {
    let s = Server::start(Config::default()).await;
    let q = "show 义县";
    let (status, _, page) = s.get(&format!("/query?q={}", seg(q))).await;
    assert_eq!(status, 200);
    let heading = "<tr class=\"heading\"><th colspan=\"5\" scope=\"colgroup\">facts that refer to 义县</th></tr>";
    assert_eq!(page.matches(heading).count(), 1, "{page}");
    let body = &page[page.find("<tbody>").expect("a table body")..];
    let (own, others) = body.split_at(body.find(heading).unwrap());
    let rows = |html: &str| html.matches("<tr>").count();
    let (status, json) = s.json(&format!("/api/query?q={}", seg(q))).await;
    assert_eq!(status, 200);
    let json = json.as_array().expect("rows");
    assert_eq!(rows(own) + rows(others), json.len(), "{page}");
    // The heading stands where the rows of 义县 end.
    let first_other = json
        .iter()
        .position(|r| r["subject"] != "义县")
        .expect("facts refer to 义县");
    assert_eq!(rows(own), first_other, "{page}");
    assert!(json.iter().all(|r| r.get("heading").is_none()));
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn pages_render_the_same_data() {
    let s = Server::with_token().await;
    let get = |p: &'static str| s.get_with(p, Some(TOKEN));
    let (status, ct, home) = get("/").await;
    assert_eq!(status, 200);
    assert!(ct.starts_with("text/html"));
    assert!(home.contains("county") && home.contains(DOC), "{home}");
    let (status, _, q) = get("/query?q=funding%20by%20source").await;
    assert_eq!(status, 200);
    assert!(q.contains("<svg") && q.contains("<table"), "{q}");
    assert!(q.contains("/api/query?format=csv&amp;notes=comments&amp;q=funding%20by%20source"));
    // A document in an answer links to the quote's sentence in its text
    // (query_quotes_and_documents_link_their_sentences has the rest).
    let (status, _, show) = get("/query?q=show%20%E4%B9%89%E5%8E%BF").await;
    assert_eq!(status, 200);
    assert!(show.contains(&format!("<a href=\"/doc/{DOC}#q")), "{show}");
    // A value's document (`ATTR.doc`) links to it, as `doc` does.
    let (status, _, cited) =
        get("/query?q=funding%20where%20amount%20%3E%201%E4%BA%BF%E5%85%83%20list%20name%2C%20amount.doc")
            .await;
    assert_eq!(status, 200);
    assert!(
        cited.contains(&format!("<a href=\"/doc/{DOC}\" title=")),
        "{cited}"
    );
    // A sum's note is part of the answer, on the page too.
    let (status, _, sum) = get("/query?q=sum%20amount%20of%20funding%20by%20recipient").await;
    assert_eq!(status, 200);
    assert!(sum.contains("note: sum over reported totals only"), "{sum}");
    // A long answer comes a page at a time, with links to the next.
    let pair = "/query?q=match%20%3Fa%20located_in%20%3Fb%2C%20%3Fc%20located_in%20%3Fd%2C%20%3Fe%20located_in%20%3Ff";
    let (status, _, long) = get(pair).await;
    assert_eq!(status, 200);
    let rows = |html: &str| html.matches("<tr>").count() - 1; // less the header
    assert_eq!(rows(&long), 500, "a full first page");
    assert!(long.contains("rows 1–500 of ") && long.contains("rel=\"next\""));
    let (status, _, second) = s.get_with(&format!("{pair}&page=2"), Some(TOKEN)).await;
    assert_eq!(status, 200);
    assert!(second.contains("rows 501–") && second.contains("rel=\"prev\""));
    assert!(rows(&second) >= 1);
    // A page that is no number is refused, the query kept in the box; a
    // page past the last shows the last and says so.
    let (status, _, bad) = get("/query?q=kinds&page=abc").await;
    assert_eq!(status, 400);
    assert!(!bad.contains("<table"), "{bad}");
    assert!(
        bad.contains("page &#39;abc&#39; is not a page number")
            || bad.contains("page 'abc' is not a page number"),
        "{bad}"
    );
    assert!(bad.contains("value=\"kinds\""), "{bad}");
    assert!(!bad.contains("deserialize"), "{bad}");
    let (status, _, past) = get("/query?q=kinds&page=99").await;
    assert_eq!(status, 200);
    assert!(
        past.contains("note: there is no page 99: the answer has 1 page(s); page 1 is shown"),
        "{past}"
    );
    let (status, _, unreadable) = get("/query?q=kinds&q=count%20funding").await;
    assert_eq!(status, 400, "{unreadable}");
    assert!(unreadable.contains("cannot be read"), "{unreadable}");
    let (status, _, err) = get("/query?q=funding%20where%20amout%20%3E%201").await;
    assert_eq!(status, 400);
    assert!(
        err.contains("unknown attribute") && err.contains("^^^^^"),
        "{err}"
    );
    let (status, _, e) = get("/entity/%E4%B9%89%E5%8E%BF").await;
    assert_eq!(status, 200);
    let link = format!("href=\"/doc/{DOC}#q");
    assert!(e.contains(&link), "{e}");
    // A quantity or a date is not broken across lines (5.6 / 亿元).
    assert!(e.contains("<span class=\"nb\">"), "{e}");
    let (status, _, d) = get("/doc/000_c0358a9eae1db40c.txt").await;
    assert_eq!(status, 200);
    assert!(
        d.contains("<mark id=\"q") && d.contains("class=\"fact curated"),
        "{d}"
    );
    // A link to a sentence of an earlier version is told so (the script
    // shows this notice; tests/browser.rs follows such a link).
    assert!(
        d.contains("id=\"unknown-anchor\"") && d.contains("not in this document as loaded now"),
        "{d}"
    );
    let (status, _, f) = get("/find?q=%E7%89%A9%E6%B5%81").await;
    assert_eq!(status, 200);
    assert!(f.contains("<table"));
    // Provenance one click away: the sentence in its document, the facts'
    // subjects.
    assert!(f.contains(&link), "{f}");
    assert!(
        f.contains("href=\"/entity/%E2%80%9C%E5%8F%8C%E5%87%8C"),
        "{f}"
    );
    let (status, ct, nf) = get("/no/such/page").await;
    assert_eq!(status, 404);
    assert!(ct.starts_with("text/html") && nf.contains("nothing at /no/such/page"));
    let (status, _, nf) = get("/entity/nobody-at-all").await;
    assert_eq!(status, 404);
    assert!(nf.contains("no entity named"));
    // A name guessed is a link to its page.
    let (status, _, nf) = get("/entity/%E6%98%93%E5%8E%BF").await; // 易县
    assert_eq!(status, 404);
    assert!(
        nf.contains("did you mean <a href=\"/entity/%E4%B9%89%E5%8E%BF\">义县</a>?"),
        "{nf}"
    );
    let (status, ct, css) = get("/style.css").await;
    assert_eq!(status, 200);
    assert!(ct.starts_with("text/css") && css.contains("Noto Sans CJK SC"));

    // Every value is escaped: an entity named like a script shows as text.
    let evil = "<script>alert(1)</script>";
    let src = r#"{"document":"evil.txt","content":"公司<script>alert(1)</script>在这里。"}"#;
    let fact = r#""doc":"evil.txt","quote":"<script>alert(1)</script>在这里""#;
    let dump = format!(
        "{src}\n\
         {{\"subject\":\"{evil}\",\"attribute\":\"kind\",\"value\":\"company\",{fact}}}\n\
         {{\"subject\":\"{evil}\",\"attribute\":\"located_in\",\"value\":\"{evil}\",{fact}}}\n"
    );
    let (status, body) = s.load("evil.jsonl", &dump, Some(TOKEN)).await;
    assert_eq!(status, 200, "{body}");
    for path in [
        "/entity/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "/query?q=company",
        "/doc/evil.txt",
        "/",
    ] {
        let (status, _, page) = s.get_with(path, Some(TOKEN)).await;
        assert_eq!(status, 200, "{path}");
        assert!(!page.contains(evil), "{path} carries the script unescaped");
        if path != "/" {
            assert!(
                page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
                "{path}: {page}"
            );
        }
    }
    s.stop().await;
}

/// The binary: prints the URL it listens on, answers, stops on SIGTERM
/// with exit 0.
/// Starts `seedkb serve` on a free loopback port and returns it with the
/// URL it printed once it listens.
fn spawn_serve(
    db: &std::path::Path,
    extra: &[&str],
    stderr: std::process::Stdio,
) -> (std::process::Child, String) {
    let mut child = seedkb()
        .arg("--db")
        .arg(db)
        .args(["serve", "--listen", "127.0.0.1:0"])
        .args(extra)
        .stdout(std::process::Stdio::piped())
        .stderr(stderr)
        .spawn()
        .unwrap();
    let url = common::served_url(&mut child);
    (child, url)
}

#[test]
fn the_binary_serves_until_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let (child, url) = spawn_serve(&dir.path().join("db"), &[], std::process::Stdio::piped());
    let rt = tokio::runtime::Runtime::new().unwrap();
    let body = rt.block_on(async {
        reqwest::get(format!("{url}api/kinds"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
    });
    assert!(body.contains("\"county\""), "{body}");
    common::sigterm(&child);
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("stopped"));
    // Serving a path where nothing was says it made a database there.
    assert!(
        stderr.contains("note: created a new database at")
            && stderr.contains("with the bundled seeds"),
        "{stderr}"
    );
    // Served again, the database is there: no such note.
    let (child, _) = spawn_serve(&dir.path().join("db"), &[], std::process::Stdio::piped());
    common::sigterm(&child);
    let again = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&again.stderr);
    assert!(!stderr.contains("created"), "{stderr}");
    // The lock is released: the command line opens the database.
    let out = cli(&dir.path().join("db"), &["--lock-wait", "0", "-e", "kinds"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
}

/// A killed server loses no committed load, and a load in flight when it
/// dies is wholly there or wholly absent (the crash harness's rule).
#[test]
fn a_killed_server_keeps_what_it_committed() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let data = dir.path().join("big.jsonl");
    let gen = seedkb()
        .args(["generate", "--facts", "20000", "--seed", "3", "-o"])
        .arg(&data)
        .output()
        .unwrap();
    assert!(gen.status.success());
    // "generated N facts about E entities in D documents ..."
    let summary = String::from_utf8_lossy(&gen.stderr).to_string();
    let words: Vec<&str> = summary.split_whitespace().collect();
    let docs: usize = words[words.iter().position(|w| *w == "documents").unwrap() - 1]
        .parse()
        .unwrap();

    let (mut child, url) = spawn_serve(&db, &["--token", TOKEN], std::process::Stdio::null());
    let rt = tokio::runtime::Runtime::new().unwrap();
    let http = reqwest::Client::new();
    let post = |name: &str, body: Vec<u8>| {
        http.post(format!("{url}api/load?name={name}"))
            .header("Authorization", format!("Bearer {TOKEN}"))
            .body(body)
            .send()
    };
    // A dump rather than a .txt: `seedkb check` currently misreports the
    // dictionary entry of an extracted document (a store issue, not the
    // server's).
    let news = format!(
        "{}\n{}\n",
        serde_json::json!({"document": "news.txt", "content": ARTICLE}),
        serde_json::json!({"subject": "测试县", "attribute": "kind", "value": "county",
                           "doc": "news.txt", "quote": "测试县投资3.5亿元建设冷链物流园"})
    );
    let status = rt.block_on(async {
        post("news.jsonl", news.into_bytes())
            .await
            .unwrap()
            .status()
    });
    assert_eq!(status.as_u16(), 200);
    // The big load is on its way (or done) when the server is killed.
    let big = std::fs::read(&data).unwrap();
    let in_flight = rt.spawn(post("big.jsonl", big));
    rt.block_on(async {
        for _ in 0..5 {
            tokio::task::yield_now().await;
        }
    });
    child.kill().unwrap();
    child.wait().unwrap();
    let _ = rt.block_on(in_flight);

    let run = |args: &[&str]| {
        let out = cli(&db, args);
        (out.code, out.stdout)
    };
    let (code, report) = run(&["check"]);
    assert_eq!(code, 0, "{report}");
    let (code, found) = run(&["-e", "find 冷链"]);
    assert_eq!(code, 0);
    assert!(
        found.contains("news.txt"),
        "the committed load is gone: {found}"
    );
    let (_, dump) = run(&["dump"]);
    let generated = dump
        .lines()
        .filter(|l| l.starts_with("{\"document\"") && !l.contains("news.txt") && !l.contains(DOC))
        .count();
    assert!(
        generated == 0 || generated == docs,
        "{generated} of the {docs} documents of one load"
    );
}

/// The seed article's text.
const SEED_TEXT: &str = include_str!("../seeds/000_c0358a9eae1db40c.txt");

/// Every quote shown is the article's own bytes: a sentence the page broke
/// (「年收入45万」, blank line, 「元左右」) keeps its break, in the JSON and
/// on the page; the folded form is for matching only.
#[tokio::test(flavor = "multi_thread")]
async fn quotes_are_the_documents_exact_words() {
    let s = Server::start(Config::default()).await;
    let (status, d) = s.json(&format!("/api/doc/{DOC}")).await;
    assert_eq!(status, 200);
    assert_eq!(d["text"], SEED_TEXT);
    let mut quotes: Vec<String> = Vec::new();
    for sentence in d["sentences"].as_array().unwrap() {
        for f in sentence["facts"].as_array().unwrap() {
            quotes.extend(f["quote"].as_str().map(str::to_string));
        }
    }
    let station = "%E4%BE%AF%E5%AE%B6%E5%B2%AD%E6%9D%91%E6%9D%91%E7%BA%A7%E5%85%89%E4%BC%8F%E7%94%B5%E7%AB%99"; // 侯家岭村村级光伏电站
    let (status, e) = s.json(&format!("/api/entity/{station}")).await;
    assert_eq!(status, 200, "{e}");
    let station_quotes: Vec<String> = e["facts"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["quote"].as_str().map(str::to_string))
        .collect();
    quotes.extend(station_quotes.iter().cloned());
    assert!(quotes.len() > 50, "{}", quotes.len());
    for q in &quotes {
        assert!(
            SEED_TEXT.contains(q.as_str()),
            "not the article's bytes: {q:?}"
        );
    }
    let broken = station_quotes
        .iter()
        .find(|q| q.contains("45万\n"))
        .expect("the sentence the page broke, with its break");
    // `find` shows the sentence as the article has it too.
    let (status, found) = s.json("/api/find?q=45%E4%B8%87%E5%85%83").await; // 45万元
    assert_eq!(status, 200);
    let text = found[0]["text"].as_str().unwrap();
    assert!(
        SEED_TEXT.contains(text) && text.contains("45万\n"),
        "{text:?}"
    );
    // The page shows the same bytes (maud escapes only markup).
    let (status, _, page) = s.get(&format!("/entity/{station}")).await;
    assert_eq!(status, 200);
    assert!(page.contains(broken.as_str()), "{page}");
    s.stop().await;
}

/// A link to a sentence names its words, not its number: it still leads
/// there after the document is loaded again, after another document is
/// loaded, and after a sentence is added before it. Links by number
/// (`#sN`) still lead to their sentence.
#[tokio::test(flavor = "multi_thread")]
async fn sentence_links_last_across_loads() {
    let s = Server::with_token().await;
    let get = |path: String| {
        let s = &s;
        async move {
            let (status, _, body) = s.get_with(&path, Some(TOKEN)).await;
            assert_eq!(status, 200, "{path}: {body}");
            serde_json::from_str::<Json>(&body).unwrap_or(Json::String(body))
        }
    };
    // The URL of the fact 3.5亿元 of news.txt, and the anchors on its page.
    let fact_url = |d: &Json| -> String {
        d["sentences"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|x| x["facts"].as_array().unwrap())
            .find(|f| f["text"] == "3.5亿元")
            .and_then(|f| f["url"].as_str())
            .unwrap_or_else(|| panic!("no fact 3.5亿元: {d}"))
            .to_string()
    };
    let (status, body) = s.load("news.txt", ARTICLE, Some(TOKEN)).await;
    assert_eq!(status, 200, "{body}");
    let first = fact_url(&get("/api/doc/news.txt".into()).await);
    let anchor = first.rsplit_once('#').unwrap().1.to_string();
    assert!(anchor.starts_with('q'), "{first}");
    let page = get("/doc/news.txt".into()).await;
    let page = page.as_str().unwrap();
    assert!(page.contains(&format!("id=\"{anchor}\"")), "{page}");
    // The page still has the numbers the links had before.
    assert!(page.contains("id=\"s1\""), "{page}");

    for (name, text) in [
        ("news.txt", ARTICLE.to_string()),
        (
            "other.txt",
            "别的县新闻\n\n别的县投资1亿元建设公园。\n".to_string(),
        ),
        (
            "news.txt",
            format!(
                "测试县新闻\n\n新的一句话在前面。{}",
                &ARTICLE["测试县新闻\n\n".len()..]
            ),
        ),
    ] {
        let (status, body) = s.load(name, &text, Some(TOKEN)).await;
        assert_eq!(status, 200, "{name}: {body}");
        let now = fact_url(&get("/api/doc/news.txt".into()).await);
        assert_eq!(now, first, "after loading {name}");
        let page = get("/doc/news.txt".into()).await;
        assert!(page.as_str().unwrap().contains(&format!("id=\"{anchor}\"")));
    }
    s.stop().await;
}

/// Query answers give each name and document its URL beside it (`COL_url`),
/// the names left as they were.
#[tokio::test(flavor = "multi_thread")]
async fn query_answers_link_names_and_documents() {
    let s = Server::start(Config::default()).await;
    let (status, rows) = s.json("/api/query?q=show%20%E4%B9%89%E5%8E%BF").await; // show 义县
    assert_eq!(status, 200);
    let rows = rows.as_array().unwrap();
    assert!(rows
        .iter()
        .filter(|r| r["subject"] == "义县")
        .all(|r| r["subject_url"] == "/api/entity/%E4%B9%89%E5%8E%BF"));
    let quoted = rows
        .iter()
        .find(|r| r["attribute"] == "registered_poor_lifted_out_of_poverty")
        .unwrap();
    assert_eq!(quoted["doc"], DOC);
    assert_eq!(quoted["doc_url"], format!("/doc/{DOC}"));
    // A value's document asked for with `ATTR.doc`: its URL too.
    let (status, rows) = s
        .json("/api/query?q=funding%20where%20amount%20%3E%201%E4%BA%BF%E5%85%83%20list%20name%2C%20amount.doc")
        .await;
    assert_eq!(status, 200);
    let rows = rows.as_array().unwrap();
    assert!(!rows.is_empty());
    assert!(
        rows.iter()
            .all(|r| r["amount.doc"] == DOC && r["amount.doc_url"] == format!("/doc/{DOC}")),
        "{rows:?}"
    );
    // `find`: the document and the sentence's place in it.
    let (status, found) = s.json("/api/find?q=%E7%89%A9%E6%B5%81").await; // 物流
    assert_eq!(status, 200);
    let hit = &found[0];
    assert_eq!(hit["doc_url"], format!("/doc/{DOC}"), "{hit}");
    let at = hit["sentence_url"].as_str().unwrap();
    let anchor = at.rsplit_once('#').unwrap().1;
    let (_, _, page) = s.get(&format!("/doc/{DOC}")).await;
    assert!(page.contains(&format!("id=\"{anchor}\"")), "{at}");
    // JSON lines too.
    let (status, _, lines) = s
        .get("/api/query?format=jsonl&q=funding%20by%20recipient")
        .await;
    assert_eq!(status, 200);
    let first: Json = serde_json::from_str(lines.lines().next().unwrap()).unwrap();
    assert!(
        first["recipient_url"]
            .as_str()
            .is_some_and(|u| u.starts_with("/api/entity/")),
        "{first}"
    );
    s.stop().await;
}

/// A fact the article does not state (background knowledge) is not
/// linked to the article as its source, on the page or in the JSON.
#[tokio::test(flavor = "multi_thread")]
async fn background_facts_do_not_cite_the_article() {
    let s = Server::start(Config::default()).await;
    let (status, e) = s.json("/api/entity/%E4%B9%89%E5%8E%BF").await;
    assert_eq!(status, 200);
    let facts = e["facts"].as_array().unwrap();
    let located = facts
        .iter()
        .find(|f| f["attribute"] == "located_in")
        .unwrap();
    assert!(located["background"].is_string(), "{located}");
    assert!(
        located["doc_url"].is_null() && located["url"].is_null(),
        "{located}"
    );
    let quoted = facts.iter().find(|f| f["quote"].is_string()).unwrap();
    assert_eq!(quoted["doc_url"], format!("/doc/{DOC}"));

    let (status, _, page) = s.get("/entity/%E4%B9%89%E5%8E%BF").await;
    assert_eq!(status, 200);
    let row = page
        .split("<tr")
        .find(|r| r.contains(">located_in<"))
        .expect("a located_in row");
    assert!(!row.contains("href=\"/doc/"), "{row}");
    assert!(row.contains("background"), "{row}");
    s.stop().await;
}

/// The server's JSON gives background knowledge and inferred keys the
/// fields the command line gives them: a quote null with its `background`,
/// a grouping's `source_inferred`.
#[tokio::test(flavor = "multi_thread")]
async fn background_and_inferred_keys_have_fields_as_on_the_command_line() {
    let s = Server::start(Config::default()).await;
    let other = tempfile::tempdir().unwrap();
    for q in ["show 义县", "funding by source"] {
        let (status, served) = s.json(&format!("/api/query?q={}", seg(q))).await;
        assert_eq!(status, 200, "{served}");
        let out = cli(&other.path().join("db"), &["--format", "json", "-e", q]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        let printed: Json = serde_json::from_str(&out.stdout).unwrap();
        // The same rows but for the server's URLs.
        let mut served = served;
        for row in served.as_array_mut().unwrap() {
            row.as_object_mut()
                .unwrap()
                .retain(|k, _| !k.ends_with("_url"));
        }
        assert_eq!(served, printed, "{q}");
    }
    let (_, shown) = s.json(&format!("/api/query?q={}", seg("show 义县"))).await;
    let alias = shown
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["value"] == "Yi County")
        .expect("the English name");
    assert!(alias["quote"].is_null(), "{alias}");
    assert_eq!(alias["background"], "English name (a translation)");
    let (_, groups) = s
        .json(&format!("/api/query?q={}", seg("funding by source")))
        .await;
    let bank = groups
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["source"] == "锦州银行")
        .expect("the bank");
    assert_eq!(bank["source_inferred"], 1, "{bank}");
    s.stop().await;
}

/// White space taken out, as the server compares a quote with a sentence.
fn folded(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Is `quote` within `sentence`, or does it begin there and run on?
fn in_or_begins_in(sentence: &str, quote: &str) -> bool {
    let (f, q) = (folded(sentence), folded(quote));
    f.contains(&q) || (0..f.len()).any(|i| f.is_char_boundary(i) && q.starts_with(&f[i..]))
}

/// Every quote and document a query answers with leads to the quote's
/// sentence, on the page and in the JSON (`COL_url` of the quote): a
/// curator's quote, part of its sentence, too; a quote within no one
/// sentence leads to the document and says why.
#[tokio::test(flavor = "multi_thread")]
async fn query_quotes_and_documents_link_their_sentences() {
    let s = Server::with_token().await;
    let get = |p: String| {
        let s = &s;
        async move {
            let (status, _, body) = s.get_with(&p, Some(TOKEN)).await;
            assert_eq!(status, 200, "{p}: {body}");
            body
        }
    };
    // The sentences of the seed's document, by anchor.
    let d: Json = serde_json::from_str(&get(format!("/api/doc/{DOC}")).await).unwrap();
    let text = d["text"].as_str().unwrap();
    let (_, _, page) = s.get_with(&format!("/doc/{DOC}"), Some(TOKEN)).await;
    let sentence_of = |url: &str| -> String {
        let (doc, anchor) = url.rsplit_once('#').unwrap_or_else(|| panic!("{url}"));
        assert_eq!(doc, format!("/doc/{DOC}"));
        assert!(
            page.contains(&format!("id=\"{anchor}\"")),
            "{anchor} not on the page"
        );
        // The JSON lists the sentences with facts; a cited one has some.
        let s = d["sentences"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["anchor"] == anchor)
            .unwrap_or_else(|| panic!("no sentence {anchor}"));
        text[s["start"].as_u64().unwrap() as usize..s["end"].as_u64().unwrap() as usize].to_string()
    };

    // show: each quote's URL is its sentence, which contains it.
    let entity: Json =
        serde_json::from_str(&get("/api/entity/%E4%B9%89%E5%8E%BF".into()).await).unwrap();
    let facts = entity["facts"].as_array().unwrap();
    let shown: Json =
        serde_json::from_str(&get(format!("/api/query?q={}", seg("show 义县"))).await).unwrap();
    let mut part_of_one = 0;
    let mut quoted = 0;
    for r in shown.as_array().unwrap() {
        let Some(q) = r["quote"].as_str().filter(|q| !q.is_empty()) else {
            assert!(r.get("quote_url").is_none(), "{r}");
            continue;
        };
        quoted += 1;
        let url = r["quote_url"].as_str().unwrap_or_else(|| panic!("{r}"));
        let sentence = sentence_of(url);
        // A curator's quote may run on past its sentence's end: it then
        // begins in it.
        let (f, s) = (folded(&sentence), folded(q));
        assert!(in_or_begins_in(&sentence, q), "{q:?} not in {sentence:?}");
        if f.contains(&s) && f != s {
            part_of_one += 1;
        }
        // The sentence the entity page links the same fact to.
        if let Some(same) = facts.iter().find(|f| {
            f["quote"] == q
                && f["attribute"]
                    == r["attribute"]
                        .as_str()
                        .unwrap()
                        .trim_end_matches(" (extracted)")
        }) {
            assert_eq!(same["url"], url, "{r}");
        }
        // The document column stays the document's own URL.
        assert_eq!(r["doc_url"], format!("/doc/{DOC}"), "{r}");
    }
    assert!(quoted > 5, "{shown}");
    assert!(
        part_of_one > 0,
        "no curated quote shorter than its sentence"
    );
    // On the page both the quote and the document link the sentence.
    let html = get(format!("/query?q={}", seg("show 义县"))).await;
    let first = shown
        .as_array()
        .unwrap()
        .iter()
        .find_map(|r| r["quote_url"].as_str())
        .unwrap();
    assert!(
        html.contains(&format!("<a class=\"quote\" href=\"{first}\""))
            && html.contains(&format!("<a href=\"{first}\">{DOC}</a>")),
        "{html}"
    );
    assert!(
        !html.contains(&format!("<a href=\"/doc/{DOC}\">")),
        "{html}"
    );

    // A list's ATTR.quote and ATTR.doc: the same.
    let q = "funding where amount > 1亿元 list name, amount.quote, amount.doc";
    let rows: Json = serde_json::from_str(&get(format!("/api/query?q={}", seg(q))).await).unwrap();
    let rows = rows.as_array().unwrap();
    assert!(!rows.is_empty());
    for r in rows {
        let url = r["amount.quote_url"]
            .as_str()
            .unwrap_or_else(|| panic!("{r}"));
        let sentence = sentence_of(url);
        let quote = r["amount.quote"].as_str().unwrap();
        assert!(in_or_begins_in(&sentence, quote), "{r}");
        assert_eq!(r["amount.doc_url"], format!("/doc/{DOC}"), "{r}");
    }
    let html = get(format!("/query?q={}", seg(q))).await;
    let url = rows[0]["amount.quote_url"].as_str().unwrap();
    assert!(
        html.contains(&format!("<a href=\"{url}\">{DOC}</a>")),
        "{html}"
    );
    // A document with no quote beside it: the document, and why.
    let html = get(format!(
        "/query?q={}",
        seg("funding where amount > 1亿元 list name, amount.doc")
    ))
    .await;
    assert!(
        html.contains(&format!(
            "<a href=\"/doc/{DOC}\" title=\"the answer has no quote"
        )),
        "{html}"
    );

    // A quote across two sentences: the one it begins in, and why.
    let dump = "{\"document\":\"two.txt\",\"content\":\"甲公司在这里。乙公司也在。\"}\n\
        {\"subject\":\"甲公司\",\"attribute\":\"kind\",\"value\":\"company\",\"doc\":\"two.txt\",\"quote\":\"在这里。乙公司\"}\n\
        {\"subject\":\"甲公司\",\"attribute\":\"partner\",\"value\":\"乙公司\",\"doc\":\"two.txt\",\"quote\":\"在这里。乙公司\"}\n\
        {\"subject\":\"乙公司\",\"attribute\":\"kind\",\"value\":\"company\",\"doc\":\"two.txt\",\"quote\":\"乙公司也在\"}\n";
    let (status, body) = s.load("two.jsonl", dump, Some(TOKEN)).await;
    assert_eq!(status, 200, "{body}");
    let rows: Json =
        serde_json::from_str(&get(format!("/api/query?q={}", seg("show 甲公司"))).await).unwrap();
    let across = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["attribute"] == "partner")
        .unwrap_or_else(|| panic!("{rows}"));
    let url = across["quote_url"].as_str().unwrap();
    let (_, _, two) = s.get_with("/doc/two.txt", Some(TOKEN)).await;
    let anchor = url
        .strip_prefix("/doc/two.txt#")
        .unwrap_or_else(|| panic!("{across}"));
    let sentence = two
        .split(&format!("id=\"{anchor}\""))
        .nth(1)
        .unwrap_or_else(|| panic!("{anchor}: {two}"));
    assert!(
        sentence
            .split('<')
            .next()
            .unwrap()
            .contains("甲公司在这里。"),
        "{sentence}"
    );
    let html = get(format!("/query?q={}", seg("show 甲公司"))).await;
    assert!(
        html.contains(&format!("<a class=\"quote\" href=\"{url}\" title=\"in two.txt: the quote begins in this sentence")),
        "{html}"
    );
    // ... while the other company's quote, part of one, finds it.
    let rows: Json =
        serde_json::from_str(&get(format!("/api/query?q={}", seg("show 乙公司"))).await).unwrap();
    assert!(
        rows.as_array().unwrap().iter().any(|r| r["quote_url"]
            .as_str()
            .is_some_and(|u| u.starts_with("/doc/two.txt#q"))),
        "{rows}"
    );
    s.stop().await;
}

/// An error's guess at what was meant is its `suggestion` and never its
/// `help`, whatever the kind of error, over HTTP and in the command
/// line's JSON alike.
#[tokio::test(flavor = "multi_thread")]
async fn error_help_and_suggestion_follow_one_rule() {
    let s = Server::start(Config::default()).await;
    let other = tempfile::tempdir().unwrap();
    for (q, guess) in [
        ("funding where amout > 1", "did you mean amount?"),
        ("funding wher amount > 1", "did you mean 'where'?"),
        ("fundings2 by source", "did you mean funding?"),
        ("funding where recipient = 易县", "did you mean 义县?"),
        ("funding list amount.sentence", "did you mean amount.quote?"),
    ] {
        let (status, body) = s.json(&format!("/api/query?q={}", seg(q))).await;
        assert_eq!(status, 400, "{q}: {body}");
        let e = error_of(&body);
        assert_eq!(e["suggestion"], guess, "{q}: {e}");
        assert!(
            e["help"]
                .as_str()
                .is_none_or(|h| !h.contains("did you mean") && !h.is_empty()),
            "{q}: {e}"
        );
        // The command line's JSON: the same two fields.
        let out = cli(
            &other.path().join("db"),
            &["--format", "json", "--envelope", "always", "-e", q],
        );
        assert_eq!(out.code, 1, "{q}: {}", out.stderr);
        let printed: Json = serde_json::from_str(&out.stdout).unwrap_or_else(|e| {
            panic!("{q}: {e}: {}", out.stdout);
        });
        let err = &printed[0]["error"];
        assert_eq!(err["suggestion"], e["suggestion"], "{q}: {printed}");
        assert_eq!(
            err.get("help").unwrap_or(&Json::Null),
            &e["help"],
            "{q}: {printed}"
        );
    }
    s.stop().await;
}

/// A group with no key, and a sum of nothing, show the command line's
/// word on the page; the chart's label says what it means.
#[tokio::test(flavor = "multi_thread")]
async fn a_group_with_no_key_reads_as_on_the_command_line() {
    let s = Server::start(Config::default()).await;
    let q = "funding by source";
    let other = tempfile::tempdir().unwrap();
    let out = cli(&other.path().join("db"), &["-e", q]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    // The row of the one member whose source no document names.
    let member = "锦州市商标专用权质押融资";
    let line = out.stdout.lines().find(|l| l.contains(member)).unwrap();
    let word = line.split_whitespace().next().unwrap();
    let (status, _, page) = s.get(&format!("/query?q={}", seg(q))).await;
    assert_eq!(status, 200);
    let row = page
        .split("<tr>")
        .find(|r| r.contains(member))
        .unwrap_or_else(|| panic!("{page}"));
    let first = row.split("</td>").next().unwrap();
    assert!(first.ends_with(&format!(">{word}</span>")), "{first}");
    // A sum of nothing (only per-household values): the same word.
    let (status, _, sums) = s
        .get(&format!(
            "/query?q={}",
            seg("sum amount of funding by source")
        ))
        .await;
    assert_eq!(status, 200);
    let table = sums
        .split("<table")
        .nth(1)
        .unwrap_or_else(|| panic!("{sums}"));
    let row = table
        .split("<tr>")
        .find(|r| r.contains("侯家岭村村级光伏电站"))
        .unwrap_or_else(|| panic!("{sums}"));
    assert!(row.contains(&format!(">{word}</span>")), "{row}");
    // The chart names the group for what it is.
    let chart = page
        .split("<svg")
        .nth(1)
        .unwrap_or_else(|| panic!("{page}"));
    assert!(chart.contains(&format!(">{word} (no value)")), "{chart}");
    s.stop().await;
}

/// Two reports of one project that disagree on its investment (March:
/// 12亿元, October: 13.5亿元), the October one naming its first phase too.
const MARCH: (&str, &str) = (
    "bs_mar.txt",
    "白石县风电产业园开工建设\n\n本报白石3月12日讯（记者 王强）2026年3月10日，白石县风电产业园项目正式开工。\
     该项目总投资12亿元，规划面积1800亩，建成后装机容量达到200兆瓦。\n",
);
const OCTOBER: (&str, &str) = (
    "bs_oct.txt",
    "白石县风电产业园项目一期建成\n\n本报白石10月20日讯（记者 王强）2026年10月18日，白石县风电产业园项目一期工程建成投产。\
     据介绍，白石县风电产业园项目总投资增至13.5亿元，一期工程装机容量100兆瓦。\n",
);
const PROJECT: &str = "白石县风电产业园项目";

/// A server (with a token) holding the seed and the two reports.
async fn two_reports() -> Server {
    let s = Server::with_token().await;
    for (name, text) in [MARCH, OCTOBER] {
        let (status, body) = s.load(name, text, Some(TOKEN)).await;
        assert_eq!(status, 200, "{body}");
    }
    s
}

impl Server {
    /// GET with the token: status and body.
    async fn authed(&self, path: &str) -> (u16, String) {
        let (status, _, body) = self.get_with(path, Some(TOKEN)).await;
        (status, body)
    }

    async fn authed_json(&self, path: &str) -> Json {
        let (status, body) = self.authed(path).await;
        assert_eq!(status, 200, "{path}: {body}");
        serde_json::from_str(&body).unwrap_or_else(|e| panic!("{path}: {e}: {body}"))
    }
}

/// A name typed in letters finds on the web the entity `show` finds on
/// the command line: `/entity/baishi` is 白石县 by its sound, not the
/// document `baishi.txt` whose name it begins (a shared URL and a shared
/// command name one entity).
#[tokio::test(flavor = "multi_thread")]
async fn a_romanised_name_finds_on_the_web_what_show_finds() {
    let s = Server::with_token().await;
    let (status, body) = s.load("baishi.txt", MARCH.1, Some(TOKEN)).await;
    assert_eq!(status, 200, "{body}");
    // The query says whom it shows, as the command line says on standard
    // error; so does a prefix (白石县风电 for the project), on the page too.
    let shown = s
        .authed_json("/api/query?q=show%20baishi&shape=envelope")
        .await;
    assert_eq!(shown["rows"][0]["subject"], "白石县", "{shown}");
    assert_eq!(
        shown["notes"][0], "no entity named baishi; showing 白石县, whose name sounds like it",
        "{shown}"
    );
    let (status, page) = s
        .authed(&format!("/query?q={}", seg("show 白石县风电")))
        .await;
    assert_eq!(status, 200, "{page}");
    assert!(
        page.contains("no entity named 白石县风电; showing"),
        "{page}"
    );
    let plain = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let county = seg("白石县");
    for (path, to) in [
        ("/entity/baishi", format!("/entity/{county}")),
        ("/api/entity/baishi", format!("/api/entity/{county}")),
        ("/entity/Baishi%20County", format!("/entity/{county}")),
    ] {
        let r = plain
            .get(format!("{}{path}", s.base))
            .header("Authorization", format!("Bearer {TOKEN}"))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 308, "{path}");
        assert_eq!(r.headers()["location"], to.as_str(), "{path}");
    }
    // The document is still its own page, by its whole name.
    let (status, _) = s.authed("/entity/baishi.txt").await;
    assert_eq!(status, 200);
}

/// The seed's date comes from its fact file's `[document]` header, which
/// no words of the article state: in /api/docs and /api/doc its quote is
/// null and its reason is `background` (it was the table's
/// `[background: …]` mark as a quote).
#[tokio::test(flavor = "multi_thread")]
async fn a_citation_known_from_a_header_has_no_quote_in_json() {
    let s = Server::start(Config::default()).await;
    let (status, docs) = s.json("/api/docs").await;
    assert_eq!(status, 200, "{docs}");
    let seed = docs["documents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["name"] == DOC)
        .unwrap_or_else(|| panic!("{docs}"))
        .clone();
    let (_, doc) = s.json(&format!("/api/doc/{DOC}")).await;
    for published in [&seed["published"], &doc["published"]] {
        assert_eq!(published["value"]["date"], "2020", "{published}");
        assert!(published["quote"].is_null(), "{published}");
        assert!(
            published["background"]
                .as_str()
                .is_some_and(|b| b.contains("[document] header")),
            "{published}"
        );
    }
    let (_, _, page) = s.get(&format!("/doc/{DOC}")).await;
    assert!(page.contains("[background: "), "{page}");
    assert!(!page.contains("“[background"), "{page}");
}

/// A dot-command sent as a query is refused as the shell's, with what the
/// web answers it with (it was "unknown kind '.sources'" with the kinds).
#[tokio::test(flavor = "multi_thread")]
async fn a_dot_command_as_a_query_says_what_to_ask_instead() {
    let s = Server::start(Config::default()).await;
    let (status, body) = s.json("/api/query?q=.sources").await;
    assert_eq!(status, 400, "{body}");
    let e = error_of(&body);
    assert_eq!(
        e["message"], ".sources is a dot-command of the command line's shell, not a query",
        "{body}"
    );
    assert!(
        e["help"].as_str().is_some_and(|h| h.contains("/api/docs")),
        "{body}"
    );
    let (status, _, page) = s.get(&format!("/query?q={}", seg(".kinds"))).await;
    assert_eq!(status, 400, "{page}");
    assert!(page.contains("the query `kinds`"), "{page}");
}

/// A document is cited on the web as `show DOC` cites it: its page, its
/// JSON, the documents' list and its entity carry the same title, date
/// and citation line; an entity's facts give their document's date.
#[tokio::test(flavor = "multi_thread")]
async fn a_document_is_cited_on_the_web_as_show_cites_it() {
    let s = two_reports().await;
    for (name, _) in [MARCH, OCTOBER] {
        let shown = s
            .authed_json(&format!("/api/query?q={}", seg(&format!("show {name}"))))
            .await;
        let row = |attr: &str| {
            shown
                .as_array()
                .unwrap()
                .iter()
                .find(|r| {
                    r["attribute"]
                        .as_str()
                        .map(|a| a.trim_end_matches(" (extracted)"))
                        == Some(attr)
                })
                .unwrap_or_else(|| panic!("no {attr} in {shown}"))
                .clone()
        };
        let citation = row("citation")["value"].as_str().unwrap().to_string();
        let (title, published) = (row("title"), row("published"));
        assert!(
            citation.contains(published["value"]["date"].as_str().unwrap()),
            "{citation}"
        );
        let doc = s.authed_json(&format!("/api/doc/{name}")).await;
        assert_eq!(doc["citation"], citation.as_str(), "{doc}");
        assert_eq!(doc["title"]["value"], title["value"], "{doc}");
        assert_eq!(doc["published"]["value"], published["value"], "{doc}");
        assert_eq!(doc["published"]["quote"], published["quote"], "{doc}");
        assert_eq!(doc["published"]["extracted"], true, "{doc}");
        let docs = s.authed_json("/api/docs").await;
        let listed = docs["documents"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["name"] == name)
            .unwrap_or_else(|| panic!("{docs}"))
            .clone();
        assert_eq!(listed["citation"], citation.as_str(), "{listed}");
        assert_eq!(listed["published"], doc["published"], "{listed}");
        let entity = s.authed_json(&format!("/api/entity/{name}")).await;
        assert_eq!(entity["cite"]["citation"], citation.as_str(), "{entity}");
        assert_eq!(entity["doc_url"], format!("/doc/{name}"), "{entity}");
        let cited = format!("cite as: <span class=\"citation\">{citation}</span>");
        for page in [format!("/doc/{name}"), format!("/entity/{name}")] {
            let (status, html) = s.authed(&page).await;
            assert_eq!(status, 200, "{page}");
            assert!(html.contains(&cited), "{page}: {html}");
        }
        let (_, home) = s.authed("/").await;
        let title = title["value"].as_str().unwrap();
        assert!(home.contains(&format!("<td>{title}</td>")), "{home}");
    }
    // An entity's facts: each beside its document's date.
    let entity = s
        .authed_json(&format!("/api/entity/{}", seg(PROJECT)))
        .await;
    let (_, page) = s.authed(&format!("/entity/{}", seg(PROJECT))).await;
    let mut dated = 0;
    for f in entity["facts"].as_array().unwrap() {
        let doc = s
            .authed_json(&format!("/api/doc/{}", f["doc"].as_str().unwrap()))
            .await;
        assert_eq!(f["doc_published"], doc["published"]["value"], "{f}");
        let shown = format!(
            "{}</a> <span class=\"published\" title=\"when the document was published\">({})</span>",
            f["doc"].as_str().unwrap(),
            doc["published"]["text"].as_str().unwrap()
        );
        assert!(page.contains(&shown), "{shown} not in {page}");
        dated += 1;
    }
    assert!(dated >= 3, "{entity}");
    s.stop().await;
}

/// On the query page a figure links to the sentence it was read from, the
/// names in a note and its `show NAME` advice link to their pages, an
/// ambiguous name's choices and a mistyped word's guesses are links.
#[tokio::test(flavor = "multi_thread")]
async fn figures_notes_and_guesses_are_links_on_the_pages() {
    let s = two_reports().await;
    let entity = s
        .authed_json(&format!("/api/entity/{}", seg(PROJECT)))
        .await;
    let sentences: Vec<(String, String)> = entity["facts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["attribute"] == "total_investment")
        .map(|f| {
            (
                f["text"].as_str().unwrap().to_string(),
                f["url"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(sentences.len(), 2, "{entity}");
    let q = format!("projects where name = {PROJECT} list name, total_investment");
    let (status, page) = s.authed(&format!("/query?q={}", seg(&q))).await;
    assert_eq!(status, 200, "{page}");
    for (value, url) in &sentences {
        assert!(
            page.contains(&format!("<a class=\"figure\" href=\"{url}\""))
                && page.contains(&format!("{value}</span></a>")),
            "{value} not linked to {url}: {page}"
        );
    }
    // The note of a sum over the disagreeing documents.
    let q = "sum total_investment of projects";
    let env = s
        .authed_json(&format!("/api/query?shape=envelope&q={}", seg(q)))
        .await;
    let note = env["notes"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Json::as_str)
        .find(|n| n.starts_with("documents disagree"))
        .unwrap_or_else(|| panic!("{env}"))
        .to_string();
    let (_, page) = s.authed(&format!("/query?q={}", seg(q))).await;
    let shown = page
        .split("<p class=\"note\">")
        .nth(1)
        .and_then(|p| p.split("</p>").next())
        .unwrap_or_else(|| panic!("{page}"));
    let project_link = format!("<a href=\"/entity/{}\">", seg(PROJECT));
    assert!(
        shown.contains(&format!("{project_link}{PROJECT}</a>")),
        "{shown}"
    );
    for (name, _) in [MARCH, OCTOBER] {
        assert!(note.contains(name), "{note}");
        assert!(
            shown.contains(&format!("<a href=\"/doc/{name}\">{name}</a>")),
            "{shown}"
        );
    }
    // The command line's advice in the note, where it gives one.
    for advice in note.split('`').skip(1).step_by(2) {
        let name = advice
            .strip_prefix("show ")
            .unwrap_or_else(|| panic!("{advice}"));
        assert!(
            shown.contains(&format!(
                "<a href=\"/entity/{}\"><code>{advice}</code></a>",
                seg(name)
            )),
            "{shown}"
        );
    }
    // An ambiguous name: each entity it could be, a link.
    let (status, err) = s
        .authed("/api/entity/%E7%99%BD%E7%9F%B3%E5%8E%BF%E9%A3%8E%E7%94%B5")
        .await; // 白石县风电
    assert_eq!(status, 404, "{err}");
    let err: Json = serde_json::from_str(&err).unwrap();
    let help = error_of(&err)["help"].as_str().unwrap().to_string();
    let choices: Vec<&str> = help.strip_prefix("one of ").unwrap().split(", ").collect();
    assert!(choices.len() >= 2 && choices.contains(&PROJECT), "{help}");
    let (status, page) = s
        .authed("/entity/%E7%99%BD%E7%9F%B3%E5%8E%BF%E9%A3%8E%E7%94%B5")
        .await;
    assert_eq!(status, 404);
    for c in choices {
        assert!(
            page.contains(&format!("<a href=\"/entity/{}\">{c}</a>", seg(c))),
            "{page}"
        );
    }
    // A mistyped attribute: the guess runs the query with it in place.
    let typo = "projects where total_investmnt > 1亿元";
    let (status, err) = s.authed(&format!("/api/query?q={}", seg(typo))).await;
    assert_eq!(status, 400);
    let err: Json = serde_json::from_str(&err).unwrap();
    assert_eq!(
        error_of(&err)["suggestion"],
        "did you mean total_investment?"
    );
    let (status, page) = s.authed(&format!("/query?q={}", seg(typo))).await;
    assert_eq!(status, 400);
    let fixed = typo.replace("investmnt", "investment");
    assert!(
        page.contains(&format!("<a href=\"/query?q={}\"", seg(&fixed))),
        "{page}"
    );
    let (status, _) = s.authed(&format!("/query?q={}", seg(&fixed))).await;
    assert_eq!(status, 200);
    s.stop().await;
}

/// The query page's CSV download keeps the answer's notes: first in the
/// file, each a `# note:` line, then the CSV the API gives without them.
#[tokio::test(flavor = "multi_thread")]
async fn the_page_s_csv_download_carries_the_notes() {
    let s = two_reports().await;
    let q = "sum total_investment of projects";
    let env = s
        .authed_json(&format!("/api/query?shape=envelope&q={}", seg(q)))
        .await;
    let notes: Vec<&str> = env["notes"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Json::as_str)
        .collect();
    assert!(!notes.is_empty(), "{env}");
    let (_, page) = s.authed(&format!("/query?q={}", seg(q))).await;
    let href = format!("/api/query?format=csv&amp;notes=comments&amp;q={}", seg(q));
    assert!(
        page.contains(&format!("<a href=\"{href}\" download=")),
        "{page}"
    );
    let (status, file) = s.authed(&href.replace("&amp;", "&")).await;
    assert_eq!(status, 200, "{file}");
    let (_, plain) = s
        .authed(&format!("/api/query?format=csv&q={}", seg(q)))
        .await;
    assert!(!plain.contains("# note"), "{plain}");
    let comments: String = notes.iter().map(|n| format!("# note: {n}\n")).collect();
    assert_eq!(file, format!("{comments}{plain}"));
    // Comments are a CSV's; a name it does not know is said.
    for (extra, says) in [
        (
            "&format=json&notes=comments",
            "notes=comments is for format=csv",
        ),
        (
            "&format=csv&notes=comments&shape=rows",
            "notes=comments is for format=csv",
        ),
        ("&format=csv&notes=inline", "unknown notes 'inline'"),
    ] {
        let (status, body) = s.authed(&format!("/api/query?q={}{extra}", seg(q))).await;
        assert_eq!(status, 400, "{extra}: {body}");
        assert!(body.contains(says), "{extra}: {body}");
    }
    s.stop().await;
}
