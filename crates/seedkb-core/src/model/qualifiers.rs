//! Qualifiers of a fact: what kind of statement a value is (a reported
//! result, an expectation, a plan, a target, a demand, an estimate), the
//! rate it is given per (每户, 每人, 每年 …), the date it holds as of, and
//! the period it covers or was counted in (1至5月, 去年).
//! Two facts that differ only in their qualifiers are different facts.

use super::Date;
use serde::{Deserialize, Serialize};
use std::fmt;

/// What kind of statement a value is. `Reported` (a result the text
/// states as fact) is the default and is never written out.
/// The variants' order is stored (fact records, keys): add new ones last.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Modality {
    #[default]
    Reported,
    /// 预计: what the text expects.
    Expected,
    /// 计划, 拟: what someone plans.
    Planned,
    /// 目标: a goal set.
    Target,
    /// 需求: what someone asks for (a survey of capital demand).
    Demand,
    /// 估计, 约计: an estimate.
    Estimate,
    /// A bound that picks out which things are meant (100万元以上的村,
    /// 超亿元的企业, 规模以上): no amount the entity has.
    Threshold,
}

impl Modality {
    pub const ALL: [Modality; 7] = [
        Modality::Reported,
        Modality::Expected,
        Modality::Planned,
        Modality::Target,
        Modality::Demand,
        Modality::Estimate,
        Modality::Threshold,
    ];

    /// The word in fact files, dumps, queries and JSON.
    pub fn name(self) -> &'static str {
        match self {
            Modality::Reported => "reported",
            Modality::Expected => "expected",
            Modality::Planned => "planned",
            Modality::Target => "target",
            Modality::Demand => "demand",
            Modality::Estimate => "estimate",
            Modality::Threshold => "threshold",
        }
    }

    /// How a table marks a value of this modality (none for reported).
    pub fn label(self) -> &'static str {
        match self {
            Modality::Reported => "",
            Modality::Expected => "预计",
            Modality::Planned => "计划",
            Modality::Target => "目标",
            Modality::Demand => "需求",
            Modality::Estimate => "估计",
            Modality::Threshold => "门槛",
        }
    }

    pub fn from_name(s: &str) -> Option<Modality> {
        Modality::ALL.into_iter().find(|m| m.name() == s)
    }

    /// Stable byte for key encoding; never reorder.
    pub fn code(self) -> u8 {
        self as u8
    }

    pub fn from_code(c: u8) -> Option<Modality> {
        Modality::ALL.into_iter().find(|m| m.code() == c)
    }

    /// The allowed words, for error messages.
    pub fn names() -> String {
        Modality::ALL.map(Modality::name).join(", ")
    }
}

impl fmt::Display for Modality {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// What a value is given per: 1200元 per person is a rate, not a total.
/// The variants' order is stored (fact records): add new ones last.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Rate {
    Household,
    Person,
    Year,
    Month,
    Day,
    Mu,
    Tonne,
    Enterprise,
    Village,
    /// Per one of what the text counts (每栋, 每座, 每台 …): a rate whose
    /// unit has no word of its own here.
    Each,
}

impl Rate {
    pub const ALL: [Rate; 10] = [
        Rate::Household,
        Rate::Person,
        Rate::Year,
        Rate::Month,
        Rate::Day,
        Rate::Mu,
        Rate::Tonne,
        Rate::Enterprise,
        Rate::Village,
        Rate::Each,
    ];

    /// The word in fact files, dumps, queries, JSON and keys.
    pub fn name(self) -> &'static str {
        match self {
            Rate::Household => "household",
            Rate::Person => "person",
            Rate::Year => "year",
            Rate::Month => "month",
            Rate::Day => "day",
            Rate::Mu => "mu",
            Rate::Tonne => "tonne",
            Rate::Enterprise => "enterprise",
            Rate::Village => "village",
            Rate::Each => "each",
        }
    }

    /// How a table shows it: 每户, 每人, 每年 …
    pub fn label(self) -> &'static str {
        match self {
            Rate::Household => "每户",
            Rate::Person => "每人",
            Rate::Year => "每年",
            Rate::Month => "每月",
            Rate::Day => "每日",
            Rate::Mu => "每亩",
            Rate::Tonne => "每吨",
            Rate::Enterprise => "每家",
            Rate::Village => "每村",
            Rate::Each => "每个",
        }
    }

    pub fn from_name(s: &str) -> Option<Rate> {
        Rate::ALL.into_iter().find(|r| r.name() == s)
    }

    /// The allowed words, for error messages.
    pub fn names() -> String {
        Rate::ALL.map(Rate::name).join(", ")
    }
}

