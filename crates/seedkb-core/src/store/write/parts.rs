//! A document written in parts: a long text whose facts come a batch at a
//! time (extracted, then read back from a spool), loaded in the same one
//! atomic write as [`Store::load`] would load it whole, and giving exactly
//! the same store. Only one batch of facts, the facts of the sentences not
//! yet indexed and the loader's overlay part are held at once; the text
//! itself is held whole (it is stored as one record).

use super::{segments_apart, LoadReport, Loader, OneOfEachName, Writer};
use crate::error::Error;
use crate::model::{DocumentFacts, Entity, Fact, Qualifiers};
use crate::store::keys::DocId;
use crate::store::search::{self, SentenceRecord};
use crate::store::{encode_fixed as encode, Store, KIND_ATTR};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// A document's text chunks as stored (`store::text::stored_chunk`), in
/// order, or why they could not be compressed.
type Zipped = (DocId, Result<Vec<Vec<u8>>, Error>);

/// The next batch of a document's facts, `None` after the last.
pub type NextFacts<'a> = &'a mut dyn FnMut() -> Result<Option<Vec<Fact>>, Error>;

#[cfg(test)]
thread_local! {
    /// The most facts of one document this thread's loads in parts held
    /// at once (a batch, and the facts of sentences not yet indexed).
    pub(crate) static HELD_FACTS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

impl Store {
    /// Loads one document given without its facts (`head`: its name, its
    /// text and every entity) whose facts `next` gives a batch at a time,
    /// in the order the whole document would list them. The same atomic
    /// write as [`Store::load`] of the whole document, with the same
    /// result; an unchanged document reads no batch.
    /// `facts`: how many facts `next` will give (the document's record
    /// counts them). `head` is taken to let its text go before the commit.
    pub fn load_in_parts(
        &self,
        head: DocumentFacts,
        facts: usize,
        next: NextFacts,
    ) -> Result<LoadReport, Error> {
        self.load_parts(head, None, facts, next)
    }

    /// [`Store::load_in_parts`] of an extracted document whose text (not
    /// in `head`) is read from `text` a piece at a time: its chunks,
    /// fingerprint and sentences come from it, and it is never held whole
    /// (issue 15). The same store as a load of `head` with its text.
    pub fn load_long_text(
        &self,
        mut head: DocumentFacts,
        text: &dyn crate::store::LongText,
        facts: usize,
        next: NextFacts,
    ) -> Result<LoadReport, Error> {
        if u32::try_from(text.len()).is_err() {
            return Err(Error::Input(format!(
                "{}: a text of {} bytes: the store keeps texts shorter than 4 GB",
                head.doc,
                text.len()
            )));
        }
        // The record says the document has a text; its chunks are written
        // from `text`.
        head.text = Some(String::new());
        self.load_parts(head, Some(text), facts, next)
    }

    fn load_parts(
        &self,
        head: DocumentFacts,
        long: Option<&dyn crate::store::LongText>,
        facts: usize,
        next: NextFacts,
    ) -> Result<LoadReport, Error> {
        let _turn = self.write_turn()?;
        let mut loader = Loader::new(self);
        // Parts smaller than a load's of many documents: one document's
        // index entries fall close together, and at 14 MB of text 4 MB
        // parts took less time than 64 MB ones and a third of the memory.
        loader.txn.limit = loader.txn.limit.min(DOCUMENT_PART_BYTES);
        let mut report = LoadReport::default();
        let written = (|| {
            let begun = match long {
                None => loader.begin_doc_of(&head, facts, &mut report)?,
                Some(text) => {
                    let fp = Fingerprint::of_long_text(&head.doc, text)?;
                    let extracted = crate::store::is_extracted(&head);
                    let entities = head.entities.len();
                    loader.begin_doc_as(&head, Some(fp), extracted, entities, facts, &mut report)?
                }
            };
            let Some(id) = begun else {
                return Ok(false);
            };
            if let Some(text) = long {
                loader.put_long_text(id, text)?;
            }
            loader.spill_if_full()?;
            loader.doc_entities(&head, id, &mut report)?;
            let sentences = match long {
                Some(text) => crate::text::sentences_from(text.open()?),
                None => crate::text::sentences(head.text.as_deref().unwrap_or("")),
            };
            let given = loader.facts_in_parts(&head, id, sentences, next, &mut report)?;
            if given != facts {
                return Err(Error::Internal(format!(
                    "{}: {facts} facts announced, {given} given",
                    head.doc
                )));
            }
            Ok::<bool, Error>(true)
        })();
        // Its record and sentences are written: the text is not held
        // through the commit too (whose flush copies the record once more:
        // text held three times at once was a 50 MB text's peak).
        drop(head);
        // Unchanged: nothing was written, nothing to commit.
        if let Ok(false) = written {
            return Ok(report);
        }
        self.end_load(loader, written.map(drop), &mut report)?;
        Ok(report)
    }
}

/// What a load by documents knows of a document before it reads its
/// entities and facts: enough for its record.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DocPart {
    pub doc: String,
    /// As [`is_extracted`](crate::store::is_extracted) says of the whole document.
    pub extracted: bool,
    /// The whole document's fingerprint (see [`Fingerprint`]).
    pub fingerprint: u64,
    pub entities: usize,
    pub facts: usize,
}

/// A batch of a document's entities or facts is handed to this.
pub type Each<'a, T> = &'a mut dyn FnMut(Vec<T>) -> Result<(), Error>;

/// The documents of a load read back a part at a time (a dump spooled by
/// its reader): only two documents' texts (the next one's is read ahead,
/// to be segmented) and one batch of entities or facts need be held at
/// once. Documents are asked for in any order.
pub trait DocumentParts {
    /// The documents, in the order [`Store::load`] would take them.
    fn parts(&self) -> &[DocPart];
    /// The attribute order of document `i` (see
    /// [`DocumentFacts::attribute_order`]: a dump gives it to its first).
    fn attribute_order(&self, i: usize) -> Vec<String>;
    fn text(&mut self, i: usize) -> Result<Option<String>, Error>;
    /// The entities of document `i`, in order, a batch at a time.
    fn entities(&mut self, i: usize, each: Each<Entity>) -> Result<(), Error>;
    /// The facts of document `i`, in order, a batch at a time. A document
    /// with a text takes them in one batch (its sentence index is built
    /// from all of them).
    fn facts(&mut self, i: usize, each: Each<Fact>) -> Result<(), Error>;
    /// Document `i`'s facts will be asked for soon, after those of the
    /// documents hinted before it: a source may read them on another
    /// thread meanwhile. Nothing by default.
    fn read_ahead(&mut self, _i: usize) {}
    /// The load is done with document `i`'s facts, taken in one batch: a
    /// source may let them go on the thread that made them. Dropped here
    /// by default.
    fn written(&mut self, _i: usize, _facts: Vec<Fact>) {}
    /// Document `i` is in the store already, unchanged: none of its
    /// entities or facts will be asked for. Nothing by default.
    fn unchanged(&mut self, _i: usize) {}
    /// Where the checks found the quotes of document `i`'s facts in its
    /// text, if they kept it (asked for once, after its facts): the load
    /// looks up the others.
    fn quotes_at(&mut self, _i: usize) -> Option<search::QuotesAt> {
        None
    }
    /// Document `i`'s fingerprint, if it is known yet (with `wait`, once
    /// it is: its check may still be running); the part's by default.
    fn fingerprint(&mut self, i: usize, _wait: bool) -> Result<Option<u64>, Error> {
        Ok(Some(self.parts()[i].fingerprint))
    }
    /// Waits until every document is checked: what the checks found, as
    /// the error that fails the load before it commits. Nothing to wait
    /// for by default (the documents were checked before the load).
    fn checked(&mut self) -> Result<(), Error> {
        Ok(())
    }
}

