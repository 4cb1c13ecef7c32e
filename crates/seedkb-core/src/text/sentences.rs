//! Sentences of a document, with page-break artifacts repaired.
//!
//! Newspaper text arrives broken by its layout: a paragraph cut in the
//! middle of a word ("主要抓" / blank line / "手,探索了"), of a number
//! ("年收入45万" / blank line / "元左右") or of a list ("生态环保、" /
//! blank line / "基础设施"). Lines are joined when the break cannot be a
//! real one, sentences are split at 。！？；(and ! ? ;), and every sentence
//! keeps, byte for byte, where its characters stand in the original text,
//! so a quote always points back to the exact words.

use super::is_han;
use crate::model::parse_quantity_prefix;

/// One sentence of a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Position in the document, from 0.
    pub index: u32,
    /// Byte range in the original document (a repaired sentence spans the
    /// blank lines that broke it).
    pub start: usize,
    pub end: usize,
    /// The words of the original with the white space of line and page
    /// breaks removed: the sentence's verbatim quote.
    pub text: String,
    /// Where `text` lies in the original document: runs of bytes that
    /// stand together there, as (offset in `text`, offset in the
    /// original) at each run's start. One offset per byte took eight
    /// bytes per byte of text: 400 MB for a 50 MB article.
    pub map: Vec<(usize, usize)>,
    /// A piece of a sentence longer than [`MAX_SENTENCE`], cut short.
    pub cut: bool,
}

/// The longest sentence kept whole, in bytes (~500 Chinese characters; the
/// longest in the test articles is 419 bytes). A longer run without a full
/// stop (a table flattened into text, a phrase repeated) is cut into pieces
/// at a clause mark (，、：) or, with none, at this length. Work per sentence
/// grows faster than its length, and every fact quotes its sentence: an
/// uncut 1 MB "sentence" took minutes and gigabytes.
pub const MAX_SENTENCE: usize = 1500;

impl Sentence {
    /// Original byte range of `text[a..b]`.
    pub fn original(&self, a: usize, b: usize) -> (usize, usize) {
        let s = self.at(a.min(self.text.len()));
        let e = if b == 0 {
            s
        } else {
            // End of the last byte taken, so trailing white space in the
            // original is not included.
            self.at((b - 1).min(self.text.len())) + 1
        };
        (s, e.max(s))
    }

    /// The original offset of byte `i` of `text` (`text.len()`: one past
    /// its last byte).
    fn at(&self, i: usize) -> usize {
        let run = self.map.partition_point(|(t, _)| *t <= i).saturating_sub(1);
        match self.map.get(run) {
            Some((t, o)) => o + (i - t),
            None => self.start,
        }
    }
}

/// A line of the original: its byte range, and how many blank lines came
/// before it.
struct Line {
    start: usize,
    end: usize,
    blank_before: usize,
}

/// The lines of a text that are not blank, read as they are taken.
struct Lines<'a> {
    text: &'a str,
    pos: usize,
}

impl Iterator for Lines<'_> {
    type Item = Line;

    fn next(&mut self) -> Option<Line> {
        let mut blank = 0;
        while self.pos < self.text.len() {
            let start = self.pos;
            let rest = &self.text[start..];
            let raw = rest.find('\n').map_or(rest, |n| &rest[..=n]);
            self.pos += raw.len();
            let body = raw.trim_end_matches(['\n', '\r']);
            if body.trim().is_empty() {
                blank += 1;
                continue;
            }
            // Trim the line's own leading and trailing white space.
            let lead = body.len() - body.trim_start().len();
            let trimmed = body.trim();
            return Some(Line {
                start: start + lead,
                end: start + lead + trimmed.len(),
                blank_before: blank,
            });
        }
        None
    }
}

const FINAL: &[char] = &['。', '！', '？', '!', '?', '；', ';'];
const CLOSERS: &[char] = &['”', '’', '」', '』', '）', ')', '》', '"', '\''];
/// A line ending in one of these goes on in the next line.
const OPEN_ENDINGS: &[char] = &[
    '，', ',', '、', '：', ':', '（', '(', '“', '‘', '《', '—', '-', '·',
];
/// A line starting with one of these continues the line before.
const CONTINUING_STARTS: &[char] = &[
    '，', ',', '、', '。', '；', ';', '：', ':', '）', ')', '”', '’', '%', '％', '》', '」',
];

fn ends_sentence(s: &str) -> bool {
    let t = s.trim_end_matches(CLOSERS);
    t.ends_with(FINAL) || t.ends_with('…')
}

fn is_numeral(c: char) -> bool {
    c.is_ascii_digit()
        || ('０'..='９').contains(&c)
        || ".．零〇一二两三四五六七八九十百千万亿萬億兩".contains(c)
}

