//! Tables. On a terminal: box-drawn, aligned by display width (a CJK
//! character is two columns), numbers right-aligned, long text wrapped to
//! fit the screen, a bar beside the sums of grouped results, and the
//! middle of a long result cut with a note of how many rows it held. On a
//! pipe: plain aligned columns and nothing else.

use super::{Namer, Style};
use crate::model::Num;
use crate::query::result::{Cell, ResultSet};
use std::borrow::Cow;
use std::io::{self, Write};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Text columns are never squeezed below this many display columns.
const MIN_WRAP: usize = 12;
/// Widest bar, in display columns, and the narrowest a tight screen makes it.
const BAR_WIDTH: usize = 20;
const MIN_BAR: usize = 8;
/// The doc column is kept this wide, when its names need it, before the
/// other text columns get more.
const DOC_WIDTH: usize = 32;

fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

fn pad(s: &str, w: usize, right: bool) -> String {
    let fill = " ".repeat(w.saturating_sub(width(s)));
    if right {
        format!("{fill}{s}")
    } else {
        format!("{s}{fill}")
    }
}

fn cell_text(c: &Cell) -> String {
    match c {
        c if c.is_empty() => "-".to_string(),
        c => c
            .display()
            .chars()
            .map(|ch| if ch.is_control() { ' ' } else { ch })
            .collect(),
    }
}

/// Widest a group's `members` cell is drawn in a table before the rest of
/// the names are left out (and counted); JSON and CSV list them all.
const MEMBERS_WIDTH: usize = 40;

/// A cell's text in a table column: a group's members elided to
/// [`MEMBERS_WIDTH`] with a count of the names left out.
fn column_text(title: &str, c: &Cell, namer: Namer) -> io::Result<String> {
    let entity = |n: &str| cell_text(&Cell::Entity(n.to_string()));
    Ok(match c {
        // The first names shown are the first in the order of the names:
        // all of the group's are read to find them.
        Cell::Members(ids) if title == "members" => {
            let names = namer.names(ids)?;
            elided(names.len(), names.iter().map(entity))
        }
        Cell::Members(ids) => cell_text(&Cell::Names(Box::new(namer.names(ids)?))),
        c if title != "members" => cell_text(c),
        Cell::List(items) => elided(items.len(), items.iter().map(cell_text)),
        Cell::Names(names) => elided(names.len(), names.iter().map(entity)),
        _ => cell_text(c),
    })
}

/// The first of `len` names that fit in [`MEMBERS_WIDTH`], and a count of
/// the rest.
fn elided(len: usize, items: impl Iterator<Item = String>) -> String {
    let mut shown: Vec<String> = Vec::new();
    let mut used = 0;
    for (i, t) in items.enumerate() {
        let left = len - i - 1;
        // Room for this name, and for the note when names remain.
        let note = if left > 0 {
            width(&format!("; … (+{left})"))
        } else {
            0
        };
        let sep = if shown.is_empty() { 0 } else { 2 };
        if !shown.is_empty() && used + sep + width(&t) + note > MEMBERS_WIDTH {
            let rest = len - i;
            return format!("{} … (+{rest})", shown.join("; "));
        }
        used += sep + width(&t);
        shown.push(t);
    }
    shown.join("; ")
}

fn numeric_columns(rs: &ResultSet) -> Vec<bool> {
    (0..rs.columns.len())
        .map(|i| {
            rs.rows
                .iter()
                .all(|r| r.get(i).is_none_or(|c| c.is_numeric() || c.is_empty()))
        })
        .collect()
}

