//! Evaluation: runs a [`Plan`] against the store's indexes and builds a
//! [`ResultSet`]. Every word was resolved and every index chosen by the
//! planner; this only executes. One module per kind of work:
//! `show` (show, kinds, attributes), `select` (candidates and rows),
//! `group` (`KIND by PATH`), `aggregate` (count, sum, avg, min, max;
//! `partition` picks the values they add),
//! `matching` (`match` joins); `find` is `super::find`.

mod aggregate;
mod document;
mod group;
mod listing;
mod matching;
mod partition;
mod select;
mod show;
#[cfg(test)]
mod tests;
mod timeline;
mod versions;

use super::ast::CmpOp;
use super::plan::{qerr, Plan, Provenance, QualifierName, RExpr, RLit, RPath, Step};
use super::result::{Cell, Names, ResultSet};
use crate::error::Error;
use crate::model::{name_key, Bound, Qualifiers};
use crate::store::cite::Citations;
use crate::store::{Aid, Eid, FactWords, KeyValue, PackedNames, Store};
use std::cmp::Ordering;

pub use matching::MAX_MATCH_STEPS;

/// Parses, plans and runs one query.
pub fn run(store: &Store, text: &str) -> Result<ResultSet, Error> {
    let mut rs = run_unnamed(store, text)?;
    name_members(store, &mut rs)?;
    Ok(rs)
}

/// As [`run`], with a grouping's members left as ids ([`Cell::Members`]),
/// for a writer that names each group's as it shows it
/// ([`members_named`]): a million members' names are never all held.
pub fn run_unnamed(store: &Store, text: &str) -> Result<ResultSet, Error> {
    let q = super::parse::parse(text)?;
    let plan = super::plan::plan(store, &q)?;
    eval_unnamed(store, &plan)
}

/// Runs a plan: its answer, or for `explain` its steps.
pub fn eval(store: &Store, plan: &Plan) -> Result<ResultSet, Error> {
    let mut rs = eval_unnamed(store, plan)?;
    name_members(store, &mut rs)?;
    Ok(rs)
}

/// Every [`Cell::Members`] of an answer as the [`Cell::Names`] it shows,
/// named a batch of rows at a time ([`MemberNames`]) and put in place:
/// each batch's ids are dropped as its names come in.
pub fn name_members(store: &Store, rs: &mut ResultSet) -> Result<(), Error> {
    name_members_by(store, rs, MemberNames::WALK)
}

/// [`name_members`] with batches of at most `batch` members (one row
/// larger than that is a batch of its own).
fn name_members_by(store: &Store, rs: &mut ResultSet, batch: usize) -> Result<(), Error> {
    let mut start = 0;
    while start < rs.rows.len() {
        let (n, lists) = batch_lists(&rs.rows[start..], batch, |r| members_of(r));
        if !lists.is_empty() {
            let mut named = MemberNames::read(store, &lists)?;
            let mut list = 0;
            for cell in rs.rows[start..start + n].iter_mut().flatten() {
                if let Cell::Members(_) = cell {
                    *cell = Cell::Names(Box::new(named.by_name(list)?));
                    list += 1;
                }
            }
        }
        start += n;
    }
    Ok(())
}

/// Rows with their members ([`Cell::Members`]) named, a batch of rows at
/// a time ([`MemberNames`]); the rows without members as they are.
pub struct NamedRows<'r, 's> {
    /// `None`: a row with members is an error.
    store: Option<&'s Store>,
    rows: &'r [Vec<Cell>],
    next: usize,
    /// The rows named in `named` end here.
    batch_end: usize,
    named: Option<MemberNames>,
    /// The next list of `named` to take.
    list: usize,
    /// The most members named together ([`MemberNames::WALK`]).
    batch: usize,
}

fn members_of(row: &[Cell]) -> impl Iterator<Item = &[Eid]> {
    row.iter().filter_map(|c| match c {
        Cell::Members(ids) => Some(ids.as_slice()),
        _ => None,
    })
}

impl<'r, 's> NamedRows<'r, 's> {
    pub fn new(store: Option<&'s Store>, rows: &'r [Vec<Cell>]) -> Self {
        NamedRows {
            store,
            rows,
            next: 0,
            batch_end: 0,
            named: None,
            list: 0,
            batch: MemberNames::WALK,
        }
    }

    /// Batches of at most `members` members (tests cross their edges).
    #[cfg(test)]
    fn with_batch(mut self, members: usize) -> Self {
        self.batch = members;
        self
    }

    /// Names the members of the rows from `self.next` on, as many rows as
    /// make a batch.
    fn name_batch(&mut self) -> Result<(), Error> {
        let store = self.store.ok_or_else(|| {
            Error::Internal("a grouping's members reached a writer without their names".into())
        })?;
        let (n, lists) = batch_lists(&self.rows[self.next..], self.batch, |r| members_of(r));
        // The last batch's names go before the next batch's are read.
        self.named = None;
        self.named = Some(MemberNames::read(store, &lists)?);
        self.batch_end = self.next + n;
        self.list = 0;
        Ok(())
    }

    fn named_row(&mut self, row: &'r [Cell]) -> Result<std::borrow::Cow<'r, [Cell]>, Error> {
        if members_of(row).next().is_none() {
            return Ok(std::borrow::Cow::Borrowed(row));
        }
        if self.next >= self.batch_end {
            self.name_batch()?;
        }
        let mut out = Vec::with_capacity(row.len());
        for c in row {
            out.push(match (c, &mut self.named) {
                (Cell::Members(_), Some(named)) => {
                    self.list += 1;
                    Cell::Names(Box::new(named.by_name(self.list - 1)?))
                }
                _ => c.clone(),
            });
        }
        Ok(std::borrow::Cow::Owned(out))
    }
}

impl<'r> Iterator for NamedRows<'r, '_> {
    type Item = Result<std::borrow::Cow<'r, [Cell]>, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        let row = self.rows.get(self.next)?;
        let named = self.named_row(row);
        self.next += 1;
        Some(named)
    }
}

