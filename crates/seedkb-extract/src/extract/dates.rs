//! Dates in running text: 2019年12月2日, 5月20日, 6月底, 今年3月, 去年,
//! 1—6月, 二〇一九年十二月, ５月２０日. The year comes from the text, or
//! from the document's own year for 5月20日 and 今年; without one the date
//! stays partial (no year).

use crate::model::Date;
use std::collections::HashMap;

/// A date or a period found in a sentence: byte range in the text given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundDate {
    pub start: usize,
    pub end: usize,
    pub date: Date,
    /// The last month of a period such as 1—6月.
    pub until: Option<Date>,
    /// How its words were read when they do not say it all (a day said
    /// alone, its month the dateline's), for `load --explain`.
    pub how: Option<&'static str>,
}

fn ascii_or_wide_digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

fn cn_digit(c: char) -> Option<u32> {
    "〇一二三四五六七八九"
        .chars()
        .position(|d| d == c)
        .map(|p| p as u32)
        // 二○二六年, 二零二六年: zero written as a circle (○, not 〇) or 零.
        .or(if matches!(c, '零' | '○') {
            Some(0)
        } else {
            None
        })
}

/// A four-digit year, Arabic or digit-by-digit Chinese (二〇一九).
fn year_digits(s: &str) -> Option<(i32, usize)> {
    let mut v = 0i32;
    let mut used = 0;
    let mut n = 0;
    for c in s.chars() {
        let d = ascii_or_wide_digit(c).or_else(|| cn_digit(c));
        match d {
            Some(d) if n < 4 => {
                v = v * 10 + d as i32;
                used += c.len_utf8();
                n += 1;
            }
            _ => break,
        }
    }
    (n == 4 && (1900..=2100).contains(&v)).then_some((v, used))
}

/// A small number (1–31): Arabic digits or Chinese numerals up to 三十一.
fn small_number(s: &str) -> Option<(u32, usize)> {
    let mut chars = s.char_indices().peekable();
    let mut v = 0u32;
    let mut used = 0;
    let mut arabic = 0;
    while let Some(&(i, c)) = chars.peek() {
        match ascii_or_wide_digit(c) {
            Some(d) if arabic < 2 => {
                v = v * 10 + d;
                used = i + c.len_utf8();
                arabic += 1;
                chars.next();
            }
            _ => break,
        }
    }
    if arabic > 0 {
        // Three digits in a row are no month or day.
        if s[used..]
            .chars()
            .next()
            .and_then(ascii_or_wide_digit)
            .is_some()
        {
            return None;
        }
        return Some((v, used));
    }
    // 十二, 二十, 二十一, 三十一, 五
    let mut tens: Option<u32> = None;
    let mut unit: Option<u32> = None;
    let mut used = 0;
    for (i, c) in s.char_indices() {
        if c == '十' && tens.is_none() {
            tens = Some(unit.take().unwrap_or(1));
            used = i + c.len_utf8();
        } else if let Some(d) = cn_digit(c).filter(|d| *d > 0) {
            if unit.is_some() {
                break;
            }
            unit = Some(d);
            used = i + c.len_utf8();
        } else {
            break;
        }
    }
    let v = tens.unwrap_or(0) * 10 + unit.unwrap_or(0);
    (used > 0 && v > 0).then_some((v, used))
}

/// Event words after a date beside the lexicon's (round 14): what a date
/// says happened (首制船计划于2028年3月交付, 预计2026年10月全面达产,
/// 活动自2026年5月启动以来), with the name it gets when a plan word makes it
/// planned. Only in the date's clause, or the next when the date stands
/// alone in its own (2026年4月20日，甲与乙签署…), unlike the lexicon's
/// words, read to the sentence's end: these are common words further on.
pub(super) const MORE_EVENTS: &[(&str, &str, &str)] = &[
    ("交付", "date_delivered", "date_delivery_planned"),
    // 2026年9月16日，公司收到…补助资金: the day money or a notice came in,
    // so named in the gold of the sets that say one (round 49).
    ("收到", "date_received", "date_received"),
    (
        "达产",
        "date_full_production",
        "date_full_production_planned",
    ),
    ("启动", "date_started", "date_start_planned"),
    ("签署", "date_signed", "date_signed"),
    ("开放", "date_opened", "date_opening_planned"),
    // 主体结构10月封顶: a building's structure topped out.
    ("封顶", "date_topped_out", "date_topping_out_planned"),
    // 博览会27日在长春闭幕, 滑雪度假区4月6日闭园: the day an event or a
    // resort closed (round 26, so named in the gold of two sets).
    ("闭幕", "date_closed", "date_closing_planned"),
    ("闭园", "date_closed", "date_closing_planned"),
    // 填埋场于5月封场: a landfill closed for good (round 52).
    ("封场", "date_closed", "date_closing_planned"),
    // Round 31: a facility put in use, a line opened, an event opened
    // (新院区10月启用, 航线9月26日开通, 风筝会4月18日开幕), a plant or a
    // line put in service (于10月18日投运, 已于6月投入运营), named so by
    // the gold of every set that says them.
    ("启用", "date_opened", "date_opening_planned"),
    ("开通", "date_opened", "date_opening_planned"),
    ("开幕", "date_opened", "date_opening_planned"),
    ("投运", "date_commissioned", "date_operation_planned"),
    // Round 35: gates opened on a canal (秋浇将于10月15日开闸), a season's
    // work or an event over (11月25日前后结束; done, date_completed, the
    // name the gold gives most to a thing finished), a plant down for repair
    // (计划于12月中旬对高炉进行检修).
    ("开闸", "date_opened", "date_opening_planned"),
    ("结束", "date_completed", "date_end_planned"),
    ("检修", "date_maintenance", "date_maintenance_planned"),
    (
        "投入运营",
        "date_operation_started",
        "date_operation_planned",
    ),
    // Round 38: a bridge's span joined (主桥11月30日合龙: its structure
    // done), a season's work begun (榨季11月18日开榨, 冬捕12月27日开网).
    ("合龙", "date_completed", "date_completion_planned"),
    ("开榨", "date_started", "date_start_planned"),
    ("开网", "date_started", "date_start_planned"),
    ("开始", "date_started", "date_start_planned"),
];

const RELATIVE: &[(&str, i32)] = &[
    ("今年", 0),
    ("本年", 0),
    ("去年", -1),
    ("上年", -1),
    ("前年", -2),
    ("明年", 1),
];
const MONTH_PARTS: &[&str] = &[
    "上旬", "中旬", "下旬", "月底", "月初", "底", "初", "末", "份",
];
const RANGE_SEPS: &[&str] = &["—", "–", "-", "－", "~", "～", "至", "到"];

/// Reads a date starting exactly at `s`, if there is one. A year said
/// relative to the document's (去年, 今年3月) when the document's year is
/// unknown is kept so: the date's `doc_offset`, its year still unknown.
fn date_at(s: &str, doc_year: Option<i32>) -> Option<(usize, Date, Option<Date>)> {
    let (used, mut date, mut until) = date_words_at(s, doc_year)?;
    if let Some(off) = relative_offset(s, doc_year) {
        // The end of a span keeps the offset its own words gave it
        // (去年3月至今年5月 ends in Y+0, not in the start's year).
        for d in std::iter::once(&mut date).chain(until.as_mut()) {
            if d.year.is_none() && d.doc_offset.is_none() {
                d.doc_offset = Some(off);
            }
        }
    }
    Some((used, date, until))
}

/// The offset of the relative year `s` opens with (去年: −1) when the
/// document's year is unknown.
fn relative_offset(s: &str, doc_year: Option<i32>) -> Option<i8> {
    if doc_year.is_some() {
        return None;
    }
    RELATIVE
        .iter()
        .find(|(w, _)| s.starts_with(w))
        .and_then(|(_, off)| i8::try_from(*off).ok())
}

/// [`date_at`] but a relative year of an unknown document year left
/// unknown.
fn date_words_at(s: &str, doc_year: Option<i32>) -> Option<(usize, Date, Option<Date>)> {
    let relative = relative_offset(s, doc_year).is_some();
    let mut used = 0;
    let mut year: Option<i32> = None;
    let mut explicit_year = false;
    if let Some((word, off)) = RELATIVE.iter().find(|(w, _)| s.starts_with(w)) {
        // 王秀英今年72岁: an age, not a date.
        let age = &s[word.len()..];
        let digits = age.chars().take_while(char::is_ascii_digit).count();
        if digits > 0 && age[digits..].starts_with('岁') {
            return None;
        }
        year = doc_year.map(|y| y + off);
        used = word.len();
    } else if let Some((y, u)) = year_digits(s) {
        if s[u..].starts_with('年') {
            year = Some(y);
            explicit_year = true;
            used = u + '年'.len_utf8();
            // 2026年度补偿资金, 2025年度，公司…: the year said as a
            // reporting year, 度 the date's own.
            if s[used..].starts_with('度') {
                used += '度'.len_utf8();
            }
        } else if let Some((y2, u2)) = year_span_end(&s[u..], Some(y)) {
            // 2025—2027年: a span of years said with one 年.
            let text = s[..u + u2].to_string();
            let date = |y| Date {
                doc_offset: None,
                year: Some(y),
                month: None,
                day: None,
                text: text.clone(),
            };
            return Some((u + u2, date(y), Some(date(y2))));
        }
    }
    // 今年前三季度, 明年二季度, 2026年第三季度, 2026年前三季度: the months
    // of a part of a year said by its word, after a printed year too: the
    // figures are of those months, not of the whole year.
    if used > 0 {
        if let Some((first, last, u)) = year_part(&s[used..]) {
            let used = used + u;
            let text = s[..used].to_string();
            let month = |m: u8| Date {
                doc_offset: None,
                year,
                month: Some(m),
                day: None,
                text: text.clone(),
            };
            return Some((used, month(first), Some(month(last))));
        }
    }
    let rest = &s[used..];
    // 今年前10个月: the months from January to the tenth; 前10个月 alone,
    // of the document's year. 首11個月: the same, as Macao says it. In a
    // piece whose year is unknown (a dateline of 12月3日 only) still those
    // months, their year left unknown as 1至11月's is.
    let bare_first_months = used == 0 && rest.starts_with(['前', '首']);
    if bare_first_months {
        year = doc_year;
    }
    if used > 0 || bare_first_months {
        if let Some((n, nu)) = rest.strip_prefix(['前', '首']).and_then(small_number) {
            let tail = &rest['前'.len_utf8() + nu..];
            // 前10个月, and 前十月 said without its counter.
            if let Some(w) = ["个月", "個月", "月"]
                .into_iter()
                .find(|w| tail.starts_with(w))
            {
                if (2..=12).contains(&n) {
                    let used = used + '前'.len_utf8() + nu + w.len();
                    let text = s[..used].to_string();
                    let month = |m: u32| Date {
                        doc_offset: None,
                        year,
                        month: Some(m as u8),
                        day: None,
                        text: text.clone(),
                    };
                    return Some((used, month(1), Some(month(n))));
                }
            }
        }
    }
    // Month, a month range, then a day.
    let month = small_number(rest).and_then(|(m, u)| {
        let after = &rest[u..];
        if after.starts_with('月') && (1..=12).contains(&m) {
            return Some((m, u + '月'.len_utf8(), None));
        }
        // 1—6月
        let sep = RANGE_SEPS.iter().find(|sep| after.starts_with(**sep))?;
        let after_sep = &after[sep.len()..];
        let (m2, u2) = small_number(after_sep)?;
        let tail = &after_sep[u2..];
        (tail.starts_with('月') && (1..=12).contains(&m) && (1..=12).contains(&m2) && m < m2)
            .then(|| (m, u + sep.len() + u2 + '月'.len_utf8(), Some(m2)))
    });
    let Some((m, mu, until_month)) = month else {
        // 二〇二一年至二〇二三年, 2021—2023年: a span of years, a period.
        if explicit_year {
            if let Some((y2, u2)) = year_span_end(&s[used..], year) {
                let until = Date {
                    doc_offset: None,
                    year: Some(y2),
                    month: None,
                    day: None,
                    text: s[..used + u2].to_string(),
                };
                let date = Date {
                    doc_offset: None,
                    text: until.text.clone(),
                    year,
                    month: None,
                    day: None,
                };
                return Some((used + u2, date, Some(until)));
            }
        }
        // A year alone: 2017年, 今年, 去年; its end (2022年底) is December.
        // 2022年底, and 去年底 too; 今年年底 with its 年 said twice.
        // 去年初, 2020年初: January.
        let end = ["底", "末", "初", "年底", "年末", "年初"]
            .into_iter()
            .find(|w| s[used..].starts_with(w));
        // 去年 of a document whose year is unknown too (`date_at` says of
        // which year), but not 今年 alone there: the gold files of such
        // texts give it twice in 519 (the texts' "now", no date of a fact).
        let this_year_alone = relative_offset(s, doc_year) == Some(0) && end.is_none();
        if used > 0 && (year.is_some() || relative && !this_year_alone) {
            let used = used + end.map_or(0, str::len);
            let date = Date {
                doc_offset: None,
                year,
                month: end.map(|w| if w.ends_with('初') { 1 } else { 12 }),
                day: None,
                text: s[..used].to_string(),
            };
            return Some((used, date, None));
        }
        return None;
    };
    used += mu;
    let mut day = None;
    let mut until_day: Option<u8> = None;
    if until_month.is_none() {
        let rest = &s[used..];
        if let Some((d, du)) = small_number(rest) {
            let after = &rest[du..];
            if (after.starts_with('日') || after.starts_with('号')) && (1..=31).contains(&d) {
                day = Some(d as u8);
                used += du + after.chars().next().map_or(0, char::len_utf8);
                // 10月1日至7日: days of one month.
                let rest = &s[used..];
                if let Some(sep) = RANGE_SEPS.iter().find(|sep| rest.starts_with(**sep)) {
                    let after_sep = &rest[sep.len()..];
                    if let Some((d2, u2)) = small_number(after_sep) {
                        let tail = &after_sep[u2..];
                        if (tail.starts_with('日') || tail.starts_with('号')) && d2 > d && d2 <= 31
                        {
                            until_day = Some(d2 as u8);
                            used += sep.len() + u2 + tail.chars().next().map_or(0, char::len_utf8);
                        }
                    }
                }
            }
        }
        if day.is_none() {
            if let Some(p) = MONTH_PARTS.iter().find(|p| s[used..].starts_with(**p)) {
                used += p.len();
            }
        }
    }
    let year = if explicit_year || year.is_some() {
        year
    } else {
        doc_year
    };
    // 1月28日至2月4日, 2025年10月25日至2026年4月6日, 九月上旬至十月中旬: a span
    // to a later day (or part of a month) of another month.
    if until_month.is_none() && until_day.is_none() {
        if let Some((u, end)) = span_end(&s[used..], year, day.is_some(), (m as u8, day)) {
            used += u;
            let text = s[..used].to_string();
            let date = Date {
                doc_offset: None,
                year,
                month: Some(m as u8),
                day,
                text: text.clone(),
            };
            return Some((used, date, Some(Date { text, ..end })));
        }
    }
    let date = Date {
        doc_offset: None,
        year,
        month: Some(m as u8),
        day,
        text: s[..used].to_string(),
    };
    let until = until_month
        .map(|m2| Date {
            doc_offset: None,
            year,
            month: Some(m2 as u8),
            day: None,
            text: date.text.clone(),
        })
        .or(until_day.map(|d2| Date {
            doc_offset: None,
            year,
            month: Some(m as u8),
            day: Some(d2),
            text: date.text.clone(),
        }));
    Some((used, date, until))
}

/// 2026年春节假期（…）…同比增长, 2025年国庆黄金周: a holiday said
/// right after a year is a part of it, no whole year's figures.
fn holiday_of(after_year: &str) -> bool {
    let head: String = after_year
        .chars()
        .take_while(|c| !"，,。；;（(、".contains(*c))
        .take(8)
        .collect();
    super::PERIOD_ENDINGS.iter().any(|w| head.contains(w))
}

