//! The full-text index: every document's sentences (`sentences`), written
//! with the document's facts in the same atomic load, removed with it.
//! `find` scans them all and segments those that match (schema 13: the
//! jieba words of every sentence, `words`, were 23% of a load's
//! instructions and only ever added each term's whole-word count).
//!
//! Keys: `sentences` doc id (u32 BE) · sentence number (u32 BE).

use super::keys::{self, DocId};
use super::kv::Space;
use super::{decode, storage, Store, StoredFact};
use crate::error::Error;
use crate::model::Fact;
use crate::text::{fold, folded_len, quote_at, Analyzer};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

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
    /// eavt keys of the facts drawn from this sentence, stored
    /// prefix-compressed (schema 8, [`FactKeys`]). Its words are not
    /// stored (schema 8 kept them in `words`, 13 nowhere): `find`
    /// segments the text.
    #[serde(serialize_with = "facts_out", deserialize_with = "facts_in")]
    pub facts: Vec<Vec<u8>>,
}

/// [`SentenceRecord`] with its parts borrowed (bincode encodes `&str`
/// as it encodes `String`).
#[derive(Serialize)]
pub(crate) struct SentenceOf<'a> {
    pub index: u32,
    pub start: u32,
    pub end: u32,
    pub text: &'a str,
    pub facts: FactKeys<'a>,
}

/// A sentence's fact keys as one byte string: per key, the length of the
/// prefix it shares with the key before, the length of the rest and the
/// rest (LEB128 varints). The facts of a sentence mostly share their
/// entity (8 bytes) and often their attribute: at a million generated
/// facts the keys were 21 MB of the 50 MB of sentence records.
pub(crate) struct FactKeys<'a>(pub &'a [Vec<u8>]);

impl Serialize for FactKeys<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut out = Vec::with_capacity(self.0.iter().map(|k| k.len() + 2).sum());
        let mut prev: &[u8] = &[];
        for k in self.0 {
            let shared = super::packed::shared(prev, k);
            super::packed::put_varint(&mut out, shared);
            super::packed::put_varint(&mut out, k.len() - shared);
            out.extend_from_slice(&k[shared..]);
            prev = k;
        }
        s.serialize_bytes(&out)
    }
}

fn facts_out<S: serde::Serializer>(keys: &[Vec<u8>], s: S) -> Result<S::Ok, S::Error> {
    FactKeys(keys).serialize(s)
}

fn facts_in<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<Vec<u8>>, D::Error> {
    use serde::de::Error as _;
    let bytes: Vec<u8> = serde_bytes_vec(d)?;
    let varint = |at: &mut usize| -> Result<usize, D::Error> {
        let mut n = 0usize;
        for shift in (0..64).step_by(7) {
            let b = *bytes
                .get(*at)
                .ok_or_else(|| D::Error::custom("a sentence's fact keys end inside a length"))?;
            *at += 1;
            n |= usize::from(b & 0x7F) << shift;
            if b & 0x80 == 0 {
                return Ok(n);
            }
        }
        Err(D::Error::custom(
            "a length in a sentence's fact keys is too long",
        ))
    };
    let mut keys: Vec<Vec<u8>> = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        let shared = varint(&mut at)?;
        let rest = varint(&mut at)?;
        let prev = keys.last().map_or(&[][..], |k| &k[..]);
        let tail = at
            .checked_add(rest)
            .and_then(|end| bytes.get(at..end))
            .filter(|_| shared <= prev.len())
            .ok_or_else(|| D::Error::custom("a sentence's fact key runs past its record"))?;
        let mut k = Vec::with_capacity(shared + rest);
        k.extend_from_slice(&prev[..shared]);
        k.extend_from_slice(tail);
        at += rest;
        keys.push(k);
    }
    Ok(keys)
}

/// A byte string as [`FactKeys`] serializes it.
fn serde_bytes_vec<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
    struct Bytes;
    impl<'de> serde::de::Visitor<'de> for Bytes {
        type Value = Vec<u8>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a byte string")
        }
        fn visit_bytes<E: serde::de::Error>(self, v: &[u8]) -> Result<Vec<u8>, E> {
            Ok(v.to_vec())
        }
        fn visit_byte_buf<E: serde::de::Error>(self, v: Vec<u8>) -> Result<Vec<u8>, E> {
            Ok(v)
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut a: A) -> Result<Vec<u8>, A::Error> {
            let mut out = Vec::new();
            while let Some(b) = a.next_element()? {
                out.push(b);
            }
            Ok(out)
        }
    }
    d.deserialize_byte_buf(Bytes)
}

