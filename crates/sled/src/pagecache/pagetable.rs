//! A simple wait-free, grow-only pagetable, assumes a dense keyspace.
#![allow(unsafe_code)]

use std::{
    alloc::{alloc_zeroed, Layout},
    convert::TryFrom,
    mem::{align_of, size_of},
    sync::atomic::Ordering::{AcqRel, Acquire, Relaxed, Release},
};

use crossbeam_epoch::{pin, Atomic, Guard, Owned, Shared};

use crate::{
    debug_delay,
    pagecache::{constants::MAX_PID_BITS, Page, PageStates, PageView},
    Measure, M,
};

#[allow(unused)]
#[doc(hidden)]
pub const PAGETABLE_NODE_SZ: usize = size_of::<Node1>();

const NODE2_FAN_FACTOR: usize = 18;
const NODE1_FAN_OUT: usize = 1 << (MAX_PID_BITS - NODE2_FAN_FACTOR);
const NODE2_FAN_OUT: usize = 1 << NODE2_FAN_FACTOR;
const FAN_MASK: u64 = (NODE2_FAN_OUT - 1) as u64;

pub type PageId = u64;

struct Node1 {
    children: [Atomic<Node2>; NODE1_FAN_OUT],
}

struct Node2 {
    children: [Atomic<Page>; NODE2_FAN_OUT],
}

impl Node1 {
    fn new() -> Owned<Self> {
        let size = size_of::<Self>();
        let align = align_of::<Self>();

        unsafe {
            let layout = Layout::from_size_align_unchecked(size, align);

            #[allow(clippy::cast_ptr_alignment)]
            let ptr = alloc_zeroed(layout) as *mut Self;

            Owned::from_raw(ptr)
        }
    }
}

impl Node2 {
    fn new() -> Owned<Node2> {
        let size = size_of::<Self>();
        let align = align_of::<Self>();

        unsafe {
            let layout = Layout::from_size_align_unchecked(size, align);

            #[allow(clippy::cast_ptr_alignment)]
            let ptr = alloc_zeroed(layout) as *mut Self;

            Owned::from_raw(ptr)
        }
    }
}

// seedkb: the nodes no longer free their children when dropped (they
// stopped at the first empty slot, the table being dense); with pages
// installed on first use (`recovered`) the table has holes below the
// recovered pages' bound, so `PageTable`'s drop frees everything.

/// A simple lock-free radix tree.
pub struct PageTable {
    head: Atomic<Node1>,
    /// seedkb: the page states recovered from the snapshot (and the log
    /// after it), indexed by page id: a page whose slot is still empty is
    /// installed from here when first looked up, instead of every page at
    /// open (see `PageCache::load_snapshot`).
    recovered: PageStates,
}

impl Default for PageTable {
    fn default() -> Self {
        let head = Node1::new();
        Self { head: Atomic::from(head), recovered: PageStates::default() }
    }
}

