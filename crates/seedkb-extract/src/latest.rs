//! The names said so far in a document, each by its latest mention only
//! (issue 15): looking back for the last name with some ending finds the
//! same mention as a list of every mention would, but the list grows with
//! the names a text uses, not with its length.

use std::collections::{BTreeMap, HashMap};

/// Items in the order they were last added, one per key.
pub(crate) struct Latest<T> {
    key: fn(&T) -> &str,
    next: u64,
    at: HashMap<String, u64>,
    items: BTreeMap<u64, T>,
}

impl<T> Latest<T> {
    pub(crate) fn new(key: fn(&T) -> &str) -> Self {
        Latest {
            key,
            next: 0,
            at: HashMap::new(),
            items: BTreeMap::new(),
        }
    }

    /// Oldest first; `.rev()` for the latest first.
    pub(crate) fn iter(&self) -> impl DoubleEndedIterator<Item = &T> {
        self.items.values()
    }

    pub(crate) fn push(&mut self, item: T) {
        let seq = self.next;
        self.next += 1;
        if let Some(old) = self.at.insert((self.key)(&item).to_string(), seq) {
            self.items.remove(&old);
        }
        self.items.insert(seq, item);
    }

    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.items.len()
    }
}

impl<T> Extend<T> for Latest<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, items: I) {
        for item in items {
            self.push(item);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A search from the latest back, for anything whose test can only
    /// get easier for a later item of the same key (as the extractor's:
    /// a name's ending, a sentence near enough), finds in `Latest` what
    /// it finds in the list of everything pushed.
    #[test]
    fn a_search_from_the_latest_finds_what_it_finds_in_everything() {
        let names = ["甲县", "乙市", "甲县", "丙县", "乙市", "甲县", "丁镇"];
        let mut all: Vec<(String, usize)> = Vec::new();
        let mut latest = Latest::new(|x: &(String, usize)| x.0.as_str());
        for (i, n) in names.iter().cycle().take(70).enumerate() {
            let item = (n.to_string(), i / 3);
            all.push(item.clone());
            latest.push(item);
            let now = i / 3;
            for ending in ["县", "市", "镇", "村"] {
                for near in [0, 1, 2, usize::MAX] {
                    let test = |x: &&(String, usize)| {
                        x.0.ends_with(ending) && x.1.saturating_add(near) >= now
                    };
                    assert_eq!(
                        all.iter().rev().find(test),
                        latest.iter().rev().find(test),
                        "{ending} within {near} after {i}"
                    );
                }
            }
        }
        assert_eq!(latest.len(), 4);
    }
}