/// 一季度, 第二季度, 前三季度, 上半年, 下半年 at the start of `s`: the
/// first and last months of that part of a year, and the bytes it takes.
fn year_part(s: &str) -> Option<(u8, u8, usize)> {
    for (word, first, last) in [("上半年", 1, 6), ("下半年", 7, 12)] {
        if s.starts_with(word) {
            return Some((first, last, word.len()));
        }
    }
    // 首三季: the first three quarters, as Macao's and Hong Kong's
    // reports say 前三季度.
    let (first_quarter, rest) = match s.strip_prefix('前').or_else(|| s.strip_prefix('首')) {
        Some(r) => (true, r),
        None => (false, s.strip_prefix('第').unwrap_or(s)),
    };
    let mut cs = rest.chars();
    let c = cs.next()?;
    let n = match c {
        '两' => 2,
        _ => cn_digit(c).or(ascii_or_wide_digit(c))?,
    };
    if !(1..=4).contains(&n) {
        return None;
    }
    // 第三季 said without 度 (in Macao's and Hong Kong's reports), not a
    // season's word (季节, 季风) nor a report (季报).
    let tail = cs.as_str().strip_prefix("季度").or_else(|| {
        cs.as_str()
            .strip_prefix('季')
            .filter(|t| !t.starts_with(['节', '风', '候', '报', '赛']))
    })?;
    // 前三季度 runs from January; 前一季度 is no way to say it.
    if first_quarter && n < 2 {
        return None;
    }
    let last = 3 * n;
    let first = if first_quarter { 1 } else { last - 2 };
    Some((first as u8, last as u8, s.len() - tail.len()))
}

/// The end of a span that starts on month `start` (and day) in `year`,
/// said after a separator: another month with a day when the start has
/// one, else with a part of the month (上旬), later than the start, in the
/// same year unless it prints its own. The bytes it takes, and the end.
fn span_end(
    rest: &str,
    year: Option<i32>,
    with_day: bool,
    start: (u8, Option<u8>),
) -> Option<(usize, Date)> {
    let sep = RANGE_SEPS.iter().find(|sep| rest.starts_with(**sep))?;
    let after = &rest[sep.len()..];
    // The end: a full date or a month (and day) of the start's year.
    let (u, end, until) = date_at(after, year)?;
    // 12月18日至明年2月10日: an end in the next year, which is later
    // whether or not the document's year is known.
    let next_year = ["明年", "次年", "翌年"]
        .iter()
        .any(|w| after.starts_with(w));
    let later = (end.year, end.month, end.day) > (year, Some(start.0), start.1)
        || next_year && year.is_none() && end.doc_offset == Some(1);
    let same_kind = end.day.is_some() == with_day;
    // Not the first date of another span, nor one the start's own reading
    // took for a year alone (至2026年).
    (until.is_none()
        && end.month.is_some()
        && same_kind
        && later
        && end.year.is_some() == year.is_some())
    .then_some((sep.len() + u, end))
}

/// The end of a span of years after its first year (…年至2023年, …年—
/// 2023年): its year and the bytes it takes, when it comes after the first
/// and at most ten years later.
fn year_span_end(rest: &str, first: Option<i32>) -> Option<(i32, usize)> {
    let first = first?;
    let sep = RANGE_SEPS.iter().find(|sep| rest.starts_with(**sep))?;
    let (y2, u) = year_digits(&rest[sep.len()..])?;
    let used = sep.len() + u;
    let after = rest[used..].strip_prefix('年')?;
    // 2019年至2020年5月: a span ending in a month is no span of years.
    let more = after.starts_with(|c: char| {
        ascii_or_wide_digit(c).is_some() || cn_digit(c).is_some() || "十底末初".contains(c)
    });
    (!more && y2 > first && y2 - first <= 10).then_some((y2, used + '年'.len_utf8()))
}

/// 1.2026年9月16日，公司收到…: a list's number (1.) opening its item
/// right before a year, not a number the year's digits go on.
fn year_after_list_number(before: &str, rest: &str) -> bool {
    let Some(number) = before.strip_suffix('.') else {
        return false;
    };
    let digits = number.len() - number.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let opens = number[..number.len() - digits]
        .chars()
        .next_back()
        .is_none_or(|c| "：:。；;，\n".contains(c));
    (1..=2).contains(&digits)
        && opens
        && rest
            .get(..4)
            .is_some_and(|y| y.chars().all(|c| c.is_ascii_digit()))
        && rest[4..].starts_with('年')
}

/// Every date in `text`, left to right, not overlapping.
pub fn find_dates(text: &str, doc_year: Option<i32>) -> Vec<FoundDate> {
    let mut out = Vec::new();
    let mut prev: Option<char> = None;
    let mut skip_to = 0;
    for (i, c) in text.char_indices() {
        if i < skip_to {
            prev = Some(c);
            continue;
        }
        // Not in the middle of a number (2017年 is read from its first digit),
        // and 3个月 / 每月 are durations, not dates.
        let mid_number = prev.is_some_and(|p| {
            ascii_or_wide_digit(p).is_some() || cn_digit(p).is_some() || p == '十' || p == '.'
        }) && !year_after_list_number(&text[..i], &text[i..]);
        // 比上年, 较去年: a comparison, not a date.
        let comparison = matches!(prev, Some('比' | '较' | '同' | '与'))
            && RELATIVE.iter().any(|(w, _)| text[i..].starts_with(w));
        // 提前2个月, 之前3个月: ahead of time, not the year's first months.
        let ahead = matches!(prev, Some('提' | '之' | '以' | '此')) && text[i..].starts_with('前');
        // 首11個月 opening its clause; not 上线首3个月, the first months of
        // something begun.
        let ahead = ahead
            || text[i..].starts_with('首')
                && prev.is_some_and(|p| !"，。；：！？、\n 　".contains(p));
        if !mid_number && !comparison && !ahead && !matches!(prev, Some('第' | '每' | '个' | '近'))
        {
            if let Some((used, date, until)) = date_at(&text[i..], doc_year) {
                out.push(FoundDate {
                    start: i,
                    end: i + used,
                    date,
                    until,
                    how: None,
                });
                skip_to = i + used;
            }
        }
        prev = Some(c);
    }
    out
}

/// The last words of a name that a printed year can open: works or a
/// project (2025年农村公路提档升级工程, 2024年某县高标准农田建设项目), a
/// list (2026年第二批口袋公园建设项目一览). Not an event's, a meeting's or a
/// report's name (2025年一季度重点项目集中签约仪式, 2025年工作回顾): the gold
/// files disagree on those, the older sets taking the year for a date.
const NAME_HEADS: &[&str] = &["一览", "清单", "工程", "项目"];

/// What may follow the end of such a name: its verb (…项目在…, …项目共涉及,
/// …工程中标结果), a bracket, a quote's end, or the clause's end.
const AFTER_A_NAME: &[&str] = &[
    "在", "举行", "召开", "于", "共", "中标", "（", "(", "”", "》", "，", "。", "；", "、",
];

/// Whether a year found at `d` is the first word of a name (某县2025年农村
/// 公路提档升级工程（第一批）中标结果): the year names the works or the list,
/// it dates no fact of their subject. A name is the words after the year
/// (its quarter, 度, 第二批 aside) to one of [`NAME_HEADS`] followed by
/// [`AFTER_A_NAME`] or the clause's end, with no number and no 的 in them
/// (2024年全县实施项目120个 is a year's figure, 2023年启动建设的工程 the
/// works' start).
pub fn opens_a_name(text: &str, d: &FoundDate) -> bool {
    let printed = text[d.start..d.end]
        .chars()
        .next()
        .is_some_and(|c| ascii_or_wide_digit(c).is_some() || cn_digit(c).is_some());
    if !printed || d.date.month.is_some() || d.until.is_some() {
        return false;
    }
    // 于2023年…, 到2025年…, 截至2024年…: the date of what follows.
    if [
        "于", "在", "自", "从", "至", "到", "截至", "截止", "比", "较",
    ]
    .iter()
    .any(|w| text[..d.start].ends_with(w))
    {
        return false;
    }
    let mut rest = &text[d.end..];
    if let Some((_, _, u)) = year_part(rest) {
        rest = &rest[u..];
    }
    rest = rest.strip_prefix('度').unwrap_or(rest);
    // 第二批, 第一批: which batch of a list.
    if let Some(r) = rest.strip_prefix('第') {
        let mut cs = r.chars();
        if cs.next().is_some_and(|c| cn_digit(c).is_some()) && cs.as_str().starts_with('批') {
            rest = &cs.as_str()['批'.len_utf8()..];
        }
    }
    // 2025年，全县…: a year opening a clause of its own.
    if rest.starts_with(|c: char| "，,。；：:、！？ \n".contains(c)) || rest.is_empty() {
        return false;
    }
    let line_end = rest
        .find(['，', ',', '。', '；', ';', '、', '\n'])
        .unwrap_or(rest.len());
    let rest = &rest[..line_end];
    for (p, _) in rest.char_indices() {
        let before = &rest[..p];
        if before.contains('的')
            || before.chars().any(|c| {
                ascii_or_wide_digit(c).is_some()
                    || cn_digit(c).is_some()
                    || "十百千万亿两".contains(c)
            })
        {
            return false;
        }
        if let Some(h) = NAME_HEADS.iter().find(|h| rest[p..].starts_with(**h)) {
            let after = &rest[p + h.len()..];
            if after.is_empty() || AFTER_A_NAME.iter().any(|w| after.starts_with(w)) {
                return true;
            }
        }
    }
    false
}

/// The parts of a work report whose name a printed year opens (2026年工作
/// 总结, 2027年工作打算): the gold files list no such year as a date. Not
/// 工作回顾 nor 主要目标, whose years older golds take for dates.
const REPORT_PARTS: &[&str] = &[
    "工作总结",
    "工作计划",
    "工作打算",
    "工作完成情况",
    "工作开展情况",
];

/// Whether a year found at `d` opens the name of a part of a work report
/// (克山县气象局2026年工作总结和2027年工作计划, 2026年沙棘产业发展工作
/// 总结及2027年工作打算): the name runs from the year (度 aside) to 和, 及,
/// a bracket or the clause's end, has no number in it, and ends with one of
/// [`REPORT_PARTS`]. The year names the report, it dates no fact.
pub fn names_a_report_part(text: &str, d: &FoundDate) -> bool {
    let printed = text[d.start..d.end]
        .chars()
        .next()
        .is_some_and(|c| ascii_or_wide_digit(c).is_some());
    if !printed || d.date.month.is_some() || d.until.is_some() {
        return false;
    }
    let rest = &text[d.end..];
    let rest = rest.strip_prefix('度').unwrap_or(rest);
    let end = rest
        .find([
            '和', '及', '与', '（', '(', '，', ',', '。', '；', '：', '\n', ' ', '　',
        ])
        .unwrap_or(rest.len());
    let name = &rest[..end];
    name.chars().count() <= 16
        && !name.chars().any(|c| ascii_or_wide_digit(c).is_some())
        && REPORT_PARTS.iter().any(|p| name.ends_with(p))
}

/// Words after a day said alone (记者14日从…, 27日在西宁落幕, 5日正式投产,
/// 截至13日，): a time of that day, a verb of what happened on it, or the
/// clause's end. Not 日内, 日游, 日均: spans of days.
const AFTER_A_DAY: &[&str] = &[
    "上午", "下午", "中午", "晚", "凌晨", "早", "夜", "零时", "起", "在", "从", "举行", "召开",
    "发布", "联合", "正式", "落幕", "开幕", "闭幕", "开通", "投产", "宣布", "，", "。", "、",
    // 首台机组26日完成试运行, 县议会5日三读通过预算案: a step finished or
    // a bill passed on that day.
    "完成", "三读", "通过",
    // 7日清晨，江面上寒雾弥漫: the early morning and the evening of that day.
    "清晨", "傍晚",
];

/// A day said without its month (记者14日从…获悉, 27日在西宁落幕, 15日至17日)
/// in a text whose dateline gives a month and day (`line`: year, month,
/// day): the dateline's month, or the month before for a day more than
/// ten days after the dateline's (a day said ahead, 15日至17日 under 14日电,
/// is of the same month). Days alone are added to `found` in order; a
/// day inside a date already found, after a numeral or a word that makes
/// it a count of days (第, 每, 近, 前), or before a word that does (日内),
/// is left alone. 记者14日从…获悉 is the day the reporter heard: under a
/// dateline of that day (14日电) the dateline's own, said again, and left
/// alone too; under another day's (15日电) a day of its own.
/// The days the text prints with their year in full (2027年1月1日起), by
/// month and day: a day printed with one year only.
pub fn days_printed(text: &str) -> HashMap<(u8, u8), i32> {
    let mut years: HashMap<(u8, u8), Option<i32>> = HashMap::new();
    for f in find_dates(text, None) {
        let d = &f.date;
        if let (Some(y), Some(m), Some(day), None) = (d.year, d.month, d.day, &f.until) {
            years
                .entry((m, day))
                .and_modify(|e| *e = e.filter(|&x| x == y))
                .or_insert(Some(y));
        }
    }
    years
        .into_iter()
        .filter_map(|(k, y)| Some((k, y?)))
        .collect()
}

/// A day said without its year (1月1日起执行 in a headline) that the text
/// prints elsewhere with a later year than the document's (从2027年1月1日
/// 起) is that day: a post of December announcing the next year's change.
/// Not an earlier year: 8月5日 under 2018年8月5日 is the day's return (an
/// anniversary), this year's.
pub fn years_of_days_printed(
    text: &str,
    mut found: Vec<FoundDate>,
    printed: &HashMap<(u8, u8), i32>,
) -> Vec<FoundDate> {
    for f in &mut found {
        let words = &text[f.start..f.end];
        // 1月1日以来 in a post of December: since this year's first day,
        // though the text prints the next year's with a rule taking effect.
        let since = ["以来", "至今"]
            .iter()
            .any(|w| text[f.end..].starts_with(w));
        if f.until.is_some() || words.contains('年') || since {
            continue;
        }
        if let (Some(m), Some(d)) = (f.date.month, f.date.day) {
            if let Some(&y) = printed
                .get(&(m, d))
                .filter(|&&y| f.date.year.is_some_and(|x| y > x))
            {
                f.date.year = Some(y);
            }
        }
    }
    found
}

/// A month said without its year after a month printed with one in the
/// same sentence (力争2027年3月全面开工、10月底前完工): a later step of the
/// same schedule, in that year, not the document's. Not after 。 or ；,
/// nor a month said with 今年/去年/明年, nor an earlier month (2026年11月
/// …，3月 may be the next year's).
pub fn months_after_a_year(text: &str, mut found: Vec<FoundDate>) -> Vec<FoundDate> {
    let mut last: Option<(i32, u8, usize)> = None;
    for f in &mut found {
        let words = &text[f.start..f.end];
        if words.contains(['年', '今', '去', '明']) {
            last = match (f.date.year, f.date.month, &f.until) {
                (Some(y), Some(m), None) if words.contains('年') => Some((y, m, f.end)),
                _ => None,
            };
            continue;
        }
        let Some((y, m, end)) = last else {
            continue;
        };
        if text[end..f.start].contains(['。', '；', '！', '？', '\n']) {
            last = None;
            continue;
        }
        if f.date.month.is_some_and(|x| x > m) && f.date.year != Some(y) {
            f.date.year = Some(y);
            if let Some(u) = f.until.as_mut() {
                u.year = Some(y);
            }
        }
    }
    found
}

