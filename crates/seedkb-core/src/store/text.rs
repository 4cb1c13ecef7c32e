//! Documents' texts and the quotes that point into them (schema 6).
//!
//! A document's text is stored once, in chunks of [`CHUNK_BYTES`] under
//! `dict` keys `T` · doc id · chunk number (one engine key per 16 KB: a
//! 50 MB article is ~3,200 values written as they come, not one record
//! the engine copies whole at its commit). Its record keeps `text:
//! Some("")` to say it has one (zero chunks: the empty text).
//!
//! A source whose quote is a sentence of its document, word for word,
//! stores that sentence's byte range ([`StoredSource::span`]) instead of
//! the words: a million generated facts stored 121.6 MB of quotes for
//! 21 MB of distinct sentences. Reading one back is a range of the text
//! (one chunk, usually cached). A sentence of the full-text index whose
//! words are its range of the text, at the first place they occur, is
//! stored without them too (`SentenceRecord::text` empty), and read back
//! from the text by `Store::sentence` and `Store::all_sentences`.

use super::kv::{Kv, Space};
use super::{keys, storage, DocId, Store, StoredSource};
use crate::error::Error;
use std::collections::HashMap;
use std::hash::{BuildHasher, Hash, Hasher};
use std::sync::{Arc, Mutex, PoisonError};

/// The bytes of one stored chunk of a text (the last may be shorter).
/// Small enough that reading a quote's chunk is cheap and the engine
/// keeps it inline (sled stores larger values as separate blob files).
pub(crate) const CHUNK_BYTES: usize = 16 * 1024;

/// The chunks of `text` as they are cut: (chunk number, bytes).
pub(crate) fn chunks(text: &str) -> impl Iterator<Item = (u32, &[u8])> {
    text.as_bytes()
        .chunks(CHUNK_BYTES)
        .enumerate()
        .map(|(i, c)| (i as u32, c))
}

/// A chunk's bytes as they are stored (schema 9): one zstd frame
/// (`zipped::compress`), which took the 1M-fact benchmark's 21.5 MB of
/// texts to 8.1 MB at level 1 (generated text: news text compresses less;
/// ~9 MB at level -1, round 43).
pub(crate) fn stored_chunk(bytes: &[u8]) -> Result<Vec<u8>, Error> {
    super::zipped::compress(bytes)
        .map_err(|e| Error::Storage(format!("compressing a text chunk: {e}")))
}

/// A stored chunk's bytes (see [`stored_chunk`]).
pub(crate) fn chunk_of(stored: &[u8]) -> Result<Vec<u8>, String> {
    super::zipped::decompress(stored, CHUNK_BYTES).map_err(|e| e.to_string())
}

/// A document's text read from its start a piece at a time, as often as a
/// load needs: a long text is loaded without being held (issue 15).
pub trait LongText {
    /// Its length in bytes.
    fn len(&self) -> u64;
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Its UTF-8 bytes, from the start.
    fn open(&self) -> Result<Box<dyn std::io::Read + '_>, Error>;
}

/// A failed read of a [`LongText`].
pub fn long_text_error(e: &dyn std::fmt::Display) -> Error {
    Error::Storage(format!(
        "reading back the temporary copy of a long text being loaded: {e}"
    ))
}

/// A quote's identity with its document's: two 64-bit hashes of
/// different families (collisions of both: ~2^-128). Fx's and foldhash's,
/// not SipHash: the table lives in memory only, and a dump's load hashes
/// every sentence twice (its entities' pass and its facts') and every
/// quote once more; foldhash reads 16 bytes a step where FNV-1a, the
/// first half before, read one (2.6% of a 100K load's instructions, most
/// on the loader).
fn quote_id(doc: DocId, q: &str) -> QuoteId {
    let mut fx = rustc_hash::FxHasher::default();
    (doc, q).hash(&mut fx);
    let fold = QUOTE_SEED.hash_one((doc, q));
    QuoteId([fold, fx.finish()])
}

/// foldhash's fixed seed for [`quote_id`]: ids are compared within one
/// process only, and a fixed seed makes a load's table the same each run.
const QUOTE_SEED: foldhash::quality::FixedState =
    foldhash::quality::FixedState::with_seed(0x5eed_6b62_7175_6f74);

#[derive(PartialEq, Eq)]
struct QuoteId([u64; 2]);

