//! Checks a file's entities against the entities already in the store,
//! before the store sees anything, so a conflict is reported at the
//! file's line (the store would only name the document): an entity of
//! another kind, a name that is another entity's alias, an alias that
//! names another entity.

use super::Problems;
use crate::error::Error;
use crate::model::{name_key, DocumentFacts};
use std::path::Path;

pub use crate::store::StoredEntity;

/// Looks a name or alias up in the store, exactly (no prefixes). A store
/// that cannot be read fails the check: a conflict it would have shown
/// must not go unseen.
pub type Lookup<'a> = &'a dyn Fn(&str) -> Result<Option<StoredEntity>, Error>;

/// Checks the documents read from `path` against the store.
pub fn check(path: &Path, docs: &[DocumentFacts], lookup: Lookup) -> Result<(), Error> {
    let src = std::fs::read_to_string(path).unwrap_or_default();
    check_src(&path.display().to_string(), &src, docs, lookup)
}

/// The same for a file read already (an upload to the server): `label`
/// names it in the messages, `src` gives their line numbers.
pub fn check_src(
    label: &str,
    src: &str,
    docs: &[DocumentFacts],
    lookup: Lookup,
) -> Result<(), Error> {
    let mut problems = Problems::new(label);
    for d in docs {
        // An entity only this document brought may change when a new
        // version of the document replaces the old one.
        let other = |n: &str| -> Result<Option<StoredEntity>, Error> {
            Ok(lookup(n)?.filter(|k| !k.docs.iter().all(|x| *x == d.doc)))
        };
        for e in &d.entities {
            let line = || line_of(src, &e.name);
            if let Some(k) = other(&e.name)? {
                if name_key(&k.name) != name_key(&e.name) {
                    problems.add(
                        line(),
                        format!(
                            "entity '{}' has the same name as an alias of '{}'",
                            e.name, k.name
                        ),
                    );
                } else if k.kind != e.kind {
                    problems.add(
                        line(),
                        format!("'{}' is a {} here but a {} already", e.name, e.kind, k.kind),
                    );
                }
            }
            for a in &e.aliases {
                if let Some(k) = other(a)?.filter(|k| name_key(&k.name) != name_key(&e.name)) {
                    problems.add(
                        line_of(src, a),
                        format!("alias '{a}' of '{}' already names '{}'", e.name, k.name),
                    );
                }
            }
        }
    }
    problems.finish()
}

/// The line that defines `name`: in a fact file the `name = "…"` (or the
/// aliases) line, in a dump the first line about it; 0 when not found.
fn line_of(src: &str, name: &str) -> usize {
    let quoted = serde_json::Value::String(name.to_string()).to_string();
    let defines = |l: &str| {
        let l = l.trim_start();
        (l.starts_with("name") || l.starts_with("aliases") || l.starts_with('{'))
            && l.contains(&quoted)
    };
    src.lines().position(defines).map_or(0, |i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Entity, Source};

    #[test]
    fn a_store_that_cannot_be_read_fails_the_check() {
        let docs = [DocumentFacts {
            doc: "a.txt".into(),
            entities: vec![Entity {
                name: "甲县".into(),
                kind: "county".into(),
                aliases: Vec::new(),
                source: Source::curated("a.txt", "甲县"),
                alias_background: Vec::new(),
            }],
            ..Default::default()
        }];
        let broken = |_: &str| -> Result<Option<StoredEntity>, Error> {
            Err(Error::Storage("damaged entity record".into()))
        };
        let err = check(Path::new("a.toml"), &docs, &broken).unwrap_err();
        assert!(err.to_string().contains("damaged entity record"), "{err}");
        let empty = |_: &str| -> Result<Option<StoredEntity>, Error> { Ok(None) };
        assert!(check(Path::new("a.toml"), &docs, &empty).is_ok());
    }
}
