//! Exact fixed-point numbers.
//!
//! Quantities are stored in base units (yuan, m², W, t, counts) as a signed
//! fixed-point number with six decimal places in an `i128`. Decimal inputs
//! such as 24387.9万元 are therefore exact (243879000 CNY), sums never drift,
//! values are totally ordered, and a value fits a 16-byte order-preserving
//! key. The only inexact conversion is 亩 (2000/3 m²), which rounds to the
//! nearest millionth of a square metre.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Fixed-point number: `self.0 / 1_000_000`.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
pub struct Num(pub i128);

pub const SCALE: i128 = 1_000_000;
const SCALE_DIGITS: usize = 6;

impl Num {
    pub const ZERO: Num = Num(0);

    pub fn from_int(i: i128) -> Option<Num> {
        i.checked_mul(SCALE).map(Num)
    }

    /// Parses `123`, `-4.5`, `0.3075` exactly. More than six decimals is an
    /// error rather than a silent rounding.
    pub fn parse_decimal(s: &str) -> Result<Num, super::ParseError> {
        let (neg, body) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let (int_part, frac_part) = match body.split_once('.') {
            Some((i, f)) => (i, f),
            None => (body, ""),
        };
        if int_part.is_empty() && frac_part.is_empty() {
            return Err(format!("'{s}' is not a number").into());
        }
        if !int_part.bytes().all(|b| b.is_ascii_digit())
            || !frac_part.bytes().all(|b| b.is_ascii_digit())
        {
            return Err(format!("'{s}' is not a number").into());
        }
        let frac_trimmed = frac_part.trim_end_matches('0');
        if frac_trimmed.len() > SCALE_DIGITS {
            return Err(format!("'{s}' has more than {SCALE_DIGITS} decimal places").into());
        }
        let mut v: i128 = 0;
        for b in int_part.bytes() {
            v = v
                .checked_mul(10)
                .and_then(|v| v.checked_add(i128::from(b - b'0')))
                .ok_or_else(|| format!("'{s}' is too large"))?;
        }
        let mut frac: i128 = 0;
        for (i, b) in frac_trimmed.bytes().enumerate() {
            frac += i128::from(b - b'0') * 10i128.pow((SCALE_DIGITS - 1 - i) as u32);
        }
        let v = v
            .checked_mul(SCALE)
            .and_then(|v| v.checked_add(frac))
            .ok_or_else(|| format!("'{s}' is too large"))?;
        Ok(Num(if neg { -v } else { v }))
    }

    pub fn checked_add(self, o: Num) -> Option<Num> {
        self.0.checked_add(o.0).map(Num)
    }

    /// Multiplies by the exact rational `num/den`, rounding half away from
    /// zero to the nearest millionth.
    pub fn mul_ratio(self, num: i128, den: i128) -> Option<Num> {
        let p = self.0.checked_mul(num)?;
        let q = p / den;
        let r = p % den;
        let rounded = if (r.abs() * 2) >= den.abs() {
            q + p.signum() * den.signum()
        } else {
            q
        };
        Some(Num(rounded))
    }

    pub fn is_integer(self) -> bool {
        self.0 % SCALE == 0
    }

    /// Integer part, truncated.
    pub fn trunc(self) -> i128 {
        self.0 / SCALE
    }

    /// `self / 10^k` rounded to `places` decimals, as a decimal string
    /// without trailing zeros.
    pub fn scaled_string(self, k: u32, places: u32) -> String {
        let div = 10i128.pow(k);
        // value in units of 10^-places of the scaled number
        let denom = SCALE * div / 10i128.pow(places);
        let q = self.0 / denom;
        let r = self.0 % denom;
        let q = if r.abs() * 2 >= denom {
            q + self.0.signum()
        } else {
            q
        };
        let neg = q < 0;
        let q = q.abs();
        let p = 10i128.pow(places);
        let int = q / p;
        let frac = q % p;
        let mut s = if neg {
            format!("-{int}")
        } else {
            int.to_string()
        };
        if places > 0 && frac != 0 {
            let f = format!("{:0width$}", frac, width = places as usize);
            s.push('.');
            s.push_str(f.trim_end_matches('0'));
        }
        s
    }
}

impl fmt::Display for Num {
    /// Exact decimal, no trailing zeros: `243879000`, `0.085`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let neg = self.0 < 0;
        let a = self.0.unsigned_abs();
        let int = a / SCALE as u128;
        let frac = a % SCALE as u128;
        if neg {
            f.write_str("-")?;
        }
        write!(f, "{int}")?;
        if frac != 0 {
            let s = format!("{:06}", frac);
            write!(f, ".{}", s.trim_end_matches('0'))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_exactly() {
        assert_eq!(Num::parse_decimal("24387.9").unwrap().0, 24_387_900_000);
        assert_eq!(Num::parse_decimal("0.3075").unwrap().to_string(), "0.3075");
        assert_eq!(Num::parse_decimal("-4.50").unwrap().to_string(), "-4.5");
        assert!(Num::parse_decimal("1.0000001").is_err());
        assert!(Num::parse_decimal("abc").is_err());
        assert!(Num::parse_decimal(".").is_err());
        assert!(Num::parse_decimal("999999999999999999999999999999999999").is_err());
    }

    #[test]
    fn ratio_rounds_half_away() {
        let mu = Num::from_int(1500).unwrap().mul_ratio(2000, 3).unwrap();
        assert_eq!(mu.to_string(), "1000000");
        let one = Num::from_int(1).unwrap().mul_ratio(2000, 3).unwrap();
        assert_eq!(one.to_string(), "666.666667");
    }

    #[test]
    fn scaled_strings() {
        let v = Num::parse_decimal("896355300").unwrap();
        assert_eq!(v.scaled_string(8, 2), "8.96");
        assert_eq!(
            Num::parse_decimal("240000000").unwrap().scaled_string(8, 2),
            "2.4"
        );
        assert_eq!(
            Num::parse_decimal("27700000").unwrap().scaled_string(4, 2),
            "2770"
        );
    }
}