/// A hash already: the table hashes it as its first half.
impl Hash for QuoteId {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(self.0[0]);
    }
}

/// The hasher of [`QuoteId`]s: their first half as it is.
#[derive(Default)]
struct FirstHalf(u64);

impl Hasher for FirstHalf {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        // Only `write_u64` is called; anything else is folded in (FNV-1a).
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// Where each sentence of the documents a load writes starts, by its
/// words: a quote equal to one becomes that sentence's range (the first
/// such sentence, so one quote always gets one range and sources that
/// were one before interning still are). ~24 bytes a sentence.
#[derive(Default)]
pub(crate) struct QuoteSpans {
    starts: HashMap<QuoteId, u32, std::hash::BuildHasherDefault<FirstHalf>>,
}

impl QuoteSpans {
    /// Notes the sentences of document `doc`'s `text` (as `text::sentences`
    /// splits it; a sentence whose words are not one range of the text —
    /// a page break inside — is left out).
    pub(crate) fn add_doc(&mut self, doc: DocId, text: &str) {
        if u32::try_from(text.len()).is_err() {
            return;
        }
        self.add_sentences(doc, crate::text::sentences(text));
    }

    /// [`QuoteSpans::add_doc`] of the sentences of a text shorter than
    /// 4 GB, as they are split.
    pub(crate) fn add_sentences(
        &mut self,
        doc: DocId,
        sentences: impl Iterator<Item = crate::text::Sentence>,
    ) {
        for s in sentences {
            if s.verbatim {
                self.starts
                    .entry(quote_id(doc, &s.text))
                    .or_insert(s.start as u32);
            }
        }
    }

    /// The sentences noted.
    pub(crate) fn len(&self) -> usize {
        self.starts.len()
    }

    /// Whether `words` are document `doc`'s text from byte `start` on (a
    /// sentence noted here, at its first place).
    pub(crate) fn is_range(&self, doc: DocId, start: u32, words: &str) -> bool {
        self.starts.get(&quote_id(doc, words)) == Some(&start)
    }

    /// `src` with its quote replaced by its range in the document's text
    /// when the quote is one of its sentences; as it is otherwise.
    pub(crate) fn intern(&self, mut src: StoredSource) -> StoredSource {
        let n = src.quoted().len();
        if src.span.is_some() || n == 0 {
            return src;
        }
        if let Some(start) = self.starts.get(&quote_id(src.doc, &src.quote[..n])) {
            src.span = Some((*start, n as u32));
            src.quote.drain(..n);
        }
        src
    }
}

/// Recently read chunks of texts, for quotes: a `show` or a dump reads
/// many quotes of one document. Emptied by every load (a replaced
/// document keeps its id and chunk keys).
#[derive(Default)]
pub(crate) struct ChunkCache {
    held: Mutex<(u64, Chunks)>,
}

/// Chunks by document and number.
type Chunks = HashMap<(DocId, u32), Arc<[u8]>>;

/// Chunks kept at most (4 MB).
const CHUNKS_KEPT: usize = 256;

impl Store {
    /// Chunk `i` of document `doc`'s text.
    fn text_chunk(&self, doc: DocId, i: u32) -> Result<Arc<[u8]>, Error> {
        let since = self.caches.generation();
        {
            let held = self
                .texts
                .held
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            if held.0 == since {
                if let Some(c) = held.1.get(&(doc, i)) {
                    return Ok(c.clone());
                }
            }
        }
        let stored = self
            .kv
            .get(Space::Dict, &keys::doc_text_chunk(doc, i))
            .map_err(storage)?
            .ok_or_else(|| {
                Error::Storage(format!("document #{doc}: chunk {i} of its text is missing"))
            })?;
        let bytes: Arc<[u8]> = chunk_of(&stored)
            .map_err(|e| {
                Error::Storage(format!(
                    "document #{doc}: chunk {i} of its text is damaged: {e}"
                ))
            })?
            .into();
        let mut held = self
            .texts
            .held
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if held.0 != since || held.1.len() >= CHUNKS_KEPT {
            held.1.clear();
            held.0 = since;
        }
        if self.caches.generation() == since {
            held.1.insert((doc, i), bytes.clone());
        }
        Ok(bytes)
    }

