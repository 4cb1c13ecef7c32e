//! Order-preserving key encoding.
//!
//! Invariant: for two values `a < b` of the same kind, `encode(a) < encode(b)`
//! as byte strings, and no encoding is a prefix of another of the same
//! kind, so a value can be followed by more key parts. Integers are
//! big-endian with the sign bit flipped; strings are escaped (0x00 → 0x00
//! 0xFF) and terminated by 0x00 0x01. bincode is used for record values
//! only, never for keys: it is not order-preserving.

use crate::model::{Bound, Num, Unit};

pub type Eid = u64;
pub type Aid = u32;
pub type DocId = u32;

const TAG_QUANTITY: u8 = 0x10;
const TAG_DATE: u8 = 0x20;
const TAG_REF: u8 = 0x30;
const TAG_TEXT: u8 = 0x40;

/// A value as it sits in a key: references by entity id.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum KeyValue {
    Quantity {
        unit: Unit,
        value: Num,
        bound: crate::model::Bound,
        upper: Option<Num>,
    },
    Date {
        year: Option<i32>,
        month: Option<u8>,
        day: Option<u8>,
    },
    Ref(Eid),
    Text(String),
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
    for &b in s.as_bytes() {
        buf.push(b);
        if b == 0 {
            buf.push(0xFF);
        }
    }
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

    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        if self.buf.len() < n {
            return Err(short());
        }
        let (a, b) = self.buf.split_at(n);
        self.buf = b;
        Ok(a)
    }

    pub fn u8(&mut self) -> Result<u8, String> {
        Ok(self.take(1)?[0])
    }

    pub fn u32(&mut self) -> Result<u32, String> {
        let b = self.take(4)?;
        Ok(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }

    pub fn u64(&mut self) -> Result<u64, String> {
        let b = self.take(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(u64::from_be_bytes(a))
    }

    pub fn i128(&mut self) -> Result<i128, String> {
        let b = self.take(16)?;
        let mut a = [0u8; 16];
        a.copy_from_slice(b);
        Ok((u128::from_be_bytes(a) ^ (1u128 << 127)) as i128)
    }

    pub fn i32(&mut self) -> Result<i32, String> {
        Ok((self.u32()? ^ (1u32 << 31)) as i32)
    }

    pub fn str(&mut self) -> Result<String, String> {
        let mut out = Vec::new();
        let mut i = 0;
        loop {
            match self.buf.get(i) {
                None => return Err(short()),
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

    pub fn value(&mut self) -> Result<KeyValue, String> {
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
                Ok(KeyValue::Date {
                    year: (y != i32::MIN).then_some(y),
                    month: (m != 0).then_some(m),
                    day: (d != 0).then_some(d),
                })
            }
            TAG_REF => Ok(KeyValue::Ref(self.u64()?)),
            TAG_TEXT => Ok(KeyValue::Text(self.str()?)),
            t => Err(format!("unknown value tag {t:#x} in key")),
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
        KeyValue::Date { year, month, day } => {
            buf.push(TAG_DATE);
            put_i32(buf, year.unwrap_or(i32::MIN));
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
    let mut b = Vec::new();
    put_value(&mut b, v);
    b
}

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
    put_u32(&mut k, a);
    put_u64(&mut k, e);
    k.extend_from_slice(v);
    k
}

/// avet: attribute, value, entity.
pub fn avet(a: Aid, v: &[u8], e: Eid) -> Vec<u8> {
    let mut k = Vec::with_capacity(12 + v.len());
    put_u32(&mut k, a);
    k.extend_from_slice(v);
    put_u64(&mut k, e);
    k
}

/// vaet: referenced entity, attribute, referring entity.
pub fn vaet(target: Eid, a: Aid, e: Eid) -> Vec<u8> {
    let mut k = Vec::with_capacity(20);
    put_u64(&mut k, target);
    put_u32(&mut k, a);
    put_u64(&mut k, e);
    k
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
            let d = |y, m| encode_value(&KeyValue::Date { year: Some(y), month: Some(m), day: None });
            prop_assert_eq!((y1, m1).cmp(&(y2, m2)), d(y1, m1).cmp(&d(y2, m2)));
        }
    }

    #[test]
    fn prefix_end_is_exclusive_upper_bound() {
        assert_eq!(prefix_end(&[1, 2]), Some(vec![1, 3]));
        assert_eq!(prefix_end(&[1, 0xFF]), Some(vec![2]));
        assert_eq!(prefix_end(&[0xFF]), None);
    }
}
