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
    "該公司",
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
