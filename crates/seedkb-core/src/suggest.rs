//! "Did you mean" for names, beyond edit distance: the two commonest slips
//! with Chinese names are a homophone picked by the input method (易县 for
//! 义县: same sound, different characters, edit distance 1 of 2) and pinyin
//! typed without one (`yixian`). Both are caught by comparing sounds, which
//! the store's [`Analyzer`](crate::text::Analyzer) knows (pinyin for
//! Chinese, in `seedkb-extract`).

use crate::error::Error;
use crate::model::name_key;
use crate::store::{Eid, Store, MAX_SUGGESTED_CHARS};

/// Entities whose name or an alias sounds like `typed`, by entity name,
/// at most `n`.
pub fn sounds_like(store: &Store, typed: &str, n: usize) -> Result<Vec<String>, Error> {
    sounds_like_ids(store, typed)?
        .into_iter()
        .take(n)
        .map(|e| store.entity_name(e))
        .collect()
}

/// Entities whose name or an alias sounds like `typed`, each once, in the
/// order of their names.
pub fn sounds_like_ids(store: &Store, typed: &str) -> Result<Vec<Eid>, Error> {
    let key = name_key(typed);
    // Each comparison reads the whole of `typed` for its sounds.
    if key.chars().count() > MAX_SUGGESTED_CHARS {
        return Ok(Vec::new());
    }
    let mut found: Vec<Eid> = Vec::new();
    let analyzer = store.analyzer();
    for (cand, e) in store.all_names()? {
        if !found.contains(&e) && analyzer.sounds_alike(&key, &cand) {
            found.push(e);
        }
    }
    Ok(found)
}

/// Whether `typed` is letters only (a name's pinyin, or its English).
pub fn is_latin(typed: &str) -> bool {
    let key = name_key(typed);
    !key.is_empty() && key.chars().all(|c| c.is_ascii_alphabetic())
}

/// Names that sound like `typed` (the likeliest slip) when there are any,
/// else the spelling neighbours; at most `n`.
pub fn close_names(
    store: &Store,
    typed: &str,
    by_spelling: Vec<String>,
    n: usize,
) -> Result<Vec<String>, Error> {
    let mut out = sounds_like(store, typed, n)?;
    if !out.is_empty() {
        // A name that sounds the same is what was meant; spelling
        // neighbours would only blur it.
        return Ok(out);
    }
    for c in by_spelling {
        if !out.contains(&c) {
            out.push(c);
        }
    }
    out.truncate(n);
    Ok(out)
}
