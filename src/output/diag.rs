//! Error reports: the query, a caret under the offending span (placed by
//! display width, so it lands under CJK text), what went wrong and what
//! would have been right.

use crate::error::{Error, QueryError};
use unicode_width::UnicodeWidthStr;

/// Where the query came from, for the location line.
#[derive(Clone, Debug)]
pub enum Origin {
    /// Typed at the REPL or given with -e.
    Inline,
    /// Line `n` of standard input or of a script file.
    Line(String, usize),
}

/// Renders an error for a person (plain text; no colour).
pub fn render(err: &Error, query: Option<&str>, origin: &Origin) -> String {
    match (err, query) {
        (Error::Query(q), Some(text)) => render_query(q, text, origin),
        (e, _) => match origin {
            Origin::Line(src, n) => format!("error: {src}:{n}: {e}"),
            Origin::Inline => format!("error: {e}"),
        },
    }
}

fn render_query(q: &QueryError, text: &str, origin: &Origin) -> String {
    let start = floor_boundary(text, q.span.0);
    let end = floor_boundary(text, q.span.1.max(start));
    // The query may span lines (REPL continuation): show the line with the
    // error.
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let line_no = text[..start].matches('\n').count() + 1;
    let col_chars = text[line_start..start].chars().count() + 1;
    // A long line (a huge query) is shown as a window around the error.
    let (shown_start, prefix) = if start - line_start > WINDOW {
        (floor_boundary(text, start - WINDOW), "…")
    } else {
        (line_start, "")
    };
    // The underline stops after a few windows, however long the span.
    let under_end = floor_boundary(text, end.min(line_end).min(start + 4 * WINDOW));
    let (shown_end, suffix) = if line_end - under_end > WINDOW {
        (floor_boundary(text, under_end + WINDOW), "…")
    } else {
        (line_end, "")
    };
    let line = format!("{prefix}{}{suffix}", &text[shown_start..shown_end]);
    let pad = UnicodeWidthStr::width(prefix) + UnicodeWidthStr::width(&text[shown_start..start]);
    let width = UnicodeWidthStr::width(&text[start..under_end]).max(1);
    let location = match origin {
        Origin::Inline => format!("{line_no}:{col_chars}"),
        Origin::Line(src, n) => format!("{src}:{}:{col_chars}", n + line_no - 1),
    };
    let mut out = format!(
        "error: {}\n  --> {location}\n   |\n   | {line}\n   | {}{}",
        clip(&q.message),
        " ".repeat(pad),
        "^".repeat(width)
    );
    if let Some(h) = &q.help {
        out.push(' ');
        out.push_str(&clip(h));
    }
    out
}

/// A message quoting a huge word (an unknown name 60 KB long) is cut.
fn clip(m: &str) -> String {
    const MAX: usize = 400;
    if m.len() <= MAX {
        return m.to_string();
    }
    format!("{}… ({} bytes)", &m[..floor_boundary(m, MAX)], m.len())
}

/// Bytes of context shown on each side of an error in a long line.
const WINDOW: usize = 120;

fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caret_lands_under_cjk() {
        let text = "funding where 金额 > 1";
        let start = text.find('金').unwrap();
        let e = Error::Query(QueryError::new("unknown attribute", (start, start + 6)));
        let out = render(&e, Some(text), &Origin::Inline);
        let lines: Vec<&str> = out.lines().collect();
        let q = lines.iter().find(|l| l.contains("funding")).unwrap();
        let c = lines.iter().find(|l| l.contains('^')).unwrap();
        let q_col = UnicodeWidthStr::width(&q[..q.find('金').unwrap()]);
        assert_eq!(c.find('^').unwrap(), q_col);
        assert!(
            c.contains("^^^^"),
            "two CJK characters are four columns: {c}"
        );
        assert!(out.contains("1:15"));
    }
}
