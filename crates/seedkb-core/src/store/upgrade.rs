//! Upgrading a database written by an older seedkb, on open.
//!
//! Each step converts one schema version to the next and writes its
//! changes with the new version number atomically: in one `Kv::apply` (a
//! large one through the undo log, so a crash rolls it back on the next
//! open), or, from 4 → 5 on, as one staged write in bounded parts
//! (`Kv::staged`: the same undo log, the version written in the last part
//! before the commit point, so a crash or an error anywhere leaves the
//! database of the version before, which the next open upgrades again).
//! Steps run one after another, each on the database the previous one left,
//! so a crash between two steps leaves a whole database of the version in
//! between, which the next open carries on from. An error leaves the
//! database at the last step that completed.

use super::kv::{Kv, Space, WriteOp};
use super::search::{SentenceRecord, SentenceRecordV7};
use super::text::QuoteSpans;
use super::{
    decode, decode_fixed, encode, encode_fixed, keys, packed, quote_hash, storage, DocRecord,
    EntityRecord, FactHead, FactRecord, SourceEntry, StoredSource, META_SCHEMA, SCHEMA_VERSION,
};
use crate::error::Error;
use crate::model::Qualifiers;
use crate::text::Analyzer;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::ops::Bound;

/// One step: turns a database of version `to - 1` into one of version
/// `to`, new version number included; returns how many records it wrote.
/// The analyzer is the database's (12 drops the words it scans).
type Step = fn(&dyn Kv, u32, &dyn Analyzer) -> Result<usize, Error>;

/// The steps, by the version they start from.
const STEPS: &[(u32, Step)] = &[
    (2, v2_to_v3),
    (3, v3_to_v4),
    (4, v4_to_v5),
    (5, v5_to_v6),
    (6, v6_to_v7),
    (7, v7_to_v8),
    (8, v8_to_v9),
    (9, v9_to_v10),
    (10, v10_to_v11),
    (11, v11_to_v12),
    (12, v12_to_v13),
    (13, v13_to_v14),
    (14, v14_to_v15),
];

/// Which record a value of `space` under `key` is, if any.
#[derive(Clone, Copy)]
enum Record {
    Fact,
    Entity,
    Sentence,
    Document,
}

fn record_of(space: Space, key: &[u8]) -> Option<Record> {
    match space {
        Space::Eavt => Some(Record::Fact),
        Space::Entities => Some(Record::Entity),
        Space::Sentences => Some(Record::Sentence),
        Space::Dict if key.first() == Some(&keys::DICT_DOC_BY_ID) => Some(Record::Document),
        _ => None,
    }
}

/// One record from schema 4's encoding to schema 5's (`to_v5`), or back.
fn reencode(rec: Record, v: &[u8], to_v5: bool) -> Result<Vec<u8>, Error> {
    fn convert<T: Serialize + serde::de::DeserializeOwned>(
        v: &[u8],
        what: &str,
        to_v5: bool,
    ) -> Result<Vec<u8>, Error> {
        Ok(if to_v5 {
            encode(&decode_fixed::<T>(v, what)?)
        } else {
            encode_fixed(&decode::<T>(v, what)?)
        })
    }
    match rec {
        Record::Fact => convert::<FactRecordV5>(v, "schema 4 fact", to_v5),
        Record::Entity => convert::<EntityRecordV5>(v, "schema 4 entity", to_v5),
        Record::Sentence => convert::<SentenceRecordV7>(v, "schema 4 sentence", to_v5),
        Record::Document => convert::<DocRecord>(v, "schema 4 document", to_v5),
    }
}

/// A value of `space` under `key` as schema 4 encoded it (records in
/// bincode's fixed-length encoding; anything else as it is), for tests
/// that make an older database.
#[cfg(test)]
pub(crate) fn schema_4_record(space: Space, key: &[u8], v: &[u8]) -> Result<Vec<u8>, Error> {
    match record_of(space, key) {
        Some(rec) => reencode(rec, v, false),
        None => Ok(v.to_vec()),
    }
}

/// The writes that re-encode every record of the engine `raw` (packed
/// blocks of facts, entities and sentences: each block rewritten under
/// its own key, which is its last entry's and does not change; documents
/// in `dict`), from schema 4's encoding or back to it.
/// Also returns how many records.
fn reencode_ops(raw: &dyn Kv, to_v5: bool) -> Result<(Vec<WriteOp>, usize), Error> {
    let mut ops = Vec::new();
    let mut records = 0;
    for space in [Space::Eavt, Space::Entities, Space::Sentences] {
        for item in raw.scan_prefix(space, &[]) {
            let (k, v) = item.map_err(storage)?;
            let entries = packed::decode_block(&v).map_err(|why| {
                Error::Storage(format!("damaged {} block: {why}", space.tree_name()))
            })?;
            records += entries.len();
            let mut out = Vec::with_capacity(entries.len());
            for (ek, ev) in entries {
                let rec = record_of(space, &ek).expect("a record keyspace");
                out.push((ek, reencode(rec, &ev, to_v5)?));
            }
            ops.push((space, k, Some(packed::encode_block(&out))));
        }
    }
    for item in raw.scan_prefix(Space::Dict, &[keys::DICT_DOC_BY_ID]) {
        let (k, v) = item.map_err(storage)?;
        records += 1;
        ops.push((Space::Dict, k, Some(reencode(Record::Document, &v, to_v5)?)));
    }
    Ok((ops, records))
}

/// 4 → 5: every record re-encoded with varint lengths (see
/// [`SCHEMA_VERSION`]); keys and blocks stay where they are. In bounded
/// parts of one staged write (it had been one write held whole: 1.27 GB
/// at a million facts).
fn v4_to_v5(kv: &dyn Kv, to: u32, _: &dyn Analyzer) -> Result<usize, Error> {
    let mut w = Rewrite::new(kv)?;
    let mut n = 0;
    for space in [Space::Eavt, Space::Entities, Space::Sentences] {
        n += w.blocks(space, |k, v| {
            let rec = record_of(space, k).expect("a record keyspace");
            reencode(rec, v, true)
        })?;
    }
    n += w.docs(|_, v| Ok(vec![(None, reencode(Record::Document, v, true)?)]))?;
    w.finish(to)?;
    Ok(n)
}

/// The bytes of new values a part of an upgrade holds before it is
/// written (tests: small, so that a step is many parts).
#[cfg(not(test))]
const UPGRADE_PART_BYTES: usize = 8 << 20;
#[cfg(test)]
const UPGRADE_PART_BYTES: usize = 4 << 10;

/// An upgrade step's writes: one staged write in parts of
/// [`UPGRADE_PART_BYTES`], or, on an engine that cannot stage (`mem`),
/// gathered for one `apply`. The version is written last, with the
/// commit.
struct Rewrite<'k> {
    kv: &'k dyn Kv,
    staged: Option<Box<dyn super::kv::Staged + 'k>>,
    ops: Vec<WriteOp>,
    bytes: usize,
}

impl<'k> Rewrite<'k> {
    fn new(kv: &'k dyn Kv) -> Result<Self, Error> {
        Ok(Rewrite {
            kv,
            staged: kv.staged().map_err(storage)?,
            ops: Vec::new(),
            bytes: 0,
        })
    }

    fn put(&mut self, op: WriteOp) -> Result<(), Error> {
        self.bytes += op.1.len() + op.2.as_ref().map_or(0, Vec::len);
        self.ops.push(op);
        if self.bytes >= UPGRADE_PART_BYTES {
            if let Some(staged) = self.staged.as_mut() {
                staged
                    .apply_part(std::mem::take(&mut self.ops))
                    .map_err(storage)?;
                self.bytes = 0;
            }
        }
        Ok(())
    }

    /// Rewrites every packed block of `space`, each entry's record by
    /// `f`; returns how many records. The blocks are read a part at a
    /// time from after the last one rewritten (keys stay: a block's key is
    /// its last entry's), so a block is never read after its rewrite.
    fn blocks(
        &mut self,
        space: Space,
        mut f: impl FnMut(&[u8], &[u8]) -> Result<Vec<u8>, Error>,
    ) -> Result<usize, Error> {
        self.blocks_and(space, |k, v, _| f(k, v))
    }

    /// [`Rewrite::blocks`] where `f` may also give other writes (of
    /// another keyspace), written with the block.
    fn blocks_and(
        &mut self,
        space: Space,
        mut f: impl FnMut(&[u8], &[u8], &mut Vec<WriteOp>) -> Result<Vec<u8>, Error>,
    ) -> Result<usize, Error> {
        let mut records = 0;
        let kv = self.kv;
        each_in_parts(kv, space, Bound::Unbounded, Bound::Unbounded, |k, v| {
            let entries = packed::decode_block(&v).map_err(|why| {
                Error::Storage(format!("damaged {} block: {why}", space.tree_name()))
            })?;
            records += entries.len();
            let mut out = Vec::with_capacity(entries.len());
            let mut other = Vec::new();
            for (ek, ev) in entries {
                let new = f(&ek, &ev, &mut other)?;
                out.push((ek, new));
            }
            self.put((space, k, Some(packed::encode_block(&out))))?;
            for op in other {
                self.put(op)?;
            }
            Ok(())
        })?;
        Ok(records)
    }

    /// Rewrites every document record by `f`, which gives the record's
    /// new value and any other `dict` writes (keyed) that go with it;
    /// returns how many documents.
    fn docs(
        &mut self,
        mut f: impl FnMut(&[u8], &[u8]) -> Result<Vec<(Option<Vec<u8>>, Vec<u8>)>, Error>,
    ) -> Result<usize, Error> {
        let mut n = 0;
        let mut after: Option<Vec<u8>> = None;
        loop {
            let start = after
                .clone()
                .map_or(Bound::Included(vec![keys::DICT_DOC_BY_ID]), Bound::Excluded);
            let Some(item) = self
                .kv
                .range(
                    Space::Dict,
                    start,
                    Bound::Excluded(vec![keys::DICT_DOC_BY_ID + 1]),
                )
                .next()
            else {
                return Ok(n);
            };
            let (k, v) = item.map_err(storage)?;
            n += 1;
            for (key, value) in f(&k, &v)? {
                self.put((Space::Dict, key.unwrap_or_else(|| k.clone()), Some(value)))?;
            }
            after = Some(k);
        }
    }

