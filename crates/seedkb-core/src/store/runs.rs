//! Sorted runs of entry writes in temporary files, for the keyspaces a
//! load only writes ([`DEFERRED`]): each part of a large load writes its
//! entries of those keyspaces as one run instead of merging them into the
//! blocks, and the commit merges every run into the blocks once. Their
//! entries are spread over the whole keyspace (`avet` by value, `words` by
//! word), so each part used to rewrite most of their blocks: at a million
//! facts (~20 parts) the same block bytes were written ~10 times over.
//!
//! A run is its entries in key order, each: the length of the prefix it
//! shares with the entry before, the rest of its key, then 0 (a delete) or
//! 1, the value's length and the value (lengths as LEB128 varints, as in
//! a block). The files are anonymous (deleted when closed or when the
//! process ends): nothing of a run outlives the load, and a crash leaves
//! only the engine's undo log, which undoes the parts as before.

use super::kv::{KvError, KvResult, LendWrites, LentWrite, Space, WriteOp};
use super::packed::{put_varint, shared};
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Read, Seek, SeekFrom, Write};

/// The keyspaces the loader never reads back while it loads (index
/// entries: it writes them and deletes them by key, without looking).
pub const DEFERRED: [Space; 2] = [Space::Aevt, Space::Avet];

pub fn is_deferred(s: Space) -> bool {
    DEFERRED.contains(&s)
}

/// One entry write: key, and the value (`None` deletes).
#[cfg(test)]
pub type EntryWrite = (Vec<u8>, Option<Vec<u8>>);

fn io_error(what: &str, e: std::io::Error) -> String {
    format!(
        "{what} the load's sorted index runs (a temporary file in {}): {e}",
        std::env::temp_dir().display()
    )
}

/// Writes sorted entry writes (distinct keys) as one run.
pub fn write_run<K: AsRef<[u8]>, V: AsRef<[u8]>>(
    entries: impl Iterator<Item = (K, Option<V>)>,
) -> Result<File, String> {
    let mut run = RunWriter::new()?;
    for (k, v) in entries {
        run.put(k.as_ref(), v.as_ref().map(|v| v.as_ref()))?;
    }
    run.finish()
}

/// A run being written, an entry at a time, in key order.
struct RunWriter {
    out: BufWriter<File>,
    prev: Vec<u8>,
    buf: Vec<u8>,
}

impl RunWriter {
    fn new() -> Result<RunWriter, String> {
        let file = tempfile::tempfile().map_err(|e| io_error("creating", e))?;
        Ok(RunWriter {
            out: BufWriter::with_capacity(1 << 16, file),
            prev: Vec::new(),
            buf: Vec::with_capacity(256),
        })
    }

    fn put(&mut self, k: &[u8], v: Option<&[u8]>) -> Result<(), String> {
        let buf = &mut self.buf;
        buf.clear();
        let s = shared(&self.prev, k);
        put_varint(buf, s);
        put_varint(buf, k.len() - s);
        buf.extend_from_slice(&k[s..]);
        match v {
            Some(v) => {
                buf.push(1);
                put_varint(buf, v.len());
                buf.extend_from_slice(v);
            }
            None => buf.push(0),
        }
        self.out
            .write_all(buf)
            .map_err(|e| io_error("writing", e))?;
        self.prev.clear();
        self.prev.extend_from_slice(k);
        Ok(())
    }

    fn finish(self) -> Result<File, String> {
        let mut file = self
            .out
            .into_inner()
            .map_err(|e| io_error("writing", e.into_error()))?;
        file.seek(SeekFrom::Start(0))
            .map_err(|e| io_error("rewinding", e))?;
        Ok(file)
    }
}

/// The most runs a keyspace keeps open during a load of up to 2 x 64
/// parts (63 per level, see [`Runs`]; a few more past that): with a run
/// per part and keyspace, a load of 20,000 articles was seen holding 2,358
/// open files, past the 1,024 descriptors a shell gives by default.
#[cfg(test)]
pub const MAX_RUNS: usize = 64;

/// How many runs of one level are folded into one of the next. A fold
/// rewrites its entries once more (read, merged, written, read again at
/// the commit): at 16, a 1M-fact load's ~47 parts were folded twice, two
/// thirds of its index entries written twice, 4% of the load's CPU. At
/// 64 a load folds from ~1.4M facts on, and a keyspace holds at most 63
/// runs a level open (with four deferred keyspaces, ~250 files a level).
const FAN: usize = 64;

/// A keyspace's runs, oldest first, folded by levels as in a log-structured
/// merge tree: a new run is of level 0, and the newest [`FAN`] runs, when
/// of one level, are folded into one of the next. So an entry is rewritten
/// once per level (log64 of the parts), where folding every run into one at
/// each 32nd had rewritten everything written before each time (12% of a
/// 1M-fact load's CPU, and growing with the square of the load).
#[derive(Default)]
pub struct Runs {
    /// Oldest first, with their levels (never rising towards the newest);
    /// while a [`Sorter`] runs, it has them.
    runs: Vec<(File, u32)>,
    sorter: Option<Sorter>,
}

/// The thread a keyspace's pending writes are sorted, written as runs and
/// folded on, while the loader goes on with its next part (that work was
/// a tenth of a 1M-fact load, all of it on the loader's thread). It takes
/// one part's writes at a time: the loader waits for it to finish one
/// before it hands over the next, so at most two parts' writes are held.
struct Sorter {
    tx: std::sync::mpsc::SyncSender<Pending>,
    /// The buffers of a part written, handed back for the next part.
    spare: std::sync::mpsc::Receiver<Pending>,
    worker: std::thread::JoinHandle<Result<Vec<(File, u32)>, String>>,
    /// How many runs it holds.
    #[cfg(test)]
    held: std::sync::Arc<std::sync::atomic::AtomicUsize>,
}

