//! A spooled fact's bincode read by hand (issue 12): bincode through
//! serde took ~1,000 instructions a fact, and every fact of a dump is
//! read back twice (by its document's check and by the facts pass), a
//! sixteenth of a 100K load's instructions. The layout is bincode's with
//! fixed-width integers, as the spool writes it; anything this reader
//! does not take as it is (a wrong tag, bytes left over, text that is not
//! UTF-8) is read again through serde, which says what is wrong.

use super::{same_or_new, utf8, LastFact};
use crate::model::{Bound, Modality, Num, Rate, Unit};
use crate::model::{Date, Fact, Location, Qualifiers, Quantity, Source, Value};
use serde::de::DeserializeOwned;

/// A record's bytes not read yet.
struct Rest<'a>(&'a [u8]);

impl<'a> Rest<'a> {
    fn take<const N: usize>(&mut self) -> Option<[u8; N]> {
        let (head, rest) = self.0.split_first_chunk::<N>()?;
        self.0 = rest;
        Some(*head)
    }

    fn u8(&mut self) -> Option<u8> {
        self.take::<1>().map(|[b]| b)
    }

    fn u32(&mut self) -> Option<u32> {
        self.take().map(u32::from_le_bytes)
    }

    /// A string's or byte string's bytes: its length (a u64), then them.
    fn bytes(&mut self) -> Option<&'a [u8]> {
        let len = usize::try_from(u64::from_le_bytes(self.take()?)).ok()?;
        let (head, rest) = self.0.split_at_checked(len)?;
        self.0 = rest;
        Some(head)
    }

    fn str(&mut self) -> Option<&'a str> {
        utf8(self.bytes()?).ok()
    }

    fn string(&mut self) -> Option<String> {
        self.str().map(str::to_owned)
    }

    fn bool(&mut self) -> Option<bool> {
        match self.u8()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }

    /// An option's tag read, and its value if it has one.
    fn option<T>(&mut self, read: impl FnOnce(&mut Self) -> Option<T>) -> Option<Option<T>> {
        match self.bool()? {
            false => Some(None),
            true => read(self).map(Some),
        }
    }

    fn num(&mut self) -> Option<Num> {
        self.take().map(|b| Num(i128::from_le_bytes(b)))
    }

    fn i32(&mut self) -> Option<i32> {
        self.take().map(i32::from_le_bytes)
    }

    /// A unit-only enum's variant, by its index as serde numbers it.
    fn variant<T: DeserializeOwned>(&mut self) -> Option<T> {
        let index: [u8; 4] = self.take()?;
        bincode::deserialize(&index).ok()
    }
}

/// A spooled fact's fields where they lie in its record: the checker only
/// validates and hashes a fact, so it reads them borrowed rather than as
/// owned strings (half of the decoded facts' allocations of a load).
/// The subject, document and quote are left unchecked as UTF-8: each
/// reader checks them once while they repeat from one fact to the next.
pub(super) struct FactView<'a> {
    pub subject: &'a [u8],
    pub attribute: &'a str,
    pub value: ValueView<'a>,
    pub doc: &'a [u8],
    pub quote: &'a [u8],
    pub extracted: bool,
    pub at: Option<Location>,
    pub background: Option<&'a str>,
    pub qualifiers: Qualifiers,
    /// The record's bytes before its qualifiers: the subject, attribute,
    /// value and source as bincode lays them out.
    pub head: &'a [u8],
}

