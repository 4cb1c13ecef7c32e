//! Storage: facts and their covering indexes over an ordered key-value
//! engine ([`kv::Kv`], sled by default).
//!
//! Layout (one keyspace per index, see `keys` for the encoding):
//! - `eavt`  e|a|v → [`FactHead`] (the original text, qualifiers, how many
//!   sources); `sources` e|a|v|0|doc|quote hash → one [`SourceEntry`]
//!   (readers get a [`FactRecord`] with its sources put together)
//! - `aevt`  a|e|v → ()  every value of one attribute, by entity
//! - `avet`  a|v|e → ()  range scans on values (`amount > 1亿元`)
//! - `vaet`  v|a|e → ()  reverse references (what points at 义县)
//! - `entities` e → [`EntityRecord`]; `names` name key → e
//! - `dict` attribute and document names ↔ ids; `doc_index` doc → its keys
//! - `sentences` doc|n → [`search::SentenceRecord`]; `words` word|doc|n → count
//! - `meta` schema version and id counters
//!
//! Every load is one atomic write: a document's facts are all there or none.

mod cache;
pub mod check;
pub mod cite;
pub mod compact;
pub mod keys;
pub mod kv;
pub mod mem;
pub mod packed;
mod packed_names;
mod range;
mod runs;
pub mod search;
#[cfg(test)]
mod tests;
mod text;
mod upgrade;
mod write;
pub mod zipped;

pub use cache::ReadAround;
pub use keys::{Aid, DocId, Eid, KeyValue};
pub use packed_names::PackedNames;
pub use range::ValueRange;
pub use text::{long_text_error, LongText};
pub use upgrade::{
    schema_10_ops, schema_11_ops, schema_12_ops, schema_2_ops, schema_4_ops, schema_5_ops,
    schema_6_ops, schema_7_ops, schema_8_ops, schema_9_ops,
};
pub use write::parts::{DocPart, DocumentParts, Fingerprint};
pub use write::{is_extracted, LoadReport, RemovedFact, PUBLISHED_ATTR, REMOVED_LISTED};

use crate::error::Error;
use crate::model::{name_key, Bound as QBound, Date, Qualifiers, Quantity, Source, Value};
use crate::text::Analyzer;
use cache::{AttrCache, Caches};
use keys::DICT_ATTR_BY_NAME;
use kv::{Kv, KvError, SledKv, Space};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::ops::Bound;
use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

/// Bump when the key layout or a record format changes; an older database
/// is upgraded on open (`upgrade`).
/// 2: sources carry their position (`at`), documents whether they were
/// extracted; the `sentences` and `words` keyspaces.
/// 3: facts carry qualifiers (modality, rate, as-of date) in their record
/// and, when not the default, at the end of their keys.
/// 4: every keyspace but `meta` and `dict` stored as packed blocks of
/// entries (see `packed`).
/// 5: records (facts, entities, sentences, documents) in bincode's varint
/// encoding: lengths and small integers in one byte, not eight (a
/// sentence record's words were half length prefixes).
/// 6: documents' texts in 16 KB chunks (`dict` `T` keys), and a quote
/// that is a sentence of its document stored as its byte range of the
/// text (`StoredSource::span`), not its words again (see `text`).
/// 7: a fact's sources apart from its record, one `sources` entry each
/// (see [`FactHead`]): adding a source to a fact stated thousands of times
/// rewrote (and decoded) all the others.
/// 8: sentence records without their words (`words` holds them) and with
/// their fact keys prefix-compressed; a `words` entry of a word said once
/// without its count (see `search`).
/// 9: documents' text chunks compressed, one zstd frame each (see
/// `text::stored_chunk`).
/// 10: `words` and `sentences` blocks compressed, one zstd frame each (see
/// `zipped`).
/// 11: the blocks of the other packed keyspaces compressed too, but
/// `eavt` and `entities` (see `zipped`).
/// 12: no `words` entry for the words the analyzer leaves to `find`'s
/// scan (`Analyzer::scanned`: for Chinese, single characters and numbers,
/// 47% of a generated load's entries).
/// 13: no `words` index at all: `find` segments the sentences that match
/// (the index was 23% of a load's instructions; see `search`).
/// 14: a date's year slot may hold a year relative to the document's
/// (去年 in a text that prints no year; `model::relative_year_slot`).
/// 15: a fact's qualifiers may end with a period (the time its value
/// covers: `Qualifiers::period`), in its record (`head_bits::PERIOD`) and
/// at the end of its keys.
pub const SCHEMA_VERSION: u32 = 15;

const META_SCHEMA: &[u8] = b"schema_version";
/// A file in the database directory while it is being created.
const CREATING_MARKER: &str = "seedkb-creating";
/// Present once a new database got its first documents (or was made empty
/// on purpose).
/// The name of the text analyzer that built the full-text index.
const META_ANALYZER: &[u8] = b"analyzer";
pub(crate) const META_INITIALIZED: &[u8] = b"initialized";
/// Fingerprint of the bundled seeds a database was seeded with.
pub(crate) const META_SEEDS: &[u8] = b"seed_fingerprint";
pub(crate) const META_NEXT_EID: &[u8] = b"next_eid";
pub(crate) const META_NEXT_AID: &[u8] = b"next_aid";
pub(crate) const META_NEXT_DOC: &[u8] = b"next_doc";

pub use crate::model::KIND_ATTR;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredSource {
    pub doc: DocId,
    /// The quote, then (rarely) marked parts: see [`StoredSource::new`].
    /// With a `span`, only the marked parts.
    pub quote: String,
    pub extracted: bool,
    pub at: Option<crate::model::Location>,
    /// Schema 6: the quote is these bytes (start, length) of the
    /// document's stored text, where it is one of its sentences word for
    /// word (see `store::text`); [`Store::source`] reads it back.
    pub span: Option<(u32, u32)>,
}

/// Starts a marked part of a stored quote. Quotes are words of a document
/// and never hold it (ingest refuses one that does).
pub const SOURCE_MARK: char = '\u{1}';
/// Separates an alias from its reason in a marked part.
const ALIAS_SEP: char = '\u{2}';

impl StoredSource {
    /// A source as a record keeps it. Background knowledge (`b` why) and
    /// the reasons of an entity's aliases the document does not contain
    /// (`a` alias U+0002 why) follow the quote as parts each marked by
    /// [`SOURCE_MARK`]: records without them (all records written before
    /// they existed) read as "quoted, no background", with no change of
    /// the record layout.
    pub fn new(s: &Source, doc: DocId, alias_background: &[(String, String)]) -> StoredSource {
        let mut quote = s.quote.clone();
        if let Some(why) = &s.background {
            quote.push(SOURCE_MARK);
            quote.push('b');
            quote.push_str(why);
        }
        for (alias, why) in alias_background {
            quote.push(SOURCE_MARK);
            quote.push('a');
            quote.push_str(alias);
            quote.push(ALIAS_SEP);
            quote.push_str(why);
        }
        StoredSource {
            doc,
            quote,
            extracted: s.extracted,
            at: s.at,
            span: None,
        }
    }

    fn parts(&self) -> impl Iterator<Item = &str> {
        self.quote.split(SOURCE_MARK).skip(1)
    }

    /// The words quoted from the document (empty for background knowledge),
    /// when they are stored in the source: not for a quote stored as a
    /// range of the document's text (`span`; [`Store::source`] reads both).
    pub fn quoted(&self) -> &str {
        self.quote.split(SOURCE_MARK).next().unwrap_or_default()
    }

    /// Why the curator knows it, for background knowledge.
    pub fn background(&self) -> Option<&str> {
        self.parts().find_map(|p| p.strip_prefix('b'))
    }

