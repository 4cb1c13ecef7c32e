//! What the entity, document and home pages show, read from the store
//! once and rendered twice: as JSON (`/api/…`) and as HTML.

use seedkb_core::model::Value;
use seedkb_core::query::result::Cell;
use seedkb_core::store::cite::Citations;
use seedkb_core::store::{keys, DocId, DocRecord, Resolution, Store, StoredFact};
use seedkb_core::Error;
use std::collections::HashMap;

/// One fact with where it was said.
#[derive(Clone, Debug)]
pub struct FactView {
    pub subject: String,
    pub attribute: String,
    pub value: Value,
    pub extracted: bool,
    pub doc: String,
    pub quote: String,
    /// Why it is known without the document (background knowledge; then
    /// there is no quote).
    pub background: Option<String>,
    /// The sentence of `doc` the quote is in (numbered from 0), when found.
    pub sentence: Option<u32>,
    /// That sentence's anchor on the document's page (see [`anchor`]).
    pub anchor: Option<String>,
    /// Modality, rate and as-of date (default for most facts).
    pub qualifiers: seedkb_core::model::Qualifiers,
    /// When `doc` was published, as its citation gives it (known or not).
    pub doc_published: Option<Cell>,
}

impl FactView {
    /// The value as a result cell (for JSON like the query results').
    pub fn cell(&self) -> Cell {
        Cell::from(self.value.clone()).qualified(&self.qualifiers)
    }
}

#[derive(Clone, Debug)]
pub struct EntityView {
    pub name: String,
    pub kind: String,
    pub aliases: Vec<String>,
    /// The aliases the document does not contain, with why they are ones.
    pub alias_background: Vec<(String, String)>,
    pub facts: Vec<FactView>,
    /// Facts of other entities whose value is this one.
    pub referrers: Vec<FactView>,
    /// How to cite it, when it is a loaded document.
    pub cite: Option<CiteView>,
}

/// Why a page has nothing to show.
#[derive(Debug)]
pub enum Missing {
    NotFound { candidates: Vec<String> },
    Ambiguous { candidates: Vec<String> },
}

/// A sentence's anchor on its document's page (`/doc/NAME#ANCHOR`), made
/// from its words with white space folded: it names the same words
/// whatever else is loaded, however the document's sentences are
/// numbered, and after an edit elsewhere in the document. (The numbers
/// `#sN` the pages used before still lead to their sentences.) 48 bits:
/// two sentences of a document sharing one is unlikely below millions.
pub fn anchor(words: &str) -> String {
    let h = seedkb_core::util::fnv1a(seedkb_core::text::fold(words).bytes());
    format!("q{:012x}", h >> 16)
}

/// How to cite a document: what `show DOC` gives (the same rows, made by
/// the query engine): its title, outlet and publication date where known,
/// and the citation line made of them.
#[derive(Clone, Debug, Default)]
pub struct CiteView {
    /// Title, outlet and date, in that order, each as known.
    pub fields: Vec<CiteField>,
    /// `TITLE. OUTLET, DATE. NAME`, leaving out what is not known.
    pub citation: String,
}

/// One thing a citation is made of.
#[derive(Clone, Debug)]
pub struct CiteField {
    /// `title`, `outlet` or `published`.
    pub attribute: String,
    pub value: Cell,
    /// Read off the head of the text by seedkb, not stated by a fact.
    pub extracted: bool,
    /// The words it was read from (a fact's quote when stated); empty
    /// for background knowledge, which no words of the document state.
    pub quote: String,
    /// Why it is known without the document (a fact file's `[document]`
    /// header), in place of a quote.
    pub background: Option<String>,
}

impl CiteView {
    /// The value of `attribute`, if known.
    pub fn get(&self, attribute: &str) -> Option<&CiteField> {
        self.fields.iter().find(|f| f.attribute == attribute)
    }

    /// The publication date, if known.
    pub fn published(&self) -> Option<&Cell> {
        self.get(seedkb_core::store::PUBLISHED_ATTR)
            .map(|f| &f.value)
    }
}

