//! What may come next at the cursor: keywords, kinds (singular and
//! plural), the attributes of the kind in play, the values an attribute
//! holds, entity names and aliases, dot-commands and their arguments.
//!
//! The catalogue reads the store lazily and keeps what it read: the REPL
//! asks on every key press (for hints), and a store does not change while
//! the REPL runs.

use super::lex::{self, Kind, Token};
use crate::model::name_key;
use crate::query::ast::Word;
use crate::query::plan::{Planner, CONTAINMENT_ATTRS};
use crate::store::{Eid, KeyValue, Store, KIND_ATTR};
use crate::suggest::pinyin_key;
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

/// Dot-commands with a one-line description (for `.help` and completion).
pub const DOT_COMMANDS: &[(&str, &str)] = &[
    (
        ".help",
        "examples and keys; .help WORD explains a query word",
    ),
    (".format", "table, json, jsonl, csv or tsv"),
    (".kinds", "the kinds of entities, with counts"),
    (".attrs", "the attributes of a kind: .attrs funding"),
    (".sources", "documents loaded, with fact counts"),
    (".timer", "on or off: time each query"),
    (
        ".maxrows",
        "rows shown on the terminal before the middle is cut (0: all)",
    ),
    (".quit", "leave (or Ctrl-D)"),
];

pub const FORMATS: &[&str] = &["table", "json", "jsonl", "csv", "tsv"];

const QUERY_STARTS: &[&str] = &[
    "show",
    "kinds",
    "attributes of",
    "count",
    "sum",
    "avg",
    "min",
    "max",
    "match",
    "explain",
];

const OPERATORS: &[&str] = &["=", "!=", ">", ">=", "<", "<=", "within", "contains"];

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