impl fmt::Display for Rate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The time a value covers or was counted in: a year (2025年, 去年), a
/// month, or a span (1至10月, 前三季度, 上半年: `end` its last month or
/// day). Its dates keep no words (`text` empty): the quote has them, and
/// a fact's keys and record say the same period alike. Unlike an as-of date (a
/// stock's 截至 date) its year may be relative to the document's (今年
/// in a text that prints no year: `Y+0`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Period {
    pub start: Date,
    pub end: Option<Date>,
}

impl Period {
    /// `2026`, `Y-1`, `2026-01/2026-05` (a span's two ends, as ISO 8601
    /// writes an interval).
    pub fn iso(&self) -> String {
        match &self.end {
            None => self.start.iso(),
            Some(e) => format!("{}/{}", self.start.iso(), e.iso()),
        }
    }

    /// Reads [`Period::iso`] back.
    pub fn parse_iso(s: &str) -> Result<Period, String> {
        let (a, b) = match s.split_once('/') {
            Some((a, b)) => (a, Some(b)),
            None => (s, None),
        };
        let start = Date::parse_iso(a, "").map_err(|e| e.to_string())?;
        let end = b
            .map(|b| Date::parse_iso(b, ""))
            .transpose()
            .map_err(|e| e.to_string())?;
        if let Some(e) = &end {
            if e.key() < start.key() {
                return Err(format!("'{s}' ends before it starts"));
            }
        }
        Ok(Period { start, end })
    }

    /// How a table shows it: `2026年1—5月`, `2025年`, a year relative to the
    /// document's by its word (`去年`, `今年1—9月`).
    pub fn label(&self) -> String {
        fn year(d: &Date) -> String {
            match (d.year, d.doc_offset) {
                (Some(y), _) => format!("{y}年"),
                (None, Some(o)) => match o {
                    -2 => "前年".into(),
                    -1 => "去年".into(),
                    0 => "今年".into(),
                    1 => "明年".into(),
                    2 => "后年".into(),
                    o => format!("Y{o:+}年"),
                },
                (None, None) => String::new(),
            }
        }
        fn rest(d: &Date) -> String {
            let mut s = String::new();
            if let Some(m) = d.month {
                s.push_str(&format!("{m}月"));
                if let Some(day) = d.day {
                    s.push_str(&format!("{day}日"));
                }
            }
            s
        }
        let Some(e) = &self.end else {
            return year(&self.start) + &rest(&self.start);
        };
        let same_year = (e.year, e.doc_offset) == (self.start.year, self.start.doc_offset);
        match (self.start.month, e.month, self.start.day, e.day) {
            // 2026年1—5月: the month word once.
            (Some(a), Some(b), None, None) if same_year => {
                format!("{}{a}—{b}月", year(&self.start))
            }
            // 2026年5月1—7日, 2026年1月28日—2月4日.
            (Some(a), Some(b), Some(f), Some(d)) if same_year && a == b => {
                format!("{}{a}月{f}—{d}日", year(&self.start))
            }
            _ if same_year => format!("{}{}—{}", year(&self.start), rest(&self.start), rest(e)),
            _ => format!(
                "{}{}—{}{}",
                year(&self.start),
                rest(&self.start),
                year(e),
                rest(e)
            ),
        }
    }
}

/// The qualifiers of one fact; the default (reported, no rate, no date,
/// no period) is what every fact without them has.
///
/// Serde writes the first three only, in the layout records have had
/// since schema 3 (older records, upgrades and fingerprints read it so);
/// the period is written apart where it is kept: a fact record's own part
/// (`store::FactHead`), a key's tail, a spooled fact.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Qualifiers {
    pub modality: Modality,
    pub per: Option<Rate>,
    /// The date the value holds as of (截至2020年5月底). Always of a
    /// printed or an unknown year, never one relative to the document's
    /// (stored records keep the layout dates had before those).
    #[serde(with = "as_of_layout")]
    pub as_of: Option<Date>,
    /// The period the value covers or was counted in (今年1至5月的销售额).
    #[serde(skip)]
    pub period: Option<Period>,
}

/// An as-of date as fact records have stored it since schema 3: year,
/// month, day and words, no relative year (which `from_words` refuses and
/// the extractor never gives an as-of date).
mod as_of_layout {
    use super::Date;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub type Layout = (Option<i32>, Option<u8>, Option<u8>, String);

    pub fn serialize<S: Serializer>(d: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
        if d.as_ref().is_some_and(|d| d.doc_offset.is_some()) {
            return Err(serde::ser::Error::custom(
                "an as-of date relative to the document's year cannot be stored",
            ));
        }
        d.as_ref()
            .map(|d| (d.year, d.month, d.day, &d.text))
            .serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
        let v: Option<Layout> = Option::deserialize(d)?;
        Ok(v.map(|(year, month, day, text)| Date {
            year,
            month,
            day,
            text,
            doc_offset: None,
        }))
    }
}