/// The attributes a citation is made of, as `show DOC` names them
/// (seedkb-core's query/eval/document.rs).
pub const CITED: [&str; 3] = ["title", "outlet", seedkb_core::store::PUBLISHED_ATTR];

/// How to cite the loaded document `name` (`None` when none has that name):
/// the rows of `show NAME`, which for a document that is an entity (an
/// extracted one's) include the facts stating its title or date.
pub fn cite_doc(store: &Store, name: &str) -> Result<Option<CiteView>, Error> {
    let Some(doc) = store.doc_head_named(name)? else {
        return Ok(None);
    };
    // The rows `show NAME` cites it with, without the rest of a show: the
    // home page cites every document (at 1M facts a whole show each took
    // the page from 18 to 195 ms).
    let rows = seedkb_core::query::eval::citation_rows(store, &doc.name)?;
    let mut view = CiteView::default();
    for r in &rows {
        let [subject, attribute, value, quote, _doc] = r.as_slice() else {
            continue;
        };
        // Facts that refer to the document come after its own.
        if subject.display() != doc.name {
            continue;
        }
        match attribute {
            Cell::Attr { name, extracted }
                if CITED.contains(&name.as_str()) && view.get(name).is_none() =>
            {
                let (quote, background) = match quote {
                    Cell::Background(why) => (String::new(), Some(why.clone())),
                    q => (q.display(), None),
                };
                view.fields.push(CiteField {
                    attribute: name.clone(),
                    value: value.clone(),
                    extracted: *extracted,
                    quote,
                    background,
                });
            }
            Cell::Text(t) if t == "citation" => view.citation = value.display(),
            _ => {}
        }
    }
    view.fields
        .sort_by_key(|f| CITED.iter().position(|c| *c == f.attribute));
    Ok(Some(view))
}

/// Sentence numbers of facts, per document, found through the sentences'
/// lists of fact keys (curated facts have no recorded position), and the
/// anchors of sentences.
#[derive(Default)]
struct SentenceIndex {
    by_doc: HashMap<DocId, HashMap<Vec<u8>, u32>>,
    anchors: HashMap<(DocId, u32), Option<String>>,
    /// Each document's publication date, by name (see [`cite_doc`]).
    published: HashMap<String, Option<Cell>>,
}

impl SentenceIndex {
    /// When document `name` was published, if known.
    fn published_of(&mut self, store: &Store, name: &str) -> Result<Option<Cell>, Error> {
        if let Some(p) = self.published.get(name) {
            return Ok(p.clone());
        }
        let p = cite_doc(store, name)?.and_then(|c| c.published().cloned());
        self.published.insert(name.to_string(), p.clone());
        Ok(p)
    }

    /// The anchor of sentence `n` of `doc`, if it is stored.
    fn anchor_of(&mut self, store: &Store, doc: DocId, n: u32) -> Result<Option<String>, Error> {
        if let Some(a) = self.anchors.get(&(doc, n)) {
            return Ok(a.clone());
        }
        let a = store.sentence(doc, n)?.map(|rec| anchor(&rec.text));
        self.anchors.insert((doc, n), a.clone());
        Ok(a)
    }

    fn sentence_of(&mut self, store: &Store, doc: DocId, key: &[u8]) -> Result<Option<u32>, Error> {
        if let std::collections::hash_map::Entry::Vacant(slot) = self.by_doc.entry(doc) {
            let mut m = HashMap::new();
            for (n, rec) in doc_sentences(store, doc)? {
                for k in rec.facts {
                    m.entry(k).or_insert(n);
                }
            }
            slot.insert(m);
        }
        Ok(self.by_doc.get(&doc).and_then(|m| m.get(key).copied()))
    }
}

fn doc_sentences(
    store: &Store,
    doc: DocId,
) -> Result<Vec<(u32, seedkb_core::store::search::SentenceRecord)>, Error> {
    let mut out = Vec::new();
    let mut n = 0u32;
    while let Some(rec) = store.sentence(doc, n)? {
        out.push((n, rec));
        n += 1;
    }
    Ok(out)
}

