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
    /// The line (from 1) of the document the sentence starts on.
    pub line: usize,
    /// The document offsets of the line breaks inside the sentence.
    pub breaks: Vec<usize>,
    /// Whether only spaces stand between the start of its line and the
    /// sentence (a new paragraph, or a heading's line).
    pub opens_line: bool,
    /// Whether `text` is the document's `start..end`, byte for byte.
    pub verbatim: bool,
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

    /// The line (from 1) of document offset `at`, inside the sentence.
    pub fn line_of(&self, at: usize) -> usize {
        self.line + self.breaks.iter().filter(|b| **b < at).count()
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

/// The longest line, and the longest paragraph of joined lines, read as
/// one, in bytes. A longer line is cut after its last full stop within
/// this length (else at this length), and a paragraph is not joined past
/// it: a text is read a piece at a time (issue 15), and a text without
/// line breaks must not be held whole. No article comes near it (the
/// longest paragraph of the test articles is under 4 KB).
pub const MAX_PARAGRAPH: usize = 256 * 1024;

/// A line of the text held: its byte range without its white space, how
/// many blank lines came before it, and where the line after it starts.
struct Line {
    start: usize,
    end: usize,
    blank_before: usize,
    next: usize,
}

/// What reading a line gave.
enum Next {
    Line(Line),
    /// The text held ends inside a line (more may come); the blank lines
    /// read before it end at `blank_end`.
    More {
        blank_end: usize,
    },
    /// No line before the end of the text.
    End,
    /// The line would end past the limit given.
    TooFar,
}

/// The next line of `text` that is not blank, from `pos`. `eof`: no more
/// text will come after `text`. `limit`: a line ending after it is not
/// wanted (it cannot join a paragraph that long).
fn next_line(text: &str, mut pos: usize, eof: bool, limit: usize) -> Next {
    let mut blank = 0;
    while pos < text.len() {
        if pos > limit {
            return Next::TooFar;
        }
        let start = pos;
        let rest = &text[start..];
        let look = &rest.as_bytes()[..rest.len().min(MAX_PARAGRAPH)];
        let raw = match look.iter().position(|&b| b == b'\n') {
            Some(n) => &rest[..=n],
            None if rest.len() >= MAX_PARAGRAPH => &rest[..cut_point(rest)],
            None if eof => rest,
            None => return Next::More { blank_end: start },
        };
        pos += raw.len();
        let body = raw.trim_end_matches(['\n', '\r']);
        if body.trim().is_empty() {
            blank += 1;
            continue;
        }
        // Trim the line's own leading and trailing white space.
        let lead = body.len() - body.trim_start().len();
        let trimmed = body.trim();
        if start + lead + trimmed.len() > limit {
            return Next::TooFar;
        }
        return Next::Line(Line {
            start: start + lead,
            end: start + lead + trimmed.len(),
            blank_before: blank,
            next: pos,
        });
    }
    if eof {
        Next::End
    } else {
        Next::More { blank_end: pos }
    }
}

/// Where a line longer than [`MAX_PARAGRAPH`] is cut: after the last full
/// stop (not a decimal point) in its first `MAX_PARAGRAPH` bytes, else
/// after the last clause mark, else at that length, backed off so a
/// number stays whole.
fn cut_point(rest: &str) -> usize {
    let window = &rest[..floor_char(rest, MAX_PARAGRAPH)];
    let after = |marks: &[char]| {
        window
            .char_indices()
            .rev()
            .find(|&(i, c)| {
                let next = rest[i + c.len_utf8()..].chars().next();
                marks.contains(&c) && !next.is_some_and(|n| n.is_ascii_digit())
            })
            .map(|(i, c)| i + c.len_utf8())
    };
    let between_words = || {
        window
            .char_indices()
            .rev()
            .take(64)
            .find(|&(i, c)| {
                let next = rest[i + c.len_utf8()..].chars().next();
                !is_numeral(c) && !next.is_some_and(is_numeral)
            })
            .map(|(i, c)| i + c.len_utf8())
    };
    after(FINAL)
        .or_else(|| after(CLAUSE))
        .or_else(between_words)
        .unwrap_or(window.len())
        .max(1)
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
/// `headline`: `a` is the document's first line.
fn joins(a: &str, b: &str, blank_lines: usize, headline: bool) -> bool {
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
    // A headline with commas (谈当归：今年亩产多了一百来斤，价钱稳在十四五块)
    // before a blank line is no such paragraph.
    let long = a.chars().count() >= 8 && (a.contains('，') || a.contains(','));
    long && !(headline && blank_lines >= 1)
        && blank_lines <= 4
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

/// How many bytes a text read from a reader is read at a time.
const PIECE: usize = 64 * 1024;

/// The white space the extractor looks back over for a line's start.
const INDENT: [char; 4] = [' ', '\t', '\r', '\u{3000}'];

/// A document's sentences, split a paragraph at a time as they are taken:
/// a long text's are not all held at once. Read from a reader
/// ([`sentences_from`]), only the paragraph being split and one piece
/// after it are held, never the whole text (issue 15); split from a
/// string, the same sentences come out.
pub struct Sentences<'a> {
    /// The text held: the whole document, or (read from `src`) the part
    /// from the paragraph being read on.
    held: std::borrow::Cow<'a, str>,
    src: Option<Box<dyn std::io::Read + 'a>>,
    /// Bytes read that do not make a whole character yet.
    partial: Vec<u8>,
    /// The document offset of `held`'s first byte.
    base: usize,
    /// Where (in `held`) the next paragraph's lines are looked for.
    from: usize,
    /// The line (from 1) of `held[from]`.
    line: usize,
    /// Whether the text before `from`, without trailing [`INDENT`], ends
    /// a line.
    after_newline: bool,
    ready: std::collections::VecDeque<Sentence>,
    next: u32,
    error: Option<String>,
    most_held: usize,
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
            self.next_paragraph()?;
        }
    }
}

