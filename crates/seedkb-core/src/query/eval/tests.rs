//! The meaning of queries over a small store of their own (in memory):
//! missing values, dates of unknown year, timelines, chosen columns and
//! exact sums.

use crate::model::{parse_quantity, Date, DocumentFacts, Entity, Fact, Source, Value};
use crate::query::result::{Cell, ResultSet};
use crate::store::mem::MemKv;
use crate::store::Store;
use std::sync::Arc;

const DOC: &str = "t.txt";

fn entity(name: &str, kind: &str) -> Entity {
    Entity {
        name: name.into(),
        kind: kind.into(),
        aliases: Vec::new(),
        alias_background: Vec::new(),
        source: Source::curated(DOC, name),
    }
}

fn fact(s: &str, a: &str, v: Value) -> Fact {
    Fact {
        subject: s.into(),
        attribute: a.into(),
        value: v,
        source: Source::curated(DOC, s),
        qualifiers: Default::default(),
    }
}

fn q(s: &str) -> Value {
    Value::Quantity(parse_quantity(s).unwrap())
}

fn date(iso: &str) -> Value {
    Value::Date(Date::parse_iso(iso, iso).unwrap())
}

fn r(name: &str) -> Value {
    Value::Ref(name.into())
}

fn t(s: &str) -> Value {
    Value::Text(s.into())
}

/// Four projects in two counties: 甲 (started 2019, 在建), 乙 (started on
/// a 15 June of unknown year), 丙 (no date, no status), 丁 (完工).
fn store() -> Store {
    let names = ["甲县", "乙县", "甲项目", "乙项目", "丙项目", "丁项目"];
    let doc = DocumentFacts {
        doc: DOC.into(),
        text: Some(names.join(" ")),
        entities: vec![
            entity("甲县", "county"),
            entity("乙县", "county"),
            entity("甲项目", "project"),
            entity("乙项目", "project"),
            entity("丙项目", "project"),
            entity("丁项目", "project"),
        ],
        facts: vec![
            fact("甲项目", "district", r("甲县")),
            fact("甲项目", "status", t("在建")),
            fact("甲项目", "investment", q("62997.63万元")),
            fact("甲项目", "date_started", date("2019-05-01")),
            fact("乙项目", "district", r("甲县")),
            fact("乙项目", "investment", q("26637.9万元")),
            fact("乙项目", "date_started", date("????-06-15")),
            fact("丙项目", "district", r("乙县")),
            fact("丙项目", "investment", q("2.4亿元")),
            fact("丁项目", "district", r("乙县")),
            fact("丁项目", "status", t("完工")),
            fact("丁项目", "date_started", date("2018")),
            fact("甲县", "date_founded", date("2020-01-08")),
        ],
        ..Default::default()
    };
    memory_store(&[doc])
}

/// An in-memory store of these documents.
fn memory_store(docs: &[DocumentFacts]) -> Store {
    let (store, _) = Store::from_kv(
        Box::new(MemKv::new()),
        "memory",
        Arc::new(crate::text::Plain),
    )
    .unwrap();
    store.initialize(docs, None).unwrap();
    store
}

fn run(store: &Store, query: &str) -> ResultSet {
    crate::query::run(store, query).unwrap_or_else(|e| panic!("{query}: {e:?}"))
}

/// The first column of every row, as displayed.
fn names(store: &Store, query: &str) -> Vec<String> {
    let mut out: Vec<String> = run(store, query)
        .rows
        .iter()
        .map(|r| r[0].display())
        .collect();
    out.sort();
    out
}

/// A date said to the year or month is every day it can stand for: 2018
/// is within 2018 and before 2019-01, but whether it is before 2018-06
/// nobody knows, so neither that nor its `not` keeps it.
#[test]
fn a_partial_date_compares_as_the_days_it_stands_for() {
    let s = store();
    // 丁项目 started in 2018, 甲项目 on 2019-05-01.
    for (q, want) in [
        ("projects where date_started = 2018", vec!["丁项目"]),
        ("projects where date_started = 2019-05", vec!["甲项目"]),
        ("projects where date_started = 2019", vec!["甲项目"]),
        ("projects where date_started = 2018-06", vec![]),
        ("projects where date_started != 2018-06", vec!["甲项目"]),
        ("projects where date_started < 2019-01", vec!["丁项目"]),
        ("projects where date_started <= 2018", vec!["丁项目"]),
        (
            "projects where date_started >= 2018-01-01",
            vec!["丁项目", "甲项目"],
        ),
        (
            "projects where date_started > 2017-12-31",
            vec!["丁项目", "甲项目"],
        ),
        ("projects where date_started < 2018-06-30", vec![]),
        (
            "projects where not date_started < 2018-06-30",
            vec!["甲项目"],
        ),
        ("projects where date_started > 2018-06-30", vec!["甲项目"]),
        ("projects where not date_started > 2018-06-30", vec![]),
        ("projects where date_started >= 2018-06", vec!["甲项目"]),
        ("projects where date_started <= 2018-06", vec![]),
    ] {
        assert_eq!(names(&s, q), want, "{q}");
    }
}

