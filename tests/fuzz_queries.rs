//! Grammar-aware fuzzing of the query language in `cargo test`: queries
//! built from the shapes of grammar/query.ebnf (kinds, paths, every
//! comparison, and/or/not/parentheses nested past the limit, match
//! patterns, quantities in every unit with Chinese and full-width numerals,
//! CJK names, quoted strings) and then mutated (cut, spliced with junk,
//! blown up to a huge size) run through parse, plan and eval on the seeded
//! store, and the result through every output format. Nothing may panic,
//! every error must be a query error whose span lies within the input on
//! character boundaries, and its report must render.
//!
//! The case count is modest here (SEEDKB_FUZZ_CASES to change it); the
//! coverage-guided fuzzer in tests/fuzz/ runs the same checks for hours.

use proptest::prelude::*;
use seedkb::error::Error;
use seedkb::output::diag::{self, Origin};
use seedkb::output::{self, Format, Style};
use seedkb::store::Store;

thread_local! {
    static STORE: (tempfile::TempDir, Store) = {
        let dir = tempfile::tempdir().unwrap();
        let store = seedkb::session::open_store(
            &dir.path().join("db"),
            true,
            std::time::Duration::from_secs(10),
        )
        .unwrap();
        (dir, store)
    };
}

/// The checks every input must pass; returns whether it was answered.
pub fn check_query(store: &Store, text: &str) -> bool {
    // Members named as they are written, as the CLI writes them.
    match seedkb::query::run_unnamed(store, text) {
        Ok(rs) => {
            for f in [Format::Table, Format::Json, Format::Csv] {
                let mut out = Vec::new();
                output::write(
                    &mut out,
                    &rs,
                    output::Namer(Some(store)),
                    f,
                    Style {
                        terminal: true,
                        color: true,
                        width: Some(80),
                        max_rows: 40,
                        bars: true,
                    },
                )
                .unwrap();
            }
            true
        }
        Err(Error::Query(q)) => {
            let (a, b) = q.span;
            assert!(
                a <= b && b <= text.len(),
                "span {a}..{b} outside {} bytes: {text:?}",
                text.len()
            );
            assert!(
                text.is_char_boundary(a) && text.is_char_boundary(b),
                "span {a}..{b} splits a character: {text:?}"
            );
            let e = Error::Query(q);
            let report = diag::render(&e, Some(text), &Origin::Inline);
            assert!(report.starts_with("error: "), "{report}");
            assert!(
                report.len() < 4096,
                "report of {} bytes for {} bytes of input: {}",
                report.len(),
                text.len(),
                &report[..report.floor_char_boundary(600)]
            );
            false
        }
        Err(other) => panic!("{text:?}: not a query error: {other}"),
    }
}

fn one_of(items: &'static [&'static str]) -> BoxedStrategy<String> {
    proptest::sample::select(items)
        .prop_map(str::to_string)
        .boxed()
}

fn junk_word() -> BoxedStrategy<String> {
    prop_oneof![
        "[a-z_]{1,12}",
        "[\\u{4e00}-\\u{4e80}]{1,6}",
        "\\PC{1,8}",
        Just(String::new()),
    ]
    .boxed()
}

fn kind() -> BoxedStrategy<String> {
    prop_oneof![
        4 => one_of(&["funding", "projects", "project", "enterprises", "项目", "企业", "资金",
            "county", "parks", "power_stations", "places", "towns", "villages", "companies"]),
        1 => junk_word(),
    ]
    .boxed()
}

fn attribute() -> BoxedStrategy<String> {
    prop_oneof![
        6 => one_of(&["amount", "recipient", "source", "district", "located_in", "investment",
            "planned_area", "capacity", "purpose", "status", "name", "kind", "date", "count"]),
        1 => "[a-z_][a-z0-9_]{0,10}",
    ]
    .boxed()
}

fn path(allow_var: bool) -> BoxedStrategy<String> {
    let head = if allow_var {
        prop_oneof![attribute(), "[a-e]".prop_map(|v| format!("?{v}"))].boxed()
    } else {
        attribute()
    };
    (head, proptest::collection::vec(attribute(), 0..3))
        .prop_map(|(h, rest)| {
            let mut p = h;
            for a in rest {
                p.push('.');
                p.push_str(&a);
            }
            p
        })
        .boxed()
}

fn number() -> BoxedStrategy<String> {
    prop_oneof![
        (0u64..100_000).prop_map(|n| n.to_string()),
        (0u64..10_000, 0u32..10_000_000).prop_map(|(a, b)| format!("{a}.{b}")),
        "[0-9]{20,45}",
        "[０-９]{1,5}",
        one_of(&[
            "四千五百",
            "两",
            "十",
            "一百二十三",
            "零点五",
            "1,500",
            "-3",
            ".5",
            "5."
        ]),
    ]
    .boxed()
}

