//! seedkb: an embedded knowledge base of traceable facts drawn from
//! documents. See ARCHITECTURE.md for the map.
//!
//! This package is the front ends — [`cli`], [`repl`], [`slt`] (`seedkb
//! test`) and their [`output`] — over two libraries: `seedkb-core` (model,
//! store, query; re-exported here under the same names) and
//! `seedkb-extract` (reading Chinese text, as [`extract`]).

pub use seedkb_core::{error, ingest, model, query, store, suggest, synth, text, util, Error};
pub use seedkb_extract as extract;

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
