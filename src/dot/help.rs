//! `.help` and `.help WORD`: what a newcomer needs to get a right answer
//! without opening the README.

use super::DOT_COMMANDS;

const INTRO: &str = "\
Ask about the entities (places, enterprises, projects, funding …) and the
facts the documents state about them. Every answer can be traced to a quote.";

/// First queries, with what each shows (aligned by display width).
const EXAMPLES: &[(&str, &str)] = &[
    ("kinds", "what kinds of entities there are"),
    ("attributes of funding", "what is known about a kind"),
    ("show 义县", "every fact about one entity, with quotes"),
    (
        "funding by source",
        "one row per source: count and money sums",
    ),
    (
        "sum amount of funding by recipient",
        "who received how much",
    ),
    (
        "funding where amount > 1亿元",
        "quantities compare across units",
    ),
    (
        "funding where recipient within 锦州市",
        "places inside a place",
    ),
    ("projects order by total_investment desc limit 5", ""),
    (
        "match ?f recipient ?r, ?r within 锦州市 where ?f.amount > 1亿元",
        "",
    ),
    (
        "explain funding where amount > 1亿元",
        "which index answers it",
    ),
    (
        "find 物流",
        "sentences with a word, ranked, with their facts",
    ),
    ("timeline of 义县", "dated facts in date order, with quotes"),
    (
        "projects by district list name, total_investment",
        "choose the columns",
    ),
];

const OUTRO: &str = "\
Names may be Chinese, an alias, an English name (show Yi County) or a
unique prefix. Money prints as 2.4亿元, sums exact (87385.53万元; add
`rounded` for 约8.74亿元); `.format json` or `.format csv` shows the exact
value in yuan.

`.help amount` is a glossary of the words around a number (万, 亿, 超, 约,
近, 预计, 亩, 人次 …) for a reader without Chinese. Loading is a command of
the program, not of this shell: leave it (Ctrl-D) and run `seedkb load FILE`.

Keys: Tab completes (kinds, attributes, names — 义 then Tab), → takes the
grey hint, ↑/Ctrl-R search history, Alt-Enter or a trailing \\ starts a new
line, Ctrl-C clears the input, Ctrl-D on an empty prompt leaves.";

/// The glossary of an amount's words (万, 亿, 超, 约, 预计 …) for a reader
/// without Chinese: kept in grammar/, beside the rest of the language.
pub const AMOUNTS: &str = include_str!("../../grammar/amounts.txt");

