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
