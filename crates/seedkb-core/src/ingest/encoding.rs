//! Reading an input file as text: UTF-8 only, without a byte-order mark,
//! and an error that says what the bytes look like when they are not.
//!
//! GBK/GB18030 text is refused with the `iconv` line that converts it
//! rather than decoded on a guess: a wrong guess would put garbled names
//! into the store, and a refusal costs one command.

use crate::error::Error;
use std::path::Path;

/// The text of `path`; a leading UTF-8 byte-order mark is dropped.
pub fn read_text(path: &Path) -> Result<String, Error> {
    let label = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| Error::Input(format!("{label}: {e}")))?;
    decode(&label, path, bytes)
}

/// `bytes` as text, as [`read_text`] reads a file: a leading byte-order
/// mark dropped; bytes that are not UTF-8 get the error with line, column,
/// what they look like and the `iconv` line (the server's uploads too).
pub fn decode(label: &str, path: &Path, bytes: Vec<u8>) -> Result<String, Error> {
    match String::from_utf8(bytes) {
        Ok(mut s) => {
            if s.starts_with('\u{feff}') {
                s.drain(..'\u{feff}'.len_utf8());
            }
            Ok(s)
        }
        Err(e) => Err(Error::Input(not_utf8(
            label,
            path,
            e.as_bytes(),
            e.utf8_error(),
        ))),
    }
}

fn not_utf8(label: &str, path: &Path, b: &[u8], e: std::str::Utf8Error) -> String {
    let at = e.valid_up_to();
    let line = 1 + b[..at].iter().filter(|&&c| c == b'\n').count();
    let line_start = b[..at]
        .iter()
        .rposition(|&c| c == b'\n')
        .map_or(0, |p| p + 1);
    // Characters before it on its line (the bytes there are valid UTF-8).
    let column = 1 + std::str::from_utf8(&b[line_start..at]).map_or(0, |s| s.chars().count());
    let head = &b[..b.len().min(SAMPLE)];
    let after = &b[at..b.len().min(at + SAMPLE)];
    describe(label, path, (line, column), head, after)
}

/// How much of a file the encoding is guessed from (its start, and what
/// follows the first byte that is not UTF-8).
const SAMPLE: usize = 64 * 1024;

/// The error for a file that is not UTF-8 at `line`:`column`: `head`, the
/// file's first bytes; `after`, its bytes from the first that is not UTF-8.
fn describe(label: &str, path: &Path, at: (usize, usize), head: &[u8], after: &[u8]) -> String {
    let (line, column) = at;
    let convert = |from: &str| {
        let (to, command) = conversion(label, path, from);
        format!(
            "convert it first with `{command}` (the copy keeps the file's name, which is the \
             document's) and load {to}"
        )
    };
    let what = match guess(head, after) {
        Guess::Utf16(order) => format!(
            "the file looks like UTF-16 ({order}) text, and seedkb reads UTF-8; {}",
            convert("UTF-16")
        ),
        Guess::Binary => "the file looks like binary data, not text (expected UTF-8 text)".into(),
        Guess::CutShort => format!(
            "the file is UTF-8 but ends inside a character (its last {} byte(s) begin one): \
             it looks cut short; restore its end, or delete those bytes",
            after.len()
        ),
        Guess::Gb => format!(
            "the file looks like GBK/GB18030 (a Chinese encoding), and seedkb reads UTF-8; {}",
            convert("GB18030")
        ),
        Guess::Unknown => format!(
            "the text is not UTF-8, which seedkb reads; {}",
            convert("ENCODING")
        ),
    };
    format!(
        "{label}:{line}:{column}: byte 0x{:02X} is not UTF-8: {what}",
        after.first().copied().unwrap_or(0)
    )
}

