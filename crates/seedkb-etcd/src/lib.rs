//! seedkb's store on a replicated etcd cluster (issue 16): an
//! implementation of the store's [`Kv`] interface over etcd's MVCC.
//!
//! Keys live under `PREFIX/`, so several knowledge bases share a cluster:
//! - `PREFIX/d/TREE/KEY` the entries of each keyspace (`TREE` its name);
//! - `~seedkb/manifest/PREFIX` the commit point: the revision at which it
//!   was last written (its `mod_revision`) is the committed state, and
//!   every read is made at that revision, so a reader never sees part of a
//!   write (the manifests sit together so that compaction, which is
//!   cluster-wide, can stay behind every knowledge base's);
//! - `PREFIX/c/lock` the writer lock, held through a lease (a crashed
//!   writer's lock goes when its lease expires);
//! - `PREFIX/c/pending` present while a write larger than one transaction
//!   is under way; the next writer (or `check --repair`) finding it rolls
//!   the data back to the committed revision (ARCHITECTURE.md, "Sharing a
//!   knowledge base", says why this design).
//!
//! The interface is synchronous; the crate owns a small tokio runtime. A
//! request that fails on a lost member or a leader change is retried on the
//! next member with backoff, up to a deadline; then it is a storage error
//! naming the cluster.

use etcd_client::{
    Client, CompactionOptions, Compare, CompareOp, ConnectOptions, GetOptions, SortOrder,
    SortTarget, Txn, TxnOp, TxnOpResponse, TxnResponse,
};
use seedkb_core::store::kv::{Kv, KvError, KvIter, KvResult, Space, WriteOp};
use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::future::Future;
use std::ops::Bound;
use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

/// Where a knowledge base is on a cluster, and how patient to be.
#[derive(Clone, Debug)]
pub struct Config {
    /// `host:port` of each member's client URL.
    pub endpoints: Vec<String>,
    /// The knowledge base's name on the cluster (keys under `prefix/`).
    pub prefix: String,
    /// How long a writer waits for another's write lock.
    pub lock_wait: Duration,
}

/// Operations per transaction: etcd's default `--max-txn-ops` is 128; a
/// chunk leaves room for the lock and manifest compares and writes.
/// `SEEDKB_ETCD_TXN_OPS` raises it for a cluster started with more.
const DEFAULT_TXN_OPS: usize = 120;
/// Bytes per transaction: etcd's default `--max-request-bytes` is 1.5 MiB.
const DEFAULT_TXN_BYTES: usize = 1 << 20;
/// How long a write lock outlives a writer that stopped renewing it.
const DEFAULT_LEASE_SECS: i64 = 10;
/// How long one request may take before it is tried on the next member.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(5);
/// How long a request is retried in all before it is an error.
const DEFAULT_DEADLINE_SECS: u64 = 30;
/// Entries per page of a scan once it is under way (a point lookup's first
/// page is one entry).
const MAX_PAGE: i64 = 1024;

/// Entries fetched by a lookup that misses the cache: a lookup lands in a
/// ~1 KB block, and the next lookup (a load walking its keys in order, a
/// query reading neighbours) is usually in one of the next few.
const FIRST_PAGE: i64 = 16;

/// Entries as read: full etcd keys and values, in key order.
type Entries = Vec<(Vec<u8>, Vec<u8>)>;

/// What this process read at one revision, as pages: a page from `from`
/// holds every entry in `[from, to)`. The data at a revision never changes,
/// so a page is right for as long as reads are made at that revision; the
/// cache is emptied when the view moves, or when it outgrows its budget.
#[derive(Default)]
struct Pages {
    rev: i64,
    by_from: BTreeMap<Vec<u8>, Page>,
    /// Pages by age, the oldest first: evicted first when over budget.
    order: VecDeque<Vec<u8>>,
    bytes: usize,
}

/// What a page costs the budget.
fn page_bytes(from: &[u8], p: &Page) -> usize {
    p.entries
        .iter()
        .map(|(k, v)| k.len() + v.len() + 32)
        .sum::<usize>()
        + from.len()
        + p.to.len()
}

struct Page {
    to: Vec<u8>,
    entries: Vec<(Vec<u8>, Vec<u8>)>,
}

impl Pages {
    /// Whether pages of `rev` may be used (and kept): the view's revision.
    fn at(&mut self, rev: i64) -> bool {
        if rev > self.rev {
            *self = Pages {
                rev,
                ..Pages::default()
            };
        }
        rev == self.rev
    }

    /// The page holding `key`, if any.
    fn holding(&self, key: &[u8]) -> Option<&Page> {
        let (_, p) = self.by_from.range(..=key.to_vec()).next_back()?;
        (key < p.to.as_slice()).then_some(p)
    }

    fn insert(&mut self, from: Vec<u8>, to: Vec<u8>, entries: Vec<(Vec<u8>, Vec<u8>)>, cap: usize) {
        if self.by_from.get(&from).is_some_and(|p| p.to >= to) {
            return;
        }
        let page = Page { to, entries };
        let size = page_bytes(&from, &page);
        // Over budget: the oldest pages go, down to three quarters of it (a
        // query's working set stays; emptying it all at once made a
        // 1M-fact group-by read its blocks five times over).
        if self.bytes + size > cap {
            while self.bytes + size > cap / 4 * 3 {
                let Some(old) = self.order.pop_front() else {
                    break;
                };
                if let Some(p) = self.by_from.remove(&old) {
                    self.bytes -= page_bytes(&old, &p);
                }
            }
        }
        self.bytes += size;
        match self.by_from.insert(from.clone(), page) {
            Some(old) => self.bytes -= page_bytes(&from, &old),
            None => self.order.push_back(from),
        }
    }
}

fn env_num<T: std::str::FromStr>(name: &str) -> Option<T> {
    std::env::var(name).ok()?.trim().parse().ok()
}

