//! `seedkb check`: verifies the store against its invariants, and
//! `--repair` rebuilds what can be derived.
//!
//! The facts (`eavt`) and the entity records (`entities`) are the truth;
//! `aevt`, `avet`, `vaet`, `names` and `doc_index` are derived from them and
//! must hold exactly the entries the truth implies: none missing, none
//! extra. Besides that: every fact and entity names an existing document
//! and its quote is in that document's text (white space folded), every
//! reference and attribute resolves, the id counters are ahead of every id,
//! and the schema version is this build's.
//!
//! The check streams every tree once and looks up what each entry implies,
//! so it needs memory for the names and the documents' texts only, not for
//! the facts. Repairs are gathered as writes to the derived trees and
//! applied in one atomic write.

use super::keys::{
    self, Aid, DocEntry, DocId, Eid, KeyValue, Reader, DICT_ATTR_BY_ID, DICT_ATTR_BY_NAME,
    DICT_DOC_BY_ID, DICT_DOC_BY_NAME, DICT_DOC_TEXT,
};
use super::kv::{Space, WriteOp};
use super::{
    decode, eid_of, encode, storage, DocRecord, EntityRecord, FactHead, Store, StoredSource,
    KIND_ATTR, META_INITIALIZED, META_NEXT_AID, META_NEXT_DOC, META_NEXT_EID, META_SCHEMA,
    SCHEMA_VERSION,
};
use crate::error::Error;
use crate::model::name_key;
use std::collections::{BTreeMap, HashMap};

/// Problems listed in full; beyond this only counted.
const MAX_LISTED: usize = 1000;

/// What a check found.
#[derive(Debug, Default)]
pub struct CheckReport {
    pub documents: usize,
    pub entities: usize,
    pub facts: usize,
    /// The facts the documents state, as their records count them (what
    /// the REPL's banner says); `facts` adds each entity's kind fact.
    pub document_facts: u64,
    /// Problems, as sentences naming the tree and the entry (the first
    /// `MAX_LISTED`).
    pub problems: Vec<String>,
    /// All problems, including those not listed.
    pub problem_count: usize,
    /// Problems that `--repair` cannot fix (damaged facts or entity
    /// records, quotes not in their document, unknown documents ...).
    pub unrepairable: usize,
    /// Writes that make the derived trees agree with the truth.
    fixes: BTreeMap<(Space, Vec<u8>), Option<Vec<u8>>>,
    /// Packed keyspaces whose blocks are damaged: `--repair` rebuilds them
    /// whole (the fact indexes from `eavt`, `words` from what still reads).
    rebuild: Vec<Space>,
}

impl CheckReport {
    pub fn is_clean(&self) -> bool {
        self.problem_count == 0
    }

    /// How many writes `--repair` would make.
    pub fn repairs(&self) -> usize {
        self.fixes.len() + self.rebuild.len()
    }

    fn problem(&mut self, msg: String) {
        self.problem_count += 1;
        if self.problems.len() < MAX_LISTED {
            self.problems.push(msg);
        }
    }

    fn unrepairable(&mut self, msg: String) {
        self.unrepairable += 1;
        self.problem(msg);
    }

    /// A derived entry that should be there and is not.
    fn missing(&mut self, space: Space, key: Vec<u8>, value: Vec<u8>, what: String) {
        self.problem(format!("{}: missing {what}", space.tree_name()));
        self.fixes.insert((space, key), Some(value));
    }

    /// A derived entry that nothing implies.
    fn extra(&mut self, space: Space, key: Vec<u8>, what: String) {
        self.problem(format!("{}: extra {what}", space.tree_name()));
        // A put for the same key (a wrong value) wins over the delete.
        self.fixes.entry((space, key)).or_insert(None);
    }
}

