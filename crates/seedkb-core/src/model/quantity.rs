//! The one quantity parser: it reads fact files, query literals and (later)
//! running text. `超2.4亿元`, `24387.9万元`, `1500亩`, `300千瓦`, `100余家`,
//! `45万元左右`, `400元至1000元`, `四千五百万元`, `２６０亩`, `三分之一`.

use super::{Bound, Num, Quantity, Unit};
use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::combinator::opt;
use nom::{IResult, Parser};

/// (written form, base unit, numerator, denominator): value × num / den.
const UNITS: &[(&str, Unit, i128, i128)] = &[
    ("平方公里", Unit::SquareMetre, 1_000_000, 1),
    ("平方千米", Unit::SquareMetre, 1_000_000, 1),
    ("平方米", Unit::SquareMetre, 1, 1),
    ("公顷", Unit::SquareMetre, 10_000, 1),
    // 作业面积3126.5万亩次: 亩 worked once each time (as 人次 counts
    // visits), an area summed over the passes; before 亩.
    ("亩次", Unit::SquareMetre, 2000, 3),
    ("亩", Unit::SquareMetre, 2000, 3),
    ("km2", Unit::SquareMetre, 1_000_000, 1),
    ("m2", Unit::SquareMetre, 1, 1),
    ("sqm", Unit::SquareMetre, 1, 1),
    ("mu", Unit::SquareMetre, 2000, 3),
    ("公里", Unit::Metre, 1000, 1),
    ("千米", Unit::Metre, 1000, 1),
    ("米", Unit::Metre, 1, 1),
    ("km", Unit::Metre, 1000, 1),
    // Energy before power: 千瓦时 is a total, never the rate 千瓦.
    ("兆瓦时", Unit::WattHour, 1_000_000, 1),
    ("千瓦时", Unit::WattHour, 1000, 1),
    ("瓦时", Unit::WattHour, 1, 1),
    ("兆瓦時", Unit::WattHour, 1_000_000, 1),
    ("千瓦時", Unit::WattHour, 1000, 1),
    ("瓦時", Unit::WattHour, 1, 1),
    ("MWh", Unit::WattHour, 1_000_000, 1),
    ("kWh", Unit::WattHour, 1000, 1),
    ("Wh", Unit::WattHour, 1, 1),
    // 度 is a kilowatt-hour only as 度电 (30度 is a temperature or angle).
    ("度电", Unit::WattHour, 1000, 1),
    ("度電", Unit::WattHour, 1000, 1),
    ("兆瓦", Unit::Watt, 1_000_000, 1),
    ("千瓦", Unit::Watt, 1000, 1),
    ("瓦", Unit::Watt, 1, 1),
    ("MW", Unit::Watt, 1_000_000, 1),
    ("kW", Unit::Watt, 1000, 1),
    ("W", Unit::Watt, 1, 1),
    ("立方米", Unit::CubicMetre, 1, 1),
    // 每小时1000标准立方米: gas measured at standard conditions.
    ("标准立方米", Unit::CubicMetre, 1, 1),
    ("立方", Unit::CubicMetre, 1, 1),
    ("m³", Unit::CubicMetre, 1, 1),
    ("m3", Unit::CubicMetre, 1, 1),
    // 白酒产量12.8万千升: a kilolitre is a cubic metre.
    ("千升", Unit::CubicMetre, 1, 1),
    ("吨", Unit::Tonne, 1, 1),
    ("公斤", Unit::Tonne, 1, 1000),
    ("千克", Unit::Tonne, 1, 1000),
    ("t", Unit::Tonne, 1, 1),
    ("美元", Unit::Usd, 1, 1),
    // 美金: the dollar as people say it.
    ("美金", Unit::Usd, 1, 1),
    ("USD", Unit::Usd, 1, 1),
    // Other currencies, each its own unit, never converted (100万港元,
    // 3亿澳门元 and 葡币 for the pataca, 2000万欧元); 澳元 is the
    // Australian dollar, no unit.
    ("港元", Unit::Hkd, 1, 1),
    ("港币", Unit::Hkd, 1, 1),
    ("港幣", Unit::Hkd, 1, 1),
    ("HKD", Unit::Hkd, 1, 1),
    ("澳门元", Unit::Mop, 1, 1),
    ("澳門元", Unit::Mop, 1, 1),
    ("澳门币", Unit::Mop, 1, 1),
    ("澳門幣", Unit::Mop, 1, 1),
    ("葡币", Unit::Mop, 1, 1),
    ("葡幣", Unit::Mop, 1, 1),
    ("MOP", Unit::Mop, 1, 1),
    // Taiwan's dollar (新台币, 新臺幣, 台币), its own unit like the others.
    ("新台币", Unit::Twd, 1, 1),
    ("新臺幣", Unit::Twd, 1, 1),
    ("新台幣", Unit::Twd, 1, 1),
    ("台币", Unit::Twd, 1, 1),
    ("臺幣", Unit::Twd, 1, 1),
    ("台幣", Unit::Twd, 1, 1),
    ("TWD", Unit::Twd, 1, 1),
    ("欧元", Unit::Eur, 1, 1),
    ("歐元", Unit::Eur, 1, 1),
    ("EUR", Unit::Eur, 1, 1),
    ("元", Unit::Cny, 1, 1),
    ("CNY", Unit::Cny, 1, 1),
    ("yuan", Unit::Cny, 1, 1),
    ("%", Unit::Percent, 1, 1),
    ("％", Unit::Percent, 1, 1),
    // Per mille (逾期率0.03‰): a tenth of a percent.
    ("‰", Unit::Percent, 1, 10),
    // Percentage points (提高2.3个百分点) are read as percent; before the
    // counter 个 so that 个 is not taken for a count.
    ("个百分点", Unit::Percent, 1, 1),
    ("個百分點", Unit::Percent, 1, 1),
    ("百分点", Unit::Percent, 1, 1),
    // Per-mille points (出生率下降0.35个千分点): tenths of a percentage point.
    ("个千分点", Unit::Percent, 1, 10),
    ("個千分點", Unit::Percent, 1, 10),
    ("千分点", Unit::Percent, 1, 10),
    // Traditional forms.
    ("畝", Unit::SquareMetre, 2000, 3),
    ("公頃", Unit::SquareMetre, 10_000, 1),
    ("噸", Unit::Tonne, 1, 1),
    // 公吨 (公噸 in Taiwan and Hong Kong): the metric tonne by its full name.
    ("公吨", Unit::Tonne, 1, 1),
    ("公噸", Unit::Tonne, 1, 1),
];

/// Counters: what is counted is in the text; the unit is a count.
/// Longer words first where one is a prefix of another (人次 before 人).
/// 住宅楼32幢: buildings, as 栋; 全血15.8万单位: units of blood.
const COUNTERS: &[&str] = &[
    "人次", "家", "个", "名", "人", "户", "件", "笔", "辆", "座", "项", "处", "条", "台", "套",
    "批", "次", "届", "大", "所", "位", "头", "间", "栋", "张", "例", "种", "类", "场", "只", "艘",
    "架", "株", "棵", "枚", "宗", "箱", "双", "本", "桌", "幢", "单位",
    // 节能窗更换2.3万樘 (doors and windows), 食用油1.9万桶 (barrels).
    "樘", "桶",
    // 集装箱班轮86班 (runs of a liner), 高速公路服务区28对 (pairs).
    "班", "对", // 发表论文132篇 (papers, articles).
    "篇", // Traditional forms.
    "個", "戶", "筆", "輛", "項", "處", "條", "臺", "屆", "頭", "間", "棟", "張", "種", "類", "場",
    "隻", "雙", // 4匹马 (horses, cloth, rolls).
    "匹",
];

