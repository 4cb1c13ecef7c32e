//! Facts from plain Chinese news text, without hand work.
//!
//! For each sentence (page breaks repaired, see `text::sentences`):
//! 1. dates (`dates`) and quantities (`model::quantity`, tried at every
//!    place a number can start) with their exact words;
//! 2. the things named: names already in the store (names and aliases),
//!    place names by their endings (…市 …县 …镇 …村) and longer names by
//!    theirs (…有限公司 …项目 …园 …中心), checked with jieba's parts of
//!    speech so that 城市 or 工程建设项目 are not taken for names;
//! 3. each quantity gets an attribute from the words around it (`lexicon`)
//!    and a subject: the name right after "的" (总投资2亿元的X项目), else the
//!    nearest name before it in the sentence, else the first after it, else
//!    the last name of the previous sentence (该项目…). What finds no subject
//!    is kept as a `mention` of the document, never dropped.
//!
//! Every fact carries the sentence as its quote, `extracted: true` and its
//! [`Location`]: sentence number and byte offsets in the original text.

mod attributes;
mod counts;
pub mod dates;
pub mod lexicon;

use crate::chinese::simplify;
use crate::error::Error;
use crate::model::{
    name_key, parse_quantity_prefix, Bound, Date, DocumentFacts, Entity, Fact, Location, Modality,
    Qualifiers, Quantity, Rate, Source, Unit, Value,
};
use crate::segment;
use aho_corasick::{AhoCorasick, MatchKind};
use lexicon::Dim;
use seedkb_core::store::PUBLISHED_ATTR;
use seedkb_core::text::{self, is_han, Sentence};
use std::collections::{BTreeMap, HashMap, HashSet};

/// The attribute of quantities and dates that no entity could be found for.
pub const MENTION_ATTR: &str = "mention";
/// The kind of the entity that stands for a loaded text document.
pub const DOCUMENT_KIND: &str = "document";

/// Kinds whose names may be as short as two characters (义县, 锦州).
pub(crate) const PLACE_KINDS: &[&str] = &[
    "city",
    "county",
    "district",
    "town",
    "village",
    "region",
    "province",
    "port",
    "zone",
    "prefecture",
];

/// The names the store knows, for finding them in text.
#[derive(Default, Clone)]
pub struct Known {
    /// name_key (as the store keys names) → canonical name.
    by_key: HashMap<String, String>,
    /// Simplified name_key of every name and alias → (canonical name, kind).
    patterns: Vec<(String, String, String)>,
    /// Canonical names of entities that only an extraction of this
    /// document brought (document name → names).
    extracted_only: HashMap<String, Vec<String>>,
    /// Canonical name → kind.
    kinds: HashMap<String, String>,
    /// When the texts were published, as the user said (`load
    /// --published`): the year of an article that prints none.
    published: Option<Date>,
}

impl Known {
    pub fn new() -> Known {
        Known::default()
    }

    /// Adds an entity's name or alias.
    pub fn add(&mut self, written: &str, canonical: &str, kind: &str) {
        let key = name_key(written);
        if key.is_empty() {
            return;
        }
        self.by_key
            .entry(key.clone())
            .or_insert_with(|| canonical.to_string());
        self.patterns
            .push((simplify(&key), canonical.to_string(), kind.to_string()));
        self.kinds
            .entry(canonical.to_string())
            .or_insert_with(|| kind.to_string());
    }

    /// The canonical name and kind of a name or alias the store knows.
    pub fn entry(&self, name: &str) -> Option<(&str, &str)> {
        let c = self.canonical(name)?;
        Some((c.as_str(), self.kinds.get(c).map_or("", String::as_str)))
    }

    /// The texts read with these names were published on `date` (a year
    /// at least): what a dateline without a year, 今年 and 1月14日 are
    /// read against when the text prints no year of its own.
    pub fn with_published(mut self, date: Option<Date>) -> Known {
        self.published = date;
        self
    }

    /// Every name and alias in the store.
    pub fn from_store(store: &crate::store::Store) -> Result<Known, Error> {
        let mut k = Known::new();
        for e in store.all_entities() {
            let rec = store.entity(e?)?;
            k.add(&rec.name, &rec.name, &rec.kind);
            for a in &rec.aliases {
                k.add(a, &rec.name, &rec.kind);
            }
            let docs: std::collections::BTreeSet<u32> = rec.sources.iter().map(|s| s.doc).collect();
            if docs.len() == 1 && rec.sources.iter().all(|s| s.extracted) {
                if let Some(d) = docs.first() {
                    k.extracted_only
                        .entry(store.doc_name(*d)?)
                        .or_default()
                        .push(rec.name.clone());
                }
            }
        }
        Ok(k)
    }

    /// The names as they would be without an earlier extraction of `doc`:
    /// extracting a document again (after it changed, or unchanged) must
    /// give the entities it brought itself, since the new version replaces
    /// the old.
    pub fn without_extraction_of(&self, doc: &str) -> Known {
        let Some(names) = self.extracted_only.get(doc) else {
            return self.clone();
        };
        let drop: std::collections::HashSet<&String> = names.iter().collect();
        Known {
            by_key: self
                .by_key
                .iter()
                .filter(|(_, c)| !drop.contains(c))
                .map(|(k, c)| (k.clone(), c.clone()))
                .collect(),
            patterns: self
                .patterns
                .iter()
                .filter(|(_, c, _)| !drop.contains(c))
                .cloned()
                .collect(),
            extracted_only: HashMap::new(),
            kinds: self
                .kinds
                .iter()
                .filter(|(c, _)| !drop.contains(c))
                .map(|(c, k)| (c.clone(), k.clone()))
                .collect(),
            published: self.published.clone(),
        }
    }

    /// Whether `name` is exactly a name or alias (as the store matches
    /// names: quotation marks, width and case folded).
    pub fn contains(&self, name: &str) -> bool {
        self.by_key.contains_key(&name_key(name))
    }

    fn canonical(&self, name: &str) -> Option<&String> {
        self.by_key.get(&name_key(name))
    }
}

/// A quantity or date the extractor found, with what it made of it.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    pub sentence: u32,
    /// Byte range of the words in the original document.
    pub start: usize,
    pub end: usize,
    /// The words as written (page-break white space removed).
    pub text: String,
    pub value: Value,
    /// The last month of a period (1—6月).
    pub until: Option<Date>,
    /// The entity it was attached to, or `None` for a mention.
    pub subject: Option<String>,
    pub attribute: String,
    pub quote: String,
    /// Why the subject and attribute are what they are (`load --explain`).
    pub why: String,
}

/// Words that read as a number but were left out as no value, and the
/// rule that left them out (`load --explain`).
#[derive(Clone, Debug, PartialEq)]
pub struct LeftOut {
    /// Byte range of the words in the original document.
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub why: &'static str,
}

/// What extraction gives: the facts to load, and every value found.
pub struct Extraction {
    pub facts: DocumentFacts,
    pub found: Vec<Found>,
    /// Numbers left out as no value, with why (not for a long text).
    pub left_out: Vec<LeftOut>,
    pub year: Option<i32>,
    pub sentences: usize,
}

/// A thing named in a sentence (offsets in the sentence's text).
#[derive(Clone, Debug)]
struct Mention {
    start: usize,
    end: usize,
    name: String,
    /// Kind for a new entity; `None` when the store knows it.
    new_kind: Option<String>,
    /// The sentence it was found in.
    sentence: u32,
    /// How a rule found the name, when it says more than its ending
    /// (for `load --explain`).
    how: Option<&'static str>,
}

impl Mention {
    /// This name said again at `start..end` of sentence `sentence`, found
    /// by the rule `how` says.
    fn said_at(
        &self,
        start: usize,
        end: usize,
        sentence: u32,
        how: Option<&'static str>,
    ) -> Mention {
        Mention {
            start,
            end,
            name: self.name.clone(),
            new_kind: self.new_kind.clone(),
            sentence,
            how,
        }
    }
}

/// Extracts facts from a plain-text document named `doc`.
pub fn extract(doc: &str, content: &str, known: &Known) -> Result<Extraction, Error> {
    extract_each(doc, content, known, None)
}

/// Where [`extract_each`] hands each sentence's facts.
pub type FactSink<'a> = &'a mut dyn FnMut(Vec<Fact>) -> Result<(), Error>;

/// [`extract()`], handing each sentence's facts to `sink` as they are
/// found (a long text's facts are not held together; `found` and the
/// document's text are then left out of the result).
pub fn extract_each<'t>(
    doc: &str,
    content: impl Into<crate::stream::Text<'t>>,
    known: &Known,
    mut sink: Option<FactSink<'_>>,
) -> Result<Extraction, Error> {
    // A long text is read a piece at a time, never held whole (issue 15).
    let content = content.into();
    // Sentences are split as they are read, and only the latest held (a
    // long text's would grow with it, issue 15).
    let mut split = content.sentences();
    let Some(opening) = split.next().map(std::rc::Rc::new) else {
        return Err(Error::Input(format!(
            "{doc}: no text to extract facts from"
        )));
    };
    let (year, today, line_day) = document_date(content, known.published.as_ref());
    // 本报怀化…讯: the place the report is filed from, a place stem the
    // headline may already open a name with.
    let dateline_at = content.whole().and_then(dateline_place);
    let days_printed = content
        .whole()
        .map(|w| dates::days_printed(&decimal_points(&simplify(w))))
        .unwrap_or_default();
    let matcher = KnownMatcher::new(known);
    let mut out = Builder {
        sentences: crate::latest::SentenceWindow::new(content, opening.clone()),
        doc: doc.to_string(),
        known,
        entities: BTreeMap::new(),
        facts: Vec::new(),
        found: Vec::new(),
    };
    let first = &*opening;
    let doc_entity = Entity {
        name: doc.to_string(),
        kind: DOCUMENT_KIND.to_string(),
        aliases: Vec::new(),
        source: Source {
            doc: doc.to_string(),
            quote: first.text.clone(),
            extracted: true,
            at: Some(location(first, 0, first.text.len())),
            background: None,
        },
        alias_background: Vec::new(),
    };
    // The names of the sentence before, for a sentence that names nothing
    // or refers back (该项目).
    let mut topic: Vec<Mention> = Vec::new();
    // The sentences opening with a list item's mark ((（二）, 三、), whose
    // names are no thread for a later item.
    let mut item_sentences: HashSet<u32> = HashSet::new();
    // The last person named, for 他/她 and a quote's 我 in the sentence
    // after.
    let mut last_person: Option<Mention> = None;
    // New names found so far in this document (and their names, to tell
    // a new one in constant time).
    let mut local: Vec<Mention> = Vec::new();
    let mut local_names: HashSet<String> = HashSet::new();
    // Every name so far, in order, by its latest mention (a long text's
    // would grow with it; the look back finds the same, see `Latest`).
    let mut history = crate::latest::Latest::new(|m: &Mention| m.name.as_str());
    // What the article is about: the first name of the headline (or of
    // the first sentence), for values whose clause names nothing.
    let mut doc_topic: Option<Mention> = None;
    // The head of the last clause of the sentence before, when it ended
    // with ； (甲部门收入v1；乙部门收入v2 are two sentences).
    let mut parallel_head: Option<Vec<String>> = None;
    // Whether the sentence read now is an item of a breakdown (分X看，…；).
    let mut in_breakdown = false;
    // The values of the sentence before, when it ended with ；: unit,
    // counter, attribute and the words of its clause before it (晋江市常住人口
    // 210.4万人；南安市151.8万人: the items of a list the splitter cut).
    let mut items_now: Vec<(Unit, char, String, String)> = Vec::new();
    // Short names the text declares (以下简称…) and the names they stand for.
    let mut aliases: Vec<(String, Mention)> = Vec::new();
    // Institutions said short by their place's level (区法院 for
    // 涪城区人民法院) and the names they stand for.
    let mut level_shorts: Vec<(String, Mention)> = Vec::new();
    // Names said in full with their place (沂南县岸堤水库引水工程) and the
    // form without it, until the text says that form on its own.
    let mut placeless: Vec<(String, String)> = Vec::new();
    let head_norm = decimal_points(&simplify(&opening.text));
    // The whole text simplified, when it is held: whether it says a name
    // whole anywhere.
    let whole_norm = content.whole().map(simplify);
    let whole_names = WholeNames::new(whole_norm.as_deref());
    // Taiwan's texts date by the Republic era (115年10月).
    let traditional = content
        .whole()
        .zip(whole_norm.as_deref())
        .is_some_and(|(w, n)| crate::stream::traditional(w, n));
    // The headline and its subtitle (——甲县一个牧民合作社的增收路).
    let mut head_lines = head_norm.clone();
    // The name the headline opens with, whole, when the body says it.
    let mut opening_name = content
        .whole()
        .and_then(|t| headline_opening_name(&head_norm, t));
    // 中心城区 said in three sentences or more: the text reports that part
    // of the city apart from the whole; said once (成都市中心城区共成交…)
    // it only says where the city's figures fall.
    let city_parts_reported = whole_norm.as_deref().is_some_and(|t| {
        lexicon::CITY_PARTS.iter().any(|p| {
            t.split(['。', '\n'])
                .filter(|sentence| sentence.contains(p))
                .count()
                >= CITY_PART_SENTENCES
        })
    });
    // Else a project the headline names by its capacity (甲县100万千瓦风电
    // 项目), with the form the body says it in.
    let capacity_project = whole_norm
        .as_deref()
        .and_then(|t| headline_capacity_project(&head_norm, t));
    // 项目名称：甲项目 in an announcement, and whether the section read now
    // (二、投资项目基本情况) is about a project: its items naming nothing
    // are that project's.
    let mut declared_project: Option<Mention> = None;
    let mut project_section = false;
    // Short forms the text uses for a name (declared, or the name without
    // its place): (name, short form, why), the entity's aliases.
    let mut doc_aliases: Vec<(String, String, &'static str)> = Vec::new();
    let mut warnings = Vec::new();
    let mut left_out = Vec::new();
    // Values of a headline that found no subject in it (大同今年改造老旧小区
    // 286个): held until the body names what the headline said short.
    let mut held: Vec<HeldValue> = Vec::new();
    // Values of the opening sentences that found no subject, their only
    // name a source (X局昨公布，今年11月份…毛收入为…): held, with their
    // sentence, until the body names the document's topic.
    let mut opening_held: Vec<(std::rc::Rc<Sentence>, HeldValue)> = Vec::new();
    // The people the text so far names, and the private person whose
    // answer the current lines are (艾力：… in an interview), for
    // [`answer_speaker`].
    let mut named = NamedSoFar::default();
    let mut speaker: Option<Mention> = None;
    // Whether the document's topic is only the headline's opening words.
    let mut topic_guessed = false;
    // Whether the place of goods a guessed topic names was looked for
    // (`goods_place`), once a document.
    let mut goods_place_tried = false;
    // 主要预期目标是：地区生产总值增长6%左右；规模以上工业增加值增长8%以上；…:
    // the goal a colon heads, for the items of its list the sentence
    // splitter cut at ；.
    let mut goal_list: Option<Modality> = None;
    let mut currency = DocumentCurrency::default();
    // 每度4.11元 before 新臺幣 is first named: a text counts its 元 in its
    // currency throughout, when the whole is at hand.
    if let Some(w) = content.whole() {
        currency.read(w, &simplify(w));
    }
    // The columns of the table read now (县（市、区）　常住人口（万人）　…):
    // each column's name and the unit its header gives.
    let mut table_columns: Option<Vec<(String, String)>> = None;
    // The unit a caption gives the table under it (…（单位：万元）).
    let mut table_caption: Option<String> = None;
    // （学校单位：所；学生单位：人；…）: a caption the sentence split cut at
    // its ；, kept until its bracket closes.
    let mut table_caption_cut: Option<String> = None;
    // The places the whole text names, read once when a 全盟 finds no
    // place before it (see `later_place`).
    let mut text_places: Option<Vec<Mention>> = None;
    // The prefecture a line opens with (楚雄州抗旱…), found once.
    let mut line_prefecture: Option<Option<Mention>> = None;
    let (mut count, mut cut, mut first_cut) = (0, 0, None);
    let mut each = std::iter::once(opening.clone())
        .chain(split.by_ref().map(std::rc::Rc::new))
        .peekable();
    // Whether the sentence now read was pushed to the window already, as
    // the speaker's sentence after a quote (“…。”X说).
    let mut pushed_ahead = false;
    // Whether a sentence read so far counted arrivals (来台旅客).
    let mut arrivals_said = false;
    // The year a numbered heading names (一、2025年工作回顾), for the months
    // said bare under it, until the next numbered heading.
    let mut section_year: Option<i32> = None;
    // Whether the numbered heading over the sentence sets goals (二、2026年
    // 主要目标): the figures under it are goals, as a list's after 目标是：.
    // Not a heading of goals and tasks (主要目标和任务), whose tasks'
    // figures are plain.
    let mut section_goals = false;
    // Whether a numbered heading has named a year (一、2025年工作回顾).
    let mut years_headed = false;
    // The label of the heading line over the paragraph read (▶ 起付线：…),
    // and whether no paragraph has followed that line yet.
    let mut section_label: Option<String> = None;
    let mut label_fresh = false;
    while let Some(s) = each.next() {
        if !std::mem::take(&mut pushed_ahead) {
            out.sentences.push(s.clone());
        }
        let here = std::rc::Rc::clone(&s);
        let s = &*s;
        count += 1;
        if s.cut {
            cut += 1;
            first_cut.get_or_insert(s.line);
        }
        let norm = decimal_points(&simplify(&s.text));
        named.read(&norm);
        arrivals_said |= attributes::arrival_text(&norm);
        // A new line opens a new turn, or the reporter's narration.
        if s.opens_line {
            speaker = answer_speaker(&norm, &named);
            named.asked = reporter_turn(&norm);
        }
        let mut found_dates = dates::years_of_days_printed(
            &norm,
            dates::days_alone(&norm, dates::find_dates(&norm, year), line_day),
            &days_printed,
        );
        if traditional {
            found_dates = dates::republic_era(&norm, found_dates);
        }
        found_dates = dates::days_listed(&norm, found_dates);
        found_dates = dates::months_after_a_year(&norm, found_dates);
        // ▶ 起付线：… names the figures of its line and of the one
        // paragraph under it, no further.
        if s.opens_line {
            if let Some(label) = heading_label(&norm) {
                section_label = Some(label.to_string());
                label_fresh = true;
            } else if !std::mem::take(&mut label_fresh) {
                section_label = None;
            }
        }
        // A heading is a line of its own, or follows a line the splitter
        // kept with it (各位代表： over 一、2025年工作回顾).
        let mut lines = norm.split(['\n', '：']);
        let first = lines.next().filter(|_| s.opens_line);
        for line in first.into_iter().chain(lines) {
            if let Some(named) = heading_year(line) {
                section_year = named;
                years_headed |= named.is_some();
            }
            if let Some(goals) = heading_sets_goals(line) {
                section_goals = goals;
            }
        }
        // A document whose headings name the years it covers says which
        // months are past ones: a month under 二、重点工作 of a January
        // report is of the report's year, not the year before.
        if !years_headed {
            found_dates = dates::days_after_the_day(&norm, found_dates, line_day);
        }
        // 一期3月开工 under 一、2025年工作回顾 in a report of 2026: the
        // month is of the year its section reviews, not the document's.
        if let Some(y) = section_year {
            for d in found_dates
                .iter_mut()
                .filter(|d| d.date.year == year && !d.date.text.contains(['年', '今', '去', '明']))
            {
                d.date.year = Some(y);
                if let Some(u) = d.until.as_mut() {
                    u.year = Some(y);
                }
            }
        }
        // Their words are no quantities either (find_quantities skips them).
        let mut left = Vec::new();
        let mut quantities = quantities_and_left_out(&norm, &found_dates, &mut left);
        currency.read(&s.text, &norm);
        for (_, b, q) in quantities.iter_mut() {
            currency.apply(&norm[*b..], q);
        }
        quantities.retain(|(a, b, q)| {
            let why = if counts::restates_a_list(&norm, *a, &norm[*a..*b]) {
                "a count of the items the list before it names"
            } else if counts::names_a_group(&norm, *a, *b) {
                "a count naming the group whose items' values follow (两家企业分别为…, \
                 三个项目合计…): no value of its own"
            } else if threshold(&norm, *b, q).is_some() && !norm[*b..].starts_with('的') {
                "a threshold in a class's name (10亿元以上项目, 超10亿元项目): the things \
                 above it are counted, it is no value"
            } else if q.unit == Unit::Count && counts::picked_by_a_superlative(&norm, *a) {
                "the ones a superlative picks (最长的一座, 最受欢迎的三个): no count"
            } else if q.unit == Unit::Count && counts::a_rank(&norm, *a, *b) {
                "a rank (居前三位, 前移3位): no count"
            } else if q.unit == Unit::Count && counts::an_ordinal_or_a_term(&norm, *a, *b) {
                "an ordinal said without 第 (十届人大五次会议) or a word of its own (三次产业, \
                 二次衬砌): no count"
            } else if q.unit == Unit::Count && counts::in_a_policy_title(&norm, *a, *b) {
                "the articles of a policy its title counts (《…20条措施》): part of a name"
            } else if q.unit == Unit::Count
                && norm[*a..*b].starts_with('零')
                && norm[*a..*b].chars().count() == 2
            {
                "零 and a counter alone (汽车零件, 零部件): a word, no count of none"
            } else if q.unit == Unit::Count && counts::a_milestone_barrier(&norm, *a, *b) {
                "a milestone's barrier (突破50万大关): 大 is no counter there"
            } else if q.unit == Unit::Count && counts::in_a_programme_name(&norm[*b..]) {
                "a number in a programme's name (十件民生实事): no count"
            } else if counts::in_a_quoted_name(&norm, *a, *b)
                && !(q.unit != Unit::Count && counts::ends_a_quoted_clause(&norm, *a, *b))
                && !counts::coupon_terms(&norm, *a, *b)
            {
                "inside a short quotation that is no sentence (“一元碳汇”项目, “四个突出”): a \
                 name or a slogan, no value"
            } else if counts::one_unit_of_a_rate(&norm[*a..*b])
                || counts::one_unit_before_more_gained(&norm, *a, *b)
            {
                "one unit a price or a cost is told for, a rate's base"
            } else {
                return true;
            };
            left.push((*a, *b, why));
            false
        });
        if sink.is_none() {
            left_out.extend(left.into_iter().map(|(a, b, why)| {
                let at = location(s, a, b);
                LeftOut {
                    start: at.value_start as usize,
                    end: at.value_end as usize,
                    text: s.text[a..b].to_string(),
                    why,
                }
            }));
        }
        // 芗城区　58.6　96.10 under 常住人口（万人）　城镇化率（%）: a row's
        // bare numbers in the units of their columns.
        // The lines of a sentence a table's lines are joined into.
        let lines = sentence_lines(s, norm.len());
        let column_cells = table_quantities(
            &norm,
            s,
            &lines,
            &mut table_columns,
            &mut table_caption,
            &mut table_caption_cut,
            &mut quantities,
            &found_dates,
        );
        if !column_cells.is_empty() {
            for (a, b, q, _) in &column_cells {
                if sink.is_none() {
                    let at = location(s, *a, *b);
                    let (from, to) = (at.value_start as usize, at.value_end as usize);
                    left_out.retain(|l| !(l.start == from && l.end == to));
                }
                if !quantities.iter().any(|(x, y, _)| x == a && y == b) {
                    let mut q = q.clone();
                    q.text = norm[*a..*b].to_string();
                    quantities.push((*a, *b, q));
                }
            }
            quantities.sort_by_key(|(a, _, _)| *a);
        }
        // Each cell's column, and the unit its header gave a bare cell
        // (接待量（万人次） over 24.8: 人次, which names what is counted).
        let column_cells: Vec<(usize, usize, String, String)> = column_cells
            .into_iter()
            .map(|(a, b, q, name)| {
                let unit = q.text.strip_prefix(&norm[a..b]).unwrap_or_default();
                (a, b, name, unit.to_string())
            })
            .collect();
        // 2025年第二季度重大项目集中开工活动: a year opening a name dates no fact.
        found_dates.retain(|d| !dates::opens_a_name(&norm, d));
        // 2020年2月30日 is a mistake in the text, not a date to store.
        found_dates.retain(|d| {
            let Some(why) = d.date.impossible() else {
                return true;
            };
            let (at, _) = s.original(d.start, d.end);
            warnings.push(format!(
                "{doc}:{}: '{}' is not a date ({why}); left out",
                s.line_of(at),
                &s.text[d.start..d.end]
            ));
            false
        });
        let spans: Vec<(usize, usize)> = quantities
            .iter()
            .map(|(a, b, _)| (*a, *b))
            .chain(found_dates.iter().map(|d| (d.start, d.end)))
            .collect();
        // Only the latest names said are looked for again: a sentence's
        // cost must not grow with the text before it (a long text names
        // ever more things; an article, far fewer than this).
        let recent = &local[local.len().saturating_sub(RECENT_NAMES)..];
        let mut mentions = find_mentions(
            &norm,
            s.index,
            known,
            &matcher,
            &spans,
            recent,
            dateline_at.as_deref(),
            &whole_names,
        );
        if !city_parts_reported {
            mentions.retain(|m| m.how != Some(CITY_PART_HOW));
        }
        // A name found in the headline over it and on (渝湘高铁重庆至黔江段
        // over 渝湘高铁) is the headline's whole name: none is taken.
        if s.index == 0 {
            opening_name = opening_name.filter(|(name, _)| {
                !mentions
                    .iter()
                    .any(|m| m.start < name.len() && m.end > name.len())
            });
        }
        if let Some((name, kind)) = &opening_name {
            opening_name_mentions(
                &norm,
                s.index,
                (name, name),
                kind,
                HEADLINE_OPENS_WHY,
                &mut mentions,
            );
        } else if let Some((name, said, kind)) = &capacity_project {
            // The headline says it whole, the body from the capacity on.
            for form in [name, said] {
                opening_name_mentions(
                    &norm,
                    s.index,
                    (name, form),
                    kind,
                    CAPACITY_PROJECT_WHY,
                    &mut mentions,
                );
            }
        }
        if (1..=3).contains(&s.index) && norm.starts_with("——") {
            head_lines.push_str(&norm);
        }
        // X（以下简称Y）: Y stands for X from here on.
        declared_aliases(&norm, s.index, &mut mentions, &mut aliases);
        if (1..=3).contains(&s.index) {
            if let Some((company, plant)) =
                headline_plant_company(&head_norm, &norm, s.index, &aliases)
            {
                if !doc_aliases.iter().any(|(_, a, _)| *a == plant) {
                    doc_aliases.push((company, plant, HEADLINE_PLANT_WHY));
                }
            }
        }
        alias_mentions(&norm, s.index, &aliases, &mut mentions);
        short_project_names(&norm, s.index, recent, &opening.text, &mut mentions);
        level_short_mentions(&norm, s.index, &level_shorts, &mut mentions);
        listed_item_names(&norm, s.index, &quantities, recent, &mut mentions);
        counted_list_names(&norm, s.index, &mut mentions);
        let list_items = plain_list_names(&norm, s.index, &mentions);
        if norm.contains("位于") {
            located_names(&norm, s.index, &mut mentions);
        }
        parallel_head = parallel_items(
            &norm,
            s.index,
            &quantities,
            parallel_head.as_deref(),
            &mut mentions,
        );
        // 公司…钢材出口3.18万吨, 钢材平均售价每吨3586元: in a company's
        // report the goods it sells and their prices are its own figures.
        let company_report = doc_topic
            .as_ref()
            .is_some_and(|t| t.new_kind.as_deref() == Some("enterprise"));
        if !company_report {
            priced_goods(&norm, s.index, &quantities, &mut mentions);
            traded_goods(&norm, s.index, &quantities, &mut mentions);
        }
        visitors_by_origin(&norm, s.index, &quantities, &mut mentions);
        visitor_kinds(&norm, s.index, &quantities, &mut mentions);
        in_breakdown = breakdown_items(&norm, s.index, in_breakdown, &quantities, &mut mentions);
        if norm.contains("损失") {
            loss_items(&norm, s.index, &quantities, &mut mentions);
        }
        speakers_company(&norm, s.index, &mut mentions);
        survey_office_places(&norm, s.index, &mut mentions);
        for &line in &lines {
            table_row_name(&norm, &s.map, line, s.index, &mut mentions);
        }
        let parts_dropped = [
            drop_parts_listed(&norm, &mut mentions).then_some(PARTS_WHY),
            drop_classes(&norm, s.index, recent, &mut mentions).then_some(CLASS_WHY),
        ];
        let roles_passed = mentions.iter().any(|m| role_filler(&norm, m));
        for m in &mentions {
            // A breakdown's item (分产品看，羊绒纱线…) is named for its
            // clause; said again later (年产羊绒纱线2800吨) it is goods.
            if m.how == Some(BREAKDOWN_HOW) {
                continue;
            }
            if m.how == Some(TAIWAN_WHOLE_HOW) {
                // As written (全臺), as the entity's name is.
                let short = s.text.get(m.start..m.end).unwrap_or(&norm[m.start..m.end]);
                if !doc_aliases
                    .iter()
                    .any(|(f, a, _)| *f == m.name && a == short)
                {
                    doc_aliases.push((m.name.clone(), short.to_string(), TAIWAN_WHOLE_HOW));
                }
            }
            if m.new_kind.is_some() && local_names.insert(m.name.clone()) {
                local.push(m.clone());
                let place = m
                    .new_kind
                    .as_deref()
                    .is_some_and(|k| PLACE_KINDS.contains(&k));
                if s.index > 0 && !place {
                    if let Some(short) = headline_abbreviation(&head_norm, &m.name) {
                        if !doc_aliases
                            .iter()
                            .any(|(f, a, _)| *f == m.name && a == short)
                        {
                            doc_aliases.push((m.name.clone(), short.to_string(), ABBREVIATION_WHY));
                        }
                    }
                }
                for short in level_short_forms(&m.name, m.new_kind.as_deref()) {
                    if !level_shorts.iter().any(|(x, _)| *x == short) {
                        level_shorts.push((short, m.clone()));
                    }
                }
                for short in placeless_forms(&m.name, m.new_kind.as_deref()) {
                    placeless.push((m.name.clone(), short));
                }
                if let Some(short) = outer_place_form(&m.name, m.new_kind.as_deref()) {
                    if !doc_aliases
                        .iter()
                        .any(|(f, a, _)| *f == m.name && *a == short)
                    {
                        doc_aliases.push((m.name.clone(), short, OUTER_PLACE_WHY));
                    }
                }
            }
        }
        // A short form the text itself uses for a name: an alias of the
        // entity (the headline's, the sentences' before and after).
        placeless.retain(|(full, short)| {
            let said = [head_norm.as_str(), norm.as_str()]
                .iter()
                .any(|t| said_without_place(t, full, short));
            if said {
                doc_aliases.push((full.clone(), short.clone(), PLACELESS_WHY));
            }
            !said
        });
        for (short, full) in &aliases {
            if declared_name(short)
                && !doc_aliases
                    .iter()
                    .any(|(f, a, _)| *f == full.name && a == short)
            {
                doc_aliases.push((full.name.clone(), short.clone(), DECLARED_WHY));
            }
        }
        if !held.is_empty() && s.index > 0 {
            let head = decimal_points(&simplify(&opening.text));
            let last_try = s.index >= HEADLINE_WAIT;
            let mut keep = Vec::new();
            for h in std::mem::take(&mut held) {
                match headline_subject(&head, h.a, &local) {
                    Some(m) => {
                        if topic_guessed {
                            doc_topic = Some(m.clone());
                            topic_guessed = false;
                        }
                        h.emit(&mut out, &opening, Some(m), HEADLINE_WHY.into());
                    }
                    None if last_try => {
                        let (subject, why) = h.subject_or_topic(doc_topic.as_ref());
                        h.emit(&mut out, &opening, subject, why);
                    }
                    None => keep.push(h),
                }
            }
            held = keep;
        }
        // 该项目…: the sentence goes on about what the last one named (the
        // last project, for 该项目).
        let anaphor = lexicon::ANAPHORA
            .iter()
            .chain(THING_ANAPHORA)
            .filter_map(|(w, ending)| {
                norm.match_indices(w)
                    .map(|(p, _)| p)
                    .find(|&p| {
                        !w.starts_with('全')
                            || !compared_base(&norm[..p]) && !governed_whole(&norm[..p])
                    })
                    .map(|p| (p, *ending, w.starts_with(['全', '我', '本'])))
            })
            .min()
            .or_else(|| city_said_whole(&norm).map(|p| (p, "市", true)));
        // 砀山酥梨丰收季 … 走进砀山 … 全县水果种植面积…: a topic guessed from
        // the headline that is goods named with their place, when the body
        // speaks of the whole county and names none, is that county's:
        // its totals are the place's, not the product's.
        // Tried once: the text is read whole for it.
        if let Some((_, ending, true)) =
            anaphor.filter(|_| topic_guessed && s.index > 0 && !goods_place_tried)
        {
            goods_place_tried = true;
            let no_such_place = |m: &Mention| !simplify(&m.name).ends_with(ending);
            if let Some(p) = doc_topic
                .as_ref()
                .filter(|_| {
                    mentions.iter().all(no_such_place)
                        && topic.iter().all(no_such_place)
                        && history.iter().all(no_such_place)
                })
                .and_then(|t| goods_place(&simplify(&t.name), content.whole()?, ending, s.index))
            {
                replace_guessed_topic(&mut doc_topic, &mut held, p);
                topic_guessed = false;
            }
        }
        let closed = ends_sentence(&norm);
        // A new paragraph opens a new thread: naming nothing, it speaks
        // of the article's topic, not of what the last paragraph ended on.
        let paragraph = s.opens_line;
        if paragraph && anaphor.is_none() {
            topic.clear();
        }
        // 林女士说… then a paragraph opening with 全市: no word refers back
        // to a person; she is not carried past her paragraph.
        // (Only one of the people quoted on their own lives: a defendant's
        // case goes on, 被告人武某… then what the court found.)
        if paragraph {
            topic.retain(|m| m.how != Some(ONE_OF_THE_PEOPLE));
        }
        // （一）甲项目，总投资…；（二）乙项目…；（三）补充流动资金1.6亿元: an
        // item naming nothing is no part of the item before it; it speaks
        // of what the list is about.
        if opens_with_item_mark(&norm) {
            if anaphor.is_none() {
                topic.retain(|m| !item_sentences.contains(&m.sentence));
            }
            item_sentences.insert(s.index);
        }
        let fallback = if closed {
            match anaphor {
                // 全县: the last county named anywhere before; 该项目: the
                // last project of the two sentences before.
                // The thread first when it has that ending (该行 after
                // 甲银行…辖内乙支行、丙支行分别…: 甲银行, not 丙支行).
                // 全区 in a district's report: the district the document is
                // about, not a zone (高新区) named since.
                // 全市 after 甲路夜市: a market ends like a city but is no
                // whole of one.
                Some((_, ending, whole)) if !ending.is_empty() => doc_topic
                    .as_ref()
                    .filter(|t| whole && simplify(&t.name).ends_with(ending))
                    .or_else(|| {
                        topic.iter().rev().find(|m| {
                            simplify(&m.name).ends_with(ending)
                                && !(whole && m.new_kind.as_deref() == Some("market"))
                        })
                    })
                    .or_else(|| {
                        history
                            .iter()
                            .rev()
                            .filter(|m| whole || m.sentence + 2 >= s.index)
                            .find(|m| {
                                simplify(&m.name).ends_with(ending)
                                    && !(whole && m.new_kind.as_deref() == Some("market"))
                            })
                    })
                    .cloned()
                    // 记者从柳州市教育局获悉，今年全市…: no city named but in
                    // an office's name; 全市 is the office's city.
                    .or_else(|| {
                        mentions
                            .iter()
                            .rev()
                            .chain(history.iter().rev())
                            .filter_map(office_place)
                            .find(|p| simplify(&p.name).ends_with(ending))
                            .map(|p| Mention {
                                how: Some(
                                    "a word referring back to a place named only in an \
                                     office's name (X市教育局 … 全市): the office's place",
                                ),
                                ..p
                            })
                    })
                    // 甲发电厂二期工程 … 二期投运后，全厂…: the whole of the
                    // thing a phase's project belongs to, named before the
                    // phase.
                    .or_else(|| {
                        topic
                            .iter()
                            .rev()
                            .chain(history.iter().rev())
                            .find_map(|m| phase_owner(m, ending))
                    })
                    // 中新网深圳…电 … 全市共开展…: no city named with its
                    // ending; 全市 is the city the report is filed from.
                    .or_else(|| {
                        let place = dateline_at.as_deref().filter(|_| whole && ending == "市")?;
                        Some(Mention {
                            start: 0,
                            end: 0,
                            name: place.to_string(),
                            new_kind: Some("city".to_string()),
                            sentence: s.index,
                            how: Some(
                                "a word referring back to the city (全市) when none is named: \
                                 the dateline's place",
                            ),
                        })
                    })
                    // 楚雄州…通报 … 全州/我州: the prefecture the text's lines
                    // open with, not the county named last.
                    .or_else(|| {
                        let whole_text = content.whole().filter(|_| whole && ending == "州")?;
                        line_prefecture
                            .get_or_insert_with(|| prefecture_opening_lines(whole_text))
                            .as_ref()
                            .map(|p| p.said_at(0, 0, s.index, p.how))
                    })
                    // 全市 after 甲新区 (a part of the city): a place of
                    // another level is no whole of this one; the first
                    // place of that level the text names is, if any.
                    .or_else(|| {
                        let last = topic.last()?;
                        let part = whole
                            && last
                                .new_kind
                                .as_deref()
                                .is_some_and(|k| PLACE_KINDS.contains(&k))
                            && !simplify(&last.name).ends_with(ending);
                        part.then(|| later_place(&mut text_places, content.whole(), ending))
                            .flatten()
                            .map(|p| p.said_at(0, 0, s.index, p.how))
                            .or_else(|| Some(last.clone()))
                    })
                    // 我盟正式进入防火期 … （来源：锡林郭勒盟林业和草原局）:
                    // a post naming its own place only at its end; 全盟 is
                    // the first such place the whole text names. Not after
                    // a name in the sentence but a source's (甲项目志愿者…，
                    // 奔赴全省…: the project's).
                    .or_else(|| {
                        let (at, _, whole) = anaphor?;
                        let named = mentions
                            .iter()
                            .any(|m| m.start < at && !is_source(&norm, m));
                        (whole && !named)
                            .then(|| later_place(&mut text_places, content.whole(), ending))
                            .flatten()
                            .map(|p| p.said_at(0, 0, s.index, p.how))
                    }),
                _ => topic.last().cloned(),
            }
        } else {
            None
        };
        let anaphor_at = anaphor.map(|(p, ending, _)| (p, ending));
        let anaphor = anaphor.map(|(p, _, _)| p);
        // 记者从X局获悉: the office is where the news came from, not what
        // the numbers are about.
        let subjects: Vec<Mention> = mentions
            .iter()
            .filter(|m| {
                !is_source(&norm, m)
                    && !is_member(&norm, m, &mentions)
                    && !compared_with(&norm, m)
                    && !role_filler(&norm, m)
            })
            .cloned()
            .collect();
        if doc_topic.is_none() {
            // A place first (乌兰察布市新能源项目签约 is about the city),
            // else any name but a person's or a bare short form.
            // 甲市病例破300例　东区、北区合占逾四成: places listed side by
            // side are parts the article compares, not what it is about.
            let places = find_places(&norm);
            let listed = |at: usize, end: usize| {
                let sibling_after = norm[end..]
                    .strip_prefix(['、', '与', '和'])
                    .is_some_and(|r| places.iter().any(|p| p.start == norm.len() - r.len()));
                let sibling_before = norm[..at]
                    .strip_suffix(['、', '与', '和'])
                    .is_some_and(|b| places.iter().any(|p| p.end == b.len()));
                sibling_after || sibling_before
            };
            let usable: Vec<&Mention> = subjects
                .iter()
                .filter(|m| {
                    m.new_kind.as_deref() != Some("person")
                        && !lexicon::SHORT_FORMS.contains(&simplify(&m.name).as_str())
                        && !(m
                            .new_kind
                            .as_deref()
                            .is_some_and(|k| PLACE_KINDS.contains(&k))
                            && (listed(m.start, m.end) || venue_place(&norm, m)))
                })
                .collect();
            // The place may open a longer name (乌兰察布市新能源项目).
            let place = places
                .iter()
                .find(|p| {
                    // 山沟里的民宿村: a kind of place described, which the names
                    // found left out, is no topic.
                    let described = after_de(&norm, p.start)
                        && !mentions
                            .iter()
                            .any(|m| m.start <= p.start && p.end <= m.end);
                    !described
                        && !listed(p.start, p.end)
                        && !venue_place(&norm, p)
                        && !mentions
                            .iter()
                            .any(|m| is_source(&norm, m) && m.start <= p.start && p.end <= m.end)
                })
                .cloned();
            // 芜湖一新能源汽车整车基地投产 … X有限公司整车基地: the body's
            // name whose last four characters the headline said is what
            // the article is about, before the zone it stands in.
            let head = simplify(&opening.text);
            let headline_named = |m: &&&Mention| {
                s.index > 0 && {
                    let key = simplify(&m.name);
                    let tail = key.char_indices().rev().nth(3).map(|(i, _)| &key[i..]);
                    tail.is_some_and(|t| head.contains(t))
                }
            };
            // 涪城区法院去年审执结案件…: a court, hospital or school named
            // with its place reports its own figures, not the place's.
            let institution = usable.iter().find(|m| {
                m.new_kind.as_deref() == Some("institution")
                    && place
                        .as_ref()
                        .is_some_and(|p| p.start == m.start && p.end < m.end)
            });
            // ——访某某陶瓷有限公司总经理程某: an interview's headline
            // visits what the article is about.
            let visited = usable.iter().find(|m| {
                VISIT_VERBS.iter().any(|v| {
                    norm[..m.start].ends_with(v)
                        && norm[..m.start - v.len()]
                            .chars()
                            .next_back()
                            .is_none_or(|c| !is_han(c))
                })
            });
            // ——访甲县乙乡丙村党支部书记: of places said one inside the
            // next, the visit is to the last.
            let visited = visited.map(|mut m| {
                while let Some(inner) = usable.iter().find(|n| {
                    n.start == m.end
                        && n.new_kind
                            .as_deref()
                            .is_some_and(|k| PLACE_KINDS.contains(&k))
                }) {
                    m = inner;
                }
                // ——访甲县乙镇电商服务站站长: a place opening a longer name
                // is where that name's thing is; the visit is to the thing.
                usable
                    .iter()
                    .filter(|n| n.start == m.start && n.end > m.end)
                    .max_by_key(|n| n.end)
                    .unwrap_or(m)
            });
            doc_topic = visited
                .map(|m| Mention {
                    how: m.how.or(Some("the name an interview's headline visits")),
                    ..(*m).clone()
                })
                .or(usable.iter().find(headline_named).map(|m| Mention {
                    how: m
                        .how
                        .or(Some("the headline names its ending: the article's topic")),
                    ..(*m).clone()
                }))
                .or(institution.map(|m| Mention {
                    how: m.how.or(Some(
                        "an institution named with its place: its own figures, not the place's",
                    )),
                    ..(*m).clone()
                }))
                // 第三届某茶叶博览会在某县闭幕: the fair, the race is what the
                // article is about; the place only says where it is held.
                .or(usable
                    .iter()
                    .find(|m| m.new_kind.as_deref() == Some("event"))
                    .map(|m| {
                        // 甲湖冬捕头网出鱼… then 甲湖第十一届文化节 in the
                        // body: the headline is about the host, not the
                        // event the body names on the way.
                        event_host(&norm, m, &head_norm)
                            .filter(|_| s.index > 0)
                            .unwrap_or_else(|| Mention {
                                how: m.how.or(Some(
                                    "an event (a fair, a race) named first: its own figures, not its host place's",
                                )),
                                ..(*m).clone()
                            })
                    }))
                // 甲市政府新闻办召开新闻发布会: the host of a press
                // conference tells of its place, ahead of what else is named.
                .or(mentions
                    .iter()
                    .filter(|m| holds_press_conference(&norm[m.end..]))
                    .find_map(office_place)
                    .map(|p| Mention {
                        sentence: s.index,
                        how: Some(PRESS_HOST_PLACE_WHY),
                        ..p
                    }))
                .or(usable
                    .iter()
                    .find(|m| {
                        // A place the store knows already counts too: the
                        // topic must not depend on what was loaded before.
                        m.new_kind
                            .as_deref()
                            .or_else(|| known.entry(&m.name).map(|(_, k)| k))
                            .is_some_and(|k| PLACE_KINDS.contains(&k))
                    })
                    .map(|m| (*m).clone()))
                .or(place.map(|p| Mention {
                    sentence: s.index,
                    ..p
                }))
                .or(usable.first().map(|m| (*m).clone()));
            // X州…通报 … 其中甲、乙两县…: a place a list counts is one
            // of the parts the text compares, not what it is about; the
            // prefecture the text's lines open with is.
            if s.index > 0
                && doc_topic
                    .as_ref()
                    .is_some_and(|t| t.how == Some(LISTED_PLACE_WHY))
            {
                if let Some(p) = content.whole().and_then(|w| {
                    line_prefecture
                        .get_or_insert_with(|| prefecture_opening_lines(w))
                        .clone()
                }) {
                    doc_topic = Some(p.said_at(0, 0, s.index, p.how));
                }
            }
            // 呼和浩特市新城区文旅消费…: of places a headline says one inside
            // the next, the last (the smallest) is what the article is
            // about (in the body, 在平和县小溪镇 is where, not the topic).
            // So does a headline's subtitle (——在甲市乙区人民代表大会上).
            let subtitle = s.index <= 3 && norm.starts_with("——");
            while let Some(inner) = doc_topic
                .as_ref()
                .filter(|_| s.index == 0 || subtitle)
                .and_then(|t| {
                    usable.iter().find(|m| {
                        m.start == t.end
                            && t.new_kind
                                .as_deref()
                                .is_some_and(|k| PLACE_KINDS.contains(&k))
                            && m.new_kind
                                .as_deref()
                                .is_some_and(|k| PLACE_KINDS.contains(&k))
                    })
                })
            {
                doc_topic = Some((*inner).clone());
            }
            // 甲地铁今年客运量突破1亿乘次　3号线完成投资过半: a headline of
            // two parts naming nothing in its first is about what the first
            // opens with; the second's name is one of its parts.
            if s.index == 0
                && doc_topic.as_ref().is_some_and(|t| {
                    second_headline_part(&norm, t.start).is_some_and(|cut| {
                        !usable.iter().any(|m| m.start < cut)
                            && headline_topic(&norm[..cut]).is_some()
                    })
                })
            {
                doc_topic = None;
            }
            // A headline opening with a name no ending marks (沈白高铁本溪段
            // 建设全面提速): its leading proper noun phrase is the topic.
            if doc_topic.is_none() && s.index == 0 {
                doc_topic = headline_topic(&norm).map(|m| Mention {
                    sentence: s.index,
                    ..m
                });
                topic_guessed = doc_topic.is_some();
                // 河北税务：… a province's office said by its system's
                // short name speaks for the province: certain, no guess.
                if let Some(p) = system_short_place(&norm) {
                    doc_topic = Some(p);
                    topic_guessed = false;
                }
                // 昆山台资企业 … 昆山现有台资企业5400余家: a headline naming
                // a group of a place's things the body counts is about the
                // place, from its first value on.
                if let Some(p) = doc_topic
                    .as_ref()
                    .and_then(|t| group_place_in(content.whole()?, t, dateline_at.as_deref()))
                {
                    doc_topic = Some(p);
                    topic_guessed = false;
                }
                // Said again in the body (长岛已建成…), it is the topic.
                if let Some(t) = &doc_topic {
                    if local_names.insert(t.name.clone()) {
                        local.push(t.clone());
                    }
                }
            }
        }
        // 河南上调最低工资标准… then 全省 in the body: the place the
        // headline opens with, said short, is what the article is about.
        // Not over a topic guessed from the headline's words (松江设立…母基金:
        // the fund).
        if s.index == 0 && doc_topic.is_none() {
            if let Some(p) = whole_norm.as_deref().and_then(|w| headline_place(&norm, w)) {
                if local_names.insert(p.name.clone()) {
                    local.push(p.clone());
                }
                doc_topic = Some(p);
                topic_guessed = false;
            }
        }
        // 衞生署今日公布長者醫療券計劃的最新統計數字: an office opening the
        // body by publishing a scheme's figures is their source; the scheme
        // is what the article is about, over the office the headline named.
        if (1..=TOPIC_RENAME_WAIT).contains(&s.index) {
            // Over a topic guessed from the headline's words too.
            let office_topic = |m: &Mention| {
                topic_guessed
                    || doc_topic
                        .as_ref()
                        .is_none_or(|t| simplify(&t.name) == simplify(&m.name))
            };
            if let Some(x) = mentions
                .iter()
                .filter(|m| office_topic(m))
                .find_map(|m| published_scheme(&norm, m))
            {
                if local_names.insert(x.name.clone()) {
                    local.push(x.clone());
                }
                mentions.push(x.clone());
                doc_topic = Some(x);
                topic_guessed = false;
            }
        }
        // 记者从甲市商务局获悉，全市…: a body whose first names are only the
        // office it heard from is about that office's place; so is one
        // whose headline, guessed at, opens with the place said short (甲).
        let guess_opens_with = |p: &Mention| {
            let stem = simplify(&p.name);
            let stem = stem
                .strip_suffix("自治区")
                .or_else(|| stem.strip_suffix(['市', '县', '区', '省']))
                .unwrap_or(&stem);
            topic_guessed
                && stem.chars().count() >= 2
                && doc_topic
                    .as_ref()
                    .is_some_and(|t| simplify(&t.name).starts_with(stem))
        };
        // 甲市邮政管理局发布11月邮政行业运行情况: a headline naming only
        // the office that publishes the figures is about its place, too.
        if (doc_topic.is_none() || topic_guessed) && (s.index > 0 || doc_topic.is_none()) {
            // 臺南本土登革熱病例… guessed, 臺南市政府衛生局公布…: an office
            // of the place the guess opens with, source or not, says the
            // article is about that place.
            if let Some(p) = mentions
                .iter()
                .filter(|m| is_source(&norm, m) || topic_guessed)
                .find_map(|m| office_place(m).or_else(|| customs_city(m)))
                .filter(|p| doc_topic.is_none() || guess_opens_with(p))
            {
                doc_topic = Some(Mention {
                    how: Some(
                        "the document's topic: the place of the office the news came from \
                         (从X市X局获悉), the only name before it",
                    ),
                    ..p
                });
                topic_guessed = false;
            }
            // （中央社台北23日电）行政院主计总处公布，10月失业率3.9%: a
            // territory's own offices seldom name it; their figures are its.
            if doc_topic.is_none() {
                doc_topic = territory_office(&norm, s.index);
            }
            if let Some(t) = doc_topic.as_ref().filter(|_| !topic_guessed) {
                if local_names.insert(t.name.clone()) {
                    local.push(t.clone());
                }
            }
        }
        // 铜山农产品冷链物流园 in the headline, 淮海农产品冷链物流园 in the
        // body: the headline said the same thing with another place (the
        // district for the brand); the body's name is the topic.
        if let Some(m) = doc_topic
            .as_ref()
            .filter(|t| t.sentence == 0 && s.index > 0)
            .and_then(|t| mentions.iter().find(|m| same_thing_renamed(&t.name, m)))
        {
            doc_topic = Some(m.clone());
        }
        // 图说甲农商银行 in the headline, 甲农商银行 in the body's opening:
        // a column's or an account's words glued before the name are no
        // part of it; the body's name is the topic.
        if let Some(m) = doc_topic
            .as_ref()
            .filter(|t| t.sentence == 0 && (1..=TOPIC_RENAME_WAIT).contains(&s.index))
            .and_then(|t| mentions.iter().find(|m| said_after_a_column(&t.name, m)))
        {
            doc_topic = Some(Mention {
                how: m.how.or(Some(COLUMN_WHY)),
                ..m.clone()
            });
        }
        // 宁波市海曙区人民检察院工作报告 … 海曙区人民检察院在…: the body's
        // opening names what the headline said around the place the topic
        // was taken from (or the words it was guessed from); 黄河源头的“牦牛
        // 账本”——玛多县一个牧民合作社的增收路 … 玛多县黄河源牦牛养殖专业合作社:
        // what its subtitle describes by its place and ending. That court,
        // cooperative or station is what the article is about, not its place.
        // 甲市政府新闻办举行…发布会 … 主持人（市政府新闻办副主任）: the host
        // named whole again is still no topic; its place stays.
        if let Some((m, why)) = doc_topic
            .as_ref()
            .filter(|t| {
                t.how != Some(PRESS_HOST_PLACE_WHY)
                    && t.sentence <= TOPIC_RENAME_WAIT
                    && (1..=TOPIC_RENAME_WAIT).contains(&s.index)
                    && (topic_guessed
                        || t.new_kind
                            .as_deref()
                            .is_some_and(|k| PLACE_KINDS.contains(&k)))
            })
            .and_then(|t| {
                headline_names_whole(&head_norm, t, &subjects)
                    .map(|m| (m, HEADLINE_WHOLE_WHY))
                    .or_else(|| {
                        headline_describes(&head_lines, &subjects)
                            .map(|m| (m, HEADLINE_DESCRIBES_WHY))
                    })
                    .or_else(|| {
                        headline_one_place(&head_lines, t, &subjects)
                            .map(|m| (m, HEADLINE_ONE_PLACE_WHY))
                    })
            })
        {
            doc_topic = Some(Mention {
                how: Some(why),
                ..m
            });
            topic_guessed = false;
        }
        // 柳州职业院校 guessed from the headline, 全市17所职业院校 in the
        // body: the headline named a group of a place's things, which the
        // body counts; the place is what the article is about.
        if topic_guessed && s.index > 0 {
            if let Some(p) = doc_topic.as_ref().and_then(|t| {
                // The place may have been named in full sentences before
                // (江苏省昆山市台办 … 昆山现有台资企业5400余家).
                // Only the latest names: a sentence's cost must not grow
                // with the text before it.
                let recent = &local[local.len().saturating_sub(RECENT_NAMES)..];
                let named: Vec<&Mention> = mentions.iter().chain(recent.iter().rev()).collect();
                counted_group_place(&norm, t, &quantities, &named, dateline_at.as_deref())
            }) {
                // The headline's values held on the guess go to the place.
                replace_guessed_topic(&mut doc_topic, &mut held, p);
                topic_guessed = false;
            }
        }
        if s.opens_line {
            if let Some(heading) = section_heading(&norm) {
                project_section = heading.contains("项目");
            }
        }
        if let Some(m) = declared_project_in(&norm, s.index, &mentions) {
            // Said short after (项目选址：…), it is that project.
            if local_names.insert(m.name.clone()) {
                local.push(m.clone());
            }
            declared_project = Some(m);
        }
        // 艾力：我家一共四十五亩枣园: in a private person's answer, figures
        // no name in the sentence claims are the speaker's own, not those
        // of the place the thread or the article is about.
        let fallback = match &speaker {
            Some(p) if anaphor.is_none() => Some(p.clone()),
            _ => fallback,
        };
        let fallback_is_thread = fallback.is_some();
        let fallback = fallback
            .or_else(|| {
                declared_project
                    .as_ref()
                    .filter(|_| project_section)
                    .map(|m| Mention {
                        how: Some(
                            "the project an announcement names (项目名称：…), in the section \
                             about it",
                        ),
                        ..m.clone()
                    })
            })
            .or_else(|| doc_topic.clone());
        let spans: Vec<(usize, usize)> = quantities.iter().map(|(a, b, _)| (*a, *b)).collect();
        // 三镇合计占全县的42.5%: the whole the group's share is of, named
        // by its level (全县): the topic or the thread when of that level,
        // else the last place of that level named.
        let whole_place = whole_level(&norm).and_then(|l| {
            let of_level = |m: &Mention| simplify(&m.name).ends_with(l);
            doc_topic
                .iter()
                .chain(fallback.iter())
                .find(|m| of_level(m))
                .cloned()
                .or_else(|| {
                    history
                        .iter()
                        .rev()
                        .find(|m| {
                            m.new_kind
                                .as_deref()
                                .or_else(|| known.entry(&m.name).map(|(_, k)| k))
                                .is_some_and(|k| PLACE_KINDS.contains(&k))
                                && of_level(m)
                        })
                        .cloned()
                })
        });
        let ctx = Context {
            norm: &norm,
            mentions: &subjects,
            named: &mentions,
            fallback: fallback.as_ref(),
            anaphor,
            anaphor_at,
            topic: doc_topic.as_ref(),
            values: &spans,
            fallback_is_thread,
            list_items: &list_items,
            whole_place: whole_place.as_ref(),
        };
        // A date may well be the office's (记者从X获悉 on that day).
        let date_ctx = Context {
            mentions: &mentions,
            ..ctx
        };
        // 截至2020年5月, 截至目前: the values after it hold as of that date.
        let as_of = as_of_in(&norm, &found_dates, today.as_ref());
        // Each value's start and subject, for the date it holds as of.
        let mut subjects_at: Vec<(usize, Option<Mention>)> = Vec::new();
        // The last count of the sentence and what it counted: 其中今年新建
        // 12座 counts what the 40座 before it counted.
        let mut last_count: Option<(char, String)> = None;
        // The value before in the sentence (its end, unit, counter and
        // attribute), for lists (36个、21个和15个), totals (合计72个) and
        // changes (出口额1.6亿元，比去年增加3200万元).
        let mut prev_value: Option<(usize, Unit, char, String)> = None;
        // A new line is no item of the list before.
        let mut items_before = std::mem::take(&mut items_now);
        if s.opens_line {
            items_before.clear();
        }
        // An item of a goal's list continued after ；, in a sentence of its
        // own: what its own clause does not qualify is the goal's.
        let listed_goal = goal_list.filter(|_| !s.opens_line);
        let list_ends = !s.text.trim_end().ends_with(['；', ';']);
        goal_list = if list_ends {
            None
        } else {
            listed_goal.or_else(|| {
                let cues: Vec<_> = MODALITY_CUES.iter().collect();
                attributes::colon_modality(&norm, norm.len(), &cues)
                    .filter(|m| matches!(m, Modality::Target | Modality::Expected))
            })
        };
        // “…。”X说: a quote that is a sentence of its own, its speaker named
        // in the sentence after it.
        let speaker = if quote_after_lead(&norm) && norm.trim_end().ends_with('”') {
            each.peek()
                .and_then(|next| speaker_after_quote(next))
                .inspect(|_| {
                    if let Some(next) = each.peek() {
                        out.sentences.push(next.clone());
                        pushed_ahead = true;
                    }
                })
        } else if let Some(tail) = speaker_tail(&norm) {
            // “…。”张女士说。: the speaker named after the quote, in the
            // same sentence.
            let mut told = s.clone();
            told.text = tail.to_string();
            speaker_after_quote(&told)
        } else {
            None
        };
        for (a, b, q) in quantities {
            let (mut subject, mut why_subject) =
                ctx.subject_why(a, b, false, q.unit == Unit::Count);
            let (mut attr, negate) = quantity_attribute(&norm, a, b, &q);
            if attr == "passenger_count"
                && arrivals_said
                && attributes::arrivals_by_origin(&norm, a, b)
            {
                attr = "visitor_count".into();
            }
            let mut inherited: Option<&str> = None;
            if let Some((_, _, column, unit)) =
                column_cells.iter().find(|(x, y, ..)| *x == a && *y == b)
            {
                if names_a_change(column) && q.unit == Unit::Percent {
                    // 12.6% under 本报告期比上年同期增减: a rate of change,
                    // its base the row's words' (none: growth_rate).
                    if !attr.starts_with("growth_rate") {
                        attr = "growth_rate".into();
                    }
                    inherited = Some("a percent under a column naming a change");
                } else {
                    // The column's name says what the cell is (常住人口 over 58.6),
                    // with the unit its header gives a bare cell (人次: visits).
                    let said = format!("{column}{}{unit}", &norm[a..b]);
                    let mut named = q.clone();
                    named.text = format!("{}{unit}", q.text);
                    attr = quantity_attribute(&said, column.len(), said.len(), &named).0;
                    inherited = Some("a table's cell: what its column's header names");
                }
            }
            if inherited.is_none() {
                if let Some(named) = bullet_figure_attribute(&norm, a, b, &q, each.peek()) {
                    attr = named;
                    inherited = Some(
                        "a bullet's figure (▶2.86万张): what the text under it says the \
                         same figure is",
                    );
                }
            }
            if inherited.is_none() && attr == unit_default(&q, &norm[a..b]) {
                if let Some(named) = section_label.as_deref().and_then(|l| heading_names(l, &q)) {
                    attr = named.to_string();
                    inherited = Some(
                        "a heading's label (▶ 起付线：…) names the figures of its line and \
                         of the paragraph under it",
                    );
                }
            }
            let own = quantity_qualifiers(&norm, a, b);
            let from_list = listed_goal.filter(|_| own.modality == Modality::default());
            let under_goals = section_goals && own.modality == Modality::default();
            if (from_list.is_some() || under_goals) && attr == "growth_rate" {
                let (cs, _) = clause(&norm, a, b, CLAUSE_MARKS);
                let gdp = lexicon::data()
                    .gdp_words
                    .iter()
                    .any(|w| norm[cs..a].contains(w.as_str()));
                attr = if gdp {
                    "gdp_growth_target"
                } else {
                    "growth_rate_target"
                }
                .to_string();
                inherited = Some(if from_list.is_some() {
                    "a rate in the list a goal's colon heads (主要预期目标是：…；…): a goal"
                } else {
                    "a rate under a heading of goals (二、2026年主要目标): a goal"
                });
            } else if from_list == Some(Modality::Target) || under_goals {
                if let Some(goal) = attributes::listed_goal_name(&norm, a, b, &attr) {
                    attr = goal;
                    inherited = Some(if from_list.is_some() {
                        "an item in the list a goal's colon heads (主要预期目标是：…；…): a goal"
                    } else {
                        "a figure under a heading of goals (二、2026年主要目标): a goal"
                    });
                }
            }
            let counter = if q.unit == Unit::Count {
                norm[a..b]
                    .trim_end_matches(['多', '余', '左', '右', '以', '上', '下'])
                    .chars()
                    .next_back()
                    .unwrap_or(' ')
            } else {
                ' '
            };
            let (cs, _) = clause(&norm, a, b, SMALL_MARKS);
            if q.unit == Unit::Count {
                // 其中电话渠道38.1万件、网络渠道14.5万件: 其中 opening the
                // clause heads each item of its list, not the first only.
                let (ws, _) = clause(&norm, a, b, CLAUSE_MARKS);
                let of_them = norm[..a].rfind("其中").is_some_and(|p| p + 6 >= ws);
                match &last_count {
                    Some((c, prev))
                        if of_them && *c == counter && attr == counter_attribute(&norm[a..b]) =>
                    {
                        attr = prev.clone();
                        inherited = Some("其中: it counts what the count before it counted");
                    }
                    _ => {}
                }
            }
            let plain = attr == unit_default(&q, &norm[a..b]);
            if let Some((pe, pu, pc, pattr)) = &prev_value {
                let same = *pu == q.unit && *pc == counter;
                let between = norm[*pe..a].trim_start_matches(['多', '余']);
                // 年产10万吨正极材料、5万吨铜箔: a list whose items name
                // their things after each value.
                let noun_between = lexicon::LIST_SEPARATORS
                    .iter()
                    .find_map(|w| between.strip_suffix(w))
                    .is_some_and(|n| {
                        (1..=8).contains(&n.chars().count())
                            && n.chars().all(is_han)
                            && !lexicon::PHRASE_VERBS.iter().any(|v| n.contains(v))
                            && !n.contains(['的', '和', '及'])
                    });
                // 甲完成118万标箱，乙和丙分别完成96万标箱和49万标箱: what
                // the value before it measured, each its own.
                let fenbie = norm[cs..a].contains("分别");
                // 投诉类诉求43.9万件，求助类31.2万件: a clause naming only
                // another kind (X类) counts what the kind before it counted.
                let kind_between = between
                    .strip_prefix(['，', ','])
                    .and_then(|k| k.strip_suffix('类'))
                    .is_some_and(|k| (1..=6).contains(&k.chars().count()) && k.chars().all(is_han));
                // 晋江市常住人口210.4万人，南安市151.8万人: a clause naming only
                // another place goes on with what the value before it was.
                let place_between = between
                    .strip_prefix(['，', ',', '；', ';'])
                    .map(|p| p.trim_end_matches(['为', '是', '有']))
                    .is_some_and(|p| {
                        (2..=12).contains(&p.chars().count())
                            && p.chars().all(is_han)
                            && p.chars().last().is_some_and(|c| "市县区州旗盟".contains(c))
                            && !lexicon::PHRASE_VERBS.iter().any(|v| p.contains(v))
                    });
                if inherited.is_none() && plain && same && level_reached(&norm, cs, *pe, between) {
                    attr = pattr.clone();
                    inherited = Some(
                        "由X提高到, 较去年的: the level a change reaches or starts from, what \
                         the value before it measured",
                    );
                }
                if inherited.is_none() && plain && same {
                    if lexicon::LIST_SEPARATORS.contains(&between)
                        || noun_between
                        || fenbie
                        || kind_between
                        || place_between
                    {
                        attr = pattr.clone();
                        inherited = Some("in a list (、和, 分别): what the value before it is");
                    } else if lexicon::TOTALS.iter().any(|w| norm[cs..a].contains(w)) {
                        attr = pattr.clone();
                        inherited = Some("a total (合计…) of the values before it");
                    }
                }
                // …a bare verb only for a value no word names (可增加4个功能室，
                // 增加540个学位: the places are places), counted as the
                // value before it is (安置房1200套，减少300户: the homes
                // are no fewer).
                // 降水天数比上年少6天 after 重污染天数减少4天: words that
                // already named the value a change of their own keep it.
                let own_change =
                    !plain && (attr.ends_with("_increase") || attr.ends_with("_decrease"));
                if let Some(change) = change_word(&norm[cs..a])
                    .filter(|_| (plain && same) || !bare_change(&norm[cs..a]))
                    .filter(|_| !own_change)
                {
                    if Dim::of(*pu).is_some()
                        && Dim::of(*pu) == Dim::of(q.unit)
                        && q.unit != Unit::Percent
                    {
                        attr = attributes::change_of(pattr, change);
                        inherited = Some("比…增加: the change of the value before it");
                    }
                }
            }
            // 该行…发放贷款23.6亿元，同比增长15.2%: a clause naming nothing
            // goes on about the subject the value before it in this
            // sentence got, not the thread of the sentences before.
            if why_subject.starts_with("no name in the sentence") {
                // The items of a plain list before 分别 got their values
                // only: the clauses after go on about what came before.
                if let Some(Some(m)) = subjects_at
                    .iter()
                    .rfind(|(_, m)| m.as_ref().is_none_or(|m| m.how != Some(PLAIN_LIST_HOW)))
                    .map(|(_, m)| m)
                {
                    subject = Some(m.clone());
                    why_subject =
                        "no name in its clause: the subject of the value before it".into();
                }
            }
            // 市体育局负责人表示，…: an office said by its level alone
            // speaks for the place of that level named last, not for the
            // document's topic.
            if why_subject.starts_with("no name in the sentence") {
                if let Some(p) = office_level(&norm).and_then(|level| {
                    history
                        .iter()
                        .rev()
                        .find(|m| {
                            m.new_kind
                                .as_deref()
                                .or_else(|| known.entry(&m.name).map(|(_, k)| k))
                                .is_some_and(|k| PLACE_KINDS.contains(&k))
                                && simplify(&m.name).ends_with(level)
                        })
                        .cloned()
                        // Named only in an office's name (X市文旅局).
                        .or_else(|| {
                            history
                                .iter()
                                .rev()
                                .filter_map(office_place)
                                .find(|p| simplify(&p.name).ends_with(level))
                        })
                }) {
                    subject = Some(p);
                    why_subject = "an office said by its level alone (市X局) speaks: the place \
                                   of that level named last"
                        .into();
                }
            }
            // 其中，投资10亿元以上的项目有3个 naming nothing: the projects
            // sorted are the document's topic's, not the last name's.
            // The threshold itself may be left out (亿元以上项目: a class's
            // name), so no value before it in the clause is asked for.
            let sorted = threshold_before(&norm, cs, a);
            if sorted && q.unit == Unit::Count && why_subject.starts_with("no name in the sentence")
            {
                if let Some(t) = doc_topic.as_ref() {
                    subject = Some(t.clone());
                    why_subject =
                        "counts what a threshold before it sorts: the document's topic's".into();
                }
            }
            // 县委书记王某表示，全县将力争…80%以上; 村党支部书记李某算了一笔
            // 账：“…60多元…”: what a person says after speaking is about the
            // place named before them, not about them. One the text
            // describes (在…经营米粉店的X说，店里…) tells their own.
            if let Some(p) = subject.as_ref().filter(|m| {
                m.sentence == s.index
                    && m.new_kind.as_deref() == Some("person")
                    && m.end <= a
                    && speaks_after(&norm[m.end..a])
                    && !described_person(&norm[..m.start])
            }) {
                let place = mentions.iter().rfind(|m| {
                    m.end <= p.start
                        && m.new_kind
                            .as_deref()
                            .is_some_and(|k| PLACE_KINDS.contains(&k))
                });
                if let Some(place) = place.or(fallback.as_ref()) {
                    subject = Some(place.clone());
                    why_subject = "what a person says: the place named before the speaker, \
                                   else the thread"
                        .into();
                }
            }
            // 他的网店今年卖出2100吨, “我家只出了1.2万元”: the person the
            // pronoun stands for, named in this sentence or the one before.
            if let Some(p) = person_referred(&norm, a, &mentions, anaphor, last_person.as_ref()) {
                subject = Some(p);
                why_subject = "他/她 (or 我 in a quote) before it: the person named last".into();
            }
            // 村民马志强…，“…挣了两万三千多元。”; “…电费两千元左右…”她说: a
            // value quoted from one of the people (not an official) is about
            // that person: named in the sentence, or, when the quote opens
            // it, in the sentence before.
            if in_quote(&norm, a) {
                // “今年种了一百二十亩…”黄文强抹了把汗: one of the people
                // named again after a title named them earlier is still one.
                let people = |m: &&Mention| {
                    m.how == Some(ONE_OF_THE_PEOPLE)
                        || m.new_kind.as_deref() == Some("person")
                            && (named.after_title.contains(&m.name) || addressed_privately(&m.name))
                };
                let speaker = mentions.iter().find(people).or_else(|| {
                    last_person
                        .as_ref()
                        .filter(|p| norm.starts_with('“') && p.sentence + 1 == s.index)
                        .filter(people)
                });
                if let Some(p) = speaker {
                    subject = Some(p.clone());
                    why_subject = "in the quote of one of the people (村民, 求职者…): about \
                                   that person"
                        .into();
                }
            }
            if let Some((person, place)) = speaker.as_ref().filter(|_| in_quote(&norm, a)) {
                // A name the quote itself says before the value is its own.
                let own_name = mentions.iter().any(|m| m.end <= a);
                let open = norm[..a].rfind('“').unwrap_or(0);
                let says_i = norm[open..a]
                    .match_indices('我')
                    .any(|(i, _)| !norm[open + i..].starts_with("我们"));
                if says_i {
                    subject = Some(person.clone());
                    why_subject = "我 in a quote: the speaker named right after it (“…”X说)".into();
                } else if person.how == Some(ONE_OF_THE_PEOPLE)
                    || addressed_privately(&person.name)
                    // “…”黄文强说 after 蔗农黄文强 earlier: one of the people.
                    || named.after_title.contains(&person.name)
                {
                    subject = Some(person.clone());
                    why_subject = "in the quote of one of the people (村民, 求职者…) named right \
                                   after it: about that person"
                        .into();
                } else if let Some(p) = place.as_ref().filter(|_| !own_name) {
                    subject = Some(p.clone());
                    why_subject = "what a person says, named right after the quote: the place \
                                   named before the speaker"
                        .into();
                }
            }
            // 甲省商务厅表示，今年将推动新开业免税店2家: an office speaking
            // for its place, and no other name in the sentence: the place's.
            if why_subject.starts_with("no name in the sentence") {
                if let Some(p) = mentions
                    .iter()
                    .rfind(|m| m.end <= a && speaks_for_place(&norm, m))
                    .and_then(office_place)
                {
                    subject = Some(p);
                    why_subject =
                        "no other name in the sentence than an office speaking for its place \
                         before it: the office's place"
                            .into();
                }
            }
            // X市商务局副局长Y表示，…将组织企业参展30批次，…港…: what the
            // office's speaker says before any other name is the place's.
            if why_subject.starts_with("the first name after it") {
                if let Some(p) = mentions
                    .iter()
                    .rfind(|m| m.end <= a && is_source(&norm, m))
                    .and_then(office_place)
                {
                    subject = Some(p);
                    why_subject =
                        "only an office speaking named before it: the office's place".into();
                }
            }
            if let Some(noun) = threshold(&norm, b, &q) {
                subject = None;
                why_subject = format!(
                    "a threshold ({}{noun}: the things above it are counted), not a value of \
                     anything: kept as a mention",
                    &norm[a..b]
                );
            }
            if q.unit == Unit::Count {
                last_count = Some((counter, attr.clone()));
            }
            // 南安市151.8万人 after 晋江市常住人口210.4万人，…；: the first value
            // of an item the splitter cut at ；, naming only its place (and
            // the verb the item before said), measures what that item's
            // value of its kind did.
            if prev_value.is_none() && inherited.is_none() && plain {
                if let Some((.., pattr, _)) = items_before.iter().find(|(u, c, _, words)| {
                    *u == q.unit && *c == counter && next_item(&norm[..a], words)
                }) {
                    attr = pattr.clone();
                    inherited = Some(
                        "an item after ； naming only its place: what the item before's value \
                         of its kind measured",
                    );
                }
            }
            if s.text.trim_end().ends_with(['；', ';']) {
                let (ws, _) = clause(&norm, a, b, CLAUSE_MARKS);
                items_now.push((q.unit, counter, attr.clone(), norm[ws..a].to_string()));
            }
            prev_value = Some((b, q.unit, counter, attr.clone()));
            let mut q = q;
            q.text = s.text[a..b].to_string();
            if negate {
                // 下降3到5个百分点: −5 to −3, the low end first as a range
                // keeps it.
                match q.upper {
                    Some(u) => {
                        (q.value, q.upper) =
                            (crate::model::Num(-u.0), Some(crate::model::Num(-q.value.0)));
                    }
                    None => q.value = crate::model::Num(-q.value.0),
                }
            }
            let holds_as_of = as_of.as_ref().filter(|(p, _, _)| *p < a);
            let why_subject =
                explained(&why_subject, subject.as_ref(), &parts_dropped, roles_passed);
            let why = format!(
                "subject: {why_subject}; attribute: {}{}",
                match inherited {
                    Some(w) => w.to_string(),
                    None => attribute_why(&norm, a, b, &attr),
                },
                match holds_as_of {
                    Some((_, d, words)) => format!("; as of {} ({words} before it)", d.iso()),
                    None => String::new(),
                }
            );
            subjects_at.push((a, subject.clone()));
            let guessed = subject.is_none()
                || topic_guessed
                    && subject.as_ref().map(|m| &m.name) == doc_topic.as_ref().map(|t| &t.name);
            if s.index == 0 && !closed && guessed {
                held.push(HeldValue {
                    a,
                    b,
                    value: Value::Quantity(q),
                    until: None,
                    attr,
                    why_attr: why,
                    subject,
                    why_subject,
                    qualifiers: quantity_qualifiers(&norm, a, b),
                });
                continue;
            }
            if waits_for_topic(s.index, doc_topic.as_ref(), &why_subject) {
                let mut qualifiers = own;
                if let Some(m) = from_list {
                    qualifiers.modality = m;
                }
                qualifiers.as_of = holds_as_of.map(|(_, d, _)| d.clone());
                opening_held.push((
                    std::rc::Rc::clone(&here),
                    HeldValue {
                        a,
                        b,
                        value: Value::Quantity(q),
                        until: None,
                        attr,
                        why_attr: why,
                        subject,
                        why_subject,
                        qualifiers,
                    },
                ));
                continue;
            }
            out.add(s, a, b, Value::Quantity(q), None, subject, attr, why);
            if let Some(f) = out.facts.last_mut() {
                f.qualifiers = own;
                if let Some(m) = from_list {
                    f.qualifiers.modality = m;
                }
                f.qualifiers.as_of = holds_as_of.map(|(_, d, _)| d.clone());
            }
        }
        let last_subject = subjects_at
            .iter()
            .rev()
            .filter_map(|(_, m)| m.clone())
            .find(|m| m.how != Some(PLAIN_LIST_HOW));
        for d in found_dates {
            let (mut subject, mut why_subject) = date_ctx.subject_why(d.start, d.end, true, false);
            let mut attr = date_attribute(&norm, d.start, d.end, d.until.is_some());
            let mut year_alone = false;
            if d.date.month.is_none() && d.until.is_none() {
                if let Some(a) = year_attribute(&norm, d.start, d.end, &attr) {
                    year_alone = a == "date";
                    attr = a.to_string();
                }
            }
            if as_of.as_ref().is_some_and(|(p, _, _)| *p == d.start) {
                // 截至3月末，全县…发放贷款36.4亿元: the date of what follows.
                // `date_as_of`, not `as_of`: that word is the query language's
                // qualifier, and dates are `date_` and their event.
                attr = "date_as_of".to_string();
                if let Some((_, m)) = subjects_at.iter().find(|(a, m)| *a > d.end && m.is_some()) {
                    subject = m.clone();
                    why_subject = "截至: the subject of the value it dates".to_string();
                }
            } else if subject.as_ref().is_some_and(|m| {
                m.sentence == s.index
                    && is_source(&norm, m)
                    && !office_acts_on(&norm, m, d.start, d.end)
            }) {
                // 富锦市农业农村局局长马晓峰表示，到2025年…: the date is of
                // what is said, the office's place's, not the speaker's.
                let place = subject.as_ref().and_then(office_place);
                let (other, why_other) = ctx.subject_why(d.start, d.end, true, false);
                if let Some(p) = place.or(other) {
                    subject = Some(p);
                    why_subject = format!("{why_other}; not the source of the news");
                }
            }
            // 市长…代表市人民政府作政府工作报告，回顾2024年工作: a government
            // said by its level alone is the document's place of that level.
            if let Some(t) = subject
                .as_ref()
                .and_then(|m| level_government(&m.name))
                .and_then(|level| doc_topic.as_ref().filter(|t| t.name.ends_with(level)))
            {
                subject = Some(t.clone());
                why_subject =
                    "a government said by its level: the document's place of that level".into();
            }
            if reported_date(&norm, d.end) {
                attr = "date_reported".to_string();
                // 本报绵阳1月14日讯…在绵阳市涪城区…: the day the article was
                // reported is the article's, the topic's, not the first
                // place the lead names.
                if let Some(t) = doc_topic.as_ref() {
                    subject = Some(t.clone());
                    why_subject = "the day reported: the article's topic".into();
                }
                // 记者从X市商务局获悉: the news is the city's; the office
                // only told it.
                if let Some(p) = subject
                    .as_ref()
                    .filter(|m| m.sentence == s.index && is_source(&norm, m))
                    .and_then(office_place)
                {
                    subject = Some(p);
                    why_subject =
                        "the day reported: the place of the office the news came from".into();
                }
            }
            // 称多县…办公室 / 2026年12月3日 closing a bulletin or an
            // announcement: a full date on a line of its own is the day the
            // text was issued, as the gold of every set that says one names it.
            if attr == "date" && d.date.day.is_some() && d.date.year.is_some() && d.until.is_none()
            {
                let from = norm[..d.start].rfind('\n').map_or(0, |k| k + 1);
                let to = norm[d.end..].find('\n').map_or(norm.len(), |k| d.end + k);
                if norm[from..d.start].trim().is_empty() && norm[d.end..to].trim().is_empty() {
                    attr = "date_published".to_string();
                }
            }
            let mut date = d.date.clone();
            date.text = s.text[d.start..d.end].to_string();
            let until = d.until.clone().map(|mut u| {
                u.text = date.text.clone();
                u
            });
            let why_subject =
                explained(&why_subject, subject.as_ref(), &parts_dropped, roles_passed);
            let why = format!(
                "subject: {why_subject}; attribute: {}",
                match attr.as_str() {
                    "date" if d.until.is_none() && year_alone => {
                        "a year said alone opening the report, no event of its own: the period reported"
                    }
                    "base_year" =>
                        "比/较, or 由 with 的 a value after it: the year a change is measured from",
                    "date" if d.until.is_some() => "a span with no event word near it",
                    "date" => "no event word near it",
                    "date_published" if norm.trim() == &norm[d.start..d.end] => {
                        "a full date on a line of its own: the day the text was issued"
                    }
                    "date_as_of" => "截至 before it: what follows holds as of it",
                    // Name the mark seen: a dateline's 电 or 讯, else 记者 or 从…获悉.
                    "date_reported" => match norm[d.end..].chars().next() {
                        Some('电') => "电 after it (a dateline): the day the news was reported",
                        Some('讯') => "讯 after it (a dateline): the day the news was reported",
                        _ if norm[d.end..]
                            .trim_start_matches(['，', ',', ' '])
                            .starts_with('从') =>
                        {
                            "从…获悉 after it: the day the news was reported"
                        }
                        _ => "记者 after it: the day the news was reported",
                    },
                    "date_target" if date_a_plan_reaches(&norm, d.start) => {
                        "到 before it: the date a goal is set for"
                    }
                    a if a.ends_with("_planned") => {
                        "the event word near it, planned (预计/计划/将… before it)"
                    }
                    _ => "the event word near it",
                }
            );
            let why = match d.how {
                Some(how) => format!("{why}; date: {how}"),
                None => why,
            };
            // 长沙发布2025年知识产权发展状况, 前10月江西快递业务量…: a
            // headline's date with no subject of its own waits, as its
            // values do, for the body to name what the headline said short.
            let guessed = subject.is_none()
                || topic_guessed
                    && subject.as_ref().map(|m| &m.name) == doc_topic.as_ref().map(|t| &t.name);
            // 2021年7月13日 星期二: a line that only dates the paper is no
            // headline.
            let rest = norm[d.end..].trim();
            let date_line = norm[..d.start].trim().is_empty()
                && (rest.is_empty() || rest.starts_with("星期") || rest.starts_with('周'));
            if s.index == 0 && !closed && guessed && !date_line {
                held.push(HeldValue {
                    a: d.start,
                    b: d.end,
                    value: Value::Date(date),
                    until,
                    why_attr: why.clone(),
                    attr,
                    subject,
                    why_subject,
                    qualifiers: Default::default(),
                });
                continue;
            }
            if waits_for_topic(s.index, doc_topic.as_ref(), &why_subject) {
                opening_held.push((
                    std::rc::Rc::clone(&here),
                    HeldValue {
                        a: d.start,
                        b: d.end,
                        value: Value::Date(date),
                        until,
                        why_attr: why.clone(),
                        attr,
                        subject,
                        why_subject,
                        qualifiers: Default::default(),
                    },
                ));
                continue;
            }
            out.add(
                s,
                d.start,
                d.end,
                Value::Date(date),
                until,
                subject,
                attr,
                why,
            );
        }
        if let Some(p) = mentions
            .iter()
            .rfind(|m| m.new_kind.as_deref() == Some("person"))
        {
            last_person = Some(p.clone());
        } else if last_person
            .as_ref()
            .is_some_and(|p| p.sentence + 1 < s.index)
        {
            last_person = None;
        }
        // 占金华市的38.2%: the whole of a share is no antecedent of 全市.
        history.extend(
            mentions
                .iter()
                .filter(|m| !norm[..m.start].ends_with('占'))
                .cloned(),
        );
        // A quoted name opening a clause (“某某专列”开行…) took that
        // clause's values; the thread runs on past it.
        // So does a thing set up (建设了X中心，配备…): the clauses after it
        // in its sentence were its.
        // So do goods traded (铁矿砂进口…): the report goes on about its
        // port or its territory; and a breakdown's items (分品类看，…), after
        // which it goes on about the whole; and visitors by their market
        // (日本旅客…，韩国旅客…), a breakdown too.
        let no_thread = |m: &Mention| {
            m.how == Some(QUOTED_NAME_HOW)
                || m.how == Some(SET_UP_HOW)
                || m.how == Some(TRADED_HOW)
                || m.how == Some(BREAKDOWN_HOW)
                || m.how == Some(BY_ORIGIN_HOW)
                || speaker_label(&norm, m)
        };
        let subjects: Vec<Mention> = subjects.iter().filter(|m| !no_thread(m)).cloned().collect();
        let last_subject = last_subject.filter(|m| !no_thread(m));
        if !closed {
            // A heading or a byline: no thread runs through it.
            topic.clear();
        } else if !subjects.is_empty() && subjects.iter().all(|m| m.how == Some(PARALLEL_HOW)) {
            // 甲部门收入v1；乙部门收入v2: the items of parallel clauses
            // took their own values; the thread runs on past them.
            topic = fallback.iter().cloned().collect();
        } else if subjects.iter().any(|m| !is_locative(&norm, m)) {
            // Where things happen (止于会泽县, 在柳园镇举行) is no thread.
            // X局相关负责人表示，…: an office opening the sentence to speak
            // hands the thread to its place, whose figures it gave.
            topic = subjects
                .iter()
                .filter(|m| !is_locative(&norm, m))
                .map(|m| {
                    if m.start == 0 && speaks_after(&norm[m.end..]) {
                        office_place(m).map_or_else(
                            || m.clone(),
                            |p| Mention {
                                how: Some("the place of the office that spoke (X局负责人表示)"),
                                ..p
                            },
                        )
                    } else {
                        m.clone()
                    }
                })
                .collect();
            // X推出…，辖内甲、乙和丙分别…: each member took its own value;
            // the thread is X, the name before the list, not its last item.
            if let Some(p) = norm.find("分别") {
                let listed = |m: &Mention| {
                    norm[m.end..].starts_with(['、', '和', '及'])
                        || norm[..m.start].ends_with(['、', '和', '及'])
                };
                let before: Vec<&Mention> = topic.iter().filter(|m| m.end <= p).collect();
                if before.iter().filter(|m| listed(m)).count() >= 2 {
                    match before.iter().find(|m| !listed(m)).map(|m| (*m).clone()) {
                        Some(x) => topic = vec![x],
                        // 其中甲区、乙区分别…: with no name before the list,
                        // the thread runs on from the sentences before.
                        None if topic.iter().all(|m| m.end <= p && listed(m)) => {
                            if let Some(f) = fallback {
                                topic = vec![f.clone()];
                            }
                        }
                        None => {}
                    }
                }
            }
            // 富民新村是古浪县…的安置村之一: what a sentence opening with
            // X是 says is about X; the names in what X is are no thread.
            if let Some(x) = subjects.first().filter(|m| {
                m.start == 0 && norm[m.end..].starts_with('是') && !is_locative(&norm, m)
            }) {
                topic = vec![x.clone()];
            }
        } else if let Some(m) = last_subject
            .clone()
            .filter(|m| !subjects.is_empty() && !subjects.iter().any(|s| s.name == m.name))
        {
            // 该工厂位于X开发区，总投资85亿元: the values went to the plant
            // referred back to; the zone it stands in is only where.
            topic = vec![m];
        } else if !subjects.is_empty() {
            topic = subjects.clone();
        } else if let Some(m) = last_subject {
            // Named only by a source (记者从X局获悉，该市…): the thread is
            // what its values went to, not the office.
            topic = vec![m];
        } else {
            // A sentence naming nothing keeps the thread it used.
            topic = fallback.iter().cloned().collect();
        }
        if doc_topic.is_some() || s.index + 1 >= HEADLINE_WAIT {
            for (at, h) in std::mem::take(&mut opening_held) {
                let (subject, why) = h.opening_topic(doc_topic.as_ref());
                h.emit(&mut out, &at, subject, why);
            }
        }
        if let Some(sink) = sink.as_mut() {
            sink(std::mem::take(&mut out.facts))?;
            out.found.clear();
        }
    }
    for h in held {
        let (subject, why) = h.subject_or_topic(doc_topic.as_ref());
        h.emit(&mut out, &opening, subject, why);
    }
    for (at, h) in opening_held {
        let (subject, why) = h.opening_topic(doc_topic.as_ref());
        h.emit(&mut out, &at, subject, why);
    }
    // The date the text was read as published on (load --published): a
    // fact of the document, so that reading it with another date reads it
    // again (the store's fingerprint of the document counts it).
    if let Some(d) = known.published.as_ref() {
        out.facts.push(Fact {
            subject: doc.to_string(),
            attribute: PUBLISHED_ATTR.to_string(),
            value: Value::Date(Date {
                text: d.iso(),
                ..d.clone()
            }),
            source: Source {
                doc: doc.to_string(),
                quote: String::new(),
                extracted: true,
                at: None,
                background: Some("the publication date given with load --published".into()),
            },
            qualifiers: Default::default(),
        });
    }
    if let Some(sink) = sink.as_mut() {
        if !out.facts.is_empty() {
            sink(std::mem::take(&mut out.facts))?;
        }
    }
    content.check(&split);
    if let Some(e) = content.error() {
        return Err(e);
    }
    if let Some(line) = first_cut {
        warnings.push(format!(
            "{doc}:{line}: text running more than {} bytes without a full stop (。！？；) was \
             cut into {} pieces at clause marks or at that length; a fact split by a cut is \
             not found",
            text::MAX_SENTENCE,
            cut
        ));
    }
    let mut entities = vec![doc_entity];
    for (full, short, why) in &doc_aliases {
        let Some(e) = out.entities.get(&name_key(full)) else {
            continue;
        };
        if name_key(short) == name_key(&e.name) || e.aliases.iter().any(|a| a == short) {
            continue;
        }
        let name = e.name.clone();
        let key = name_key(full);
        // The short form may name an entity of its own here (the headline's
        // topic, 岸堤水库引水工程, before the body says 沂南县岸堤水库引水工程):
        // one thing, whose facts go under the full name. One a second
        // entity already has as its alias, or whose facts were handed on
        // already, is no alias (the store refuses a name on two entities).
        let other = out
            .entities
            .iter()
            .find(|(k, x)| {
                **k != key
                    && (name_key(&x.name) == name_key(short)
                        || x.aliases.iter().any(|a| name_key(a) == name_key(short)))
            })
            .map(|(k, x)| {
                (
                    k.clone(),
                    x.name.clone(),
                    name_key(&x.name) == name_key(short),
                )
            });
        if let Some((k, other_name, named)) = other {
            if !named || sink.is_some() {
                continue;
            }
            out.entities.remove(&k);
            for f in out.facts.iter_mut() {
                if f.subject == other_name {
                    f.subject = name.clone();
                }
                if f.value == Value::Ref(other_name.clone()) {
                    f.value = Value::Ref(name.clone());
                }
            }
            for f in out.found.iter_mut() {
                if f.subject.as_ref() == Some(&other_name) {
                    f.subject = Some(name.clone());
                }
            }
        }
        let Some(e) = out.entities.get_mut(&key) else {
            continue;
        };
        e.aliases.push(short.clone());
        for f in out
            .found
            .iter_mut()
            .filter(|f| f.subject.as_ref() == Some(&name))
        {
            f.why
                .push_str(&format!("; {short}, {why}, is an alias of {name}"));
        }
    }
    let found = out.found;
    entities.extend(out.entities.into_values());
    Ok(Extraction {
        facts: DocumentFacts {
            doc: doc.to_string(),
            text: sink
                .is_none()
                .then(|| content.whole().map(str::to_string))
                .flatten(),
            entities,
            facts: out.facts,
            attribute_order: Vec::new(),
            warnings,
        },
        found,
        left_out,
        year,
        sentences: count,
    })
}

/// The year a document speaks of as this year, and the day it speaks
/// from (截至目前 is as of then). A dateline printing its year comes
/// first; then the publication date the user gave (the dateline's month
/// and day, when it has them, in the year up to that date: 12月30日 of a
/// text published on 2025-01-02 is in 2024); then the year the text's
/// body names as current. Last, the dateline's year (or the document's),
/// month and day, even when no year is known: the month of a day said
/// alone (记者14日从…, 27日在西宁落幕).
#[allow(clippy::type_complexity)]
fn document_date(
    content: crate::stream::Text,
    published: Option<&Date>,
) -> (Option<i32>, Option<Date>, Option<(Option<i32>, u8, u8)>) {
    let printed = crate::stream::dateline(content);
    let year = match (printed.as_ref(), published) {
        (Some(Date { year: Some(y), .. }), _) => Some(*y),
        (Some(d), Some(p)) if d.month.is_some() => p.year.map(|y| {
            let later = (d.month, d.day.unwrap_or(1)) > (p.month.or(Some(12)), p.day.unwrap_or(31));
            y - i32::from(later)
        }),
        (_, Some(p)) if p.year.is_some() => p.year,
        _ => crate::stream::document_year(content),
    };
    let today = printed
        .map(|d| Date {
            year: d.year.or(year),
            ..d
        })
        .or_else(|| published.cloned());
    let line_day = today
        .as_ref()
        .and_then(|d| Some((d.year, d.month?, d.day?)));
    let today = today.filter(|d| d.year.is_some() && d.month.is_some());
    (year, today, line_day)
}

/// Whether `m`, said in the body, is the headline's `topic` with another
/// place or brand before the same words (铜山农产品冷链物流园 and
/// 淮海农产品冷链物流园): a new name, no place, both differing only in
/// their first two to four characters, sharing four or more after them.
fn same_thing_renamed(topic: &str, m: &Mention) -> bool {
    if m.name == topic
        || m.new_kind
            .as_deref()
            .is_none_or(|k| k == "person" || PLACE_KINDS.contains(&k))
    {
        return false;
    }
    let a: Vec<char> = topic.chars().collect();
    let b: Vec<char> = m.name.chars().collect();
    let common = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (ra, rb) = (a.len() - common, b.len() - common);
    common >= 4 && (2..=4).contains(&ra) && (2..=4).contains(&rb)
}

/// Whether `m`, said in the body, is the headline's `topic` without the
/// one to four characters opening it, no place (a column's or an
/// account's words: 图说, 数读): a name of four characters or more, no
/// person's and no place's.
fn said_after_a_column(topic: &str, m: &Mention) -> bool {
    let Some(opening) = topic.strip_suffix(m.name.as_str()) else {
        return false;
    };
    m.new_kind
        .as_deref()
        .is_some_and(|k| k != "person" && !PLACE_KINDS.contains(&k))
        && m.name.chars().count() >= 4
        && (1..=4).contains(&opening.chars().count())
        && opening.chars().all(is_han)
        && find_places(opening).is_empty()
}

const COLUMN_WHY: &str = "the headline's name without the words of a column or an account \
     glued before it, as the body says it: the article's topic";

/// 黄河源头的“牦牛账本”——玛多县一个牧民合作社的增收路 … 玛多县黄河源
/// 牦牛养殖专业合作社: the name of the body whose place and ending the
/// headline or its subtitle says, the place first and one thing of it
/// described between (a cooperative, a hospital of that county), not a
/// place, a person or a company.
fn headline_describes(head: &str, named: &[Mention]) -> Option<Mention> {
    named
        .iter()
        .filter(|m| {
            m.new_kind
                .as_deref()
                .is_some_and(|k| !matches!(k, "person" | "enterprise") && !PLACE_KINDS.contains(&k))
        })
        .find(|m| {
            let key = simplify(&m.name);
            // The place opening the name (玛多县), which the walk over
            // places takes as part of the whole name.
            let Some(place) = key
                .char_indices()
                .take(6)
                .skip(1)
                .filter(|(_, c)| lexicon::PLACE_SUFFIXES.iter().any(|(s, _)| s == c))
                .map(|(i, c)| &key[..i + c.len_utf8()])
                .last()
            else {
                return false;
            };
            let Some(ending) = name_suffixes()
                .map(|(e, _)| *e)
                .filter(|e| e.chars().count() >= 2 && key.ends_with(e))
                .max_by_key(|e| e.len())
            else {
                return false;
            };
            // One thing described (甲县一个牧民合作社), not a kind of them
            // (甲县合作社助农增收).
            head.match_indices(place).any(|(a, _)| {
                let after = &head[a + place.len()..];
                ONE_OF.iter().any(|o| after.starts_with(o))
                    && after
                        .find(ending)
                        .is_some_and(|e| after[..e].chars().count() <= 8)
            })
        })
        .cloned()
}

const PRESS_HOST_PLACE_WHY: &str = "the place of the office holding a press conference";

const HEADLINE_WHOLE_WHY: &str = "the headline says this name whole, around the place (or \
     the words) the topic was first taken from: the article's topic, whatever its kind";
const HEADLINE_DESCRIBES_WHY: &str = "the headline or its subtitle says this name's place and \
     its ending (甲县一个…合作社): the article's topic, whatever its kind";

const HEADLINE_ONE_PLACE_WHY: &str = "the headline says one village or town of the topic's \
     place (甲县一个苹果村) and the body names it inside that place: the article's topic";

/// 甲县一个苹果村的账本 … 甲县乙镇丙村的山塬上: the village (or town) the
/// body names inside `topic`'s place, one place after the next, whose ending
/// the headline says after the place and 一个: what the article is about,
/// its figures the village's, not the county's.
fn headline_one_place(head: &str, topic: &Mention, named: &[Mention]) -> Option<Mention> {
    let is_place = |m: &Mention| {
        m.new_kind
            .as_deref()
            .is_some_and(|k| PLACE_KINDS.contains(&k))
    };
    if !is_place(topic) {
        return None;
    }
    let t = simplify(&topic.name);
    let smaller = |c: char| matches!(c, '村' | '镇' | '乡');
    let ending = head.match_indices(t.as_str()).find_map(|(a, _)| {
        let after = &head[a + t.len()..];
        let rest = ONE_OF.iter().find_map(|o| after.strip_prefix(o))?;
        rest.chars().take(8).find(|&c| smaller(c))
    })?;
    let mut at = named.iter().find(|m| simplify(&m.name) == t)?;
    let mut found = None;
    while let Some(inner) = named.iter().find(|n| n.start == at.end && is_place(n)) {
        if simplify(&inner.name).ends_with(ending) {
            found = Some(inner);
        }
        at = inner;
    }
    found.cloned()
}

/// Words saying one thing of a place is described (甲县一个牧民合作社).
const ONE_OF: &[&str] = &["一个", "一家", "一座", "一所", "一处"];

/// The words of a section's heading (二、投资项目基本情况) opening `norm`.
fn section_heading(norm: &str) -> Option<&str> {
    let rest = norm.trim_start_matches(|c: char| "一二三四五六七八九十".contains(c));
    (rest.len() < norm.len())
        .then(|| rest.strip_prefix('、'))
        .flatten()
}

/// The project an announcement names: the name right after 项目名称：.
fn declared_project_in(norm: &str, sentence: u32, mentions: &[Mention]) -> Option<Mention> {
    let (p, w) = norm.match_indices("项目名称").next()?;
    let after = &norm[p + w.len()..];
    let label = after.strip_prefix(['：', ':'])?;
    let at = norm.len() - label.len();
    if let Some(m) = mentions
        .iter()
        .find(|m| m.start == at && m.new_kind.as_deref() == Some("project"))
    {
        return Some(m.clone());
    }
    // 年产10万吨锂电池电解液及配套2万吨添加剂项目: the label says where the
    // name starts and ends, whatever the walk over words made of it.
    let end = label
        .find(['（', '(', '，', '。', '；'])
        .unwrap_or(label.len());
    let name = &label[..end];
    (name.ends_with("项目") && (4..=40).contains(&name.chars().count())).then(|| Mention {
        start: at,
        end: at + end,
        name: name.to_string(),
        new_kind: Some("project".to_string()),
        sentence,
        how: Some("the name after 项目名称： in an announcement"),
    })
}

/// How many sentences the body's opening may take to name in full what a
/// headline named around a place (the lead and the subtitle).
const TOPIC_RENAME_WAIT: u32 = 4;

/// The body's name `head` says whole, over the words `topic` was taken
/// from (海曙区 in 宁波市海曙区人民检察院工作报告, or a guess from the
/// headline's opening words): longer than the topic, no place, no person.
fn headline_names_whole(head: &str, topic: &Mention, named: &[Mention]) -> Option<Mention> {
    let t = simplify(&topic.name);
    let (ta, _) = head.match_indices(t.as_str()).next()?;
    let tb = ta + t.len();
    // 成都二手车 over 成都: a place and the goods it trades, no ending of a
    // name, are the place's figures, not a thing's of its own.
    let place = topic
        .new_kind
        .as_deref()
        .is_some_and(|k| PLACE_KINDS.contains(&k));
    named
        .iter()
        .filter(|m| {
            m.name != topic.name
                && m.name.chars().count() > t.chars().count()
                && m.new_kind.as_deref().is_some_and(|k| {
                    k != "person" && !PLACE_KINDS.contains(&k) && !(place && k == "thing")
                })
        })
        .find(|m| {
            let key = simplify(&m.name);
            head.match_indices(key.as_str())
                .any(|(a, _)| a < tb && ta < a + key.len())
        })
        .cloned()
}

/// The person a pronoun before the value at `a` stands for: 他/她 (not
/// 其他, 他们) or 我 inside a quotation, with no other name and no word
/// such as 全县 between it and the value; the last person named before
/// it in the sentence, else `last` (named in the sentence before).
fn person_referred(
    norm: &str,
    a: usize,
    mentions: &[Mention],
    anaphor: Option<usize>,
    last: Option<&Mention>,
) -> Option<Mention> {
    let before = &norm[..a];
    let third = before
        .char_indices()
        .filter(|(i, c)| {
            matches!(c, '他' | '她')
                && !before[..*i].ends_with('其')
                && !before[i + c.len_utf8()..].starts_with('们')
        })
        .map(|(i, _)| i)
        .next_back()
        // 像他这样的种植户有八十多户: others like them, not theirs.
        .filter(|i| !before[..*i].ends_with(['像', '跟']));
    let quoted = before.matches('“').count() > before.matches('”').count();
    let first = quoted
        .then(|| {
            let open = before.rfind('“')?;
            before[open..]
                .rfind('我')
                .filter(|i| !before[open + i + '我'.len_utf8()..].starts_with('们'))
                .map(|i| open + i)
        })
        .flatten();
    let p = third.max(first)?;
    let other_between = mentions
        .iter()
        .any(|m| m.start >= p && m.end <= a && m.new_kind.as_deref() != Some("person"));
    if other_between || anaphor.is_some_and(|x| x > p && x < a) {
        return None;
    }
    mentions
        .iter()
        .rfind(|m| m.end <= p && m.new_kind.as_deref() == Some("person"))
        .or(last)
        .cloned()
}

/// Whether the words after a person open what they say: a speech verb
/// (表示，介绍，说：) or a quotation (算了一笔账：“).
fn speaks_after(after: &str) -> bool {
    // A chain of titles may come first (副主任、新闻发言人张立说，).
    let head: String = after.chars().take(20).collect();
    head.contains(['：', ':', '“'])
        || lexicon::SPEECH
            .iter()
            .any(|w| head.contains(&format!("{w}，")) || head.contains(&format!("{w}：")))
}

/// How many sentences a headline's value waits for the body to name its
/// subject (the byline and the first paragraph's sentences).
const HEADLINE_WAIT: u32 = 6;

const HEADLINE_WHY: &str =
    "a headline's value: the name the body gives to what the headline names (大同 → 大同市)";

/// The topic guessed from the headline given up for the place `p`: the
/// values held on the guess are held again for the place.
fn replace_guessed_topic(doc_topic: &mut Option<Mention>, held: &mut [HeldValue], p: Mention) {
    let guess = doc_topic.as_ref().map(|t| t.name.clone());
    for h in held {
        if h.subject.as_ref().map(|m| &m.name) == guess.as_ref() {
            h.subject = None;
        }
    }
    *doc_topic = Some(p);
}

/// Whether a value of the body's opening sentences (before
/// [`HEADLINE_WAIT`]) that found no name to attach to waits for the
/// document's topic: none is known yet.
fn waits_for_topic(sentence: u32, topic: Option<&Mention>, why_subject: &str) -> bool {
    (1..HEADLINE_WAIT).contains(&sentence)
        && topic.is_none()
        && why_subject.starts_with("no name to attach to")
}

/// A value of the headline held until the body names its subject.
struct HeldValue {
    a: usize,
    b: usize,
    value: Value,
    /// The last day of a span held (1—10月).
    until: Option<Date>,
    attr: String,
    /// The explanation as it stood, "subject: …; attribute: …".
    why_attr: String,
    subject: Option<Mention>,
    why_subject: String,
    qualifiers: Qualifiers,
}

impl HeldValue {
    /// Its own subject; else (the headline named nothing the body names
    /// again: 闽宁协作2024年投入…逾5亿元) the document's topic the body
    /// gave, rather than no subject at all.
    fn subject_or_topic(&self, topic: Option<&Mention>) -> (Option<Mention>, String) {
        match (&self.subject, topic) {
            (None, Some(t)) => (
                Some(t.clone()),
                "no name in the headline that the body names: the document's topic".into(),
            ),
            _ => (self.subject.clone(), self.why_subject.clone()),
        }
    }

    /// A held value of the opening sentences: the document's topic, once
    /// the body names it; else still no subject.
    fn opening_topic(&self, topic: Option<&Mention>) -> (Option<Mention>, String) {
        match topic {
            Some(t) => (
                Some(t.clone()),
                "the opening names only its source: the document's topic the body names after \
                 it"
                .into(),
            ),
            None => (None, self.why_subject.clone()),
        }
    }

    fn emit(self, out: &mut Builder<'_>, s: &Sentence, subject: Option<Mention>, why: String) {
        let attr_why = self
            .why_attr
            .split_once("; attribute: ")
            .map_or(String::new(), |(_, w)| w.to_string());
        let why = format!("subject: {why}; attribute: {attr_why}");
        out.add(
            s, self.a, self.b, self.value, self.until, subject, self.attr, why,
        );
        if let Some(f) = out.facts.last_mut() {
            f.qualifiers = self.qualifiers;
        }
    }
}

/// The name of the body a headline says before the value at `a`: a name
/// said in full (嘉兴港), or a city, county or district said without its
/// ending (大同 for 大同市); the earliest, the longest there.
fn headline_subject(head: &str, a: usize, local: &[Mention]) -> Option<Mention> {
    let before = &head[..a.min(head.len())];
    let mut best: Option<(usize, usize, &Mention)> = None;
    for m in local.iter().filter(|m| m.sentence > 0) {
        if m.new_kind.as_deref() == Some("person") {
            continue;
        }
        let key = simplify(&m.name);
        let place = m
            .new_kind
            .as_deref()
            .is_some_and(|k| PLACE_KINDS.contains(&k));
        let stem = key
            .strip_suffix(['市', '县', '区'])
            .filter(|s| place && s.chars().count() >= 2)
            .map(str::to_string);
        // 恩施州 for 恩施土家族苗族自治州: a prefecture said by the first
        // two or three characters of its name and 州.
        let prefecture = key.strip_suffix("自治州").into_iter().flat_map(|k| {
            [2, 3].into_iter().filter_map(move |n| {
                let cut = k.char_indices().nth(n).map(|(i, _)| i)?;
                Some(format!("{}州", &k[..cut]))
            })
        });
        // …有限公司整车基地 said in the headline by its last four
        // characters (整车基地投产).
        let tail = (!place && key.chars().count() >= 6)
            .then(|| {
                key.char_indices()
                    .rev()
                    .nth(3)
                    .map(|(i, _)| key[i..].to_string())
            })
            .flatten();
        let forms: Vec<String> = std::iter::once(key.clone())
            .chain(stem)
            .chain(prefecture)
            .chain(tail)
            .collect();
        for form in &forms {
            let form = form.as_str();
            // 嘉兴港…: a stem opening another name (a port, a park named
            // after the city) is not the city; 恩施州 is not 恩施市 either.
            let opens_name = |p: usize| {
                form.len() < key.len()
                    && !form.ends_with('州')
                    && before[p + form.len()..].chars().next().is_some_and(|c| {
                        c == '州'
                            || name_suffixes()
                                .any(|(e, _)| e.chars().count() == 1 && e.starts_with(c))
                    })
            };
            if let Some(p) = before.find(form).filter(|p| !opens_name(*p)) {
                let better = best.is_none_or(|(bp, bl, _)| p < bp || p == bp && form.len() > bl);
                if better {
                    best = Some((p, form.len(), m));
                }
            }
        }
    }
    best.map(|(p, l, m)| m.said_at(p, p + l, 0, None))
}

/// X（以下简称Y）, X（简称Y）, X（下称Y）: the text names its short form of X.
/// X is the name found right before the bracket, else the words from the
/// clause's start when they end like a name (昭通至会泽高速公路).
fn declared_aliases(
    norm: &str,
    sentence: u32,
    mentions: &mut Vec<Mention>,
    aliases: &mut Vec<(String, Mention)>,
) {
    for (open, _) in norm.match_indices(['（', '(']) {
        let inner = &norm[open + norm[open..].chars().next().map_or(1, char::len_utf8)..];
        let Some(rest) = lexicon::ALIAS_CUES
            .iter()
            .find_map(|c| inner.strip_prefix(c))
        else {
            continue;
        };
        let Some(close) = rest.find(['）', ')']) else {
            continue;
        };
        let short = rest[..close].trim_matches(['“', '”', '"', '‘', '’', '「', '」']);
        let n = short.chars().count();
        if !(2..=10).contains(&n) || !short.chars().all(is_han) {
            continue;
        }
        let full = match mentions.iter().find(|m| m.end == open) {
            Some(m) => m.clone(),
            None => {
                let (cs, _) = clause(norm, open, open, SMALL_MARKS);
                let words = &norm[cs..open];
                let words = lexicon::NAME_VERBS
                    .iter()
                    .chain(["随着", "经过", "通过"].iter())
                    .find_map(|v| words.strip_prefix(v))
                    .unwrap_or(words);
                let start = open - words.len();
                let Some((_, kind)) =
                    name_suffixes().find(|(e, _)| words.ends_with(e) && words.len() > e.len())
                else {
                    continue;
                };
                if !(3..=20).contains(&words.chars().count()) || !words.chars().all(is_han) {
                    continue;
                }
                let m = Mention {
                    start,
                    end: open,
                    name: words.to_string(),
                    new_kind: Some(kind.to_string()),
                    sentence,
                    how: None,
                };
                mentions.retain(|o| o.end <= start || o.start >= open);
                let at = mentions.partition_point(|o| o.start < start);
                mentions.insert(at, m.clone());
                m
            }
        };
        aliases.retain(|(a, _)| a != short);
        aliases.push((short.to_string(), full));
    }
}

const HEADLINE_PLANT_WHY: &str =
    "the headline's plant, whose news the lead tells of the company it declares (X有限公司（以下简称Y）第100万辆整车下线)";

/// 芜湖新能源汽车工厂第100万辆整车下线 … 皖江新能源汽车有限公司（以下简称
/// “皖江汽车”）第100万辆整车下线: a headline's plant said by its place and
/// trade only, whose news the lead tells right after declaring a company's
/// short form, is that company (the plant's figures are the company's).
/// The company's name and the plant's.
fn headline_plant_company(
    head: &str,
    norm: &str,
    sentence: u32,
    aliases: &[(String, Mention)],
) -> Option<(String, String)> {
    let line = head.lines().next()?;
    let p = line.find('厂')?;
    let plant = &line[..p + '厂'.len_utf8()];
    let news: String = line[plant.len()..].chars().take(4).collect();
    if !(3..=16).contains(&plant.chars().count())
        || !plant.chars().all(is_han)
        || news.chars().count() < 4
    {
        return None;
    }
    aliases.iter().find_map(|(short, full)| {
        if full.new_kind.as_deref() != Some("enterprise") || full.sentence != sentence {
            return None;
        }
        let declared = norm.get(full.end..)?;
        let close = declared.find(short.as_str())? + short.len();
        let after = declared[close..].trim_start_matches(['”', '"', '）', ')']);
        after
            .starts_with(news.as_str())
            .then(|| (full.name.clone(), plant.to_string()))
    })
}

/// The declared short forms said in a sentence, where no longer name
/// covers them: mentions of the names they stand for.
fn alias_mentions(
    norm: &str,
    sentence: u32,
    aliases: &[(String, Mention)],
    mentions: &mut Vec<Mention>,
) {
    for (short, full) in aliases {
        for (p, _) in norm.match_indices(short.as_str()) {
            let end = p + short.len();
            // Inside the declaring bracket, or inside a longer name.
            if norm[..p].ends_with(['称', '“'])
                && norm[..p].contains(['（', '('])
                && norm[end..]
                    .trim_start_matches(['”', '"'])
                    .starts_with(['）', ')'])
            {
                continue;
            }
            if mentions.iter().any(|m| m.start < end && p < m.end) {
                continue;
            }
            let at = mentions.partition_point(|o| o.start < p);
            mentions.insert(
                at,
                Mention {
                    start: p,
                    end,
                    sentence,
                    ..full.clone()
                },
            );
        }
    }
}

/// Why a declared short form is an alias (`load --explain`).
const DECLARED_WHY: &str = "the short form the text declares for it (以下简称)";
/// Why a name without its place is an alias (`load --explain`).
const PLACELESS_WHY: &str = "the name without its place, said so in the text";

const ABBREVIATION_WHY: &str =
    "the headline's abbreviation of the name (郑大一附院 for 郑州大学第一附属医院)";

/// 郑大一附院去年门急诊… and 郑州大学第一附属医院: the words of the
/// headline that abbreviate `full`, the shortest from each start. The
/// headline is short, so its spans are few.
fn headline_abbreviation<'h>(head: &'h str, full: &str) -> Option<&'h str> {
    let first = full.chars().next()?;
    let last = full.chars().next_back()?;
    head.char_indices()
        .filter(|(_, c)| *c == first)
        .find_map(|(a, _)| {
            head[a..]
                .char_indices()
                .skip(2)
                .take(16)
                .take_while(|(_, c)| is_han(*c))
                .filter(|(_, c)| *c == last)
                .map(|(b, c)| &head[a..a + b + c.len_utf8()])
                .find(|w| abbreviates(w, full))
        })
}

/// 郑大一附院 for 郑州大学第一附属医院: `short` keeps characters of `full`
/// in order, its first and its last, and is much shorter: an
/// abbreviation the way Chinese ones are made. Not a name inside the full
/// one (医院), which the first character rules out.
fn abbreviates(short: &str, full: &str) -> bool {
    let (n, m) = (short.chars().count(), full.chars().count());
    if n < 3 || m < n + 3 || short.chars().next() != full.chars().next() {
        return false;
    }
    if short.chars().next_back() != full.chars().next_back() {
        return false;
    }
    let mut rest = full.chars();
    short.chars().all(|c| rest.any(|f| f == c))
}

/// A declared short form that names the thing (启海船舶), not one that
/// only points at it (公司, 本项目, 该合同): those are no alias.
fn declared_name(short: &str) -> bool {
    !short.starts_with(['本', '该', '我', '贵', '其'])
        && !name_suffixes().any(|(e, _)| *e == short)
        && !lexicon::SHORT_FORMS.contains(&short)
}

/// 沂南县岸堤水库引水工程 → 岸堤水库引水工程: a project, company or
/// other thing named with its place before it, without that place; only
/// when what is left names the thing by words of its own (at least three
/// characters before its ending), never a place or an office (人民政府,
/// 统计局 would name every county's). The places one inside the next
/// (甲市乙县丙丁水库) are left out together. And the work a project is
/// named by (甲市乙县天溪水库及灌区工程, 乙县厦铺河水库工程 → 天溪水库,
/// 厦铺河水库), which the text says for the whole project: a work's own
/// name may be two characters (天溪水库).
fn placeless_forms(name: &str, kind: Option<&str>) -> Vec<String> {
    let Some(kind) = kind else {
        return Vec::new();
    };
    // 映月幼儿园 for 桂城街道映月幼儿园: a school's own name is said
    // without its town, however short (a court or hospital said short
    // keeps its level: `level_short_forms`).
    let school = kind == "institution"
        && ["幼儿园", "学校", "小学", "中学"]
            .iter()
            .any(|e| name.ends_with(e));
    if PLACE_KINDS.contains(&kind) || ["institution", "organisation"].contains(&kind) && !school {
        return Vec::new();
    }
    let places = find_places(name);
    let Some(outer) = places
        .iter()
        .filter(|p| p.start == 0 && p.end < name.len())
        .max_by_key(|p| p.end)
    else {
        return Vec::new();
    };
    let mut place = outer;
    while let Some(inner) = places
        .iter()
        .filter(|p| p.start == place.end && p.end < name.len())
        .max_by_key(|p| p.end)
    {
        place = inner;
    }
    let own_words = |form: &str, least: usize| {
        let Some(ending) = name_suffixes()
            .filter(|(e, _)| form.ends_with(e))
            .map(|(e, _)| e.len())
            .max()
        else {
            return false;
        };
        let stem = &form[..form.len() - ending];
        stem.chars().count() >= least
            && stem.chars().all(is_han)
            && !lexicon::PLACE_SUFFIXES
                .iter()
                .any(|(s, _)| stem.ends_with(*s))
    };
    let mut rest = &name[place.end..];
    // 宁川县青石镇中心小学: a school's stem of two characters keeps the town
    // it lies in (中心小学 alone would be every town's).
    if school && place.end != outer.end && !own_words(rest, 3) {
        rest = &name[outer.end..];
    }
    let mut out = Vec::new();
    if own_words(rest, if school { 2 } else { 3 }) {
        out.push(rest.to_string());
    }
    if kind == "project" {
        let work = rest
            .split_once('及')
            .map(|(w, _)| w)
            .or_else(|| rest.strip_suffix("工程"))
            .filter(|w| names_a_work(w) && !w.contains(['及', '和', '、']));
        if let Some(w) = work.filter(|w| own_words(w, 2)) {
            out.push(w.to_string());
        }
    }
    out
}

const OUTER_PLACE_WHY: &str = "the name without the place its own place lies in";

/// 甲市乙区某某基金 → 乙区某某基金: a name (not a place's) opening with a
/// place and a place inside it says the outer one only as the address of
/// the inner; the name without it is the same thing's.
fn outer_place_form(name: &str, kind: Option<&str>) -> Option<String> {
    let kind = kind?;
    if PLACE_KINDS.contains(&kind) {
        return None;
    }
    let places = find_places(name);
    let outer = places.iter().find(|p| p.start == 0)?;
    let inner = places
        .iter()
        .filter(|p| p.start == outer.end && p.end < name.len())
        .max_by_key(|p| p.end)?;
    let rest = &name[inner.start..];
    (rest.chars().count() > inner.name.chars().count() + 1).then(|| rest.to_string())
}

/// Whether `text` says `short` on its own: not inside `full`, not right
/// after another place (乙县岸堤水库引水工程 is another county's).
fn said_without_place(text: &str, full: &str, short: &str) -> bool {
    let Some(at) = full.find(short) else {
        return false;
    };
    let place = &full[..at];
    text.match_indices(short).any(|(p, _)| {
        let before = &text[..p];
        !before.ends_with(place)
            && !before
                .chars()
                .next_back()
                .is_some_and(|c| lexicon::PLACE_SUFFIXES.iter().any(|(s, _)| *s == c))
    })
}

/// 夹岩工程 after 夹岩水利枢纽…工程: a project said short, by the first two
/// characters of a name said before (or of the headline) and its ending,
/// is a name of its own, where nothing longer covers it.
fn short_project_names(
    norm: &str,
    sentence: u32,
    earlier: &[Mention],
    head: &str,
    mentions: &mut Vec<Mention>,
) {
    for ending in ["工程", "项目"] {
        for (p, _) in norm.match_indices(ending) {
            let before: Vec<(usize, char)> = norm[..p].char_indices().rev().take(3).collect();
            if before.len() < 2 {
                continue;
            }
            let stem_at = before[1].0;
            let stem = &norm[stem_at..p];
            let whole = |c: char| {
                is_han(c)
                    && !lexicon::NAME_STOPS.contains(c)
                    && !lexicon::PLACE_SUFFIXES.iter().any(|(s, _)| *s == c)
            };
            // The stem opens the short name: what is before it is no
            // part of a word (毕大供水工程 is not 供水工程).
            if !stem.chars().all(whole) || before.get(2).is_some_and(|&(_, c)| whole(c)) {
                continue;
            }
            let end = p + ending.len();
            let said_longer = |n: &str| n.starts_with(stem) && n.len() > end - stem_at;
            if !(head.starts_with(stem) || earlier.iter().any(|m| said_longer(&m.name))) {
                continue;
            }
            if mentions.iter().any(|m| m.start < end && stem_at < m.end) {
                continue;
            }
            let at = mentions.partition_point(|o| o.start < stem_at);
            mentions.insert(
                at,
                Mention {
                    start: stem_at,
                    end,
                    name: norm[stem_at..end].to_string(),
                    new_kind: Some("project".to_string()),
                    sentence,
                    how: Some("a project said short by the stem of a longer name said before"),
                },
            );
        }
    }
}

/// 涪城区人民法院 … 区法院, 区人民法院: an institution said short by the
/// level of its place (区, 县, 市 …) and its ending, with or without 人民.
/// Only institutions (courts, hospitals, schools): a 市政府 or 县统计局 said
/// short speaks for its place and stays no name. A department named 事务处
/// is said without 事务 (入境处).
fn level_short_forms(name: &str, kind: Option<&str>) -> Vec<String> {
    // 入境事务处 said 入境处: a department's name without 事务.
    if let Some(stem) = name.strip_suffix("事务处") {
        return match kind {
            Some("organisation") if stem.chars().count() >= 2 => vec![format!("{stem}处")],
            _ => Vec::new(),
        };
    }
    // 梅州市慈善总会 … 市慈善总会: an association is said short so too.
    let association = kind == Some("organisation")
        && lexicon::ASSOCIATION_ENDINGS
            .iter()
            .any(|e| name.ends_with(e));
    if kind != Some("institution") && !association {
        return Vec::new();
    }
    let Some(place) = find_places(name)
        .into_iter()
        .filter(|p| p.start == 0 && p.end < name.len())
        .max_by_key(|p| p.end)
    else {
        return Vec::new();
    };
    let level_at = place.end - place.name.chars().next_back().map_or(0, char::len_utf8);
    let short = &name[level_at..];
    if short.chars().count() < 3 || !short.chars().all(is_han) {
        return Vec::new();
    }
    let mut out = vec![short.to_string()];
    if short.contains("人民") {
        out.push(short.replacen("人民", "", 1));
    }
    out
}

/// The short forms of `level_short_forms` said in a sentence where no
/// longer name covers them and no other name runs on before them (a mark,
/// the sentence's start or a stop character such as 年 or 的 before).
fn level_short_mentions(
    norm: &str,
    sentence: u32,
    shorts: &[(String, Mention)],
    mentions: &mut Vec<Mention>,
) {
    for (short, full) in shorts {
        for (p, _) in norm.match_indices(short.as_str()) {
            let end = p + short.len();
            let open = norm[..p]
                .chars()
                .next_back()
                .is_none_or(|c| !is_han(c) || lexicon::NAME_STOPS.contains(c));
            // 市慈善总会 found by its ending alone: the short form it is.
            if open {
                mentions.retain(|m| !(m.start == p && m.end == end && m.new_kind.is_some()));
            }
            if !open || mentions.iter().any(|m| m.start < end && p < m.end) {
                continue;
            }
            let at = mentions.partition_point(|o| o.start < p);
            let how = if full.new_kind.as_deref() == Some("institution") {
                "an institution said short by its place's level (区法院 for 某区人民法院)"
            } else if full.name.ends_with('会') {
                "an association said short by its place's level (市慈善总会 for 某市慈善总会)"
            } else {
                "a department said without 事务 (入境处 for 入境事务处)"
            };
            mentions.insert(at, full.said_at(p, end, sentence, Some(how)));
        }
    }
}

/// 三峡射阳海上风电项目170万千瓦；大唐射阳近海风电项目40万千瓦: a list item
/// that is a name and its value, nothing between. The words from the
/// clause's start to the value, ending like a name (…项目, …公司), are that
/// name whole, whatever jieba made of them (近海/f, 一期/d stop the walk
/// over words; 国家电投射阳 is cut across 投射). Not before a count (重点项目
/// 86个 counts projects), nor words opening with a verb or a stop
/// character (新建风电项目, 全省风电项目, 改造提升卸鱼码头), nor a verb phrase
/// (汪清县力争累计开发林业碳汇项目), nor words naming nothing proper
/// (酿酒葡萄基地): a proper noun to jieba, or the stem of a county,
/// district or city said before (龙源射阳一期… after 射阳县).
fn listed_item_names(
    norm: &str,
    sentence: u32,
    quantities: &[(usize, usize, Quantity)],
    local: &[Mention],
    mentions: &mut Vec<Mention>,
) {
    for (a, _, q) in quantities {
        if q.unit == Unit::Count {
            continue;
        }
        let (cs, _) = clause(norm, *a, *a, "，,；;：:、");
        let mut start = cs;
        for lead in ["以及", "及", "和"] {
            if norm[start..*a].starts_with(lead) {
                start += lead.len();
            }
        }
        let words = &norm[start..*a];
        let n = words.chars().count();
        if !(6..=20).contains(&n)
            || !words
                .chars()
                .all(|c| is_han(c) && !lexicon::NAME_STOPS.contains(c))
            || lexicon::NAME_VERBS.iter().any(|v| words.starts_with(v))
            || words.starts_with(['新', '总', '累', '共', '合', '其'])
        {
            continue;
        }
        let Some((_, kind)) =
            name_suffixes().find(|(e, _)| e.chars().count() >= 2 && words.ends_with(e))
        else {
            continue;
        };
        if lexicon::GENERIC_ORG_WORDS
            .iter()
            .any(|g| words.ends_with(g))
            || mentions.iter().any(|m| m.start == start && m.end == *a)
        {
            continue;
        }
        // Only here, for the few clauses shaped so: jieba's words.
        let tags = segment::tag(words);
        let verb = |w: &segment::Word<'_>| w.tag.starts_with('v');
        let proper = tags
            .iter()
            .any(|w| matches!(w.tag, "ns" | "nr" | "nz" | "nt" | "j" | "nrt" | "nrfg"))
            || place_stem_said(local, |stem| words.contains(stem));
        if !proper
            || tags.first().is_some_and(|w| verb(w) || w.tag == "d")
            || tags.iter().filter(|w| verb(w)).count() > 1
        {
            continue;
        }
        put_over(
            mentions,
            Mention {
                start,
                end: *a,
                name: words.to_string(),
                new_kind: Some(kind.to_string()),
                sentence,
                how: Some("a list item: the name right before its value, taken whole"),
            },
        );
    }
}

/// 甲科技有限公司总经理王某说，公司今年…: 公司 opening the clause right
/// after what a company's officer says is that company, named in the same
/// sentence (so not yet among the names said before, which 公司 at a
/// clause's start otherwise means).
fn speakers_company(norm: &str, sentence: u32, mentions: &mut Vec<Mention>) {
    // 园区内甲科技有限公司: jieba glues 内 to the name after a zone's noun
    // (园区/n 内甲/nr); where the company is opens no part of its name.
    for m in mentions.iter_mut() {
        let Some(p) = m.name.find("区内") else {
            continue;
        };
        let cut = p + "区内".len();
        if m.new_kind.as_deref() == Some("enterprise")
            && m.name[..p].chars().count() <= 3
            && m.name[cut..].chars().count() >= 6
            && norm.get(m.start..m.end) == Some(m.name.as_str())
        {
            m.start += cut;
            m.name = m.name[cut..].to_string();
        }
    }
    let mut add = Vec::new();
    for (p, w) in norm.match_indices("公司") {
        if !norm[..p].ends_with(['，', ',']) || mentions.iter().any(|m| m.start <= p && p < m.end)
        {
            continue;
        }
        let Some(c) = mentions
            .iter()
            .filter(|m| m.end <= p && simplify(&m.name).ends_with("公司"))
            .max_by_key(|m| m.end)
        else {
            continue;
        };
        let body = norm[c.end..p].trim_end_matches(['，', ',']);
        let says = lexicon::PERSON_AFTER.iter().any(|v| body.ends_with(v));
        if says && body.chars().count() <= 14 && !body.contains(|c: char| CLAUSE_MARKS.contains(c))
        {
            add.push(c.said_at(
                p,
                p + w.len(),
                sentence,
                Some("公司 opening the clause after its officer speaks: that company"),
            ));
        }
    }
    for m in add {
        put_over(mentions, m);
    }
}

/// `m` in its place among `mentions` (kept in order of their start), in
/// place of every mention it overlaps.
fn put_over(mentions: &mut Vec<Mention>, m: Mention) {
    mentions.retain(|o| o.end <= m.start || o.start >= m.end);
    let at = mentions.partition_point(|o| o.start < m.start);
    mentions.insert(at, m);
}

/// Why an item of a list counted before 分别's clause is a name.
const COUNTED_BEFORE_HOW: &str =
    "an item of a list counted in the clause before 分别 (甲、乙和丙是三个去处，分别…)";

/// 甲、乙、丙三家企业分别…: items of a list that the text counts and
/// says the kind of right after it, before 分别, are names of that kind,
/// even without an ending of their own (a brand, a short company name).
fn counted_list_names(norm: &str, sentence: u32, mentions: &mut Vec<Mention>) {
    // The kinds a group noun says its members are.
    const GROUPS: &[(&str, &str)] = &[
        ("企业", "enterprise"),
        ("公司", "enterprise"),
        ("运营商", "enterprise"),
        ("集团", "enterprise"),
        ("银行", "enterprise"),
        ("院校", "institution"),
        ("学校", "institution"),
        ("医院", "institution"),
        ("电站", "power_station"),
    ];
    let numeral = |c: char| match c {
        '两' | '二' | '2' => Some(2),
        '三' | '3' => Some(3),
        '四' | '4' => Some(4),
        '五' | '5' => Some(5),
        '六' | '6' => Some(6),
        _ => None,
    };
    let split = |list: &'_ str| -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut start = 0;
        for (i, c) in list.char_indices() {
            // 和顺古镇: 和 opening an item is the name's.
            if c == '、' || matches!(c, '和' | '及') && i > start {
                out.push((start, i));
                start = i + c.len_utf8();
            }
        }
        out.push((start, list.len()));
        out
    };
    let mut add = |a: usize, b: usize, kind: &str, how: &'static str| {
        if mentions.iter().any(|m| m.start == a && m.end == b) {
            return;
        }
        put_over(
            mentions,
            Mention {
                start: a,
                end: b,
                name: norm[a..b].to_string(),
                new_kind: Some(kind.to_string()),
                sentence,
                how: Some(how),
            },
        );
    };
    for (p, _) in norm.match_indices("分别") {
        let (cs, _) = clause(norm, p, p, "，,；;。！？!?：:");
        let head = &norm[cs..p];
        // 甲、乙和丙是最受欢迎的三个去处，假期分别接待v1、v2和v3, 其中甲、
        // 乙两座电站已投产，装机容量分别为v1和v2: a list counted in the
        // clause before 分别's, its last item cut where the words after
        // the list begin (a verb, an adverb, the count).
        if split(head).len() < 2 {
            if let Some(mark) = cs
                .checked_sub('，'.len_utf8())
                .filter(|_| norm[..cs].ends_with('，'))
            {
                let (ps, _) = clause(norm, mark, mark, "，,；;。！？!?：:");
                let prev = &norm[ps..mark];
                let mut items = split(prev);
                if let Some(first) = items.first_mut() {
                    first.0 += list_opening(&prev[first.0..first.1]);
                }
                let count = items.last().and_then(|&(a, b)| {
                    prev[a..b].char_indices().find_map(|(i, c)| {
                        let n = numeral(c)?;
                        prev[a + i + c.len_utf8()..b]
                            .starts_with(['家', '个', '所', '类', '座'])
                            .then_some((a + i, n))
                    })
                });
                if let (Some((at, n)), Some(last)) = (count, items.last_mut()) {
                    last.1 = segment::tag(&prev[last.0..at])
                        .iter()
                        .find(|w| w.tag.starts_with(['v', 'd', 'p', 'm', 'c', 'u']))
                        .map_or(at, |w| last.0 + w.start);
                    // 和顺古镇: a stop character may open a name.
                    let fits = |(a, b): &(usize, usize)| {
                        let t = &prev[*a..*b];
                        (2..=10).contains(&t.chars().count())
                            && t.chars().all(is_han)
                            && !t.chars().skip(1).any(|c| lexicon::NAME_STOPS.contains(c))
                    };
                    if items.len() == n && items.len() >= 2 && items.iter().all(fits) {
                        for (a, b) in items {
                            let t = &prev[a..b];
                            let kind = name_suffixes()
                                .find(|(e, _)| t.ends_with(e) && t.len() > e.len())
                                .map_or("place", |(_, k)| *k);
                            add(ps + a, ps + b, kind, COUNTED_BEFORE_HOW);
                        }
                        continue;
                    }
                }
            }
        }
        // 甲区、乙区、丙区分别…: places of one level listed, each said with
        // its ending, are places even where jieba cuts one (二七区).
        let items = split(head);
        let level = head.chars().next_back();
        let place = level.and_then(|l| {
            lexicon::PLACE_SUFFIXES
                .iter()
                .find(|(c, _)| *c == l && "区县镇乡".contains(l))
        });
        if let Some((l, kind)) = place.filter(|_| items.len() >= 2) {
            let each = items.iter().all(|(a, b)| {
                let t = &head[*a..*b];
                (3..=6).contains(&t.chars().count())
                    && t.ends_with(*l)
                    && t.chars()
                        .all(|c| is_han(c) && !lexicon::NAME_STOPS.contains(c))
            });
            if each {
                for (a, b) in items {
                    add(
                        cs + a,
                        cs + b,
                        kind,
                        "a place of a list of places of one level (甲区、乙区分别…)",
                    );
                }
                continue;
            }
        }
        // 甲景区、乙湿地景区、丙旅游区分别…: items that each end like a
        // name (景区, 公司, 电站 …) are names of their own; the values
        // after 分别 go to them one by one where as many are handed out.
        let mut own = split(head);
        if let Some(first) = own.first_mut() {
            first.0 += list_opening(&head[first.0..first.1]);
        }
        let ending = |t: &str| {
            name_suffixes()
                .find(|(e, _)| t.ends_with(e) && t.len() > e.len())
                .map(|(_, k)| *k)
                .or_else(|| {
                    let l = t.chars().next_back()?;
                    lexicon::PLACE_SUFFIXES
                        .iter()
                        .find(|(c, _)| *c == l)
                        .map(|(_, k)| *k)
                })
        };
        let named = |(a, b): &(usize, usize)| {
            let t = &head[*a..*b];
            (3..=14).contains(&t.chars().count())
                && t.chars()
                    .all(|c| is_han(c) && !lexicon::NAME_STOPS.contains(c))
                && !lexicon::GENERIC_ORG_WORDS.iter().any(|g| t.ends_with(g))
                && ending(t).is_some()
        };
        if own.len() >= 2 && own.iter().all(named) {
            for (a, b) in own {
                let kind = ending(&head[a..b]).unwrap_or("facility");
                add(
                    cs + a,
                    cs + b,
                    kind,
                    "an item of a list of names, each with its ending (甲景区、乙旅游区分别…)",
                );
            }
            continue;
        }
        // The count and its counter right after the list: 三家企业,
        // 三类企业, 两座抽水蓄能电站.
        let Some((at, n)) = head.char_indices().find_map(|(i, c)| {
            let n = numeral(c)?;
            head[i + c.len_utf8()..]
                .starts_with(['家', '个', '所', '类', '座'])
                .then_some((i, n))
        }) else {
            continue;
        };
        // Numeral and counter: one byte or three, then three.
        let group = &head[at + head[at..].chars().next().map_or(0, char::len_utf8) + 3..];
        let Some((_, kind)) = GROUPS.iter().find(|(g, _)| {
            group.find(g).is_some_and(|q| {
                group[..q].chars().all(is_han)
                    && (q <= 3 * 3 || q + g.len() == group.len() && q <= 6 * 3)
            })
        }) else {
            continue;
        };
        let mut items = split(&head[..at]);
        if let Some(first) = items.first_mut() {
            first.0 += list_opening(&head[first.0..first.1]);
        }
        let fits = |(a, b): &(usize, usize)| {
            let x = &head[*a..*b];
            (2..=10).contains(&x.chars().count())
                && x.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric())
        };
        if items.len() != n || !items.iter().all(fits) {
            continue;
        }
        for (a, b) in items {
            add(
                cs + a,
                cs + b,
                kind,
                "an item of a list the text counts and names the kind of (甲、乙、丙三家企业)",
            );
        }
    }
}

/// Why a plain item of a list before 分别 is a name (`load --explain`).
const PLAIN_LIST_HOW: &str =
    "an item of a list before 分别 handed one value each, what the values measure coming after (甲、乙和丙分别运送v1、v2和v3)";

/// 甲、乙和丙分别运送v1、v2和v3; 涨幅居前的是甲、乙和丙，环比分别上涨…:
/// the things listed before 分别 — goods, lines, canals said with no
/// ending of a name — are what the values after it are of, one each, when
/// as many values follow as items. Each item is the run of nouns at its
/// place in the list (the first from the end of its words, the last from
/// their start, up to a measure such as 价格); a list whose items are
/// measures themselves (增加值, 投资, 产量) names no things.
fn plain_list_names(norm: &str, sentence: u32, mentions: &[Mention]) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::new();
    let split = |list: &'_ str| -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut start = 0;
        for (i, c) in list.char_indices() {
            if c == '、' || matches!(c, '和' | '及') && i > start {
                out.push((start, i));
                start = i + c.len_utf8();
            }
        }
        out.push((start, list.len()));
        out
    };
    // The words that name a measure (价格, 产量, 投资): an item holding
    // one is no thing, and the last item ends before the first.
    let measure_words = || {
        lexicon::before_words()
            .map(|(w, _, _)| w)
            .chain(lexicon::AFTER.iter().map(|(w, _, _)| *w))
    };
    let measure = |t: &str| measure_words().any(|w| t.contains(w));
    for (p, _) in norm.match_indices("分别") {
        let (cs, ce) = clause(norm, p, p, "，,；;。！？!?：:");
        // The values handed out: as many as the parts after 分别, each
        // with a digit.
        let tail = &norm[p + "分别".len()..ce];
        let parts = split(tail);
        let digit = |t: &str| {
            t.chars()
                .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
        };
        if parts.len() < 2 || !parts.iter().all(|(a, b)| digit(&tail[*a..*b])) {
            continue;
        }
        let head = &norm[cs..p];
        let (ls, list) = if split(head).len() >= 2 {
            (cs, head)
        } else if let Some(mark) = cs
            .checked_sub('，'.len_utf8())
            .filter(|_| norm[..cs].ends_with('，'))
        {
            let (ps, _) = clause(norm, mark, mark, "，,；;。！？!?：:");
            (ps, &norm[ps..mark])
        } else {
            continue;
        };
        let mut items = split(list);
        if items.len() != parts.len() {
            continue;
        }
        let n = items.len();
        // The first item: the words after the clause's lead; the last:
        // those before a measure or a linking word.
        let linking = |tag: &str| tag.starts_with(['v', 'p', 'u', 'c', 'd', 'r', 'm', 't', 'f']);
        {
            let a = items[0].0 + list_opening(&list[items[0].0..items[0].1]);
            // Only 是, 的, 为 or 有 opens it (涨幅居前的是甲): the words of
            // a long name hold adverbs and places (西部陆海新通道班列).
            let from = list[a..items[0].1]
                .char_indices()
                .rfind(|(_, c)| "是的为有".contains(*c))
                .map_or(0, |(i, c)| i + c.len_utf8());
            // Nor the verbs and adverbs leading it (预计甲、乙…).
            let rest = &list[a + from..items[0].1];
            let lead = segment::tag(rest)
                .iter()
                .take_while(|w| w.tag.starts_with(['v', 'd', 'p', 'c', 'r']))
                .last()
                .map_or(0, |w| w.end);
            // 往来北美洲及欧洲的货运量: the way goods go is no part of where.
            let lead = lead
                + [
                    "往来", "往返", "来往", "前往", "发往", "运往", "飞往", "来自",
                ]
                .iter()
                .find(|w| rest[lead..].starts_with(**w))
                .map_or(0, |w| w.len());
            let from = from + lead;
            items[0].0 = a + from;
        }
        {
            // Up to the first measure (土豆价格环比: 土豆) or linking word.
            let (a, b) = items[n - 1];
            let t = &list[a..b];
            let measured = measure_words()
                .filter_map(|w| t.find(w))
                .min()
                .unwrap_or(t.len());
            let words = segment::tag(&t[..measured]);
            let to = words
                .iter()
                .position(|w| linking(w.tag))
                .map_or(measured, |i| words[i].start);
            items[n - 1].1 = a + to;
        }
        // 金华（义乌）、杭州、宁波…分别: a short name in brackets after an
        // item says the same item another way; the item is the name before.
        for (a, b) in items.iter_mut() {
            *b = bracketed_after(&list[*a..*b]).map_or(*b, |k| *a + k);
        }
        // Things, not groups of people (毕业生, 农村居民), trades (新能源产业),
        // a counted group (两大产业), or a kind alone (医院, 学校).
        let fits = |(a, b): &(usize, usize)| {
            let t = &list[*a..*b];
            (2..=8).contains(&t.chars().count())
                && t.chars().all(is_han)
                && !t.chars().any(|c| {
                    lexicon::NAME_STOPS.contains(c) || "一二三四五六七八九十两几多".contains(c)
                })
                && !t.ends_with(|c| "生员民者人工户业".contains(c))
                && !measure(t)
                && !lexicon::GENERIC_ORG_WORDS.contains(&t)
                && !name_suffixes().any(|(e, _)| *e == t)
        };
        if !items.iter().all(fits) {
            continue;
        }
        // Lists with a name in them are the other rules' (甲区、乙区分别…,
        // 珠三角地区).
        let span = (ls + items[0].0, ls + items[n - 1].1);
        if mentions.iter().any(|m| m.start < span.1 && span.0 < m.end) {
            continue;
        }
        for (a, b) in items {
            let (a, b) = (ls + a, ls + b);
            let t = &norm[a..b];
            // 杭州、宁波: a place jieba knows, said bare, is a place.
            let place = matches!(segment::tag(t).as_slice(), [w] if w.tag == "ns");
            let kind = name_suffixes()
                .find(|(e, _)| t.ends_with(e) && t.len() > e.len())
                .map_or(if place { "region" } else { "product" }, |(_, k)| *k);
            put_over(
                &mut out,
                Mention {
                    start: a,
                    end: b,
                    name: t.to_string(),
                    new_kind: Some(kind.to_string()),
                    sentence,
                    how: Some(PLAIN_LIST_HOW),
                },
            );
        }
    }
    out
}

/// Where a short name in brackets closing `item` opens (金华（义乌）: the
/// byte offset of （), when the brackets hold two to four Han characters.
fn bracketed_after(item: &str) -> Option<usize> {
    let inner = item.strip_suffix('）')?;
    let k = inner.rfind('（')?;
    let short = &inner[k + '（'.len_utf8()..];
    ((2..=4).contains(&short.chars().count()) && short.chars().all(is_han) && k > 0).then_some(k)
}

/// 合计占全县的42.5%: the level of the whole place a total's share is of
/// (县), when the text says one.
fn whole_level(text: &str) -> Option<char> {
    let q = text.find("占全")?;
    lexicon::TOTALS
        .iter()
        .any(|w| text[..q].contains(w))
        .then_some(())?;
    text[q + "占全".len()..]
        .chars()
        .next()
        .filter(|c| "省市县区镇乡".contains(*c))
}

/// Why a thing said with where it stands is a name (`load --explain`).
const LOCATED_HOW: &str =
    "a thing said with where it stands (X位于Y, 位于Y的X), whole up to its ending";

/// 甲抽水蓄能电站位于乙县，…, 位于乙区的甲公寓项目是…: what a sentence
/// says stands somewhere is a thing of its own, named whole by the words
/// from its clause's start to 位于 (or from 的 after the place to where a
/// name's ending closes them), when they end like a name. The walk over
/// words cuts such names at a verb inside them (抽水, 制造); the place is
/// only where the thing is.
fn located_names(norm: &str, sentence: u32, mentions: &mut Vec<Mention>) {
    let fits = |t: &str| {
        let n = t.chars().count();
        (4..=24).contains(&n)
            && t.chars()
                .all(|c| (is_han(c) && c != '的') || "（）()".contains(c))
            && name_suffixes().any(|(e, _)| t.ends_with(e))
            && !name_suffixes().any(|(e, _)| t == *e)
            && !lexicon::GENERIC_ORG_WORDS.iter().any(|g| t.ends_with(g))
            && !t.starts_with(|c: char| "该这此其全本各".contains(c))
    };
    let add = |a: usize, b: usize, mentions: &mut Vec<Mention>| {
        let t = &norm[a..b];
        if !fits(t) || mentions.iter().any(|m| m.start <= a && b <= m.end) {
            return;
        }
        // A name said already inside a longer one is part of it; a name
        // across its edge is left alone.
        if mentions
            .iter()
            .any(|m| m.start < b && m.end > a && !(a <= m.start && m.end <= b))
        {
            return;
        }
        let kind = name_suffixes()
            .find(|(e, _)| t.ends_with(e))
            .map_or("facility", |(_, k)| *k);
        put_over(
            mentions,
            Mention {
                start: a,
                end: b,
                name: t.to_string(),
                new_kind: Some(kind.to_string()),
                sentence,
                how: Some(LOCATED_HOW),
            },
        );
    };
    for (p, w) in norm.match_indices("位于") {
        // X位于Y: X from its clause's start.
        let (cs, _) = clause(norm, p, p, CLAUSE_MARKS);
        if cs < p {
            add(cs, p, mentions);
        }
        // 位于Y的X: X from 的 to the first name's ending that closes it.
        let after = p + w.len();
        let Some(de) = norm[after..].find('的').map(|i| after + i) else {
            continue;
        };
        let between = &norm[after..de];
        // A chain of places may run long (吉林省松原市前郭尔罗斯蒙古族自治县:
        // 17 characters).
        if between.is_empty()
            || between.chars().count() > 20
            || between.contains(|c: char| CLAUSE_MARKS.contains(c))
        {
            continue;
        }
        let from = de + '的'.len_utf8();
        let (_, ce) = clause(norm, from, from, CLAUSE_MARKS);
        let end = norm[from..ce]
            .char_indices()
            .map(|(i, c)| from + i + c.len_utf8())
            .find(|&e| fits(&norm[from..e]) && !norm[e..].starts_with(['（', '(']));
        if let Some(e) = end {
            add(from, e, mentions);
        }
    }
}

/// Why a head of parallel clauses is a name (`load --explain`).
const PARALLEL_HOW: &str =
    "an item of parallel clauses (甲部门收入v1；乙部门收入v2): what differs before the words they share";

/// 甲部门组织收入v1；乙部门组织收入v2, 一期投资v1；二期投资v2: clauses side
/// by side that say the same words before their values speak of the things
/// their heads differ by. A clause's head runs from its start to its first
/// value; where two neighbouring heads end in the same words, what comes
/// before those words is a name, when it ends like one (a name's ending, a
/// place's, 部门, 商品, 产品, a phase 一期) and no name found already covers
/// it. Clauses are tried at ；, then at ， and then at 、; the head of the
/// sentence before, when it ended with ；, is the neighbour of this one's
/// first (the sentences are split there).
///
/// Returns the head of this sentence's last clause when the sentence ends
/// with ；, for the next.
fn parallel_items(
    norm: &str,
    sentence: u32,
    quantities: &[(usize, usize, Quantity)],
    before: Option<&[String]>,
    mentions: &mut Vec<Mention>,
) -> Option<Vec<String>> {
    // The words of a head, without a verb or a bound word ending it, as
    // their byte ranges in it: each head is segmented once, not once for
    // every head it is compared with (a sentence of n heads made n² calls
    // of the tagger).
    type Spans = std::rc::Rc<[(usize, usize)]>;
    let spans: std::cell::RefCell<HashMap<String, Spans>> = Default::default();
    let words = |head: &str| -> Spans {
        const TRAILING: &[&str] = &["达到", "达", "为", "是", "共", "共计", "合计", "累计"];
        if let Some(known) = spans.borrow().get(head) {
            return known.clone();
        }
        let mut w: Vec<segment::Word> = segment::tag(head);
        while w.len() > 1 && w.last().is_some_and(|l| TRAILING.contains(&l.word)) {
            w.pop();
        }
        let found: Spans = w.iter().map(|w| (w.start, w.end)).collect();
        spans.borrow_mut().insert(head.to_string(), found.clone());
        found
    };
    // The words of `text` at the ranges `words` gave for it.
    fn cut<'t>(text: &'t str, spans: &[(usize, usize)]) -> Vec<&'t str> {
        spans.iter().map(|&(s, e)| &text[s..e]).collect()
    }
    // The lengths in bytes of what the two heads may differ by, before
    // the words they end with alike: the most words alike first, then
    // fewer (香化类商品销售额, 手表、首饰类商品销售额: 类商品 is the items'
    // ending, not the words they share).
    let differ = |x: &str, y: &str| -> Vec<(usize, usize)> {
        let (wx, wy) = (cut(x, &words(x)), cut(y, &words(y)));
        let k = wx
            .iter()
            .rev()
            .zip(wy.iter().rev())
            .take_while(|(a, b)| a == b)
            .count();
        (1..=k)
            .rev()
            .filter(|&k| k < wx.len() && k < wy.len())
            .map(|k| {
                let lx: usize = wx[..wx.len() - k].iter().map(|w| w.len()).sum();
                let ly: usize = wy[..wy.len() - k].iter().map(|w| w.len()).sum();
                (lx, ly)
            })
            .filter(|&(lx, ly)| x[..lx] != y[..ly])
            .collect()
    };
    let named = |t: &str| -> bool {
        const HEADS: &[&str] = &["部门", "商品", "产品"];
        let n = t.chars().count();
        let phase = n == 2 && t.ends_with('期') && t.starts_with(['一', '二', '三', '四', '五']);
        let ending = phase
            || HEADS.iter().any(|h| t.ends_with(h))
            || name_suffixes().any(|(e, _)| t.ends_with(e))
            || (n >= 3 && t.ends_with(|c: char| "市县区镇乡村州旗".contains(c)));
        // A bare ending (小学) or a common word with one (幼儿园) is a
        // kind of thing, no name.
        let common = name_suffixes().any(|(e, _)| t == *e)
            || lexicon::GENERIC_ORG_WORDS.iter().any(|g| t.ends_with(g));
        (2..=12).contains(&n)
            && ending
            && !common
            && !t.starts_with('、')
            && !t.ends_with('、')
            && t.chars().all(|c| c == '、' || (is_han(c) && c != '的'))
            && !t.starts_with(|c: char| {
                "全本该各今去明前上下同比较新累共合总其另此年月日每人这那".contains(c)
            })
            && (phase
                || !segment::tag(t)
                    .iter()
                    .any(|w| w.tag.starts_with(['v', 'd', 'p', 'c', 't', 'm'])))
    };
    let heads_at = |marks: &str| -> Vec<(usize, usize)> {
        let mut bounds: Vec<(usize, usize)> = Vec::new();
        let mut start = 0;
        for (i, c) in norm.char_indices() {
            if marks.contains(c) || "。！？!?".contains(c) {
                bounds.push((start, i));
                start = i + c.len_utf8();
            }
        }
        bounds.push((start, norm.len()));
        bounds
            .into_iter()
            .map(
                |(s, e)| match quantities.iter().find(|(a, _, _)| *a >= s && *a < e) {
                    Some((a, _, _)) => (s + list_opening(&norm[s..*a]), *a),
                    None => (s, s),
                },
            )
            .collect()
    };
    let mut found: Vec<(usize, usize)> = Vec::new();
    let free = |p: (usize, usize), mentions: &Vec<Mention>| {
        named(&norm[p.0..p.1]) && !mentions.iter().any(|m| m.start < p.1 && m.end > p.0)
    };
    for marks in ["；;，,", "；;，,、"] {
        let heads: Vec<(usize, usize)> =
            heads_at(marks).into_iter().filter(|(a, b)| a < b).collect();
        for (i, &y) in heads.iter().enumerate() {
            let y_text = &norm[y.0..y.1];
            // The heads before it in this sentence, then the sentence
            // before's.
            let earlier = heads[..i]
                .iter()
                .map(|&x| (Some(x), &norm[x.0..x.1]))
                .chain(before.into_iter().flatten().map(|t| (None, t.as_str())));
            for (x, x_text) in earlier {
                let Some((lx, ly)) = differ(x_text, y_text)
                    .into_iter()
                    .find(|&(lx, ly)| named(&x_text[..lx]) && named(&y_text[..ly]))
                else {
                    continue;
                };
                let py = (y.0, y.0 + ly);
                if !named(&x_text[..lx]) || !free(py, mentions) {
                    continue;
                }
                if let Some(x) = x {
                    let px = (x.0, x.0 + lx);
                    if !free(px, mentions) {
                        continue;
                    }
                    if !found.contains(&px) {
                        found.push(px);
                    }
                }
                if !found.contains(&py) {
                    found.push(py);
                }
            }
        }
        if !found.is_empty() {
            break;
        }
    }
    for (a, b) in found {
        let t = &norm[a..b];
        let kind = name_suffixes()
            .find(|(e, _)| t.ends_with(e))
            .map(|(_, k)| *k)
            .or_else(|| {
                lexicon::PLACE_SUFFIXES
                    .iter()
                    .find(|(c, _)| t.ends_with(*c))
                    .map(|(_, k)| *k)
            })
            .unwrap_or(if t.ends_with('期') {
                "project"
            } else if t.ends_with("部门") {
                "organisation"
            } else {
                "product"
            });
        put_over(
            mentions,
            Mention {
                start: a,
                end: b,
                name: t.to_string(),
                new_kind: Some(kind.to_string()),
                sentence,
                how: Some(PARALLEL_HOW),
            },
        );
    }
    let heads: Vec<String> = heads_at("；;，,")
        .into_iter()
        .filter(|(a, b)| a < b)
        .map(|(a, b)| norm[a..b].to_string())
        .collect();
    (norm.trim_end().ends_with(['；', ';']) && !heads.is_empty()).then_some(heads)
}

/// 其中甲、乙两家企业, 沿线甲、乙、丙三地: the word opening a list, glued
/// to its first item by the clause mark before it, is no part of the
/// item; its length in bytes.
fn list_opening(item: &str) -> usize {
    ["其中", "沿线", "包括", "例如", "比如", "涵盖"]
        .iter()
        .find(|w| item.starts_with(**w) && item.len() > w.len())
        .map_or(0, |w| w.len())
}

/// X由A、B和C三部分组成, X包括A、B和C: the parts a whole is made of are
/// named to say what it is, not as what the clause and those after it
/// speak of; the whole before 由 (包括) stays the subject.
fn drop_parts_listed(norm: &str, mentions: &mut Vec<Mention>) -> bool {
    let before = mentions.len();
    for (q, _) in norm.match_indices("组成") {
        let from = norm[..q]
            .char_indices()
            .rev()
            .find(|(_, c)| CLAUSE_MARKS_CHARS.contains(c))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let Some(you) = norm[from..q].find('由').map(|i| from + i) else {
            continue;
        };
        mentions.retain(|m| !(m.start > you && m.end <= q));
    }
    // 工程包括甲枢纽、乙工程和丙工程: a whole opening the clause, then the
    // list of its parts up to the clause's end, no figure among them.
    for (q, w) in norm.match_indices("包括") {
        let after = q + w.len();
        let (from, to) = clause(norm, q, after, CLAUSE_MARKS);
        let whole = &norm[from..q];
        let parts = &norm[after..to];
        if whole.is_empty()
            || whole.chars().any(|c| !is_han(c))
            || !parts.contains(['、', '和', '及'])
            || parts
                .chars()
                .any(|c| c.is_ascii_digit() || is_numeral_char(c))
        {
            continue;
        }
        // A name glued to the whole by the walk (工程包括甲枢纽) is a
        // part too: whatever ends among the parts goes.
        mentions.retain(|m| !(m.end > after && m.end <= to));
    }
    mentions.len() < before
}

/// Why the parts of a whole are passed over (`load --explain`).
const PARTS_WHY: &str = "; the parts X包括… or X由…组成 lists are no subjects: the whole is";
/// Why a classification is passed over (`load --explain`).
const CLASS_WHY: &str =
    "; what a name is said to be (X是全国最大的…基地, 作为省重点项目) is no subject: X is";

/// X是山东省重点水利项目, X是全国规模最大的…基地, 作为省重点项目，…: what the
/// clause after 是 (列入, 作为, 成为 …) says a thing is, a description
/// running to the clause's end that ranks or sorts it (最, 重点, 全国, 的 …),
/// names no other thing; it is no subject. 牵头单位是甲有限公司 keeps its
/// company: nothing there ranks.
///
/// The thing so described, the words from the clause's start to 是 when
/// they end like a name (甲市乙养殖繁育中心是全国最大的…基地), is named whole
/// there, whatever the walk over words made of it: what a sentence says a
/// thing is, it says of a name.
fn drop_classes(
    norm: &str,
    sentence: u32,
    earlier: &[Mention],
    mentions: &mut Vec<Mention>,
) -> bool {
    let before = mentions.len();
    let mut dropped = false;
    for cue in lexicon::CLASS_CUES {
        for (p, _) in norm.match_indices(cue) {
            let from = p + cue.len();
            let ends = norm[from..]
                .find(CLAUSE_MARKS_CHARS)
                .map_or(norm.len(), |i| from + i);
            // The description runs to the clause's end (…基地。, …项目，).
            let class = |m: &Mention| {
                m.start >= from
                    && m.end == ends
                    && lexicon::CLASS_WORDS
                        .iter()
                        .any(|w| norm[from..m.end].contains(w))
            };
            if mentions.iter().any(class) {
                mentions.retain(|m| !class(m));
                dropped = true;
            }
            // The description ends like a name and ranks it (…最大的…基地).
            let described = &norm[from..ends];
            let ranks = lexicon::CLASS_WORDS.iter().any(|w| described.contains(w))
                && name_suffixes().any(|(e, _)| described.ends_with(e));
            if *cue == "是" && ranks {
                name_described(norm, sentence, p, earlier, mentions);
            }
        }
    }
    dropped || mentions.len() < before
}

/// The words from the clause's start to `p` (where 是 is) as one name,
/// when they end like one and no name found covers them whole.
fn name_described(
    norm: &str,
    sentence: u32,
    p: usize,
    earlier: &[Mention],
    mentions: &mut Vec<Mention>,
) {
    let (cs, _) = clause(norm, p, p, CLAUSE_MARKS);
    let words = &norm[cs..p];
    if !(4..=24).contains(&words.chars().count())
        || !words
            .chars()
            .all(|c| is_han(c) && !lexicon::NAME_STOPS.contains(c))
        || lexicon::NAME_VERBS.iter().any(|v| words.starts_with(v))
        // A name found there, or one said before that these words end
        // (岸堤水库引水工程 after 沂南县岸堤水库引水工程), is the thing.
        || mentions
            .iter()
            .any(|m| m.end == p && (m.start <= cs || simplify(&m.name).ends_with(words)))
        || earlier.iter().any(|m| simplify(&m.name).ends_with(words))
        || lexicon::GENERIC_ORG_WORDS
            .iter()
            .any(|g| words.ends_with(g))
    {
        return;
    }
    let Some((_, kind)) =
        name_suffixes().find(|(e, _)| e.chars().count() >= 2 && words.ends_with(e))
    else {
        return;
    };
    // The stem must say which one (抚远市…中心), not only the kind (繁育中心).
    if words.chars().count() < 6 {
        return;
    }
    put_over(
        mentions,
        Mention {
            start: cs,
            end: p,
            name: words.to_string(),
            new_kind: Some(kind.to_string()),
            sentence,
            how: Some("the thing a description after 是 describes, from its clause's start"),
        },
    );
}

/// Why a subject was chosen, with how its name was found when a rule
/// found it (a short form, a plant after its company …) and whether the
/// parts of a whole were passed over, for `load --explain`.
fn explained(
    why: &str,
    subject: Option<&Mention>,
    dropped: &[Option<&str>],
    roles_passed: bool,
) -> String {
    let mut out = why.to_string();
    if let Some((m, how)) = subject.and_then(|m| m.how.map(|h| (m, h))) {
        out.push_str(&format!(" ({}: {how})", m.name));
    }
    for why in dropped.iter().flatten() {
        out.push_str(why);
    }
    if roles_passed {
        out.push_str(ROLE_WHY);
    }
    out
}

const CLAUSE_MARKS_CHARS: &[char] = &['，', ',', '；', ';', '。', '：', ':', '！', '？', '!', '?'];

fn location(s: &Sentence, a: usize, b: usize) -> Location {
    let (vs, ve) = s.original(a, b);
    let c = |v: usize| u32::try_from(v).unwrap_or(u32::MAX);
    Location {
        sentence: s.index,
        start: c(s.start),
        end: c(s.end),
        value_start: c(vs),
        value_end: c(ve),
    }
}

struct Builder<'k> {
    sentences: crate::latest::SentenceWindow<'k>,
    doc: String,
    known: &'k Known,
    /// New entities by name key.
    entities: BTreeMap<String, Entity>,
    facts: Vec<Fact>,
    found: Vec<Found>,
}

impl Builder<'_> {
    #[allow(clippy::too_many_arguments)]
    fn add(
        &mut self,
        s: &Sentence,
        a: usize,
        b: usize,
        value: Value,
        until: Option<Date>,
        subject: Option<Mention>,
        attr: String,
        why: String,
    ) {
        let subject_name = subject.map(|m| self.entity(&m));
        let doc = self.doc.clone();
        let source = |at: Location| Source {
            doc: doc.clone(),
            quote: s.text.clone(),
            extracted: true,
            at: Some(at),
            background: None,
        };
        let at = location(s, a, b);
        let (subj, attribute) = match &subject_name {
            Some(n) => (n.clone(), attr.clone()),
            None => (self.doc.clone(), MENTION_ATTR.to_string()),
        };
        let (start_attr, end_attr) = match (&until, attribute.as_str()) {
            (Some(_), MENTION_ATTR) => (attribute.clone(), attribute.clone()),
            (Some(_), _) => (format!("{attribute}_start"), format!("{attribute}_end")),
            (None, _) => (attribute.clone(), String::new()),
        };
        self.facts.push(Fact {
            subject: subj.clone(),
            attribute: start_attr,
            value: value.clone(),
            source: source(at),
            qualifiers: Default::default(),
        });
        if let Some(u) = &until {
            self.facts.push(Fact {
                subject: subj.clone(),
                attribute: end_attr,
                value: Value::Date(u.clone()),
                source: source(at),
                qualifiers: Default::default(),
            });
        }
        self.found.push(Found {
            sentence: s.index,
            start: at.value_start as usize,
            end: at.value_end as usize,
            text: s.text[a..b].to_string(),
            value,
            until,
            subject: subject_name,
            attribute: attr,
            quote: s.text.clone(),
            why,
        });
    }

    /// The canonical name of a mention, creating the entity when new.
    fn entity(&mut self, m: &Mention) -> String {
        let Some(kind) = &m.new_kind else {
            return m.name.clone();
        };
        if let Some(c) = self.known.canonical(&m.name) {
            return c.clone();
        }
        let key = name_key(&m.name);
        if let Some(e) = self.entities.get(&key) {
            return e.name.clone();
        }
        let Some(s) = self.sentences.get(m.sentence as usize) else {
            return m.name.clone();
        };
        // The name as written (traditional characters stay), with the
        // simplified form as an alias.
        let mut written = s.text.get(m.start..m.end).unwrap_or(&m.name).to_string();
        let mut s = s;
        let mut start = m.start;
        // Said here by a short form (合作区): the full name as written
        // where the document first gave it.
        if simplify(&written) != simplify(&m.name) {
            let full = self.sentences.find_map(|t| {
                let norm = simplify(&t.text);
                let p = norm.find(&simplify(&m.name))?;
                Some((p, t.text.get(p..p + m.name.len())?.to_string()))
            });
            if let Some((t, (p, w))) = full {
                (s, start, written) = (t, p, w);
            } else {
                written = m.name.clone();
            }
        }
        let end = start + written.len();
        let simplified = simplify(&written);
        let aliases = if simplified != written && !self.known.contains(&simplified) {
            vec![simplified]
        } else {
            Vec::new()
        };
        self.entities.insert(
            key,
            Entity {
                name: written.clone(),
                kind: kind.clone(),
                aliases,
                source: Source {
                    doc: self.doc.clone(),
                    quote: s.text.clone(),
                    extracted: true,
                    at: Some(location(&s, start, end)),
                    background: None,
                },
                alias_background: Vec::new(),
            },
        );
        written
    }
}

/// The value of a Chinese numeral from 一 to 九 (两 is not one: it is
/// read where a count allows it).
fn numeral_digit(c: char) -> Option<u32> {
    "一二三四五六七八九"
        .chars()
        .position(|x| x == c)
        .map(|k| k as u32 + 1)
}

pub(crate) fn is_numeral_char(c: char) -> bool {
    c.is_ascii_digit()
        || ('０'..='９').contains(&c)
        || ".．零〇一二两三四五六七八九十百千万亿".contains(c)
}

/// Characters a quantity can start with: digits, Chinese numerals, the
/// first characters of bound words (超, 约, 近 …), 百分之 and 千分之.
fn may_start_quantity(c: char) -> bool {
    c.is_ascii_digit()
        || ('０'..='９').contains(&c)
        || "零一二两三四五六七八九十百千万超逾约近不至将接大最突破-−－负过翻数几低高少小多未"
            .contains(c)
}

/// Quantities in a (simplified) sentence: byte range and value. Dates are
/// left out; so are bare numbers (205#, “111”工程), ordinals (第十六届) and
/// 一 + counter, which is an article (一个窗口, 一座座厂房), not a count.
fn find_quantities(norm: &str, found_dates: &[dates::FoundDate]) -> Vec<(usize, usize, Quantity)> {
    quantities_and_left_out(norm, found_dates, &mut Vec::new())
}

/// The quantities of `text` read on its own, its dates found first (a
/// date's digits are no quantity).
fn quantities_in(text: &str) -> Vec<(usize, usize, Quantity)> {
    find_quantities(text, &dates::find_dates(text, None))
}

/// [`quantities_in`] of `norm[..end]`, each head of a sentence read once:
/// the rules that look back at the value before (`attributes::elided`)
/// read the head of every value's clause, and without this a sentence of n
/// values cost n² parses of its head (a chain read back to its start for
/// each value).
fn quantities_before(norm: &str, end: usize) -> Quantities {
    if let Some(known) = SentenceMemo::with(norm, |m| m.heads.get(&end).cloned()) {
        return known;
    }
    let found: Quantities = quantities_in(&norm[..end]).into();
    SentenceMemo::with(norm, |m| m.heads.insert(end, found.clone()));
    found
}

/// Quantities of a text, shared between the memo and its readers.
type Quantities = std::rc::Rc<[(usize, usize, Quantity)]>;

/// What the attribute rules worked out for one sentence, by position: they
/// are pure functions of the sentence's text, and read each other's answers
/// for the values before (see [`quantities_before`]). Kept per thread (the
/// documents of a corpus are read on rayon's threads) for the last sentence
/// asked about; a call about another text starts afresh.
#[derive(Default)]
struct SentenceMemo {
    norm: String,
    heads: HashMap<usize, Quantities>,
    attrs: HashMap<(usize, usize, Quantity), (String, bool)>,
}

thread_local! {
    static SENTENCE_MEMO: std::cell::RefCell<SentenceMemo> = Default::default();
}

impl SentenceMemo {
    /// `f` on the memo of `norm` (emptied first if it held another text's).
    /// The borrow ends with `f`: the work between a look-up and its insert
    /// may ask the memo again.
    fn with<R>(norm: &str, f: impl FnOnce(&mut SentenceMemo) -> R) -> R {
        SENTENCE_MEMO.with(|m| {
            let mut m = m.borrow_mut();
            if m.norm != norm {
                m.norm.clear();
                m.norm.push_str(norm);
                m.heads.clear();
                m.attrs.clear();
            }
            f(&mut m)
        })
    }
}

/// [`find_quantities`], and in `left` the numbers it leaves out as no
/// value (byte range, why) where their words read as one.
fn quantities_and_left_out(
    norm: &str,
    found_dates: &[dates::FoundDate],
    left: &mut Vec<(usize, usize, &'static str)>,
) -> Vec<(usize, usize, Quantity)> {
    let mut out = Vec::new();
    let mut next = 0;
    let mut prev: Option<char> = None;
    // 记者从三台县…获悉，前三季度三台生猪出栏…: a county named by a numeral
    // and a counter is that place wherever the paragraph says its name, not
    // a count. Its names, found once for the paragraph.
    let places: Vec<&str> = norm
        .match_indices('县')
        // 两条县道, 三所县级医院, 五座县城: 县 opening a word of its own.
        .filter(|(k, w)| {
            !norm[k + w.len()..].starts_with(|c: char| "道级城域区市乡镇委里".contains(c))
        })
        .filter_map(|(k, _)| {
            let from = norm[..k].char_indices().rev().nth(1)?.0;
            let name = &norm[from..k];
            // Not a count of counties (三个县, 两大县).
            (name.starts_with(|c: char| "一二两三四五六七八九十".contains(c))
                && !name.ends_with(|c: char| {
                    is_numeral_char(c) || "个县市区州省镇乡村地级类大小批座".contains(c)
                }))
            .then_some(name)
        })
        .collect();
    for (i, c) in norm.char_indices() {
        let p = prev;
        prev = Some(c);
        // 有上万人: 上 opens a magnitude only after 有 (迈上千亿元 is a step),
        // or opening a clause (茶园里，上百名采茶工).
        let after_you = c == '上'
            && (p == Some('有')
                || p.is_none_or(|p| "，、；：。“".contains(p))
                    && norm[i + c.len_utf8()..].starts_with(['百', '千', '万']));
        if i < next || !(may_start_quantity(c) || after_you) {
            continue;
        }
        // 统一两万元, 唯一两千亩, 之一两亿元: 一 ends a word there (no 一两,
        // one or two), so a number may open right after it.
        if c == '一' && p.is_some_and(|p| "统唯之同单逐合专划".contains(p)) {
            prev = None;
            continue;
        }
        if found_dates.iter().any(|d| i >= d.start && i < d.end) {
            continue;
        }
        if let Some((used, q)) = ratio_to_one(norm, i) {
            out.push((i, i + used, q));
            next = i + used;
            continue;
        }
        // 跌破3000点 (at most), 打破, 击破, 突破 (read at 突): 破 ends a
        // word there, its own bound no more.
        if c == '破' && p.is_some_and(|p| "跌打击攻突爆冲识看说点勘".contains(p)) {
            continue;
        }
        // ；出超124亿美元: 出超 (a trade surplus, as Taiwan's customs tell
        // it) opening its clause is a noun, its 超 no bound; but 售出超1万台
        // sold more than that.
        if c == '超'
            && norm[..i].strip_suffix('出').is_some_and(|b| {
                b.is_empty() || b.ends_with(|m: char| SMALL_MARKS.contains(m) || m == '\n')
            })
        {
            continue;
        }
        // 大小两千余个: large and small, no 小两千.
        if c == '小' && p.is_some_and(|p| "大缩较".contains(p)) {
            continue;
        }
        // 千 and 万 open a quantity only as 千分之五, 千余人, 万余人, 万多元,
        // 万把块钱: alone they open words and milestones (千家万户, 迈上千亿元
        // 台阶).
        if matches!(c, '千' | '万') {
            let after = &norm[i + c.len_utf8()..];
            if !(after.starts_with("分之") && c == '千'
                || after.starts_with(['余', '餘', '多', '把']))
            {
                continue;
            }
        }
        if p.is_some_and(|p| {
            is_numeral_char(p) || p.is_ascii_alphabetic() || matches!(p, '#' | '号')
        }) {
            continue;
        }
        // 第十六届: an ordinal. But 第10万辆整车下线: the ten-thousands made
        // so far, a count.
        if p == Some('第') && !milestone(&norm[i..]) {
            continue;
        }
        // 大年初三单日, 正月初六: a day of the lunar month, not a count (三单).
        if p == Some('初')
            && "一二三四五六七八九十".contains(c)
            && ["大年", "月"]
                .iter()
                .any(|w| norm[..i - '初'.len_utf8()].ends_with(w))
        {
            continue;
        }
        // 公告编号：2026-058, 联系电话：0731-8888: a code or a number to
        // dial, which states no fact about anything. A count or an amount
        // there is one (热线：3.2万件, 电话：1200余个), not a code cut at
        // its point; a code's dash reads as a range (2031-017本).
        if p.is_some_and(|p| "：:".contains(p))
            && ["编号", "编码", "代码", "电话", "号码", "邮编", "热线"]
                .iter()
                .any(|w| norm[..i].trim_end_matches(['：', ':']).ends_with(w))
            && parse_in_text(&norm[i..])
                .is_none_or(|(q, _)| q.unit == Unit::Number || q.upper.is_some())
        {
            // The whole code: its digits, letters and dashes.
            next = i + norm[i..]
                .find(|c: char| !(c.is_ascii_alphanumeric() || "-－—_/".contains(c)))
                .unwrap_or(norm.len() - i);
            continue;
        }
        // 人数十二, 总数十个: 数 ends a word whose value follows, no 数十.
        if c == '数'
            && p.is_some_and(|p| {
                let mut w = String::from(p);
                w.push(c);
                COUNT_WORDS_IN_SHU.contains(&w.as_str())
            })
        {
            continue;
        }
        // 签约12个, 节约30%: the character is the end of a word, not 约.
        // But 最高超过600吨: 超过 and a number after it, no 高超.
        let over_number = norm[i..]
            .strip_prefix("超过")
            .is_some_and(|r| r.starts_with(may_start_quantity));
        if !over_number
            && p.is_some_and(|p| {
                let mut w = String::from(p);
                w.push(c);
                lexicon::NOT_BOUNDS.contains(&w.as_str())
            })
        {
            continue;
        }
        let Some((mut q, mut used)) = parse_in_text(&norm[i..]) else {
            continue;
        };
        if places.contains(&&norm[i..i + used]) {
            next = i + used;
            continue;
        }
        // 成交额前五位, 金牌榜前五名, 前十强: a place in a ranking, no count.
        if p == Some('前') && q.text.ends_with(['名', '位', '强', '強']) {
            next = i + used;
            continue;
        }
        // 控制在债务限额151.3亿元以内: the limit itself is exact; 以内 bounds
        // what the clause keeps within it (the balance), not the limit.
        if q.bound == Bound::AtMost
            && LIMIT_NOUNS.iter().any(|w| norm[..i].ends_with(w))
            && norm[i..i + used].ends_with("以内")
        {
            used -= "以内".len();
            q.bound = Bound::Exact;
            q.text = norm[i..i + used].to_string();
        }
        // 新台币4573亿元, 港币300万元: yuan a currency's name right before
        // the number names are that currency's.
        let mut start = i;
        if q.unit == Unit::Cny {
            if let Some((w, unit)) = lexicon::CURRENCIES_BEFORE
                .iter()
                .find(|(w, _)| norm[..i].ends_with(w))
            {
                q.unit = *unit;
                // 约新台币6400万元, 逾新台币9亿元: a bound said before the
                // currency's name is the amount's, its words the value's.
                let name = norm[..i - w.len()]
                    .strip_suffix('新')
                    .unwrap_or(&norm[..i - w.len()]);
                if let Some((len, bound)) = seedkb_core::model::quantity::bound_word_before(name)
                    .filter(|_| q.bound == Bound::Exact)
                {
                    start = name.len() - len;
                    q.bound = bound;
                    q.text = norm[start..i + used].to_string();
                }
            }
        }
        if q.unit == Unit::Number {
            if let Some(days) = attributes::day_count(norm, i, used, &mut q) {
                used = days;
            }
        }
        if q.unit == Unit::Number {
            if let Some(times) = times_grown(&norm[..i], &norm[i..], used, &mut q) {
                used = times;
            } else if norm[i + used..].starts_with('倍')
                && digit_times(&norm[i..i + used + '倍'.len_utf8()])
            {
                left.push((
                    i,
                    i + used + '倍'.len_utf8(),
                    "times in digits after no growth nor an earlier level (出资额的1.5倍): 倍 is no unit",
                ));
                next = i + used + '倍'.len_utf8();
                continue;
            }
        }
        // 切成三四块, 分为五六块: pieces cut or split, not yuan (the range
        // [`neighbouring_numerals`] reads as money without its clause).
        if q.unit == Unit::Cny
            && q.bound == Bound::Range
            && q.text.ends_with('块')
            && norm[..i].ends_with(['成', '为'])
        {
            left.push((
                i,
                i + used,
                "a range in 块 after 切成, 分为: pieces, not yuan",
            ));
            next = i + used;
            continue;
        }
        // 政府每餐补三块, 十八块一份: 块 a sum of yuan, not pieces.
        // 三千来块的补助: about so many yuan too.
        // 卖九十多块一斤: at least so many yuan too.
        if q.unit == Unit::Count
            && matches!(q.bound, Bound::Exact | Bound::About | Bound::AtLeast)
            && counts::kuai_said_as_money(&norm[..i], &norm[i..i + used], &norm[i + used..])
        {
            q.unit = Unit::Cny;
        }
        if q.unit == Unit::Number
            && q.text.ends_with(['万', '亿'])
            && PEOPLE_NOUNS.iter().any(|n| norm[i + used..].starts_with(n))
        {
            q.unit = Unit::Count;
        }
        // 分別為62.4萬、48.7萬及33.9萬人次: the members of a list said bare
        // are in the unit only its last one says.
        if q.unit == Unit::Number {
            if let Some(unit) = unit_of_list_end(&q.text, &norm[i + used..]) {
                q.unit = unit;
            }
        }
        // 機票一千二百多澳門元，比轉機平四百蚊左右: 蚊, the dollar of
        // Cantonese speech, is the currency of the money said right before.
        // 蚊子, 蚊香, 蚊帐, 蚊虫 are mosquitoes and what keeps them off.
        if q.unit == Unit::Number
            && q.bound == Bound::Exact
            && norm[i + used..].starts_with('蚊')
            && !norm[i + used + '蚊'.len_utf8()..].starts_with(['子', '香', '帐', '虫', '蝇'])
        {
            if let Some((_, _, p)) = out.last().filter(|(_, e, p): &&(usize, usize, Quantity)| {
                p.unit.is_money() && !norm[(*e).min(i)..i].contains(['。', '；', ';', '！', '？'])
            }) {
                q.unit = p.unit;
                used += '蚊'.len_utf8();
                if let Some(w) = ["左右", "上下"]
                    .iter()
                    .find(|w| norm[i + used..].starts_with(**w))
                {
                    used += w.len();
                    q.bound = Bound::About;
                }
                q.text = norm[i..i + used].to_string();
            }
        }
        if q.unit == Unit::Number {
            // 286.4亿澳门元, 100万港元: a currency seedkb has no unit for;
            // left out rather than read as yuan.
            if lexicon::OTHER_CURRENCIES
                .iter()
                .any(|c| norm[i + used..].starts_with(c))
            {
                left.push((i, i + used, "a currency seedkb has no unit for"));
                next = i + used;
                continue;
            }
            // 80亿, 50亿的产值: money said without 元, when the clause
            // speaks of money.
            // The money word may come after: 50亿的产值.
            let (cs, ce) = clause(norm, i, i + used, CLAUSE_MARKS);
            // 三万五, 一亿二: a digit one place below 万 or 亿 ends it;
            // 一万出头, 两万左右: a bound word may follow.
            let number = ["出头", "左右", "上下", "以上", "有余", "多"]
                .iter()
                .find_map(|w| norm[i..i + used].strip_suffix(w))
                .unwrap_or(&norm[i..i + used]);
            let mut last = number.chars().rev();
            // 工资三千五左右: so a digit one place below 千, as wages and
            // prices are said; 人均收入一万六千多: thousands after 万.
            let big = number.ends_with(['亿', '万'])
                || number.ends_with('千') && number.contains(['万', '亿'])
                // 退休金三千多: thousands with a bound said after them.
                || number.ends_with('千') && q.bound != Bound::Exact
                || last
                    .next()
                    .is_some_and(|c| "一二两三四五六七八九".contains(c))
                    && last.next().is_some_and(|c| "亿万千".contains(c))
                // 收入一万七八, 要一千二三: two neighbouring digits after 万
                // or 千, a range as people say a sum.
                || q.upper.is_some() && number.contains(['亿', '万', '千'])
                // 三万一五: thousands and hundreds after 万.
                || number.contains('万') && words_digits(number) == 0 && q.value.trunc() % 1000 != 0
                // 起薪在七千到九千之间: thousands said as a range in words.
                || number.ends_with('千')
                    && norm[i + used..]
                        .strip_prefix(['到', '至'])
                        .is_some_and(|r| r.starts_with(|c: char| "一二两三四五六七八九".contains(c)));
            // 城乡居民收入比为2.21, 电能利用效率（PUE）普遍在1.2以下: a
            // ratio its clause names before it, a plain number.
            // 系数由目前的0.48提高到0.62: the level a change starts from,
            // the verb after it.
            let from_level = norm[cs..i].contains('由')
                && ["提高", "提升", "降低", "下降", "上升"]
                    .iter()
                    .any(|w| norm[i + used..].starts_with(w));
            if !big
                && RATIO_WORDS.iter().any(|w| norm[cs..i].contains(w))
                && (from_level
                    || !norm[i + used..]
                        .starts_with(|c: char| is_han(c) && !"，。；、".contains(c)))
            {
                out.push((i, i + used, q));
                next = i + used;
                continue;
            }
            // 这一季能卖四十七八万, 全年流水两百万出头: what is sold or
            // taken in, said right before a big round number, is money.
            // 花了十来万: what is spent too.
            // 人均多收一千二: what more is taken in.
            let sold = [
                "卖",
                "卖了",
                "流水",
                "挣",
                "挣了",
                "赚",
                "赚了",
                "花了",
                // 我一个人就拿回了三万六: wages won back.
                "拿回了",
                "要回了",
                "花掉",
                // 差不多得投一百万: what is put into a business.
                "投",
                "投了",
                // 一个月六七千, 房租一年二十万出头, 伙食就得四十来万: what a
                // month or a year costs or pays, as people say it.
                "一个月",
                "每个月",
                "一年",
                "就得",
                "花费",
                "多收",
                "增收",
                "多挣",
                "多赚",
                // 一趟卖个五六万, 剩个两万出头, 政府补了一百来万: as people
                // say what a sale brings, what is left of it, what is given.
                "卖个",
                "挣个",
                "赚个",
                "剩个",
                "剩下",
                "补了",
                "补贴了",
                // 多的户分了一万五千多, 一个月能多进两万出头: what is
                // shared out, what more comes in.
                "分了",
                "多进",
                // 一年能落三十来万, 得投个一百多万: what is earned, what
                // is put in.
                "落了",
                "能落",
                "投个",
                // 一年能落下十一二万, 装修大概要花五十来万.
                "落下",
                "要花",
                "得花",
                // 一个人平均花个两千六七: what one spends, as people say it.
                "花个",
                // 一个月到手七千出头, 市财政出了两千万, 每平米三万出头: what
                // one takes home, what is paid in, a price per square metre.
                "到手",
                "出了",
                "每平米",
                "每平方米",
                // 每晚四百八, 一晚五六百: what a night costs; 医保报了四万五千多,
                // 一年就能拿到三十二三万: what is paid back, what is received.
                "每晚",
                "一晚",
                "一晚上",
                "报了",
                "报销了",
                "拿到",
                // 新房限价三万一五: the price a rule caps.
                "限价",
            ]
            .iter()
            .any(|w| norm[cs..i].ends_with(w));
            let names_money = |t: &str| {
                lexicon::before_index()
                    .find(t)
                    .iter()
                    .any(|((_, d, _), ..)| *d == Dim::Money)
            };
            // The clause before this one: its start, and its end without
            // the mark that closes it.
            let end = norm[..cs]
                .trim_end_matches(|c: char| CLAUSE_MARKS.contains(c))
                .len();
            let (ps, _) = clause(norm, end, end, CLAUSE_MARKS);
            // 比去年多…: this clause compares, opening with 比 or 较 and
            // ending with one of `more_or_less` right before the number.
            let compares = |more_or_less: &[&str]| {
                norm[cs..i].starts_with(['比', '较'])
                    && more_or_less.iter().any(|w| norm[cs..i].ends_with(w))
            };
            // 收入能到三万四，比去年多一千二: a comparison (比…多) in the
            // clause after one naming money is of that money.
            let compared = || {
                compares(&["多", "少", "高", "低", "多了", "少了"]) && names_money(&norm[ps..cs])
            };
            // 报名人数一共是十二万七千多人，比去年多了两万出头: a comparison
            // (比…多) in the clause right after a count is of that count.
            let compared_count = || {
                compares(&["多", "少", "多了", "少了"])
                    && out
                        .last()
                        .is_some_and(|(st, e, p): &(usize, usize, Quantity)| {
                            p.unit == Unit::Count && *st >= ps && *e <= end
                        })
            };
            // 观看人次超过一亿两千万: a big number after 人次 or 人数 in its
            // clause counts them.
            let counted_before = ["人次", "人数"].iter().any(|w| norm[cs..i].contains(w));
            // 把集体收益再提一提，争取突破四十万: a round number that a
            // clause of only a goal's verb says, right after a clause
            // naming money, is that money.
            let goal_after_money = || {
                ["", "争取", "力争", "有望", "预计", "将", "能"].contains(&&norm[cs..i])
                    && cs > 0
                    && end < cs
                    && names_money(&norm[ps..end])
            };
            // 出厂价四五十块，好点的七八十; 一个月六七千，新手也有四千出头: a
            // range or a bound said in words, ending the clause right after
            // one whose value is yuan, a few words into it, is yuan too, as
            // people go on. Not an exact number nor one in digits, which
            // say an age or a term as often (退休金两千多元，今年七十;
            // 租金800元，期限30).
            // 报名费全程是两百块，半程一百五: a digit one place below 百 or
            // 千 ends the numeral, as only speech says a sum (一百五 is 150).
            let mut tail = number.chars().rev();
            let abbreviated = q.upper.is_none()
                && tail
                    .next()
                    .is_some_and(|c| "一二两三四五六七八九".contains(c))
                && tail.next().is_some_and(|c| "百千".contains(c));
            let spoken_sum = (q.upper.is_some() || q.bound != Bound::Exact || abbreviated)
                && !norm[i..i + used]
                    .contains(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c));
            // 淡季两百出头也有人住: an adverb and its verb after the sum
            // say what holds at that price; the sum ends its words.
            let ends_words = ce == i + used
                || ["也", "都", "就"]
                    .iter()
                    .any(|w| norm[i + used..ce].starts_with(w));
            let follows_yuan = spoken_sum
                && ends_words
                && out
                    .last()
                    .is_some_and(|(_, e, p): &(usize, usize, Quantity)| {
                        let gap = &norm[(*e).min(i)..i];
                        // A few words: a longer gap is not looked through.
                        p.unit == Unit::Cny
                            && gap.len() <= 16 * '，'.len_utf8()
                            && gap.matches(['，', ',']).count() == 1
                            && !gap.contains(['。', '；', ';', '！', '？', '：'])
                            && gap
                                .rsplit(['，', ','])
                                .next()
                                // “地价两万出头: a quote may open the clause.
                                .map(|g| g.trim_start_matches(['“', '‘']))
                                .is_some_and(|g| g.chars().count() <= 4 && g.chars().all(is_han))
                    });
            // 一斤十八块左右，旺季一斤卖到三十出头: a range or a bound said
            // in words, ending a clause that ends with what it sells at,
            // right after a clause whose value is yuan in the sentence, is
            // a price in yuan too.
            let sold_at = spoken_sum
                && ce == i + used
                && ["卖到", "卖", "涨到", "跌到", "降到"]
                    .iter()
                    .any(|w| norm[cs..i].ends_with(w))
                && out
                    .iter()
                    .rev()
                    // 一斤 of 一斤卖到, 一公斤: one unit a price is told
                    // for, no value.
                    .find(|(_, _, p): &&(usize, usize, Quantity)| {
                        !(p.unit != Unit::Cny
                            && p.text.starts_with('一')
                            && p.text.chars().count() <= 3)
                    })
                    .is_some_and(|(_, e, p): &(usize, usize, Quantity)| {
                        let gap = &norm[(*e).min(i)..i];
                        p.unit == Unit::Cny
                            && gap.chars().count() <= 16
                            && gap.matches(['，', ',']).count() == 1
                            && !gap.contains(['。', '；', ';', '！', '？', '：'])
                    });
            // 淡季就便宜些，两百出头也有人住: a range or a bound said in
            // words opening the clause after one saying something is
            // cheaper or dearer is its price.
            let after_cheaper = || {
                spoken_sum
                    && ends_words
                    && cs == i
                    && end < cs
                    && ["便宜", "贵些", "贵了", "更贵"]
                        .iter()
                        .any(|w| norm[ps..end].contains(w))
            };
            // 一晚还能卖到五百多: a round hundred with a bound, what a night
            // or one unit sells at.
            let per_one_sold = spoken_sum
                && ce == i + used
                && number.ends_with('百')
                && ["卖到", "卖"].iter().any(|w| norm[cs..i].ends_with(w))
                && ["一晚", "每晚", "一间", "一斤", "一件"]
                    .iter()
                    .any(|w| norm[cs..i].contains(w));
            // 一天挣一百二: a digit one place below 百, as a day's wage is
            // said, after a word of earning or paying.
            let mut tail = number.chars().rev();
            let hundreds = tail
                .next()
                .is_some_and(|c| "一二两三四五六七八九".contains(c))
                && tail.next() == Some('百')
                && q.bound == Bound::Exact;
            // 给了二十万的安家费: what the sum is of, named after 的 at the
            // end of the clause, a fee or a fund.
            // 总费用六万八左右: or right before it in its clause.
            let fee = |t: &str| {
                ["费", "费用", "款", "钱", "资金", "奖金", "租金"]
                    .iter()
                    .any(|w| t.ends_with(w))
            };
            let of_fee = norm[i + used..ce].starts_with('的') && fee(&norm[i + used..ce])
                || fee(norm[cs..i].trim_end_matches(['是', '为', '共', '要', '才', '约']));
            // 三万人里头，全程马拉松一万二，半程一万五，剩下三千是迷你跑:
            // bare round numbers in words after a count and 里头 or 当中
            // in its sentence, with only counts between, are parts of it.
            let part_of_count = (big || number.ends_with(['千', '万']))
                && words_digits(number) == 0
                && out
                    .iter()
                    .rev()
                    .take_while(|(_, _, p): &&(usize, usize, Quantity)| p.unit == Unit::Count)
                    .any(|(_, e, _)| {
                        let gap = &norm[(*e).min(i)..i];
                        ["里头", "里面", "当中", "之中"]
                            .iter()
                            .any(|w| gap.starts_with(w))
                            && !gap.contains(['。', '；', ';', '！', '？'])
                    });
            let money = big
                && (sold
                    || compared()
                    || of_fee
                    || names_money(&norm[cs..i])
                    || names_money(&norm[i + used..ce]))
                || hundreds && sold
                // 平均花个两千六七: a range said in words after spending.
                || spoken_sum && q.upper.is_some() && sold
                || big && goal_after_money()
                || follows_yuan
                || sold_at
                || per_one_sold
                || after_cheaper();
            // 这300户当中，去年户均增收两万: a money word right before the
            // number says what it is, whatever the count before (剩下, 剩个
            // are said of what is left of a count too).
            let said_money = sold && !["剩下", "剩个"].iter().any(|w| norm[cs..i].ends_with(w))
                || of_fee
                || names_money(&norm[cs..i]);
            let part_of_count = part_of_count && !said_money;
            let money = money && !part_of_count;
            let counted = !money
                && (part_of_count
                    || big && (compared_count() || counted_before)
                    || spoken_sum && !said_money && follows_count(norm, &out, i, used, ce));
            if !money && !counted {
                // 32微克/立方米, 220千伏: a measure seedkb has no unit for,
                // said so rather than as a plain number.
                if let Some((w, why)) = lexicon::MEASURES_WITHOUT_UNIT
                    .iter()
                    .find(|(w, _)| norm[i + used..].starts_with(w))
                {
                    left.push((i, i + used + w.len(), why));
                    next = i + used + w.len();
                    continue;
                }
                // Only numbers in digits, more than one (not 三 of 三季度,
                // nor a list's 1、), read to their last digit.
                let digits = words_digits(&norm[i..i + used]);
                if digits > 1 && !norm[i + used..].starts_with(|c: char| is_numeral_char(c)) {
                    left.push((
                        i,
                        i + used,
                        "a plain number: no unit, and no money or ratio named in its clause",
                    ));
                }
                continue;
            }
            q.unit = Unit::Cny;
            // 挣一百二到一百五: the sum said as a range, its upper end
            // in the same words.
            if let Some(r) = norm[i + used..].strip_prefix(['到', '至']) {
                if let Some((hi, u)) = parse_in_text(r).filter(|(h, _)| {
                    h.unit == Unit::Number
                        && h.bound == Bound::Exact
                        && h.upper.is_none()
                        && h.value > q.value
                        && q.bound == Bound::Exact
                        && q.upper.is_none()
                        && words_digits(&h.text) == 0
                        && words_digits(&q.text) == 0
                }) {
                    used += norm[i + used..].len() - r.len() + u;
                    q.upper = Some(hi.value);
                    q.bound = Bound::Range;
                    q.text = norm[i..i + used].to_string();
                }
            }
            if counted {
                q.unit = Unit::Count;
            }
        }
        let words = &norm[i..i + used];
        let after = &norm[i + used..];
        // 一个, 一座座, 一座200兆瓦电站, 一家5口: an article (a measure
        // may follow it), not a count. 3个月, 5个小时: a
        // duration (but 2条日处理600吨的焚烧线, 46个小区: a count before
        // the noun). 最近三个会计年度 in a listed firm's announcement: the
        // years its figures span, no count.
        let body = words.trim_start_matches(|c: char| !is_numeral_char(c));
        let noun_follows = after.chars().next().is_some_and(|c| {
            is_han(c) || "“‘《「".contains(c) || c.is_ascii_digit() || ('０'..='９').contains(&c)
        });
        let duration = [
            "月",
            "小时",
            "半月",
            "半小时",
            "工作日",
            "星期",
            "礼拜",
            "会计年度",
        ]
        .iter()
        .any(|w| after.starts_with(w));
        // 羊吃草，草又护板，两头都有收益: both ends, no two head of cattle.
        if q.unit == Unit::Count && words == "两头" && after.starts_with(['都', '兼', '跑', '忙'])
        {
            left.push((i, i + used, "两头 before 都, 跑, 忙: both ends, no count"));
            continue;
        }
        // 一座座: the counter said twice. Not 468户户均分红 nor 1268家家庭农场,
        // where the second opens a word (户均, 家庭) after a count.
        let last = words.chars().last().unwrap_or(' ');
        let twice = after
            .strip_prefix(last)
            .is_some_and(|r| !(r.starts_with('均') || last == '家' && r.starts_with('庭')));
        if q.unit == Unit::Count
            && (body.starts_with('一') && q.value == crate::model::Num(1_000_000) && noun_follows
                || duration
                || twice)
        {
            // 3至4个月: left out once, not again at 4个月.
            if left.last().is_none_or(|l| l.1 != i + used) {
                left.push((
                    i,
                    i + used,
                    if duration {
                        "a duration (个月, 小时, 个会计年度 after it)"
                    } else {
                        "一 and a counter: an article (一个窗口, 一座座), not a count"
                    },
                ));
            }
            continue;
        }
        if found_dates.iter().any(|d| d.start < i + used && d.end > i) {
            continue;
        }
        if per_another_unit(q.unit, after) {
            left.push((
                i,
                i + used,
                "a rate per another unit (800立方米/秒, 300吨/天): seedkb has no unit for \
                 it, and the measure alone would be a wrong value",
            ));
            next = i + used;
            continue;
        }
        // 回捕率约为百分之零点八: 约 before the verb bounds the value after
        // it, and so do 差不多 right before it and 的样子 after it (差不多
        // 两百万元, 五毛钱的样子). 约占全国的四分之一, 约占全市的三成: a share said in words after
        // 约占 in its clause too (a share in digits, 约占全国的80%, is kept
        // exact, as the gold files keep it).
        let word_share =
            q.unit == Unit::Percent && (words.contains('成') || words.contains("分之"));
        // 差不多占了一半, 差不多得投一百万: 差不多 a verb or two before it
        // (looked for in the five characters before the value only: a
        // search back through the whole text for each value is quadratic).
        let near = norm[..i].char_indices().rev().nth(4).map_or(0, |(k, _)| k);
        let nearly = norm[near..i].rfind("差不多").is_some_and(|k| {
            let gap = &norm[near + k + "差不多".len()..i];
            gap.chars().count() <= 2 && !gap.contains(CLAUSE_MARKS_CHARS)
        });
        if q.bound == Bound::Exact
            && q.upper.is_none()
            && (["约为", "约是", "约有", "约达", "约达到"]
                .iter()
                .any(|w| norm[..i].ends_with(w))
                || nearly
                || norm[i + used..].starts_with("的样子")
                || word_share
                    && norm[clause(norm, i, i + used, CLAUSE_MARKS).0..i].contains("约占"))
        {
            q.bound = Bound::About;
        }
        out.push((start, i + used, q));
        next = i + used;
    }
    out
}

/// Whether a measure of volume, mass, length, area, power or energy is
/// said per another unit right after it (800立方米/秒, 300吨/天, 6立方米/
/// 人): a rate, whose measure alone would be a wrong value. Money per a
/// unit (元/平方米, 元/股) is a price the unit stays money for; a number
/// after the slash (22兆瓦/44兆瓦时) is a second value. A mass per 亩
/// (512公斤/亩) is a yield, the mass 亩产512公斤 says, kept as that.
fn per_another_unit(unit: Unit, after: &str) -> bool {
    let physical = matches!(
        unit,
        Unit::CubicMetre
            | Unit::Tonne
            | Unit::Metre
            | Unit::SquareMetre
            | Unit::Watt
            | Unit::WattHour
    );
    physical
        && after
            .strip_prefix(['/', '／'])
            .filter(|r| !(unit == Unit::Tonne && r.starts_with('亩')))
            // 新增产能2850万吨/年: so much each year, the year's amount.
            .filter(|r| !r.starts_with('年'))
            .and_then(|r| r.chars().next())
            .is_some_and(|c| is_han(c) || c.is_ascii_alphabetic())
}

/// 10万辆 after 第: a count reached (the 100,000th car made), said with
/// 万 or 亿 and a counter; other ordinals (第3批, 第十六届) are no count.
fn milestone(s: &str) -> bool {
    parse_quantity_prefix(s).is_some_and(|(q, _)| {
        q.unit == Unit::Count && q.bound == Bound::Exact && q.text.contains(['万', '亿'])
    })
}

/// 一天发三四千单，今年最多一天发了一万出头; 工人七八十个，旺季得招到一百一二:
/// a bound or a range said in words (the number at `i`, `used` bytes,
/// its clause ending at `ce`) that ends its clause, in the clause right
/// after one ending in a count of the same sentence, goes on counting
/// the same things. 四百出头的人口: or people named right after it.
fn follows_count(
    norm: &str,
    out: &[(usize, usize, Quantity)],
    i: usize,
    used: usize,
    ce: usize,
) -> bool {
    let rest = &norm[i + used..ce];
    // 四十出头的人 is an age, whoever says it (round 53 review).
    if rest == "的人口" {
        return true;
    }
    // 已经一百万出头了: 了 may close the clause.
    if !(rest.is_empty() || rest == "了") {
        return false;
    }
    out.last()
        .is_some_and(|(_, e, p): &(usize, usize, Quantity)| {
            // The noun counted may close the count's clause (个包，).
            let gap = &norm[(*e).min(i)..i];
            let mut parts = gap.split(['，', ',']);
            let (Some(noun), Some(before), None) = (parts.next(), parts.next(), parts.next())
            else {
                return false;
            };
            // 平均年龄七十出头, 都是二十出头, 人均两万出头: an age, or an
            // amount each, not more of the things counted.
            p.unit == Unit::Count
                && noun.chars().count() <= 2
                && before.chars().count() <= 12
                && !["年龄", "都是", "人均", "每人"]
                    .iter()
                    .any(|w| before.contains(w))
                && gap.chars().all(|c| is_han(c) || c == '，' || c == ',')
        })
}

/// How many Arabic digits (ASCII or full-width) `words` have.
fn words_digits(words: &str) -> usize {
    words
        .chars()
        .filter(|c| c.is_ascii_digit() || ('０'..='９').contains(c))
        .count()
}

/// A ratio to one said after its name (岗位数与毕业生人数之比约为6.6:1,
/// 撬动比达到1:15.7): the number that is not the one, plain; about after
/// 约. Not a clock time nor a score (10:30, 3:1 without 比 before it).
fn ratio_to_one(norm: &str, i: usize) -> Option<(usize, Quantity)> {
    let digits = |s: &str| {
        s.char_indices()
            .find(|(k, c)| !(c.is_ascii_digit() || *c == '.' && *k > 0))
            .map_or(s.len(), |(k, _)| k)
    };
    if norm[..i].ends_with(|c: char| c.is_ascii_digit() || c == '.') {
        return None;
    }
    let a = digits(&norm[i..]);
    let sep = norm[i + a..]
        .chars()
        .next()
        .filter(|c| matches!(c, ':' | '：' | '∶'))?;
    let b_at = i + a + sep.len_utf8();
    let b = digits(&norm[b_at..]);
    if a == 0 || b == 0 || norm[b_at + b..].starts_with(|c: char| c.is_ascii_digit() || c == ':') {
        return None;
    }
    let (left, right) = (&norm[i..i + a], &norm[b_at..b_at + b]);
    let value = match (left, right) {
        ("1", r) if r != "1" => r,
        (l, "1") => l,
        _ => return None,
    };
    let before = norm[..i]
        .strip_suffix("约为")
        .or_else(|| norm[..i].strip_suffix("达到"))
        .or_else(|| norm[..i].strip_suffix('为'))
        .or_else(|| norm[..i].strip_suffix('约'))
        .or_else(|| norm[..i].strip_suffix('达'))?;
    if !before.ends_with('比') {
        return None;
    }
    let about = norm[..i].ends_with("约为") || norm[..i].ends_with('约');
    let mut q = Quantity::exact(crate::model::Num::parse_decimal(value).ok()?, Unit::Number);
    if about {
        q.bound = Bound::About;
    }
    q.text = norm[i..b_at + b].to_string();
    Some((b_at + b - i, q))
}

/// Words naming a ratio, a plain number said after them in its clause.
/// 指数: an index's value (考核指数P值为0.83, round 49). 容积率: a plot's
/// floor area over its land (容积率2.0), a ratio for all its 率.
/// 比例）: a ratio whose definition is bracketed between its name and its
/// value (性别比（以女性为100，男性对女性的比例）为104.42); not 比例 alone
/// (比例接近九比十: a ratio in words).
const RATIO_WORDS: &[&str] = &[
    "比为",
    "比是",
    "比值",
    "系数",
    "PUE",
    "指数",
    "容积率",
    "比例）",
    "比例)",
];

/// People counted without a counter after 万 or 亿 (惠及250万群众): the
/// noun counts them.
const PEOPLE_NOUNS: &[&str] = &[
    "群众", "居民", "市民", "村民", "农民", "职工", "游客", "学生", "儿童", "老人", "农户",
];

/// Verbs of growth a number of times (倍) follows: 增长1.6倍 is a rise of
/// 160% (是上年的1.6倍 compares levels: see `times_grown`).
/// 贵了一倍, 高出一倍, 多出一倍: a comparison by times as well.
const GROWTH_VERBS: &[&str] = &[
    "增长", "增加", "提高", "提升", "上升", "扩大", "贵", "高出", "多出",
];

/// 增长近一倍, 增长了一倍多, 同比增长1.4倍 (`s` at the number, `before` the
/// text before it): a rise of that many times the base, as a percentage;
/// the bytes of `s` taken, 倍 and a bound after it included. 是去年同期的
/// 2.2倍, a level that many times an earlier one, is a rise of one time
/// less (120%). Times in digits are values so since round 37: the gold of
/// six values in two sets lists them, against three left out in two older
/// sets.
fn times_grown(before: &str, s: &str, used: usize, q: &mut Quantity) -> Option<usize> {
    let rest = s[used..].strip_prefix('倍')?;
    let verb = before.strip_suffix('了').unwrap_or(before);
    // 比去年多了一倍: 多 with 了 is the verb (差不多一倍 has none).
    let more = before.ends_with("多了");
    let digits = digit_times(&s[..used + '倍'.len_utf8()]);
    let ratio = digits && times_an_earlier_level(before);
    let grown = more
        || GROWTH_VERBS.iter().any(|v| verb.ends_with(v))
        || digits && second_growth_of_a_pair(before);
    if !(grown || ratio) || rest.starts_with('数') {
        return None;
    }
    q.value = if ratio {
        crate::model::Num(
            q.value
                .0
                .checked_sub(crate::model::num::SCALE)?
                .checked_mul(100)?,
        )
    } else {
        q.value.mul_ratio(100, 1)?
    };
    q.unit = Unit::Percent;
    let mut end = used + '倍'.len_utf8();
    // 增加了一倍多: more than that (a 多 opening a word, 多元, is not).
    if q.bound == Bound::Exact
        && rest.starts_with(['多', '余'])
        && !rest[3..].starts_with(|c: char| is_han(c) && c != '的')
    {
        end += '多'.len_utf8();
        q.bound = Bound::AtLeast;
    } else if q.bound == Bound::Exact
        && rest.starts_with("还多")
        && !rest["还多".len()..].starts_with(|c: char| is_han(c) && c != '的')
    {
        // 贵了一倍还多: more than that, as 一半还多 says of a half.
        end += "还多".len();
        q.bound = Bound::AtLeast;
    }
    bound_after(s, &mut end, q);
    Some(end)
}

/// Whether `words` are a number of times in Arabic digits (1.6倍, １。３倍).
fn digit_times(words: &str) -> bool {
    words.ends_with('倍') && words_digits(words) > 0
}

/// 是去年同期的2.2倍, 是2022年底的2.3倍: `before` ends in 是, an earlier time
/// and 的, so the times compare a level with that time's (出资额的1.5倍,
/// no time, is a cap, not a growth).
fn times_an_earlier_level(before: &str) -> bool {
    let Some(head) = before.strip_suffix('的') else {
        return false;
    };
    let Some(p) = head.rfind('是') else {
        return false;
    };
    let base = &head[p + '是'.len_utf8()..];
    // 是年轻人的3倍, 是前者的2倍: 年 and 前 inside words naming no time.
    let base = NO_TIME_WORDS
        .iter()
        .fold(base.to_string(), |b, w| b.replace(w, ""));
    !base.is_empty()
        && base.chars().count() <= 8
        && !base.contains(['，', '；', '。'])
        && EARLIER_TIME_WORDS.iter().any(|w| base.contains(w))
}

/// Words of an earlier time a level is compared with, for
/// `times_an_earlier_level`.
const EARLIER_TIME_WORDS: &[&str] = &["年", "同期", "上月", "前"];

/// Words holding one of [`EARLIER_TIME_WORDS`] that name people, a rank
/// or a whole year's average, no earlier time (是年轻人的3倍, 是全国年均
/// 水平的2倍): a ratio between two things, not a growth.
const NO_TIME_WORDS: &[&str] = &[
    "年轻",
    "青年",
    "成年",
    "老年",
    "少年",
    "中年",
    "幼年",
    "年龄",
    "年级",
    "年均",
    "年平均",
    "全年",
    "前者",
    "目前",
    "前列",
    "前沿",
];

/// 分别同比增长86.5%和1.4倍: times after 和 or 、 right after a rate, in a
/// clause whose growth verb that rate follows, are the pair's second rise.
fn second_growth_of_a_pair(before: &str) -> bool {
    let Some(head) = before.strip_suffix(['和', '、']) else {
        return false;
    };
    let Some(rate) = head.strip_suffix('%') else {
        return false;
    };
    let verb_end = rate.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
    GROWTH_VERBS.iter().any(|v| verb_end.ends_with(v))
}

/// 翻了一番, 翻两番, 翻了一番还多: doubled n times, a rise of (2ⁿ − 1) ×
/// 100%.
fn doublings(s: &str) -> Option<(Quantity, usize)> {
    let rest = s.strip_prefix('翻')?;
    let rest = rest.strip_prefix('了').unwrap_or(rest);
    let n = match rest.chars().next()? {
        '一' | '1' => 1,
        '两' | '二' | '2' => 2,
        '三' | '3' => 3,
        _ => return None,
    };
    let rest = rest[rest.chars().next()?.len_utf8()..].strip_prefix('番')?;
    let (more, bound) = ["还多", "多", "以上"]
        .into_iter()
        .find(|w| rest.starts_with(w))
        .map_or(("", Bound::Exact), |w| (w, Bound::AtLeast));
    let used = s.len() - rest.len() + more.len();
    Some((
        Quantity {
            value: crate::model::Num::from_int(((1 << n) - 1) * 100)?,
            upper: None,
            unit: Unit::Percent,
            bound,
            text: s[..used].to_string(),
        },
        used,
    ))
}

/// A quantity as running text says it, beyond what the shared parser
/// reads: 突破300亿元 (at least), 四成 and 超过四成 (tenths: 40%), counters
/// and units of trade and transport (612.4万标箱, 7860列, 62批次, 2600余台套,
/// 10吉瓦) and round numbers without their digit (近千万元).
fn parse_in_text(s: &str) -> Option<(Quantity, usize)> {
    // 病例破300例: 破 alone before a number, reaching past it.
    if let Some(rest) = s.strip_prefix('破').filter(|r| {
        r.starts_with(|c: char| c.is_ascii_digit() || "一二两三四五六七八九十".contains(c))
    }) {
        let (mut q, used) = parse_in_text(rest)?;
        if q.bound != Bound::Exact || q.upper.is_some() || q.unit == Unit::Number {
            return None;
        }
        q.bound = Bound::AtLeast;
        q.text = s[..used + '破'.len_utf8()].to_string();
        return Some((q, used + '破'.len_utf8()));
    }
    // 小两百人, 小一万块: a little short of that round number, about it.
    if let Some(rest) = s.strip_prefix('小').filter(|r| {
        let mut cs = r.chars();
        cs.next()
            .is_some_and(|c| "一两二三四五六七八九".contains(c))
            && cs.next().is_some_and(|c| "百千万亿".contains(c))
    }) {
        let (mut q, used) = parse_in_text(rest)?;
        if q.bound != Bound::Exact || q.upper.is_some() {
            return None;
        }
        q.bound = Bound::About;
        q.text = s[..used + '小'.len_utf8()].to_string();
        return Some((q, used + '小'.len_utf8()));
    }
    if let Some(rest) = s.strip_prefix("突破") {
        let (mut q, used) = parse_in_text(rest)?;
        if q.bound != Bound::Exact && q.bound != Bound::AtLeast {
            return None;
        }
        q.bound = Bound::AtLeast;
        q.text = s[..used + "突破".len()].to_string();
        return Some((q, used + "突破".len()));
    }
    // 产值不低于300亿元, 不超过5%: a bound said before the number.
    for (word, bound) in [
        ("不低于", Bound::AtLeast),
        ("不高于", Bound::AtMost),
        ("不超过", Bound::AtMost),
        ("未超过", Bound::AtMost),
        ("不少于", Bound::AtLeast),
        ("不多于", Bound::AtMost),
    ] {
        if let Some(rest) = s.strip_prefix(word) {
            // 不低于人民币5,000万元: the currency said between the bound
            // and an amount in yuan.
            let currency = rest.strip_prefix("人民币").map_or(0, |_| "人民币".len());
            let (mut q, used) = parse_in_text(&rest[currency..])?;
            if q.bound != Bound::Exact || currency > 0 && q.unit != Unit::Cny {
                return None;
            }
            let used = used + currency + word.len();
            q.bound = bound;
            q.text = s[..used].to_string();
            return Some((q, used));
        }
    }
    // 失业率低于5%, 增速高于6%: a comparison right before the number bounds
    // it. Not a gap in points (增速高于2.3个百分点: the gap is exact).
    for (word, bound) in [
        ("低于", Bound::AtMost),
        ("少于", Bound::AtMost),
        ("小于", Bound::AtMost),
        ("高于", Bound::AtLeast),
        ("多于", Bound::AtLeast),
        ("大于", Bound::AtLeast),
    ] {
        if let Some(rest) = s.strip_prefix(word) {
            let (mut q, used) = parse_in_text(rest)?;
            if q.bound != Bound::Exact
                || ["百分点", "百分點", "千分点", "千分點"]
                    .iter()
                    .any(|w| q.text.contains(w))
            {
                return None;
            }
            q.bound = bound;
            q.text = s[..used + word.len()].to_string();
            return Some((q, used + word.len()));
        }
    }
    // 万把块钱, 千把人: 把 after a bare magnitude says about one of it.
    if let Some(rest) = ["万把", "千把", "百把"]
        .iter()
        .find_map(|w| s.strip_prefix(w))
    {
        let mag = &s[..'万'.len_utf8()];
        // 一万 and 万把 are as long: the bytes read of 一万块钱 are those
        // of 万把块钱. A unit must follow (万把 alone is no amount).
        let (mut q, used) = parse_in_text(&format!("一{mag}{rest}"))?;
        if q.bound != Bound::Exact
            || q.upper.is_some()
            || q.unit == Unit::Number
            || used <= "万把".len()
        {
            return None;
        }
        q.bound = Bound::About;
        q.text = s[..used].to_string();
        return Some((q, used));
    }
    if let Some(t) = mixed_magnitudes(s) {
        return Some(t);
    }
    if let Some(t) = percent_neighbours(s) {
        return Some(t);
    }
    // 有上万人, 上千家: up to that magnitude, at least it, counted. (Not
    // 迈上千亿元台阶: [`may_start_quantity`] leaves 上 out but after 有.)
    if let Some(rest) = ["上万", "上千", "上百"]
        .iter()
        .find_map(|w| s.strip_prefix('上').filter(|_| s.starts_with(w)))
    {
        // 上 and 一 are as long: the bytes read of 一万人 are those of 上万人.
        let (mut q, used) = parse_in_text(&format!("一{rest}"))?;
        if q.bound != Bound::Exact || q.unit != Unit::Count {
            return None;
        }
        q.bound = Bound::AtLeast;
        q.text = s[..used].to_string();
        return Some((q, used));
    }
    if let Some(t) = vague_magnitude(s)
        .or_else(|| tenths_range(s))
        .or_else(|| tenths(s))
        .or_else(|| doublings(s))
        .or_else(|| neighbouring_numerals(s))
        .or_else(|| thousands_hundreds_after_wan(s))
    {
        return Some(t);
    }
    let (mut q, mut used) = parse_quantity_prefix(s).or_else(|| round_number(s))?;
    // 百分之二十来的在网上卖: about that share, 来 after it (not 来自, 来源).
    if q.unit == Unit::Percent && q.bound == Bound::Exact && q.text.starts_with("百分之") {
        if let Some(r) = s[used..].strip_prefix('来') {
            if r.starts_with(['的', '，', '。', '；', '、']) || r.is_empty() {
                used += '来'.len_utf8();
                q.bound = Bound::About;
                q.text = s[..used].to_string();
            }
        }
    }
    let after = &s[used..];
    if q.unit == Unit::Count {
        // 62批次, 90多艘次, 2600余台套: the counter goes on.
        let counted = q
            .text
            .trim_end_matches(['多', '余', '左', '右', '以', '上', '下']);
        if let Some((_, tail)) = lexicon::COUNTER_TAILS
            .iter()
            .find(|(c, t)| counted.ends_with(c) && q.text.ends_with(c) && after.starts_with(t))
        {
            used += tail.len();
            bound_after(s, &mut used, &mut q);
        }
        // 八个人, 十一二个人: the people counted, 人 no word's start (个人所得税,
        // 三个人才); 一个人 stays an article or a rate's base.
        if q.text.ends_with('个')
            && q.value != crate::model::Num(1_000_000)
            && s[used..].strip_prefix('人').is_some_and(|r| {
                !r.starts_with([
                    '所', '民', '才', '工', '口', '员', '物', '们', '家', '群', '气', '格', '身',
                    '体', '力', '士', '生', '类', '均', '事', '大', '社', '文', '造', '间', '心',
                    '情', '数', '脸', '行', '保', '寿', '次', '性', '账', '信', '贷', '住', '消',
                    '形', '参', '居', '选', '防', '机', '证', '权', '像', '饮', '头', '流',
                ])
            })
        {
            used += '人'.len_utf8();
            q.text = s[..used].to_string();
        }
        // 四张半: and half of one more, where 半 opens no word (两个半月,
        // 一个半小时 and 三个半导体 stay as they were); 一大半 is most of it.
        let half = s[used..].strip_prefix('半').filter(|r| {
            !q.text.ends_with('大')
                && !r.starts_with([
                    '导', '岛', '径', '价', '年', '月', '天', '日', '夜', '小', '世', '数',
                ])
        });
        if let Some(r) = half.filter(|_| q.bound == Bound::Exact && q.upper.is_none()) {
            if let Some(v) = q
                .value
                .checked_add(crate::model::Num(crate::model::num::SCALE / 2))
            {
                q.value = v;
                used = s.len() - r.len();
                q.text = s[..used].to_string();
            }
        }
    } else if q.unit == Unit::Number {
        // 落了三十来万, 两千来万元: 来 before 万 or 亿 makes it about that
        // many ten-thousands, read on as the number with its magnitude.
        if let Some(r) = after
            .strip_prefix('来')
            .filter(|r| r.starts_with(['万', '亿']))
            .filter(|_| {
                q.bound == Bound::Exact && q.upper.is_none() && !q.text.contains(['万', '亿'])
            })
        {
            // A unit and a bound are a few characters: the rest of the
            // sentence is not copied for each such number.
            let r = &r[..r.char_indices().nth(12).map_or(r.len(), |(k, _)| k)];
            let whole = format!("{}{r}", &s[..used]);
            if let Some((mut w, u)) = parse_in_text(&whole) {
                if w.bound == Bound::Exact && w.upper.is_none() && u > used {
                    let u = u + '来'.len_utf8();
                    w.bound = Bound::About;
                    w.text = s[..u].to_string();
                    return Some((w, u));
                }
            }
        }
        // 二十来块钱, 三百来斤: 来 between a number and a unit the shared
        // parser does not read makes it about that many, once a unit follows.
        let unread = (q.clone(), used);
        if let Some(r) = after.strip_prefix('来').filter(|_| q.bound == Bound::Exact) {
            if r.starts_with('块') || lexicon::TEXT_UNITS.iter().any(|(w, ..)| r.starts_with(w)) {
                used += '来'.len_utf8();
                q.bound = Bound::About;
            }
        }
        let after = &s[used..];
        if let Some(range) = range_in_text_unit(s, used, &q) {
            return Some(range);
        }
        if colloquial_yuan(s, &mut used, &mut q) {
            return Some((q, used));
        }
        // 用电量30亿度, 回购9600万股: units only after 万 or 亿 (alone,
        // 30度 is a temperature, 每10股 a ratio's base).
        if let Some((w, unit, mult, _)) = lexicon::UNITS_AFTER_WAN
            .iter()
            .filter(|_| q.text.ends_with(['万', '亿']))
            .find(|(w, .., not)| {
                after.starts_with(*w) && !not.iter().any(|n| after[w.len()..].starts_with(n))
            })
        {
            q.value = q.value.mul_ratio(mult.0, mult.1)?;
            q.unit = *unit;
            used += w.len();
            bound_after(s, &mut used, &mut q);
            return Some((q, used));
        }
        if let Some((w, unit, mult, not)) = lexicon::TEXT_UNITS
            .iter()
            .find(|(w, ..)| after.starts_with(*w))
        {
            let next = &after[w.len()..];
            let refused = match not {
                // 3对、: only before a mark, for 对 opens so many words.
                None => !next.starts_with(|c: char| SMALL_MARKS.contains(c) || c == '和'),
                Some(words) => words.iter().any(|n| next.starts_with(n)),
            };
            // 家里五口人: 口 then 人 counts a family's people, whatever the
            // numeral; 两口人饮井 counts wells for drinking water.
            let family = *w == "口"
                && next
                    .strip_prefix('人')
                    .is_some_and(|r| !r.starts_with(['饮', '工', '防']));
            // 最后一茬秋果, 一茬接一茬: one crop is the crop, no count.
            let refused = refused
                || lexicon::DIGITS_ONLY_COUNTERS.contains(w) && lone_numeral(&q.text) && !family
                || *w == "茬" && q.text == "一";
            if refused {
                return Some(unread);
            }
            q.value = q.value.mul_ratio(mult.0, mult.1)?;
            q.unit = *unit;
            used += w.len();
            if family {
                used += '人'.len_utf8();
                q.text = s[..used].to_string();
            }
            bound_after(s, &mut used, &mut q);
            attributes::range_to(s, &mut used, &mut q, parse_in_text);
        }
        if q.unit == Unit::Number {
            return Some(unread);
        }
    }
    Some((q, used))
}

/// 15至25厘米: a range whose unit, one the shared parser does not read
/// (a [`lexicon::TEXT_UNITS`] word), is said once, after its high end.
/// `q` is the bare low end read to `used`.
fn range_in_text_unit(s: &str, used: usize, q: &Quantity) -> Option<(Quantity, usize)> {
    if q.bound != Bound::Exact || q.upper.is_some() {
        return None;
    }
    let after = &s[used..];
    let sep = ["至", "到", "—", "~", "～", "－", "-"]
        .into_iter()
        .find(|w| after.starts_with(*w))?;
    let r = &after[sep.len()..];
    let digits = |t: &str| t.starts_with(|c: char| c.is_ascii_digit());
    if digits(r) != digits(&q.text) {
        return None;
    }
    let (high, high_used) = parse_in_text(r)?;
    let (word, ..) = lexicon::TEXT_UNITS
        .iter()
        .find(|(w, ..)| high.text.ends_with(*w))?;
    if high.unit == Unit::Number || high.upper.is_some() || high.bound != Bound::Exact {
        return None;
    }
    let low_text = format!("{}{word}", &s[..used]);
    let (low, low_used) = parse_in_text(&low_text)?;
    if low_used != low_text.len() || low.unit != high.unit || low.value > high.value {
        return None;
    }
    let used = used + sep.len() + high_used;
    Some((
        Quantity {
            value: low.value,
            upper: Some(high.value),
            unit: high.unit,
            bound: Bound::Range,
            text: s[..used].to_string(),
        },
        used,
    ))
}

/// A numbered heading's year (一、2025年工作回顾, 二、2026年主要目标:
/// Some(Some(year)); 三、重点工作: Some(None)); None when `line` is no
/// numbered heading (a short line opening with 一、…十、, no sentence
/// mark in it).
fn heading_year(line: &str) -> Option<Option<i32>> {
    let title = heading_title(line)?;
    let digits: String = title.chars().take_while(char::is_ascii_digit).collect();
    let year = (digits.len() == 4 && title[4..].starts_with('年'))
        .then(|| digits.parse::<i32>().ok())
        .flatten();
    Some(year)
}

/// The title of a numbered heading (二、2026年主要目标 → 2026年主要目标):
/// a short line opening with 一、…十、, no sentence mark in it.
fn heading_title(line: &str) -> Option<&str> {
    let rest = line
        .trim()
        .strip_prefix(|c: char| "一二三四五六七八九十".contains(c))?;
    let rest = rest.trim_start_matches(|c: char| "一二三四五六七八九十".contains(c));
    let title = rest.strip_prefix('、')?;
    (title.chars().count() <= 20 && !title.contains(['，', '。', '；', '：', ','])).then_some(title)
}

/// Whether a numbered heading sets the goals of the section under it
/// (二、2026年主要目标), not how goals went (主要目标完成情况).
fn heading_sets_goals(line: &str) -> Option<bool> {
    let title = heading_title(line)?;
    Some(
        title.contains("目标")
            && !["完成", "情况", "回顾", "实现", "任务", "工作"]
                .iter()
                .any(|w| title.contains(w)),
    )
}

/// The currency a text's bare 元 are in: a text in traditional
/// characters that names 新臺幣 (or 港元, 澳門元) and says 萬元 and
/// 億元 alone counts them in it, before the naming too when the whole text
/// is at hand (a long text read in parts: from the sentence naming it on). A text
/// naming 人民币 or two of these currencies, or in simplified characters
/// (a mainland report quoting 新台币 once), keeps its 元 yuan.
#[derive(Default)]
struct DocumentCurrency {
    named: Option<Unit>,
    refused: bool,
    /// Traditional characters read so far (a simplified text may still
    /// hold one or two the folding changes, 著名).
    traditional: usize,
    /// Whether it reads as a Taiwan paper and names neither Hong Kong nor
    /// Macao: its 元 are 新臺幣 unnamed.
    taiwan: bool,
    hong_kong_or_macao: bool,
    /// Whether a Hong Kong government office issues it (政府統計處公布):
    /// its 元 are 港元 unnamed, as Taiwan's are 新臺幣 by 主計總處.
    hong_kong_office: bool,
}

impl DocumentCurrency {
    /// Takes in one sentence: `raw` as written, `norm` simplified.
    fn read(&mut self, raw: &str, norm: &str) {
        // Marks the normalising changes ( 。 between digits, 「」) aside.
        self.traditional += raw
            .chars()
            .zip(norm.chars())
            .filter(|(r, n)| r != n && !matches!(r, '。' | '「' | '」'))
            .count();
        if norm.contains("人民币") {
            self.refused = true;
        }
        // Taiwan's offices and its papers' 报导 (…／臺北報導), not its name:
        // a mainland paper in traditional characters on 臺資企業 or 對臺
        // trade counts in yuan.
        // (lexicon.toml's taiwan_paper_words and hong_kong_macao_words)
        let data = lexicon::data();
        self.taiwan |= data
            .taiwan_paper_words
            .iter()
            .any(|w| norm.contains(w.as_str()));
        self.hong_kong_or_macao |= data
            .hong_kong_macao_words
            .iter()
            .any(|w| norm.contains(w.as_str()));
        self.hong_kong_office |= data
            .hong_kong_office_words
            .iter()
            .any(|w| norm.contains(w.as_str()));
        for (w, unit) in lexicon::CURRENCIES_BEFORE {
            if norm.contains(w) {
                if self.named.is_some_and(|n| n != *unit) {
                    self.refused = true;
                }
                self.named = Some(*unit);
            }
        }
    }

    /// An amount in bare 元 (`after` is the text after it) in the
    /// document's currency, when it has one.
    fn apply(&self, after: &str, q: &mut Quantity) {
        let taiwans = (self.taiwan && !self.hong_kong_or_macao).then_some(Unit::Twd);
        let hong_kongs = (self.hong_kong_office && !self.taiwan).then_some(Unit::Hkd);
        if let Some(unit) = self
            .named
            .or(taiwans)
            .or(hong_kongs)
            .filter(|_| self.traditional >= 3 && !self.refused)
        {
            // 兩塊錢, 五毛: yuan as people say them are the place's too.
            if q.unit == Unit::Cny
                && q.text.contains(['元', '块', '毛'])
                && !after.starts_with("人民币")
            {
                q.unit = unit;
            }
        }
    }
}

/// 九千块钱, 两百块左右, 五千块出头, 一块二, 四毛钱, 一毛五: yuan as people
/// say them, 块 for 元 and 毛 for a tenth of one (一块二 for 1.2元, 一毛五
/// for 0.15元). 块 alone before a noun or a mark stays a counter (样地420块,
/// 三块屏幕), 毛 a word (毛竹); only 钱, a bound word or the next place's
/// numeral after it make it money. `q` is a bare number read to `used`.
fn colloquial_yuan(s: &str, used: &mut usize, q: &mut Quantity) -> bool {
    // (what the word is in yuan: 1 / `per`)
    let Some((rest, per)) = [('块', 1), ('毛', 10)]
        .into_iter()
        .find_map(|(w, per)| Some((s[*used..].strip_prefix(w)?, per)))
    else {
        return false;
    };
    let ends = |r: &str| !r.starts_with(|c: char| is_han(c) || is_numeral_char(c));
    let bound_word = |r: &str| {
        [
            ("左右", Bound::About),
            ("上下", Bound::About),
            ("出头", Bound::AtLeast),
        ]
        .into_iter()
        .find(|(w, _)| r.strip_prefix(*w).is_some_and(ends))
    };
    let mut end = s.len() - rest.len();
    let Some(mut value) = q.value.mul_ratio(1, per) else {
        return false;
    };
    // 一块二, 一毛五: the numeral after 块 counts tenths (角), after 毛
    // hundredths (分).
    let digit = |c: char| numeral_digit(c).map(i128::from);
    let tenth = rest.chars().next().and_then(|c| {
        let d = digit(c)?;
        let r = &rest[c.len_utf8()..];
        // 一块二毛五: tenths, then 毛 and hundredths (in tenths of a 毛).
        if per == 1 && q.bound == Bound::Exact {
            if let Some((h, len)) = r.strip_prefix('毛').and_then(|m| {
                let h = m.chars().next()?;
                let after = &m[h.len_utf8()..];
                // 一块二毛五一斤: the price of one of a unit after it.
                (ends(after) || after.starts_with(['钱', '一']))
                    .then_some((digit(h)?, '毛'.len_utf8() + h.len_utf8()))
            }) {
                return Some((10 * d + h, c.len_utf8() + len, 100));
            }
        }
        // 一斤一块一的价钱: a price before 的 and its noun too.
        (q.bound == Bound::Exact
            && (ends(r) || r.starts_with(['钱', '的']) || bound_word(r).is_some()))
        .then_some((d, c.len_utf8(), 10))
    });
    if let Some((d, len, parts)) = tenth {
        let Some(v) = crate::model::Num::from_int(d)
            .and_then(|t| t.mul_ratio(1, parts * per))
            .and_then(|t| value.0.checked_add(t.0))
        else {
            return false;
        };
        value = crate::model::Num(v);
        end += len;
    }
    let after = &s[end..];
    // 八块多, 二十八块多钱: a yuan and more (no count of pieces says 多
    // after its counter).
    let more = (per == 1 && q.bound == Bound::Exact && tenth.is_none())
        .then(|| after.strip_prefix('多'))
        .flatten()
        .filter(|r| ends(r) || r.starts_with('钱'));
    // 一斤两块来钱: about so many yuan, 来 between 块 and 钱.
    let lai = (per == 1 && q.bound == Bound::Exact && tenth.is_none())
        .then(|| after.strip_prefix('来'))
        .flatten()
        .filter(|r| r.starts_with('钱'));
    // 四十块，三四万块不成问题, 按十四块算: a numeral of more than one
    // character in words (the way speech is written down) before 块 that
    // ends the clause is yuan; pieces are counted in digits (样地420块)
    // or before their noun (二十块石板), and 三块 alone stays a counter.
    let spoken = per == 1
        && tenth.is_none()
        && !lone_numeral(&q.text)
        && !q
            .text
            .chars()
            .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
        // 一亩一年能到五十块就好了: 就 after it, as after a mark.
        && (ends(after) || after.starts_with(['算', '不', '就']));
    let money = after.starts_with('钱')
        || tenth.is_some()
        || bound_word(after).is_some()
        || more.is_some()
        || lai.is_some()
        || spoken;
    if !money {
        return false;
    }
    if let Some(r) = more {
        end = s.len() - r.len();
        q.bound = Bound::AtLeast;
    }
    if let Some(r) = lai {
        end = s.len() - r.len();
        q.bound = Bound::About;
    }
    if s[end..].starts_with('钱') {
        end += '钱'.len_utf8();
    }
    if let Some((w, bound)) = bound_word(&s[end..]) {
        if q.bound == Bound::Exact {
            q.bound = bound;
            end += w.len();
        }
    }
    q.value = value;
    q.unit = Unit::Cny;
    *used = end;
    q.text = s[..end].to_string();
    true
}

/// A number said as one Chinese numeral character (一起, 两口, 三尾): with
/// the counters that make words with it (一起, 一口气), no count. Digits
/// (17起) and longer numerals (十七起, 四万二千尾, 四百多尾) are counts.
fn lone_numeral(text: &str) -> bool {
    !text
        .chars()
        .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
        && text.chars().filter(|&c| is_numeral_char(c)).count() < 2
}

/// After a counter or unit read here (30批次以上, 5列左右), a bound the
/// shared parser never saw is the value's; `q.text` becomes `s[..used]`.
fn bound_after(s: &str, used: &mut usize, q: &mut Quantity) {
    if q.bound == Bound::Exact {
        if let Some((w, bound)) = [
            ("以上", Bound::AtLeast),
            ("以下", Bound::AtMost),
            ("以内", Bound::AtMost),
            ("左右", Bound::About),
            ("上下", Bound::About),
            // 一千一百斤出头: a little over it.
            ("出头", Bound::AtLeast),
            ("有余", Bound::AtLeast),
        ]
        .into_iter()
        // 上下游, 上下班: 上下 opening a word is no bound (以下车辆 still is one).
        .find(|(w, _)| {
            s[*used..].strip_prefix(*w).is_some_and(|r| {
                *w != "上下" || !r.starts_with(['游', '班', '楼', '级', '车', '层'])
            })
        }) {
            *used += w.len();
            q.bound = bound;
        }
    }
    q.text = s[..*used].to_string();
}

/// 四成, 超过四成, 七成以上, 两成左右: tenths of a whole, as a percentage.
fn tenths(s: &str) -> Option<(Quantity, usize)> {
    if let Some(share) = attributes::word_share(s) {
        return Some(share);
    }
    let (pre, bound) = [
        // 上座率超过了七成: the particle said between the bound and the
        // share.
        ("超过了", Bound::AtLeast),
        ("超过", Bound::AtLeast),
        ("超", Bound::AtLeast),
        ("逾", Bound::AtLeast),
        ("接近", Bound::About),
        ("将近", Bound::About),
        ("近", Bound::About),
        ("约", Bound::About),
        ("不到", Bound::AtMost),
        ("不足", Bound::AtMost),
    ]
    .into_iter()
    .find(|(p, _)| s.starts_with(*p))
    .unwrap_or(("", Bound::Exact));
    let rest = &s[pre.len()..];
    // 一半左右, 近一半: half, 50%.
    if let Some(tail) = rest.strip_prefix("一半") {
        let mut used = pre.len() + "一半".len();
        let mut bound = bound;
        // 一半还多: more than half.
        if let Some((w, b)) = [
            ("以上", Bound::AtLeast),
            ("还多", Bound::AtLeast),
            ("左右", Bound::About),
        ]
        .into_iter()
        .find(|(w, _)| tail.starts_with(*w) && bound == Bound::Exact)
        {
            used += w.len();
            bound = b;
        }
        return Some((
            Quantity {
                value: crate::model::Num::from_int(50)?,
                upper: None,
                unit: Unit::Percent,
                bound,
                text: s[..used].to_string(),
            },
            used,
        ));
    }
    let mut chars = rest.chars();
    let first = chars.next()?;
    let n = tenths_digit(first)?;
    let tail = chars.as_str().strip_prefix('成')?;
    // 一成不变, 九成新: words, not shares.
    if n == 1 && tail.starts_with('不') || tail.starts_with(['新', '熟', '为', '立', '员']) {
        return None;
    }
    let mut used = pre.len() + first.len_utf8() + '成'.len_utf8();
    // 三成半: three and a half tenths, 35%; 七成五: seven tenths and five
    // hundredths, 75%, when a bound word or no word follows the numeral.
    // 一成上下: about a tenth, as 左右 says.
    let bound_words = ["以上", "多", "左右", "以下", "以内", "上下"];
    let hundredths = tail.strip_prefix('半').map(|t| (5, '半', t)).or_else(|| {
        let d = tail
            .chars()
            .next()
            .filter(|c| *c != '十' && !c.is_ascii_digit())?;
        let t = &tail[d.len_utf8()..];
        // 七成五的农户: 的 ends the share as a bound word would.
        // 约四成五已投入使用: an adverb or a copula opening what is said of it.
        let alone = !t.starts_with(is_han)
            || t.starts_with('的')
            || [
                "已", "都", "是", "为", "被", "将", "仍", "均", "来自", "用于",
            ]
            .iter()
            .any(|w| t.starts_with(w))
            || bound_words.iter().any(|w| t.starts_with(w));
        Some((tenths_digit(d).filter(|_| alone)?, d, t))
    });
    let tail = match hundredths {
        Some((_, c, t)) => {
            used += c.len_utf8();
            t
        }
        None => tail,
    };
    let mut bound = bound;
    for (w, b) in bound_words.into_iter().zip([
        Bound::AtLeast,
        Bound::AtLeast,
        Bound::About,
        Bound::AtMost,
        Bound::AtMost,
        Bound::About,
    ]) {
        // 三成上下游企业: 上下 opening a word is no bound.
        let word_on = |r: &str| w == "上下" && r.starts_with(['游', '班', '楼', '级', '车', '层']);
        if tail.strip_prefix(w).is_some_and(|r| !word_on(r)) && bound == Bound::Exact {
            used += w.len();
            bound = b;
            break;
        }
    }
    Some((
        Quantity {
            value: crate::model::Num::from_int(n * 10 + hundredths.map_or(0, |(h, ..)| h))?,
            upper: None,
            unit: Unit::Percent,
            bound,
            text: s[..used].to_string(),
        },
        used,
    ))
}

/// 数十家, 几十个, 数百万元, 几千人: some tens (hundreds …) of a thing, a
/// number no digit states. Read as at least the magnitude said, its words
/// 数 or 几 included; not 十家 exact, which the text does not say. Not a
/// count's word ending in 数 (人数, 总数十二个: the total, twelve), nor
/// 数十二 (a numeral after the magnitude).
fn vague_magnitude(s: &str) -> Option<(Quantity, usize)> {
    let mut cs = s.chars();
    let vague = cs.next().filter(|c| "数几".contains(*c))?;
    let rest = cs.as_str();
    let mut rs = rest.chars();
    let magnitude = rs.next().filter(|c| "十百千万亿".contains(*c))?;
    if rs.next().is_some_and(|c| {
        c.is_ascii_digit() || ('０'..='９').contains(&c) || "零〇一二两三四五六七八九".contains(c)
    }) {
        return None;
    }
    // 十 reads alone (十家); 百, 千, 万 and 亿 need their 一 (一百家).
    let (q, used) = if magnitude == '十' {
        parse_in_text(rest)?
    } else {
        let (q, used) = parse_in_text(&format!("一{rest}"))?;
        (q, used.checked_sub("一".len())?)
    };
    if q.bound != Bound::Exact || q.upper.is_some() || q.unit == Unit::Number || used == 0 {
        return None;
    }
    let used = vague.len_utf8() + used;
    Some((
        Quantity {
            bound: Bound::AtLeast,
            text: s[..used].to_string(),
            ..q
        },
        used,
    ))
}

/// 3亿2千万元, 1亿4,375万元, 23万1千元, 2万8,600人次: a number said in two magnitudes,
/// the smaller after the larger (as Hong Kong and Macao papers write
/// them). Read as the one number it is, said in the larger's unit
/// (32000万元, 231000元), and its words kept as written. A bound word may
/// open it (逾3亿2千万元). ASCII digits only; numerals in words
/// (三万五千) the shared parser reads.
fn mixed_magnitudes(s: &str) -> Option<(Quantity, usize)> {
    let digits_at = s.find(|c: char| c.is_ascii_digit())?;
    let prefix = &s[..digits_at];
    if prefix.chars().count() > 3 || !prefix.chars().all(is_han) {
        return None;
    }
    let rest = &s[digits_at..];
    let int_len = |t: &str, commas: bool| {
        t.find(|c: char| !(c.is_ascii_digit() || commas && c == ','))
            .unwrap_or(t.len())
    };
    let a_len = int_len(rest, false);
    let a: i128 = rest[..a_len].parse().ok()?;
    let after_a = &rest[a_len..];
    let (big, after_big) = if let Some(r) = after_a.strip_prefix('亿') {
        (100_000_000i128, r)
    } else if let Some(r) = after_a.strip_prefix('万') {
        (10_000, r)
    } else {
        return None;
    };
    let b_len = int_len(after_big, true);
    if b_len == 0 || after_big[..b_len].ends_with(',') {
        return None;
    }
    let b: i128 = after_big[..b_len].replace(',', "").parse().ok()?;
    let after_b = &after_big[b_len..];
    // The smaller magnitude's words, longest first, and what they count.
    let (small, tail) = [
        ("千万", 10_000_000i128),
        ("百万", 1_000_000),
        ("万", 10_000),
        ("千", 1_000),
    ]
    .into_iter()
    .filter(|(_, m)| *m < big)
    .find_map(|(w, m)| Some((m, after_b.strip_prefix(w)?)))
    // 2萬8,600人次 (as Taiwan papers write them): ten-thousands, then the
    // four figures of the rest in ones.
    .or_else(|| {
        let figures = after_big[..b_len]
            .bytes()
            .filter(u8::is_ascii_digit)
            .count();
        (big == 10_000 && figures == 4).then_some((1, after_b))
    })?;
    let low = b.checked_mul(small)?;
    if b == 0 || low >= big {
        return None;
    }
    let total = a.checked_mul(big)?.checked_add(low)?;
    // Said again in the larger's unit: 万 when it is 亿 (the parser reads
    // 亿元 and 万元 alike), bare when it is 万.
    let (number, unit_word) = if big == 100_000_000 {
        (total / 10_000, "万")
    } else {
        (total, "")
    };
    if total % 10_000 != 0 && big == 100_000_000 {
        return None;
    }
    let said = format!("{prefix}{number}{unit_word}{tail}");
    let (mut q, used) = parse_in_text(&said)?;
    let words_len = s.len() - tail.len();
    let said_len = said.len() - tail.len();
    // The whole number must be read, not a part of it.
    let used = used.checked_sub(said_len)? + words_len;
    if q.upper.is_some() || q.unit == Unit::Number {
        return None;
    }
    q.text = s[..used].to_string();
    Some((q, used))
}

/// Words ending in 数 that a numeral may follow as their value (人数十二):
/// no vague magnitude there.
const COUNT_WORDS_IN_SHU: &[&str] = &[
    "人数", "总数", "户数", "次数", "件数", "个数", "家数", "台数", "指数", "系数", "分数", "倍数",
    "基数", "岁数", "票数", "页数", "天数", "年数",
];

/// The digit before 成 (三成, 3成, 两成): how many tenths.
fn tenths_digit(c: char) -> Option<i128> {
    match c {
        c @ '1'..='9' => Some(c as i128 - '0' as i128),
        '一' => Some(1),
        '两' | '二' => Some(2),
        '三' => Some(3),
        '四' => Some(4),
        '五' => Some(5),
        '六' => Some(6),
        '七' => Some(7),
        '八' => Some(8),
        '九' => Some(9),
        _ => None,
    }
}

/// 一至两成, 两到三成, 3—5成: a range of tenths, the 成 after the second
/// numeral applying to both (10% to 20%), where the second alone read as
/// two tenths exact.
fn tenths_range(s: &str) -> Option<(Quantity, usize)> {
    let mut cs = s.chars();
    let a = cs.next()?;
    let lo = tenths_digit(a)?;
    let rest = cs.as_str();
    let sep = ["至", "到", "—", "-", "~", "～", "－"]
        .into_iter()
        .find(|w| rest.starts_with(*w))?;
    let rest = &rest[sep.len()..];
    let mut rs = rest.chars();
    let b = rs.next()?;
    let hi = tenths_digit(b)?;
    if hi <= lo || !rs.as_str().starts_with('成') {
        return None;
    }
    let used = a.len_utf8() + sep.len() + b.len_utf8() + '成'.len_utf8();
    Some((
        Quantity {
            value: crate::model::Num::from_int(lo * 10)?,
            upper: Some(crate::model::Num::from_int(hi * 10)?),
            unit: Unit::Percent,
            bound: Bound::Range,
            text: s[..used].to_string(),
        },
        used,
    ))
}

/// 二三十只, 两三千元, 七八成: two neighbouring numerals (from 两 up) say a
/// range, the multiplier (or 成) after the second applying to both (20 to
/// 30). Not 一两个 (一 opens too many words), 七八个 (no multiplier), nor
/// 二三十五.
fn neighbouring_numerals(s: &str) -> Option<(Quantity, usize)> {
    if let Some(found) = neighbouring_after_places(s) {
        return Some(found);
    }
    let digit = |c: char| numeral_digit(c).filter(|&d| d >= 2).map(i128::from);
    let mut cs = s.chars();
    let a = cs.next()?;
    let lo = match a {
        '两' => 2,
        '一' => 1,
        _ => digit(a)?,
    };
    let rest = cs.as_str();
    let mut after_b = rest.chars();
    let b = after_b.next()?;
    // 一两万元: one or two, 两 for the second.
    let hi = if lo == 1 && b == '两' { 2 } else { digit(b)? };
    // 三五块: three to five, as people say a small sum.
    let three_five = lo == 3 && hi == 5;
    if hi != lo + 1 && !three_five {
        return None;
    }
    // The second numeral and a multiplier (三十, 三千) or 成, alone: a
    // range of small counts (七八个航次) is too loose to keep.
    let tail = after_b.as_str();
    // A larger multiplier may follow (五六十亿元), a digit not (二三十五).
    let multiplied = tail
        .strip_prefix(['十', '百', '千', '万', '亿'])
        .is_some_and(|t| !t.starts_with(|c: char| is_numeral_char(c) && !"百千万亿".contains(c)));
    // 高个两三块钱, 两三元: a small range of money is as people say a
    // price, not a loose count.
    let money = ["块钱", "元", "毛钱"].iter().any(|w| tail.starts_with(w));
    // 一天能打五六亩地, 七八斤重: a small range of a measure is as people
    // say an amount of land or weight, not a loose count.
    let measure = ["亩", "公斤", "斤", "吨", "公里", "米"]
        .iter()
        .any(|w| tail.starts_with(w));
    // 比去年贵了三四块；: two numerals in words before 块 ending the clause
    // are yuan, as [`colloquial_yuan`] reads one said in more than one.
    let kuai = tail
        .strip_prefix('块')
        .is_some_and(|r| !r.starts_with(|c: char| is_han(c) || is_numeral_char(c)));
    // 比去年高个两三毛。: so with 毛, tenths of a yuan (0.2 to 0.3).
    let mao = tail
        .strip_prefix('毛')
        .is_some_and(|r| !r.starts_with(|c: char| is_han(c) || is_numeral_char(c)));
    if three_five && !(kuai || mao) {
        return None;
    }
    if kuai || mao {
        let (word, per) = if kuai { ('块', 1) } else { ('毛', 10) };
        let used = a.len_utf8() + b.len_utf8() + word.len_utf8();
        return Some((
            Quantity {
                value: crate::model::Num::from_int(lo)?.mul_ratio(1, per)?,
                upper: Some(crate::model::Num::from_int(hi)?.mul_ratio(1, per)?),
                unit: Unit::Cny,
                bound: Bound::Range,
                text: s[..used].to_string(),
            },
            used,
        ));
    }
    // 还要再让两三个点: points of a rate, as people say them, ending
    // their clause.
    if let Some(r) = tail.strip_prefix("个点") {
        if r.is_empty() || r.starts_with(['，', '。', '；', '！', '？', '”']) {
            let used = a.len_utf8() + b.len_utf8() + "个点".len();
            return Some((
                Quantity {
                    value: crate::model::Num::from_int(lo)?,
                    upper: Some(crate::model::Num::from_int(hi)?),
                    unit: Unit::Percent,
                    bound: Bound::Range,
                    text: s[..used].to_string(),
                },
                used,
            ));
        }
    }
    // 一天要跑七八趟: trips made, as people say how often they go; a
    // counter of speech whose range is no loose count of things.
    // 一天能捞两三船水草: boatloads so (not 船只, 船员).
    let trips = tail.starts_with('趟') && !tail['趟'.len_utf8()..].starts_with('子')
        || tail.starts_with('船')
            && !tail['船'.len_utf8()..]
                .starts_with(|c: char| "只员舶队票厂坞东家主体头尾型上".contains(c));
    if trips {
        // 趟 and 船 are as long.
        let used = a.len_utf8() + b.len_utf8() + '趟'.len_utf8();
        return Some((
            Quantity {
                value: crate::model::Num::from_int(lo)?,
                upper: Some(crate::model::Num::from_int(hi)?),
                unit: Unit::Count,
                bound: Bound::Range,
                text: s[..used].to_string(),
            },
            used,
        ));
    }
    if !multiplied && !tail.starts_with('成') && !money && !measure {
        return None;
    }
    let (mut q, used) = parse_in_text(rest)?;
    // 卖个五六万 alone: a big round number, whose clause says whether it
    // is money (as 四十七八万 in [`neighbouring_after_places`]).
    let round = q.unit == Unit::Number && q.text.ends_with(['万', '亿']);
    // 一个月六七千，好点的七八十。: a bare range ending its clause, whose
    // clause or the one before says whether it is money. A quote's end
    // ends it too (a headline: “一亩比种稻多挣五六千”), and so does 、
    // ending a list's member (成本四五千、配套和税费).
    let spoken = q.unit == Unit::Number
        && q.text.ends_with(['十', '百', '千'])
        && (rest[used..].is_empty()
            || rest[used..].starts_with(['，', '。', '；', '！', '？', '”', '」', '』', '、']));
    if q.bound != Bound::Exact || q.upper.is_some() || q.unit == Unit::Number && !round && !spoken {
        return None;
    }
    let high = q.value;
    q.value = high.mul_ratio(lo, hi)?;
    q.upper = Some(high);
    q.bound = Bound::Range;
    let used = a.len_utf8() + used;
    q.text = s[..used].to_string();
    Some((q, used))
}

/// 百分之七八, 百分之五六十: two neighbouring digits after 百分之 (and
/// 十 after them) say a range of percent, as people say a rough share.
fn percent_neighbours(s: &str) -> Option<(Quantity, usize)> {
    let rest = s.strip_prefix("百分之")?;
    let digit = |c: char| numeral_digit(c).map(i128::from);
    let mut cs = rest.chars();
    let (a, b) = (cs.next()?, cs.next()?);
    let lo = digit(a)?;
    if digit(b) != Some(lo + 1) {
        return None;
    }
    let mut tail = cs.as_str();
    let mut scale = 1;
    if let Some(t) = tail.strip_prefix('十') {
        tail = t;
        scale = 10;
    }
    // 百分之七八百: no share; 百分之五六点: not two digits of a whole.
    if tail.starts_with(|c: char| is_numeral_char(c) || "点點.．".contains(c)) {
        return None;
    }
    let used = s.len() - tail.len();
    Some((
        Quantity {
            value: crate::model::Num::from_int(lo * scale)?,
            upper: Some(crate::model::Num::from_int((lo + 1) * scale)?),
            unit: Unit::Percent,
            bound: Bound::Range,
            text: s[..used].to_string(),
        },
        used,
    ))
}

/// 十四五块, 二十七八块, 一百五六十块, 两千三四百元: two neighbouring
/// digits after the higher places of a numeral (十, 二十, 一百) say a
/// range at the place below: each end is read as the numeral with one of
/// the two digits (十四块 and 十五块), and both must be the same quantity
/// of the same unit.
fn neighbouring_after_places(s: &str) -> Option<(Quantity, usize)> {
    let digit = |c: char| numeral_digit(c).map(|d| d as usize);
    let places = s
        .char_indices()
        .take_while(|&(_, c)| "一二两三四五六七八九十百千万".contains(c))
        .filter(|&(_, c)| "十百千万".contains(c))
        .map(|(k, c)| k + c.len_utf8());
    for at in places {
        let mut cs = s[at..].chars();
        let (Some(a), Some(b)) = (cs.next(), cs.next()) else {
            continue;
        };
        if digit(a).is_none_or(|lo| digit(b) != Some(lo + 1)) {
            continue;
        }
        let tail = cs.as_str();
        // 平均花个两千六七，: the two digits end the clause after 百, 千
        // or 万, a bare range whose clause says whether it is money.
        let spoken = s[..at].ends_with(['百', '千', '万'])
            && (tail.is_empty()
                || tail.starts_with(['，', '。', '；', '！', '？', '”', '」', '』']));
        let (low, used) = parse_in_text(&format!("{}{a}{tail}", &s[..at]))?;
        let (high, high_used) = parse_in_text(&format!("{}{b}{tail}", &s[..at]))?;
        let one = |q: &Quantity| q.bound == Bound::Exact && q.upper.is_none();
        // 四十七八万 alone: a big round number, whose clause says whether
        // it is money (能卖四十七八万).
        // 一百五六十万: tens of ten-thousands too.
        let round = low.unit == Unit::Number
            && tail
                .trim_start_matches(['十', '百', '千'])
                .starts_with(['万', '亿']);
        if used != high_used
            || used <= at + a.len_utf8() && !spoken
            || used < at + a.len_utf8()
            || low.unit != high.unit
            || low.unit == Unit::Number && !round && !spoken
            || !one(&low)
            || !one(&high)
        {
            return None;
        }
        let used = used + b.len_utf8();
        return Some((
            Quantity {
                upper: Some(high.value),
                bound: Bound::Range,
                text: s[..used].to_string(),
                ..low
            },
            used,
        ));
    }
    None
}

/// 62.4万、48.7万及33.9万人次: the unit of the last member of a list whose
/// members before it are bare numbers with the same multiplier as `words`
/// (万 or 亿); `rest` follows `words`. None when a member is no such number
/// or the list never says a unit.
fn unit_of_list_end(words: &str, rest: &str) -> Option<Unit> {
    let mult = words.chars().last().filter(|c| "万萬亿億".contains(*c))?;
    let mut rest = rest;
    // A list of a few members: a longer run is no such list.
    for _ in 0..8 {
        rest = rest.strip_prefix(['、', '及', '和', '与', '與'])?;
        let (q, used) = parse_in_text(rest)?;
        let number = q
            .text
            .trim_end_matches(|c: char| is_han(c) && !"万萬亿億".contains(c));
        if !number.ends_with(mult) || q.bound != Bound::Exact || q.upper.is_some() {
            return None;
        }
        if q.unit != Unit::Number {
            return Some(q.unit);
        }
        rest = &rest[used..];
    }
    None
}

/// 新房限价三万一五，: two digits after 万 that end the clause and are no
/// neighbours (三万四五 is a range) say its thousands and its hundreds, as
/// people say a price (31,500). A bare number, whose clause says whether it
/// is money.
fn thousands_hundreds_after_wan(s: &str) -> Option<(Quantity, usize)> {
    let digit = |c: char| numeral_digit(c).map(i128::from);
    let wan = s
        .char_indices()
        .take_while(|&(_, c)| "一二两三四五六七八九十百千万".contains(c))
        .find(|&(_, c)| c == '万')?
        .0;
    let mut cs = s[wan + '万'.len_utf8()..].chars();
    let (a, b) = (digit(cs.next()?)?, digit(cs.next()?)?);
    let tail = cs.as_str();
    if b == a + 1
        || !(tail.is_empty() || tail.starts_with(['，', '。', '；', '！', '？', '”', '、']))
    {
        return None;
    }
    let (q, used) = parse_in_text(&s[..wan + '万'.len_utf8()])?;
    if wan == 0
        || used != wan + '万'.len_utf8()
        || q.unit != Unit::Number
        || q.bound != Bound::Exact
    {
        return None;
    }
    let used = s.len() - tail.len();
    Some((
        Quantity {
            value: q
                .value
                .checked_add(crate::model::Num::from_int(a * 1000 + b * 100)?)?,
            text: s[..used].to_string(),
            ..q
        },
        used,
    ))
}

/// 38。5亿元: the ideographic full stop typed between digits for a decimal
/// point (the sentence splitter keeps it inside the sentence) becomes the
/// full-width point, which has the same length, so offsets stay put. The
/// corner brackets of traditional text (「…」) become the quotation marks
/// the rules on quotes read (“…”), of the same length too.
fn decimal_points(norm: &str) -> String {
    let chars: Vec<char> = norm.chars().collect();
    let mut out = String::with_capacity(norm.len());
    for (k, &c) in chars.iter().enumerate() {
        let between = c == '。'
            && k > 0
            && chars[k - 1].is_ascii_digit()
            && chars.get(k + 1).is_some_and(|n| n.is_ascii_digit());
        out.push(match c {
            _ if between => '．',
            '「' => '“',
            '」' => '”',
            _ => c,
        });
    }
    out
}

/// 近千万元, 上百亿元: a round number said without its digit (one
/// thousand ten-thousands). Only 百/千 followed by 万/亿, so that 千家万户
/// stays a word.
fn round_number(s: &str) -> Option<(Quantity, usize)> {
    let prefix_len = ["近", "约", "超", "逾", "将近", "接近"]
        .iter()
        .find(|p| s.starts_with(**p))
        .map_or(0, |p| p.len());
    let rest = &s[prefix_len..];
    // 逾万元, 近亿元, 逾千家, 近百人: with a bound word, 万, 亿, 千 and 百
    // alone are one of them; 万余人, 万多元: so is 万 with 余 or 多.
    let alone = prefix_len > 0 && rest.starts_with(['万', '亿', '千', '百'])
        || ["万余", "万多", "亿余", "亿多"]
            .iter()
            .any(|w| rest.starts_with(w));
    if !(alone
        || rest.starts_with("千万")
        || rest.starts_with("百万")
        || rest.starts_with("千亿")
        || rest.starts_with("百亿"))
    {
        return None;
    }
    let with_one = format!("{}一{}", &s[..prefix_len], rest);
    let (mut q, used) = parse_quantity_prefix(&with_one)?;
    let used = used.checked_sub("一".len())?;
    // The words as written, without the 一 put in to read them.
    q.text = s.get(..used)?.to_string();
    (used > prefix_len + 3 && q.unit != Unit::Number).then_some((q, used))
}

/// Leftmost-longest search for known names in a sentence, with quotation
/// marks and width folded as the store folds names.
struct KnownMatcher {
    ac: Option<AhoCorasick>,
    names: Vec<(String, String)>,
}

impl KnownMatcher {
    fn new(known: &Known) -> KnownMatcher {
        let usable: Vec<&(String, String, String)> = known
            .patterns
            .iter()
            .filter(|(key, _, kind)| {
                let n = key.chars().count();
                n >= 3 || (n == 2 && PLACE_KINDS.contains(&kind.as_str()))
            })
            .collect();
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(usable.iter().map(|(k, _, _)| k.as_str()))
            .ok();
        KnownMatcher {
            ac,
            names: usable
                .iter()
                .map(|(_, n, kind)| (n.clone(), kind.clone()))
                .collect(),
        }
    }

    fn find(&self, norm: &str) -> Vec<Mention> {
        let Some(ac) = &self.ac else {
            return Vec::new();
        };
        // The sentence as name keys, with each key byte's place in `norm`.
        let mut key = String::new();
        let mut from: Vec<(usize, usize)> = Vec::new();
        for (i, c) in norm.char_indices() {
            let folded = name_key(&c.to_string());
            for _ in 0..folded.len() {
                from.push((i, i + c.len_utf8()));
            }
            key.push_str(&folded);
        }
        ac.find_iter(&key)
            .filter_map(|m| {
                let (start, _) = *from.get(m.start())?;
                let (_, end) = *from.get(m.end().checked_sub(1)?)?;
                Some(Mention {
                    start,
                    end,
                    name: self.names.get(m.pattern().as_usize())?.0.clone(),
                    new_kind: None,
                    sentence: 0,
                    how: None,
                })
            })
            .collect()
    }
}

/// What 城乡 (urban and rural) qualifies right after it: people, their
/// insurance, a policy's scope; a township ending 城乡 is followed by none.
const URBAN_AND_RURAL_AFTER: &[&str] = &[
    "居民", "低保", "医保", "一体", "统筹", "融合", "规划", "建设", "发展", "差距", "供水", "环境",
    "社区", "公交", "养老",
];

/// 安排漳河新区, 推进青石湾新区: the walk back from a place's ending ran
/// over a verb or an adverb of the clause into a place jieba knows; the
/// bytes of that verb, which is no part of the name (0 when none). Only a
/// place jieba tags as one right after the verb: 联合乡, 新建区 are named
/// like verbs and have no known place inside.
fn verb_before_known_place(name: &str) -> usize {
    // A verb of two characters and a place of two, then the ending.
    if name.chars().count() < 5 {
        return 0;
    }
    let words = segment::tag(name);
    match words.as_slice() {
        [verb, place, ..]
            if matches!(verb.tag, "v" | "vn" | "d")
                && verb.word.chars().count() >= 2
                && verb.word.chars().all(is_han)
                && place.tag == "ns"
                && place.end < name.len() =>
        {
            verb.end
        }
        _ => 0,
    }
}

/// Place names by their endings: 义县, 聚粮屯镇, 孟家屯村, 鄂托克前旗, 哈日根图嘎查.
fn find_places(norm: &str) -> Vec<Mention> {
    let chars: Vec<(usize, char)> = norm.char_indices().collect();
    let mut out = Vec::new();
    for (k, &(i, c)) in chars.iter().enumerate() {
        // 哈日根图嘎查: a two-character ending; the name is walked from
        // before its first character.
        let two = lexicon::PLACE_SUFFIXES2.iter().find(|(s, _)| {
            k >= 1 && s.starts_with(chars[k - 1].1) && s.ends_with(c) && s.chars().count() == 2
        });
        let Some(kind) = two.map(|(_, kind)| *kind).or_else(|| {
            lexicon::PLACE_SUFFIXES
                .iter()
                .find(|(s, _)| *s == c)
                .map(|(_, kind)| *kind)
        }) else {
            continue;
        };
        let k_end = k;
        // 酉阳土家族苗族自治县: longer than the walk below takes; read by
        // `autonomous_places`.
        if k >= 2 && chars[k - 2].1 == '自' && chars[k - 1].1 == '治' {
            continue;
        }
        // 澳门特区: read by `special_regions`.
        if special_region_at(&norm[..i + c.len_utf8()]).is_some() {
            continue;
        }
        // 银川城乡居民医保: urban and rural (城乡) people or policies, no
        // township whose name ends 城 (古城乡人民政府 stays one).
        if c == '乡'
            && k >= 1
            && chars[k - 1].1 == '城'
            && URBAN_AND_RURAL_AFTER
                .iter()
                .any(|w| norm[i + c.len_utf8()..].starts_with(w))
        {
            continue;
        }
        let k = if two.is_some() { k - 1 } else { k };
        let next = chars.get(k_end + 1).map(|x| x.1);
        if let (Some(n), Some((_, blockers))) =
            (next, lexicon::PLACE_BLOCKERS.iter().find(|(s, _)| *s == c))
        {
            // 新荣区分别…: 分别 follows the name, not 区分.
            let fenbie = chars.get(k_end + 2).is_some_and(|x| x.1 == '别');
            // 南通市民政局: the city's civil affairs bureau (民政), not its
            // citizens (市民).
            let minzheng = n == '民' && chars.get(k_end + 2).is_some_and(|x| x.1 == '政');
            // 甲县道路建设: the county's roads (道路), not a county road.
            let daolu = n == '道' && chars.get(k_end + 2).is_some_and(|x| x.1 == '路');
            // 建平县城乡低保, 青石县城镇居民, 青石县城市管理局: the county's
            // urban and rural (城乡), towns (城镇) or city (城市), not its
            // county town (县城); 县城市场 stays the county town's market.
            let chengxiang = c == '县'
                && n == '城'
                && chars.get(k_end + 2).is_some_and(|x| "乡镇市".contains(x.1))
                && chars.get(k_end + 3).is_none_or(|x| x.1 != '场');
            let let_through = n == '分' && fenbie || minzheng || daolu || chengxiang;
            if blockers.contains(n) && !let_through {
                continue;
            }
        }
        // 设立市、镇、村三级河长: the levels listed, not a place.
        let level_list = |at: usize| {
            chars.get(at).is_some_and(|x| x.1 == '、')
                && chars
                    .get(at + 1)
                    .is_some_and(|x| lexicon::PLACE_SUFFIXES.iter().any(|(s, _)| *s == x.1))
                && chars
                    .get(at + 2)
                    .is_some_and(|x| "、两三四五级".contains(x.1))
        };
        if level_list(k_end + 1) {
            continue;
        }
        let mut j = k;
        let c = chars[k].1;
        // 赣县区, 北镇市: a district or county-level city named after the
        // county or town it was: the inner ending is part of the name.
        // 高村乡, 李村镇: a township named after a village; 毛市镇: a town
        // named after its market.
        let compound = (matches!(c, '区' | '市') && k >= 2 && matches!(chars[k - 1].1, '县' | '镇' | '旗')
                || matches!(c, '乡' | '镇') && k >= 2 && matches!(chars[k - 1].1, '村' | '市'))
                && is_han(chars[k - 2].1)
                && !lexicon::NAME_STOPS.contains(chars[k - 2].1)
                && !lexicon::PLACE_SUFFIXES
                    .iter()
                    .any(|(s, _)| *s == chars[k - 2].1)
                // 分县市看: figures broken down by county and city, 分 no
                // stem of a place.
                && !(chars[k - 2].1 == '分' && (k == 2 || !is_han(chars[k - 3].1)));
        if compound {
            j -= 1;
        }
        // 仁和区, 共和县: a one-character stem before 和 right at the ending
        // is a name with 和 inside it, when nothing Han runs on before the
        // stem (not 企业和村: 和 joining two words).
        if j == k
            && k >= 2
            && chars[k - 1].1 == '和'
            && is_han(chars[k - 2].1)
            && !lexicon::NAME_STOPS.contains(chars[k - 2].1)
            && !lexicon::PLACE_SUFFIXES
                .iter()
                .any(|(s, _)| *s == chars[k - 2].1)
            && (k == 2 || {
                let b = chars[k - 3].1;
                !is_han(b)
                    || b == '州'
                    || lexicon::NAME_STOPS.contains(b)
                    || lexicon::PLACE_SUFFIXES.iter().any(|(s, _)| *s == b)
            })
        {
            j = k - 2;
        }
        let he_inside = j + 2 == k && chars[k - 1].1 == '和';
        while j > 0 && !(j + 2 == k && chars[k - 1].1 == '和') {
            let p = chars[j - 1].1;
            if !is_han(p)
                || lexicon::NAME_STOPS.contains(p)
                || lexicon::PLACE_SUFFIXES.iter().any(|(s, _)| *s == p)
                || k - (j - 1) > 6
            {
                break;
            }
            j -= 1;
        }
        // 向阳村, 和平镇, 将台堡镇: common place stems opening with a
        // character that elsewhere stops a name.
        if j > 0 && j < k {
            let from = chars[j - 1].0;
            if lexicon::STOP_STEMS
                .iter()
                .any(|st| norm[from..chars[k].0].starts_with(st))
            {
                j -= 1;
            }
        }
        // 于都县, 成都市: the stem ends with such a character.
        let mut stop_stem_ends = false;
        if j == k {
            let before = &norm[..chars[k].0];
            if let Some(st) = lexicon::STOP_STEMS.iter().find(|st| before.ends_with(**st)) {
                j = k - st.chars().count();
                stop_stem_ends = true;
            }
        }
        // 西乡塘区, 镇南镇: a place's ending inside a stem of one character
        // more; the name is taken whole when nothing Han (or a function
        // character) comes before it.
        // 走进镇雄县: a visit's verb before the stem bounds it too.
        let bounded = |at: usize| {
            at == 0
                || !is_han(chars[at - 1].1)
                || lexicon::NAME_STOPS.contains(chars[at - 1].1)
                || VISIT_VERBS
                    .iter()
                    .any(|v| v.chars().count() >= 2 && norm[..chars[at].0].ends_with(v))
        };
        let is_ending = |x: char| lexicon::PLACE_SUFFIXES.iter().any(|(s, _)| *s == x);
        // 上堡乡、聂都乡: 都 right before a township's or village's ending
        // is the stem's (the adverb 都 is followed by a verb), when one
        // character opens the stem after a mark or a function word.
        if j == k
            && matches!(c, '乡' | '镇' | '村')
            && k >= 2
            && chars[k - 1].1 == '都'
            && is_han(chars[k - 2].1)
            && !lexicon::NAME_STOPS.contains(chars[k - 2].1)
            && !is_ending(chars[k - 2].1)
            && bounded(k - 2)
        {
            j = k - 2;
        }
        if !compound && j + 1 == k && j >= 1 && is_ending(chars[j - 1].1) && !he_inside {
            let q = j.checked_sub(2).map(|q| chars[q].1);
            if q.is_some_and(|q| is_han(q) && !lexicon::NAME_STOPS.contains(q) && !is_ending(q))
                && bounded(j - 2)
            {
                j -= 2;
            } else if bounded(j - 1) {
                j -= 1;
            }
        }
        if compound && j == k - 1 {
            continue;
        }
        // 其中乐东县: the character ending a function word (其中, 之中,
        // 其余) opens no stem; 其中区外观众: a stem of it alone makes the
        // ending after it no place's.
        if j >= 1
            && j < k
            && ["其中", "之中", "其余", "其他", "其间"]
                .iter()
                .any(|w| norm[chars[j - 1].0..].starts_with(w))
        {
            if j + 1 == k {
                continue;
            }
            j += 1;
        }
        // 临猗、万荣两县: a number of counties counted, not a county.
        // 称多县: 多 after no numeral (十多县, 许多县) is the stem's.
        let many = || {
            chars[k - 1].1 == '多'
                && !(is_numeral_char(chars[k - 2].1) || "许很诸众好".contains(chars[k - 2].1))
        };
        if j + 1 < k
            && "县市区省旗盟".contains(c)
            && "两二三四五六七八九十几多各数".contains(chars[k - 1].1)
            && !many()
        {
            continue;
        }
        // 普拉底乡其达村: 其 between a place's ending and a one-character
        // stem of a village or town opens the stem (no pronoun follows a
        // place's name); not 其余村, 其他乡.
        if j + 1 == k
            && j >= 2
            && matches!(c, '村' | '镇' | '乡')
            && chars[j - 1].1 == '其'
            && is_ending(chars[j - 2].1)
            && !"余他它中间各".contains(chars[j].1)
        {
            j -= 1;
        }
        if j == k {
            continue;
        }
        // 省内县外务工, 以前县里: a position (内, 前 …) alone or after a
        // level's ending is no place's stem.
        if "内外里前后".contains(chars[k - 1].1) && (j + 1 == k || is_ending(chars[k - 2].1)) {
            continue;
        }
        // 送水车辆进村, 医生驻村, 农产品出村: going into, staying in or out
        // of villages (进村, 驻村) after a run of words; a stem that long
        // ending with the verb is no village's.
        if c == '村' && "进出驻入".contains(chars[k - 1].1) && k - j >= 3 {
            continue;
        }
        // 第一大镇, 全国第二大县: a rank said of a place, no place's name.
        if j > 0 && chars[j - 1].1 == '第' && is_numeral_char(chars[j].1) {
            continue;
        }
        // 东盟 (ASEAN), 义旗: a banner or league has at least two
        // characters before its ending (兴安盟, 乌审旗).
        if matches!(c, '旗' | '盟') && k - j < 2 {
            continue;
        }
        // Stopped by length inside a longer run of characters: not a name.
        if j > 0 && k - j >= 6 && is_han(chars[j - 1].1) {
            continue;
        }
        // 起于昭阳区，经鲁甸县，止于…: 经 after a mark is the route's verb.
        if chars[j].1 == '经' && k - j >= 3 && (j == 0 || !is_han(chars[j - 1].1)) {
            j += 1;
        }
        // 经市文化和旅游局测算: 经 (through) before a level alone; the level
        // opens the office's name, no place has the stem 经.
        if chars[j].1 == '经' && j + 1 == k {
            continue;
        }
        let mut start = chars[j].0;
        let end = i + chars[k_end].1.len_utf8();
        // A province is one of the provinces, from where its name starts
        // (推进安徽省 is 安徽省); anything else ending in 省 is a verb.
        if kind == "province" {
            let stem = &norm[start..i];
            let Some(p) = lexicon::PROVINCES.iter().find(|p| stem.ends_with(**p)) else {
                continue;
            };
            start = i - p.len();
        }
        // 新建标准化村, 增加林区, 启动古镇: a verb glued on is no part of
        // the name.
        if let Some(v) = lexicon::NAME_VERBS
            .iter()
            .chain(&["增加", "新增", "改造", "启动", "配套建设", "同步建设"])
            // 目前古镇内: a time word glued on neither.
            .chain(&["目前", "当前", "如今", "现在"])
            .find(|v| norm[start..i].starts_with(**v) && norm[start..i].len() > v.len())
        {
            start += v.len();
        }
        start += verb_before_known_place(&norm[start..end]);
        // 完成县人大批准的预算, 有望完成县政府…: a verb, then the level of an
        // office (县人大, 市政府), is no place named after the verb (but
        // 联合乡政府, 新建区政府 are: places named like verbs).
        if lexicon::NAME_VERBS
            .iter()
            .filter(|v| !["联合", "建设", "新建", "建成"].contains(*v))
            .any(|v| norm[start..i].ends_with(v))
            && ["人大", "政府", "委", "级", "财政", "人民", "社"]
                .iter()
                .any(|o| norm[end..].starts_with(o))
        {
            continue;
        }
        // 走进镇宁县: the 镇 opening a county's stem ends no town whose
        // stem ends with the visit's verb.
        if VISIT_VERBS
            .iter()
            .any(|v| v.chars().count() >= 2 && norm[start..i].ends_with(v))
        {
            continue;
        }
        // ——访花垣县县长…, 走进某某村: a feature's headline opens with
        // the visit, not with the place's name.
        // 访康县: a county's stem may be one character.
        let stem_least = if c == '县' { 1 } else { 2 };
        if let Some(v) = VISIT_VERBS.iter().find(|v| {
            norm[start..i].starts_with(**v)
                && norm[start..i].chars().count() >= v.chars().count() + stem_least
                && norm[..start].chars().next_back().is_none_or(|c| !is_han(c))
        }) {
            start += v.len();
        }
        // 内蒙古乌审旗, 湖北宜昌市: a province said short (no 省, 自治区)
        // glued before a place of its own is no part of that place's name.
        if kind != "province" {
            if let Some((p, _)) = province_level_places().find(|(p, _)| {
                norm[start..i]
                    .strip_prefix(p)
                    .is_some_and(|r| r.chars().count() >= 2)
            }) {
                start += p.len();
            }
        }
        let name = &norm[start..end];
        // “乡聘村用”, “县管校聘”: a slogan quoted whole that runs on past the
        // ending has levels for its words, no place.
        if norm[..start].ends_with('“')
            && norm[end..].find('”').is_some_and(|close| {
                let rest = &norm[end..end + close];
                (1..=3).contains(&rest.chars().count()) && rest.chars().all(is_han)
            })
        {
            continue;
        }
        // 特区政府预计…: the level of a special administrative region said
        // without the region's name is no district named 特.
        if ["特区", "特别行政区"].contains(&name) {
            continue;
        }
        // 横州市人民政府市长: the 市 of a title after an office's name;
        // no place's stem ends with an office (政府, 局, 委).
        if ["政府", "局", "委", "厅"]
            .iter()
            .any(|o| norm[start..chars[k].0].ends_with(o))
        {
            continue;
        }
        // 呼和浩特市新城区: a district named right after its city is a name
        // even when it ends like a common word (城区).
        // Not 东兴市边民互市: border trade said after the city is no city.
        let after_city = out
            .last()
            .is_some_and(|p: &Mention| p.end == start && p.name.ends_with('市'))
            && name.chars().count() >= 3
            && !name.ends_with('市');
        // 平城区向阳里小区: a residential compound named right after its
        // district (not 云冈区老旧小区).
        // The walk may have stopped at a function character opening the
        // name (向阳里小区): from the district's end, then.
        let district_end = out
            .last()
            .filter(|p: &&Mention| p.name.ends_with(['区', '县', '市']))
            .map(|p| p.end)
            .filter(|&e| e <= start && norm[e..start].chars().count() <= 1);
        let compound_after_district = district_end.is_some_and(|e| {
            let whole = &norm[e..end];
            whole.chars().count() >= 4
                && (whole.ends_with("小区") || whole.ends_with("社区"))
                && !whole.starts_with(|c: char| "老旧新各全该本城".contains(c))
        });
        let kind = if compound_after_district {
            start = district_end.unwrap_or(start);
            "community"
        } else {
            kind
        };
        let name = &norm[start..end];
        let after_city = after_city || compound_after_district;
        let how = if he_inside {
            Some("和 inside a two-character place name (仁和区, 共和县)")
        } else if stop_stem_ends {
            Some("a known place stem ending with a function character (于都县, 成都市)")
        } else if kind == "prefecture" {
            Some("a league (盟) is a prefecture")
        } else {
            None
        };
        // 平城区, 蕉城区: a district named X城 (not 老城区, 主城区).
        let cheng = name.chars().count() == 3
            && name.ends_with("城区")
            && !name.starts_with(|c: char| "老主新旧中市县全该本各城".contains(c));
        // 湘潭市农业农村局: after a city, a generic word its office's name
        // goes on from is the office's trade, not a village.
        let office_trade = || {
            ["局", "厅", "委", "办"]
                .iter()
                .any(|e| norm[end..].starts_with(e))
        };
        // 像村西头的老周: a word of comparison and an ending, no place.
        let compared = name.chars().count() == 2 && name.starts_with(['像', '似']);
        if compared
            || lexicon::GENERIC_PLACES.contains(&name)
            || ((!after_city || office_trade())
                && !cheng
                && lexicon::GENERIC_ENDINGS.iter().any(|g| name.ends_with(g))
                && !lexicon::PLACES_ENDING_GENERIC.contains(&name))
            || name_suffixes().any(|(s, _)| s.chars().count() > 1 && name.ends_with(s))
        {
            continue;
        }
        out.push(Mention {
            start,
            end,
            name: name.to_string(),
            new_kind: Some(kind.to_string()),
            sentence: 0,
            how,
        });
    }
    out.extend(autonomous_places(norm));
    out.extend(special_regions(norm));
    out.extend(territories_said_bare(norm));
    out.extend(visitors_destination(norm));
    out.extend(city_parts(norm));
    out.sort_by_key(|m| m.start);
    out
}

/// How many sentences say a part of the city (中心城区) before the text is
/// taken to report it apart from the whole city.
const CITY_PART_SENTENCES: usize = 3;

const CITY_PART_HOW: &str = "a part of the city said by its role (中心城区, 主城区): \
     the text's figures of that part, not of the whole city";

/// 我市中心城区生活垃圾日均清运量…, 中心城区现有居民小区…: the part of the
/// city the text reports apart from the whole (`lexicon::CITY_PARTS`), a
/// place whose figures are its own. Said right after a name's stem (乐山主城
/// 区) it is that place's, not named apart.
fn city_parts(norm: &str) -> Vec<Mention> {
    lexicon::CITY_PARTS
        .iter()
        .flat_map(|part| norm.match_indices(part))
        .filter(|(at, _)| {
            let mut back = norm[..*at].chars().rev();
            let last = back.next();
            // 成都市中心城区…绵阳市中心城区: each city's own part, not one
            // place; 我市中心城区 or 全市中心城区 is the text's city.
            let named_city =
                last == Some('市') && back.next().is_some_and(|c| !"我全本该".contains(c));
            !named_city && last.is_none_or(|c| !is_han(c) || "市县区的在和与及".contains(c))
        })
        .map(|(at, part)| Mention {
            start: at,
            end: at + part.len(),
            name: part.to_string(),
            new_kind: Some("district".to_string()),
            sentence: 0,
            how: Some(CITY_PART_HOW),
        })
        .collect()
}

/// The special administrative regions (a closed list), said with their
/// level (澳门特区, 香港特别行政区) or without it as the text mostly does.
const SPECIAL_REGIONS: &[&str] = &["香港", "澳门"];

/// Where the special administrative region whose level ends `before`
/// (…澳门特区) starts, and its name.
fn special_region_at(before: &str) -> Option<(usize, &'static str)> {
    let stem = ["特别行政区", "特区"]
        .iter()
        .find_map(|l| before.strip_suffix(l))?;
    let r = SPECIAL_REGIONS.iter().find(|r| stem.ends_with(**r))?;
    Some((stem.len() - r.len(), r))
}

/// 澳门特区政府, 香港特别行政区: one place, named as the text mostly says
/// it (澳门), whichever form of its level it is said with.
fn special_regions(norm: &str) -> Vec<Mention> {
    norm.match_indices('区')
        .filter_map(|(i, c)| {
            let end = i + c.len();
            let (start, name) = special_region_at(&norm[..end])?;
            Some(Mention {
                start,
                end,
                name: name.to_string(),
                new_kind: Some("province".to_string()),
                sentence: 0,
                how: Some("a special administrative region (澳门特区) by its name alone"),
            })
        })
        .chain(region_said_as_here(norm))
        .chain(taiwan_said_whole(norm))
        .collect()
}

/// 全臺農產品損失…: Taiwan's news says the whole island as 全臺, as a
/// city's says 全市; the text's word is the territory's alias. Not inside
/// a word (安全台账) or before one (全台湾 is found whole, 全台风季).
fn taiwan_said_whole(norm: &str) -> impl Iterator<Item = Mention> + '_ {
    norm.match_indices("全台")
        .filter(|(i, w)| {
            norm[..*i].chars().next_back().is_none_or(|c| !is_han(c))
                && !norm[i + w.len()..].starts_with(['湾', '风', '账', '阶', '球'])
        })
        .map(|(i, w)| Mention {
            start: i,
            end: i + w.len(),
            name: "台湾".to_string(),
            new_kind: Some("province".to_string()),
            sentence: 0,
            how: Some(TAIWAN_WHOLE_HOW),
        })
}

const TAIWAN_WHOLE_HOW: &str = "Taiwan said whole as 全臺 (as a city's 全市): the territory";

/// 本澳总用水量, 全澳酒店: Macao's reports name their region by its one
/// character after 本 (here) or 全 (all of it). Not 本港, 全港: a port's
/// report says them of the port as often as Hong Kong's of its region.
fn region_said_as_here(norm: &str) -> impl Iterator<Item = Mention> + '_ {
    [("本澳", "澳门"), ("全澳", "澳门")]
        .into_iter()
        .flat_map(move |(word, name)| {
            norm.match_indices(word)
                // 全澳门: the region said whole, found as such.
                .filter(|(i, w)| !norm[i + w.len()..].starts_with('门'))
                .map(move |(i, w)| Mention {
                    start: i,
                    end: i + w.len(),
                    name: name.to_string(),
                    new_kind: Some("province".to_string()),
                    sentence: 0,
                    how: Some("a special administrative region said as here (本澳, 全澳)"),
                })
        })
}

/// Every province-level place, short (河北, 广西, 上海) and by its full
/// name (河北省, 广西壮族自治区, 上海市).
fn province_level_places() -> impl Iterator<Item = (&'static str, String)> {
    lexicon::PROVINCES
        .iter()
        .map(|p| (*p, format!("{p}省")))
        .chain(
            AUTONOMOUS_REGIONS
                .iter()
                .map(|(s, f)| (*s, (*f).to_string())),
        )
        .chain(
            lexicon::MUNICIPALITIES
                .iter()
                .map(|m| (*m, format!("{m}市"))),
        )
}

/// 河北税务, 湖南气象 opening a headline: a province's office said by its
/// system's short name (the province and a system, 税务 for 国家税务总局X省
/// 税务局) reports the province's figures; the province, by its full name.
/// Not 海关: a customs district (海口海关) is a name of its own.
fn system_short_place(norm: &str) -> Option<Mention> {
    let (short, full) = province_level_places().find(|(p, _)| norm.starts_with(p))?;
    let rest = &norm[short.len()..];
    let system = lexicon::SYSTEM_SHORT_NAMES
        .iter()
        .find(|w| rest.starts_with(**w))?;
    // The system word ends the name (河北税务：, 湖南气象 今冬…), not a
    // longer one (四川统计学会).
    let after = &rest[system.len()..];
    let period_follows = after.starts_with(is_numeral_char)
        || after.starts_with(['今', '去', '前', '上', '下', '全', '本', '第']);
    if after.starts_with(is_han) && !period_follows {
        return None;
    }
    Some(Mention {
        start: 0,
        end: short.len(),
        name: full,
        new_kind: Some("province".to_string()),
        sentence: 0,
        how: Some("a province's office said by its system's short name (X税务): the province"),
    })
}

/// 河南上调最低工资标准…, 数说湖南国庆档…, 好消息！洛南农村自来水… then
/// 全省/我县 in the body: a headline whose first line opens (or opens a
/// part, after a column's word of two characters at most) with a place
/// said short is about that place when the body speaks of the whole of
/// it; the place, by its full name. A province is one of the provinces;
/// any other place, a word the body also says with that level (洛南县).
fn headline_place(head: &str, whole: &str) -> Option<Mention> {
    let line = head.lines().next()?;
    let words = tagged(line, &[]);
    let says_whole = |level: char| {
        ["全", "我"]
            .iter()
            .any(|w| whole.contains(&format!("{w}{level}")))
    };
    // Where a part of the line opens: its start, and after a mark.
    let parts = std::iter::once(0).chain(
        line.char_indices()
            .filter(|(_, c)| "！!，,｜|： 　".contains(*c))
            .map(|(i, c)| i + c.len_utf8())
            .take(3),
    );
    let starts: Vec<usize> = parts
        .flat_map(|p| {
            line[p..]
                .char_indices()
                .take(3)
                .filter(move |(i, _)| line[p..p + i].chars().all(is_han))
                .map(move |(i, _)| p + i)
        })
        .collect();
    // 青山湖南岸, 湖南大学: a word the short name is only part of.
    // 黑龙江庆安：…: a place said right after it (which jieba knows, or
    // the body says with its level: 庆安县) is the smaller, the one the
    // headline is about.
    let smaller_after = |end: usize| {
        words.iter().any(|w| {
            w.start == end
                && (w.tag == "ns"
                    || ['市', '县', '区']
                        .iter()
                        .any(|l| whole.contains(&format!("{}{l}", w.word))))
        })
    };
    // 松江设立…母基金, 数说榕江“村超”: a headline going on to name a thing
    // (an ending of names, a quoted name) is about that thing.
    let names_a_thing = |end: usize| {
        let rest = &line[end..];
        rest.contains(['“', '「'])
            || name_suffixes().any(|(x, _)| x.chars().count() >= 2 && rest.contains(x))
    };
    let word_at = |at: usize, end: usize| {
        words.iter().any(|w| w.start == at && w.end == end)
            && !smaller_after(end)
            && !names_a_thing(end)
    };
    let (at, end, name, kind) = starts.iter().find_map(|&at| {
        if let Some((short, full)) =
            province_level_places().find(|(p, _)| line[at..].starts_with(p))
        {
            let end = at + short.len();
            let level = full.chars().next_back()?;
            return (word_at(at, end) && !line[end..].starts_with(level) && says_whole(level))
                .then_some((at, end, full, "province"));
        }
        let w = words.iter().find(|w| w.start == at && w.tag == "ns")?;
        if !(2..=3).contains(&w.word.chars().count())
            || !w.word.chars().all(is_han)
            || !word_at(w.start, w.end)
        {
            return None;
        }
        [('市', "city"), ('县', "county"), ('区', "district")]
            .iter()
            .find(|(level, _)| {
                let full = format!("{}{level}", w.word);
                whole.contains(&full) && !line[w.end..].starts_with(*level) && says_whole(*level)
            })
            .map(|(level, kind)| (at, w.end, format!("{}{level}", w.word), *kind))
    })?;
    Some(Mention {
        start: at,
        end,
        name,
        new_kind: Some(kind.to_string()),
        sentence: 0,
        how: Some(
            "a place said short opening the headline, the body speaking of its whole \
             (全省/我县): the place",
        ),
    })
}

/// 甲湖冬捕头网出鱼近12万斤 … 甲湖第十一届冰雪文化节开幕: an event
/// named in the body only, after (or with) the words the headline opens
/// with, is held by what those words name; that host is what the article
/// is about. Not when the headline names the event itself.
fn event_host(norm: &str, m: &Mention, head: &str) -> Option<Mention> {
    let key = simplify(&m.name);
    let tail: String = {
        let n = key.chars().count();
        key.chars().skip(n.saturating_sub(3)).collect()
    };
    if head.contains(&tail) {
        return None;
    }
    let span = &norm[m.start..m.end];
    // The words before the event, its edition (第十一届) left out.
    let mut lead = &norm[..m.start];
    if let Some(at) = lead.rfind('第').filter(|&at| edition_ends(&lead[at..])) {
        lead = &lead[..at];
    }
    let run: Vec<(usize, char)> = head
        .char_indices()
        .take_while(|(_, c)| is_han(*c))
        .collect();
    // The longest opening of the headline (two characters at least) said
    // right before the event, or opening the event's own name.
    let (start, end) = (2..=run.len().min(8)).rev().find_map(|n| {
        let x = &head[..run.get(n).map_or(head.len(), |(i, _)| *i)];
        if lead.ends_with(x) {
            Some((lead.len() - x.len(), lead.len()))
        } else if span.starts_with(x) && span.chars().count() >= n + 2 {
            Some((m.start, m.start + x.len()))
        } else {
            None
        }
    })?;
    let name = &norm[start..end];
    // A place the names found (with its level) or a generic word is no host
    // said short.
    if !find_places(name).is_empty() || lexicon::GENERIC_PLACES.contains(&name) {
        return None;
    }
    Some(Mention {
        start,
        end,
        name: name.to_string(),
        new_kind: None,
        sentence: m.sentence,
        how: Some(
            "the words the headline opens with, said before an event the body names: the \
             event's host, what the article is about",
        ),
    })
}

/// 【市供热服务中心主任 韩冬梅】上个供暖季，全市…: a person named by the
/// label of a transcript's turn, opening the sentence, speaks; the figures
/// of their answer are not theirs (whole: 全市), so they run no thread.
fn speaker_label(norm: &str, m: &Mention) -> bool {
    // One of the people (村民张三：…) tells of their own life.
    if m.new_kind.as_deref() != Some("person") || m.how == Some(ONE_OF_THE_PEOPLE) {
        return false;
    }
    let (open, end) = match norm.strip_prefix('【') {
        Some(rest) => (
            '【'.len_utf8(),
            rest.find('】').map(|e| '【'.len_utf8() + e),
        ),
        None => (0, norm.find(['：', ':'])),
    };
    // A title before the name: an official speaking for an office.
    end.is_some_and(|e| m.start > open && m.end == e && norm[..e].chars().count() <= 24)
}

/// Halls and grounds events are held in, said after their place's name.
const VENUES: &[&str] = &[
    "体育场",
    "体育馆",
    "体育中心",
    "足球场",
    "会展中心",
    "博览中心",
    "国际会议中心",
    "大剧院",
    "广场",
];

/// 总决赛在城北新区体育场落下帷幕: a place said after 在 or 于 before a
/// hall or ground only says where an event is held, not what the article
/// is about.
fn venue_place(norm: &str, m: &Mention) -> bool {
    norm[..m.start].ends_with(['在', '于']) && VENUES.iter().any(|v| norm[m.end..].starts_with(v))
}

/// 行政院主计总处公布, 据政府统计处数字: an office only a territory's
/// administration has, opening a clause (another country's ministry,
/// 美国劳动部, is said after its country), names the territory whose
/// figures it gives: the news seldom says the territory itself.
fn territory_office(norm: &str, sentence: u32) -> Option<Mention> {
    // The offices and their territories are data (lexicon.toml's
    // [territory_offices]), longest first.
    let offices = &lexicon::data().territory_offices;
    offices.iter().find_map(|(office, territory)| {
        let (at, _) = norm.match_indices(office.as_str()).find(|(at, _)| {
            let before = norm[..*at]
                .strip_suffix(['据', '由'])
                .unwrap_or(&norm[..*at]);
            before.chars().next_back().is_none_or(|c| !is_han(c))
        })?;
        Some(Mention {
            start: at,
            end: at + office.len(),
            name: territory.clone(),
            new_kind: Some("province".to_string()),
            sentence,
            how: Some(
                "the territory whose administration's office (行政院主计总处, 政府统计处) gave \
                 the figures, the only name before them",
            ),
        })
    })
}

/// 国家统计局湖南调查总队发布数据，全省…: a statistics survey office is
/// named for the place it surveys, and its figures are that place's; the
/// office itself reports them. A province's 调查总队 (said with or without
/// 国家统计局) or a city's 调查队 after 国家统计局 stands for the place.
fn survey_office_places(norm: &str, sentence: u32, mentions: &mut Vec<Mention>) {
    const BUREAU: &str = "国家统计局";
    let mut found = Vec::new();
    for (i, ending) in norm
        .match_indices("调查总队")
        .chain(norm.match_indices("调查队"))
    {
        let before = &norm[..i];
        // The province right before the ending, its level said or not.
        let province = province_level_places().find_map(|(short, full)| {
            [full.as_str(), short]
                .iter()
                .find(|f| before.ends_with(**f))
                .map(|f| (before.len() - f.len(), full.clone()))
        });
        let (place_at, name, kind) = match province {
            Some((at, full)) if ending == "调查总队" => (at, full, "province"),
            // 国家统计局长沙调查队: a city's office, the bureau's name first.
            None if ending == "调查队" => {
                let Some(b) = before.rfind(BUREAU) else {
                    continue;
                };
                let stem = &before[b + BUREAU.len()..];
                let n = stem.chars().count();
                if !(2..=4).contains(&n) || !stem.chars().all(is_han) {
                    continue;
                }
                let stem = stem.strip_suffix('市').unwrap_or(stem);
                (b + BUREAU.len(), format!("{stem}市"), "city")
            }
            _ => continue,
        };
        let start = if norm[..place_at].ends_with(BUREAU) {
            place_at - BUREAU.len()
        } else {
            place_at
        };
        found.push(Mention {
            start,
            end: i + ending.len(),
            name,
            new_kind: Some(kind.to_string()),
            sentence,
            how: Some("a statistics survey office (国家统计局X调查总队): the place it surveys"),
        });
    }
    for m in found {
        put_over(mentions, m);
    }
}

/// 金桥热电厂　供热面积6850万平方米　储煤32.6万吨: a table's row, its
/// cells set apart by ideographic spaces, opens with the name its figures
/// belong to; the name is the whole first cell, whatever its ending (其他
/// 热源单位 too), and not the office that gave the table.
fn table_row_name(
    norm: &str,
    map: &[(usize, usize)],
    (from, to): (usize, usize),
    sentence: u32,
    mentions: &mut Vec<Mention>,
) {
    // The text has the white space taken out; where it was, the map of
    // the text onto the original starts a new run. A row set apart by bars
    // (化工｜39｜1.6) starts its cells after them.
    let bars = norm[from..to].contains(['｜', '|']);
    let gaps: Vec<usize> = if bars {
        bar_cells(norm, from, to)
            .iter()
            .skip(1)
            .map(|&(a, _)| a)
            .collect()
    } else {
        map.iter()
            .map(|(t, _)| *t)
            .filter(|&t| t > from && t < to && norm.is_char_boundary(t))
            .collect()
    };
    // A row may follow its table's lead-in in the same sentence (如下：
    // and a line break): the row starts at that break.
    let row_at = gaps
        .iter()
        .copied()
        .rfind(|&g| norm[..g].ends_with(['：', ':']))
        .unwrap_or(from);
    // ＃玉米: the mark of an item of the row above is no part of its name.
    let row_at =
        row_at + norm[row_at..to].len() - norm[row_at..to].trim_start_matches(['＃', '#']).len();
    let row = &norm[row_at..to];
    // Not the headline: its words may stand apart (甲县供热 面积…).
    let Some(cell_end) = gaps
        .iter()
        .copied()
        .find(|&g| g > row_at)
        .filter(|_| sentence > 0)
    else {
        return;
    };
    let first = norm[row_at..cell_end]
        .trim_end_matches(['｜', '|'])
        .trim_end();
    let cell_end = row_at + first.len();
    // 全年粮食, 全市, 合计: the row of the whole, whose figures are the
    // place's the text is about, not a thing of that name.
    if first.starts_with('全') || ["合计", "总计", "总体"].contains(&first) {
        return;
    }
    // 发电量（亿千瓦时）: a row naming a measure in its unit, the figures
    // of the one the table is about (round 49).
    let measure = first
        .strip_suffix(['）', ')'])
        .and_then(|c| c.rfind(['（', '(']).map(|p| &c[p..]))
        .map(|u| u.trim_start_matches(['（', '(']))
        .and_then(|u| u.split(['/', '／']).next())
        .is_some_and(|u| !u.is_empty() && unit_named(u).is_some());
    if measure {
        return;
    }
    // Cells, not prose: no clause marks, and every other cell a figure.
    let prose = row.contains(['，', '。', '；', ',', ';', '：', ':']);
    let cells: Vec<&str> = gaps
        .iter()
        .filter(|&&g| g >= cell_end)
        .chain(std::iter::once(&to))
        .collect::<Vec<_>>()
        .windows(2)
        .map(|w| &norm[*w[0]..*w[1]])
        .collect();
    let n = first.chars().count();
    // 建平民政　2026-12-18: an account's or author's name and the post's
    // date (a byline), not a row of figures.
    let clock = |c: &str| c.contains(':') && c.chars().all(|ch| ch.is_ascii_digit() || ch == ':');
    let dated = |c: &str| is_printed_date(c) || is_written_full_date(c);
    let byline = cells.iter().any(|c| dated(c)) && cells.iter().all(|c| dated(c) || clock(c));
    if prose
        || byline
        || cells.is_empty()
        || !cells
            .iter()
            .all(|c| c.contains(|ch: char| ch.is_ascii_digit()))
        || !(2..=24).contains(&n)
        || !first.chars().all(|c| is_han(c) || "（）()·".contains(c))
    {
        return;
    }
    let kind = mentions
        .iter()
        .find(|m| m.end == cell_end && m.start == row_at)
        .and_then(|m| m.new_kind.clone())
        .unwrap_or_else(|| "organisation".to_string());
    put_over(
        mentions,
        Mention {
            start: row_at,
            end: cell_end,
            name: first.to_string(),
            new_kind: Some(kind),
            sentence,
            how: Some("a table row's first cell (甲厂　供热面积…　储煤…): what its figures are of"),
        },
    );
}

/// A date printed with figures and dashes or slashes (2026-12-18,
/// 2026/1/5), as a post's byline gives it.
fn is_printed_date(cell: &str) -> bool {
    let parts: Vec<&str> = cell.split(['-', '/']).collect();
    matches!(parts.as_slice(), [y, m, d] if y.len() == 4
        && (1..=2).contains(&m.len())
        && (1..=2).contains(&d.len())
        && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())))
}

/// A full date written in words (2026年4月16日), as a bulletin's byline
/// gives it under its issuer's name.
fn is_written_full_date(cell: &str) -> bool {
    let mut rest = cell;
    for (mark, digits) in [('年', 4..=4), ('月', 1..=2), ('日', 1..=2)] {
        let Some(p) = rest.find(mark) else {
            return false;
        };
        if !digits.contains(&p) || !rest[..p].bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        rest = &rest[p + mark.len_utf8()..];
    }
    rest.is_empty()
}

/// The lines of a sentence (a table's lines are joined into one, having
/// no full stop), as byte ranges of its text.
fn sentence_lines(s: &Sentence, len: usize) -> Vec<(usize, usize)> {
    let mut starts = vec![0];
    // The text's byte right after the break: the start of the run after
    // it, or inside a run where the split kept a space for the break
    // between two numbers (177.4⏎10月｜514.3).
    let after = |b: usize| {
        s.map.iter().enumerate().find_map(|(k, &(t, o))| {
            let end = o + s.map.get(k + 1).map_or(len, |r| r.0).saturating_sub(t);
            if o > b {
                Some(t)
            } else {
                (b + 1 < end).then(|| t + (b + 1 - o))
            }
        })
    };
    for &b in &s.breaks {
        if let Some(t) = after(b) {
            if t > 0 && t < len && s.text.is_char_boundary(t) {
                starts.push(t);
            }
        }
    }
    starts.sort_unstable();
    starts.dedup();
    let ends = starts.iter().skip(1).copied().chain(std::iter::once(len));
    starts.iter().copied().zip(ends).collect()
}

/// The cells of the line `from..to` whose cells are set apart by white
/// space (a table's row), as byte ranges; empty for a line of one cell.
/// The text has the white space taken out; where it was, the map of the
/// text onto the original starts a new run.
fn table_cells(norm: &str, map: &[(usize, usize)], from: usize, to: usize) -> Vec<(usize, usize)> {
    let mut bounds: Vec<usize> = map
        .iter()
        .map(|(t, _)| *t)
        .filter(|&t| t > from && t < to && norm.is_char_boundary(t))
        .collect();
    bounds.dedup();
    if bounds.is_empty() {
        return Vec::new();
    }
    // A space kept between two numbers (58.6　96.10) is no cell's.
    std::iter::once(from)
        .chain(bounds.iter().copied())
        .zip(bounds.iter().copied().chain(std::iter::once(to)))
        .map(|(a, b)| {
            let cell = &norm[a..b];
            let lead = cell.len() - cell.trim_start().len();
            (a + lead, a + cell.trim_end().len())
        })
        .filter(|(a, b)| a < b)
        .collect()
}

/// The bare numbers of a table's rows in the units their columns' header
/// gives (县（市、区）　常住人口（万人）　城镇化率（%） over 芗城区　58.6　96.10),
/// each with its column's name; `columns` carries the header from line to
/// line until a line is no row of it. Numbers read already are left alone.
#[allow(clippy::too_many_arguments)]
fn table_quantities(
    norm: &str,
    s: &Sentence,
    lines: &[(usize, usize)],
    columns: &mut Option<Vec<(String, String)>>,
    caption: &mut Option<String>,
    caption_cut: &mut Option<String>,
    quantities: &mut Vec<(usize, usize, Quantity)>,
    found_dates: &[dates::FoundDate],
) -> Vec<(usize, usize, Quantity, String)> {
    let mut out = Vec::new();
    for &(from, to) in lines {
        // （单位：亿元；同比单位：%）: the sentences split the caption at its
        // ；, so its parts are joined again before it is read.
        let line = &norm[from..to];
        let joined = match caption_cut.take() {
            Some(cut) if line.contains("单位") => format!("{cut}；{line}"),
            _ => line.to_string(),
        };
        if let Some(open) = caption_left_open(&joined) {
            *caption_cut = Some(open.to_string());
            continue;
        }
        let mut cells = table_cells(norm, &s.map, from, to);
        if norm[from..to].contains(['｜', '|']) {
            cells = bar_cells(norm, from, to);
        }
        // 主要会计数据（单位：万元）: the unit of the bare cells of the
        // table right under it.
        let captioned = caption.take();
        if let Some(unit) = caption_unit(&joined) {
            *caption = Some(unit);
            *columns = None;
            continue;
        }
        let mut header = table_header(&norm[from..to], norm, &cells)
            .or_else(|| names_header(&norm[from..to], norm, &cells))
            .or_else(|| periods_header(&norm[from..to], norm, &cells));
        // 县（市、区）｜查处案件｜同比增减（%） under （单位：起）: the columns the
        // header gives no unit of their own take the caption's, but changes.
        if let (Some(unit), Some(h)) = (&captioned, header.as_mut()) {
            if unit_named(unit).is_some() && h.iter().any(|(_, u)| !u.is_empty()) {
                for (name, u) in h.iter_mut() {
                    if u.is_empty() && !names_a_change(name) {
                        u.clone_from(unit);
                    }
                }
            } else if let Some(list) = unit_list(unit) {
                // 港区｜货物吞吐量｜同比（%）｜集装箱吞吐量 under （单位：万吨、
                // 万标箱）: the bare columns take the listed units in order.
                let bare: Vec<usize> = (0..h.len())
                    .filter(|&k| h[k].1.is_empty() && !names_a_change(&h[k].0))
                    .collect();
                if bare.len() == list.len() && h.iter().any(|(_, u)| !u.is_empty()) {
                    for (k, u) in bare.into_iter().zip(list) {
                        h[k].1 = u;
                    }
                }
            }
        }
        if let Some(unit) = captioned.filter(|_| {
            header
                .as_ref()
                .is_none_or(|h| h.iter().all(|(_, u)| u.is_empty()))
        }) {
            if let Some(header) = captioned_header(&norm[from..to], norm, &cells, &unit) {
                *columns = Some(header);
                continue;
            }
        }
        if let Some(header) = header {
            *columns = Some(header);
            continue;
        }
        let Some(cols) = columns.take() else {
            continue;
        };
        // 高岭镇｜8600人｜2.4万亩 under 乡镇｜受灾人口｜农作物受灾面积: cells
        // read already with their own units, named by their columns.
        let said = said_under_columns(norm, &cells, &cols, quantities);
        if !said.is_empty() {
            *columns = Some(cols);
            out.extend(said);
            continue;
        }
        let Some(row) = row_under_columns(norm, &cells, &cols) else {
            continue;
        };
        // 营业收入｜187,400｜12.6% under 本报告期｜本报告期比上年同期增减, 太平川镇｜
        // 6.8｜9.1% under 乡镇｜存栏｜同比增长: a percent under a column naming a
        // change is that change, whatever words the row gives it.
        for (&(a, b), (name, _)) in cells[1..].iter().zip(&cols) {
            if !names_a_change(name) {
                continue;
            }
            if let Some((_, _, q)) = quantities
                .iter()
                .find(|(x, y, q)| *x == a && *y == b && q.unit == Unit::Percent)
            {
                out.push((a, b, q.clone(), name.clone()));
            }
        }
        *columns = Some(cols);
        for (a, b, name, unit) in row {
            // +21.5 under 年增率: the rate is the number after its sign.
            let a = norm[a..b]
                .strip_prefix(['+', '＋'])
                .map_or(a, |r| b - r.len());
            let written = format!("{}{unit}", &norm[a..b]);
            let Some((mut q, used)) = parse_in_text(&written) else {
                continue;
            };
            if used != written.len() {
                continue;
            }
            // 295.3 ending its row before 大豆　8.6: a number read on into
            // the next row's name (295.3大, 大 a counter) is the cell's.
            quantities.retain(|(x, y, _)| !(*x == a && *y > b));
            if quantities.iter().any(|(x, y, _)| *x < b && *y > a)
                || found_dates.iter().any(|d| d.start < b && d.end > a)
            {
                continue;
            }
            // The text is the cell's and the header's unit after it
            // (24.8万人次): the caller names the cell by it, then keeps the
            // cell's own words.
            q.text = written;
            out.push((a, b, q, name));
        }
    }
    out
}

/// A table's header (县（市、区）　常住人口（万人）　城镇化率（%）): no
/// figure in it, and some column giving its unit in brackets, which its
/// cells are said in bare. Each column after the first: its name and unit
/// (empty when the header gives none).
fn table_header(line: &str, norm: &str, cells: &[(usize, usize)]) -> Option<Vec<(String, String)>> {
    if cells.len() < 2 || line.contains(|c: char| c.is_ascii_digit() || "，。；：".contains(c))
    {
        return None;
    }
    let columns: Vec<(String, String)> = cells[1..]
        .iter()
        .map(|&(a, b)| {
            let cell = &norm[a..b];
            let unit = cell
                .strip_suffix(['）', ')'])
                .and_then(|c| c.rfind(['（', '(']).map(|p| (p, c)))
                .map(|(p, c)| {
                    let unit: String = c[p..].chars().skip(1).collect();
                    // 单位面积产量（公斤/亩）: a yield, its cells the mass per 亩.
                    let per_mu = ["/亩", "／亩"].iter().find_map(|w| unit.strip_suffix(w));
                    (
                        c[..p].to_string(),
                        per_mu.unwrap_or(&unit).to_string(),
                        per_mu.is_some(),
                    )
                })
                .filter(|(_, u, per_mu)| {
                    unit_named(u).is_some_and(|unit| !per_mu || unit == Unit::Tonne)
                })
                .map(|(n, u, _)| (n, u));
            unit.unwrap_or_else(|| (cell.to_string(), String::new()))
        })
        .collect();
    let named = columns
        .iter()
        .all(|(n, _)| (2..=12).contains(&n.chars().count()) && n.chars().all(is_han));
    (named && columns.iter().any(|(_, u)| !u.is_empty())).then_some(columns)
}

/// The unit a table's caption gives its cells (主要会计数据和财务指标
/// （单位：万元）, 单位：亿元): what follows 单位 and its colon, up to the
/// bracket closing it or the line's end, when it reads as a unit.
fn caption_unit(line: &str) -> Option<String> {
    let at = line.find("单位：").or_else(|| line.find("单位:"))?;
    let rest = line[at + "单位".len()..].trim_start_matches(['：', ':']);
    let unit: String = rest
        .chars()
        .take_while(|c| !"）)，,；;。".contains(*c))
        .collect();
    if line.contains(['｜', '|']) || unit.is_empty() {
        return None;
    }
    // （学校单位：所；学生单位：人）, （单位：亿元；同比单位：%）: a unit for
    // each column it names, kept whole for the header under it to share out.
    let open = line[..at].rfind(['（', '(']).map_or(0, |p| {
        p + line[p..].chars().next().map_or(0, char::len_utf8)
    });
    let inner: String = line[open..]
        .chars()
        .take_while(|c| !"）)。".contains(*c))
        .collect();
    if labelled_units(&inner).is_some() {
        return Some(inner);
    }
    // 单位：元/公斤: prices per unit of goods, their cells in 元.
    if let Some((money, per)) = unit.split_once(['/', '／']) {
        if unit_named(money) == Some(Unit::Cny) && unit_named(per).is_some() {
            return Some(money.to_string());
        }
    }
    if unit.chars().count() <= 4 && unit_named(&unit).is_some() {
        return Some(unit);
    }
    if unit_list(&unit).is_some() {
        return Some(unit);
    }
    // 单位：水位为米，蓄水量为亿立方米: a unit for each column it names,
    // kept whole for the header under it to share out.
    let each: String = rest.chars().take_while(|c| !"）)。".contains(*c)).collect();
    column_units(&each).map(|_| each)
}

/// A caption cut at a ；inside its bracket (各片区实施情况（学校单位：所；):
/// the text up to the cut, its bracket still open; None for a line that
/// is no caption or closes its bracket.
fn caption_left_open(line: &str) -> Option<&str> {
    let cut = line.trim_end().strip_suffix(['；', ';'])?;
    let open = cut.rfind(['（', '('])?;
    (cut[open..].contains("单位")
        && !cut[open..].contains(['）', ')'])
        && !cut.contains(['｜', '|']))
    .then_some(cut)
}

/// A caption naming the unit of each column in turn (学校单位：所；学生单位：
/// 人；资金单位：万元, 单位：亿元；同比单位：%): the unit for the columns it
/// does not name (empty if none) and each named column's. None unless
/// every part reads so and some column is named.
fn labelled_units(caption: &str) -> Option<(String, Vec<(String, String)>)> {
    let mut rest_unit = String::new();
    let mut each = Vec::new();
    for part in caption.split(['；', ';']) {
        let (name, unit) = part
            .split_once("单位：")
            .or_else(|| part.split_once("单位:"))?;
        let unit = unit.trim();
        if unit.chars().count() > 4 || unit_named(unit).is_none() {
            return None;
        }
        if name.is_empty() && rest_unit.is_empty() {
            rest_unit = unit.to_string();
        } else if (1..=8).contains(&name.chars().count()) && name.chars().all(is_han) {
            each.push((name.to_string(), unit.to_string()));
        } else {
            return None;
        }
    }
    (!each.is_empty() && (each.len() >= 2 || !rest_unit.is_empty())).then_some((rest_unit, each))
}

/// The units a caption lists for its columns in their order (单位：万公顷、
/// 万人): two or more, each read as a unit; None otherwise.
fn unit_list(caption: &str) -> Option<Vec<String>> {
    let units: Vec<String> = caption
        .split(['、', '，', ','])
        .map(|u| (u.chars().count() <= 4 && unit_named(u).is_some()).then(|| u.to_string()))
        .collect::<Option<_>>()?;
    (units.len() >= 2).then_some(units)
}

/// The units a caption gives its columns one by one (水位为米，蓄水量为亿
/// 立方米): each column's name and its unit; None unless two or more are
/// given and every part reads so.
fn column_units(caption: &str) -> Option<Vec<(String, String)>> {
    let parts: Vec<(String, String)> = caption
        .split(['，', ',', '；', ';', '、'])
        .map(|part| {
            let (name, unit) = part.split_once('为').or_else(|| part.split_once('為'))?;
            let named = (1..=12).contains(&name.chars().count()) && name.chars().all(is_han);
            (named && unit.chars().count() <= 6 && unit_named(unit).is_some())
                .then(|| (name.to_string(), unit.to_string()))
        })
        .collect::<Option<_>>()?;
    (parts.len() >= 2).then_some(parts)
}

/// The unit `words` name when a number is said in them (万元, 户, 元/股's
/// 元), read as the text's quantities are: None for words no quantity
/// reads whole, or reads as a bare number.
fn unit_named(words: &str) -> Option<Unit> {
    let one = format!("1{words}");
    parse_in_text(&one)
        .filter(|(q, used)| *used == one.len() && q.unit != Unit::Number)
        .map(|(q, _)| q.unit)
}

/// A header under a caption giving the table's unit (项目｜本报告期｜本报告期
/// 比上年同期增减｜年初至报告期末): three cells or more naming columns in Han
/// characters, no figure. Each column after the first takes the caption's
/// unit, but one naming a change or a share (增减, 增长, 比重), whose cells
/// say their own percent.
fn captioned_header(
    line: &str,
    norm: &str,
    cells: &[(usize, usize)],
    unit: &str,
) -> Option<Vec<(String, String)>> {
    let labelled = labelled_units(unit);
    // 货品｜10月金额｜年增率 under a caption naming its columns' units: a
    // month may open a column's name.
    let month_off = |n: &str| -> String {
        match n.find('月') {
            Some(p) if labelled.is_some() && n[..p].chars().all(|c| c.is_ascii_digit()) => {
                n[p + '月'.len_utf8()..].to_string()
            }
            _ => n.to_string(),
        }
    };
    let bare_line: String = line.split(['｜', '|']).map(month_off).collect();
    if cells.len() < 3 || bare_line.contains(|c: char| c.is_ascii_digit() || "，。；：".contains(c))
    {
        return None;
    }
    let names: Vec<&str> = cells.iter().map(|&(a, b)| &norm[a..b]).collect();
    // The rows' own column may say which places in brackets (区县（市）).
    let row_names = names[0].replace(['（', '）', '(', ')', '、'], "");
    if !std::iter::once(row_names)
        .chain(names[1..].iter().map(|n| month_off(n)))
        .all(|n| (2..=20).contains(&n.chars().count()) && n.chars().all(is_han))
    {
        return None;
    }
    // 片区｜学校｜受益学生｜已拨付资金 under （学校单位：所；学生单位：人；
    // 资金单位：万元）: each column in the unit the caption gives its name;
    // the others in the caption's unit for the rest, but a rate or a
    // change, whose cells the caption does not say.
    if let Some((rest_unit, each)) = labelled {
        let columns: Vec<(String, String)> = names[1..]
            .iter()
            .map(|n| {
                let given = each
                    .iter()
                    .find(|(x, _)| n.contains(x.as_str()))
                    .map(|(_, u)| u);
                let rate = [
                    "增减", "增长", "变动", "同比", "环比", "比重", "占比", "率", "幅",
                ]
                .iter()
                .any(|w| n.contains(w));
                // 毛利率 beside 同比 under 单位：亿元；同比单位：%: a rate is
                // said in percent, whatever the caption's unit for the rest.
                let unit = match given {
                    Some(u) => u.clone(),
                    None if n.ends_with('率') => "%".to_string(),
                    None if rate => String::new(),
                    None => rest_unit.clone(),
                };
                (n.to_string(), unit)
            })
            .collect();
        return columns
            .iter()
            .any(|(_, u)| !u.is_empty())
            .then_some(columns);
    }
    // 水库｜水位｜蓄水量｜较去年同期增减 under 单位：水位为米，蓄水量为亿
    // 立方米: each column in the unit the caption gives its name; a change
    // column it names not, in that of the column before it, whose change
    // it gives.
    // 县市｜农作物受旱面积｜饮水困难人口 under 单位：万公顷、万人: the
    // listed units in order, one for each column but a change.
    if let Some(list) = unit_list(unit) {
        let bare: Vec<&str> = names[1..]
            .iter()
            .copied()
            .filter(|n| !names_a_change(n))
            .collect();
        // 计划改造小区｜已完工小区｜涉及居民｜完成投资 under 单位：个、户、亿元:
        // each unit listed once, side by side columns counting the same
        // thing (…小区) sharing one.
        let same_thing = |x: &str, y: &str| {
            let tail = |n: &str| n.chars().rev().take(2).collect::<String>();
            x.chars().count() > 2 && y.chars().count() > 2 && tail(x) == tail(y)
        };
        let shared = |k: usize| k > 0 && same_thing(bare[k - 1], bare[k]);
        let runs = (0..bare.len()).filter(|&k| !shared(k)).count();
        let share = bare.len() != list.len();
        if share && runs != list.len() {
            return None;
        }
        let mut list = list.into_iter();
        let mut k = 0;
        let mut last = String::new();
        return Some(
            names[1..]
                .iter()
                .map(|n| {
                    let unit = if names_a_change(n) {
                        String::new()
                    } else {
                        if !(share && shared(k)) {
                            last = list.next().unwrap_or_default();
                        }
                        k += 1;
                        last.clone()
                    };
                    (n.to_string(), unit)
                })
                .collect(),
        );
    }
    if let Some(each) = column_units(unit) {
        let mut columns: Vec<(String, String)> = Vec::new();
        for n in &names[1..] {
            let given = each
                .iter()
                .find(|(x, _)| n.contains(x.as_str()) || x.contains(n))
                .map(|(_, u)| u.clone());
            let unit = given
                .or_else(|| {
                    names_a_change(n)
                        .then(|| columns.last().map(|(_, u)| u.clone()))
                        .flatten()
                })
                .unwrap_or_default();
            columns.push((n.to_string(), unit));
        }
        return columns
            .iter()
            .any(|(_, u)| !u.is_empty())
            .then_some(columns);
    }
    Some(
        names[1..]
            .iter()
            .map(|n| {
                let change = [
                    "增减", "增长", "变动", "同比", "环比", "比重", "占比", "率", "幅",
                ]
                .iter()
                .any(|w| n.contains(w));
                // 类别｜环比｜同比 under （单位：%）: the caption's percent is
                // the changes' own unit, every column's.
                let unit = if change && !matches!(unit, "%" | "％") {
                    ""
                } else {
                    unit
                };
                (n.to_string(), unit.to_string())
            })
            .collect(),
    )
}

/// The cells of the line `from..to` set apart by bars (乡镇｜受灾人口｜…),
/// as byte ranges; empty for a line of one cell.
fn bar_cells(norm: &str, from: usize, to: usize) -> Vec<(usize, usize)> {
    let line = &norm[from..to];
    let mut cells = Vec::new();
    let mut start = 0;
    for (i, c) in line.char_indices().filter(|(_, c)| *c == '｜' || *c == '|') {
        cells.push((start, i));
        start = i + c.len_utf8();
    }
    cells.push((start, line.len()));
    if cells.len() < 2 {
        return Vec::new();
    }
    cells
        .into_iter()
        .map(|(a, b)| {
            let cell = &line[a..b];
            let lead = cell.len() - cell.trim_start().len();
            (from + a + lead, from + a + cell.trim_end().len())
        })
        .filter(|(a, b)| a < b)
        .collect()
}

/// A table's header that names its columns without units (乡镇｜受灾人口｜
/// 农作物受灾面积｜直接经济损失), its cells saying theirs: three cells or
/// more, each of two to twelve Han characters, no figure.
fn names_header(line: &str, norm: &str, cells: &[(usize, usize)]) -> Option<Vec<(String, String)>> {
    if cells.len() < 3 || line.contains(|c: char| c.is_ascii_digit() || "，。；：".contains(c))
    {
        return None;
    }
    let names: Vec<&str> = cells.iter().map(|&(a, b)| &norm[a..b]).collect();
    names
        .iter()
        .all(|n| (2..=12).contains(&n.chars().count()) && n.chars().all(is_han))
        .then(|| {
            names[1..]
                .iter()
                .map(|n| (n.to_string(), String::new()))
                .collect()
        })
}

/// A table's header naming periods and their changes (项目｜11月｜同比变动｜
/// 1—11月累计｜同比变动): its rows say what they measure and in which unit
/// (原煤产量（万吨）), its columns only when. A first cell of Han characters,
/// then two cells or more, each a period (a month, a year, 累计, 本期) or a
/// change, one a period at least. Each column with no unit.
fn periods_header(
    line: &str,
    norm: &str,
    cells: &[(usize, usize)],
) -> Option<Vec<(String, String)>> {
    if cells.len() < 3 || line.contains(['，', '。', '；', '：', '%', '％']) {
        return None;
    }
    let names: Vec<&str> = cells.iter().map(|&(a, b)| &norm[a..b]).collect();
    if !(2..=6).contains(&names[0].chars().count()) || !names[0].chars().all(is_han) {
        return None;
    }
    let period = |n: &str| {
        ["月", "年", "季度", "累计", "本期", "上期", "当期"]
            .iter()
            .any(|w| n.contains(w))
    };
    let fits = names[1..].iter().all(|n| {
        (2..=12).contains(&n.chars().count())
            && n.chars()
                .all(|c| is_han(c) || c.is_ascii_digit() || "—-－–～~".contains(c))
            && (period(n) || names_a_change(n))
    });
    (fits && names[1..].iter().any(|n| !names_a_change(n) && period(n))).then(|| {
        names[1..]
            .iter()
            .map(|n| (n.to_string(), String::new()))
            .collect()
    })
}

/// The cells of a row under a header naming its columns without units
/// (高岭镇｜8600人｜2.4万亩 under 乡镇｜受灾人口｜农作物受灾面积): a first
/// cell naming the row, then one value read already for each column, whole
/// (its own unit said), each with its column's name. Empty when the line is
/// no such row.
fn said_under_columns(
    norm: &str,
    cells: &[(usize, usize)],
    columns: &[(String, String)],
    quantities: &[(usize, usize, Quantity)],
) -> Vec<(usize, usize, Quantity, String)> {
    let Some(&(a0, b0)) = cells.first() else {
        return Vec::new();
    };
    if cells.len() != columns.len() + 1
        || columns.iter().any(|(_, unit)| !unit.is_empty())
        || !norm[a0..b0]
            .chars()
            .all(|c| is_han(c) || "（）()·".contains(c))
    {
        return Vec::new();
    }
    let read: Vec<(usize, usize, Quantity, String)> = cells[1..]
        .iter()
        .zip(columns)
        .filter_map(|(&(a, b), (name, _))| {
            quantities
                .iter()
                .find(|(x, y, _)| *x == a && *y == b)
                .map(|(_, _, q)| (a, b, q.clone(), name.clone()))
        })
        .collect();
    if read.len() == columns.len() {
        read
    } else {
        Vec::new()
    }
}

/// A column's name saying its cells are a change (本报告期比上年同期增减,
/// 同比增长, 增幅).
fn names_a_change(column: &str) -> bool {
    ["增减", "增长", "增幅", "增速", "同比", "环比"]
        .iter()
        .any(|w| column.contains(w))
        // 对经济增长贡献率, 拉动增长: a share of the growth, not the growth.
        && !["贡献", "拉动"].iter().any(|w| column.contains(w))
}

/// The cells of a table's row under `columns` (芗城区　58.6　96.10): a
/// first cell naming the row, then one bare number for each column with a
/// unit, each with its column's name. None when the line is no such row.
fn row_under_columns(
    norm: &str,
    cells: &[(usize, usize)],
    columns: &[(String, String)],
) -> Option<Vec<(usize, usize, String, String)>> {
    let &(a0, b0) = cells.first()?;
    // 187,400: digits grouped by commas, as reports print them.
    // -0.1: a fall, its sign printed before it.
    let bare = |c: &str| {
        // +21.5: a rise, its sign printed too.
        let c = c.strip_prefix(['-', '−', '－', '+', '＋']).unwrap_or(c);
        c.starts_with(|x: char| x.is_ascii_digit())
            && c.chars()
                .all(|x| x.is_ascii_digit() || x == '.' || x == ',')
    };
    // —: a cell the report leaves empty.
    let empty = |c: &str| ["—", "-", "－", "–", "/"].contains(&c);
    // ＃玉米: the mark statistical tables put before an item of the row
    // above (of which).
    let first = norm[a0..b0].trim_start_matches(['＃', '#']);
    // 其中：自产煤销量（万吨）: a part of the row above, a row of its own.
    let first = ["其中：", "其中:"]
        .iter()
        .find_map(|w| first.strip_prefix(w))
        .unwrap_or(first);
    // 9月｜489.7｜318.2 under 月份｜进出口｜出口: a row opening with the
    // month or year its figures are of.
    let period = first.ends_with(['月', '年'])
        && first.starts_with(|c: char| c.is_ascii_digit())
        && first
            .chars()
            .all(|c| c.is_ascii_digit() || "年月".contains(c));
    // 增长14.2% under 同比增减, a column giving no unit: a cell saying its
    // own unit, read as any value is; only the cells of columns with a
    // unit must be bare.
    if cells.len() != columns.len() + 1
        || !period && !first.chars().all(|c| is_han(c) || "（）()·/／".contains(c))
        || !cells[1..]
            .iter()
            .zip(columns)
            .all(|(&(a, b), (_, unit))| unit.is_empty() || bare(&norm[a..b]) || empty(&norm[a..b]))
    {
        return None;
    }
    // 基本每股收益（元/股）: a row naming its own unit (per share, in
    // yuan) says its cells in it, whatever the columns' unit.
    let own = first
        .strip_suffix(['）', ')'])
        .and_then(|c| c.rfind(['（', '(']).map(|p| &c[p..]))
        .map(|u| {
            u.trim_start_matches(['（', '('])
                .split(['/', '／'])
                .next()
                .unwrap_or("")
                .to_string()
        })
        .filter(|u| !u.is_empty() && unit_named(u).is_some());
    // 原煤产量（万吨）｜642.3｜4.6% under 项目｜11月｜同比变动: columns naming
    // no unit, a row naming its own: its bare cells are what the row
    // names, in its unit; the changes' are read as the columns say.
    if let Some(unit) = own
        .as_ref()
        .filter(|_| columns.iter().all(|(_, u)| u.is_empty()))
    {
        let name = first[..first.rfind(['（', '(']).unwrap_or(first.len())].to_string();
        let under: Vec<_> = cells[1..]
            .iter()
            .zip(columns)
            .filter(|(&(a, b), (column, _))| !names_a_change(column) && !empty(&norm[a..b]))
            .map(|(&(a, b), _)| (a, b))
            .collect();
        if under.iter().all(|&(a, b)| bare(&norm[a..b])) {
            return Some(
                under
                    .into_iter()
                    .map(|(a, b)| (a, b, name.clone(), unit.clone()))
                    .collect(),
            );
        }
    }
    Some(
        cells[1..]
            .iter()
            .zip(columns)
            .filter(|(&(a, b), (_, unit))| !unit.is_empty() && !empty(&norm[a..b]))
            .map(|(&(a, b), (name, unit))| {
                (
                    a,
                    b,
                    name.clone(),
                    own.clone().unwrap_or_else(|| unit.clone()),
                )
            })
            .collect(),
    )
}

/// The name after a dateline's closing 电 or 讯 (…9月15日电　北镇市, the
/// mark and any space walked over), when `m` starts with that mark right
/// after the date's 日 and at least two characters follow it.
fn after_dateline_mark(norm: &str, m: &Mention) -> Option<String> {
    let at = norm.get(m.start..).filter(|t| t.starts_with(&m.name))?;
    let before = norm.get(..m.start)?;
    if !before.ends_with('日') {
        return None;
    }
    let rest = at[..m.name.len()]
        .strip_prefix(['电', '讯'])?
        .trim_start_matches([' ', '\u{3000}']);
    (rest.chars().count() >= 2).then(|| rest.to_string())
}

/// 本报讯（记者 王小明）甲公司: the byte where a name walked back over a
/// byline in brackets (记者, 通讯员 …) starts after it, when two
/// characters or more are left.
fn after_byline(name: &str) -> Option<usize> {
    let open = name.find(['（', '('])?;
    let inner = &name[open + name[open..].chars().next()?.len_utf8()..];
    if !BYLINE_ROLES.iter().any(|r| inner.starts_with(r)) {
        return None;
    }
    let close = open + name[open..].find(['）', ')'])?;
    let cut = close + name[close..].chars().next()?.len_utf8();
    (name[cut..].chars().count() >= 2).then_some(cut)
}

/// Who a byline in brackets names (（记者 王小明 通讯员 李四）).
const BYLINE_ROLES: &[&str] = &[
    "记者",
    "通讯员",
    "实习生",
    "特约记者",
    "见习记者",
    "本报记者",
];

/// Verbs a name found by its ending may have been walked back over
/// (记者走进玉林街道长者食堂, 公司收到宁波市科学技术局拨付的…): who did
/// what to the thing named, no part of its name.
// 该公司所属甲风电场: what a company owns is named after 所属, not with
// the owner glued before it; nor is the verb of one coming to it (以前来县医院
// 看病: 前来). Goods sent to a port or a market (经铁路运往
// 甲港, 销往乙市): the way they go and the verb are no part of the name.
const VERBS_BEFORE_A_NAME: &[&str] = &[
    "走进", "来到", "前来", "收到", "所属", "运往", "发往", "驶往", "运抵", "销往", "运至",
];

/// Names that hold one of [`VERBS_BEFORE_A_NAME`] start after it; so do
/// names walked back to the 来 of 以来 or 年来 (今年以来章贡区法院).
fn cut_at_inner_verb(norm: &str, all: &mut [Mention]) {
    for m in all.iter_mut() {
        if m.new_kind.is_none() || m.new_kind.as_deref() == Some("person") {
            continue;
        }
        let since = m.name.starts_with('来')
            && norm
                .get(..m.start)
                .is_some_and(|b| b.ends_with(['以', '年']));
        let Some(cut) = VERBS_BEFORE_A_NAME
            .iter()
            .filter_map(|v| m.name.rfind(v).map(|p| p + v.len()))
            .max()
            .or(since.then_some('来'.len_utf8()))
        else {
            continue;
        };
        if m.name[cut..].chars().count() < 3 || m.name.len() != m.end - m.start {
            continue;
        }
        m.start += cut;
        m.name = m.name[cut..].to_string();
        m.how = m
            .how
            .or(Some("a verb glued before it (记者走进…, 收到…) left out"));
    }
}

/// 青石县共有特大桥、大桥12座, 全市共有托市收购库点67个: what follows
/// 共有/现有/拥有 is a kind of thing counted, and the walk back from its
/// ending ran over the verb into its owner; no name holds such a verb
/// (but 共有产权住房, a kind of housing, is one word).
fn holds_a_having_verb(name: &str) -> bool {
    ["共有", "现有", "拥有"].iter().any(|v| {
        name.match_indices(v)
            .any(|(p, _)| !name[p + v.len()..].starts_with("产权"))
    })
}

/// A territory said bare opening its line, its period or its figure
/// right after (台湾11月出口值…, 香港前三季度…): what a statistics release
/// is about. Said elsewhere (对香港出口, 澳门居民) it is a market or
/// where people come from, left to the names around it.
fn territories_said_bare(norm: &str) -> Vec<Mention> {
    // Territories a text names with no level after them: a closed list,
    // their names having no place's ending.
    lexicon::TERRITORIES
        .iter()
        .filter(|t| {
            norm.strip_prefix(**t).is_some_and(|r| {
                let r = r
                    .strip_prefix(['今', '去', '前', '上', '下', '第'])
                    .unwrap_or(r);
                r.starts_with(is_numeral_char)
            })
        })
        .map(|t| Mention {
            start: 0,
            end: t.len(),
            name: t.to_string(),
            new_kind: Some("province".to_string()),
            sentence: 0,
            how: Some("a territory named bare (台湾, 香港, 澳门): a place without a level"),
        })
        .collect()
}

/// 东莞前10个月全社会用电量…: a place said bare (no 市 or 县, a word
/// jieba knows as a place) opening its line with its period or figure
/// right after, as a statistics release opens, when the text's offices
/// carry it (东莞供电局, 东莞市统计局): the place those offices serve, an
/// entity though the text never says its level. Read from the text, no
/// list of places.
fn place_said_bare(norm: &str, words: &[segment::Word<'_>], whole: &WholeNames) -> Option<Mention> {
    let w = words.first().filter(|w| w.start == 0 && w.tag == "ns")?;
    let place = w.word;
    if !(2..=3).contains(&place.chars().count())
        || !place.chars().all(is_han)
        || place
            .chars()
            .next_back()
            .is_some_and(|c| lexicon::PLACE_SUFFIXES.iter().any(|(s, _)| *s == c))
    {
        return None;
    }
    // Its figure or its period after it: digits, a period word (前10个月,
    // 上半年), or a month or quarter in words (十月, 一季度); not a count
    // of a thing (芜湖一新能源汽车整车基地: 一 is "a").
    let rest = &norm[w.end..];
    let period = rest.starts_with(['今', '去', '前', '上', '下', '第']);
    let words_period = || {
        let n = rest.chars().take_while(|c| is_numeral_char(*c)).count();
        let after: String = rest.chars().skip(n).take(2).collect();
        n > 0 && (after.starts_with(['月', '至', '到', '—']) || after == "季度")
    };
    if !(period || rest.starts_with(|c: char| c.is_ascii_digit()) || words_period()) {
        return None;
    }
    let (name, kind) = whole.bare_place(place)?;
    Some(Mention {
        start: 0,
        end: w.end,
        name,
        new_kind: Some(kind.to_string()),
        sentence: 0,
        how: Some("a place said bare opening its figures, whose offices the text names"),
    })
}

/// Places said by their one-character short form after 来 in the visitors
/// they receive (来台旅客, 来琼游客), and the full name each stands for.
const SHORT_DESTINATIONS: &[(char, &str)] = &[
    ('台', "台湾"),
    ('港', "香港"),
    ('澳', "澳门"),
    ('琼', "海南"),
    ('沪', "上海"),
    ('京', "北京"),
    ('藏', "西藏"),
];

/// 来台旅客574万人次, 来琼游客: visitors counted by where they come to,
/// the place said short after 来; the figures are that place's (its
/// visitors). Said after 赴 or 访 (赴台自由行) the visitors are another
/// place's, left to the names around them.
fn visitors_destination(norm: &str) -> Vec<Mention> {
    norm.match_indices('来')
        .filter_map(|(i, c)| {
            let at = i + c.len();
            let short = norm[at..].chars().next()?;
            let (_, name) = SHORT_DESTINATIONS.iter().find(|(c, _)| *c == short)?;
            let rest = &norm[at + short.len_utf8()..];
            ["旅客", "游客", "观光客", "旅游人次"]
                .iter()
                .any(|w| rest.starts_with(w))
                .then(|| Mention {
                    start: at,
                    end: at + short.len_utf8(),
                    name: name.to_string(),
                    new_kind: Some("province".to_string()),
                    sentence: 0,
                    how: Some("a place said short in its visitors (来台旅客): theirs"),
                })
        })
        .collect()
}

/// The peoples an autonomous prefecture, county or banner is named for
/// (the closed list of the nationalities, without 族; longest first where
/// one ends another: 土家 before 家).
const PEOPLES: &[&str] = &[
    "柯尔克孜",
    "乌孜别克",
    "维吾尔",
    "哈萨克",
    "塔吉克",
    "达斡尔",
    "鄂温克",
    "鄂伦春",
    "俄罗斯",
    "塔塔尔",
    "蒙古",
    "布依",
    "朝鲜",
    "土家",
    "哈尼",
    "傈僳",
    "拉祜",
    "东乡",
    "纳西",
    "景颇",
    "仫佬",
    "布朗",
    "撒拉",
    "毛南",
    "仡佬",
    "锡伯",
    "阿昌",
    "普米",
    "德昂",
    "保安",
    "裕固",
    "独龙",
    "赫哲",
    "门巴",
    "珞巴",
    "基诺",
    "高山",
    "回",
    "藏",
    "苗",
    "彝",
    "壮",
    "满",
    "侗",
    "瑶",
    "白",
    "傣",
    "黎",
    "佤",
    "畲",
    "水",
    "土",
    "羌",
    "怒",
    "京",
    "各",
];

/// Places named for their peoples (酉阳土家族苗族自治县, 新疆昌吉回族自治州,
/// 海南藏族自治州): the peoples before 自治县/州/旗 are walked back by
/// their names, then a stem of two to four characters; a province or
/// region said before the stem (新疆, 青海省) is not part of the name.
fn autonomous_places(norm: &str) -> Vec<Mention> {
    let mut out = Vec::new();
    for (at, _) in norm.match_indices("自治") {
        let rest = &norm[at + "自治".len()..];
        // 西藏自治区, 广西壮族自治区: the five regions, a closed list, are
        // provinces.
        if rest.starts_with('区') {
            let end = at + "自治区".len();
            if let Some(r) = AUTONOMOUS_REGIONS
                .iter()
                .map(|(_, full)| full)
                .find(|r| norm[..end].ends_with(**r))
            {
                out.push(Mention {
                    start: end - r.len(),
                    end,
                    name: r.to_string(),
                    new_kind: Some("province".to_string()),
                    sentence: 0,
                    how: Some("one of the five autonomous regions (西藏自治区): a province"),
                });
            }
            continue;
        }
        let Some((level, kind)) = [('县', "county"), ('州', "prefecture"), ('旗', "county")]
            .into_iter()
            .find(|(c, _)| rest.starts_with(*c))
        else {
            continue;
        };
        let end = at + "自治".len() + level.len_utf8();
        let mut start = at;
        let mut peoples = 0;
        while let Some(b) = norm[..start].strip_suffix('族') {
            let Some(p) = PEOPLES.iter().find(|p| b.ends_with(**p)) else {
                break;
            };
            start = b.len() - p.len();
            peoples += 1;
        }
        if peoples == 0 {
            continue;
        }
        let stem_end = start;
        // 三都水族自治县, 本溪满族自治县: a stem holding a function
        // character (a closed list) is taken whole before the walk.
        if let Some(st) = lexicon::STOP_STEMS
            .iter()
            .find(|st| norm[..stem_end].ends_with(**st))
        {
            start -= st.len();
        }
        let taken = norm[start..stem_end].chars().count();
        for c in norm[..start].chars().rev().take(4 - taken) {
            if !is_han(c)
                || lexicon::NAME_STOPS.contains(c)
                || lexicon::PLACE_SUFFIXES.iter().any(|(s, _)| *s == c)
            {
                break;
            }
            start -= c.len_utf8();
        }
        if let Some(p) = AUTONOMOUS_REGIONS
            .iter()
            .map(|(short, _)| short)
            .chain(lexicon::PROVINCES)
            .find(|p| norm[start..stem_end].starts_with(**p) && stem_end - start > p.len())
        {
            start += p.len();
        }
        // ——访围场满族蒙古族自治县…: the visit opening a feature's
        // headline is no part of the stem.
        if let Some(v) = VISIT_VERBS.iter().find(|v| {
            norm[start..stem_end].starts_with(**v)
                && norm[..start].chars().next_back().is_none_or(|c| !is_han(c))
        }) {
            start += v.len();
        }
        if stem_end - start < "酉阳".len() {
            continue;
        }
        out.push(Mention {
            start,
            end,
            name: norm[start..end].to_string(),
            new_kind: Some(kind.to_string()),
            sentence: 0,
            how: autonomous_places_how(),
        });
    }
    out
}

fn autonomous_places_how() -> Option<&'static str> {
    Some("a place named for its peoples (…族自治县/州/旗)")
}

/// The five autonomous regions: the short name said before their places
/// (新疆昌吉回族自治州) as provinces are, and the full name.
const AUTONOMOUS_REGIONS: &[(&str, &str)] = &[
    ("内蒙古", "内蒙古自治区"),
    ("新疆", "新疆维吾尔自治区"),
    ("西藏", "西藏自治区"),
    ("广西", "广西壮族自治区"),
    ("宁夏", "宁夏回族自治区"),
];

/// The stem of a place named for its peoples (酉阳 of 酉阳土家族苗族自治县)
/// and its level character (县), for its short forms (酉阳县, 酉阳).
fn autonomous_stem(name: &str) -> Option<(&str, char)> {
    let level = name.chars().next_back()?;
    let mut b = name.strip_suffix(level)?.strip_suffix("自治")?;
    let mut peoples = 0;
    while let Some(x) = b.strip_suffix('族') {
        let p = PEOPLES.iter().find(|p| x.ends_with(**p))?;
        b = &x[..x.len() - p.len()];
        peoples += 1;
    }
    (peoples > 0 && b.chars().count() >= 2).then_some((b, level))
}

/// Verbs a feature's headline opens with before the place it visits.
const VISIT_VERBS: &[&str] = &["专访", "走访", "探访", "走进", "访"];

/// Whether jieba reads a proper noun (a place, a person, a brand or a
/// short form) among the words overlapping `span`.
fn proper_noun_in(words: &[segment::Word<'_>], span: (usize, usize)) -> bool {
    words.iter().any(|w| {
        w.start < span.1
            && w.end > span.0
            && matches!(
                w.tag,
                "ns" | "nr" | "nz" | "nt" | "nrt" | "nrfg" | "j" | "eng" | "ng"
            )
    })
}

/// Parts of speech that end a name when walking left from its ending.
fn stops_name(tag: &str, word: &str) -> bool {
    if word.chars().all(|c| "“”\"《》".contains(c)) {
        return false;
    }
    // 一期, 二期: phases belong to project names.
    if word.ends_with('期') && word.chars().count() == 2 {
        return false;
    }
    // 滨江超级工厂: 级 stops a name (县级, 省级), not in 超级.
    if word == "超级" {
        return false;
    }
    // 全年/m, 上半年/t: a time word is no part of a name (…管道全年经口岸).
    if lexicon::TIME_WORDS
        .iter()
        .chain(lexicon::LEADING_PERIODS)
        .any(|t| *t == word)
    {
        return true;
    }
    if tag.starts_with('m') {
        // 双双 is tagged a numeral; real numbers stop the name.
        return word
            .chars()
            .any(|c| is_numeral_char(c) || c == '第' || c == '几');
    }
    let stop_tags = [
        "uj", "ul", "uz", "ug", "ud", "uv", "u", "p", "c", "r", "d", "v", "y", "e", "o", "f", "t",
        "q", "x", "w", "a", "ad",
    ];
    // A bound morpheme (白鹭/nr 湾/zg 风景区) is part of the name; so is a
    // place jieba knows whole ending in 和 (泰和/nz: its 和 joins nothing).
    let place_he = matches!(tag, "ns" | "nz") && word.chars().count() == 2 && word.ends_with('和');
    // 将军/n 山 国际滑雪度假区: a function word's character inside a noun
    // jieba reads whole (将军, 和平) is the noun's; determiners (全国, 本市,
    // 我国) still open no name.
    let in_noun = word.chars().count() >= 2
        && matches!(tag, "n" | "nr" | "ns" | "nz" | "nt")
        && !word.starts_with(|c: char| "全本我该这那每各其首第".contains(c));
    stop_tags.contains(&tag)
        || lexicon::NAME_BREAK_WORDS.contains(&word)
        || !place_he && !in_noun && word.chars().any(|c| lexicon::NAME_STOPS.contains(c))
}

/// Words of the sentence with their parts of speech, segmented piece by
/// piece between the values, so that a date does not glue to the name
/// after it (2019年12月2日锦州港 is not 日锦).
fn tag_between(norm: &str, values: &[(usize, usize)]) -> Vec<segment::Word<'static>> {
    let mut cuts: Vec<(usize, usize)> = values.to_vec();
    cuts.sort_unstable();
    let mut out = Vec::new();
    let mut at = 0;
    let mut pieces = Vec::new();
    for (a, b) in cuts {
        if a >= at {
            pieces.push((at, a, false));
            pieces.push((a, b, true));
            at = b;
        }
    }
    pieces.push((at, norm.len(), false));
    for (a, b, value) in pieces {
        if a >= b {
            continue;
        }
        if value {
            // One token that no name runs across.
            out.push(segment::Word {
                word: "",
                start: a,
                end: b,
                tag: "x",
            });
            continue;
        }
        for w in segment::tag(&norm[a..b]) {
            out.push(segment::Word {
                word: "",
                start: a + w.start,
                end: a + w.end,
                tag: leak_tag(w.tag),
            });
        }
    }
    out
}

/// jieba's tags are a small fixed set; keep them as static strings.
fn leak_tag(tag: &str) -> &'static str {
    const TAGS: &[&str] = &[
        "ns", "nr", "nt", "nz", "nrt", "nrfg", "eng", "n", "ng", "vn", "v", "m", "q", "x", "uj",
        "ul", "uz", "ug", "ud", "uv", "u", "p", "c", "r", "d", "y", "e", "o", "f", "t", "w", "zg",
        "a", "ad", "j", "l", "i", "b", "s",
    ];
    TAGS.iter().find(|t| **t == tag).copied().unwrap_or("n")
}

/// The sentence's words with their text and part of speech.
fn tagged<'a>(norm: &'a str, values: &[(usize, usize)]) -> Vec<segment::Word<'a>> {
    let mut out: Vec<segment::Word<'a>> = Vec::new();
    for w in tag_between(norm, values) {
        // 电价费率审议/会: a board's name that jieba splits before 会 ends
        // as one word, so its ending (审议会) is read.
        if let Some(last) = out.last_mut() {
            let board = ["审议", "審議", "评审", "評審"]
                .iter()
                .any(|v| last.word.ends_with(v));
            if board && matches!(&norm[w.start..w.end], "会" | "會") {
                *last = segment::Word {
                    word: &norm[last.start..w.end],
                    end: w.end,
                    tag: "nt",
                    ..*last
                };
                continue;
            }
        }
        // 乌江/特/大桥, 五峰山特/大桥: jieba reads 特 as an adverb or glues
        // it to the word before; 特大桥 is the name's ending, whole.
        if &norm[w.start..w.end] == "大桥" {
            if let Some(last) = out.last_mut().filter(|l| l.word.ends_with('特')) {
                let start = last.end - '特'.len_utf8();
                if last.start == start {
                    out.pop();
                } else {
                    *last = segment::Word {
                        word: &norm[last.start..start],
                        end: start,
                        tag: "n",
                        ..*last
                    };
                }
                out.push(segment::Word {
                    word: &norm[start..w.end],
                    start,
                    end: w.end,
                    tag: "n",
                });
                continue;
            }
        }
        out.push(segment::Word {
            word: &norm[w.start..w.end],
            start: w.start,
            end: w.end,
            tag: w.tag,
        });
    }
    out
}

/// People, when jieba takes a word for a person's name and the words
/// around say so (脱贫户李运明, 赵文远介绍).
fn find_persons<'a>(norm: &'a str, words: &[segment::Word<'a>]) -> Vec<Mention> {
    let mut out = Vec::new();
    // 村民马/n 志强/nrfg, 村民赵/nr 桂兰/ns: after a title of the people, a
    // surname and the one or two characters jieba split from it.
    for (i, w) in words.iter().enumerate() {
        let mut cs = w.word.chars();
        let (Some(first), None) = (cs.next(), cs.next()) else {
            continue;
        };
        let Some(next) = words.get(i + 1) else {
            continue;
        };
        let given = next.word.chars().count();
        if lexicon::SURNAMES.contains(first)
            && people_title_before(&norm[..w.start])
            && (1..=2).contains(&given)
            && next.word.chars().all(is_han)
            && matches!(next.tag, "nr" | "nrfg" | "nrt" | "ns" | "nz" | "n")
            && (norm[next.end..]
                .chars()
                .next()
                .is_none_or(|c| !is_han(c) || lexicon::PERSON_NEXT.contains(c))
                // 工人何|志远说: a verb of saying after the name.
                || lexicon::PERSON_AFTER
                    .iter()
                    .chain(lexicon::PERSON_TIME)
                    .any(|v| norm[next.end..].starts_with(v)))
        {
            out.push(Mention {
                start: w.start,
                end: next.end,
                name: norm[w.start..next.end].to_string(),
                new_kind: Some("person".to_string()),
                sentence: 0,
                how: Some(ONE_OF_THE_PEOPLE),
            });
        }
    }
    // 蚝农苏有福今年…: jieba may glue the title's last character to the
    // surname (农苏/nr 有福/a); by the characters, a title of the people,
    // a surname and one or two more, then a time word, a verb of saying or
    // a verb jieba starts there.
    for t in lexicon::PEOPLE_TITLES {
        for (p, _) in norm.match_indices(t) {
            let at = p + t.len();
            let rest = &norm[at..];
            let mut cs = rest.char_indices();
            let Some((_, first)) = cs.next() else {
                continue;
            };
            // 村民和建华正和妻子…: 和 is a surname too (in Yunnan), but mostly
            // the conjunction; after a title it is the surname only when
            // jieba reads the two characters after it as a name (建华/nz),
            // not a common word (村民和游客, 村民和妻子).
            let rare = lexicon::RARE_SURNAMES.contains(first)
                && words.iter().any(|w| {
                    w.start == at + first.len_utf8()
                        && w.word.chars().count() == 2
                        && matches!(w.tag, "nr" | "nrfg" | "nrt" | "nz")
                });
            if !(lexicon::SURNAMES.contains(first) || rare) || out.iter().any(|m| m.start == at) {
                continue;
            }
            let ends = |e: usize| {
                let after = &rest[e..];
                lexicon::PERSON_TIME
                    .iter()
                    .chain(lexicon::PERSON_AFTER)
                    .any(|w| after.starts_with(w))
                    // 村民张国富家有八亩地, 蔗农黄文强在…: the family or a
                    // character that may follow a name, when jieba reads no
                    // common word there (种粮大户方面，: 方面 is no name).
                    || after.starts_with(|c: char| lexicon::PERSON_NEXT.contains(c))
                        && !words.iter().any(|w| {
                            w.start == at && w.end == at + e && !w.tag.starts_with("nr")
                        })
                    // 大户覃永福承包了…: a verb jieba starts right there.
                    || words
                        .iter()
                        .any(|w| w.start == at + e && (w.tag.starts_with('v') || w.tag == "t"))
                    // 和建华正和妻子…: after a name jieba knows, an adverb too.
                    || rare
                        && words
                            .iter()
                            .any(|w| w.start == at + e && w.tag == "d")
            };
            let given: Vec<(usize, char)> = cs.take(2).collect();
            let end = [2, 1].into_iter().find_map(|n| {
                let g = given.get(..n)?;
                let e = g.last().map(|(i, c)| i + c.len_utf8())?;
                (g.iter().all(|(_, c)| is_han(*c)) && ends(e)).then_some(e)
            });
            if let Some(e) = end {
                out.push(Mention {
                    start: at,
                    end: at + e,
                    name: rest[..e].to_string(),
                    new_kind: Some("person".to_string()),
                    sentence: 0,
                    how: Some(ONE_OF_THE_PEOPLE),
                });
            }
        }
    }
    // 经营者乌云其其格说, 牧民巴特尔说: a name of no Han surname
    // (Mongolian, Tibetan, Uyghur) between a title of the people and a
    // verb of saying, two to six characters, none a function character.
    for v in lexicon::PERSON_AFTER.iter().chain(&["在", "家", "指着"]) {
        let saying = lexicon::PERSON_AFTER.contains(v);
        for (p, _) in norm.match_indices(v) {
            let chars: Vec<(usize, char)> = norm[..p]
                .char_indices()
                .rev()
                .take_while(|(_, c)| {
                    is_han(*c) && (*c == '其' || !lexicon::NAME_STOPS.contains(*c))
                })
                .take(6)
                .collect();
            let found = (2..=chars.len()).rev().find_map(|n| {
                let start = chars[n - 1].0;
                let before = &norm[..start];
                // Han names (a surname first) are the walks' above; an
                // office's staff speak for the office.
                let surname = norm[start..]
                    .chars()
                    .next()
                    .is_some_and(|c| lexicon::SURNAMES.contains(c) || "其员者".contains(c));
                (people_title_before(before) && !surname).then_some(start)
            });
            let Some(start) = found else {
                continue;
            };
            // 志愿者分布在…, 志愿者规模稳定在…: before 在 or 家 (no verb of
            // saying), common words jieba knows are no name; nor function
            // words (建设者同时在岗: 同时/c).
            let common = words.iter().any(|w| {
                w.start < p
                    && start < w.end
                    && w.word.chars().count() >= 2
                    && matches!(
                        w.tag,
                        "n" | "v" | "vn" | "a" | "ad" | "d" | "l" | "i" | "vd"
                    )
                    || w.start < p
                        && start < w.end
                        && matches!(w.tag, "c" | "p" | "r" | "t")
                        && w.word.chars().count() >= 2
            });
            if !saying && common {
                continue;
            }
            if out.iter().any(|m| m.start < p && start < m.end) {
                continue;
            }
            out.push(Mention {
                start,
                end: p,
                name: norm[start..p].to_string(),
                new_kind: Some("person".to_string()),
                sentence: 0,
                how: Some(ONE_OF_THE_PEOPLE),
            });
        }
    }
    for (i, w) in words.iter().enumerate() {
        // 何秀兰家/nr: jieba glues 家 (the family) to a name; 陈卓谦说/nr,
        // the verb of saying.
        let mut w = w.clone();
        if w.tag == "nr" && w.word.chars().count() == 4 {
            if let Some(name) = w.word.strip_suffix(['家', '说']) {
                w.word = name;
                w.end -= '家'.len_utf8();
            }
        }
        // 谭德/nr 明说/v: jieba glues a name's last character to the verb
        // of saying after it; a surname and one character before such a
        // word make a name of three.
        if let Some(next) = words.get(i + 1).filter(|n| {
            w.tag == "nr"
                && w.word.chars().count() == 2
                && w.word
                    .chars()
                    .next()
                    .is_some_and(|c| lexicon::SURNAMES.contains(c))
                && n.start == w.end
                && n.word.chars().count() == 2
                && n.word.ends_with('说')
                && n.word
                    .chars()
                    .next()
                    .is_some_and(|c| is_han(c) && !lexicon::NAME_STOPS.contains(c))
        }) {
            let last = next.word.chars().next().map_or(0, char::len_utf8);
            w.end += last;
            w.word = &norm[w.start..w.end];
        }
        // 村边/s 民黄德/nr: a name the title found by its characters
        // (边民黄德明) is not found again across it.
        if out.iter().any(|m| m.start < w.end && w.start < m.end) {
            continue;
        }
        let n = w.word.chars().count();
        if w.tag != "nr" || !(2..=3).contains(&n) || !w.word.chars().all(is_han) {
            continue;
        }
        let before = &norm[..w.start];
        let after = &norm[w.end..];
        let said = lexicon::PERSON_AFTER.iter().any(|c| after.starts_with(c));
        // 种植户李国平承包的: a surname and two characters jieba reads as one
        // name is the whole name, whatever verb follows it.
        let whole_name = n == 3
            && w.word
                .chars()
                .next()
                .is_some_and(|c| lexicon::SURNAMES.contains(c));
        let titled = (lexicon::person_before().any(|c| before.ends_with(c))
            || people_title_before(before))
            && (whole_name
                || after
                    .chars()
                    .next()
                    .is_none_or(|c| !is_han(c) || lexicon::PERSON_NEXT.contains(c))
                || lexicon::PERSON_TIME.iter().any(|t| after.starts_with(t)));
        // 赵小龙一边打包一边说, 王秀英今年72岁: saying later in the clause,
        // or an age.
        let clause_after: String = after
            .chars()
            .take_while(|c| !CLAUSE_MARKS.contains(*c))
            .take(12)
            .collect();
        let says_later = lexicon::SPEECH
            .iter()
            .any(|w| clause_after.ends_with(w) || clause_after.contains(&format!("{w}记者")));
        let aged = {
            let t = clause_after.strip_prefix("今年").unwrap_or(&clause_after);
            let digits = t.chars().take_while(|c| c.is_ascii_digit()).count();
            (1..=3).contains(&digits) && t[digits..].starts_with('岁')
        };
        let cue = said || titled || says_later || aged;
        let of_the_people = people_title_before(before) || described_person(before);
        if cue {
            // 王|秀英: the surname jieba left outside the name.
            let start = before
                .chars()
                .next_back()
                .filter(|c| {
                    n == 2
                        && lexicon::SURNAMES.contains(*c)
                        && !lexicon::SURNAMES.contains(w.word.chars().next().unwrap_or(' '))
                })
                .map_or(w.start, |c| w.start - c.len_utf8());
            out.push(Mention {
                start,
                end: w.end,
                name: norm[start..w.end].to_string(),
                new_kind: Some("person".to_string()),
                sentence: 0,
                // 程序员郑/ns 宇航/nr: the title is before the surname.
                how: (of_the_people || people_title_before(&norm[..start]))
                    .then_some(ONE_OF_THE_PEOPLE),
            });
        }
    }
    out
}

/// Whether a title of the people ends `before`: one of
/// [`lexicon::PEOPLE_TITLES`], or a role said by its 者 or 员 (志愿者,
/// 创业者, 管护员), not the reporter's nor an office's staff.
fn people_title_before(before: &str) -> bool {
    lexicon::PEOPLE_TITLES.iter().any(|t| before.ends_with(t))
        || before.ends_with(['者', '员'])
            && before[..before.len() - '者'.len_utf8()]
                .chars()
                .next_back()
                .is_some_and(is_han)
            && !["记者", "通讯员", "人员", "委员", "官员", "发言人"]
                .iter()
                .any(|t| before.ends_with(t))
}

/// Whether `before` (the sentence up to a name) describes the person
/// rather than giving an office's title: by where they work or live (在那洪
/// 站附近经营米粉店的X, 在五象新区上班的X), or by a post in a firm the
/// text leaves unnamed (一家农机合作社理事长X, 在义乌一家快递网点，分拣
/// 主管X). Such a person tells their own figures; an official, named by
/// an office the text names, speaks for the place.
fn described_person(before: &str) -> bool {
    let marks = |c: char| CLAUSE_MARKS.contains(c);
    let cs = before.rfind(marks).map_or(0, |i| {
        i + before[i..].chars().next().map_or(0, char::len_utf8)
    });
    let lead = &before[cs..];
    let where_they_are =
        lead.starts_with('在') && lead.ends_with('的') && (4..=30).contains(&lead.chars().count());
    let unnamed_firm = before.rfind("一家").is_some_and(|p| {
        let post = &before[p + "一家".len()..];
        post.chars().count() <= 24
            && post.chars().filter(|c| marks(*c)).count() <= 1
            && !post.ends_with(marks)
            && !post.contains("记者")
            // 一家商场的负责人: one who speaks for the firm, as an official
            // speaks for an office (the older rule: the place before them).
            && !post.ends_with("负责人")
    });
    where_they_are || unnamed_firm
}

/// 被告人武某, 犯罪嫌疑人李某某: a person a court or the police name by
/// surname and 某 after their role in the case, whose acts (the sand
/// mined, the gain) the verdict's figures count.
fn defendants(norm: &str) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::new();
    for role in ["犯罪嫌疑人", "被告人", "被告"] {
        for (p, _) in norm.match_indices(role) {
            let at = p + role.len();
            let rest = &norm[at..];
            let mut cs = rest.chars();
            let (Some(surname), Some('某')) = (cs.next(), cs.next()) else {
                continue;
            };
            if !lexicon::SURNAMES.contains(surname) || out.iter().any(|m| m.start == at) {
                continue;
            }
            // 李某某: the second 某 is the name's too.
            let mut end = at + surname.len_utf8() + '某'.len_utf8();
            if norm[end..].starts_with('某') {
                end += '某'.len_utf8();
            }
            out.push(Mention {
                start: at,
                end,
                name: norm[at..end].to_string(),
                new_kind: Some("person".to_string()),
                sentence: 0,
                how: Some(A_DEFENDANT),
            });
        }
    }
    out
}

/// How a defendant was found.
const A_DEFENDANT: &str = "a defendant named by surname and 某 after 被告人 (被告人王某)";

/// What the text read so far names, sentence by sentence, for
/// [`answer_speaker`]: a line's label is looked up here, not searched for
/// again in all that was said (an interview of many turns, each searching
/// the whole text, was quadratic in its length).
#[derive(Default)]
struct NamedSoFar {
    /// The two to four characters after each title of the people
    /// (枣农艾力·买买提: 艾力, 艾力·买 is no key, being no run of 汉字).
    after_title: HashSet<String>,
    /// The two to four characters before a dot joining a name, to the
    /// shortest whole name they open there (艾力 → 艾力·买买提).
    whole: HashMap<String, String>,
    /// Whether the line read last opened the reporter's question
    /// (记者：…), so the next line's label is the one answering.
    asked: bool,
    /// The text read so far, and for each label of two to four 汉字
    /// opening a sentence (和丽梅：…), whether the text named it before its
    /// first turn (an official the headline visits is named so).
    text: String,
    said_before: HashMap<String, bool>,
}

impl NamedSoFar {
    /// Take in a sentence. No title, label or name runs across two
    /// sentences (a name stops at what is no 汉字), so each is read alone.
    fn read(&mut self, norm: &str) {
        // A label's first turn: whether the text named it before (——访甲县
        // 县长石某 … 石某：…), looked for once a label.
        if let Some((label, _)) = norm.split_once(['：', ':']) {
            if (2..=4).contains(&label.chars().count())
                && label.chars().all(is_han)
                && !self.said_before.contains_key(label)
            {
                let said = self.text.contains(label);
                self.said_before.insert(label.to_string(), said);
            }
        }
        self.text.push_str(norm);
        // The `k` characters of 汉字 ending at byte `b`, if there are so many.
        let before = |b: usize, k: usize| {
            let mut cs = norm[..b].char_indices().rev();
            let (mut at, mut n) = (b, 0);
            while n < k {
                let (i, _) = cs.next().filter(|&(_, c)| is_han(c))?;
                at = i;
                n += 1;
            }
            Some(&norm[at..b])
        };
        for (p, c) in norm.char_indices() {
            if is_han(c) && people_title_before(&norm[..p]) {
                let mut end = p;
                for (n, c) in norm[p..].chars().take(4).enumerate() {
                    if !is_han(c) {
                        break;
                    }
                    end += c.len_utf8();
                    if n >= 1 {
                        self.after_title.insert(norm[p..end].to_string());
                    }
                }
            }
            if !['·', '•', '・'].contains(&c) {
                continue;
            }
            // 艾力·买买提: a name joined by a dot goes on after it, to a
            // mark, a verb of saying or a function character (艾力·买买提说,
            // …提：). A run longer than four characters makes no name
            // answer_speaker takes, so none is looked further for.
            let rest = &norm[p + c.len_utf8()..];
            let run = rest
                .char_indices()
                .take(5)
                .find(|&(i, c)| {
                    !is_han(c)
                        || lexicon::NAME_STOPS.contains(c)
                        || lexicon::PERSON_AFTER
                            .iter()
                            .any(|w| rest[i..].starts_with(w))
                })
                .map_or(rest.len(), |(i, _)| i);
            if run == 0 || rest[..run].chars().count() > 4 {
                continue;
            }
            let end = p + c.len_utf8() + run;
            for k in 2..=4 {
                let Some(key) = before(p, k) else { break };
                let whole = &norm[p - key.len()..end];
                let shorter = self.whole.get(key).is_none_or(|w| whole.len() < w.len());
                if shorter {
                    self.whole.insert(key.to_string(), whole.to_string());
                }
            }
        }
    }
}

/// The private person whose answer `line` opens (艾力：我家一共…): the
/// label before its colon, when a title of the people named them in the
/// text read so far (枣农艾力·买买提), as whole as named there, or when the
/// line before was the reporter's question. None for
/// the reporter's turn, a line of no label, or a speaker named by an
/// office's title (合作社理事长马兴才: they speak for the body).
fn answer_speaker(line: &str, named: &NamedSoFar) -> Option<Mention> {
    let (label, _) = line.split_once(['：', ':'])?;
    let n = label.chars().count();
    if !(2..=4).contains(&n) || !label.chars().all(is_han) || label.ends_with("记者") {
        return None;
    }
    // 记者：…？ then 和丽梅：…: the label answering the reporter's
    // question, never named before its first turn, is a private person
    // interviewed (an official is introduced: ——访甲县县长石某; a host or
    // guest by their role is no private person).
    let answers = named.asked
        && named.said_before.get(label) == Some(&false)
        && !["主持人", "嘉宾", "编者", "网友"].contains(&label);
    if !named.after_title.contains(label) && !answers {
        return None;
    }
    let whole = named.whole.get(label).map_or(label, String::as_str);
    Some(Mention {
        start: 0,
        end: 0,
        name: whole.to_string(),
        new_kind: Some("person".to_string()),
        sentence: 0,
        how: Some(ANSWER_SPEAKER),
    })
}

/// 记者：…, 问：…: a line opening the reporter's turn of an interview.
fn reporter_turn(line: &str) -> bool {
    ["记者", "问"].iter().any(|q| {
        line.strip_prefix(q)
            .is_some_and(|r| r.starts_with(['：', ':']))
    })
}

/// How the speaker of an interview's answer was found.
const ANSWER_SPEAKER: &str =
    "the speaker of an interview's answer (艾力：…), named before by a title of the people or \
     answering the reporter's question";

/// How a person named after a title of [`lexicon::PEOPLE_TITLES`] was found.
const ONE_OF_THE_PEOPLE: &str =
    "a person by a title of the people quoted on their own lives (村民, 求职者)";

/// 张女士, 李大爷: a person the text names by surname and a polite
/// address, as it names the people it quotes on their own lives (an
/// official is named with the office's title instead).
fn addressed_privately(name: &str) -> bool {
    let n = name.chars().count();
    (3..=4).contains(&n) && lexicon::POLITE_ADDRESS.iter().any(|t| name.ends_with(t))
}

/// 民宿的梁女士说, 像后山的王大叔, 渔工老包告诉记者, 村西头的老周，去年…:
/// one of the people named by surname and a polite word, or by 老 and
/// surname. The words around must say a person: for a polite word, no 汉字
/// before the surname but 的 or a title of the people; for 老, a verb of
/// saying after it, or a surname with 的, a title or no 汉字 before and a
/// mark, a time word or 家 after.
fn addressed_people(norm: &str) -> Vec<Mention> {
    let mut out = Vec::new();
    let person_before = |before: &str| {
        before
            .chars()
            .next_back()
            .is_none_or(|c| !is_han(c) || c == '的')
            || people_title_before(before)
    };
    let person = |start: usize, end: usize| Mention {
        start,
        end,
        name: norm[start..end].to_string(),
        new_kind: Some("person".to_string()),
        sentence: 0,
        how: Some(ONE_OF_THE_PEOPLE),
    };
    for (p, c) in norm.char_indices() {
        let at = p + c.len_utf8();
        let after = &norm[at..];
        if lexicon::SURNAMES.contains(c) && person_before(&norm[..p]) {
            // 王先生们: a plural is no one person.
            if let Some(t) = lexicon::POLITE_ADDRESS
                .iter()
                .find(|t| after.starts_with(**t) && !after[t.len()..].starts_with('们'))
            {
                out.push(person(p, at + t.len()));
                continue;
            }
        }
        if c != '老' {
            continue;
        }
        let Some(x) = after.chars().next().filter(|x| {
            is_han(*x) && !lexicon::NAME_STOPS.contains(*x) && !lexicon::NOT_AFTER_LAO.contains(*x)
        }) else {
            continue;
        };
        let end = at + x.len_utf8();
        let rest = &norm[end..];
        let says = lexicon::PERSON_AFTER.iter().any(|v| rest.starts_with(v));
        let named = lexicon::SURNAMES.contains(x)
            && person_before(&norm[..p])
            && (rest.chars().next().is_none_or(|n| !is_han(n))
                || rest.starts_with('家')
                || lexicon::PERSON_TIME.iter().any(|t| rest.starts_with(t)));
        if says || named {
            out.push(person(p, end));
        }
    }
    out
}

/// 采棉机手买买提·吐尔逊已经…, 棉农吾斯曼·托合提今年…: a name of two parts
/// joined by a dot right after a title of the people. The part before the
/// dot is two to four 汉字 after the title; the part after runs to what
/// is no 汉字, a function character, a verb of saying or a time word, or a
/// word jieba reads as a verb, an adverb or a preposition.
fn dotted_people(norm: &str, words: &[segment::Word<'_>]) -> Vec<Mention> {
    let mut out = Vec::new();
    for (dot, c) in norm.char_indices() {
        if !['·', '•', '・'].contains(&c) {
            continue;
        }
        let back: Vec<usize> = norm[..dot]
            .char_indices()
            .rev()
            .take_while(|(_, c)| is_han(*c))
            .take(4)
            .map(|(i, _)| i)
            .collect();
        let Some(start) = (2..=back.len())
            .map(|n| back[n - 1])
            .find(|&i| people_title_before(&norm[..i]))
        else {
            continue;
        };
        let from = dot + c.len_utf8();
        let rest = &norm[from..];
        // Not NAME_STOPS: 都 and 提 are common in such names (阿不都,
        // 托合提); a word of two characters jieba reads as a verb or an
        // adverb (已经, 开着) ends it.
        let stops = |i: usize, c: char| {
            !is_han(c)
                || lexicon::DOTTED_NAME_STOPS.contains(c)
                || lexicon::PERSON_AFTER
                    .iter()
                    .chain(lexicon::PERSON_TIME)
                    .any(|w| rest[i..].starts_with(w))
                // The words are in order: found by halving, not read one by
                // one for each character after each dot.
                || (i > 0
                    && words[words.partition_point(|w| w.start < from + i)..]
                        .first()
                        .is_some_and(|w| {
                        w.start == from + i
                            && w.word.chars().count() >= 2
                            && ["v", "d", "p", "c", "t", "u"]
                                .iter()
                                .any(|t| w.tag.starts_with(t))
                    }))
        };
        let run = rest
            .char_indices()
            .take(6)
            .find(|&(i, c)| stops(i, c))
            .map_or(rest.len().min(6 * 3), |(i, _)| i);
        let n = rest[..run].chars().count();
        if !(2..=5).contains(&n) {
            continue;
        }
        out.push(Mention {
            start,
            end: from + run,
            name: norm[start..from + run].to_string(),
            new_kind: Some("person".to_string()),
            sentence: 0,
            how: Some(ONE_OF_THE_PEOPLE),
        });
    }
    out
}

/// “…。”张女士说。: the words after a quote opening the sentence, when
/// they are short enough to be only who said it.
fn speaker_tail(norm: &str) -> Option<&str> {
    if !norm.starts_with('“') {
        return None;
    }
    let close = norm.rfind('”')?;
    let tail = &norm[close + '”'.len_utf8()..];
    let n = tail.chars().count();
    // “…。”黄文强说，扣掉…: the speaker and a verb of saying in the
    // clause right after the quote, the sentence going on after them.
    let (_, head_end) = clause(tail, 0, 0, CLAUSE_MARKS);
    let head = &tail[..head_end];
    let says = (2..=12).contains(&head.chars().count())
        && lexicon::PERSON_AFTER.iter().any(|v| head.contains(v));
    (((2..=12).contains(&n) || says) && !tail.contains('“')).then_some(tail)
}

/// The sentence after a quote, opening with its speaker (在园区工作的
///程序员张某说，…; 扎西笑着说。): the speaker, and the place named before
/// them. The speaker is a person found by a title or a verb of saying, or,
/// when nothing but a name comes before the verb, those two or three
/// characters.
fn speaker_after_quote(next: &Sentence) -> Option<(Mention, Option<Mention>)> {
    let norm = decimal_points(&simplify(&next.text));
    if norm.starts_with('“') {
        return None;
    }
    let (_, head_end) = clause(&norm, 0, 0, CLAUSE_MARKS);
    let head = &norm[..head_end];
    let verb = lexicon::PERSON_AFTER
        .iter()
        .filter_map(|v| head.find(v))
        .min()?;
    let words = tagged(head, &[]);
    let person = find_persons(head, &words)
        .into_iter()
        .filter(|m| m.end == verb)
        .max_by_key(|m| m.end)
        .or_else(|| {
            let n = head[..verb].chars().count();
            ((2..=3).contains(&n) && head[..verb].chars().all(is_han)).then(|| Mention {
                start: 0,
                end: verb,
                name: head[..verb].to_string(),
                new_kind: Some("person".to_string()),
                sentence: 0,
                how: Some("the name right after a quote, before a verb of saying"),
            })
        })?;
    let place = find_places(&head[..person.start])
        .into_iter()
        .filter(|p| p.end <= person.start)
        .max_by_key(|p| p.end)
        .map(|p| Mention {
            sentence: next.index,
            ..p
        });
    Some((
        Mention {
            sentence: next.index,
            ..person
        },
        place,
    ))
}

/// Whether the text at `a` is inside a quotation (“…), within its sentence.
/// Whether `norm` opens with a quote, or with one after only the news
/// lead (本报讯 “十二亩玉米…”): the quote is what the sentence says.
fn quote_after_lead(norm: &str) -> bool {
    norm.find('“').is_some_and(|i| {
        let lead = norm[..i].trim_end();
        lead.is_empty() || lead.ends_with('讯') && lead.chars().count() <= 12
    })
}

fn in_quote(norm: &str, a: usize) -> bool {
    let before = &norm[..a];
    before.matches('“').count() > before.matches('”').count()
}

/// 赣州日报讯, 青川晚报11月2日讯: a line opening with a paper's title
/// (…日报, …晚报) and its dateline's 讯 or date.
fn opens_with_paper_dateline(norm: &str) -> bool {
    ["日报", "晚报"].iter().any(|paper| {
        norm.find(paper).is_some_and(|p| {
            let title = &norm[..p];
            (2..=6).contains(&title.chars().count())
                && title.chars().all(is_han)
                && norm[p + paper.len()..].starts_with(|c: char| c == '讯' || c.is_ascii_digit())
        })
    })
}

/// The noun phrase a headline opens with, when it holds a proper noun:
/// nouns from the start (a counter such as 段 inside), two words at least,
/// three to sixteen characters. Its kind is its ending's, else `thing`.
fn headline_topic(norm: &str) -> Option<Mention> {
    // 赣州日报讯（记者…）: a text opening with its paper's dateline has no
    // headline; the paper names where it files from, not what it tells.
    if opens_with_paper_dateline(norm) {
        return None;
    }
    let words = tagged(norm, &[]);
    // 春节假期四川高速车流量…: a period opening the headline is when, not
    // what; the topic is read after it.
    if let [first, next, ..] = words.as_slice() {
        if PERIOD_ENDINGS.iter().any(|e| first.word.ends_with(e)) {
            let at = next.start;
            return headline_topic(&norm[at..]).map(|m| Mention {
                start: m.start + at,
                end: m.end + at,
                how: Some(HEADLINE_PERIOD_HOW),
                ..m
            });
        }
    }
    let nounish = |w: &segment::Word<'_>, k: usize| {
        matches!(
            w.tag,
            "n" | "nr" | "ns" | "nz" | "nt" | "j" | "nrt" | "nrfg" | "eng"
        ) || (k > 0 && w.tag == "q" && w.word.chars().count() == 1)
    };
    // 台风海葵农损逾新台币9亿元: a value's bound word (逾, 约, 超) and its
    // currency are no part of the topic, though jieba tags them nouns
    // (逾/n 新台币/n); the run stops at the word a value starts in.
    let value_starts: Vec<usize> = quantities_in(norm)
        .into_iter()
        .map(|(a, _, _)| a)
        .filter(|&a| !norm[a..].starts_with(is_numeral_char))
        .collect();
    let n = words
        .iter()
        .enumerate()
        .take_while(|(k, w)| {
            nounish(w, *k)
                && w.word.chars().all(is_han)
                && !value_starts.iter().any(|&a| w.start <= a && a < w.end)
        })
        .count();
    if n < 2 {
        return None;
    }
    // 甲镇箱包厂老板张三：…: a headline naming a person after their title
    // is about the person, not the title's run of nouns.
    if let Some(k) = words[..n]
        .iter()
        .position(|w| lexicon::person_before().any(|t| *t == w.word))
    {
        let person = &words[k + 1..n];
        if k > 0
            && !person.is_empty()
            && person
                .iter()
                .all(|w| matches!(w.tag, "nr" | "nrfg" | "nrt"))
        {
            let (start, end) = (person[0].start, words[n - 1].end);
            return Some(Mention {
                start,
                end,
                name: norm[start..end].to_string(),
                new_kind: Some("person".to_string()),
                sentence: 0,
                how: None,
            });
        }
    }
    let proper = words[..n]
        .iter()
        .any(|w| matches!(w.tag, "nr" | "ns" | "nz" | "nt" | "j" | "nrt" | "nrfg"));
    let mut end = words[n - 1].end;
    // 长治高新区光电产业集群产值…: a headline opening with a place or zone
    // is about it, not about the words run on after it.
    // Not when a name's ending follows as a word of its own (重庆果园/港
    // 国家物流枢纽: 果园 is the port's stem, no park).
    if let Some(e) = words[..n].iter().map(|w| w.end).find(|&e| {
        let head = &norm[..e];
        let ending_follows = words[..n]
            .iter()
            .find(|w| w.start == e)
            .is_some_and(|w| name_suffixes().any(|(x, _)| w.word == *x));
        e < end
            && !ending_follows
            && head.chars().count() >= 3
            && (name_suffixes().any(|(x, k)| matches!(*k, "zone" | "park") && head.ends_with(x))
                || find_places(head).iter().any(|p| p.start == 0 && p.end == e)
                // 凉山州森林防灭火…: a prefecture said short (X州), which
                // jieba knows as a place, opening the headline.
                || e == words[0].end && words[0].tag == "ns" && head.ends_with('州'))
    }) {
        end = e;
    }
    // 长岛海洋牧场年产值突破…: a headline whose nouns run on to what is
    // measured is about the place that opens it, when one does.
    let measured = [
        "产值",
        "年产值",
        "产量",
        "收入",
        "营收",
        "增加值",
        "总量",
        "销量",
        "规模",
        "数量",
        "农损",
    ];
    // 柳州新能源汽车保有量突破60万辆: a word of three characters or more
    // ending 量 (保有量, 用电量, 成交量) is a measure too, unless the nouns
    // before it hold a name's ending (三峡电站年发电量, 揭阳潮汕国际机场
    // 旅客吞吐量: the station's, the airport's).
    let named_inside = words[..n.saturating_sub(1)]
        .iter()
        .any(|w| name_suffixes().any(|(x, _)| x.chars().count() >= 2 && w.word.ends_with(x)));
    let measured = |w: &str| {
        measured.contains(&w) || !named_inside && w.ends_with('量') && w.chars().count() >= 3
    };
    // 台风海葵农损逾新台币9亿元: the nouns run on to what the value right
    // after them measures; the topic is what the loss is of, the words
    // before the measure (not the place opening them: 台风 is no place).
    // Only where the value's word would have run on as a noun (逾/n), not
    // after a verb that ends the run anyway (长岛海洋牧场年产值突破…: the
    // place below).
    let value_next = words.get(n).is_some_and(|w| {
        nounish(w, n)
            && w.word.chars().all(is_han)
            && value_starts.iter().any(|&a| w.start <= a && a < w.end)
    });
    if value_next && end == words[n - 1].end && n >= 3 && measured(words[n - 1].word) {
        end = words[n - 2].end;
    }
    let mut place_only = false;
    if end == words[n - 1].end && n >= 3 && measured(words[n - 1].word) {
        if words[0].tag == "ns" && words[0].word.chars().count() >= 2 {
            end = words[0].end;
            place_only = true;
        } else {
            end = words[n - 2].end;
        }
    }
    let name = &norm[..end];
    let chars = name.chars().count();
    // 某市住房公积金年度报告: a document's title names the report, which
    // has no figures of its own; the body names whose they are.
    if DOCUMENT_WORDS.iter().any(|w| name.ends_with(w)) {
        return None;
    }
    if !proper
        || !(3..=16).contains(&chars) && !place_only
        || find_places(name).iter().any(|p| p.end == end)
    {
        return None;
    }
    let kind = name_suffixes()
        .find(|(e, _)| name.ends_with(e))
        .map_or("thing", |(_, k)| k);
    Some(Mention {
        start: 0,
        end,
        name: name.to_string(),
        new_kind: Some(kind.to_string()),
        sentence: 0,
        how: None,
    })
}

const HEADLINE_PERIOD_HOW: &str =
    "the headline's leading nouns after the period that opens it (春节假期X…: X)";

/// Words ending the title of a document (a report, a bulletin), not the
/// name of a thing its figures are of.
const DOCUMENT_WORDS: &[&str] = &["报告", "公报", "年报", "白皮书", "蓝皮书"];

/// 铜仁交通/n 建设/vn 有限公司, 武陵山/ns 投资/vn 集团: a verb after a
/// noun inside a name is the trade the name says (交通建设), not a verb
/// of the clause glued before the name (加快/v 推进/v …有限公司).
fn trade_verb(before: &[segment::Word<'_>]) -> bool {
    before.last().is_some_and(|w| {
        matches!(w.tag, "n" | "ns" | "nz" | "nt" | "j" | "nrt")
            && w.word.chars().count() >= 2
            && w.word.chars().all(is_han)
            && !lexicon::NAME_VERBS.contains(&w.word)
    })
}

/// 最终/d 由蓉/nr 锦置业有限公司, 我们/r 和顺/nz 丰速运…: after an adverb
/// or a pronoun, a preposition or conjunction jieba glued to the name's
/// first character is the clause's; the name starts after it.
fn glued_preposition(norm: &str, words: &[segment::Word<'_>], start: usize) -> usize {
    let Some(k) = words.iter().position(|w| w.start == start) else {
        return start;
    };
    let glued = words[k].word.chars().count() >= 2
        && words[k]
            .word
            .starts_with(['由', '和', '与', '同', '从', '向', '对', '被', '把', '在']);
    let after = k > 0 && matches!(words[k - 1].tag, "d" | "r");
    if glued && after {
        start + norm[start..].chars().next().map_or(0, char::len_utf8)
    } else {
        start
    }
}

/// 从中铁九局…: jieba glues the 中 opening a name (中铁, 中国, 中建) to the
/// preposition before it (从中/d); the name starts at 中.
fn glued_zhong(norm: &str, words: &[segment::Word<'_>], j: usize, start: usize) -> usize {
    match j.checked_sub(1).map(|k| &words[k]) {
        Some(w)
            if w.end == start
                && w.word.chars().count() == 2
                && w.word.ends_with('中')
                && w.word
                    .starts_with(['从', '在', '与', '和', '向', '对', '同', '由', '为', '把']) =>
        {
            start - '中'.len_utf8()
        }
        _ => start,
    }
    .min(norm.len())
}

/// Where a name starts that jieba cut into single characters (磨/v 憨/ng,
/// 中/f 老/a: a place it does not know) right before word `j`: two to
/// four one-character words, none a function character or numeral, with
/// a mark, the text's start or 的/于 before them.
fn oov_run(norm: &str, words: &[segment::Word<'_>], j: usize) -> Option<usize> {
    let single = |w: &segment::Word<'_>| {
        w.word.chars().count() == 1
            && w.word
                .chars()
                .all(|c| is_han(c) && !lexicon::NAME_STOPS.contains(c) && !is_numeral_char(c))
            && !matches!(w.tag, "p" | "c" | "u" | "uj" | "ul" | "r" | "d" | "m" | "q")
    };
    // The walk may have taken the run's last characters (拉/v 憨/ng: 憨
    // is no stop): the run is counted across `j`.
    let mut i = j;
    while i > 0 && j - i < 4 && single(&words[i - 1]) {
        i -= 1;
    }
    let mut e = j;
    while e < words.len() && e - i < 4 && single(&words[e]) {
        e += 1;
    }
    if i == j || e - i < 2 {
        return None;
    }
    let start = words[i].start;
    let bounded = norm[..start]
        .chars()
        .next_back()
        .is_none_or(|c| !is_han(c) || "的于".contains(c));
    bounded.then_some(start)
}

/// Whether the stem of a county, district or city said before (射阳 of
/// 射阳县) is where `fits` says, in a name that otherwise has no proper
/// noun jieba knows (射阳/n 港/j 经济/n 开发区).
fn place_stem_said(local: &[Mention], fits: impl Fn(&str) -> bool) -> bool {
    local.iter().any(|m| {
        m.new_kind
            .as_deref()
            .is_some_and(|k| PLACE_KINDS.contains(&k))
            && m.name
                .strip_suffix(['区', '县', '市'])
                .is_some_and(|stem| stem.chars().count() >= 2 && fits(stem))
    })
}

/// 。甲地凤鸣通用机场跑道长…, ，乙地雪都机场本雪季…: an airport is
/// named by a place the text has named and its own words, the whole run
/// from a mark to 机场, however jieba cuts it (机场跑道 one word, 都 a
/// function word).
fn airport_names(norm: &str, local: &[Mention]) -> Vec<Mention> {
    let stems: Vec<&str> = local
        .iter()
        .filter(|m| {
            m.new_kind
                .as_deref()
                .is_some_and(|k| PLACE_KINDS.contains(&k))
        })
        .filter_map(|m| {
            ["地区", "自治州", "市", "县", "区"]
                .iter()
                .find_map(|e| m.name.strip_suffix(e))
        })
        .filter(|stem| stem.chars().count() >= 2)
        .collect();
    let mut out = Vec::new();
    for (at, _) in norm.match_indices("机场") {
        let head = &norm[..at];
        let run: usize = head
            .chars()
            .rev()
            .take_while(|c| is_han(*c))
            .take(9)
            .map(char::len_utf8)
            .sum();
        let start = at - run;
        let bounded = head[..start].chars().next_back().is_none_or(|c| !is_han(c));
        let own = &norm[start..at];
        // The place opens the name and something of the airport's own
        // follows it (not 自贡机场, which the place finder reads).
        let Some(stem) = stems.iter().find(|st| own.starts_with(**st)) else {
            continue;
        };
        if !bounded || own.len() == stem.len() {
            continue;
        }
        out.push(Mention {
            start,
            end: at + "机场".len(),
            name: norm[start..at + "机场".len()].to_string(),
            new_kind: Some("airport".to_string()),
            sentence: 0,
            how: Some("an airport: a place named before and its own words, from a mark to 机场"),
        });
    }
    out
}

/// Endings of things news reports figures of, beside the lexicon's
/// (`lexicon::ORG_SUFFIXES`, which they follow): a tunnel is built and
/// dug like a bridge; a plot of land is sold with its own area and price;
/// a race counts its runners, a night market its visitors.
const THING_SUFFIXES: &[(&str, &str)] = &[
    ("隧道", "project"),
    ("地块", "plot"),
    ("马拉松赛", "event"),
    ("马拉松", "event"),
    // 东北亚博览会, 环湖自行车赛, 茶文化旅游节: a fair, a race or a
    // festival reports its own figures (its deals, its visitors), not its
    // host place's.
    ("博览会", "event"),
    ("交易会", "event"),
    ("展览会", "event"),
    ("运动会", "event"),
    ("自行车赛", "event"),
    ("旅游节", "event"),
    ("文化节", "event"),
    ("艺术节", "event"),
    ("电影节", "event"),
    ("夜市", "market"),
    // Round 31: endings of any gathering (风筝会, 龙舟节), names only after
    // an edition (`EDITION_ENDINGS`).
    ("会", "event"),
    ("节", "event"),
    // 第二十七届深圳读书月: a month of events, a name after its edition.
    ("月", "event"),
];

/// Endings of [`THING_SUFFIXES`] that make an event's name only after its
/// edition (第43届…会): alone they end common words (开会, 季节).
const EDITION_ENDINGS: &[&str] = &["会", "节", "月"];

/// Whether `before` ends with an edition (第三届, 第43届).
fn edition_ends(before: &str) -> bool {
    before.strip_suffix('届').is_some_and(|b| {
        let stem = b.trim_end_matches(is_numeral_char);
        stem.len() < b.len() && stem.ends_with('第')
    })
}

/// Words referring back to a thing of [`THING_SUFFIXES`] (as
/// `lexicon::ANAPHORA` do to the lexicon's): the word, the ending.
const THING_ANAPHORA: &[(&str, &str)] = &[
    ("该地块", "地块"),
    ("该站", "站"),
    ("该隧道", "隧道"),
    ("本届赛事", "赛"),
    ("该赛事", "赛"),
    ("本届展会", "会"),
    ("本届博览会", "会"),
    ("本届交易会", "会"),
];

/// The place a report is filed from, said in its dateline (本报怀化7月8日讯,
/// 新华社长沙7月8日电, 中新网深圳…电): two to four characters after 本报,
/// 新华社, 中新网/中新社 or a paper's title (…日报, …晚报), before
/// the date or 讯/电. Only the opening lines are read.
fn dateline_place(text: &str) -> Option<String> {
    let cut = (0..=text.len().min(600))
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    let head = &text[..cut];
    // 南方日报东莞11月18日讯: a paper named by its title files from a
    // place too.
    ["本报", "新华社", "中新网", "中新社", "日报", "晚报"]
        .iter()
        .find_map(|agency| {
            let (p, _) = head.match_indices(agency).next()?;
            let rest = &head[p + agency.len()..];
            let place: String = rest.chars().take_while(|c| is_han(*c)).take(5).collect();
            let after = rest[place.len()..].chars().next();
            let place = match after {
                Some(c) if c.is_ascii_digit() || is_numeral_char(c) => place,
                // 赣州日报讯: a city's paper filing at home; its title
                // opening the line names the place.
                _ if place == "讯" && agency.ends_with('报') && *agency != "本报" => {
                    let line = &head[head[..p].rfind('\n').map_or(0, |n| n + 1)..p];
                    line.trim_start_matches([' ', '\u{3000}']).to_string()
                }
                _ => place.strip_suffix(['讯', '电'])?.to_string(),
            };
            ((2..=4).contains(&place.chars().count()) && place.chars().all(is_han))
                .then(|| simplify(&place))
        })
}

/// 市体育局相关负责人表示…: the level (市, 县, 区) of an office said by
/// its level and trade alone, opening the sentence.
fn office_level(norm: &str) -> Option<char> {
    let level = norm.chars().next().filter(|c| "市县区".contains(*c))?;
    let rest = &norm[level.len_utf8()..];
    let trade: String = rest.chars().take_while(|c| is_han(*c)).take(8).collect();
    ["局", "委", "办", "政府"]
        .iter()
        .filter_map(|e| trade.find(e).map(|at| at + e.len()))
        .min()
        .filter(|&at| {
            (2..=6).contains(&trade[..at].chars().count())
                && !trade[..at].chars().any(|c| lexicon::NAME_STOPS.contains(c))
        })
        .map(|_| level)
}

/// The place of a topic guessed from a headline that names a group of
/// that place's things (柳州职业院校: the place and a common noun), when
/// this sentence counts the same things (17所职业院校) and names the
/// place with its level, alone or in an office's name (柳州市教育局).
fn counted_group_place(
    norm: &str,
    topic: &Mention,
    quantities: &[(usize, usize, Quantity)],
    mentions: &[&Mention],
    dateline: Option<&str>,
) -> Option<Mention> {
    let places: Vec<Mention> = mentions
        .iter()
        .filter(|m| {
            m.new_kind
                .as_deref()
                .is_some_and(|k| PLACE_KINDS.contains(&k))
        })
        .map(|m| (*m).clone())
        .chain(mentions.iter().filter_map(|m| office_place(m)))
        .collect();
    let key = simplify(&topic.name);
    let stems = places
        .iter()
        .filter_map(|p| p.name.strip_suffix(['市', '县', '区']))
        .chain(dateline);
    let (stem, tail) = stems
        .filter_map(|st| {
            key.strip_prefix(st)
                .map(|t| (st.to_string(), t.to_string()))
        })
        .find(|(_, t)| t.chars().count() >= 2)?;
    // 17所职业院校, and the noun before its count: 台资企业5400余家.
    let counted = quantities.iter().any(|(a, b, q)| {
        q.unit == Unit::Count && (norm[*b..].starts_with(&tail) || norm[..*a].ends_with(&tail))
    });
    if !counted {
        return None;
    }
    places
        .into_iter()
        .find(|p| p.name.starts_with(&stem) && p.name.chars().count() == stem.chars().count() + 1)
        .map(|p| Mention {
            how: Some("the headline named a group of this place's things, which the body counts: the place is the topic"),
            ..p
        })
}

/// [`counted_group_place`] over a whole text, read before its body: the
/// place (named in full anywhere) whose stem opens the headline's guessed
/// topic, when the text counts the rest of it (17所职业院校,
/// 台资企业5400余家).
fn group_place_in(whole: &str, topic: &Mention, dateline: Option<&str>) -> Option<Mention> {
    let text = simplify(whole);
    let key = simplify(&topic.name);
    let places = find_places(&text);
    let stems = places
        .iter()
        .filter_map(|p| p.name.strip_suffix(['市', '县', '区']))
        .chain(dateline);
    let (stem, tail) = stems
        .filter_map(|st| {
            key.strip_prefix(st)
                .map(|t| (st.to_string(), t.to_string()))
        })
        .find(|(_, t)| t.chars().count() >= 2)?;
    let numeral = |c: char| c.is_ascii_digit() || is_numeral_char(c);
    let counted = text.match_indices(tail.as_str()).any(|(p, _)| {
        let after = text[p + tail.len()..].chars().next().is_some_and(numeral);
        let mut before = text[..p].chars().rev();
        let counter = before.next().is_some_and(|c| "家所个座户名人".contains(c))
            && before
                .next()
                .is_some_and(|c| numeral(c) || "余多".contains(c));
        after || counter
    });
    if !counted {
        return None;
    }
    places
        .into_iter()
        .find(|p| p.name.starts_with(&stem) && p.name.chars().count() == stem.chars().count() + 1)
        .map(|p| Mention {
            start: 0,
            end: 0,
            sentence: 0,
            how: Some("the headline named a group of this place's things, which the body counts: the place is the topic"),
            ..p
        })
}

/// 粳米每公斤6.38元, 猪肉（五花肉）每公斤29.6元: a price per unit of goods
/// (lexicon price_units) is the price of the goods that open its clause,
/// named there as a product (a count or a measure said before them, and
/// the words of a price after them, left out: 15种蔬菜平均零售价格).
fn priced_goods(
    norm: &str,
    sentence: u32,
    quantities: &[(usize, usize, Quantity)],
    mentions: &mut Vec<Mention>,
) {
    for (a, b, _) in quantities {
        let before = &norm[..*a];
        // Not 每立方米 or 每吨: water, gas and freight are priced so, by
        // the place that sets the price, not as goods on a market.
        let Some(unit) = lexicon::data()
            .price_units
            .iter()
            .filter(|u| !matches!(u.as_str(), "每立方米" | "每吨"))
            .find(|u| before.ends_with(u.as_str()))
        else {
            continue;
        };
        let unit_at = *a - unit.len();
        let (cs, _) = clause(norm, unit_at, *b, CLAUSE_MARKS);
        let mut goods = &norm[cs..unit_at];
        for w in [
            "平均零售价格",
            "平均零售价",
            "零售价格",
            "零售价",
            "平均价格",
            "均价",
            "价格",
        ] {
            goods = goods.strip_suffix(w).unwrap_or(goods);
        }
        // After the last digit, and its counter (15种蔬菜 → 蔬菜).
        // A numeral in words only before its counter (五花肉 is no count).
        let mut counted_at = goods.char_indices().filter(|(i, c)| {
            c.is_ascii_digit()
                || ('０'..='９').contains(c)
                || is_numeral_char(*c)
                    && goods[i + c.len_utf8()..].starts_with(|n: char| "种个类款只".contains(n))
        });
        let mut start = cs + counted_at.next_back().map_or(0, |(p, c)| p + c.len_utf8());
        if start > cs && norm[start..].starts_with(|c: char| "种个类款只".contains(c)) {
            start += norm[start..].chars().next().map_or(0, char::len_utf8);
        }
        let end = cs + goods.len();
        let name = &norm[start.min(end)..end];
        let chars = name.chars().count();
        let plain = name
            .chars()
            .all(|c| is_han(c) || matches!(c, '（' | '）' | '(' | ')'));
        if !(2..=10).contains(&chars)
            || !plain
            || name.starts_with(['（', '('])
            || name.ends_with(['价', '费', '为'])
            || mentions.iter().any(|m| m.start < end && start < m.end)
        {
            continue;
        }
        // Goods are nouns only (not 今年以, 收购, 农业用水, 折合).
        if !nouns_only(norm, start, end, |w| w.chars().all(|c| !is_han(c))) {
            continue;
        }
        mentions.push(Mention {
            start,
            end,
            name: name.to_string(),
            new_kind: Some("product".to_string()),
            sentence,
            how: Some("the goods opening the clause of a price per unit of goods (X每公斤N元)"),
        });
    }
    mentions.sort_by_key(|m| m.start);
}

/// Whether jieba's words over `norm[start..end]` are nouns (or words
/// `also` lets in) and none runs past either end.
fn nouns_only(norm: &str, start: usize, end: usize, also: impl Fn(&str) -> bool) -> bool {
    tagged(norm, &[])
        .iter()
        .filter(|w| w.start < end && start < w.end)
        .all(|w| w.start >= start && w.end <= end && (w.tag.starts_with('n') || also(w.word)))
}

const TRADED_HOW: &str = "the goods (or the market after 对) opening the clause of a trade's \
     value (X出口N, 对X出口N)";

/// 11月电子零组件出口209亿美元, 对美国出口138亿美元: a clause opening,
/// after its period, with nouns right before 出口 or 进口 and the value:
/// those goods, or after 对 that market, are what the value is of.
fn traded_goods(
    norm: &str,
    sentence: u32,
    quantities: &[(usize, usize, Quantity)],
    mentions: &mut Vec<Mention>,
) {
    for (a, b, _) in quantities {
        let Some(verb_at) = ["出口", "进口"]
            .iter()
            .find_map(|v| norm[..*a].strip_suffix(v).map(str::len))
        else {
            continue;
        };
        let (cs, _) = clause(norm, verb_at, *b, CLAUSE_MARKS);
        let head = &norm[cs..verb_at];
        let head = head.strip_prefix("其中").unwrap_or(head);
        let head = head.trim_start_matches(|c: char| is_numeral_char(c) || "至到月份".contains(c));
        let head = lexicon::TIME_WORDS
            .iter()
            .chain(lexicon::LEADING_PERIODS)
            .find_map(|w| head.strip_prefix(w))
            .unwrap_or(head);
        let (head, market) = match head.strip_prefix('对') {
            Some(h) => (h, true),
            None => (head, false),
        };
        let start = verb_at - head.len();
        let chars = head.chars().count();
        if !(2..=10).contains(&chars)
            || !head.chars().all(is_han)
            || mentions.iter().any(|m| m.start < verb_at && start < m.end)
        {
            continue;
        }
        // Nouns only, joined by 与, 及 or 和 (资通与视听产品, 基本金属及其制品).
        if !nouns_only(norm, start, verb_at, |w| {
            ["与", "及", "和", "其"].contains(&w)
        }) {
            continue;
        }
        mentions.push(Mention {
            start,
            end: verb_at,
            name: head.to_string(),
            new_kind: Some(if market { "region" } else { "product" }.to_string()),
            sentence,
            how: Some(TRADED_HOW),
        });
    }
    mentions.sort_by_key(|m| m.start);
}

const BY_ORIGIN_HOW: &str = "visitors named by where they come from (日本旅客N人次): theirs";

/// 日本旅客98.6万人次, 新南向18国旅客合计142.7万人次: visitors named by
/// where they come from, opening the clause right before their count: the
/// count is theirs, not the place's they visit. Visitors said by where they
/// come to (来台旅客) are [`visitors_destination`]'s.
fn visitors_by_origin(
    norm: &str,
    sentence: u32,
    quantities: &[(usize, usize, Quantity)],
    mentions: &mut Vec<Mention>,
) {
    let mut found: Vec<Mention> = Vec::new();
    for (a, b, _) in quantities {
        let before = &norm[..*a];
        let before = ["合计", "共计", "共", "达"]
            .iter()
            .find_map(|w| before.strip_suffix(w))
            .unwrap_or(before);
        let Some(end) = ["旅客", "游客"]
            .iter()
            .find(|w| before.ends_with(**w))
            .map(|_| before.len())
        else {
            continue;
        };
        let (cs, _) = clause(norm, end, *b, CLAUSE_MARKS);
        let head = &norm[cs..end];
        let head = ["其中", "当中"]
            .iter()
            .find_map(|w| head.strip_prefix(w))
            .unwrap_or(head);
        let start = end - head.len();
        let origin = head.chars().count().saturating_sub(2);
        // Where they come from alone: no name the text knows (平和县接待
        // 游客 is the county's), no verb (接待, 发送), period or route.
        if !(2..=6).contains(&origin)
            || !head.chars().all(|c| is_han(c) || c.is_ascii_digit())
            || head.starts_with(['来', '赴', '入', '出', '访', '全', '各', '今', '去', '前'])
            || [
                "接待", "发送", "运送", "入境", "出境", "到访", "航线", "共", "累计", "的", "月",
                "年", "季",
            ]
            .iter()
            .any(|w| head.contains(w))
            || mentions.iter().any(|m| m.start < end && start < m.end)
        {
            continue;
        }
        found.push(Mention {
            start,
            end,
            name: head.to_string(),
            new_kind: Some("region".to_string()),
            sentence,
            how: Some(BY_ORIGIN_HOW),
        });
    }
    // A breakdown by market names two or more (日本旅客…，韩国旅客…); one
    // alone (过夜游客) is more likely a kind of visitor than an origin.
    // Each a place jieba knows (日本) or a group of countries (新南向
    // 18国): not a kind of visitor (个人游旅客, 留宿旅客).
    found.retain(|m| {
        let origin = &m.name[..m.name.len() - "旅客".len()];
        // 港澳, 日韩: two places said by one character each.
        let shorts = origin.chars().count() == 2
            && origin.chars().all(|c| "港澳台日韩美欧俄泰越".contains(c));
        shorts || origin.ends_with('国') || {
            let words = segment::tag(origin);
            words.len() == 1 && words[0].tag == "ns"
        }
    });
    found.dedup_by(|a, b| a.start == b.start);
    if found.len() >= 2 {
        mentions.extend(found);
        mentions.sort_by_key(|m| m.start);
    }
}

const VISITOR_KIND_HOW: &str =
    "a kind of visitor whose spending its clause reports (留宿旅客人均消费…): theirs";

/// 留宿旅客人均消费为3472元, 不过夜旅客的消费总额为47.4亿元, 入住酒店的留宿
/// 旅客人均…: a spending survey reports each kind of visitor's spending
/// (by stay, market or purpose) as the kind's own figures, not the place's.
/// The visitors open the clause and their spending follows at once (人均,
/// 消费); after a relative clause (…的旅客, …之旅客) the words after it
/// name them. Visitors said bare (旅客人均消费) stay the place's.
fn visitor_kinds(
    norm: &str,
    sentence: u32,
    quantities: &[(usize, usize, Quantity)],
    mentions: &mut Vec<Mention>,
) {
    let mut found: Vec<Mention> = Vec::new();
    for (a, b, _) in quantities {
        let (cs, _) = clause(norm, *a, *b, CLAUSE_MARKS);
        let head = &norm[cs..*a];
        let Some(end) = ["旅客", "游客"].iter().find_map(|w| {
            let p = head.find(w)?;
            let rest = &head[p + w.len()..];
            ["人均", "的消费", "消费"]
                .iter()
                .any(|s| rest.starts_with(s))
                .then_some(cs + p + w.len())
        }) else {
            continue;
        };
        let group = &norm[cs..end];
        let group = ["其中", "当中"]
            .iter()
            .find_map(|w| group.strip_prefix(w))
            .unwrap_or(group);
        let relative = group.rfind(['的', '之']);
        let start = relative.map_or(end - group.len(), |r| {
            end - group.len() + r + '的'.len_utf8()
        });
        let name = &norm[start..end];
        let n = group.chars().count();
        if relative.is_none() && n < 3
            || n > 16
            || !group.chars().all(is_han)
            || group.starts_with(['来', '赴', '全', '各', '今', '去'])
            || ["接待", "发送", "入境", "出境", "人次"]
                .iter()
                .any(|w| group.contains(w))
            || found.iter().any(|m| m.start == start)
            // 青州市旅客: a place said with its level is where the visitors
            // are counted (the place's figures); 香港旅客 is a market.
            || mentions.iter().any(|m| {
                m.start < end
                    && end - group.len() < m.end
                    && (m
                        .name
                        .chars()
                        .next_back()
                        .is_some_and(|c| lexicon::PLACE_SUFFIXES.iter().any(|(s, _)| *s == c))
                        || lexicon::PLACE_SUFFIXES2.iter().any(|(s, _)| m.name.ends_with(s)))
            })
        {
            continue;
        }
        found.push(Mention {
            start,
            end,
            name: name.to_string(),
            new_kind: Some("visitor_group".to_string()),
            sentence,
            how: Some(VISITOR_KIND_HOW),
        });
    }
    for m in found {
        put_over(mentions, m);
    }
}

const BREAKDOWN_HOW: &str = "an item of a breakdown (分X看，…；…): the nouns opening its clause, \
     up to what is measured";

/// What a breakdown by goods or where they sell is by: its items are
/// things of their own (a product's sales). A breakdown by industry, area
/// or firm (分行业看, 分地区看) reports the whole's figures by part, which
/// stay the whole's.
const BREAKDOWN_BY_GOODS: &[&str] = &["品类", "品种", "产品", "商品", "平台", "渠道", "品牌"];

/// 分平台看，甲平台销售额5.9亿元，…；乙平台实现销售额3.3亿元…: after
/// 分X看 (by platform, by product, by county) each clause cut at ； opens
/// with the item its values are of: the nouns there, up to the words
/// saying what is measured (销售额) or a verb (实现). `on`: whether the
/// sentence before left the breakdown open (it ended with ；). Returns
/// whether the next sentence is still inside it.
fn breakdown_items(
    norm: &str,
    sentence: u32,
    on: bool,
    quantities: &[(usize, usize, Quantity)],
    mentions: &mut Vec<Mention>,
) -> bool {
    let by_end = norm.strip_prefix('分').and_then(|r| {
        let p = r.find("看，")?;
        let by = r[..p].strip_suffix('来').unwrap_or(&r[..p]);
        ((1..=3).contains(&by.chars().count()) && by.chars().all(is_han))
            .then_some((by, norm.len() - r.len() + by.len()))
    });
    // 分院区看, 分县市看: what the breakdown is by, no name (分院区).
    if let Some((_, e)) = by_end {
        mentions.retain(|m| !(m.start == 0 && m.end <= e + "来".len()));
    }
    let opened = by_end
        .filter(|(by, _)| BREAKDOWN_BY_GOODS.contains(by))
        .map(|(_, e)| e + norm[e..].find("看，").unwrap_or(0) + "看，".len());
    let Some(start) = opened.or(on.then_some(0)) else {
        return false;
    };
    let still_open = norm.trim_end().ends_with(['；', ';']);
    let end = norm[start..]
        .find(['，', ',', '；', ';', '。', '：'])
        .map_or(norm.len(), |e| start + e);
    let Some(&(a, _, _)) = quantities.iter().find(|(a, _, _)| *a >= start && *a < end) else {
        return still_open;
    };
    let mut from = start;
    let head = &norm[from..a];
    // 11月螺纹钢产量…, 其中…: a period or 其中 opening the clause is no item.
    let trimmed = head.trim_start_matches(|c: char| is_numeral_char(c) || "至到月份年".contains(c));
    let trimmed = trimmed.strip_prefix("其中").unwrap_or(trimmed);
    from += head.len() - trimmed.len();
    if mentions.iter().any(|m| m.start < a && from < m.end) {
        return still_open;
    }
    // What is measured starts a word (螺纹钢|产量, not 螺纹|钢产量).
    let cues: Vec<usize> = lexicon::before_index()
        .find(&norm[from..a])
        .iter()
        .map(|(_, s, _)| *s)
        .collect();
    let words = segment::tag(&norm[from..a]);
    let mut end_at = from;
    for (k, w) in words.iter().enumerate() {
        // 服装/vn: a verbal noun is a noun of the item.
        let noun = matches!(
            w.tag,
            "n" | "vn" | "nz" | "nr" | "ns" | "nt" | "ng" | "j" | "eng"
        );
        let joint = k > 0 && ["及", "和", "与"].contains(&w.word);
        if !(noun || joint) || cues.contains(&w.start) {
            break;
        }
        end_at = from + w.end;
    }
    // 拼/v 多多/m 平台|销售额, 汉服及演出/v 服饰|销售额: words jieba reads
    // as a verb or a numeral inside the item, when a noun ends it right
    // before what is measured.
    if let Some(c) = words
        .iter()
        .find(|w| cues.contains(&w.start))
        .map(|w| w.start)
    {
        let item: Vec<&segment::Word<'_>> = words.iter().filter(|w| w.end <= c).collect();
        let joint = |w: &segment::Word<'_>| ["及", "和", "与"].contains(&w.word);
        if item
            .last()
            .is_some_and(|w| w.tag.starts_with('n') || w.tag == "vn")
            && item.iter().all(|w| {
                joint(w) || !matches!(w.tag, "p" | "d" | "c" | "r" | "t" | "f" | "x" | "uj" | "ul")
            })
        {
            end_at = from + c;
        }
    }
    let item = &norm[from..end_at];
    let n = item.chars().count();
    // 玉米、小麦、马铃薯产量分别为…: a list, whose values 分别 hands out.
    if norm[end_at..a].contains('、')
        || !(2..=12).contains(&n)
        || item.ends_with(['及', '和', '与'])
        || item.starts_with(|c: char| "全本该各每其另此这那".contains(c))
        || !item.chars().all(is_han)
    {
        return still_open;
    }
    let kind = name_suffixes()
        .find(|(e, _)| item.ends_with(e) && item != *e)
        .map_or("product", |(_, k)| k);
    mentions.push(Mention {
        start: from,
        end: end_at,
        name: item.to_string(),
        new_kind: Some(kind.to_string()),
        sentence,
        how: Some(BREAKDOWN_HOW),
    });
    mentions.sort_by_key(|m| m.start);
    still_open
}

/// 畜禽损失共1280万元, 以落花生损失最重，被害面积…, 文旦柚次之，损失…:
/// a clause opening with nouns right before 损失 (a value after it, or a
/// superlative ranking it) names what was lost, a crop or a category, the
/// owner of the loss; not a kind of loss (经济损失, 财产损失).
fn loss_items(
    norm: &str,
    sentence: u32,
    quantities: &[(usize, usize, Quantity)],
    mentions: &mut Vec<Mention>,
) {
    const MARKS: [char; 7] = ['，', ',', '；', ';', '。', '：', '\n'];
    let mut found = Vec::new();
    for (p, w) in norm.match_indices("损失") {
        let cs = norm[..p].rfind(MARKS).map_or(0, |i| {
            i + norm[i..].chars().next().map_or(1, char::len_utf8)
        });
        let end = p + w.len();
        let ce = norm[end..].find(MARKS).map_or(norm.len(), |e| end + e);
        let valued = quantities.iter().any(|(a, _, _)| *a >= end && *a < ce);
        let ranked = ["最重", "最多", "最大", "最严重"]
            .iter()
            .any(|x| norm[end..].starts_with(x));
        let mut head = &norm[cs..p];
        let mut from = cs;
        // 损失率 is a rate of a process (机收损失率), no loss of a thing.
        if norm[end..].starts_with('率') {
            continue;
        }
        if let Some(h) = head.strip_prefix('以') {
            from += '以'.len_utf8();
            head = h;
        }
        // 文旦柚次之，损失…: the item the clause before ranks.
        if head.is_empty() && valued {
            if let Some(item) = norm[..cs]
                .strip_suffix('，')
                .and_then(|b| b.strip_suffix("次之"))
            {
                let s0 = item.rfind(MARKS).map_or(0, |i| {
                    i + norm[i..].chars().next().map_or(1, char::len_utf8)
                });
                (head, from) = (&item[s0..], s0);
            }
        } else if !(valued || ranked && head.len() < norm[cs..p].len()) {
            continue;
        }
        let n = head.chars().count();
        if !(2..=8).contains(&n)
            || !head.chars().all(is_han)
            // A kind of loss (经济损失, 生态服务功能损失) or a sector's
            // (畜牧业损失: the place's loss), no thing lost.
            || ["经济", "财产", "功能", "价值"].iter().any(|k| head.ends_with(k))
            || head.ends_with('业')
            || head.starts_with(|c: char| "全本该各每其另此这那总".contains(c))
            || mentions
                .iter()
                .any(|m| m.start < from + head.len() && from < m.end)
        {
            continue;
        }
        let words = segment::tag(head);
        let joint = |w: &segment::Word<'_>| ["及", "和", "与"].contains(&w.word);
        let noun = |w: &segment::Word<'_>| matches!(w.tag, "n" | "vn" | "nz" | "ng" | "j");
        let inner_ok = words.iter().all(|w| noun(w) || joint(w) || w.tag == "v");
        if !(inner_ok && words.first().is_some_and(noun) && words.last().is_some_and(noun)) {
            continue;
        }
        found.push(Mention {
            start: from,
            end: from + head.len(),
            name: head.to_string(),
            new_kind: Some("product".to_string()),
            sentence,
            how: Some("what was lost, named by the clause opening with it (畜禽损失…)"),
        });
    }
    if !found.is_empty() {
        mentions.extend(found);
        mentions.sort_by_key(|m| m.start);
    }
}

/// Words saying where a line starts or ends (3号线西起龙门站，东至…): the
/// name of a station or a place after them is no part of the line's.
const ROUTE_ENDS: &[&str] = &[
    "西起", "东起", "南起", "北起", "起于", "止于", "起自", "东至", "西至", "南至", "北至",
];

/// Whether a word is a number written in digits (3, １２).
fn is_digits(word: &str) -> bool {
    !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
}

/// A numbered line of a metro or a bus network (3号线, 1号线一期): digits
/// before 号线, with the phase after it. News names lines so, without a
/// word jieba or the endings know.
fn numbered_lines(norm: &str) -> Vec<Mention> {
    let mut out = Vec::new();
    for (at, _) in norm.match_indices("号线") {
        let digits = norm[..at]
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_digit() || ('０'..='９').contains(c))
            .count();
        if digits == 0 || digits > 3 {
            continue;
        }
        let start = norm[..at]
            .char_indices()
            .rev()
            .nth(digits - 1)
            .map_or(0, |(i, _)| i);
        // Not inside a code (G15号线) or a longer number.
        if norm[..start]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '.' || c == '．')
        {
            continue;
        }
        let mut end = at + "号线".len();
        let rest = &norm[end..];
        let mut rc = rest.chars();
        if let (Some(n), Some('期')) = (rc.next(), rc.next()) {
            if "一二三四五六七八九".contains(n) {
                end += n.len_utf8() + '期'.len_utf8();
            }
        }
        out.push(Mention {
            start,
            end,
            name: norm[start..end].to_string(),
            new_kind: Some("route".to_string()),
            sentence: 0,
            how: Some("a numbered line (3号线, 1号线一期)"),
        });
    }
    out
}

const WATER_HOW: &str = "a lake or river: a name and its ending 湖 or 河";

/// Nouns after a lake's or river's name that measure the water itself
/// (赤水河流域, 察尔汗盐湖面积), not goods named after it.
const WATER_MEASURES: &[&str] = &[
    "面积",
    "水面",
    "水域",
    "水位",
    "流域",
    "干流",
    "全长",
    "水质",
    "湖面",
    "湖区",
    "库容",
    "蓄水量",
    "水量",
    "河道",
    "河段",
    "冬捕",
    "渔业",
];

/// 赤水河, 洞庭湖 (jieba's place words of three characters or more), 白鹭湖,
/// 察尔汗盐湖 (a name jieba does not know: a word of its own, then 湖, 河
/// or 盐湖 alone): a lake or river reports its own length, area and catch,
/// not the province it lies in. Two characters (芜湖, 漯河: cities; 冰湖,
/// 江湖) are no lake's name; nor a word after 各, 该 or 这.
fn water_bodies(norm: &str, words: &[segment::Word<'_>]) -> Vec<Mention> {
    let kind_of = |w: &str| match w.chars().next_back() {
        Some('湖') => Some("lake"),
        Some('河') => Some("river"),
        _ => None,
    };
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let n = w.word.chars().count();
        let (first, kind) = if w.tag == "ns" && n >= 3 {
            let Some(kind) = kind_of(w.word) else {
                continue;
            };
            (i, kind)
        } else if matches!(w.word, "湖" | "河" | "盐湖") && i > 0 {
            let stem = &words[i - 1];
            let stem_n = stem.word.chars().count();
            if !(2..=4).contains(&stem_n)
                || !matches!(stem.tag, "n" | "ns" | "nz" | "nr" | "nrt" | "vn")
                || !stem.word.chars().all(is_han)
                || stem.end != w.start
            {
                continue;
            }
            let Some(kind) = kind_of(w.word) else {
                continue;
            };
            (i - 1, kind)
        } else {
            continue;
        };
        let (start, end) = (words[first].start, w.end);
        let name = &norm[start..end];
        if name.starts_with(['各', '该', '这', '那', '全', '本', '每', '沿', '环']) {
            continue;
        }
        // 东洞庭湖, 万科松花湖: a word glued before makes a longer name
        // (a part of the lake, a resort named after it). 固城湖螃蟹,
        // 察尔汗盐湖锂产业: a noun glued after makes goods or a trade named
        // after the lake, unless it is the lake's own measure (面积, 水位).
        let noun = |w: &segment::Word<'_>| {
            matches!(
                w.tag,
                "n" | "nz" | "nr" | "ns" | "nt" | "nrt" | "nrfg" | "j" | "vn" | "f" | "eng"
            )
        };
        if first > 0 && words[first - 1].end == start && noun(&words[first - 1]) {
            continue;
        }
        // 位于察尔汗盐湖的某公司: where a thing lies, not what the text is about.
        if ["位于", "地处", "坐落于"]
            .iter()
            .any(|v| norm[..start].ends_with(v))
        {
            continue;
        }
        if words
            .get(i + 1)
            .is_some_and(|w| w.start == end && noun(w) && !WATER_MEASURES.contains(&w.word))
        {
            continue;
        }
        out.push(Mention {
            start,
            end,
            name: name.to_string(),
            new_kind: Some(kind.to_string()),
            sentence: 0,
            how: Some(WATER_HOW),
        });
    }
    out
}

/// Whether `norm` opens with a list item's mark: （三）, (3), 三、 or 3、.
fn opens_with_item_mark(norm: &str) -> bool {
    let numeral = |c: char| "一二三四五六七八九十".contains(c) || c.is_ascii_digit();
    let bracketed = norm.strip_prefix(['（', '(']).is_some_and(|r| {
        let n = r.trim_start_matches(numeral);
        n.len() < r.len() && n.starts_with(['）', ')'])
    });
    let listed = {
        let r = norm.trim_start_matches(numeral);
        r.len() < norm.len() && r.starts_with('、')
    };
    bracketed || listed
}

/// A numbered item of a list opening with a name and a colon (１．某某孵化器：
/// 在孵企业218家, 2．某某口袋公园（蜀山区）：): the item's values are that
/// name's. The name ends like one (or with a `heading_endings` word); a
/// district in brackets after it says where it lies, no part of it. The
/// span runs over the colon, so the heading wins over shorter names in it.
fn numbered_heading(norm: &str) -> Vec<Mention> {
    // The sentence may begin before the list, its line joined (…如下：1．).
    std::iter::once(0)
        .chain(
            norm.match_indices(['\n', '：', ':'])
                .map(|(i, c)| i + c.len()),
        )
        .filter_map(|at| {
            heading_at(
                norm,
                at + (norm[at..].len() - norm[at..].trim_start().len()),
            )
        })
        .collect()
}

fn heading_at(norm: &str, at: usize) -> Option<Mention> {
    let digits: usize = norm[at..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || ('０'..='９').contains(c))
        .map(char::len_utf8)
        .sum();
    let mark = norm[at + digits..]
        .chars()
        .next()
        .filter(|c| digits > 0 && matches!(c, '.' | '．' | '、'))?;
    let start = at + digits + mark.len_utf8();
    let colon = norm[start..].find(['：', ':']).map(|c| start + c)?;
    let heading = &norm[start..colon];
    let mut name = heading;
    if let Some(open) = heading.rfind('（').filter(|_| heading.ends_with('）')) {
        let inner = &heading[open + '（'.len_utf8()..heading.len() - '）'.len_utf8()];
        let place = inner.chars().count() >= 2
            && inner.ends_with(['区', '县', '市'])
            && inner.chars().all(is_han);
        if !place {
            return None;
        }
        name = &heading[..open];
    }
    let n = name.chars().count();
    if !(4..=20).contains(&n) || !name.chars().all(is_han) || name.contains('的') {
        return None;
    }
    let kind = name_suffixes()
        .filter(|(e, _)| name.ends_with(e) && name.len() > e.len())
        .max_by_key(|(e, _)| e.len())
        .map(|(_, k)| *k)
        .or_else(|| {
            lexicon::data()
                .heading_endings
                .iter()
                .any(|e| name.ends_with(e.as_str()))
                .then_some("facility")
        })?;
    let colon_end = colon + norm[colon..].chars().next().map_or(0, char::len_utf8);
    Some(Mention {
        start,
        end: colon_end,
        name: name.to_string(),
        new_kind: Some(kind.to_string()),
        sentence: 0,
        how: Some("a numbered list item opening with a name and a colon (１．某某孵化器：)"),
    })
}

/// A numbered item of a list whose whole line is a project's title (2. 某某
///市中心医院新院区项目。): the title is the item's name, whatever words it
/// holds (an adjective, verbs: 绿色化改造提升项目).
fn numbered_title(norm: &str) -> Vec<Mention> {
    let text = norm.trim_end();
    let Some(body) = text.strip_suffix(['。', '.']) else {
        return Vec::new();
    };
    let digits: usize = body
        .chars()
        .take_while(|c| c.is_ascii_digit() || ('０'..='９').contains(c))
        .map(char::len_utf8)
        .sum();
    if digits == 0 {
        return Vec::new();
    }
    let Some(mark) = body[digits..]
        .chars()
        .next()
        .filter(|c| matches!(c, '.' | '．' | '、'))
    else {
        return Vec::new();
    };
    let rest = &body[digits + mark.len_utf8()..];
    let start = body.len() - rest.trim_start().len();
    let title = &body[start..];
    let n = title.chars().count();
    let ends = ["项目", "工程"].iter().any(|e| title.ends_with(e));
    if !ends || !(6..=40).contains(&n) || title.contains(['，', ',', '；', ';', '：', ':', '、'])
    {
        return Vec::new();
    }
    vec![Mention {
        start,
        end: body.len(),
        name: title.to_string(),
        new_kind: Some("project".to_string()),
        sentence: 0,
        how: Some("a numbered item's title (2. …项目。): the item's name"),
    }]
}

/// The thing a phase's project belongs to, when its name ends with
/// `ending` right before the phase (甲发电厂 of 甲发电厂二期工程, for 全厂).
fn phase_owner(m: &Mention, ending: &str) -> Option<Mention> {
    if ending.is_empty() {
        return None;
    }
    let key = simplify(&m.name);
    let (at, _) = key.match_indices(ending).find(|(at, _)| {
        let rest = &key[at + ending.len()..];
        let mut cs = rest.chars();
        matches!((cs.next(), cs.next()), (Some(n), Some('期')) if "一二三四五六七八九十".contains(n))
    })?;
    let end = at + ending.len();
    let name = m.name.get(..end)?.to_string();
    let kind = name_suffixes()
        .filter(|(e, _)| name.ends_with(e))
        .max_by_key(|(e, _)| e.len())
        .map(|(_, k)| k.to_string());
    Some(Mention {
        name,
        new_kind: kind.or_else(|| m.new_kind.clone()),
        how: Some("a word for the whole (全厂) of what a phase's project (…厂二期工程) belongs to"),
        ..m.clone()
    })
}

/// The first place of the whole text `whole` whose name has `ending` (盟
/// for 全盟), for a word for the whole place said before any such place
/// is named (a post signed （来源：锡林郭勒盟林业和草原局）). The text's
/// places are read once, into `places`.
fn later_place(
    places: &mut Option<Vec<Mention>>,
    whole: Option<&str>,
    ending: &str,
) -> Option<Mention> {
    let places = places.get_or_insert_with(|| {
        whole
            .map(|w| find_places(&decimal_points(&simplify(w))))
            .unwrap_or_default()
    });
    places
        .iter()
        .find(|p| {
            let name = simplify(&p.name);
            name.ends_with(ending)
                && name.len() > ending.len()
                && !lexicon::GENERIC_PLACES.contains(&name.as_str())
        })
        .map(|p| Mention {
            how: Some(
                "a word for the whole place (全盟, 我盟) said before any such place is \
                 named: the first the text names later",
            ),
            ..p.clone()
        })
}

/// 楚雄州抗旱救灾工作情况通报 and 楚雄州防汛抗旱指挥部办公室: a prefecture
/// said by its stem and 州 (no ending a place is found by), opening two
/// of the text's lines; what 全州/我州 names. `州` a line's second
/// character is a city's (杭州, 兰州), not a prefecture's.
fn prefecture_opening_lines(whole: &str) -> Option<Mention> {
    let text = simplify(whole);
    let opening = |line: &str| -> Option<String> {
        let (p, _) = line
            .char_indices()
            .skip(2)
            .take(2)
            .find(|&(_, c)| c == '州')?;
        let name = &line[..p + '州'.len_utf8()];
        let next = line[name.len()..].chars().next()?;
        (name.chars().all(is_han) && is_han(next) && !"市县区".contains(next))
            .then(|| name.to_string())
    };
    let names: Vec<String> = text.lines().filter_map(|l| opening(l.trim())).collect();
    let name = names
        .iter()
        .find(|n| names.iter().filter(|m| m == n).count() >= 2)?;
    Some(Mention {
        start: 0,
        end: 0,
        name: name.clone(),
        new_kind: Some("prefecture".to_string()),
        sentence: 0,
        how: Some(
            "a word for the whole prefecture (全州, 我州): the prefecture two of the text's \
             lines open with (X州…通报, X州…办公室)",
        ),
    })
}

const GOODS_PLACE_WHY: &str = "the place the goods the headline names are named with (砀山酥梨 \
     … 走进砀山 … 全县): the whole place the body speaks of, not the goods";

/// Words before a place said bare: going there or being there (走进砀山).
const GOING_TO: &[&str] = &["走进", "来到", "来", "到", "在", "赴", "去"];

/// The place `goods` (a name guessed from a headline, 砀山酥梨) is named
/// with, as the place with `ending` (砀山县): its opening two or three
/// characters, said bare somewhere in `whole` (走进砀山, 砀山，) other than
/// as the start of the goods' name. None when `ending` is no place's.
fn goods_place(goods: &str, whole: &str, ending: &str, sentence: u32) -> Option<Mention> {
    let kind = lexicon::PLACE_SUFFIXES
        .iter()
        .find(|(c, _)| ending.strip_prefix(*c) == Some(""))
        .map(|(_, k)| *k)?;
    let text = simplify(whole);
    let stem = goods
        .char_indices()
        .skip(2)
        .take(2)
        .map(|(i, _)| &goods[..i])
        .filter(|stem| goods.len() > stem.len() + 3)
        .filter(|stem| !stem.ends_with(|c| lexicon::PLACE_SUFFIXES.iter().any(|(s, _)| *s == c)))
        .find(|stem| {
            text.match_indices(stem).any(|(i, _)| {
                let after = &text[i + stem.len()..];
                let bare = after.is_empty()
                    || after.starts_with(|c| CLAUSE_MARKS.contains(c) || c == '！')
                    || GOING_TO.iter().any(|v| text[..i].ends_with(v));
                bare && !after.starts_with(&goods[stem.len()..])
            })
        })?;
    Some(Mention {
        start: 0,
        end: 0,
        name: format!("{stem}{ending}"),
        new_kind: Some(kind.to_string()),
        sentence,
        how: Some(GOODS_PLACE_WHY),
    })
}

/// Every name ending: the lexicon's, then [`THING_SUFFIXES`].
fn name_suffixes() -> impl Iterator<Item = &'static (&'static str, &'static str)> {
    lexicon::ORG_SUFFIXES.iter().chain(THING_SUFFIXES)
}

/// The endings of names that a clause may open with to mean the name said
/// before (two characters or more, not in `NO_SHORT_FORM`), in
/// `name_suffixes` order. Chosen once: `find_mentions` tries them against
/// every name said before in every sentence, and counting their characters
/// there was 13% of a long article's load.
fn shortenable_endings() -> &'static [&'static str] {
    static ENDINGS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
        name_suffixes()
            .map(|(e, _)| *e)
            .filter(|e| e.chars().count() >= 2 && !lexicon::NO_SHORT_FORM.contains(e))
            .collect()
    });
    &ENDINGS
}

/// 石家庄市图书馆发布年度阅读报告 … 石家庄市图书馆发布《…》, 西部计划甘肃
/// 项目1860名志愿者 … 西部计划甘肃项目新招募…: the headline opens with a
/// name its ending marks, which the body's opening says again whole; the
/// walk over words cut it short at a word jieba tags otherwise (西部/f,
/// 抽水/v) or took its place alone. Its name and kind, the longest such.
fn headline_opening_name(head: &str, text: &str) -> Option<(String, &'static str)> {
    let first_line = head.lines().next()?;
    // The body's opening, as the sentences are read (simplified).
    let body_at = text.find('\n')?;
    let cut = (body_at..=text.len().min(body_at + 600))
        .rev()
        .find(|&i| text.is_char_boundary(i))?;
    let body = decimal_points(&simplify(&text[body_at..cut]));
    let run: String = first_line
        .chars()
        .take_while(|c| is_han(*c))
        .take(16)
        .collect();
    let words = segment::tag(first_line);
    run.char_indices()
        .map(|(i, c)| &run[..i + c.len_utf8()])
        .filter_map(|p| {
            let (ending, kind) = name_suffixes()
                .filter(|(e, _)| e.chars().count() >= 2 && p.ends_with(e))
                .max_by_key(|(e, _)| e.len())?;
            // A noun after it goes on with the name (石岛中心|渔港, 数据中心
            // |集群): not where it ends.
            let next_noun = words
                .iter()
                .find(|w| w.start == p.len())
                .is_none_or(|w| w.tag.starts_with('n') || w.tag == "vn");
            (p.chars().count() >= ending.chars().count() + 2
                && !next_noun
                && !lexicon::GENERIC_ORG_WORDS.iter().any(|g| p.ends_with(g))
                && body.contains(p))
            .then(|| (p.to_string(), *kind))
        })
        .next_back()
}

const HEADLINE_OPENS_WHY: &str = "the headline opens with this name, whole, and the body's \
     opening says it again";

/// 甘肃民勤100万千瓦风电项目全容量并网发电 … 位于…的100万千瓦风电项目…: a
/// headline's project named by its capacity, which the body says from the
/// capacity on. Its name opens with the one place said right before the
/// capacity, which the body names with its level (places before that one
/// only say where it is); returned with
/// the form the body says, which names it too, and its kind.
fn headline_capacity_project(head: &str, text: &str) -> Option<(String, String, &'static str)> {
    let line = head.lines().next()?;
    let d = line.find(|c: char| c.is_ascii_digit())?;
    let before = &line[..d];
    if before.chars().count() > 8 || !before.chars().all(is_han) {
        return None;
    }
    // A capacity, not a count (张北县6个新能源项目 counts projects).
    let (_, e, _) = quantities_in(line).into_iter().find(|(a, _, q)| {
        *a == d
            && matches!(
                q.unit,
                Unit::Watt | Unit::WattHour | Unit::Tonne | Unit::CubicMetre | Unit::SquareMetre
            )
    })?;
    let stem: String = line[e..]
        .chars()
        .take_while(|c| is_han(*c))
        .take(12)
        .collect();
    let (_, body) = text.split_once('\n')?;
    let words = segment::tag(line);
    let (said, kind) = stem
        .char_indices()
        .map(|(i, c)| &stem[..i + c.len_utf8()])
        .filter_map(|p| {
            let (ending, kind) = name_suffixes()
                .filter(|(x, k)| *k == "project" && x.chars().count() >= 2 && p.ends_with(x))
                .max_by_key(|(x, _)| x.len())?;
            let said = &line[d..e + p.len()];
            // A noun after the ending goes on with the name (项目|部).
            let next_noun = words
                .iter()
                .find(|w| w.start == e + p.len())
                .is_some_and(|w| w.tag.starts_with('n') || w.tag == "vn");
            (p.chars().count() >= ending.chars().count() + 2 && !next_noun && body.contains(said))
                .then_some((said, *kind))
        })
        .next_back()?;
    // The place right before the capacity, said without its level (民勤 of
    // 民勤县), the longest the body says with one.
    let place = before
        .char_indices()
        .map(|(i, _)| &before[i..])
        .find(|p| {
            (2..=4).contains(&p.chars().count())
                && ['市', '县', '区', '镇', '旗']
                    .iter()
                    .any(|l| body.contains(&format!("{p}{l}")))
        })
        .unwrap_or("");
    Some((format!("{place}{said}"), said.to_string(), kind))
}

const CAPACITY_PROJECT_WHY: &str = "a project the headline names by its capacity after its \
     place (甲县100万千瓦风电项目), which the body says from the capacity on";

/// Each time `norm` says the headline's opening name: that name, over the
/// shorter names found inside it (石家庄市, 计划甘肃项目), not inside a
/// longer one.
fn opening_name_mentions(
    norm: &str,
    sentence: u32,
    (name, said): (&str, &str),
    kind: &str,
    how: &'static str,
    mentions: &mut Vec<Mention>,
) {
    // Not where a longer name holds it (宁川县青石河调水工程 for 青石河调水
    // 工程): that name is said there.
    let spans: Vec<(usize, usize)> = norm
        .match_indices(said)
        .map(|(p, n)| (p, p + n.len()))
        .filter(|&(a, b)| {
            !mentions
                .iter()
                .any(|m| m.start < b && a < m.end && (m.start < a || m.end > b))
        })
        .collect();
    if spans.is_empty() {
        return;
    }
    mentions.retain(|m| !spans.iter().any(|&(a, b)| m.start < b && a < m.end));
    for (a, b) in spans {
        mentions.push(Mention {
            start: a,
            end: b,
            name: name.to_string(),
            new_kind: Some(kind.to_string()),
            sentence,
            how: Some(how),
        });
    }
    mentions.sort_by_key(|m| m.start);
}

/// Why a dash line's item is its values' subject (for `load --explain`).
const DASH_ITEM_HOW: &str = "an item of a dash list (——X：…, ——X销售额…, ——X收费站…): \
     what its line's figures are of";

/// 分店铺看，…如下：——甲国际免税城销售额11.4亿元…, 分港区情况如下：——乙港区：
/// 货物吞吐量…: a list's line names its item first, before a colon or the
/// word saying what its first figure measures (or, with no such word, up to
/// a word with a name's ending in its first five); the line's figures are the
/// item's, whatever its ending. Not a headline's subtitle (——访…), which
/// has no figure after such a word.
fn dash_item(norm: &str, words: &[segment::Word<'_>], sentence: u32) -> Option<Mention> {
    let dash = "——";
    let d = norm.find(dash)?;
    let lead = &norm[..d];
    if !(lead.is_empty() || lead.ends_with(['：', ':'])) {
        return None;
    }
    let a = d + dash.len();
    let rest = &norm[a..];
    let end = match rest.find(['：', ':']) {
        Some(c)
            if (2..=12).contains(&rest[..c].chars().count()) && rest[..c].chars().all(is_han) =>
        {
            a + c
        }
        _ => {
            // The words up to the one naming the first figure (销售额), a
            // figure its clause says (发展猕猴桃种植和冷链仓储，实现收入…:
            // 种植 names none).
            let first = words.iter().position(|w| w.start >= a)?;
            let mut end = None;
            for w in &words[first..] {
                let clause_after = norm[w.start..].split(['，', '。', '；']).next();
                if lexicon::before_words().any(|(b, _, _)| b == w.word)
                    && clause_after.is_some_and(|c| c.chars().any(is_numeral_char))
                {
                    end = Some(w.start);
                    break;
                }
                // Whatever jieba tags its words (免税/v 城, 海口/s).
                if !w.word.chars().all(is_han) {
                    break;
                }
            }
            // ——甲高速乙收费站出入车辆…: no word names the first figure;
            // the line opens with a name by its ending (收费站, 码头), no
            // verb or number before it (not ——访甲县医院院长), and a figure
            // follows.
            end.or_else(|| {
                words[first..]
                    .iter()
                    .take(5)
                    .take_while(|w| {
                        w.word.chars().all(is_han) && !w.tag.starts_with(['v', 'm', 'q', 'p'])
                    })
                    .find(|w| name_suffixes().any(|(e, _)| w.word.ends_with(e)))
                    .filter(|w| w.start > a && norm[w.end..].chars().any(is_numeral_char))
                    .map(|w| w.end)
            })?
        }
    };
    let name = &norm[a..end];
    if !(2..=12).contains(&name.chars().count()) {
        return None;
    }
    Some(Mention {
        start: a,
        end,
        name: name.to_string(),
        new_kind: Some("organisation".into()),
        sentence,
        how: Some(DASH_ITEM_HOW),
    })
}

/// Names of several words by their endings (…有限公司, …项目, …物流园).
fn find_org_names(
    norm: &str,
    places: &[Mention],
    words: &[segment::Word<'_>],
    local: &[Mention],
    dateline: Option<&str>,
) -> Vec<Mention> {
    let mut out = Vec::new();
    for (k, w) in words.iter().enumerate() {
        let Some((suffix, kind)) = name_suffixes().find(|(s, _)| w.word.ends_with(s)) else {
            continue;
        };
        if lexicon::GENERIC_ORG_WORDS
            .iter()
            .any(|g| w.word.ends_with(g))
            || *kind == "port" && lexicon::SHIP_MOVES.contains(&w.word)
        {
            continue;
        }
        // 新建公办幼儿园2所: schools of a class are counted, not named.
        if matches!(*suffix, "幼儿园" | "学校")
            && k > 0
            && lexicon::SCHOOL_CLASSES
                .iter()
                .any(|c| words[k - 1].word.ends_with(c))
        {
            continue;
        }
        // 项目审批管理系统: the ending is a modifier when a noun follows.
        // Not when the nouns run straight into a value and a place opens
        // the name (绥芬河公路口岸进出境货车5.8万辆次): they say what the
        // name's value measures.
        let mut place_first = false;
        if let Some(next) = words.get(k + 1) {
            let noun = |w: &segment::Word<'_>| matches!(w.tag, "n" | "vn" | "nz" | "l" | "ng");
            // A value is one token, a bound before it and all (全长|约339公里).
            let measured = words[k + 1..].iter().find(|w| !noun(w)).is_some_and(|w| {
                w.tag == "x" && w.word.chars().take(2).any(|c| c.is_ascii_digit())
            }) && words[k + 1..].iter().take_while(|w| noun(w)).count() <= 2;
            // 某某工程——某某隧道左洞累计掘进…: a name after a dash is
            // named there, whatever part of it the nouns after it say.
            let after_dash = norm[..w.start].rfind('—').is_some_and(|p| {
                let between = &norm[p + '—'.len_utf8()..w.start];
                between.chars().count() <= 10 && between.chars().all(is_han)
            });
            if noun(next)
                && next.word.chars().count() >= 2
                && next.word.chars().all(is_han)
                && !lexicon::AFTER_NAME.contains(&next.word)
                && !after_dash
            {
                if !measured {
                    continue;
                }
                place_first = true;
            }
        }
        let mut j = k;
        // A capacity's verb opening a clause, a list's item or what is
        // built (（一）年产5万吨…项目, 投资建设年产…项目) opens the name;
        // after a company it is the company's project, named apart.
        let opens_clause = |v: usize| {
            v == 0 || words[v - 1].tag == "x" || lexicon::NAME_VERBS.contains(&words[v - 1].word)
        };
        let mut by_capacity = false;
        // 记者从/市/住房和城乡建设局 (从市 one word to jieba): a preposition
        // glued to an office's level opens no name; the level does.
        let mut level_at = None;
        while j > 0 {
            let p = &words[j - 1];
            if *kind == "organisation" {
                if let Some(level) = p.word.strip_prefix(['从', '在', '据', '向', '由']) {
                    if matches!(level, "市" | "县" | "区" | "省" | "州") {
                        level_at = Some(p.end - level.len());
                        break;
                    }
                }
            }
            // 沭阳县第二实验高级中学, …北大桥第八风电场项目: an ordinal
            // between two words of a name numbers it.
            let ordinal = p.word.starts_with('第')
                && (2..=3).contains(&p.word.chars().count())
                && j >= 2
                && !stops_name(words[j - 2].tag, words[j - 2].word)
                && words[j - 2].word.chars().all(is_han);
            // 甲省向乙岛供水工程, 甲至乙高速公路: a route from a place to a
            // place names the project.
            let route = matches!(p.word, "向" | "至")
                && j >= 2
                && words[j - 2].tag == "ns"
                && matches!(words[j].tag, "ns" | "n" | "nz");
            // 洛阳轨道交通3号线一期工程: a number before 号 numbers a line
            // or a building inside the name.
            let numbered = is_digits(p.word)
                && words[j..]
                    .iter()
                    .find(|w| !is_digits(w.word))
                    .is_some_and(|w| w.word.starts_with('号'));
            // 东湖新区年产20万吨特种纸项目: a project named by its capacity;
            // the value and the verb before it are inside the name, which
            // the place before them opens.
            if *kind == "project" && p.tag == "x" && p.word.chars().any(|c| c.is_ascii_digit()) {
                if let Some(v) = words[..j - 1].iter().rposition(|v| {
                    v.end == p.start
                        && lexicon::CAPACITY_IN_NAME
                            .iter()
                            .any(|c| norm[v.start..p.start] == **c)
                }) {
                    // A place opens it; a company before it (X有限公司年产…
                    // 项目) is its owner, named apart, and so is anything
                    // else: the name opens with the capacity's verb
                    // (（一）年产5万吨某材料项目), which makes it one.
                    if v > 0
                        && (words[v - 1].tag == "ns"
                            || places.iter().any(|p| p.end == words[v].start))
                    {
                        j = v;
                        continue;
                    }
                    if opens_clause(v) {
                        j = v;
                        by_capacity = true;
                    }
                    break;
                }
            }
            // 年产2万吨高纯电子级氢氟酸项目: words the walk would stop at
            // (级/q) inside a name its capacity opens.
            if *kind == "project" && !by_capacity {
                if let Some(v) = capacity_opening(norm, &words[..=k]) {
                    if opens_clause(v) {
                        j = v;
                        by_capacity = true;
                        break;
                    }
                }
            }
            // 中国移动（贵州）数据中心三期工程: a place in brackets inside
            // the name, as in a company's. After 中国 (中国（凭祥）边境商品
            // 交易会) the one word in brackets is the place, whatever jieba
            // tags it.
            if p.word == "）" || p.word == ")" {
                let open = words[..j - 1]
                    .iter()
                    .rposition(|w| w.word == "（" || w.word == "(");
                if let Some(o) = open.filter(|&o| j - 1 - o <= 3 && o > 0) {
                    let inside = &words[o + 1..j - 1];
                    let china_where = words[o - 1].word == "中国"
                        && matches!(inside, [w] if w.word.chars().count() >= 2
                            && w.word.chars().all(is_han));
                    if china_where || inside.iter().all(|w| w.tag == "ns") {
                        j = o;
                        continue;
                    }
                }
            }
            // 甲数据中心扩容项目, 乙厂搬迁工程: a verb right after a name
            // says what the project does to it; the name goes on.
            // So does one right after a place (古镇保护三期工程), and in
            // an office's name what it does to the place (某湖景区保护利用
            // 管理局).
            let works_on = matches!(*kind, "project" | "organisation")
                && p.tag == "v"
                && p.word.chars().count() == 2
                && j >= 2
                && (name_suffixes()
                    .any(|(e, k)| *k != "project" && words[j - 2].word.ends_with(e))
                    || words[j - 2].tag == "ns"
                    || places.iter().any(|m| m.end == words[j - 2].end));
            // 数据中心三期工程: a word with a name's ending is a name's word,
            // whatever characters it holds (中 stops other words).
            let inner_name = matches!(*kind, "project")
                && matches!(p.tag, "n" | "nz" | "nt")
                && name_suffixes().any(|(e, _)| e.chars().count() >= 2 && p.word.ends_with(e));
            // 金力永磁包头/v 基地: a place the text named with its level
            // (包头市), said without it, is a place inside the name whatever
            // jieba tags it.
            let place_stem = p.word.chars().count() >= 2
                && local.iter().any(|m| {
                    m.new_kind
                        .as_deref()
                        .is_some_and(|k| PLACE_KINDS.contains(&k))
                        && m.name.strip_suffix(['市', '县', '区']) == Some(p.word)
                });
            let modern = modern_inside_a_name(p.word, j);
            // 甲县鑫旺/a 滩羊养殖合作社: a business's trade name, which jieba
            // may read as an adjective, right after the place it opens with.
            let trade_name = matches!(*kind, "enterprise" | "cooperative")
                && p.tag == "a"
                && p.word.chars().count() == 2
                && j >= 2
                && (words[j - 2].tag == "ns" || places.iter().any(|m| m.end == words[j - 2].end));
            // 甲河水库及引水工程, 乙大桥及接线工程: a named work and what is
            // built with it, joined by 及, are one project named by both.
            let joined = *kind == "project"
                && (p.word == "及" && j >= 2 && names_a_work(words[j - 2].word)
                    || p.tag == "v"
                        && p.word.chars().count() == 2
                        && j >= 3
                        && words[j - 2].word == "及"
                        && names_a_work(words[j - 3].word));
            // 甲市文化和旅游局: two fields of work an office's name joins
            // with 和 (`OFFICE_FIELDS_JOINED`) are one office, not two names.
            let joined_fields = *kind == "organisation"
                && p.word == "和"
                && lexicon::OFFICE_FIELDS_JOINED.iter().any(|f| {
                    f.split_once('和').is_some_and(|(a, b)| {
                        norm[..p.start].ends_with(a) && norm[p.end..].starts_with(b)
                    })
                });
            // 罗湖管制站, 北山换热站: what a station does, said right before
            // 站 (a verb to jieba), is part of its name.
            let station_role = *kind == "station" && j == k && STATION_ROLES.contains(&p.word);
            // 统计暨普查局, 海事及水务局: two fields of work joined by 暨 or
            // 及 name one office; the first opens its clause or follows
            // another office's name (甲局及乙及丙局).
            let joined_office = *kind == "organisation"
                && (joins_office(words, j - 1)
                    || words.get(j).is_some_and(|n| matches!(n.word, "及" | "暨"))
                        && j < k
                        && j >= 1
                        && joins_office(words, j));
            if (stops_name(p.tag, p.word)
                && !station_role
                && !joined_office
                && !joined_fields
                && !modern
                && !trade_name
                && !joined
                && !place_stem
                && !ordinal
                && !route
                && !numbered
                && !works_on
                && !inner_name)
                || ROUTE_ENDS.contains(&p.word)
                || w.end - p.start > 3 * 24
            {
                break;
            }
            j -= 1;
        }
        // 第二十五届环青海湖…自行车赛: the edition opens an event's name,
        // whatever words jieba cut between (环/v), and makes it one (第三届
        // 青石茶叶博览会 needs no proper noun).
        // jieba may cut the edition apart (第/43/届).
        let mut edition = false;
        if *kind == "event" {
            if let Some(e) = (j.saturating_sub(3)..j)
                .rev()
                .find(|&e| edition_ends(&norm[..words[e].end]))
            {
                if words[e + 1..j]
                    .iter()
                    .all(|w| w.word.chars().all(is_han) && w.word.chars().count() <= 2)
                {
                    j = e + 1;
                    edition = true;
                }
            }
        }
        // 第43届某某风筝会: an event said by no ending of its own kind is
        // one by its edition; a body's session (第五届董事会第十二次会议,
        // 第十四届人民代表大会第三次会议) is no event.
        if EDITION_ENDINGS.contains(suffix) && (!edition || norm[w.end..].starts_with('第')) {
            continue;
        }
        // A verb opening the walk (新建游客服务中心) is the clause's, not
        // the name's.
        while j < k && lexicon::NAME_VERBS.contains(&words[j].word) {
            j += 1;
        }
        // 在椒江区投资建设原料药基地项目: the place where, then the
        // clause's verbs, before a thing's own words are no part of its
        // name (not 甲路建设工程, where only the ending follows the verb).
        let verb_after_place = |v: usize| {
            let mut b = v;
            while b > j && lexicon::NAME_VERBS.contains(&words[b].word) {
                b -= 1;
            }
            b < v && (words[b].tag == "ns" || places.iter().any(|m| m.end == words[b].end))
        };
        // What is built at a named place is named, proper noun or not.
        let mut built_at_place = false;
        if *kind != "enterprise" {
            if let Some(v) = (j + 1..k.saturating_sub(1))
                .rev()
                .find(|&v| lexicon::NAME_VERBS.contains(&words[v].word) && verb_after_place(v))
            {
                j = v + 1;
                built_at_place = true;
            }
        }
        if place_first && words[j].tag != "ns" {
            continue;
        }
        let mut start = level_at.unwrap_or(words[j].start);
        start = glued_zhong(norm, words, j, start);
        // 磨/v 憨/ng 跨境电商产业园, 的中/f 老/a 跨境…: a place jieba does
        // not know falls apart into single characters; such a run right
        // before a park, zone or port, from a mark or 的/于, is its name.
        let oov = if matches!(*kind, "park" | "zone" | "port") {
            oov_run(norm, words, j)
        } else {
            None
        };
        if let Some(b) = oov {
            start = b;
        }
        // A place cut by the walk (九道/m 岭/n 镇政府) is taken whole.
        if let Some(p) = places.iter().find(|p| p.start < start && start < p.end) {
            start = p.start;
        }
        // 怀化/v 国际陆港: a place jieba takes for another word, said right
        // before the name (the place the report is filed from, or a place
        // the text named with its level, said without it), opens the name.
        let stem_before = if places.iter().any(|p| p.start == start) {
            None
        } else {
            let stems = local.iter().filter_map(|m| {
                m.new_kind
                    .as_deref()
                    .is_some_and(|k| PLACE_KINDS.contains(&k))
                    .then(|| m.name.strip_suffix(['区', '县', '市']))
                    .flatten()
                    .filter(|stem| stem.chars().count() >= 2)
            });
            dateline
                .into_iter()
                .chain(stems)
                .find(|stem| norm[..start].ends_with(stem))
        };
        if let Some(stem) = stem_before {
            start -= stem.len();
        }
        let mut end = w.end;
        // 地区生产总值 is GDP, not a region; 招商项目集中签约仪式 is an event,
        // which the words before it only describe.
        if *suffix == "地区" && norm[end..].starts_with("生产总值")
            || lexicon::EVENT_NOUNS
                .iter()
                .any(|e| norm[end..].starts_with(e))
        {
            continue;
        }
        // A short note in brackets belongs to the name: 物流中心(B型).
        if let Some(open) = norm[end..]
            .chars()
            .next()
            .filter(|c| *c == '(' || *c == '（')
        {
            let inner = &norm[end + open.len_utf8()..];
            if let Some(close) = inner.find([')', '）']) {
                let note = &inner[..close];
                if (1..=12).contains(&note.len()) && !note.contains(['，', ',', '、', '。']) {
                    end += open.len_utf8()
                        + close
                        + inner[close..].chars().next().map_or(0, char::len_utf8);
                }
            }
        }
        // 某区某街道CC-12地块: a plot is named by its code; the places
        // before it say where it lies.
        let code = (*kind == "plot")
            .then(|| {
                let stem = &norm[..w.end - suffix.len()];
                let run: usize = stem
                    .chars()
                    .rev()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                    .map(char::len_utf8)
                    .sum();
                let code = stem[stem.len() - run..].trim_start_matches('-');
                (code.len() >= 2 && code.starts_with(|c: char| c.is_ascii_alphanumeric()))
                    .then(|| stem.len() - code.len())
            })
            .flatten();
        // 公司全资子公司甲有限公司: what the company is to another (its
        // subsidiary), said before its name, is no part of it.
        if let Some(p) = norm[start..w.end - suffix.len()].rfind("子公司") {
            start += p + "子公司".len();
        }
        // 甲市热力公司北山换热站: a station or plant said after the company
        // that runs it is named without it; the company is a name of its own.
        if matches!(
            *kind,
            "facility" | "plant" | "power_station" | "port" | "station"
        ) {
            if let Some(p) = norm[start..w.end - suffix.len()].rfind("公司") {
                let stem = &norm[start + p + "公司".len()..w.end - suffix.len()];
                if stem.chars().count() >= 2 && stem.chars().all(is_han) {
                    start += p + "公司".len();
                }
            }
        }
        // 新疆阿勒泰地区/ns: the region a place lies in, said before it, is
        // no part of its name (阿勒泰地区 is what the text goes on calling it).
        start = glued_preposition(norm, words, start);
        // 经东兴口岸往来的车辆: the 经 of passing through, which jieba glues
        // to a port's or a station's name, is no part of it.
        if matches!(*kind, "port" | "station")
            && norm[start..end].starts_with('经')
            && norm[start..end].chars().count() >= suffix.chars().count() + 3
        {
            start += '经'.len_utf8();
        }
        let mut region_cut = false;
        if *kind == "region" || PLACE_KINDS.contains(kind) {
            if let Some(r) = AUTONOMOUS_REGIONS.iter().map(|(short, _)| short).find(|r| {
                norm[start..end].starts_with(**r) && norm[start + r.len()..end].chars().count() >= 4
            }) {
                start += r.len();
                region_cut = true;
            }
        }
        let mut name = &norm[code.unwrap_or(start).max(start)..end];
        // The places before a code are said with it, one inside the next
        // (鄞州区首南街道YZ05-05地块): the span runs over them.
        if code.is_some() {
            while let Some(p) = words[..j]
                .last()
                .filter(|p| p.tag == "ns" && p.end == start)
                .map(|p| p.start)
                .or_else(|| places.iter().find(|p| p.end == start).map(|p| p.start))
            {
                start = p;
                j = words.iter().position(|w| w.start >= p).unwrap_or(j);
            }
        }
        // Unbalanced quotation marks at the start are not part of the name.
        while code.is_none()
            && (name.starts_with('”') || (name.starts_with('“') && !name.contains('”')))
        {
            let c = name.chars().next().map_or(0, char::len_utf8);
            start += c;
            name = &norm[start..end];
        }
        // 假期西安北站: a time word before a station is no part of it.
        if *kind == "station" && code.is_none() {
            let timed = words[j..k].iter().take_while(|w| w.tag == "t").count();
            if timed > 0 {
                start = words[j + timed].start;
                name = &norm[start..end];
            }
        }
        let before = name.chars().count() - suffix.chars().count();
        // Company names stand on their ending; others need a proper noun.
        let strong = *kind == "enterprise";
        // 天和磁材四期项目: a project's phase names one project, after a
        // stem of its own (not 一期工程, 公司三期项目).
        let phased = *kind == "project"
            && words[j..k].iter().any(|t| {
                let stem = &norm[start.min(t.start)..t.start];
                t.start >= start
                    && stem.chars().count() >= 2
                    && !name_suffixes().any(|(e, _)| stem.ends_with(e))
                    && t.word.chars().count() == 2
                    && t.word.ends_with('期')
                    && t.word
                        .starts_with(|c: char| "一二三四五六七八九十".contains(c))
            });
        let proper = oov.is_some()
            || edition
            || by_capacity
            || built_at_place
            || region_cut
            || phased
            || code.is_some()
            || stem_before.is_some()
            || words[j..=k].iter().any(|t| {
                t.start >= start
                    && matches!(t.tag, "ns" | "nr" | "nt" | "nz" | "nrt" | "nrfg" | "eng")
                    && t.word != *suffix
            })
            || name.contains('“')
            || places.iter().any(|p| p.start >= start && p.end <= end)
            // 射阳港经济开发区 after 射阳县: a name opening with the stem of a
            // county, district or city said before is a proper name.
            || place_stem_said(local, |stem| name.starts_with(stem))
            // 在仙人岛化工园区: a park or zone said as the place where
            // something happens is a name even without a proper noun.
            || (matches!(*kind, "park" | "zone")
                && ["在", "于", "落户", "入驻", "位于", "进驻"]
                    .iter()
                    .any(|w| norm[..start].ends_with(w)))
            // 某某汽车零部件产业园已入驻…, 某某工业园区实现…: a park or
            // zone of several words opening a clause as its subject is
            // named, proper noun or not (not 工业园区 alone).
            || (matches!(*kind, "park" | "zone" | "facility" | "project")
                // 社区养老服务站35个: a kind of station counted, no name.
                && !name.ends_with('站')
                && name.chars().count() >= suffix.chars().count() + 3
                // Not a part of the project said before (项目主体工程).
                && !["项目", "工程", "园区", "基地"]
                    .iter()
                    .any(|e| name.starts_with(e))
                && at_clause_start(norm, start)
                && lexicon::SUBJECT_NEXT
                    .iter()
                    .any(|w| norm[end..].starts_with(w)))
            // 【本报讯】甲署昨日公布…, 乙局预计…: an office of several
            // words opening a clause (or the news after its dateline's
            // brackets) and reporting is named, proper noun or not. Not a
            // level said alone (县林业局介绍): that is the place's office.
            || (*kind == "organisation"
                && (at_clause_start(norm, start) || norm[..start].ends_with('】'))
                && !name.starts_with(|c: char| "省市县区镇乡村".contains(c))
                && office_reports(&norm[end..]))
            // 大清沟风景区是…: a sentence opening by saying what a thing is
            // names it.
            || (start == 0
                && ["是", "位于", "地处", "坐落", "始建于", "作为"]
                    .iter()
                    .any(|w| norm[end..].starts_with(w)));
        // 集成电路产业投资基金 is any fund of its kind; 某区产业发展母基金 one
        // fund: a fund is named by its place (or quotation marks).
        let proper = proper
            && (*kind != "fund"
                || name.contains('“')
                || places.iter().any(|p| p.start >= start && p.end <= end)
                || place_stem_said(local, |stem| name.starts_with(stem)));
        let enough = if strong {
            before >= 2
        } else {
            before >= 2 && proper
        };
        let how = if oov.is_some() {
            Some("a place jieba cuts into single characters, named by the ending after it")
        } else if code.is_some() {
            Some("a plot named by its code (the places before it say where it lies)")
        } else if stem_before.is_some() {
            Some("a place said without its level before the name (the dateline's, or one named before): part of it")
        } else if built_at_place {
            Some("a thing built at a place (在甲区投资建设乙项目): its name starts after the verb")
        } else if by_capacity {
            Some("a project named by its capacity, its verb opening a clause or list item (（一）年产5万吨…项目)")
        } else {
            match *kind {
                // 港 names a sea or river port as often as 口岸 a land one.
                "port" if name.ends_with("口岸") => Some("a land port, named by its ending 口岸"),
                "port" => Some("a port, named by its ending 港"),
                "prefecture" => Some("a prefecture (…自治州)"),
                "plant" => Some("a plant (…厂): a thing of its own, not the zone it stands in"),
                _ => None,
            }
        };
        if *kind == "station" && !station_named(norm, &words[j..=k], start, end, places, local) {
            continue;
        }
        if !enough || (strong && name.ends_with("公司") && before < 3 && !proper) {
            continue;
        }
        // 社区养老服务站 is any station of its kind; 甲镇电商服务站, 罗湖管制站
        // one: a station named by what it does is named by its place too.
        // Not a power or gauging station (白鹤滩水电站: jieba does not know
        // every river's place).
        if suffix
            .strip_suffix('站')
            .is_some_and(|role| STATION_ROLES.contains(&role))
            && !places.iter().any(|p| p.start >= start && p.end <= end)
            && !words[j..=k]
                .iter()
                .any(|t| t.start >= start && t.tag == "ns" && t.word != *suffix)
        {
            continue;
        }
        out.push(Mention {
            start,
            end,
            name: name.to_string(),
            new_kind: Some(kind.to_string()),
            sentence: 0,
            how,
        });
    }
    out
}

/// Whether the words after an office say it reports: a day (昨日,
/// 11月3日) at most, then a verb of speech or of making figures known
/// (表示, 公布, 预计, 决定).
fn office_reports(after: &str) -> bool {
    let rest = after.trim_start_matches(|c: char| c.is_ascii_digit() || "年月日".contains(c));
    let rest = ["昨日", "今日", "近日", "日前", "昨天", "今天", "近期"]
        .iter()
        .find_map(|d| rest.strip_prefix(d))
        .unwrap_or(rest);
    lexicon::SPEECH
        .iter()
        // 甲审议会9月26日召开会议，决议…: a board meeting acts.
        .chain(&[
            "公布", "发布", "预计", "决定", "通报", "宣布", "召开", "决议",
        ])
        .any(|v| rest.starts_with(v))
}

/// Whether a word ends like a work built (水库, 大桥, 铁路), not like
/// any project (项目, 工程), which a list joins as often as it names one.
fn names_a_work(word: &str) -> bool {
    name_suffixes().any(|(e, k)| {
        *k == "project"
            && e.chars().count() >= 2
            && !matches!(*e, "项目" | "工程")
            && word.ends_with(e)
    })
}

/// 位于某区的某某书房面积…, 位于某路的某某影城以…: what a clause says
/// stands at a place (位于X的) is named by the words after 的, up to a
/// verb, a function word, a value or a word saying what is measured
/// (面积, 计划, 总投资); a name found there already is kept.
fn located_thing(norm: &str, words: &[segment::Word<'_>], found: &[Mention]) -> Vec<Mention> {
    let mut out = Vec::new();
    for (p, cue) in norm.match_indices("位于").chain(norm.match_indices("占地")) {
        let rest = &norm[p..];
        let Some(de) = rest.find('的') else {
            continue;
        };
        // 位于某区的: a place; 占地2.6平方公里的: its area.
        let where_ = &rest[cue.len()..de];
        let fits = if cue == "位于" {
            where_.chars().all(is_han)
        } else {
            where_.starts_with(|c: char| c.is_ascii_digit() || is_numeral_char(c))
                && !where_.contains(['，', '。', '；'])
        };
        if !(2..=12).contains(&where_.chars().count()) || !fits {
            continue;
        }
        let start = p + de + '的'.len_utf8();
        let Some(k) = words.iter().position(|w| w.start == start) else {
            continue;
        };
        let measured = |w: &str| {
            lexicon::AFTER_NAME.contains(&w)
                || lexicon::BEFORE.iter().any(|(b, _, _)| w.starts_with(b))
                || lexicon::data()
                    .before
                    .iter()
                    .any(|(b, _, _)| w.starts_with(b.as_str()))
        };
        // 新能源装备制造/v 产业园: a verb right before a name's ending is
        // the name's.
        let ends_name = |i: usize| {
            words
                .get(i + 1)
                .is_some_and(|n| name_suffixes().any(|(e, _)| n.word.ends_with(e)))
        };
        let end = words[k..]
            .iter()
            .enumerate()
            .take_while(|(i, w)| {
                w.word.chars().all(is_han)
                    && (!matches!(w.tag, "v" | "p" | "d" | "m" | "x" | "uj" | "c" | "r" | "q")
                        || w.tag == "v" && ends_name(k + i))
                    && !measured(w.word)
            })
            .last()
            .map_or(start, |(_, w)| w.end);
        let name = &norm[start..end];
        // 位于甲市境内的山岭上: a localizer closing the words makes them
        // a place too (on the ridges), not the thing standing there.
        if !(3..=12).contains(&name.chars().count())
            || name.ends_with(['上', '下', '里', '内', '中', '旁', '边'])
            || found.iter().any(|m| m.start < end && start < m.end)
        {
            continue;
        }
        out.push(Mention {
            start,
            end,
            name: name.to_string(),
            new_kind: Some("facility".to_string()),
            sentence: 0,
            how: Some("what a clause says stands at a place (位于X的Y): Y"),
        });
    }
    out
}

/// 某某现代/t 服务业合作区, 某某现代/t 农业产业园: 现代 (modern) at word
/// `j` of a name walked back from its ending, with words before it, is the
/// name's word, not a time word that stops the walk.
fn modern_inside_a_name(word: &str, j: usize) -> bool {
    matches!(word, "现代" | "現代") && j >= 2
}

const SET_UP_HOW: &str = "what a set-up verb takes, ending its clause (成立了X合作社，): X";

/// 成立了光伏养殖合作社，…: the thing a set-up verb takes, ending its
/// clause with the ending of a facility or a cooperative, is a name (what
/// the clauses after it speak of).
fn set_up_thing(norm: &str, found: &[Mention]) -> Vec<Mention> {
    const ENDINGS: &[&str] = &["合作社", "中心", "产业园", "园区", "基地"];
    let mut out = Vec::new();
    for v in SET_UP_VERBS {
        for (p, _) in norm.match_indices(v) {
            let start = p + v.len();
            let Some(len) = norm[start..].find(['，', ',']) else {
                continue;
            };
            let end = start + len;
            let name = &norm[start..end];
            let Some(kind) = name_suffixes()
                .find(|(e, _)| ENDINGS.contains(e) && name.ends_with(e))
                .map(|(_, k)| *k)
            else {
                continue;
            };
            if !(4..=12).contains(&name.chars().count())
                || !name.chars().all(is_han)
                || name.contains('的')
                // 村股份经济合作社: a kind of thing, said by its level.
                || name.starts_with(['村', '镇', '乡', '县', '市', '区', '省'])
                || found.iter().any(|m| m.start < end && start < m.end)
            {
                continue;
            }
            out.push(Mention {
                start,
                end,
                name: name.to_string(),
                new_kind: Some(kind.to_string()),
                sentence: 0,
                how: Some(SET_UP_HOW),
            });
        }
    }
    out
}

const QUOTED_NAME_HOW: &str = "a name in quotation marks opening its clause";

/// “某某专列”共开行38列, “某某茶油”品牌价值…: a name in quotation marks
/// opening a clause, something said right after it, is what the clause
/// speaks of (a programme, a brand, a service). Not a period (“十四五”
/// 期间: no numerals inside) and not a phrase the clause goes on past
/// (nothing but a mark after it).
fn quoted_names(norm: &str) -> Vec<Mention> {
    const QUOTED_HOW: &str = QUOTED_NAME_HOW;
    let mut out = Vec::new();
    for (p, _) in norm.match_indices('“') {
        let opens = norm[..p]
            .chars()
            .next_back()
            .is_none_or(|c| "，,；;：:。！？!?".contains(c));
        if !opens {
            continue;
        }
        let inner_at = p + '“'.len_utf8();
        let Some(close) = norm[inner_at..].find('”') else {
            continue;
        };
        let inner = &norm[inner_at..inner_at + close];
        let after = &norm[inner_at + close + '”'.len_utf8()..];
        if !(2..=14).contains(&inner.chars().count())
            || !inner.chars().all(is_han)
            || inner.chars().any(is_numeral_char)
            || !after.chars().next().is_some_and(is_han)
            || ["的", "期间", "以来", "时期", "规划", "时代"]
                .iter()
                .any(|t| after.starts_with(t))
        {
            continue;
        }
        out.push(Mention {
            start: inner_at,
            end: inner_at + close,
            name: inner.to_string(),
            new_kind: Some("programme".to_string()),
            sentence: 0,
            how: Some(QUOTED_HOW),
        });
    }
    out
}

/// 黔江站, 西安北站, 某某国际港站: a railway station is named by the place
/// it opens with (`words[0]`, from `start`), at most two short nouns, and
/// 站 or a word of two characters ending in it (北站, 港站). A post named
/// by its service (社区养老服务站, 边检总站) is no station, nor is a route's
/// end (甲站至乙站, 从甲站驶出): the route, not the station, is measured.
fn station_named(
    norm: &str,
    words: &[segment::Word<'_>],
    start: usize,
    end: usize,
    places: &[Mention],
    local: &[Mention],
) -> bool {
    let Some((last, inner)) = words.split_last() else {
        return false;
    };
    // 假期西安北站: a time word the walk took in is no part of it.
    let timed = inner.iter().take_while(|w| w.tag == "t").count();
    let inner = &inner[timed..];
    let Some(first) = inner.first() else {
        return false;
    };
    let start = if timed > 0 { first.start } else { start };
    // 海拉尔火车站: the place may be one the text named with its level
    // (海拉尔区), said without it, whatever jieba tags it.
    let opens_with_place = first.start == start
        && (first.tag == "ns"
            || places
                .iter()
                .any(|p| p.start == start && p.end == first.end)
            || local.iter().any(|m| {
                m.new_kind
                    .as_deref()
                    .is_some_and(|k| ["city", "county", "district"].contains(&k))
                    && m.name.strip_suffix(['市', '县', '区']) == Some(first.word)
            }));
    let station_word = last.word.chars().count() <= 2 || ["火车站", "高铁站"].contains(&last.word);
    let between_ok = inner.len() <= 3
        && inner[1..].iter().enumerate().all(|(i, w)| {
            matches!(w.tag, "n" | "ns") && w.word.chars().count() <= 2 && w.word.chars().all(is_han)
                || i + 2 == inner.len() && last.word == "站" && STATION_ROLES.contains(&w.word)
        });
    let route_end = ["至", "到", "从", "往", "经", "由"]
        .iter()
        .any(|r| norm[..start].ends_with(r))
        || ["至", "到", "出发", "驶"]
            .iter()
            .any(|r| norm[end..].starts_with(r));
    opens_with_place && station_word && between_ok && !route_end
}

/// What a station does, said right before 站 (罗湖管制站, 北山换热站).
const STATION_ROLES: &[&str] = &["管制", "换热", "检查", "监测", "加油", "充电", "服务"];

/// Whether the word at `c` (及 or 暨) joins two fields of one office's
/// name: a noun of two characters or more before it that opens its clause
/// or follows another office's name (统计暨普查局及海事及水务局).
fn joins_office(words: &[segment::Word<'_>], c: usize) -> bool {
    if c < 1 || !matches!(words[c].word, "及" | "暨") {
        return false;
    }
    let field = &words[c - 1];
    let opens = c < 2 || {
        let before = &words[c - 2];
        before.tag == "x"
            || matches!(before.word, "及" | "和" | "、")
                && c >= 3
                && ["局", "署", "处", "厅", "委"]
                    .iter()
                    .any(|e| words[c - 3].word.ends_with(e))
    };
    matches!(field.tag, "n" | "vn" | "v" | "nz")
        && field.word.chars().count() >= 2
        && field.word.chars().all(is_han)
        && opens
}

/// The word of a capacity verb opening a project's name (年产2万吨…项目)
/// that ends `words`: the verb, the value right after it, then words of
/// Chinese characters only, no 的 and no mark, up to the ending.
fn capacity_opening(norm: &str, words: &[segment::Word<'_>]) -> Option<usize> {
    let k = words.len().checked_sub(1)?;
    let lo = k.saturating_sub(10);
    (lo..k.saturating_sub(1)).rev().find(|&v| {
        let value = &words[v + 1];
        lexicon::CAPACITY_IN_NAME
            .iter()
            .any(|c| norm[words[v].start..value.start] == **c)
            && value.tag == "x"
            && value.word.chars().any(|c| c.is_ascii_digit())
            && words[v + 2..k]
                .iter()
                .all(|w| w.word.chars().all(is_han) && w.tag != "uj" && !w.word.is_empty())
    })
}

/// Organisation names by a strong ending found in the characters, not in
/// jieba's words (which glue 支行 to a verb and cut 电力集团 across the
/// name): the words before the ending are walked back over nouns,
/// adjectives, verbs and a bracketed place (某某科技（无锡）有限公司), to a
/// function word, a number or a punctuation mark. Verbs that open the
/// walk when a word stopped it (加快推进化工有限公司) are left out.
fn find_strong_names(norm: &str, places: &[Mention], words: &[segment::Word<'_>]) -> Vec<Mention> {
    let mut out = Vec::new();
    for (suffix, kind, need_proper) in lexicon::STRONG_SUFFIXES {
        for (at, _) in norm.match_indices(suffix) {
            let end = at + suffix.len();
            // 银行业, 集团业务: the trade or a word, not a name.
            if norm[end..].starts_with('业') {
                continue;
            }
            // The longest ending wins (股份有限公司 over 有限公司).
            if lexicon::STRONG_SUFFIXES.iter().any(|(l, _, _)| {
                l.len() > suffix.len() && l.ends_with(suffix) && norm[..end].ends_with(l)
            }) {
                continue;
            }
            // The word holding the ending's first character.
            let Some(k) = words.iter().position(|w| w.start <= at && at < w.end) else {
                continue;
            };
            let mut start = words[k].start;
            let mut j = k;
            let mut stopped_by_word = false;
            while j > 0 {
                let p = &words[j - 1];
                if p.word == "）" || p.word == ")" {
                    // A bracketed place inside the name.
                    let open = words[..j - 1]
                        .iter()
                        .rposition(|w| w.word == "（" || w.word == "(");
                    match open {
                        Some(o) if j - 1 - o <= 4 && o > 0 => {
                            j = o;
                            start = words[o].start;
                            continue;
                        }
                        _ => break,
                    }
                }
                let glue = matches!(
                    p.tag,
                    "n" | "nr"
                        | "ns"
                        | "nt"
                        | "nz"
                        | "nrt"
                        | "nrfg"
                        | "j"
                        | "a"
                        | "b"
                        | "vn"
                        | "v"
                        | "l"
                        | "ng"
                        | "eng"
                        | "i"
                ) && p.word.chars().all(|c| is_han(c) || c.is_ascii_alphabetic())
                    // 油茶开发有限公司: a verb after a trade is the name's;
                    // 现金收购安徽…: before a place it is the clause's.
                    && (!lexicon::NAME_VERBS.contains(&p.word)
                        || trade_verb(&words[..j - 1]) && words[j].tag != "ns")
                    // 黄河/ns 上游/f 水电开发有限责任公司: a direction
                    // after a place is part of the name.
                    || p.tag == "f" && j >= 2 && words[j - 2].tag == "ns"
                    || modern_inside_a_name(p.word, j);
                // 中铁九局…, 中国农业银行…: 中 opens the name after a word
                // that ends the walk anyway.
                let zhong = p.word == "中"
                    && words[..j - 1]
                        .last()
                        .is_none_or(|q| stops_name(q.tag, q.word) || !q.word.chars().all(is_han));
                // 定西/ns 薯/zg 都/d 淀粉: 都 between a name's words, a noun
                // after it, is the name's (the adverb comes before a verb).
                if p.word == "都"
                    && j >= 2
                    && matches!(words[j].tag, "n" | "nz")
                    && matches!(words[j - 2].tag, "zg" | "ns" | "nz" | "nr")
                {
                    // The place opening it ends the walk (not 企业定西薯都…).
                    j -= if words[j - 2].tag == "zg" { 2 } else { 1 };
                    if j > 0 && words[j - 1].tag == "ns" {
                        j -= 1;
                    }
                    start = words[j].start;
                    break;
                }
                if (!glue && !zhong) || end - p.start > 3 * 24 {
                    stopped_by_word = !p.word.chars().all(|c| !is_han(c));
                    break;
                }
                j -= 1;
                start = p.start;
            }
            // A verb opening the name after a word stopped the walk:
            // 已/d 投产/v 的 …: the verb belongs to the clause.
            while stopped_by_word && j < k && matches!(words[j].tag, "v" | "d" | "a" | "ad") {
                j += 1;
                start = words[j].start;
            }
            start = glued_zhong(norm, words, j, start);
            // 前/f 海/n 深港/ns …合作区: a place jieba cuts into single
            // characters opens a zone's name, as in `find_org_names`.
            if *kind == "zone" {
                if let Some(b) = oov_run(norm, words, j).filter(|&b| b < start) {
                    start = b;
                }
            }
            // 去年，福建宁德汇能正极材料有限公司…, …和山西晋中半导体股份有限
            // 公司: a word jieba tags oddly stopped the walk short of a
            // mark or a function word; a few characters more, none of them
            // a verb, are the name's.
            if stopped_by_word && matches!(*kind, "enterprise" | "cooperative") {
                let head = &norm[..start];
                let run: usize = head
                    .chars()
                    .rev()
                    .take_while(|c| is_han(*c) && !lexicon::NAME_STOPS.contains(*c))
                    .take(9)
                    .map(char::len_utf8)
                    .sum();
                let b = start - run;
                let bounded = b == 0
                    || head[..b]
                        .chars()
                        .next_back()
                        .is_some_and(|c| !is_han(c) || lexicon::NAME_STOPS.contains(c));
                let piece = &norm[b..start];
                // Not the end of a word (其中/r, 最终/d): a function word
                // jieba read whole is no part of a name.
                let function_word = words.iter().any(|w| {
                    w.end > b
                        && w.start < start
                        && (w.start < b || matches!(w.tag, "d" | "r" | "p" | "c"))
                });
                if run > 0
                    && !function_word
                    && bounded
                    && piece.chars().count() <= 8
                    && !lexicon::NAME_VERBS.iter().any(|v| piece.contains(v))
                    && !lexicon::TIME_WORDS.iter().any(|t| piece.contains(t))
                    && !["落户", "成立", "组建", "引进", "入驻", "新建"]
                        .iter()
                        .any(|v| piece.contains(v))
                {
                    start = b;
                }
            }
            // A place cut by the walk is taken whole.
            if let Some(p) = places.iter().find(|p| p.start < start && start < p.end) {
                start = p.start;
            }
            // 龙头企业江苏悦驰汽车有限公司: what the company is, said
            // before its name, is no part of it.
            if let Some(d) = lexicon::NAME_DESCRIPTORS
                .iter()
                .find(|d| norm[start..end].starts_with(*d) && end - start > d.len() + 3 * 4)
            {
                start += d.len();
            } else if let Some(d) = trade_descriptor(&norm[start..end - suffix.len()], words, start)
            {
                start += d;
            }
            // ——访某某陶瓷有限公司总经理…: a feature's headline opens
            // with the visit, not with the company's name.
            if let Some(v) = VISIT_VERBS.iter().find(|v| {
                norm[start..end].starts_with(**v)
                    && end - start > v.len() + suffix.len() + 2 * 3
                    && norm[..start].chars().next_back().is_none_or(|c| !is_han(c))
            }) {
                start += v.len();
            }
            // 公司全资子公司山东某某有限公司: what the company is to
            // another (its subsidiary), said before its name.
            if let Some(p) = norm[start..end - suffix.len()].rfind("子公司") {
                start += p + "子公司".len();
            }
            start = glued_preposition(norm, words, start);
            let name = &norm[start..end];
            let before = name.chars().count() - suffix.chars().count();
            if before < 2 {
                continue;
            }
            let proper = words[j..=k].iter().any(|t| {
                t.start >= start
                    && matches!(t.tag, "ns" | "nr" | "nt" | "nz" | "nrt" | "nrfg" | "eng")
            }) || places.iter().any(|p| p.start >= start && p.end <= end);
            if *need_proper && !proper {
                continue;
            }
            out.push(Mention {
                start,
                end,
                name: name.to_string(),
                new_kind: Some(kind.to_string()),
                sentence: 0,
                how: None,
            });
        }
    }
    out
}

/// Words ending a span of days a report opens with (国庆假期, 春节期间,
/// 五一黄金周, 主汛期, 新航季, 旅游旺季): the walk back from a name's
/// ending glues them on.
const PERIOD_ENDINGS: &[&str] = &["假期", "期间", "黄金周", "汛期", "航季", "旺季"];

/// The length of a period glued before `m`'s name by the walk back from
/// its ending (国庆假期黄山市, 前10个月|月防城港), when there is one and
/// at least two characters of name follow it.
fn glued_period(norm: &str, m: &Mention) -> Option<usize> {
    let name = &norm[m.start..m.end];
    let rest_ok = |n: usize| name[n..].chars().count() >= 2;
    if let Some(n) = PERIOD_ENDINGS
        .iter()
        .filter_map(|e| name.find(e).map(|p| p + e.len()))
        .min()
        .filter(|&n| rest_ok(n))
    {
        return Some(n);
    }
    // 前10个月防城港: the months counted end at 月; the numeral before it
    // (or its counter 个) is outside the name.
    let month = ["月份", "月"].iter().find(|w| name.starts_with(**w))?;
    let before = norm[..m.start]
        .strip_suffix('个')
        .unwrap_or(&norm[..m.start]);
    before
        .chars()
        .next_back()
        .is_some_and(is_numeral_char)
        .then_some(month.len())
        .filter(|&n| rest_ok(n))
}

/// 新能源企业晟能新能源（宿迁）有限公司, 纺织企业恒锦纺织有限公司: the
/// trade's 企业 said before a company's own name; the length to leave out
/// of `head` (the name before its legal ending, starting at `start`).
/// Not when 企业 is the name's trade itself (某某企业管理有限公司: a verb
/// follows it) or leaves too little of a name (某某企业集团).
fn trade_descriptor(head: &str, words: &[segment::Word<'_>], start: usize) -> Option<usize> {
    let p = head.rfind("企业")? + "企业".len();
    let own = &head[p..];
    let first = words.iter().find(|w| w.start == start + p)?;
    (p > "企业".len() && own.chars().count() >= 4 && !matches!(first.tag, "v" | "vn")).then_some(p)
}

/// Companies said by place and trade without a legal ending, where a
/// clause opens with them as its subject (营口钢铁正在建设…): a place
/// word and a trade from the lexicon data, then a word a subject is
/// followed by.
fn find_trade_names(norm: &str, words: &[segment::Word<'_>]) -> Vec<Mention> {
    let trades = &lexicon::data().trades;
    let mut out = Vec::new();
    for k in 0..words.len().saturating_sub(1) {
        let (p, t) = (&words[k], &words[k + 1]);
        // jieba tags place stems unreliably (营口/vn): any word of two or
        // three characters that is no function word and no 全市 will do.
        let n = p.word.chars().count();
        let stem = (2..=3).contains(&n)
            && p.word.chars().all(is_han)
            && matches!(p.tag, "ns" | "nr" | "nz" | "nt" | "n" | "vn" | "j" | "nrt")
            && !p.word.chars().any(|c| lexicon::NAME_STOPS.contains(c));
        if !stem
            || !trades.iter().any(|x| x == t.word)
            || !at_clause_start(norm, p.start)
            || lexicon::PLACE_SUFFIXES
                .iter()
                .any(|(c, _)| p.word.ends_with(*c))
        {
            continue;
        }
        let next = &norm[t.end..];
        if !lexicon::SUBJECT_NEXT.iter().any(|w| next.starts_with(w)) {
            continue;
        }
        out.push(Mention {
            start: p.start,
            end: t.end,
            name: norm[p.start..t.end].to_string(),
            new_kind: Some("enterprise".to_string()),
            sentence: 0,
            how: Some(
                "a place and a trade opening a clause: a company said without its legal ending",
            ),
        });
    }
    out
}

/// How many of a document's latest new names each sentence looks for
/// again (their short forms, their endings as subjects).
const RECENT_NAMES: usize = 200;

/// Whether the document's whole text says a name whose end a sentence says
/// short (县人民医院 of 临泉县人民医院). Searching the whole text for each
/// name a short form may stand for made a text of such sentences
/// quadratic; each short form's places are found once instead, with the
/// stems said right before it.
struct WholeNames<'t> {
    text: Option<&'t str>,
    stems: std::cell::RefCell<HashMap<String, HashSet<&'t str>>>,
    /// [`place_said_bare`]'s answer for each bare place, read from the
    /// whole text once (a text of sentences each opening with a place
    /// would otherwise be searched whole for each of them).
    bare_places: std::cell::RefCell<HashMap<String, Option<(String, &'static str)>>>,
}

/// The stems [`WholeNames`] keeps before a short form, in characters: a
/// place's name before its level (临泉 of 临泉县) is two to four.
const WHOLE_NAME_STEMS: std::ops::RangeInclusive<usize> = 2..=4;

impl<'t> WholeNames<'t> {
    fn new(text: Option<&'t str>) -> Self {
        Self {
            text,
            stems: Default::default(),
            bare_places: Default::default(),
        }
    }

    /// The name and kind a place said bare (东莞) stands for, when the
    /// text's offices carry it (东莞供电局, 东莞市…): with its level when
    /// the text says it (南宁市 of 南宁), else as said. Read once per place.
    fn bare_place(&self, place: &str) -> Option<(String, &'static str)> {
        let text = self.text?;
        self.bare_places
            .borrow_mut()
            .entry(place.to_string())
            .or_insert_with(|| {
                // An office of the place: its name runs on from the place,
                // with or without the level, to an office's ending within a
                // few characters.
                let office = text.match_indices(place).any(|(p, _)| {
                    let run: String = text[p + place.len()..]
                        .chars()
                        .take_while(|c| is_han(*c))
                        .take(8)
                        .collect();
                    run.starts_with(['市', '县'])
                        || ["局", "委", "政府"].iter().any(|e| run.contains(e))
                });
                // 南宁10月… beside 南宁市住房和城乡建设局: the bare form is
                // short for the name with its level the text says.
                let named = [('市', "city"), ('县', "county")]
                    .iter()
                    .map(|(l, k)| (format!("{place}{l}"), *k))
                    .find(|(n, _)| text.contains(n.as_str()))
                    .unwrap_or((place.to_string(), "city"));
                office.then_some(named)
            })
            .clone()
    }

    /// Whether the text says `stem` right before `short` (as
    /// `text.contains(stem + short)`, for a stem of two to four
    /// characters).
    fn says(&self, stem: &str, short: &str) -> bool {
        let Some(text) = self.text else {
            return false;
        };
        if short.is_empty() || !WHOLE_NAME_STEMS.contains(&stem.chars().count()) {
            return text.contains(&format!("{stem}{short}"));
        }
        let mut stems = self.stems.borrow_mut();
        let found = stems.entry(short.to_string()).or_insert_with(|| {
            let mut found = HashSet::new();
            let mut from = 0;
            // Every place, overlapping ones too (区区…), as `contains` sees.
            while let Some(i) = text[from..].find(short) {
                let at = from + i;
                let before: Vec<usize> = text[..at]
                    .char_indices()
                    .rev()
                    .take(*WHOLE_NAME_STEMS.end())
                    .map(|(j, _)| j)
                    .collect();
                for n in WHOLE_NAME_STEMS {
                    if let Some(&j) = before.get(n - 1) {
                        found.insert(&text[j..at]);
                    }
                }
                from = at + text[at..].chars().next().map_or(1, char::len_utf8);
            }
            found
        });
        found.contains(stem)
    }
}

/// All the names in a sentence, overlaps resolved: the longest wins, a
/// known name over a new one of the same length.
// The sentence, the store's names, the names before it and the document's
// dateline and whole text: each a different source, none worth a struct.
#[allow(clippy::too_many_arguments)]
fn find_mentions(
    norm: &str,
    sentence: u32,
    known: &Known,
    matcher: &KnownMatcher,
    values: &[(usize, usize)],
    local: &[Mention],
    dateline: Option<&str>,
    whole: &WholeNames,
) -> Vec<Mention> {
    let words = tagged(norm, values);
    // A place name holding a function character (呼和浩特市: 和) is cut by
    // the walk over characters; jieba's place word gives its start.
    let places: Vec<Mention> = find_places(norm)
        .into_iter()
        .map(|mut p| {
            // 医院惠济院区二期, after 郑州大学第一附属医院: a name's ending
            // said bare opening the place means the name said before, whose
            // part the place is; the place is what follows it.
            if let Some(w) = words.iter().find(|w| {
                w.start == p.start
                    && p.end >= w.end + 2 * 3
                    && shortenable_endings().contains(&w.word)
                    && local
                        .iter()
                        .any(|m| m.name.len() > w.word.len() && m.name.ends_with(w.word))
                    // A proper name follows (惠济/nr 院区), not a common
                    // compound (机场货运区: the airport's cargo area).
                    && proper_noun_in(&words, (w.end, p.end))
            }) {
                p.start = w.end;
                p.name = norm[p.start..p.end].to_string();
                return p;
            }
            // The one word the walk's start falls inside (jieba's words do
            // not overlap) says where the name starts.
            let Some(w) = words.iter().find(|w| w.start < p.start && p.start < w.end) else {
                return p;
            };
            // A place word: its start, unless the walk stopped after another
            // place's ending (居力很镇|巴音哈达嘎查, jieba's 镇巴/ns).
            let after_a_place = || {
                norm[w.start..p.start]
                    .chars()
                    .next_back()
                    .is_some_and(|c| lexicon::PLACE_SUFFIXES.iter().any(|(s, _)| *s == c))
            };
            // 该院临港院区: a word referring back (该院/r): after it.
            let start = match w.tag {
                "ns" if !after_a_place() => w.start,
                "r" if w.end < p.end => w.end,
                _ => return p,
            };
            p.start = start;
            p.name = norm[p.start..p.end].to_string();
            p
        })
        .collect();
    // 运城市/ns: a place jieba knows whole that the walk over characters
    // dropped for ending like a common word (城市).
    let jieba_places: Vec<Mention> = words
        .iter()
        .filter(|w| {
            w.tag == "ns"
                && w.word.chars().count() >= 3
                && lexicon::GENERIC_ENDINGS.iter().any(|g| w.word.ends_with(g))
                && !places.iter().any(|p| p.start < w.end && w.start < p.end)
                // 各乡镇（场）、县直有关部门: every town, no one place. (Not
                // 诸: 诸城市 is a city.)
                && !w.word.starts_with(['各', '全', '该', '本', '我', '每'])
        })
        .filter_map(|w| {
            let last = w.word.chars().next_back()?;
            let (_, kind) = lexicon::PLACE_SUFFIXES.iter().find(|(s, _)| *s == last)?;
            Some(Mention {
                start: w.start,
                end: w.end,
                name: w.word.to_string(),
                new_kind: Some(kind.to_string()),
                sentence: 0,
                how: Some("a place jieba knows whole"),
            })
        })
        .collect();
    // 黔东南州/ns, 凉山州/ns: a prefecture said by its stem and 州, which
    // jieba knows whole (cities ending in 州 are two characters: 杭州).
    // Not in the headline, which may say short the 自治州 the body names
    // whole.
    let prefectures = words.iter().filter(|w| {
        sentence > 0
            && w.tag == "ns"
            && w.word.ends_with('州')
            && w.word.chars().count() >= 3
            && w.word.chars().all(is_han)
            && !places.iter().any(|p| p.start < w.end && w.start < p.end)
            // 恩施州 after 恩施土家族苗族自治州: the name said before, below.
            && !local.iter().any(|m| {
                m.name.ends_with("自治州") && m.name.starts_with(w.word.trim_end_matches('州'))
            })
    });
    let prefectures: Vec<Mention> = prefectures
        .map(|w| Mention {
            start: w.start,
            end: w.end,
            name: w.word.to_string(),
            new_kind: Some("prefecture".to_string()),
            sentence: 0,
            how: Some("a prefecture said by its stem and 州, a place jieba knows whole"),
        })
        .collect();
    let mut all = matcher.find(norm);
    all.extend(jieba_places);
    all.extend(prefectures);
    all.extend(find_org_names(norm, &places, &words, local, dateline));
    all.extend(find_strong_names(norm, &places, &words));
    all.extend(find_persons(norm, &words));
    all.extend(dotted_people(norm, &words));
    all.extend(addressed_people(norm));
    all.extend(defendants(norm));
    all.extend(find_trade_names(norm, &words));
    if norm.contains("机场") {
        all.extend(airport_names(norm, local));
    }
    if norm.contains("号线") {
        all.extend(numbered_lines(norm));
    }
    all.extend(water_bodies(norm, &words));
    all.extend(place_said_bare(norm, &words, whole));
    all.extend(numbered_title(norm));
    all.extend(numbered_heading(norm));
    all.extend(dash_item(norm, &words, sentence));
    all.extend(located_thing(norm, &words, &all));
    all.extend(set_up_thing(norm, &all));
    // Not in the headline: a catchphrase there (某地：“某某经济”…) is no topic.
    if sentence > 0 {
        all.extend(quoted_names(norm));
    }
    // 西起龙门高铁站: where a line starts or ends is no subject.
    all.retain(|m| !ROUTE_ENDS.iter().any(|r| norm[..m.start].ends_with(r)));
    // 办理住房公积金“跨省通办”业务: a quote opened inside a name and closed
    // after it (at 办, an office's ending) is a phrase, no name.
    all.retain(|m| {
        [('“', '”'), ('「', '」'), ('《', '》')]
            .iter()
            .all(|&(o, c)| m.name.matches(o).count() <= m.name.matches(c).count())
    });
    // 新疆昌吉回族自治州 (jieba's word, found by its ending 自治州): the
    // region before it is not part of the prefecture's name.
    all.retain(|m| {
        !places
            .iter()
            .any(|p| p.end == m.end && p.start > m.start && p.how == autonomous_places_how())
    });
    all.extend(places);
    all.extend(listed_places(norm));
    // Names found earlier in the document, wherever they come again, and
    // their short forms (苏州高新区 … 高新区, 仙人岛化工园区 … 园区); a longer
    // name found here wins over a short form in the overlaps below.
    // A short form stands for the latest name it ends.
    // Each name said before, simplified once per sentence: the passes below
    // read them all (up to RECENT_NAMES), and simplifying was a tenth of a
    // long text's load.
    let keys: Vec<String> = local.iter().map(|m| simplify(&m.name)).collect();
    let mut claimed: Vec<&str> = Vec::new();
    for (m, key) in local.iter().zip(&keys).rev() {
        // A quoted name is a name where it opens a clause (`quoted_names`
        // finds it there again), not wherever its words come again.
        if lexicon::SHORT_FORMS.contains(&key.as_str()) || m.how == Some(QUOTED_NAME_HOW) {
            continue;
        }
        let short = lexicon::SHORT_FORMS
            .iter()
            .find(|t| key.ends_with(*t) && key.len() > t.len() && !claimed.contains(t));
        if let Some(t) = short {
            claimed.push(t);
        }
        for form in std::iter::once(key.as_str()).chain(short.copied()) {
            for (p, _) in norm.match_indices(form) {
                all.push(m.said_at(
                    p,
                    p + form.len(),
                    sentence,
                    (form != key.as_str()).then_some("said short for the name said before"),
                ));
            }
        }
        // 买买提 after 采棉机手买买提·吐尔逊: one of the people named by the
        // part of their name before the dot.
        let given = (m.how == Some(ONE_OF_THE_PEOPLE))
            .then(|| key.split_once(['·', '•', '・']))
            .flatten()
            .map(|(g, _)| g)
            .filter(|g| g.chars().count() >= 2);
        if let Some(g) = given {
            for (p, _) in norm.match_indices(g) {
                if !norm[p..].starts_with(key.as_str()) {
                    all.push(m.said_at(p, p + g.len(), sentence, Some(ONE_OF_THE_PEOPLE)));
                }
            }
        }
    }
    // A clause opening with the ending of a name said before (景区总面积…,
    // 基地一期已建成…, 二期工程建成后…) speaks of that name: the latest one
    // with that ending. Only at a clause's start, where news uses it as the
    // subject; elsewhere 基地 or 工程 is an ordinary word.
    let mut claimed_ending: Vec<&str> = Vec::new();
    // A company the document opens with (an announcement's issuer, a
    // report's company in its headline) is what 公司 at a clause's start
    // says, not the latest company named (its subsidiary, a partner).
    let issuer = local
        .first()
        .filter(|m| m.sentence <= 2 && keys[0].ends_with("公司"));
    // 对上市公司当期业绩的影响: in a listed company's announcement, 上市公司
    // is the company that announces.
    if let Some(i) = issuer {
        let word = "上市公司";
        all.retain(|m| m.name != word);
        for (p, _) in norm.match_indices(word) {
            all.push(i.said_at(
                p,
                p + word.len(),
                sentence,
                Some("上市公司 in an announcement: the company the document opens with"),
            ));
        }
    }
    let order = issuer.map(|_| 0).into_iter().chain(
        (0..local.len())
            .rev()
            .filter(|&i| issuer.is_none() || i != 0),
    );
    for i in order {
        let (m, key) = (&local[i], &keys[i]);
        // Every ending of the name (风景区 and 景区).
        let endings: Vec<&str> = shortenable_endings()
            .iter()
            .copied()
            .filter(|e| key.ends_with(e) && key.len() > e.len() && !claimed_ending.contains(e))
            .collect();
        claimed_ending.extend(&endings);
        for (p, ending) in endings
            .iter()
            .flat_map(|e| norm.match_indices(*e).map(move |(p, _)| (p, *e)))
        {
            let mut start = p;
            // A phase before the ending is part of it (二期工程).
            if let Some(phase) = lexicon::PHASES.iter().find(|ph| norm[..p].ends_with(**ph)) {
                start = p - phase.len();
            }
            // 其中小学学位2700个: after 其中 the ending names a kind of
            // the things counted, not the name said before.
            if !at_clause_start(norm, start) || norm[..start].ends_with("其中") {
                continue;
            }
            // 设置特大桥、大桥41座: an item of a list counted right after it
            // is a kind of thing, not the name said before.
            let end = p + ending.len();
            if norm[..start].ends_with('、') && values.iter().any(|&(a, _)| a == end) {
                continue;
            }
            let issuers = issuer.is_some_and(|i| std::ptr::eq(m, i));
            all.push(m.said_at(
                start,
                p + ending.len(),
                sentence,
                Some(if issuers {
                    "a clause opening with 公司: the company the document opens with"
                } else {
                    "a clause opening with the ending of a name said before: that name"
                }),
            ));
        }
    }
    // 一期工程总投资…, 二期工程计划…: a clause opening with a phase of a
    // project that no name said before holds speaks of that phase, a part
    // of its own: not the project said whole, nor the headline's other
    // phase (…接收站二期工程 in the headline, 一期工程 in the body).
    // Not where two projects were said with phases of their own (甲三期项目,
    // 乙二期项目): whose 一期 it is, the text does not say. A name and its
    // short form (甲接收站二期工程, 甲站二期工程) say one phase.
    let bare_phase = |n: &str| {
        lexicon::PHASES.iter().any(|ph| {
            n.strip_prefix(ph)
                .is_some_and(|r| r == "工程" || r == "项目")
        })
    };
    let mut phased: Vec<&str> = local
        .iter()
        .map(|m| m.name.as_str())
        .filter(|n| !bare_phase(n))
        .filter_map(|n| {
            let at = lexicon::PHASES.iter().filter_map(|ph| n.find(ph)).min()?;
            Some(&n[at..])
        })
        .collect();
    phased.sort_unstable();
    phased.dedup();
    let of_a_project = phased.len() <= 1
        && local.iter().any(|m| {
            ["工程", "项目"].iter().any(|e| m.name.ends_with(e))
                || lexicon::PHASES.iter().any(|ph| m.name.contains(ph))
        });
    for phase in lexicon::PHASES.iter().filter(|_| of_a_project) {
        if local.iter().any(|m| m.name.contains(phase)) {
            continue;
        }
        for ending in ["工程", "项目"] {
            let word = format!("{phase}{ending}");
            for (start, _) in norm.match_indices(word.as_str()) {
                let end = start + word.len();
                if !at_clause_start(norm, start) || norm[..start].ends_with("其中") {
                    continue;
                }
                all.retain(|x| !(x.start == start && x.end == end));
                all.push(Mention {
                    start,
                    end,
                    name: word.clone(),
                    new_kind: Some("project".to_string()),
                    sentence,
                    how: Some(
                        "a clause opening with a phase no name said before holds: that phase",
                    ),
                });
            }
        }
    }
    // A district, county or city said without its ending at a clause's
    // start (新城接待游客… for 新城区, 北镇今年… for 北镇市): that place;
    // so is an autonomous region (西藏 for 西藏自治区).
    for (m, key) in local.iter().zip(&keys).rev() {
        let Some(stem) = key
            .strip_suffix("自治区")
            .or_else(|| key.strip_suffix(['区', '县', '市']))
            .filter(|s| s.chars().count() >= 2)
        else {
            continue;
        };
        if !m
            .new_kind
            .as_deref()
            .is_some_and(|k| PLACE_KINDS.contains(&k))
        {
            continue;
        }
        for (p, _) in norm.match_indices(stem) {
            let next = norm[p + stem.len()..].chars().next();
            // Not the full name again, nor a longer word (新城镇), nor
            // the prefecture named after the city (恩施州).
            if at_clause_start(norm, p)
                && next.is_some_and(|c| {
                    c != '州' && !lexicon::PLACE_SUFFIXES.iter().any(|(s, _)| *s == c)
                })
            {
                all.push(m.said_at(p, p + stem.len(), sentence, Some("a place said without its ending at a clause's start: the place said before")));
            }
        }
    }
    // 酉阳县 for 酉阳土家族苗族自治县: a county or banner named for its
    // peoples said by its stem and its level.
    for (m, key) in local.iter().zip(&keys).rev() {
        let Some((stem, level)) = autonomous_stem(key).filter(|(_, l)| *l != '州') else {
            continue;
        };
        let form = format!("{stem}{level}");
        for (p, _) in norm.match_indices(&form) {
            all.push(m.said_at(
                p,
                p + form.len(),
                sentence,
                Some("a place named for its peoples said short, its stem and its level"),
            ));
        }
    }
    // 恩施州 for 恩施土家族苗族自治州: a prefecture said by the first two
    // or three characters of its name and 州.
    for (m, key) in local
        .iter()
        .zip(&keys)
        .rev()
        .filter(|(m, _)| m.name.ends_with("自治州"))
    {
        let Some(k) = key.strip_suffix("自治州").map(str::to_string) else {
            continue;
        };
        for n in [2, 3] {
            let Some(cut) = k.char_indices().nth(n).map(|(i, _)| i) else {
                continue;
            };
            let form = format!("{}州", &k[..cut]);
            for (p, _) in norm.match_indices(&form) {
                all.push(m.said_at(
                    p,
                    p + form.len(),
                    sentence,
                    Some("a prefecture said short, its first characters and 州"),
                ));
            }
        }
    }
    // 县人民医院 after 开化县: a hospital or school said with the level of
    // the place said before (县, 市, 区) is a name (the place's, said short).
    for level in ['县', '市', '区'] {
        // A place of that level said before, alone or opening a name
        // (青石县, 青石县医疗项目).
        if !local
            .iter()
            .rev()
            .any(|l| l.name.chars().skip(2).take(3).any(|c| c == level))
        {
            continue;
        }
        for (p, _) in norm.match_indices(level) {
            if !at_clause_start(norm, p) && !norm[..p].ends_with(['、', '和', '及']) {
                continue;
            }
            let rest = &norm[p + level.len_utf8()..];
            let Some((ending, kind)) = name_suffixes()
                .filter(|(_, k)| *k == "institution")
                .filter_map(|(e, k)| rest.find(e).map(|at| (at + e.len(), *k)))
                .min()
            else {
                continue;
            };
            let inner = &rest[..ending];
            if !(3..=6).contains(&inner.chars().count())
                || !inner
                    .chars()
                    .all(|c| is_han(c) && !lexicon::NAME_STOPS.contains(c))
            {
                continue;
            }
            // The name is the place's when the text says it whole too:
            // 县人民医院 after 临泉县 is 临泉县人民医院, said whole (if only
            // opening a longer name: 临泉县人民医院新院区), one entity. The
            // place is the latest of that level said before. Said short
            // only, the text's name stays (no alias: every county has its
            // 县人民医院).
            let short = &norm[p..p + level.len_utf8() + ending];
            let name = local
                .iter()
                .rev()
                .find_map(|l| {
                    let (at, _) = l
                        .name
                        .char_indices()
                        .skip(2)
                        .take(3)
                        .find(|&(_, c)| c == level)?;
                    let stem = &l.name[..at];
                    whole.says(stem, short).then(|| format!("{stem}{short}"))
                })
                .unwrap_or_else(|| short.to_string());
            all.push(Mention {
                start: p,
                end: p + level.len_utf8() + ending,
                name,
                new_kind: Some(kind.to_string()),
                sentence,
                how: Some("a hospital or school said with the level of the place said before (县人民医院): that place's"),
            });
        }
    }
    // A bare short form (示范区) is the full name said before, not a new
    // entity of its own.
    all.retain(|m| {
        let key = simplify(&m.name);
        !(m.new_kind.is_some()
            && lexicon::SHORT_FORMS.contains(&key.as_str())
            && keys
                .iter()
                .any(|full| full.len() > key.len() && full.ends_with(&key)))
    });
    // 从贵安新区, 目前贵安新区数据中心, 辖内大瑶支行: a preposition, a
    // time word or 辖内 glued to the front of a name found by its ending
    // is no part of it.
    for m in &mut all {
        if m.new_kind.is_none() || m.new_kind.as_deref() == Some("person") {
            continue;
        }
        // 近年来章贡区法院: 来 closes the time word, before 近年 is tried.
        let lead = ["近年来", "多年来"]
            .into_iter()
            .chain(lexicon::TIME_WORDS.iter().copied())
            .chain(lexicon::LEADING_PERIODS.iter().copied())
            .chain([
                // 被告单位甲公司: the role the court gives the company.
                "被告单位",
                "从",
                "自",
                "辖内",
                "旗下",
                "共有",
                "现有",
                "拥有",
                "本报讯",
                "报讯",
                // 下一步荣成市将…: what comes next, said by whoever speaks.
                "下一步",
                // 较老院区新增床位…: the base of a comparison.
                "较",
                "接下来",
                "今后",
                "明年",
                "此外",
                // 项目由甲公司投资建设: the thing built and 由 before its
                // builder are the clause's, not the builder's name.
                "该项目由",
                "本项目由",
                "项目由",
                "工程由",
                // 东道主乙市代表团: the role a place plays, not its name.
                "东道主",
                "主办方",
                "承办方",
            ])
            // 三是丙基地二期…: the mark of a reason or a task listed (一是,
            // 二是 …) opens the clause, not the name.
            .chain([
                "一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是",
            ])
            .find(|w| {
                // 一季度新区: a period before a short form of two
                // characters (the name said before stands behind it).
                let least = if lexicon::LEADING_PERIODS.contains(w) {
                    2
                } else {
                    3
                };
                m.name.starts_with(w) && m.name[w.len()..].chars().count() >= least
            });
        // 自贡航空产业园 after 自贡市: the stem of a place said before
        // opens the name; its first character is no preposition.
        let stem_opens = |name: &str| {
            place_stem_said(local, |stem| name.starts_with(stem))
                || dateline.is_some_and(|d| name.starts_with(d))
        };
        if let Some(w) = lead.filter(|_| !stem_opens(&m.name)) {
            m.start += w.len();
            m.name = m.name[w.len()..].to_string();
            m.how = m
                .how
                .or(Some("a time word or preposition glued before it left out"));
        } else if let Some(rest) = m
            .name
            .strip_prefix('至')
            .filter(|r| norm[..m.start].ends_with('、') && r.chars().count() >= 3)
        {
            // 石家庄至大阪、至胡志明市: a route's second end said again with
            // 至 after a list's mark (九阡镇至周覃镇公路 is one name).
            m.start += '至'.len_utf8();
            m.name = rest.to_string();
            m.how = m.how.or(Some("至 opening a route's second end left out"));
        } else if let Some(rest) = after_dateline_mark(norm, m) {
            // 新华社沈阳9月15日电　北镇市…: 电 (讯) closes the dateline.
            m.start += m.name.len() - rest.len();
            m.name = rest;
            m.how = m
                .how
                .or(Some("the 电 or 讯 closing a dateline before it left out"));
        } else if let Some((n, rest)) =
            glued_period(norm, m).and_then(|n| Some((n, m.name.get(n..)?.to_string())))
        {
            // `get`: a short form's name is not its span of the text.
            m.start += n;
            m.name = rest;
            m.how = m.how.or(Some(
                "a period said before it (假期, 期间, 汛期, 10个月) left out: the clause's, not the name's",
            ));
        }
    }
    cut_at_inner_verb(norm, &mut all);
    // 本报讯（记者 王小明）青禾食品股份有限公司: the byline in brackets is
    // the reporter's, no part of the name after it.
    for m in &mut all {
        if m.new_kind.is_none() || m.new_kind.as_deref() == Some("person") {
            continue;
        }
        if let Some(cut) = after_byline(&m.name) {
            m.start += cut;
            m.name = m.name[cut..].to_string();
            m.how = m
                .how
                .or(Some("a byline in brackets before it (（记者…）) left out"));
        }
    }
    // 86万元富民新村, 两公里村: a name walked back into a value before
    // it starts after the value; 其中城乡居民: 中 is 其中's.
    for m in &mut all {
        if m.new_kind.is_none() {
            continue;
        }
        let mut start = m.start;
        if let Some(&(_, vb)) = values.iter().find(|(va, vb)| *va <= start && start < *vb) {
            start = vb;
        }
        if norm[..start].ends_with('其') && norm[start..m.end].starts_with('中') {
            start += '中'.len_utf8();
        }
        if start != m.start {
            m.start = start.min(m.end);
            m.name = norm[m.start..m.end].to_string();
        }
    }
    // 三镇赔款合计…: a count and a level are the places listed before,
    // no place of that name.
    let counted_places = |name: &str| {
        let mut c = name.chars();
        matches!((c.next(), c.next(), c.next()), (Some(n), Some(l), None)
            if "两二三四五六七八九十".contains(n) && "省市县区镇乡村".contains(l))
    };
    // 东盟 is ASEAN, not a league (盟) of Inner Mongolia.
    let asean =
        |m: &Mention| m.name.ends_with("东盟") && m.new_kind.as_deref() == Some("prefecture");
    all.retain(|m| {
        m.new_kind.is_none() || {
            let n = m.name.chars().count();
            n >= 2
                && !lexicon::GENERIC_PLACES.contains(&m.name.as_str())
                && !counted_places(&m.name)
                && !asean(m)
                && !holds_a_having_verb(&m.name)
        }
    });
    split_joined_by_he_county(norm, &words, &mut all);
    common_words_as_places(norm, &words, local, &mut all);
    // 大同市住房和城乡建设局, 腾冲市文化和旅游局: an office whose name
    // joins two trades with 和 is named from its place.
    let office_places = if all.iter().any(|m| {
        m.new_kind.is_some()
            && norm[..m.start].ends_with('和')
            && m.name.ends_with(['局', '厅', '委'])
    }) {
        find_places(norm)
    } else {
        Vec::new()
    };
    for m in &mut all {
        if m.new_kind.is_none()
            || !norm[..m.start].ends_with('和')
            || !m.name.ends_with(['局', '厅', '委'])
        {
            continue;
        }
        let and_at = m.start - '和'.len_utf8();
        let place = office_places.iter().rfind(|p| {
            p.end <= and_at && {
                let trade = &norm[p.end..and_at];
                (1..=4).contains(&trade.chars().count())
                    && trade
                        .chars()
                        .all(|c| is_han(c) && !lexicon::NAME_STOPS.contains(c))
            }
        });
        if let Some(p) = place {
            m.start = p.start;
            m.name = norm[m.start..m.end].to_string();
        }
    }
    // 浙江某某物流有限公司码头: the company's wharf, said as where the
    // company works; the values that follow are the company's.
    // X有限公司Y超级工厂: the company and its plant, two names; the plant
    // is a thing of its own (a name with its own ending after the legal
    // one, three characters or more).
    let mut plants = Vec::new();
    for m in &mut all {
        if m.new_kind.as_deref().is_none_or(|k| k == "person") {
            continue;
        }
        if let Some(p) = m.name.find("有限公司") {
            let end = p + "有限公司".len();
            let rest = &m.name[end..];
            // X有限公司建成高产示范基地: the clause's verb after the company
            // ends its name; what it built is no part of it.
            let verb_after = lexicon::NAME_VERBS.iter().any(|v| rest.starts_with(v));
            if !rest.is_empty()
                && (rest.chars().count() <= 3 || verb_after)
                && !rest.contains(['（', '('])
            {
                m.end = m.start + end;
                m.name.truncate(end);
                m.new_kind = Some("enterprise".to_string());
            } else if let Some((ending, kind)) = name_suffixes()
                .filter(|(_, k)| matches!(*k, "plant" | "facility" | "project" | "park"))
                .find(|(e, _)| {
                    // 有限公司二期项目 is the company's project's phase,
                    // said with the company: one name.
                    rest.ends_with(e)
                        && rest.chars().count() >= e.chars().count() + 2
                        && !lexicon::PHASES.iter().any(|ph| rest.starts_with(ph))
                })
            {
                let whole = m.end;
                // X有限公司整车基地: a plant said only by common nouns
                // is the company's, named whole; a name of its own
                // (滨江超级工厂) needs a proper noun before its ending.
                let stem = (m.start + end, whole - ending.len());
                if !proper_noun_in(&words, stem) {
                    m.new_kind = Some(kind.to_string());
                    m.how = Some(
                        "a plant said by common nouns after its company's legal name: named whole",
                    );
                    continue;
                }
                m.end = m.start + end;
                m.name.truncate(end);
                m.new_kind = Some("enterprise".to_string());
                plants.push(Mention {
                    start: m.end,
                    end: whole,
                    name: norm[m.end..whole].to_string(),
                    new_kind: Some(kind.to_string()),
                    sentence,
                    how: Some(
                        "named after its company's legal name (X有限公司Y工厂): a thing of its own",
                    ),
                });
            }
        }
    }
    all.extend(plants);
    // Names that are known already, found by their endings, are the known
    // entity.
    for m in &mut all {
        if m.new_kind.is_some() {
            if let Some(c) = known.canonical(&m.name) {
                m.name = c.clone();
                m.new_kind = None;
            }
        }
    }
    for m in &mut all {
        m.sentence = sentence;
    }
    // Of names said with the same words, the fullest (示范区 said for
    // “双凌”协同发展示范区 is that zone, not a zone named 示范区).
    all.sort_by_key(|m| {
        (
            std::cmp::Reverse(m.end - m.start),
            m.new_kind.is_some(),
            std::cmp::Reverse(m.name.len()),
            m.start,
        )
    });
    let mut chosen: Vec<Mention> = Vec::new();
    for m in all {
        if chosen.iter().all(|c| m.end <= c.start || m.start >= c.end) {
            chosen.push(m);
        }
    }
    chosen.retain(|m| !is_category(norm, m) && !scale_modifier(norm, m));
    chosen.sort_by_key(|m| m.start);
    let described: Vec<usize> = chosen
        .windows(2)
        .filter(|w| described_by_dash(norm, &w[0], &w[1]))
        .map(|w| w[0].start)
        .collect();
    chosen.retain(|m| !described.contains(&m.start));
    enterprises_named_by_place(norm, known, sentence, &mut chosen);
    chosen.sort_by_key(|m| m.start);
    chosen
}

/// 今年以来，市区累计出让住宅用地21宗: 市区 opening the sentence, after
/// its period only, is the city the text is about, as 全市 is (not the plot
/// or firm the sentence before ended on); where it opens it, when so.
fn city_said_whole(norm: &str) -> Option<usize> {
    let p = norm.find("市区")?;
    let period = norm[..p]
        .chars()
        .all(|c| is_numeral_char(c) || "今年去月日份以来至到初底前截上下半季度，、".contains(c));
    let rest = &norm[p + "市区".len()..];
    (period
        && !rest.starts_with([
            '内', '外', '的', '道', '路', '范', '周', '中', '东', '西', '南', '北',
        ]))
    .then_some(p)
}

/// Trades a province's or city's enterprise is named by after the place
/// (重庆电网, 浙江移动): the place and the trade together name the
/// enterprise.
const PLACE_TRADES: &[&str] = &[
    "电网", "移动", "联通", "电信", "烟草", "邮政", "水务", "燃气",
];

/// Words that make a trade's word part of a longer one after a place
/// (上海移动支付, 广东电信诈骗, 云南烟草种植): the place's, no enterprise.
const TRADE_WORDS_GOING_ON: &[&str] = &[
    "支付",
    "互联网",
    "端",
    "应用",
    "办公",
    "政务",
    "医疗",
    "诈骗",
    "种植",
    "产业",
    "行业",
    "种",
    "编码",
    "通信",
];

/// Whether a trade's word said at `at` is the trade (重庆电网最高负荷), not
/// the head of a longer word (上海移动支付).
fn trade_said_at(norm: &str, at: usize, trade: &str) -> bool {
    norm[at..].starts_with(trade)
        && !TRADE_WORDS_GOING_ON
            .iter()
            .any(|w| norm[at + trade.len()..].starts_with(w))
}

/// 重庆电网最高负荷3120万千瓦: a place followed by a trade
/// ([`PLACE_TRADES`]) is the enterprise they name, whose figures are not
/// the place's.
fn enterprises_named_by_place(norm: &str, known: &Known, sentence: u32, chosen: &mut Vec<Mention>) {
    if !PLACE_TRADES.iter().any(|t| norm.contains(t)) {
        return;
    }
    // A province said short before the trade (浙江电网) that no name found
    // here covers.
    // Found from the trade's words the sentence has, not by trying every
    // province with every trade.
    let mut more = Vec::new();
    for trade in PLACE_TRADES {
        for (at, _) in norm.match_indices(trade) {
            if !trade_said_at(norm, at, trade) {
                continue;
            }
            let end = at + trade.len();
            for (short, _) in province_level_places().filter(|(s, _)| norm[..at].ends_with(s)) {
                let p = at - short.len();
                if chosen.iter().all(|m| m.end <= p || m.start >= end) {
                    more.push(Mention {
                        start: p,
                        end,
                        name: norm[p..end].to_string(),
                        new_kind: Some("enterprise".to_string()),
                        sentence,
                        how: Some("a place and a trade (重庆电网): the enterprise they name"),
                    });
                }
            }
        }
    }
    chosen.extend(more);
    chosen.sort_by_key(|m| m.start);
    let starts: Vec<usize> = chosen.iter().map(|m| m.start).collect();
    for (k, m) in chosen.iter_mut().enumerate() {
        let place = m
            .new_kind
            .as_deref()
            .or_else(|| known.entry(&m.name).map(|(_, k)| k))
            .is_some_and(|k| PLACE_KINDS.contains(&k));
        let Some(trade) = PLACE_TRADES
            .iter()
            .find(|t| trade_said_at(norm, m.end, t))
            .filter(|_| place)
        else {
            continue;
        };
        let end = m.end + trade.len();
        if starts.get(k + 1).is_some_and(|&next| next < end) {
            continue;
        }
        m.end = end;
        m.name = norm[m.start..end].to_string();
        m.new_kind = Some("enterprise".to_string());
        m.how = Some("a place and a trade (重庆电网): the enterprise they name");
    }
}

/// 某高速公路控制性工程——某某隧道: a description, a dash, then the name
/// of what it describes; the name after the dash is the thing, the one
/// before only says what it is. Places joined by a dash are a route
/// (甲市——乙市), both named.
fn described_by_dash(norm: &str, m: &Mention, next: &Mention) -> bool {
    let between = norm[m.end..next.start].trim();
    let place = |m: &Mention| {
        m.new_kind
            .as_deref()
            .is_some_and(|k| PLACE_KINDS.contains(&k))
    };
    matches!(between, "——" | "—" | "——“" | "—“")
        && m.new_kind.is_some()
        && !place(m)
        && !place(next)
}

/// 海南州千万千瓦级新能源基地…: a place said before a scale (a number and
/// 级) is where the thing of that scale stands, said as part of its name,
/// not what the clause's values are of.
fn scale_modifier(norm: &str, m: &Mention) -> bool {
    let after = &norm[m.end..];
    after.chars().next().is_some_and(is_numeral_char)
        && m.new_kind
            .as_deref()
            .is_none_or(|k| PLACE_KINDS.contains(&k))
        && after
            .chars()
            .take(8)
            .take_while(|c| !SMALL_MARKS.contains(*c))
            .any(|c| c == '级')
}

/// X医院医技楼和县中医院迁建工程: jieba reads 和县 as a county; the 和
/// joins two names, the second of the county (县中医院…). The first is a
/// name of its own when a place opens it.
fn split_joined_by_he_county(norm: &str, words: &[segment::Word<'_>], all: &mut Vec<Mention>) {
    let mut firsts = Vec::new();
    // Places right before a name (青石县|人民医院…): the first name opens
    // with them.
    let places: Vec<(usize, usize)> = all
        .iter()
        .filter(|m| {
            m.new_kind
                .as_deref()
                .is_some_and(|k| PLACE_KINDS.contains(&k))
        })
        .map(|m| (m.start, m.end))
        .collect();
    for m in all.iter_mut() {
        if m.new_kind
            .as_deref()
            .is_none_or(|k| k == "person" || PLACE_KINDS.contains(&k))
            || norm.get(m.start..m.end) != Some(m.name.as_str())
        {
            continue;
        }
        let joined = words.iter().find(|t| {
            t.start > m.start
                && t.end < m.end
                && t.tag == "ns"
                && t.end - t.start == 6
                && norm[t.start..].starts_with('和')
                && norm[t.start + 3..]
                    .starts_with(|c: char| lexicon::PLACE_SUFFIXES.iter().any(|(s, _)| *s == c))
        });
        let Some(and_at) = joined.map(|t| t.start) else {
            continue;
        };
        let from = places
            .iter()
            .find(|(_, e)| *e == m.start)
            .map_or(m.start, |(b, _)| *b);
        let first = &norm[from..and_at];
        let opens_with_place = find_places(first).first().is_some_and(|p| p.start == 0);
        if first.chars().count() >= 5 && opens_with_place {
            firsts.push(Mention {
                start: from,
                end: and_at,
                name: first.to_string(),
                new_kind: m.new_kind.clone(),
                sentence: m.sentence,
                how: Some("the first of two names joined by 和 (A和县B)"),
            });
        }
        m.start = and_at + '和'.len_utf8();
        m.name = norm[m.start..m.end].to_string();
        m.how = Some("the second of two names joined by 和 (A和县B)");
    }
    all.extend(firsts);
}

/// Places found by their ending that jieba reads as common words: a
/// common noun (港区, 灌区) is the name said before that it ends, else no
/// name; a verb or adverb opening it (已建成区, 开通城乡) or an ending
/// inside a longer word (新改建县|乡道, 力争村|均) makes no place. A name
/// said before with one character glued in front (经|营口港) is that name.
fn common_words_as_places(
    norm: &str,
    words: &[segment::Word<'_>],
    local: &[Mention],
    all: &mut Vec<Mention>,
) {
    // The names said earlier in this sentence, too.
    let said: Vec<(usize, String, Option<String>)> = all
        .iter()
        .map(|m| (m.end, m.name.clone(), m.new_kind.clone()))
        .collect();
    all.retain_mut(|m| {
        if m.new_kind.is_none() || norm.get(m.start..m.end) != Some(m.name.as_str()) {
            return true;
        }
        // 经营口港 (a place, or a person to jieba): the name said before,
        // the character before it left out.
        let first = m.name.chars().next().map_or(0, char::len_utf8);
        let before = local
            .iter()
            .rev()
            .map(|l| (&l.name, &l.new_kind))
            .chain(
                said.iter()
                    .filter(|(end, ..)| *end <= m.start)
                    .map(|(_, n, k)| (n, k)),
            )
            .find(|(n, _)| **n == m.name[first..] && n.chars().count() >= 3);
        if let Some((name, kind)) = before {
            m.start += first;
            m.name = name.clone();
            m.new_kind = kind.clone();
            m.how = Some("a name said before, with a character glued before it left out");
            return true;
        }
        if !m
            .new_kind
            .as_deref()
            .is_some_and(|k| PLACE_KINDS.contains(&k))
        {
            return true;
        }
        let mut inside: Vec<&segment::Word<'_>> = words
            .iter()
            .filter(|w| w.start < m.end && w.end > m.start)
            .collect();
        // 秋浇结束后|灌区: a locative (后, 前, 内) closes a phrase of time or
        // place before the common noun ending the name; the name is the
        // noun alone.
        if let [.., f, n] = inside.as_slice() {
            if f.tag == "f"
                && f.start > m.start
                && n.start == f.end
                && n.end == m.end
                && matches!(n.tag, "n" | "vn")
                && n.word.chars().count() == 2
            {
                m.start = n.start;
                m.name = n.word.to_string();
                inside = vec![*n];
            }
        }
        if inside
            .iter()
            .any(|w| w.end <= m.end && matches!(w.tag, "ns" | "nr" | "nrt" | "nrfg"))
        {
            return true;
        }
        // Only an area (港区, 灌区): a county or town of two characters
        // (义县, 甲县) is a name even when jieba does not know it.
        let single_common = m.name.chars().count() == 2
            && m.name.ends_with('区')
            && matches!(inside.as_slice(), [w] if w.start == m.start
                && w.end == m.end && matches!(w.tag, "n" | "vn"));
        if single_common {
            // Inside the name (X灌区续建工程) only where a clause opens
            // with it, as its subject.
            let opens = at_clause_start(norm, m.start);
            let Some(l) = local.iter().rev().find(|l| {
                let key = simplify(&l.name);
                key.len() > m.name.len()
                    && (key.ends_with(&m.name) || opens && key.contains(&m.name))
            }) else {
                return false;
            };
            m.name = l.name.clone();
            m.new_kind = l.new_kind.clone();
            m.how = Some(
                "a common noun ending a name said before, or inside it opening a clause \
                 (港区 for X港区): that name",
            );
            return true;
        }
        // 小有名气的民宿村, 的安置村: after 的, a common noun and the ending
        // describe what kind of place something is, not which.
        let stem_words = inside
            .iter()
            .filter(|w| w.end < m.end || w.start == m.start);
        let described = after_de(norm, m.start)
            && m.name.chars().count() >= 3
            && stem_words.clone().count() > 0
            && stem_words
                .clone()
                .all(|w| matches!(w.tag, "n" | "vn" | "v" | "a" | "b" | "l" | "i"));
        // 环村游步道: a village of one character jieba reads as a common
        // word (or glues to the noun after it) is a word, not a name.
        let glued = m.name.chars().count() == 2
            && m.name.ends_with('村')
            && matches!(inside.as_slice(), [w] if w.start == m.start
                && w.end >= m.end && matches!(w.tag, "n" | "vn" | "v"))
            && norm[m.end..].chars().next().is_some_and(is_han);
        // 过去县里的病人: a word of time before the ending (县 of 县里)
        // says when, no place's stem.
        let no_stem = matches!(inside.as_slice(), [t, l] if t.start == m.start
            && t.end < m.end
            && l.start < m.end
            && t.tag == "t"
            && t.word.chars().count() >= 2);
        if described || glued || no_stem {
            return false;
        }
        // 县乡, 村均: the ending opens a word of levels or a per-unit
        // average running on past the name.
        let levels = inside.iter().any(|w| {
            w.start + m.name.len() >= m.end + 3
                && w.end > m.end
                && w.start < m.end
                && norm[w.start..w.end].chars().count() == 2
                && norm[w.start..w.end].chars().all(|c| {
                    "均级".contains(c) || lexicon::PLACE_SUFFIXES.iter().any(|(s, _)| *s == c)
                })
        });
        // 已|建成区, 开通|城乡, 继续|保持|关区: adverbs, or verbs of two
        // characters, before a common noun that ends where the name does.
        let verb_first = match inside.as_slice() {
            [v, .., n] => {
                v.start == m.start
                    && n.end == m.end
                    && inside[..inside.len() - 1].iter().all(|v| {
                        matches!(v.tag, "d" | "ad" | "p" | "c")
                            || matches!(v.tag, "v" | "vd") && v.end - v.start >= 6
                    })
                    && matches!(n.tag, "n" | "vn")
                    && n.end - n.start >= 6
            }
            _ => false,
        };
        !(levels || verb_first)
    });
}

/// Whether 的 (and an opening quote) comes right before `at`: what
/// follows describes (远近闻名的“空心村”).
fn after_de(norm: &str, at: usize) -> bool {
    let before = &norm[..at];
    before
        .strip_suffix(['“', '"', '「'])
        .unwrap_or(before)
        .ends_with('的')
}

/// 海宁、桐乡两地…, 甲、乙和丙三县…: the items of a list the text itself
/// counts as places are places, said without their endings.
fn listed_places(norm: &str) -> Vec<Mention> {
    let mut out = Vec::new();
    for (n, w) in [(2, "两"), (3, "三"), (4, "四")] {
        for level in ["地", "县", "市", "区", "镇", "乡"] {
            let cue = format!("{w}{level}");
            for (at, _) in norm.match_indices(&cue) {
                let cs = norm[..at]
                    .char_indices()
                    .rev()
                    .find(|(_, c)| "，,；;：:。！？!?（）()".contains(*c))
                    .map_or(0, |(i, c)| i + c.len_utf8());
                let items: Vec<(usize, &str)> = {
                    let mut v = Vec::new();
                    let mut start = cs;
                    for (i, c) in norm[cs..at].char_indices() {
                        if matches!(c, '、' | '和' | '及') {
                            v.push((start, &norm[start..cs + i]));
                            start = cs + i + c.len_utf8();
                        }
                    }
                    v.push((start, &norm[start..at]));
                    if let Some(first) = v.first_mut() {
                        let skip = list_opening(first.1);
                        *first = (first.0 + skip, &first.1[skip..]);
                    }
                    v
                };
                let ok = items.len() == n
                    && items.iter().all(|(_, t)| {
                        (2..=4).contains(&t.chars().count())
                            && t.chars()
                                .all(|c| is_han(c) && !lexicon::NAME_STOPS.contains(c))
                    });
                if !ok {
                    continue;
                }
                for (start, t) in items {
                    out.push(Mention {
                        start,
                        end: start + t.len(),
                        name: t.to_string(),
                        new_kind: Some("region".to_string()),
                        sentence: 0,
                        how: Some(LISTED_PLACE_WHY),
                    });
                }
            }
        }
    }
    out
}

const LISTED_PLACE_WHY: &str = "a place a list counts (甲、乙两县), said without its ending";

/// A kind of thing, not a name: one of a rank (国家级海洋牧场示范区, 省级
/// 园区), or projects and zones counted right after the words
/// (锂电材料项目9个, 示范区12处).
fn is_category(norm: &str, m: &Mention) -> bool {
    if m.new_kind.as_deref() == Some("person") {
        return false;
    }
    if norm[..m.start].ends_with('级') {
        return true;
    }
    let generic_end = ["项目", "区", "园", "基地", "中心", "工程"]
        .iter()
        .any(|e| m.name.ends_with(e));
    let rest = &norm[m.end..];
    let digits = rest
        .chars()
        .take_while(|c| {
            c.is_ascii_digit() || *c == '.' || "一二两三四五六七八九十百千万".contains(*c)
        })
        .count();
    // 该镇已建成光伏治沙项目500兆瓦, 划定草畜平衡区792万亩: what a verb
    // made, measured right after: the amount is of the one who made it.
    let made = m.new_kind.is_some()
        && digits > 0
        && [
            "建成", "新建", "建设", "实施", "划定", "落实", "打造", "培育", "种植",
        ]
        .iter()
        .any(|v| norm[..m.start].ends_with(v));
    made || generic_end
        && digits > 0
        && rest
            .chars()
            .nth(digits)
            .is_some_and(|c| "个处家座项所".contains(c))
}

/// Whether `at` opens a clause: the sentence's start or right after a
/// punctuation mark, a time word (目前，今年) between them at most.
fn at_clause_start(norm: &str, at: usize) -> bool {
    let mut before = &norm[..at];
    before = before.strip_suffix("其中").unwrap_or(before);
    // 1至11月百色全社会用电量…, 上半年全区…: the period a report opens
    // its clause with comes before what the clause is about.
    before = strip_opening_period(before);
    for w in lexicon::TIME_WORDS {
        if let Some(b) = before.strip_suffix(w) {
            before = b;
            break;
        }
    }
    before.is_empty() || before.ends_with(|c: char| SMALL_MARKS.contains(c) || c == '\n')
}

/// `before` without the period it ends with: one of
/// `lexicon::LEADING_PERIODS`, or months in numerals (1至11月, 11月份,
/// 10月底).
fn strip_opening_period(before: &str) -> &str {
    if let Some(b) = lexicon::LEADING_PERIODS
        .iter()
        .find_map(|p| before.strip_suffix(p))
    {
        return b;
    }
    let Some(b) = ["月份", "月底", "月末", "月"]
        .iter()
        .find_map(|m| before.strip_suffix(m))
    else {
        return before;
    };
    let span = b.trim_end_matches(|c: char| is_numeral_char(c) || "至到—－-～~".contains(c));
    if b[span.len()..].chars().any(is_numeral_char) {
        span
    } else {
        before
    }
}

/// Clause limits around a span: the text between the nearest
/// punctuation marks before and after it.
fn clause(norm: &str, a: usize, b: usize, marks: &str) -> (usize, usize) {
    let start = norm[..a]
        .char_indices()
        .rev()
        .find(|(_, c)| marks.contains(*c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let end = norm[b..]
        .char_indices()
        .find(|(_, c)| marks.contains(*c))
        .map_or(norm.len(), |(i, _)| b + i);
    (start, end)
}

const SMALL_MARKS: &str = "，,；;、：:（）()。！？!?";

/// Words before a number in its clause that make it something other than
/// a result: 预计 50万吨 is expected, 计划投资 planned, 目标 a target, 资金需求
/// a demand, 估计 an estimate. The nearest one before the number counts.
const MODALITY_CUES: &[(&str, Modality)] = &[
    ("预计", Modality::Expected),
    ("预期", Modality::Expected),
    ("计划", Modality::Planned),
    ("拟", Modality::Planned),
    ("目标", Modality::Target),
    ("需求", Modality::Demand),
    ("估计", Modality::Estimate),
    ("估算", Modality::Estimate),
    ("力争", Modality::Target),
    ("争取", Modality::Target),
];

/// 将 before a verb makes what follows expected (建成后将新增就业岗位600个);
/// before a noun or a number it marks the object (将66万元互助金入股).
const FUTURE_VERBS: &[&str] = &[
    "将新增",
    "将达到",
    "将实现",
    "将建成",
    "将带动",
    "将提供",
    "将形成",
    "将突破",
    "将超过",
    "将增加",
    "将完成",
    "将再",
    "将可",
    // 年出栏肉牛可达1万头: what a plant can do once it runs.
    "可达",
    "可实现",
    "可新增",
    "可带动",
    "可提供",
    "可增加",
];

/// Words that make a number a rate: 每户, 户均 … before it in its clause,
/// or /户 right after it.
const RATE_CUES: &[(&str, Rate)] = &[
    ("每户", Rate::Household),
    ("户均", Rate::Household),
    ("每人", Rate::Person),
    ("人均", Rate::Person),
    ("每年", Rate::Year),
    ("年均", Rate::Year),
    ("每月", Rate::Month),
    ("月均", Rate::Month),
    ("每天", Rate::Day),
    ("每日", Rate::Day),
    ("日均", Rate::Day),
    ("每亩", Rate::Mu),
    ("亩均", Rate::Mu),
    ("每家", Rate::Enterprise),
    ("每村", Rate::Village),
    ("每个村", Rate::Village),
    ("每吨", Rate::Tonne),
    // 对新建温室每栋补贴5000元: an amount for each one counted is a rate,
    // not a total a sum may add.
    ("每栋", Rate::Each),
    ("每座", Rate::Each),
    ("每台", Rate::Each),
    ("每套", Rate::Each),
    ("每辆", Rate::Each),
    ("每头", Rate::Each),
    ("每只", Rate::Each),
    ("每间", Rate::Each),
    ("每所", Rate::Each),
    ("每处", Rate::Each),
    ("每项", Rate::Each),
    ("每个", Rate::Each),
    ("每名", Rate::Person),
    ("每位", Rate::Person),
];

/// The value of the cue nearest the end of `before`. A cue inside a name
/// in quotes (“春锦计划”), a word that only contains it (模拟) or one that
/// owns what follows (目标的) is none.
fn nearest_cue<T: Copy>(before: &str, cues: &[&(&str, T)]) -> Option<T> {
    cues.iter()
        .filter_map(|(w, v)| {
            before
                .match_indices(*w)
                .filter(|(i, _)| {
                    let after = &before[i + w.len()..];
                    let prev = before[..*i].chars().next_back();
                    // 全年目标的55%: a share of the target, done (每天的工资
                    // is still a rate).
                    !after.starts_with(['”', '"', '》', '」', '’'])
                        && (!after.starts_with('的') || w.starts_with('每'))
                        && !matches!(prev, Some('模' | '虚' | '草'))
                })
                .map(|(i, _)| i)
                .last()
                .map(|i| (i, w.len(), *v))
        })
        // Of two cues starting together, the longer (每个村 over 每个).
        .max_by_key(|(i, len, _)| (*i, *len))
        .map(|(_, _, v)| v)
}

/// The modality and rate the words around a number give it.
fn quantity_qualifiers(norm: &str, a: usize, b: usize) -> Qualifiers {
    let (start, end) = clause(norm, a, b, CLAUSE_MARKS);
    let before = &norm[start..a];
    let cues: Vec<_> = MODALITY_CUES.iter().collect();
    let future: Vec<(&str, Modality)> = FUTURE_VERBS
        .iter()
        .map(|w| (*w, Modality::Expected))
        .collect();
    let future: Vec<_> = future.iter().collect();
    // The nearer of the two kinds of cue.
    let modality = match (nearest_cue(before, &cues), nearest_cue(before, &future)) {
        (Some(m), None) => m,
        (None, Some(f)) => f,
        (Some(m), Some(f)) => {
            let last = |ws: &[&str]| ws.iter().filter_map(|w| before.rfind(w)).max();
            let mw: Vec<&str> = MODALITY_CUES.iter().map(|(w, _)| *w).collect();
            if last(FUTURE_VERBS) > last(&mw) {
                f
            } else {
                m
            }
        }
        (None, None) => attributes::colon_modality(norm, a, &cues)
            .or_else(|| attributes::once_built(norm, a))
            .unwrap_or_default(),
    };
    let after = &norm[b..end];
    // 每户每年分红约1000元: per household (a rate of what each one gets)
    // before per year, when a clause gives both.
    let (time, others): (Vec<_>, Vec<_>) = RATE_CUES
        .iter()
        .partition(|(_, r)| matches!(r, Rate::Year | Rate::Month | Rate::Day));
    let per = nearest_cue(before, &others)
        .or_else(|| nearest_cue(before, &time))
        .or_else(|| {
            let unit = after.strip_prefix('/')?;
            RATE_CUES
                .iter()
                .find(|(w, _)| unit.starts_with(w.trim_start_matches('每')))
                .map(|(_, r)| *r)
        });
    Qualifiers {
        modality,
        per,
        as_of: None,
    }
}
const CLAUSE_MARKS: &str = "，,；;：:。！？!?";

/// Nouns naming a limit (债务限额, 支出上限): a value said right after one
/// is that limit, exact, whatever 以内 follows it.
const LIMIT_NOUNS: &[&str] = &["限额", "上限", "限值", "额度"];

/// The attribute a quantity gives its subject, and whether it is a fall
/// (下降3.2%) to be stored negative: the words' choice, refined by what it
/// is per, the rate it changes or the value before it
/// (extract/attributes.rs).
fn quantity_attribute(norm: &str, a: usize, b: usize, q: &Quantity) -> (String, bool) {
    let key = (a, b, q.clone());
    if let Some(known) = SentenceMemo::with(norm, |m| m.attrs.get(&key).cloned()) {
        return known;
    }
    let named = quantity_attribute_anew(norm, a, b, q);
    SentenceMemo::with(norm, |m| m.attrs.insert(key, named.clone()));
    named
}

/// Marks opening a bullet's line (▶2.86万张, ● 68支：…).
const BULLET_MARKS: &[char] = &['▶', '►', '●', '■', '◆', '★', '▲'];

/// A figure heading a bullet, alone on its line (▶2.86万张, then 全市各类
/// 养老床位达到2.86万张) or before a colon (● 68支：本赛季参赛的村队达到
/// 68支): no word of its own says what it is, the text under it does. The
/// attribute the same figure takes where it is said again, in the sentence
/// after the line or after the colon.
fn bullet_figure_attribute(
    norm: &str,
    a: usize,
    b: usize,
    q: &Quantity,
    next: Option<&std::rc::Rc<Sentence>>,
) -> Option<String> {
    let mark = norm[..a].trim();
    if mark.is_empty() || !mark.chars().all(|c| BULLET_MARKS.contains(&c)) {
        return None;
    }
    let rest = norm[b..].trim();
    let (said, from) = if rest.is_empty() {
        (decimal_points(&simplify(&next?.text)), 0)
    } else {
        let body = rest.strip_prefix(['：', ':'])?;
        (norm.to_string(), norm.len() - body.len())
    };
    let (x, y, again) = quantities_in(&said[from..])
        .into_iter()
        .find(|(_, _, r)| r.value == q.value && r.upper == q.upper && r.unit == q.unit)?;
    Some(quantity_attribute(&said, from + x, from + y, &again).0)
}

/// ▶ 起付线：三级医院由1,200元降至1,000元, 报销比例：…: a line opening with
/// a short label and a colon heads what it says and the paragraph under it
/// (round 51). The label.
fn heading_label(line: &str) -> Option<&str> {
    let line = line.trim_start_matches(|c: char| BULLET_MARKS.contains(&c) || c.is_whitespace());
    let (label, _) = line.split_once(['：', ':'])?;
    ((2..=6).contains(&label.chars().count()) && label.chars().all(is_han)).then_some(label)
}

/// The attribute a heading's label names for a figure of `q`'s unit: a
/// word of the lexicon's [[before]] the label ends with (起付线 →
/// deductible for money, 报销比例 → reimbursement_rate for a rate).
fn heading_names(label: &str, q: &Quantity) -> Option<&'static str> {
    let dim = Dim::of(q.unit)?;
    lexicon::before_words()
        .filter(|(w, d, _)| *d == dim && label.ends_with(w))
        .max_by_key(|(w, ..)| w.len())
        .map(|(.., named)| named)
}

/// [`quantity_attribute`] worked out, not remembered.
fn quantity_attribute_anew(norm: &str, a: usize, b: usize, q: &Quantity) -> (String, bool) {
    let (attr, fall) = quantity_attribute_words(norm, a, b, q);
    let attr = attributes::refine(norm, a, b, q, attr);
    (
        attributes::goal_name(norm, a, b, &attr).unwrap_or(attr),
        fall,
    )
}

/// The attribute the words around a quantity give it, and whether it is a
/// fall.
fn quantity_attribute_words(norm: &str, a: usize, b: usize, q: &Quantity) -> (String, bool) {
    let Some(dim) = Dim::of(q.unit) else {
        return ("value".into(), false);
    };
    let (cs, ce) = clause(norm, a, b, SMALL_MARKS);
    let before = &norm[cs..a];
    let after = &norm[b..ce];
    // Looked for only when a trade's name needs it: not once per quantity.
    let annual = || lexicon::ANNUAL.iter().any(|w| norm.contains(w));
    // 每部电梯补助15万元, 单户最高500万元: an amount for each one, not a
    // total.
    let each = dim == Dim::Money && (lexicon::EACH_CUES.iter().any(|w| before.contains(w)));
    let annualize = |attr: &str| -> String {
        if (attr == "trade_value" || attr == "trade_volume") && annual() {
            format!("annual_{attr}")
        } else if attr == "transaction_value" && norm.contains("年交易") {
            // 年交易量…交易额: a year's trade keeps the name it had before
            // 交易额 alone became a transaction value (round 24).
            "annual_trade_value".to_string()
        } else if each && (attr == "amount" || attr == "subsidy") {
            // 每部电梯补助15万元: for each one, whatever the money is.
            "amount_each".to_string()
        } else {
            attr.to_string()
        }
    };
    if dim == Dim::Count {
        return (count_attribute(norm, a, b, q), false);
    }
    // 提高8个百分点, 下降0.3个百分点: a change of a rate, in points.
    if dim == Dim::Percent && (norm[a..b].ends_with("百分点") || norm[a..b].ends_with("千分点"))
    {
        let fall = lexicon::FALLS.iter().any(|f| before.contains(f))
            && !lexicon::FALLS.iter().any(|f| {
                before
                    .rfind(f)
                    .is_some_and(|p| before[p..].contains(['到', '至']))
            });
        // 高于全省0.6个百分点: a gap between two rates; not one against an
        // earlier time (比平日高出30个百分点: a change, round 38).
        // 比 of 占比, 比重 or 比例 compares nothing; 比全省同期 is another
        // place's rate, a gap whatever its time.
        let earlier = before
            .match_indices('比')
            .map(|(p, _)| p)
            .rfind(|p| {
                !before[..*p].ends_with('占')
                    && !before[p + '比'.len_utf8()..].starts_with(['重', '例', '率'])
            })
            .is_some_and(|p| {
                // 与上年相比高1.5个百分点: with 相比, 对比 what is compared
                // with comes before 比.
                let than = if before[..p].ends_with(['相', '对']) {
                    before
                } else {
                    &before[p..]
                };
                ["去年", "上年", "同期", "平时", "平日", "以前", "往年"]
                    .iter()
                    .any(|w| than.contains(w))
                    && !["全国", "全省", "全市", "全区", "全县", "全州"]
                        .iter()
                        .any(|w| than.contains(w))
            });
        // 低于全市平均水平29个百分点, 比在本市同级医院低5个百分点: a gap
        // below the other figure, stored negative.
        let below = ["低于", "慢于"].iter().any(|w| before.contains(w))
            || before.contains(['比', '较'])
                && before
                    .trim_end_matches(['了', '约'])
                    .ends_with(['低', '慢']);
        // 增速比全省平均水平高1.2个百分点: a bare 高/低/快/慢 after 比 compares
        // too (not 提高, 加快: a change; nor against a quarter or month).
        // 同比, 环比 and 占比 compare with nothing named.
        let bare = {
            let said = before.trim_end_matches(['了', '约']);
            said.ends_with(['高', '低', '快', '慢'])
                && !["提高", "降低", "加快", "减慢", "放慢", "偏高", "偏低"]
                    .iter()
                    .any(|w| said.ends_with(w))
                && before
                    .match_indices('比')
                    .map(|(p, _)| p)
                    .next_back()
                    .is_some_and(|p| {
                        !before[..p].ends_with(['占', '同', '环'])
                            && !before[p + '比'.len_utf8()..].starts_with(['重', '例', '率'])
                            && !before[p..].contains(['季', '月'])
                    })
        };
        if !earlier
            && (bare
                || ["高于", "高出", "低于", "快于", "慢于"]
                    .iter()
                    .any(|w| before.contains(w)))
        {
            return ("rate_difference".into(), below);
        }
        return ("rate_change".into(), fall || below);
    }
    // 发明专利授权量翻了一番: a doubling is a rise, its rate of change
    // (round 22), whatever word names the thing before it.
    if dim == Dim::Percent && norm[a..b].starts_with('翻') {
        return ("growth_rate".into(), false);
    }
    // 是去年同期的2.2倍: a level times an earlier one is a rise (round 37).
    if dim == Dim::Percent && norm[a..b].ends_with('倍') && times_an_earlier_level(&norm[..a]) {
        return ("growth_rate".into(), false);
    }
    // The trigger word nearest before the amount.
    let nearest = |before: &str| {
        let mut best: Option<(usize, usize, &'static str, &'static str)> = None;
        for ((word, d, attr), _, p) in lexicon::before_index().find(before) {
            if d != dim {
                continue;
            }
            let end = p + word.len();
            // 比例下降到0.8%, 提高到71.2%: the level reached, not the change.
            let change = attr.starts_with("growth_rate") || lexicon::FALLS.contains(&word);
            if change && before[end..].starts_with(['到', '至']) {
                continue;
            }
            let better = best.is_none_or(|(e, l, _, _)| end > e || (end == e && word.len() > l));
            if better {
                best = Some((end, word.len(), attr, word));
            }
        }
        // 质押融资金额98.6亿元: a generic measure word (金额, 面积) right
        // after a word that names the measure is that word's measure.
        let generic = |b: &(usize, usize, &str, &str)| {
            b.2 == dim.default_attribute() && MEASURE_WORDS.contains(&b.3)
        };
        if let Some((end, len, _, _)) = best.filter(generic) {
            let start = end - len;
            let named = lexicon::before_index()
                .find(before)
                .into_iter()
                .filter(|((w, d, a), _, p)| {
                    *d == dim && p + w.len() == start && *a != dim.default_attribute()
                })
                .max_by_key(|((w, ..), ..)| w.len());
            if let Some(((word, _, named), ..)) = named {
                return Some((end, len, named, word));
            }
        }
        best
    };
    // 其中风电620万千瓦、光伏398万千瓦: a source of power said alone
    // before a capacity is whose capacity it is.
    if let Some(named) = attributes::power_source(dim, before) {
        return (named.into(), false);
    }
    let (ws, _) = clause(norm, a, b, CLAUSE_MARKS);
    if let Some(attr) = listed_measure_in_order(&norm[ws..a], dim) {
        return (annualize(attr), false);
    }
    let mut best = nearest(before);
    // The text `best`'s end indexes: `before`, or the wider clause a list's
    // later item is measured in.
    let mut found_in = before;
    // 回购资金总额：不低于1亿元, 中标金额：约18.76亿元: a value right after a
    // label and its colon is measured as the label says (round 25).
    if best.is_none() && !before.chars().any(is_han_word_char) {
        if let Some(label_end) = norm[..cs]
            .strip_suffix('：')
            .or_else(|| norm[..cs].strip_suffix(':'))
            .map(str::len)
        {
            let (ls, _) = clause(norm, label_end, label_end, SMALL_MARKS);
            let label = &norm[ls..label_end];
            best = nearest(label);
            found_in = label;
        }
    }
    // 起付线方面，一级医院由800元降至600元，三级医院仍为1200元: a value no
    // word of its clause names, in a sentence that opens with its topic
    // (…方面，), is measured as the topic says; not an amount for each one
    // (资金方面，…每台15万元: the topic is what the amounts add up to).
    if best.is_none() && !each {
        if let Some(topic) = sentence_topic(norm, cs) {
            best = nearest(topic);
            found_in = topic;
        }
    }
    // 以五星級酒店的入住率最高，達91.2%; 农村居民收入增速最快，达到8.6%: a
    // value no word of its clause names, right after a clause ranking by a
    // measure (最高, 最快…), is that measure's.
    if best.is_none() && !each {
        if let Some(ranked) = ranked_clause(norm, cs) {
            best = nearest(ranked);
            found_in = ranked;
        }
    }
    // 年产电解液20万吨、隔膜8亿平方米和导电剂3万吨: a later item of a list
    // no word of its own names is measured as the word before the list
    // says (round 13).
    // The word must govern the list: a verb before the first item's noun
    // (年产电解液…), or an item with no noun of its own (1.12万笔、54.3亿元),
    // or 分别; a noun naming the first item (人工造林8.4万亩、封山育林21万亩)
    // names that item alone.
    if best.is_none() && norm[..cs].ends_with('、') {
        let (ws, _) = clause(norm, a, b, CLAUSE_MARKS);
        let wide = &norm[ws..a];
        best = nearest(wide).filter(|&(end, ..)| {
            let own_noun = before.chars().any(is_han);
            // 需用钢材约18万吨、水泥约62万吨: a bound (约, 近, 超…) after the
            // word is the first item's own amount, so the word names that
            // item alone, not a noun the list shares.
            let governs = wide[end..].chars().next().is_some_and(|c| {
                is_han(c) && !is_numeral_char(c) && !LIST_ITEM_BOUNDS.contains(&c)
            });
            !own_noun || governs || wide.contains("分别")
        });
        found_in = wide;
    }
    // 人工造林、封沙育林和退化林修复分别完成6.2万亩; 三镇造林面积位居前三，
    // 分别完成3.1万亩: values handed out by 分别 measure what the list
    // before them says, across its 、 and the clause before.
    if best.is_none() && before.contains("分别") {
        let (ws, _) = clause(norm, a, b, CLAUSE_MARKS);
        best = nearest(&norm[ws..a]).or_else(|| {
            let prev = norm[..ws].char_indices().next_back()?.0;
            let (ps, _) = clause(norm, prev, prev, CLAUSE_MARKS);
            nearest(&norm[ps..prev])
        });
        if let Some((_, _, attr, word)) = best {
            let fall = lexicon::FALLS.iter().any(|f| word.contains(f))
                && (attr.starts_with("growth_rate") || attr.ends_with("_change"));
            return (annualize(attr), fall);
        }
    }
    if let Some((end, _, attr, word)) = best {
        // 削减洪峰流量约35%: a share of the verb's object cut, positive.
        if let Some(named) = attributes::reduction(dim, word, &found_in[end..]) {
            return (named.into(), false);
        }
        // 投入生态治理资金38.2亿元: funds put in are an investment.
        if attr == "funding" && ["投入", "投资"].iter().any(|v| found_in[..end].contains(v)) {
            return ("investment".into(), false);
        }
        // 减少38.5亿元，降幅约28.6%: the rate of the fall said before it,
        // stored negative; a sentence on prices (药品平均降价…降幅) keeps
        // price_reduction.
        if word == "降幅"
            && !norm.contains('价')
            && lexicon::FALLS.iter().any(|f| norm[..a].contains(f))
        {
            return ("growth_rate".into(), true);
        }
        if dim != Dim::Percent && raised_by(&found_in[end..]) {
            return (attributes::change_of(attr, "increase"), false);
        }
        if let Some(change) = compared_change(norm, a, dim, &found_in[end..]) {
            return (attributes::change_of(attr, change), false);
        }
        // 下降3.2% is stored negative; 减少二氧化碳排放130万吨 is an amount
        // reduced, not a change of one.
        let fall = lexicon::FALLS.iter().any(|f| word.contains(f))
            && (attr.starts_with("growth_rate") || attr.ends_with("_change"));
        return (annualize(attr), fall);
    }
    // 4万吨基础锂盐一体化项目, 2万吨电池级碳酸锂生产线: tonnes naming a
    // project or a line are what it makes in a year.
    if dim == Dim::Mass && makes_a_year(after) {
        return ("annual_capacity".into(), false);
    }
    let after_trim = after.strip_prefix('的').unwrap_or(after);
    // 每辆30万元补贴, 给予5万元购房补贴, 15万元的地方补贴: the noun after
    // the amount is a subsidy (what for, in two characters before 补贴),
    // for each one or not (round 13).
    if dim == Dim::Money && subsidy_noun(after).is_some() {
        return ("subsidy".into(), false);
    }
    for (word, d, attr) in lexicon::AFTER {
        if *d == dim && after_trim.starts_with(word) {
            return (annualize(attr), false);
        }
    }
    // 比去年多了一成: a rise said without 增长.
    if dim == Dim::Percent
        && (before.contains('比') || before.contains('较'))
        && ["多", "增", "高", "高出", "多出"]
            .iter()
            .any(|w| before.trim_end_matches('了').ends_with(w))
    {
        return ("growth_rate".into(), false);
    }
    (annualize(dim.default_attribute()), false)
}

/// The topic a sentence opens with (起付线 of 起付线方面，…), when the clause
/// starting at `cs` comes after it in the same sentence.
fn sentence_topic(norm: &str, cs: usize) -> Option<&str> {
    let start = norm[..cs]
        .char_indices()
        .rev()
        .find(|(_, c)| "。！？!?：:\n".contains(*c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let head = &norm[start..cs];
    let (first, _) = head.split_once('，')?;
    let topic = first.trim().strip_suffix("方面")?;
    Some(topic.strip_prefix('在').unwrap_or(topic))
}

/// The end of the clause right before the one starting at `cs`, when it
/// ranks by what it names (入住率最高，, 增速最快，): its last RANKED_READ
/// characters at most, so a value reads a bounded span, not a whole clause.
fn ranked_clause(norm: &str, cs: usize) -> Option<&str> {
    let head = norm[..cs]
        .strip_suffix('，')
        .or_else(|| norm[..cs].strip_suffix(','))?;
    if !RANKING_WORDS.iter().any(|w| head.ends_with(w)) {
        return None;
    }
    let from = head
        .char_indices()
        .rev()
        .take(RANKED_READ)
        .take_while(|(_, c)| !CLAUSE_MARKS.contains(*c))
        .last()
        .map_or(head.len(), |(i, _)| i);
    Some(&head[from..])
}

/// How many characters of a ranking clause [`ranked_clause`] reads.
const RANKED_READ: usize = 40;

/// Words a clause ends with when it ranks by a measure, for `ranked_clause`.
const RANKING_WORDS: &[&str] = &[
    "最高",
    "最低",
    "最快",
    "最慢",
    "最大",
    "最小",
    "最多",
    "最少",
    "居首",
    "居首位",
];

/// Characters that open an amount's bound or copula (约18万吨, 达5亿元, 共3个)
/// rather than a noun after a verb.
const LIST_ITEM_BOUNDS: &[char] = &[
    '约', '近', '超', '逾', '达', '为', '共', '计', '合', '总', '累',
];

/// Words that say only the kind of a measure (金额, 面积): the word right
/// before one names what is measured (质押融资金额, 孵化场地面积).
const MEASURE_WORDS: &[&str] = &["金额", "总金额", "总额", "面积", "总面积", "长度", "总长度"];

/// What a count counts: a verb after it (4.6万人脱贫), the noun after it
/// (100余家企业), the noun before it (分布式电站142个), else its counter.
fn count_attribute(norm: &str, a: usize, b: usize, q: &Quantity) -> String {
    if let Some(days) = attributes::days_name(norm, a, q) {
        return days;
    }
    if let Some(size) = attributes::household_size(norm, a, q) {
        return size.to_string();
    }
    if let Some(size) = attributes::average_household_size(norm, a, b, q) {
        return size.to_string();
    }
    let (cs, ce) = clause(norm, a, b, CLAUSE_MARKS);
    // 1260户5300人: another number right after; the words after it are
    // about that one.
    // (56家A级旅游景区: a grade in letters opens the noun too.)
    let own = norm[b..ce]
        .chars()
        .next()
        .is_some_and(|c| is_han(c) || c.is_ascii_uppercase());
    let after: String = if own {
        norm[b..ce].chars().take(12).collect()
    } else {
        spec_then_noun(&norm[b..ce], &q.text).unwrap_or_default()
    };
    // 12个乡镇8.6万人受灾: a verb past another number is that number's.
    let own_words: String = after.chars().take_while(|c| !is_numeral_char(*c)).collect();
    for (verb, attr) in lexicon::COUNT_VERBS {
        if own_words.contains(verb) {
            return attr.to_string();
        }
    }
    if let Some(attr) = attributes::problem_solved_for(norm, a, b, &q.text) {
        return attr.to_string();
    }
    if let Some(attr) = attributes::people_by_verb(&norm[cs..a], &q.text) {
        return attr.to_string();
    }
    // 建设年产12万片衬底生产线, 具备年产风机整机300台: what a plant makes in
    // a year, whatever noun is near, is its capacity (round 24).
    if made_a_year(&norm[clause(norm, a, b, SMALL_MARKS).0..a]) {
        return "annual_capacity".to_string();
    }
    // 野生脊椎动物394种, 其中一级保护动物11种、二级41种: kinds of living
    // things, whatever noun names them, are species.
    if counted_unit(&q.text) == "种"
        && lexicon::SPECIES_WORDS
            .iter()
            .any(|w| norm[cs..a].contains(w))
    {
        return "species_count".to_string();
    }
    // The noun phrase after the count: not across a list mark or another
    // number (60个班、3000个学位), nor past a verb (26家达到国家…标准). Counts
    // listed (23个和31个行政村) share the noun after the last.
    let mut after: &str = &after;
    if let Some(rest) = lexicon::LIST_SEPARATORS
        .iter()
        .find_map(|w| after.strip_prefix(w))
        .filter(|r| r.starts_with(is_numeral_char))
    {
        let body = rest.trim_start_matches(is_numeral_char);
        let mut cs = body.chars();
        cs.next();
        after = cs.as_str().trim_start_matches(['多', '余']);
    }
    let near_after: String = after
        .chars()
        .take(10)
        .take_while(|c| !matches!(c, '、' | '和' | '及') && !is_numeral_char(*c))
        .collect();
    // 被 of 被告人 (4名被告人) is a noun's, no passive.
    let phrase_end = lexicon::PHRASE_VERBS
        .iter()
        .filter_map(|v| {
            near_after
                .match_indices(v)
                .map(|(p, _)| p)
                .find(|p| !near_after[*p..].starts_with("被告"))
        })
        .min()
        .unwrap_or(near_after.len());
    let near_after = &near_after[..phrase_end];
    // The head of the phrase: the first noun (the longest there), then of
    // nouns right after it (村卫生室, 乡镇卫生院) the last.
    // 3次股东大会: a noun before 大会 names who meets, not what is counted.
    let by_own_counter = |noun: &str| {
        lexicon::COUNTED_ONLY_BY
            .iter()
            .all(|(n, c)| *n != noun || counted_unit(&q.text) == *c)
    };
    let found: Vec<(usize, usize, &str)> = lexicon::counted_index()
        .find(near_after)
        .into_iter()
        .filter(|((noun, _), ..)| by_own_counter(noun))
        .map(|((noun, attr), p, _)| (p, p + noun.len(), attr))
        .filter(|(_, e, _)| !near_after[*e..].starts_with("大会"))
        .collect();
    let mut head = found
        .iter()
        .min_by_key(|(p, e, _)| (*p, std::cmp::Reverse(*e)))
        .copied();
    while let Some((_, he, _)) = head {
        let next = found
            .iter()
            .filter(|(p, e, _)| *p == he && *e > he)
            .max_by_key(|(_, e, _)| *e)
            .copied();
        match next {
            Some(n) => head = Some(n),
            None => break,
        }
    }
    // 金牌128枚　银牌104枚 (a table's cells, their spaces taken out): a noun
    // right before the next number labels that number, not this one, when
    // a noun of its own ends right before this one.
    let labels_next = |e: usize| {
        e == near_after.len()
            && after[e..].starts_with(is_numeral_char)
            && lexicon::counted_index()
                .find(&norm[cs..a])
                .iter()
                .any(|((noun, _), _, last)| cs + last + noun.len() == a)
    };
    if let Some((_, _, attr)) = head.filter(|(_, e, _)| !labels_next(*e)) {
        // 1326户村民, 1.27万户群众: people counted by households are
        // households.
        if matches!(
            attr,
            "villager_count" | "person_count" | "village_count" | "affected_population"
        ) && counter_attribute(&q.text) == "household_count"
        {
            return "household_count".to_string();
        }
        return attr.to_string();
    }
    // 两大主导产业, 十大工程: 大 counts what follows it, never the noun
    // before (肉牛养殖两大主导产业 counts no cattle).
    if q.text.ends_with('大') {
        return counter_attribute(&q.text);
    }
    // 快递业务量累计完成2.36亿件, 日均客运量分别为15.4万人次: a measure's
    // name (a [[before]] word of dim count) anywhere before the count in its
    // clause, the nearest (the longest on a tie).
    let measure_in = |from: usize, to: usize| {
        lexicon::before_index()
            .find(&norm[from..to])
            .into_iter()
            .filter(|((_, d, _), ..)| *d == Dim::Count)
            .map(|((w, _, attr), _, p)| (p + w.len(), w.len(), attr))
            // 拥有有效发明专利的企业5260家: a measure's name before 的
            // describes the noun after it, which is what is counted.
            .filter(|(end, _, _)| !norm[from + end..to].contains('的'))
            .max_by_key(|(end, len, _)| (*end, *len))
            .map(|(_, _, attr)| attr)
    };
    let (ps, _) = clause(norm, a, b, SMALL_MARKS);
    if let Some(attr) = measure_in(ps, a) {
        return attr.to_string();
    }
    if let Some(attr) = listed_noun_in_order(&norm[cs..a]) {
        return attr.to_string();
    }
    // A noun right before the count (分布式电站142个, 养殖小区达到136个):
    // at most two characters between them.
    let before = &norm[cs..a];
    // 研发人员已从去年初的120人增加到310人, 床位数将由6.2张提高到7.1张:
    // both ends of a change measure the noun before 从/由 (round 13).
    let before = from_to_head(before).unwrap_or(before);
    // Not across another number (1260户5300人: 户 is the other's counter).
    let before = before
        .char_indices()
        .rfind(|(_, c)| c.is_ascii_digit() || ('０'..='９').contains(c))
        .map_or(before, |(i, c)| {
            // …and not the other number's counter.
            let rest = &before[i + c.len_utf8()..];
            let counter = rest.chars().next().map_or(0, char::len_utf8);
            &rest[counter..]
        });
    // 品种分别为36个: the words linking the noun to its count do not
    // count as distance.
    // …unless a noun ends with the link's characters (违规行为47起: 为 of
    // 行为 is no link).
    let noun_ends = |s: &str| {
        lexicon::counted_index()
            .find(s)
            .iter()
            .any(|((noun, _), _, last)| last + noun.len() == s.len())
    };
    let mut before = before;
    while let Some(link) = lexicon::COUNT_LINKS
        .iter()
        .find(|l| before.ends_with(**l))
        .filter(|_| !noun_ends(before))
    {
        before = &before[..before.len() - link.len()];
    }
    let near = before.len().saturating_sub(2 * 3);
    // The noun ending nearest the count, the longest of those
    // (污水处理设施 over 设施).
    let mut last: Option<(usize, usize, &str)> = None;
    for ((noun, attr), _, p) in lexicon::counted_index().find(before) {
        if !by_own_counter(noun) {
            continue;
        }
        let end = p + noun.len();
        if end >= near && last.is_none_or(|(l, n, _)| end > l || (end == l && noun.len() > n)) {
            last = Some((end, noun.len(), attr));
        }
    }
    // 居住在城镇的人口为405.12万人: a noun after 的 the lexicon knows
    // joined with the word before 的 (城镇人口) names what is counted.
    let last = last.map(|(end, len, attr)| {
        let joined = joined_over_de(&before[..end], len).unwrap_or(attr);
        (end, len, joined)
    });
    if let Some((noun_end, _, attr)) = last {
        // 群众1260户: people counted by households are households.
        let by_counter = counter_attribute(&q.text);
        if matches!(
            attr,
            "person_count" | "villager_count" | "village_count" | "affected_population"
        ) && by_counter == "household_count"
        {
            return by_counter;
        }
        // 航运公司签订6艘: a noun that another counter counts (公司 by 家),
        // a verb between them, is the verb's subject, not what a count by
        // this counter (艘, ships) counts (企业160户 counts enterprises).
        let counted_by_other = lexicon::counters().any(|(c, x)| x == attr && !q.text.contains(c));
        if noun_end < before.len()
            && counted_by_other
            && by_counter != "count"
            && by_counter != attr
        {
            return by_counter;
        }
        return attr.to_string();
    }
    // 三市快递业务量位居全省前三，分别完成6.12亿件、4.35亿件: counts handed
    // out by 分别 measure what its clause, or the clause before, names
    // (round 24).
    let (ws, _) = clause(norm, a, b, CLAUSE_MARKS);
    if norm[ws..a].contains("分别") {
        let prev = norm[..ws]
            .char_indices()
            .next_back()
            .map(|(prev, _)| (clause(norm, prev, prev, CLAUSE_MARKS).0, prev));
        let before_list = prev.and_then(|(ps, pe)| measure_in(ps, pe));
        if let Some(attr) = measure_in(ws, a).or(before_list) {
            return attr.to_string();
        }
        // 共补贴家电18.6万台，冰箱、洗衣机分别为4.1万台、3.3万台: parts of
        // a total by the same counter said in the clause before count what
        // it counts.
        // Only a plain breakdown (分别为), not a change (分别比上年增加).
        let wide = &norm[ws..a];
        let counter = counted_unit(&q.text);
        let plain = plain_breakdown(&wide[wide.find("分别").map_or(0, |p| p + "分别".len())..]);
        if let Some((ps, pe)) = prev.filter(|_| plain && !counter.is_empty()) {
            let total = &norm[ps..pe];
            let by_same = total
                .match_indices(counter)
                .any(|(i, _)| total[..i].chars().next_back().is_some_and(is_numeral_char));
            let noun = lexicon::counted_index()
                .find(total)
                .into_iter()
                .map(|((noun, attr), _, last)| (last + noun.len(), attr))
                .max_by_key(|(end, _)| *end);
            if let (true, Some((_, attr))) = (by_same, noun) {
                return attr.to_string();
            }
        }
    }
    // 种群数量已达3426只, 野生东北豹约80只, 记录到东北虎31只: animals no
    // listed noun names (no livestock), counted by their measure, as wild or
    // as a survey found them, are a population.
    let before = &norm[cs..a];
    if lexicon::ANIMAL_COUNTERS.contains(&counted_unit(&q.text))
        && lexicon::POPULATION_CUES.iter().any(|w| before.contains(w))
        && lexicon::counted_index().find(before).is_empty()
    {
        return "population".to_string();
    }
    // 年产芯片36亿只, 新增产能8000万只, 吞吐量612.4万标箱: products counted
    // by the piece are made, sold and shipped as tonnes are.
    let counted = q
        .text
        .trim_end_matches(['多', '余', '左', '右', '以', '上', '下']);
    if lexicon::PRODUCT_COUNTERS
        .iter()
        .any(|c| counted.ends_with(c))
    {
        let (ps, _) = clause(norm, a, b, SMALL_MARKS);
        let before = &norm[ps..a];
        let word = lexicon::before_index()
            .find(before)
            .into_iter()
            .filter(|((_, d, _), ..)| *d == Dim::Mass)
            .map(|((w, _, attr), _, p)| (p + w.len(), w.len(), attr))
            .max_by_key(|(end, len, _)| (*end, *len));
        if let Some((_, _, attr)) = word {
            return attr.to_string();
        }
    }
    let by_counter = counter_attribute(&q.text);
    if by_counter == "count" {
        if let Some(attr) = attributes::count_by_head(norm, a, b) {
            return attr.to_string();
        }
    }
    by_counter
}

/// The noun ending `words` (`len` bytes long) after a 的, joined with the
/// words before 的 (城镇的人口 → 城镇人口): what the longest noun the
/// lexicon knows across the join counts.
fn joined_over_de(words: &str, len: usize) -> Option<&'static str> {
    let head = words[..words.len() - len].strip_suffix('的')?;
    let joined = format!("{head}{}", &words[words.len() - len..]);
    lexicon::counted_index()
        .find(&joined)
        .into_iter()
        .filter(|((noun, _), _, p)| p + noun.len() == joined.len() && *p < head.len())
        .max_by_key(|((noun, _), ..)| noun.len())
        .map(|((_, attr), ..)| attr)
}

/// The counter a count is said by (台 of 4.1万台, 人次 of 约3万人次), without
/// the bound words after it.
pub(super) fn counted_unit(text: &str) -> &str {
    let t = text.trim_end_matches(['多', '余', '左', '右', '以', '上', '下']);
    let start = t
        .char_indices()
        .rfind(|(_, c)| is_numeral_char(*c))
        .map_or(t.len(), |(i, c)| i + c.len_utf8());
    &t[start..]
}

/// A character of a word, not a bound a value may carry before it (约,
/// 合计, 不低于, 超过 …).
fn is_han_word_char(c: char) -> bool {
    is_han(c) && !"约合计共不低于超过高近逾达为".contains(c)
}

/// Whether the words after an amount name a project or a production line
/// (4万吨基础锂盐一体化项目) before any mark or number.
fn makes_a_year(after: &str) -> bool {
    let words: String = after.chars().take_while(|c| is_han(*c)).take(12).collect();
    ["项目", "生产线", "产线"].iter().any(|w| words.contains(w))
}

/// Whether the words before a count end with 年产 and at most six
/// characters naming the product (年产风机整机): not 年产量, 年产值.
fn made_a_year(before: &str) -> bool {
    before.rfind("年产").is_some_and(|p| {
        let rest = &before[p + "年产".len()..];
        rest.chars().count() <= 6 && rest.chars().all(is_han) && !rest.starts_with(['量', '值'])
    })
}

/// 安装4台42.5万千瓦机组, 配套建设1台30兆瓦汽轮发电机组: the words after
/// the size of each one (a power or a tonnage) that a count of machines or
/// works (台, 座, 套) is followed by, which name what is counted; a count by
/// 个 only past a ship's class (建设2个10万吨级集装箱泊位).
fn spec_then_noun(after: &str, text: &str) -> Option<String> {
    let by_ge = text.ends_with('个');
    if !by_ge && !text.ends_with(['台', '座', '套']) {
        return None;
    }
    let rest = after.trim_start_matches(is_numeral_char);
    if rest.len() == after.len() {
        return None;
    }
    let units: &[&str] = if by_ge {
        &["吨级"]
    } else {
        &["兆瓦", "瓦", "吨级", "吨"]
    };
    let unit = units.iter().find(|u| rest.starts_with(**u))?;
    Some(rest[unit.len()..].chars().take(12).collect())
}

/// The noun of at most four characters after an amount (one 的 allowed
/// between) when it names a subsidy: 购房补贴, 地方补贴, 补助.
fn subsidy_noun(after: &str) -> Option<String> {
    let noun: String = after
        .strip_prefix('的')
        .unwrap_or(after)
        .chars()
        .take_while(|c| is_han(*c))
        .take(4)
        .collect();
    ["补贴", "补助"]
        .iter()
        .any(|w| noun.ends_with(w))
        .then_some(noun)
}

/// Whether the words after 分别 up to its first number make a plain
/// breakdown (分别为4.1万台、3.3万台), not a change (分别比上年增加) nor a
/// verb (分别接待).
fn plain_breakdown(after: &str) -> bool {
    let link = after.split(is_numeral_char).next().unwrap_or("");
    ["", "为", "是", "有", "达", "达到"].contains(&link)
}

/// What a count handed out by 分别 over a list of nouns counts, given the
/// clause up to the count (学校、医院分别达到12所和7家): the noun of its
/// place in the list, not the last noun for every count. None unless two
/// items or more before 分别 end in a noun that says what is counted.
fn listed_noun_in_order(before: &str) -> Option<&'static str> {
    listed_in_order(before, plain_breakdown, false, |item| {
        lexicon::counted_index()
            .find(item)
            .into_iter()
            .map(|((noun, attr), _, last)| (last, noun.len(), attr))
            .collect()
    })
}

/// What an amount handed out by 分别 over a list of what it measures
/// measures (增值税、企业所得税分别完成8.2亿元和3.1亿元, 进口、出口分别为…):
/// the word of its place in the list, each item its own, not the last
/// item's word for every amount. None unless two items or more before 分别
/// end in a word that names an amount of this dimension.
fn listed_measure_in_order(before: &str, dim: Dim) -> Option<&'static str> {
    // 分别完成, 分别实现: what a tax or a trade came to, as plainly as 为.
    let link = |after: &str| {
        let link = after.split(is_numeral_char).next().unwrap_or("");
        plain_breakdown(after) || ["完成", "实现"].contains(&link)
    };
    listed_in_order(before, link, true, |item| {
        lexicon::before_index()
            .find(item)
            .into_iter()
            .filter(|((_, d, _), ..)| *d == dim)
            .map(|((word, _, attr), _, last)| (last, word.len(), attr))
            .collect()
    })
}

/// The word naming the value of the given place after 分别 among the items
/// listed before it, given the clause up to the value: each item must end
/// in a word `words` finds in it (as its start, length and name), alone or
/// after 的, back to the first that does not (青石县与对口县结对的学校、医院:
/// not 青石县). A name ending in one (北苑街道、稠城街道) names who, not
/// what; only the first item may have other words before its own, and
/// only where `subject_first` (an amount's measure after a place, 全县出口,
/// is still the measure; a counted noun after one, 青石县东关街道, a name). Only where `plain` takes the words after 分别 for a breakdown
/// (分别为, 分别达到): after a verb (分别接待, 分别新增学位) the list names
/// who did it, not what is measured.
fn listed_in_order(
    before: &str,
    plain: impl Fn(&str) -> bool,
    subject_first: bool,
    words: impl Fn(&str) -> Vec<(usize, usize, &'static str)>,
) -> Option<&'static str> {
    let at = before.rfind("分别")?;
    let (list, values) = before.split_at(at);
    if !plain(&values["分别".len()..]) {
        return None;
    }
    // The values said after 分别 before this one give its place.
    let place = values
        .split(|c: char| !is_numeral_char(c))
        .filter(|run| !run.is_empty())
        .count();
    let items: Vec<&str> = list.rsplit(['、', '和', '及', '与']).collect();
    let mut named: Vec<&'static str> = items
        .iter()
        .enumerate()
        .map_while(|(i, item)| {
            // The first item may follow the clause's subject (全县出口、进口)
            // when `subject_first`.
            let first = subject_first && i + 1 == items.len();
            words(item)
                .into_iter()
                .filter(|&(last, len, _)| {
                    last + len == item.len() && (first || last == 0 || item[..last].ends_with('的'))
                })
                .max_by_key(|&(_, len, _)| len)
                .map(|(.., attr)| attr)
        })
        .collect();
    named.reverse();
    (named.len() >= 2)
        .then(|| named.get(place).copied())
        .flatten()
}

/// The words before 从/由 when a count ends a change said from one value
/// to another (员工由去年的60人增加到145人: `员工` for both counts), with the
/// adverbs between the noun and 从 (已, 将) left out. The words after 从
/// may name a time (去年初的) and, for the second value, hold the first
/// and the verb ending in 到/至; nothing else.
fn from_to_head(before: &str) -> Option<&str> {
    let (p, mark) = before
        .char_indices()
        .rfind(|(_, c)| matches!(c, '从' | '由'))?;
    let tail = &before[p + mark.len_utf8()..];
    if tail.chars().count() > 16 {
        return None;
    }
    let second = tail.chars().any(is_numeral_char);
    if second {
        // The first value, then a verb of change ending in 到/至 right
        // before this one.
        let ends = [
            "增加到",
            "增长到",
            "提高到",
            "提升到",
            "降到",
            "降至",
            "减少到",
            "增至",
            "扩大到",
            "发展到",
        ];
        if !ends.iter().any(|e| tail.ends_with(e)) {
            return None;
        }
    } else if !(tail.is_empty() || tail.ends_with('的') || tail.ends_with(['年', '初', '底', '末']))
    {
        return None;
    }
    let mut head = &before[..p];
    for adverb in ["已经", "已", "将", "也", "均"] {
        head = head.strip_suffix(adverb).unwrap_or(head);
    }
    (!head.is_empty()).then_some(head)
}

/// Why a quantity got its attribute, from the same lexicon that chose it.
fn attribute_why(norm: &str, a: usize, b: usize, attr: &str) -> String {
    match attr {
        "amount_each" => return "每…/最高/单户 before it: an amount for each one".into(),
        "rate_change" => {
            return attributes::why(norm, a, b, attr)
                .unwrap_or_else(|| "个百分点: a rate's change, in points".into())
        }
        "rate_difference" => return "高于/低于…个百分点: a gap between two rates".into(),
        _ => {}
    }
    if let Some(why) = attributes::why(norm, a, b, attr) {
        return why;
    }
    if let Some(base) = attr
        .strip_suffix("_target")
        // 城镇新增就业5000人以上 in a goal: the goal of jobs created.
        .map(|base| match base {
            "new_urban_jobs" => "jobs_created",
            _ => base,
        })
        .filter(|base| attributes::goal_name(norm, a, b, base).as_deref() == Some(attr))
        // 力争突破30亿元，到2028年达到45亿元: the goal's value carried on,
        // explained as such below.
        .filter(|_| attributes::why_elided(norm, a, b, attr).is_none())
    {
        let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
        let cue = match attributes::goal_cue(&norm[cs..a], &norm[a..b]) {
            Some((_, word)) => format!("{word} before it in its clause"),
            None => "到<year> opening a clause before it, or a goal's colon".into(),
        };
        return format!("{cue}: a goal; {}", attribute_why(norm, a, b, base));
    }
    let (cs, ce) = clause(norm, a, b, SMALL_MARKS);
    let before = &norm[cs..a];
    let after = &norm[b..ce];
    if let Some((w, _, _)) = lexicon::before_words()
        .filter(|(w, _, x)| *x == attr && before.contains(w))
        .max_by_key(|(w, _, _)| before.rfind(w).map(|p| p + w.len()))
    {
        return format!("the word {w} before it");
    }
    if norm[..cs].ends_with('、') {
        let (ws, _) = clause(norm, a, b, CLAUSE_MARKS);
        if let Some((w, _, _)) = lexicon::before_words()
            .filter(|(w, _, x)| *x == attr && norm[ws..cs].contains(w))
            .max_by_key(|(w, _, _)| norm[ws..cs].rfind(w).map(|p| p + w.len()))
        {
            return format!("a later item of a list: the word {w} before the list");
        }
    }
    if before.contains("分别") {
        let (ws, _) = clause(norm, a, b, CLAUSE_MARKS);
        let from = norm[..ws]
            .char_indices()
            .next_back()
            .map_or(ws, |(p, _)| clause(norm, p, p, CLAUSE_MARKS).0);
        let wide = &norm[from..a];
        if let Some((w, _, _)) =
            lexicon::before_words().find(|(w, _, x)| *x == attr && wide.contains(w))
        {
            return format!("分别 after a list: the word {w} before the list");
        }
    }
    if let Some((w, _)) = lexicon::COUNT_VERBS
        .iter()
        .find(|(w, x)| *x == attr && after.contains(w))
    {
        return format!("the verb {w} after it");
    }
    // 培训渔民5200余人次, 已结业58人: a people verb before the count.
    let (ks, ke) = clause(norm, a, b, CLAUSE_MARKS);
    if attributes::people_by_verb(&norm[ks..a], &norm[a..b]) == Some(attr) {
        if let Some((v, _)) = lexicon::data()
            .people_verbs
            .iter()
            .filter(|(v, x)| x == attr && norm[ks..a].contains(v.as_str()))
            .max_by_key(|(v, _)| norm[ks..a].rfind(v.as_str()))
        {
            return format!("the verb {v} before the people counted");
        }
    }
    if let Some((n, _)) = lexicon::counted().find(|(n, x)| *x == attr && norm[ks..ke].contains(n)) {
        return format!("the noun {n} next to it");
    }
    if attr == "subsidy" {
        if let Some(noun) = subsidy_noun(after) {
            return format!("the noun {noun} after it: a subsidy");
        }
    }
    if let Some((w, _, _)) = lexicon::AFTER
        .iter()
        .find(|(w, _, x)| *x == attr && after.contains(w))
    {
        return format!("the word {w} after it");
    }
    if counter_attribute(&norm[a..b]) == "count"
        && attributes::count_by_head(norm, a, b) == Some(attr)
    {
        return "the last word of the noun next to it (`[count_heads]`)".into();
    }
    if counter_attribute(&norm[a..b]) == attr && attr != "count" {
        return "its counter".into();
    }
    if attr == "growth_rate" && before.contains(['比', '较']) {
        return "比…多/增/高 before it: a rise".into();
    }
    if attr == "share" {
        return "a percentage no word names: a share of something".into();
    }
    if let Some(why) = attributes::why_elided(norm, a, b, attr) {
        return why;
    }
    "no word says what it measures: the default for its unit".into()
}

/// The attribute a value gets when no word says what it measures: its
/// counter's for a count, else its unit's (amount, area …).
fn unit_default(q: &Quantity, text: &str) -> String {
    match Dim::of(q.unit) {
        Some(Dim::Count) => counter_attribute(text),
        Some(d) => d.default_attribute().to_string(),
        None => "value".to_string(),
    }
}

/// 稻谷种植面积2895万公顷，减少50万公顷 (statistics bulletins): a clause
/// that is the verb alone compares with the year before as 比上年 does.
fn bare_change(clause: &str) -> bool {
    matches!(
        clause.trim_end_matches('了'),
        "增加" | "减少" | "净增" | "净减"
    )
}

/// 比去年增加, 较上年减少, 同比多: the value is a change of the one before
/// (`increase` or `decrease`).
/// 由原来的11.2平方米提高到16.8平方米, 从180个加到了240个: a value right
/// after a verb of change and 到/为/至 (`between`, from the value before
/// it, which ends at `pe`), when its clause (from `cs`) says where the
/// change started (由, 从), is the level reached; 较去年的23万元 after a
/// value, the level it started from. Either measures what the other does.
fn level_reached(norm: &str, cs: usize, pe: usize, between: &str) -> bool {
    const VERBS: &[&str] = &[
        "提高", "增加", "减少", "下降", "降低", "调整", "扩大", "缩小", "上升", "增长", "提升",
        "压缩", "缩短", "延长", "上调", "下调", "加", "降", "增", "减", "升", "涨",
    ];
    let reached = ["到了", "到", "为", "至"]
        .iter()
        .find_map(|w| between.strip_suffix(w))
        .is_some_and(|v| VERBS.contains(&v))
        && cs < pe
        && norm[cs..pe].contains(['由', '从']);
    let base = between
        .trim_start_matches(['，', ','])
        .strip_prefix(['较', '比'])
        .and_then(|t| t.strip_suffix('的'))
        .is_some_and(|t| {
            (1..=7).contains(&t.chars().count())
                && ["年", "去", "上", "前", "同期"]
                    .iter()
                    .any(|w| t.contains(w))
        });
    reached || base
}

/// Whether `head`, the words of a sentence before its first value, name
/// only another item of the list the sentence before (its value's words
/// `item`) was one of: a place or an office's division (2 to 12
/// characters ending like one: 市, 乡, 处 …), then
/// at most a verb the item before said too (包河区新增 after
/// 蜀山区新增公共充电桩).
fn next_item(head: &str, item: &str) -> bool {
    let head = head.trim_start_matches(['，', ',', ' ']);
    head.char_indices()
        .filter(|(_, c)| "市县区州旗盟乡镇处".contains(*c))
        .any(|(i, c)| {
            let (place, rest) = head.split_at(i + c.len_utf8());
            let rest = rest.trim_end_matches(['为', '是', '有']);
            (2..=12).contains(&place.chars().count())
                && place.chars().all(is_han)
                && !lexicon::PHRASE_VERBS.iter().any(|v| place.contains(v))
                && !item.starts_with(place)
                && (rest.is_empty()
                    || rest.chars().count() <= 4 && rest.chars().all(is_han) && item.contains(rest))
        })
}

/// 最低工资标准分别上调200元、150元, 补助提了一块钱: the words between a
/// measure's name and its value (`between`, up to the list's first figure)
/// end with a verb of rise, so the value is how much the measure rose, not
/// its level (提高到 is the level reached; 比上年增加 is `change_word`'s).
fn raised_by(between: &str) -> bool {
    const RISE_VERBS: &[&str] = &["上调", "提高", "增加", "增长", "上涨", "涨", "提"];
    let first = between
        .find(|c: char| c.is_ascii_digit())
        .map_or(between, |p| &between[..p]);
    let verb = first.trim_end_matches('了');
    !first.contains(['比', '较']) && RISE_VERBS.iter().any(|v| verb.ends_with(v))
}

/// 大豆亩产比上年提高11公斤, 金牌数比上届增加31枚: the words between a
/// measure's name and its value (`between`, the value at `a`) compare it
/// with an earlier time and end with a verb of change, so the value is how
/// much the measure changed. Not a percentage or points (a rate's own
/// rules), nor words holding another figure; not after a figure of the
/// same kind earlier in the sentence (储备燃煤126.8万吨，…储煤量比去年同期
/// 增加9.2万吨: the change is named as that figure, `change_word`'s other
/// use), nor money right after 了 (`attributes::refine` names 比去年多了).
fn compared_change(norm: &str, a: usize, dim: Dim, between: &str) -> Option<&'static str> {
    if dim == Dim::Percent
        || between.chars().any(is_numeral_char)
        || dim == Dim::Money && between.ends_with('了')
    {
        return None;
    }
    let change = change_word(between).filter(|_| between.contains(['比', '较']))?;
    let (ss, _) = clause(norm, a, a, "。；;！？!?\n");
    let same_before = quantities_in(&norm[ss..a])
        .iter()
        .any(|(_, _, q)| Dim::of(q.unit) == Some(dim));
    (!same_before).then_some(change)
}

fn change_word(before: &str) -> Option<&'static str> {
    // 比去年同期高出新台币1.5元: the currency named before the number is
    // no part of the verb.
    let before = lexicon::CURRENCIES_BEFORE
        .iter()
        .find_map(|(w, _)| before.strip_suffix(w))
        .map_or(before, |b| b.strip_suffix('新').unwrap_or(b));
    let b = before.trim_end_matches('了');
    if !(b.contains('比') || b.contains('较') || bare_change(b)) {
        return None;
    }
    // 比上年末净增63家: a net rise is a rise; 比去年每公斤高出0.2元: so
    // is a lead over an earlier time (round 24), not over others (比非示范园
    // 高出: a gap); 比去年高个两三毛, 比去年每吨低了五百多元 (round 53) a rise
    // and a fall said plainly.
    let earlier = ["去年", "上年", "往年", "同期"]
        .iter()
        .any(|w| b.contains(w));
    // 较去年同期创下历史新高: a level reached, not a change.
    let record = b.ends_with("新高") || b.ends_with("新低");
    let over_earlier = earlier && !record && ["高出", "高个", "高"].iter().any(|w| b.ends_with(w));
    if earlier && !record && ["低", "低出"].iter().any(|w| b.ends_with(w)) {
        return Some("decrease");
    }
    if over_earlier
        || [
            "增加", "增长", "多", "多出", "提高", "新增", "净增", "上涨", "扩大",
            // 比上年多发21.4万元: paid out more (round 47).
            "多发",
        ]
        .iter()
        .any(|w| b.ends_with(w))
    {
        Some("increase")
    } else if ["减少", "下降", "降低", "少", "净减", "下跌"]
        .iter()
        .any(|w| b.ends_with(w))
    {
        Some("decrease")
    } else {
        None
    }
}

/// 投资3000万元以上的项目, 超5亿元的项目有8个, 亿元以上项目: an amount that
/// sorts things counted, not a value of anything. Gives the noun sorted.
fn threshold(norm: &str, b: usize, q: &Quantity) -> Option<&'static str> {
    if q.unit == Unit::Count || q.unit == Unit::Percent {
        return None;
    }
    let after = &norm[b..];
    let after = after.strip_prefix('的').unwrap_or(after);
    let noun = lexicon::THRESHOLD_NOUNS
        .iter()
        .find(|n| after.starts_with(**n))?;
    let rest = &after[noun.len()..];
    let (_, ce) = clause(norm, b, b, CLAUSE_MARKS);
    let count_follows = norm[b..ce]
        .chars()
        .any(|c| c.is_ascii_digit() || "一二三四五六七八九十两".contains(c))
        && !rest.starts_with(['，', '。']);
    (q.bound == crate::model::Bound::AtLeast || count_follows).then_some(*noun)
}

/// Whether a threshold (5000万元以上的项目) stands in `norm[from..to]`.
fn threshold_before(norm: &str, from: usize, to: usize) -> bool {
    quantities_in(&norm[from..to])
        .iter()
        .any(|(_, b, q)| threshold(&norm[from..to], *b, q).is_some())
}

/// What a count's counter alone says it counts (户 → household_count).
fn counter_attribute(text: &str) -> String {
    let words = text.trim_end_matches(['多', '余', '左', '右', '以', '上', '下']);
    for (counter, attr) in lexicon::counters().chain(attributes::COUNTED_BY.iter().copied()) {
        if words.ends_with(counter) {
            return attr.to_string();
        }
    }
    "count".to_string()
}

/// Where a 截至 phrase stands in a sentence, the date the values after it
/// hold as of, and its words: 截至2020年5月 (the date found there), 截至目前
/// (the article's own date, `today`, when its dateline gives one).
fn as_of_in(
    norm: &str,
    found_dates: &[dates::FoundDate],
    today: Option<&Date>,
) -> Option<(usize, Date, String)> {
    let cue = |at: usize| lexicon::AS_OF.iter().any(|w| norm[..at].ends_with(w));
    // An as-of date is stored with a year or none (`Qualifiers::as_of`):
    // 截至去年底 in a text that prints no year holds as of a December of
    // an unknown year; 截至去年, a year alone, as of no date.
    if let Some(d) = found_dates.iter().find(|d| {
        cue(d.start) && d.until.is_none() && (d.date.doc_offset.is_none() || d.date.month.is_some())
    }) {
        let date = Date {
            doc_offset: None,
            ..d.date.clone()
        };
        return Some((d.start, date, format!("截至{}", &norm[d.start..d.end])));
    }
    let today = today?;
    lexicon::AS_OF_NOW
        .iter()
        .find_map(|w| norm.find(w).map(|p| (p, today.clone(), (*w).to_string())))
}

/// 市人民政府, 省政府: a government named by its level alone; the level.
fn level_government(name: &str) -> Option<char> {
    let level = name
        .strip_suffix("人民政府")
        .or_else(|| name.strip_suffix("政府"))?;
    let mut cs = level.chars();
    match (cs.next(), cs.next()) {
        (Some(c), None) if "省市县区".contains(c) => Some(c),
        _ => None,
    }
}

/// 2022年9月6日，记者从…获悉: the day the news was reported.
fn reported_date(norm: &str, end: usize) -> bool {
    // 新华社长春6月5日电, 本报5月18日讯: an agency's dateline.
    if norm[end..].starts_with(['电', '讯']) {
        return true;
    }
    let after = norm[end..].trim_start_matches(['，', ',', ' ']);
    after.starts_with("记者") || after.starts_with("从") && after.contains("获悉")
}

/// 计划于2027年上半年开工, 预计2027年三季度投产: a span a plan's event
/// follows right after is when the event is planned, not a period whose
/// figures are told (so named in the golds of unseen27, unseen47, unseen48).
fn planned_in_span(norm: &str, a: usize, b: usize) -> bool {
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    let after = norm[b..].trim_start_matches(['前', '内']);
    lexicon::PLANNED_CUES
        .iter()
        .any(|w| norm[cs..a].contains(w))
        && lexicon::PLANNED_EVENTS
            .iter()
            .any(|(w, _)| after.starts_with(w))
}

/// The attribute a date gives its subject: the event named after it in
/// the sentence (开工, 建成 …), else before it.
fn date_attribute(norm: &str, a: usize, b: usize, period: bool) -> String {
    // A span (2025年1—9月) with no event of its own is the period its
    // figures cover: `date`, whose value carries both ends.
    if period && !planned_in_span(norm, a, b) {
        return "date".to_string();
    }
    if attributes::takes_effect(norm, b) {
        return "date_effective".to_string();
    }
    let after = &norm[b..];
    let before = &norm[..a];
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    if let Some(named) = span_end_or_start(norm, a, b, cs) {
        return named.to_string();
    }
    // 自2018年10月首列开行以来, 自2017年创办以来: the day something began,
    // whatever began (round 51: the golds of five sets accept
    // date_started, some beside the event's own name).
    // The event said before 以来 names it when the lexicon knows it (自2018年
    // 10月开通以来: date_opened).
    // Something must be said to begin: 自2019年以来 alone is a period's
    // start, as 2019年以来 is.
    let (_, ce) = clause(norm, a, b, CLAUSE_MARKS);
    if let Some(since) = norm[b..ce]
        .find("以来")
        .filter(|&p| norm[cs..a].ends_with('自') && p > 0)
    {
        let began = &norm[b..b + since];
        let event = dates::MORE_EVENTS
            .iter()
            .map(|(w, done, _)| (*w, *done))
            .chain(lexicon::DATE_EVENTS.iter().copied())
            .filter(|(w, _)| !matches!(*w, "实现" | "完成"))
            .filter_map(|(w, done)| began.find(w).map(|p| (p, done)))
            .min_by_key(|(p, _)| *p);
        return event.map_or("date_started", |(_, done)| done).to_string();
    }
    // 订单已经排到明年三月: how far ahead orders are booked, not a plan;
    // the gold of three sets names it three ways, `date` the one two of
    // them accept (round 49).
    if norm[cs..a].ends_with("排到") {
        return "date".to_string();
    }
    // 到2027年，全县将建成…: the year a goal is set for.
    if date_a_plan_reaches(norm, a) {
        return "date_target".to_string();
    }
    // 预计今年8月底建成, 计划明年6月投产: the date an event is planned for.
    // 将 of 将军 (将军山滑雪度假区4月6日闭园) is a name's, no future marker.
    let words = norm[cs..a].replace("将军", "");
    // 明年五月动工: what a date of next year says happens is planned.
    let planned = ["明年", "后年"].iter().any(|w| norm[a..b].starts_with(w))
        || lexicon::PLANNED_CUES.iter().any(|w| words.contains(w))
        || attributes::plan_goes_on(norm, cs)
        || lexicon::SENTENCE_PLAN_LEADS.iter().any(|w| {
            norm.trim_start()
                .strip_prefix(w)
                .is_some_and(|r| r.starts_with(['，', ',']))
        });
    let mut events: Vec<(usize, &str, bool)> = Vec::new();
    for (word, attr) in lexicon::DATE_EVENTS {
        // 完成486亿元 reports an amount, not an event.
        let weak = matches!(*word, "实现" | "完成");
        // 2021年以来…累计完成改造5.62万户, 2025年十件实事已全部完成: done
        // reports what a period achieved; only a plan's 完成 sets a goal's
        // date (力争2027年底前实现…).
        if weak && !planned {
            continue;
        }
        // 实现产值6.8亿元 reports an amount too: a number before the
        // clause ends.
        let event = after.match_indices(word).map(|(p, _)| p).find(|p| {
            !weak
                || !after[p + word.len()..]
                    .chars()
                    .take_while(|c| !CLAUSE_MARKS.contains(*c))
                    .take(8)
                    .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
        });
        if let Some(p) = event {
            let attr = match lexicon::PLANNED_EVENTS.iter().find(|(w, _)| w == word) {
                Some((_, planned_attr)) if planned => planned_attr,
                _ => attr,
            };
            events.push((p, attr, weak));
        }
    }
    let (_, ce) = clause(norm, a, b, CLAUSE_MARKS);
    let next = norm[ce..].chars().next().map_or(ce, |c| ce + c.len_utf8());
    // 12月3日晚，公司披露…: a time of the day after the date leaves it alone
    // in its clause.
    let alone = ce == b || TIMES_OF_DAY.contains(&&norm[b..ce]);
    // 本报讯 3月28日，…: a dateline's words before it leave it alone too.
    let opens = cs == a || norm[cs..a].trim_end().ends_with(['讯', '电']);
    let near = if opens && alone {
        clause(norm, next, next, CLAUSE_MARKS).1
    } else {
        ce
    };
    let near_after = &norm[b..near];
    for (word, done, planned_attr) in dates::MORE_EVENTS {
        // 今年我们交付的无人机: a word before 的 describes a noun; 明年开幕前
        // 完成: a date before an event is not the event's.
        let event = near_after.match_indices(word).map(|(p, _)| p).find(|p| {
            let rest = &near_after[p + word.len()..];
            // 开网店, 开网约车: a shop or a ride online, no net cast.
            let online = *word == "开网" && rest.starts_with(['店', '约', '络', '课', '购']);
            // 收到 is money coming in (收到补助资金85万元), not letters or
            // complaints received (2025年，全县共收到群众来信2300件).
            let no_money = *word == "收到" && !says_money(rest);
            !rest.starts_with(['的', '前']) && !online && !no_money
        });
        if let Some(p) = event {
            events.push((p, if planned { planned_attr } else { done }, false));
        }
    }
    // 3月28日，某中心发布《年度报告》, 12月3日晚，公司披露快报: the day a
    // report or data came out, as the gold of every set that says one names
    // it (round 35). Only a day: 今年发布预警信息120次 reports a year's work;
    // a press conference (新闻发布会) is a meeting's day.
    if events.is_empty() && norm[a..b].ends_with(['日', '号']) {
        let event = PUBLISH_WORDS.iter().any(|w| {
            near_after
                .match_indices(w)
                .any(|(p, _)| !near_after[p + w.len()..].starts_with(['的', '会']))
        });
        if event {
            return if planned {
                "date_publication_planned"
            } else {
                "date_published"
            }
            .to_string();
        }
    }
    if let Some(attr) = attributes::date_event(&events) {
        return attr.to_string();
    }
    // 力争2028年产值突破120亿元, 预计到2027年，…将超过4000只, 按照规划，2030年
    // 全省装机将达到…: a date a goal or a forecast is set for, with no event
    // of its own, is the goal's.
    let plan_before = cs == a
        && lexicon::PLAN_LEADS
            .iter()
            .any(|w| norm[..cs].trim_end_matches(['，', ',']).ends_with(w));
    // 2026年，全市法院将力争…提高到90%以上: a date standing alone before
    // the clause that sets the goal is the goal's too (round 49).
    // Only the verbs: 2025年，全县紧扣"争先进位"目标 follows a goal.
    let goal_after = opens
        && alone
        && ["力争", "争取", "预计"]
            .iter()
            .any(|w| near_after.contains(w));
    if plan_before
        || goal_after
        || lexicon::GOAL_DATE_CUES
            .iter()
            .any(|w| norm[cs..a].contains(w))
    {
        return "date_target".to_string();
    }
    // 签订2027年度煤炭购销合同: a 年度 before its noun is the year the thing
    // is of, not the day of the verb before it (round 49).
    let of_a_noun = norm[a..b].ends_with("年度") && after.starts_with(is_han);
    for (word, attr) in lexicon::DATE_EVENTS {
        if !of_a_noun && before.contains(word) && (planned || !matches!(*word, "实现" | "完成"))
        {
            return attr.to_string();
        }
    }
    // 明年，…将…: a date of next year with no event is planned, as the
    // gold of the sets that say one most often names it (round 49).
    if ["明年", "后年"].iter().any(|w| norm[a..b].starts_with(w)) {
        return "date_planned".to_string();
    }
    "date".to_string()
}

/// 一直持续到12月15日, 执行时间至2027年1月31日, 到10月底基本结束: the day
/// something lasting ends; 9月15日起, 自10月20日起开办, 10月15日起正式供热:
/// the day it starts. Planned when the words before it in the clause say so
/// (预计持续至明年4月15日). A date right before 前完成 is the day work is
/// planned to be done by. None when the words say none of these.
fn span_end_or_start(norm: &str, a: usize, b: usize, cs: usize) -> Option<&'static str> {
    let before = &norm[cs..a];
    let after = &norm[b..];
    let planned =
        norm[a..b].starts_with("明年") || lexicon::PLANNED_CUES.iter().any(|w| before.contains(w));
    const LASTS: [&str; 5] = ["持续到", "持续至", "执行时间至", "延续到", "延续至"];
    let ends = LASTS.iter().any(|w| before.ends_with(w))
        || before.ends_with(['至', '到'])
            && ["截止", "结束", "基本结束"]
                .iter()
                .any(|w| after.starts_with(w));
    if ends {
        return Some(if planned {
            "date_end_planned"
        } else {
            "date_ended"
        });
    }
    // 力争2027年底前完成…: the day a plan's work is to be done by.
    let by_then = after.strip_prefix('前').is_some_and(|r| {
        ["完成", "全部完成", "基本完成", "全面完成"]
            .iter()
            .find(|w| r.starts_with(**w))
            // 已于6月底前完成, 前完成了: done by then, not planned.
            .is_some_and(|w| !r[w.len()..].starts_with('了'))
    }) && !before.contains('已');
    if by_then {
        return Some("date_completion_planned");
    }
    let rest = after.strip_prefix('起')?;
    let starts = rest.is_empty()
        || rest.starts_with(|c: char| CLAUSE_MARKS.contains(c) || c == '\n')
        || ["开办", "开始", "正式"].iter().any(|w| rest.starts_with(w));
    starts.then_some(if planned {
        "date_start_planned"
    } else {
        "date_started"
    })
}

/// Times of the day that may follow a date in its clause, for
/// `date_attribute`.
const TIMES_OF_DAY: &[&str] = &[
    "晚", "上午", "下午", "晚间", "早上", "早间", "凌晨", "中午", "傍晚",
];

/// Verbs of making a report or data public, for `date_attribute`.
const PUBLISH_WORDS: &[&str] = &["发布", "披露", "公布"];

/// A year said alone: 比2020年 is the base a change is measured from;
/// 2024年，X… and 2024年X实施… open a report of the year (a period), the
/// event words later in the sentence being of what was done in it.
fn year_attribute(norm: &str, a: usize, b: usize, attr: &str) -> Option<&'static str> {
    // 由2020年的94.4%提高到100%, 由去年的31%: the year a change starts
    // from, a year said or a word (round 49).
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    if norm[cs..a].ends_with('由')
        && norm[b..]
            .strip_prefix('的')
            .is_some_and(|r| r.starts_with(is_numeral_char))
    {
        return Some("base_year");
    }
    // 今年, 去年: words, not a year said; 到2027年: a target.
    if !norm[a..b].starts_with(|c: char| c.is_ascii_digit())
        || attr == "date_target" && date_a_plan_reaches(norm, a)
    {
        return None;
    }
    let before = norm[cs..a].trim_end_matches(['的']);
    if ["比", "较", "与", "同"].iter().any(|w| before.ends_with(w)) {
        return Some("base_year");
    }
    let opens = before.is_empty() || lexicon::TIME_WORDS.contains(&before);
    let planned = lexicon::PLANNED_CUES
        .iter()
        .any(|w| norm[cs..a].contains(w));
    if !opens || planned || norm[b..].starts_with(['底', '末', '前', '后', '起', '以', '是'])
    {
        return None;
    }
    // 2021年，村里牵头成立…: an event in the clause after it is its own.
    let (_, ce) = clause(norm, b, b, CLAUSE_MARKS);
    let limit = norm[ce..]
        .char_indices()
        .skip(1)
        .find(|(_, c)| CLAUSE_MARKS.contains(*c))
        .map_or(norm.len(), |(i, _)| ce + i);
    (date_attribute(&norm[..limit], a, b, false) == "date").then_some("date")
}

/// Whether `words` say an amount of yuan (85万元, 3.2亿元): a 元 right
/// after a numeral, 万 or 亿 (not 元旦, 单元).
fn says_money(words: &str) -> bool {
    words
        .match_indices('元')
        .any(|(i, _)| words[..i].chars().next_back().is_some_and(is_numeral_char))
}

/// 到2027年: a date right after 到/至 opening its clause, or after 到 that
/// a goal word before it in the clause leads (力争到2028年, 我们的目标是到
/// 2030年, round 14).
fn clause_opens_with_dao(norm: &str, a: usize) -> bool {
    let (cs, _) = clause(norm, a, a, CLAUSE_MARKS);
    let before = &norm[cs..a];
    if ["到", "至"].contains(&before) {
        return true;
    }
    before.strip_suffix('到').is_some_and(|lead| {
        lead.chars().count() <= 8 && ["力争", "争取", "目标"].iter().any(|w| lead.contains(w))
    })
}

/// 计划到2028年，…; 我们想着到2028年: a year a plan reaches for is a goal's
/// date, as after 力争 (round 51: so named in the golds of four sets). Only
/// the date: the values after it are not all goals (计划到2026年完成改造10万亩，
/// 每亩补助500元: the subsidy is a standard).
fn date_a_plan_reaches(norm: &str, a: usize) -> bool {
    let (cs, _) = clause(norm, a, a, CLAUSE_MARKS);
    clause_opens_with_dao(norm, a)
        || norm[cs..a].strip_suffix('到').is_some_and(|lead| {
            lead.chars().count() <= 8 && ["计划", "规划", "想着"].iter().any(|w| lead.contains(w))
        })
}

fn ends_sentence(norm: &str) -> bool {
    norm.trim_end_matches(['”', '’', '」', '』', '）', ')', '"'])
        .ends_with(['。', '！', '？', '!', '?', '；', ';', '…'])
}

/// What a sentence offers for choosing subjects.
#[derive(Clone, Copy)]
struct Context<'a> {
    norm: &'a str,
    mentions: &'a [Mention],
    /// Every name of the sentence, the sources of the news included.
    named: &'a [Mention],
    /// The last name of the sentence before (for 该项目…, or a sentence
    /// naming nothing).
    fallback: Option<&'a Mention>,
    /// Where a word such as 该项目 stands, if there is one.
    anaphor: Option<usize>,
    /// The same with the ending of the name it refers to (全村: 村).
    anaphor_at: Option<(usize, &'static str)>,
    /// The document's topic (first name of the headline).
    topic: Option<&'a Mention>,
    /// The quantities of the sentence, in order.
    values: &'a [(usize, usize)],
    /// Whether the fallback is the thread of earlier sentences rather
    /// than the topic (for explanations).
    fallback_is_thread: bool,
    /// Items of a list before 分别 that are names only to the values 分别
    /// hands out (`plain_list_names`), no subject to anything else.
    list_items: &'a [Mention],
    /// The place a share of the whole (合计占全县…) is of (`whole_level`).
    whole_place: Option<&'a Mention>,
}

impl Context<'_> {
    /// The subject of a value at `a..b`: the name right after "的"
    /// (总投资2亿元的X项目); else, when the sentence opens with 该项目 and
    /// names nothing before it, the fallback; else the nearest name before
    /// the value (dates: the first after it); else the other side; else the
    /// fallback.
    ///
    /// Returns the subject and why it was chosen (for `load --explain`). A count
    /// never goes to a person (a spokesman is not what 40座 are of).
    fn subject_why(
        &self,
        a: usize,
        b: usize,
        date: bool,
        count: bool,
    ) -> (Option<Mention>, String) {
        // 东湖新区年产20万吨特种纸项目: a value the name says is the named
        // thing's.
        if let Some(m) = self.mentions.iter().find(|m| m.start < a && b < m.end) {
            return (
                Some(m.clone()),
                "inside a name that says it (…年产20万吨…项目): the named thing's".into(),
            );
        }
        if !date {
            if let Some((m, why)) = self.by_structure(a, b) {
                return (Some(m), why);
            }
        }
        // A person counts only when the clause says 他/她 (他家养了120只羊).
        let (cs0, _) = clause(self.norm, a, b, CLAUSE_MARKS);
        let own = self.norm[cs0..a].contains(['他', '她']);
        // One of the people (渔民王德顺…捕了四百多尾) counts their own things.
        let usable = |m: &&Mention| {
            !(count
                && !own
                && m.new_kind.as_deref() == Some("person")
                && m.how != Some(ONE_OF_THE_PEOPLE)
                && m.how != Some(A_DEFENDANT))
        };
        let after = &self.norm[b..];
        if let Some(rest) = after.strip_prefix('的') {
            let at = b + (after.len() - rest.len());
            if let Some(m) = self.mentions.iter().filter(usable).find(|m| m.start == at) {
                return (Some(m.clone()), "the name right after 的".into());
            }
        }
        let (cs, _) = clause(self.norm, a, b, CLAUSE_MARKS);
        // 全村已建成民宿43家: a word referring back in the value's own
        // clause names the latest name with its ending, in this sentence
        // first (彰武县…北甸子村依托…，全村…).
        // A name between the word and the value (该县与X签订总投资…) is
        // nearer: it wins.
        let named_between = |p: usize| {
            self.mentions
                .iter()
                .filter(usable)
                .any(|m| m.start > p && m.end <= a && !is_locative(self.norm, m))
        };
        // 据甲县农业局介绍，今年全县…，预计产量…: a 全县 opening an earlier
        // clause, no name after it, is nearer than the office before it
        // (not one inside a clause: 甲村是全镇最大的村，…).
        let opens_earlier = |p: usize| {
            let (ps, _) = clause(self.norm, p, p, CLAUSE_MARKS);
            let lead = &self.norm[ps..p];
            p < cs
                && self.norm[p..].starts_with('全')
                && (lead.is_empty() || lexicon::TIME_WORDS.contains(&lead))
        };
        if let Some((p, ending)) = self.anaphor_at {
            if (p >= cs || opens_earlier(p)) && p < a && !ending.is_empty() && !named_between(p) {
                // The office the news was heard from may be what 该行
                // refers to (记者从X银行获悉，该行…).
                let here = self
                    .named
                    .iter()
                    .filter(usable)
                    .rfind(|m| m.end <= p && simplify(&m.name).ends_with(ending));
                if let Some(m) = here.or(self.fallback) {
                    return (
                        Some(m.clone()),
                        "a word referring back (该…/全…) in its clause: the latest name it \
                         refers to"
                            .into(),
                    );
                }
            }
        }
        let first_before = self.mentions.iter().find(|m| m.end <= a).map(|m| m.start);
        if let (Some(p), Some(f)) = (self.anaphor, self.fallback) {
            if p < a && first_before.is_none_or(|s| p < s) && !named_between(p) {
                // In this sentence first (记者从X银行获悉，该行…).
                let here = self.anaphor_at.and_then(|(_, ending)| {
                    self.named.iter().filter(usable).rfind(|m| {
                        !ending.is_empty() && m.end <= p && simplify(&m.name).ends_with(ending)
                    })
                });
                return (
                    Some(here.unwrap_or(f).clone()),
                    "a word referring back (该…/全…) before it: the name it refers to".into(),
                );
            }
        }
        // A clause that names nothing before the value speaks of the
        // sentence's subject, the name that opens it (大清沟风景区是彰武县
        // 重点打造的景区，…其中水域面积120公顷: the scenic area's).
        let in_clause = self
            .mentions
            .iter()
            .filter(usable)
            .any(|m| m.start >= cs && m.end <= a);
        if !in_clause {
            // 青石县建成了X产业园，目前已有企业9家入驻: a name a clause
            // before sets up (成立了/建成了…X, ending its clause) is what
            // the clauses after it, naming nothing, speak of.
            if let Some(m) = self.set_up_before(cs, a).filter(usable) {
                return (
                    Some(m.clone()),
                    "no name in its clause; a clause before it sets up a name (建成了X，…): X"
                        .into(),
                );
            }
            // 甲集团提供的数据显示，3号线…，其中换乘客流…: a source opening
            // the sentence whose report names its thing after it is not
            // that thing; the name it reports on is (the nearest below).
            let reports_on_another = |m: &Mention| {
                reports_after(&self.norm[m.end..])
                    && self
                        .mentions
                        .iter()
                        .filter(usable)
                        .any(|n| n.start >= m.end && n.end <= a)
            };
            if let Some(m) = self
                .opening_subject()
                .filter(|m| m.end <= a && usable(m) && !reports_on_another(m))
            {
                // 梅州市统计局有关负责人表示，…全市…增长5%左右: what an
                // office opening the sentence says is about its place.
                if speaks_after(&self.norm[m.end..]) {
                    if let Some(p) = office_place(m) {
                        return (
                            Some(p),
                            "no name in its clause; an office speaking opens the sentence: \
                             its place"
                                .into(),
                        );
                    }
                }
                return (
                    Some(m.clone()),
                    "no name in its clause: the name that opens the sentence".into(),
                );
            }
        }
        // A place after 在 (签约仪式在集宁区举行) is where, not who: the
        // nearest name before that is not one, if any.
        let where_ = self
            .mentions
            .iter()
            .filter(usable)
            .rfind(|m| m.end <= a)
            .map(|m| (m, "the nearest name before it (a place after 在)"));
        let before = self
            .mentions
            .iter()
            .filter(usable)
            .rfind(|m| m.end <= a && !is_locative(self.norm, m))
            .map(|m| (m, "the nearest name before it in the sentence"));
        // Only where things happen (由X与Y投资建设, 在X举行) before a value
        // of a sentence going on about something said before: that thing.
        // 在方家营镇，一条十二公里长的路…: a place opening the sentence as
        // a clause of its own sets the scene; what follows is there.
        // 在光照镇东风村，…: the places may come one inside the next.
        let opens_with = |m: &Mention, w: &str| {
            let mut at = m.start;
            while at > w.len() {
                match self.named.iter().find(|p| p.end == at && p.start < at) {
                    Some(p) => at = p.start,
                    None => return false,
                }
            }
            self.norm[..at] == *w
        };
        let scene = where_.filter(|(m, _)| {
            m.new_kind
                .as_deref()
                .is_some_and(|k| PLACE_KINDS.contains(&k))
                && ["在", "位于"].iter().any(|w| opens_with(m, w))
                && self.norm[m.end..].starts_with(['，', ','])
        });
        if let Some((m, _)) = scene {
            return (
                Some(m.clone()),
                "a place opening the sentence as its own clause (在X，…): the scene".into(),
            );
        }
        if !date && before.is_none() && where_.is_some() && self.fallback_is_thread {
            if let Some(f) = self.fallback {
                return (
                    Some(f.clone()),
                    "only where it happens named before it: the thread of the sentences before"
                        .into(),
                );
            }
        }
        let before = before.or(where_);
        // 共有桥梁142座…，其中最长的X隧道…: a name after a 其中 that follows
        // the value is one member of what was counted, not its owner.
        let member_after =
            |m: &Mention| !date && m.start >= b && self.norm[b..m.start].contains("其中");
        let after = self
            .mentions
            .iter()
            .filter(usable)
            .find(|m| m.start >= b && !member_after(m) && m.how != Some(QUOTED_NAME_HOW))
            .map(|m| {
                // 3月26日，酒泉市瓜州县…活动: a date's place said in a chain,
                // one inside the next, is the smallest of them.
                let mut m = m;
                while date
                    && m.new_kind
                        .as_deref()
                        .is_some_and(|k| PLACE_KINDS.contains(&k))
                {
                    match self
                        .mentions
                        .iter()
                        .filter(usable)
                        .find(|n| n.start == m.end)
                    {
                        Some(n) => m = n,
                        None => break,
                    }
                }
                // 12月2日，位于甲开发区的乙基地投产: where the thing is, said
                // before 的, is no part of what the day is of; the thing is.
                if date && self.norm[..m.start].ends_with("位于") {
                    let de = m.end + "的".len();
                    if self.norm[m.end..].starts_with('的') {
                        if let Some(n) = self.mentions.iter().filter(usable).find(|n| n.start == de)
                        {
                            return (
                                n,
                                "the thing a place is said of (位于X的Y) after it in the sentence",
                            );
                        }
                    }
                }
                (m, "the first name after it in the sentence")
            });
        // 公司于2025年9月18日召开董事会, 项目于3月开工: the name before 于
        // is what the day is of, not a name in what was done then.
        let yu = date && self.norm[..a].ends_with('于');
        // 带鱼每斤28元左右，小黄鱼每斤18元左右: a name opening a later
        // clause is that clause's head, not the owner of a value before it
        // that has its own head; the thread is.
        let later_clause = |m: &Mention| {
            let (vs, _) = clause(self.norm, a, b, "，,；;");
            self.norm[b..m.start].contains(['，', ',', '；', ';'])
                && self.norm[vs..a].chars().any(is_han)
        };
        let named_before = self.named.iter().any(|m| m.end <= a);
        if !date && before.is_none() && !named_before {
            if let (Some((m, _)), Some(f)) = (after, self.fallback) {
                if later_clause(m) {
                    return (
                        Some(f.clone()),
                        "the only name after it heads a later clause: the thread of the \
                         sentences before"
                            .into(),
                    );
                }
            }
        }
        let pick = if date && !yu {
            after.or(before)
        } else {
            before.or(after)
        };
        if let Some((m, why)) = pick {
            return (Some(m.clone()), why.into());
        }
        let members_only = self.mentions.iter().filter(usable).any(member_after);
        match self.fallback {
            Some(f) if members_only => (
                Some(f.clone()),
                "no name in the sentence but after 其中 (a member of what it counts): the \
                 thread or the document's topic"
                    .into(),
            ),
            // A quoted name opening a later clause names none of the
            // values before it.
            Some(f)
                if !self
                    .mentions
                    .iter()
                    .filter(usable)
                    .any(|m| m.how != Some(QUOTED_NAME_HOW)) =>
            {
                (
                    Some(f.clone()),
                    if self.topic.is_some_and(|t| t.name == f.name) && !self.fallback_is_thread {
                        "no name in the sentence: the document's topic".into()
                    } else {
                        "no name in the sentence: the thread of the sentences before".into()
                    },
                )
            }
            _ => (
                None,
                "no name to attach to: kept as a mention of the document".into(),
            ),
        }
    }
}

/// Verbs that set up a new thing: what a clause ending in the name they
/// take speaks of what follows (成立了合作社，…).
const SET_UP_VERBS: &[&str] = &[
    "成立了",
    "建成了",
    "建设了",
    "组建了",
    "打造了",
    "建起了",
    "创办了",
];

impl Context<'_> {
    /// The latest name before the clause at `cs` (and before `a`, with no
    /// other name after it) that ends its own clause as the thing a set-up
    /// verb before it in that clause takes (青石县建成了X，…).
    fn set_up_before(&self, cs: usize, a: usize) -> Option<&Mention> {
        let m = self.mentions.iter().rfind(|m| m.end <= a)?;
        if m.end > cs || !self.norm[m.end..].starts_with(['，', ',']) {
            return None;
        }
        let (ms, _) = clause(self.norm, m.start, m.end, CLAUSE_MARKS);
        let lead = &self.norm[ms..m.start];
        let opening = self.opening_subject().is_some_and(|o| o.start == m.start);
        (!opening && SET_UP_VERBS.iter().any(|v| lead.contains(v))).then_some(m)
    }

    /// The name a sentence opens with, when it is its subject: the first
    /// thing in the sentence (after a time word and a comma at most),
    /// followed by 是/的/在/将/已/正在 or a verb, not a place said as where.
    fn opening_subject(&self) -> Option<&Mention> {
        if let Some(m) = self.mentions.iter().find(|m| m.how == Some(DASH_ITEM_HOW)) {
            return Some(m);
        }
        let m = self.mentions.first()?;
        let lead = &self.norm[..m.start];
        let lead_ok = lead.is_empty()
            || (lead.chars().count() <= 6 && lead.ends_with(['，', ',']) && {
                let body = lead.trim_end_matches(['，', ',']);
                !body.contains(['，', ','])
            });
        // 彰武县阿尔乡镇北甸子村依托…: of places one inside the next, the
        // last (the smallest) is the subject.
        let mut m = m;
        for n in self.mentions.iter().skip(1) {
            if n.start != m.end {
                break;
            }
            m = n;
        }
        // 福州市对口帮扶的永宁县闽宁镇已形成…: a name in a phrase that
        // modifies the next name (X…的Y) is not the subject; Y, the head,
        // is (and the places one inside the next after it).
        if let Some(n) = self.mentions.iter().find(|n| n.start >= m.end) {
            let between = &self.norm[m.end..n.start];
            if between.ends_with('的')
                && between.chars().count() <= 12
                && !between.contains(|c: char| CLAUSE_MARKS.contains(c))
            {
                m = n;
                for n in self.mentions.iter().filter(|x| x.start > m.start) {
                    if n.start != m.end {
                        break;
                    }
                    m = n;
                }
            }
        }
        let next = &self.norm[m.end..];
        // A name the sentence opens with, nothing before it, is what it
        // is about (昭会高速起于…，路线全长…), unless a title, a word of
        // saying or a modifier's 的 follows it.
        let person_next = self.named.iter().any(|p| {
            p.new_kind.as_deref() == Some("person")
                && p.start >= m.end
                && self.norm[m.end..p.start].chars().count() <= 4
        });
        let first_thing = lead.is_empty()
            && !person_next
            && m.new_kind.as_deref() != Some("person")
            && next.starts_with(|c: char| is_han(c) && c != '的')
            && !lexicon::person_before()
                .chain(lexicon::SPEECH)
                .any(|w| next.starts_with(w));
        let verb_follows = first_thing || lexicon::SUBJECT_NEXT.iter().any(|w| next.starts_with(w));
        (lead_ok && verb_follows && !is_locative(self.norm, m)).then_some(m)
    }

    /// Subjects given by the sentence's structure rather than by nearness:
    /// - 甲、乙和丙分别…v1、v2和v3: the i-th value of the clause after 分别
    ///   goes to the i-th name of the list before it, when the counts agree;
    /// - a total (合计, 总计, 共计) in a clause that names nothing, after a
    ///   list of names, belongs to the group's parent, the topic, not to
    ///   the last name of the list.
    fn by_structure(&self, a: usize, b: usize) -> Option<(Mention, String)> {
        // 其中甲、乙两座电站: the count of a list's items is the group's,
        // not its last item's.
        let counts_items = self
            .mentions
            .iter()
            .any(|m| m.end == a && m.how == Some(COUNTED_BEFORE_HOW));
        if let Some(f) = self.fallback.or(self.topic).filter(|_| counts_items) {
            return Some((
                f.clone(),
                "the count of the items of a list: the group's parent".into(),
            ));
        }
        let (cs, ce) = clause(self.norm, a, b, "，,；;。！？!?");
        let clause_text = &self.norm[cs..ce];
        if let Some(p) = clause_text.find("分别") {
            let p = cs + p;
            if p < a {
                // The items of a plain list stand over the names they
                // overlap.
                let mut all: Vec<&Mention> = self
                    .mentions
                    .iter()
                    .filter(|m| {
                        !self
                            .list_items
                            .iter()
                            .any(|i| i.start < m.end && m.start < i.end)
                    })
                    .chain(self.list_items)
                    .collect();
                all.sort_by_key(|m| m.start);
                let mut list: Vec<&Mention> = all
                    .iter()
                    .copied()
                    .filter(|m| m.start >= cs && m.end <= p)
                    .collect();
                // 甲、乙和丙入驻，…分别为v1、v2和v3: the list is the
                // nearest clause before that names several.
                let mut from = cs;
                while list.len() < 2 && from > 0 {
                    // The mark that opens this clause ends the one before.
                    let Some((mark, _)) = self.norm[..from].char_indices().next_back() else {
                        break;
                    };
                    let (ps, _) = clause(self.norm, mark, mark, "，,；;。！？!?");
                    list = all
                        .iter()
                        .copied()
                        .filter(|m| m.start >= ps && m.end < from)
                        .collect();
                    if ps == 0 || ps >= from {
                        break;
                    }
                    from = ps;
                }
                // 毕节市七星关区、大方县…: places said one inside the next,
                // with no mark between, are one item of the list (the
                // innermost).
                let whole: Vec<&Mention> = list.clone();
                list.retain(|m| !whole.iter().any(|n| n.start == m.end));
                let vals: Vec<&(usize, usize)> = self
                    .values
                    .iter()
                    .filter(|(va, vb)| *va > p && *vb <= ce)
                    .collect();
                if list.len() >= 2 && list.len() == vals.len() {
                    if let Some(i) = vals.iter().position(|(va, _)| *va == a) {
                        return Some((
                            list[i].clone(),
                            format!(
                                "分别: value {} of {} goes to name {} of the list",
                                i + 1,
                                vals.len(),
                                i + 1
                            ),
                        ));
                    }
                }
            }
        }
        let total = lexicon::TOTALS.iter().any(|w| self.norm[cs..a].contains(w));
        let named_here = self.mentions.iter().any(|m| m.start >= cs && m.end <= ce);
        // 甲、乙和丙…: names before the clause said as a list, not just any
        // two names (射阳县已并网的项目共7个，合计…: the place's).
        let before: Vec<&Mention> = self.mentions.iter().filter(|m| m.end <= cs).collect();
        // 甲接待v1，乙接待v2，…合计: or heads of parallel clauses, each
        // with a value of its own.
        let heads = before
            .iter()
            .filter(|m| {
                let (_, me) = clause(self.norm, m.start, m.end, "，,；;");
                self.values.iter().any(|(va, _)| *va >= m.end && *va < me)
            })
            .map(|m| clause(self.norm, m.start, m.end, "，,；;").0)
            .collect::<std::collections::BTreeSet<_>>()
            .len();
        let listed = heads >= 2
            || before.windows(2).any(|w| {
                matches!(
                    self.norm.get(w[0].end..w[1].start),
                    Some("、" | "和" | "及" | "与" | "以及")
                )
            });
        // 三镇合计占全县的42.5%: the group's share of the whole place is
        // that place's, as its level says.
        if let Some(w) = self.whole_place.filter(|_| total && !named_here && listed) {
            if whole_level(&self.norm[cs..a]).is_some() {
                return Some((
                    w.clone(),
                    "a group's share of the whole (合计占全县…): the place of that level".into(),
                ));
            }
        }
        if total && !named_here && listed {
            return self.topic.cloned().map(|t| {
                (
                    t,
                    "a total (合计…) after a list: the group's parent, the document's topic".into(),
                )
            });
        }
        None
    }
}

/// A name the reporter heard the news from: 从X获悉/了解到/得知.
/// A speaker (李国华介绍) and the office a speaker speaks for (X办公室主任
/// 李国华介绍) are sources too: what they say is about something else.
fn is_source(norm: &str, m: &Mention) -> bool {
    // 程某：我们今年… : a person opening an interview's answer is who
    // speaks, not what the figures are about.
    if m.start == 0
        && m.new_kind.as_deref() == Some("person")
        && norm[m.end..].starts_with(['：', ':'])
    {
        return true;
    }
    // X市市场监督管理局（知识产权局）负责人介绍: the office's other name in
    // brackets is no part of what follows it.
    let after = {
        let a = &norm[m.end..];
        a.strip_prefix(['（', '('])
            .and_then(|r| {
                r.char_indices()
                    .take(12)
                    .find(|(_, c)| matches!(c, '）' | ')'))
                    .map(|(i, c)| &r[i + c.len_utf8()..])
            })
            .unwrap_or(a)
    };
    // 从X获悉, and 从X沈白高铁项目部获悉: the name opens the office heard from.
    let heard = norm[..m.start].ends_with(['从', '從']) && {
        // 从甲市文化和旅游局、市体育局获悉: offices listed.
        let to_mark: String = after
            .chars()
            .take_while(|c| *c == '、' || !SMALL_MARKS.contains(*c))
            .take(16)
            .collect();
        ["获悉", "了解到", "得知", "获知", "获取"]
            .iter()
            .any(|w| to_mark.contains(w))
    };
    let speaks = |rest: &str| {
        // A name of two to four characters, then a verb of saying.
        rest.char_indices()
            .skip(2)
            .take(3)
            .any(|(i, _)| lexicon::SPEECH.iter().any(|w| rest[i..].starts_with(w)))
    };
    // …王德明告诉记者，他家养了120只羊: a speaker speaking of himself is
    // the subject.
    // 张卫东在签约仪式上表示: where he spoke, said between.
    let said = after
        .strip_prefix('在')
        .and_then(|r| {
            r.char_indices()
                .take(12)
                .take_while(|(_, c)| !SMALL_MARKS.contains(*c))
                .find(|(i, c)| matches!(c, '上' | '时' | '中') && !r[i + c.len_utf8()..].is_empty())
                .map(|(i, c)| &r[i + c.len_utf8()..])
        })
        .unwrap_or(after);
    let speaker = m.new_kind.as_deref() == Some("person")
        && lexicon::SPEECH.iter().any(|w| said.starts_with(w))
        && !after.contains(['他', '她']);
    // X局负责人表示: a title saying, its bearer unnamed, speaks for X too;
    // so does a chain of titles (X局副局长, X局党委书记、局长张三表示).
    // A company's officer speaking (甲汽车总经理张三介绍，首款车型…) gives
    // its own figures: the company is their subject, not their source.
    // 县财政局相关负责人表示, 甲高新区管委会相关负责人介绍: an office of
    // a place said by its level alone, or a zone's committee, speaks for
    // the place through whoever is 相关 (有关); another office's
    // 相关负责人 (甲海关, 甲管理局) mostly tells of its own work.
    let key = simplify(&m.name);
    let for_place = key.starts_with(['县', '市', '区', '省', '州']) || key.ends_with("管委会");
    let titled = ["相关", "有关"]
        .iter()
        .find_map(|w| after.strip_prefix(w))
        .filter(|_| for_place)
        .unwrap_or(after);
    let office = !matches!(m.new_kind.as_deref(), Some("person" | "enterprise"))
        && title_chain(titled).is_some_and(|t| {
            let rest = &titled[t..];
            // …负责人表示，公司将投入…: it speaks of itself.
            let tail: String = {
                let n = key.chars().count();
                key.chars().skip(n.saturating_sub(2)).collect()
            };
            speaks(rest)
                || lexicon::SPEECH.iter().any(|w| rest.starts_with(w))
                    && !simplify(rest).contains(&tail)
        });
    // X局提供的数据显示, 据X局统计: an office whose figures the text
    // reports is where they came from, not what they are about.
    // 甲县枸杞产业发展服务中心提供的数据显示: a place's service centre
    // (its name opening with the place) reports the place's figures too;
    // a venue (甲市国际会展中心数据显示，举办展会86场) counts its own.
    let place_centre = ["服务中心", "发展中心", "监测中心"]
        .iter()
        .any(|e| key.ends_with(e))
        && find_places(&key)
            .first()
            .is_some_and(|p| p.start == 0 && p.end + "中心".len() < key.len());
    let figures = m.new_kind.as_deref() != Some("person")
        && (["局", "委", "办", "厅", "署", "政府", "委员会"]
            .iter()
            .any(|e| key.ends_with(e))
            || place_centre)
        && (["提供的数据", "发布的数据显示", "数据显示", "统计显示"]
            .iter()
            .any(|w| after.starts_with(w))
            || norm[..m.start].ends_with('据')
                && ["统计", "监测", "测算"]
                    .iter()
                    .any(|w| after.starts_with(w))
            || publishes_data(after)
            || joint_office_publishes(after)
            || holds_press_conference(after));
    // 甲局集团公司客运部负责人介绍，开通初期每日开行列车52列: the head of
    // a department inside an organisation tells of the work the department
    // does (a line's trains), not of the organisation; unless what he says
    // names it again (…财务部负责人介绍，集团去年营收…).
    // Not a work's own office (甲水利枢纽管理处负责人介绍): it tells of the
    // work.
    let organisation = m.new_kind.as_deref() == Some("enterprise")
        || ["集团", "公司", "局", "厅", "委", "银行"]
            .iter()
            .any(|e| key.ends_with(e));
    let department = organisation && {
        let inner = ["公司", "集团"]
            .iter()
            .find_map(|w| after.strip_prefix(w))
            .unwrap_or(after);
        inner
            .char_indices()
            .take(6)
            .take_while(|(_, c)| is_han(*c))
            .skip(1)
            .map(|(i, c)| i + c.len_utf8())
            .find(|&e| inner[..e].ends_with(['部', '处', '科', '室']))
            .is_some_and(|e| {
                let titled = &inner[e..];
                title_chain(titled).is_some_and(|t| {
                    let rest = &titled[t..];
                    let tail: String = {
                        let n = key.chars().count();
                        key.chars().skip(n.saturating_sub(2)).collect()
                    };
                    lexicon::SPEECH.iter().any(|w| rest.starts_with(w))
                        && !simplify(rest).contains(&tail)
                })
            })
    };
    heard || speaker || office || figures || department || speaks_for_place(norm, m)
}

/// 甲市文化和旅游局表示，今年将新增专线12条: an office named whole with its
/// place, saying or publishing right after its name, speaks for the place
/// as its head would (X局局长表示); unless what it says names it again
/// (…表示，旅游局将…) or says it short (该局, 本局, 全局).
fn speaks_for_place(norm: &str, m: &Mention) -> bool {
    let key = simplify(&m.name);
    let Some(ending) = ["局", "委", "办", "厅", "委员会"]
        .iter()
        .find(|e| key.ends_with(**e))
    else {
        return false;
    };
    m.new_kind.as_deref() != Some("person")
        && find_places(&key)
            .first()
            .is_some_and(|p| p.start == 0 && p.end < key.len())
        && lexicon::SPEECH
            .iter()
            .chain(&["发布", "公布", "通报", "预计"])
            .find_map(|w| norm[m.end..].strip_prefix(w))
            .is_some_and(|rest| {
                let tail: String = {
                    let n = key.chars().count();
                    key.chars().skip(n.saturating_sub(2)).collect()
                };
                // 本局, 我局, 全局, 该局: the office itself, said short.
                let rest = simplify(rest);
                !rest.contains(&tail)
                    && !["该", "本", "我", "全", "此"]
                        .iter()
                        .any(|p| rest.contains(&format!("{p}{ending}")))
            })
}

/// 甲局召开新闻发布会，通报…: an office holding a press conference is
/// where the figures told there came from, not what they are about.
fn holds_press_conference(after: &str) -> bool {
    let Some(r) = ["召开", "举行", "举办"]
        .iter()
        .find_map(|v| after.strip_prefix(v))
    else {
        return false;
    };
    let clause: String = r
        .chars()
        .take_while(|c| !SMALL_MARKS.contains(*c))
        .take(16)
        .collect();
    ["发布会", "通气会", "吹风会"]
        .iter()
        .any(|w| clause.contains(w))
}

/// 提供的数据显示: the words after a name that make it the source of the
/// data the sentence goes on to report. Not 负责人表示: an official speaks
/// for their own body or place (measured: four older sets lose).
fn reports_after(after: &str) -> bool {
    ["提供的数据", "发布的数据", "数据显示", "统计显示"]
        .iter()
        .any(|w| after.starts_with(w))
}

/// 甲局及乙局公布，…: another office named after 及 (和, 与, 、) publishes
/// the figures with this one; both are their source.
fn joint_office_publishes(after: &str) -> bool {
    let Some(r) = ['及', '和', '与', '、']
        .iter()
        .find_map(|c| after.strip_prefix(*c))
    else {
        return false;
    };
    r.char_indices()
        .take(14)
        .take_while(|(_, c)| is_han(*c))
        .map(|(i, c)| i + c.len_utf8())
        .any(|e| {
            ["局", "署", "厅", "委", "办", "委员会"]
                .iter()
                .any(|o| r[..e].ends_with(o))
                && publishes_data(&r[e..])
        })
}

/// 甲省统计局10月24日发布数据，…: an office publishing figures (on a
/// day said between) is their source; the words after it, to the next
/// mark, say they are data.
fn publishes_data(after: &str) -> bool {
    // 甲局日前发布…, 乙部昨日公布…: the day said by a word instead.
    let rest = PUBLISHED_WHEN
        .iter()
        .find_map(|w| after.strip_prefix(w))
        .unwrap_or_else(|| {
            after.trim_start_matches(|c: char| c.is_ascii_digit() || "年月日".contains(c))
        });
    let rest = after_bracketed_day(rest);
    ["发布", "公布"].iter().any(|v| {
        rest.strip_prefix(v).is_some_and(|r| {
            let clause: String = r
                .chars()
                .take_while(|c| !SMALL_MARKS.contains(*c))
                .take(24)
                .collect();
            // …市场运行情况: a report's figures by other words.
            ["数据", "统计", "报告", "运行情况"]
                .iter()
                .any(|w| clause.contains(w))
                || figures_of_a_whole_follow(r)
                // 甲市医保局日前发布《关于调整…待遇的通知》: a policy it
                // issues sets figures for its place, not for the office.
                || policy_title(r)
        })
    })
}

/// 《关于调整…的通知》 right after an office's 发布: a policy document by
/// its title's last word.
fn policy_title(r: &str) -> bool {
    r.strip_prefix('《')
        .and_then(|t| t.split_once('》'))
        .is_some_and(|(t, _)| {
            ["通知", "办法", "方案", "细则", "意见", "规定"]
                .iter()
                .any(|w| t.ends_with(w))
        })
}

/// 博彩监察协调局昨日公布，本澳11月份博彩毛收入…, 统计局早前公布，第三季…:
/// after the verb and its mark, a clause opening with the whole the
/// office reports on (本澳, 全市) or the period of its figures: what it
/// published are those figures, not its own.
fn figures_of_a_whole_follow(r: &str) -> bool {
    let Some(clause) = r.strip_prefix(['，', '：', ',', ':']) else {
        return false;
    };
    // 统计局公布，2026年第三季本澳…: the period after its printed year.
    let digits = clause.chars().take_while(char::is_ascii_digit).count();
    let clause = clause[digits..]
        .strip_prefix('年')
        .filter(|_| digits == 4)
        .unwrap_or(clause);
    let mut cs = clause.chars();
    let (Some(a), Some(b)) = (cs.next(), cs.next()) else {
        return false;
    };
    let whole = matches!(a, '本' | '全') && is_han(b) && !matches!(b, '次' | '着' | '部');
    let period = [
        "今年",
        "去年",
        "上半年",
        "前三季度",
        "第一季",
        "第二季",
        "第三季",
        "第四季",
    ]
    .iter()
    .any(|w| clause.starts_with(w))
        || (a.is_ascii_digit() || "一二三四五六七八九十".contains(a))
            && clause
                .char_indices()
                .skip(1)
                .take(3)
                .find(|(_, c)| !c.is_ascii_digit() && !"一二三四五六七八九十".contains(*c))
                .is_some_and(|(i, _)| clause[i..].starts_with(['月', '季']));
    whole || period
}

/// `s` after the day said in brackets that opens it (今日（十二月三日）公布:
/// the day after the word for it), or `s` when none does.
fn after_bracketed_day(s: &str) -> &str {
    s.strip_prefix(['（', '('])
        .and_then(|r| r.split_once(['）', ')']).map(|(_, after)| after))
        .unwrap_or(s)
}

/// The scheme whose figures the office `m` publishes (卫生署今日（十二月
/// 三日）公布长者医疗券计划的最新统计数字 → 长者医疗券计划): a name ending in
/// 计划 or 项目 right after the verb, then 的 and the words of figures.
fn published_scheme(norm: &str, m: &Mention) -> Option<Mention> {
    let office = simplify(&m.name);
    if m.new_kind.as_deref() == Some("person")
        || !["署", "局", "委", "办", "厅"]
            .iter()
            .any(|e| office.ends_with(e))
    {
        return None;
    }
    let after = &norm[m.end..];
    let after = PUBLISHED_WHEN
        .iter()
        .find_map(|w| after.strip_prefix(w))
        .unwrap_or(after);
    let after = after_bracketed_day(after);
    let verb = ["公布", "发布"].iter().find(|v| after.starts_with(**v))?;
    let rest = &after[verb.len()..];
    let de = rest.find('的')?;
    let name = &rest[..de];
    let figures: String = rest[de + '的'.len_utf8()..].chars().take(8).collect();
    let chars = name.chars().count();
    ((4..=16).contains(&chars)
        && name.chars().all(is_han)
        && ["计划", "项目"].iter().any(|e| name.ends_with(e))
        && ["数字", "数据", "统计"].iter().any(|w| figures.contains(w)))
    .then(|| {
        let start = norm.len() - rest.len();
        Mention {
            start,
            end: start + de,
            name: name.to_string(),
            new_kind: Some("thing".to_string()),
            sentence: m.sentence,
            how: Some("the scheme whose figures the office publishes (X署公布Y计划的统计数字)"),
        }
    })
}

/// Words for the day an office published its figures, between its name
/// and the verb (甲局日前发布, 乙署昨日公布).
const PUBLISHED_WHEN: &[&str] = &[
    "日前", "近日", "昨日", "昨天", "今日", "今天", "当天", "早前",
];

/// The length of the titles opening `after` (局长, 副局长, 党委书记、局长,
/// 党组成员兼副局长), when there is one.
fn title_chain(after: &str) -> Option<usize> {
    let mut at = 0;
    let mut any = false;
    loop {
        let rest = &after[at..];
        let rest_t = ["常务副", "副"]
            .iter()
            .find_map(|p| rest.strip_prefix(p))
            .unwrap_or(rest);
        let lead = rest.len() - rest_t.len();
        let org = ["党委", "党组", "党工委"]
            .iter()
            .find(|p| rest_t.starts_with(**p))
            .map_or(0, |p| p.len());
        let title = lexicon::person_before()
            .filter(|t| t.chars().count() >= 2 && rest_t[org..].starts_with(**t))
            .map(|t| t.len())
            .max();
        let Some(t) = title else {
            break;
        };
        any = true;
        at += lead + org + t;
        match ["、", "兼"].iter().find(|w| after[at..].starts_with(**w)) {
            Some(w) => at += w.len(),
            None => break,
        }
    }
    // A list mark after the last title belongs to what follows.
    let at = if after[..at].ends_with('、') {
        at - '、'.len_utf8()
    } else {
        at
    };
    any.then_some(at)
}

/// X局10月24日发布…, 11月4日，X局发布…: the day an office (no person)
/// publishes or holds something, said right next to its name, is the
/// office's own date, not one of the figures it gives.
fn office_acts_on(norm: &str, m: &Mention, a: usize, b: usize) -> bool {
    const ACTS: [&str; 6] = ["发布", "公布", "举行", "召开", "印发", "舉行"];
    let acts = |at: usize| ACTS.iter().any(|w| norm[at..].starts_with(w));
    m.new_kind.as_deref() != Some("person")
        && office_place(m).is_some()
        && (m.end == a && acts(b)
            || b <= m.start && matches!(&norm[b..m.start], "" | "，" | ",") && acts(m.end))
}

/// The city a customs office is named by (成都海关 → 成都, a place jieba
/// knows whole): where the news came from, for a body that names no
/// other place. Not in general [`office_place`]: 该关 after the office
/// speaking (防城港海关负责人介绍，该关…) is the office's own.
fn customs_city(m: &Mention) -> Option<Mention> {
    let name = simplify(&m.name);
    let stem = name.strip_suffix("海关")?;
    let w = segment::tag(&name).into_iter().next()?;
    (w.tag == "ns" && w.word == stem && stem.chars().count() >= 2 && m.end - m.start == name.len())
        .then(|| Mention {
            start: m.start,
            end: m.start + stem.len(),
            name: stem.to_string(),
            new_kind: Some("city".to_string()),
            sentence: m.sentence,
            how: Some("a city said short naming its customs office, a place jieba knows whole"),
        })
}

/// The place an office's name opens with (定西市安定区教育局 → 安定区, the
/// innermost), as a mention at its words.
fn office_place(m: &Mention) -> Option<Mention> {
    let name = simplify(&m.name);
    // 管委会: a zone's administrative committee, the zone's office.
    if ![
        "局",
        "办",
        "委",
        "厅",
        "政府",
        "办公室",
        "委员会",
        "管委会",
        "中心",
    ]
    .iter()
    .any(|e| name.ends_with(e))
    {
        return None;
    }
    // The walk over characters would take the system's words into the
    // place's name: it reads after them.
    let base = system_prefix(&name);
    let mut places: Vec<Mention> = find_places(&name[base..])
        .into_iter()
        .map(|p| Mention {
            start: p.start + base,
            end: p.end + base,
            ..p
        })
        .collect();
    // Only places one after another from the start (定西市安定区), the
    // longest at each (北镇市 over 北镇).
    places.sort_by_key(|p| (p.start, std::cmp::Reverse(p.end)));
    let mut end = base;
    let mut chain = Vec::new();
    for p in places {
        // 北镇市农业农村局: 农业农村 is the office's trade, not a village.
        let generic = lexicon::GENERIC_ENDINGS.iter().any(|g| p.name.ends_with(g));
        if p.start == end && !generic {
            end = p.end;
            chain.push(p);
        }
    }
    // 黔东南州文体广电旅游局: a prefecture said by its stem and 州, which
    // the walk over characters does not read (州 ends cities too).
    let p = match chain.pop() {
        Some(p) => p,
        None => {
            let words = segment::tag(&name);
            let w = words.first().filter(|w| {
                w.tag == "ns" && w.word.ends_with('州') && w.word.chars().count() >= 3
            })?;
            Mention {
                start: 0,
                end: w.end,
                name: w.word.to_string(),
                new_kind: Some("prefecture".to_string()),
                sentence: 0,
                how: Some("a prefecture said by its stem and 州, a place jieba knows whole"),
            }
        }
    };
    (p.end < name.len() && m.end - m.start == name.len()).then(|| Mention {
        start: m.start + p.start,
        end: m.start + p.end,
        sentence: m.sentence,
        ..p
    })
}

/// 甲地铁客运量突破1亿乘次　3号线…: where a headline's second part starts,
/// when a value ends right at `at` (the space between the parts is gone
/// from the normalised text).
fn second_headline_part(norm: &str, at: usize) -> Option<usize> {
    let after_value = quantities_in(norm).iter().any(|q| q.1 == at);
    (after_value && norm[..at].chars().count() >= 4).then_some(at)
}

/// 国家税务总局甲市税务局: a national system's local office opens with the
/// system (…总局, …总署) before its place; where the place starts.
fn system_prefix(name: &str) -> usize {
    ["总局", "总署"]
        .iter()
        .filter_map(|w| name.find(w).map(|i| i + w.len()))
        .filter(|&e| e < name.len() && name[..e].chars().count() <= 10)
        .min()
        .unwrap_or(0)
}

/// 占全省的近三成, 高于全省平均水平: the whole (全省, 全市) after these
/// words is what a value is compared with, not what the sentence is about.
fn compared_base(before: &str) -> bool {
    [
        "占", "高于", "低于", "快于", "慢于", "超过", "超出", "领先", "位居", "居", "比", "较",
    ]
    .iter()
    .any(|w| before.ends_with(w))
}

/// 集聚了全市近六成的企业, 对全市860个站台进行改造, 在全区62所中小学开展…:
/// a 全X after a particle or preposition is what a verb acts on or where,
/// not the clause's subject; the subject said before it is.
fn governed_whole(before: &str) -> bool {
    before.ends_with(['了', '对', '在', '向', '为', '给', '于', '把']) && !before.ends_with("为了")
}

/// 较老院区新增床位800张, 比B县多: the name a value is compared with is
/// not what the value is of.
fn compared_with(norm: &str, m: &Mention) -> bool {
    norm[..m.start].ends_with(['较', '比'])
}

/// Labels of a field whose name fills a role of the item listed
/// (建设单位：X公司, 项目业主：X): who builds or owns it, not what its
/// figures are about.
const ROLE_LABEL_ENDS: &[&str] = &["单位", "业主", "法人", "主体"];

/// Why [`role_filler`] passed a name over, for `load --explain`.
const ROLE_WHY: &str = "; a name filling a labelled field (建设单位：X) is the item's role, \
                        not its subject";

/// A name right after a short field label and its colon (建设单位：X有限公司；
/// 总投资…): a project list's item names its builder so; the figures of the
/// item are the project's, the thread the item's title opened.
fn role_filler(norm: &str, m: &Mention) -> bool {
    let Some(before) = norm[..m.start]
        .strip_suffix('：')
        .or_else(|| norm[..m.start].strip_suffix(':'))
    else {
        return false;
    };
    // The label runs from the last mark (or the sentence's start) to the
    // colon, a few characters only: a field, not a clause.
    let label_at = before
        .char_indices()
        .rev()
        .find(|(_, c)| SMALL_MARKS.contains(*c) || c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let label = &before[label_at..];
    (2..=6).contains(&label.chars().count()) && ROLE_LABEL_ENDS.iter().any(|e| label.ends_with(e))
}

/// A name listed before 等 and a count (X、Y等14家企业): a member of a
/// group the count counts, not the subject of what the group does.
fn is_member(norm: &str, m: &Mention, mentions: &[Mention]) -> bool {
    // Over the names listed after it and their separators, to 等.
    let mut at = m.end;
    loop {
        let rest = &norm[at..];
        if let Some(r) = rest.strip_prefix('等') {
            return r.chars().next().is_some_and(is_numeral_char);
        }
        if let Some(sep) = ["、", "和", "及", "以及", "与"]
            .iter()
            .find(|s| rest.starts_with(**s))
        {
            at += sep.len();
            continue;
        }
        // A name must move the walk on: an empty one would loop forever.
        match mentions.iter().find(|n| n.start == at && n.end > at) {
            Some(n) => at = n.end,
            None => return false,
        }
    }
}

/// A name said as a place where something happens: 在X, 于X.
/// Also the agent of a passive (该项目由X投资建设): X builds it, the values
/// are the project's.
/// So are the names of a 位于 phrase (该项目位于锦州港205#、206#码头…).
fn is_locative(norm: &str, m: &Mention) -> bool {
    let (cs, _) = clause(norm, m.start, m.end, CLAUSE_MARKS);
    // 止于曲靖市会泽县: the places said before it in the same phrase, and
    // 由X与Y共同投资: the names listed before it, lead back to the word.
    let mut before = &norm[cs..m.start];
    loop {
        let places = find_places(before);
        if let Some(p) = places.last().filter(|p| p.end == before.len()) {
            before = &before[..p.start];
            continue;
        }
        let Some(b) = ["与", "和", "、", "及"]
            .iter()
            .find_map(|w| before.strip_suffix(w))
        else {
            break;
        };
        // The name before the list word: a place ending there, or a name
        // with an organisation's ending back to the word before it.
        let start = find_places(b)
            .into_iter()
            .rfind(|p| p.end == b.len())
            .map(|p| p.start)
            .or_else(|| {
                let org = name_suffixes().any(|(e, _)| e.chars().count() >= 2 && b.ends_with(e));
                org.then(|| b.rfind(['由', '在', '于']).map(|i| i + '由'.len_utf8()))
                    .flatten()
            });
        match start {
            Some(st) if st < b.len() => before = &b[..st],
            _ => break,
        }
    }
    let mut at = cs + before.len();
    // 在县产业集聚区举行: the level word (the county's) between.
    if let Some(b) = norm[..at].strip_suffix(['县', '市', '区', '省', '镇', '乡']) {
        if b.ends_with(['在', '于']) {
            at = b.len();
        }
    }
    // 围绕“东数西算”工程: what a plan is built around, not who builds.
    let theme = ["围绕", "聚焦", "依托", "紧扣", "瞄准"]
        .iter()
        .any(|w| norm[..at].trim_end_matches(['“', '"']).ends_with(w));
    // 经甲口岸往来的车辆: what passes through a port or a station is its
    // own traffic, not somewhere else's that happened there.
    let through =
        norm[..at].ends_with('经') && matches!(m.new_kind.as_deref(), Some("port" | "station"));
    // 占金华市的38.2%: the whole a share is of, not what has it.
    theme
        || norm[..at].ends_with(['在', '于', '由', '经', '占']) && !through
            && !norm[..at].ends_with("正在")
            && !norm[..at].ends_with("已经")
        // 位于甲区的乙项目: the thing the place is said of, after 的, is no
        // place.
        || ["位于", "坐落于", "地处"].iter().any(|w| {
            norm[cs..m.start]
                .rfind(w)
                .is_some_and(|i| !norm[cs + i..m.start].contains('的'))
        })
        // 项目选址：甲区…, 建设地点：乙市…: an announcement's site.
        || ["选址", "建设地点"].iter().any(|w| {
            norm[..at]
                .strip_suffix(['：', ':'])
                .is_some_and(|b| b.ends_with(w))
        })
}

#[cfg(test)]
mod attribute_tests;
#[cfg(test)]
mod tests {
    use super::*;

    fn quantities(s: &str) -> Vec<String> {
        let dates = dates::find_dates(s, Some(2020));
        find_quantities(s, &dates)
            .into_iter()
            .map(|(a, b, _)| s[a..b].to_string())
            .collect()
    }

    #[test]
    fn qualifiers_from_the_words_before_a_number() {
        let q = |text: &str, number: &str| {
            let a = text.find(number).unwrap();
            quantity_qualifiers(text, a, a + number.len())
        };
        let e = q("项目建成后预计年交易量50万吨", "50万吨");
        assert_eq!((e.modality, e.per), (Modality::Expected, None));
        let p = q("为每户贫困户分红约1000元", "约1000元");
        assert_eq!(
            (p.modality, p.per),
            (Modality::Reported, Some(Rate::Household))
        );
        let p = q("每户每年分红约1000元", "约1000元");
        assert_eq!(p.per, Some(Rate::Household));
        let p = q("每天的工资是80元", "80元");
        assert_eq!(p.per, Some(Rate::Day));
        let p = q("人均可支配收入12000元", "12000元");
        assert_eq!(p.per, Some(Rate::Person));
        let p = q("补助标准为1200元/人", "1200元");
        assert_eq!(p.per, Some(Rate::Person));
        let d = q("143家企业有资金需求63.7亿元", "63.7亿元");
        assert_eq!(d.modality, Modality::Demand);
        let t = q("计划总投资3亿元", "3亿元");
        assert_eq!(t.modality, Modality::Planned);
        // 力争 sets a target; 将 before a verb expects, before a number it
        // only marks the object.
        let t = q("力争工业总产值突破3000亿元", "3000亿元");
        assert_eq!(t.modality, Modality::Target);
        let e = q("建成后将新增就业岗位600个", "600个");
        assert_eq!(e.modality, Modality::Expected);
        assert!(q("将66万元互助金入股", "66万元").is_default());
        // Another clause, a programme's name, a word that only contains a cue.
        assert!(q("预计明年完工，总投资3亿元", "3亿元").is_default());
        assert!(q("通过“春锦计划”发放贷款3.48亿元", "3.48亿元").is_default());
        assert!(q("模拟投资3亿元", "3亿元").is_default());
        assert!(q("完成全年目标的百分之五十五", "百分之五十五").is_default());
        assert!(q("拨付资金2.4亿元", "2.4亿元").is_default());
    }

    #[test]
    fn a_quoted_clause_in_a_headline_keeps_its_amount() {
        let found = |text: &str| -> Vec<String> {
            extract("t", text, &Known::new())
                .unwrap()
                .found
                .into_iter()
                .map(|f| f.text)
                .collect()
        };
        // The amount a quoted clause ends with is said by someone; a slogan
        // or a name in quotation marks (a count, or a number opening it)
        // keeps none.
        let text = "青石村的账：“集体一年能落三十来万”\n\n村里建起了大棚。";
        assert_eq!(found(text), ["三十来万"]);
        let text = "青石县推行“最多跑一次”\n\n青石县推行“一元碳汇”项目。";
        assert!(found(text).is_empty(), "{:?}", found(text));
        // A quoted clause a word follows is a campaign's name.
        let text = "青石县开展“三年增收一万元”行动\n\n村里建起了大棚。";
        assert!(found(text).is_empty(), "{:?}", found(text));
    }

    #[test]
    fn a_trade_surplus_opening_its_clause_is_no_bound() {
        // 出超 opening a clause is the trade surplus, its amount exact;
        // 售出超 is sold more than.
        assert_eq!(
            quantities("进口值210亿美元；出超45.2亿美元，手机售出超3万台"),
            vec!["210亿美元", "45.2亿美元", "超3万台"]
        );
    }

    #[test]
    fn the_accounting_years_a_firm_reports_are_no_count() {
        assert_eq!(
            quantities("公司过去两个会计年度与该客户的交易额为3.5亿元"),
            vec!["3.5亿元"]
        );
    }

    #[test]
    fn what_is_a_quantity_in_running_text() {
        assert_eq!(
            quantities("总投资超2.4亿元的项目,300多辆货车,电站1座。"),
            vec!["超2.4亿元", "300多辆", "1座"]
        );
        // Ordinals, articles, numbers in names, dates and durations are not.
        assert!(quantities("第十六届第四次会议,一个窗口,一座座厂房,205#码头,“111”工程").is_empty());
        // 一 and a counter before the measure of the one thing: an article.
        assert_eq!(
            quantities("新建了一座8000平方米的海外仓,杨某一家5口"),
            vec!["8000平方米", "5口"]
        );
        assert_eq!(quantities("5月20日开工,工期3个月"), Vec::<String>::new());
        // 一 after its noun is a count.
        assert_eq!(
            quantities("新建游客服务中心一座、停车场两处。"),
            vec!["一座", "两处"]
        );
    }

    /// 公吨 (公噸) is the tonne; 闸次 counts a lock's operations, 副 pairs
    /// (only before a mark: 副市长 is no count).
    #[test]
    fn tonnes_by_full_name_lock_operations_and_pairs() {
        assert_eq!(
            quantities("可收购稻谷逾4万公吨，已收购2万8460公噸，船闸运行4.26万闸次，出口镜片1850万副，3副市长到场。"),
            vec!["逾4万公吨", "2万8460公噸", "4.26万闸次", "1850万副"]
        );
    }

    /// 增加了一倍多 is more than doubled; 多了一倍 (多 with 了) doubled.
    #[test]
    fn doubled_and_more_than_doubled() {
        assert_eq!(
            quantities("网点比三年前增加了一倍多，客流比去年多了一倍，差不多一倍。"),
            vec!["一倍多", "一倍"]
        );
    }

    fn subjects_of(text: &str) -> Vec<(String, Option<String>)> {
        extract("t.txt", text, &Known::new())
            .unwrap()
            .found
            .into_iter()
            .map(|f| (f.text, f.subject))
            .collect()
    }

    /// The subject `subjects_of` gave the value said as `value`.
    fn subject_of(got: &[(String, Option<String>)], value: &str) -> Option<String> {
        got.iter()
            .find(|(t, _)| t == value)
            .and_then(|(_, s)| s.clone())
    }

    /// A lake jieba does not know (白鹭湖: 白鹭/湖) and a river it does
    /// (永定河) report their own catch, area and length, not the province
    /// a description says they lie in.
    #[test]
    fn a_lake_or_river_is_a_subject() {
        let got = subjects_of(
            "白鹭湖冬捕过半\n\n记者从北川县了解到，白鹭湖今冬已出鱼约50万斤。\
             白鹭湖由9个湖泊相连而成，水面面积约12万亩，是东岭省最大的湖群之一。\n\n\
             永定河全长747公里，流经东岭省6个县。",
        );
        for v in ["约50万斤", "约12万亩"] {
            assert_eq!(
                subject_of(&got, v).as_deref(),
                Some("白鹭湖"),
                "{v}: {got:?}"
            );
        }
        assert_eq!(
            subject_of(&got, "747公里").as_deref(),
            Some("永定河"),
            "{got:?}"
        );
    }

    /// 村民和建华: 和 after a title of the people, before a given name jieba
    /// knows, is a surname (Yunnan); his own figures are his. 村民和游客 is
    /// the conjunction still.
    #[test]
    fn he_as_a_surname_after_a_title() {
        let got = subjects_of(
            "青石县草果丰收\n\n青石县丰山乡岭下村村民和建华正和家人晾晒草果。\
             和建华家今年种了四十亩草果，卖了九万多元。\
             村民和游客都说，今年景区接待量增长了三成。",
        );
        assert_eq!(subject_of(&got, "四十亩").as_deref(), Some("和建华"));
        assert!(got.iter().all(|(_, s)| s.as_deref() != Some("和游客")));
    }

    /// 县人民医院 after the county is said is that county's hospital when
    /// the text names it whole too (here only opening a longer name): one
    /// entity. Said short only, it keeps the text's name.
    #[test]
    fn a_hospital_said_by_its_level_is_the_county_s() {
        let body = "石门县地处湘西北，常住人口约60万。\
                    县人民医院今年门诊量达到92.4万人次，同比增长7.5%。";
        let got = subjects_of(&format!("石门县人民医院东院区开诊一年\n\n{body}"));
        assert_eq!(
            subject_of(&got, "92.4万人次").as_deref(),
            Some("石门县人民医院"),
            "{got:?}"
        );
        let got = subjects_of(&format!("石门县医疗卫生事业发展纪实\n\n{body}"));
        assert_eq!(
            subject_of(&got, "92.4万人次").as_deref(),
            Some("县人民医院"),
            "{got:?}"
        );
    }

    /// Whether the whole text says a stem before a short form is what
    /// `contains` says, overlapping places too; the text is searched once
    /// a short form, not once a stem.
    #[test]
    fn whole_names_say_what_contains_says() {
        let text = "临泉县人民医院新院区开诊。区区区区医院。阜南县中学。";
        let whole = WholeNames::new(Some(text));
        for (stem, short) in [
            ("临泉", "县人民医院"),
            ("泉", "县人民医院"),
            ("阜南", "县人民医院"),
            ("开诊。区", "区区医院"),
            ("区区", "区区医院"),
            ("。区区", "区医院"),
            ("院。", "阜南县中学"),
            ("阜南", "县中学"),
            ("临泉县人民", "医院"),
        ] {
            assert_eq!(
                whole.says(stem, short),
                text.contains(&format!("{stem}{short}")),
                "{stem}{short}"
            );
        }
        assert_eq!(whole.stems.borrow().len(), 5);
        assert!(!WholeNames::new(None).says("临泉", "县人民医院"));
    }

    /// 三是甲基地…, 项目由乙公司…, 东道主丙市…: a listed reason's mark,
    /// the thing built with 由, a role glued before a name are no part of
    /// it.
    #[test]
    fn a_lead_word_glued_before_a_name_is_left_out() {
        let got = subjects_of(
            "青禾股份年报点评\n\n公司业绩增长原因有三：一是产品提价；二是成本下降；\
             三是宿迁基地二期于2026年3月投产，全年贡献收入约4.2亿元。",
        );
        let s = subject_of(&got, "约4.2亿元").unwrap_or_default();
        assert!(!s.starts_with("三是"), "{got:?}");
        let got = subjects_of(
            "光伏制氢项目开工\n\n项目由吉能白城氢能科技有限公司投资建设，规划总投资36亿元。",
        );
        let s = subject_of(&got, "36亿元").unwrap_or_default();
        assert!(!s.starts_with("项目由"), "{got:?}");
        let got = subjects_of("省运会闭幕\n\n东道主衡水市代表团金牌数比上届增加18枚。");
        let s = subject_of(&got, "18枚").unwrap_or_default();
        assert!(!s.starts_with("东道主"), "{got:?}");
    }

    /// 记者：… then 和秀兰：…: the label answering the reporter's question
    /// speaks, her figures hers, though no title of the people named her.
    #[test]
    fn the_label_answering_the_reporter_speaks() {
        let got = subjects_of(
            "果园主人说\n\n记者：您家的果园有多大？\n\n\
             和秀兰：我家一共种了三十亩脐橙，去年卖了八万多块钱。",
        );
        assert_eq!(
            subject_of(&got, "三十亩").as_deref(),
            Some("和秀兰"),
            "{got:?}"
        );
    }

    /// 内蒙古杭锦旗: a province said short before a place of its own is no
    /// part of the place's name.
    #[test]
    fn a_province_said_short_before_a_place_is_left_out() {
        let got = subjects_of("治沙造林见成效\n\n据统计，内蒙古杭锦旗今年新增造林面积12万亩。");
        assert_eq!(
            subject_of(&got, "12万亩").as_deref(),
            Some("杭锦旗"),
            "{got:?}"
        );
    }

    /// 实现街道全覆盖: subdistricts as a kind name no place, which the
    /// values after would be carried to.
    #[test]
    fn subdistricts_as_a_kind_are_no_place() {
        let got = subjects_of(
            "城市书房建设\n\n今年新增城市书房45个，基本实现街道全覆盖。\
             线上平台新增注册用户12.6万人。",
        );
        assert!(
            got.iter().all(|(_, s)| s.as_deref() != Some("街道")),
            "{got:?}"
        );
    }

    /// 中新网嘉兴…电 … 全市: no city named with its ending, 全市 is the
    /// city the report is filed from; 第十届X读书月 is an event by its
    /// edition, what the values naming nothing are of.
    #[test]
    fn the_whole_city_is_the_datelines_and_a_month_after_its_edition_an_event() {
        let got = subjects_of(
            "第十届嘉兴读书月落幕\n\n中新网嘉兴11月2日电 第十届嘉兴读书月1日落幕，\
             共举办阅读活动600余场。今年全市新增城市书房12个。",
        );
        assert_eq!(
            subject_of(&got, "600余场").as_deref(),
            Some("嘉兴读书月"),
            "{got:?}"
        );
        assert_eq!(subject_of(&got, "12个").as_deref(), Some("嘉兴"), "{got:?}");
    }

    /// 岗多县: a county whose stem ends with 多 after no numeral is a
    /// county, not a number of counties (十多县); 全县 is it.
    #[test]
    fn a_county_stem_ending_with_many_is_a_county() {
        let got = subjects_of(
            "岗多县雪灾情况通报\n\n11月9日以来，我县出现强降雪，河源镇积雪最深。\
             全县受灾群众2150户。",
        );
        assert_eq!(
            subject_of(&got, "2150户").as_deref(),
            Some("岗多县"),
            "{got:?}"
        );
    }

    /// 办理“跨省通办”业务: a quote opened inside words ending like an
    /// office (办) and closed after them makes no name.
    #[test]
    fn a_quote_opened_inside_a_name_and_closed_after_it_makes_none() {
        let got = subjects_of(
            "公积金年度数据\n\n岭东市住房公积金管理中心去年运行平稳。\
             全年办理住房公积金“掌上通办”业务3.4万人次，同比增长12%。",
        );
        assert!(
            got.iter()
                .all(|(_, s)| s.as_deref().is_none_or(|s| !s.contains('“'))),
            "{got:?}"
        );
    }

    /// 目前古镇内: a time word glued before 古镇 (the ancient town said
    /// again) is no place's stem.
    #[test]
    fn a_time_word_glued_before_a_town_is_no_stem() {
        let got = subjects_of(
            "古镇民宿调查\n\n据管理部门统计，目前古镇内共有民宿和客栈430家，床位约9000张。",
        );
        assert!(
            got.iter().all(|(_, s)| s.as_deref() != Some("目前古镇")),
            "{got:?}"
        );
    }

    /// 王女士说… then a paragraph opening with 全市 and a value naming
    /// nothing: the person is not carried into it.
    #[test]
    fn a_person_is_not_carried_past_her_paragraph() {
        let got = subjects_of(
            "读书月闭幕\n\n岭东市读书月昨日闭幕。\n\n\
             “店里营业额比平时多了三成。”经营书店的王女士说。\n\n\
             有关负责人介绍，全市约300所中小学参与阅读活动。到2030年，\
             计划建成公共阅读空间800个。",
        );
        assert_ne!(
            subject_of(&got, "800个").as_deref(),
            Some("王女士"),
            "{got:?}"
        );
    }

    /// 经铁路运往甲港: the verb of shipping is no part of the port's name.
    #[test]
    fn a_port_goods_are_shipped_to_starts_after_the_verb() {
        let got = subjects_of(
            "钾肥外运\n\n格尔木盐湖钾肥公司生产的钾肥将经铁路运往天津港，首批订单约5万吨。",
        );
        let s = subject_of(&got, "约5万吨").unwrap_or_default();
        assert!(!s.contains("运往"), "{got:?}");
    }

    /// 过去县里: a time word before 县 of 县里 is no county's stem.
    #[test]
    fn a_time_word_before_a_level_names_no_place() {
        let got = subjects_of(
            "乡村医疗见闻\n\n宁远县卫健局局长说：过去县里的病人有两成要转到外地，\
             今年县域内就诊率达到90.5%。",
        );
        for v in ["两成", "90.5%"] {
            let s = subject_of(&got, v).unwrap_or_default();
            assert!(!s.starts_with("过去"), "{v}: {got:?}");
        }
    }

    /// ——甲收费站出口车辆…: a dash list's line that no word names the
    /// figure of opens with its item, by the item's ending.
    #[test]
    fn a_dash_line_opening_with_a_station_is_the_station_s() {
        let got = subjects_of(
            "清明假期高速车流平稳\n\n分站点看：\n\
             ——临川高速南城收费站出入车辆4.2万辆次，同比增长6.1%；\n\
             ——安平东收费站假期累计出入车辆3.5万辆次，下降1.2%。",
        );
        for (v, s) in [
            ("4.2万辆次", "临川高速南城收费站"),
            ("6.1%", "临川高速南城收费站"),
            ("3.5万辆次", "安平东收费站"),
            ("1.2%", "安平东收费站"),
        ] {
            assert_eq!(subject_of(&got, v).as_deref(), Some(s), "{v}: {got:?}");
        }
    }

    /// 特區 said alone is the level of the region the text is about, no
    /// district named 特: its government is what the figures are of.
    #[test]
    fn the_special_region_level_alone_names_no_district() {
        let got = subjects_of(
            "施政報告發表\n\n特區政府預計本年度開支約900億元。\n\n\
             政府並建議向約25萬名長者發放津貼。",
        );
        for v in ["約900億元", "約25萬名"] {
            assert_eq!(
                subject_of(&got, v).as_deref(),
                Some("特區政府"),
                "{v}: {got:?}"
            );
        }
    }

    /// 回港, 离港: a ship's move ends in 港 and jieba may tag it a place,
    /// but it names no port.
    #[test]
    fn a_ship_returning_to_port_names_no_port() {
        let got = subjects_of("青澜县开渔\n\n9月1日，青澜县渔船回港卸货2.1万吨。");
        assert_eq!(
            subject_of(&got, "2.1万吨").as_deref(),
            Some("青澜县"),
            "{got:?}"
        );
    }

    /// A headline opening with a period (春节假期) is about what follows
    /// it; one opening with a prefecture said short (甲孜州) is about the
    /// prefecture, not about the nouns run on after it.
    #[test]
    fn a_headline_topic_leaves_out_its_period_and_ends_at_its_prefecture() {
        let got = subjects_of(
            "春节假期黔江高速车流量增长一成\n\n\
             记者从黔江区交通运输局获悉，假期全区高速公路累计通行车辆86万辆次。",
        );
        assert_eq!(
            subject_of(&got, "一成").as_deref(),
            Some("黔江区"),
            "{got:?}"
        );
        let got = subjects_of("甘孜州草原防火演练千人参加\n\n演练共出动车辆60台。");
        assert_eq!(
            subject_of(&got, "60台").as_deref(),
            Some("甘孜州"),
            "{got:?}"
        );
    }

    /// 走进镇宁县: the visit's verb, not the 镇 inside the stem, bounds a
    /// county's name.
    #[test]
    fn a_county_after_a_visit_verb_keeps_its_whole_stem() {
        let got = subjects_of(
            "山区供水工程完工\n\n本报讯　走进镇宁县，新建水厂已经通水。\
             全县今年新建供水工程12处。",
        );
        assert_eq!(
            subject_of(&got, "12处").as_deref(),
            Some("镇宁县"),
            "{got:?}"
        );
    }

    /// 台湾, 香港, 澳门 said bare are places: a headline opening with one
    /// makes it what the figures are about.
    #[test]
    fn a_territory_said_bare_is_the_topic_of_its_figures() {
        let got = subjects_of(
            "香港9月訪港旅客按年增一成半\n\n\
             9月訪港旅客約412萬人次，按年上升15.3%，其中過夜旅客佔比約四成。",
        );
        for v in ["約412萬人次", "15.3%", "約四成"] {
            assert_eq!(subject_of(&got, v).as_deref(), Some("香港"), "{v}: {got:?}");
        }
        // Not a market or a longer name it opens.
        let m = visitors_destination("今年来台旅客574万人次，赴台自由行升温，来琼游客增加。");
        let names: Vec<&str> = m.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["台湾", "海南"]);
        assert!(visitors_destination("来台投资").is_empty());
        assert!(visitors_destination("未来").is_empty());
        assert!(territories_said_bare("对台湾出口12亿元").is_empty());
        assert!(territories_said_bare("香港路小学").is_empty());
        assert!(territories_said_bare("台湾省").is_empty());
        assert_eq!(territories_said_bare("台湾前三季度出口").len(), 1);
    }

    /// 机电产品出口N, 对日本出口N: the goods or the market opening the
    /// clause take its values; the sentences after go on with the place.
    #[test]
    fn goods_or_a_market_opening_a_trade_clause_take_its_values() {
        let got = subjects_of(
            "青石县10月外贸出口12.6亿元\n\n10月，青石县出口12.6亿元。\
             其中，机电产品出口5.2亿元，增长8.1%；对日本出口3.4亿元。\
             同月进口7.8亿元，下降2.5%。",
        );
        let want = [
            ("5.2亿元", "机电产品"),
            ("8.1%", "机电产品"),
            ("3.4亿元", "日本"),
            ("7.8亿元", "青石县"),
            ("2.5%", "青石县"),
        ];
        for (v, s) in want {
            assert_eq!(subject_of(&got, v).as_deref(), Some(s), "{v}: {got:?}");
        }
    }

    /// 甲局及乙局公布 … 局方今年…: 局方 is the office named before, one
    /// whose name joins two fields of work with 及 (海事及水务局).
    #[test]
    fn an_office_said_back_as_its_side_is_the_office_joined_by_ji() {
        let got = subjects_of(
            "青州今年用水量上升\n\n\
             青州市统计局及河道及水利局公布，今年青州市用水量为3.2亿立方米。\n\n\
             河道及水利局表示，供水管网漏损率为8.1%。局方今年已更换老旧水管约22公里，\
             投入资金约1.6亿元。",
        );
        assert_eq!(
            subject_of(&got, "约22公里").as_deref(),
            Some("河道及水利局"),
            "{got:?}"
        );
        assert_eq!(
            subject_of(&got, "约1.6亿元").as_deref(),
            Some("河道及水利局"),
            "{got:?}"
        );
        assert_eq!(
            subject_of(&got, "3.2亿立方米").as_deref(),
            Some("青州市"),
            "{got:?}"
        );
    }

    /// 罗湖管制站, 北山换热站: a station named by what it does (a verb to
    /// jieba) and its place reports its own figures; a kind of station
    /// counted (社区养老服务站35个) is no name.
    #[test]
    fn a_station_named_by_what_it_does_reports_its_own_figures() {
        let got = subjects_of(
            "元旦假期青州口岸客流增一成\n\n\
             青州出入境管理处公布，元旦假期各管制站出入境旅客约86万人次。\
             各管制站之中，莲塘管制站最为繁忙，出入境旅客约31万人次；屯门管制站约22万人次。",
        );
        assert_eq!(
            subject_of(&got, "约31万人次").as_deref(),
            Some("莲塘管制站"),
            "{got:?}"
        );
        assert_eq!(
            subject_of(&got, "约22万人次").as_deref(),
            Some("屯门管制站"),
            "{got:?}"
        );
        let got = subjects_of(
            "青石区养老床位增长\n\n\
             今年青石区新建街道养老服务中心4个、社区养老服务站21个，全区养老床位达到8600张。",
        );
        assert_eq!(
            subject_of(&got, "21个").as_deref(),
            Some("青石区"),
            "{got:?}"
        );
    }

    /// A power station jieba does not know the place of (白鹤滩) is named
    /// by its ending, as before stations named by what they do (round 43).
    #[test]
    fn a_power_station_named_without_a_known_place_is_named() {
        let got = subjects_of("青石电网迎峰度夏\n\n白鹤滩水电站今年发电量达到600亿千瓦时。");
        assert_eq!(
            subject_of(&got, "600亿千瓦时").as_deref(),
            Some("白鹤滩水电站"),
            "{got:?}"
        );
    }

    /// ——访甲县乙镇电商服务站站长丙: the visit is to the station the
    /// town opens the name of, not to the town.
    #[test]
    fn an_interview_visits_the_station_its_town_opens() {
        let got = subjects_of(
            "“山货出山路通了”——访青石县白岭镇电商服务站站长李秀芬\n\n\
             记者：站里一天能发多少单？\n\n\
             李秀芬：平常一天三百来单，旺季一天能发六百单。",
        );
        let s = subject_of(&got, "三百来单");
        assert!(
            s.as_deref()
                .is_some_and(|s| s.ends_with("白岭镇电商服务站")),
            "{got:?}"
        );
    }

    /// 春节期间甲市…, 前9个月乙港…: a period opening the clause is no part
    /// of the name the walk back from its ending finds.
    #[test]
    fn a_period_glued_before_a_name_is_left_out() {
        let got = subjects_of(
            "端午假期临川市游客量同比增长7.2%\n\n\
             记者从文旅部门获悉，端午假期临川市共接待游客85.3万人次。",
        );
        assert_eq!(
            subject_of(&got, "7.2%").as_deref(),
            Some("临川市"),
            "{got:?}"
        );
        assert_eq!(
            subject_of(&got, "85.3万人次").as_deref(),
            Some("临川市"),
            "{got:?}"
        );
        let got = subjects_of(
            "前9个月龙湾港货物吞吐量增长一成\n\n\
             今年前9个月龙湾港完成货物吞吐量5260万吨，同比增长10.4%。",
        );
        assert_eq!(
            subject_of(&got, "5260万吨").as_deref(),
            Some("龙湾港"),
            "{got:?}"
        );
    }

    /// 主汛期, 新航季: a season glued before a reservoir's or an airport's
    /// name is the clause's time, no part of the name.
    #[test]
    fn a_season_glued_before_a_name_is_left_out() {
        let got = subjects_of(
            "青石水库防汛\n\n今年主汛期青石水库累计拦蓄洪水12.6亿立方米，最大削峰率达38%。",
        );
        assert_eq!(
            subject_of(&got, "12.6亿立方米").as_deref(),
            Some("青石水库"),
            "{got:?}"
        );
        let got = subjects_of("冬春航季换季\n\n新航季青禾机场计划每周执行客运航班1180班。");
        assert_eq!(
            subject_of(&got, "1180班").as_deref(),
            Some("青禾机场"),
            "{got:?}"
        );
    }

    /// 种植户符海燕: 符, among Hainan's commonest surnames, after a title
    /// of the people; the figures in the grower's quote are hers.
    #[test]
    fn a_grower_of_a_regional_surname_owns_the_quote() {
        let got = subjects_of(
            "冬季瓜菜上市\n\n在青石镇，种植户符海燕一早就下了地。“我家种了二十亩豇豆，一天能摘八百公斤。”",
        );
        assert_eq!(
            subject_of(&got, "二十亩").as_deref(),
            Some("符海燕"),
            "{got:?}"
        );
    }

    /// 甲（乙）、丙、丁…分别完成v1、v2和v3: the bracketed short name is the
    /// same item said another way; the places listed bare take the values
    /// one each, in the clause after too.
    #[test]
    fn places_listed_bare_before_fenbie_take_its_values() {
        let got = subjects_of(
            "东岭省快递业务量增长\n\n分城市看，温州（瑞安）、湖州、嘉兴快递业务量居全省前列，\
             分别完成31.2亿件、12.4亿件和9.7亿件，同比分别增长6.1%、4.3%和5.2%。",
        );
        let of = |v: &str| subject_of(&got, v);
        assert_eq!(of("31.2亿件").as_deref(), Some("温州"), "{got:?}");
        assert_eq!(of("12.4亿件").as_deref(), Some("湖州"), "{got:?}");
        assert_eq!(of("9.7亿件").as_deref(), Some("嘉兴"), "{got:?}");
        assert_eq!(of("4.3%").as_deref(), Some("湖州"), "{got:?}");
    }

    /// A person the text describes by where they work (在…经营…的X) or by a
    /// post in a firm it leaves unnamed (一家…合作社理事长X) tells their own
    /// figures, as one of the people does, not the place's.
    #[test]
    fn a_person_described_by_their_work_owns_what_they_tell() {
        let got = subjects_of(
            "青石县冬季农事忙\n\n青石县今年粮食总产38万吨。在县城东关经营一家面馆的赵立新说，\
             入冬以来店里每天多卖了八十碗左右。青石县一家农机合作社理事长钱国平说：“我们社今年\
             新添了三台收割机。”",
        );
        let of = |v: &str| subject_of(&got, v);
        assert_eq!(of("38万吨").as_deref(), Some("青石县"), "{got:?}");
        assert_eq!(of("三台").as_deref(), Some("钱国平"), "{got:?}");
    }

    /// An opening sentence naming only the office that published the
    /// figures keeps them for the topic the body names next.
    #[test]
    fn an_opening_naming_only_its_source_waits_for_the_topic() {
        let got = subjects_of(
            "十月赌收回升\n\n【本报讯】博彩监察协调局昨（1日）公布，今年10月份幸运博彩毛收入为\
             190.5亿澳门元，按年上升6.2%。今年首十个月，本澳幸运博彩毛收入累计为1,980.3亿澳门元。",
        );
        let of = |v: &str| subject_of(&got, v);
        assert_eq!(of("190.5亿澳门元").as_deref(), Some("澳门"), "{got:?}");
        assert_eq!(of("6.2%").as_deref(), Some("澳门"), "{got:?}");
    }

    /// 三峡水库入库水量: what flows into a reservoir is its own figure, the
    /// name no modifier of the noun after it.
    #[test]
    fn a_reservoirs_inflow_is_its_own() {
        let got = subjects_of("三峡水库来水\n\n前三季度，三峡水库入库水量约3120亿立方米。");
        assert_eq!(
            subject_of(&got, "约3120亿立方米").as_deref(),
            Some("三峡水库"),
            "{got:?}"
        );
    }

    #[test]
    fn a_route_end_said_with_zhi_starts_after_it() {
        let got =
            subjects_of("新航线\n\n新开青禾至首尔、至宿务市两条航线，宿务市航线每周执行4班。");
        assert!(
            got.iter()
                .all(|(_, s)| !s.as_deref().unwrap_or_default().starts_with('至')),
            "{got:?}"
        );
    }

    /// （記者…／臺北報導）行政院主計總處公布…: a territory's own offices
    /// give its figures without naming it; another country's ministry is
    /// said after its country.
    #[test]
    fn a_territorys_office_gives_the_territorys_figures() {
        let got = subjects_of(
            "9月失業率3.41%\n\n【記者陳大明／臺北報導】行政院主計總處今日公布9月人力資源調查，\
             9月就業人數1,150.6萬人，較上月增加0.8萬人。",
        );
        assert_eq!(
            subject_of(&got, "1,150.6萬人").as_deref(),
            Some("台湾"),
            "{got:?}"
        );
        assert_eq!(
            subject_of(&got, "3.41%").as_deref(),
            Some("台湾"),
            "{got:?}"
        );
        let got = subjects_of("美国就业报告\n\n美国劳动部公布，10月非农就业人数增加15.1万人。");
        assert_ne!(
            subject_of(&got, "15.1万人").as_deref(),
            Some("台湾"),
            "{got:?}"
        );
    }

    /// 总决赛在城南新区体育馆举行: the district is where the final was
    /// played, not what the article's figures are about.
    #[test]
    fn a_venues_place_is_no_topic() {
        let got = subjects_of(
            "农民篮球联赛收官\n\n11月2日晚，“村BA”总决赛在城南新区体育馆落下帷幕。\
             青禾县文体局梳理了一组数字。\n\n本赛季共有48支球队参赛，比上赛季增加6支。",
        );
        assert_ne!(
            subject_of(&got, "48支").as_deref(),
            Some("城南新区"),
            "{got:?}"
        );
        assert!(subject_of(&got, "48支").is_some(), "{got:?}");
    }

    #[test]
    fn an_office_reporting_is_named_without_a_proper_noun() {
        // No place and no proper noun anywhere: the office that reports,
        // right after the dateline's brackets or opening a sentence, is
        // what the figures attach to.
        let got = subjects_of(
            "新学年学位供应增至1.8万个\n\n【本台消息】教育署今日发布新学年学位安排，公立学校新增学位约1.8万个，比去年多两成。\n\n规划署表示，明年再增学位4000个。",
        );
        assert_eq!(subject_of(&got, "约1.8万个").as_deref(), Some("教育署"));
        assert_eq!(subject_of(&got, "4000个").as_deref(), Some("规划署"));
        // A level said alone is its place's office, no name of its own.
        let got = subjects_of("全县造林面积增至5万亩\n\n县林草局介绍，今年全县新增造林面积3万亩。");
        assert_ne!(subject_of(&got, "3万亩").as_deref(), Some("县林草局"));
    }

    #[test]
    fn a_columns_words_before_the_headlines_name_are_no_part_of_the_topic() {
        // An account's column glued before the name in the headline; the
        // body names the bank alone, and a sentence naming nothing is of it.
        let got = subjects_of(
            "📈图说临江农商银行｜存款余额突破200亿元\n\n截至9月末，临江农商银行各项存款余额203.5亿元。\n\n今年以来，累计发放贷款45.2亿元。",
        );
        assert_eq!(
            subject_of(&got, "45.2亿元").as_deref(),
            Some("临江农商银行")
        );
    }

    #[test]
    fn a_work_and_what_is_built_with_it_joined_by_ji_are_one_project() {
        let got = subjects_of("临川县青石河水库及灌溉工程昨日通过验收，总投资8.6亿元。");
        assert_eq!(
            subject_of(&got, "8.6亿元").as_deref(),
            Some("临川县青石河水库及灌溉工程")
        );
    }

    #[test]
    fn the_parts_a_whole_includes_are_no_subjects_after_it() {
        let got = subjects_of(
            "鹿鸣县南湖生态修复工程正式启动。工程包括鹿鸣镇截污工程、青溪乡清淤工程和湿地公园，概算总投资3.2亿元。工程完工后，可新增湿地面积1200亩。",
        );
        assert_eq!(
            subject_of(&got, "1200亩").as_deref(),
            Some("鹿鸣县南湖生态修复工程")
        );
    }

    #[test]
    fn a_road_class_after_a_verb_is_no_place() {
        let names = |t: &str| {
            find_places(t)
                .into_iter()
                .map(|m| m.name)
                .collect::<Vec<_>>()
        };
        // 新修/县道: no county named 新修; 乡道 and 村道 alike.
        assert!(names("今年新修县道9条、乡道14条，硬化村道38公里。").is_empty());
        // A county's roads (道路) keep the county.
        assert_eq!(names("青河县道路建设投资2亿元"), ["青河县"]);
    }

    #[test]
    fn names_are_not_cut_by_du_nor_glued_to_the_clause() {
        let names = |ms: Vec<Mention>| ms.into_iter().map(|m| m.name).collect::<Vec<_>>();
        assert!(names(find_places("上岭乡、马都乡的面积位居前二")).contains(&"马都乡".to_string()));
        let strong = |text: &str| {
            let words = tagged(text, &[]);
            names(find_strong_names(text, &find_places(text), &words))
        };
        assert_eq!(
            strong("另一家企业定西薯都淀粉有限公司日处理鲜薯"),
            ["定西薯都淀粉有限公司"]
        );
        assert_eq!(
            strong("最终由蓉锦置业有限公司以22亿元竞得"),
            ["蓉锦置业有限公司"]
        );
        assert_eq!(
            strong("我们和顺丰速运（浙江）有限公司合作"),
            ["顺丰速运（浙江）有限公司"]
        );
        assert_eq!(
            strong("公司以现金收购安徽清源水务有限公司股权"),
            ["安徽清源水务有限公司"]
        );
        assert_eq!(
            strong("其中冠名赞助商青海盐湖工业股份有限公司赞助"),
            ["青海盐湖工业股份有限公司"]
        );
        let got = subjects_of("在西岭镇，湖南青山油茶开发有限公司建成高产示范基地1.5万亩。");
        assert_eq!(got[0].1.as_deref(), Some("湖南青山油茶开发有限公司"));
    }

    #[test]
    fn a_numbered_item_opening_with_a_name_and_a_colon_names_its_values() {
        let names = |t: &str| {
            numbered_heading(t)
                .into_iter()
                .map(|m| m.name)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            names("现将情况列示如下：1．滨江路街角公园（东城区）：占地面积6800平方米"),
            ["滨江路街角公园"]
        );
        assert_eq!(
            names("１．江苏某某研究院孵化器：在孵企业２１８家"),
            ["江苏某某研究院孵化器"]
        );
        // A field's label is no name, nor is a note in brackets other than a place.
        assert!(names("1．建设地点：某某镇").is_empty());
        assert!(names("2．某某花园（二期）：占地5000平方米").is_empty());
    }

    #[test]
    fn an_office_is_named_whole() {
        let orgs = |text: &str| {
            let words = tagged(text, &[]);
            find_org_names(text, &find_places(text), &words, &[], None)
                .into_iter()
                .map(|m| m.name)
                .collect::<Vec<_>>()
        };
        assert!(orgs("目前，青海湖景区保护利用管理局在环湖设有管护站17个")
            .contains(&"青海湖景区保护利用管理局".to_string()));
        assert_eq!(
            orgs("今年以来，晋江海关共办理出口退税28.5亿元"),
            ["晋江海关"]
        );
    }

    #[test]
    fn a_list_with_fenbie_and_no_name_before_it_hands_on_the_thread() {
        let got = subjects_of(
            "白云市人才公寓建设\n\n白云市已筹集人才公寓3000套。\
             其中东湖区、西山区、白云高新区分别筹集900套、800套和600套，\
             租金按市场租金的60%收取。去年新开工人才公寓项目5个。",
        );
        let of = |v: &str| subject_of(&got, v);
        assert_eq!(of("800套").as_deref(), Some("西山区"));
        // The last item of the list is no thread: the city's, as before.
        assert_eq!(of("5个").as_deref(), Some("白云市"));
    }

    #[test]
    fn a_thing_said_with_where_it_stands_is_named_whole() {
        let got = subjects_of(
            "青山电站投产\n\n记者从青山县获悉，青山抽水蓄能电站位于白云市青山县，\
             是华东重要的调峰电源，总装机容量120万千瓦。\
             位于东区的白鹭青年公寓项目是今年全市最大的租赁住房项目，总投资3.2亿元，\
             提供房源800套。",
        );
        let of = |v: &str| subject_of(&got, v);
        // X位于Y: X, not the place it stands in.
        assert_eq!(of("120万千瓦").as_deref(), Some("青山抽水蓄能电站"));
        // 位于Y的X: X, the thing the place is said of.
        assert_eq!(of("3.2亿元").as_deref(), Some("白鹭青年公寓项目"));
        assert_eq!(of("800套").as_deref(), Some("白鹭青年公寓项目"));
    }

    #[test]
    fn parallel_clauses_name_the_heads_they_differ_by() {
        let got = subjects_of(
            "青石县上半年收支\n\n分单位看，农业部门组织收入3200万元，为计划的61.2%；\
             水利部门组织收入1800万元，为计划的48.5%。从门类看，食品商品零售额2.4亿元；\
             图书、文具类商品零售额1.1亿元，同比增长6.3%；文体产品零售额0.8亿元。\
             其中小学学位900个、初中学位600个。",
        );
        let of = |v: &str| subject_of(&got, v);
        // Heads said alike but for what comes first, in one sentence or
        // in the sentence after a ；.
        assert_eq!(of("1800万元").as_deref(), Some("水利部门"));
        assert_eq!(of("48.5%").as_deref(), Some("水利部门"));
        assert_eq!(of("1.1亿元").as_deref(), Some("图书、文具类商品"));
        assert_eq!(of("6.3%").as_deref(), Some("图书、文具类商品"));
        assert_eq!(of("0.8亿元").as_deref(), Some("文体产品"));
        // A bare ending (小学) is a kind of place, not a name: the county's.
        assert_eq!(of("900个").as_deref(), Some("青石县"));
        assert_eq!(of("600个").as_deref(), Some("青石县"));
    }

    #[test]
    fn a_whole_place_said_before_its_name_is_the_place_the_text_names_later() {
        let got = subjects_of(
            "白石进入防火期\n\n我盟今年组建扑火队伍26支。全盟建成瞭望塔41座。\n\n\
             （来源：白石盟林业和草原局）",
        );
        let of = |v: &str| subject_of(&got, v);
        assert_eq!(of("26支").as_deref(), Some("白石盟"));
        assert_eq!(of("41座").as_deref(), Some("白石盟"));
        // A name before the word for the whole in its clause keeps the
        // values: the project's volunteers went to the province's counties.
        let got = subjects_of(
            "志愿者出发\n\n青山计划甘肃项目新招募的志愿者完成培训，陆续奔赴全省38个县。\n\n\
             今年甘肃省财政安排资金4860万元。",
        );
        assert_eq!(
            subject_of(&got, "38个").as_deref(),
            Some("青山计划甘肃项目")
        );
    }

    #[test]
    fn lists_with_fenbie_and_totals_attach_by_structure() {
        let got = subjects_of(
            "乌兰察布市新能源项目签约\n\n华风新能源有限公司、北辰电力集团和青山储能有限公司分别签约\
             风电项目300兆瓦、150兆瓦和400兆瓦，三个项目合计850兆瓦。",
        );
        let of = |v: &str| subject_of(&got, v);
        assert_eq!(of("300兆瓦").as_deref(), Some("华风新能源有限公司"));
        assert_eq!(of("150兆瓦").as_deref(), Some("北辰电力集团"));
        assert_eq!(of("400兆瓦").as_deref(), Some("青山储能有限公司"));
        // The total is the group's, here the topic's, not the last company's.
        assert_eq!(of("850兆瓦").as_deref(), Some("乌兰察布市"));
    }

    #[test]
    fn the_source_offices_place_is_the_topic_when_nothing_else_is_named() {
        let got = subjects_of(
            "青禾旧车换新补贴逾1亿元\n\n记者昨日从青禾市商务局获悉，全市已发放旧车换新补贴1.3亿元。\
             \n\n按照新规，置换新能源车的，每辆补贴不超过8000元，目前已补贴1.6万辆。",
        );
        let of = |v: &str| subject_of(&got, v);
        // A paragraph naming nothing, and the headline saying the city
        // short, speak of the city whose office gave the news.
        assert_eq!(of("1.6万辆").as_deref(), Some("青禾市"));
        assert_eq!(of("逾1亿元").as_deref(), Some("青禾市"));
    }

    /// 湖南气象：… a province's office said by its system's short name in
    /// the headline: the body's figures (全省…) are the province's.
    #[test]
    fn an_office_said_by_its_system_speaks_for_its_province() {
        let got = subjects_of(
            "湖南气象：今年汛期降雨偏多两成\n\n据湖南省气象局介绍，\
             今年汛期全省平均降水量986毫米，比常年偏多21%。\
             \n\n汛期共转移群众3.2万人。",
        );
        let of = |v: &str| subject_of(&got, v);
        assert_eq!(of("986毫米").as_deref(), Some("湖南省"), "{got:?}");
        assert_eq!(of("3.2万人").as_deref(), Some("湖南省"));
        // A customs district is a name of its own, no province's office.
        let got = subjects_of(
            "海口海关：前三季度进出口增长\n\n前三季度，海口海关监管进出口货值820亿元。",
        );
        assert_eq!(subject_of(&got, "820亿元").as_deref(), Some("海口海关"));
    }

    /// 山西调整… in the headline, 全省/我省 in the body and no province
    /// named in full: the body's figures are the headline's province's,
    /// not a city's the body names on the way.
    #[test]
    fn an_official_named_by_a_transcript_label_runs_no_thread() {
        // The answer after 【…主任 某某】 gives the city's figures; the next
        // sentence, naming nothing, goes on about the city, not the official.
        let got = subjects_of(
            "青川供暖季首周投诉下降\n\n\
             11月12日，青川市政府新闻办召开供暖工作新闻发布会。\n\n\
             【市供热服务中心主任 李春梅】上个供暖季，全市共受理供热投诉1.26万件，同比下降15.3%。\
             今年供暖首周，共受理投诉1,960件，比上个供暖季首周下降12.1%。",
        );
        assert_eq!(
            subject_of(&got, "1,960件").as_deref(),
            Some("青川市"),
            "{got:?}"
        );
    }

    #[test]
    fn a_headline_opening_with_a_province_said_short_is_its_topic() {
        let got = subjects_of(
            "山西提高城乡居民医保补助 人均达到720元\n\n\
             省医保局近日发布通知，全省城乡居民医保财政补助标准提高到每人每年720元。\
             太原市参保人数达310万人。\n\n\
             问：今年参保情况如何？\n\n答：截至目前，我省参保人数2650万人，参保率稳定在95%以上。",
        );
        let of = |v: &str| subject_of(&got, v);
        assert_eq!(of("720元").as_deref(), Some("山西省"), "{got:?}");
        assert_eq!(of("2650万人").as_deref(), Some("山西省"), "{got:?}");
        assert_eq!(of("310万人").as_deref(), Some("太原市"), "{got:?}");
        // A column's word before it (数说山西), too.
        let got = subjects_of(
            "数说山西｜前三季度快递业务量9.8亿件\n\n\
             前三季度，全省快递业务量9.8亿件，同比增长21.5%。",
        );
        assert_eq!(
            subject_of(&got, "21.5%").as_deref(),
            Some("山西省"),
            "{got:?}"
        );
    }

    /// A headline about a lake's catch, the body naming the lake's festival
    /// on the way: the lake is what the article is about, not the festival.
    #[test]
    fn an_event_named_after_the_headline_s_opening_words_is_no_topic() {
        let got = subjects_of(
            "青湖冬捕首网出鱼8万斤\n\n\
             “起网喽！”12月20日上午，青湖冬捕首网出鱼7.9万斤。\n\n\
             当天也是青湖第五届冰雪文化节的开幕日，湖边聚集了约8000名游客。\n\n\
             今年计划捕捞鲜鱼150万斤，比去年增加10万斤。",
        );
        assert_eq!(
            subject_of(&got, "150万斤").as_deref(),
            Some("青湖"),
            "{got:?}"
        );
        // A headline naming the festival itself is about the festival.
        let got = subjects_of(
            "青湖冰雪文化节开幕\n\n\
             当天也是青湖第五届冰雪文化节的开幕日。\n\n\
             文化节期间共安排活动36项。",
        );
        assert_ne!(subject_of(&got, "36项").as_deref(), Some("青湖"), "{got:?}");
    }

    /// 全市 after a new district the thread ended on: the district is a
    /// part of the city, no whole of it; the city the text names later is.
    #[test]
    fn a_whole_word_is_not_a_part_of_another_level() {
        let got = subjects_of(
            "垃圾分类设施基本覆盖\n\n\
             据了解，中心城区现有居民小区860个，其中桃江新区已实现全覆盖。\
             全市累计建成分类投放点3,150处。\n\n\
             青川市城市管理局表示，明年将新建投放亭500座。",
        );
        assert_eq!(
            subject_of(&got, "3,150处").as_deref(),
            Some("青川市"),
            "{got:?}"
        );
    }

    #[test]
    fn a_clause_naming_nothing_speaks_of_the_sentence_subject() {
        let got = subjects_of(
            "新能源产业\n\n华风新能源有限公司是乌兰察布市重点引进的企业，全年产值12亿元。",
        );
        let v = got.iter().find(|(t, _)| t == "12亿元").unwrap();
        assert_eq!(v.1.as_deref(), Some("华风新能源有限公司"));
    }

    #[test]
    fn a_person_is_never_what_a_count_counts_for() {
        let got = subjects_of("赣县区污水治理提速\n\n局长张明介绍，全区已建成污水处理站40座。");
        let v = got.iter().find(|(t, _)| t == "40座").unwrap();
        assert_eq!(v.1.as_deref(), Some("赣县区"));
    }

    #[test]
    fn the_office_that_told_the_reporter_is_not_the_subject() {
        let got = subjects_of(
            "梨树县加大信贷投放\n\n记者从梨树县金融办获悉，全县今年发放涉农贷款36.4亿元。\
             \n\n横琴粤澳深度合作区跨境金融提速\n\n上半年合作区结算额38。5亿元。",
        );
        assert_eq!(got[0], ("36.4亿元".to_string(), Some("梨树县".to_string())));
        // A short form is the full name said before.
        let v = got.iter().find(|(t, _)| t == "38。5亿元").unwrap();
        assert_eq!(v.1.as_deref(), Some("横琴粤澳深度合作区"));
    }

    /// 从青岛海关获悉 under a headline opening 青岛冷链食品…: the customs
    /// office's city is the topic, not the city and its goods said again.
    #[test]
    fn a_customs_office_heard_from_gives_its_city_over_the_goods() {
        let got = subjects_of(
            "青岛冷链食品进口前三季度增长两成\n\n记者从青岛海关获悉，今年前三季度，经青岛海关监管\
             进口的冷链食品达86万吨，同比增长21.3%。青岛冷链食品进口量已连续五年居全国前列。\
             \n\n从品类看，水产品进口41万吨。",
        );
        assert_eq!(subject_of(&got, "86万吨").as_deref(), Some("青岛"));
        assert_eq!(subject_of(&got, "21.3%").as_deref(), Some("青岛"));
    }

    /// 甲署今日（…）公布乙计划的最新统计数字: the scheme is what the
    /// figures are about; the office only publishes them.
    #[test]
    fn an_office_publishing_a_schemes_figures_gives_the_scheme() {
        let got = subjects_of(
            "学童疫苗接种年度逾18万人次　卫生署下月起扩大接种\n\n卫生署今日（五月八日）公布学童疫苗\
             接种计划的最新统计数字。截至四月底，已接种的学童约12万人。\n\n本学年全年，学校共接种\
             约18.6万人次。",
        );
        assert_eq!(
            subject_of(&got, "约12万人").as_deref(),
            Some("学童疫苗接种计划"),
            "{got:?}"
        );
        assert_eq!(
            subject_of(&got, "约18.6万人次").as_deref(),
            Some("学童疫苗接种计划")
        );
    }

    #[test]
    fn counts_name_what_they_count() {
        let attrs = |text: &str| -> Vec<(String, String)> {
            extract("t.txt", text, &Known::new())
                .unwrap()
                .found
                .into_iter()
                .map(|f| (f.text, f.attribute))
                .collect()
        };
        let got = attrs("金钟社区安置搬迁群众1260户5300人，建成扶贫车间8个。");
        assert_eq!(got[0], ("1260户".into(), "household_count".into()));
        assert_eq!(got[1], ("5300人".into(), "person_count".into()));
        assert_eq!(got[2], ("8个".into(), "workshop_count".into()));
        // 其中: the part counts what the whole counted; capacity words.
        let got = attrs("赣县区已建成污水处理站40座，其中今年新建12座；日处理能力达到1800吨。");
        assert_eq!(got[0].1, "sewage_station_count");
        assert_eq!(got[1].1, "sewage_station_count");
        assert_eq!(got[2].1, "production_capacity");
    }

    fn found_of(text: &str) -> Vec<(String, Option<String>, String)> {
        extract("t.txt", text, &Known::new())
            .unwrap()
            .found
            .into_iter()
            .map(|f| (f.text, f.subject, f.attribute))
            .collect()
    }

    fn one<'a>(got: &'a [(String, Option<String>, String)], v: &str) -> (Option<&'a str>, &'a str) {
        let f = got
            .iter()
            .find(|(t, _, _)| t == v)
            .unwrap_or_else(|| panic!("{v} not found in {got:?}"));
        (f.1.as_deref(), f.2.as_str())
    }

    #[test]
    fn an_office_publishing_with_another_is_a_source() {
        assert!(joint_office_publishes(
            "及青州市水务局公布，第三季全市用水量"
        ));
        assert!(joint_office_publishes("和市场监管局发布数据显示"));
        assert!(joint_office_publishes(
            "及水务局公布，2031年第三季本市用水量"
        ));
        assert!(!joint_office_publishes("及水务局公布，2031年将新建水厂"));
        assert!(!joint_office_publishes("及时公布，第三季全市用水量"));
        assert!(!joint_office_publishes("及青州市水务局负责同志"));
        let got = found_of(
            "青州第三季用水量上升\n\n青州市统计局及青州市水务局公布，第三季全市总用水量为\
             1200万立方米，按年上升3.2%。",
        );
        let (subject, _) = one(&got, "1200万立方米");
        assert!(!subject.is_some_and(|s| s.ends_with('局')), "{got:?}");
    }

    #[test]
    fn macaos_report_says_its_region_as_here() {
        let got = found_of(
            "第三季用水量上升\n\n統計局及水務局公佈，2031年第三季本澳總用水量為2,100萬立方米，\
             按年上升1.2%。",
        );
        for v in ["2,100萬立方米", "1.2%"] {
            let subject = one(&got, v).0.map(simplify);
            assert_eq!(subject.as_deref(), Some("澳门"), "{v}: {got:?}");
        }
        assert!(region_said_as_here("全澳门共有酒店").next().is_none());
        assert!(region_said_as_here("本港今年集装箱吞吐量").next().is_none());
    }

    #[test]
    fn a_place_closed_by_a_localizer_is_no_thing_standing_there() {
        let got = found_of(
            "南岭风电场投产\n\n南岭风电场位于青山县境内的山岭上，总装机容量10万千瓦，\
             共安装风电机组50台。",
        );
        assert_eq!(one(&got, "10万千瓦").0, Some("南岭风电场"), "{got:?}");
        assert_eq!(one(&got, "50台").0, Some("南岭风电场"), "{got:?}");
    }

    #[test]
    fn a_county_before_chengxiang_is_named_not_its_county_town() {
        let got = found_of(
            "青山县城乡低保标准再提高\n\n近日，县民政局印发通知，城市低保标准由每人每月700元\
             提高到740元。",
        );
        assert_eq!(one(&got, "740元").0, Some("青山县"), "{got:?}");
        let got = found_of("白河县城镇居民人均可支配收入达到3.2万元。");
        assert_eq!(one(&got, "3.2万元").0, Some("白河县"), "{got:?}");
    }

    #[test]
    fn a_departments_head_speaking_is_a_source() {
        let got = subjects_of(
            "青白高铁开通满月\n\n青白高铁开通一个月来，累计发送旅客30万人次。\n\n\
             北方铁路局集团公司客运部负责人介绍，开通初期每日开行列车40列，上座率为80.2%。",
        );
        assert_eq!(one_subject(&got, "40列"), Some("青白高铁"), "{got:?}");
        assert_eq!(one_subject(&got, "80.2%"), Some("青白高铁"), "{got:?}");
    }

    #[test]
    fn a_list_item_naming_nothing_is_no_part_of_the_item_before() {
        let got = found_of(
            "青石精工有限公司关于募集资金用途的公告\n\n青石精工有限公司本次募集资金拟用于以下项目：\
             （一）北岭工厂扩建项目，拟投入募集资金2亿元；（二）西山研究院建设项目，\
             拟投入募集资金1亿元；（三）补充流动资金0.5亿元。",
        );
        assert_eq!(one(&got, "0.5亿元").0, Some("青石精工有限公司"), "{got:?}");
        assert_eq!(one(&got, "1亿元").0, Some("西山研究院建设项目"), "{got:?}");
    }

    #[test]
    fn what_a_company_owns_is_named_after_suoshu() {
        let got = found_of(
            "青岭风电场发电创新高\n\n记者从北方发电有限公司获悉，该公司所属青岭风电场今年\
             累计发电3.1亿千瓦时，同比增长8.2%。",
        );
        assert_eq!(one(&got, "3.1亿千瓦时").0, Some("青岭风电场"), "{got:?}");
    }

    #[test]
    fn a_headline_naming_a_person_by_title_is_about_the_person() {
        let got = found_of(
            "青石镇家具厂老板王建国：今年生意好做了\n\n在青石镇，王建国的家具厂开了十多年。\
             \n\n问：厂里现在多少人？\n\n王建国：工人五十来个，一个月能出三千来套家具。",
        );
        assert_eq!(one(&got, "五十来个").0, Some("王建国"), "{got:?}");
    }

    #[test]
    fn a_bound_keeps_its_amount_across_renminbi() {
        let (q, used) = parse_in_text("不超过人民币8,000万元，资金来源").unwrap();
        assert_eq!(
            (q.text.as_str(), q.bound),
            ("不超过人民币8,000万元", Bound::AtMost)
        );
        assert_eq!(used, q.text.len());
        let (q, _) = parse_in_text("不低于人民币26.50元").unwrap();
        assert_eq!(
            (q.text.as_str(), q.bound),
            ("不低于人民币26.50元", Bound::AtLeast)
        );
        // Not across the currency to a number in another unit.
        assert!(parse_in_text("不低于人民币3家").is_none());
    }

    #[test]
    fn shang_xia_after_tenths_is_about() {
        let (q, used) = tenths("两成上下，").unwrap();
        assert_eq!(
            (q.text.as_str(), q.bound, used),
            ("两成上下", Bound::About, "两成上下".len())
        );
        let (q, _) = tenths("三成上下游企业").unwrap();
        assert_eq!((q.text.as_str(), q.bound), ("三成", Bound::Exact));
    }

    #[test]
    fn lai_before_a_multiplier_or_a_table_count_is_about_and_zhuan_is_income() {
        let got = found_of(
            "青石县农家乐红火\n\n“今年扣掉成本赚了三十来万。”店主老周说，节假日每天接待四十来桌客人。",
        );
        assert_eq!(one(&got, "三十来万").1, "income", "{got:?}");
        assert!(got.iter().any(|(t, _, _)| t == "四十来桌"), "{got:?}");
    }

    #[test]
    fn a_clause_opening_with_a_name_ending_speaks_of_that_name() {
        let got = found_of(
            "青石县冬季旅游升温\n\n白鹭湾风景区是青石县重点打造的景区，景区总面积约6平方公里。\
             去年以来，景区先后投入资金2800万元。\n\n青石县南山种苗基地加快建设\n\n\
             青石县南山种苗基地二期工程开工。基地一期已建成温室12栋。二期工程建成后，年产值可达3亿元。",
        );
        assert_eq!(one(&got, "约6平方公里").0, Some("白鹭湾风景区"));
        assert_eq!(one(&got, "2800万元").0, Some("白鹭湾风景区"));
        assert_eq!(one(&got, "12栋").0, Some("青石县南山种苗基地"));
        assert_eq!(one(&got, "3亿元").0, Some("青石县南山种苗基地二期工程"));
    }

    #[test]
    fn the_smallest_place_and_a_word_referring_back_in_the_clause() {
        let got = found_of(
            "青石县民宿经济\n\n青石县柳河镇东岭村依托山地资源发展民宿，全村已建成民宿31家，\
             户均年增收1.5万元。",
        );
        assert_eq!(one(&got, "31家").0, Some("东岭村"));
        assert_eq!(one(&got, "1.5万元").0, Some("东岭村"));
    }

    #[test]
    fn lists_totals_changes_and_thresholds_name_their_attribute() {
        let got = found_of(
            "青石县种业\n\n甲种业有限公司、乙农业科技有限公司和丙种苗有限公司自主研发品种分别为\
             12个、9个和5个，合计26个。全县水果出口额2.1亿元，比去年增加1800万元。\
             其中投资5000万元以上的项目有7个。",
        );
        for v in ["12个", "9个", "5个", "26个"] {
            assert_eq!(one(&got, v).1, "variety_count", "{v}");
        }
        assert_eq!(one(&got, "9个").0, Some("乙农业科技有限公司"));
        assert_eq!(one(&got, "1800万元").1, "export_value_increase");
        // A threshold is no project's investment; the count is the county's.
        assert_eq!(one(&got, "5000万元以上").0, None);
        assert_eq!(one(&got, "7个"), (Some("青石县"), "project_count"));
    }

    #[test]
    fn a_change_its_own_words_name_does_not_inherit_the_one_before() {
        let got = found_of(
            "青石县环境质量\n\n2025年青石县重污染天数减少4天，降水天数比上年少6天。\
             全县用水总量8.2亿立方米，比上年减少0.3亿立方米。",
        );
        assert_eq!(one(&got, "4天").1, "heavy_pollution_day_count_decrease");
        assert_eq!(one(&got, "6天").1, "rain_days_decrease");
        // A change no word names still is the value before it's.
        assert_eq!(one(&got, "0.3亿立方米").1, "water_consumption_decrease");
    }

    #[test]
    fn a_threshold_in_a_class_name_and_a_group_count_are_left_out() {
        let x = extract(
            "t.txt",
            "青石县项目\n\n青石县新签约项目16个，其中10亿元以上项目3个。\
             甲石化、乙集团两家企业分别为7.2万吨和2.6万吨。",
            &Known::new(),
        )
        .unwrap();
        let texts: Vec<&str> = x.found.iter().map(|f| f.text.as_str()).collect();
        assert!(!texts.contains(&"10亿元以上"), "{texts:?}");
        assert!(!texts.contains(&"两家"), "{texts:?}");
        let count = x.found.iter().find(|f| f.text == "3个").expect("3个");
        assert_eq!(count.subject.as_deref(), Some("青石县"));
        let why = |w: &str| x.left_out.iter().find(|l| l.text == w).map(|l| l.why);
        assert!(why("10亿元以上").is_some_and(|w| w.starts_with("a threshold")));
        assert!(why("两家").is_some_and(|w| w.starts_with("a count naming the group")));
    }

    #[test]
    fn numbers_said_the_way_news_says_them() {
        // The 。-decimal habit, a round number without its digit, money
        // without 元 when the clause is about money.
        let s = decimal_points(
            "结算额38。5亿元，增长21。3%，贷款近千万元，贷款余额达到120亿，千家万户",
        );
        assert_eq!(
            quantities(&s),
            vec!["38．5亿元", "21．3%", "近千万元", "120亿"]
        );
        let dates = dates::find_dates(&s, Some(2020));
        let q = find_quantities(&s, &dates);
        assert_eq!(q[0].2.value.to_string(), "3850000000");
        assert_eq!(q[2].2.value.to_string(), "10000000");
        assert_eq!(q[3].2.unit, Unit::Cny);
        // A bare number that is not money stays out.
        assert!(quantities("人口达到120万，").is_empty());
        // A ratio its clause names: a plain number.
        assert_eq!(quantities("城乡居民收入比为2.21。"), vec!["2.21"]);
        assert_eq!(quantities("效率（PUE）普遍在1.2以下，"), vec!["1.2以下"]);
        assert!(quantities("收入比为2.21倍数据").is_empty());
        // Round 49 (h49z): an index's value; a coefficient's level a change
        // starts from (由…提高到).
        assert_eq!(quantities("考核指数P值为0.83，"), vec!["0.83"]);
        // Round 53: a ratio to one after its name; not a clock time.
        let got = read_quantities("投入产出比约为1:7.5，师生之比为12:1，上午10:30开始。");
        assert_eq!(
            got.iter()
                .map(|(t, v, _, b)| format!("{t} {v} {b}"))
                .collect::<Vec<_>>(),
            ["1:7.5 7.5 about", "12:1 12 exact"]
        );
        // Round 53: a ratio defined in brackets before its value; the base
        // the definition names (为100) is no value.
        assert_eq!(
            quantities("全县性别比（以女性为100，男性对女性的比例）为103.6。"),
            vec!["103.6"]
        );
        // Round 50: a plot's floor area ratio.
        assert_eq!(
            quantities("地块面积约86.3亩，容积率2.0，"),
            vec!["约86.3亩", "2.0"]
        );
        assert_eq!(
            quantities("利用系数由目前的0.48提高到0.62以上。"),
            vec!["0.48", "0.62以上"]
        );
        assert_eq!(quantities("可实现50亿的产值。"), vec!["50亿"]);
        // Another currency is left out, not read as yuan.
        assert!(quantities("贷款余额达286.4亿日元，融资100万澳元。").is_empty());
        assert!(quantities("边贸结算额达3.5亿越南盾，投资5000万泰铢。").is_empty());
        // Energy is no power: 发电量1.2亿千瓦时 is energy, never 1.2亿千瓦.
        assert_eq!(
            quantities("装机容量20兆瓦，年发电量3000万千瓦时，约1.2亿kWh。"),
            vec!["20兆瓦", "3000万千瓦时", "约1.2亿kWh"]
        );
        // Counters news uses for products.
        assert_eq!(
            quantities("年产空调200万套、口罩1.5亿只。"),
            vec!["200万套", "1.5亿只"]
        );
    }

    /// Values as `find_quantities` reads them: words, value, upper, unit,
    /// bound.
    fn read(s: &str) -> Vec<String> {
        let d = dates::find_dates(s, Some(2024));
        find_quantities(s, &d)
            .into_iter()
            .map(|(_, _, q)| {
                format!(
                    "{} {} {:?} {:?} {:?}",
                    q.text,
                    q.value,
                    q.upper.map(|u| u.to_string()),
                    q.unit,
                    q.bound
                )
            })
            .collect()
    }

    #[test]
    fn numbers_of_any_article_read_with_their_unit_and_bound() {
        assert_eq!(
            read("甲镇吸引港资12亿港元、澳资3亿澳门元和500万葡币，引进欧元投资800万欧元。"),
            vec![
                "12亿港元 1200000000 None Hkd Exact",
                "3亿澳门元 300000000 None Mop Exact",
                "500万葡币 5000000 None Mop Exact",
                "800万欧元 8000000 None Eur Exact",
            ]
        );
        // Taiwan's dollar after the number or, as Taiwan writes it, its
        // name before the number and 元 after.
        assert_eq!(
            read("丙市出口值达新台币1200亿元，另有3000万新台币订单，港币50万元捐款。"),
            vec![
                "1200亿元 120000000000 None Twd Exact",
                "3000万新台币 30000000 None Twd Exact",
                "50万元 500000 None Hkd Exact",
            ]
        );
        assert_eq!(
            read("乙村出生率为千分之六，逾期率为0.02‰。"),
            vec![
                "千分之六 0.6 None Percent Exact",
                "0.02‰ 0.002 None Percent Exact"
            ]
        );
        assert_eq!(
            read("丙乡有合作社百余家，返乡青年千余人，月收入三万五。"),
            vec![
                "百余家 100 None Count AtLeast",
                "千余人 1000 None Count AtLeast",
                "三万五 35000 None Cny Exact"
            ]
        );
        assert_eq!(
            read("丁区全年用电量28亿度，节电约900万度，新装纱锭6万锭，开行列车3200车次。"),
            vec![
                "28亿度 2800000000000 None WattHour Exact",
                "约900万度 9000000000 None WattHour About",
                "6万锭 60000 None Count Exact",
                "3200车次 3200 None Count Exact"
            ]
        );
        assert_eq!(
            read("庚公司拟回购不超过800万股，每10股派发现金红利2元。"),
            vec![
                "不超过800万股 8000000 None Count AtMost",
                "2元 2 None Cny Exact"
            ]
        );
        // Alone, 30度 is a temperature.
        assert!(read("气温达到30度。").is_empty());
        assert_eq!(
            read("戊镇引进逾千家商户，带动万余人就业，月收入一万出头，计划投资五六十亿元。"),
            vec![
                "逾千家 1000 None Count AtLeast",
                "万余人 10000 None Count AtLeast",
                "一万出头 10000 None Cny AtLeast",
                "五六十亿元 5000000000 Some(\"6000000000\") Cny Range"
            ]
        );
        // A milestone without its digit and a word of 千 are no values.
        assert!(read("产业迈上千亿元台阶，惠及千家万户。").is_empty());
        // Concentrations and voltages: no unit, left out and said so.
        let s =
            "己县PM2.5浓度为35微克/立方米，氨氮为0.5毫克/升，新建500千伏变电站，扩容20万千伏安。";
        let mut left = Vec::new();
        assert!(quantities_and_left_out(s, &[], &mut left).is_empty());
        let left: Vec<&str> = left.iter().map(|(a, b, _)| &s[*a..*b]).collect();
        assert_eq!(
            left,
            vec!["35微克/立方米", "0.5毫克/升", "500千伏", "20万千伏安"]
        );
        assert_eq!(
            read("民宿价格比平时贵了一倍左右。"),
            vec!["一倍左右 100 None Percent About"]
        );
    }

    #[test]
    fn some_tens_or_hundreds_are_at_least_the_magnitude_not_ten_exact() {
        assert_eq!(
            read("镇上引来企业数十家，培训农民几百名，带动就业数千人，年产值数十亿元。"),
            vec![
                "数十家 10 None Count AtLeast",
                "几百名 100 None Count AtLeast",
                "数千人 1000 None Count AtLeast",
                "数十亿元 1000000000 None Cny AtLeast"
            ]
        );
        // A word ending in 数 whose value follows, or a numeral after the
        // magnitude: the number as written.
        assert_eq!(
            read("全镇参保人数十二万人，合作社总数十个。"),
            vec![
                "十二万人 120000 None Count Exact",
                "十个 10 None Count Exact"
            ]
        );
        assert_eq!(read("镇里数据中心3个。"), vec!["3个 3 None Count Exact"]);
    }

    #[test]
    fn a_range_of_tenths_keeps_both_ends() {
        assert_eq!(
            read("果园减产一至两成，菜价上涨两到三成，鱼价上涨3—5成。"),
            vec![
                "一至两成 10 Some(\"20\") Percent Range",
                "两到三成 20 Some(\"30\") Percent Range",
                "3—5成 30 Some(\"50\") Percent Range"
            ]
        );
        // Not a range: the ends in the wrong order, or no 成 after them.
        assert_eq!(read("三至两成"), vec!["两成 20 None Percent Exact"]);
    }

    #[test]
    fn a_big_round_number_sold_or_taken_in_is_money() {
        assert_eq!(
            read("老李说今年的橙子能卖三十五六万，店里全年流水一百万出头，村里有八十万棵树。"),
            vec![
                "三十五六万 350000 Some(\"360000\") Cny Range",
                "一百万出头 1000000 None Cny AtLeast",
                "八十万棵 800000 None Count Exact"
            ]
        );
    }

    #[test]
    fn a_small_range_of_a_measure_is_read() {
        assert_eq!(
            read("一台收割机一天能收五六亩，一只羊七八斤，七八个航次不算。"),
            vec![
                "五六亩 3333.333333 Some(\"4000\") SquareMetre Range",
                "七八斤 0.0035 Some(\"0.004\") Tonne Range"
            ]
        );
    }

    #[test]
    fn a_big_round_number_spent_is_money() {
        assert_eq!(
            read("老王家去年翻盖了房子，花了二十来万，今年又花掉三万五。"),
            vec![
                "二十来万 200000 None Cny About",
                "三万五 35000 None Cny Exact"
            ]
        );
    }

    #[test]
    fn people_counted_with_their_noun_keep_it() {
        assert_eq!(
            read("家里四口人，农忙时雇了六个人，前后来了十一二个人。"),
            vec![
                "四口人 4 None Count Exact",
                "六个人 6 None Count Exact",
                "十一二个人 11 Some(\"12\") Count Range"
            ]
        );
        // 人 opening a word is no person counted; 一个人 is no count.
        assert_eq!(
            read("店里三个人才招到，他一个人干活。"),
            vec!["三个 3 None Count Exact"]
        );
        assert_eq!(
            read("引进四个人形机器人项目，建成两个人参基地，确定两个人选，新打两口人饮井。"),
            vec![
                "四个 4 None Count Exact",
                "两个 2 None Count Exact",
                "两个 2 None Count Exact"
            ]
        );
    }

    #[test]
    fn hundredths_of_a_share_before_a_verb_are_read() {
        assert_eq!(
            read("新建的车位约三成五已交付，六成二都租了出去。"),
            vec![
                "约三成五 35 None Percent About",
                "六成二 62 None Percent Exact"
            ]
        );
    }

    #[test]
    fn a_measure_per_another_unit_is_a_rate_left_out() {
        assert_eq!(
            read("闸门泄洪800立方米/秒，厂区用水300吨/天，人均用水6立方米/人。"),
            Vec::<String>::new()
        );
        // A mass per 亩 is the yield 亩产 says: the mass, the 亩 left to
        // the words.
        assert_eq!(
            read("全镇水稻平均单产618.5公斤/亩，高出全县两成。"),
            vec![
                "618.5公斤 0.6185 None Tonne Exact",
                "两成 20 None Percent Exact"
            ]
        );
        // Money per a unit stays a price; a number after the slash is a
        // second value.
        assert_eq!(
            read("均价9800元/平方米，储能电站20兆瓦/40兆瓦时。"),
            vec![
                "9800元 9800 None Cny Exact",
                "20兆瓦 20000000 None Watt Exact",
                "40兆瓦时 40000000 None WattHour Exact"
            ]
        );
    }

    #[test]
    fn a_comparison_right_before_a_number_bounds_it() {
        assert_eq!(
            read("全镇失业率低于3%，合格率高于95%，贫困户少于20户。"),
            vec![
                "低于3% 3 None Percent AtMost",
                "高于95% 95 None Percent AtLeast",
                "少于20户 20 None Count AtMost"
            ]
        );
        // A gap in points, or words between: the number as it is.
        assert_eq!(
            read("增速高于1.5个百分点，高于全省2.1个百分点。"),
            vec![
                "1.5个百分点 1.5 None Percent Exact",
                "2.1个百分点 2.1 None Percent Exact"
            ]
        );
    }

    #[test]
    fn grades_of_a_scale_are_counted_with_their_counter() {
        assert_eq!(
            read("改造后耕地质量提升1.5个等级。"),
            vec!["1.5个等级 1.5 None Count Exact"]
        );
    }

    #[test]
    fn a_fall_over_a_range_keeps_its_low_end_first() {
        let x = extract(
            "t.txt",
            "青石县产业\n\n青石县工业能耗比上年下降3到5个百分点。",
            &Known::new(),
        )
        .unwrap();
        let f = x.found.iter().find(|f| f.text == "3到5个百分点").unwrap();
        let crate::model::Value::Quantity(q) = &f.value else {
            panic!("a quantity")
        };
        assert_eq!(
            (q.value.to_string(), q.upper.map(|u| u.to_string())),
            ("-5".to_string(), Some("-3".to_string()))
        );
    }

    #[test]
    fn neighbouring_numerals_half_tenths_and_operations() {
        let q = |s: &str| {
            let d = dates::find_dates(s, Some(2024));
            find_quantities(s, &d)
                .into_iter()
                .map(|(_, _, q)| {
                    format!(
                        "{} {} {:?} {:?} {:?}",
                        q.text,
                        q.value,
                        q.upper.map(|u| u.to_string()),
                        q.unit,
                        q.bound
                    )
                })
                .collect::<Vec<_>>()
        };
        // Two neighbouring numerals: a range, the multiplier and the
        // counter after the second for both.
        assert_eq!(
            q("河边能看到四五十只白鹭，全年收入两三千元，店里卖了七八成。"),
            vec![
                "四五十只 40 Some(\"50\") Count Range",
                "两三千元 2000 Some(\"3000\") Cny Range",
                "七八成 70 Some(\"80\") Percent Range"
            ]
        );
        assert_eq!(q("每条船能跑七八个航次。"), Vec::<String>::new());
        // Not 一两 (统一两个标准), nor a second numeral going on (二三十五).
        assert_eq!(q("统一两个标准。"), q("建设两个标准。"));
        // 一 ending a word before 两 is no 一两: the number is 两万 alone.
        assert_eq!(
            q("每户统一两万元补贴，建成唯一两千亩基地，投资其中之一两亿元。"),
            vec![
                "两万元 20000 None Cny Exact",
                "两千亩 1333333.333333 None SquareMetre Exact",
                "两亿元 200000000 None Cny Exact"
            ]
        );
        assert_eq!(
            q("每人补助一两万元。"),
            vec!["一两万元 10000 Some(\"20000\") Cny Range"]
        );
        assert_eq!(q("收了二三十五斤。"), Vec::<String>::new());
        // 成半: and a half tenth; 台次: operations counted.
        assert_eq!(
            q("本地就诊占比超四成半，完成手术3.2万台次。"),
            vec![
                "超四成半 45 None Percent AtLeast",
                "3.2万台次 32000 None Count Exact"
            ]
        );
    }

    #[test]
    fn breakthroughs_tenths_and_the_counters_of_trade() {
        let q = |s: &str| {
            let d = dates::find_dates(s, Some(2024));
            find_quantities(s, &d)
                .into_iter()
                .map(|(_, _, q)| format!("{} {} {:?} {:?}", q.text, q.value, q.unit, q.bound))
                .collect::<Vec<_>>()
        };
        // 突破 is a lower bound, its word part of the value's text.
        assert_eq!(
            q("产值有望突破300亿，总数突破2800家。"),
            vec![
                "突破300亿 30000000000 Cny AtLeast",
                "突破2800家 2800 Count AtLeast"
            ]
        );
        // Tenths of a whole are a percentage; 一成不变 is a word.
        assert_eq!(
            q("比重超过四成，收入多两成，七成以上，一成不变，九成新。"),
            vec![
                "超过四成 40 Percent AtLeast",
                "两成 20 Percent Exact",
                "七成以上 70 Percent AtLeast"
            ]
        );
        // Counters the shared parser reads short or not at all.
        assert_eq!(
            q("吞吐量612.4万标箱，开行班列7860列，外出招商62批次，日均90多艘次，设备2600余台套，组建8支招商队，服务区3对、年产10吉瓦组件。"),
            vec![
                "612.4万标箱 6124000 Count Exact",
                "7860列 7860 Count Exact",
                "62批次 62 Count Exact",
                "90多艘次 90 Count AtLeast",
                "2600余台套 2600 Count AtLeast",
                "8支 8 Count Exact",
                "3对 3 Count Exact",
                "10吉瓦 10000000000 Watt Exact",
            ]
        );
        // A count reached said as an ordinal with 万; people counted by
        // their noun after 万.
        assert_eq!(
            q("第5万台整机下线，第3批项目，惠及120万群众，人口120万。"),
            vec!["5万台 50000 Count Exact", "120万 1200000 Count Exact"]
        );
        // 约 before the verb before a value bounds it, and 约占 a share in
        // words later in its clause.
        assert_eq!(
            q("回收率约为百分之一点五，约有300人，约占全省的三分之一，约占全国的两成。"),
            vec![
                "百分之一点五 1.5 Percent About",
                "300人 300 Count About",
                "三分之一 33.333333 Percent About",
                "两成 20 Percent About"
            ]
        );
        // Doublings and growth said in times are percentages, in words or
        // in digits (增长了1.5倍, 增长３倍); a level times an earlier one
        // (是上年的2倍) rose one time less; times of no growth (出资额的1.5倍)
        // are no value.
        assert_eq!(
            q("销量比五年前翻了一番，产值翻两番多，客流增长近一倍，订单增长了两倍，收入增长了1.5倍，\
               利润增长３倍，是上年的2倍，不低于出资额的1.5倍，分别增长8.5%和1.4倍。"),
            vec![
                "翻了一番 100 Percent Exact",
                "翻两番多 300 Percent AtLeast",
                "近一倍 100 Percent About",
                "两倍 200 Percent Exact",
                "1.5倍 150 Percent Exact",
                "３倍 300 Percent Exact",
                "2倍 100 Percent Exact",
                "8.5% 8.5 Percent Exact",
                "1.4倍 140 Percent Exact"
            ]
        );
        // 年 and 前 in words of people or a rank are no earlier time: a
        // ratio of two things, no growth.
        assert!(
            q("老年人的骨折发生率是年轻人的3倍，产量是前者的2倍，是全国年均水平的1.5倍。")
                .is_empty()
        );
        // The last of a list after a growth verb grows by times too.
        assert_eq!(
            q("数量和货值分别同比增长86.5%和1.4倍。"),
            vec!["86.5% 86.5 Percent Exact", "1.4倍 140 Percent Exact"]
        );
        // Counters read only after digits take a numeral of more than one
        // character too (一起 and 两口子 are words); 口人 counts a family's
        // people whatever the numeral (家里两口人).
        assert_eq!(
            q("放流鱼苗一千二百万尾，查处案件十七起，一起去，家里两口人，两口子都在，回收四百多尾。"),
            vec![
                "一千二百万尾 12000000 Count Exact",
                "十七起 17 Count Exact",
                "两口人 2 Count Exact",
                "四百多尾 400 Count AtLeast"
            ]
        );
        // A count before the noun that starts with a time word is a count;
        // 3个月, 2个半小时 are durations.
        assert_eq!(
            q("新建2条日处理600吨的焚烧线，在46个小区试点，工期3个月，车程2个半小时。"),
            vec![
                "2条 2 Count Exact",
                "600吨 600 Tonne Exact",
                "46个 46 Count Exact"
            ]
        );
        // A bound after the whole counter is the value's.
        assert_eq!(
            q("赴境外参展30批次以上，开行5列左右，出动12艘次以下。"),
            vec![
                "30批次以上 30 Count AtLeast",
                "5列左右 5 Count About",
                "12艘次以下 12 Count AtMost",
            ]
        );
        // 对 and 支 open words: only counters where nothing else can be.
        assert!(q("共有300对接企业，2024支持").is_empty());
    }

    #[test]
    fn a_short_name_the_text_declares_stands_for_the_full_one() {
        let got = found_of(
            "6月17日，昭通至会泽高速公路（以下简称昭会高速）控制性工程全部完成。\
             昭会高速起于昭通市昭阳区，经鲁甸县，止于曲靖市会泽县，路线全长116.8公里。\
             全线共设桥梁168座。",
        );
        assert_eq!(one(&got, "116.8公里").0, Some("昭通至会泽高速公路"));
        assert_eq!(one(&got, "168座").0, Some("昭通至会泽高速公路"));
    }

    #[test]
    fn a_short_form_naming_an_entity_of_its_own_is_merged_into_the_full_name() {
        let text = "青石河调水工程完成投资2.6亿元\n\n\
                    宁川县青石河调水工程全长28公里，青石河调水工程计划明年通水。";
        let x = extract("t", text, &Known::new()).unwrap();
        let names: Vec<&str> = x.facts.entities.iter().map(|e| e.name.as_str()).collect();
        assert!(!names.contains(&"青石河调水工程"), "{names:?}");
        for f in &x.found {
            assert_eq!(
                f.subject.as_deref(),
                Some("宁川县青石河调水工程"),
                "{}",
                f.text
            );
        }
        assert_eq!(aliases_of(text, "宁川县青石河调水工程"), ["青石河调水工程"]);
    }

    #[test]
    fn a_companys_officer_speaking_gives_the_company_to_the_clause_after() {
        let got = found_of(
            "青石县今年新增企业12家。园区内青石云帆科技有限公司经理王海说，\
             公司今年营收有望达到3亿元。",
        );
        assert_eq!(one(&got, "3亿元").0, Some("青石云帆科技有限公司"));
    }

    #[test]
    fn a_documents_title_in_the_headline_is_no_topic() {
        let got = subjects_of(
            "青石县住房公积金年度报告：全年缴存额超十亿元\n\n\
             本报讯 青石县住房公积金管理中心日前公布年度报告。\
             去年全县缴存额12.5亿元，同比增长6%。",
        );
        for (text, subject) in &got {
            assert!(
                subject.as_deref().is_none_or(|s| !s.ends_with("报告")),
                "{text}: {subject:?}"
            );
        }
    }

    #[test]
    fn a_dam_with_its_works_is_named_whole() {
        let got = found_of(
            "白石峡水利枢纽开工建设\n\n白石峡水利枢纽总投资32亿元，水库总库容1.2亿立方米。",
        );
        assert_eq!(one(&got, "32亿元").0, Some("白石峡水利枢纽"));
    }

    #[test]
    fn a_headline_counting_animals_is_not_named_by_its_count() {
        let got = found_of("白鹭湖黑颈鹤数量创新高\n\n今年白鹭湖共监测到黑颈鹤860只。");
        assert_ne!(one(&got, "860只").0, Some("白鹭湖黑颈鹤数量"));
    }

    #[test]
    fn one_of_the_people_before_a_time_word_is_named_by_the_characters() {
        let got = found_of("竹溪村的菇农苏明远今年种了十二亩香菇。");
        assert_eq!(one(&got, "十二亩").0, Some("苏明远"));
        let got = found_of("在青石镇，种植大户苏明远承包了八十亩山地种茶。");
        assert_eq!(one(&got, "八十亩").0, Some("苏明远"));
        // Others like them are not theirs.
        let got = found_of("菇农苏明远说，村里像他这样的菇农有四十多户。");
        assert_ne!(one(&got, "四十多户").0, Some("苏明远"));
    }

    /// The aliases the extraction records for the entity named `name`.
    fn aliases_of(text: &str, name: &str) -> Vec<String> {
        let x = extract("t", text, &Known::new()).unwrap();
        x.facts
            .entities
            .iter()
            .find(|e| e.name == name)
            .map(|e| e.aliases.clone())
            .unwrap_or_default()
    }

    #[test]
    fn short_forms_the_text_uses_are_the_entitys_aliases() {
        // The name without its county, said so in the headline.
        let text = "青石河调水工程完成过半\n\n\
                    今年以来，宁川县青石河调水工程已完成投资2.6亿元。\
                    青石河调水工程全长28公里。";
        assert_eq!(aliases_of(text, "宁川县青石河调水工程"), ["青石河调水工程"]);
        // A declared short form names the company; 公司 only points at it.
        let text = "北岭重工股份有限公司（以下简称“公司”）的子公司\
                    湖滨北岭造船有限公司（以下简称“北岭造船”）签订合同3份，金额8亿元。";
        assert_eq!(aliases_of(text, "湖滨北岭造船有限公司"), ["北岭造船"]);
        assert!(aliases_of(text, "北岭重工股份有限公司").is_empty());
        // Another county's project of that name, an office without its
        // county and a name never said short give no alias.
        let text = "宁川县青石河调水工程投资2.6亿元，东山县青石河调水工程投资1亿元。\
                    宁川县统计局统计，全县人口20万人，统计局有职工30人。";
        assert!(aliases_of(text, "宁川县青石河调水工程").is_empty());
        assert!(aliases_of(text, "宁川县统计局").is_empty());
    }

    /// 青川日报讯（记者 李明）…我市…: a text opening with its paper's
    /// dateline has no headline; the paper's title gives the place, and is
    /// no subject.
    #[test]
    fn a_papers_title_in_its_dateline_gives_the_place_not_a_subject() {
        let text = "青川日报讯（记者 李明）12月4日，记者从市城市管理局获悉，\
                    我市生活垃圾回收利用率达到41.5%。\n\n今年以来，新建回收站点418个。";
        let x = extract("t", text, &Known::new()).unwrap();
        let rate = x.found.iter().find(|f| f.text == "41.5%").unwrap();
        assert_eq!(rate.subject.as_deref(), Some("青川"), "{}", rate.why);
        // A value naming nothing is not the paper's.
        let count = x.found.iter().find(|f| f.text == "418个").unwrap();
        assert_ne!(count.subject.as_deref(), Some("青川日报"), "{}", count.why);
    }

    /// 本报讯（记者 王小明）甲公司…: the byline in brackets is no part of
    /// the company's name after it.
    #[test]
    fn a_byline_in_brackets_is_cut_off_the_name_after_it() {
        let text = "青禾食品营收增长\n\n本报讯（记者 王小明）青禾食品股份有限公司\
                    10月28日披露季度报告。前三季度，公司实现营业收入12.5亿元。";
        let x = extract("t", text, &Known::new()).unwrap();
        let revenue = x.found.iter().find(|f| f.text == "12.5亿元").unwrap();
        assert_eq!(
            revenue.subject.as_deref(),
            Some("青禾食品股份有限公司"),
            "{}",
            revenue.why
        );
    }

    /// 记者从甲市文化和旅游局获悉，今年以来，甲…: the office's name is
    /// whole across its 和, so the news is its city's.
    #[test]
    fn an_office_joining_two_fields_with_he_is_one_name() {
        let text = "青川今年已办演唱会27场\n\n本报青川11月24日讯（记者 李明）\
                    记者从青川市文化和旅游局获悉，今年以来，青川共举办大型演唱会27场，\
                    比去年全年多出11场。";
        let x = extract("t", text, &Known::new()).unwrap();
        let more = x.found.iter().find(|f| f.text == "11场").unwrap();
        assert_eq!(more.subject.as_deref(), Some("青川市"), "{}", more.why);
    }

    /// 甲市文化和旅游局表示，明年将…: the office named whole, saying right
    /// after its name, speaks for its city; the figures are the city's.
    #[test]
    fn an_office_named_whole_that_speaks_speaks_for_its_place() {
        let text = "青川演唱会经济升温\n\n青川今年已举办大型演唱会27场。\
                    青川市文化和旅游局表示，明年将新开旅游专线12条。";
        let x = extract("t", text, &Known::new()).unwrap();
        let lines = x.found.iter().find(|f| f.text == "12条").unwrap();
        assert_eq!(lines.subject.as_deref(), Some("青川市"), "{}", lines.why);
    }

    /// 甲市公安局表示，全局…; 甲市文化和旅游局表示，本局…: an office that
    /// says it short speaks of itself, not for its city.
    #[test]
    fn an_office_saying_itself_short_speaks_of_itself() {
        let text = "青川治安\n\n青川今年治安良好。青川市公安局表示，全局今年共有民警1200名。";
        let x = extract("t", text, &Known::new()).unwrap();
        let police = x.found.iter().find(|f| f.text == "1200名").unwrap();
        assert_eq!(
            police.subject.as_deref(),
            Some("青川市公安局"),
            "{}",
            police.why
        );
        let text = "青川演唱会\n\n青川今年已举办大型演唱会27场。\
                    青川市文化和旅游局表示，本局今年共招录工作人员12名。";
        let x = extract("t", text, &Known::new()).unwrap();
        let staff = x.found.iter().find(|f| f.text == "12名").unwrap();
        assert_eq!(
            staff.subject.as_deref(),
            Some("青川市文化和旅游局"),
            "{}",
            staff.why
        );
    }

    /// 记者从市住房和城乡建设局获悉 (从市 one word to jieba): the reporter's
    /// preposition opens no office name; the news is the city's.
    #[test]
    fn a_preposition_glued_to_an_offices_level_is_no_part_of_its_name() {
        let text = "青川城区供热\n\n本报讯 11月1日起，青川市城区正式供热。\
                    记者从市住房和城乡建设局获悉，今年城区新增供热面积135万平方米。";
        let x = extract("t", text, &Known::new()).unwrap();
        let area = x.found.iter().find(|f| f.text == "135万平方米").unwrap();
        assert_eq!(area.subject.as_deref(), Some("青川市"), "{}", area.why);
    }

    /// 记者从甲市文化和旅游局、市体育局获悉: offices listed are all where
    /// the news came from.
    #[test]
    fn offices_listed_before_huoxi_are_sources() {
        let text = "假期旅游升温\n\n本报讯 \
                    记者从青川市文化和旅游局、市体育局获悉，国庆假期，游客人数同比增长18.4%。";
        let x = extract("t", text, &Known::new()).unwrap();
        let rate = x.found.iter().find(|f| f.text == "18.4%").unwrap();
        assert_eq!(rate.subject.as_deref(), Some("青川市"), "{}", rate.why);
    }

    /// 据甲市文化和旅游局提供的数据，…: the office only reports the figures.
    #[test]
    fn an_office_whose_data_is_quoted_is_a_source() {
        let text = "假期旅游升温\n\n本报讯 \
                    据青川市文化和旅游局提供的数据，国庆假期，游客人数同比增长21.3%。";
        let x = extract("t", text, &Known::new()).unwrap();
        let rate = x.found.iter().find(|f| f.text == "21.3%").unwrap();
        assert_eq!(rate.subject.as_deref(), Some("青川市"), "{}", rate.why);
    }

    /// 全市 after 甲路夜市, in a text whose topic is an event held in the
    /// city: the night market ends like a city but 全市 is the city's whole.
    #[test]
    fn quan_shi_does_not_refer_to_a_night_market() {
        let text = "青川国际马拉松鸣枪 带火城市夜经济\n\n\
                    本报讯 11月8日，2026青川国际马拉松在青川市鸣枪开跑，来自全国各地的约2.6万名选手参赛。\n\n\
                    赛事期间，正阳路夜市三天接待食客约12万人次。今年以来，全市共接待游客186.4万人次，同比增长12.5%。";
        let x = extract("t", text, &Known::new()).unwrap();
        for value in ["186.4万人次", "12.5%"] {
            let f = x.found.iter().find(|f| f.text == value).unwrap();
            assert_eq!(f.subject.as_deref(), Some("青川市"), "{value}: {}", f.why);
        }
    }

    /// 甲市乙县某水库及灌区工程主坝…, then 某水库 alone: the dam after the
    /// name leaves it whole, and the reservoir it is named by, said alone,
    /// is the whole project's short name.
    #[test]
    fn a_project_named_by_its_reservoir_is_said_by_the_reservoir() {
        let text = "松岭石溪水库主坝填筑完成\n\n\
                    记者从青州省水利厅获悉，青州市松岭县石溪水库及灌区工程主坝日前完成填筑，\
                    大坝高约90米。石溪水库总投资约40亿元。";
        let x = extract("t", text, &Known::new()).unwrap();
        let dam = x.found.iter().find(|f| f.text == "约90米").unwrap();
        let whole = "青州市松岭县石溪水库及灌区工程";
        assert_eq!(dam.subject.as_deref(), Some(whole), "{}", dam.why);
        let got = aliases_of(text, whole);
        assert!(got.iter().any(|a| a == "石溪水库"), "{got:?}");
    }

    /// 甲省乙县某某水库工程, then 某某水库 alone: both places are left
    /// out, and the reservoir names its project.
    #[test]
    fn a_reservoirs_project_is_said_without_its_chain_of_places() {
        let text = "湖北省宁川县青石河水库工程大坝填筑到顶。\
                    青石河水库总库容1.2亿立方米。";
        let got = aliases_of(text, "湖北省宁川县青石河水库工程");
        assert!(got.iter().any(|a| a == "青石河水库"), "{got:?}");
    }

    /// 甲县乙镇中心小学, then another town's 中心小学 and 中心小学 alone: the
    /// school's two-character stem keeps its town in its short form.
    #[test]
    fn a_schools_short_stem_keeps_its_town() {
        let text = "宁川县青石镇中心小学今年招生120人。\
                    白沙镇中心小学有教师60人，中心小学食堂面积800平方米。";
        let got = aliases_of(text, "宁川县青石镇中心小学");
        assert!(!got.iter().any(|a| a == "中心小学"), "{got:?}");
    }

    #[test]
    fn a_name_opening_with_a_place_inside_a_place_is_also_said_without_the_outer() {
        let text = "重庆市渝北区龙溪街道社区养老服务中心今年接待老人3600人次。";
        assert_eq!(
            aliases_of(text, "重庆市渝北区龙溪街道社区养老服务中心"),
            ["渝北区龙溪街道社区养老服务中心"]
        );
        // A place inside it goes too (区 above 街道); one place only gives
        // no such alias.
        let text = "渝北区龙溪街道社区养老服务中心今年接待老人3600人次。";
        assert_eq!(
            aliases_of(text, "渝北区龙溪街道社区养老服务中心"),
            ["龙溪街道社区养老服务中心"]
        );
        let text = "龙溪街道社区养老服务中心今年接待老人3600人次。";
        assert!(aliases_of(text, "龙溪街道社区养老服务中心").is_empty());
    }

    #[test]
    fn a_station_after_a_time_word_or_by_a_place_said_short_is_named() {
        let got = found_of(
            "今年国庆，海拉尔区接待游客50万人次。\
             假期西安北站累计发送旅客200万人次；海拉尔火车站发送旅客9万人次。",
        );
        assert_eq!(one(&got, "200万人次").0, Some("西安北站"));
        assert_eq!(one(&got, "9万人次").0, Some("海拉尔火车站"));
    }

    #[test]
    fn a_fund_named_by_its_place_takes_its_figures() {
        let got =
            found_of("6月1日，上海市闵行区产业发展母基金正式揭牌成立。该母基金总规模120亿元。");
        assert_eq!(one(&got, "120亿元").0, Some("上海市闵行区产业发展母基金"));
        // A fund said by its kind alone is the place's.
        let got = found_of("闵行区设立规模50亿元的集成电路产业投资基金，已投资企业21家。");
        assert_eq!(one(&got, "21家").0, Some("闵行区"));
    }

    #[test]
    fn a_quote_of_its_own_is_its_speakers_named_right_after_it() {
        // 我 in the quote is the speaker after it, not the person named before.
        let got = found_of(
            "东坪村有村民周桂香。\
             “我家今年卖茶叶挣了两万三千元。”阿木笑着说。",
        );
        assert_eq!(one(&got, "两万三千元").0, Some("阿木"));
        // One of the people (a title before the name) speaks of their own life.
        let got = found_of(
            "东坪县新建公寓800套。\
             “一个月房租九百元，离厂里很近。”在园区上班的工人何志远说，他去年来到东坪。",
        );
        assert_eq!(one(&got, "九百元").0, Some("何志远"));
        // An official speaks of the place named before them, unless the
        // quote names its own subject; so does one who speaks for a firm
        // the text leaves unnamed (一家商场的负责人), unlike its 理事长 or
        // 主管 (round 53, h53v), who tell their own.
        let got = found_of(
            "东坪县人口20万人。\
             “今年店里卖出冰箱1500多台。”西河区一家商场的负责人孙立说。\
             “北岭村今年种茶600亩。”西河区农业农村局局长孙立说。",
        );
        assert_eq!(one(&got, "1500多台").0, Some("西河区"));
        assert_eq!(one(&got, "600亩").0, Some("北岭村"));
    }

    #[test]
    fn what_a_name_is_said_to_be_is_no_subject() {
        // The description after 是 is no thing; the thing before it is named
        // whole and keeps the values after.
        let got = found_of(
            "青石县鲟鱼繁育\n\n\
             青石县江源鲟鱼养殖繁育中心是全省规模最大的鲟鱼人工繁育基地。\
             中心去年放流鱼苗三百万尾，投入资金八百万元。",
        );
        assert_eq!(one(&got, "三百万尾").0, Some("青石县江源鲟鱼养殖繁育中心"));
        assert_eq!(one(&got, "八百万元").0, Some("青石县江源鲟鱼养殖繁育中心"));
        let got = found_of("东河水库扩建工程是省重点水利项目，总投资3.2亿元。");
        assert_eq!(one(&got, "3.2亿元").0, Some("东河水库扩建工程"));
        // A company after 是 that nothing ranks stays a name (how much of
        // the words before it the name takes is not this rule's).
        let got = found_of("项目牵头单位是青石建设集团有限公司，投入施工人员300名。");
        assert!(one(&got, "300名")
            .0
            .is_some_and(|n| n.ends_with("青石建设集团有限公司")));
    }

    #[test]
    fn the_whole_of_a_share_and_a_list_after_a_locative_are_not_subjects() {
        let got = found_of("义乌市在册企业16.42万户，占金华市的38.2%。");
        assert_eq!(one(&got, "38.2%").0, Some("义乌市"));
        let got = found_of(
            "长青示范园已建成。该项目由华兴集团与长河股份有限公司共同投资建设，总投资12亿元。",
        );
        assert_eq!(one(&got, "12亿元").0, Some("长青示范园"));
    }

    #[test]
    fn the_head_of_the_noun_after_a_count_and_products_by_the_piece() {
        let got = found_of(
            "全县有乡镇卫生院38家，其中26家达到国家标准，建成472个村卫生室。\
             鲁甸县和会泽县分别有23个和31个行政村在项目沿线。\
             学校设计60个班、3000个学位。\
             东方电子有限公司年产芯片36亿只，新增产能8000万只，集装箱吞吐量612.4万标箱。\
             全市进出口总额5011.2亿元，其中出口4396.5亿元，进口614.7亿元。",
        );
        assert_eq!(one(&got, "26家").1, "health_center_count");
        assert_eq!(one(&got, "472个").1, "clinic_count");
        assert_eq!(one(&got, "23个").1, "village_count");
        assert_eq!(one(&got, "60个").1, "class_count");
        assert_eq!(one(&got, "3000个").1, "school_place_count");
        assert_eq!(one(&got, "36亿只").1, "annual_capacity");
        assert_eq!(one(&got, "8000万只").1, "new_capacity");
        assert_eq!(one(&got, "612.4万标箱").1, "container_throughput");
        assert_eq!(one(&got, "5011.2亿元").1, "import_export_value");
        assert_eq!(one(&got, "4396.5亿元").1, "export_value");
        assert_eq!(one(&got, "614.7亿元").1, "import_value");
    }

    #[test]
    fn short_forms_township_names_headline_zones_and_offices_speaking() {
        // 实验区 said again for the zone named in full before.
        let got = found_of("平潭综合实验区新增企业186家。实验区累计注册企业逾2300家。");
        assert_eq!(one(&got, "逾2300家").0, Some("平潭综合实验区"));
        // A township named after a village is one name.
        let got = found_of("高村乡共有农户3860户。");
        assert_eq!(one(&got, "3860户").0, Some("高村乡"));
        // A headline opening with a zone is about the zone.
        let got = found_of(
            "长治高新区光电产业集群产值有望突破300亿\n\n今年前10个月，光电产业实现产值246亿元。",
        );
        assert_eq!(one(&got, "246亿元").0, Some("长治高新区"));
        // An office whose head speaks is where the news came from, unless
        // the words go on about it (公司将投入…).
        let got = found_of(
            "平潭综合实验区新增企业186家。平潭综合实验区经济发展局负责人表示，下一步将推进总投资56亿元的12个项目。",
        );
        assert_eq!(one(&got, "56亿元").0, Some("平潭综合实验区"));
        let got = found_of("长河农业发展有限公司负责人表示，公司将投入两千万元建设平台。");
        assert_eq!(one(&got, "两千万元").0, Some("长河农业发展有限公司"));
        // 全市 after 占金华市的: the city the article is about.
        let got = found_of(
            "义乌市市场主体100.86万户，占金华市市场主体总量的38.2%。全市现有企业16.42万户。",
        );
        assert_eq!(one(&got, "16.42万户").0, Some("义乌市"));
    }

    #[test]
    fn planned_dates_and_targets_are_named_so() {
        let got = found_of(
            "沭阳县第二中学预计今年8月底建成投用。兴达公司计划明年6月投产。\
             兴达公司今年3月动工。到2027年，兴达公司将建成基地10个。",
        );
        assert_eq!(one(&got, "今年8月底").1, "date_completion_planned");
        assert_eq!(one(&got, "明年6月").1, "date_production_planned");
        assert_eq!(one(&got, "今年3月").1, "date_construction_started");
        assert_eq!(one(&got, "2027年").1, "date_target");
        // --explain says why.
        let found = extract(
            "t.txt",
            "兴达公司计划明年6月投产。到2027年，兴达公司将建成基地10个。",
            &Known::new(),
        )
        .unwrap()
        .found;
        let why = |t: &str| found.iter().find(|f| f.text == t).unwrap().why.clone();
        assert!(
            why("明年6月").contains("planned (预计/计划/将… before it)"),
            "{}",
            why("明年6月")
        );
        assert!(why("2027年").contains("到 before it"), "{}", why("2027年"));
    }

    #[test]
    fn ordinals_inside_names_and_a_design_figure_after_one() {
        let got = found_of("今年新建的沭阳县第二实验高级中学总投资6.2亿元。");
        assert_eq!(one(&got, "6.2亿元").0, Some("沭阳县第二实验高级中学"));
        let got = found_of("钦州港保税港区冷链物流中心设计库容12万吨。");
        assert_eq!(one(&got, "12万吨").0, Some("钦州港保税港区冷链物流中心"));
    }

    #[test]
    fn contract_and_bank_report_words_name_their_amounts() {
        let got = found_of(
            "长河区签约项目84个，合同投资285.15亿元。长河农商银行资产总额143.51亿元，\
             净利润7.21亿元，资本充足率15.30%，港区进口冻品货值约96亿元。",
        );
        assert_eq!(one(&got, "285.15亿元").1, "contracted_investment");
        assert_eq!(one(&got, "143.51亿元").1, "total_assets");
        assert_eq!(one(&got, "7.21亿元").1, "net_profit");
        assert_eq!(one(&got, "15.30%").1, "capital_adequacy_ratio");
        // Goods imported: their value is an import value (round 37).
        assert_eq!(one(&got, "约96亿元").1, "import_value");
    }

    #[test]
    fn a_level_reached_is_not_a_change() {
        let found = extract(
            "t.txt",
            "沭阳县大班额比例下降到0.8%，工业产值下降2.1%，减少二氧化碳排放约130万吨。",
            &Known::new(),
        )
        .unwrap()
        .found;
        let of = |t: &str| {
            let f = found.iter().find(|f| f.text == t).unwrap();
            let Value::Quantity(q) = &f.value else {
                panic!("{t} is no quantity")
            };
            (f.attribute.clone(), q.value.to_string())
        };
        assert_eq!(of("0.8%"), ("share".to_string(), "0.8".to_string()));
        assert_eq!(of("2.1%"), ("growth_rate".to_string(), "-2.1".to_string()));
        // An amount reduced is no change of one: it stays positive.
        assert_eq!(
            of("约130万吨"),
            ("co2_reduction".to_string(), "1300000".to_string())
        );
    }

    #[test]
    fn organisation_names_by_strong_endings() {
        let names = |norm: &str| -> Vec<String> {
            let words = tagged(norm, &[]);
            let places = find_places(norm);
            find_strong_names(norm, &places, &words)
                .into_iter()
                .map(|m| m.name)
                .collect()
        };
        let n = names("华风新能源有限公司、北辰电力集团和青山储能科技（内蒙古）有限公司分别签约");
        assert_eq!(
            n,
            vec![
                "华风新能源有限公司",
                "青山储能科技（内蒙古）有限公司",
                "北辰电力集团"
            ]
        );
        let n = names("其中，梨树县农村信用合作联社发放贷款；吉林银行四平分行投放");
        assert!(n.contains(&"梨树县农村信用合作联社".to_string()), "{n:?}");
        assert!(n.contains(&"吉林银行四平分行".to_string()), "{n:?}");
        // A verb is not part of the name.
        let n = names("要加快推进化工有限公司建设");
        assert_eq!(n, vec!["化工有限公司"]);
        // Not cut to its tail.
        let n = names("由中原信达资产管理有限公司承接");
        assert_eq!(n, vec!["中原信达资产管理有限公司"]);
        let n = names("营口港务股份有限公司投资");
        assert_eq!(n, vec!["营口港务股份有限公司"]);
    }

    #[test]
    fn a_company_said_by_place_and_trade_opening_a_clause() {
        let got = found_of(
            "营口市新材料\n\n辽宁恒远新材料有限公司年产值65亿元。营口钢铁正在建设的余热发电机组\
             装机容量为60兆瓦。",
        );
        assert_eq!(one(&got, "60兆瓦").0, Some("营口钢铁"));
    }

    #[test]
    fn values_after_jiezhi_hold_as_of_its_date() {
        let as_of = |text: &str| -> Vec<(String, Option<String>)> {
            let x = extract("t.txt", text, &Known::new()).unwrap();
            x.facts
                .facts
                .iter()
                .filter(|f| matches!(f.value, Value::Quantity(_)))
                .map(|f| {
                    let Value::Quantity(q) = &f.value else {
                        unreachable!()
                    };
                    (q.text.clone(), f.qualifiers.as_of.as_ref().map(Date::iso))
                })
                .collect()
        };
        let got = as_of(
            "梨树县春耕贷款\n\n记者从梨树县金融办获悉，截至2020年5月，全县累计发放贷款3亿元，\
             同比增长9%。全县今年新建冷库12座。",
        );
        assert_eq!(
            got,
            vec![
                ("3亿元".into(), Some("2020-05".into())),
                ("9%".into(), Some("2020-05".into())),
                ("12座".into(), None)
            ]
        );
        // 截至目前: as of the article's dateline.
        let got = as_of(
            "某县光伏扶贫\n2020-05-27 来源:某县融媒体中心\n截至目前，某县已建成村级光伏电站42座。",
        );
        assert_eq!(got, vec![("42座".into(), Some("2020-05-27".into()))]);
        // Without a dateline, 截至目前 says no date.
        let got = as_of("某县光伏扶贫\n\n截至目前，某县已建成村级光伏电站42座。");
        assert_eq!(got, vec![("42座".into(), None)]);
        // A year said relative to an unknown document year: an as-of date
        // keeps its month of an unknown year (records store no offset),
        // and a year alone gives none.
        let got = as_of(
            "某县光伏扶贫\n\n截至去年底，某县已建成村级光伏电站42座。截至去年，全县建成冷库12座。",
        );
        assert_eq!(
            got,
            vec![
                ("42座".into(), Some("????-12".into())),
                ("12座".into(), None)
            ]
        );
        // The 截至 date itself is the as_of of the subject of what follows.
        let x = extract(
            "t.txt",
            "梨树县春耕贷款\n\n2024年4月3日，记者从梨树县金融办获悉，截至3月末，全县金融机构发放贷款36.4亿元。",
            &Known::new(),
        )
        .unwrap();
        let d = x.found.iter().find(|f| f.text == "3月末").unwrap();
        assert_eq!(
            (d.subject.as_deref(), d.attribute.as_str()),
            (Some("梨树县"), "date_as_of")
        );
        let d = x.found.iter().find(|f| f.text == "2024年4月3日").unwrap();
        assert_eq!(d.attribute, "date_reported");
        assert!(x.found.iter().any(|f| f.why.contains("as of 2024-03")));
    }

    #[test]
    fn a_dateline_date_is_explained_by_its_mark() {
        let x = extract(
            "t.txt",
            "青石县秋粮丰收\n\n新华社长春10月8日电 青石县今年秋粮产量达到12.6亿斤。",
            &Known::new(),
        )
        .unwrap();
        let d = x.found.iter().find(|f| f.text == "10月8日").unwrap();
        assert_eq!(d.attribute, "date_reported");
        assert!(d.why.contains("电 after it"), "{}", d.why);
        assert!(!d.why.contains("记者"), "{}", d.why);
    }

    #[test]
    fn a_zone_built_alongside_is_no_place() {
        let names = |t: &str| {
            find_places(t)
                .into_iter()
                .map(|m| m.name)
                .collect::<Vec<_>>()
        };
        assert!(!names("同步建设灌区管理平台。").contains(&"同步建设灌区".to_string()));
    }

    #[test]
    fn a_function_words_last_character_is_no_places_stem() {
        let names = |t: &str| {
            find_places(t)
                .into_iter()
                .map(|m| m.name)
                .collect::<Vec<_>>()
        };
        assert!(names("游客12万人次，其中区外游客占六成。").is_empty());
        assert!(names("三家企业之中县外企业两家。").is_empty());
        assert_eq!(names("其中城区学校新增电梯。"), Vec::<String>::new());
        assert_eq!(names("其中乐东县新增电梯。"), vec!["乐东县"]);
    }

    #[test]
    fn an_office_publishing_a_wholes_figures_is_their_source() {
        assert!(publishes_data("昨日公布，本市10月份零售总额为86亿元"));
        assert!(publishes_data("早前公布，第三季全市失业率为2.1%"));
        assert!(publishes_data("公布，11月入境旅客约338万人次"));
        // A clause of what the office does is no one else's figures.
        assert!(!publishes_data("公布，将发放消费券1亿元"));
        assert!(!publishes_data("公布了新的补贴办法"));
    }

    #[test]
    fn a_defendant_named_by_surname_and_mou_owns_the_verdicts_figures() {
        let got = found_of(
            "青石河盗采案宣判\n\n青石县人民法院近日审结一起非法采矿案。经审理查明，被告人赵某\
             伙同他人租用货车5辆，在青石河盗采河砂8000余立方米，非法获利26万元。",
        );
        for v in ["5辆", "8000余立方米", "26万元"] {
            assert_eq!(one(&got, v).0, Some("赵某"), "{v}: {got:?}");
        }
        // 某 after no role in the case is no defendant's name.
        assert!(defendants("某县某镇王某说").is_empty());
        assert_eq!(defendants("犯罪嫌疑人李某某到案")[0].name, "李某某");
    }

    #[test]
    fn goods_named_with_their_place_leave_the_whole_countys_totals_to_it() {
        let text = "石泉蜜桃上市季｜线上卖了多少？\n\n又到蜜桃熟时。记者近日走进石泉，\
                    桃园里一派忙碌。据介绍，全县蜜桃种植面积12万亩，今年产量预计20万吨。\
                    \n\n今年以来，全县电商销售蜜桃3.5万吨，同比增长12%。";
        let got = found_of(text);
        for v in ["12万亩", "3.5万吨", "12%"] {
            assert_eq!(one(&got, v).0, Some("石泉县"), "{v}: {got:?}");
        }
        // The goods' place must be said bare in the text: 石泉蜜桃 alone
        // gives no county.
        let text = "石泉蜜桃上市季\n\n桃园里一派忙碌。据介绍，全县蜜桃种植面积12万亩。";
        let got = found_of(text);
        assert_ne!(one(&got, "12万亩").0, Some("石泉县"), "{got:?}");
        assert_eq!(
            goods_place("石泉蜜桃", "走进石泉，", "县", 1).map(|m| m.name),
            Some("石泉县".to_string())
        );
        assert!(goods_place("石泉蜜桃", "石泉蜜桃熟了", "县", 1).is_none());
        // Not a place's ending: no place.
        assert!(goods_place("石泉蜜桃", "走进石泉，", "公司", 1).is_none());
    }

    #[test]
    fn a_headlines_one_village_of_a_county_is_the_interviews_topic() {
        let text = "青山县一个茶叶村的收成账\n\n初夏时节，青山县云雾镇白岩村的茶园里，\
                    村支书刘明亮正领着客商看茶。\n\n记者：村里种了多少茶？\n\n\
                    刘明亮：全村两千来亩，一亩地能产干茶八十来斤。\n\n记者：价钱怎么样？\n\n\
                    刘明亮：好茶一斤三百来块，合作社入社的有九十多户。";
        let got = found_of(text);
        for v in ["两千来亩", "八十来斤", "九十多户"] {
            assert_eq!(one(&got, v).0, Some("白岩村"), "{v}: {got:?}");
        }
        // A headline about the county's villages, no one of them, keeps the
        // county.
        let text = "青山县茶叶村收成好\n\n初夏时节，青山县云雾镇白岩村的茶园里一片忙碌。\
                    \n\n今年青山县茶叶种植面积5.2万亩。";
        let got = found_of(text);
        assert_eq!(one(&got, "5.2万亩").0, Some("青山县"), "{got:?}");
    }

    #[test]
    fn a_department_named_shiwuchu_reports_its_figures_and_is_said_short() {
        let text = "元旦假期出入境旅客逾百萬人次\n\n民政事務處今日公布，元旦假期共有約\
                    120萬人次出入境。\n\n民政處發言人表示，假期期間共調配約900名人員。";
        let got = found_of(text);
        for v in ["約120萬人次", "約900名"] {
            assert_eq!(one(&got, v).0, Some("民政事務處"), "{v}: {got:?}");
        }
        // Traffic through a port is the port's own, the 经 no part of its
        // name.
        let text = "口岸车辆增加\n\n青山市商务局表示，今年全市调配约900名人员。\n\n\
                    此外，经东兴口岸往来的车辆约3.2万辆次，同比上升8.1%。";
        let got = found_of(text);
        for v in ["约3.2万辆次", "8.1%"] {
            assert_eq!(one(&got, v).0, Some("东兴口岸"), "{v}: {got:?}");
        }
        assert_eq!(
            level_short_forms("民政事务处", Some("organisation")),
            vec!["民政处".to_string()]
        );
        assert!(level_short_forms("事务处", Some("organisation")).is_empty());
    }

    #[test]
    fn a_places_service_centre_giving_figures_is_their_source() {
        let text = "青山茶叶喜丰收\n\n青山县茶产业发展服务中心提供的数据显示，今年全县茶园\
                    面积6.4万亩，其中有机茶园1.1万亩；干茶产量约3200吨。";
        let got = found_of(text);
        for v in ["6.4万亩", "1.1万亩", "约3200吨"] {
            assert_eq!(one(&got, v).0, Some("青山县"), "{v}: {got:?}");
        }
        // A centre not named by its place reports its own figures.
        let m = Mention {
            start: 0,
            end: "茶叶交易中心".len(),
            name: "茶叶交易中心".into(),
            new_kind: Some("facility".into()),
            sentence: 1,
            how: None,
        };
        assert!(!is_source("茶叶交易中心数据显示，交易额3亿元", &m));
        // Nor one named by its place that serves no trade but is a venue
        // counting its own work (展会86场 are the exhibition centre's).
        let m = Mention {
            end: "青山国际会展中心".len(),
            name: "青山国际会展中心".into(),
            ..m
        };
        assert!(!is_source(
            "青山国际会展中心数据显示，今年共举办展会86场",
            &m
        ));
    }

    #[test]
    fn a_private_persons_answer_in_an_interview_is_their_own() {
        let text = "青山县种粮大户谈收成\n\n记者近日来到青山县石桥镇，种粮大户\
                    阿不都·热合曼说，今年麦子长得好。\n\n记者：今年收成怎么样？\n\n\
                    阿不都：还不错。我家今年种了一百二十亩小麦，卖粮收入二十来万。\n\n\
                    记者：镇上的情况呢？\n\n据青山县农业农村局统计，全县今年小麦种植面积8.6万亩。";
        let got = found_of(text);
        let subject = |t: &str| got.iter().find(|(w, ..)| w == t).map(|(_, s, _)| s.clone());
        assert_eq!(subject("一百二十亩"), Some(Some("阿不都·热合曼".into())));
        assert_eq!(subject("二十来万"), Some(Some("阿不都·热合曼".into())));
        // The narration after the reporter's next turn is the county's.
        assert_eq!(subject("8.6万亩"), Some(Some("青山县".into())));
        // A speaker named by an office's title speaks for the body.
        let text = "石桥合作社扩种\n\n记者采访了石桥镇丰收合作社理事长马长青。\n\n\
                    记者：今年合作社种了多少？\n\n马长青：合作社今年种了三百亩。";
        let got = found_of(text);
        assert!(
            got.iter().all(|(_, s, _)| s.as_deref() != Some("马长青")),
            "{got:?}"
        );
    }

    #[test]
    fn speakers_categories_and_nearer_names_are_not_mistaken() {
        let got = found_of(
            "某县集中签约12个项目\n\n4月17日，某县共签约项目12个。在签约的项目中，该县与江西赣能新能源\
             有限公司签订总投资18亿元的农光互补项目。其中，投资10亿元以上的项目有3个。\
             某县扶贫开发办公室主任李国华介绍，电站每年可产生收益约1.1亿元，每个贫困村年均增收40万元。",
        );
        // 签约 ends a word: no 约 (about) in 签约12个.
        assert!(got.iter().any(|(t, _, _)| t == "12个"), "{got:?}");
        assert!(!got
            .iter()
            .any(|(t, _, _)| t.starts_with('约') && t.contains("12")));
        // A name between 该县 and the value is nearer.
        assert_eq!(one(&got, "18亿元").0, Some("江西赣能新能源有限公司"));
        // The projects a threshold sorts are the topic's.
        assert_eq!(one(&got, "3个"), (Some("某县"), "project_count"));
        // Neither the speaker nor the office he speaks for; 贫困村 is no name.
        assert_eq!(one(&got, "约1.1亿元"), (Some("某县"), "revenue"));
        assert_eq!(one(&got, "40万元").0, Some("某县"));
    }

    #[test]
    fn gaihang_is_the_bank_the_news_came_from_for_every_clause() {
        let got = found_of(
            "广东某农商银行加大投放\n\n记者从阳江农村商业银行获悉，一季度该行发放涉农贷款23.6亿元，\
             同比增长15.2%，其中小微企业贷款8.9亿元。全县建成污水处理设施128套，覆盖村屯37个。",
        );
        for v in ["23.6亿元", "15.2%", "8.9亿元"] {
            assert_eq!(one(&got, v).0, Some("阳江农村商业银行"), "{v}");
        }
        assert_eq!(one(&got, "128套").1, "sewage_facility_count");
        // 村屯 is villages, not a village named 覆盖村.
        assert_eq!(one(&got, "37个").1, "village_count");
        assert_ne!(one(&got, "37个").0, Some("覆盖村"));
    }

    #[test]
    fn members_of_a_group_a_farmer_of_himself_and_amounts_reported() {
        let got = found_of(
            "宁东基地延伸产业链\n\n宁东基地今年完成产值1860亿元。基地新引进宁夏瑞泰科技股份有限公司、\
             宁夏紫光天化蛋氨酸有限责任公司等14家企业，计划总投资96亿元。\
             鸡场镇新庄村养殖户王德明告诉记者，他家养了120只羊，卖羊收入8万多元。\
             2019年，全县肉羊产业实现产值6.8亿元。",
        );
        // The companies before 等14家 are members; the base brought them in.
        assert_eq!(
            one(&got, "14家"),
            (Some("宁东基地"), "new_enterprise_count")
        );
        assert_eq!(one(&got, "96亿元").0, Some("宁东基地"));
        // A speaker speaking of himself (他家…) is the subject of his figures.
        assert_eq!(one(&got, "120只"), (Some("王德明"), "sheep_count"));
        assert_eq!(one(&got, "8万多元").0, Some("王德明"));
        // 实现产值6.8亿元 reports an amount: 2019年 is no target date.
        assert_ne!(one(&got, "2019年").1, "date_target");
    }

    #[test]
    fn the_thread_is_not_the_office_and_an_agent_is_not_the_subject() {
        let got = found_of(
            "青州市经济运行良好\n\n记者从青州市统计局获悉，一季度该市实现地区生产总值1380亿元。\
             分产业看，第一产业增加值21亿元。\n\n“青山湖产业园”项目开工\n\n\
             该项目由杭州云帆数字科技有限公司投资建设，规划用地面积280亩。",
        );
        assert_eq!(one(&got, "1380亿元").0, Some("青州市"));
        assert_eq!(one(&got, "21亿元").0, Some("青州市"));
        assert_eq!(one(&got, "280亩").0, Some("“青山湖产业园”项目"));
        // Names in a 位于 phrase are where the project is.
        let got = found_of(
            "锦州港保税物流中心(B型)开工\n\n锦州港保税物流中心(B型)正式开工建设。\
             该项目位于锦州港205#、206#码头陆域后方，规划面积0.3075平方公里。",
        );
        assert_eq!(
            one(&got, "0.3075平方公里").0,
            Some("锦州港保税物流中心(B型)")
        );
    }

    #[test]
    fn a_headline_naming_its_topic_without_an_ending_gives_the_fallback() {
        let got = found_of(
            "沈白高铁本溪段建设全面提速\n\n本报讯 记者从中铁九局集团有限公司沈白高铁项目部获悉，\
             全线设车站4座，总投资约216亿元。",
        );
        assert_eq!(one(&got, "4座"), (Some("沈白高铁本溪段"), "station_count"));
        assert_eq!(one(&got, "约216亿元").0, Some("沈白高铁本溪段"));
        // A headline opening with a verb gives none.
        assert!(headline_topic("搭建城市振兴发展新支点").is_none());
    }

    /// 台风海葵农损逾新台币5亿元: the bound 逾 (jieba: 逾/n) and the measure
    /// right before the value (农损) are no part of the topic.
    #[test]
    fn a_headline_topic_stops_before_a_value_s_bound_word() {
        let t = headline_topic("台风海葵农损逾新台币5亿元　花莲受灾最重");
        assert_eq!(t.map(|m| m.name).as_deref(), Some("台风海葵"));
    }

    #[test]
    fn a_district_said_whole_after_its_city_and_short_at_a_clause_start() {
        let got = found_of(
            "呼和浩特市新城区文旅消费升温\n\n“五一”假期，新城接待游客68.5万人次。\
             新民社区是最大的安置点。社区配套建设幼儿园2所。",
        );
        assert_eq!(one(&got, "68.5万人次").0, Some("新城区"));
        // 幼儿园 is a common noun, counted, not the community's name.
        assert_eq!(one(&got, "2所"), (Some("新民社区"), "kindergarten_count"));
        let names: Vec<String> = find_places("呼和浩特市新城区")
            .into_iter()
            .map(|m| m.name)
            .collect();
        assert!(names.contains(&"新城区".to_string()), "{names:?}");
    }

    #[test]
    fn an_office_asked_to_speak_is_no_place_glued_to_the_verb() {
        // 请市水利局…介绍: the city's bureau, not a city named 请市.
        let names: Vec<String> = find_places("主持人请市水利局副局长介绍全市情况")
            .into_iter()
            .map(|m| m.name)
            .collect();
        assert!(!names.iter().any(|n| n.contains('请')), "{names:?}");
    }

    #[test]
    fn a_source_opening_the_sentence_is_not_the_thing_it_reports_on() {
        // 甲集团提供的数据显示，3号线…，其中…: the company is where the
        // figures came from; the line named after it is what they are of.
        let got = subjects_of(
            "青川地铁3号线开通\n\n\
             青川轨道交通集团提供的数据显示，3号线开通首日客流达10.5万人次，\
             其中换乘客流约3.1万人次。",
        );
        assert_eq!(
            subject_of(&got, "约3.1万人次").as_deref(),
            Some("3号线"),
            "{got:?}"
        );
    }

    #[test]
    fn a_press_conference_host_named_again_is_still_no_topic() {
        // The host's office said whole in the body (主持人（市政府新闻办…）)
        // does not replace its city as the topic.
        let got = subjects_of(
            "青川市政府新闻办举行秋粮收购新闻发布会\n\n\
             主持人（市政府新闻办副主任 王晓）：欢迎各位，下面介绍有关情况。\n\n\
             张军：今年秋粮收购进展顺利，已收购秋粮42.6万吨。",
        );
        assert_eq!(
            subject_of(&got, "42.6万吨").as_deref(),
            Some("青川市"),
            "{got:?}"
        );
    }

    #[test]
    fn a_verb_before_a_place_jieba_knows_is_no_part_of_it() {
        let names: Vec<String> = find_places("安排漳河新区建设资金6.5亿元，用于道路")
            .into_iter()
            .map(|m| m.name)
            .collect();
        assert!(names.contains(&"漳河新区".to_string()), "{names:?}");
        assert!(!names.iter().any(|n| n.starts_with("安排")), "{names:?}");
    }

    #[test]
    fn a_function_word_after_a_title_of_the_people_is_no_name() {
        let norm = "高峰期有1800余名建设者同时在岗，累计投入设备320余台套";
        let words = segment::tag(norm);
        let names: Vec<String> = find_persons(norm, &words)
            .into_iter()
            .map(|m| m.name)
            .collect();
        assert!(!names.contains(&"同时".to_string()), "{names:?} {words:?}");
    }

    #[test]
    fn place_names_by_their_endings() {
        let names: Vec<String> = find_places("义县聚粮屯镇孟家屯村的脱贫户,来到城市和全县")
            .into_iter()
            .map(|m| m.name)
            .collect();
        assert_eq!(names, vec!["义县", "聚粮屯镇", "孟家屯村"]);
        // 市场 is a market, 市委 a committee.
        let names: Vec<String> = find_places("锦州市市场监督管理局与市委")
            .into_iter()
            .map(|m| m.name)
            .collect();
        assert_eq!(names, vec!["锦州市"]);
        // A county-level city or a district named after a county or town.
        let names: Vec<String> = find_places("北镇市和赣县区")
            .into_iter()
            .map(|m| m.name)
            .collect();
        assert!(names.contains(&"北镇市".to_string()), "{names:?}");
        assert!(names.contains(&"赣县区".to_string()), "{names:?}");
        // A place's ending inside a one-character stem: the name whole.
        for (text, want) in [
            ("西乡塘区：成交1124套", "西乡塘区"),
            ("我们镇南镇建了分厂", "镇南镇"),
        ] {
            let names: Vec<String> = find_places(text).into_iter().map(|m| m.name).collect();
            assert!(names.contains(&want.to_string()), "{text}: {names:?}");
        }
    }

    #[test]
    fn banners_sumu_and_gacha_are_places() {
        let names: Vec<String> =
            find_places("乌拉特后旗巴音宝力格苏木和赛乌素嘎查，插上红旗，旗下企业，全旗，东盟")
                .into_iter()
                .map(|m| m.name)
                .collect();
        assert_eq!(names, vec!["乌拉特后旗", "巴音宝力格苏木", "赛乌素嘎查"]);
        let names: Vec<String> = find_places("东兴市边民互市贸易额")
            .into_iter()
            .map(|m| m.name)
            .collect();
        assert_eq!(names, vec!["东兴市"]);
        // 全旗 is the banner named before.
        let got = found_of(
            "乌拉特后旗发展肉羊产业\n\n乌拉特后旗今年新建棚圈120座。全旗肉羊存栏达到96万只。",
        );
        assert_eq!(one(&got, "120座").0, Some("乌拉特后旗"));
        assert_eq!(one(&got, "96万只").0, Some("乌拉特后旗"));
    }

    #[test]
    fn levels_listed_the_trade_and_a_description_are_not_names() {
        // 市、镇、村三级: levels, not a place named 建立市.
        let got =
            found_of("青石县护河行动\n\n青石县建立县、乡、村三级河长320名，全县清理河道86公里。");
        assert_eq!(one(&got, "320名").0, Some("青石县"));
        // 银行业: the trade, not a bank named for the words before it.
        let got = found_of(
            "青石农商银行贷款增长\n\n记者从青石农商银行获悉，该行贷款余额86.5亿元，\
             规模继续保持青石县银行业首位。",
        );
        assert_eq!(one(&got, "86.5亿元").0, Some("青石农商银行"));
        // 龙头企业: what the company is, not part of its name.
        let got =
            found_of("青石县汽车产业\n\n上半年，龙头企业江苏青石汽车有限公司生产整车2.4万辆。");
        assert_eq!(one(&got, "2.4万辆").0, Some("江苏青石汽车有限公司"));
        // A trade's 企业 before the name: what the company is, too; a
        // company managing companies keeps its 企业.
        let got = found_of(
            "青石县企业上半年纳税\n\n上半年，光伏企业青禾能源科技有限公司纳税1.3亿元；\
             青石企业管理咨询有限公司营收2600万元。",
        );
        assert_eq!(one(&got, "1.3亿元").0, Some("青禾能源科技有限公司"));
        assert_eq!(one(&got, "2600万元").0, Some("青石企业管理咨询有限公司"));
    }

    #[test]
    fn a_zone_said_short_as_jingkaiqu_is_the_full_name() {
        let got = found_of(
            "青石经开区工业产值增长\n\n上半年，青石经开区实现工业产值86.4亿元。\
             今年以来，经开区实际使用外资1.2亿美元。",
        );
        assert_eq!(one(&got, "1.2亿美元").0, Some("青石经开区"));
    }

    #[test]
    fn kinds_counted_or_ranked_and_a_county_venue_are_not_subjects() {
        // 风电装备项目8个: a kind of project counted, not a project's count.
        let got = found_of(
            "青石县集中签约\n\n活动现场共签约项目20个，其中风电装备项目8个、物流项目5个。",
        );
        assert_eq!(one(&got, "20个").0, Some("青石县"));
        assert_eq!(one(&got, "8个").0, Some("青石县"));
        // 省级现代农业产业园: a rank of park, not a name.
        let got = found_of("青石县海洋牧场\n\n截至8月底，青石已建成国家级海洋牧场示范区9处。");
        assert_eq!(one(&got, "9处").0, Some("青石县"));
        // 在县商贸物流区举行: where the ceremony was; the thread stays the county.
        let got = found_of(
            "青石县集中签约\n\n5月6日，青石县项目签约仪式在县商贸物流区举行。签约项目共16个。",
        );
        assert_eq!(one(&got, "16个").0, Some("青石县"));
    }

    #[test]
    fn a_headline_place_before_what_is_measured_is_the_topic_said_again() {
        // The headline names the place, then runs on to what is measured;
        // the body says the place again without an ending.
        let got = found_of(
            "长岛海洋牧场年产值突破60亿元\n\n记者从有关部门获悉，截至8月底，\
             长岛已建成海洋牧场12处。南隍城乡今年新增网箱30个。长岛今年接待游客46万人次。",
        );
        assert_eq!(one(&got, "12处").0, Some("长岛"));
        assert_eq!(one(&got, "46万人次").0, Some("长岛"));
    }

    #[test]
    fn a_speaker_saying_where_he_spoke_is_not_the_subject() {
        let got = found_of(
            "青石县集中签约\n\n青石县今年签约项目20个。副县长李卫东在签约仪式上表示，\
             力争全年签约项目总投资突破300亿元。",
        );
        assert_eq!(one(&got, "突破300亿元").0, Some("青石县"));
    }

    #[test]
    fn a_preposition_glued_to_a_name_is_left_out() {
        let got = found_of(
            "贵安新区算力产业\n\n记者从贵安新区大数据发展管理局获悉，截至4月底，\
             贵安新区数据中心机架总数达到12.6万个。新区还在数据中心屋顶建成分布式光伏86兆瓦。",
        );
        assert_eq!(one(&got, "86兆瓦").0, Some("贵安新区"));
    }

    #[test]
    fn counts_of_monitoring_and_data_centre_things_and_their_rates() {
        let got = found_of(
            "青石县生态环境\n\n青石县今年设置水质监测断面12个，组建护河志愿服务队36支，\
             城区污水收集率达到81.5%。县内数据中心部署服务器6万台。",
        );
        assert_eq!(one(&got, "12个").1, "monitoring_section_count");
        assert_eq!(one(&got, "36支").1, "volunteer_team_count");
        assert_eq!(one(&got, "81.5%").1, "sewage_collection_rate");
        assert_eq!(one(&got, "6万台").1, "server_count");
    }

    #[test]
    fn a_trade_name_read_as_an_adjective_after_the_place_stays_in_the_name() {
        // 鑫旺/a: jieba's adjective is the cooperative's own name.
        let got = found_of("肉牛产业\n\n白沙县鑫旺肉牛养殖合作社今年出栏肉牛800头。");
        assert_eq!(one(&got, "800头").0, Some("白沙县鑫旺肉牛养殖合作社"));
        let got = found_of("商贸\n\n白沙县恒旺商贸有限公司今年销售额1.2亿元。");
        assert_eq!(one(&got, "1.2亿元").0, Some("白沙县恒旺商贸有限公司"));
    }

    #[test]
    fn a_cooperative_named_with_its_places_and_branches_said_within() {
        let got = found_of(
            "青石县肉牛产业\n\n在柳河镇，青石县柳河镇鑫源肉牛养殖专业合作社存栏肉牛860头，\
             带动社员42户。",
        );
        // The cooperative, not the town it is in.
        let who = one(&got, "860头").0.unwrap_or_default();
        assert!(who.ends_with("鑫源肉牛养殖专业合作社"), "{who}");
        let got = found_of(
            "青石农商银行贷款增长\n\n青石农商银行推出专属信贷产品，辖内柳河支行今年投放贷款3.6亿元。",
        );
        assert_eq!(one(&got, "3.6亿元").0, Some("柳河支行"));
    }

    #[test]
    fn after_a_list_with_fenbie_the_thread_is_the_name_before_the_list() {
        let got = found_of(
            "青石农商银行贷款增长\n\n今年以来，青石农商银行推出专属信贷产品，\
             柳河支行、东岭支行和南山支行分别投放贷款3.6亿元、2.1亿元和1.8亿元。\
             全年已累计发放贷款9.7亿元。",
        );
        assert_eq!(one(&got, "2.1亿元").0, Some("东岭支行"));
        assert_eq!(one(&got, "9.7亿元").0, Some("青石农商银行"));
    }

    #[test]
    fn names_by_their_endings_need_a_proper_noun() {
        let norm = "总投资超2.4亿元的锦州思凯农副产品国际物流园一期项目已经建成,工程建设项目实现全域线上审批";
        let words = tagged(norm, &[]);
        let names: Vec<String> = find_org_names(norm, &find_places(norm), &words, &[], None)
            .into_iter()
            .map(|m| m.name)
            .collect();
        assert!(
            names.contains(&"锦州思凯农副产品国际物流园一期项目".to_string()),
            "{names:?}"
        );
        assert!(
            !names.iter().any(|n| n.contains("工程建设项目")),
            "{names:?}"
        );
    }

    /// [`read_quantities`]' answers borrowed as `&str`s, to compare with
    /// literals.
    fn as_strs(got: &[(String, String, String, String)]) -> Vec<(&str, &str, &str, &str)> {
        got.iter()
            .map(|(t, v, u, b)| (t.as_str(), v.as_str(), u.as_str(), b.as_str()))
            .collect()
    }

    /// Each quantity found in `s`: its words, value (`low..high` for a
    /// range), unit symbol and bound.
    fn read_quantities(s: &str) -> Vec<(String, String, String, String)> {
        let dates = dates::find_dates(s, Some(2020));
        find_quantities(s, &dates)
            .into_iter()
            .map(|(a, b, q)| {
                let upper = q.upper.map(|u| format!("..{u}")).unwrap_or_default();
                (
                    s[a..b].to_string(),
                    format!("{}{upper}", q.value),
                    q.unit.symbol().to_string(),
                    q.bound.name().to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn yuan_said_as_kuai_are_money() {
        let read = read_quantities;
        let t = "他说一天能赚三百块左右，一个月八千块钱上下，工资六千块出头，                 矿泉水卖到一块五，年底分了四千多块钱。";
        let got = read(t);
        let want = [
            ("三百块左右", "300", "about"),
            ("八千块钱上下", "8000", "about"),
            ("六千块出头", "6000", "at_least"),
            ("一块五", "1.5", "exact"),
            ("四千多块钱", "4000", "at_least"),
        ];
        assert_eq!(got.len(), want.len(), "{got:?}");
        for ((text, value, unit, bound), (w, v, b)) in got.iter().zip(want) {
            assert_eq!((text.as_str(), value.as_str(), bound.as_str()), (w, v, b));
            assert_eq!(unit, "CNY", "{text}");
        }
        // 块 before a noun or a mark counts pieces.
        let got = read("试验田划成30块，铺了二十块石板。");
        assert!(got.iter().all(|g| g.2 != "CNY"), "{got:?}");
        // 毛, a tenth of a yuan, with 钱, the hundredths' numeral or a bound.
        let got = read("菜价每斤涨了三毛钱，包装费一毛二左右。");
        let got = as_strs(&got);
        assert_eq!(
            got,
            [
                ("三毛钱", "0.3", "CNY", "exact"),
                ("一毛二左右", "0.12", "CNY", "about")
            ]
        );
        // 毛 opening a word is no money.
        let got = read("山上种着三毛竹，二毛说。");
        assert!(got.iter().all(|g| g.2 != "CNY"), "{got:?}");
    }

    /// Round 42: sums as people say them: a range of 毛 (tenths of a
    /// yuan), 来 between 块 and 钱, 把 after a bare magnitude, 来 after a
    /// share said in words, thousands said after 万 with 多 and no unit.
    #[test]
    fn spoken_sums_of_round_42_are_read() {
        let got = read_quantities(
            "老周说，今年的梨一斤比去年贵了两三毛，次果一斤也有三块来钱，\
             冷库存一斤多花五六毛，一家一年能多挣万把块钱，还有百分之三十来的走电商，\
             全村人均收入一万八千多。",
        );
        let got = as_strs(&got);
        for want in [
            ("两三毛", "0.2..0.3", "CNY", "range"),
            ("三块来钱", "3", "CNY", "about"),
            ("五六毛", "0.5..0.6", "CNY", "range"),
            ("万把块钱", "10000", "CNY", "about"),
            ("百分之三十来", "30", "%", "about"),
            ("一万八千多", "18000", "CNY", "at_least"),
        ] {
            assert!(got.contains(&want), "{want:?} in {got:?}");
        }
        // 来自, 毛 opening a word, 把 as a counter after a numeral: none
        // is read so.
        let got = read_quantities("百分之三十来自外省，两三毛衣，一万把椅子，一斤一块一的价钱。");
        assert!(got.iter().all(|g| g.0 != "百分之三十来"), "{got:?}");
        assert!(got.iter().all(|g| g.0 != "两三毛"), "{got:?}");
        assert!(
            got.iter().all(|g| g.1 != "10000" || g.2 != "CNY"),
            "{got:?}"
        );
        assert!(
            got.iter()
                .any(|g| g.0 == "一块一" && g.1 == "1.1" && g.2 == "CNY"),
            "{got:?}"
        );
    }

    /// Round 42: stems of cut flowers (枝) and a railway's wagons loaded
    /// (车) are counted; thousands with a bound after them in a clause
    /// naming money are yuan; 两头 before 都 is both ends, no count.
    #[test]
    fn stems_wagons_and_bounded_thousands_are_read() {
        let got = read_quantities(
            "花市日均拍卖鲜切花约860万枝，铁路日均装车1.05万车，车次不变。\
             老人说一个月工资四千多，够用。草长了护板，两头都有收益。",
        );
        let got = as_strs(&got);
        for want in [
            ("约860万枝", "8600000", "count", "about"),
            ("1.05万车", "10500", "count", "exact"),
            ("四千多", "4000", "CNY", "at_least"),
        ] {
            assert!(got.contains(&want), "{want:?} in {got:?}");
        }
        assert!(got.iter().all(|g| g.0 != "两头"), "{got:?}");
        // 枝头, 车辆: words of their own refuse the counter.
        let got = read_quantities("果子压弯了3枝头，停了20车辆。");
        assert!(got.iter().all(|g| g.2 != "count"), "{got:?}");
    }

    /// Round 42: a count whose counter opens a word after it (户均, 家庭)
    /// is no counter said twice; an amount per year (万吨/年) is the
    /// year's amount, per another unit (吨/天) still left out.
    #[test]
    fn counts_before_hujun_and_amounts_per_year_are_read() {
        let got = read_quantities(
            "全村326户户均分红900元，银行向845家家庭农场放贷。新增产能1200万吨/年，日处理300吨/天。",
        );
        let texts: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        for want in ["326户", "845家", "1200万吨"] {
            assert!(texts.contains(&want), "{want} in {got:?}");
        }
        assert!(!texts.contains(&"300吨"), "{got:?}");
        // 一座座 stays an article.
        let got = read_quantities("一座座厂房拔地而起。");
        assert!(got.is_empty(), "{got:?}");
    }

    /// Round 42: 一亩多收: 多 before a verb of gain is the verb's, 一亩 a
    /// rate's base, no area; 一亩多地 is an area.
    #[test]
    fn one_mu_before_more_gained_is_no_area() {
        let x = extract(
            "t.txt",
            "青石村种梨\n\n老李说，梨子一亩多收五百多块钱。老张家种了一亩多地。",
            &Known::new(),
        )
        .unwrap();
        let texts: Vec<&str> = x.found.iter().map(|f| f.text.as_str()).collect();
        assert_eq!(
            texts.iter().filter(|t| **t == "一亩多").count(),
            1,
            "{texts:?}"
        );
        assert!(texts.contains(&"五百多块钱"), "{texts:?}");
        let (f, _) = found_quantity(&x, "一亩多");
        assert!(f.quote.contains("一亩多地"), "{}", f.quote);
    }

    /// Round 43: a bar table whose rows open with the month their figures
    /// are of (9月｜…) under a caption's unit, the line break between one
    /// row's last number and the next row's month kept as a space.
    #[test]
    fn a_captioned_table_reads_rows_opening_with_a_month() {
        let x = extract(
            "t.txt",
            "青石县2026年外贸月报\n\n今年以来，青石县外贸稳中有升。\n\n\
             近两个月青石县进出口情况（单位：亿元）\n\
             月份｜进出口｜出口\n\
             7月｜12.4｜8.6\n\
             8月｜13.1｜9.2\n",
            &Known::new(),
        )
        .unwrap();
        for (text, value) in [
            ("12.4", "1240000000"),
            ("8.6", "860000000"),
            ("9.2", "920000000"),
        ] {
            let (_, q) = found_quantity(&x, text);
            assert_eq!(
                (q.value.to_string().as_str(), q.unit),
                (value, Unit::Cny),
                "{text}"
            );
        }
    }

    /// Round 43: spoken sums: 差不多 a verb or two before a value makes it
    /// about (差不多占了一半, 差不多得投八十万); what is put in (投) and
    /// what a month or a year costs or pays is money; a bare range ending
    /// the clause after one in yuan is yuan too.
    #[test]
    fn spoken_sums_take_their_unit_from_what_is_said_around_them() {
        assert_eq!(
            read("网上的订单差不多占了一半，还得投八十万。"),
            vec!["一半 50 None Percent About", "八十万 800000 None Cny Exact"]
        );
        assert_eq!(
            read("设备差不多得投八十万。"),
            vec!["八十万 800000 None Cny About"]
        );
        assert_eq!(
            read("学徒一个月三四千，老师傅有六千出头。"),
            vec![
                "三四千 3000 Some(\"4000\") Cny Range",
                "六千出头 6000 None Cny AtLeast"
            ]
        );
        assert_eq!(
            read("摊位费一年八万出头，水电一年就得三十来万。"),
            vec![
                "八万出头 80000 None Cny AtLeast",
                "三十来万 300000 None Cny About"
            ]
        );
        assert_eq!(
            read("普通的茶叶卖三四十块，好的五六十。"),
            vec![
                "三四十块 30 Some(\"40\") Cny Range",
                "五六十 50 Some(\"60\") Cny Range"
            ]
        );
        // Not after a clause whose value is no money, nor a bare range
        // with words after it.
        assert!(read("村里有三四十户，老人五六十。")
            .iter()
            .all(|r| !r.contains("Cny")));
        assert!(read("一个月三四千人次来参观。")
            .iter()
            .all(|r| !r.contains("Cny")));
        // Nor an exact number or one in digits after a clause in yuan: an
        // age, a term.
        for text in [
            "老李一个月退休金两千多元，今年七十。",
            "每亩租金800元，期限30。",
        ] {
            let got = read(text);
            assert!(
                got.iter().filter(|r| r.contains("Cny")).count() == 1,
                "{text}: {got:?}"
            );
        }
    }

    /// Round 44: sums as people say them: 来 before 万, a wage's digit
    /// below 百 and its range said out (到), tens of ten-thousands in a
    /// range, 三五块 (three to five yuan).
    #[test]
    fn spoken_sums_with_lai_wan_ranges_and_three_five() {
        let got = read_quantities(
            "合作社的老周说，社里一年能落二十来万，请人摘果一天挣一百三到一百六，\
             再建个仓库得投个一百二三十万，一斤还能多卖三五块。",
        );
        let got = as_strs(&got);
        for want in [
            ("二十来万", "200000", "CNY", "about"),
            ("一百三到一百六", "130..160", "CNY", "range"),
            ("一百二三十万", "1200000..1300000", "CNY", "range"),
            ("三五块", "3..5", "CNY", "range"),
        ] {
            assert!(got.contains(&want), "{want:?} in {got:?}");
        }
    }

    /// Round 44: a round goal said in a clause of its own right after
    /// one naming money is that money; after one naming people it is not.
    #[test]
    fn a_goal_after_a_clause_naming_money_is_money() {
        let got = read_quantities("今年合作社想把分红再提一提，力争突破六十万。");
        let got = as_strs(&got);
        assert!(
            got.contains(&("突破六十万", "600000", "CNY", "at_least")),
            "{got:?}"
        );
        let got = read_quantities("今年全镇常住人口还在增长，有望突破六十万。");
        assert!(
            as_strs(&got).iter().all(|(_, _, u, _)| *u != "CNY"),
            "{got:?}"
        );
    }

    /// Round 44: 破 before a count reaches past it (but 跌破 is no bound
    /// of ours, nor 打破); 小 before a round number is about it (not in
    /// 大小); counters and units of trips, gates, reefs and grams.
    #[test]
    fn po_xiao_and_counters_of_trips_gates_and_grams() {
        let got = read_quantities(
            "今年全县登革热病例破200例，果园里干活的有小三百人。股指跌破3000点，\
             大小两千余个摊位。渔政部门出动执法船320航次，每日发车28班次，开通16通道，\
             投放礁体8.4万空方，每份留样不少于150克，巡查2万1,300处次。",
        );
        let got = as_strs(&got);
        for want in [
            ("破200例", "200", "count", "at_least"),
            ("小三百人", "300", "count", "about"),
            ("两千余个", "2000", "count", "at_least"),
            ("320航次", "320", "count", "exact"),
            ("28班次", "28", "count", "exact"),
            ("16通道", "16", "count", "exact"),
            ("8.4万空方", "84000", "m3", "exact"),
            ("不少于150克", "0.00015", "t", "at_least"),
            ("2万1,300处次", "21300", "count", "exact"),
        ] {
            assert!(got.contains(&want), "{want:?} in {got:?}");
        }
        assert!(
            !got.iter()
                .any(|(t, ..)| t.starts_with("破3000") || t.starts_with("小两千")),
            "{got:?}"
        );
    }

    /// Round 44: a caption in percent over columns of changes (环比, 同比)
    /// gives every column its percent, and a cell printed with its sign
    /// (-0.3) is a fall.
    #[test]
    fn a_percent_caption_reads_change_columns_and_signed_cells() {
        let x = extract(
            "t.txt",
            "青石市物价简报\n\n表2　青石市居民消费价格分类别涨跌（单位：%）\n\
             类别｜环比｜同比\n\
             衣着｜0.3｜2.1\n\
             居住｜-0.4｜-1.6\n",
            &Known::new(),
        )
        .unwrap();
        for (text, value) in [("2.1", "2.1"), ("-0.4", "-0.4"), ("-1.6", "-1.6")] {
            let (_, q) = found_quantity(&x, text);
            assert_eq!((q.value.to_string(), q.unit), (value.into(), Unit::Percent));
        }
    }

    /// Round 44: a caption giving each column its unit (单位：库容为万立方米，
    /// 坝高为米) over a bar table: each cell in its column's unit, and a
    /// change column the caption names not in the unit of the column before
    /// it, a fall printed with its sign.
    #[test]
    fn a_caption_gives_each_column_its_unit() {
        let x = extract(
            "t.txt",
            "青石县小型水库情况\n\n重点小型水库一览（单位：坝高为米，库容为万立方米）\n\
             水库｜坝高｜库容｜比上月增减\n\
             石门水库｜32.5｜860｜-12.4\n\
             龙潭水库｜18.2｜415｜6.3\n",
            &Known::new(),
        )
        .unwrap();
        for (text, value, unit) in [
            ("32.5", "32.5", Unit::Metre),
            ("860", "8600000", Unit::CubicMetre),
            ("-12.4", "-124000", Unit::CubicMetre),
            ("415", "4150000", Unit::CubicMetre),
        ] {
            let (_, q) = found_quantity(&x, text);
            assert_eq!(
                (q.value.to_string(), q.unit),
                (value.into(), unit),
                "{text}"
            );
        }
        // One part not saying a unit: no column is given one.
        assert_eq!(column_units("坝高为米，库容为多少"), None);
        assert_eq!(column_units("坝高为米"), None);
    }

    /// Round 45: a caption's unit (（单位：起）) over a header that gives
    /// only its change column a unit (同比增减（%）): the other columns are
    /// in the caption's.
    #[test]
    fn a_caption_gives_its_unit_to_the_columns_a_header_leaves_bare() {
        let x = extract(
            "t.txt",
            "青石市安全生产通报\n\n各区道路交通事故情况（单位：起）\n\
             区｜事故｜同比增减（%）\n\
             东城区｜48｜-12.7\n\
             西城区｜35｜6.1\n",
            &Known::new(),
        )
        .unwrap();
        for (cell, value) in [("48", "48"), ("35", "35")] {
            let (_, q) = found_quantity(&x, cell);
            assert_eq!((q.value.to_string(), q.unit), (value.into(), Unit::Count));
        }
        let (_, q) = found_quantity(&x, "-12.7");
        assert_eq!(q.unit, Unit::Percent);
    }

    /// Round 50: a caption listing one unit for each bare column in order
    /// (（单位：万吨、万标箱）, （单位：万公顷、万人）), under a header that
    /// gives its change columns their own percent, or none at all.
    #[test]
    fn a_caption_lists_its_columns_units_in_order() {
        let x = extract(
            "t.txt",
            "青石港快报\n\n表：青石港分港区生产情况（单位：万吨、万标箱）\n\
             港区｜货物吞吐量｜同比（%）｜集装箱吞吐量｜同比（%）\n\
             东港区｜846｜8.3｜61.7｜13.9\n\
             西港区｜532｜4.2｜12.6｜6.1\n",
            &Known::new(),
        )
        .unwrap();
        assert_cells(
            &x,
            &[
                ("846", "8460000", Unit::Tonne),
                ("532", "5320000", Unit::Tonne),
                ("61.7", "617000", Unit::Count),
                ("12.6", "126000", Unit::Count),
                ("13.9", "13.9", Unit::Percent),
            ],
        );
        let x = extract(
            "t.txt",
            "青石州旱情通报\n\n附表：部分县受旱情况（单位：万公顷、万人）\n\
             县市｜农作物受旱面积｜饮水困难人口\n\
             东山县｜0.76｜2.8\n\
             西山县｜0.41｜1.3\n",
            &Known::new(),
        )
        .unwrap();
        assert_cells(
            &x,
            &[
                ("0.76", "76000000", Unit::SquareMetre),
                ("2.8", "28000", Unit::Count),
                ("1.3", "13000", Unit::Count),
            ],
        );
    }

    /// Round 52: a caption naming each column's unit (学校单位：所；学生单位：
    /// 人；资金单位：万元), cut at its ；by the sentence split, and one giving
    /// the rest a unit (单位：亿元；增幅单位：%) over a header whose column a
    /// month opens (9月金额) and rows whose rates print their sign.
    #[test]
    fn a_caption_names_the_unit_of_each_column() {
        let x = extract(
            "t.txt",
            "青石县学生资助通报\n\n各乡镇资助情况（学校单位：所；学生单位：人；资金单位：万元）\n\
             乡镇｜学校｜受助学生｜发放资金\n\
             东山镇｜12｜3,460｜218.5\n\
             西山镇｜9｜2,715｜176.2\n",
            &Known::new(),
        )
        .unwrap();
        assert_cells(
            &x,
            &[
                ("12", "12", Unit::Count),
                ("3,460", "3460", Unit::Count),
                ("218.5", "2185000", Unit::Cny),
            ],
        );
        let x = extract(
            "t.txt",
            "青石市出口快报\n\n主要商品出口额（单位：亿元；增幅单位：%）\n\
             商品｜9月金额｜增幅｜占比率\n\
             机电产品｜86.4｜+12.5｜61.2\n\
             纺织品｜23.1｜-3.6｜16.4\n",
            &Known::new(),
        )
        .unwrap();
        assert_cells(
            &x,
            &[
                ("86.4", "8640000000", Unit::Cny),
                ("12.5", "12.5", Unit::Percent),
                ("23.1", "2310000000", Unit::Cny),
                ("61.2", "61.2", Unit::Percent),
            ],
        );
    }

    /// Round 52: a text in traditional characters dates by the Republic
    /// era (114年9月 is 2025-09), which also tells the document's year.
    #[test]
    fn a_republic_era_year_in_a_traditional_text() {
        let x = extract(
            "t.txt",
            "九月觀光人次成長\n\n交通部觀光署10月15日發布統計，114年9月來臺旅客為82.6萬人次，\
             較上年同月增加6.4%，國人出國人次為151.2萬人次。",
            &Known::new(),
        )
        .unwrap();
        assert_eq!(x.year, Some(2025));
        let f = x
            .found
            .iter()
            .find(|f| f.text == "114年9月")
            .expect("114年9月 found");
        let crate::model::Value::Date(d) = &f.value else {
            panic!("114年9月: a date")
        };
        assert_eq!(d.iso(), "2025-09");
    }

    /// Round 51: a caption listing each unit once (个、户、亿元) for more
    /// columns than units, side by side columns counting the same thing
    /// (…小区) sharing one, under a header whose rows' column says which
    /// places in brackets (区县（市）).
    #[test]
    fn a_caption_lists_a_unit_once_for_columns_counting_the_same_thing() {
        let x = extract(
            "t.txt",
            "青石市旧改通报\n\n表1 各区县（市）改造进展（单位：个、户、亿元）\n\
             区县（市）｜计划改造小区｜已完工小区｜涉及居民｜完成投资\n\
             东山区｜31｜27｜4,260｜1.37\n\
             西山县｜12｜9｜1,805｜0.44\n",
            &Known::new(),
        )
        .unwrap();
        assert_cells(
            &x,
            &[
                ("31", "31", Unit::Count),
                ("27", "27", Unit::Count),
                ("4,260", "4260", Unit::Count),
                ("1.37", "137000000", Unit::Cny),
                ("0.44", "44000000", Unit::Cny),
            ],
        );
        // Columns counting different things cannot share the list out.
        let x = extract(
            "t.txt",
            "青石市旧改通报\n\n表1 各区县（市）改造进展（单位：个、户、亿元）\n\
             区县（市）｜计划改造小区｜加装电梯｜涉及居民｜完成投资\n\
             东山区｜31｜27｜4,260｜1.37\n",
            &Known::new(),
        )
        .unwrap();
        assert!(
            !x.found.iter().any(|f| f.text == "1.37"
                && matches!(&f.value, crate::model::Value::Quantity(q) if q.unit == Unit::Cny)),
            "{:?}",
            x.found
        );
    }

    /// Round 46: sums as a homestay owner says them: a bound after a sum
    /// in 块 with an adverb after it, one opening the clause after a
    /// cheaper price, a round hundred a night sells at, what is left
    /// (落下) or spent (要花), and points of a rate (两三个点).
    #[test]
    fn spoken_sums_and_points_of_a_rate() {
        let x = extract(
            "t.txt",
            "青石民宿\n\n旺季一晚四百来块，淡季两百出头也有人住。淡季就便宜些，一百出头也有人住。\
             前年旺季一晚还能卖到五百多。一年能落下十一二万。装修大概要花五十来万。\
             平台搞活动，还要再让两三个点。",
            &Known::new(),
        )
        .unwrap();
        for (text, value, unit) in [
            ("两百出头", "200", Unit::Cny),
            ("一百出头", "100", Unit::Cny),
            ("五百多", "500", Unit::Cny),
            ("十一二万", "110000", Unit::Cny),
            ("五十来万", "500000", Unit::Cny),
            ("两三个点", "2", Unit::Percent),
        ] {
            let (_, q) = found_quantity(&x, text);
            assert_eq!(
                (q.value.to_string(), q.unit),
                (value.into(), unit),
                "{text}"
            );
        }
    }

    /// Round 46: 零 and a counter alone (零件) are a word, no count.
    #[test]
    fn parts_are_no_count_of_none() {
        let x = extract(
            "t.txt",
            "青石零售\n\n汽车及汽车零件的销货价值按年下跌7.4%，零部件企业12家。",
            &Known::new(),
        )
        .unwrap();
        assert!(
            x.found.iter().all(|f| !f.text.starts_with('零')),
            "{:?}",
            x.found.iter().map(|f| &f.text).collect::<Vec<_>>()
        );
        assert!(x.found.iter().any(|f| f.text == "12家"));
    }

    /// Round 46: a range whose unit the shared parser does not read
    /// (厘米) is said once, after its high end: the whole range.
    #[test]
    fn a_range_in_a_unit_of_the_text_reads_whole() {
        let x = extract("t.txt", "青石县积雪深度达15至25厘米。", &Known::new()).unwrap();
        let (_, q) = found_quantity(&x, "15至25厘米");
        assert_eq!(q.bound, Bound::Range);
        assert_eq!(q.unit, Unit::Metre);
    }

    /// Round 46: a full date on a line of its own closing a bulletin,
    /// under its issuer, is the day it was issued.
    #[test]
    fn a_closing_date_on_its_own_line_is_the_day_of_issue() {
        let x = extract(
            "t.txt",
            "青石县雪灾通报\n\n12月1日，青石县出现强降雪。\n\n青石县应急管理局\n2026年12月3日\n",
            &Known::new(),
        )
        .unwrap();
        let f = x.found.iter().find(|f| f.text == "2026年12月3日").unwrap();
        assert_eq!(f.attribute, "date_published");
        let f = x.found.iter().find(|f| f.text == "12月1日").unwrap();
        assert_ne!(f.attribute, "date_published");
    }

    /// Round 46: a month said bare under a numbered heading naming a year
    /// (一、2025年工作回顾) is of that year, not the document's; under the
    /// next heading, of the document's again.
    #[test]
    fn a_headings_year_dates_the_bare_months_under_it() {
        let x = extract(
            "t.txt",
            "青石县政府工作报告\n——2026年1月8日在青石县人民代表大会上\n\n各位代表：\n\n\
             一、2025年工作回顾\n\n县医院新院区9月投用，新增床位1200张。\n\n\
             二、重点工作\n\n县体育馆6月开工。\n\n\
             三、2026年主要目标\n\n地区生产总值增长6%左右，一般公共预算收入增长3%。\n\n\
             全县城镇新增就业2000人以上。\n",
            &Known::new(),
        )
        .unwrap();
        let year_of = |text: &str| {
            x.found
                .iter()
                .find_map(|f| match &f.value {
                    Value::Date(d) if f.text == text => Some(d.year),
                    _ => None,
                })
                .flatten()
        };
        assert_eq!(year_of("9月"), Some(2025));
        assert_eq!(year_of("6月"), Some(2026));
        let goal = x.found.iter().find(|f| f.text == "3%").unwrap();
        assert_eq!(goal.attribute, "growth_rate_target");
        let jobs = x.found.iter().find(|f| f.text == "2000人以上").unwrap();
        assert!(jobs.attribute.ends_with("_target"), "{}", jobs.attribute);
        assert_eq!(heading_year("一、2025年工作回顾"), Some(Some(2025)));
        assert_eq!(heading_sets_goals("二、2026年主要目标"), Some(true));
        assert_eq!(heading_sets_goals("二、主要目标完成情况"), Some(false));
        assert_eq!(heading_sets_goals("二、2026年主要目标和任务"), Some(false));
        assert_eq!(heading_year("一、全年收入增长，2025年达到"), None);
    }

    /// Round 46: a caption's price per unit of goods (（单位：元/公斤）):
    /// the cells of the columns that are no change are in 元.
    #[test]
    fn a_caption_of_prices_per_unit_gives_its_cells_yuan() {
        let x = extract(
            "t.txt",
            "青石市菜价周报\n\n部分蔬菜零售价格（单位：元/公斤）\n\
             品种｜本周均价｜上周均价｜环比（%）\n\
             白菜｜2.36｜2.20｜7.3\n\
             土豆｜3.10｜3.14｜-1.3\n",
            &Known::new(),
        )
        .unwrap();
        for (cell, value) in [("2.36", "2.36"), ("2.20", "2.2"), ("3.14", "3.14")] {
            let (_, q) = found_quantity(&x, cell);
            assert_eq!((q.value.to_string(), q.unit), (value.into(), Unit::Cny));
        }
        let (_, q) = found_quantity(&x, "-1.3");
        assert_eq!(q.unit, Unit::Percent);
    }

    /// Round 42: a caption's unit (（单位：万元）) over a bar table whose
    /// header names its columns bare: each cell of a column that is no
    /// change is in that unit, digits grouped by commas; a row naming its
    /// own unit (（元/股）) is in it; a dash is an empty cell.
    #[test]
    fn a_caption_gives_its_table_a_unit() {
        let x = extract(
            "t.txt",
            "青石机械2026年半年度报告摘要\n\n主要财务数据（单位：万元）\n\
             项目｜本报告期｜本报告期比上年同期增减｜上年同期\n\
             营业收入｜84,600｜7.3%｜78,850\n\
             投资收益｜—｜—｜1,200\n\
             每股收益（元/股）｜0.27｜8.0%｜0.25\n",
            &Known::new(),
        )
        .unwrap();
        let (_, q) = found_quantity(&x, "84,600");
        assert_eq!(
            (q.value.to_string(), q.unit),
            ("846000000".into(), Unit::Cny)
        );
        let (_, q) = found_quantity(&x, "1,200");
        assert_eq!(q.value.to_string(), "12000000");
        let (_, q) = found_quantity(&x, "0.27");
        assert_eq!((q.value.to_string(), q.unit), ("0.27".into(), Unit::Cny));
        let (_, q) = found_quantity(&x, "7.3%");
        assert_eq!(q.unit, Unit::Percent);
        // Without the caption the bare cells stay unread.
        let x = extract(
            "t.txt",
            "青石机械2026年半年度报告摘要\n\n主要财务数据\n\
             项目｜本报告期｜本报告期比上年同期增减｜上年同期\n\
             营业收入｜84,600｜7.3%｜78,850\n",
            &Known::new(),
        )
        .unwrap();
        assert!(x.found.iter().all(|f| f.text != "84,600"), "{:?}", x.found);
    }

    /// Round 33: 来 before 块 or a unit only this crate reads (斤) is about
    /// that many; 一两万 is one to two; 六成五 is 65%. 来 before a noun stays
    /// out of the number.
    #[test]
    fn lai_yi_liang_and_tenths_with_hundredths_are_read() {
        let read = read_quantities;
        let got = read("老李说一亩能多打五百来斤，一年多挣一两千块，每月电费三十来块钱，全村六成五左右的农户养蜂。");
        let got = as_strs(&got);
        assert!(got.contains(&("五百来斤", "0.25", "t", "about")), "{got:?}");
        assert!(
            got.contains(&("三十来块钱", "30", "CNY", "about")),
            "{got:?}"
        );
        assert!(got.contains(&("六成五左右", "65", "%", "about")), "{got:?}");
        let got = read("项目带动农户每年增收一两万元。");
        assert_eq!(got[0].0, "一两万元", "{got:?}");
        assert_eq!(
            (got[0].1.as_str(), got[0].3.as_str()),
            ("10000..20000", "range")
        );
        // 来 before a word, 成 before a numeral that opens a word: no change.
        let got = read("十来个人来了，三成一等奖。");
        assert!(got.iter().all(|g| g.0 != "三成一"), "{got:?}");
        // 的 after the hundredths ends the share; 以内 bounds it from above.
        let got = read("全乡七成五的农户种上了药材，损耗控制在一成五以内，七成五个村已通车。");
        let got: Vec<(&str, &str, &str)> = got
            .iter()
            .map(|(t, v, _, b)| (t.as_str(), v.as_str(), b.as_str()))
            .collect();
        assert!(got.contains(&("七成五", "75", "exact")), "{got:?}");
        assert!(got.contains(&("一成五以内", "15", "at_most")), "{got:?}");
        assert!(got.contains(&("七成", "70", "exact")), "{got:?}");
    }

    /// Round 34: spoken sums in 块 that end their clause, ranges after the
    /// higher places (十四五块), and halves, with the forms that stay
    /// counts or stay out.
    #[test]
    fn spoken_kuai_neighbouring_digits_after_places_and_halves() {
        let read = |s: &str| -> Vec<String> {
            read_quantities(s)
                .into_iter()
                .map(|(t, v, u, b)| format!("{t} {v} {u} {b}"))
                .collect()
        };
        assert_eq!(
            read("价钱稳在十四五块，好的卖到二十七八块。帮工一天给一百五六十块，按十四块算，一年挣个三四万块不成问题，网上卖了八百多万块。"),
            [
                "十四五块 14..15 CNY range",
                "二十七八块 27..28 CNY range",
                "一百五六十块 150..160 CNY range",
                "十四块 14 CNY exact",
                "三四万块 30000..40000 CNY range",
                "八百多万块 8000000 CNY at_least",
            ]
        );
        // Round 49 (h49z): 就 after the sum, as after a mark.
        assert_eq!(read("补偿一年能到五十块就好了。"), ["五十块 50 CNY exact"]);
        assert_eq!(
            read("每公斤涨了八块多，卖到二十八块多钱，两千三四百元。"),
            [
                "八块多 8 CNY at_least",
                "二十八块多钱 28 CNY at_least",
                "两千三四百元 2300..2400 CNY range",
            ]
        );
        // Yuan, tenths and hundredths (一块二毛五); a bound after a unit
        // read here (斤出头); a magnitude reached (有上万人); 接近 before
        // tenths; 超过 after 最高 (no 高超); beams counted by 根.
        assert_eq!(
            read("亩产一千一百斤出头，卖了一块二毛五一斤，客商有上万人，占比接近七成，最高超过600吨，检测木构件412根。"),
            [
                "一千一百斤出头 0.55 t at_least",
                "一块二毛五 1.25 CNY exact",
                "上万人 10000 count at_least",
                "接近七成 70 % about",
                "超过600吨 600 t at_least",
                "412根 412 count exact",
            ]
        );
        // 迈上千亿元台阶 is a step, not a magnitude; 根据 is a word.
        assert!(read("产业迈上千亿元台阶，根据3根据点。").is_empty());
        // Pieces: in digits, before their noun, or one numeral alone; and
        // a second pair that is no neighbour (十四六块).
        let got = read("样地420块。铺了二十块石板，切成三块，十四六块。");
        assert!(got.iter().all(|g| !g.contains("CNY")), "{got:?}");
        // 十一二月: months, no unit: no range.
        assert!(read("十一二月份天冷。").is_empty());
        assert_eq!(
            read("她养了四张半蚕，客户占了一半还多，开行4.1万列次，中出一等奖47注。"),
            [
                "四张半 4.5 count exact",
                "一半还多 50 % at_least",
                "4.1万列次 41000 count exact",
                "47注 47 count exact",
            ]
        );
        // Times grown with 还多 after them: more than that.
        assert_eq!(
            read("房价比平时贵了一倍还多。"),
            ["一倍还多 100 % at_least"]
        );
        // 半 opening a word, and 注 opening one.
        let got = read("两个半月，三个半导体项目，省了一大半，3注册企业。");
        assert!(
            got.iter().all(|g| !g.contains('半') && !g.contains('注')),
            "{got:?}"
        );
    }

    /// Round 41: spoken sums with no 元 after a verb of selling, keeping or
    /// giving (卖个七八万, 剩个三万出头, 补了两百来万), neighbouring numerals
    /// before 块 ending the clause, 块 said of money with 的, and trips
    /// counted by 趟 (in more than one numeral).
    #[test]
    fn spoken_sums_after_selling_and_trips() {
        let read = |s: &str| -> Vec<String> {
            read_quantities(s)
                .into_iter()
                .map(|(t, v, u, b)| format!("{t} {v} {u} {b}"))
                .collect()
        };
        assert_eq!(
            read("一批货卖个七八万，除去运费剩个三万出头，镇上补了两百来万。"),
            [
                "七八万 70000..80000 CNY range",
                "三万出头 30000 CNY at_least",
                "两百来万 2000000 CNY about",
            ]
        );
        assert_eq!(
            read("草莓每斤涨了五六块；每人有八百来块的路费，跑了十三四趟。"),
            [
                "五六块 5..6 CNY range",
                "八百来块 800 CNY about",
                "十三四趟 13..14 count range",
            ]
        );
        // Round 53: wages won back.
        assert_eq!(read("我一个人就拿回了两万八。"), ["两万八 28000 CNY exact"]);
        // Bricks laid, tofu cut, a trip said once, and 万 after no such verb.
        let got = read("铺了五六块青砖，把豆腐切成三四块，跑一趟，来了七八万。");
        assert!(
            got.iter().all(|g| !g.contains("CNY") && !g.contains('趟')),
            "{got:?}"
        );
    }

    /// Round 51: numbers as people say them (unseen45's interviews).
    #[test]
    fn spoken_numbers_of_round_51() {
        let read = |s: &str| -> Vec<String> {
            read_quantities(s)
                .into_iter()
                .map(|(t, v, u, b)| format!("{t} {v} {u} {b}"))
                .collect()
        };
        assert_eq!(
            read("老张说面馆一天卖了三千多碗，平时也就五六百碗，送菜一天得跑六七趟。"),
            [
                "三千多碗 3000 count at_least",
                "五六百碗 500..600 count range",
                "六七趟 6..7 count range",
            ]
        );
        assert_eq!(
            read(
                "游客平均花个一千三四，门票成人是两百块，儿童一百二，景区收入比去年多了三千来万。"
            ),
            [
                "一千三四 1300..1400 CNY range",
                "两百块 200 CNY exact",
                "一百二 120 CNY exact",
                "三千来万 30000000 CNY about",
            ]
        );
        let got = read("参加活动的人数一共是八万六千多人，比去年多了一万出头，直播观看人次超过两亿三千万，力争带动消费到五个亿以上。");
        assert_eq!(
            got,
            [
                "八万六千多人 86000 count at_least",
                "一万出头 10000 count at_least",
                "超过两亿三千万 230000000 count at_least",
                "五个亿以上 500000000 CNY at_least",
            ]
        );
        assert_eq!(
            read("老刘一个月到手六千出头，区财政出了三千万，房子每平米两万出头。"),
            [
                "六千出头 6000 CNY at_least",
                "三千万 30000000 CNY exact",
                "两万出头 20000 CNY at_least",
            ]
        );
        // A comparison after no count nor money, and a bare range after no
        // money verb, stay unread.
        let got = read("他今年四十五六，比去年多了一万出头，一天要看七八个。");
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn spoken_numbers_of_round_52() {
        let read = |s: &str| -> Vec<String> {
            read_quantities(s)
                .into_iter()
                .map(|(t, v, u, b)| format!("{t} {v} {u} {b}"))
                .collect()
        };
        // 上 opening a clause; boatloads; a range after 万 with a money
        // word; what is paid back; a night's price; a fee after 的.
        assert_eq!(
            read("山坡上，上百名村民在挖笋，一天能运两三船，老周光四月就能收入两万三四。"),
            [
                "上百名 100 count at_least",
                "两三船 2..3 count range",
                "两万三四 23000..24000 CNY range",
            ]
        );
        assert_eq!(
            read("手术总共花了八万六左右，保险报了五万二千多，民宿每晚三百六，县里还给了三十万的补助款。"),
            [
                "八万六左右 86000 CNY about",
                "五万二千多 52000 CNY at_least",
                "三百六 360 CNY exact",
                "三十万 300000 CNY exact",
            ]
        );
        // Parts of a count said before, 剩下 included; thousands said as a
        // range in words after a wage.
        assert_eq!(
            read("两万人里头，男选手一万一，女选手八千，剩下一千是陪跑。工资在六千到八千之间。"),
            [
                "两万人 20000 count exact",
                "一万一 11000 count exact",
                "八千 8000 count exact",
                "一千 1000 count exact",
                "六千到八千 6000..8000 CNY range",
            ]
        );
        // A fee named before; thousands and hundreds after 万; a quote
        // opening the clause after yuan; a spoken range ending at 、.
        assert_eq!(
            read("住院总费用七万三左右。二手房每平米两万出头，新房限价两万一五，“地价一万出头，再加上成本三四千、税费"),
            [
                "七万三左右 73000 CNY about",
                "两万出头 20000 CNY at_least",
                "两万一五 21500 CNY exact",
                "一万出头 10000 CNY at_least",
                "三四千 3000..4000 CNY range",
            ]
        );
        // 块 after more, sold by the piece; ten-thousands of 块.
        let got = read("笋干卖八十多块一斤，一年连三万块都挣不到。");
        let yuan: Vec<&String> = got.iter().filter(|g| g.contains("CNY")).collect();
        assert_eq!(yuan, ["八十多块 80 CNY at_least", "三万块 30000 CNY exact"]);
        // A list whose unit is on its last member; 蚊 after a currency.
        assert_eq!(
            read("三地旅客分别为12.5万、8.6万及3.1万人次。车费三百多港元，比坐船贵五十蚊左右。"),
            [
                "12.5万 125000 count exact",
                "8.6万 86000 count exact",
                "3.1万人次 31000 count exact",
                "三百多港元 300 HKD at_least",
                "五十蚊左右 50 HKD about",
            ]
        );
        // Not these: a list whose members differ in multiplier, 蚊 after no
        // money.
        let got = read("两地分别为12.5万、3100人次。院里有五十蚊子。");
        assert!(
            got.iter()
                .all(|g| !g.starts_with("12.5万") && !g.contains('蚊')),
            "{got:?}"
        );
        // 蚊子 after money is no Cantonese dollar; a money word right before
        // a number after a count and 当中 says it is money, no part of it.
        let got = read("花了三十万元，捕获二十蚊子。这三百户当中，去年户均增收两万。");
        assert!(!got.iter().any(|g| g.contains('蚊')), "{got:?}");
        assert!(got.contains(&"两万 20000 CNY exact".to_string()), "{got:?}");
        // Not numbers, or not these: 上 inside a word, 船只, a range of
        // small counts, 一五一十, 三三两两, 七八糟, 九九重阳.
        let got = read(
            "他迈上千亿元台阶，买了两三船只，一五一十说了，三三两两走来，乱七八糟，九九重阳。",
        );
        assert!(got.is_empty(), "{got:?}");
    }

    /// Round 53: a spoken bound or range right after a count goes on
    /// counting.
    #[test]
    fn spoken_counts_of_round_53() {
        let read = |s: &str| -> Vec<String> {
            read_quantities(s)
                .into_iter()
                .map(|(t, v, u, b)| format!("{t} {v} {u} {b}"))
                .collect()
        };
        assert_eq!(
            read("平常一天卖五六百碗，赶集那天能卖到一千出头。帮工十来个，忙时要请到二十出头，再多要一百一二。"),
            [
                "五六百碗 500..600 count range",
                "一千出头 1000 count at_least",
                "十来个 10 count about",
                "二十出头 20 count at_least",
                "一百一二 110..120 count range",
            ]
        );
        assert_eq!(
            read("前年卖了三十来万双鞋，今年已经四十万出头了。全镇两千来户，八千出头的人口。"),
            [
                "三十来万双 300000 count about",
                "四十万出头 400000 count at_least",
                "两千来户 2000 count about",
                "八千出头 8000 count at_least",
            ]
        );
        // Not counts: a spoken sum after a count whose clause names money,
        // a sum after a far count.
        let got = read("养了五十来头猪，一年收入十来万。");
        assert!(
            got.iter().all(|g| !g.contains("十来万 100000 count")),
            "{got:?}"
        );
        let got = read("种了三百来亩，今年请来的技术员说全村年底前产量能到五万出头。");
        assert!(got.iter().all(|g| !g.contains("五万出头")), "{got:?}");
        // Round 53 review: an age, or an amount each, after a count.
        for (text, sum) in [
            ("他是一个四十出头的人。", "四十出头"),
            ("村里留守老人一百来个，平均年龄七十出头。", "七十出头"),
            ("厂里招了十来个工人，都是二十出头。", "二十出头"),
            ("合作社社员两百来户，人均两万出头。", "两万出头"),
        ] {
            let got = read(text);
            assert!(got.iter().all(|g| !g.contains(sum)), "{got:?}");
        }
    }

    /// Round 53: a coupon's quoted terms (“满200元减50元”) are values, both
    /// the spending it asks and what it takes off; a quoted slogan's
    /// number stays out.
    #[test]
    fn a_coupons_quoted_terms_are_values() {
        let texts = |text: &str| -> Vec<String> {
            extract("t.txt", text, &Known::new())
                .unwrap()
                .found
                .into_iter()
                .map(|f| f.text)
                .collect()
        };
        let got = texts("青石县消费券\n\n青石县发放的券分为“满200元减50元”“满500元减120元”两种。");
        for v in ["200元", "50元", "500元", "120元"] {
            assert!(got.iter().any(|g| g == v), "{v}: {got:?}");
        }
        let got = texts("青石县消费券\n\n青石县开展“一元碳汇”活动。");
        assert!(got.iter().all(|g| g != "一元"), "{got:?}");
    }

    /// Round 34: a bound said before a currency's name is the amount's;
    /// 差不多 before a number (right before it, or a verb or two: 差不多有
    /// 三成, round 43) and 的样子 after it make it about.
    #[test]
    fn a_bound_before_the_currency_name_and_words_of_about() {
        let got = read_quantities("损失约新台币6400万元，逾新台币9亿元，不超过港币50万元，差不多两百万元，也就五毛钱的样子，差不多有三成。");
        let got: Vec<String> = got
            .into_iter()
            .map(|(t, v, u, b)| format!("{t} {v} {u} {b}"))
            .collect();
        assert_eq!(
            got,
            [
                "约新台币6400万元 64000000 TWD about",
                "逾新台币9亿元 900000000 TWD at_least",
                "不超过港币50万元 500000 HKD at_most",
                "两百万元 2000000 CNY about",
                "五毛钱 0.5 CNY about",
                "三成 30 % about",
            ]
        );
    }

    /// Round 34: a text in traditional characters that names 新臺幣 counts
    /// its bare 元 in it (round 38: before the naming too); one naming 人民幣 too, one naming
    /// two currencies, or one in simplified characters keeps them yuan.
    #[test]
    fn the_documents_currency_carries_to_bare_yuan() {
        let units = |text: &str| -> Vec<(String, String)> {
            extract("t.txt", text, &Known::new())
                .unwrap()
                .found
                .into_iter()
                .filter_map(|f| match f.value {
                    Value::Quantity(q) if q.text.contains('元') => {
                        Some((f.text, q.unit.symbol().to_string()))
                    }
                    _ => None,
                })
                .collect()
        };
        let pair = |t: &str, u: &str| (t.to_string(), u.to_string());
        assert_eq!(
            units("青石縣颱風損失\n\n青石縣農損估計新臺幣3億2718萬元，其中果樹損失9,836萬元。農民陳大同說，損失差不多兩百萬元。"),
            [
                pair("3億2718萬元", "TWD"),
                pair("9,836萬元", "TWD"),
                pair("兩百萬元", "TWD")
            ]
        );
        // Yuan said as people say them (兩塊錢) are the place's currency too.
        let spoken: Vec<(String, String)> = extract(
            "t.txt",
            "青石縣公糧收購\n\n青石縣農損估計新臺幣3億元。農民陳大同說：「公糧一公斤比市價多兩塊錢。」",
            &Known::new(),
        )
        .unwrap()
        .found
        .into_iter()
        .filter_map(|f| match f.value {
            Value::Quantity(q) => Some((f.text, q.unit.symbol().to_string())),
            _ => None,
        })
        .collect();
        assert!(spoken.contains(&pair("兩塊錢", "TWD")), "{spoken:?}");
        // Unnamed, in a Taiwan paper (臺北報導, 主計總處): 新臺幣 all the same;
        // a mainland paper in traditional characters keeps its yuan, on
        // Taiwan's investors too.
        assert_eq!(
            units("青石縣薪資\n\n【記者王大同／臺北報導】主計總處公布，9月平均每月薪資為4萬5,380元，較上年增加2.3%。"),
            [pair("4萬5,380元", "TWD")]
        );
        assert_eq!(
            units(
                "青石縣臺資企業\n\n青石縣統計局公布，全縣臺灣青年職工9月平均每月薪資為4萬5,380元，較上年增加2.3%。"
            ),
            [pair("4萬5,380元", "CNY")]
        );
        // Said before the currency is named, in a text that names it
        // later: in it too (the text's 元 are one currency throughout).
        assert_eq!(
            units("青石縣颱風損失\n\n青石縣果樹損失9,836萬元。全縣農損估計新臺幣3億元。"),
            [pair("9,836萬元", "TWD"), pair("3億元", "TWD")]
        );
        // Unnamed, in a release of Hong Kong's statistics office: 港元.
        assert_eq!(
            units("青石零售\n\n政府統計處今日公布，十月零售業總銷貨價值為329億元，較去年同月上升3.4%。"),
            [pair("329億元", "HKD")]
        );
        // Yuan: in a mainland report, simplified, quoting 新台币 once; in a
        // traditional text naming 人民幣 too, or two currencies.
        for (text, at, value) in [
            (
                "青石市对台贸易\n\n据台湾方面统计，岛内出口值达新台币1200亿元。青石市今年对台进出口额86亿元。",
                1,
                "86亿元",
            ),
            (
                "青石口岸貿易\n\n台商訂單達新臺幣3億元，口岸跨境人民幣結算86億元。",
                1,
                "86億元",
            ),
            (
                "青石口岸貿易\n\n台商訂單達新臺幣3億元，港商投資5億港元，總額合計12億元。",
                2,
                "12億元",
            ),
        ] {
            assert_eq!(units(text).get(at), Some(&pair(value, "CNY")), "{text}");
        }
    }

    #[test]
    fn a_bound_after_a_unit_the_parser_does_not_know() {
        let got: Vec<String> =
            read("亩产一千一百斤上下，发货30列左右，产业链20斤上下游，单箱5斤以下车厘子。")
                .into_iter()
                .map(|r| r.split(' ').next().unwrap_or_default().to_string())
                .collect();
        assert_eq!(got, ["一千一百斤上下", "30列左右", "20斤", "5斤以下"]);
    }

    #[test]
    fn some_more_than_a_round_number() {
        let got = quantities("车间里有三十几个工人，每天走十几公里。");
        assert_eq!(got, ["三十几个", "十几公里"]);
    }

    #[test]
    fn counters_of_lifts_wafers_chips_orders_and_plots() {
        let got = quantities(
            "全镇加装电梯25部，月产晶圆3万片，年产芯片12亿颗，日均发货约2.3万单，布设样地160块。",
        );
        assert_eq!(got, ["25部", "3万片", "12亿颗", "约2.3万单", "160块"]);
        // Words of their own after the number: no counter (块钱 is money).
        assert!(quantities("分为3部分，涉及5部门").is_empty());
        let got = found_of("青石镇加装电梯\n\n青石镇今年加装电梯25部，日均发货约2.3万单。");
        assert_eq!(one(&got, "25部").1, "elevator_count");
        assert_eq!(one(&got, "约2.3万单").1, "daily_order_count");
    }

    #[test]
    fn verbs_and_common_nouns_ending_like_places_are_no_places() {
        let names =
            |norm: &str| -> Vec<String> { find_places(norm).into_iter().map(|m| m.name).collect() };
        assert!(names("柑橘可以错峰上市，返乡青年开网店").is_empty());
        assert!(names("一年能省下3万元，新校区启用，增加林区收入").is_empty());
        assert_eq!(names("他们来自安徽省和推进浙江省"), ["安徽省", "浙江省"]);
        assert_eq!(names("新建红星村文化广场"), ["红星村"]);
        // So the county keeps its values.
        let got = found_of(
            "青石县果品销售\n\n青石县今年建成冷库12座，果子可以错峰上市，\
             新建分拣中心3个。返乡青年开办网店150家。",
        );
        assert_eq!(one(&got, "3个").0, Some("青石县"));
        assert_eq!(one(&got, "150家").0, Some("青石县"));
    }

    #[test]
    fn the_day_an_office_publishes_is_its_own() {
        let office = |norm: &str, name: &str| {
            let start = norm.find(name).unwrap_or(0);
            Mention {
                start,
                end: start + name.len(),
                name: name.to_string(),
                new_kind: None,
                sentence: 0,
                how: None,
            }
        };
        let day = |norm: &str, d: &str| {
            let a = norm.find(d).unwrap_or(0);
            (a, a + d.len())
        };
        let n = "青石县统计局10月24日发布数据，全县生产总值增长5%";
        let (a, b) = day(n, "10月24日");
        assert!(office_acts_on(n, &office(n, "青石县统计局"), a, b));
        let n = "11月4日，青石县住房和城乡建设局发布数据";
        let (a, b) = day(n, "11月4日");
        assert!(office_acts_on(
            n,
            &office(n, "青石县住房和城乡建设局"),
            a,
            b
        ));
        // What the office says of a later day is no act of its own.
        let n = "青石县统计局表示，到2027年全县将…";
        let (a, b) = day(n, "2027年");
        assert!(!office_acts_on(n, &office(n, "青石县统计局"), a, b));
    }

    #[test]
    fn titles_of_a_speaker_and_the_place_of_the_office_speaking() {
        assert_eq!(
            title_chain("党委书记、局长张三表示"),
            Some("党委书记、局长".len())
        );
        assert_eq!(title_chain("副局长李四说"), Some("副局长".len()));
        assert_eq!(title_chain("表示"), None);
        let got = found_of(
            "青石县外贸增长\n\n记者5月6日从青石县商务局获悉，青石县今年外贸额12亿元。\
             青石县商务局副局长王五表示，全年将组织企业参展20批次。",
        );
        assert_eq!(one(&got, "5月6日").0, Some("青石县"));
        assert_eq!(one(&got, "20批次").0, Some("青石县"));
    }

    #[test]
    fn a_headline_names_a_place_short_and_the_body_in_full() {
        let text = "青石今年新建冷库12座 带动农户3000户\n\n本报讯 记者从青石县农业农村局获悉，\
                    青石县今年新建冷库12座，总库容3万吨。";
        let x = extract("t.txt", text, &Known::new()).unwrap();
        let head: Vec<&Found> = x.found.iter().filter(|f| f.sentence == 0).collect();
        assert_eq!(head.len(), 2, "{head:?}");
        for f in head {
            assert_eq!(f.subject.as_deref(), Some("青石县"), "{f:?}");
            assert!(f.why.contains("the name the body gives"), "{}", f.why);
        }
        // Handed to a sink sentence by sentence, the held values come too.
        let mut facts = Vec::new();
        let mut sink = |f: Vec<Fact>| {
            facts.extend(f);
            Ok(())
        };
        extract_each("t.txt", text, &Known::new(), Some(&mut sink)).unwrap();
        assert_eq!(
            facts
                .iter()
                .filter(|f| f.source.quote.contains("带动"))
                .count(),
            2
        );
    }

    #[test]
    fn lists_of_districts_and_places_counted_by_the_text() {
        let got = found_of(
            "青石市旧改\n\n分区域看，鹿城区、青石区和兴荣区分别新建公园12个、9个和5个。\
             白沙、青山两地出口额分别为7亿元和5亿元。",
        );
        assert_eq!(one(&got, "12个").0, Some("鹿城区"));
        assert_eq!(one(&got, "5个").0, Some("兴荣区"));
        assert_eq!(one(&got, "7亿元").0, Some("白沙"));
        assert_eq!(one(&got, "5亿元").0, Some("青山"));
        // A compound named right after its district.
        let got = found_of("青石市旧改\n\n鹿城区向阳里小区共有住户680户。");
        assert_eq!(one(&got, "680户").0, Some("向阳里小区"));
    }

    #[test]
    fn a_new_paragraph_naming_nothing_speaks_of_the_topic() {
        let got = found_of(
            "青石县推进旧改\n\n青石县今年改造小区30个。\n\n在白杨镇，新建公园2个，\
             王大妈说很方便。\n\n改造资金来源多元。总投资中，争取补助资金9亿元。",
        );
        assert_eq!(one(&got, "9亿元").0, Some("青石县"));
    }

    #[test]
    fn a_year_said_alone_points_of_a_rate_and_lists_naming_their_things() {
        let got = found_of(
            "青石县发展\n\n2023年，青石县新建公园5个。2021年，村里牵头成立合作社。\
             全县产值比2020年增长一倍。入住率比去年同期提高6.2个百分点，空置率下降0.3个百分点，\
             增速高于全省0.6个百分点。青石县三家企业分别建成年产10万吨正极材料、\
             5万吨铜箔和8万吨电解液生产线。",
        );
        assert_eq!(one(&got, "2023年").1, "date");
        assert_eq!(one(&got, "2021年").1, "date_established");
        assert_eq!(one(&got, "2020年").1, "base_year");
        // Named after its rate (attribute_tests: a_change_in_points_…).
        assert_eq!(one(&got, "6.2个百分点").1, "rate_change");
        assert_eq!(one(&got, "0.6个百分点").1, "growth_rate_gap");
        assert_eq!(one(&got, "5万吨").1, "annual_capacity");
        assert_eq!(one(&got, "8万吨").1, "annual_capacity");
        let x = extract("t.txt", "青石县\n\n空置率下降0.3个百分点。", &Known::new()).unwrap();
        let Value::Quantity(q) = &x.found[0].value else {
            panic!("{:?}", x.found[0]);
        };
        assert!(q.value.0 < 0, "{q:?}");
    }

    #[test]
    fn money_rates_and_yields_are_named_by_their_words() {
        let got = found_of(
            "青石县发展\n\n青石县争取上级补助资金3.2亿元，累计投入治理资金5亿元，\
             对每个车间补助10万元，单户最高20万元。全县客房入住率达到81.5%，本地配套率超过60%，\
             水稻亩产约580公斤，实现旅游收入6.3亿元，其中约30%来自外地游客，\
             比去年多了一成。",
        );
        assert_eq!(one(&got, "3.2亿元").1, "subsidy");
        assert_eq!(one(&got, "5亿元").1, "investment");
        // 补助 names the money for each one (round 41); nothing names 20万元.
        assert_eq!(one(&got, "10万元").1, "subsidy");
        assert_eq!(one(&got, "20万元").1, "amount_each");
        assert_eq!(one(&got, "81.5%").1, "occupancy_rate");
        assert_eq!(one(&got, "超过60%").1, "local_supply_rate");
        assert_eq!(one(&got, "约580公斤").1, "yield_per_mu");
        assert_eq!(one(&got, "6.3亿元").1, "tourism_revenue");
        assert_eq!(one(&got, "约30%").1, "share");
        // 比去年: a rise against the year before (attribute_tests).
        assert_eq!(one(&got, "一成").1, "growth_rate_yoy");
    }

    #[test]
    fn a_wharf_said_after_its_company_and_dates_said_by_a_source() {
        let got = found_of(
            "青石县港口\n\n在白沙港区的青石远洋物流有限公司码头，一艘货轮正在卸货。\
             该公司今年接卸货物42万吨。\
             青石县农业农村局局长王五表示，全县秋收预计11月上旬结束。",
        );
        assert_eq!(one(&got, "42万吨").0, Some("青石远洋物流有限公司"));
        assert_eq!(one(&got, "11月上旬").0, Some("青石县"));
    }

    #[test]
    fn he_she_and_a_quoted_i_stand_for_the_person_named_last() {
        let got = found_of(
            "青石镇电商\n\n在青石镇的一处仓库里，青年赵小龙一边打包一边说。\
             他的网店今年卖出猕猴桃2100吨，销售额1600万元。\
             住在6楼的王秀英今年72岁，她告诉记者：“我家只出了1.2万元。”\
             青石镇今年新建冷库9座。",
        );
        assert_eq!(one(&got, "2100吨").0, Some("赵小龙"));
        assert_eq!(one(&got, "1.2万元").0, Some("王秀英"));
        assert_eq!(one(&got, "9座").0, Some("青石镇"));
    }

    #[test]
    fn a_company_name_cut_by_an_odd_word_runs_on_to_its_mark() {
        let got = found_of(
            "青石县产业\n\n去年，福建青石汇能正极材料有限公司建成年产8万吨正极材料生产线。\
             村里成立的白沙锦江柑橘专业合作社去年销售柑橘1.2万吨。",
        );
        assert_eq!(one(&got, "8万吨").0, Some("福建青石汇能正极材料有限公司"));
        assert_eq!(one(&got, "1.2万吨").0, Some("白沙锦江柑橘专业合作社"));
    }

    #[test]
    fn this_company_refers_back_and_a_price_is_said_after_its_amount() {
        let got = found_of(
            "青石县马铃薯\n\n青石县今年种植马铃薯50万亩。在白沙淀粉有限公司的车间里，机器正在运转。\
             这家企业年加工鲜薯20万吨，以每公斤1.2元的保护价收购。",
        );
        assert_eq!(one(&got, "20万吨").0, Some("白沙淀粉有限公司"));
        assert_eq!(one(&got, "1.2元").1, "price");
    }

    #[test]
    fn the_bank_referred_back_is_the_thread_not_the_last_branch_listed() {
        let got = found_of(
            "青石农商银行贷款增长\n\n今年以来，青石农商银行推出专属信贷产品，\
             辖内柳河支行、东岭支行和南山支行分别投放贷款3.6亿元、2.1亿元和1.8亿元。\
             在服务种粮大户方面，该行累计发放贷款9.7亿元。",
        );
        assert_eq!(one(&got, "1.8亿元").0, Some("南山支行"));
        assert_eq!(one(&got, "9.7亿元").0, Some("青石农商银行"));
    }

    #[test]
    fn what_a_verb_made_measured_right_after_is_the_makers() {
        let got = found_of(
            "青石镇治沙\n\n青石镇走出了一条新路子。该镇已建成光伏治沙项目300兆瓦，治理沙化土地1.6万亩。",
        );
        assert_eq!(one(&got, "300兆瓦").0, Some("青石镇"));
    }

    #[test]
    fn capacities_by_source_counters_of_shipping_and_a_rise_in_prices() {
        let got = found_of(
            "青石县能源\n\n青石县光伏装机容量达到120万千瓦，数据中心服务器规模突破50万台，\
             青石港累计发送集装箱2.1万标箱，日均进出港船舶80多艘次，居民消费价格同比上涨0.6%。",
        );
        assert_eq!(one(&got, "120万千瓦").1, "pv_capacity");
        assert_eq!(one(&got, "突破50万台").1, "server_count");
        assert_eq!(one(&got, "2.1万标箱").1, "container_throughput");
        // 日均: a day's ships (attributes::of_a_day).
        assert_eq!(one(&got, "80多艘次").1, "daily_ship_count");
        // Consumer prices' rate has its own name (attribute_tests).
        assert_eq!(one(&got, "0.6%").1, "cpi_growth");
    }

    #[test]
    fn the_new_attributes_say_why() {
        let x = extract(
            "t.txt",
            "青石县发展\n\n2023年，青石县对每个车间一次性给予10万元，入住率提高6.2个百分点。\
             全县产值比2020年增长一倍。",
            &Known::new(),
        )
        .unwrap();
        let why = |t: &str| {
            x.found
                .iter()
                .find(|f| f.text == t)
                .map(|f| f.why.clone())
                .unwrap_or_default()
        };
        assert!(why("10万元").contains("for each one"), "{}", why("10万元"));
        assert!(
            why("6.2个百分点").contains("in points"),
            "{}",
            why("6.2个百分点")
        );
        assert!(
            why("2023年").contains("the period reported"),
            "{}",
            why("2023年")
        );
        assert!(why("2020年").contains("measured from"), "{}", why("2020年"));
    }

    #[test]
    fn a_place_with_he_inside_its_name_and_a_land_port() {
        let names =
            |t: &str| -> Vec<String> { find_places(t).into_iter().map(|m| m.name).collect() };
        // 和 inside a two-character name, after a prefecture or a stop.
        assert_eq!(names("甘肃省临夏州平和县的果园"), vec!["甘肃省", "平和县"]);
        assert_eq!(names("在太和区新建"), vec!["太和区"]);
        // 和 joining two words, or levels listed: no place.
        assert_eq!(names("企业和村集体"), Vec::<String>::new());
        assert_eq!(names("省和县两级"), Vec::<String>::new());
        // A land port opening the clause is what its figures are about.
        let got = found_of("霍尔果斯口岸去年进出口货运量达3600万吨。");
        assert_eq!(one(&got, "3600万吨").0, Some("霍尔果斯口岸"), "{got:?}");
    }

    #[test]
    fn a_project_said_short_by_the_stem_of_its_full_name() {
        let got = found_of("夹石水利枢纽工程开工\n本报讯 贵州省水利厅介绍，工程今年开工。\n夹石工程总投资40亿元，由大坝工程和供水工程两部分组成。");
        assert_eq!(one(&got, "40亿元").0, Some("夹石工程"), "{got:?}");
        // A stem inside a longer word is no short name (毕大供水工程).
        assert!(
            got.iter().all(|(_, s, _)| s.as_deref() != Some("供水工程")),
            "{got:?}"
        );
    }

    #[test]
    fn the_parts_a_whole_is_made_of_do_not_take_the_clause() {
        let got =
            found_of("夹石工程由大坝工程、石门供水工程和灌区输水工程三部分组成。截至6月底，工程累计完成投资30亿元。");
        assert_eq!(one(&got, "30亿元").0, Some("夹石工程"), "{got:?}");
    }

    #[test]
    fn an_office_joining_two_trades_with_he_is_named_from_its_place() {
        let got = found_of(
            "青石市旧改\n\n记者11月20日从青石市住房和城乡建设局获悉，青石市今年改造小区86个。",
        );
        assert_eq!(one(&got, "11月20日").0, Some("青石市"));
    }

    #[test]
    fn a_period_opening_the_clause_is_no_part_of_the_place_after_it() {
        let got = found_of(
            "青川一季度经济运行平稳\n\n一季度青川市实现地区生产总值218.5亿元，同比增长5.2%。",
        );
        assert_eq!(one(&got, "218.5亿元").0, Some("青川市"), "{got:?}");
        assert_eq!(one(&got, "5.2%").0, Some("青川市"), "{got:?}");
    }

    #[test]
    fn a_park_whose_place_jieba_cuts_into_characters_is_named() {
        let got = found_of(
            "拉憨跨境物流产业园货运量增长\n\n位于岚坎口岸的拉憨跨境物流产业园去年实现货运量18.6万吨。",
        );
        assert_eq!(
            one(&got, "18.6万吨").0,
            Some("拉憨跨境物流产业园"),
            "{got:?}"
        );
        // A single character after a verb is no place (新建物流园).
        let words = segment::tag("新建物流园");
        assert_eq!(oov_run("新建物流园", &words, words.len() - 1), None);
    }

    #[test]
    fn a_project_area_is_no_place_of_its_own() {
        let got = found_of(
            "青川县新建高标准农田\n\n青川县今年建设高标准农田12万亩。项目区新建机井420眼，铺设管道96公里。",
        );
        assert_eq!(one(&got, "96公里").0, Some("青川县"), "{got:?}");
    }

    #[test]
    fn round_five_lexicon_words_name_what_is_measured() {
        let got = found_of(
            "青川县民生数据\n\n青川县农贸市场今年新增商户36家。全县医保基金支出12.5亿元，住院费用报销比例达到72%。\
             农村居民人均可支配收入15230元。全县新建高标准农田8万亩，新打机电井240眼。",
        );
        assert_eq!(one(&got, "36家").1, "merchant_count", "{got:?}");
        assert_eq!(one(&got, "12.5亿元").1, "fund_expenditure", "{got:?}");
        assert_eq!(one(&got, "72%").1, "reimbursement_rate", "{got:?}");
        assert_eq!(
            one(&got, "15230元").1,
            "per_capita_disposable_income",
            "{got:?}"
        );
        assert_eq!(
            one(&got, "8万亩").1,
            "high_standard_farmland_area",
            "{got:?}"
        );
        let got = found_of("青川县参保人数达到21.5万人。黄金周期间实现旅游综合收入3.2亿元。");
        assert_eq!(one(&got, "21.5万人").1, "insured_count", "{got:?}");
        assert_eq!(one(&got, "3.2亿元").1, "tourism_revenue", "{got:?}");
    }

    /// Bounds said with a particle, a verb or a negation before the
    /// number: the words are the value's, the bound theirs.
    #[test]
    fn bounds_with_a_particle_a_verb_or_a_negation() {
        let q = |s: &str| {
            let d = dates::find_dates(s, Some(2024));
            find_quantities(s, &d)
                .into_iter()
                .map(|(_, _, q)| format!("{} {} {:?} {:?}", q.text, q.value, q.unit, q.bound))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            q("入住率超过了六成，老年人约占两成。"),
            vec!["超过了六成 60 Percent AtLeast", "两成 20 Percent About"]
        );
        assert_eq!(
            q("负债率未超过40%，每校配备教练不少于20名，每批不多于50人。"),
            vec![
                "未超过40% 40 Percent AtMost",
                "不少于20名 20 Count AtLeast",
                "不多于50人 50 Count AtMost"
            ]
        );
        // 未 alone opens no number.
        assert_eq!(q("未来三年新建学校12所。"), vec!["12所 12 Count Exact"]);
    }

    /// Taiwan papers write ten-thousands and then the rest's four figures.
    #[test]
    fn ten_thousands_then_four_figures_is_one_value() {
        assert_eq!(
            quantities("志工动员3万2,500人次，访视6万1200户，发放5万8千份。"),
            ["3万2,500人次", "6万1200户", "5万8千份"]
        );
    }

    #[test]
    fn a_number_said_in_two_magnitudes_is_one_value() {
        assert_eq!(
            quantities("批出逾3亿2千万元，金额1亿4,375万元，去年为23万1千元，参展企业480家次。"),
            ["逾3亿2千万元", "1亿4,375万元", "23万1千元", "480家次"]
        );
        let value = |s: &str| {
            let dates = dates::find_dates(s, Some(2020));
            let (_, _, q) = &find_quantities(s, &dates)[0];
            (q.value.to_string(), q.unit, q.bound)
        };
        assert_eq!(
            value("逾3亿2千万元"),
            ("320000000".to_string(), Unit::Cny, Bound::AtLeast)
        );
        assert_eq!(
            value("金额3亿2,460万元"),
            ("324600000".to_string(), Unit::Cny, Bound::Exact)
        );
        assert_eq!(
            value("去年为23万1千元"),
            ("231000".to_string(), Unit::Cny, Bound::Exact)
        );
        assert_eq!(
            value("存栏3万2千头"),
            ("32000".to_string(), Unit::Count, Bound::Exact)
        );
    }

    #[test]
    fn a_wage_said_in_thousands_and_a_digit_is_money() {
        let got = found_of("合作社用工\n\n青石合作社常年用工十来人，一个月工资三千五左右。");
        let f = got.iter().find(|(t, ..)| t == "三千五左右");
        assert!(f.is_some(), "{got:?}");
        let dates = dates::find_dates("一个月工资三千五左右", Some(2020));
        let q = find_quantities("一个月工资三千五左右", &dates);
        assert_eq!(
            q.last().map(|(_, _, q)| (q.value.to_string(), q.unit)),
            Some(("3500".to_string(), Unit::Cny))
        );
    }

    #[test]
    fn a_small_range_of_money_is_kept() {
        assert_eq!(
            quantities("价钱比市场高两三块钱，门票贵四五元"),
            ["两三块钱", "四五元"]
        );
        // A small range of a count stays too loose to keep.
        assert_eq!(quantities("每天发七八个航次"), Vec::<String>::new());
    }

    #[test]
    fn jin_wells_declarations_and_vehicle_trips_are_read() {
        assert_eq!(
            quantities("玉米亩产800斤左右，产量稳定在12亿斤以上"),
            ["800斤左右", "12亿斤以上"]
        );
        let s = "今年水稻亩产1200斤。";
        let dates = dates::find_dates(s, Some(2020));
        let (_, _, q) = &find_quantities(s, &dates)[0];
        // Half a kilogram: 1200斤 is 0.6 t.
        assert_eq!(
            (q.value.to_string(), q.unit),
            ("0.6".to_string(), Unit::Tonne)
        );
        assert_eq!(quantities("新打机电井260眼，眼下正在验收"), ["260眼"]);
        assert_eq!(quantities("申报清单约58万票，票价不变"), ["约58万票"]);
        assert_eq!(quantities("出入境货车日均约900辆次"), ["约900辆次"]);
    }

    #[test]
    fn rides_packs_crops_and_classes_are_counted() {
        assert_eq!(
            quantities("假期地铁运送乘客52.3万乘次，全年累计1.2亿乘次"),
            ["52.3万乘次", "1.2亿乘次"]
        );
        // A pack's size and the crop just picked count nothing.
        assert_eq!(
            quantities("一盒20袋，网上月销量超过3万盒"),
            ["20袋", "超过3万盒"]
        );
        assert_eq!(quantities("最后一茬已经采完，今年共采摘了四茬"), ["四茬"]);
        assert_eq!(quantities("开发出8大类产品"), ["8大类"]);
    }

    #[test]
    fn a_time_word_ends_a_name_walked_back_from_its_ending() {
        let got = found_of(
            "吉木乃口岸货运量创新高\n\n吉木乃口岸去年进出口货运量达1800万吨。中吉原油管道全年经口岸输送原油约600万吨，占口岸货运量的三成。\
             口岸货运量今年力争达到2000万吨。",
        );
        assert!(
            got.iter()
                .all(|(_, s, _)| s.as_deref().is_none_or(|s| !s.contains("经口岸"))),
            "{got:?}"
        );
        assert_eq!(one(&got, "2000万吨").0, Some("吉木乃口岸"), "{got:?}");
    }

    #[test]
    fn a_prefecture_is_a_place() {
        let x = extract(
            "t.txt",
            "楚雄旅游\n\n楚雄彝族自治州去年实现旅游收入95亿元。全州接待游客2100万人次。",
            &Known::new(),
        )
        .unwrap();
        let e = x
            .facts
            .entities
            .iter()
            .find(|e| e.name == "楚雄彝族自治州")
            .expect("the prefecture is named");
        assert_eq!(e.kind, "prefecture");
        assert!(PLACE_KINDS.contains(&e.kind.as_str()));
        let got: Vec<_> = x
            .found
            .iter()
            .map(|f| (f.text.as_str(), f.subject.as_deref()))
            .collect();
        assert!(
            got.contains(&("2100万人次", Some("楚雄彝族自治州"))),
            "{got:?}"
        );
        let names = |t: &str| -> Vec<(String, Option<String>)> {
            find_places(t)
                .into_iter()
                .map(|m| (m.name, m.new_kind))
                .collect()
        };
        assert_eq!(
            names("锡林郭勒盟今年"),
            vec![("锡林郭勒盟".to_string(), Some("prefecture".to_string()))]
        );
    }

    #[test]
    fn a_plant_named_near_its_zone_keeps_its_values() {
        let got = found_of(
            "星河新能源汽车工厂投产\n\n7月8日，星河汽车有限公司滨江超级工厂正式投产。\
             该工厂位于滨江经济开发区，总投资60亿元，占地900亩。工厂建有四大工艺车间，投用机器人800余台。",
        );
        assert_eq!(one(&got, "60亿元").0, Some("滨江超级工厂"), "{got:?}");
        // The zone it stands in is only where: the next sentence goes on
        // about the plant.
        assert_eq!(one(&got, "800余台").0, Some("滨江超级工厂"), "{got:?}");
        // A phase of the company's project said with the company is no
        // name of its own.
        let got = found_of("星河电子有限公司二期项目今年5月投产，新增产值30亿元。");
        assert_ne!(one(&got, "30亿元").0, Some("二期项目"), "{got:?}");
    }

    #[test]
    fn explain_names_the_rules_that_found_a_name() {
        let why = |text: &str, v: &str| -> String {
            extract("t.txt", text, &Known::new())
                .unwrap()
                .found
                .into_iter()
                .find(|f| f.text == v)
                .unwrap_or_else(|| panic!("{v} not found"))
                .why
        };
        let text = "磊岗水利枢纽工程开工\n\n本报讯 水利厅介绍，工程今年开工。\n\n\
                    磊岗工程总投资36亿元，由大坝工程和供水工程两部分组成。";
        let w = why(text, "36亿元");
        assert!(
            w.contains("磊岗工程: a project said short by the stem"),
            "{w}"
        );
        assert!(w.contains("组成 lists are no subjects"), "{w}");
        let w = why("吉木乃口岸去年进出口货运量达600万吨。", "600万吨");
        assert!(w.contains("a land port, named by its ending 口岸"), "{w}");
        let w = why("梧岭港去年完成货物吞吐量320万吨。", "320万吨");
        assert!(w.contains("a port, named by its ending 港"), "{w}");
        let w = why("拉憨跨境物流产业园去年实现货运量18.6万吨。", "18.6万吨");
        assert!(w.contains("single characters"), "{w}");
        let w = why("一季度青川市实现地区生产总值218.5亿元。", "218.5亿元");
        assert!(w.contains("time word"), "{w}");
        let w = why("展会在宁都县举办，共有企业120家参展。", "120家");
        assert!(w.contains("宁都县: a known place stem ending"), "{w}");
    }

    #[test]
    fn no_name_starts_inside_a_value_or_inside_qizhong() {
        let got = found_of(
            "青川县集体经济\n\n石桥村今年集体收入52万元。村里用这笔钱修了三公里村路，还发放慰问金八万元。\
             全县住院报销比例为75%，其中城乡居民为68%。",
        );
        assert!(
            got.iter()
                .all(|(_, s, _)| !matches!(s.as_deref(), Some("三公里村" | "村" | "中城乡"))),
            "{got:?}"
        );
        // Sumus and towns counted are no town named 苏木镇.
        let got = found_of(
            "科右旗光伏\n\n科右旗建有光伏电站一百座，覆盖全旗十二个苏木镇、九十个嘎查村。\
             其中，集中式电站六座，装机容量八万千瓦。",
        );
        assert_eq!(one(&got, "八万千瓦").0, Some("科右旗"), "{got:?}");
    }

    #[test]
    fn a_place_word_of_jieba_does_not_carry_a_name_across_an_ending() {
        // jieba reads 镇巴 (a county elsewhere) across the town's ending.
        let got = found_of("和平镇巴音嘎查的村级电站装机容量二百千瓦。");
        assert_eq!(one(&got, "二百千瓦").0, Some("巴音嘎查"), "{got:?}");
    }

    #[test]
    fn a_headline_name_said_with_another_place_gives_way_to_the_body_name() {
        let got = found_of(
            "宿迁农产品冷链物流园投运\n\n3月8日，位于宿迁市宿城区的苏北农产品冷链物流园正式投运。\
             \n\n据介绍，今年预计交易额突破50亿元。",
        );
        assert_eq!(
            one(&got, "突破50亿元").0,
            Some("苏北农产品冷链物流园"),
            "{got:?}"
        );
        let m = |name: &str, kind: &str| Mention {
            start: 0,
            end: name.len(),
            name: name.to_string(),
            new_kind: Some(kind.to_string()),
            sentence: 1,
            how: None,
        };
        // Another thing with the same ending is not the same thing renamed.
        assert!(!same_thing_renamed(
            "宿迁农产品冷链物流园",
            &m("苏北物流园", "park")
        ));
        assert!(!same_thing_renamed(
            "宿迁农产品冷链物流园",
            &m("宿迁市", "city")
        ));
    }

    #[test]
    fn a_sentence_opening_with_x_shi_is_about_x() {
        let got = found_of(
            "青川县发展集体经济\n\n石桥村是青川县重点扶持的易地搬迁安置村之一，现有村民3200人。\
             近年来建成温室120座。村里集体收入增加30万元，全村860户村民每户分红500元。",
        );
        assert_eq!(one(&got, "120座").0, Some("石桥村"), "{got:?}");
        assert_eq!(one(&got, "30万元").0, Some("石桥村"), "{got:?}");
        // Villagers are counted as villagers, or by households.
        assert_eq!(one(&got, "3200人").1, "villager_count", "{got:?}");
        assert_eq!(one(&got, "860户").1, "household_count", "{got:?}");
    }

    #[test]
    fn a_place_stem_opening_with_a_stop_character_is_kept_whole() {
        let names =
            |t: &str| -> Vec<String> { find_places(t).into_iter().map(|m| m.name).collect() };
        assert_eq!(names("今年向阳村分红36万元"), vec!["向阳村"]);
        assert_eq!(names("在和平镇举行"), vec!["和平镇"]);
        // 向 as a preposition still stops the name.
        assert_eq!(names("向青川县捐赠"), vec!["青川县"]);
        // A county's stem ending with such a character, after a
        // preposition; a verb of origin is no part of the town after it.
        assert_eq!(names("展会在宁都县举办"), vec!["宁都县"]);
        assert_eq!(names("他来自青塘镇"), vec!["青塘镇"]);
    }

    #[test]
    fn the_whole_province_is_the_offices_and_a_base_compared_with_is_not() {
        let got = found_of(
            "马铃薯种植面积稳中有增\n\n记者从甘肃省农业农村厅获悉，今年全省马铃薯种植面积达到1020万亩。",
        );
        assert_eq!(one(&got, "1020万亩").0, Some("甘肃省"));
        let got = found_of(
            "马铃薯产业\n\n记者从甘肃省农业农村厅获悉，临泽县今年马铃薯产量达到12万吨，占全省比重约一成。",
        );
        assert_eq!(one(&got, "约一成").0, Some("临泽县"));
    }

    #[test]
    fn a_member_named_after_qizhong_takes_no_value_before_it() {
        // 其中 names one of what was counted: the counts before it are the
        // thread's, not that member's.
        let got = found_of(
            "青石县公路建设提速\n\n今年青石县新建公路两条。线路穿行于山区，共有桥梁42座、隧道13座，其中最长的白云隧道长约6公里。",
        );
        assert_eq!(one(&got, "42座").0, Some("青石县"));
        assert_eq!(one(&got, "13座").0, Some("青石县"));
        assert_eq!(one(&got, "约6公里").0, Some("白云隧道"));
    }

    #[test]
    fn one_of_the_people_owns_what_their_clause_counts() {
        // A whole name jieba reads after a title, a verb right after it;
        // the scene (在X镇，…) is only where that person's figures are.
        let got = found_of(
            "青石县油茶丰收\n\n青石县今年新增油茶林3万亩。在南坪镇，种植户李国平承包的420亩油茶林进入盛产期，收入可达80万元。",
        );
        assert_eq!(one(&got, "420亩").0, Some("李国平"));
        assert_eq!(one(&got, "80万元").0, Some("李国平"));
        // One of the people counts their own catch; an official does not.
        let got = found_of(
            "青石县秋汛\n\n在青石县南坪镇，渔民王德顺和两个儿子驾驶小船，一个秋汛捕了四百多尾。",
        );
        assert_eq!(one(&got, "四百多尾").0, Some("王德顺"));
        let got = found_of("青石县秋汛\n\n青石县渔政局局长吴建国说，全县今年放流鱼苗四百多万尾。");
        assert_ne!(one(&got, "四百多万尾").0, Some("吴建国"));
    }

    #[test]
    fn a_whole_a_verb_acts_on_is_not_the_subject() {
        // 对全市…, 集聚了全市…: the subject said before 全X owns the value.
        let got = found_of(
            "青石县公交提质\n\n青石县交通运输局还对全县86个公交站台进行了改造。南坪园区作为主要承载地，集聚了全县近六成的企业。",
        );
        assert_eq!(one(&got, "86个").0, Some("青石县交通运输局"));
        assert_eq!(one(&got, "近六成").0, Some("南坪园区"));
        // 全县 opening its clause is the county.
        let got = found_of("青石县公交提质\n\n青石县交通运输局介绍，全县已建成公交站台86个。");
        assert_eq!(one(&got, "86个").0, Some("青石县"));
    }

    #[test]
    fn a_role_said_by_its_ending_makes_one_of_the_people() {
        // 志愿者, 创业者: a role by its 者 before a name; a quote in corner
        // brackets is a quote.
        let got = found_of(
            "青石县支教\n\n来自青石大学的志愿者张悦被分配到一所乡村小学。“学校有三百来个学生。”她说。",
        );
        assert_eq!(one(&got, "三百来个").0, Some("张悦"));
        let got = found_of(
            "青石創業\n\n青石縣新設創業基地2個。「我們公司去年營收不到三百萬元。」來自香港的創業者陳卓謙說。",
        );
        assert_eq!(one(&got, "不到三百萬元").0, Some("陳卓謙"));
        // The reporter is no role of the people.
        assert!(!people_title_before("本报记者"));
        assert!(people_title_before("管护员"));
    }

    #[test]
    fn a_value_quoted_from_one_of_the_people_is_theirs() {
        // A surname jieba split from the given name after 村民.
        let got = found_of(
            "青石县去年新建蔬菜大棚320个。南坪村村民何/秀兰一家都在大棚务工，“一年下来挣了三万多元。”"
                .replace('/', "")
                .as_str(),
        );
        assert_eq!(one(&got, "三万多元").0, Some("何秀兰"));
        // A quote opening the sentence after the one naming the person.
        let got = found_of(
            "青石县去年新建蔬菜大棚320个。南坪村菜农何秀兰家承包了两个大棚。“一个棚一年能挣两万元左右。”她说。",
        );
        assert_eq!(one(&got, "两万元左右").0, Some("何秀兰"));
        // An official's quote stays the place's.
        let got = found_of("青石县县长吴建国说，“全县今年新建蔬菜大棚320个。”");
        assert_ne!(one(&got, "320个").0, Some("吴建国"));
    }

    #[test]
    fn an_office_with_its_other_name_in_brackets_speaking_is_a_source() {
        let got = found_of(
            "专利结构优化\n\n青石县市场监督管理局（知识产权局）负责人介绍，去年全县专利授权量2860件，同比增长8%，其中发明专利授权910件，同比增长12%。",
        );
        assert_eq!(one(&got, "2860件").0, Some("青石县"));
        assert_eq!(one(&got, "910件").0, Some("青石县"));
        assert_eq!(one(&got, "12%").0, Some("青石县"));
    }

    #[test]
    fn an_office_speaking_hands_the_thread_to_its_place() {
        let got = found_of(
            "促消费活动\n\n青石县商务局相关负责人表示，今年1—8月，全县实现社会消费品零售总额86.2亿元。\
             下阶段，将继续办好促消费活动，力争全年销售额突破130亿元。",
        );
        assert_eq!(one(&got, "突破130亿元").0, Some("青石县"));
        let why = extract("t.txt", "促消费活动\n\n青石县商务局相关负责人表示，今年1—8月，全县实现社会消费品零售总额86.2亿元。\
             下阶段，将继续办好促消费活动，力争全年销售额突破130亿元。", &Known::new())
        .unwrap()
        .found
        .into_iter()
        .find(|f| f.text == "突破130亿元")
        .unwrap()
        .why;
        assert!(why.contains("the office that spoke"), "{why}");
    }

    #[test]
    fn numbered_lines_are_named_and_their_ends_are_no_subjects() {
        let got = found_of(
            "青川轨道交通5号线二期工程昨日开工，总投资120亿元。\
             5号线二期南起柳湾站，北至北湖公园站，全长18.2公里。\
             目前1号线、2号线日均客运量分别为8万人次和6万人次。",
        );
        assert_eq!(one(&got, "120亿元").0, Some("青川轨道交通5号线二期工程"));
        assert_eq!(one(&got, "18.2公里").0, Some("5号线二期"));
        assert_eq!(one(&got, "8万人次").0, Some("1号线"));
        assert_eq!(one(&got, "6万人次").0, Some("2号线"));
        // A company forecasting is where the figures come from.
        let got = found_of(
            "青石市轨道交通集团预测，5号线初期日均客流约6万人次，到2030年将超过12万人次。",
        );
        assert_eq!(one(&got, "超过12万人次").0, Some("5号线"));
    }

    #[test]
    fn a_plant_said_by_common_nouns_after_its_company_is_named_whole() {
        let text = "远山材料基地投产\n\n7月2日，远山新材料（湖州）有限公司生产基地正式投产。\
                    该基地总投资45亿元，基地现有员工1200人。";
        let got = found_of(text);
        let whole = Some("远山新材料（湖州）有限公司生产基地");
        assert_eq!(one(&got, "45亿元").0, whole, "{got:?}");
        assert_eq!(one(&got, "1200人").0, whole, "{got:?}");
        let why = extract("t.txt", text, &Known::new()).unwrap().found[0]
            .why
            .clone();
        assert!(why.contains("named whole"), "{why}");
    }

    #[test]
    fn common_words_ending_like_places_are_no_names() {
        let got = found_of(
            "青岚港吞吐量创新高\n\n青岚港今年完成货物吞吐量3200万吨，其中经青岚港转运的占比超过六成。\
             青岚港北湾港区新建泊位4个，港区生产性泊位增至30个。青岚县开通城乡公交线路12条，\
             新改建县乡道86公里，力争村均收入达到20万元。园区规划面积12平方公里，已建成区8平方公里。",
        );
        let s30 = one(&got, "30个").0.unwrap_or("");
        assert!(s30.len() > "港区".len() && s30.ends_with("港区"), "{got:?}");
        assert_eq!(one(&got, "12条").0, Some("青岚县"), "{got:?}");
        assert_eq!(one(&got, "86公里").0, Some("青岚县"), "{got:?}");
        assert_eq!(one(&got, "20万元").0, Some("青岚县"), "{got:?}");
        assert_ne!(one(&got, "8平方公里").0, Some("已建成区"), "{got:?}");
        assert_eq!(one(&got, "超过六成").0, Some("青岚港"), "{got:?}");
        // A county of two characters jieba does not know is a county.
        let got = found_of("丁县位于青川市。丁县今年新建学校5所。");
        assert_eq!(one(&got, "5所").0, Some("丁县"), "{got:?}");
        // Inside a project's name, opening a clause: that project.
        let got = found_of(
            "青河县东风渠灌区续建配套工程完工\n\n本报讯 青河县东风渠灌区续建配套工程日前完工。\
             改造完成后，灌区有效灌溉面积达到21万亩。",
        );
        assert_eq!(
            one(&got, "21万亩").0,
            Some("青河县东风渠灌区续建配套工程"),
            "{got:?}"
        );
        // 泰和/nz: a place jieba knows whole, its 和 no conjunction.
        let got = found_of("泰和县招商引资成效显现\n\n泰和工业园区去年新增入园企业35家。");
        assert_eq!(one(&got, "35家").0, Some("泰和工业园区"), "{got:?}");
    }

    #[test]
    fn a_locative_before_a_common_noun_ending_a_place_closes_a_phrase() {
        // 秋灌结束后|灌区: when, then the district said before.
        let got = found_of(
            "青河灌区秋灌\n\n青河灌区今年秋灌面积30万亩。秋灌结束后灌区地下水位将回升0.5米。",
        );
        assert_eq!(one(&got, "0.5米").0, Some("青河灌区"), "{got:?}");
    }

    #[test]
    fn the_headlines_abbreviation_is_an_alias_of_the_full_name() {
        let got = found_of(
            "临大一附院去年接诊超百万人次\n\n本报讯 临川大学第一附属医院召开年度工作会议，\
             医院全年接诊102.6万人次。",
        );
        assert_eq!(
            one(&got, "超百万人次").0,
            Some("临川大学第一附属医院"),
            "{got:?}"
        );
        let x = extract(
            "t.txt",
            "临大一附院去年接诊超百万人次\n\n本报讯 临川大学第一附属医院召开年度工作会议，\
             医院全年接诊102.6万人次。",
            &Known::new(),
        )
        .unwrap();
        let e = x
            .facts
            .entities
            .iter()
            .find(|e| e.name == "临川大学第一附属医院");
        assert!(
            e.is_some_and(|e| e.aliases.iter().any(|a| a == "临大一附院")),
            "{:?}",
            x.facts.entities
        );
        assert!(abbreviates("郑大一附院", "郑州大学第一附属医院"));
        // A name inside the full one is no abbreviation of it.
        assert!(!abbreviates("附属医院", "郑州大学第一附属医院"));
        // 分院区看: what the breakdown is by, no name.
        let got =
            found_of("医院门诊\n\n分院区看，东湖院区全年接诊41.2万人次；西山院区接诊35.6万人次。");
        assert_ne!(one(&got, "41.2万人次").0, Some("分院区"), "{got:?}");
    }

    #[test]
    fn a_companys_goods_and_their_prices_are_its_own_figures() {
        let got = found_of(
            "青石钢铁11月产钢30万吨\n\n12月3日，青石钢铁股份有限公司披露11月生产快报。\
             11月，公司生产粗钢30万吨。\n\n销售方面，公司销售钢材38万吨；钢材出口3.2万吨，\
             出口量同比增长近四成。当月钢材平均售价为每吨3500元，环比下跌57元。",
        );
        assert_eq!(
            one(&got, "3.2万吨").0,
            Some("青石钢铁股份有限公司"),
            "{got:?}"
        );
        assert_eq!(
            one(&got, "3500元").0,
            Some("青石钢铁股份有限公司"),
            "{got:?}"
        );
    }

    #[test]
    fn an_irrigation_sub_district_is_named_by_its_ending() {
        let got = found_of(
            "河套灌区配水\n\n河套灌区今年秋浇配水11亿立方米。乌拉特灌域配水1.42亿立方米，\
             秋浇面积68万亩。",
        );
        assert_eq!(one(&got, "1.42亿立方米").0, Some("乌拉特灌域"), "{got:?}");
        assert_eq!(one(&got, "68万亩").0, Some("乌拉特灌域"), "{got:?}");
    }

    #[test]
    fn a_bare_ending_opening_a_name_means_the_name_said_before() {
        let got = found_of(
            "医院年度会\n\n临川大学第一附属医院召开年度工作会议。按照规划，\
             医院东湖院区二期将于今年9月投入使用，新增床位1200张。",
        );
        assert_eq!(one(&got, "1200张").0, Some("东湖院区"), "{got:?}");
        // A common compound stays whole: the airport's cargo area.
        let got = found_of(
            "机场货运\n\n青石国际机场今年旅客吞吐量增长。机场货运区日均处理货物520吨左右。",
        );
        assert_ne!(one(&got, "520吨左右").0, Some("货运区"), "{got:?}");
    }

    #[test]
    fn cunzhai_is_villages_not_a_village_named() {
        let got = found_of(
            "旅游线路\n\n青石州今年接待游客300万人次。下一步，全州将推出冬季“侗家村寨过大年”\
             系列线路12条。",
        );
        assert_ne!(one(&got, "12条").0, Some("侗家村"), "{got:?}");
    }

    #[test]
    fn the_items_of_a_breakdown_open_their_clauses() {
        let got = found_of(
            "青石县网络零售\n\n青石县今年网络零售额12亿元。分品类看，竹编工艺品销售额5.2亿元，\
             同比增长18%；茶叶礼盒实现销售额3.1亿元；山货干果销售额8600万元。全县快递量增长9%。",
        );
        assert_eq!(one(&got, "5.2亿元").0, Some("竹编工艺品"), "{got:?}");
        assert_eq!(one(&got, "18%").0, Some("竹编工艺品"), "{got:?}");
        assert_eq!(one(&got, "3.1亿元").0, Some("茶叶礼盒"), "{got:?}");
        assert_eq!(one(&got, "8600万元").0, Some("山货干果"), "{got:?}");
        // The breakdown ends with its sentence.
        assert_eq!(one(&got, "9%").0, Some("青石县"), "{got:?}");
    }

    #[test]
    fn a_prefecture_said_by_its_stem_and_zhou_is_a_place() {
        // 黔西南州/ns: no 自治州 said anywhere, jieba knows it whole.
        let got = found_of(
            "旅游数据\n\n黔西南州文体旅游局发布数据：全州共接待游客300万人次。\
             红河州今年接待游客210万人次。",
        );
        assert_eq!(one(&got, "300万人次").0, Some("黔西南州"), "{got:?}");
        assert_eq!(one(&got, "210万人次").0, Some("红河州"), "{got:?}");
        // 分县市看: by county and city, no place 分县市.
        let got = found_of("旅游数据\n\n分县市看，晴川县接待游客56万人次，旅游收入4.8亿元。");
        assert_eq!(one(&got, "4.8亿元").0, Some("晴川县"), "{got:?}");
    }

    #[test]
    fn a_prefecture_said_short_and_the_name_the_headline_ends_with() {
        let got = found_of(
            "湘岭州油茶产值突破50亿元\n\n本报讯 湘岭苗族侗族自治州各地油茶进入采收期。\
             全州油茶面积达到120万亩，其中岭口市30万亩。\n\n去年，湘岭州油茶出口额1.2亿美元。",
        );
        let whole = Some("湘岭苗族侗族自治州");
        assert_eq!(one(&got, "突破50亿元").0, whole, "{got:?}");
        assert_eq!(one(&got, "1.2亿美元").0, whole, "{got:?}");
        // The headline said 生产基地: the body's name ending so is the
        // article's topic, not the zone named before it.
        let got = found_of(
            "青川一储能电池生产基地投产\n\n记者从青川县发展改革局获悉，位于青川经济开发区的\
             恒达储能科技（青川）有限公司电池生产基地6日投产。\n\n项目全面达产后，预计年产值超过80亿元。",
        );
        assert_eq!(
            one(&got, "超过80亿元").0,
            Some("恒达储能科技（青川）有限公司电池生产基地"),
            "{got:?}"
        );
    }

    #[test]
    fn two_names_joined_by_he_county_and_a_hospital_said_with_its_level() {
        let got = found_of(
            "青石县医疗项目推进\n\n医疗方面，青石县人民医院门诊楼和县妇幼保健院迁建工程分别投资3.2亿元和1.8亿元。\
             县人民医院今年新购大型设备45台。",
        );
        assert_eq!(
            one(&got, "3.2亿元").0,
            Some("青石县人民医院门诊楼"),
            "{got:?}"
        );
        assert_eq!(
            one(&got, "1.8亿元").0,
            Some("县妇幼保健院迁建工程"),
            "{got:?}"
        );
        // The county's hospital, said short: the name said whole before.
        assert_eq!(one(&got, "45台").0, Some("青石县人民医院"), "{got:?}");
    }

    #[test]
    fn a_place_jieba_knows_whole_ending_like_a_common_word() {
        // 盐城市: the walk over characters reads 城市, a common word.
        let got = found_of(
            "青石县水利建设提速\n\n青石县今年新建泵站12座。\n\n记者从省水利厅了解到，\
             盐城市今年计划实施水利项目40个。",
        );
        assert_eq!(one(&got, "40个").0, Some("盐城市"), "{got:?}");
    }

    #[test]
    fn a_kind_after_qizhong_and_what_a_speaker_says() {
        // 其中小学学位: a kind of the places counted, not the school.
        let got = found_of(
            "青石县教育投入加大\n\n青石县今年新建学校3所，青石县实验小学新校区投入使用。\
             全县新增学位2400个，其中小学学位1500个、初中学位900个。",
        );
        assert_eq!(one(&got, "1500个").0, Some("青石县"), "{got:?}");
        // What a speaker says is about the place named before them.
        let got = found_of(
            "青石县招商引资提速\n\n青石县今年签约项目18个。县委书记张文华在签约现场表示，\
             全县将落实专班服务机制，力争项目开工率达到85%以上。在东坪镇东坪村，村党支部书记刘国强算了一笔账：\
             “过去一亩地浇一次水要花80多元。”",
        );
        assert_eq!(one(&got, "85%以上").0, Some("青石县"), "{got:?}");
        assert!(
            one(&got, "80多元").0.is_some_and(|s| s.ends_with("东坪村")),
            "{got:?}"
        );
    }

    #[test]
    fn a_place_opening_the_sentence_as_its_own_clause_sets_the_scene() {
        let got = found_of(
            "青石县道路建设\n\n青石县去年新建农村公路120公里。\
             在东坪镇，一条8公里长的产业路连起了6个村的3000亩果园。",
        );
        assert_eq!(one(&got, "8公里").0, Some("东坪镇"), "{got:?}");
        assert_eq!(one(&got, "3000亩").0, Some("东坪镇"), "{got:?}");
        let why = extract(
            "t.txt",
            "青石县道路\n\n青石县修路。在东坪镇，一条路长8公里。",
            &Known::new(),
        )
        .unwrap()
        .found
        .into_iter()
        .find(|f| f.text == "8公里")
        .unwrap()
        .why;
        assert!(why.contains("the scene"), "{why}");
    }

    #[test]
    fn counties_counted_are_no_county() {
        let names =
            |t: &str| -> Vec<String> { find_places(t).into_iter().map(|m| m.name).collect() };
        assert!(
            !names("灌区覆盖青石、东坪两县的12个乡镇")
                .iter()
                .any(|n| n.ends_with("两县")),
            "{:?}",
            names("灌区覆盖青石、东坪两县的12个乡镇")
        );
        // A name opening with a number is still a name.
        assert_eq!(names("三河市今年新建"), ["三河市"]);
    }

    #[test]
    fn a_headline_value_goes_to_the_body_name_ending_as_the_headline_says() {
        let got = found_of(
            "青川一储能电池生产基地投产 一期年产值30亿元\n\n记者从青川县发展改革局获悉，\
             位于青川经济开发区的恒达储能科技（青川）有限公司电池生产基地6日投产。",
        );
        assert_eq!(
            one(&got, "30亿元").0,
            Some("恒达储能科技（青川）有限公司电池生产基地"),
            "{got:?}"
        );
    }

    #[test]
    fn an_institution_named_with_its_place_is_the_topic_said_short_and_whole() {
        let got = subjects_of(
            "青石县人民医院去年接诊病人12万人次\n\n其中，住院病人8600人次。\n\n\
             在服务基层方面，县医院新增床位120张。\n\n全院现有医生310名。",
        );
        for (v, s) in &got {
            assert_eq!(s.as_deref(), Some("青石县人民医院"), "{v}: {got:?}");
        }
        // Four values and 去年, a date of its own in a text printing no
        // year (Y-1).
        assert_eq!(got.len(), 5, "{got:?}");
        // A bureau said short speaks for its place: no short form of it.
        assert!(level_short_forms("青石县统计局", Some("organisation")).is_empty());
        assert_eq!(
            level_short_forms("青石县人民法院", Some("institution")),
            ["县人民法院", "县法院"]
        );
    }

    #[test]
    fn the_name_a_headline_opens_with_is_the_topic_whatever_cut_it() {
        // Its place alone was taken (青石市), or a shorter name cut at a
        // direction word (西部/f); the body says the whole name again.
        for (text, value, want) in [
            (
                "青石市图书馆发布年度阅读报告\n\n\
                 本报讯 4月23日，青石市图书馆发布报告。全年接待到馆读者283.6万人次。",
                "283.6万人次",
                "青石市图书馆",
            ),
            (
                "西部计划青石项目1860名志愿者陆续到岗\n\n\
                 本报讯 日前，大学生志愿服务西部计划青石项目新招募的1860名志愿者完成培训。\
                 其中，基础教育专项志愿者520名。",
                "520名",
                "西部计划青石项目",
            ),
        ] {
            let got = subjects_of(text);
            let s = got
                .iter()
                .find(|(x, _)| x == value)
                .and_then(|(_, s)| s.as_deref());
            assert_eq!(s, Some(want), "{got:?}");
        }
        // A noun after it goes on with the name: 石岛中心 is none.
        let got = subjects_of(
            "白沙中心渔港开海10天卸港水产品4.6万吨\n\n\
             本报讯 白沙中心渔港开海10天，卸港水产品4.6万吨。",
        );
        assert!(
            got.iter().all(|(_, s)| s.as_deref() != Some("白沙中心")),
            "{got:?}"
        );
    }

    #[test]
    fn each_line_of_a_dash_list_is_its_items() {
        // An item before the word naming its first figure, whatever its
        // ending; and one before a colon.
        let got = subjects_of(
            "青石市免税购物增长两成\n\n青石海关监管免税购物金额26.8亿元。\n\n\
             分店铺看，各免税店销售情况如下：\n\
             ——白沙国际免税城销售额11.4亿元，同比增长19.8%；\n\
             ——青石港区：货物吞吐量412.7万吨，同比增长9.4%。",
        );
        for (v, want) in [
            ("11.4亿元", "白沙国际免税城"),
            ("19.8%", "白沙国际免税城"),
            ("412.7万吨", "青石港区"),
            ("9.4%", "青石港区"),
        ] {
            let s = got
                .iter()
                .find(|(x, _)| x == v)
                .and_then(|(_, s)| s.as_deref());
            assert_eq!(s, Some(want), "{v}: {got:?}");
        }
    }

    #[test]
    fn a_name_the_headline_said_around_its_place_is_the_topic() {
        // The headline's place is taken first; the body's opening names the
        // procuratorate the headline said whole: its report's figures.
        let got = subjects_of(
            "青石市柳河区人民检察院工作报告（摘要）\n\n\
             2025年，柳河区人民检察院全年共办理各类案件3200件。\n\n\
             一、依法履行刑事检察职能\n\n全年受理审查逮捕案件510件。",
        );
        let last = got.iter().find(|(v, _)| v == "510件");
        assert_eq!(
            last.and_then(|(_, s)| s.as_deref()),
            Some("柳河区人民检察院"),
            "{got:?}"
        );
        // A subtitle says the cooperative by its county and its ending.
        let got = subjects_of(
            "草原上的“羊账本”\n——白沙县一个牧民合作社的致富路\n\n\
             初冬时节，白沙县草场已是一片枯黄。\n\n\
             在白沙县青草滩肉羊养殖专业合作社的圈舍里，牧民们正忙着添草料。\n\n\
             “去年出栏肉羊860只，收入300万元。”",
        );
        for v in ["860只", "300万元"] {
            let s = got
                .iter()
                .find(|(x, _)| x == v)
                .and_then(|(_, s)| s.as_deref());
            assert_eq!(s, Some("白沙县青草滩肉羊养殖专业合作社"), "{v}: {got:?}");
        }
    }

    #[test]
    fn an_announcements_declared_project_owns_its_sections_items() {
        // The label says the name whole, whatever the words make of it;
        // the site after 项目选址： is where, not what is measured.
        let got = subjects_of(
            "青石新材料股份有限公司关于投资建设项目的公告\n\
             重要内容提示：\n\
             ●投资项目名称：年产5万吨电池材料及配套1万吨添加剂项目（以下简称“本项目”）。\n\
             一、对外投资概述\n\
             公司于2026年3月2日召开董事会会议，审议通过了投资议案。\n\
             二、投资项目基本情况\n\
             1、项目选址：柳河区化工园区，用地面积约150亩\n\
             2、建设内容：新建生产线3条，总建筑面积约4.5万平方米。\n\
             三、对公司的影响\n\
             公司2025年实现营业收入21.3亿元。",
        );
        for v in ["约150亩", "3条", "约4.5万平方米"] {
            let s = got
                .iter()
                .find(|(x, _)| x == v)
                .and_then(|(_, s)| s.as_deref());
            assert_eq!(
                s,
                Some("年产5万吨电池材料及配套1万吨添加剂项目"),
                "{v}: {got:?}"
            );
        }
        let s = got
            .iter()
            .find(|(x, _)| x == "21.3亿元")
            .and_then(|(_, s)| s.as_deref());
        assert_eq!(s, Some("青石新材料股份有限公司"), "{got:?}");
    }

    #[test]
    fn a_place_said_short_after_the_period_opening_its_clause() {
        // A new paragraph naming its place only short, after the months
        // (or the half-year) its clauses open with: that place's figures,
        // not the headline's office's.
        let got = subjects_of(
            "青石供电局今年完成投资3.2亿元\n\n青石市今年新增光伏装机12万千瓦。\n\n\
             1至10月青石全社会用电量86.4亿千瓦时，上半年青石新增充电桩1200个。",
        );
        for v in ["86.4亿千瓦时", "1200个"] {
            assert_eq!(
                subject_of(&got, v).as_deref(),
                Some("青石市"),
                "{v}: {got:?}"
            );
        }
    }

    #[test]
    fn a_word_referring_back_is_no_part_of_the_place_after_it() {
        let got = subjects_of("青石县人民医院今年门诊量增长6%。该院东湖院区3月启用，设床位600张。");
        assert_eq!(
            subject_of(&got, "600张").as_deref(),
            Some("东湖院区"),
            "{got:?}"
        );
    }

    #[test]
    fn a_gathering_after_its_edition_is_named_by_any_ending() {
        // 第12届 said in digits (jieba cuts it apart), and 节 no ending of
        // a fair's list: the edition makes the name.
        let got = subjects_of(
            "记者从青石县体育局获悉，第12届青石湖龙舟节于6月8日在城南区开赛，\
             共有参赛队伍48支、选手1100余名。",
        );
        for v in ["48支", "1100余名"] {
            assert_eq!(
                subject_of(&got, v).as_deref(),
                Some("青石湖龙舟节"),
                "{v}: {got:?}"
            );
        }
        // A standing body's session is no gathering of its own.
        let got = subjects_of("青石股份有限公司第三届董事会第九次会议审议通过投资2亿元的议案。");
        assert_eq!(
            subject_of(&got, "2亿元").as_deref(),
            Some("青石股份有限公司"),
            "{got:?}"
        );
    }

    #[test]
    fn a_fair_or_a_race_is_the_topic_not_its_host_place() {
        // The edition (第三届) opens the name, whatever jieba cut after it.
        let got = subjects_of(
            "第三届青石茶叶博览会在青石县闭幕\n\n记者从青石县商务局获悉，\
             本届博览会共签约项目26个，签约额达18.5亿元。\n\n\
             展会期间累计接待客商3.2万人次。",
        );
        for (v, s) in &got {
            assert_eq!(s.as_deref(), Some("青石茶叶博览会"), "{v}: {got:?}");
        }
        assert_eq!(got.len(), 3, "{got:?}");
        let got = subjects_of("第八届环青石湖自行车赛落幕\n\n本届赛事共有96名车手参赛。");
        assert_eq!(
            got,
            [("96名".to_string(), Some("环青石湖自行车赛".to_string()))]
        );
        // The place's own figures stay the place's.
        let got = subjects_of("青石县去年地区生产总值86.5亿元\n\n全县常住人口31.2万人。");
        for (v, s) in &got {
            assert_eq!(s.as_deref(), Some("青石县"), "{v}: {got:?}");
        }
    }

    #[test]
    fn an_office_publishing_data_is_their_source_not_their_subject() {
        let got = subjects_of(
            "青石县4月新房成交回升\n\n青石县住房和城乡建设局5月3日发布上月网签数据，\
             新建商品住宅成交1200套，环比增长8.5%。",
        );
        // The figures are the place's; the day the office published them
        // is the office's own.
        for (v, s) in &got {
            let want = if v == "5月3日" {
                "青石县住房和城乡建设局"
            } else {
                "青石县"
            };
            assert_eq!(s.as_deref(), Some(want), "{v}: {got:?}");
        }
        assert_eq!(got.len(), 4, "{got:?}");
        assert!(publishes_data("10月24日发布数据，"));
        assert!(!publishes_data("发布新规，"));
    }

    /// 甲局日前发布…运行情况: the day said by a word, the figures called
    /// the market's working, the office is still only their source.
    #[test]
    fn an_office_publishing_on_a_day_said_by_a_word_is_their_source() {
        let got = subjects_of(
            "白沙县二季度二手房成交走高\n\n白沙县房产管理局近日公布二季度房地产市场运行情况。\
             二季度，白沙县城区二手住宅成交860套，环比增长12.5%。",
        );
        for v in ["860套", "12.5%"] {
            assert_eq!(
                subject_of(&got, v).as_deref(),
                Some("白沙县"),
                "{v}: {got:?}"
            );
        }
        assert!(publishes_data("昨日公布上月贸易统计，"));
        // 日 opening 日前 is no day's numeral.
        assert!(publishes_data("日前发布三季度经济运行情况。"));
        assert!(!publishes_data("昨日公布新规，"));
    }

    /// 甘肃青川50万千瓦光伏项目… in the headline, 位于…的50万千瓦光伏项目 in
    /// the body: one project, named from the place before its capacity.
    #[test]
    fn a_headline_project_named_by_its_capacity_is_the_body_one() {
        let got = subjects_of(
            "甘肃青川50万千瓦光伏项目全容量并网\n\n\
             位于青川县石桥镇的50万千瓦光伏项目11月20日实现全容量并网。\
             项目总投资约30亿元。",
        );
        let of = |v: &str| {
            got.iter()
                .find(|(x, _)| x == v)
                .and_then(|(_, s)| s.clone())
        };
        assert_eq!(
            of("11月20日").as_deref(),
            Some("青川50万千瓦光伏项目"),
            "{got:?}"
        );
        assert_eq!(
            of("约30亿元").as_deref(),
            Some("青川50万千瓦光伏项目"),
            "{got:?}"
        );
    }

    /// 中心城区 said again and again is a part of the city with its own
    /// figures; said once, the city's figures only fall there.
    #[test]
    fn a_part_of_the_city_the_text_follows_has_its_own_figures() {
        let got = subjects_of(
            "青川垃圾分类见成效\n\n\
             截至11月底，我市中心城区生活垃圾日均清运量达到2,100吨。\n\n\
             中心城区现有居民小区900个，覆盖率达92.5%。\n\n\
             目前中心城区可回收物日均回收量约500吨。",
        );
        let of = |v: &str| {
            got.iter()
                .find(|(x, _)| x == v)
                .and_then(|(_, s)| s.clone())
        };
        assert_eq!(of("900个").as_deref(), Some("中心城区"), "{got:?}");
        assert_eq!(of("约500吨").as_deref(), Some("中心城区"), "{got:?}");
        // Round 53 review: each city's own 中心城区 is not one place.
        let got = subjects_of(
            "青川城市绿化\n\n成都市中心城区新增绿地120公顷。\n\n\
             绵阳市中心城区新增绿地40公顷。\n\n德阳市中心城区新增绿地30公顷。",
        );
        assert_ne!(
            got.iter()
                .find(|(x, _)| x == "120公顷")
                .and_then(|(_, s)| s.as_deref()),
            Some("中心城区"),
            "{got:?}"
        );
        let got = subjects_of("青川土地市场回暖\n\n今年1至10月，全市中心城区共成交住宅用地36宗。");
        assert_ne!(
            got.iter()
                .find(|(x, _)| x == "36宗")
                .and_then(|(_, s)| s.as_deref()),
            Some("中心城区"),
            "{got:?}"
        );
    }

    #[test]
    fn a_capacity_opening_a_list_item_opens_the_project_name() {
        let got = subjects_of(
            "募集资金投向\n\n（一）年产3万吨特种树脂项目，总投资4.5亿元。\n\n\
             （二）年产8000吨高纯级硅材料项目，总投资2.6亿元。",
        );
        let of = |v: &str| {
            got.iter()
                .find(|(x, _)| x == v)
                .and_then(|(_, s)| s.clone())
        };
        assert_eq!(
            of("4.5亿元").as_deref(),
            Some("年产3万吨特种树脂项目"),
            "{got:?}"
        );
        // 级 (a measure word) inside the name does not cut it.
        assert_eq!(
            of("2.6亿元").as_deref(),
            Some("年产8000吨高纯级硅材料项目"),
            "{got:?}"
        );
        // A place before the verb still opens the name.
        let got = subjects_of("青石县项目开工\n\n青石县年产3万吨特种树脂项目总投资4.5亿元。");
        assert_eq!(
            got.iter()
                .find(|(v, _)| v == "4.5亿元")
                .and_then(|(_, s)| s.as_deref()),
            Some("青石县年产3万吨特种树脂项目"),
            "{got:?}"
        );
    }

    #[test]
    fn an_interview_headline_visits_the_place_it_names() {
        let got = subjects_of(
            "从荒坡到果园——访青石县县长李明\n\n记者：去年青石经济怎么样？\n\n\
             李明：去年全县地区生产总值达到86.5亿元，增长5.1%。",
        );
        // 去年 is a date of its own here (Y-1, no year printed): the
        // values' subjects are what this asks about.
        let got: Vec<_> = got.into_iter().filter(|(v, _)| v != "去年").collect();
        assert_eq!(
            got,
            [
                ("86.5亿元".to_string(), Some("青石县".to_string())),
                ("5.1%".to_string(), Some("青石县".to_string()))
            ]
        );
    }

    #[test]
    fn the_publication_date_given_dates_a_text_that_prints_no_year() {
        let on = |iso: &str| Some(Date::parse_iso(iso, iso).unwrap());
        let year_of = |text: &str, published: Option<Date>| {
            let known = Known::new().with_published(published);
            let x = extract("t.txt", text, &known).unwrap();
            let dates: Vec<String> = x
                .found
                .iter()
                .filter_map(|f| match &f.value {
                    Value::Date(d) => Some(d.iso()),
                    _ => None,
                })
                .collect();
            (x.year, dates)
        };
        let no_year = "青石县新闻\n\n本报讯 12月30日，青石县今年新建学校3所。";
        assert_eq!(year_of(no_year, None).0, None);
        // Published in early January: a dateline of late December is the
        // year before, and so is its 今年.
        assert_eq!(
            year_of(no_year, on("2025-01-02")),
            (
                Some(2024),
                vec!["2024-12-30".to_string(), "2024".to_string()]
            )
        );
        assert_eq!(year_of(no_year, on("2025")).0, Some(2025));
        // A year the dateline prints comes first.
        let printed = "青石县新闻\n\n本报讯 2023年5月4日，青石县今年新建学校3所。";
        assert_eq!(year_of(printed, on("2025-01-02")).0, Some(2023));
        // Before a year the body names as current.
        let body = "青石县新闻\n\n2022年，青石县新建学校3所。";
        assert_eq!(year_of(body, None).0, Some(2022));
        assert_eq!(year_of(body, on("2024-06-01")).0, Some(2024));
    }

    #[test]
    fn a_list_item_is_the_name_right_before_its_value() {
        let got = subjects_of(
            "青石县风电项目并网\n\n青石县已并网的风电项目分别是：\
             华能青石一期山地风电项目30万千瓦；龙源青石一期海上风电项目50万千瓦；\
             大唐青石近海风电项目40万千瓦；以及国家电投青石远海风电项目200万千瓦。",
        );
        let want = [
            ("30万千瓦", "华能青石一期山地风电项目"),
            ("50万千瓦", "龙源青石一期海上风电项目"),
            ("40万千瓦", "大唐青石近海风电项目"),
            ("200万千瓦", "国家电投青石远海风电项目"),
        ];
        for (v, name) in want {
            let got_one = got.iter().find(|(t, _)| t == v);
            assert_eq!(
                got_one.and_then(|(_, s)| s.as_deref()),
                Some(name),
                "{got:?}"
            );
        }
        // A verb phrase or a description before the value is no name.
        for text in [
            "青石县新闻\n\n到2030年，青石县力争累计开发林业碳汇项目100万亩。",
            "青石县新闻\n\n青石县今年将改造提升卸货码头1200米。",
            "青石县新闻\n\n在东坪镇，酿酒葡萄种植基地3万亩。",
        ] {
            let got = subjects_of(text);
            assert!(
                got.iter()
                    .all(|(_, s)| s.as_deref().is_some_and(|s| s.ends_with(['县', '镇']))),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn a_zone_named_with_the_stem_of_a_county_said_before_is_a_name() {
        let got = subjects_of(
            "青石县装备制造业提速\n\n在装备制造方面，青石港经济开发区已集聚装备企业23家。\
             开发区今年计划新引进项目5个。",
        );
        assert_eq!(
            got,
            [
                ("23家".to_string(), Some("青石港经济开发区".to_string())),
                ("5个".to_string(), Some("青石港经济开发区".to_string()))
            ]
        );
    }

    #[test]
    fn what_comes_next_is_no_part_of_the_place_after_it() {
        let got = subjects_of(
            "青石县渔港建设\n\n县长李明表示，下一步青石县将加快推进渔港建设，\
             力争渔业产值突破100亿元。",
        );
        assert_eq!(
            got,
            [("突破100亿元".to_string(), Some("青石县".to_string()))]
        );
    }

    #[test]
    fn a_port_whose_nouns_run_into_its_value_is_named() {
        let got = subjects_of(
            "东宁口岸运输忙\n\n东宁市今年外贸增长。上半年，东宁公路口岸进出境货车2.4万辆次。",
        );
        assert_eq!(
            got,
            [("2.4万辆次".to_string(), Some("东宁公路口岸".to_string()))]
        );
    }

    #[test]
    fn the_day_reported_is_the_topics_and_a_headline_topic_is_its_smallest_place() {
        let got = found_of(
            "青石市东坪区文旅消费升温\n\n本报青石5月6日讯（记者 王林）在青石市举行的推介会上，\
             东坪区接待游客68.5万人次。\n\n景区共接待游客21万人次。",
        );
        assert_eq!(
            one(&got, "5月6日"),
            (Some("东坪区"), "date_reported"),
            "{got:?}"
        );
        assert_eq!(one(&got, "21万人次").0, Some("东坪区"), "{got:?}");
    }

    #[test]
    fn a_scene_of_nested_places_an_office_speaking_and_a_rank_of_a_place() {
        let got = subjects_of(
            "青石县村集体增收\n\n青石县今年村集体经济收入增长。在东坪镇红星村，\
             村合作社今年实现经营收入86万元。",
        );
        assert_eq!(one_subject(&got, "86万元"), Some("红星村"), "{got:?}");
        let got = subjects_of(
            "衢州市经济运行\n\n记者从衢州市统计局获悉，前三季度全市经济平稳。\
             衢州市统计局有关负责人表示，从前三季度的数据看，全市经济回升向好的基础\
             还需巩固，力争全年地区生产总值增长5%左右。",
        );
        assert_eq!(one_subject(&got, "5%左右"), Some("衢州市"), "{got:?}");
        let names: Vec<String> = find_places("东坪镇是全县第一大镇，种植面积3万亩")
            .into_iter()
            .map(|m| m.name)
            .collect();
        assert_eq!(names, ["东坪镇"]);
    }

    fn one_subject<'a>(got: &'a [(String, Option<String>)], v: &str) -> Option<&'a str> {
        got.iter()
            .find(|(t, _)| t == v)
            .unwrap_or_else(|| panic!("{v} not found in {got:?}"))
            .1
            .as_deref()
    }

    /// Round 44: a name of two parts joined by a dot after a title of the
    /// people is a person, their own figures theirs; the part before the
    /// dot said alone later is the same person.
    #[test]
    fn a_dotted_name_after_a_title_of_the_people_is_a_person() {
        let got = subjects_of(
            "草场上的秋天\n\n青河县的牧民努尔兰·卡德尔今年养了三百多只羊。\
             努尔兰家里还有四十多亩草场。",
        );
        assert_eq!(
            one_subject(&got, "三百多只"),
            Some("努尔兰·卡德尔"),
            "{got:?}"
        );
        assert_eq!(
            one_subject(&got, "四十多亩"),
            Some("努尔兰·卡德尔"),
            "{got:?}"
        );
        // 都 and 提 inside the part after the dot; a verb of two ends it.
        let got = subjects_of(
            "秋收\n\n机手艾买提·阿不都正开着收割机，他一天能收三十多亩。\
             棉农吐尔洪·托合提今年种了九十多亩棉花。",
        );
        assert_eq!(
            one_subject(&got, "三十多亩"),
            Some("艾买提·阿不都"),
            "{got:?}"
        );
        assert_eq!(
            one_subject(&got, "九十多亩"),
            Some("吐尔洪·托合提"),
            "{got:?}"
        );
    }

    /// Round 44: the family after a name (村民X家有…), a quote after the
    /// news lead (本报讯 “…”), and a quote before one of the people named
    /// again after a title named them earlier: the person's own figures.
    #[test]
    fn a_family_a_lead_s_quote_and_a_grower_named_again() {
        let got = subjects_of("青石村见闻\n\n白岩镇青石村村民邓长福家有十二亩地被征用。");
        assert_eq!(one_subject(&got, "十二亩"), Some("邓长福"), "{got:?}");
        let got = subjects_of(
            "青石村的桃子\n\n本报讯 “八亩桃树都挂果了，一亩能卖六千多元。”青石村果农周正平说。",
        );
        assert_eq!(one_subject(&got, "六千多元"), Some("周正平"), "{got:?}");
        let got = subjects_of(
            "榨季\n\n白岩县蔗农韦大成在地头忙着装车。\
             “今年种了九十多亩，亩产能到六吨多。”韦大成抹了把汗，掰着指头算账。",
        );
        assert_eq!(one_subject(&got, "九十多亩"), Some("韦大成"), "{got:?}");
        assert_eq!(one_subject(&got, "六吨多"), Some("韦大成"), "{got:?}");
    }

    /// Round 44: 赵女士 after 的, 老杨 after 的 and before a mark, 老吴
    /// before a verb of saying: one of the people, whose own figures are
    /// theirs; 像 before 村 is a comparison, no village.
    #[test]
    fn a_surname_with_a_polite_word_or_lao_is_one_of_the_people() {
        let got = subjects_of(
            "小镇面馆\n\n在青石镇开面馆的赵女士，一个月能挣八千多元。\
             村东头的老杨，去年养了六十多头牛。\
             护林员老吴告诉记者，他每月工资三千多元。\
             像村口的老孙，今年卖了四万多斤桃子。",
        );
        assert_eq!(one_subject(&got, "八千多元"), Some("赵女士"), "{got:?}");
        assert_eq!(one_subject(&got, "六十多头"), Some("老杨"), "{got:?}");
        assert_eq!(one_subject(&got, "三千多元"), Some("老吴"), "{got:?}");
        assert_eq!(one_subject(&got, "四万多斤"), Some("老孙"), "{got:?}");
        // Not a person: 老人 and 老板 are words.
        let got = subjects_of("青石镇养老\n\n青石镇的老人说，镇里新建了3家食堂。");
        assert_ne!(one_subject(&got, "3家"), Some("老人"), "{got:?}");
    }

    /// Round 44: a grower by a title of the people (稻农, 蚕农) is a person;
    /// an official reporting the county's figures is not their subject.
    #[test]
    fn a_grower_s_own_figures_and_an_official_s_report() {
        let got = subjects_of(
            "白岩县水稻丰收\n\n白岩县稻农陆春生今年种了八十多亩水稻。\
             县农业农村局局长王建设介绍，全县今年种植水稻45万亩。",
        );
        assert_eq!(one_subject(&got, "八十多亩"), Some("陆春生"), "{got:?}");
        assert_ne!(one_subject(&got, "45万亩"), Some("王建设"), "{got:?}");
        assert_ne!(one_subject(&got, "45万亩"), Some("陆春生"), "{got:?}");
    }

    #[test]
    fn a_border_trade_zone_and_a_gauging_station_are_named() {
        let got = subjects_of(
            "东宁边贸活跃\n\n东宁市外贸增长。东宁边民互市贸易区上半年进口商品共计1.6万吨，\
             交易额2.8亿元。\n\n受强降雨影响，融江长安水文站最高水位达到131.2米。",
        );
        assert_eq!(one_subject(&got, "1.6万吨"), Some("东宁边民互市贸易区"));
        assert_eq!(one_subject(&got, "2.8亿元"), Some("东宁边民互市贸易区"));
        assert_eq!(
            one_subject(&got, "131.2米"),
            Some("融江长安水文站"),
            "{got:?}"
        );
    }

    /// The topic a headline names is the same whether or not the store
    /// knows its place already: a second load of an article (or another
    /// article on the same place) must not cut 柳县区 to a new county 柳县.
    #[test]
    fn a_headline_topic_the_store_knows_is_the_same_topic() {
        let text =
            "柳县区农村生活污水治理行动完成过半\n\n2023年4月12日，记者从柳县区生态环境局了解到，\
                    全区已建成污水处理站40座。";
        let subject_of_date = |known: &Known| {
            extract("t.txt", text, known)
                .unwrap()
                .found
                .into_iter()
                .find(|f| f.text.contains("4月12日"))
                .and_then(|f| f.subject)
        };
        let fresh = subject_of_date(&Known::new());
        let mut known = Known::new();
        known.add("柳县区", "柳县区", "district");
        assert_eq!(fresh.as_deref(), Some("柳县区"));
        assert_eq!(subject_of_date(&known), fresh);
    }

    /// A place named for its peoples is longer than the walk over a
    /// place's characters takes, and a region said before it (新疆) is
    /// not part of its name; 全州 and 桐溪县 then refer to it.
    #[test]
    fn a_place_named_for_its_peoples_is_one_name_without_its_region() {
        let got = subjects_of(
            "秋收忙\n\n新疆博湖塔吉克族自治州今年种植棉花120万亩。全州已采摘棉花96万亩。\n\n\
             桐溪土家族侗族自治县完成造林3.2万亩。桐溪县新建林道86公里。",
        );
        assert_eq!(
            one_subject(&got, "120万亩"),
            Some("博湖塔吉克族自治州"),
            "{got:?}"
        );
        assert_eq!(one_subject(&got, "96万亩"), Some("博湖塔吉克族自治州"));
        assert_eq!(one_subject(&got, "3.2万亩"), Some("桐溪土家族侗族自治县"));
        assert_eq!(one_subject(&got, "86公里"), Some("桐溪土家族侗族自治县"));
    }

    /// 记者从甲市民政局获悉，全市…: 市 before 民政 ends the city's name
    /// (its civil affairs bureau), not 市民 (citizens); the office's
    /// place is what the body's 全市 is.
    #[test]
    fn a_city_before_its_civil_affairs_bureau_is_a_place() {
        let got = subjects_of(
            "青州老人食堂遍布城乡\n\n记者从青州市民政局获悉，截至10月底，\
             全市建成老年食堂300个，服务老人2.1万人。",
        );
        assert_eq!(one_subject(&got, "300个"), Some("青州市"), "{got:?}");
        assert_eq!(one_subject(&got, "2.1万人"), Some("青州市"));
    }

    /// The five autonomous regions are provinces, their full names a
    /// closed list; said short (宁夏) at a clause's start, the region.
    #[test]
    fn an_autonomous_region_is_a_place_said_whole_or_short() {
        let got = subjects_of(
            "枸杞丰收\n\n宁夏回族自治区枸杞种植面积32万亩。\
             宁夏前三季度枸杞产量12.6万吨，同比增长4.1%。",
        );
        assert_eq!(
            one_subject(&got, "12.6万吨"),
            Some("宁夏回族自治区"),
            "{got:?}"
        );
        assert_eq!(one_subject(&got, "32万亩"), Some("宁夏回族自治区"));
        assert_eq!(one_subject(&got, "4.1%"), Some("宁夏回族自治区"));
    }

    /// 三都水族自治县: a stem holding a function character (都) is a
    /// county named for its people all the same; the report's 全县 is it,
    /// and 受县人民政府委托 names no county 受县.
    #[test]
    fn a_county_named_for_its_people_may_hold_a_function_character() {
        let got = subjects_of(
            "关于三都水族自治县上半年计划执行情况的报告\n\n\
             我受县人民政府委托，向本次会议报告执行情况。\n\n\
             上半年，全县实现地区生产总值61.37亿元，同比增长5.8%。",
        );
        assert_eq!(
            one_subject(&got, "61.37亿元"),
            Some("三都水族自治县"),
            "{got:?}"
        );
        assert_eq!(one_subject(&got, "5.8%"), Some("三都水族自治县"));
    }

    /// 香港特区, 香港特别行政区: a special administrative region is one
    /// place, named as the text mostly says it, with either level word.
    #[test]
    fn a_special_administrative_region_is_named_without_its_level() {
        let got = subjects_of(
            "零售额回升\n\n今年上半年，香港特区零售额1960亿港元，\
             同比上升3.2%。香港特别行政区住宿业收入215亿港元。",
        );
        assert_eq!(one_subject(&got, "1960亿港元"), Some("香港"), "{got:?}");
        assert_eq!(one_subject(&got, "215亿港元"), Some("香港"));
    }

    /// 重庆果园港国家物流枢纽: a name's ending right after a word that ends
    /// like a park (果园) makes the headline's name longer; the headline is
    /// about the whole of it, not the park its first words look like.
    #[test]
    fn a_headline_name_runs_on_past_a_word_ending_like_a_park() {
        let got = subjects_of(
            "重庆果园港国家物流枢纽运行情况通报\n\n今年以来，运行平稳。\n\n\
             完成货物吞吐量1860万吨，同比增长5.2%。",
        );
        assert_eq!(
            one_subject(&got, "1860万吨"),
            Some("重庆果园港国家物流枢纽"),
            "{got:?}"
        );
    }

    /// 东盟继续保持关区第一大…: verbs before a common noun ending like a
    /// place (关区) make no place; the area is the name said before.
    #[test]
    fn verbs_before_a_common_noun_ending_like_a_place_make_no_place() {
        let got = subjects_of(
            "泉港关区外贸增长\n\n泉港关区进出口总值820亿元。\n\n\
             东盟继续保持关区第一大贸易伙伴地位；对日本进出口96.5亿元，下降2.1%。",
        );
        assert_eq!(one_subject(&got, "96.5亿元"), Some("泉港关区"), "{got:?}");
    }

    /// 中国（X）…交易会: the place in brackets after 中国 is inside the
    /// fair's name whatever jieba tags it (白沙/nr); the fair, not its host
    /// place, is what 本届交易会 refers to.
    #[test]
    fn a_place_in_brackets_after_china_is_inside_the_name() {
        let got = subjects_of(
            "中国（白沙）木材交易会闭幕\n\n第三届中国（白沙）木材交易会在白沙县闭幕。\
             本届交易会签约项目28个，签约总额9.6亿元。",
        );
        assert_eq!(
            one_subject(&got, "28个"),
            Some("中国（白沙）木材交易会"),
            "{got:?}"
        );
        assert_eq!(one_subject(&got, "9.6亿元"), Some("中国（白沙）木材交易会"));
    }

    /// ——访X族自治县…: an interview's headline opens with the visit; the
    /// place's stem starts after it, and the body's 全县 refers to it.
    #[test]
    fn a_visit_before_a_place_named_for_its_peoples_is_no_part_of_it() {
        let got = subjects_of(
            "林海连绵——访柏溪彝族自治县林业局局长李某\n\n\
             记者：今年进展如何？\n\n李某：全县完成植树造林4.6万亩。",
        );
        assert_eq!(
            one_subject(&got, "4.6万亩"),
            Some("柏溪彝族自治县"),
            "{got:?}"
        );
    }

    /// 一季度新区: a period glued before a short form of two characters
    /// is left out, and the short form is the name said before.
    #[test]
    fn a_period_before_a_two_character_short_form_is_no_part_of_it() {
        let got = subjects_of(
            "松岭新区经济\n\n一季度，松岭新区实现地区生产总值92.3亿元。\
             从各板块看，一季度新区的重点项目有88个。",
        );
        assert_eq!(one_subject(&got, "88个"), Some("松岭新区"), "{got:?}");
    }

    /// 海南州千万千瓦级新能源基地…: the place before a scale is part of
    /// the thing's description, not the subject of the clause's values.
    #[test]
    fn a_place_before_a_scale_is_not_the_subject() {
        let got = subjects_of(
            "风电基地\n\n据北岭县发展和改革局介绍，北岭县风电基地已并网。截至6月底，\
             松原市百万千瓦级风电基地已建成装机86万千瓦。",
        );
        assert_ne!(one_subject(&got, "86万千瓦"), Some("松原市"), "{got:?}");
    }

    /// The names with a legal or institutional ending found in `norm`.
    fn strong_names(norm: &str) -> Vec<String> {
        let words = tagged(norm, &[]);
        let places = find_places(norm);
        find_strong_names(norm, &places, &words)
            .into_iter()
            .map(|m| m.name)
            .collect()
    }

    /// 在甲区投资建设乙项目: the place where and the clause's verbs are no
    /// part of the project's name; a verb before a thing's ending is
    /// (甲路建设工程), and so is a company's trade (交通建设有限公司).
    #[test]
    fn a_verb_after_a_place_opens_no_name() {
        let org = |norm: &str| -> Vec<String> {
            let words = tagged(norm, &[]);
            let places = find_places(norm);
            find_org_names(norm, &places, &words, &[], None)
                .into_iter()
                .map(|m| m.name)
                .collect()
        };
        assert_eq!(
            org("集团拟在青禾市北湖区投资建设高纯硅材料产业园项目。"),
            vec!["高纯硅材料产业园项目"]
        );
        // 启动 is the clause's; a verb right after a place is the work done
        // to it, part of the project's name.
        assert_eq!(
            org("年内启动古城保护二期工程，总投资2亿元。"),
            vec!["古城保护二期工程"]
        );
        assert_eq!(
            org("青禾交通建设有限公司承建。"),
            vec!["青禾交通建设有限公司"]
        );
        // 公办 (public) ends like an office (合作办) but names none.
        assert!(org("城区新建公办幼儿园2所。").is_empty());
    }

    #[test]
    fn an_airport_is_named_by_a_place_and_its_own_words() {
        let got = subjects_of(
            "青禾市通航产业提速\n\n青禾市今年引进通航企业8家。\
             下一步，青禾翠屏通用机场跑道将延长至1800米；\
             交通方面，青禾云都机场本季运送旅客12.5万人次。",
        );
        let of = |v: &str| subject_of(&got, v);
        assert_eq!(of("1800米").as_deref(), Some("青禾翠屏通用机场"));
        assert_eq!(of("12.5万人次").as_deref(), Some("青禾云都机场"));
        assert_eq!(of("8家").as_deref(), Some("青禾市"));
    }

    #[test]
    fn a_word_opening_a_list_is_no_part_of_its_first_item() {
        let got = subjects_of(
            "青禾市氢能产业\n\n青禾市去年回收工业副产氢5万吨，其中丰川化工、\
             北辰集团两家企业分别为3万吨和2万吨。去年，沿线临河、石塘、\
             东浦三地分别接待游客80万人次、65万人次和40万人次。",
        );
        let of = |v: &str| subject_of(&got, v);
        assert_eq!(of("3万吨").as_deref(), Some("丰川化工"));
        assert_eq!(of("2万吨").as_deref(), Some("北辰集团"));
        assert_eq!(of("80万人次").as_deref(), Some("临河"));
        assert_eq!(of("40万人次").as_deref(), Some("东浦"));
    }

    /// 渔民, 牧民, 租户…: a person named after a title of the people quoted
    /// on their own lives speaks of their own figures (他家…).
    #[test]
    fn a_fisherman_named_by_his_title_has_his_familys_income() {
        let got = subjects_of(
            "青禾县渔业丰收\n\n在青禾县东湖镇，渔民王德旺和两个儿子驾船出湖，一个汛期捕了三百多尾。\
             他家今年光秋汛就挣了五万多元。",
        );
        let v = got.iter().find(|(t, _)| t == "五万多元").unwrap();
        assert_eq!(v.1.as_deref(), Some("王德旺"));
    }

    /// 完成县政府下达的任务: a verb, then an office's level, is no county.
    #[test]
    fn a_verb_before_an_offices_level_is_no_place() {
        let places =
            |norm: &str| -> Vec<String> { find_places(norm).into_iter().map(|m| m.name).collect() };
        assert!(places("全年有望完成县政府下达的招商任务。").is_empty());
        assert!(places("可以完成县人大批准的预算。").is_empty());
        assert_eq!(places("联合乡政府组织村民修路。"), vec!["联合乡"]);
    }

    /// 超额完成市社下达的任务: a city's supply and marketing cooperative
    /// said short (市社, 县社) after a verb is an office's level, no city.
    #[test]
    fn a_verb_before_a_cooperatives_level_is_no_place() {
        let places =
            |norm: &str| -> Vec<String> { find_places(norm).into_iter().map(|m| m.name).collect() };
        assert!(places("全年，超额完成县社下达的销售任务。").is_empty());
    }

    /// 设置村卫生室, 不少村医: a village's clinic or doctor said of villages
    /// in general; the words before 村 are no village's name.
    #[test]
    fn a_village_clinic_or_doctor_is_no_village() {
        let places =
            |norm: &str| -> Vec<String> { find_places(norm).into_iter().map(|m| m.name).collect() };
        assert!(places("去年，设置村卫生室31个，不少村医年过六旬。").is_empty());
        assert_eq!(places("东坪村的卫生室"), vec!["东坪村"]);
    }

    /// 医护人员驻村义诊, 送水车辆进村: a verb into a village after a run
    /// of words is no village's name; a short stem still names one.
    #[test]
    fn a_verb_into_villages_ends_no_village() {
        let places =
            |norm: &str| -> Vec<String> { find_places(norm).into_iter().map(|m| m.name).collect() };
        assert!(places("全年，医生驻村服务200天；送水车进村80趟。").is_empty());
        assert_eq!(places("红星村的农田"), vec!["红星村"]);
    }

    /// “镇聘村用”: a quoted slogan whose words are levels names no place;
    /// a place quoted whole still is one.
    #[test]
    fn a_quoted_slogan_of_levels_is_no_place() {
        let places =
            |norm: &str| -> Vec<String> { find_places(norm).into_iter().map(|m| m.name).collect() };
        assert_eq!(places("青石县试行“镇聘村用”办法"), vec!["青石县"]);
        assert_eq!(places("记者走进“东坪村”"), vec!["东坪村"]);
    }

    /// 交通建设有限公司: a verb after a noun inside a company's name is its
    /// trade; a verb of the clause before the name is still left out.
    #[test]
    fn a_trade_verb_inside_a_company_name_is_part_of_it() {
        assert_eq!(
            strong_names("由湖南湘桥交通建设有限公司中标"),
            vec!["湖南湘桥交通建设有限公司"]
        );
        assert_eq!(
            strong_names("企业加快推进化工有限公司建设"),
            vec!["化工有限公司"]
        );
    }

    /// An airport, a museum and a pedestrian street named in a list of
    /// places visited each take their own figures.
    #[test]
    fn airports_museums_and_pedestrian_streets_are_names() {
        let got = subjects_of(
            "松原春节假期游客多\n\n假期松原市接待游客320万人次。其中，查干湖步行街接待游客\
             86.2万人次，松原辽金博物馆接待游客12.6万人次。松原查干湖国际机场运送旅客8.3万人次。",
        );
        assert_eq!(
            one_subject(&got, "86.2万人次"),
            Some("查干湖步行街"),
            "{got:?}"
        );
        assert_eq!(one_subject(&got, "12.6万人次"), Some("松原辽金博物馆"));
        assert_eq!(one_subject(&got, "8.3万人次"), Some("松原查干湖国际机场"));
    }

    /// 较老院区新增床位300张: the campus compared with is not what the
    /// beds added are of.
    #[test]
    fn the_base_of_a_comparison_is_no_subject() {
        let got = subjects_of(
            "医院新院区封顶\n\n青石县人民医院新院区主体封顶，设计床位600张，较老院区新增床位300张。",
        );
        assert_eq!(
            one_subject(&got, "300张"),
            one_subject(&got, "600张"),
            "{got:?}"
        );
        assert!(one_subject(&got, "300张").is_some_and(|s| !s.contains("老院区")));
    }

    /// 青州市对口援建的新源县光明镇已…: the town, the head of the phrase,
    /// is what the sentence is about, not the city in its modifier.
    #[test]
    fn the_head_after_a_modifying_phrase_opens_the_sentence() {
        let got = subjects_of(
            "对口援建\n\n青州市对口援建的新源县光明镇已建成蔬菜大棚1200座，年产值超过8亿元。",
        );
        assert_eq!(one_subject(&got, "超过8亿元"), Some("光明镇"), "{got:?}");
    }

    /// 澜沧江/ns 上游/f: a direction after a place inside a company's name
    /// does not cut the name.
    #[test]
    fn a_direction_after_a_place_is_part_of_a_company_name() {
        assert_eq!(
            strong_names("其中，国家能投集团澜沧江上游水电开发有限公司承建码头"),
            vec!["国家能投集团澜沧江上游水电开发有限公司"]
        );
    }

    /// 青川市北塘区、东岭县和西河县…分别为…: a place said with its city
    /// is one item of the list, so the values and the items still pair.
    #[test]
    fn a_listed_place_said_with_its_city_is_one_item() {
        let got = subjects_of(
            "灌区建设\n\n灌区设计灌溉面积60万亩。其中，青川市北塘区、东岭县和西河县的设计灌面分别为\
             18.2万亩、21.5万亩和20.3万亩。",
        );
        assert_eq!(one_subject(&got, "18.2万亩"), Some("北塘区"), "{got:?}");
        assert_eq!(one_subject(&got, "21.5万亩"), Some("东岭县"));
        assert_eq!(one_subject(&got, "20.3万亩"), Some("西河县"));
    }

    /// A headline whose value names nothing the body names again: the
    /// document's topic, once the body gives one, rather than no subject.
    #[test]
    fn a_headline_value_naming_nothing_goes_to_the_topic() {
        let got = subjects_of(
            "青闽协作去年投入资金逾3亿元\n\n记者获悉，去年两地继续深化协作。\
             全年青州市投入援助资金3.2亿元。",
        );
        assert_eq!(one_subject(&got, "逾3亿元"), Some("青州市"), "{got:?}");
    }

    /// 某高速公路重点工程——某隧道: the description before the dash is no
    /// subject; the tunnel named after it is, and a clause opening with
    /// its ending (隧道全长…) speaks of it.
    #[test]
    fn a_name_after_a_dash_is_what_the_description_before_it_describes() {
        let got = subjects_of(
            "云岭高速青峰隧道贯通\n\n本报大理5月6日讯 5月5日，云岭高速公路重点工程——青峰特长隧道\
             右洞累计掘进4210米，占右洞全长的76.3%。隧道全长5520米。",
        );
        for v in ["4210米", "76.3%", "5520米", "5月5日"] {
            assert_eq!(one_subject(&got, v), Some("青峰特长隧道"), "{v}: {got:?}");
        }
    }

    /// A plot sold at auction is named by its code, not by the district
    /// and street it lies in, and 该地块 refers back to it.
    #[test]
    fn a_plot_is_named_by_its_code_and_referred_back_to() {
        let got = subjects_of(
            "西城区三宗地块成交\n\n西城区南湖街道XH-08地块出让面积3.21万平方米，起始价9.6亿元。\
             该地块吸引7家房企报名，最终以11.4亿元成交。",
        );
        for v in ["3.21万平方米", "9.6亿元", "7家", "11.4亿元"] {
            assert_eq!(one_subject(&got, v), Some("XH-08地块"), "{v}: {got:?}");
        }
    }

    /// 本报怀化…讯: the place the report is filed from opens the names it
    /// is said before, even where jieba reads it as another word.
    #[test]
    fn the_dateline_place_said_before_a_name_is_part_of_it() {
        let got = subjects_of(
            "怀化国际物流园货运量增长\n\n本报怀化6月30日讯 上半年，怀化国际物流园完成货运量35.2万吨。",
        );
        assert_eq!(
            one_subject(&got, "35.2万吨"),
            Some("怀化国际物流园"),
            "{got:?}"
        );
        assert_eq!(dateline_place("标题\n\n本报讯（记者 王某）今天…"), None);
        assert_eq!(
            dateline_place("标题\n\n新华社长沙7月8日电 今天…").as_deref(),
            Some("长沙")
        );
    }

    /// 某高速公路全长约86公里: a value with a bound before it still runs
    /// straight after the name's nouns (a measure, not a modifier).
    #[test]
    fn a_name_measured_about_a_value_is_named() {
        let got = subjects_of("四川交通建设提速\n\n京港澳高速公路全长约86公里，总投资约120亿元。");
        assert_eq!(
            one_subject(&got, "约86公里"),
            Some("京港澳高速公路"),
            "{got:?}"
        );
        assert_eq!(
            one_subject(&got, "约120亿元"),
            Some("京港澳高速公路"),
            "{got:?}"
        );
    }

    /// 甲、乙、丙三家企业分别…: items the text counts and says the kind of
    /// are names of that kind, each taking its value; places of one level
    /// listed before 分别 are places even when one is not found alone.
    #[test]
    fn items_of_a_counted_list_and_places_of_one_level_take_their_values() {
        let got = subjects_of(
            "青山区充电设施建设提速\n\n运营方面，东源能源、快充宝、绿驰科技三家企业分别运营充电桩\
             8200台、6100台和3900台。南湖区、北岭区、五里区分别建成充电站36座、28座和19座。",
        );
        let want = [
            ("8200台", "东源能源"),
            ("6100台", "快充宝"),
            ("3900台", "绿驰科技"),
            ("36座", "南湖区"),
            ("28座", "北岭区"),
            ("19座", "五里区"),
        ];
        for (v, name) in want {
            assert_eq!(one_subject(&got, v), Some(name), "{v}: {got:?}");
        }
    }

    /// 甲景区、乙湿地景区、丙旅游区分别…: items each ending like a name
    /// take their values one by one, also where one alone is not found;
    /// 甲、乙、丙三类企业 and 甲、乙两座水电站 count a group of any kind.
    #[test]
    fn items_of_a_list_of_names_and_counted_groups_take_their_values() {
        let got = subjects_of(
            "青岭市假日旅游\n\n全市景区共接待游客90万人次。其中，白鹭洲景区、青松岭森林景区、\
             南湾海滨旅游区分别接待游客12.6万人次、9.8万人次和7.1万人次。\
             从岗位看，食品加工、家居建材、电子商务三类企业分别提供岗位3100个、1800个和950个。",
        );
        let want = [
            ("12.6万人次", "白鹭洲景区"),
            ("9.8万人次", "青松岭森林景区"),
            ("7.1万人次", "南湾海滨旅游区"),
            ("3100个", "食品加工"),
            ("1800个", "家居建材"),
            ("950个", "电子商务"),
        ];
        for (v, name) in want {
            assert_eq!(one_subject(&got, v), Some(name), "{v}: {got:?}");
        }
    }

    /// 甲、乙和丙是三个去处，分别接待…: a list counted in the clause before
    /// 分别's takes the values 分别 hands out, one by one; the count of its
    /// items (两座) is the group's parent's, not the last item's.
    #[test]
    fn a_list_counted_in_the_clause_before_fenbie_takes_its_values() {
        let got = subjects_of(
            "青岭市假日旅游\n\n青岭市假日接待游客80万人次。白鹭古镇、松涛景区和南湖湿地是最热门的\
             三个去处，分别接待游客11.2万人次、8.4万人次和6.3万人次。\
             青岭市新建电站进展顺利。其中东坪、西岙两座抽水蓄能电站已经投产，\
             装机容量分别为120万千瓦和90万千瓦。",
        );
        let want = [
            ("11.2万人次", "白鹭古镇"),
            ("8.4万人次", "松涛景区"),
            ("6.3万人次", "南湖湿地"),
            ("120万千瓦", "东坪"),
            ("90万千瓦", "西岙"),
        ];
        for (v, name) in want {
            assert_eq!(one_subject(&got, v), Some(name), "{v}: {got:?}");
        }
        assert_eq!(one_subject(&got, "两座"), Some("青岭市"), "{got:?}");
        // An ASCII comma before 分别's clause, after a wide character.
        let got =
            subjects_of("青岭市电站\n\n东坪、西岙两座电站已投产,容量分别为1万千瓦和2万千瓦。");
        assert_eq!(got.len(), 3, "{got:?}");
    }

    /// 甲、乙和丙分别运送v1、v2和v3: things listed before 分别 with no
    /// ending of a name (goods, lines) take the values one each, in the
    /// clause or the clause before; the clauses after go on about what
    /// came before the list. Groups of people and trades are no things.
    #[test]
    fn plain_items_before_fenbie_take_their_values() {
        let got = subjects_of(
            "青岭山景区假日游\n\n青岭山景区假日接待游客30万人次。\
             云顶飞梯、松风索道和白石索道分别运送游客5.2万人次、3.1万人次和2.4万人次，\
             景区新建步道12公里。",
        );
        let want = [
            ("5.2万人次", "云顶飞梯"),
            ("3.1万人次", "松风索道"),
            ("2.4万人次", "白石索道"),
            ("12公里", "青岭山景区"),
        ];
        for (v, name) in want {
            assert_eq!(one_subject(&got, v), Some(name), "{v}: {got:?}");
        }
        let got = subjects_of(
            "青石市菜价\n\n青石市蔬菜价格环比上涨3.2%。其中，涨幅居前的是芹菜、茄子和豆角，\
             环比分别上涨11.5%、8.2%和6.1%；冬瓜、山药价格分别下降2.4%和1.6%。",
        );
        let want = [
            ("11.5%", "芹菜"),
            ("8.2%", "茄子"),
            ("6.1%", "豆角"),
            ("2.4%", "冬瓜"),
            ("1.6%", "山药"),
        ];
        for (v, name) in want {
            assert_eq!(one_subject(&got, v), Some(name), "{v}: {got:?}");
        }
        let got = subjects_of(
            "青石县民生\n\n青石县居民收入稳步增长。城镇居民和农村居民人均可支配收入分别为\
             41200元和19800元，本科毕业生、硕士研究生分别补贴800元和1200元。",
        );
        for v in ["41200元", "19800元", "800元", "1200元"] {
            assert_eq!(one_subject(&got, v), Some("青石县"), "{v}: {got:?}");
        }
    }

    /// 三镇合计占全县的42.5%: a group's share of the whole place named by
    /// its level is that place's, though the topic is a place of another
    /// level (the city of the dateline).
    #[test]
    fn a_groups_share_of_the_whole_goes_to_the_place_of_that_level() {
        let got = subjects_of(
            "青川市林业\n\n青石县今年完成植树造林18万亩。\n\n\
             分镇来看，东湾镇、南岭镇和北坡镇分别完成4.1万亩、3.3万亩和2.9万亩，\
             三镇合计占全县的57.2%。",
        );
        assert_eq!(one_subject(&got, "4.1万亩"), Some("东湾镇"), "{got:?}");
        assert_eq!(one_subject(&got, "57.2%"), Some("青石县"), "{got:?}");
    }

    /// 观展人数增长12%，乙博物馆接待…: a value with a head of its own
    /// and no name before it does not go to the name heading a later
    /// clause; the thread of the sentences before has it.
    #[test]
    fn a_name_heading_a_later_clause_does_not_own_a_value_before_it() {
        let got = subjects_of(
            "青石县文化场馆人气旺\n\n青石县文化馆全年举办展览36场。\
             观展人数同比增长12%，青石县博物馆全年接待游客18万人次。",
        );
        assert_eq!(
            one_subject(&got, "18万人次"),
            Some("青石县博物馆"),
            "{got:?}"
        );
        // The thread: what the sentence before was about.
        assert_eq!(
            one_subject(&got, "12%"),
            one_subject(&got, "36场"),
            "{got:?}"
        );
        assert_ne!(one_subject(&got, "12%"), Some("青石县博物馆"), "{got:?}");
    }

    /// 青石县已并网的项目共5个，合计装机容量…: a total after one name, no
    /// list, is that name's, not the document's topic; after parallel
    /// clauses each with its name and value, the group's parent's.
    #[test]
    fn a_total_after_one_name_is_that_names() {
        let got = subjects_of(
            "东滩海上风电项目全容量并网\n\n东滩海上风电项目近日全容量并网发电。\
             青石县发展改革委有关负责人介绍，青石县已并网的海上风电项目共5个，\
             合计装机容量320万千瓦。",
        );
        assert_eq!(one_subject(&got, "320万千瓦"), Some("青石县"), "{got:?}");
    }

    /// 县里还…, 区里已…: a word referring back to the county or district
    /// takes it, not the project the sentences before went on about.
    #[test]
    fn the_county_said_as_xianli_is_the_county() {
        let got = subjects_of(
            "农村饮水工程进展顺利\n\n记者从白河县水利局获悉，白河县今年推进农村饮水安全。\
             东岭水库供水工程今年完成投资2.4亿元，日供水能力达到6万吨。\
             为配合工程，县里还改造农村供水管网120公里。",
        );
        assert_eq!(
            one_subject(&got, "6万吨"),
            Some("东岭水库供水工程"),
            "{got:?}"
        );
        assert_eq!(one_subject(&got, "120公里"), Some("白河县"), "{got:?}");
    }

    /// 记者从X市统计局获悉，全市…: the city named only in the office's name
    /// is what 全市 refers to, not the thread or the topic.
    #[test]
    fn the_whole_city_of_an_office_named_before() {
        let got = subjects_of(
            "工业经济稳中有进\n\n记者从青州市统计局获悉，今年前三季度全市规模以上工业增加值增长6.2%，\
             全市工业投资128亿元。",
        );
        assert_eq!(one_subject(&got, "6.2%"), Some("青州市"), "{got:?}");
        assert_eq!(one_subject(&got, "128亿元"), Some("青州市"), "{got:?}");
    }

    /// 甲省向乙岛供水工程: a route from a place to a place inside a
    /// project's name does not cut it at the preposition.
    #[test]
    fn a_project_named_by_its_route_is_named_whole() {
        let got = subjects_of(
            "跨海供水运行平稳\n\n记者获悉，浙江向舟山供水工程今年累计供水1260万吨，日均供水约3.5万吨。",
        );
        assert_eq!(
            one_subject(&got, "1260万吨"),
            Some("浙江向舟山供水工程"),
            "{got:?}"
        );
        assert_eq!(
            one_subject(&got, "约3.5万吨"),
            Some("浙江向舟山供水工程"),
            "{got:?}"
        );
    }

    /// A race and a night market report figures of their own; 本届赛事
    /// refers back to the race; 市体育局 said by its level speaks for the
    /// city named (here only in an office's name), not for the topic.
    #[test]
    fn races_night_markets_and_an_office_said_by_its_level() {
        let got = subjects_of(
            "周末经济升温\n\n本报讯 5月18日，西安马拉松赛在城墙脚下开跑。记者从西安市文旅局获悉，\
             全市接待游客56万人次。本届赛事参赛规模2.8万人，报名人数达9.6万人。\n\n\
             建设路夜市三天接待食客约12万人次。\n\n市体育局负责人表示，全年将举办体育赛事150场以上。",
        );
        let want = [
            ("56万人次", "西安市"),
            ("2.8万人", "西安马拉松赛"),
            ("9.6万人", "西安马拉松赛"),
            ("约12万人次", "建设路夜市"),
            ("150场以上", "西安市"),
        ];
        for (v, name) in want {
            assert_eq!(one_subject(&got, v), Some(name), "{v}: {got:?}");
        }
        assert_eq!(office_level("县农业农村局局长表示，…"), Some('县'));
        assert_eq!(office_level("市场监管部门表示，…"), None);
    }

    /// 毛市镇 is a town named after its market, not the city 毛市; 三镇
    /// (a count and a level) is the towns listed, whose total goes to
    /// their parent; 东盟 is ASEAN, no league of Inner Mongolia.
    #[test]
    fn a_town_named_after_a_market_counted_towns_and_asean() {
        let got = subjects_of(
            "灾后理赔\n\n青河市今年赔付稻农4800万元。甲河镇、乙河镇、丙集镇分别获得赔款862万元、\
             715万元和598万元，三镇赔款合计2175万元。承保机构对龙市镇的286户养殖户赔付356万元。\
             青河市经陆港进口东盟水果2.4万吨。",
        );
        assert_eq!(one_subject(&got, "2175万元"), Some("青河市"), "{got:?}");
        assert_eq!(one_subject(&got, "356万元"), Some("龙市镇"), "{got:?}");
        assert_eq!(one_subject(&got, "2.4万吨"), Some("青河市"), "{got:?}");
    }

    /// X市教育局提供的数据显示: the office is where the figures came from;
    /// they are the city's (全市), and so are those of the clauses and the
    /// sentence after.
    #[test]
    fn an_office_whose_figures_are_reported_is_their_source() {
        let got = subjects_of(
            "就业质量提升\n\n青州市教育局提供的数据显示，全市中职毕业生就业率为96.1%，\
             其中本地就业的比例为63.2%；毕业生平均月薪4520元。",
        );
        for v in ["96.1%", "63.2%", "4520元"] {
            assert_eq!(one_subject(&got, v), Some("青州市"), "{v}: {got:?}");
        }
    }

    /// 国家税务总局甲市税务局 opens with its national system before its
    /// place: 全市 in what it reports is the city, not the office.
    #[test]
    fn a_national_systems_local_office_speaks_for_its_place() {
        let got = subjects_of(
            "青州退税提速\n\n11月3日，国家税务总局青州市税务局召开新闻发布会。\
             今年前三季度，全市办理出口退税21.5亿元，同比增长6.2%。",
        );
        for v in ["21.5亿元", "6.2%"] {
            assert_eq!(one_subject(&got, v), Some("青州市"), "{v}: {got:?}");
        }
    }

    /// 青州是外贸大市: what the city is said to be (a big trading city) is
    /// no place of its own, and 全市 after it does not refer to it.
    #[test]
    fn a_big_trading_city_is_no_place_name() {
        let got = subjects_of(
            "青州出口退税提速\n\n问：出口退税效率如何？\n\n答：青州是外贸大市，出口退税关系到企业的\
             资金周转。1—10月，全市共办理出口退税1.42万笔。",
        );
        assert!(got.iter().any(|(v, _)| v == "1.42万笔"), "{got:?}");
        assert!(
            got.iter().all(|(_, s)| s.as_deref() != Some("外贸大市")),
            "{got:?}"
        );
    }

    /// A headline of two parts (甲地铁… then 3号线…): the network the first
    /// part opens with is the topic, not the line the second names.
    #[test]
    fn a_headlines_second_part_names_a_part_not_the_topic() {
        let got = subjects_of(
            "青州地铁今年客运量突破8000万乘次 3号线完成投资六成\n\n\
             记者从青州地铁集团获悉，截至11月30日，今年累计客运量突破8000万乘次，同比增长9.1%。",
        );
        assert_eq!(one_subject(&got, "9.1%"), Some("青州地铁"), "{got:?}");
    }

    /// 青州职业院校 in the headline names the city's schools, which the
    /// body counts (全市12所职业院校): the city is the topic, for the
    /// headline's value and for a paragraph naming nothing.
    #[test]
    fn a_headline_naming_a_group_of_a_places_things_is_about_the_place() {
        let got = subjects_of(
            "青州职业院校招生3.1万人\n\n本报青州9月1日讯 记者从青州市教育局获悉，今年全市12所职业院校\
             录取新生3.1万人。\n\n近三年累计投入资金9.6亿元。",
        );
        assert_eq!(one_subject(&got, "9.6亿元"), Some("青州市"), "{got:?}");
        let headline = got.iter().filter(|(v, _)| v == "3.1万人");
        assert!(headline.clone().count() == 2, "{got:?}");
        assert!(
            headline
                .into_iter()
                .all(|(_, s)| s.as_deref() == Some("青州市")),
            "{got:?}"
        );
    }

    #[test]
    fn a_title_after_an_offices_name_is_no_place() {
        let got = subjects_of(
            "政府工作报告\n\n青石市人民政府市长 张某\n\n过去一年，全市粮食产量达到86.5万吨，增长2.1%。",
        );
        assert_eq!(one_subject(&got, "86.5万吨"), Some("青石市"), "{got:?}");
        assert!(find_places("青石县人民政府县长")
            .iter()
            .all(|p| p.name == "青石县"));
    }

    #[test]
    fn an_announcements_own_project_its_subsidiary_and_the_issuer() {
        let got = subjects_of(
            "青石新材料股份有限公司关于投资建设年产5万吨磷酸铁锂项目的公告\n\n             本项目计划总投资约8.5亿元。本项目由公司控股子公司青石锂电科技有限公司实施，             青石锂电科技有限公司注册资本3亿元。截至2025年6月30日，公司总资产42.6亿元。",
        );
        assert_eq!(
            one_subject(&got, "约8.5亿元"),
            Some("年产5万吨磷酸铁锂项目"),
            "{got:?}"
        );
        assert_eq!(
            one_subject(&got, "3亿元"),
            Some("青石锂电科技有限公司"),
            "{got:?}"
        );
        assert_eq!(
            one_subject(&got, "42.6亿元"),
            Some("青石新材料股份有限公司"),
            "{got:?}"
        );
    }

    #[test]
    fn a_place_stem_opening_with_a_preposition_character_is_kept() {
        let got = subjects_of(
            "标题\n\n记者获悉，自安市今年新建厂房8栋。\n\n自安智造园是全市装备制造的主要载体。园区规划面积约5平方公里。",
        );
        assert_eq!(
            one_subject(&got, "约5平方公里"),
            Some("自安智造园"),
            "{got:?}"
        );
    }

    #[test]
    fn an_interview_visits_a_company_and_its_manager_speaks_for_it() {
        let got = subjects_of(
            "“小竹筷走向全世界”\n——访青石竹业有限公司董事长王某\n\n             记者：今年的生意怎么样？\n\n             王某：1到9月，我们出口额是2300万元，同比增长15%。",
        );
        assert_eq!(
            one_subject(&got, "2300万元"),
            Some("青石竹业有限公司"),
            "{got:?}"
        );
        assert_eq!(
            one_subject(&got, "15%"),
            Some("青石竹业有限公司"),
            "{got:?}"
        );
    }

    /// The 电 closing a dateline is no part of the name after it, with a
    /// space between or none.
    #[test]
    fn a_dateline_s_closing_mark_opens_no_name() {
        for text in [
            "丰收时节\n\n新华社长春2024年9月3日电　德惠市今年玉米种植面积120万亩。",
            "丰收时节\n\n新华社长春2024年9月3日电 德惠市今年玉米种植面积120万亩。",
            "丰收时节\n\n本报长春9月3日讯德惠市今年玉米种植面积120万亩。",
        ] {
            let got = subjects_of(text);
            assert_eq!(
                subject_of(&got, "120万亩").as_deref(),
                Some("德惠市"),
                "{got:?}"
            );
        }
    }

    #[test]
    fn a_headline_group_counted_later_is_the_place_from_the_first_value() {
        let got = subjects_of(
            "温州外资企业前三季度新增投资9亿美元\n\n本报温州10月9日电 记者从温州市商务局获悉，\
             今年1至9月，温州新批外资项目86个。\n\n截至9月底，温州现有外资企业1200余家。",
        );
        assert_eq!(one_subject(&got, "86个"), Some("温州市"), "{got:?}");
        assert_eq!(one_subject(&got, "1200余家"), Some("温州市"), "{got:?}");
    }

    #[test]
    fn half_and_lai_are_read() {
        assert_eq!(
            quantities("全镇近一半的农户种茶，茶园占耕地的一半左右。"),
            vec!["近一半", "一半左右"]
        );
        assert_eq!(quantities("合作社起步时只有十来人。"), vec!["十来人"]);
    }

    #[test]
    fn a_price_per_unit_of_goods_is_the_price_of_the_goods() {
        let got = subjects_of(
            "青石县农产品价格周报\n\n本周青石县农贸市场价格平稳。\n\n\
             水果：苹果每斤3.6元，环比上涨2.1%；香梨每斤4.2元。\n\n\
             今年以来全县农业用水价格每立方米0.4元。",
        );
        assert_eq!(one_subject(&got, "3.6元"), Some("苹果"), "{got:?}");
        assert_eq!(one_subject(&got, "2.1%"), Some("苹果"), "{got:?}");
        assert_eq!(one_subject(&got, "4.2元"), Some("香梨"), "{got:?}");
        // Water is priced by the place, per cubic metre: no goods.
        assert_ne!(one_subject(&got, "0.4元"), Some("农业用水"), "{got:?}");
    }

    #[test]
    fn a_project_list_item_is_about_its_title_not_its_builder() {
        let got = found_of(
            "南湖市重点项目清单公布\n\n本报讯 南湖市公布今年重点项目清单。\n\n\
             1. 东湖新区年产20万吨特种纸项目。建设单位：东湖纸业有限公司；总投资12亿元；\
             新建生产线3条。\n\n2. 西江港区集装箱码头二期工程。实施单位：西江港务有限公司；\
             总投资8.6亿元。",
        );
        // The capacity the title says is the titled project's.
        let title = "东湖新区年产20万吨特种纸项目";
        assert_eq!(one(&got, "20万吨"), (Some(title), "annual_capacity"));
        // The builder after 建设单位： is a role; the figures are the item's.
        assert_eq!(one(&got, "12亿元").0, Some(title));
        assert_eq!(one(&got, "3条").0, Some(title));
        assert_eq!(one(&got, "8.6亿元").0, Some("西江港区集装箱码头二期工程"));
        // A company before the capacity owns the project, named apart.
        let got = found_of("南湖市化工\n\n东湖纸业有限公司年产20万吨特种纸项目总投资12亿元。");
        assert_eq!(one(&got, "20万吨").0, Some("东湖纸业有限公司"));
        // Not a field: a clause that only ends with 单位 before a colon.
        let got = found_of("南湖市\n\n东湖纸业有限公司去年投资3亿元。");
        assert_eq!(one(&got, "3亿元").0, Some("东湖纸业有限公司"));
    }

    #[test]
    fn a_kind_of_place_described_is_no_name_and_a_visit_goes_to_the_smallest_place() {
        let got = found_of(
            "河谷里的茶叶村：荒坡变成了茶园\n——访南平县石门镇青岩村党支部书记林志强\n\n\
             记者：村里的茶园有多大？\n林志强：全村现在有茶园八百亩，茶企六家。\
             明年还要修两公里长的环村步道，新建茶叶加工厂一座。",
        );
        // Not 茶叶村 (what kind of village), nor 南平县 (where it lies).
        assert_eq!(one(&got, "八百亩").0, Some("青岩村"));
        assert_eq!(one(&got, "六家").0, Some("青岩村"));
        // Not a village 环村 (a path round the village).
        assert_eq!(one(&got, "两公里").0, Some("青岩村"));
    }

    #[test]
    fn a_subsidiary_is_named_without_its_relation_and_a_count_by_its_counter() {
        let got = found_of(
            "南湖重工公告\n\n公司控股子公司南湖远洋船舶有限公司与某航运公司签订4艘散货船\
             建造合同，合同总金额约3.1亿美元。",
        );
        // Not 子公司南湖远洋船舶有限公司.
        assert_eq!(one(&got, "约3.1亿美元").0, Some("南湖远洋船舶有限公司"));
        // 公司 (counted by 家) is the subject of 签订, not what 4艘 counts.
        assert_eq!(one(&got, "4艘").1, "vessel_count");
        // Right before its count, a noun another counter counts is counted.
        let got = found_of("南湖市\n\n南湖市现有企业160户。");
        assert_eq!(one(&got, "160户").1, "enterprise_count");
    }

    #[test]
    fn a_subtitle_naming_places_one_inside_the_next_is_about_the_smallest() {
        let got = found_of(
            "政府工作报告\n——2026年1月6日在南州市北湖区人民代表大会上\n\n\
             一、过去一年的工作\n\n化工产业实现产值300亿元，新增企业12家。",
        );
        assert_eq!(one(&got, "300亿元").0, Some("北湖区"));
        assert_eq!(one(&got, "12家").0, Some("北湖区"));
    }

    #[test]
    fn the_whole_place_is_the_documents_own_before_a_zone_named_since() {
        let got = found_of(
            "北湖区经济运行情况\n\n北湖区统计局发布数据。\
             北湖经济开发区获批省级开发区，园区亩均税收达到20万元。\n\n\
             上半年全区地区生产总值完成180亿元。",
        );
        // 全区: the district the report is about, not the zone ending in 区.
        assert_eq!(one(&got, "180亿元").0, Some("北湖区"));
    }

    #[test]
    fn what_a_plan_is_built_around_is_not_its_subject() {
        let got = found_of(
            "南州市数字经济\n\n南州市提速数字建设。\n\n下一步南州市将围绕“数字南州”工程，\
             力争建成5G基站1万个。",
        );
        assert_eq!(one(&got, "1万个").0, Some("南州市"));
    }

    #[test]
    fn a_project_name_holds_a_bracketed_place_a_phase_and_a_verb_after_a_name() {
        let got = found_of(
            "南州算力建设\n\n中国电信（湖南）云计算中心二期工程总投资12亿元；\
             南湖长风污水处理厂提标项目总投资约3亿元。",
        );
        assert_eq!(
            one(&got, "12亿元").0,
            Some("中国电信（湖南）云计算中心二期工程")
        );
        assert_eq!(one(&got, "约3亿元").0, Some("南湖长风污水处理厂提标项目"));
    }

    #[test]
    fn a_function_words_character_inside_a_noun_and_a_region_before_a_place() {
        let got = found_of(
            "南州旅游\n\n将军山滑雪度假区今年接待游客12万人次。\
             新疆塔城地区今年接待游客300万人次。",
        );
        // Not 山生态度假区: 将 of 将军 is no future marker.
        assert_eq!(one(&got, "12万人次").0, Some("将军山滑雪度假区"));
        // The region the prefecture lies in is no part of its name.
        assert_eq!(one(&got, "300万人次").0, Some("塔城地区"));
    }

    #[test]
    fn a_phase_names_a_project_and_a_place_stem_jieba_calls_a_verb_stays_in_it() {
        let got = found_of(
            "包头市稀土\n\n包头市去年新增企业12家。华磁新材三期项目总投资20亿元；\
             北辰磁业包头基地二期项目总投资30亿元。一期工程总投资5亿元。",
        );
        assert_eq!(one(&got, "20亿元").0, Some("华磁新材三期项目"));
        // 包头 (of 包头市, named before) inside the name, whatever its tag.
        assert_eq!(one(&got, "30亿元").0, Some("北辰磁业包头基地二期项目"));
        // A phase with no stem of its own names no project.
        assert_ne!(one(&got, "5亿元").0, Some("一期工程"));
    }

    #[test]
    fn a_listed_company_in_an_announcement_is_the_issuer() {
        let got = found_of(
            "南湖重工股份有限公司关于签订重大合同的公告\n\n\
             本合同金额约占上市公司2025年度营业收入的21.5%。",
        );
        assert_eq!(one(&got, "21.5%").0, Some("南湖重工股份有限公司"));
    }

    #[test]
    fn a_numbered_items_title_is_its_name() {
        let got = found_of(
            "南湖市重点项目\n\n本报讯 南湖市公布重点项目。\n\n\
             3. 南湖区老旧小区综合整治提升工程。建设单位：南湖城投有限公司；总投资6亿元。",
        );
        assert_eq!(one(&got, "6亿元").0, Some("南湖区老旧小区综合整治提升工程"));
        assert!(numbered_title("3. 南湖区开工，总投资6亿元的项目。").is_empty());
        assert!(numbered_title("南湖区老旧小区综合整治提升工程。").is_empty());
    }

    #[test]
    fn a_zone_committee_speaking_through_a_chain_of_titles_speaks_for_the_zone() {
        let got = found_of(
            "南湖新区算力\n\n南湖新区数据中心加快建设。\n\n\
             南湖新区管委会副主任、新闻发言人王明说，新区新增机架2万架，同比增长30.5%。",
        );
        assert_eq!(one(&got, "30.5%").0, Some("南湖新区"));
    }

    #[test]
    fn a_headline_date_waits_for_the_body_to_name_its_subject() {
        let got = found_of(
            "青石发布2025年专利状况\n\n记者从会上获悉，青石市去年专利授权量4.86万件，同比下降3.2%。",
        );
        assert_eq!(one(&got, "2025年").0, Some("青石市"));
        // A line that only dates the paper is no headline.
        let got = found_of("2021年7月13日 星期二\n\n青石港建设提速\n\n青石港今年完成投资3亿元。");
        assert_eq!(one(&got, "2021年7月13日").0, None);
    }

    #[test]
    fn a_government_said_by_its_level_is_the_documents_place() {
        let got = found_of(
            "青石市政府工作报告\n\n1月8日，青石市第十八届人民代表大会第五次会议开幕。             市长王建国代表市人民政府作政府工作报告，回顾2024年工作，部署2025年任务。",
        );
        assert_eq!(one(&got, "2024年").0, Some("青石市"));
        assert_eq!(one(&got, "2025年").0, Some("青石市"));
        assert_eq!(level_government("省人民政府"), Some('省'));
        assert_eq!(level_government("青石市人民政府"), None);
    }

    #[test]
    fn a_day_after_yu_is_of_the_name_before_it() {
        let got = found_of(
            "青石新材料股份有限公司公告\n\n青石新材料股份有限公司于2026年9月18日召开董事会会议，             审议通过了《关于收购南湖水务有限公司51%股权的议案》。",
        );
        assert_eq!(one(&got, "2026年9月18日").0, Some("青石新材料股份有限公司"));
    }

    #[test]
    fn a_dates_place_said_in_a_chain_is_the_smallest() {
        let got = found_of(
            "青石县签约\n\n本报讯（记者 李明）3月26日，南湖市青石县一季度重大项目集中签约活动在城关镇举行。",
        );
        assert_eq!(one(&got, "3月26日").0, Some("青石县"));
    }

    #[test]
    fn the_whole_plant_of_a_phase_project_is_the_plant() {
        let got = found_of(
            "南湖热电\n\n南湖热电厂三期工程昨日投产。\
             三期投运后，全厂日处理能力由800吨提高到1500吨。",
        );
        assert_eq!(one(&got, "1500吨").0, Some("南湖热电厂"));
        let m = Mention {
            start: 0,
            end: 0,
            name: "南湖热电厂三期工程".into(),
            new_kind: Some("project".into()),
            sentence: 0,
            how: None,
        };
        assert_eq!(
            phase_owner(&m, "厂").map(|p| p.name).as_deref(),
            Some("南湖热电厂")
        );
        assert!(phase_owner(&m, "区").is_none());
    }

    #[test]
    fn a_subdistrict_is_a_place_and_a_canteen_is_named() {
        // 街道 (a subdistrict) is a township-level place, listed like one.
        let names: Vec<String> = find_places("东湖街道、西山镇和南岭乡，各街道，干净的街道")
            .into_iter()
            .map(|m| m.name)
            .collect();
        assert_eq!(names, vec!["东湖街道", "西山镇", "南岭乡"]);
        // A verb before the common noun makes no place of it.
        let got = found_of("青石区环卫\n\n东湖街道组织志愿者打扫街道，共出动1200人次。");
        assert_eq!(one(&got, "1200人次").0, Some("东湖街道"));
        let got = found_of(
            "青石区养老\n\n从各镇街看，东湖街道、西山镇和南岭乡的助餐点分别为12个、9个和7个。",
        );
        assert_eq!(one(&got, "12个").0, Some("东湖街道"));
        assert_eq!(one(&got, "7个").0, Some("南岭乡"));
        // A canteen named with its place reports its own takings.
        let got = found_of("青石区养老\n\n青石区东湖街道长者食堂今年一季度营业收入32.5万元。");
        assert_eq!(one(&got, "32.5万元").0, Some("青石区东湖街道长者食堂"));
    }

    #[test]
    fn a_station_named_by_its_place_is_named_but_a_service_post_is_not() {
        let got = found_of(
            "青石铁路\n\n青石高铁今日开通。新建的南湖站站房面积1.8万平方米，设4个站台。\
             南湖北站今年已发送旅客32万人次。",
        );
        assert_eq!(one(&got, "1.8万平方米").0, Some("南湖站"));
        assert_eq!(one(&got, "32万人次").0, Some("南湖北站"));
        // A route's end is no subject: the line runs between the stations.
        let got =
            found_of("青石铁路\n\n青石高铁今日开通。开通初期，东湖站至南湖站每日开行列车40列。");
        assert_ne!(one(&got, "40列").0, Some("南湖站"));
        // A post named by what it does (社区养老服务站) is no station.
        let got = found_of("青石区养老\n\n青石区今年新建社区养老服务站35个，养老床位达到5200张。");
        assert_eq!(one(&got, "5200张").0, Some("青石区"));
    }

    #[test]
    fn a_quoted_name_opening_a_clause_is_what_the_clause_measures() {
        let got = found_of(
            "青石县文旅\n\n青石县今年冬季接待游客120万人次。\
             “冰雪旅游专列”共开行38列，运送游客2.7万人次。",
        );
        assert_eq!(one(&got, "120万人次").0, Some("青石县"));
        assert_eq!(one(&got, "38列").0, Some("冰雪旅游专列"));
        assert_eq!(one(&got, "2.7万人次").0, Some("冰雪旅游专列"));
        // It names no value before it, and the thread runs on past it.
        let got = found_of(
            "青石县茶业\n\n青石县注册茶叶品牌26个，“青石贡茶”品牌价值评估为12.6亿元。\
             全年茶叶产值达到38亿元。",
        );
        assert_eq!(one(&got, "26个").0, Some("青石县"));
        assert_eq!(one(&got, "12.6亿元").0, Some("青石贡茶"));
        assert_eq!(one(&got, "38亿元").0, Some("青石县"));
        // A phrase described (“某某”的局面), a period (“十四五”期间) and a
        // headline's catchphrase are no names.
        let names: Vec<String> =
            quoted_names("回程比例达到32%，“去重回空”的局面明显改善。“十四五”期间")
                .into_iter()
                .map(|m| m.name)
                .collect();
        assert!(names.is_empty(), "{names:?}");
        let got = found_of("青石县：“奶牛经济”挤出致富奶\n\n青石县今年生鲜乳产量达到12万吨。");
        assert_eq!(one(&got, "12万吨").0, Some("青石县"));
    }

    #[test]
    fn a_park_centre_or_project_of_several_words_opening_a_clause_is_named() {
        let got = found_of(
            "青石县工业\n\n青石县今年工业总产值达到260亿元。\
             光电材料产业园已入驻企业38家，实现产值41亿元。",
        );
        assert_eq!(one(&got, "260亿元").0, Some("青石县"));
        assert_eq!(one(&got, "38家").0, Some("光电材料产业园"));
        assert_eq!(one(&got, "41亿元").0, Some("光电材料产业园"));
        // So is a centre or a project opening a clause, but not the
        // project said before by its part (项目主体工程).
        let got = found_of(
            "青石县项目建设\n\n青石县今年开工重点项目12个。\
             其中，果蔬冷藏加工中心总投资3.6亿元；\
             南岭水厂扩建工程已于5月8日开工。",
        );
        assert_eq!(one(&got, "3.6亿元").0, Some("果蔬冷藏加工中心"));
        assert_eq!(one(&got, "5月8日").0, Some("南岭水厂扩建工程"));
        let got = found_of("青石高速\n\n青石至南岭高速公路今年加快建设，项目主体工程已完成85%。");
        assert_ne!(one(&got, "85%").0, Some("项目主体工程"));
        // 工业园区 alone is no particular park.
        let got =
            found_of("青石县工业\n\n青石县今年工业总产值达到260亿元。工业园区实现产值41亿元。");
        assert_eq!(one(&got, "41亿元").0, Some("青石县"));
    }

    #[test]
    fn what_stands_at_a_place_is_named_by_the_words_after_de() {
        let got = found_of(
            "青石市阅读\n\n青石市今年新建城市书房18家。\
             其中，位于东湖区的荷风书房面积约280平方米，全年接待读者4.1万人次。",
        );
        assert_eq!(one(&got, "18家").0, Some("青石市"));
        assert_eq!(one(&got, "约280平方米").0, Some("荷风书房"));
        assert_eq!(one(&got, "4.1万人次").0, Some("荷风书房"));
        // 占地X的Y: Y is what covers the area, a verb before its ending
        // and all.
        let got = found_of("青石县工业\n\n青石县还规划建设了占地1.8平方公里的光电装备制造产业园。");
        assert_eq!(one(&got, "1.8平方公里").0, Some("光电装备制造产业园"));
        // The name ends at the function word after it (以).
        let names: Vec<String> = located_thing(
            "位于南湖路的青石影城以860万元的票房居首位",
            &segment::tag("位于南湖路的青石影城以860万元的票房居首位"),
            &[],
        )
        .into_iter()
        .map(|m| m.name)
        .collect();
        assert_eq!(names, vec!["青石影城"]);
    }

    #[test]
    fn a_name_a_clause_sets_up_is_what_the_clauses_after_it_speak_of() {
        let got = found_of(
            "青石县工业\n\n青石县去年建成了占地1.2平方公里的光电装备产业园，目前已有配件企业6家入驻，\
             年产值约12亿元。",
        );
        assert_eq!(one(&got, "6家").0, Some("光电装备产业园"));
        assert_eq!(one(&got, "约12亿元").0, Some("光电装备产业园"));
        // The thing set up is a name by its ending alone.
        let got =
            found_of("青石县畜牧\n\n青石县白沙乡的牧民成立了黑山羊养殖合作社，存栏山羊1.6万只。");
        assert_eq!(one(&got, "1.6万只").0, Some("黑山羊养殖合作社"));
        // A kind of thing said by its level is no name.
        let got = found_of("青石县畜牧\n\n白沙村成立了村养殖合作社，存栏山羊1.6万只。");
        assert_ne!(one(&got, "1.6万只").0, Some("村养殖合作社"));
        // Without a set-up verb the sentence's subject keeps them.
        let got = found_of("青石县工业\n\n青石县光电产业发展迅速，目前已有配件企业6家。");
        assert_eq!(one(&got, "6家").0, Some("青石县"));
    }

    #[test]
    fn a_name_jieba_glues_to_the_verb_of_saying_is_whole() {
        // 郑德/nr 明说/v: the name's last character is glued to 说.
        let got = found_of("青石县养牛\n\n青石村养殖户郑德明说，他家今年出栏肉牛12头。");
        assert_eq!(one(&got, "12头").0, Some("郑德明"), "{got:?}");
        // A border resident (边民) is one of the people.
        let got = found_of("青石县边贸\n\n青石镇边民周国华说，他所在的互助组今年运货300多票。");
        assert_eq!(one(&got, "300多票").0, Some("周国华"), "{got:?}");
        // 村边/s 民郑德/nr 明说/v: jieba glues the title's last character
        // to the surname and the name's last to the verb.
        let got =
            found_of("青石县边贸\n\n青石镇竹山村边民郑德明说，他所在的互助组今年运货300多票。");
        assert_eq!(one(&got, "300多票").0, Some("郑德明"), "{got:?}");
    }

    #[test]
    fn modern_inside_a_zone_name_is_the_names_word() {
        // 现代/t is no time word inside 某某现代服务业合作区.
        let got = found_of(
            "东港新区招商\n\n2026年前三季度，南湖东港现代服务业合作区新注册企业326家，同比增长12.5%。",
        );
        assert_eq!(
            one(&got, "326家").0,
            Some("南湖东港现代服务业合作区"),
            "{got:?}"
        );
        // 北/f 湾/n 深港/ns: a place jieba cuts into characters opens it.
        let got = found_of("深港合作\n\n今年以来，北湾深港现代服务业合作区新注册企业326家。");
        assert_eq!(
            one(&got, "326家").0,
            Some("北湾深港现代服务业合作区"),
            "{got:?}"
        );
    }

    #[test]
    fn a_park_opening_is_no_part_of_the_name_before_it() {
        // 开园/ns is the verb (opened), not a park named 某某中心开园.
        let got = found_of(
            "南湖托育\n\n位于软件园二期的南湖星苗托育中心开园仅半年，就招收了入托幼儿86名。",
        );
        assert_eq!(one(&got, "86名").0, Some("南湖星苗托育中心"), "{got:?}");
    }

    #[test]
    fn a_level_after_a_verb_or_a_conjunction_is_no_place() {
        // 跨县（区）: across counties, no county named 跨县.
        let got = found_of(
            "青石县搬迁\n\n青石县建成集中安置点12个，其中县内安置点9个、跨县（区）安置点3个。",
        );
        assert_eq!(one(&got, "3个").0, Some("青石县"), "{got:?}");
        // 市域快线: the city's whole area, not a city 采购市.
        let got = found_of("南湖地铁\n\n南湖市轨道交通5号线车辆项目：采购市域快线车辆16列。");
        assert_ne!(one(&got, "16列").0, Some("采购市"), "{got:?}");
        // 而郊区地块: the conjunction and the suburbs open no name.
        let got = found_of("青石市土地\n\n青石市优质地块竞争激烈，而郊区地块今年流拍3宗。");
        assert_eq!(one(&got, "3宗").0, Some("青石市"), "{got:?}");
    }

    #[test]
    fn a_name_of_no_han_surname_between_a_title_and_saying_is_a_person() {
        let got = found_of(
            "草原旅游\n\n青石旗的草原民宿红火，经营者娜仁其其格说：“假期每晚房价300元至600元。”",
        );
        assert_eq!(one(&got, "300元至600元").0, Some("娜仁其其格"), "{got:?}");
        let got = found_of(
            "牧业合作社\n\n青石乡的牧家乐红火，牧民巴特尔说：“假期每晚房价200元至400元。”",
        );
        assert_eq!(one(&got, "200元至400元").0, Some("巴特尔"), "{got:?}");
        // A verb jieba starts after the name (在, 家); not common words.
        let got = found_of("青石县芒果\n\n青石镇果农阿依古丽家种了30亩芒果。");
        assert_eq!(one(&got, "30亩").0, Some("阿依古丽"), "{got:?}");
        let got = found_of("青石县志愿者\n\n全县志愿者分布在12个乡镇。");
        assert_ne!(one(&got, "12个").0, Some("分布"), "{got:?}");
        // 务工人员郑德明说: 员 is the title's (人员 is none of the people's).
        let got = found_of("青石县返乡\n\n返乡务工人员郑德明说，他家今年养了三头牛。");
        assert_eq!(one(&got, "三头").0, Some("郑德明"), "{got:?}");
    }

    /// 国家统计局X调查总队发布数据，全省…: a survey office's figures are
    /// the place's it surveys, not the bureau's (nor a cut 国家统计局).
    #[test]
    fn a_survey_office_reports_on_its_place() {
        let got = subjects_of(
            "九月物价平稳\n\n国家统计局江西调查总队10月15日发布数据，9月份，全省居民消费价格同比上涨0.6%，\
             环比上涨0.2%。",
        );
        assert_eq!(one_subject(&got, "0.6%"), Some("江西省"), "{got:?}");
        assert_eq!(one_subject(&got, "0.2%"), Some("江西省"), "{got:?}");
        let got = subjects_of(
            "青州物价\n\n国家统计局青州调查队发布数据，10月份，全市居民消费价格同比上涨0.3%。",
        );
        assert_eq!(one_subject(&got, "0.3%"), Some("青州市"), "{got:?}");
    }

    /// “…”王女士说。: a quote with its speaker after it in the same
    /// sentence is the speaker's, not the place said before her.
    #[test]
    fn a_quote_is_its_speakers_when_she_is_named_after_it() {
        let got = subjects_of(
            "护理保险\n\n家住北湖区的王女士，父亲卧床多年。\
             “护理员每周上门两次，一个月自己只掏三百多元。”王女士说。",
        );
        assert_eq!(one_subject(&got, "两次"), Some("王女士"), "{got:?}");
        assert_eq!(one_subject(&got, "三百多元"), Some("王女士"), "{got:?}");
    }

    /// A table's rows (cells set apart by ideographic spaces) open with
    /// the name their figures are of, whatever its ending.
    #[test]
    fn a_table_row_opens_with_its_name() {
        let got = subjects_of(
            "青石县供热\n\n据青石县城市管理局介绍，各热源单位情况如下：\n\
             青石热电厂\u{3000}供热面积1200万平方米\u{3000}储煤8.6万吨\n\
             其他热源单位\u{3000}供热面积300万平方米\n\n全县储煤合计12万吨。",
        );
        assert_eq!(
            one_subject(&got, "1200万平方米"),
            Some("青石热电厂"),
            "{got:?}"
        );
        assert_eq!(one_subject(&got, "8.6万吨"), Some("青石热电厂"), "{got:?}");
        assert_eq!(
            one_subject(&got, "300万平方米"),
            Some("其他热源单位"),
            "{got:?}"
        );
    }

    /// A post's byline (the account's name and the date, set apart by an
    /// ideographic space) is no table row: its name is no subject.
    #[test]
    fn a_byline_with_a_printed_date_is_no_table_row() {
        let got = subjects_of(
            "青石县医保待遇再提高\n\n青石医保\u{3000}2026-11-20 08:30\n\n\
             近日，县医保局发布通知。城乡居民医保财政补助标准提高到每人每年700元。",
        );
        assert_ne!(one_subject(&got, "700元"), Some("青石医保"), "{got:?}");
        assert!(is_printed_date("2026-11-20"));
        assert!(is_printed_date("2026/1/5"));
        assert!(!is_printed_date("-0.1"));
        assert!(!is_printed_date("12-15"));
    }

    /// A bulletin's byline (its issuer and a date written in words, set
    /// apart by an ideographic space) is no table row; 全州 after it is
    /// the prefecture the headline and the byline open with, not the
    /// county named last.
    #[test]
    fn a_bulletins_byline_is_no_row_and_the_whole_prefecture_is_its_own() {
        let got = subjects_of(
            "楚雄州春耕生产情况通报\n\n楚雄州农业农村局\u{3000}2026年3月2日\n\n\
             今年以来，全州春播面积12.5万亩，其中石门、安河两县超过3万亩。\n\n\
             安河县新建高标准农田1.2万亩。\n\n全州投入春耕资金8600万元。",
        );
        assert_eq!(one_subject(&got, "12.5万亩"), Some("楚雄州"), "{got:?}");
        assert_eq!(one_subject(&got, "8600万元"), Some("楚雄州"), "{got:?}");
        assert!(is_written_full_date("2026年3月2日"));
        assert!(!is_written_full_date("2026年3月"));
        assert!(!is_written_full_date("12.5万亩"));
    }

    /// 其中石门、安河两县…: places a list counts are parts the bulletin
    /// compares, not its topic; a paragraph naming nothing speaks of the
    /// prefecture its headline and byline open with.
    #[test]
    fn a_place_a_list_counts_is_no_topic_over_the_prefecture_of_the_lines() {
        let got = subjects_of(
            "楚雄州抗旱救灾工作情况通报（第3期）\n\n楚雄州防汛抗旱指挥部办公室\u{3000}2026年3月2日\n\n\
             今年入春以来，我州降水偏少。1月1日至3月1日，全州平均降水量12.5毫米，\
             其中石门、安河两县偏少七成以上。\n\n全州农作物受旱面积3.2万公顷。\n\n一、措施\n\n\
             州级已下拨抗旱资金1,200万元，调拨抽水泵260台。",
        );
        assert_eq!(one_subject(&got, "1,200万元"), Some("楚雄州"), "{got:?}");
        assert_eq!(one_subject(&got, "260台"), Some("楚雄州"), "{got:?}");
    }

    /// A table whose header gives each column's unit in brackets: its
    /// rows' bare numbers are values in those units, of the row's first
    /// cell, named by the column; a line that is no row ends the table.
    /// Each table cell found with its value (in base units) and unit.
    fn assert_cells(x: &Extraction, cells: &[(&str, &str, Unit)]) {
        for &(cell, value, unit) in cells {
            let (_, q) = found_quantity(x, cell);
            assert_eq!(
                (q.value.to_string(), q.unit),
                (value.into(), unit),
                "{cell}"
            );
        }
    }

    /// The value found as `text` in `x`, and its quantity; panics (a test's
    /// failure) when there is none or it is no quantity.
    fn found_quantity<'a>(x: &'a Extraction, text: &str) -> (&'a Found, &'a Quantity) {
        let f = x
            .found
            .iter()
            .find(|f| f.text == text)
            .unwrap_or_else(|| panic!("{text} not found: {:?}", x.found));
        let crate::model::Value::Quantity(q) = &f.value else {
            panic!("{text}: a quantity")
        };
        (f, q)
    }

    /// Round 50: a county named by a numeral and a counter (三台县) is that
    /// place where its paragraph says its name alone, not three machines;
    /// a count of counties (三个县) or a county road (两条县道) names none.
    #[test]
    fn a_place_named_by_a_numeral_is_no_count() {
        let x = extract(
            "t.txt",
            "生猪生产平稳\n\n记者从三台县农业农村局获悉，前三季度三台生猪出栏128万头。",
            &Known::new(),
        )
        .unwrap();
        let counts: Vec<&str> = x.found.iter().map(|f| f.text.as_str()).collect();
        assert!(!counts.iter().any(|t| t.starts_with("三台")), "{counts:?}");
        let (_, q) = found_quantity(&x, "128万头");
        assert_eq!(q.value.to_string(), "1280000");
        let x = extract(
            "t.txt",
            "全市三个县新增农机三台，修了两条县道，共三台。",
            &Known::new(),
        )
        .unwrap();
        let (_, q) = found_quantity(&x, "三台");
        assert_eq!(q.value.to_string(), "3");
    }

    #[test]
    fn a_table_header_gives_its_cells_units() {
        let x = extract(
            "t.txt",
            "青石市人口公报\n\n各县常住人口及城镇化率\n\
             县（市、区）\u{3000}常住人口（万人）\u{3000}城镇化率（%）\n\
             青石区\u{3000}58.6\u{3000}96.10\n\
             白云县\u{3000}23.4\u{3000}53.25\n\n\
             注：分项之和与总数略有差异。\n\n全市另有12.5个景点。",
            &Known::new(),
        )
        .unwrap();
        let read = |text: &str| {
            let (f, q) = found_quantity(&x, text);
            (
                q.value.to_string(),
                q.unit,
                f.subject.clone(),
                f.attribute.clone(),
            )
        };
        let (v, unit, subject, attr) = read("58.6");
        assert_eq!(
            (v.as_str(), unit, subject.as_deref()),
            ("586000", Unit::Count, Some("青石区"))
        );
        assert!(attr.contains("population"), "{attr}");
        let (v, unit, subject, attr) = read("53.25");
        assert_eq!(
            (v.as_str(), unit, subject.as_deref()),
            ("53.25", Unit::Percent, Some("白云县"))
        );
        assert_eq!(attr, "urbanization_rate");
        assert!(!x.found.iter().any(|f| f.text == "12.5"), "{:?}", x.found);
    }

    /// A quote whose speaker is named after it (“…”李家旺说), the text
    /// having named them by a title of the people before (蔗农李家旺): the
    /// quote's figures are the speaker's, not the county's.
    #[test]
    fn a_quote_of_one_of_the_people_named_before_is_theirs() {
        let got = subjects_of(
            "青石县甘蔗开榨\n\n青石县今年糖料蔗种植面积30万亩。蔗农李家旺家的甘蔗已经开砍。\n\n\
             “现在用机器收，一天能收五十来亩。”李家旺说。",
        );
        assert_eq!(
            subject_of(&got, "五十来亩").as_deref(),
            Some("李家旺"),
            "{got:?}"
        );
        assert_eq!(
            subject_of(&got, "30万亩").as_deref(),
            Some("青石县"),
            "{got:?}"
        );
    }

    /// 市区 opening a sentence after its period is the city, as 全市 is:
    /// not the plot the sentence before ended on.
    #[test]
    fn the_city_said_by_shiqu_is_the_texts_city() {
        let got = subjects_of(
            "青州11月土地出让\n\n记者从青州市自然资源局获悉，11月青州市区出让2宗住宅用地。\
             其中，QZ105地块经过21轮竞价成交，成交价4.6亿元。\
             今年以来，市区累计出让住宅用地14宗，成交金额52.8亿元。",
        );
        assert_eq!(
            subject_of(&got, "14宗").as_deref(),
            Some("青州市"),
            "{got:?}"
        );
        assert!(city_said_whole("市区道路改造").is_none());
        assert!(city_said_whole("位于市区的工厂").is_none());
    }

    /// A province's grid (浙江电网) is the enterprise the place and the
    /// trade name: its load is not the province's; the province said
    /// alone keeps its own figures.
    #[test]
    fn a_place_and_a_trade_name_an_enterprise() {
        let x = extract(
            "t.txt",
            "电力保供一线见闻\n\n2026年8月20日\n\n记者从浙江省能源局获悉，浙江省今年新增光伏装机320万千瓦。今年夏季，浙江电网最高负荷达到1.23亿千瓦，同比增长5.1%。",
            &Known::new(),
        )
        .unwrap();
        let (f, _) = found_quantity(&x, "1.23亿千瓦");
        assert_eq!(f.subject.as_deref(), Some("浙江电网"));
        let (f, _) = found_quantity(&x, "320万千瓦");
        assert_eq!(f.subject.as_deref(), Some("浙江省"));
        // The trade's word heading a longer one: no enterprise.
        let got = subjects_of(
            "青石县经济运行\n\n今年前三季度，云南烟草种植面积达到35万亩。\
             上海移动支付交易额达到1.2万亿元。广东电信诈骗案件同比下降30%。",
        );
        for (value, trade) in [("35万亩", "烟草"), ("1.2万亿元", "移动"), ("30%", "电信")]
        {
            let got = subject_of(&got, value);
            assert!(
                !got.as_deref().is_some_and(|s| s.contains(trade)),
                "{value}: {got:?}"
            );
        }
    }

    /// Visitors counted by where they come to, the place said short after
    /// 来 (来台旅客): the place's figures.
    #[test]
    fn visitors_to_a_place_said_short_are_its() {
        let x = extract(
            "t.txt",
            "前三季來臺旅客增加\n\n（記者王明臺北5日電）觀光主管部門今天公布統計，今年1至9月來臺旅客512萬人次，年增12.4%。臺灣觀光旅館平均住用率65%。",
            &Known::new(),
        )
        .unwrap();
        let (f, _) = found_quantity(&x, "512萬人次");
        assert_eq!(f.subject.as_deref(), Some("臺灣"));
        let x = extract(
            "t.txt",
            "前三季來臺旅客增加\n\n（記者王明臺北5日電）今年1至9月來臺旅客512萬人次。其中，泰國旅客38.2萬人次，越南旅客合計41.5萬人次。",
            &Known::new(),
        )
        .unwrap();
        let (f, _) = found_quantity(&x, "38.2萬人次");
        assert_eq!(f.subject.as_deref(), Some("泰國旅客"));
        let (f, _) = found_quantity(&x, "41.5萬人次");
        assert_eq!(f.subject.as_deref(), Some("越南旅客"));
        // A breakdown by market: the sentence after it is not the last
        // market's.
        let got = subjects_of(
            "入境旅客统计\n\n今年1至9月入境旅客512万人次。其中，日本旅客98.6万人次，\
             韩国旅客86.5万人次。航空旅客运送量达到3000万人次。",
        );
        assert_eq!(subject_of(&got, "86.5万人次").as_deref(), Some("韩国旅客"));
        assert_ne!(subject_of(&got, "3000万人次").as_deref(), Some("韩国旅客"));
    }

    /// A table set apart by bars whose last column gives no unit (同比):
    /// its cells say their own (上升3.5%), and the bare cells of the
    /// columns that give one are still read in it.
    #[test]
    fn a_bar_table_reads_bare_cells_beside_a_change() {
        let x = extract(
            "t.txt",
            "青石县前三季度工业情况\n\n表：分行业情况\n\
             行业｜企业数（家）｜产值（亿元）｜同比\n\
             机械制造｜38｜12.6｜上升3.5%\n\
             家具｜52｜4.8｜下降1.2%\n\n\
             全县规上工业增加值增长6%。",
            &Known::new(),
        )
        .unwrap();
        let (f, q) = found_quantity(&x, "12.6");
        assert_eq!(
            (q.value.to_string().as_str(), q.unit, f.subject.as_deref()),
            ("1260000000", Unit::Cny, Some("机械制造"))
        );
        let (f, q) = found_quantity(&x, "52");
        assert_eq!(
            (q.value.to_string().as_str(), q.unit, f.subject.as_deref()),
            ("52", Unit::Count, Some("家具"))
        );
        assert!(x.found.iter().any(|f| f.text == "1.2%"), "{:?}", x.found);
    }

    /// A bare cell is named by its column's header with the header's unit
    /// (接待量（万人次）: people received, counted each visit), not by the
    /// bare number alone (round 48).
    #[test]
    fn a_bare_cell_is_named_by_its_column_and_its_unit() {
        let x = extract(
            "t.txt",
            "青石县各景区国庆接待情况\n\n\
             景区｜接待量（万人次）｜同比增长（%）\n\
             青石湖｜12.5｜8.1\n\
             白马山｜7.4｜3.6\n\n\
             全县旅游收入增长6%。",
            &Known::new(),
        )
        .unwrap();
        let (f, q) = found_quantity(&x, "12.5");
        assert_eq!(
            (q.value.to_string().as_str(), f.subject.as_deref()),
            ("125000", Some("青石湖"))
        );
        assert_eq!(f.attribute, "visitor_count", "{:?}", f.why);
        let (f, _) = found_quantity(&x, "7.4");
        assert_eq!(f.attribute, "visitor_count");
    }

    /// Round 49 (h49z): a header naming periods and their changes (项目｜
    /// 10月｜同比变动｜1—10月累计｜同比变动) over rows naming what they measure
    /// in their own unit: each bare cell is the row's measure in that unit,
    /// each percent under a change column a growth rate.
    #[test]
    fn rows_naming_their_unit_under_period_columns_are_read() {
        let x = extract(
            "t.txt",
            "青石矿业10月经营数据公告

             项目｜10月｜同比变动｜1—10月累计｜同比变动
             原煤产量（万吨）｜325.4｜3.2%｜3,118.6｜-1.5%
             其中：洗精煤产量（万吨）｜120.8｜2.4%｜1,160.2｜1.1%
",
            &Known::new(),
        )
        .unwrap();
        let (f, q) = found_quantity(&x, "325.4");
        assert_eq!(
            (q.value.to_string().as_str(), q.unit),
            ("3254000", Unit::Tonne)
        );
        assert_eq!(f.attribute, "coal_output", "{:?}", f.why);
        let (_, q) = found_quantity(&x, "3,118.6");
        assert_eq!(q.value.to_string(), "31186000");
        let (_, q) = found_quantity(&x, "1,160.2");
        assert_eq!(q.value.to_string(), "11602000");
        let (f, q) = found_quantity(&x, "-1.5%");
        assert_eq!(
            (f.attribute.as_str(), q.value.to_string()),
            ("growth_rate", "-1.5".into())
        );
    }

    /// A column of yields (单产（公斤/亩）) gives its cells the mass per 亩;
    /// a row marked ＃ (an item of the row above) is named without the mark,
    /// read to its own end before the next row's name; the row of the whole
    /// (全县) is the place's, no thing of its own.
    #[test]
    fn a_yield_table_reads_its_rows() {
        let x = extract(
            "t.txt",
            "云岭县油料生产公报\n\n云岭县2025年油料生产情况如下。\n\n\
             作物\u{3000}面积（万亩）\u{3000}单产（公斤/亩）\n\
             全县油料\u{3000}12.6\u{3000}188.4\n\
             \u{3000}＃油菜\u{3000}9.1\u{3000}176.2\n\
             \u{3000}\u{3000}大豆\u{3000}3.5\u{3000}219.7\n",
            &Known::new(),
        )
        .unwrap();
        let read = |text: &str| {
            let (f, q) = found_quantity(&x, text);
            (q.value.to_string(), q.unit, f.subject.clone())
        };
        let (v, unit, subject) = read("176.2");
        assert_eq!(
            (v.as_str(), unit, subject.as_deref()),
            ("0.1762", Unit::Tonne, Some("油菜"))
        );
        let (v, unit, subject) = read("219.7");
        assert_eq!(
            (v.as_str(), unit, subject.as_deref()),
            ("0.2197", Unit::Tonne, Some("大豆"))
        );
        let (_, _, subject) = read("188.4");
        assert_ne!(subject.as_deref(), Some("全县油料"));
        assert!(
            !x.found.iter().any(|f| f.text.starts_with("176.2大")),
            "{:?}",
            x.found
        );
    }

    /// 块 after a verb of paying (补三块) or before what a price is by (十八块
    /// 一份) is yuan; 三块地 stays three plots.
    #[test]
    fn kuai_is_yuan_where_it_is_paid() {
        let x = extract(
            "t.txt",
            "食堂\n\n陈女士说：“政府每餐补三块，老人自己掏九块就行了。晚上卖十八块一份的套餐。”\
             村里还分了三块地。",
            &Known::new(),
        )
        .unwrap();
        let unit = |text: &str| {
            let (_, q) = found_quantity(&x, text);
            (q.value.to_string(), q.unit)
        };
        assert_eq!(unit("三块"), ("3".into(), Unit::Cny));
        assert_eq!(unit("九块"), ("9".into(), Unit::Cny));
        assert_eq!(unit("十八块"), ("18".into(), Unit::Cny));
        let yuan = |f: &&Found| matches!(&f.value, crate::model::Value::Quantity(q) if q.unit == Unit::Cny);
        assert!(x
            .found
            .iter()
            .filter(|f| f.text == "三块")
            .filter(yuan)
            .all(|f| f.quote.contains("补三块")));
    }

    /// 今年以来青石区法院…, 记者走进青石食堂: the 来 of 以来 and a verb
    /// glued before a name are no part of it.
    #[test]
    fn since_and_a_visit_verb_are_cut_from_a_name() {
        let got = subjects_of(
            "青石区法院宣判\n\n据统计，今年以来青石区法院共审结案件23件。\n\n\
             日前，记者走进白云街道长者食堂，食堂每天供餐350份。",
        );
        assert_eq!(one_subject(&got, "23件"), Some("青石区法院"), "{got:?}");
        assert_eq!(
            one_subject(&got, "350份"),
            Some("白云街道长者食堂"),
            "{got:?}"
        );
    }

    /// 家住青石区的: where a person lives is a place said after the verb.
    #[test]
    fn where_one_lives_is_no_part_of_the_place() {
        let got: Vec<String> = find_places("家住青石区的王女士说，一家人住在北关村。")
            .into_iter()
            .map(|m| m.name)
            .collect();
        assert_eq!(got, ["青石区", "北关村"]);
    }

    /// 据青石市农业农村局监测: the office's trade (农业农村) is no village,
    /// so the figures after it are the city's.
    #[test]
    fn an_office_trade_after_a_city_is_no_village() {
        let got: Vec<String> = find_places("据青石市农业农村局监测，本月鸡蛋价格回落。")
            .into_iter()
            .map(|m| m.name)
            .collect();
        assert_eq!(got, ["青石市"]);
        let got = subjects_of(
            "青石市鸡蛋价格回落\n\n据青石市农业农村局监测，本月全市鸡蛋均价为每公斤9.6元，环比下降2.1%。",
        );
        assert_eq!(one_subject(&got, "2.1%"), Some("青石市"), "{got:?}");
    }

    /// 远山重工总经理张海介绍，…: a company's officer gives the company's
    /// own figures; an office's officer still speaks for the place.
    #[test]
    fn a_company_officer_speaking_gives_its_figures() {
        let got = subjects_of(
            "青石县引进装备项目\n\n该项目由青石远山重工有限公司（以下简称“远山重工”）投资建设。\n\n\
             记者在车间看到，工人们正在调试设备。远山重工总经理张海介绍，首台设备售价85万元，已获订单300台。",
        );
        assert_eq!(
            one_subject(&got, "85万元"),
            Some("青石远山重工有限公司"),
            "{got:?}"
        );
        assert_eq!(
            one_subject(&got, "300台"),
            Some("青石远山重工有限公司"),
            "{got:?}"
        );
    }

    /// 县财政局相关负责人表示: 相关 before the title of an office said by
    /// its level alone; the goal after it is the county's.
    #[test]
    fn a_related_officer_of_a_level_office_speaks_for_the_place() {
        let got = subjects_of(
            "青石县财政收入增长\n\n前三季度，青石县一般公共预算收入完成18.2亿元。\n\n\
             县财政局相关负责人表示，全年一般公共预算收入力争突破25亿元。",
        );
        assert_eq!(one_subject(&got, "突破25亿元"), Some("青石县"), "{got:?}");
    }

    /// 3月8日，位于甲开发区的乙电站并网: the day is the station's, not the
    /// zone's where it stands.
    #[test]
    fn a_day_is_of_the_thing_located_not_of_where_it_is() {
        let got = subjects_of(
            "青石储能电站并网\n\n3月8日，位于青石经济开发区的远山储能电站正式并网发电。",
        );
        assert_eq!(one_subject(&got, "3月8日"), Some("远山储能电站"), "{got:?}");
    }

    /// 各乡镇、县直有关部门：… an addressee line names every town, no place
    /// of the figures after it.
    #[test]
    fn every_town_addressed_is_no_subject() {
        let got = subjects_of(
            "青石县应急管理局关于暴雨灾情的通报\n\n各乡镇、县直有关部门：7月2日，我县普降暴雨，全县平均降雨量96.5毫米。",
        );
        assert_eq!(one_subject(&got, "96.5毫米"), Some("青石县"), "{got:?}");
        // A city whose name opens as those words do is still a place.
        let got = subjects_of("粮食丰收\n\n诸城市今年粮食总产量达到12万吨。");
        assert_eq!(one_subject(&got, "12万吨"), Some("诸城市"), "{got:?}");
    }

    /// 往返东南亚及中东的航线: the way the flights go is no part of the
    /// first item of the list.
    #[test]
    fn a_way_of_going_opens_no_list_item() {
        let got =
            subjects_of("青石机场客流回升\n\n往返东南亚及中东的航线客运量分别增长12.4%和8.8%。");
        assert_eq!(one_subject(&got, "12.4%"), Some("东南亚"), "{got:?}");
        assert_eq!(one_subject(&got, "8.8%"), Some("中东"), "{got:?}");
    }

    /// 百分之七八 is 7% to 8%, 百分之五六十 50% to 60%; 一千二 after 多收, or
    /// in a comparison after money, is yuan.
    #[test]
    fn spoken_percent_ranges_and_round_money() {
        let got = found_of("种粮大户说，今年亩产能涨百分之七八，出苗率有百分之五六十。");
        assert!(got.iter().any(|(t, _, _)| t == "百分之七八"), "{got:?}");
        assert!(got.iter().any(|(t, _, _)| t == "百分之五六十"), "{got:?}");
        let x = extract("t.txt", "亩产能涨百分之七八。", &Known::new()).unwrap();
        let f = x.found.iter().find(|f| f.text == "百分之七八").unwrap();
        let Value::Quantity(q) = &f.value else {
            panic!("{f:?}");
        };
        assert_eq!(
            (q.value.to_string(), q.upper.map(|u| u.to_string())),
            ("7".into(), Some("8".into()))
        );
        assert_eq!(q.unit, Unit::Percent);
        let x = extract(
            "t.txt",
            "村民老李：今年人均纯收入能到两万六，比去年多一千五。合作社社员户均多收三千二。",
            &Known::new(),
        )
        .unwrap();
        for v in ["一千五", "三千二"] {
            let f = x
                .found
                .iter()
                .find(|f| f.text == v)
                .unwrap_or_else(|| panic!("{v}: {:?}", x.found));
            assert!(
                matches!(&f.value, Value::Quantity(q) if q.unit == Unit::Cny),
                "{f:?}"
            );
        }
        // A count compared is no money.
        let got = found_of("今年全村种了两千四百亩，比去年多一千二。");
        assert!(got.iter().all(|(t, _, _)| t != "一千二"), "{got:?}");
    }

    /// 经济部电价费率审议会 (jieba: 审议/会) is a board; meeting and
    /// deciding (召开会议，决议…) it acts on the figures after it.
    #[test]
    fn a_review_board_is_named_and_acts() {
        for text in [
            "电价调整\n\n经济部电价费率审议会3月25日召开会议，决议4月起电价平均调涨3.5%。",
            "電價調整\n\n經濟部電價費率審議會3月25日召開會議，決議4月起電價平均調漲3.5%。",
        ] {
            let got = subjects_of(text);
            let s = one_subject(&got, "3.5%").map(simplify);
            assert_eq!(s.as_deref(), Some("经济部电价费率审议会"), "{got:?}");
        }
    }

    /// 据X县农业农村局介绍，今年全县…，其中…: a 全县 opening an earlier
    /// clause names the county for the clauses after it, not the office
    /// before it; 全镇 inside a description (甲村是全镇…的村) does not.
    #[test]
    fn a_whole_opening_an_earlier_clause_is_nearer_than_the_office() {
        let got = subjects_of(
            "柳溪县茶叶丰收\n\n据柳溪县农业农村局介绍，今年全县茶园面积约12.5万亩，\
             预计干茶产量约8600吨，产值约31亿元。",
        );
        for v in ["约12.5万亩", "约8600吨", "约31亿元"] {
            assert_eq!(
                subject_of(&got, v).as_deref(),
                Some("柳溪县"),
                "{v}: {got:?}"
            );
        }
        let got = subjects_of(
            "柳溪县茶叶丰收\n\n柳溪县茶园镇东坡村是全镇茶园最多的村，全村共有茶农415户。",
        );
        assert_eq!(
            subject_of(&got, "415户").as_deref(),
            Some("东坡村"),
            "{got:?}"
        );
    }

    /// 其 between a township and a village's one-character stem is the
    /// stem's (乡其达村); a position after a level (省内县外) or alone
    /// (以前县里) is no place.
    #[test]
    fn qi_opens_a_village_stem_and_positions_name_no_place() {
        let names =
            |t: &str| -> Vec<String> { find_places(t).into_iter().map(|m| m.name).collect() };
        assert_eq!(names("在青山乡其达村的加工厂"), ["青山乡", "其达村"]);
        assert_eq!(names("青山乡其余村"), ["青山乡"]);
        assert!(
            names("其中省内县外务工1.2万人").is_empty(),
            "{:?}",
            names("其中省内县外务工1.2万人")
        );
        assert!(
            names("以前县里没有工厂").is_empty(),
            "{:?}",
            names("以前县里没有工厂")
        );
    }

    /// ——访康县…: the visit is no part of a county whose stem is one
    /// character.
    #[test]
    fn a_visit_opens_no_one_character_county() {
        let got: Vec<String> = find_places("——访康县白杨镇党委书记")
            .into_iter()
            .map(|m| m.name)
            .collect();
        assert_eq!(got, ["康县", "白杨镇"]);
    }

    /// 清水河/特/大桥: jieba cuts 特 off a bridge's ending; the name is
    /// whole in the headline and the body. An item of a list counted
    /// right after it (特大桥、大桥12座) is a kind of bridge, not that one.
    #[test]
    fn a_grand_bridge_is_named_whole() {
        let got = subjects_of(
            "清水河特大桥建成通车\n\n横跨清水河的清水河特大桥昨日建成通车。\
             清水河特大桥全长1200米，主跨500米。\n\n\
             青石县共有特大桥、大桥12座，隧道5座。",
        );
        assert_eq!(
            subject_of(&got, "1200米").as_deref(),
            Some("清水河特大桥"),
            "{got:?}"
        );
        assert_ne!(
            subject_of(&got, "12座").as_deref(),
            Some("清水河特大桥"),
            "{got:?}"
        );
    }

    /// 共有 glued between a place and the kind of thing it counts
    /// (特大桥, 托市收购库点) makes no name: the count is the place's.
    #[test]
    fn a_having_verb_is_no_part_of_a_name() {
        let got = subjects_of("青石县交通建设提速\n\n青石县共有特大桥、大桥12座，隧道5座。");
        assert_eq!(
            subject_of(&got, "12座").as_deref(),
            Some("青石县"),
            "{got:?}"
        );
        let got = subjects_of("青石县夏粮收购过半\n\n目前青石县共有托市收购库点67个。");
        assert_eq!(
            subject_of(&got, "67个").as_deref(),
            Some("青石县"),
            "{got:?}"
        );
    }

    /// 位于X的Y with X a long chain of places (province, city and a county
    /// named for its peoples): Y is still the thing named, not the county.
    #[test]
    fn a_thing_located_in_a_long_chain_of_places_is_named() {
        let got = subjects_of(
            "白云省新能源建设提速\n\n位于白云省青山市东岭尔罗斯蒙古族自治县的\
             青石风光制氢示范项目总投资296亿元。",
        );
        assert_eq!(
            subject_of(&got, "296亿元").as_deref(),
            Some("青石风光制氢示范项目"),
            "{got:?}"
        );
    }

    /// A project said whole, then a clause opening with its second phase:
    /// the figures are the phase's, not the whole project's.
    #[test]
    fn a_clause_opening_with_a_new_phase_names_the_phase() {
        let got = subjects_of(
            "青石县重点项目\n\n青石县白鹭湾文旅综合体项目规划总投资80亿元。\
             二期工程计划明年开工，投资约30亿元。",
        );
        assert_eq!(
            subject_of(&got, "80亿元").as_deref(),
            Some("青石县白鹭湾文旅综合体项目"),
            "{got:?}"
        );
        assert_eq!(
            subject_of(&got, "约30亿元").as_deref(),
            Some("二期工程"),
            "{got:?}"
        );
    }

    /// A bulletin whose headline names only the office publishing it: a
    /// paragraph naming nothing is about the office's place, not left to
    /// the document.
    #[test]
    fn an_office_s_bulletin_is_about_its_place() {
        let got = subjects_of(
            "平邑县统计局发布前三季度经济运行情况\n\n\
             前三季度，全县地区生产总值完成85.2亿元，同比增长6.1%。\n\n\
             从产业看，第一产业增加值完成12.3亿元，同比增长3.2%。",
        );
        assert_eq!(
            subject_of(&got, "12.3亿元").as_deref(),
            Some("平邑县"),
            "{got:?}"
        );
    }

    /// 全臺 says the whole of Taiwan, as 全市 a city: the figures after it
    /// are the territory's, and the text's word is its alias. Not the 全台
    /// inside 安全台账.
    #[test]
    fn taiwan_said_whole_is_the_territory() {
        let text = "颱風農損統計出爐\n\n農業部今日公布，截至昨日17時，\
                    全臺農產品損失估計達新臺幣3億2,100萬元。";
        let x = extract("t.txt", text, &Known::new()).unwrap();
        let got: Vec<(String, Option<String>)> = x
            .found
            .iter()
            .map(|f| (f.text.clone(), f.subject.clone()))
            .collect();
        assert_eq!(
            subject_of(&got, "3億2,100萬元").as_deref(),
            Some("台湾"),
            "{got:?}"
        );
        let taiwan = x.facts.entities.iter().find(|e| e.name == "台湾");
        assert!(
            taiwan.is_some_and(|e| e.aliases.iter().any(|a| a == "全臺")),
            "{:?}",
            x.facts.entities
        );
        assert!(taiwan_said_whole("建立安全台账").next().is_none());
    }

    /// 畜禽损失共…, 以花生损失最重，…, 柚子次之，损失…: what was lost is
    /// named by the clause opening with it; a kind of loss (经济损失), a
    /// sector's (渔业损失) or a rate (损失率) names nothing.
    #[test]
    fn what_was_lost_owns_its_loss() {
        let got = subjects_of(
            "青石县遭受暴雨袭击\n\n青石县农业农村局通报灾情。\
             作物方面，以花生损失最重，被害面积2,100亩，损失金额860万元；\
             柚子次之，损失420万元。畜禽损失共95万元，渔产损失130万元。\
             全县直接经济损失约3200万元，渔业损失210万元，机收损失率控制在2%以内。",
        );
        for (value, owner) in [
            ("2,100亩", "花生"),
            ("860万元", "花生"),
            ("420万元", "柚子"),
            ("95万元", "畜禽"),
            ("130万元", "渔产"),
        ] {
            assert_eq!(
                subject_of(&got, value).as_deref(),
                Some(owner),
                "{value}: {got:?}"
            );
        }
        for value in ["约3200万元", "210万元", "2%以内"] {
            assert_eq!(
                subject_of(&got, value).as_deref(),
                Some("青石县"),
                "{value}: {got:?}"
            );
        }
    }

    /// 某市慈善总会 and 市慈善总会: an association is a name of its own,
    /// not its city, and its place's level said short stands for it.
    #[test]
    fn an_association_is_no_city_and_is_said_short_by_its_level() {
        let got = subjects_of(
            "青州市慈善总会关于捐赠款物的公示\n\n\
             截至9月30日，市慈善总会累计接收捐赠款3200万元，已拨付2100万元。",
        );
        for value in ["3200万元", "2100万元"] {
            assert_eq!(
                subject_of(&got, value).as_deref(),
                Some("青州市慈善总会"),
                "{value}: {got:?}"
            );
        }
    }

    /// 某县慈善会 and 县红十字会: a charity and the Red Cross are names of
    /// their own, not their county, like a 慈善总会.
    #[test]
    fn a_charity_and_the_red_cross_are_no_county() {
        let got =
            subjects_of("青石县慈善会今年接收社会捐款260万元。青石县红十字会发放救助金45万元。");
        assert_eq!(
            subject_of(&got, "260万元").as_deref(),
            Some("青石县慈善会"),
            "{got:?}"
        );
        assert_eq!(
            subject_of(&got, "45万元").as_deref(),
            Some("青石县红十字会"),
            "{got:?}"
        );
    }

    /// 托市收购: purchases propping the market up, no city named 托市.
    #[test]
    fn market_propping_purchases_name_no_city() {
        let got = subjects_of(
            "青州小麦托市收购超20亿斤\n\n\
             今年青州市累计收购小麦30.5亿斤，其中托市收购20.3亿斤，共设托市收购库点86个。",
        );
        for (text, subject) in &got {
            assert!(
                subject.as_deref().is_none_or(|s| !s.ends_with("托市")),
                "{text}: {subject:?}"
            );
        }
        assert_eq!(
            subject_of(&got, "86个").as_deref(),
            Some("青州市"),
            "{got:?}"
        );
    }

    /// A school or kindergarten in a list is named whole, with the town or
    /// subdistrict it opens with; its places are its own.
    #[test]
    fn a_school_is_named_with_its_town() {
        let got = subjects_of(
            "青州区新校园开学\n\n\
             ◆白沙镇明德实验学校：新建，提供学位2400个；\n\n\
             ◆东湖街道明珠幼儿园：新建，提供学位360个。",
        );
        assert_eq!(
            subject_of(&got, "2400个").as_deref(),
            Some("白沙镇明德实验学校"),
            "{got:?}"
        );
        assert_eq!(
            subject_of(&got, "360个").as_deref(),
            Some("东湖街道明珠幼儿园"),
            "{got:?}"
        );
    }

    /// A spending survey's kinds of visitor (过夜旅客, …的旅客) own their
    /// spending; visitors said bare stay the place's.
    #[test]
    fn a_kind_of_visitor_owns_its_spending() {
        let got = subjects_of(
            "青州第三季旅客消费调查\n\n\
             青州市旅客人均消费为2000元。过夜旅客人均消费为3100元，按年下跌1.5%；\
             不过夜旅客的消费总额为40亿元。入住民宿的旅客人均消费为1800元。",
        );
        assert_eq!(
            subject_of(&got, "2000元").as_deref(),
            Some("青州市"),
            "{got:?}"
        );
        for (value, group) in [
            ("3100元", "过夜旅客"),
            ("1.5%", "过夜旅客"),
            ("40亿元", "不过夜旅客"),
            ("1800元", "旅客"),
        ] {
            assert_eq!(
                subject_of(&got, value).as_deref(),
                Some(group),
                "{value}: {got:?}"
            );
        }
    }

    /// A banner (旗) is a place of a level as a city is (the lexicon's
    /// place endings): its visitors' spending is the banner's.
    #[test]
    fn a_banners_visitors_are_the_banners() {
        let got = subjects_of(
            "青石旗第三季旅客消费调查\n\n青石旗旅客人均消费为900元。过夜旅客人均消费为1500元。",
        );
        assert_eq!(
            subject_of(&got, "900元").as_deref(),
            Some("青石旗"),
            "{got:?}"
        );
        assert_eq!(
            subject_of(&got, "1500元").as_deref(),
            Some("过夜旅客"),
            "{got:?}"
        );
    }

    /// A headline's plant said by its place and trade, whose news the lead
    /// tells of a company it declares, is that company.
    #[test]
    fn a_headlines_plant_is_the_company_the_lead_declares() {
        let got = subjects_of(
            "青州新能源汽车工厂第50万辆整车下线\n\n\
             新华社青州3月2日电 位于青州经济技术开发区的青州明远汽车有限公司（以下简称“明远汽车”）\
             第50万辆整车下线。工厂设计年产能30万辆，今年明远汽车累计生产整车21.5万辆。",
        );
        for value in ["30万辆", "21.5万辆"] {
            assert_eq!(
                subject_of(&got, value).as_deref(),
                Some("青州明远汽车有限公司"),
                "{value}: {got:?}"
            );
        }
    }

    /// 明珠幼儿园 after 东湖街道明珠幼儿园: a school said without its town.
    #[test]
    fn a_school_is_said_without_its_town() {
        let got = subjects_of(
            "青州区新校园开学\n\n\
             ◆东湖街道明珠幼儿园：新建，提供学位360个。\n\n\
             记者在明珠幼儿园看到，园内设有户外活动场地约2000平方米。",
        );
        assert_eq!(
            subject_of(&got, "约2000平方米").as_deref(),
            Some("东湖街道明珠幼儿园"),
            "{got:?}"
        );
    }

    /// 种粮大户刘永福刚把…: an adverb right after a name a title of the
    /// people opens ends the name; 他 in the next sentence is that person.
    #[test]
    fn a_person_named_before_an_adverb_is_referred_to_after() {
        let got = subjects_of(
            "青州小麦收购进度\n\n\
             在青石县一家粮库门口，种粮大户刘永福刚把一车小麦卖完。他流转了二百来亩地。",
        );
        assert_eq!(
            subject_of(&got, "二百来亩").as_deref(),
            Some("刘永福"),
            "{got:?}"
        );
    }

    /// 库车市 ends as 车市 (a car market) does: a city all the same, its
    /// figures its own.
    #[test]
    fn a_city_ending_like_a_market_is_a_city() {
        let got = subjects_of("库车市旅游升温\n\n库车市今年接待游客120万人次。");
        assert_eq!(
            subject_of(&got, "120万人次").as_deref(),
            Some("库车市"),
            "{got:?}"
        );
    }

    /// 经市统计局核算: 经 (through) and the level that opens the office's
    /// name are no place 经市; the office speaks for the city named before.
    #[test]
    fn through_an_office_said_by_its_level_is_no_place() {
        assert!(find_places("经市统计局核算").is_empty());
        assert!(find_places("经县农业农村局统计").is_empty());
        let got = subjects_of(
            "青禾市一季度经济运行平稳\n\n一季度，青禾市经济运行总体平稳。\
             经市统计局核算，全市地区生产总值812.4亿元，同比增长5.6%。",
        );
        assert_eq!(
            subject_of(&got, "812.4亿元").as_deref(),
            Some("青禾市"),
            "{got:?}"
        );
    }

    /// 佛山前三季度…: a place said bare opening its figures is their
    /// subject when the text's offices carry it (佛山供电局); a word
    /// opening the headline that no office carries is left alone.
    #[test]
    fn a_place_said_bare_whose_offices_the_text_names_is_an_entity() {
        let got = subjects_of(
            "佛山前三季度工业用电量增长5.2%\n\n记者从佛山供电局获悉，\
             前三季度工业用电量达到45.6亿千瓦时，同比增长5.2%。",
        );
        assert_eq!(subject_of(&got, "5.2%").as_deref(), Some("佛山"), "{got:?}");
        assert_eq!(
            subject_of(&got, "45.6亿千瓦时").as_deref(),
            Some("佛山"),
            "{got:?}"
        );
        // Said with its level elsewhere, the place is named so.
        let got = subjects_of(
            "佛山10月工业用电量增长5.2%\n\n记者从佛山市工业和信息化局获悉，\
             10月全市工业用电量45.6亿千瓦时。",
        );
        assert_eq!(
            subject_of(&got, "5.2%").as_deref(),
            Some("佛山市"),
            "{got:?}"
        );
        let text = "佛山一新能源汽车基地投产\n\n佛山市发展改革委介绍";
        let words = tagged("佛山一新能源汽车基地投产", &[]);
        assert!(place_said_bare(
            "佛山一新能源汽车基地投产",
            &words,
            &WholeNames::new(Some(text))
        )
        .is_none());
        let words = tagged("佛山前三季度工业用电量", &[]);
        assert!(place_said_bare(
            "佛山前三季度工业用电量",
            &words,
            &WholeNames::new(Some("佛山前三季度"))
        )
        .is_none());
    }

    /// 城乡居民医保: 城乡 (urban and rural) before its people or policy
    /// ends no township's name, so the words before it are no place.
    #[test]
    fn urban_and_rural_before_residents_is_no_township() {
        let names: Vec<String> = find_places("2027年起青石城乡居民医保待遇调整")
            .into_iter()
            .map(|m| m.name)
            .collect();
        assert!(names.is_empty(), "{names:?}");
        let names: Vec<String> = find_places("古城乡人民政府")
            .into_iter()
            .map(|m| m.name)
            .collect();
        assert_eq!(names, ["古城乡"]);
    }

    /// 洛阳新能源汽车保有量突破…: a headline's nouns running on to a
    /// measure ending 量 are about the place that opens them, not a thing
    /// named by the whole run.
    #[test]
    fn a_headline_place_before_a_measure_ending_in_liang_is_the_topic() {
        let got = subjects_of(
            "洛阳新能源汽车保有量突破20万辆\n\n截至9月底，洛阳市新能源汽车保有量达到21.3万辆。",
        );
        let of = subject_of(&got, "突破20万辆");
        assert!(matches!(of.as_deref(), Some("洛阳" | "洛阳市")), "{got:?}");
    }

    /// 甲市医保局日前发布《关于调整…的通知》: the office issuing a policy
    /// is its source; the policy's figures are its city's.
    #[test]
    fn an_office_issuing_a_policy_speaks_for_its_place() {
        assert!(publishes_data(
            "日前发布《关于调整城乡居民医保待遇的通知》，自明年起执行"
        ));
        assert!(!publishes_data("日前发布《青石年鉴》"));
        let got = subjects_of(
            "这些变化请收好\n\n青禾市医疗保障局日前发布《关于调整城乡居民医保待遇的通知》。\
             \n\n新政策将年度最高支付限额由15万元提高到18万元。",
        );
        assert_eq!(
            subject_of(&got, "18万元").as_deref(),
            Some("青禾市"),
            "{got:?}"
        );
    }
}
