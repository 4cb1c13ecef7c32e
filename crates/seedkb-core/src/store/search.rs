//! The full-text index: every document's sentences (`sentences`) and the
//! jieba words in them (`words`), written with the document's facts in the
//! same atomic load, removed with it.
//!
//! Keys: `sentences` doc id (u32 BE) · sentence number (u32 BE);
//! `words` word (escaped string) · doc id · sentence number → count (u16 BE).

use super::keys::{self, DocId};
use super::kv::Space;
use super::{decode, storage, Store, StoredFact};
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
    /// The sentence's words (page-break white space removed). Stored
    /// empty when they are the range above, at their first place in the
    /// text (schema 6); [`Store::sentence`] reads them back.
    pub text: String,
    /// Indexed words and how often each occurs.
    pub words: Vec<(String, u16)>,
    /// eavt keys of the facts drawn from this sentence.
    pub facts: Vec<Vec<u8>>,
}

/// [`SentenceRecord`] with its parts borrowed (bincode encodes `&str`
/// and slices as it encodes `String` and `Vec`).
#[derive(Serialize)]
pub(crate) struct SentenceOf<'a> {
    pub index: u32,
    pub start: u32,
    pub end: u32,
    pub text: &'a str,
    pub words: &'a [(String, u16)],
    pub facts: &'a [Vec<u8>],
}

/// Which sentence a fact comes from: its recorded position (extracted
/// facts) or its quote, looked up in the text (curated facts).
pub(crate) enum Link<'a> {
    Sentence(u32),
    /// Borrowed from the fact: a copy per fact was a tenth of the
    /// sentence index's allocations.
    Quote(&'a str),
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
    attach(segment(text, analyzer), links)
}

/// A document's sentences and the words of each (jieba's part of
/// [`build`], which needs no facts: a load runs it beside the document's
/// facts, on another thread).
pub(crate) struct Segmented {
    sentences: Vec<crate::text::Sentence>,
    words: Vec<Vec<(String, u16)>>,
    /// The document folded, and where each sentence starts and ends in it.
    folded_doc: String,
    spans: Vec<(usize, usize)>,
}

/// Splits and segments a document.
pub(crate) fn segment(text: &str, analyzer: &dyn Analyzer) -> Segmented {
    let sentences = crate::text::split(text);
    let words = sentences
        .iter()
        .map(|s| word_counts(analyzer, &s.text))
        .collect();
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
    Segmented {
        sentences,
        words,
        folded_doc,
        spans,
    }
}

/// [`build`] of a document segmented: each fact attached to the sentences
/// its quote lies in.
pub(crate) fn attach(segmented: Segmented, links: &[(Vec<u8>, Link)]) -> Vec<SentenceRecord> {
    let Segmented {
        sentences,
        words,
        folded_doc,
        spans,
    } = segmented;
    let mut records: Vec<SentenceRecord> = sentences
        .into_iter()
        .zip(words)
        .map(|(s, words)| SentenceRecord {
            index: s.index,
            start: s.start as u32,
            end: s.end as u32,
            text: s.text,
            words,
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
            Link::Quote(q) => quoted.entry(q).or_insert_with(|| {
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
            let count = <[u8; 2]>::try_from(v.as_slice())
                .map(u16::from_be_bytes)
                .unwrap_or(1);
            out.push((doc, n, count));
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
            Some(v) => Ok(Some(self.sentence_text(doc, decode(&v, "sentence")?)?)),
            None => Ok(None),
        }
    }

    /// `rec` with its words read from the document's text when it is
    /// stored without them (schema 6: its range of the text).
    fn sentence_text(&self, doc: DocId, mut rec: SentenceRecord) -> Result<SentenceRecord, Error> {
        if rec.text.is_empty() && rec.end > rec.start {
            rec.text = self.text_range(doc, rec.start, rec.end - rec.start)?;
        }
        Ok(rec)
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
                Ok((doc, self.sentence_text(doc, decode(&v, "sentence")?)?))
            },
        )
    }

    /// A fact by its eavt key, if it is still there (a later load may have
    /// replaced it: curated facts win over extracted ones).
    pub fn fact_by_key(&self, key: &[u8]) -> Result<Option<StoredFact>, Error> {
        match self.kv().get(Space::Eavt, key).map_err(storage)? {
            Some(v) => Ok(Some(self.read_fact(key, &v)?)),
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
                (b"a".to_vec(), Link::Quote("甲县投资2亿元")),
                (b"b".to_vec(), Link::Quote("乙镇建成电站")),
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
            .map(|i| (vec![i], Link::Quote(quotes[usize::from(i) % 4])))
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
}
