//! The data model: quantities, dates, values, entities and facts, as the
//! rest of the crate sees them. Nothing here knows about storage or queries.

pub mod num;
pub mod qualifiers;
pub mod quantity;

pub use num::Num;
pub use qualifiers::{Modality, Period, Qualifiers, Rate};
pub use quantity::{parse_quantity, parse_quantity_prefix};

use serde::{Deserialize, Serialize};
use std::fmt;

/// Base units. Every quantity is converted to one of these on the way in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Unit {
    /// A bare number in a query literal: compares with any unit.
    Number,
    /// Things counted: 家, 个, 名, 人, 户 ...
    Count,
    Cny,
    Usd,
    SquareMetre,
    Metre,
    Watt,
    Tonne,
    Percent,
    // Appended after the others: records are bincode, so the variant
    // indices above must not move.
    CubicMetre,
    WattHour,
    /// Hong Kong dollars (港元, 港币), Macau patacas (澳门元, 葡币) and euros
    /// (欧元): money in its own currency, never converted.
    Hkd,
    Mop,
    Eur,
    /// New Taiwan dollars (新台币, 新臺幣): appended last like the three
    /// above, so that stored records keep their variant indices.
    Twd,
}

impl Unit {
    pub const ALL: [Unit; 15] = [
        Unit::Number,
        Unit::Count,
        Unit::Cny,
        Unit::Usd,
        Unit::SquareMetre,
        Unit::Metre,
        Unit::Watt,
        Unit::Tonne,
        Unit::Percent,
        Unit::CubicMetre,
        Unit::WattHour,
        Unit::Hkd,
        Unit::Mop,
        Unit::Eur,
        Unit::Twd,
    ];

    /// The name used in JSON output and dump files.
    pub fn symbol(self) -> &'static str {
        match self {
            Unit::Number => "",
            Unit::Count => "count",
            Unit::Cny => "CNY",
            Unit::Usd => "USD",
            Unit::SquareMetre => "m2",
            Unit::Metre => "m",
            Unit::Watt => "W",
            Unit::Tonne => "t",
            Unit::Percent => "%",
            Unit::CubicMetre => "m3",
            Unit::WattHour => "Wh",
            Unit::Hkd => "HKD",
            Unit::Mop => "MOP",
            Unit::Eur => "EUR",
            Unit::Twd => "TWD",
        }
    }

    pub fn from_symbol(s: &str) -> Option<Unit> {
        Unit::ALL.iter().copied().find(|u| u.symbol() == s)
    }

    /// What the unit measures, for error messages.
    pub fn dimension(self) -> &'static str {
        match self {
            Unit::Number => "a plain number",
            Unit::Count => "a count",
            Unit::Cny => "money (CNY)",
            Unit::Usd => "money (USD)",
            Unit::SquareMetre => "area (m²)",
            Unit::Metre => "length (m)",
            Unit::Watt => "power (W)",
            Unit::Tonne => "mass (t)",
            Unit::Percent => "a percentage",
            Unit::CubicMetre => "volume (m³)",
            Unit::WattHour => "energy (Wh)",
            Unit::Hkd => "money (HKD)",
            Unit::Mop => "money (MOP)",
            Unit::Eur => "money (EUR)",
            Unit::Twd => "money (TWD)",
        }
    }

    /// Stable byte for key encoding; never reorder.
    pub fn code(self) -> u8 {
        match self {
            Unit::Number => 0,
            Unit::Count => 1,
            Unit::Cny => 2,
            Unit::Usd => 3,
            Unit::SquareMetre => 4,
            Unit::Metre => 5,
            Unit::Watt => 6,
            Unit::Tonne => 7,
            Unit::Percent => 8,
            Unit::CubicMetre => 9,
            Unit::WattHour => 10,
            Unit::Hkd => 11,
            Unit::Mop => 12,
            Unit::Eur => 13,
            Unit::Twd => 14,
        }
    }

    pub fn from_code(c: u8) -> Option<Unit> {
        Unit::ALL.iter().copied().find(|u| u.code() == c)
    }

    pub fn is_money(self) -> bool {
        matches!(
            self,
            Unit::Cny | Unit::Usd | Unit::Hkd | Unit::Mop | Unit::Eur | Unit::Twd
        )
    }

    /// Whether quantities in these units can be compared.
    pub fn comparable(self, other: Unit) -> bool {
        self == other || self == Unit::Number || other == Unit::Number
    }
}

