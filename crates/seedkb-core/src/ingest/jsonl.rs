//! The dump format: one JSON object per line.
//!
//! ```text
//! {"attributes": ["kind", "located_in", "amount", …]}
//! {"document": "a.txt", "content": "…full text…"}
//! {"subject": "义县", "attribute": "kind", "value": "county", "doc": "a.txt", "quote": "…"}
//! {"subject": "义县", "attribute": "alias", "value": "Yi County", "doc": "a.txt", "quote": "…"}
//! {"subject": "X", "attribute": "amount", "value": 243879000, "unit": "CNY",
//!  "bound": "exact", "text": "24387.9万元", "doc": "a.txt", "quote": "…"}
//! {"subject": "X", "attribute": "recipient", "value": {"ref": "义县"}, …}
//! {"subject": "X", "attribute": "date", "value": "2020-05-20", "unit": "date", "text": "5月20日", …}
//! ```
//! A document line of an extracted text carries `"extracted": true`: a
//! curated and an extracted document of one name are two documents, and
//! each line's `extracted` flag says which one it belongs to.
//! A fact line may carry qualifiers, each omitted when default:
//! `"modality"` (reported — the default —, expected, planned, target,
//! demand, estimate, threshold), `"per"` (the rate: household, person, year, month,
//! day, mu, tonne, enterprise, village), `"as_of"` (a date, `2020-05`) and
//! `"period"` (the time the value covers: `2026`, `Y-1`, `2026-01/2026-05`).
//! The same keys are read from a `.facts.toml` fact table.
//! The optional `attributes` line fixes the order attributes are numbered
//! in (and so the column order of answers). `kind` lines create entities,
//! `alias` lines add aliases. A line without
//! `doc`/`quote` gets the file and line as its provenance.

use super::validate::Lines;
use super::{is_snake_case, Problems};
use crate::error::Error;
use crate::model::{
    Bound, Date, DocumentFacts, Entity, Fact, Location, Modality, Num, ParseError, Qualifiers,
    Quantity, Source, Unit, Value,
};

use serde::{Deserialize, Serialize};
use serde_json::Value as Json;
use std::collections::{BTreeMap, HashMap};

pub const ALIAS_ATTR: &str = "alias";

fn num_of(j: &Json) -> Result<Num, ParseError> {
    match j {
        Json::Number(n) => Num::parse_decimal(n.as_str()),
        other => Err(format!("expected a number, found {other}").into()),
    }
}

/// The first line of a dump: the order attributes are numbered in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttributesLine {
    pub attributes: Vec<String>,
}

/// A document's text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentLine {
    pub document: String,
    pub content: String,
    /// The text an extracted document was read from (apart from a curated
    /// document of the same name).
    #[serde(default, skip_serializing_if = "is_false")]
    pub extracted: bool,
}

/// A fact — or an entity's `kind`, or an `alias` — with its source: the
/// one type `seedkb dump` writes and `seedkb load` reads, so the two
/// cannot drift apart. Fields are optional on reading, so that a missing
/// one is reported in words of the format, not serde's.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FactLine {
    #[serde(default)]
    pub subject: String,
    #[serde(default)]
    pub attribute: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upper: Option<Json>,
    #[serde(default)]
    pub value: Option<Json>,
    #[serde(default)]
    pub unit: Option<String>,
    #[serde(default)]
    pub bound: Option<String>,
    #[serde(default)]
    pub text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// Why a curator knows it without the document: given instead of `quote`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub background: Option<String>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub extracted: bool,
    /// Where an extracted fact stands in its document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<Location>,
    /// Qualifiers (model::qualifiers), omitted when default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modality: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// An exact number as JSON (serde_json's arbitrary precision keeps every
/// digit).
pub fn num_json(n: Num) -> Json {
    match n.to_string().parse::<serde_json::Number>() {
        Ok(num) => Json::Number(num),
        Err(_) => Json::String(n.to_string()),
    }
}

impl FactLine {
    /// The line of one value of `subject`'s `attribute`, from `source`.
    pub fn new(subject: &str, attribute: &str, value: &Value, source: &Source) -> FactLine {
        let mut line = FactLine {
            subject: subject.to_string(),
            attribute: attribute.to_string(),
            doc: Some(source.doc.clone()),
            quote: source.background.is_none().then(|| source.quote.clone()),
            background: source.background.clone(),
            extracted: source.extracted,
            at: source.at,
            ..FactLine::default()
        };
        line.value = Some(match value {
            Value::Text(s) => Json::String(s.clone()),
            Value::Ref(n) => serde_json::json!({ "ref": n }),
            Value::Quantity(q) => {
                line.upper = q.upper.map(num_json);
                line.unit = Some(q.unit.symbol().to_string());
                line.bound = Some(q.bound.name().to_string());
                line.text = Some(q.text.clone());
                num_json(q.value)
            }
            Value::Date(d) => {
                line.unit = Some("date".to_string());
                line.text = Some(d.text.clone());
                Json::String(d.iso())
            }
        });
        line
    }

    /// The line with its fact's qualifiers (the default ones write no key).
    pub fn with_qualifiers(mut self, q: &Qualifiers) -> FactLine {
        self.modality = (q.modality != Modality::Reported).then(|| q.modality.name().to_string());
        self.per = q.per.map(|r| r.name().to_string());
        self.as_of = q.as_of.as_ref().map(Date::iso);
        self.period = q.period.as_ref().map(crate::model::Period::iso);
        self
    }

    /// The qualifiers the line states; every unknown word is one message.
    pub fn qualifiers(&self) -> Result<Qualifiers, Vec<String>> {
        Qualifiers::from_words(
            self.modality.as_deref(),
            self.per.as_deref(),
            self.as_of.as_deref(),
            self.period.as_deref(),
        )
    }

    /// The value the line states.
    pub fn value(&self) -> Result<Value, ParseError> {
        value_of(
            self.value.clone().map(JsonIn::of),
            self.unit.as_deref(),
            self.bound.as_deref(),
            self.upper.as_ref(),
            self.text.as_deref(),
        )
    }
}

/// The value a line states by its "value", "unit", "bound", "upper" and
/// "text".
fn value_of(
    value: Option<JsonIn>,
    unit: Option<&str>,
    bound: Option<&str>,
    upper: Option<&Json>,
    text: Option<&str>,
) -> Result<Value, ParseError> {
    let value = value.ok_or("missing \"value\"")?;
    let text = text.unwrap_or_default().to_string();
    match (value, unit) {
        (JsonIn::Ref(r), _) => Ok(Value::Ref(r.into_owned())),
        (JsonIn::Other(Json::Object(mut o)), _) => match o.remove("ref") {
            Some(Json::String(r)) => Ok(Value::Ref(r)),
            _ => Err("an object value must be {\"ref\": NAME}".into()),
        },
        (JsonIn::Num(number), Some(u)) => {
            let unit = Unit::from_symbol(u).ok_or_else(|| {
                format!(
                    "unknown unit '{u}' (expected one of {})",
                    Unit::ALL
                        .iter()
                        .map(|u| u.symbol())
                        .filter(|s| !s.is_empty())
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            })?;
            let bound = match bound {
                None => Bound::Exact,
                Some(b) => Bound::from_name(b).ok_or_else(|| format!("unknown bound '{b}'"))?,
            };
            let upper = match upper {
                Some(u) if !u.is_null() => Some(num_of(u)?),
                _ => None,
            };
            if (bound == Bound::Range) != upper.is_some() {
                return Err("a range needs \"upper\", and only a range has one".into());
            }
            Ok(Value::Quantity(Quantity {
                value: Num::parse_decimal(&number)?,
                upper,
                unit,
                bound,
                text,
            }))
        }
        (JsonIn::Num(_), None) => Err("a number needs a \"unit\"".into()),
        (JsonIn::Str(s), Some("date")) => Ok(Value::Date(Date::parse_iso(&s, &text)?)),
        (JsonIn::Str(s), None) => Ok(Value::Text(s.into_owned())),
        (JsonIn::Str(_), Some(u)) => Err(format!("a text value cannot have unit '{u}'").into()),
        (JsonIn::Other(other), _) => Err(format!("unsupported value {other}").into()),
    }
}

/// A line's "value" as `value_of` reads it: a string, a `{"ref": NAME}`
/// and a number read from the line's text itself (a reference read as a
/// JSON object had been four allocations on every third line), anything
/// else as a JSON value.
enum JsonIn<'a> {
    Str(std::borrow::Cow<'a, str>),
    Ref(std::borrow::Cow<'a, str>),
    /// A number as serde_json's `arbitrary_precision` keeps it: as written
    /// but for an exponent's sign.
    Num(std::borrow::Cow<'a, str>),
    Other(Json),
}

impl JsonIn<'_> {
    fn of(j: Json) -> JsonIn<'static> {
        use std::borrow::Cow;
        match j {
            Json::String(s) => JsonIn::Str(Cow::Owned(s)),
            Json::Number(n) => JsonIn::Num(Cow::Owned(n.as_str().to_string())),
            other => JsonIn::Other(other),
        }
    }
}

/// A line's "value" as read: the JSON text of it, or (a line read the
/// general way) the value.
enum RawIn<'a> {
    Raw(&'a serde_json::value::RawValue),
    /// The JSON text of a value [`fact_line_by_hand`] read (valid JSON).
    Checked(&'a str),
    Json(Json),
}

impl<'de: 'a, 'a> Deserialize<'de> for RawIn<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        <&'de serde_json::value::RawValue>::deserialize(d).map(RawIn::Raw)
    }
}

