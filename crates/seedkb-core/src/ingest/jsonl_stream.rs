//! A dump read without holding it (issues 12 and 15: a load of any size
//! has bounded memory). One pass over the file reads each line as
//! [`jsonl::parse`](super::jsonl::parse) does and spools its entity or
//! fact (bincode, to anonymous temporary files), keeping only what the
//! checks need of the whole file: each entity name's kind and line (as a
//! 128-bit hash), the aliases, the attribute order, and where each
//! document's lines went. A second pass over the spool checks each
//! document with the same [`validate`] and computes its fingerprint; the
//! store then reads it back a document, or a batch, at a time
//! ([`Store::load_by_document`](crate::store::Store::load_by_document)).
//! The errors are those of `parse`, at the same file:line.
//!
//! A document with entities a load merges with other documents' names
//! (extracted ones, the extractor's `corpus::merge`) is merged here, with
//! what [`Merge`] learnt of every document's names, and spooled again
//! merged: it is held whole once, as a document with a text is anyway.

use super::jsonl::{read_item, Item, Row, ALIAS_ATTR};
use super::validate::{validate, validate_borrowed, validate_found, FactRef, Lines, SourceRef};
use super::Problems;
use crate::error::Error;
use crate::model::{DocumentFacts, Entity, Fact, Location, Qualifiers, Source, Value};
use crate::store::search::QuotesAt;
use crate::store::{DocPart, DocumentParts, Fingerprint};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::hash::{BuildHasher, Hash, Hasher};
use std::io::{BufRead, BufReader, BufWriter, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

mod spooled_fact;

/// Entities or facts of a document without a text handed on at once.
const BATCH: usize = 4096;

/// Spooled bytes above which a document's batches are read ahead on a
/// thread (below, a thread costs more than it saves).
const SPOOL_AHEAD_BYTES: u64 = 1 << 20;

/// How a load makes the names of its documents agree with each other and
/// with the store (the extractor's `corpus::merge`), told the dump a piece
/// at a time: [`Merge::note`] each entity as the scan reads it, then
/// [`Merge::add`] every document's entities in load order, then
/// [`Merge::apply`] to each document a note said it changes.
pub trait Merge {
    /// Whether merging may change a document naming `e` (it is then read
    /// whole and merged).
    fn note(&mut self, e: &Entity) -> bool;
    /// Entities of the next document in load order (`curated`: the
    /// document's entities are curated), a batch at a time.
    fn add(&mut self, doc: &str, curated: bool, entities: &[Entity]);
    /// Merges one whole document; returns what it changed, one line each.
    fn apply(&self, d: &mut DocumentFacts) -> Vec<String>;
}

/// A name as the scan keeps it: two 64-bit hashes of different families
/// (a collision among ten million names has odds of about 1 in 10^23).
/// Fx's and foldhash's, not SipHash: the hashes live in memory only, and
/// the checks hash every fact's subject and reference (SipHash, twice
/// over the name and once more for the table, was a tenth of the checks).
type NameHash = u128;

fn name_hash(name: &str) -> NameHash {
    let mut fx = rustc_hash::FxHasher::default();
    name.hash(&mut fx);
    let fold = NAME_SEED.hash_one(name);
    (u128::from(fold) << 64) | u128::from(fx.finish())
}

/// foldhash's fixed seed for [`name_hash`]: a load's tables the same each run.
const NAME_SEED: foldhash::quality::FixedState =
    foldhash::quality::FixedState::with_seed(0x5eed_6e61_6d65_7321);

/// The tables keyed by a [`NameHash`] (a hash already: a cheap mix of it
/// is enough). Seeded at random per table: the names are the dump's, and
/// with a seed anyone can read here, names chosen to share buckets would
/// make the checks quadratic.
type ByName = foldhash::fast::RandomState;

/// Records appended to an anonymous temporary file, read back by ranges:
/// each is its line number, its length and its bincode.
struct Spool {
    writer: Option<BufWriter<File>>,
    file: Option<File>,
    len: u64,
    buf: Vec<u8>,
}

fn spool_error(e: impl std::fmt::Display) -> Error {
    Error::Storage(format!(
        "the temporary file a load spools its input to: {e}"
    ))
}

impl Spool {
    fn new() -> Result<Self, Error> {
        let file = tempfile::tempfile().map_err(spool_error)?;
        Ok(Spool {
            writer: Some(BufWriter::with_capacity(1 << 16, file)),
            file: None,
            len: 0,
            buf: Vec::new(),
        })
    }

    /// Appends a record; returns where it starts and ends.
    fn push<T: Serialize + ?Sized>(&mut self, line: usize, item: &T) -> Result<(u64, u64), Error> {
        let mut buf = std::mem::take(&mut self.buf);
        buf.clear();
        bincode::serialize_into(&mut buf, item).map_err(spool_error)?;
        let at = self.push_bytes(line, &buf);
        self.buf = buf;
        at
    }

    /// Appends a record already encoded (its bincode); returns where it
    /// starts and ends.
    fn push_bytes(&mut self, line: usize, bytes: &[u8]) -> Result<(u64, u64), Error> {
        let w = self
            .writer
            .as_mut()
            .ok_or_else(|| spool_error("written after reading"))?;
        let head = [
            (line as u32).to_le_bytes(),
            (bytes.len() as u32).to_le_bytes(),
        ];
        w.write_all(&head[0]).map_err(spool_error)?;
        w.write_all(&head[1]).map_err(spool_error)?;
        w.write_all(bytes).map_err(spool_error)?;
        let start = self.len;
        self.len += 8 + bytes.len() as u64;
        Ok((start, self.len))
    }

    /// Done writing: what is read back from now on.
    fn finish(&mut self) -> Result<(), Error> {
        if let Some(w) = self.writer.take() {
            self.file = Some(w.into_inner().map_err(spool_error)?);
        }
        Ok(())
    }

    /// The records in `runs` (`count` of them, as a hint), decoded and
    /// mapped by `map`, with their lines, `size` at a time.
    ///
    /// Runs of more than [`SPOOL_AHEAD_BYTES`] in all, cut into batches,
    /// are read and decoded on a thread of their own, two batches ahead of
    /// `each`: a load's passes over a document without a text (a file
    /// without quotes is one) had spent a tenth of the load's CPU decoding
    /// the spool on the thread that then checks or writes what it decoded.
    fn batches<T: Record + Send, U>(
        &self,
        runs: &[(u64, u64)],
        count: usize,
        size: usize,
        map: &dyn Fn(T) -> U,
        each: &mut dyn FnMut(Vec<U>, Vec<usize>) -> Result<(), Error>,
    ) -> Result<(), Error> {
        let bytes: u64 = runs.iter().map(|(start, end)| end - start).sum();
        if size == usize::MAX || bytes <= SPOOL_AHEAD_BYTES {
            return self.batches_here(runs, count, size, map, each);
        }
        type Batch<T> = (Vec<T>, Vec<usize>);
        std::thread::scope(|scope| {
            let (tx, rx) = std::sync::mpsc::sync_channel::<Result<Batch<T>, Error>>(2);
            let ahead = std::thread::Builder::new()
                .name("seedkb-spool".into())
                .spawn_scoped(scope, move || {
                    // The same batches as on this thread, each sent on.
                    let read =
                        self.batches_here(runs, count, size, &|t: T| t, &mut |items, lines| {
                            // The receiver gone: `each` failed, and said why.
                            tx.send(Ok((items, lines)))
                                .map_err(|_| spool_error("its reader stopped"))
                        });
                    if let Err(e) = read {
                        let _ = tx.send(Err(e));
                    }
                });
            if let Err(e) = ahead {
                return Err(spool_error(format!("no thread to read it ahead: {e}")));
            }
            // `rx` is dropped when this returns, before the scope waits for
            // the reader, so an error here stops it at its next batch.
            for got in rx {
                let (items, lines) = got?;
                each(items.into_iter().map(map).collect(), lines)?;
            }
            Ok(())
        })
    }

    /// [`Spool::batches`] on this thread.
    fn batches_here<T: Record, U>(
        &self,
        runs: &[(u64, u64)],
        count: usize,
        size: usize,
        map: &dyn Fn(T) -> U,
        each: &mut dyn FnMut(Vec<U>, Vec<usize>) -> Result<(), Error>,
    ) -> Result<(), Error> {
        // Each batch made as large as it will be: grown from empty, a
        // batch of facts was copied as it doubled (2% of a load's
        // instructions went to reallocating).
        let mut left = count;
        let sized = |left: &mut usize| {
            let n = (*left).min(size);
            *left -= n;
            (Vec::with_capacity(n), Vec::with_capacity(n))
        };
        let mut batch = sized(&mut left);
        self.read(runs, &mut |line, t: T| {
            batch.0.push(map(t));
            batch.1.push(line);
            if batch.0.len() >= size {
                let (items, lines) = std::mem::replace(&mut batch, sized(&mut left));
                each(items, lines)?;
            }
            Ok(())
        })?;
        if !batch.0.is_empty() {
            each(batch.0, batch.1)?;
        }
        Ok(())
    }

    /// Each record in `runs`, decoded, with its line. Reads at its own
    /// offsets: documents are checked on several threads at once.
    fn read<T: Record>(
        &self,
        runs: &[(u64, u64)],
        each: &mut dyn FnMut(usize, T) -> Result<(), Error>,
    ) -> Result<(), Error> {
        let file = self
            .file
            .as_ref()
            .ok_or_else(|| spool_error("read before written"))?;
        read_records(file, runs, each)
    }

    /// Each record's bytes in `runs`, with its line, not decoded.
    fn read_bytes(&self, runs: &[(u64, u64)], each: &mut EachRecord) -> Result<(), Error> {
        let file = self
            .file
            .as_ref()
            .ok_or_else(|| spool_error("read before written"))?;
        read_record_bytes(file, runs, each)
    }
}

/// The records of a spool's `file` in `runs`, decoded, with their lines.
///
/// Each run is read a piece at a time into one buffer kept for the whole
/// call, and each record decoded where it lies in it: a `BufReader` made
/// for each run had zeroed its buffer on its first fill, and copied every
/// record once more into a buffer of its own (the zeroing alone was a
/// hundredth of a 100K load's instructions).
fn read_records<T: Record>(
    file: &File,
    runs: &[(u64, u64)],
    each: &mut dyn FnMut(usize, T) -> Result<(), Error>,
) -> Result<(), Error> {
    let mut last = T::Last::default();
    read_record_bytes(file, runs, &mut |line, bytes| {
        each(line, T::decode(bytes, &mut last)?)
    })
}

/// [`read_records`] before decoding: each record's bytes.
fn read_record_bytes(file: &File, runs: &[(u64, u64)], each: &mut EachRecord) -> Result<(), Error> {
    // The thread's buffer, taken for this call (a call made from `each`
    // gets a new one) and given back after it.
    let mut window = WINDOW.take();
    let read = read_records_into(&mut window, file, runs, each);
    if window.len() <= WINDOW_KEPT {
        WINDOW.set(window);
    }
    read
}

thread_local! {
    /// A thread's buffer of [`read_records`]: grown (the growth zeroed
    /// once) and kept, so a thread reading document after document zeroes
    /// no memory for each.
    static WINDOW: std::cell::Cell<Vec<u8>> = const { std::cell::Cell::new(Vec::new()) };
}

/// The largest buffer a thread keeps (one that held a long document's
/// text is let go).
const WINDOW_KEPT: usize = 1 << 20;

/// The records' bytes of [`read_records`], read with `window`: `filled`
/// says how much of it holds bytes of the run.
fn read_records_into(
    window: &mut Vec<u8>,
    file: &File,
    runs: &[(u64, u64)],
    each: &mut EachRecord,
) -> Result<(), Error> {
    for &(start, end) in runs {
        let (mut pos, mut at, mut filled) = (start, 0usize, 0usize);
        loop {
            // Every whole record in what was read.
            let mut wanted = 8;
            while filled - at >= 8 {
                let head = &window[at..at + 8];
                let line = u32::from_le_bytes([head[0], head[1], head[2], head[3]]) as usize;
                let len = u32::from_le_bytes([head[4], head[5], head[6], head[7]]) as usize;
                if filled - at - 8 < len {
                    wanted = 8 + len;
                    break;
                }
                each(line, &window[at + 8..at + 8 + len])?;
                at += 8 + len;
            }
            if pos >= end {
                break;
            }
            // The part of a record read so far moves to the front, and
            // the next piece follows it: at least the rest of that record.
            window.copy_within(at..filled, 0);
            filled -= at;
            at = 0;
            let piece = (SPOOL_PIECE.max(wanted.saturating_sub(filled)) as u64).min(end - pos);
            let piece = piece as usize;
            if window.len() < filled + piece {
                window.resize(filled + piece, 0);
            }
            read_exact_at(file, &mut window[filled..filled + piece], pos)?;
            pos += piece as u64;
            filled += piece;
        }
        if at != filled {
            return Err(spool_error(format!(
                "a record cut short at byte {} of {start}..{end}",
                end - (filled - at) as u64
            )));
        }
    }
    Ok(())
}

/// How much of a spool's run is read at once (a record longer than that,
/// a document's text, is read whole).
const SPOOL_PIECE: usize = 1 << 16;

/// Fills `buf` from `file` at `pos`, without using the file's position
/// (threads read one file at once).
fn read_exact_at(file: &File, buf: &mut [u8], pos: u64) -> Result<(), Error> {
    #[cfg(unix)]
    {
        std::os::unix::fs::FileExt::read_exact_at(file, buf, pos).map_err(spool_error)
    }
    #[cfg(windows)]
    {
        let (mut done, mut pos) = (0, pos);
        while done < buf.len() {
            let got = std::os::windows::fs::FileExt::seek_read(file, &mut buf[done..], pos)
                .map_err(spool_error)?;
            if got == 0 {
                return Err(spool_error("the file ends early"));
            }
            done += got;
            pos += got as u64;
        }
        Ok(())
    }
}

/// A record type the spool holds, and how its bincode is read back.
trait Record: Sized {
    /// What decoding keeps from one record to the next.
    type Last: Default;

    fn decode(bytes: &[u8], last: &mut Self::Last) -> Result<Self, Error>;
}

impl Record for String {
    type Last = ();

    /// Read as its bytes (a string's bincode is its length and bytes),
    /// then checked as text: a document's text is read back by every pass.
    fn decode(bytes: &[u8], _: &mut ()) -> Result<Self, Error> {
        let text: &[u8] = bincode::deserialize(bytes).map_err(spool_error)?;
        utf8(text).map(str::to_owned)
    }
}

/// `bytes` as text, checked: `simdutf8` checks Chinese text (three bytes a
/// character, none of them ASCII) in a tenth of the instructions the
/// standard library's check takes, which had been a twelfth of a 100K load's.
fn utf8(bytes: &[u8]) -> Result<&str, Error> {
    simdutf8::basic::from_utf8(bytes).map_err(spool_error)
}

impl Record for Entity {
    type Last = LastEntity;

    fn decode(bytes: &[u8], last: &mut LastEntity) -> Result<Self, Error> {
        let e: SpooledEntity = whole_record(bytes)?;
        Ok(Entity {
            name: utf8(e.name)?.to_owned(),
            kind: same_or_new(e.kind, &mut last.kind)?,
            aliases: e.aliases,
            source: e.source.read(&mut last.doc, &mut last.quote)?,
            alias_background: e.alias_background,
        })
    }
}

/// A spooled [`Entity`] as bincode lays it out, read as [`SpooledFact`]
/// is: the entities of a document share its name, most share their
/// kind with the entity before, and those of one sentence its quote.
#[derive(Deserialize)]
struct SpooledEntity<'a> {
    name: &'a [u8],
    kind: &'a [u8],
    aliases: Vec<String>,
    #[serde(borrow)]
    source: SpooledSource<'a>,
    alias_background: Vec<(String, String)>,
}

