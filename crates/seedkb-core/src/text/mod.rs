//! Text as the store and the extractor see it: sentences with their byte
//! offsets in the original document (page breaks repaired), and the
//! [`Analyzer`] that cuts a sentence into words and folds terms for
//! comparison.
//!
//! The core knows no language: an analyzer is given to the store when it is
//! opened. `seedkb-extract` has the Chinese one (jieba, traditional →
//! simplified, pinyin); [`Plain`] here folds width and case and indexes
//! runs of letters, enough for tests and for programs that never search.

pub mod sentences;

pub use sentences::{sentences, sentences_from, split, Sentence, Sentences, MAX_SENTENCE};

/// How a language's text is cut into words and compared.
///
/// `find` compares terms in `search_key` form with the sentences and
/// their `index_words`, so a database must be searched with the analyzer
/// that stored it: the store records [`Analyzer::name`] when it creates a
/// database and refuses to open it with another.
pub trait Analyzer: Send + Sync + std::fmt::Debug {
    /// A stable name recorded in the database (`zh-jieba`, `plain`).
    fn name(&self) -> &'static str;
    /// The form in which search terms and indexed words are compared.
    fn search_key(&self, s: &str) -> String;
    /// The words of one sentence (whole words to `find`), each in
    /// `search_key` form.
    fn index_words(&self, sentence: &str) -> Vec<String>;
    /// Whether schema 12's words index left `word` (an indexed word) out:
    /// words in most sentences, whose entries were most of the index.
    /// Read by the upgrade from schema 11, which drops their entries
    /// (schema 13 has no words index).
    fn scanned(&self, _word: &str) -> bool {
        false
    }
    /// Whether a typed name key sounds like a stored one (a homophone, or
    /// the name typed as its sound), for "did you mean".
    fn sounds_alike(&self, _typed_key: &str, _candidate_key: &str) -> bool {
        false
    }
}

/// The analyzer of no language in particular: width and case folded, white
/// space dropped; a word is a run of letters or digits (each ideograph is a
/// word of its own).
#[derive(Clone, Copy, Debug, Default)]
pub struct Plain;

impl Analyzer for Plain {
    fn name(&self) -> &'static str {
        "plain"
    }

    fn search_key(&self, s: &str) -> String {
        fold_width_case(s)
    }

    fn index_words(&self, sentence: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut word = String::new();
        for c in fold_width_case(sentence).chars() {
            if is_han(c) {
                out.extend((!word.is_empty()).then(|| std::mem::take(&mut word)));
                out.push(c.to_string());
            } else if c.is_alphanumeric() {
                word.push(c);
            } else if !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
        }
        out.extend((!word.is_empty()).then_some(word));
        out
    }
}

/// A single character or a number in ASCII digits (`2019`, `3.5`): the
/// words [`Analyzer::scanned`] leaves out for Chinese, where they are in
/// most sentences (47% of a generated load's `words` entries).
pub fn char_or_number(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some()
        && (chars.next().is_none() || word.bytes().all(|b| b.is_ascii_digit() || b == b'.'))
}

/// [`Plain`] leaving single characters and numbers to `find`'s scan, as
/// the Chinese analyzer does; named `plain`, so that it opens a database
/// [`Plain`] indexed (as an older seedkb indexed everything).
#[cfg(test)]
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct PlainScanning;

#[cfg(test)]
impl Analyzer for PlainScanning {
    fn name(&self) -> &'static str {
        Plain.name()
    }
    fn search_key(&self, s: &str) -> String {
        Plain.search_key(s)
    }
    fn index_words(&self, sentence: &str) -> Vec<String> {
        Plain.index_words(sentence)
    }
    fn scanned(&self, word: &str) -> bool {
        char_or_number(word)
    }
}

/// Full-width ASCII folded to ASCII, lower case, white space dropped: the
/// part of a search key every language shares.
pub fn fold_width_case(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .flat_map(|c| c.to_lowercase())
        .collect()
}

/// Removes all white space, so quotes match across the page-break
/// artifacts of the documents ("年收入45万" / blank line / "元左右").
pub fn fold(s: &str) -> String {
    // The runs between white space copied whole: a push per character was
    // most of folding a load's quotes and texts.
    let mut out = String::with_capacity(s.len());
    let mut from = 0;
    for (start, end) in white_space(s) {
        out.push_str(&s[from..start]);
        from = end;
    }
    out.push_str(&s[from..]);
    out
}

/// The byte range of each white space character of `s`, found by its
/// first byte: splitting on `char::is_whitespace` decoded every character
/// (~14 instructions a byte of Chinese text; a load folds each text twice
/// and each quote once).
fn white_space(s: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = s.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while let Some(&b) = bytes.get(i) {
            let at = i;
            i += 1;
            if !MAY_START_WHITE_SPACE[usize::from(b)] {
                continue;
            }
            if b.is_ascii() {
                return Some((at, i));
            }
            // A lead byte: `at` starts a character.
            let c = s[at..].chars().next()?;
            if c.is_whitespace() {
                i = at + c.len_utf8();
                return Some((at, i));
            }
        }
        None
    })
}

/// The bytes a white space character's UTF-8 starts with: ASCII's (tab
/// to carriage return, space), and the lead bytes of U+0085 and U+00A0
/// (C2), U+1680 (E1), U+2000–U+205F (E2) and U+3000 (E3). A test holds it
/// to `char::is_whitespace`.
const MAY_START_WHITE_SPACE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0x09;
    while b <= 0x0D {
        t[b] = true;
        b += 1;
    }
    t[0x20] = true;
    t[0xC2] = true;
    t[0xE1] = true;
    t[0xE2] = true;
    t[0xE3] = true;
    t
};