/// What the article says about how exact a number is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Bound {
    Exact,
    /// 超, 逾, 余, 多, 以上
    AtLeast,
    /// 不到, 不足, 以下
    AtMost,
    /// 约, 近, 左右
    About,
    /// 400元至1000元: `value` is the low end, `upper` the high end.
    Range,
}

impl Bound {
    pub fn name(self) -> &'static str {
        match self {
            Bound::Exact => "exact",
            Bound::AtLeast => "at_least",
            Bound::AtMost => "at_most",
            Bound::About => "about",
            Bound::Range => "range",
        }
    }

    pub const ALL: [Bound; 5] = [
        Bound::Exact,
        Bound::AtLeast,
        Bound::AtMost,
        Bound::About,
        Bound::Range,
    ];

    pub fn from_name(s: &str) -> Option<Bound> {
        Bound::ALL.into_iter().find(|b| b.name() == s)
    }

    pub fn from_code(c: u8) -> Option<Bound> {
        Bound::ALL.into_iter().find(|b| b.code() == c)
    }

    pub fn code(self) -> u8 {
        self as u8
    }

    /// The bound of a sum of two bounded numbers.
    pub fn combine(self, other: Bound) -> Bound {
        use Bound::*;
        match (self, other) {
            (Exact, b) | (b, Exact) => b,
            (a, b) if a == b => a,
            (AtLeast, Range) | (Range, AtLeast) => AtLeast,
            _ => About,
        }
    }
}

/// A number in a base unit, with the words it was written in.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Quantity {
    pub value: Num,
    /// High end of a range; `None` unless `bound == Range`.
    pub upper: Option<Num>,
    pub unit: Unit,
    pub bound: Bound,
    /// Original text, e.g. `超2.4亿元`; empty for computed values.
    pub text: String,
}

impl Quantity {
    pub fn exact(value: Num, unit: Unit) -> Quantity {
        Quantity {
            value,
            upper: None,
            unit,
            bound: Bound::Exact,
            text: String::new(),
        }
    }

    /// A readable Chinese rendering: the original text when there is one,
    /// otherwise 8.96亿元 / 2770万元 / 19.8平方公里 style.
    pub fn readable(&self) -> String {
        // The words as written, unless they hide the sign: 同比下降2.5% is
        // stored as −2.5% with the words "2.5%".
        let hides_sign = self.value.0 < 0
            && !self
                .text
                .trim_start_matches(|c: char| !c.is_numeric() && !"-−－负".contains(c))
                .starts_with(['-', '−', '－', '负']);
        if !self.text.is_empty() && !hides_sign {
            return self.text.clone();
        }
        self.computed_readable()
    }

    /// Rendering from the base value alone (sums, conversions): the exact
    /// value in its natural unit, the largest that writes it with at most
    /// two decimals (89635.53万元, not 8.96亿元), else every decimal in the
    /// base unit. Never rounded: [`Quantity::rounded`] rounds, and says so.
    pub fn computed_readable(&self) -> String {
        let prefix = match self.bound {
            Bound::AtLeast => "超",
            Bound::About => "约",
            Bound::AtMost => "不到",
            _ => "",
        };
        // An area the store could only round is written in 亩, exactly.
        let mu = self.in_mu();
        let render = |v: Num, mu: Option<Num>| match mu {
            Some(mu) => quantity::render_mu(mu),
            None => render_amount(v, self.unit),
        };
        let body = render(self.value, mu.map(|m| m.0));
        match (self.bound, self.upper) {
            (Bound::Range, Some(hi)) => {
                format!("{}至{}", body, render(hi, mu.and_then(|m| m.1)))
            }
            _ => format!("{prefix}{body}"),
        }
    }

