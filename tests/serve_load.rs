//! Load test of `seedkb serve` (ignored in `cargo test`; run it in release):
//!
//! ```sh
//! cargo test --release --test serve_load -- --ignored --nocapture
//! SEEDKB_LOAD_FACTS=100000 SEEDKB_LOAD_CLIENTS=8 SEEDKB_LOAD_QUERIES=1000 \
//!   cargo test --release --test serve_load -- --ignored --nocapture
//! ```
//!
//! N clients each send M mixed requests (grouped query, point lookup, entity
//! page, full-text find, document list) while one load of a generated data
//! set runs. It fails on any error and on a torn read: a document list that
//! shows part of the load's documents. It prints p50/p99 per request type.

mod serving;

use seedkb_server::Config;
use std::time::{Duration, Instant};

const TOKEN: &str = "load-test";

fn env_or(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn pct(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1000.0
}

#[tokio::test(flavor = "multi_thread")]
#[ignore]
async fn clients_query_while_a_load_runs() {
    let facts = env_or("SEEDKB_LOAD_FACTS", 100_000) as u64;
    let clients = env_or("SEEDKB_LOAD_CLIENTS", 8);
    let per_client = env_or("SEEDKB_LOAD_QUERIES", 1000);

    let mut data = Vec::new();
    let summary = seedkb::synth::generate(facts, 11, &mut data).unwrap();
    let generated_docs = summary.documents as usize;

    let server = serving::Running::start(Config {
        token: Some(TOKEN.into()),
        max_body: 1 << 30,
        query_time: Duration::from_secs(60),
        max_queries: clients * 2,
    })
    .await;
    let base = server.base.clone();
    let http = reqwest::Client::new();
    let seed_docs = {
        let r = http
            .get(format!("{base}/api/docs"))
            .bearer_auth(TOKEN)
            .send()
            .await
            .unwrap();
        let v: serde_json::Value = serde_json::from_str(&r.text().await.unwrap()).unwrap();
        v["documents"].as_array().unwrap().len()
    };

    let load_started = Instant::now();
    let load = tokio::spawn({
        let http = http.clone();
        let url = format!("{base}/api/load?name=generated.jsonl");
        async move {
            let r = http
                .post(url)
                .bearer_auth(TOKEN)
                .body(data)
                .send()
                .await
                .unwrap();
            let status = r.status().as_u16();
            (status, r.text().await.unwrap(), load_started.elapsed())
        }
    });

    let kinds = [
        (
            "group",
            "/api/query?q=sum%20amount%20of%20funding%20by%20recipient",
        ),
        (
            "point",
            "/api/query?q=funding%20where%20recipient%20%3D%20%E4%B9%89%E5%8E%BF",
        ),
        ("entity", "/api/entity/%E4%B9%89%E5%8E%BF"),
        ("find", "/api/find?q=%E7%89%A9%E6%B5%81"),
        ("docs", "/api/docs"),
    ];
    let mut tasks = Vec::new();
    for c in 0..clients {
        let http = http.clone();
        let base = base.clone();
        tasks.push(tokio::spawn(async move {
            let mut lat: Vec<Vec<Duration>> = vec![Vec::new(); kinds.len()];
            let mut errors = Vec::new();
            let mut torn = Vec::new();
            let mut saw_loaded = 0usize;
            for i in 0..per_client {
                let k = (i + c) % kinds.len();
                let t = Instant::now();
                let r = http
                    .get(format!("{base}{}", kinds[k].1))
                    .bearer_auth(TOKEN)
                    .send()
                    .await
                    .unwrap();
                let status = r.status().as_u16();
                let body = r.text().await.unwrap();
                lat[k].push(t.elapsed());
                if status != 200 {
                    errors.push(format!("{} {status}: {body}", kinds[k].0));
                    continue;
                }
                if kinds[k].0 == "docs" {
                    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
                    let n = v["documents"].as_array().unwrap().len() - seed_docs;
                    if n == generated_docs {
                        saw_loaded += 1;
                    } else if n != 0 {
                        torn.push(n);
                    }
                }
            }
            (lat, errors, torn, saw_loaded)
        }));
    }
    let mut lat: Vec<Vec<Duration>> = vec![Vec::new(); kinds.len()];
    let mut errors = Vec::new();
    let mut torn = Vec::new();
    let mut saw_loaded = 0;
    for t in tasks {
        let (l, e, tr, s) = t.await.unwrap();
        for (all, mine) in lat.iter_mut().zip(l) {
            all.extend(mine);
        }
        errors.extend(e);
        torn.extend(tr);
        saw_loaded += s;
    }
    let (status, report, load_took) = load.await.unwrap();
    assert_eq!(status, 200, "{report}");

    println!(
        "{clients} clients x {per_client} requests while loading {} facts ({generated_docs} documents, \
         load took {:.1} s); document lists showing the load: {saw_loaded}",
        summary.facts,
        load_took.as_secs_f64()
    );
    println!("| request | n | p50 ms | p99 ms | max ms |");
    println!("| --- | ---: | ---: | ---: | ---: |");
    for (k, l) in lat.iter_mut().enumerate() {
        l.sort();
        println!(
            "| {} | {} | {:.2} | {:.2} | {:.2} |",
            kinds[k].0,
            l.len(),
            pct(l, 0.5),
            pct(l, 0.99),
            l.last().map_or(0.0, |d| d.as_secs_f64() * 1000.0)
        );
    }
    assert!(
        errors.is_empty(),
        "{} errors, first: {}",
        errors.len(),
        errors[0]
    );
    assert!(torn.is_empty(), "torn reads: {torn:?}");
    server.stop().await;
}
