//! seedkb: an embedded knowledge base of traceable facts drawn from
//! documents. See ARCHITECTURE.md for the map.
//!
//! Pipeline: [`model`] → [`ingest`] → [`store`] → [`query`] → [`output`],
//! with [`repl`] and [`cli`] as front ends.

pub mod cli;
pub mod error;
pub mod ingest;
pub mod model;
pub mod output;
pub mod query;
pub mod repl;
pub mod slt;
pub mod store;
pub mod suggest;
pub mod synth;
pub mod text;

pub use error::Error;