    /// The entity's aliases the document does not contain, with why.
    pub fn alias_background(&self) -> Vec<(String, String)> {
        self.parts()
            .filter_map(|p| p.strip_prefix('a')?.split_once(ALIAS_SEP))
            .map(|(a, why)| (a.to_string(), why.to_string()))
            .collect()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityRecord {
    pub name: String,
    pub kind: String,
    pub aliases: Vec<String>,
    pub sources: Vec<StoredSource>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FactRecord {
    /// Original words of a quantity or date; empty for text and references.
    pub text: String,
    pub sources: Vec<StoredSource>,
    /// Modality, rate and as-of date (schema 3); the keys end with them
    /// too, so a fact's identity includes them.
    pub qualifiers: crate::model::Qualifiers,
}

/// A fact's record as `eavt` stores it (schema 7): its first source, and
/// the others as entries of `sources` under its key; the record counts
/// them all by kind, which is what a load asks of them (curated wins; a
/// fact with none left goes). Encoded by hand since schema 8 (see
/// [`FactHead`]'s `Serialize`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FactHead {
    /// First, as in [`FactRecord`]: a reader of the words decodes a prefix.
    pub text: String,
    /// The source the fact was made with (number 0), kept here: most facts
    /// have one source, and then no `sources` entry (a key as long as the
    /// fact's own) is written. None once its document took it away.
    pub first: Option<StoredSource>,
    pub qualifiers: crate::model::Qualifiers,
    /// Sources drawn by the extractor (`first` included).
    pub extracted: u64,
    /// Sources from curated files (`first` included).
    pub curated: u64,
    /// The order number of the next source added ([`SourceEntry::seq`]):
    /// one more than any it had.
    pub next: u64,
}

/// What a [`FactHead`] holds, one bit each, in the byte after its text
/// (schema 8): the parts that most facts share (one source, counted;
/// no qualifiers; its quote a range of the text) take no bytes.
mod head_bits {
    pub const FIRST: u8 = 1;
    pub const EXTRACTED: u8 = 2;
    pub const AT: u8 = 4;
    pub const SPAN: u8 = 8;
    pub const QUOTE: u8 = 16;
    pub const QUALIFIED: u8 = 32;
    /// The counts follow; without it they are those of the first source
    /// alone (one of its kind, the next number 1), or none.
    pub const COUNTS: u8 = 64;
    /// The period follows the qualifiers (schema 15; `Qualifiers`' serde
    /// layout keeps the three it had).
    pub const PERIOD: u8 = 128;
}

impl FactHead {
    /// The counts the record implies when it does not store them.
    fn implied_counts(&self) -> (u64, u64, u64) {
        match &self.first {
            Some(f) if f.extracted => (1, 0, 1),
            Some(_) => (0, 1, 1),
            None => (0, 0, 0),
        }
    }

    /// The byte of [`head_bits`] saying what the record holds.
    fn bits(&self) -> u8 {
        use head_bits::*;
        let mut bits = 0u8;
        if let Some(f) = &self.first {
            bits |= FIRST;
            bits |= if f.extracted { EXTRACTED } else { 0 };
            bits |= if f.at.is_some() { AT } else { 0 };
            bits |= if f.span.is_some() { SPAN } else { 0 };
            bits |= if f.quote.is_empty() { 0 } else { QUOTE };
        }
        if !self.qualifiers.is_default() {
            bits |= QUALIFIED;
        }
        if self.qualifiers.period.is_some() {
            bits |= PERIOD;
        }
        if (self.extracted, self.curated, self.next) != self.implied_counts() {
            bits |= COUNTS;
        }
        bits
    }

    /// The record's bytes: those of [`encode`] (its `Serialize`, bincode's
    /// varint encoding), written here directly into a vector of their
    /// size. A load encodes one per fact, and bincode's pass to size it
    /// and pass to write it through serde were ~440 instructions a fact.
    pub(crate) fn encode(&self) -> Vec<u8> {
        use head_bits::*;
        let bits = self.bits();
        let text = self.text.len();
        let mut size = varint_len(text as u64) + text + 1;
        if let Some(f) = &self.first {
            size += varint_len(f.doc.into());
            if bits & QUOTE != 0 {
                size += varint_len(f.quote.len() as u64) + f.quote.len();
            }
            if let Some(at) = &f.at {
                size += location_parts(at).map(varint_len).iter().sum::<usize>();
            }
            if let Some((start, len)) = f.span {
                size += varint_len(start.into()) + varint_len(len.into());
            }
        }
        let qualifiers = (bits & QUALIFIED != 0).then(|| encode(&self.qualifiers));
        size += qualifiers.as_ref().map_or(0, Vec::len);
        let period = self.qualifiers.period.as_ref().map(encode);
        size += period.as_ref().map_or(0, Vec::len);
        let counts = [self.extracted, self.curated, self.next];
        if bits & COUNTS != 0 {
            size += counts.map(varint_len).iter().sum::<usize>();
        }
        let mut b = Vec::with_capacity(size);
        put_varint(&mut b, text as u64);
        b.extend_from_slice(self.text.as_bytes());
        b.push(bits);
        if let Some(f) = &self.first {
            put_varint(&mut b, f.doc.into());
            if bits & QUOTE != 0 {
                put_varint(&mut b, f.quote.len() as u64);
                b.extend_from_slice(f.quote.as_bytes());
            }
            if let Some(at) = &f.at {
                for n in location_parts(at) {
                    put_varint(&mut b, n);
                }
            }
            if let Some((start, len)) = f.span {
                put_varint(&mut b, start.into());
                put_varint(&mut b, len.into());
            }
        }
        if let Some(q) = qualifiers {
            b.extend_from_slice(&q);
        }
        if let Some(p) = period {
            b.extend_from_slice(&p);
        }
        if bits & COUNTS != 0 {
            for n in counts {
                put_varint(&mut b, n);
            }
        }
        b
    }
}

/// A [`crate::model::Location`]'s fields in the order serde writes them.
fn location_parts(at: &crate::model::Location) -> [u64; 5] {
    [at.sentence, at.start, at.end, at.value_start, at.value_end].map(u64::from)
}

/// How many bytes bincode's varint encoding takes for `n`.
fn varint_len(n: u64) -> usize {
    match n {
        0..=250 => 1,
        251..=0xFFFF => 3,
        0x1_0000..=0xFFFF_FFFF => 5,
        _ => 9,
    }
}

/// `n` in bincode's varint encoding: below 251 one byte; else a marker
/// (251, 252, 253) and the number in 2, 4 or 8 bytes, little-endian.
fn put_varint(b: &mut Vec<u8>, n: u64) {
    match varint_len(n) {
        1 => b.push(n as u8),
        3 => {
            b.push(251);
            b.extend_from_slice(&(n as u16).to_le_bytes());
        }
        5 => {
            b.push(252);
            b.extend_from_slice(&(n as u32).to_le_bytes());
        }
        _ => {
            b.push(253);
            b.extend_from_slice(&n.to_le_bytes());
        }
    }
}

/// Schema 8: the text first (a reader of the words decodes a prefix, as
/// bincode reads any struct), then a byte of [`head_bits`], then only
/// what they say follows: the first source's document, quote, position
/// and range, the qualifiers, the counts. At a million generated facts
/// the derived encoding spent ~11 bytes a fact on tags, flags, default
/// qualifiers and counts of one source.
impl Serialize for FactHead {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use head_bits::*;
        use serde::ser::SerializeTuple;
        let bits = self.bits();
        let counts = (self.extracted, self.curated, self.next);
        let mut t = s.serialize_tuple(HEAD_PARTS)?;
        t.serialize_element(&self.text)?;
        t.serialize_element(&bits)?;
        if let Some(f) = &self.first {
            t.serialize_element(&f.doc)?;
            if !f.quote.is_empty() {
                t.serialize_element(&f.quote)?;
            }
            if let Some(at) = &f.at {
                t.serialize_element(at)?;
            }
            if let Some(span) = &f.span {
                t.serialize_element(span)?;
            }
        }
        if !self.qualifiers.is_default() {
            t.serialize_element(&self.qualifiers)?;
        }
        if let Some(p) = &self.qualifiers.period {
            t.serialize_element(p)?;
        }
        if bits & COUNTS != 0 {
            t.serialize_element(&counts)?;
        }
        t.end()
    }
}

/// The most parts a [`FactHead`] is encoded in.
const HEAD_PARTS: usize = 9;

impl<'de> Deserialize<'de> for FactHead {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<FactHead, D::Error> {
        struct Head;
        impl<'de> serde::de::Visitor<'de> for Head {
            type Value = FactHead;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a fact record")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut a: A,
            ) -> Result<FactHead, A::Error> {
                use head_bits::*;
                use serde::de::Error as _;
                fn part<'de, A: serde::de::SeqAccess<'de>, T: Deserialize<'de>>(
                    a: &mut A,
                    what: &str,
                ) -> Result<T, A::Error> {
                    a.next_element()?.ok_or_else(|| {
                        A::Error::custom(format!("the record ends before its {what}"))
                    })
                }
                let text: String = part(&mut a, "text")?;
                let bits: u8 = part(&mut a, "flags")?;
                // Every bit has a meaning since schema 15 (PERIOD); a
                // combination that is none is refused.
                if (bits & FIRST == 0 && bits & (EXTRACTED | AT | SPAN | QUOTE) != 0)
                    || (bits & PERIOD != 0 && bits & QUALIFIED == 0)
                {
                    return Err(A::Error::custom(format!("unknown flags {bits:#04x}")));
                }
                let first = if bits & FIRST != 0 {
                    let doc = part(&mut a, "first source's document")?;
                    let quote = if bits & QUOTE != 0 {
                        part(&mut a, "first source's quote")?
                    } else {
                        String::new()
                    };
                    let at = if bits & AT != 0 {
                        Some(part(&mut a, "first source's position")?)
                    } else {
                        None
                    };
                    let span = if bits & SPAN != 0 {
                        Some(part(&mut a, "first source's range")?)
                    } else {
                        None
                    };
                    Some(StoredSource {
                        doc,
                        quote,
                        extracted: bits & EXTRACTED != 0,
                        at,
                        span,
                    })
                } else {
                    None
                };
                let mut qualifiers: crate::model::Qualifiers = if bits & QUALIFIED != 0 {
                    part(&mut a, "qualifiers")?
                } else {
                    crate::model::Qualifiers::default()
                };
                if bits & PERIOD != 0 {
                    qualifiers.period = Some(part(&mut a, "period")?);
                }
                let mut head = FactHead {
                    text,
                    first,
                    qualifiers,
                    ..FactHead::default()
                };
                (head.extracted, head.curated, head.next) = if bits & COUNTS != 0 {
                    part(&mut a, "counts")?
                } else {
                    head.implied_counts()
                };
                Ok(head)
            }
        }
        d.deserialize_tuple(HEAD_PARTS, Head)
    }
}

impl FactHead {
    pub fn sources(&self) -> u64 {
        self.extracted + self.curated
    }

    /// Counts a source added (`by` 1) or removed (`by` -1).
    pub(crate) fn count(&mut self, extracted: bool, by: i64) {
        let n = if extracted {
            &mut self.extracted
        } else {
            &mut self.curated
        };
        *n = n.saturating_add_signed(by);
    }
}

/// One source of a fact as `sources` stores it: its document is in the
/// key. A fact's sources read back in the order they were added (`seq`,
/// numbered per fact), as the record of schema 6 and older kept them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceEntry {
    pub seq: u64,
    pub quote: String,
    pub extracted: bool,
    pub at: Option<crate::model::Location>,
    pub span: Option<(u32, u32)>,
}

impl SourceEntry {
    pub fn new(seq: u64, s: &StoredSource) -> Self {
        SourceEntry {
            seq,
            quote: s.quote.clone(),
            extracted: s.extracted,
            at: s.at,
            span: s.span,
        }
    }

    pub fn into_source(self, doc: DocId) -> StoredSource {
        StoredSource {
            doc,
            quote: self.quote,
            extracted: self.extracted,
            at: self.at,
            span: self.span,
        }
    }
}

/// A source's quote hashed, for its `sources` key: its stored words and
/// its range of the document's text (one quote always gets one range:
/// `text::QuoteSpans`). Two sources of one document with the same hash
/// are one source, unless their quotes differ: then the later one takes
/// the next free hash ([`Store`]'s writer looks).
pub fn quote_hash(s: &StoredSource) -> u64 {
    let span = s.span.map_or([0; 9], |(start, len)| {
        let mut b = [1; 9];
        b[1..5].copy_from_slice(&start.to_be_bytes());
        b[5..].copy_from_slice(&len.to_be_bytes());
        b
    });
    crate::util::fnv1a(span.into_iter().chain(s.quote.bytes()))
}

