//! The query language: `lex` (the one table of keywords and operators,
//! and tokens) → `parse` (nom) → `plan` (names, types, index choice) →
//! `eval` (index scans, joins, grouping) → [`result::ResultSet`].

pub mod ast;
pub mod eval;
pub mod find;
pub mod lex;
pub mod parse;
pub mod plan;
pub mod result;

pub use eval::run;
pub use parse::parse;