impl Runs {
    /// Hands `pending` (emptied, its buffers swapped for spare ones) to
    /// the sorting thread, started on first use, to be written as a run
    /// and pushed; an error of an earlier part is returned here.
    pub fn push_pending(&mut self, pending: &mut Pending) -> Result<(), String> {
        if self.sorter.is_none() {
            self.sorter = Some(Sorter::start(std::mem::take(&mut self.runs))?);
        }
        let Some(sorter) = self.sorter.as_mut() else {
            return Ok(());
        };
        let spare = sorter.spare.try_recv().unwrap_or_default();
        let full = std::mem::replace(pending, spare);
        if sorter.tx.send(full).is_err() {
            // It stopped: with the error it stopped on.
            return self.settle();
        }
        // Tests wait for each part's run, so that what they count of the
        // runs held is exact; the work is the same.
        #[cfg(test)]
        {
            let back = self.sorter.as_ref().map(|s| s.spare.recv());
            if let Some(Err(_)) = back {
                return self.settle();
            }
        }
        Ok(())
    }

    /// Waits for the sorting thread to finish what it was given and takes
    /// its runs back.
    fn settle(&mut self) -> Result<(), String> {
        let Some(sorter) = self.sorter.take() else {
            return Ok(());
        };
        drop(sorter.tx);
        match sorter.worker.join() {
            Ok(runs) => {
                self.runs = runs?;
                Ok(())
            }
            Err(p) => std::panic::resume_unwind(p),
        }
    }

    pub fn push(&mut self, run: File) -> Result<(), String> {
        self.settle()?;
        push_run(&mut self.runs, run)
    }

    #[cfg(test)]
    pub fn len(&self) -> usize {
        match &self.sorter {
            Some(s) => s.held.load(std::sync::atomic::Ordering::SeqCst),
            None => self.runs.len(),
        }
    }

    /// The runs, oldest first, for [`Merged`]; leaves none.
    pub fn take(&mut self) -> Result<Vec<File>, String> {
        self.settle()?;
        Ok(std::mem::take(&mut self.runs)
            .into_iter()
            .map(|r| r.0)
            .collect())
    }
}

impl Drop for Runs {
    fn drop(&mut self) {
        // A load that failed: its thread stops after its part.
        if let Some(sorter) = self.sorter.take() {
            drop(sorter.tx);
            let _ = sorter.worker.join();
        }
    }
}

impl Sorter {
    fn start(mut runs: Vec<(File, u32)>) -> Result<Sorter, String> {
        let (tx, rx) = std::sync::mpsc::sync_channel::<Pending>(0);
        let (spare_tx, spare) = std::sync::mpsc::sync_channel(1);
        #[cfg(test)]
        let held = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(runs.len()));
        #[cfg(test)]
        let counted = held.clone();
        let worker = std::thread::Builder::new()
            .name("seedkb-runs".into())
            .spawn(move || {
                for mut pending in rx {
                    let run = pending.write_run()?;
                    push_run(&mut runs, run)?;
                    #[cfg(test)]
                    counted.store(runs.len(), std::sync::atomic::Ordering::SeqCst);
                    // Kept for the next part when the loader wants it.
                    let _ = spare_tx.try_send(pending);
                }
                Ok(runs)
            })
            .map_err(|e| format!("could not start the thread that sorts a load's runs: {e}"))?;
        Ok(Sorter {
            tx,
            spare,
            worker,
            #[cfg(test)]
            held,
        })
    }
}

/// Pushes a new run (of level 0) and folds the newest runs while
/// [`FAN`] of them are of one level.
fn push_run(runs: &mut Vec<(File, u32)>, run: File) -> Result<(), String> {
    runs.push((run, 0));
    while runs.len() >= FAN {
        let newest = &runs[runs.len() - FAN..];
        let level = newest[0].1;
        if newest.iter().any(|r| r.1 != level) {
            break;
        }
        let at = runs.len() - FAN;
        let group: Vec<File> = runs.drain(at..).map(|r| r.0).collect();
        runs.push((fold(group)?, level + 1));
    }
    Ok(())
}

#[cfg(test)]
thread_local! {
    /// Entries written by folds on this thread.
    static FOLDED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Folds `runs` (oldest first) into one run holding what [`Merged`] gives
/// of them: the latest write of each key, deletes kept (they still undo
/// older entries in the blocks at the commit).
pub fn fold(runs: Vec<File>) -> Result<File, String> {
    let mut merged = Merged::new(runs)?;
    let mut run = RunWriter::new()?;
    let mut one = Batch::default();
    while merged.next_into(&mut one)? {
        let (k, v) = one.get(0);
        run.put(k, v)?;
        one.clear();
        #[cfg(test)]
        FOLDED.with(|n| n.set(n.get() + 1));
    }
    run.finish()
}

/// The writes to one deferred keyspace not yet taken, in the order they
/// were made, their bytes in one buffer: a load makes millions of them
/// (a sentence's words, a fact's aevt and avet entries), and one
/// allocation per key and value, sorted by moving them and freed one by
/// one, was a fifth of a large load's CPU.
#[derive(Default)]
pub struct Pending {
    bytes: Vec<u8>,
    writes: Vec<Held>,
}

/// What a write in [`Pending`] costs beyond its bytes.
pub const PENDING_ENTRY: usize = std::mem::size_of::<Held>();

/// One write in [`Pending`]: its key's first 16 bytes (two big-endian
/// words, zeros after a shorter key: ordering by them first orders as the
/// keys do, and most comparisons end there), where its key starts, the
/// key's and the value's lengths ([`DELETE`]: a delete; 32 bytes, where an
/// `Option<u32>` made it 40). Sixteen, not eight:
/// an `aevt` key is its attribute then its entity id, whose high bytes are
/// zeros in any store of fewer than 2^32 entities, so eight bytes told
/// apart the attributes only and sorting a part's runs went to `memcmp`
/// for nearly every comparison.
#[derive(Clone, Copy)]
struct Held {
    head: (u64, u64),
    at: usize,
    key: u32,
    value: u32,
}

/// [`Held::value`] of a delete: no value's length (the deferred keyspaces'
/// values are empty or a few bytes).
const DELETE: u32 = u32::MAX;

/// The bytes of `w`'s key in [`Pending::bytes`].
fn key_of<'b>(bytes: &'b [u8], w: &Held) -> &'b [u8] {
    &bytes[w.at..w.at + w.key as usize]
}

/// Fewer writes than this are sorted by comparison.
const RADIX_SMALL: usize = 48;