    /// The new version, and the commit point.
    fn finish(mut self, to: u32) -> Result<(), Error> {
        let ops = with_version(std::mem::take(&mut self.ops), to);
        match self.staged.take() {
            Some(mut staged) => {
                staged.apply_part(ops).map_err(storage)?;
                staged.commit().map_err(storage)
            }
            None => self.kv.apply(ops).map_err(storage),
        }
    }
}

/// A source as schema 5 and older stored it: the quote always in words.
#[derive(Serialize, Deserialize)]
struct StoredSourceV5 {
    doc: keys::DocId,
    quote: String,
    extracted: bool,
    at: Option<crate::model::Location>,
}

#[derive(Serialize, Deserialize)]
struct FactRecordV5 {
    text: String,
    sources: Vec<StoredSourceV5>,
    qualifiers: Qualifiers,
}

#[derive(Serialize, Deserialize)]
struct EntityRecordV5 {
    name: String,
    kind: String,
    aliases: Vec<String>,
    sources: Vec<StoredSourceV5>,
}

fn source_v6(s: StoredSourceV5, spans: &QuoteSpans) -> StoredSource {
    spans.intern(StoredSource {
        doc: s.doc,
        quote: s.quote,
        extracted: s.extracted,
        at: s.at,
        span: None,
    })
}

/// 5 → 6: documents' texts move into chunks, and a quote that is a
/// sentence of its document becomes its range (see `store::text`), and so
/// does a sentence record's text. The documents first (their sentences
/// noted: ~24 bytes each), then every fact, entity and sentence record,
/// in bounded parts of one staged write.
fn v5_to_v6(kv: &dyn Kv, to: u32, _: &dyn Analyzer) -> Result<usize, Error> {
    let mut w = Rewrite::new(kv)?;
    let mut spans = QuoteSpans::default();
    let mut n = w.docs(|_, v| {
        let mut d: DocRecord = decode(v, "schema 5 document")?;
        let mut out = Vec::new();
        if let Some(text) = d.text.take() {
            for (i, chunk) in super::text::chunks(&text) {
                out.push((Some(keys::doc_text_chunk(d.id, i)), chunk.to_vec()));
            }
            spans.add_doc(d.id, &text);
            d.text = Some(String::new());
        }
        out.push((None, encode(&d)));
        Ok(out)
    })?;
    n += w.blocks(Space::Eavt, |_, v| {
        let old: FactRecordV5 = decode(v, "schema 5 fact")?;
        Ok(encode(&FactRecord {
            text: old.text,
            sources: old
                .sources
                .into_iter()
                .map(|s| source_v6(s, &spans))
                .collect(),
            qualifiers: old.qualifiers,
        }))
    })?;
    n += w.blocks(Space::Entities, |_, v| {
        let old: EntityRecordV5 = decode(v, "schema 5 entity")?;
        Ok(encode(&EntityRecord {
            name: old.name,
            kind: old.kind,
            aliases: old.aliases,
            sources: old
                .sources
                .into_iter()
                .map(|s| source_v6(s, &spans))
                .collect(),
        }))
    })?;
    n += w.blocks(Space::Sentences, |k, v| {
        let mut rec: SentenceRecordV7 = decode(v, "schema 5 sentence")?;
        let doc = keys::sentence_doc(k)
            .map_err(|e| Error::Storage(format!("damaged sentence key: {e}")))?;
        if spans.is_range(doc, rec.start, &rec.text)
            && rec.text.len() == (rec.end - rec.start) as usize
        {
            rec.text.clear();
        }
        Ok(encode(&rec))
    })?;
    w.finish(to)?;
    Ok(n)
}

/// A fact record as schema 7 stored it: [`FactHead`]'s fields in
/// bincode's derived encoding.
#[derive(Serialize, Deserialize)]
struct FactHeadV7 {
    text: String,
    first: Option<StoredSource>,
    qualifiers: Qualifiers,
    extracted: u64,
    curated: u64,
    next: u64,
}

impl From<FactHead> for FactHeadV7 {
    fn from(h: FactHead) -> FactHeadV7 {
        FactHeadV7 {
            text: h.text,
            first: h.first,
            qualifiers: h.qualifiers,
            extracted: h.extracted,
            curated: h.curated,
            next: h.next,
        }
    }
}

impl From<FactHeadV7> for FactHead {
    fn from(h: FactHeadV7) -> FactHead {
        FactHead {
            text: h.text,
            first: h.first,
            qualifiers: h.qualifiers,
            extracted: h.extracted,
            curated: h.curated,
            next: h.next,
        }
    }
}

/// The bytes of `sources` entries gathered before they are cut into
/// blocks by the 6 → 7 step.
const SOURCE_BATCH_BYTES: usize = 64 << 10;

/// 6 → 7: each fact's sources but the first leave its record for
/// `sources`, one entry each, numbered in the record's order (the order
/// they read back in, as a load numbers them); the record keeps its
/// words, qualifiers and first source and counts them all. Facts and
/// their sources sort alike, so the entries come in key order and are
/// packed as they come, in bounded parts of one staged write.
fn v6_to_v7(kv: &dyn Kv, to: u32, _: &dyn Analyzer) -> Result<usize, Error> {
    let mut w = Rewrite::new(kv)?;
    let mut pending: Vec<packed::Entry> = Vec::new();
    let mut held = 0;
    let n = w.blocks_and(Space::Eavt, |k, v, other| {
        let old: FactRecord = decode(v, "schema 6 fact")?;
        let mut sources = old.sources.into_iter();
        let mut head = FactHead {
            text: old.text,
            first: sources.next(),
            qualifiers: old.qualifiers,
            ..FactHead::default()
        };
        if let Some(f) = &head.first {
            head.count(f.extracted, 1);
            head.next = 1;
        }
        let mut mine: Vec<packed::Entry> = Vec::new();
        let mut taken = std::collections::HashSet::new();
        for (seq, s) in (1u64..).zip(sources.as_slice()) {
            head.count(s.extracted, 1);
            head.next = seq + 1;
            // Two quotes of one document with one hash: the later takes
            // the next free one, as a load does.
            let mut h = quote_hash(s);
            while !taken.insert((s.doc, h)) {
                h = h.wrapping_add(1);
            }
            mine.push((
                keys::source_key(k, s.doc, h),
                encode(&SourceEntry::new(seq, s)),
            ));
        }
        mine.sort_by(|a, b| a.0.cmp(&b.0));
        held += mine.iter().map(|(k, v)| k.len() + v.len()).sum::<usize>();
        pending.extend(mine);
        if held >= SOURCE_BATCH_BYTES {
            held = 0;
            for (bk, bv) in packed::pack(Space::Sources, std::mem::take(&mut pending)) {
                other.push((Space::Sources, bk, Some(bv)));
            }
        }
        Ok(encode(&FactHeadV7::from(head)))
    })?;
    for (bk, bv) in packed::pack(Space::Sources, pending) {
        w.put((Space::Sources, bk, Some(bv)))?;
    }
    w.finish(to)?;
    Ok(n)
}

/// 7 → 8: sentence records without their words (the `words` entries
/// are the index; a document replaced is segmented again to remove them)
/// and with their fact keys prefix-compressed (`search::FactKeys`); fact
/// records in [`FactHead`]'s own encoding; a `words` entry of a word said
/// once without its count. In bounded parts
/// of one staged write; keys and blocks stay where they are.
fn v7_to_v8(kv: &dyn Kv, to: u32, _: &dyn Analyzer) -> Result<usize, Error> {
    let mut w = Rewrite::new(kv)?;
    let mut n = w.blocks(Space::Sentences, |_, v| {
        let old: SentenceRecordV7 = decode(v, "schema 7 sentence")?;
        Ok(encode(&SentenceRecord {
            index: old.index,
            start: old.start,
            end: old.end,
            text: old.text,
            facts: old.facts,
        }))
    })?;
    n += w.blocks(Space::Eavt, |_, v| {
        let old: FactHeadV7 = decode(v, "schema 7 fact")?;
        Ok(encode(&FactHead::from(old)))
    })?;
    n += w.blocks(Space::Words, |_, v| {
        Ok(match <[u8; 2]>::try_from(v) {
            Ok(c) => super::search::word_count_value(u16::from_be_bytes(c)),
            Err(_) => v.to_vec(),
        })
    })?;
    w.finish(to)?;
    Ok(n)
}

/// Gives `f` every entry of `space` from `first` up to `end`, read a part
/// at a time (as much as a quarter of an upgrade's part holds), each part
/// from after the last key of the one before: an upgrade rewrites a part
/// before it reads the next, and a rewrite keeps its keys, so no entry is
/// read after its rewrite.
fn each_in_parts(
    kv: &dyn Kv,
    space: Space,
    first: Bound<Vec<u8>>,
    end: Bound<Vec<u8>>,
    mut f: impl FnMut(Vec<u8>, Vec<u8>) -> Result<(), Error>,
) -> Result<(), Error> {
    let mut start = first;
    loop {
        let mut batch = Vec::new();
        let mut held = 0;
        for item in kv.range(space, start.clone(), end.clone()) {
            let (k, v) = item.map_err(storage)?;
            held += v.len();
            batch.push((k, v));
            if held >= UPGRADE_PART_BYTES / 4 {
                break;
            }
        }
        let Some((last, _)) = batch.last() else {
            return Ok(());
        };
        start = Bound::Excluded(last.clone());
        for (k, v) in batch {
            f(k, v)?;
        }
    }
}

/// Schema 8 → 9: documents' text chunks compressed (`text::stored_chunk`).
/// Read a part at a time from after the last one rewritten, as
/// [`Rewrite::blocks`] reads blocks.
fn v8_to_v9(kv: &dyn Kv, to: u32, _: &dyn Analyzer) -> Result<usize, Error> {
    let mut w = Rewrite::new(kv)?;
    let mut n = 0;
    let first = Bound::Included(vec![keys::DICT_DOC_TEXT]);
    let end = Bound::Excluded(vec![keys::DICT_DOC_TEXT + 1]);
    each_in_parts(kv, Space::Dict, first, end, |k, v| {
        n += 1;
        w.put((Space::Dict, k, Some(super::text::stored_chunk(&v)?)))
    })?;
    w.finish(to)?;
    Ok(n)
}

/// Schema 9 → 10: every `words` and `sentences` block compressed
/// (`zipped`); returns how many records they hold. Each block is decoded
/// first: a damaged one stops the step, which is rolled back.
fn v9_to_v10(kv: &dyn Kv, to: u32, _: &dyn Analyzer) -> Result<usize, Error> {
    zip_blocks(kv, &super::zipped::ZIPPED_IN_10, to)
}

