//! A deterministic synthetic dataset in the `seedkb dump` JSON-lines format
//! (see `ingest::jsonl`), for benchmarks at any size.
//!
//! The shape follows what news articles about regional development give:
//! a gazetteer of places (cities ⊃ counties ⊃ towns, `located_in`),
//! ~50 funding sources (organisations), and records — funding (source,
//! recipient, amount from 万元 to 亿元, date, purpose), projects (district,
//! investment, area, status, start date) and enterprises (located_in,
//! registered capital, industry). Every fact carries its document and the
//! sentence it comes from; each document's content is its sentences, so
//! the loader's quote check runs as it would on real articles.
//!
//! The same `(facts, seed)` always gives the same bytes: the random numbers
//! come from a hand-written splitmix64, not from a crate whose stream could
//! change between versions.

use serde_json::{json, Value as Json};
use std::io::{self, Write};

/// splitmix64 (Steele, Lea, Flood 2014): tiny, fast, and stable forever.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0); the modulo bias is irrelevant here.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }

    /// Uniform in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

const SYL_A: &[char] = &[
    '大', '小', '东', '西', '南', '北', '新', '古', '石', '金', '银', '白', '青', '红', '黄', '龙',
    '凤', '高', '长', '平', '安', '宁', '兴', '华', '明', '清', '泉', '河', '山', '松', '柳', '桃',
    '杨', '李', '王', '张', '刘', '马', '牛', '羊', '沙', '海', '湖', '林', '峰', '岭', '台', '屯',
    '营', '堡', '坨', '沟', '岗', '桥', '田', '园', '丰', '盛', '富', '顺',
];
const SYL_B: &[char] = &[
    '河', '山', '城', '阳', '州', '林', '源', '泉', '峪', '坪', '庄', '家', '屯', '岭', '湾', '口',
    '台', '坊', '集', '店', '铺', '寨', '关', '塘', '洼', '滩', '岗', '沟', '坡', '塔', '井', '原',
    '川', '浦', '港', '岛', '亭', '楼', '门', '宫', '寺', '观', '陵', '园', '苑', '溪', '江', '湖',
    '堤', '坝', '桥', '堡', '营', '安', '宁', '平', '丰', '兴', '昌', '盛',
];
const SYL_C: &[char] = &[
    '宏', '远', '鑫', '达', '恒', '通', '瑞', '祥', '泰', '和', '信', '诚', '嘉', '禾', '晟', '益',
    '合', '利', '润', '博', '创', '联', '汇', '鼎', '峰', '海', '辰', '锦', '凌', '辽',
];

const SOURCE_KINDS: &[&str] = &[
    "银行",
    "农村商业银行",
    "财政局",
    "发展和改革委员会",
    "扶贫开发办公室",
    "工业和信息化局",
    "投资集团",
    "慈善总会",
    "产业基金",
    "融资担保公司",
];
const PURPOSES: &[&str] = &[
    "扶贫",
    "基础设施",
    "产业发展",
    "乡村振兴",
    "教育",
    "医疗",
    "生态保护",
    "稳岗",
    "科技创新",
    "抗疫",
];
const INDUSTRIES: &[&str] = &[
    "物流",
    "农副产品",
    "光伏",
    "装备制造",
    "石化",
    "新材料",
    "食品加工",
    "电子",
    "医药",
    "旅游",
    "商贸",
    "建材",
];
const PROJECT_WORDS: &[&str] = &[
    "产业园",
    "物流园",
    "光伏电站",
    "污水处理厂",
    "标准化厂房",
    "冷链仓储中心",
    "商贸城",
    "养殖基地",
    "道路改造工程",
    "创业孵化基地",
];
const STATUSES: &[&str] = &["规划中", "开工建设", "在建", "建成并投入使用", "试运行"];

/// What [`generate`] wrote, and names a benchmark can ask about.
#[derive(Clone, Debug, Default)]
pub struct Summary {
    /// Facts as the store counts them: `kind` lines and attribute lines
    /// (aliases are part of their entity, not facts).
    pub facts: u64,
    pub entities: u64,
    pub documents: u64,
    pub lines: u64,
    pub cities: Vec<String>,
    pub places: Vec<String>,
    pub sources: Vec<String>,
    pub fundings: Vec<String>,
    pub projects: Vec<String>,
    pub enterprises: Vec<String>,
}