/// Buckets nested deeper than this are sorted by comparison: each level
/// holds three arrays of 257 counts (~6 KB) on the stack, and keys that
/// split one at a time past a long shared prefix (values 1, 11, 111, …)
/// would otherwise nest a level per byte, past the 2 MB stack of the
/// thread that sorts a load's runs.
const RADIX_DEEPEST: usize = 24;

/// Sorts `v` as `cmp` orders it, by the bytes of their keys from byte
/// `byte` on (all before it equal) in place (an American flag sort: a
/// bucket per byte value, swapped into place), then by `cmp` in buckets of
/// fewer than [`RADIX_SMALL`] or of keys that ended. The first 16 bytes
/// are read from the heads, the rest from the keys (`key`). `cmp` orders
/// by the key, then by `at`. A byte all of them share costs one count:
/// most keys of a keyspace share their first bytes, and the comparison
/// sort of a part's writes, each comparison of 16 bytes and often of the
/// keys, was 3.2% of a 100K load's instructions. Past the head too: the
/// `avet` entries of one kind share their attribute and value, more than
/// 16 bytes, and thousands of them sorted by comparing whole keys had
/// been 2.2% of a 100K load's instructions.
fn radix_sort<'b, F, K>(v: &mut [Held], byte: usize, depth: usize, cmp: &F, key: &K)
where
    F: Fn(&Held, &Held) -> std::cmp::Ordering,
    K: Fn(&Held) -> &'b [u8],
{
    let mut byte = byte;
    // Bucket 0: the key ended before `byte` (past the head; within it a
    // shorter key's bytes read as zeros, told apart by `cmp`).
    let digit = |h: &Held, byte: usize| -> usize {
        match byte {
            0..8 => ((h.head.0 >> (56 - 8 * byte)) & 0xff) as usize + 1,
            8..16 => ((h.head.1 >> (56 - 8 * (byte - 8))) & 0xff) as usize + 1,
            _ => key(h).get(byte).map_or(0, |&b| usize::from(b) + 1),
        }
    };
    let counts = loop {
        if v.len() < RADIX_SMALL || depth > RADIX_DEEPEST {
            v.sort_unstable_by(cmp);
            return;
        }
        let mut counts = [0usize; 257];
        for h in v.iter() {
            counts[digit(h, byte)] += 1;
        }
        if counts[0] == v.len() {
            // Every key ended: the same key, written more than once.
            v.sort_unstable_by(cmp);
            return;
        }
        if counts[digit(&v[0], byte)] == v.len() {
            byte += 1;
            continue;
        }
        break counts;
    };
    let mut ends = [0usize; 257];
    let mut total = 0;
    for (end, c) in ends.iter_mut().zip(counts) {
        total += c;
        *end = total;
    }
    let mut next = [0usize; 257];
    next[1..].copy_from_slice(&ends[..256]);
    for b in 0..257 {
        while next[b] < ends[b] {
            let d = digit(&v[next[b]], byte);
            if d == b {
                next[b] += 1;
            } else {
                v.swap(next[b], next[d]);
                next[d] += 1;
            }
        }
    }
    let mut start = 0;
    for (b, end) in ends.into_iter().enumerate() {
        if end - start > 1 {
            match b {
                0 => v[start..end].sort_unstable_by(cmp),
                _ => radix_sort(&mut v[start..end], byte + 1, depth + 1, cmp, key),
            }
        }
        start = end;
    }
}

/// A key's first 16 bytes as two big-endian words, zeros after a shorter
/// key: ordering by them first orders as the keys do (see [`Held`]).
pub(crate) fn head(key: &[u8]) -> (u64, u64) {
    let mut head = [0u8; 16];
    let n = key.len().min(16);
    head[..n].copy_from_slice(&key[..n]);
    let (a, b) = head.split_at(8);
    let word = |w: &[u8]| u64::from_be_bytes(w.try_into().unwrap_or_default());
    (word(a), word(b))
}

/// A key ordered as its bytes are, compared by its [`head`] first: most
/// keys of a keyspace share their first bytes (an entity's id, an
/// attribute's), so a map or heap of plain byte strings spent its
/// comparisons in `memcmp` (the overlay's inserts ~1,450 instructions
/// each, the runs' merge heap a third of the merge).
// Not `Hash`: a hash of it would not be its bytes' hash, which
// `Borrow<[u8]>` asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct HeadKey {
    head: (u64, u64),
    bytes: Vec<u8>,
}

impl HeadKey {
    pub(crate) fn new(bytes: Vec<u8>) -> HeadKey {
        HeadKey {
            head: head(&bytes),
            bytes,
        }
    }

    #[cfg(test)]
    pub(crate) fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// Takes the head again after `bytes` changed in place.
    fn rehead(&mut self) {
        self.head = head(&self.bytes);
    }
}

impl Ord for HeadKey {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.head
            .cmp(&other.head)
            .then_with(|| self.bytes.cmp(&other.bytes))
    }
}

impl PartialOrd for HeadKey {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// Looked up by its bytes: the order is theirs, so a map of them is
/// searched by a `&[u8]` as by a key.
impl std::borrow::Borrow<[u8]> for HeadKey {
    fn borrow(&self) -> &[u8] {
        &self.bytes
    }
}

impl Pending {
    pub fn push(&mut self, key: &[u8], value: Option<&[u8]>) {
        self.writes.push(Held {
            head: head(key),
            at: self.bytes.len(),
            key: key.len() as u32,
            value: value.map_or(DELETE, |v| v.len() as u32),
        });
        self.bytes.extend_from_slice(key);
        if let Some(v) = value {
            self.bytes.extend_from_slice(v);
        }
    }

    /// A write of a key that `build` appends to the buffer it is given
    /// (returning false when it has none to write: nothing is then
    /// pushed), with an empty value: built in place, not in a vector of
    /// its own copied here. Returns the key's length, if pushed.
    pub fn push_built(&mut self, build: impl FnOnce(&mut Vec<u8>) -> bool) -> Option<usize> {
        let at = self.bytes.len();
        if !build(&mut self.bytes) {
            self.bytes.truncate(at);
            return None;
        }
        let key = &self.bytes[at..];
        self.writes.push(Held {
            head: head(key),
            at,
            key: key.len() as u32,
            value: 0,
        });
        Some(key.len())
    }