/// A sentence as schema 7 and older stored it: its words with their
/// counts (which `words` holds too) and its fact keys each whole. Read
/// by the upgrade steps.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct SentenceRecordV7 {
    pub index: u32,
    pub start: u32,
    pub end: u32,
    pub text: String,
    pub words: Vec<(String, u16)>,
    pub facts: Vec<Vec<u8>>,
}

/// The value of a `words` entry (schemas 8 to 12): how often the sentence
/// says the word, nothing when once. Written by the 7 → 8 step.
pub(crate) fn word_count_value(n: u16) -> Vec<u8> {
    if n == 1 {
        Vec::new()
    } else {
        n.to_be_bytes().to_vec()
    }
}

/// Which sentence a fact comes from: its recorded position (extracted
/// facts) or its quote, looked up in the text (curated facts).
pub(crate) enum Link<'a> {
    Sentence(u32),
    /// Borrowed from the fact: a copy per fact was a tenth of the
    /// sentence index's allocations.
    Quote(&'a str),
    /// Where the load's checks found a quote's words in the folded text
    /// (see [`QuotesFound`]), and
    /// their length: not looked up again (a twelfth of a dump's loader
    /// thread).
    Found(usize, usize),
}

/// Whether a fact is linked to its sentences by its quote: it has neither
/// a recorded position nor a background.
fn by_quote(f: &Fact) -> bool {
    f.source.at.is_none() && f.source.background.is_none()
}

/// Where the checks found each quote of a document with a text: the
/// quote, and where its words (white space folded away) first start in
/// the folded text.
// foldhash, not SipHash (a quote of every statement is hashed); seeded at
// random, as the quotes are the input's.
pub type QuotesFound = std::collections::HashMap<String, usize, foldhash::fast::RandomState>;

/// Where a load's checks found the quotes of one document's facts, in the
/// folded text: each quote once, in the order the facts linked by their
/// quote first give it. Kept from the checks to the load (4 bytes a quote)
/// so that the load does not search the text for them again.
#[derive(Clone, Debug, Default)]
pub struct QuotesAt(Vec<u32>);

impl QuotesAt {
    /// From where the checks found each quote of `facts` (`found`, by
    /// quote); `None` when one of them was not found.
    pub fn of(facts: &[Fact], found: QuotesFound) -> Option<QuotesAt> {
        let quotes = facts.iter().filter(|f| by_quote(f));
        QuotesAt::of_quotes(quotes.map(|f| f.source.quote.as_str()), found)
    }

    /// [`QuotesAt::of`] from the quotes of the facts placed by their quote
    /// (neither placed already nor background), in order.
    pub fn of_quotes<'a>(
        quotes: impl Iterator<Item = &'a str>,
        mut found: QuotesFound,
    ) -> Option<QuotesAt> {
        let mut at = Vec::new();
        let mut last = None;
        for q in quotes {
            if last == Some(q) {
                continue;
            }
            last = Some(q);
            // Taken once: the quote's later facts have it already.
            match found.get_mut(q) {
                Some(p) if *p == usize::MAX => {}
                Some(p) => at.push(u32::try_from(std::mem::replace(p, usize::MAX)).ok()?),
                None => return None,
            }
        }
        Some(QuotesAt(at))
    }
}

/// Each fact's [`Link`] by its quote, with where the checks found it when
/// they did ([`QuotesAt`], read in the same order it was made in).
pub(crate) struct Placing<'a> {
    at: Option<QuotesAt>,
    next: usize,
    /// (where, folded length) of each quote placed; foldhash, not SipHash
    /// (every statement's quote is hashed), seeded at random.
    seen: HashMap<&'a str, (usize, usize), foldhash::fast::RandomState>,
    last: Option<(&'a str, (usize, usize))>,
}

impl<'a> Placing<'a> {
    pub(crate) fn new(at: Option<QuotesAt>) -> Self {
        Placing {
            at,
            next: 0,
            seen: HashMap::default(),
            last: None,
        }
    }