/// Qualifiers with their period, for a whole fact's serde (`Fact`: a
/// spooled fact, read back by the same build): the three of the stored
/// layout, then the period.
pub mod with_period {
    use super::{Period, Qualifiers};
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    /// Of a fact's qualifiers or a reference to them (a fact spooled from
    /// its line's borrowed parts).
    pub fn serialize<S: Serializer, Q: std::borrow::Borrow<Qualifiers>>(
        q: &Q,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        let q = q.borrow();
        (q, &q.period).serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Qualifiers, D::Error> {
        let (mut q, period): (Qualifiers, Option<Period>) = Deserialize::deserialize(d)?;
        q.period = period;
        Ok(q)
    }
}

impl Qualifiers {
    pub fn is_default(&self) -> bool {
        self.modality == Modality::Reported
            && self.per.is_none()
            && self.as_of.is_none()
            && self.period.is_none()
    }

    /// Reads the four optional words of a fact file or dump line (the
    /// period as [`Period::iso`] writes it). Each mistake is one message
    /// naming the allowed values.
    pub fn from_words(
        modality: Option<&str>,
        per: Option<&str>,
        as_of: Option<&str>,
        period: Option<&str>,
    ) -> Result<Qualifiers, Vec<String>> {
        let mut problems = Vec::new();
        let modality = match modality {
            None => Modality::Reported,
            Some(m) => Modality::from_name(m).unwrap_or_else(|| {
                problems.push(format!(
                    "unknown modality '{m}' (expected one of {})",
                    Modality::names()
                ));
                Modality::Reported
            }),
        };
        let per = per.and_then(|p| {
            let r = Rate::from_name(p);
            if r.is_none() {
                problems.push(format!(
                    "unknown rate per = '{p}' (expected one of {})",
                    Rate::names()
                ));
            }
            r
        });
        let as_of = as_of.and_then(|d| match Date::parse_iso(d, d) {
            Ok(date) if date.doc_offset.is_some() => {
                problems.push(format!(
                    "as_of: '{d}' is relative to the document's year; an as-of date needs its year (or ????)"
                ));
                None
            }
            Ok(date) => Some(date),
            Err(e) => {
                problems.push(format!("as_of: {e}"));
                None
            }
        });
        let period = period.and_then(|p| match Period::parse_iso(p) {
            Ok(p) => Some(p),
            Err(e) => {
                problems.push(format!(
                    "period: {e} (expected a date, or two joined by /: 2026-01/2026-05)"
                ));
                None
            }
        });
        if problems.is_empty() {
            Ok(Qualifiers {
                modality,
                per,
                as_of,
                period,
            })
        } else {
            Err(problems)
        }
    }

    /// The marks a table puts beside the value: `2026年1—5月`, `预计`,
    /// `每人`, `as of 2020-05`, in that order; empty for the default.
    pub fn marks(&self) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(p) = &self.period {
            out.push(p.label());
        }
        if self.modality != Modality::Reported {
            out.push(self.modality.label().to_string());
        }
        if let Some(r) = self.per {
            out.push(r.label().to_string());
        }
        if let Some(d) = &self.as_of {
            out.push(format!("as of {}", d.iso()));
        }
        out
    }

