//! seedkb-extract: reading Chinese text for seedkb.
//!
//! - [`extract()`]: facts from a plain-text news article (quantities, dates,
//!   the names they belong to), each with its sentence as the quote;
//! - [`Chinese`]: the [`Analyzer`](seedkb_core::text::Analyzer) the store
//!   indexes and searches with: jieba words, traditional → simplified,
//!   pinyin for "did you mean";
//! - [`read_path`]: any file `seedkb load` accepts, by its extension —
//!   fact files and dumps through `seedkb_core::ingest`, text through
//!   [`extract()`].

mod chinese;
pub mod corpus;
pub mod extract;
mod latest;
pub mod segment;
pub mod stream;

pub use chinese::{pinyin_key, search_key, simplify, Chinese};
pub use extract::{extract, Extraction, Found, Known, DOCUMENT_KIND, MENTION_ATTR};

use seedkb_core::ingest::{encoding, facts_toml, jsonl};
use seedkb_core::model::DocumentFacts;
use seedkb_core::Error;
use std::path::Path;
// The extractor's modules name the core's layers as `crate::…`.
use seedkb_core::{error, model, store};

/// Reads one file given to `seedkb load`: a `.toml` fact file, a
/// `.jsonl`/`.json` dump, or a plain-text document (`.txt`), whose facts
/// are extracted. `known` holds the names the store has already, for
/// references across documents and for finding them in text.
pub fn read_path(path: &Path, known: &Known) -> Result<Vec<DocumentFacts>, Error> {
    let label = path.display().to_string();
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    let known_fn = |n: &str| known.contains(n);
    let known_fn: &dyn Fn(&str) -> bool = &known_fn;
    if matches!(ext, "jsonl" | "json" | "ndjson") {
        // Read line by line: a dump's text is never held whole.
        return jsonl::read(path, known_fn);
    }
    // The type is known from the name alone: a file of no type this reads
    // is refused before its bytes are (a 3 GB `.dump` was read whole first).
    if !matches!(ext, "toml" | "txt" | "text") {
        return Err(unknown_type(path, &label, ext));
    }
    let src = encoding::read_text(path)?;
    match ext {
        "toml" => {
            let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
            let doc = facts_toml::parse(
                &label,
                &src,
                |file| {
                    let p = dir.join(file);
                    // The name stays in the folder (parse checks its words);
                    // a symbolic link inside the folder must not lead out.
                    if let (Ok(real), Ok(folder)) =
                        (p.canonicalize(), Path::new(".").join(&dir).canonicalize())
                    {
                        if !real.starts_with(&folder) {
                            return Err(format!(
                                "file = \"{}\" leads out of the fact file's folder through a \
                                 symbolic link (to {}); expected a document in the folder",
                                file.escape_debug(),
                                real.display()
                            ));
                        }
                    }
                    match encoding::read_text(&p) {
                        Ok(t) => Ok(Some(t)),
                        Err(e) => Err(format!("cannot read the document {}: {e}", p.display())),
                    }
                },
                known_fn,
            )?;
            Ok(vec![doc])
        }
        // `.txt` or `.text`, the only types left.
        _ => {
            let name = text_document_name(path, &src)?;
            let known = known.without_extraction_of(&name);
            Ok(vec![extract(&name, &src, &known)?.facts])
        }
    }
}

/// The error for a file whose name gives no type `read_path` reads.
fn unknown_type(path: &Path, label: &str, ext: &str) -> Error {
    Error::Input(match (ext, path.file_name().map(|n| n.to_string_lossy())) {
        // `.txt` alone: Rust (like the shell) calls that a hidden file
        // without an extension.
        ("", Some(n)) if n.starts_with('.') && n.len() > 1 => format!(
            "{label}: the file name '{n}' is all extension and no name: give the file a \
             name (e.g. news{n}); seedkb knows a document by its file name"
        ),
        ("", _) => format!(
            "{label}: the file name has no extension, so its type is unknown (expected a \
             .toml fact file, a .jsonl dump or a .txt document)"
        ),
        _ => format!(
            "{label}: unknown file type '.{ext}' (expected a .toml fact file, a .jsonl dump \
             or a .txt document)"
        ),
    })
}