/// What a request needs to reach the cluster: a client per member, and the
/// member tried first (the last one that answered).
struct Members {
    clients: Vec<Client>,
    /// `host:port` of each, in the same order.
    endpoints: Vec<String>,
    current: AtomicUsize,
    label: String,
    deadline: Duration,
}

enum Failure {
    /// Worth trying again (on another member, after a pause).
    Retry(String),
    /// Will not get better by trying again.
    Fatal(String),
}

fn classify(label: &str, e: &etcd_client::Error) -> Failure {
    use etcd_client::Error as E;
    match e {
        E::GRpcStatus(s) => {
            let msg = s.message();
            if msg.contains("database space exceeded") {
                Failure::Fatal(format!(
                    "the etcd cluster {label} is full (its space quota alarm fired): nothing \
                     was written; compact and defragment it (`etcdctl compact REV`, `etcdctl \
                     defrag`), raise its --quota-backend-bytes, then `etcdctl alarm disarm`"
                ))
            } else if msg.contains("required revision has been compacted") {
                Failure::Fatal(format!(
                    "the knowledge base at {label} changed twice while this was reading it (the \
                     state it read is gone from the cluster's history): run it again"
                ))
            } else if msg.contains("requested lease not found") {
                Failure::Fatal(format!(
                    "the write lock on {label} expired (this process stalled or lost the \
                     cluster for longer than its lease); nothing was committed: run it again"
                ))
            } else if msg.contains("request is too large") {
                Failure::Fatal(format!(
                    "the etcd cluster {label} refused a request as too large ({msg}): start its \
                     members with a larger --max-request-bytes, or set SEEDKB_ETCD_TXN_BYTES \
                     lower"
                ))
            } else if msg.contains("too many operations in txn") {
                Failure::Fatal(format!(
                    "the etcd cluster {label} refused a transaction ({msg}): set \
                     SEEDKB_ETCD_TXN_OPS below its --max-txn-ops"
                ))
            } else {
                use tonic::Code;
                match s.code() {
                    Code::InvalidArgument
                    | Code::PermissionDenied
                    | Code::Unauthenticated
                    | Code::FailedPrecondition
                    | Code::Unimplemented => {
                        Failure::Fatal(format!("the etcd cluster {label} said: {msg}"))
                    }
                    _ => Failure::Retry(msg.to_string()),
                }
            }
        }
        E::InvalidArgs(m) | E::EndpointError(m) => {
            Failure::Fatal(format!("etcd cluster {label}: {m}"))
        }
        E::InvalidUri(u) => Failure::Fatal(format!("etcd cluster {label}: bad address: {u}")),
        other => Failure::Retry(other.to_string()),
    }
}

impl Members {
    /// Runs one request, retrying it on the next member with backoff when
    /// a member is lost or the leader changes, until the deadline. A
    /// member that failed is not tried again before the others have been.
    async fn call<T, F, Fut>(&self, what: &str, f: F) -> KvResult<T>
    where
        F: Fn(Client) -> Fut,
        Fut: Future<Output = Result<T, etcd_client::Error>>,
    {
        let started = Instant::now();
        let mut pause = Duration::from_millis(25);
        let n = self.clients.len();
        loop {
            let i = self.current.load(Ordering::Relaxed) % n;
            let last = match tokio::time::timeout(REQUEST_TIMEOUT, f(self.clients[i].clone())).await
            {
                Ok(Ok(v)) => return Ok(v),
                Ok(Err(e)) => match classify(&self.label, &e) {
                    Failure::Fatal(m) => return Err(KvError::Io(m)),
                    Failure::Retry(m) => m,
                },
                Err(_) => format!("no answer within {}s", REQUEST_TIMEOUT.as_secs()),
            };
            let _ =
                self.current
                    .compare_exchange(i, (i + 1) % n, Ordering::Relaxed, Ordering::Relaxed);
            if started.elapsed() + pause > self.deadline {
                return Err(KvError::Io(format!(
                    "the etcd cluster {} did not answer while {what} (tried for {:.0}s; last: \
                     {last}); check that a majority of its members are up",
                    self.label,
                    started.elapsed().as_secs_f64()
                )));
            }
            tokio::time::sleep(pause).await;
            pause = (pause * 2).min(Duration::from_secs(1));
        }
    }
}

/// The write lock this process holds.
struct Held {
    lease: i64,
    owner: Vec<u8>,
    keeper: tokio::task::JoinHandle<()>,
}

/// A knowledge base on an etcd cluster.
pub struct EtcdKv {
    /// Taken out only by `drop` (see there).
    rt: Option<tokio::runtime::Runtime>,
    members: Arc<Members>,
    /// `PREFIX/`.
    root: Vec<u8>,
    /// The committed revision every read is made at (0: nothing committed).
    view: AtomicI64,
    /// The write lock, while a turn of writes (or one write) holds it.
    held: Mutex<Option<Held>>,
    lock_wait: Duration,
    /// Pages read at the view's revision (see [`Pages`]).
    pages: Mutex<Pages>,
    /// Their budget in bytes (`SEEDKB_ETCD_CACHE_MB`, 256 by default: at 1M
    /// facts a group-by took 26 s with 64, 7.7 s with 256).
    pages_cap: usize,
    lease_secs: i64,
    txn_ops: usize,
    txn_bytes: usize,
}

fn prefix_end(p: &[u8]) -> Vec<u8> {
    let mut end = p.to_vec();
    while let Some(last) = end.pop() {
        if last < 0xff {
            end.push(last + 1);
            return end;
        }
    }
    vec![0]
}

fn header_revision(r: Option<&etcd_client::ResponseHeader>) -> i64 {
    r.map_or(0, |h| h.revision())
}

