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

#[cfg(not(feature = "system-alloc"))]
extern "C" {
    fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
}

/// Makes the allocator give memory freed back to the system at once
/// rather than after mimalloc's default second (issue 12), in a process
/// that writes in bulk (`seedkb load`, `compact`: `cli` calls it). A load
/// frees large buffers part after part (overlays, runs, batches, decoded
/// documents), and what the last second of them had freed was counted in
/// its peak RSS: a 1M-fact load peaked at 220–230 MB with the default,
/// 169–175 MB without the delay (3M 331 → 286 MB, 10M ~510 → ~420 MB),
/// its CPU the same (more system time, less user time). Not for queries:
/// their many small frees each returned at once cost a query process ~15%
/// of its CPU, the range query ~30% (benches/BENCHMARKS.md, h22q).
pub fn return_freed_memory_promptly() {
    #[cfg(not(feature = "system-alloc"))]
    // SAFETY: mi_option_set only stores the value in mimalloc's option
    // table (an atomic); option 15 exists in every mimalloc this links.
    unsafe {
        mi_option_set(MI_OPTION_PURGE_DELAY, 0);
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

#[cfg(all(test, target_os = "linux", not(feature = "system-alloc")))]
mod tests {
    fn rss_kb() -> i64 {
        let status = std::fs::read_to_string("/proc/self/status").unwrap();
        let line = status.lines().find(|l| l.starts_with("VmRSS:")).unwrap();
        line.split_whitespace().nth(1).unwrap().parse().unwrap()
    }

    /// 64 MB written and freed leave the resident set at once: with
    /// mimalloc's default delay they stayed for a second after the free.
    #[test]
    fn freed_memory_leaves_the_process_at_once() {
        super::return_freed_memory_promptly();
        let held: Vec<Vec<u8>> = (0..512).map(|i| vec![i as u8; 128 << 10]).collect();
        let before = rss_kb();
        drop(held);
        let after = rss_kb();
        assert!(
            before - after > 32 << 10,
            "RSS {before} KB with 64 MB held, {after} KB after they were freed"
        );
    }
}