/// Schema 10 → 11: the blocks of the other packed keyspaces but `eavt`
/// and `entities` compressed,
/// as 9 → 10 did `words` and `sentences`.
fn v10_to_v11(kv: &dyn Kv, to: u32, _: &dyn Analyzer) -> Result<usize, Error> {
    zip_blocks(kv, &zipped_in_11(), to)
}

/// Schema 11 → 12: the `words` entries of the words the analyzer leaves
/// to `find`'s scan ([`Analyzer::scanned`]) dropped; returns how many.
/// Each block read plain and written compressed again, under its new
/// last key (reads go on after the old one: a part is never read again).
fn v11_to_v12(kv: &dyn Kv, to: u32, analyzer: &dyn Analyzer) -> Result<usize, Error> {
    let mut w = Rewrite::new(kv)?;
    let mut dropped = 0;
    let space = Space::Words;
    each_in_parts(kv, space, Bound::Unbounded, Bound::Unbounded, |k, v| {
        let damaged = |why: String| Error::Storage(format!("damaged words block: {why}"));
        let plain = super::zipped::unzip(&v).map_err(damaged)?;
        let mut entries = packed::decode_block(&plain).map_err(damaged)?;
        let before = entries.len();
        for (ek, _) in &entries {
            keys::parse_word_key(ek).map_err(|e| damaged(e.to_string()))?;
        }
        entries.retain(|(ek, _)| {
            keys::parse_word_key(ek).is_ok_and(|(word, _, _)| !analyzer.scanned(&word))
        });
        if entries.len() == before {
            return Ok(());
        }
        dropped += before - entries.len();
        match entries.last() {
            None => w.put((space, k, None)),
            Some((last, _)) => {
                if *last != k {
                    w.put((space, k, None))?;
                }
                let block = super::zipped::zip(&packed::encode_block(&entries)).map_err(storage)?;
                w.put((space, last.clone(), Some(block)))
            }
        }
    })?;
    w.finish(to)?;
    Ok(dropped)
}

/// Schema 12 → 13: every `words` block deleted (`find` segments the
/// sentences it finds instead); returns how many entries they held. A
/// block is not checked: nothing reads it again, damaged or not.
fn v12_to_v13(kv: &dyn Kv, to: u32, _: &dyn Analyzer) -> Result<usize, Error> {
    let mut w = Rewrite::new(kv)?;
    let mut dropped = 0;
    let space = Space::Words;
    each_in_parts(kv, space, Bound::Unbounded, Bound::Unbounded, |k, v| {
        dropped += super::zipped::unzip(&v)
            .ok()
            .and_then(|plain| packed::decode_block(&plain).ok())
            .map_or(0, |entries| entries.len());
        w.put((space, k, None))
    })?;
    w.finish(to)?;
    Ok(dropped)
}

/// Schema 13 → 14: a date's year slot in a key may hold a year relative
/// to the document's (`model::relative_year_slot`), which schema 13 never
/// wrote and a seedkb reading 13 would take for a year near `i32::MIN`.
/// Every key of 13 means the same in 14: only the version is written.
fn v13_to_v14(kv: &dyn Kv, to: u32, _: &dyn Analyzer) -> Result<usize, Error> {
    Rewrite::new(kv)?.finish(to)?;
    Ok(0)
}

/// Schema 14 → 15: a fact's qualifiers may end with a period, in its
/// record (a flag schema 14 refused as unknown) and at the end of its keys
/// (bytes schema 14 took for damage). A fact without one is written as 14
/// wrote it, and 14 wrote none: only the version is written.
fn v14_to_v15(kv: &dyn Kv, to: u32, _: &dyn Analyzer) -> Result<usize, Error> {
    Rewrite::new(kv)?.finish(to)?;
    Ok(0)
}

/// The keyspaces schema 11 compressed.
fn zipped_in_11() -> Vec<Space> {
    super::packed::PACKED
        .into_iter()
        .filter(|&s| super::zipped::is_zipped(s) && !super::zipped::ZIPPED_IN_10.contains(&s))
        .collect()
}

/// Every block of `spaces` rewritten as a zstd frame, in parts; returns
/// how many records they hold.
fn zip_blocks(kv: &dyn Kv, spaces: &[Space], to: u32) -> Result<usize, Error> {
    let mut w = Rewrite::new(kv)?;
    let mut n = 0;
    for &space in spaces {
        each_in_parts(kv, space, Bound::Unbounded, Bound::Unbounded, |k, v| {
            n += packed::decode_block(&v)
                .map_err(|why| {
                    Error::Storage(format!("damaged {} block: {why}", space.tree_name()))
                })?
                .len();
            w.put((space, k, Some(super::zipped::zip(&v).map_err(storage)?)))
        })?;
    }
    w.finish(to)?;
    Ok(n)
}

/// The writes that store the blocks of `spaces` as they are, not zipped.
fn unzip_ops(kv: &dyn Kv, spaces: &[Space]) -> Result<Vec<WriteOp>, Error> {
    let mut ops = Vec::new();
    for &space in spaces {
        for item in kv.scan_prefix(space, &[]) {
            let (k, v) = item.map_err(storage)?;
            // Read plain through the store's view (above `Zipped`, which
            // stores them compressed again): nothing to do.
            if let Ok(block) = super::zipped::unzip(&v) {
                ops.push((space, k, Some(block)));
            }
        }
    }
    Ok(ops)
}

/// The writes that turn a database of this version back into schema 12's,
/// version 12: a `words` index again, each sentence's words as [`Plain`]
/// cuts them (every word, none left to the scan: the layout of schema 11
/// too, and of 12 for a database `Plain` indexed), with their counts, in
/// compressed blocks. Only tests of the upgrade use it, to make an old
/// database from a new one; `kv` is the engine (blocks), not the store.
///
/// [`Plain`]: crate::text::Plain
#[doc(hidden)]
pub fn schema_12_ops(kv: &dyn Kv) -> Result<Vec<WriteOp>, Error> {
    Ok(with_version(words_index_ops(kv)?, 12))
}

/// The `words` blocks of [`schema_12_ops`].
fn words_index_ops(kv: &dyn Kv) -> Result<Vec<WriteOp>, Error> {
    use crate::text::Analyzer as _;
    let damaged = |what: &str, why: String| Error::Storage(format!("damaged {what}: {why}"));
    let mut texts: HashMap<keys::DocId, Vec<u8>> = HashMap::new();
    let mut entries: Vec<packed::Entry> = Vec::new();
    // `kv` may be the engine or the view above `Zipped` (which shows and
    // takes blocks plain): blocks are written as the sentences' read.
    let mut zipped = false;
    for item in kv.scan_prefix(Space::Sentences, &[]) {
        let (_, v) = item.map_err(storage)?;
        let plain = match super::zipped::unzip(&v) {
            Ok(plain) => {
                zipped = true;
                plain
            }
            Err(_) => v,
        };
        for (k, v) in packed::decode_block(&plain).map_err(|e| damaged("sentences block", e))? {
            let doc = keys::sentence_doc(&k).map_err(|e| damaged("sentence key", e.to_string()))?;
            let rec: SentenceRecord = decode(&v, "sentence")?;
            let text = if rec.text.is_empty() && rec.end > rec.start {
                let text = match texts.entry(doc) {
                    std::collections::hash_map::Entry::Occupied(t) => t.into_mut(),
                    std::collections::hash_map::Entry::Vacant(t) => {
                        let mut text = Vec::new();
                        for chunk in kv.scan_prefix(Space::Dict, &keys::doc_text_prefix(doc)) {
                            let chunk = super::text::chunk_of(&chunk.map_err(storage)?.1)
                                .map_err(|e| damaged("text chunk", e))?;
                            text.extend_from_slice(&chunk);
                        }
                        t.insert(text)
                    }
                };
                text.get(rec.start as usize..rec.end as usize)
                    .and_then(|b| std::str::from_utf8(b).ok())
                    .ok_or_else(|| damaged("sentence", "not in its text".into()))?
                    .to_string()
            } else {
                rec.text
            };
            let mut counts: Vec<(String, u16)> = Vec::new();
            for w in crate::text::Plain.index_words(&text) {
                match counts.iter_mut().find(|(x, _)| *x == w) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((w, 1)),
                }
            }
            for (w, n) in counts {
                entries.push((
                    keys::word_key(&w, doc, rec.index),
                    super::search::word_count_value(n),
                ));
            }
        }
    }
    entries.sort();
    let mut ops = Vec::new();
    for (k, block) in packed::pack(Space::Words, entries) {
        let block = if zipped {
            super::zipped::zip(&block).map_err(storage)?
        } else {
            block
        };
        ops.push((Space::Words, k, Some(block)));
    }
    Ok(ops)
}

/// The writes that turn a database of this version back into schema 11's,
/// version 11: schema 12's ([`schema_12_ops`], which indexes every word,
/// as schema 11 did). Only tests of the upgrade use it.
#[doc(hidden)]
pub fn schema_11_ops(kv: &dyn Kv) -> Result<Vec<WriteOp>, Error> {
    Ok(with_version(words_index_ops(kv)?, 11))
}

/// The writes that turn a database of this version back into schema 10's
/// (only `words` and `sentences` blocks compressed), version 10. Only
/// tests of the upgrade use it, to make an old database from a new one.
/// It first writes the database back to schema 11 ([`schema_11_ops`]).
#[doc(hidden)]
pub fn schema_10_ops(kv: &dyn Kv) -> Result<Vec<WriteOp>, Error> {
    kv.apply(schema_11_ops(kv)?).map_err(storage)?;
    Ok(with_version(unzip_ops(kv, &zipped_in_11())?, 10))
}

/// The writes that turn a database of this version back into schema 9's
/// (no block compressed), version 9. Only tests of the upgrade use it,
/// to make an old database from a new one. It first writes the database
/// back to schema 10 ([`schema_10_ops`]).
#[doc(hidden)]
pub fn schema_9_ops(kv: &dyn Kv) -> Result<Vec<WriteOp>, Error> {
    kv.apply(schema_10_ops(kv)?).map_err(storage)?;
    Ok(with_version(
        unzip_ops(kv, &super::zipped::ZIPPED_IN_10)?,
        9,
    ))
}

