//! A document as a reader cites it: `show DOC` gives what the store knows
//! of its title, outlet and date, and a citation line made of them.
//!
//! A fact the store holds about the document (a fact file's `title` and
//! `published`, `load --published`) is taken as it is; what is missing is
//! read off the head of its text: the headline (its first line, when
//! short), a `来源：` line or a news agency opening a dateline, and the
//! dateline's day (in the year of the first date with a year there) or
//! that first date.

use super::Evaluator;
use crate::error::Error;
use crate::model::Date;
use crate::query::result::{Cell, ResultSet};
use crate::store::{DocId, Resolution};

/// Lines (not blank) at the top of a text where a headline, its outlet
/// and its date are printed.
const HEAD_LINES: usize = 6;

/// Longest first line read as a headline, in characters: a longer one is
/// the first paragraph of a text printed without a headline.
const HEADLINE_CHARS: usize = 60;

/// Agencies whose dateline opens a report (新华社沈阳11月20日电).
const AGENCIES: &[&str] = &[
    "新华社",
    "中新社",
    "中国新闻社",
    "新华网",
    "中新网",
    "人民网",
    "央视网",
    "央视新闻",
];

/// The words before an outlet's name (来源：锦州日报).
const SOURCE_MARKS: &[&str] = &["来源：", "来源:", "稿源：", "稿源:", "来源 ："];

/// The attributes of a document a citation is made of.
pub(super) const TITLE: &str = crate::model::TITLE_ATTR;
pub(super) const OUTLET: &str = crate::model::OUTLET_ATTR;
pub(super) const PUBLISHED: &str = crate::store::PUBLISHED_ATTR;

impl Evaluator<'_> {
    /// The rows `show` gives for loaded document `name` (none when no
    /// document has that name): its title, outlet and date where the
    /// store's facts about it (`stated`: attribute and value) lack them,
    /// each with the line of the text it was read from, and a citation
    /// line. `subject` is the cell naming it (an entity's, or text).
    pub(super) fn document_rows(
        &self,
        name: &str,
        subject: &Cell,
        stated: &[(String, Cell)],
    ) -> Result<Vec<Vec<Cell>>, Error> {
        // A curated version's text is the same document's; either.
        let Some(doc) = self.store.doc_head_named(name)? else {
            return Ok(Vec::new());
        };
        // The head lines are in the text's first chunk: a long text is
        // not read whole to be cited.
        let head = head_lines(&self.store.doc_text_head(doc.id)?);
        let stated_value = |attr: &str| {
            stated
                .iter()
                .find(|(a, _)| a == attr)
                .map(|(_, v)| v.clone())
        };
        let mut rows = Vec::new();
        let mut read = |attr: &str, found: Option<(Cell, String)>| -> Option<Cell> {
            if let Some(v) = stated_value(attr) {
                return Some(v);
            }
            let (value, line) = found?;
            rows.push(vec![
                subject.clone(),
                // Read off the text by seedkb, not stated by a curator.
                Cell::Attr {
                    name: attr.to_string(),
                    extracted: true,
                },
                value.clone(),
                Cell::Text(line),
                Cell::Text(name.to_string()),
            ]);
            Some(value)
        };
        let title = read(
            TITLE,
            headline(&head).map(|l| (Cell::Text(l.clone()), l.clone())),
        );
        let outlet = read(OUTLET, outlet(&head));
        let published = read(PUBLISHED, dateline(&head));
        rows.push(vec![
            subject.clone(),
            Cell::Text("citation".into()),
            Cell::Text(citation(name, title, outlet, published)),
            Cell::Text(String::new()),
            Cell::Text(name.to_string()),
        ]);
        Ok(rows)
    }
}

impl Evaluator<'_> {
    /// When document `doc` was published, as its citation gives it: a
    /// date the store states of it (a fact file's `published`, `load
    /// --published`), else its dateline's (its year unknown when the head
    /// prints none); `None` when neither is there. Read once per document
    /// per answer.
    pub(super) fn doc_published(&self, doc: DocId) -> Result<Option<Date>, Error> {
        if let Some(p) = self.published.borrow().get(&doc) {
            return Ok(p.clone());
        }
        let name = self.store.doc_name(doc)?;
        let stated = match (self.store.lookup(&name)?, self.store.attr_id(PUBLISHED)) {
            (Some(Resolution::Found(e)), Some(a)) if self.store.entity_name(e)? == name => {
                self.store.values_of(e, a)?.into_iter().find_map(|f| {
                    match self.cell(&f.value, &f.record.text) {
                        Ok(Cell::Date(d)) => Some(d),
                        _ => None,
                    }
                })
            }
            _ => None,
        };
        let date = match stated {
            Some(d) => Some(d),
            None => match dateline(&head_lines(&self.store.doc_text_head(doc)?)) {
                Some((Cell::Date(d), _)) => Some(d),
                _ => None,
            },
        };
        self.published.borrow_mut().insert(doc, date.clone());
        Ok(date)
    }
}