fn fact_view(
    store: &Store,
    index: &mut SentenceIndex,
    cite: &mut Citations,
    subject: &str,
    f: &StoredFact,
) -> Result<FactView, Error> {
    let value = store.to_value(&f.value, &f.record.text)?;
    let attribute = store.attr_name(f.attr);
    let Some(s) = f.record.sources.first() else {
        return Ok(FactView {
            subject: subject.to_string(),
            attribute,
            value,
            extracted: false,
            doc: String::new(),
            quote: String::new(),
            background: None,
            sentence: None,
            anchor: None,
            qualifiers: f.record.qualifiers.clone(),
            doc_published: None,
        });
    };
    let src = cite.source(s)?;
    let sentence = match src.at {
        Some(at) => Some(at.sentence),
        None => index.sentence_of(store, s.doc, &f.eavt_key())?,
    };
    let anchor = match sentence {
        Some(n) => index.anchor_of(store, s.doc, n)?,
        None => None,
    };
    // Background knowledge is no document's.
    let doc_published = match src.background {
        None if !src.doc.is_empty() => index.published_of(store, &src.doc)?,
        _ => None,
    };
    Ok(FactView {
        subject: subject.to_string(),
        attribute,
        value,
        extracted: src.extracted,
        doc: src.doc,
        quote: src.quote,
        background: src.background,
        sentence,
        anchor,
        qualifiers: f.record.qualifiers.clone(),
        doc_published,
    })
}

/// The facts behind the values of an answer's rows (a page of them), for
/// a link from each value to its sentence: for a row naming its entity (a
/// `name` column), each value of a column that is one of the entity's
/// attributes, the fact stating it. By (row, column), one per item of the
/// cell (a list's), `None` where no fact matches (a value computed, or a
/// fact gone since the answer).
pub type Figures = HashMap<(usize, usize), Vec<Option<FactView>>>;

pub fn figures(store: &Store, columns: &[String], rows: &[Vec<Cell>]) -> Result<Figures, Error> {
    let mut out = Figures::new();
    let Some(name_col) = columns.iter().position(|c| c == "name") else {
        return Ok(out);
    };
    let attrs: Vec<(usize, seedkb_core::store::Aid)> = columns
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != name_col)
        .filter_map(|(i, c)| store.attr_id(c).map(|a| (i, a)))
        .collect();
    if attrs.is_empty() {
        return Ok(out);
    }
    let mut index = SentenceIndex::default();
    let mut cite = Citations::new(store);
    for (r, row) in rows.iter().enumerate() {
        let Some(Cell::Entity(name)) = row.get(name_col).map(Cell::bare) else {
            continue;
        };
        let e = match store.lookup(name)? {
            Some(Resolution::Found(e)) if store.entity_name(e)? == *name => e,
            _ => continue,
        };
        for &(i, a) in &attrs {
            let Some(cell) = row.get(i) else { continue };
            let items: Vec<&Cell> = match cell {
                Cell::List(items) => items.iter().collect(),
                other => vec![other],
            };
            // Names link to their pages already; an empty cell has no fact.
            if items
                .iter()
                .all(|c| c.is_empty() || matches!(c.bare(), Cell::Entity(_) | Cell::Names(_)))
            {
                continue;
            }
            let mut facts = Vec::new();
            for f in store.values_of(e, a)? {
                let v = fact_view(store, &mut index, &mut cite, name, &f)?;
                facts.push((v.cell().display(), v));
            }
            let found: Vec<Option<FactView>> = items
                .iter()
                .map(|item| {
                    let shown = item.display();
                    facts
                        .iter()
                        .find(|(d, _)| *d == shown)
                        .map(|(_, v)| v.clone())
                })
                .collect();
            if found.iter().any(Option::is_some) {
                out.insert((r, i), found);
            }
        }
    }
    Ok(out)
}