/// The writes that turn a database of this version back into schema 8's
/// (text chunks as they are), version 8. Only tests of the upgrade use it,
/// to make an old database from a new one. It first writes the database
/// back to schema 9 ([`schema_9_ops`]).
#[doc(hidden)]
pub fn schema_8_ops(kv: &dyn Kv) -> Result<Vec<WriteOp>, Error> {
    kv.apply(schema_9_ops(kv)?).map_err(storage)?;
    let mut ops = Vec::new();
    for item in kv.scan_prefix(Space::Dict, &[keys::DICT_DOC_TEXT]) {
        let (k, v) = item.map_err(storage)?;
        let chunk = super::text::chunk_of(&v)
            .map_err(|e| Error::Storage(format!("damaged text chunk: {e}")))?;
        ops.push((Space::Dict, k, Some(chunk)));
    }
    Ok(with_version(ops, 8))
}

/// One write per block of `space`, each entry's value replaced by what
/// `f` makes of its key and value: how the `schema_N_ops` below turn a
/// keyspace back, whole (they are for tests; [`Rewrite::blocks`] is the
/// upgrade's own, in parts).
fn rewritten_blocks(
    kv: &dyn Kv,
    space: Space,
    mut f: impl FnMut(&[u8], &[u8]) -> Result<Vec<u8>, Error>,
) -> Result<Vec<WriteOp>, Error> {
    let mut ops = Vec::new();
    for item in kv.scan_prefix(space, &[]) {
        let (k, v) = item.map_err(storage)?;
        let entries = packed::decode_block(&v).map_err(Error::Storage)?;
        let mut out = Vec::with_capacity(entries.len());
        for (ek, ev) in entries {
            let value = f(&ek, &ev)?;
            out.push((ek, value));
        }
        ops.push((space, k, Some(packed::encode_block(&out))));
    }
    Ok(ops)
}

/// The writes that turn a database of this version back into schema 7's
/// (each sentence record with its words, from `words`; fact records in
/// the derived encoding; every `words` entry with its count), version 7. Only tests of the upgrade use it,
/// to make an old database from a new one; it holds every word. A
/// record's words come in the order of `words`, not the order said
/// (nothing reads that order back). It first writes the database back to
/// schema 8 ([`schema_8_ops`]).
#[doc(hidden)]
pub fn schema_7_ops(kv: &dyn Kv) -> Result<Vec<WriteOp>, Error> {
    kv.apply(schema_8_ops(kv)?).map_err(storage)?;
    let mut words: HashMap<(keys::DocId, u32), Vec<(String, u16)>> = HashMap::new();
    let mut ops = rewritten_blocks(kv, Space::Words, |ek, ev| {
        let (word, doc, n) = keys::parse_word_key(ek)
            .map_err(|e| Error::Storage(format!("damaged word key: {e}")))?;
        let count = <[u8; 2]>::try_from(ev).map(u16::from_be_bytes).unwrap_or(1);
        words.entry((doc, n)).or_default().push((word, count));
        Ok(count.to_be_bytes().to_vec())
    })?;
    ops.extend(rewritten_blocks(kv, Space::Eavt, |_, ev| {
        let head: FactHead = decode(ev, "fact")?;
        Ok(encode(&FactHeadV7::from(head)))
    })?);
    ops.extend(rewritten_blocks(kv, Space::Sentences, |ek, ev| {
        let r: SentenceRecord = decode(ev, "sentence")?;
        let doc = keys::sentence_doc(ek)
            .map_err(|e| Error::Storage(format!("damaged sentence key: {e}")))?;
        Ok(encode(&SentenceRecordV7 {
            index: r.index,
            start: r.start,
            end: r.end,
            text: r.text,
            words: words.remove(&(doc, r.index)).unwrap_or_default(),
            facts: r.facts,
        }))
    })?);
    Ok(with_version(ops, 7))
}

/// The writes that turn a database of this version back into schema 6's
/// (each fact's sources in its record, no `sources`), version 6. Only
/// tests of the upgrade use it, to make an old database from a new one;
/// it holds every source. `kv` is the engine (blocks), not the store.
/// It first writes the database back to schema 7 ([`schema_7_ops`]).
#[doc(hidden)]
pub fn schema_6_ops(kv: &dyn Kv) -> Result<Vec<WriteOp>, Error> {
    kv.apply(schema_7_ops(kv)?).map_err(storage)?;
    let mut ops = Vec::new();
    let mut by_fact: std::collections::BTreeMap<Vec<u8>, Vec<(keys::DocId, SourceEntry)>> =
        Default::default();
    for item in kv.scan_prefix(Space::Sources, &[]) {
        let (k, v) = item.map_err(storage)?;
        for (ek, ev) in packed::decode_block(&v).map_err(Error::Storage)? {
            let (fact, doc, _) = keys::parse_source_key(&ek)
                .map_err(|e| Error::Storage(format!("damaged sources key: {e}")))?;
            by_fact
                .entry(fact.to_vec())
                .or_default()
                .push((doc, decode(&ev, "source")?));
        }
        ops.push((Space::Sources, k, None));
    }
    ops.extend(rewritten_blocks(kv, Space::Eavt, |ek, ev| {
        let head: FactHeadV7 = decode(ev, "schema 7 fact")?;
        let sources = super::assemble_sources(head.first, by_fact.remove(ek).unwrap_or_default());
        Ok(encode(&FactRecord {
            text: head.text,
            sources,
            qualifiers: head.qualifiers,
        }))
    })?);
    Ok(with_version(ops, 6))
}

/// A schema 6 source as schema 5 stored it, its quote read back from
/// `texts` (document id → text).
fn source_v5(
    s: StoredSource,
    texts: &HashMap<keys::DocId, String>,
) -> Result<StoredSourceV5, Error> {
    let quote = match s.span {
        Some((start, len)) => {
            let words = texts
                .get(&s.doc)
                .and_then(|t| t.get(start as usize..(start + len) as usize))
                .ok_or_else(|| {
                    Error::Storage(format!("a quote of document #{} is not in its text", s.doc))
                })?;
            format!("{words}{}", s.quote)
        }
        None => s.quote,
    };
    Ok(StoredSourceV5 {
        doc: s.doc,
        quote,
        extracted: s.extracted,
        at: s.at,
    })
}

/// The writes that turn a database of this version back into schema 5's
/// (texts in their records, every quote in words, no chunks), version 5.
/// Only tests of the upgrade use it, to make an old database from a new
/// one; it holds every text.
#[doc(hidden)]
pub fn schema_5_ops(kv: &dyn Kv) -> Result<Vec<WriteOp>, Error> {
    kv.apply(schema_6_ops(kv)?).map_err(storage)?;
    let mut ops = Vec::new();
    let mut texts = HashMap::new();
    for item in kv.scan_prefix(Space::Dict, &[keys::DICT_DOC_BY_ID]) {
        let (k, v) = item.map_err(storage)?;
        let mut d: DocRecord = decode(&v, "document")?;
        if d.text.is_some() {
            // Schema 8's chunks, as schema_8_ops left them.
            let text = super::text::read_text_as(kv, d.id, |_, v| Ok(v.to_vec()))?;
            for item in kv.scan_prefix(Space::Dict, &keys::doc_text_prefix(d.id)) {
                ops.push((Space::Dict, item.map_err(storage)?.0, None));
            }
            texts.insert(d.id, text.clone());
            d.text = Some(text);
        }
        ops.push((Space::Dict, k, Some(encode(&d))));
    }
    for space in [Space::Eavt, Space::Entities, Space::Sentences] {
        ops.extend(rewritten_blocks(kv, space, |ek, ev| {
            Ok(if space == Space::Sentences {
                let mut r: SentenceRecordV7 = decode(ev, "schema 7 sentence")?;
                let doc = keys::sentence_doc(ek)
                    .map_err(|e| Error::Storage(format!("damaged sentence key: {e}")))?;
                if r.text.is_empty() && r.end > r.start {
                    r.text = texts
                        .get(&doc)
                        .and_then(|t| t.get(r.start as usize..r.end as usize))
                        .ok_or_else(|| {
                            Error::Storage(format!(
                                "a sentence of document #{doc} is not in its text"
                            ))
                        })?
                        .to_string();
                }
                encode(&r)
            } else if space == Space::Eavt {
                let r: FactRecord = decode(ev, "fact")?;
                encode(&FactRecordV5 {
                    text: r.text,
                    sources: r
                        .sources
                        .into_iter()
                        .map(|s| source_v5(s, &texts))
                        .collect::<Result<_, _>>()?,
                    qualifiers: r.qualifiers,
                })
            } else {
                let r: EntityRecord = decode(ev, "entity")?;
                encode(&EntityRecordV5 {
                    name: r.name,
                    kind: r.kind,
                    aliases: r.aliases,
                    sources: r
                        .sources
                        .into_iter()
                        .map(|s| source_v5(s, &texts))
                        .collect::<Result<_, _>>()?,
                })
            })
        })?);
    }
    Ok(with_version(ops, 5))
}

/// The writes that turn a database of this version back into what
/// schema 4 stored (records in bincode's fixed-length encoding), version
/// 4. Only tests of the upgrade use it, to make an old database from a
/// new one; it first writes the database back to schema 5
/// ([`schema_5_ops`]).
#[doc(hidden)]
pub fn schema_4_ops(kv: &dyn Kv) -> Result<Vec<WriteOp>, Error> {
    kv.apply(schema_5_ops(kv)?).map_err(storage)?;
    Ok(with_version(reencode_ops(kv, false)?.0, 4))
}

/// Whether a database of version `found` can be brought to this version.
pub(super) fn can_upgrade(found: u32) -> bool {
    (found..SCHEMA_VERSION).all(|v| STEPS.iter().any(|(from, _)| *from == v))
}

/// Runs every step from `found` to [`SCHEMA_VERSION`]; returns the notice
/// to show the user.
pub(super) fn upgrade(
    kv: &dyn Kv,
    found: u32,
    label: &str,
    analyzer: &dyn Analyzer,
) -> Result<String, Error> {
    let mut records = 0;
    for v in found..SCHEMA_VERSION {
        let Some((_, step)) = STEPS.iter().find(|(from, _)| *from == v) else {
            return Err(Error::Internal(format!("no upgrade from schema {v}")));
        };
        records += step(kv, v + 1, analyzer).map_err(|e| {
            Error::Storage(format!(
                "{label}: upgrading schema {v} to {} failed, the database is left at schema {v}: {e}",
                v + 1
            ))
        })?;
    }
    Ok(format!(
        "{label}: upgraded from schema version {found} to {SCHEMA_VERSION} \
         ({records} record(s) rewritten)"
    ))
}