/// How many places a dataset of `facts` facts has: ~2,000, fewer for small
/// sets so that places stay a minority of the facts.
pub fn place_count(facts: u64) -> usize {
    (facts / 50).clamp(60, 2000) as usize
}

pub const CITIES: usize = 14;
pub const SOURCES: usize = 50;
/// Records (funding, project, enterprise) per article.
const RECORDS_PER_DOC: u64 = 25;
/// Place definitions per gazetteer document.
const PLACES_PER_DOC: usize = 100;

fn two(i: usize) -> String {
    let a = SYL_A[i % SYL_A.len()];
    let b = SYL_B[(i / SYL_A.len()) % SYL_B.len()];
    format!("{a}{b}")
}

fn place_name(i: usize, level: usize) -> String {
    // Distinct indexes give distinct syllable pairs (60 × 60 > 2,000); the
    // level suffix keeps cities, counties and towns apart.
    let suffix = ["市", "县", "镇"][level];
    format!("{}{suffix}", two(i * 7 % 3600))
}

fn company_stem(i: u64) -> String {
    let n = SYL_C.len() as u64;
    let a = SYL_C[(i % n) as usize];
    let b = SYL_C[((i / n) % n) as usize];
    let c = SYL_A[((i / (n * n)) % SYL_A.len() as u64) as usize];
    let round = i / (n * n * SYL_A.len() as u64);
    if round == 0 {
        format!("{c}{a}{b}")
    } else {
        format!("{c}{a}{b}{round}")
    }
}

/// Amount in yuan, log-uniform from 1万元 to 10亿元, as an article would
/// write it: `3.48亿元`, `2770万元`, `45.5万元`. Returns (yuan, text).
pub fn amount(rng: &mut Rng) -> (u64, String) {
    let v = 10f64.powf(4.0 + 5.0 * rng.unit());
    if v >= 1e8 {
        let cents_of_yi = (v / 1e6).round() as u64; // hundredths of 亿
        let text = if cents_of_yi.is_multiple_of(100) {
            format!("{}亿元", cents_of_yi / 100)
        } else if cents_of_yi.is_multiple_of(10) {
            format!("{}.{}亿元", cents_of_yi / 100, (cents_of_yi % 100) / 10)
        } else {
            format!("{}.{:02}亿元", cents_of_yi / 100, cents_of_yi % 100)
        };
        (cents_of_yi * 1_000_000, text)
    } else {
        let tenths_of_wan = (v / 1e3).round() as u64;
        let text = if tenths_of_wan.is_multiple_of(10) {
            format!("{}万元", tenths_of_wan / 10)
        } else {
            format!("{}.{}万元", tenths_of_wan / 10, tenths_of_wan % 10)
        };
        (tenths_of_wan * 1_000, text)
    }
}

struct Writer<'w> {
    out: &'w mut dyn Write,
    summary: Summary,
    /// Sentences of the document being written, and its pending lines.
    doc: String,
    sentences: String,
    lines: Vec<Json>,
}