fn quantity() -> BoxedStrategy<String> {
    (
        one_of(&[
            "", "", "", "超", "超过", "逾", "约", "大约", "近", "不到", "不足",
        ]),
        number(),
        one_of(&["", "", "万", "亿", "千", "百", "多", "余", "万亿"]),
        one_of(&[
            "元",
            "万元",
            "亿元",
            "美元",
            "亩",
            "平方米",
            "平方公里",
            "公顷",
            "米",
            "公里",
            "瓦",
            "千瓦",
            "兆瓦",
            "吨",
            "公斤",
            "%",
            "家",
            "个",
            "人",
            "户",
            "CNY",
            "mu",
            "kW",
            "MW",
            "km2",
            "t",
            "",
        ]),
        one_of(&[
            "",
            "",
            "",
            "左右",
            "以上",
            "以下",
            "多",
            "至2亿元",
            "-5000万元",
        ]),
    )
        .prop_map(|(a, b, c, d, e)| format!("{a}{b}{c}{d}{e}"))
        .boxed()
}

fn name() -> BoxedStrategy<String> {
    prop_oneof![
        4 => one_of(&["义县", "锦州市", "凌海市", "思凯物流园", "锦州银行", "上级", "社会",
            "凌海", "Jinzhou", "Yi County", "“双凌”协同发展示范区", "《锦州》", "锦", "ＡＢＣ"]),
        1 => "[\\u{4e00}-\\u{9fff}]{1,8}",
    ]
    .boxed()
}

fn literal() -> BoxedStrategy<String> {
    prop_oneof![
        3 => quantity(),
        3 => name(),
        1 => one_of(&["2020-05-20", "2020-06", "2020", "2020-13-40", "5月20日"]),
        1 => "\"([^\"\\\\]|\\\\.){0,12}\"",
        1 => "'[^']{0,8}'",
        1 => junk_word(),
    ]
    .boxed()
}

fn condition(allow_var: bool) -> BoxedStrategy<String> {
    let op = one_of(&[
        "=", "==", "!=", "<>", "<", "<=", ">", ">=", "＝", "＞", "＜", "≥", "≤",
    ]);
    prop_oneof![
        4 => (path(allow_var), op, literal()).prop_map(|(p, o, l)| format!("{p} {o} {l}")),
        1 => (path(allow_var), literal()).prop_map(|(p, l)| format!("{p} within {l}")),
        1 => (path(allow_var), literal()).prop_map(|(p, l)| format!("{p} contains {l}")),
        1 => path(allow_var).prop_map(|p| format!("has {p}")),
    ]
    .boxed()
}

fn expr(allow_var: bool) -> BoxedStrategy<String> {
    condition(allow_var)
        .prop_recursive(6, 24, 3, move |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 2..4).prop_map(|v| v.join(" and ")),
                proptest::collection::vec(inner.clone(), 2..4).prop_map(|v| v.join(" or ")),
                inner.clone().prop_map(|e| format!("not {e}")),
                inner.prop_map(|e| format!("({e})")),
            ]
        })
        .boxed()
}

/// Nesting around and past MAX_DEPTH.
fn deep_expr() -> BoxedStrategy<String> {
    (50usize..90, prop::bool::ANY, condition(false))
        .prop_map(|(n, nots, c)| {
            if nots {
                format!("{}{c}", "not ".repeat(n))
            } else {
                format!("{}{c}{}", "(".repeat(n), ")".repeat(n))
            }
        })
        .boxed()
}

fn select() -> BoxedStrategy<String> {
    let aggregate = prop_oneof![
        3 => Just(String::new()),
        1 => one_of(&["count ", "count of "]),
        2 => (one_of(&["sum", "avg", "min", "max"]), path(false))
            .prop_map(|(a, p)| format!("{a} {p} of ")),
    ];
    let filter = prop_oneof![
        2 => Just(String::new()),
        4 => expr(false).prop_map(|e| format!(" where {e}")),
        1 => deep_expr().prop_map(|e| format!(" where {e}")),
    ];
    let group =
        prop_oneof![3 => Just(String::new()), 1 => path(false).prop_map(|p| format!(" by {p}"))];
    let order = prop_oneof![
        3 => Just(String::new()),
        1 => (prop_oneof![Just("count".to_string()), path(false)], one_of(&["", " asc", " desc"]))
            .prop_map(|(k, d)| format!(" order by {k}{d}")),
    ];
    let limit = prop_oneof![
        3 => Just(String::new()),
        1 => (0u64..20).prop_map(|n| format!(" limit {n}")),
        1 => "[0-9]{18,25}".prop_map(|n| format!(" limit {n}")),
    ];
    (aggregate, kind(), filter, group, order, limit)
        .prop_map(|(a, k, f, g, o, l)| format!("{a}{k}{f}{g}{o}{l}"))
        .boxed()
}

fn term() -> BoxedStrategy<String> {
    prop_oneof![3 => "[a-e]".prop_map(|v| format!("?{v}")), 2 => literal()].boxed()
}