/// A fact's sources put together from its first (number 0, in its
/// record) and its `sources` entries, in the order they were added.
pub(crate) fn assemble_sources(
    first: Option<StoredSource>,
    entries: impl IntoIterator<Item = (DocId, SourceEntry)>,
) -> Vec<StoredSource> {
    let mut v: Vec<(DocId, SourceEntry)> = entries.into_iter().collect();
    v.sort_by_key(|(_, e)| e.seq);
    first
        .into_iter()
        .chain(v.into_iter().map(|(d, e)| e.into_source(d)))
        .collect()
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocRecord {
    pub id: DocId,
    pub name: String,
    pub text: Option<String>,
    pub fingerprint: u64,
    pub entities: u64,
    pub facts: u64,
    /// Facts drawn by the extractor from the text, kept apart from a
    /// curated version of the same document.
    pub extracted: bool,
}

/// A fact as read back: attribute id, value key, record.
#[derive(Clone, Debug)]
pub struct StoredFact {
    pub entity: Eid,
    pub attr: Aid,
    pub value: KeyValue,
    pub record: FactRecord,
}

impl StoredFact {
    /// The fact's eavt key (value and qualifiers).
    pub fn eavt_key(&self) -> Vec<u8> {
        keys::eavt(
            self.entity,
            self.attr,
            &keys::fact_value(&self.value, &self.record.qualifiers),
        )
    }
}

/// A fact without its sources (see [`Store::fact_words_of`]).
#[derive(Clone, Debug)]
pub struct FactWords {
    pub attr: Aid,
    pub value: KeyValue,
    /// Original words of a quantity or date; empty for text and references.
    pub text: String,
    pub qualifiers: Qualifiers,
}

/// The longest name (in characters, as keyed) that [`Store::close_names`]
/// looks for spellings of; no stored name comes near it.
pub const MAX_SUGGESTED_CHARS: usize = 200;

pub enum Resolution {
    Found(Eid),
    NotFound { candidates: Vec<String> },
    Ambiguous { candidates: Vec<String> },
}

#[derive(Clone, Debug)]
pub struct OpenOptions {
    /// How long to wait for another process's lock.
    pub lock_wait: Duration,
    /// How sentences are cut into words for the full-text index; a database
    /// is always opened with the analyzer that created it.
    pub analyzer: Arc<dyn Analyzer>,
}

impl Default for OpenOptions {
    fn default() -> Self {
        OpenOptions {
            lock_wait: Duration::from_secs(5),
            analyzer: Arc::new(crate::text::Plain),
        }
    }
}

/// A knowledge base. `Send + Sync`: threads can query one store at once
/// (they share its caches); loads and repairs take turns.
pub struct Store {
    kv: packed::Packed,
    analyzer: Arc<dyn Analyzer>,
    caches: Caches,
    /// Held by every write: a load reads the id counters, then writes them.
    writer: Mutex<()>,
    /// What opening the database had to repair, one sentence each.
    notices: Vec<String>,
    /// Writes applied since it was opened (see [`Store::wrote`]).
    writes: Arc<std::sync::atomic::AtomicU64>,
    /// Chunks of documents' texts read for quotes (`store::text`).
    texts: text::ChunkCache,
    /// The block cache's room (see [`Store::read_around`]).
    room: cache::Room,
}

/// A turn of writes (see [`Store::write_turn`]): the engine's writer lock
/// goes when it is dropped, before this process's.
pub(crate) struct WriteTurn<'a> {
    _guard: std::sync::MutexGuard<'a, ()>,
    raw: &'a dyn Kv,
}

impl Drop for WriteTurn<'_> {
    fn drop(&mut self) {
        self.raw.unlock_writes();
    }
}

// A server shares one store between threads.
const _: () = {
    const fn shared<T: Send + Sync>() {}
    shared::<Store>();
};

impl From<KvError> for Error {
    fn from(e: KvError) -> Error {
        match e {
            KvError::Locked(m) => Error::Locked(m),
            KvError::Io(m) | KvError::Corrupt(m) => Error::Storage(m),
        }
    }
}

pub(crate) fn storage(e: KvError) -> Error {
    Error::from(e)
}

/// How records are encoded (schema 5): bincode with varint lengths and
/// integers. Trailing bytes are allowed, so a record's first fields read
/// alone ([`leading_str`]) as with bincode's defaults.
fn record_options() -> impl bincode::Options {
    use bincode::Options;
    bincode::DefaultOptions::new()
        .with_varint_encoding()
        .allow_trailing_bytes()
}

pub(crate) fn decode<T: serde::de::DeserializeOwned>(bytes: &[u8], what: &str) -> Result<T, Error> {
    use bincode::Options;
    record_options()
        .deserialize(bytes)
        .map_err(|e| Error::Storage(format!("damaged {what} record: {e}")))
}

/// The string that opens a record (a fact's text, [`FactHead`]'s first
/// field; an entity's name, [`EntityRecord`]'s), borrowed, as bincode
/// reads it: a varint length, then UTF-8. A short one (a length of one
/// byte, below 251) is read here; bincode's reader, which cost as much as
/// the key's whole parse per fact of a warm range query's rows, reads any
/// other and says what is wrong with a damaged one (`what` names the
/// record).
fn leading_str<'v>(v: &'v [u8], what: &str) -> Result<&'v str, Error> {
    if let Some((&n, rest)) = v.split_first() {
        if n < 251 {
            if let Some(Ok(s)) = rest.get(..usize::from(n)).map(std::str::from_utf8) {
                return Ok(s);
            }
        }
    }
    #[derive(Deserialize)]
    struct First<'a> {
        s: &'a str,
    }
    use bincode::Options;
    record_options()
        .deserialize::<First<'_>>(v)
        .map(|f| f.s)
        .map_err(|e| Error::Storage(format!("damaged {what} record: {e}")))
}

/// The text that opens a fact record.
pub(crate) fn fact_text(v: &[u8]) -> Result<String, Error> {
    leading_str(v, "fact").map(str::to_owned)
}

/// Ids ahead of the last one read past which a walk over entity records
/// seeks instead (a block holds a few dozen records).
const NAME_WALK_GAP: Eid = 256;

fn missing_entity(e: Eid) -> Error {
    Error::Storage(format!("entity #{e} is referenced but missing"))
}

/// The name that opens an entity record, borrowed.
fn record_name(v: &[u8]) -> Result<&str, Error> {
    leading_str(v, "entity")
}

pub(crate) fn encode<T: Serialize>(v: &T) -> Vec<u8> {
    use bincode::Options;
    // Serializing plain structs into a Vec cannot fail.
    record_options().serialize(v).unwrap_or_default()
}

/// [`encode`] into a vector of `room` bytes (grown if they are too few),
/// without bincode's pass to size it: for a record whose parts cost to
/// size (a sentence's fact keys, compressed to be measured).
pub(crate) fn encode_in<T: Serialize>(v: &T, room: usize) -> Vec<u8> {
    use bincode::Options;
    let mut b = Vec::with_capacity(room);
    // Serializing plain structs into a Vec cannot fail.
    if record_options().serialize_into(&mut b, v).is_err() {
        return encode(v);
    }
    b
}

/// bincode's default encoding (fixed-length integers), which records had
/// up to schema 4: documents' fingerprints hash it, so that reloading an
/// unchanged file after an upgrade still changes nothing.
pub(crate) fn encode_fixed<T: Serialize>(v: &T) -> Vec<u8> {
    bincode::serialize(v).unwrap_or_default()
}

/// A record in bincode's default encoding (see [`encode_fixed`]): schema 4
/// and older, read by the upgrade steps.
pub(crate) fn decode_fixed<T: serde::de::DeserializeOwned>(
    bytes: &[u8],
    what: &str,
) -> Result<T, Error> {
    bincode::deserialize(bytes).map_err(|e| Error::Storage(format!("damaged {what} record: {e}")))
}

/// A record as it is stored (the encoding of [`SCHEMA_VERSION`]), for
/// tests and tools that write records through the engine.
#[doc(hidden)]
pub fn record_bytes<T: Serialize>(v: &T) -> Vec<u8> {
    encode(v)
}

/// A stored record read back (see [`record_bytes`]).
#[doc(hidden)]
pub fn from_record_bytes<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, Error> {
    decode(bytes, "stored")
}

fn corrupt(e: keys::DamagedKey) -> Error {
    Error::Storage(format!("damaged index key: {e}"))
}