/// The previous entity's kind, document and quote.
#[derive(Default)]
struct LastEntity {
    kind: String,
    doc: String,
    quote: String,
}

/// A spooled [`Fact`] as bincode lays it out, its repeated strings
/// borrowed: a document's facts come a sentence at a time, so most share
/// the previous fact's subject, quote and document (at 100K, 81% of the
/// facts and 82% of the quotes' bytes), and the UTF-8 check of strings
/// this load wrote itself had been a twentieth of its instructions.
#[derive(Deserialize)]
struct SpooledFact<'a> {
    subject: &'a [u8],
    attribute: String,
    value: Value,
    #[serde(borrow)]
    source: SpooledSource<'a>,
    #[serde(with = "crate::model::qualifiers::with_period")]
    qualifiers: Qualifiers,
}

/// [`Source`] as [`SpooledFact`] reads it.
#[derive(Deserialize)]
struct SpooledSource<'a> {
    doc: &'a [u8],
    quote: &'a [u8],
    extracted: bool,
    at: Option<Location>,
    background: Option<String>,
}

/// The previous fact's subject, document and quote.
#[derive(Default)]
struct LastFact {
    subject: String,
    doc: String,
    quote: String,
}

/// The previous fact's subject, quote and document as the checker read
/// them borrowed.
#[derive(Default)]
struct LastChecked<'a> {
    subject: CheckedText<'a>,
    quote: CheckedText<'a>,
    doc: CheckedText<'a>,
}

/// Bytes last checked as UTF-8: most facts repeat the one before's.
#[derive(Default)]
struct CheckedText<'a>(&'a str);

impl<'a> CheckedText<'a> {
    /// `bytes` as text, checked unless they are the last ones checked.
    fn check(&mut self, bytes: &'a [u8]) -> Option<&'a str> {
        if bytes != self.0.as_bytes() {
            self.0 = utf8(bytes).ok()?;
        }
        Some(self.0)
    }
}

/// `bytes` as a string: a copy of `last` when they are its bytes (no
/// UTF-8 check again), otherwise checked, and kept as the new `last`.
fn same_or_new(bytes: &[u8], last: &mut String) -> Result<String, Error> {
    if bytes != last.as_bytes() {
        utf8(bytes)?.clone_into(last);
    }
    Ok(last.clone())
}

impl Record for Fact {
    type Last = LastFact;

    /// Read by hand, or through serde when the bytes are not as the spool
    /// writes them (serde then says what is wrong).
    fn decode(bytes: &[u8], last: &mut LastFact) -> Result<Self, Error> {
        match spooled_fact::read(bytes, last) {
            Some(f) => Ok(f),
            None => fact_by_serde(bytes, last),
        }
    }
}

/// [`Record::decode`] of a fact through serde.
fn fact_by_serde(bytes: &[u8], last: &mut LastFact) -> Result<Fact, Error> {
    let f: SpooledFact = whole_record(bytes)?;
    Ok(Fact {
        subject: same_or_new(f.subject, &mut last.subject)?,
        attribute: f.attribute,
        value: f.value,
        source: f.source.read(&mut last.doc, &mut last.quote)?,
        qualifiers: f.qualifiers,
    })
}

/// A spooled record as `bincode::serialize_into` wrote it, but every byte
/// read: a field the record gains and its spooled type lacks fails here.
fn whole_record<'a, T: Deserialize<'a>>(bytes: &'a [u8]) -> Result<T, Error> {
    use bincode::Options;
    bincode::DefaultOptions::new()
        .with_fixint_encoding()
        .reject_trailing_bytes()
        .deserialize(bytes)
        .map_err(spool_error)
}

impl SpooledSource<'_> {
    /// The source, its document and quote those of the record before
    /// when they are the same bytes.
    fn read(self, doc: &mut String, quote: &mut String) -> Result<Source, Error> {
        Ok(Source {
            doc: same_or_new(self.doc, doc)?,
            quote: same_or_new(self.quote, quote)?,
            extracted: self.extracted,
            at: self.at,
            background: self.background,
        })
    }
}

/// `to` with `more` after it: `more` itself when `to` is empty.
fn take_or_extend<T>(to: &mut Vec<T>, more: Vec<T>) {
    if to.is_empty() {
        *to = more;
    } else {
        to.extend(more);
    }
}

/// Adds a record's range to a document's runs (one run while its
/// records follow each other).
fn extend(runs: &mut Vec<(u64, u64)>, (start, end): (u64, u64)) {
    match runs.last_mut() {
        Some(last) if last.1 == start => last.1 = end,
        _ => runs.push((start, end)),
    }
}

/// One document of the dump, as the scan found it.
#[derive(Default)]
struct Doc {
    key: (String, bool),
    entity_runs: Vec<(u64, u64)>,
    fact_runs: Vec<(u64, u64)>,
    entities: usize,
    facts: usize,
    /// Merging may change it (see [`Merge::note`]).
    merges: bool,
    /// Spooled again merged: its entities have their aliases.
    merged: bool,
}

/// What the scan keeps of an entity name.
struct Known {
    line: u32,
    kind: u32,
    /// The document of its first kind line.
    doc: u32,
}

/// A dump read and checked (or with checks left to run alongside its load,
/// see [`scan_to_load`]), its entities and facts in temporary files.
pub struct Dump<'k> {
    entities: Spool,
    facts: Spool,
    texts: Spool,
    /// By position in the load (sorted as `parse` sorts its documents).
    docs: Vec<Doc>,
    parts: Vec<DocPart>,
    /// Each document's text: where it is in `texts`.
    text_at: Vec<Option<(u64, u64)>>,
    attribute_order: Vec<String>,
    aliases: HashMap<String, Vec<String>>,
    alias_background: HashMap<(usize, String), Vec<(String, String)>>,
    path: PathBuf,
    label: String,
    /// What merging changed, in load order (for `load --explain`).
    notes: Vec<String>,
    /// Where the checks found each document's quotes (see
    /// [`QuotesAt`]), until the load takes them.
    quotes_at: Vec<Option<QuotesAt>>,
    /// Documents' facts decoded ahead of the load (see
    /// [`DocumentParts::read_ahead`]); started by the first hint. In a
    /// mutex only for the checks' threads, which share the dump (a
    /// receiver is not `Sync`); used by `&mut` alone, never locked.
    ahead: std::sync::Mutex<Option<FactsAhead>>,
    /// Documents whose facts the load took read ahead.
    #[cfg(test)]
    taken_ahead: std::sync::atomic::AtomicUsize,
    /// Documents whose entities the load took from their checks.
    #[cfg(test)]
    taken_checked: std::sync::atomic::AtomicUsize,
    /// Bytes of entities kept when the last load checking alongside ended.
    #[cfg(test)]
    kept_at_end: std::sync::atomic::AtomicUsize,
    /// Checks [`scan_to_load`] left to [`Dump::load_checking`].
    pending: Option<Pending<'k>>,
}

/// The checks of a dump that run alongside its load (see
/// [`Dump::load_checking`]).
struct Pending<'k> {
    /// The documents to check, in load order.
    todo: Vec<usize>,
    /// The file's entity names (a subject or reference is one of them or
    /// one `known` knows).
    names: Names,
    known: &'k (dyn Fn(&str) -> bool + Sync),
}

/// A thread that decodes whole documents' facts from the spool, in the
/// order they are asked for, ahead of the loader's thread asking for them
/// (decoding them there had been a fifteenth of that thread's work in a
/// dump's load, with a core to spare).
struct FactsAhead {
    /// (document, its runs in the facts spool) to decode; `None` when the
    /// thread is gone.
    jobs: Option<std::sync::mpsc::SyncSender<FactsJob>>,
    done: std::sync::mpsc::Receiver<(usize, Result<Vec<Fact>, Error>)>,
    /// The documents asked for and not yet taken, in order.
    pending: std::collections::VecDeque<usize>,
    /// Facts the load is done with, let go on the thread that made them
    /// before its next document: freed on the loader's thread, each of
    /// their strings had been a free across threads, slower on both.
    spent: std::sync::mpsc::SyncSender<Vec<Fact>>,
}

/// A document, its runs in the facts spool, and how many facts they hold.
type FactsJob = (usize, Vec<(u64, u64)>, usize);

/// The most documents whose facts are decoded ahead at once.
const FACTS_AHEAD: usize = 2;

/// Facts spooled for one document above which they are not read ahead
/// (its batches are then the only facts held).
const FACTS_AHEAD_BYTES: u64 = 8 << 20;

impl FactsAhead {
    /// The thread, reading `file` (the facts spool's); `None` when none
    /// can be had (the load then reads here).
    fn start(file: &File) -> Option<FactsAhead> {
        let file = file.try_clone().ok()?;
        let (jobs, to_read) = std::sync::mpsc::sync_channel::<FactsJob>(FACTS_AHEAD);
        let (tx, done) = std::sync::mpsc::sync_channel(FACTS_AHEAD);
        let (spent, to_free) = std::sync::mpsc::sync_channel::<Vec<Fact>>(FACTS_AHEAD);
        std::thread::Builder::new()
            .name("seedkb-facts".into())
            .spawn(move || {
                for (i, runs, count) in to_read {
                    while let Ok(facts) = to_free.try_recv() {
                        drop(facts);
                    }
                    let mut facts = Vec::with_capacity(count);
                    let read = read_records(&file, &runs, &mut |_, f: Fact| {
                        facts.push(f);
                        Ok(())
                    });
                    // The dump gone: the load is over.
                    if tx.send((i, read.map(|()| facts))).is_err() {
                        break;
                    }
                }
            })
            .ok()?;
        Some(FactsAhead {
            jobs: Some(jobs),
            done,
            pending: Default::default(),
            spent,
        })
    }

    /// Document `i`'s facts if they were asked for ahead: those asked for
    /// before it and not taken are let go.
    fn take(&mut self, i: usize) -> Option<Result<Vec<Fact>, Error>> {
        if !self.pending.contains(&i) {
            return None;
        }
        while let Some(j) = self.pending.pop_front() {
            let Ok((got, facts)) = self.done.recv() else {
                self.stop();
                return None;
            };
            if got != j {
                self.stop();
                return Some(Err(Error::Internal(format!(
                    "the facts of document {got} read ahead for {j}"
                ))));
            }
            if j == i {
                return Some(facts);
            }
        }
        None
    }

