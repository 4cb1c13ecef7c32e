//! The full-text index: every document's sentences (`sentences`) and the
//! jieba words in them (`words`), written with the document's facts in the
//! same atomic load, removed with it.
//!
//! Keys: `sentences` doc id (u32 BE) · sentence number (u32 BE);
//! `words` word (escaped string) · doc id · sentence number → either the
//! count (u16 BE) of the word in that sentence (one entry per sentence, as
//! schema 4 wrote every entry and a long text's parts still do), or, since
//! schema 5, (sentence number u32 BE, count u16 BE) for every sentence of
//! the document saying the word, from the one in the key on (one entry per
//! word and document: a 1M-fact load wrote 4.4M entries of the other kind).

use super::keys::{self, DocId};
use super::kv::Space;
use super::{decode, parse_eavt, storage, Store, StoredFact};
use crate::error::Error;
use crate::text::{fold, Analyzer};
use serde::{Deserialize, Serialize};

/// One sentence of a document, as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentenceRecord {
    pub index: u32,
    /// Byte range in the original document.
    pub start: u32,
    pub end: u32,
    /// The sentence's words (page-break white space removed).
    pub text: String,
    /// Indexed words and how often each occurs.
    pub words: Vec<(String, u16)>,
    /// eavt keys of the facts drawn from this sentence.
    pub facts: Vec<Vec<u8>>,
}

/// Which sentence a fact comes from: its recorded position (extracted
/// facts) or its quote, looked up in the text (curated facts).
pub(crate) enum Link {
    Sentence(u32),
    Quote(String),
}

/// The words the words index keeps for one sentence, each with how often
/// the sentence says it, in the order first said.
pub(crate) fn word_counts(analyzer: &dyn Analyzer, sentence: &str) -> Vec<(String, u16)> {
    let mut counts: Vec<(String, u16)> = Vec::new();
    for w in analyzer.index_words(sentence) {
        match counts.iter_mut().find(|(x, _)| *x == w) {
            Some((_, n)) => *n = n.saturating_add(1),
            None => counts.push((w, 1)),
        }
    }
    counts
}

/// The words-index value of one word in one document: each sentence
/// saying it (ascending) with its count, 6 bytes each (never 2 bytes, the
/// length of a one-sentence entry's count).
pub(crate) fn word_hits_value(hits: &[(u32, u16)]) -> Vec<u8> {
    let mut v = Vec::with_capacity(hits.len() * 6);
    for (n, c) in hits {
        v.extend_from_slice(&n.to_be_bytes());
        v.extend_from_slice(&c.to_be_bytes());
    }
    v
}

/// The (sentence, count) pairs of a words-index value under a key of
/// sentence `n`; `None` when it is damaged (see [`word_hits_value`]).
pub(crate) fn word_value(n: u32, v: &[u8]) -> Option<Vec<(u32, u16)>> {
    if let Ok(c) = <[u8; 2]>::try_from(v) {
        return Some(vec![(n, u16::from_be_bytes(c))]);
    }
    if v.is_empty() || v.len() % 6 != 0 {
        return None;
    }
    let hits: Vec<(u32, u16)> = v
        .chunks_exact(6)
        .map(|c| {
            (
                u32::from_be_bytes([c[0], c[1], c[2], c[3]]),
                u16::from_be_bytes([c[4], c[5]]),
            )
        })
        .collect();
    // The key names the first sentence; the rest follow in order.
    let ordered =
        hits.first().is_some_and(|h| h.0 == n) && hits.windows(2).all(|w| w[0].0 < w[1].0);
    ordered.then_some(hits)
}

/// The words-index entries of one document's sentences: one per word,
/// keyed by the first sentence saying it (see the module's comment), at
/// most `WORD_RUN` sentences each.
pub(crate) fn word_entries(doc: DocId, records: &[SentenceRecord]) -> Vec<(Vec<u8>, Vec<u8>)> {
    let mut by_word: std::collections::HashMap<&str, Vec<(u32, u16)>> = Default::default();
    for rec in records {
        for (w, c) in &rec.words {
            by_word.entry(w.as_str()).or_default().push((rec.index, *c));
        }
    }
    // A word said in thousands of sentences of one long document gets an
    // entry per WORD_RUN of them, each about a block's size.
    const WORD_RUN: usize = 170;
    let mut out = Vec::with_capacity(by_word.len());
    for (w, mut hits) in by_word {
        hits.sort_unstable();
        for run in hits.chunks(WORD_RUN) {
            out.push((keys::word_key(w, doc, run[0].0), word_hits_value(run)));
        }
    }
    out
}