    /// The words at `len` bytes from `start` of document `doc`'s text.
    pub(crate) fn text_range(&self, doc: DocId, start: u32, len: u32) -> Result<String, Error> {
        let (start, end) = (start as usize, start as usize + len as usize);
        let mut out = Vec::with_capacity(len as usize);
        let mut at = start;
        while at < end {
            let i = at / CHUNK_BYTES;
            let chunk = self.text_chunk(doc, i as u32)?;
            let from = at - i * CHUNK_BYTES;
            let to = (end - i * CHUNK_BYTES).min(chunk.len());
            if from >= to {
                return Err(Error::Storage(format!(
                    "document #{doc}: a quote at bytes {start}..{end} is past the end of its text"
                )));
            }
            out.extend_from_slice(&chunk[from..to]);
            at = i * CHUNK_BYTES + to;
        }
        String::from_utf8(out).map_err(|_| {
            Error::Storage(format!(
                "document #{doc}: a quote at bytes {start}..{end} does not fall on characters"
            ))
        })
    }

    /// The words a source quotes (resolving a stored range).
    pub(crate) fn quote_of(&self, s: &StoredSource) -> Result<String, Error> {
        match s.span {
            Some((start, len)) => self.text_range(s.doc, start, len),
            None => Ok(s.quoted().to_string()),
        }
    }
}

/// Document `doc`'s whole text from its chunks, read from `kv`.
pub(crate) fn read_text(kv: &dyn Kv, doc: DocId) -> Result<String, Error> {
    read_text_as(kv, doc, |n, v| {
        chunk_of(v).map_err(|e| {
            Error::Storage(format!(
                "document #{doc}: chunk {n} of its text is damaged: {e}"
            ))
        })
    })
}

/// The first chunk of document `doc`'s text, up to its last whole
/// character (a chunk may end inside one).
pub(crate) fn read_head(kv: &dyn Kv, doc: DocId) -> Result<String, Error> {
    let Some(v) = kv
        .get(Space::Dict, &keys::doc_text_chunk(doc, 0))
        .map_err(storage)?
    else {
        return Ok(String::new());
    };
    let bytes = chunk_of(&v).map_err(|e| {
        Error::Storage(format!(
            "document #{doc}: chunk 0 of its text is damaged: {e}"
        ))
    })?;
    Ok(match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            let whole = e.utf8_error().valid_up_to();
            let mut bytes = e.into_bytes();
            bytes.truncate(whole);
            String::from_utf8(bytes).unwrap_or_default()
        }
    })
}

/// [`read_text`] where `chunk` makes each chunk's bytes of its number and
/// stored value (schema 8 and older stored them as they are).
pub(crate) fn read_text_as(
    kv: &dyn Kv,
    doc: DocId,
    mut chunk: impl FnMut(usize, &[u8]) -> Result<Vec<u8>, Error>,
) -> Result<String, Error> {
    let mut bytes = Vec::new();
    for (n, item) in kv
        .scan_prefix(Space::Dict, &keys::doc_text_prefix(doc))
        .enumerate()
    {
        let (k, v) = item.map_err(storage)?;
        if k != keys::doc_text_chunk(doc, n as u32) {
            return Err(Error::Storage(format!(
                "document #{doc}: chunk {n} of its text is missing"
            )));
        }
        bytes.extend_from_slice(&chunk(n, &v)?);
    }
    String::from_utf8(bytes)
        .map_err(|_| Error::Storage(format!("document #{doc}: its text is not UTF-8")))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every sentence of an article whose words, as the extractor quotes
    /// them (`text::sentences`), are one range of the text is stored as
    /// that range, which reads back as those words (a sentence across a
    /// line break, its white space removed, stays in words).
    #[test]
    fn an_articles_sentences_are_interned() {
        let text = include_str!("../../../../seeds/000_c0358a9eae1db40c.txt").repeat(3);
        let mut spans = QuoteSpans::default();
        spans.add_doc(4, &text);
        let (mut interned, mut whole) = (0, 0);
        for s in crate::text::sentences(&text) {
            whole += usize::from(text.get(s.start..s.end) == Some(s.text.as_str()));
            let src = StoredSource::new(&crate::model::Source::curated("a", &s.text), 4, &[]);
            if let Some((start, len)) = spans.intern(src).span {
                interned += 1;
                assert_eq!(&text[start as usize..(start + len) as usize], s.text);
            }
        }
        assert!(whole > 200 && interned == whole, "{interned} of {whole}");
    }
}
