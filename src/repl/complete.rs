//! What may come next at the cursor: keywords, kinds (singular and
//! plural), the attributes of the kind in play, the values an attribute
//! holds, entity names and aliases, dot-commands and their arguments.
//! What is expected there is the parser's answer
//! ([`expected_next`]); this module turns it into candidates from the
//! store.
//!
//! The catalogue reads the store lazily and keeps what it read: the REPL
//! asks on every key press (for hints), and a store does not change while
//! the REPL runs.

use crate::dot::{DOT_COMMANDS, FORMATS};
use crate::extract::pinyin_key;
use crate::model::{name_key, Modality, Rate};
use crate::query::ast::Word;
use crate::query::lex::{self, Kind};
use crate::query::parse::{expected_next, Expectation};
use crate::query::plan::{Planner, CONTAINMENT_ATTRS};
use crate::store::{Eid, KeyValue, Store, KIND_ATTR};
use std::cell::{OnceCell, RefCell};
use std::collections::{BTreeSet, HashMap, HashSet};

/// A completion: what is listed, and what replaces the word being typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    pub display: String,
    pub replacement: String,
}

/// A name or alias of an entity, with the forms it is matched by.
#[derive(Clone, Debug)]
struct NameEntry {
    text: String,
    key: String,
    pinyin: String,
    entity: Eid,
    /// The entity's own name (differs from `text` for an alias).
    canonical: String,
}

pub struct Catalogue<'s> {
    store: &'s Store,
    names: OnceCell<Vec<NameEntry>>,
    name_keys: OnceCell<HashSet<String>>,
    kinds: OnceCell<Vec<String>>,
    kind_forms: OnceCell<Vec<(String, Option<String>)>>,
    quantity_attrs: OnceCell<Vec<String>>,
    places: OnceCell<Vec<String>>,
    kind_attrs: RefCell<HashMap<String, Vec<String>>>,
    attr_values: RefCell<HashMap<String, Vec<String>>>,
    canonical_kind: RefCell<HashMap<String, Option<String>>>,
}

fn lower(s: &str) -> String {
    s.to_ascii_lowercase()
}

/// Quotes a value that would not survive as a bare word.
pub fn quote_if_needed(v: &str) -> String {
    let bare = !v.is_empty()
        && lex::lex(v).len() == 1
        && matches!(lex::lex(v)[0].kind, Kind::Word | Kind::Number)
        && lex::lex(v)[0].end == v.len();
    if bare {
        v.to_string()
    } else {
        lex::quote(v)
    }
}

fn plural(kind: &str) -> String {
    if kind == "person" {
        return "people".into();
    }
    if let Some(stem) = kind.strip_suffix('y') {
        if !stem.ends_with(['a', 'e', 'i', 'o', 'u']) {
            return format!("{stem}ies");
        }
    }
    if kind.ends_with(['s', 'x']) || kind.ends_with("ch") || kind.ends_with("sh") {
        return format!("{kind}es");
    }
    format!("{kind}s")
}

impl<'s> Catalogue<'s> {
    pub fn new(store: &'s Store) -> Self {
        Catalogue {
            store,
            names: OnceCell::new(),
            name_keys: OnceCell::new(),
            kinds: OnceCell::new(),
            kind_forms: OnceCell::new(),
            quantity_attrs: OnceCell::new(),
            places: OnceCell::new(),
            kind_attrs: RefCell::new(HashMap::new()),
            attr_values: RefCell::new(HashMap::new()),
            canonical_kind: RefCell::new(HashMap::new()),
        }
    }