impl<'a> RawIn<'a> {
    /// The value; a string without escapes and a reference spelt as
    /// `dump` writes it (`{"ref":"NAME"}`) borrowed from the line.
    fn read(self) -> Result<JsonIn<'a>, ParseError> {
        use std::borrow::Cow;
        let raw = match self {
            RawIn::Json(j) => return Ok(JsonIn::of(j)),
            RawIn::Raw(raw) => raw.get(),
            RawIn::Checked(raw) => raw,
        };
        // The text is valid JSON (serde_json read it to find its end).
        let plain = |s: &str| !s.contains(['"', '\\']);
        if let Some(s) = raw.strip_prefix('"').and_then(|r| r.strip_suffix('"')) {
            if plain(s) {
                return Ok(JsonIn::Str(Cow::Borrowed(s)));
            }
        } else if let Some(name) = raw
            .strip_prefix(r#"{"ref":""#)
            .and_then(|r| r.strip_suffix(r#""}"#))
        {
            if plain(name) {
                return Ok(JsonIn::Ref(Cow::Borrowed(name)));
            }
        } else if raw
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'-' || b == b'.')
        {
            // Not one with an exponent, which serde_json writes its own
            // way (1.5e3 as 1.5e+3).
            return Ok(JsonIn::Num(Cow::Borrowed(raw)));
        }
        serde_json::from_str::<Json>(raw)
            .map(JsonIn::of)
            .map_err(|e| format!("not valid JSON: {e}").into())
    }
}

/// A fact line as [`read_item`] reads it: [`FactLine`] with its strings
/// borrowed from the line where they need no unescaping (a line's strings
/// had each been copied into one of their own, then again into the fact,
/// or parsed and dropped: unit, bound, qualifiers).
#[derive(Default, Deserialize)]
struct FactLineIn<'a> {
    #[serde(default, borrow)]
    subject: Text<'a>,
    #[serde(default, borrow)]
    attribute: Text<'a>,
    #[serde(default)]
    upper: Option<Json>,
    #[serde(default, borrow)]
    value: Option<RawIn<'a>>,
    #[serde(default, borrow)]
    unit: Option<Text<'a>>,
    #[serde(default, borrow)]
    bound: Option<Text<'a>>,
    #[serde(default, borrow)]
    text: Option<Text<'a>>,
    #[serde(default, borrow)]
    doc: Option<Text<'a>>,
    #[serde(default, borrow)]
    quote: Option<Text<'a>>,
    #[serde(default, borrow)]
    background: Option<Text<'a>>,
    #[serde(default)]
    extracted: bool,
    #[serde(default)]
    at: Option<Location>,
    #[serde(default, borrow)]
    modality: Option<Text<'a>>,
    #[serde(default, borrow)]
    per: Option<Text<'a>>,
    #[serde(default, borrow)]
    as_of: Option<Text<'a>>,
    #[serde(default, borrow)]
    period: Option<Text<'a>>,
    /// The keys of the other lines: a line with either is read the
    /// general way (a key spelt with escapes is read as these are).
    #[serde(default)]
    attributes: Option<serde::de::IgnoredAny>,
    #[serde(default)]
    document: Option<serde::de::IgnoredAny>,
}

/// A string of a line: borrowed unless it had escapes.
#[derive(Default)]
struct Text<'a>(std::borrow::Cow<'a, str>);

impl<'de: 'a, 'a> Deserialize<'de> for Text<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Text<'de>;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string")
            }

            fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Text<'de>, E> {
                Ok(Text(std::borrow::Cow::Borrowed(s)))
            }

            fn visit_str<E>(self, s: &str) -> Result<Text<'de>, E> {
                Ok(Text(std::borrow::Cow::Owned(s.to_owned())))
            }

            fn visit_string<E>(self, s: String) -> Result<Text<'de>, E> {
                Ok(Text(std::borrow::Cow::Owned(s)))
            }
        }
        d.deserialize_str(Visit)
    }
}

impl Text<'_> {
    fn as_str(&self) -> &str {
        &self.0
    }

    fn into_string(self) -> String {
        self.0.into_owned()
    }
}

fn text_of<'s>(s: &'s Option<Text<'_>>) -> Option<&'s str> {
    s.as_ref().map(Text::as_str)
}

impl From<FactLine> for FactLineIn<'_> {
    fn from(l: FactLine) -> Self {
        let text = |s: Option<String>| s.map(|s| Text(std::borrow::Cow::Owned(s)));
        FactLineIn {
            subject: Text(l.subject.into()),
            attribute: Text(l.attribute.into()),
            upper: l.upper,
            value: l.value.map(RawIn::Json),
            unit: text(l.unit),
            bound: text(l.bound),
            text: text(l.text),
            doc: text(l.doc),
            quote: text(l.quote),
            background: text(l.background),
            extracted: l.extracted,
            at: l.at,
            modality: text(l.modality),
            per: text(l.per),
            as_of: text(l.as_of),
            period: text(l.period),
            attributes: None,
            document: None,
        }
    }
}

