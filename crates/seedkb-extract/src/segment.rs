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
    for t in jieba.cut_for_search(text, true) {
        let w = crate::chinese::search_key(t.word);
        if w.chars().any(|c| c.is_alphanumeric()) {
            out.push(w);
        }
    }
    out
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

    #[test]
    fn index_words_include_the_parts_of_long_words() {
        let words = index_words("锦州港保税物流中心开工建设。");
        assert!(words.contains(&"物流".to_string()), "{words:?}");
        assert!(!words.iter().any(|w| w == "。"));
    }
}
