//! `find 物流`: full-text search over the sentences of every document.
//!
//! Terms are compared in the analyzer's `search_key` form (simplified characters,
//! width and case folded), so `find 物流園` finds 物流园. A sentence matches
//! when it contains every term: a scan of the stored sentences (a term
//! may be no word: 凯农) — linear in their number, fine for thousands of
//! documents, and the place for a character n-gram index when it is not.
//! Whole jieba words are counted in the sentences that match, each
//! segmented once (schema 13: no words index; a load segmented every
//! sentence, a search segments those it finds).
//!
//! Ranking: occurrences of each term, a whole-word occurrence counting
//! double; then shorter sentences; then document order.

use super::plan::FindPlan;
use super::result::{Cell, ResultSet};
use crate::error::Error;
use crate::store::search::word_counts_in;
use crate::store::{DocId, Store};
use std::collections::{HashMap, HashSet};

/// Runs a planned `find` (terms already in their search form).
pub fn run(store: &Store, f: &FindPlan) -> Result<ResultSet, Error> {
    let terms = &f.terms;
    let analyzer = store.analyzer();
    struct Hit {
        score: u32,
        doc: DocId,
        rec: crate::store::search::SentenceRecord,
    }
    let mut hits: Vec<Hit> = Vec::new();
    for item in store.all_sentences() {
        let (doc, rec) = item?;
        let key = analyzer.search_key(&rec.text);
        let mut score = 0;
        let mut all = true;
        for t in terms {
            let n = key.matches(t.as_str()).count() as u32;
            if n == 0 {
                all = false;
                break;
            }
            score += n;
        }
        if all {
            // Segmented only when it matches every term.
            score += word_counts_in(analyzer, &rec.text, terms)
                .into_iter()
                .sum::<u32>();
            hits.push(Hit { score, doc, rec });
        }
    }
    hits.sort_by(|a, b| {
        b.score
            .cmp(&a.score)
            .then(a.rec.text.chars().count().cmp(&b.rec.text.chars().count()))
            .then(a.doc.cmp(&b.doc))
            .then(a.rec.index.cmp(&b.rec.index))
    });
    let mut rs = ResultSet::new(vec!["score", "doc", "sentence", "at", "text", "facts"]);
    // A document loaded both curated and extracted is indexed twice: one
    // row per sentence, with the facts of both.
    let mut rows: Vec<(String, u32, Vec<Cell>)> = Vec::new();
    let mut seen: HashMap<(String, u32), usize> = HashMap::new();
    let limit = f.limit.unwrap_or(usize::MAX);
    let mut cite = crate::store::cite::Citations::new(store);
    for h in hits {
        let name = store.doc_name(h.doc)?;
        let facts = facts_of(store, &h.rec)?;
        match seen.get(&(name.clone(), h.rec.start)) {
            Some(&i) => {
                let row = &mut rows[i].2;
                if let Some(Cell::List(existing)) = row.get_mut(5) {
                    for c in facts {
                        if !existing.contains(&c) {
                            existing.push(c);
                        }
                    }
                }
            }
            None => {
                if rows.len() >= limit {
                    continue;
                }
                seen.insert((name.clone(), h.rec.start), rows.len());
                rows.push((
                    name.clone(),
                    h.rec.start,
                    vec![
                        Cell::Int(i64::from(h.score)),
                        Cell::Text(name),
                        Cell::Int(i64::from(h.rec.index)),
                        Cell::Text(format!("{}..{}", h.rec.start, h.rec.end)),
                        // The document's own words (a page break kept).
                        Cell::Text(cite.sentence(h.doc, &h.rec)?),
                        Cell::List(facts),
                    ],
                ));
            }
        }
    }
    let mut unique = HashSet::new();
    rs.rows = rows
        .into_iter()
        .filter(|(n, s, _)| unique.insert((n.clone(), *s)))
        .map(|(_, _, r)| r)
        .collect();
    Ok(rs)
}

/// The facts drawn from a sentence, as `subject · attribute · value`.
fn facts_of(store: &Store, rec: &crate::store::search::SentenceRecord) -> Result<Vec<Cell>, Error> {
    let mut out = Vec::new();
    for key in &rec.facts {
        let Some(f) = store.fact_by_key(key)? else {
            continue;
        };
        let subject = store.entity_name(f.entity)?;
        let mut attr = store.attr_name(f.attr);
        if f.record.sources.iter().all(|s| s.extracted) {
            attr.push_str(" (extracted)");
        }
        // With its qualifiers, as every other answer shows it: a forecast
        // (预计 15亿元) is not a result.
        let value = f
            .record
            .qualifiers
            .decorate(&store.to_value(&f.value, &f.record.text)?.to_string());
        let c = Cell::Text(format!("{subject} · {attr} · {value}"));
        if !out.contains(&c) {
            out.push(c);
        }
    }
    Ok(out)
}