#[test]
fn a_date_of_unknown_year_never_compares_true() {
    let s = store();
    assert_eq!(
        names(&s, "projects where date_started < 2020-01-01"),
        ["丁项目", "甲项目"]
    );
    assert_eq!(
        names(&s, "projects where date_started >= 2000-01-01"),
        ["丁项目", "甲项目"]
    );
    // Nor false: unknown, so `not` keeps it out as well.
    assert_eq!(
        names(&s, "projects where not date_started < 2020-01-01"),
        Vec::<String>::new()
    );
    assert!(names(&s, "projects where date_started = \"????-06-15\"").is_empty());
    assert_eq!(
        names(&s, "projects where has date_started"),
        ["丁项目", "乙项目", "甲项目"]
    );
    // Sorted, it comes after the known dates either way, before no date.
    for (q, order) in [
        (
            "projects list name order by date_started",
            ["丁项目", "甲项目", "乙项目", "丙项目"],
        ),
        (
            "projects list name order by date_started desc",
            ["甲项目", "丁项目", "乙项目", "丙项目"],
        ),
    ] {
        let got: Vec<String> = run(&s, q).rows.iter().map(|r| r[0].display()).collect();
        assert_eq!(got, order, "{q}");
    }
}

#[test]
fn missing_values_are_unknown_as_in_sql() {
    let s = store();
    // `!=` and `not … =` agree: neither keeps a project with no status.
    assert_eq!(names(&s, "projects where status != 在建"), ["丁项目"]);
    assert_eq!(names(&s, "projects where not status = 在建"), ["丁项目"]);
    // `has` asks about presence, and is never unknown.
    assert_eq!(
        names(&s, "projects where not has status or status != 在建"),
        ["丁项目", "丙项目", "乙项目"]
    );
    assert_eq!(
        names(&s, "projects where not has status"),
        ["丙项目", "乙项目"]
    );
    // unknown or true is true; unknown and false is false; not unknown is unknown.
    assert_eq!(
        names(&s, "projects where status = 完工 or investment > 1亿元"),
        ["丁项目", "丙项目", "乙项目", "甲项目"]
    );
    assert!(names(
        &s,
        "projects where not (status = 完工 or investment > 3亿元)"
    )
    .is_empty());
    assert_eq!(
        names(
            &s,
            "projects where not (status = 完工 and investment > 3亿元)"
        ),
        ["丙项目", "乙项目", "甲项目"]
    );
    assert!(names(&s, "projects where not status contains 建").contains(&"丁项目".to_string()));
    assert!(!names(&s, "projects where not status contains 建").contains(&"丙项目".to_string()));
}

fn table(rs: &ResultSet) -> Vec<String> {
    let mut out = vec![rs.columns.join(" | ")];
    for r in &rs.rows {
        out.push(r.iter().map(Cell::display).collect::<Vec<_>>().join(" | "));
    }
    out
}

#[test]
fn timeline_orders_dates_and_puts_unknown_years_last() {
    let s = store();
    assert_eq!(
        table(&run(&s, "timeline list date, subject, attribute")),
        [
            "date | subject | attribute",
            "2018 | 丁项目 | date_started",
            "2019-05-01 | 甲项目 | date_started",
            "2020-01-08 | 甲县 | date_founded",
            "????-06-15 | 乙项目 | date_started",
        ]
    );
    // The default columns carry the quote and the document.
    let rs = run(&s, "timeline limit 1");
    assert_eq!(rs.columns, ["date", "subject", "attribute", "quote", "doc"]);
    assert_eq!(rs.rows[0][3].display(), "丁项目");
    assert_eq!(rs.rows[0][4].display(), DOC);
    // `where` chooses subjects, as in a select; `of` an entity and what
    // lies in it.
    assert_eq!(
        names(&s, "timeline where status = 在建 list subject"),
        ["甲项目"]
    );
    assert_eq!(
        names(&s, "timeline of 甲县 list subject"),
        ["乙项目", "甲县", "甲项目"]
    );
    let e = crate::query::run(&s, "timeline list date, size").unwrap_err();
    assert!(
        format!("{e:?}").contains("a timeline has no column 'size'"),
        "{e:?}"
    );
}

