//! A long text loaded without holding its facts (issue 15): extraction
//! hands each sentence's facts to a spool file as it goes, and the store
//! reads them back a batch at a time ([`Spooled::next_batch`]) into one
//! document written in parts (`Store::load_in_parts`), in the same atomic
//! write and with the same result as a whole-document load. What stays in
//! memory grows with the text only by the text itself and its sentences
//! (the extractor looks back at any of them), not by its facts.

use crate::chinese::simplify;
use crate::corpus;
use crate::extract::{extract_each, Known};
use seedkb_core::ingest::encoding;
use seedkb_core::model::{DocumentFacts, Entity, Fact};
use seedkb_core::store::{is_extracted, DocPart, DocumentParts, Fingerprint};
use seedkb_core::Error;
use std::io::{BufReader, BufWriter, Read, Seek, Write};
use std::path::Path;

/// A `.txt` file larger than this (bytes; `SEEDKB_TEXT_PART_KB`) is loaded
/// in parts, and each batch read back carries facts quoting about this
/// many bytes of sentences.
pub fn part_bytes() -> usize {
    std::env::var("SEEDKB_TEXT_PART_KB")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|kb| *kb > 0)
        .map_or(1 << 20, |kb| kb * 1024)
}

/// Whether `path` is a text document to load in parts.
pub fn in_parts(path: &Path) -> bool {
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    matches!(ext, "txt" | "text")
        && std::fs::metadata(path).is_ok_and(|m| m.len() > part_bytes() as u64)
}

/// A document extracted into a spool: `head` has its name, text, entities
/// and warnings, and no facts; [`Spooled::next_batch`] gives the facts.
pub struct Spooled {
    pub head: DocumentFacts,
    /// How many facts the spool holds.
    pub facts: usize,
    /// Of which mentions (values attached to nothing).
    pub mentions: usize,
    /// The most facts held in memory at once while extracting and reading
    /// back (one sentence's, one batch).
    pub most_held: usize,
    /// The entities as extracted, before [`Spooled::merge`]: what a batch
    /// of facts is renamed by.
    extracted: Option<Vec<Entity>>,
    spool: BufReader<std::fs::File>,
    left: usize,
    batch_bytes: usize,
    /// A long text's decoded copy, for the load (the head has no text).
    text: Option<DecodedText>,
}

fn spool_err(e: impl std::fmt::Display) -> Error {
    Error::Storage(format!(
        "the temporary file facts are spooled to while a long text or many documents are \
         loaded: {e}"
    ))
}

/// One document as [`CorpusSpool::push`] wrote it.
fn decode_spooled(r: impl std::io::Read) -> Result<DocumentFacts, Error> {
    let (doc, text, entities, facts, attribute_order, warnings): SpooledDocument =
        bincode::deserialize_from(r).map_err(spool_err)?;
    Ok(DocumentFacts {
        doc,
        text,
        entities,
        facts,
        attribute_order,
        warnings,
    })
}

/// Extracts the `.txt` document at `path` (as `read_path` does) into a
/// spool in the temporary directory (removed when dropped, or by the
/// system if the process is killed: the file is unlinked at once).
pub fn read_spooled(path: &Path, known: &Known) -> Result<Spooled, Error> {
    let text = DecodedText::of_file(path)?;
    let name = crate::text_document_name_of(path, &text.head(), || Text::Long(&text).has_words())?;
    let known = known.without_extraction_of(&name);
    extract_spooled_text(&name, text, &known, part_bytes())
}

/// Extracts `content` as document `name` into a spool; batches read back
/// carry facts quoting about `batch_bytes` bytes.
pub fn extract_spooled(
    name: &str,
    content: String,
    known: &Known,
    batch_bytes: usize,
) -> Result<Spooled, Error> {
    let mut spooled = spool_facts(name, Text::Str(&content), known, batch_bytes)?;
    spooled.head.text = Some(content);
    Ok(spooled)
}

/// [`extract_spooled`] of a long text's decoded copy, read a piece at a
/// time and never held whole: the head has no text, [`Spooled::text`] has
/// it for the load ([`Store::load_long_text`](seedkb_core::store::Store::load_long_text)).
pub fn extract_spooled_text(
    name: &str,
    text: DecodedText,
    known: &Known,
    batch_bytes: usize,
) -> Result<Spooled, Error> {
    let mut spooled = spool_facts(name, Text::Long(&text), known, batch_bytes)?;
    if let Some(e) = text.error.borrow_mut().take() {
        return Err(e);
    }
    spooled.text = Some(text);
    Ok(spooled)
}