impl Writer<'_> {
    fn begin(&mut self, doc: String) {
        self.doc = doc;
        self.sentences.clear();
        self.lines.clear();
    }

    fn sentence(&mut self, s: &str) {
        self.sentences.push_str(s);
    }

    fn entity(&mut self, name: &str, kind: &str, quote: &str) {
        self.lines.push(json!({
            "subject": name, "attribute": "kind", "value": kind,
            "doc": self.doc, "quote": quote,
        }));
        self.summary.entities += 1;
        self.summary.facts += 1;
    }

    fn alias(&mut self, name: &str, alias: &str, quote: &str) {
        self.lines.push(json!({
            "subject": name, "attribute": "alias", "value": alias,
            "doc": self.doc, "quote": quote,
        }));
    }

    fn fact(&mut self, subject: &str, attribute: &str, mut value: serde_json::Map<String, Json>) {
        value.insert("doc".into(), Json::String(self.doc.clone()));
        let mut line = serde_json::Map::new();
        line.insert("subject".into(), Json::String(subject.into()));
        line.insert("attribute".into(), Json::String(attribute.into()));
        line.append(&mut value);
        self.lines.push(Json::Object(line));
        self.summary.facts += 1;
    }

    fn reference(&mut self, subject: &str, attribute: &str, target: &str, quote: &str) {
        let mut m = serde_json::Map::new();
        m.insert("value".into(), json!({ "ref": target }));
        m.insert("quote".into(), Json::String(quote.into()));
        self.fact(subject, attribute, m);
    }

    fn text(&mut self, subject: &str, attribute: &str, value: &str, quote: &str) {
        let mut m = serde_json::Map::new();
        m.insert("value".into(), Json::String(value.into()));
        m.insert("quote".into(), Json::String(quote.into()));
        self.fact(subject, attribute, m);
    }

    fn quantity(&mut self, subject: &str, attribute: &str, q: (u64, &str, &str), quote: &str) {
        let (value, unit, text) = q;
        let mut m = serde_json::Map::new();
        m.insert("value".into(), json!(value));
        m.insert("unit".into(), Json::String(unit.into()));
        m.insert("bound".into(), Json::String("exact".into()));
        m.insert("text".into(), Json::String(text.into()));
        m.insert("quote".into(), Json::String(quote.into()));
        self.fact(subject, attribute, m);
    }

    fn date(&mut self, subject: &str, attribute: &str, d: (u32, u32, u32), quote: &str) {
        let (y, mo, da) = d;
        let mut m = serde_json::Map::new();
        m.insert(
            "value".into(),
            Json::String(format!("{y:04}-{mo:02}-{da:02}")),
        );
        m.insert("unit".into(), Json::String("date".into()));
        m.insert("text".into(), Json::String(format!("{y}年{mo}月{da}日")));
        m.insert("quote".into(), Json::String(quote.into()));
        self.fact(subject, attribute, m);
    }

    fn end(&mut self) -> io::Result<()> {
        writeln!(
            self.out,
            "{}",
            json!({ "document": self.doc, "content": self.sentences })
        )?;
        self.summary.lines += 1;
        for l in self.lines.drain(..) {
            writeln!(self.out, "{l}")?;
            self.summary.lines += 1;
        }
        self.summary.documents += 1;
        Ok(())
    }
}

fn date(rng: &mut Rng) -> (u32, u32, u32) {
    (
        2015 + rng.below(8) as u32,
        1 + rng.below(12) as u32,
        1 + rng.below(28) as u32,
    )
}