/// How two publication dates compare: by year, then month and day where
/// both give them (2026-03 is neither before nor after 2026-03-12).
pub(super) fn published_order(a: &Date, b: &Date) -> std::cmp::Ordering {
    let part = |x: Option<u8>, y: Option<u8>| match (x, y) {
        (Some(x), Some(y)) => x.cmp(&y),
        _ => std::cmp::Ordering::Equal,
    };
    a.year
        .cmp(&b.year)
        .then_with(|| part(a.month, b.month))
        .then_with(|| {
            if a.month.is_some() && b.month.is_some() {
                part(a.day, b.day)
            } else {
                std::cmp::Ordering::Equal
            }
        })
}

/// Facts drawn from a document that `show DOC` lists; past them, a note
/// gives their count and how to see the rest.
pub(super) const DRAWN_LISTED: usize = 100;

impl Evaluator<'_> {
    /// The rows of the facts drawn from the document(s) loaded as `name`
    /// (extracted: through its sentences, in their order), up to
    /// [`DRAWN_LISTED`], and how many there are.
    pub(super) fn drawn_rows(&self, name: &str) -> Result<(Vec<Vec<Cell>>, usize), Error> {
        let mut rows = Vec::new();
        let mut seen = std::collections::HashSet::new();
        let mut count = 0;
        let Some(head) = self.store.doc_head_named(name)? else {
            return Ok((rows, 0));
        };
        let mut ids = vec![head.id];
        // The extracted version beside a curated one of the same name.
        if let Some(id) = self.store.doc_id_named(name, true)? {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        for doc in ids {
            let mut n = 0;
            while let Some(rec) = self.store.sentence(doc, n)? {
                n += 1;
                for key in rec.facts {
                    if !seen.insert(key.clone()) {
                        continue;
                    }
                    let Some(f) = self.store.fact_by_key(&key)? else {
                        continue;
                    };
                    count += 1;
                    if rows.len() >= DRAWN_LISTED {
                        continue;
                    }
                    let src = match f.record.sources.iter().find(|s| s.doc == doc) {
                        Some(s) => self.cite.borrow_mut().source(s)?,
                        None => continue,
                    };
                    rows.push(vec![
                        Cell::Entity(self.store.entity_name(f.entity)?),
                        Cell::Attr {
                            name: self.store.attr_name(f.attr),
                            extracted: src.extracted,
                        },
                        self.cell(&f.value, &f.record.text)?
                            .qualified(&f.record.qualifiers),
                        Cell::quote(&src),
                        Cell::Text(super::show::cited_doc(src)),
                    ]);
                }
            }
        }
        Ok((rows, count))
    }

    /// `rs` (a `show` of document `name`) with the facts drawn from it
    /// after what it had, under a heading of their own.
    pub(super) fn add_drawn(&self, name: &str, rs: &mut ResultSet) -> Result<(), Error> {
        let (rows, count) = self.drawn_rows(name)?;
        if rows.is_empty() {
            return Ok(());
        }
        rs.headings
            .push((rs.rows.len(), format!("facts drawn from {name}")));
        let listed = rows.len();
        rs.rows.extend(rows);
        if count > listed {
            rs.notes.push(format!(
                "{count} facts are drawn from {name}: the first {listed} are listed; \
                 `load --explain {name}` lists every one with its reason"
            ));
        }
        Ok(())
    }
}

/// The first [`HEAD_LINES`] lines of a text that are not blank, trimmed.
fn head_lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(HEAD_LINES)
        .map(str::to_string)
        .collect()
}

/// The headline: the first line, when short enough to be one.
fn headline(head: &[String]) -> Option<&String> {
    head.first().filter(|l| l.chars().count() <= HEADLINE_CHARS)
}

/// The outlet a head line names (来源：锦州日报, 新华社沈阳11月20日电), with
/// the line's words up to it (a dateline opens a paragraph: the quote is
/// not the whole of it).
fn outlet(head: &[String]) -> Option<(Cell, String)> {
    for line in head {
        for mark in SOURCE_MARKS {
            if let Some(at) = line.find(mark) {
                let rest = &line[at + mark.len()..];
                let name_at = at + mark.len() + (rest.len() - rest.trim_start().len());
                let name: String = line[name_at..]
                    .chars()
                    .take_while(|c| !c.is_whitespace() && !matches!(c, '|' | '｜'))
                    .collect();
                if !name.is_empty() {
                    let quote = line[..name_at + name.len()].to_string();
                    return Some((Cell::Text(name), quote));
                }
            }
        }
        if let Some(a) = AGENCIES.iter().find(|a| line.starts_with(**a)) {
            return Some((Cell::Text(a.to_string()), a.to_string()));
        }
    }
    None
}

