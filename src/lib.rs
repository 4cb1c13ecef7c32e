//! seedkb: an embedded knowledge base of traceable facts drawn from
//! documents. See ARCHITECTURE.md for the map.
//!
//! This package is the front ends — [`cli`], [`repl`], [`slt`] (`seedkb
//! test`) and their [`output`] — over two libraries: `seedkb-core` (model,
//! store, query; re-exported here under the same names) and
//! `seedkb-extract` (reading Chinese text, as [`extract`]).

pub use seedkb_core::{error, ingest, model, query, store, suggest, synth, text, util, Error};
pub use seedkb_extract as extract;

/// The allocator of every program built on this package (the `seedkb`
/// binary, its tests, the benchmark's query process). A warm query at 1M
/// facts makes many small, short-lived allocations per result row (its
/// facts' values, words and cells); glibc's allocator took 35–50% of its
/// CPU (issue 12), mimalloc's thread-local free lists a fraction of that.
/// The `system-alloc` feature keeps the system's, so that a heap profiler
/// hooking `malloc` (heaptrack) sees the allocations.
#[cfg(not(feature = "system-alloc"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay`: its place in `mi_option_t`, which
/// mimalloc keeps fixed across versions (a retired option keeps its number
/// as `deprecated_…`).
#[cfg(not(feature = "system-alloc"))]
const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;

/// How long a bulk writer's freed memory stays before it goes back (see
/// [`return_freed_memory_promptly`]).
#[cfg(not(feature = "system-alloc"))]
const PURGE_DELAY_MS: std::ffi::c_long = 50;

#[cfg(not(feature = "system-alloc"))]
extern "C" {
    fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
}

/// Makes the allocator give memory freed back to the system after 50 ms
/// rather than mimalloc's default second (issue 12), in a process that
/// writes in bulk (`seedkb load`, `compact`: `cli` calls it). A load frees
/// large buffers part after part (overlays, runs, batches, decoded
/// documents), and what the last second of them had freed was counted in
/// its peak RSS. A 1M-fact load, 4 alternated runs each on a busy machine
/// (median peak RSS, median CPU): default 216 MB, 5.19 s; 50 ms 187 MB,
/// 5.17 s; 0 ms 166 MB but 5.36 s (each page freed and used again is
/// faulted back in: 3–7% more CPU in every pair measured, which the 1M
/// load's time would pay). On an idle machine (round 50, three alternated
/// 1M loads each) 50 ms against the default: wall 3.12–3.21 s against
/// 3.02–3.09 s (~3%, in system time), peak 198–204 MB against 236–248 MB;
/// kept, because it holds a 10M load under 400 MB (399 MB idle).
/// Not at once (0 ms) for queries: their many small frees returned at
/// once cost a query process ~15% of its CPU, the range query ~30%
/// (benches/BENCHMARKS.md, h22q); every process that opens a store
/// (`session::open_store`) uses the 50 ms (round 53: the 10M benchmark's
/// query process 112–114 → 102–103 MB; at 1M its CPU rose 2–5% in three
/// of three alternated pairs, the group-by's time up to ~10%).
pub fn return_freed_memory_promptly() {
    #[cfg(not(feature = "system-alloc"))]
    // SAFETY: mi_option_set only stores the value in mimalloc's option
    // table (an atomic); option 15 exists in every mimalloc this links.
    unsafe {
        mi_option_set(MI_OPTION_PURGE_DELAY, PURGE_DELAY_MS);
    }
}

pub mod args;
pub mod cli;
pub mod console;
pub mod dot;
pub mod forward;
pub mod output;
pub mod repl;
pub mod seeds;
pub mod serve;
pub mod session;
pub mod slt;

#[cfg(all(test, not(feature = "system-alloc")))]
mod tests {
    extern "C" {
        fn mi_option_get(option: std::ffi::c_int) -> std::ffi::c_long;
    }

    /// The option set is mimalloc's purge delay (its default, 1000 ms, is
    /// what option 15 reads before), and a bulk writer's is shorter.
    #[test]
    fn a_bulk_writer_purges_sooner_than_mimallocs_default() {
        // SAFETY: mi_option_get reads mimalloc's option table.
        let before = unsafe { mi_option_get(super::MI_OPTION_PURGE_DELAY) };
        super::return_freed_memory_promptly();
        let after = unsafe { mi_option_get(super::MI_OPTION_PURGE_DELAY) };
        // Another test of this binary may have opened a store first, and
        // every open sets the delay: then it reads ours already.
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() && before != after {
            assert_eq!(before, 1000, "option 15 is not mimalloc's purge delay");
        }
        assert_eq!(after, super::PURGE_DELAY_MS);
        assert!(after < 1000);
    }
}