/// A fact line read straight into its struct, when it plainly is one: an
/// object with no "attributes" or "document" key, which reads without
/// error. `None`: read the line the general way, through a JSON value,
/// which also says what is wrong with it. (The value first took a third
/// of the time of reading a dump; searching each line for those keys
/// before reading it, a tenth of what reading it took.)
fn fact_line_fast(line: &str) -> Option<FactLineIn<'_>> {
    // The other lines as `dump` writes them, not read twice (a document
    // line holds a whole text).
    if !line.starts_with('{')
        || line.starts_with(r#"{"document""#)
        || line.starts_with(r#"{"attributes""#)
    {
        return None;
    }
    if let Some(row) = fact_line_by_hand(line) {
        return Some(row);
    }
    let row = serde_json::from_str::<FactLineIn>(line).ok()?;
    (row.attributes.is_none() && row.document.is_none()).then_some(row)
}

/// A fact line spelt as `seedkb dump` writes it, read without serde_json:
/// an object without spaces, of the keys below each once; its strings
/// without escapes or control characters (or `null`); its value a string,
/// a `{"ref":"NAME"}` or a number without an exponent; `upper` a number;
/// `at` a location with its keys in the dump's order. `None`: any other
/// line, read by serde_json, which reads these the same (a test compares
/// them on generated lines) and says what is wrong with the others.
/// (serde_json reading each line into its struct had been a tenth of a
/// 100K load's instructions.)
fn fact_line_by_hand<'a>(line: &'a str) -> Option<FactLineIn<'a>> {
    use std::borrow::Cow::Borrowed;
    const KEYS: [&str; 16] = [
        "subject",
        "attribute",
        "upper",
        "value",
        "unit",
        "bound",
        "text",
        "doc",
        "quote",
        "background",
        "extracted",
        "at",
        "modality",
        "per",
        "as_of",
        "period",
    ];
    let b = line.as_bytes();
    if b.first() != Some(&b'{') {
        return None;
    }
    let mut row = FactLineIn::default();
    // The keys read: one given twice fails serde_json's read.
    let mut seen = 0u16;
    let mut at = 1;
    loop {
        let key = plain_string(line, &mut at)?;
        if b.get(at) != Some(&b':') {
            return None;
        }
        at += 1;
        // Another line's key, or a key of no line.
        let k = KEYS.iter().position(|k| *k == key)?;
        if seen & (1 << k) != 0 {
            return None;
        }
        seen |= 1 << k;
        let null = b[at..].starts_with(b"null");
        let mut text = |field: &mut Option<Text<'a>>| -> Option<()> {
            match null {
                true => at += 4,
                false => *field = Some(Text(Borrowed(plain_string(line, &mut at)?))),
            }
            Some(())
        };
        match key {
            "subject" => row.subject = Text(Borrowed(plain_string(line, &mut at)?)),
            "attribute" => row.attribute = Text(Borrowed(plain_string(line, &mut at)?)),
            "upper" => {
                let start = at;
                match null {
                    true => at += 4,
                    false => {
                        plain_number(b, &mut at)?;
                        row.upper = Some(Json::Number(line[start..at].parse().ok()?));
                    }
                }
            }
            "value" => {
                let start = at;
                match b.get(at)? {
                    b'"' => {
                        plain_string(line, &mut at)?;
                    }
                    b'{' => {
                        if !b[at..].starts_with(br#"{"ref":"#) {
                            return None;
                        }
                        at += br#"{"ref":"#.len();
                        plain_string(line, &mut at)?;
                        if b.get(at) != Some(&b'}') {
                            return None;
                        }
                        at += 1;
                    }
                    _ => plain_number(b, &mut at)?,
                }
                row.value = Some(RawIn::Checked(&line[start..at]));
            }
            "unit" => text(&mut row.unit)?,
            "bound" => text(&mut row.bound)?,
            "text" => text(&mut row.text)?,
            "doc" => text(&mut row.doc)?,
            "quote" => text(&mut row.quote)?,
            "background" => text(&mut row.background)?,
            "modality" => text(&mut row.modality)?,
            "per" => text(&mut row.per)?,
            "as_of" => text(&mut row.as_of)?,
            "period" => text(&mut row.period)?,
            "extracted" => {
                let rest = &b[at..];
                (row.extracted, at) = match () {
                    () if rest.starts_with(b"true") => (true, at + 4),
                    () if rest.starts_with(b"false") => (false, at + 5),
                    () => return None,
                };
            }
            _ => match null {
                true => at += 4,
                false => row.at = Some(location(b, &mut at)?),
            },
        }
        match b.get(at)? {
            b',' => at += 1,
            b'}' if at + 1 == b.len() => return Some(row),
            _ => return None,
        }
    }
}

/// A location at `at` spelt as the dump spells it (its keys in order, its
/// numbers plain); `at` is moved past it.
fn location(b: &[u8], at: &mut usize) -> Option<Location> {
    let mut n = [0u32; 5];
    for (i, key) in ["sentence", "start", "end", "value_start", "value_end"]
        .iter()
        .enumerate()
    {
        let open = if i == 0 { b'{' } else { b',' };
        if b.get(*at) != Some(&open) {
            return None;
        }
        *at += 1;
        let quoted = b.get(*at..*at + key.len() + 3)?;
        if quoted[0] != b'"'
            || &quoted[1..=key.len()] != key.as_bytes()
            || &quoted[key.len() + 1..] != b"\":"
        {
            return None;
        }
        *at += key.len() + 3;
        let start = *at;
        plain_number(b, at)?;
        // Not a fraction nor a sign: serde_json reads neither as a `u32`.
        n[i] = std::str::from_utf8(&b[start..*at]).ok()?.parse().ok()?;
    }
    if b.get(*at) != Some(&b'}') {
        return None;
    }
    *at += 1;
    let [sentence, start, end, value_start, value_end] = n;
    Some(Location {
        sentence,
        start,
        end,
        value_start,
        value_end,
    })
}

/// The string whose opening quote is at `at`, if it has no escapes and no
/// control characters; `at` is moved past its closing quote.
fn plain_string<'a>(line: &'a str, at: &mut usize) -> Option<&'a str> {
    let b = line.as_bytes();
    if b.get(*at) != Some(&b'"') {
        return None;
    }
    let start = *at + 1;
    let len = plain_len(b.get(start..)?);
    if b.get(start + len) != Some(&b'"') {
        return None;
    }
    *at = start + len + 1;
    // Both ends are at an ASCII quote: on a character boundary.
    line.get(start..start + len)
}

/// How many bytes of `s` come before its first quote, backslash or
/// control character: eight bytes at a time, as serde_json looks for a
/// string's end (a byte at a time, a dump's Chinese quotes had cost the
/// hand reader most of what it saved).
fn plain_len(s: &[u8]) -> usize {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);
    // A byte of `v` that is zero: its high bit set (and maybe those of
    // the bytes after it, which the first found makes no matter).
    let zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
    let mut chunks = s.chunks_exact(8);
    let mut done = 0;
    for chunk in &mut chunks {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        let v = u64::from_le_bytes(word);
        // Below 0x20: the subtraction borrows and the byte is ASCII.
        let control = v.wrapping_sub(ONES * 0x20) & !v & HIGH;
        let found =
            zero(v ^ (ONES * u64::from(b'"'))) | zero(v ^ (ONES * u64::from(b'\\'))) | control;
        if found != 0 {
            return done + (found.trailing_zeros() / 8) as usize;
        }
        done += 8;
    }
    done + chunks
        .remainder()
        .iter()
        .position(|&c| c == b'"' || c == b'\\' || c < 0x20)
        .unwrap_or(s.len() - done)
}

/// Moves `at` past a number at `at` spelt as JSON spells one, without an
/// exponent: `-?(0|[1-9][0-9]*)(\.[0-9]+)?`.
fn plain_number(b: &[u8], at: &mut usize) -> Option<()> {
    let digits = |at: &mut usize| {
        let n = b[*at..].iter().take_while(|c| c.is_ascii_digit()).count();
        *at += n;
        n
    };
    if b.get(*at) == Some(&b'-') {
        *at += 1;
    }
    let first = *b.get(*at)?;
    match digits(at) {
        0 => return None,
        n if n > 1 && first == b'0' => return None,
        _ => {}
    }
    if b.get(*at) == Some(&b'.') {
        *at += 1;
        if digits(at) == 0 {
            return None;
        }
    }
    Some(())
}

/// Reads a dump; returns one `DocumentFacts` per document named in it.
pub fn parse(
    label: &str,
    src: &str,
    known: &dyn Fn(&str) -> bool,
) -> Result<Vec<DocumentFacts>, Error> {
    parse_lines(label, src.lines(), known)
}