impl Store {
    /// Opens the database at `path`. Returns the store and whether it is
    /// new (not yet initialized: the caller loads the bundled seeds, or
    /// calls `initialize(&[], None)` for an empty one).
    pub fn open(path: &Path, opts: &OpenOptions) -> Result<(Store, bool), Error> {
        if let Some(parent) = path.parent() {
            if !parent.as_os_str().is_empty() && !parent.exists() {
                std::fs::create_dir_all(parent).map_err(|e| {
                    Error::Storage(format!("cannot create {}: {e}", parent.display()))
                })?;
            }
        }
        // A directory that already holds files is an existing database: if
        // its data turns out to be gone (a deleted or emptied log), that is
        // damage to report, not a new database to seed over it. The marker
        // covers a creation that was interrupted before the schema was
        // written.
        let finished = compact::finish_interrupted(path);
        let marker = path.join(CREATING_MARKER);
        let fresh = match std::fs::read_dir(path) {
            Ok(mut entries) => entries.next().is_none() || marker.exists(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => true,
            Err(_) => false, // let the engine report what is wrong with it
        };
        if fresh {
            std::fs::create_dir_all(path)
                .and_then(|()| std::fs::write(&marker, b"seedkb: creating this database\n"))
                .map_err(|e| Error::Storage(format!("cannot create {}: {e}", path.display())))?;
        }
        let kv = SledKv::open(path, opts.lock_wait).map_err(storage)?;
        let notices: Vec<String> = finished.into_iter().chain(kv.notices().to_vec()).collect();
        let label = path.display().to_string();
        if !fresh && kv.get(Space::Meta, META_SCHEMA).map_err(storage)?.is_none() {
            // A compaction's copies beside it are kept: one of them may be
            // the database (an engine that made an empty one in its place
            // between the compaction's two renames).
            let copies = compact::whole_copies(path);
            let copies = if copies.is_empty() {
                String::new()
            } else {
                let names: Vec<String> = copies.iter().map(|p| p.display().to_string()).collect();
                format!(
                    "; a compaction's copy of it is beside it, kept: {} (move it into place \
                     to restore it)",
                    names.join(", ")
                )
            };
            return Err(Error::Storage(format!(
                "database {label} is damaged: the directory holds storage files but no seedkb \
                 data (its log was deleted or emptied){copies}; {}",
                kv::RESTORE_UNOPENED
            )));
        }
        // Only a database known whole makes a compaction's copies redundant.
        compact::remove_leftovers(path);
        let mut opened = Store::from_kv(Box::new(kv), &label, opts.analyzer.clone())?;
        opened.0.notices.splice(0..0, notices);
        if fresh {
            // The schema version is on disk now; from here on this is a
            // database, and losing its data is damage.
            std::fs::remove_file(&marker)
                .map_err(|e| Error::Storage(format!("cannot remove {}: {e}", marker.display())))?;
        }
        Ok(opened)
    }

    pub fn from_kv(
        kv: Box<dyn Kv>,
        label: &str,
        analyzer: Arc<dyn Analyzer>,
    ) -> Result<(Store, bool), Error> {
        let mut notices = Vec::new();
        let created = match kv.get(Space::Meta, META_SCHEMA).map_err(storage)? {
            None => {
                kv.apply(vec![
                    (
                        Space::Meta,
                        META_SCHEMA.to_vec(),
                        Some(SCHEMA_VERSION.to_be_bytes().to_vec()),
                    ),
                    (
                        Space::Meta,
                        META_ANALYZER.to_vec(),
                        Some(analyzer.name().as_bytes().to_vec()),
                    ),
                ])
                .map_err(storage)?;
                true
            }
            Some(v) => {
                let found = <[u8; 4]>::try_from(v.as_slice())
                    .map(u32::from_be_bytes)
                    .map_err(|_| Error::Storage(format!("{label}: unreadable schema version")))?;
                // Databases written before analyzers had names were all
                // indexed with jieba. Checked before an upgrade, which
                // may use the analyzer.
                let recorded = kv.get(Space::Meta, META_ANALYZER).map_err(storage)?;
                let recorded = recorded.as_deref().unwrap_or(b"zh-jieba");
                if recorded != analyzer.name().as_bytes() {
                    return Err(Error::Storage(format!(
                        "{label} was indexed with the '{}' text analyzer, but this program \
                         uses '{}'; open it with the program that created it",
                        String::from_utf8_lossy(recorded),
                        analyzer.name()
                    )));
                }
                if found < SCHEMA_VERSION && upgrade::can_upgrade(found) {
                    notices.push(upgrade::upgrade(
                        kv.as_ref(),
                        found,
                        label,
                        analyzer.as_ref(),
                    )?);
                } else if found != SCHEMA_VERSION {
                    return Err(Error::Storage(format!(
                        "{label} has schema version {found}, this seedkb reads version {SCHEMA_VERSION}; \
                         export it with the seedkb that wrote it (`seedkb dump`) and load the dump here"
                    )));
                }
                false
            }
        };
        let created = created
            || kv
                .get(Space::Meta, META_INITIALIZED)
                .map_err(storage)?
                .is_none();
        let kv = Box::new(zipped::Zipped::new(kv));
        let blocks = cache::BlockCache::new(kv, cache::block_cache_bytes());
        let writes = blocks.writes();
        let generation = blocks.generation();
        let room = blocks.room();
        let store = Store {
            kv: packed::Packed::with_landings(Box::new(blocks), label, generation),
            writes,
            analyzer,
            caches: Caches::default(),
            writer: Mutex::new(()),
            notices,
            texts: text::ChunkCache::default(),
            room,
        };
        store.reload_attrs()?;
        Ok((store, created))
    }

    /// Whether anything was written through this store since it was
    /// opened. Every write is durable when it returns, so a process that
    /// wrote nothing can end without closing the engine (sled's close
    /// flushes and frees its page table: a sixth of a one-shot query).
    pub fn wrote(&self) -> bool {
        self.writes.load(std::sync::atomic::Ordering::Acquire) > 0
    }

    /// For a reader about to read the facts of `entities` entities one
    /// at a time and hold what it makes of them: when they are far more
    /// blocks than the block cache holds, the cache is emptied (the read
    /// would have evicted all of it) and this thread's reads keep nothing
    /// in it until the guard is dropped (see `cache::Room::read_around`).
    pub fn read_around(&self, entities: usize) -> Option<ReadAround> {
        self.room.read_around(kv::Space::Eavt, entities)
    }

    /// The analyzer the full-text index was built with.
    pub fn analyzer(&self) -> &dyn Analyzer {
        self.analyzer.as_ref()
    }

    /// What opening the database had to repair (an unreadable snapshot
    /// file set aside ...), one sentence each, for a warning.
    pub fn open_notices(&self) -> &[String] {
        &self.notices
    }

    pub(crate) fn kv(&self) -> &dyn Kv {
        &self.kv
    }

    /// The engine's view with the packed keyspaces as blocks (for `check`).
    pub(crate) fn packed(&self) -> &packed::Packed {
        &self.kv
    }

    /// Makes writes wait for each other (see `writer`) and, on an engine
    /// other processes write too, for theirs: the engine's writer lock is
    /// held until the turn is dropped, and what this process cached is
    /// brought up to the latest committed write first.
    pub(crate) fn write_turn(&self) -> Result<WriteTurn<'_>, Error> {
        let guard = self.writer.lock().unwrap_or_else(PoisonError::into_inner);
        let raw = self.kv.raw();
        raw.lock_writes().map_err(storage)?;
        let turn = WriteTurn { _guard: guard, raw };
        if raw.refresh().map_err(storage)? {
            self.reload_attrs()?;
        }
        Ok(turn)
    }

    /// Picks up what other processes committed since the last call (an
    /// engine shared between processes; nothing to do on a directory).
    /// Front ends call it before each query.
    pub fn sync(&self) -> Result<(), Error> {
        if self.kv.raw().refresh().map_err(storage)? {
            let _g = self.writer.lock().unwrap_or_else(PoisonError::into_inner);
            self.reload_attrs()?;
        }
        Ok(())
    }

    /// Whether another process committed a write `sync` would pick up.
    pub fn stale(&self) -> Result<bool, Error> {
        self.kv.raw().stale().map_err(storage)
    }

    /// What the engine says about itself for `check` (a cluster's members,
    /// size and quota), one line each.
    pub fn engine_report(&self) -> Result<Vec<String>, Error> {
        self.kv.raw().report().map_err(storage)
    }

    fn reload_attrs(&self) -> Result<(), Error> {
        let mut cache = AttrCache::default();
        for item in self
            .kv
            .scan_prefix(Space::Dict, &keys::dict_prefix(DICT_ATTR_BY_NAME))
        {
            let (k, v) = item.map_err(storage)?;
            let rest = keys::parse_dict(&k).map_or(&[][..], |(_, rest)| rest);
            let name = String::from_utf8(rest.to_vec())
                .map_err(|_| Error::Storage("damaged attribute name".into()))?;
            let id = <[u8; 4]>::try_from(v.as_slice())
                .map(u32::from_be_bytes)
                .map_err(|_| Error::Storage("damaged attribute id".into()))?;
            cache.by_id.insert(id, name.clone());
            cache.by_name.insert(name, id);
        }
        self.caches.invalidate(cache);
        Ok(())
    }

    pub fn attr_id(&self, name: &str) -> Option<Aid> {
        cache::read(&self.caches.attrs).by_name.get(name).copied()
    }

    pub fn attr_name(&self, id: Aid) -> String {
        cache::read(&self.caches.attrs)
            .by_id
            .get(&id)
            .cloned()
            .unwrap_or_else(|| format!("#{id}"))
    }

    /// Attribute ids in the order they were first defined.
    pub fn attribute_ids(&self) -> Vec<Aid> {
        let mut v: Vec<Aid> = cache::read(&self.caches.attrs)
            .by_id
            .keys()
            .copied()
            .collect();
        v.sort_unstable();
        v
    }

    pub fn attribute_names(&self) -> Vec<String> {
        let mut v: Vec<String> = cache::read(&self.caches.attrs)
            .by_name
            .keys()
            .cloned()
            .collect();
        v.sort();
        v
    }

    /// The stored record of an entity that something refers to.
    fn entity_bytes(&self, e: Eid) -> Result<Vec<u8>, Error> {
        self.kv
            .get(Space::Entities, &keys::entity_prefix(e))
            .map_err(storage)?
            .ok_or_else(|| missing_entity(e))
    }

    pub fn entity(&self, e: Eid) -> Result<Arc<EntityRecord>, Error> {
        if let Some(r) = cache::read(&self.caches.entities).get(&e) {
            return Ok(r.clone());
        }
        let since = self.caches.generation();
        let bytes = self.entity_bytes(e)?;
        let rec: Arc<EntityRecord> = Arc::new(decode(&bytes, "entity")?);
        self.caches.remember_bounded(
            &self.caches.entities,
            since,
            e,
            rec.clone(),
            cache::ENTITY_RECORDS,
        );
        Ok(rec)
    }