/// The names of members `ids`, in the order of the names (as a grouping
/// shows its members).
pub fn members_named(store: &Store, ids: &[Eid]) -> Result<Names, Error> {
    MemberNames::read(store, &[ids])?.by_name(0)
}

/// The first of `items` to name together, and their member lists
/// (`lists_of` each) in order: as many items as [`batch_of`] takes.
fn batch_lists<'a, T, L>(
    items: &'a [T],
    batch: usize,
    lists_of: impl Fn(&'a T) -> L,
) -> (usize, Vec<&'a [Eid]>)
where
    L: Iterator<Item = &'a [Eid]>,
{
    let n = batch_of(
        items.iter().map(|t| lists_of(t).map(<[Eid]>::len).sum()),
        batch,
    );
    let lists = items[..n].iter().flat_map(&lists_of).collect();
    (n, lists)
}

/// How many of `sizes` (members per group, in order) to name together:
/// those whose members add up to at most `batch` ([`MemberNames::WALK`]),
/// and at least one.
fn batch_of(sizes: impl IntoIterator<Item = usize>, batch: usize) -> usize {
    let mut total = 0;
    let mut n = 0;
    for size in sizes {
        total += size;
        if n > 0 && total > batch {
            break;
        }
        n += 1;
    }
    n
}

/// The names of several lists of members, read in one pass in the order
/// of the ids, as entity records lie. Named a list at a time, each read
/// was another block: a grouping's lists each span every id, and the block
/// cache of a `-e` process held none of them from one list to the next
/// (a 10M grouping written as JSON took 4× the time).
pub struct MemberNames {
    /// Every member's name once, in the order of their ids.
    read: NameList,
    /// Where the name of each list's member is in `read`.
    at: Vec<Vec<u32>>,
    /// Instead of `read` and `at`, when the walk's lists are ascending:
    /// each list's names in its order, packed ([`PackedNames`]).
    packed: Vec<PackedNames>,
}

/// What a path ending in `name` reaches: a condition matches an alias
/// too, a key (a group, a sort) is the entity's one name.
#[derive(Clone, Copy, PartialEq, Eq)]
enum NameReach {
    WithAliases,
    Own,
}

/// Names one after another in buffers of [`NameList::CHUNK`] bytes
/// (one buffer doubled as it filled would hold the old copy and the new
/// at once: 48 MB for a 10M grouping's 32 MB of names), each found by
/// where it starts: 4 bytes a name beside its text.
#[derive(Default)]
struct NameList {
    chunks: Vec<String>,
    /// Where each name starts: its chunk's index times `CHUNK`, plus its
    /// offset there (always below `CHUNK`). It ends where the next one
    /// starts in the same chunk, else at the chunk's end.
    starts: Vec<u32>,
}

impl NameList {
    const CHUNK: usize = 1 << 20;

    fn with_capacity(names: usize) -> NameList {
        NameList {
            chunks: Vec::new(),
            starts: Vec::with_capacity(names),
        }
    }

    /// False once the names pass 4 GB (their starts no longer fit).
    fn push(&mut self, name: &str) -> bool {
        let room = self
            .chunks
            .last()
            .is_some_and(|c| c.len() < Self::CHUNK && c.len() + name.len() <= Self::CHUNK);
        if !room {
            // A name longer than a chunk is a chunk of its own.
            self.chunks
                .push(String::with_capacity(Self::CHUNK.max(name.len())));
        }
        let chunk = self.chunks.len() - 1;
        let Some(last) = self.chunks.last_mut() else {
            return false;
        };
        let start = chunk
            .checked_mul(Self::CHUNK)
            .and_then(|base| u32::try_from(base + last.len()).ok());
        let Some(start) = start else {
            return false;
        };
        last.push_str(name);
        self.starts.push(start);
        true
    }

    fn get(&self, i: usize) -> Option<&str> {
        let start = *self.starts.get(i)? as usize;
        let (chunk, from) = (start / Self::CHUNK, start % Self::CHUNK);
        let text = self.chunks.get(chunk)?;
        let to = match self.starts.get(i + 1) {
            Some(&next) if next as usize / Self::CHUNK == chunk => next as usize % Self::CHUNK,
            _ => text.len(),
        };
        text.get(from..to)
    }
}

/// The distinct ids of some lists, ascending, as a bit per id up to the
/// largest, and the place of each among them (its rank): no sort of every
/// member (16 bytes each, 17 MB at 10M facts, sorted per batch).
struct IdSet {
    bits: Vec<u64>,
    /// Ids set in the words before each word.
    before: Vec<u32>,
}

impl IdSet {
    /// `None` when the bits would take more than 8 bytes a member (ids
    /// spread far apart) or there are more than `u32::MAX` ids.
    fn of(lists: &[&[Eid]], members: usize) -> Option<IdSet> {
        let most = lists.iter().filter_map(|l| l.iter().max()).max()?;
        let words = usize::try_from(most / 64).ok()?.checked_add(1)?;
        if words > members.max(1024) || members > u32::MAX as usize {
            return None;
        }
        let mut bits = vec![0u64; words];
        for &e in lists.iter().flat_map(|l| l.iter()) {
            bits[(e / 64) as usize] |= 1 << (e % 64);
        }
        let mut before = Vec::with_capacity(words);
        let mut n = 0u32;
        for w in &bits {
            before.push(n);
            n += w.count_ones();
        }
        Some(IdSet { bits, before })
    }

    fn len(&self) -> usize {
        self.before.last().copied().unwrap_or(0) as usize
            + self.bits.last().map_or(0, |w| w.count_ones() as usize)
    }

    /// The place of `e` (one of the set's) among the set's ids.
    fn rank(&self, e: Eid) -> u32 {
        let w = (e / 64) as usize;
        let below = self.bits[w] & ((1u64 << (e % 64)) - 1);
        self.before[w] + below.count_ones()
    }

    fn ids(&self) -> impl Iterator<Item = Eid> + '_ {
        self.bits.iter().enumerate().flat_map(|(w, &word)| {
            let mut rest = word;
            std::iter::from_fn(move || {
                if rest == 0 {
                    return None;
                }
                let b = rest.trailing_zeros();
                rest &= rest - 1;
                Some(w as Eid * 64 + Eid::from(b))
            })
        })
    }
}

