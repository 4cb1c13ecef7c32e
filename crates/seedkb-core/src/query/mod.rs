//! The query language: `parse` (nom) → `plan` (names, types, index choice)
//! → `eval` (index scans, joins, grouping) → [`result::ResultSet`].

pub mod ast;
pub mod eval;
pub mod find;
pub mod parse;
pub mod plan;
pub mod result;

pub use eval::run;
pub use parse::parse;