impl EtcdKv {
    /// Connects to the cluster and reads which state is committed. Fails
    /// (naming the cluster) when no member answers before the deadline.
    pub fn connect(cfg: &Config) -> KvResult<EtcdKv> {
        let label = format!("etcd://{}/{}", cfg.endpoints.join(","), cfg.prefix);
        if cfg.endpoints.is_empty() {
            return Err(KvError::Io(format!("{label}: no cluster member given")));
        }
        // One worker: the lease keeper must run while the caller computes.
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("seedkb-etcd")
            .enable_all()
            .build()
            .map_err(|e| KvError::Io(format!("{label}: cannot start the client runtime: {e}")))?;
        let clients = rt.block_on(async {
            let mut clients = Vec::new();
            for ep in &cfg.endpoints {
                let opts = ConnectOptions::new()
                    .with_connect_timeout(Duration::from_secs(2))
                    .with_keep_alive(Duration::from_secs(5), Duration::from_secs(3));
                let c = Client::connect([format!("http://{ep}")], Some(opts))
                    .await
                    .map_err(|e| KvError::Io(format!("{label}: cannot use member {ep}: {e}")))?;
                clients.push(c);
            }
            Ok::<_, KvError>(clients)
        })?;
        let deadline =
            Duration::from_secs(env_num("SEEDKB_ETCD_TIMEOUT").unwrap_or(DEFAULT_DEADLINE_SECS));
        let kv = EtcdKv {
            rt: Some(rt),
            members: Arc::new(Members {
                clients,
                endpoints: cfg.endpoints.clone(),
                current: AtomicUsize::new(0),
                label,
                deadline,
            }),
            root: format!("{}/", cfg.prefix).into_bytes(),
            view: AtomicI64::new(0),
            held: Mutex::new(None),
            lock_wait: cfg.lock_wait,
            pages: Mutex::new(Pages::default()),
            pages_cap: env_num::<usize>("SEEDKB_ETCD_CACHE_MB").unwrap_or(256) << 20,
            lease_secs: env_num("SEEDKB_ETCD_LEASE_SECS")
                .filter(|s| *s >= 1)
                .unwrap_or(DEFAULT_LEASE_SECS),
            txn_ops: env_num("SEEDKB_ETCD_TXN_OPS")
                .filter(|n| *n >= 8)
                .unwrap_or(DEFAULT_TXN_OPS),
            txn_bytes: env_num("SEEDKB_ETCD_TXN_BYTES")
                .filter(|n| *n >= 4096)
                .unwrap_or(DEFAULT_TXN_BYTES),
        };
        kv.refresh()?;
        Ok(kv)
    }

    /// `etcd://HOSTS/PREFIX`, for messages.
    pub fn label(&self) -> &str {
        &self.members.label
    }

    /// Whether a knowledge base was ever committed under the prefix (as
    /// read at connect). A prefix holding none gets a new one on the first
    /// write, which `--no-create` refuses and the front ends mention.
    pub fn holds_a_knowledge_base(&self) -> bool {
        self.view.load(Ordering::Acquire) != 0
    }

    /// The prefixes of the knowledge bases on the cluster, sorted: their
    /// manifests sit together, so a mistyped prefix can be told what is
    /// there.
    pub fn knowledge_bases(&self) -> KvResult<Vec<String>> {
        let kvs = self.block(self.members.call(
            "listing the knowledge bases",
            |mut c| async move {
                let o = GetOptions::new().with_prefix().with_keys_only();
                Ok(c.get(MANIFESTS, Some(o)).await?.take_kvs())
            },
        ))?;
        let mut names: Vec<String> = kvs
            .iter()
            .filter_map(|kv| kv.key().strip_prefix(MANIFESTS))
            .map(|k| String::from_utf8_lossy(k).into_owned())
            .collect();
        names.sort();
        Ok(names)
    }

    fn runtime(&self) -> &tokio::runtime::Runtime {
        self.rt.as_ref().expect("the runtime lives until drop")
    }

    fn block<T>(&self, f: impl Future<Output = KvResult<T>>) -> KvResult<T> {
        self.runtime().block_on(f)
    }

    fn control(&self, name: &str) -> Vec<u8> {
        let mut k = self.root.clone();
        k.extend_from_slice(b"c/");
        k.extend_from_slice(name.as_bytes());
        k
    }

    /// The manifest lives outside the prefix, in one range for the whole
    /// cluster: compaction is cluster-wide, and must not pass any
    /// knowledge base's committed revision (`~` is not allowed in a prefix).
    fn manifest_key(&self) -> Vec<u8> {
        let mut k = MANIFESTS.to_vec();
        k.extend_from_slice(&self.root[..self.root.len() - 1]);
        k
    }

    fn data_prefix(&self) -> Vec<u8> {
        let mut k = self.root.clone();
        k.extend_from_slice(b"d/");
        k
    }

    fn space_prefix(&self, space: Space) -> Vec<u8> {
        let mut k = self.data_prefix();
        k.extend_from_slice(space.tree_name().as_bytes());
        k.push(b'/');
        k
    }

    fn data_key(&self, space: Space, key: &[u8]) -> Vec<u8> {
        let mut k = self.space_prefix(space);
        k.extend_from_slice(key);
        k
    }

    /// One key as of the latest revision (linearizable).
    async fn latest(&self, key: Vec<u8>, what: &str) -> KvResult<Option<etcd_client::KeyValue>> {
        self.members
            .call(what, |mut c| {
                let key = key.clone();
                async move {
                    let mut r = c.get(key, None).await?;
                    Ok(r.take_kvs().into_iter().next())
                }
            })
            .await
    }

    /// The committed revision (the manifest's `mod_revision`; 0 when
    /// nothing was ever committed).
    async fn committed(&self) -> KvResult<i64> {
        Ok(self
            .latest(self.manifest_key(), "reading which state is committed")
            .await?
            .map_or(0, |kv| kv.mod_revision()))
    }