/// The words that end a dateline after its day (本报青山3月12日讯,
/// 新华社沈阳11月20日电), simplified and traditional.
const DATELINE_MARKS: &[&str] = &["日讯", "日电", "日訊", "日電"];

/// The day the text was published on, with its line's words up to it:
/// a dateline's day (本报青山3月12日讯) in the year of the first date with a
/// year in the head lines (the report is of the days before it: an
/// opening 2026年3月10日 is the event's day, not the paper's), else that
/// first date (本报讯 2021年3月15日, 2022-09-15 来源：…, 2022/9/15). A
/// dateline with no year near it keeps its day, the year unknown.
fn dateline(head: &[String]) -> Option<(Cell, String)> {
    let full = head
        .iter()
        .enumerate()
        .find_map(|(i, line)| date_in(line).map(|(d, end)| (i, d, end)));
    let day = head
        .iter()
        .enumerate()
        .find_map(|(i, line)| dateline_day(line).map(|d| (i, d)));
    let Some((at, (month, day, start, end))) = day else {
        let (i, date, end) = full?;
        return Some((Cell::Date(date), head[i][..end].to_string()));
    };
    let year = full.as_ref().and_then(|(_, d, _)| {
        // Reported early in a year on a day late in the one before
        // (1月3日讯 … 2025年12月30日): the next year's paper.
        let turned = d.month.is_some_and(|m| m >= 11) && month <= 2;
        d.year.map(|y| y + i32::from(turned))
    });
    let iso = match year {
        Some(y) => format!("{y:04}-{month:02}-{day:02}"),
        None => format!("????-{month:02}-{day:02}"),
    };
    let line = &head[at];
    // The quote reaches the year's words when they are on its line.
    let quote_end = match &full {
        Some((i, _, e)) if *i == at => end.max(*e),
        _ => end,
    };
    let date = Date::parse_iso(&iso, &line[start..end]).ok()?;
    Some((Cell::Date(date), line[..quote_end].to_string()))
}

/// The month and day of a dateline in `line` (3月12日讯), where its words
/// start and where they end (after 日).
fn dateline_day(line: &str) -> Option<(u8, u8, usize, usize)> {
    // Up to two digits ending `s`: the text before them and their value.
    let number_before = |s: &str| -> Option<(usize, u8)> {
        let digits = s.len() - s.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        if !(1..=2).contains(&digits) {
            return None;
        }
        let at = s.len() - digits;
        Some((at, s[at..].parse().ok()?))
    };
    DATELINE_MARKS.iter().find_map(|mark| {
        let at = line.find(mark)?;
        let (day_at, day) = number_before(&line[..at])?;
        let month_end = line[..day_at].strip_suffix('月')?.len();
        let (start, month) = number_before(&line[..month_end])?;
        ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some((
            month,
            day,
            start,
            at + '日'.len_utf8(),
        ))
    })
}

/// The first date with a year in `line`, and where it ends.
fn date_in(line: &str) -> Option<(Date, usize)> {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let digit = |i: usize| chars.get(i).and_then(|(_, c)| c.to_digit(10));
    // Digits from `i`: their value and how many.
    let number = |i: usize, max: usize| -> Option<(u32, usize)> {
        let mut v = 0;
        let mut n = 0;
        while n < max {
            match digit(i + n) {
                Some(d) => v = v * 10 + d,
                None => break,
            }
            n += 1;
        }
        (n > 0).then_some((v, n))
    };
    for start in 0..chars.len() {
        if start > 0 && digit(start - 1).is_some() {
            continue;
        }
        let Some((year, 4)) = number(start, 4) else {
            continue;
        };
        if !(1900..=2100).contains(&year) || digit(start + 4).is_some() {
            continue;
        }
        let sep = chars.get(start + 4).map(|(_, c)| *c);
        let Some(sep) = sep.filter(|c| matches!(c, '年' | '-' | '/' | '.')) else {
            continue;
        };
        let Some((month, mn)) = number(start + 5, 2) else {
            continue;
        };
        let mut end = start + 5 + mn;
        let month_mark = if sep == '年' { Some('月') } else { None };
        if let Some(m) = month_mark {
            if chars.get(end).map(|(_, c)| *c) != Some(m) {
                continue;
            }
            end += 1;
        }
        let day_sep = if sep == '年' { None } else { Some(sep) };
        let day_at = match day_sep {
            Some(s) if chars.get(end).map(|(_, c)| *c) == Some(s) => Some(end + 1),
            Some(_) => None,
            None => Some(end),
        };
        let mut iso = format!("{year:04}-{month:02}");
        if let Some((day, dn)) = day_at.and_then(|at| number(at, 2)) {
            let after = day_at.unwrap_or(end) + dn;
            let marked = sep != '年' || chars.get(after).map(|(_, c)| *c) == Some('日');
            if marked {
                iso = format!("{iso}-{day:02}");
                end = after + usize::from(sep == '年');
            }
        }
        let byte_end = chars.get(end).map_or(line.len(), |(b, _)| *b);
        let words = &line[chars[start].0..byte_end];
        if let Ok(d) = Date::parse_iso(&iso, words) {
            return Some((d, byte_end));
        }
    }
    None
}

