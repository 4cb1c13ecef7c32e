//! Chinese word segmentation (jieba-rs). The dictionary takes ~150 ms to
//! load, so it is built once, on first use: loading a text document or
//! indexing one needs it, a query never does.

use jieba_rs::Jieba;
use std::sync::LazyLock;

static JIEBA: LazyLock<Jieba> = LazyLock::new(Jieba::new);

/// A word of a text with its byte range in that text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word<'a> {
    pub word: &'a str,
    pub start: usize,
    pub end: usize,
    /// jieba's part-of-speech tag (n, ns, nr, nt, v, m, uj, x, ...).
    pub tag: &'a str,
}

/// Words with their part of speech, in order, covering the whole text.
pub fn tag(text: &str) -> Vec<Word<'_>> {
    let jieba: &'static Jieba = &JIEBA;
    let mut out = Vec::new();
    let mut at = 0;
    for t in jieba.tag(text, true) {
        // Tags come in order and cover the text; find each word from `at`.
        let Some(off) = text[at..].find(t.word) else {
            continue;
        };
        let start = at + off;
        let end = start + t.word.len();
        out.push(Word {
            word: &text[start..end],
            start,
            end,
            tag: t.tag,
        });
        at = end;
    }
    out
}

/// The words to index for a sentence: jieba's search mode (long words and
/// the shorter words inside them), without punctuation and white space.
pub fn index_words(text: &str) -> Vec<String> {
    let jieba: &'static Jieba = &JIEBA;
    let mut out: Vec<String> = Vec::new();
    KEYS.with_borrow_mut(|keys| {
        for t in jieba.cut_for_search(text, true) {
            if let Some(w) = keys.index_key(t.word) {
                out.push(w);
            }
        }
    });
    out
}

thread_local! {
    /// The words this thread indexed, with their keys: a load indexes the
    /// same words again and again, and making a key (simplified, folded,
    /// checked for a letter) cost more than jieba's cut did.
    static KEYS: std::cell::RefCell<IndexKeys> = Default::default();
}

/// The most words [`IndexKeys`] keeps (~64 bytes each: ~4 MB).
const KEYS_KEPT: usize = 1 << 16;

/// Each word's key as [`index_words`] indexes it ([`crate::chinese::search_key`],
/// or `None` for a word without a letter or digit), made once. Keyed by
/// input text, so std's seeded hash, not Fx: words chosen to collide must
/// not make a load quadratic (ARCHITECTURE.md keeps Fx to ids).
#[derive(Default)]
struct IndexKeys(std::collections::HashMap<Box<str>, Option<Box<str>>>);

impl IndexKeys {
    fn index_key(&mut self, word: &str) -> Option<String> {
        if word.is_ascii() {
            // ASCII is its own simplified form and folds to lower case:
            // no table needed (numbers, mostly, and each one new).
            return ascii_index_key(word);
        }
        if let Some(key) = self.0.get(word) {
            return key.as_deref().map(str::to_string);
        }
        let key = crate::chinese::search_key(word);
        let key = key.chars().any(char::is_alphanumeric).then_some(key);
        if self.0.len() >= KEYS_KEPT {
            self.0.clear();
        }
        self.0.insert(word.into(), key.as_deref().map(Box::from));
        key
    }
}

/// [`crate::chinese::search_key`] of an ASCII word, if it has a letter or
/// digit.
fn ascii_index_key(word: &str) -> Option<String> {
    word.bytes().any(|b| b.is_ascii_alphanumeric()).then(|| {
        word.chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| c.to_ascii_lowercase())
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_cover_the_text_with_offsets() {
        let s = "锦州思凯农副产品国际物流园一期项目已经建成";
        let words = tag(s);
        assert!(words.len() > 3);
        for w in &words {
            assert_eq!(&s[w.start..w.end], w.word);
        }
        assert_eq!(words.last().unwrap().end, s.len());
    }

    /// What `index_words` keeps of one word, made afresh each time.
    fn key_of(word: &str) -> Option<String> {
        let w = crate::chinese::search_key(word);
        w.chars().any(|c| c.is_alphanumeric()).then_some(w)
    }

    #[test]
    fn kept_keys_are_the_keys_made_afresh() {
        let words = [
            "物流",
            "物流",
            "總投資",
            "總投資",
            "ＡＰＰ",
            "App",
            "a\u{b}B",
            "12.5%",
            "，",
            "。",
            " ",
            "\t",
            "-",
            "GDP",
            "ｇｄｐ",
            "億元",
            "3.48亿元",
            "x\u{3000}y",
        ];
        let mut keys = IndexKeys::default();
        // Twice: the second time from what the first kept.
        for _ in 0..2 {
            for w in words {
                assert_eq!(keys.index_key(w), key_of(w), "{w:?}");
            }
        }
        // Past the most it keeps, it starts again and still answers.
        let mut keys = IndexKeys::default();
        for i in 0..KEYS_KEPT + 10 {
            let w = format!("词{i}");
            assert_eq!(keys.index_key(&w), key_of(&w));
        }
        assert!(keys.0.len() <= KEYS_KEPT);
    }

    #[test]
    fn index_words_include_the_parts_of_long_words() {
        let words = index_words("锦州港保税物流中心开工建设。");
        assert!(words.contains(&"物流".to_string()), "{words:?}");
        assert!(!words.iter().any(|w| w == "。"));
    }
}