/// [`Value`] borrowed from a record: a quantity's or date's words apart
/// (its own `text` left empty, which holds no allocation).
pub(super) enum ValueView<'a> {
    Text(&'a str),
    Ref(&'a str),
    Quantity(Quantity, &'a str),
    Date(Date, &'a str),
}

/// The fact spooled as `bytes`, borrowed; `None` where the bytes are not
/// a fact as bincode lays it out.
pub(super) fn view(bytes: &[u8]) -> Option<FactView<'_>> {
    let mut r = Rest(bytes);
    let subject = r.bytes()?;
    let attribute = r.str()?;
    let value = value(&mut r)?;
    let doc = r.bytes()?;
    let quote = r.bytes()?;
    let extracted = r.bool()?;
    let at = r.option(location)?;
    let background = r.option(Rest::str)?;
    let head = &bytes[..bytes.len() - r.0.len()];
    let qualifiers = Qualifiers {
        modality: r.variant::<Modality>()?,
        per: r.option(Rest::variant::<Rate>)?,
        // `as_of` is stored in the layout of `qualifiers::as_of_layout`.
        as_of: r.option(|r| {
            Some(Date {
                year: r.option(Rest::i32)?,
                month: r.option(Rest::u8)?,
                day: r.option(Rest::u8)?,
                text: r.string()?,
                doc_offset: None,
            })
        })?,
        // A period follows them (`qualifiers::with_period`), its dates
        // in `Date`'s own layout.
        period: None,
    };
    let date = |r: &mut Rest<'_>| {
        Some(Date {
            year: r.option(Rest::i32)?,
            month: r.option(Rest::u8)?,
            day: r.option(Rest::u8)?,
            text: r.string()?,
            doc_offset: r.option(|r| r.u8().map(|b| b as i8))?,
        })
    };
    let period = r.option(|r| {
        Some(crate::model::Period {
            start: date(r)?,
            end: r.option(date)?,
        })
    })?;
    let qualifiers = Qualifiers {
        period,
        ..qualifiers
    };
    if !r.0.is_empty() {
        return None;
    }
    Some(FactView {
        subject,
        attribute,
        value,
        doc,
        quote,
        extracted,
        at,
        background,
        qualifiers,
        head,
    })
}

/// The fact spooled as `bytes`, its subject, document and quote shared
/// with `last` as [`super::Record::decode`] shares them; `None` where the
/// bytes are not a fact as bincode lays it out.
pub(super) fn read(bytes: &[u8], last: &mut LastFact) -> Option<Fact> {
    let v = view(bytes)?;
    let source = Source {
        doc: same_or_new(v.doc, &mut last.doc).ok()?,
        quote: same_or_new(v.quote, &mut last.quote).ok()?,
        extracted: v.extracted,
        at: v.at,
        background: v.background.map(str::to_owned),
    };
    Some(Fact {
        subject: same_or_new(v.subject, &mut last.subject).ok()?,
        attribute: v.attribute.to_owned(),
        value: v.value.into_value(),
        source,
        qualifiers: v.qualifiers,
    })
}

impl ValueView<'_> {
    pub(super) fn into_value(self) -> Value {
        match self {
            ValueView::Text(t) => Value::Text(t.to_owned()),
            ValueView::Ref(r) => Value::Ref(r.to_owned()),
            ValueView::Quantity(q, text) => Value::Quantity(Quantity {
                text: text.to_owned(),
                ..q
            }),
            ValueView::Date(d, text) => Value::Date(Date {
                text: text.to_owned(),
                ..d
            }),
        }
    }
}

fn value<'a>(r: &mut Rest<'a>) -> Option<ValueView<'a>> {
    Some(match r.u32()? {
        0 => ValueView::Text(r.str()?),
        1 => ValueView::Ref(r.str()?),
        2 => {
            let (value, upper) = (r.num()?, r.option(Rest::num)?);
            let (unit, bound) = (r.variant::<Unit>()?, r.variant::<Bound>()?);
            let q = Quantity {
                value,
                upper,
                unit,
                bound,
                text: String::new(),
            };
            ValueView::Quantity(q, r.str()?)
        }
        3 => {
            let (year, month, day) = (
                r.option(Rest::i32)?,
                r.option(Rest::u8)?,
                r.option(Rest::u8)?,
            );
            let text = r.str()?;
            let doc_offset = r.option(|r| r.u8().map(|b| b as i8))?;
            let d = Date {
                year,
                month,
                day,
                text: String::new(),
                doc_offset,
            };
            ValueView::Date(d, text)
        }
        _ => return None,
    })
}

fn location(r: &mut Rest) -> Option<Location> {
    Some(Location {
        sentence: r.u32()?,
        start: r.u32()?,
        end: r.u32()?,
        value_start: r.u32()?,
        value_end: r.u32()?,
    })
}

#[cfg(test)]
mod tests {
    use super::super::{fact_by_serde, LastFact};
    use super::read;
    use crate::model::{Bound, Date, Fact, Location, Modality, Num, Quantity, Rate, Unit};
    use crate::model::{Qualifiers, Source, Value};

    fn fact(subject: &str, value: Value, quote: &str) -> Fact {
        Fact {
            subject: subject.into(),
            attribute: "amount".into(),
            value,
            source: Source::curated("news/1.txt", quote),
            qualifiers: Qualifiers::default(),
        }
    }