fn spool_facts(
    name: &str,
    content: Text<'_>,
    known: &Known,
    batch_bytes: usize,
) -> Result<Spooled, Error> {
    let file = tempfile::tempfile().map_err(spool_err)?;
    let mut w = BufWriter::new(file);
    let (mut facts, mut mentions, mut most_held) = (0, 0, 0);
    let mut sink = |batch: Vec<Fact>| -> Result<(), Error> {
        most_held = most_held.max(batch.len());
        for f in &batch {
            facts += 1;
            mentions += usize::from(f.attribute == crate::MENTION_ATTR);
            bincode::serialize_into(&mut w, f).map_err(spool_err)?;
        }
        Ok(())
    };
    let x = extract_each(name, content, known, Some(&mut sink))?;
    let mut head = x.facts;
    // Facts the extractor kept back (none today; a sentence it leaves
    // early would) come after the rest, as in the whole document.
    sink(std::mem::take(&mut head.facts))?;
    let mut file = w.into_inner().map_err(spool_err)?;
    file.rewind().map_err(spool_err)?;
    Ok(Spooled {
        head,
        facts,
        mentions,
        most_held,
        extracted: None,
        spool: BufReader::new(file),
        left: facts,
        batch_bytes,
        text: None,
    })
}

/// A text file's text, decoded into a temporary file (unlinked at once:
/// gone when dropped or when the process dies) and read back from it a
/// piece at a time, as often as extraction and the load need: a long
/// text is never held whole (issue 15). Reads after it was made that
/// fail are noted ([`DecodedText::error`]), for the extraction to fail.
pub struct DecodedText {
    file: std::fs::File,
    len: u64,
    error: std::cell::RefCell<Option<Error>>,
    /// The most bytes of it a sentence splitter held at once.
    most_held: std::cell::Cell<usize>,
}

impl DecodedText {
    /// The text of `path`, as `encoding::read_text` reads it (the same
    /// errors for a file that is not UTF-8), copied a piece at a time.
    pub fn of_file(path: &Path) -> Result<DecodedText, Error> {
        let file = tempfile::tempfile().map_err(copy_err)?;
        let mut w = BufWriter::new(file);
        let len = encoding::copy_text(path, &mut w)?;
        let file = w.into_inner().map_err(copy_err)?;
        Ok(DecodedText {
            file,
            len,
            error: Default::default(),
            most_held: Default::default(),
        })
    }

    /// `text`, written to a temporary file (for the tests).
    pub fn of_str(text: &str) -> Result<DecodedText, Error> {
        let mut file = tempfile::tempfile().map_err(copy_err)?;
        file.write_all(text.as_bytes()).map_err(copy_err)?;
        Ok(DecodedText {
            file,
            len: text.len() as u64,
            error: Default::default(),
            most_held: Default::default(),
        })
    }

    /// Its first bytes (up to 64, cut at a character's end).
    pub fn head(&self) -> String {
        let mut buf = Vec::with_capacity(64);
        if self.reader().take(64).read_to_end(&mut buf).is_err() {
            return String::new();
        }
        match std::str::from_utf8(&buf) {
            Ok(s) => s.to_string(),
            Err(e) => String::from_utf8_lossy(&buf[..e.valid_up_to()]).into_owned(),
        }
    }

    /// A reader from the start (each its own: readers may interleave).
    pub fn reader(&self) -> impl Read + '_ {
        At {
            file: &self.file,
            pos: 0,
            end: self.len,
        }
    }

    /// The most bytes of the text its sentences held at once, read for
    /// extraction (see [`seedkb_core::text::sentences_from`]).
    pub fn most_held(&self) -> usize {
        self.most_held.get()
    }

    fn note(&self, e: &str) {
        self.error.borrow_mut().get_or_insert_with(|| copy_err(e));
    }
}

impl seedkb_core::store::LongText for DecodedText {
    fn len(&self) -> u64 {
        self.len
    }

    fn open(&self) -> Result<Box<dyn Read + '_>, Error> {
        Ok(Box::new(self.reader()))
    }
}

fn copy_err(e: impl std::fmt::Display) -> Error {
    Error::Storage(format!(
        "the temporary copy of a long text being loaded: {e}"
    ))
}

/// Reads a file from `pos` on by position: readers of one file do not
/// move each other.
struct At<'f> {
    file: &'f std::fs::File,
    pos: u64,
    end: u64,
}

impl Read for At<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let want = buf.len().min((self.end - self.pos) as usize);
        if want == 0 {
            return Ok(0);
        }
        #[cfg(unix)]
        let n = std::os::unix::fs::FileExt::read_at(self.file, &mut buf[..want], self.pos)?;
        #[cfg(windows)]
        let n = std::os::windows::fs::FileExt::seek_read(self.file, &mut buf[..want], self.pos)?;
        self.pos += n as u64;
        Ok(n)
    }
}

/// A document's text as extraction reads it: in memory, or a long text's
/// decoded copy, read a piece at a time.
#[derive(Clone, Copy)]
pub enum Text<'t> {
    Str(&'t str),
    Long(&'t DecodedText),
}

impl<'t> From<&'t str> for Text<'t> {
    fn from(s: &'t str) -> Self {
        Text::Str(s)
    }
}

impl<'t> From<&'t String> for Text<'t> {
    fn from(s: &'t String) -> Self {
        Text::Str(s)
    }
}