/// Reads the dump in the file at `path` line by line, as [`parse`] reads
/// its text: the file's text is never held whole (at a million facts it
/// was 290 MB beside what it becomes). A file that is not UTF-8 is reported
/// as `encoding::read_text` reports it.
pub fn read(
    path: &std::path::Path,
    known: &dyn Fn(&str) -> bool,
) -> Result<Vec<DocumentFacts>, Error> {
    use std::io::BufRead;
    let label = path.display().to_string();
    let file = std::fs::File::open(path).map_err(|e| Error::Input(format!("{label}: {e}")))?;
    let mut reader = std::io::BufReader::with_capacity(1 << 16, file);
    let mut failed: Option<Error> = None;
    let mut buf = Vec::new();
    let mut first = true;
    let lines = std::iter::from_fn(|| {
        buf.clear();
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => None,
            Ok(_) => {
                if buf.last() == Some(&b'\n') {
                    buf.pop();
                }
                match String::from_utf8(std::mem::take(&mut buf)) {
                    Ok(mut line) => {
                        if std::mem::take(&mut first) && line.starts_with('\u{feff}') {
                            line.drain(..'\u{feff}'.len_utf8());
                        }
                        Some(line)
                    }
                    Err(_) => {
                        // Said with the line and what the bytes look like.
                        failed = Some(match super::encoding::read_text(path) {
                            Err(e) => e,
                            Ok(_) => Error::Input(format!("{label}: not valid UTF-8")),
                        });
                        None
                    }
                }
            }
            Err(e) => {
                failed = Some(Error::Input(format!("{label}: {e}")));
                None
            }
        }
    });
    let parsed = parse_lines(&label, lines, known);
    match failed {
        Some(e) => Err(e),
        None => parsed,
    }
}

/// What one line of a dump is.
pub(crate) enum Item {
    Attributes(Vec<String>),
    Document(DocumentLine),
    /// A kind line: its document (name, extracted; `None`: the document
    /// of the entity or fact line `read_item` was last given the same
    /// `last_doc` for) and its entity, `None` when the line is wrong
    /// (reported) past the point where it names its document.
    Entity(Option<(String, bool)>, Option<Row>),
    /// A fact or alias line, likewise.
    Fact(Option<(String, bool)>, Option<Row>),
}

/// Boxed: the items of a batch of lines are moved into its list and out
/// again, and most are spooled facts (a range); an entity or fact inline
/// made every item ~250 bytes, copied at each move.
pub(crate) enum Row {
    Entity(Box<Entity>),
    Fact(Box<Fact>),
    /// A fact other than an alias row, as its spool record: the range of
    /// the buffer `read_item` was given that holds the bincode of its
    /// [`Fact`] (one buffer for a batch of lines, not a vector per fact).
    Spooled(std::ops::Range<usize>),
}

/// Reads line `n`; what is wrong with it goes to `problems` (`None`: the
/// line is blank, a comment, or wrong before it names a document).
/// `spool`: a fact other than an alias row comes as [`Row::Spooled`],
/// written at its end. `last_doc`: the document of the entity or fact line
/// read before with it, which a line of the same one does not name again
/// (a line's document had been a string of its own on every line).
pub(crate) fn read_item(
    n: usize,
    line: &str,
    file_doc: &str,
    problems: &mut Problems,
    spool: Option<&mut Vec<u8>>,
    last_doc: &mut Option<(String, bool)>,
) -> Option<Item> {
    let line = line.trim();
    if line.is_empty() || line.starts_with('#') {
        return None;
    }
    let row = match fact_line_fast(line) {
        Some(row) => row,
        None => match serde_json::from_str::<Json>(line) {
            Ok(Json::Object(obj)) => {
                // Which kind of line it is, by its first key's name.
                if obj.contains_key("attributes") {
                    return match serde_json::from_value::<AttributesLine>(Json::Object(obj)) {
                        Ok(a) if a.attributes.iter().all(|v| is_snake_case(v)) => {
                            Some(Item::Attributes(a.attributes))
                        }
                        _ => {
                            problems.add(n, "\"attributes\" must be a list of snake_case names");
                            None
                        }
                    };
                }
                if obj.get("document").is_some_and(Json::is_string) {
                    if !obj.get("content").is_some_and(Json::is_string) {
                        problems.add(n, "a document line needs \"content\"");
                        return None;
                    }
                    return match serde_json::from_value::<DocumentLine>(Json::Object(obj)) {
                        Ok(d) => Some(Item::Document(d)),
                        Err(e) => {
                            problems.add(n, format!("not a document line: {e}"));
                            None
                        }
                    };
                }
                match serde_json::from_value::<FactLine>(Json::Object(obj)) {
                    Ok(line) => FactLineIn::from(line),
                    Err(e) => {
                        problems.add(n, format!("not a fact line: {e}"));
                        return None;
                    }
                }
            }
            Ok(_) => {
                problems.add(n, "expected a JSON object");
                return None;
            }
            Err(e) => {
                problems.add(n, format!("not valid JSON: {e}"));
                return None;
            }
        },
    };
    let line = row;
    if line.subject.as_str().is_empty() || line.attribute.as_str().is_empty() {
        problems.add(n, "each line needs \"subject\" and \"attribute\"");
        return None;
    }
    let qualified = line.modality.is_some()
        || line.per.is_some()
        || line.as_of.is_some()
        || line.period.is_some();
    let qualifiers = Qualifiers::from_words(
        text_of(&line.modality),
        text_of(&line.per),
        text_of(&line.as_of),
        text_of(&line.period),
    );
    let FactLineIn {
        subject,
        attribute,
        upper,
        value: json_value,
        unit,
        bound,
        text,
        doc,
        quote,
        background,
        extracted,
        at,
        ..
    } = line;
    let is_kind = attribute.as_str() == crate::model::KIND_ATTR;
    // Read before the line is taken apart (kind lines have no value
    // of their own: the kind is checked below).
    let (json_value, value) = match is_kind {
        true => (json_value, None),
        false => (
            None,
            Some(json_value.map(RawIn::read).transpose().and_then(|v| {
                value_of(
                    v,
                    text_of(&unit),
                    text_of(&bound),
                    upper.as_ref(),
                    text_of(&text),
                )
            })),
        ),
    };
    // Still borrowed from the line where they can be: a fact spooled is
    // encoded from them without a copy of its own.
    use std::borrow::Cow;
    let (doc, quote, background): (Cow<str>, Cow<str>, Option<Cow<str>>) =
        match (doc, quote, background) {
            (_, Some(_), Some(_)) => {
                problems.add(n, "give \"quote\" or \"background\", not both");
                return None;
            }
            (Some(d), Some(q), None) => (d.0, q.0, None),
            (Some(d), None, Some(why)) => (d.0, Cow::Borrowed(""), Some(why.0)),
            (None, None, None) => (
                Cow::Borrowed(file_doc),
                Cow::Owned(format!("{file_doc}:{n}")),
                None,
            ),
            _ => {
                problems.add(
                    n,
                    "give both \"doc\" and \"quote\" (or \"doc\" and \"background\"), or neither",
                );
                return None;
            }
        };
    let key = match last_doc {
        Some((d, e)) if *d == *doc && *e == extracted => None,
        _ => {
            *last_doc = Some((doc.to_string(), extracted));
            last_doc.clone()
        }
    };
    let wrong = |key| match is_kind {
        true => Some(Item::Entity(key, None)),
        false => Some(Item::Fact(key, None)),
    };
    if (is_kind || attribute.as_str() == ALIAS_ATTR) && qualified {
        problems.add(
            n,
            format!(
                "a {} line takes no modality, per, as_of or period (they qualify facts)",
                attribute.as_str()
            ),
        );
        return wrong(key);
    }
    let owned_source = |doc: &str, quote: Cow<str>, background: Option<Cow<str>>| Source {
        doc: doc.to_string(),
        quote: quote.into_owned(),
        extracted,
        at,
        background: background.map(Cow::into_owned),
    };
    if is_kind {
        let Some(Ok(JsonIn::Str(kind))) = json_value.map(RawIn::read) else {
            problems.add(n, "kind must be a string");
            return wrong(key);
        };
        let entity = Entity {
            name: subject.into_string(),
            kind: kind.into_owned(),
            aliases: Vec::new(),
            source: owned_source(&doc, quote, background),
            alias_background: Vec::new(),
        };
        return Some(Item::Entity(key, Some(Row::Entity(Box::new(entity)))));
    }
    let qualifiers = match qualifiers {
        Ok(q) => q,
        Err(errors) => {
            for e in errors {
                problems.add(n, e);
            }
            return wrong(key);
        }
    };
    let value = match value.unwrap_or_else(|| Err("a kind line has no value".into())) {
        Ok(value) => value,
        Err(e) => {
            problems.add(n, e);
            return wrong(key);
        }
    };
    // An alias row is kept whole: the scan gathers it, never spools it.
    let alias = attribute.as_str() == ALIAS_ATTR && matches!(value, Value::Text(_));
    if let Some(bytes) = spool.filter(|_| !alias) {
        let fact = FactRef {
            subject: subject.as_str(),
            attribute: attribute.as_str(),
            value: &value,
            source: SourceRef {
                doc: &doc,
                quote: &quote,
                extracted,
                at: &at,
                background: background.as_deref(),
            },
            qualifiers: &qualifiers,
        };
        let start = bytes.len();
        return match bincode::serialize_into(&mut *bytes, &fact) {
            Ok(()) => Some(Item::Fact(key, Some(Row::Spooled(start..bytes.len())))),
            Err(e) => {
                bytes.truncate(start);
                problems.add(n, format!("the fact could not be encoded: {e}"));
                wrong(key)
            }
        };
    }
    let fact = Fact {
        subject: subject.into_string(),
        attribute: attribute.into_string(),
        value,
        source: owned_source(&doc, quote, background),
        qualifiers,
    };
    Some(Item::Fact(key, Some(Row::Fact(Box::new(fact)))))
}