impl MemberNames {
    /// The most members whose names the names cache may keep (read a
    /// second time): more are walked from the records and held only
    /// while they are written.
    pub const BATCH: usize = 1 << 17;

    /// The most members named together: their names (~30 bytes each at
    /// 10M facts) are held at once. A grouping at 10M facts (1.07M
    /// members) is one walk of the entity records, not 9 (a walk costs
    /// ~0.35 s there, reading every block whichever batch asks), and its
    /// names are not kept beside the answer.
    pub const WALK: usize = 1 << 21;

    pub fn read(store: &Store, lists: &[&[Eid]]) -> Result<MemberNames, Error> {
        let total = lists.iter().map(|l| l.len()).sum();
        let Some(set) = IdSet::of(lists, total) else {
            return Self::read_sorted(store, lists, total);
        };
        if total > Self::BATCH && lists.iter().all(|l| l.is_sorted()) {
            return Self::read_packed(store, lists, &set);
        }
        let at: Vec<Vec<u32>> = lists
            .iter()
            .map(|l| l.iter().map(|&e| set.rank(e)).collect())
            .collect();
        let mut read = NameList::with_capacity(set.len());
        let mut fits = true;
        if total <= Self::BATCH {
            let ids: Vec<Eid> = set.ids().collect();
            store.each_entity_name(&ids, |n| fits &= read.push(n))?;
        } else {
            store.walk_entity_names(set.ids(), |_, n| fits &= read.push(n))?;
        }
        Self::of_read(read, fits, at, total)
    }

    /// Names read in full (`fits`: none past [`NameList`]'s 4 GB), each
    /// list's members found in them by `at`.
    fn of_read(
        read: NameList,
        fits: bool,
        at: Vec<Vec<u32>>,
        total: usize,
    ) -> Result<MemberNames, Error> {
        if !fits {
            return Err(too_many_names(total));
        }
        Ok(MemberNames {
            read,
            at,
            packed: Vec::new(),
        })
    }

    /// [`MemberNames::read`] of ascending lists past a batch: one walk of
    /// the records in the order of the ids, each name put straight into
    /// the packed names of every list holding it (the lists merged by
    /// their next id, so each member costs a heap step, not a look at
    /// every list).
    fn read_packed(store: &Store, lists: &[&[Eid]], set: &IdSet) -> Result<MemberNames, Error> {
        use std::cmp::Reverse;
        let mut packed: Vec<PackedNames> = lists.iter().map(|_| PackedNames::default()).collect();
        let mut next = vec![0usize; lists.len()];
        let mut heap: std::collections::BinaryHeap<Reverse<(Eid, usize)>> = lists
            .iter()
            .enumerate()
            .filter_map(|(li, l)| l.first().map(|&e| Reverse((e, li))))
            .collect();
        let mut failed = None;
        store.walk_entity_names(set.ids(), |e, n| {
            while let Some(&Reverse((at, li))) = heap.peek() {
                if at != e {
                    break;
                }
                heap.pop();
                if failed.is_none() {
                    if let Err(err) = packed[li].push(n) {
                        failed = Some(err);
                    }
                }
                next[li] += 1;
                if let Some(&following) = lists[li].get(next[li]) {
                    heap.push(Reverse((following, li)));
                }
            }
        })?;
        if let Some(err) = failed {
            return Err(err);
        }
        for p in &mut packed {
            p.finish()?;
        }
        Ok(MemberNames {
            read: NameList::default(),
            at: Vec::new(),
            packed,
        })
    }

    /// [`MemberNames::read`] of ids too far apart for an [`IdSet`]: every
    /// member with its place, sorted by id.
    fn read_sorted(store: &Store, lists: &[&[Eid]], total: usize) -> Result<MemberNames, Error> {
        let mut by_id: Vec<(Eid, u32, u32)> = Vec::with_capacity(total);
        for (li, list) in lists.iter().enumerate() {
            by_id.extend(
                list.iter()
                    .enumerate()
                    .map(|(i, &e)| (e, li as u32, i as u32)),
            );
        }
        by_id.sort_unstable();
        let sorted: Vec<Eid> = by_id.iter().map(|x| x.0).collect();
        let mut at: Vec<Vec<u32>> = lists.iter().map(|l| vec![0; l.len()]).collect();
        for (k, &(_, li, i)) in by_id.iter().enumerate() {
            at[li as usize][i as usize] = k as u32;
        }
        // Gone before the names come in (16 bytes a member).
        drop(by_id);
        let mut read = NameList::with_capacity(total);
        let mut fits = true;
        store.each_entity_name(&sorted, |n| fits &= read.push(n))?;
        Self::of_read(read, fits, at, total)
    }

    /// The name of member `i` of list `list` (of lists named by id; a
    /// packed list is read whole, by [`MemberNames::names`]).
    #[cfg(test)]
    pub fn get(&self, list: usize, i: usize) -> &str {
        self.at
            .get(list)
            .and_then(|at| at.get(i))
            .and_then(|&k| self.read.get(k as usize))
            .unwrap_or_default()
    }