#[cfg(test)]
thread_local! {
    /// The most entities or facts a load by documents held at once.
    pub(crate) static HELD_DOC_FACTS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

impl Store {
    /// [`Store::load`] of documents read a part at a time: the same one
    /// atomic write (every document's old version out, then every entity,
    /// then every fact), with the same result, holding two documents' texts
    /// and one batch of entities or facts at once, never the input.
    pub fn load_by_document(&self, docs: &mut dyn DocumentParts) -> Result<LoadReport, Error> {
        let _turn = self.write_turn()?;
        // The parts are applied on a thread of this scope (see `Writer`),
        // gone before the load returns.
        std::thread::scope(|scope| {
            let mut loader = Loader::new(self);
            loader.txn.writer = Writer::spawn(scope)?;
            // The overlay is most of such a load's memory: at a million facts,
            // 16 MB parts peaked at 356 MB and 64 MB ones at 558 MB, for the
            // same CPU time.
            loader.txn.limit = loader.txn.limit.min(BY_DOCUMENT_PART_BYTES);
            let mut report = LoadReport::default();
            let parts = docs.parts().to_vec();
            let mut names = OneOfEachName::default();
            for p in &parts {
                names.admit(&p.doc, p.extracted)?;
            }
            let passes = (|| {
                let mut ids = Vec::with_capacity(parts.len());
                // New documents whose fingerprints were not known yet in
                // this pass (their checks run alongside), and whether each
                // has a text: their records are written once every check
                // is done (nothing reads them before; written with a
                // placeholder and again, they had been 7,130 more puts in
                // a 1M-fact load).
                let mut unprinted = Vec::new();
                // Each text's sentences are noted for quotes (split and hashed:
                // a twentieth of this thread's work in a dump's load) on a
                // thread of their own while this one writes the records and
                // texts; the tables are kept, in order, once all are made.
                // That thread also compresses each text's chunks (zstd on
                // this thread had been a twentieth of its work), which come
                // back to be written here: at most the texts in flight (the
                // channel's four and the one being noted) wait, as this
                // thread takes them after each document.
                let noted_before = loader.noted_len;
                let noted = std::thread::scope(|scope| {
                    let (texts, to_note) = std::sync::mpsc::sync_channel::<(DocId, String)>(4);
                    let (zipped_tx, zipped) = std::sync::mpsc::channel::<Zipped>();
                    let noting = std::thread::Builder::new()
                        .name("seedkb-quotes".into())
                        .spawn_scoped(scope, move || {
                            let mut noted = noted_before;
                            let mut held = 0;
                            let mut made = Vec::new();
                            for (id, text) in to_note {
                                let chunks = crate::store::text::chunks(&text)
                                    .map(|(_, c)| crate::store::text::stored_chunk(c))
                                    .collect::<Result<Vec<_>, Error>>();
                                if zipped_tx.send((id, chunks)).is_err() {
                                    break;
                                }
                                if let Some((q, split)) =
                                    super::spans_to_note_split(id, &text, noted)
                                {
                                    noted += q.len();
                                    // Kept up to a bound (the noted tables
                                    // count distinct sentences only).
                                    let split = split.filter(|s| {
                                        held += s.held_bytes();
                                        held <= SPLITS_KEPT
                                    });
                                    made.push((id, q, split));
                                }
                            }
                            made
                        })
                        .map_err(|e| Error::Storage(format!("no thread to note quotes: {e}")))?;
                    for (i, p) in parts.iter().enumerate() {
                        let text = docs.text(i)?;
                        // The record says the document has a text; its
                        // chunks come back compressed from the noting thread.
                        let head = DocumentFacts {
                            doc: p.doc.clone(),
                            text: text.as_ref().map(|_| String::new()),
                            ..Default::default()
                        };
                        // A document in the store already is compared by
                        // its fingerprint: that waits for its check.
                        let fp = match docs.fingerprint(i, false)? {
                            Some(fp) => Some(fp),
                            None if loader.doc_record(&p.doc, p.extracted)?.is_some() => {
                                docs.fingerprint(i, true)?
                            }
                            None => None,
                        };
                        // The same text read again (another `--published`
                        // date) replaces its facts, but no other text took
                        // the name: the load is not told one did. Read only
                        // for a document whose fingerprint changed.
                        let again = match (&text, fp) {
                            (Some(t), Some(fp)) => match loader.doc_record(&p.doc, p.extracted)? {
                                Some(d) if d.fingerprint != fp => {
                                    self.with_text(d)?.text.as_deref() == Some(t.as_str())
                                }
                                _ => false,
                            },
                            _ => false,
                        };
                        let id = loader.begin_doc_as(
                            &head,
                            fp,
                            p.extracted,
                            p.entities,
                            p.facts,
                            &mut report,
                        )?;
                        if again
                            && report
                                .replaced_docs
                                .last()
                                .is_some_and(|(n, _)| *n == p.doc)
                        {
                            report.replaced_docs.pop();
                        }
                        if let (Some(id), None) = (id, fp) {
                            unprinted.push((i, id, head.text.is_some()));
                        }
                        if id.is_none() {
                            docs.unchanged(i);
                        }
                        if let (Some(id), Some(text)) = (id, text) {
                            texts.send((id, text)).map_err(|_| {
                                Error::Internal("the thread noting quotes stopped".into())
                            })?;
                        }
                        ids.push(id);
                        while let Ok(z) = zipped.try_recv() {
                            loader.put_text_chunks(z)?;
                        }
                        loader.spill_if_full()?;
                    }
                    drop(texts);
                    // A panic while noting is the loader's.
                    let made = noting
                        .join()
                        .unwrap_or_else(|p| std::panic::resume_unwind(p));
                    // The thread is done: every text it took came back.
                    for z in zipped.try_iter() {
                        loader.put_text_chunks(z)?;
                    }
                    Ok::<_, Error>(made)
                })?;
                // Each text's sentences as the noting split them, for its
                // segmenting (the same sentences, not split again).
                crate::store::kv::trace("pass 1 (records, texts, quotes noted)");
                let mut splits = std::collections::HashMap::new();
                for (id, quotes, split) in noted {
                    loader.keep_noted(id, quotes);
                    if let Some(split) = split {
                        splits.insert(id, split);
                    }
                }
                for (i, (p, id)) in parts.iter().zip(&ids).enumerate() {
                    let Some(id) = *id else { continue };
                    // Its entities' quotes may be ranges of its text (noted
                    // by the first pass, or read again).
                    if !loader.quotes_noted(id) {
                        let text = docs.text(i)?;
                        loader.quotes_of(id, text.as_deref());
                    }
                    docs.entities(i, &mut |entities| {
                        #[cfg(test)]
                        HELD_DOC_FACTS.with(|h| h.set(h.get().max(entities.len())));
                        let batch = DocumentFacts {
                            doc: p.doc.clone(),
                            entities,
                            ..Default::default()
                        };
                        loader.doc_entities(&batch, id, &mut report)
                    })?;
                    // As `load` registers each document's attribute order.
                    for a in docs.attribute_order(i) {
                        loader.attr(&a)?;
                    }
                }
                crate::store::kv::trace("pass 2 (entities)");
                // The documents' texts are split into sentences on a
                // thread of their own, the next document's while this one's
                // facts are written: a thread per document, joined before its
                // sentences were written, had kept the loader waiting for it
                // (to be started, to get a core) at every document.
                let todo: Vec<(usize, DocId)> = ids
                    .iter()
                    .enumerate()
                    .filter_map(|(i, id)| id.map(|id| (i, id)))
                    .collect();
                std::thread::scope(|scope| -> Result<(), Error> {
                    let (texts, to_segment) =
                        std::sync::mpsc::sync_channel::<(String, Option<search::Split>)>(2);
                    let (done, segmented) = std::sync::mpsc::sync_channel(2);
                    let segmenter = std::thread::Builder::new()
                        .name("seedkb-segment".into())
                        .spawn_scoped(scope, move || {
                            for (text, split) in to_segment {
                                let segmented = match split {
                                    Some(split) => search::segment_split(&text, split),
                                    None => search::segment(&text),
                                };
                                // The loader gone: it failed, and said why.
                                if done.send(segmented).is_err() {
                                    break;
                                }
                            }
                        })
                        .map_err(|e| Error::Storage(format!("no thread to segment texts: {e}")))?;
                    // A text handed to the segmenter, with its sentences if
                    // they were split already; whether it was.
                    let send =
                        |text: &Option<String>,
                         split: Option<search::Split>|
                         -> Result<bool, Error> {
                            match text.as_deref().filter(|t| segments_apart(t)) {
                                Some(t) => {
                                    texts.send((t.to_string(), split)).map(|()| true).map_err(
                                        |_| Error::Internal("the segmenting thread stopped".into()),
                                    )
                                }
                                None => Ok(false),
                            }
                        };
                    // The `k`th document's text, read and handed to the
                    // segmenter (whether it was), or `None` past the last.
                    let mut read =
                        |docs: &mut dyn DocumentParts,
                         k: usize|
                         -> Result<Option<(Option<String>, bool)>, Error> {
                            let Some(&(i, id)) = todo.get(k) else {
                                return Ok(None);
                            };
                            let text = docs.text(i)?;
                            let sent = send(&text, splits.remove(&id))?;
                            docs.read_ahead(i);
                            Ok(Some((text, sent)))
                        };
                    // The next document's text, read and handed on already.
                    let mut next = read(docs, 0)?;
                    for (k, &(i, id)) in todo.iter().enumerate() {
                        let p = &parts[i];
                        let (text, sent) = next
                            .take()
                            .ok_or_else(|| Error::Internal("a document's text not read".into()))?;
                        next = read(docs, k + 1)?;
                        let mut whole = DocumentFacts {
                            doc: p.doc.clone(),
                            text,
                            ..Default::default()
                        };
                        loader.attr(KIND_ATTR)?;
                        docs.facts(i, &mut |facts| {
                            #[cfg(test)]
                            HELD_DOC_FACTS.with(|h| h.set(h.get().max(facts.len())));
                            if whole.text.is_some() {
                                // Most come in one batch: taken as it is,
                                // not moved a fact at a time (a copy of
                                // every fact on the loader's thread).
                                if whole.facts.is_empty() {
                                    whole.facts = facts;
                                } else {
                                    whole.facts.extend(facts);
                                }
                                return Ok(());
                            }
                            for fact in &facts {
                                match loader.write_fact(&p.doc, fact, id)? {
                                    Some(_) => report.facts += 1,
                                    None => report.superseded += 1,
                                }
                                loader.spill_if_full()?;
                            }
                            Ok(())
                        })?;
                        let ready = match sent {
                            true => Some(segmented.recv().map_err(|_| {
                                Error::Internal("the segmenting thread stopped".into())
                            })?),
                            false => None,
                        };
                        if whole.text.is_some() {
                            let found = docs.quotes_at(i);
                            loader.doc_facts_segmented(&whole, id, ready, found, &mut report)?;
                            docs.written(i, std::mem::take(&mut whole.facts));
                        } else {
                            loader.forget_quotes(id);
                            report.documents_loaded += 1;
                        }
                    }
                    drop(texts);
                    // A panic while segmenting is the loader's.
                    segmenter
                        .join()
                        .unwrap_or_else(|p| std::panic::resume_unwind(p));
                    Ok(())
                })?;
                crate::store::kv::trace("pass 3 (facts, sentences)");
                Ok::<_, Error>(unprinted)
            })();
            // Nothing is committed before every document is checked, and
            // what the checks found fails the load whatever the passes did
            // (they may have failed on what was wrong).
            let passes = match (docs.checked(), passes) {
                (Err(e), _) | (Ok(()), Err(e)) => Err(e),
                (Ok(()), Ok(unprinted)) => {
                    crate::store::kv::trace("every document checked");
                    unprinted.into_iter().try_for_each(|(i, id, has_text)| {
                        let p = &parts[i];
                        let fp = docs
                            .fingerprint(i, true)?
                            .ok_or_else(|| Error::Internal(format!("{}: no fingerprint", p.doc)))?;
                        // As `begin_doc_as` writes a record it knows the
                        // fingerprint of.
                        loader.put_doc_record(&super::DocRecordOf {
                            id,
                            name: &p.doc,
                            text: has_text.then_some(""),
                            fingerprint: fp,
                            entities: p.entities as u64,
                            facts: p.facts as u64,
                            extracted: p.extracted,
                        });
                        loader.spill_if_full()
                    })
                }
            };
            self.end_load(loader, passes, &mut report)?;
            Ok(report)
        })
    }
}

/// A document's fingerprint (as `load` computes it from the whole
/// document) computed from its entities and facts as they come: the
/// bytes hashed are those of the whole document's encoding, piece by piece.
pub struct Fingerprint {
    hash: u64,
    facts: usize,
    /// The encoded (index, qualifiers) of the facts whose qualifiers are
    /// not the default: hashed after every fact.
    qualified: Vec<u8>,
    qualified_count: u64,
}

impl Fingerprint {
    /// Starts a document of `entities` entities and `facts` facts.
    pub fn new(doc: &str, text: Option<&str>, entities: usize) -> Self {
        let mut f = Fingerprint::new_empty();
        let _ = bincode::serialize_into(&mut f, &(doc, text, entities as u64));
        f
    }

    /// The fingerprint `load` gives the whole document `d`.
    pub fn of_document(d: &DocumentFacts) -> u64 {
        super::fingerprint(d)
    }

    /// An extracted document with a text is known by its text alone.
    /// Hashed as it encodes, not from a copy: a long text is held once.
    pub fn of_extracted(doc: &str, text: &str) -> u64 {
        let mut f = Fingerprint::new_empty();
        // Writing to a hash cannot fail.
        let _ = bincode::serialize_into(&mut f, &(doc, Some(text), "extracted"));
        f.hash
    }

    /// [`Fingerprint::of_extracted`] of a text read a piece at a time:
    /// the same hash, the text never held (issue 15).
    pub fn of_long_text(doc: &str, text: &dyn crate::store::LongText) -> Result<u64, Error> {
        use std::io::Read;
        let mut f = Fingerprint::new_empty();
        // Writing to a hash cannot fail.
        let _ = bincode::serialize_into(&mut f, doc);
        // `Some(text)` encodes as a tag, the length, then the bytes.
        f.add(&[1]);
        f.add(&text.len().to_le_bytes());
        let mut r = text.open()?;
        let mut piece = vec![0u8; 64 * 1024];
        let mut read = 0u64;
        loop {
            let n = match r.read(&mut piece) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(crate::store::long_text_error(&e)),
            };
            f.add(&piece[..n]);
            read += n as u64;
        }
        if read != text.len() {
            return Err(Error::Internal(format!(
                "{doc}: a text of {} bytes read as {read}",
                text.len()
            )));
        }
        let _ = bincode::serialize_into(&mut f, "extracted");
        Ok(f.hash)
    }

    fn new_empty() -> Self {
        Fingerprint {
            hash: FNV_START,
            facts: 0,
            qualified: Vec::new(),
            qualified_count: 0,
        }
    }

    fn add(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.hash ^= u64::from(*b);
            self.hash = self.hash.wrapping_mul(0x0100_0000_01b3);
        }
    }

    /// Hashed as it encodes (the same bytes as `encode`), not from a
    /// copy: one allocation less per entity and per fact.
    pub fn entity(&mut self, e: &Entity) {
        // Writing to a hash cannot fail.
        let _ = bincode::serialize_into(&mut *self, e);
    }

    /// After the last entity: the document has `facts` facts.
    pub fn start_facts(&mut self, facts: usize) {
        self.add(&(facts as u64).to_le_bytes());
    }

    pub fn fact(&mut self, f: &Fact) {
        let _ =
            bincode::serialize_into(&mut *self, &(&f.subject, &f.attribute, &f.value, &f.source));
        self.qualifiers(&f.qualifiers);
    }

    /// [`Fingerprint::fact`] of a fact given as the bincode of its
    /// subject, attribute, value and source (`head`, as a spool holds it:
    /// the bytes `fact` hashes), and its qualifiers.
    pub fn fact_bytes(&mut self, head: &[u8], qualifiers: &Qualifiers) {
        self.add(head);
        self.qualifiers(qualifiers);
    }

    fn qualifiers(&mut self, qualifiers: &Qualifiers) {
        if !qualifiers.is_default() {
            self.qualified
                .extend(encode(&(self.facts as u64, qualifiers)));
            // Apart, after the layout fingerprints hashed before periods.
            if let Some(p) = &qualifiers.period {
                self.qualified.extend(encode(p));
            }
            self.qualified_count += 1;
        }
        self.facts += 1;
    }

    pub fn finish(mut self) -> u64 {
        if self.qualified_count > 0 {
            let q = std::mem::take(&mut self.qualified);
            self.add(&encode(&self.qualified_count));
            self.add(&q);
        }
        self.hash
    }
}