/// A value as the problem lines show it.
fn show(v: &KeyValue) -> String {
    match v {
        KeyValue::Text(t) => format!("\"{t}\""),
        KeyValue::Ref(e) => format!("#{e}"),
        KeyValue::Quantity {
            unit, value, upper, ..
        } => match upper {
            Some(u) => format!("{value}..{u} {}", unit.symbol()),
            None => format!("{value} {}", unit.symbol()),
        }
        .trim_end()
        .to_string(),
        KeyValue::Date {
            year,
            month,
            day,
            doc_offset,
        } => format!(
            "{}-{}-{}",
            match (year, doc_offset) {
                (Some(y), _) => y.to_string(),
                (None, Some(o)) => format!("Y{o:+}"),
                (None, None) => "?".into(),
            },
            month.map_or("?".into(), |m| format!("{m:02}")),
            day.map_or("?".into(), |d| format!("{d:02}"))
        ),
    }
}

/// A storage error without the advice on what to do (said once, at the end).
fn brief(e: super::kv::KvError) -> String {
    let m = e.to_string();
    m.replace(&format!("; {}", super::kv::RESTORE), "")
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn u32_of(v: &[u8]) -> Option<u32> {
    <[u8; 4]>::try_from(v).ok().map(u32::from_be_bytes)
}

/// A document as the check needs it.
struct Doc {
    name: String,
    /// The key its name entry has (an extracted document's is marked).
    name_key: String,
    /// The text with white space folded away, when the store has it.
    folded: Option<String>,
    /// The text as stored (schema 6: from its chunks), for the quotes
    /// stored as ranges of it.
    text: Option<String>,
}

/// What the entity scan learns, for the scans after it.
struct EntityInfo {
    kind: String,
    docs: Vec<DocId>,
}

struct Checker<'s> {
    store: &'s Store,
    r: CheckReport,
    attrs: HashMap<Aid, String>,
    docs: HashMap<DocId, Doc>,
    entities: HashMap<Eid, EntityInfo>,
    /// name key → the entities whose name or alias it is.
    claims: HashMap<Vec<u8>, Vec<Eid>>,
    /// (document, subject) of every fact source: each needs a doc_index key.
    fact_subjects: std::collections::HashSet<(DocId, Eid)>,
    max_eid: Eid,
    max_aid: Aid,
    max_doc: DocId,
}

impl Store {
    /// Checks every invariant of the store; see the module documentation.
    /// Fails only when the store cannot be read at all; damage is reported
    /// in the [`CheckReport`].
    pub fn check(&self) -> Result<CheckReport, Error> {
        let mut c = Checker {
            store: self,
            r: CheckReport::default(),
            attrs: HashMap::new(),
            docs: HashMap::new(),
            entities: HashMap::new(),
            claims: HashMap::new(),
            fact_subjects: std::collections::HashSet::new(),
            max_eid: 0,
            max_aid: 0,
            max_doc: 0,
        };
        c.dict();
        c.blocks();
        c.entity_records();
        c.facts();
        c.sources();
        c.index(Space::Aevt);
        c.index(Space::Avet);
        c.index(Space::Vaet);
        c.names();
        c.doc_index();
        c.meta();
        Ok(c.r)
    }

    /// Rebuilds the derived trees from the facts and entity records in one
    /// atomic write. Returns the reports before and after the repair.
    pub fn repair(&self) -> Result<(CheckReport, CheckReport), Error> {
        let _turn = self.write_turn()?;
        let before = self.check()?;
        if !before.rebuild.is_empty() {
            self.rebuild_packed(&before.rebuild)?;
        }
        // With the blocks rebuilt, what is left is found entry by entry.
        let entries = if before.rebuild.is_empty() {
            None
        } else {
            Some(self.check()?)
        };
        let ops: Vec<WriteOp> = entries
            .as_ref()
            .unwrap_or(&before)
            .fixes
            .iter()
            .map(|((s, k), v)| (*s, k.clone(), v.clone()))
            .collect();
        if !ops.is_empty() {
            self.kv().apply(ops).map_err(storage)?;
            self.reload_attrs()?;
        }
        let after = self.check()?;
        Ok((before, after))
    }
}