fn with_version(mut ops: Vec<WriteOp>, to: u32) -> Vec<WriteOp> {
    ops.push((
        Space::Meta,
        META_SCHEMA.to_vec(),
        Some(to.to_be_bytes().to_vec()),
    ));
    ops
}

/// 3 → 4: every keyspace but `meta` and `dict` packed into blocks, the
/// fact indexes rebuilt from eavt (`packed::upgrade_to_packed`).
fn v3_to_v4(kv: &dyn Kv, to: u32, _: &dyn Analyzer) -> Result<usize, Error> {
    packed::upgrade_to_packed(kv, META_SCHEMA, to).map_err(storage)
}

/// A fact record as schema 2 wrote it: no qualifiers.
#[derive(Serialize, Deserialize)]
struct FactRecordV2 {
    text: String,
    sources: Vec<StoredSourceV5>,
}

/// 2 → 3: fact records gain qualifiers (every old fact is reported, with
/// no rate and no as-of date). Keys of default qualifiers are unchanged.
fn v2_to_v3(kv: &dyn Kv, to: u32, _: &dyn Analyzer) -> Result<usize, Error> {
    let ops = v2_to_v3_ops(kv)?;
    let n = ops.len();
    kv.apply(with_version(ops, to)).map_err(storage)?;
    Ok(n)
}

fn v2_to_v3_ops(kv: &dyn Kv) -> Result<Vec<WriteOp>, Error> {
    let mut ops = Vec::new();
    for item in kv.scan_prefix(Space::Eavt, &[]) {
        let (k, v) = item.map_err(storage)?;
        let old: FactRecordV2 = decode_fixed(&v, "schema 2 fact")?;
        let new = FactRecordV5 {
            text: old.text,
            sources: old.sources,
            qualifiers: Qualifiers::default(),
        };
        ops.push((Space::Eavt, k, Some(encode_fixed(&new))));
    }
    Ok(ops)
}

/// The writes that turn a database of this version back into what
/// schema 2 stored: one engine key per entry, fact records without
/// qualifiers, version 2. Only tests of the upgrade use it, to make an old
/// database from a new one (it first writes it back to schema 5); a fact
/// with qualifiers has no schema 2 form.
#[doc(hidden)]
pub fn schema_2_ops(kv: &dyn Kv) -> Result<Vec<WriteOp>, Error> {
    kv.apply(schema_5_ops(kv)?).map_err(storage)?;
    let mut ops = packed::unpack_ops(kv).map_err(storage)?;
    for (space, key, value) in &mut ops {
        let Some(v) = value.as_mut() else {
            continue;
        };
        if *space != Space::Eavt {
            // Every other record in schema 4's (and 2's) encoding.
            if let Some(rec) = record_of(*space, key) {
                *v = reencode(rec, v, false)?;
            }
            continue;
        }
        let rec: FactRecordV5 = decode(v, "fact")?;
        if !rec.qualifiers.is_default() {
            return Err(Error::Internal(
                "a qualified fact has no schema 2 form".into(),
            ));
        }
        *v = encode_fixed(&FactRecordV2 {
            text: rec.text,
            sources: rec.sources,
        });
    }
    for item in kv.scan_prefix(Space::Dict, &[keys::DICT_DOC_BY_ID]) {
        let (k, v) = item.map_err(storage)?;
        ops.push((Space::Dict, k, Some(reencode(Record::Document, &v, false)?)));
    }
    Ok(with_version(ops, 2))
}

#[cfg(test)]
mod tests {
    use super::super::kv::SledKv;
    use super::super::{OpenOptions, Resolution, Store};
    use super::*;
    use crate::model::{parse_quantity, Date, DocumentFacts, Entity, Fact, Source, Value};
    use std::time::Duration;

    fn sample() -> DocumentFacts {
        let src = |q: &str| Source::curated("a.txt", q);
        DocumentFacts {
            doc: "a.txt".into(),
            text: Some("甲县拨款2.4亿元。".into()),
            entities: vec![
                Entity {
                    name: "甲县".into(),
                    kind: "county".into(),
                    aliases: vec![],
                    source: src("甲县"),
                    alias_background: vec![],
                },
                Entity {
                    name: "拨款".into(),
                    kind: "funding".into(),
                    aliases: vec![],
                    source: src("拨款"),
                    alias_background: vec![],
                },
            ],
            facts: vec![
                Fact {
                    subject: "拨款".into(),
                    attribute: "amount".into(),
                    value: Value::Quantity(parse_quantity("2.4亿元").unwrap()),
                    source: src("拨款2.4亿元"),
                    qualifiers: Qualifiers::default(),
                },
                Fact {
                    subject: "拨款".into(),
                    attribute: "recipient".into(),
                    value: Value::Ref("甲县".into()),
                    source: src("甲县拨款"),
                    qualifiers: Qualifiers::default(),
                },
            ],
            ..Default::default()
        }
    }

    /// A database on disk as schema 2 left it: written by today's loader
    /// (whose keys for unqualified facts are schema 2's), then every fact
    /// record put back in the schema 2 format and the version set to 2,
    /// through the engine, as the old program would have written them.
    fn v2_database(dir: &std::path::Path, damage: bool) {
        {
            let (store, _) = Store::open(dir, &OpenOptions::default()).unwrap();
            store.initialize(&[sample()], None).unwrap();
        }
        let kv = SledKv::open(dir, Duration::from_secs(5)).unwrap();
        let mut ops = schema_2_ops(&kv).unwrap();
        if damage {
            let (_, k, _) = ops
                .iter()
                .rfind(|(s, _, v)| *s == Space::Eavt && v.is_some())
                .unwrap()
                .clone();
            ops.push((Space::Eavt, k, Some(vec![0xFF; 3])));
        }
        kv.apply(ops).unwrap();
    }

    /// The store at `dir`, opened by today's program: it says it upgraded
    /// the database from schema `from`, and `check` finds nothing wrong.
    fn open_upgraded(dir: &std::path::Path, from: u32) -> Store {
        let (store, created) = Store::open(dir, &OpenOptions::default()).unwrap();
        assert!(!created);
        let notices = store.open_notices().join("\n");
        assert!(
            notices.contains(&format!(
                "upgraded from schema version {from} to {SCHEMA_VERSION}"
            )),
            "{notices}"
        );
        let report = store.check().unwrap();
        assert!(report.problems.is_empty(), "{:?}", report.problems);
        store
    }

    fn schema_of(dir: &std::path::Path) -> u32 {
        let kv = SledKv::open(dir, Duration::from_secs(5)).unwrap();
        let v = kv.get(Space::Meta, META_SCHEMA).unwrap().unwrap();
        u32::from_be_bytes(v.try_into().unwrap())
    }

    /// Every key and value of the engine under `dir`, as stored.
    fn raw_records(dir: &std::path::Path) -> Vec<(Space, Vec<u8>, Vec<u8>)> {
        let kv = SledKv::open(dir, Duration::from_secs(5)).unwrap();
        Space::ALL
            .iter()
            .flat_map(|s| {
                kv.scan_prefix(*s, &[])
                    .map(|r| {
                        let (k, v) = r.unwrap();
                        (*s, k, v)
                    })
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    /// Opens the database under `dir`, whose upgrade from schema `from`
    /// must fail on a `damaged` record and leave it at `from`.
    fn refused_upgrade(dir: &std::path::Path, from: u32, damaged: &str) {
        let err = Store::open(dir, &OpenOptions::default())
            .err()
            .expect("a damaged record stops the upgrade")
            .to_string();
        let left = format!(
            "upgrading schema {from} to {} failed, the database is left at schema {from}",
            from + 1
        );
        assert!(err.contains(&left) && err.contains(damaged), "{err}");
        assert_eq!(schema_of(dir), from);
    }

    #[test]
    fn a_schema_2_database_is_upgraded_on_open_and_checks_clean() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        v2_database(&path, false);
        // Today's records do not read as schema 2's: the upgrade is needed.
        assert_eq!(schema_of(&path), 2);
        {
            let store = open_upgraded(&path, 2);
            let Resolution::Found(grant) = store.resolve("拨款").unwrap() else {
                panic!("拨款 is gone");
            };
            let amount = store.attr_id("amount").unwrap();
            let facts = store.values_of(grant, amount).unwrap();
            assert_eq!(facts.len(), 1);
            assert_eq!(facts[0].record.text, "2.4亿元");
            assert!(facts[0].record.qualifiers.is_default());
        }
        assert_eq!(schema_of(&path), SCHEMA_VERSION);
        // The next open has nothing to do.
        let (store, _) = Store::open(&path, &OpenOptions::default()).unwrap();
        assert!(
            store.open_notices().is_empty(),
            "{:?}",
            store.open_notices()
        );
    }

    #[test]
    fn a_failed_upgrade_leaves_the_database_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        v2_database(&path, true);
        let before = raw_records(&path);
        refused_upgrade(&path, 2, "damaged schema 2 fact record");
        assert!(
            raw_records(&path) == before,
            "the failed upgrade changed the database"
        );
        // Unknown versions are still refused, not guessed at.
        assert!(!can_upgrade(1));
        assert!(can_upgrade(2));
    }

    /// A block as the engine holds it, decompressed if it is (schema 10).
    fn unzipped(space: Space, v: Vec<u8>) -> Vec<u8> {
        if super::super::zipped::is_zipped(space) {
            super::super::zipped::unzip(&v).unwrap_or(v)
        } else {
            v
        }
    }

    /// Every record value of the engine under `dir`, by keyspace and key
    /// (blocks decoded), and their total size.
    type Records = Vec<(Space, Vec<u8>, Vec<u8>)>;

    fn records(dir: &std::path::Path) -> (Records, usize) {
        let kv = SledKv::open(dir, Duration::from_secs(5)).unwrap();
        let mut out = Vec::new();
        for space in [Space::Eavt, Space::Entities, Space::Sentences] {
            for item in kv.scan_prefix(space, &[]) {
                let (_, v) = item.unwrap();
                for (k, v) in packed::decode_block(&unzipped(space, v)).unwrap() {
                    out.push((space, k, v));
                }
            }
        }
        for item in kv.scan_prefix(Space::Dict, &[keys::DICT_DOC_BY_ID]) {
            let (k, v) = item.unwrap();
            out.push((Space::Dict, k, v));
        }
        let bytes = out.iter().map(|(_, _, v)| v.len()).sum();
        (out, bytes)
    }

    /// A schema 4 database (records in bincode's fixed-length encoding)
    /// is re-encoded on open: the same records, fewer bytes, and it
    /// answers and checks as before.
    #[test]
    fn a_schema_4_database_is_reencoded_on_open() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        {
            let (store, _) = Store::open(&path, &OpenOptions::default()).unwrap();
            store.initialize(&[sample()], None).unwrap();
        }
        let (new, new_bytes) = records(&path);
        {
            let kv = SledKv::open(&path, Duration::from_secs(5)).unwrap();
            kv.apply(schema_4_ops(&kv).unwrap()).unwrap();
        }
        assert_eq!(schema_of(&path), 4);
        let (old, old_bytes) = records(&path);
        assert_eq!(old.len(), new.len());
        assert!(old_bytes > new_bytes, "{old_bytes} vs {new_bytes}");
        // The same keys, other bytes: the step has work to do.
        assert!(old
            .iter()
            .zip(&new)
            .all(|(o, n)| o.0 == n.0 && o.1 == n.1 && o.2 != n.2));
        let words: usize = {
            let kv = SledKv::open(&path, Duration::from_secs(5)).unwrap();
            kv.scan_prefix(Space::Words, &[])
                .map(|b| packed::decode_block(&b.unwrap().1).unwrap().len())
                .sum()
        };
        assert!(words > 0);
        {
            let (store, _) = Store::open(&path, &OpenOptions::default()).unwrap();
            let notices = store.open_notices().join("\n");
            // Rewritten by 4 → 5 and again by 5 → 6, the facts by 6 → 7
            // and 7 → 8, the sentences and word entries by 7 → 8 and
            // again by 9 → 10, the text chunks (made by 5 → 6) by 8 → 9,
            // the other compressed blocks' entries by 10 → 11; the word
            // entries dropped by 12 → 13 (`Plain` left none to 11 → 12).
            let facts = new.iter().filter(|r| r.0 == Space::Eavt).count();
            let zipped_in_11: usize = zipped_in_11()
                .into_iter()
                .map(|s| store.kv().scan_prefix(s, &[]).count())
                .sum();
            assert!(zipped_in_11 > facts);
            let sentences = new.iter().filter(|r| r.0 == Space::Sentences).count();
            let chunks = store
                .kv()
                .scan_prefix(Space::Dict, &[keys::DICT_DOC_TEXT])
                .count();
            assert!(chunks > 0);
            assert!(
                notices.contains(&format!(
                    "upgraded from schema version 4 to {SCHEMA_VERSION} ({} record(s) rewritten)",
                    2 * new.len() + 2 * facts + 2 * sentences + 3 * words + chunks + zipped_in_11
                )),
                "{notices}"
            );
            let report = store.check().unwrap();
            assert!(report.problems.is_empty(), "{:?}", report.problems);
            let Resolution::Found(grant) = store.resolve("拨款").unwrap() else {
                panic!("拨款 is gone");
            };
            let facts = store.facts_of(grant).unwrap();
            assert!(facts.iter().any(|f| f.record.text == "2.4亿元"
                && store.source(&f.record.sources[0]).unwrap().quote == "拨款2.4亿元"));
        }
        assert_eq!(schema_of(&path), SCHEMA_VERSION);
        assert_eq!(records(&path), (new, new_bytes));
    }