    /// List `list`'s names in the order of the names (ties by id), as a
    /// grouping shows its members. Sorted with each name's first 8 bytes
    /// beside it: most comparisons end there, without reading the name
    /// (the sort of 100K members was an eighth of a grouping). A packed
    /// list is taken: unpacked once, a frame at a time, and let go.
    pub fn by_name(&mut self, list: usize) -> Result<Names, Error> {
        if let Some(p) = self.packed.get_mut(list) {
            let p = std::mem::take(p);
            // In the order of the ids, as the lists are: the tie-break.
            let mut read = NameList::with_capacity(p.count());
            let mut fits = true;
            let count = p.count();
            p.drain(|n| fits &= read.push(n))?;
            if !fits {
                return Err(too_many_names(count));
            }
            let ks: Vec<u32> = (0..read.starts.len() as u32).collect();
            return Ok(sorted_by_name(&read, &ks));
        }
        let at = self.at.get(list).map_or(&[][..], Vec::as_slice);
        // `k` is the name's place in `read`, which is in the order of the
        // ids: the tie-break by id.
        Ok(sorted_by_name(&self.read, at))
    }

    /// List `list`'s names, in its order.
    pub fn names(&self, list: usize) -> Result<Names, Error> {
        if let Some(p) = self.packed.get(list) {
            let mut names = Names::with_capacity(p.count(), p.name_bytes());
            p.each(|n| names.push(n))?;
            return Ok(names);
        }
        let at = self.at.get(list).map_or(&[][..], Vec::as_slice);
        let name = |k: u32| self.read.get(k as usize).unwrap_or_default();
        let bytes = at.iter().map(|&k| name(k).len()).sum();
        let mut names = Names::with_capacity(at.len(), bytes);
        for &k in at {
            names.push(name(k));
        }
        Ok(names)
    }
}

/// The names at places `ks` of `read`, in the order of the names, ties
/// by place.
fn sorted_by_name(read: &NameList, ks: &[u32]) -> Names {
    let name = |k: u32| read.get(k as usize).unwrap_or_default();
    let mut order: Vec<(u64, u32)> = ks
        .iter()
        .map(|&k| (group::name_prefix(name(k)), k))
        .collect();
    order.sort_unstable_by(|a, b| {
        a.0.cmp(&b.0)
            .then_with(|| name(a.1).cmp(name(b.1)))
            .then(a.1.cmp(&b.1))
    });
    let bytes = order.iter().map(|&(_, k)| name(k).len()).sum();
    let mut names = Names::with_capacity(order.len(), bytes);
    for &(_, k) in &order {
        names.push(name(k));
    }
    names
}

fn too_many_names(members: usize) -> Error {
    Error::Internal(format!(
        "the names of {members} members named together pass 4 GB"
    ))
}

/// How to cite the loaded document `name` (no rows when none has that
/// name): the rows `show NAME` gives of its title, outlet and publication
/// date, each as stated by a fact of it or read off its text's head, and
/// the citation line; without the rest of a `show` (its facts, the facts
/// that refer to it, those drawn from it), so a list of every document
/// cites each one at the cost of a few reads.
pub fn citation_rows(store: &Store, name: &str) -> Result<Vec<Vec<Cell>>, Error> {
    let ev = Evaluator::new(store);
    let mut rows = Vec::new();
    let mut stated = Vec::new();
    if let Some(super::super::store::Resolution::Found(e)) = store.lookup(name)? {
        if store.entity_name(e)? == name {
            for attr in [
                crate::model::TITLE_ATTR,
                crate::model::OUTLET_ATTR,
                crate::store::PUBLISHED_ATTR,
            ] {
                let Some(a) = store.attr_id(attr) else {
                    continue;
                };
                let Some(f) = store.values_of(e, a)?.into_iter().next() else {
                    continue;
                };
                let row = ev.fact_row(&ev.cite, name, &f)?;
                stated.push((attr.to_string(), row[2].clone()));
                rows.push(row);
            }
        }
    }
    let subject = match rows.is_empty() {
        true => Cell::Text(name.to_string()),
        false => Cell::Entity(name.to_string()),
    };
    let citing = ev.document_rows(name, &subject, &stated)?;
    if citing.is_empty() {
        return Ok(Vec::new());
    }
    rows.extend(citing);
    Ok(rows)
}

fn eval_unnamed(store: &Store, plan: &Plan) -> Result<ResultSet, Error> {
    let ev = Evaluator::new(store);
    let about_documents = match plan {
        Plan::Kinds => true,
        Plan::Select(s) => s.kind == crate::model::DOCUMENT_KIND,
        _ => false,
    };
    let mut rs = match plan {
        Plan::Show(Some(e)) => ev.show(*e),
        Plan::ShowDocument(name) => ev.show_document(name),
        Plan::Kinds => ev.kinds(),
        Plan::Attributes(Some(kind)) => ev.attributes(kind),
        Plan::Select(s) => ev.select(s),
        Plan::Match(m) => ev.match_query(m),
        Plan::Find(f) => super::find::run(store, f),
        Plan::Timeline(t) => ev.timeline(t),
        Plan::Explain(inner) => {
            let mut rs = ResultSet::new(vec!["step", "plan"]);
            for (i, s) in inner.steps().into_iter().enumerate() {
                rs.rows.push(vec![Cell::Int(i as i64 + 1), Cell::Text(s)]);
            }
            Ok(rs)
        }
        Plan::Show(None) | Plan::Attributes(None) => Err(Error::Internal(
            "a plan made for explain was run".to_string(),
        )),
    }?;
    if about_documents {
        if let Some(n) = documents_note(store)? {
            rs.notes.push(n);
        }
    }
    Ok(rs)
}