    /// The value rounded for reading (8.96亿元 for 896355300元), marked
    /// 约 when rounding changed it; a range is left as it is. The rounded
    /// value is what the quantity then holds, so its text and value agree.
    pub fn rounded(&self) -> Quantity {
        if self.bound == Bound::Range {
            return self.clone();
        }
        let (k, places, _) = rounding_scale(self.value, self.unit);
        let step = num::SCALE * 10i128.pow(k) / 10i128.pow(places);
        let v = self.value.0;
        let q = v / step;
        let rest = v % step;
        let q = if rest.abs() * 2 >= step {
            q + v.signum()
        } else {
            q
        };
        let value = Num(q * step);
        if value == self.value {
            return Quantity {
                text: String::new(),
                ..self.clone()
            };
        }
        Quantity {
            value,
            upper: None,
            unit: self.unit,
            bound: Bound::About,
            text: String::new(),
        }
    }
}

/// The ways of writing a value of a unit, largest first: the power of ten
/// of the scale (亿 is 8), the decimals shown, and the suffix. The last is
/// the base unit and fits every value.
fn scales(unit: Unit) -> &'static [(u32, u32, &'static str)] {
    match unit {
        Unit::Cny => &[(8, 2, "亿元"), (4, 2, "万元"), (0, 2, "元")],
        Unit::Usd => &[(8, 2, "亿美元"), (4, 2, "万美元"), (0, 2, "美元")],
        Unit::Hkd => &[(8, 2, "亿港元"), (4, 2, "万港元"), (0, 2, "港元")],
        Unit::Mop => &[(8, 2, "亿澳门元"), (4, 2, "万澳门元"), (0, 2, "澳门元")],
        Unit::Eur => &[(8, 2, "亿欧元"), (4, 2, "万欧元"), (0, 2, "欧元")],
        Unit::Twd => &[(8, 2, "亿新台币"), (4, 2, "万新台币"), (0, 2, "新台币")],
        Unit::Count => &[(8, 2, "亿"), (4, 2, "万"), (0, 2, "")],
        Unit::Tonne => &[(8, 2, "亿吨"), (4, 2, "万吨"), (0, 2, "吨")],
        Unit::Number => &[(0, 6, "")],
        Unit::Percent => &[(0, 2, "%")],
        Unit::SquareMetre => &[(6, 4, "平方公里"), (0, 2, "平方米")],
        Unit::Metre => &[(3, 3, "公里"), (0, 2, "米")],
        Unit::Watt => &[(6, 3, "兆瓦"), (3, 3, "千瓦"), (0, 2, "瓦")],
        Unit::CubicMetre => &[(8, 2, "亿立方米"), (4, 2, "万立方米"), (0, 2, "立方米")],
        Unit::WattHour => &[
            (11, 2, "亿千瓦时"),
            (7, 2, "万千瓦时"),
            (3, 2, "千瓦时"),
            (0, 2, "瓦时"),
        ],
    }
}

/// The smallest absolute value a scale is used for: one of it (0.1平方公里
/// for areas, as before).
fn threshold(unit: Unit, k: u32) -> i128 {
    let one = 10i128.pow(k) * num::SCALE;
    if unit == Unit::SquareMetre && k == 6 {
        one / 10
    } else {
        one
    }
}

/// The scale a rounded rendering uses: the largest the value reaches.
fn rounding_scale(v: Num, unit: Unit) -> (u32, u32, &'static str) {
    let all = scales(unit);
    all.iter()
        .copied()
        .find(|(k, _, _)| v.0.abs() >= threshold(unit, *k))
        .unwrap_or(all[all.len() - 1])
}

/// The exact rendering of a value (see [`Quantity::computed_readable`]).
fn render_amount(v: Num, unit: Unit) -> String {
    for &(k, places, suffix) in scales(unit) {
        let step = num::SCALE * 10i128.pow(k) / 10i128.pow(places);
        if v.0.abs() >= threshold(unit, k) && v.0 % step == 0 {
            return format!("{}{suffix}", v.scaled_string(k, places));
        }
    }
    // Below every threshold, or more decimals than a scale shows: the
    // base unit with every decimal.
    let base = scales(unit).last().map_or("", |s| s.2);
    format!("{v}{base}")
}