/// An entity by name or alias (a unique prefix too), found as `show`
/// finds it: a name typed in letters by its sound first (`dongling` is
/// 东岭县 there, not a prefix of `dongling_plan.txt`), so that a shared
/// URL and a shared command name one entity.
pub fn entity(store: &Store, name: &str) -> Result<Result<EntityView, Missing>, Error> {
    let resolved = match store.sounding(name)? {
        Some(r) => r,
        None => store.resolve(name)?,
    };
    let e = match resolved {
        Resolution::Found(e) => e,
        Resolution::NotFound { candidates } => {
            // As `show` suggests: homophones, traditional characters
            // (義縣) and pinyin first.
            let candidates = seedkb_core::suggest::close_names(store, name, candidates, 3)?;
            return Ok(Err(Missing::NotFound { candidates }));
        }
        Resolution::Ambiguous { candidates } => return Ok(Err(Missing::Ambiguous { candidates })),
    };
    let rec = store.entity(e)?;
    let mut index = SentenceIndex::default();
    let mut cite = Citations::new(store);
    let mut facts = Vec::new();
    for f in store.facts_of(e)? {
        if store.attr_name(f.attr) == seedkb_core::store::KIND_ATTR {
            continue;
        }
        facts.push(fact_view(store, &mut index, &mut cite, &rec.name, &f)?);
    }
    let mut referrers = Vec::new();
    for (a, r) in store.referrers(e, None)? {
        let who = store.entity_name(r)?;
        for f in store.values_of(r, a)? {
            if f.value == keys::KeyValue::Ref(e) {
                referrers.push(fact_view(store, &mut index, &mut cite, &who, &f)?);
            }
        }
    }
    Ok(Ok(EntityView {
        name: rec.name.clone(),
        kind: rec.kind.clone(),
        aliases: rec.aliases.clone(),
        alias_background: rec
            .sources
            .iter()
            .flat_map(|s| s.alias_background())
            .collect(),
        cite: cite_doc(store, &rec.name)?,
        facts,
        referrers,
    }))
}

/// One sentence of a document with the facts drawn from it.
#[derive(Clone, Debug)]
pub struct SentenceView {
    pub index: u32,
    /// Its anchor on the page: [`anchor`] of its words, and for a
    /// sentence that repeats an earlier one's words, that with `-START`.
    pub anchor: String,
    /// Byte range in `DocView::text`.
    pub start: usize,
    pub end: usize,
    pub facts: Vec<FactView>,
}

#[derive(Clone, Debug)]
pub struct DocView {
    pub name: String,
    pub text: Option<String>,
    /// Facts: curated and extracted.
    pub curated_facts: u64,
    pub extracted_facts: u64,
    pub sentences: Vec<SentenceView>,
    /// How to cite it.
    pub cite: CiteView,
}

/// One numbered sentence of a document's page: its anchor, its first
/// version's record (range and words) and, per version, the facts drawn
/// from it.
struct PageSentence {
    index: u32,
    anchor: String,
    rec: seedkb_core::store::search::SentenceRecord,
    facts: Vec<Vec<u8>>,
}

/// A document's sentences as its page anchors them (every version, each
/// number once; a sentence repeating an earlier one's words gets
/// `-START`), in the order `versions` (a document's) list them. The one
/// rule of the page's anchors and of the
/// links other pages make to them ([`SentenceFinder`]).
fn page_sentences(store: &Store, versions: &[DocRecord]) -> Result<Vec<PageSentence>, Error> {
    let mut out: Vec<PageSentence> = Vec::new();
    let mut anchors = std::collections::HashSet::new();
    for d in versions {
        for (n, rec) in doc_sentences(store, d.id)? {
            match out.iter_mut().find(|s| s.index == n) {
                Some(s) => s.facts.extend(rec.facts),
                None => {
                    let mut a = anchor(&rec.text);
                    if !anchors.insert(a.clone()) {
                        a = format!("{a}-{}", rec.start);
                    }
                    out.push(PageSentence {
                        index: n,
                        anchor: a,
                        facts: rec.facts.clone(),
                        rec,
                    });
                }
            }
        }
    }
    Ok(out)
}