/// Documents loaded that are no entity of the kind `document` (a dump's,
/// a fact file's without a `[document]` header: they came with their facts
/// ready), said where the kind is counted or listed, lest `count documents`
/// be read as the number of documents loaded.
fn documents_note(store: &Store) -> Result<Option<String>, Error> {
    let entities = store
        .kinds()?
        .into_iter()
        .find(|(k, _)| k == crate::model::DOCUMENT_KIND)
        .map_or(0, |(_, n)| n as u64);
    let loaded = store.doc_heads()?.len() as u64;
    if loaded <= entities {
        return Ok(None);
    }
    Ok(Some(format!(
        "{entities} of the {loaded} documents loaded {} of the kind document; \
         the other {} came with their facts ready (a dump, a fact file) and have none: \
         `.sources` lists all {loaded}",
        if entities == 1 {
            "is an entity"
        } else {
            "are entities"
        },
        loaded - entities
    )))
}

struct Evaluator<'s> {
    store: &'s Store,
    /// Bindings tried so far by `match` (see [`MAX_MATCH_STEPS`]).
    steps: std::cell::Cell<u64>,
    /// Money values a grouping left out of its sums (other modalities,
    /// rates), counted by attribute and qualifiers, for its note.
    left_out: std::cell::RefCell<std::collections::BTreeMap<group::LeftOut, usize>>,
    /// Entities whose documents disagree on a value an aggregate took
    /// once, for its note (see `versions`).
    differing: std::cell::RefCell<Vec<versions::Differing>>,
    /// Entities a `where` kept on one of their values of an attribute
    /// while another failed it, for its note (see `versions`).
    split: std::cell::RefCell<Vec<(Eid, Aid)>>,
    /// Documents' publication dates, each read once per answer (see
    /// `document`): which of two disagreeing documents is the later.
    published:
        std::cell::RefCell<rustc_hash::FxHashMap<crate::store::DocId, Option<crate::model::Date>>>,
    /// Every fact of a select's candidates, read once from eavt: its kind
    /// check, its filter and its row all read them here instead of
    /// seeking eavt and aevt again for each (see `Evaluator::candidates`).
    facts: std::cell::RefCell<rustc_hash::FxHashMap<Eid, std::rc::Rc<Vec<FactWords>>>>,
    /// The documents' exact words for the quotes a path asks for
    /// (`amount.quote`), each document's read once per answer.
    cite: std::cell::RefCell<Citations<'s>>,
}

trait WithHelp {
    fn with_query_help(self, help: &str) -> Self;
}

impl WithHelp for Error {
    fn with_query_help(self, help: &str) -> Self {
        match self {
            Error::Query(q) => Error::Query(q.with_help(help)),
            other => other,
        }
    }
}

impl<'s> Evaluator<'s> {
    fn new(store: &'s Store) -> Evaluator<'s> {
        Evaluator {
            store,
            steps: std::cell::Cell::new(0),
            left_out: Default::default(),
            differing: Default::default(),
            published: Default::default(),
            split: Default::default(),
            facts: Default::default(),
            cite: std::cell::RefCell::new(Citations::new(store)),
        }
    }
}

impl Evaluator<'_> {
    fn cell(&self, v: &KeyValue, text: &str) -> Result<Cell, Error> {
        Ok(self.store.to_value(v, text)?.into())
    }

    fn key_cell(&self, v: &KeyValue) -> Result<Cell, Error> {
        self.cell(v, "")
    }

    /// Values at the end of a path, starting from one entity, as a
    /// condition reads them: `name` is the name and every alias, so
    /// `recipient.name = "Yi County"` finds 义县.
    fn path_values(&self, start: &KeyValue, path: &RPath) -> Result<Vec<KeyValue>, Error> {
        self.values_at_end(start, path, NameReach::WithAliases)
    }

    /// Values at the end of a path as a key reads them (a group, a sort
    /// key): `name` is the entity's name alone — with its aliases one
    /// entity would be a group per alias and its sums counted again.
    fn path_keys(&self, start: &KeyValue, path: &RPath) -> Result<Vec<KeyValue>, Error> {
        self.values_at_end(start, path, NameReach::Own)
    }

    fn values_at_end(
        &self,
        start: &KeyValue,
        path: &RPath,
        names: NameReach,
    ) -> Result<Vec<KeyValue>, Error> {
        Ok(self
            .path_facts(start, path, names)?
            .into_iter()
            .map(|(v, _)| v)
            .collect())
    }

