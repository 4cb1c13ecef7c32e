//! The extractor on generated news-like text: it returns (a value or an
//! error) and never panics, and every value it finds is quoted from the
//! text. Uniform random characters almost never form a number with a unit
//! after a list mark or a clause of the shapes the rules look at, so the
//! text is drawn from the pieces real articles are made of: names with
//! their suffixes, list and clause marks, verbs and measure words, numbers
//! in every form the reader knows, units, bounds and dates.

use proptest::prelude::*;
use seedkb_extract::{extract, Known};

const NAMES: &[&str] = &[
    "东岭镇",
    "西坪县",
    "南湖区",
    "青石村",
    "北山市",
    "临江高新区",
    "远航科技（苏州）有限公司",
    "华泰股份有限公司",
    "县财政局",
    "农商银行",
    "二期项目",
    "物流园",
    "合作社",
    "全县",
    "我市",
    "我盟",
    "全盟",
    "（来源：白石盟林业和草原局）",
    "該公司",
    "各乡镇（场）",
    "市农业农村局",
    "远山重工",
    "电价费率审议会",
    "審議會",
    "——访康县",
];

const WORDS: &[&str] = &[
    "、",
    "和",
    "及",
    "以及",
    "分别",
    "其中",
    "合计",
    "共",
    "总计",
    "累计",
    "，",
    "。",
    "；",
    "：",
    "（",
    "）",
    "「",
    "」",
    "——",
    "的",
    "在",
    "将",
    "已",
    "是",
    "为",
    "比",
    "较",
    "从",
    "到",
    "至",
    "投入",
    "投资",
    "获得",
    "完成",
    "新增",
    "新建",
    "改建",
    "配租",
    "签约",
    "带动",
    "接待",
    "吸纳",
    "实现",
    "同比增长",
    "环比下降",
    "下降",
    "提高",
    "增长",
    "翻了一番",
    "资金",
    "补助",
    "补贴",
    "产值",
    "收入",
    "支出",
    "营业收入",
    "利润",
    "项目",
    "面积",
    "人口",
    "户均",
    "人均",
    "每户",
    "每亩",
    "年产",
    "日处理",
    "计划",
    "预计",
    "力争",
    "目标",
    "今年",
    "去年",
    "上半年",
    "前三季度",
    "1—10月",
    "15日至17日",
    "第",
    "个",
    "为年初预算的",
    "占",
    "达到",
    "突破",
    "超过",
    "不低于",
    "不超过",
    "约",
    "近",
    "超",
    "余",
    "多",
    "左右",
    "以上",
    "以内",
    "\n",
    // Round 37's shapes: tables with units in their header, 块 as money,
    // 上万, 出头, times over an earlier level, list numbers before a year.
    "　",
    " ",
    "\t",
    "常住人口（万人）",
    "城镇化率（%）",
    "产量（吨）",
    "县（市、区）",
    "（",
    "块",
    "补",
    "掏",
    "一斤",
    "一份",
    "有上万",
    "上千",
    "出头",
    "有余",
    "接近",
    "是去年同期的",
    "是2022年底的",
    "个千分点",
    "千分点",
    "毛",
    "1.",
    "被告单位",
    "今年以来",
    "收到",
    "走进",
    "海关",
    "卫生署今日（五月八日）公布",
    "计划的最新统计数字",
    "三都水族自治县",
    "金牌",
    "根",
    // Round 38's shapes: a court's, a deal's, a fishery's and a bridge's
    // words, amounts restated in brackets, 比 of 占比 and times of people.
    "罚金",
    "骗取",
    "追回",
    "亏损",
    "减亏",
    "增值",
    "增值率",
    "保值增值率",
    "出鱼",
    "主跨",
    "高度",
    "入榨",
    "亩产能",
    "投放鱼苗",
    "合龙",
    "开榨",
    "开网",
    "开始",
    "获刑",
    "被告人",
    "股东大会",
    "违规行为",
    "占比",
    "比平时高出",
    "比全省同期",
    "是年轻人的",
    "是前者的",
    // Round 39's shapes: people counted as speech does, a share's
    // hundredths before a verb, money spent.
    "个人",
    "口人",
    "家里",
    "成五已",
    "花了",
    "来万",
    "被告人武某",
    "犯罪嫌疑人李某某",
    "艾力：",
    "枣农艾力·买买提",
    "记者：",
    // Their edges: a turn at a line's start, a dot with nothing or a long
    // run after it, a role with no surname after it, 某 cut off, a
    // function word before a place's ending, neighbouring numerals.
    "\n\n艾力：",
    "\n枣农",
    "艾力·",
    "·",
    "买买提买买提买买提",
    "被告人",
    "被告",
    "某",
    "武某某",
    "其中区",
    "之中县",
    "其余",
    "同步建设",
    "五六",
    "七八",
    "惠及",
    "按年升",
    "早前公布，本",
    "公布，第三季",
    "）",
    "（",
    "(",
    "位于",
    "往来",
    "多收",
    "相关负责人表示，",
    "总经理张海介绍，",
    "（以下简称“远山重工”）",
    "召开会议，决议",
    // Round 40's edges: bars of a table (alone, doubled, at a line's
    // ends), a header of names, a bare change verb, a way of going in
    // traditional characters, a board split before 会.
    "｜",
    "|",
    "｜｜｜",
    "\n乡镇｜受灾人口｜农作物受灾面积\n",
    "减少",
    "增加了",
    "扩大",
    "來自",
    "往返",
    "审议",
    "會",
    "百分之",
    // Round 42: a joint publisher, a place ending in a localizer, a
    // titled person in a headline, a tenth's bound said 上下.
    "及海事及水务局公布，",
    "及",
    "境内的山岭上",
    "的山岭上",
    "风电场",
    "老板",
    "厂老板",
    "成上下",
    "上下游",
    "本澳",
    "全港",
    "本港澳",
    "公布，2026年第三季",
    "所属",
    "首三季",
    "第三季",
    "今年前11个月",
    "不低于人民币",
];

