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

/// What `show NAME` says when NAME is no name or alias of the entity it
/// shows (found by the sound of its name, or as the one name that starts
/// with it): `no entity named 西川; showing 西川县, the only name that
/// starts with it`. `None` for any other query. The command line and the
/// web say the same.
pub fn shown_name_note(store: &crate::store::Store, text: &str) -> Option<String> {
    let ast::Query::Show(w) = parse(text).ok()? else {
        return None;
    };
    let typed = crate::model::name_key(&w.text);
    let resolved = match store.sounding(&w.text).ok()? {
        Some(r) => r,
        None => store.resolve(&w.text).ok()?,
    };
    let crate::store::Resolution::Found(e) = resolved else {
        return None;
    };
    let rec = store.entity(e).ok()?;
    let names = || std::iter::once(&rec.name).chain(rec.aliases.iter());
    if names().any(|n| crate::model::name_key(n) == typed) {
        return None;
    }
    let sounds = names().any(|n| {
        store
            .analyzer()
            .sounds_alike(&typed, &crate::model::name_key(n))
    });
    Some(if sounds {
        format!(
            "no entity named {}; showing {}, whose name sounds like it",
            w.text, rec.name
        )
    } else {
        format!(
            "no entity named {}; showing {}, the only name that starts with it",
            w.text, rec.name
        )
    })
}