    fn stop(&mut self) {
        self.jobs = None;
        self.pending.clear();
    }
}

/// The most threads that check documents at once (each holds one).
const CHECKERS: usize = 4;

/// What [`Dump::check_keeping`] gives: the document's fingerprint, where
/// its quotes are, and its entities if kept.
type Kept = (u64, Option<QuotesAt>, Option<Vec<Entity>>);

/// A document checked whole: its fingerprint, where its quotes are, its
/// entities.
type CheckedWhole = (u64, Option<QuotesAt>, Vec<Entity>);

/// What is done with each spooled record's bytes, given its line.
type EachRecord<'e> = dyn FnMut(usize, &[u8]) -> Result<(), Error> + 'e;

/// Parsed batches each parser thread may be ahead of the scan by.
const AHEAD: usize = 1;
/// A batch of lines ends after this many lines or bytes (a document line
/// longer than that is a batch of its own).
#[cfg(not(test))]
const AHEAD_ITEMS: usize = 512;
/// Small in tests, so that their files are several batches.
#[cfg(test)]
const AHEAD_ITEMS: usize = 3;
const AHEAD_BYTES: usize = 1 << 18;
/// Threads that parse batches of lines, taking the batches in turn.
const PARSERS: usize = 2;

/// Lines read and parsed, each item with its line, and what was wrong
/// with them; an error (reading, encoding) ends the file.
/// A batch of lines parsed: its items, the spool records of its facts
/// (`Row::Spooled` ranges of it), and its problems.
type Parsed = Result<(Vec<(usize, Item)>, Vec<u8>, Problems), Error>;

/// A batch of lines read, not yet parsed: their text, and each line's
/// number and range in it.
type RawLines = Result<(String, Vec<(usize, usize, usize)>), Error>;

/// Reads the file a line at a time as [`scan`] did, each line checked to
/// be UTF-8, and hands the lines to the parsers a batch at a time, the
/// batches in turn to each of `to` (bounded: each channel holds one).
/// Stops when the parsers stop listening.
fn read_ahead(file: File, path: &Path, label: &str, to: &[std::sync::mpsc::SyncSender<RawLines>]) {
    let mut reader = BufReader::with_capacity(1 << 16, file);
    let mut buf = Vec::new();
    let mut n = 0;
    let mut turn = 0;
    // Made as large as a batch grows (grown from empty, each batch's text
    // was copied as it doubled: 1.3% of a load's instructions).
    let fresh = || {
        (
            String::with_capacity(AHEAD_BYTES + (1 << 12)),
            Vec::with_capacity(AHEAD_ITEMS),
        )
    };
    let (mut text, mut lines) = fresh();
    let mut send = |batch: RawLines| {
        let sent = to[turn % to.len()].send(batch).is_ok();
        turn += 1;
        sent
    };
    let failed = loop {
        buf.clear();
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => break None,
            Ok(_) => {}
            Err(e) => break Some(Error::Input(format!("{label}: {e}"))),
        }
        n += 1;
        if buf.last() == Some(&b'\n') {
            buf.pop();
        }
        let Ok(mut line) = simdutf8::basic::from_utf8(&buf) else {
            // Said with the line and what the bytes look like.
            break Some(match super::encoding::read_text(path) {
                Err(e) => e,
                Ok(_) => Error::Input(format!("{label}: not valid UTF-8")),
            });
        };
        if n == 1 {
            line = line.strip_prefix('\u{feff}').unwrap_or(line);
        }
        let start = text.len();
        text.push_str(line);
        lines.push((n, start, text.len()));
        if lines.len() >= AHEAD_ITEMS || text.len() >= AHEAD_BYTES {
            let (next_text, next_lines) = fresh();
            let batch = (
                std::mem::replace(&mut text, next_text),
                std::mem::replace(&mut lines, next_lines),
            );
            if !send(Ok(batch)) {
                return;
            }
        }
    };
    // What came before a failure is handed on first, as it was read
    // first (its spooling can fail before the failure is reached).
    if !send(Ok((text, lines))) {
        return;
    }
    if let Some(e) = failed {
        send(Err(e));
    }
}

/// Parses each batch of lines `from` gives with [`read_item`] and hands
/// on its items and problems, in the order of its lines. Stops when the
/// scan stops listening.
fn parse_ahead(
    from: std::sync::mpsc::Receiver<RawLines>,
    label: &str,
    file_doc: &str,
    tx: &std::sync::mpsc::SyncSender<Parsed>,
) {
    for batch in from {
        let parsed = batch.map(|(text, lines)| {
            let mut problems = Problems::new(label);
            let mut items = Vec::with_capacity(lines.len());
            // About the size of the lines: a record is a little shorter.
            let mut spool = Vec::with_capacity(text.len());
            // Each batch names its first line's document.
            let mut last_doc = None;
            for (n, start, end) in lines {
                let line = &text[start..end];
                let spool = Some(&mut spool);
                if let Some(item) =
                    read_item(n, line, file_doc, &mut problems, spool, &mut last_doc)
                {
                    items.push((n, item));
                }
            }
            (items, spool, problems)
        });
        if tx.send(parsed).is_err() {
            return;
        }
    }
}

/// Reads and checks the dump at `path` as [`jsonl::read`](super::jsonl::read)
/// does, holding only what the checks need of the whole file; documents
/// `merge` changes are merged as a load of the whole file merges them.
pub fn scan(
    path: &Path,
    known: &(dyn Fn(&str) -> bool + Sync),
    merge: Option<&mut dyn Merge>,
) -> Result<Box<Dump<'static>>, Error> {
    scan_as(path, known, merge, false).map(|(dump, _)| dump)
}

/// [`scan`] for a load: when the scan and the merged documents' checks
/// found nothing wrong, the other documents' checks are left to
/// [`Dump::load_checking`], which runs them on another core during the
/// load's passes (they had been a tenth of a 1M-fact load's wall, with the
/// second core idle in the passes). A problem they find fails the load
/// as it would have failed here, with the same report, and nothing is
/// stored. `known` is asked then too.
pub fn scan_to_load<'k>(
    path: &Path,
    known: &'k (dyn Fn(&str) -> bool + Sync),
    merge: Option<&mut dyn Merge>,
) -> Result<Box<Dump<'k>>, Error> {
    let (dump, pending) = scan_as(path, known, merge, true)?;
    let mut dump: Box<Dump<'k>> = dump;
    dump.pending = pending
        .filter(|(todo, _)| !todo.is_empty())
        .map(|(todo, names)| Pending { todo, names, known });
    Ok(dump)
}

/// The documents whose checks were left for later, and the file's names.
type Unchecked = (Vec<usize>, Names);

/// [`scan`], or with `defer` [`scan_to_load`]: what it left unchecked.
fn scan_as(
    path: &Path,
    known: &(dyn Fn(&str) -> bool + Sync),
    mut merge: Option<&mut dyn Merge>,
    defer: bool,
) -> Result<(Box<Dump<'static>>, Option<Unchecked>), Error> {
    let label = path.display().to_string();
    let file = File::open(path).map_err(|e| Error::Input(format!("{label}: {e}")))?;
    let mut problems = Problems::new(&label);
    let file_doc = Path::new(&label)
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_else(|| label.clone());
    let (mut entity_spool, mut fact_spool, mut texts) =
        (Spool::new()?, Spool::new()?, Spool::new()?);
    let mut docs: Vec<Doc> = Vec::new();
    let mut doc_of: HashMap<(String, bool), usize> = HashMap::new();
    let mut contents: HashMap<(String, bool), (u64, u64)> = HashMap::new();
    let mut attribute_order = Vec::new();
    let mut names: HashMap<NameHash, Known, ByName> = HashMap::default();
    // (document, name) pairs with a kind line, beyond each name's first
    // document (kept in `names`).
    let mut defined_too: HashSet<(u32, NameHash), ByName> = HashSet::default();
    let mut kinds: Vec<String> = Vec::new();
    let mut kind_ids: HashMap<String, u32> = HashMap::new();
    // (document, line, entity, alias, background)
    let mut alias_rows: Vec<(usize, usize, String, String, Option<String>)> = Vec::new();
    // Lines are read on one thread and parsed on [`PARSERS`] others, a
    // batch each, in turn, ahead of what is kept of them here (JSON
    // parsing was a fifth of a 1M-fact load, and its one thread had kept
    // this one waiting): the same items and problems, in the same order.
    let read = std::thread::scope(|scope| -> Result<(), Error> {
        let (label, file_doc) = (label.as_str(), file_doc.as_str());
        let (mut to_parse, mut parsed) = (Vec::new(), Vec::new());
        for _ in 0..PARSERS {
            let (lines_tx, lines_rx) = std::sync::mpsc::sync_channel(1);
            let (tx, rx) = std::sync::mpsc::sync_channel(AHEAD);
            scope.spawn(move || parse_ahead(lines_rx, label, file_doc, &tx));
            to_parse.push(lines_tx);
            parsed.push(rx);
        }
        scope.spawn(move || read_ahead(file, path, label, &to_parse));
        // The batches in the order they were read: each parser's in turn,
        // until one has no more.
        let batches = parsed.iter().cycle().map_while(|rx| rx.recv().ok());
        let mut last_doc = usize::MAX;
        for batch in batches {
            let (items, spooled, found) = batch?;
            problems.append(found);
            for (n, item) in items {
                let (key, row) = match item {
                    Item::Attributes(a) => {
                        attribute_order.extend(a);
                        continue;
                    }
                    Item::Document(d) => {
                        let at = texts.push(n, &d.content)?;
                        contents.insert((d.document, d.extracted), at);
                        continue;
                    }
                    Item::Entity(key, row) | Item::Fact(key, row) => (key, row),
                };
                // A dump's lines come document by document: the row's
                // document is most often the row before's, found by
                // comparing its name, not by hashing it (SipHash over
                // every row's name was a fortieth of the loader's thread).
                let d = match key {
                    // Not named: the document of the row before in its
                    // batch (which named it, or did not either).
                    None if last_doc < docs.len() => last_doc,
                    None => {
                        return Err(Error::Internal(format!(
                            "{label}:{n}: a line's document is not known"
                        )))
                    }
                    Some(key) => match docs.get(last_doc).filter(|d| d.key == key) {
                        Some(_) => last_doc,
                        None => match doc_of.get(&key) {
                            Some(d) => *d,
                            None => {
                                doc_of.insert(key.clone(), docs.len());
                                docs.push(Doc {
                                    key,
                                    ..Default::default()
                                });
                                docs.len() - 1
                            }
                        },
                    },
                };
                last_doc = d;
                match row {
                    None => {}
                    Some(Row::Entity(entity)) => {
                        if let Some(m) = merge.as_deref_mut() {
                            if m.note(&entity) {
                                docs[d].merges = true;
                            }
                        }
                        let h = name_hash(&entity.name);
                        let kind = match kind_ids.get(&entity.kind) {
                            Some(k) => *k,
                            None => {
                                kinds.push(entity.kind.clone());
                                kind_ids.insert(entity.kind.clone(), kinds.len() as u32 - 1);
                                kinds.len() as u32 - 1
                            }
                        };
                        let new_pair = match names.get(&h) {
                            Some(k) if k.kind != kind => {
                                problems.add(
                                    n,
                                    format!(
                                        "'{}' is a {} here but a {} on line {}",
                                        entity.name, entity.kind, kinds[k.kind as usize], k.line
                                    ),
                                );
                                continue;
                            }
                            Some(k) => k.doc as usize != d && defined_too.insert((d as u32, h)),
                            None => {
                                names.insert(
                                    h,
                                    Known {
                                        line: n as u32,
                                        kind,
                                        doc: d as u32,
                                    },
                                );
                                true
                            }
                        };
                        if new_pair {
                            extend(&mut docs[d].entity_runs, entity_spool.push(n, &entity)?);
                            docs[d].entities += 1;
                        }
                    }
                    Some(Row::Spooled(range)) => {
                        let bytes = spooled.get(range).ok_or_else(|| {
                            Error::Internal(format!("{label}:{n}: a spooled fact out of its batch"))
                        })?;
                        extend(&mut docs[d].fact_runs, fact_spool.push_bytes(n, bytes)?);
                        docs[d].facts += 1;
                    }
                    Some(Row::Fact(fact)) => match (&fact.attribute, fact.value) {
                        (a, Value::Text(alias)) if a == ALIAS_ATTR => {
                            alias_rows.push((d, n, fact.subject, alias, fact.source.background));
                        }
                        (_, value) => {
                            let fact = Fact { value, ..*fact };
                            extend(&mut docs[d].fact_runs, fact_spool.push(n, &fact)?);
                            docs[d].facts += 1;
                        }
                    },
                }
            }
        }
        Ok(())
    });
    read?;
    drop(kind_ids);
    for s in [&mut entity_spool, &mut fact_spool, &mut texts] {
        s.finish()?;
    }
    // The load's order: by (name, extracted), as `parse` keeps them.
    let mut order: Vec<usize> = (0..docs.len()).collect();
    order.sort_by(|a, b| docs[*a].key.cmp(&docs[*b].key));
    let mut rank = vec![0; docs.len()];
    for (r, d) in order.iter().enumerate() {
        rank[*d] = r;
    }
    // Aliases in document order, then line order (as `parse` gathers
    // them); those without a reason keep it with their document.
    alias_rows.sort_by_key(|(d, line, ..)| (rank[*d], *line));
    let mut aliases: HashMap<String, Vec<String>> = HashMap::new();
    let mut alias_background: HashMap<(usize, String), Vec<(String, String)>> = HashMap::new();
    for (d, _, name, alias, why) in alias_rows {
        let list = aliases.entry(name.clone()).or_default();
        if !list.contains(&alias) {
            list.push(alias.clone());
        }
        if let Some(why) = why {
            alias_background
                .entry((rank[d], name))
                .or_default()
                .push((alias, why));
        }
    }
    let defined = |d: usize, name: &str| {
        let h = name_hash(name);
        names
            .get(&h)
            .is_some_and(|k| k.doc as usize == d || defined_too.contains(&(d as u32, h)))
    };
    let mut orphans: Vec<&(usize, String)> = alias_background
        .keys()
        .filter(|(r, name)| !defined(order[*r], name))
        .collect();
    orphans.sort();
    if let Some((r, name)) = orphans.first() {
        problems.add(
            0,
            format!(
                "background aliases for '{name}', which has no kind line for {}",
                docs[order[*r]].key.0
            ),
        );
    }
    let mut unnamed: Vec<&String> = aliases
        .keys()
        .filter(|name| !names.contains_key(&name_hash(name)))
        .collect();
    unnamed.sort();
    if let Some(name) = unnamed.first() {
        problems.add(
            0,
            format!("aliases for '{name}', which has no kind line in this file"),
        );
    }
    drop(defined_too);
    let mut docs: Vec<Doc> = {
        let mut slots: Vec<Option<Doc>> = docs.into_iter().map(Some).collect();
        order
            .iter()
            .map(|d| slots[*d].take().unwrap_or_default())
            .collect()
    };
    // The text of a document: the one of its kind, else the other (dumps
    // written before the flag have one document line per name).
    let text_at: Vec<Option<(u64, u64)>> = docs
        .iter()
        .map(|d| {
            let (doc, extracted) = &d.key;
            [*extracted, !*extracted]
                .into_iter()
                .find_map(|e| contents.get(&(doc.clone(), e)).copied())
        })
        .collect();
    drop(contents);
    let parts = docs
        .iter_mut()
        .map(|d| DocPart {
            doc: d.key.0.clone(),
            extracted: d.key.1 && d.entities + d.facts > 0,
            fingerprint: 0,
            entities: d.entities,
            facts: d.facts,
        })
        .collect();
    let n_docs = docs.len();
    let mut dump = Dump {
        entities: entity_spool,
        facts: fact_spool,
        texts,
        docs,
        parts,
        text_at,
        attribute_order,
        aliases,
        alias_background,
        path: path.to_path_buf(),
        label,
        notes: Vec::new(),
        quotes_at: vec![None; n_docs],
        ahead: Default::default(),
        #[cfg(test)]
        taken_ahead: Default::default(),
        #[cfg(test)]
        taken_checked: Default::default(),
        #[cfg(test)]
        kept_at_end: Default::default(),
        pending: None,
    };
    // The names of every document, in load order, before any is merged
    // (as `corpus::merge` learns them all first).
    let mut merge = merge.filter(|_| dump.docs.iter().any(|d| d.merges));
    if let Some(m) = merge.as_deref_mut() {
        for i in 0..dump.docs.len() {
            let (doc, extracted) = dump.docs[i].key.clone();
            dump.entity_batches(i, BATCH, &mut |entities, _| {
                m.add(&doc, !extracted, &entities);
                Ok(())
            })?;
        }
    }
    // Each document checked as `parse` checks it, a subject or reference
    // being an entity of the file (by its hash) or of the store.
    let is_entity = |n: &str| names.contains_key(&name_hash(n)) || known(n);
    // Documents merging changes first, one at a time (each is spooled
    // again); then the others on every core (their checks share nothing
    // but what they read). Each document's problems are kept apart and
    // taken in load order, as one pass in order had found them.
    let mut found: Vec<Option<Problems>> = (0..dump.docs.len()).map(|_| None).collect();
    if let Some(m) = merge.as_deref() {
        for (i, slot) in found.iter_mut().enumerate() {
            if dump.docs[i].merges {
                let mut p = Problems::new(&dump.label);
                dump.parts[i].fingerprint = dump.check_and_merge(i, &is_entity, m, &mut p)?;
                *slot = Some(p);
            }
        }
    }
    let rest: Vec<usize> = (0..dump.docs.len())
        .filter(|i| found[*i].is_none())
        .collect();
    // With something wrong already, every check runs now: the report
    // lists all the problems at once.
    let clean = problems.is_empty() && found.iter().flatten().all(Problems::is_empty);
    if defer && clean {
        return Ok((Box::new(dump), Some((rest, names))));
    }
    for (i, checked) in dump.check_each(&rest, &is_entity) {
        let ((fingerprint, at), p) = checked?;
        dump.parts[i].fingerprint = fingerprint;
        dump.quotes_at[i] = at;
        found[i] = Some(p);
    }
    for p in found.into_iter().flatten() {
        problems.append(p);
    }
    problems.finish()?;
    Ok((Box::new(dump), None))
}