    /// Values at the end of a path, each with the qualifiers of the fact
    /// that gave it (the default for names and qualifier values).
    fn path_facts(
        &self,
        start: &KeyValue,
        path: &RPath,
        names: NameReach,
    ) -> Result<Vec<(KeyValue, Qualifiers)>, Error> {
        let mut cur = vec![(start.clone(), Qualifiers::default())];
        for (i, step) in path.steps.iter().enumerate() {
            if let Step::Cited(_) = step {
                // Read with the attribute before it, from its facts' records.
                continue;
            }
            let mut next = Vec::new();
            if let Step::Qualifier(name) = step {
                let facts = match (i, start) {
                    // First in the path: every fact of the entity but its kind.
                    (0, KeyValue::Ref(e)) => {
                        let kind = self.store.attr_id(crate::store::KIND_ATTR);
                        let known = self.facts.borrow().get(e).cloned();
                        let all: Vec<(crate::store::Aid, Qualifiers)> = match known {
                            Some(fs) => fs.iter().map(|f| (f.attr, f.qualifiers.clone())).collect(),
                            None => self.store.fact_qualifiers(*e)?,
                        };
                        all.into_iter()
                            .filter(|(a, _)| Some(*a) != kind)
                            .map(|(_, q)| (KeyValue::Ref(*e), q))
                            .collect()
                    }
                    (0, _) => Vec::new(),
                    _ => std::mem::take(&mut cur),
                };
                let date = |d: crate::model::Date| KeyValue::Date {
                    year: d.year,
                    month: d.month,
                    day: d.day,
                    doc_offset: d.doc_offset,
                };
                for (_, q) in facts {
                    let vs: Vec<KeyValue> = match name {
                        QualifierName::Modality => vec![KeyValue::Text(q.modality.name().into())],
                        QualifierName::Per => q
                            .per
                            .map(|r| KeyValue::Text(r.name().into()))
                            .into_iter()
                            .collect(),
                        QualifierName::AsOf => q.as_of.map(date).into_iter().collect(),
                        // A span's first and last dates: `period >= 2026-01`
                        // holds of a span that reaches into 2026.
                        QualifierName::Period => q
                            .period
                            .into_iter()
                            .flat_map(|p| std::iter::once(p.start).chain(p.end))
                            .map(date)
                            .collect(),
                    };
                    for v in vs {
                        if !next.iter().any(|(n, _)| *n == v) {
                            next.push((v, Qualifiers::default()));
                        }
                    }
                }
                cur = next;
                continue;
            }
            for (v, _) in &cur {
                let KeyValue::Ref(e) = v else { continue };
                match step {
                    Step::Attr(a, _) => {
                        if let Some(Step::Cited(c)) = path.steps.get(i + 1) {
                            // A missing quote or document is no value, as a
                            // missing attribute is (`has amount.doc` is false
                            // of background knowledge).
                            // Every source of a fact, not its first only: a
                            // fact two documents state is b.txt's as well
                            // (`amount.doc = b.txt`, `count … by amount.doc`).
                            next.extend(
                                self.cited_every(*e, *a, *c)?
                                    .into_iter()
                                    .filter(|t| !t.is_empty())
                                    .map(|t| (KeyValue::Text(t), Qualifiers::default())),
                            );
                            continue;
                        }
                        // The same facts in the same order (value order
                        // within the attribute) as aevt holds them.
                        let known = self.facts.borrow().get(e).cloned();
                        match known {
                            Some(fs) => next.extend(
                                fs.iter()
                                    .filter(|f| f.attr == *a)
                                    .map(|f| (f.value.clone(), f.qualifiers.clone())),
                            ),
                            None => next.extend(self.store.value_keys_q(*e, *a)?),
                        }
                    }
                    Step::Name => {
                        let rec = self.store.entity(*e)?;
                        next.push((KeyValue::Text(rec.name.clone()), Qualifiers::default()));
                        if names == NameReach::WithAliases {
                            next.extend(
                                rec.aliases
                                    .iter()
                                    .map(|a| (KeyValue::Text(a.clone()), Qualifiers::default())),
                            );
                        }
                    }
                    Step::Qualifier(_) | Step::Cited(_) => {}
                }
            }
            cur = next;
        }
        Ok(cur)
    }

    /// The quote (as `show` gives it: background knowledge as its reason)
    /// or the document of each fact of attribute `a` of `e`, in the order
    /// of its values (as a row's cell lists them); empty for a fact with
    /// no source. A fact cited by several documents gives its first, as
    /// `show` does (a condition reads them all: [`Self::cited_every`]).
    fn cited(&self, e: Eid, a: Aid, c: Provenance) -> Result<Vec<Cell>, Error> {
        self.store
            .values_of(e, a)?
            .iter()
            .map(|f| match f.record.sources.first() {
                Some(s) => {
                    let src = self.cite.borrow_mut().source(s)?;
                    Ok(match c {
                        Provenance::Quote => Cell::quote(&src),
                        Provenance::Doc => Cell::Text(show::cited_doc(src)),
                        Provenance::Published => self.published_cell(s)?,
                    })
                }
                None => Ok(Cell::Text(String::new())),
            })
            .collect()
    }

    /// The quote or document of every source of every fact of attribute
    /// `a` of `e`: what a condition or a grouping reads, where no cell
    /// beside pairs them with values.
    fn cited_every(&self, e: Eid, a: Aid, c: Provenance) -> Result<Vec<String>, Error> {
        let mut out = Vec::new();
        for f in self.store.values_of(e, a)? {
            for s in &f.record.sources {
                let t = self.cited_source(s, c)?;
                if !out.contains(&t) {
                    out.push(t);
                }
            }
        }
        Ok(out)
    }

    fn cited_source(&self, s: &crate::store::StoredSource, c: Provenance) -> Result<String, Error> {
        let src = self.cite.borrow_mut().source(s)?;
        Ok(match c {
            Provenance::Quote => src.shown(),
            Provenance::Doc => show::cited_doc(src),
            Provenance::Published => self.published_cell(s)?.display(),
        })
    }

    /// When the document of source `s` was published, as its citation
    /// gives it; empty when unknown, and for background knowledge.
    fn published_cell(&self, s: &crate::store::StoredSource) -> Result<Cell, Error> {
        if s.background().is_some() {
            return Ok(Cell::Text(String::new()));
        }
        Ok(match self.doc_published(s.doc)? {
            Some(d) => Cell::Date(d),
            None => Cell::Text(String::new()),
        })
    }

    fn path_start(
        &self,
        path: &RPath,
        e: Option<Eid>,
        binding: &[Option<KeyValue>],
    ) -> Option<KeyValue> {
        match path.var {
            Some(i) => binding.get(i).cloned().flatten(),
            None => e.map(KeyValue::Ref),
        }
    }