/// A calendar date, as precise as the text gives it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Date {
    pub year: Option<i32>,
    pub month: Option<u8>,
    pub day: Option<u8>,
    /// The words in the document, e.g. `5月20日`.
    pub text: String,
    /// When `year` is unknown, the year as the text says it relative to
    /// the document's own year, which the document does not print (去年
    /// is −1): [`Date::iso`] writes `Y-1`. Never set beside a `year`.
    pub doc_offset: Option<i8>,
}

/// The offsets a relative year may have (前年 … 后年, with room).
pub const DOC_OFFSETS: std::ops::RangeInclusive<i8> = -9..=9;

/// Where a year that is not printed sorts, and how a key stores it: an
/// unknown year `i32::MIN`, one relative to the document's year just
/// above (−128 … 127 → `i32::MIN + 1` …), below every dated year.
pub fn relative_year_slot(offset: Option<i8>) -> i32 {
    match offset {
        None => i32::MIN,
        Some(o) => i32::MIN + 129 + i32::from(o),
    }
}

/// The other way of [`relative_year_slot`]: the year and offset a key's
/// year slot holds.
pub fn from_year_slot(y: i32) -> (Option<i32>, Option<i8>) {
    if y == i32::MIN {
        (None, None)
    } else if let Some(o) = y
        .checked_sub(i32::MIN + 129)
        .and_then(|o| i8::try_from(o).ok())
    {
        (None, Some(o))
    } else {
        (Some(y), None)
    }
}

/// Days in a month (1–12) of a year; February of an unknown year has 29.
pub fn days_in_month(year: Option<i32>, month: u8) -> u8 {
    match month {
        2 => match year {
            Some(y) if !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0) => 28,
            _ => 29,
        },
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Date {
    /// Parses `2020`, `2020-06`, `2020-05-20`, `????-06-15` (a day
    /// of an unknown year, as [`Date::iso`] writes it), and `Y-1`,
    /// `Y+0-06` (a year relative to the document's).
    pub fn parse_iso(s: &str, text: &str) -> Result<Date, ParseError> {
        if let Some(rel) = s.strip_prefix('Y') {
            return Date::parse_relative(s, rel, text);
        }
        let parts: Vec<&str> = s.split('-').collect();
        let bad = || format!("'{s}' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)");
        if parts.is_empty() || parts.len() > 3 || parts[0].len() != 4 {
            return Err(bad().into());
        }
        let year: Option<i32> = match parts[0] {
            // A year alone must be known: `????` says nothing.
            "????" if parts.len() > 1 => None,
            y => Some(y.parse().map_err(|_| bad())?),
        };
        let month: Option<u8> = match parts.get(1) {
            Some(m) if m.len() == 2 => Some(m.parse().map_err(|_| bad())?),
            Some(_) => return Err(bad().into()),
            None => None,
        };
        let day: Option<u8> = match parts.get(2) {
            Some(d) if d.len() == 2 => Some(d.parse().map_err(|_| bad())?),
            Some(_) => return Err(bad().into()),
            None => None,
        };
        if month.is_some_and(|m| !(1..=12).contains(&m))
            || day.is_some_and(|d| !(1..=31).contains(&d))
        {
            return Err(format!("'{s}' is not a valid date").into());
        }
        let date = Date {
            year,
            month,
            day,
            text: text.to_string(),
            doc_offset: None,
        };
        if let Some(why) = date.impossible() {
            return Err(format!("'{s}' is not a valid date: {why}").into());
        }
        Ok(date)
    }

    /// `Y-1`, `Y+0-06`, `Y+1-03-05` (`rel` is what follows the `Y`): the
    /// month and day written as in a dated year, `????` in place of `Y±N`.
    fn parse_relative(s: &str, rel: &str, text: &str) -> Result<Date, ParseError> {
        let bad = || {
            format!("'{s}' is not a date relative to the document's year (expected Y-1, Y+0-06 or Y+1-03-05)")
        };
        let sign_len = usize::from(rel.starts_with(['+', '-']));
        if sign_len == 0 {
            return Err(bad().into());
        }
        let digits = rel[1..].bytes().take_while(u8::is_ascii_digit).count();
        let offset: i8 = rel[..1 + digits].parse().map_err(|_| bad())?;
        if !DOC_OFFSETS.contains(&offset) {
            return Err(format!(
                "'{s}': a year relative to the document's is at most {} years away",
                DOC_OFFSETS.end()
            )
            .into());
        }
        let rest = &rel[1 + digits..];
        let mut date = if rest.is_empty() {
            Date {
                year: None,
                month: None,
                day: None,
                text: text.to_string(),
                doc_offset: None,
            }
        } else {
            Date::parse_iso(&format!("????{rest}"), text).map_err(|_| bad())?
        };
        date.doc_offset = Some(offset);
        Ok(date)
    }

    /// Why a day does not exist in its month (2020-02-30, 2021-02-29,
    /// 2020-04-31), or `None` for a possible date. February of an unknown
    /// year may have 29 days.
    pub fn impossible(&self) -> Option<String> {
        let (Some(m), Some(d)) = (self.month, self.day) else {
            return None;
        };
        let days = days_in_month(self.year, m);
        if d <= days {
            return None;
        }
        const MONTHS: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        let month = MONTHS
            .get(usize::from(m.max(1)) - 1)
            .unwrap_or(&"the month");
        Some(match self.year {
            Some(y) if m == 2 => format!("{month} {y} has {days} days"),
            _ => format!("{month} has {days} days"),
        })
    }

    pub fn iso(&self) -> String {
        let mut s = match (self.year, self.doc_offset) {
            (Some(y), _) => format!("{y:04}"),
            (None, Some(o)) => format!("Y{o:+}"),
            (None, None) => "????".to_string(),
        };
        if let Some(m) = self.month {
            s.push_str(&format!("-{m:02}"));
            if let Some(d) = self.day {
                s.push_str(&format!("-{d:02}"));
            }
        }
        s
    }

    /// Sort key: missing parts sort first, then years relative to the
    /// document's (by offset), then dated years.
    pub fn key(&self) -> (i32, u8, u8) {
        (
            self.year
                .unwrap_or_else(|| relative_year_slot(self.doc_offset)),
            self.month.unwrap_or(0),
            self.day.unwrap_or(0),
        )
    }
}

/// The value of a fact.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Value {
    Text(String),
    /// A reference to another entity, by its name.
    Ref(String),
    Quantity(Quantity),
    Date(Date),
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Text(s) | Value::Ref(s) => f.write_str(s),
            Value::Quantity(q) => f.write_str(&q.readable()),
            Value::Date(d) => f.write_str(&d.iso()),
        }
    }
}

