//! Turning structured files into [`DocumentFacts`]: curated fact files
//! (TOML) and dumps (JSON lines). Everything is checked here, before the
//! store sees it; errors name `file:line`. Plain text is read by
//! `seedkb-extract`, which also dispatches a path by its extension.

pub mod against_store;
pub mod encoding;
pub mod facts_toml;
pub mod jsonl;
pub mod jsonl_stream;
pub mod validate;

use crate::error::Error;

/// Collects errors so a user sees all of a file's problems at once.
pub struct Problems {
    file: String,
    /// (line, report): reported in line order, whichever check found them.
    list: Vec<(usize, String)>,
}

impl Problems {
    pub fn new(file: &str) -> Self {
        Problems {
            file: file.to_string(),
            list: Vec::new(),
        }
    }

    pub fn add(&mut self, line: usize, msg: impl std::fmt::Display) {
        let report = elide_long_words(&format!("{}:{line}: {msg}", self.file));
        self.list.push((line, report));
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// Takes over the problems `other` found (in the same file).
    pub fn append(&mut self, other: Problems) {
        self.list.extend(other.list);
    }

    pub fn finish(mut self) -> Result<(), Error> {
        if self.list.is_empty() {
            return Ok(());
        }
        // Stable: problems of one line keep the order they were found in.
        self.list.sort_by_key(|(line, _)| *line);
        let n = self.list.len();
        let mut msg: String = self
            .list
            .into_iter()
            .map(|(_, report)| report)
            .take(20)
            .collect::<Vec<_>>()
            .join("\n");
        if n > 20 {
            msg.push_str(&format!("\n... and {} more problems", n - 20));
        }
        msg.push_str(&format!(
            "\n{}: not loaded; the store is unchanged",
            self.file
        ));
        Err(Error::Input(msg))
    }
}

/// Longest run of non-blank characters an error message echoes whole.
const ECHO_MAX: usize = 200;

/// Cuts the middle out of every run of non-blank characters longer than
/// `ECHO_MAX` (a 100,000-digit number echoed back), saying how long it was.
pub fn elide_long_words(msg: &str) -> String {
    if msg.chars().count() <= ECHO_MAX {
        return msg.to_string();
    }
    let mut out = String::with_capacity(ECHO_MAX * 2);
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        let n = word.chars().count();
        if n > ECHO_MAX {
            let head: String = word.chars().take(60).collect();
            let tail: String = word.chars().skip(n - 20).collect();
            out.push_str(&format!("{head}…[{n} characters]…{tail}"));
        } else {
            out.push_str(word);
        }
        word.clear();
    };
    for c in msg.chars() {
        if c.is_whitespace() {
            flush(&mut word, &mut out);
            out.push(c);
        } else {
            word.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// Whether `s` is lower snake_case (attribute and kind names).
pub fn is_snake_case(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some('a'..='z'))
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}