impl<'t> Text<'t> {
    /// Its sentences, from the first (`text::sentences`).
    pub(crate) fn sentences(self) -> seedkb_core::text::Sentences<'t> {
        match self {
            Text::Str(s) => seedkb_core::text::sentences(s),
            Text::Long(t) => seedkb_core::text::sentences_from(t.reader()),
        }
    }

    /// The whole text, when it is held.
    pub(crate) fn whole(self) -> Option<&'t str> {
        match self {
            Text::Str(s) => Some(s),
            Text::Long(_) => None,
        }
    }

    /// Notes what went wrong reading `split` (a long text's copy), and
    /// how much of it was held.
    pub(crate) fn check(self, split: &seedkb_core::text::Sentences) {
        if let Text::Long(t) = self {
            t.most_held.set(t.most_held.get().max(split.most_held()));
            if let Some(e) = split.error() {
                t.note(e);
            }
        }
    }

    /// The error a read of a long text's copy met, if any (taken).
    pub(crate) fn error(self) -> Option<Error> {
        match self {
            Text::Str(_) => None,
            Text::Long(t) => t.error.borrow_mut().take(),
        }
    }

    /// Its chunks of lines (see [`chunk_cut`]), each handed to `each`
    /// until it says to stop (`false`).
    fn chunks(self, each: &mut dyn FnMut(&str) -> bool) {
        match self {
            Text::Str(mut rest) => {
                while let Some(cut) = chunk_cut(rest, true) {
                    let (chunk, after) = rest.split_at(cut);
                    if !each(chunk) {
                        return;
                    }
                    rest = after;
                }
            }
            Text::Long(t) => {
                let mut r = t.reader();
                let mut held = String::new();
                let mut partial = Vec::new();
                let mut piece = vec![0u8; 64 * 1024];
                loop {
                    let n = match r.read(&mut piece) {
                        Ok(n) => n,
                        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                        Err(e) => return t.note(&e.to_string()),
                    };
                    partial.extend_from_slice(&piece[..n]);
                    let valid = match std::str::from_utf8(&partial) {
                        Ok(v) => v.len(),
                        // A character cut by the piece's end waits for the rest.
                        Err(e) if e.error_len().is_none() && n > 0 => e.valid_up_to(),
                        Err(e) => {
                            return t.note(&format!("the copy is not UTF-8 ({e})"));
                        }
                    };
                    held.push_str(std::str::from_utf8(&partial[..valid]).unwrap_or_default());
                    partial.drain(..valid);
                    let eof = n == 0;
                    let mut from = 0;
                    while let Some(cut) = chunk_cut(&held[from..], eof) {
                        if !each(&held[from..from + cut]) {
                            return;
                        }
                        from += cut;
                    }
                    held.drain(..from);
                    if eof {
                        return;
                    }
                }
            }
        }
    }

    /// Whether the text has a letter or digit (a text without is no
    /// document).
    pub(crate) fn has_words(self) -> bool {
        let mut found = false;
        self.chunks(&mut |c| {
            found = c.chars().any(char::is_alphanumeric);
            !found
        });
        found
    }

    /// Its opening: the lines up to the ninth that is not blank (and no
    /// more than [`FIRST_PASS_CHUNK`] bytes of them).
    fn opening(self) -> String {
        let mut out = String::new();
        let mut lines = 0;
        self.chunks(&mut |c| {
            for line in c.split_inclusive('\n') {
                if out.len() + line.len() > FIRST_PASS_CHUNK {
                    return false;
                }
                out.push_str(line);
                lines += usize::from(!line.trim().is_empty());
                if lines > 8 {
                    return false;
                }
            }
            true
        });
        out
    }
}

/// A long text's document-wide facts are read a chunk of about this many
/// bytes (ending at a line's end) at a time: never a second copy of the
/// whole text (issue 15).
const FIRST_PASS_CHUNK: usize = 1 << 20;

/// Where the first chunk of `rest` ends: after the first line break at or
/// after [`FIRST_PASS_CHUNK`] bytes, or at twice that (a text without line
/// breaks), or at its end. `eof`: nothing comes after `rest`; otherwise
/// `None` when more text is needed to tell. `None` for an empty `rest`.
fn chunk_cut(rest: &str, eof: bool) -> Option<usize> {
    if rest.is_empty() {
        return None;
    }
    if rest.len() <= FIRST_PASS_CHUNK {
        return eof.then_some(rest.len());
    }
    let mut at = FIRST_PASS_CHUNK;
    while !rest.is_char_boundary(at) {
        at += 1;
    }
    let most = (2 * FIRST_PASS_CHUNK).min(rest.len());
    if let Some(nl) = rest.as_bytes()[at..most].iter().position(|&b| b == b'\n') {
        return Some(at + nl + 1);
    }
    if rest.len() >= 2 * FIRST_PASS_CHUNK {
        let mut at = 2 * FIRST_PASS_CHUNK;
        while !rest.is_char_boundary(at) {
            at -= 1;
        }
        return Some(at);
    }
    eof.then_some(rest.len())
}

/// The text's lines in chunks (see [`chunk_cut`]).
#[cfg(test)]
fn line_chunks(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let cut = chunk_cut(rest, true)?;
        let (chunk, after) = rest.split_at(cut);
        rest = after;
        Some(chunk)
    })
}

/// `dates::dateline` of the simplified text, reading only its opening
/// lines (the dateline reads no further than its eighth line).
pub(crate) fn dateline<'t>(text: impl Into<Text<'t>>) -> Option<seedkb_core::model::Date> {
    crate::extract::dates::dateline(&simplify(&text.into().opening()))
}