impl<'a> Sentences<'a> {
    fn new(held: std::borrow::Cow<'a, str>, src: Option<Box<dyn std::io::Read + 'a>>) -> Self {
        Sentences {
            held,
            src,
            partial: Vec::new(),
            base: 0,
            from: 0,
            line: 1,
            after_newline: false,
            ready: Default::default(),
            next: 0,
            error: None,
            most_held: 0,
        }
    }

    /// What went wrong reading the text, if anything did (the sentences
    /// then stop early).
    pub fn error(&self) -> Option<&str> {
        self.error.as_deref()
    }

    /// The most bytes of a text read from a reader held at once.
    pub fn most_held(&self) -> usize {
        self.most_held
    }

    /// Splits the next paragraph into `ready`; `None` at the end.
    fn next_paragraph(&mut self) -> Option<()> {
        loop {
            let eof = self.src.is_none();
            let text: &str = &self.held;
            let first = match next_line(text, self.from, eof, usize::MAX) {
                Next::Line(l) => l,
                Next::More { blank_end } => {
                    // Blank lines before a paragraph are not needed again.
                    self.advance(blank_end);
                    self.read_more()?;
                    continue;
                }
                Next::End | Next::TooFar => return None,
            };
            let limit = first.start + MAX_PARAGRAPH;
            let mut p = vec![(first.start, first.end)];
            let (mut prev, mut after) = ((first.start, first.end), first.next);
            let complete = loop {
                match next_line(text, after, eof, limit) {
                    Next::Line(l)
                        if joins(
                            &text[prev.0..prev.1],
                            &text[l.start..l.end],
                            l.blank_before,
                            self.next == 0 && p.len() == 1,
                        ) =>
                    {
                        prev = (l.start, l.end);
                        p.push(prev);
                        after = l.next;
                    }
                    Next::More { .. } => break false,
                    _ => break true,
                }
            };
            if !complete {
                self.read_more()?;
                continue;
            }
            let mut out = Vec::new();
            paragraph(text, p, &mut out);
            // Each sentence's line, line breaks, and whether it opens a line.
            let (mut at, mut line, mut opens) = (self.from, self.line, self.after_newline);
            for s in &mut out {
                let before = &text[at..s.start];
                line += before.bytes().filter(|&b| b == b'\n').count();
                let t = before.trim_end_matches(INDENT);
                opens = if t.is_empty() {
                    opens
                } else {
                    t.ends_with('\n')
                };
                s.line = line;
                s.opens_line = opens;
                s.breaks = text[s.start..s.end]
                    .match_indices('\n')
                    .map(|(i, _)| self.base + s.start + i)
                    .collect();
                line += s.breaks.len();
                s.verbatim = text[s.start..s.end] == s.text;
                let t = text[s.start..s.end].trim_end_matches(INDENT);
                opens = if t.is_empty() {
                    opens
                } else {
                    t.ends_with('\n')
                };
                at = s.end;
                s.start += self.base;
                s.end += self.base;
                for run in &mut s.map {
                    run.1 += self.base;
                }
            }
            self.advance(after);
            self.ready.extend(out);
            return Some(());
        }
    }