    /// Every entry of every keyspace, read through the store.
    fn entries(store: &Store) -> Vec<(Space, Vec<u8>, Vec<u8>)> {
        let mut out = Vec::new();
        for space in Space::ALL {
            for item in store.kv().scan_prefix(space, &[]) {
                let (k, v) = item.unwrap();
                out.push((space, k, v));
            }
        }
        out
    }

    /// Each fact and entity with the sources `show` and `dump` give.
    fn facts_with_quotes(store: &Store) -> Vec<String> {
        let mut out = Vec::new();
        for f in store.all_facts() {
            let f = f.unwrap();
            for s in &f.record.sources {
                let s = store.source(s).unwrap();
                out.push(format!("{} {} {:?} {:?}", f.entity, f.attr, f.value, s));
            }
        }
        for e in store.all_entities() {
            let rec = store.entity(e.unwrap()).unwrap();
            for s in &rec.sources {
                out.push(format!("{} {:?}", rec.name, store.source(s).unwrap()));
            }
        }
        out
    }

    fn generated(facts: u64) -> Vec<DocumentFacts> {
        let mut buf = Vec::new();
        crate::synth::generate(facts, 7, &mut buf).unwrap();
        let text = String::from_utf8(buf).unwrap();
        crate::ingest::jsonl::parse("gen.jsonl", &text, &|_| false).unwrap()
    }

    /// A schema 6 store written back to schema 5 (texts in their records,
    /// every quote in words: what the old code wrote) and reopened: the
    /// upgrade gives back every entry byte for byte, in many parts.
    fn schema_5_copy(
        path: &std::path::Path,
        docs: &[DocumentFacts],
    ) -> (Records, Vec<String>, Records) {
        let (store, _) = Store::open(path, &OpenOptions::default()).unwrap();
        store.initialize(docs, None).unwrap();
        let quotes = facts_with_quotes(&store);
        let all = entries(&store);
        drop(store);
        let (new, _) = records(path);
        let kv = SledKv::open(path, Duration::from_secs(5)).unwrap();
        kv.apply(schema_5_ops(&kv).unwrap()).unwrap();
        (new, quotes, all)
    }