    /// Whether a condition holds of entity `e` (a select) or of a binding
    /// (a match): only a condition that is true keeps it; false and unknown
    /// both drop it, as SQL's `WHERE` does.
    fn holds(
        &self,
        x: &RExpr,
        e: Option<Eid>,
        binding: &[Option<KeyValue>],
    ) -> Result<bool, Error> {
        let mark = self.split.borrow().len();
        let t = self.truth(x, e, binding)? == Some(true);
        if !t {
            // Not kept: its split values decided nothing.
            self.split.borrow_mut().truncate(mark);
        }
        Ok(t)
    }

    /// The truth of a condition in three-valued logic (SQL's, Kleene's):
    /// `None` is unknown. A comparison, `within` or `contains` on a
    /// missing value is unknown, as is one with a date whose year is
    /// unknown; `not` of unknown is unknown; `and` is false when any part
    /// is false, `or` true when any part is true. `has` is never unknown.
    /// `!=` is `not =`, so `a != x` and `not a = x` always agree.
    fn truth(
        &self,
        x: &RExpr,
        e: Option<Eid>,
        binding: &[Option<KeyValue>],
    ) -> Result<Option<bool>, Error> {
        Ok(match x {
            RExpr::Or(items) => {
                let mut out = Some(false);
                for i in items {
                    match self.truth(i, e, binding)? {
                        Some(true) => return Ok(Some(true)),
                        Some(false) => {}
                        None => out = None,
                    }
                }
                out
            }
            RExpr::And(items) => {
                let mut out = Some(true);
                for i in items {
                    match self.truth(i, e, binding)? {
                        Some(false) => return Ok(Some(false)),
                        Some(true) => {}
                        None => out = None,
                    }
                }
                out
            }
            RExpr::Not(inner) => self.truth(inner, e, binding)?.map(|t| !t),
            RExpr::Cmp { path, op, lits } => {
                // `a != x` is `not (a = x)`: no value equals x.
                let (test, negate) = match op {
                    CmpOp::Ne => (CmpOp::Eq, true),
                    other => (*other, false),
                };
                // A name is equal to another as a lookup finds it: ignoring
                // quotation marks, title brackets, white space and case, so
                // `name = “西川县”` (pasted or typed with an IME) is 西川县.
                let name_keys: Option<Vec<String>> = (test == CmpOp::Eq
                    && matches!(path.steps.last(), Some(Step::Name)))
                .then(|| {
                    lits.iter()
                        .filter_map(|l| match l {
                            RLit::Text(t) => Some(name_key(t)),
                            _ => None,
                        })
                        .collect()
                });
                let test_value = |v: &KeyValue| {
                    if let (Some(keys), KeyValue::Text(s)) = (&name_keys, v) {
                        let key = name_key(s);
                        return Some(keys.contains(&key));
                    }
                    let mut out = Some(false);
                    for l in lits {
                        match compare(v, l).test(test) {
                            Some(true) => return Some(true),
                            Some(false) => {}
                            None => out = None,
                        }
                    }
                    out
                };
                // An attribute of the entity whose facts a select read
                // first (a row's filter checked again after a value range):
                // its values compared where they are, not gathered first.
                // An entity kept because one of its values passes while
                // another fails (12亿元 and 13.5亿元 against < 13亿元):
                // marked, for the note on documents that disagree.
                let mark_split = |a: Aid, e: Eid, found: Option<bool>, failed: bool| {
                    if found == Some(true) && failed && !negate {
                        self.split.borrow_mut().push((e, a));
                    }
                };
                if let (None, [Step::Attr(a, _)], Some(e)) = (path.var, &path.steps[..], e) {
                    let known = self.facts.borrow().get(&e).cloned();
                    if let Some(fs) = known {
                        let values = || fs.iter().filter(|f| f.attr == *a).map(|f| &f.value);
                        let found = any_value_of(values(), test_value);
                        if found == Some(true) {
                            let failed = values().any(|v| test_value(v) == Some(false));
                            mark_split(*a, e, found, failed);
                        }
                        return Ok(if negate { found.map(|t| !t) } else { found });
                    }
                }
                let Some(start) = self.path_start(path, e, binding) else {
                    return Ok(None);
                };
                let values = self.path_values(&start, path)?;
                let found = any_value(&values, test_value);
                if let (None, [Step::Attr(a, _)], Some(e), Some(true)) =
                    (path.var, &path.steps[..], e, found)
                {
                    let failed = values.iter().any(|v| test_value(v) == Some(false));
                    mark_split(*a, e, found, failed);
                }
                if negate {
                    found.map(|t| !t)
                } else {
                    found
                }
            }
            RExpr::Within { path, places, .. } => {
                let Some(start) = self.path_start(path, e, binding) else {
                    return Ok(None);
                };
                any_value(&self.path_values(&start, path)?, |v| {
                    Some(matches!(v, KeyValue::Ref(r) if places.contains(r)))
                })
            }
            RExpr::Contains { path, needle } => {
                let Some(start) = self.path_start(path, e, binding) else {
                    return Ok(None);
                };
                let values = self.path_values(&start, path)?;
                let mut texts = Vec::new();
                for v in &values {
                    texts.push(match v {
                        KeyValue::Text(s) => Some(s.clone()),
                        KeyValue::Ref(r) => Some(self.store.entity_name(*r)?),
                        _ => None,
                    });
                }
                any_value(&texts, |t| {
                    Some(
                        t.as_ref()
                            .is_some_and(|t| name_key(t).contains(needle.as_str())),
                    )
                })
            }
            RExpr::Has(path) => Some(match self.path_start(path, e, binding) {
                Some(start) => !self.path_values(&start, path)?.is_empty(),
                None => false,
            }),
        })
    }
}

/// A condition on the values of a path: true when it is true of any value,
/// unknown when there is no value (a missing attribute) or it is unknown
/// of some value and true of none, else false.
fn any_value<T>(values: &[T], test: impl Fn(&T) -> Option<bool>) -> Option<bool> {
    any_value_of(values.iter(), test)
}

