//! The Chinese [`Analyzer`]: how the store cuts Chinese sentences into words
//! (jieba), folds traditional characters to simplified ones (fast2s), and
//! hears names (pinyin).

use pinyin::{ToPinyin, ToPinyinMulti};
use seedkb_core::model::name_key;
use seedkb_core::text::{fold_width_case, Analyzer};

/// The analyzer every seedkb database on disk is built with.
#[derive(Clone, Copy, Debug, Default)]
pub struct Chinese;

impl Analyzer for Chinese {
    fn name(&self) -> &'static str {
        "zh-jieba"
    }

    fn search_key(&self, s: &str) -> String {
        search_key(s)
    }

    fn index_words(&self, sentence: &str) -> Vec<String> {
        crate::segment::index_words(sentence)
    }

    fn scanned(&self, word: &str) -> bool {
        seedkb_core::text::char_or_number(word)
    }

    fn sounds_alike(&self, typed_key: &str, candidate_key: &str) -> bool {
        sounds_alike(typed_key, candidate_key)
    }
}

/// Traditional characters → simplified, character by character (fast2s),
/// keeping every byte offset: a character is only replaced by one of the
/// same UTF-8 length, so offsets into the result are offsets into `s`.
pub fn simplify(s: &str) -> String {
    let converted = fast2s::convert(s);
    if converted.len() == s.len() {
        return converted;
    }
    // fast2s maps 3-byte characters to 3-byte characters; should a table
    // ever break that, fall back to per-character checks.
    s.chars()
        .map(|c| {
            let mut buf = [0u8; 4];
            let one = fast2s::convert(c.encode_utf8(&mut buf));
            match one.chars().next() {
                Some(d) if one.chars().count() == 1 && d.len_utf8() == c.len_utf8() => d,
                _ => c,
            }
        })
        .collect()
}

/// The form in which search terms and indexed words are compared:
/// simplified, full-width ASCII folded, lower case, no white space.
pub fn search_key(s: &str) -> String {
    fold_width_case(&simplify(s))
}

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

/// A place typed in English (`linghaicity`, a name key): the stem before
/// the kind word and the Chinese suffixes that word translates.
fn english_place(typed_key: &str) -> Option<(&str, &'static [char])> {
    const KINDS: [(&str, &[char]); 8] = [
        ("township", &['乡']),
        ("district", &['区']),
        ("province", &['省']),
        ("county", &['县', '旗']),
        ("village", &['村']),
        ("city", &['市']),
        ("town", &['镇']),
        ("port", &['港']),
    ];
    KINDS.iter().find_map(|(word, suffixes)| {
        let stem = typed_key.strip_suffix(word)?;
        (!stem.is_empty()).then_some((stem, *suffixes))
    })
}

/// A place's name without its kind (华溪 of 华溪县), two characters at
/// least: the suffixes [`english_place`] translates.
fn place_stem(cand_key: &str) -> Option<&str> {
    let last = cand_key.chars().next_back()?;
    let stem = &cand_key[..cand_key.len() - last.len_utf8()];
    let is_place = ['乡', '区', '省', '县', '旗', '村', '市', '镇', '港'].contains(&last);
    (is_place && stem.chars().count() >= 2 && has_cjk(stem)).then_some(stem)
}

/// Do two name keys sound the same? Character by character, any reading of
/// one may match any reading of the other (重 is zhong or chong); typed
/// Latin letters match the first readings run together.
fn sounds_alike(typed_key: &str, cand_key: &str) -> bool {
    if typed_key == cand_key || typed_key.chars().count() < 2 {
        return false;
    }
    if !has_cjk(typed_key) {
        // Pinyin typed as letters: yixian, or with the syllables apart.
        if has_cjk(cand_key) && pinyin_key(cand_key) == typed_key {
            return true;
        }
        // A place by its stem (huaxi for 华溪县), as its people say it.
        if let Some(stem) = place_stem(cand_key) {
            if pinyin_key(stem) == typed_key {
                return true;
            }
        }
        return english_place(typed_key).is_some_and(|(stem, suffixes)| {
            if has_cjk(cand_key) {
                // `Linghai City` for 凌海市: the stem's pinyin, then the
                // suffix the English word translates.
                let mut chars = cand_key.chars();
                chars.next_back().is_some_and(|last| {
                    suffixes.contains(&last) && pinyin_key(chars.as_str()) == stem
                })
            } else {
                // `Jinzhou City` for the alias `Jinzhou`.
                cand_key == stem
            }
        });
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simplify_keeps_offsets() {
        let t = "總投資3.2億元，規劃面積２６０畝";
        let s = simplify(t);
        assert_eq!(s.len(), t.len());
        assert_eq!(s, "总投资3.2亿元，规划面积２６０亩");
    }

    #[test]
    fn search_keys_fold_width_case_and_script() {
        assert_eq!(search_key("ＡＰＰ 物流園"), "app物流园");
    }

    #[test]
    fn homophones_and_typed_pinyin() {
        assert_eq!(pinyin_key("义县"), "yixian");
        assert_eq!(pinyin_key("Yi County"), "yicounty");
        assert!(sounds_alike(&name_key("易县"), &name_key("义县")));
        assert!(sounds_alike("yixian", &name_key("义县")));
        assert!(!sounds_alike("yixian", "yixian"));
        // A place typed in English: its stem's pinyin and its kind word,
        // or an English alias with the kind word added.
        assert!(sounds_alike("linghaicity", &name_key("凌海市")));
        assert!(sounds_alike("yicounty", &name_key("义县")));
        assert!(sounds_alike("jinzhoucity", "jinzhou"));
        assert!(!sounds_alike("linghaicity", &name_key("凌海区")));
        assert!(!sounds_alike("city", &name_key("市")));
        assert!(!sounds_alike(&name_key("凌海区"), &name_key("凌河区")));
        assert!(!sounds_alike(&name_key("义县"), &name_key("义县政府")));
        // 重 reads zhong or chong: 重庆 may be typed as 崇庆 (chong qing).
        assert!(sounds_alike(&name_key("崇庆"), &name_key("重庆")));
        // A place by its stem's pinyin (huaxi for 华溪县); a stem of one
        // character is no name (yi is not 义县).
        assert!(sounds_alike("huaxi", &name_key("华溪县")));
        assert!(sounds_alike("linghai", &name_key("凌海市")));
        assert!(!sounds_alike("yi", &name_key("义县")));
        assert!(!sounds_alike("huaxi", &name_key("华溪公司")));
    }
}