/// `dates::document_year` of the simplified text, a chunk of lines at a
/// time for a long text: the dateline's year, else the latest year
/// `infer_year` reads, which reads each year by its own line (what comes
/// before it on that line, the rest of its sentence) and by whether the
/// text says 今年 anywhere — given to each chunk as a line of its own.
/// Whether `text` is written in traditional characters: its simplified
/// form differs in a good many of them (a name or two does not count).
pub(crate) fn traditional(text: &str, simple: &str) -> bool {
    text.chars()
        .zip(simple.chars())
        .filter(|(a, b)| a != b)
        .nth(9)
        .is_some()
}

pub(crate) fn document_year<'t>(text: impl Into<Text<'t>>) -> Option<i32> {
    use crate::extract::dates;
    let text = text.into();
    if let Text::Str(s) = text {
        if s.len() <= FIRST_PASS_CHUNK {
            let simple = simplify(s);
            // 115年10月 in a text in traditional characters: a year of the
            // Republic era, when nothing else tells the year.
            return dates::document_year(&simple).or_else(|| {
                traditional(s, &simple)
                    .then(|| dates::republic_document_year(&simple))
                    .flatten()
            });
        }
    }
    let (mut chunks, mut first) = (0, String::new());
    text.chunks(&mut |c| {
        chunks += 1;
        if chunks == 1 {
            first = c.to_string();
        }
        chunks < 2
    });
    if chunks <= 1 {
        return dates::document_year(&simplify(&first));
    }
    drop(first);
    if let Some(y) = dateline(text).and_then(|d| d.year) {
        return Some(y);
    }
    let mut this_year = false;
    text.chunks(&mut |c| {
        this_year = simplify(c).contains("今年");
        !this_year
    });
    let mut latest = None;
    text.chunks(&mut |c| {
        let mut c = simplify(c);
        if this_year {
            c.push_str("\n今年");
        }
        latest = latest.max(dates::infer_year(&c));
        true
    });
    latest
}

impl Spooled {
    /// `corpus::merge` for this one document: its entities agree with the
    /// store's, and every batch read after is renamed as merging the whole
    /// document would rename its facts.
    pub fn merge(&mut self, known: &Known) -> Vec<String> {
        let before = self.head.entities.clone();
        let notes = corpus::merge(std::slice::from_mut(&mut self.head), known);
        let renamed = before.len() != self.head.entities.len()
            || before
                .iter()
                .zip(&self.head.entities)
                .any(|(a, b)| a.name != b.name);
        // Renames depend on the entities alone: each batch is merged with
        // the entities as extracted.
        self.extracted = renamed.then_some(before);
        notes
    }

    /// Loads the document into `store` in one atomic write
    /// (`Store::load_long_text` with its text's copy, or
    /// `Store::load_in_parts` with the text in the head), its facts read
    /// back a batch at a time. `known`: what [`Spooled::merge`] was given.
    pub fn load(
        &mut self,
        store: &seedkb_core::store::Store,
        known: &Known,
    ) -> Result<seedkb_core::store::LoadReport, Error> {
        let head = std::mem::take(&mut self.head);
        let (facts, text) = (self.facts, self.text.take());
        let mut next = || self.next_batch(known);
        match &text {
            Some(text) => store.load_long_text(head, text, facts, &mut next),
            None => store.load_in_parts(head, facts, &mut next),
        }
    }

    /// The next facts, in the order extraction found them; `None` after
    /// the last. `known`: what [`Spooled::merge`] was given.
    pub fn next_batch(&mut self, known: &Known) -> Result<Option<Vec<Fact>>, Error> {
        if self.left == 0 {
            return Ok(None);
        }
        let mut batch = Vec::new();
        let mut bytes = 0;
        while self.left > 0 && (batch.is_empty() || bytes < self.batch_bytes) {
            let f: Fact = bincode::deserialize_from(&mut self.spool).map_err(spool_err)?;
            bytes += f.source.quote.len() + 64;
            batch.push(f);
            self.left -= 1;
        }
        self.most_held = self.most_held.max(batch.len());
        if let Some(entities) = &self.extracted {
            let mut d = DocumentFacts {
                doc: self.head.doc.clone(),
                text: None,
                entities: entities.clone(),
                facts: batch,
                attribute_order: Vec::new(),
                warnings: Vec::new(),
            };
            corpus::merge(std::slice::from_mut(&mut d), known);
            batch = d.facts;
        }
        Ok(Some(batch))
    }
}

/// Many documents loaded at once (`seedkb load DIR/`, `load a.txt b.txt
/// …`) without holding them: each file's documents, as read, go to a
/// spool file, and only their names (for [`corpus::Names`]) and where each
/// document starts stay in memory. [`CorpusSpool::document`] reads one
/// back, merged as [`corpus::merge`] of all of them would merge it.
pub struct CorpusSpool {
    writer: Option<BufWriter<std::fs::File>>,
    reader: Option<BufReader<std::fs::File>>,
    /// Where each document starts in the spool, in load order.
    starts: Vec<u64>,
    /// How many documents each file gave, in the order they were given.
    per_file: Vec<usize>,
    /// The spool's length.
    end: u64,
    names: corpus::Names,
    /// How many facts, of which mentions, the documents have.
    pub facts: usize,
    pub mentions: usize,
    /// How many times a document was decoded and merged (for the tests).
    #[cfg(test)]
    merges: usize,
    /// The documents merged (see [`CorpusSpool::merge_each`]), each as its
    /// text, entities and facts apart, for a load a part at a time.
    merged: Option<Merged>,
}