/// A document by its name, with the curated and the extracted version's
/// facts placed on its sentences.
pub fn doc(store: &Store, name: &str) -> Result<Option<DocView>, Error> {
    let versions: Vec<_> = store
        .doc_heads()?
        .into_iter()
        .filter(|d| d.name == name)
        .collect();
    if versions.is_empty() {
        return Ok(None);
    }
    let page = page_sentences(store, &versions)?;
    // Only this document's text is read.
    let text = match versions.iter().find(|d| d.text.is_some()) {
        Some(d) => store.doc_by_id(d.id)?.and_then(|d| d.text),
        None => None,
    };
    let mut sentences: Vec<SentenceView> = Vec::new();
    let mut index = SentenceIndex::default();
    let mut cite = Citations::new(store);
    let mut names: HashMap<u64, String> = HashMap::new();
    for s in page {
        let mut facts = Vec::new();
        for k in &s.facts {
            // A fact a later load replaced is gone from the store.
            let Some(f) = store.fact_by_key(k)? else {
                continue;
            };
            let subject = match names.get(&f.entity) {
                Some(s) => s.clone(),
                None => {
                    let s = store.entity_name(f.entity)?;
                    names.insert(f.entity, s.clone());
                    s
                }
            };
            let mut v = fact_view(store, &mut index, &mut cite, &subject, &f)?;
            v.sentence = Some(s.index);
            v.anchor = Some(s.anchor.clone());
            facts.push(v);
        }
        sentences.push(SentenceView {
            index: s.index,
            anchor: s.anchor,
            start: s.rec.start as usize,
            end: s.rec.end as usize,
            facts,
        });
    }
    sentences.sort_by_key(|s| s.index);
    Ok(Some(DocView {
        name: name.to_string(),
        text,
        curated_facts: versions
            .iter()
            .filter(|d| !d.extracted)
            .map(|d| d.facts)
            .sum(),
        extracted_facts: versions
            .iter()
            .filter(|d| d.extracted)
            .map(|d| d.facts)
            .sum(),
        sentences,
        cite: cite_doc(store, name)?.unwrap_or_default(),
    }))
}

/// Where a quote is on its document's page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Located {
    /// In the sentence of this anchor.
    At(String),
    /// Begins in the sentence of this anchor and runs on into the next
    /// (a curator quoted across a full stop): the sentence the store
    /// places its facts on too.
    Begins(String),
    /// Not in the document's sentences as loaded now (loaded again
    /// without it).
    NotInText,
    /// No document of that name is loaded (its sentences are unknown).
    NoDocument,
}

/// A document's sentences for finding quotes: each one's folded words
/// and anchor, in the order of the text, and where each starts in their
/// concatenation.
struct Folded {
    sentences: Vec<(String, String)>,
    starts: Vec<usize>,
    all: String,
}

/// Finds the sentence of a document a quote is in, as its page anchors
/// it: a query's answer gives a quote and a document as text, not where
/// the quote is. A quote is a whole sentence (extracted facts) or part of
/// one (a curator's); its sentence is the first whose words are the
/// quote's, else the first that contains them, else the one it begins in
/// (white space folded). Each document's sentences are read once.
#[derive(Default)]
pub struct SentenceFinder {
    /// Every document version, read once.
    heads: Option<Vec<DocRecord>>,
    docs: HashMap<String, Option<Folded>>,
}

impl SentenceFinder {
    pub fn find(&mut self, store: &Store, doc: &str, quote: &str) -> Result<Located, Error> {
        if !self.docs.contains_key(doc) {
            if self.heads.is_none() {
                self.heads = Some(store.doc_heads()?);
            }
            let versions: Vec<DocRecord> = self
                .heads
                .iter()
                .flatten()
                .filter(|d| d.name == doc)
                .cloned()
                .collect();
            let folded = if versions.is_empty() {
                None
            } else {
                let mut page = page_sentences(store, &versions)?;
                page.sort_by_key(|s| s.index);
                let mut f = Folded {
                    sentences: Vec::new(),
                    starts: Vec::new(),
                    all: String::new(),
                };
                for s in page {
                    let words = seedkb_core::text::fold(&s.rec.text);
                    f.starts.push(f.all.len());
                    f.all.push_str(&words);
                    f.sentences.push((words, s.anchor));
                }
                Some(f)
            };
            self.docs.insert(doc.to_string(), folded);
        }
        let Some(Some(f)) = self.docs.get(doc) else {
            return Ok(Located::NoDocument);
        };
        let q = seedkb_core::text::fold(quote);
        if q.is_empty() {
            return Ok(Located::NotInText);
        }
        let within = f
            .sentences
            .iter()
            .find(|(words, _)| *words == q)
            .or_else(|| f.sentences.iter().find(|(words, _)| words.contains(&q)));
        if let Some((_, a)) = within {
            return Ok(Located::At(a.clone()));
        }
        // Across sentences: the one holding its first character.
        Ok(match f.all.find(&q) {
            Some(at) => {
                let n = f.starts.partition_point(|&s| s <= at).saturating_sub(1);
                Located::Begins(f.sentences[n].1.clone())
            }
            None => Located::NotInText,
        })
    }
}