    /// A page of `[from, end)` at revision `rev`, `limit` entries (0: all).
    async fn page(
        &self,
        from: Vec<u8>,
        end: Vec<u8>,
        rev: i64,
        limit: i64,
        keys_only: bool,
    ) -> KvResult<(Vec<etcd_client::KeyValue>, bool)> {
        self.members
            .call("reading", |mut c| {
                let (from, end) = (from.clone(), end.clone());
                async move {
                    let mut o = GetOptions::new()
                        .with_range(end)
                        .with_limit(limit)
                        .with_revision(rev);
                    if keys_only {
                        o = o.with_keys_only();
                    }
                    // A committed revision never changes: any member that
                    // has it can serve it, without a round of consensus.
                    if rev > 0 {
                        o = o.with_serializable();
                    }
                    let mut r = c.get(from, Some(o)).await?;
                    let more = r.more();
                    Ok((r.take_kvs(), more))
                }
            })
            .await
    }

    fn pages(&self) -> std::sync::MutexGuard<'_, Pages> {
        self.pages.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Entries of `[from, end)` at `rev`, at most `limit` (from the cache
    /// when a page holds `from`), and where the next read starts (`end`
    /// when there is no more).
    fn read_page(
        &self,
        from: &[u8],
        end: &[u8],
        rev: i64,
        limit: i64,
        level: &mut Option<usize>,
    ) -> KvResult<(Entries, Vec<u8>)> {
        {
            let mut pages = self.pages();
            if pages.at(rev) {
                if let Some(p) = pages.holding(from) {
                    let upto = p.to.as_slice().min(end);
                    let got: Vec<(Vec<u8>, Vec<u8>)> = p
                        .entries
                        .iter()
                        .filter(|(k, _)| k.as_slice() >= from && k.as_slice() < upto)
                        .cloned()
                        .collect();
                    return Ok((got, upto.to_vec()));
                }
            }
        }
        // etcd 3.4 walks every key of a range's [key, range_end) in its
        // index before applying the limit (3.5 stops at the limit), so a
        // lookup over the rest of a keyspace of a million facts cost tens
        // of milliseconds. Ask for a narrow window first — the keys that
        // share all but the last bytes of `from` — and widen it only while
        // it is empty; `level` carries the width that worked to the next
        // page of a scan.
        let mut at = from.to_vec();
        let mut n = level
            .unwrap_or(from.len().saturating_sub(1))
            .min(from.len());
        let mut misses = 0;
        let (entries, to) = loop {
            let w = match prefix_end(&at[..n.min(at.len())]) {
                w if n > 0 && w.as_slice() < end && w > at => w,
                _ => end.to_vec(),
            };
            let (kvs, more) = self.block(self.page(at.clone(), w.clone(), rev, limit, false))?;
            let entries: Entries = kvs.into_iter().map(|kv| kv.into_key_value()).collect();
            if more {
                let last = entries.last().map(|(k, _)| k.clone()).unwrap_or_default();
                *level = Some(n);
                break (entries, [&last[..], &[0]].concat());
            }
            if !entries.is_empty() || w.as_slice() >= end {
                // A window that did not fill the page: wider next time.
                *level = Some(n.saturating_sub(1));
                break (entries, w);
            }
            // Nothing in [at, w): look further, wider.
            at = w;
            misses += 1;
            n = n.saturating_sub(if misses < 3 { 1 } else { 2 });
        };
        let mut pages = self.pages();
        if pages.at(rev) {
            pages.insert(from.to_vec(), to.clone(), entries.clone(), self.pages_cap);
        }
        Ok((entries, to))
    }

    /// Every key of `[from, end)` at `rev` (0: latest), page by page.
    async fn scan_all(
        &self,
        from: Vec<u8>,
        end: Vec<u8>,
        rev: i64,
        keys_only: bool,
        mut each: impl FnMut(etcd_client::KeyValue),
    ) -> KvResult<()> {
        let mut next = from;
        loop {
            let (kvs, more) = self
                .page(next.clone(), end.clone(), rev, MAX_PAGE, keys_only)
                .await?;
            let Some(last) = kvs.last() else {
                return Ok(());
            };
            next = last.key().to_vec();
            next.push(0);
            for kv in kvs {
                each(kv);
            }
            if !more {
                return Ok(());
            }
        }
    }
}

/// A scan at one revision, read a page at a time (through the cache): the
/// first page is small (a lookup needs one entry), each next one four
/// times larger.
struct RangeIter<'a> {
    kv: &'a EtcdKv,
    rev: i64,
    next: Vec<u8>,
    end: Vec<u8>,
    /// Bytes of the keyspace's prefix, cut off every key.
    strip: usize,
    buf: VecDeque<(Vec<u8>, Vec<u8>)>,
    page: i64,
    /// The window width that worked for the last page (see `read_page`).
    level: Option<usize>,
    done: bool,
}

impl Iterator for RangeIter<'_> {
    type Item = KvResult<(Vec<u8>, Vec<u8>)>;

    fn next(&mut self) -> Option<Self::Item> {
        while self.buf.is_empty() && !self.done {
            if self.next >= self.end || self.rev == 0 {
                self.done = true;
                return None;
            }
            match self
                .kv
                .read_page(&self.next, &self.end, self.rev, self.page, &mut self.level)
            {
                Err(e) => {
                    self.done = true;
                    return Some(Err(e));
                }
                Ok((entries, next)) => {
                    self.next = next;
                    for (mut k, v) in entries {
                        k.drain(..self.strip);
                        self.buf.push_back((k, v));
                    }
                    self.page = (self.page * 4).min(MAX_PAGE);
                }
            }
        }
        self.buf.pop_front().map(Ok)
    }
}

impl Kv for EtcdKv {
    fn get(&self, space: Space, key: &[u8]) -> KvResult<Option<Vec<u8>>> {
        let rev = self.view.load(Ordering::Acquire);
        if rev == 0 {
            return Ok(None);
        }
        let k = self.data_key(space, key);
        let end = [&k[..], &[0]].concat();
        let (entries, _) = self.read_page(&k, &end, rev, 1, &mut None)?;
        Ok(entries.into_iter().next().map(|(_, v)| v))
    }