    pub fn is_empty(&self) -> bool {
        self.writes.is_empty()
    }

    fn key(&self, w: &Held) -> &[u8] {
        &self.bytes[w.at..w.at + w.key as usize]
    }

    fn value(&self, w: &Held) -> Option<&[u8]> {
        let start = w.at + w.key as usize;
        (w.value != DELETE).then(|| &self.bytes[start..start + w.value as usize])
    }

    /// The writes in key order, the last write of a key winning; empties
    /// `self` (keeping its buffers for the next part).
    fn sorted(&mut self) -> Vec<Held> {
        let mut writes = std::mem::take(&mut self.writes);
        // The writes of one key stay in the order made (`at` grows with
        // each), as a stable sort keeps them, without its scratch buffer.
        let bytes = &self.bytes;
        radix_sort(
            &mut writes,
            0,
            0,
            &|a: &Held, b: &Held| {
                a.head
                    .cmp(&b.head)
                    .then_with(|| key_of(bytes, a).cmp(key_of(bytes, b)))
                    .then(a.at.cmp(&b.at))
            },
            &|w: &Held| key_of(bytes, w),
        );
        // In place: a second list of them was a part's deferred writes
        // held twice while its run was written.
        writes.dedup_by(|later, kept| {
            let same = kept.head == later.head && self.key(kept) == self.key(later);
            if same {
                *kept = *later;
            }
            same
        });
        writes
    }

    /// Writes the pending writes as one sorted run and empties `self`.
    pub fn write_run(&mut self) -> Result<File, String> {
        // The writes' list is let go, not kept for the next part with the
        // bytes: kept, it raised a 1M load's peak RSS by 5-9 MB (the spare
        // held it while the loader filled its part).
        let order = self.sorted();
        let run = write_run(order.iter().map(|w| (self.key(w), self.value(w))));
        self.bytes.clear();
        run
    }

    /// The pending writes in key order (the last write of a key winning),
    /// as writes of `space`; empties `self`.
    pub fn take(&mut self, space: Space) -> Vec<WriteOp> {
        let order = self.sorted();
        let ops = order
            .iter()
            .map(|w| {
                (
                    space,
                    self.key(w).to_vec(),
                    self.value(w).map(<[u8]>::to_vec),
                )
            })
            .collect();
        self.bytes = Vec::new();
        ops
    }
}

/// Reads a run back, entry by entry, into buffers of its own: the key of
/// the entry read last (with its head, for the merge's comparisons) and
/// its value. A vector per entry had been a sixth of a load's
/// allocations, each freed on the commit's thread.
struct RunReader {
    r: BufReader<File>,
    /// The entry read last (its key's prefix is shared by the next one).
    key: HeadKey,
    value: Vec<u8>,
    /// Whether the entry read last is a delete.
    delete: bool,
    /// Whether an entry was read (false: the run has ended).
    live: bool,
}

impl RunReader {
    fn new(f: File) -> RunReader {
        RunReader {
            r: BufReader::with_capacity(1 << 16, f),
            key: HeadKey::new(Vec::new()),
            value: Vec::new(),
            delete: false,
            live: false,
        }
    }

    fn byte(&mut self) -> Result<Option<u8>, String> {
        let mut b = [0u8; 1];
        match self.r.read(&mut b) {
            Ok(0) => Ok(None),
            Ok(_) => Ok(Some(b[0])),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => self.byte(),
            Err(e) => Err(io_error("reading", e)),
        }
    }

    fn varint(&mut self, first: Option<u8>) -> Result<usize, String> {
        let mut n: usize = 0;
        let mut next = first;
        for shift in (0..64).step_by(7) {
            let b = match next.take() {
                Some(b) => b,
                None => self.byte()?.ok_or_else(damaged)?,
            };
            n |= usize::from(b & 0x7F) << shift;
            if b & 0x80 == 0 {
                return Ok(n);
            }
        }
        Err(damaged())
    }

    /// Reads the next entry in place of the last (`live` false at the end).
    fn advance(&mut self) -> Result<(), String> {
        // An entry wholly in the reader's buffer is parsed there: reading
        // it a byte and a varint at a time through the reader was most of
        // the cost of merging runs (a sixth of a 1M-fact load).
        let buf = self.r.fill_buf().map_err(|e| io_error("reading", e))?;
        if buf.is_empty() {
            self.live = false;
            return Ok(());
        }
        if let Some(e) = parse_entry(buf, self.key.bytes.len())? {
            let (tail, value) = (&buf[e.tail.clone()], e.value.map(|v| &buf[v]));
            self.key.bytes.truncate(e.shared);
            self.key.bytes.extend_from_slice(tail);
            self.value.clear();
            self.value.extend_from_slice(value.unwrap_or_default());
            self.delete = value.is_none();
            self.r.consume(e.used);
            self.key.rehead();
            self.live = true;
            return Ok(());
        }
        let Some(first) = self.byte()? else {
            self.live = false;
            return Ok(());
        };
        let s = self.varint(Some(first))?;
        let rest = self.varint(None)?;
        if s > self.key.bytes.len() {
            return Err(damaged());
        }
        self.key.bytes.truncate(s);
        self.key.bytes.resize(s + rest, 0);
        self.r
            .read_exact(&mut self.key.bytes[s..])
            .map_err(|e| io_error("reading", e))?;
        self.key.rehead();
        self.delete = match self.byte()? {
            Some(0) => true,
            Some(1) => false,
            _ => return Err(damaged()),
        };
        self.value.clear();
        if !self.delete {
            let n = self.varint(None)?;
            self.value.resize(n, 0);
            self.r
                .read_exact(&mut self.value)
                .map_err(|e| io_error("reading", e))?;
        }
        self.live = true;
        Ok(())
    }
}

/// Where the parts of an entry lie in a reader's buffer.
struct Parsed {
    /// The length of the prefix shared with the key before.
    shared: usize,
    /// The rest of the key.
    tail: std::ops::Range<usize>,
    /// The value (`None`: a delete).
    value: Option<std::ops::Range<usize>>,
    /// The entry's length.
    used: usize,
}

/// The entry at the start of `buf` (after one whose key was `prev` bytes
/// long), or None when `buf` ends before it does.
fn parse_entry(buf: &[u8], prev: usize) -> Result<Option<Parsed>, String> {
    let mut at = 0;
    let varint = |at: &mut usize| -> Result<Option<usize>, String> {
        let mut n: usize = 0;
        for shift in (0..64).step_by(7) {
            let Some(&b) = buf.get(*at) else {
                return Ok(None);
            };
            *at += 1;
            n |= usize::from(b & 0x7F) << shift;
            if b & 0x80 == 0 {
                return Ok(Some(n));
            }
        }
        Err(damaged())
    };
    let Some(shared) = varint(&mut at)? else {
        return Ok(None);
    };
    let Some(rest) = varint(&mut at)? else {
        return Ok(None);
    };
    if shared > prev {
        return Err(damaged());
    }
    let tail = at..at + rest;
    if buf.len() < tail.end {
        return Ok(None);
    }
    at = tail.end;
    let value = match buf.get(at) {
        None => return Ok(None),
        Some(0) => {
            at += 1;
            None
        }
        Some(1) => {
            at += 1;
            let Some(n) = varint(&mut at)? else {
                return Ok(None);
            };
            if buf.len() < at + n {
                return Ok(None);
            }
            at += n;
            Some(at - n..at)
        }
        _ => return Err(damaged()),
    };
    Ok(Some(Parsed {
        shared,
        tail,
        value,
        used: at,
    }))
}

fn damaged() -> String {
    "a sorted index run of the load reads back damaged (its temporary file changed under it)"
        .to_string()
}

/// Merged writes, their bytes in one buffer (a key and a value each).
#[derive(Default)]
pub struct Batch {
    bytes: Vec<u8>,
    /// Where each write's key starts, its key's and its value's lengths
    /// ([`DELETE`]: a delete).
    writes: Vec<(usize, u32, u32)>,
}

impl Batch {
    fn clear(&mut self) {
        self.bytes.clear();
        self.writes.clear();
    }

