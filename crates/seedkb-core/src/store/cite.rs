//! Quotes as a reader sees and cites them: the exact bytes of the
//! document's text.
//!
//! A stored quote is not always those bytes: an extracted sentence broken
//! by a page break is quoted with the break's white space removed, and a
//! curated quote is matched with white space folded (`text::fold`), so its
//! spacing is the curator's. Both are right for matching; shown, a quote
//! must be what the document says, byte for byte, so that a reader can
//! find it with a plain search. [`Citations`] finds those bytes; the
//! folding stays inside the matching.

use super::{DocId, Store, StoredSource};
use crate::error::Error;
use crate::model::Source;
use std::collections::HashMap;

/// Sources resolved to their documents' exact words, for one answer (a
/// `show`, a page): each document's folded text is built once.
pub struct Citations<'s> {
    store: &'s Store,
    docs: HashMap<DocId, Option<Folded>>,
}

/// A text with its white space removed, and where its pieces lie in the
/// original: runs of bytes that stand together there, as (offset in the
/// folded text, offset in the original) at each run's start.
struct Folded {
    original: String,
    folded: String,
    runs: Vec<(usize, usize)>,
}

impl Folded {
    fn new(original: String) -> Folded {
        let mut folded = String::with_capacity(original.len());
        let mut runs: Vec<(usize, usize)> = Vec::new();
        let mut joined = false;
        for (at, c) in original.char_indices() {
            if c.is_whitespace() {
                joined = false;
                continue;
            }
            if !joined {
                runs.push((folded.len(), at));
                joined = true;
            }
            folded.push(c);
        }
        Folded {
            original,
            folded,
            runs,
        }
    }

    /// The original offset of folded byte `f` (the start of a character).
    fn original_at(&self, f: usize) -> usize {
        let i = self.runs.partition_point(|r| r.0 <= f).saturating_sub(1);
        let (fs, os) = self.runs.get(i).copied().unwrap_or((0, 0));
        os + (f - fs)
    }

    /// The exact words of the original whose folded form is `quote`'s,
    /// at their first place.
    fn locate(&self, quote: &str) -> Option<&str> {
        let q = crate::text::fold(quote);
        let last = q.chars().next_back()?;
        let f = self.folded.find(&q)?;
        let start = self.original_at(f);
        let end = self.original_at(f + q.len() - last.len_utf8()) + last.len_utf8();
        self.original.get(start..end)
    }
}

impl<'s> Citations<'s> {
    pub fn new(store: &'s Store) -> Citations<'s> {
        Citations {
            store,
            docs: HashMap::new(),
        }
    }

    /// [`Store::source`], with the quote the exact bytes of the document's
    /// text it stands for: a quote stored as a range already is; an
    /// extracted one is looked for in its sentence's range; any other in
    /// the whole text. A quote the text does not hold (a document loaded
    /// without its text) stays as stored.
    pub fn source(&mut self, s: &StoredSource) -> Result<Source, Error> {
        let mut src = self.store.source(s)?;
        if s.span.is_some() || src.background.is_some() || src.quote.is_empty() {
            return Ok(src);
        }
        if let Some(at) = s.at {
            // The sentence's own range: one chunk, not the whole text (an
            // extracted document can be 50 MB). A range that does not read
            // (past the end, cutting a character) is looked for below.
            let len = at.end.saturating_sub(at.start);
            if let Ok(sentence) = self.store.text_range(s.doc, at.start, len) {
                if let Some(exact) = Folded::new(sentence).locate(&src.quote) {
                    src.quote = exact.to_string();
                    return Ok(src);
                }
            }
        }
        if let Some(exact) = self.folded(s.doc)?.and_then(|d| d.locate(&src.quote)) {
            src.quote = exact.to_string();
        }
        Ok(src)
    }

    /// A stored sentence's exact words: its range of the document's text
    /// (its record holds them with a page break's white space removed).
    pub fn sentence(
        &mut self,
        doc: DocId,
        rec: &super::search::SentenceRecord,
    ) -> Result<String, Error> {
        let exact = self
            .store
            .text_range(doc, rec.start, rec.end.saturating_sub(rec.start))?;
        // (A record that is not its range, which `check` reports, keeps
        // its words.)
        Ok(
            if crate::text::fold(&exact) == crate::text::fold(&rec.text) {
                exact
            } else {
                rec.text.clone()
            },
        )
    }

    fn folded(&mut self, doc: DocId) -> Result<Option<&Folded>, Error> {
        if !self.docs.contains_key(&doc) {
            let text = self.store.doc_by_id(doc)?.and_then(|d| d.text);
            self.docs.insert(doc, text.map(Folded::new));
        }
        Ok(self.docs.get(&doc).and_then(Option::as_ref))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folded_quote_is_found_as_the_documents_bytes() {
        let d = Folded::new("标题\n\n义县今年投资\n\n  5000万元 建设物流园。下一句。".into());
        assert_eq!(
            d.locate("义县今年投资5000万元建设物流园。"),
            Some("义县今年投资\n\n  5000万元 建设物流园。")
        );
        assert_eq!(d.locate("下一句。"), Some("下一句。"));
        assert_eq!(d.locate("标 题"), Some("标题"));
        assert_eq!(d.locate("没有"), None);
        assert_eq!(d.locate("  "), None);
    }
}