const NUMBERS: &[&str] = &[
    "120",
    "4.5",
    "3。5",
    "１２",
    "０.８",
    "二〇二六年",
    "十二",
    "四万二千",
    "一千二百多",
    "百分之十五",
    "三分之一",
    "三成",
    "2026年",
    "10月",
    "1",
    "0",
    "99999999999999999999",
    "1,234",
    "5000",
    "两",
    "一块二毛五",
    "九块",
    "十八块",
    "2.3",
    "０",
    "1.2026年9月16日",
    "18.6亿斤（93",
    "8,600",
    "两百",
    "百分之七八",
    "百分之五六十",
    "百分之七八百",
    "百分之九十",
    "一千二",
];

const UNITS: &[&str] = &[
    "万元",
    "亿元",
    "元",
    "亿",
    "萬元",
    "億元",
    "亩",
    "吨",
    "万吨",
    "%",
    "个百分点",
    "人次",
    "套",
    "万平方米",
    "平方米",
    "公里",
    "千瓦",
    "兆瓦",
    "个",
    "家",
    "户",
    "人",
    "辆",
    "倍",
    "标箱",
    "尾",
    "起",
    "斤",
    "万斤",
    "米",
    "",
];

/// One piece of an article: a name, a word, or a number with its unit.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => prop::sample::select(NAMES).prop_map(str::to_string),
        4 => prop::sample::select(WORDS).prop_map(str::to_string),
        3 => (prop::sample::select(NUMBERS), prop::sample::select(UNITS))
            .prop_map(|(n, u)| format!("{n}{u}")),
    ]
}

fn article() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 1..60).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn generated_articles_never_panic(text in article()) {
        if let Ok(x) = extract("generated.txt", &text, &Known::new()) {
            for f in &x.found {
                // A value's words are the text's own, where it says they are.
                let at = text.get(f.start..f.end);
                prop_assert!(at.is_some(), "{:?} at {}..{}", f.text, f.start, f.end);
                let bare = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
                prop_assert_eq!(bare(at.unwrap_or_default()), bare(&f.text));
            }
        }
    }
}