/// A document as listed on the home page.
#[derive(Clone, Debug)]
pub struct DocSummary {
    pub name: String,
    pub facts: u64,
    pub entities: u64,
    pub extracted: bool,
    /// How to cite it.
    pub cite: CiteView,
}

#[derive(Clone, Debug)]
pub struct HomeView {
    pub kinds: Vec<(String, usize)>,
    /// The documents of page `page`, in name order.
    pub docs: Vec<DocSummary>,
    /// The page shown (from 1) and how many there are.
    pub page: usize,
    pub pages: usize,
    /// Documents in all.
    pub total: usize,
}

/// Documents on one page of the home page's list (and of `/api/docs`):
/// each is cited, which at 7,130 documents (1M facts) took the whole list
/// 195 ms where the page had taken 18 ms without citations.
pub const DOCS_PER_PAGE: usize = 100;

/// The home page's data, with page `page` (from 1; past the last: the last)
/// of the documents.
pub fn home(store: &Store, page: usize) -> Result<HomeView, Error> {
    let mut heads = store.doc_heads()?;
    heads.sort_by(|a, b| a.name.cmp(&b.name).then(a.extracted.cmp(&b.extracted)));
    let total = heads.len();
    let pages = total.div_ceil(DOCS_PER_PAGE).max(1);
    let page = page.clamp(1, pages);
    let shown: Vec<DocRecord> = heads
        .into_iter()
        .skip((page - 1) * DOCS_PER_PAGE)
        .take(DOCS_PER_PAGE)
        .collect();
    // A document loaded curated and extracted is listed twice, cited once.
    let mut cited: HashMap<String, CiteView> = HashMap::new();
    let docs: Vec<DocSummary> = shown
        .into_iter()
        .map(|d| {
            let cite = match cited.get(&d.name) {
                Some(c) => c.clone(),
                None => {
                    let c = cite_doc(store, &d.name)?.unwrap_or_default();
                    cited.insert(d.name.clone(), c.clone());
                    c
                }
            };
            Ok(DocSummary {
                cite,
                name: d.name,
                facts: d.facts,
                entities: d.entities,
                extracted: d.extracted,
            })
        })
        .collect::<Result<_, Error>>()?;
    Ok(HomeView {
        kinds: store.kinds()?,
        docs,
        page,
        pages,
        total,
    })
}

#[cfg(test)]
mod qualifier_tests {
    use super::*;

    /// An entity page and the API show a fact's qualifiers with its value.
    #[test]
    fn a_fact_view_cell_carries_its_qualifiers() {
        let q = seedkb_core::model::parse_quantity("1200元").unwrap();
        let mut f = FactView {
            subject: "甲".into(),
            attribute: "amount".into(),
            value: Value::Quantity(q),
            extracted: false,
            doc: "a.txt".into(),
            quote: "每人1200元".into(),
            background: None,
            sentence: None,
            anchor: None,
            qualifiers: Default::default(),
            doc_published: None,
        };
        assert_eq!(f.cell().display(), "1200元");
        f.qualifiers.per = Some(seedkb_core::model::Rate::Person);
        assert_eq!(f.cell().display(), "1200元 每人");
    }
}
