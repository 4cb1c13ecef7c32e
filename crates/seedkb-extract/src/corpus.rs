//! Many documents loaded at once (`seedkb load DIR/`): each is extracted
//! alone, in parallel, knowing only the store's names; [`merge`] then
//! makes the entities they name agree before the load, so that the same
//! entity named in several documents is one entity:
//! - a name another document (or the store) gives another kind keeps the
//!   kind the store has, else a curated file's, else the one the first
//!   document gave (the store refuses one name with two kinds);
//! - a place said without the ending of a larger kind (北镇, read as a
//!   town, where 北镇市 is a county-level city elsewhere; 新城 for 新城区)
//!   is that place: its facts go to it and the short name becomes an
//!   alias;
//! - the short name of an autonomous place (喀左县 for 喀喇沁左翼蒙古族
//!   自治县, 恩施州 for 恩施土家族苗族自治州) is that place when the store
//!   or the batch names exactly one autonomous place it can be short for;
//!   when two could share it (their stems both hold it), it stays an
//!   entity of its own and the note says which two;
//! - a generic name (二期工程, 一期项目, 该项目: a phase or a pointer and
//!   a common noun) names something only within its document: it is
//!   qualified by the document's name (二期工程（a.txt）), so two articles'
//!   二期工程 stay two entities and reloading one article finds its own.
//!
//! Only extracted entities change; curated ones stay as written. Values
//! are left as they are: two documents giving one entity and
//! attribute different values keep both, each with its source.

use crate::extract::{Known, DOCUMENT_KIND, PLACE_KINDS};
use crate::model::{name_key, DocumentFacts, Entity, Value};
use seedkb_core::ingest::jsonl_stream::Merge;
use std::collections::{HashMap, HashSet};

/// Endings of larger places a short place name may have dropped, and the
/// kinds they make (北镇 → 北镇市).
const LARGER: &[(&str, &[&str])] = &[
    ("市", &["city"]),
    ("区", &["district", "zone"]),
    ("县", &["county"]),
];

/// Peoples an autonomous place's name lists before 自治县/自治州/自治旗
/// (大厂回族自治县, 湘西土家族苗族自治州), some said without 族 (巴音郭楞
/// 蒙古自治州); 各 as in 龙胜各族自治县.
#[rustfmt::skip]
const PEOPLES: &[&str] = &[
    "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克",
    "傣", "黎", "傈僳", "佤", "畲", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗",
    "撒拉", "毛南", "仡佬", "锡伯", "普米", "塔吉克", "怒", "鄂温克", "保安", "裕固", "京", "独龙", "鄂伦春", "赫哲", "门巴",
    "珞巴", "基诺", "各",
];

/// Endings of autonomous places and of their short names (…自治县 → …县).
const AUTONOMOUS: &[(&str, &str)] = &[("自治县", "县"), ("自治州", "州"), ("自治旗", "旗")];

/// The stem and short ending of an autonomous place's name (喀喇沁左翼
/// 蒙古族自治县 → 喀喇沁左翼, 县): the name without its peoples and 自治.
pub(crate) fn autonomous_stem(name: &str) -> Option<(&str, &'static str)> {
    let (mut stem, short) = AUTONOMOUS
        .iter()
        .find_map(|(full, short)| Some((name.strip_suffix(full)?, *short)))?;
    let mut peoples = 0;
    loop {
        // A one-character people only with its 族 (水族, not the 水 of a
        // stem); longer ones also without (蒙古自治州).
        let bare = stem.strip_suffix('族');
        // The longest people that ends it (土家, not 土).
        let next = PEOPLES
            .iter()
            .filter_map(|p| match bare {
                Some(b) => b.strip_suffix(p),
                None if p.chars().count() > 1 => stem.strip_suffix(p),
                None => None,
            })
            .min_by_key(|rest| rest.len());
        match next {
            Some(rest) => {
                stem = rest;
                peoples += 1;
            }
            None => break,
        }
    }
    (peoples > 0 && stem.chars().count() >= 2).then_some((stem, short))
}

/// Whether `short` is a short name of the autonomous place `full`: its
/// stem's first character and then others of it in order, two at least,
/// with the short ending or 自治 and it (喀左县, 恩施州, 长阳自治县).
fn short_form_of(short: &str, full: &str) -> bool {
    let Some((stem, ending)) = autonomous_stem(full) else {
        return false;
    };
    let Some(s) = short
        .strip_suffix(ending)
        .map(|s| s.strip_suffix("自治").unwrap_or(s))
    else {
        return false;
    };
    let mut want = s.chars();
    let Some(first) = want.next() else {
        return false;
    };
    if s.chars().count() < 2 || !stem.starts_with(first) {
        return false;
    }
    let mut have = stem.chars().skip(1);
    want.all(|c| have.any(|h| h == c))
}