/// A day or a month said without a year, more than two months after the
/// document's own day (12月18日 in a report dated 1月20日 on the year's
/// results), is of the year before: news tells what happened, and what is
/// to come is said with a plan's word (将, 计划, 预计 … before it in its
/// sentence, or 前/起 after it: 年底前, 10月1日起), which keeps the
/// document's year.
pub fn days_after_the_day(
    text: &str,
    mut found: Vec<FoundDate>,
    line: Option<(Option<i32>, u8, u8)>,
) -> Vec<FoundDate> {
    let Some((Some(year), month, day)) = line else {
        return found;
    };
    for f in &mut found {
        let words = &text[f.start..f.end];
        let Some(m) = f.date.month else {
            continue;
        };
        // 一直持续到12月15日, 订单已排到10月: the end of a span that runs on;
        // 今年…10月: this year's, said so; 定于5月举办: set for then;
        // 每年5月至10月: every year's.
        // 大桥6月将建成, 5月底有望投用: a plan's word right after it (its
        // 份, 底, 初 or 旬 between) says what is to come too.
        let after = text[f.end..]
            .trim_start_matches(['份', '底', '初', '中', '上', '下'])
            .trim_start_matches('旬');
        let planned = super::lexicon::PLANNED_CUES
            .iter()
            .chain(&["今年", "本年", "定于", "每年"])
            .any(|w| text[..f.start].contains(w))
            || ["到", "至"].iter().any(|w| text[..f.start].ends_with(w))
            || ["前", "起", "开始"]
                .iter()
                .any(|w| text[f.end..].starts_with(w))
            || super::lexicon::PLANNED_CUES
                .iter()
                .any(|w| after.starts_with(w));
        let later = (m, f.date.day.unwrap_or(1)) > (month.saturating_add(2), day);
        if words.contains('年') || f.date.year != Some(year) || planned || !later {
            continue;
        }
        f.date.year = Some(year - 1);
        if let Some(u) = f.until.as_mut().filter(|u| u.year == Some(year)) {
            u.year = Some(year - 1);
        }
        f.how = Some("a day later in the year than the document's, told as done: the year before");
    }
    found
}

/// Days listed after a full date (10月2日、3日两天): each of the month
/// and year of the date before it.
pub fn days_listed(text: &str, mut found: Vec<FoundDate>) -> Vec<FoundDate> {
    let mut days = Vec::new();
    for f in found
        .iter()
        .filter(|f| f.until.is_none() && f.date.day.is_some())
    {
        let mut end = f.end;
        while let Some(rest) = text[end..].strip_prefix('、') {
            let Some((d, u)) = small_number(rest).filter(|(_, u)| rest[*u..].starts_with('日'))
            else {
                break;
            };
            let start = end + '、'.len_utf8();
            end = start + u + '日'.len_utf8();
            let taken = found.iter().any(|g| g.start < end && g.end > start);
            if taken || !(1..=31).contains(&d) || f.date.day.is_some_and(|x| u32::from(x) >= d) {
                break;
            }
            days.push(FoundDate {
                start,
                end,
                date: Date {
                    day: Some(d as u8),
                    text: text[start..end].to_string(),
                    ..f.date.clone()
                },
                until: None,
                how: Some("a day listed after a full date: that date's month"),
            });
        }
    }
    if !days.is_empty() {
        found.extend(days);
        found.sort_by_key(|f| f.start);
    }
    found
}

/// The Republic-era year (民国纪年) that `text` says right before `at`
/// (115年 before 10月): two or three digits not after another digit, and
/// its year of the common era (115 + 1911 = 2026). Only years from 60
/// (1971) to 199: a smaller one is more likely a duration or an age.
fn republic_year_before(text: &str, at: usize) -> Option<(usize, i32)> {
    let before = text[..at].strip_suffix('年')?;
    let digits = before.len() - before.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let from = before.len() - digits;
    let n: i32 = before[from..].parse().ok()?;
    ((2..=3).contains(&digits) && (60..=199).contains(&n)).then_some((from, n + 1911))
}

/// In a text written in traditional characters, as Taiwan writes it: a
/// month after a Republic-era year (115年10月) is of that year (2026-10),
/// read with its year. Dates that say a year of their own are left alone.
pub fn republic_era(text: &str, mut found: Vec<FoundDate>) -> Vec<FoundDate> {
    for d in &mut found {
        if d.date.text.contains('年') || d.date.month.is_none() {
            continue;
        }
        let Some((from, year)) = republic_year_before(text, d.start) else {
            continue;
        };
        d.start = from;
        d.date.year = Some(year);
        d.date.doc_offset = None;
        d.date.text = text[from..d.end].to_string();
        if let Some(u) = d.until.as_mut().filter(|u| !u.text.contains('年')) {
            u.year = Some(year);
            u.doc_offset = None;
            u.text.clone_from(&d.date.text);
        }
    }
    found
}

/// The latest Republic-era year a text in traditional characters dates a
/// month by (115年10月): the year it was written in.
pub fn republic_document_year(text: &str) -> Option<i32> {
    find_dates(text, None)
        .iter()
        .filter(|d| d.date.year.is_none() && d.date.month.is_some())
        .filter_map(|d| republic_year_before(text, d.start).map(|(_, y)| y))
        .max()
}

pub fn days_alone(
    text: &str,
    mut found: Vec<FoundDate>,
    line: Option<(Option<i32>, u8, u8)>,
) -> Vec<FoundDate> {
    let Some((year, month, line_day)) = line else {
        return found;
    };
    if !text.contains('日') {
        return found;
    }
    let month_of = |d: u8| -> Option<(Option<i32>, u8)> {
        if d <= line_day.saturating_add(10) {
            return Some((year, month));
        }
        let (y, m) = if month == 1 {
            (year.map(|y| y - 1), 12)
        } else {
            (year, month - 1)
        };
        (d <= crate::model::days_in_month(y, m)).then_some((y, m))
    };
    let mut days = Vec::new();
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        let p = prev;
        prev = Some(c);
        if ascii_or_wide_digit(c).is_none()
            || p.is_some_and(|p| {
                ascii_or_wide_digit(p).is_some()
                    || cn_digit(p).is_some()
                    || "十月第每近前后数几个余多连续共号.".contains(p)
            })
            || found.iter().any(|f| (f.start..f.end).contains(&i))
        {
            continue;
        }
        let Some((d, u)) = small_number(&text[i..]) else {
            continue;
        };
        let Some(after) = text[i + u..].strip_prefix('日') else {
            continue;
        };
        // 记者14日从… under 14日电: the reporter's day, the dateline's
        // (under 15日电 the day before it, which the dateline does not say).
        if text[..i].ends_with("记者") && d == u32::from(line_day) {
            continue;
        }
        // 15日至17日: a span of days.
        let mut end = i + u + '日'.len_utf8();
        let mut until = None;
        if let Some(sep) = RANGE_SEPS.iter().find(|s| after.starts_with(**s)) {
            let rest = &after[sep.len()..];
            if let Some((d2, u2)) = small_number(rest) {
                if rest[u2..].starts_with('日') && d2 > d && d2 <= 31 {
                    until = Some(d2 as u8);
                    end += sep.len() + u2 + '日'.len_utf8();
                }
            }
        }
        if !(1..=31).contains(&d)
            || until.is_none() && !AFTER_A_DAY.iter().any(|w| text[end..].starts_with(w))
        {
            continue;
        }
        let Some((y, m)) = month_of(d as u8) else {
            continue;
        };
        let date = |day: u8| Date {
            doc_offset: None,
            year: y,
            month: Some(m),
            day: Some(day),
            text: text[i..end].to_string(),
        };
        if until.is_some_and(|d2| d2 > crate::model::days_in_month(y, m)) {
            continue;
        }
        days.push(FoundDate {
            start: i,
            end,
            date: date(d as u8),
            until: until.map(date),
            how: Some(if m == month {
                "a day said alone: the dateline's month"
            } else {
                "a day said alone, later than the dateline's: the month before it"
            }),
        });
    }
    if !days.is_empty() {
        found.extend(days);
        found.sort_by_key(|f| f.start);
    }
    found
}

/// The date a document gives for itself, before its body: a date line
/// under the headline (`2020-05-27 来源:…`, `发布时间:2023年07月12日14:22`),
/// or a dateline opening the first paragraph (`新华社沈阳11月20日电`,
/// `本报讯（记者…）2022年9月15日`, `2022年9月15日，记者从…获悉`). A dateline
/// without a year (11月20日电) gives month and day only.
pub fn dateline(text: &str) -> Option<Date> {
    // The head: the lines before the first paragraph (a line with a full
    // stop), and that paragraph's opening up to its first comma or stop.
    let mut head_lines = Vec::new();
    let mut opening = "";
    for line in text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(8)
    {
        // 攬金48。6億元: a headline's decimal full stop ends no sentence.
        // 今天起，甲盟进入防火期！这些数字请记牢: a short first line going on
        // past its ！ without a stop at its end is a headline.
        let headline = head_lines.is_empty()
            && opening.is_empty()
            && line.chars().count() <= 40
            && !line.ends_with(['。', '！', '？', '”', '」', '!', '?']);
        if first_sentence(line).len() < line.len() && !headline {
            opening = line;
            break;
        }
        head_lines.push(line);
    }
    // The headline itself is no date line: skip the first line when more follow.
    let skip = usize::from(head_lines.len() > 1 || !opening.is_empty());
    for line in head_lines.iter().skip(skip) {
        if let Some(d) = iso_date(line).or_else(|| written_date(line, true)) {
            return Some(d);
        }
    }
    let cut = opening
        .char_indices()
        .find(|(_, c)| matches!(c, '，' | ',' | '。' | '；'))
        .map_or(opening.len(), |(i, _)| i);
    let open = &opening[..cut];
    // 本报讯（记者…）, 新华社沈阳11月20日电（记者…）: the agency's line.
    iso_date(open).or_else(|| {
        let agency = open.contains('电') || open.contains('讯');
        written_date(open, agency).filter(|d| agency || d.day.is_some())
    })
}

/// 2020-05-27, 2020/5/27, 2020.05.27 in a line.
fn iso_date(line: &str) -> Option<Date> {
    for (i, _) in line.char_indices() {
        let Some((y, u)) = year_digits(&line[i..]) else {
            continue;
        };
        if i > 0
            && line[..i]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_ascii_digit())
        {
            continue;
        }
        let rest = &line[i + u..];
        let Some(sep) = rest.chars().next().filter(|c| matches!(c, '-' | '/' | '.')) else {
            continue;
        };
        let rest = &rest[1..];
        let Some((m, mu)) = small_number(rest) else {
            continue;
        };
        let Some(rest) = rest[mu..].strip_prefix(sep) else {
            continue;
        };
        let Some((d, du)) = small_number(rest) else {
            continue;
        };
        if (1..=12).contains(&m) && (1..=31).contains(&d) {
            let used = u + 1 + mu + 1 + du;
            return Some(Date {
                doc_offset: None,
                year: Some(y),
                month: Some(m as u8),
                day: Some(d as u8),
                text: line[i..i + used].to_string(),
            });
        }
    }
    None
}

/// A written date (2023年07月12日, 11月20日) in a head line; a month and
/// day alone only when `partial` allows it (an agency's dateline).
fn written_date(line: &str, partial: bool) -> Option<Date> {
    let found = find_dates(line, None);
    found
        .into_iter()
        .find(|d| d.until.is_none() && d.date.month.is_some() && (partial || d.date.year.is_some()))
        .map(|d| d.date)
}

/// The year a document was written in: its dateline's (see
/// [`dateline`]), else the latest year its text names as current.
pub fn document_year(text: &str) -> Option<i32> {
    let line = dateline(text);
    if let Some(y) = line.as_ref().and_then(|d| d.year) {
        return Some(y);
    }
    if let Some(y) = closing_date(text).and_then(|d| d.year) {
        return Some(y);
    }
    // 中新网阿勒泰4月8日电 … 2025年10月25日至2026年4月6日: a span ending on
    // a day of the dateline's month, on or before its day, is a season just
    // past: its end's year is the text's. (Not a day alone: 2018年8月5日
    // under 8月5日电 is the day an anniversary counts from.)
    if let Some((m, day)) = line.as_ref().and_then(|d| Some((d.month?, d.day?))) {
        let near = find_dates(text, None)
            .into_iter()
            .filter_map(|f| {
                // 下届定于2027年11月5日至10日举办: a span the sentence sets
                // ahead is no season past.
                let sentence = text[..f.start]
                    .char_indices()
                    .rfind(|(_, c)| matches!(c, '。' | '！' | '？' | '\n'))
                    .map_or(0, |(p, c)| p + c.len_utf8());
                if ["定于", "将于", "拟于"]
                    .iter()
                    .any(|w| text[sentence..f.start].contains(w))
                {
                    return None;
                }
                // The span's end, parsed with it or said after 至 on its own.
                let after_to = ["至", "到", "—", "-", "～", "~"]
                    .iter()
                    .any(|w| text[..f.start].ends_with(w));
                f.until.or(after_to.then_some(f.date))
            })
            .filter(|d| d.month == Some(m) && d.day.is_some_and(|x| x <= day))
            .filter_map(|d| d.year)
            .max();
        if near.is_some() {
            return near;
        }
    }
    if let Some(y) = announced_before_effect(text, line.as_ref())
        .or_else(|| season_of_headline(text, line.as_ref()))
    {
        return Some(y);
    }
    // 12月18日 above a year's figures (2024年…同比增长): told before the
    // year ended, in that year, even when 今年 is said.
    let month = line.or_else(|| opening_date(text)).and_then(|d| d.month);
    let best = infer_year_as(text, month);
    match anniversary_year(text) {
        Some(y) if best.is_none_or(|b| y == b + 1) => Some(y),
        _ => best,
    }
}

/// 省政府12月3日印发通知，决定自2027年1月1日起调整…: the opening
/// paragraph's day, said without its year, and a rule taking effect (起)
/// on a printed day of the next year's first months, within three months
/// after it: the text is of the year before that one.
fn announced_before_effect(text: &str, line: Option<&Date>) -> Option<i32> {
    let day = line.cloned().or_else(|| opening_date(text))?;
    let (m1, d1) = (day.month?, day.day?);
    if day.year.is_some() {
        return None;
    }
    let opening = &text[..lead_end(text)];
    find_dates(opening, None).into_iter().find_map(|f| {
        let (y, m2, d2) = (f.date.year?, f.date.month?, f.date.day?);
        let effect = f.until.is_none() && opening[f.end..].starts_with('起');
        (effect && (m2, d2) < (m1, d1) && 12 - m1 + m2 <= 3).then_some(y - 1)
    })
}

/// 鞍山市2026—2027年供暖季… over 11月12日上午，…: a season across two
/// years that its headline names, told of on a day said without its year:
/// the season's first year for a day of its autumn (July on), its second
/// for one of its spring.
fn season_of_headline(text: &str, line: Option<&Date>) -> Option<i32> {
    let day = line.cloned().or_else(|| opening_date(text))?;
    let month = day.month.filter(|_| day.year.is_none())?;
    let headline = text.lines().map(str::trim).find(|l| !l.is_empty())?;
    find_dates(headline, None).into_iter().find_map(|f| {
        let (first, last) = (f.date.year?, f.until.as_ref()?.year?);
        let season = [
            "供暖季",
            "采暖季",
            "供热季",
            "雪季",
            "冰雪季",
            "榨季",
            "冬捕季",
        ]
        .iter()
        .any(|w| headline[f.end..].starts_with(w));
        (season && f.date.month.is_none() && last == first + 1).then_some(if month >= 7 {
            first
        } else {
            last
        })
    })
}