    /// The link of `f`, a fact of the document in order: each is asked for.
    pub(crate) fn link(&mut self, f: &'a Fact) -> Link<'a> {
        if let Some(at) = f.source.at {
            return Link::Sentence(at.sentence);
        }
        let q = f.source.quote.as_str();
        // Background knowledge has an empty quote: no sentence.
        if !by_quote(f) || self.at.is_none() {
            return Link::Quote(q);
        }
        let placed = match self.last {
            Some((l, p)) if l == q => Some(p),
            _ => self.seen.get(q).copied().or_else(|| {
                let p = *self.at.as_ref()?.0.get(self.next)? as usize;
                self.next += 1;
                // Measured once a quote, not once a fact.
                let placed = (p, folded_len(q));
                self.seen.insert(q, placed);
                Some(placed)
            }),
        };
        match placed {
            Some((p, len)) => {
                self.last = Some((q, (p, len)));
                Link::Found(p, len)
            }
            None => Link::Quote(q),
        }
    }
}

/// How often `sentence` says each of `terms` (in `search_key` form) as a
/// whole word: the analyzer's words of the sentence counted, one
/// segmentation for all the terms (what the `words` index held up to
/// schema 12).
pub fn word_counts_in(analyzer: &dyn Analyzer, sentence: &str, terms: &[String]) -> Vec<u32> {
    let mut counts = vec![0u32; terms.len()];
    for w in analyzer.index_words(sentence) {
        for (t, n) in terms.iter().zip(counts.iter_mut()) {
            if *t == w {
                *n += 1;
            }
        }
    }
    counts
}

#[cfg(test)]
thread_local! {
    /// Quotes looked up in their document by this thread.
    pub(crate) static QUOTE_SEARCHES: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Splits a document and attaches each fact to the sentences its quote
/// lies in.
pub(crate) fn build(text: &str, links: Vec<(Vec<u8>, Link)>) -> Vec<SentenceRecord> {
    attach(segment(text), links)
}

/// A document's sentences and where each lies in the folded text (the
/// part of [`build`] that needs no facts: a load runs it beside the
/// document's facts, on another thread).
pub(crate) struct Segmented {
    /// Each sentence's record, without facts yet.
    records: Vec<SentenceRecord>,
    /// The document folded, and where each sentence starts and ends in it.
    folded_doc: String,
    spans: Vec<(usize, usize)>,
}

/// A document's sentences as `text::sentences` splits it, in little room:
/// each one's byte range, and the words of the few that are not their
/// range (a page break inside). A dump's load splits each text when it
/// notes its quotes and segments it from these ([`segment_split`]) rather
/// than splitting it again (a thirtieth of the load's instructions).
#[derive(Debug, Default)]
pub(crate) struct Split {
    ranges: Vec<(u32, u32)>,
    /// (sentence number, words) of the sentences that are not their range.
    words: Vec<(u32, String)>,
    words_bytes: usize,
}

impl Split {
    /// Notes the next sentence of the text (they come in order, from the
    /// first); `None` when its range does not fit (a text of 4 GB or more).
    pub(crate) fn push(&mut self, s: &crate::text::Sentence) -> Option<()> {
        let range = (u32::try_from(s.start).ok()?, u32::try_from(s.end).ok()?);
        if !s.verbatim {
            self.words.push((self.ranges.len() as u32, s.text.clone()));
            self.words_bytes += s.text.len();
        }
        self.ranges.push(range);
        Some(())
    }

    /// About the bytes held: 8 a sentence, and the words kept.
    pub(crate) fn held_bytes(&self) -> usize {
        8 * self.ranges.len() + self.words_bytes
    }

    /// The records of the sentences of `text`, the text noted.
    fn records(self, text: &str) -> Vec<SentenceRecord> {
        let mut words = self.words.into_iter().peekable();
        self.ranges
            .into_iter()
            .enumerate()
            .map(|(i, (start, end))| {
                let index = i as u32;
                let text = match words.next_if(|(n, _)| *n == index) {
                    Some((_, w)) => w,
                    None => text.get(start as usize..end as usize).unwrap_or("").into(),
                };
                SentenceRecord {
                    index,
                    start,
                    end,
                    text,
                    facts: Vec::new(),
                }
            })
            .collect()
    }
}

/// Splits a document into sentences and places them in its folded text.
pub(crate) fn segment(text: &str) -> Segmented {
    let records = crate::text::sentences(text)
        .map(|s| SentenceRecord {
            index: s.index,
            start: s.start as u32,
            end: s.end as u32,
            text: s.text,
            facts: Vec::new(),
        })
        .collect();
    place(text, records)
}

/// [`segment`] of a text already split (`split`, made of its sentences
/// as `text::sentences` gives them): the same.
pub(crate) fn segment_split(text: &str, split: Split) -> Segmented {
    place(text, split.records(text))
}

/// [`Segmented`] of a document's sentences: each placed in its folded text.
fn place(text: &str, records: Vec<SentenceRecord>) -> Segmented {
    // Where each sentence starts and ends in the folded document, for
    // curated quotes (which are compared with white space folded away).
    let folded_doc = fold(text);
    let mut spans: Vec<(usize, usize)> = Vec::with_capacity(records.len());
    let mut cursor = 0;
    for s in &records {
        let f = fold(&s.text);
        // Most sentences start where the one before ended: no searcher
        // set up for them (90M instructions of a 100K load's segmenting).
        let rest = &folded_doc[cursor..];
        let at = if rest.starts_with(&f) {
            Some(0)
        } else {
            rest.find(&f)
        };
        match at {
            Some(p) => {
                spans.push((cursor + p, cursor + p + f.len()));
                cursor += p + f.len();
            }
            None => spans.push((usize::MAX, usize::MAX)),
        }
    }
    Segmented {
        records,
        folded_doc,
        spans,
    }
}

/// [`build`] of a document segmented: each fact attached to the sentences
/// its quote lies in.
///
/// Each fact's key moves into the last sentence it lies in (most lie in
/// one): a copy of every key had been an allocation a fact of a load.
pub(crate) fn attach(segmented: Segmented, links: Vec<(Vec<u8>, Link)>) -> Vec<SentenceRecord> {
    let Segmented {
        mut records,
        folded_doc,
        spans,
    } = segmented;
    // The sentences found in the folded text, in order (each starts
    // where or after the one before it ended).
    let placed: Vec<(usize, usize, usize)> = spans
        .iter()
        .enumerate()
        .filter(|(_, (a, _))| *a != usize::MAX)
        .map(|(i, &(a, b))| (a, b, i))
        .collect();
    // The sentences the words at `at`, `len` bytes of the folded text,
    // lie in.
    let overlapping = |out: &mut Vec<usize>, at: usize, len: usize| {
        out.clear();
        if len == 0 {
            return;
        }
        let first = placed.partition_point(|(_, b, _)| *b <= at);
        out.extend(
            placed[first..]
                .iter()
                .take_while(|(a, _, _)| *a < at + len)
                .map(|(_, _, i)| *i),
        );
    };
    // The facts of one statement share its quote: each quote is looked
    // up in the document once, not once per fact (a search of the whole
    // document each).
    let mut quoted: HashMap<&str, Vec<usize>> = Default::default();
    let mut one = Vec::with_capacity(1);
    for (key, link) in links {
        let targets: &[usize] = match link {
            Link::Sentence(n) => {
                one.clear();
                one.push(n as usize);
                &one
            }
            Link::Found(at, len) => {
                overlapping(&mut one, at, len);
                &one
            }
            Link::Quote(q) => quoted.entry(q).or_insert_with(|| {
                #[cfg(test)]
                QUOTE_SEARCHES.with(|n| n.set(n.get() + 1));
                let mut targets = Vec::new();
                if let Some(at) = quote_at(&folded_doc, q) {
                    overlapping(&mut targets, at, folded_len(q));
                }
                targets
            }),
        };
        let Some((&last, others)) = targets.split_last() else {
            continue;
        };
        let mut add = |t: usize, key: Vec<u8>| {
            if let Some(r) = records.get_mut(t) {
                if !r.facts.contains(&key) {
                    r.facts.push(key);
                }
            }
        };
        for &t in others {
            add(t, key.clone());
        }
        add(last, key);
    }
    records
}

impl Store {
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
            vec![
                (b"a".to_vec(), Link::Quote("甲县投资2亿元")),
                (b"b".to_vec(), Link::Quote("乙镇建成电站")),
                (b"c".to_vec(), Link::Sentence(0)),
            ],
        );
        assert_eq!(recs.len(), 2);
        assert_eq!(recs[0].facts, vec![b"a".to_vec(), b"c".to_vec()]);
        assert_eq!(recs[1].facts, vec![b"b".to_vec()]);
    }