/// Round 40's table and spoken-number rules at the edges a random article
/// seldom reaches: a table of bars only, empty cells, a header with no
/// rows, a name or a share cut off at the text's end, full-width digits.
#[test]
fn round_40_edges_never_panic() {
    for text in [
        "｜｜｜",
        "｜｜｜\n｜｜｜\n｜｜｜",
        "乡镇｜受灾人口｜农作物受灾面积",
        "乡镇｜受灾人口｜农作物受灾面积\n｜｜",
        "乡镇｜受灾人口｜农作物受灾面积\n高岭镇｜｜2.4万亩\n｜8600人｜",
        "乡镇｜受灾人口｜农作物受灾面积\n高岭镇｜８６００人｜２.４万亩",
        "鄉鎮｜受災人口｜農作物受災面積\n高嶺鎮｜8600人｜2.4萬畝",
        "| 乡镇 | 受灾人口 | 农作物受灾面积 |\n| 高岭镇 | 8600人 | 2.4万亩 |",
        "百分之七",
        "百分之七八",
        "亩产涨百分之九",
        "收入三万四，比去年多一千二",
        "比去年多一千二",
        "，减少50万公顷",
        "减少",
        "位于青石经济开发区的",
        "——访康县",
        "经济部电价费率审议",
        "往返",
        "來自東南亞",
        "青石市农业农村局",
    ] {
        let _ = extract("edges.txt", text, &Known::new());
    }
}

/// Round 42's subject shapes at their edges: goods named with their
/// place and the whole county after, a headline's one village, a
/// department named 事务处 and its short form, traffic through a port.
#[test]
fn round_42_subject_edges_never_panic() {
    for text in [
        "石泉蜜桃\n\n全县",
        "石泉蜜桃上市季\n\n走进石泉",
        "石泉蜜桃上市季\n\n走进石泉，全县",
        "石\n\n走进石，全县1万亩",
        "蜜桃\n\n来蜜，全县种植1万亩",
        "青山县一个\n\n青山县",
        "青山县一个村\n\n青山县白岩村",
        "青山县一个茶叶村\n\n青山县云雾镇白岩村两千亩",
        "一个村\n\n白岩村",
        "事务处",
        "事務處公布",
        "民政事務處",
        "民政事務處公布。民政處",
        "处",
        "经",
        "經青石口岸",
        "經青石口岸往來的車輛約3.2萬架次",
    ] {
        let _ = extract("edges.txt", text, &Known::new());
    }
}

/// Round 43's subject shapes at their edges: offices joined by 及 or 暨,
/// an office said back as 局方, stations named by what they do, a part
/// of a city (片区), an interview visiting a station's head.
#[test]
fn round_43_subject_edges_never_panic() {
    for text in [
        "及",
        "暨",
        "及局",
        "暨局",
        "统计暨局",
        "统计暨普查局及",
        "统计及",
        "及水务局公布",
        "、及水务局",
        "海关及海事及水务局公布，局方",
        "局方",
        "局方更换水管14公里",
        "署方",
        "管制站",
        "管制站约8万人次",
        "青石管制站",
        "青石管制站约8万人次",
        "青石及白岩管制站",
        "换热站9座",
        "片区",
        "北岭片区有换热站9座",
        "——访",
        "——访青石县白岩镇",
        "——访青石县白岩镇电商服务站站长",
        "热力公司换热站",
        "青石市热力公司北岭换热站里",
    ] {
        let _ = extract("edges.txt", text, &Known::new());
    }
}