/// Documents read back and merged once, kept for the load.
struct Merged {
    writer: Option<BufWriter<std::fs::File>>,
    reader: Option<BufReader<std::fs::File>>,
    end: u64,
    parts: Vec<DocPart>,
    /// Where each document's text, entities and facts start.
    at: Vec<[u64; 3]>,
    /// The documents with an attribute order (a dump's first).
    attribute_orders: std::collections::HashMap<usize, Vec<String>>,
}

/// A document as the spool holds it (`DocumentFacts` has no serde).
type SpooledDocument = (
    String,
    Option<String>,
    Vec<Entity>,
    Vec<Fact>,
    Vec<String>,
    Vec<String>,
);

impl CorpusSpool {
    /// An empty spool in the temporary directory (unlinked at once: gone
    /// when dropped or when the process dies).
    pub fn new() -> Result<CorpusSpool, Error> {
        let file = tempfile::tempfile().map_err(spool_err)?;
        Ok(CorpusSpool {
            writer: Some(BufWriter::new(file)),
            reader: None,
            starts: Vec::new(),
            per_file: Vec::new(),
            end: 0,
            names: corpus::Names::default(),
            facts: 0,
            mentions: 0,
            merged: None,
            #[cfg(test)]
            merges: 0,
        })
    }

    /// Adds the documents of the next file, in load order.
    pub fn push(&mut self, docs: Vec<DocumentFacts>, known: &Known) -> Result<(), Error> {
        let Some(w) = self.writer.as_mut() else {
            return Err(Error::Internal(
                "a document added to a spool being read".into(),
            ));
        };
        self.per_file.push(docs.len());
        for d in docs {
            self.names.add(&d, known);
            self.facts += d.facts.len();
            self.mentions += d
                .facts
                .iter()
                .filter(|f| f.attribute == crate::MENTION_ATTR)
                .count();
            self.starts.push(self.end);
            let rec: SpooledDocument = (
                d.doc,
                d.text,
                d.entities,
                d.facts,
                d.attribute_order,
                d.warnings,
            );
            let bytes = bincode::serialize(&rec).map_err(spool_err)?;
            w.write_all(&bytes).map_err(spool_err)?;
            self.end += bytes.len() as u64;
        }
        Ok(())
    }

    /// How many documents the spool holds.
    pub fn documents(&self) -> usize {
        self.starts.len()
    }

    /// How many documents each file gave, in the order they were pushed.
    pub fn per_file(&self) -> &[usize] {
        &self.per_file
    }

    /// The `i`th document, merged with the others and the store (`known`,
    /// as given to [`CorpusSpool::push`]), and what merging changed (see
    /// [`corpus::merge`]).
    pub fn document(
        &mut self,
        i: usize,
        known: &Known,
    ) -> Result<(DocumentFacts, Vec<String>), Error> {
        if let Some(w) = self.writer.take() {
            let file = w.into_inner().map_err(spool_err)?;
            self.reader = Some(BufReader::new(file));
        }
        let (Some(r), Some(&start)) = (self.reader.as_mut(), self.starts.get(i)) else {
            return Err(Error::Internal(format!(
                "document {i} of a spool of {}",
                self.starts.len()
            )));
        };
        if self.merged.is_some() {
            // The names it was merged with are gone (see `merge_each`).
            return Err(Error::Internal(
                "a document read back from a spool merged already".into(),
            ));
        }
        r.seek(std::io::SeekFrom::Start(start)).map_err(spool_err)?;
        let mut d = decode_spooled(r)?;
        let notes = self.merge(&mut d, known);
        Ok((d, notes))
    }

    /// Merges one document read back with the names of those before it.
    fn merge(&mut self, d: &mut DocumentFacts, known: &Known) -> Vec<String> {
        #[cfg(test)]
        {
            self.merges += 1;
        }
        self.names.apply(d, known)
    }