/// Nouns a generic name ends with: what a project is called before its
/// own name is said (二期工程, 该项目).
const GENERIC_NOUNS: &[&str] = &["工程", "项目", "园区", "基地", "厂区"];

/// Words that point back (该项目) or give a phase (二期, 首期) before a
/// generic noun.
const POINTERS: &[&str] = &["该", "本", "此", "这个", "这一", "上述"];

/// Whether `name` is generic: a pointer, a phase or both, then a generic
/// noun (二期工程, 该一期项目, 项目); 冷链物流园一期项目 is not.
fn generic(name: &str) -> bool {
    let Some(rest) = GENERIC_NOUNS.iter().find_map(|n| name.strip_suffix(n)) else {
        return false;
    };
    let rest = POINTERS
        .iter()
        .find_map(|p| rest.strip_prefix(p))
        .unwrap_or(rest);
    match rest.strip_suffix('期') {
        None => rest.is_empty(),
        Some(phase) => {
            !phase.is_empty()
                && phase
                    .chars()
                    .all(|c| "首一二三四五六七八九十".contains(c) || c.is_ascii_digit())
        }
    }
}

/// Makes the entities of `docs` agree with each other and with the store
/// (`known`). Returns what it changed, one line each, for `load --explain`:
/// `doc: 北镇 (town) is 北镇市 (city), named so in a.txt`.
pub fn merge(docs: &mut [DocumentFacts], known: &Known) -> Vec<String> {
    let mut names = Names::default();
    for d in docs.iter() {
        names.add(d, known);
    }
    let mut notes = Vec::new();
    for d in docs.iter_mut() {
        notes.extend(names.apply(d, known));
    }
    notes
}

/// The new names of a batch of documents, as [`merge`] chooses them: a
/// load of many documents gives them one at a time ([`Names::add`]), then
/// merges each ([`Names::apply`]) with only this table and one document in
/// memory. Equal to [`merge`] of all of them at once.
#[derive(Default)]
pub struct Names {
    /// key → its name, kind and document: the first curated document's,
    /// then the first other document's (curated kinds are chosen,
    /// extraction's guessed).
    curated: HashMap<Box<str>, Named>,
    extracted: HashMap<Box<str>, Named>,
    /// The kinds and documents `Named` points at, each held once: the
    /// table holds a name of every document of a large corpus (20,000
    /// articles: 283,000), with four strings each it was ~60 MB.
    kinds: Vec<String>,
    kind_ids: HashMap<String, u32>,
    docs: Vec<String>,
    /// The batch's autonomous places (their short names may stand for
    /// them): name, kind, document, each document's in load order. Few.
    autonomous: Vec<(String, u32, u32)>,
}

/// A name as [`Names`] keeps it.
struct Named {
    /// `None`: the key itself.
    name: Option<Box<str>>,
    kind: u32,
    doc: u32,
}

impl Names {
    /// Adds the names of the next document of the batch.
    pub fn add(&mut self, d: &DocumentFacts, known: &Known) {
        let curated = d.entities.iter().any(|e| !e.source.extracted);
        self.add_entities(&d.doc, curated, &d.entities, known, None);
    }

    /// [`Names::add`] of a document's entities given a batch at a time
    /// (`curated`: some entity of the document is curated); only the keys
    /// in `wanted`, when given.
    fn add_entities(
        &mut self,
        doc: &str,
        curated: bool,
        entities: &[Entity],
        known: &Known,
        wanted: Option<&HashSet<String>>,
    ) {
        for e in entities.iter().filter(|e| e.kind != DOCUMENT_KIND) {
            if known.entry(&e.name).is_some() {
                continue;
            }
            let key = name_key(&e.name);
            if autonomous_stem(&e.name).is_some() && !self.autonomous.iter().any(|a| a.0 == e.name)
            {
                let (kind, doc) = self.ids(&e.kind, doc);
                self.autonomous.push((e.name.clone(), kind, doc));
            }
            if wanted.is_some_and(|w| !w.contains(&key)) {
                continue;
            }
            let table = if curated {
                &self.curated
            } else {
                &self.extracted
            };
            if table.contains_key(key.as_str()) {
                continue;
            }
            let (kind, doc) = self.ids(&e.kind, doc);
            let named = Named {
                name: (e.name != key).then(|| e.name.as_str().into()),
                kind,
                doc,
            };
            let table = if curated {
                &mut self.curated
            } else {
                &mut self.extracted
            };
            table.insert(key.into_boxed_str(), named);
        }
    }