impl Dump<'_> {
    /// Documents in the dump.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// What merging changed, one line each, in load order.
    pub fn notes(&self) -> &[String] {
        &self.notes
    }

    fn with_aliases(&self, i: usize, mut e: Entity) -> Entity {
        if self.docs[i].merged {
            return e;
        }
        if let Some(a) = self.aliases.get(&e.name) {
            e.aliases = a.clone();
        }
        // Looked up by a copy of the name: none made when no entity has
        // background aliases (the common case: one per entity loaded).
        if !self.alias_background.is_empty() {
            if let Some(b) = self.alias_background.get(&(i, e.name.clone())) {
                e.alias_background = b.clone();
            }
        }
        e
    }

    /// Entities of document `i` with their lines, `size` at a time.
    fn entity_batches(
        &self,
        i: usize,
        size: usize,
        each: &mut dyn FnMut(Vec<Entity>, Vec<usize>) -> Result<(), Error>,
    ) -> Result<(), Error> {
        self.entities.batches(
            &self.docs[i].entity_runs,
            self.docs[i].entities,
            size,
            &|e: Entity| self.with_aliases(i, e),
            each,
        )
    }

    /// Facts of document `i` with their lines, `size` at a time.
    fn fact_batches(
        &self,
        i: usize,
        size: usize,
        each: &mut dyn FnMut(Vec<Fact>, Vec<usize>) -> Result<(), Error>,
    ) -> Result<(), Error> {
        self.facts.batches(
            &self.docs[i].fact_runs,
            self.docs[i].facts,
            size,
            &|f: Fact| f,
            each,
        )
    }

    /// Document `i`'s entities, then its facts, `size` at a time, each
    /// batch hashed into `fp` in order and handed to `each` as a part of
    /// the document with its lines: the walk [`Dump::check`] and
    /// [`Dump::check_apart`] share.
    fn hashed_batches(
        &self,
        i: usize,
        size: usize,
        mut fp: Option<&mut Fingerprint>,
        each: &mut dyn FnMut(DocumentFacts, Lines) -> Result<(), Error>,
    ) -> Result<(), Error> {
        let doc = &self.parts[i].doc;
        self.entity_batches(i, size, &mut |entities, lines| {
            if let Some(fp) = fp.as_deref_mut() {
                for e in &entities {
                    fp.entity(e);
                }
            }
            let d = DocumentFacts {
                doc: doc.clone(),
                entities,
                ..Default::default()
            };
            each(
                d,
                Lines {
                    entities: lines,
                    facts: Vec::new(),
                },
            )
        })?;
        if let Some(fp) = fp.as_deref_mut() {
            fp.start_facts(self.docs[i].facts);
        }
        self.fact_batches(i, size, &mut |facts, lines| {
            if let Some(fp) = fp.as_deref_mut() {
                for f in &facts {
                    fp.fact(f);
                }
            }
            let d = DocumentFacts {
                doc: doc.clone(),
                facts,
                ..Default::default()
            };
            each(
                d,
                Lines {
                    entities: Vec::new(),
                    facts: lines,
                },
            )
        })
    }

    /// Checks document `i` (problems go to `problems`) and returns its
    /// fingerprint. A document with a text is checked whole (its quotes
    /// are looked up in it), one without in batches.
    fn check(
        &self,
        i: usize,
        is_entity: &(dyn Fn(&str) -> bool + Sync),
        problems: &mut Problems,
    ) -> Result<(u64, Option<QuotesAt>), Error> {
        self.check_keeping(i, is_entity, problems, &|_| false)
            .map(|(fp, at, _)| (fp, at))
    }

    /// [`Dump::check`], also returning the document's entities, as
    /// [`Dump::entities_of`] gives them, when they were read in one batch
    /// and `keep` wants them (the load then need not decode them again).
    fn check_keeping(
        &self,
        i: usize,
        is_entity: &(dyn Fn(&str) -> bool + Sync),
        problems: &mut Problems,
        keep: &dyn Fn(&[Entity]) -> bool,
    ) -> Result<Kept, Error> {
        let (n_entities, n_facts) = (self.docs[i].entities, self.docs[i].facts);
        if self.text_at[i].is_none() && n_entities + n_facts > BATCH {
            return Ok((self.check_apart(i, is_entity, problems)?, None, None));
        }
        // One batch of at most `BATCH`, as `entities_of` hands them on.
        let kept = |entities: Vec<Entity>| {
            (!entities.is_empty() && entities.len() <= BATCH && keep(&entities)).then_some(entities)
        };
        let text = self.read_text(i)?;
        let text = match text {
            Some(text) => match self.check_borrowed(i, &text, is_entity, problems)? {
                Some((fp, at, entities)) => return Ok((fp, at, kept(entities))),
                None => Some(text),
            },
            None => None,
        };
        let doc = self.parts[i].doc.clone();
        let size = if text.is_some() { usize::MAX } else { BATCH };
        let mut fp = Fingerprint::new(&doc, text.as_deref(), n_entities);
        let mut whole = (
            DocumentFacts {
                doc: doc.clone(),
                text,
                ..Default::default()
            },
            Lines::default(),
        );
        let has_text = whole.0.text.is_some();
        let check = |d: DocumentFacts, lines: Lines, problems: &mut Problems| {
            let checked = [(d, lines)];
            let found = validate_found(&checked, is_entity, problems);
            let [(d, _)] = checked;
            (d, found)
        };
        // Without a text, the entities are one batch (with the facts, no
        // more than `BATCH`).
        let mut entities = None;
        // An extracted document with a text is known by its text alone
        // (`Fingerprint::of_extracted`): its entities and facts are not
        // hashed.
        let hashing = !(self.parts[i].extracted && has_text);
        self.hashed_batches(i, size, hashing.then_some(&mut fp), &mut |d, lines| {
            if has_text {
                // One batch of each (the size is unbounded): taken as it
                // is, not moved a fact at a time into an empty vector.
                take_or_extend(&mut whole.0.entities, d.entities);
                take_or_extend(&mut whole.0.facts, d.facts);
                take_or_extend(&mut whole.1.entities, lines.entities);
                take_or_extend(&mut whole.1.facts, lines.facts);
            } else {
                let (d, _) = check(d, lines, problems);
                if entities.is_none() {
                    entities = kept(d.entities);
                }
            }
            Ok(())
        })?;
        let (whole, lines) = whole;
        if has_text {
            let (whole, found) = check(whole, lines, problems);
            let at = found
                .into_iter()
                .next()
                .and_then(|found| QuotesAt::of(&whole.facts, found));
            let fp = match self.parts[i].extracted {
                true => Fingerprint::of_extracted(&doc, whole.text.as_deref().unwrap_or("")),
                false => fp.finish(),
            };
            return Ok((fp, at, kept(whole.entities)));
        }
        Ok((fp.finish(), None, entities))
    }

    /// [`Dump::check_keeping`] of document `i` with its `text`, its facts
    /// read borrowed from their records' bytes (they are only checked and
    /// hashed here: owned strings had been half of the decoded facts'
    /// allocations). `None`, with nothing reported, when a record is not
    /// as the spool writes it: the owned reading then says what is wrong.
    fn check_borrowed(
        &self,
        i: usize,
        text: &str,
        is_entity: &(dyn Fn(&str) -> bool + Sync),
        problems: &mut Problems,
    ) -> Result<Option<CheckedWhole>, Error> {
        let doc = self.parts[i].doc.as_str();
        let n_facts = self.docs[i].facts;
        let mut fp = Fingerprint::new(doc, Some(text), self.docs[i].entities);
        // An extracted document is known by its text alone
        // (`Fingerprint::of_extracted`): its entities and facts are not
        // hashed.
        let hashing = !self.parts[i].extracted;
        let (mut entities, mut lines) = (Vec::new(), Lines::default());
        self.entity_batches(i, usize::MAX, &mut |batch, at| {
            for e in batch.iter().filter(|_| hashing) {
                fp.entity(e);
            }
            take_or_extend(&mut entities, batch);
            take_or_extend(&mut lines.entities, at);
            Ok(())
        })?;
        fp.start_facts(n_facts);
        // The records' bytes one after another, and where each ends.
        let (mut bytes, mut ends) = (Vec::new(), Vec::with_capacity(n_facts));
        lines.facts.reserve_exact(n_facts);
        self.facts
            .read_bytes(&self.docs[i].fact_runs, &mut |line, record| {
                bytes.extend_from_slice(record);
                ends.push(bytes.len());
                lines.facts.push(line);
                Ok(())
            })?;
        // Each fact, and whether it is placed by its quote (`search::by_quote`).
        let mut facts = Vec::with_capacity(n_facts);
        let mut last = LastChecked::default();
        let mut start = 0;
        for &end in &ends {
            let Some(v) = spooled_fact::view(&bytes[start..end]) else {
                return Ok(None);
            };
            start = end;
            let (Some(subject), Some(quote)) =
                (last.subject.check(v.subject), last.quote.check(v.quote))
            else {
                return Ok(None);
            };
            if last.doc.check(v.doc).is_none() {
                return Ok(None);
            }
            if hashing {
                fp.fact_bytes(v.head, &v.qualifiers);
            }
            let f = FactRef {
                subject,
                attribute: v.attribute,
                reference: match v.value {
                    spooled_fact::ValueView::Ref(r) => Some(r),
                    _ => None,
                },
                quantity: matches!(v.value, spooled_fact::ValueView::Quantity(..)),
                per: v.qualifiers.per,
                source: SourceRef {
                    quote,
                    background: v.background,
                },
            };
            facts.push((f, v.at.is_none() && v.background.is_none()));
        }
        let found = validate_borrowed(
            doc,
            Some(text),
            &entities,
            facts.iter().map(|(f, _)| *f),
            &lines,
            is_entity,
            problems,
        );
        let quotes = facts.iter().filter(|(_, placed)| *placed);
        let at = QuotesAt::of_quotes(quotes.map(|(f, _)| f.source.quote), found);
        let fp = match self.parts[i].extracted {
            true => Fingerprint::of_extracted(doc, text),
            false => fp.finish(),
        };
        Ok(Some((fp, at, entities)))
    }

    /// [`Dump::check`] of a document without a text in more than one
    /// batch: its batches are checked on a thread of their own while this
    /// one hashes them, in order, for its fingerprint. The same batches
    /// and the same problems (reported in line order) as checked on one
    /// thread: in a file without quotes (one document) the checks had been
    /// a tenth of the load, with a core to spare.
    fn check_apart(
        &self,
        i: usize,
        is_entity: &(dyn Fn(&str) -> bool + Sync),
        problems: &mut Problems,
    ) -> Result<u64, Error> {
        let doc = self.parts[i].doc.as_str();
        let n_entities = self.docs[i].entities;
        let mut fp = Fingerprint::new(doc, None, n_entities);
        std::thread::scope(|scope| {
            let (tx, rx) = std::sync::mpsc::sync_channel::<(DocumentFacts, Lines)>(2);
            let label = &self.label;
            let checker = std::thread::Builder::new()
                .name("seedkb-check".into())
                .spawn_scoped(scope, move || {
                    let mut found = Problems::new(label);
                    for batch in rx {
                        validate(&[batch], is_entity, &mut found);
                    }
                    found
                })
                .map_err(|e| Error::Storage(format!("no thread to check {doc} on: {e}")))?;
            let stopped = || Error::Internal(format!("the thread checking {doc} stopped"));
            let hashed = self.hashed_batches(i, BATCH, Some(&mut fp), &mut |d, lines| {
                tx.send((d, lines)).map_err(|_| stopped())
            });
            drop(tx);
            let found = checker
                .join()
                .unwrap_or_else(|p| std::panic::resume_unwind(p));
            problems.append(found);
            hashed
        })?;
        Ok(fp.finish())
    }

    /// [`Dump::check`] of a document merging changes: read whole, checked
    /// as read, merged, and spooled again merged (its entities with their
    /// aliases); returns the merged document's fingerprint.
    fn check_and_merge(
        &mut self,
        i: usize,
        is_entity: &dyn Fn(&str) -> bool,
        merge: &dyn Merge,
        problems: &mut Problems,
    ) -> Result<u64, Error> {
        let text = self.read_text(i)?;
        let mut whole = DocumentFacts {
            doc: self.parts[i].doc.clone(),
            text,
            ..Default::default()
        };
        let mut lines = Lines::default();
        self.entity_batches(i, usize::MAX, &mut |entities, l| {
            whole.entities.extend(entities);
            lines.entities.extend(l);
            Ok(())
        })?;
        self.fact_batches(i, usize::MAX, &mut |facts, l| {
            whole.facts.extend(facts);
            lines.facts.extend(l);
            Ok(())
        })?;
        let checked = [(whole, lines)];
        validate(&checked, is_entity, problems);
        let [(mut whole, lines)] = checked;
        // Each entity's line by its name before merging (one renamed has
        // none: lines are only for errors, and these were checked).
        let line_of: HashMap<String, usize> = whole
            .entities
            .iter()
            .zip(&lines.entities)
            .map(|(e, l)| (e.name.clone(), *l))
            .collect();
        self.notes.extend(merge.apply(&mut whole));
        let entities: Vec<(usize, &Entity)> = whole
            .entities
            .iter()
            .map(|e| (line_of.get(&e.name).copied().unwrap_or(0), e))
            .collect();
        let facts: Vec<(usize, &Fact)> = whole
            .facts
            .iter()
            .zip(lines.facts.iter().copied().chain(std::iter::repeat(0)))
            .map(|(f, l)| (l, f))
            .collect();
        self.docs[i].entity_runs = vec![self.entities.append(&entities)?];
        self.docs[i].fact_runs = vec![self.facts.append(&facts)?];
        self.docs[i].merged = true;
        (self.docs[i].entities, self.docs[i].facts) = (whole.entities.len(), whole.facts.len());
        (self.parts[i].entities, self.parts[i].facts) = (whole.entities.len(), whole.facts.len());
        Ok(Fingerprint::of_document(&whole))
    }

    /// Checks the dump's entities against the store's (see
    /// [`against_store::check`](super::against_store::check)), a batch of
    /// a document at a time; the lines of what conflicts are found in one
    /// more pass over the file.
    pub fn check_against_store(
        &mut self,
        lookup: super::against_store::Lookup,
    ) -> Result<(), Error> {
        let mut found = Vec::new();
        for i in 0..self.docs.len() {
            let doc = self.parts[i].doc.clone();
            self.entity_batches(i, BATCH, &mut |entities, _| {
                let d = DocumentFacts {
                    doc: doc.clone(),
                    entities,
                    ..Default::default()
                };
                found.extend(super::against_store::conflicts(
                    std::slice::from_ref(&d),
                    lookup,
                )?);
                Ok(())
            })?;
        }
        if found.is_empty() {
            return Ok(());
        }
        // The documents' own problems are said first, as when the scan
        // checked them.
        self.check_now()?;
        let names: Vec<String> = found.iter().map(|(n, _)| n.clone()).collect();
        let lines = super::against_store::lines_in_file(&self.path, &names);
        let mut problems = Problems::new(&self.label);
        for ((_, msg), line) in found.into_iter().zip(lines) {
            problems.add(line, msg);
        }
        problems.finish()
    }
}