/// Plain columns, for pipes (and anyone who asked for `table` there).
/// Each row's text is made twice, for the widths and then to be written,
/// rather than held for every row at once.
pub fn write_plain(out: &mut dyn Write, rs: &ResultSet, namer: Namer) -> io::Result<()> {
    if rs.rows.is_empty() {
        return Ok(());
    }
    let text = |r: &[Cell], namer: Namer| -> io::Result<Vec<String>> {
        r.iter()
            .zip(&rs.columns)
            .map(|(c, t)| column_text(t, c, namer))
            .collect()
    };
    // A grouping's rows (a row per group: few) made once and kept: their
    // members are named a batch of groups at a time, in the order of the
    // names, which takes every member's name, not just those shown.
    let grouped = rs
        .rows
        .iter()
        .flatten()
        .any(|c| matches!(c, Cell::Members(_)));
    let made: Option<Vec<Vec<String>>> = if grouped {
        Some(
            namer
                .rows(&rs.rows)
                .map(|r| r.and_then(|r| text(&r, Namer::default())))
                .collect::<io::Result<_>>()?,
        )
    } else {
        None
    };
    // A kept row is lent, not copied, to each of the two passes.
    let text = |i: usize, r: &[Cell]| -> io::Result<Cow<'_, [String]>> {
        match &made {
            Some(made) => Ok(Cow::Borrowed(made[i].as_slice())),
            None => text(r, namer).map(Cow::Owned),
        }
    };
    let numeric = numeric_columns(rs);
    let mut widths: Vec<usize> = rs.columns.iter().map(|c| width(c)).collect();
    for (i, r) in rs.rows.iter().enumerate() {
        for (w, s) in widths.iter_mut().zip(text(i, r)?.iter()) {
            *w = (*w).max(width(s));
        }
    }
    let line = |cells: Vec<String>| cells.join("  ").trim_end().to_string();
    let row = |cells: &[String]| {
        line(
            cells
                .iter()
                .enumerate()
                .map(|(i, c)| pad(c, widths[i], numeric[i]))
                .collect(),
        )
    };
    writeln!(out, "{}", row(&rs.columns))?;
    writeln!(
        out,
        "{}",
        line(widths.iter().map(|w| "-".repeat(*w)).collect())
    )?;
    for (i, r) in rs.rows.iter().enumerate() {
        // A heading (`show`'s facts that refer to the entity): a blank
        // line, the heading and a rule, so that a reader of a pipe sees
        // a new part begin.
        for h in rs.headings_before(i.checked_sub(1), i) {
            writeln!(out)?;
            writeln!(out, "{h}:")?;
            writeln!(
                out,
                "{}",
                line(widths.iter().map(|w| "-".repeat(*w)).collect())
            )?;
        }
        writeln!(out, "{}", row(&text(i, r)?))?;
    }
    Ok(())
}

/// Characters a number or quantity is written with: digits, the decimal
/// point and separators, Chinese numerals and magnitudes, units.
fn is_quantity_char(c: char) -> bool {
    c.is_ascii_digit()
        || ".,%％~～-:".contains(c)
        || "〇零一二三四五六七八九十百千万亿两点".contains(c)
        || "元个吨米瓦兆亩笔家座人户台辆项条份余多倍平方公里顷".contains(c)
        // Their traditional forms (10萬噸, 62億元).
        || "萬億兩點個噸畝筆臺輛項條餘倍頃".contains(c)
        // Dates and times: 2020-05-20, 6月20日, 10:30.
        || "年月日号时分秒".contains(c)
}

/// The number or quantity `s` ends in (with at least one digit), if any.
fn quantity_tail(s: &str) -> &str {
    let start = s
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_quantity_char(*c))
        .last()
        .map_or(s.len(), |(i, _)| i);
    let tail = &s[start..];
    // Only a run with a digit in it is a number (not a word like 一个).
    let first_digit = tail.find(|c: char| c.is_ascii_digit());
    match first_digit {
        Some(d) => &tail[d..],
        None => "",
    }
}

/// Punctuation that ends what comes before it (。，、；：！？ and closing
/// quotes and brackets), which a line never begins with.
fn closes(c: char) -> bool {
    "。，、；：！？）》」』】”’…,.;:!?)]".contains(c)
}

