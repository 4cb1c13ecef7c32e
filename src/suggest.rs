//! "Did you mean" for names, beyond edit distance: the two commonest slips
//! with Chinese names are a homophone picked by the input method (易县 for
//! 义县: same sound, different characters, edit distance 1 of 2) and pinyin
//! typed without one (`yixian`). Both are caught by comparing sounds.

use crate::error::Error;
use crate::model::name_key;
use crate::store::{Eid, Store};
use pinyin::{ToPinyin, ToPinyinMulti};

/// The name key with each Chinese character replaced by its toneless
/// pinyin (most common reading): `义县` → `yixian`, `Yi County` →
/// `yicounty`.
pub fn pinyin_key(s: &str) -> String {
    let mut out = String::new();
    for c in name_key(s).chars() {
        match c.to_pinyin() {
            Some(p) => out.push_str(p.plain()),
            None => out.push(c),
        }
    }
    out
}

fn readings(c: char) -> Vec<&'static str> {
    match c.to_pinyin_multi() {
        Some(m) => m.into_iter().map(|p| p.plain()).collect(),
        None => Vec::new(),
    }
}

fn has_cjk(s: &str) -> bool {
    s.chars().any(|c| c.to_pinyin().is_some())
}

/// Do two name keys sound the same? Character by character, any reading of
/// one may match any reading of the other (重 is zhong or chong); typed
/// Latin letters match the first readings run together.
pub fn sounds_alike(typed_key: &str, cand_key: &str) -> bool {
    if typed_key == cand_key || typed_key.chars().count() < 2 {
        return false;
    }
    if !has_cjk(typed_key) {
        // Pinyin typed as letters: yixian, or with the syllables apart.
        return has_cjk(cand_key) && pinyin_key(cand_key) == typed_key;
    }
    let a: Vec<char> = typed_key.chars().collect();
    let b: Vec<char> = cand_key.chars().collect();
    a.len() == b.len()
        && a.iter().zip(&b).all(|(x, y)| {
            x == y || {
                let ry = readings(*y);
                readings(*x).iter().any(|r| ry.contains(r))
            }
        })
}

/// Entities whose name or an alias sounds like `typed`, by entity name,
/// at most `n`.
pub fn sounds_like(store: &Store, typed: &str, n: usize) -> Result<Vec<String>, Error> {
    let key = name_key(typed);
    let mut found: Vec<Eid> = Vec::new();
    for (cand, e) in store.all_names()? {
        if !found.contains(&e) && sounds_alike(&key, &cand) {
            found.push(e);
        }
    }
    let mut out = Vec::new();
    for e in found.into_iter().take(n) {
        out.push(store.entity_name(e)?);
    }
    Ok(out)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn homophones_and_typed_pinyin() {
        assert_eq!(pinyin_key("义县"), "yixian");
        assert_eq!(pinyin_key("Yi County"), "yicounty");
        assert!(sounds_alike(&name_key("易县"), &name_key("义县")));
        assert!(sounds_alike("yixian", &name_key("义县")));
        assert!(!sounds_alike("yixian", "yixian"));
        assert!(!sounds_alike(&name_key("凌海区"), &name_key("凌河区")));
        assert!(!sounds_alike(&name_key("义县"), &name_key("义县政府")));
        // 重 reads zhong or chong: 重庆 may be typed as 崇庆 (chong qing).
        assert!(sounds_alike(&name_key("崇庆"), &name_key("重庆")));
    }
}