/// Writes a dataset of about `facts` facts (at least that many; it stops at
/// the end of a record) to `out`, in the dump format.
pub fn generate(facts: u64, seed: u64, out: &mut dyn Write) -> io::Result<Summary> {
    let mut rng = Rng::new(seed);
    let mut w = Writer {
        out,
        summary: Summary::default(),
        doc: String::new(),
        sentences: String::new(),
        lines: Vec::new(),
    };

    // The gazetteer: cities, then counties in cities, then towns in
    // counties (or directly in a city, as districts are).
    let n_places = place_count(facts);
    let n_counties = (n_places / 5).max(CITIES * 2);
    let mut places: Vec<(String, usize)> = Vec::with_capacity(n_places);
    for i in 0..n_places {
        let (level, parent) = if i < CITIES {
            (0, None)
        } else if i < CITIES + n_counties {
            (1, Some(rng.below(CITIES as u64) as usize))
        } else {
            (2, Some(CITIES + rng.below(n_counties as u64) as usize))
        };
        if i.is_multiple_of(PLACES_PER_DOC) {
            if i > 0 {
                w.end()?;
            }
            w.begin(format!("gazetteer/{:04}.txt", i / PLACES_PER_DOC));
        }
        let name = place_name(i, level);
        let kind = ["city", "county", "town"][level];
        match parent {
            None => {
                let quote = format!("{name}是省辖地级市。");
                w.sentence(&quote);
                w.entity(&name, kind, &quote);
                let short = name.trim_end_matches('市').to_string();
                w.alias(&name, &short, &quote);
            }
            Some(p) => {
                let quote = format!("{name}隶属于{}。", places[p].0);
                w.sentence(&quote);
                w.entity(&name, kind, &quote);
                w.reference(&name, "located_in", &places[p].0, &quote);
            }
        }
        if level == 0 {
            w.summary.cities.push(name.clone());
        }
        w.summary.places.push(name.clone());
        places.push((name, level));
    }
    w.end()?;

    // Funding sources: banks, bureaus, funds of the cities.
    w.begin("gazetteer/sources.txt".into());
    for i in 0..SOURCES {
        let city = &places[i % CITIES].0;
        let stem = city.trim_end_matches('市');
        let kind = SOURCE_KINDS[(i / CITIES) % SOURCE_KINDS.len()];
        let name = if i / CITIES < SOURCE_KINDS.len() {
            format!("{stem}{kind}")
        } else {
            format!("{stem}{}{kind}", company_stem(i as u64))
        };
        let quote = format!("{name}设在{city}。");
        w.sentence(&quote);
        w.entity(&name, "organisation", &quote);
        w.reference(&name, "located_in", city, &quote);
        w.summary.sources.push(name);
    }
    w.end()?;

    // Articles: records until the fact count is reached.
    let mut record = 0u64;
    let mut doc_no = 0u64;
    let (mut n_f, mut n_p, mut n_e) = (0u64, 0u64, 0u64);
    while w.summary.facts < facts {
        if record.is_multiple_of(RECORDS_PER_DOC) {
            if record > 0 {
                w.end()?;
            }
            w.begin(format!("news/{doc_no:06}.txt"));
            doc_no += 1;
        }
        record += 1;
        let r = rng.below(100);
        let place = rng.below(places.len() as u64) as usize;
        let place = places[place].0.clone();
        if r < 60 {
            n_f += 1;
            let source = rng.pick(&w.summary.sources).clone();
            let purpose = *rng.pick(PURPOSES);
            let (yuan, text) = amount(&mut rng);
            let d = date(&mut rng);
            let name = format!("{place}{purpose}资金第{n_f}号");
            let quote = format!(
                "{}年{}月{}日，{source}向{place}拨付{purpose}资金{text}（{name}）。",
                d.0, d.1, d.2
            );
            w.sentence(&quote);
            w.entity(&name, "funding", &quote);
            w.reference(&name, "source", &source, &quote);
            w.reference(&name, "recipient", &place, &quote);
            w.quantity(&name, "amount", (yuan, "CNY", &text), &quote);
            w.date(&name, "date", d, &quote);
            w.text(&name, "purpose", purpose, &quote);
            w.summary.fundings.push(name);
        } else if r < 80 {
            n_p += 1;
            let word = *rng.pick(PROJECT_WORDS);
            let status = *rng.pick(STATUSES);
            let (yuan, money) = amount(&mut rng);
            let mu = 10 + rng.below(2000);
            let d = date(&mut rng);
            let name = format!("{place}{word}项目第{n_p}号");
            let quote = format!(
                "{name}位于{place}，总投资{money}，占地{mu}亩，{}年{}月{}日起{status}。",
                d.0, d.1, d.2
            );
            // 1 亩 = 2000/3 m²: exact in millionths, as the quantity parser
            // rounds it.
            let m2_micro = (u128::from(mu) * 2000 * 1_000_000 + 1) / 3;
            w.sentence(&quote);
            w.entity(&name, "project", &quote);
            w.reference(&name, "district", &place, &quote);
            w.quantity(&name, "investment", (yuan, "CNY", &money), &quote);
            let mut m = serde_json::Map::new();
            let area: serde_json::Number =
                format!("{}.{:06}", m2_micro / 1_000_000, m2_micro % 1_000_000)
                    .parse()
                    .unwrap_or_else(|_| serde_json::Number::from(0));
            m.insert("value".into(), Json::Number(area));
            m.insert("unit".into(), Json::String("m2".into()));
            m.insert("bound".into(), Json::String("exact".into()));
            m.insert("text".into(), Json::String(format!("{mu}亩")));
            m.insert("quote".into(), Json::String(quote.clone()));
            w.fact(&name, "area", m);
            w.text(&name, "status", status, &quote);
            w.date(&name, "date_started", d, &quote);
            w.summary.projects.push(name);
        } else {
            n_e += 1;
            let industry = *rng.pick(INDUSTRIES);
            let (yuan, capital) = amount(&mut rng);
            let stem = place.trim_end_matches(['市', '县', '镇']).to_string();
            let name = format!("{stem}{}{industry}有限公司", company_stem(n_e));
            let quote = format!("{name}坐落于{place}，注册资本{capital}，主营{industry}。");
            w.sentence(&quote);
            w.entity(&name, "enterprise", &quote);
            w.reference(&name, "located_in", &place, &quote);
            w.quantity(&name, "registered_capital", (yuan, "CNY", &capital), &quote);
            w.text(&name, "industry", industry, &quote);
            w.summary.enterprises.push(name);
        }
    }
    if record > 0 {
        w.end()?;
    }
    w.out.flush()?;
    Ok(w.summary)
}

