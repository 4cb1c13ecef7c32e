//! Text as the extractor and the full-text index see it: sentences with
//! their byte offsets in the original document (page breaks repaired),
//! traditional characters folded to simplified ones without moving any
//! byte, and Chinese words from jieba.

pub mod segment;
pub mod sentences;

pub use sentences::{split, Sentence, MAX_SENTENCE};

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
    simplify(s)
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .flat_map(|c| c.to_lowercase())
        .collect()
}

/// CJK ideographs (the basic block and extension A).
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}')
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
}