/// Counters that open common words (本地, 本科, 本次): not a counter
/// before these.
const COUNTER_NOT_BEFORE: &[(&str, &[char])] = &[
    // 两班倒, 班子, 班车, 班组: words 班 opens.
    (
        "班",
        &[
            '倒', '子', '车', '组', '级', '长', '次', '前', '后', '主', '底', '会', '列', '机',
            '期', '制', '轮', '线', '干', '额', '务', '师', '委',
        ],
    ),
    // 单位GDP, 单位面积, 单位负责人: words 单位 opens; 表2单位：亿元: a
    // table's caption giving its unit.
    (
        "单位",
        &[
            'G', 'g', '面', '产', '地', '能', '工', '时', '内', '价', '成', '重', '负', '职', '领',
            '人', '名', '所', '党', '组', '体', '和', '及', '与', '性', '法', '数', '：', ':',
        ],
    ),
    // 匹配, 匹敌: words 匹 opens.
    ("匹", &['配', '敌', '敵']),
    // 三万五六千台斤: 台斤, Taiwan's catty, is a weight, no count of machines.
    ("台", &['斤']),
    ("臺", &['斤']),
    // 篇幅, 篇章: words 篇 opens.
    ("篇", &['幅', '章']),
    // 桌面, 桌子, 桌椅: words 桌 opens.
    ("桌", &['面', '子', '椅', '球', '布']),
    // 对于, 对接, 对外, 对口: the preposition and the words it opens.
    (
        "对",
        &[
            '于', '接', '外', '比', '标', '话', '口', '应', '象', '策', '照', '待', '此', '岸',
            '方', '面', '称', '抗', '冲', '手', '立', '齐', '账', '调', '全', '本', '该', '其',
            '我', '一',
        ],
    ),
    (
        "本",
        &[
            '地', '科', '土', '次', '届', '轮', '年', '月', '日', '周', '季', '期', '市', '县',
            '区', '省', '州', '村', '镇', '乡', '身', '金', '息', '着', '来', '报', '部', '单',
            '位', '职', '色', '能', '质', '体', '钱', '人', '国', '网', '厂', '院', '校', '项',
            '批',
        ],
    ),
];

/// Longer words first where one is a prefix of another.
const PREFIXES: &[(&str, Bound)] = &[
    ("超过", Bound::AtLeast),
    ("超過", Bound::AtLeast),
    ("超", Bound::AtLeast),
    ("逾", Bound::AtLeast),
    ("至少", Bound::AtLeast),
    ("不少于", Bound::AtLeast),
    ("不低于", Bound::AtLeast),
    ("大约", Bound::About),
    ("大約", Bound::About),
    ("约", Bound::About),
    ("約", Bound::About),
    ("将近", Bound::About),
    ("將近", Bound::About),
    ("接近", Bound::About),
    ("近", Bound::About),
    ("不到", Bound::AtMost),
    ("不足", Bound::AtMost),
    ("不超过", Bound::AtMost),
    ("不超過", Bound::AtMost),
    ("不高于", Bound::AtMost),
    ("最多", Bound::AtMost),
];

const SUFFIXES: &[(&str, Bound)] = &[
    ("左右", Bound::About),
    ("上下", Bound::About),
    ("以上", Bound::AtLeast),
    // 五千元出头: a little over it.
    ("出头", Bound::AtLeast),
    ("出頭", Bound::AtLeast),
    ("有余", Bound::AtLeast),
    ("有餘", Bound::AtLeast),
    ("以下", Bound::AtMost),
    ("以内", Bound::AtMost),
    ("以內", Bound::AtMost),
    ("多", Bound::AtLeast),
];

const RANGE_SEPARATORS: &[&str] = &["至", "到", "——", "—", "–", "-", "~", "～", "－"];

/// One side of a range: a number with its multiplier and unit.
#[derive(Debug, Clone)]
struct Amount {
    value: Num,
    /// 多/余 right after the number: "at least".
    more: bool,
    /// 来 right after the number, before its unit (二十来人): "about".
    about: bool,
    unit: Option<(Unit, i128, i128)>,
    /// Product of the 万/亿 multipliers applied (1 when none).
    mult: i128,
}

fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// Arabic digits (ASCII or full-width), an optional decimal part, and
/// thousands separators in the `1,500` form.
fn arabic(i: &str) -> IResult<&str, Num> {
    let mut digits = String::new();
    let mut rest = i;
    let mut seen_point = false;
    while let Some(c) = rest.chars().next() {
        if let Some(d) = digit_value(c) {
            digits.push(char::from_digit(d, 10).unwrap_or('0'));
            rest = &rest[c.len_utf8()..];
        } else if (c == '.' || c == '．') && !seen_point && !digits.is_empty() {
            let after = &rest[c.len_utf8()..];
            if after.chars().next().and_then(digit_value).is_none() {
                break;
            }
            seen_point = true;
            digits.push('.');
            rest = after;
        } else if c == ',' && !seen_point && !digits.is_empty() {
            // A thousands separator only when exactly three digits follow.
            let after = &rest[1..];
            let group: Vec<char> = after.chars().take(4).collect();
            let three = group.len() >= 3 && group[..3].iter().all(|c| c.is_ascii_digit());
            let fourth_digit = group.get(3).is_some_and(|c| c.is_ascii_digit());
            if three && !fourth_digit {
                rest = after;
            } else {
                break;
            }
        } else {
            break;
        }
    }
    if digits.is_empty() {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Digit,
        )));
    }
    match Num::parse_decimal(&digits) {
        Ok(n) => Ok((rest, n)),
        Err(_) => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::TooLarge,
        ))),
    }
}

fn cn_digit(c: char) -> Option<i128> {
    Some(match c {
        '零' | '〇' => 0,
        '一' | '壹' => 1,
        '二' | '两' | '兩' | '贰' | '貳' => 2,
        '三' | '叁' | '參' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

fn too_large(i: &str) -> nom::Err<nom::error::Error<&str>> {
    nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::TooLarge))
}

/// Chinese numerals: 十, 两千三百, 四千五百万, 一万二千, 八点五.
///
/// A numeral must start with a digit or 十 (百/千 alone, as in 千家万户,
/// are words, not numbers), and two digits in a row end it (二〇一九 is
/// a year written digit by digit, read by the date parser).
fn chinese(i: &str) -> IResult<&str, Num> {
    let mut total: i128 = 0; // completed 亿/万 sections
    let mut section: i128 = 0; // below 万
    let mut number: i128 = 0; // pending digit
    let mut any = false;
    let mut prev_digit = false;
    // The unit right before the pending digit (三万五: 万), for a digit
    // that ends a numeral one place below it (35000, not 30005).
    let mut unit_before: Option<i128> = None;
    let mut last_unit: Option<i128> = None;
    let mut rest = i;
    while let Some(c) = rest.chars().next() {
        let small_unit = match c {
            '十' | '拾' => Some(10),
            '百' | '佰' => Some(100),
            '千' | '仟' => Some(1000),
            _ => None,
        };
        if let Some(d) = cn_digit(c) {
            if prev_digit {
                break;
            }
            number = d;
            prev_digit = d != 0;
            unit_before = if d != 0 { last_unit } else { None };
            last_unit = None;
        } else if let Some(u) = small_unit {
            // 最多拾一百公斤: 拾 opening a numeral before a digit written the
            // common way is the verb (to pick up); the formal ten is written
            // with formal digits (拾壹, 壹拾).
            if !any
                && c == '拾'
                && rest['拾'.len_utf8()..].starts_with(|d: char| "一二两三四五六七八九".contains(d))
            {
                break;
            }
            // 百余家, 千余人, 百多万元: a hundred (thousand) and more, its
            // 一 left out; elsewhere 百 and 千 alone are words (千家万户).
            let more_after = rest[c.len_utf8()..].starts_with(['余', '餘', '多']);
            if !any && u != 10 && !more_after {
                break;
            }
            // 千瓦/千米/千克/千升 are units, not numerals.
            let after = &rest[c.len_utf8()..];
            if u == 1000 && after.starts_with(['瓦', '米', '克', '升']) {
                break;
            }
            if number == 0 && (u == 10 || !any) {
                number = 1;
            }
            section += number * u;
            number = 0;
            prev_digit = false;
            last_unit = Some(u);
        } else if any && (c == '万' || c == '萬') {
            total += (section + one_place_below(number, unit_before)) * 10_000;
            section = 0;
            number = 0;
            prev_digit = false;
            last_unit = Some(10_000);
        } else if any && (c == '亿' || c == '億') {
            total = (total + section + one_place_below(number, unit_before)) * 100_000_000;
            section = 0;
            number = 0;
            prev_digit = false;
            last_unit = Some(100_000_000);
        } else {
            break;
        }
        any = true;
        rest = &rest[c.len_utf8()..];
    }
    // Not before 千 of a unit (三万五千瓦): the digit is its own there.
    if !rest.starts_with('千') {
        number = one_place_below(number, unit_before.filter(|_| prev_digit));
    }
    if !any {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Digit,
        )));
    }
    let v = total + section + number;
    let mut value = Num::from_int(v).ok_or_else(|| too_large(i))?;
    // A decimal part: 八点五 (8.5), 一点三六万 (1.36万).
    if let Some(after) = rest.strip_prefix('点').or_else(|| rest.strip_prefix('點')) {
        let mut frac = String::new();
        let mut r = after;
        while let Some(c) = r.chars().next() {
            match cn_digit(c) {
                Some(d) => {
                    frac.push(char::from_digit(d as u32, 10).unwrap_or('0'));
                    r = &r[c.len_utf8()..];
                }
                None => break,
            }
        }
        if !frac.is_empty() {
            if let Ok(f) = Num::parse_decimal(&format!("0.{frac}")) {
                value = value.checked_add(f).ok_or_else(|| too_large(i))?;
                rest = r;
            }
        }
    }
    Ok((rest, value))
}