    #[test]
    fn a_schema_5_database_is_upgraded_fact_by_fact_in_parts() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        let docs = generated(3000);
        let (new, quotes, all) = schema_5_copy(&path, &docs);
        assert_eq!(schema_of(&path), 5);
        // Schema 5 holds the quotes in words and the texts whole; 6 holds
        // most quotes as ranges and the texts in chunks.
        let (old, old_bytes) = records(&path);
        let new_bytes: usize = new.iter().map(|r| r.2.len()).sum();
        assert_eq!(old.len(), new.len());
        assert!(old_bytes > 2 * new_bytes, "{old_bytes} vs {new_bytes}");
        {
            let kv = SledKv::open(&path, Duration::from_secs(5)).unwrap();
            assert_eq!(
                kv.scan_prefix(Space::Dict, &[keys::DICT_DOC_TEXT]).count(),
                0
            );
        }
        {
            let store = open_upgraded(&path, 5);
            assert_eq!(facts_with_quotes(&store), quotes);
            assert_eq!(entries(&store), all);
        }
        assert_eq!(schema_of(&path), SCHEMA_VERSION);
        assert_eq!(records(&path).0, new);
    }

    /// Documents that state the same facts, one of them loaded again
    /// changed: its sources of those facts go and come back last.
    fn restated(name: &str, n: usize, version: u32) -> DocumentFacts {
        let mut d = sample();
        d.doc = name.into();
        let text = format!("甲县拨款2.4亿元。第{version}版。");
        d.text = Some(text);
        for e in &mut d.entities {
            e.source.doc = name.into();
        }
        let fact = d.facts.remove(0);
        d.facts = (0..n)
            .map(|i| {
                let mut f = fact.clone();
                f.source.doc = name.into();
                f.source.quote = if i == 0 {
                    "拨款2.4亿元".into()
                } else {
                    format!("第{version}版")
                };
                f
            })
            .collect();
        d
    }

    /// A schema 6 store (each fact's sources in its record) opens as
    /// schema 7 with every source, in the order the record had them (a
    /// document loaded again comes last), every other entry as it was,
    /// and a clean check.
    #[test]
    fn a_schema_6_database_gets_its_sources_apart_in_their_order() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        let mut docs: Vec<DocumentFacts> = (0..40)
            .map(|i| restated(&format!("{i:02}.txt"), 2, 1))
            .collect();
        docs.extend(generated(2000));
        let (quotes, all) = {
            let (store, _) = Store::open(&path, &OpenOptions::default()).unwrap();
            store.initialize(&docs, None).unwrap();
            // 05.txt again, changed: its sources of 拨款 now come after
            // those of 06.txt … 39.txt.
            store.load(&[restated("05.txt", 2, 2)]).unwrap();
            let quotes = facts_with_quotes(&store);
            let grant = match store.resolve("拨款").unwrap() {
                Resolution::Found(e) => e,
                _ => panic!("拨款 is gone"),
            };
            let amount = store.attr_id("amount").unwrap();
            let f = store.values_of(grant, amount).unwrap().remove(0);
            let last = f.record.sources.last().unwrap();
            assert_eq!(store.doc_name(last.doc).unwrap(), "05.txt");
            assert_eq!(f.record.sources.len(), 80);
            (quotes, entries(&store))
        };
        {
            let kv = SledKv::open(&path, Duration::from_secs(5)).unwrap();
            kv.apply(schema_6_ops(&kv).unwrap()).unwrap();
            assert_eq!(kv.scan_prefix(Space::Sources, &[]).count(), 0);
        }
        assert_eq!(schema_of(&path), 6);
        {
            let store = open_upgraded(&path, 6);
            assert_eq!(facts_with_quotes(&store), quotes);
            // The sources of 拨款's facts were numbered with a gap where
            // 05.txt's first version was; the upgrade numbers them
            // 0, 1, 2 …: the same order, other numbers.
            let same =
                |(s, _, _): &&(Space, Vec<u8>, Vec<u8>)| *s != Space::Sources && *s != Space::Eavt;
            let now = entries(&store);
            assert_eq!(
                now.iter().filter(same).collect::<Vec<_>>(),
                all.iter().filter(same).collect::<Vec<_>>()
            );
            let keys = |v: &[(Space, Vec<u8>, Vec<u8>)]| {
                v.iter()
                    .filter(|e| e.0 == Space::Sources || e.0 == Space::Eavt)
                    .map(|e| (e.0, e.1.clone()))
                    .collect::<Vec<_>>()
            };
            assert_eq!(keys(&now), keys(&all));
        }
        assert_eq!(schema_of(&path), SCHEMA_VERSION);
    }

    /// The last record of `space` made undecodable (its last block
    /// rewritten with the last entry's value three 0xFF bytes): a step
    /// meets it only after many parts were written.
    fn damage_last_record(kv: &SledKv, space: Space) {
        let (k, v) = kv.scan_prefix(space, &[]).last().unwrap().unwrap();
        let mut entries = packed::decode_block(&v).unwrap();
        entries.last_mut().unwrap().1 = vec![0xFF; 3];
        kv.apply(vec![(space, k, Some(packed::encode_block(&entries)))])
            .unwrap();
    }

    /// The last block of `space` replaced by bytes that are no block.
    fn damage_last_block(kv: &SledKv, space: Space) {
        let (k, _) = kv.scan_prefix(space, &[]).last().unwrap().unwrap();
        kv.apply(vec![(space, k, Some(vec![9, 9, 9]))]).unwrap();
    }

    /// A damaged fact record late in the 6 → 7 step (after many parts)
    /// rolls it all back: the database is schema 6's, byte for byte.
    #[test]
    fn a_failed_upgrade_to_7_leaves_schema_6() {
        a_damaged_value_leaves_the_schema(
            schema_6_ops,
            6,
            Space::Eavt,
            damage_last_record,
            "damaged schema 6 fact record",
        );
    }

    /// A store loaded today, turned back to schema `older` by `ops`, its
    /// last value of `space` damaged by `damage`: the upgrade is refused
    /// with an error saying `damaged`, and leaves the database as it was,
    /// byte for byte.
    fn a_damaged_value_leaves_the_schema(
        ops: fn(&dyn Kv) -> Result<Vec<WriteOp>, Error>,
        older: u32,
        space: Space,
        damage: fn(&SledKv, Space),
        damaged: &str,
    ) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        {
            let (store, _) = Store::open(&path, &OpenOptions::default()).unwrap();
            store.initialize(&generated(3000), None).unwrap();
        }
        {
            let kv = SledKv::open(&path, Duration::from_secs(5)).unwrap();
            kv.apply(ops(&kv).unwrap()).unwrap();
            damage(&kv, space);
        }
        let before = raw_records(&path);
        refused_upgrade(&path, older, damaged);
        assert!(
            raw_records(&path) == before,
            "the failed upgrade changed the database"
        );
    }

    /// An error in the middle of the 5 → 6 step (a damaged record after
    /// many parts were written) rolls every part back: the database is
    /// schema 5's, byte for byte, and the next open tries again.
    #[test]
    fn a_failed_upgrade_to_6_after_many_parts_leaves_schema_5() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        let docs = generated(3000);
        schema_5_copy(&path, &docs);
        {
            // The last entity record damaged: facts and documents are
            // rewritten (many parts) before the step reaches it.
            let kv = SledKv::open(&path, Duration::from_secs(5)).unwrap();
            damage_last_record(&kv, Space::Entities);
        }
        let before = raw_records(&path);
        refused_upgrade(&path, 5, "damaged schema 5 entity record");
        assert!(
            raw_records(&path) == before,
            "the failed upgrade changed the database"
        );
    }

    /// A schema 7 store (sentence records with their words, counts of 1
    /// in `words`) is upgraded to the entries a load writes today, byte
    /// for byte, in many parts; its records were larger.
    #[test]
    fn a_schema_7_database_drops_its_sentences_words_and_reads_the_same() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        let (all, quotes, sentences) = {
            let (store, _) = Store::open(&path, &OpenOptions::default()).unwrap();
            store.initialize(&generated(3000), None).unwrap();
            let sentences: Vec<_> = store.all_sentences().map(Result::unwrap).collect();
            assert!(sentences.iter().any(|(_, r)| r.facts.len() > 1));
            (entries(&store), facts_with_quotes(&store), sentences)
        };
        let bytes = |kv: &SledKv, space: Space| -> usize {
            kv.scan_prefix(space, &[])
                .map(|b| {
                    packed::decode_block(&unzipped(space, b.unwrap().1))
                        .unwrap()
                        .iter()
                        .map(|e| e.1.len())
                        .sum::<usize>()
                })
                .sum()
        };
        {
            let kv = SledKv::open(&path, Duration::from_secs(5)).unwrap();
            let before = [Space::Sentences, Space::Words, Space::Eavt].map(|s| bytes(&kv, s));
            kv.apply(schema_7_ops(&kv).unwrap()).unwrap();
            // Schema 7's sentence records held the words, its entries a
            // count each, its fact records flags and counts: the step has
            // work to do.
            let after = [Space::Sentences, Space::Words, Space::Eavt].map(|s| bytes(&kv, s));
            assert!(after[0] > 2 * before[0], "{before:?} {after:?}");
            assert!(
                after[1] > before[1] && after[2] > before[2],
                "{before:?} {after:?}"
            );
        }
        assert_eq!(schema_of(&path), 7);
        {
            let store = open_upgraded(&path, 7);
            assert_eq!(entries(&store), all);
            assert_eq!(facts_with_quotes(&store), quotes);
            let now: Vec<_> = store.all_sentences().map(Result::unwrap).collect();
            assert_eq!(now, sentences);
        }
        assert_eq!(schema_of(&path), SCHEMA_VERSION);
    }

    /// A schema 8 store (text chunks as they are) is upgraded in many
    /// parts to compressed chunks: every entry as a new store writes it,
    /// every quote and text the same, and the texts take fewer bytes.
    #[test]
    fn a_schema_8_database_gets_its_texts_compressed_and_reads_the_same() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        let docs = generated(3000);
        let (all, quotes, texts) = {
            let (store, _) = Store::open(&path, &OpenOptions::default()).unwrap();
            store.initialize(&docs, None).unwrap();
            let texts: Vec<_> = (0..docs.len() as keys::DocId + 2)
                .map(|d| store.doc_by_id(d).unwrap().and_then(|r| r.text))
                .collect();
            assert!(texts.iter().flatten().filter(|t| !t.is_empty()).count() > 5);
            (entries(&store), facts_with_quotes(&store), texts)
        };
        let text_bytes = |kv: &SledKv| -> usize {
            kv.scan_prefix(Space::Dict, &[keys::DICT_DOC_TEXT])
                .map(|c| c.unwrap().1.len())
                .sum()
        };
        {
            let kv = SledKv::open(&path, Duration::from_secs(5)).unwrap();
            let before = text_bytes(&kv);
            kv.apply(schema_8_ops(&kv).unwrap()).unwrap();
            let after = text_bytes(&kv);
            assert!(after > 2 * before, "{before} {after}");
            assert!(after > 4 * UPGRADE_PART_BYTES, "{after}");
        }
        assert_eq!(schema_of(&path), 8);
        {
            let store = open_upgraded(&path, 8);
            assert_eq!(entries(&store), all);
            assert_eq!(facts_with_quotes(&store), quotes);
            let now: Vec<_> = (0..docs.len() as keys::DocId + 2)
                .map(|d| store.doc_by_id(d).unwrap().and_then(|r| r.text))
                .collect();
            assert_eq!(now, texts);
        }
        assert_eq!(schema_of(&path), SCHEMA_VERSION);
    }

    /// A schema 9 store (`words` and `sentences` blocks as they are) is
    /// upgraded in many parts to compressed blocks: every entry as a new
    /// store writes it, every quote, sentence and search the same, and
    /// those blocks took fewer bytes.
    #[test]
    fn a_schema_9_database_gets_its_word_and_sentence_blocks_compressed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        let queries = ["find 县", "find 资金", "find 2"];
        let (all, quotes, sentences, answers) = {
            let (store, _) = Store::open(&path, &OpenOptions::default()).unwrap();
            store.initialize(&generated(3000), None).unwrap();
            let sentences: Vec<_> = store.all_sentences().map(Result::unwrap).collect();
            let answers: Vec<_> = queries
                .iter()
                .map(|q| crate::query::run(&store, q).unwrap())
                .collect();
            assert!(answers.iter().all(|a| a.rows.len() > 10));
            let all = entries(&store);
            (all, facts_with_quotes(&store), sentences, answers)
        };
        let stored = |kv: &SledKv| -> [usize; 2] {
            super::super::zipped::ZIPPED_IN_10.map(|s| {
                kv.scan_prefix(s, &[])
                    .map(|b| b.unwrap().1.len())
                    .sum::<usize>()
            })
        };
        {
            let kv = SledKv::open(&path, Duration::from_secs(5)).unwrap();
            // Words in compressed blocks, as schema 12 held them.
            kv.apply(schema_12_ops(&kv).unwrap()).unwrap();
            let before = stored(&kv);
            kv.apply(schema_9_ops(&kv).unwrap()).unwrap();
            let after = stored(&kv);
            assert!(
                after[0] > 2 * before[0] && after[1] > 2 * before[1],
                "{before:?} {after:?}"
            );
            assert!(after[0] + after[1] > 4 * UPGRADE_PART_BYTES, "{after:?}");
        }
        assert_eq!(schema_of(&path), 9);
        {
            let store = open_upgraded(&path, 9);
            assert_eq!(entries(&store), all);
            assert_eq!(facts_with_quotes(&store), quotes);
            let now: Vec<_> = store.all_sentences().map(Result::unwrap).collect();
            assert_eq!(now, sentences);
            for (q, a) in queries.iter().zip(&answers) {
                assert_eq!(&crate::query::run(&store, q).unwrap(), a, "{q}");
            }
        }
        assert_eq!(schema_of(&path), SCHEMA_VERSION);
        // Stored compressed now: a new open has nothing to do.
        let kv = SledKv::open(&path, Duration::from_secs(5)).unwrap();
        let first = kv
            .scan_prefix(Space::Sentences, &[])
            .next()
            .unwrap()
            .unwrap();
        assert!(super::super::zipped::unzip(&first.1).is_ok());
    }

    /// A damaged sentence block in the 9 → 10 step (after many parts)
    /// rolls it all back: the database is schema 9's, byte for byte.
    #[test]
    fn a_damaged_block_leaves_schema_9_as_it_was() {
        a_damaged_value_leaves_the_schema(
            schema_9_ops,
            9,
            Space::Sentences,
            damage_last_block,
            "damaged sentences block",
        );
    }

    /// A schema 10 database (only `words` and `sentences` compressed) is
    /// upgraded on open: the other compressed keyspaces' blocks compressed
    /// in many parts, fewer bytes, the same entries, facts and quotes.
    #[test]
    fn a_schema_10_database_gets_every_block_compressed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        let (all, quotes) = {
            let (store, _) = Store::open(&path, &OpenOptions::default()).unwrap();
            store.initialize(&generated(3000), None).unwrap();
            (entries(&store), facts_with_quotes(&store))
        };
        let stored = |kv: &SledKv| -> Vec<usize> {
            zipped_in_11()
                .into_iter()
                .map(|s| {
                    kv.scan_prefix(s, &[])
                        .map(|b| b.unwrap().1.len())
                        .sum::<usize>()
                })
                .collect()
        };
        let zipped = {
            let kv = SledKv::open(&path, Duration::from_secs(5)).unwrap();
            let before = stored(&kv);
            kv.apply(schema_10_ops(&kv).unwrap()).unwrap();
            let plain = stored(&kv);
            let (b, p) = (before.iter().sum::<usize>(), plain.iter().sum::<usize>());
            // Level -1's frames (round 43) hold these 3K facts' blocks in
            // 54% of their bytes (level 1's in under half).
            assert!(2 * p > 3 * b, "{before:?} {plain:?}");
            assert!(p > 4 * UPGRADE_PART_BYTES, "{plain:?}");
            // words and sentences stay compressed.
            let first = kv.scan_prefix(Space::Words, &[]).next().unwrap().unwrap();
            assert!(super::super::zipped::unzip(&first.1).is_ok());
            before
        };
        assert_eq!(schema_of(&path), 10);
        {
            let store = open_upgraded(&path, 10);
            assert_eq!(entries(&store), all);
            assert_eq!(facts_with_quotes(&store), quotes);
        }
        assert_eq!(schema_of(&path), SCHEMA_VERSION);
        let kv = SledKv::open(&path, Duration::from_secs(5)).unwrap();
        assert_eq!(stored(&kv), zipped);
    }

    /// Every entry of the engine's `words` blocks.
    fn word_entries(path: &std::path::Path) -> Vec<packed::Entry> {
        let kv = SledKv::open(path, Duration::from_secs(5)).unwrap();
        kv.scan_prefix(Space::Words, &[])
            .flat_map(|b| {
                let plain = super::super::zipped::unzip(&b.unwrap().1).unwrap();
                packed::decode_block(&plain).unwrap()
            })
            .collect()
    }

    /// A schema 11 database (every word indexed, as [`Plain`] indexes
    /// them) opened with an analyzer that leaves single characters and
    /// numbers to `find`'s scan: their `words` entries dropped by 11 → 12,
    /// the others by 12 → 13, in many parts; every other entry as it was,
    /// and `find` answers the same.
    ///
    /// [`Plain`]: crate::text::Plain
    #[test]
    fn a_schema_11_database_drops_the_words_left_to_the_scan() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        let queries = [
            "find 县",
            "find 2",
            "find 亿",
            "find 资金",
            "find app",
            "find gdp 物",
        ];
        let (all, answers) = {
            let (store, _) = Store::open(&path, &OpenOptions::default()).unwrap();
            // Plain's words of generated text are all characters and
            // numbers: a document with words of letters too.
            let mut docs = generated(3000);
            docs.push(DocumentFacts {
                text: Some("甲县拨款2.4亿元。APP 物流 gdp, logistics park。".into()),
                ..sample()
            });
            store.initialize(&docs, None).unwrap();
            let answers: Vec<_> = queries
                .iter()
                .map(|q| crate::query::run(&store, q).unwrap())
                .collect();
            (entries(&store), answers)
        };
        for (q, a) in queries.iter().zip(&answers) {
            assert!(!a.rows.is_empty(), "{q}");
        }
        {
            let kv = SledKv::open(&path, Duration::from_secs(5)).unwrap();
            kv.apply(schema_11_ops(&kv).unwrap()).unwrap();
        }
        assert_eq!(schema_of(&path), 11);
        let words = word_entries(&path);
        let scanned = words
            .iter()
            .filter(|(k, _)| crate::text::char_or_number(&keys::parse_word_key(k).unwrap().0))
            .count();
        assert!(
            scanned > 1000 && scanned < words.len(),
            "{scanned} of {words:?}"
        );
        let scanning = OpenOptions {
            analyzer: std::sync::Arc::new(crate::text::PlainScanning),
            ..OpenOptions::default()
        };
        {
            let (store, _) = Store::open(&path, &scanning).unwrap();
            let notices = store.open_notices().join("\n");
            assert!(
                notices.contains(&format!(
                    "upgraded from schema version 11 to {SCHEMA_VERSION} ({} record(s)",
                    words.len()
                )),
                "{notices}"
            );
            let report = store.check().unwrap();
            assert!(report.problems.is_empty(), "{:?}", report.problems);
            assert_eq!(entries(&store), all);
            for (q, a) in queries.iter().zip(&answers) {
                assert_eq!(&crate::query::run(&store, q).unwrap(), a, "{q}");
            }
        }
        assert_eq!(schema_of(&path), SCHEMA_VERSION);
        assert!(word_entries(&path).is_empty());
    }

    /// A schema 13 database opens as 14 with every entry as it was: its
    /// keys of dates (of unknown years too) and its records of as-of
    /// dates mean the same; only the version is written.
    #[test]
    fn a_schema_13_database_is_14_but_for_its_version() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        let mut docs = generated(400);
        let mut dates = 0;
        for f in docs.iter_mut().flat_map(|d| d.facts.iter_mut()) {
            if let Value::Date(d) = &mut f.value {
                // Every other date of an unknown year, as 6月15日 said alone.
                if dates % 2 == 0 {
                    d.year = None;
                }
                dates += 1;
                f.qualifiers.as_of = Date::parse_iso("????-05", "5月").ok();
            }
        }
        assert!(dates > 10, "{dates}");
        let all = {
            let (store, _) = Store::open(&path, &OpenOptions::default()).unwrap();
            store.initialize(&docs, None).unwrap();
            entries(&store)
        };
        {
            let kv = SledKv::open(&path, Duration::from_secs(5)).unwrap();
            kv.apply(with_version(Vec::new(), 13)).unwrap();
        }
        assert_eq!(schema_of(&path), 13);
        {
            let store = open_upgraded(&path, 13);
            assert_eq!(entries(&store), all);
        }
        assert_eq!(schema_of(&path), SCHEMA_VERSION);
    }

    /// A schema 14 database opens as 15 with every entry as it was: its
    /// qualified facts (modality, rate, as-of date) keep their keys and
    /// records, and read back with no period.
    #[test]
    fn a_schema_14_database_is_15_but_for_its_version() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        let mut docs = generated(400);
        let mut qualified = 0;
        for f in docs.iter_mut().flat_map(|d| d.facts.iter_mut()) {
            if matches!(f.value, Value::Quantity(_)) {
                qualified += 1;
                match qualified % 3 {
                    0 => f.qualifiers.as_of = Date::parse_iso("2020-05", "5月").ok(),
                    1 => f.qualifiers.modality = crate::model::Modality::Expected,
                    _ => {}
                }
            }
        }
        assert!(qualified > 30, "{qualified}");
        let (all, facts) = {
            let (store, _) = Store::open(&path, &OpenOptions::default()).unwrap();
            store.initialize(&docs, None).unwrap();
            let facts: Vec<_> = store
                .all_facts()
                .map(|f| format!("{:?}", f.unwrap()))
                .collect();
            (entries(&store), facts)
        };
        assert!(
            facts.iter().all(|f| f.contains("period: None")),
            "{facts:?}"
        );
        {
            let kv = SledKv::open(&path, Duration::from_secs(5)).unwrap();
            kv.apply(with_version(Vec::new(), 14)).unwrap();
        }
        assert_eq!(schema_of(&path), 14);
        {
            let store = open_upgraded(&path, 14);
            assert_eq!(entries(&store), all);
            let again: Vec<_> = store
                .all_facts()
                .map(|f| format!("{:?}", f.unwrap()))
                .collect();
            assert_eq!(again, facts);
            let report = store.check().unwrap();
            assert!(report.problems.is_empty(), "{:?}", report.problems);
        }
        assert_eq!(schema_of(&path), SCHEMA_VERSION);
    }

    /// A schema 12 database (a `words` index) is upgraded on open: every
    /// `words` block deleted (read in many parts), every other entry as it was;
    /// it checks clean and `find` answers as before, byte for byte.
    #[test]
    fn a_schema_12_database_drops_its_words_index() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        let queries = ["find 县", "find 2", "find 资金 亿", "find 戊"];
        let (all, answers) = {
            let (store, _) = Store::open(&path, &OpenOptions::default()).unwrap();
            store.initialize(&generated(3000), None).unwrap();
            let answers: Vec<_> = queries
                .iter()
                .map(|q| crate::query::run(&store, q).unwrap())
                .collect();
            (entries(&store), answers)
        };
        assert!(all.iter().all(|(s, _, _)| *s != Space::Words));
        let blocks = {
            let kv = SledKv::open(&path, Duration::from_secs(5)).unwrap();
            kv.apply(schema_12_ops(&kv).unwrap()).unwrap();
            kv.scan_prefix(Space::Words, &[])
                .map(|b| b.unwrap().1.len())
                .collect::<Vec<_>>()
        };
        assert_eq!(schema_of(&path), 12);
        assert!(
            blocks.iter().sum::<usize>() > 4 * UPGRADE_PART_BYTES,
            "{blocks:?}"
        );
        let words = word_entries(&path).len();
        assert!(words > 1000, "{words}");
        {
            let store = open_upgraded(&path, 12);
            let notices = store.open_notices().join("\n");
            assert!(
                notices.contains(&format!("({words} record(s) rewritten)")),
                "{notices}"
            );
            assert_eq!(entries(&store), all);
            for (q, a) in queries.iter().zip(&answers) {
                assert_eq!(&crate::query::run(&store, q).unwrap(), a, "{q}");
            }
        }
        assert_eq!(schema_of(&path), SCHEMA_VERSION);
        let kv = SledKv::open(&path, Duration::from_secs(5)).unwrap();
        assert_eq!(kv.scan_prefix(Space::Words, &[]).count(), 0);
    }

    /// A damaged `words` block in the 11 → 12 step rolls it all back:
    /// the database is schema 11's, byte for byte.
    #[test]
    fn a_damaged_block_leaves_schema_11_as_it_was() {
        a_damaged_value_leaves_the_schema(
            schema_11_ops,
            11,
            Space::Words,
            damage_last_block,
            "damaged words block",
        );
    }

    /// A damaged `aevt` block in the 10 → 11 step rolls it all back: the
    /// database is schema 10's, byte for byte.
    #[test]
    fn a_damaged_block_leaves_schema_10_as_it_was() {
        a_damaged_value_leaves_the_schema(
            schema_10_ops,
            10,
            Space::Aevt,
            damage_last_block,
            "damaged aevt block",
        );
    }

    /// A damaged sentence record late in the 7 → 8 step (after many
    /// parts) rolls it all back: the database is schema 7's, byte for byte.
    #[test]
    fn a_failed_upgrade_to_8_leaves_schema_7() {
        a_damaged_value_leaves_the_schema(
            schema_7_ops,
            7,
            Space::Sentences,
            damage_last_record,
            "damaged schema 7 sentence record",
        );
    }
}