/// Where a fact or entity comes from: a document and the words in it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Source {
    pub doc: String,
    pub quote: String,
    /// True for facts drawn by a program rather than curated by a person.
    pub extracted: bool,
    /// Where in the document the quote and the value stand (extracted
    /// facts; curated quotes are found by their words).
    pub at: Option<Location>,
    /// Background knowledge: why a curator knows this although the document
    /// does not say it (义县 lies in 锦州市). Set instead of a quote, which
    /// is then empty: a quote that does not state the fact is never given.
    pub background: Option<String>,
}

impl Source {
    /// A curated source: a document and a quote, no position.
    pub fn curated(doc: &str, quote: &str) -> Source {
        Source {
            doc: doc.to_string(),
            quote: quote.to_string(),
            extracted: false,
            at: None,
            background: None,
        }
    }

    /// A curated source from background knowledge: no quote, a reason.
    pub fn background(doc: &str, why: &str) -> Source {
        Source {
            doc: doc.to_string(),
            quote: String::new(),
            extracted: false,
            at: None,
            background: Some(why.to_string()),
        }
    }

    /// What a reader is shown in place of the quote: the quote, or
    /// `[background: why]`.
    pub fn shown(&self) -> String {
        match &self.background {
            Some(why) => format!("[background: {why}]"),
            None => self.quote.clone(),
        }
    }
}