/// Round 44's people: a name of two parts joined by a dot after a title
/// of the people, a surname with a polite word, 老 and a surname, a word
/// of comparison before a village's ending.
#[test]
fn round_44_people_edges_never_panic() {
    for text in [
        "·",
        "机手·",
        "机手买·",
        "机手买买·提",
        "牧民努尔兰·",
        "牧民努尔兰·卡",
        "牧民努尔兰·卡德尔",
        "牧民努尔兰·卡德尔今年养了三百只羊。努尔兰说",
        "·努尔兰",
        "•",
        "蚕农·・•",
        "赵女士",
        "的赵",
        "的赵女",
        "的赵女士们",
        "老",
        "的老",
        "的老杨",
        "老杨，",
        "老吴告诉",
        "护林员老吴告诉记者，他每月三千多元",
        "像村",
        "像村口的老孙，今年卖了四万多斤桃子",
        "稻农陆",
        "稻农陆春生今年种了八十亩",
        "机手艾买提·阿不都正",
        "机手艾买提·都",
        "村民邓长福家",
        "本报讯 “",
        "本报讯 “”",
        "讯“八亩。”",
        "本报讯 “八亩桃树都挂果了。”青石村果农周正平说。",
    ] {
        let _ = extract("edges.txt", text, &Known::new());
    }
}

/// Round 44's entity shapes at their edges: a county before 城乡, 城镇
/// or 城市, a year before a place said short, a department's head
/// speaking, places listed in a headline, list items' marks.
#[test]
fn round_44_entity_edges_never_panic() {
    for text in [
        "县城",
        "县城乡",
        "县城市场",
        "青山县城",
        "青山县城乡",
        "青山县城镇化",
        "年",
        "2026年",
        "2026年青山",
        "青山市局\n\n2026年青山在",
        "部负责人介绍",
        "集团公司部负责人介绍，",
        "青山局集团公司客运部负责人介绍",
        "青山局集团公司客运部负责人介绍，每日开行列车52列",
        "东区、",
        "、东区",
        "东区、北区",
        "东区与北区合占逾四成",
        "青山病例破300例　东区、北区合占逾四成\n\n青山市卫生局公布",
        "（",
        "（）",
        "（三",
        "（三）",
        "(3)",
        "三、",
        "、",
        "（三）补充流动资金1.6亿元。",
        "；（三）；（二）",
    ] {
        let _ = extract("edges.txt", text, &Known::new());
    }
}

/// Round 45's entity shapes at their edges: a hospital said by its level,
/// a lead word glued before a name, a verb of shipping before a port, a
/// time word before a level.
#[test]
fn round_45_entity_edges_never_panic() {
    for text in [
        "县人民医院",
        "县人民医院。",
        "县",
        "青山县。县人民医院",
        "青山县。县人民医院占地80亩",
        "三是",
        "三是基地",
        "三是青山基地二期投产",
        "项目由",
        "项目由公司",
        "项目由青山能源有限公司投资建设",
        "东道主",
        "东道主青山市代表团金牌12枚",
        "运往",
        "运往港",
        "经铁路运往青山港约3万吨",
        "过去县",
        "过去县里",
        "过去县里的病人有三成",
        "青山县人民医院。青山县。县人民医院",
        "青山县。县人民医院新院区。青山县人民医院新院区",
        "山县。县医院。山县医院",
        "青青区。区区区区医院。青青区区区医院",
        "县。县人民医院",
    ] {
        let _ = extract("edges.txt", text, &Known::new());
    }
}

/// Round 43's number and byline shapes at their edges: a post's byline
/// with a printed date, bounds with a particle or a negation, ten-thousands
/// and four figures.
#[test]
fn round_43_number_edges_never_panic() {
    for text in [
        "青石民政\u{3000}2026-12-18",
        "青石民政\u{3000}2026-12-",
        "青石民政\u{3000}2026/1/5\u{3000}08:30",
        "青石民政\u{3000}-",
        "\u{3000}2026-12-18",
        "超过了",
        "超过了七",
        "超过了七成",
        "约占",
        "约占三",
        "未",
        "未超过",
        "未超过30",
        "不少于",
        "不少于125克",
        "不多于",
        "2万",
        "2万8,",
        "2万8,600",
        "2萬8,600人次",
        "2万,600人",
        "2万86000人",
    ] {
        let _ = extract("edges.txt", text, &Known::new());
    }
}