impl Spool {
    /// Appends records (with their lines) to a spool being read; returns
    /// where they start and end.
    fn append<T: Serialize>(&mut self, items: &[(usize, &T)]) -> Result<(u64, u64), Error> {
        let mut bytes = Vec::new();
        for (line, item) in items {
            self.buf.clear();
            bincode::serialize_into(&mut self.buf, item).map_err(spool_error)?;
            bytes.extend_from_slice(&(*line as u32).to_le_bytes());
            bytes.extend_from_slice(&(self.buf.len() as u32).to_le_bytes());
            bytes.extend_from_slice(&self.buf);
        }
        let file = self
            .file
            .as_mut()
            .ok_or_else(|| spool_error("appended before written"))?;
        file.seek(SeekFrom::Start(self.len)).map_err(spool_error)?;
        file.write_all(&bytes).map_err(spool_error)?;
        let start = self.len;
        self.len += bytes.len() as u64;
        Ok((start, self.len))
    }
}

impl DocumentParts for Dump<'_> {
    fn parts(&self) -> &[DocPart] {
        &self.parts
    }

    fn attribute_order(&self, i: usize) -> Vec<String> {
        self.attribute_order_of(i)
    }

    fn text(&mut self, i: usize) -> Result<Option<String>, Error> {
        self.read_text(i)
    }

    fn entities(
        &mut self,
        i: usize,
        each: &mut dyn FnMut(Vec<Entity>) -> Result<(), Error>,
    ) -> Result<(), Error> {
        self.entities_of(i, each)
    }

    fn facts(
        &mut self,
        i: usize,
        each: &mut dyn FnMut(Vec<Fact>) -> Result<(), Error>,
    ) -> Result<(), Error> {
        self.facts_of(i, each)
    }

    fn read_ahead(&mut self, i: usize) {
        self.facts_ahead(i);
    }

    fn written(&mut self, i: usize, facts: Vec<Fact>) {
        self.facts_written(i, facts);
    }

    fn quotes_at(&mut self, i: usize) -> Option<QuotesAt> {
        self.quotes_at.get_mut(i)?.take()
    }

    fn checked(&mut self) -> Result<(), Error> {
        match self.pending {
            None => Ok(()),
            // Loaded without `load_checking`: nothing unchecked is stored.
            Some(_) => Err(Error::Internal(format!(
                "{}: loaded before its documents were checked",
                self.label
            ))),
        }
    }
}

/// The checks [`Dump::load_checking`] runs alongside the load: what each
/// document's gave, in the order of `todo`.
type Checked = Result<((u64, Option<QuotesAt>), Problems), Error>;

/// A dump's documents as a load reads them while their checks run on
/// other threads ([`Dump::load_checking`]): a document's fingerprint and
/// where its quotes are come from its check, waited for when the load
/// needs them; [`DocumentParts::checked`] waits for every check.
struct Checking<'d, 'k> {
    dump: &'d Dump<'k>,
    /// The documents checked alongside, in load order, and the next no
    /// checker took yet.
    todo: &'d [usize],
    next: &'d std::sync::atomic::AtomicUsize,
    /// The file's names, for the checks the load makes itself while it
    /// waits; let go once every document is taken.
    names: Option<std::sync::Arc<Names>>,
    known: &'k (dyn Fn(&str) -> bool + Sync),
    done: std::sync::mpsc::Receiver<(usize, Checked, Option<Vec<Entity>>)>,
    /// Each document's check as it came, by position in `todo`.
    checks: Vec<Option<Checked>>,
    /// The entities checks kept for the load (see [`EntitiesKept`]), by
    /// position in `todo`, until it takes them or passes their document.
    entities: Vec<Option<Vec<Entity>>>,
    kept: &'d EntitiesKept,
    /// Positions in `todo` before this one have no entities kept.
    swept: usize,
    /// Each document's position in `todo`, if it is there.
    at: Vec<Option<usize>>,
    /// Checks not yet come.
    left: usize,
    /// Whether the load was told what the checks found, and was it good.
    told: Option<bool>,
}

/// The names the scan kept, by hash.
type Names = HashMap<NameHash, Known, ByName>;

/// [`Dump::check`] of document `i`, a subject or reference being one of
/// `names` or `known`; with its entities if `kept` keeps them.
fn check_doc(
    dump: &Dump,
    i: usize,
    names: &Names,
    known: &(dyn Fn(&str) -> bool + Sync),
    kept: &EntitiesKept,
) -> (Checked, Option<Vec<Entity>>) {
    let is_entity = |n: &str| names.contains_key(&name_hash(n)) || known(n);
    let mut p = Problems::new(&dump.label);
    let keep = |entities: &[Entity]| kept.keep(i, entities);
    match dump.check_keeping(i, &is_entity, &mut p, &keep) {
        Ok((fp, at, entities)) => (Ok(((fp, at), p)), entities),
        Err(e) => (Err(e), None),
    }
}

/// The most bytes of entities (about: see [`entity_bytes`]) the checks
/// keep for the load at once.
const ENTITIES_KEPT_BYTES: usize = 16 << 20;