/// Where the cursor stands in the query, as far as completion cares.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Ctx {
    Start,
    Nothing,
    AttrsKind,
    CountNext,
    AggAttr,
    AggOf,
    Kind {
        select: bool,
    },
    /// After a kind (stage 0), a condition (1), `by X` (2), `order by X`
    /// (3) or `asc`/`desc` (4).
    Clause {
        stage: u8,
    },
    Cond,
    HasAttr,
    AfterPath {
        attr: String,
    },
    Value {
        attr: String,
        op: String,
    },
    ByAttr,
    OrderBy,
    OrderKey,
    Limit,
    MSubject,
    MAttr,
    MObject {
        attr: String,
    },
    MAfter,
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
        format!("\"{}\"", v.replace('\\', "\\\\").replace('"', "\\\""))
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
        // Continuation lines are part of the query: lex all of it.
        let toks = lex::lex(before);
        let (current, prior): (Option<Token>, &[Token]) = match toks.last() {
            Some(t)
                if t.end == pos
                    && matches!(
                        t.kind,
                        Kind::Word | Kind::Keyword | Kind::Number | Kind::Var
                    ) =>
            {
                (Some(*t), &toks[..toks.len() - 1])
            }
            Some(t) if t.kind == (Kind::Str { closed: false }) => {
                (Some(*t), &toks[..toks.len() - 1])
            }
            _ => (None, &toks[..]),
        };
        let (start, word) = match current {
            Some(t) => (t.start, t.text(before)),
            None => (pos, ""),
        };
        let (ctx, kind, vars) = walk(before, prior);
        if ctx == Ctx::Nothing
            && prior
                .first()
                .is_some_and(|t| lower(t.text(before)) == "show")
        {
            // `show` takes the rest of the line as a name.
            let name_start = prior[0].end + before[prior[0].end..].len()
                - before[prior[0].end..].trim_start().len();
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
                        c.replacement = format!(
                            "\"{}\"",
                            c.replacement.replace('\\', "\\\\").replace('"', "\\\"")
                        );
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
            if matches!(
                ctx,
                Ctx::Cond | Ctx::HasAttr | Ctx::ByAttr | Ctx::OrderKey | Ctx::AggAttr
            ) {
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
        let kind_attrs = || match &kind {
            Some(k) => self.attrs_of(k),
            None => self.store.attribute_names(),
        };
        let var_list = |with_dot: bool| -> Vec<Candidate> {
            vars.iter()
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
        let in_match = prior
            .first()
            .is_some_and(|t| lower(t.text(before)) == "match")
            || (prior
                .first()
                .is_some_and(|t| lower(t.text(before)) == "explain")
                && prior
                    .get(1)
                    .is_some_and(|t| lower(t.text(before)) == "match"));
        let typed_value = word.trim_start_matches(['"', '\'']);
        let cands: Vec<Candidate> = match &ctx {
            Ctx::Nothing | Ctx::Limit => Vec::new(),
            Ctx::Start => {
                let mut c = kw(QUERY_STARTS);
                c.extend(list(&self.kinds_for(word)));
                c
            }
            Ctx::AttrsKind | Ctx::CountNext => {
                let mut c = kw(&["of"]);
                c.extend(list(&self.kinds_for(word)));
                c
            }
            Ctx::AggAttr => list(self.quantity_attrs()),
            Ctx::AggOf => kw(&["of"]),
            Ctx::OrderBy => kw(&["by"]),
            Ctx::Kind { .. } => list(&self.kinds_for(word)),
            Ctx::Clause { stage } => {
                let words: &[&str] = match (in_match, stage) {
                    (true, 0) => &["where", "limit"],
                    (true, _) => &["and", "or", "limit"],
                    (false, 0) => &["where", "by", "order by", "limit"],
                    (false, 1) => &["and", "or", "by", "order by", "limit"],
                    (false, 2) => &["order by", "limit"],
                    (false, 3) => &["asc", "desc", "limit"],
                    _ => &["limit"],
                };
                kw(words)
            }
            Ctx::Cond => {
                let mut c = if in_match {
                    var_list(true)
                } else {
                    list(&kind_attrs())
                };
                c.extend(kw(&["not", "has"]));
                c
            }
            Ctx::HasAttr | Ctx::ByAttr => {
                if in_match {
                    var_list(true)
                } else {
                    list(&kind_attrs())
                }
            }
            Ctx::OrderKey => {
                let mut c = kw(&["count"]);
                c.extend(list(&kind_attrs()));
                c
            }
            Ctx::AfterPath { .. } => {
                if word.is_empty() {
                    kw(OPERATORS)
                } else {
                    kw(&["within", "contains"])
                }
            }
            Ctx::Value { attr, op } => {
                let only = if op == "within" {
                    self.places().to_vec()
                } else {
                    self.values_of(attr)
                };
                if only.is_empty() {
                    Vec::new()
                } else {
                    let mut c = self.match_names(typed_value, Some(&only));
                    // Text values (purpose, status …) are not entity names.
                    let names: HashSet<String> = c.iter().map(|c| c.replacement.clone()).collect();
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
            Ctx::MSubject => {
                let mut c = var_list(false);
                if !word.starts_with('?') {
                    c.extend(values(self.match_names(typed_value, None)));
                }
                c
            }
            Ctx::MAttr => {
                let mut all = self.store.attribute_names();
                all.push("within".into());
                list(&all)
            }
            Ctx::MObject { attr } => {
                let mut c = var_list(false);
                if !word.starts_with('?') {
                    let only = if attr == "within" {
                        self.places().to_vec()
                    } else if attr == KIND_ATTR {
                        return (
                            start,
                            self.finish(list(&self.kinds_for(word)), space_follows),
                        );
                    } else {
                        self.values_of(attr)
                    };
                    c.extend(values(self.match_names(typed_value, Some(&only))));
                }
                c
            }
            Ctx::MAfter => {
                let mut c = kw(&["where", "limit"]);
                if word.is_empty() {
                    c.insert(
                        0,
                        Candidate {
                            display: ",".into(),
                            replacement: ", ".into(),
                        },
                    );
                }
                c
            }
        };
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
                    ".help" => super::help::topics(),
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

/// Runs through the tokens before the word being typed: where are we,
/// which kind is in play, which variables are bound.
fn walk(s: &str, toks: &[Token]) -> (Ctx, Option<String>, Vec<String>) {
    let mut ctx = Ctx::Start;
    let mut kind: Option<String> = None;
    let vars: Vec<String> = {
        let mut v: Vec<String> = Vec::new();
        for t in toks.iter().filter(|t| t.kind == Kind::Var) {
            let name = t.text(s).split('.').next().unwrap_or("").to_string();
            if !v.contains(&name) {
                v.push(name);
            }
        }
        v
    };
    let mut in_match = false;
    for t in toks {
        let text = t.text(s);
        let w = lower(text);
        let word_like = matches!(t.kind, Kind::Word | Kind::Var);
        let value_like = matches!(
            t.kind,
            Kind::Word | Kind::Number | Kind::Str { .. } | Kind::Var
        );
        let last_step = |p: &str| p.rsplit('.').next().unwrap_or(p).to_string();
        ctx = match ctx {
            Ctx::Start => match w.as_str() {
                "explain" => Ctx::Start,
                "show" | "kinds" => Ctx::Nothing,
                "attributes" | "attrs" => Ctx::AttrsKind,
                "match" => {
                    in_match = true;
                    Ctx::MSubject
                }
                "count" => Ctx::CountNext,
                "sum" | "avg" | "min" | "max" => Ctx::AggAttr,
                _ if t.kind == Kind::Word => {
                    kind = Some(text.to_string());
                    Ctx::Clause { stage: 0 }
                }
                _ => Ctx::Nothing,
            },
            Ctx::AttrsKind if w == "of" => Ctx::Kind { select: false },
            Ctx::AttrsKind | Ctx::Kind { select: false } => Ctx::Nothing,
            Ctx::CountNext if w == "of" => Ctx::Kind { select: true },
            Ctx::CountNext | Ctx::Kind { select: true } if t.kind == Kind::Word => {
                kind = Some(text.to_string());
                Ctx::Clause { stage: 0 }
            }
            Ctx::AggAttr if word_like => Ctx::AggOf,
            Ctx::AggOf if w == "of" => Ctx::Kind { select: true },
            Ctx::Clause { stage } => match w.as_str() {
                "where" if stage == 0 => Ctx::Cond,
                "by" if stage <= 1 && !in_match => Ctx::ByAttr,
                "order" if stage <= 2 && !in_match => Ctx::OrderBy,
                "limit" => Ctx::Limit,
                "asc" | "desc" if stage == 3 => Ctx::Clause { stage: 4 },
                "and" | "or" if stage == 1 => Ctx::Cond,
                ")" if stage == 1 => Ctx::Clause { stage: 1 },
                _ => Ctx::Nothing,
            },
            Ctx::Cond => match (w.as_str(), t.kind) {
                ("not", _) | ("(", _) => Ctx::Cond,
                ("has", _) => Ctx::HasAttr,
                (_, Kind::Word | Kind::Var) => Ctx::AfterPath {
                    attr: last_step(text),
                },
                _ => Ctx::Nothing,
            },
            Ctx::HasAttr if word_like => Ctx::Clause { stage: 1 },
            Ctx::AfterPath { attr } => match (w.as_str(), t.kind) {
                (_, Kind::Op) | ("within", _) | ("contains", _) => Ctx::Value { attr, op: w },
                _ => Ctx::Nothing,
            },
            Ctx::Value { .. } if value_like => Ctx::Clause { stage: 1 },
            Ctx::ByAttr if word_like => Ctx::Clause { stage: 2 },
            Ctx::OrderBy if w == "by" => Ctx::OrderKey,
            Ctx::OrderKey if word_like || w == "count" => Ctx::Clause { stage: 3 },
            Ctx::MSubject if value_like => Ctx::MAttr,
            Ctx::MAttr if t.kind == Kind::Word || w == "within" => Ctx::MObject { attr: w },
            Ctx::MObject { .. } if value_like => Ctx::MAfter,
            Ctx::MAfter => match (w.as_str(), t.kind) {
                (_, Kind::Comma) => Ctx::MSubject,
                ("where", _) => Ctx::Cond,
                ("limit", _) => Ctx::Limit,
                _ => Ctx::Nothing,
            },
            _ => Ctx::Nothing,
        };
    }
    (ctx, kind, vars)
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

    #[test]
    fn contexts() {
        let ctx = |s: &str| {
            let toks = lex::lex(s);
            walk(s, &toks).0
        };
        assert_eq!(ctx(""), Ctx::Start);
        assert_eq!(ctx("funding"), Ctx::Clause { stage: 0 });
        assert_eq!(ctx("funding where"), Ctx::Cond);
        assert_eq!(
            ctx("funding where recipient ="),
            Ctx::Value {
                attr: "recipient".into(),
                op: "=".into()
            }
        );
        assert_eq!(
            ctx("funding where recipient.located_in"),
            Ctx::AfterPath {
                attr: "located_in".into()
            }
        );
        assert_eq!(
            ctx("funding where amount > 1亿元"),
            Ctx::Clause { stage: 1 }
        );
        assert_eq!(ctx("funding where amount > 1亿元 and"), Ctx::Cond);
        assert_eq!(ctx("sum amount of"), Ctx::Kind { select: true });
        assert_eq!(ctx("sum amount of funding by"), Ctx::ByAttr);
        assert_eq!(ctx("funding order by"), Ctx::OrderKey);
        assert_eq!(ctx("count of"), Ctx::Kind { select: true });
        assert_eq!(ctx("attributes of"), Ctx::Kind { select: false });
        assert_eq!(
            ctx("match ?f recipient"),
            Ctx::MObject {
                attr: "recipient".into()
            }
        );
        assert_eq!(ctx("match ?f recipient ?r ,"), Ctx::MSubject);
        assert_eq!(ctx("explain funding where"), Ctx::Cond);
    }

    fn seeded() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = crate::cli::open_store(&dir.path().join("db"), true, Default::default())
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
        assert_eq!(at_end(&cat, "sum amo"), vec!["amount ", "amount_each "]);
        assert_eq!(at_end(&cat, "sum amount o"), vec!["of "]);
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
}