#[test]
fn list_chooses_columns_of_rows_and_groups() {
    let s = store();
    assert_eq!(
        table(&run(
            &s,
            "projects where district = 乙县 list name, status, investment order by name"
        )),
        [
            "name | status | investment",
            "丁项目 | 完工 | ",
            "丙项目 |  | 2.4亿元"
        ]
    );
    // A path through a reference, and `name` of the entity itself.
    assert_eq!(
        table(&run(
            &s,
            "projects where status = 在建 list district.name, name"
        )),
        ["district.name | name", "甲县 | 甲项目"]
    );
    // Groups: the key, then count, members and the exact sum of the members.
    assert_eq!(
        table(&run(
            &s,
            "projects by district list count, members, investment"
        )),
        [
            "district | count | members | investment",
            "甲县 | 2 | 乙项目; 甲项目 | 89635.53万元",
            "乙县 | 2 | 丁项目; 丙项目 | 2.4亿元",
        ]
    );
    // The members column twice: the same names both times (the first is
    // made from the names the members were sorted by).
    assert_eq!(
        table(&run(
            &s,
            "projects by district list members, count, members"
        )),
        [
            "district | members | count | members",
            "乙县 | 丁项目; 丙项目 | 2 | 丁项目; 丙项目",
            "甲县 | 乙项目; 甲项目 | 2 | 乙项目; 甲项目",
        ]
    );
    // Text values of a group: each different one once.
    assert_eq!(
        table(&run(&s, "projects by district list status")),
        ["district | status", "乙县 | 完工", "甲县 | 在建"]
    );
    // By default a group shows its members after the count.
    assert_eq!(
        run(&s, "projects by district").columns,
        ["district", "count", "members", "investment"]
    );
    for (q, msg) in [
        ("projects list name, size", "unknown attribute 'size'"),
        (
            "projects list name, quote",
            "name the attribute: ATTR.quote",
        ),
        ("projects list count", "count is a column of groups"),
        (
            "projects list name, members",
            "members is a column of groups",
        ),
        (
            "sum investment of projects list name",
            "list chooses the columns of rows or groups",
        ),
    ] {
        let e = crate::query::run(&s, q).unwrap_err();
        assert!(format!("{e:?}").contains(msg), "{q}: {e:?}");
    }
}

#[test]
fn sums_are_exact_unless_rounded() {
    let s = store();
    let sum = |q: &str| match &run(&s, q).rows[0][0] {
        Cell::Quantity(q) => (**q).clone(),
        other => panic!("{other:?}"),
    };
    let exact = sum("sum investment of projects where district = 甲县");
    assert_eq!(exact.readable(), "89635.53万元");
    assert_eq!(exact.value.to_string(), "896355300");
    let rounded = sum("sum investment of projects where district = 甲县 rounded");
    assert_eq!(rounded.readable(), "约8.96亿元");
    assert_eq!(
        (rounded.value.to_string(), rounded.bound),
        ("896000000".to_string(), crate::model::Bound::About)
    );
    // A mean that comes out even is exact: (62997.63 + 26637.9 + 24000)万元 / 3.
    assert_eq!(sum("avg investment of projects").readable(), "37878.51万元");
    // A value one fact gives is the article's, and is left as written.
    assert_eq!(
        table(&run(&s, "projects by district list investment rounded")),
        [
            "district | investment",
            "甲县 | 约8.96亿元",
            "乙县 | 2.4亿元"
        ]
    );
}

mod member_order {
    use super::super::group::name_prefix;
    use proptest::prelude::*;

    proptest! {
        /// Members sorted by (first 8 bytes, name) come out in name
        /// order: short names, shared prefixes, multi-byte characters.
        #[test]
        fn a_names_prefix_sorts_as_the_name(a in "[a-c镇]{0,12}", b in "[a-c镇]{0,12}") {
            prop_assert_eq!((name_prefix(&a), &a).cmp(&(name_prefix(&b), &b)), a.cmp(&b));
        }
    }
}

/// `run_unnamed` keeps a grouping's members as ids, each once and
/// ascending, 8 bytes a member; named, they come in the order `run`
/// names them (by name).
#[test]
fn unnamed_members_are_ids_named_as_run_names_them() {
    let s = store();
    for query in [
        "projects by district",
        "projects by district list members, count, members",
    ] {
        let named = run(&s, query);
        let unnamed = crate::query::run_unnamed(&s, query).unwrap();
        assert_eq!(named.columns, unnamed.columns);
        let mut seen = 0;
        for (n, u) in named.rows.iter().zip(&unnamed.rows) {
            for (n, u) in n.iter().zip(u) {
                let Cell::Members(ids) = u else {
                    assert_eq!(n, u, "{query}");
                    continue;
                };
                seen += 1;
                assert_eq!(ids.capacity(), ids.len(), "{query}");
                assert!(ids.windows(2).all(|w| w[0] < w[1]), "{query}: {ids:?}");
                let names = crate::query::members_named(&s, ids).unwrap();
                assert_eq!(n, &Cell::Names(Box::new(names)), "{query}");
            }
        }
        assert_eq!(
            seen,
            named.rows.len() * (1 + query.matches(", members").count())
        );
    }
}