/// Whether a number runs across the break: the digits at the end of `a`
/// with the start of `b` read as a longer quantity than without it.
fn number_across(a: &str, b: &str) -> bool {
    let tail_start = a
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_numeral(*c))
        .last()
        .map(|(i, _)| i);
    let Some(ts) = tail_start else {
        return false;
    };
    let tail = &a[ts..];
    if !tail
        .chars()
        .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
    {
        return false;
    }
    let head: String = b.chars().take(8).collect();
    let joined = format!("{tail}{head}");
    matches!(parse_quantity_prefix(&joined), Some((_, used)) if used > tail.len())
}

/// Whether the break between lines `a` and `b` is an artifact of layout.
fn joins(a: &str, b: &str, blank_lines: usize) -> bool {
    if ends_sentence(a) {
        return false;
    }
    let last = a.chars().last().unwrap_or(' ');
    let first = b.chars().next().unwrap_or(' ');
    if a.ends_with(OPEN_ENDINGS) || CONTINUING_STARTS.contains(&first) {
        return true;
    }
    if number_across(a, b) {
        return true;
    }
    // "2020年是锦州港保税物流中心" / "(B型)项目建设推进年": a parenthesis
    // right after a word.
    if is_han(last) && (first == '(' || first == '（') && blank_lines <= 1 {
        return true;
    }
    // A body paragraph (long, with commas) stopping in the middle of a
    // word. Headings and bylines are short and have no commas; a paragraph
    // ending in a closing quotation mark ("来到“双凌”" before a photo
    // caption) is not taken to run on.
    let long = a.chars().count() >= 8 && (a.contains('，') || a.contains(','));
    long && blank_lines <= 4
        && is_han(last)
        && (is_han(first)
            || first == '“'
            || first.is_ascii_digit()
            || ('０'..='９').contains(&first))
}

/// Splits a document into sentences.
pub fn split(doc: &str) -> Vec<Sentence> {
    sentences(doc).collect()
}

/// A document's sentences, split a paragraph at a time as they are taken:
/// a long text's are not all held at once.
pub struct Sentences<'a> {
    doc: &'a str,
    /// The lines not read yet (paragraphs are found as they are taken: a
    /// long text's lines are not all held at once either).
    lines: std::iter::Peekable<Lines<'a>>,
    ready: std::collections::VecDeque<Sentence>,
    next: u32,
}

impl Iterator for Sentences<'_> {
    type Item = Sentence;

    fn next(&mut self) -> Option<Sentence> {
        loop {
            if let Some(mut s) = self.ready.pop_front() {
                s.index = self.next;
                self.next += 1;
                return Some(s);
            }
            let p = self.next_paragraph()?;
            let mut out = Vec::new();
            paragraph(self.doc, p, &mut out);
            self.ready.extend(out);
        }
    }
}

impl Sentences<'_> {
    /// The next paragraph: a run of lines joined across artifacts.
    fn next_paragraph(&mut self) -> Option<Vec<(usize, usize)>> {
        let doc = self.doc;
        let first = self.lines.next()?;
        let mut p = vec![(first.start, first.end)];
        let mut prev = (first.start, first.end);
        while let Some(l) = self
            .lines
            .next_if(|l| joins(&doc[prev.0..prev.1], &doc[l.start..l.end], l.blank_before))
        {
            prev = (l.start, l.end);
            p.push(prev);
        }
        Some(p)
    }
}

/// [`split`], one sentence at a time.
pub fn sentences(doc: &str) -> Sentences<'_> {
    Sentences {
        doc,
        lines: Lines { text: doc, pos: 0 }.peekable(),
        ready: Default::default(),
        next: 0,
    }
}

/// The sentences of the paragraph of lines `p`, numbered from 0.
fn paragraph(doc: &str, p: Vec<(usize, usize)>, out: &mut Vec<Sentence>) {
    {
        // The paragraph's text without white space (one space kept between
        // two ASCII letters or digits), with the original offset of each byte.
        let mut text = String::new();
        let mut map: Vec<usize> = Vec::new();
        let mut pending_space = false;
        for (s, e) in p {
            for (off, c) in doc[s..e].char_indices() {
                if c.is_whitespace() {
                    pending_space = true;
                    continue;
                }
                if pending_space
                    && c.is_ascii_alphanumeric()
                    && text
                        .chars()
                        .last()
                        .is_some_and(|l| l.is_ascii_alphanumeric())
                {
                    text.push(' ');
                    map.push(s + off - 1);
                }
                pending_space = false;
                for k in 0..c.len_utf8() {
                    map.push(s + off + k);
                }
                text.push(c);
            }
            pending_space = true;
        }
        cut_sentences(&text, &map, out);
    }
}