/// The threshold of the selective range query: about 1% of the funding
/// records (amounts are log-uniform over five decades).
pub const RANGE_THRESHOLD: &str = "9亿元";
pub const RANGE_THRESHOLD_YUAN: u64 = 900_000_000;

/// The rows the benchmark's window query aims at, at every size (issue
/// 12: the range query at 10M within 2× of its 1M time for an answer of
/// the same size). Below ~300K facts the window reaches its upper limit
/// and holds fewer.
pub const WINDOW_ROWS: u64 = 1_000;

/// The window's lower bound, 5000万元: amounts under 1亿元 are written to
/// the tenth of a 万元 (1,000 yuan), fine enough for a narrow window.
pub const WINDOW_LOW_YUAN: u64 = 50_000_000;

/// The window's highest upper bound, 1亿元 (amounts are written in 亿元,
/// to the hundredth, from there on).
const WINDOW_HIGH_MAX_YUAN: u64 = 100_000_000;

/// The amounts `[low, high)` (yuan) of about [`WINDOW_ROWS`] of a
/// dataset's `fundings` funding records: amounts are log-uniform over
/// five decades, so a window whose bounds have the ratio r holds
/// `fundings × log10(r) / 5` of them. `high` is rounded to a tenth of
/// 万元, at least one above `low`.
pub fn window_yuan(fundings: u64) -> (u64, u64) {
    let ratio = 10f64.powf(5.0 * WINDOW_ROWS as f64 / fundings.max(1) as f64);
    // Clamped as a float first: a small dataset's ratio is astronomical,
    // and the thousands it casts to would overflow when scaled back.
    let thousands = (WINDOW_LOW_YUAN as f64 * ratio / 1000.0)
        .round()
        .min((WINDOW_HIGH_MAX_YUAN / 1000) as f64);
    let high = (thousands as u64 * 1000).clamp(WINDOW_LOW_YUAN + 1000, WINDOW_HIGH_MAX_YUAN);
    (WINDOW_LOW_YUAN, high)
}

/// An amount in yuan, a multiple of 1,000, as the dataset writes it in 万元.
fn wan_text(yuan: u64) -> String {
    let tenths = yuan / 1000;
    match tenths % 10 {
        0 => format!("{}万元", tenths / 10),
        d => format!("{}.{d}万元", tenths / 10),
    }
}

/// The benchmark's queries for one dataset, in seedkb's language; the
/// benchmark runs the same logical queries in SQL.
#[derive(Clone, Debug)]
pub struct BenchQueries {
    /// `funding by source`: group-by with count and sum.
    pub group_by: String,
    /// `funding where amount > 9亿元`: a selective range on the value index.
    pub range: String,
    /// `funding where amount >= LOW and amount < HIGH`: a range whose
    /// answer has about the same size at every size ([`window_yuan`]).
    pub window: String,
    /// Its bounds in yuan, `[low, high)`.
    pub window_yuan: (u64, u64),
    /// The city of the join, and `funding where recipient within CITY`.
    pub city: String,
    pub join: String,
    /// Entities for `show NAME`, drawn uniformly from every entity.
    pub show: Vec<String>,
    /// Funding records for the one-shot process (`seedkb -e 'show NAME'`).
    pub cold: Vec<String>,
}