/// Every member id of `projects by district`, as `run_unnamed` leaves
/// them, group after group.
fn district_member_ids(s: &Store) -> Vec<crate::store::Eid> {
    let unnamed = crate::query::run_unnamed(s, "projects by district").unwrap();
    unnamed
        .rows
        .iter()
        .flatten()
        .filter_map(|c| match c {
            Cell::Members(ids) => Some(ids.iter().copied()),
            _ => None,
        })
        .flatten()
        .collect()
}

/// Lists named together (one pass in the order of all their ids) name
/// each list as naming it alone does: ids repeated within and across
/// lists, an empty list, lists in no order.
#[test]
fn lists_named_together_name_each_as_alone() {
    use crate::store::Eid;
    let s = store();
    let mut all = district_member_ids(&s);
    assert!(all.len() >= 3, "{all:?}");
    let reversed: Vec<Eid> = all.iter().rev().copied().collect();
    let twice = vec![all[1], all[0], all[1]];
    all.truncate(2);
    let lists: [&[Eid]; 4] = [&reversed, &[], &twice, &all];
    let named = crate::query::MemberNames::read(&s, &lists).unwrap();
    for (li, alone) in named_as_alone(&s, &named, &lists).into_iter().enumerate() {
        for (i, name) in alone.iter().enumerate() {
            assert_eq!(named.get(li, i), name);
        }
    }
    assert_eq!(named.names(4).unwrap().len(), 0);
}

/// Each list's names as `MemberNames` gives them, checked against naming
/// the list alone; returns the names read alone.
fn named_as_alone(
    s: &crate::store::Store,
    named: &crate::query::MemberNames,
    lists: &[&[crate::store::Eid]],
) -> Vec<Vec<String>> {
    lists
        .iter()
        .enumerate()
        .map(|(li, list)| {
            let alone = s.entity_names(list).unwrap();
            assert_eq!(
                named.names(li).unwrap().iter().collect::<Vec<_>>(),
                alone,
                "list {li}"
            );
            alone
        })
        .collect()
}

/// Lists of more members than the names cache may keep are named by one
/// walk of the records, each as naming it alone does.
#[test]
fn lists_past_a_batch_name_each_as_alone() {
    use crate::query::MemberNames;
    use crate::store::Eid;
    let s = store();
    let ids = district_member_ids(&s);
    assert!(ids.len() >= 3, "{ids:?}");
    // Repeats count as members: past the batch with a small store.
    let long: Vec<Eid> = (0..MemberNames::BATCH + 5)
        .map(|i| ids[i % ids.len()])
        .collect();
    let short = vec![ids[2], ids[0]];
    let lists: [&[Eid]; 3] = [&long, &[], &short];
    let named = MemberNames::read(&s, &lists).unwrap();
    named_as_alone(&s, &named, &lists);
}

/// Ascending lists past a batch are named by one walk straight into
/// each list's packed names, in its order, and by name as naming the
/// list alone gives them; lists in no order are not packed.
#[test]
fn ascending_lists_past_a_batch_are_packed_per_list() {
    use crate::query::MemberNames;
    use crate::store::Eid;
    let s = store();
    let mut ids = district_member_ids(&s);
    ids.sort_unstable();
    ids.dedup();
    assert!(ids.len() >= 3, "{ids:?}");
    // Each id repeated in a row: ascending, and past the batch.
    let each = MemberNames::BATCH / ids.len() + 1;
    let long: Vec<Eid> = ids
        .iter()
        .flat_map(|&e| std::iter::repeat_n(e, each))
        .collect();
    let short = vec![ids[0], ids[2]];
    let lists: [&[Eid]; 3] = [&long, &[], &short];
    let mut named = MemberNames::read(&s, &lists).unwrap();
    assert_eq!(named.packed.len(), 3);
    assert!(named.read.starts.is_empty());
    let alone = named_as_alone(&s, &named, &lists);
    for (li, mut alone) in alone.into_iter().enumerate() {
        alone.sort();
        let by_name = named.by_name(li).unwrap();
        assert_eq!(by_name.iter().collect::<Vec<_>>(), alone, "list {li}");
    }
    // Not ascending: named by id, as before.
    let reversed: Vec<Eid> = long.iter().rev().copied().collect();
    let named = MemberNames::read(&s, &[&reversed]).unwrap();
    assert!(named.packed.is_empty());
    named_as_alone(&s, &named, &[&reversed]);
}