impl PageTable {
    /// # Panics
    ///
    /// will panic if the item is not null already,
    /// which represents a serious failure to
    /// properly handle lifecycles of pages in the
    /// using system.
    pub(crate) fn insert<'g>(
        &self,
        pid: PageId,
        item: Page,
        guard: &'g Guard,
    ) -> PageView<'g> {
        debug_delay();
        let tip = self.traverse(pid, guard);

        let shared = Owned::new(item).into_shared(guard);
        let old = tip.swap(shared, Release, guard);
        assert!(old.is_null());

        PageView { read: shared, entry: tip }
    }

    /// Try to get a value from the tree.
    pub(crate) fn get<'g>(
        &self,
        pid: PageId,
        guard: &'g Guard,
    ) -> Option<PageView<'g>> {
        let _measure = Measure::new(&M.get_pagetable);
        debug_delay();
        let tip = self.traverse(pid, guard);

        debug_delay();
        let res = tip.load(Acquire, guard);
        if res.is_null() {
            // seedkb: a recovered page not yet installed is installed now;
            // two threads may race to: one's page wins, the other's is
            // dropped (both were made from the same state).
            let state = self.recovered.get(safe_usize(pid))?;
            let page = Owned::new(Page::recovered(&state)?);
            let read = match tip.compare_and_set(
                Shared::null(),
                page,
                AcqRel,
                guard,
            ) {
                Ok(installed) => installed,
                Err(lost) => {
                    drop(lost.new);
                    lost.current
                }
            };
            Some(PageView { read, entry: tip })
        } else {
            let page_view = PageView { read: res, entry: tip };

            Some(page_view)
        }
    }

    /// seedkb: hands the page table the recovered page states, whose pages
    /// are installed on first use. Called once, while the page cache is
    /// being started (nothing else uses the table yet).
    pub(crate) fn recover(&mut self, states: PageStates) {
        self.recovered = states;
    }

    fn traverse<'g>(&self, k: PageId, guard: &'g Guard) -> &'g Atomic<Page> {
        let (l1k, l2k) = split_fanout(k);

        debug_delay();
        let head = self.head.load(Acquire, guard);

        debug_delay();
        let l1 = unsafe { &head.deref().children };

        debug_delay();
        let mut l2_ptr = l1[l1k].load(Acquire, guard);

        if l2_ptr.is_null() {
            let next_child = Node2::new();

            debug_delay();
            let ret = l1[l1k].compare_and_set(
                Shared::null(),
                next_child,
                Release,
                guard,
            );

            l2_ptr = match ret {
                Ok(next_child) => next_child,
                Err(returned) => {
                    drop(returned.new);
                    returned.current
                }
            };
        }

        debug_delay();
        let l2 = unsafe { &l2_ptr.deref().children };

        &l2[l2k]
    }
}

#[inline]
fn split_fanout(id: PageId) -> (usize, usize) {
    // right shift 32 on 32-bit pointer systems panics
    #[cfg(target_pointer_width = "64")]
    assert!(
        id <= 1 << MAX_PID_BITS,
        "trying to access key of {}, which is \
         higher than 2 ^ {}",
        id,
        MAX_PID_BITS,
    );

    let left = id >> NODE2_FAN_FACTOR;
    let right = id & FAN_MASK;

    (safe_usize(left), safe_usize(right))
}

#[inline]
fn safe_usize(value: PageId) -> usize {
    usize::try_from(value).unwrap()
}

impl Drop for PageTable {
    // seedkb: frees every installed page and every node. Below the
    // recovered pages' bound a slot may be empty (never looked up); above
    // it pages are dense, so the first empty slot there ends the walk, as
    // the nodes' own drops did.
    fn drop(&mut self) {
        let guard = pin();
        let lazy_bound = self.recovered.len() as u64;
        let head = self.head.load(Relaxed, &guard);
        unsafe {
            let l1 = &head.deref().children;
            for (l1k, child) in l1.iter().enumerate() {
                let node2 = child.load(Relaxed, &guard);
                if node2.is_null() {
                    if ((l1k as u64) << NODE2_FAN_FACTOR) >= lazy_bound {
                        break;
                    }
                    continue;
                }
                for (l2k, slot) in node2.deref().children.iter().enumerate() {
                    let page = slot.load(Relaxed, &guard);
                    if page.is_null() {
                        let pid =
                            ((l1k as u64) << NODE2_FAN_FACTOR) | l2k as u64;
                        if pid >= lazy_bound {
                            break;
                        }
                        continue;
                    }
                    drop(page.into_owned());
                }
                drop(node2.into_owned());
            }
            drop(head.into_owned());
        }
    }
}

#[test]
fn test_split_fanout() {
    assert_eq!(
        split_fanout(0b11_1111_1111_1111_1111),
        (0, 0b11_1111_1111_1111_1111)
    );
    assert_eq!(
        split_fanout(0b111_1111_1111_1111_1111),
        (0b1, 0b11_1111_1111_1111_1111)
    );
}
