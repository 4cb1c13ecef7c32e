//! Order-preserving key encoding.
//!
//! Invariant: for two values `a < b` of the same kind, `encode(a) < encode(b)`
//! as byte strings, and no encoding is a prefix of another of the same
//! kind, so a value can be followed by more key parts. Integers are
//! big-endian with the sign bit flipped; strings are escaped (0x00 → 0x00
//! 0xFF) and terminated by 0x00 0x01. bincode is used for record values
//! only, never for keys: it is not order-preserving.
//!
//! Every key layout lives here: the rest of the store builds keys and reads
//! them back only through these functions.

use super::kv::Space;
use crate::model::{Bound, Date, Modality, Num, Period, Qualifiers, Rate, Unit};

/// A key that does not decode: what is wrong with it, for a storage error
/// (a damaged database), never a panic.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DamagedKey(pub String);

impl std::fmt::Display for DamagedKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for DamagedKey {}

impl From<String> for DamagedKey {
    fn from(m: String) -> Self {
        DamagedKey(m)
    }
}

impl From<&str> for DamagedKey {
    fn from(m: &str) -> Self {
        DamagedKey(m.to_string())
    }
}

pub type Eid = u64;
pub type Aid = u32;
pub type DocId = u32;

const TAG_QUANTITY: u8 = 0x10;
const TAG_DATE: u8 = 0x20;
const TAG_REF: u8 = 0x30;
const TAG_TEXT: u8 = 0x40;
/// After a fact's value (eavt, aevt) or after its entity (avet, vaet): the
/// fact's qualifiers, only when they are not the default. A key of the
/// default qualifiers is byte for byte what schema 2 wrote.
const TAG_QUALIFIERS: u8 = 0x51;
/// After a fact key's qualifiers, its period (schema 15).
const TAG_PERIOD: u8 = 0x50;

/// A value as it sits in a key: references by entity id.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum KeyValue {
    Quantity {
        unit: Unit,
        value: Num,
        bound: crate::model::Bound,
        upper: Option<Num>,
    },
    /// A year the document does not print is `None`; one said relative
    /// to the document's (去年) has its `doc_offset`, and its slot in the
    /// key just above an unknown year's (`model::relative_year_slot`).
    Date {
        year: Option<i32>,
        month: Option<u8>,
        day: Option<u8>,
        doc_offset: Option<i8>,
    },
    Ref(Eid),
    Text(String),
}

impl KeyValue {
    /// The quantity a stored value is, with its original words (`text`);
    /// `None` for other values. The one way back from a key to a quantity.
    pub fn quantity(&self, text: &str) -> Option<crate::model::Quantity> {
        match *self {
            KeyValue::Quantity {
                unit,
                value,
                bound,
                upper,
            } => Some(crate::model::Quantity {
                value,
                upper,
                unit,
                bound,
                text: text.to_string(),
            }),
            _ => None,
        }
    }
}

pub fn put_u32(buf: &mut Vec<u8>, v: u32) {
    buf.extend_from_slice(&v.to_be_bytes());
}

pub fn put_u64(buf: &mut Vec<u8>, v: u64) {
    buf.extend_from_slice(&v.to_be_bytes());
}

pub fn put_i128(buf: &mut Vec<u8>, v: i128) {
    buf.extend_from_slice(&((v as u128) ^ (1u128 << 127)).to_be_bytes());
}

pub fn put_i32(buf: &mut Vec<u8>, v: i32) {
    buf.extend_from_slice(&((v as u32) ^ (1u32 << 31)).to_be_bytes());
}

pub fn put_str(buf: &mut Vec<u8>, s: &str) {
    // Copied whole between NULs (most strings have none), not a byte at a
    // time.
    let mut rest = s.as_bytes();
    while let Some(i) = memchr::memchr(0, rest) {
        buf.extend_from_slice(&rest[..=i]);
        buf.push(0xFF);
        rest = &rest[i + 1..];
    }
    buf.extend_from_slice(rest);
    buf.extend_from_slice(&[0x00, 0x01]);
}

pub struct Reader<'a> {
    buf: &'a [u8],
}

fn short() -> String {
    "key ends early".to_string()
}

impl<'a> Reader<'a> {
    pub fn new(buf: &'a [u8]) -> Self {
        Reader { buf }
    }

