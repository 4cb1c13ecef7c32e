//! The query language: `lex` (the one table of keywords and operators,
//! and tokens) → `parse` (nom) → `plan` (names, types, index choice; a
//! [`Plan`], whose `Display` is what `explain` shows) → `eval` (index
//! scans, joins, grouping) → [`result::ResultSet`]. Storage is reached only
//! through `Store`'s typed methods: no key bytes here.

pub mod ast;
pub mod eval;
pub mod find;
pub mod lex;
pub mod parse;
pub mod plan;
pub mod result;

pub use eval::{eval, members_named, name_members, run, run_unnamed, MemberNames, NamedRows};
pub use parse::parse;
pub use plan::{plan, Plan};
