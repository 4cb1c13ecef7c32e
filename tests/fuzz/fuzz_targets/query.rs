//! Any bytes as a query: parse, plan and eval on the seeded store, then
//! every output format and the error report. Nothing may panic; an error
//! must be a query error whose span lies within the input on character
//! boundaries. The same checks as tests/fuzz_queries.rs (keep them alike).
#![no_main]

use libfuzzer_sys::fuzz_target;
use seedkb::error::Error;
use seedkb::output::diag::{self, Origin};
use seedkb::output::{self, Format, Style};
use seedkb::store::Store;

thread_local! {
    static STORE: (tempfile::TempDir, Store) = {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = seedkb::session::open_store(
            &dir.path().join("db"),
            true,
            std::time::Duration::from_secs(10),
        )
        .expect("seeded store");
        (dir, store)
    };
}

fuzz_target!(|data: &[u8]| {
    // Bytes that are not UTF-8 never reach the parser (stdin rejects the
    // line); their valid prefix still makes a query worth trying.
    let text = match std::str::from_utf8(data) {
        Ok(t) => t,
        Err(e) => std::str::from_utf8(&data[..e.valid_up_to()]).unwrap_or(""),
    };
    STORE.with(|(_, store)| match seedkb::query::run(store, text) {
        Ok(rs) => {
            for f in [Format::Table, Format::Json, Format::Jsonl, Format::Csv, Format::Tsv] {
                let mut out = Vec::new();
                output::write(&mut out, &rs, f, Style { terminal: true }).expect("write");
            }
        }
        Err(Error::Query(q)) => {
            let (a, b) = q.span;
            assert!(a <= b && b <= text.len(), "span {a}..{b} outside the input");
            assert!(text.is_char_boundary(a) && text.is_char_boundary(b));
            let report = diag::render(&Error::Query(q), Some(text), &Origin::Inline);
            assert!(report.starts_with("error: ") && report.len() < 4096);
        }
        Err(other) => panic!("not a query error: {other}"),
    });
});