    /// Moves the start of the paragraphs to come to `to` (in `held`),
    /// letting go of the text before it when read from a reader.
    fn advance(&mut self, to: usize) {
        let gone = &self.held[self.from..to];
        self.line += gone.bytes().filter(|&b| b == b'\n').count();
        let t = gone.trim_end_matches(INDENT);
        if !t.is_empty() {
            self.after_newline = t.ends_with('\n');
        }
        self.from = to;
        // Let go of what was read once it is a piece's worth (moving the
        // rest down for every paragraph would copy a piece each time).
        if let std::borrow::Cow::Owned(held) = &mut self.held {
            if to >= PIECE {
                held.drain(..to);
                self.base += to;
                self.from = 0;
            }
        }
    }

    /// Reads the next piece of the text; `None` when there is none left
    /// to read and the text held has no more lines either.
    fn read_more(&mut self) -> Option<()> {
        let src = self.src.as_mut()?;
        let mut piece = vec![0; PIECE];
        let n = loop {
            match src.read(&mut piece) {
                Ok(n) => break n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    self.error = Some(e.to_string());
                    self.src = None;
                    return None;
                }
            }
        };
        if n == 0 {
            self.src = None;
            if !self.partial.is_empty() {
                self.error = Some(format!(
                    "the text ends inside a character (byte {})",
                    self.base + self.held.len()
                ));
                return None;
            }
            return Some(());
        }
        self.partial.extend_from_slice(&piece[..n]);
        let valid = match std::str::from_utf8(&self.partial) {
            Ok(s) => s.len(),
            // A character cut by the piece's end: its bytes wait for the rest.
            Err(e) if e.error_len().is_none() => e.valid_up_to(),
            Err(e) => {
                self.error = Some(format!(
                    "byte {} of the text is not UTF-8",
                    self.base + self.held.len() + e.valid_up_to()
                ));
                self.src = None;
                return None;
            }
        };
        let held = self.held.to_mut();
        // Valid UTF-8, checked above.
        held.push_str(std::str::from_utf8(&self.partial[..valid]).unwrap_or_default());
        self.partial.drain(..valid);
        self.most_held = self.most_held.max(held.len() + self.partial.len());
        Some(())
    }
}

/// [`split`], one sentence at a time.
pub fn sentences(doc: &str) -> Sentences<'_> {
    Sentences::new(std::borrow::Cow::Borrowed(doc), None)
}

/// The sentences of the UTF-8 text `r` reads, as [`sentences`] splits the
/// whole text, read a piece at a time. A read that fails (or text that is
/// not UTF-8) ends them early: see [`Sentences::error`].
pub fn sentences_from<'a>(r: impl std::io::Read + 'a) -> Sentences<'a> {
    Sentences::new(std::borrow::Cow::Owned(String::new()), Some(Box::new(r)))
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
            // Runs of characters without white space go over whole (a
            // push per character was most of the split of a dump's text).
            let line = &doc[s..e];
            let mut run = None;
            for (off, c) in line.char_indices() {
                if c.is_whitespace() {
                    if let Some(r) = run.take() {
                        push_run(&mut text, &mut map, line, s, r, off);
                    }
                    pending_space = true;
                    continue;
                }
                if run.is_some() {
                    continue;
                }
                if pending_space
                    && c.is_ascii_alphanumeric()
                    && text
                        .chars()
                        .next_back()
                        .is_some_and(|l| l.is_ascii_alphanumeric())
                {
                    text.push(' ');
                    map.push(s + off - 1);
                }
                pending_space = false;
                run = Some(off);
            }
            if let Some(r) = run {
                push_run(&mut text, &mut map, line, s, r, line.len());
            }
            pending_space = true;
        }
        cut_sentences(&text, &map, out);
    }
}