    fn range(&self, space: Space, start: Bound<Vec<u8>>, end: Bound<Vec<u8>>) -> KvIter<'_> {
        let p = self.space_prefix(space);
        let from = match start {
            Bound::Included(k) => [&p[..], &k].concat(),
            Bound::Excluded(k) => [&p[..], &k, &[0]].concat(),
            Bound::Unbounded => p.clone(),
        };
        let to = match end {
            Bound::Excluded(k) => [&p[..], &k].concat(),
            Bound::Included(k) => [&p[..], &k, &[0]].concat(),
            Bound::Unbounded => prefix_end(&p),
        };
        Box::new(RangeIter {
            kv: self,
            rev: self.view.load(Ordering::Acquire),
            next: from,
            end: to,
            strip: p.len(),
            buf: VecDeque::new(),
            page: FIRST_PAGE,
            level: None,
            done: false,
        })
    }

    fn scan_prefix(&self, space: Space, prefix: &[u8]) -> KvIter<'_> {
        let p = self.space_prefix(space);
        let from = [&p[..], prefix].concat();
        Box::new(RangeIter {
            kv: self,
            rev: self.view.load(Ordering::Acquire),
            end: prefix_end(&from),
            next: from,
            strip: p.len(),
            buf: VecDeque::new(),
            // A prefix scan reads on: start with a real page.
            page: 64,
            level: None,
            done: false,
        })
    }

    fn floor(&self, space: Space, key: &[u8]) -> KvResult<Option<(Vec<u8>, Vec<u8>)>> {
        let rev = self.view.load(Ordering::Acquire);
        if rev == 0 {
            return Ok(None);
        }
        let p = self.space_prefix(space);
        let to = [&p[..], key, &[0]].concat();
        let strip = p.len();
        let cut = |(mut k, v): (Vec<u8>, Vec<u8>)| {
            k.drain(..strip);
            (k, v)
        };
        {
            let mut pages = self.pages();
            if pages.at(rev) {
                if let Some(pg) = pages.holding(&to[..to.len() - 1]) {
                    let from = pages
                        .by_from
                        .range(..=to[..to.len() - 1].to_vec())
                        .next_back()
                        .map(|(f, _)| f.clone())
                        .unwrap_or_default();
                    let found = pg.entries.iter().rev().find(|(k, _)| *k < to).cloned();
                    match found {
                        Some(e) => return Ok(Some(cut(e))),
                        // The page starts at the keyspace: nothing before.
                        None if from <= p => return Ok(None),
                        None => {}
                    }
                }
            }
        }
        let found = self.block(self.members.call("reading", |mut c| {
            let (p, to) = (p.clone(), to.clone());
            async move {
                let o = GetOptions::new()
                    .with_range(to)
                    .with_revision(rev)
                    .with_serializable()
                    .with_sort(SortTarget::Key, SortOrder::Descend)
                    .with_limit(1);
                let mut r = c.get(p, Some(o)).await?;
                Ok(r.take_kvs()
                    .into_iter()
                    .next()
                    .map(|kv| kv.into_key_value()))
            }
        }))?;
        // Nothing lies between what was found and `key`: a page.
        let mut pages = self.pages();
        if pages.at(rev) {
            let from = found.as_ref().map_or_else(|| p.clone(), |(k, _)| k.clone());
            pages.insert(from, to, found.iter().cloned().collect(), self.pages_cap);
        }
        Ok(found.map(cut))
    }

    fn apply(&self, ops: Vec<WriteOp>) -> KvResult<()> {
        let mut held = self.held.lock().unwrap_or_else(PoisonError::into_inner);
        // A write outside a turn (creating the schema on open) takes the
        // lock for itself.
        let own = held.is_none();
        if own {
            *held = Some(self.acquire()?);
            if let Err(e) = self.recover(held.as_ref().expect("just taken")) {
                self.release(held.take());
                return Err(e);
            }
            self.refresh()?;
        }
        let r = self.write(ops, held.as_ref().expect("held"));
        if own {
            self.release(held.take());
        }
        r
    }

    fn size_on_disk(&self) -> KvResult<u64> {
        self.block(
            self.members
                .call("reading the cluster's status", |mut c| async move {
                    Ok(c.status().await?.db_size())
                }),
        )
        .map(|n| n.max(0) as u64)
    }

    fn refresh(&self) -> KvResult<bool> {
        let now = self.block(self.committed())?;
        Ok(self.view.swap(now, Ordering::AcqRel) != now)
    }

    fn stale(&self) -> KvResult<bool> {
        let now = self.block(self.committed())?;
        Ok(self.view.load(Ordering::Acquire) != now)
    }

    fn lock_writes(&self) -> KvResult<()> {
        let mut held = self.held.lock().unwrap_or_else(PoisonError::into_inner);
        if held.is_some() {
            return Ok(());
        }
        let h = self.acquire()?;
        if let Err(e) = self.recover(&h) {
            self.release(Some(h));
            return Err(e);
        }
        *held = Some(h);
        Ok(())
    }

    fn unlock_writes(&self) {
        let mut held = self.held.lock().unwrap_or_else(PoisonError::into_inner);
        self.release(held.take());
    }

    fn report(&self) -> KvResult<Vec<String>> {
        self.block(self.status_report())
    }
}

impl Drop for EtcdKv {
    /// The store may be dropped on an async thread (`seedkb serve` ending):
    /// there a runtime can be neither blocked on nor dropped the blocking
    /// way. A write lock still held is released when that is possible, else
    /// its lease expires by itself.
    fn drop(&mut self) {
        let in_async = tokio::runtime::Handle::try_current().is_ok();
        let held = self
            .held
            .get_mut()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        if !in_async {
            self.release(held);
        }
        if let Some(rt) = self.rt.take() {
            rt.shutdown_background();
        }
    }
}