/// Where a converted copy of `path` goes, and the shell command that makes
/// it from encoding `from`, ready to paste: the copy keeps the file's name
/// (a document is known by it) in a folder `utf8/` it creates, or
/// `utf8-converted/` for a file that is in a folder named `utf8` already
/// (`iconv … utf8/a.txt > utf8/a.txt` would empty the file before reading
/// it).
fn conversion(label: &str, path: &Path, from: &str) -> (String, String) {
    let name = path
        .file_name()
        .map_or(label.into(), |n| n.to_string_lossy());
    let in_utf8 = path
        .parent()
        .and_then(|p| p.file_name())
        .is_some_and(|d| d == "utf8");
    let dir = if in_utf8 { "utf8-converted" } else { "utf8" };
    let to = shell_word(&format!("{dir}/{name}"));
    let command = format!(
        "mkdir -p {dir} && iconv -f {from} -t UTF-8 {} > {to}",
        shell_word(label)
    );
    (to, command)
}

/// `s` as one word of a POSIX shell: as it is when nothing in it is
/// special to the shell, else in single quotes.
fn shell_word(s: &str) -> String {
    let plain = !s.is_empty()
        && s.chars()
            .all(|c| c.is_alphanumeric() || "._/-+,=:@%".contains(c));
    if plain {
        return s.to_string();
    }
    format!("'{}'", s.replace('\'', "'\\''"))
}

/// Copies the text of `path` to `out` a piece at a time (a long text is
/// never held whole, issue 15), as [`read_text`] reads it: a leading
/// byte-order mark dropped, and the same error for a file that is not
/// UTF-8. Returns how many bytes were written.
pub fn copy_text(path: &Path, out: &mut dyn std::io::Write) -> Result<u64, Error> {
    use std::io::Read;
    let label = path.display().to_string();
    let io = |e: std::io::Error| Error::Input(format!("{label}: {e}"));
    let mut f = std::fs::File::open(path).map_err(io)?;
    let mut head: Vec<u8> = Vec::new();
    let mut pending: Vec<u8> = Vec::new();
    let mut piece = vec![0u8; SAMPLE];
    let (mut written, mut line, mut column) = (0u64, 1usize, 1usize);
    let mut first = true;
    loop {
        let n = match f.read(&mut piece) {
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(io(e)),
        };
        if head.len() < SAMPLE {
            let take = n.min(SAMPLE - head.len());
            head.extend_from_slice(&piece[..take]);
        }
        pending.extend_from_slice(&piece[..n]);
        let (valid, bad) = match std::str::from_utf8(&pending) {
            Ok(s) => (s.len(), false),
            // A character cut by the piece's end waits for its other bytes.
            Err(e) if e.error_len().is_none() && n > 0 => (e.valid_up_to(), false),
            Err(e) => (e.valid_up_to(), true),
        };
        // Checked above.
        let text = std::str::from_utf8(&pending[..valid]).unwrap_or_default();
        match text.rfind('\n') {
            Some(nl) => {
                line += text.bytes().filter(|&c| c == b'\n').count();
                column = 1 + text[nl + 1..].chars().count();
            }
            None => column += text.chars().count(),
        }
        let mut body = text;
        if first && !body.is_empty() {
            body = body.strip_prefix('\u{feff}').unwrap_or(body);
            first = false;
        }
        out.write_all(body.as_bytes())
            .map_err(|e| Error::Storage(format!("{label}: copying its text: {e}")))?;
        written += body.len() as u64;
        pending.drain(..valid);
        if bad {
            let mut after = std::mem::take(&mut pending);
            let want = SAMPLE.saturating_sub(after.len());
            (&mut f)
                .take(want as u64)
                .read_to_end(&mut after)
                .map_err(io)?;
            return Err(Error::Input(describe(
                &label,
                path,
                (line, column),
                &head,
                &after,
            )));
        }
        if n == 0 {
            return Ok(written);
        }
    }
}