    /// An entity's name, read without decoding the rest of its record
    /// (its aliases and sources), and cached apart from whole records.
    pub fn entity_name(&self, e: Eid) -> Result<String, Error> {
        if let Some(n) = cache::read(&self.caches.names).get(e) {
            // Not `to_string`: that can go through `Display` (it did on a
            // `Box<str>`: a quarter of a grouping's time at 1M facts).
            return Ok(String::from(n));
        }
        if let Some(r) = cache::read(&self.caches.entities).get(&e) {
            return Ok(r.name.clone());
        }
        let since = self.caches.generation();
        let bytes = self.entity_bytes(e)?;
        let name = record_name(&bytes)?.to_owned();
        self.caches.remember_name(since, e, &name);
        Ok(name)
    }

    /// `entity_name` of each of `es`, in order: the cached names under one
    /// read of the cache (a grouping names every member of every group:
    /// 100K names at 1M facts), the others read one by one.
    pub fn entity_names(&self, es: &[Eid]) -> Result<Vec<String>, Error> {
        // One pass over the names, the few not cached filled in after:
        // a vector of options collected again into strings was a third of
        // this at 1M facts.
        let mut out: Vec<String> = Vec::with_capacity(es.len());
        let mut missing = Vec::new();
        {
            let names = cache::read(&self.caches.names);
            for (i, e) in es.iter().enumerate() {
                match names.get(*e) {
                    Some(n) => out.push(String::from(n)),
                    None => {
                        missing.push(i);
                        out.push(String::new());
                    }
                }
            }
        }
        for i in missing {
            out[i] = self.entity_name(es[i])?;
        }
        Ok(out)
    }

    /// Calls `f` with the name of each of `es` (best ascending; repeats
    /// allowed), in order, without a string per name: from the names cache
    /// while it holds them, then by walking the entity records from the
    /// first id left to the last, each block decoded once for all the ids
    /// it holds, rather than a point read each (a grouping names every
    /// member, a million at 10M facts, each batch's spread over every id;
    /// a point read took ~1.6 µs: the benchmark's query process, whose
    /// first two groupings read every name, took 7.8–8.0 s of CPU at 10M
    /// facts and 0.56 at 1M, walking 6.6–6.8 and 0.48). A name walked is
    /// kept as one read alone is (the second time): a walk per batch still
    /// cost a 10M grouping ~0.3 s, 2.8× its time with the names kept.
    pub fn each_entity_name(&self, es: &[Eid], mut f: impl FnMut(&str)) -> Result<(), Error> {
        let mut i = 0;
        {
            let names = cache::read(&self.caches.names);
            while let Some(n) = es.get(i).and_then(|e| names.get(*e)) {
                f(n);
                i += 1;
            }
        }
        let since = self.caches.generation();
        let mut ids = es[i..].iter().copied().peekable();
        self.walk_names(&mut ids, Some(since), |_, n| f(n))
    }

    /// Calls `f` with each of `ids` (ascending) and its name, by walking
    /// the entity records, and keeps none of the names: for a caller that
    /// holds them itself for as long as it needs them (a grouping's
    /// members past one batch, `query::MemberNames`: a million at 10M
    /// facts, ~46 MB of a query process when the cache kept them).
    pub fn walk_entity_names(
        &self,
        ids: impl Iterator<Item = Eid>,
        f: impl FnMut(Eid, &str),
    ) -> Result<(), Error> {
        self.walk_names(&mut ids.peekable(), None, f)
    }

    /// The walk of [`Store::each_entity_name`] and
    /// [`Store::walk_entity_names`]: `f` for each id of `ids` (best
    /// ascending; repeats allowed), each name kept as a point read keeps
    /// it when `keep` says since when (the cache's generation).
    fn walk_names<I: Iterator<Item = Eid>>(
        &self,
        ids: &mut std::iter::Peekable<I>,
        keep: Option<u64>,
        mut f: impl FnMut(Eid, &str),
    ) -> Result<(), Error> {
        while let Some(&first) = ids.peek() {
            // A walk ends where the next id is far ahead (a seek costs
            // less than the records between), and is started again there.
            let mut far = false;
            self.each_from(
                Space::Entities,
                Bound::Included(keys::entity_prefix(first)),
                |k, v| {
                    let id = <[u8; 8]>::try_from(k)
                        .map(Eid::from_be_bytes)
                        .map_err(|_| Error::Storage(format!("damaged entity key {k:02x?}")))?;
                    let Some(&want) = ids.peek() else {
                        return Ok(false);
                    };
                    if id < want {
                        return Ok(true);
                    }
                    if id > want {
                        return Err(missing_entity(want));
                    }
                    let name = record_name(v)?;
                    if let Some(since) = keep {
                        self.caches.remember_name(since, id, name);
                    }
                    while ids.peek() == Some(&id) {
                        f(id, name);
                        ids.next();
                    }
                    match ids.peek() {
                        None => Ok(false),
                        // Behind (ids not ascending) or far ahead: seek.
                        Some(&next) if next < id || next - id > NAME_WALK_GAP => {
                            far = true;
                            Ok(false)
                        }
                        Some(_) => Ok(true),
                    }
                },
            )?;
            if !far {
                if let Some(&e) = ids.peek() {
                    return Err(missing_entity(e));
                }
            }
        }
        Ok(())
    }

    pub fn doc_name(&self, id: DocId) -> Result<String, Error> {
        if let Some(n) = cache::read(&self.caches.doc_names).get(&id) {
            return Ok(n.clone());
        }
        let since = self.caches.generation();
        // The record alone: its text is not read for a name.
        let doc = self.doc_head(id)?;
        let name = doc.map(|d| d.name).unwrap_or_else(|| format!("#doc{id}"));
        self.caches
            .remember(&self.caches.doc_names, since, id, name.clone());
        Ok(name)
    }

    /// A document's record with its text (read from its chunks).
    pub fn doc_by_id(&self, id: DocId) -> Result<Option<DocRecord>, Error> {
        self.doc_head(id)?.map(|d| self.with_text(d)).transpose()
    }

    /// The record of the document loaded under `name` (its text not read:
    /// `Some("")` when it has one), the curated version before the
    /// extracted one: one look-up in the name index, so `show` can ask
    /// whether an entity is also a document without reading every head.
    pub fn doc_head_named(&self, name: &str) -> Result<Option<DocRecord>, Error> {
        for extracted in [false, true] {
            let Some(id) = self
                .kv
                .get(Space::Dict, &keys::doc_by_name(name, extracted))
                .map_err(storage)?
            else {
                continue;
            };
            if let Some(d) = self.doc_head(keys::doc_id_value(&id, name)?)? {
                return Ok(Some(d));
            }
        }
        Ok(None)
    }

    /// The id of the document loaded as `name`, its extracted version or
    /// its curated one.
    pub fn doc_id_named(&self, name: &str, extracted: bool) -> Result<Option<DocId>, Error> {
        match self
            .kv
            .get(Space::Dict, &keys::doc_by_name(name, extracted))
            .map_err(storage)?
        {
            Some(id) => Ok(Some(keys::doc_id_value(&id, name)?)),
            None => Ok(None),
        }
    }

    /// A document's record as stored: a text is `Some("")` (in chunks).
    fn doc_head(&self, id: DocId) -> Result<Option<DocRecord>, Error> {
        match self
            .kv
            .get(Space::Dict, &keys::doc_by_id(id))
            .map_err(storage)?
        {
            Some(v) => Ok(Some(decode(&v, "document")?)),
            None => Ok(None),
        }
    }

    /// `d` with its text read from its chunks (schema 6).
    fn with_text(&self, mut d: DocRecord) -> Result<DocRecord, Error> {
        if d.text.as_deref() == Some("") {
            d.text = Some(text::read_text(&self.kv, d.id)?);
        }
        Ok(d)
    }

    /// The start of document `id`'s text (its first stored chunk, at most
    /// 16 KB, cut at a character), where its headline, outlet and dateline
    /// are: a citation reads it without the whole text (a server's list of
    /// documents cites each one). Empty when it has no text.
    pub fn doc_text_head(&self, id: DocId) -> Result<String, Error> {
        text::read_head(&self.kv, id)
    }

    /// Another extracted document whose text is document `id`'s byte for
    /// byte (a repost, a copy under another name), if one is stored. Only
    /// documents that stated as many facts are compared (the same text
    /// read with the same names gives the same facts): a load of one file
    /// into a large store reads a few heads, not every text.
    pub fn same_text_as(&self, id: DocId) -> Result<Option<String>, Error> {
        let Some(this) = self.doc_head(id)? else {
            return Ok(None);
        };
        let mut head = None;
        let mut whole = None;
        for d in self.doc_heads()? {
            if d.id == id || !d.extracted || d.facts != this.facts || d.text.is_none() {
                continue;
            }
            let h = match &head {
                Some(h) => h,
                None => head.insert(text::read_head(&self.kv, id)?),
            };
            if text::read_head(&self.kv, d.id)? != *h {
                continue;
            }
            let w = match &whole {
                Some(w) => w,
                None => whole.insert(text::read_text(&self.kv, id)?),
            };
            // Empty texts are no repost of each other.
            if w.is_empty() {
                return Ok(None);
            }
            if text::read_text(&self.kv, d.id)? == *w {
                return Ok(Some(d.name));
            }
        }
        Ok(None)
    }

    /// Every document's record, with its text.
    pub fn docs(&self) -> Result<Vec<DocRecord>, Error> {
        self.doc_heads()?
            .into_iter()
            .map(|d| self.with_text(d))
            .collect()
    }

    /// Every document's record without reading its text (`text` is
    /// `Some("")` when it has one): for names and counts — the REPL's
    /// banner, `.sources`, a server's home page — which at a million facts
    /// would otherwise read every text's chunks.
    pub fn doc_heads(&self) -> Result<Vec<DocRecord>, Error> {
        let mut out = Vec::new();
        for item in self
            .kv
            .scan_prefix(Space::Dict, &keys::dict_prefix(keys::DICT_DOC_BY_ID))
        {
            let (_, v) = item.map_err(storage)?;
            out.push(decode(&v, "document")?);
        }
        Ok(out)
    }

    /// A source as read back: its document's name, and its quote (read
    /// from the document's text when stored as a range of it).
    pub fn source(&self, s: &StoredSource) -> Result<Source, Error> {
        Ok(Source {
            doc: self.doc_name(s.doc)?,
            quote: self.quote_of(s)?,
            extracted: s.extracted,
            at: s.at,
            background: s.background().map(str::to_string),
        })
    }