/// The entities of the documents the checks decoded, kept for the load's
/// pass over entities, which asks for them in load order after the checks
/// (they run ahead of it): decoding them again there had been a hundredth
/// of a 1M-fact load's CPU, on the loader's thread. Bounded: past
/// [`ENTITIES_KEPT_BYTES`], and once the load passed a document, the load
/// decodes them itself.
#[derive(Default)]
struct EntitiesKept {
    /// Bytes kept, not yet taken or let go.
    held: std::sync::atomic::AtomicUsize,
    /// The first document whose entities the load may still ask for
    /// (`usize::MAX` once it asks for facts).
    from: std::sync::atomic::AtomicUsize,
}

impl EntitiesKept {
    /// Whether the check of document `i` keeps `entities` (counted held).
    fn keep(&self, i: usize, entities: &[Entity]) -> bool {
        use std::sync::atomic::Ordering::Relaxed;
        if i < self.from.load(Relaxed) {
            return false;
        }
        let bytes = entity_bytes(entities);
        if self.held.fetch_add(bytes, Relaxed) + bytes > ENTITIES_KEPT_BYTES {
            self.held.fetch_sub(bytes, Relaxed);
            return false;
        }
        true
    }

    /// `entities`, kept, are taken or let go.
    fn release(&self, entities: &[Entity]) {
        let bytes = entity_bytes(entities);
        self.held
            .fetch_sub(bytes, std::sync::atomic::Ordering::Relaxed);
    }
}

/// About the memory `entities` hold: their strings' bytes and their own size.
fn entity_bytes(entities: &[Entity]) -> usize {
    entities
        .iter()
        .map(|e| {
            std::mem::size_of::<Entity>()
                + e.name.len()
                + e.kind.len()
                + e.source.doc.len()
                + e.source.quote.len()
                + e.aliases.iter().map(|a| a.len() + 24).sum::<usize>()
        })
        .sum()
}

impl Checking<'_, '_> {
    /// Checks the next document no checker took, here (rather than wait
    /// for one); whether there was one.
    fn check_next(&mut self) -> bool {
        let Some(names) = self.names.as_deref() else {
            return false;
        };
        let k = self.next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let Some(&i) = self.todo.get(k) else {
            self.names = None;
            return false;
        };
        let (checked, entities) = check_doc(self.dump, i, names, self.known, self.kept);
        self.came(k, checked, entities);
        true
    }

    /// Keeps what the check of `todo[k]` gave, and its entities if the
    /// load may still ask for them.
    fn came(&mut self, k: usize, checked: Checked, entities: Option<Vec<Entity>>) {
        self.checks[k] = Some(checked);
        self.left -= 1;
        // Every document taken by a checker: the names go with the last
        // checker's thread rather than when the facts pass first waits
        // (at 10M facts 69 MB, held through the entities pass, the
        // load's peak, though the checks were done a third into it).
        if self.next.load(std::sync::atomic::Ordering::Relaxed) >= self.todo.len() {
            self.names = None;
        }
        if let Some(entities) = entities {
            let from = self.kept.from.load(std::sync::atomic::Ordering::Relaxed);
            match self.todo[k] < from {
                true => self.kept.release(&entities),
                false => self.entities[k] = Some(entities),
            }
        }
    }

    /// Lets go of the entities kept for documents up to `i` (the load
    /// passed them).
    fn sweep_to(&mut self, i: usize) {
        while self.swept < self.todo.len() && self.todo[self.swept] <= i {
            if let Some(entities) = self.entities[self.swept].take() {
                self.kept.release(&entities);
            }
            self.swept += 1;
        }
    }

    /// Waits for the next check to come.
    fn receive(&mut self) -> Result<(), Error> {
        let (k, checked, entities) = self
            .done
            .recv()
            .map_err(|_| Error::Internal(format!("{}: the checks stopped", self.dump.label)))?;
        self.came(k, checked, entities);
        Ok(())
    }

    /// One more check: one that came already, else one made here (of a
    /// document no checker took), else the next to come.
    fn wait_for_one(&mut self) -> Result<(), Error> {
        if let Ok((k, checked, entities)) = self.done.try_recv() {
            self.came(k, checked, entities);
            return Ok(());
        }
        match self.check_next() {
            true => Ok(()),
            false => self.receive(),
        }
    }

    /// Document `i`'s check, waited for if `wait` (`None` if it is not
    /// one checked alongside, or not yet with `wait` false).
    fn check_of(&mut self, i: usize, wait: bool) -> Result<Option<&mut Checked>, Error> {
        if self.next.load(std::sync::atomic::Ordering::Relaxed) >= self.todo.len() {
            self.names = None;
        }
        let Some(k) = self.at[i] else {
            return Ok(None);
        };
        while wait && self.checks[k].is_none() {
            self.wait_for_one()?;
        }
        Ok(self.checks[k].as_mut())
    }
}

impl DocumentParts for Checking<'_, '_> {
    fn parts(&self) -> &[DocPart] {
        &self.dump.parts
    }

    fn attribute_order(&self, i: usize) -> Vec<String> {
        self.dump.attribute_order_of(i)
    }

    fn text(&mut self, i: usize) -> Result<Option<String>, Error> {
        self.dump.read_text(i)
    }

    /// The entities its check kept, if it came with them (not waited
    /// for), else read here.
    fn entities(
        &mut self,
        i: usize,
        each: &mut dyn FnMut(Vec<Entity>) -> Result<(), Error>,
    ) -> Result<(), Error> {
        while let Ok((k, checked, entities)) = self.done.try_recv() {
            self.came(k, checked, entities);
        }
        let kept = self.at[i].and_then(|k| self.entities[k].take());
        self.kept
            .from
            .store(i + 1, std::sync::atomic::Ordering::Relaxed);
        self.sweep_to(i);
        let Some(entities) = kept else {
            return self.dump.entities_of(i, each);
        };
        self.kept.release(&entities);
        #[cfg(test)]
        self.dump
            .taken_checked
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        each(entities)
    }

    fn facts(
        &mut self,
        i: usize,
        each: &mut dyn FnMut(Vec<Fact>) -> Result<(), Error>,
    ) -> Result<(), Error> {
        // The entities are all taken: none is kept from now on.
        if self.kept.from.load(std::sync::atomic::Ordering::Relaxed) != usize::MAX {
            self.kept
                .from
                .store(usize::MAX, std::sync::atomic::Ordering::Relaxed);
            self.sweep_to(usize::MAX);
        }
        self.dump.facts_of(i, each)
    }

    fn read_ahead(&mut self, i: usize) {
        self.dump.facts_ahead(i);
    }

    fn written(&mut self, i: usize, facts: Vec<Fact>) {
        self.dump.facts_written(i, facts);
    }

    /// Its entities, if kept, are let go (a reload keeps none for long).
    fn unchanged(&mut self, i: usize) {
        if let Some(entities) = self.at[i].and_then(|k| self.entities[k].take()) {
            self.kept.release(&entities);
        }
    }

    fn fingerprint(&mut self, i: usize, wait: bool) -> Result<Option<u64>, Error> {
        let dump = self.dump;
        let doc = &dump.parts[i].doc;
        let alongside = self.at[i].is_some();
        match self.check_of(i, wait)? {
            None if !alongside => Ok(Some(dump.parts[i].fingerprint)),
            None => Ok(None),
            Some(Ok(((fp, _), _))) => Ok(Some(*fp)),
            // The load fails with what the checks said (see `checked`).
            Some(Err(_)) => Err(Error::Internal(format!("{doc}: its check failed"))),
        }
    }

    fn quotes_at(&mut self, i: usize) -> Option<QuotesAt> {
        match self.check_of(i, true) {
            Ok(Some(Ok(((_, at), _)))) => at.take(),
            _ => None,
        }
    }

    fn checked(&mut self) -> Result<(), Error> {
        match self.told {
            Some(true) => return Ok(()),
            Some(false) => {
                return Err(Error::Internal(format!(
                    "{}: the checks' failure asked for twice",
                    self.dump.label
                )))
            }
            None => {}
        }
        self.told = Some(false);
        while self.left > 0 {
            self.wait_for_one()?;
        }
        // As the scan reports them: the first document that could not be
        // read, else every problem, in load order.
        // (The fingerprints are kept: the load asks for them after.)
        let label = &self.dump.label;
        let mut problems = Problems::new(label);
        for checked in self.checks.iter_mut() {
            match checked {
                Some(Ok((_, p))) => problems.append(std::mem::replace(p, Problems::new(label))),
                Some(Err(_)) => {
                    if let Some(Err(e)) = checked.take() {
                        return Err(e);
                    }
                }
                None => {
                    return Err(Error::Internal(format!(
                        "{label}: a document left unchecked"
                    )))
                }
            }
        }
        problems.finish()?;
        self.told = Some(true);
        Ok(())
    }
}

impl<'k> Dump<'k> {
    /// Runs `load` (a [`Store::load_by_document`](crate::store::Store::load_by_document))
    /// over the dump's documents while the checks [`scan_to_load`] left run
    /// on other threads, in load order, ahead of the load: the load waits
    /// for a document's check only when it needs its fingerprint before
    /// it is known (the document is in the store already) or where its
    /// quotes are, and for every check before it commits. What the checks
    /// find is the error, whatever the load did (it commits nothing then),
    /// as if they had run before it.
    pub fn load_checking<T>(
        &mut self,
        load: impl FnOnce(&mut dyn DocumentParts) -> Result<T, Error>,
    ) -> Result<T, Error> {
        let Some(Pending { todo, names, known }) = self.pending.take() else {
            return load(self);
        };
        let dump: &Dump<'k> = self;
        let threads = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .saturating_sub(1)
            .clamp(1, CHECKERS);
        let next = std::sync::atomic::AtomicUsize::new(0);
        let kept = EntitiesKept::default();
        // Let go once every document is taken (see `Checking::names`).
        let names = std::sync::Arc::new(names);
        std::thread::scope(|scope| {
            let (tx, done) = std::sync::mpsc::channel();
            for _ in 0..threads {
                let (tx, names, next, todo, kept) =
                    (tx.clone(), names.clone(), &next, &todo, &kept);
                std::thread::Builder::new()
                    .name("seedkb-check".into())
                    .spawn_scoped(scope, move || {
                        loop {
                            let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                            let Some(&i) = todo.get(k) else { break };
                            // The load gone: it failed, and said why.
                            let (checked, entities) = check_doc(dump, i, &names, known, kept);
                            if tx.send((k, checked, entities)).is_err() {
                                break;
                            }
                        }
                        crate::store::kv::trace("checks done (alongside the load)");
                    })
                    .map_err(|e| Error::Storage(format!("no thread to check documents on: {e}")))?;
            }
            drop(tx);
            let mut at = vec![None; dump.docs.len()];
            for (k, i) in todo.iter().enumerate() {
                at[*i] = Some(k);
            }
            let mut checking = Checking {
                dump,
                todo: &todo,
                next: &next,
                names: Some(names),
                known,
                done,
                checks: (0..todo.len()).map(|_| None).collect(),
                entities: (0..todo.len()).map(|_| None).collect(),
                kept: &kept,
                swept: 0,
                at,
                left: todo.len(),
                told: None,
            };
            let loaded = load(&mut checking);
            // Told, the load failed with what the checks found or
            // committed after every check passed; not told (it ended
            // before it asked), the checks' failure comes first.
            if checking.told.is_none() {
                checking.checked()?;
            }
            #[cfg(test)]
            dump.kept_at_end.store(
                kept.held.load(std::sync::atomic::Ordering::Relaxed),
                std::sync::atomic::Ordering::Relaxed,
            );
            loaded
        })
    }
}