    /// The numbers of a kind and of the document being added.
    fn ids(&mut self, kind: &str, doc: &str) -> (u32, u32) {
        if self.docs.last().is_none_or(|d| d != doc) {
            self.docs.push(doc.to_string());
        }
        let k = match self.kind_ids.get(kind) {
            Some(k) => *k,
            None => {
                self.kinds.push(kind.to_string());
                self.kind_ids
                    .insert(kind.to_string(), self.kinds.len() as u32 - 1);
                self.kinds.len() as u32 - 1
            }
        };
        (k, self.docs.len() as u32 - 1)
    }

    /// How many names the table holds.
    pub fn len(&self) -> usize {
        self.curated.len() + self.extracted.len()
    }

    /// Whether the table holds no name.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Makes one document of the batch agree with the others and the
    /// store; returns what it changed (see [`merge`]).
    pub fn apply(&self, d: &mut DocumentFacts, known: &Known) -> Vec<String> {
        let batch = |key: &str| self.curated.get(key).or_else(|| self.extracted.get(key));
        // The name and kind a name has: the store's, else the batch's first.
        let lookup = |name: &str| -> Option<(String, String, Option<String>)> {
            if let Some((c, k)) = known.entry(name) {
                return Some((c.to_string(), k.to_string(), None));
            }
            let key = name_key(name);
            batch(&key).map(|n| {
                (
                    n.name.as_deref().unwrap_or(&key).to_string(),
                    self.kinds[n.kind as usize].clone(),
                    Some(self.docs[n.doc as usize].clone()),
                )
            })
        };
        // The autonomous places a short name may stand for, each once:
        // the store's, then the batch's. None for a name a curated file
        // defines (the curator's entity stays as written).
        let shorts = |short: &str| -> Vec<(String, String, Option<String>)> {
            if self.curated.contains_key(name_key(short).as_str()) {
                return Vec::new();
            }
            let mut out: Vec<(String, String, Option<String>)> = Vec::new();
            for (written, canonical, kind) in known.autonomous() {
                if short_form_of(short, written) && !out.iter().any(|o| &o.0 == canonical) {
                    out.push((canonical.clone(), kind.clone(), None));
                }
            }
            for (name, kind, doc) in &self.autonomous {
                if short_form_of(short, name) && !out.iter().any(|o| &o.0 == name) {
                    out.push((
                        name.clone(),
                        self.kinds[*kind as usize].clone(),
                        Some(self.docs[*doc as usize].clone()),
                    ));
                }
            }
            out
        };
        let mut notes = Vec::new();
        merge_one(d, &lookup, &shorts, known, &mut notes);
        notes
    }
}

/// [`merge`] of a dump read a line at a time (`jsonl_stream::scan`): the
/// scan notes each entity, gives every document's entities in load order,
/// then has the documents with an entity to merge merged, one at a time.
/// Equal to [`merge`] of the whole file's documents; holds the names that
/// merging may ask about, not every name of the dump.
pub struct Streamed<'k> {
    names: Names,
    known: &'k Known,
    /// The keys merging may look up: each extracted entity's, and a place's
    /// with each larger ending.
    wanted: HashSet<String>,
}

impl<'k> Streamed<'k> {
    pub fn new(known: &'k Known) -> Self {
        Streamed {
            names: Names::default(),
            known,
            wanted: HashSet::new(),
        }
    }
}

impl Merge for Streamed<'_> {
    fn note(&mut self, e: &Entity) -> bool {
        // As `merge_one` chooses what it may change.
        if e.kind == DOCUMENT_KIND || !e.source.extracted {
            return false;
        }
        let key = name_key(&e.name);
        if PLACE_KINDS.contains(&e.kind.as_str()) {
            for (ending, _) in LARGER {
                if !e.name.ends_with(ending) {
                    // name_key leaves the ending as it is.
                    self.wanted.insert(format!("{key}{ending}"));
                }
            }
        }
        self.wanted.insert(key);
        true
    }

    fn add(&mut self, doc: &str, curated: bool, entities: &[Entity]) {
        self.names
            .add_entities(doc, curated, entities, self.known, Some(&self.wanted));
    }

    fn apply(&self, d: &mut DocumentFacts) -> Vec<String> {
        self.names.apply(d, self.known)
    }
}