/// A digit that ends a numeral right after a unit of a hundred or more
/// counts one place below that unit: 三万五 is 35000, 两千五 2500, 一亿二
/// 1.2亿 (三万零五, with its 零, is 30005; after 十 the digit is units).
fn one_place_below(digit: i128, unit_before: Option<i128>) -> i128 {
    match unit_before {
        Some(u) if u >= 100 => digit * (u / 10),
        _ => digit,
    }
}

/// 万 / 亿 (and 千 / 百 after Arabic digits, as in 3千万元).
fn multiplier(i: &str) -> IResult<&str, i128> {
    let (rest, m) = alt((
        tag("万").map(|_| 10_000i128),
        tag("萬").map(|_| 10_000),
        tag("亿").map(|_| 100_000_000),
        tag("億").map(|_| 100_000_000),
        tag("百").map(|_| 100),
        tag("千").map(|_| 1000),
    ))
    .parse(i)?;
    // 千瓦, 千米, 千克, 千升: 千 opens the unit there.
    if m == 1000 && rest.starts_with(['瓦', '米', '克', '升']) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        )));
    }
    Ok((rest, m))
}

fn unit(i: &str) -> IResult<&str, (Unit, i128, i128)> {
    for (word, u, n, d) in UNITS {
        if let Some(rest) = i.strip_prefix(word) {
            // ASCII units must end at a word boundary (`t` in `text` is no tonne).
            if word.is_ascii()
                && rest
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_alphanumeric())
            {
                continue;
            }
            return Ok((rest, (*u, *n, *d)));
        }
    }
    for word in COUNTERS {
        if let Some(rest) = i.strip_prefix(word) {
            let opens_word = COUNTER_NOT_BEFORE
                .iter()
                .any(|(w, next)| w == word && rest.starts_with(*next));
            if opens_word {
                break;
            }
            // 1865头（只）: cattle by 头 and sheep by 只 counted together
            // (as 头只), the second counter in brackets part of the unit.
            // Not 300台（套）, 1500余件（套）, which the gold cuts before.
            let rest = ["（只）", "(只)"]
                .iter()
                .find_map(|w| rest.strip_prefix(*w))
                .filter(|_| *word == "头")
                .unwrap_or(rest);
            return Ok((rest, (Unit::Count, 1, 1)));
        }
    }
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Tag,
    )))
}

/// 方 for 立方米 only right after 万/亿 (土石方120万方): elsewhere 方 is
/// a side or a party (双方, 三方), and not before the words it opens
/// (万方面, 亿方案).
fn cubic_fang(i: &str) -> Option<&str> {
    let rest = i.strip_prefix('方')?;
    let opens_word = rest.starts_with([
        '面', '案', '式', '向', '法', '便', '针', '位', '言', '阵', '略', '志', '正', '圆', '形',
        '块', '舱', '家', '程', '士', '剂', '子', '药',
    ]);
    (!opens_word).then_some(rest)
}

/// 多, 余 and 几 after a number (三十几个, 十几公里: some more than it).
fn more(i: &str) -> IResult<&str, bool> {
    opt(alt((tag("多"), tag("余"), tag("餘"), tag("几"), tag("幾"))))
        .map(|m| m.is_some())
        .parse(i)
}

fn amount(i: &str) -> IResult<&str, Amount> {
    let (mut rest, mut value) = alt((percent_words, fraction, arabic, chinese)).parse(i)?;
    let numeral = &i[..i.len() - rest.len()];
    let per_mille = i.starts_with("千分之");
    let percent_words = i.starts_with("百分之") || per_mille || fraction(i).is_ok();
    // 四个亿, 两个億: 个 said between a number and 亿 in speech counts
    // nothing; the 亿 is the number's. Not 三个亿万富翁 (亿万, "very many",
    // is a word), nor after a number already of 万 or 亿.
    let big_already = i[..i.len() - rest.len()].ends_with(['万', '萬', '亿', '億']);
    let mut is_more = false;
    if !percent_words && !big_already {
        // 八十多个亿, 十几个亿: more said before 个, some 亿 more.
        let (more_first, after_more) = match more(rest) {
            Ok((r, true)) => (true, r),
            _ => (false, rest),
        };
        if let Some(r) = ["个亿", "個億", "个億", "個亿"]
            .iter()
            .find(|w| after_more.starts_with(**w))
            .map(|w| &after_more[w.len() - '亿'.len_utf8()..])
            .filter(|r| !r['亿'.len_utf8()..].starts_with(['万', '萬']))
        {
            rest = r;
            is_more = more_first;
        }
    }
    let mut mult: i128 = 1;
    // 1兆9,905億元 (Taiwan's 兆, 10^12): a whole number of 兆 and the 亿
    // below it. Only so: 兆 alone opens a unit (兆瓦).
    if let Some((r, below)) = zhao_and_yi(i, rest, value) {
        value = below;
        mult = 100_000_000;
        rest = r;
    }
    // 二十来万, 十来亿元: 来 before a multiplier, "about".
    let mut about_before_mult = false;
    // Multipliers and 多/余 in any order: 1万多元, 20余万元, 3千万元.
    loop {
        let (r, m) = more(rest)?;
        if m {
            is_more = true;
            rest = r;
            continue;
        }
        if let Some(r) = rest
            .strip_prefix('来')
            .filter(|r| !percent_words && mult == 1 && !about_before_mult && multiplier(r).is_ok())
        {
            about_before_mult = true;
            rest = r;
            continue;
        }
        match multiplier(rest) {
            // 一亿二千多万元: 万 after 多 multiplies the places below 亿
            // only (120 million and more), not the whole numeral.
            Ok((r, m)) if mult == 1 && m == 10_000 && is_more && yi_and_below(numeral) => {
                let yi = 100_000_000 * crate::model::num::SCALE;
                let below = value.0 % yi;
                let scaled = below.checked_mul(m).ok_or_else(|| too_large(i))?;
                value = Num(value.0 - below + scaled);
                mult = m;
                rest = r;
            }
            Ok((r, m)) => {
                value = Num(value.0.checked_mul(m).ok_or_else(|| too_large(i))?);
                mult = mult.saturating_mul(m);
                rest = r;
            }
            Err(_) => break,
        }
    }
    if i.starts_with(|c: char| digit_value(c).is_some()) && !is_more && !about_before_mult {
        if let Some((r, below)) = digits_below(rest, value, mult) {
            value = value.checked_add(below).ok_or_else(|| too_large(i))?;
            rest = r;
        }
    }
    // 二十来人, 10来家: 来 between a number and its counter or unit.
    // 两万来方: 方 after 万 (see [`cubic_fang`]) with 来 between; 万 may
    // be the numeral's own (两万, read by `chinese`).
    let wan_before =
        mult >= 10_000 || i[..i.len() - rest.len()].ends_with(['万', '萬', '亿', '億']);
    let about_before_unit = !percent_words
        && rest
            .strip_prefix('来')
            .is_some_and(|r| unit(r).is_ok() || wan_before && cubic_fang(r).is_some());
    if about_before_unit {
        rest = &rest['来'.len_utf8()..];
    }
    let about = about_before_unit || about_before_mult;
    let (rest, unit) = if percent_words {
        // 千分之五: five per mille, 0.5%.
        (
            rest,
            Some((Unit::Percent, 1, if per_mille { 10 } else { 1 })),
        )
    } else {
        match opt(unit).parse(rest)? {
            (r, None) if wan_before => match cubic_fang(r) {
                Some(r) => (r, Some((Unit::CubicMetre, 1, 1))),
                None => (r, None),
            },
            other => other,
        }
    };
    Ok((
        rest,
        Amount {
            value,
            more: is_more,
            about,
            unit,
            mult,
        },
    ))
}

/// A numeral in words with 亿 and places below it (一亿二千), whose
/// places a 万 after 多 multiplies.
fn yi_and_below(numeral: &str) -> bool {
    !numeral.starts_with(|c: char| c.is_ascii_digit())
        && numeral
            .find(['亿', '億'])
            .is_some_and(|k| numeral[k..].chars().nth(1).is_some())
}