/// Picks the benchmark's entities with its own seeded random numbers.
pub fn bench_queries(s: &Summary, seed: u64, shows: usize) -> BenchQueries {
    let mut rng = Rng::new(seed ^ 0x5EED_B0B0);
    let all: Vec<&Vec<String>> = vec![
        &s.places,
        &s.sources,
        &s.fundings,
        &s.projects,
        &s.enterprises,
    ];
    let total: usize = all.iter().map(|v| v.len()).sum();
    let mut show = Vec::new();
    for _ in 0..shows {
        let mut i = rng.below(total as u64) as usize;
        for v in &all {
            if i < v.len() {
                show.push(v[i].clone());
                break;
            }
            i -= v.len();
        }
    }
    let cold = (0..shows)
        .filter(|_| !s.fundings.is_empty())
        .map(|_| rng.pick(&s.fundings).clone())
        .collect();
    let city = if s.cities.is_empty() {
        String::new()
    } else {
        rng.pick(&s.cities).clone()
    };
    let window_yuan = window_yuan(s.fundings.len() as u64);
    BenchQueries {
        group_by: "funding by source".into(),
        range: format!("funding where amount > {RANGE_THRESHOLD}"),
        window: format!(
            "funding where amount >= {} and amount < {}",
            wan_text(window_yuan.0),
            wan_text(window_yuan.1)
        ),
        window_yuan,
        join: format!("funding where recipient within {city}"),
        city,
        show,
        cold,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_bytes_other_seed_other_bytes() {
        let run = |seed| {
            let mut v = Vec::new();
            generate(2_000, seed, &mut v).unwrap();
            v
        };
        assert_eq!(run(7), run(7));
        assert_ne!(run(7), run(8));
    }

    /// The window's bounds parse back to the yuan the SQL side compares
    /// with, and it holds about the same number of fundings at 1M and
    /// 10M facts (counted on amounts drawn as the dataset draws them).
    #[test]
    fn the_window_holds_about_as_many_fundings_at_every_size() {
        for fundings in [2_000u64, 112_000, 1_120_000] {
            let (low, high) = window_yuan(fundings);
            assert!(low < high && high <= WINDOW_HIGH_MAX_YUAN);
            for yuan in [low, high] {
                let q = crate::model::parse_quantity(&wan_text(yuan)).unwrap();
                assert_eq!(q.value, crate::model::Num::from_int(yuan as i128).unwrap());
            }
        }
        let mut rng = Rng::new(3);
        for fundings in [112_000u64, 1_120_000] {
            let (low, high) = window_yuan(fundings);
            let inside = (0..fundings)
                .filter(|_| (low..high).contains(&amount(&mut rng).0))
                .count() as u64;
            assert!(
                (WINDOW_ROWS * 8 / 10..=WINDOW_ROWS * 12 / 10).contains(&inside),
                "{inside} of {fundings} fundings in [{low}, {high})"
            );
        }
        let q = bench_queries(&Summary::default(), 1, 0);
        assert_eq!(q.window_yuan, (WINDOW_LOW_YUAN, WINDOW_HIGH_MAX_YUAN));
        assert_eq!(
            q.window,
            "funding where amount >= 5000万元 and amount < 10000万元"
        );
    }

    #[test]
    fn amounts_parse_back_to_their_value() {
        let mut rng = Rng::new(1);
        for _ in 0..2_000 {
            let (yuan, text) = amount(&mut rng);
            let q = crate::model::parse_quantity(&text).unwrap();
            assert_eq!(
                q.value,
                crate::model::Num::from_int(yuan as i128).unwrap(),
                "{text}"
            );
            assert!((10_000..=1_000_000_000).contains(&yuan), "{text}");
        }
    }

    #[test]
    fn area_in_mu_matches_the_quantity_parser() {
        for mu in [10u128, 11, 1999, 2009] {
            let micro = (mu * 2000 * 1_000_000 + 1) / 3;
            let q = crate::model::parse_quantity(&format!("{mu}亩")).unwrap();
            assert_eq!(q.value.0, micro as i128, "{mu}亩");
        }
    }
}