impl Dump<'_> {
    fn attribute_order_of(&self, i: usize) -> Vec<String> {
        match i {
            0 => self.attribute_order.clone(),
            _ => Vec::new(),
        }
    }

    fn entities_of(
        &self,
        i: usize,
        each: &mut dyn FnMut(Vec<Entity>) -> Result<(), Error>,
    ) -> Result<(), Error> {
        self.entity_batches(i, BATCH, &mut |entities, _| each(entities))
    }

    fn facts_of(
        &self,
        i: usize,
        each: &mut dyn FnMut(Vec<Fact>) -> Result<(), Error>,
    ) -> Result<(), Error> {
        if let Some(read) = self.facts_ahead_of(i) {
            // As read here: one batch, none without facts.
            let facts = read?;
            #[cfg(test)]
            self.taken_ahead
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            return match facts.is_empty() {
                true => Ok(()),
                false => each(facts),
            };
        }
        let size = if self.text_at[i].is_some() {
            usize::MAX
        } else {
            BATCH
        };
        self.fact_batches(i, size, &mut |facts, _| each(facts))
    }

    /// Whether document `i` has a text (its facts are read whole) and not
    /// too many facts: those are read on the thread of [`FactsAhead`].
    fn reads_ahead(&self, i: usize) -> bool {
        let bytes: u64 = self.docs[i]
            .fact_runs
            .iter()
            .map(|(start, end)| end - start)
            .sum();
        self.text_at[i].is_some() && bytes <= FACTS_AHEAD_BYTES
    }

    /// [`DocumentParts::read_ahead`]: a document [`Dump::reads_ahead`] is
    /// read on the thread of [`FactsAhead`].
    fn facts_ahead(&self, i: usize) {
        if !self.reads_ahead(i) {
            return;
        }
        let runs = &self.docs[i].fact_runs;
        let mut ahead = self
            .ahead
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if ahead.is_none() {
            *ahead = self.facts.file.as_ref().and_then(FactsAhead::start);
        }
        let Some(ahead) = ahead.as_mut() else {
            return;
        };
        if ahead.pending.len() >= FACTS_AHEAD || ahead.pending.contains(&i) {
            return;
        }
        let sent = ahead
            .jobs
            .as_ref()
            .is_some_and(|jobs| jobs.send((i, runs.clone(), self.docs[i].facts)).is_ok());
        match sent {
            true => ahead.pending.push_back(i),
            false => ahead.stop(),
        }
    }

    /// [`DocumentParts::written`]: the facts of a document that could be
    /// read ahead go back to [`FactsAhead`]'s thread to be let go (two
    /// documents' at most wait there; others are dropped here).
    fn facts_written(&self, i: usize, facts: Vec<Fact>) {
        if !self.reads_ahead(i) {
            return;
        }
        let ahead = self
            .ahead
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(ahead) = ahead.as_ref() {
            // Full or gone: dropped here.
            let _ = ahead.spent.try_send(facts);
        }
    }

    /// Documents whose facts the load took read ahead.
    #[cfg(test)]
    pub(crate) fn taken_ahead(&self) -> usize {
        self.taken_ahead.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Bytes of entities kept when the last load checking alongside ended.
    #[cfg(test)]
    pub(crate) fn entities_kept_at_end(&self) -> usize {
        self.kept_at_end.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Documents whose entities the load took from their checks.
    #[cfg(test)]
    pub(crate) fn taken_checked(&self) -> usize {
        self.taken_checked
            .load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Document `i`'s facts, if they were read ahead.
    fn facts_ahead_of(&self, i: usize) -> Option<Result<Vec<Fact>, Error>> {
        self.ahead
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .as_mut()
            .and_then(|a| a.take(i))
    }
    /// The checks [`scan_to_load`] left, run now as [`scan`] runs them.
    fn check_now(&mut self) -> Result<(), Error> {
        let Some(Pending { todo, names, known }) = self.pending.take() else {
            return Ok(());
        };
        let is_entity = |n: &str| names.contains_key(&name_hash(n)) || known(n);
        let mut problems = Problems::new(&self.label);
        for (i, checked) in self.check_each(&todo, &is_entity) {
            let ((fingerprint, at), p) = checked?;
            self.parts[i].fingerprint = fingerprint;
            self.quotes_at[i] = at;
            problems.append(p);
        }
        problems.finish()
    }

    /// [`Dump::check`] of documents `todo` on up to [`CHECKERS`] threads:
    /// each document's fingerprint and problems, in the order of `todo`.
    #[allow(clippy::type_complexity)]
    fn check_each(
        &self,
        todo: &[usize],
        is_entity: &(dyn Fn(&str) -> bool + Sync),
    ) -> Vec<(usize, Result<((u64, Option<QuotesAt>), Problems), Error>)> {
        let threads = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .clamp(1, CHECKERS)
            .min(todo.len().max(1));
        let next = std::sync::atomic::AtomicUsize::new(0);
        let work = || {
            let mut done = Vec::new();
            loop {
                let at = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(&i) = todo.get(at) else {
                    return done;
                };
                let mut p = Problems::new(&self.label);
                let checked = self.check(i, is_entity, &mut p).map(|fp| (fp, p));
                done.push((at, (i, checked)));
            }
        };
        let mut done = std::thread::scope(|scope| {
            let others: Vec<_> = (1..threads).map(|_| scope.spawn(work)).collect();
            let mut done = work();
            for h in others {
                done.extend(h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)));
            }
            done
        });
        done.sort_by_key(|(at, _)| *at);
        done.into_iter().map(|(_, d)| d).collect()
    }

    /// Document `i`'s text, if it has one.
    fn read_text(&self, i: usize) -> Result<Option<String>, Error> {
        let Some(at) = self.text_at[i] else {
            return Ok(None);
        };
        let mut text = None;
        self.texts.read(&[at], &mut |_, t: String| {
            text = Some(t);
            Ok(())
        })?;
        Ok(text)
    }
}

#[cfg(test)]
mod tests {
    use super::{name_hash, scan, ByName, Merge};
    use crate::model::{DocumentFacts, Entity, Fact};
    use crate::store::DocumentParts;

    /// The tables of names hash with a seed of their own: one fixed in the
    /// code would let a dump choose names that share buckets.
    #[test]
    fn name_tables_are_seeded_apart() {
        use std::hash::BuildHasher;
        let h = name_hash("义县");
        assert_ne!(ByName::default().hash_one(h), ByName::default().hash_one(h));
    }

    fn write(name: &str, src: &str) -> (tempfile::TempDir, std::path::PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(name);
        std::fs::write(&path, src).unwrap();
        (dir, path)
    }

    fn known(n: &str) -> bool {
        n == "辽宁省"
    }

    /// Every document read back from the spool as the whole-file reader
    /// reads it: the same order, entities (aliases too), facts, text and
    /// fingerprint.
    fn same_as_read(name: &str, src: &str) {
        let (_dir, path) = write(name, src);
        let docs = super::super::jsonl::read(&path, &known).unwrap_or_else(|e| panic!("{e}"));
        let mut dump = scan(&path, &known, None).unwrap();
        assert_eq!(dump.len(), docs.len());
        assert_eq!(
            dump.attribute_order(0),
            docs.first()
                .map(|d| d.attribute_order.clone())
                .unwrap_or_default()
        );
        for (i, d) in docs.iter().enumerate() {
            let part = dump.parts()[i].clone();
            assert_eq!(part.doc, d.doc);
            assert_eq!(part.extracted, crate::store::is_extracted(d), "{}", d.doc);
            assert_eq!(
                (part.entities, part.facts),
                (d.entities.len(), d.facts.len())
            );
            assert_eq!(dump.text(i).unwrap(), d.text, "{}", d.doc);
            assert_read_back(&mut dump, i, d);
            assert_eq!(
                part.fingerprint,
                crate::store::Fingerprint::of_document(d),
                "{}",
                d.doc
            );
        }
    }

    /// The entities and facts of document `i` read back from the spool are
    /// those of `d`.
    fn assert_read_back(dump: &mut super::Dump, i: usize, d: &DocumentFacts) {
        let mut entities: Vec<Entity> = Vec::new();
        dump.entities(i, &mut |b| {
            entities.extend(b);
            Ok(())
        })
        .unwrap();
        assert_eq!(entities, d.entities, "{}", d.doc);
        let mut facts: Vec<Fact> = Vec::new();
        dump.facts(i, &mut |b| {
            facts.extend(b);
            Ok(())
        })
        .unwrap();
        assert_eq!(facts, d.facts, "{}", d.doc);
    }

    /// Records read back across the pieces a run is read in: records
    /// cut at a piece's end, one longer than a piece, runs apart in one
    /// call, and a call made from inside another on the same thread.
    #[test]
    fn spooled_records_read_back_across_pieces() {
        use super::{Spool, SPOOL_PIECE};
        let mut spool = Spool::new().unwrap();
        let mut written = Vec::new();
        let mut runs = Vec::new();
        for (i, len) in [5, 700, 3 * SPOOL_PIECE, 1, 9000, 0, SPOOL_PIECE - 7]
            .into_iter()
            .cycle()
            .take(40)
            .enumerate()
        {
            let text: String = "河山".chars().cycle().take(len / 3 + i).collect();
            let at = spool.push(i + 1, &text).unwrap();
            // Every third record left out: runs with gaps between them.
            if i % 3 != 2 {
                super::extend(&mut runs, at);
                written.push((i + 1, text));
            }
        }
        spool.finish().unwrap();
        assert!(runs.len() > 5);
        let mut read = Vec::new();
        spool
            .read(&runs, &mut |line, t: String| {
                read.push((line, t));
                Ok(())
            })
            .unwrap();
        assert!(read == written, "read back otherwise than written");
        let first = written.iter().filter(|(line, _)| *line <= 2).count();
        let mut inner = 0;
        spool
            .read(&runs[..1], &mut |_, _: String| {
                spool.read(&runs, &mut |_, _: String| {
                    inner += 1;
                    Ok(())
                })
            })
            .unwrap();
        assert_eq!(inner, first * written.len());
    }

    /// Facts read back from the spool are those spooled, whether they
    /// share the previous fact's subject, quote and document or not, with
    /// every field set; a record with more than a fact's fields fails.
    #[test]
    fn spooled_facts_read_back_as_written() {
        use crate::model::Value;
        use crate::model::{parse_quantity, Date, Location, Modality, Qualifiers, Rate, Source};
        let date = Date {
            year: Some(2018),
            month: Some(9),
            day: Some(20),
            text: "2018年9月20日".into(),
            doc_offset: None,
        };
        let fact = |subject: &str, attribute: &str, value: Value, doc: &str, quote: &str| Fact {
            subject: subject.into(),
            attribute: attribute.into(),
            value,
            source: Source::curated(doc, quote),
            qualifiers: Qualifiers::default(),
        };
        let q1 = "2018年9月20日，山河财政局向牛塔县拨付资金7万元。";
        let mut facts = vec![
            fact(
                "牛塔县资金",
                "amount",
                Value::Quantity(parse_quantity("7万元").unwrap()),
                "news/1.txt",
                q1,
            ),
            fact(
                "牛塔县资金",
                "date",
                Value::Date(date.clone()),
                "news/1.txt",
                q1,
            ),
            fact(
                "牛塔县资金",
                "payer",
                Value::Ref("山河财政局".into()),
                "news/1.txt",
                q1,
            ),
            fact(
                "牛塔县",
                "kind",
                Value::Text("county".into()),
                "news/1.txt",
                "牛塔县是县。",
            ),
            fact(
                "牛塔县",
                "kind",
                Value::Text("county".into()),
                "news/2.txt",
                "牛塔县是县。",
            ),
            fact("", "kind", Value::Text(String::new()), "", ""),
            fact(
                "牛塔县",
                "kind",
                Value::Text("county".into()),
                "news/2.txt",
                "",
            ),
        ];
        facts[1].source.extracted = true;
        facts[1].source.at = Some(Location {
            sentence: 3,
            start: 10,
            end: 80,
            value_start: 10,
            value_end: 27,
        });
        facts[1].qualifiers = Qualifiers {
            modality: Modality::Planned,
            per: Some(Rate::Year),
            as_of: Some(date),
            period: crate::model::Period::parse_iso("2019/2020").ok(),
        };
        facts[6].source.background = Some("牛塔县属山河市。".into());
        let mut spool = super::Spool::new().unwrap();
        let mut runs = Vec::new();
        for (n, f) in facts.iter().enumerate() {
            super::extend(&mut runs, spool.push(n + 1, f).unwrap());
        }
        let extra = spool.push(99, &(&facts[0], 1u8)).unwrap();
        spool.finish().unwrap();
        let mut got = Vec::new();
        spool
            .read(&runs, &mut |line, f: Fact| {
                got.push((line, f));
                Ok(())
            })
            .unwrap();
        let want: Vec<(usize, Fact)> = facts
            .into_iter()
            .enumerate()
            .map(|(n, f)| (n + 1, f))
            .collect();
        assert_eq!(got, want);
        let longer = spool.read(&[extra], &mut |_, _: Fact| Ok(()));
        assert!(longer.is_err(), "a record longer than a fact read as one");
    }

    /// A spool larger than what is read ahead gives the same batches read
    /// ahead as read here, and an error of `each` stops the reader (the
    /// call returns that error instead of waiting for the reader forever).
    #[test]
    fn spooled_batches_read_ahead_are_those_read_here() {
        let mut spool = super::Spool::new().unwrap();
        let mut runs = Vec::new();
        for n in 0..40_000usize {
            let text = format!("记录{n}的内容").repeat(4);
            let (start, end) = spool.push(n + 1, &text).unwrap();
            // Two runs, as a document whose lines are interleaved.
            match runs.last_mut() {
                Some((_, e)) if *e == start && n != 25_000 => *e = end,
                _ => runs.push((start, end)),
            }
        }
        spool.finish().unwrap();
        let total: u64 = runs.iter().map(|(s, e)| e - s).sum();
        assert!(
            total > super::SPOOL_AHEAD_BYTES,
            "{total} bytes: not read ahead"
        );
        let collect = |ahead: bool| {
            let mut got: Vec<(Vec<usize>, Vec<String>)> = Vec::new();
            let mut each = |items: Vec<usize>, lines: Vec<usize>| {
                assert_eq!(items.len(), lines.len());
                let texts = items.iter().map(|l| format!("{l}")).collect();
                got.push((lines, texts));
                Ok(())
            };
            let map = |t: String| t.len();
            if ahead {
                spool.batches(&runs, 40_000, 999, &map, &mut each).unwrap();
            } else {
                spool
                    .batches_here(&runs, 40_000, 999, &map, &mut each)
                    .unwrap();
            }
            got
        };
        let (ahead, here) = (collect(true), collect(false));
        assert_eq!(ahead.len(), 40_000usize.div_ceil(999));
        assert_eq!(ahead, here);
        let mut calls = 0;
        let failed = spool.batches(&runs, 40_000, 100, &|t: String| t, &mut |_, _| {
            calls += 1;
            match calls {
                3 => Err(crate::Error::Storage("the third batch".into())),
                _ => Ok(()),
            }
        });
        assert_eq!(calls, 3);
        assert!(
            matches!(&failed, Err(crate::Error::Storage(m)) if m == "the third batch"),
            "{failed:?}"
        );
    }