/// Round 44's number shapes at their edges: 来 before 万, spoken ranges
/// cut off after 到, 破 and 小 alone or before no number, counters after
/// ten-thousands, a percent table's signed cells cut off.
#[test]
fn round_44_number_edges_never_panic() {
    for text in [
        "落了三十来",
        "落了三十来万",
        "落了三十来亿元",
        "来万",
        "一天挣一百二到",
        "一天挣一百二到一",
        "一天挣一百二至一百五十万",
        "投个一百五六十",
        "投个一百五六十万",
        "多卖三五",
        "多卖三五块",
        "破",
        "破3",
        "破三万",
        "跌破",
        "小",
        "小两",
        "小两百",
        "大小两千",
        "640航",
        "12.6万空",
        "125克",
        "4万3,100处",
        "4萬3,100處次",
        "（单位：%）\n类别｜环比｜同比\n居住｜-",
        "（单位：%）\n类别｜环比｜同比\n居住｜-0.1｜－",
        "（单位：％）\n类别｜环比｜同比\n居住｜−0.1｜-0.2\n",
    ] {
        let _ = extract("edges.txt", text, &Known::new());
    }
}

/// Round 45's subjects, second phase: a territory's office at a text's
/// edges, a place before a venue, a season glued before a name, a route's
/// end said with 至, a reservoir's inflow, a grower surnamed 符.
#[test]
fn round_45_subject_second_edges_never_panic() {
    for text in [
        "行政院",
        "据行政院",
        "主計總處",
        "行政院主計總處公布",
        "【臺北報導】主計總處今日公布，失業率3.4%",
        "政府統計處",
        "统计暨普查局公布",
        "在",
        "在新区体育场",
        "在城北新区",
        "在城北新区体育",
        "总决赛在城北新区体育场举行。本赛季68支",
        "汛期",
        "主汛期",
        "主汛期三峡水库",
        "新航季",
        "航季机场",
        "至",
        "至大阪、至",
        "至大阪、至胡志明市",
        "、至",
        "、至市",
        "、至胡志明市",
        "水库入库",
        "三峡水库入库水量约4050亿立方米",
        "种植户符",
        "种植户符海燕说",
    ] {
        let _ = extract("edges.txt", text, &Known::new());
    }
}

/// Round 45's number and date shapes at their edges: a rate rising to a
/// level, a lunar day, a code after its label, a price in words after a
/// selling verb, the first months of a year the text never prints.
#[test]
fn round_45_number_edges_never_panic() {
    for text in [
        "增加",
        "增加16.5%至",
        "增加16.5%至7.3萬",
        "上升12%至-",
        "3%至4万人次",
        "初",
        "大年初",
        "大年初三",
        "正月初六单",
        "初三单日",
        "编号：",
        "编号：2026-",
        "：2026-058",
        "电话:0",
        "热线：3.",
        "热线：3.2万",
        "电话：.5万件",
        "编号：A-",
        "号码：一万",
        "一斤十八块，卖到",
        "一斤十八块，卖到四十出",
        "一斤十八块，卖到四十出头",
        "卖到三十出头",
        "前",
        "前11个",
        "首11個月",
        "，首",
        "。前十二月",
        // h45z: a season across two years, an event set ahead, a caption
        // over a header giving one column its unit, a Taiwan paper's 元.
        "2026/2027年",
        "/2027年",
        "2026／2027年冬春",
        "6/2027年",
        "定于",
        "11月10日电 定于2027年11月5日至",
        "（单位：起）\n区｜事故｜同比增减（%）\n东城区｜48",
        "（单位：起）\n区｜事故｜同比增减（%）\n东城区｜",
        "（单位：起）\n区｜同比增减（%）",
        "臺北報導 4萬",
        "臺北報導 4萬6,215元",
    ] {
        let _ = extract("edges.txt", text, &Known::new());
    }
}