/// [`any_value`] of the values an iterator gives.
fn any_value_of<'v, T: 'v>(
    values: impl Iterator<Item = &'v T>,
    test: impl Fn(&T) -> Option<bool>,
) -> Option<bool> {
    let (mut any, mut unknown) = (false, false);
    for v in values {
        any = true;
        match test(v) {
            Some(true) => return Some(true),
            Some(false) => {}
            None => unknown = true,
        }
    }
    (any && !unknown).then_some(false)
}

/// How a stored value stands against a literal.
pub(super) enum Cmp {
    Order(Ordering),
    /// Different types or units: the comparison is false.
    Incomparable,
    /// The order is not known: a date whose year is unknown.
    Unknown,
    /// A date of month or year precision against a literal it neither lies
    /// within nor misses: 2020-03 against 2020-03-15, 2020 against 2020-05;
    /// or a bounded quantity against a literal within what it allows:
    /// 超2.4亿元 against 2.5亿元.
    /// Whether the value starts before the literal's first day and ends
    /// after its last decides what each operator can know.
    Overlap {
        starts_before: bool,
        ends_after: bool,
    },
}

impl Cmp {
    /// Whether `op` holds: `None` when it cannot be known.
    pub(super) fn test(self, op: CmpOp) -> Option<bool> {
        match self {
            Cmp::Order(o) => Some(op.holds(o)),
            Cmp::Incomparable => Some(false),
            Cmp::Unknown => None,
            // `<` is "before the literal's first day", `>` "after its last".
            Cmp::Overlap {
                starts_before,
                ends_after,
            } => match op {
                CmpOp::Lt | CmpOp::Ge if starts_before => None,
                CmpOp::Lt => Some(false),
                CmpOp::Ge => Some(true),
                CmpOp::Gt | CmpOp::Le if ends_after => None,
                CmpOp::Gt => Some(false),
                CmpOp::Le => Some(true),
                CmpOp::Eq | CmpOp::Ne => None,
            },
        }
    }
}

/// The first and last day a date can stand for: 2020-03 is 2020-03-01 to
/// 2020-03-31 (31 for any month: only the order matters, and both sides of
/// a comparison use it).
fn date_span(year: i32, month: Option<u8>, day: Option<u8>) -> ((i32, u8, u8), (i32, u8, u8)) {
    match (month, day) {
        (Some(m), Some(d)) => ((year, m, d), (year, m, d)),
        (Some(m), None) => ((year, m, 1), (year, m, 31)),
        (None, _) => ((year, 1, 1), (year, 12, 31)),
    }
}

/// A bounded quantity against a literal within what it allows.
const UNKNOWN_WITHIN: Cmp = Cmp::Overlap {
    starts_before: true,
    ends_after: true,
};

/// Orders a stored value against a literal.
pub(super) fn compare(v: &KeyValue, lit: &RLit) -> Cmp {
    match (v, lit) {
        (
            KeyValue::Quantity {
                unit, value, bound, ..
            },
            RLit::Quantity(q),
        ) if unit.comparable(q.unit) => match (value.cmp(&q.value), bound) {
            // 超2.4亿元 / 2000多元: more than the number written, by an
            // amount not said, but of its order: under ten times it. Above
            // a literal at or under the number, below one at ten times it
            // or more; a literal between lies within what it allows
            // (超2.4亿元 may be under 2.5亿元 or not): no comparison is known.
            (Ordering::Equal | Ordering::Greater, Bound::AtLeast) => Cmp::Order(Ordering::Greater),
            (Ordering::Less, Bound::AtLeast) if value.0 > 0 && q.value.0 / 10 >= value.0 => {
                Cmp::Order(Ordering::Less)
            }
            (Ordering::Less, Bound::AtLeast) => UNKNOWN_WITHIN,
            // 不到1亿元: less than the number written, of its order (above
            // a tenth of it); likewise.
            (Ordering::Equal | Ordering::Less, Bound::AtMost) => Cmp::Order(Ordering::Less),
            (Ordering::Greater, Bound::AtMost) if q.value.0 > 0 && value.0 / 10 >= q.value.0 => {
                Cmp::Order(Ordering::Greater)
            }
            (Ordering::Greater, Bound::AtMost) => UNKNOWN_WITHIN,
            (o, _) => Cmp::Order(o),
        },
        (KeyValue::Ref(e), RLit::Entity(t)) => Cmp::Order(e.cmp(t)),
        // `????-06-15` is some June 15th: before 2000 or after, nobody knows;
        // `Y-1` (去年) too, until the document's year is known.
        (KeyValue::Date { year: None, .. }, RLit::Date(_)) => Cmp::Unknown,
        (KeyValue::Date { .. }, RLit::Date(d)) if d.year.is_none() => Cmp::Unknown,
        // A date is the span of days it can stand for: before, after,
        // within (equal), or overlapping what the literal stands for.
        (
            KeyValue::Date {
                year: Some(year),
                month,
                day,
                ..
            },
            RLit::Date(d),
        ) => {
            let (v_lo, v_hi) = date_span(*year, *month, *day);
            let (l_lo, l_hi) = date_span(d.year.unwrap_or(i32::MIN), d.month, d.day);
            if v_hi < l_lo {
                Cmp::Order(Ordering::Less)
            } else if v_lo > l_hi {
                Cmp::Order(Ordering::Greater)
            } else if v_lo >= l_lo && v_hi <= l_hi {
                Cmp::Order(Ordering::Equal)
            } else {
                Cmp::Overlap {
                    starts_before: v_lo < l_lo,
                    ends_after: v_hi > l_hi,
                }
            }
        }
        (KeyValue::Text(s), RLit::Text(t)) => Cmp::Order(s.as_str().cmp(t.as_str())),
        _ => Cmp::Incomparable,
    }
}