/// `TITLE. OUTLET, DATE. NAME`: what a reader cites the document by,
/// leaving out what the store does not know.
fn citation(name: &str, title: Option<Cell>, outlet: Option<Cell>, date: Option<Cell>) -> String {
    let mut parts = Vec::new();
    if let Some(t) = title {
        parts.push(t.display());
    }
    let place: Vec<String> = [outlet, date]
        .into_iter()
        .flatten()
        .map(|c| match c.bare() {
            Cell::Date(d) => d.iso(),
            other => other.display(),
        })
        .collect();
    if !place.is_empty() {
        parts.push(place.join(", "));
    }
    parts.push(name.to_string());
    parts.join(". ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_with_a_year_are_read_in_their_forms() {
        let iso = |l: &str| date_in(l).map(|(d, _)| (d.iso(), d.text));
        assert_eq!(
            iso("本报讯 2021年3月15日,华溪县"),
            Some(("2021-03-15".into(), "2021年3月15日".into()))
        );
        assert_eq!(
            iso("2022-09-15 来源：北镇融媒"),
            Some(("2022-09-15".into(), "2022-09-15".into()))
        );
        assert_eq!(
            iso("发布时间：2023年07月"),
            Some(("2023-07".into(), "2023年07月".into()))
        );
        // No year: no date a citation can give.
        assert_eq!(iso("1月8日,示范区"), None);
        assert_eq!(iso("投资12345年"), None);
    }

    /// A dateline's day is the day published, not an event's date the
    /// opening gives with its year; that date gives the year.
    #[test]
    fn a_dateline_s_day_is_the_day_published() {
        let published = |lines: &[&str]| {
            let head: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
            dateline(&head).map(|(c, q)| (c.display(), q))
        };
        assert_eq!(
            published(&[
                "标题",
                "本报青山3月12日讯（记者 李明）2026年3月10日，项目开工。"
            ]),
            Some((
                "2026-03-12".into(),
                "本报青山3月12日讯（记者 李明）2026年3月10日".into()
            ))
        );
        // A day late in the year before, reported in January.
        assert_eq!(
            published(&["本报1月3日讯 2025年12月30日，园区投产。"]).map(|p| p.0),
            Some("2026-01-03".into())
        );
        assert_eq!(
            published(&["新华社沈阳11月20日电 记者从"]),
            Some(("????-11-20".into(), "新华社沈阳11月20日".into()))
        );
        // No dateline: the first date with a year, as before.
        assert_eq!(
            published(&["本报讯 2021年3月15日,华溪县"]).map(|p| p.0),
            Some("2021-03-15".into())
        );
        assert_eq!(published(&["本报讯 记者从县里获悉"]), None);
    }

    #[test]
    fn an_outlet_is_a_source_line_or_an_agency() {
        let o = |l: &str| outlet(&[l.to_string()]).map(|(c, _)| c.display());
        assert_eq!(o("2022-09-15 来源：北镇融媒"), Some("北镇融媒".into()));
        assert_eq!(
            outlet(&["2022-09-15 来源： 北镇融媒 编辑：王".to_string()]).map(|(_, q)| q),
            Some("2022-09-15 来源： 北镇融媒".into())
        );
        assert_eq!(o("新华社沈阳11月20日电 记者从"), Some("新华社".into()));
        assert_eq!(o("本报讯 2021年3月15日"), None);
    }

    #[test]
    fn a_citation_leaves_out_what_is_unknown() {
        let date = Date::parse_iso("2020", "").ok().map(Cell::Date);
        assert_eq!(
            citation("a.txt", Some(Cell::Text("标题".into())), None, date),
            "标题. 2020. a.txt"
        );
        assert_eq!(citation("a.txt", None, None, None), "a.txt");
    }
}