impl Store {
    /// Replaces every block of `spaces` in one write: the fact indexes
    /// with the entries `eavt` implies, `words` with its entries that still
    /// read.
    fn rebuild_packed(&self, spaces: &[Space]) -> Result<(), Error> {
        let packed = self.packed();
        let mut derived: BTreeMap<Space, Vec<super::packed::Entry>> = BTreeMap::new();
        for item in self.kv().scan_prefix(Space::Eavt, &[]) {
            let (k, _) = item.map_err(storage)?;
            if let Ok((e, a, v, q)) = keys::parse_eavt_q(&k) {
                for (space, key) in keys::index_entries(e, a, &v, &q) {
                    if spaces.contains(&space) {
                        derived.entry(space).or_default().push((key, Vec::new()));
                    }
                }
            }
        }
        let mut ops = Vec::new();
        for &space in spaces {
            let mut entries = if super::packed::FACT_INDEXES.contains(&space) {
                derived.remove(&space).unwrap_or_default()
            } else {
                packed.salvage(space)
            };
            entries.sort();
            entries.dedup_by(|a, b| a.0 == b.0);
            ops.extend(packed.rebuild_ops(space, entries).map_err(storage)?);
        }
        // Block writes: straight to the engine, not through the packed view.
        packed.raw().apply(ops).map_err(storage)
    }
}