/// A transaction's outcome: whether its compares held, and its revision.
fn outcome(r: &TxnResponse) -> (bool, i64) {
    (r.succeeded(), header_revision(r.header()))
}

impl EtcdKv {
    async fn txn(&self, what: &str, txn: Txn) -> KvResult<TxnResponse> {
        self.members
            .call(what, |mut c| {
                let t = txn.clone();
                async move { c.txn(t).await }
            })
            .await
    }

    fn lock_is(&self, h: &Held) -> Compare {
        Compare::value(self.control("lock"), CompareOp::Equal, h.owner.clone())
    }

    /// Takes the write lock: a key held through a lease this process keeps
    /// alive, so a crashed writer's lock goes after `lease_secs`. Waits for
    /// another writer's up to the lock wait (at least one lease, so a
    /// crashed writer's lock is waited out).
    fn acquire(&self) -> KvResult<Held> {
        let lease = self.block(self.members.call("taking the write lock", |mut c| {
            let ttl = self.lease_secs;
            async move { c.lease_grant(ttl, None).await }
        }))?;
        let id = lease.id();
        let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
            .map(|h| h.trim().to_string())
            .unwrap_or_else(|_| "?".into());
        let owner = format!("{host} pid {} lease {id:x}", std::process::id()).into_bytes();
        // Kept alive from now: waiting for another writer may outlast it.
        let members = self.members.clone();
        let every = Duration::from_millis((self.lease_secs as u64 * 1000 / 3).max(300));
        let keeper = self.runtime().spawn(async move {
            loop {
                tokio::time::sleep(every).await;
                let _ = members
                    .call("keeping the write lock", |mut c| async move {
                        let (mut k, mut s) = c.lease_keep_alive(id).await?;
                        k.keep_alive().await?;
                        s.message().await?;
                        Ok(())
                    })
                    .await;
            }
        });
        let held = Held {
            lease: id,
            owner: owner.clone(),
            keeper,
        };
        let lock = self.control("lock");
        let wait = self
            .lock_wait
            .max(Duration::from_secs(self.lease_secs as u64 + 2));
        let started = Instant::now();
        loop {
            let txn = Txn::new()
                .when([Compare::create_revision(lock.clone(), CompareOp::Equal, 0)])
                .and_then([TxnOp::put(
                    lock.clone(),
                    owner.clone(),
                    Some(etcd_client::PutOptions::new().with_lease(id)),
                )])
                .or_else([TxnOp::get(lock.clone(), None)]);
            let r = match self.block(self.txn("taking the write lock", txn)) {
                Ok(r) => r,
                Err(e) => {
                    self.release(Some(held));
                    return Err(e);
                }
            };
            if r.succeeded() {
                break;
            }
            // Our own put may have landed on a try whose answer was lost.
            let holder = r
                .op_responses()
                .into_iter()
                .find_map(|o| match o {
                    TxnOpResponse::Get(mut g) => g.take_kvs().into_iter().next(),
                    _ => None,
                })
                .map(|kv| kv.value().to_vec())
                .unwrap_or_default();
            if holder == owner {
                break;
            }
            if started.elapsed() >= wait {
                self.release(Some(held));
                return Err(KvError::Locked(format!(
                    "knowledge base {} is being written by another process ({}): waited {:.1}s \
                     for its write lock; run the command again when that load is done",
                    self.label(),
                    String::from_utf8_lossy(&holder),
                    wait.as_secs_f64()
                )));
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        Ok(held)
    }

    fn release(&self, h: Option<Held>) {
        if let Some(h) = h {
            h.keeper.abort();
            // Revoking the lease deletes the lock; if the cluster is gone,
            // the lease expires by itself.
            let id = h.lease;
            let _ = self.block(
                self.members
                    .call("releasing the write lock", |mut c| async move {
                        c.lease_revoke(id).await
                    }),
            );
        }
    }

    /// Rolls back what an interrupted writer left (see [`EtcdKv::rollback`])
    /// when its pending mark is there.
    fn recover(&self, h: &Held) -> KvResult<()> {
        let pending =
            self.block(self.latest(self.control("pending"), "reading the write state"))?;
        if pending.is_some() {
            self.block(self.rollback(h))?;
        }
        Ok(())
    }

    /// Whether a write was interrupted (its pending mark is there).
    pub fn interrupted(&self) -> KvResult<bool> {
        Ok(self
            .block(self.latest(self.control("pending"), "reading the write state"))?
            .is_some())
    }

    /// Restores every data key written after the committed revision to
    /// its value there (or deletes it), then commits that state again.
    /// Returns how many keys it restored.
    async fn rollback(&self, h: &Held) -> KvResult<usize> {
        let base = self.committed().await?;
        let dp = self.data_prefix();
        let end = prefix_end(&dp);
        let mut now: BTreeMap<Vec<u8>, i64> = BTreeMap::new();
        self.scan_all(dp.clone(), end.clone(), 0, true, |kv| {
            now.insert(kv.key().to_vec(), kv.mod_revision());
        })
        .await?;
        let mut then: BTreeSet<Vec<u8>> = BTreeSet::new();
        if base > 0 {
            self.scan_all(dp.clone(), end.clone(), base, true, |kv| {
                then.insert(kv.key().to_vec());
            })
            .await?;
        }
        let mut restore: BTreeMap<Vec<u8>, Option<Vec<u8>>> = BTreeMap::new();
        for (k, rev) in &now {
            if *rev > base && !then.contains(k) {
                restore.insert(k.clone(), None);
            }
        }
        let mut wanted: BTreeSet<Vec<u8>> = then
            .iter()
            .filter(|k| now.get(*k).is_none_or(|r| *r > base))
            .cloned()
            .collect();
        if !wanted.is_empty() {
            self.scan_all(dp, end, base, false, |kv| {
                if wanted.remove(kv.key()) {
                    let (k, v) = kv.into_key_value();
                    restore.insert(k, Some(v));
                }
            })
            .await?;
        }
        let n = restore.len();
        let ops: Vec<(Vec<u8>, Option<Vec<u8>>)> = restore.into_iter().collect();
        for chunk in self.chunks(&ops)? {
            let txn = Txn::new().when([self.lock_is(h)]).and_then(chunk);
            let r = self.txn("rolling back an interrupted load", txn).await?;
            if !r.succeeded() {
                return Err(self.lost_lock());
            }
        }
        let mut then_ops = vec![TxnOp::delete(self.control("pending"), None)];
        if base > 0 {
            then_ops.push(TxnOp::put(self.manifest_key(), MANIFEST, None));
        }
        let txn = Txn::new()
            .when([
                self.lock_is(h),
                Compare::mod_revision(self.manifest_key(), CompareOp::Equal, base),
            ])
            .and_then(then_ops);
        let r = self.txn("rolling back an interrupted load", txn).await?;
        if !r.succeeded() && self.confirm(h, base).await?.is_none() {
            return Err(self.lost_lock());
        }
        Ok(n)
    }

    fn lost_lock(&self) -> KvError {
        KvError::Io(format!(
            "lost the write lock of knowledge base {} (its lease expired: this process stalled \
             or lost the cluster for over {}s); nothing was committed, and the next load or \
             `seedkb check --repair` rolls back what was written",
            self.label(),
            self.lease_secs
        ))
    }

    /// After a commit whose compares failed (or whose answer was lost and
    /// the retry found the manifest moved): whether it was ours. Only the
    /// lock holder commits, so the manifest moved past `base` while we
    /// still hold the lock means our commit landed.
    async fn confirm(&self, h: &Held, base: i64) -> KvResult<Option<i64>> {
        let lock = self
            .latest(self.control("lock"), "confirming a commit")
            .await?;
        let now = self.committed().await?;
        let ours = lock.is_some_and(|kv| kv.value() == h.owner.as_slice());
        Ok((ours && now > base).then_some(now))
    }

    /// Cuts writes into transactions within the cluster's limits.
    fn chunks(&self, ops: &[(Vec<u8>, Option<Vec<u8>>)]) -> KvResult<Vec<Vec<TxnOp>>> {
        let mut out = Vec::new();
        let mut cur = Vec::new();
        let mut bytes = 0;
        for (k, v) in ops {
            let size = k.len() + v.as_ref().map_or(0, Vec::len) + 16;
            if size > self.txn_bytes {
                return Err(KvError::Io(format!(
                    "knowledge base {}: a value of {size} bytes is larger than one etcd request \
                     may be ({} bytes; SEEDKB_ETCD_TXN_BYTES, at most the cluster's \
                     --max-request-bytes)",
                    self.label(),
                    self.txn_bytes
                )));
            }
            if !cur.is_empty() && (cur.len() >= self.txn_ops || bytes + size > self.txn_bytes) {
                out.push(std::mem::take(&mut cur));
                bytes = 0;
            }
            bytes += size;
            cur.push(match v {
                Some(v) => TxnOp::put(k.clone(), v.clone(), None),
                None => TxnOp::delete(k.clone(), None),
            });
        }
        if !cur.is_empty() {
            out.push(cur);
        }
        Ok(out)
    }

    /// Applies `ops` all or nothing under the held lock: one transaction
    /// when they fit, else chunks under the pending mark and a commit that
    /// moves the manifest. Readers read at the manifest's revision, so
    /// they see the chunks only once committed.
    fn write(&self, ops: Vec<WriteOp>, h: &Held) -> KvResult<()> {
        let base = self.view.load(Ordering::Acquire);
        let ops: Vec<(Vec<u8>, Option<Vec<u8>>)> = ops
            .into_iter()
            .map(|(s, k, v)| (self.data_key(s, &k), v))
            .collect();
        let mut chunks = self.chunks(&ops)?;
        drop(ops);
        let manifest = self.manifest_key();
        let at_base = Compare::mod_revision(manifest.clone(), CompareOp::Equal, base);
        let committed = if chunks.len() <= 1 {
            let mut then = chunks.pop().unwrap_or_default();
            then.push(TxnOp::put(manifest, MANIFEST, None));
            let txn = Txn::new().when([self.lock_is(h), at_base]).and_then(then);
            let r = self.block(self.txn("writing", txn))?;
            match outcome(&r) {
                (true, rev) => rev,
                (false, _) => self
                    .block(self.confirm(h, base))?
                    .ok_or_else(|| self.conflict(h))?,
            }
        } else {
            let r = self.block(async {
                let mark = Txn::new().when([self.lock_is(h)]).and_then([TxnOp::put(
                    self.control("pending"),
                    base.to_string(),
                    None,
                )]);
                if !self.txn("starting a load", mark).await?.succeeded() {
                    return Err(self.lost_lock());
                }
                for chunk in chunks {
                    let txn = Txn::new().when([self.lock_is(h)]).and_then(chunk);
                    if !self.txn("writing a load", txn).await?.succeeded() {
                        return Err(self.lost_lock());
                    }
                }
                let commit = Txn::new().when([self.lock_is(h), at_base]).and_then([
                    TxnOp::put(manifest, MANIFEST, None),
                    TxnOp::delete(self.control("pending"), None),
                ]);
                let r = self.txn("committing a load", commit).await?;
                match outcome(&r) {
                    (true, rev) => Ok(rev),
                    (false, _) => self.confirm(h, base).await?.ok_or_else(|| self.conflict(h)),
                }
            });
            match r {
                Ok(rev) => rev,
                Err(e) => {
                    // Undo now if the cluster lets us; else the next writer
                    // (or check --repair) will.
                    let _ = self.block(self.rollback(h));
                    return Err(e);
                }
            }
        };
        self.view.store(committed, Ordering::Release);
        // History before the previous commit is no longer needed: a reader
        // reads at the latest commit (or the one before, mid-query), and a
        // rollback at the latest.
        if base > 0 {
            let _ = self.block(self.compact(base));
        }
        Ok(())
    }

    /// Drops etcd's history before `upto`, or before the oldest committed
    /// revision of any knowledge base on the cluster if that is older.
    async fn compact(&self, upto: i64) -> KvResult<()> {
        let mut oldest = upto;
        self.scan_all(MANIFESTS.to_vec(), prefix_end(MANIFESTS), 0, true, |kv| {
            oldest = oldest.min(kv.mod_revision())
        })
        .await?;
        self.members
            .call("compacting history", |mut c| async move {
                c.compact(oldest, Some(CompactionOptions::new())).await?;
                Ok(())
            })
            .await
    }

    fn conflict(&self, _h: &Held) -> KvError {
        KvError::Io(format!(
            "knowledge base {}: the write was not committed: its write lock was lost or another \
             writer committed meanwhile; nothing changed, run it again",
            self.label()
        ))
    }

    /// For `check`: the cluster's members, their size against the quota,
    /// alarms, and an interrupted write.
    async fn status_report(&self) -> KvResult<Vec<String>> {
        let mut out = Vec::new();
        let mut up = 0;
        for (c, ep) in self.members.clients.iter().zip(&self.members.endpoints) {
            let mut c = c.clone();
            let r = tokio::time::timeout(REQUEST_TIMEOUT, c.status()).await;
            match r {
                Ok(Ok(s)) => {
                    up += 1;
                    let quota = s.db_size_quota();
                    out.push(format!(
                        "member {ep} (etcd {}): {} on disk, {} in use, {}{}",
                        s.version(),
                        mb(s.db_size()),
                        mb(s.raft_used_db_size()),
                        if quota > 0 {
                            format!("of a {} quota", mb(quota))
                        } else {
                            "quota not reported (etcd's default is 2.1 GB; \
                             --quota-backend-bytes)"
                                .into()
                        },
                        if s.errors().is_empty() {
                            String::new()
                        } else {
                            format!("; errors: {}", s.errors().join("; "))
                        }
                    ));
                }
                Ok(Err(e)) => out.push(format!(
                    "member {ep}: not answering ({})",
                    if e.to_string().contains("Connection refused") {
                        "connection refused".to_string()
                    } else {
                        e.to_string()
                    }
                )),
                Err(_) => out.push(format!("member {ep}: not answering")),
            }
        }
        if up == 0 {
            return Err(KvError::Io(format!(
                "no member of the etcd cluster {} answers",
                self.label()
            )));
        }
        let alarms = self
            .members
            .call("reading the cluster's alarms", |mut c| async move {
                c.alarm(
                    etcd_client::AlarmAction::Get,
                    etcd_client::AlarmType::None,
                    None,
                )
                .await
            })
            .await?;
        for a in alarms.alarms() {
            out.push(format!(
                "ALARM on member {:x}: {:?}{}",
                a.member_id(),
                a.alarm(),
                if a.alarm() == etcd_client::AlarmType::Nospace {
                    " (the cluster is full and refuses writes: compact, defragment, \
                     `etcdctl alarm disarm`)"
                } else {
                    ""
                }
            ));
        }
        if self
            .latest(self.control("pending"), "reading the write state")
            .await?
            .is_some()
        {
            out.push(
                "a load was interrupted: its uncommitted writes are invisible and are rolled \
                 back by the next load or `seedkb check --repair`"
                    .into(),
            );
        }
        out.push(format!(
            "committed revision {}",
            self.view.load(Ordering::Acquire)
        ));
        Ok(out)
    }
}

/// Where every knowledge base's manifest is, by prefix.
const MANIFESTS: &[u8] = b"~seedkb/manifest/";

/// The manifest's value: only its revision matters.
const MANIFEST: &str = "seedkb manifest 1";

fn mb(n: i64) -> String {
    format!("{:.1} MB", n as f64 / 1e6)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(k: &str) -> (Vec<u8>, Vec<u8>) {
        (k.as_bytes().to_vec(), b"v".to_vec())
    }

    #[test]
    fn prefix_end_is_the_first_key_past_the_prefix() {
        assert_eq!(prefix_end(b"kb/d/"), b"kb/d0".to_vec());
        assert_eq!(prefix_end(&[b'a', 0xff]), b"b".to_vec());
        assert_eq!(prefix_end(&[0xff]), vec![0]);
    }

    /// A page answers for the keys it covers, at its revision only; a
    /// newer revision empties the cache; over budget, the oldest go first.
    #[test]
    fn pages_answer_within_their_range_and_revision() {
        let mut p = Pages::default();
        assert!(p.at(5));
        p.insert(b"b".to_vec(), b"d".to_vec(), vec![e("b1"), e("c")], 1 << 20);
        assert!(p.holding(b"a").is_none());
        assert_eq!(p.holding(b"bz").map(|pg| pg.entries.len()), Some(2));
        assert!(p.holding(b"d").is_none(), "`to` is exclusive");
        assert!(!p.at(4), "an older revision is not served");
        assert!(p.holding(b"c").is_some());
        assert!(p.at(6));
        assert!(p.holding(b"c").is_none(), "a newer revision starts empty");
        let one = page_bytes(
            b"a0",
            &Page {
                to: b"a1".to_vec(),
                entries: vec![e("a0")],
            },
        );
        for i in 0..10 {
            let k = format!("a{i}");
            let to = format!("a{i}\0");
            p.insert(
                k.clone().into_bytes(),
                to.into_bytes(),
                vec![e(&k)],
                one * 4,
            );
        }
        assert!(p.bytes <= one * 4);
        assert!(p.holding(b"a0").is_none(), "the oldest went");
        assert!(p.holding(b"a9").is_some(), "the newest stayed");
    }
}