/// Names in chunks come back whole wherever a chunk ends: empty names at
/// its end, a name longer than a chunk.
#[test]
fn a_name_list_keeps_names_across_its_chunks() {
    use super::NameList;
    let mut l = NameList::default();
    let fill = "甲".repeat(NameList::CHUNK / 3 - 1);
    let names = [
        fill.clone(),
        "乙".to_string(),
        String::new(),
        String::new(),
        "丙丁".to_string(),
        "x".repeat(NameList::CHUNK + 3),
        String::new(),
        "戊".to_string(),
    ];
    for n in &names {
        assert!(l.push(n));
    }
    assert!(l.chunks.len() >= 3);
    for (i, n) in names.iter().enumerate() {
        assert_eq!(l.get(i), Some(n.as_str()), "{i}");
    }
    assert_eq!(l.get(names.len()), None);
}

/// The ids of some lists, each once and ascending, and each id's place
/// among them.
#[test]
fn an_id_set_ranks_the_ids_of_its_lists() {
    use super::IdSet;
    let lists: [&[u64]; 3] = [&[700, 3, 64], &[], &[63, 3, 700, 1000]];
    let set = IdSet::of(&lists, 7).unwrap();
    let ids: Vec<u64> = set.ids().collect();
    assert_eq!(ids, [3, 63, 64, 700, 1000]);
    assert_eq!(set.len(), 5);
    for (k, &e) in ids.iter().enumerate() {
        assert_eq!(set.rank(e), k as u32);
    }
    // Ids too far apart for a bit each.
    assert!(IdSet::of(&[&[1, 1 << 40]], 2).is_none());
    assert!(IdSet::of(&[&[]], 0).is_none());
}

/// Groups are named together while their members add up to the batch,
/// and one group larger than it is a batch of its own.
#[test]
fn a_batch_takes_groups_up_to_its_size() {
    use crate::query::MemberNames;
    let member_batch = |sizes: Vec<usize>| super::batch_of(sizes, MemberNames::BATCH);
    let b = MemberNames::BATCH;
    assert_eq!(member_batch(vec![1, 2, 3]), 3);
    assert_eq!(member_batch(vec![b - 1, 1, 1]), 2);
    assert_eq!(member_batch(vec![b + 5, 1]), 1);
    assert_eq!(member_batch(vec![0, 0, b, 0, 1]), 4);
    assert_eq!(member_batch(Vec::new()), 0);
}

/// Rows named a batch at a time, by `NamedRows` and by `name_members`,
/// name every cell as naming it alone does wherever the batches end:
/// rows without members between them, two member lists in one row, an
/// empty list, a row larger than a batch, repeated ids.
#[test]
fn rows_named_in_batches_of_any_size_name_each_cell_as_alone() {
    use super::{name_members_by, NamedRows};
    use crate::store::Eid;
    let s = store();
    let ids = district_member_ids(&s);
    assert!(ids.len() >= 4, "{ids:?}");
    let members = |ids: &[Eid]| Cell::Members(Box::new(ids.to_vec()));
    let rows = vec![
        vec![Cell::Int(1), members(&ids[..2])],
        vec![Cell::Int(2), Cell::Text("none".into())],
        vec![members(&[ids[3], ids[0]]), members(&ids[1..])],
        vec![Cell::Int(3)],
        vec![members(&[])],
        vec![Cell::Int(4), members(&[ids[2], ids[2], ids[0]])],
        vec![Cell::Int(5)],
    ];
    let total: usize = rows
        .iter()
        .flatten()
        .map(|c| match c {
            Cell::Members(ids) => ids.len(),
            _ => 0,
        })
        .sum();
    // Each cell as it should come out: members named alone, in the
    // order of their names.
    let want: Vec<Vec<Option<Vec<String>>>> = rows
        .iter()
        .map(|r| {
            r.iter()
                .map(|c| match c {
                    Cell::Members(ids) => {
                        let mut names = s.entity_names(ids).unwrap();
                        names.sort();
                        Some(names)
                    }
                    _ => None,
                })
                .collect()
        })
        .collect();
    let check = |got: &[Vec<Cell>], how: &str| {
        assert_eq!(got.len(), rows.len(), "{how}");
        for ((g, w), r) in got.iter().zip(&want).zip(&rows) {
            assert_eq!(g.len(), r.len(), "{how}");
            for ((g, w), r) in g.iter().zip(w).zip(r) {
                match (g, w) {
                    (Cell::Names(n), Some(w)) => {
                        assert_eq!(&n.iter().collect::<Vec<_>>(), w, "{how}")
                    }
                    (g, None) => assert_eq!(g, r, "{how}"),
                    (g, Some(w)) => panic!("{how}: {g:?} for {w:?}"),
                }
            }
        }
    };
    for batch in 0..=total + 1 {
        let got: Vec<Vec<Cell>> = NamedRows::new(Some(&s), &rows)
            .with_batch(batch)
            .map(|r| r.unwrap().into_owned())
            .collect();
        check(&got, &format!("NamedRows, batch {batch}"));
        let mut rs = ResultSet {
            columns: vec!["a".into(), "b".into()],
            rows: rows.clone(),
            notes: Vec::new(),
            headings: Vec::new(),
        };
        name_members_by(&s, &mut rs, batch).unwrap();
        check(&rs.rows, &format!("name_members, batch {batch}"));
    }
    // Without a store, the rows before the first with members come as
    // they are, and that one is an error.
    let mut no_store = NamedRows::new(None, &rows[1..]);
    assert!(no_store.next().unwrap().is_ok());
    assert!(no_store.next().unwrap().is_err());
}