/// The name, kind and defining document (`None`: the store) of a name.
type Lookup<'a> = &'a dyn Fn(&str) -> Option<(String, String, Option<String>)>;

/// The autonomous places (name, kind, defining document) a name may be
/// the short name of.
type Shorts<'a> = &'a dyn Fn(&str) -> Vec<(String, String, Option<String>)>;

fn merge_one(
    d: &mut DocumentFacts,
    lookup: Lookup,
    shorts: Shorts,
    known: &Known,
    notes: &mut Vec<String>,
) {
    {
        // Old name → new name, for this document's facts.
        let mut renames: HashMap<String, String> = HashMap::new();
        // Only what extraction guessed changes; a curated file's entities
        // stay as written (a conflict there is the curator's to fix).
        for e in d
            .entities
            .iter_mut()
            .filter(|e| e.kind != DOCUMENT_KIND && e.source.extracted)
        {
            let whence = |doc: &Option<String>| match doc {
                Some(x) => format!("in {x}"),
                None => "in the store".to_string(),
            };
            if generic(&e.name) {
                let qualified = format!("{}（{}）", e.name, d.doc);
                notes.push(format!(
                    "{}: {} is a generic name: the entity {qualified}, of this document only",
                    d.doc, e.name
                ));
                renames.insert(e.name.clone(), qualified.clone());
                // Its aliases (二期) are as generic and would join it to
                // another document's again.
                e.aliases.clear();
                e.alias_background.clear();
                e.name = qualified;
                continue;
            }
            if PLACE_KINDS.contains(&e.kind.as_str()) {
                let larger = LARGER.iter().find_map(|(ending, kinds)| {
                    if e.name.ends_with(ending) {
                        return None;
                    }
                    let (n, k, doc) = lookup(&format!("{}{ending}", e.name))?;
                    (kinds.contains(&k.as_str()) && k != e.kind).then_some((n, k, doc))
                });
                if let Some((n, k, doc)) = larger {
                    notes.push(format!(
                        "{}: {} ({}) is {n} ({k}), named so {}: one entity",
                        d.doc,
                        e.name,
                        e.kind,
                        whence(&doc)
                    ));
                    renames.insert(e.name.clone(), n.clone());
                    if known.entry(&e.name).is_none() && !e.aliases.contains(&e.name) {
                        e.aliases.push(e.name.clone());
                    }
                    e.name = n;
                    e.kind = k;
                    continue;
                }
                if known.entry(&e.name).is_none() && autonomous_stem(&e.name).is_none() {
                    let mut full = shorts(&e.name);
                    if full.len() > 1 {
                        let names: Vec<&str> = full.iter().map(|f| f.0.as_str()).collect();
                        notes.push(format!(
                            "{}: {} ({}) may be short for {}: kept as its own entity",
                            d.doc,
                            e.name,
                            e.kind,
                            names.join(" or ")
                        ));
                    } else if let Some((n, k, doc)) = full.pop() {
                        notes.push(format!(
                            "{}: {} ({}) is short for {n} ({k}), named so {}: one entity",
                            d.doc,
                            e.name,
                            e.kind,
                            whence(&doc)
                        ));
                        renames.insert(e.name.clone(), n.clone());
                        if !e.aliases.contains(&e.name) {
                            e.aliases.push(e.name.clone());
                        }
                        e.name = n;
                        e.kind = k;
                        continue;
                    }
                }
            }
            if let Some((n, k, doc)) = lookup(&e.name) {
                if k != e.kind && !k.is_empty() {
                    notes.push(format!(
                        "{}: {} is a {k} {}, not a {}: one entity, of that kind",
                        d.doc,
                        e.name,
                        whence(&doc),
                        e.kind
                    ));
                    e.kind = k;
                }
                if name_key(&n) == name_key(&e.name) && n != e.name && doc.is_none() {
                    renames.insert(e.name.clone(), n.clone());
                    e.name = n;
                }
            }
        }
        if renames.is_empty() {
            return;
        }
        // One entity per name in the document: 北镇 renamed 北镇市 joins
        // the 北镇市 the document names too, its aliases with it.
        let mut seen: HashMap<String, usize> = HashMap::new();
        let mut kept = Vec::with_capacity(d.entities.len());
        for e in d.entities.drain(..) {
            match seen.get(&name_key(&e.name)) {
                Some(&i) => {
                    let first: &mut crate::model::Entity = &mut kept[i];
                    for a in e.aliases {
                        if !first.aliases.contains(&a) && name_key(&a) != name_key(&first.name) {
                            first.aliases.push(a);
                        }
                    }
                }
                None => {
                    seen.insert(name_key(&e.name), kept.len());
                    kept.push(e);
                }
            }
        }
        d.entities = kept;
        for f in &mut d.facts {
            if let Some(n) = renames.get(&f.subject) {
                f.subject = n.clone();
            }
            if let Value::Ref(r) = &mut f.value {
                if let Some(n) = renames.get(r.as_str()) {
                    *r = n.clone();
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;

    fn doc(name: &str, text: &str) -> DocumentFacts {
        extract(name, text, &Known::new()).unwrap().facts
    }

    #[test]
    fn a_place_said_without_its_ending_is_the_larger_place() {
        let mut docs = vec![
            doc("a.txt", "北镇市葡萄\n\n北镇市今年葡萄种植面积16万亩。"),
            doc("b.txt", "葡萄丰收\n\n北镇今年新建冷库23座。"),
        ];
        assert!(docs[1].entities.iter().any(|e| e.name == "北镇"));
        let notes = merge(&mut docs, &Known::new());
        let b = &docs[1];
        let e = b.entities.iter().find(|e| e.name == "北镇市").unwrap();
        assert_eq!(e.kind, "city");
        assert!(e.aliases.contains(&"北镇".to_string()));
        assert!(!b.entities.iter().any(|e| e.name == "北镇"));
        assert!(b.facts.iter().any(|f| f.subject == "北镇市"));
        assert!(!b.facts.iter().any(|f| f.subject == "北镇"));
        assert!(
            notes[0].contains("北镇 (town) is 北镇市 (city)"),
            "{notes:?}"
        );
        // The store's name counts as much as the batch's.
        let mut known = Known::new();
        known.add("北镇市", "北镇市", "city");
        let mut docs = vec![doc("b.txt", "葡萄丰收\n\n北镇今年新建冷库23座。")];
        merge(&mut docs, &known);
        assert!(docs[0].facts.iter().any(|f| f.subject == "北镇市"));
    }

    #[test]
    fn an_autonomous_place_has_its_stem_and_short_names() {
        assert_eq!(
            autonomous_stem("喀喇沁左翼蒙古族自治县"),
            Some(("喀喇沁左翼", "县"))
        );
        assert_eq!(
            autonomous_stem("湘西土家族苗族自治州"),
            Some(("湘西", "州"))
        );
        assert_eq!(
            autonomous_stem("巴音郭楞蒙古自治州"),
            Some(("巴音郭楞", "州"))
        );
        assert_eq!(autonomous_stem("三都水族自治县"), Some(("三都", "县")));
        // No people before 自治: no autonomous place of this kind.
        assert_eq!(autonomous_stem("广西壮族自治区"), None);
        assert_eq!(autonomous_stem("建平县"), None);
        assert!(short_form_of("喀左县", "喀喇沁左翼蒙古族自治县"));
        assert!(short_form_of("湘西州", "湘西土家族苗族自治州"));
        assert!(short_form_of("长阳自治县", "长阳土家族自治县"));
        // Another ending, a first character of its own, one character.
        assert!(!short_form_of("湘西县", "湘西土家族苗族自治州"));
        assert!(!short_form_of("左翼县", "喀喇沁左翼蒙古族自治县"));
        assert!(!short_form_of("喀县", "喀喇沁左翼蒙古族自治县"));
        assert!(!short_form_of("喀翼左县", "喀喇沁左翼蒙古族自治县"));
    }

    #[test]
    fn a_short_name_of_an_autonomous_place_is_that_place() {
        let full = "喀喇沁左翼蒙古族自治县";
        let subjects = |d: &DocumentFacts| -> Vec<String> {
            d.facts.iter().map(|f| f.subject.clone()).collect()
        };
        // In one batch, whichever document comes first.
        let mut docs = vec![
            doc("a.txt", "喀左县教育\n\n喀左县今年新建学校3所。"),
            doc(
                "b.txt",
                "辣椒丰收\n\n喀喇沁左翼蒙古族自治县今年辣椒种植面积5万亩。",
            ),
        ];
        assert!(docs[0].entities.iter().any(|e| e.name == "喀左县"));
        let notes = merge(&mut docs, &Known::new());
        let a = &docs[0];
        let e = a.entities.iter().find(|e| e.name == full).unwrap();
        assert!(e.aliases.contains(&"喀左县".to_string()), "{e:?}");
        assert!(!a.entities.iter().any(|e| e.name == "喀左县"));
        assert!(subjects(a).contains(&full.to_string()), "{:?}", subjects(a));
        assert!(!subjects(a).contains(&"喀左县".to_string()));
        assert!(
            notes
                .iter()
                .any(|n| n.contains("喀左县 (county) is short for 喀喇沁左翼蒙古族自治县")),
            "{notes:?}"
        );
        // The store's full name, a later load's short one.
        let mut known = Known::new();
        known.add(full, full, "county");
        let mut docs = vec![doc("c.txt", "喀左县教育\n\n喀左县今年新建学校3所。")];
        merge(&mut docs, &known);
        assert!(subjects(&docs[0]).contains(&full.to_string()));
        // Two autonomous places whose stems both hold 喀…左: the short
        // name is neither (the second place is made up for the test).
        known.add("喀什左岸塔吉克族自治县", "喀什左岸塔吉克族自治县", "county");
        let mut docs = vec![doc("d.txt", "喀左县教育\n\n喀左县今年新建学校3所。")];
        let notes = merge(&mut docs, &known);
        assert!(subjects(&docs[0]).contains(&"喀左县".to_string()));
        assert!(
            notes.iter().any(|n| n.contains("kept as its own entity")),
            "{notes:?}"
        );
    }

    #[test]
    fn a_generic_name_stays_in_its_document() {
        for g in [
            "二期工程",
            "一期项目",
            "该项目",
            "首期工程",
            "本项目",
            "3期工程",
        ] {
            assert!(generic(g), "{g}");
        }
        for n in ["冷链物流园一期项目", "引水工程", "二期", "期工程"] {
            assert!(!generic(n), "{n}");
        }
        let text =
            "冷链物流园\n\n冷链物流园一期项目已建成。二期工程计划于2024年5月开工，总投资2亿元。";
        let mut docs = vec![doc("a.txt", text), doc("b.txt", text)];
        assert!(
            docs[0].entities.iter().any(|e| e.name == "二期工程"),
            "{:?}",
            docs[0].entities
        );
        let notes = merge(&mut docs, &Known::new());
        for (d, own) in docs.iter().zip(["二期工程（a.txt）", "二期工程（b.txt）"]) {
            assert!(d.entities.iter().any(|e| e.name == own), "{:?}", d.entities);
            assert!(!d.entities.iter().any(|e| e.name == "二期工程"));
            assert!(d.facts.iter().any(|f| f.subject == own));
            assert!(!d.facts.iter().any(|f| f.subject == "二期工程"));
        }
        assert!(
            notes.iter().any(|n| n.contains("generic name")),
            "{notes:?}"
        );
        // A store holding another document's 二期工程 takes none of it.
        let mut known = Known::new();
        known.add("二期工程", "二期工程", "project");
        let mut docs = vec![doc("c.txt", text)];
        merge(&mut docs, &known);
        assert!(docs[0]
            .facts
            .iter()
            .any(|f| f.subject == "二期工程（c.txt）"));
    }

    #[test]
    fn one_name_keeps_one_kind() {
        let kind_in = |d: &DocumentFacts| {
            d.entities
                .iter()
                .find(|e| e.name == "青山储能集团")
                .map(|e| e.kind.clone())
        };
        let as_bank = |name: &str| {
            let mut d = doc(name, "签约\n\n青山储能集团投资3亿元。");
            for e in &mut d.entities {
                if e.name == "青山储能集团" {
                    e.kind = "bank".into();
                }
            }
            d
        };
        // Two documents of the batch: the first one's kind.
        let mut docs = vec![
            doc("a.txt", "签约\n\n青山储能集团投资3亿元。"),
            as_bank("b.txt"),
        ];
        assert_eq!(kind_in(&docs[0]).as_deref(), Some("enterprise"));
        let notes = merge(&mut docs, &Known::new());
        assert_eq!(kind_in(&docs[1]).as_deref(), Some("enterprise"));
        assert!(notes.iter().any(|n| n.contains("not a bank")), "{notes:?}");
        // The store's kind wins over the batch's.
        let mut known = Known::new();
        known.add("青山储能集团", "青山储能集团", "enterprise");
        let mut docs = vec![as_bank("c.txt")];
        merge(&mut docs, &known);
        assert_eq!(kind_in(&docs[0]).as_deref(), Some("enterprise"));
    }
}