/// `rest` after the whole number `value` (from `i`) opening with 兆 and a
/// number of 亿 under ten thousand (1兆9,905億): the rest after the 亿 and
/// the whole value.
fn zhao_and_yi<'a>(i: &str, rest: &'a str, value: Num) -> Option<(&'a str, Num)> {
    let after = rest.strip_prefix('兆')?;
    if !i.starts_with(|c: char| c.is_ascii_digit()) || value.0 % crate::model::num::SCALE != 0 {
        return None;
    }
    let (r, yi) = arabic(after).ok()?;
    let r = r.strip_prefix(['亿', '億'])?;
    if yi.0 < 0 || yi.0 >= 10_000 * crate::model::num::SCALE {
        return None;
    }
    let whole = value.0.checked_mul(1_000_000_000_000)?;
    let below = yi.0.checked_mul(100_000_000)?;
    Some((r, Num(whole.checked_add(below)?)))
}

/// 9億3862萬元, 1萬2436公頃, 5萬2000元: a whole number of 亿 or 万 in
/// digits (`value`, its `mult` applied) followed by the digits of the
/// places below it, up to four of them and (after 亿) 万 again. Only when
/// a unit follows, so 1万2 or a 亿 followed by a year stays as it was.
/// Returns the rest and the value of the lower places.
fn digits_below(rest: &str, value: Num, mult: i128) -> Option<(&str, Num)> {
    if mult != 10_000 && mult != 100_000_000 {
        return None;
    }
    if value.0 % (crate::model::num::SCALE * mult) != 0 {
        return None;
    }
    let digits: String = rest
        .chars()
        .take_while(|&c| digit_value(c).is_some())
        .collect();
    let n = digits.chars().count();
    if n == 0 || n > 4 {
        return None;
    }
    let lower: i128 = digits
        .chars()
        .filter_map(digit_value)
        .fold(0, |v, d| v * 10 + i128::from(d));
    let after = &rest[digits.len()..];
    // A decimal point or a thousands comma after them: another number.
    if after.starts_with(['.', '．', ',']) {
        return None;
    }
    let (after, lower) = match after.strip_prefix(['万', '萬']) {
        Some(a) if mult == 100_000_000 => (a, lower * 10_000),
        Some(_) => return None,
        None => (after, lower),
    };
    unit(after).ok()?;
    Some((after, Num::from_int(lower)?))
}

/// 百分之八点五, 百分之30: a percentage in words; 千分之五, 千分之0.3 per
/// mille. The unit is set by `amount`, which sees the 百分之 or 千分之.
fn percent_words(i: &str) -> IResult<&str, Num> {
    let (rest, _) = alt((tag("百分之"), tag("千分之"))).parse(i)?;
    alt((arabic, chinese)).parse(rest)
}

/// 三分之一, 四分之三, 3分之1: a fraction in words, as a percentage (the
/// unit is set by `amount`), to the nearest millionth (33.333333).
fn fraction(i: &str) -> IResult<&str, Num> {
    // Most numbers are none: look for 分之 close ahead before parsing.
    let near = i.char_indices().nth(12).map_or(i, |(k, _)| &i[..k]);
    if !near.contains("分之") {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        )));
    }
    let (rest, den) = alt((arabic, chinese)).parse(i)?;
    let (rest, _) = tag("分之").parse(rest)?;
    let (rest, num) = alt((arabic, chinese)).parse(rest)?;
    // A whole number over a whole number: 十分之一 yes, 1.5分之1 no.
    let whole = |n: Num| n.0 % crate::model::num::SCALE == 0 && n.0 > 0;
    if !whole(den) || !whole(num) || num > den {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    let scale = crate::model::num::SCALE;
    let value = Num::from_int(100)
        .and_then(|h| h.mul_ratio(num.0 / scale, den.0 / scale))
        .ok_or_else(|| too_large(i))?;
    Ok((rest, value))
}

fn prefix(i: &str) -> IResult<&str, Option<Bound>> {
    for (word, b) in PREFIXES {
        if let Some(rest) = i.strip_prefix(word) {
            return Ok((rest, Some(*b)));
        }
    }
    Ok((i, None))
}

/// The bound word said before a number that `s` ends with (约, 逾,
/// 不超过 …), the longest one: its length in bytes and its bound.
pub fn bound_word_before(s: &str) -> Option<(usize, Bound)> {
    PREFIXES
        .iter()
        .filter(|(w, _)| s.ends_with(w))
        .max_by_key(|(w, _)| w.len())
        .map(|(w, b)| (w.len(), *b))
}

fn suffix(i: &str) -> IResult<&str, Option<Bound>> {
    for (word, b) in SUFFIXES {
        if let Some(rest) = i.strip_prefix(word) {
            return Ok((rest, Some(*b)));
        }
    }
    Ok((i, None))
}

/// A minus sign before an amount (-2.5%, −5亿元, 负3%): a fall, a loss.
fn sign(i: &str) -> (&str, bool) {
    for m in ["-", "−", "－", "负"] {
        if let Some(rest) = i.strip_prefix(m) {
            // Only before a number: 负责 is no sign.
            if rest.starts_with(|c: char| {
                c.is_ascii_digit() || ('０'..='９').contains(&c) || cn_digit(c).is_some()
            }) {
                return (rest, true);
            }
        }
    }
    (i, false)
}

fn range_separator(i: &str) -> IResult<&str, ()> {
    for sep in RANGE_SEPARATORS {
        if let Some(rest) = i.strip_prefix(sep) {
            return Ok((rest, ()));
        }
    }
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Tag,
    )))
}

fn convert(a: &Amount, unit: Option<(Unit, i128, i128)>) -> Option<(Num, Unit)> {
    match unit {
        Some((u, n, d)) => Some((a.value.mul_ratio(n, d)?, u)),
        None => Some((a.value, Unit::Number)),
    }
}

/// 2026届毕业生, 2025级新生: a year with 届 or 级 names a cohort (the
/// class that graduates or enrols then), a label, not a count of 2026.
fn cohort(input: &str) -> bool {
    let mut year = 0u32;
    let mut used = 0;
    for c in input.chars().take(5) {
        let d = match c {
            '0'..='9' => c as u32 - '0' as u32,
            '０'..='９' => c as u32 - '０' as u32,
            _ => break,
        };
        year = year * 10 + d;
        used += c.len_utf8();
    }
    input[..used].chars().count() == 4
        && (1900..=2100).contains(&year)
        && input[used..].starts_with(['届', '级', '屆', '級'])
}

/// Parses a quantity at the start of `input`; returns it and the number of
/// bytes read. The quantity's `text` is exactly those bytes.
pub fn parse_quantity_prefix(input: &str) -> Option<(Quantity, usize)> {
    if cohort(input) {
        return None;
    }
    let (rest, pre) = prefix(input).ok()?;
    let (rest, negative) = sign(rest);
    let (rest, mut first) = amount(rest).ok()?;
    if negative {
        first.value = Num(-first.value.0);
    }
    // A range: 400元至1000元, 3至5万元.
    let range = (|| {
        let (r, _) = range_separator(rest).ok()?;
        let (r, negative) = sign(r);
        let (r, mut second) = amount(r).ok()?;
        second.unit?;
        if negative {
            second.value = Num(-second.value.0);
        }
        // 增加16.5%至7.3万人次: a rate, then the level it rose to, not a
        // range; the first is read alone.
        if first.unit.is_some() && first.unit.map(|u| u.0) != second.unit.map(|u| u.0) {
            return None;
        }
        Some((r, second))
    })();
    let (rest, q) = match range {
        Some((r, second)) => {
            let mut low = first.clone();
            if low.unit.is_none() && low.mult == 1 && second.mult > 1 {
                // 3至5万元: the multiplier of the high end applies to both.
                low.value = Num(low.value.0.checked_mul(second.mult)?);
            }
            let (lo, u) = convert(&low, second.unit)?;
            let (hi, _) = convert(&second, second.unit)?;
            // 400亿元至1亿元, written high to low, is the same range; its
            // text keeps the order it was written in. (Refusing it let the
            // extractor take the tail, 1亿元, as the whole amount.)
            let (lo, hi) = if hi < lo { (hi, lo) } else { (lo, hi) };
            (
                r,
                Quantity {
                    value: lo,
                    upper: Some(hi),
                    unit: u,
                    bound: Bound::Range,
                    text: String::new(),
                },
            )
        }
        None => {
            let (v, u) = convert(&first, first.unit)?;
            let mut bound = pre.unwrap_or(Bound::Exact);
            if first.more {
                bound = Bound::AtLeast;
            } else if first.about && bound == Bound::Exact {
                bound = Bound::About;
            }
            (
                rest,
                Quantity {
                    value: v,
                    upper: None,
                    unit: u,
                    bound,
                    text: String::new(),
                },
            )
        }
    };
    let (rest, suf) = suffix(rest).ok()?;
    let mut q = q;
    if let Some(b) = suf {
        if q.bound == Bound::Range {
            return None;
        }
        // A trailing 多 after a unit ("300千瓦多") is rare; after a bare
        // number it was already read as "more".
        q.bound = b;
    }
    if q.bound != Bound::Range {
        if let Some(b) = pre {
            q.bound = if q.bound == Bound::Exact { b } else { q.bound };
        }
    }
    let used = input.len() - rest.len();
    q.text = input[..used].to_string();
    Some((q, used))
}