enum Guess {
    Utf16(&'static str),
    /// UTF-8 text whose last character is cut (a copy that stopped, a
    /// `head -c`): converting it from another encoding would garble it.
    CutShort,
    Binary,
    Gb,
    Unknown,
}

/// What the bytes look like: `head`, the file's first bytes; `after`, its
/// bytes from the first that is not UTF-8 (everything before it is, so
/// the GB test starts there).
fn guess(head: &[u8], after: &[u8]) -> Guess {
    let sample = head;
    // `after` is short only at the end of the file.
    let cut =
        after.len() < 4 && std::str::from_utf8(after).is_err_and(|e| e.error_len().is_none()) && {
            // Characters of more than one byte before it: UTF-8 text.
            let valid = std::str::from_utf8(head).map_or_else(|e| e.valid_up_to(), str::len);
            head[..valid].iter().any(|&c| c >= 0x80)
        };
    if cut {
        return Guess::CutShort;
    }
    if sample.starts_with(&[0xFF, 0xFE]) {
        return Guess::Utf16("little endian");
    }
    if sample.starts_with(&[0xFE, 0xFF]) {
        return Guess::Utf16("big endian");
    }
    // UTF-16 without a mark: ASCII and CJK alike put zero bytes at one
    // parity of positions only.
    let zeros = |parity: usize| {
        sample
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&c| c == 0)
            .count()
    };
    let (even, odd) = (zeros(0), zeros(1));
    let half = sample.len() / 2;
    if half >= 8 && (odd * 4 > half && even * 10 <= odd || even * 4 > half && odd * 10 <= even) {
        return Guess::Utf16(if odd > even {
            "little endian"
        } else {
            "big endian"
        });
    }
    let controls = sample
        .iter()
        .filter(|&&c| c < 0x20 && !matches!(c, b'\t' | b'\n' | b'\r' | 0x0C))
        .count();
    if controls > 0 && controls * 100 >= sample.len().max(1) || even + odd > 0 {
        return Guess::Binary;
    }
    if is_gb18030(after) {
        return Guess::Gb;
    }
    Guess::Unknown
}