/// Round 44's date shapes at their edges: a year beside 今年 or 去年 cut
/// off, a deed told 是…的, an honour, a reminder, a day said alone before
/// and after the year the text prints it with, or since then.
#[test]
fn round_44_date_edges_never_panic() {
    for text in [
        "是",
        "是的",
        "是2020年",
        "是2020年的",
        "是他2020年买的，今年",
        "提醒，",
        "提醒，2021年",
        "卫生局提醒，2021年全县病例逾千例。今年",
        "于2016年",
        "于2016年投产，今年",
        "2019年，",
        "2019年，青石村被评为",
        "2019年入选。去年",
        "比2021年",
        "比2021年同期。去年",
        "较2022年的。去年",
        "1月1日",
        "1月1日起",
        "1月1日以来",
        "1月1日以",
        "从2027年1月1日起",
        "1月1日起执行。从2027年1月1日起",
        "1月1日以来。2027年1月1日起施行",
        "2025年1月1日，2027年1月1日。1月1日",
        "13月1日。2027年13月1日",
    ] {
        let _ = extract("edges.txt", text, &Known::new());
    }
}

/// Round 45's attribute shapes at their edges: a ranking clause with no
/// words before it, cut off, or right at the text's start; a value right
/// after one.
#[test]
fn round_45_attribute_edges_never_panic() {
    for text in [
        "最高，",
        "最高，达5%",
        "，最高，达5%",
        "入住率最高，達91.2%",
        "入住率最高,为3万元",
        "增速最快，",
        "。居首位，12%",
        "最多，为1295张",
        "入住率为87.5%，则为72.4%",
        "为5%，",
        "，5%",
        "5%，5%，5%",
        "其中8%，",
    ] {
        let _ = extract("edges.txt", text, &Known::new());
    }
}

/// Round 41's shapes at their edges: a bar table whose change column
/// gives no unit (cells missing or cut off), spoken sums and trips cut
/// off at the text's end.
#[test]
fn round_41_edges_never_panic() {
    for text in [
        "行业｜户数（户）｜退税额（亿元）｜同比增减",
        "行业｜户数（户）｜退税额（亿元）｜同比增减\n化工｜39｜1.6｜",
        "行业｜户数（户）｜退税额（亿元）｜同比增减\n化工｜｜｜增长9.1%",
        "行業｜戶數（戶）｜退稅額（億元）｜同比\n化工｜３９｜１.６｜增長9.1%",
        "卖个五六",
        "卖个五六万",
        "剩个两万出",
        "补了一百来",
        "三千来块的",
        "贵了三四块",
        "三四块",
        "十一二趟",
        "一趟",
        // Names and cues at the text's end, bars only, traditional
        // characters and full-width digits (review of round 41).
        "｜｜｜",
        "|\n|",
        "行业｜\n｜｜\n｜",
        "化工｜３９｜１.６｜",
        "浙江电网",
        "重庆电网最高负荷",
        "来台",
        "来台旅客",
        "來臺旅客５１２萬人次",
        "日本旅客",
        "日本旅客1万人次，韩国旅客合计",
        "其中旅客1万人次，旅客2万人次",
        "入境旅客1人次。出入境旅客",
        "市区",
        "今年以来，市区",
        "持续到",
        "9月15日起",
        "2027年底前完成",
        "前完成了",
        "“”黄文强说",
        "蔗农黄文强。“一天五十来亩。”黄文强说，",
        "单户最高补助",
        "最高",
        "成交1077套",
        "下跌0.5%、上涨",
        "切成三四块",
        "运送乘客386.7万乘",
        "4.06亿乘次",
        "采摘了五茬",
        "最后一茬",
        "一盒",
        "超过5万盒",
        "12大类",
        "12大",
        "2026年第",
        "2026年第三季",
        "2026年前三季度",
        "2026年第三季度",
        "2026年度",
        "2026年度第",
    ] {
        let _ = extract("edges.txt", text, &Known::new());
    }
}