/// `line[from..to]` (the line starting at `s` in the document) appended
/// to `text`, each byte's document offset to `map`.
fn push_run(text: &mut String, map: &mut Vec<usize>, line: &str, s: usize, from: usize, to: usize) {
    text.push_str(&line[from..to]);
    map.extend(s + from..s + to);
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
        line: 0,
        breaks: Vec::new(),
        opens_line: false,
        verbatim: false,
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

    /// A headline with commas is no paragraph broken by the layout; the
    /// same line further down still runs on.
    #[test]
    fn a_headline_with_commas_ends_at_its_blank_line() {
        let line = "镇长谈当归：今年亩产多了一百来斤，价钱稳在十四五块";
        let doc = format!("{line}\n\n青石镇是当归主产乡镇。\n\n{line}\n\n青石镇是当归主产乡镇。");
        assert_eq!(
            texts(&doc),
            vec![
                line.to_string(),
                "青石镇是当归主产乡镇。".to_string(),
                format!("{line}青石镇是当归主产乡镇。")
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
        // Read up to the second paragraph, no further.
        assert_eq!(it.from, "标题\n".len());
        let again: Vec<Sentence> = sentences(&doc).collect();
        assert_eq!(again.len(), 20_001);
        assert_eq!(again[20_000].index, 20_000);
    }

    /// A reader giving at most `step` bytes a read: every piece boundary
    /// falls inside a character, a number, a sentence, a line break.
    struct Trickle<'a> {
        rest: &'a [u8],
        step: usize,
        reads: usize,
    }

    impl std::io::Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            self.reads += 1;
            // Vary the size: 1..=step bytes.
            let n = (1 + self.reads % self.step)
                .min(buf.len())
                .min(self.rest.len());
            buf[..n].copy_from_slice(&self.rest[..n]);
            self.rest = &self.rest[n..];
            Ok(n)
        }
    }

    fn trickled(doc: &str, step: usize) -> Vec<Sentence> {
        let r = Trickle {
            rest: doc.as_bytes(),
            step,
            reads: 0,
        };
        let mut it = sentences_from(r);
        let out: Vec<Sentence> = it.by_ref().collect();
        assert_eq!(it.error(), None);
        out
    }

    /// A text read a piece at a time gives the sentences (words, offsets,
    /// lines, paragraphs) the whole text gives, wherever the pieces end:
    /// inside a multi-byte character, inside a number broken by a page
    /// break (年收入45万 / 元左右), inside a sentence, between blank lines.
    #[test]
    fn a_text_read_in_pieces_gives_the_whole_texts_sentences() {
        let seed = include_str!("../../../../seeds/000_c0358a9eae1db40c.txt");
        let docs = [
            "  标题\n\n锦州市今年新建冷库，\n\n共23座， total  cost，\n  of 2.4亿元。\r\n第二句话。".to_string(),
            "农民年收入45万\n\n元左右。\u{3000}第二段 开头\n\n\n\n\n第三段38。5亿元。".to_string(),
            format!("{seed}\n\n{seed}"),
            "某某项目总投资超2.4亿元规划面积1500亩".repeat(300),
        ];
        for doc in &docs {
            let whole = split(doc);
            assert!(!whole.is_empty());
            for step in [1, 2, 3, 5, 7, 64] {
                assert_eq!(trickled(doc, step), whole, "step {step}");
            }
        }
        // Lines and paragraphs as the extractor reads them.
        let s = split(&docs[1]);
        assert_eq!(
            s.iter().map(|s| (s.line, s.opens_line)).collect::<Vec<_>>(),
            [(1, false), (3, false), (8, true)]
        );
        assert_eq!(s[0].breaks.len(), 2);
        assert_eq!(s[0].line_of(s[0].end - 1), 3);
    }

    /// Read from a reader, a long text is held a piece and a paragraph at
    /// a time, however long it is, and a line without breaks is cut at
    /// [`MAX_PARAGRAPH`] (after a full stop), as the whole text is (what
    /// follows a paragraph is read until it cannot join it: at most twice
    /// that).
    #[test]
    fn a_text_read_in_pieces_holds_a_piece_not_the_text() {
        let para = "锦州市今年新建冷库23座，总投资2.4亿元。\n\n";
        let doc = para.repeat(8 * MAX_PARAGRAPH / para.len());
        let mut it = sentences_from(doc.as_bytes());
        assert_eq!(it.by_ref().count(), split(&doc).len());
        assert!(it.most_held() <= 3 * PIECE, "{}", it.most_held());
        let line = "某某项目总投资超2.4亿元规划面积1500亩。".repeat(3 * MAX_PARAGRAPH / 50);
        let mut it = sentences_from(line.as_bytes());
        let pieces: Vec<Sentence> = it.by_ref().collect();
        assert!(
            it.most_held() <= 2 * MAX_PARAGRAPH + 2 * PIECE,
            "{}",
            it.most_held()
        );
        assert_eq!(pieces, split(&line));
        assert!(pieces.iter().all(|s| s.text.ends_with('。')));
    }
}