fn match_query() -> BoxedStrategy<String> {
    let pattern = (
        term(),
        prop_oneof![attribute(), Just("within".to_string())],
        term(),
    )
        .prop_map(|(s, a, o)| format!("{s} {a} {o}"));
    (
        proptest::collection::vec(pattern, 1..4),
        one_of(&[", ", "，", " , "]),
        prop_oneof![
            Just(String::new()),
            expr(true).prop_map(|e| format!(" where {e}"))
        ],
        prop_oneof![
            Just(String::new()),
            (0u64..50).prop_map(|n| format!(" limit {n}"))
        ],
    )
        .prop_map(|(ps, sep, w, l)| format!("match {}{w}{l}", ps.join(&sep)))
        .boxed()
}

fn query() -> BoxedStrategy<String> {
    let base = prop_oneof![
        6 => select(),
        2 => match_query(),
        1 => name().prop_map(|n| format!("show {n}")),
        1 => literal().prop_map(|n| format!("show {n}")),
        1 => Just("kinds".to_string()),
        1 => kind().prop_map(|k| format!("attributes of {k}")),
    ];
    prop_oneof![
        8 => base.clone(),
        1 => base.clone().prop_map(|q| format!("explain {q}")),
        1 => base.clone().prop_map(|q| format!("  {}\t", q.to_uppercase())),
    ]
    .boxed()
}

/// Damage to a well-formed query: a cut, junk spliced in, or a blow-up.
fn mutated(huge: bool) -> BoxedStrategy<String> {
    let how = if huge { 3u8..5 } else { 0u8..3 };
    (
        query(),
        0usize..1000,
        "\\PC{0,6}|[()=<>!,，\"'?.\\u{3000}\\\\]{1,4}",
        how,
    )
        .prop_map(|(q, at, junk, how)| {
            let chars: Vec<char> = q.chars().collect();
            let at = at % (chars.len() + 1);
            let (a, b): (String, String) =
                (chars[..at].iter().collect(), chars[at..].iter().collect());
            match how {
                0 => a,
                1 => format!("{a}{junk}{b}"),
                2 => format!("{a}{b}{junk}"),
                // Huge: past MAX_QUERY_LEN, and just under it.
                3 => q.repeat(70_000 / q.len().max(1) + 1),
                _ => {
                    let mut s = format!("{q} and ");
                    while s.len() < seedkb::query::parse::MAX_QUERY_LEN - 64 {
                        s.push_str("amount > 1亿元 and ");
                    }
                    s.push_str("amount > 1");
                    s
                }
            }
        })
        .boxed()
}

fn cases() -> u32 {
    std::env::var("SEEDKB_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(192)
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: cases(),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn generated_queries_never_panic(q in query()) {
        STORE.with(|(_, s)| check_query(s, &q));
    }

    #[test]
    fn damaged_queries_never_panic(q in mutated(false)) {
        STORE.with(|(_, s)| check_query(s, &q));
    }

    #[test]
    fn arbitrary_text_never_panics(q in "\\PC{0,80}") {
        STORE.with(|(_, s)| check_query(s, &q));
    }
}

proptest! {
    // Each huge input takes a while in a debug build: fewer of them, and a
    // failure is reported after a minute of shrinking, not after hours.
    #![proptest_config(ProptestConfig {
        cases: cases() / 48 + 1,
        max_shrink_time: 60_000,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn huge_queries_never_panic(q in mutated(true)) {
        STORE.with(|(_, s)| check_query(s, &q));
    }
}

/// The examples of the grammar all run, and all answer (they are written
/// against the seed).
#[test]
fn every_grammar_example_runs() {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/grammar/examples.txt"))
            .unwrap();
    STORE.with(|(_, s)| {
        for q in text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
        {
            check_query(s, q);
        }
    });
}

/// Inputs the fuzzers found; each must stay fixed. (Add every new finding
/// here, with what it broke.)
#[test]
fn regressions() {
    let cases: &[&str] = &[
        // A join of free variables grows as a product: stopped with an
        // error after MAX_MATCH_STEPS instead of running for hours.
        "match ?a kind ?k, ?b kind ?l, ?c kind ?m",
        // Thousands of patterns: recursion depth and time.
        &format!("match {} limit 1", vec!["?a kind ?k"; 3000].join(", ")),
        &format!(
            "match {}",
            (0..3000)
                .map(|i| format!("?a{i} kind ?k{i}"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    ];
    // An error deep in a huge query: the report shows a window of the
    // line, not all 64 KiB of it (check_query bounds its size), and a
    // huge unknown word is cut in the message.
    let deep_error = format!(
        "funding where {} and amout > 1",
        vec!["amount > 1亿元"; 3000].join(" and ")
    );
    let huge_word = format!("{} where amount > 1", "项".repeat(20_000));
    // `show` of a name followed by thousands of `and …`: each keyword was
    // tried as the end of the name, each try an edit distance of its head
    // against every name (hours in a debug build; a CI run timed out).
    let huge_show = format!("show 无此地 {}", vec!["and amount > 1亿元"; 3000].join(" "));
    STORE.with(|(_, s)| {
        assert!(!check_query(s, &deep_error));
        assert!(!check_query(s, &huge_word));
        assert!(!check_query(s, &huge_show));
    });
    STORE.with(|(_, s)| {
        for q in cases {
            let answered = check_query(s, q);
            assert!(!answered, "{}: should be refused", &q[..60.min(q.len())]);
        }
    });
}