/// A store of two documents: 甲项目 built by 甲公司 (a.txt) and 乙公司
/// (b.txt), in 甲县 by background knowledge; 甲县's status from a.txt.
fn cited_store(extra: Vec<Fact>) -> Store {
    let in_doc = |doc: &str, s: &str, a: &str, v: Value, quote: &str| Fact {
        subject: s.into(),
        attribute: a.into(),
        value: v,
        source: Source::curated(doc, quote),
        qualifiers: Default::default(),
    };
    let named = |doc: &str, name: &str, kind: &str| Entity {
        source: Source::curated(doc, name),
        ..entity(name, kind)
    };
    let a = DocumentFacts {
        doc: "a.txt".into(),
        text: Some("甲公司承建甲项目。甲县新设。".into()),
        entities: vec![
            named("a.txt", "甲项目", "project"),
            named("a.txt", "甲公司", "enterprise"),
            named("a.txt", "甲县", "county"),
        ],
        facts: vec![
            in_doc(
                "a.txt",
                "甲项目",
                "builder",
                r("甲公司"),
                "甲公司承建甲项目",
            ),
            in_doc("a.txt", "甲县", "status", t("新设"), "甲县新设"),
            Fact {
                source: Source::background("a.txt", "甲项目 lies in 甲县 (curator)"),
                ..fact("甲项目", "district", r("甲县"))
            },
        ],
        ..Default::default()
    };
    let b = DocumentFacts {
        doc: "b.txt".into(),
        text: Some("乙公司参建甲项目。乙项目可研报告。".into()),
        entities: vec![
            named("b.txt", "乙公司", "enterprise"),
            named("b.txt", "乙项目", "project"),
        ],
        facts: std::iter::once(in_doc(
            "b.txt",
            "甲项目",
            "builder",
            r("乙公司"),
            "乙公司参建甲项目",
        ))
        .chain(extra)
        .collect(),
        ..Default::default()
    };
    memory_store(&[a, b])
}

fn texts(c: &Cell) -> Vec<String> {
    match c {
        Cell::List(items) => items.iter().map(Cell::display).collect(),
        other => vec![other.display()],
    }
}

/// A filter, group or sum on an attribute no entity of the kind has is
/// answered (nothing is true of it) with a note naming the attribute and
/// what the kind does have; an attribute the kind has, or a listed
/// column, adds none.
#[test]
fn an_attribute_the_kind_lacks_is_noted() {
    let s = cited_store(Vec::new());
    let rs = run(&s, "projects where status = 新设");
    assert!(rs.rows.is_empty());
    assert_eq!(rs.notes.len(), 1, "{:?}", rs.notes);
    assert!(
        rs.notes[0].starts_with("no project has the attribute status: "),
        "{:?}",
        rs.notes
    );
    let rs = run(&s, "count counties by builder");
    assert_eq!(rs.notes.len(), 1, "{:?}", rs.notes);
    assert!(rs.notes[0].starts_with("no county has the attribute builder"));
    for q in [
        "projects where builder = 甲公司",
        "projects list name, status",
        "counties where status = 新设",
    ] {
        assert!(run(&s, q).notes.is_empty(), "{q}");
    }
}

