//! Typed range scans of avet: the query layer says which values it wants,
//! the store turns that into key bounds (with the encoders of `keys`), so no
//! key byte leaves the store.

use super::keys::{self, Aid, Eid, KeyValue};
use super::Store;
use crate::error::Error;
use crate::model::{Num, Unit};
use std::ops::Bound;

/// Which values of one attribute a range scan reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ValueRange {
    /// Quantities of one unit whose number lies within the bounds, whatever
    /// their qualifier (超, 约, a range's upper end): 超2.4亿元 is keyed at
    /// 2.4亿, and the caller's filter decides on such boundary values.
    Quantity {
        unit: Unit,
        lo: Bound<Num>,
        hi: Bound<Num>,
    },
    /// Exactly this text.
    Text(String),
}

impl Store {
    /// (value, entity) pairs of attribute `a` with a value in `range`, in
    /// value order, from avet.
    pub fn values_in(&self, a: Aid, range: &ValueRange) -> Result<Vec<(KeyValue, Eid)>, Error> {
        let (lo, hi) = key_bounds(range);
        self.value_range(a, lo, hi)
    }
}

/// Value-key bounds (within one attribute) of a typed range.
fn key_bounds(range: &ValueRange) -> (Bound<Vec<u8>>, Bound<Vec<u8>>) {
    use Bound::*;
    // `None` only for a prefix of 0xFF bytes, which no value key starts with.
    let end = |prefix: &[u8]| keys::prefix_end(prefix).map_or(Unbounded, Excluded);
    match range {
        ValueRange::Quantity { unit, lo, hi } => {
            let number = |n: &Num| {
                let mut b = Vec::new();
                keys::quantity_value_prefix(&mut b, *unit, *n);
                b
            };
            let mut unit_start = Vec::new();
            keys::quantity_prefix(&mut unit_start, *unit);
            let lo = match lo {
                Unbounded => Included(unit_start.clone()),
                Included(n) => Included(number(n)),
                // Past every key of that number.
                Excluded(n) => {
                    let at = number(n);
                    keys::prefix_end(&at).map_or(Excluded(at), Included)
                }
            };
            let hi = match hi {
                Unbounded => end(&unit_start),
                Included(n) => end(&number(n)),
                Excluded(n) => Excluded(number(n)),
            };
            (lo, hi)
        }
        ValueRange::Text(t) => {
            let v = keys::encode_value(&KeyValue::Text(t.clone()));
            let hi = end(&v);
            (Included(v), hi)
        }
    }
}