/// Round 43's shapes at their edges: table rows opening with a month,
/// numbers across a line break, spoken sums cut off, 差不多 and counters.
#[test]
fn round_43_edges_never_panic() {
    for text in [
        "（单位：亿元）\n月份｜进出口｜出口\n9月｜489.7｜318.2\n10月｜514.3｜336.9",
        "（单位：亿元）\n月份｜进出口\n9月｜",
        "（单位：亿元）\n月份｜进出口\n9月",
        "（单位：亿元）\n月份｜进出口\n2026年｜1.5\n2027年｜",
        "177.4\n10月",
        "1\n2\n3",
        "差不多",
        "差不多占了",
        "差不多得投",
        "差不多得投一百万",
        "一个月六七千",
        "一个月六七",
        "好点的七八十",
        "四五十块，好点的七八十",
        "四五十块，七八",
        "一年就得四十来万",
        "房租一年二十万出头",
        "860幢",
        "15.8万单位",
        "单位",
        "3单位GDP",
        "7930个治疗量",
        "个治疗量",
        "2026年前三季度",
        "2026年前三",
        "2026年前",
    ] {
        let _ = extract("edges.txt", text, &Known::new());
    }
}

/// Round 42's shapes at their edges: a caption's unit over a bar table
/// (cells grouped by commas, left empty by a dash, a row naming its own
/// unit), spoken sums cut off at the text's end.
#[test]
fn round_42_edges_never_panic() {
    for text in [
        "（单位：万元）",
        "（单位：",
        "单位：",
        "单位:万",
        "（单位：万元）\n项目｜本期｜上年同期",
        "（单位：万元）\n项目｜本期｜上年同期\n收入｜1,2｜,",
        "（单位：万元）\n项目｜本期｜上年同期\n收入｜—｜—",
        "（单位：万元）\n项目｜本期｜上年同期\n每股收益（元/股）｜0.3｜",
        "（单位：万元）\n项目｜本期｜上年同期\n每股收益（/）｜0.3｜0.2",
        "（單位：萬元）\n項目｜本期｜上年同期\n收入｜１８７,４００｜9,1",
        "两三毛",
        "高个两三",
        "两块来",
        "两块来钱",
        "一块一的",
        "万把",
        "万把块",
        "千把人",
        "百把",
        "百分之二十来",
        "百分之二十来自",
        "人均收入一万六千多",
        "分了一万五千",
        "多进两万出",
        "1100万枝",
        "装车1.12万车",
        "1.12万",
        "两头都",
        "两头",
        "工资三千多",
        "468户户",
        "468户户均",
        "1268家家",
        "2850万吨/",
        "2850万吨/年",
        "一亩多",
        "一亩多收",
        "一斤多卖两毛",
    ] {
        let _ = extract("edges.txt", text, &Known::new());
    }
}

/// Round 44: captions giving each column its unit, cut off or odd, and
/// years of a 年度 beside 明年.
#[test]
fn round_44_edges_never_panic() {
    for text in [
        "（单位：水位为米，蓄水量为亿立方米）",
        "（单位：水位为米，蓄水量为",
        "单位：为米，为亿立方米\n水库｜水位｜蓄水量\n甲水库｜1｜2",
        "单位：水位为米，蓄水量为亿立方米\n水库｜水位｜蓄水量｜增减\n甲水库｜1｜2｜-",
        "单位：水位为米，蓄水量为亿立方米\n水库｜增减｜水位\n甲水库｜-0.4｜1",
        "单位：水位為米、蓄水量為億立方米\n水庫｜水位｜蓄水量\n甲水庫｜１７７.２６｜８.９２",
        "明年",
        "明年医保，2027年度",
        "明年医保，2027年度医",
        "2027年度医保，明年医",
    ] {
        let _ = extract("edges.txt", text, &Known::new());
    }
}
