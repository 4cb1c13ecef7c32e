//! The names said so far in a document, each by its latest mention only
//! (issue 15): looking back for the last name with some ending finds the
//! same mention as a list of every mention would, but the list grows with
//! the names a text uses, not with its length.

use seedkb_core::text::Sentence;
use std::collections::{BTreeMap, HashMap, VecDeque};
use std::rc::Rc;

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

/// The sentences of a document as its extraction goes through them (issue
/// 15): the headline and the latest [`WINDOW`] are held, not all of them,
/// so a long text's extraction holds a bounded number of sentences. What
/// the extractor asks of one it let go (a name's sentence thousands of
/// sentences back, the first sentence giving a name in full) is split
/// again from the text: the answer is the one a list of every sentence
/// gives, at the cost of a pass over the text, which an article never
/// needs (its sentences all fit) and a long text needs once per entity at
/// most (as that search cost with every sentence held).
pub(crate) struct SentenceWindow<'t> {
    text: crate::stream::Text<'t>,
    head: Rc<Sentence>,
    recent: VecDeque<Rc<Sentence>>,
    /// How many sentences were pushed.
    seen: usize,
}

/// How many of the latest sentences a [`SentenceWindow`] holds.
pub(crate) const WINDOW: usize = 4096;

impl<'t> SentenceWindow<'t> {
    /// The window of document `text`, whose first sentence is `head`.
    pub(crate) fn new(text: impl Into<crate::stream::Text<'t>>, head: Rc<Sentence>) -> Self {
        SentenceWindow {
            text: text.into(),
            head,
            recent: VecDeque::new(),
            seen: 0,
        }
    }

    /// The next sentence of the document, in order (the first is the head).
    pub(crate) fn push(&mut self, s: Rc<Sentence>) {
        self.seen += 1;
        if s.index == 0 {
            return;
        }
        if self.recent.len() == WINDOW {
            self.recent.pop_front();
        }
        self.recent.push_back(s);
    }

    /// Whether every sentence pushed so far is held.
    fn holds_all(&self) -> bool {
        self.recent.len() + 1 >= self.seen
    }

    /// Sentence `i` of the document.
    pub(crate) fn get(&self, i: usize) -> Option<Rc<Sentence>> {
        if i == 0 {
            return Some(self.head.clone());
        }
        let first = self.seen - self.recent.len();
        if (first..self.seen).contains(&i) {
            return self.recent.get(i - first).cloned();
        }
        #[cfg(test)]
        RESPLITS.with(|r| r.set(r.get() + 1));
        let mut split = self.text.sentences();
        let s = split.by_ref().nth(i).map(Rc::new);
        self.text.check(&split);
        s
    }

    /// The first sentence of the document (pushed yet or not) for which
    /// `f` gives something, with what it gave.
    pub(crate) fn find_map<T>(
        &self,
        mut f: impl FnMut(&Sentence) -> Option<T>,
    ) -> Option<(Rc<Sentence>, T)> {
        let from = if self.holds_all() {
            let held = std::iter::once(&self.head).chain(&self.recent);
            for s in held.take(self.seen) {
                if let Some(t) = f(s) {
                    return Some((s.clone(), t));
                }
            }
            self.seen
        } else {
            0
        };
        #[cfg(test)]
        RESPLITS.with(|r| r.set(r.get() + 1));
        let mut split = self.text.sentences();
        let found = split
            .by_ref()
            .skip(from)
            .find_map(|s| f(&s).map(|t| (Rc::new(s), t)));
        self.text.check(&split);
        found
    }
}

#[cfg(test)]
thread_local! {
    /// How many times a window split its text again (for the tests).
    pub(crate) static RESPLITS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

#[cfg(test)]
mod tests {
    use super::*;
    use seedkb_core::text;

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
    /// A window over more sentences than it holds gives, for any sentence
    /// asked at any point, the sentence the whole list has, and finds the
    /// first sentence with a name as a search of the whole list does
    /// (behind it, held or let go, and ahead of it), while holding at most
    /// `WINDOW` of them; in a document that fits, what was said before is
    /// found without splitting the text again.
    #[test]
    fn a_window_gives_what_the_whole_list_gives() {
        let text: String = (0..WINDOW + 900)
            .map(|i| match i {
                7 => "第7句提到甲乙丙集团。\n".to_string(),
                4500 => "第4500句提到丁戊集团。\n".to_string(),
                _ => format!("第{i}句。\n"),
            })
            .collect();
        let all = text::split(&text);
        assert_eq!(all.len(), WINDOW + 900);
        let mut split = text::sentences(&text).map(Rc::new);
        let mut w = SentenceWindow::new(&text, split.next().unwrap());
        let find = |w: &SentenceWindow, name: &str| {
            w.find_map(|s| s.text.find(name)).map(|(s, p)| (s.index, p))
        };
        let whole = |name: &str| {
            all.iter()
                .find_map(|s| s.text.find(name).map(|p| (s.index, p)))
        };
        w.push(w.get(0).unwrap());
        for s in split {
            let i = s.index as usize;
            w.push(s);
            assert!(w.recent.len() <= WINDOW);
            if i.is_multiple_of(997) || i == WINDOW + 899 {
                for j in [0, 1, 7, i / 2, i.saturating_sub(WINDOW), i, i + 1, i + 5000] {
                    assert_eq!(w.get(j).as_deref(), all.get(j), "{j} at {i}");
                }
                for name in ["甲乙丙集团", "丁戊集团", "无此集团"] {
                    assert_eq!(find(&w, name), whole(name), "{name} at {i}");
                }
            }
        }
        let short = "标题\n\n第1句提到甲乙丙集团。\n第2句。";
        let mut split = text::sentences(short).map(Rc::new);
        let mut w = SentenceWindow::new(short, split.next().unwrap());
        w.push(w.get(0).unwrap());
        split.for_each(|s| w.push(s));
        RESPLITS.with(|r| r.set(0));
        assert_eq!(w.get(1).unwrap().index, 1);
        assert_eq!(find(&w, "甲乙丙集团").map(|x| x.0), Some(1));
        assert_eq!(RESPLITS.with(std::cell::Cell::get), 0);
    }
}