    /// Finds an entity by name, alias, or a unique prefix of either.
    pub fn resolve(&self, name: &str) -> Result<Resolution, Error> {
        Ok(match self.lookup(name)? {
            Some(found) => found,
            None => Resolution::NotFound {
                candidates: self.close_names(name, 3)?,
            },
        })
    }

    /// The entities letters typed for a Chinese name sound like (huaxi for
    /// 华溪县), for `show`, where they are its sound before they are the
    /// start of another name (huaxi_cold.txt): `None` unless the text is
    /// letters only, no name or alias is exactly it, and a name sounds like
    /// it. Elsewhere (a `where`) such letters stay an error that offers the
    /// name, lest a typo quietly become another entity.
    pub fn sounding(&self, name: &str) -> Result<Option<Resolution>, Error> {
        let key = name_key(name);
        if !crate::suggest::is_latin(name)
            || self
                .kv
                .get(Space::Names, key.as_bytes())
                .map_err(storage)?
                .is_some()
        {
            return Ok(None);
        }
        let sounding = crate::suggest::sounds_like_ids(self, name)?;
        Ok(match sounding.as_slice() {
            [] => None,
            [e] => Some(Resolution::Found(*e)),
            many => Some(Resolution::Ambiguous {
                candidates: many
                    .iter()
                    .map(|e| self.entity_name(*e))
                    .collect::<Result<_, _>>()?,
            }),
        })
    }

    /// [`resolve`](Self::resolve) without the suggestions for a name not
    /// found (they cost an edit distance against every name): the entity
    /// (`Found`), the entities a shared prefix names (`Ambiguous`), or
    /// `None` when no name or alias starts with `name`.
    pub fn lookup(&self, name: &str) -> Result<Option<Resolution>, Error> {
        let key = name_key(name);
        if key.is_empty() {
            return Ok(None);
        }
        if let Some(v) = self.kv.get(Space::Names, key.as_bytes()).map_err(storage)? {
            return Ok(Some(Resolution::Found(eid_of(&v)?)));
        }
        let mut found: BTreeMap<Eid, ()> = BTreeMap::new();
        for item in self.kv.scan_prefix(Space::Names, key.as_bytes()) {
            let (_, v) = item.map_err(storage)?;
            found.insert(eid_of(&v)?, ());
            if found.len() > 12 {
                break;
            }
        }
        match found.len() {
            0 => Ok(None),
            1 => Ok(Some(Resolution::Found(*found.keys().next().unwrap_or(&0)))),
            _ => Ok(Some(Resolution::Ambiguous {
                candidates: found
                    .keys()
                    .map(|e| self.entity_name(*e))
                    .collect::<Result<_, _>>()?,
            })),
        }
    }

    /// Names and aliases closest to `name` by edit distance, as entity names.
    /// Nothing is offered for a name longer than [`MAX_SUGGESTED_CHARS`].
    pub fn close_names(&self, name: &str, n: usize) -> Result<Vec<String>, Error> {
        let key: Vec<char> = name_key(name).chars().collect();
        // Each candidate costs the product of the two lengths: a query's
        // 64 KB of text is no misspelt name.
        if key.len() > MAX_SUGGESTED_CHARS {
            return Ok(Vec::new());
        }
        let mut scored: Vec<(usize, usize, Eid)> = Vec::new();
        for item in self.kv.scan_prefix(Space::Names, &[]) {
            let (k, v) = item.map_err(storage)?;
            let cand: Vec<char> = String::from_utf8_lossy(&k).chars().collect();
            let d = edit_distance(&key, &cand);
            // Close by spelling (a typo or two), or sharing at least half of
            // what was typed (锦州物流 → 锦州思凯农副产品国际物流园).
            let common = key.iter().filter(|c| cand.contains(c)).count();
            let typo = d <= (key.len() / 3).max(1);
            let shared = common >= 2 && common * 2 >= key.len();
            if typo || shared {
                scored.push((key.len() - common, d, eid_of(&v)?));
            }
        }
        scored.sort();
        let mut out: Vec<String> = Vec::new();
        for (_, _, e) in scored {
            let name = self.entity_name(e)?;
            if !out.contains(&name) {
                out.push(name);
            }
            if out.len() == n {
                break;
            }
        }
        Ok(out)
    }

    /// Every name and alias key with its entity, for completion.
    pub fn all_names(&self) -> Result<Vec<(String, Eid)>, Error> {
        let mut out = Vec::new();
        for item in self.kv.scan_prefix(Space::Names, &[]) {
            let (k, v) = item.map_err(storage)?;
            out.push((String::from_utf8_lossy(&k).into_owned(), eid_of(&v)?));
        }
        Ok(out)
    }

    /// Entities of one kind, via the avet index on `kind`.
    pub fn entities_of_kind(&self, kind: &str) -> Result<Vec<Eid>, Error> {
        let Some(a) = self.attr_id(KIND_ATTR) else {
            return Ok(Vec::new());
        };
        let prefix = keys::avet_prefix(a, &KeyValue::Text(kind.to_string()));
        let mut out = Vec::new();
        self.each_with_prefix(Space::Avet, &prefix, |k, _| {
            out.push(keys::avet_entity(k).map_err(corrupt)?);
            Ok(())
        })?;
        Ok(out)
    }

    /// Whether some entity of `kind` has attribute `a`: a seek per entity
    /// of the kind until one has it, looking at `cap` of them at most
    /// (`None` when none of those has it and more are left). Usually the
    /// first entity answers, so a query's plan may ask it of every
    /// attribute it names.
    pub fn kind_has_attr(&self, kind: &str, a: Aid, cap: usize) -> Result<Option<bool>, Error> {
        let Some(k) = self.attr_id(KIND_ATTR) else {
            return Ok(Some(false));
        };
        let prefix = keys::avet_prefix(k, &KeyValue::Text(kind.to_string()));
        let mut start = Bound::Included(prefix.clone());
        let mut looked = 0;
        // In batches, so that no scan is open while the entities are read.
        let mut batch = 8;
        loop {
            let mut ids = Vec::new();
            let mut last = None;
            self.each_from(Space::Avet, start, |key, _| {
                if !key.starts_with(&prefix) || ids.len() == batch {
                    return Ok(false);
                }
                ids.push(keys::avet_entity(key).map_err(corrupt)?);
                last = Some(key.to_vec());
                Ok(true)
            })?;
            for e in &ids {
                if self.exists_prefix(Space::Eavt, &keys::eavt(*e, a, &[]))? {
                    return Ok(Some(true));
                }
            }
            looked += ids.len();
            match last {
                Some(key) if ids.len() == batch => {
                    if looked >= cap {
                        return Ok(None);
                    }
                    start = Bound::Excluded(key);
                    batch = (batch * 4).min(cap - looked);
                }
                _ => return Ok(Some(false)),
            }
        }
    }

    /// The kinds there are, ascending, without counting their entities:
    /// one seek per kind over avet[kind] (a skip scan), so planning a query
    /// costs the same in a store of any size.
    pub fn kind_names(&self) -> Result<Vec<String>, Error> {
        if let Some(k) = cache::read(&self.caches.kind_names).as_ref() {
            return Ok(k.clone());
        }
        let since = self.caches.generation();
        let mut out = Vec::new();
        if let Some(a) = self.attr_id(KIND_ATTR) {
            let mut prefix = keys::attr_prefix(a);
            keys::text_prefix(&mut prefix);
            let end = match keys::prefix_end(&prefix) {
                Some(e) => Bound::Excluded(e),
                None => Bound::Unbounded,
            };
            let mut start = prefix;
            while let Some(item) = self
                .kv
                .range(Space::Avet, Bound::Included(start.clone()), end.clone())
                .next()
            {
                let (k, _) = item.map_err(storage)?;
                let (_, value, _) = keys::parse_avet(&k).map_err(corrupt)?;
                let past = keys::avet_prefix(a, &value);
                if let KeyValue::Text(kind) = value {
                    out.push(kind);
                }
                match keys::prefix_end(&past) {
                    Some(next) => start = next,
                    None => break,
                }
            }
        }
        self.caches.remember_kinds(since, out.clone());
        Ok(out)
    }

    /// Whether entity `e` has value `v` for attribute `a`, whatever its
    /// qualifiers: a point read of the unqualified fact (kinds, most
    /// facts), else one seek in eavt; no record decoded.
    pub fn has_fact(&self, e: Eid, a: Aid, v: &KeyValue) -> Result<bool, Error> {
        let key = keys::eavt(e, a, &keys::encode_value(v));
        if self.kv.get(Space::Eavt, &key).map_err(storage)?.is_some() {
            return Ok(true);
        }
        self.exists_prefix(Space::Eavt, &key)
    }

