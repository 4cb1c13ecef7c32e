//! Turning files into [`DocumentFacts`]: curated fact files (TOML), dumps
//! (JSON lines), and the seeds compiled into the binary. Everything is
//! checked here, before the store sees it; errors name `file:line`.

pub mod against_store;
pub mod encoding;
pub mod extract;
pub mod facts_toml;
pub mod jsonl;

use crate::error::Error;
use crate::model::DocumentFacts;
use std::path::Path;

/// Removes all white space, so quotes match across the page-break
/// artifacts of the documents ("年收入45万" / blank line / "元左右").
pub fn fold(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Whether `quote` occurs in `document` once white space is folded away.
pub fn quote_in(document_folded: &str, quote: &str) -> bool {
    let q = fold(quote);
    !q.is_empty() && document_folded.contains(&q)
}

/// The seed documents and their curated facts, compiled into the binary.
pub const BUNDLED: &[(&str, &str, &str)] = &[(
    "000_c0358a9eae1db40c.facts.toml",
    include_str!("../../seeds/000_c0358a9eae1db40c.facts.toml"),
    include_str!("../../seeds/000_c0358a9eae1db40c.txt"),
)];

/// A fingerprint (FNV-1a) of the bundled seed files, cheap enough to check
/// on every open.
pub fn bundled_fingerprint() -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (name, toml_src, text) in BUNDLED {
        for b in name.bytes().chain(toml_src.bytes()).chain(text.bytes()) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// Parses the bundled seeds.
pub fn bundled() -> Result<Vec<DocumentFacts>, Error> {
    BUNDLED
        .iter()
        .map(|(name, toml_src, text)| {
            facts_toml::parse(name, toml_src, |_| Ok(Some(text.to_string())), &|_| false)
        })
        .collect()
}

/// Reads one file given to `seedkb load`: a `.toml` fact file, a
/// `.jsonl`/`.json` dump, or a plain-text document (`.txt`), whose facts
/// are extracted. `known` holds the names the store has already, for
/// references across documents and for finding them in text.
pub fn read_path(path: &Path, known: &extract::Known) -> Result<Vec<DocumentFacts>, Error> {
    let label = path.display().to_string();
    let src = encoding::read_text(path)?;
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    let known_fn = |n: &str| known.contains(n);
    let known_fn: &dyn Fn(&str) -> bool = &known_fn;
    match ext {
        "toml" => {
            let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
            let doc = facts_toml::parse(
                &label,
                &src,
                |file| {
                    let p = dir.join(file);
                    match encoding::read_text(&p) {
                        Ok(t) => Ok(Some(t)),
                        Err(e) => Err(format!("cannot read the document {}: {e}", p.display())),
                    }
                },
                known_fn,
            )?;
            Ok(vec![doc])
        }
        "jsonl" | "json" | "ndjson" => jsonl::parse(&label, &src, known_fn),
        "txt" | "text" => {
            // The document is known by its file name, as curated fact files
            // name theirs.
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or(label.clone());
            if !src.chars().any(char::is_alphanumeric) {
                return Err(Error::Input(format!(
                    "{label}: the document has no text to extract facts from"
                )));
            }
            let known = known.without_extraction_of(&name);
            Ok(vec![extract::extract(&name, &src, &known)?.facts])
        }
        // `.txt` alone: Rust (like the shell) calls that a hidden file
        // without an extension.
        "" => Err(Error::Input(
            match path.file_name().map(|n| n.to_string_lossy()) {
                Some(n) if n.starts_with('.') && n.len() > 1 => format!(
                    "{label}: the file name '{n}' is all extension and no name: give the file a \
                     name (e.g. news{n}); seedkb knows a document by its file name"
                ),
                _ => format!(
                    "{label}: the file name has no extension, so its type is unknown (expected a \
                     .toml fact file, a .jsonl dump or a .txt document)"
                ),
            },
        )),
        _ => Err(Error::Input(format!(
            "{label}: unknown file type '.{ext}' (expected a .toml fact file, a .jsonl dump \
             or a .txt document)"
        ))),
    }
}

/// Collects errors so a user sees all of a file's problems at once.
pub(crate) struct Problems {
    file: String,
    list: Vec<String>,
}

impl Problems {
    pub fn new(file: &str) -> Self {
        Problems {
            file: file.to_string(),
            list: Vec::new(),
        }
    }

    pub fn add(&mut self, line: usize, msg: impl std::fmt::Display) {
        self.list
            .push(elide_long_words(&format!("{}:{line}: {msg}", self.file)));
    }

    pub fn finish(self) -> Result<(), Error> {
        if self.list.is_empty() {
            return Ok(());
        }
        let n = self.list.len();
        let mut msg: String = self
            .list
            .into_iter()
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