    pub fn store(&self) -> &'s Store {
        self.store
    }

    fn names(&self) -> &[NameEntry] {
        self.names.get_or_init(|| {
            let mut seen = BTreeSet::new();
            let mut out = Vec::new();
            for (_, e) in self.store.all_names().unwrap_or_default() {
                if !seen.insert(e) {
                    continue;
                }
                let Ok(rec) = self.store.entity(e) else {
                    continue;
                };
                for text in std::iter::once(&rec.name).chain(rec.aliases.iter()) {
                    out.push(NameEntry {
                        text: text.clone(),
                        key: name_key(text),
                        pinyin: pinyin_key(text),
                        entity: e,
                        canonical: rec.name.clone(),
                    });
                }
            }
            // Shorter names first: 义县 before 义县人民政府.
            out.sort_by(|a, b| {
                (a.key.chars().count(), &a.key).cmp(&(b.key.chars().count(), &b.key))
            });
            out
        })
    }

    /// Is this exactly a name or alias of some entity?
    pub fn is_name(&self, text: &str) -> bool {
        self.name_keys
            .get_or_init(|| self.names().iter().map(|n| n.key.clone()).collect())
            .contains(&name_key(text))
    }

    pub fn kinds(&self) -> &[String] {
        self.kinds.get_or_init(|| {
            self.store
                .kinds()
                .unwrap_or_default()
                .into_iter()
                .map(|(k, _)| k)
                .collect()
        })
    }

    /// Every kind, singular and plural, as the parser accepts them.
    fn kind_forms(&self) -> &[(String, Option<String>)] {
        self.kind_forms.get_or_init(|| {
            self.kinds()
                .iter()
                .map(|k| {
                    let p = plural(k);
                    let ok = !k.ends_with("ing")
                        && self.canonical_kind(&p).as_deref() == Some(k.as_str());
                    (k.clone(), ok.then_some(p))
                })
                .collect()
        })
    }

    /// The kinds `typed` may begin: the singular while it fits (one
    /// candidate per kind, so Tab completes at once), the plural once the
    /// user has typed past the singular (`projects`).
    fn kinds_for(&self, typed: &str) -> Vec<String> {
        let t = lower(typed);
        self.kind_forms()
            .iter()
            .filter_map(|(k, p)| {
                if k.starts_with(&t) {
                    Some(k.clone())
                } else {
                    p.as_ref().filter(|p| p.starts_with(&t)).cloned()
                }
            })
            .collect()
    }

    /// Is this word a kind (singular or plural)? From the cached list only:
    /// the highlighter asks on every key press.
    pub fn is_kind(&self, word: &str) -> bool {
        let w = lower(word);
        self.kind_forms()
            .iter()
            .any(|(k, p)| *k == w || p.as_deref() == Some(w.as_str()))
    }

    /// `projects` → `project`, `项目` → `project`, as the planner reads it.
    pub fn canonical_kind(&self, word: &str) -> Option<String> {
        if let Some(k) = self.canonical_kind.borrow().get(word) {
            return k.clone();
        }
        let w = Word {
            text: word.to_string(),
            span: Default::default(),
        };
        let k = Planner::new(self.store).kind(&w).ok();
        self.canonical_kind
            .borrow_mut()
            .insert(word.to_string(), k.clone());
        k
    }

    /// Attributes the entities of a kind have (from the first few thousand
    /// of them: completion must answer at once).
    pub fn attrs_of(&self, kind_word: &str) -> Vec<String> {
        let Some(kind) = self.canonical_kind(kind_word) else {
            return self.store.attribute_names();
        };
        if let Some(v) = self.kind_attrs.borrow().get(&kind) {
            return v.clone();
        }
        let mut set = BTreeSet::new();
        for e in self
            .store
            .entities_of_kind(&kind)
            .unwrap_or_default()
            .into_iter()
            .take(2000)
        {
            for f in self.store.facts_of(e).unwrap_or_default() {
                set.insert(self.store.attr_name(f.attr));
            }
        }
        set.remove(KIND_ATTR);
        set.insert("name".to_string());
        let v: Vec<String> = set.into_iter().collect();
        self.kind_attrs.borrow_mut().insert(kind, v.clone());
        v
    }

    /// Attributes holding quantities (what sum/avg/min/max take).
    fn quantity_attrs(&self) -> &[String] {
        self.quantity_attrs.get_or_init(|| {
            self.store
                .attribute_names()
                .into_iter()
                .filter(|a| {
                    self.store
                        .attr_id(a)
                        .and_then(|id| self.store.attr_types(id).ok())
                        .is_some_and(|t| !t.units.is_empty())
                })
                .collect()
        })
    }

    /// The entities an attribute refers to and the texts it holds, for
    /// `ATTR = <Tab>`.
    fn values_of(&self, attr: &str) -> Vec<String> {
        if let Some(v) = self.attr_values.borrow().get(attr) {
            return v.clone();
        }
        let mut set = BTreeSet::new();
        // The qualifiers' closed lists (`modality = <Tab>`, `per = <Tab>`).
        if self.store.attr_id(attr).is_none() {
            match attr {
                "modality" => set.extend(Modality::ALL.map(|m| m.name().to_string())),
                "per" => set.extend(Rate::ALL.map(|r| r.name().to_string())),
                _ => {}
            }
        }
        if let Some(a) = self.store.attr_id(attr) {
            for (_, v) in self.store.attr_pairs(a).unwrap_or_default() {
                match v {
                    KeyValue::Ref(e) => {
                        if let Ok(n) = self.store.entity_name(e) {
                            set.insert(n);
                        }
                    }
                    KeyValue::Text(t) => {
                        set.insert(t);
                    }
                    _ => {}
                }
                if set.len() >= 1000 {
                    break;
                }
            }
        }
        let v: Vec<String> = set.into_iter().collect();
        self.attr_values
            .borrow_mut()
            .insert(attr.to_string(), v.clone());
        v
    }

    /// Places that contain something (`within` targets).
    fn places(&self) -> &[String] {
        self.places.get_or_init(|| {
            let mut set = BTreeSet::new();
            for a in CONTAINMENT_ATTRS {
                set.extend(self.values_of(a));
            }
            set.into_iter().collect()
        })
    }

    /// Names and aliases that `typed` may be the start of: by name key
    /// first, then by pinyin (`yix` → 义县), then anywhere inside the name
    /// (`物流园` → 锦州思凯农副产品国际物流园). `only` narrows to a set of
    /// entity names (the values of an attribute).
    fn match_names(&self, typed: &str, only: Option<&[String]>) -> Vec<Candidate> {
        let key = name_key(typed);
        let allowed = |n: &NameEntry| only.is_none_or(|o| o.contains(&n.canonical));
        let pick = |test: &dyn Fn(&NameEntry) -> bool| -> Vec<&NameEntry> {
            let mut seen = HashSet::new();
            self.names()
                .iter()
                .filter(|n| allowed(n) && test(n))
                // One candidate per entity: its name when that matches,
                // else the first alias that does.
                .filter(|n| seen.insert(n.entity))
                .collect()
        };
        // Lower-case Latin letters are pinyin first (`jinz` → 锦州市);
        // a capital starts an English alias (`Jinzhou`).
        let latin = typed.chars().all(|c| c.is_ascii_lowercase()) && typed.len() >= 2;
        let mut hits = if latin {
            let py = pinyin_key(typed);
            pick(&|n| n.text == n.canonical && n.pinyin != n.key && n.pinyin.starts_with(&py))
        } else {
            Vec::new()
        };
        if hits.is_empty() {
            hits = pick(&|n| n.key.starts_with(&key));
        }
        if hits.is_empty() && key.chars().count() >= 2 {
            let py = pinyin_key(typed);
            hits = pick(&|n| n.pinyin.starts_with(&py));
            if hits.is_empty() {
                hits = pick(&|n| n.key.contains(&key));
            }
        }
        // Prefer the entity's own name over an alias when both match, by
        // pinyin too when typed in lower case.
        let py = latin.then(|| pinyin_key(typed)).filter(|p| !p.is_empty());
        hits.into_iter()
            .map(|n| {
                let own = self
                    .names()
                    .iter()
                    .find(|m| m.entity == n.entity && m.text == n.canonical)
                    .filter(|m| {
                        m.key.starts_with(&key)
                            || py.as_ref().is_some_and(|p| m.pinyin.starts_with(p))
                    });
                let text = own.map_or(&n.text, |m| &m.text);
                Candidate {
                    display: if *text == n.canonical {
                        text.clone()
                    } else {
                        format!("{text} → {}", n.canonical)
                    },
                    replacement: text.clone(),
                }
            })
            .collect()
    }

    /// The completions for the text before `pos`: where the replaced word
    /// starts, and the candidates.
    pub fn complete(&self, line: &str, pos: usize) -> (usize, Vec<Candidate>) {
        let before = &line[..pos];
        let after = &line[pos..];
        let space_follows = after.starts_with(char::is_whitespace);
        if before.trim_start().starts_with('.') {
            return self.complete_dot(before);
        }
        // Continuation lines are part of the query: lex all of it. The
        // word at the cursor is being typed; what comes before it decides
        // what it may be.
        let current = lex::lex(before).last().copied().filter(|t| {
            (t.end == pos
                && matches!(
                    t.kind,
                    Kind::Word | Kind::Keyword | Kind::Number | Kind::Var
                ))
                || t.kind == (Kind::Str { closed: false })
        });
        let (start, word) = match current {
            Some(t) => (t.start, t.text(before)),
            None => (pos, ""),
        };
        // The parser reads a `\` that continues a line as a space.
        let expected = expected_next(&lex::join_continuations(&before[..start]));
        let name_rest = expected.iter().find_map(|e| match e {
            Expectation::NameRest { start } => Some(*start),
            _ => None,
        });
        if let Some(name_start) = name_rest {
            // `show` takes the rest of the line as a name.
            let typed = &before[name_start..];
            let (typed, quoted) = match typed.strip_prefix(['"', '\'']) {
                Some(t) => (t, true),
                None => (typed, false),
            };
            let cands = self
                .match_names(typed, None)
                .into_iter()
                .map(|mut c| {
                    if quoted {
                        c.replacement = lex::quote(&c.replacement);
                    }
                    c
                })
                .collect();
            return (name_start, cands);
        }
        let word_l = lower(word);
        let kw = |words: &[&str]| -> Vec<Candidate> {
            words
                .iter()
                .filter(|w| w.starts_with(&word_l))
                .map(|w| Candidate {
                    display: w.to_string(),
                    replacement: format!("{w} "),
                })
                .collect()
        };
        let list = |items: &[String]| -> Vec<Candidate> {
            items
                .iter()
                .filter(|w| lower(w).starts_with(&word_l))
                .map(|w| Candidate {
                    display: w.clone(),
                    replacement: format!("{w} "),
                })
                .collect()
        };
        // A dotted path completes its last step from every attribute.
        if let Some(dot) = word.rfind('.') {
            let path_here = expected.iter().any(|e| {
                matches!(
                    e,
                    Expectation::Attribute { .. } | Expectation::Variable { dotted: true, .. }
                )
            });
            if path_here {
                let last = lower(&word[dot + 1..]);
                let cands = self
                    .store
                    .attribute_names()
                    .into_iter()
                    .filter(|a| a.starts_with(&last) && a != KIND_ATTR)
                    .map(|a| Candidate {
                        display: a.clone(),
                        replacement: format!("{a} "),
                    })
                    .collect();
                return (start + dot + 1, self.finish(cands, space_follows));
            }
        }
        let var_list = |bound: &[String], with_dot: bool| -> Vec<Candidate> {
            bound
                .iter()
                .filter(|v| v.starts_with(word))
                .flat_map(|v| {
                    let mut c = vec![Candidate {
                        display: v.clone(),
                        replacement: format!("{v} "),
                    }];
                    if with_dot {
                        c.push(Candidate {
                            display: format!("{v}."),
                            replacement: format!("{v}."),
                        });
                    }
                    c
                })
                .collect()
        };
        let values = |cands: Vec<Candidate>| -> Vec<Candidate> {
            cands
                .into_iter()
                .map(|mut c| {
                    c.replacement = format!("{} ", quote_if_needed(&c.replacement));
                    c
                })
                .collect()
        };
        let typed_value = word.trim_start_matches(['"', '\'']);
        let mut cands: Vec<Candidate> = Vec::new();
        for e in &expected {
            let more = match e {
                Expectation::Keyword(k) => kw(&[k]),
                Expectation::Operator => kw(&lex::offered_operators().collect::<Vec<_>>()),
                Expectation::Punct(",") if word.is_empty() => vec![Candidate {
                    display: ",".into(),
                    replacement: ", ".into(),
                }],
                Expectation::Punct(_) => Vec::new(),
                Expectation::Kind => list(&self.kinds_for(word)),
                Expectation::Attribute { quantity: true, .. } => list(self.quantity_attrs()),
                Expectation::Attribute { kind, .. } => match kind {
                    Some(k) => list(&self.attrs_of(k)),
                    None => list(&self.store.attribute_names()),
                },
                Expectation::Variable { bound, dotted } => var_list(bound, *dotted),
                Expectation::Value { .. } if word.starts_with('?') => Vec::new(),
                // A match pattern's object.
                Expectation::Value {
                    attr: Some(attr),
                    op: None,
                } => {
                    if attr == KIND_ATTR {
                        list(&self.kinds_for(word))
                    } else {
                        let only = if attr == "within" {
                            self.places().to_vec()
                        } else {
                            self.values_of(attr)
                        };
                        values(self.match_names(typed_value, Some(&only)))
                    }
                }
                // A match pattern's subject: any name.
                Expectation::Value {
                    attr: None,
                    op: None,
                } => values(self.match_names(typed_value, None)),
                Expectation::Value { attr, op: Some(op) } => {
                    let only = if op == "within" {
                        self.places().to_vec()
                    } else {
                        attr.as_deref()
                            .map(|a| self.values_of(a))
                            .unwrap_or_default()
                    };
                    if only.is_empty() {
                        Vec::new()
                    } else {
                        let mut c = self.match_names(typed_value, Some(&only));
                        // Text values (purpose, status …) are not entity names.
                        let names: HashSet<String> =
                            c.iter().map(|c| c.replacement.clone()).collect();
                        for v in &only {
                            if !names.contains(v)
                                && !self.is_name(v)
                                && name_key(v).starts_with(&name_key(typed_value))
                            {
                                c.push(Candidate {
                                    display: v.clone(),
                                    replacement: v.clone(),
                                });
                            }
                        }
                        values(c)
                    }
                }
                Expectation::NameRest { .. } | Expectation::Number | Expectation::Term => {
                    Vec::new()
                }
            };
            cands.extend(more);
        }
        (start, self.finish(cands, space_follows))
    }

    /// Drops repeats; no trailing space when one is already there.
    fn finish(&self, cands: Vec<Candidate>, space_follows: bool) -> Vec<Candidate> {
        let mut seen = HashSet::new();
        cands
            .into_iter()
            .filter(|c| seen.insert(c.replacement.clone()))
            .map(|mut c| {
                if space_follows {
                    c.replacement = c.replacement.trim_end().to_string();
                }
                c
            })
            .collect()
    }

    fn complete_dot(&self, before: &str) -> (usize, Vec<Candidate>) {
        let lead = before.len() - before.trim_start().len();
        let text = &before[lead..];
        match text.find(char::is_whitespace) {
            None => {
                let cands = DOT_COMMANDS
                    .iter()
                    .filter(|(c, _)| c.starts_with(text))
                    .map(|(c, _)| Candidate {
                        display: c.to_string(),
                        replacement: c.to_string(),
                    })
                    .collect();
                (lead, cands)
            }
            Some(sp) => {
                let cmd = &text[..sp];
                let arg_start = lead + sp + (text[sp..].len() - text[sp..].trim_start().len());
                let arg = &before[arg_start..];
                let opts: Vec<String> = match cmd {
                    ".format" | ".mode" => FORMATS.iter().map(|s| s.to_string()).collect(),
                    ".timer" => vec!["on".into(), "off".into()],
                    ".attrs" => self.kinds_for(arg),
                    ".help" => crate::dot::help::topics(),
                    ".maxrows" => vec!["0".into(), "20".into(), "40".into(), "100".into()],
                    _ => Vec::new(),
                };
                let cands = opts
                    .into_iter()
                    .filter(|o| o.starts_with(&lower(arg)))
                    .map(|o| Candidate {
                        display: o.clone(),
                        replacement: o,
                    })
                    .collect();
                (arg_start, cands)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting() {
        assert_eq!(quote_if_needed("义县"), "义县");
        assert_eq!(quote_if_needed("Yi County"), "\"Yi County\"");
        assert_eq!(quote_if_needed("a\"b"), "\"a\\\"b\"");
        assert_eq!(quote_if_needed("where"), "\"where\"");
    }

    #[test]
    fn plurals() {
        assert_eq!(plural("project"), "projects");
        assert_eq!(plural("city"), "cities");
        assert_eq!(plural("policy"), "policies");
        assert_eq!(plural("person"), "people");
        assert_eq!(plural("business"), "businesses");
    }

    /// Where the cursor stands, as the parser sees it (these were the
    /// completion state machine's contexts before the parser drove it).
    #[test]
    fn contexts() {
        let has = |s: &str, e: Expectation| {
            let got = expected_next(s);
            assert!(got.contains(&e), "{s:?}: {e:?} not in {got:?}");
        };
        let kw = |s: &str, words: &[&str]| {
            let got: Vec<&str> = expected_next(s)
                .into_iter()
                .filter_map(|e| match e {
                    Expectation::Keyword(k) => Some(k),
                    _ => None,
                })
                .collect();
            assert_eq!(got, words, "{s:?}");
        };
        let attrs_of = |k: Option<&str>| Expectation::Attribute {
            kind: k.map(str::to_string),
            quantity: false,
        };
        // Start: the words a query begins with, and kinds.
        has("", Expectation::Keyword("show"));
        has("", Expectation::Kind);
        // After a kind: its clauses.
        kw(
            "funding",
            &["where", "by", "list", "order by", "limit", "rounded"],
        );
        // A condition: attributes of the kind in play, not, has.
        has("funding where", attrs_of(Some("funding")));
        kw("funding where", &["not", "has"]);
        has(
            "funding where recipient =",
            Expectation::Value {
                attr: Some("recipient".into()),
                op: Some("=".into()),
            },
        );
        // After a path: an operator.
        has("funding where recipient.located_in", Expectation::Operator);
        kw(
            "funding where recipient.located_in",
            &["within", "contains"],
        );
        kw(
            "funding where amount > 1亿元",
            &["and", "or", "by", "list", "order by", "limit", "rounded"],
        );
        // The columns of `list`: count (of groups) and the kind's attributes.
        kw("funding by source list", &["count", "members"]);
        kw("funding list", &[]);
        has("funding by source list", attrs_of(Some("funding")));
        has("funding list name,", attrs_of(Some("funding")));
        kw("timeline", &["of", "where", "list", "limit"]);
        has(
            "funding where amount > 1亿元 and",
            attrs_of(Some("funding")),
        );
        assert_eq!(expected_next("sum amount of"), vec![Expectation::Kind]);
        has("sum amount of funding by", attrs_of(Some("funding")));
        has("funding order by", attrs_of(Some("funding")));
        kw("funding order by", &["count"]);
        assert!(expected_next("count of").contains(&Expectation::Kind));
        assert!(expected_next("attributes of").contains(&Expectation::Kind));
        has(
            "match ?f recipient",
            Expectation::Value {
                attr: Some("recipient".into()),
                op: None,
            },
        );
        has(
            "match ?f recipient ?r ,",
            Expectation::Variable {
                bound: vec!["?f".into(), "?r".into()],
                dotted: false,
            },
        );
        has("explain funding where", attrs_of(Some("funding")));
    }

    fn seeded() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = crate::session::open_store(&dir.path().join("db"), true, Default::default())
            .expect("seeded store");
        (dir, store)
    }

    /// Completes `line` at its end; the replacements.
    fn at_end(cat: &Catalogue, line: &str) -> Vec<String> {
        cat.complete(line, line.len())
            .1
            .into_iter()
            .map(|c| c.replacement)
            .collect()
    }

    #[test]
    fn completes_against_the_seeds() {
        let (_dir, store) = seeded();
        let cat = Catalogue::new(&store);
        // One candidate per kind, so Tab completes at once; plurals too.
        assert_eq!(at_end(&cat, "fund"), vec!["funding "]);
        assert_eq!(at_end(&cat, "proj"), vec!["project "]);
        assert_eq!(at_end(&cat, "projects"), vec!["projects "]);
        assert!(at_end(&cat, "count of ent").contains(&"enterprise ".to_string()));
        assert!(at_end(&cat, "").contains(&"show ".to_string()));
        // Clauses after a kind, attributes of the kind in play.
        assert_eq!(at_end(&cat, "funding wh"), vec!["where "]);
        assert_eq!(at_end(&cat, "funding where reci"), vec!["recipient "]);
        let attrs = at_end(&cat, "funding where ");
        assert!(attrs.contains(&"amount ".to_string()), "{attrs:?}");
        assert!(!attrs.contains(&"investment ".to_string()), "{attrs:?}");
        assert!(at_end(&cat, "projects by ").contains(&"district ".to_string()));
        assert_eq!(at_end(&cat, "sum amo"), vec!["amount "]);
        assert_eq!(at_end(&cat, "sum amount o"), vec!["of "]);
        // The qualifiers' words.
        assert_eq!(
            at_end(&cat, "funding where modality = dem"),
            vec!["demand "]
        );
        assert_eq!(
            at_end(&cat, "funding where amount.per = house"),
            vec!["household "]
        );
        // Names from their first characters, only those the attribute holds.
        let yi = at_end(&cat, "funding where recipient = 义");
        assert_eq!(yi, vec!["义县 "], "{yi:?}");
        let shown = at_end(&cat, "show 思凯");
        assert!(shown.iter().any(|c| c.starts_with("思凯")), "{shown:?}");
        // English aliases, quoted where a bare word would stop at the space.
        assert!(at_end(&cat, "show Yi").contains(&"Yi County".to_string()));
        assert!(
            at_end(&cat, "funding where recipient = Yi").contains(&"\"Yi County\" ".to_string())
        );
        // Pinyin typed without an input method, to the Chinese name before
        // an English alias.
        assert!(at_end(&cat, "show yixi").contains(&"义县".to_string()));
        let jinz = at_end(&cat, "show jinz");
        assert_eq!(jinz.first().map(String::as_str), Some("锦州市"), "{jinz:?}");
        assert!(jinz.iter().all(|c| !c.is_ascii()), "{jinz:?}");
        assert!(at_end(&cat, "show Jinz").contains(&"Jinzhou".to_string()));
        // Places for within.
        assert!(at_end(&cat, "funding where recipient within 锦").contains(&"锦州市 ".to_string()));
        // Dot-commands and their arguments.
        assert_eq!(at_end(&cat, ".for"), vec![".format"]);
        assert_eq!(at_end(&cat, ".format j"), vec!["json", "jsonl"]);
        assert_eq!(at_end(&cat, ".attrs fun"), vec!["funding"]);
        // match: attributes after a variable, variables after where.
        assert!(at_end(&cat, "match ?f reci").contains(&"recipient ".to_string()));
        assert!(at_end(&cat, "match ?f recipient ?r where ?").contains(&"?f.".to_string()));
        assert!(at_end(&cat, "funding where recipient.lo").contains(&"located_in ".to_string()));
        // Highlighting knows names and kinds.
        assert!(cat.is_name("义县") && cat.is_name("Yi County") && !cat.is_name("义"));
        assert!(cat.is_kind("projects") && cat.is_kind("Project") && !cat.is_kind("义县"));
    }

    /// Every keyword and operator of the one table reads the same to the
    /// lexer (colours, "unfinished?"), the parser and completion.
    #[test]
    fn parser_lexer_and_completion_agree_on_the_table() {
        use crate::query::ast::{Expr, Query};
        use crate::query::lex::{ALIASES, KEYWORDS, OPERATORS};
        let (_dir, store) = seeded();
        let cat = Catalogue::new(&store);
        for o in OPERATORS {
            // The lexer: an operator ends the word before it.
            let q = format!("funding where recipient{}义县", o.text);
            let toks: Vec<(Kind, &str)> = lex::lex(&q)
                .iter()
                .map(|t| (t.kind, t.text(&q)))
                .skip(2)
                .collect();
            assert_eq!(
                toks,
                vec![
                    (Kind::Word, "recipient"),
                    (Kind::Op, o.text),
                    (Kind::Word, "义县")
                ]
            );
            // The parser: the same three pieces, the operator's meaning.
            let Ok(Query::Select(s)) = crate::query::parse(&q) else {
                panic!("{q}")
            };
            let Some(Expr::Cmp { path, op, value }) = s.filter else {
                panic!("{q}")
            };
            assert_eq!(
                (path.attrs[0].text.as_str(), op, value.text.as_str()),
                ("recipient", o.op, "义县")
            );
            // Completion: a value follows the operator, written without
            // a space; a value holding the operator gets quoted, and the
            // quoted form reads back as one value.
            let typed = format!("funding where recipient{}义", o.text);
            assert_eq!(at_end(&cat, &typed), vec!["义县 "], "{typed}");
            let v = format!("a{}b", o.text);
            let quoted = quote_if_needed(&v);
            assert_ne!(quoted, v);
            let q = format!("funding where recipient = {quoted}");
            let Ok(Query::Select(s)) = crate::query::parse(&q) else {
                panic!("{q}")
            };
            assert!(matches!(s.filter, Some(Expr::Cmp { value, .. }) if value.text == v));
        }
        // Completion offers the operators the parser accepts.
        let offered = at_end(&cat, "funding where amount ");
        for o in lex::offered_operators() {
            assert!(offered.contains(&format!("{o} ")), "{o}: {offered:?}");
        }
        // Every keyword is one to the lexer in any case, and reserved to
        // the parser; completion offers each (aliases aside) somewhere.
        let mut offered = Vec::new();
        for prefix in [
            "",
            "funding ",
            "funding where ",
            "funding where amount ",
            "funding where amount > 1 ",
            "funding order by ",
            "funding order by amount ",
            "funding by source list ",
            "count ",
            "sum amount ",
            "match ?f recipient ?r ",
        ] {
            offered.extend(at_end(&cat, prefix));
        }
        let offered: Vec<String> = offered
            .iter()
            .flat_map(|c| c.split_whitespace().map(str::to_string))
            .collect();
        for k in KEYWORDS {
            for w in [k.to_string(), k.to_ascii_uppercase()] {
                let toks = lex::lex(&w);
                assert_eq!((toks.len(), toks[0].kind), (1, Kind::Keyword), "{w}");
                // Followed by a name without a space, still the keyword.
                assert_eq!(lex::lex(&format!("{w}义县"))[0].end, w.len());
            }
            assert!(
                crate::query::parse(&format!("funding where recipient = {k}")).is_err(),
                "{k} is reserved"
            );
            assert_eq!(quote_if_needed(k), format!("\"{k}\""));
            assert!(
                ALIASES.contains(k) || offered.contains(&k.to_string()),
                "completion never offers {k}: {offered:?}"
            );
        }
    }
}
