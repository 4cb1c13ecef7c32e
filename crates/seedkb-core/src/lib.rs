//! seedkb-core: the knowledge base without a terminal or a language.
//!
//! Layers, each using only those before it (ARCHITECTURE.md has the map and
//! the rules): [`model`] (values, quantities, facts) → [`text`] (sentences,
//! the [`text::Analyzer`] interface) → [`store`] (facts and indexes over an
//! ordered key-value engine; sled on disk) → [`ingest`] (fact files and
//! dumps, checked before the store sees them) and [`query`] (parse, plan,
//! evaluate). [`synth`] generates benchmark data.

pub mod error;
pub mod ingest;
pub mod model;
pub mod query;
pub mod store;
pub mod suggest;
pub mod synth;
pub mod text;
pub mod util;

pub use error::Error;
