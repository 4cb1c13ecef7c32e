//! grammar/ is the truth of the query language: every example must parse,
//! every reject must fail at the stated column with the stated words.

use seedkb::query::parse;

fn lines(file: &str) -> Vec<(usize, String)> {
    let path = format!("{}/grammar/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim().to_string()))
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

#[test]
fn every_example_parses() {
    let examples = lines("examples.txt");
    assert!(examples.len() >= 40, "examples.txt lost examples");
    let failures: Vec<String> = examples
        .iter()
        .filter_map(|(n, q)| {
            parse(q)
                .err()
                .map(|e| format!("examples.txt:{n}: {q}: {e:?}"))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A line that parses is rejected by the planner, against the bundled
/// seeds (whether `quote` is a fact's source depends on the attributes
/// there are).
#[test]
fn every_reject_fails_where_it_should() {
    let rejects = lines("rejects.txt");
    assert!(!rejects.is_empty());
    let dir = tempfile::tempdir().unwrap();
    let store =
        seedkb::session::open_store(&dir.path().join("db"), true, std::time::Duration::ZERO)
            .unwrap();
    for (n, line) in rejects {
        let parts: Vec<&str> = line.rsplitn(3, " | ").collect();
        let [words, col, query] = parts[..] else {
            panic!("rejects.txt:{n}: expected QUERY | COLUMN | WORDS");
        };
        let col: usize = col.parse().expect("column");
        let err = match parse(query).map(|q| seedkb::query::plan::plan(&store, &q)) {
            Ok(Ok(_)) => panic!("rejects.txt:{n}: '{query}' parsed and planned"),
            Ok(Err(seedkb::Error::Query(e))) | Err(e) => e,
            Ok(Err(e)) => panic!("rejects.txt:{n}: '{query}': not a query error: {e}"),
        };
        let got_col = query[..err.span.0.min(query.len())].chars().count() + 1;
        assert_eq!(got_col, col, "rejects.txt:{n}: '{query}': {err:?}");
        let text = format!("{} {}", err.message, err.help.clone().unwrap_or_default());
        assert!(
            text.contains(words),
            "rejects.txt:{n}: '{text}' lacks '{words}'"
        );
    }
}

/// The EBNF names every keyword the parser accepts.
#[test]
fn ebnf_mentions_every_keyword() {
    let ebnf =
        std::fs::read_to_string(format!("{}/grammar/query.ebnf", env!("CARGO_MANIFEST_DIR")))
            .unwrap();
    for kw in seedkb::query::parse::KEYWORDS {
        assert!(
            ebnf.contains(&format!("\"{kw}\"")),
            "query.ebnf does not mention \"{kw}\""
        );
    }
}
