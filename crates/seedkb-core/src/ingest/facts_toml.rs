//! Curated fact files: `seeds/<doc>.facts.toml`. See seeds/README.md for
//! the format. Every quote must occur in the document (white space folded),
//! every quantity and date text in its quote.

use super::validate::Lines;
use super::Problems;
use crate::error::Error;
use crate::model::{
    parse_quantity, Date, DocumentFacts, Entity, Fact, Qualifiers, Source, Value, DOCUMENT_KIND,
    OUTLET_ATTR, TITLE_ATTR,
};
use crate::store::PUBLISHED_ATTR;
use crate::text::fold;
use serde::Deserialize;
use std::collections::HashMap;
use toml::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FactFile {
    document: DocHeader,
    #[serde(default)]
    entity: Vec<Spanned<EntityRow>>,
    #[serde(default)]
    fact: Vec<Spanned<FactRow>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DocHeader {
    file: Spanned<String>,
    /// What a reader cites the document by: stored as its facts.
    title: Option<Spanned<String>>,
    outlet: Option<Spanned<String>>,
    published: Option<Spanned<String>>,
    /// The year its dates without one fall in: for the curator, read by
    /// no one (the facts carry their dates whole).
    #[allow(dead_code)]
    year: Option<i32>,
}

/// Why a document's title, outlet or date is known where its text does not
/// hold the words: the curator wrote them in the fact file's header.
pub const HEADER_BACKGROUND: &str = "the [document] header of its fact file";

/// The header's title, outlet and date as facts of the document (an entity
/// of kind `document` named by its file, as an extracted document is), so
/// that `show DOC` and its citation give them, curated. A title that is a
/// line of the text is quoted from it; the rest is the curator's word.
fn header_facts(
    src: &str,
    doc_file: &str,
    header: &DocHeader,
    text: Option<&str>,
    problems: &mut Problems,
) -> (Option<Entity>, Vec<Fact>) {
    // A headline is a line of its own: words found inside a sentence
    // (土地 in 流转土地) are no quote of it.
    let a_line = |words: &str| {
        text.is_some_and(|t| {
            t.lines()
                .any(|l| !l.trim().is_empty() && fold(l) == fold(words))
        })
    };
    let mut facts = Vec::new();
    let mut fact = |attribute: &str, value: Value, source: Source| {
        facts.push(Fact {
            subject: doc_file.to_string(),
            attribute: attribute.to_string(),
            value,
            source,
            qualifiers: Qualifiers::default(),
        })
    };
    let mut title_source = None;
    for (attr, field) in [(TITLE_ATTR, &header.title), (OUTLET_ATTR, &header.outlet)] {
        let Some(field) = field else { continue };
        let words = field.get_ref().trim();
        if words.is_empty() {
            problems.add(line_of(src, field.span().start), format!("empty {attr}"));
            continue;
        }
        let source = if attr == TITLE_ATTR && a_line(words) {
            let line = text
                .and_then(|t| t.lines().find(|l| fold(l) == fold(words)))
                .unwrap_or(words);
            Source::curated(doc_file, line.trim())
        } else {
            Source::background(doc_file, HEADER_BACKGROUND)
        };
        if attr == TITLE_ATTR {
            title_source = Some(source.clone());
        }
        fact(attr, Value::Text(words.to_string()), source);
    }
    if let Some(p) = &header.published {
        match Date::parse_iso(p.get_ref().trim(), "") {
            Ok(date) => fact(
                PUBLISHED_ATTR,
                Value::Date(date),
                Source::background(doc_file, HEADER_BACKGROUND),
            ),
            Err(e) => problems.add(line_of(src, p.span().start), format!("published: {e}")),
        }
    }
    if facts.is_empty() {
        return (None, facts);
    }
    let entity = Entity {
        name: doc_file.to_string(),
        kind: DOCUMENT_KIND.to_string(),
        aliases: Vec::new(),
        // Named where its headline is, as an extracted document is by its
        // first sentence.
        source: title_source
            .filter(|s| s.background.is_none())
            .unwrap_or_else(|| Source::background(doc_file, HEADER_BACKGROUND)),
        alias_background: Vec::new(),
    };
    (Some(entity), facts)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntityRow {
    name: String,
    kind: String,
    #[serde(default)]
    aliases: Vec<AliasRow>,
    /// An English name: a translation, so an alias from background
    /// knowledge, never looked for in the document.
    english: Option<String>,
    quote: Option<String>,
    background: Option<String>,
}

/// An alias as the document writes it, or one it does not contain, with
/// why it names the entity.
#[derive(Deserialize)]
#[serde(untagged)]
enum AliasRow {
    Written(String),
    Background { name: String, background: String },
}

/// The reason an English name is an alias although no document says it.
pub const ENGLISH_NAME: &str = "English name (a translation)";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FactRow {
    subject: String,
    attribute: String,
    quantity: Option<String>,
    #[serde(rename = "ref")]
    reference: Option<String>,
    text: Option<String>,
    date: Option<String>,
    as_written: Option<String>,
    /// Qualifiers (model::qualifiers): omitted when default.
    modality: Option<String>,
    per: Option<String>,
    as_of: Option<String>,
    period: Option<String>,
    quote: Option<String>,
    background: Option<String>,
}

/// Why a document path does not name a file in the fact file's folder.
fn outside_folder(file: &str) -> Option<&'static str> {
    use std::path::Component;
    let p = std::path::Path::new(file);
    if file.trim().is_empty() {
        return Some("is empty");
    }
    if p.is_absolute() || file.starts_with(['/', '\\']) {
        return Some("is an absolute path");
    }
    if p.components()
        .any(|c| !matches!(c, Component::Normal(_) | Component::CurDir))
        || file.split(['/', '\\']).any(|part| part == "..")
    {
        return Some("leaves the fact file's folder");
    }
    None
}

fn line_of(src: &str, offset: usize) -> usize {
    src.as_bytes()[..offset.min(src.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// Parses and checks a fact file. `read_doc` fetches the document's text
/// by file name; `known` tells whether an entity exists in the store
/// already (for references to other documents' entities).
pub fn parse(
    label: &str,
    src: &str,
    read_doc: impl Fn(&str) -> Result<Option<String>, String>,
    known: &dyn Fn(&str) -> bool,
) -> Result<DocumentFacts, Error> {
    let file: FactFile = toml::from_str(src).map_err(|e| {
        let line = e.span().map(|s| line_of(src, s.start)).unwrap_or(1);
        Error::Input(format!("{label}:{line}: {}", e.message()))
    })?;
    let doc_file = file.document.file.get_ref().clone();
    // The document sits beside its fact file: a path that is absolute or
    // climbs out of the folder would let a fact file read (and `dump`
    // print) any file on the machine.
    if let Some(why) = outside_folder(&doc_file) {
        let line = line_of(src, file.document.file.span().start);
        return Err(Error::Input(format!(
            "{label}:{line}: file = \"{}\" {why}; expected the name of a document in the \
             fact file's folder",
            doc_file.escape_debug()
        )));
    }
    let doc_text = read_doc(&doc_file).map_err(|e| {
        let line = line_of(src, file.document.file.span().start);
        Error::Input(format!("{label}:{line}: {e}"))
    })?;
    let mut problems = Problems::new(label);
    let mut lines = Lines::default();
    // A source is a quote or background knowledge, exactly one of them.
    let source = |problems: &mut Problems,
                  line: usize,
                  quote: &Option<String>,
                  background: &Option<String>| match (quote, background) {
        (Some(q), None) => Source::curated(&doc_file, q),
        (None, Some(why)) => Source::background(&doc_file, why),
        (q, _) => {
            problems.add(
                line,
                if q.is_some() {
                    "give a quote or a background, not both"
                } else {
                    "needs a quote (the document's words) or a background (why it is known \
                     without them)"
                },
            );
            Source::curated(&doc_file, q.as_deref().unwrap_or_default())
        }
    };

    let mut entities = Vec::new();
    let mut names: HashMap<String, (usize, String)> = HashMap::new();
    for row in &file.entity {
        let line = line_of(src, row.span().start);
        let e = row.get_ref();
        if e.name.trim().is_empty() {
            problems.add(line, "entity with an empty name");
        }
        let mut aliases: Vec<String> = Vec::new();
        let mut alias_background: Vec<(String, String)> = Vec::new();
        for a in &e.aliases {
            match a {
                AliasRow::Written(a) => aliases.push(a.clone()),
                AliasRow::Background { name, background } => {
                    aliases.push(name.clone());
                    alias_background.push((name.clone(), background.clone()));
                }
            }
        }
        if let Some(english) = &e.english {
            aliases.push(english.clone());
            alias_background.push((english.clone(), ENGLISH_NAME.to_string()));
        }
        for n in std::iter::once(&e.name).chain(aliases.iter()) {
            let key = crate::model::name_key(n);
            if let Some((other_line, other)) = names.get(&key) {
                if *other == e.name && *other_line == line {
                    continue; // the same entity, written twice (e.g. with 《》)
                }
                problems.add(
                    line,
                    format!("'{n}' is already used by '{other}' (line {other_line})"),
                );
            } else {
                names.insert(key, (line, e.name.clone()));
            }
        }
        lines.entities.push(line);
        entities.push(Entity {
            name: e.name.clone(),
            kind: e.kind.clone(),
            aliases,
            source: source(&mut problems, line, &e.quote, &e.background),
            alias_background,
        });
    }

    let mut facts = Vec::new();
    for row in &file.fact {
        let line = line_of(src, row.span().start);
        let f = row.get_ref();
        let source = source(&mut problems, line, &f.quote, &f.background);
        // A value that cannot be read is reported (so the file is refused)
        // and the fact is still checked for its other mistakes, with an
        // empty text in its place: every problem is told at once.
        let value: Option<Value> = 'value: {
            let given = [&f.quantity, &f.reference, &f.text, &f.date]
                .iter()
                .filter(|v| v.is_some())
                .count();
            if given != 1 {
                problems.add(
                    line,
                    "a fact needs exactly one of quantity, ref, text or date",
                );
                break 'value None;
            }
            if f.as_written.is_some() && f.date.is_none() {
                problems.add(line, "as_written goes with date only");
            }
            Some(if let Some(q) = &f.quantity {
                if source.background.is_none() && !fold(&source.quote).contains(&fold(q)) {
                    problems.add(line, format!("quantity '{q}' is not in its quote"));
                }
                match parse_quantity(&fold(q)) {
                    Ok(mut parsed) => {
                        parsed.text = q.clone();
                        Value::Quantity(parsed)
                    }
                    Err(e) => {
                        problems.add(line, e);
                        break 'value None;
                    }
                }
            } else if let Some(r) = &f.reference {
                Value::Ref(r.clone())
            } else if let Some(t) = &f.text {
                if t.trim().is_empty() {
                    problems.add(line, "empty text");
                }
                Value::Text(t.clone())
            } else if let Some(d) = &f.date {
                let written = match (&f.as_written, &source.background) {
                    (Some(w), _) => w,
                    // Known without the document: no words of it to keep.
                    (None, Some(_)) => "",
                    (None, None) => {
                        problems.add(line, "a date needs as_written: the words in the quote");
                        break 'value None;
                    }
                };
                if source.background.is_none() && !fold(&source.quote).contains(&fold(written)) {
                    problems.add(line, format!("as_written '{written}' is not in its quote"));
                }
                match Date::parse_iso(d, written) {
                    Ok(date) => Value::Date(date),
                    Err(e) => {
                        problems.add(line, e);
                        break 'value None;
                    }
                }
            } else {
                break 'value None;
            })
        };
        let value = value.unwrap_or_else(|| Value::Text(String::new()));
        let qualifiers = Qualifiers::from_words(
            f.modality.as_deref(),
            f.per.as_deref(),
            f.as_of.as_deref(),
            f.period.as_deref(),
        )
        .unwrap_or_else(|errors| {
            for e in errors {
                problems.add(line, e);
            }
            Qualifiers::default()
        });
        facts.push(Fact {
            subject: f.subject.clone(),
            attribute: f.attribute.clone(),
            value,
            source,
            qualifiers,
        });
        lines.facts.push(line);
    }
    let (doc_entity, doc_facts) = header_facts(
        src,
        &doc_file,
        &file.document,
        doc_text.as_deref(),
        &mut problems,
    );
    let doc = DocumentFacts {
        doc: doc_file.clone(),
        text: doc_text,
        entities,
        facts,
        attribute_order: Vec::new(),
        warnings: Vec::new(),
    };
    let checked = [(doc, lines)];
    super::validate::validate(&checked, known, &mut problems);
    super::validate::curated(&checked[0].0, &checked[0].1, &mut problems);
    problems.finish()?;
    // Made from the header, not written as rows: the rows' checks (a
    // quote names its subject, a line to report at) are not theirs.
    let [(mut doc, _)] = checked;
    let named = doc
        .entities
        .iter()
        .any(|e| Some(&e.name) == doc_entity.as_ref().map(|d| &d.name));
    doc.entities.extend(doc_entity.filter(|_| !named));
    doc.facts.extend(doc_facts);
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small made-up article: a county, a town in it, a grant to the town.
    const DOC: &str = "甲县位于北方。\n乙镇属于甲县,去年获得拨款2.4亿元。\n丙公司在该镇建厂。\n";

    fn load(body: &str) -> Result<DocumentFacts, String> {
        let src = format!(
            "[document]\nfile = \"d.txt\"\n\n\
             [[entity]]\nname = \"甲县\"\nkind = \"county\"\nquote = \"甲县位于北方\"\n\n\
             [[entity]]\nname = \"乙镇\"\nkind = \"town\"\nquote = \"乙镇属于甲县\"\n\n{body}"
        );
        parse("t.facts.toml", &src, |_| Ok(Some(DOC.to_string())), &|_| {
            false
        })
        .map_err(|e| e.to_string())
    }

    fn fact(subject: &str, attribute: &str, value: &str, quote: &str) -> String {
        format!(
            "[[fact]]\nsubject = \"{subject}\"\nattribute = \"{attribute}\"\n{value}\nquote = \"{quote}\"\n"
        )
    }

    #[test]
    fn a_quote_must_name_the_subject() {
        // The clause holds the amount but not the town it went to.
        let e = load(&fact(
            "乙镇",
            "grant",
            "quantity = \"2.4亿元\"",
            "去年获得拨款2.4亿元",
        ))
        .unwrap_err();
        assert!(
            e.contains("t.facts.toml:14: the quote of grant does not name its subject '乙镇'"),
            "{e}"
        );
        // The whole sentence names it.
        load(&fact(
            "乙镇",
            "grant",
            "quantity = \"2.4亿元\"",
            "乙镇属于甲县,去年获得拨款2.4亿元",
        ))
        .unwrap();
    }

    #[test]
    fn a_quote_must_name_the_entity_a_reference_points_to() {
        let e = load(&fact("乙镇", "located_in", "ref = \"甲县\"", "乙镇属于")).unwrap_err();
        assert!(e.contains("does not name '甲县'"), "{e}");
        load(&fact(
            "乙镇",
            "located_in",
            "ref = \"甲县\"",
            "乙镇属于甲县",
        ))
        .unwrap();
    }

    #[test]
    fn an_alias_or_the_entitys_own_quote_names_it() {
        // 该镇 is no alias: refused; with the alias 乙 it is named.
        let body = "[[entity]]\nname = \"丙公司\"\nkind = \"enterprise\"\nquote = \"丙公司在该镇建厂\"\n\n";
        let e = load(&format!(
            "{body}{}",
            fact("丙公司", "district", "ref = \"乙镇\"", "丙公司在该镇建厂")
        ))
        .unwrap_err();
        assert!(e.contains("does not name '乙镇'"), "{e}");
        // A descriptive name the text never writes is stated by the words
        // it was defined with.
        let grant = "[[entity]]\nname = \"乙镇去年的拨款\"\nkind = \"funding\"\nquote = \"去年获得拨款2.4亿元\"\n\n";
        load(&format!(
            "{grant}{}",
            fact(
                "乙镇去年的拨款",
                "amount",
                "quantity = \"2.4亿元\"",
                "去年获得拨款2.4亿元"
            )
        ))
        .unwrap();
    }

    #[test]
    fn a_text_value_must_be_words_of_its_quote() {
        let e = load(&fact("乙镇", "status", "text = \"建成\"", "乙镇属于甲县")).unwrap_err();
        assert!(e.contains("text '建成' is not words of its quote"), "{e}");
        load(&fact(
            "乙镇",
            "status",
            "text = \"属于甲县\"",
            "乙镇属于甲县",
        ))
        .unwrap();
    }

    #[test]
    fn aliases_must_be_in_the_document_or_carry_a_background() {
        let entity = |aliases: &str| {
            format!("[[entity]]\nname = \"丙公司\"\nkind = \"enterprise\"\naliases = {aliases}\nquote = \"丙公司在该镇建厂\"\n")
        };
        let e = load(&entity("[\"丙厂\"]")).unwrap_err();
        assert!(
            e.contains("alias '丙厂' of '丙公司' is not in d.txt"),
            "{e}"
        );
        let d = load(&entity(
            "[\"丙\", { name = \"丙厂\", background = \"the company's own short name\" }]",
        ))
        .unwrap();
        let c = &d.entities[2];
        assert_eq!(c.aliases, ["丙", "丙厂"]);
        assert_eq!(c.alias_reason("丙厂"), Some("the company's own short name"));
        assert_eq!(c.alias_reason("丙"), None);
        // An English name is a translation: an alias from background knowledge.
        let d = load(
            "[[entity]]\nname = \"丙公司\"\nkind = \"enterprise\"\nenglish = \"Bing Co.\"\nquote = \"丙公司在该镇建厂\"\n",
        )
        .unwrap();
        assert_eq!(d.entities[2].alias_reason("Bing Co."), Some(ENGLISH_NAME));
    }

    #[test]
    fn background_knowledge_stands_instead_of_a_quote() {
        let body =
            "[[fact]]\nsubject = \"甲县\"\nattribute = \"population\"\nquantity = \"50万人\"\n\
                    background = \"the county's statistics bureau, 2020\"\n";
        let d = load(body).unwrap();
        let s = &d.facts[0].source;
        assert_eq!(s.quote, "");
        assert_eq!(
            s.background.as_deref(),
            Some("the county's statistics bureau, 2020")
        );
        assert_eq!(
            s.shown(),
            "[background: the county's statistics bureau, 2020]"
        );
        // Not both, not neither, not an empty reason.
        let both = format!("{body}quote = \"甲县位于北方\"\n");
        assert!(load(&both)
            .unwrap_err()
            .contains("give a quote or a background, not both"));
        let neither = "[[fact]]\nsubject = \"甲县\"\nattribute = \"x\"\ntext = \"北方\"\n";
        assert!(load(neither).unwrap_err().contains("needs a quote"));
        let empty = body.replace("the county's statistics bureau, 2020", " ");
        assert!(load(&empty).unwrap_err().contains("empty background"));
    }

    /// Qualifiers (h10q's tests, in a module of their own).
    mod qualifiers {
        use crate::model::{Modality, Rate};

        const DOC: &str = "甲县预计年交易量50万吨。甲县每人补助1200元。";

        fn parse(facts: &str) -> Result<crate::model::DocumentFacts, crate::error::Error> {
            let src = format!(
                "[document]\nfile = \"a.txt\"\n\n[[entity]]\nname = \"甲县\"\nkind = \"county\"\n\
                 quote = \"甲县预计年交易量50万吨\"\n\n{facts}"
            );
            super::parse("a.facts.toml", &src, |_| Ok(Some(DOC.to_string())), &|_| {
                false
            })
        }

        #[test]
        fn qualifiers_are_read_and_default_when_omitted() {
            let doc = parse(
                "[[fact]]\nsubject = \"甲县\"\nattribute = \"annual_trade_volume\"\n\
                 quantity = \"50万吨\"\nmodality = \"expected\"\nas_of = \"2020-05\"\n\
                 period = \"Y+0\"\n\
                 quote = \"甲县预计年交易量50万吨\"\n\n\
                 [[fact]]\nsubject = \"甲县\"\nattribute = \"subsidy\"\nquantity = \"1200元\"\n\
                 per = \"person\"\nquote = \"甲县每人补助1200元\"\n\n\
                 [[fact]]\nsubject = \"甲县\"\nattribute = \"subsidy\"\nquantity = \"1200元\"\n\
                 quote = \"甲县每人补助1200元\"\n",
            )
            .unwrap();
            let q: Vec<_> = doc.facts.iter().map(|f| &f.qualifiers).collect();
            assert_eq!(q[0].modality, Modality::Expected);
            assert_eq!(q[0].as_of.as_ref().unwrap().iso(), "2020-05");
            assert_eq!(q[0].period.as_ref().unwrap().iso(), "Y+0");
            assert_eq!(q[1].per, Some(Rate::Person));
            assert!(q[2].is_default());
        }

        #[test]
        fn unknown_qualifiers_are_errors_at_their_line_with_the_allowed_words() {
            let e = parse(
                "[[fact]]\nsubject = \"甲县\"\nattribute = \"annual_trade_volume\"\n\
                 quantity = \"50万吨\"\nmodality = \"hoped\"\nper = \"week\"\n\
                 quote = \"甲县预计年交易量50万吨\"\n\n\
                 [[fact]]\nsubject = \"甲县\"\nattribute = \"name_of\"\ntext = \"x\"\n\
                 per = \"person\"\nquote = \"甲县每人补助1200元\"\n",
            )
            .unwrap_err()
            .to_string();
            assert!(
                e.contains(
                    "a.facts.toml:9: unknown modality 'hoped' (expected one of reported, \
                            expected, planned, target, demand, estimate, threshold)"
                ),
                "{e}"
            );
            assert!(
                e.contains("a.facts.toml:9: unknown rate per = 'week' (expected one of household"),
                "{e}"
            );
            assert!(
                e.contains("a.facts.toml:17: per = \"person\" goes with a quantity only"),
                "{e}"
            );
        }
    }
}