/// The date an announcement closes with, on a line of its own under the
/// board's name (…董事会\n2026年9月19日): the day it was issued, which
/// its body's years (2027年度、2028年度 of a commitment, 回购期限至2027年)
/// do not outweigh. A full date only.
fn closing_date(text: &str) -> Option<Date> {
    let last = text.lines().map(str::trim).rfind(|l| !l.is_empty())?;
    let found = find_dates(last, None);
    match found.as_slice() {
        [d] if d.start == 0 && d.end == last.len() && d.until.is_none() && d.date.day.is_some() => {
            Some(d.date.clone())
        }
        _ => None,
    }
}

/// The first month and day the opening paragraph gives without a year
/// (…讯（记者…）“…”12月18日，在…): the day the news tells of.
fn opening_date(text: &str) -> Option<Date> {
    let opening = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(8)
        .find(|l| first_sentence(l).len() < l.len())?;
    find_dates(opening, None)
        .into_iter()
        .find(|d| d.until.is_none() && d.date.month.is_some())
        .map(|d| d.date)
        .filter(|d| d.year.is_none() && d.day.is_some())
}

/// Where the opening paragraph (the first of the first eight lines with
/// a full sentence, the one [`opening_date`] reads) ends: 0 without one.
fn lead_end(text: &str) -> usize {
    let mut at = 0;
    let lines = text.split_inclusive('\n').map(|line| {
        at += line.len();
        (at, line.trim())
    });
    lines
        .filter(|(_, l)| !l.is_empty())
        .take(8)
        .find(|(_, l)| first_sentence(l).len() < l.len())
        .map_or(0, |(end, _)| end)
}

/// 供水七周年 with 2018年8月5日 in the text: the year the anniversary
/// falls in, counted from the earliest full date the text gives (the day
/// it started), for a text whose figures are of the year before.
fn anniversary_year(text: &str) -> Option<i32> {
    let at = text.find("周年").or_else(|| text.find("週年"))?;
    let before: Vec<(usize, char)> = text[..at].char_indices().collect();
    // The numeral right before: up to three characters (三十一, 12).
    let n = (1..=3.min(before.len()))
        .rev()
        .find_map(|k| {
            let from = before[before.len() - k].0;
            small_number(&text[from..at]).filter(|&(_, used)| from + used == at)
        })
        .map(|(n, _)| n as i32)?;
    let start = text
        .char_indices()
        .filter_map(|(i, _)| {
            let (y, u) = year_digits(&text[i..])?;
            let rest = text[i + u..].strip_prefix('年')?;
            let (m, mu) = small_number(rest)?;
            let day = rest[mu..].strip_prefix('月').and_then(small_number)?;
            ((1..=12).contains(&m) && day.0 >= 1).then_some(y)
        })
        .min()?;
    (n >= 1).then_some(start + n)
}

/// Whether `named` (what a year's 年度 names: 城乡居民基本医疗保险…) opens
/// with the two characters the text says after some 明年 (明年城乡居民医保):
/// the same thing, said of next year.
fn next_years_thing(text: &str, named: &str) -> bool {
    let head: String = named.chars().take(2).collect();
    head.chars().count() == 2
        && head.chars().all(seedkb_core::text::is_han)
        && text
            .match_indices("明年")
            .any(|(i, w)| text[i + w.len()..].starts_with(head.as_str()))
}

/// Words of a plan or a goal: a year's figures said with them are ahead.
const PLAN_WORDS: [&str; 9] = [
    "计划", "预计", "预期", "力争", "争取", "目标", "确保", "将", "拟",
];

/// Whether the text gives figures of this year so far (今年上半年, 今年前三
/// 季度, 今年1—9月, 截至今年6月底): this year is under way, so a whole
/// year's figures it tells are of a year past.
fn this_year_under_way(text: &str) -> bool {
    text.match_indices("今年").any(|(i, w)| {
        let rest = &text[i + w.len()..];
        if year_part(rest).is_some() {
            return true;
        }
        let rest = rest.strip_prefix('前').unwrap_or(rest);
        let Some((_, u)) = small_number(rest) else {
            return false;
        };
        let tail = &rest[u..];
        ["个月", "月底", "月末"].iter().any(|w| tail.starts_with(w))
            || RANGE_SEPS.iter().any(|sep| {
                tail.strip_prefix(sep)
                    .and_then(small_number)
                    .is_some_and(|(_, u2)| tail[sep.len() + u2..].starts_with('月'))
            })
    })
}

/// Words by which a sentence compares its figures with the year before:
/// the figures are of a year under way or past.
const COMPARED_WITH_LAST_YEAR: [&str; 3] = ["同比", "比上年", "较上年"];

/// The sentence opening `rest`, to its full stop: not an ideographic full
/// stop between digits (632。8亿元, a decimal point in some
/// traditional-character writing).
fn first_sentence(rest: &str) -> &str {
    let digit = |c: Option<char>| c.is_some_and(|c| ascii_or_wide_digit(c).is_some());
    let end = rest.char_indices().find(|&(k, c)| {
        let decimal = c == '。'
            && digit(rest[..k].chars().next_back())
            && digit(rest[k + c.len_utf8()..].chars().next());
        matches!(c, '。' | '！' | '？' | '\n') && !decimal
    });
    end.map_or(rest, |(k, _)| &rest[..k])
}

/// The sentence after a year's 年 (`rest`); when it states no figure (a
/// heading, 2024年邯郸市空气质量持续改善。, or a question, 2024年…交出了
/// 一份怎样的答卷？), the next one too: its figures are that year's. Not
/// a next one saying 今年: its figures are this year's.
fn with_its_figures(rest: &str) -> &str {
    let first = first_sentence(rest);
    if first.chars().any(|c| ascii_or_wide_digit(c).is_some()) {
        return first;
    }
    let after = &rest[first.len()..];
    let next = after.trim_start_matches(['。', '！', '？', '\n', ' ', '\u{3000}']);
    let next_sentence = first_sentence(next);
    if next_sentence.contains("今年") {
        return first;
    }
    &rest[..rest.len() - next.len() + next_sentence.len()]
}

/// Whether the clause after a year's 年 (`rest`), or the next when the
/// year stands alone in its own (2030年，全省…将达到), says what is to
/// be: a plan's or a goal's words (将达到, 力争, 计划).
fn plan_in_clause(rest: &str) -> bool {
    let clause_end = |r: &str| r.find(['，', '。', '；', '\n']).unwrap_or(r.len());
    let mut clause = &rest[..clause_end(rest)];
    if clause.is_empty() {
        if let Some(next) = rest.strip_prefix('，') {
            clause = &next[..clause_end(next)];
        }
    }
    // Not 计划 alone: 2024年，全市计划改造小区286个，已全部开工 is the
    // year's own plan, under way.
    [
        "力争",
        "有望",
        "将达",
        "将突破",
        "将超过",
        "将建成",
        "将实现",
    ]
    .iter()
    .any(|w| clause.contains(w))
}

/// Whether a year said alone before `rest` heads a clause of its own
/// (2027年，我们计划将…) that says what is to be (将, 拟). Not 计划 alone:
/// 2023年，全县计划新增… may be the year's own plan, under way.
fn plan_heads_clause(rest: &str) -> bool {
    let Some(next) = rest.strip_prefix('，') else {
        return false;
    };
    let clause = &next[..next.find(['，', '。', '；', '\n']).unwrap_or(next.len())];
    ["将", "拟"].iter().any(|w| clause.contains(w))
}

/// Words of a one-off beginning: what a year said with them started then;
/// and of an honour given once (入选, 获评, 被评为, 被命名为), as much a
/// moment past.
const BEGINNINGS: &[&str] = &[
    "成立",
    "挂牌",
    "开工",
    "动工",
    "建成",
    "投产",
    "开业",
    "整合",
    "组建",
    "创办",
    "创建",
    "启动",
    "入选",
    "获评",
    "评为",
    "命名为",
];

/// Whether the words after a year's 年 (`rest`) tell a beginning: one of
/// [`BEGINNINGS`] in the year's clause (2019年成立, 2019年12月主体工程开工),
/// or in the next when the year stands alone in its own (二〇二三年，县里
/// 把…整合成一个总医院). Not in an event's name (集中开工活动), nor with a
/// year's figures or a plan in the sentence (2024年全县新开工项目35个，同比
/// 增长…, 2025年将建成), nor after 以来 (2026年以来，新建成…: since then, up
/// to now).
fn began_then(rest: &str) -> bool {
    if rest.starts_with("以来") {
        return false;
    }
    let clause_end = |r: &str| r.find(['，', '。', '；', '\n']).unwrap_or(r.len());
    let mut clause = &rest[..clause_end(rest)];
    if clause.is_empty() {
        if let Some(next) = rest.strip_prefix('，') {
            clause = &next[..clause_end(next)];
        }
    }
    let figures = ["同比", "增长", "达到", "完成", "实现"];
    let plan = ["计划", "预计", "将", "力争"];
    // 一期工程于2016年投产，至今已累计…同比增长: the word right after the
    // year is what happened then; the figures after it are of later years.
    let said_first = BEGINNINGS.iter().any(|w| rest.starts_with(w));
    let sentence = first_sentence(rest);
    if plan.iter().any(|w| sentence.contains(w))
        || !said_first && figures.iter().any(|w| sentence.contains(w))
    {
        return false;
    }
    // 2020年全市新开工项目300个: a count after the word, a year's figures.
    BEGINNINGS.iter().any(|w| {
        clause.match_indices(w).any(|(k, _)| {
            let after = &clause[k + w.len()..];
            !["活动", "仪式", "大会", "暨"]
                .iter()
                .any(|n| after.starts_with(n))
                && !after.chars().any(super::is_digit)
        })
    })
}

/// Whether a year is told in a 是…的 sentence of a deed done (这台采棉机是
/// 他2022年和亲戚合伙买的): `before`, its sentence up to the year, says 是;
/// the clause after its 年 (`rest`) ends in 的, a moment told as past. Not a
/// clause with a figure (是2022年种下的3000棵).
fn done_then(before: &str, rest: &str) -> bool {
    let clause = &rest[..rest.find(['，', '。', '；', '\n']).unwrap_or(rest.len())];
    before.contains('是')
        && clause.chars().count() > 1
        && clause.ends_with('的')
        && !clause.chars().any(|c| ascii_or_wide_digit(c).is_some())
}

/// Whether the clause after a year's 年 (`rest`) is a when-clause (2016年
/// 她进厂时，…): a moment told as past. Not 同时, 小时, 及时 and the like,
/// whose 时 is a word's end, nor 届时 (then, ahead).
fn when_clause(rest: &str) -> bool {
    let clause = &rest[..rest.find(['，', '。', '；', '\n']).unwrap_or(rest.len())];
    let Some(before) = clause
        .strip_suffix("的时候")
        .or_else(|| clause.strip_suffix('时'))
    else {
        return false;
    };
    !before.is_empty()
        && !before.ends_with([
            '同', '小', '及', '按', '准', '随', '实', '届', '暂', '当', '平', '适',
        ])
        && !before
            .chars()
            .any(|c| ascii_or_wide_digit(c).is_some() || cn_digit(c).is_some())
}

/// The years a text measures against (较二○二五年同月, 与2025年10月), each
/// printed right after 较, 比, 与 or 同; not after 比较 (比较2026年10月与
/// 2025年10月: the year compared, not its base).
fn base_years(text: &str) -> Vec<i32> {
    let mut years = Vec::new();
    for (i, c) in text.char_indices() {
        if !matches!(c, '较' | '比' | '与' | '同') || text[..i].ends_with('比') {
            continue;
        }
        let at = i + c.len_utf8();
        if let Some((y, u)) = year_digits(&text[at..]) {
            if text[at + u..].starts_with('年') {
                years.push(y);
            }
        }
    }
    years
}

/// Whether the words after a year's 年 (起, 1月1日起) say something starts
/// from that year, its month or its day on.
fn from_then_on(after_nian: &str) -> bool {
    let mut rest = after_nian;
    for unit in ['月', '日'] {
        if let Some((_, u)) = small_number(rest).filter(|(_, u)| rest[*u..].starts_with(unit)) {
            rest = &rest[u + unit.len_utf8()..];
        }
    }
    rest.starts_with('起')
}

/// The year a document was written in, as far as its text tells: the
/// latest year it names as a date (2019年12月2日, 2020年是…), leaving out
/// targets (到2025年, 预计2021年) and the end of a span (2021—2025年).
pub fn infer_year(text: &str) -> Option<i32> {
    infer_year_as(text, None)
}