/// Whether every non-ASCII byte takes part in a GB18030 sequence (two bytes:
/// 81–FE then 40–7E or 80–FE; four: 81–FE, 30–39, 81–FE, 30–39), allowing a
/// sequence cut at the end of the sample, and there is at least one.
fn is_gb18030(b: &[u8]) -> bool {
    let (mut i, mut seen) = (0, false);
    while i < b.len() {
        let c = b[i];
        if c < 0x80 {
            i += 1;
            continue;
        }
        if !(0x81..=0xFE).contains(&c) {
            return false;
        }
        let Some(&d) = b.get(i + 1) else { break };
        match d {
            0x40..=0x7E | 0x80..=0xFE => i += 2,
            0x30..=0x39 => {
                let ok = |j: usize, r: std::ops::RangeInclusive<u8>| {
                    b.get(j).is_none_or(|x| r.contains(x))
                };
                if !(ok(i + 2, 0x81..=0xFE) && ok(i + 3, 0x30..=0x39)) {
                    return false;
                }
                i += 4;
            }
            _ => return false,
        }
        seen = true;
    }
    seen
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(bytes: &[u8]) -> String {
        decode("in/a.txt", Path::new("in/a.txt"), bytes.to_vec())
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn a_bom_is_dropped() {
        let s = decode("a", Path::new("a"), "\u{feff}甲县".as_bytes().to_vec()).unwrap();
        assert_eq!(s, "甲县");
    }

    #[test]
    fn the_error_names_line_column_and_the_likely_encoding() {
        // "甲县获得拨款" in GBK on line 3, after two UTF-8 lines.
        let mut b = "第一行\nab\n".as_bytes().to_vec();
        b.extend_from_slice(&[0xBC, 0xD7, 0xCF, 0xD8, 0xBB, 0xF1, 0xB5, 0xC3]);
        let e = err(&b);
        assert!(e.starts_with("in/a.txt:3:1: byte 0xBC is not UTF-8"), "{e}");
        assert!(e.contains("GBK/GB18030"), "{e}");
        assert!(
            e.contains("`mkdir -p utf8 && iconv -f GB18030 -t UTF-8 in/a.txt > utf8/a.txt`"),
            "{e}"
        );
        assert!(e.ends_with("and load utf8/a.txt"), "{e}");
        let mut b16 = vec![0xFF, 0xFE];
        for u in "甲县获得拨款2.4亿元".encode_utf16() {
            b16.extend_from_slice(&u.to_le_bytes());
        }
        let e = err(&b16);
        assert!(
            e.contains("UTF-16 (little endian)") && e.contains("iconv -f UTF-16"),
            "{e}"
        );
        let no_mark: Vec<u8> = "abc 甲县 def"
            .encode_utf16()
            .flat_map(|u| u.to_be_bytes())
            .collect();
        assert!(err(&no_mark).contains("UTF-16 (big endian)"));
        let bin: Vec<u8> = (0..=255u8).cycle().take(4000).collect();
        assert!(err(&bin).contains("binary data"), "{}", err(&bin));
        // UTF-8 cut inside its last character is not GBK to convert.
        let text = "标题\n锦州市投资3亿元。".as_bytes();
        let e = err(&text[..text.len() - 1]);
        assert!(
            e.contains("ends inside a character (its last 2 byte(s) begin one)")
                && !e.contains("iconv"),
            "{e}"
        );
    }

    /// A file copied a piece at a time is the text `read_text` reads (a
    /// mark dropped, a character across a piece's end kept whole), and a
    /// file that is not UTF-8 gets `read_text`'s error, line and column
    /// counted across pieces, whatever the encoding looks like.
    #[test]
    fn a_file_copied_in_pieces_reads_and_fails_as_read_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        let copied = |bytes: &[u8]| {
            std::fs::write(&path, bytes).unwrap();
            let mut out = Vec::new();
            let r = copy_text(&path, &mut out).map(|n| {
                assert_eq!(n as usize, out.len());
                String::from_utf8(out).unwrap()
            });
            (
                r.map_err(|e| e.to_string()),
                read_text(&path).map_err(|e| e.to_string()),
            )
        };
        // A three-byte character across the first piece's end, and a mark.
        let mut text = "\u{feff}".to_string();
        text.push_str(&"a".repeat(SAMPLE - 4));
        text.push_str("甲县第一行\n");
        text.push_str(&"乙县获得拨款2.4亿元。\n".repeat(20_000));
        let (a, b) = copied(text.as_bytes());
        assert_eq!(a, b);
        assert_eq!(a.unwrap().len(), text.len() - 3);
        // GBK on a later line, past the first pieces.
        let mut gbk = text.as_bytes().to_vec();
        gbk.extend_from_slice(b"ab");
        gbk.extend_from_slice(&[0xBC, 0xD7, 0xCF, 0xD8, 0xBB, 0xF1, 0xB5, 0xC3]);
        let (a, b) = copied(&gbk);
        assert_eq!(a, b);
        let e = a.unwrap_err();
        assert!(e.contains(":20002:3: byte 0xBC is not UTF-8"), "{e}");
        assert!(e.contains("GBK/GB18030"), "{e}");
        // Cut short inside a character; UTF-16; binary.
        let cut = &text.as_bytes()[..SAMPLE + 1];
        let (a, b) = copied(cut);
        assert_eq!(a, b);
        assert!(a.is_err());
        let mut b16 = vec![0xFF, 0xFE];
        for u in "甲县获得拨款2.4亿元".repeat(9000).encode_utf16() {
            b16.extend_from_slice(&u.to_le_bytes());
        }
        let (a, b) = copied(&b16);
        assert!(a.as_ref().unwrap_err().contains("UTF-16 (little endian)"));
        assert_eq!(a, b);
        let bin: Vec<u8> = (0..=255u8).cycle().take(3 * SAMPLE).collect();
        let (a, b) = copied(&bin);
        assert!(a.as_ref().unwrap_err().contains("binary data"));
        assert_eq!(a, b);
    }
}