/// The position of an extracted fact in its document: byte offsets into
/// the original text, which may include the blank lines of a page break
/// that the quote (white space removed) leaves out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Location {
    /// The sentence, numbered from 0 in the document.
    pub sentence: u32,
    /// The sentence's byte range.
    pub start: u32,
    pub end: u32,
    /// The byte range of the value's own words (quantity, date or name).
    pub value_start: u32,
    pub value_end: u32,
}

/// A thing the documents talk about.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    pub name: String,
    pub kind: String,
    pub aliases: Vec<String>,
    pub source: Source,
    /// Aliases the document does not contain (an English name, a form
    /// the curator knows), each with why it is one: (alias, reason). Each
    /// is also in `aliases`, so it names the entity like any other.
    pub alias_background: Vec<(String, String)>,
}

impl Entity {
    /// Why `alias` names this entity when the document does not say so.
    pub fn alias_reason(&self, alias: &str) -> Option<&str> {
        self.alias_background
            .iter()
            .find(|(a, _)| a == alias)
            .map(|(_, why)| why.as_str())
    }
}

/// One statement: subject, attribute, value, and where it was said.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fact {
    pub subject: String,
    pub attribute: String,
    pub value: Value,
    pub source: Source,
    /// Modality, rate, as-of date and period; part of what makes the fact
    /// itself.
    #[serde(default, with = "qualifiers::with_period")]
    pub qualifiers: Qualifiers,
}

/// Everything one load brings from one document; written all or nothing.
#[derive(Clone, Debug, Default)]
pub struct DocumentFacts {
    pub doc: String,
    /// The document's text, when known, so quotes can be checked later.
    pub text: Option<String>,
    pub entities: Vec<Entity>,
    pub facts: Vec<Fact>,
    /// Attribute names in the order a dump listed them, registered before
    /// the facts so a database rebuilt from its dump numbers its attributes
    /// (and so orders its columns) as the original did.
    pub attribute_order: Vec<String>,
    /// What the reader of the file should know but did not stop the load
    /// (long sentences cut by extraction). Not stored.
    pub warnings: Vec<String>,
}

/// Singular form of a kind name as a user may type it (`projects` →
/// `project`, `enterprises` → `enterprise`, `companies` → `company`).
pub fn singular(word: &str) -> String {
    let w = word.to_lowercase();
    if let Some(stem) = w.strip_suffix("ies") {
        return format!("{stem}y");
    }
    for suffix in ["sses", "shes", "ches", "xes"] {
        if w.ends_with(suffix) {
            return w[..w.len() - 2].to_string();
        }
    }
    if w.ends_with('s') && !w.ends_with("ss") && w.len() > 1 {
        return w[..w.len() - 1].to_string();
    }
    w
}

/// Words that do not read as the value they should be (a quantity, a
/// date, a number): what is wrong, in a sentence for the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError(pub String);

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ParseError {}

impl From<String> for ParseError {
    fn from(m: String) -> Self {
        ParseError(m)
    }
}

impl From<&str> for ParseError {
    fn from(m: &str) -> Self {
        ParseError(m.to_string())
    }
}

impl From<ParseError> for String {
    fn from(e: ParseError) -> String {
        e.0
    }
}

/// Whether `name` is its own `name_key`: no character that key drops,
/// maps or lowercases.
pub(crate) fn key_as_is(name: &str) -> bool {
    let bytes = name.as_bytes();
    let mut i = 0;
    // By bytes: most of a Chinese name is CJK characters (no case, no
    // space, no quote), told by their first two bytes without decoding
    // them (decoding each character was ~300 instructions a name, 3.6% of
    // a 100K-fact load's loader thread).
    while let Some(&b) = bytes.get(i) {
        let step = match b {
            // U+4E00..=U+9FFF: E4 B8 80 ..= E9 BF BF.
            0xE5..=0xE9 => 3,
            0xE4 if bytes.get(i + 1).is_some_and(|&c| c >= 0xB8) => 3,
            // ASCII: no upper case, white space (char::is_whitespace's
            // \t..=\r and space) or quote.
            0..=0x7F => match b {
                b'A'..=b'Z' | b'\t'..=b'\r' | b' ' | b'"' | b'\'' => return false,
                _ => 1,
            },
            _ => {
                let Some(c) = name.get(i..).and_then(|rest| rest.chars().next()) else {
                    return false;
                };
                if !char_as_is(c) {
                    return false;
                }
                c.len_utf8()
            }
        };
        i += step;
    }
    true
}

