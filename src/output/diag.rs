//! Error reports in the style of rustc, miette and ariadne: a short
//! message, the query line with the offending span underlined, and help
//! (the name or attribute meant, the tokens expected, the two units).
//!
//! ```text
//! error: unknown attribute 'amout'
//!  --> 1:15
//!   |
//! 1 | funding where amout > 1亿元
//!   |               ^^^^^ did you mean amount?
//! ```
//!
//! Hand-written rather than miette or ariadne: the report is a few lines
//! with one label, and what matters is placing the caret by display width
//! under CJK text (two columns a character; tabs and control characters
//! shown as one space so the count stays right) and the piped form
//! `stdin:LINE:COL: error: …` editors and grep understand. Colour only when
//! asked for (a terminal, NO_COLOR unset).

use crate::error::{Error, QueryError};
use unicode_width::UnicodeWidthStr;

/// Where the query came from, for the location.
#[derive(Clone, Debug)]
pub enum Origin {
    /// Typed at the REPL or given with -e.
    Inline,
    /// Line `n` of standard input or of a script file.
    Line(String, usize),
}

#[derive(Clone, Copy)]
struct Paint {
    color: bool,
}

impl Paint {
    fn on(self, code: &str, s: &str) -> String {
        if self.color && !s.is_empty() {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
}

const RED_BOLD: &str = "1;31";
const BLUE_BOLD: &str = "1;34";
const BOLD: &str = "1";
const CYAN: &str = "36";

/// Renders an error for a person, plain (no colour).
pub fn render(err: &Error, query: Option<&str>, origin: &Origin) -> String {
    render_styled(err, query, origin, false)
}

/// Renders an error, with ANSI colour when `color`.
pub fn render_styled(err: &Error, query: Option<&str>, origin: &Origin, color: bool) -> String {
    let p = Paint { color };
    match (err, query) {
        (Error::Query(q), Some(text)) => render_query(q, text, origin, p),
        (e, _) => {
            let head = format!("{}{}", p.on(RED_BOLD, "error"), p.on(BOLD, ":"));
            match origin {
                Origin::Line(src, n) => format!("{src}:{n}: {head} {e}"),
                Origin::Inline => format!("{head} {e}"),
            }
        }
    }
}

/// Where an error is, as reports name it (`stdin:4:9`, `-e #2:1:15`),
/// with the line (of the input, or of the query when typed) and the column
/// in characters when the error points into the query.
pub fn locate(
    err: &Error,
    query: Option<&str>,
    origin: &Origin,
) -> (String, Option<usize>, Option<usize>) {
    let pos = match (err, query) {
        (Error::Query(q), Some(text)) => Some(q.line_column(text)),
        _ => None,
    };
    match (origin, pos) {
        (Origin::Line(src, n), Some((l, c))) => {
            let at = n + l - 1;
            (format!("{src}:{at}:{c}"), Some(at), Some(c))
        }
        (Origin::Line(src, n), None) => (format!("{src}:{n}"), Some(*n), None),
        (Origin::Inline, Some((l, c))) => (format!("{l}:{c}"), Some(l), Some(c)),
        (Origin::Inline, None) => (String::new(), None, None),
    }
}

/// A plain one-line error for a place in the input (no query to show).
pub fn render_at(message: &str, origin: &Origin, color: bool) -> String {
    render_styled(&Error::Input(message.to_string()), None, origin, color)
}

/// The line as shown: tabs and other control characters become one space,
/// so widths measured on it match what the terminal draws.
fn shown(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// Words that say the user is writing SQL.
const SQL_WORDS: &[&str] = &[
    "select", "from", "insert", "update", "delete", "with", "create", "describe", "table",
];

fn render_query(q: &QueryError, text: &str, origin: &Origin, p: Paint) -> String {
    let start = floor_boundary(text, q.span.0);
    let end = floor_boundary(text, q.span.1.max(start));
    // The query may span lines (REPL continuation, `\` in a script): show
    // the line with the error.
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let (line_in_query, col_chars) = q.line_column(text);
    // A long line (a huge query) is shown as a window around the error, and
    // the underline stops after a few windows, however long the span.
    let (shown_start, prefix) = if start - line_start > WINDOW {
        (floor_boundary(text, start - WINDOW), "…")
    } else {
        (line_start, "")
    };
    let under_end = floor_boundary(text, end.min(line_end).min(start + 4 * WINDOW));
    let (shown_end, suffix) = if line_end - under_end > WINDOW {
        (floor_boundary(text, under_end + WINDOW), "…")
    } else {
        (line_end, "")
    };
    let line = format!("{prefix}{}{suffix}", shown(&text[shown_start..shown_end]));
    let pad = UnicodeWidthStr::width(prefix)
        + UnicodeWidthStr::width(shown(&text[shown_start..start]).as_str());
    let carets = UnicodeWidthStr::width(shown(&text[start..under_end]).as_str()).max(1);
    // Piped input names its place up front (`stdin:3:15: error: …`, as
    // compilers do); typed queries get it on an arrow line below.
    let (number, head, arrow) = match origin {
        Origin::Inline => (
            line_in_query,
            String::new(),
            Some(format!("{line_in_query}:{col_chars}")),
        ),
        Origin::Line(src, n) => {
            let at = n + line_in_query - 1;
            (at, format!("{src}:{at}:{col_chars}: "), None)
        }
    };
    let num = number.to_string();
    let gutter = " ".repeat(num.len() + 1);
    let bar = p.on(BLUE_BOLD, "|");
    let arrow = arrow.map_or(String::new(), |loc| {
        format!(
            "\n{}{} {loc}",
            " ".repeat(num.len()),
            p.on(BLUE_BOLD, "-->")
        )
    });
    let mut out = format!(
        "{head}{}{} {}{arrow}\n{gutter}{bar}\n{} {bar} {line}\n{gutter}{bar} {}{}",
        p.on(RED_BOLD, "error"),
        p.on(BOLD, ":"),
        p.on(BOLD, &clip(&q.message)),
        p.on(BLUE_BOLD, &num),
        " ".repeat(pad),
        p.on(RED_BOLD, &"^".repeat(carets)),
    );
    if let Some(h) = &q.help {
        out.push(' ');
        out.push_str(&p.on(RED_BOLD, &clip(h)));
    }
    if let Some(sug) = &q.suggestion {
        out.push_str(&format!("\n{gutter}= {} {sug}", p.on(CYAN, "help:")));
    }
    let first = text
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    if SQL_WORDS.contains(&first.as_str()) {
        out.push_str(&format!(
            "\n{gutter}= {} not SQL here: try `funding where amount > 1亿元` (.help for more)",
            p.on(CYAN, "note:")
        ));
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

    fn caret_col(out: &str, q_marker: char) -> (usize, usize) {
        let lines: Vec<&str> = out.lines().collect();
        let qi = lines.iter().position(|l| l.contains("funding")).unwrap();
        let q = lines[qi];
        let c = lines[qi + 1];
        let q_col = UnicodeWidthStr::width(&q[..q.find(q_marker).unwrap()]);
        (c.find('^').unwrap(), q_col)
    }

    #[test]
    fn caret_lands_under_cjk() {
        let text = "funding where 金额 > 1";
        let start = text.find('金').unwrap();
        let e = Error::Query(QueryError::new("unknown attribute", (start, start + 6)));
        let out = render(&e, Some(text), &Origin::Inline);
        let (caret, under) = caret_col(&out, '金');
        assert_eq!(caret, under, "{out}");
        assert!(
            out.contains("^^^^ ") || out.ends_with("^^^^"),
            "two CJK characters are four columns: {out}"
        );
        let piped = render(&e, Some(text), &Origin::Line("stdin".into(), 3));
        assert!(
            piped.starts_with("stdin:3:15: error: unknown attribute"),
            "{piped}"
        );
        assert!(piped.contains("\n3 | funding"), "{piped}");
    }

    #[test]
    fn tabs_do_not_shift_the_caret() {
        let text = "funding\twhere 金额 > 1";
        let start = text.find('金').unwrap();
        let e = Error::Query(QueryError::new("x", (start, start + 3)));
        let out = render(&e, Some(text), &Origin::Inline);
        let (caret, under) = caret_col(&out, '金');
        assert_eq!(caret, under, "{out}");
    }

    #[test]
    fn second_line_of_a_query() {
        let text = "funding where\n  amout > 1";
        let e = Error::Query(QueryError::new("unknown attribute 'amout'", (16, 21)));
        let out = render(&e, Some(text), &Origin::Line("q.txt".into(), 7));
        assert!(out.starts_with("q.txt:8:3: error:"), "{out}");
        assert!(out.contains("8 |   amout > 1\n  |   ^^^^^"), "{out}");
    }

    #[test]
    fn colour_only_when_asked() {
        let e = Error::Query(QueryError::new("m", (0, 1)).with_help("h"));
        assert!(!render(&e, Some("x"), &Origin::Inline).contains('\x1b'));
        assert!(render_styled(&e, Some("x"), &Origin::Inline, true).contains("\x1b[1;31m"));
    }
}