    /// Reads every document back once, in order, merged as
    /// [`CorpusSpool::document`] merges it, keeps it merged for the load
    /// (the spool is then the load's [`DocumentParts`]: each pass of the
    /// load reads the part it needs, nothing is merged again), and hands it
    /// to `each` with what merging changed.
    pub fn merge_each(
        &mut self,
        known: &Known,
        each: &mut dyn FnMut(usize, DocumentFacts, Vec<String>) -> Result<(), Error>,
    ) -> Result<(), Error> {
        let mut file = match self.writer.take() {
            Some(w) => w.into_inner().map_err(spool_err)?,
            None => match self.reader.take() {
                Some(r) => r.into_inner(),
                None => return Err(Error::Internal("a spool read twice".into())),
            },
        };
        file.rewind().map_err(spool_err)?;
        let mut r = BufReader::new(file);
        let out = tempfile::tempfile().map_err(spool_err)?;
        let mut m = Merged {
            writer: Some(BufWriter::new(out)),
            reader: None,
            end: 0,
            parts: Vec::with_capacity(self.starts.len()),
            at: Vec::with_capacity(self.starts.len()),
            attribute_orders: Default::default(),
        };
        for i in 0..self.starts.len() {
            let mut d = decode_spooled(&mut r)?;
            let notes = self.merge(&mut d, known);
            m.push(i, &d)?;
            each(i, d, notes)?;
        }
        self.reader = Some(r);
        // Every document is merged: the names of the whole corpus (283,000
        // at 20,000 articles) are not held through the load and its commit.
        self.names = corpus::Names::default();
        let w = m.writer.take().ok_or_else(|| spool_err("merged twice"))?;
        m.reader = Some(BufReader::new(w.into_inner().map_err(spool_err)?));
        self.merged = Some(m);
        Ok(())
    }

    fn merged(&mut self) -> Result<&mut Merged, Error> {
        self.merged
            .as_mut()
            .ok_or_else(|| Error::Internal("a spool loaded before it was merged".into()))
    }
}

impl Merged {
    /// Keeps document `i`, merged: its record's part, then its text,
    /// entities and facts, each decoded alone when the load needs it.
    fn push(&mut self, i: usize, d: &DocumentFacts) -> Result<(), Error> {
        let w = self
            .writer
            .as_mut()
            .ok_or_else(|| spool_err("written after reading"))?;
        let mut at = [0u64; 3];
        let mut put = |slot: usize, bytes: Vec<u8>, end: &mut u64| -> Result<(), Error> {
            at[slot] = *end;
            w.write_all(&bytes).map_err(spool_err)?;
            *end += bytes.len() as u64;
            Ok(())
        };
        put(
            0,
            bincode::serialize(&d.text).map_err(spool_err)?,
            &mut self.end,
        )?;
        put(
            1,
            bincode::serialize(&d.entities).map_err(spool_err)?,
            &mut self.end,
        )?;
        put(
            2,
            bincode::serialize(&d.facts).map_err(spool_err)?,
            &mut self.end,
        )?;
        self.at.push(at);
        self.parts.push(DocPart {
            doc: d.doc.clone(),
            extracted: is_extracted(d),
            fingerprint: Fingerprint::of_document(d),
            entities: d.entities.len(),
            facts: d.facts.len(),
        });
        if !d.attribute_order.is_empty() {
            self.attribute_orders.insert(i, d.attribute_order.clone());
        }
        Ok(())
    }

    fn read<T: serde::de::DeserializeOwned>(&mut self, i: usize, slot: usize) -> Result<T, Error> {
        let (Some(r), Some(at)) = (self.reader.as_mut(), self.at.get(i)) else {
            return Err(Error::Internal(format!(
                "document {i} of a merged spool of {}",
                self.at.len()
            )));
        };
        r.seek(std::io::SeekFrom::Start(at[slot]))
            .map_err(spool_err)?;
        bincode::deserialize_from(r).map_err(spool_err)
    }
}

impl DocumentParts for CorpusSpool {
    fn parts(&self) -> &[DocPart] {
        self.merged.as_ref().map_or(&[], |m| &m.parts)
    }

    fn attribute_order(&self, i: usize) -> Vec<String> {
        self.merged
            .as_ref()
            .and_then(|m| m.attribute_orders.get(&i).cloned())
            .unwrap_or_default()
    }

    fn text(&mut self, i: usize) -> Result<Option<String>, Error> {
        self.merged()?.read(i, 0)
    }

    fn entities(
        &mut self,
        i: usize,
        each: &mut dyn FnMut(Vec<Entity>) -> Result<(), Error>,
    ) -> Result<(), Error> {
        let entities = self.merged()?.read(i, 1)?;
        each(entities)
    }