/// Help on one word: (words it answers to, text).
const TOPICS: &[(&[&str], &str)] = &[
    (
        &[
            "amount", "amounts", "bound", "bounds", "modality", "glossary", "万", "亿", "超", "约",
            "预计", "measure", "measures",
        ],
        AMOUNTS.trim_ascii_end(),
    ),
    (
        &["show"],
        "show NAME — every fact about one entity, each with the quote it comes
from, then (under a heading of their own in a table) the facts of other
entities that refer to it. A loaded document by its file name: its title,
outlet and date as far as known, and a line to cite it by.
  show 义县
  show Yi County          (an English name or an alias works too)
  show yixian             (its pinyin, or a place's without 县/市/区: huaxi)
  show 思凯物流园          (a unique prefix or an alias)
  show 000_c0358a9eae1db40c.txt",
    ),
    (
        &["kinds"],
        "kinds — the kinds of entities there are, with how many of each.
A kind may be written singular or plural (project, projects) or in
Chinese (项目).",
    ),
    (
        &["attributes", "attrs", "of"],
        "attributes of KIND — the attributes the entities of a kind have, how
often each is set and what values it holds (a unit, ref, text, date).
  attributes of funding
  attrs projects",
    ),
    (
        &["where"],
        "KIND where CONDITION — the entities whose facts satisfy the condition.
Conditions: ATTR = VALUE, !=, <, <=, >, >=, ATTR within PLACE,
ATTR contains TEXT, has ATTR; combine with and, or, not and ( ).
  funding where recipient = 义县
  funding where amount >= 2250万元 and source = 锦州银行
  funding where not (recipient = 义县)
A condition on a value the entity does not have is unknown, as in SQL: it
keeps nothing, and neither does its `not` (`status != X` is `not status
= X`). Ask `has ATTR` / `not has ATTR` about presence.",
    ),
    (
        &["and", "or", "not"],
        "and, or, not combine conditions; not binds tightest, then and, then or.
Use parentheses to group:
  funding where (amount > 1亿元 or amount < 100万元) and not source = 社会",
    ),
    (
        &["has"],
        "has ATTR — the entity has at least one value for the attribute; never
unknown, so `not has ATTR` finds the entities without it.
  funding where has purpose
  funding where not has status or status != 资金需求",
    ),
    (
        &["contains"],
        "ATTR contains TEXT — the value (or the referred entity's name) contains
the text, ignoring quotes and white space.
  funding where purpose contains 扶贫",
    ),
    (
        &["within"],
        "ATTR within PLACE — the value is the place or lies inside it, following
located_in, district and a person's residence as far as they go.
  funding where recipient within 锦州市
  projects where district within 义县",
    ),
    (
        &["by", "group"],
        "KIND by ATTR — one row per value of the attribute: the count, the
members (names) and the sum of every money attribute, largest first.
  funding by source
  count enterprises by district
  sum amount of funding by recipient",
    ),
    (
        &["count", "sum", "avg", "min", "max"],
        "count KIND, sum ATTR of KIND, avg/min/max ATTR of KIND — aggregates over
the entities (that match `where`), optionally `by` an attribute.
Sums are exact and keep their bounds: adding 超2000元 gives \"at least\".
  count funding
  sum amount of funding by recipient
  max total_investment of projects",
    ),
    (
        &["order", "asc", "desc"],
        "order by ATTR [asc|desc] (or order by count) — sort the rows.
  projects order by total_investment desc
  count enterprises by district order by count desc",
    ),
    (
        &["list", "columns", "members"],
        "list COLUMN, … — the columns of the answer, in order. Of rows: attribute
paths (name is the entity's). Of groups: count, members, or an attribute
(the members' exact sum when quantities, else their values).
  projects where district within 义县 list name, capacity
  projects by district list count, members, total_investment",
    ),
    (
        &["rounded"],
        "rounded — computed quantities (sums, averages) rounded for reading and
marked 约 where that changed them; without it they are exact.
  sum amount of funding by recipient rounded",
    ),
    (
        &["timeline"],
        "timeline [of NAME] [where CONDITION] [list …] [limit N] — every dated
fact in date order with its subject, attribute, quote and document. `of`:
the entity, what lies in it and what refers to it; `where`: a condition
on the subject. Dates of unknown year (????-06-15) come last.
  timeline
  timeline of 义县
  timeline where kind = project",
    ),
    (
        &["limit"],
        "limit N — at most N rows.
  funding by source order by amount desc limit 3",
    ),
    (
        &["match", "?"],
        "match PATTERN, PATTERN … [where CONDITION] [limit N] — patterns
?subject attribute ?object with variables, joined over the indexes.
A variable's attributes are reached with a dot: ?f.amount.
  match ?f recipient ?r, ?r within 锦州市 where ?f.amount > 1亿元
  match ?f source 锦州银行, ?f recipient ?r",
    ),
    (
        &["find"],
        "find WORDS — the sentences of every loaded document that contain the
words (whole jieba words, or any exact substring), ranked, each with its
document, position and the facts drawn from it.
  find 物流
  find 光伏电站",
    ),
    (
        &["explain"],
        "explain QUERY — the plan instead of the answer: which index finds the
candidates and what is checked after.
  explain funding where amount > 1亿元",
    ),
    (
        &["quantities", "units", "money", "亿元", "万元"],
        "Quantities are exact numbers in base units: money in yuan (CNY), area in
m², capacity in W, energy in Wh, volume in m³, weight in t. Write them as
the documents do: 1亿元, 2250万元, 0.5亿元, 1500亩, 300千瓦, 1亿千瓦时 (an energy,
never a capacity), 1000万立方米, 超2.4亿元, or a plain number in the
base unit (100000000). Money compares only with money: 1500亩 is an area
(1亩 = 666.7 m²). `.help amount` explains every unit and measure word.",
    ),
    (
        &["names", "name", "aliases"],
        "Names match exactly, by alias (凌海 for 凌海市), by English name
(Yi County), ignoring “” and 《》, or by a unique prefix; so does a
condition (name = “西川县” is 西川县). Quote a name with spaces in a
condition: recipient = \"Yi County\". Tab completes names
from their first characters, or from pinyin (yix → 义县).",
    ),
];

/// Words `.help` knows, for completion.
pub fn topics() -> Vec<String> {
    let mut v: Vec<String> = TOPICS
        .iter()
        .flat_map(|(words, _)| words.iter().map(|w| w.to_string()))
        .collect();
    v.extend(DOT_COMMANDS.iter().map(|(c, _)| c.to_string()));
    v
}

/// The full `.help` text.
pub fn overview(format: &str) -> String {
    let mut s = format!("{INTRO}\n\nStart here:\n");
    for (q, what) in EXAMPLES {
        let w = unicode_width::UnicodeWidthStr::width(*q);
        if what.is_empty() {
            s.push_str(&format!("  {q}\n"));
        } else {
            s.push_str(&format!(
                "  {q}{}  {what}\n",
                " ".repeat(38usize.saturating_sub(w))
            ));
        }
    }
    s.push('\n');
    s.push_str(OUTRO);
    s.push_str("\n\nDot-commands:\n");
    for (c, d) in DOT_COMMANDS {
        let d = if *c == ".format" {
            format!("{d} (now: {format})")
        } else {
            d.to_string()
        };
        s.push_str(&format!("  {c:<10} {d}\n"));
    }
    s.push_str("\n.help WORD explains a query word: .help where, .help within, .help match …");
    s
}

/// Help on one word, or a pointer to the words there is help on.
pub fn topic(word: &str) -> Result<String, String> {
    let w = word.trim().trim_start_matches('.').to_lowercase();
    for (words, text) in TOPICS {
        if words.iter().any(|x| *x == w) {
            return Ok(text.to_string());
        }
    }
    if let Some((c, d)) = DOT_COMMANDS.iter().find(|(c, _)| c[1..] == w) {
        return Ok(format!("{c} — {d}"));
    }
    // A word of an amount as a table shows it (近, 余, 计划): the glossary
    // explains it, though it is not one of the words listed above.
    if !w.is_ascii() && AMOUNTS.contains(w.as_str()) {
        return Ok(AMOUNTS.trim_ascii_end().to_string());
    }
    let all = topics();
    let mut close = crate::query::plan::closest(&w, &all, 2);
    // A word of one or two characters is "close" to every short word
    // (近 to ? and 万): only a word sharing a character with it is offered.
    close.retain(|c| c.chars().any(|ch| w.contains(ch)));
    let hint = if close.is_empty() {
        String::new()
    } else {
        format!("did you mean {}? ", close.join(" or "))
    };
    Err(format!(
        "no help on '{word}'; {hint}help is there for: {}",
        TOPICS
            .iter()
            .map(|(w, _)| w[0])
            .collect::<Vec<_>>()
            .join(", ")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word of the glossary is help on itself; a word nothing
    /// explains gets no suggestion sharing nothing with it.
    #[test]
    fn an_amount_s_word_is_explained_by_the_glossary() {
        for word in ["近", "余", "计划", "约"] {
            let help = topic(word).unwrap_or_else(|e| panic!("{word}: {e}"));
            assert!(help.contains("nearly"), "{word}: {help}");
        }
        let e = topic("飞").unwrap_err();
        assert!(!e.contains("did you mean"), "{e}");
        let e = topic("wher").unwrap_err();
        assert!(e.contains("did you mean where"), "{e}");
    }

    #[test]
    fn every_query_keyword_has_help() {
        for k in crate::query::lex::KEYWORDS {
            assert!(topic(k).is_ok(), "no help for {k}");
        }
        assert!(topic(".format").unwrap().contains("json"));
        let e = topic("wher").unwrap_err();
        assert!(e.contains("did you mean where?"), "{e}");
    }

    /// The glossary's examples read as it says: each bound's example
    /// parses to that bound, each magnitude's to its number of yuan, and
    /// each modality's word is how a table marks that modality.
    #[test]
    fn the_amount_glossary_says_what_the_parser_does() {
        use crate::model::{parse_quantity, Modality};
        assert_eq!(topic("amount"), Ok(AMOUNTS.trim_end().to_string()));
        assert_eq!(topic("约"), topic("bounds"));
        let section = |head: &str| -> Vec<Vec<&str>> {
            AMOUNTS
                .split("\n\n")
                .find(|p| p.starts_with(head))
                .unwrap_or_else(|| panic!("no section {head}"))
                .lines()
                .filter(|l| {
                    l.starts_with("  ")
                        && !l
                            .trim_start()
                            .starts_with(|c: char| c.is_ascii_alphabetic())
                })
                .map(|l| l.split_whitespace().collect())
                .collect()
        };
        let bounds = section("Bounds");
        assert_eq!(bounds.len(), 7, "{bounds:?}");
        for b in &bounds {
            let q = parse_quantity(b[0]).unwrap_or_else(|e| panic!("{}: {e}", b[0]));
            assert_eq!(q.bound.name(), b[1], "{}", b[0]);
        }
        let magnitudes = section("Magnitudes");
        assert_eq!(magnitudes.len(), 3, "{magnitudes:?}");
        for m in &magnitudes {
            let q = parse_quantity(m[3]).unwrap_or_else(|e| panic!("{}: {e}", m[3]));
            assert_eq!(m[4], "=", "{m:?}");
            assert_eq!(q.value.to_string(), m[5].replace(',', ""), "{m:?}");
            assert_eq!(q.unit.symbol(), "CNY");
        }
        let modalities = section("Modality");
        assert_eq!(modalities.len(), 5, "{modalities:?}");
        for m in &modalities {
            let modality = Modality::from_name(m[1]).unwrap_or_else(|| panic!("{m:?}"));
            assert_eq!(modality.label(), m[0]);
        }
    }
}