/// Breaks text into lines of at most `w` display columns; Latin words,
/// numbers and quantities are kept whole where the width allows, and no
/// line begins with a closing mark.
pub fn wrap(s: &str, w: usize) -> Vec<String> {
    let w = w.max(2);
    let mut lines = Vec::new();
    let mut cur = String::new();
    let mut cur_w = 0;
    for ch in s.chars() {
        let cw = ch.width().unwrap_or(0);
        if cur_w + cw > w {
            // Move a half-written Latin word, number or quantity to the
            // next line: 约10 / 00元 would read as 约10元.
            let mut carry = String::new();
            let tail = quantity_tail(&cur);
            if is_quantity_char(ch) && !tail.is_empty() && width(tail) + cw <= w {
                carry = tail.to_string();
                cur.truncate(cur.len() - tail.len());
            } else if closes(ch) {
                // A closing mark never opens a line (a lone 。): it takes
                // the character it closes along (with the marks before it,
                // ”，), a quantity whole (10萬噸。), when the line keeps some.
                let marks: usize = cur
                    .chars()
                    .rev()
                    .take_while(|c| closes(*c))
                    .map(char::len_utf8)
                    .sum();
                let before = cur[..cur.len() - marks]
                    .chars()
                    .last()
                    .map_or(0, char::len_utf8);
                let take = if !tail.is_empty() && marks == 0 {
                    tail.len()
                } else {
                    marks + before
                };
                if take > 0 && take < cur.len() && width(&cur[cur.len() - take..]) + cw <= w {
                    carry = cur[cur.len() - take..].to_string();
                    cur.truncate(cur.len() - take);
                }
            } else if ch.is_ascii_alphanumeric() {
                // Break after a space, `_`, `-`, `.` or `/` when there is one.
                if let Some(sp) = cur.rfind([' ', '_', '-', '.', '/']) {
                    let tail = &cur[sp + 1..];
                    // A word in brackets, `(extracted)`, moves with its bracket.
                    let word = tail.trim_start_matches(['(', '[']);
                    if !word.is_empty() && word.chars().all(|c| c.is_ascii_alphanumeric()) {
                        carry = tail.to_string();
                        cur.truncate(if cur.as_bytes()[sp] == b' ' {
                            sp
                        } else {
                            sp + 1
                        });
                    }
                }
            }
            lines.push(cur.trim_end().to_string());
            cur = carry;
            cur_w = width(&cur);
            if ch == ' ' {
                continue;
            }
        }
        cur.push(ch);
        cur_w += cw;
    }
    if !cur.is_empty() || lines.is_empty() {
        lines.push(cur);
    }
    lines
}

/// The column a bar is drawn beside: the first money (or other quantity)
/// column after the group key, else the first count.
fn bar_column(rs: &ResultSet) -> Option<usize> {
    let is_col = |i: usize, f: &dyn Fn(&Cell) -> bool| {
        rs.rows.iter().any(|r| f(&r[i])) && rs.rows.iter().all(|r| f(&r[i]) || r[i].is_empty())
    };
    let quantity = (1..rs.columns.len())
        .find(|&i| is_col(i, &|c| matches!(c, Cell::Quantity(q) if q.unit.is_money())))
        .or_else(|| {
            (1..rs.columns.len()).find(|&i| is_col(i, &|c| matches!(c, Cell::Quantity(_))))
        });
    quantity.or_else(|| (1..rs.columns.len()).find(|&i| is_col(i, &|c| matches!(c, Cell::Int(_)))))
}

fn value_of(c: &Cell) -> Option<Num> {
    match c {
        Cell::Int(i) => Num::from_int(i128::from(*i)),
        Cell::Quantity(q) => Some(q.value),
        _ => None,
    }
}

/// A bar of `v / max` of the full width, in eighths of a column.
fn bar(v: Num, max: Num, full: usize) -> String {
    if max.0 <= 0 || v.0 <= 0 {
        return String::new();
    }
    let eighths = (v.0.saturating_mul(full as i128 * 8) / max.0).max(1) as usize;
    let mut s = "█".repeat(eighths / 8);
    const PARTS: [&str; 8] = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];
    s.push_str(PARTS[eighths % 8]);
    s
}

struct Col {
    title: String,
    right: bool,
    width: usize,
    is_bar: bool,
}