/// The name a `.txt` document is known by — its file name, as curated fact
/// files name theirs — once its text is found to have words at all.
pub(crate) fn text_document_name(path: &Path, src: &str) -> Result<String, Error> {
    text_document_name_of(path, src, || src.chars().any(char::is_alphanumeric))
}

/// [`text_document_name`] of a text that begins with `head` and that
/// `has_words` tells has words.
pub(crate) fn text_document_name_of(
    path: &Path,
    head: &str,
    has_words: impl FnOnce() -> bool,
) -> Result<String, Error> {
    let label = path.display().to_string();
    check_text_document(&label, head, has_words)?;
    Ok(path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or(label))
}

/// Whether the text labelled `label`, which begins with `head` and that
/// `has_words` tells has words, is an article to extract facts from: not
/// a dump saved under a text name, not blank. The one check of every way
/// a text comes in (a file, a long file in parts, the server's upload).
pub fn check_text_document(
    label: &str,
    head: &str,
    has_words: impl FnOnce() -> bool,
) -> Result<(), Error> {
    refuse_dump_as_text(label, head)?;
    if !has_words() {
        return Err(Error::Input(format!(
            "{label}: the document has no text to extract facts from"
        )));
    }
    Ok(())
}

/// A seedkb dump saved under a text name (`seedkb dump > all.txt`) would be
/// read as an article, its JSON taken for sentences: refused, with the name
/// that loads it as a dump. `head` is the text's start (a few dozen bytes
/// are enough: a dump's first line opens with one of a few keys).
fn refuse_dump_as_text(label: &str, head: &str) -> Result<(), Error> {
    let start = head.trim_start();
    let skipped = &head[..head.len() - start.len()];
    let Some(rest) = start.strip_prefix('{') else {
        return Ok(());
    };
    let rest = rest.trim_start();
    // The keys a dump's lines open with (`output::dump`, `ingest::jsonl`).
    if !["\"attributes\"", "\"document\"", "\"subject\""]
        .iter()
        .any(|k| rest.starts_with(k))
    {
        return Ok(());
    }
    let line = 1 + skipped.matches('\n').count();
    let column = 1 + skipped.rsplit('\n').next().map_or(0, |s| s.chars().count());
    let stem = Path::new(label)
        .file_stem()
        .map_or_else(|| label.to_string(), |s| s.to_string_lossy().into_owned());
    Err(Error::Input(format!(
        "{label}:{line}:{column}: this is a seedkb dump (JSON lines), not an article: expected \
         article text in a .txt file; a dump loads under a .jsonl name (rename it {stem}.jsonl)"
    )))
}

/// `seedkb load --explain`: for a text document, every value found with
/// where it went and why, one line each:
/// `file:line  words → subject.attribute  (why)`. Other files: nothing.
pub fn explain_path(path: &Path, known: &Known) -> Result<String, Error> {
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    if !matches!(ext, "txt" | "text") {
        return Ok(String::new());
    }
    let label = path.display().to_string();
    let src = encoding::read_text(path)?;
    let name = text_document_name(path, &src)?;
    let known = known.without_extraction_of(&name);
    let x = extract(&name, &src, &known)?;
    let line = |at: usize| src[..at.min(src.len())].matches('\n').count() + 1;
    let mut out = String::new();
    // The numbers left out, each before the first value found after it.
    let mut left = x.left_out.iter().peekable();
    let mut left_before = |at: usize, out: &mut String| {
        while let Some(l) = left.next_if(|l| l.start < at) {
            out.push_str(&format!(
                "{label}:{}  {} → left out  ({})\n",
                line(l.start),
                l.text,
                l.why
            ));
        }
    };
    for f in &x.found {
        left_before(f.start, &mut out);
        let target = match &f.subject {
            Some(s) => format!("{s}.{}", f.attribute),
            None => format!("{name}.{MENTION_ATTR}"),
        };
        out.push_str(&format!(
            "{label}:{}  {} → {target}  ({})\n",
            line(f.start),
            f.text,
            f.why
        ));
    }
    left_before(usize::MAX, &mut out);
    Ok(out)
}