    /// Facts of every shape a record can have: each value, a position,
    /// background, every qualifier, dates with and without their parts.
    fn every_shape() -> Vec<Fact> {
        let date = |year, month, day, doc_offset| Date {
            year,
            month,
            day,
            text: "去年5月".into(),
            doc_offset,
        };
        let mut facts = vec![
            fact("桃口县", Value::Text("县城".into()), "桃口县是县城。"),
            fact("桃口县", Value::Ref("银山市".into()), "桃口县是县城。"),
            fact(
                "抗疫资金",
                Value::Quantity(Quantity {
                    value: Num(-188_000_000_000_000),
                    upper: Some(Num(i128::MAX)),
                    unit: Unit::Cny,
                    bound: Bound::Range,
                    text: "1.88亿元".into(),
                }),
                "拨付抗疫资金1.88亿元。",
            ),
            fact(
                "抗疫资金",
                Value::Quantity(Quantity::exact(Num(3), Unit::CubicMetre)),
                "拨付抗疫资金1.88亿元。",
            ),
            fact(
                "大桥",
                Value::Date(date(Some(-44), Some(5), None, None)),
                "去年5月通车。",
            ),
            fact(
                "大桥",
                Value::Date(date(None, Some(12), Some(31), Some(-1))),
                "去年5月通车。",
            ),
            fact("大桥", Value::Date(date(None, None, None, Some(9))), ""),
        ];
        let mut placed = fact("大桥", Value::Text("通车".into()), "通车。");
        placed.source.extracted = true;
        placed.source.at = Some(Location {
            sentence: 7,
            start: 1,
            end: u32::MAX,
            value_start: 3,
            value_end: 4,
        });
        facts.push(placed);
        let mut known = fact("义县", Value::Ref("锦州市".into()), "");
        known.source = Source::background("gazetteer.jsonl", "义县 lies in 锦州市");
        facts.push(known);
        for (i, modality) in Modality::ALL.into_iter().enumerate() {
            let mut f = fact("粮食", Value::Text("丰收".into()), "粮食丰收。");
            f.qualifiers = Qualifiers {
                modality,
                per: Rate::ALL.get(i).copied(),
                as_of: (i % 2 == 0).then(|| date(Some(2020), Some(5), None, None)),
                period: (i % 3 == 0).then(|| crate::model::Period {
                    start: date(None, Some(1), None, Some(0)),
                    end: Some(date(None, Some(5), None, Some(0))),
                }),
            };
            facts.push(f);
        }
        facts.extend(Rate::ALL.into_iter().map(|per| {
            let mut f = fact("粮食", Value::Text("丰收".into()), "粮食丰收。");
            f.qualifiers.per = Some(per);
            f
        }));
        facts.extend(Unit::ALL.into_iter().flat_map(|unit| {
            Bound::ALL.into_iter().map(move |bound| {
                let q = Quantity {
                    bound,
                    ..Quantity::exact(Num(1), unit)
                };
                fact("粮食", Value::Quantity(q), "粮食丰收。")
            })
        }));
        facts
    }

    /// Each record read by hand is the fact spooled, and what serde reads
    /// of it, with what is kept from one record to the next the same.
    #[test]
    fn a_record_read_by_hand_is_the_fact_serde_reads() {
        let (mut by_hand, mut by_serde) = (LastFact::default(), LastFact::default());
        for f in every_shape() {
            let bytes = bincode::serialize(&f).unwrap();
            let read = read(&bytes, &mut by_hand);
            assert_eq!(read.as_ref(), Some(&f), "{f:?}");
            assert_eq!(read, Some(fact_by_serde(&bytes, &mut by_serde).unwrap()));
            assert_eq!(by_hand.subject, by_serde.subject);
            assert_eq!(by_hand.doc, by_serde.doc);
            assert_eq!(by_hand.quote, by_serde.quote);
        }
    }

    /// A record read borrowed hashes as the fact it holds (the checker's
    /// fingerprint of a document), and gives back that fact.
    #[test]
    fn a_record_viewed_hashes_and_reads_as_its_fact() {
        use crate::store::Fingerprint;
        let (mut owned, mut viewed) = (
            Fingerprint::new("news/1.txt", None, 0),
            Fingerprint::new("news/1.txt", None, 0),
        );
        let facts = every_shape();
        for f in &facts {
            let bytes = bincode::serialize(f).unwrap();
            let v = super::view(&bytes).unwrap();
            owned.fact(f);
            viewed.fact_bytes(v.head, &v.qualifiers);
            assert_eq!(v.subject, f.subject.as_bytes());
            assert_eq!(v.quote, f.source.quote.as_bytes());
            assert_eq!(v.value.into_value(), f.value);
        }
        assert_eq!(owned.finish(), viewed.finish());
        // A fact hashed with another's bytes does not hash the same.
        let mut other = Fingerprint::new("news/1.txt", None, 0);
        for f in facts.iter().rev() {
            let bytes = bincode::serialize(f).unwrap();
            let v = super::view(&bytes).unwrap();
            other.fact_bytes(v.head, &v.qualifiers);
        }
        let mut again = Fingerprint::new("news/1.txt", None, 0);
        facts.iter().for_each(|f| again.fact(f));
        assert_ne!(other.finish(), again.finish());
    }

    /// A record cut short, with a byte too many, or with a tag out of its
    /// range is left to serde: the load then fails with serde's message.
    #[test]
    fn a_record_not_as_bincode_lays_it_out_is_not_read_by_hand() {
        for f in every_shape() {
            let bytes = bincode::serialize(&f).unwrap();
            for cut in 0..bytes.len() {
                assert_eq!(read(&bytes[..cut], &mut LastFact::default()), None);
            }
            let mut longer = bytes.clone();
            longer.push(0);
            assert_eq!(read(&longer, &mut LastFact::default()), None);
            assert!(fact_by_serde(&longer, &mut LastFact::default()).is_err());
        }
        let mut bytes = bincode::serialize(&every_shape()[0]).unwrap();
        // The value's variant follows the subject and the attribute.
        let at = 8 + "桃口县".len() + 8 + "amount".len();
        bytes[at] = 4;
        assert_eq!(read(&bytes, &mut LastFact::default()), None);
        assert!(fact_by_serde(&bytes, &mut LastFact::default()).is_err());
    }
}