    /// Every (entity, value) of attribute `a`, in entity order, streamed
    /// from aevt without decoding any record: for grouping and sums.
    pub fn attr_stream(&self, a: Aid) -> impl Iterator<Item = Result<(Eid, KeyValue), Error>> + '_ {
        self.kv
            .scan_prefix(Space::Aevt, &keys::attr_prefix(a))
            .map(|item| {
                let (k, _) = item.map_err(storage)?;
                let (_, e, v) = keys::parse_aevt(&k).map_err(corrupt)?;
                Ok((e, v))
            })
    }

    /// `attr_stream` with each fact's qualifiers, still from the keys
    /// alone: sums partition by them.
    pub fn attr_stream_q(
        &self,
        a: Aid,
    ) -> impl Iterator<Item = Result<(Eid, KeyValue, Qualifiers), Error>> + '_ {
        self.kv
            .scan_prefix(Space::Aevt, &keys::attr_prefix(a))
            .map(|item| {
                let (k, _) = item.map_err(storage)?;
                let (_, e, v, q) = keys::parse_aevt_q(&k).map_err(corrupt)?;
                Ok((e, v, q))
            })
    }

    /// `attr_stream_q` as a walk: `f` for each (entity, value,
    /// qualifiers) of attribute `a`, in entity order, until it says stop;
    /// the blocks are lent, not copied (a grouping's streams).
    pub fn each_attr_q(
        &self,
        a: Aid,
        mut f: impl FnMut(Eid, KeyValue, Qualifiers) -> Result<bool, Error>,
    ) -> Result<(), Error> {
        let prefix = keys::attr_prefix(a);
        self.each_from(Space::Aevt, Bound::Included(prefix.clone()), |k, _| {
            if !k.starts_with(&prefix) {
                return Ok(false);
            }
            let (_, e, v, q) = keys::parse_aevt_q(k).map_err(corrupt)?;
            f(e, v, q)
        })
    }

    /// Lends each entry of `space` whose key starts with `prefix` to `f`,
    /// in key order (see [`Kv::visit`]).
    fn each_with_prefix(
        &self,
        space: Space,
        prefix: &[u8],
        mut f: impl FnMut(&[u8], &[u8]) -> Result<(), Error>,
    ) -> Result<(), Error> {
        self.each_from(space, Bound::Included(prefix.to_vec()), |k, v| {
            if !k.starts_with(prefix) {
                return Ok(false);
            }
            f(k, v)?;
            Ok(true)
        })
    }

    /// Lends each entry of `space` from `start` on to `f` until it
    /// returns `Ok(false)` or an error.
    fn each_from(
        &self,
        space: Space,
        start: Bound<Vec<u8>>,
        mut f: impl FnMut(&[u8], &[u8]) -> Result<bool, Error>,
    ) -> Result<(), Error> {
        let mut failed = None;
        self.kv
            .visit(space, start, &mut |k, v| match f(k, v) {
                Ok(go) => Ok(go),
                Err(e) => {
                    failed = Some(e);
                    Ok(false)
                }
            })
            .map_err(storage)?;
        failed.map_or(Ok(()), Err)
    }

    /// Kinds and how many entities each has.
    pub fn kinds(&self) -> Result<Vec<(String, usize)>, Error> {
        let Some(a) = self.attr_id(KIND_ATTR) else {
            return Ok(Vec::new());
        };
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        for item in self.kv.scan_prefix(Space::Avet, &keys::attr_prefix(a)) {
            let (k, _) = item.map_err(storage)?;
            if let (_, KeyValue::Text(kind), _) = keys::parse_avet(&k).map_err(corrupt)? {
                *counts.entry(kind).or_default() += 1;
            }
        }
        Ok(counts.into_iter().collect())
    }

    /// All facts about one entity, in attribute-id order.
    pub fn facts_of(&self, e: Eid) -> Result<Vec<StoredFact>, Error> {
        self.scan_eavt(&keys::entity_prefix(e))
    }

    /// Every fact of one entity as a result row shows it: attribute,
    /// value and qualifiers from the key, the original words from the
    /// first field of the record — its sources (quotes) are not decoded.
    pub fn fact_words_of(&self, e: Eid) -> Result<Vec<FactWords>, Error> {
        // Room for a record's facts (a funding has six): growing from
        // empty moved them twice.
        let mut out = Vec::with_capacity(8);
        // The entity's prefix made once, as the seek (`each_with_prefix`
        // copies the prefix it is given: a second allocation per entity).
        let prefix = e.to_be_bytes();
        self.each_from(Space::Eavt, Bound::Included(prefix.to_vec()), |k, v| {
            if !k.starts_with(&prefix) {
                return Ok(false);
            }
            let (_, attr, value, qualifiers) = keys::parse_eavt_q(k).map_err(corrupt)?;
            out.push(FactWords {
                attr,
                value,
                text: fact_text(v)?,
                qualifiers,
            });
            Ok(true)
        })?;
        Ok(out)
    }

    /// Values of one attribute of one entity.
    pub fn values_of(&self, e: Eid, a: Aid) -> Result<Vec<StoredFact>, Error> {
        self.scan_eavt(&keys::eavt(e, a, &[]))
    }

    /// Values of one attribute of one entity, from the covering aevt index
    /// (no record decoding): for filters and grouping.
    pub fn value_keys(&self, e: Eid, a: Aid) -> Result<Vec<KeyValue>, Error> {
        let mut out = Vec::new();
        self.each_with_prefix(Space::Aevt, &keys::aevt(a, e, &[]), |k, _| {
            out.push(keys::parse_aevt(k).map_err(corrupt)?.2);
            Ok(())
        })?;
        Ok(out)
    }

    /// The attribute and qualifiers of every fact of `e`, from its eavt
    /// keys (no record decoded): what `modality = …` on an entity reads.
    pub fn fact_qualifiers(&self, e: Eid) -> Result<Vec<(Aid, Qualifiers)>, Error> {
        let mut out = Vec::new();
        self.each_with_prefix(Space::Eavt, &keys::entity_prefix(e), |k, _| {
            let (_, a, _, q) = keys::parse_eavt_q(k).map_err(corrupt)?;
            out.push((a, q));
            Ok(())
        })?;
        Ok(out)
    }

    /// `value_keys` with each fact's qualifiers.
    pub fn value_keys_q(&self, e: Eid, a: Aid) -> Result<Vec<(KeyValue, Qualifiers)>, Error> {
        let mut out = Vec::new();
        self.each_with_prefix(Space::Aevt, &keys::aevt(a, e, &[]), |k, _| {
            let (_, _, v, q) = keys::parse_aevt_q(k).map_err(corrupt)?;
            out.push((v, q));
            Ok(())
        })?;
        Ok(out)
    }

    fn scan_eavt(&self, prefix: &[u8]) -> Result<Vec<StoredFact>, Error> {
        let mut heads = Vec::new();
        self.each_with_prefix(Space::Eavt, prefix, |k, v| {
            heads.push((k.to_vec(), decode::<FactHead>(v, "fact")?));
            Ok(())
        })?;
        // The sources of the facts under one prefix are one range of
        // `sources`, in the same order.
        let mut entries = Vec::new();
        self.each_with_prefix(Space::Sources, prefix, |k, v| {
            entries.push((k.to_vec(), v.to_vec()));
            Ok(())
        })?;
        let mut entries = entries.into_iter().peekable();
        let mut out = Vec::with_capacity(heads.len());
        for (k, head) in heads {
            let sources = take_sources(&k, &mut entries)?;
            out.push(stored_fact(&k, head, sources)?);
        }
        Ok(out)
    }

    /// A fact's `sources` entries, in key order, with their documents.
    pub(crate) fn source_entries(&self, fact: &[u8]) -> Result<Vec<(DocId, SourceEntry)>, Error> {
        let mut entries = Vec::new();
        self.each_with_prefix(Space::Sources, &keys::source_prefix(fact), |k, v| {
            entries.push(source_entry(k, v)?);
            Ok(())
        })?;
        Ok(entries)
    }

    /// A fact by its eavt key and record bytes, with its sources.
    pub(crate) fn read_fact(&self, k: &[u8], v: &[u8]) -> Result<StoredFact, Error> {
        let head: FactHead = decode(v, "fact")?;
        let entries = self.source_entries(k)?;
        stored_fact(k, head, entries)
    }

    /// Every fact in the store, in eavt order, streamed: `eavt` and
    /// `sources` (in the same order) read side by side.
    pub fn all_facts(&self) -> impl Iterator<Item = Result<StoredFact, Error>> + '_ {
        let mut sources = self
            .kv
            .scan_prefix(Space::Sources, &[])
            .map(|item| item.map_err(storage))
            .peekable();
        self.kv.scan_prefix(Space::Eavt, &[]).map(move |item| {
            let (k, v) = item.map_err(storage)?;
            let head: FactHead = decode(&v, "fact")?;
            let prefix = keys::source_prefix(&k);
            let mut entries = Vec::new();
            loop {
                match sources.peek() {
                    Some(Ok((sk, _))) if sk.as_slice() < prefix.as_slice() => {
                        // A source of no fact: `check` reports it.
                        sources.next();
                    }
                    Some(Ok((sk, _))) if sk.starts_with(&prefix) => {
                        if let Some(Ok((sk, sv))) = sources.next() {
                            entries.push(source_entry(&sk, &sv)?);
                        }
                    }
                    Some(Err(_)) => {
                        if let Some(Err(e)) = sources.next() {
                            return Err(e);
                        }
                    }
                    _ => break,
                }
            }
            stored_fact(&k, head, entries)
        })
    }

    /// Every entity id, ascending.
    pub fn all_entities(&self) -> impl Iterator<Item = Result<Eid, Error>> + '_ {
        self.kv
            .scan_prefix(Space::Entities, &[])
            .map(|item| item.map_err(storage).and_then(|(k, _)| eid_of(&k)))
    }

    /// Entities whose attribute `a` has a value key in `[lo, hi)`, via avet
    /// (private: callers use the typed [`Store::values_in`]).
    fn value_range(
        &self,
        a: Aid,
        lo: Bound<Vec<u8>>,
        hi: Bound<Vec<u8>>,
    ) -> Result<Vec<(KeyValue, Eid)>, Error> {
        let with_attr = |b: Bound<Vec<u8>>| -> Bound<Vec<u8>> {
            let mut p = a.to_be_bytes().to_vec();
            match b {
                Bound::Included(v) => {
                    p.extend_from_slice(&v);
                    Bound::Included(p)
                }
                Bound::Excluded(v) => {
                    p.extend_from_slice(&v);
                    Bound::Excluded(p)
                }
                Bound::Unbounded => Bound::Unbounded,
            }
        };
        let start = match with_attr(lo) {
            Bound::Unbounded => Bound::Included(a.to_be_bytes().to_vec()),
            b => b,
        };
        let end = match with_attr(hi) {
            Bound::Unbounded => match keys::prefix_end(&a.to_be_bytes()) {
                Some(p) => Bound::Excluded(p),
                None => Bound::Unbounded,
            },
            b => b,
        };
        let mut out = Vec::new();
        self.each_from(Space::Avet, start, |k, _| {
            let before_end = match &end {
                Bound::Included(e) => k <= e.as_slice(),
                Bound::Excluded(e) => k < e.as_slice(),
                Bound::Unbounded => true,
            };
            if before_end {
                let (_, v, e) = keys::parse_avet(k).map_err(corrupt)?;
                out.push((v, e));
            }
            Ok(before_end)
        })?;
        Ok(out)
    }

    /// Entities that refer to `target`, with the attribute, via vaet.
    pub fn referrers(&self, target: Eid, a: Option<Aid>) -> Result<Vec<(Aid, Eid)>, Error> {
        let mut prefix = keys::entity_prefix(target);
        if let Some(a) = a {
            keys::put_u32(&mut prefix, a);
        }
        let mut out = Vec::new();
        self.each_with_prefix(Space::Vaet, &prefix, |k, _| {
            let (_, a, e) = keys::parse_vaet(k).map_err(corrupt)?;
            out.push((a, e));
            Ok(())
        })?;
        Ok(out)
    }

    /// Turns a stored value back into a model value (references by name).
    pub fn to_value(&self, v: &KeyValue, text: &str) -> Result<Value, Error> {
        Ok(match v {
            KeyValue::Quantity { .. } => match v.quantity(text) {
                Some(q) => Value::Quantity(q),
                None => return Err(Error::Internal(format!("{v:?} is not a quantity"))),
            },
            KeyValue::Date {
                year,
                month,
                day,
                doc_offset,
            } => Value::Date(Date {
                year: *year,
                month: *month,
                day: *day,
                text: text.to_string(),
                doc_offset: *doc_offset,
            }),
            KeyValue::Ref(e) => Value::Ref(self.entity_name(*e)?),
            KeyValue::Text(s) => Value::Text(s.clone()),
        })
    }

    /// `to_value` of a value and words the caller owns: moved into the
    /// value instead of copied (a result row's cells).
    pub fn into_value(&self, v: KeyValue, text: String) -> Result<Value, Error> {
        Ok(match v {
            KeyValue::Quantity {
                unit,
                value,
                bound,
                upper,
            } => Value::Quantity(crate::model::Quantity {
                value,
                upper,
                unit,
                bound,
                text,
            }),
            KeyValue::Date {
                year,
                month,
                day,
                doc_offset,
            } => Value::Date(Date {
                year,
                month,
                day,
                text,
                doc_offset,
            }),
            KeyValue::Ref(e) => Value::Ref(self.entity_name(e)?),
            KeyValue::Text(s) => Value::Text(s),
        })
    }

    pub fn size_on_disk(&self) -> Result<u64, Error> {
        self.kv.size_on_disk().map_err(storage)
    }
}