fn cut_sentences(text: &str, map: &[usize], out: &mut Vec<Sentence>) {
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let mut end = None;
        // 38。5億元: a full stop between digits is a decimal point typed
        // with the wrong key, not the end of a sentence.
        let decimal = c == '。'
            && text[..i]
                .chars()
                .next_back()
                .is_some_and(|p| p.is_ascii_digit())
            && chars.peek().is_some_and(|&(_, n)| n.is_ascii_digit());
        if FINAL.contains(&c) && !decimal {
            let mut e = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if CLOSERS.contains(&d) || FINAL.contains(&d) {
                    e = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            end = Some(e);
        } else if chars.peek().is_none() {
            end = Some(text.len());
        }
        if let Some(e) = end {
            push_capped(text, map, start, e, out);
            start = e;
        }
    }
    if start < text.len() {
        push_capped(text, map, start, text.len(), out);
    }
}

/// Clause marks a long sentence is preferably cut after.
const CLAUSE: &[char] = &['，', ',', '、', '：', ':'];

/// Pushes `text[s..e]`, in pieces of at most `MAX_SENTENCE` bytes.
fn push_capped(text: &str, map: &[usize], mut s: usize, e: usize, out: &mut Vec<Sentence>) {
    let mut cut = false;
    while e - s > MAX_SENTENCE {
        let window = &text[s..floor_char(text, s + MAX_SENTENCE)];
        // After the last clause mark in the second half of the window…
        let at = window
            .char_indices()
            .rev()
            .take_while(|(i, _)| *i >= MAX_SENTENCE / 2)
            .find(|(_, c)| CLAUSE.contains(c))
            .map(|(i, c)| s + i + c.len_utf8())
            // …else at the window's end, backed off so a number and its
            // unit stay together (as far as a short step back allows).
            .unwrap_or_else(|| {
                let end = s + window.len();
                let back = text[s..end]
                    .char_indices()
                    .rev()
                    .take(16)
                    .find(|(i, c)| {
                        let next = text[s + i + c.len_utf8()..].chars().next();
                        !is_numeral(*c) && !next.is_some_and(is_numeral)
                    })
                    .map(|(i, c)| s + i + c.len_utf8());
                back.filter(|b| *b > s).unwrap_or(end)
            });
        push(text, map, s, at, true, out);
        s = at;
        cut = true;
    }
    push(text, map, s, e, cut, out);
}