/// `infer_year` for a text told in `month` (its dateline's or its opening
/// paragraph's). Told in December, before its year ended: a whole year's
/// figures may be of its own year. Told in an earlier month: a whole
/// year's figures against the year before (6月26日 … 2024年…同比提高) are
/// of a year past, whether or not 今年 is said.
fn infer_year_as(text: &str, month: Option<u8>) -> Option<i32> {
    let year_after = month != Some(12);
    let told_before_december = month.is_some_and(|m| m < 12);
    let mut best: Option<i32> = None;
    let mut at_least: Option<i32> = None;
    let now_under_way = this_year_under_way(text);
    let lead_end = lead_end(text);
    // Whether the text says 今年 (or 去年) anywhere: asked of every year
    // it prints, found once.
    let says_this_year = text.contains("今年");
    let speaks_of_now = says_this_year || text.contains("去年");
    // 明年 too tells of a year of its own (a plan for the one after it):
    // a year it prints beside a beginning or a month is past.
    let says_next_year = text.contains("明年");
    let bases = base_years(text);
    // A day told without its year (新华社贵阳12月10日电, 10日建成通车) tells
    // of a day of its own year too: 于2022年9月开工 beside it is past.
    let relative = speaks_of_now || says_next_year || month.is_some();
    for (i, _) in text.char_indices() {
        let Some((y, u)) = year_digits(&text[i..]) else {
            continue;
        };
        if !text[i + u..].starts_with('年') {
            continue;
        }
        // 2026/2027年冬春航季: a season across two years is told of as it
        // opens, in the first (its end, 2027年3月27日, is ahead).
        if let Some(b) = text[..i].strip_suffix(['/', '／']) {
            let k = b.char_indices().rev().nth(3).map_or(0, |(k, _)| k);
            if let Some((first, _)) =
                year_digits(&b[k..]).filter(|&(first, used)| k + used == b.len() && first + 1 == y)
            {
                best = Some(best.map_or(first, |b| b.max(first)));
                continue;
            }
        }
        let before: String = text[..i]
            .chars()
            .rev()
            .take(3)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let before_digit = text[..i].chars().last().is_some_and(|c| {
            ascii_or_wide_digit(c).is_some()
                || cn_digit(c).is_some()
                || RANGE_SEPS.contains(&c.to_string().as_str())
        });
        // 2025年前, 2025年底前: a deadline ahead. Not 2026年前三季度,
        // 2026年前10个月: the first part of that year.
        let after_nian = &text[i + u + '年'.len_utf8()..];
        let first_part = year_part(after_nian).is_some()
            || after_nian
                .strip_prefix('前')
                .and_then(|r| small_number(r).map(|(_, k)| &r[k..]))
                .is_some_and(|r| r.starts_with("个月") || r.starts_with('月'));
        let deadline = !first_part
            && ["前", "底前", "年底前"]
                .iter()
                .any(|w| after_nian.starts_with(w));
        // 截至2020年5月 is now; 至2025年, 到2025年 ahead.
        let as_of = ["截至", "截止"].iter().any(|w| before.ends_with(w));
        // 2027年起银川城乡居民医保…, 自2027年1月1日起执行: the year a rule or
        // a period starts from may be ahead or past, not the text's own.
        if !as_of && from_then_on(after_nian) {
            continue;
        }
        // X局副局长Y表示，2025年全市计划…: what an official says of a
        // year is a plan for it.
        let sentence_start = text[..i]
            .char_indices()
            .rfind(|(_, c)| matches!(c, '。' | '！' | '？' | '\n'))
            .map_or(0, |(p, c)| p + c.len_utf8());
        // …提醒，2023年臺南本土病例逾2萬例: a reminder recalls a lesson
        // past or warns of one ahead, not the text's own year.
        let told = ["表示，", "介绍，", "指出，", "透露，", "提醒，"]
            .iter()
            .any(|w| text[sentence_start..i].contains(w));
        // …负责人介绍，2025年1—10月，全市累计…同比增长: figures compared
        // with the year before are of a year under way or past, not a plan.
        let reported = {
            let rest = &text[i + u + '年'.len_utf8()..];
            let sentence = first_sentence(rest);
            COMPARED_WITH_LAST_YEAR.iter().any(|w| sentence.contains(w))
        };
        if told && !as_of && !reported {
            continue;
        }
        // 已超过2025年全年的781.4万人次: a whole year outdone is over, so
        // the text is of a later year; of the next when the sentence
        // speaks of this year's figures (今年一月至十一月…).
        if !as_of
            && ["超过", "超出", "高于", "突破"]
                .iter()
                .any(|w| before.ends_with(w))
            && after_nian.starts_with("全年")
        {
            let sentence = &text[sentence_start..i + u + first_sentence(&text[i + u..]).len()];
            if sentence.contains("今年") {
                best = Some(best.map_or(y + 1, |b| b.max(y + 1)));
            } else {
                at_least = Some(at_least.map_or(y + 1, |b: i32| b.max(y + 1)));
            }
            continue;
        }
        // 2021年以来，全县累计建成…，今年新建…: a span of years totalled
        // (累计) or told apart from this year's is a start, past; the text's
        // year is a later one.
        if says_this_year
            && !as_of
            && after_nian.starts_with("以来")
            && ["累计", "今年"]
                .iter()
                .any(|w| first_sentence(after_nian).contains(w))
        {
            at_least = Some(at_least.map_or(y + 1, |b: i32| b.max(y + 1)));
            continue;
        }
        // 2019年刚开站那会儿: a year a speaker recalls as a time gone by is
        // no year the text speaks from.
        let clause_after: String = after_nian
            .chars()
            .take_while(|c| !"，。；！？\n".contains(*c))
            .collect();
        if ["那会儿", "那时", "那阵", "那年"]
            .iter()
            .any(|w| clause_after.contains(w))
        {
            continue;
        }
        let said_before = &text[sentence_start..i];
        // 计划今年6月开工，2026年底建成投产: a year after a plan's word in
        // its sentence is the plan's, ahead.
        // 是2022年底的2.3倍: the base a multiple is taken over, a year before.
        let times_base = before.ends_with('是') && {
            let r = after_nian.trim_start_matches(['底', '末']);
            r.strip_prefix('的').is_some_and(|r| {
                let n: String = r
                    .chars()
                    .take_while(|c| !"，。；".contains(*c))
                    .take(8)
                    .collect();
                r.starts_with(|c: char| ascii_or_wide_digit(c).is_some() || cn_digit(c).is_some())
                    && n.contains('倍')
            })
        };
        // 由2023年的38.5%提高到今年的52.6%: a year a figure rose from to
        // this year's is before this one, how long before unsaid.
        let risen_from = before.ends_with('由') && {
            let sentence = first_sentence(after_nian);
            sentence.contains("到今年") || sentence.contains("至今年")
        };
        if risen_from && !as_of {
            at_least = Some(at_least.map_or(y + 1, |b: i32| b.max(y + 1)));
            continue;
        }
        let base = times_base
            || (["比", "较"].iter().any(|w| before.ends_with(w))
                || ["与", "同"].iter().any(|w| before.ends_with(w))
                    && text[i + u + '年'.len_utf8()..].starts_with("相比"))
                && !text[i + u + '年'.len_utf8()..].starts_with(|c: char| {
                    ascii_or_wide_digit(c).is_some() || cn_digit(c).is_some()
                });
        let planned = !as_of
            && !base
            && [
                "计划", "预计", "力争", "争取", "拟", "将", "目标", "有望", "定于",
            ]
            .iter()
            .any(|w| said_before.contains(w));
        // 按照规划，2030年全省抽水蓄能装机将达到…: a year whose own clause
        // says what is to be is a target, ahead.
        if !as_of && plan_in_clause(&text[i + u + '年'.len_utf8()..]) {
            continue;
        }
        // 2027年，我们计划将…扩大到… in a text that calls its own year 今年:
        // a year heading a plan is another year, one ahead.
        if says_this_year && !as_of && plan_heads_clause(&text[i + u + '年'.len_utf8()..]) {
            continue;
        }
        if planned {
            continue;
        }
        // 二〇二一年至二〇二三年，威县累计投入…: the end of a span of years
        // whose figures are totalled is past.
        let span_end = RANGE_SEPS.iter().any(|sep| {
            text[..i]
                .strip_suffix(sep)
                .and_then(|b| b.strip_suffix('年'))
                .is_some_and(|b| {
                    let k = b.char_indices().rev().nth(3).map_or(0, |(k, _)| k);
                    year_digits(&b[k..]).is_some_and(|(_, used)| k + used == b.len())
                })
        });
        // Told in December, the span may end in the text's own year
        // (新华社兰州12月4日电 … 2024年至2026年累计招收…).
        if span_end && first_sentence(&text[i + u..]).contains("累计") {
            let y = if year_after { y + 1 } else { y };
            best = Some(best.map_or(y, |b| b.max(y)));
            continue;
        }
        if (before_digit && !as_of)
            || deadline
            || !as_of
                && ["到", "至", "预计", "计划", "力争", "目标", "争取", "确保"]
                    .iter()
                    .any(|w| before.ends_with(w))
        {
            continue;
        }
        // 2023年全县接待游客186万人次，比上年增长31.5%: a whole year's
        // figures against the year before are told after that year ended;
        // an article saying 今年 as well speaks from the year after.
        let after_year = &text[i + u + '年'.len_utf8()..];
        let sentence = first_sentence(after_year);
        // 2026年至2028年, 2024年—2026年: a span's first year, not a year
        // whose figures are told.
        let span_start = RANGE_SEPS.iter().any(|sep| after_year.starts_with(sep));
        // 2026年度森林生态效益补偿资金…: the name of a year's allocation
        // (2025年度，公司实现… is a year's figures).
        let years_name = after_year.starts_with('度') && !after_year[3..].starts_with('，');
        // 召开2025年度工作总结会, 发布2025年年度报告: a year's review or its
        // annual report is told once that year is over, in a later one (not
        // a budget, drawn up ahead).
        let reviewed = after_year
            .strip_prefix("年度")
            .or_else(|| after_year.strip_prefix('度'))
            .is_some_and(|r| {
                let noun: String = r
                    .chars()
                    .take_while(|c| !"，。；、\n".contains(*c))
                    .take(6)
                    .collect();
                ["总结", "报告"].iter().any(|w| noun.contains(w)) && !noun.contains("预算")
            });
        if reviewed {
            best = Some(best.map_or(y + 1, |b| b.max(y + 1)));
            continue;
        }
        // 明年城乡居民医保…, then 2027年度城乡居民基本医疗保险政策: the year
        // whose thing the text calls next year's is the one after its own.
        if years_name && says_next_year && next_years_thing(text, &after_year[3..]) {
            best = Some(best.map_or(y - 1, |b| b.max(y - 1)));
            continue;
        }
        // 2023年全县…比2020年增长: a whole year's figures, like those
        // against the year before. Not after 截至10月底 in its sentence:
        // that year is still under way.
        // A year opening a clause (…获悉，2024年邯郸市…, 记者：2024年…) may
        // head the figures of the next sentence.
        let opens_clause = text[..i]
            .chars()
            .next_back()
            .is_none_or(|c| matches!(c, '，' | '：' | '。' | '！' | '？' | '\n'));
        let figures = if opens_clause {
            with_its_figures(after_year)
        } else {
            sentence
        };
        let compared = figures.char_indices().any(|(k, c)| {
            matches!(c, '比' | '较')
                && figures[k + c.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(|d| ascii_or_wide_digit(d).is_some() || cn_digit(d).is_some())
        });
        // 较2019年同期增长18.7%: a base compared with is no year whose
        // figures are told, though the sentence says 同比 too.
        // 十月 and 十二月 after the year are its months (十 is no digit).
        let whole_year = !base
            && !after_year.starts_with(|c: char| {
                ascii_or_wide_digit(c).is_some()
                    || cn_digit(c).is_some()
                    || "底末前初上中下十".contains(c)
            })
            && !span_start
            && !years_name
            && !holiday_of(after_year)
            && !after_year.starts_with("以来")
            && !["截至", "截止"].iter().any(|w| said_before.contains(w))
            && (COMPARED_WITH_LAST_YEAR.iter().any(|w| figures.contains(w)) || compared);
        // 截至2024年末 told before that year's December: the year-end is
        // past. 较2024年的152亿元: a base compared with is a year before.
        let year_end = as_of && ["底", "末"].iter().any(|w| after_year.starts_with(w));
        // 2024年，全市乳制品加工产值约186亿元 beside 截至今年6月底…: a year's
        // figures told while this year's are still partial are the year
        // before's. Not a part of the year (2025年秋季, 2025年以来, 2025年
        // 1月), nor a name or an event it opens (2025年“项目攻坚年”), nor a
        // base compared with (专利比2023年增加了近一倍): how far back it lies
        // is unsaid.
        let past_figures = now_under_way
            && !as_of
            && !base
            && !span_start
            && !after_year.starts_with(|c: char| {
                ascii_or_wide_digit(c).is_some()
                    || cn_digit(c).is_some()
                    || "底末前初上中下十春夏秋冬度以的“\"《".contains(c)
            })
            && sentence.chars().any(|c| ascii_or_wide_digit(c).is_some())
            && !PLAN_WORDS.iter().any(|w| sentence.contains(w));
        // 项目于2024年3月开工建设 in a text that says 今年 for its own year:
        // a month of a year named in full is of a year past (its own would
        // be 今年3月). Not a day's date (a dateline prints its own year so).
        // Not in a text that only says 去年: 2021年12月底并网，去年建成一期
        // may print its own year's month in full.
        // 二○二六年十月…，较二○二五年同月: a month measured against the same
        // month of the year before is the one the text reports, not past.
        let past_month = (says_this_year || says_next_year)
            && !as_of
            && !bases.contains(&(y - 1))
            && small_number(after_year).is_some_and(|(_, u)| {
                after_year[u..].starts_with('月')
                    && small_number(&after_year[u + '月'.len_utf8()..]).is_none_or(|(_, du)| {
                        !after_year[u + '月'.len_utf8() + du..].starts_with(['日', '号'])
                    })
            });
        // Told in December, the lead's year is the news's own (记者12月3日
        // 获悉，2024年安定区实施…, beside 今年1至11月); a year's figures
        // further on beside this year's so far (2023年，全县新能源企业上缴
        // 税收… under 12月20日电) are of a year past.
        let past_figures = past_figures && (year_after || i >= lead_end);
        // 2026年都匀毛尖春茶正式开采，比去年提前了4天: a year whose sentence
        // measures against 去年 is the text's own (a past one's would be
        // measured against 上年).
        let against_last_year = ["比去年", "较去年", "去年同期"]
            .iter()
            .any(|w| sentence.contains(w));
        let after = !against_last_year
            && (year_after && (whole_year || year_end) && (speaks_of_now || told_before_december)
                || past_figures);
        // 较2020年末提高 and 于2022年3月开工 say only that the text is of a
        // later year, not which: the year they give is a least one. A base
        // said beside this year's figures (今年1—9月…，预计全年…，较2024年的
        // 152亿元增长) is the year before this one; in a text that calls
        // that year 去年, only when said with its figure or its period (较
        // 2024年的152亿元, 比2024年同期): 身高比2021年增加了3.2厘米 there
        // measures from further back.
        let base_of_last_year =
            !text.contains("去年") || ["的", "同期"].iter().any(|w| after_nian.starts_with(w));
        let this_years_base = base
            && base_of_last_year
            && [
                text[sentence_start..i].to_string(),
                first_sentence(&text[i..]).to_string(),
            ]
            .iter()
            .any(|p| p.contains("今年") || p.contains("全年"));
        let after = after || year_after && this_years_base;
        // 合作社2019年成立，去年…: in a text that speaks of its own year as
        // 今年 or 去年, a year printed beside a beginning (成立, 开工, 整合成)
        // is the day something began, a year past.
        if relative
            && !as_of
            && (began_then(&text[i + u + '年'.len_utf8()..])
                || when_clause(&text[i + u + '年'.len_utf8()..])
                || done_then(said_before, after_nian))
        {
            at_least = Some(at_least.map_or(y + 1, |b: i32| b.max(y + 1)));
            continue;
        }
        // 比2017年…增加: a base compared with is before the figures told,
        // whatever month tells them (in December too: only a year's own
        // figures may be told in its December, not a later year's).
        if !after && (base || past_month) {
            at_least = Some(at_least.map_or(y + 1, |b: i32| b.max(y + 1)));
            continue;
        }
        let y = if after { y + 1 } else { y };
        best = Some(best.map_or(y, |b| b.max(y)));
    }
    // A text whose latest year is only a least one prints no year of its
    // own: unknown, rather than a guess (jingbian's 较2020年末 under a
    // 2026 text, maduo's 二〇二六年八月 told in 2026).
    match (best, at_least) {
        (b, Some(least)) if b.is_none_or(|b| b < least) => None,
        (b, _) => b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str, year: Option<i32>) -> (String, String, Option<String>) {
        let d = find_dates(text, year);
        assert_eq!(d.len(), 1, "{text}: {d:?}");
        let d = &d[0];
        (
            text[d.start..d.end].to_string(),
            d.date.iso(),
            d.until.as_ref().map(Date::iso),
        )
    }

    /// 1.2026年9月16日: a list's number before the year is no part of it;
    /// 1.2026 said in a number's middle (增长1.2026年) is no year.
    #[test]
    fn a_list_number_before_a_year() {
        assert_eq!(
            one("明细如下：1.2026年9月16日，公司收到", None),
            ("2026年9月16日".into(), "2026-09-16".into(), None)
        );
        assert_eq!(
            one("2.2026年10月22日，公司", None),
            ("2026年10月22日".into(), "2026-10-22".into(), None)
        );
        assert!(find_dates("系数为31.2026年", None).is_empty());
    }

    /// 12月18日至明年2月10日: a span into the next year, the document's
    /// year unknown.
    #[test]
    fn a_span_into_next_year() {
        let (text, from, until) = one("活动自12月18日至明年2月10日举办", None);
        assert_eq!(text, "12月18日至明年2月10日");
        assert_eq!(from, "????-12-18");
        assert_eq!(until.as_deref(), Some("Y+1-02-10"));
    }

    /// 10月2日、3日两天: the bare day listed after a full date is of its
    /// month.
    #[test]
    fn a_day_listed_after_a_full_date() {
        let text = "10月2日、3日两天，影院上座率超过九成";
        let found = days_listed(text, find_dates(text, Some(2025)));
        let got: Vec<(String, String)> = found
            .iter()
            .map(|d| (text[d.start..d.end].to_string(), d.date.iso()))
            .collect();
        assert_eq!(
            got,
            [
                ("10月2日".to_string(), "2025-10-02".to_string()),
                ("3日".to_string(), "2025-10-03".to_string())
            ]
        );
    }

    /// A notice of December on a rule taking effect on the next year's first
    /// day: the text's year is the one before.
    #[test]
    fn a_day_announcing_a_rule_of_next_january() {
        let t =
            "青石调整供暖价格\n\n市政府11月28日印发通知，决定自2026年1月1日起调整居民供暖价格。";
        assert_eq!(document_year(t), Some(2025));
        // The effect months later is no such sign.
        let t = "青石调整供暖价格\n\n市政府5月28日印发通知，决定自2026年1月1日起调整居民供暖价格。";
        assert_eq!(announced_before_effect(t, None), None);
    }

    /// A headline's heating season across two years, told of in its
    /// autumn: its first year.
    #[test]
    fn a_season_across_two_years_in_the_headline() {
        let t = "青石市2025—2026年供暖季工作发布会\n\n11月5日上午，青石市召开发布会。今年供热面积增加30万平方米。";
        assert_eq!(document_year(t), Some(2025));
        let t = "青石市2025—2026年供暖季总结\n\n3月20日，青石市召开总结会。本季供热平稳。";
        assert_eq!(document_year(t), Some(2026));
    }

    #[test]
    fn forms() {
        assert_eq!(
            one("2019年12月2日锦州港", Some(2020)),
            ("2019年12月2日".into(), "2019-12-02".into(), None)
        );
        assert_eq!(
            one("5月20日,总投资", Some(2020)),
            ("5月20日".into(), "2020-05-20".into(), None)
        );
        assert_eq!(
            one("确保6月底完成", Some(2020)),
            ("6月底".into(), "2020-06".into(), None)
        );
        assert_eq!(
            one("今年3月以来", Some(2020)),
            ("今年3月".into(), "2020-03".into(), None)
        );
        assert_eq!(
            one("去年开展的", Some(2020)),
            ("去年".into(), "2019".into(), None)
        );
        assert_eq!(
            one("1—6月,全市", Some(2020)),
            ("1—6月".into(), "2020-01".into(), Some("2020-06".into()))
        );
        assert_eq!(
            one("二〇一九年十二月二日", None),
            ("二〇一九年十二月二日".into(), "2019-12-02".into(), None)
        );
        assert_eq!(
            one("５月２０日上午", Some(2021)),
            ("５月２０日".into(), "2021-05-20".into(), None)
        );
        assert_eq!(
            one("预计2022年底竣工", Some(2021)),
            ("2022年底".into(), "2022-12".into(), None)
        );
        // Without the document's year a date stays partial.
        assert_eq!(one("5月27日一大早", None).1, "????-05-27");
    }

    #[test]
    fn quarters_said_without_du_and_first_months_of_an_unknown_year() {
        // 第三季, 首三季: Macao's way of saying 第三季度, 前三季度.
        assert_eq!(
            one("2031年第三季，全区", Some(2031)),
            (
                "2031年第三季".into(),
                "2031-07".into(),
                Some("2031-09".into())
            )
        );
        assert_eq!(one("本年首三季累计", Some(2031)).1, "2031-01");
        // 季节, 季报 are no quarter: the year alone.
        assert_eq!(one("2031年第三季报显示", Some(2031)).0, "2031年");
        // 今年前8个月 of a document whose year is unknown: still a period.
        let d = find_dates("今年前8个月，全省进出口", None);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(
            &"今年前8个月，全省进出口"[d[0].start..d[0].end],
            "今年前8个月"
        );
        assert_eq!(d[0].date.iso(), "Y+0-01");
        // 前景 is no 前N个月, and 今年 alone of an unknown year no date.
        assert!(find_dates("今年前景看好", None).is_empty());
    }

    #[test]
    fn not_dates() {
        for t in [
            "3个月",
            "每月",
            "第3月",
            "13月",
            "300千瓦",
            "283个",
            "近年来",
            "比上年增长",
        ] {
            assert!(find_dates(t, Some(2020)).is_empty(), "{t}");
        }
        // 去年底 is December of the year before; 今年前10个月 a period.
        assert_eq!(
            one("截至去年底", Some(2024)),
            ("去年底".into(), "2023-12".into(), None)
        );
        assert_eq!(
            one("今年前10个月，", Some(2024)),
            (
                "今年前10个月".into(),
                "2024-01".into(),
                Some("2024-10".into())
            )
        );
    }

    /// 去年, 今年3月, 明年上半年 in a text that prints no year: the year
    /// relative to the document's, its own still unknown; with the
    /// document's year known, that year counted from it as before.
    #[test]
    fn a_relative_year_of_an_unknown_document_year() {
        assert_eq!(
            one("去年卖了十万多元", None),
            ("去年".into(), "Y-1".into(), None)
        );
        assert_eq!(one("去年卖了十万多元", Some(2026)).1, "2025");
        assert_eq!(one("今年3月开业", None).1, "Y+0-03");
        assert_eq!(one("前年12月", None).1, "Y-2-12");
        assert_eq!(one("截至去年底", None).1, "Y-1-12");
        // 今年 alone is the text's "now", no date; its end is one.
        assert!(find_dates("今年的战略", None).is_empty());
        assert_eq!(one("今年底建成", None).1, "Y+0-12");
        assert_eq!(
            one("明年上半年投产", None),
            ("明年上半年".into(), "Y+1-01".into(), Some("Y+1-06".into()))
        );
        let d = find_dates("去年", None);
        assert_eq!(d[0].date.year, None);
        assert_eq!(d[0].date.doc_offset, Some(-1));
        // A printed year is no relative one, nor a day said alone.
        let d = find_dates("2024年5月，6月1日", None);
        assert!(d.iter().all(|d| d.date.doc_offset.is_none()), "{d:?}");
        // Still no date: an age, a comparison.
        assert!(find_dates("王秀英今年72岁", None).is_empty());
        assert!(find_dates("比去年增长", None).is_empty());
        // A span's end said with its own relative year keeps it.
        assert_eq!(
            one("去年3月至今年5月", None),
            (
                "去年3月至今年5月".into(),
                "Y-1-03".into(),
                Some("Y+0-05".into())
            )
        );
        assert_eq!(one("去年3月至5月", None).2, Some("Y-1-05".into()));
    }

    #[test]
    fn the_year_of_a_document() {
        assert_eq!(
            infer_year("2017年建设了电站。2019年12月2日申报成功。2020年是推进年。到2025年建成。"),
            Some(2020)
        );
        assert_eq!(infer_year("5月20日,项目建成。"), None);
        // A whole year's figures against the year before, in an article
        // saying 今年: written the year after.
        let t = "今年春节假期，全县接待游客12.6万人次。据统计，2023年全县旅游收入14.2亿元，比上年增长28.7%。";
        assert_eq!(infer_year(t), Some(2024));
        // Part of a year (2023年1—9月) is no whole year.
        let t = "今年以来，全县投资增长。2023年1—9月，全县旅游收入14.2亿元，同比增长28.7%。";
        assert_eq!(infer_year(t), Some(2023));
        // 截至 speaks of now.
        assert_eq!(infer_year("截至2020年5月底，已建成电站156座。"), Some(2020));
        // A holiday of a year is part of it, told in that year.
        let t = "2024年国庆假期（10月1日至7日），全市接待游客86万人次，同比增长9.2%，\
                 比去年国庆假期多接待7万人次。";
        assert_eq!(infer_year(t), Some(2024));
        // The end of a plan's span and a deadline are ahead, not now.
        assert_eq!(
            infer_year("2019年建成。“十四五”（2021—2025年）规划。力争2023年前投产。"),
            Some(2019)
        );
    }

    #[test]
    fn a_year_something_began_in_is_past_in_a_text_saying_jinnian() {
        // An interview saying 今年 and 去年 for its own years: the year the
        // cooperative was founded, the hospital merged, is no year of now.
        let t = "白沙茶叶合作社2018年成立，去年社员户均增收3.2万元。今年全村茶园面积达到5600亩。";
        assert_eq!(infer_year(t), None);
        let t = "记者：今年医院的门诊量怎样？院长：二〇二二年，县里把三家医院整合成一个医疗集团。今年门诊量增长了12%。";
        assert_eq!(infer_year(t), None);
        // Since a year, up to now; a year's figures with a beginning in them;
        // an event's name: still the text's year.
        let t = "2027年以来，全市新建成充电站16座。今年全市新增充电桩3200台。";
        assert_eq!(infer_year(t), Some(2027));
        // Unless totalled over the years since, or told apart from this
        // year's figures: then a start, past.
        let t = "2021年以来，全县累计建成高标准农田118万亩，今年新建12.6万亩。";
        assert_eq!(infer_year(t), None);
        let t = "2023年以来，全市建成充电站160座，今年新建36座。";
        assert_eq!(infer_year(t), None);
        let t = "2027年全县新开工项目35个，完成投资48亿元。今年全县投资增长。";
        assert_eq!(infer_year(t), Some(2027));
        let t = "3月28日，青石县2027年重大项目集中开工活动举行。今年全县计划开工项目60个。";
        assert_eq!(infer_year(t), Some(2027));
        // Without 今年 or 去年 the text names no year of its own otherwise.
        assert_eq!(
            infer_year("白沙茶叶合作社2018年成立，社员120户。"),
            Some(2018)
        );
        // 明年 speaks from a year of its own too; a when-clause (2015年我
        // 刚来时) tells a moment past.
        let t = "青石水厂于2023年6月动工。按计划，明年3月通水。";
        assert_eq!(infer_year(t), None);
        let t = "2015年我刚来时，村里只有一条土路。今年全村修通了水泥路。";
        assert_eq!(infer_year(t), None);
        // A year recalled as a time gone by (那会儿, 那时): none of now.
        let t = "店主说，2018年刚开店那会儿，一天只卖十几碗面。明年三月再开一家分店。";
        assert_eq!(infer_year(t), None);
        let t = "2018年那时候村里还没通网。";
        assert_eq!(infer_year(t), None);
        // 同时 is no when-clause.
        let t = "2027年全县粮食增产的同时，农民收入同比增长8%。今年再增产。";
        assert_ne!(infer_year(t), None);
    }

    #[test]
    fn a_whole_year_outdone_is_past() {
        // This year's figures so far beyond a whole year's: the year after.
        let t = "今年一月至十一月，机场旅客量达812.6万人次，已超过2025年全年的781.4万人次；\
                 充电车位由2025年的48个增至120个。";
        assert_eq!(infer_year(t), Some(2026));
        // Without this year's in its sentence, a later year, which unknown.
        let t = "货运量已超过2025年全年水平。充电车位由2025年的48个增至120个。";
        assert_eq!(infer_year(t), None);
    }

    #[test]
    fn a_beginning_beside_a_dateline_without_its_year_is_past() {
        let t = "青石大桥建成通车\n\n新华社贵阳12月10日电（记者王某）青石大桥10日正式建成通车。\
                 大桥于2022年9月开工建设，全长1200米。";
        assert_eq!(document_year(t), None);
    }

    #[test]
    fn a_dateline_gives_the_year_before_the_body_does() {
        // A date line under the headline; the body names a later year.
        let t = "某县光伏项目开工\n2020-05-27 来源:某县融媒体中心\n该项目2021年12月底全部并网，去年建成一期。";
        assert_eq!(dateline(t).unwrap().iso(), "2020-05-27");
        assert_eq!(document_year(t), Some(2020));
        assert_eq!(infer_year(t), Some(2021));
        let t = "标题\n发布时间：2023年07月12日14:22\n今年以来，全县投放贷款3亿元，2024年将再投放5亿元。";
        assert_eq!(document_year(t), Some(2023));
        // An agency's dateline without a year: month and day only, the
        // year from the text.
        let t = "沈阳项目建设提速\n\n新华社沈阳11月20日电（记者王某）今年以来，2020年全市新开工项目300个。";
        let d = dateline(t).unwrap();
        assert_eq!((d.year, d.month, d.day), (None, Some(11), Some(20)));
        assert_eq!(document_year(t), Some(2020));
        // The first paragraph opening with a full date is its dateline.
        let t = "标题\n\n2022年9月15日，记者从某局获悉，项目将于2023年投产。";
        assert_eq!(document_year(t), Some(2022));
        // A year alone opening the first paragraph is no dateline.
        let t = "标题\n\n2017年，该县建成电站；2019年扩建。";
        assert!(dateline(t).is_none());
        assert_eq!(document_year(t), Some(2019));
    }

    #[test]
    fn a_year_heading_a_plan_in_a_text_saying_this_year_is_ahead() {
        let t = "11月3日，某县2026年“秋季惠民”活动开幕。今年1至9月，全县零售额增长5%。\
                 2027年，我们计划将活动规模扩大到500万元。";
        assert_eq!(infer_year(t), Some(2026));
        // Without 今年 the text may speak from that year.
        let t = "11月3日，某县活动开幕。2027年，我们计划将活动规模扩大到500万元。";
        assert_eq!(infer_year(t), Some(2027));
    }

    #[test]
    fn a_month_after_one_printed_with_its_year_is_of_that_year() {
        let years = |text: &str| {
            months_after_a_year(text, find_dates(text, Some(2026)))
                .iter()
                .map(|d| d.date.iso())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            years("项目力争2028年4月开工、11月底前建成。"),
            ["2028-04", "2028-11"]
        );
        // A new sentence, an earlier month, or 今年 keep their own year.
        assert_eq!(
            years("项目2028年4月开工。11月建成。"),
            ["2028-04", "2026-11"]
        );
        assert_eq!(
            years("项目2028年4月开工，3月设计。"),
            ["2028-04", "2026-03"]
        );
        assert_eq!(
            years("2028年4月开工，今年11月设计。"),
            ["2028-04", "2026-11"]
        );
    }

    #[test]
    fn a_years_review_or_report_is_told_in_the_year_after() {
        assert_eq!(
            document_year("青石县人民医院1月9日召开2025年度工作总结表彰会。会上通报，医院去年门诊量同比增长6%。"),
            Some(2026)
        );
        assert_eq!(
            document_year("青石农商银行近日披露2025年年度报告，全年实现净利润12亿元，同比增长5%。"),
            Some(2026)
        );
        // A budget's report is drawn up before its year.
        assert_eq!(
            document_year("青石县2025年度预算报告显示，全县一般公共预算收入同比增长3%。"),
            Some(2025)
        );
    }

    #[test]
    fn a_span_totalled_in_its_last_december_ends_in_the_texts_year() {
        assert_eq!(
            document_year("新华社青石12月8日电 2023年至2026年累计培训乡村教师1.2万人次，力争到2028年底全覆盖。"),
            Some(2026)
        );
    }

    #[test]
    fn a_year_a_figure_rose_from_to_this_years_is_past() {
        // The year before this one at least: which one, unsaid.
        assert_eq!(
            document_year(
                "记者9月3日从青石区教育局了解到，全区公办学位占比由2022年的40%提高到今年的55%。"
            ),
            None
        );
        // Beside a full date of its own, that date's year.
        assert_eq!(
            document_year("2025年10月8日，青石村集体收入由2022年的8万元增加到今年的30万元。"),
            Some(2025)
        );
    }

    #[test]
    fn a_day_months_after_the_documents_is_of_the_year_before() {
        let years = |text: &str| {
            days_after_the_day(text, find_dates(text, Some(2026)), Some((Some(2026), 1, 2)))
                .into_iter()
                .map(|f| (text[f.start..f.end].to_string(), f.date.iso()))
                .collect::<Vec<_>>()
        };
        // A report of 1月2日 on the year gone: its holiday was last year's.
        assert_eq!(
            years("国庆假期（10月1日至8日），口岸出入境旅客118万人次。"),
            vec![("10月1日至8日".into(), "2025-10-01".into())]
        );
        // A plan, a span running on, this year said, a rule from a day on,
        // a day soon after the document's: the document's year.
        for t in [
            "项目计划于10月建成。",
            "防火期一直持续到12月15日。",
            "今年订单已排到10月。",
            "新规10月1日起施行。",
            "2月10日，大桥合龙。",
            "第十届茶博会定于5月举办。",
            "大桥6月将建成通车。",
            "游客中心5月底有望投用。",
            "每年5月至10月，青石湖接待游客约50万人次。",
        ] {
            assert!(years(t).iter().all(|(_, d)| d.starts_with("2026")), "{t}");
        }
    }

    #[test]
    fn a_day_said_alone_is_of_the_datelines_month() {
        let days = |text: &str, line| {
            days_alone(text, find_dates(text, None), line)
                .into_iter()
                .map(|f| {
                    let until = f.until.map(|u| u.iso());
                    (text[f.start..f.end].to_string(), f.date.iso(), until)
                })
                .collect::<Vec<_>>()
        };
        // Under 青石9月12日电 with no year printed: the day, its month, and
        // a span of days ahead in the same month.
        let t = "青石港务集团11日召开通报会，截至10日，全港共完成作业；13日至15日将有大风。";
        assert_eq!(
            days(t, Some((None, 9, 12))),
            vec![
                ("11日".into(), "????-09-11".into(), None),
                ("10日".into(), "????-09-10".into(), None),
                (
                    "13日至15日".into(),
                    "????-09-13".into(),
                    Some("????-09-15".into())
                ),
            ]
        );
        // Much later than the dateline's day: the month before (of the
        // year before in January).
        assert_eq!(
            days("29日上午，大桥合龙。", Some((Some(2025), 1, 3))),
            vec![("29日".into(), "2024-12-29".into(), None)]
        );
        // The reporter's day is the dateline's; counts of days, numbers in
        // names and days inside a full date are no days alone; without a
        // dateline, nothing is read.
        assert!(days("记者12日从市统计局获悉，全市…", Some((None, 9, 12))).is_empty());
        // A reporter's day before the dateline's is the day they heard.
        assert_eq!(
            days("记者11日从市统计局获悉，全市…", Some((None, 9, 12))),
            vec![("11日".into(), "????-09-11".into(), None)]
        );
        assert!(days(
            "工期缩短15日内完成，第3日起每5日一检，连续7日。",
            Some((None, 9, 12))
        )
        .is_empty());
        assert_eq!(days("9月10日，全港作业。", Some((None, 9, 12))).len(), 1);
        assert!(days("11日召开通报会。", None).is_empty());
    }

    /// The days said alone in `text`, after a dateline of 2026-10-09.
    fn days_after_a_dateline(text: &str) -> Vec<(String, String)> {
        days_alone(text, find_dates(text, None), Some((Some(2026), 10, 9)))
            .into_iter()
            .map(|f| (text[f.start..f.end].to_string(), f.date.iso()))
            .collect()
    }

    #[test]
    fn a_day_alone_before_a_step_finished_or_a_bill_passed() {
        assert_eq!(
            days_after_a_dateline("青石水厂二期8日完成通水调试，市人大常委会9日三读通过条例。"),
            vec![
                ("8日".into(), "2026-10-08".into()),
                ("9日".into(), "2026-10-09".into())
            ]
        );
        // 日内完成 is a span of days, no day.
        assert!(days_after_a_dateline("整改须在15日内完成。").is_empty());
    }

    #[test]
    fn a_day_alone_before_its_early_morning_or_evening() {
        assert_eq!(
            days_after_a_dateline("9日清晨，青石湖面起了大雾；8日傍晚，渔船已全部回港。"),
            vec![
                ("9日".into(), "2026-10-09".into()),
                ("8日".into(), "2026-10-08".into())
            ]
        );
    }

    #[test]
    fn an_announcement_is_of_the_year_it_closes_with() {
        let t = "青石环保股份有限公司关于收购资产的公告\n\n交易对方承诺，标的公司2028年度、2029年度净利润不低于3000万元。回购期限至2029年5月。\n\n青石环保股份有限公司董事会\n2027年3月2日\n";
        assert_eq!(document_year(t), Some(2027));
        // A date closing a sentence, or a span, is no closing date line.
        let t = "标题\n\n项目计划于2029年6月1日投产。\n";
        assert_eq!(closing_date(t), None);
        assert_eq!(closing_date("标题\n\n正文。\n2027年3月2日至5日\n"), None);
    }

    #[test]
    fn a_headlines_decimal_full_stop_is_no_opening_paragraph() {
        let t = "青石两宗宅地揽金48。6亿元\n\n【本报青石11月20日电】青石市自然资源局20日举行拍卖，成交两宗。";
        let d = dateline(t).expect("the dateline under a headline with 48。6");
        assert_eq!(d.iso(), "????-11-20");
    }

    #[test]
    fn a_headline_going_on_past_its_exclamation_mark_is_no_opening_paragraph() {
        let t = "今天起，白石进入防汛期！这些电话请记好\n\n白石发布　2027-06-01 08:00\n\n\
                 2026年，全市共转移群众1.2万人。今年汛期…";
        assert_eq!(dateline(t).unwrap().iso(), "2027-06-01");
        assert_eq!(document_year(t), Some(2027));
        // A first line ending with its stop is the opening paragraph: no
        // date under it is read as the dateline.
        let t = "白石进入防汛期！\n2026-05-01 白石市转移群众1.2万人。";
        assert_eq!(dateline(t), None);
    }

    #[test]
    fn days_of_a_month_and_the_first_months_said_alone() {
        assert_eq!(
            one("假期5月1日至5日，全市", Some(2024)),
            (
                "5月1日至5日".into(),
                "2024-05-01".into(),
                Some("2024-05-05".into())
            )
        );
        assert_eq!(
            one("青石港前9个月集装箱", Some(2023)),
            ("前9个月".into(), "2023-01".into(), Some("2023-09".into()))
        );
        // Ahead of time is no period; without the year, the months still
        // are, their year unknown.
        assert!(find_dates("比计划提前2个月完工", Some(2023)).is_empty());
        assert!(find_dates("比计划提前2个月完工", None).is_empty());
        assert_eq!(
            one("青石港前9个月集装箱", None),
            ("前9个月".into(), "????-01".into(), Some("????-09".into()))
        );
        assert_eq!(one("記者獲悉，首7個月旅客", None).1, "????-01");
        // 首8個月 opening its clause, as Macao says it; not the first
        // months of something begun.
        assert_eq!(
            one("統計顯示，首8個月入境旅客", Some(2025)),
            ("首8個月".into(), "2025-01".into(), Some("2025-08".into()))
        );
        assert!(find_dates("新线上线首3个月客流", Some(2025)).is_empty());
    }

    #[test]
    fn a_span_to_another_month_is_one_period() {
        assert_eq!(
            one("展会（3月30日至4月2日）在青石举行", Some(2024)),
            (
                "3月30日至4月2日".into(),
                "2024-03-30".into(),
                Some("2024-04-02".into())
            )
        );
        assert_eq!(
            one("冬季（2023年12月1日—2024年2月29日）供暖", None),
            (
                "2023年12月1日—2024年2月29日".into(),
                "2023-12-01".into(),
                Some("2024-02-29".into())
            )
        );
        assert_eq!(
            one("汛期为六月中旬至八月下旬。", Some(2022)),
            (
                "六月中旬至八月下旬".into(),
                "2022-06".into(),
                Some("2022-08".into())
            )
        );
        // Not backwards, nor a month without a day after a day: two dates.
        assert_eq!(find_dates("5月3日至4月1日", Some(2024)).len(), 2);
        assert_eq!(find_dates("5月3日至6月底", Some(2024)).len(), 2);
    }

    /// Round 63: a year opening the name of a work report's part (its
    /// summary, its plan) names the report; a year opening a clause, a
    /// numbered heading's year and a year's own figures stay dates.
    #[test]
    fn a_year_naming_a_part_of_a_work_report_dates_nothing() {
        let names = |text: &str| -> Vec<String> {
            find_dates(text, None)
                .iter()
                .filter(|d| names_a_report_part(text, d))
                .map(|d| text[d.start..d.end].to_string())
                .collect()
        };
        assert_eq!(
            names("柳河县水利局2031年防汛抗旱工作总结及2032年工作打算"),
            ["2031年", "2032年"]
        );
        assert_eq!(names("2031年度工作完成情况（一）水利建设。").len(), 1);
        assert_eq!(names("二、2032年工作计划"), ["2032年"]);
        assert!(names("2031年，县水利局完成工作总结。").is_empty());
        assert!(names("2031年全县新修水渠12条。").is_empty());
        assert!(names("2031年工作回顾").is_empty());
    }

    #[test]
    fn a_year_opening_the_name_of_a_works_or_a_list_dates_nothing() {
        let opens = |text: &str| {
            let d = find_dates(text, None);
            d.iter().any(|d| opens_a_name(text, d))
        };
        // The year is the first word of the works' or the list's name.
        assert!(opens(
            "青石县2027年乡村道路改造工程（第二批）招标结果已公示。"
        ));
        assert!(opens(
            "记者了解到，2027年白沙镇灌区节水改造项目共涉及9个村。"
        ));
        assert!(opens("市住建局公布2027年第一批老旧小区改造项目清单。"));
        // A year opening its own clause, a year's figures, a project started
        // in a year, a date after 于: what happened then.
        assert!(!opens("2027年，青石县新建改造工程12项。"));
        assert!(!opens("2027年全县实施项目120个。"));
        assert!(!opens("2027年启动建设的白沙大桥工程已完工。"));
        assert!(!opens("该工程于2027年开工建设。"));
        // Not an event's name (the gold files disagree there: left alone).
        assert!(!opens("2027年第二季度重大项目集中签约活动在青石县举行。"));
    }

    #[test]
    fn quarters_and_halves_of_a_year_said_with_its_word() {
        for (text, words, from, to) in [
            ("今年一季度全县", "今年一季度", "2024-01", "2024-03"),
            ("明年第二季度投产", "明年第二季度", "2025-04", "2025-06"),
            ("去年前三季度，", "去年前三季度", "2023-01", "2023-09"),
            ("今年上半年完成", "今年上半年", "2024-01", "2024-06"),
            ("今年下半年开工", "今年下半年", "2024-07", "2024-12"),
            // A printed year, its quarter or half: the quarter's months.
            (
                "2031年第三季度，公司",
                "2031年第三季度",
                "2031-07",
                "2031-09",
            ),
            ("预计2030年二季度投产", "2030年二季度", "2030-04", "2030-06"),
            ("2029年下半年开工", "2029年下半年", "2029-07", "2029-12"),
        ] {
            assert_eq!(
                one(text, Some(2024)),
                (words.into(), from.into(), Some(to.into())),
                "{text}"
            );
        }
        // A reporting year: its 度 goes with it.
        assert_eq!(
            one("下达2031年度补偿资金", Some(2031)),
            ("2031年度".into(), "2031".into(), None)
        );
        // 2030年前三季度: its first nine months, not the whole year.
        assert_eq!(
            one("2030年前三季度，全市", Some(2030)),
            (
                "2030年前三季度".into(),
                "2030-01".into(),
                Some("2030-09".into())
            )
        );
        // 年底 after 今年 is its December.
        assert_eq!(
            one("预计今年年底前交付", Some(2024)),
            ("今年年底".into(), "2024-12".into(), None)
        );
    }

    #[test]
    fn a_span_of_years_is_a_period() {
        let d = find_dates("二〇一八年至二〇二〇年，全市累计投入资金", None);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].date.iso(), "2018");
        assert_eq!(d[0].until.as_ref().map(Date::iso).as_deref(), Some("2020"));
        let d = find_dates("2016年—2019年", None);
        assert_eq!(d[0].until.as_ref().map(Date::iso).as_deref(), Some("2019"));
        // Not backwards, nor a month after it.
        assert_eq!(find_dates("2020年至2018年", None).len(), 2);
        assert!(find_dates("2019年至2020年5月", None)[0].until.is_none());
    }

    #[test]
    fn a_years_name_the_text_calls_next_year_is_after_its_own() {
        // 明年职工医保… then 2028年度职工医疗保险…: the same thing, next year's.
        let t = "青石明年职工医保缴费基数调整\n\n11月20日，市人社局通报2028年度职工医疗保险\
                 缴费基数确定办法。今年全市参保职工38.2万人。";
        assert_eq!(document_year(t), Some(2027));
        // A 年度 naming something else than what 明年 names stays its own year.
        let t = "11月20日，市人社局公布2028年度考核结果，今年全市参保职工38.2万人，\
                 明年职工医保缴费基数上调。";
        assert_eq!(document_year(t), Some(2028));
    }

    #[test]
    fn a_target_a_span_a_years_name_and_a_heading() {
        // A year whose clause says what is to be is a target.
        let t = "新华社杭州11月26日电 首台机组26日投产。按照规划，2030年全省装机将达到2500万千瓦。";
        assert_eq!(document_year(t), None);
        // A span's first year, a year's allocation: this year's own.
        let t = "近日，县里下达2026年度补偿资金3862万元，较上年增加214万元。\
                 协议期为2026年至2028年，双方每年各出资500万元。今年前三季度，达标率为100%。";
        assert_eq!(document_year(t), Some(2026));
        // A year heading the figures of the next sentence, told in January.
        let t = "标题\n\n邯郸日报讯 1月15日，记者获悉，2024年全市空气质量持续改善。\
                 全市PM2.5平均浓度为46微克/立方米，同比下降8.6%。";
        assert_eq!(document_year(t), Some(2025));
        // Not a year inside a sentence, nor a next sentence saying 今年.
        let t = "标题\n\n本报讯 9月6日，全县2025年开园活动举行。今年全县产量16万吨，比上年增加1.8万吨。";
        assert_eq!(document_year(t), Some(2025));
        // The first part of a year is no deadline.
        let t = "本报赣州讯 10月24日，调查队发布数据，2026年前三季度，居民人均可支配收入增长5%。";
        assert_eq!(document_year(t), Some(2026));
        assert_eq!(infer_year("2026年前10个月，全市完成投资。"), Some(2026));
        assert_eq!(infer_year("工程2026年前建成。"), None);
        // 2025年以来 is up to now.
        let t = "本报宁波11月20日讯 2025年以来，累计出让住宅用地42宗，同比下降8.6%。";
        assert_eq!(document_year(t), Some(2025));
    }

    #[test]
    fn an_age_is_no_date() {
        assert!(find_dates("住在3楼的张大爷今年81岁", Some(2024)).is_empty());
        assert_eq!(find_dates("他今年种了3亩地", Some(2024)).len(), 1);
    }

    #[test]
    fn a_year_an_official_speaks_of_is_a_plan() {
        assert_eq!(
            infer_year(
                "2024年，全市计划改造小区286个，已全部开工。\
                 局长张三表示，2025年全市计划再改造200个。"
            ),
            Some(2024)
        );
    }

    /// A year's figures told in December speak of that same year, even
    /// when the text says 今年 too; without the December day they speak
    /// from the year after.
    #[test]
    fn a_years_figures_told_in_december_are_of_that_year() {
        let body = "2023年，全县茶叶产值12亿元，同比增长8%。今年起，补贴标准提高。";
        let december =
            format!("标题\n\n青石日报讯（记者 甲）12月20日，在青石县茶园，茶农说。\n{body}");
        assert_eq!(document_year(&december), Some(2023));
        let june = format!("标题\n\n青石日报讯（记者 甲）6月20日，在青石县茶园，茶农说。\n{body}");
        assert_eq!(document_year(&june), Some(2024));
        // The day after a quote that opens the paragraph.
        let quoted =
            format!("标题\n\n青石日报讯（记者 甲）“茶价好，收入稳。”12月20日，茶农说。\n{body}");
        assert_eq!(document_year(&quoted), Some(2023));
    }

    /// What the text says of a year tells whether it is past: a base
    /// compared with (较2022年), a year-end as of which figures are told
    /// (截至2022年底) with 去年 said, a whole year's figures against a year
    /// before (比2019年增长); a year after a plan's word (计划…，2024年底建成)
    /// is ahead, and a year after 截至9月底 is still under way.
    #[test]
    fn what_is_said_of_a_year_tells_whether_it_is_past() {
        let base = "青石日报讯 9月3日，记者获悉，今年1—8月，全县茶叶产值9亿元，较2022年的8亿元增长一成以上。";
        assert_eq!(document_year(base), Some(2023));
        let year_end = "标题\n\n青石日报讯 3月5日，截至2022年底，全县有茶园12万亩，去年新增1万亩。";
        assert_eq!(document_year(year_end), Some(2023));
        let compared = "今年以来茶价平稳。2021年全县茶农人均收入1.2万元，比2019年增长30%。";
        assert_eq!(infer_year(compared), Some(2022));
        let planned = "2022年，全县茶叶产值8亿元。新茶厂计划今年6月开工，2024年底建成投产。";
        assert_eq!(infer_year(planned), Some(2022));
        let under_way =
            "截至9月底，2023年全县改造任务已完成，比上年提高5个百分点。今年起补贴提高。";
        assert_eq!(infer_year(under_way), Some(2023));
        // Said in December, a base compared with is still a year before
        // the figures: the text is of a later year, which it does not say.
        let december_base = "标题\n\n青石日报讯 12月10日，全县古树名木1.2万株，比2019年增加三成。\
                             今年以来新挂牌保护古树800株。";
        assert_eq!(document_year(december_base), None);
        // Said in December, a year-end is that year's own.
        let december =
            "标题\n\n青石日报讯 12月5日，截至2022年底，全县将有茶园12万亩，去年新增1万亩。";
        assert_eq!(document_year(december), Some(2022));
    }

    /// A year's figures beside this year's figures so far are of a year
    /// past; not in December (the year's own may be told then), nor a
    /// season or a plan of it.
    #[test]
    fn a_years_figures_beside_this_years_so_far_are_past() {
        let body = "截至今年9月底，全县共有茶园12万亩。2023年，全县茶叶产值12亿元。";
        let october = format!("标题\n\n青石日报讯（记者 甲）10月8日，茶农说。\n{body}");
        assert_eq!(document_year(&october), Some(2024));
        let december = format!("标题\n\n青石日报讯（记者 甲）12月8日，茶农说。\n{body}");
        assert_eq!(document_year(&december), Some(2024));
        // Told in December, the lead's year is the news's own.
        let lead = "标题\n\n青石日报讯 记者12月8日获悉，2023年全县茶叶产值12亿元。\n\
                    截至今年9月底，全县共有茶园12万亩。";
        assert_eq!(document_year(lead), Some(2023));
        // Without this year's figures so far, nothing says 2023 is past.
        assert_eq!(infer_year("2023年，全县茶叶产值12亿元。"), Some(2023));
        for said in [
            "今年前三季度产值9亿元。2023年秋季茶博会上签约3亿元。",
            "今年1—9月产值9亿元。2023年以来新建茶厂5个。",
            "今年上半年产值5亿元。2023年，全县计划新增茶园2万亩。",
        ] {
            assert_eq!(infer_year(said), Some(2023), "{said}");
        }
    }

    /// A dateline without its year over this year's figures so far, whose
    /// only printed years are a base compared with (比2022年) and a goal
    /// (到2029年): the base says the text is later, not how much; the year
    /// stays unknown rather than the one after the base.
    #[test]
    fn a_base_beside_this_years_figures_so_far_gives_no_year() {
        let t = "青石茶叶出口增长\n\n新华社长沙12月6日电（记者 甲）今年1至11月，青石市茶叶出口额达8.2亿元，\
                 同比增长10%。\n全市茶企拥有专利300余件，比2022年增加了近一倍；自主品牌占比提高到27%。\n\
                 力争到2029年出口额达到15亿元。";
        assert_eq!(document_year(t), None);
        // A year's own figures beside this year's so far still tell it past.
        let t = t.replace(
            "全市茶企拥有专利300余件，比2022年增加了近一倍",
            "2022年，全市茶企出口额6亿元",
        );
        assert_eq!(document_year(&t), Some(2023));
    }

    /// In a text that says 今年 and 去年, what it prints of other years is
    /// past: a base compared with that is not said with its figure or
    /// period (比2019年多长了5厘米), a reminder (提醒，2021年…), an honour
    /// (2020年，…入选), a deed told with 是…的, a start said right after its
    /// year with later figures in the sentence.
    #[test]
    fn years_printed_beside_jinnian_and_qunian_are_past() {
        let base = "青石县今年体检显示，全县孩子平均身高比2019年多长了5厘米。去年新建食堂8个。";
        assert_eq!(infer_year(base), None);
        // With its figure or its period, the base is last year.
        let figure = "今年全县茶叶产值9亿元，较2022年的8亿元增长一成。去年新建茶厂2个。";
        assert_eq!(infer_year(figure), Some(2023));
        let period = "今年1—8月，全县茶叶产值9亿元，比2022年同期增长一成。去年新建茶厂2个。";
        assert_eq!(infer_year(period), Some(2023));
        let reminder = "今年全县已报告病例80例。卫生局提醒，2021年全县病例逾千例，须防反弹。";
        assert_eq!(infer_year(reminder), None);
        let honour = "今年来村里的游客多了。2019年，青石村入选省级美丽乡村。";
        assert_eq!(infer_year(honour), None);
        let named = "2019年，青石县被评为全国义务教育发展基本均衡县。去年全县新建学校5所。";
        assert_eq!(infer_year(named), None);
        let deed = "这台收割机是他2020年和弟弟一起买的，今年又添了一台。";
        assert_eq!(infer_year(deed), None);
        let start = "一期工程于2015年投产，至今累计发电80亿千瓦时，今年1至9月同比增长6%。";
        assert_eq!(infer_year(start), None);
        // Without 今年 or 去年, a year a text prints may be its own.
        assert_eq!(infer_year("2019年，青石村入选省级美丽乡村。"), Some(2019));
        // A plan said after a start is ahead, no past start.
        assert!(began_then("投产，至今累计发电80亿千瓦时，同比增长6%。"));
        assert!(!began_then("投产后，年产值将达10亿元。"));
    }

    /// A day the headline says alone (1月1日起执行) that the body prints
    /// with its year (从2027年1月1日起) takes that year, not the post's.
    #[test]
    fn a_day_alone_takes_the_year_the_text_prints_it_with() {
        let text = "新标准1月1日起执行。通知明确，从2027年1月1日起提高标准，5月1日起另行调整。";
        let printed = days_printed(text);
        let head = "新标准1月1日起执行";
        let found = years_of_days_printed(head, find_dates(head, Some(2026)), &printed);
        assert_eq!(found[0].date.iso(), "2027-01-01");
        // A day not printed with a year keeps the document's.
        let other = "5月1日起另行调整";
        let found = years_of_days_printed(other, find_dates(other, Some(2026)), &printed);
        assert_eq!(found[0].date.iso(), "2026-05-01");
        // Nor one printed with an earlier year (供水七周年, 2018年8月5日).
        let earlier = days_printed("2018年8月5日，工程正式通水。");
        let day = "8月5日，工程通水七周年";
        let found = years_of_days_printed(day, find_dates(day, Some(2025)), &earlier);
        assert_eq!(found[0].date.iso(), "2025-08-05");
        // A day printed with two years is left as it was.
        let two = days_printed("2025年1月1日起试行，2027年1月1日起施行。");
        let found = years_of_days_printed(head, find_dates(head, Some(2026)), &two);
        assert_eq!(found[0].date.iso(), "2026-01-01");
        // A day since which the figures count is this year's, though the
        // text prints the next year's with a rule taking effect then.
        let since = "1月1日以来，全县共接警出动3200起";
        let found = years_of_days_printed(since, find_dates(since, Some(2026)), &printed);
        assert_eq!(found[0].date.iso(), "2026-01-01");
    }

    /// 是2022年底的2.3倍: the year a multiple is taken over is past, not
    /// the text's own.
    #[test]
    fn a_base_a_multiple_is_taken_over_is_a_year_past() {
        let text = "自2019年启动这项工作以来，全市累计加装电梯5420台，是2022年底的2.3倍。\
                    今年9月，她所在的单元装上了电梯。";
        assert_eq!(infer_year(text), None);
        assert_eq!(infer_year("2022年底全市加装电梯2360台。"), Some(2022));
    }

    /// A text that says 今年 names its own year's months so; a month of a
    /// year printed in full is of a year past.
    #[test]
    fn a_month_of_a_year_printed_beside_jinnian_is_past() {
        // Past, so the text is of 2024 or later: which, it does not say.
        let text = "青石大桥于2023年4月开工，今年8月合龙，预计2026年通车。";
        assert_eq!(infer_year(text), None);
        // A year the text names as its own outweighs the least one.
        let text = "青石大桥于2023年4月开工。2025年全县车流量比上年增长8%，今年8月合龙。";
        assert_eq!(infer_year(text), Some(2026));
        // A base compared with that is not this year's figures' says as
        // little (森林覆盖率…较2020年末提高); beside them, it is the year
        // before (今年1—8月…较2022年的8亿元).
        assert_eq!(
            infer_year("今年春季造林1万亩。全县森林覆盖率达到28%，较2020年末提高3个百分点。"),
            None
        );
        // Not a day's date, a year-end as of which figures are told, nor
        // without 今年.
        assert_eq!(infer_year("2023年4月8日，今年8月合龙。"), Some(2023));
        assert_eq!(infer_year("截至2023年4月，今年累计完成。"), Some(2023));
        assert_eq!(infer_year("青石大桥于2023年4月开工。"), Some(2023));
        // A season across two years is of its first; an event 定于 a
        // later date is ahead, no year of the text's.
        assert_eq!(
            infer_year("青石机场2026/2027年冬春航季自10月25日起执行，至2027年3月28日结束。"),
            Some(2026)
        );
        assert_eq!(
            infer_year(
                "今年青石博览会成交额52亿元，比上届增长8%。下届博览会定于2027年5月8日开幕。"
            ),
            None
        );
    }

    /// The figures totalled over a span of years are told after it.
    #[test]
    fn a_span_of_years_totalled_is_past() {
        let text = "标题\n\n本报讯 三月二日，二〇二〇年至二〇二二年，全县累计投入资金3亿元。";
        assert_eq!(document_year(text), Some(2023));
        // Not a plan's years; told in December, the span may end in its
        // own year.
        assert_eq!(
            infer_year("2020年至2022年，全县计划投入3亿元。"),
            Some(2020)
        );
        let december = "标题\n\n本报讯 12月2日，2020年至2022年，全县累计投入3亿元。";
        assert_ne!(document_year(december), Some(2023));
    }

    #[test]
    fn a_span_said_with_one_nian_the_first_months_and_a_years_start() {
        let d = find_dates("《青石县行动计划（2024—2026年）》提出", None);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(
            (d[0].date.iso(), d[0].until.as_ref().map(Date::iso)),
            ("2024".into(), Some("2026".into()))
        );
        assert_eq!(
            one("全县前九月完成投资", Some(2024)),
            ("前九月".into(), "2024-01".into(), Some("2024-09".into()))
        );
        assert_eq!(
            one("人数从去年初的80人增加", Some(2024)),
            ("去年初".into(), "2023-01".into(), None)
        );
    }

    /// 通水十周年 with the day it began (2015年6月1日): the anniversary's
    /// year, when the text's own latest year is the one before it.
    #[test]
    fn an_anniversary_counts_from_the_day_it_began() {
        let text = "青石引水工程通水十周年\n\n本报讯 近日，工程迎来通水十周年。\
                    工程于2015年6月1日正式通水。2024年，工程供水1200万吨，比上年增长5%。";
        assert_eq!(document_year(text), Some(2025));
        // Without the anniversary, the latest year the text names.
        let plain = text.replace("十周年", "纪念日");
        assert_eq!(document_year(&plain), Some(2024));
        // Told on 6月1日, a whole year's figures against the year before
        // are of a year past.
        let dated = plain.replace("近日", "6月1日");
        assert_eq!(document_year(&dated), Some(2025));
    }

    #[test]
    fn figures_an_official_reports_and_a_decimal_full_stop_do_not_hide_the_year() {
        // An official's year with figures compared is reported, not planned.
        let told = "南州日报讯 11月20日，市统计局负责人介绍，2025年1—10月，全市工业\
                    产值420亿元，同比增长5%。该厂于2024年3月开工。";
        assert_eq!(document_year(told), Some(2025));
        // Still a plan without them.
        let plan = "市长表示，2025年全市将新建学校8所。该厂于2024年3月开工。";
        assert_eq!(document_year(plan), Some(2024));
        // 。 between digits is a decimal point, not the sentence's end: the
        // year's figures are compared, so the text saying 今年 is of 2026.
        let decimal = "本報南州1月10日訊 2025年全區產值632。8億元，同比增長9.4%。今年將再擴產。";
        assert_eq!(
            document_year(&crate::chinese::simplify(decimal)),
            Some(2026)
        );
    }

    #[test]
    fn a_season_ending_just_before_the_dateline_gives_the_year() {
        let text = "南州网3月20日电 本雪季（2030年11月1日至2031年3月15日）全市接待游客\
                    120万人次，同比增长8%。";
        assert_eq!(document_year(text), Some(2031));
        // A day alone in the dateline's month is no season's end (the day an
        // anniversary counts from).
        let text = "南州网3月20日电 2020年3月20日正式通车。2024年客流300万人次，同比增长5%。";
        assert_ne!(document_year(text), Some(2020));
        // A span set ahead (定于) ending on the dateline's day is the next
        // event, not a season past.
        let text = "南州网11月10日电 第八届南州博览会10日闭幕，意向成交52亿元，比上届增长6%。\
                    第九届博览会定于2031年11月5日至10日举办。";
        assert_ne!(document_year(text), Some(2031));
    }

    /// Round 51: a year with its zero written as a circle (二○二六年十月)
    /// or as 零 is a year like 二〇二六年.
    #[test]
    fn a_year_whose_zero_is_a_circle() {
        assert_eq!(
            one("二○二六年十月出口上升", None),
            ("二○二六年十月".into(), "2026-10".into(), None)
        );
        assert_eq!(
            one("二零二五年三月开工", None),
            ("二零二五年三月".into(), "2025-03".into(), None)
        );
    }

    /// Round 51: the years a text prints that are not its own: one a rule
    /// starts from (2031年起, 自2031年1月1日起), a base compared with
    /// beside 同比 (较2019年同期), and one whose sentence measures against
    /// 去年 is the text's own, not a year past.
    #[test]
    fn a_start_a_base_and_a_year_against_last_year() {
        let t = "一图读懂｜2031年起青石城乡居民医保有变化\n\n青石市医保局发布通知，自2031年1月1日起执行。\
                 明年个人缴费标准为每人400元。集中缴费期为2030年9月1日至12月31日。\
                 今年1至10月，全市参保人数为64.2万人。";
        assert_eq!(document_year(t), Some(2030));
        let t = "国庆假期青石接待游客增长\n\n10月1日至8日，青石市文旅市场火热。\
                 假期全市接待游客221.6万人次，同比增长9.2%，较2019年同期增长18.7%。\
                 游客人均花费611元，比去年同期增加约15元。";
        assert_ne!(document_year(t), Some(2020));
        let t = "青石春茶开采\n\n3月12日清晨，青石村的茶园里，采茶工已经上了山。\
                 2030年青石春茶正式开采，比去年提前了4天。今年1至2月，全市茶叶出口增长6%。";
        assert_eq!(document_year(t), Some(2030));
    }

    /// Round 51: a month said after its year in numerals from 十 (二○三○年
    /// 十月) is a part of the year, not a whole year's figures; measured
    /// against the year before's same month, it is the month reported,
    /// though a speaker says 今年 and a forecast 明年.
    #[test]
    fn a_month_measured_against_the_same_month_a_year_before_is_reported() {
        let t = "青石十月出口上升\n\n统计处今日发表的数字显示，二○三○年十月青石出口货值为612亿元，\
                 较二○二九年同月的503亿元上升12.4%。商人陈先生说：“今年每个月出二十几个柜。”\
                 经济师预计，明年增长或放缓。";
        assert_eq!(document_year(t), Some(2030));
    }
}