    pub fn rest(&self) -> &'a [u8] {
        self.buf
    }

    pub fn is_empty(&self) -> bool {
        self.buf.is_empty()
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], DamagedKey> {
        if self.buf.len() < n {
            return Err(short().into());
        }
        let (a, b) = self.buf.split_at(n);
        self.buf = b;
        Ok(a)
    }

    pub fn u8(&mut self) -> Result<u8, DamagedKey> {
        Ok(self.take(1)?[0])
    }

    pub fn u32(&mut self) -> Result<u32, DamagedKey> {
        let b = self.take(4)?;
        Ok(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }

    pub fn u64(&mut self) -> Result<u64, DamagedKey> {
        let b = self.take(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(u64::from_be_bytes(a))
    }

    pub fn i128(&mut self) -> Result<i128, DamagedKey> {
        let b = self.take(16)?;
        let mut a = [0u8; 16];
        a.copy_from_slice(b);
        Ok((u128::from_be_bytes(a) ^ (1u128 << 127)) as i128)
    }

    pub fn i32(&mut self) -> Result<i32, DamagedKey> {
        Ok((self.u32()? ^ (1u32 << 31)) as i32)
    }

    pub fn str(&mut self) -> Result<String, DamagedKey> {
        // Nearly every key text has no NUL byte to unescape: find its end
        // and copy it at once (pushed byte by byte, a growing vector had
        // been ~5% of a warm range query's rows at 1M facts).
        if let Some(n) = self.buf.iter().position(|&b| b == 0) {
            if self.buf.get(n + 1) == Some(&0x01) {
                let text = std::str::from_utf8(&self.buf[..n])
                    .map_err(|_| DamagedKey::from("key text is not UTF-8"))?
                    .to_string();
                self.buf = &self.buf[n + 2..];
                return Ok(text);
            }
        }
        let mut out = Vec::with_capacity(self.buf.len());
        let mut i = 0;
        loop {
            match self.buf.get(i) {
                None => return Err(short().into()),
                Some(0) => match self.buf.get(i + 1) {
                    Some(0xFF) => {
                        out.push(0);
                        i += 2;
                    }
                    Some(0x01) => {
                        self.buf = &self.buf[i + 2..];
                        return String::from_utf8(out).map_err(|_| "key text is not UTF-8".into());
                    }
                    _ => return Err("bad string escape in key".into()),
                },
                Some(&b) => {
                    out.push(b);
                    i += 1;
                }
            }
        }
    }

    /// The qualifiers that end a fact key: the default when the key ends
    /// here.
    pub fn qualifiers(&mut self) -> Result<Qualifiers, DamagedKey> {
        if self.is_empty() {
            return Ok(Qualifiers::default());
        }
        if self.u8()? != TAG_QUALIFIERS {
            return Err("unknown bytes after the value in key".into());
        }
        let modality = Modality::from_code(self.u8()?).ok_or("unknown modality code in key")?;
        let per = match self.str()?.as_str() {
            "" => None,
            name => Some(Rate::from_name(name).ok_or("unknown rate in key")?),
        };
        let as_of = match self.u8()? {
            0 => None,
            _ => {
                let y = self.i32()?;
                let m = self.u8()?;
                let d = self.u8()?;
                let (year, doc_offset) = crate::model::from_year_slot(y);
                if doc_offset.is_some() {
                    return Err("an as-of date relative to the document's year in key".into());
                }
                let mut date = Date {
                    year,
                    month: (m != 0).then_some(m),
                    day: (d != 0).then_some(d),
                    text: String::new(),
                    doc_offset: None,
                };
                date.text = date.iso();
                Some(date)
            }
        };
        // Schema 15: a period after them, when the fact has one (keys of
        // facts without one are as schema 14 wrote them).
        let period = if self.is_empty() {
            None
        } else {
            if self.u8()? != TAG_PERIOD {
                return Err("unknown bytes after the qualifiers in key".into());
            }
            let start = self.period_date()?;
            let end = match self.u8()? {
                0 => None,
                _ => Some(self.period_date()?),
            };
            Some(Period { start, end })
        };
        Ok(Qualifiers {
            modality,
            per,
            as_of,
            period,
        })
    }

    /// One end of a period: year slot (a year relative to the document's
    /// allowed), month, day; no words (a period keeps none).
    fn period_date(&mut self) -> Result<Date, DamagedKey> {
        let (year, doc_offset) = crate::model::from_year_slot(self.i32()?);
        let m = self.u8()?;
        let d = self.u8()?;
        Ok(Date {
            year,
            month: (m != 0).then_some(m),
            day: (d != 0).then_some(d),
            text: String::new(),
            doc_offset,
        })
    }

    pub fn value(&mut self) -> Result<KeyValue, DamagedKey> {
        match self.u8()? {
            TAG_QUANTITY => {
                let unit = Unit::from_code(self.u8()?).ok_or("unknown unit code in key")?;
                let value = Num(self.i128()?);
                let bound = Bound::from_code(self.u8()?).ok_or("unknown bound code in key")?;
                let upper = match self.u8()? {
                    0 => None,
                    _ => Some(Num(self.i128()?)),
                };
                Ok(KeyValue::Quantity {
                    unit,
                    value,
                    bound,
                    upper,
                })
            }
            TAG_DATE => {
                let y = self.i32()?;
                let m = self.u8()?;
                let d = self.u8()?;
                let (year, doc_offset) = crate::model::from_year_slot(y);
                Ok(KeyValue::Date {
                    year,
                    month: (m != 0).then_some(m),
                    day: (d != 0).then_some(d),
                    doc_offset,
                })
            }
            TAG_REF => Ok(KeyValue::Ref(self.u64()?)),
            TAG_TEXT => Ok(KeyValue::Text(self.str()?)),
            t => Err(format!("unknown value tag {t:#x} in key").into()),
        }
    }
}

/// Prefix of every quantity key of one unit: the start of a range scan.
pub fn quantity_prefix(buf: &mut Vec<u8>, unit: Unit) {
    buf.push(TAG_QUANTITY);
    buf.push(unit.code());
}

/// Prefix of the quantity keys of one unit with exactly this value.
pub fn quantity_value_prefix(buf: &mut Vec<u8>, unit: Unit, value: Num) {
    quantity_prefix(buf, unit);
    put_i128(buf, value.0);
}

pub fn text_prefix(buf: &mut Vec<u8>) {
    buf.push(TAG_TEXT);
}

pub fn date_prefix(buf: &mut Vec<u8>) {
    buf.push(TAG_DATE);
}

/// Prefix of every reference value.
pub fn ref_prefix(buf: &mut Vec<u8>) {
    buf.push(TAG_REF);
}

pub fn put_value(buf: &mut Vec<u8>, v: &KeyValue) {
    match v {
        KeyValue::Quantity {
            unit,
            value,
            bound,
            upper,
        } => {
            quantity_value_prefix(buf, *unit, *value);
            buf.push(bound.code());
            match upper {
                None => buf.push(0),
                Some(u) => {
                    buf.push(1);
                    put_i128(buf, u.0);
                }
            }
        }
        KeyValue::Date {
            year,
            month,
            day,
            doc_offset,
        } => {
            buf.push(TAG_DATE);
            put_i32(
                buf,
                year.unwrap_or_else(|| crate::model::relative_year_slot(*doc_offset)),
            );
            buf.push(month.unwrap_or(0));
            buf.push(day.unwrap_or(0));
        }
        KeyValue::Ref(e) => {
            buf.push(TAG_REF);
            put_u64(buf, *e);
        }
        KeyValue::Text(s) => {
            buf.push(TAG_TEXT);
            put_str(buf, s);
        }
    }
}

pub fn encode_value(v: &KeyValue) -> Vec<u8> {
    // Room for the value and a fact's qualifiers after it (`fact_value`):
    // grown a push at a time, it was reallocated twice a fact in a load.
    let room = match v {
        KeyValue::Text(s) => s.len() + 24,
        _ => 48,
    };
    let mut b = Vec::with_capacity(room);
    put_value(&mut b, v);
    b
}

/// The key bytes of a fact's qualifiers: none for the default.
pub fn put_qualifiers(buf: &mut Vec<u8>, q: &Qualifiers) {
    if q.is_default() {
        return;
    }
    buf.push(TAG_QUALIFIERS);
    buf.push(q.modality.code());
    put_str(buf, q.per.map_or("", Rate::name));
    match &q.as_of {
        None => buf.push(0),
        Some(d) => {
            buf.push(1);
            put_i32(buf, d.year.unwrap_or(i32::MIN));
            buf.push(d.month.unwrap_or(0));
            buf.push(d.day.unwrap_or(0));
        }
    }
    if let Some(p) = &q.period {
        buf.push(TAG_PERIOD);
        let put_date = |buf: &mut Vec<u8>, d: &Date| {
            let (y, m, day) = d.key();
            put_i32(buf, y);
            buf.push(m);
            buf.push(day);
        };
        put_date(buf, &p.start);
        match &p.end {
            None => buf.push(0),
            Some(e) => {
                buf.push(1);
                put_date(buf, e);
            }
        }
    }
}

/// What follows entity and attribute in a fact's eavt and aevt keys: its
/// value, then its qualifiers. Two facts that differ only in qualifiers
/// have different keys.
pub fn fact_value(v: &KeyValue, q: &Qualifiers) -> Vec<u8> {
    let mut b = encode_value(v);
    put_qualifiers(&mut b, q);
    b
}

/// Splits a fact's value bytes (`fact_value`) into the value and the
/// qualifier bytes.
fn split_fact_value(venc: &[u8]) -> (&[u8], &[u8]) {
    let mut r = Reader::new(venc);
    match r.value() {
        Ok(_) => venc.split_at(venc.len() - r.rest().len()),
        Err(_) => (venc, &[]),
    }
}

/// The [`eavt`] key of a fact whose value bytes are [`fact_value`]`(v,
/// q)`, built in one vector: those bytes are its tail, from
/// [`EAVT_HEAD`] on (a fact's value bytes in a vector of their own, then
/// copied into its key, were an allocation a fact of a load).
pub fn eavt_fact(e: Eid, a: Aid, v: &KeyValue, q: &Qualifiers) -> Vec<u8> {
    let room = match v {
        KeyValue::Text(s) => s.len() + 24,
        _ => 48,
    };
    let mut k = Vec::with_capacity(EAVT_HEAD + room);
    put_u64(&mut k, e);
    put_u32(&mut k, a);
    put_value(&mut k, v);
    put_qualifiers(&mut k, q);
    k
}

/// Where an [`eavt`] key's value bytes begin (after the entity and the
/// attribute).
pub const EAVT_HEAD: usize = 12;

/// eavt: entity, attribute, value.
pub fn eavt(e: Eid, a: Aid, v: &[u8]) -> Vec<u8> {
    let mut k = Vec::with_capacity(12 + v.len());
    put_u64(&mut k, e);
    put_u32(&mut k, a);
    k.extend_from_slice(v);
    k
}

/// aevt: attribute, entity, value.
pub fn aevt(a: Aid, e: Eid, v: &[u8]) -> Vec<u8> {
    let mut k = Vec::with_capacity(12 + v.len());
    put_aevt(&mut k, a, e, v);
    k
}

/// Appends the [`aevt`] key of (`a`, `e`, `v`) to `buf`.
fn put_aevt(buf: &mut Vec<u8>, a: Aid, e: Eid, v: &[u8]) {
    put_u32(buf, a);
    put_u64(buf, e);
    buf.extend_from_slice(v);
}

/// avet: attribute, value, entity, and the qualifiers of a fact's value
/// bytes last (so a range of values is one range of keys).
pub fn avet(a: Aid, v: &[u8], e: Eid) -> Vec<u8> {
    let mut k = Vec::with_capacity(12 + v.len());
    put_avet(&mut k, a, split_fact_value(v), e);
    k
}

/// Appends the [`avet`] key of a fact's value bytes, split into the value
/// and its qualifiers, to `buf`.
fn put_avet(buf: &mut Vec<u8>, a: Aid, (value, qualifiers): (&[u8], &[u8]), e: Eid) {
    put_u32(buf, a);
    buf.extend_from_slice(value);
    put_u64(buf, e);
    buf.extend_from_slice(qualifiers);
}

/// vaet: referenced entity, attribute, referring entity.
pub fn vaet(target: Eid, a: Aid, e: Eid) -> Vec<u8> {
    let mut k = Vec::with_capacity(20);
    put_vaet(&mut k, target, a, e);
    k
}

/// Appends the [`vaet`] key of (`target`, `a`, `e`) to `buf`.
fn put_vaet(buf: &mut Vec<u8>, target: Eid, a: Aid, e: Eid) {
    put_u64(buf, target);
    put_u32(buf, a);
    put_u64(buf, e);
}

/// The keys of one attribute in aevt and avet.
pub fn attr_prefix(a: Aid) -> Vec<u8> {
    a.to_be_bytes().to_vec()
}

/// The keys of one entity: its facts in eavt, the facts that refer to it
/// in vaet, its record in `entities`.
pub fn entity_prefix(e: Eid) -> Vec<u8> {
    e.to_be_bytes().to_vec()
}

/// The avet keys of one attribute and value: the entities that have it.
pub fn avet_prefix(a: Aid, v: &KeyValue) -> Vec<u8> {
    let mut k = attr_prefix(a);
    put_value(&mut k, v);
    k
}

/// The entries in the derived indexes that one fact implies: aevt and
/// avet always, vaet when the value is a reference. Loading writes them,
/// deleting a fact removes them, `check` expects them.
pub fn index_entries(e: Eid, a: Aid, v: &KeyValue, q: &Qualifiers) -> Vec<(Space, Vec<u8>)> {
    index_entries_of(e, a, v, q, &fact_value(v, q))
}

/// [`index_entries`] of a fact whose value bytes (`fact_value(v, q)`)
/// are made already: the loader has them for its eavt key, and encoding
/// them again was an allocation per fact.
pub fn index_entries_of(
    e: Eid,
    a: Aid,
    v: &KeyValue,
    q: &Qualifiers,
    venc: &[u8],
) -> Vec<(Space, Vec<u8>)> {
    let mut out = Vec::with_capacity(3);
    for space in INDEX_SPACES {
        let mut k = Vec::with_capacity(20 + venc.len());
        if put_index_entry(&mut k, space, (e, a, v, q), venc) {
            out.push((space, k));
        }
    }
    out
}

/// The keyspaces of [`index_entries`], in the order it gives them.
pub const INDEX_SPACES: [Space; 3] = [Space::Aevt, Space::Avet, Space::Vaet];

/// Appends to `buf` the key in `space` (one of [`INDEX_SPACES`]) of the
/// fact (`e`, `a`, `v`, `q`) whose value bytes are `venc`; false (nothing
/// appended) when the fact has none there (`vaet` of a value that is no
/// reference). The loader writes them straight into its pending runs'
/// buffer: a vector per key, copied there and freed, was a tenth of the
/// per-fact work of a load.
pub fn put_index_entry(
    buf: &mut Vec<u8>,
    space: Space,
    (e, a, v, q): (Eid, Aid, &KeyValue, &Qualifiers),
    venc: &[u8],
) -> bool {
    match space {
        Space::Aevt => put_aevt(buf, a, e, venc),
        Space::Avet => {
            // Without qualifiers the value is all of `venc`: splitting it
            // by parsing the value again was over half of this work.
            let split = if q.is_default() {
                (venc, &[][..])
            } else {
                split_fact_value(venc)
            };
            put_avet(buf, a, split, e);
        }
        Space::Vaet => {
            let KeyValue::Ref(target) = v else {
                return false;
            };
            put_vaet(buf, *target, a, e);
            put_qualifiers(buf, q);
        }
        _ => return false,
    }
    true
}

/// Reads an eavt key back: entity, attribute, value (and checks the
/// qualifiers after it).
pub fn parse_eavt(k: &[u8]) -> Result<(Eid, Aid, KeyValue), DamagedKey> {
    parse_eavt_q(k).map(|(e, a, v, _)| (e, a, v))
}

/// Reads an eavt key back with the fact's qualifiers.
pub fn parse_eavt_q(k: &[u8]) -> Result<(Eid, Aid, KeyValue, Qualifiers), DamagedKey> {
    let mut r = Reader::new(k);
    let parsed = (r.u64()?, r.u32()?, r.value()?, r.qualifiers()?);
    end(&r)?;
    Ok(parsed)
}

/// Reads an aevt key back: attribute, entity, value.
pub fn parse_aevt(k: &[u8]) -> Result<(Aid, Eid, KeyValue), DamagedKey> {
    parse_aevt_q(k).map(|(a, e, v, _)| (a, e, v))
}

/// Reads an aevt key back with the fact's qualifiers.
pub fn parse_aevt_q(k: &[u8]) -> Result<(Aid, Eid, KeyValue, Qualifiers), DamagedKey> {
    let mut r = Reader::new(k);
    let parsed = (r.u32()?, r.u64()?, r.value()?, r.qualifiers()?);
    end(&r)?;
    Ok(parsed)
}

/// Reads an avet key back: attribute, value, entity.
pub fn parse_avet(k: &[u8]) -> Result<(Aid, KeyValue, Eid), DamagedKey> {
    let mut r = Reader::new(k);
    let parsed = (r.u32()?, r.value()?, r.u64()?);
    r.qualifiers()?;
    end(&r)?;
    Ok(parsed)
}

/// The entity of an avet key.
pub fn avet_entity(k: &[u8]) -> Result<Eid, DamagedKey> {
    parse_avet(k).map(|(_, _, e)| e)
}

/// Reads a vaet key back: referenced entity, attribute, referring entity.
pub fn parse_vaet(k: &[u8]) -> Result<(Eid, Aid, Eid), DamagedKey> {
    let mut r = Reader::new(k);
    let parsed = (r.u64()?, r.u32()?, r.u64()?);
    r.qualifiers()?;
    end(&r)?;
    Ok(parsed)
}

/// The fact an aevt, avet or vaet key stands for: entity, attribute and
/// the value as it is encoded in the key (for the eavt key to look up).
pub fn parse_index_entry(space: Space, k: &[u8]) -> Result<(Eid, Aid, Vec<u8>), DamagedKey> {
    let mut r = Reader::new(k);
    let parsed = match space {
        Space::Aevt => {
            let a = r.u32()?;
            let e = r.u64()?;
            let venc = r.rest();
            r.value()?;
            r.qualifiers()?;
            (e, a, venc.to_vec())
        }
        Space::Avet => {
            let a = r.u32()?;
            let before = r.rest();
            r.value()?;
            let mut venc = before[..before.len() - r.rest().len()].to_vec();
            let e = r.u64()?;
            venc.extend_from_slice(r.rest());
            r.qualifiers()?;
            (e, a, venc)
        }
        Space::Vaet => {
            let t = r.u64()?;
            let a = r.u32()?;
            let e = r.u64()?;
            let mut venc = encode_value(&KeyValue::Ref(t));
            venc.extend_from_slice(r.rest());
            r.qualifiers()?;
            (e, a, venc)
        }
        other => return Err(format!("{} is not a fact index", other.tree_name()).into()),
    };
    end(&r)?;
    Ok(parsed)
}

fn end(r: &Reader<'_>) -> Result<(), DamagedKey> {
    if r.is_empty() {
        Ok(())
    } else {
        Err("trailing bytes after the key".into())
    }
}

/// The `dict` tags: attribute name → id, id → name; document name → id,
/// id → record.
pub(crate) const DICT_ATTR_BY_NAME: u8 = b'a';
pub(crate) const DICT_ATTR_BY_ID: u8 = b'A';
pub(crate) const DICT_DOC_BY_NAME: u8 = b'd';
pub(crate) const DICT_DOC_BY_ID: u8 = b'D';
/// A document's text, in chunks (schema 6): doc id · chunk number.
pub(crate) const DICT_DOC_TEXT: u8 = b'T';

fn tagged(tag: u8, rest: &[u8]) -> Vec<u8> {
    let mut k = Vec::with_capacity(1 + rest.len());
    k.push(tag);
    k.extend_from_slice(rest);
    k
}

pub fn attr_by_name(name: &str) -> Vec<u8> {
    tagged(DICT_ATTR_BY_NAME, name.as_bytes())
}

pub fn attr_by_id(a: Aid) -> Vec<u8> {
    tagged(DICT_ATTR_BY_ID, &a.to_be_bytes())
}

pub fn doc_by_id(d: DocId) -> Vec<u8> {
    tagged(DICT_DOC_BY_ID, &d.to_be_bytes())
}

/// The key of chunk `i` of document `d`'s text (see `store::text`).
pub fn doc_text_chunk(d: DocId, i: u32) -> Vec<u8> {
    let mut k = doc_text_prefix(d);
    k.extend_from_slice(&i.to_be_bytes());
    k
}

/// The keys of every chunk of document `d`'s text start so.
pub fn doc_text_prefix(d: DocId) -> Vec<u8> {
    tagged(DICT_DOC_TEXT, &d.to_be_bytes())
}

/// The dictionary key of a document. An extracted document is kept apart
/// from a curated one of the same name, so that loading either replaces
/// only what it brought.
pub fn doc_by_name(name: &str, extracted: bool) -> Vec<u8> {
    tagged(DICT_DOC_BY_NAME, doc_name_key(name, extracted).as_bytes())
}

/// The value stored under [`doc_by_name`]: the id of document `name`.
pub fn doc_id_value(v: &[u8], name: &str) -> Result<DocId, crate::error::Error> {
    <[u8; 4]>::try_from(v)
        .map(u32::from_be_bytes)
        .map_err(|_| crate::error::Error::Storage(format!("damaged id of document '{name}'")))
}

/// What follows an extracted document's name in its dictionary key: an
/// extracted document is kept apart from a curated one of the same name,
/// so that loading either replaces only what it brought.
pub const EXTRACTED_MARK: &str = "\0extracted";

/// The dictionary key of a document without its tag byte, as `check`
/// compares it with the name entries it reads.
pub fn doc_name_key(name: &str, extracted: bool) -> String {
    let mut k = name.to_string();
    if extracted {
        k.push_str(EXTRACTED_MARK);
    }
    k
}

/// Prefix of every `dict` key with this tag.
pub fn dict_prefix(tag: u8) -> [u8; 1] {
    [tag]
}

/// A `dict` key split into its tag and the rest.
pub fn parse_dict(k: &[u8]) -> Option<(u8, &[u8])> {
    k.split_first().map(|(t, rest)| (*t, rest))
}

/// What a `doc_index` entry records a document brought.
#[derive(Debug, PartialEq, Eq)]
pub enum DocEntry<'a> {
    /// An entity with facts or a record from the document (one key per
    /// subject: its facts are found through it).
    Subject(Eid),
    /// One fact, by its eavt key: written by earlier versions.
    Fact(&'a [u8]),
}

const DOC_SUBJECT: u8 = b'E';
const DOC_FACT: u8 = b'F';

/// The `doc_index` (and `sentences`) keys of one document.
pub fn doc_prefix(d: DocId) -> Vec<u8> {
    d.to_be_bytes().to_vec()
}

pub fn doc_subject(d: DocId, e: Eid) -> Vec<u8> {
    let mut k = Vec::with_capacity(13);
    k.extend_from_slice(&d.to_be_bytes());
    k.push(DOC_SUBJECT);
    put_u64(&mut k, e);
    k
}

/// The `doc_index` key of one fact, as earlier versions wrote it.
pub fn doc_fact(d: DocId, eavt_key: &[u8]) -> Vec<u8> {
    let mut k = doc_prefix(d);
    k.push(DOC_FACT);
    k.extend_from_slice(eavt_key);
    k
}

/// Reads a `doc_index` key back. `Err` names what is wrong.
pub fn parse_doc_entry(k: &[u8]) -> Result<(DocId, DocEntry<'_>), DamagedKey> {
    let mut r = Reader::new(k);
    let doc = r.u32()?;
    match r.u8()? {
        DOC_SUBJECT => {
            let e = r.u64()?;
            end(&r)?;
            Ok((doc, DocEntry::Subject(e)))
        }
        DOC_FACT => Ok((doc, DocEntry::Fact(r.rest()))),
        t => Err(format!("unknown document index tag {t:#04x}").into()),
    }
}

/// A stored sentence: document, sentence number.
pub fn sentence_key(doc: DocId, n: u32) -> Vec<u8> {
    let mut k = doc_prefix(doc);
    put_u32(&mut k, n);
    k
}

/// The document of a `sentences` key.
pub fn sentence_doc(k: &[u8]) -> Result<DocId, DamagedKey> {
    Reader::new(k).u32()
}

/// The words index (schemas 2–12; the upgrades and their tests write it):
/// word, document, sentence number.
pub fn word_key(word: &str, doc: DocId, n: u32) -> Vec<u8> {
    // Sized once (a word, its end mark, two u32s).
    let mut k = Vec::with_capacity(word.len() + 10);
    put_str(&mut k, word);
    put_u32(&mut k, doc);
    put_u32(&mut k, n);
    k
}

/// The words-index keys of one word (only the key tests read by word
/// since schema 13 dropped the index).
#[cfg(test)]
pub fn word_prefix(word: &str) -> Vec<u8> {
    let mut k = Vec::new();
    put_str(&mut k, word);
    k
}

/// Reads a words-index key back: word, document, sentence number.
pub fn parse_word_key(k: &[u8]) -> Result<(String, DocId, u32), DamagedKey> {
    let mut r = Reader::new(k);
    let parsed = (r.str()?, r.u32()?, r.u32()?);
    end(&r)?;
    Ok(parsed)
}

/// The smallest key greater than every key with this prefix.
pub fn prefix_end(prefix: &[u8]) -> Option<Vec<u8>> {
    let mut p = prefix.to_vec();
    while let Some(last) = p.pop() {
        if last < 0xFF {
            p.push(last + 1);
            return Some(p);
        }
    }
    None
}

/// Ends a fact's eavt key in its `sources` keys: a fact key followed by
/// qualifiers goes on with their tag (never 0), so the sources of
/// `e|a|v` are not taken for those of `e|a|v|qualifiers`, and sources
/// sort in the order of their facts.
const SOURCE_SEP: u8 = 0x00;
/// A `sources` key's doc id and quote hash.
const SOURCE_TAIL: usize = 12;

/// The `sources` keys of one fact (by its eavt key).
pub fn source_prefix(fact: &[u8]) -> Vec<u8> {
    let mut k = Vec::with_capacity(fact.len() + 1 + SOURCE_TAIL);
    k.extend_from_slice(fact);
    k.push(SOURCE_SEP);
    k
}

/// The `sources` keys of one fact's sources in one document: a prefix, so
/// reloading the document deletes a range.
pub fn source_doc_prefix(fact: &[u8], d: DocId) -> Vec<u8> {
    let mut k = source_prefix(fact);
    put_u32(&mut k, d);
    k
}

/// One source of a fact: its document and the hash of its quote (a
/// second source of the same document and quote is the same key).
pub fn source_key(fact: &[u8], d: DocId, quote_hash: u64) -> Vec<u8> {
    let mut k = source_doc_prefix(fact, d);
    put_u64(&mut k, quote_hash);
    k
}

/// A `sources` key read back: the fact's eavt key, the document, the
/// quote hash.
pub fn parse_source_key(k: &[u8]) -> Result<(&[u8], DocId, u64), DamagedKey> {
    let bad = || DamagedKey(format!("a sources key of {} bytes", k.len()));
    let fact_len = k
        .len()
        .checked_sub(SOURCE_TAIL + 1)
        .filter(|n| *n > 0)
        .ok_or_else(bad)?;
    if k[fact_len] != SOURCE_SEP {
        return Err(bad());
    }
    let mut r = Reader::new(&k[fact_len + 1..]);
    let d = r.u32()?;
    let h = r.u64()?;
    Ok((&k[..fact_len], d, h))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn qv(unit: Unit, v: i128) -> KeyValue {
        KeyValue::Quantity {
            unit,
            value: Num(v),
            bound: Bound::Exact,
            upper: None,
        }
    }

    /// Every NUL of a string is escaped, at its start, inside and at its
    /// end, and the string terminated.
    #[test]
    fn a_string_key_escapes_each_nul() {
        for (s, want) in [
            ("", &b"\0\x01"[..]),
            ("ab", b"ab\0\x01"),
            ("\0a\0\0b\0", b"\0\xFFa\0\xFF\0\xFFb\0\xFF\0\x01"),
        ] {
            let mut k = vec![9];
            put_str(&mut k, s);
            assert_eq!(k[1..], *want, "{s:?}");
        }
    }

    proptest! {
        #[test]
        fn i128_order_is_byte_order(a in any::<i128>(), b in any::<i128>()) {
            let (mut x, mut y) = (Vec::new(), Vec::new());
            put_i128(&mut x, a);
            put_i128(&mut y, b);
            prop_assert_eq!(a.cmp(&b), x.cmp(&y));
            prop_assert_eq!(Reader::new(&x).i128().unwrap(), a);
        }

        #[test]
        fn string_order_is_byte_order(a in "\\PC*", b in ".*", sa in proptest::collection::vec(any::<u8>(), 0..8)) {
            let a = format!("{a}{}", String::from_utf8_lossy(&sa));
            let (mut x, mut y) = (Vec::new(), Vec::new());
            put_str(&mut x, &a);
            put_str(&mut y, &b);
            prop_assert_eq!(a.as_bytes().cmp(b.as_bytes()), x.cmp(&y));
            let mut r = Reader::new(&x);
            prop_assert_eq!(r.str().unwrap(), a);
            prop_assert!(r.is_empty());
        }

        #[test]
        fn strings_with_nul_keep_order(a in proptest::collection::vec(0u8..3, 0..6), b in proptest::collection::vec(0u8..3, 0..6)) {
            let a = String::from_utf8(a).unwrap();
            let b = String::from_utf8(b).unwrap();
            let (mut x, mut y) = (Vec::new(), Vec::new());
            put_str(&mut x, &a);
            put_u64(&mut x, 7);
            put_str(&mut y, &b);
            put_u64(&mut y, 3);
            // Order of the composite key is decided by the strings first.
            if a != b {
                prop_assert_eq!(a.cmp(&b), x.cmp(&y));
            }
        }

        #[test]
        fn quantity_order_is_byte_order(a in any::<i64>(), b in any::<i64>(), e1 in any::<u64>(), e2 in any::<u64>()) {
            let x = avet(3, &encode_value(&qv(Unit::Cny, a as i128)), e1);
            let y = avet(3, &encode_value(&qv(Unit::Cny, b as i128)), e2);
            if a != b {
                prop_assert_eq!(a.cmp(&b), x.cmp(&y));
            }
            let mut r = Reader::new(&x[4..]);
            prop_assert_eq!(r.value().unwrap(), qv(Unit::Cny, a as i128));
            prop_assert_eq!(r.u64().unwrap(), e1);
        }

        #[test]
        fn date_order_is_byte_order(y1 in 1900i32..2100, m1 in 1u8..13, y2 in 1900i32..2100, m2 in 1u8..13) {
            let d = |y, m| encode_value(&KeyValue::Date { year: Some(y), month: Some(m), day: None, doc_offset: None });
            prop_assert_eq!((y1, m1).cmp(&(y2, m2)), d(y1, m1).cmp(&d(y2, m2)));
        }
    }

    /// An unknown year sorts first, then years relative to the document's
    /// by their offset, then every dated year; each reads back as itself.
    #[test]
    fn relative_years_sort_between_unknown_and_dated_years() {
        let d = |year, doc_offset| KeyValue::Date {
            year,
            month: Some(6),
            day: None,
            doc_offset,
        };
        let order = [
            d(None, None),
            d(None, Some(-128)),
            d(None, Some(-1)),
            d(None, Some(0)),
            d(None, Some(127)),
            d(Some(1), None),
            d(Some(2025), None),
        ];
        for w in order.windows(2) {
            assert!(encode_value(&w[0]) < encode_value(&w[1]), "{w:?}");
        }
        for v in order {
            assert_eq!(Reader::new(&encode_value(&v)).value().unwrap(), v);
        }
    }

    fn sample_values() -> Vec<KeyValue> {
        vec![
            qv(Unit::Cny, -5),
            KeyValue::Quantity {
                unit: Unit::SquareMetre,
                value: Num(10),
                bound: Bound::Range,
                upper: Some(Num(20)),
            },
            KeyValue::Date {
                year: Some(2023),
                month: None,
                day: None,
                doc_offset: None,
            },
            KeyValue::Date {
                year: None,
                month: Some(3),
                day: None,
                doc_offset: Some(-1),
            },
            KeyValue::Ref(77),
            KeyValue::Text("a\0b 义县".into()),
        ]
    }

    /// Every index entry of a fact reads back as that fact, and only a
    /// reference has a vaet entry.
    #[test]
    fn index_entries_read_back_as_their_fact() {
        for v in sample_values() {
            let (e, a) = (0x0102_0304_0506_0708, 9);
            let entries = index_entries(e, a, &v, &Qualifiers::default());
            let spaces: Vec<Space> = entries.iter().map(|(s, _)| *s).collect();
            let mut want = vec![Space::Aevt, Space::Avet];
            if matches!(v, KeyValue::Ref(_)) {
                want.push(Space::Vaet);
            }
            assert_eq!(spaces, want, "{v:?}");
            for (space, k) in &entries {
                assert_eq!(
                    parse_index_entry(*space, k).unwrap(),
                    (e, a, encode_value(&v)),
                    "{space:?} {v:?}"
                );
            }
            assert_eq!(parse_aevt(&entries[0].1).unwrap(), (a, e, v.clone()));
            assert_eq!(parse_avet(&entries[1].1).unwrap(), (a, v.clone(), e));
            assert_eq!(avet_entity(&entries[1].1).unwrap(), e);
            assert!(entries[1].1.starts_with(&avet_prefix(a, &v)));
            if let KeyValue::Ref(t) = v {
                assert_eq!(parse_vaet(&entries[2].1).unwrap(), (t, a, e));
            }
            assert_eq!(
                parse_eavt(&eavt(e, a, &encode_value(&v))).unwrap(),
                (e, a, v)
            );
        }
    }

    /// The loader's entries from value bytes it made already are those
    /// `index_entries` makes, with and without qualifiers; a word's key
    /// sized up front is the one grown from its prefix.
    #[test]
    fn entries_from_made_value_bytes_are_the_same() {
        let q = Qualifiers {
            modality: Modality::Demand,
            per: Some(Rate::Household),
            as_of: Some(Date::parse_iso("2020-05", "2020-05").unwrap()),
            period: Some(Period::parse_iso("Y+0-01/Y+0-05").unwrap()),
        };
        for v in sample_values() {
            for q in [Qualifiers::default(), q.clone()] {
                let (e, a) = (0x0102_0304_0506_0708, 9);
                let venc = fact_value(&v, &q);
                let entries = index_entries_of(e, a, &v, &q, &venc);
                assert_eq!(entries, index_entries(e, a, &v, &q), "{v:?} {q:?}");
                // Built in one buffer, each is the key of its keyspace's
                // own function.
                let mut want = vec![(Space::Aevt, aevt(a, e, &venc))];
                want.push((Space::Avet, avet(a, &venc, e)));
                if let KeyValue::Ref(t) = v {
                    let mut k = vaet(t, a, e);
                    put_qualifiers(&mut k, &q);
                    want.push((Space::Vaet, k));
                }
                assert_eq!(entries, want, "{v:?} {q:?}");
            }
        }
        for w in ["", "义县", "a\0b"] {
            let mut k = word_prefix(w);
            put_u32(&mut k, 7);
            put_u32(&mut k, 12);
            assert_eq!(word_key(w, 7, 12), k);
        }
    }

    /// A qualified fact's keys read back as the fact with its qualifiers,
    /// differ from the unqualified fact's, and keep the value first so a
    /// value range still finds it.
    #[test]
    fn qualified_index_entries_read_back_with_their_qualifiers() {
        let q = Qualifiers {
            modality: Modality::Demand,
            per: Some(Rate::Household),
            as_of: Some(Date::parse_iso("2020-05", "2020-05").unwrap()),
            period: Some(Period::parse_iso("Y+0-01/Y+0-05").unwrap()),
        };
        for v in sample_values() {
            let (e, a) = (0x0102_0304_0506_0708, 9);
            let plain = index_entries(e, a, &v, &Qualifiers::default());
            let entries = index_entries(e, a, &v, &q);
            let venc = fact_value(&v, &q);
            for ((space, k), (_, p)) in entries.iter().zip(&plain) {
                assert_ne!(k, p, "{space:?} {v:?}");
                assert!(k.starts_with(p), "{space:?}: the qualifiers come last");
                assert_eq!(
                    parse_index_entry(*space, k).unwrap(),
                    (e, a, venc.clone()),
                    "{space:?} {v:?}"
                );
            }
            assert_eq!(
                parse_aevt_q(&entries[0].1).unwrap(),
                (a, e, v.clone(), q.clone())
            );
            assert_eq!(parse_avet(&entries[1].1).unwrap(), (a, v.clone(), e));
            assert_eq!(avet_entity(&entries[1].1).unwrap(), e);
            assert!(entries[1].1.starts_with(&avet_prefix(a, &v)));
            assert_eq!(
                parse_eavt_q(&eavt(e, a, &venc)).unwrap(),
                (e, a, v.clone(), q.clone())
            );
            for q in [&q, &Qualifiers::default()] {
                let k = eavt_fact(e, a, &v, q);
                assert_eq!(k, eavt(e, a, &fact_value(&v, q)), "{v:?} {q:?}");
                assert_eq!(k[EAVT_HEAD..], fact_value(&v, q), "{v:?} {q:?}");
            }
        }
        let mut bad = eavt(1, 2, &fact_value(&KeyValue::Ref(3), &q));
        bad.push(7);
        assert!(parse_eavt(&bad).is_err());
    }

    #[test]
    fn a_stored_quantity_reads_back_as_the_quantity_stored() {
        for text in ["3.48亿元", "1000至1200亩", "约5000万元", "60%", "12家"] {
            let q = crate::model::parse_quantity(text).unwrap();
            let back = crate::store::quantity_key(&q).quantity(&q.text).unwrap();
            assert_eq!(back, q, "{text}");
        }
        assert_eq!(KeyValue::Ref(1).quantity(""), None);
    }

    #[test]
    fn damaged_keys_are_errors_not_panics() {
        let mut long = eavt(1, 2, &encode_value(&KeyValue::Ref(3)));
        long.push(0);
        assert!(parse_eavt(&long).is_err());
        assert!(parse_eavt(&long[..10]).is_err());
        assert!(avet_entity(&[0; 12]).is_err());
        assert!(parse_index_entry(Space::Eavt, &long).is_err());
        assert!(parse_doc_entry(&[0, 0, 0, 1, b'X']).is_err());
        assert!(parse_doc_entry(&[0, 0]).is_err());
    }

    #[test]
    fn document_entries_and_words_read_back() {
        assert_eq!(
            parse_doc_entry(&doc_subject(4, 9)).unwrap(),
            (4, DocEntry::Subject(9))
        );
        let fact = eavt(9, 1, &encode_value(&KeyValue::Ref(2)));
        assert_eq!(
            parse_doc_entry(&doc_fact(4, &fact)).unwrap(),
            (4, DocEntry::Fact(&fact[..]))
        );
        assert!(doc_subject(4, 9).starts_with(&doc_prefix(4)));
        assert_eq!(sentence_doc(&sentence_key(6, 2)).unwrap(), 6);
        let w = word_key("电站", 6, 2);
        assert!(w.starts_with(&word_prefix("电站")));
        assert!(!w.starts_with(&word_prefix("电")));
        assert_eq!(parse_word_key(&w).unwrap(), ("电站".to_string(), 6, 2));
        assert_eq!(
            parse_dict(&attr_by_id(3)),
            Some((DICT_ATTR_BY_ID, &[0, 0, 0, 3][..]))
        );
        assert_ne!(doc_by_name("a", true), doc_by_name("a", false));
    }

    #[test]
    fn prefix_end_is_exclusive_upper_bound() {
        assert_eq!(prefix_end(&[1, 2]), Some(vec![1, 3]));
        assert_eq!(prefix_end(&[1, 0xFF]), Some(vec![2]));
        assert_eq!(prefix_end(&[0xFF]), None);
    }
}