    fn len(&self) -> usize {
        self.writes.len()
    }

    fn push(&mut self, key: &[u8], value: Option<&[u8]>) {
        let at = self.bytes.len();
        self.bytes.extend_from_slice(key);
        if let Some(v) = value {
            self.bytes.extend_from_slice(v);
        }
        self.writes.push((
            at,
            key.len() as u32,
            value.map_or(DELETE, |v| v.len() as u32),
        ));
    }

    /// Write `i`: its key and value (`None`: a delete).
    fn get(&self, i: usize) -> (&[u8], Option<&[u8]>) {
        let (at, key, value) = self.writes[i];
        let end = at + key as usize;
        let value = (value != DELETE).then(|| &self.bytes[end..end + value as usize]);
        (&self.bytes[at..end], value)
    }

    fn last_key(&self) -> Option<&[u8]> {
        self.len().checked_sub(1).map(|i| self.get(i).0)
    }
}

/// The runs of one keyspace merged in key order; of writes to one key, the
/// latest run's wins (runs are given oldest first).
pub struct Merged {
    /// Each reader holds its next entry (`live` false: it has ended).
    readers: Vec<RunReader>,
    /// A tournament of the readers' next entries (a loser tree): `tree[0]`
    /// is the reader whose entry comes first, `tree[j]` the loser of the
    /// match at node `j` (nodes `1..n`, reader `i` the leaf `n + i`). A new
    /// entry of the winner replays only its own path, one comparison a
    /// level and indices moved: a binary heap of the entries themselves
    /// compared and moved them down and up again (its pop and push were
    /// half of the merge).
    tree: Vec<usize>,
}

impl Merged {
    pub fn new(runs: Vec<File>) -> Result<Merged, String> {
        let mut readers: Vec<RunReader> = runs.into_iter().map(RunReader::new).collect();
        for r in &mut readers {
            r.advance()?;
        }
        let mut m = Merged {
            readers,
            tree: Vec::new(),
        };
        m.build();
        Ok(m)
    }

    /// Whether reader `a`'s next entry comes before reader `b`'s: the
    /// smaller key first, of equal keys the newer run's; an ended reader
    /// last.
    fn before(&self, a: usize, b: usize) -> bool {
        let (ra, rb) = (&self.readers[a], &self.readers[b]);
        match (ra.live, rb.live) {
            (true, true) => match ra.key.cmp(&rb.key) {
                std::cmp::Ordering::Less => true,
                std::cmp::Ordering::Greater => false,
                std::cmp::Ordering::Equal => a > b,
            },
            (true, false) => true,
            (false, _) => false,
        }
    }

    /// Plays the whole tournament once (see [`Merged::tree`]).
    fn build(&mut self) {
        let n = self.readers.len();
        if n == 0 {
            return;
        }
        // The winner of each node, the readers at the leaves.
        let mut won = vec![0; 2 * n];
        for (i, w) in won[n..].iter_mut().enumerate() {
            *w = i;
        }
        self.tree = vec![0; n];
        for j in (1..n).rev() {
            let (l, r) = (won[2 * j], won[2 * j + 1]);
            let (winner, loser) = if self.before(l, r) { (l, r) } else { (r, l) };
            won[j] = winner;
            self.tree[j] = loser;
        }
        self.tree[0] = won[1];
    }

    /// Reads reader `w`'s next entry (`w` the winner's) and replays `w`'s
    /// path to the root.
    fn advance(&mut self, w: usize) -> Result<(), String> {
        self.readers[w].advance()?;
        let n = self.readers.len();
        let mut winner = w;
        let mut node = (w + n) / 2;
        while node >= 1 {
            if self.before(self.tree[node], winner) {
                std::mem::swap(&mut self.tree[node], &mut winner);
            }
            node /= 2;
        }
        self.tree[0] = winner;
        Ok(())
    }