    /// A text split once (as a load notes its quotes) segments as it does
    /// split again: the same records and places in the folded text, page
    /// breaks (sentences that are not their range) and a repeated sentence
    /// among them.
    #[test]
    fn a_text_split_once_segments_as_split_again() {
        let text = "甲县投资2亿元。\n\n乙镇建成电站,装机\n\n300千瓦。甲县投资2亿元。\nGDP 增长 5%；\n丙村修路3公里！";
        let mut split = Split::default();
        for s in crate::text::sentences(text) {
            split.push(&s).unwrap();
        }
        assert!(!split.words.is_empty() && split.words.len() < split.ranges.len());
        let (a, b) = (segment(text), segment_split(text, split));
        assert_eq!(a.records, b.records);
        assert_eq!((a.folded_doc, a.spans), (b.folded_doc, b.spans));
        assert!(a.records.len() >= 4, "{:?}", a.records);
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
        let recs = build(text, links);
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

    /// Facts placed where the checks found their quotes link to the
    /// sentences a search of the text links them to, with no search: a
    /// quote said twice (linked where first said), one across two
    /// sentences with white space in it, repeated and interleaved, among a
    /// background and a recorded position.
    #[test]
    fn quotes_placed_by_the_checks_link_as_searched_ones() {
        use crate::model::{Location, Source, Value};
        let text = "甲县 投资2亿元。乙镇建成电站,装机\n\n300千瓦。甲县投资2亿元。丙村修路。";
        let fact = |quote: &str| Fact {
            subject: "甲县".into(),
            attribute: "funding".into(),
            value: Value::Text(String::new()),
            source: Source::curated("d", quote),
            qualifiers: Default::default(),
        };
        let mut facts: Vec<Fact> = ["甲县投资2亿元", "2亿元。 乙镇建成", "甲县投资2亿元", "修路"]
            .into_iter()
            .chain(["丙村修路。", "", "甲县投资"])
            .map(fact)
            .collect();
        facts[5].source.background = Some("known".into());
        facts[6].source.at = Some(Location {
            sentence: 1,
            start: 0,
            end: 0,
            value_start: 0,
            value_end: 0,
        });
        let folded = fold(text);
        let found: QuotesFound = facts
            .iter()
            .filter_map(|f| Some((f.source.quote.clone(), quote_at(&folded, &f.source.quote)?)))
            .collect();
        let at = QuotesAt::of(&facts, found.clone()).unwrap();
        // Each quote linked by its words once, in their order.
        assert_eq!(at.0.len(), 4);
        fn keyed(links: Vec<Link<'_>>) -> Vec<(Vec<u8>, Link<'_>)> {
            links
                .into_iter()
                .enumerate()
                .map(|(i, l)| (vec![i as u8], l))
                .collect()
        }
        let mut placing = Placing::new(Some(at));
        let placed = keyed(facts.iter().map(|f| placing.link(f)).collect());
        assert!(
            placed
                .iter()
                .filter(|(_, l)| matches!(l, Link::Found(..)))
                .count()
                == 5
        );
        let mut searching = Placing::new(None);
        let searched = keyed(facts.iter().map(|f| searching.link(f)).collect());
        let records = |links: Vec<(Vec<u8>, Link)>| -> Vec<(u32, Vec<Vec<u8>>)> {
            build(text, links)
                .into_iter()
                .map(|r| (r.index, r.facts))
                .collect()
        };
        // The background's empty quote alone is looked up (and found
        // nowhere) when placed.
        QUOTE_SEARCHES.with(|n| n.set(0));
        let got = records(placed);
        assert_eq!(QUOTE_SEARCHES.with(|n| n.get()), 1);
        assert_eq!(got, records(searched));
        assert_eq!(QUOTE_SEARCHES.with(|n| n.get()), 1 + 5);
        // The quote across two sentences is in both; the one said twice
        // only where it is first said.
        let with = |k: u8| got.iter().filter(|(_, f)| f.contains(&vec![k])).count();
        assert_eq!((with(1), with(0), got[2].1.len()), (2, 1, 0), "{got:?}");
        // A quote the checks did not find: nothing placed.
        let mut missing = found;
        missing.remove("修路");
        assert!(QuotesAt::of(&facts, missing).is_none());
    }
}