/// `ATTR.quote` and `ATTR.doc` cite each value: one per value, in the
/// order of the value's own cell; background knowledge gives its reason
/// and no document; a dotted path cites its last attribute's facts.
#[test]
fn a_paths_quote_and_doc_cite_each_value() {
    let s = cited_store(Vec::new());
    let rs = run(
        &s,
        "projects where name = 甲项目 list builder, builder.quote, builder.doc, \
         district.quote, district.doc, district.status.quote",
    );
    let row = &rs.rows[0];
    let (builders, quotes, docs) = (texts(&row[0]), texts(&row[1]), texts(&row[2]));
    assert_eq!(builders.len(), 2, "{row:?}");
    for (i, b) in builders.iter().enumerate() {
        // Each quote names its own builder, from its own document.
        assert!(quotes[i].starts_with(b.as_str()), "{row:?}");
        let doc = if b == "甲公司" { "a.txt" } else { "b.txt" };
        assert_eq!(docs[i], doc, "{row:?}");
    }
    assert_eq!(
        row[3],
        Cell::Background("甲项目 lies in 甲县 (curator)".into())
    );
    assert_eq!(row[4], Cell::Text(String::new()));
    assert_eq!(row[5], Cell::Text("甲县新设".into()));
    // A project without the attribute: no value, no quote.
    let rs = run(&s, "projects where name = 乙项目 list builder.quote");
    assert_eq!(rs.rows[0][0], Cell::Null);
    // In a `where`: the quote as text; background knowledge has no doc.
    assert_eq!(
        names(&s, "projects where builder.quote contains 参建"),
        ["甲项目"]
    );
    assert!(names(&s, "projects where builder.quote contains 无此").is_empty());
    assert_eq!(names(&s, "projects where has district.quote"), ["甲项目"]);
    assert!(names(&s, "projects where has district.doc").is_empty());
    assert_eq!(names(&s, "projects where builder.doc = b.txt"), ["甲项目"]);
    // Grouped by the document of a fact: each document's facts (ties in
    // the order of the key, none first).
    assert_eq!(
        table(&run(&s, "count projects by builder.doc")),
        ["builder.doc | count", " | 1", "a.txt | 1", "b.txt | 1"]
    );
}

/// An attribute really named `doc` is that attribute (as `as_of`): the
/// source's word gives way, and the attribute's own facts have quotes.
#[test]
fn an_attribute_named_doc_is_the_attribute() {
    let s = cited_store(vec![Fact {
        source: Source::curated("b.txt", "乙项目可研报告"),
        ..fact("乙项目", "doc", t("可研报告"))
    }]);
    let rs = run(&s, "projects where has doc list name, doc, doc.quote");
    assert_eq!(
        table(&rs),
        [
            "name | doc | doc.quote",
            "乙项目 | 可研报告 | 乙项目可研报告"
        ]
    );
    // `builder.doc` is now the builders' `doc` attribute: they have none.
    let rs = run(&s, "projects where name = 甲项目 list builder.doc");
    assert_eq!(rs.rows[0][0], Cell::Null);
    // `quote` is still a source's word.
    let rs = run(&s, "projects where name = 甲项目 list builder.quote");
    assert_eq!(texts(&rs.rows[0][0]).len(), 2);
}

/// A fact two documents state: its cell cites the first (one quote per
/// value), a condition or a grouping on its document reads both.
#[test]
fn a_fact_two_documents_state_is_each_ones_in_a_where() {
    let s = cited_store(vec![Fact {
        source: Source::curated("b.txt", "乙公司参建甲项目"),
        ..fact("甲县", "status", t("新设"))
    }]);
    let rs = run(
        &s,
        "projects where name = 甲项目 list district.status, district.status.doc",
    );
    assert_eq!(rs.rows[0][0], Cell::Text("新设".into()), "{:?}", rs.rows);
    assert_eq!(rs.rows[0][1], Cell::Text("a.txt".into()), "{:?}", rs.rows);
    for doc in ["a.txt", "b.txt"] {
        assert_eq!(
            names(&s, &format!("projects where district.status.doc = {doc}")),
            ["甲项目"],
            "{doc}"
        );
    }
    assert_eq!(
        names(&s, "projects where district.status.quote contains 参建"),
        ["甲项目"]
    );
    assert_eq!(
        table(&run(&s, "count projects by district.status.doc")),
        [
            "district.status.doc | count",
            " | 1",
            "a.txt | 1",
            "b.txt | 1"
        ]
    );
}