    /// A value shown with its qualifiers: `预计 50万吨`, `1200元 每人`,
    /// `8.96亿元 (as of 2020-05)`, `2026年1—5月 2.6亿元` (the period
    /// first, as the text says it).
    pub fn decorate(&self, value: &str) -> String {
        let mut s = String::new();
        if let Some(p) = &self.period {
            s.push_str(&p.label());
            s.push(' ');
        }
        if self.modality != Modality::Reported {
            s.push_str(self.modality.label());
            s.push(' ');
        }
        s.push_str(value);
        if let Some(r) = self.per {
            s.push(' ');
            s.push_str(r.label());
        }
        if let Some(d) = &self.as_of {
            s.push_str(&format!(" (as of {})", d.iso()));
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_read_back_and_unknown_words_list_the_allowed_ones() {
        let q = Qualifiers::from_words(Some("demand"), Some("household"), Some("2020-05"), None)
            .unwrap();
        assert_eq!(q.modality, Modality::Demand);
        assert_eq!(q.per, Some(Rate::Household));
        assert_eq!(q.as_of.as_ref().map(Date::iso).as_deref(), Some("2020-05"));
        assert!(Qualifiers::from_words(None, None, None, None)
            .unwrap()
            .is_default());
        let e = Qualifiers::from_words(Some("hoped"), Some("hour"), Some("May"), Some("2026/05"))
            .unwrap_err();
        assert_eq!(e.len(), 4, "{e:?}");
        assert!(e[0].contains("'hoped'") && e[0].contains("expected, planned"));
        assert!(e[1].contains("'hour'") && e[1].contains("household, person"));
        assert!(e[2].contains("not a date"), "{e:?}");
        assert!(
            e[3].starts_with("period: '2026'") || e[3].contains("'05'"),
            "{e:?}"
        );
        // An as-of date needs a year: one relative to the document's is
        // refused, as records could not keep it.
        let e = Qualifiers::from_words(None, None, Some("Y-1-12"), None).unwrap_err();
        assert!(e[0].contains("relative to the document's year"), "{e:?}");
        // A period may be relative to it (去年, 今年1至5月).
        let q = Qualifiers::from_words(None, None, None, Some("Y+0-01/Y+0-05")).unwrap();
        assert_eq!(
            q.period.as_ref().map(Period::iso).as_deref(),
            Some("Y+0-01/Y+0-05")
        );
        assert!(!q.is_default());
        let e = Qualifiers::from_words(None, None, None, Some("2026-05/2026-01")).unwrap_err();
        assert!(e[0].contains("ends before it starts"), "{e:?}");
    }

    /// An as-of date is stored as schema 3's dates were (year, month,
    /// day, words): the bytes of a record do not change with
    /// `Date::doc_offset`.
    #[test]
    fn an_as_of_date_keeps_its_stored_layout() {
        #[derive(Serialize)]
        struct Old {
            modality: Modality,
            per: Option<Rate>,
            as_of: Option<as_of_layout::Layout>,
        }
        let q = Qualifiers::from_words(None, None, Some("????-05"), None).unwrap();
        let old = Old {
            modality: Modality::Reported,
            per: None,
            as_of: Some((None, Some(5), None, "????-05".into())),
        };
        let bytes = bincode::serialize(&q).unwrap();
        assert_eq!(bytes, bincode::serialize(&old).unwrap());
        assert_eq!(bincode::deserialize::<Qualifiers>(&bytes).unwrap(), q);
        let mut rel = q.clone();
        rel.as_of.as_mut().unwrap().doc_offset = Some(-1);
        assert!(bincode::serialize(&rel).is_err());
    }

    #[test]
    fn codes_and_names_are_one_to_one() {
        for m in Modality::ALL {
            assert_eq!(Modality::from_code(m.code()), Some(m));
            assert_eq!(Modality::from_name(m.name()), Some(m));
        }
        for r in Rate::ALL {
            assert_eq!(Rate::from_name(r.name()), Some(r));
        }
    }

    #[test]
    fn decorations() {
        let q = Qualifiers {
            modality: Modality::Expected,
            ..Qualifiers::default()
        };
        assert_eq!(q.decorate("50万吨"), "预计 50万吨");
        let q = Qualifiers {
            per: Some(Rate::Person),
            ..Qualifiers::default()
        };
        assert_eq!(q.decorate("1200元"), "1200元 每人");
        assert_eq!(Qualifiers::default().decorate("1200元"), "1200元");
        let period = |iso: &str| Qualifiers {
            period: Some(Period::parse_iso(iso).unwrap()),
            ..Qualifiers::default()
        };
        assert_eq!(
            period("2026-01/2026-05").decorate("2.6亿元"),
            "2026年1—5月 2.6亿元"
        );
        assert_eq!(period("Y-1").decorate("1.2万吨"), "去年 1.2万吨");
        assert_eq!(period("Y+0-01/Y+0-09").marks(), ["今年1—9月"]);
        assert_eq!(period("2025").decorate("3亿元"), "2025年 3亿元");
        assert_eq!(
            period("2026-01-28/2026-02-04").decorate("9万人次"),
            "2026年1月28日—2月4日 9万人次"
        );
        assert_eq!(period("2026-05-01/2026-05-05").marks()[0], "2026年5月1—5日");
        assert_eq!(period("2025-12/2026-02").marks()[0], "2025年12月—2026年2月");
    }

    /// A period is no part of the serde layout (records since schema 3
    /// keep theirs); where it is kept it is written apart.
    #[test]
    fn a_period_leaves_the_serde_layout_as_it_was() {
        let plain = Qualifiers {
            modality: Modality::Expected,
            ..Qualifiers::default()
        };
        let with = Qualifiers {
            period: Some(Period::parse_iso("2026").unwrap()),
            ..plain.clone()
        };
        assert_eq!(
            bincode::serialize(&with).unwrap(),
            bincode::serialize(&plain).unwrap()
        );
    }
}