    /// Adds the next merged write, in key order, to `out`; false at the end.
    pub fn next_into(&mut self, out: &mut Batch) -> Result<bool, String> {
        let Some(&w) = self.tree.first() else {
            return Ok(false);
        };
        let r = &self.readers[w];
        if !r.live {
            return Ok(false);
        }
        out.push(&r.key.bytes, (!r.delete).then_some(&r.value[..]));
        self.advance(w)?;
        // Older writes of the same key lose.
        while let Some(&w) = self.tree.first() {
            let r = &self.readers[w];
            if !r.live || out.last_key() != Some(&r.key.bytes[..]) {
                break;
            }
            self.advance(w)?;
        }
        Ok(true)
    }

    /// The next merged write, owned; `None` at the end.
    #[cfg(test)]
    fn next_write(&mut self) -> Result<Option<EntryWrite>, String> {
        let mut one = Batch::default();
        if !self.next_into(&mut one)? {
            return Ok(None);
        }
        let (k, v) = one.get(0);
        Ok(Some((k.to_vec(), v.map(<[u8]>::to_vec))))
    }

    /// Up to `n` merged writes, in key order; empty at the end.
    #[cfg(test)]
    fn take(&mut self, n: usize) -> Result<Vec<EntryWrite>, String> {
        let mut out = Vec::new();
        while out.len() < n {
            let Some(w) = self.next_write()? else {
                break;
            };
            out.push(w);
        }
        Ok(out)
    }
}

/// Merged writes a batch of [`Ahead`] hands over at once.
const AHEAD_BATCH: usize = 1024;

/// [`Merged`] run on another thread, a few batches ahead of the commit
/// that writes its entries into blocks: reading and merging the runs
/// (a third of the commit's merge) and encoding and writing the blocks
/// then take a core each. Bounded: two batches wait at most. The batches
/// taken go back to the thread to be filled again: their buffers are
/// made a few times, not once a batch.
pub struct Ahead {
    rx: Option<std::sync::mpsc::Receiver<Result<Batch, String>>>,
    spent: Option<std::sync::mpsc::Sender<Batch>>,
    batch: Batch,
    /// The next write of `batch` to lend.
    at: usize,
    worker: Option<std::thread::JoinHandle<()>>,
}

impl Ahead {
    pub fn new(runs: Vec<File>) -> Result<Ahead, String> {
        let (tx, rx) = std::sync::mpsc::sync_channel(2);
        let (spent, reuse) = std::sync::mpsc::channel::<Batch>();
        let worker = std::thread::Builder::new()
            .name("seedkb-merge".into())
            .spawn(move || {
                let mut merged = match Merged::new(runs) {
                    Ok(m) => m,
                    Err(e) => {
                        let _ = tx.send(Err(e));
                        return;
                    }
                };
                loop {
                    let mut batch = reuse.try_recv().unwrap_or_default();
                    batch.clear();
                    let mut last = false;
                    while batch.len() < AHEAD_BATCH {
                        match merged.next_into(&mut batch) {
                            Ok(true) => {}
                            Ok(false) => {
                                last = true;
                                break;
                            }
                            Err(e) => {
                                let _ = tx.send(Err(e));
                                return;
                            }
                        }
                    }
                    // The taker stopped (it failed): nothing more to do.
                    if !batch.writes.is_empty() && tx.send(Ok(batch)).is_err() {
                        return;
                    }
                    if last {
                        return;
                    }
                }
            })
            .map_err(|e| format!("could not start the thread that merges a load's runs: {e}"))?;
        Ok(Ahead {
            rx: Some(rx),
            spent: Some(spent),
            batch: Batch::default(),
            at: 0,
            worker: Some(worker),
        })
    }

    /// Waits for the merging thread; its panic goes on here.
    fn join(&mut self) {
        self.rx = None;
        self.spent = None;
        if let Some(w) = self.worker.take() {
            if let Err(p) = w.join() {
                std::panic::resume_unwind(p);
            }
        }
    }
}

impl LendWrites for Ahead {
    /// The next merged write, as [`Merged::next_into`] gives it.
    fn next_write(&mut self) -> Option<KvResult<LentWrite<'_>>> {
        while self.at == self.batch.len() {
            let next = self.rx.as_ref()?.recv();
            match next {
                Ok(Ok(batch)) => {
                    let spent = std::mem::replace(&mut self.batch, batch);
                    self.at = 0;
                    // The thread may have ended: the buffer is let go.
                    if let Some(s) = &self.spent {
                        let _ = s.send(spent);
                    }
                }
                Ok(Err(e)) => {
                    self.join();
                    return Some(Err(KvError::Io(e)));
                }
                // The thread ended: all was sent (or it panicked, which
                // `join` carries on, lest a merge end short).
                Err(_) => {
                    self.join();
                    return None;
                }
            }
        }
        self.at += 1;
        Some(Ok(self.batch.get(self.at - 1)))
    }
}