const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

impl std::io::Write for Fingerprint {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.add(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The most bytes of sentences split (`search::Split`: ~8 bytes a
/// sentence) a load by documents keeps from noting its texts' quotes to
/// segmenting them (a million generated facts are ~180K sentences); a
/// text past it is split again.
const SPLITS_KEPT: usize = 16 << 20;

/// The overlay part size of a load by documents (see `PART_BYTES`); the
/// commit's merge batches follow it (`MERGE_BATCH`). Generated corpora of
/// 2,000 / 20,000 articles peaked at 307 / 552 MB with 16 MB parts, 251 /
/// 502 MB with 8 MB ones, for the same CPU time (10.7 / 186 s vs 10.8 /
/// 179 s; issue 15).
const BY_DOCUMENT_PART_BYTES: usize = 8 << 20;

/// The `i`th document of a load a document at a time, whole: text,
/// entities and facts.
pub type DocumentOf<'a> = &'a mut dyn FnMut(usize) -> Result<DocumentFacts, Error>;

impl Store {
    /// [`Store::load`] of `count` documents that `doc_of(i)` gives one at
    /// a time, as often as asked (up to three times for a changed
    /// document: its record, its entities, its facts): a load of many
    /// texts holds one document, text included, not all of them. The same
    /// one atomic write, with the same result and the same refusal of two
    /// documents of one name (before anything is committed).
    pub fn load_each(&self, count: usize, doc_of: DocumentOf) -> Result<LoadReport, Error> {
        let _turn = self.write_turn()?;
        let mut loader = Loader::new(self);
        let mut report = LoadReport::default();
        // Names are checked as the first pass reads each document, in
        // order (there is no slice to look at beforehand); a refusal rolls
        // back. The later passes ask again for documents already seen.
        let mut names = OneOfEachName::default();
        let mut seen = 0;
        let passes = loader.three_passes(
            count,
            &mut |i| {
                let doc = doc_of(i)?;
                if i == seen {
                    names.admit(&doc.doc, super::is_extracted(&doc))?;
                    seen += 1;
                }
                Ok(Cow::Owned(doc))
            },
            &mut report,
        );
        self.end_load(loader, passes, &mut report)?;
        Ok(report)
    }
}

/// The overlay part size of a load in parts (see `PART_BYTES`).
const DOCUMENT_PART_BYTES: usize = 4 << 20;

impl Loader<'_, '_> {
    /// `doc_facts` for facts given in batches: each fact as `doc_facts`
    /// writes it, and the sentences indexed as soon as no later fact can
    /// come from them (facts come in sentence order). Returns how many
    /// facts there were.
    fn facts_in_parts(
        &mut self,
        doc: &DocumentFacts,
        id: DocId,
        mut split: crate::text::Sentences,
        next: NextFacts,
        report: &mut LoadReport,
    ) -> Result<usize, Error> {
        self.attr(KIND_ATTR)?;
        let mut sentences = split.by_ref().peekable();
        // Sentences before this one are indexed; the eavt keys of the
        // facts of the others, by sentence.
        let mut indexed = 0usize;
        let mut pending: BTreeMap<u32, Vec<Vec<u8>>> = BTreeMap::new();
        let mut count = 0;
        while let Some(batch) = next()? {
            #[cfg(test)]
            HELD_FACTS.with(|h| {
                let held = batch.len() + pending.values().map(Vec::len).sum::<usize>();
                h.set(h.get().max(held));
            });
            let mut last = None;
            for fact in &batch {
                count += 1;
                if let Some(key) = self.write_fact(&doc.doc, fact, id)? {
                    if doc.text.is_some() {
                        // Extracted facts say their sentence; a quote to
                        // look up in the text would need it all at once.
                        let Some(at) = fact.source.at else {
                            return Err(Error::Internal(format!(
                                "{}: a fact loaded in parts has no sentence",
                                doc.doc
                            )));
                        };
                        if (at.sentence as usize) < indexed {
                            return Err(Error::Internal(format!(
                                "{}: facts loaded in parts out of sentence order",
                                doc.doc
                            )));
                        }
                        let keys = pending.entry(at.sentence).or_default();
                        if !keys.contains(&key) {
                            keys.push(key);
                        }
                        last = Some(at.sentence as usize);
                    }
                    report.facts += 1;
                } else {
                    report.superseded += 1;
                }
                self.spill_if_full()?;
            }
            // The last sentence of the batch may have more facts in the next.
            if let Some(last) = last {
                self.index_until(id, &mut sentences, &mut indexed, last, &mut pending)?;
            }
        }
        self.index_until(id, &mut sentences, &mut indexed, usize::MAX, &mut pending)?;
        drop(sentences);
        if let Some(e) = split.error() {
            return Err(crate::store::long_text_error(&e));
        }
        report.documents_loaded += 1;
        Ok(count)
    }

    /// Writes a document's text chunks compressed elsewhere (the noting
    /// thread of [`Store::load_by_document`]), in their order.
    fn put_text_chunks(&mut self, (id, chunks): Zipped) -> Result<(), Error> {
        for (i, chunk) in (0u32..).zip(chunks?) {
            self.put_text_chunk(id, i, chunk)?;
        }
        Ok(())
    }

    /// Writes chunk `i` of document `id`'s text as stored
    /// (`store::text::stored_chunk`); a long text goes to the engine as it
    /// is written.
    pub(super) fn put_text_chunk(
        &mut self,
        id: DocId,
        i: u32,
        stored: Vec<u8>,
    ) -> Result<(), Error> {
        self.txn.put(
            crate::store::kv::Space::Dict,
            crate::store::keys::doc_text_chunk(id, i),
            stored,
        );
        self.spill_if_full()
    }

    /// Writes the chunks of a long text as it is read (`store::text`),
    /// and notes its sentences for quotes (`QuoteSpans`).
    fn put_long_text(&mut self, id: DocId, text: &dyn crate::store::LongText) -> Result<(), Error> {
        use std::io::Read;
        let mut r = text.open()?;
        let mut chunk = vec![0u8; crate::store::text::CHUNK_BYTES];
        let mut i = 0u32;
        loop {
            // A chunk is filled up: chunks are cut by length, as `chunks` cuts.
            let mut filled = 0;
            while filled < chunk.len() {
                match r.read(&mut chunk[filled..]) {
                    Ok(0) => break,
                    Ok(n) => filled += n,
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                    Err(e) => return Err(crate::store::long_text_error(&e)),
                }
            }
            if filled == 0 {
                break;
            }
            self.put_text_chunk(id, i, crate::store::text::stored_chunk(&chunk[..filled])?)?;
            i += 1;
        }
        let mut sentences = crate::text::sentences_from(text.open()?);
        self.quotes_anew(id).add_sentences(id, &mut sentences);
        match sentences.error() {
            Some(e) => Err(crate::store::long_text_error(&e)),
            None => Ok(()),
        }
    }

    /// Writes the index records of sentences `indexed..until`, as
    /// `index_sentences` would (see `search::build`).
    fn index_until(
        &mut self,
        doc: DocId,
        sentences: &mut std::iter::Peekable<&mut crate::text::Sentences>,
        indexed: &mut usize,
        until: usize,
        pending: &mut BTreeMap<u32, Vec<Vec<u8>>>,
    ) -> Result<(), Error> {
        while let Some(s) = sentences.next_if(|s| (s.index as usize) < until) {
            let rec = SentenceRecord {
                index: s.index,
                start: s.start as u32,
                end: s.end as u32,
                text: s.text.clone(),
                facts: pending.remove(&s.index).unwrap_or_default(),
            };
            self.put_sentence(doc, &rec)?;
            *indexed = s.index as usize + 1;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::HELD_FACTS;
    use crate::model::{
        Bound, DocumentFacts, Entity, Fact, Location, Num, Quantity, Source, Unit, Value,
    };
    use crate::store::{encode_fixed as encode, DocRecord, Store};
    use std::cell::Cell;

    /// Hashing a document as it encodes gives the hash of its encoding
    /// (what stored fingerprints were computed from).
    #[test]
    fn fingerprints_hashed_as_encoded_are_those_of_the_encoding() {
        let text = "某某项目总投资超2.4亿元。\n".repeat(50);
        assert_eq!(
            super::Fingerprint::of_extracted("a.txt", &text),
            crate::util::fnv1a(encode(&("a.txt", Some(text.as_str()), "extracted")))
        );
        for t in [None, Some(text.as_str())] {
            let mut f = super::Fingerprint::new("b.txt", t, 3);
            f.start_facts(0);
            let mut want = super::Fingerprint::new_empty();
            want.add(&encode(&("b.txt", t, 3u64)));
            want.start_facts(0);
            assert_eq!(f.finish(), want.finish());
        }
    }

    /// A text of `n` sentences, each with two facts about one of three
    /// companies, as extraction gives them (every fact says its sentence).
    pub(super) fn long_doc(n: u32) -> DocumentFacts {
        let names = ["甲公司", "乙公司", "丙公司"];
        let mut text = String::from("标题\n\n");
        let mut facts = Vec::new();
        for i in 0..n {
            let start = text.len() as u32;
            let sentence = format!(
                "{}投资{}亿元，用地{}亩。",
                names[i as usize % 3],
                i + 1,
                i + 7
            );
            text.push_str(&sentence);
            text.push('\n');
            let at = Location {
                sentence: i + 1,
                start,
                end: start + sentence.len() as u32,
                value_start: start,
                value_end: start,
            };
            for (attr, v) in [("investment", i + 1), ("area", i + 7)] {
                facts.push(Fact {
                    subject: names[i as usize % 3].into(),
                    attribute: attr.into(),
                    value: Value::Quantity(Quantity {
                        value: Num(i128::from(v) * 100),
                        upper: None,
                        unit: Unit::Cny,
                        bound: Bound::Exact,
                        text: format!("{v}亿元"),
                    }),
                    source: Source {
                        doc: "long.txt".into(),
                        quote: sentence.clone(),
                        extracted: true,
                        at: Some(at),
                        background: None,
                    },
                    qualifiers: Default::default(),
                });
            }
        }
        let entity = |name: &str| Entity {
            name: name.into(),
            kind: if name == "long.txt" {
                "document"
            } else {
                "enterprise"
            }
            .into(),
            aliases: Vec::new(),
            source: Source {
                doc: "long.txt".into(),
                quote: "标题".into(),
                extracted: true,
                at: None,
                background: None,
            },
            alias_background: Vec::new(),
        };
        DocumentFacts {
            doc: "long.txt".into(),
            text: Some(text),
            entities: ["long.txt", "甲公司", "乙公司", "丙公司"]
                .into_iter()
                .map(entity)
                .collect(),
            facts,
            ..Default::default()
        }
    }

    #[test]
    fn a_borrowed_document_record_encodes_as_the_record() {
        let rec = DocRecord {
            id: 7,
            name: "长文.txt".into(),
            text: Some("标题\n\n正文。".into()),
            fingerprint: 42,
            entities: 3,
            facts: 9,
            extracted: true,
        };
        let of = crate::store::write::DocRecordOf {
            id: rec.id,
            name: &rec.name,
            text: rec.text.as_deref(),
            fingerprint: rec.fingerprint,
            entities: rec.entities,
            facts: rec.facts,
            extracted: rec.extracted,
        };
        assert_eq!(encode(&of), encode(&rec));
    }

    pub(super) use crate::store::write::tests::entries;

    pub(super) fn fresh() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let (store, _) = Store::open(&dir.path().join("db"), &Default::default()).unwrap();
        store.initialize(&[], None).unwrap();
        (dir, store)
    }

    /// Loads `doc` in parts of `batch` facts.
    fn in_parts(store: &Store, doc: &DocumentFacts, batch: usize) -> crate::store::LoadReport {
        let head = DocumentFacts {
            facts: Vec::new(),
            ..doc.clone()
        };
        let mut rest = doc.facts.chunks(batch);
        HELD_FACTS.with(|h| h.set(0));
        store
            .load_in_parts(head, doc.facts.len(), &mut || {
                Ok(rest.next().map(<[Fact]>::to_vec))
            })
            .unwrap()
    }

    /// A document written in parts holds one batch of facts (and those of
    /// one sentence) at a time, and stores exactly what a load of the
    /// whole document stores; reloading it unchanged changes nothing.
    #[test]
    fn a_document_in_parts_holds_one_batch_and_stores_the_same() {
        let doc = long_doc(400);
        let (_a, whole) = fresh();
        let report = whole.load(std::slice::from_ref(&doc)).unwrap();
        let (_b, parted) = fresh();
        let parted_report = in_parts(&parted, &doc, 25);
        assert_eq!(report, parted_report);
        let held = HELD_FACTS.with(Cell::get);
        assert!(held <= 25 + 2, "held {held} facts of {}", doc.facts.len());
        assert_eq!(entries(&whole), entries(&parted));
        let before = entries(&parted);
        let again = in_parts(&parted, &doc, 25);
        assert_eq!(again.documents_unchanged, 1);
        assert_eq!(again.documents_loaded, 0);
        assert_eq!(entries(&parted), before);
        // A changed text replaces the document, in parts as at once.
        let mut changed = long_doc(300);
        changed.facts.pop();
        whole.load(std::slice::from_ref(&changed)).unwrap();
        in_parts(&parted, &changed, 7);
        assert_eq!(entries(&whole), entries(&parted));
    }

    /// A text given to the store as a reader (a long text's decoded copy)
    /// is stored as the same text given whole is, with the same
    /// fingerprint (reloading either, unchanged, changes nothing), its
    /// chunks and sentences written as it is read.
    #[test]
    fn a_long_text_read_in_pieces_stores_what_the_whole_text_stores() {
        struct Given(String);
        impl crate::store::LongText for Given {
            fn len(&self) -> u64 {
                self.0.len() as u64
            }
            fn open(&self) -> Result<Box<dyn std::io::Read + '_>, crate::error::Error> {
                // Odd-sized reads: chunks and sentences cross them.
                Ok(Box::new(std::io::BufReader::with_capacity(
                    999,
                    self.0.as_bytes(),
                )))
            }
        }
        let doc = long_doc(2000);
        let text = Given(doc.text.clone().unwrap());
        assert!(text.0.len() > 2 * crate::store::text::CHUNK_BYTES);
        assert_eq!(
            super::Fingerprint::of_long_text(&doc.doc, &text).unwrap(),
            super::Fingerprint::of_extracted(&doc.doc, &text.0)
        );
        let (_a, whole) = fresh();
        let report = whole.load(std::slice::from_ref(&doc)).unwrap();
        let (_b, parted) = fresh();
        let long = |store: &Store| {
            let head = DocumentFacts {
                facts: Vec::new(),
                text: None,
                ..doc.clone()
            };
            let mut rest = doc.facts.chunks(30);
            store
                .load_long_text(head, &text, doc.facts.len(), &mut || {
                    Ok(rest.next().map(<[Fact]>::to_vec))
                })
                .unwrap()
        };
        assert_eq!(long(&parted), report);
        assert_eq!(entries(&whole), entries(&parted));
        let again = long(&parted);
        assert_eq!((again.documents_unchanged, again.documents_loaded), (1, 0));
        assert_eq!(entries(&whole), entries(&parted));
    }

    /// A long text's small parts are merged into blocks at commit as a
    /// stream: one block being built and a batch of block writes in
    /// proportion to the parts (slices of 256K entries had been a third of
    /// a 14 MB text's peak, and the slices grew with the load), and store
    /// the same.
    #[test]
    fn a_document_in_parts_merges_its_index_in_small_slices() {
        use super::super::tests::{MOST_MERGED, PART_LIMIT};
        use crate::store::packed::{MOST_STREAMED, TARGET_BYTES};
        let doc = long_doc(600);
        let (_a, whole) = fresh();
        whole.load(std::slice::from_ref(&doc)).unwrap();
        let (_b, parted) = fresh();
        PART_LIMIT.with(|l| l.set(Some(16 * 1024)));
        MOST_MERGED.with(|m| m.set(0));
        MOST_STREAMED.with(|m| m.set((0, 0)));
        in_parts(&parted, &doc, 50);
        PART_LIMIT.with(|l| l.set(None));
        let batch = MOST_MERGED.with(Cell::get);
        assert!(
            (1..=1024).contains(&batch),
            "batches of {batch} block writes"
        );
        let (held, part) = MOST_STREAMED.with(Cell::get);
        assert!((1..=batch).contains(&part), "{part} block writes at once");
        assert!(
            held <= 2 * TARGET_BYTES + 256,
            "{held} bytes of a block held"
        );
        assert_eq!(entries(&whole), entries(&parted));
    }

    /// A load in parts failing after parts of its write were staged
    /// leaves the store as it was.
    #[test]
    fn a_document_in_parts_failing_late_changes_nothing() {
        let (_dir, store) = fresh();
        store.load(&[long_doc(10)]).unwrap();
        let before = entries(&store);
        let mut doc = long_doc(2000);
        let mut bad = doc.facts[0].clone();
        bad.subject = "无此实体".into();
        bad.source.at = doc.facts.last().unwrap().source.at;
        doc.facts.push(bad);
        let head = DocumentFacts {
            facts: Vec::new(),
            ..doc.clone()
        };
        let mut rest = doc.facts.chunks(50);
        super::super::tests::PART_LIMIT.with(|l| l.set(Some(16 * 1024)));
        super::super::tests::PARTS.with(|p| p.set(0));
        let err = store
            .load_in_parts(head, doc.facts.len(), &mut || {
                Ok(rest.next().map(<[Fact]>::to_vec))
            })
            .unwrap_err();
        super::super::tests::PART_LIMIT.with(|l| l.set(None));
        let parts = super::super::tests::PARTS.with(Cell::get);
        assert!(parts > 5, "{parts} parts");
        assert!(
            err.to_string().contains("unknown entity '无此实体'"),
            "{err}"
        );
        assert_eq!(entries(&store), before);
    }
}

#[cfg(test)]
mod by_document {
    use super::tests::{entries, fresh};
    use super::{DocPart, DocumentParts, Each, Fingerprint, HELD_DOC_FACTS};
    use crate::model::{DocumentFacts, Entity, Fact};
    use crate::store::{LoadReport, Store};
    use std::cell::Cell;

    /// The documents of a generated dump (facts about places and
    /// organisations that other documents define).
    fn dump(facts: u64) -> Vec<DocumentFacts> {
        let mut out = Vec::new();
        crate::synth::generate(facts, 7, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        crate::ingest::jsonl::parse("gen.jsonl", &text, &|_| false).unwrap()
    }

    /// Documents given a part at a time from memory: entities and the
    /// facts of a document without a text in batches of `batch`.
    pub(crate) struct InMemory<'a> {
        pub docs: &'a [DocumentFacts],
        pub parts: Vec<DocPart>,
        pub batch: usize,
    }

    impl<'a> InMemory<'a> {
        pub(crate) fn new(docs: &'a [DocumentFacts], batch: usize) -> Self {
            let parts = docs
                .iter()
                .map(|d| {
                    // The streamed fingerprint is the whole document's.
                    let mut fp = Fingerprint::new(&d.doc, d.text.as_deref(), d.entities.len());
                    d.entities.iter().for_each(|e| fp.entity(e));
                    fp.start_facts(d.facts.len());
                    d.facts.iter().for_each(|f| fp.fact(f));
                    let fp = fp.finish();
                    let extracted = crate::store::is_extracted(d);
                    if !(extracted && d.text.is_some()) {
                        assert_eq!(fp, super::super::fingerprint(d), "{}", d.doc);
                    }
                    DocPart {
                        doc: d.doc.clone(),
                        extracted,
                        fingerprint: super::super::fingerprint(d),
                        entities: d.entities.len(),
                        facts: d.facts.len(),
                    }
                })
                .collect();
            InMemory { docs, parts, batch }
        }
    }

    impl DocumentParts for InMemory<'_> {
        fn parts(&self) -> &[DocPart] {
            &self.parts
        }
        fn attribute_order(&self, i: usize) -> Vec<String> {
            self.docs[i].attribute_order.clone()
        }
        fn text(&mut self, i: usize) -> Result<Option<String>, crate::Error> {
            Ok(self.docs[i].text.clone())
        }
        fn entities(&mut self, i: usize, each: Each<Entity>) -> Result<(), crate::Error> {
            for c in self.docs[i].entities.chunks(self.batch) {
                each(c.to_vec())?;
            }
            Ok(())
        }
        fn facts(&mut self, i: usize, each: Each<Fact>) -> Result<(), crate::Error> {
            let d = &self.docs[i];
            let size = if d.text.is_some() {
                usize::MAX
            } else {
                self.batch
            };
            for c in d.facts.chunks(size) {
                each(c.to_vec())?;
            }
            Ok(())
        }
    }

    fn by_document(store: &Store, docs: &[DocumentFacts]) -> Result<LoadReport, crate::Error> {
        HELD_DOC_FACTS.with(|h| h.set(0));
        store.load_by_document(&mut InMemory::new(docs, 50))
    }

    /// A load a document at a time holds one document's facts at once and
    /// stores exactly what the whole load stores, cross-document
    /// references included; reloading it unchanged changes nothing.
    #[test]
    fn a_load_by_document_holds_one_document_and_stores_the_same() {
        let docs = dump(3000);
        let total: usize = docs.iter().map(|d| d.facts.len()).sum();
        let most = docs.iter().map(|d| d.facts.len()).max().unwrap();
        assert!(docs.len() > 20 && most * 10 < total, "{} docs", docs.len());
        let (_a, whole) = fresh();
        let report = whole.load(&docs).unwrap();
        let (_b, streamed) = fresh();
        super::super::tests::PART_LIMIT.with(|l| l.set(Some(16 * 1024)));
        let streamed_report = by_document(&streamed, &docs);
        super::super::tests::PART_LIMIT.with(|l| l.set(None));
        assert_eq!(report, streamed_report.unwrap());
        let held = HELD_DOC_FACTS.with(Cell::get);
        assert!(held <= most, "held {held} facts of {total}");
        assert_eq!(entries(&whole), entries(&streamed));
        let before = entries(&streamed);
        let again = by_document(&streamed, &docs).unwrap();
        assert_eq!(again.documents_unchanged, docs.len());
        assert_eq!(entries(&streamed), before);
    }

    /// `load` run with parts of 16 KB, its parts written on the writer
    /// thread (`apart`) or in turn; both switches reset after it.
    fn in_small_parts<T>(apart: bool, load: impl FnOnce() -> T) -> T {
        use super::super::tests::{PART_LIMIT, WRITE_APART};
        WRITE_APART.with(|w| w.set(apart));
        PART_LIMIT.with(|l| l.set(Some(16 * 1024)));
        let out = load();
        PART_LIMIT.with(|l| l.set(None));
        WRITE_APART.with(|w| w.set(false));
        out
    }

    /// Parts applied on the writer thread while the loader makes the next
    /// store what parts applied in turn store: a load into a new store, a
    /// second one replacing some documents (it reads the engine between
    /// parts) and the same load again; a load failing with a part with the
    /// writer changes nothing.
    #[test]
    fn parts_written_apart_store_what_parts_written_in_turn_store() {
        use super::super::tests::WRITTEN_APART;
        let docs = dump(3000);
        let mut changed = dump(3000);
        for d in changed.iter_mut().step_by(3) {
            d.facts.pop();
        }
        let mut loaded = Vec::new();
        for apart in [false, true] {
            WRITTEN_APART.with(|n| n.set(0));
            let (dir, store) = fresh();
            let (first, after_first, second, third) = in_small_parts(apart, || {
                let first = by_document(&store, &docs).unwrap();
                let after_first = entries(&store);
                let second = by_document(&store, &changed).unwrap();
                let third = by_document(&store, &changed).unwrap();
                (first, after_first, second, third)
            });
            let written = WRITTEN_APART.with(Cell::get);
            assert_eq!(written > 10, apart, "{written} parts written apart");
            loaded.push((dir, store, [first, second, third], after_first));
        }
        assert_eq!(loaded[0].2, loaded[1].2);
        assert_eq!(loaded[0].3, loaded[1].3);
        assert_eq!(entries(&loaded[0].1), entries(&loaded[1].1));
        // A fact about no entity in the last document of a load replacing
        // a third of them: the load fails after parts went to the writer,
        // and nothing is stored.
        let mut bad = docs.clone();
        let last = bad.len() - 1;
        let mut fact = bad[last].facts[0].clone();
        fact.subject = "无此实体".into();
        bad[last].facts.push(fact);
        let store = &loaded[1].1;
        let before = entries(store);
        WRITTEN_APART.with(|n| n.set(0));
        let failed = in_small_parts(true, || by_document(store, &bad));
        assert!(failed.is_err());
        let written = WRITTEN_APART.with(Cell::get);
        assert!(written > 2, "{written} parts written apart");
        assert_eq!(entries(store), before);
    }

    /// A load into a new store does not make the loader wait for the part
    /// with the writer before it fills the next: a new entity's, document's
    /// or attribute's id is not read from the engine after each part (each
    /// part's first new entity had waited so, and the entities pass took
    /// turns with the writer).
    #[test]
    fn a_new_id_does_not_wait_for_the_part_with_the_writer() {
        use super::super::tests::{SETTLED, WRITTEN_APART};
        let docs = dump(3000);
        let (_dir, store) = fresh();
        WRITTEN_APART.with(|n| n.set(0));
        SETTLED.with(|n| n.set(0));
        in_small_parts(true, || by_document(&store, &docs).unwrap());
        let written = WRITTEN_APART.with(Cell::get);
        let waited = SETTLED.with(Cell::get);
        assert!(written > 10, "{written} parts written apart");
        assert!(
            waited * 10 < written,
            "{waited} reads waited for one of {written} parts"
        );
    }

    /// The commit's merged blocks written on a thread of their own store
    /// what they store written in turn, and a failure there (the engine's
    /// write of a batch of merged blocks) leaves the store as it was.
    #[test]
    fn a_failure_writing_the_commits_merged_blocks_changes_nothing() {
        use crate::store::kv::FAIL_MERGE_WRITE;
        let docs = dump(3000);
        let mut changed = dump(3000);
        for d in changed.iter_mut().step_by(3) {
            d.facts.pop();
        }
        let mut stores = Vec::new();
        for apart in [false, true] {
            let (dir, store) = fresh();
            let first = in_small_parts(apart, || by_document(&store, &docs).unwrap());
            stores.push((dir, store, first));
        }
        assert_eq!(stores[0].2, stores[1].2);
        assert_eq!(entries(&stores[0].1), entries(&stores[1].1));
        let (dir, store, _) = &stores[1];
        let before = entries(store);
        let label = dir.path().join("db").display().to_string();
        *FAIL_MERGE_WRITE.lock().unwrap() = Some((label, false));
        let failed = in_small_parts(true, || by_document(store, &changed));
        let fired = FAIL_MERGE_WRITE.lock().unwrap().take().is_some_and(|f| f.1);
        assert!(fired, "no merged blocks were written apart");
        let err = failed.unwrap_err();
        assert!(err.to_string().contains("injected"), "{err}");
        assert_eq!(entries(store), before);
        // The same load, nothing failing, lands.
        in_small_parts(true, || by_document(store, &changed)).unwrap();
        assert_ne!(entries(store), before);
    }

    /// Texts segmented on the segmenting thread, the next document's while
    /// one's facts are written, store what texts segmented with their own
    /// document store, in parts too; a load failing with texts handed on
    /// ahead changes nothing.
    #[test]
    fn texts_segmented_ahead_store_what_texts_segmented_in_turn_store() {
        use super::super::tests::{APART, PART_LIMIT, SEGMENTED_APART};
        let docs = dump(3000);
        let long = docs
            .iter()
            .filter(|d| {
                d.text
                    .as_ref()
                    .is_some_and(|t| t.len() >= super::super::SEGMENT_APART)
            })
            .count();
        assert!(long > 3, "{long} long texts");
        let mut loaded = Vec::new();
        for apart in [false, true] {
            APART.with(|a| a.set(Some(apart)));
            SEGMENTED_APART.with(|n| n.set(0));
            PART_LIMIT.with(|l| l.set(Some(16 * 1024)));
            let (dir, store) = fresh();
            let report = by_document(&store, &docs).unwrap();
            PART_LIMIT.with(|l| l.set(None));
            APART.with(|a| a.set(None));
            let segmented = SEGMENTED_APART.with(Cell::get);
            assert_eq!(segmented, if apart { long } else { 0 });
            loaded.push((dir, store, report));
        }
        assert_eq!(loaded[0].2, loaded[1].2);
        assert_eq!(entries(&loaded[0].1), entries(&loaded[1].1));
        // A fact about no entity, in the last document with a text: the
        // load fails after texts were handed on, and nothing is stored.
        let mut bad = docs.clone();
        let last = bad.iter().rposition(|d| d.text.is_some()).unwrap();
        let mut fact = bad[last].facts[0].clone();
        fact.subject = "无此实体".into();
        bad[last].facts.push(fact);
        let (_c, store) = fresh();
        let before = entries(&store);
        APART.with(|a| a.set(Some(true)));
        PART_LIMIT.with(|l| l.set(Some(16 * 1024)));
        let err = by_document(&store, &bad).unwrap_err();
        PART_LIMIT.with(|l| l.set(None));
        APART.with(|a| a.set(None));
        assert!(err.to_string().contains("无此实体"), "{err}");
        assert_eq!(entries(&store), before);
    }

    /// Documents of sentences about their own projects, each entity's and
    /// fact's quote one of them, and a source quoting part of one.
    fn documents_quoting_sentences() -> Vec<DocumentFacts> {
        use crate::model::{Source, Value};
        (0..4)
            .map(|d| {
                let name = format!("news/{d}.txt");
                let sentences: Vec<String> = (0..30)
                    .map(|i| format!("第{d}批第{i}号工程动工，总投资{}万元。", i + 3))
                    .collect();
                let mut doc = DocumentFacts {
                    doc: name.clone(),
                    text: Some(sentences.concat()),
                    ..Default::default()
                };
                for (i, s) in sentences.iter().enumerate() {
                    let subject = format!("第{d}批第{i}号工程");
                    doc.entities.push(Entity {
                        name: subject.clone(),
                        kind: "project".into(),
                        aliases: Vec::new(),
                        source: Source::curated(&name, s),
                        alias_background: Vec::new(),
                    });
                    let quote: String = match i {
                        0 => s.chars().take(3).collect(),
                        _ => s.clone(),
                    };
                    doc.facts.push(Fact {
                        subject,
                        attribute: "stage".into(),
                        value: Value::Text("动工".into()),
                        source: Source::curated(&name, &quote),
                        qualifiers: Default::default(),
                    });
                }
                doc
            })
            .collect()
    }

    /// The loader holds one document's sentences at a time for quotes:
    /// every document's entity and fact sources that quote a sentence are
    /// still stored as that sentence's range, by `load` and by a load a
    /// document at a time, and a quote of part of one stays in words.
    #[test]
    fn every_documents_quotes_are_ranges_of_its_text() {
        let docs = documents_quoting_sentences();
        let (_a, whole) = fresh();
        whole.load(&docs).unwrap();
        let (_b, streamed) = fresh();
        by_document(&streamed, &docs).unwrap();
        assert_eq!(entries(&whole), entries(&streamed));
        let (mut ranges, mut words) = (0, 0);
        for f in whole.all_facts() {
            let f = f.unwrap();
            for s in &f.record.sources {
                match s.span {
                    Some(_) => {
                        assert!(s.quote.is_empty(), "{s:?}");
                        ranges += 1;
                    }
                    None => {
                        assert_eq!(whole.source(s).unwrap().quote.chars().count(), 3);
                        words += 1;
                    }
                }
            }
        }
        let mut entity_ranges = 0;
        for e in whole.all_entities() {
            let rec = whole.entity(e.unwrap()).unwrap();
            entity_ranges += rec.sources.iter().filter(|s| s.span.is_some()).count();
        }
        // A kind fact and a stage per entity; the stage of each document's
        // first entity quotes part of its sentence.
        assert_eq!((ranges, words, entity_ranges), (8 * 30 - 4, 4, 4 * 30));
    }

    /// A generated dump as one file without quotes: no document lines, no
    /// doc or quote (each fact is documented by the file and its line).
    pub(crate) fn flat(facts: u64) -> String {
        let mut out = Vec::new();
        crate::synth::generate(facts, 7, &mut out).unwrap();
        let mut flat = String::new();
        for line in String::from_utf8(out).unwrap().lines() {
            let mut v: serde_json::Value = serde_json::from_str(line).unwrap();
            let o = v.as_object_mut().unwrap();
            if o.contains_key("document") {
                continue;
            }
            for k in ["doc", "quote", "background", "at", "extracted"] {
                o.remove(k);
            }
            flat.push_str(&format!("{v}\n"));
        }
        flat
    }

    /// One document of many facts and no text (a file without quotes) is
    /// loaded a batch at a time: one batch held, the same store, and a
    /// changed fact is a changed document (the fingerprint streamed is
    /// the whole document's).
    #[test]
    fn one_large_document_is_loaded_a_batch_at_a_time() {
        let docs = crate::ingest::jsonl::parse("flat.jsonl", &flat(3000), &|_| false).unwrap();
        assert_eq!(docs.len(), 1);
        assert!(docs[0].facts.len() > 2000 && docs[0].entities.len() > 500);
        let (_a, whole) = fresh();
        let report = whole.load(&docs).unwrap();
        let (_b, streamed) = fresh();
        super::super::tests::PART_LIMIT.with(|l| l.set(Some(64 * 1024)));
        let streamed_report = by_document(&streamed, &docs);
        super::super::tests::PART_LIMIT.with(|l| l.set(None));
        assert_eq!(report, streamed_report.unwrap());
        let held = HELD_DOC_FACTS.with(Cell::get);
        assert!(held <= 50, "held {held} facts or entities at once");
        assert_eq!(entries(&whole), entries(&streamed));
        assert_eq!(
            by_document(&streamed, &docs).unwrap().documents_unchanged,
            1
        );
        let mut changed = docs.clone();
        let last = changed[0].facts.len() - 1;
        changed[0].facts[last].attribute = "changed".into();
        whole.load(&changed).unwrap();
        let r = by_document(&streamed, &changed).unwrap();
        assert_eq!(r.documents_replaced, 1);
        assert_eq!(entries(&whole), entries(&streamed));
    }

    /// A dump read by `jsonl_stream` (spooled, then loaded a document or
    /// a batch at a time) stores exactly what the dump parsed whole and
    /// loaded at once stores: a generated dump of many documents, and the
    /// same facts as one file without quotes.
    #[test]
    fn a_streamed_dump_stores_what_the_parsed_dump_stores() {
        use crate::ingest::jsonl_stream::scan;
        let mut generated = Vec::new();
        crate::synth::generate(2000, 3, &mut generated).unwrap();
        let generated = String::from_utf8(generated).unwrap();
        for (name, text) in [("gen.jsonl", generated), ("flat.jsonl", flat(2000))] {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join(name);
            std::fs::write(&path, &text).unwrap();
            let docs = crate::ingest::jsonl::read(&path, &|_| false).unwrap();
            let (_a, whole) = fresh();
            crate::store::search::QUOTE_SEARCHES.with(|n| n.set(0));
            let report = whole.load(&docs).unwrap();
            let mut dump = scan(&path, &|_| false, None).unwrap();
            let (_b, streamed) = fresh();
            dump.check_against_store(&|n| streamed.known(n)).unwrap();
            HELD_DOC_FACTS.with(|h| h.set(0));
            let searches = || crate::store::search::QUOTE_SEARCHES.with(Cell::get);
            let searched_whole = searches();
            assert_eq!(
                streamed.load_by_document(&mut *dump).unwrap(),
                report,
                "{name}"
            );
            assert_eq!(entries(&whole), entries(&streamed), "{name}");
            // The quotes the checks found are not looked up again (the
            // load at once looks each up).
            if name == "gen.jsonl" {
                assert!(searched_whole > 100, "{searched_whole}");
                assert_eq!(searches(), searched_whole, "{name}");
            }
            // The facts of documents with a text were read ahead, on
            // another thread; a file without quotes has none.
            let texts = docs.iter().filter(|d| d.text.is_some()).count();
            let ahead = dump.taken_ahead();
            match name {
                "gen.jsonl" => assert!(texts > 10 && ahead == texts, "{ahead} of {texts}"),
                _ => assert_eq!((texts, ahead), (0, 0)),
            }
            let most = docs
                .iter()
                .map(|d| d.facts.len().max(d.entities.len()))
                .max()
                .unwrap();
            let held = HELD_DOC_FACTS.with(Cell::get);
            assert!(held <= most.min(4096), "{name}: held {held}");
            // Loaded again: every document unchanged.
            let mut dump = scan(&path, &|_| false, None).unwrap();
            let again = streamed.load_by_document(&mut *dump).unwrap();
            assert_eq!(again.documents_unchanged, docs.len(), "{name}");
        }
    }

    /// A dump whose documents are checked alongside its load
    /// (`scan_to_load`, `Dump::load_checking`) stores what the dump
    /// checked first stores, and loads again unchanged (each fingerprint
    /// waited for). A problem in the document loaded last, in small parts
    /// (written before the checks end), fails the load with the scan's
    /// report and stores nothing.
    #[test]
    fn a_dump_checked_alongside_its_load_stores_the_same_or_nothing() {
        use crate::ingest::jsonl_stream::{scan, scan_to_load};
        let mut generated = Vec::new();
        crate::synth::generate(2000, 3, &mut generated).unwrap();
        let generated = String::from_utf8(generated).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("gen.jsonl");
        std::fs::write(&path, &generated).unwrap();
        let none = |_: &str| false;
        let (_a, first) = fresh();
        let mut dump = scan(&path, &none, None).unwrap();
        let report = first.load_by_document(&mut *dump).unwrap();
        let (_b, alongside) = fresh();
        let mut dump = scan_to_load(&path, &none, None).unwrap();
        let got = in_small_parts(false, || {
            dump.load_checking(|d| alongside.load_by_document(d))
        });
        assert_eq!(got.unwrap(), report);
        assert_eq!(entries(&first), entries(&alongside));
        // Every check done before the passes: each document's entities
        // come from its check, not decoded again, and store the same.
        let (_w, waited) = fresh();
        let mut dump = scan_to_load(&path, &none, None).unwrap();
        let got = dump.load_checking(|d| {
            d.checked()?;
            waited.load_by_document(d)
        });
        assert_eq!(got.unwrap(), report);
        assert_eq!(entries(&first), entries(&waited));
        let with_entities = dump.parts().iter().filter(|p| p.entities > 0).count();
        assert!(with_entities > 10, "{with_entities}");
        assert_eq!(dump.taken_checked(), with_entities);
        let mut dump = scan_to_load(&path, &none, None).unwrap();
        let again = dump
            .load_checking(|d| alongside.load_by_document(d))
            .unwrap();
        assert_eq!(again.documents_unchanged, dump.len());
        // No entities are kept for documents found unchanged.
        assert_eq!(dump.entities_kept_at_end(), 0);
        assert_eq!(entries(&first), entries(&alongside));
        // A fact about no entity, and one quoting what its text does not
        // say, in documents sorted last.
        let doc = "{\"document\":\"zz.txt\",\"content\":\"甲县有乙县。\"}\n\
                   {\"subject\":\"甲县\",\"attribute\":\"kind\",\"value\":\"county\",\"doc\":\"zz.txt\",\"quote\":\"甲县\"}\n";
        for bad in [
            "{\"subject\":\"无此县\",\"attribute\":\"x\",\"value\":\"y\",\"doc\":\"zzz.txt\",\"quote\":\"y\"}\n".to_string(),
            format!("{doc}{{\"subject\":\"甲县\",\"attribute\":\"x\",\"value\":\"y\",\"doc\":\"zz.txt\",\"quote\":\"不在文中\"}}\n"),
        ] {
            std::fs::write(&path, format!("{generated}{bad}")).unwrap();
            let want = scan(&path, &none, None).err().unwrap().to_string();
            let (_c, failed) = fresh();
            let empty = entries(&failed);
            let mut dump = scan_to_load(&path, &none, None).unwrap();
            let got = in_small_parts(false, || {
                dump.load_checking(|d| failed.load_by_document(d))
            });
            assert_eq!(got.unwrap_err().to_string(), want, "{bad}");
            assert_eq!(entries(&failed), empty, "{bad}");
        }
    }

    /// The fingerprint computed a piece at a time is the one `load`
    /// computes from the whole document, qualifiers and backgrounds too.
    #[test]
    fn the_streamed_fingerprint_is_the_whole_documents() {
        let src = r#"{"document":"a.txt","content":"甲县投资1200元。"}
{"subject":"甲县","attribute":"kind","value":"county","doc":"a.txt","quote":"甲县投资1200元。"}
{"subject":"甲县","attribute":"alias","value":"Jia","doc":"a.txt","background":"English name"}
{"subject":"甲县","attribute":"amount","value":1200,"unit":"CNY","text":"1200元","doc":"a.txt","quote":"甲县投资1200元。"}
{"subject":"甲县","attribute":"amount","value":1300,"unit":"CNY","text":"1300元","doc":"a.txt","quote":"甲县投资1200元。","modality":"planned","per":"person","as_of":"2020-05"}
{"subject":"甲县","attribute":"province","value":"辽宁省","doc":"a.txt","background":"atlas"}
"#;
        let docs = crate::ingest::jsonl::parse("q.jsonl", src, &|_| false).unwrap();
        assert!(docs[0].facts.iter().any(|f| !f.qualifiers.is_default()));
        // (`new` asserts each streamed fingerprint equal to `fingerprint`.)
        let parts = InMemory::new(&docs, 1).parts;
        assert_eq!(parts[0].fingerprint, super::super::fingerprint(&docs[0]));
    }

    /// A load a whole document at a time (text, entities, facts) stores
    /// exactly what the load of all of them stores, asks for an unchanged
    /// document once, refuses two documents of one name, and leaves the
    /// store as it was when a late document fails.
    #[test]
    fn a_load_of_each_document_stores_what_the_whole_load_stores() {
        let mut docs = dump(3000);
        docs.push(super::tests::long_doc(50));
        let (_a, whole) = fresh();
        let report = whole.load(&docs).unwrap();
        let (_b, each) = fresh();
        super::super::tests::PART_LIMIT.with(|l| l.set(Some(16 * 1024)));
        let mut asked = 0;
        let each_report = each.load_each(docs.len(), &mut |i| {
            asked += 1;
            Ok(docs[i].clone())
        });
        super::super::tests::PART_LIMIT.with(|l| l.set(None));
        assert_eq!(report, each_report.unwrap());
        assert_eq!(asked, 3 * docs.len());
        assert_eq!(entries(&whole), entries(&each));
        let before = entries(&each);
        let mut asked = 0;
        let again = each
            .load_each(docs.len(), &mut |i| {
                asked += 1;
                Ok(docs[i].clone())
            })
            .unwrap();
        assert_eq!(again.documents_unchanged, docs.len());
        assert_eq!(asked, docs.len());
        assert_eq!(entries(&each), before);
        let (_c, store) = fresh();
        let empty = entries(&store);
        let mut twice = docs.clone();
        twice.push(docs[0].clone());
        let err = store
            .load_each(twice.len(), &mut |i| Ok(twice[i].clone()))
            .unwrap_err();
        assert!(err.to_string().contains("two documents named"), "{err}");
        let last = docs.len() - 2;
        let mut bad = docs[last].facts[0].clone();
        bad.subject = "无此实体".into();
        docs[last].facts.push(bad);
        let err = store
            .load_each(docs.len(), &mut |i| Ok(docs[i].clone()))
            .unwrap_err();
        assert!(err.to_string().contains("无此实体"), "{err}");
        assert_eq!(entries(&store), empty);
    }

    /// Two documents of one name are refused, and a failure on a late
    /// document leaves the store as it was.
    #[test]
    fn a_load_by_document_refuses_and_fails_as_load_does() {
        let mut docs = dump(600);
        let (_dir, store) = fresh();
        let before = entries(&store);
        let mut twice = docs.clone();
        twice.push(docs[0].clone());
        let err = by_document(&store, &twice).unwrap_err();
        assert!(err.to_string().contains("two documents named"), "{err}");
        let last = docs.len() - 1;
        let mut bad = docs[last].facts[0].clone();
        bad.subject = "无此实体".into();
        docs[last].facts.push(bad);
        let err = by_document(&store, &docs).unwrap_err();
        assert!(err.to_string().contains("无此实体"), "{err}");
        assert_eq!(entries(&store), before);
    }
}
