//! The pages in a real browser: headless Chromium through WebDriver
//! (Debian's `chromium` and `chromium-driver`; `.ci/run` installs them).
//! Open the home page, run `funding by source` from the query box, see the
//! table and the chart, open 义县, follow a quote to its highlighted
//! sentence. Screenshots go to `target/browser/` for a person to look at.
//!
//! Without `chromedriver` on the PATH the test says so and passes, except
//! under CI (`CI` set), where a missing browser is a failure.

mod serving;

use fantoccini::{ClientBuilder, Locator};
use std::io::BufRead;
use std::process::{Child, Command, Stdio};

struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Starts chromedriver and waits for the line saying it listens.
fn start_driver() -> Option<(Driver, u16)> {
    let port = free_port();
    let child = match Command::new("chromedriver")
        .arg(format!("--port={port}"))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
    {
        Ok(c) => c,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
        Err(e) => panic!("starting chromedriver: {e}"),
    };
    let mut driver = Driver(child);
    let out = driver.0.stdout.take().unwrap();
    let mut lines = std::io::BufReader::new(out).lines();
    loop {
        match lines.next() {
            Some(Ok(l)) if l.contains("started successfully") => break,
            Some(Ok(_)) => continue,
            other => panic!("chromedriver ended before it was ready: {other:?}"),
        }
    }
    // Keep draining its output so it never blocks on a full pipe.
    std::thread::spawn(move || for _ in lines {});
    Some((driver, port))
}

fn shots_dir() -> std::path::PathBuf {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/browser");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[tokio::test(flavor = "multi_thread")]
async fn a_person_follows_a_fact_to_its_sentence() {
    let Some((_driver, port)) = start_driver() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "chromedriver is missing (apt-get install chromium chromium-driver)"
        );
        eprintln!(
            "skipped: no chromedriver on the PATH (apt-get install chromium chromium-driver)"
        );
        return;
    };
    let server = serving::Running::start(seedkb_server::Config::default()).await;
    let base = server.base.clone();

    let caps = serde_json::json!({
        "goog:chromeOptions": {
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu",
                     "--disable-dev-shm-usage", "--window-size=1280,1000"]
        }
    });
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    let c = ClientBuilder::new(connector)
        .capabilities(caps.as_object().unwrap().clone())
        .connect(&format!("http://127.0.0.1:{port}"))
        .await
        .expect("a WebDriver session");
    let shots = shots_dir();

    // Home: kinds, documents, the query box.
    c.goto(&format!("{base}/")).await.unwrap();
    let h1 = c.find(Locator::Css("main h1")).await.unwrap();
    assert_eq!(h1.text().await.unwrap(), "Knowledge base");
    std::fs::write(shots.join("home.png"), c.screenshot().await.unwrap()).unwrap();

    // Type a query and run it.
    let input = c.find(Locator::Css("header input[name=q]")).await.unwrap();
    input.send_keys("funding by source").await.unwrap();
    c.find(Locator::Css("header button[type=submit]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let table = c
        .wait()
        .for_element(Locator::Css("table.result"))
        .await
        .unwrap();
    let rows = table.find_all(Locator::Css("tbody tr")).await.unwrap();
    assert!(rows.len() > 3, "{} rows", rows.len());
    let bars = c
        .find_all(Locator::Css("figure.chart svg rect.bar"))
        .await
        .unwrap();
    assert_eq!(bars.len(), rows.len(), "one bar per group");
    std::fs::write(shots.join("query.png"), c.screenshot().await.unwrap()).unwrap();

    // The group 义县 links to its entity page.
    c.find(Locator::LinkText("义县"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let title = c.wait().for_element(Locator::Css("main h1")).await.unwrap();
    assert!(title.text().await.unwrap().starts_with("义县"));
    std::fs::write(shots.join("entity.png"), c.screenshot().await.unwrap()).unwrap();

    // A quote leads to its sentence, highlighted in the document.
    let quote = c.find(Locator::Css("a.quote")).await.unwrap();
    let quoted = quote.text().await.unwrap();
    let href = quote.attr("href").await.unwrap().unwrap();
    let anchor = href.rsplit_once('#').unwrap().1.to_string();
    quote.click().await.unwrap();
    let mark = c
        .wait()
        .for_element(Locator::Css(&format!("mark#{anchor}")))
        .await
        .unwrap();
    let sentence = mark.text().await.unwrap();
    let inner = quoted.trim_matches(|ch| ch == '“' || ch == '”');
    let fold = |s: &str| {
        s.chars()
            .filter(|ch| !ch.is_whitespace())
            .collect::<String>()
    };
    assert!(
        fold(&sentence).contains(&fold(inner)) || fold(inner).contains(&fold(&sentence)),
        "quote {inner:?} not in sentence {sentence:?}"
    );
    assert!(mark.attr("class").await.unwrap().unwrap().contains("fact"));
    assert!(c
        .current_url()
        .await
        .unwrap()
        .as_str()
        .ends_with(&format!("#{anchor}")));
    std::fs::write(shots.join("document.png"), c.screenshot().await.unwrap()).unwrap();
    let notice = c.find(Locator::Id("unknown-anchor")).await.unwrap();
    assert!(
        !notice.is_displayed().await.unwrap(),
        "a found sentence has no notice"
    );

    // A link to a sentence the document no longer has (it was loaded
    // again changed) says so instead of opening at the top.
    let doc_url = href.rsplit_once('#').unwrap().0.to_string();
    let gone = format!("{base}{doc_url}#q000000000000");
    c.goto(&gone).await.unwrap();
    let notice = c.find(Locator::Id("unknown-anchor")).await.unwrap();
    assert!(
        notice.is_displayed().await.unwrap(),
        "no notice for an unknown sentence"
    );
    let said = notice.text().await.unwrap();
    assert!(
        said.contains("#q000000000000") && said.contains("not in this document"),
        "{said}"
    );
    // The store keeps no earlier version: a well-formed anchor may be
    // stale or mistyped, and the notice claims neither for sure.
    assert!(
        said.contains("If the link was copied whole")
            && !said.contains("No sentence has such an anchor"),
        "{said}"
    );
    std::fs::write(shots.join("gone.png"), c.screenshot().await.unwrap()).unwrap();
    // An anchor no sentence can have (cut short): said to be mistyped,
    // not said to be an earlier version's.
    c.goto(&format!("{base}{doc_url}#q12ab")).await.unwrap();
    let notice = c.find(Locator::Id("unknown-anchor")).await.unwrap();
    assert!(notice.is_displayed().await.unwrap(), "no notice for #q12ab");
    let said = notice.text().await.unwrap();
    assert!(
        said.contains("#q12ab")
            && said.contains("the link was cut or mistyped")
            && !said.contains("loaded again"),
        "{said}"
    );

    c.close().await.unwrap();
    server.stop().await;
}