    /// Documents interleaved, a document line after its facts, kind lines
    /// repeated and in several documents, aliases in several documents,
    /// references forward, qualifiers, lines without a document: read
    /// back as the whole-file reader reads them.
    #[test]
    fn a_scanned_dump_reads_back_as_the_whole_file_reader_reads_it() {
        let src = r#"{"attributes":["located_in","amount"]}
{"subject":"乙县","attribute":"kind","value":"county","doc":"b.txt","quote":"乙县隶属于辽宁省。"}
{"subject":"甲县","attribute":"kind","value":"county","doc":"a.txt","quote":"甲县位于乙县东。"}
{"subject":"甲县","attribute":"located_in","value":{"ref":"丙市"},"doc":"a.txt","quote":"甲县位于乙县东。"}
{"subject":"乙县","attribute":"located_in","value":{"ref":"辽宁省"},"doc":"b.txt","quote":"乙县隶属于辽宁省。"}
{"document":"b.txt","content":"乙县隶属于辽宁省。投资1200元。"}
{"subject":"甲县","attribute":"kind","value":"county","doc":"a.txt","quote":"甲县位于乙县东。"}
{"subject":"甲县","attribute":"kind","value":"county","doc":"b.txt","quote":"乙县隶属于辽宁省。","background":null}
{"subject":"乙县","attribute":"alias","value":"乙","doc":"b.txt","quote":"乙县隶属于辽宁省。"}
{"subject":"甲县","attribute":"alias","value":"Jia","doc":"a.txt","background":"English name"}
{"subject":"丙市","attribute":"kind","value":"city","doc":"c.txt","quote":"丙市"}
{"subject":"乙县","attribute":"amount","value":1200,"unit":"CNY","text":"1200元","doc":"b.txt","quote":"投资1200元。","modality":"planned","per":"person"}
{"document":"a.txt","content":"甲县位于乙县东。"}
{"subject":"丙市","attribute":"population","value":12,"unit":"count"}
{"subject":"甲县","attribute":"alias","value":"甲","doc":"b.txt","quote":"乙县隶属于辽宁省。"}
"#;
        same_as_read("mixed.jsonl", src);
        // An extracted document keeps its text-only fingerprint.
        let extracted = r#"{"document":"e.txt","content":"丁县很好。","extracted":true}
{"subject":"e.txt","attribute":"kind","value":"document","doc":"e.txt","quote":"丁县很好。","extracted":true}
{"document":"e.txt","content":"丁县很好。"}
"#;
        same_as_read("extracted.jsonl", extracted);
    }

    /// Every mistake `parse` reports is reported by the scan with the same
    /// words at the same file:line (and in the same order).
    #[test]
    fn a_scanned_dump_fails_as_the_whole_file_reader_fails() {
        let kind = |s: &str, doc: &str, q: &str| {
            format!(
                "{{\"subject\":\"{s}\",\"attribute\":\"kind\",\"value\":\"county\",\"doc\":\"{doc}\",\"quote\":\"{q}\"}}\n"
            )
        };
        let doc_a = "{\"document\":\"a.txt\",\"content\":\"甲县有乙县。\"}\n";
        let cases: Vec<String> = vec![
            "not json\n[1]\n{\"attributes\":[\"Bad\"]}\n{\"document\":\"a.txt\"}\n".into(),
            format!("{}{{\"subject\":\"甲县\",\"attribute\":\"kind\",\"value\":\"city\",\"doc\":\"a.txt\",\"quote\":\"甲县\"}}\n", kind("甲县", "a.txt", "甲县")),
            format!("{doc_a}{}{{\"subject\":\"甲县\",\"attribute\":\"located_in\",\"value\":{{\"ref\":\"无县\"}},\"doc\":\"a.txt\",\"quote\":\"不在文中\"}}\n", kind("甲县", "a.txt", "甲县")),
            format!("{}{{\"subject\":\"无县\",\"attribute\":\"Bad\",\"value\":\"x\",\"per\":\"person\"}}\n{{\"subject\":\"甲县\",\"attribute\":\"x\",\"value\":1,\"unit\":\"???\"}}\n", kind("甲县", "a.txt", "甲县")),
            format!("{}{{\"subject\":\"甲县\",\"attribute\":\"kind\",\"value\":\"county\",\"modality\":\"planned\"}}\n{{\"subject\":\"甲县\",\"attribute\":\"kind\",\"value\":3}}\n{{\"subject\":\"甲县\",\"attribute\":\"x\",\"value\":\"y\",\"doc\":\"a.txt\"}}\n{{\"subject\":\"甲县\",\"attribute\":\"x\",\"value\":\"y\",\"quote\":\"q\",\"background\":\"b\",\"doc\":\"a.txt\"}}\n{{\"attribute\":\"x\"}}\n{{\"subject\":\"甲县\",\"attribute\":\"x\",\"value\":\"y\",\"modality\":\"wish\"}}\n", kind("甲县", "a.txt", "甲县")),
            "{\"subject\":\"丁县\",\"attribute\":\"alias\",\"value\":\"丁\"}\n".into(),
            format!("{}{{\"subject\":\"甲县\",\"attribute\":\"alias\",\"value\":\"J\",\"doc\":\"b.txt\",\"background\":\"why\"}}\n", kind("甲县", "a.txt", "甲县")),
            format!("{doc_a}{}{}", kind("甲县", "a.txt", ""), kind("乙县", "a.txt", "乙县\u{1}")),
            (0..30).map(|i| format!("{{\"subject\":\"无{i}\",\"attribute\":\"x\",\"value\":\"y\"}}\n")).collect(),
        ];
        for src in cases {
            let (_dir, path) = write("bad.jsonl", &src);
            let want = super::super::jsonl::read(&path, &known)
                .unwrap_err()
                .to_string();
            let got = match scan(&path, &known, None) {
                Err(e) => e.to_string(),
                Ok(_) => panic!("scanned without error:\n{src}\nread says:\n{want}"),
            };
            assert_eq!(got, want, "{src}");
        }
    }

    /// A file without quotes of more than two batches (checked on a
    /// thread of its own while its fingerprint is hashed in order): read
    /// back as the whole-file reader reads it, and its mistakes, in every
    /// batch, reported as that reader reports them.
    #[test]
    fn a_large_file_without_quotes_is_checked_as_the_whole_file_reader_checks_it() {
        let n = 2 * super::BATCH + 500;
        let lines = |bad: &dyn Fn(usize) -> Option<String>| -> String {
            (0..n)
                .map(|i| match bad(i) {
                    Some(line) => line + "\n",
                    None if i % 2 == 0 => format!(
                        "{{\"subject\":\"村{i}\",\"attribute\":\"kind\",\"value\":\"village\"}}\n"
                    ),
                    None => format!(
                        "{{\"subject\":\"村{}\",\"attribute\":\"code\",\"value\":\"第{i}号\"}}\n",
                        i - 1
                    ),
                })
                .collect()
        };
        same_as_read("flat.jsonl", &lines(&|_| None));
        let bad = |i: usize| {
            match i {
            7 => Some("{\"subject\":\"村6\",\"attribute\":\"Bad\",\"value\":\"x\"}".into()),
            4097 | 8193 => Some(format!(
                "{{\"subject\":\"无{i}\",\"attribute\":\"located_in\",\"value\":{{\"ref\":\"也无{i}\"}}}}"
            )),
            i if i == n - 1 => Some(format!(
                "{{\"subject\":\"村{}\",\"attribute\":\"kind\",\"value\":\"Big Village\"}}",
                i - 1
            )),
            _ => None,
        }
        };
        let (_dir, path) = write("bad.jsonl", &lines(&bad));
        let want = super::super::jsonl::read(&path, &known)
            .unwrap_err()
            .to_string();
        let got = scan(&path, &known, None)
            .map(|_| ())
            .unwrap_err()
            .to_string();
        assert_eq!(got, want);
        for line in [8, 4098, 8194, n] {
            assert!(
                want.contains(&format!("bad.jsonl:{line}:")),
                "{line}: {want}"
            );
        }
    }

    /// Renames `北镇` to `北镇市` where another document names 北镇市 (a
    /// stand-in for `corpus::merge`, which is the extractor's): what it
    /// learns and what it changes.
    #[derive(Default)]
    struct Rename {
        noted: usize,
        added: Vec<(String, bool, String)>,
    }

    impl Merge for Rename {
        fn note(&mut self, e: &Entity) -> bool {
            self.noted += 1;
            e.source.extracted && e.kind != "document"
        }
        fn add(&mut self, doc: &str, curated: bool, entities: &[Entity]) {
            for e in entities {
                self.added.push((doc.to_string(), curated, e.name.clone()));
            }
        }
        fn apply(&self, d: &mut DocumentFacts) -> Vec<String> {
            let elsewhere = self
                .added
                .iter()
                .any(|(doc, _, n)| n == "北镇市" && *doc != d.doc);
            let mut notes = Vec::new();
            if !elsewhere {
                return notes;
            }
            for e in &mut d.entities {
                if e.name == "北镇" {
                    e.name = "北镇市".into();
                    e.aliases.push("北镇".into());
                    notes.push(format!("{}: 北镇 is 北镇市", d.doc));
                }
            }
            for f in &mut d.facts {
                if f.subject == "北镇" {
                    f.subject = "北镇市".into();
                }
            }
            notes
        }
    }

    /// A document merging changes is read whole, merged once, and read
    /// back merged (its aliases kept, not those of the file put back),
    /// with the merged document's counts and fingerprint; the others as
    /// they were; every document's names are learnt before any merge.
    #[test]
    fn a_dump_with_entities_to_merge_is_merged_as_it_is_read() {
        let src = r#"{"document":"b.txt","content":"北镇新建冷库23座。","extracted":true}
{"subject":"北镇","attribute":"kind","value":"town","doc":"b.txt","quote":"北镇新建冷库23座。","extracted":true}
{"subject":"北镇","attribute":"alias","value":"北镇子","doc":"b.txt","quote":"北镇新建冷库23座。","extracted":true}
{"subject":"北镇","attribute":"cold_stores","value":23,"unit":"count","text":"23座","doc":"b.txt","quote":"北镇新建冷库23座。","extracted":true}
{"subject":"北镇市","attribute":"kind","value":"city","doc":"a.txt","quote":"北镇市"}
{"subject":"北镇市","attribute":"area","value":16,"unit":"count","text":"16个","doc":"a.txt","quote":"北镇市"}
"#;
        let (_dir, path) = write("m.jsonl", src);
        let mut rename = Rename::default();
        let mut dump = scan(&path, &known, Some(&mut rename)).unwrap();
        assert_eq!(rename.noted, 2);
        // Learnt in load order (a.txt before b.txt), curated or not.
        assert_eq!(
            rename.added,
            vec![
                ("a.txt".to_string(), true, "北镇市".to_string()),
                ("b.txt".to_string(), false, "北镇".to_string())
            ]
        );
        assert_eq!(dump.notes(), ["b.txt: 北镇 is 北镇市"]);
        let mut docs = super::super::jsonl::read(&path, &known).unwrap();
        let notes = rename.apply(&mut docs[1]);
        assert_eq!(notes, dump.notes());
        for (i, d) in docs.iter().enumerate() {
            assert_read_back(&mut dump, i, d);
            let part = &dump.parts()[i];
            assert_eq!(
                (part.entities, part.facts),
                (d.entities.len(), d.facts.len())
            );
            assert_eq!(
                part.fingerprint,
                crate::store::Fingerprint::of_document(d),
                "{}",
                d.doc
            );
        }
        assert_eq!(docs[1].entities[0].aliases, ["北镇子", "北镇"]);
        // A mistake in a merged document keeps its line.
        let bad = src.replace("\"value\":23,", "\"value\":23,\"per\":\"wish\",");
        let (_dir, path) = write("m.jsonl", &bad);
        let want = super::super::jsonl::read(&path, &known)
            .unwrap_err()
            .to_string();
        let got = scan(&path, &known, Some(&mut Rename::default()))
            .err()
            .unwrap()
            .to_string();
        assert_eq!(got, want);
        assert!(got.contains("m.jsonl:4"), "{got}");
    }
}