/// Whether `name_key` keeps the character `c` as it is.
fn char_as_is(c: char) -> bool {
    if c.is_ascii() {
        return !c.is_ascii_uppercase() && !c.is_whitespace() && !matches!(c, '"' | '\'');
    }
    !c.is_whitespace()
        && !matches!(
            c,
            '“' | '”' | '‘' | '’' | '《' | '》' | '「' | '」' | '\u{FF01}'..='\u{FF5E}'
        )
        && {
            let mut lower = c.to_lowercase();
            lower.next() == Some(c) && lower.next().is_none()
        }
}

/// The attribute that holds an entity's kind.
pub const KIND_ATTR: &str = "kind";

/// The kind of the entity a loaded document is, named by its file: what a
/// citation of it is made of (its title, outlet, publication date) are
/// its facts.
pub const DOCUMENT_KIND: &str = "document";

/// A document's headline, a fact of the document.
pub const TITLE_ATTR: &str = "title";

/// The newspaper or site that printed a document, a fact of the document.
pub const OUTLET_ATTR: &str = "outlet";

/// The key under which names and aliases are looked up: quotation marks,
/// brackets of titles and white space removed, full-width ASCII folded,
/// ASCII lower-cased. `“双凌”协同发展示范区` and `双凌协同发展示范区` meet here.
pub fn name_key(name: &str) -> String {
    // Most names are their own key: copied, not rebuilt a character at a
    // time (3% of a 1M-fact dump's load, in its checks and its writes).
    if key_as_is(name) {
        return name.to_string();
    }
    name_key_folded(name)
}