impl Checker<'_> {
    /// The blocks of the packed keyspaces: damage there is repaired by
    /// rebuilding the keyspace, and its entries are not checked one by one.
    fn blocks(&mut self) {
        for space in super::packed::PACKED {
            let (problems, count) = self.store.packed().verify(space, MAX_LISTED);
            if count == 0 {
                continue;
            }
            let listed = problems.len();
            let truth = super::packed::TRUTH.contains(&space);
            for p in problems {
                if truth {
                    self.r.unrepairable(p);
                } else {
                    self.r
                        .problem(format!("{p}; --repair rebuilds {}", space.tree_name()));
                }
            }
            // Beyond the listed ones, only counted.
            self.r.problem_count += count - listed;
            if truth {
                self.r.unrepairable += count - listed;
            } else {
                self.r.rebuild.push(space);
            }
        }
    }

    /// Scans one tree; a read error ends the scan and is a problem.
    fn scan(&mut self, space: Space, mut each: impl FnMut(&mut Self, Vec<u8>, Vec<u8>)) {
        let store = self.store;
        let kv = store.kv();
        for item in kv.scan_prefix(space, &[]) {
            match item {
                Ok((k, v)) => each(self, k, v),
                Err(e) => {
                    self.r.unrepairable(format!(
                        "{}: cannot be read to the end: {}",
                        space.tree_name(),
                        brief(e)
                    ));
                    return;
                }
            }
        }
    }

    fn get(&mut self, space: Space, key: &[u8]) -> Option<Vec<u8>> {
        match self.store.kv().get(space, key) {
            Ok(v) => v,
            Err(e) => {
                self.r.unrepairable(format!(
                    "{}: cannot read key {}: {}",
                    space.tree_name(),
                    hex(key),
                    brief(e)
                ));
                None
            }
        }
    }

    fn has(&mut self, space: Space, key: &[u8]) -> bool {
        self.get(space, key).is_some()
    }

    fn attr_name(&self, a: Aid) -> String {
        self.attrs
            .get(&a)
            .cloned()
            .unwrap_or_else(|| format!("#{a}"))
    }

    fn doc_name(&self, d: DocId) -> String {
        self.docs
            .get(&d)
            .map(|d| d.name.clone())
            .unwrap_or_else(|| format!("#doc{d}"))
    }

    fn dict(&mut self) {
        let mut attr_by_name: HashMap<String, Aid> = HashMap::new();
        let mut doc_by_name: HashMap<String, DocId> = HashMap::new();
        // Each document's text as its chunks come (in key order).
        let mut chunks: BTreeMap<DocId, (u32, Vec<u8>)> = BTreeMap::new();
        self.scan(Space::Dict, |c, k, v| {
            let (tag, rest) = match keys::parse_dict(&k) {
                Some(split) => split,
                None => {
                    c.r.unrepairable("dict: an empty key".into());
                    return;
                }
            };
            match tag {
                DICT_ATTR_BY_NAME => match (String::from_utf8(rest.to_vec()), u32_of(&v)) {
                    (Ok(name), Some(id)) => {
                        attr_by_name.insert(name, id);
                    }
                    _ => {
                        c.r.unrepairable(format!("dict: damaged attribute entry {}", hex(&k)))
                    }
                },
                DICT_ATTR_BY_ID => match (u32_of(rest), String::from_utf8(v)) {
                    (Some(id), Ok(name)) => {
                        c.max_aid = c.max_aid.max(id);
                        c.attrs.insert(id, name);
                    }
                    _ => {
                        c.r.unrepairable(format!("dict: damaged attribute entry {}", hex(&k)))
                    }
                },
                DICT_DOC_BY_NAME => match (String::from_utf8(rest.to_vec()), u32_of(&v)) {
                    (Ok(name), Some(id)) => {
                        doc_by_name.insert(name, id);
                    }
                    _ => {
                        c.r.unrepairable(format!("dict: damaged document entry {}", hex(&k)))
                    }
                },
                DICT_DOC_BY_ID => {
                    let Some(id) = u32_of(rest) else {
                        c.r.unrepairable(format!("dict: damaged document key {}", hex(&k)));
                        return;
                    };
                    c.max_doc = c.max_doc.max(id);
                    match decode::<DocRecord>(&v, "document") {
                        Ok(d) => {
                            c.r.document_facts += d.facts;
                            if d.id != id {
                                c.r.unrepairable(format!(
                                    "dict: document '{}' is stored under id {id} but says {}",
                                    d.name, d.id
                                ));
                            }
                            if d.text.as_deref().is_some_and(|t| !t.is_empty()) {
                                c.r.unrepairable(format!(
                                    "dict: document '{}' holds its text in its record, not in chunks",
                                    d.name
                                ));
                            }
                            c.docs.insert(
                                id,
                                Doc {
                                    text: d.text.clone(),
                                    folded: d.text.as_deref().map(crate::text::fold),
                                    name_key: super::keys::doc_name_key(&d.name, d.extracted),
                                    name: d.name,
                                },
                            );
                        }
                        Err(e) => c.r.unrepairable(format!("dict: document #{id}: {e}")),
                    }
                }
                DICT_DOC_TEXT => {
                    let (Some(id), Some(n)) = (
                        rest.get(..4).and_then(u32_of),
                        rest.get(4..).and_then(u32_of),
                    ) else {
                        c.r.unrepairable(format!("dict: damaged text chunk key {}", hex(&k)));
                        return;
                    };
                    let (next, bytes) = chunks.entry(id).or_default();
                    if n != *next {
                        c.r.unrepairable(format!(
                            "dict: document #{id}: text chunk {next} is missing (found {n})"
                        ));
                    }
                    *next = n + 1;
                    match super::text::chunk_of(&v) {
                        Ok(chunk) => bytes.extend_from_slice(&chunk),
                        Err(e) => c.r.unrepairable(format!(
                            "dict: document #{id}: text chunk {n} is damaged: {e}"
                        )),
                    }
                }
                t => c.r.unrepairable(format!(
                    "dict: entry with unknown tag {t:#04x}: {}",
                    hex(&k)
                )),
            }
        });
        for (id, (_, bytes)) in chunks {
            let Some(d) = self.docs.get_mut(&id) else {
                self.r.unrepairable(format!(
                    "dict: text chunks of document #{id}, which does not exist"
                ));
                continue;
            };
            if d.text.as_deref() != Some("") {
                let name = d.name.clone();
                self.r.unrepairable(format!(
                    "dict: text chunks of document '{name}', whose record says it has no text"
                ));
                continue;
            }
            match String::from_utf8(bytes) {
                Ok(text) => {
                    d.folded = Some(crate::text::fold(&text));
                    d.text = Some(text);
                }
                Err(_) => {
                    let name = d.name.clone();
                    self.r
                        .unrepairable(format!("dict: the text of document '{name}' is not UTF-8"));
                }
            }
        }
        for (name, id) in &attr_by_name {
            if self.attrs.get(id) != Some(name) {
                self.r.unrepairable(format!(
                    "dict: attribute '{name}' has id {id}, but id {id} names {}",
                    self.attrs
                        .get(id)
                        .map_or("nothing".to_string(), |n| format!("'{n}'"))
                ));
            }
        }
        for (id, name) in &self.attrs.clone() {
            if attr_by_name.get(name) != Some(id) {
                self.r.unrepairable(format!(
                    "dict: attribute id {id} ('{name}') has no name entry"
                ));
            }
        }
        // An extracted document's name entry is its name with a marker, kept
        // apart from a curated document of the same name.
        let shown = |key: &str| match key.strip_suffix(super::keys::EXTRACTED_MARK) {
            Some(name) => format!("'{name}' (extracted)"),
            None => format!("'{key}'"),
        };
        for (key, id) in &doc_by_name {
            if self.docs.get(id).map(|d| &d.name_key) != Some(key) {
                self.r.unrepairable(format!(
                    "dict: document {} has id {id}, but no document record says so",
                    shown(key)
                ));
            }
        }
        let ids: Vec<(DocId, String, String)> = self
            .docs
            .iter()
            .map(|(id, d)| (*id, d.name.clone(), d.name_key.clone()))
            .collect();
        for (id, name, key) in ids {
            if doc_by_name.get(&key) != Some(&id) {
                self.r.unrepairable(format!(
                    "dict: document '{name}' (#{id}) cannot be found by its name"
                ));
            }
        }
        self.r.documents = self.docs.len();
    }

    /// Whether the source's document exists and holds the quote.
    fn check_source(&mut self, s: &StoredSource, whose: &dyn Fn() -> String) {
        let (doc, quote) = (s.doc, s.quoted());
        match self.docs.get(&doc) {
            None => self.r.unrepairable(format!(
                "{}: source document #{doc} does not exist",
                whose()
            )),
            // A quote stored as a range of the text: the range must be
            // whole characters of it.
            Some(d) if s.span.is_some() => {
                let (start, len) = s.span.unwrap_or_default();
                let (start, end) = (start as usize, start as usize + len as usize);
                if d.text.as_deref().and_then(|t| t.get(start..end)).is_none() {
                    let name = d.name.clone();
                    self.r.unrepairable(format!(
                        "{}: quote at bytes {start}..{end} is not in the text of {name}",
                        whose()
                    ));
                }
            }
            Some(d) => {
                // Background knowledge has no quote to find.
                if let (Some(f), None) = (&d.folded, s.background()) {
                    if !crate::text::quote_in(f, quote) {
                        let name = d.name.clone();
                        self.r.unrepairable(format!(
                            "{}: quote is not in {name}: \"{quote}\"",
                            whose()
                        ));
                    }
                }
            }
        }
    }

    fn entity_records(&mut self) {
        let kind_attr = self.store.attr_id(KIND_ATTR);
        self.scan(Space::Entities, |c, k, v| {
            let e = match eid_of(&k) {
                Ok(e) => e,
                Err(_) => {
                    c.r.unrepairable(format!("entities: damaged key {}", hex(&k)));
                    return;
                }
            };
            c.max_eid = c.max_eid.max(e);
            let rec: EntityRecord = match decode(&v, "entity") {
                Ok(r) => r,
                Err(err) => {
                    c.r.unrepairable(format!("entities: #{e}: {err}"));
                    return;
                }
            };
            c.r.entities += 1;
            let who = |rec: &EntityRecord| format!("entity '{}' (#{e})", rec.name);
            for n in std::iter::once(&rec.name).chain(rec.aliases.iter()) {
                let key = name_key(n).into_bytes();
                if key.is_empty() {
                    c.r.unrepairable(format!("{}: the name '{n}' is empty", who(&rec)));
                    continue;
                }
                let claimed = c.claims.entry(key.clone()).or_default();
                if !claimed.contains(&e) {
                    claimed.push(e);
                }
                if claimed.len() > 1 {
                    let first = claimed[0];
                    c.r.unrepairable(format!("{}: the name '{n}' also names #{first}", who(&rec)));
                    continue;
                }
                match c.get(Space::Names, &key) {
                    Some(v) if v == e.to_be_bytes() => {}
                    Some(v) => c.r.missing(
                        Space::Names,
                        key,
                        e.to_be_bytes().to_vec(),
                        format!(
                            "'{n}' → {} (it points to {})",
                            who(&rec),
                            eid_of(&v).map_or("a damaged id".into(), |o| format!("#{o}"))
                        ),
                    ),
                    None => c.r.missing(
                        Space::Names,
                        key,
                        e.to_be_bytes().to_vec(),
                        format!("'{n}' → {}", who(&rec)),
                    ),
                }
            }
            match kind_attr {
                Some(ka) => {
                    let key = keys::eavt(
                        e,
                        ka,
                        &keys::encode_value(&KeyValue::Text(rec.kind.clone())),
                    );
                    if !c.has(Space::Eavt, &key) {
                        c.r.unrepairable(format!(
                            "{}: no kind fact '{}' in eavt",
                            who(&rec),
                            rec.kind
                        ));
                    }
                }
                None => {
                    c.r.unrepairable(format!("{}: the kind attribute is not in dict", who(&rec)))
                }
            }
            let mut docs = Vec::new();
            for s in &rec.sources {
                c.check_source(s, &|| who(&rec));
                if !docs.contains(&s.doc) {
                    docs.push(s.doc);
                    let key = keys::doc_subject(s.doc, e);
                    if !c.has(Space::DocIndex, &key) {
                        let d = c.doc_name(s.doc);
                        c.r.missing(
                            Space::DocIndex,
                            key,
                            Vec::new(),
                            format!("{d} → {}", who(&rec)),
                        );
                    }
                }
            }
            c.entities.insert(
                e,
                EntityInfo {
                    kind: rec.kind.clone(),
                    docs,
                },
            );
        });
    }

    fn facts(&mut self) {
        let kind_attr = self.store.attr_id(KIND_ATTR);
        self.scan(Space::Eavt, |c, k, v| {
            let (e, a, value, qualifiers) = match keys::parse_eavt_q(&k) {
                Ok(x) => x,
                Err(err) => {
                    c.r.unrepairable(format!("eavt: damaged key {} ({err})", hex(&k)));
                    return;
                }
            };
            c.r.facts += 1;
            let attr = c.attr_name(a);
            let what = format!("fact #{e} {attr} = {}", show(&value));
            let head: FactHead = match decode(&v, "fact") {
                Ok(r) => r,
                Err(err) => {
                    c.r.unrepairable(format!("eavt: {what}: {err}"));
                    return;
                }
            };
            let entries = match c.store.source_entries(&k) {
                Ok(s) => s,
                Err(err) => {
                    c.r.unrepairable(format!("sources: {what}: {err}"));
                    return;
                }
            };
            // The record counts its sources (its first and its entries)
            // by kind and numbers them: derived from them.
            let kinds = head
                .first
                .iter()
                .map(|s| s.extracted)
                .chain(entries.iter().map(|(_, s)| s.extracted));
            let extracted = kinds.clone().filter(|x| *x).count() as u64;
            let curated = kinds.filter(|x| !*x).count() as u64;
            let next = entries
                .iter()
                .map(|(_, s)| s.seq + 1)
                .chain(head.first.iter().map(|_| 1))
                .max()
                .unwrap_or(0);
            if ((head.extracted, head.curated) != (extracted, curated) || head.next < next)
                && extracted + curated > 0
            {
                let fixed = FactHead {
                    extracted,
                    curated,
                    next: head.next.max(next),
                    ..head.clone()
                };
                c.r.missing(
                    Space::Eavt,
                    k.clone(),
                    encode(&fixed),
                    format!(
                        "{what}: the right count of sources ({extracted} extracted, {curated} \
                         curated, numbered below {next}; the record says {}, {}, {})",
                        head.extracted, head.curated, head.next
                    ),
                );
            }
            let rec = super::FactRecord {
                text: head.text,
                sources: super::assemble_sources(head.first, entries),
                qualifiers: head.qualifiers,
            };
            match c.entities.get(&e) {
                None => {
                    c.r.unrepairable(format!("eavt: {what}: entity #{e} does not exist"))
                }
                Some(info) => {
                    if Some(a) == kind_attr && value != KeyValue::Text(info.kind.clone()) {
                        c.r.unrepairable(format!(
                            "eavt: {what}: the entity record says its kind is '{}'",
                            info.kind
                        ));
                    }
                }
            }
            if !c.attrs.contains_key(&a) {
                c.r.unrepairable(format!("eavt: {what}: attribute #{a} is not in dict"));
            }
            if rec.sources.is_empty() {
                c.r.unrepairable(format!("eavt: {what}: no source"));
            }
            // The key's qualifiers are the fact's identity, the record's
            // what is shown and dumped: they must agree.
            if keys::fact_value(&value, &rec.qualifiers) != keys::fact_value(&value, &qualifiers) {
                c.r.unrepairable(format!(
                    "eavt: {what}: the record's qualifiers ({}) differ from the key's ({})",
                    rec.qualifiers.decorate("…"),
                    qualifiers.decorate("…")
                ));
            }
            // Stored before input refused days that do not exist.
            if let KeyValue::Date {
                year,
                month,
                day,
                doc_offset,
            } = value
            {
                let date = crate::model::Date {
                    year,
                    month,
                    day,
                    text: String::new(),
                    doc_offset,
                };
                if let Some(why) = date.impossible() {
                    c.r.unrepairable(format!("eavt: {what}: no such day ({why})"));
                }
            }
            if let KeyValue::Ref(t) = value {
                if !c.entities.contains_key(&t) {
                    c.r.unrepairable(format!("eavt: {what}: refers to missing entity #{t}"));
                }
            }
            for (space, key) in keys::index_entries(e, a, &value, &qualifiers) {
                if !c.r.rebuild.contains(&space) && !c.has(space, &key) {
                    c.r.missing(space, key, Vec::new(), what.clone());
                }
            }
            let mut seen = Vec::new();
            for s in &rec.sources {
                c.check_source(s, &|| format!("eavt: {what}"));
                if seen.contains(&s.doc) {
                    continue;
                }
                seen.push(s.doc);
                // One doc_index key per (document, subject): `unload` finds a
                // document's facts through its subjects. Databases written
                // before also have one `F` key per fact.
                if !c.fact_subjects.insert((s.doc, e))
                    || c.entities.get(&e).is_some_and(|i| i.docs.contains(&s.doc))
                {
                    // Checked already, with this subject's other facts or
                    // with the entity record.
                    continue;
                }
                let dk = keys::doc_subject(s.doc, e);
                let old = keys::doc_fact(s.doc, &k);
                if !c.has(Space::DocIndex, &dk) && !c.has(Space::DocIndex, &old) {
                    let d = c.doc_name(s.doc);
                    c.r.missing(Space::DocIndex, dk, Vec::new(), format!("{d} → {what}"));
                }
            }
        });
    }

    /// `sources`: every entry is of a fact.
    fn sources(&mut self) {
        self.scan(Space::Sources, |c, k, _| {
            let fact = match keys::parse_source_key(&k) {
                Ok((fact, _, _)) => fact.to_vec(),
                Err(err) => {
                    c.r.extra(Space::Sources, k.clone(), format!("damaged key ({err})"));
                    return;
                }
            };
            if !c.has(Space::Eavt, &fact) {
                c.r.extra(
                    Space::Sources,
                    k,
                    format!("source of fact {}, which is not there", hex(&fact)),
                );
            }
        });
    }

    /// aevt, avet, vaet: every entry must come from a fact.
    fn index(&mut self, space: Space) {
        if self.r.rebuild.contains(&space) {
            return;
        }
        self.scan(space, |c, k, _| match keys::parse_index_entry(space, &k) {
            Ok((e, a, venc)) => {
                if !c.has(Space::Eavt, &keys::eavt(e, a, &venc)) {
                    let attr = c.attr_name(a);
                    let value = Reader::new(&venc)
                        .value()
                        .map_or_else(|_| hex(&venc), |v| show(&v));
                    c.r.extra(
                        space,
                        k,
                        format!("#{e} {attr} = {value}, which is not a fact"),
                    );
                }
            }
            Err(_) => {
                c.r.extra(space, k.clone(), format!("damaged key {}", hex(&k)))
            }
        });
    }

    fn names(&mut self) {
        self.scan(Space::Names, |c, k, v| {
            let name = String::from_utf8_lossy(&k).into_owned();
            match eid_of(&v) {
                Ok(e) if c.claims.get(&k).is_some_and(|owners| owners.contains(&e)) => {}
                // Claimed by another entity: the entity scan reported it
                // and its fix overwrites this entry.
                Ok(_) if c.claims.contains_key(&k) => {}
                Ok(e) => c.r.extra(
                    Space::Names,
                    k,
                    format!("'{name}' → #{e}, which has no such name or alias"),
                ),
                Err(_) => {
                    c.r.extra(Space::Names, k, format!("'{name}' → a damaged id"))
                }
            }
        });
    }

    fn doc_index(&mut self) {
        self.scan(Space::DocIndex, |c, k, _| {
            let (doc, entry) = match keys::parse_doc_entry(&k) {
                Ok(parsed) => parsed,
                Err(_) => {
                    c.r.extra(
                        Space::DocIndex,
                        k.clone(),
                        format!("damaged key {}", hex(&k)),
                    );
                    return;
                }
            };
            let d = c.doc_name(doc);
            match entry {
                DocEntry::Subject(e)
                    if c.entities.get(&e).is_some_and(|i| i.docs.contains(&doc))
                        || c.fact_subjects.contains(&(doc, e)) => {}
                DocEntry::Subject(e) => c.r.extra(
                    Space::DocIndex,
                    k.clone(),
                    format!("{d} → entity #{e}, which has no source in {d}"),
                ),
                DocEntry::Fact(fact) => {
                    let has_source = c.get(Space::Eavt, fact).is_some_and(|v| {
                        decode::<FactHead>(&v, "fact")
                            .is_ok_and(|h| h.first.is_some_and(|f| f.doc == doc))
                            || c.store
                                .kv()
                                .scan_prefix(Space::Sources, &keys::source_doc_prefix(fact, doc))
                                .next()
                                .is_some()
                    });
                    if !has_source {
                        c.r.extra(
                            Space::DocIndex,
                            k.clone(),
                            format!("{d} → fact {}, which has no source in {d}", hex(fact)),
                        );
                    }
                }
            }
        });
    }

    fn meta(&mut self) {
        match self.get(Space::Meta, META_SCHEMA) {
            Some(v) if u32_of(&v) == Some(SCHEMA_VERSION) => {}
            Some(v) => self.r.unrepairable(format!(
                "meta: schema version is {}, this seedkb reads version {SCHEMA_VERSION}",
                u32_of(&v).map_or_else(|| hex(&v), |n| n.to_string())
            )),
            None => self.r.unrepairable("meta: no schema version".into()),
        }
        if !self.has(Space::Meta, META_INITIALIZED) {
            self.r
                .unrepairable("meta: the database was never initialized".into());
        }
        let counters: [(&[u8], u64, &str); 3] = [
            (META_NEXT_EID, self.max_eid, "entity"),
            (META_NEXT_AID, u64::from(self.max_aid), "attribute"),
            (META_NEXT_DOC, u64::from(self.max_doc), "document"),
        ];
        for (key, max, what) in counters {
            let next = self.get(Space::Meta, key);
            let ok = match &next {
                Some(v) => eid_of(v).is_ok_and(|n| n > max),
                None => max == 0,
            };
            if !ok {
                self.r.missing(
                    Space::Meta,
                    key.to_vec(),
                    (max + 1).to_be_bytes().to_vec(),
                    format!(
                        "a next {what} id above {max} (it is {})",
                        next.as_deref().map_or("missing".to_string(), |v| eid_of(v)
                            .map_or_else(|_| hex(v), |n| n.to_string()))
                    ),
                );
            }
        }
    }
}