    fn facts(
        &mut self,
        i: usize,
        each: &mut dyn FnMut(Vec<Fact>) -> Result<(), Error>,
    ) -> Result<(), Error> {
        let facts = self.merged()?.read(i, 2)?;
        each(facts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;

    /// The seed article `copies` times, each copy told apart by a sentence
    /// of its own.
    fn long_text(copies: usize) -> String {
        let seed = include_str!("../../../seeds/000_c0358a9eae1db40c.txt");
        (1..=copies)
            .map(|i| format!("第{i}部分\n\n{seed}\n\n第{i}部分的编号为{i}号。\n\n"))
            .collect()
    }

    /// A long text's year, read a chunk of lines at a time, is the one
    /// reading the whole simplified text gives: the latest year in a later
    /// chunk counts, and a year's whole-year figures speak from the year
    /// after when 今年 is said in another chunk; the dateline is read from
    /// the opening lines alone.
    #[test]
    fn a_long_texts_year_read_in_chunks_is_the_whole_texts() {
        use crate::extract::dates;
        let filler = "該縣今年新建道路。\n".repeat(FIRST_PASS_CHUNK / 24);
        let late = "2023年全县接待游客186万人次，比上年增长31.5%。\n";
        for (opening, want) in [("今年县里", Some(2024)), ("这一年县里", Some(2023))] {
            let filler = filler.replace("今年", "当年");
            let text = format!(
                "标题\n\n{opening}2021年5月开工。\n{filler}{filler}计划到\n2019年完工。\n{late}{filler}"
            );
            assert!(line_chunks(&text).count() >= 3);
            assert_eq!(line_chunks(&text).collect::<String>(), text);
            let whole = dates::document_year(&simplify(&text));
            assert_eq!(document_year(&text), whole, "{opening}");
            assert_eq!(whole, want, "{opening}");
            let dated = format!("标题\n\n本报讯 2020年3月5日\n{text}");
            assert_eq!(
                dateline(&dated),
                dates::dateline(&simplify(&dated)),
                "{opening}"
            );
            assert_eq!(document_year(&dated), Some(2020));
        }
    }

    /// Spooled extraction holds one sentence's facts, or one batch, at a
    /// time (whole-document extraction holds them all), and gives back
    /// exactly the facts and entities whole-document extraction gives.
    #[test]
    fn a_spooled_text_holds_one_batch_and_gives_the_same_facts() {
        let text = long_text(6);
        let whole = extract("long.txt", &text, &Known::new()).unwrap().facts;
        let mut spooled =
            extract_spooled("long.txt", text.clone(), &Known::new(), 4 * 1024).unwrap();
        assert_eq!(spooled.head.entities, whole.entities);
        assert_eq!(spooled.head.text.as_deref(), Some(text.as_str()));
        assert_eq!(spooled.head.warnings, whole.warnings);
        assert!(spooled.head.facts.is_empty());
        spooled.merge(&Known::new());
        let mut facts = Vec::new();
        let mut batches = 0;
        while let Some(batch) = spooled.next_batch(&Known::new()).unwrap() {
            facts.extend(batch);
            batches += 1;
        }
        assert_eq!(facts, whole.facts);
        assert_eq!(spooled.facts, whole.facts.len());
        assert!(batches > 20, "{batches} batches");
        let held = spooled.most_held;
        assert!(
            held * 20 < whole.facts.len(),
            "held {held} of {} facts",
            whole.facts.len()
        );
    }

    /// A long text extracted from its decoded copy, read a piece at a
    /// time, gives what extracting the whole text in memory gives, while
    /// its sentences never hold more than a few pieces of it; its year
    /// and dateline, read from the copy, are the whole text's.
    #[test]
    fn a_text_read_from_its_copy_gives_the_whole_texts_facts() {
        use crate::extract::dates;
        let text = format!("标题\n\n本报讯 2020年3月5日\n{}", long_text(70));
        assert!(text.len() > 1 << 20);
        let whole = extract("long.txt", &text, &Known::new()).unwrap().facts;
        let copy = DecodedText::of_str(&text).unwrap();
        assert_eq!(dateline(&copy_text(&copy)), dateline(&text));
        let mut spooled = extract_spooled_text("long.txt", copy, &Known::new(), 64 * 1024).unwrap();
        assert!(spooled.head.text.is_none());
        let copy = spooled.text.as_ref().unwrap();
        let held = copy.most_held();
        assert!(
            held > 0 && held <= 256 * 1024,
            "held {held} of {}",
            text.len()
        );
        assert_eq!(document_year(Text::Long(copy)), Some(2020));
        assert_eq!(
            dates::dateline(&simplify(&text[..200])),
            dateline(Text::Long(copy))
        );
        assert_eq!(spooled.head.entities, whole.entities);
        assert_eq!(spooled.head.warnings, whole.warnings);
        spooled.merge(&Known::new());
        let mut facts = Vec::new();
        while let Some(batch) = spooled.next_batch(&Known::new()).unwrap() {
            facts.extend(batch);
        }
        assert_eq!(facts, whole.facts);
    }

    /// What the copy holds, read back whole (for the tests).
    fn copy_text(copy: &DecodedText) -> String {
        let mut s = String::new();
        copy.reader().read_to_string(&mut s).unwrap();
        s
    }

    /// Facts read back are renamed as merging the whole document renames
    /// them (北镇 is the 北镇市 the store knows).
    #[test]
    fn spooled_facts_are_merged_as_the_whole_document_is() {
        let text = "葡萄丰收\n\n北镇今年新建冷库23座。\n\n北镇葡萄种植面积16万亩。";
        let mut known = Known::new();
        known.add("北镇市", "北镇市", "city");
        let mut whole = vec![extract("b.txt", text, &known).unwrap().facts];
        corpus::merge(&mut whole, &known);
        let mut spooled = extract_spooled("b.txt", text.into(), &known, 1).unwrap();
        spooled.merge(&known);
        assert_eq!(spooled.head.entities, whole[0].entities);
        let mut facts = Vec::new();
        while let Some(batch) = spooled.next_batch(&known).unwrap() {
            facts.extend(batch);
        }
        assert!(facts.iter().any(|f| f.subject == "北镇市"), "{facts:?}");
        assert_eq!(facts, whole[0].facts);
    }

    /// Documents spooled a file at a time and read back one at a time are
    /// merged exactly as merging all of them at once merges them: 北镇 in
    /// the second file is the 北镇市 of the third, and the kind the first
    /// document gave a name holds in the others.
    #[test]
    fn a_spooled_corpus_gives_back_what_merging_all_at_once_gives() {
        let texts = [
            ("a.txt", "签约\n\n青山储能集团投资3亿元。"),
            (
                "b.txt",
                "葡萄丰收\n\n北镇今年新建冷库23座。\n\n青山储能集团投资5亿元。",
            ),
            ("c.txt", "北镇市葡萄\n\n北镇市今年葡萄种植面积16万亩。"),
        ];
        let known = Known::new();
        let mut docs: Vec<DocumentFacts> = texts
            .iter()
            .map(|(n, t)| extract(n, t, &known).unwrap().facts)
            .collect();
        for e in &mut docs[1].entities {
            if e.name == "青山储能集团" {
                e.kind = "bank".into();
            }
        }
        let mut spool = CorpusSpool::new().unwrap();
        spool.push(docs[..2].to_vec(), &known).unwrap();
        spool.push(Vec::new(), &known).unwrap();
        spool.push(docs[2..].to_vec(), &known).unwrap();
        let notes = corpus::merge(&mut docs, &known);
        assert_eq!(spool.per_file(), [2, 0, 1]);
        assert_eq!(spool.documents(), 3);
        assert_eq!(
            spool.facts,
            docs.iter().map(|d| d.facts.len()).sum::<usize>()
        );
        let mut spooled_notes = Vec::new();
        // Read back out of order, and twice: each read is the same.
        for i in [2, 0, 1, 2] {
            let (d, n) = spool.document(i, &known).unwrap();
            assert_eq!(d.doc, docs[i].doc);
            assert_eq!(d.text, docs[i].text);
            assert_eq!(d.entities, docs[i].entities);
            assert_eq!(d.facts, docs[i].facts);
            assert_eq!(d.warnings, docs[i].warnings);
            if i != 2 || spooled_notes.is_empty() {
                spooled_notes.push((i, n));
            }
        }
        spooled_notes.sort_by_key(|(i, _)| *i);
        let spooled_notes: Vec<String> = spooled_notes.into_iter().flat_map(|(_, n)| n).collect();
        assert_eq!(spooled_notes, notes);
        assert!(
            notes
                .iter()
                .any(|n| n.contains("北镇 (town) is 北镇市 (city)")),
            "{notes:?}"
        );
        assert!(notes.iter().any(|n| n.contains("not a bank")), "{notes:?}");
        assert!(spool.document(3, &known).is_err());
    }

    /// `merge_each` reads and merges each document once, giving what
    /// merging all at once gives; a load a part at a time from the spool
    /// after decodes parts, never merging again, and reports what a load
    /// of the merged documents reports.
    #[test]
    fn a_spooled_corpus_is_merged_once_for_its_checks_and_its_load() {
        let texts = [
            ("a.txt", "签约\n\n青山储能集团投资3亿元。"),
            ("b.txt", "葡萄丰收\n\n北镇今年新建冷库23座。"),
            ("c.txt", "北镇市葡萄\n\n北镇市今年葡萄种植面积16万亩。"),
        ];
        let known = Known::new();
        let mut docs: Vec<DocumentFacts> = texts
            .iter()
            .map(|(n, t)| extract(n, t, &known).unwrap().facts)
            .collect();
        let mut spool = CorpusSpool::new().unwrap();
        spool.push(docs[..1].to_vec(), &known).unwrap();
        spool.push(docs[1..].to_vec(), &known).unwrap();
        let notes = corpus::merge(&mut docs, &known);
        let mut given = Vec::new();
        let mut spooled_notes = Vec::new();
        spool
            .merge_each(&known, &mut |i, d, n| {
                assert_eq!(i, given.len());
                given.push(d);
                spooled_notes.extend(n);
                Ok(())
            })
            .unwrap();
        assert_eq!(spool.merges, 3);
        assert_eq!(spooled_notes, notes);
        // Nothing is merged again: the corpus's names are let go.
        assert!(spool.names.is_empty());
        assert!(spool.document(0, &known).is_err());
        assert_eq!(given.len(), docs.len());
        for (g, d) in given.iter().zip(&docs) {
            assert_eq!(
                (&g.doc, &g.text, &g.entities, &g.facts),
                (&d.doc, &d.text, &d.entities, &d.facts)
            );
        }
        let open = |dir: &std::path::Path| {
            let (store, _) =
                seedkb_core::store::Store::open(&dir.join("db"), &Default::default()).unwrap();
            store.initialize(&[], None).unwrap();
            store
        };
        let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let (whole, parted) = (open(a.path()), open(b.path()));
        let report = whole.load(&docs).unwrap();
        assert_eq!(parted.load_by_document(&mut spool).unwrap(), report);
        assert_eq!(spool.merges, 3);
        for d in &docs {
            for e in &d.entities {
                assert_eq!(
                    format!("{:?}", parted.known(&e.name).unwrap()),
                    format!("{:?}", whole.known(&e.name).unwrap())
                );
            }
        }
    }
}