/// Two documents that give one project's investment differently report
/// one figure twice: an aggregate counts the project once, with the value
/// of the document loaded last, and says so; values one document gives
/// (or two give alike) are added as before.
#[test]
fn documents_that_disagree_count_once_in_an_aggregate() {
    let in_doc = |doc: &str, f: Fact| Fact {
        source: Source::curated(doc, &f.subject),
        ..f
    };
    let a = DocumentFacts {
        doc: "a.txt".into(),
        text: Some("甲项目 乙项目 甲县".into()),
        entities: vec![
            entity("甲县", "county"),
            entity("甲项目", "project"),
            entity("乙项目", "project"),
        ],
        facts: vec![
            in_doc("a.txt", fact("甲项目", "district", r("甲县"))),
            in_doc("a.txt", fact("甲项目", "investment", q("8000万元"))),
            in_doc("a.txt", fact("乙项目", "district", r("甲县"))),
            in_doc("a.txt", fact("乙项目", "investment", q("1亿元"))),
        ],
        ..Default::default()
    };
    let b = DocumentFacts {
        doc: "b.txt".into(),
        text: Some("甲项目 乙项目".into()),
        entities: vec![entity("甲项目", "project"), entity("乙项目", "project")],
        facts: vec![
            in_doc("b.txt", fact("甲项目", "investment", q("9000万元"))),
            // The same figure again: one fact, nothing to choose.
            in_doc("b.txt", fact("乙项目", "investment", q("1亿元"))),
        ],
        ..Default::default()
    };
    let s = memory_store(&[a, b]);
    let one = |query: &str| {
        let rs = run(&s, query);
        (rs.rows[0][rs.rows[0].len() - 1].display(), rs.notes)
    };
    let (sum, notes) = one("sum investment of projects");
    assert_eq!(sum, "1.9亿元");
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert!(
        notes[0].contains(
            "甲项目 investment (8000万元 in a.txt, 9000万元 in b.txt: took b.txt's, added last: \
             no document has a publication date)"
        ) && notes[0].contains("`show 甲项目`"),
        "{notes:?}"
    );
    assert_eq!(one("avg investment of projects").0, "9500万元");
    assert_eq!(one("min investment of projects").0, "9000万元");
    assert_eq!(one("max investment of projects").0, "1亿元");
    assert_eq!(one("count projects").0, "2");
    let rs = run(&s, "sum investment of projects by name");
    assert_eq!(
        table(&rs),
        ["name | investment", "乙项目 | 1亿元", "甲项目 | 9000万元"]
    );
    // Grouped by the documents of the values added, each document's row
    // adds what that document states: a.txt's 8000万元, not b.txt's
    // 9000万元 under a.txt's name.
    for (func, a_row) in [("sum", "1.8亿元"), ("max", "1亿元"), ("min", "8000万元")] {
        let rs = run(
            &s,
            &format!("{func} investment of projects by investment.doc"),
        );
        let rows = table(&rs);
        assert!(
            rows.contains(&format!("a.txt | {a_row}")),
            "{func}: {rows:?}"
        );
        let b_row = if func == "min" {
            "9000万元"
        } else if func == "max" {
            "1亿元"
        } else {
            "1.9亿元"
        };
        assert!(
            rows.contains(&format!("b.txt | {b_row}")),
            "{func}: {rows:?}"
        );
    }
    // A grouping's sums, streamed or entity by entity, take the same.
    for query in ["projects by district", "projects by district.name"] {
        let rs = run(&s, query);
        let row = rs.rows[0].iter().map(Cell::display).collect::<Vec<_>>();
        assert_eq!(
            row.last().map(String::as_str),
            Some("1.9亿元"),
            "{query}: {row:?}"
        );
        assert!(
            rs.notes.iter().any(|n| n.contains("took b.txt's")),
            "{query}: {:?}",
            rs.notes
        );
    }
}

/// A bounded value is every amount it allows: 超2.4亿元 is more than
/// 2.4亿元, by how much nobody says, but of its order (under 24亿元). A
/// comparison holds when it holds for all of them, fails when it fails for
/// all, and is otherwise unknown (kept by neither it nor its `not`), as
/// for a date said to the month.
#[test]
fn a_bounded_value_matches_only_when_every_amount_it_allows_does() {
    let doc = DocumentFacts {
        doc: DOC.into(),
        text: Some("甲项目 乙项目".into()),
        entities: vec![entity("甲项目", "project"), entity("乙项目", "project")],
        facts: vec![
            fact("甲项目", "investment", q("超2.4亿元")),
            fact("乙项目", "investment", q("不到1亿元")),
        ],
        ..Default::default()
    };
    let s = memory_store(&[doc]);
    let none: [&str; 0] = [];
    for (query, expected) in [
        ("investment > 2.4亿元", vec!["甲项目"]),
        ("investment >= 2亿元", vec!["甲项目"]),
        ("investment > 1亿元", vec!["甲项目"]),
        ("investment <= 2.4亿元", vec!["乙项目"]),
        ("investment < 1亿元", vec!["乙项目"]),
        ("investment != 2.4亿元", vec!["乙项目", "甲项目"]),
        // 超2.4亿元 may be under 2.5亿元 or not; 不到1亿元 under 5000万元.
        ("investment < 2.5亿元", vec!["乙项目"]),
        ("not investment < 2.5亿元", none.to_vec()),
        ("investment > 2.5亿元", none.to_vec()),
        ("investment = 3亿元", none.to_vec()),
        ("investment < 5000万元", none.to_vec()),
        ("investment >= 5000万元", vec!["甲项目"]),
        // Of their order: 超2.4亿元 is under 24亿元, 不到1亿元 above 1000万元.
        ("investment < 24亿元", vec!["乙项目", "甲项目"]),
        ("investment < 23亿元", vec!["乙项目"]),
        ("investment > 1000万元", vec!["乙项目", "甲项目"]),
        ("investment > 1001万元", vec!["甲项目"]),
    ] {
        assert_eq!(
            names(&s, &format!("projects where {query}")),
            expected,
            "{query}"
        );
    }
}