#[cfg(test)]
thread_local! {
    /// Quotes looked up in their document by this thread.
    static QUOTE_SEARCHES: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Splits and segments a document and attaches each fact to the sentences
/// its quote lies in.
pub(crate) fn build(
    text: &str,
    links: &[(Vec<u8>, Link)],
    analyzer: &dyn Analyzer,
) -> Vec<SentenceRecord> {
    let sentences = crate::text::split(text);
    // Where each sentence starts and ends in the folded document, for
    // curated quotes (which are compared with white space folded away).
    let folded_doc = fold(text);
    let mut spans: Vec<(usize, usize)> = Vec::with_capacity(sentences.len());
    let mut cursor = 0;
    for s in &sentences {
        let f = fold(&s.text);
        match folded_doc[cursor..].find(&f) {
            Some(p) => {
                spans.push((cursor + p, cursor + p + f.len()));
                cursor += p + f.len();
            }
            None => spans.push((usize::MAX, usize::MAX)),
        }
    }
    let mut records: Vec<SentenceRecord> = sentences
        .iter()
        .map(|s| SentenceRecord {
            index: s.index,
            start: s.start as u32,
            end: s.end as u32,
            text: s.text.clone(),
            words: word_counts(analyzer, &s.text),
            facts: Vec::new(),
        })
        .collect();
    // The facts of one statement share its quote: each quote is looked
    // up in the document once, not once per fact (a search of the whole
    // document each).
    let mut quoted: std::collections::HashMap<&str, Vec<usize>> = Default::default();
    let mut one = Vec::with_capacity(1);
    for (key, link) in links {
        let targets: &[usize] = match link {
            Link::Sentence(n) => {
                one.clear();
                one.push(*n as usize);
                &one
            }
            Link::Quote(q) => quoted.entry(q.as_str()).or_insert_with(|| {
                #[cfg(test)]
                QUOTE_SEARCHES.with(|n| n.set(n.get() + 1));
                let fq = fold(q);
                match (!fq.is_empty()).then(|| folded_doc.find(&fq)).flatten() {
                    Some(p) => spans
                        .iter()
                        .enumerate()
                        .filter(|(_, (a, b))| *a < p + fq.len() && p < *b)
                        .map(|(i, _)| i)
                        .collect(),
                    None => Vec::new(),
                }
            }),
        };
        for &t in targets {
            if let Some(r) = records.get_mut(t) {
                if !r.facts.contains(key) {
                    r.facts.push(key.clone());
                }
            }
        }
    }
    records
}

impl Store {
    /// Sentences containing `word` (a segmented word, in `text::search_key`
    /// form): (doc, sentence number, occurrences), from the words index.
    pub fn word_hits(&self, word: &str) -> Result<Vec<(DocId, u32, u16)>, Error> {
        let mut out = Vec::new();
        for item in self
            .kv()
            .scan_prefix(Space::Words, &keys::word_prefix(word))
        {
            let (k, v) = item.map_err(storage)?;
            let bad = |e: keys::DamagedKey| Error::Storage(format!("damaged word index key: {e}"));
            let (_, doc, n) = keys::parse_word_key(&k).map_err(bad)?;
            let hits = word_value(n, &v).ok_or_else(|| {
                Error::Storage(format!(
                    "damaged word index value of {} bytes (a count of 2, or 6 per sentence)",
                    v.len()
                ))
            })?;
            out.extend(hits.into_iter().map(|(n, c)| (doc, n, c)));
        }
        Ok(out)
    }

    /// One stored sentence.
    pub fn sentence(&self, doc: DocId, n: u32) -> Result<Option<SentenceRecord>, Error> {
        match self
            .kv()
            .get(Space::Sentences, &keys::sentence_key(doc, n))
            .map_err(storage)?
        {
            Some(v) => Ok(Some(decode(&v, "sentence")?)),
            None => Ok(None),
        }
    }

    /// Every stored sentence, in document and sentence order, streamed.
    pub fn all_sentences(
        &self,
    ) -> impl Iterator<Item = Result<(DocId, SentenceRecord), Error>> + '_ {
        self.kv().scan_prefix(Space::Sentences, &[]).map(
            |item| -> Result<(DocId, SentenceRecord), Error> {
                let (k, v) = item.map_err(storage)?;
                let doc = keys::sentence_doc(&k)
                    .map_err(|_| Error::Storage("damaged sentence key".into()))?;
                Ok((doc, decode(&v, "sentence")?))
            },
        )
    }

    /// A fact by its eavt key, if it is still there (a later load may have
    /// replaced it: curated facts win over extracted ones).
    pub fn fact_by_key(&self, key: &[u8]) -> Result<Option<StoredFact>, Error> {
        match self.kv().get(Space::Eavt, key).map_err(storage)? {
            Some(v) => Ok(Some(parse_eavt(key, &v)?)),
            None => Ok(None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facts_link_to_the_sentences_of_their_quotes() {
        let text = "甲县投资2亿元。\n\n乙镇建成电站,装机\n\n300千瓦。";
        let recs = build(
            text,
            &[
                (b"a".to_vec(), Link::Quote("甲县投资2亿元".into())),
                (b"b".to_vec(), Link::Quote("乙镇建成电站".into())),
                (b"c".to_vec(), Link::Sentence(0)),
            ],
            &crate::text::Plain,
        );
        assert_eq!(recs.len(), 2);
        assert_eq!(recs[0].facts, vec![b"a".to_vec(), b"c".to_vec()]);
        assert_eq!(recs[1].facts, vec![b"b".to_vec()]);
        assert!(recs[1].words.iter().any(|(w, _)| w == "电"));
    }

    /// The facts of one statement share its quote: the document is
    /// searched once per quote, not once per fact, with the same links.
    #[test]
    fn each_quote_is_looked_up_once() {
        let text = "甲县投资2亿元。乙镇建成电站。丙村修路3公里。";
        let quotes = ["甲县投资2亿元", "乙镇建成电站", "丙村修路", "丁乡"];
        let links: Vec<(Vec<u8>, Link)> = (0..40u8)
            .map(|i| (vec![i], Link::Quote(quotes[usize::from(i) % 4].into())))
            .collect();
        QUOTE_SEARCHES.with(|n| n.set(0));
        let recs = build(text, &links, &crate::text::Plain);
        assert_eq!(QUOTE_SEARCHES.with(|n| n.get()), 4);
        let want = |r: usize| -> Vec<Vec<u8>> {
            (0..40u8)
                .filter(|i| usize::from(*i) % 4 == r)
                .map(|i| vec![i])
                .collect()
        };
        assert_eq!(recs.len(), 3);
        for (r, rec) in recs.iter().enumerate() {
            assert_eq!(rec.facts, want(r), "sentence {r}");
        }
    }

    /// A document's words are one entry per word (keyed by the first
    /// sentence saying it), and read back as every sentence saying it.
    #[test]
    fn words_are_one_entry_per_word_and_document() {
        use crate::model::DocumentFacts;
        use crate::store::mem::MemKv;
        let text = "甲县修路。乙镇修桥。甲县再修路。";
        let plain = std::sync::Arc::new(crate::text::Plain);
        let (store, _) = Store::from_kv(Box::new(MemKv::new()), "memory", plain).unwrap();
        let doc = DocumentFacts {
            doc: "a.txt".into(),
            text: Some(text.into()),
            ..Default::default()
        };
        store.initialize(&[doc], None).unwrap();
        let records: Vec<SentenceRecord> = store.all_sentences().map(|r| r.unwrap().1).collect();
        assert_eq!(records.len(), 3);
        let per_sentence: usize = records.iter().map(|r| r.words.len()).sum();
        let entries = store.kv().scan_prefix(Space::Words, &[]).count();
        let words: std::collections::HashSet<&str> = records
            .iter()
            .flat_map(|r| r.words.iter().map(|(w, _)| w.as_str()))
            .collect();
        assert_eq!(entries, words.len());
        assert!(entries < per_sentence, "{entries} vs {per_sentence}");
        // Every (sentence, count) of every word, as the records say.
        for w in words {
            let mut want: Vec<(DocId, u32, u16)> = records
                .iter()
                .filter_map(|r| r.words.iter().find(|x| x.0 == w).map(|x| (0, r.index, x.1)))
                .collect();
            let mut got = store.word_hits(w).unwrap();
            let doc = got[0].0;
            want.iter_mut().for_each(|h| h.0 = doc);
            got.sort();
            assert_eq!(got, want, "{w}");
        }
        assert_eq!(store.word_hits("修").unwrap().len(), 3);
        // A damaged value is found by check and dropped by repair.
        let (k, _) = store
            .kv()
            .scan_prefix(Space::Words, &[])
            .next()
            .unwrap()
            .unwrap();
        store
            .kv()
            .apply(vec![(Space::Words, k, Some(vec![0; 5]))])
            .unwrap();
        let report = store.check().unwrap();
        assert!(
            report
                .problems
                .iter()
                .any(|p| p.contains("words: extra damaged entry")),
            "{:?}",
            report.problems
        );
        let (_, after) = store.repair().unwrap();
        assert!(after.problems.is_empty(), "{:?}", after.problems);
        assert_eq!(
            store.kv().scan_prefix(Space::Words, &[]).count(),
            entries - 1
        );
    }

    #[test]
    fn word_values_read_back_and_damage_is_refused() {
        let hits = [(3, 1), (7, 2), (9, 1)];
        assert_eq!(word_value(3, &word_hits_value(&hits)).unwrap(), hits);
        // A schema 4 entry: the count of the key's sentence.
        assert_eq!(word_value(5, &2u16.to_be_bytes()).unwrap(), [(5, 2)]);
        assert!(word_value(4, &word_hits_value(&hits)).is_none());
        assert!(word_value(3, &word_hits_value(&[(3, 1), (3, 1)])).is_none());
        assert!(word_value(3, &[0; 5]).is_none());
        assert!(word_value(3, &[]).is_none());
    }
}