pub(crate) fn eid_of(v: &[u8]) -> Result<Eid, Error> {
    <[u8; 8]>::try_from(v)
        .map(u64::from_be_bytes)
        .map_err(|_| Error::Storage("damaged entity id".into()))
}

/// A fact by its eavt key, record and `sources` entries.
fn stored_fact(
    k: &[u8],
    head: FactHead,
    entries: Vec<(DocId, SourceEntry)>,
) -> Result<StoredFact, Error> {
    let (entity, attr, value) = keys::parse_eavt(k).map_err(corrupt)?;
    Ok(StoredFact {
        entity,
        attr,
        value,
        record: FactRecord {
            text: head.text,
            sources: assemble_sources(head.first, entries),
            qualifiers: head.qualifiers,
        },
    })
}

/// One `sources` entry read back: its document and what it says.
pub(crate) fn source_entry(k: &[u8], v: &[u8]) -> Result<(DocId, SourceEntry), Error> {
    let (_, doc, _) = keys::parse_source_key(k).map_err(corrupt)?;
    Ok((doc, decode(v, "source")?))
}

/// The sources of fact `k` from `entries` (sorted `sources` entries of a
/// range holding it), skipping any of no fact before it.
fn take_sources(
    k: &[u8],
    entries: &mut std::iter::Peekable<impl Iterator<Item = (Vec<u8>, Vec<u8>)>>,
) -> Result<Vec<(DocId, SourceEntry)>, Error> {
    let prefix = keys::source_prefix(k);
    let mut mine = Vec::new();
    while let Some((sk, _)) = entries.peek() {
        if sk.starts_with(&prefix) {
            let (sk, sv) = entries.next().expect("peeked");
            mine.push(source_entry(&sk, &sv)?);
        } else if sk.as_slice() < prefix.as_slice() {
            entries.next();
        } else {
            break;
        }
    }
    Ok(mine)
}

/// Converts a model quantity to its key form.
pub fn quantity_key(q: &Quantity) -> KeyValue {
    KeyValue::Quantity {
        unit: q.unit,
        value: q.value,
        bound: q.bound,
        upper: if q.bound == QBound::Range {
            q.upper
        } else {
            None
        },
    }
}

/// Levenshtein distance over characters.
pub fn edit_distance(a: &[char], b: &[char]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// Which kinds of value an attribute holds, probed from the avet index.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AttrTypes {
    pub units: Vec<crate::model::Unit>,
    pub refs: bool,
    pub dates: bool,
    pub text: bool,
}

impl AttrTypes {
    pub fn is_empty(&self) -> bool {
        self.units.is_empty() && !self.refs && !self.dates && !self.text
    }

    pub fn describe(&self) -> String {
        let mut parts: Vec<String> = self
            .units
            .iter()
            .map(|u| u.dimension().to_string())
            .collect();
        if self.refs {
            parts.push("references to entities".into());
        }
        if self.dates {
            parts.push("dates".into());
        }
        if self.text {
            parts.push("text".into());
        }
        parts.join(", ")
    }
}

impl Store {
    fn exists_prefix(&self, space: Space, prefix: &[u8]) -> Result<bool, Error> {
        match self.kv.scan_prefix(space, prefix).next() {
            Some(r) => r.map(|_| true).map_err(storage),
            None => Ok(false),
        }
    }

    /// A handful of seeks, whatever the size of the store; kept until the
    /// next load.
    pub fn attr_types(&self, a: Aid) -> Result<AttrTypes, Error> {
        if let Some(t) = cache::read(&self.caches.attr_types).get(&a) {
            return Ok(t.clone());
        }
        let since = self.caches.generation();
        let t = self.probe_attr_types(a)?;
        self.caches
            .remember(&self.caches.attr_types, since, a, t.clone());
        Ok(t)
    }

    fn probe_attr_types(&self, a: Aid) -> Result<AttrTypes, Error> {
        let mut t = AttrTypes::default();
        let base = keys::attr_prefix(a);
        for u in crate::model::Unit::ALL {
            let mut p = base.clone();
            keys::quantity_prefix(&mut p, u);
            if self.exists_prefix(Space::Avet, &p)? {
                t.units.push(u);
            }
        }
        let mut p = base.clone();
        keys::date_prefix(&mut p);
        t.dates = self.exists_prefix(Space::Avet, &p)?;
        let mut p = base.clone();
        keys::text_prefix(&mut p);
        t.text = self.exists_prefix(Space::Avet, &p)?;
        let mut p = base;
        keys::ref_prefix(&mut p);
        t.refs = self.exists_prefix(Space::Avet, &p)?;
        Ok(t)
    }

    /// Every (entity, value) of one attribute, via aevt.
    pub fn attr_pairs(&self, a: Aid) -> Result<Vec<(Eid, KeyValue)>, Error> {
        let mut out = Vec::new();
        for item in self.kv.scan_prefix(Space::Aevt, &keys::attr_prefix(a)) {
            let (k, _) = item.map_err(storage)?;
            let (_, e, v) = keys::parse_aevt(&k).map_err(corrupt)?;
            out.push((e, v));
        }
        Ok(out)
    }

    /// Entities with value key exactly `v` for attribute `a`, via avet.
    pub fn subjects_with(&self, a: Aid, v: &KeyValue) -> Result<Vec<Eid>, Error> {
        let mut out = Vec::new();
        for item in self.kv.scan_prefix(Space::Avet, &keys::avet_prefix(a, v)) {
            let (k, _) = item.map_err(storage)?;
            out.push(keys::avet_entity(&k).map_err(corrupt)?);
        }
        Ok(out)
    }
}

impl Store {
    /// The original words of one fact (quantities and dates), if it exists
    /// (with any qualifiers: the words are the same).
    pub fn fact_text(&self, e: Eid, a: Aid, v: &KeyValue) -> Result<Option<String>, Error> {
        let key = keys::eavt(e, a, &keys::encode_value(v));
        if let Some(bytes) = self.kv.get(Space::Eavt, &key).map_err(storage)? {
            return Ok(Some(decode::<FactHead>(&bytes, "fact")?.text));
        }
        match self.kv.scan_prefix(Space::Eavt, &key).next() {
            Some(item) => {
                let (_, bytes) = item.map_err(storage)?;
                Ok(Some(decode::<FactHead>(&bytes, "fact")?.text))
            }
            None => Ok(None),
        }
    }
}

impl Store {
    /// Which bundled seeds this database holds, if it was seeded.
    pub fn seed_fingerprint(&self) -> Result<Option<Vec<u8>>, Error> {
        self.kv.get(Space::Meta, META_SEEDS).map_err(storage)
    }

    /// The entity a name or alias names exactly (no prefixes), with its
    /// kind and documents: what a file being loaded is checked against.
    pub fn known(&self, name: &str) -> Result<Option<StoredEntity>, Error> {
        let Some(v) = self
            .kv
            .get(Space::Names, name_key(name).as_bytes())
            .map_err(storage)?
        else {
            return Ok(None);
        };
        let rec = self.entity(eid_of(&v)?)?;
        let mut docs = Vec::new();
        for s in &rec.sources {
            let d = self.doc_name(s.doc)?;
            if !docs.contains(&d) {
                docs.push(d);
            }
        }
        Ok(Some(StoredEntity {
            name: rec.name.clone(),
            kind: rec.kind.clone(),
            docs,
        }))
    }
}

/// An entity the store holds, as a file being loaded is checked against it.
#[derive(Clone, Debug, Default)]
pub struct StoredEntity {
    pub name: String,
    pub kind: String,
    /// The documents it comes from.
    pub docs: Vec<String>,
}