/// A [`Fact`] borrowed, serialized as the fact itself is (bincode writes
/// a `&str` as it writes a `String`): a fact spooled on a parser thread is
/// encoded from its line's strings, not from copies of them.
#[derive(Serialize)]
struct FactRef<'a> {
    subject: &'a str,
    attribute: &'a str,
    value: &'a Value,
    source: SourceRef<'a>,
    #[serde(with = "crate::model::qualifiers::with_period")]
    qualifiers: &'a Qualifiers,
}

/// [`Source`] as [`FactRef`] borrows it.
#[derive(Serialize)]
struct SourceRef<'a> {
    doc: &'a str,
    quote: &'a str,
    extracted: bool,
    at: &'a Option<Location>,
    background: Option<&'a str>,
}

fn parse_lines<S: AsRef<str>>(
    label: &str,
    lines: impl Iterator<Item = S>,
    known: &dyn Fn(&str) -> bool,
) -> Result<Vec<DocumentFacts>, Error> {
    let mut problems = Problems::new(label);
    // A curated and an extracted document may share a name (art.facts.toml
    // and art.txt): they are kept apart by the lines' "extracted" flag, as
    // the store keeps them, so a dump loads back as it was.
    let mut docs: BTreeMap<(String, bool), DocumentFacts> = BTreeMap::new();
    let mut contents: HashMap<(String, bool), String> = HashMap::new();
    let mut attribute_order: Vec<String> = Vec::new();
    // Lines without doc/quote are documented by this file's name (not the
    // path as typed, so `load a.jsonl` and `load ./a.jsonl` agree).
    let file_doc = std::path::Path::new(label)
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_else(|| label.to_string());
    // Entities first (kind lines), so facts may refer to entities defined
    // further down the file.
    let mut entities: HashMap<String, (String, usize)> = HashMap::new();
    // The line of each fact, per document (parallel to its facts).
    let mut fact_lines: HashMap<(String, bool), Vec<usize>> = HashMap::new();
    let mut entity_lines: HashMap<(String, bool), Vec<usize>> = HashMap::new();
    // (document, entity) pairs with a kind line taken.
    let mut defined: std::collections::HashSet<((String, bool), String)> = Default::default();
    // One pass: each fact line becomes its fact as it is read, its strings
    // moved, not copied (a million lines were held twice, as lines and as
    // facts, with the file).
    let mut last_doc = None;
    for (i, line) in lines.enumerate() {
        let n = i + 1;
        let Some(item) = read_item(
            n,
            line.as_ref(),
            &file_doc,
            &mut problems,
            None,
            &mut last_doc,
        ) else {
            continue;
        };
        let (key, row) = match item {
            Item::Attributes(a) => {
                attribute_order.extend(a);
                continue;
            }
            Item::Document(d) => {
                contents.insert((d.document, d.extracted), d.content);
                continue;
            }
            Item::Entity(key, row) | Item::Fact(key, row) => (key, row),
        };
        // Not named: the line's document is the one `last_doc` holds.
        let Some(key) = key.or_else(|| last_doc.clone()) else {
            continue;
        };
        if !docs.contains_key(&key) {
            docs.insert(
                key.clone(),
                DocumentFacts {
                    doc: key.0.clone(),
                    ..Default::default()
                },
            );
        }
        let entry = docs.get_mut(&key).expect("inserted above");
        let Some(row) = row else { continue };
        match row {
            Row::Entity(entity) => {
                let (subject, kind) = (&entity.name, &entity.kind);
                if let Some((k, line)) = entities.get(subject) {
                    if k != kind {
                        problems.add(
                            n,
                            format!("'{subject}' is a {kind} here but a {k} on line {line}"),
                        );
                        continue;
                    }
                }
                if !entities.contains_key(subject) {
                    entities.insert(subject.clone(), (kind.clone(), n));
                }
                // One entity may come from several documents (a dump writes a
                // kind line per source): each of them keeps it as a source.
                // (A set, not a search of the document's entities: one file of
                // n entities in one document was O(n²).)
                if !defined.insert((key.clone(), subject.clone())) {
                    continue;
                }
                entry.entities.push(*entity);
                entity_lines.entry(key).or_default().push(n);
            }
            Row::Fact(fact) => {
                entry.facts.push(*fact);
                fact_lines.entry(key).or_default().push(n);
            }
            // Not asked for here (no spool was given).
            Row::Spooled(_) => problems.add(n, "a fact was spooled where none is"),
        }
    }
    // The text of a document: the one of its kind, else the other (dumps
    // written before the flag have one document line per name).
    for ((doc, extracted), d) in docs.iter_mut() {
        d.text = [*extracted, !*extracted]
            .into_iter()
            .find_map(|e| contents.get(&(doc.clone(), e)).cloned());
    }
    drop(contents);

    // Aliases become part of their entity (all of its documents: an alias
    // names the entity). An alias the document does not contain keeps its
    // reason with the document of its line, as the store keeps it.
    let mut aliases: HashMap<String, Vec<String>> = HashMap::new();
    type AliasWhy = Vec<(String, String)>;
    let mut alias_background: HashMap<((String, bool), String), AliasWhy> = HashMap::new();
    let mut lines: HashMap<(String, bool), Lines> = HashMap::new();
    for (key, d) in docs.iter_mut() {
        let mut keep = Vec::new();
        let doc_lines = lines.entry(key.clone()).or_default();
        doc_lines.entities = entity_lines.remove(key).unwrap_or_default();
        let numbers = fact_lines.remove(key).unwrap_or_default();
        for (i, f) in std::mem::take(&mut d.facts).into_iter().enumerate() {
            let line = numbers.get(i).copied().unwrap_or(0);
            if f.attribute == ALIAS_ATTR {
                if let Value::Text(a) = &f.value {
                    let list = aliases.entry(f.subject.clone()).or_default();
                    if !list.contains(a) {
                        list.push(a.clone());
                    }
                    if let Some(why) = &f.source.background {
                        alias_background
                            .entry((key.clone(), f.subject.clone()))
                            .or_default()
                            .push((a.clone(), why.clone()));
                    }
                    continue;
                }
            }
            keep.push(f);
            doc_lines.facts.push(line);
        }
        d.facts = keep;
    }
    for (key, d) in docs.iter_mut() {
        for e in &mut d.entities {
            if let Some(a) = aliases.get(&e.name) {
                e.aliases = a.clone();
            }
            if let Some(b) = alias_background.remove(&(key.clone(), e.name.clone())) {
                e.alias_background = b;
            }
        }
    }
    if let Some(((doc, _), name)) = alias_background.into_keys().next() {
        problems.add(
            0,
            format!("background aliases for '{name}', which has no kind line for {doc}"),
        );
    }
    if let Some((name, _)) = aliases
        .into_iter()
        .find(|(name, _)| !entities.contains_key(name))
    {
        problems.add(
            0,
            format!("aliases for '{name}', which has no kind line in this file"),
        );
    }
    let checked: Vec<(DocumentFacts, Lines)> = docs
        .into_iter()
        .map(|(key, d)| {
            let l = lines.remove(&key).unwrap_or_default();
            (d, l)
        })
        .collect();
    super::validate::validate(&checked, known, &mut problems);
    problems.finish()?;
    let mut out: Vec<DocumentFacts> = checked.into_iter().map(|(d, _)| d).collect();
    if let Some(first) = out.first_mut() {
        first.attribute_order = attribute_order;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    /// A line read without a JSON value reads as the general way reads
    /// it: strings with escapes unescaped, and a line with the key of
    /// another kind of line — spelt with an escape too — read as that
    /// line, not as a fact.
    #[test]
    fn a_line_read_straight_reads_as_the_general_way_reads_it() {
        use super::{read_item, Item, Row};
        use crate::ingest::Problems;
        let read = |line: &str| {
            let mut problems = Problems::new("t.jsonl");
            let item = read_item(1, line, "t.jsonl", &mut problems, None, &mut None);
            assert!(problems.finish().is_ok(), "{line}");
            item
        };
        let line = r#"{"subject":"\u725b塔县","attribute":"note","value":"say \"hi\"","doc":"a.txt","quote":"牛塔县\n说"}"#;
        let Some(Item::Fact(key, Some(Row::Fact(f)))) = read(line) else {
            panic!("not a fact: {line}");
        };
        assert_eq!(key, Some(("a.txt".to_string(), false)));
        assert_eq!(f.subject, "牛塔县");
        assert_eq!(f.value, crate::model::Value::Text("say \"hi\"".into()));
        assert_eq!(f.source.quote, "牛塔县\n说");
        let document = r#"{"subject":"x","attribute":"note","value":"v","docum\u0065nt":"a.txt","content":"正文"}"#;
        assert!(
            matches!(read(document), Some(Item::Document(d)) if d.content == "正文"),
            "{document}"
        );
        let attributes = r#"{"subject":"x","attribute":"note","value":"v","attributes":["note"]}"#;
        assert!(
            matches!(read(attributes), Some(Item::Attributes(a)) if a == ["note"]),
            "{attributes}"
        );
    }

    /// Every kind of value survives the one line type both ways: what the
    /// dump writes is what the load reads.
    #[test]
    fn a_fact_read_for_the_spool_is_the_bincode_of_the_fact_read_whole() {
        use super::{read_item, Item, Row};
        use crate::ingest::Problems;
        let mut spool = vec![7u8; 3];
        let mut read = |line: &str, spooled: bool| {
            let mut problems = Problems::new("t.jsonl");
            spool.truncate(3);
            let item = read_item(
                7,
                line,
                "t.jsonl",
                &mut problems,
                spooled.then_some(&mut spool),
                &mut None,
            );
            assert!(problems.finish().is_ok(), "{line}");
            (item, spool.clone())
        };
        let lines = [
            r#"{"subject":"\u725b塔县","attribute":"area","value":20000,"unit":"CNY","bound":"exact","text":"2万元","doc":"a.txt","quote":"牛塔县\n2万元","extracted":true,"at":{"sentence":3,"start":6,"end":12,"value_start":9,"value_end":12},"modality":"planned","per":"year","as_of":"2020-05-31"}"#,
            r#"{"subject":"牛塔县","attribute":"seat","value":{"ref":"牛镇"},"doc":"b.txt","background":"县城所在"}"#,
            r#"{"subject":"牛塔县","attribute":"note","value":"v"}"#,
        ];
        for line in lines {
            let (Some(Item::Fact(key, Some(Row::Fact(f)))), _) = read(line, false) else {
                panic!("not a fact: {line}");
            };
            let (Some(Item::Fact(spooled_key, Some(Row::Spooled(range)))), bytes) =
                read(line, true)
            else {
                panic!("not spooled: {line}");
            };
            assert_eq!(spooled_key, key, "{line}");
            assert_eq!(range, 3..bytes.len(), "{line}");
            assert_eq!(bytes[range], bincode::serialize(&f).unwrap(), "{line}");
        }
        // An alias row is gathered by the scan, not spooled.
        let alias = r#"{"subject":"牛塔县","attribute":"alias","value":"牛塔","doc":"a.txt","quote":"牛塔"}"#;
        assert!(
            matches!(
                read(alias, true),
                (Some(Item::Fact(_, Some(Row::Fact(_)))), _)
            ),
            "{alias}"
        );
    }

    /// A value read from the line's text (a plain string, a reference as
    /// `dump` spells it, a number) is the value read through a JSON value,
    /// and so is every other spelling; a line of the document of the line
    /// before it does not name it again.
    #[test]
    fn a_value_read_from_the_line_is_the_value_read_as_json() {
        use super::{read_item, FactLine, Item, Row};
        use crate::ingest::Problems;
        let values = [
            r#""v""#,
            r#""""#,
            r#""say \"hi\"""#,
            r#""\u725b""#,
            r#"{"ref":"牛镇"}"#,
            r#"{ "ref" : "牛镇" }"#,
            r#"{"ref":"牛\"镇"}"#,
            r#"{"ref":"牛镇","x":1}"#,
            r#"{"ref":1}"#,
            r#"{"x":"牛镇"}"#,
            "20000",
            "-0.50",
            "1.5e3",
            "12345678901234567890.123456",
            "true",
            "null",
            "[1]",
        ];
        for unit in ["", r#","unit":"CNY""#, r#","unit":"date""#] {
            for value in values {
                let line = format!(
                    r#"{{"subject":"牛塔县","attribute":"note","value":{value}{unit},"doc":"a.txt","quote":"牛塔县"}}"#
                );
                let mut problems = Problems::new("t.jsonl");
                let item = read_item(3, &line, "t.jsonl", &mut problems, None, &mut None);
                let read = match item {
                    Some(Item::Fact(_, Some(Row::Fact(f)))) => Ok(f.value),
                    _ => Err(problems.finish().unwrap_err().to_string()),
                };
                let whole: FactLine = serde_json::from_str(&line).unwrap();
                match (read, whole.value()) {
                    (Ok(read), Ok(whole)) => assert_eq!(read, whole, "{line}"),
                    (Err(read), Err(whole)) => assert!(read.contains(&whole.0), "{line}: {read}"),
                    (read, whole) => panic!("{line}: {read:?} but {whole:?}"),
                }
            }
        }
        let mut last = None;
        let mut key = |doc: &str| {
            let line = format!(
                r#"{{"subject":"x","attribute":"note","value":"v","doc":"{doc}","quote":"q"}}"#
            );
            let mut problems = Problems::new("t.jsonl");
            match read_item(1, &line, "t.jsonl", &mut problems, None, &mut last) {
                Some(Item::Fact(key, _)) => key,
                _ => panic!("not a fact: {line}"),
            }
        };
        assert_eq!(key("a.txt"), Some(("a.txt".to_string(), false)));
        assert_eq!(key("a.txt"), None);
        assert_eq!(key("b.txt"), Some(("b.txt".to_string(), false)));
        assert_eq!(key("a.txt"), Some(("a.txt".to_string(), false)));
    }

    #[test]
    fn a_fact_line_reads_back_the_value_it_was_written_from() {
        use super::*;
        let source = Source {
            doc: "a.txt".into(),
            quote: "甲县投资400元至1000元".into(),
            extracted: true,
            at: Some(Location {
                sentence: 2,
                start: 10,
                end: 40,
                value_start: 20,
                value_end: 30,
            }),
            background: None,
        };
        let values = [
            Value::Text("county".into()),
            Value::Ref("甲县".into()),
            Value::Quantity(crate::model::parse_quantity("400元至1000元").unwrap()),
            Value::Quantity(crate::model::parse_quantity("超2.4亿元").unwrap()),
            Value::Date(Date::parse_iso("2020-05-20", "5月20日").unwrap()),
        ];
        for v in values {
            let written = serde_json::to_string(&FactLine::new("甲县", "x", &v, &source)).unwrap();
            let read: FactLine = serde_json::from_str(&written).unwrap();
            assert_eq!(read.value().unwrap(), v, "{written}");
            assert_eq!(read.at, source.at, "{written}");
            assert!(read.extracted && read.doc.as_deref() == Some("a.txt"));
        }
    }

    /// Background knowledge reads back as such: a fact line and an alias
    /// line with `background` instead of `quote`; not both.
    #[test]
    fn background_lines_read_back_as_background() {
        let src = "{\"subject\":\"甲县\",\"attribute\":\"kind\",\"value\":\"county\",\"doc\":\"a.txt\",\"quote\":\"甲县\"}\n\
                   {\"subject\":\"甲县\",\"attribute\":\"alias\",\"value\":\"Jia County\",\"doc\":\"a.txt\",\"background\":\"English name\"}\n\
                   {\"subject\":\"甲县\",\"attribute\":\"alias\",\"value\":\"甲\",\"doc\":\"a.txt\",\"quote\":\"甲县\"}\n\
                   {\"subject\":\"甲县\",\"attribute\":\"province\",\"value\":\"辽宁省\",\"doc\":\"a.txt\",\"background\":\"atlas\"}\n";
        let docs = super::parse("d.jsonl", src, &|_| false).unwrap();
        let e = &docs[0].entities[0];
        assert_eq!(e.aliases, ["Jia County", "甲"]);
        assert_eq!(
            e.alias_background,
            [("Jia County".to_string(), "English name".to_string())]
        );
        let f = &docs[0].facts[0];
        assert_eq!(
            (f.source.quote.as_str(), f.source.background.as_deref()),
            ("", Some("atlas"))
        );
        // Written back, the line has a background and no quote.
        let line = super::FactLine::new("甲县", "province", &f.value, &f.source);
        assert_eq!(
            (line.quote, line.background.as_deref()),
            (None, Some("atlas"))
        );
        let both = "{\"subject\":\"甲县\",\"attribute\":\"kind\",\"value\":\"county\",\"doc\":\"a.txt\",\"quote\":\"甲县\",\"background\":\"x\"}\n";
        let e = super::parse("d.jsonl", both, &|_| false)
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("d.jsonl:1: give \"quote\" or \"background\", not both"),
            "{e}"
        );
    }

    /// Qualifiers are written only when they are not the default, read
    /// back as written, and an unknown word is an error at its line that
    /// names the allowed ones.
    #[test]
    fn qualifiers_round_trip_and_unknown_ones_are_errors() {
        use super::*;
        use crate::model::Rate;
        let source = Source::curated("a.txt", "q");
        let v = Value::Quantity(crate::model::parse_quantity("1200元").unwrap());
        let plain = FactLine::new("甲", "x", &v, &source).with_qualifiers(&Qualifiers::default());
        let written = serde_json::to_string(&plain).unwrap();
        assert!(
            !written.contains("modality") && !written.contains("per") && !written.contains("as_of"),
            "{written}"
        );
        let q = Qualifiers {
            modality: Modality::Demand,
            per: Some(Rate::Household),
            as_of: Some(Date::parse_iso("2020-05-20", "2020-05-20").unwrap()),
            period: Some(crate::model::Period::parse_iso("2020-01/2020-05").unwrap()),
        };
        let line = FactLine::new("甲", "x", &v, &source).with_qualifiers(&q);
        let written = serde_json::to_string(&line).unwrap();
        assert!(
            written.contains(
                r#""modality":"demand","per":"household","as_of":"2020-05-20","period":"2020-01/2020-05""#
            ),
            "{written}"
        );
        let read: FactLine = serde_json::from_str(&written).unwrap();
        assert_eq!(read.qualifiers().unwrap(), q);

        let src = "{\"subject\":\"甲\",\"attribute\":\"kind\",\"value\":\"county\"}\n\
                   {\"subject\":\"甲\",\"attribute\":\"x\",\"value\":1,\"unit\":\"CNY\",\"modality\":\"wish\"}\n";
        let e = super::parse("d.jsonl", src, &|_| false)
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("d.jsonl:2: unknown modality 'wish' (expected one of reported, expected"),
            "{e}"
        );
        let src =
            "{\"subject\":\"甲\",\"attribute\":\"kind\",\"value\":\"county\",\"per\":\"person\"}\n";
        let e = super::parse("d.jsonl", src, &|_| false)
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("d.jsonl:1: a kind line takes no modality, per, as_of or period"),
            "{e}"
        );
    }

    /// Many entities of one document, each kind line given twice: every
    /// entity once (checked with a set, so this is linear).
    #[test]
    fn repeated_kind_lines_give_one_entity_each() {
        let mut src = String::new();
        for i in 0..20_000 {
            for _ in 0..2 {
                src.push_str(&format!(
                    "{{\"subject\":\"e{i}\",\"attribute\":\"kind\",\"value\":\"thing\",\"doc\":\"a.txt\",\"quote\":\"q\"}}\n"
                ));
            }
        }
        let docs = super::parse("big.jsonl", &src, &|_| false).unwrap();
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].entities.len(), 20_000);
    }

    use proptest::strategy::Strategy as _;

    proptest::proptest! {
        /// Eight bytes at a time finds what a byte at a time finds.
        #[test]
        fn a_strings_plain_length_is_found_as_a_byte_at_a_time(
            s in proptest::collection::vec(
                proptest::prop_oneof![
                    8 => 0x80u8..=0xff,
                    4 => 0x20u8..0x80,
                    1 => proptest::sample::select(vec![b'"', b'\\', 0, 0x1f, 0x20, 0x21, 0x7f, 0x5b, 0x5d]),
                ],
                0..40,
            )
        ) {
            let slow = s.iter().position(|&c| c == b'"' || c == b'\\' || c < 0x20).unwrap_or(s.len());
            proptest::prop_assert_eq!(super::plain_len(&s), slow);
        }
    }

    /// What a fact line read as a struct holds, to compare two reads.
    fn read_as(r: &super::FactLineIn) -> String {
        use super::RawIn;
        let t = |t: &Option<super::Text>| t.as_ref().map(|t| t.as_str().to_string());
        let value = r.value.as_ref().map(|v| match v {
            RawIn::Raw(raw) => raw.get().to_string(),
            RawIn::Checked(raw) => raw.to_string(),
            RawIn::Json(j) => j.to_string(),
        });
        format!(
            "{:?} {:?}",
            (
                r.subject.as_str(),
                r.attribute.as_str(),
                value,
                r.upper.as_ref().map(|u| u.to_string()),
                t(&r.unit),
                t(&r.bound),
                t(&r.text),
                t(&r.doc),
            ),
            (
                t(&r.quote),
                t(&r.background),
                r.extracted,
                r.at,
                t(&r.modality),
                t(&r.per),
                t(&r.as_of),
                t(&r.period),
                (r.attributes.is_some(), r.document.is_some()),
            )
        )
    }

    /// Every fact line `seedkb dump` writes without a location is read by
    /// hand, as serde_json reads it.
    #[test]
    fn the_dumps_fact_lines_are_read_by_hand_as_serde_json_reads_them() {
        use super::{fact_line_by_hand, FactLine, FactLineIn};
        use crate::model::{Bound, Date, Num, Quantity, Source, Unit, Value};
        let quantity = |value: &str, upper: Option<&str>, bound| {
            Value::Quantity(Quantity {
                value: Num::parse_decimal(value).unwrap(),
                upper: upper.map(|u| Num::parse_decimal(u).unwrap()),
                unit: Unit::from_symbol("CNY").unwrap(),
                bound,
                text: "2万元".into(),
            })
        };
        let values = [
            Value::Text("生态保护".into()),
            Value::Text(String::new()),
            Value::Ref("牛镇".into()),
            quantity("20000", None, Bound::Exact),
            quantity("-0.5", None, Bound::About),
            quantity("782000.000000", None, Bound::Exact),
            Value::Date(Date::parse_iso("2016-08-14", "2016年8月14日").unwrap()),
        ];
        let mut curated = Source::curated("news/1.txt", "牛塔县拨付2万元。");
        let mut lines = Vec::new();
        for v in &values {
            for extracted in [false, true] {
                curated.extracted = extracted;
                let line = FactLine::new("牛塔县", "amount", v, &curated);
                let qualified = FactLine::new("牛塔县", "amount", v, &curated).with_qualifiers(
                    &crate::model::Qualifiers::from_words(
                        Some("planned"),
                        Some("year"),
                        Some("2020-05"),
                        Some("Y-1-01/Y-1-06"),
                    )
                    .unwrap(),
                );
                lines.push(line);
                lines.push(qualified);
            }
        }
        curated.at = Some(crate::model::Location {
            sentence: 3,
            start: 0,
            end: 4_294_967_295,
            value_start: 9,
            value_end: 12,
        });
        lines.push(FactLine::new("牛塔县", "amount", &values[3], &curated));
        let range = quantity("1.5", Some("20000"), Bound::Range);
        lines.push(FactLine::new("牛塔县", "amount", &range, &curated));
        let mut background = Source::curated("news/1.txt", "");
        background.background = Some("县城所在".into());
        lines.push(FactLine::new(
            "牛塔县",
            "seat",
            &Value::Ref("牛镇".into()),
            &background,
        ));
        for line in lines {
            let line = serde_json::to_string(&line).unwrap();
            let by_hand = fact_line_by_hand(&line).unwrap_or_else(|| panic!("not by hand: {line}"));
            let read: FactLineIn = serde_json::from_str(&line).unwrap();
            assert_eq!(read_as(&by_hand), read_as(&read), "{line}");
        }
    }

    /// A JSON string: mostly plain, at times with escapes, control
    /// characters, or not closed.
    fn json_string() -> impl proptest::strategy::Strategy<Value = String> {
        proptest::prop_oneof![
            30 => "[a-z甲县0-9 /]{0,5}".prop_map(|s| format!("\"{s}\"")),
            1 => "[a-z甲\"\\\\\n\t/]{0,4}".prop_map(|s| serde_json::to_string(&s).unwrap()),
            1 => "[a\t\u{1}\u{7f}]{1,3}".prop_map(|s| format!("\"{s}\"")),
            1 => proptest::strategy::Just("\"a".to_string()),
        ]
    }

    /// A JSON number: mostly as JSON spells one, at times not.
    fn json_number() -> impl proptest::strategy::Strategy<Value = String> {
        proptest::prop_oneof![
            20 => "-?(0|[1-9][0-9]{0,3})(\\.[0-9]{1,3})?",
            1 => "-?[0-9]{0,4}(\\.[0-9]{0,3})?([eE][-+]?[0-9]{1,2})?",
            1 => proptest::sample::select(vec!["01", "1.", "-", ".5", "-0", "00", "1.5e3", "+1"])
                .prop_map(str::to_string),
        ]
    }

    /// A location: mostly as the dump spells one.
    fn json_location() -> impl proptest::strategy::Strategy<Value = String> {
        (
            proptest::collection::vec(
                proptest::prop_oneof![
                    20 => "0|[1-9][0-9]{0,3}",
                    1 => proptest::sample::select(vec![
                        "01", "-1", "1.0", "4294967295", "4294967296", "1e2", "\"1\"", "null",
                    ])
                    .prop_map(str::to_string),
                ],
                5..=5,
            ),
            proptest::prop_oneof![
                20 => proptest::strategy::Just(["sentence", "start", "end", "value_start", "value_end"]),
                1 => proptest::strategy::Just(["start", "sentence", "end", "value_start", "value_end"]),
                1 => proptest::strategy::Just(["sentence", "start", "end", "value_start", "x"]),
                1 => proptest::strategy::Just(["sentence", "start", "end", "start", "value_end"]),
            ],
        )
            .prop_map(|(n, keys)| {
                let pairs: Vec<String> = keys
                    .iter()
                    .zip(n)
                    .map(|(k, n)| format!("\"{k}\":{n}"))
                    .collect();
                format!("{{{}}}", pairs.join(","))
            })
    }

    /// A key and a value of the kind it takes, at times of another kind or
    /// no JSON at all, with what joins them.
    fn json_pair() -> impl proptest::strategy::Strategy<Value = String> {
        let key = proptest::prop_oneof![
            30 => proptest::sample::select(vec![
                "subject", "attribute", "value", "unit", "bound", "text", "doc", "quote",
                "background", "extracted", "modality", "per", "as_of", "period", "at", "upper",
            ]),
            1 => proptest::sample::select(vec![
                "document", "attributes", "content", "x", "sub\\u006aect", "", "Subject", "at ",
            ]),
        ];
        let odd = proptest::sample::select(vec![
            "true",
            "false",
            "null",
            "[1]",
            "{}",
            r#"{"ref":"x","y":1}"#,
            r#"{ "ref":"x"}"#,
            r#"{"ref":1}"#,
            r#"{"ref":"x"} "#,
            "tru",
            "nul",
            "truex",
            r#"{"ref":"x"}}"#,
            "\"\"",
        ])
        .prop_map(str::to_string);
        let reference = json_string().prop_map(|s| format!(r#"{{"ref":{s}}}"#));
        let colon = proptest::prop_oneof![30 => proptest::strategy::Just(":"), 1 => proptest::strategy::Just(" : "), 1 => proptest::strategy::Just("")];
        (
            key,
            (
                json_string(),
                json_number(),
                reference,
                json_location(),
                odd,
            ),
            0u8..40,
            colon,
        )
            .prop_map(
                |(key, (string, number, reference, location, odd), pick, colon)| {
                    let value = match (key, pick) {
                        (_, 0..=1) => odd,
                        (_, 2) => "null".to_string(),
                        (_, 3) => number.clone(),
                        ("value", p) => [string, number, reference][usize::from(p % 3)].clone(),
                        ("upper", _) => number,
                        ("at", _) => location,
                        ("extracted", p) => ["true", "false"][usize::from(p % 2)].to_string(),
                        _ => string,
                    };
                    format!("\"{key}\"{colon}{value}")
                },
            )
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]
        /// A line the hand reader reads, serde_json reads the same; lines
        /// of every key, spelt with and without escapes, spaces, repeats,
        /// values of every JSON kind and numbers of every spelling.
        #[test]
        fn a_fact_line_read_by_hand_is_the_line_serde_json_reads(
            pairs in proptest::collection::vec(json_pair(), 0..7),
            comma in proptest::prop_oneof![30 => proptest::strategy::Just(","), 1 => proptest::strategy::Just(", "), 1 => proptest::strategy::Just(",,")],
            end in proptest::prop_oneof![30 => proptest::strategy::Just("}"), 1 => proptest::sample::select(vec!["} ", "}x", "},", "", "}}"])],
        ) {
            let line = format!("{{{}{end}", pairs.join(comma));
            if let Some(by_hand) = super::fact_line_by_hand(&line) {
                let read = serde_json::from_str::<super::FactLineIn>(&line);
                proptest::prop_assert!(read.is_ok(), "{line}: {:?}", read.err());
                proptest::prop_assert_eq!(read_as(&by_hand), read_as(&read.unwrap()), "{}", line);
            }
        }
    }
}