impl Drop for Ahead {
    fn drop(&mut self) {
        // Hanging up stops the thread at its next batch.
        self.rx = None;
        if let Some(w) = self.worker.take() {
            let _ = w.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(k: &str, v: Option<&str>) -> EntryWrite {
        (k.as_bytes().to_vec(), v.map(|v| v.as_bytes().to_vec()))
    }

    /// The merging thread lends what the merge gives, write for write,
    /// across several batches (their buffers filled again once taken):
    /// keys of every length, deletes, and a key in both runs.
    #[test]
    fn ahead_lends_the_merged_writes_across_batches() {
        let run = |from: u32, step: u32, tag: u8| {
            let entries: Vec<EntryWrite> = (0..3 * AHEAD_BATCH as u32)
                .map(|i| {
                    let n = from + i * step;
                    let key = format!("k{n:07}{}", "y".repeat((n % 29) as usize));
                    let value = (!n.is_multiple_of(7)).then(|| vec![tag; (n % 50) as usize]);
                    (key.into_bytes(), value)
                })
                .collect();
            write_run(entries.iter().map(|(k, v)| (k, v.as_ref()))).unwrap()
        };
        let runs = || vec![run(0, 2, 1), run(1, 3, 2)];
        let want = Merged::new(runs()).unwrap().take(usize::MAX).unwrap();
        assert!(want.len() > 4 * AHEAD_BATCH);
        let mut ahead = Ahead::new(runs()).unwrap();
        let mut got = Vec::new();
        while let Some(w) = ahead.next_write() {
            let (k, v) = w.unwrap();
            got.push((k.to_vec(), v.map(<[u8]>::to_vec)));
        }
        assert_eq!(got, want);
    }

    /// A run larger than the reader's buffer reads back whole: entries
    /// parsed in the buffer and those cut by its end alike.
    #[test]
    fn a_run_reads_back_across_its_reader_buffers() {
        let entries: Vec<EntryWrite> = (0..20_000u32)
            .map(|i| {
                let key = format!("k{:08}{}", i, "x".repeat((i % 37) as usize));
                let value = (i % 5 != 0).then(|| vec![(i % 251) as u8; (i % 300) as usize]);
                (key.into_bytes(), value)
            })
            .collect();
        let run = write_run(entries.iter().map(|(k, v)| (k, v.as_ref()))).unwrap();
        assert!(run.metadata().unwrap().len() > 3 << 16);
        let got = Merged::new(vec![run]).unwrap().take(usize::MAX).unwrap();
        assert_eq!(got, entries);
    }

    #[test]
    fn folded_runs_merge_as_the_runs_they_replace() {
        let a = write_run([w("a", Some("1")), w("c", Some("1"))].into_iter()).unwrap();
        let b = write_run([w("a", None), w("b", Some("2"))].into_iter()).unwrap();
        let c = write_run([w("b", Some("3")), w("d", Some("3"))].into_iter()).unwrap();
        let folded = fold(vec![a, b]).unwrap();
        let got = Merged::new(vec![folded, c]).unwrap().take(100).unwrap();
        // The delete of `a` survives the fold; `b`'s later write wins.
        assert_eq!(
            got,
            vec![
                w("a", None),
                w("b", Some("3")),
                w("c", Some("1")),
                w("d", Some("3"))
            ]
        );
    }

    #[test]
    fn runs_merge_in_key_order_and_the_latest_write_of_a_key_wins() {
        let old = write_run(
            vec![
                w("a", Some("1")),
                w("ab", Some("old")),
                w("abc", None),
                w("b", Some("")),
            ]
            .into_iter(),
        )
        .unwrap();
        let new =
            write_run(vec![w("ab", None), w("abd", Some("2")), w("b", Some("new"))].into_iter())
                .unwrap();
        let empty = write_run(std::iter::empty::<EntryWrite>()).unwrap();
        let mut m = Merged::new(vec![old, empty, new]).unwrap();
        let mut all = Vec::new();
        loop {
            let got = m.take(2).unwrap();
            if got.is_empty() {
                break;
            }
            assert!(got.len() <= 2);
            all.extend(got);
        }
        assert_eq!(
            all,
            vec![
                w("a", Some("1")),
                w("ab", None),
                w("abc", None),
                w("abd", Some("2")),
                w("b", Some("new")),
            ]
        );
    }

    /// Runs pushed one by one are folded by levels: few open at once, each
    /// entry rewritten once per level (not once per fold of everything),
    /// and their merge is the merge of every run pushed.
    #[test]
    fn runs_fold_by_levels_and_merge_as_every_run() {
        let n = 600usize;
        let mut runs = Runs::default();
        let mut want = std::collections::BTreeMap::new();
        FOLDED.with(|f| f.set(0));
        let mut most = 0;
        for i in 0..n {
            // Ten keys per run, some written again by later runs.
            let writes: Vec<EntryWrite> = (0..10)
                .map(|j| {
                    let k = format!("{:05}", (i * 7 + j * 131) % 3000).into_bytes();
                    let v = (j % 4 != 0).then(|| format!("{i}").into_bytes());
                    (k, v)
                })
                .collect::<std::collections::BTreeMap<_, _>>()
                .into_iter()
                .collect();
            for (k, v) in &writes {
                want.insert(k.clone(), v.clone());
            }
            runs.push(write_run(writes.into_iter()).unwrap()).unwrap();
            most = most.max(runs.len());
        }
        assert!(most <= 3 * (FAN - 1) + 1, "{most} runs open");
        // 600 runs: one level of folds (64), so at most one rewrite each.
        let folded = FOLDED.with(std::cell::Cell::get);
        assert!(folded <= 10 * n, "{folded} entries folded");
        let mut m = Merged::new(runs.take().unwrap()).unwrap();
        let mut got = Vec::new();
        while let Some(w) = m.next_write().unwrap() {
            got.push(w);
        }
        assert_eq!(got, want.into_iter().collect::<Vec<_>>());
    }

    /// Pending writes come out in key order — short keys, keys that share
    /// their first 8 bytes, keys differing only past them — with the last
    /// write of a key winning, the same as a run or as writes.
    #[test]
    fn pending_writes_come_out_in_key_order_and_the_last_write_wins() {
        let writes = [
            w("abcdefgh2", Some("x")),
            w("b", None),
            w("abcdefgh", Some("1")),
            w("a", Some("short")),
            w("abcdefgh10", Some("y")),
            w("a\0", Some("nul")),
            w("b", Some("again")),
            w("abcdefgh2", None),
            w("", Some("empty")),
        ];
        let fill = || {
            let mut p = Pending::default();
            for (k, v) in &writes {
                p.push(k, v.as_deref());
            }
            p
        };
        let want = vec![
            w("", Some("empty")),
            w("a", Some("short")),
            w("a\0", Some("nul")),
            w("abcdefgh", Some("1")),
            w("abcdefgh10", Some("y")),
            w("abcdefgh2", None),
            w("b", Some("again")),
        ];
        let mut p = fill();
        let taken: Vec<EntryWrite> = p
            .take(Space::Avet)
            .into_iter()
            .map(|(s, k, v)| {
                assert_eq!(s, Space::Avet);
                (k, v)
            })
            .collect();
        assert_eq!(taken, want);
        assert!(p.is_empty());
        let run = fill().write_run().unwrap();
        let mut m = Merged::new(vec![run]).unwrap();
        let read: Vec<EntryWrite> = m.take(100).unwrap();
        assert_eq!(read, want);
    }

    /// A key built in place is the write `push` makes of it (empty value),
    /// beside copied ones; a build that declines pushes nothing and leaves
    /// no bytes behind in the next key.
    #[test]
    fn a_key_built_in_place_is_the_write_of_that_key() {
        let mut built = Pending::default();
        let mut copied = Pending::default();
        for (k, v) in [("k2", Some("v")), ("a", None)] {
            built.push(k.as_bytes(), v.map(str::as_bytes));
            copied.push(k.as_bytes(), v.map(str::as_bytes));
        }
        assert_eq!(
            built.push_built(|b| {
                b.extend_from_slice(b"nothing");
                false
            }),
            None
        );
        for k in ["abcdefgh10", "k2", "b"] {
            let n = built.push_built(|b| {
                b.extend_from_slice(k.as_bytes());
                true
            });
            assert_eq!(n, Some(k.len()));
            copied.push(k.as_bytes(), Some(b""));
        }
        assert_eq!(built.take(Space::Aevt), copied.take(Space::Aevt));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(48))]

        /// Pending writes sorted by their heads' bytes come out as a
        /// sort of them by their keys, the last write of a key winning:
        /// keys sharing their first bytes, equal heads told apart past
        /// them, enough of them for buckets of every size.
        #[test]
        fn pending_writes_sorted_by_their_bytes_are_in_key_order(
            writes in proptest::collection::vec(
                (proptest::collection::vec(proptest::prop_oneof![proptest::strategy::Just(0u8), proptest::strategy::Just(7), proptest::strategy::Just(255), 0u8..4, proptest::prelude::any::<u8>()], 0..22),
                 proptest::option::of(0u8..3)),
                0..1500),
        ) {
            let mut p = Pending::default();
            let mut want = std::collections::BTreeMap::new();
            for (k, v) in &writes {
                // Keys of a keyspace share their first bytes.
                let k: Vec<u8> = [9u8, 9, 9].iter().chain(k).copied().collect();
                let v = v.map(|v| vec![v]);
                p.push(&k, v.as_deref());
                want.insert(k, v);
            }
            let got: Vec<EntryWrite> = p.take(Space::Avet).into_iter().map(|(_, k, v)| (k, v)).collect();
            proptest::prop_assert_eq!(got, want.into_iter().collect::<Vec<_>>());
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(32))]