/// Parses a whole string as one quantity.
pub fn parse_quantity(input: &str) -> Result<Quantity, super::ParseError> {
    match parse_quantity_prefix(input) {
        Some((q, used)) if used == input.len() => Ok(q),
        Some((_, used)) => Err(format!(
            "'{input}': unexpected '{}' after the quantity '{}'",
            &input[used..],
            &input[..used]
        )
        .into()),
        None if number_too_large(input) => Err(format!(
            "'{input}' is too large a number: a quantity holds at most about 10^32 of its \
             base unit (元, 平方米, 瓦)"
        )
        .into()),
        None => Err(format!(
            "'{input}' is not a quantity (expected a number with a unit, e.g. 2.4亿元, 1500亩, 300千瓦)"
        )
        .into()),
    }
}

/// Whether `input` would be a quantity but for the size of its number:
/// the same words with the number 1 are one.
fn number_too_large(input: &str) -> bool {
    let Some(start) = input.find(|c: char| c.is_ascii_digit()) else {
        return false;
    };
    let len = input[start..]
        .find(|c: char| !c.is_ascii_digit() && c != '.')
        .unwrap_or(input.len() - start);
    let one = format!("{}1{}", &input[..start], &input[start + len..]);
    matches!(parse_quantity_prefix(&one), Some((_, used)) if used == one.len())
}

/// 亩 in square metres: 2000/3, the one conversion a millionth of a
/// square metre cannot always hold.
const MU: (i128, i128) = (2000, 3);

/// The exact number of 亩 a stored area stands for, when the store could
/// only round it: an amount of 亩 (at most six decimals, as every parsed
/// number) whose square metres are no whole millionth, stored as the
/// nearest millionth. Nothing is lost: rounding to the nearest millionth
/// keeps such amounts 2/3 of a millionth apart, so the amount comes back
/// exactly. `None` for an area stored exactly (1500亩 is 1000000平方米).
pub fn mu_of_rounded(v: Num) -> Option<Num> {
    let mu = v.mul_ratio(MU.1, MU.0)?;
    (mu.0 % MU.1 != 0 && mu.mul_ratio(MU.0, MU.1)? == v).then_some(mu)
}

/// Marks a computed value that is not exact (see [`Quantity::approximate`]).
const APPROX: char = '≈';

impl Quantity {
    /// Whether `value` (and `upper`) is the quantity's number exactly.
    /// Not so for an area given in 亩 that the store could only round
    /// ([`Quantity::in_mu`] has its exact number) and for a computed value
    /// rounded for reading ([`Quantity::approximate`]).
    pub fn value_is_exact(&self) -> bool {
        self.in_mu().is_none() && !self.text.starts_with(APPROX)
    }

    /// An area's exact number of 亩 (value, upper) when its square metres
    /// are rounded (see [`mu_of_rounded`]).
    pub fn in_mu(&self) -> Option<(Num, Option<Num>)> {
        if self.unit != Unit::SquareMetre {
            return None;
        }
        let low = mu_of_rounded(self.value);
        let high = self.upper.map(mu_of_rounded);
        if low.is_none() && high.is_none_or(|h| h.is_none()) {
            return None;
        }
        // One end rounded: both ends in 亩 (an exact one is one as well).
        let mu = |v: Num| mu_of_rounded(v).or_else(|| exact_mu(v));
        Some((
            mu(self.value)?,
            match self.upper {
                Some(u) => Some(mu(u)?),
                None => None,
            },
        ))
    }

    /// A computed value that no millionth holds exactly (a mean that does
    /// not come out even), rounded for reading and marked (see
    /// [`Quantity::marked_approximate`]).
    pub fn approximate(value: Num, upper: Option<Num>, unit: Unit) -> Quantity {
        let bound = if upper.is_some() {
            Bound::Range
        } else {
            Bound::Exact
        };
        let q = Quantity {
            value,
            upper,
            unit,
            bound,
            text: String::new(),
        };
        Quantity {
            bound,
            ..q.rounded()
        }
        .marked_approximate()
    }

    /// This computed value, said to be not exact: `about` (a range stays
    /// one) and written with ≈ — the mark [`Quantity::value_is_exact`]
    /// reads, which no article's words carry.
    pub fn marked_approximate(self) -> Quantity {
        let range = self.bound == Bound::Range && self.upper.is_some();
        let shown = Quantity {
            bound: if range { Bound::Range } else { Bound::Exact },
            text: String::new(),
            ..self.clone()
        };
        Quantity {
            bound: if range { Bound::Range } else { Bound::About },
            text: format!("{APPROX}{}", shown.computed_readable()),
            ..self
        }
    }

    /// Whether this is a computed value marked ≈ (see
    /// [`Quantity::approximate`]).
    pub fn is_approximate(&self) -> bool {
        self.text.starts_with(APPROX)
    }
}

/// An exact number of 亩 written out: 万亩 when two decimals of it hold
/// the number (29.8万亩), else 亩 with every decimal (260亩, 0.5亩).
pub(super) fn render_mu(v: Num) -> String {
    let wan = 10_000 * crate::model::num::SCALE;
    if v.0.abs() >= wan && v.0 % (wan / 100) == 0 {
        return format!("{}万亩", v.scaled_string(4, 2));
    }
    format!("{v}亩")
}

/// An exact area's number of 亩, when six decimals hold it.
fn exact_mu(v: Num) -> Option<Num> {
    let p = v.0.checked_mul(MU.1)?;
    (p % MU.0 == 0).then_some(Num(p / MU.0))
}

/// An area's value in thirds of a millionth of a square metre: exact for
/// every stored area, a rounded 亩 amount's included, so sums and means of
/// areas are exact (other units: three times the value).
pub fn thirds(v: Num, unit: Unit) -> Option<i128> {
    match (unit, mu_of_rounded(v)) {
        (Unit::SquareMetre, Some(mu)) => mu.0.checked_mul(MU.0),
        _ => v.0.checked_mul(MU.1),
    }
}

/// `t` thirds divided by `n` (see [`thirds`]): the value itself when a
/// millionth holds it, for an area the rounded square metres of an exact
/// number of 亩 (which [`Quantity::in_mu`] recovers), else `None`.
pub fn from_thirds(t: i128, n: i128, unit: Unit) -> Option<Num> {
    let whole = MU.1.checked_mul(n)?;
    if t % whole == 0 {
        return Some(Num(t / whole));
    }
    let per_mu = MU.0.checked_mul(n)?;
    if unit == Unit::SquareMetre && t % per_mu == 0 {
        let mu = Num(t / per_mu);
        return mu.mul_ratio(MU.0, MU.1);
    }
    None
}

