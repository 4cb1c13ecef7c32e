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
    for (name, msg) in conflicts(docs, lookup)? {
        problems.add(line_of(src, &name), msg);
    }
    problems.finish()
}

/// What conflicts with the store, each with the name whose line it is
/// reported at.
pub fn conflicts(docs: &[DocumentFacts], lookup: Lookup) -> Result<Vec<(String, String)>, Error> {
    let mut found = Vec::new();
    for d in docs {
        // An entity only this document brought may change when a new
        // version of the document replaces the old one.
        let other = |n: &str| -> Result<Option<StoredEntity>, Error> {
            Ok(lookup(n)?.filter(|k| !k.docs.iter().all(|x| *x == d.doc)))
        };
        for e in &d.entities {
            if let Some(k) = other(&e.name)? {
                if name_key(&k.name) != name_key(&e.name) {
                    found.push((
                        e.name.clone(),
                        format!(
                            "entity '{}' has the same name as an alias of '{}'",
                            e.name, k.name
                        ),
                    ));
                } else if k.kind != e.kind {
                    found.push((
                        e.name.clone(),
                        format!("'{}' is a {} here but a {} already", e.name, e.kind, k.kind),
                    ));
                }
            }
            for a in &e.aliases {
                if let Some(k) = other(a)?.filter(|k| name_key(&k.name) != name_key(&e.name)) {
                    found.push((
                        a.clone(),
                        format!("alias '{a}' of '{}' already names '{}'", e.name, k.name),
                    ));
                }
            }
        }
    }
    Ok(found)
}

/// [`line_of`] of each name in the file at `path`, read once, line by
/// line (0 for a name not found, or a file that cannot be read again).
pub fn lines_in_file(path: &Path, names: &[String]) -> Vec<usize> {
    use std::io::BufRead;
    let mut lines = vec![0; names.len()];
    let Ok(file) = std::fs::File::open(path) else {
        return lines;
    };
    let quoted: Vec<String> = names
        .iter()
        .map(|n| serde_json::Value::String(n.clone()).to_string())
        .collect();
    let mut left = names.len();
    for (i, line) in std::io::BufReader::new(file).lines().enumerate() {
        let Ok(line) = line else { break };
        for (at, q) in lines.iter_mut().zip(&quoted) {
            if *at == 0 && defines(&line, q) {
                *at = i + 1;
                left -= 1;
            }
        }
        if left == 0 {
            break;
        }
    }
    lines
}

fn defines(l: &str, quoted: &str) -> bool {
    let l = l.trim_start();
    (l.starts_with("name") || l.starts_with("aliases") || l.starts_with('{')) && l.contains(quoted)
}

/// The line that defines `name`: in a fact file the `name = "…"` (or the
/// aliases) line, in a dump the first line about it; 0 when not found.
fn line_of(src: &str, name: &str) -> usize {
    let quoted = serde_json::Value::String(name.to_string()).to_string();
    src.lines()
        .position(|l| defines(l, &quoted))
        .map_or(0, |i| i + 1)
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