/// Whether `quote` occurs in `document` once white space is folded away.
pub fn quote_in(document_folded: &str, quote: &str) -> bool {
    quote_at(document_folded, quote).is_some()
}

/// Where `quote`, white space folded away, first occurs in the folded
/// document.
pub fn quote_at(document_folded: &str, quote: &str) -> Option<usize> {
    let q = fold(quote);
    (!q.is_empty())
        .then(|| find_first(document_folded.as_bytes(), q.as_bytes()))
        .flatten()
}

/// Where `needle` first occurs in `hay`: what `str::find` gives (a byte
/// match of one UTF-8 string in another starts on a character), sooner.
/// The checks look up every distinct quote of a dump in its text, most
/// longer than the 32 bytes below which `memmem` searches with SIMD;
/// above, building its general searcher cost more than the search. So
/// the first 32 bytes are searched for with SIMD and each place they
/// occur is compared whole: of natural text, a place that shares 32
/// bytes with a quote is almost always the quote. Should the comparisons
/// pass twice the text's length (text made to defeat it), the rest is
/// searched the general way.
fn find_first(hay: &[u8], needle: &[u8]) -> Option<usize> {
    const HEAD: usize = 32;
    if needle.len() <= HEAD {
        return memchr::memmem::find(hay, needle);
    }
    let head = memchr::memmem::Finder::new(&needle[..HEAD]);
    let mut budget = hay.len().saturating_mul(2);
    let mut from = 0;
    while let Some(i) = hay.get(from..).and_then(|rest| head.find(rest)) {
        let at = from + i;
        if hay[at..].starts_with(needle) {
            return Some(at);
        }
        budget = budget.saturating_sub(needle.len());
        if budget == 0 {
            return memchr::memmem::find(&hay[at + 1..], needle).map(|j| at + 1 + j);
        }
        from = at + 1;
    }
    None
}

/// The length of `fold(s)`, without making it.
pub fn folded_len(s: &str) -> usize {
    let white: usize = white_space(s).map(|(start, end)| end - start).sum();
    s.len() - white
}

/// CJK ideographs (the basic block and extension A).
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character, alone and between others (Chinese punctuation
    /// shares white space's lead byte E3; U+2010 shares E2), folds as
    /// splitting on `char::is_whitespace` folds it.
    #[test]
    fn white_space_is_found_by_its_first_byte_as_char_finds_it() {
        let by_char = |s: &str| -> String { s.split(char::is_whitespace).collect() };
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            for s in [c.to_string(), format!("年收入{c}{c}45万。\n\u{3000}元{c}")] {
                assert_eq!(fold(&s), by_char(&s), "{:?}", c);
                assert_eq!(folded_len(&s), by_char(&s).len(), "{:?}", c);
            }
        }
    }

    #[test]
    fn quotes_are_found_where_str_find_finds_them() {
        let long = "大河市是省辖地级市，下辖三个县和两个区，面积约一万平方公里。";
        let mut hay = String::new();
        for i in 0..50 {
            hay.push_str(&format!("第{i}段。"));
            // Places sharing the quote's first 32 bytes but not the rest.
            hay.push_str(&long[..long.len() - 3]);
            hay.push('。');
        }
        hay.push_str(long);
        hay.push_str(long);
        for needle in [
            long,
            &long[..33],
            &long[..30],
            "第7段",
            "不在这里的一句话，而且比三十二个字节还要长得多。",
        ] {
            assert_eq!(
                find_first(hay.as_bytes(), needle.as_bytes()),
                hay.find(needle),
                "{needle}"
            );
        }
        // Overlapping places of the head, and text made to exhaust the
        // comparisons: still the first occurrence.
        let a = "a".repeat(40);
        let hay = format!("{}b{a}b", "a".repeat(400));
        let needle = format!("{a}b");
        assert_eq!(
            find_first(hay.as_bytes(), needle.as_bytes()),
            hay.find(&needle)
        );
        let hay = format!("{}{a}c", "a".repeat(5000));
        assert_eq!(
            find_first(hay.as_bytes(), format!("{a}c").as_bytes()),
            Some(5000)
        );
        assert_eq!(find_first(hay.as_bytes(), format!("{a}b").as_bytes()), None);
    }

    #[test]
    fn plain_folds_width_and_case_and_cuts_words() {
        assert_eq!(Plain.search_key("ＡＰＰ 物流"), "app物流");
        assert_eq!(
            Plain.index_words("APP物流 2020年"),
            ["app", "物", "流", "2020", "年"]
        );
    }

    #[test]
    fn single_characters_and_numbers_are_scanned() {
        for w in ["的", "a", "7", "2019", "3.5", "１"] {
            assert!(char_or_number(w), "{w}");
        }
        for w in ["", "物流", "app", "2019年", "12a", "3.5%", "-1"] {
            assert!(!char_or_number(w), "{w}");
        }
    }

    /// Folding copies the runs between white space (any kind: ASCII,
    /// ideographic, no-break) and keeps the rest as a filter of each
    /// character keeps it; its length is measured without folding.
    #[test]
    fn folding_copies_what_a_filter_of_white_space_keeps() {
        let texts = [
            "",
            " ",
            "总投资2.4亿元。",
            " 年收入45万\n\n元左右 ",
            "甲\u{3000}乙\u{a0}丙\t丁\r\n戊\u{2028}",
            "\u{3000}\u{3000}开头和结尾\u{3000}",
            "a b  c\u{85}d",
        ];
        for t in texts {
            let filtered: String = t.chars().filter(|c| !c.is_whitespace()).collect();
            assert_eq!(fold(t), filtered, "{t:?}");
            assert_eq!(folded_len(t), filtered.len(), "{t:?}");
        }
    }
}