        /// Many writes whose keys share more than the 16-byte head (or
        /// end inside it, padded heads equal), written more than once:
        /// sorted past the head by the keys' bytes, they come out as a
        /// sort of them by their keys, the last write of a key winning.
        #[test]
        fn pending_writes_sharing_more_than_the_head_are_in_key_order(
            writes in proptest::collection::vec(
                (proptest::prop_oneof![
                    proptest::strategy::Just(12usize),
                    proptest::strategy::Just(16),
                    proptest::strategy::Just(17),
                    proptest::strategy::Just(21),
                ],
                 proptest::collection::vec(0u8..3, 0..5),
                 proptest::option::of(0u8..3)),
                0..2000),
        ) {
            let mut p = Pending::default();
            let mut want = std::collections::BTreeMap::new();
            for (shared, tail, v) in &writes {
                let k: Vec<u8> = std::iter::repeat_n(9u8, *shared).chain(tail.iter().copied()).collect();
                let v = v.map(|v| vec![v]);
                p.push(&k, v.as_deref());
                want.insert(k, v);
            }
            let got: Vec<EntryWrite> = p.take(Space::Avet).into_iter().map(|(_, k, v)| (k, v)).collect();
            proptest::prop_assert_eq!(got, want.into_iter().collect::<Vec<_>>());
        }
    }

    /// Keys past a long shared prefix that split off one at a time (a
    /// byte 2 after more and more bytes 1) nest the radix sort a level per
    /// byte unless bounded: sorted on a thread with the 2 MB stack the
    /// runs' sorter has, they come out in key order.
    #[test]
    fn keys_splitting_one_byte_at_a_time_sort_on_a_small_stack() {
        let keys: Vec<Vec<u8>> = (0..1500)
            .rev()
            .map(|n| {
                let mut k = vec![9u8; 16];
                k.extend(std::iter::repeat_n(1u8, n));
                k.push(2);
                k
            })
            .collect();
        let got = std::thread::Builder::new()
            .stack_size(2 << 20)
            .spawn(move || {
                let mut p = Pending::default();
                for k in &keys {
                    p.push(k, Some(b"v"));
                }
                p.take(Space::Avet)
                    .into_iter()
                    .map(|(_, k, _)| k)
                    .collect::<Vec<_>>()
            })
            .unwrap()
            .join()
            .unwrap();
        assert_eq!(got.len(), 1500);
        assert!(got.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn head_keys_order_as_their_bytes_and_are_found_by_them() {
        // Keys that tie, differ or end inside the 16-byte head, zero bytes
        // (a shorter key's padding) among them, and keys longer than it.
        let mut keys: Vec<Vec<u8>> = vec![
            vec![],
            vec![0],
            vec![0, 0],
            vec![1],
            vec![1, 0],
            vec![1, 0, 0, 0, 0, 0, 0, 0, 0],
            vec![1, 0, 0, 0, 0, 0, 0, 0, 1],
            vec![0xff; 8],
            vec![0xff; 16],
            vec![0xff; 17],
        ];
        let long = b"\x00\x00\x00\x00\x00\x00\x00\x07attribute".to_vec();
        for tail in [&b""[..], b"\x00", b"a", b"ab", b"b"] {
            let mut k = long.clone();
            k.extend_from_slice(tail);
            keys.push(k);
        }
        for a in &keys {
            for b in &keys {
                let (ha, hb) = (HeadKey::new(a.clone()), HeadKey::new(b.clone()));
                assert_eq!(ha.cmp(&hb), a.cmp(b), "{a:?} against {b:?}");
                assert_eq!(ha == hb, a == b);
            }
        }
        let map: std::collections::BTreeMap<HeadKey, usize> = keys
            .iter()
            .enumerate()
            .map(|(i, k)| (HeadKey::new(k.clone()), i))
            .collect();
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(map.get(k.as_slice()), Some(&i));
        }
        let mut sorted = keys.clone();
        sorted.sort();
        let in_map: Vec<&[u8]> = map.keys().map(HeadKey::bytes).collect();
        assert_eq!(in_map, sorted.iter().map(Vec::as_slice).collect::<Vec<_>>());
    }
}