/// The largest char boundary of `text` at or before `i`.
fn floor_char(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn push(text: &str, map: &[usize], s: usize, e: usize, cut: bool, out: &mut Vec<Sentence>) {
    let body = &text[s..e];
    if !body.chars().any(|c| c.is_alphanumeric()) {
        return;
    }
    let last_end = map[e - 1] + 1;
    let mut m: Vec<(usize, usize)> = Vec::new();
    for (i, &o) in map[s..e].iter().enumerate() {
        if i == 0 || map[s + i - 1] + 1 != o {
            m.push((i, o));
        }
    }
    out.push(Sentence {
        index: out.len() as u32,
        start: map[s],
        end: last_end,
        text: body.to_string(),
        map: m,
        cut,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(doc: &str) -> Vec<String> {
        split(doc).into_iter().map(|s| s.text).collect()
    }

    /// Every character of a sentence, joined across line and page breaks
    /// and spaces, points back to itself in the original, and the map
    /// takes a few runs, not a number per byte.
    #[test]
    fn every_character_points_back_to_the_original() {
        let doc = "  标题\n\n锦州市今年新建冷库，\n\n共23座， total  cost，\n  of 2.4亿元。\r\n第二句话。";
        let sentences = split(doc);
        assert!(sentences.iter().any(|s| s.map.len() > 2), "{sentences:?}");
        for s in &sentences {
            for (i, c) in s.text.char_indices() {
                let (a, b) = s.original(i, i + c.len_utf8());
                if c == ' ' {
                    assert!(doc[a..b].trim().is_empty(), "{:?}", &doc[a..b]);
                } else {
                    assert_eq!(&doc[a..b], c.to_string(), "{i} in {:?}", s.text);
                }
            }
            assert_eq!(s.original(0, s.text.len()), (s.start, s.end));
            assert!(s.map.len() < 8, "{:?}", s.map);
        }
    }

    #[test]
    fn a_full_stop_between_digits_is_a_decimal_point() {
        let t = texts("結算額38。5億元，增長21。3%。下一句。");
        assert_eq!(t, vec!["結算額38。5億元，增長21。3%。", "下一句。"]);
    }

    #[test]
    fn splits_at_final_punctuation_keeping_closing_quotes() {
        let t = texts("他说：“好。”然后走了！还有；最后?");
        assert_eq!(t, vec!["他说：“好。”", "然后走了！", "还有；", "最后?"]);
    }

    #[test]
    fn joins_a_number_broken_by_a_page_break() {
        let doc = "村级光伏电站1座,年收入45万\n\n元左右,覆盖村里全部贫困户。";
        let s = split(doc);
        assert_eq!(s.len(), 1);
        assert_eq!(
            s[0].text,
            "村级光伏电站1座,年收入45万元左右,覆盖村里全部贫困户。"
        );
        // Offsets point into the original, across the break.
        assert_eq!(s[0].start, 0);
        assert_eq!(s[0].end, doc.len());
        let at = s[0].text.find("45万元").unwrap();
        let (a, b) = s[0].original(at, at + "45万元".len());
        assert_eq!(&doc[a..b], "45万\n\n元");
    }

    #[test]
    fn joins_words_and_lists_but_not_headings() {
        let doc = "核心提示\n\n1月8日,示范区被列入战略。\n\n明确了规划、生态环保、\n\n基础设施建设等方面重点任务。\n\n\
                   因此,义县把产业扶贫作为脱贫攻坚的主要抓\n\n手,探索了十大产业扶贫模式。";
        let t = texts(doc);
        assert_eq!(
            t,
            vec![
                "核心提示",
                "1月8日,示范区被列入战略。",
                "明确了规划、生态环保、基础设施建设等方面重点任务。",
                "因此,义县把产业扶贫作为脱贫攻坚的主要抓手,探索了十大产业扶贫模式。"
            ]
        );
    }

    #[test]
    fn three_blank_lines_are_a_real_gap() {
        let doc = "优质的政策不断吸引区域外各类产业,来到“双凌”\n\n\n\n“双凌”示范区内的物流园建成。";
        assert_eq!(texts(doc).len(), 2);
    }

    #[test]
    fn a_long_run_without_a_full_stop_is_cut_at_clauses_then_at_the_cap() {
        let phrase = "某某项目总投资超2.4亿元规划面积1500亩";
        // No clause mark: cut at the cap, never inside 2.4亿元 or 1500亩.
        let doc = phrase.repeat(20_000) + "。";
        let s = split(&doc);
        assert!(s.len() >= doc.len() / MAX_SENTENCE);
        let mut joined = String::new();
        for x in &s {
            assert!(x.text.len() <= MAX_SENTENCE, "{}", x.text.len());
            assert!(x.cut);
            assert!(!x.text.ends_with(|c: char| c.is_ascii_digit() || c == '.'));
            assert!(!x.text.starts_with(|c: char| c.is_ascii_digit() || c == '.'));
            assert_eq!(&doc[x.start..x.end], x.text);
            joined.push_str(&x.text);
        }
        assert_eq!(joined, doc);
        // With commas: every piece ends at one (but the last).
        let doc = format!("{phrase}，").repeat(2_000) + "。";
        let s = split(&doc);
        assert!(s.len() > 1);
        for x in &s[..s.len() - 1] {
            assert!(x.text.ends_with('，') && x.text.len() <= MAX_SENTENCE);
        }
        // Ordinary sentences are not cut.
        assert!(split("甲县位于北方。乙镇属于甲县。").iter().all(|x| !x.cut));
    }

    #[test]
    fn the_seed_article_repairs() {
        let doc = include_str!("../../../../seeds/000_c0358a9eae1db40c.txt");
        let s = split(doc);
        let has = |t: &str| s.iter().any(|x| x.text.contains(t));
        assert!(has("年收入45万元左右"));
        assert!(has("建成功能完善、辐射带动力强"));
        assert!(has("生态环保、基础设施建设"));
        assert!(has("一个“好想法”"));
        assert!(has("2020年是锦州港保税物流中心(B型)项目建设推进年"));
        assert!(has("在义县十大产业扶贫模式中,整村推进模式"));
        assert!(has("作为锦州市重点推进项目之一,2019年12月2日"));
        assert!(!has("核心提示1月8日"));
        // Every sentence's quote is the original with white space removed.
        let folded: String = doc.chars().filter(|c| !c.is_whitespace()).collect();
        for x in &s {
            let q: String = x.text.chars().filter(|c| !c.is_whitespace()).collect();
            assert!(folded.contains(&q), "{}", x.text);
            let orig: String = doc[x.start..x.end]
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            assert_eq!(orig, q);
        }
    }

    /// Sentences are split as they are taken, and so are the lines and
    /// paragraphs they come from: taking the first of a long text reads
    /// its first paragraph, not every line (a 50 MB text's lines and
    /// paragraphs were ~20 MB held from the start).
    #[test]
    fn the_first_sentence_of_a_long_text_reads_only_its_paragraph() {
        let doc = format!("标题\n\n{}", "第一句。第二句。\n\n".repeat(10_000));
        let mut it = sentences(&doc);
        assert_eq!(it.next().unwrap().text, "标题");
        assert_eq!(it.lines.count(), 10_000);
        let again: Vec<Sentence> = sentences(&doc).collect();
        assert_eq!(again.len(), 20_001);
        assert_eq!(again[20_000].index, 20_000);
    }
}
