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
    let line = &text[line_start..line_end];
    let col_chars = text[line_start..start].chars().count() + 1;
    let pad = UnicodeWidthStr::width(&text[line_start..start]);
    let under_end = end.min(line_end);
    let width = UnicodeWidthStr::width(&text[start..under_end]).max(1);
    let location = match origin {
        Origin::Inline => format!("{line_no}:{col_chars}"),
        Origin::Line(src, n) => format!("{src}:{}:{col_chars}", n + line_no - 1),
    };
    let mut out = format!(
        "error: {}\n  --> {location}\n   |\n   | {line}\n   | {}{}",
        q.message,
        " ".repeat(pad),
        "^".repeat(width)
    );
    if let Some(h) = &q.help {
        out.push(' ');
        out.push_str(h);
    }
    out
}

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