/// `t` thirds divided by `n`, to the nearest millionth.
pub fn nearest_of_thirds(t: i128, n: i128) -> Option<Num> {
    Num(t).mul_ratio(1, MU.1.checked_mul(n)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 亩 amount the store rounds is recovered exactly from its square
    /// metres, and only such amounts: an exact area is not taken for one.
    #[test]
    fn rounded_mu_amounts_are_recovered_exactly() {
        for (text, mu) in [
            ("260亩", "260"),
            ("1亩", "1"),
            ("29.8万亩", "298000"),
            ("0.000001亩", "0.000001"),
        ] {
            let q = q(text);
            assert_eq!(
                q.in_mu().map(|m| m.0.to_string()),
                Some(mu.to_string()),
                "{text}"
            );
            assert!(!q.value_is_exact(), "{text}");
            // Written from the value alone, in 亩, exactly.
            let computed = Quantity {
                text: String::new(),
                ..q.clone()
            }
            .readable();
            assert_eq!(
                computed,
                if text.contains('万') {
                    text.to_string()
                } else {
                    format!("{mu}亩")
                }
            );
        }
        // (An area written to the millionth as such an amount is stored is
        // read as it: 666.666667平方米 as 1亩. No article writes one.)
        for text in [
            "1500亩",
            "3亩",
            "1平方米",
            "0.5平方米",
            "19.8平方公里",
            "100元",
        ] {
            let q = q(text);
            assert_eq!(q.in_mu(), None, "{text}");
            assert!(q.value_is_exact(), "{text}");
        }
    }

    fn q(s: &str) -> Quantity {
        parse_quantity(s).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn negative_amounts() {
        assert_eq!(q("-2.5%").value, Num(-2_500_000));
        assert_eq!(q("−5亿元").value, Num(-500_000_000_000_000));
        assert_eq!(q("－1%").value, Num(-1_000_000));
        assert_eq!(q("负3%").value, Num(-3_000_000));
        assert_eq!(q("-0").value, Num(0));
        let r = q("-5%至-3%");
        assert_eq!((r.value, r.upper), (Num(-5_000_000), Some(Num(-3_000_000))));
        // Written backwards, the range is kept in order, its words as written.
        let b = q("-3%至-5%");
        assert_eq!((b.value, b.upper), (Num(-5_000_000), Some(Num(-3_000_000))));
        assert_eq!(b.text, "-3%至-5%");
        assert!(parse_quantity("负责").is_err());
    }

    #[test]
    fn money() {
        let a = q("超2.4亿元");
        assert_eq!(a.value.to_string(), "240000000");
        assert_eq!(a.unit, Unit::Cny);
        assert_eq!(a.bound, Bound::AtLeast);
        assert_eq!(a.text, "超2.4亿元");
        assert_eq!(q("24387.9万元").value.to_string(), "243879000");
        assert_eq!(q("62997.63万元").value.to_string(), "629976300");
        let b = q("1万多元");
        assert_eq!(
            (b.value.to_string(), b.bound),
            ("10000".into(), Bound::AtLeast)
        );
        let c = q("2000多元");
        assert_eq!(
            (c.value.to_string(), c.bound),
            ("2000".into(), Bound::AtLeast)
        );
        let d = q("45万元左右");
        assert_eq!(
            (d.value.to_string(), d.bound),
            ("450000".into(), Bound::About)
        );
        assert_eq!(q("约1000元").bound, Bound::About);
        assert_eq!(q("四千五百万元").value.to_string(), "45000000");
    }

    #[test]
    fn ranges() {
        let r = q("400元至1000元");
        assert_eq!(r.bound, Bound::Range);
        assert_eq!(r.value.to_string(), "400");
        assert_eq!(r.upper.unwrap().to_string(), "1000");
        let r = q("400至1000元");
        assert_eq!(r.unit, Unit::Cny);
        let r = q("3至5万元");
        assert_eq!(r.value.to_string(), "30000");
        assert_eq!(r.upper.unwrap().to_string(), "50000");
        let r = q("1000元至400元");
        assert_eq!(
            (r.value.to_string(), r.upper.unwrap().to_string(), r.bound),
            ("400".into(), "1000".into(), Bound::Range)
        );
        assert_eq!(r.text, "1000元至400元");
        assert!(parse_quantity("1亩至400元").is_err());
        // A rate rising to a level (上升12.5%至3.2万人次): the rate alone.
        let (r, used) = parse_quantity_prefix("12.5%至3.2万人次").unwrap();
        assert_eq!((r.text.as_str(), used), ("12.5%", "12.5%".len()));
        assert_eq!((r.bound, r.upper), (Bound::Exact, None));
    }

    #[test]
    fn lai_between_a_number_and_its_counter_is_about() {
        let a = q("二十来人");
        assert_eq!(
            (a.value.to_string(), a.unit, a.bound),
            ("20".into(), Unit::Count, Bound::About)
        );
        assert_eq!(q("30来家").bound, Bound::About);
        // Before a multiplier too (十来万元, 三十来万): about.
        let a = q("十来万元");
        assert_eq!(
            (a.value.to_string(), a.unit, a.bound),
            ("100000".into(), Unit::Cny, Bound::About)
        );
        let a = q("三十来万");
        assert_eq!(
            (a.value.to_string(), a.bound),
            ("300000".into(), Bound::About)
        );
        assert_eq!(q("四十来桌").bound, Bound::About);
        assert_eq!(q("12桌").unit, Unit::Count);
        // Not before something that is no unit (三年来: since, not about),
        // nor 桌 opening a word (两桌子菜).
        assert!(parse_quantity("三来年").is_err());
        assert!(parse_quantity("两桌子").is_err());
    }

    #[test]
    fn other_units() {
        assert_eq!(q("1500亩").value.to_string(), "1000000");
        assert_eq!(q("1500亩").unit, Unit::SquareMetre);
        assert_eq!(q("0.3075平方公里").value.to_string(), "307500");
        assert_eq!(q("19.8平方公里").value.to_string(), "19800000");
        assert_eq!(q("300千瓦").value.to_string(), "300000");
        assert_eq!(q("115兆瓦").value.to_string(), "115000000");
        // 匹 counts horses (4匹马), not before 匹配.
        assert_eq!(q("4匹").unit, Unit::Count);
        // Taiwan's 兆 (10^12) before a number of 億.
        assert_eq!(q("1兆9,905億元").value.to_string(), "1990500000000");
        assert_eq!(q("50万吨").value.to_string(), "500000");
        let n = q("46698名");
        assert_eq!((n.value.to_string(), n.unit), ("46698".into(), Unit::Count));
        assert_eq!(q("1.36万名").value.to_string(), "13600");
        assert_eq!(q("100余家").bound, Bound::AtLeast);
        assert_eq!(q("300多辆").value.to_string(), "300");
        assert_eq!(q("十大").value.to_string(), "10");
        assert_eq!(q("两千三百户").value.to_string(), "2300");
        assert_eq!(q("２６０亩").value.to_string(), "173333.333333");
        assert_eq!(q("1,500亩").value.to_string(), "1000000");
        assert_eq!(q("8.5%").unit, Unit::Percent);
    }

    #[test]
    fn other_currencies_are_their_own_units() {
        let v = |s: &str| {
            let a = q(s);
            (a.value.to_string(), a.unit)
        };
        assert_eq!(v("12亿港元"), ("1200000000".into(), Unit::Hkd));
        assert_eq!(v("800万港币"), ("8000000".into(), Unit::Hkd));
        assert_eq!(v("3.5亿澳门元"), ("350000000".into(), Unit::Mop));
        assert_eq!(v("2億澳門元"), ("200000000".into(), Unit::Mop));
        assert_eq!(v("500万葡币"), ("5000000".into(), Unit::Mop));
        assert_eq!(v("3000万欧元"), ("30000000".into(), Unit::Eur));
        assert_eq!(v("1.5亿新台币"), ("150000000".into(), Unit::Twd));
        assert_eq!(v("8000萬新臺幣"), ("80000000".into(), Unit::Twd));
        assert_eq!(v("300万台币"), ("3000000".into(), Unit::Twd));
        assert_eq!(v("1.2亿美元"), ("120000000".into(), Unit::Usd));
        assert_eq!(v("5000万美金"), ("50000000".into(), Unit::Usd));
        assert_eq!(q("超过5亿港元").bound, Bound::AtLeast);
        // 澳元 is the Australian dollar: no unit of seedkb.
        assert!(parse_quantity("300万澳元").is_err());
        for u in [Unit::Hkd, Unit::Mop, Unit::Eur, Unit::Twd] {
            assert!(u.is_money());
            assert_eq!(Unit::from_symbol(u.symbol()), Some(u));
            assert_eq!(Unit::from_code(u.code()), Some(u));
        }
        assert_eq!(
            Quantity::exact(Num::parse_decimal("250000000").unwrap(), Unit::Hkd)
                .computed_readable(),
            "2.5亿港元"
        );
    }

    #[test]
    fn ge_before_yi_and_lai_before_fang_are_read() {
        let v = |s: &str| {
            let a = q(s);
            (a.value.to_string(), a.unit, a.bound, a.text)
        };
        assert_eq!(
            v("四个亿以上"),
            (
                "400000000".into(),
                Unit::Number,
                Bound::AtLeast,
                "四个亿以上".into()
            )
        );
        assert_eq!(
            v("两個億"),
            (
                "200000000".into(),
                Unit::Number,
                Bound::Exact,
                "两個億".into()
            )
        );
        // Round 60: more said before 个 (八十多个亿, 十几個億元): at least.
        assert_eq!(
            v("八十多个亿"),
            (
                "8000000000".into(),
                Unit::Number,
                Bound::AtLeast,
                "八十多个亿".into()
            )
        );
        assert_eq!(
            v("十几個億元"),
            (
                "1000000000".into(),
                Unit::Cny,
                Bound::AtLeast,
                "十几個億元".into()
            )
        );
        assert_eq!(
            parse_quantity_prefix("三十多个亿万富翁").map(|(a, _)| a.text),
            Some("三十多个".into())
        );
        assert_eq!(
            v("两万来方"),
            (
                "20000".into(),
                Unit::CubicMetre,
                Bound::About,
                "两万来方".into()
            )
        );
        // 亿万 is a word (三个亿万富翁: three billionaires), and 个 after a
        // number of 亿 counts things.
        assert_eq!(
            parse_quantity_prefix("三个亿万富翁").map(|(a, _)| a.text),
            Some("三个".into())
        );
        assert_eq!(
            parse_quantity_prefix("一亿个亿").map(|(a, _)| a.text),
            Some("一亿个".into())
        );
        // 三个人 stays a count of three.
        assert_eq!(
            parse_quantity_prefix("三个人").map(|(a, _)| a.text),
            Some("三个".into())
        );
    }

    #[test]
    fn per_mille_is_a_tenth_of_a_percent() {
        let v = |s: &str| {
            let a = q(s);
            (a.value.to_string(), a.unit, a.bound)
        };
        assert_eq!(v("5‰"), ("0.5".into(), Unit::Percent, Bound::Exact));
        assert_eq!(v("0.03‰"), ("0.003".into(), Unit::Percent, Bound::Exact));
        assert_eq!(v("千分之五"), ("0.5".into(), Unit::Percent, Bound::Exact));
        assert_eq!(v("千分之1.5"), ("0.15".into(), Unit::Percent, Bound::Exact));
        assert_eq!(v("约千分之三"), ("0.3".into(), Unit::Percent, Bound::About));
    }

    #[test]
    fn a_digit_after_a_big_unit_is_one_place_below_it() {
        let v = |s: &str| q(s).value.to_string();
        assert_eq!(v("三万五"), "35000");
        assert_eq!(v("两千五平方米"), "2500");
        assert_eq!(v("一百二十"), "120");
        assert_eq!(v("一百二"), "120");
        assert_eq!(v("一亿二"), "120000000");
        assert_eq!(v("三千五万元"), "35000000");
        // With 零 the digit is units; after 十 too; a unit's 千 is its own.
        assert_eq!(v("三万零五"), "30005");
        assert_eq!(v("三十五"), "35");
        assert_eq!(v("一万二千"), "12000");
        assert_eq!(v("四万二千元"), "42000");
    }

    #[test]
    fn wan_after_duo_multiplies_the_places_below_yi() {
        let a = q("三亿四千多万元");
        assert_eq!(a.value.to_string(), "340000000");
        assert_eq!(a.bound, Bound::AtLeast);
        assert_eq!(q("两亿六百余万").value.to_string(), "206000000");
        // Without places below 亿, 万 stays the whole numeral's.
        assert_eq!(q("五千多万元").value.to_string(), "50000000");
    }

    #[test]
    fn a_hundred_or_a_thousand_and_more_without_its_one() {
        let a = q("百余家");
        assert_eq!(
            (a.value.to_string(), a.unit, a.bound),
            ("100".into(), Unit::Count, Bound::AtLeast)
        );
        let a = q("千余人");
        assert_eq!(
            (a.value.to_string(), a.bound),
            ("1000".into(), Bound::AtLeast)
        );
        let a = q("百多万元");
        assert_eq!(
            (a.value.to_string(), a.unit, a.bound),
            ("1000000".into(), Unit::Cny, Bound::AtLeast)
        );
        // Alone, 百 and 千 are words (千家万户, 百姓).
        assert!(parse_quantity_prefix("千家万户").is_none());
        assert!(parse_quantity_prefix("百家").is_none());
    }

    #[test]
    fn percentages() {
        let p = q("8.5%");
        assert_eq!((p.value.to_string(), p.unit), ("8.5".into(), Unit::Percent));
        assert_eq!(q("８.５％").value.to_string(), "8.5");
        let w = q("百分之八点五");
        assert_eq!((w.value.to_string(), w.unit), ("8.5".into(), Unit::Percent));
        assert_eq!(q("百分之30").value.to_string(), "30");
        let pts = q("2.3个百分点");
        assert_eq!(
            (pts.value.to_string(), pts.unit),
            ("2.3".into(), Unit::Percent)
        );
        let pm = q("0.35个千分点");
        assert_eq!(
            (pm.value.to_string(), pm.unit, pm.text.as_str()),
            ("0.035".into(), Unit::Percent, "0.35个千分点")
        );
        let r = q("30%至40%");
        assert_eq!(
            (r.value.to_string(), r.upper.unwrap().to_string(), r.bound),
            ("30".into(), "40".into(), Bound::Range)
        );
    }

    #[test]
    fn volumes_and_energy_in_base_units() {
        let v = |s: &str| {
            let x = q(s);
            (x.value.to_string(), x.unit, x.bound, x.text)
        };
        assert_eq!(
            v("约7200万立方米"),
            (
                "72000000".into(),
                Unit::CubicMetre,
                Bound::About,
                "约7200万立方米".into()
            )
        );
        assert_eq!(v("6.88亿立方米").0, "688000000");
        assert_eq!(v("120万方").1, Unit::CubicMetre);
        assert_eq!(v("3亿方").0, "300000000");
        assert_eq!(v("500m³").1, Unit::CubicMetre);
        assert_eq!(v("500m3").1, Unit::CubicMetre);
        assert_eq!(v("2000立方").1, Unit::CubicMetre);
        // 2.4亿千瓦时 = 2.4e8 kWh = 2.4e11 Wh.
        assert_eq!(
            v("2.4亿千瓦时"),
            (
                "240000000000".into(),
                Unit::WattHour,
                Bound::Exact,
                "2.4亿千瓦时".into()
            )
        );
        assert_eq!(v("9500万千瓦时").0, "95000000000");
        assert_eq!(v("44兆瓦时").0, "44000000");
        assert_eq!(v("300kWh").0, "300000");
        assert_eq!(v("12万度电").0, "120000000");
        assert_eq!(v("三千瓦时").0, "3000");
        // A rate stays a rate.
        assert_eq!(v("300千瓦").1, Unit::Watt);
        // 方 alone, or opening a word, and 度 without 电 are no units.
        assert!(parse_quantity("120方").is_err());
        assert!(parse_quantity_prefix("2万方面").is_some_and(|(x, _)| x.unit == Unit::Number));
        assert!(parse_quantity_prefix("30度").is_some_and(|(x, _)| x.unit == Unit::Number));
        // Gas at standard conditions; two counters, one in brackets.
        assert_eq!(v("1000标准立方米").1, Unit::CubicMetre);
        let both = parse_quantity_prefix("1865头（只），其中").map(|(x, used)| (x.unit, used));
        assert_eq!(both, Some((Unit::Count, "1865头（只）".len())));
        let sets = parse_quantity_prefix("300台（套）").map(|(_, used)| used);
        assert_eq!(sets, Some("300台".len()));
        let r = q("3至5万立方米");
        assert_eq!(
            (r.value.to_string(), r.upper.unwrap().to_string(), r.unit),
            ("30000".into(), "50000".into(), Unit::CubicMetre)
        );
    }

    #[test]
    fn more_bounds() {
        assert_eq!(q("近300家").bound, Bound::About);
        assert_eq!(q("将近300家").bound, Bound::About);
        assert_eq!(q("至少5个").bound, Bound::AtLeast);
        assert_eq!(q("不少于5个").bound, Bound::AtLeast);
        assert_eq!(q("不超过5个").bound, Bound::AtMost);
        assert_eq!(q("1000元上下").bound, Bound::About);
        let a = q("20余万元");
        assert_eq!(
            (a.value.to_string(), a.bound),
            ("200000".into(), Bound::AtLeast)
        );
        let b = q("十多个");
        assert_eq!(
            (b.value.to_string(), b.bound),
            ("10".into(), Bound::AtLeast)
        );
        // 几 like 多: some more than the round number.
        let c = q("四十几家");
        assert_eq!(
            (c.value.to_string(), c.bound),
            ("40".into(), Bound::AtLeast)
        );
        assert_eq!(q("十几万元").value.to_string(), "100000");
        assert_eq!(q("三千元出头").bound, Bound::AtLeast);
    }

    #[test]
    fn chinese_numerals_and_traditional_forms() {
        assert_eq!(q("三点五亿元").value.to_string(), "350000000");
        assert_eq!(q("一点三六万名").value.to_string(), "13600");
        assert_eq!(q("一千零五户").value.to_string(), "1005");
        assert_eq!(q("两个").value.to_string(), "2");
        assert_eq!(q("兩千三百戶").value.to_string(), "2300");
        assert_eq!(q("四千五百萬元").value.to_string(), "45000000");
        assert_eq!(q("3.2億元").value.to_string(), "320000000");
        let m = q("約1.5萬畝");
        assert_eq!(
            (m.value.to_string(), m.unit, m.bound),
            ("10000000".into(), Unit::SquareMetre, Bound::About)
        );
        assert_eq!(q("100餘家").bound, Bound::AtLeast);
        assert_eq!(q("超過3000噸").unit, Unit::Tonne);
        assert_eq!(q("12萬人次").value.to_string(), "120000");
        assert_eq!(q("五艘").unit, Unit::Count);
        // The formal ten with formal digits; 拾 before a common digit is the
        // verb (最多拾一百公斤), never 110.
        assert_eq!(q("壹拾伍元").value.to_string(), "15");
        assert_eq!(q("拾伍元").value.to_string(), "15");
        assert!(parse_quantity_prefix("拾一百公斤").is_none());
        // 百/千 alone are words (千家万户), digits in a row are a year.
        assert!(parse_quantity_prefix("千家万户").is_none_or(|(q, _)| q.unit == Unit::Number));
        let (y, used) = parse_quantity_prefix("二〇一九年").unwrap();
        assert_eq!((y.value.to_string(), used), ("2".into(), "二".len()));
    }

    #[test]
    fn fractions_in_words_are_percentages() {
        let third = q("三分之一");
        assert_eq!(
            (third.value.to_string(), third.unit, third.bound),
            ("33.333333".into(), Unit::Percent, Bound::Exact)
        );
        let quarter = q("接近四分之三");
        assert_eq!(
            (quarter.value.to_string(), quarter.bound),
            ("75".into(), Bound::About)
        );
        assert_eq!(q("十分之一以上").bound, Bound::AtLeast);
        assert_eq!(q("5分之2").value.to_string(), "40");
        // More than the whole, or a part of no whole number, is no fraction.
        assert!(parse_quantity("三分之五").is_err());
        assert!(parse_quantity("十分之").is_err());
        assert!(parse_quantity("1.5分之1").is_err());
    }

    #[test]
    fn counters_of_goods_and_the_words_they_open() {
        for text in ["两百多箱", "3万双", "约15亿雙", "7.8万本"] {
            assert_eq!(q(text).unit, Unit::Count, "{text}");
        }
        // 本地, 本科: 本 opens a word there, and the number stays bare.
        for (text, number) in [("30本地企业", "30"), ("500本科生", "500")] {
            let (n, used) = parse_quantity_prefix(text).unwrap();
            assert_eq!((n.unit, &text[..used]), (Unit::Number, number), "{text}");
        }
    }

    #[test]
    fn windows_barrels_and_kilolitres_are_read() {
        for text in ["2.3万樘", "1.9万桶"] {
            let (n, used) = parse_quantity_prefix(text).unwrap();
            assert_eq!((n.unit, &text[..used]), (Unit::Count, text));
        }
        let (n, used) = parse_quantity_prefix("12.8万千升，").unwrap();
        assert_eq!(
            (n.value.to_string(), n.unit, used),
            ("128000".into(), Unit::CubicMetre, "12.8万千升".len())
        );
    }

    #[test]
    fn buildings_and_units_of_blood_are_counted() {
        for text in ["46幢", "2.3万单位"] {
            let (n, used) = parse_quantity_prefix(text).unwrap();
            assert_eq!((n.unit, &text[..used]), (Unit::Count, text));
        }
        // 单位GDP能耗, 单位面积: 单位 opens a word there, the number stays
        // bare; so does a table's number before its caption's 单位：.
        for (text, number) in [
            ("2025单位GDP", "2025"),
            ("12单位面积", "12"),
            ("2单位：亿元", "2"),
            ("3单位:万元", "3"),
        ] {
            let (n, used) = parse_quantity_prefix(text).unwrap();
            assert_eq!((n.unit, &text[..used]), (Unit::Number, number), "{text}");
        }
    }

    #[test]
    fn runs_and_pairs_are_counted_and_the_words_they_open_are_not() {
        for text in ["86班", "比去年同月增加14班", "２８对", "3对"] {
            let at = text.find(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c));
            let q = parse_quantity_prefix(&text[at.unwrap()..]).unwrap().0;
            assert_eq!(q.unit, Unit::Count, "{text}");
        }
        // 三班倒 (shifts), 12对接 (对接, to link up): the number stays bare.
        for (text, number) in [("3班倒", "3"), ("12对接", "12"), ("5对于", "5")] {
            let (n, used) = parse_quantity_prefix(text).unwrap();
            assert_eq!((n.unit, &text[..used]), (Unit::Number, number), "{text}");
        }
    }

    #[test]
    fn a_year_with_jie_or_ji_is_a_cohort_not_a_count() {
        for text in ["2026届毕业生", "２０２５级新生", "2024屆"] {
            assert!(parse_quantity_prefix(text).is_none(), "{text}");
        }
        // A count of sessions or a number that is no year stays a count.
        assert_eq!(q("15届").unit, Unit::Count);
        assert_eq!(
            parse_quantity_prefix("3000届").map(|(q, _)| q.unit),
            Some(Unit::Count)
        );
    }

    /// 9億3862萬元: the places below 亿 or 万 written in digits again are
    /// part of the number when a unit follows them; a thousands comma only
    /// between groups of three digits.
    #[test]
    fn digits_below_yi_and_wan_and_thousands_commas() {
        fn v(s: &str) -> (String, Unit, &str) {
            let (a, used) = parse_quantity_prefix(s).unwrap_or_else(|| panic!("{s}"));
            (a.value.to_string(), a.unit, &s[..used])
        }
        for (text, value, unit) in [
            ("9億3862萬元", "938620000", Unit::Cny),
            ("3亿0500万元", "305000000", Unit::Cny),
            ("1萬2436公頃", "124360000", Unit::SquareMetre),
            ("5萬2000元", "52000", Unit::Cny),
            ("2万6000元", "26000", Unit::Cny),
            ("4亿12人次", "400000012", Unit::Count),
            ("１万２０００吨", "12000", Unit::Tonne),
            ("9,836萬元", "98360000", Unit::Cny),
            ("1,234,567元", "1234567", Unit::Cny),
        ] {
            assert_eq!(v(text), (value.to_string(), unit, text), "{text}");
        }
        // No unit after the lower digits, five of them, a decimal or 万
        // after 万: the number ends at 亿 or 万.
        for (text, read) in [
            ("1万2", "1万"),
            ("3亿2026年", "3亿"),
            ("1万23456元", "1万"),
            ("2万3.5元", "2万"),
            ("5万3万元", "5万"),
            ("1.5万2000元", "1.5万"),
            ("8万多2000元", "8万多"),
        ] {
            assert_eq!(v(text).2, read, "{text}");
        }
        // A list comma is no thousands separator.
        for (text, read) in [("1,2,3元", "1"), ("12,34元", "12"), ("1,2345元", "1")] {
            assert_eq!(v(text).2, read, "{text}");
        }
    }

    proptest::proptest! {
        /// Any 亿 and 万 compound in digits reads as its value, in every
        /// unit the parser knows.
        #[test]
        fn compounds_of_yi_and_wan_read_as_their_value(
            yi in 1i128..10_000,
            wan in 0i128..10_000,
            ones in 0i128..10_000,
            unit in proptest::sample::select(vec!["元", "吨", "人", "公顷"]),
        ) {
            let text = format!("{yi}亿{wan}万{unit}");
            let (a, used) = parse_quantity_prefix(&text).unwrap();
            proptest::prop_assert_eq!(used, text.len());
            let want = q(&format!("{}{unit}", yi * 100_000_000 + wan * 10_000)).value;
            proptest::prop_assert_eq!(a.value, want);
            let text = format!("{wan}万{ones}{unit}");
            let (a, used) = parse_quantity_prefix(&text).unwrap();
            let want = q(&format!("{}{unit}", wan * 10_000 + ones)).value;
            if wan > 0 {
                proptest::prop_assert_eq!((used, a.value), (text.len(), want));
            }
        }
    }

    #[test]
    fn plain_numbers_and_rejections() {
        assert_eq!(q("100000000").unit, Unit::Number);
        assert!(parse_quantity("亿元").is_err());
        assert!(parse_quantity("义县").is_err());
        assert!(parse_quantity("2.4亿元x").is_err());
        assert!(parse_quantity("99999999999999999999999999999999亿元").is_err());
    }
}