/// The box-drawn table for a person at a terminal.
pub fn write_boxed(out: &mut dyn Write, rs: &ResultSet, style: Style) -> io::Result<()> {
    let paint = |code: &str, s: &str| -> String {
        if style.color && !s.is_empty() {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    };
    if rs.rows.is_empty() {
        return writeln!(out, "{}", paint("2", "no rows"));
    }
    let total = rs.rows.len();
    let numeric = numeric_columns(rs);
    // Which rows are shown: all, or the head and tail around a cut.
    let shown: Vec<Option<usize>> = if style.max_rows > 0 && total > style.max_rows {
        let head = style.max_rows.div_ceil(2);
        let tail = style.max_rows - head;
        (0..head)
            .map(Some)
            .chain(std::iter::once(None))
            .chain((total - tail..total).map(Some))
            .collect()
    } else {
        (0..total).map(Some).collect()
    };
    let mut cols: Vec<Col> = rs
        .columns
        .iter()
        .enumerate()
        .map(|(i, c)| Col {
            title: c.clone(),
            right: numeric[i],
            width: width(c),
            is_bar: false,
        })
        .collect();
    // Members come named (`Namer::all`).
    let mut grid: Vec<Option<Vec<String>>> = shown
        .iter()
        .map(|r| {
            r.map(|i| {
                rs.rows[i]
                    .iter()
                    .zip(&rs.columns)
                    .map(|(c, t)| column_text(t, c, Namer::default()))
                    .collect::<io::Result<Vec<String>>>()
            })
            .transpose()
        })
        .collect::<io::Result<_>>()?;
    // The bar beside the sums of a grouped result.
    let bar_at = if style.bars && total > 1 {
        bar_column(rs)
    } else {
        None
    };
    let max = bar_at.and_then(|b| rs.rows.iter().filter_map(|r| value_of(&r[b])).max());
    let bar_at = bar_at.filter(|&b| {
        max.is_some_and(|m| m.0 > 0)
            && rs
                .rows
                .iter()
                .all(|r| value_of(&r[b]).is_none_or(|v| v.0 >= 0))
    });
    if let Some(b) = bar_at {
        cols.insert(
            b + 1,
            Col {
                title: "vs max".into(),
                right: false,
                width: BAR_WIDTH,
                is_bar: true,
            },
        );
        // Filled in once the bar's width is settled.
        for row in grid.iter_mut().flatten() {
            row.insert(b + 1, String::new());
        }
    }
    for row in grid.iter().flatten() {
        for (c, s) in cols.iter_mut().zip(row) {
            c.width = c.width.max(width(s));
        }
    }
    let avail = style.width.unwrap_or(usize::MAX);
    // A narrow screen takes from the bar first.
    let need: usize = cols.iter().map(|c| c.width).sum::<usize>() + 3 * cols.len() + 1;
    if let Some(c) = cols.iter_mut().find(|c| c.is_bar) {
        c.width = BAR_WIDTH
            .saturating_sub(need.saturating_sub(avail))
            .max(MIN_BAR);
    }
    // Fit the screen: squeeze the widest text columns (their text wraps),
    // then leave out columns from the right.
    let frame = |cols: &[Col]| 3 * cols.len() + 1;
    let mut left_out: Vec<String> = Vec::new();
    let squeezable = |c: &Col| !c.right && !c.is_bar && c.width > MIN_WRAP;
    let fixed = |cols: &[Col]| -> usize {
        cols.iter()
            .filter(|c| !squeezable(c))
            .map(|c| c.width)
            .sum::<usize>()
            + frame(cols)
    };
    loop {
        let need: usize = cols.iter().map(|c| c.width).sum::<usize>() + frame(&cols);
        if need <= avail {
            break;
        }
        let n_sq = cols.iter().filter(|c| squeezable(c)).count();
        let room = avail.saturating_sub(fixed(&cols));
        if n_sq > 0 && room >= n_sq * MIN_WRAP {
            // Every squeezed column starts narrow; each further column of
            // screen goes where it saves the most wrapped lines.
            let idx: Vec<usize> = (0..cols.len()).filter(|&i| squeezable(&cols[i])).collect();
            let cells: Vec<Vec<usize>> = idx
                .iter()
                .map(|&i| grid.iter().flatten().map(|r| width(&r[i])).collect())
                .collect();
            let natural: Vec<usize> = idx.iter().map(|&i| cols[i].width).collect();
            // A file name is read whole: the doc column keeps its width
            // (up to DOC_WIDTH) when the screen allows, the quote wraps.
            let mut w: Vec<usize> = idx
                .iter()
                .zip(&natural)
                .map(|(&i, &n)| {
                    if cols[i].title == "doc" {
                        n.clamp(MIN_WRAP, DOC_WIDTH)
                    } else {
                        MIN_WRAP
                    }
                })
                .collect();
            if w.iter().sum::<usize>() > room {
                w = vec![MIN_WRAP; idx.len()];
            }
            let lines = |len: usize, w: usize| (len as f64 / w as f64).max(1.0);
            let mut spare = room - w.iter().sum::<usize>();
            while spare > 0 {
                let gain = |k: usize| -> f64 {
                    cells[k]
                        .iter()
                        .map(|&len| lines(len, w[k]) - lines(len, w[k] + 1))
                        .sum()
                };
                let best = (0..idx.len())
                    .filter(|&k| w[k] < natural[k])
                    .max_by(|&a, &b| gain(a).total_cmp(&gain(b)));
                let Some(k) = best else { break };
                w[k] += 1;
                spare -= 1;
            }
            for (k, &i) in idx.iter().enumerate() {
                cols[i].width = w[k];
            }
            break;
        }
        if cols.len() <= 1 {
            break;
        }
        let gone = cols.pop();
        for row in grid.iter_mut().flatten() {
            row.pop();
        }
        if let Some(g) = gone {
            if !g.is_bar {
                left_out.insert(0, g.title);
            }
        }
    }
    if !left_out.is_empty() && !style.bars {
        // Too wide for a table even with its text wrapped: one card per
        // row shows every column (psql's expanded display).
        return write_records(out, rs, style);
    }
    if let (Some(b), Some(max)) = (bar_at, max) {
        if let Some(w) = cols.get(b + 1).filter(|c| c.is_bar).map(|c| c.width) {
            for (row, src) in grid.iter_mut().zip(&shown) {
                if let (Some(row), Some(i)) = (row, src) {
                    if let Some(v) = value_of(&rs.rows[*i][b]) {
                        row[b + 1] = bar(v, max, w);
                    }
                }
            }
        }
    }
    let line = |l: &str, m: &str, r: &str| -> String {
        let mut s = l.to_string();
        for (i, c) in cols.iter().enumerate() {
            s.push_str(&"─".repeat(c.width + 2));
            s.push_str(if i + 1 == cols.len() { r } else { m });
        }
        s
    };
    let render_row = |cells: &[String], header: bool| -> Vec<String> {
        let wrapped: Vec<Vec<String>> = cells
            .iter()
            .zip(&cols)
            .map(|(s, c)| {
                if width(s) > c.width {
                    wrap(s, c.width)
                } else {
                    vec![s.clone()]
                }
            })
            .collect();
        let height = wrapped.iter().map(Vec::len).max().unwrap_or(1);
        (0..height)
            .map(|k| {
                let mut s = "│".to_string();
                for (cell, c) in wrapped.iter().zip(&cols) {
                    let t = cell.get(k).map_or("", String::as_str);
                    let padded = pad(t, c.width, c.right);
                    let shown = if header {
                        paint("1", &padded)
                    } else if c.is_bar {
                        paint("36", &padded)
                    } else if t == "-" && cell.len() == 1 {
                        paint("2", &padded)
                    } else {
                        padded
                    };
                    s.push(' ');
                    s.push_str(&shown);
                    s.push_str(" │");
                }
                s
            })
            .collect()
    };
    let titles: Vec<String> = cols.iter().map(|c| c.title.clone()).collect();
    let body: Vec<Vec<String>> = grid
        .iter()
        .map(|row| match row {
            Some(cells) => render_row(cells, false),
            None => render_row(
                &cols.iter().map(|_| "⋮".to_string()).collect::<Vec<_>>(),
                false,
            ),
        })
        .collect();
    let wrapped_any = body.iter().any(|r| r.len() > 1);
    writeln!(out, "{}", line("┌", "┬", "┐"))?;
    for l in render_row(&titles, true) {
        writeln!(out, "{l}")?;
    }
    writeln!(out, "{}", line("├", "┼", "┤"))?;
    let thin = line("├", "┼", "┤").replace('─', "┄");
    // The table's inner width, for a heading across every column.
    let inner: usize = cols.iter().map(|c| c.width + 3).sum::<usize>() - 1;
    let mut prev: Option<usize> = None;
    for (k, r) in body.iter().enumerate() {
        let headings: Vec<&str> = match shown[k] {
            Some(i) => {
                let h = rs.headings_before(prev, i).collect();
                prev = Some(i);
                h
            }
            None => Vec::new(),
        };
        if !headings.is_empty() {
            writeln!(out, "{}", line("├", "┴", "┤"))?;
            for h in headings {
                for part in wrap(h, inner.saturating_sub(2)) {
                    let padded = pad(&part, inner.saturating_sub(2), false);
                    writeln!(out, "│ {} │", paint("1", &padded))?;
                }
            }
            writeln!(out, "{}", line("├", "┬", "┤"))?;
        } else if k > 0 && wrapped_any {
            writeln!(out, "{thin}")?;
        }
        for l in r {
            writeln!(out, "{l}")?;
        }
    }
    writeln!(out, "{}", line("└", "┴", "┘"))?;
    let mut foot = format!("{total} row{}", if total == 1 { "" } else { "s" });
    let hidden = total + 1 - shown.len();
    if shown.len() < total + 1 && shown.iter().any(Option::is_none) {
        foot.push_str(&format!(
            ", {hidden} not shown (.maxrows 0 shows all, .format csv prints every row)"
        ));
    }
    if !left_out.is_empty() {
        foot.push_str(&format!(
            "; {} column{} left out for width: {} (.format jsonl shows every column)",
            left_out.len(),
            if left_out.len() == 1 { "" } else { "s" },
            left_out.join(", ")
        ));
    }
    writeln!(out, "{}", paint("2", &foot))
}

/// Rows as cards, one `column │ value` line per set value, for results too
/// wide for a table. Empty values are left out (entities of a kind share
/// few attributes); long values wrap under themselves.
pub fn write_records(out: &mut dyn Write, rs: &ResultSet, style: Style) -> io::Result<()> {
    let paint = |code: &str, s: &str| -> String {
        if style.color && !s.is_empty() {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    };
    let total = rs.rows.len();
    let screen = style.width.unwrap_or(100).max(30);
    let key_w = rs
        .columns
        .iter()
        .map(|c| width(c))
        .max()
        .unwrap_or(0)
        .min(screen / 3);
    let val_w = screen.saturating_sub(key_w + 3).max(10);
    let shown: Vec<Option<usize>> = if style.max_rows > 0 && total > style.max_rows {
        let head = style.max_rows.div_ceil(2);
        let tail = style.max_rows - head;
        (0..head)
            .map(Some)
            .chain(std::iter::once(None))
            .chain((total - tail..total).map(Some))
            .collect()
    } else {
        (0..total).map(Some).collect()
    };
    let mut prev: Option<usize> = None;
    for item in &shown {
        if let Some(i) = *item {
            for h in rs.headings_before(prev, i) {
                writeln!(out, "{}", paint("1", &format!("══ {h} ══")))?;
            }
            prev = Some(i);
        }
        let Some(i) = *item else {
            writeln!(
                out,
                "{}",
                paint("2", &format!("⋮ {} rows not shown", total - style.max_rows))
            )?;
            continue;
        };
        let title = format!("─[ {} of {total} ]", i + 1);
        let fill = "─".repeat(screen.saturating_sub(width(&title)).min(40));
        writeln!(out, "{}", paint("2", &format!("{title}{fill}")))?;
        for (c, cell) in rs.columns.iter().zip(&rs.rows[i]) {
            if cell.is_empty() {
                continue;
            }
            let text = cell_text(cell);
            let key = if width(c) > key_w {
                wrap(c, key_w)[0].clone()
            } else {
                c.clone()
            };
            for (k, part) in wrap(&text, val_w).into_iter().enumerate() {
                let label = if k == 0 {
                    pad(&key, key_w, false)
                } else {
                    " ".repeat(key_w)
                };
                writeln!(out, "{} │ {part}", paint("1", &label))?;
            }
        }
    }
    let mut foot = format!(
        "{total} row{} as cards: too wide for a table; empty values left out",
        if total == 1 { "" } else { "s" }
    );
    if shown.iter().any(Option::is_none) {
        foot.push_str(&format!(
            "; {} not shown (.maxrows 0 shows all)",
            total - style.max_rows
        ));
    }
    writeln!(out, "{}", paint("2", &foot))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Quantity, Unit};

    fn money(yuan: i128) -> Cell {
        Cell::quantity(Quantity::exact(
            Num::from_int(yuan).expect("small"),
            Unit::Cny,
        ))
    }

    fn render(rs: &ResultSet, style: Style) -> String {
        let mut v = Vec::new();
        write_boxed(&mut v, rs, style).expect("write to a Vec");
        String::from_utf8(v).expect("utf-8")
    }

    fn term(width: usize) -> Style {
        Style {
            terminal: true,
            color: false,
            width: Some(width),
            max_rows: 40,
            bars: false,
        }
    }

    /// 新台币…1200億元: a table and CSV say the currency the words leave
    /// out; yuan stay as written.
    #[test]
    fn a_foreign_amount_shows_its_currency_in_a_table_and_csv() {
        let mut twd = crate::model::parse_quantity("1200億元").expect("an amount");
        twd.unit = Unit::Twd;
        let mut rs = ResultSet::new(vec!["subject", "amount"]);
        rs.rows
            .push(vec![Cell::Entity("台北市".into()), Cell::quantity(twd)]);
        rs.rows
            .push(vec![Cell::Entity("义县".into()), money(896_355_300)]);
        let s = render(&rs, term(80));
        assert!(s.contains("1200億元 TWD"), "{s}");
        assert!(s.contains("89635.53万元 "), "{s}");
        assert!(!s.contains("CNY"), "{s}");
        let (header, rows) = crate::output::flat(&rs);
        assert_eq!(
            header[1..],
            [
                "amount",
                "amount_unit",
                "amount_bound",
                "amount_modality",
                "amount_per",
                "amount_as_of",
                "amount_text"
            ]
        );
        assert_eq!(rows[0][1..3], ["120000000000", "TWD"]);
        assert_eq!(rows[0][7], "1200億元 TWD");
        assert_eq!(rows[1][7], "89635.53万元");
    }

    #[test]
    fn boxed_aligns_cjk_and_numbers() {
        let mut rs = ResultSet::new(vec!["recipient", "amount"]);
        rs.rows
            .push(vec![Cell::Entity("义县".into()), money(896_355_300)]);
        rs.rows
            .push(vec![Cell::Entity("Jinzhou".into()), money(22_500_000)]);
        let s = render(&rs, term(80));
        let lines: Vec<&str> = s.lines().collect();
        // Every line of the box is equally wide on screen.
        let w = width(lines[0]);
        for l in &lines[..lines.len() - 1] {
            assert_eq!(width(l), w, "{l}");
        }
        assert!(s.contains("│ 义县      │ 89635.53万元 │"), "{s}");
        assert!(s.contains("│ Jinzhou   │     2250万元 │"), "{s}");
        assert!(s.ends_with("2 rows\n"));
    }

    #[test]
    fn bars_are_proportional() {
        let mut rs = ResultSet::new(vec!["source", "count", "amount"]);
        rs.rows
            .push(vec![Cell::Text("a".into()), Cell::Int(1), money(400)]);
        rs.rows
            .push(vec![Cell::Text("b".into()), Cell::Int(2), money(100)]);
        rs.rows.push(vec![Cell::Null, Cell::Int(1), Cell::Null]);
        let s = render(
            &rs,
            Style {
                bars: true,
                ..term(80)
            },
        );
        let a = s.lines().find(|l| l.contains("│ a ")).unwrap();
        let b = s.lines().find(|l| l.contains("│ b ")).unwrap();
        assert_eq!(a.matches('█').count(), BAR_WIDTH, "{s}");
        assert_eq!(b.matches('█').count(), BAR_WIDTH / 4, "{s}");
        // The bar stands right of the sum it measures.
        assert!(a.find("400元").unwrap() < a.find('█').unwrap());
    }

    #[test]
    fn long_results_are_cut_in_the_middle() {
        let mut rs = ResultSet::new(vec!["n"]);
        for i in 0..100 {
            rs.rows.push(vec![Cell::Int(i)]);
        }
        let s = render(
            &rs,
            Style {
                max_rows: 10,
                ..term(80)
            },
        );
        assert!(s.contains("│  4 │") && s.contains("│ 95 │"), "{s}");
        assert!(!s.contains("│  5 │") && !s.contains("│ 94 │"), "{s}");
        assert!(s.contains('⋮'));
        assert!(s.contains("100 rows, 90 not shown"), "{s}");
        let all = render(
            &rs,
            Style {
                max_rows: 0,
                ..term(80)
            },
        );
        assert_eq!(all.lines().filter(|l| l.starts_with("│ ")).count(), 101);
    }

    #[test]
    fn wide_text_wraps_to_the_screen() {
        let mut rs = ResultSet::new(vec!["attribute", "quote"]);
        let quote = "锦州市坚持把项目建设作为经济工作的生命线，".repeat(4);
        rs.rows
            .push(vec![Cell::Text("amount".into()), Cell::Text(quote.clone())]);
        rs.rows.push(vec![
            Cell::Text("source".into()),
            Cell::Text("short".into()),
        ]);
        let s = render(&rs, term(60));
        for l in s.lines() {
            assert!(width(l) <= 60, "{l}");
        }
        let joined: String = s
            .lines()
            .filter_map(|l| l.split('│').nth(2))
            .map(str::trim)
            .collect();
        assert!(joined.contains(&quote), "nothing of the quote is lost: {s}");
        assert!(s.contains('┄'), "rows are ruled apart once text wraps");
    }

    #[test]
    fn too_many_columns_are_left_out_and_named() {
        let cols: Vec<String> = (0..12).map(|i| format!("numeric_column_{i}")).collect();
        let mut rs = ResultSet {
            columns: cols.clone(),
            rows: Vec::new(),
            notes: Vec::new(),
            headings: Vec::new(),
        };
        rs.rows.push((0..12).map(Cell::Int).collect());
        // Grouped results keep their table (and bars) and name the columns
        // left out; other rows become cards with every column.
        let s = render(
            &rs,
            Style {
                bars: true,
                ..term(80)
            },
        );
        for l in s.lines().take(3) {
            assert!(width(l) <= 80, "{l}");
        }
        assert!(s.contains("left out for width"), "{s}");
        assert!(s.contains("numeric_column_11"), "{s}");
        let cards = render(&rs, term(80));
        assert!(cards.starts_with("─[ 1 of 1 ]"), "{cards}");
        assert!(cards.contains("numeric_column_11 │ 11"), "{cards}");
        assert!(cards.contains("as cards"), "{cards}");
        for l in cards.lines() {
            assert!(width(l) <= 80, "{l}");
        }
    }

    #[test]
    fn wrapping() {
        assert_eq!(
            wrap("义县上级拨付资金", 6),
            vec!["义县上", "级拨付", "资金"]
        );
        assert_eq!(wrap("Yi County fund", 10), vec!["Yi County", "fund"]);
        assert_eq!(wrap("", 5), vec![""]);
        assert_eq!(wrap("people_lifted_out", 12), vec!["people_", "lifted_out"]);
    }

    #[test]
    fn a_closing_mark_stays_with_the_text_it_ends() {
        // Before: 南港市計劃到2028年 / 建成冷庫容量10萬噸 / 。
        assert_eq!(
            wrap("南港市計劃到2028年建成冷庫容量10萬噸。", 18),
            vec!["南港市計劃到2028年", "建成冷庫容量", "10萬噸。"]
        );
        assert_eq!(
            wrap("义县上级拨付资金。", 8),
            vec!["义县上级", "拨付资", "金。"]
        );
        assert_eq!(wrap("资金”，", 5), vec!["资", "金”，"]);
        // Nothing to take along: the mark goes where it fits.
        assert_eq!(wrap("。。。", 2), vec!["。", "。", "。"]);
    }

    #[test]
    fn numbers_and_quantities_are_not_broken() {
        // A number at the end of a line moves whole to the next one.
        assert_eq!(wrap("项目投资1000元", 10), vec!["项目投资", "1000元"]);
        assert_eq!(wrap("就业岗位136个左右", 9), vec!["就业岗位", "136个左右"]);
        assert_eq!(wrap("约2.5亿元", 7), vec!["约", "2.5亿元"]);
        // Dates and times are quantities too.
        assert_eq!(
            wrap("300多辆 (as of 2020-05-20)", 20),
            vec!["300多辆 (as of", "2020-05-20)"]
        );
        assert_eq!(wrap("截至6月20日", 7), vec!["截至", "6月20日"]);
        // A bracketed word moves with its bracket.
        assert_eq!(wrap("kind (extracted)", 12), vec!["kind", "(extracted)"]);
        // A number wider than the line still breaks.
        let long = wrap("1234567890123", 6);
        assert_eq!(long.concat(), "1234567890123");
    }

    #[test]
    fn doc_names_stay_whole_and_the_bar_has_a_title() {
        let mut rs = ResultSet::new(vec!["attribute", "quote", "doc"]);
        let quote = "锦州市坚持把项目建设作为经济工作的生命线，".repeat(6);
        let doc = "000_c0358a9eae1db40c.txt";
        rs.rows.push(vec![
            Cell::Text("amount".into()),
            Cell::Text(quote),
            Cell::Text(doc.into()),
        ]);
        let s = render(&rs, term(80));
        assert!(s.contains(doc), "the file name wrapped: {s}");
        let mut g = ResultSet::new(vec!["source", "amount"]);
        g.rows.push(vec![Cell::Text("a".into()), money(300)]);
        g.rows.push(vec![Cell::Text("b".into()), money(100)]);
        let s = render(
            &g,
            Style {
                bars: true,
                ..term(80)
            },
        );
        let header = s.lines().nth(1).unwrap();
        assert!(header.contains("vs max"), "{s}");
    }

    #[test]
    fn empty_says_no_rows() {
        let rs = ResultSet::new(vec!["a"]);
        assert_eq!(render(&rs, term(80)), "no rows\n");
    }
}