/// [`name_key`] a character at a time.
pub(crate) fn name_key_folded(name: &str) -> String {
    name.chars()
        .filter(|c| {
            !c.is_whitespace()
                && !matches!(
                    c,
                    '“' | '”' | '‘' | '’' | '"' | '\'' | '《' | '》' | '「' | '」'
                )
        })
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .flat_map(|c| c.to_lowercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Records written before m3 and Wh were appended still decode: the
    /// bytes of a percentage value are those the store held before.
    #[test]
    fn units_appended_keep_old_records() {
        let v = Value::Quantity(Quantity {
            value: Num(8_500_000),
            upper: None,
            unit: Unit::Percent,
            bound: Bound::Exact,
            text: "8.5%".into(),
        });
        let mut old = vec![2, 0, 0, 0, 0x20, 0xB3, 0x81];
        old.extend([0; 13]);
        old.extend([0, 8, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0]);
        old.extend(b"8.5%");
        assert_eq!(bincode::serialize(&v).unwrap_or_default(), old);
        assert_eq!(bincode::deserialize::<Value>(&old).ok(), Some(v));
        let codes: Vec<u8> = Unit::ALL.iter().map(|u| u.code()).collect();
        assert_eq!(codes, (0..15).collect::<Vec<u8>>());
        // bincode writes a unit as its variant's index: each one appended
        // (HKD … TWD) takes the next, and none before it moves.
        for u in Unit::ALL {
            let index = u32::from(u.code()).to_le_bytes().to_vec();
            assert_eq!(bincode::serialize(&u).unwrap_or_default(), index, "{u:?}");
        }
        assert_eq!(Unit::from_symbol("m3"), Some(Unit::CubicMetre));
        assert_eq!(Unit::from_symbol("Wh"), Some(Unit::WattHour));
        assert_eq!(Unit::from_symbol("HKD"), Some(Unit::Hkd));
    }

    #[test]
    fn singulars() {
        assert_eq!(singular("projects"), "project");
        assert_eq!(singular("enterprises"), "enterprise");
        assert_eq!(singular("companies"), "company");
        assert_eq!(singular("funding"), "funding");
        assert_eq!(singular("businesses"), "business");
        assert_eq!(singular("Cities"), "city");
    }

    #[test]
    fn name_keys_fold_quotes_and_width() {
        assert_eq!(
            name_key("“双凌”协同发展示范区"),
            name_key("双凌协同发展示范区")
        );
        assert_eq!(name_key("Yi County"), "yicounty");
        assert_eq!(name_key("ＡＢＣ"), "abc");
    }

    #[test]
    fn readable_sums() {
        // Exact, in the largest unit that writes it with two decimals.
        let q = Quantity::exact(Num::parse_decimal("896355300").unwrap(), Unit::Cny);
        assert_eq!(q.readable(), "89635.53万元");
        // Rounded only when asked, and then marked 约 in text and bound.
        let r = q.rounded();
        assert_eq!(r.readable(), "约8.96亿元");
        assert_eq!(
            (r.value, r.bound),
            (Num::parse_decimal("896000000").unwrap(), Bound::About)
        );
        let q = Quantity::exact(Num::parse_decimal("896000000").unwrap(), Unit::Cny);
        assert_eq!(q.readable(), "8.96亿元");
        assert_eq!(q.rounded().readable(), "8.96亿元");
        let q = Quantity::exact(Num::parse_decimal("12345678.125").unwrap(), Unit::Cny);
        assert_eq!(q.readable(), "12345678.125元");
        assert_eq!(q.rounded().readable(), "约1234.57万元");
        let q = Quantity::exact(Num::parse_decimal("0.5").unwrap(), Unit::Cny);
        assert_eq!(q.readable(), "0.5元");
        let q = Quantity::exact(Num::parse_decimal("27700000").unwrap(), Unit::Cny);
        assert_eq!(q.readable(), "2770万元");
        let q = Quantity::exact(Num::parse_decimal("19800000").unwrap(), Unit::SquareMetre);
        assert_eq!(q.readable(), "19.8平方公里");
    }

    #[test]
    fn dates() {
        let d = Date::parse_iso("2020-05-20", "5月20日").unwrap();
        assert_eq!(d.iso(), "2020-05-20");
        assert!(Date::parse_iso("2020-13", "").is_err());
        // Days that do not exist in their month.
        let e = Date::parse_iso("2020-02-30", "").unwrap_err();
        assert!(e.0.contains("February 2020 has 29 days"), "{e}");
        assert!(Date::parse_iso("2021-02-29", "").is_err());
        assert!(Date::parse_iso("2020-02-29", "").is_ok());
        assert!(Date::parse_iso("1900-02-29", "").is_err());
        assert!(Date::parse_iso("2000-02-29", "").is_ok());
        assert!(Date::parse_iso("2020-04-31", "").is_err());
        assert!(Date::parse_iso("2020-12-31", "").is_ok());
        assert!(Date::parse_iso("20-01-01", "").is_err());
        assert_eq!(
            Date::parse_iso("2020-06", "6月底").unwrap().iso(),
            "2020-06"
        );
    }

    /// `Y-1`, `Y+0-03`, `Y+1-02-29`: a year relative to the document's,
    /// its own unknown; written back as read, and its slot in a key
    /// read back as the offset.
    #[test]
    fn relative_years() {
        for s in ["Y-1", "Y+0-03", "Y+1-02-29", "Y-2-12-31"] {
            let d = Date::parse_iso(s, "去年").unwrap();
            assert_eq!(d.year, None, "{s}");
            assert!(d.doc_offset.is_some(), "{s}");
            assert_eq!(d.iso(), s);
            assert_eq!(from_year_slot(d.key().0), (None, d.doc_offset), "{s}");
        }
        assert_eq!(Date::parse_iso("Y-1", "").unwrap().doc_offset, Some(-1));
        for bad in [
            "Y",
            "Y1",
            "Y-",
            "Y-1-13",
            "Y-1-02-30",
            "Y+10",
            "Y-1-6",
            "Y--1",
        ] {
            assert!(Date::parse_iso(bad, "").is_err(), "{bad}");
        }
        // A dated year and an unknown one are no relative year.
        assert_eq!(from_year_slot(2025), (Some(2025), None));
        assert_eq!(from_year_slot(i32::MIN), (None, None));
        assert_eq!(from_year_slot(-5), (Some(-5), None));
    }
}
