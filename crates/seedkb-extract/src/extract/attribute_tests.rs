//! Tests of what values measure and how numbers are read (issue 11, round
//! 6): each sentence is written for the rule it checks.

use super::*;

/// Each value found in `text` with its attribute, and each date given to
/// figures as their period (`date`).
fn attributes_of(text: &str) -> Vec<(String, String)> {
    let x = extract("t.txt", text, &Known::new()).unwrap();
    x.found
        .into_iter()
        .chain(x.periods)
        .map(|f| (f.text, f.attribute))
        .collect()
}

fn attr<'a>(got: &'a [(String, String)], v: &str) -> &'a str {
    got.iter()
        .find(|(t, _)| t == v)
        .map(|(_, a)| a.as_str())
        .unwrap_or_else(|| panic!("{v} not found in {got:?}"))
}

#[test]
fn an_amount_per_household_or_per_mu_says_so() {
    let got = attributes_of("青石县合作社去年每户分红2600元。");
    assert_eq!(attr(&got, "2600元"), "dividend_per_household");
    let got = attributes_of("带动全村农户户均增收3100元。");
    assert_eq!(attr(&got, "3100元"), "income_increase_per_household");
    let got = attributes_of("示范园每亩投入4200元，亩均增收1900元。");
    assert_eq!(attr(&got, "4200元"), "investment_per_mu");
    assert_eq!(attr(&got, "1900元"), "income_increase_per_mu");
    // A wage per head keeps its own name; a dividend with no 每户 is not
    // per household.
    let got = attributes_of("基地务工人员人均月工资3300元，合作社共分红48万元。");
    assert_eq!(attr(&got, "3300元"), "monthly_wage");
    assert_eq!(attr(&got, "48万元"), "dividend");
    // 补助, 租金: an amount the words call only an amount, per mu or head.
    let got = attributes_of("县里对新建茶园每亩补助900元，每亩地年租金650元。");
    assert_eq!(attr(&got, "900元"), "subsidy_per_mu");
    assert_eq!(attr(&got, "650元"), "rent_per_mu");
    let got = attributes_of("对搬迁群众每人给予一次性补助1.5万元。");
    assert_eq!(attr(&got, "1.5万元"), "subsidy_per_person");
    // Per household and per year: no name here says both.
    let got = attributes_of("合作社每户每年分红1100元。");
    assert_eq!(attr(&got, "1100元"), "dividend");
    // A word naming the rate itself keeps its name.
    let got = attributes_of("对新建大棚每户补助5000元。");
    assert_eq!(attr(&got, "5000元"), "subsidy_per_household");
}

#[test]
fn the_noun_a_count_counts_and_counters_news_uses() {
    let got = attributes_of("青石县新修干渠3条、支渠57条，改造危桥9座，安装路灯1200盏。");
    assert_eq!(attr(&got, "3条"), "canal_count");
    assert_eq!(attr(&got, "57条"), "canal_count");
    assert_eq!(attr(&got, "9座"), "bridge_count");
    assert_eq!(attr(&got, "1200盏"), "street_light_count");
    let got = attributes_of("车间里有工业机器人140台，产品远销12个省份。");
    assert_eq!(attr(&got, "140台"), "robot_count");
    assert_eq!(attr(&got, "12个"), "province_count");
    // A train is counted by 列; money 省下 is saved.
    let got = attributes_of("青石站今年始发1260列，果农一年能省下4万元。");
    assert_eq!(attr(&got, "1260列"), "train_count");
    assert_eq!(attr(&got, "4万元"), "savings");
    // 头只 and 羽: counters read whole.
    let got = attributes_of("全旗牲畜存栏310万头只，年出栏肉鸭600万羽。");
    assert_eq!(attr(&got, "310万头只"), "livestock_inventory");
    assert!(got.iter().any(|(t, _)| t == "600万羽"), "{got:?}");
    let got = attributes_of("全旗今年出售牲畜12万头只。");
    assert_eq!(attr(&got, "12万头只"), "livestock_count");
}

#[test]
fn taxes_contracts_irrigation_and_rates_are_named() {
    let got = attributes_of("园区去年实缴税金3.4亿元，配套协议金额合计约21亿元。");
    assert_eq!(attr(&got, "3.4亿元"), "tax_revenue");
    assert_eq!(attr(&got, "约21亿元"), "contract_value");
    let got = attributes_of("灌区有效灌溉面积达到14.5万亩，节水灌溉面积6万亩。");
    assert_eq!(attr(&got, "14.5万亩"), "irrigated_area");
    assert_eq!(attr(&got, "6万亩"), "water_saving_irrigated_area");
    let got = attributes_of("焊装车间自动化率达到91%，全县基层就诊率为63%。");
    assert_eq!(attr(&got, "91%"), "automation_rate");
    assert_eq!(attr(&got, "63%"), "visit_rate");
    let got = attributes_of("码头新增通过能力约300万吨，每天可处理鲜果500吨。");
    assert_eq!(attr(&got, "约300万吨"), "new_capacity");
    assert_eq!(attr(&got, "500吨"), "production_capacity");
    let got = attributes_of("全县常住人口约31万人，现有省级龙头企业17家，聘用护路员420名。");
    assert_eq!(attr(&got, "约31万人"), "population");
    assert_eq!(attr(&got, "17家"), "leading_enterprise_count");
    assert_eq!(attr(&got, "420名"), "staff_count");
}

#[test]
fn a_range_with_its_unit_on_both_ends_and_half_in_words() {
    let got = attributes_of("青石县红薯亩产1200斤到1300斤。");
    assert!(got.iter().any(|(t, _)| t == "1200斤到1300斤"), "{got:?}");
    assert!(!got.iter().any(|(t, _)| t == "1300斤"), "{got:?}");
    let x = extract("t.txt", "青石县红薯亩产1200斤到1300斤。", &Known::new()).unwrap();
    let f = x.found.iter().find(|f| f.text == "1200斤到1300斤").unwrap();
    let Value::Quantity(q) = &f.value else {
        panic!("{f:?}")
    };
    assert_eq!((q.bound, q.upper.is_some()), (Bound::Range, true));
    // Half in words is a share; half a year is not.
    let got = attributes_of("青石县过半农户加入合作社，近半年新增网店30家。");
    assert!(got.iter().any(|(t, _)| t == "过半"), "{got:?}");
    assert!(!got.iter().any(|(t, _)| t == "近半"), "{got:?}");
    let got = attributes_of("全县上下紧盯“双过半”目标，新增网店30家。");
    assert!(!got.iter().any(|(t, _)| t == "过半"), "{got:?}");
    let got = attributes_of("青石县建制村通客车率达到百分之百。");
    assert!(got.iter().any(|(t, _)| t == "百分之百"), "{got:?}");
}

#[test]
fn a_value_no_word_names_measures_what_the_one_before_did() {
    let text = "青石县茶叶产值今年力争突破30亿元，到2028年达到45亿元。";
    let got = attributes_of(text);
    // The goal's value carried on (到2028年达到) is the goal's too.
    assert_eq!(attr(&got, "45亿元"), "output_value_target");
    let x = extract("t.txt", text, &Known::new()).unwrap();
    let f = x.found.iter().find(|f| f.text == "45亿元").unwrap();
    assert!(f.why.contains("the clause before"), "{}", f.why);
    // Not two clauses away, not another unit, not an area.
    let got = attributes_of("青石县茶叶产值突破30亿元，茶园面积稳定，力争明年再添45亿元。");
    assert_eq!(attr(&got, "45亿元"), "amount");
    let got = attributes_of("青石县茶叶产值突破30亿元，茶园扩大到9万亩，还有45亿元。");
    assert_eq!(attr(&got, "45亿元"), "amount");
    let got = attributes_of("青石县规划面积12平方公里，已建成8平方公里。");
    assert_eq!(attr(&got, "8平方公里"), "area");
}

#[test]
fn ten_thousand_and_a_hundred_million_said_alone_with_a_bound() {
    let x = extract(
        "t.txt",
        "青石县柚农户均增收逾万元，果品电商销售额近亿元。",
        &Known::new(),
    )
    .unwrap();
    let q = |t: &str| {
        let f = x.found.iter().find(|f| f.text == t).unwrap_or_else(|| {
            panic!(
                "{t} not in {:?}",
                x.found.iter().map(|f| &f.text).collect::<Vec<_>>()
            )
        });
        match &f.value {
            Value::Quantity(q) => (q.value, q.bound),
            v => panic!("{v:?}"),
        }
    };
    assert_eq!(
        q("逾万元"),
        (crate::model::Num::from_int(10_000).unwrap(), Bound::AtLeast)
    );
    assert_eq!(
        q("近亿元").0,
        crate::model::Num::from_int(100_000_000).unwrap()
    );
}

#[test]
fn a_weak_verb_gives_way_to_the_event_it_leads_to() {
    let got = attributes_of("青石风电场预计今年11月底实现全容量并网。");
    assert_eq!(attr(&got, "今年11月底"), "date_grid_connection_planned");
    let got = attributes_of("青石大桥于去年9月完成竣工验收。");
    assert_eq!(attr(&got, "去年9月"), "date_completed");
    // 实现 alone still sets a target.
    let got = attributes_of("到2028年，青石县实现全域覆盖。");
    assert_eq!(attr(&got, "2028年"), "date_target");
}

#[test]
fn a_change_in_points_is_a_rate_change_whatever_rate_it_is_of() {
    // The gold convention's generic name; the rate is said in the why.
    let got = attributes_of("青石县入住率达到81%，比去年提高6.5个百分点。");
    assert_eq!(attr(&got, "6.5个百分点"), "rate_change");
    let got = attributes_of("青石县森林覆盖率提高1.4个百分点。");
    assert_eq!(attr(&got, "1.4个百分点"), "rate_change");
    // A share is left a rate's change.
    let got = attributes_of("青石县电商销售占比达到31%，比去年提高8个百分点。");
    assert_eq!(attr(&got, "8个百分点"), "rate_change");
    // No rate said: a rate's change.
    let got = attributes_of("青石县今年提高2个百分点。");
    assert_eq!(attr(&got, "2个百分点"), "rate_change");
}

#[test]
fn a_rate_of_change_is_named_by_the_base_its_clause_says() {
    // 同比 apart from the verb, and a rate listed after 分别.
    let got = attributes_of("青石县茶叶产量和产值同比分别增长12.4%和9.8%。");
    assert_eq!(attr(&got, "12.4%"), "growth_rate_yoy");
    assert_eq!(attr(&got, "9.8%"), "growth_rate_yoy");
    // 比上年, 较去年同期: the year before too.
    let got =
        attributes_of("全县投入衔接资金2.1亿元，比上年增长6.5%，农民收入较去年同期增长7.2%。");
    assert_eq!(attr(&got, "6.5%"), "growth_rate_yoy");
    assert_eq!(attr(&got, "7.2%"), "growth_rate_yoy");
    // 环比: against the month before.
    let got = attributes_of("9月当月全市零售额同比增长3.3%，环比增长1.4%。");
    assert_eq!(attr(&got, "3.3%"), "growth_rate_yoy");
    assert_eq!(attr(&got, "1.4%"), "growth_rate_mom");
    // No base in the clause (同比 is in the clause before): no base named.
    let got = attributes_of("全市投资同比增长4.6%，其中工业投资增长13.1%。");
    assert_eq!(attr(&got, "13.1%"), "growth_rate");
    // 较上年度末, like 比上年末: a level since the year's start, no period.
    let got = attributes_of("九月末，该行贷款余额312亿元，较上年度末增长8.4%，比上年度增长9.1%。");
    assert_eq!(attr(&got, "8.4%"), "growth_rate");
    assert_eq!(attr(&got, "9.1%"), "growth_rate_yoy");
}

#[test]
fn points_said_of_a_growth_rate_are_a_change_or_its_gap() {
    let got = attributes_of(
        "全县工业增加值同比增长5.2%，增速比上半年提高0.7个百分点，高于全市平均水平1.3个百分点。",
    );
    assert_eq!(attr(&got, "0.7个百分点"), "rate_change");
    assert_eq!(attr(&got, "1.3个百分点"), "growth_rate_gap");
    // A narrowing decline, and a gap said right after the rate.
    let got = attributes_of("外贸进出口同比下降3.1%，降幅收窄0.9个百分点。");
    assert_eq!(attr(&got, "0.9个百分点"), "rate_change");
    let got = attributes_of("农民人均可支配收入同比增长7.4%，高于全省0.5个百分点。");
    assert_eq!(attr(&got, "0.5个百分点"), "growth_rate_gap");
    // The change of a level is a rate's change too.
    let got = attributes_of("全县森林覆盖率达到61.2%，比上年提高1.1个百分点。");
    assert_eq!(attr(&got, "1.1个百分点"), "rate_change");
}

/// Round 49 (h49z): 降幅 after a fall said before it is that fall's rate,
/// negative; in a sentence on prices it stays a price cut.
#[test]
fn a_fall_rate_said_by_jiangfu_is_negative() {
    let x = extract(
        "t.txt",
        "青石县上级转移支付编列12.4亿元，减少3.1亿元，降幅约20%。",
        &Known::new(),
    )
    .unwrap();
    let f = x.found.iter().find(|f| f.text == "约20%").unwrap();
    let Value::Quantity(q) = &f.value else {
        panic!("约20%: a quantity")
    };
    assert_eq!(
        (f.attribute.as_str(), q.value.to_string()),
        ("growth_rate", "-20".into())
    );
    let got = attributes_of("集采药品平均降价，降幅约48%。");
    assert_eq!(attr(&got, "约48%"), "price_reduction");
}

/// Round 49 (h49z): a county budget in traditional words (歲出, 歲入, 差短,
/// 刪減, 經常門, 資本門, 人事費), folded to simplified before it is read.
#[test]
fn a_budget_in_traditional_words_names_its_parts() {
    let got = attributes_of(
        "青石縣明年度總預算歲入編列210億元，歲出編列236億元，差短26億元。議會刪減歲出1億元。",
    );
    assert_eq!(attr(&got, "210億元"), "budget_revenue");
    assert_eq!(attr(&got, "236億元"), "budget_expenditure");
    assert_eq!(attr(&got, "26億元"), "budget_deficit");
    assert_eq!(attr(&got, "1億元"), "budget_cut");
    let got = attributes_of("歲出經常門180億元，資本門56億元，經常門中人事費約90億元。");
    assert_eq!(attr(&got, "180億元"), "current_expenditure");
    assert_eq!(attr(&got, "56億元"), "capital_expenditure");
    assert_eq!(attr(&got, "約90億元"), "personnel_expenditure");
}

/// Round 49 (h49z): rates, refunds and prices named by their own word
/// (退货率, 复垦率, 清算率, 退税额, 非票务收入, 平均售价), papers counted by
/// 篇, and nouns that say what a count counts (安全检查, 工作面).
#[test]
fn words_the_lexicon_missed_name_their_values() {
    let got = attributes_of(
        "店铺退货率压到了12%，矿区土地复垦率达到70.5%，基金年度清算率达97.2%。\
         全市办理出口退税，退税额12.3亿元。地铁集团实现非票务收入1.8亿元。",
    );
    assert_eq!(attr(&got, "12%"), "return_rate");
    assert_eq!(attr(&got, "70.5%"), "reclamation_rate");
    assert_eq!(attr(&got, "97.2%"), "settlement_rate");
    assert_eq!(attr(&got, "12.3亿元"), "tax_refund");
    assert_eq!(attr(&got, "1.8亿元"), "non_ticket_revenue");
    let got = attributes_of("公司商品煤平均售价为605.2元/吨。");
    assert_eq!(attr(&got, "605.2元"), "average_price");
    let got = attributes_of(
        "医院全年发表SCI收录论文96篇。公司开展安全检查860次，建成智能化采煤工作面18个。",
    );
    assert_eq!(attr(&got, "96篇"), "paper_count");
    assert_eq!(attr(&got, "860次"), "inspection_count");
    assert_eq!(attr(&got, "18个"), "working_face_count");
}

#[test]
fn a_rise_of_a_price_and_consumer_prices_are_named_so() {
    let got = attributes_of("青石县柑橘收购价上涨约两成。");
    assert_eq!(attr(&got, "约两成"), "price_increase_rate");
    // Against the year before: price_growth (round 48).
    let got = attributes_of("青石县柑橘收购价同比上涨约两成。");
    assert_eq!(attr(&got, "约两成"), "price_growth");
    // The price in the clause before.
    let got = attributes_of("市场上草鱼每斤9元至11元，比去年同期上涨15%，销量增长8%。");
    assert_eq!(attr(&got, "15%"), "price_growth");
    assert_eq!(attr(&got, "8%"), "growth_rate");
    // Against the month before, the base names it.
    let got = attributes_of("市场上草鱼每斤9元至11元，环比上涨3%。");
    assert_eq!(attr(&got, "3%"), "growth_rate_mom");
    // Consumer prices: their own rate is cpi_growth, the items after it
    // cpi_change.
    let got =
        attributes_of("全市居民消费价格同比上涨0.6%，其中食品价格下降2.1%，服务价格上涨1.2%。");
    assert_eq!(attr(&got, "0.6%"), "cpi_growth");
    assert_eq!(attr(&got, "2.1%"), "cpi_change");
    assert_eq!(attr(&got, "1.2%"), "cpi_change");
    // Output at constant prices is no price.
    let got = attributes_of("全县地区生产总值186亿元，按不变价格计算，同比增长5.3%。");
    assert_eq!(attr(&got, "5.3%"), "growth_rate_yoy");
}

#[test]
fn a_net_rise_of_a_count_is_its_increase() {
    let got = attributes_of("全县现有规模以上工业企业412家，比上年末净增27家。");
    assert_eq!(attr(&got, "412家"), "enterprise_count");
    assert_eq!(attr(&got, "27家"), "enterprise_count_increase");
}

#[test]
fn an_amount_per_a_unit_of_goods_is_a_price() {
    let got = attributes_of("市场上草鱼每斤9元左右，鲈鱼每公斤约36元，每只保底回收价800元。");
    assert_eq!(attr(&got, "9元左右"), "price");
    assert_eq!(attr(&got, "约36元"), "price");
    assert_eq!(attr(&got, "800元"), "price");
    // Per household is no unit of goods.
    let got = attributes_of("合作社每户分红2600元。");
    assert_ne!(attr(&got, "2600元"), "price");
}

#[test]
fn what_courts_floods_and_tax_offices_report_is_named() {
    let got = attributes_of(
        "青石县法院全年受理各类案件9120件，结案率达95.2%，调解成功率58.4%，执行到位金额3.1亿元。",
    );
    assert_eq!(attr(&got, "9120件"), "case_count");
    assert_eq!(attr(&got, "95.2%"), "closure_rate");
    assert_eq!(attr(&got, "58.4%"), "success_rate");
    assert_eq!(attr(&got, "3.1亿元"), "enforced_amount");
    let got = attributes_of(
        "青石县紧急转移避险群众1.4万人，全县3.1万人受灾，农作物受灾面积2.2万亩，倒塌房屋12间，\
         直接经济损失约1.6亿元，最高水位超过警戒水位2.3米。",
    );
    assert_eq!(attr(&got, "1.4万人"), "people_evacuated");
    assert_eq!(attr(&got, "3.1万人"), "affected_population");
    assert_eq!(attr(&got, "2.2万亩"), "affected_crop_area");
    assert_eq!(attr(&got, "12间"), "collapsed_house_count");
    assert_eq!(attr(&got, "约1.6亿元"), "direct_economic_loss");
    assert_eq!(attr(&got, "2.3米"), "water_level_above_warning");
    // A verb after another number is that number's.
    let got = attributes_of("洪水造成全县9个乡镇2.7万人受灾。");
    assert_eq!(attr(&got, "9个"), "township_count");
    assert_eq!(attr(&got, "2.7万人"), "affected_population");
    let got = attributes_of("青石县新增减税降费2.4亿元，办理出口退税1.2亿元，减免税款0.8亿元。");
    assert_eq!(attr(&got, "2.4亿元"), "tax_relief");
    assert_eq!(attr(&got, "1.2亿元"), "tax_refund");
    assert_eq!(attr(&got, "0.8亿元"), "tax_relief");
}

#[test]
fn rain_in_millimetres_and_relief_supplies_by_their_counters() {
    let got = attributes_of("青石县平均降雨量达312毫米，调运帐篷800顶、棉被2400床，床位120张。");
    assert_eq!(attr(&got, "312毫米"), "rainfall");
    assert_eq!(attr(&got, "800顶"), "tent_count");
    assert_eq!(attr(&got, "2400床"), "quilt_count");
    assert_eq!(attr(&got, "120张"), "bed_count");
    // Round 64: training by the session is named so (see
    // counts_by_name_sessions_exports_and_purchase_price).
    let got = attributes_of("青石县组织安全培训32场次。");
    assert_eq!(attr(&got, "32场次"), "training_session_count");
    let x = extract("t.txt", "青石县\n\n平均降雨量达312毫米。", &Known::new()).unwrap();
    let Value::Quantity(q) = &x.found[0].value else {
        panic!("{:?}", x.found[0]);
    };
    assert_eq!(
        (q.value.to_string(), q.unit),
        ("0.312".to_string(), Unit::Metre)
    );
}

#[test]
fn households_said_with_people_stock_substations_and_income_per_household() {
    let got = attributes_of("分红惠及1.8万户群众，全县肉羊存栏21.5万只，配套建设升压站3座。");
    // Round 39: households 惠及 reaches are beneficiary households.
    assert_eq!(attr(&got, "1.8万户"), "beneficiary_household_count");
    // 存栏: animals on hand, an inventory (the convention, round 40).
    assert_eq!(attr(&got, "21.5万只"), "livestock_inventory");
    assert_eq!(attr(&got, "3座"), "substation_count");
    let got = attributes_of("全县茶农户均茶叶收入达到3.1万元，发出包裹320万单。");
    assert_eq!(attr(&got, "3.1万元"), "income_per_household");
    assert_eq!(attr(&got, "320万单"), "parcel_count");
    let got = attributes_of("全村户均年网销收入6万元左右。");
    assert_eq!(attr(&got, "6万元左右"), "annual_income_per_household");
}

#[test]
fn a_rate_of_change_set_as_a_goal_is_a_target() {
    let got = attributes_of("青石县力争全年地区生产总值增长5.5%左右，进出口额增长8%。");
    assert_eq!(attr(&got, "5.5%左右"), "gdp_growth_target");
    assert_eq!(attr(&got, "8%"), "growth_rate");
    // A cue before a colon governs the list after it.
    let got =
        attributes_of("今年主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长4%以上。");
    assert_eq!(attr(&got, "6%左右"), "gdp_growth_target");
    assert_eq!(attr(&got, "4%以上"), "growth_rate_target");
    // What was reached is no goal; a forecast against last year keeps
    // its base.
    let got = attributes_of("全县地区生产总值同比增长5.1%，预计全年销量比去年增长两成。");
    assert_eq!(attr(&got, "5.1%"), "growth_rate_yoy");
    assert_eq!(attr(&got, "两成"), "growth_rate_yoy");
}

#[test]
fn a_change_past_a_rate_is_of_the_amount_before_the_rate() {
    let got = attributes_of("该行各项贷款余额312.5亿元，同比增长9.1%，比年初增加21.4亿元。");
    assert_eq!(attr(&got, "312.5亿元"), "loan_balance");
    assert_eq!(attr(&got, "21.4亿元"), "loan_balance_increase");
}

#[test]
fn vessels_deep_processing_and_a_rise_said_with_gaochu() {
    let got =
        attributes_of("全市共有渔船2310艘，水产品精深加工率达到41%，产值比整治前高出近三成。");
    // Round 39: fishing boats by their noun (a vessel by 艘 alone).
    assert_eq!(attr(&got, "2310艘"), "fishing_boat_count");
    assert_eq!(attr(&got, "41%"), "deep_processing_rate");
    assert_eq!(attr(&got, "近三成"), "growth_rate");
}

#[test]
fn distances_depths_and_tax_rates() {
    let got = attributes_of("风电场离岸距离约45公里，水深8米至15米，企业享受15%优惠税率。");
    assert_eq!(attr(&got, "约45公里"), "distance");
    assert_eq!(attr(&got, "8米至15米"), "water_depth");
    assert_eq!(attr(&got, "15%"), "tax_rate");
}

#[test]
fn a_government_budget_revenue_is_its_fiscal_revenue() {
    let got = attributes_of("全县完成一般公共预算收入12.6亿元，同比增长5.2%。");
    assert_eq!(attr(&got, "12.6亿元"), "fiscal_revenue");
}

#[test]
fn people_trained_are_named_by_the_verb_before_them() {
    let got = attributes_of("全年培训渔民3100余人次，开展电商培训860人，建成培训中心2个。");
    assert_eq!(attr(&got, "3100余人次"), "people_trained");
    assert_eq!(attr(&got, "860人"), "people_trained");
    assert_ne!(attr(&got, "2个"), "people_trained");
}

#[test]
fn bounds_said_before_and_counters_of_fry_families_and_cases() {
    let got = attributes_of(
        "全县产值不低于120亿元，投放苗种2.1亿尾，受理投诉23起，老李一家6口住进新房。",
    );
    let texts: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
    for t in ["不低于120亿元", "2.1亿尾", "23起", "6口"] {
        assert!(texts.contains(&t), "{t} not read in {texts:?}");
    }
    let x = extract("t.txt", "青石县\n\n全县产值不低于120亿元。", &Known::new()).unwrap();
    let Value::Quantity(q) = &x.found[0].value else {
        panic!("{:?}", x.found[0]);
    };
    assert_eq!(q.bound, crate::model::Bound::AtLeast);
    // A word the counter opens is no count.
    let got = attributes_of("从3月1日起实行，5口岸通关，大家捆绑在一起，一口气干完。");
    assert!(
        got.iter()
            .all(|(t, _)| !t.ends_with('起') && !t.ends_with('口')),
        "{got:?}"
    );
}

/// The qualifiers the words around `v` in `sentence` give it.
fn quals(sentence: &str, v: &str) -> crate::model::Qualifiers {
    let a = sentence
        .find(v)
        .unwrap_or_else(|| panic!("{v} not in {sentence}"));
    quantity_qualifiers(sentence, a, a + v.len())
}

#[test]
fn an_amount_for_each_one_counted_is_a_rate_not_a_total() {
    use crate::model::Rate;
    let s = "白石县财政安排2800万元专项资金，对新建日光温室每栋补贴4500元，每座冷库补助3万元。";
    assert_eq!(quals(s, "2800万元").per, None);
    assert_eq!(quals(s, "4500元").per, Some(Rate::Each));
    assert_eq!(quals(s, "3万元").per, Some(Rate::Each));
    let s = "对入驻企业每家奖励10万元，每个村补助5万元。";
    assert_eq!(quals(s, "10万元").per, Some(Rate::Enterprise));
    assert_eq!(quals(s, "5万元").per, Some(Rate::Village));
}

#[test]
fn what_a_project_gives_once_built_is_expected() {
    use crate::model::Modality;
    let s = "二期工程预计明年6月建成，建成后年出栏生猪可达5万头，年产值约2亿元，带动就业300人。";
    for v in ["5万头", "约2亿元", "300人"] {
        assert_eq!(quals(s, v).modality, Modality::Expected, "{v}");
    }
    // 已 after the cue: it has happened.
    let s = "一期工程建成后已实现产值8000万元。";
    assert_eq!(quals(s, "8000万元").modality, Modality::Reported);
}

#[test]
fn a_count_by_da_counts_what_follows_never_the_noun_before() {
    let got = attributes_of("县里围绕肉牛养殖和设施蔬菜两大主导产业，打造三大产业集群。");
    assert_eq!(attr(&got, "两大"), "leading_industry_count");
    assert_eq!(attr(&got, "三大"), "industry_cluster_count");
    let got = attributes_of("全县养殖肉牛十大工程全面启动。");
    assert_ne!(attr(&got, "十大"), "cattle_count");
}

#[test]
fn days_after_a_count_of_days_are_a_count() {
    let got = attributes_of(
        "青石市全年空气质量优良天数达到287天，比上年增加13天；重污染天数为4天。优良天数增加11天。",
    );
    assert_eq!(attr(&got, "287天"), "good_air_day_count");
    // 比上年增加: the change of the value before it, named as the change
    // said with no base (优良天数增加11天) is: by its way.
    assert_eq!(attr(&got, "13天"), "good_air_day_count_increase");
    assert_eq!(attr(&got, "4天"), "heavy_pollution_day_count");
    assert_eq!(attr(&got, "11天"), "good_air_day_count_increase");
    let got = attributes_of("力争重污染天数控制在3天以内。");
    assert_eq!(attr(&got, "3天以内"), "heavy_pollution_day_count_target");
    // Fewer days, said with a base or without: a decrease (round 40).
    let got = attributes_of("今年青石市重污染天数减少4天。");
    assert_eq!(attr(&got, "4天"), "heavy_pollution_day_count_decrease");
    let got = attributes_of("青石市今年降水天数比上年少6天。");
    assert_eq!(attr(&got, "6天"), "rain_days_decrease");
    // Days with no 天数 before them are a duration, no value.
    let got = attributes_of("黄金周假期7天，审理周期缩短到38天。");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_plan_goes_on_through_the_dates_after_it() {
    let got = attributes_of("青石大桥工程计划5月开工，11月底前全部完工。");
    assert_eq!(attr(&got, "5月"), "date_construction_planned");
    assert_eq!(attr(&got, "11月底"), "date_completion_planned");
    // Done, not planned: no plan word before.
    let got = attributes_of("青石大桥去年3月开工，今年10月完工。");
    assert_eq!(attr(&got, "今年10月"), "date_completed");
    // A sentence opening 按照计划 plans every dated event in it.
    let got = attributes_of("按照计划，青石水电站首台机组明年4月并网，工程2029年全面完工。");
    assert_eq!(attr(&got, "明年4月"), "date_grid_connection_planned");
    assert_eq!(attr(&got, "2029年"), "date_completion_planned");
    let got = attributes_of("按计划，青石医院住院楼今年9月封顶，明年6月投用。");
    assert_eq!(attr(&got, "今年9月"), "date_topping_out_planned");
}

#[test]
fn a_capacity_is_by_the_year_unless_said_otherwise() {
    // The gold files' convention (tests/extract.rs): 产能 with no period
    // is a year's, 月产能 is not.
    let got = attributes_of("青石公司锂盐产能3万吨，晶圆厂月产能达到2万片。");
    assert_eq!(attr(&got, "3万吨"), "annual_capacity");
    assert_eq!(attr(&got, "2万片"), "production_capacity");
    let got = attributes_of("全区年度计划投资86亿元。");
    assert_eq!(attr(&got, "86亿元"), "planned_annual_investment");
}

#[test]
fn words_of_bank_company_and_tender_reports() {
    let got = attributes_of(
        "青石县上半年新增贷款21.4亿元，存贷比为76.5%。青石公司综合毛利率为18.2%，\
         资产负债率41.3%，基本每股收益0.42元。第二标段中标价1833.6万元，平均下浮率5.2%。",
    );
    assert_eq!(attr(&got, "21.4亿元"), "new_loans");
    assert_eq!(attr(&got, "76.5%"), "loan_to_deposit_ratio");
    assert_eq!(attr(&got, "18.2%"), "gross_margin");
    assert_eq!(attr(&got, "41.3%"), "asset_liability_ratio");
    assert_eq!(attr(&got, "0.42元"), "earnings_per_share");
    assert_eq!(attr(&got, "1833.6万元"), "winning_bid_price");
    assert_eq!(attr(&got, "5.2%"), "bid_discount_rate");
    // Round 63: a tender's packages, after the project they split.
    let got = attributes_of("该项目共分4个采购包，青石公司中标其中2个标包。");
    assert_eq!(attr(&got, "4个"), "package_count");
    assert_eq!(attr(&got, "2个"), "package_count");
    let got = attributes_of("新院区将开设临床科室24个，建设手术室16间，现场塔吊四台同时作业。");
    assert_eq!(attr(&got, "24个"), "department_count");
    assert_eq!(attr(&got, "16间"), "operating_room_count");
    assert_eq!(attr(&got, "四台"), "crane_count");
}

#[test]
fn people_reached_moved_or_at_work_and_a_family_size() {
    let got = attributes_of("工程惠及群众约3.2万人，库区搬迁安置群众8400人。");
    assert_eq!(attr(&got, "约3.2万人"), "beneficiary_count");
    assert_eq!(attr(&got, "8400人"), "people_relocated");
    let got = attributes_of("移民户王德才一家6口搬进了新房。");
    assert_eq!(attr(&got, "6口"), "household_size");
    let got = attributes_of("公司拟每10股派发现金红利0.8元。");
    assert_eq!(attr(&got, "0.8元"), "dividend");
}

#[test]
fn a_noun_after_de_joins_the_word_before_it() {
    let got =
        attributes_of("全县常住人口中，居住在城镇的人口为28.6万人，居住在乡村的人口为19.2万人。");
    assert_eq!(attr(&got, "28.6万人"), "urban_population");
    assert_eq!(attr(&got, "19.2万人"), "rural_population");
}

#[test]
fn a_span_a_plans_event_follows_is_when_it_is_planned() {
    let got = attributes_of("青石物流园二期预计2028年下半年建成投产，一期计划于2027年一季度开工。");
    assert_eq!(attr(&got, "2028年下半年"), "date_production_planned");
    assert_eq!(attr(&got, "2027年一季度"), "date_construction_planned");
    // A period whose figures are told stays a period.
    let got = attributes_of("2026年上半年，全县新开工项目42个。");
    assert_eq!(attr(&got, "2026年上半年"), "date");
}

#[test]
fn gaming_revenue_by_the_day() {
    let got = attributes_of("本月每日平均賭收約6.2億元，單日賭收最高的一天出現在12月3日，當日賭收超過8億元，全年賭收有望突破2,300億元。");
    assert_eq!(attr(&got, "約6.2億元"), "daily_gaming_revenue");
    assert_eq!(attr(&got, "超過8億元"), "daily_gaming_revenue");
    assert_eq!(attr(&got, "突破2,300億元"), "gaming_revenue");
}

#[test]
fn a_populations_deaths_and_natural_growth() {
    let got = attributes_of("全县出生人口1.12万人，人口死亡率为6.93‰；人口自然增长率为1.21‰。");
    assert_eq!(attr(&got, "6.93‰"), "death_rate");
    assert_eq!(attr(&got, "1.21‰"), "natural_population_growth_rate");
}

#[test]
fn blood_and_platelets_donated() {
    let got =
        attributes_of("今年全县全血献血2.31万人次，其中捐献机采血小板3260人次；固定献血屋7个。");
    assert_eq!(attr(&got, "2.31万人次"), "donation_count");
    assert_eq!(attr(&got, "3260人次"), "platelet_donation_count");
    assert_eq!(attr(&got, "7个"), "donation_house_count");
}

#[test]
fn wages_said_owed_are_recovered() {
    let got = attributes_of("县人社局为316名农民工追回被拖欠工资428万元。");
    assert_eq!(attr(&got, "428万元"), "wages_recovered");
}

#[test]
fn a_metros_lines_and_length_in_service() {
    let got =
        attributes_of("新线开通后，青石地铁运营线路达到4条，运营总里程由96.2公里增加到121.5公里。");
    assert_eq!(attr(&got, "4条"), "line_count");
    assert_eq!(attr(&got, "121.5公里"), "network_length");
}

#[test]
fn people_per_household_on_average_are_its_size() {
    let got = attributes_of("青石县共有家庭户42.3万户，平均每户3.05人，比上年末减少0.04人。");
    assert_eq!(attr(&got, "3.05人"), "average_household_size");
    let got = attributes_of("全县平均每个家庭户的人口为2.96人。");
    assert_eq!(attr(&got, "2.96人"), "average_household_size");
    // Not on average: people each household sends are no size.
    let got = attributes_of("每户至少派出1人参加培训。");
    assert_ne!(attr(&got, "1人"), "average_household_size");
}

#[test]
fn travellers_losses_bad_loans_storage_and_irrigated_land() {
    let got = attributes_of(
        "机场假期运送旅客6.1万人次。芒果损耗率降到7%以下。涉农贷款不良率为1.4%。\
         全县总贮藏能力达到42万吨，设计灌面12.5万亩。",
    );
    assert_eq!(attr(&got, "6.1万人次"), "passenger_count");
    assert_eq!(attr(&got, "7%以下"), "loss_rate");
    assert_eq!(attr(&got, "1.4%"), "npl_ratio");
    assert_eq!(attr(&got, "42万吨"), "storage_capacity");
    assert_eq!(attr(&got, "12.5万亩"), "irrigated_area");
}

#[test]
fn a_shares_change_in_points_is_a_rate_change() {
    let got = attributes_of("本地企业占比达到64%，比上年提高3.4个百分点。");
    assert_eq!(attr(&got, "3.4个百分点"), "rate_change");
}

#[test]
fn money_sold_for_is_sales() {
    let got = attributes_of(
        "全县芒果线下销售额3.6亿元，帮助销售农特产品5.2亿元，合作社实现销售收入900万元。",
    );
    assert_eq!(attr(&got, "3.6亿元"), "sales");
    assert_eq!(attr(&got, "5.2亿元"), "sales");
    assert_eq!(attr(&got, "900万元"), "revenue");
}

#[test]
fn water_works_structures_and_routes_opened() {
    let got = attributes_of("干渠沿线建有隧洞48座、渡槽17座、倒虹吸9座，景区开通免费接驳专线5条。");
    assert_eq!(attr(&got, "48座"), "tunnel_count");
    assert_eq!(attr(&got, "17座"), "aqueduct_count");
    assert_eq!(attr(&got, "9座"), "siphon_count");
    assert_eq!(attr(&got, "5条"), "route_count");
}

#[test]
fn insurance_reports_name_premiums_payouts_and_sums_insured() {
    let got = attributes_of(
        "青石县农业保险承保面积86万亩，保费总额4200万元，其中财政补贴保费3300万元，\
         农户自缴900万元；全年支付赔款2600万元。",
    );
    assert_eq!(attr(&got, "86万亩"), "insured_area");
    assert_eq!(attr(&got, "4200万元"), "total_premiums");
    assert_eq!(attr(&got, "3300万元"), "premium_subsidy");
    assert_eq!(attr(&got, "900万元"), "self_paid_premiums");
    assert_eq!(attr(&got, "2600万元"), "insurance_payout");
    // Per mu and per household, by the rate tables.
    let got = attributes_of("茶园保险每亩保险金额800元，每亩保费40元，户均赔付6800元。");
    assert_eq!(attr(&got, "800元"), "sum_insured_per_mu");
    assert_eq!(attr(&got, "40元"), "premium_per_mu");
    assert_eq!(attr(&got, "6800元"), "payout_per_household");
    let got = attributes_of("受灾果园平均每亩获赔约52元。");
    assert_eq!(attr(&got, "约52元"), "payout_per_mu");
}

#[test]
fn a_land_auction_names_its_prices_deposit_and_premium() {
    let got = attributes_of(
        "该地块起始价9.6亿元，竞买保证金1.9亿元，最终由青石置业有限公司以11.2亿元竞得，\
         溢价率16.7%，折合楼面价每平方米15600元。",
    );
    assert_eq!(attr(&got, "9.6亿元"), "starting_price");
    assert_eq!(attr(&got, "1.9亿元"), "bid_deposit");
    assert_eq!(attr(&got, "11.2亿元"), "transaction_price");
    assert_eq!(attr(&got, "16.7%"), "premium_rate");
    assert_eq!(attr(&got, "15600元"), "floor_price");
    let got = attributes_of("全年成交金额88.5亿元，平均溢价率4.3%，比上年提高1.6个百分点。");
    assert_eq!(attr(&got, "88.5亿元"), "transaction_value");
    assert_eq!(attr(&got, "4.3%"), "average_premium_rate");
    assert_eq!(attr(&got, "1.6个百分点"), "rate_change");
}

#[test]
fn a_goals_words_between_a_noun_and_its_count_and_a_team_in_people() {
    // 力争达到, 总量: the noun before them still says what is counted.
    let got = attributes_of("到2028年，青石县充电桩总量力争达到8000台。");
    assert_eq!(attr(&got, "8000台"), "charging_pile_count_target");
    let got = attributes_of("全市职业院校在校生规模力争达到6万人。");
    assert_eq!(attr(&got, "6万人"), "student_count_target");
    // A team counted in people is its staff.
    let got = attributes_of("该公司组建专业运维队伍35人。");
    assert_eq!(attr(&got, "35人"), "staff_count");
}

#[test]
fn what_canteens_races_and_schools_count() {
    let got = attributes_of("全区已建成老年助餐点96家，其中长者食堂31家，覆盖58个社区。");
    assert_eq!(attr(&got, "96家"), "meal_service_point_count");
    assert_eq!(attr(&got, "31家"), "canteen_count");
    assert_eq!(attr(&got, "58个"), "community_count");
    let got = attributes_of(
        "赛事共投入志愿者3100名、医护人员420名，设置医疗救护点26个、饮水站15个，\
         调配公交车辆600余辆。",
    );
    assert_eq!(attr(&got, "3100名"), "volunteer_count");
    assert_eq!(attr(&got, "420名"), "medical_staff_count");
    assert_eq!(attr(&got, "26个"), "first_aid_station_count");
    assert_eq!(attr(&got, "15个"), "water_station_count");
    assert_eq!(attr(&got, "600余辆"), "bus_count");
    // Students taken in, by the verb before them.
    let got = attributes_of("全市12所职业院校今年录取新生1.6万人，该校招收新生3200人。");
    assert_eq!(attr(&got, "12所"), "vocational_school_count");
    assert_eq!(attr(&got, "1.6万人"), "students_admitted");
    assert_eq!(attr(&got, "3200人"), "students_admitted");
}

#[test]
fn tunnels_bulletins_water_works_and_charging_words() {
    let got = attributes_of(
        "隧道右洞累计掘进4120米，最大埋深约860米，完成二次衬砌3900米，穿越断层破碎带7处。",
    );
    assert_eq!(attr(&got, "4120米"), "excavated_length");
    assert_eq!(attr(&got, "约860米"), "max_burial_depth");
    assert_eq!(attr(&got, "3900米"), "secondary_lining_length");
    assert_eq!(attr(&got, "7处"), "fault_zone_count");
    let got = attributes_of(
        "全年人均地区生产总值8.2万元；建筑业总产值41.5亿元；房地产开发投资12.3亿元；\
         商品房销售面积26.4万平方米；一般公共预算支出33.6亿元；生猪出栏42.8万头。",
    );
    assert_eq!(attr(&got, "8.2万元"), "per_capita_gdp");
    assert_eq!(attr(&got, "41.5亿元"), "construction_output");
    assert_eq!(attr(&got, "12.3亿元"), "real_estate_investment");
    assert_eq!(attr(&got, "26.4万平方米"), "housing_sales_area");
    assert_eq!(attr(&got, "33.6亿元"), "fiscal_expenditure");
    assert_eq!(attr(&got, "42.8万头"), "pig_output");
    let got = attributes_of(
        "水厂累计供水2100万吨，设计日供水能力5万吨，水库蓄水率保持在70%以上，出厂水质100%达标。",
    );
    assert_eq!(attr(&got, "2100万吨"), "water_supply");
    assert_eq!(attr(&got, "5万吨"), "daily_supply_capacity");
    assert_eq!(attr(&got, "70%以上"), "storage_rate");
    assert_eq!(attr(&got, "100%"), "compliance_rate");
    let got = attributes_of(
        "全县建成充电站86座，单桩最大功率达到480千瓦，充电服务费最低为每千瓦时0.3元。",
    );
    assert_eq!(attr(&got, "86座"), "charging_station_count");
    assert_eq!(attr(&got, "480千瓦"), "power");
    assert_eq!(attr(&got, "0.3元"), "charging_service_fee");
    let got = attributes_of("上半年回程班列开行236列，回程比例达到41%。");
    assert_eq!(attr(&got, "236列"), "return_train_count");
    assert_eq!(attr(&got, "41%"), "return_ratio");
}

#[test]
fn meals_by_the_serving_households_by_the_time_and_land_by_the_plot() {
    // 份 after digits is a counter; 一份 is a word.
    let got = attributes_of("中央厨房日供餐能力可达2400份以上，一份午餐的成本约14元。");
    assert!(got.iter().any(|(t, _)| t == "2400份以上"), "{got:?}");
    assert!(!got.iter().any(|(t, _)| t.starts_with("一份")), "{got:?}");
    // 户次: households counted once for each time.
    let got = attributes_of("全年受益农户2.6万户次。");
    assert!(got.iter().any(|(t, _)| t == "2.6万户次"), "{got:?}");
    // Land is sold by the plot; a headline's 揽金 is what the sale brought.
    let got = attributes_of("青石四宗宅地揽金52.3亿元，全年出让住宅用地31宗。");
    assert_eq!(attr(&got, "四宗"), "plot_count");
    assert_eq!(attr(&got, "31宗"), "plot_count");
    assert_eq!(attr(&got, "52.3亿元"), "land_sale_revenue");
    // An amount per meal, named by the word before it.
    let got = attributes_of("对70周岁以上老人每餐补贴4元。");
    assert_eq!(attr(&got, "4元"), "subsidy_per_meal");
    // New students alone are an enrolment; loss adjusters are counted.
    let got = attributes_of("其中中职新生9600人；保险机构组织查勘人员180余人次。");
    assert_eq!(attr(&got, "9600人"), "enrolment");
    assert_eq!(attr(&got, "180余人次"), "surveyor_count");
}

#[test]
fn bidders_containers_sent_and_a_planned_investment() {
    // Enterprises counted by the verb of bidding after them are bidders.
    let got = attributes_of("该地块吸引7家房企报名。最终共有3家企业参与竞买。");
    assert_eq!(attr(&got, "7家"), "bidder_count");
    assert_eq!(attr(&got, "3家"), "bidder_count");
    // …not enterprises that only settled there.
    let got = attributes_of("园区入驻企业45家。");
    assert_eq!(attr(&got, "45家"), "enterprise_count");
    let got = attributes_of("上半年陆港发送货物4.2万标箱，今年计划完成投资2.6亿元。");
    assert_eq!(attr(&got, "4.2万标箱"), "containers_shipped");
    assert_eq!(attr(&got, "2.6亿元"), "planned_investment");
}

#[test]
fn visits_of_a_service_and_people_received() {
    let got = attributes_of("一季度助餐点累计服务老年人36.5万人次，夜市三天接待食客约12万人次。");
    assert_eq!(attr(&got, "36.5万人次"), "service_visits");
    assert_eq!(attr(&got, "约12万人次"), "visitor_count");
    // People a service covers are no visits.
    let got = attributes_of("家庭医生签约服务覆盖群众58万人。");
    assert_ne!(attr(&got, "58万人"), "service_visits");
}

#[test]
fn daily_water_monthly_tunnelling_catering_and_payouts_said_after() {
    let got = attributes_of(
        "水厂日均供水约2.3万吨；隧道月均掘进210米；餐饮收入3.6亿元；支付劳务报酬2800万元。",
    );
    assert_eq!(attr(&got, "约2.3万吨"), "daily_water_supply");
    assert_eq!(attr(&got, "210米"), "average_monthly_excavation");
    assert_eq!(attr(&got, "3.6亿元"), "catering_revenue");
    assert_eq!(attr(&got, "2800万元"), "wages_paid");
    let got = attributes_of("青石县：1260万元农险赔款发放到户。");
    assert_eq!(attr(&got, "1260万元"), "insurance_payout");
}

#[test]
fn a_measure_named_anywhere_before_a_count_in_its_clause_names_it() {
    let got = attributes_of(
        "青石县今年1—6月快递业务量累计完成3.2亿件，同比增长11%；地铁1号线日均客运量达到8.6万人次。",
    );
    assert_eq!(attr(&got, "3.2亿件"), "express_volume");
    assert_eq!(attr(&got, "8.6万人次"), "daily_passenger_count");
    // Before 的 the measure describes the noun after it, which is counted.
    let got = attributes_of("全县拥有有效发明专利的企业达到860家。");
    assert_eq!(attr(&got, "860家"), "enterprise_count");
    let got = attributes_of("第一轮消费券总额500万元，核销476万元，核销率95.2%，起步价2元。");
    assert_eq!(attr(&got, "500万元"), "vouchers_issued");
    assert_eq!(attr(&got, "476万元"), "vouchers_redeemed");
    assert_eq!(attr(&got, "95.2%"), "redemption_rate");
    assert_eq!(attr(&got, "2元"), "starting_fare");
}

#[test]
fn values_handed_out_by_fenbie_measure_what_the_list_before_says() {
    let got = attributes_of("今年人工造林、封山育林分别完成3万亩和2万亩。");
    assert_eq!(attr(&got, "3万亩"), "afforested_area");
    let got = attributes_of("南坪乡、北坪乡造林面积位居前二，分别完成1.2万亩和0.9万亩。");
    assert_eq!(attr(&got, "1.2万亩"), "afforested_area");
    let why = extract(
        "t.txt",
        "南坪乡、北坪乡造林面积位居前二，分别完成1.2万亩和0.9万亩。",
        &Known::new(),
    )
    .unwrap()
    .found
    .into_iter()
    .find(|f| f.text == "1.2万亩")
    .unwrap()
    .why;
    assert!(why.contains("the word 造林 before the list"), "{why}");
}

/// The items of a goal's list are cut into sentences at ；: each keeps the
/// goal its colon set, until the list ends at 。 or a new paragraph.
#[test]
fn the_items_of_a_goals_list_after_its_semicolons_are_goals() {
    let got = attributes_of(
        "青石县政府工作报告\n\n今年的主要预期目标是：地区生产总值增长5%左右；\
         进出口总额增长7%；居民收入增长6%。\n\n去年全县进出口总额增长3%。",
    );
    assert_eq!(attr(&got, "5%左右"), "gdp_growth_target");
    assert_eq!(attr(&got, "7%"), "growth_rate_target");
    assert_eq!(attr(&got, "6%"), "growth_rate_target");
    assert_eq!(attr(&got, "3%"), "growth_rate");
}

#[test]
fn money_called_a_subsidy_is_one() {
    // Before the amount, after it (what for, in two characters), and for
    // each one (每台) a subsidy too (round 41; was amount_each).
    let got = attributes_of(
        "青石县去年共发放农机购置补贴2600万元，对购买新能源货车的企业给予每辆4万元的运营补贴，\
         对购买农用无人机的农户给予1.2万元购机补贴，每台农机补助5000元。",
    );
    assert_eq!(attr(&got, "2600万元"), "subsidy");
    assert_eq!(attr(&got, "4万元"), "subsidy");
    assert_eq!(attr(&got, "1.2万元"), "subsidy");
    assert_eq!(attr(&got, "5000元"), "subsidy");
    // A verb before 补贴 is no part of the noun: 的标准给予补贴 says how
    // the amount is given, not what it is.
    let got = attributes_of("对新落户企业按每个机架每年1800元的标准给予补贴。");
    assert_ne!(attr(&got, "1800元"), "subsidy");
}

#[test]
fn childcare_places_and_counties_are_counted_by_their_nouns() {
    let got = attributes_of(
        "白石市今年新增托位860个，其中普惠托位410个；全市11个县（市、区）均建成托育综合服务中心。",
    );
    assert_eq!(attr(&got, "860个"), "childcare_place_count");
    assert_eq!(attr(&got, "410个"), "childcare_place_count");
    assert_eq!(attr(&got, "11个"), "county_count");
}

#[test]
fn both_ends_of_a_change_count_the_noun_before_it() {
    let got = attributes_of("白石机械公司的研发人员已从前年的85人增加到230人。");
    assert_eq!(attr(&got, "85人"), "researcher_count");
    assert_eq!(attr(&got, "230人"), "researcher_count");
    // Beds per thousand people are a density (round 31), at both ends.
    let got = attributes_of("全县每千人口床位数将由4.8张提高到6.5张。");
    assert_eq!(attr(&got, "4.8张"), "beds_per_thousand");
    assert_eq!(attr(&got, "6.5张"), "beds_per_thousand");
    // Not when more than a time and a verb of change stand between.
    let got = attributes_of("员工由各村推荐后统一培训的120人组成。");
    assert_ne!(attr(&got, "120人"), "employee_count");
}

#[test]
fn what_goods_sell_for_is_a_price_and_what_sales_brought_is_revenue() {
    let got = attributes_of("老李说，今年的板栗一斤能卖到九元，去年他家卖了六万多元。");
    assert_eq!(attr(&got, "九元"), "price");
    assert_eq!(attr(&got, "六万多元"), "sales_revenue");
    let got = attributes_of("一盒手工月饼现在能卖到88元。");
    assert_eq!(attr(&got, "88元"), "price");
    let got = attributes_of("新车型起售价为12.8万元。");
    assert_eq!(attr(&got, "12.8万元"), "price");
    // A mu's takings are no price.
    let got = attributes_of("一亩葡萄能卖八千元。");
    assert_ne!(attr(&got, "八千元"), "price");
}

#[test]
fn a_capacity_in_square_metres_or_kilometres_is_one() {
    let got = attributes_of("白石新材料公司建成后年产光伏背板1200万平方米。");
    assert_eq!(attr(&got, "1200万平方米"), "annual_capacity");
}

#[test]
fn later_items_of_a_list_are_measured_as_the_word_governing_it() {
    // A verb before the first item's noun governs every item.
    let got =
        attributes_of("三个项目建成后可形成年产正极材料8万吨、铜箔3万吨和电池壳2亿只的能力。");
    assert_eq!(attr(&got, "8万吨"), "annual_capacity");
    assert_eq!(attr(&got, "3万吨"), "annual_capacity");
    let got = attributes_of("口岸上半年进口木材1.2万吨、粮食2.6万吨。");
    assert_eq!(attr(&got, "1.2万吨"), attr(&got, "2.6万吨"));
    assert_ne!(attr(&got, "2.6万吨"), "mass");
    // A noun naming the first item names it alone.
    let got = attributes_of("全县今年完成人工造林3.2万亩、退化林修复1.1万亩。");
    assert_ne!(attr(&got, "1.1万亩"), attr(&got, "3.2万亩"));
}

#[test]
fn a_fee_or_a_subsidy_by_the_month_says_so() {
    let got = attributes_of("社区托育点收费每月不超过1500元，家长每月领取育儿补贴300元。");
    assert_eq!(attr(&got, "不超过1500元"), "monthly_fee");
    assert_eq!(attr(&got, "300元"), "monthly_subsidy");
    // Per head and by the month: a rate per person, not this.
    let got = attributes_of("对引进的博士每人每月发放生活补贴2500元。");
    assert_ne!(attr(&got, "2500元"), "monthly_subsidy");
}

#[test]
fn people_a_building_holds_are_its_capacity() {
    let got = attributes_of("新建的白石中学设计班级36个，可容纳学生1800名。");
    assert_eq!(attr(&got, "1800名"), "capacity");
}

#[test]
fn what_a_business_takes_in_is_revenue() {
    let got = attributes_of(
        "白石物流公司前三季度快递业务收入3.6亿元，全县软件和信息技术服务业收入12亿元，\
         村合作社经营收入达到85万元，农民人均收入1.8万元。",
    );
    assert_eq!(attr(&got, "3.6亿元"), "revenue");
    assert_eq!(attr(&got, "12亿元"), "revenue");
    assert_eq!(attr(&got, "85万元"), "revenue");
    assert_ne!(attr(&got, "1.8万元"), "revenue");
}

#[test]
fn the_parts_of_a_projects_money_have_their_names() {
    let got = attributes_of(
        "项目计划总投资6.5亿元，其中固定资产投资5.1亿元，铺底流动资金1.4亿元。\
         截至9月30日，公司货币资金余额为3.3亿元。县财政安排乡村旅游专项资金2000万元。",
    );
    assert_eq!(attr(&got, "5.1亿元"), "fixed_asset_investment");
    assert_eq!(attr(&got, "1.4亿元"), "working_capital");
    assert_eq!(attr(&got, "3.3亿元"), "cash");
    assert_eq!(attr(&got, "2000万元"), "special_funding");
    // A demand for working capital keeps its own name.
    let got = attributes_of("全县企业流动资金需求约12亿元。");
    assert_eq!(attr(&got, "约12亿元"), "working_capital_demand");
}

#[test]
fn schools_and_kindergartens_counted_together_are_schools() {
    let got = attributes_of("今年全县新建改扩建中小学和幼儿园14所，新建幼儿园3所。");
    assert_eq!(attr(&got, "14所"), "school_count");
    assert_eq!(attr(&got, "3所"), "kindergarten_count");
}

#[test]
fn water_prices_and_livelihood_spending_have_their_names() {
    let got = attributes_of("灌区农业用水价格为每立方米0.2元，全年民生支出38.6亿元。");
    assert_eq!(attr(&got, "0.2元"), "water_price");
    assert_eq!(attr(&got, "38.6亿元"), "livelihood_expenditure");
}

/// A list's later item right after 、 is measured in the wider clause, and
/// the funding check looked for 投入/投资 in the empty clause before it
/// with the wider clause's offset: a panic on any such list.
#[test]
fn a_later_item_of_a_list_of_funds_is_measured_without_a_panic() {
    let got = attributes_of("东岭镇、西坪镇分别获得奖补资金约120万元、85万元。");
    assert_eq!(attr(&got, "约120万元"), attr(&got, "85万元"));
    let got = attributes_of("资金230万元、175万元。");
    assert_eq!(attr(&got, "230万元"), attr(&got, "175万元"));
    let got = attributes_of("两个园区累计投入建设资金3.5亿元、2.8亿元。");
    assert_eq!(attr(&got, "2.8亿元"), "investment");
}

/// The `why` of the value written `v` in `text`.
fn why_of(text: &str, v: &str) -> String {
    extract("t.txt", text, &Known::new())
        .unwrap()
        .found
        .into_iter()
        .find(|f| f.text == v)
        .unwrap_or_else(|| panic!("{v} not found in {text}"))
        .why
}

#[test]
fn a_counter_that_counts_one_kind_of_thing_names_a_bare_count() {
    let text = "青石县今年筹集人才住房620套，调整优化线路17条，结对帮扶薄弱学校42所，\
                投入抢险机械85台套。";
    let got = attributes_of(text);
    assert_eq!(attr(&got, "620套"), "unit_count");
    assert_eq!(attr(&got, "17条"), "route_count");
    assert_eq!(attr(&got, "42所"), "school_count");
    assert_eq!(attr(&got, "85台套"), "equipment_count");
    assert!(why_of(text, "620套").contains("its counter"));
    // 条 counts too many kinds of things to name one.
    let got = attributes_of("县里出台稳就业措施20条。");
    assert_ne!(attr(&got, "20条"), "route_count");
    // A noun near the count still says what it counts.
    let got = attributes_of("园区新建标准化生产线6条，新增充电桩300台。");
    assert_eq!(attr(&got, "6条"), "production_line_count");
}

#[test]
fn workers_and_graduates_are_counted_as_such() {
    let text = "为赶工期，施工单位调集了300多名工人，高峰期投入建设者2600余人。";
    let got = attributes_of(text);
    assert_eq!(attr(&got, "300多名"), "worker_count");
    assert_eq!(attr(&got, "2600余人"), "worker_count");
    assert!(why_of(text, "2600余人").contains("建设者"));
    let got = attributes_of("该校今年有毕业生4312人，其中本科毕业生1105人。培训班已结业58人。");
    assert_eq!(attr(&got, "4312人"), "graduate_count");
    assert_eq!(attr(&got, "1105人"), "graduate_count");
    assert_eq!(attr(&got, "58人"), "graduate_count");
    let why = why_of("培训班已结业58人。", "58人");
    assert!(why.contains("结业"), "{why}");
    // People of another kind keep their own name.
    let got = attributes_of("该校今年有教职工520人。");
    assert_ne!(attr(&got, "520人"), "graduate_count");
}

#[test]
fn money_earned_land_for_a_project_and_green_space_have_their_names() {
    let text = "果农老周说，去年一家人在果园里挣了三万六千多元。";
    let got = attributes_of(text);
    assert_eq!(attr(&got, "三万六千多元"), "income");
    assert!(why_of(text, "三万六千多元").contains("挣"));
    let got = attributes_of(
        "该物流园项目规划用地320亩，今年新增绿地面积2.6万平方米，新增绿地900平方米。",
    );
    assert_eq!(attr(&got, "320亩"), "land_area");
    assert_eq!(attr(&got, "2.6万平方米"), "green_area");
    assert_eq!(attr(&got, "900平方米"), "green_area");
    // The share of green space is a ratio, not an area.
    let got = attributes_of("小区绿地率达到35%。");
    assert_eq!(attr(&got, "35%"), "green_space_ratio");
}

#[test]
fn a_bare_share_its_clause_says_is_of_a_subsidy_a_holding_or_a_plan() {
    let text = "购买节能灶具的，按售价的12%给予补贴；农机具补贴25%。";
    let got = attributes_of(text);
    assert_eq!(attr(&got, "12%"), "subsidy_rate");
    assert_eq!(attr(&got, "25%"), "subsidy_rate");
    assert!(why_of(text, "12%").contains("补贴"));
    let got = attributes_of("青石控股目前持有该公司股份的比例为27.5%。");
    assert_eq!(attr(&got, "27.5%"), "shareholding_ratio");
    let got =
        attributes_of("青石控股拟以现金收购某某科技有限公司60%股权，合资公司中青石控股持股35%。");
    assert_eq!(attr(&got, "60%"), "equity_share");
    assert_eq!(attr(&got, "35%"), "shareholding_ratio");
    let got = attributes_of("全县税收收入完成8.2亿元，为年初预算的91.3%；造林完成年度计划的104%。");
    assert_eq!(attr(&got, "91.3%"), "budget_completion_rate");
    assert_eq!(attr(&got, "104%"), "plan_completion_rate");
    // A part of a whole (占) stays a share.
    let got = attributes_of("教育支出占一般公共预算支出的18.4%。");
    assert_ne!(attr(&got, "18.4%"), "budget_completion_rate");
}

#[test]
fn a_date_after_a_goal_words_dao_is_the_goals_date() {
    let text = "青石县表示，力争到2029年全县茶园面积达到12万亩；我们的目标是到2031年建成示范区。";
    let got = attributes_of(text);
    assert_eq!(attr(&got, "2029年"), "date_target");
    assert_eq!(attr(&got, "2031年"), "date_target");
    assert!(why_of(text, "2029年").contains("到 before it"));
    // 到 after other words is no goal's (运到2025年的货 is not a target).
    let got = attributes_of("这批设备从2021年用到2025年，已经全部更换。");
    assert_ne!(attr(&got, "2025年"), "date_target");
}

#[test]
fn a_date_a_goal_or_a_long_range_plan_sets_is_the_goals_date() {
    let got = attributes_of("青石县力争2028年全产业链产值突破120亿元。");
    assert_eq!(attr(&got, "2028年"), "date_target");
    let got = attributes_of("按照规划，2030年全省抽水蓄能装机将达到2500万千瓦左右。");
    assert_eq!(attr(&got, "2030年"), "date_target");
    // A year's plan plans; it sets no goal's date.
    let got = attributes_of("按照计划，2026年青石县将新建产业园2个。");
    assert_ne!(attr(&got, "2026年"), "date_target");
}

#[test]
fn a_period_that_completed_something_is_no_goals_date() {
    // 完成/实现 after a date report what was done then; only a plan's sets a
    // goal's date.
    let got = attributes_of(
        "2021年以来，青石县累计完成农村清洁取暖改造5.6万户。青石县2025年十件实事已全部完成。",
    );
    assert_eq!(attr(&got, "2021年"), "date");
    assert_eq!(attr(&got, "2025年"), "date");
    let got = attributes_of("青石县力争2027年底前实现建制村快递服务全覆盖。");
    assert_eq!(attr(&got, "2027年底"), "date_target");
}

#[test]
fn income_and_spending_are_named_by_their_kind() {
    let text = "前三季度，青石县居民人均工资性收入9860元，人均转移净收入2140元；\
                人均医疗保健支出1320元。全县卫生健康支出2.6亿元，非税收入1.1亿元。";
    let got = attributes_of(text);
    assert_eq!(attr(&got, "9860元"), "per_capita_wage_income");
    assert_eq!(attr(&got, "2140元"), "per_capita_transfer_income");
    assert_eq!(attr(&got, "1320元"), "per_capita_healthcare_expenditure");
    assert_eq!(attr(&got, "2.6亿元"), "health_expenditure");
    assert_eq!(attr(&got, "1.1亿元"), "non_tax_revenue");
    assert!(why_of(text, "2.6亿元").contains("卫生健康支出"));
}

#[test]
fn money_by_the_month_and_rents_are_named_so() {
    let text = "园区员工平均月收入5120元，技工月薪7000元至9500元；人才公寓月租金800元至1500元，\
                老屋每间每年租金9000元。";
    let got = attributes_of(text);
    assert_eq!(attr(&got, "5120元"), "average_monthly_income");
    assert_eq!(attr(&got, "7000元至9500元"), "monthly_salary");
    assert_eq!(attr(&got, "800元至1500元"), "monthly_rent");
    assert_eq!(attr(&got, "9000元"), "rent");
    assert!(why_of(text, "5120元").contains("平均月收入"));
    let got = attributes_of("一套两居室每月租金1600元。");
    assert_eq!(attr(&got, "1600元"), "monthly_rent");
}

#[test]
fn delivery_full_production_start_signing_and_opening_dates_are_named() {
    let got = attributes_of(
        "首批货轮预计于2030年6月交付，工厂计划2029年9月全面达产。\
         湖滨公园计划10月18日开放。以旧换新活动自2026年3月启动以来，销售火热。",
    );
    assert_eq!(attr(&got, "2030年6月"), "date_delivery_planned");
    assert_eq!(attr(&got, "2029年9月"), "date_full_production_planned");
    assert_eq!(attr(&got, "10月18日"), "date_opening_planned");
    assert_eq!(attr(&got, "2026年3月"), "date_started");
    let got = attributes_of("2026年7月8日，青石船厂与买方在宁波签署建造合同。");
    assert_eq!(attr(&got, "2026年7月8日"), "date_signed");
    // A word that describes a noun names no event of the date.
    let got = attributes_of("2025年5月我们交付的渔船有12艘。");
    assert_eq!(attr(&got, "2025年5月"), "date");
    // Round 49 (h49z): a 年度 before its noun after 签订 is the year the
    // contract is of, no day of signing.
    let got =
        attributes_of("青石煤业公告\n\n公司与3家电厂签订2027年度煤炭购销合同，合同量合计800万吨。");
    assert_eq!(attr(&got, "2027年度"), "date");
}

#[test]
fn what_jia_counts_that_is_no_enterprise_is_named_by_its_noun() {
    let got = attributes_of(
        "全市共有养老服务机构86家，影院37家；参与活动的门店有215家，\
         来校招聘的用人单位640家，全省滑雪场达到9家。",
    );
    assert_eq!(attr(&got, "86家"), "institution_count");
    assert_eq!(attr(&got, "37家"), "cinema_count");
    assert_eq!(attr(&got, "215家"), "store_count");
    assert_eq!(attr(&got, "640家"), "employer_count");
    assert_eq!(attr(&got, "9家"), "ski_resort_count");
    // Companies are still enterprises.
    let got = attributes_of("园区入驻企业128家。");
    assert_eq!(attr(&got, "128家"), "enterprise_count");
}

#[test]
fn projects_started_new_or_finished_are_counted_so() {
    let text = "全年重点项目完成投资88亿元，其中新开工项目23个、续建项目41个，竣工投产项目17个。";
    let got = attributes_of(text);
    assert_eq!(attr(&got, "23个"), "new_project_count");
    assert_eq!(attr(&got, "17个"), "completed_project_count");
    assert_eq!(attr(&got, "41个"), "project_count");
    assert!(why_of(text, "17个").contains("竣工"));
    // A plan keeps its own name.
    let got = attributes_of("明年全县计划新开工项目30个。");
    assert_ne!(attr(&got, "30个"), "new_project_count");
}

#[test]
fn an_increase_per_head_is_annual_only_when_the_words_say_a_year() {
    let got = attributes_of("合作社带动社员人均增收2300元，人均年增收则达到4100元。");
    assert_eq!(attr(&got, "2300元"), "per_capita_income_increase");
    assert_eq!(attr(&got, "4100元"), "per_capita_annual_income_increase");
    let x = extract("t.txt", "合作社带动社员人均增收2300元。", &Known::new()).unwrap();
    assert!(x.found[0].why.contains("人均增收"), "{}", x.found[0].why);
}

#[test]
fn wages_heights_taxes_beds_and_shares_of_net_assets_named_by_their_words() {
    let got = attributes_of("青石县扶贫车间务工人员日工资180元。项目投产后年纳税约3亿元。");
    assert_eq!(attr(&got, "180元"), "daily_wage");
    assert_eq!(attr(&got, "约3亿元"), "annual_tax");
    let got = attributes_of("安置点位于海拔3800米的河谷，发放棉被900床、折叠床1200张。");
    assert_eq!(attr(&got, "3800米"), "altitude");
    assert_eq!(attr(&got, "1200张"), "folding_bed_count");
    let got = attributes_of("本次收购金额占公司最近一期经审计净资产的12.4%。");
    assert_eq!(attr(&got, "12.4%"), "share_of_net_assets");
}

#[test]
fn a_source_of_power_said_alone_names_its_capacity() {
    let text = "青石县新能源装机达到900万千瓦，其中风电510万千瓦、光伏360万千瓦。";
    let got = attributes_of(text);
    assert_eq!(attr(&got, "510万千瓦"), "wind_capacity");
    assert_eq!(attr(&got, "360万千瓦"), "solar_capacity");
    let x = extract("t.txt", text, &Known::new()).unwrap();
    let why = &x.found.iter().find(|f| f.text == "510万千瓦").unwrap().why;
    assert!(why.contains("风电 alone"), "{why}");
    // A project named by its source is not the source said alone.
    let got = attributes_of("青石县签约风电项目300兆瓦。");
    assert_ne!(attr(&got, "300兆瓦"), "wind_capacity");
}

#[test]
fn net_assets_and_an_amount_invested_are_named_so() {
    let got = attributes_of("标的公司资产总额6.2亿元，净资产2.9亿元。基金今年投资金额1.4亿元。");
    assert_eq!(attr(&got, "2.9亿元"), "net_assets");
    assert_eq!(attr(&got, "1.4亿元"), "investment");
}

#[test]
fn people_a_verb_of_working_describes_are_employees() {
    let text = "青石村常年在茶厂务工的村民有64人，全村村民1200人。";
    let got = attributes_of(text);
    assert_eq!(attr(&got, "64人"), "employee_count");
    assert_ne!(attr(&got, "1200人"), "employee_count");
    let x = extract("t.txt", text, &Known::new()).unwrap();
    let why = &x.found.iter().find(|f| f.text == "64人").unwrap().why;
    assert!(why.contains("务工的"), "{why}");
}

#[test]
fn a_value_set_as_a_goal_names_its_target() {
    let got = attributes_of("青川县力争全年茶叶产值达到18亿元，旅游人数力争突破260万人次。");
    assert_eq!(attr(&got, "18亿元"), "output_value_target");
    assert_eq!(attr(&got, "突破260万人次"), "visitor_count_target");
    let x = extract("t.txt", "青川县力争全年茶叶产值达到18亿元。", &Known::new()).unwrap();
    let why = &x.found.iter().find(|f| f.text == "18亿元").unwrap().why;
    assert!(why.contains("力争") && why.contains("产值"), "{why}");
    // 争取 obtains, and a value no word names gains nothing from a goal.
    let got = attributes_of("青川县今年争取补助资金3200万元，力争完成7成。");
    assert_eq!(attr(&got, "3200万元"), "subsidy");
    // …but 争取, 目标, 确保 with a verb of reaching the value set a goal.
    let got = attributes_of(
        "青川县明年争取茶叶产值突破20亿元。白沙县今年的目标是旅游收入达到9亿元。\
         青石县确保村集体经营性收入超过50万元。",
    );
    assert_eq!(attr(&got, "突破20亿元"), "output_value_target");
    assert_eq!(attr(&got, "9亿元"), "tourism_revenue_target");
    assert_eq!(attr(&got, "超过50万元"), "collective_income_target");
    let x = extract("t.txt", "青川县明年争取茶叶产值突破20亿元。", &Known::new()).unwrap();
    let why = &x.found.iter().find(|f| f.text == "突破20亿元").unwrap().why;
    assert!(why.contains("争取"), "{why}");
    // A nearer word of another modality decides: expected, not a goal.
    let got = attributes_of("青川县力争扩大种植，预计茶叶产值达到9亿元。");
    assert_eq!(attr(&got, "9亿元"), "output_value");
    // 力争 carries over the later clauses of its sentence, not past its end
    // nor past 已 saying what is done.
    let got = attributes_of(
        "白沙县明年力争茶叶产量突破3万吨，茶叶产值超过45亿元；今年茶叶产值38亿元。\
         青石县力争年内建成项目12个，已完成投资8亿元。",
    );
    assert_eq!(attr(&got, "超过45亿元"), "output_value_target");
    assert_eq!(attr(&got, "38亿元"), "output_value");
    assert!(!attr(&got, "8亿元").ends_with("_target"), "{got:?}");
    // The tasks a goal set, done (目标任务完成率): an achieved rate.
    let got = attributes_of("全县目标任务完成率达到98%。");
    assert!(!attr(&got, "98%").ends_with("_target"), "{got:?}");
}

#[test]
fn a_total_investment_is_named_a_total() {
    let text = "青石县光伏储能项目总投资12.6亿元，今年计划投资3亿元，已投资1.2亿元。";
    let got = attributes_of(text);
    assert_eq!(attr(&got, "12.6亿元"), "total_investment");
    assert_eq!(attr(&got, "3亿元"), "planned_investment");
    assert_eq!(attr(&got, "1.2亿元"), "investment");
    let x = extract("t.txt", text, &Known::new()).unwrap();
    let why = &x.found.iter().find(|f| f.text == "12.6亿元").unwrap().why;
    assert!(why.contains("总投资"), "{why}");
}

#[test]
fn a_subsidys_funds_are_a_subsidy_and_the_rest_raised_is_funding() {
    let text = "青石县整合各部门资金2.4亿元，争取省级补助资金1.6亿元，其余8000万元由县财政解决。";
    let got = attributes_of(text);
    assert_eq!(attr(&got, "2.4亿元"), "funding");
    assert_eq!(attr(&got, "1.6亿元"), "subsidy");
    assert_eq!(attr(&got, "8000万元"), "funding");
    let x = extract("t.txt", text, &Known::new()).unwrap();
    let why = &x.found.iter().find(|f| f.text == "8000万元").unwrap().why;
    assert!(why.contains("其余"), "{why}");
    // A value after a subsidy that is not the rest carries its name.
    let got = attributes_of("县里发放补贴资金600万元，今年再增加200万元。");
    assert_eq!(attr(&got, "600万元"), "subsidy");
}

#[test]
fn enterprises_said_to_be_new_are_counted_as_new() {
    let text = "青石经开区上半年新增规上工业企业12家，新入驻企业9家，现有企业总数达到310家。";
    let got = attributes_of(text);
    assert_eq!(attr(&got, "12家"), "new_enterprise_count");
    assert_eq!(attr(&got, "9家"), "new_enterprise_count");
    assert_eq!(attr(&got, "310家"), "enterprise_count");
    let x = extract("t.txt", text, &Known::new()).unwrap();
    let why = &x.found.iter().find(|f| f.text == "9家").unwrap().why;
    assert!(why.contains("新增/新设"), "{why}");
    // Another number between: the new ones are not the ones counted.
    let got = attributes_of("全区新增就业岗位3000个，带动企业45家。");
    assert_eq!(attr(&got, "45家"), "enterprise_count");
}

#[test]
fn nouns_news_says_before_a_value_name_what_it_measures() {
    let text = "青石县春节档电影票房3200万元，全县政府债务余额12.5亿元。\
                县医保基金结余6800万元，项目内部收益率9.6%，基金收益率2.1%。\
                该地块出让面积45亩，县域农村公路总里程达到2860公里，\
                县医院门诊量达到36万人次。";
    let got = attributes_of(text);
    assert_eq!(attr(&got, "3200万元"), "box_office");
    assert_eq!(attr(&got, "12.5亿元"), "debt_balance");
    assert_eq!(attr(&got, "6800万元"), "surplus");
    assert_eq!(attr(&got, "9.6%"), "internal_rate_of_return");
    assert_eq!(attr(&got, "2.1%"), "return_rate");
    assert_eq!(attr(&got, "45亩"), "land_area");
    assert_eq!(attr(&got, "2860公里"), "total_length");
    assert_eq!(attr(&got, "36万人次"), "outpatient_visits");
    let x = extract("t.txt", text, &Known::new()).unwrap();
    let why = &x.found.iter().find(|f| f.text == "3200万元").unwrap().why;
    assert!(why.contains("票房"), "{why}");
}

#[test]
fn a_year_to_reach_sets_the_values_after_it_as_goals() {
    let got = attributes_of(
        "到2027年，青川县茶叶产值将达到18亿元，年均增长10%以上，带动就业5000余人。\
         青川县今年茶叶产值12亿元。",
    );
    assert_eq!(attr(&got, "18亿元"), "output_value_target");
    assert_eq!(attr(&got, "10%以上"), "growth_rate_target");
    // What the goal brings along is its effect, named plainly.
    assert_eq!(attr(&got, "5000余人"), "jobs_created");
    assert_eq!(attr(&got, "12亿元"), "output_value");
    // A share named so (占比) is a goal's too; one no word names is not.
    let got = attributes_of("到2027年，青川县护理型床位占比提高到65%以上，绿化达到40%。");
    assert_eq!(attr(&got, "65%以上"), "share_target");
    assert_eq!(attr(&got, "40%"), "share");
}

#[test]
fn a_price_rate_against_the_month_before_is_named_by_its_base() {
    let got = attributes_of("青石县鸡蛋价格环比上涨2.6%，同比上涨8.2%。");
    assert_eq!(attr(&got, "2.6%"), "growth_rate_mom");
}

#[test]
fn a_meetings_day_is_its_date_and_an_events_is_held() {
    let got = attributes_of(
        "青石公司于2026年9月22日召开第四届董事会第十一次会议。\
         青石县2025年茶叶开采节9月6日在白驿镇举行。",
    );
    assert_eq!(attr(&got, "2026年9月22日"), "date");
    assert_eq!(attr(&got, "9月6日"), "date_held");
}

#[test]
fn a_doubling_is_a_rate_of_change() {
    let got = attributes_of("青石县发明专利授权量翻了一番，茶叶出口同比翻了一番。");
    assert_eq!(attr(&got, "翻了一番"), "growth_rate");
    assert_eq!(got[1].1, "growth_rate_yoy", "{got:?}");
}

#[test]
fn the_items_of_a_goals_list_are_goals() {
    let got = attributes_of(
        "青川县今年主要预期目标是：城镇新增就业5000人以上；固定资产投资70亿元以上；\
         城镇登记失业率控制在3.5%以内。",
    );
    assert_eq!(attr(&got, "5000人以上"), "new_urban_jobs_target");
    assert_eq!(attr(&got, "70亿元以上"), "fixed_asset_investment_target");
    // A rate in the list keeps its plain name.
    assert!(!attr(&got, "3.5%以内").ends_with("_target"), "{got:?}");
}

#[test]
fn a_counter_or_a_noun_from_the_lexicon_data_names_a_count() {
    // [counters]: vehicles crossing counted each time, editions of a fair.
    let got = attributes_of("青石口岸今年验放出入境42万辆次，已连续举办七届。");
    assert_eq!(attr(&got, "42万辆次"), "vehicle_crossings");
    assert_eq!(attr(&got, "七届"), "session_count");
    // [counted]: the noun before the count or after it.
    let got = attributes_of("青石站新增候车座椅320个，覆盖全省9个市州。");
    assert_eq!(attr(&got, "320个"), "seat_count");
    assert_eq!(attr(&got, "9个"), "city_count");
    // 场: events; a count of machines named after the size of each.
    let got = attributes_of("青石县今年举办招聘活动42场，电厂安装3台35万千瓦发电机组。");
    assert_eq!(attr(&got, "42场"), "event_count");
    assert_eq!(attr(&got, "3台"), "unit_count");
}

#[test]
fn bookstores_inns_shops_and_calls_are_counted_by_their_nouns() {
    let got = attributes_of("青石市320家实体书店参与活动，市内47家平价商店坚持一日一价。");
    assert_eq!(attr(&got, "320家"), "bookstore_count");
    assert_eq!(attr(&got, "47家"), "store_count");
    let got = attributes_of("青石古镇共有民宿和客栈620家，热线接听群众来电6.3万人次。");
    assert_eq!(attr(&got, "620家"), "homestay_count");
    assert_eq!(attr(&got, "6.3万人次"), "call_count");
    let got = attributes_of("青石制氢厂布置碱性电解槽42台，新增阅读空间45个。");
    assert_eq!(attr(&got, "42台"), "electrolyser_count");
    assert_eq!(attr(&got, "45个"), "reading_space_count");
    // Kinds and rooms by their counters, no noun near.
    let got = attributes_of("本周监测的22种主要蔬菜中，价格上涨的有14种。");
    assert_eq!(attr(&got, "14种"), "variety_count");
    let got = attributes_of("青石客栈旺季时十二间天天满。");
    assert_eq!(attr(&got, "十二间"), "room_count");
}

#[test]
fn a_change_of_a_yield_per_mu_is_a_yield_increase() {
    let got = attributes_of("青石县小麦平均亩产520公斤，比上年增加18公斤。");
    assert_eq!(attr(&got, "18公斤"), "yield_increase");
}

#[test]
fn a_plant_said_to_start_producing_dates_its_production() {
    let got = attributes_of("青石县饲料厂一期已于今年9月建成投产，二期于8月投产。");
    assert_eq!(attr(&got, "今年9月"), "date_production_started");
    assert_eq!(attr(&got, "8月"), "date_production_started");
}

#[test]
fn households_of_a_village_are_households() {
    let got = attributes_of("青石村全村312户1180人。");
    assert_eq!(attr(&got, "312户"), "household_count");
}

#[test]
fn people_who_came_in_are_visitors() {
    let got = attributes_of("青石县招聘会当天入场求职者超过8000人次。");
    assert_eq!(attr(&got, "超过8000人次"), "visitor_count");
}

#[test]
fn books_lent_and_rounds_of_bidding_are_counted() {
    let got = attributes_of(
        "青石县图书馆全年借阅图书52.4万册次，新增图书3.1万册，该地块经过27轮竞价成交。",
    );
    assert_eq!(attr(&got, "52.4万册次"), "loans");
    assert_eq!(attr(&got, "27轮"), "round_count");
    assert!(got.iter().any(|(t, _)| t == "3.1万册"));
    // 新一轮: a word, no count.
    let got = attributes_of("青石县启动新一轮改造，投资1.2亿元。");
    assert!(!got.iter().any(|(t, _)| t.contains('轮')));
}

#[test]
fn trade_sales_funds_and_collective_income_by_their_nouns() {
    let got = attributes_of(
        "青石县林业碳汇交易额1800万元，公司上年销售额3.2亿元，\
         青石县设立规模15亿元，全县数字产业规模120亿元。",
    );
    assert_eq!(attr(&got, "1800万元"), "transaction_value");
    assert_eq!(attr(&got, "3.2亿元"), "sales");
    assert_eq!(attr(&got, "15亿元"), "fund_size");
    assert_eq!(attr(&got, "120亿元"), "industry_scale");
    let got = attributes_of("青石村集体经营性收入达到86万元，县检察院发放司法救助金42万元。");
    assert_eq!(attr(&got, "86万元"), "collective_income");
    assert_eq!(attr(&got, "42万元"), "judicial_aid");
}

#[test]
fn spending_per_head_and_its_change_and_spending_set_off() {
    let got = attributes_of(
        "黄金周游客人均花费860元，比去年同期增加35元；发放消费券200万元，带动相关消费1600万元。",
    );
    assert_eq!(attr(&got, "860元"), "per_capita_spending");
    assert_eq!(attr(&got, "35元"), "per_capita_spending_increase");
    assert_eq!(attr(&got, "200万元"), "vouchers_issued");
    assert_eq!(attr(&got, "1600万元"), "consumption_driven");
}

#[test]
fn a_won_bid_or_a_signed_contract_is_a_contract_value() {
    let got = attributes_of(
        "青石重工中标城际列车维保项目，中标金额3.6亿元；园区签约项目12个，签约金额48亿元。",
    );
    assert_eq!(attr(&got, "3.6亿元"), "contract_value");
    assert_eq!(attr(&got, "48亿元"), "contract_value");
}

#[test]
fn a_years_income_is_income_and_a_lead_over_last_year_a_rise() {
    let got = attributes_of("青石合作社年收入约80万元。");
    assert_eq!(attr(&got, "约80万元"), "income");
    let got = attributes_of("青石脐橙收购价每公斤6元，比去年每公斤高出0.5元。");
    assert_eq!(attr(&got, "0.5元"), "price_increase");
    assert_eq!(attr(&got, "6元"), "purchase_price");
}

#[test]
fn the_most_one_may_borrow_is_a_loan_limit() {
    let got = attributes_of("青石农商行推出“茶农贷”，单户最高可贷80万元，已发放贷款1.6亿元。");
    assert_eq!(attr(&got, "80万元"), "loan_limit");
    assert_eq!(attr(&got, "1.6亿元"), "loan_amount");
    let got = attributes_of("青石县公积金贷款最高额度由60万元提高至80万元。");
    assert_eq!(attr(&got, "60万元"), "loan_limit");
    // A cap with no loan in its sentence is no loan's.
    let got = attributes_of("青石县对新建车间每个最高奖励50万元。");
    assert_ne!(attr(&got, "50万元"), "loan_limit");
}

#[test]
fn what_each_household_got_and_what_a_thing_is_worth() {
    let got = attributes_of("青石县发放生态补偿资金900万元，涉及农户3000户，户均3000元。");
    assert_eq!(attr(&got, "3000元"), "amount_each");
    // 户均 after a named value: each household's share of it.
    let got = attributes_of("合作社去年分红80万元，户均8000元。");
    assert_eq!(attr(&got, "8000元"), "dividend");
    let got = attributes_of("青石县红十字会调拨了价值180万元的救灾物资。");
    assert_eq!(attr(&got, "180万元"), "value");
}

#[test]
fn funds_by_the_level_of_government_that_gives_them() {
    let got =
        attributes_of("青石县共投入资金3亿元，其中中央和省级资金1.8亿元、省级财政资金6000万元。");
    assert_eq!(attr(&got, "1.8亿元"), "central_and_provincial_funds");
    assert_eq!(attr(&got, "6000万元"), "provincial_funds");
    let got = attributes_of("今年下达中央财政资金4200万元。");
    assert_eq!(attr(&got, "4200万元"), "central_funds");
}

#[test]
fn sales_online_by_their_other_words() {
    let got = attributes_of("青石县茶叶电商销售额1.2亿元，家电网上零售额8000万元。");
    assert_eq!(attr(&got, "1.2亿元"), "online_sales");
    assert_eq!(attr(&got, "8000万元"), "online_retail_sales");
}

#[test]
fn land_a_verb_says_is_planted_is_planted_area() {
    let got = attributes_of("青石县今年种植高粱3.6万亩、燕麦1.2万亩。老张家里种了六亩辣椒。");
    assert_eq!(attr(&got, "3.6万亩"), "planted_area");
    assert_eq!(attr(&got, "1.2万亩"), "planted_area");
    assert_eq!(attr(&got, "六亩"), "planted_area");
    // Forest land and bamboo forest by their areas.
    let got = attributes_of("白沙县林地面积约86万亩，竹林面积12万亩。");
    assert_eq!(attr(&got, "约86万亩"), "forest_area");
    assert_eq!(attr(&got, "12万亩"), "forest_area");
}

#[test]
fn a_total_installed_capacity_is_installed_capacity() {
    let got = attributes_of("青石抽水蓄能电站总装机容量120万千瓦，安装4台30万千瓦机组。");
    assert_eq!(attr(&got, "120万千瓦"), "installed_capacity");
}

#[test]
fn loans_parks_and_berths_past_their_class_are_counted() {
    let got = attributes_of("青石县全年发放个人住房贷款8600笔、32.1亿元。");
    assert_eq!(attr(&got, "8600笔"), "loan_count");
    // Households a loan goes to are households: 发放 ends the phrase.
    let got = attributes_of("青石县累计向2300户果农发放贷款1.1亿元。");
    assert_eq!(attr(&got, "2300户"), "household_count");
    let got = attributes_of("青石县已建成口袋公园48个，新建的东站设8个站台。");
    assert_eq!(attr(&got, "48个"), "park_count");
    assert_eq!(attr(&got, "8个"), "platform_count");
    let got = attributes_of("白沙港区二期工程建设3个5万吨级散货泊位。");
    assert_eq!(attr(&got, "3个"), "berth_count");
}

#[test]
fn a_dash_item_is_named_up_to_a_word_naming_a_figure_of_its_clause() {
    let got = extract(
        "t.txt",
        "青石县村集体收入情况如下：\n——白沙镇青石村发展辣椒种植和仓储物流，实现收入210万元；",
        &Known::new(),
    )
    .unwrap()
    .found;
    let f = got.iter().find(|f| f.text == "210万元").unwrap();
    assert_ne!(f.subject.as_deref(), Some("白沙镇青石村发展辣椒"));
}

#[test]
fn what_a_plant_makes_a_year_is_its_capacity() {
    let got = attributes_of("白沙公司正在建设年产8万片晶圆生产线，具备年产水泵整机500台的能力。");
    assert_eq!(attr(&got, "8万片"), "annual_capacity");
    assert_eq!(attr(&got, "500台"), "annual_capacity");
    let got = attributes_of("青石化工公司新投产的3万吨高纯硅生产线运行平稳。");
    assert_eq!(attr(&got, "3万吨"), "annual_capacity");
    // 年产值 and 年产量 say no capacity.
    let got = attributes_of("园区年产值超百亿元的企业有6家。");
    assert_ne!(attr(&got, "6家"), "annual_capacity");
}

#[test]
fn carbon_sinks_sold_and_production_lines_said_short() {
    let got = attributes_of("青石县林业碳汇交易累计成交3.2万吨，成交碳汇量较上年翻番。");
    assert_eq!(attr(&got, "3.2万吨"), "carbon_sink_traded");
    let got = attributes_of("白沙公司今年新上了三条自动化产线。");
    assert_eq!(attr(&got, "三条"), "production_line_count");
}

#[test]
fn counts_handed_out_by_fenbie_measure_what_the_clause_before_names() {
    let got = attributes_of("东城、西城两区快递业务量居全市前两位，分别完成2.4亿件和1.9亿件。");
    assert_eq!(attr(&got, "2.4亿件"), "express_volume");
    assert_eq!(attr(&got, "1.9亿件"), "express_volume");
    let got = attributes_of("其中苹果、梨寄递量分别为320万件、180万件。");
    assert_eq!(attr(&got, "180万件"), "express_volume");
}

#[test]
fn cargo_shoppers_clinic_visits_and_jobs_a_fair_offers() {
    let got = attributes_of("白沙港前三季度完成货物吞吐量8600万吨，同比增长4%。");
    assert_eq!(attr(&got, "8600万吨"), "cargo_throughput");
    let got = attributes_of("假期离岛免税购物人数12.3万人次。");
    assert_eq!(attr(&got, "12.3万人次"), "shopper_count");
    let got = attributes_of("青石县人民医院全年门急诊量达86万人次。");
    assert_eq!(attr(&got, "86万人次"), "outpatient_visits");
    let got = attributes_of("招聘会上，县内企业120家，提供岗位4600个。");
    assert_eq!(attr(&got, "4600个"), "jobs_offered");
}

#[test]
fn migrant_workers_and_the_people_building_a_works() {
    let got = attributes_of("全县去年外出务工5.6万人，水库高峰期参建人员超过1200人。");
    assert_eq!(attr(&got, "5.6万人"), "migrant_worker_count");
    assert_eq!(attr(&got, "超过1200人"), "worker_count");
}

#[test]
fn parts_of_a_total_said_before_count_what_it_counts() {
    let got = attributes_of("白沙县共补贴家电6.2万台，冰箱、彩电分别为2.1万台、1.6万台。");
    assert_eq!(attr(&got, "6.2万台"), "appliance_count");
    assert_eq!(attr(&got, "2.1万台"), "appliance_count");
    assert_eq!(attr(&got, "1.6万台"), "appliance_count");
    // A change handed out by 分别 is no breakdown of the total.
    let got = attributes_of("收入百万元以上的村有12个，分别比上年增加5个和3个。");
    assert_ne!(attr(&got, "5个"), "village_count");
}

#[test]
fn a_dams_height_is_named_so() {
    let got = attributes_of("白沙水库大坝为碾压混凝土重力坝，最大坝高96米。");
    assert_eq!(attr(&got, "96米"), "dam_height");
}

#[test]
fn scenic_spots_counted_with_their_grade_in_letters() {
    let got = attributes_of("假期全县12家A级旅游景区共接待游客8.6万人次。");
    assert_eq!(attr(&got, "12家"), "scenic_spot_count");
}

#[test]
fn a_count_no_noun_names_counts_what_the_clause_before_counted() {
    // Round 25: the noun is left out after a count by the same counter.
    let got = attributes_of("青石县今年计划新建充电桩300个，目前已建成180个。");
    assert_eq!(attr(&got, "300个"), "charging_pile_count");
    assert_eq!(attr(&got, "180个"), "charging_pile_count");
    // Another counter counts something else; a later item of a list in its
    // own clause is the list's.
    let got = attributes_of("全镇新建充电桩300个，完成120座。");
    assert_eq!(attr(&got, "120座"), "count");
}

#[test]
fn round_25_words_name_works_money_and_lengths() {
    // Facilities counted by the noun before the count.
    let got = attributes_of("青石市现有加氢站9座，机场新增机库2座，建成垃圾投放点380个。");
    assert_eq!(attr(&got, "9座"), "hydrogen_station_count");
    assert_eq!(attr(&got, "2座"), "hangar_count");
    assert_eq!(attr(&got, "380个"), "collection_point_count");
    let got = attributes_of("全区建成社区养老服务站27个，镇里有国家级创新平台4个。");
    assert_eq!(attr(&got, "27个"), "eldercare_station_count");
    assert_eq!(attr(&got, "4个"), "innovation_platform_count");
    // A housing provident fund's yearly figures.
    let got = attributes_of("全年缴存额86.5亿元，缴存余额310.2亿元，提取总额402.7亿元。");
    assert_eq!(attr(&got, "86.5亿元"), "contribution");
    assert_eq!(attr(&got, "310.2亿元"), "contribution_balance");
    assert_eq!(attr(&got, "402.7亿元"), "total_withdrawal");
    // Lengths, areas and tonnes by the word before them.
    let got = attributes_of("机场跑道长2400米，新建停机坪1.1万平方米，探明钾盐储量约300万吨。");
    assert_eq!(attr(&got, "2400米"), "runway_length");
    assert_eq!(attr(&got, "1.1万平方米"), "apron_area");
    assert_eq!(attr(&got, "约300万吨"), "reserves");
    let got = attributes_of("公司当天签下订单2600万元。");
    assert_eq!(attr(&got, "2600万元"), "contract_value");
}

#[test]
fn a_rise_of_a_value_no_word_names_is_a_plain_increase() {
    // Round 25: 比去年增加 after a count by its counter alone.
    let got = attributes_of("今年塘里共有鱼苗两万尾，比去年增加三千尾。");
    assert_eq!(attr(&got, "三千尾"), "increase");
    // A named value's change keeps its name.
    let got = attributes_of("全县接待游客80万人次，比去年增加12万人次。");
    assert_eq!(attr(&got, "12万人次"), "visitor_count_increase");
}

#[test]
fn earning_or_reaping_more_is_a_rise_of_income_or_yield() {
    let got = attributes_of("老周说，种上新品种后一年能多挣六千元，每亩能多收80公斤。");
    assert_eq!(attr(&got, "六千元"), "income_increase");
    assert!(attr(&got, "80公斤").starts_with("yield_increase"));
}

#[test]
fn housing_sales_research_money_and_hubs_are_named() {
    let got = attributes_of("上月全市新建住宅成交面积42.5万平方米，成交均价每平方米9800元。");
    assert_eq!(attr(&got, "42.5万平方米"), "floor_area_sold");
    assert_eq!(attr(&got, "9800元"), "average_price");
    let got = attributes_of("该校去年科研经费到账15.2亿元，全省建成县级配送中心64个。");
    assert_eq!(attr(&got, "15.2亿元"), "research_funding");
    assert_eq!(attr(&got, "64个"), "distribution_center_count");
}

#[test]
fn a_value_right_after_a_label_and_its_colon_is_what_the_label_says() {
    // Round 25: announcements list terms as label：value.
    let got = attributes_of(
        "一、中标情况。中标金额：约6.4亿元。二、回购方案。回购资金总额：不低于5000万元。",
    );
    assert_eq!(attr(&got, "约6.4亿元"), "contract_value");
    assert_eq!(attr(&got, "不低于5000万元"), "buyback_amount");
    // A value with words of its own after the colon keeps what they say.
    let got = attributes_of("主要数据：全年完成投资12亿元。");
    assert_eq!(attr(&got, "12亿元"), "investment_completed");
}

#[test]
fn compensation_financing_and_satisfaction_are_named() {
    let got = attributes_of("全县下达湿地生态补偿资金1260万元，园区企业今年新增融资2.8亿元。");
    assert_eq!(attr(&got, "1260万元"), "compensation_funds");
    assert_eq!(attr(&got, "2.8亿元"), "financing");
    let got = attributes_of("调查显示，群众对窗口服务的满意度为97.2%。");
    assert_eq!(attr(&got, "97.2%"), "satisfaction_rate");
}

#[test]
fn a_provident_fund_report_names_its_members_loans_and_ratio() {
    let got = attributes_of(
        "年末实缴职工42.6万人，新开户职工3.1万人；支持职工购买首套住房5120笔，个贷率为81.3%。",
    );
    assert_eq!(attr(&got, "42.6万人"), "contributing_employee_count");
    assert_eq!(attr(&got, "3.1万人"), "new_account_employee_count");
    assert_eq!(attr(&got, "5120笔"), "first_home_loan_count");
    assert_eq!(attr(&got, "81.3%"), "loan_ratio");
}

/// Round 26: a rate of change of energy used per unit of output (能耗 and a
/// change word right before it) is energy_intensity_change, a goal's with
/// _target; a base compared with between keeps the rate's own name.
#[test]
fn a_fall_in_energy_per_output_is_energy_intensity_change() {
    let text = "青石市去年万元地区生产总值能耗降低4.1%。\
                青石市力争到2028年单位地区生产总值能耗下降2.8%左右。\
                到2028年，园区单位工业增加值能耗较2024年下降9%以上。";
    let got = attributes_of(text);
    assert_eq!(attr(&got, "4.1%"), "energy_intensity_change");
    assert_eq!(attr(&got, "2.8%左右"), "energy_intensity_change_target");
    assert!(!attr(&got, "9%以上").starts_with("energy"), "{got:?}");
    let x = extract("t.txt", text, &Known::new()).unwrap();
    let why = &x.found.iter().find(|f| f.text == "4.1%").unwrap().why;
    assert!(why.contains("能耗"), "{why}");
}

/// Round 26: an amount 村均 says is each village's average measures what
/// the words name per village, a goal's _target kept last; an amount no
/// word names stays as it was.
#[test]
fn an_amount_per_village_says_so() {
    let text = "白河镇村级集体经济收入总额达到1.28亿元，村均56.3万元。\
                白河镇力争村均集体收入突破60万元。";
    let got = attributes_of(text);
    assert_eq!(attr(&got, "56.3万元"), "collective_income_per_village");
    assert_eq!(
        attr(&got, "突破60万元"),
        "collective_income_per_village_target"
    );
    let x = extract("t.txt", text, &Known::new()).unwrap();
    let why = &x.found.iter().find(|f| f.text == "56.3万元").unwrap().why;
    assert!(why.contains("村均"), "{why}");
}

/// Round 26: new enterprises of a kind the lexicon names ([new_enterprise_kinds])
/// are new ones of that kind; the kind counted alone stays enterprise_count.
#[test]
fn new_enterprises_of_a_kind_are_named_by_it() {
    let text = "青石高新区今年新增高新技术企业23家，新认定国家高新技术企业17家，\
                全区现有高新技术企业415家。";
    let got = attributes_of(text);
    assert_eq!(attr(&got, "23家"), "new_high_tech_enterprise_count");
    assert_eq!(attr(&got, "17家"), "new_high_tech_enterprise_count");
    assert_eq!(attr(&got, "415家"), "enterprise_count");
}

/// Round 26: output counted in watt-hours (电池产量, 产量) is battery_output
/// or output; old estates said with 城镇 are old_community_count.
#[test]
fn battery_output_and_old_estates_are_named() {
    let got = attributes_of(
        "青石市储能电池产量达到32.5吉瓦时，光热电站年产量9.6亿千瓦时。青石市改造城镇老旧小区58个。",
    );
    assert_eq!(attr(&got, "32.5吉瓦时"), "battery_output");
    assert_eq!(attr(&got, "9.6亿千瓦时"), "output");
    assert_eq!(attr(&got, "58个"), "old_community_count");
}

/// Round 26: a total (总数达到…) right after a count by the same counter
/// counts all of what that count counted, not only the new ones.
#[test]
fn a_total_after_new_ones_counts_all_of_them() {
    let text = "白河镇今年新增规上工业企业9家，总数达到154家；新增高新技术企业6家，总数达到41家。\
                白河镇新建学校3所，总数为27所。";
    let got = attributes_of(text);
    assert_eq!(attr(&got, "154家"), "enterprise_count");
    assert_eq!(attr(&got, "41家"), "high_tech_enterprise_count");
    assert_eq!(attr(&got, "27所"), "school_count");
    let x = extract("t.txt", text, &Known::new()).unwrap();
    let why = &x.found.iter().find(|f| f.text == "41家").unwrap().why;
    assert!(why.contains("总数"), "{why}");
}

/// Round 26: goods 生产 makes that only their counter or unit names are
/// output; a noun naming the count (生产线) or makers counted (生产企业…家)
/// keep their names.
#[test]
fn goods_made_are_output() {
    let text = "青石汽车厂上半年生产整车4.8万辆，分别生产客车1.1万辆和货车0.6万辆。\
                青石县新建生产线5条，生产有机肥12万吨，全县农机生产企业有38家。";
    let got = attributes_of(text);
    assert_eq!(attr(&got, "4.8万辆"), "output");
    assert_eq!(attr(&got, "0.6万辆"), "output");
    assert_eq!(attr(&got, "12万吨"), "output");
    assert_eq!(attr(&got, "5条"), "production_line_count");
    assert_ne!(attr(&got, "38家"), "output");
    let x = extract("t.txt", text, &Known::new()).unwrap();
    let why = &x.found.iter().find(|f| f.text == "4.8万辆").unwrap().why;
    assert!(why.contains("生产"), "{why}");
}

/// Round 26: a count its counter alone names (件, no noun in its clause)
/// right after a count a noun names by the same counter counts the same
/// thing; a total after new ones (累计达到) counts all of them.
#[test]
fn a_count_only_its_counter_names_follows_the_count_before() {
    let text = "青石区法院全年受理民事案件8120件，审结7765件。\
                青石区今年新增外贸备案企业64家，累计达到930家。";
    let got = attributes_of(text);
    assert_eq!(attr(&got, "7765件"), "case_count");
    assert_eq!(attr(&got, "64家"), "new_enterprise_count");
    assert_eq!(attr(&got, "930家"), "enterprise_count");
    let x = extract("t.txt", text, &Known::new()).unwrap();
    let why = &x.found.iter().find(|f| f.text == "7765件").unwrap().why;
    assert!(why.contains("clause before"), "{why}");
    // A noun in its own clause names it, whatever came before.
    let got = attributes_of("青石区法院受理民事案件8120件，收到群众来信320件。");
    assert_ne!(attr(&got, "320件"), "case_count");
}

/// Round 26: harvesters of any crop are counted as machines.
#[test]
fn harvesters_are_machines() {
    let got = attributes_of("白河镇合作社新购置玉米收获机9台，全镇投入联合收获机1300余台。");
    assert_eq!(attr(&got, "9台"), "machine_count");
    assert_eq!(attr(&got, "1300余台"), "machine_count");
}

/// Round 26: a class counted in people is a class size (an average when 平均
/// says so); classes counted by 个 stay a count of classes.
#[test]
fn a_class_counted_in_people_is_its_size() {
    let got = attributes_of(
        "白河镇中心小学扩建后，平均班额由52人降到40人以内，每个班不超过45人，全校共设24个班。",
    );
    assert_eq!(attr(&got, "52人"), "average_class_size");
    assert_eq!(attr(&got, "40人以内"), "average_class_size");
    assert_eq!(attr(&got, "不超过45人"), "class_size");
    assert_eq!(attr(&got, "24个"), "class_count");
}

/// Round 26: the day an event or a resort closed (闭幕, 闭园) is
/// date_closed; 将 of 将军 in a name makes no date planned.
#[test]
fn the_day_something_closed_is_date_closed() {
    let got = attributes_of(
        "青石县2024年茶叶博览会9月27日在青石县闭幕。将军岭滑雪场所在的白河镇3月30日闭园。",
    );
    assert_eq!(attr(&got, "9月27日"), "date_closed");
    assert_eq!(attr(&got, "3月30日"), "date_closed");
}

/// Round 31: a date something was put in use or service says so (启用,
/// 开通, 开幕, 投运, 投入运营), planned after a plan's word; a date before
/// the event (开幕前) is not its date.
#[test]
fn the_day_something_opened_or_went_into_service_says_so() {
    let got = attributes_of(
        "白河镇卫生院新门诊楼于3月12日正式启用。青石至白沙的公交专线5月8日开通。\
         青石县第九届桃花节4月2日在桃园广场开幕。青石220千伏变电站于11月30日投运。\
         白河镇污水处理厂二期已于今年7月投入运营。白沙物流园计划明年9月开通。\
         青石县力争明年6月在博览会开幕前完成展馆改造。",
    );
    assert_eq!(attr(&got, "3月12日"), "date_opened");
    assert_eq!(attr(&got, "5月8日"), "date_opened");
    assert_eq!(attr(&got, "4月2日"), "date_opened");
    assert_eq!(attr(&got, "11月30日"), "date_commissioned");
    assert_eq!(attr(&got, "今年7月"), "date_operation_started");
    assert_eq!(attr(&got, "明年9月"), "date_opening_planned");
    assert_ne!(attr(&got, "明年6月"), "date_opening_planned");
}

/// Round 31: counts in 人次 named by the standard terms of health and
/// transport reports, not as visits of no kind; an airport's takeoffs and
/// landings are its movements.
#[test]
fn counts_in_person_times_by_their_standard_terms() {
    let got = attributes_of(
        "青石县人民医院上半年诊疗41.6万人次，出院病人2.3万人次，网上问诊量1.2万人次。\
         青石公交专线上月客量约36万人次。白河古镇国庆假期迎客12.8万人次。",
    );
    assert_eq!(attr(&got, "41.6万人次"), "outpatient_visits");
    assert_eq!(attr(&got, "2.3万人次"), "discharge_count");
    assert_eq!(attr(&got, "1.2万人次"), "consultation_count");
    assert_eq!(attr(&got, "约36万人次"), "passenger_count");
    assert_eq!(attr(&got, "12.8万人次"), "visitor_count");
    let got =
        attributes_of("青石县城乡居民医保参保41.2万人，参保率达到97%，水稻保险参保农户3.1万户。");
    assert_eq!(attr(&got, "41.2万人"), "insured_count");
    assert_eq!(attr(&got, "3.1万户"), "insured_household_count");
    let got = attributes_of("青石机场上月保障航班起降3216架次，白河镇建成无人机起降点12个。");
    assert_eq!(attr(&got, "3216架次"), "aircraft_movements");
    assert_ne!(attr(&got, "12个"), "aircraft_movements");
}

/// Round 31: things counted for each thousand people are a density named
/// by the things, plural; the same things counted in all are not.
#[test]
fn things_per_thousand_people_are_a_density() {
    let got = attributes_of(
        "青石县现有医疗机构床位2860张，每千人口医疗机构床位数达到6.4张，\
         每千人口执业医师2.9人。白河镇每千人拥有市场主体86户。",
    );
    assert_eq!(attr(&got, "6.4张"), "beds_per_thousand");
    assert_eq!(attr(&got, "2.9人"), "doctors_per_thousand");
    assert_eq!(attr(&got, "86户"), "market_entities_per_thousand");
    assert_eq!(attr(&got, "2860张"), "bed_count");
}

/// Round 26: a lead in yield per mu over other land (比…高出) is a yield
/// gap; a rise over an earlier year is not.
#[test]
fn a_lead_in_yield_over_other_land_is_a_yield_gap() {
    let got = attributes_of(
        "青石县示范基地今年亩产玉米达到820公斤，比周边农田高出约90公斤。\
         青石县示范区平均单产比非示范区高出12%左右。白河镇小麦亩产比去年高出20公斤。",
    );
    assert_eq!(attr(&got, "约90公斤"), "yield_gap");
    assert_eq!(attr(&got, "12%左右"), "yield_gap");
    assert_ne!(attr(&got, "20公斤"), "yield_gap");
}

/// Round 26: what a day's work can turn out (每天/一天…能出) is daily_output.
#[test]
fn what_a_day_turns_out_is_daily_output() {
    let got = attributes_of("白河食品有限公司现在每天能出十二万袋，新线一天能产3000件。");
    assert_eq!(attr(&got, "十二万袋"), "daily_output");
    assert_eq!(attr(&got, "3000件"), "daily_output");
    let got = attributes_of("白河物流园每天发出包裹2万件。");
    assert_ne!(attr(&got, "2万件"), "daily_output");
}

#[test]
fn a_measure_word_after_a_named_measure_takes_its_name() {
    // 金额, 面积 right after a word that names the measure: that word's.
    let got = attributes_of("青石县今年办理质押融资金额3.2亿元，提取金额1.1亿元。");
    assert_eq!(attr(&got, "3.2亿元"), "pledge_financing");
    assert_eq!(attr(&got, "1.1亿元"), "withdrawals");
    let got = attributes_of("白沙园区孵化场地面积达到12万平方米。");
    assert_eq!(attr(&got, "12万平方米"), "incubation_area");
    // No word naming the measure before it: the generic word stays.
    let got = attributes_of("青石县签约项目金额2.5亿元。");
    assert_ne!(attr(&got, "2.5亿元"), "pledge_financing");
}

#[test]
fn round_27_nouns_name_what_is_counted_and_measured() {
    let got = attributes_of("青石县建成净化中心3个，开通办理点14个，设置提货点5个。");
    assert_eq!(attr(&got, "3个"), "purification_center_count");
    assert_eq!(attr(&got, "14个"), "service_point_count");
    assert_eq!(attr(&got, "5个"), "pickup_point_count");
    let got = attributes_of("白沙镇茶叶自给率提高到81%，公交正点率达到93%。");
    assert_eq!(attr(&got, "81%"), "self_sufficiency_rate");
    assert_eq!(attr(&got, "93%"), "punctuality_rate");
    let got = attributes_of("每吨运输成本约35元，赛事赞助总额2100万元。");
    assert_eq!(attr(&got, "约35元"), "cost");
    assert_eq!(attr(&got, "2100万元"), "sponsorship");
}

#[test]
fn herders_postdocs_and_a_total_harvest_are_named() {
    let got = attributes_of("白沙合作社带动牧民460多人，新进博士后6名，预计总产12.5万吨。");
    assert_eq!(attr(&got, "460多人"), "herder_count");
    assert_eq!(attr(&got, "6名"), "postdoc_count");
    assert!(attr(&got, "12.5万吨").ends_with("output"));
}

#[test]
fn income_per_head_and_credit_per_household_say_so() {
    let got = attributes_of("青石县茶农人均茶叶收入5100元，比上年增加360元。");
    assert_eq!(attr(&got, "5100元"), "per_capita_income");
    assert_eq!(attr(&got, "360元"), "income_increase");
    let got = attributes_of("该行为全县860家企业授信12亿元，户均授信约140万元。");
    assert_eq!(attr(&got, "约140万元"), "credit_per_household");
}

#[test]
fn money_taken_out_to_share_out_is_a_dividend() {
    let got = attributes_of("青石村今年拿出十五万元给全体村民分红。");
    assert_eq!(attr(&got, "十五万元"), "dividend");
    let got = attributes_of("合作社拿出收益52万元，为全村180户社员分红。");
    assert_eq!(attr(&got, "52万元"), "dividend");
    // Taken out for something else: no dividend.
    let got = attributes_of("合作社拿出收益52万元，为村里修了三公里路。");
    assert_ne!(attr(&got, "52万元"), "dividend");
}

#[test]
fn roads_by_class_border_trade_and_amounts_in_dispute_are_named() {
    let got = attributes_of("青石县新改建县乡道42公里、村道65公里。");
    assert_eq!(attr(&got, "42公里"), "road_length");
    assert_eq!(attr(&got, "65公里"), "road_length");
    let got = attributes_of("白沙口岸互市贸易额达到12.4亿元，诉讼标的额合计3.1亿元。");
    assert_eq!(attr(&got, "12.4亿元"), "trade_value");
    assert_eq!(attr(&got, "3.1亿元"), "amount_in_dispute");
}

#[test]
fn reach_goods_shipped_and_oil_tea_forest_are_named() {
    let got = attributes_of("全县建制村快递服务通达率达到96.5%，发送货物2.4万吨。");
    assert_eq!(attr(&got, "96.5%"), "coverage_rate");
    assert_eq!(attr(&got, "2.4万吨"), "freight_volume");
    let got = attributes_of("白沙县油茶林总面积达到18.2万亩，配备取款终端56台。");
    assert_eq!(attr(&got, "18.2万亩"), "oil_tea_area");
    assert_eq!(attr(&got, "56台"), "terminal_count");
}

/// Round 28: measures of the standard indicator systems (统计公报 and
/// sector reports), written into the lexicon from those systems rather
/// than from the test articles, name what they measure.
#[test]
fn measures_of_the_indicator_systems_are_named() {
    let got = attributes_of(
        "青石市今年夏粮总产量达到86.5万吨，水产品产量12.3万吨。全市第三产业增加值412.6亿元。",
    );
    assert_eq!(attr(&got, "86.5万吨"), "summer_grain_output");
    assert_eq!(attr(&got, "12.3万吨"), "aquatic_output");
    assert_eq!(attr(&got, "412.6亿元"), "tertiary_industry_value_added");
    let got =
        attributes_of("青石市原煤产量2.4亿吨。全市水电装机达到180万千瓦，售电量56.2亿千瓦时。");
    assert_eq!(attr(&got, "2.4亿吨"), "coal_output");
    assert_eq!(attr(&got, "180万千瓦"), "hydro_capacity");
    assert_eq!(attr(&got, "56.2亿千瓦时"), "electricity_sales");
    let got =
        attributes_of("青石市全年财政支出318.4亿元，研发经费投入42.6亿元。全市保费收入95.2亿元。");
    assert_eq!(attr(&got, "318.4亿元"), "fiscal_expenditure");
    assert_eq!(attr(&got, "42.6亿元"), "rd_investment");
    assert_eq!(attr(&got, "95.2亿元"), "premium_income");
    let got = attributes_of(
        "青石市现有博物馆9家。全市执业医师8620人，注册护士9400人。全年过夜游客达到856万人次。",
    );
    assert_eq!(attr(&got, "9家"), "museum_count");
    assert_eq!(attr(&got, "8620人"), "doctor_count");
    assert_eq!(attr(&got, "9400人"), "nurse_count");
    assert_eq!(attr(&got, "856万人次"), "overnight_visitor_count");
    let got = attributes_of(
        "青石市高速公路通车里程达到612公里。全市新建保障性租赁住房3200套，房屋施工面积1860万平方米。",
    );
    assert_eq!(attr(&got, "612公里"), "expressway_length");
    assert_eq!(attr(&got, "3200套"), "affordable_rental_housing_units");
    assert_eq!(attr(&got, "1860万平方米"), "construction_area");
    let got = attributes_of(
        "青石市金融业增加值215.3亿元。全市移动电话用户386万户，森林蓄积量1260万立方米。",
    );
    assert_eq!(attr(&got, "215.3亿元"), "financial_value_added");
    assert_eq!(attr(&got, "386万户"), "mobile_user_count");
    assert_eq!(attr(&got, "1260万立方米"), "timber_stock");
    let got =
        attributes_of("青石园区亩均税收32.5万元，主导产品市场占有率达到18.6%。白沙村有党员46名。");
    assert_eq!(attr(&got, "32.5万元"), "tax_per_mu");
    assert_eq!(attr(&got, "18.6%"), "market_share");
    assert_eq!(attr(&got, "46名"), "party_member_count");
    let got = attributes_of("青石市全年出口创汇3.6亿美元，城区拆迁面积42万平方米。");
    assert_eq!(attr(&got, "3.6亿美元"), "export_value");
    assert_eq!(attr(&got, "42万平方米"), "demolition_area");
}

#[test]
fn measures_of_the_sector_reports_are_named() {
    // Round 28, second batch: words of department and sector reports
    // rather than of the statistical bulletin.
    let got = attributes_of(
        "青石县全年投入帮扶资金2.6亿元，全年消费帮扶1.4亿元。全县现有低保对象3120人。",
    );
    assert_eq!(attr(&got, "2.6亿元"), "assistance_funds");
    assert_eq!(attr(&got, "1.4亿元"), "consumption_assistance_purchases");
    assert_eq!(
        attr(&got, "3120人"),
        "subsistence_allowance_recipient_count"
    );
    let got = attributes_of("青石市现有特困人员860人。全市国道达到438公里，新建燃气管网126公里。");
    assert_eq!(attr(&got, "860人"), "extremely_poor_person_count");
    assert_eq!(attr(&got, "438公里"), "national_road_length");
    assert_eq!(attr(&got, "126公里"), "gas_pipe_length");
    let got =
        attributes_of("青石县完成退耕还林3.2万亩，草原综合植被盖度达到56.3%。全县新建淤地坝48座。");
    assert_eq!(attr(&got, "3.2万亩"), "returned_farmland_forest_area");
    assert_eq!(attr(&got, "56.3%"), "grassland_vegetation_coverage");
    assert_eq!(attr(&got, "48座"), "check_dam_count");
    let got = attributes_of(
        "青石市去年办理留抵退税8.6亿元。全市现有纳税人2.1万户，全年发生交通事故312起。",
    );
    assert_eq!(attr(&got, "8.6亿元"), "vat_credit_refund");
    assert_eq!(attr(&got, "2.1万户"), "taxpayer_count");
    assert_eq!(attr(&got, "312起"), "traffic_accident_count");
    let got = attributes_of(
        "青石市现有美术馆7家，全年举办文艺演出460场。全市建成风电场15个，分布式光伏装机38万千瓦。",
    );
    assert_eq!(attr(&got, "7家"), "art_gallery_count");
    assert_eq!(attr(&got, "460场"), "performance_count");
    assert_eq!(attr(&got, "15个"), "wind_farm_count");
    assert_eq!(attr(&got, "38万千瓦"), "solar_capacity");
    let got = attributes_of("青石县去年吸纳就业1260人。全县现有绿色矿山9座，主播2300名。");
    assert_eq!(attr(&got, "1260人"), "jobs_created");
    assert_eq!(attr(&got, "9座"), "green_mine_count");
    assert_eq!(attr(&got, "2300名"), "streamer_count");
    let got = attributes_of(
        "青石县新建村史馆12个、城市书房8家。全县落实草原禁牧面积96万亩，户用光伏装机4.2万千瓦。",
    );
    assert_eq!(attr(&got, "12个"), "village_museum_count");
    assert_eq!(attr(&got, "8家"), "city_reading_room_count");
    assert_eq!(attr(&got, "96万亩"), "grazing_ban_area");
    assert_eq!(attr(&got, "4.2万千瓦"), "solar_capacity");
}

#[test]
fn counts_handed_out_over_a_list_of_nouns_count_them_in_order() {
    // Round 29: 医院 became a counted noun; the last noun of the list must
    // not take the first count too.
    let got = attributes_of("青石县与对口县结对的学校、医院分别达到12所和7家。");
    assert_eq!(attr(&got, "12所"), "school_count");
    assert_eq!(attr(&got, "7家"), "hospital_count");
    // A list whose items are no counted nouns is left to the other rules,
    // and so is one after which a verb says what the items did.
    let got = attributes_of("青石县、白沙县分别新建12所学校和7家医院。");
    assert_eq!(attr(&got, "12所"), "school_count");
    let got = attributes_of("白沙县的三所学校、两家医院分别接待访客1200人次、800人次。");
    assert_eq!(attr(&got, "1200人次"), "visitor_count");
    // Names ending in a counted noun say whose the counts are.
    let got = attributes_of("青石县东关街道、西关街道的市场主体分别为1.2万户、0.8万户。");
    assert_eq!(attr(&got, "1.2万户"), "market_entity_count");
}

#[test]
fn amounts_handed_out_over_a_list_of_measures_measure_them_in_order() {
    // Each tax its own amount, not the last tax's name for all three.
    let got = attributes_of(
        "青石县税务局统计，企业所得税、个人所得税和增值税分别完成3.6亿元、0.9亿元和7.2亿元。",
    );
    assert_eq!(attr(&got, "3.6亿元"), "corporate_income_tax_revenue");
    assert_eq!(attr(&got, "0.9亿元"), "personal_income_tax_revenue");
    assert_eq!(attr(&got, "7.2亿元"), "vat_revenue");
    let got = attributes_of("前三季度，全县出口、进口分别为46.3亿元和21.8亿元。");
    assert_eq!(attr(&got, "46.3亿元"), "export_value");
    assert_eq!(attr(&got, "21.8亿元"), "import_value");
    // Places listed before 分别 name who, and a verb after it says what.
    let got = attributes_of("东区、西区分别完成投资12亿元和9亿元。");
    assert_eq!(attr(&got, "12亿元"), "investment_completed");
    assert_eq!(attr(&got, "9亿元"), "investment_completed");
}

#[test]
fn round_30_words_name_counts_amounts_and_rates() {
    let got = attributes_of(
        "白沙县本届农博会设标准展位860个，各乡镇新建调解室9个。\
         环保部门对违规企业罚款320万元，县水厂供水4200万立方米，隐患整改率达到97%。",
    );
    assert_eq!(attr(&got, "860个"), "booth_count");
    assert_eq!(attr(&got, "9个"), "mediation_room_count");
    assert_eq!(attr(&got, "320万元"), "fines");
    assert_eq!(attr(&got, "4200万立方米"), "water_supply");
    assert_eq!(attr(&got, "97%"), "rectification_rate");
}

#[test]
fn verbs_of_a_rise_or_a_fall_make_a_percentage_a_rate_of_change() {
    let got = attributes_of(
        "青石县三季度出口值年增12.5%，进口值年减3.1%；鲜果比上年增产8%，\
         退休人员养老金上调2.5%，茶叶销售额较去年同期成长15%。",
    );
    assert_eq!(attr(&got, "12.5%"), "growth_rate");
    assert_eq!(attr(&got, "3.1%"), "growth_rate");
    assert_eq!(attr(&got, "8%"), "growth_rate_yoy");
    assert_eq!(attr(&got, "2.5%"), "growth_rate");
    assert_eq!(attr(&got, "15%"), "growth_rate_yoy");
    // A fall is stored negative.
    let found = extract("t.txt", "乙县进口值年减3.1%。", &Known::new()).unwrap();
    let fell = found.found.iter().find(|f| f.text == "3.1%").unwrap();
    assert!(matches!(&fell.value, Value::Quantity(q) if q.value.to_string() == "-3.1"));
    // A share stays a share.
    let got = attributes_of("出口额占全县外贸总额的61%。");
    assert_eq!(attr(&got, "61%"), "share");
}

#[test]
fn a_land_price_per_square_metre_of_floor_is_a_floor_price() {
    let got = attributes_of(
        "青石县一宗宅地以9.2亿元成交，折合楼面地价每平方米8600元；\
         全年住宅用地成交楼面均价每平方米4100元左右。",
    );
    assert_eq!(attr(&got, "8600元"), "floor_price");
    assert_eq!(attr(&got, "4100元左右"), "floor_price");
}

#[test]
fn a_date_a_rule_or_a_price_takes_effect_from() {
    let got = attributes_of(
        "青石县将于明年3月1日起施行新的供暖收费办法。由今年11月起，居民水价下调。\
         2020年起，村里开始发展民宿。县里自9月1日起，生活用水价格提高到每吨3元。",
    );
    assert_eq!(attr(&got, "明年3月1日"), "date_effective");
    // 起 ends its clause: the verb may open the next.
    assert_eq!(attr(&got, "今年11月"), "date_effective");
    // No rule applied or price changed after it: not an effect.
    assert_ne!(attr(&got, "2020年"), "date_effective");
    assert_ne!(attr(&got, "9月1日"), "date_effective");
}

#[test]
fn homes_counted_by_the_tao_that_were_sold_are_sales() {
    let got = attributes_of(
        "上月青石县新建商品住宅网签成交2150套，二手住宅成交980套，\
         全县可售房源约1.6万套，明年将新建保障房600套。",
    );
    assert_eq!(attr(&got, "2150套"), "sales_units");
    assert_eq!(attr(&got, "980套"), "sales_units");
    assert_ne!(attr(&got, "约1.6万套"), "sales_units");
    assert_ne!(attr(&got, "600套"), "sales_units");
}

#[test]
fn taiwan_dollars_are_their_own_unit() {
    let found = extract(
        "t.txt",
        "臺灣去年出口值達新臺幣1200億元，另有訂單3000萬新台幣。",
        &Known::new(),
    )
    .unwrap();
    let units: Vec<(String, Unit)> = found
        .found
        .iter()
        .filter_map(|f| match &f.value {
            Value::Quantity(q) => Some((f.text.clone(), q.unit)),
            _ => None,
        })
        .collect();
    assert_eq!(
        units,
        [
            ("1200億元".to_string(), Unit::Twd),
            ("3000萬新台幣".to_string(), Unit::Twd)
        ]
    );
}

#[test]
fn a_capacity_is_named_by_the_period_its_words_say() {
    let got = attributes_of(
        "青石港年装卸能力由80万吨提高到120万吨，船厂年修船能力约45艘，\
         货场换装能力达到每天20列，粮库仓容15万吨。",
    );
    assert_eq!(attr(&got, "80万吨"), "annual_capacity");
    assert_eq!(attr(&got, "120万吨"), "annual_capacity");
    assert_eq!(attr(&got, "约45艘"), "annual_capacity");
    assert_eq!(attr(&got, "20列"), "production_capacity");
    assert_eq!(attr(&got, "15万吨"), "storage_capacity");
    // A year named (今年) is no capacity's period.
    let got = attributes_of("今年青石港新增装卸能力30万吨。");
    assert_ne!(attr(&got, "30万吨"), "annual_capacity");
    // 日 of a place's name or of a date is no day.
    let got = attributes_of("日照港年装卸能力4亿吨。");
    assert_eq!(attr(&got, "4亿吨"), "annual_capacity");
    let got = attributes_of("10月5日起青石港装卸能力达到12万吨。");
    assert_ne!(attr(&got, "12万吨"), "production_capacity");
}

/// Round 33: a count or a measure its clause says is a day's (日均, 单日)
/// is the daily one; money per day and a name no word gave are left.
#[test]
fn a_days_count_is_named_daily() {
    let got = attributes_of(
        "国庆期间青石大桥累计通过车辆86.2万辆，日均通过车辆10.8万辆，\
         10月3日单日通过车辆最多达到12.6万辆，青石煤矿日均产量3.1万吨。",
    );
    assert_eq!(attr(&got, "86.2万辆"), "vehicle_count");
    assert_eq!(attr(&got, "10.8万辆"), "daily_vehicle_count");
    assert_eq!(attr(&got, "12.6万辆"), "daily_vehicle_count");
    assert_eq!(attr(&got, "3.1万吨"), "daily_output");
    let got = attributes_of("黄金周青石古镇单日最高接待游客5.2万人次。");
    assert_eq!(attr(&got, "5.2万人次"), "peak_daily_visitor_count");
    // Money per day is a wage or an income, not a daily total.
    let got = attributes_of("青石镇务工人员日均收入150元。");
    assert!(!attr(&got, "150元").starts_with("daily_"), "{got:?}");
}

/// Round 33: people under a population's noun are a population; traffic
/// counted as vehicles is a count of vehicles; works and a fleet's catch
/// by their nouns.
#[test]
fn populations_traffic_boats_works_and_catch_by_their_nouns() {
    let got =
        attributes_of("青石县年末常住人口52.1万人，其中农业人口30.4万人，60岁以上人口为9.8万人。");
    assert_eq!(attr(&got, "30.4万人"), "population");
    assert_eq!(attr(&got, "9.8万人"), "population");
    let got = attributes_of("国庆假期青石收费站车流量达到41.3万辆次，货车通行量2.2万辆次。");
    assert_eq!(attr(&got, "41.3万辆次"), "vehicle_count");
    assert_eq!(attr(&got, "2.2万辆次"), "vehicle_count");
    let got = attributes_of("青石港今年完成水毁修复工程三十二处，全年渔获约6.5万吨。");
    assert_eq!(attr(&got, "三十二处"), "project_count");
    assert_eq!(attr(&got, "约6.5万吨"), "catch");
    // An engineer is no work, a course named after one no project.
    let got = attributes_of(
        "青石公司今年招聘工程师120名，学院新增土木工程等3个本科专业，聘请专业人士42名。",
    );
    assert_eq!(attr(&got, "120名"), "engineer_count");
    // New majors (新增) are counted as new since round 40, as three sets'
    // gold names them.
    assert_eq!(attr(&got, "3个"), "new_major_count");
    assert_ne!(attr(&got, "42名"), "major_count");
}

/// Round 33: a budget's 开支 is expenditure, its total total_expenditure;
/// a deficit and an allocation by their nouns (traditional text).
#[test]
fn a_budgets_spending_deficit_and_allocation_by_their_nouns() {
    let got = attributes_of(
        "澳門特區政府新財政年度總開支為1020億澳門元，其中經常開支820億澳門元，\
         預計赤字約35億澳門元，衞生局獲撥款120億澳門元。",
    );
    assert_eq!(attr(&got, "1020億澳門元"), "total_expenditure");
    assert_eq!(attr(&got, "820億澳門元"), "expenditure");
    assert_eq!(attr(&got, "約35億澳門元"), "deficit");
    assert_eq!(attr(&got, "120億澳門元"), "funding");
}

/// Round 33: a rate lowered (下调) or spending cut (削减) is a fall, stored
/// negative like 下降, in points or as a rate of change; 上调 stays a rise.
#[test]
fn a_rate_lowered_or_spending_cut_is_stored_negative() {
    let found = extract(
        "t.txt",
        "青石县农商行今年将创业贷款利率下调0.8个百分点，县直各部门公用经费削减5%，\
         环卫工人工资上调6%。",
        &Known::new(),
    )
    .unwrap();
    let value = |t: &str| {
        let f = found.found.iter().find(|f| f.text == t).unwrap();
        match &f.value {
            Value::Quantity(q) => (q.value.to_string(), f.attribute.clone()),
            other => panic!("{other:?}"),
        }
    };
    assert_eq!(value("0.8个百分点"), ("-0.8".into(), "rate_change".into()));
    assert_eq!(value("5%"), ("-5".into(), "growth_rate".into()));
    assert_eq!(value("6%"), ("6".into(), "growth_rate".into()));
}

/// Round 45: 降 said alone right after its base (按月降, 同比降) is a fall;
/// 降雨 and 降水 are no change at all.
#[test]
fn a_fall_said_as_jiang_after_its_base_is_stored_negative() {
    let found = extract(
        "t.txt",
        "青石縣11月失業率為3.12%，按月降0.04個百分點，按年降0.3個百分點；\
         青石县工业用电量同比降2.6%，全月降雨量达到86毫米。",
        &Known::new(),
    )
    .unwrap();
    let value = |t: &str| {
        let f = found.found.iter().find(|f| f.text == t).unwrap();
        match &f.value {
            Value::Quantity(q) => q.value.to_string(),
            other => panic!("{other:?}"),
        }
    };
    assert_eq!(value("0.04個百分點"), "-0.04");
    assert_eq!(value("0.3個百分點"), "-0.3");
    assert_eq!(value("2.6%"), "-2.6");
    assert!(!value("86毫米").starts_with('-'));
}

/// Round 33: people sent out (出动, 投入) counted each time are personnel
/// deployed; visits served stay visits.
#[test]
fn people_sent_out_each_time_are_personnel_deployed() {
    let got = attributes_of(
        "汛期青石县累计出动巡堤人员3.6万人次，投入抢修力量8200人次，\
         县医院全年接诊门诊患者42万人次。",
    );
    assert_eq!(attr(&got, "3.6万人次"), "personnel_deployed");
    assert_eq!(attr(&got, "8200人次"), "personnel_deployed");
    assert_ne!(attr(&got, "42万人次"), "personnel_deployed");
    let got = attributes_of("新航站楼投入使用后可满足年旅客吞吐量3000万人次。");
    assert_ne!(attr(&got, "3000万人次"), "personnel_deployed");
}

/// A survey's counts (round 34): kinds of living things by 种 are species,
/// whatever noun names them; wild animals by 只 or 头, by their measure or
/// as the survey found them, a population; livestock keep their noun.
#[test]
fn a_surveys_species_and_populations_are_counted_as_such() {
    let got = attributes_of(
        "保护区本次调查共发现鸟类186种，其中国家一级保护动物9种、二级33种。\
         区内野生黑颈鹤种群数量增至约1200只，调查人员还在湿地记录到白枕鹤46只。",
    );
    assert_eq!(attr(&got, "186种"), "species_count");
    assert_eq!(attr(&got, "9种"), "species_count");
    assert_eq!(attr(&got, "33种"), "species_count");
    assert_eq!(attr(&got, "约1200只"), "population");
    assert_eq!(attr(&got, "46只"), "population");
    // Livestock the lexicon names stay what they are; kinds of goods by 种
    // are no species.
    let got = attributes_of("全县生猪存栏数量达到12万头，超市上架商品300种。");
    assert_ne!(attr(&got, "12万头"), "population");
    assert_ne!(attr(&got, "300种"), "species_count");
    // Cameras laid out and young found by a survey, by the noun before.
    let got = attributes_of("林区布设红外相机860台，拍到幼崽5只。");
    assert_eq!(attr(&got, "860台"), "camera_count");
    assert_eq!(attr(&got, "5只"), "cub_count");
}

/// People a transport carries, counted by the ride (人次), are its
/// passengers (round 34), a day's too; a scenic spot's are visits.
#[test]
fn rides_of_a_transport_are_passengers() {
    let got = attributes_of(
        "春运期间青石轨道交通共运送乘客860万人次，日均21.5万人次；\
         5号线、7号线分别为120.6万人次和98.2万人次。",
    );
    assert_eq!(attr(&got, "860万人次"), "passenger_count");
    assert_eq!(attr(&got, "21.5万人次"), "daily_passenger_count");
    assert_eq!(attr(&got, "120.6万人次"), "passenger_count");
    assert_eq!(attr(&got, "98.2万人次"), "passenger_count");
    let got = attributes_of("春节期间青石古镇接待游客36万人次。");
    assert_ne!(attr(&got, "36万人次"), "passenger_count");
}

/// An irrigation district's water plan (round 35): water allocated,
/// let into a lake, drawn and allowed, and the land a season's irrigation
/// covers, by the lexicon's words.
#[test]
fn an_irrigation_plans_water_and_land_are_named() {
    let got = attributes_of(
        "青石灌区今年春灌计划配水2.3亿立方米，春灌面积85万亩，向湿地补水0.3亿立方米。\
         全市年度用水指标为12亿立方米，截至6月底已引水5.1亿立方米。",
    );
    assert_eq!(attr(&got, "2.3亿立方米"), "water_allocation");
    assert_eq!(attr(&got, "85万亩"), "irrigated_area");
    assert_eq!(attr(&got, "0.3亿立方米"), "water_replenishment");
    assert_eq!(attr(&got, "12亿立方米"), "water_quota");
    assert_eq!(attr(&got, "5.1亿立方米"), "water_diverted");
}

/// A steel maker's bulletin (round 35): products named bare in a list,
/// steel sold, the capacity used, the ratio of sales to output, and a
/// plan's share done (计划的 before the rate or the list of rates).
#[test]
fn a_steel_makers_bulletin_names_its_products() {
    let got = attributes_of(
        "10月，青石钢铁生产生铁52.1万吨、粗钢60.3万吨、钢材58.7万吨，\
         销售钢材57.9万吨，产销率98.6%，粗钢产能利用率为88.2%。\
         1至10月，公司分别完成年度计划的81.2%、83.5%和82.9%。",
    );
    assert_eq!(attr(&got, "52.1万吨"), "pig_iron_output");
    assert_eq!(attr(&got, "60.3万吨"), "crude_steel_output");
    assert_eq!(attr(&got, "58.7万吨"), "steel_products_output");
    assert_eq!(attr(&got, "57.9万吨"), "sales_volume");
    assert_eq!(attr(&got, "98.6%"), "production_sales_ratio");
    assert_eq!(attr(&got, "88.2%"), "capacity_utilization_rate");
    assert_eq!(attr(&got, "81.2%"), "plan_completion_rate");
    assert_eq!(attr(&got, "83.5%"), "plan_completion_rate");
    assert_eq!(attr(&got, "82.9%"), "plan_completion_rate");
    // A goal's share done is no plan's.
    let got = attributes_of("全县新增就业1.2万人，完成全年目标任务的102%。");
    assert_eq!(attr(&got, "102%"), "completion_rate");
}

/// A price's fall against the month before (环比下跌42元) is its change,
/// as a fall against last year is (round 35); a price at the works' gate
/// per tonne is a price; a mean selling price (平均售价) is average_price,
/// as 均价 is (round 49).
#[test]
fn a_price_that_fell_by_an_amount_is_its_decrease() {
    let got =
        attributes_of("当月钢材平均售价为每吨3650元，环比下跌42元；铁矿石到厂价为每吨812元。");
    assert_eq!(attr(&got, "3650元"), "average_price");
    assert_eq!(attr(&got, "42元"), "price_decrease");
    assert_eq!(attr(&got, "812元"), "price");
    let got = attributes_of("鸡蛋每斤4.2元，比去年上涨0.3元。");
    assert_eq!(attr(&got, "0.3元"), "price_increase");
    // 比上年多出: a rise too, of what the value before counts.
    let got = attributes_of("医院全年完成日间手术3200台，比上年多出约600台。");
    assert_eq!(attr(&got, "约600台"), "surgery_count_increase");
}

/// A housing provident fund's report (round 35): employers paying in and
/// new ones, its housing loans' balance and the share overdue, the income
/// its funds earn and the interest saved.
#[test]
fn a_provident_funds_report_is_named_as_such() {
    let got = attributes_of(
        "去年青石市住房公积金实缴单位5621家，新开户单位712家；年末个人住房贷款余额126.4亿元，\
         个人住房贷款逾期率为0.05‰。全年增值收益2.13亿元，为职工节约利息支出约1.2亿元。",
    );
    assert_eq!(attr(&got, "5621家"), "employer_count");
    assert_eq!(attr(&got, "712家"), "new_employer_count");
    assert_eq!(attr(&got, "126.4亿元"), "loan_balance");
    assert_eq!(attr(&got, "0.05‰"), "delinquency_rate");
    assert_eq!(attr(&got, "2.13亿元"), "value_added_income");
    assert_eq!(attr(&got, "约1.2亿元"), "interest_saved");
}

/// The day a report or data came out (发布, 披露, 公布 after it; round 35),
/// planned when a plan word says so; a press conference's day is no
/// publication's, nor is a year's work.
#[test]
fn the_day_a_report_came_out_is_its_publication() {
    let got = attributes_of("本报讯 5月12日，青石县统计局发布一季度经济数据。");
    assert_eq!(attr(&got, "5月12日"), "date_published");
    let got = attributes_of("12月4日晚，青石电气股份有限公司披露11月经营快报。");
    assert_eq!(attr(&got, "12月4日"), "date_published");
    let got = attributes_of("青石电气股份有限公司年报预计于4月28日披露。");
    assert_eq!(attr(&got, "4月28日"), "date_publication_planned");
    let got = attributes_of("6月3日，青石县召开新闻发布会，介绍夏粮收购情况。");
    assert_ne!(attr(&got, "6月3日"), "date_published");
}

/// A hospital's year (round 35): clinic visits (门急诊, 接诊 by 人次), how
/// full its beds are, consultations online or remote, prescriptions and
/// key specialties by their nouns.
#[test]
fn a_hospitals_year_is_named_by_its_words() {
    let got = attributes_of(
        "青石县人民医院全年门急诊86.2万人次，床位使用率为91.3%；线上问诊3.1万人次，\
         开具电子处方2.4万张，远程会诊1.2万例。医院新增省级重点专科2个。城东院区全年接诊21.5万人次。",
    );
    assert_eq!(attr(&got, "86.2万人次"), "outpatient_visits");
    assert_eq!(attr(&got, "91.3%"), "bed_occupancy_rate");
    assert_eq!(attr(&got, "3.1万人次"), "consultation_count");
    assert_eq!(attr(&got, "2.4万张"), "prescription_count");
    assert_eq!(attr(&got, "1.2万例"), "consultation_count");
    assert_eq!(attr(&got, "2个"), "key_specialty_count");
    assert_eq!(attr(&got, "21.5万人次"), "outpatient_visits");
    let got = attributes_of("全院次均门诊费用268元，住院患者次均费用1.42万元。");
    assert_eq!(attr(&got, "268元"), "average_outpatient_cost");
    assert_eq!(attr(&got, "1.42万元"), "average_inpatient_cost");
}

/// Containers counted by the 标箱 are a port's or a wharf's container
/// throughput, whatever noun stands near (round 35); cranes by their noun.
#[test]
fn containers_by_the_teu_are_container_throughput() {
    let got = attributes_of(
        "7月份青石港集装箱吞吐量为35.6万标箱。青石国际集装箱码头前10个月完成120.3万标箱，新增岸桥4台。",
    );
    assert_eq!(attr(&got, "35.6万标箱"), "container_throughput");
    assert_eq!(attr(&got, "120.3万标箱"), "container_throughput");
    assert_eq!(attr(&got, "4台"), "quay_crane_count");
}

/// Chargers by kind, their total power and the energy charged (round 35).
#[test]
fn chargers_by_kind_and_what_they_charge() {
    let got = attributes_of(
        "全市公共充电桩总功率达到86万千瓦，其中直流快充桩1.2万个，超充桩320个；\
         建成超充站25座，全年累计充电量2.1亿千瓦时。",
    );
    assert_eq!(attr(&got, "86万千瓦"), "total_power");
    assert_eq!(attr(&got, "1.2万个"), "fast_charging_pile_count");
    assert_eq!(attr(&got, "320个"), "supercharging_pile_count");
    assert_eq!(attr(&got, "25座"), "supercharging_station_count");
    assert_eq!(attr(&got, "2.1亿千瓦时"), "charging_volume");
}

/// An aid scheme's approvals (批出, 获批 N宗), the people it reached
/// (受惠), terminals by their noun, a show's performers and views of
/// streams (round 35).
#[test]
fn an_aid_schemes_approvals_and_an_events_audience() {
    let got = attributes_of(
        "今年共收到申请860宗，批出702宗，其中零售业获批215宗，受惠青年共95人；\
         带动商户新增受理终端300余台。",
    );
    assert_eq!(attr(&got, "702宗"), "approved_count");
    assert_eq!(attr(&got, "215宗"), "approved_count");
    assert_eq!(attr(&got, "95人"), "beneficiary_count");
    assert_eq!(attr(&got, "300余台"), "terminal_count");
    let got =
        attributes_of("巡游参演群众达1500人，直播观看人次达1.2亿人次，相关话题播放量突破3亿次。");
    assert_eq!(attr(&got, "1500人"), "participant_count");
    assert_eq!(attr(&got, "1.2亿人次"), "view_count");
    assert_eq!(attr(&got, "突破3亿次"), "view_count");
}

/// Things of a kind [new_counts] names that a verb of new things says are
/// new are counted as new (round 35); built ones (建成) are not said new.
#[test]
fn beds_and_chargers_said_new_are_counted_as_new() {
    let got = attributes_of("青石县人民医院新院区今年新增床位600张，全县新增公共充电桩3200个。");
    assert_eq!(attr(&got, "600张"), "new_bed_count");
    assert_eq!(attr(&got, "3200个"), "new_charging_pile_count");
    let got = attributes_of("全县现有养老床位4200张，建成充电桩1800个。");
    assert_eq!(attr(&got, "4200张"), "bed_count");
    assert_eq!(attr(&got, "1800个"), "charging_pile_count");
}

/// A cooperative's members and hired hands, a farm's machines and
/// breeding stock, canal gates, water per mu, the cost of feed, people
/// taking part, batteries swapped and interest saved (round 35).
#[test]
fn a_farms_members_machines_and_stock_are_named() {
    let got = attributes_of(
        "合作社现有社员86户，忙时雇临时工15个，购置打捆机3台，存栏能繁母羊900只、种公羊30只，\
         每只羊的草料钱约480元。",
    );
    assert_eq!(attr(&got, "86户"), "member_household_count");
    assert_eq!(attr(&got, "15个"), "temporary_worker_count");
    assert_eq!(attr(&got, "3台"), "baler_count");
    assert_eq!(attr(&got, "900只"), "breeding_ewe_count");
    assert_eq!(attr(&got, "30只"), "breeding_ram_count");
    assert_eq!(attr(&got, "约480元"), "feed_cost");
    let got = attributes_of(
        "灌区新装测控闸门120座，亩均用水量控制在300立方米左右；\
         活动期间参与群众超过20万人次，换电站换电量累计超过50万次，为职工节约利息支出1.3亿元。",
    );
    assert_eq!(attr(&got, "120座"), "gate_count");
    assert_eq!(attr(&got, "300立方米左右"), "water_use_per_mu");
    assert_eq!(attr(&got, "超过20万人次"), "participant_count");
    assert_eq!(attr(&got, "超过50万次"), "battery_swap_count");
    assert_eq!(attr(&got, "1.3亿元"), "interest_saved");
}

/// Dated events of a season's irrigation, a plant's repair and a planned
/// festival (round 35): planned when a plan word says so, in the clause or
/// the one before that plans a dated event.
#[test]
fn planned_openings_ends_repairs_and_events_are_named() {
    let got = attributes_of("今年春灌将于4月10日开闸，5月20日前后结束。");
    assert_eq!(attr(&got, "4月10日"), "date_opening_planned");
    assert_eq!(attr(&got, "5月20日"), "date_end_planned");
    let got = attributes_of("公司计划于12月下旬对1号高炉进行检修。");
    assert_eq!(attr(&got, "12月下旬"), "date_maintenance_planned");
    let got = attributes_of("青石县计划明年5月举办第二届茶文化节。");
    assert_eq!(attr(&got, "明年5月"), "date_held_planned");
    // Done, not planned: 3月5日举办 keeps date_held; work over is done.
    let got = attributes_of("青石县3月5日举办了首届茶文化节。");
    assert_eq!(attr(&got, "3月5日"), "date_held");
    let got = attributes_of("8月20日，随着最后一批新生录取结束，学校招生工作顺利完成。");
    assert_eq!(attr(&got, "8月20日"), "date_completed");
}

/// E-commerce warehouses by their nouns, and a provident fund's goal of
/// new members paying in (round 35).
#[test]
fn warehouses_and_new_depositors_are_named() {
    let got = attributes_of("全县新建云仓、前置仓9个。");
    assert_eq!(attr(&got, "9个"), "warehouse_count");
    let got = attributes_of("今年，该中心力争新增缴存职工2万人以上。");
    assert_eq!(attr(&got, "2万人以上"), "new_depositor_count_target");
}

/// A cooperative's members counted by the household are member
/// households (round 35), as the insured are.
#[test]
fn members_by_the_household_are_member_households() {
    let got = attributes_of("青石县丰收农民专业合作社现有社员136户，带动社员68户增收。");
    assert_eq!(attr(&got, "136户"), "member_household_count");
    assert_eq!(attr(&got, "68户"), "member_household_count");
    let got = attributes_of("合作社现有社员210人。");
    assert_eq!(attr(&got, "210人"), "member_count");
}

/// A disaster's losses and damage, relief sent, and other words of
/// reports (round 35): 损失, 农损, 被害面积, 无收获面积, 损害程度, 饲草料,
/// 取暖用煤, 救灾口粮, 减税, 承保, 补偿金额, 年息, 预赔, 公益金, 销量 in money,
/// 销售网点, 实体店, 出货量 in area, 价钱, 死亡率.
#[test]
fn a_disasters_losses_and_relief_are_named() {
    let got = attributes_of(
        "台风造成全县农损约2.3亿元，其中渔业损失6800万元；农作物被害面积4200公顷，         损害程度25%，无收获面积900公顷。全县调运饲草料1.6万吨，发放取暖用煤800吨、救灾口粮60吨。",
    );
    assert_eq!(attr(&got, "约2.3亿元"), "agricultural_loss");
    assert_eq!(attr(&got, "6800万元"), "loss");
    assert_eq!(attr(&got, "4200公顷"), "damaged_area");
    assert_eq!(attr(&got, "25%"), "damage_rate");
    assert_eq!(attr(&got, "900公顷"), "no_harvest_area");
    assert_eq!(attr(&got, "1.6万吨"), "forage");
    assert_eq!(attr(&got, "800吨"), "heating_coal");
    assert_eq!(attr(&got, "60吨"), "relief_grain");
    let got = attributes_of(
        "该政策全年减税12.4亿元。保险公司共承保果园3.2万亩，已预赔20万元，低利贷款年息1.2%。         园区向农户支付补偿金额86万元。",
    );
    assert_eq!(attr(&got, "12.4亿元"), "tax_cut");
    assert_eq!(attr(&got, "3.2万亩"), "insured_area");
    assert_eq!(attr(&got, "20万元"), "advance_payment");
    assert_eq!(attr(&got, "1.2%"), "interest_rate");
    assert_eq!(attr(&got, "86万元"), "compensation");
    let got = attributes_of(
        "全省体彩销量126.5亿元，筹集公益金32.1亿元；全省现有销售网点5200个、体彩实体店4100个。",
    );
    assert_eq!(attr(&got, "126.5亿元"), "sales");
    assert_eq!(attr(&got, "32.1亿元"), "public_welfare_fund");
    assert_eq!(attr(&got, "5200个"), "outlet_count");
    assert_eq!(attr(&got, "4100个"), "store_count");
    let got = attributes_of(
        "公司胶膜出货量达到3.2亿平方米。今年干货价钱稳在二十块左右，力争牲畜死亡率控制在2%以内。",
    );
    assert_eq!(attr(&got, "3.2亿平方米"), "shipments");
    assert_eq!(attr(&got, "二十块左右"), "price");
    assert_eq!(attr(&got, "2%以内"), "mortality_rate_target");
}

/// What a date of next year says happens is planned (round 35), with or
/// without a plan word; money given back and questions answered by their
/// words.
#[test]
fn next_years_events_are_planned() {
    let got = attributes_of("青石县食品加工厂明年五月动工，明年底前建成。");
    assert_eq!(attr(&got, "明年五月"), "date_construction_planned");
    let got = attributes_of("青石县去年五月动工建设食品加工厂。");
    assert_ne!(attr(&got, "去年五月"), "date_construction_planned");
    let got = attributes_of("换乘优惠累计为乘客让利约52万元，解答乘客问询6万余次。");
    assert_eq!(attr(&got, "约52万元"), "discount");
    assert_eq!(attr(&got, "6万余次"), "inquiry_count");
}

#[test]
fn a_later_item_after_a_bound_is_not_the_first_items_goods() {
    // Round 35: 钢材 names steel; 约 after it opens the first item's amount,
    // so cement, the second item, is not counted as steel.
    let got = attributes_of("项目建设预计需用钢材约18万吨、水泥约62万吨。");
    assert_eq!(attr(&got, "约18万吨"), "steel_demand");
    assert_ne!(attr(&got, "约62万吨"), "steel_demand");
    assert_ne!(attr(&got, "约62万吨"), "steel_products_output");
    // A verb before the list's first noun still governs every item.
    let got = attributes_of("公司累计生产生铁358.7万吨、粗钢412.3万吨、钢材405.8万吨。");
    assert_eq!(attr(&got, "405.8万吨"), "steel_products_output");
    let got = attributes_of("新区年产电解液20万吨、隔膜8亿平方米。");
    assert_eq!(attr(&got, "8亿平方米"), "annual_capacity");
}

#[test]
fn a_payment_rule_and_a_registration_rate_say_their_measure() {
    // Round 36: what a scheme pays (支付比例, 支付限额), what a school's
    // freshmen did (报到率) and a purchase price per kilogram are named so.
    let got = attributes_of(
        "入住护理机构的，每人每天支付限额60元，基金支付比例为75%。\
         青石学院今年新生报到率97.2%。粮食部门今年收购每公斤2.6元。",
    );
    assert_eq!(attr(&got, "60元"), "max_payment");
    assert_eq!(attr(&got, "75%"), "reimbursement_rate");
    assert_eq!(attr(&got, "97.2%"), "registration_rate");
    assert_eq!(attr(&got, "2.6元"), "purchase_price");
}

#[test]
fn a_time_shortened_by_a_share_is_a_fall() {
    // Round 36: 缩短 lowers what it shortens, as 减少 does.
    let got = extract(
        "t.txt",
        "新技术推广后，水稻育秧周期能缩短四分之一。",
        &Known::new(),
    )
    .unwrap()
    .found;
    let v = got.iter().find(|f| f.text == "四分之一").expect("found");
    assert!(v.value.to_string().starts_with('-'), "{v:?}");
    assert_eq!(v.attribute, "growth_rate");
}

#[test]
fn a_noun_right_before_the_next_number_labels_that_one() {
    // A table's row, its cells apart by ideographic spaces: each count is
    // of the noun before it, not of the next cell's.
    let got = attributes_of("奖牌榜如下：\n青石市代表团　金牌41枚　银牌37枚　铜牌29枚\n");
    assert_eq!(attr(&got, "41枚"), "gold_medal_count");
    assert_eq!(attr(&got, "37枚"), "silver_medal_count");
    assert_eq!(attr(&got, "29枚"), "bronze_medal_count");
    // A count with no noun of its own before it still counts the noun
    // after it.
    let got = attributes_of("全县新建36个场馆，其中改造场馆19个。");
    assert_eq!(attr(&got, "36个"), "venue_count");
    assert_eq!(attr(&got, "19个"), "venue_count");
}

#[test]
fn a_survey_counts_revenue_and_profit_per_household() {
    let got = attributes_of("受访个体工商户户均营业收入46.8万元，户均实现利润约9.2万元。");
    assert_eq!(attr(&got, "46.8万元"), "revenue_per_household");
    assert_eq!(attr(&got, "约9.2万元"), "profit_per_household");
    let got = attributes_of("青石县新增宽带用户2360户，新设市场主体1.2万户。");
    assert_eq!(attr(&got, "2360户"), "new_broadband_user_count");
    assert_eq!(attr(&got, "1.2万户"), "new_market_entity_count");
}

#[test]
fn people_listed_after_the_households_a_verb_counts_are_its_too() {
    let got = attributes_of("工程惠及居民1.2万余户、约3.6万人。");
    assert_eq!(attr(&got, "约3.6万人"), "beneficiary_count");
    let got = attributes_of("库区共搬迁安置群众1320户、4870人。");
    assert_eq!(attr(&got, "4870人"), "people_relocated");
}

#[test]
fn a_games_events_are_counted_apart_from_big_projects() {
    let got = attributes_of("运动会设34个大项、1216个小项，同期签约12个重大项目和5个大项目。");
    assert_eq!(attr(&got, "34个"), "event_category_count");
    assert_eq!(attr(&got, "1216个"), "event_count");
    assert_eq!(attr(&got, "12个"), "project_count");
    assert_eq!(attr(&got, "5个"), "project_count");
}

#[test]
fn goods_value_in_a_sentence_of_exports_and_an_amount_converted() {
    let got = attributes_of(
        "经青石海关监管出口的二手车达4200辆，货值2.6亿美元（折合人民币约18.5亿元）。",
    );
    assert_eq!(attr(&got, "2.6亿美元"), "export_value");
    assert_eq!(attr(&got, "约18.5亿元"), "export_value");
    let got = attributes_of("青石港进口冻品12万吨，货值约30亿元。");
    assert_eq!(attr(&got, "约30亿元"), "import_value");
    // Trade both ways keeps the goods' value.
    let got = attributes_of("口岸进出口货物12万吨，货值约30亿元。");
    assert_eq!(attr(&got, "约30亿元"), "goods_value");
}

#[test]
fn land_sown_is_sown_area_and_land_planted_planted_area() {
    let got = attributes_of("全县冬小麦播种基本结束，播种面积86.4万亩，比上年增加0.8万亩。");
    assert_eq!(attr(&got, "86.4万亩"), "sown_area");
    assert_eq!(attr(&got, "0.8万亩"), "sown_area_increase");
    let got = attributes_of("全县粮食播种面积稳定在120万亩以上，户均经营规模约180亩。");
    assert_eq!(attr(&got, "120万亩以上"), "sown_area");
    assert_eq!(attr(&got, "约180亩"), "area_per_household");
    let got = attributes_of("青石县今年油菜种植面积6.2万亩，大豆播种面积3.1万亩。");
    assert_eq!(attr(&got, "6.2万亩"), "planted_area");
    assert_eq!(attr(&got, "3.1万亩"), "sown_area");
}

#[test]
fn protected_sites_and_buildings_restored_are_counted() {
    let got = attributes_of("全区现有各级文物保护单位86处，其中国保单位3处、省保单位11处。");
    assert_eq!(attr(&got, "86处"), "protected_site_count");
    assert_eq!(attr(&got, "3处"), "protected_site_count");
    assert_eq!(attr(&got, "11处"), "protected_site_count");
    let got = attributes_of("修缮范围包括正殿和戏台等7座建筑，另有建筑企业12家参与。");
    assert_eq!(attr(&got, "7座"), "building_count");
    assert_eq!(attr(&got, "12家"), "enterprise_count");
}

#[test]
fn money_or_weight_said_of_one_mu_is_per_mu() {
    let got = attributes_of("老周说，一亩地能挣六百来块钱，一亩田能多收两千来块钱。");
    assert_eq!(attr(&got, "六百来块钱"), "net_income_per_mu");
    assert_eq!(attr(&got, "两千来块钱"), "income_increase_per_mu");
    let got = attributes_of("一亩地一季下来能摘九百来斤，今年一亩地多打了两百来斤。");
    assert_eq!(attr(&got, "九百来斤"), "yield_per_mu");
    assert_eq!(attr(&got, "两百来斤"), "yield_increase_per_mu");
    // Eleven mu, or a mu and more, is land, not a rate.
    let got = attributes_of("他家十一亩地卖了三万元。");
    assert_ne!(attr(&got, "三万元"), "income_per_mu");
}

#[test]
fn a_courts_a_deals_and_a_budgets_money_is_named() {
    // Round 38: a sentence's fine, a fraud's take, money got back.
    let got = attributes_of("被告人王某被判处有期徒刑五年，并处罚金20万元。");
    assert_eq!(attr(&got, "20万元"), "fine");
    let got =
        attributes_of("该团伙骗取钱款共计96万元，警方已追回61万元，其中张某非法获利约30万元。");
    assert_eq!(attr(&got, "96万元"), "fraud_amount");
    assert_eq!(attr(&got, "61万元"), "amount_recovered");
    assert_eq!(attr(&got, "约30万元"), "illegal_gain");
    // A company's loss, a household's bill, a worker's pay said plainly.
    let got =
        attributes_of("青石电力上半年亏损约12亿元，居民每月电费平均增加40元，工钱一天两百块。");
    assert_eq!(attr(&got, "约12亿元"), "loss");
    // Round 52: 增加 right before it makes the 40元 the bill's rise.
    assert_eq!(attr(&got, "40元"), "electricity_bill_increase");
    assert_eq!(attr(&got, "两百块"), "wage");
    // A budget's total and the debt a province passes on.
    let got = attributes_of("加上债务转贷收入8.1亿元，全县收入总计96.3亿元。");
    assert_eq!(attr(&got, "8.1亿元"), "debt_transfer_revenue");
    assert_eq!(attr(&got, "96.3亿元"), "total_revenue");
    // An appraisal and its rise over book value; the price a deal agreed.
    let got = attributes_of(
        "标的公司全部权益评估的价值为8,600万元，增值2,100万元，增值率32.3%，交易价格为4,386万元。",
    );
    assert_eq!(attr(&got, "8,600万元"), "appraised_value");
    assert_eq!(attr(&got, "2,100万元"), "appraisal_increase");
    assert_eq!(attr(&got, "32.3%"), "appraisal_increase_rate");
    assert_eq!(attr(&got, "4,386万元"), "transaction_price");
}

#[test]
fn a_fisherys_a_bridges_and_a_sugar_mills_measures_are_named() {
    // Round 38: fish landed, a span, a tower, steel and land taken.
    // Round 52: fish landed is catch, as the gold of two sets accepts.
    let got = attributes_of("青石湖今冬已出鱼约46万斤，计划捕捞120万斤。");
    assert_eq!(attr(&got, "约46万斤"), "catch");
    assert_eq!(attr(&got, "120万斤"), "catch");
    let got = attributes_of("大桥主跨760米，索塔高度约198米，用钢量约2.1万吨，征收土地约900亩。");
    assert_eq!(attr(&got, "760米"), "main_span");
    assert_eq!(attr(&got, "约198米"), "height");
    assert_eq!(attr(&got, "约2.1万吨"), "steel_used");
    assert_eq!(attr(&got, "约900亩"), "land_acquired");
    let got = attributes_of("本榨季入榨甘蔗约120万吨，产糖14万吨，小店全年流水八十万。");
    assert_eq!(attr(&got, "约120万吨"), "crushing_volume");
    assert_eq!(attr(&got, "14万吨"), "sugar_output");
    assert_eq!(attr(&got, "八十万"), "turnover");
}

#[test]
fn lakes_zones_hands_and_defendants_are_counted() {
    // Round 38: what a fishery, a bridge, a court and a prosecutor count.
    let got = attributes_of("青石湖由9个湖泊组成，设4个作业区，渔工120余人。");
    assert_eq!(attr(&got, "9个"), "lake_count");
    assert_eq!(attr(&got, "4个"), "zone_count");
    assert_eq!(attr(&got, "120余人"), "worker_count");
    let got = attributes_of(
        "主梁共吊装56个节段，检察院制发检察建议3份，查处违规行为12起，其余4名被告人另案处理。",
    );
    assert_eq!(attr(&got, "56个"), "segment_count");
    assert_eq!(attr(&got, "3份"), "suggestion_count");
    assert_eq!(attr(&got, "12起"), "violation_count");
    assert_eq!(attr(&got, "4名"), "defendant_count");
    let got = attributes_of("体育馆今年承办演唱会14场。");
    assert_eq!(attr(&got, "14场"), "concert_count");
}

#[test]
fn a_span_joined_and_a_season_begun_date_their_events() {
    // Round 38: 合龙, 开榨, 开网, 开始, done or planned.
    let got = attributes_of("10月9日，青石大桥主桥合龙。");
    assert_eq!(attr(&got, "10月9日"), "date_completed");
    let got = attributes_of("11月20日，青石县糖厂开榨。");
    assert_eq!(attr(&got, "11月20日"), "date_started");
    let got = attributes_of("青石湖冬捕12月28日开网。");
    assert_eq!(attr(&got, "12月28日"), "date_started");
    let got = attributes_of("桥面铺装计划于明年4月开始。");
    assert_eq!(attr(&got, "明年4月"), "date_start_planned");
}

#[test]
fn a_restated_amount_and_a_yields_change_keep_what_they_measure() {
    // Round 38: an amount in brackets says the one before it again.
    let got = attributes_of("青石县粮食总产量18.6亿斤（93万吨），比上年增加1.2亿斤。");
    assert_eq!(attr(&got, "18.6亿斤"), "grain_output");
    assert_eq!(attr(&got, "93万吨"), "grain_output");
    assert_eq!(attr(&got, "1.2亿斤"), "grain_output_increase");
    // A yield said in full is a yield per mu; its change a yield's.
    let got = attributes_of("青石县粮食单位面积产量455.2公斤，比上年增加6.1公斤。");
    assert_eq!(attr(&got, "455.2公斤"), "yield_per_mu");
    assert_eq!(attr(&got, "6.1公斤"), "yield_increase");
    // 为 ending a noun is no link between a noun and its count.
    let got = attributes_of("青石县今年查处违规行为23起。");
    assert_eq!(attr(&got, "23起"), "violation_count");
    // A rise said by 涨幅 or 调涨.
    let got = attributes_of("青石县公交票价平均涨幅8.3%，地铁票价调涨5%。");
    assert_eq!(attr(&got, "8.3%"), "growth_rate");
    assert_eq!(attr(&got, "5%"), "growth_rate");
}

#[test]
fn fry_stocked_and_a_rate_above_an_earlier_time_are_named() {
    // Round 38: fry stocked are fry released.
    let got = attributes_of("青石湖去年投放鱼苗约800万尾。");
    assert_eq!(attr(&got, "约800万尾"), "fry_released");
    // Points above an earlier time are a change; above another place, a gap.
    let got = attributes_of("青石县节日期间酒店入住率比平时高出25个百分点。");
    assert_eq!(attr(&got, "25个百分点"), "rate_change");
    let got = attributes_of("青石县酒店入住率高于全省12个百分点。");
    assert_eq!(attr(&got, "12个百分点"), "rate_difference");
}

#[test]
fn people_sentenced_and_shareholders_are_counted() {
    // Round 38: 获刑 after people counts defendants; 股东 shareholders.
    let got = attributes_of("青石县一家合作社5人获刑。");
    assert_eq!(attr(&got, "5人"), "defendant_count");
    let got = attributes_of("青石科技拟收购张某等4名股东持有的股权。");
    assert_eq!(attr(&got, "4名"), "shareholder_count");
}

#[test]
fn a_yield_said_with_neng_money_paid_out_and_net_takings_are_named() {
    // Round 38: 亩产能 is a yield, not a capacity.
    let got = attributes_of("青石村今年亩产能到五吨多。");
    assert_eq!(attr(&got, "五吨多"), "yield_per_mu");
    let got = attributes_of("青石县糖厂已兑付蔗款2.4亿元，蔗农老李净赚八万块。");
    assert_eq!(attr(&got, "2.4亿元"), "payment");
    assert_eq!(attr(&got, "八万块"), "net_income");
}

#[test]
fn a_restatement_restates_an_amount_said_plainly() {
    // The amount before the bracket is found after a long text too: only
    // the words right before the bracket are read.
    let text = "青石县今年新建高标准农田，".repeat(20) + "全县粮食总产量18.6亿斤（93万吨）。";
    let got = attributes_of(&text);
    assert_eq!(attr(&got, "93万吨"), "grain_output");
    // A bracket after a bracket is no restatement of the first: reading
    // each chain again for each of its links made a long one cubic.
    let got = attributes_of("青石县粮食总产量18.6亿斤（93万吨（930000吨））。");
    assert_eq!(attr(&got, "93万吨"), "grain_output");
    assert_ne!(attr(&got, "930000吨"), "grain_output");
}

#[test]
fn points_above_another_places_rate_of_the_same_time_are_a_gap() {
    // 比 of 占比 compares nothing; 全省同期 is the province's rate.
    let got = attributes_of("青石县高新技术产业增加值占比高于全省同期3.2个百分点。");
    assert_eq!(attr(&got, "3.2个百分点"), "rate_difference");
    let got = attributes_of("青石县城镇居民人均可支配收入增速比全省同期高出0.6个百分点。");
    assert_eq!(attr(&got, "0.6个百分点"), "growth_rate_gap");
    // Against the county's own past it stays a change.
    let got = attributes_of("青石县高新技术产业增加值占比比去年同期高出2.1个百分点。");
    assert_eq!(attr(&got, "2.1个百分点"), "rate_change");
}

#[test]
fn a_meeting_a_loss_cut_and_assets_kept_are_not_what_their_words_hold() {
    // 股东大会 counts meetings, not shareholders.
    let got = attributes_of("青石科技去年召开3次股东大会，审议议案12项。");
    assert_ne!(attr(&got, "3次"), "shareholder_count");
    let got = attributes_of("青石科技共有股东120名。");
    assert_eq!(attr(&got, "120名"), "shareholder_count");
    // 减亏 is a loss falling, not a loss.
    let got = attributes_of("去年全县11家亏损企业减亏1.2亿元。");
    assert_eq!(attr(&got, "1.2亿元"), "loss_decrease");
    // 保值增值率 is a state firm's assets kept, no appraisal's rise.
    let got = attributes_of("青石县国有资产保值增值率达到105.3%。");
    assert_ne!(attr(&got, "105.3%"), "appraisal_increase_rate");
}

#[test]
fn a_shop_opened_online_casts_no_net() {
    // 开网 of 开网店 is no fishery's first haul: the date is no start.
    let got = attributes_of("3月5日，青石县电商中心帮助200户农民开网店。");
    assert_ne!(attr(&got, "3月5日"), "date_started");
    let got = attributes_of("青石湖冬捕12月28日开网。");
    assert_eq!(attr(&got, "12月28日"), "date_started");
}

#[test]
fn a_gaming_report_names_its_revenue_tables_and_visitors() {
    let got = attributes_of("青洲特区10月博彩毛收入185.6亿元，博彩税收入64.2亿元。");
    assert_eq!(attr(&got, "185.6亿元"), "gross_gaming_revenue");
    assert_eq!(attr(&got, "64.2亿元"), "gaming_tax_revenue");
    let got = attributes_of("截至9月底，青洲共有赌场28间，赌台5,900张，角子机10,200台。");
    assert_eq!(attr(&got, "28间"), "casino_count");
    assert_eq!(attr(&got, "5,900张"), "gaming_table_count");
    assert_eq!(attr(&got, "10,200台"), "slot_machine_count");
    // Let in, visitors; counted in and out, passengers crossing.
    let got =
        attributes_of("10月入境旅客约310万人次，其中内地旅客约220万人次，留宿旅客约150万人次。");
    assert_eq!(attr(&got, "约310万人次"), "visitor_count");
    assert_eq!(attr(&got, "约220万人次"), "visitor_count");
    assert_eq!(attr(&got, "约150万人次"), "visitor_count");
    let got = attributes_of("青洲口岸10月出入境旅客约560万人次。");
    assert_eq!(attr(&got, "约560万人次"), "passenger_crossings");
}

#[test]
fn a_port_names_its_cargo_by_trade_and_goods() {
    let got = attributes_of(
        "青石港前10个月外贸货物吞吐量1.9亿吨，接卸进口铁矿石9800万吨，粮食吞吐量860万吨，原油接卸量3200万吨。",
    );
    assert_eq!(attr(&got, "1.9亿吨"), "foreign_trade_cargo_throughput");
    assert_eq!(attr(&got, "9800万吨"), "iron_ore_imports");
    assert_eq!(attr(&got, "860万吨"), "grain_throughput");
    assert_eq!(attr(&got, "3200万吨"), "crude_oil_throughput");
}

#[test]
fn a_verdict_names_its_sums_and_the_sand_taken() {
    let got = attributes_of(
        "被告人在青河非法采砂2.3万立方米，法院判令其赔偿生态修复费用86万元，并退缴违法所得31万元。",
    );
    assert_eq!(attr(&got, "2.3万立方米"), "sand_mined");
    assert_eq!(attr(&got, "86万元"), "ecological_restoration_cost");
    assert_eq!(attr(&got, "31万元"), "illegal_gain_returned");
    let got = attributes_of("公安机关查扣挖掘机4台，涉案金额约260万元，另有违法所得12万元。");
    assert_eq!(attr(&got, "4台"), "excavator_count");
    assert_eq!(attr(&got, "约260万元"), "amount_involved");
    assert_eq!(attr(&got, "12万元"), "illegal_gain");
}

#[test]
fn a_hospital_a_bulletin_and_an_estate_count_what_they_have() {
    let got =
        attributes_of("青石县人民医院现有高级职称专家96名，药占比降至28.1%，全年下乡义诊45场次。");
    assert_eq!(attr(&got, "96名"), "senior_title_count");
    assert_eq!(attr(&got, "28.1%"), "drug_cost_share");
    assert_eq!(attr(&got, "45场次"), "free_clinic_count");
    let got = attributes_of(
        "年末全县共有医疗卫生机构236个，其中基层医疗卫生机构210个；农业机械总动力52.6万千瓦。",
    );
    assert_eq!(attr(&got, "236个"), "medical_institution_count");
    assert_eq!(attr(&got, "210个"), "primary_institution_count");
    assert_eq!(attr(&got, "52.6万千瓦"), "agricultural_machinery_power");
    let got = attributes_of("全区改造供热管网38公里，新建公共空间16处，召开居民议事会320余场。");
    assert_eq!(attr(&got, "38公里"), "heating_pipe_length");
    assert_eq!(attr(&got, "16处"), "public_space_count");
    assert_eq!(attr(&got, "320余场"), "meeting_count");
    let got = attributes_of("灌区渠系水利用率提高到61%，输水损失率降至12%。");
    assert_eq!(attr(&got, "61%"), "water_use_efficiency");
    assert_eq!(attr(&got, "12%"), "water_loss_rate");
    let got = attributes_of("青石古镇国庆假期夜间消费额达到2.6亿元。");
    assert_eq!(attr(&got, "2.6亿元"), "night_consumption");
    let got = attributes_of("青石灌区改造工程今年完成年度投资2.1亿元。");
    assert_eq!(attr(&got, "2.1亿元"), "investment_completed");
}

#[test]
fn boats_at_sea_and_fry_let_go_are_named() {
    let got = attributes_of("开渔首日，青石县出海渔船860艘，其中远洋渔船42艘。");
    assert_eq!(attr(&got, "860艘"), "fishing_boat_count");
    assert_eq!(attr(&got, "42艘"), "distant_water_vessel_count");
    let got = attributes_of("青石港一千二百余艘渔船今天开渔出海。");
    assert_eq!(attr(&got, "一千二百余艘"), "fishing_boat_count");
    let got = attributes_of("青石县今年在青河增殖放流鲢鳙鱼苗36万尾。");
    assert_eq!(attr(&got, "36万尾"), "fry_released");
}

#[test]
fn a_rise_said_the_hong_kong_way_is_a_rate_of_change() {
    let got = attributes_of("青洲10月零售业总销货价值约320亿元，按年升4.6%，按月跌1.2%。");
    assert_eq!(attr(&got, "4.6%"), "growth_rate");
    assert_eq!(attr(&got, "1.2%"), "growth_rate");
}

#[test]
fn people_and_households_a_project_reaches_are_beneficiaries() {
    let got = attributes_of("青石县新建保障性租赁住房1200套，惠及新市民、青年人约3600人。");
    assert_eq!(attr(&got, "约3600人"), "beneficiary_count");
    let got = attributes_of("今年全区改造供水管网46公里，惠及居民约1.8万户。");
    assert_eq!(attr(&got, "约1.8万户"), "beneficiary_household_count");
    // Enterprises counted by the household are none.
    let got = attributes_of("新政惠及外贸企业320户。");
    assert_ne!(attr(&got, "320户"), "beneficiary_household_count");
    // Households no verb of reaching counts stay households.
    let got = attributes_of("全村共有农户460户。");
    assert_eq!(attr(&got, "460户"), "household_count");
}

#[test]
fn race_airport_insurer_counts_and_fines_prizes_name_what_they_are() {
    let got = attributes_of("青石半程马拉松沿途设置补给站9个、医疗点12个。");
    assert_eq!(attr(&got, "9个"), "supply_station_count");
    assert_eq!(attr(&got, "12个"), "medical_point_count");
    let got = attributes_of("青石机场现有34家航空公司运营，通达国内外约80个航点。");
    assert_eq!(attr(&got, "34家"), "airline_count");
    assert_eq!(attr(&got, "约80个"), "destination_count");
    let got = attributes_of("保险公司已受理农户报案640件。");
    assert_eq!(attr(&got, "640件"), "claim_count");
    let got = attributes_of("今年以来全市查处环境违法案件52起，处罚金额310万元。");
    assert_eq!(attr(&got, "310万元"), "fine");
    let got = attributes_of("本届比赛奖金总额90万元，男女冠军各获得奖金6万元。");
    assert_eq!(attr(&got, "90万元"), "total_prize_money");
    assert_eq!(attr(&got, "6万元"), "prize_money");
    let got = attributes_of("全区规上企业研发经费支出38.2亿元。");
    assert_eq!(attr(&got, "38.2亿元"), "rd_expenditure");
    let got = attributes_of("县城主次干道机械化清扫率达到85%。");
    assert_eq!(attr(&got, "85%"), "mechanized_cleaning_rate");
}

#[test]
fn borrowers_and_land_with_no_harvest_are_named_so() {
    let got = attributes_of("青石农商银行小微企业贷款户数1.7万户，较年初增加900户。");
    assert_eq!(attr(&got, "1.7万户"), "borrower_count");
    // Households counted by another noun are no borrowers.
    let got = attributes_of("全镇参保户数3200户。");
    assert_ne!(attr(&got, "3200户"), "borrower_count");
    let got = attributes_of("冰雹造成农作物受灾面积5.6万亩，其中绝收0.8万亩。");
    assert_eq!(attr(&got, "0.8万亩"), "crop_failure_area");
}

#[test]
fn pigs_slaughtered_or_sold_and_runners_are_no_herd_or_persons() {
    let got = attributes_of("一季度全县定点屠宰企业共屠宰生猪9.4万头，规模猪场累计出栏生猪21.3万头，月末生猪存栏48万头。");
    assert_eq!(attr(&got, "9.4万头"), "pigs_slaughtered");
    assert_eq!(attr(&got, "21.3万头"), "pig_output");
    assert_ne!(attr(&got, "48万头"), "pig_output");
    let got = attributes_of("共有1.8万名跑者参加本届青石半程马拉松。");
    assert_eq!(attr(&got, "1.8万名"), "runner_count");
}

#[test]
fn markets_watched_losses_per_head_and_driving_range_are_named_so() {
    let got = attributes_of("县农业农村局对全县9个集贸市场开展监测，育肥猪头均亏损约120元。");
    assert_eq!(attr(&got, "9个"), "market_count");
    assert_eq!(attr(&got, "约120元"), "loss_per_head");
    let got = attributes_of("这款车型续航里程达到510公里。");
    assert_eq!(attr(&got, "510公里"), "driving_range");
}

/// Round 40 (h40w): a clause that is a change's verb alone (，减少3万亩) is
/// the change of the value before it, as 比上年减少 is.
#[test]
fn a_bare_change_after_a_value_is_its_change() {
    let got =
        attributes_of("青石县今年水稻种植面积42万亩，减少3万亩；玉米种植面积18万亩，增加2.5万亩。");
    assert_eq!(attr(&got, "42万亩"), "planted_area");
    assert_eq!(attr(&got, "3万亩"), "planted_area_decrease");
    assert_eq!(attr(&got, "2.5万亩"), "planted_area_increase");
    // A verb with its own object is no bare change.
    let got = attributes_of("青石县今年新建大棚120座，增加就业岗位300个。");
    assert_ne!(attr(&got, "300个"), "greenhouse_count_increase");
    // Nor is one counted otherwise than the value before it.
    let got = attributes_of("青石县今年建成安置房1200套，减少300户群众的住房困难。");
    assert_ne!(attr(&got, "300户"), "resettlement_housing_units_decrease");
    let got = attributes_of("青石县共有学校45所，增加3所。");
    assert_eq!(attr(&got, "3所"), "school_count_increase");
}

/// Round 40 (h40w): words of disaster, school, jobs-fair, water and
/// progress reports the lexicon data now names.
#[test]
fn disaster_school_water_and_progress_words_name_their_values() {
    let got = attributes_of(
        "暴雨造成青石县农作物受灾3.2千公顷，1200间房屋倒塌，4600间不同程度损坏，局地降雨达到280毫米。",
    );
    assert_eq!(attr(&got, "3.2千公顷"), "affected_crop_area");
    assert_eq!(attr(&got, "1200间"), "collapsed_house_count");
    assert_eq!(attr(&got, "4600间"), "damaged_house_count");
    assert_eq!(attr(&got, "280毫米"), "rainfall");
    let got = attributes_of(
        "青石中学扩建后新增24间教室，招聘会发放宣传资料3000余份，全年组织招聘活动40场次。",
    );
    assert_eq!(attr(&got, "24间"), "classroom_count");
    assert_eq!(attr(&got, "3000余份"), "leaflets_distributed");
    assert_eq!(attr(&got, "40场次"), "event_count");
    let got =
        attributes_of("青石县重点项目完成投资12.6亿元，占年度计划的58.3%；县城公路桥隧比例为46%。");
    assert_eq!(attr(&got, "58.3%"), "plan_completion_rate");
    assert_eq!(attr(&got, "46%"), "bridge_tunnel_ratio");
    let got = attributes_of(
        "汛期青石水库拦蓄洪水3600万立方米，电厂储煤12.5万吨，风电场年节约标煤8万吨。",
    );
    assert_eq!(attr(&got, "3600万立方米"), "flood_water_retained");
    assert_eq!(attr(&got, "12.5万吨"), "coal_stock");
    assert_eq!(attr(&got, "8万吨"), "coal_saved");
}

#[test]
fn a_bare_change_keeps_the_name_its_own_noun_gives() {
    let got = attributes_of("青石小学扩建后可增加6个教学班，增加270个学位。");
    assert_eq!(attr(&got, "270个"), "school_place_count");
}

/// Round 40 (h40w), second batch: a reservoir's land and water, a
/// library's books, rain said where it fell.
#[test]
fn reservoir_library_and_rain_words_name_their_values() {
    let got = attributes_of(
        "青石水库承雨面积46平方公里，保护耕地3.2万亩，灌溉下游农田1.8万亩，洪峰流量削减到每秒800立方米。",
    );
    assert_eq!(attr(&got, "46平方公里"), "catchment_area");
    assert_eq!(attr(&got, "3.2万亩"), "protected_farmland_area");
    assert_eq!(attr(&got, "1.8万亩"), "irrigated_area");
    let got = attributes_of("汛期青石水库削减洪峰流量约900立方米每秒，保护下游耕地2.6万亩。");
    assert_eq!(attr(&got, "约900立方米"), "peak_flow_reduction");
    assert_eq!(attr(&got, "2.6万亩"), "protected_farmland_area");
    let got = attributes_of(
        "青石县图书馆设计藏书120万册，全年新增图书4.2万册；局地降雨最多的青石镇达到215毫米。",
    );
    assert_eq!(attr(&got, "120万册"), "book_capacity");
    assert_eq!(attr(&got, "4.2万册"), "books_added");
    assert_eq!(attr(&got, "215毫米"), "rainfall");
    let got = attributes_of("青石县完成病险水库整治，整治山坪塘86口，建成雨水情测报站点52座。");
    assert_eq!(attr(&got, "86口"), "pond_count");
    assert_eq!(attr(&got, "52座"), "monitoring_station_count");
}

#[test]
fn people_moved_good_air_shares_and_lots_drawn_are_named_by_the_convention() {
    // 转移安置: moved and resettled; 紧急转移: moved out of danger.
    let got = attributes_of("暴雨过后，青石县转移安置受灾群众2300人，另紧急转移群众900人。");
    assert_eq!(attr(&got, "2300人"), "people_relocated");
    assert_eq!(attr(&got, "900人"), "people_evacuated");
    // 优良天数比例: a share of the days, named for them.
    let got = attributes_of("今年以来青石市优良天数比例为86.2%，优良天数占比同比提高。");
    assert_eq!(attr(&got, "86.2%"), "good_air_day_share");
    // 中签率: a lot drawn.
    let got = attributes_of("本届青石半程马拉松报名人数超过6万，中签率为30%。");
    assert_eq!(attr(&got, "30%"), "lottery_success_rate");
}

#[test]
fn patents_in_force_and_crops_hit_are_named_by_the_convention() {
    // 有效发明专利: a count of patents in force.
    let got = attributes_of("截至10月底，青石高新区有效发明专利达到1.2万件。");
    assert_eq!(attr(&got, "1.2万件"), "valid_invention_patent_count");
    // 农作物受灾面积: crops hit, not any land.
    let got = attributes_of("强降雨造成青石县农作物受灾面积3.4万亩，受灾面积共5万亩。");
    assert_eq!(attr(&got, "3.4万亩"), "affected_crop_area");
    assert_eq!(attr(&got, "5万亩"), "affected_area");
}

#[test]
fn cells_with_their_own_units_are_named_by_their_columns() {
    // A header naming its columns without units, cells saying theirs.
    let got = attributes_of(
        "青石县各乡镇冰雹灾情如下：\n街道｜受灾人口｜农作物受灾面积｜直接经济损失\n\
         柳河镇｜3200人｜0.8万亩｜2600万元\n白沙乡｜1500人｜0.5万亩｜900万元\n",
    );
    assert_eq!(attr(&got, "3200人"), "affected_population");
    assert_eq!(attr(&got, "0.5万亩"), "affected_crop_area");
    assert_eq!(attr(&got, "900万元"), "direct_economic_loss");
    // A row with a cell no value fills is no row of the header.
    let got = attributes_of("乡镇｜受灾人口｜直接经济损失\n柳河镇｜3200人｜暂未统计\n");
    assert_ne!(attr(&got, "3200人"), "affected_population");
}

#[test]
fn crews_and_coal_held_are_named() {
    let got = attributes_of("青石影视城今年接待剧组186个，其中网络剧剧组64个。");
    assert_eq!(attr(&got, "186个"), "film_crew_count");
    assert_eq!(attr(&got, "64个"), "film_crew_count");
    let got = attributes_of("青石热电厂目前储煤12.5万吨，可满足两个月用量。");
    assert_eq!(attr(&got, "12.5万吨"), "coal_stock");
}

#[test]
fn money_said_for_one_jin_is_a_price() {
    let got = attributes_of("“今年的干香菇一斤三十来块，去年一公斤才卖四十块出头。”");
    assert_eq!(attr(&got, "三十来块"), "price");
    // Money for a mu is no price.
    let got = attributes_of("合作社一亩地收八十块钱服务费。");
    assert_ne!(attr(&got, "八十块钱"), "price");
}

#[test]
fn land_widened_since_last_year_is_an_increase() {
    let got = attributes_of("今年青石县油菜种植面积达到8.6万亩，比上年扩大1.2万亩。");
    assert_eq!(attr(&got, "1.2万亩"), "planted_area_increase");
}

#[test]
fn sorting_centres_majors_towers_and_checkpoints_are_counted() {
    let got = attributes_of("青石物流园已建成分拣中心6个、自动分拣线15条。");
    assert_eq!(attr(&got, "6个"), "sorting_center_count");
    assert_eq!(attr(&got, "15条"), "sorting_line_count");
    let got = attributes_of("青石职业学院今年新增3个专业，专业总数达到36个。");
    assert_eq!(attr(&got, "3个"), "new_major_count");
    assert_eq!(attr(&got, "36个"), "major_count");
    let got = attributes_of("青石林区今年新建瞭望塔21座，设置防火检查站37个。");
    assert_eq!(attr(&got, "21座"), "watchtower_count");
    assert_eq!(attr(&got, "37个"), "checkpoint_count");
    let got = attributes_of("青石县开设小麦收购库点12个，建成粮食储备库5座，改造3个渔港。");
    assert_eq!(attr(&got, "12个"), "purchase_point_count");
    assert_eq!(attr(&got, "5座"), "warehouse_count");
    assert_eq!(attr(&got, "3个"), "fishing_port_count");
    // 专业 of a cooperative's name or qualifying firms or people counts no
    // majors.
    let got =
        attributes_of("全县农民专业合作社达到420个，引进12家专业物流企业，集聚专业技术人员860名。");
    assert_eq!(attr(&got, "420个"), "cooperative_count");
    assert_ne!(attr(&got, "12家"), "major_count");
    assert_ne!(attr(&got, "860名"), "major_count");
}

#[test]
fn payment_terms_moisture_and_a_drop_are_named() {
    let got = attributes_of("合同约定预付款为合同总价的30%，到货款50%，质保金10%。");
    for v in ["30%", "50%", "10%"] {
        assert_eq!(attr(&got, v), "payment_share", "{v}");
    }
    let got = attributes_of("这批小麦经检验水分12.5%、出糙率79%，收购价每斤1.2元。");
    assert_eq!(attr(&got, "12.5%"), "moisture_content");
    assert_eq!(attr(&got, "79%"), "brown_rice_rate");
    let got = attributes_of("青石瀑布上下落差约65米，宽约20米。");
    assert_eq!(attr(&got, "约65米"), "height_difference");
}

#[test]
fn land_listed_for_sale_is_auctioned_not_established() {
    let got = attributes_of("10月15日，青石县挂牌出让2宗商业用地，成交总价4.2亿元。");
    assert_eq!(attr(&got, "10月15日"), "date_auction");
    let got = attributes_of("3月1日，青石县数据局正式挂牌成立。");
    assert_eq!(attr(&got, "3月1日"), "date_established");
}

#[test]
fn a_fall_said_xiadie_or_xiahua_is_a_rate_of_change_stored_negative() {
    let got = attributes_of("上周青石市新房成交套数下跌18.6%，成交面积环比下滑2.4%。");
    assert_eq!(attr(&got, "18.6%"), "growth_rate");
    assert_eq!(attr(&got, "2.4%"), "growth_rate_mom");
    let found = extract("t.txt", "青石市新房成交套数下跌18.6%。", &Known::new()).unwrap();
    let fell = found.found.iter().find(|f| f.text == "18.6%").unwrap();
    assert!(matches!(&fell.value, Value::Quantity(q) if q.value.to_string() == "-18.6"));
    // The verb nearest before a price's rate says it rose, whatever fell
    // before it in the clause.
    let got = attributes_of("本周成交面积下跌12.3%、成交均价上升0.8%。");
    assert_eq!(attr(&got, "0.8%"), "price_increase_rate");
    let got = attributes_of("本周成交均价上升0.8%、成交面积下跌12.3%。");
    assert_ne!(attr(&got, "12.3%"), "price_increase_rate");
}

#[test]
fn homes_sold_with_no_noun_before_them_are_sales() {
    let got = attributes_of("9月份，青石市中心城区商品房成交面积8.2万平方米，成交760套。");
    assert_eq!(attr(&got, "760套"), "sales_units");
}

#[test]
fn sections_wards_parcels_retirees_and_cases_are_counted() {
    let got = attributes_of("青石地铁本月新增运营区段2个，进站量达到1.3亿人次。");
    assert_eq!(attr(&got, "2个"), "section_count");
    assert_eq!(attr(&got, "1.3亿人次"), "station_entries");
    let got = attributes_of("青石医院新院开放9个病区，建成后将增加医疗用床320张。");
    assert_eq!(attr(&got, "9个"), "ward_count");
    assert_eq!(attr(&got, "320张"), "bed_count");
    let got = attributes_of("上半年青石市快递揽收量3210万件，投递量2870万件。");
    assert_eq!(attr(&got, "3210万件"), "parcels_collected");
    assert_eq!(attr(&got, "2870万件"), "parcels_delivered");
    let got = attributes_of("青石市参加养老保险的离退休人员8.6万人，享受待遇人数1.2万人。");
    assert_eq!(attr(&got, "8.6万人"), "retiree_count");
    assert_eq!(attr(&got, "1.2万人"), "beneficiary_count");
    let got = attributes_of("青石法院全年收案3.2万件，审执结3.1万件，未结案900件。");
    assert_eq!(attr(&got, "3.2万件"), "case_count");
    assert_eq!(attr(&got, "3.1万件"), "cases_concluded");
    assert_eq!(attr(&got, "900件"), "pending_case_count");
    let got = attributes_of("青石中院审结案件5210件，法官人均结案174件。");
    assert_eq!(attr(&got, "174件"), "cases_per_judge");
    let got =
        attributes_of("青石学院现有硕士学位点12个，新认定国家高企35家，全年举办文化活动160项。");
    assert_eq!(attr(&got, "12个"), "degree_program_count");
    assert_eq!(attr(&got, "35家"), "new_high_tech_enterprise_count");
    assert_eq!(attr(&got, "160项"), "event_count");
    let got = attributes_of("青石保护区首次拍到东北虎带着两只幼崽活动的影像。");
    assert_ne!(attr(&got, "两只"), "event_count");
    let got =
        attributes_of("青石县今年完成病险水库除险加固12座，另有23座小型水库除险加固工程开工。");
    assert_eq!(attr(&got, "12座"), "reservoirs_reinforced");
    assert_eq!(attr(&got, "23座"), "reservoirs_reinforced");
}

#[test]
fn money_for_each_one_is_what_its_word_calls_it() {
    // The word right before the amount names it; 最高 right before the
    // word makes it the most given.
    let got = attributes_of("青石县对新建的每座温室补助2万元，单个合作社最高奖励30万元。");
    assert_eq!(attr(&got, "2万元"), "subsidy");
    assert_eq!(attr(&got, "30万元"), "max_reward");
    // 补助最高: the subsidy itself.
    let got = attributes_of("青石县每座大棚的改造费用补助最高3000元。");
    assert_eq!(attr(&got, "3000元"), "subsidy");
    // A word in another clause names nothing here, but for a clause before
    // that ends naming a subsidy and gives no amount of its own (round 56:
    // the gold of the sets since unseen16 names such money subsidy).
    let got = attributes_of("青石县对新建温室给予补助，每座2万元。");
    assert_eq!(attr(&got, "2万元"), "subsidy");
    let got = attributes_of("青石县对新建温室补助1万元，每座大棚5000元。");
    assert_eq!(attr(&got, "5000元"), "amount_each");
}

#[test]
fn sums_involved_stock_for_sale_and_arrivals_are_named() {
    let got = attributes_of("青石市消协今年受理投诉860件，涉及金额约120万元。");
    assert_eq!(attr(&got, "约120万元"), "amount_involved");
    let got = attributes_of("截至10月底，青石市区商品住宅可售库存约2.3万套。");
    assert_eq!(attr(&got, "约2.3万套"), "housing_inventory");
    let got = attributes_of("青石市挂牌出让2宗住宅用地，成交总价9.6亿元，新增仓储面积8万平方米。");
    assert_eq!(attr(&got, "9.6亿元"), "total_price");
    assert_eq!(attr(&got, "8万平方米"), "warehouse_area");
    let got = attributes_of("今年前三季來臺旅客120萬人次，觀光旅館平均住用率61.5%。");
    assert_eq!(attr(&got, "120萬人次"), "visitor_count");
    assert_eq!(attr(&got, "61.5%"), "occupancy_rate");
}

#[test]
fn travellers_in_a_text_of_arrivals_are_visitors() {
    let got = attributes_of(
        "今年前三季來臺旅客120萬人次，其中日本旅客31.2萬人次居首；機場運送旅客260萬人次。",
    );
    assert_eq!(attr(&got, "31.2萬人次"), "visitor_count");
    // Carried: passengers still.
    assert_eq!(attr(&got, "260萬人次"), "passenger_count");
    // No arrivals counted (出入境旅客 cross both ways): passengers.
    let got = attributes_of("青洲口岸10月出入境旅客约560万人次，其中日本旅客2.1万人次。");
    assert_eq!(attr(&got, "2.1万人次"), "passenger_count");
}

#[test]
fn a_floor_price_for_grain_is_named() {
    let got = attributes_of("今年早籼稻最低收购价为每50公斤126元。");
    assert_eq!(attr(&got, "126元"), "minimum_purchase_price");
    // What a buyer pays, floor or not, is a purchase price; a price said
    // otherwise stays a price.
    let got = attributes_of("青石县鲜茧收购价每公斤58元，蚕种价格每张30元。");
    assert_eq!(attr(&got, "58元"), "purchase_price");
    assert_eq!(attr(&got, "30元"), "price");
}

#[test]
fn a_date_a_span_starts_or_ends_on_says_so() {
    let got = attributes_of("青石县秋季防火期从9月20日起，一直持续到12月10日。");
    assert_eq!(attr(&got, "9月20日"), "date_started");
    assert_eq!(attr(&got, "12月10日"), "date_ended");
    let got = attributes_of("青石市本轮供暖预计持续至明年3月31日。收购作业已自10月8日起开办。");
    assert_eq!(attr(&got, "明年3月31日"), "date_end_planned");
    assert_eq!(attr(&got, "10月8日"), "date_started");
    // 起 before a clause going on with its own subject is left alone.
    let got = attributes_of("青石市住房公积金贷款额度10月8日起青石市将上调至80万元。");
    assert_ne!(attr(&got, "10月8日"), "date_started");
}

#[test]
fn a_date_work_is_to_be_done_by_is_a_planned_completion() {
    let got = attributes_of("青石县力争在2027年底前完成全部12座病险水库的除险加固。");
    assert_eq!(attr(&got, "2027年底"), "date_completion_planned");
    let got = attributes_of("青石县计划在国庆节前开通3条新公交线路，9月底前完成招标。");
    assert_eq!(attr(&got, "9月底"), "date_completion_planned");
    // Work said done by then (已于…前完成, 前完成了) was done, not planned.
    let got = attributes_of("青石县已于2025年6月底前完成全部搬迁任务，共搬迁1200户。");
    assert_ne!(attr(&got, "2025年6月底"), "date_completion_planned");
    let got = attributes_of("青石县在10月底前完成了全部12座水库的除险加固。");
    assert_ne!(attr(&got, "10月底"), "date_completion_planned");
}

#[test]
fn a_stations_total_capacity_and_yearly_output_are_named() {
    let got = attributes_of("青石水电站总装机36万千瓦，设计年发电量约9.8亿千瓦时。");
    assert_eq!(attr(&got, "36万千瓦"), "installed_capacity");
    assert_eq!(attr(&got, "约9.8亿千瓦时"), "annual_power_generation");
}

#[test]
fn a_hotlines_requests_are_requests_and_a_channel_counts_no_canals() {
    let got = attributes_of(
        "前三季度，青石市12345热线共受理市民诉求52.6万件，其中电话渠道38.1万件、网络渠道14.5万件。",
    );
    assert_eq!(attr(&got, "52.6万件"), "request_count");
    // 其中…渠道: the requests that came in by each channel, not canals.
    assert_eq!(attr(&got, "38.1万件"), "request_count");
    assert_eq!(attr(&got, "14.5万件"), "request_count");
    // Kinds listed after the first: what the first kind counted.
    let got = attributes_of("其中咨询类诉求20.3万件，求助类9.8万件，意见建议类4.1万件。");
    assert_eq!(attr(&got, "9.8万件"), "request_count");
    assert_eq!(attr(&got, "4.1万件"), "request_count");
    let got = attributes_of("热线全年派发工单8.2万件。");
    assert_eq!(attr(&got, "8.2万件"), "work_order_count");
    // Canals counted by 条 stay canals.
    let got = attributes_of("灌区改造支渠及以下渠道86条。");
    assert_eq!(attr(&got, "86条"), "canal_count");
}

#[test]
fn a_contribution_bases_bounds_and_rate_are_named() {
    let got = attributes_of(
        "今年青石市职工养老保险缴费基数下限为每月3950元，上限为每月19750元，单位缴费比例为16%。",
    );
    assert_eq!(attr(&got, "3950元"), "contribution_base_floor");
    assert_eq!(attr(&got, "19750元"), "contribution_base_ceiling");
    assert_eq!(attr(&got, "16%"), "contribution_rate");
    // The bounds said the other way round.
    let got = attributes_of("医保缴费基数上限为每月2.1万元，下限为每月4200元。");
    assert_eq!(attr(&got, "2.1万元"), "contribution_base_ceiling");
    assert_eq!(attr(&got, "4200元"), "contribution_base_floor");
}

#[test]
fn people_crossing_a_border_both_ways_are_its_crossings() {
    // After the value (经…出入境) or before it (出入境人员), counted each time.
    let got = attributes_of(
        "国庆假期共有约35万人次经青河口岸出入境，同比上升6.2%。青河口岸出入境人员日均约4.1万人次。",
    );
    assert_eq!(attr(&got, "约35万人次"), "passenger_crossings");
    assert_eq!(attr(&got, "约4.1万人次"), "daily_passenger_crossings");
    // Visitors let in one way are no crossings both ways.
    let got = attributes_of("假期青河景区接待游客12万人次，其中入境游客0.8万人次。");
    assert_ne!(attr(&got, "12万人次"), "passenger_crossings");
    assert_ne!(attr(&got, "0.8万人次"), "passenger_crossings");
}

#[test]
fn metro_rides_and_network_length_are_named() {
    let got = attributes_of(
        "假期青石地铁累计运送乘客152.6万乘次，日均50.9万乘次。目前青石地铁开通线路6条，运营里程约210公里。",
    );
    assert_eq!(attr(&got, "152.6万乘次"), "passenger_count");
    assert_eq!(attr(&got, "50.9万乘次"), "daily_passenger_count");
    assert_eq!(attr(&got, "约210公里"), "operating_length");
    // The distance buses have run is their mileage.
    let got = attributes_of("青石公交氢能车辆累计运营里程突破860万公里。");
    assert_eq!(attr(&got, "突破860万公里"), "mileage");
}

#[test]
fn people_counted_right_after_the_way_they_crossed_are_departures_or_arrivals() {
    let got = attributes_of(
        "假期青河口岸共验放旅客52万人次，其中本地居民出境约21万人次、入境约19万人次，入境日均2.7万人次。",
    );
    assert_eq!(attr(&got, "约21万人次"), "departure_count");
    assert_eq!(attr(&got, "约19万人次"), "arrival_count");
    assert_eq!(attr(&got, "2.7万人次"), "daily_arrival_count");
    // Both ways: crossings, not arrivals.
    let got = attributes_of("青河口岸国庆期间出入境约8.6万人次。");
    assert_eq!(attr(&got, "约8.6万人次"), "passenger_crossings");
}

#[test]
fn a_boards_vote_is_counted_for_against_and_abstaining() {
    let got = attributes_of("表决结果：同意7票，反对2票，弃权1票。");
    assert_eq!(attr(&got, "7票"), "votes_for");
    assert_eq!(attr(&got, "2票"), "votes_against");
    assert_eq!(attr(&got, "1票"), "abstentions");
    let got = attributes_of("董事会以8票同意、0票反对、1票弃权审议通过了该议案。");
    assert_eq!(attr(&got, "8票"), "votes_for");
    assert_eq!(attr(&got, "1票"), "abstentions");
}

#[test]
fn water_use_leakage_and_pipes_are_named() {
    let got = attributes_of(
        "上半年青石市居民生活用水860万立方米，同比增长2.3%；全市供水管网总长度约650公里，管网漏损率为9.2%。",
    );
    assert_eq!(attr(&got, "860万立方米"), "water_consumption");
    assert_eq!(attr(&got, "约650公里"), "water_pipe_length");
    assert_eq!(attr(&got, "9.2%"), "leakage_rate");
    let got = attributes_of("水务集团今年引入原水1.2亿立方米，更换老旧水管12公里。");
    assert_eq!(attr(&got, "1.2亿立方米"), "raw_water_supply");
    assert_eq!(attr(&got, "12公里"), "pipe_length");
    // Water saved stays saved.
    let got = attributes_of("改造后每年节约用水30万立方米。");
    assert_eq!(attr(&got, "30万立方米"), "water_saved");
}

#[test]
fn drought_blood_and_heating_are_named() {
    let got = attributes_of("截至昨日，全县农作物受旱面积12万亩，累计送水1.5万立方米。");
    assert_eq!(attr(&got, "12万亩"), "affected_crop_area");
    assert_eq!(attr(&got, "1.5万立方米"), "water_delivered");
    let got = attributes_of(
        "今年全市共有3.2万人次参加无偿献血，献血总量约12.4吨；固定献血屋5个，另有15人成功捐献造血干细胞。",
    );
    assert_eq!(attr(&got, "3.2万人次"), "donor_count");
    assert_eq!(attr(&got, "约12.4吨"), "donated_blood_volume");
    assert_eq!(attr(&got, "5个"), "donation_house_count");
    assert_eq!(attr(&got, "15人"), "donor_count");
    // Those given an award for giving, and the sites, are no donors.
    let got = attributes_of("今年全市共有210人获得全国无偿献血奉献奖，新设献血点3个。");
    assert_ne!(attr(&got, "210人"), "donor_count");
    assert_eq!(attr(&got, "3个"), "donation_site_count");
    let got = attributes_of("今年热力公司新建换热站12座。");
    assert_eq!(attr(&got, "12座"), "heat_exchange_station_count");
    let got = attributes_of("上一采暖期每平方米耗标煤17.6公斤，全年少烧标煤2.1万吨。");
    assert!(
        attr(&got, "17.6公斤").starts_with("coal_consumption"),
        "{got:?}"
    );
    assert_eq!(attr(&got, "2.1万吨"), "coal_saved");
}

#[test]
fn a_buybacks_price_and_amount_are_named() {
    let got = attributes_of(
        "按回购价格上限25.60元/股测算，若按回购金额下限3,000万元回购，预计可回购股份约117万股。",
    );
    assert_eq!(attr(&got, "25.60元"), "buyback_price");
    assert_eq!(attr(&got, "3,000万元"), "buyback_amount");
}

#[test]
fn a_percent_under_a_column_naming_a_change_is_a_rate_of_change() {
    // A captioned table of a company's figures (本报告期比上年同期增减).
    let got = attributes_of(
        "主要财务数据（单位：万元）\n项目｜本报告期｜本报告期比上年同期增减｜年初至报告期末\n\
         营业收入｜96,500｜8.4%｜281,200\n净利润｜7,300｜5.1%｜20,600\n",
    );
    assert!(attr(&got, "8.4%").starts_with("growth_rate"), "{got:?}");
    assert!(attr(&got, "5.1%").starts_with("growth_rate"), "{got:?}");
    // A header naming its columns, the row's stock bare (its unit in the
    // title above), its change in percent.
    let got = attributes_of(
        "青石县各乡镇羊存栏（单位：万只）\n乡镇｜存栏｜同比增长\n柳河镇｜3.6｜4.2%\n白沙乡｜2.9｜7.5%\n",
    );
    assert!(attr(&got, "4.2%").starts_with("growth_rate"), "{got:?}");
    assert!(attr(&got, "7.5%").starts_with("growth_rate"), "{got:?}");
    // A column naming a share stays a share, of the growth too.
    let got = attributes_of("乡镇｜存栏｜占全县比重\n柳河镇｜3.6｜18.5%\n");
    assert!(!attr(&got, "18.5%").starts_with("growth_rate"), "{got:?}");
    let got = attributes_of(
        "三次产业增加值（单位：亿元）\n产业｜增加值｜同比增长｜对经济增长贡献率\n\
         第一产业｜120.5｜3.2%｜8.6%\n",
    );
    assert!(attr(&got, "3.2%").starts_with("growth_rate"), "{got:?}");
    assert!(!attr(&got, "8.6%").starts_with("growth_rate"), "{got:?}");
}

#[test]
fn animals_sent_out_of_the_pen_are_livestock_output() {
    // 出栏 with the animal said only in the clause before.
    let got =
        attributes_of("截至9月末，青石县肉牛存栏12.4万头；1—9月累计出栏6.1万头，同比增长3.2%。");
    assert_eq!(attr(&got, "12.4万头"), "livestock_inventory");
    assert_eq!(attr(&got, "6.1万头"), "livestock_output");
    let got = attributes_of("全年青石县羊出栏量28.6万只。");
    assert!(attr(&got, "28.6万只").ends_with("_output"), "{got:?}");
}

#[test]
fn a_clause_naming_only_another_place_goes_on_with_the_value_before() {
    let got = attributes_of("年末青石市常住人口86.2万人，柳河县31.5万人，白沙县为24.8万人。");
    assert_eq!(attr(&got, "86.2万人"), "population");
    assert_eq!(attr(&got, "31.5万人"), "population");
    assert_eq!(attr(&got, "24.8万人"), "population");
    let got = attributes_of("今年青石市下拨救灾资金5800万元，柳河县2600万元。");
    assert_eq!(attr(&got, "2600万元"), attr(&got, "5800万元"));
    // A verb of its own names its own value.
    let got = attributes_of("青石市常住人口86.2万人，柳河县新增就业1.2万人。");
    assert_ne!(attr(&got, "1.2万人"), "population");
}

#[test]
fn a_fire_services_tasks_its_casualties_and_cases_by_the_case() {
    // Round 43: the tasks a fire service reports, each by its own noun.
    let got = attributes_of(
        "今年青石县消防救援大队共接警出动2140起，其中火灾扑救386起，抢险救援612起，\
         社会救助1020起。",
    );
    assert_eq!(attr(&got, "2140起"), "call_outs");
    assert_eq!(attr(&got, "386起"), "fires_fought");
    assert_eq!(attr(&got, "612起"), "rescue_count");
    assert_eq!(attr(&got, "1020起"), "social_assistance_count");
    // Fires reported stay fires.
    let got = attributes_of("全县共接报火灾318起，死亡1人、受伤4人。");
    assert_eq!(attr(&got, "318起"), "fire_count");
    assert_eq!(attr(&got, "1人"), "deaths");
    assert_eq!(attr(&got, "4人"), "injuries");
    let got = attributes_of("今年以来全县火灾造成直接财产损失326万元。");
    assert_eq!(attr(&got, "326万元"), "direct_property_loss");
    // Cases counted by 例, a district's with no noun of its own.
    let got = attributes_of("青石市本周新增本地病例26例，其中河东区11例、河西区9例。");
    assert_eq!(attr(&got, "11例"), "case_count");
    assert_eq!(attr(&got, "9例"), "case_count");
    // Core CPI is consumer prices too.
    let got = attributes_of("扣除食品和能源价格后的核心CPI同比上涨0.8%。");
    assert_eq!(attr(&got, "0.8%"), "cpi_growth");
    // …and a goal for them is the CPI's goal.
    let got = attributes_of("今年主要预期目标是：地区生产总值增长5%左右；居民消费价格涨幅3%左右。");
    assert_eq!(attr(&got, "3%左右"), "cpi_growth_target");
    // An item's rate said with its weight in the CPI is the item's.
    let got = attributes_of("其中牛肉价格下降8.2%，影响CPI下降约0.05个百分点。");
    assert_ne!(attr(&got, "8.2%"), "cpi_change");
}

#[test]
fn a_recapture_rate_and_a_container_index_are_named_by_their_words() {
    let got = attributes_of("青石县去年放流鱼苗500万尾，回捕率约为百分之一点二。");
    assert_eq!(attr(&got, "百分之一点二"), "recapture_rate");
    let got = attributes_of("据监测，全县阳性容器指数由上月的4.5%降至2.8%。");
    assert_eq!(attr(&got, "4.5%"), "positive_container_index");
    assert_eq!(attr(&got, "2.8%"), "positive_container_index");
}

#[test]
fn a_medical_insurance_schemes_terms_are_named_by_their_words() {
    let got = attributes_of(
        "青石市明年居民医保个人缴费标准为每人每年380元。大病保险起付标准为1.5万元，\
         年度最高支付限额为30万元，门诊年度限额800元。去年共资助困难群众4.1万人，资助金额2100万元。",
    );
    assert_eq!(attr(&got, "380元"), "individual_contribution");
    assert_eq!(attr(&got, "1.5万元"), "deductible");
    assert_eq!(attr(&got, "30万元"), "max_annual_payment");
    assert_eq!(attr(&got, "800元"), "annual_limit");
    assert_eq!(attr(&got, "2100万元"), "subsidy_amount");
    // A sentence's topic (…方面，) names the values its later clauses leave
    // unnamed, not those its clauses name.
    let got =
        attributes_of("起付线方面，二级医院由700元降至500元，三级医院仍为1200元，封顶线为25万元。");
    assert_eq!(attr(&got, "700元"), "deductible");
    assert_eq!(attr(&got, "500元"), "deductible");
    assert_eq!(attr(&got, "1200元"), "deductible");
    assert_eq!(attr(&got, "25万元"), "max_annual_payment");
    // No topic, no name: the amount stays an amount.
    let got = attributes_of("据介绍，二级医院由700元降至500元。");
    assert_eq!(attr(&got, "500元"), "amount");
}

#[test]
fn a_grids_load_and_output_are_not_capacity() {
    let got = attributes_of(
        "青石电网今年最高负荷为2860万千瓦，其中取暖负荷约700万千瓦；火电机组最大出力达到1900万千瓦，\
         水电出力320万千瓦，全网负荷较上月增加90万千瓦。",
    );
    assert_eq!(attr(&got, "2860万千瓦"), "peak_load");
    assert_eq!(attr(&got, "约700万千瓦"), "heating_load");
    assert_eq!(attr(&got, "1900万千瓦"), "max_output");
    assert_eq!(attr(&got, "320万千瓦"), "output");
    // A plant's capacity stays capacity.
    let got = attributes_of("青石电厂装机容量132万千瓦。");
    assert_eq!(attr(&got, "132万千瓦"), "installed_capacity");
}

#[test]
fn reservoirs_holding_more_and_water_needed_and_counts_of_guests_and_relics() {
    let got = attributes_of("全市水库较去年同期多蓄2.3亿立方米，预计春灌需水量约6亿立方米。");
    assert_eq!(attr(&got, "2.3亿立方米"), "water_storage_increase");
    assert_eq!(attr(&got, "约6亿立方米"), "water_demand");
    let got = attributes_of("上月青石市酒店住客共52.6万人次，其中境外住客有3.1万人次。");
    assert_eq!(attr(&got, "52.6万人次"), "guest_count");
    assert_eq!(attr(&got, "3.1万人次"), "guest_count");
    let got = attributes_of("新馆展出文物860余件，其中一级文物45件。");
    assert_eq!(attr(&got, "860余件"), "relic_count");
    assert_eq!(attr(&got, "45件"), "relic_count");
    let got = attributes_of("保护区安装监控摄像头40台，划定重点湿地12块。");
    assert_eq!(attr(&got, "40台"), "camera_count");
    assert_eq!(attr(&got, "12块"), "wetland_count");
}

/// Round 45 (h45l): words of real news before an amount, each a class the
/// gold of three sets or more names.
#[test]
fn a_nights_price_a_days_pay_and_a_loan_taken_are_named() {
    let got = attributes_of("青石古镇的民宿平时一晚三百八十元左右，节假日每晚六百元以上。");
    assert_eq!(attr(&got, "三百八十元左右"), "room_rate");
    assert_eq!(attr(&got, "六百元以上"), "room_rate");
    // One evening's takings are no night's price.
    let got = attributes_of("果农老李说，夜市上他一晚上卖了五千元的苹果。");
    assert_ne!(attr(&got, "五千元"), "room_rate");
    let got = attributes_of("摘茶季村里雇了二十来个人，一天给一百二十块。");
    assert_eq!(attr(&got, "一百二十块"), "daily_wage");
    let got = attributes_of("他去年用“大棚贷”贷了15万元，今年又贷到了八万元。");
    assert_eq!(attr(&got, "15万元"), "loan_amount");
    assert_eq!(attr(&got, "八万元"), "loan_amount");
    let got = attributes_of("本次共签约项目18个，合同总额96.5亿元。");
    assert_eq!(attr(&got, "96.5亿元"), "contract_amount");
}

#[test]
fn goods_caught_sold_shipped_traded_stored_and_harvested_are_named() {
    let got = attributes_of("船老大说，这一网打了两千多斤，今年青石渔港卸港水产品3.2万吨。");
    assert_eq!(attr(&got, "两千多斤"), "catch");
    assert_eq!(attr(&got, "3.2万吨"), "landed_catch");
    let got = attributes_of("合作社去年通过直播卖了四十来吨，旺季每天发货十五吨左右。");
    assert_eq!(attr(&got, "四十来吨"), "sales_volume");
    assert_eq!(attr(&got, "十五吨左右"), "shipment_volume");
    // A day's average (日均) is daily_, as every such name is.
    let got = attributes_of("青石花卉市场首日交易鲜花约420吨，日均拍卖交易鲜切花约560万枝。");
    assert_eq!(attr(&got, "约420吨"), "trading_volume");
    assert_eq!(attr(&got, "约560万枝"), "daily_trading_volume");
    let got = attributes_of("青石县储备冬春蔬菜800吨，新建的冷库能存两百来吨。");
    assert_eq!(attr(&got, "800吨"), "reserve");
    assert_eq!(attr(&got, "两百来吨"), "storage_capacity");
    // Round 45: a de-icing fluid's stock has its own name (the lexicon's
    // 除冰液), as every gold that says it names it.
    let got = attributes_of("青石机场储备除冰液800吨。");
    assert_eq!(attr(&got, "800吨"), "deicing_fluid_reserve");
    let got = attributes_of("合作社新买的采棉机一天能采五百多亩。");
    assert_eq!(attr(&got, "五百多亩"), "daily_harvest_area");
    let got = attributes_of("这种采棉机1天可采收90亩。");
    assert_eq!(attr(&got, "90亩"), "daily_harvest_area");
    // Money sold for is no volume: 卖了 of an amount stays what it was.
    let got = attributes_of("他家今年卖了十二万多元。");
    assert_ne!(attr(&got, "十二万多元"), "sales_volume");
}

#[test]
fn a_services_staff_its_builders_and_those_detained_are_counted() {
    let got = attributes_of("全县配备专职管水员260名，聘用巡库员180人，另外4名炊事员负责做饭。");
    assert_eq!(attr(&got, "260名"), "staff_count");
    assert_eq!(attr(&got, "180人"), "staff_count");
    assert_eq!(attr(&got, "4名"), "staff_count");
    let got = attributes_of("全县为每个行政村配备1名水管员，共有2100余名农村水管员。");
    assert_eq!(attr(&got, "2100余名"), "staff_count");
    let got = attributes_of("施工高峰期，项目投入建设人员3100余人。");
    assert_eq!(attr(&got, "3100余人"), "worker_count");
    let got = attributes_of("全年对拒不履行的被执行人司法拘留87人。");
    assert_eq!(attr(&got, "87人"), "judicial_detention_count");
}

#[test]
fn a_value_after_a_clause_ranking_by_a_measure_is_that_measures() {
    // The clause before ranks by a measure (最高, 最快) and the value's own
    // clause says only 达/为: the ranked measure names it.
    let got = attributes_of("各类民宿中，以精品民宿的入住率最高，达到87.5%。");
    assert_eq!(attr(&got, "87.5%"), "occupancy_rate");
    let got = attributes_of("分县看，青石县农村居民人均可支配收入增速最快，为9.2%。");
    assert_eq!(attr(&got, "9.2%"), "growth_rate");
    // A clause that ranks by nothing names nothing.
    let got = attributes_of("各类民宿中，精品民宿表现突出，达到87.5%。");
    assert_eq!(attr(&got, "87.5%"), "share");
}

#[test]
fn a_bare_rate_after_a_named_one_measures_the_same() {
    // A percentage whose clause names no rate, no change and no share,
    // right after a clause ending on a rate its words name, is that rate.
    let got = attributes_of("精品民宿的入住率为87.5%，普通客栈则为72.4%。");
    assert_eq!(attr(&got, "87.5%"), "occupancy_rate");
    assert_eq!(attr(&got, "72.4%"), "occupancy_rate");
    // A clause with a rate word of its own, or a change, is not read back.
    let got = attributes_of("精品民宿的入住率为87.5%，好评率96.1%，比上月提高2.3%。");
    assert_ne!(attr(&got, "96.1%"), "occupancy_rate");
    assert_ne!(attr(&got, "2.3%"), "occupancy_rate");
    // A part of what the clause before measured (其中) is a share of it.
    let got = attributes_of("职工缴费比例为20%，其中8%记入个人账户。");
    assert_ne!(attr(&got, "8%"), attr(&got, "20%"));
}

/// Each value found in `text`: its words, and its unit and bound when a
/// quantity.
fn quantities_found(text: &str) -> Vec<(String, Option<(Unit, Bound)>)> {
    extract("t.txt", text, &Known::new())
        .unwrap()
        .found
        .into_iter()
        .map(|f| {
            let q = match &f.value {
                Value::Quantity(q) => Some((q.unit, q.bound)),
                _ => None,
            };
            (f.text, q)
        })
        .collect()
}

#[test]
fn a_rate_rising_to_a_level_is_read_with_the_level() {
    let got = quantities_found("青石县上月接待境外游客增加12.5%至3.8万人次。");
    let texts: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
    assert!(texts.contains(&"12.5%"), "{got:?}");
    assert!(texts.contains(&"3.8万人次"), "{got:?}");
}

#[test]
fn a_lunar_day_and_a_code_after_its_label_are_no_values() {
    let got = quantities_found("青石古镇大年初五单日接待游客2.1万人次。");
    assert!(got.iter().all(|(t, _)| t != "五单"), "{got:?}");
    assert!(got.iter().any(|(t, _)| t == "2.1万人次"), "{got:?}");
    let got = quantities_found("公告编号：2031-017本公司董事会保证本公告内容真实。");
    assert!(got.iter().all(|(t, _)| !t.contains("017")), "{got:?}");
    let got = quantities_found("咨询电话：0731-84567890，全县共设服务点26个。");
    assert!(got.iter().all(|(t, _)| !t.contains("8456")), "{got:?}");
    assert!(got.iter().any(|(t, _)| t == "26个"), "{got:?}");
    // A count after the label is a count, not a code cut at its point.
    let got = quantities_found("全年12345热线：3.2万件诉求办结率达98.5%。");
    assert!(got.iter().any(|(t, _)| t == "3.2万件"), "{got:?}");
    assert!(got.iter().all(|(t, _)| t != "2万件"), "{got:?}");
    // A place in a ranking is no count; the count of a list's members is.
    let got = quantities_found("青石县出口额居全省前三位，县里有外贸企业36家。");
    assert!(got.iter().all(|(t, _)| t != "三位"), "{got:?}");
    assert!(got.iter().any(|(t, _)| t == "36家"), "{got:?}");
}

#[test]
fn a_price_said_in_words_after_a_selling_verb_follows_the_yuan_before() {
    let got = quantities_found("今年鲜果收购价一斤十五块左右，早熟的一斤能卖到二十出头。");
    let q = got
        .iter()
        .find(|(t, _)| t == "二十出头")
        .unwrap_or_else(|| panic!("{got:?}"));
    assert_eq!(q.1, Some((Unit::Cny, Bound::AtLeast)));
    // A range of thousands ending a quoted headline after a word of
    // earning is yuan, as when 。 ends it.
    let got = quantities_found(
        "青石果农算账：“一亩桃园比种玉米多挣三四千”\n\n青石县今年桃子产量1.2万吨。",
    );
    let q = got
        .iter()
        .find(|(t, _)| t == "三四千")
        .unwrap_or_else(|| panic!("{got:?}"));
    assert_eq!(q.1, Some((Unit::Cny, Bound::Range)));
    // Not a count of people said after one in yuan, with no selling verb.
    let got = quantities_found("每天工钱一百块左右，来帮忙采茶的工人有二十出头。");
    assert!(
        got.iter()
            .all(|(t, q)| t != "二十出头" || q.is_some_and(|(u, _)| u != Unit::Cny)),
        "{got:?}"
    );
}

/// Round 45: what a fishing ban's bulletin, a labour survey and an
/// airport's winter schedule count and measure, named by the lexicon's
/// words rather than by the unit alone (count, share, mass, length).
#[test]
fn enforcement_labour_and_winter_schedule_measures_are_named() {
    let got = attributes_of(
        "青石市今年组织执法行动86次，出动执法船艇640艘次，巡航里程约3.2万公里，没收违规网具312张，举办招聘会24场。",
    );
    assert_eq!(attr(&got, "86次"), "enforcement_operation_count");
    assert_eq!(attr(&got, "640艘次"), "enforcement_vessel_count");
    assert_eq!(attr(&got, "约3.2万公里"), "patrol_distance");
    assert_eq!(attr(&got, "312张"), "nets_confiscated");
    assert_eq!(attr(&got, "24场"), "job_fair_count");
    let got = attributes_of("青石省9月劳动力参与率为59.1%，青石机场航班放行正常率为90.2%。");
    assert_eq!(attr(&got, "59.1%"), "labour_force_participation_rate");
    assert_eq!(attr(&got, "90.2%"), "on_time_rate");
    let got = attributes_of("青石机场储备除冰液300吨、融雪剂180吨，配备除冰车9台。");
    assert_eq!(attr(&got, "300吨"), "deicing_fluid_reserve");
    assert_eq!(attr(&got, "180吨"), "snow_melting_agent_reserve");
    assert_eq!(attr(&got, "9台"), "deicing_vehicle_count");
}

#[test]
fn money_a_clause_calls_a_subsidy_after_it_is_a_subsidy() {
    // Round 46: the word after the amounts (…购房补贴), the standard's
    // (…的标准发放生活补助), and 补 the verb right before.
    let got = attributes_of("青石县对首次购房的本科、硕士分别给予3万元、6万元购房补贴。");
    assert_eq!(attr(&got, "3万元"), "subsidy");
    assert_eq!(attr(&got, "6万元"), "subsidy");
    let got = attributes_of("青石县每名新生可获得900元一次性补助。");
    assert_eq!(attr(&got, "900元"), "subsidy");
    // What each one is given by a standard stays amount_each.
    let got = attributes_of("青石县按每户2万元的标准给予重建补助。");
    assert_eq!(attr(&got, "2万元"), "amount_each");
    let got = attributes_of("老人吃一顿饭十块钱，政府补了四块钱。");
    assert_eq!(attr(&got, "四块钱"), "subsidy");
    // Not across a clause (but see subsidy_named_before, round 56), nor
    // 弥补.
    let got = attributes_of("合作社拿出资金弥补300万元的缺口。");
    assert_ne!(attr(&got, "300万元"), "subsidy");
}

#[test]
fn people_engaged_in_a_trade_are_its_workers() {
    // Round 46: 从事…的 and a short noun before the count.
    let got = attributes_of("全镇从事茶叶种植、加工的群众有八千多人。");
    assert_eq!(attr(&got, "八千多人"), "worker_count");
    let got = attributes_of("青石县从事蔬菜运销的经纪人约1200人。");
    assert_eq!(attr(&got, "约1200人"), "worker_count");
    // No 从事: people, not workers.
    let got = attributes_of("全镇种植茶叶的群众有八千多人。");
    assert_ne!(attr(&got, "八千多人"), "worker_count");
    // No longer at it: people, not workers.
    let got = attributes_of("青石县不再从事捕捞的渔民有1200多人。");
    assert_ne!(attr(&got, "1200多人"), "worker_count");
    let got = attributes_of("全县已退出从事养殖的群众有800人。");
    assert_ne!(attr(&got, "800人"), "worker_count");
}

#[test]
fn a_count_named_by_what_the_clause_counts_not_by_its_counter() {
    // Round 47 (h47z): nouns of danger, stock, cables and members.
    let got = attributes_of("青石县汛期发现并处置渗漏等险情17处，储备编织袋12万条。");
    assert_eq!(attr(&got, "17处"), "hazard_count");
    assert_eq!(attr(&got, "12万条"), "sandbag_count");
    let got = attributes_of("青石大桥全桥共有斜拉索96根，医联体成员单位共45家。");
    assert_eq!(attr(&got, "96根"), "cable_count");
    assert_eq!(attr(&got, "45家"), "institution_count");
    let got = attributes_of("青石县医院开展远程心电诊断3.1万例。");
    assert_eq!(attr(&got, "3.1万例"), "diagnosis_count");
    // Verbs of people: referrals, people resettled after a longer noun of
    // people, residents signed on, villagers working near home.
    let got = attributes_of("乡镇卫生院接收下转患者820人次，向上转诊患者3100人次。");
    assert_eq!(attr(&got, "820人次"), "referral_count");
    assert_eq!(attr(&got, "3100人次"), "referral_count");
    let got = attributes_of("青石县累计转移安置受灾地区群众2300人，其中集中安置410人。");
    assert_eq!(attr(&got, "2300人"), "people_relocated");
    assert_eq!(attr(&got, "410人"), "people_relocated");
    let got = attributes_of("青石县今年带动村民就近务工5200人次。");
    assert_eq!(attr(&got, "5200人次"), "jobs_created");
    // Migrants stay migrants: the longer verb wins a tie.
    let got = attributes_of("青石县去年外出务工8.2万人。");
    assert_eq!(attr(&got, "8.2万人"), "migrant_worker_count");
    // A long noun not of people keeps the verb away.
    let got = attributes_of("青石县转移安置受灾地区大型牲畜2300头。");
    assert_ne!(attr(&got, "2300头"), "people_relocated");
}

#[test]
fn money_saved_paid_out_more_and_per_share() {
    let got = attributes_of("中标金额较预算金额节约资金约210万元，每年可节约物流成本约800万元。");
    assert_eq!(attr(&got, "约210万元"), "savings");
    assert_eq!(attr(&got, "约800万元"), "cost_saving");
    // No verb of saving: funds stay funds.
    let got = attributes_of("青石县筹措资金约210万元。");
    assert_eq!(attr(&got, "约210万元"), "funding");
    let got = attributes_of("青石村合作社今年分红52万元，比上年多发6万元，每股分红12.5元。");
    assert_eq!(attr(&got, "6万元"), "dividend_increase");
    assert_eq!(attr(&got, "12.5元"), "dividend_per_share");
}

#[test]
fn rain_above_its_usual_amount_and_a_share_cut_are_named_so() {
    let got = attributes_of("今年汛期青石县平均降水量512毫米，较常年同期偏多18.4%。");
    assert_eq!(attr(&got, "18.4%"), "rainfall_anomaly");
    let got = attributes_of("7月以来青石县累计降雨量仅60毫米，较常年同期偏少五成以上。");
    assert_eq!(attr(&got, "五成以上"), "rainfall_deficit");
    // No rain said: no anomaly of rain.
    let got = attributes_of("青石县客流较常年同期偏多18.4%。");
    assert_ne!(attr(&got, "18.4%"), "rainfall_anomaly");
    // 削减洪峰流量约30%: positive, a reduction of the peak.
    let x = extract(
        "t.txt",
        "青石县水库拦蓄洪水，削减洪峰流量约30%，较往年减少损失五成以上。",
        &Known::new(),
    )
    .unwrap();
    for (text, name) in [
        ("约30%", "peak_flow_reduction"),
        ("五成以上", "loss_reduction"),
    ] {
        let f = x.found.iter().find(|f| f.text == text).unwrap();
        assert_eq!(f.attribute, name);
        let Value::Quantity(q) = &f.value else {
            panic!("{f:?}")
        };
        assert!(!q.value.to_string().starts_with('-'), "{f:?}");
    }
    // A fall with no object stays a negative rate.
    let x = extract("t.txt", "青石县客流同比减少15%。", &Known::new()).unwrap();
    let f = x.found.iter().find(|f| f.text == "15%").unwrap();
    let Value::Quantity(q) = &f.value else {
        panic!("{f:?}")
    };
    assert!(q.value.to_string().starts_with('-'), "{f:?}");
}

#[test]
fn an_area_changed_a_height_and_a_lift_are_named() {
    let got = attributes_of("全县沙化土地面积较十年前减少约300万亩。");
    assert_eq!(attr(&got, "约300万亩"), "area_decrease");
    // No earlier time compared with: an area.
    let got = attributes_of("全县沙化土地面积约300万亩。");
    assert_eq!(attr(&got, "约300万亩"), "area");
    let got = attributes_of("青石大桥桥面距江面高约210米，主塔高186米，最大单件吊重达150吨。");
    assert_eq!(attr(&got, "约210米"), "height");
    assert_eq!(attr(&got, "186米"), "height");
    assert_eq!(attr(&got, "150吨"), "lifting_weight");
    let got = attributes_of("隧道穿越高地应力段1.6公里。");
    assert_ne!(attr(&got, "1.6公里"), "height");
}

#[test]
fn a_rate_is_named_by_the_word_ending_in_lv() {
    // Round 47 (h47c): rates no word named were shares.
    let got = attributes_of("青石县政务热线电话接通率保持在96%以上，群众调解率达到41.5%。");
    assert_eq!(attr(&got, "96%以上"), "connection_rate");
    assert_eq!(attr(&got, "41.5%"), "mediation_rate");
    let got = attributes_of("青石市法院一审服判息诉率87.2%，网上立案率达92.4%。");
    assert_eq!(attr(&got, "87.2%"), "acceptance_rate");
    assert_eq!(attr(&got, "92.4%"), "online_filing_rate");
    let got = attributes_of("青石县城乡供水保证率为91%，文物完好率为97%。");
    assert_eq!(attr(&got, "91%"), "supply_guarantee_rate");
    assert_eq!(attr(&got, "97%"), "good_condition_rate");
    // A level against an earlier year's is a recovery.
    let got = attributes_of("青石县接待游客同比增长9.1%，恢复至2019年同期的104.2%。");
    assert_eq!(attr(&got, "104.2%"), "recovery_rate");
    // A percentage no rate's word names stays a share.
    let got = attributes_of("青石县本地企业占比达到61%。");
    assert_eq!(attr(&got, "61%"), "share");
}

#[test]
fn a_count_is_named_by_the_head_of_its_noun() {
    // Round 47 (h47c): the noun's last word says what is counted when no
    // listed noun does, after the count or before it.
    let got = attributes_of("青石县设护林站12个，队员分成9个巡山组。");
    assert_eq!(attr(&got, "12个"), "station_count");
    assert_eq!(attr(&got, "9个"), "team_count");
    let got = attributes_of("青石县沿线设巡逻站点21个。");
    assert_eq!(attr(&got, "21个"), "station_count");
    let got = attributes_of("青石镇组建了14支助农服务队，今年又添了3台剥壳机。");
    assert_eq!(attr(&got, "14支"), "team_count");
    assert_eq!(attr(&got, "3台"), "machine_count");
    let got = attributes_of("青石湾今年可提供约1,600个单位。");
    assert_eq!(attr(&got, "约1,600个"), "unit_count");
    // The head must end the noun (站 of 站长 names nothing), and a head
    // some counter must say is not read by another (机 by 架).
    let got = attributes_of("青石县聘请站长12个，出动侦察机4架。");
    assert_eq!(attr(&got, "12个"), "count");
    assert_ne!(attr(&got, "4架"), "machine_count");
    // A noun must end the few characters after the count: past a verb the
    // head is another thing's.
    let got = attributes_of("青石县在沿海11个省市设立劳务工作站。");
    assert_ne!(attr(&got, "11个"), "station_count");
}

#[test]
fn people_taken_in_or_struck_are_named_by_their_verb_or_noun() {
    // Round 47 (h47c).
    let got = attributes_of("青石县开放集中安置点12个，安置群众3400多人。");
    assert_eq!(attr(&got, "3400多人"), "people_resettled");
    // Of two verbs ending together, the longer: 搬迁安置 still relocates.
    let got = attributes_of("青石县今年搬迁安置群众2600人。");
    assert_eq!(attr(&got, "2600人"), "people_relocated");
    let got = attributes_of("青石县受灾群众5.2万人。");
    assert_eq!(attr(&got, "5.2万人"), "affected_population");
    // …and counted by households, households.
    let got = attributes_of("青石县受灾群众1300户。");
    assert_eq!(attr(&got, "1300户"), "household_count");
}

#[test]
fn a_slight_fall_and_an_audits_words_name_their_values() {
    // Round 48 (h48z): 微跌 is a fall, stored negative.
    let found = extract(
        "t.txt",
        "青石县游客人均消费为2,196元，按年微跌0.4%。",
        &Known::new(),
    )
    .unwrap();
    let fell = found.found.iter().find(|f| f.text == "0.4%").unwrap();
    assert!(matches!(&fell.value, Value::Quantity(q) if q.value.to_string() == "-0.4"));
    // Rates and amounts an audit names by their own word.
    let got = attributes_of(
        "青石县下达补助资金2.6亿元，拨付率91.4%，审减率6.2%；\
         查出问题资金1.3亿元，其中违规金额4200万元。",
    );
    assert_eq!(attr(&got, "91.4%"), "disbursement_rate");
    assert_eq!(attr(&got, "6.2%"), "audit_reduction_rate");
    assert_eq!(attr(&got, "1.3亿元"), "problem_funds");
    assert_eq!(attr(&got, "4200万元"), "violation_amount");
    let got = attributes_of("青石城投公司资产总额98.6亿元、负债总额61.2亿元，应收账款1.8亿元。");
    assert_eq!(attr(&got, "61.2亿元"), "total_liabilities");
    assert_eq!(attr(&got, "1.8亿元"), "accounts_receivable");
    let got = attributes_of("青石县慈善会接收捐赠资金320万元，其中单位捐赠260万元。");
    assert_eq!(attr(&got, "320万元"), "donation");
    assert_eq!(attr(&got, "260万元"), "donation");
    let got = attributes_of("青石县建立小区党支部42个、业主委员会130个。");
    assert_eq!(attr(&got, "42个"), "party_branch_count");
    assert_eq!(attr(&got, "130个"), "owners_committee_count");
}

#[test]
fn a_count_after_a_list_of_counts_counts_what_its_counter_did() {
    // Round 48 (h48z): 已完工36个 counts the 小区 of 40个, not the 户.
    let got = attributes_of("青石区计划改造小区40个、居民1.2万户，已完工36个。");
    assert_eq!(attr(&got, "40个"), "community_count");
    assert_eq!(attr(&got, "36个"), "community_count");
}

#[test]
fn money_paid_out_is_not_the_money_received_before_it() {
    // 拨付 in the amount's own clause: paid out, not the donation the
    // clause before received.
    let got = attributes_of("截至6月底，县红十字会累计接收捐赠款860万元，已拨付540万元。");
    assert_eq!(attr(&got, "860万元"), "donation");
    assert_eq!(attr(&got, "540万元"), "funds_disbursed");
    // A verb with no name of its own leaves an amount, not a donation.
    let got = attributes_of("基金会今年收到捐赠资金300万元，已使用120万元。");
    assert_eq!(attr(&got, "120万元"), "amount");
    // The same verb in both clauses: the second amount is of the same kind.
    let got = attributes_of("省财政已拨付救灾资金900万元，市财政拨付300万元。");
    assert_ne!(attr(&got, "300万元"), "funds_disbursed");
}

#[test]
fn a_way_to_pay_is_no_payment() {
    // 微信支付 names how the tickets' money came in, not money paid out.
    let got = attributes_of("东岭景区今年门票收入1200万元，其中通过微信支付860万元。");
    assert_eq!(attr(&got, "1200万元"), "ticket_revenue");
    assert_ne!(attr(&got, "860万元"), "payment");
    // 支付宝 before does not say 支付: the amount paid after is a payment.
    let got = attributes_of("青松基金会通过支付宝收到捐款50万元，已支付30万元。");
    assert_eq!(attr(&got, "30万元"), "payment");
}

#[test]
fn an_own_verb_is_a_word_of_its_own() {
    // Round 50: 使用费 is a fee, not a use (使用 inside a longer word): the
    // amount is of the kind of the one before, as with no verb at all.
    let got = attributes_of("青石公司今年专利许可收入500万元，其中商标使用费120万元。");
    assert_eq!(attr(&got, "500万元"), attr(&got, "120万元"));
    // 网上支付 (one word) is a way the money came in, not a payment.
    let got = attributes_of("东岭景区今年门票收入1200万元，其中网上支付860万元。");
    assert_ne!(attr(&got, "860万元"), "payment");
}

#[test]
fn the_own_verb_nearest_the_amount_speaks() {
    // Round 50: 使用 and 拨付 both in the clause; 拨付, nearest before the
    // amount, says what was done with it.
    let got = attributes_of("青石县慈善会今年接收捐赠款900万元，按使用方案拨付600万元。");
    assert_eq!(attr(&got, "600万元"), "funds_disbursed");
    // 上级拨付: money that came in from above, not paid out.
    let got = attributes_of("青石县慈善总会今年收到社会捐款260万元，其中上级拨付130万元。");
    assert_ne!(attr(&got, "130万元"), "funds_disbursed");
}

#[test]
fn what_is_done_of_a_plan_is_named_by_its_stage() {
    // Round 50: 已完成 after an investment planned: the investment done.
    let got = attributes_of("今年青石县重点项目计划投资86亿元，已完成61.2亿元。");
    assert_eq!(attr(&got, "86亿元"), "planned_investment");
    assert_eq!(attr(&got, "61.2亿元"), "investment_completed");
    // Projects counted by their stage after the projects signed.
    let got = attributes_of("全县今年签约项目45个，总投资320亿元，已开工28个，竣工投产12个。");
    assert_eq!(attr(&got, "28个"), "started_project_count");
    assert_eq!(attr(&got, "12个"), "completed_project_count");
    // A stage of no projects counts no projects.
    let got = attributes_of("全县今年新建充电桩45个，已开工28个。");
    assert_ne!(attr(&got, "28个"), "started_project_count");
}

#[test]
fn the_level_a_change_reaches_measures_what_it_left() {
    // Round 50: 从X增加到了Y: Y is what X was, with no word of its own.
    let got = attributes_of("青石县城区停车泊位从1200个增加到了1800个。");
    assert_ne!(attr(&got, "1200个"), "count");
    assert_eq!(attr(&got, "1800个"), attr(&got, "1200个"));
    // 较去年的X after a value: the level it started from.
    let got = attributes_of("青石湖越冬候鸟数量已达5200只，较2024年的4100只增加1100只。");
    assert_eq!(attr(&got, "4100只"), attr(&got, "5200只"));
}

#[test]
fn an_item_cut_at_a_semicolon_goes_on_with_the_item_before() {
    // Round 50: the splitter cuts at ；, each place's item its own sentence.
    let got = attributes_of(
        "分区来看，东城区今年加装电梯312台，数量居各区首位；西城区286台；南城区197台。",
    );
    assert_eq!(attr(&got, "286台"), attr(&got, "312台"));
    assert_eq!(attr(&got, "197台"), attr(&got, "312台"));
    // An office's divisions are items too (教育处…；社会处86.5亿元次之).
    let got = attributes_of("县教育处支出12.4亿元，占总支出的28%；社会处8.6亿元，占19%。");
    assert_eq!(attr(&got, "8.6亿元"), attr(&got, "12.4亿元"));
    // A verb the item before said too (新增) may follow the place.
    let got = attributes_of("甲区新增公共充电桩5120个，数量居首位；乙区新增4380个。");
    assert_eq!(attr(&got, "4380个"), attr(&got, "5120个"));
    // A new line is no item of the list before.
    let got = attributes_of("东城区今年加装电梯312台；\n西城区286台。");
    assert_ne!(attr(&got, "286台"), attr(&got, "312台"));
}

#[test]
fn a_day_money_came_in_and_a_year_ahead_are_named() {
    // 收到 in the clause after a day standing alone: the day it came in.
    let got = attributes_of("2026年3月12日，青石公司收到县科技局拨付的研发补助资金85万元。");
    assert_eq!(attr(&got, "2026年3月12日"), "date_received");
    // 明年 with no event word of its own: a planned date, not a bare one.
    let got = attributes_of("明年，青石县将继续扩大茶园规模，带动更多农户增收。");
    assert_eq!(attr(&got, "明年"), "date_planned");
    // A year alone before the clause that sets a goal: the goal's date.
    let got = attributes_of("2027年，青石县将力争茶叶综合产值突破30亿元。");
    assert_eq!(attr(&got, "2027年"), "date_target");
    // 由 a year 的 a value: the year the change starts from.
    let got =
        attributes_of("全县森林覆盖率由2021年的41.2%提高到46.5%，由去年的45.1%再提高1.4个百分点。");
    assert_eq!(attr(&got, "2021年"), "base_year");
    assert_eq!(attr(&got, "去年"), "base_year");
    // A goal followed, not set: a date.
    let got = attributes_of("2025年，全县紧扣争先目标，经济运行稳中有进。");
    assert_eq!(attr(&got, "2025年"), "date");
    // Orders booked as far as a date: no plan.
    let got = attributes_of("青石公司的订单已经排到明年五月。");
    assert_eq!(attr(&got, "明年五月"), "date");
    // A year already said plainly stays a date.
    let got = attributes_of("2025年，青石县茶园规模继续扩大，带动农户增收。");
    assert_eq!(attr(&got, "2025年"), "date");
}

#[test]
fn letters_received_in_a_year_are_no_money_received() {
    // 收到 of letters, not money: the year is the period reported.
    let got = attributes_of("2025年，西山县共收到群众来信2300件，办结率98%。");
    assert_ne!(attr(&got, "2025年"), "date_received");
    // A month of money received is its day's kind still.
    let got = attributes_of("东河公司今年8月收到退税款420万元，用于新建生产线。");
    assert_eq!(attr(&got, "今年8月"), "date_received");
}

/// Round 50 (h50z): a bullet's figure on its own line (▶1,850张) or before a
/// colon (● 46支：…) is named as the text under it names the same figure,
/// not by its unit alone (count, share, amount).
#[test]
fn a_bullets_figure_is_named_by_the_text_under_it() {
    let got = attributes_of(
        "青石县养老服务这一年\n\n▶1,850张\n全县各类养老床位达到1,850张，比上年末增加120张。\n\n\
         ▶67.5%\n全县公办养老机构平均入住率由上年的58.2%提高到67.5%。\n\n\
         ● 2.3亿元：全县投入养老服务资金2.3亿元。\n",
    );
    // The first of each figure found is the bullet's.
    assert_eq!(attr(&got, "1,850张"), "bed_count");
    assert_eq!(attr(&got, "67.5%"), "occupancy_rate");
    assert_eq!(attr(&got, "2.3亿元"), "investment");
}

/// Round 50 (h50z): rates said by their own word (支出进度, 支付率, 完赛率,
/// 準點率) are named so, not `share`.
#[test]
fn rates_of_spending_payment_finishing_and_punctuality() {
    let got = attributes_of("全市已支出专项债券资金58.6亿元，支出进度81.2%。");
    assert_eq!(attr(&got, "81.2%"), "spending_progress");
    let got = attributes_of("工程款支付率从年初的五成多提高到八成左右。");
    assert_eq!(attr(&got, "五成多"), "payment_rate");
    assert_eq!(attr(&got, "八成左右"), "payment_rate");
    let got = attributes_of("半程马拉松完赛率达到96.4%。");
    assert_eq!(attr(&got, "96.4%"), "completion_rate");
    let got = attributes_of("首十個月航班準點率為84.1%。");
    assert_eq!(attr(&got, "84.1%"), "on_time_rate");
}

#[test]
fn projects_or_money_not_at_a_stage_are_not_counted_there() {
    // Round 50 (h50r): 未开工, 未竣工, 未完成 say what is not at the stage.
    let got = attributes_of("全县今年签约项目45个，已开工28个，未开工17个。");
    assert_eq!(attr(&got, "28个"), "started_project_count");
    assert_ne!(attr(&got, "17个"), "started_project_count");
    let got = attributes_of("全县今年签约项目45个，已竣工12个，尚未竣工的33个。");
    assert_ne!(attr(&got, "33个"), "completed_project_count");
    let got = attributes_of("今年青石县重点项目计划投资86亿元，已完成61.2亿元，未完成24.8亿元。");
    assert_eq!(attr(&got, "61.2亿元"), "investment_completed");
    assert_ne!(attr(&got, "24.8亿元"), "investment_completed");
    let got = attributes_of("青石县今年接收捐赠款900万元，已拨付600万元，未拨付300万元。");
    assert_eq!(attr(&got, "600万元"), "funds_disbursed");
    assert_ne!(attr(&got, "300万元"), "funds_disbursed");
}

#[test]
fn a_giver_above_may_be_named_before_the_verb() {
    // Round 50 (h50r): 上级财政拨付, 上级主管部门拨付: money received.
    let got = attributes_of("青石县慈善总会今年收到社会捐款260万元，其中上级财政拨付130万元。");
    assert_ne!(attr(&got, "130万元"), "funds_disbursed");
    let got = attributes_of("青石县慈善总会今年收到社会捐款260万元，其中上级主管部门拨付130万元。");
    assert_ne!(attr(&got, "130万元"), "funds_disbursed");
    // What the office above says is no giver: the money is paid out.
    let got = attributes_of("青石县慈善会今年接收捐赠款900万元，按照上级文件拨付600万元。");
    assert_eq!(attr(&got, "600万元"), "funds_disbursed");
}

#[test]
fn the_parts_a_total_lists_after_its_clause_measure_what_it_does() {
    let got = attributes_of("青石县受旱面积6.4万亩，其中玉米3.1万亩、大豆1.2万亩。");
    assert_eq!(attr(&got, "6.4万亩"), "drought_affected_area");
    assert_eq!(attr(&got, "3.1万亩"), "drought_affected_area");
    assert_eq!(attr(&got, "1.2万亩"), "drought_affected_area");
    let got = attributes_of("青石县农作物受旱面积6.4万亩，其中轻旱4.1万亩。");
    assert_eq!(attr(&got, "4.1万亩"), "affected_crop_area");
    // A part its own word names keeps that name; a total no word names
    // gives the parts nothing.
    let got = attributes_of("青石县受旱面积6.4万亩，其中成灾面积2.2万亩。");
    assert_ne!(attr(&got, "2.2万亩"), "drought_affected_area");
    let got = attributes_of("青石县有林地8.8万亩，其中松林3.3万亩。");
    assert_eq!(attr(&got, "3.3万亩"), "area");
    // A total a verb names (种植玉米和大豆) names no part; a part of the sown
    // area is planted.
    let got = attributes_of("青石县种植玉米和大豆共9万亩，其中玉米6万亩。");
    assert_eq!(attr(&got, "6万亩"), "area");
    let got = attributes_of("青石县粮食播种面积50万亩，其中水稻30万亩。");
    assert_eq!(attr(&got, "30万亩"), "planted_area");
}

#[test]
fn a_date_since_which_something_began_and_a_plans_year_say_so() {
    let got = attributes_of("青石县茶叶节自2019年创办以来，累计接待游客120万人次。");
    assert_eq!(attr(&got, "2019年"), "date_started");
    let got = attributes_of("自2020年5月开通以来，青石口岸累计验放旅客超过300万人次。");
    assert_eq!(attr(&got, "2020年5月"), "date_opened");
    // 以来 without 自 is the period's start, left a date.
    let got = attributes_of("2021年以来，青石县累计建成高标准农田118万亩。");
    assert_ne!(attr(&got, "2021年"), "date_started");
    // Nor with 自 when nothing is said to begin.
    let got = attributes_of("自2021年以来，青石县累计建成高标准农田118万亩。");
    assert_ne!(attr(&got, "2021年"), "date_started");
    let got = attributes_of("青石县计划到2029年，将茶园面积扩大到12万亩。");
    assert_eq!(attr(&got, "2029年"), "date_target");
    // The date only: a standard said after it is no goal.
    let got = attributes_of("青石县计划到2029年完成茶园改造8万亩，每亩补助600元。");
    assert_eq!(attr(&got, "600元"), "subsidy_per_mu");
    let got = attributes_of("合作社想着到2028年，出栏肉羊达到六千只。");
    assert_eq!(attr(&got, "2028年"), "date_target");
}

#[test]
fn people_counted_each_time_they_came_are_visitors() {
    let got = attributes_of("国庆假期，青石古镇客流量突破36万人次。");
    assert_eq!(attr(&got, "突破36万人次"), "visitor_count");
    // A clinic's visits are no visitors.
    let got = attributes_of("今年青石县乡镇卫生院门诊量达到18.2万人次。");
    assert_ne!(attr(&got, "18.2万人次"), "visitor_count");
}

#[test]
fn a_signed_percentage_in_brackets_is_a_change() {
    // Round 51: 输往越南（+31.2%）, a rate printed with its sign in brackets
    // after what it is of, is its change, not a share.
    let got = attributes_of(
        "青石县对东盟的出口值上升9.8%，其中对泰国（+21.4%）及马来西亚（+12.6%）增长较快。",
    );
    assert_eq!(attr(&got, "21.4%"), "growth_rate");
    assert_eq!(attr(&got, "12.6%"), "growth_rate");
    // A bare percentage in brackets, no sign, stays what it was.
    let got = attributes_of("青石县外贸企业中，民营企业（63.5%）占多数。");
    assert_ne!(attr(&got, "63.5%"), "growth_rate");
}

#[test]
fn money_right_after_a_rise_or_fall_is_the_change() {
    // Round 51: 涨了, 增加了, 贵: money right after says by how much, a
    // change of what the words name (出口 → export_value_decrease).
    let got = attributes_of("青石县今年的鲜笋均价每斤涨了十五元，干笋比去年贵二十多元。");
    assert_eq!(attr(&got, "十五元"), "price_increase");
    // Round 53: dearer than last year is a price's rise.
    assert_eq!(attr(&got, "二十多元"), "price_increase");
    let got = attributes_of("青石县家电类出口值上升12.3%，增加了46亿元；鲜果出口减少了3亿元。");
    assert_eq!(attr(&got, "46亿元"), "increase");
    assert_eq!(attr(&got, "3亿元"), "export_value_decrease");
}

#[test]
fn a_heading_label_names_the_figures_of_its_paragraph() {
    // Round 51: ▶ 起付线：… names what its line and the paragraph under it
    // price; the paragraph after that is no longer under it.
    let text = "青石县医保待遇调整\n\n▶ 起付线：二级医院由800元降至600元\n\n一级医院为150元，二级医院为600元。\n\n另外，青石县今年还剩下3万元。\n";
    let got = attributes_of(text);
    assert_eq!(attr(&got, "800元"), "deductible");
    assert_eq!(attr(&got, "150元"), "deductible");
    assert_ne!(attr(&got, "3万元"), "deductible");
}

#[test]
fn a_goal_to_complete_is_a_goal() {
    // Round 51: 确保…完成 sets the figure done as a goal.
    let got = attributes_of("青石县确保全年税收收入完成6.8亿元。");
    assert!(attr(&got, "6.8亿元").ends_with("_target"), "{got:?}");
}

/// Round 51: a gap below the other figure (低于…个百分点, 比…低…个百分点)
/// is stored negative, like a fall; one above stays positive.
#[test]
fn points_below_the_other_figure_are_negative() {
    let x = extract(
        "t.txt",
        "青石县完工率为61.2%，低于全市平均水平14个百分点。在县外就医的，报销比例比在县内低8个百分点。\
         西山县完工率高于全市平均水平6个百分点。",
        &Known::new(),
    )
    .unwrap();
    for (text, value) in [
        ("14个百分点", "-14"),
        ("8个百分点", "-8"),
        ("6个百分点", "6"),
    ] {
        let f = x.found.iter().find(|f| f.text == text).unwrap();
        let Value::Quantity(q) = &f.value else {
            panic!("{text}: a quantity")
        };
        assert_eq!(q.value.to_string(), value, "{text}");
    }
}

/// Round 51: a limit said before 以内 (控制在债务限额151.3亿元以内) is the
/// limit, exact; 以内 after any other value still bounds it.
#[test]
fn a_limit_kept_within_is_exact() {
    let x = extract(
        "t.txt",
        "青石县政府债务余额86.4亿元，控制在省下达的债务限额92.5亿元以内。全年赤字率控制在3%以内。",
        &Known::new(),
    )
    .unwrap();
    let bound = |text: &str| {
        let f = x
            .found
            .iter()
            .find(|f| f.text.starts_with(text))
            .unwrap_or_else(|| panic!("{text} not found in {:?}", x.found));
        let Value::Quantity(q) = &f.value else {
            panic!("{text}: a quantity")
        };
        (f.text.clone(), q.bound)
    };
    assert_eq!(bound("92.5亿元"), ("92.5亿元".to_string(), Bound::Exact));
    assert_eq!(bound("3%").1, Bound::AtMost);
}

#[test]
fn points_after_a_bare_high_or_low_against_another_place_are_a_gap() {
    // Round 52: 比全省高 compares as 高于全省 does.
    let got =
        attributes_of("青石县一般公共预算收入同比增长6.4%，增速比全省平均水平高1.7个百分点。");
    assert_eq!(attr(&got, "1.7个百分点"), "growth_rate_gap");
    let got = attributes_of("青石县用水量同比增长2.5%，增速比用电量低3.6个百分点。");
    assert_eq!(attr(&got, "3.6个百分点"), "growth_rate_gap");
    // 提高 and 加快 after 比 are a change against the quarter before.
    let got = attributes_of("青石县工业增加值增长7.2%，增速比一季度提高0.8个百分点。");
    assert_ne!(attr(&got, "0.8个百分点"), "growth_rate_gap");
    // 与上年相比高: against last year, a change, no gap; against the
    // province, a gap.
    let got = attributes_of("青石县工业增加值增长7.2%，增速与上年相比高1.5个百分点。");
    assert_ne!(attr(&got, "1.5个百分点"), "growth_rate_gap");
    let got = attributes_of("青石县工业增加值增长7.2%，增速与全省相比高1.5个百分点。");
    assert_eq!(attr(&got, "1.5个百分点"), "growth_rate_gap");
}

#[test]
fn a_gap_in_points_after_a_named_rate_is_named_after_it() {
    // Round 52: the golds name a gap after the rate it compares.
    let got =
        attributes_of("青石县农作物耕种收综合机械化率达到93.6%，比全省平均水平高出约2.2个百分点。");
    assert_eq!(attr(&got, "约2.2个百分点"), "mechanization_rate_gap");
    let got = attributes_of("青石县项目完工率为61.5%，低于全市平均水平17个百分点。");
    assert_eq!(attr(&got, "17个百分点"), "completion_rate_gap");
    let got = attributes_of("青石县职工医保报销比例比全省平均水平低4个百分点。");
    assert_eq!(attr(&got, "4个百分点"), "reimbursement_rate_gap");
    // With no rate named before it, it stays a difference.
    let got = attributes_of("青石县酒店入住率高于全省12个百分点。");
    assert_eq!(attr(&got, "12个百分点"), "rate_difference");
}

/// Round 52 (h52z): names the gold of older sets agrees on: the longer
/// 回收利用率 over 利用率, a tap-water coverage rural or not, cinema
/// admissions and screenings, workers as the law calls them.
#[test]
fn recycling_coverage_admissions_and_workers_are_named_as_older_sets_do() {
    let got = attributes_of("青石县城区生活垃圾回收利用率达到41%，设备利用率为88%。");
    assert_eq!(attr(&got, "41%"), "recycling_rate");
    assert_eq!(attr(&got, "88%"), "utilization_rate");
    let got = attributes_of("白河镇农村自来水普及率达到93.5%，全县自来水普及率为95%。");
    assert_eq!(attr(&got, "93.5%"), "tap_water_coverage_rate");
    assert_eq!(attr(&got, "95%"), "tap_water_coverage_rate");
    let got = attributes_of("假期里青石县观影6.5万人次，放映影片1.2万场，全年观影人次达到41万。");
    assert_eq!(attr(&got, "6.5万人次"), "admissions");
    assert_eq!(attr(&got, "1.2万场"), "screening_count");
    assert_eq!(attr(&got, "41万"), "admissions");
    let got = attributes_of("青石县发放观影消费券3万张。");
    assert_eq!(attr(&got, "3万张"), "voucher_count");
    let got = attributes_of("青石县人社局今年为1200名劳动者追回工资860万元。");
    assert_eq!(attr(&got, "1200名"), "worker_count");
}

/// Round 52 (h52z): a landfill closed for good (封场) is date_closed; the
/// day heating starts (供暖时间为…) date_started.
#[test]
fn the_day_a_landfill_closed_or_heating_started_says_so() {
    let got = attributes_of("青石县白沙垃圾填埋场已于今年5月封场，明年将建成湿地公园。");
    assert_eq!(attr(&got, "今年5月"), "date_closed");
    let got = attributes_of("青石县今年集中供暖时间为11月5日，比往年提前两天。");
    assert_eq!(attr(&got, "11月5日"), "date_started");
}

/// Round 52 (h52z): a measure's name, then a verb of rise right before the
/// value (分别上调, 提高了): the value is the rise, not the level; the level
/// reached (提高到) stays the measure's.
#[test]
fn a_measure_raised_by_an_amount_is_its_increase() {
    let got = attributes_of("青石县月最低工资标准分别上调180元、120元。");
    assert_eq!(attr(&got, "180元"), "minimum_wage_increase");
    assert_eq!(attr(&got, "120元"), "minimum_wage_increase");
    let got = attributes_of("白河镇寄宿生生活补助提高了300元，走读生生活补助提高到900元。");
    assert_eq!(attr(&got, "300元"), "subsidy_increase");
    assert_eq!(attr(&got, "900元"), "subsidy");
}

/// Round 52 (h52z): a treatment capacity by the day (处理能力为每日…) is the
/// day's capacity, production_capacity, as older sets name it; one with no
/// period keeps treatment_capacity.
#[test]
fn a_treatment_capacity_by_the_day_is_the_days_capacity() {
    let got = attributes_of("白沙餐厨垃圾处理厂设计处理能力为每日300吨，全县污泥处理能力为2万吨。");
    assert_eq!(attr(&got, "300吨"), "production_capacity");
    assert_eq!(attr(&got, "2万吨"), "treatment_capacity");
}

/// Round 52 (h52z): an average ticket price is average_ticket_price (the
/// gold of two sets), a ticket price alone still a fare.
#[test]
fn an_average_ticket_price_says_so() {
    let got = attributes_of("青石县影院平均票价36.5元，青石至白沙的客车票价为18元。");
    assert_eq!(attr(&got, "36.5元"), "average_ticket_price");
    assert_eq!(attr(&got, "18元"), "fare");
}

/// Round 52 (h52z): wages won back (追回工资, 追回欠薪) are wages_recovered,
/// not a wage, as the gold of three sets names them; coal held in reserve
/// (储备燃煤) coal_reserve.
#[test]
fn wages_won_back_and_coal_in_reserve_say_so() {
    let got = attributes_of("青石县今年为农民工追回工资报酬860万元，白河镇追回欠薪120万元。");
    assert_eq!(attr(&got, "860万元"), "wages_recovered");
    assert_eq!(attr(&got, "120万元"), "wages_recovered");
    let got = attributes_of("青石热电厂已储备燃煤8.6万吨，够用两个月。");
    assert_eq!(attr(&got, "8.6万吨"), "coal_reserve");
    let got = attributes_of("采茶工每人每天工资180元。");
    assert_eq!(attr(&got, "180元"), "daily_wage");
}

/// Round 53 (h53a): a measure's name, then a comparison with an earlier
/// time and a verb of change right before the value (亩产比上年提高11公斤),
/// with no value before it in the clause: the value is the measure's
/// change; the level a comparison leads to (提高到) stays the measure's.
#[test]
fn a_measure_compared_with_an_earlier_time_names_its_change() {
    let got = attributes_of("今年推广新品种2万亩，白河镇小麦单产比上年提高约9公斤。");
    assert_eq!(attr(&got, "约9公斤"), "yield_increase");
    let got = attributes_of("青石县农民人均可支配收入比上年增加1260元。");
    assert_eq!(attr(&got, "1260元"), "income_increase");
    let got = attributes_of("青石县农民人均可支配收入比上年提高到21600元。");
    assert_ne!(attr(&got, "21600元"), "income_increase");
}

/// Round 53 (h53a): a price's change said against an earlier time (比去年
/// 高个/低了, the currency's name between) or by what is dearer or sells
/// for more (贵了, 多卖) is a price's change, not a level or a plain amount.
#[test]
fn a_price_changed_against_an_earlier_time_is_its_change() {
    let got = attributes_of("白河镇的梨一斤四块出头，比去年高个三四毛。");
    assert_eq!(attr(&got, "三四毛"), "price_increase");
    let got = attributes_of("今年化肥价格比去年每吨低了三百多元。");
    assert_eq!(attr(&got, "三百多元"), "price_decrease");
    let got = attributes_of("目前白河鸭梨每公斤价格在新台币40元左右，比去年同期高出新台币2元。");
    assert_eq!(attr(&got, "2元"), "price_increase");
    let got = attributes_of("冷库建好以后错季卖，一斤能多卖七八毛。");
    assert_eq!(attr(&got, "七八毛"), "price_increase");
    let got = attributes_of("青石码头的带鱼一斤三十来块，比去年贵了五六块。");
    assert_eq!(attr(&got, "五六块"), "price_increase");
    // Round 53 review: selling more, with no price per unit, is no price.
    let got = attributes_of("村里的梨今年一天能多卖两三百块钱。");
    assert_ne!(attr(&got, "两三百块钱"), "price_increase");
    let got = attributes_of("下雨天少卖了两万元。");
    assert_ne!(attr(&got, "两万元"), "price_decrease");
    // Round 53 review: a record reached against last year is a level.
    let got = attributes_of("青石县出口额较去年同期创下历史新高3200万美元。");
    assert_ne!(attr(&got, "3200万美元"), "export_value_increase");
}

#[test]
fn people_whose_problem_is_solved_are_beneficiaries() {
    let got = attributes_of("青石引水工程年供水3100万立方米，可解决库区周边约14万人的饮水困难。");
    assert_eq!(attr(&got, "约14万人"), "beneficiary_count");
    let got = attributes_of("白河县新建的两座水厂缓解了城郊5600人的用水难题。");
    assert_eq!(attr(&got, "5600人"), "beneficiary_count");
    // No solving verb: people who have the problem, not people helped.
    let got = attributes_of("受持续干旱影响，白河县有2.3万人的饮水出现困难。");
    assert_ne!(attr(&got, "2.3万人"), "beneficiary_count");
}

#[test]
fn cases_counted_by_the_case_are_cases() {
    // 起 with no noun of its own near it: cases, not a bare count.
    let got = attributes_of("青石县司法所今年成功调解邻里纠纷318起。");
    assert_eq!(attr(&got, "318起"), "case_count");
}

#[test]
fn calls_and_patients_of_an_emergency_line_are_counted() {
    let got = attributes_of(
        "青石县急救中心全年受理求助电话5.2万次，其中无效呼叫约6100次，救治患者1.9万人次。",
    );
    assert_eq!(attr(&got, "5.2万次"), "call_count");
    assert_eq!(attr(&got, "约6100次"), "call_count");
    assert_eq!(attr(&got, "1.9万人次"), "patient_count");
    // Patients counted by the case stay cases; referred ones referrals.
    let got = attributes_of("青石县医院今年收治急性心梗患者310例，下转患者2400人次。");
    assert_eq!(attr(&got, "310例"), "case_count");
    assert_eq!(attr(&got, "2400人次"), "referral_count");
    // A centre of calls is no call.
    let got = attributes_of("青石县已建成呼叫中心4个。");
    assert_ne!(attr(&got, "4个"), "call_count");
}

#[test]
fn registrations_of_marriage_and_riders_of_a_bike_share_are_counted() {
    let got = attributes_of("青石县今年共办理结婚登记2140对，办理离婚登记630对。");
    assert_eq!(attr(&got, "2140对"), "marriage_registration_count");
    assert_eq!(attr(&got, "630对"), "divorce_registration_count");
    let got = attributes_of("青石市公共自行车今年骑行量达1260万人次。");
    assert_eq!(attr(&got, "1260万人次"), "passenger_count");
}

#[test]
fn spending_saved_is_savings() {
    let got = attributes_of("青石县合作社统一采购，为农户节省农药支出约60万元。");
    assert_eq!(attr(&got, "约60万元"), "savings");
    // Spending not saved keeps its name.
    let got = attributes_of("青石县今年民生支出48亿元。");
    assert_ne!(attr(&got, "48亿元"), "savings");
}

#[test]
fn a_bare_number_after_a_coefficient_is_that_coefficient() {
    let got = attributes_of("青石县农田灌溉水有效利用系数由0.55提高到0.57。");
    assert_eq!(attr(&got, "0.55"), "irrigation_water_use_coefficient");
    assert_eq!(attr(&got, "0.57"), "irrigation_water_use_coefficient");
}

#[test]
fn berths_where_cars_park_are_parking_spaces() {
    let got = attributes_of("青石县机关单位夜间向市民开放停车场，共开放泊位2300个。");
    assert_eq!(attr(&got, "2300个"), "parking_space_count");
    // A port's berths stay berths.
    let got = attributes_of("青石港现有生产性泊位46个。");
    assert_ne!(attr(&got, "46个"), "parking_space_count");
}

#[test]
fn millimetres_in_a_sentence_on_rain_are_rainfall() {
    // The rain's word in an earlier clause of the sentence.
    let got = attributes_of(
        "青石县暴雨通报\n\n昨日青石县出现强降雨，雨势最强的是东岭乡，达到196.5毫米，\
         西坪镇最少，为42毫米。",
    );
    assert_eq!(attr(&got, "196.5毫米"), "rainfall");
    assert_eq!(attr(&got, "42毫米"), "rainfall");
    // Millimetres with no rain said stay a length.
    let got = attributes_of("青石大桥合龙\n\n青石大桥合龙时，两端高差控制在15毫米以内。");
    assert_eq!(attr(&got, "15毫米以内"), "length");
}

#[test]
fn compensation_per_mu_is_named_so() {
    let got = attributes_of("青石县生态林补偿标准为每亩每年32元，其中每亩直接补偿农户29元。");
    assert_eq!(attr(&got, "32元"), "compensation_per_mu");
    assert_eq!(attr(&got, "29元"), "compensation_per_mu");
}

#[test]
fn meals_served_and_blood_given_are_counted_by_their_verb() {
    let got = attributes_of("青石县老年食堂今年累计供餐38.6万人次，全县无偿献血2.4万人次。");
    assert_eq!(attr(&got, "38.6万人次"), "meals_served");
    assert_eq!(attr(&got, "2.4万人次"), "donation_count");
}

#[test]
fn rivers_their_stretches_and_provinces_are_counted_by_their_noun() {
    let got = attributes_of(
        "青石县今冬疏浚乡级河道46条，治理重点河段9处，产品销往全国17个省（区、市）。",
    );
    assert_eq!(attr(&got, "46条"), "river_count");
    assert_eq!(attr(&got, "9处"), "river_section_count");
    assert_eq!(attr(&got, "17个"), "province_count");
    let got = attributes_of("青石县今年完成县道改造3条、乡道改造14条。");
    assert_eq!(attr(&got, "3条"), "road_count");
    assert_eq!(attr(&got, "14条"), "road_count");
    // 河道 before another noun counts that noun, not rivers.
    let got = attributes_of("青石县设立河道水质监测断面12个。");
    assert_ne!(attr(&got, "12个"), "river_count");
}

#[test]
fn a_share_refunded_is_a_reimbursement_rate() {
    let got = attributes_of("青石县居民在乡镇卫生院住院可报销85%，大额费用按50%至70%分段报销。");
    assert_eq!(attr(&got, "85%"), "reimbursement_rate");
    assert_eq!(attr(&got, "50%至70%"), "reimbursement_rate");
    // A share with no refund said stays a share.
    let got = attributes_of("青石县乡镇卫生院住院人数占全县的35%。");
    assert_ne!(attr(&got, "35%"), "reimbursement_rate");
}

#[test]
fn money_of_a_subsidy_named_with_its_purpose_between_is_a_subsidy() {
    let got = attributes_of("青石县今年发放草原生态补助奖励资金2.4亿元。");
    assert_eq!(attr(&got, "2.4亿元"), "subsidy");
}

#[test]
fn rates_named_by_their_own_word() {
    let got = attributes_of("青石县小学生近视率为31.4%，全县民宿住房率平均约七成。");
    assert_eq!(attr(&got, "31.4%"), "myopia_rate");
    assert_eq!(attr(&got, "约七成"), "occupancy_rate");
    let got = attributes_of("青石县投诉处置率达到99.1%，回访反馈率为87%。");
    assert_eq!(attr(&got, "99.1%"), "disposal_rate");
    assert_eq!(attr(&got, "87%"), "feedback_rate");
}

#[test]
fn li_pan_sets_a_goal_as_li_pin_does() {
    let got = attributes_of("青石縣觀光處表示，明年力拚遊客人數突破50萬人次。");
    assert!(attr(&got, "突破50萬人次").ends_with("_target"), "{got:?}");
}

#[test]
fn a_place_is_no_thing_counted_by_zuo() {
    let got = attributes_of("青石县今年新建公厕120座，其中县城40座，乡镇集镇50座，景区30座。");
    assert_eq!(attr(&got, "50座"), "toilet_count");
    // Counted by 个, the place is what is counted.
    let got = attributes_of("青石县今年新建公厕120座，覆盖乡镇集镇15个。");
    assert_eq!(attr(&got, "15个"), "township_count");
}

#[test]
fn a_spoken_price_per_jin_after_cai_or_zhiyou_is_a_price() {
    let got = attributes_of("果农老周说：“那几年橘子一斤才一块二，后来一斤只有三块多钱。”");
    assert_eq!(attr(&got, "一块二"), "price");
    assert_eq!(attr(&got, "三块多钱"), "price");
}

#[test]
fn money_for_each_one_after_a_clause_naming_a_subsidy_is_that_subsidy() {
    let got = attributes_of("青石县为返乡创业青年发放一次性创业补贴，每人3000元。");
    assert_eq!(attr(&got, "3000元"), "subsidy");
    let got = attributes_of("青石县对冷库运行给予补助，每个冷库最高不超过20万元。");
    assert_eq!(attr(&got, "不超过20万元"), "max_subsidy");
    // A clause that gives its own amount names only that one.
    let got = attributes_of("青石县对每个车间补助8万元，单户最高15万元。");
    assert_eq!(attr(&got, "15万元"), "amount_each");
}

#[test]
fn money_a_speaker_spent_is_a_cost() {
    let got = attributes_of("老周说：“去年翻修老屋花了二十六万元，一家人下馆子一顿得花三百多元。”");
    assert_eq!(attr(&got, "二十六万元"), "cost");
    assert_eq!(attr(&got, "三百多元"), "cost");
}

#[test]
fn a_rise_said_with_zhang_hao_or_gui_is_a_growth_rate() {
    let got = attributes_of("店主老周说：“今年的生意比去年好了两成，房租比去年涨了一成半。”");
    assert_eq!(attr(&got, "两成"), "growth_rate_yoy");
    assert_eq!(attr(&got, "一成半"), "growth_rate_yoy");
    let got = attributes_of("国庆期间，青石县的民宿比平时贵了一倍多。");
    assert_eq!(attr(&got, "一倍多"), "growth_rate");
}

#[test]
fn an_area_right_before_a_crop_is_planted_with_it() {
    let got = attributes_of("眼下正值秋收，青石县38万亩玉米进入收获期。老周说：“我家有八亩茶。”");
    assert_eq!(attr(&got, "38万亩"), "planted_area");
    assert_eq!(attr(&got, "八亩"), "tea_garden_area");
}

#[test]
fn a_mass_right_after_zhong_is_a_weight() {
    let got = attributes_of("青石港今天吊装的变压器单台重约260吨，渔民捕到一条重38斤的青鱼。");
    assert_eq!(attr(&got, "约260吨"), "weight");
    assert_eq!(attr(&got, "38斤"), "weight");
}

#[test]
fn rates_named_by_their_own_word_round_56() {
    let got = attributes_of("青石县护林员流失率为6.5%，岗位空缺率约3%，补贴兑付率达到98.2%。");
    assert_eq!(attr(&got, "6.5%"), "turnover_rate");
    assert_eq!(attr(&got, "约3%"), "vacancy_rate");
    assert_eq!(attr(&got, "98.2%"), "payment_rate");
    let got = attributes_of(
        "湖区今年江豚发现率达91%，窑厂成品率在八成左右，助听器适配率为88.4%，宠物登记率达到七成。",
    );
    assert_eq!(attr(&got, "91%"), "sighting_rate");
    assert_eq!(attr(&got, "八成左右"), "yield_rate");
    assert_eq!(attr(&got, "88.4%"), "fitting_rate");
    assert_eq!(attr(&got, "七成"), "registration_rate");
}

#[test]
fn dogs_hives_stalls_and_kilns_are_counted_by_their_nouns() {
    let got = attributes_of("青石县今年收容流浪犬860多只，现有犬舍45个，设立免疫点32个。");
    // Dogs by the head only: cases of dog keeping are no dogs.
    let got2 = attributes_of("青石县今年查处不文明养犬行为230余起。");
    assert_eq!(attr(&got2, "230余起"), "case_count");
    assert_eq!(attr(&got, "860多只"), "dog_count");
    assert_eq!(attr(&got, "45个"), "kennel_count");
    assert_eq!(attr(&got, "32个"), "vaccination_point_count");
    let got = attributes_of(
        "全镇存养中蜂1.2万箱，集市设有摊位300个，镇上现有柴窑8座，建成灯光球场20个。",
    );
    assert_eq!(attr(&got, "1.2万箱"), "hive_count");
    assert_eq!(attr(&got, "300个"), "stall_count");
    assert_eq!(attr(&got, "8座"), "kiln_count");
    assert_eq!(attr(&got, "20个"), "court_count");
    // The stock (保有量) of what is named before it.
    let got = attributes_of("青石县农用无人机保有量达到320架。");
    assert_eq!(attr(&got, "320架"), "drone_count");
}

#[test]
fn money_named_raised_face_value_hourly_pay_and_rent() {
    let got = attributes_of(
        "青石公司本次发行债券每张面值100元，募集资金总额为5亿元，募集资金净额为4.9亿元。",
    );
    assert_eq!(attr(&got, "100元"), "face_value");
    assert_eq!(attr(&got, "5亿元"), "funds_raised");
    assert_eq!(attr(&got, "4.9亿元"), "net_proceeds");
    let got = attributes_of("老周说，保安时薪由40元上调至45元，店里房租一年八万元。");
    assert_eq!(attr(&got, "40元"), "hourly_wage");
    assert_eq!(attr(&got, "八万元"), "rent");
    // Money given toward the rent is a subsidy.
    let got = attributes_of("老周说，街道每年补贴房租和水电六万元左右。");
    assert_eq!(attr(&got, "六万元左右"), "subsidy");
}

#[test]
fn people_counted_by_the_household_are_households() {
    let got = attributes_of("青石县今年为860户残疾人家庭实施无障碍改造，全县共有低保对象2100户。");
    assert_eq!(attr(&got, "860户"), "household_count");
    assert_eq!(attr(&got, "2100户"), "household_count");
}

#[test]
fn a_rise_said_shengfu_is_a_growth_rate_and_bonds_are_counted_by_the_note() {
    let got = attributes_of("青石公司將清潔工時薪由60元上調至66元，升幅約10%。");
    assert_eq!(attr(&got, "約10%"), "growth_rate");
    let got = attributes_of("青石公司本次发行可转换公司债券500万张。");
    assert_eq!(attr(&got, "500万张"), "bond_count");
}

#[test]
fn a_plans_date_closed_by_qian_with_no_event_is_its_target() {
    let got = attributes_of("青石县财政局表示，补助资金将于11月底前通过社保卡发放到户。");
    assert_eq!(attr(&got, "11月底"), "date_target");
    let got = attributes_of("青石县计划在2029年或之前改造老旧管网120公里。");
    assert_eq!(attr(&got, "2029年"), "date_target");
    // 确保 sets a deadline, no plan's date.
    let got = attributes_of("青石县财政局确保11月底前各项补助资金发放到户。");
    assert_ne!(attr(&got, "11月底"), "date_target");
    // Done by then: no plan.
    let got = attributes_of("青石县补助资金已于11月底前通过社保卡发放到户。");
    assert_ne!(attr(&got, "11月底"), "date_target");
    // 前后 says about then, not by then.
    let got = attributes_of("青石县灯会的客流将于2月10日前后迎来高峰。");
    assert_ne!(attr(&got, "2月10日"), "date_target");
}

#[test]
fn a_goals_share_its_clause_calls_bili_is_a_share_target() {
    let got = attributes_of("力争到2028年底，青石县农村学校配备心理教师的比例达到85%以上。");
    assert_eq!(attr(&got, "85%以上"), "share_target");
    // No goal: a share reported.
    let got = attributes_of("今年青石县农村学校配备心理教师的比例达到85%。");
    assert_eq!(attr(&got, "85%"), "share");
}

#[test]
fn a_mass_right_after_a_verb_of_harvest_is_output() {
    let got = attributes_of("老周说，今年雨水足，他家的核桃收了三千多斤。");
    assert_eq!(attr(&got, "三千多斤"), "output");
    let got = attributes_of("青石村的茶园今年摘了一万二千来斤鲜叶。");
    assert_eq!(attr(&got, "一万二千来斤"), "output");
    // Per day or more than before: not a harvest's whole.
    let got = attributes_of("老周说，旺季的时候他一天能摘三十来斤。");
    assert_ne!(attr(&got, "三十来斤"), "output");
    let got = attributes_of("老周说，今年比去年多收了八百来斤。");
    assert_ne!(attr(&got, "八百来斤"), "output");
    // A buyer named a sentence before his quoted words bought, not harvested.
    let got = attributes_of("山货收购商老李告诉记者，价格比去年高。“今年我收了三百多吨。”");
    assert_ne!(attr(&got, "三百多吨"), "output");
}

#[test]
fn land_named_by_what_its_mianji_is_of() {
    let got = attributes_of("青石县今年发生草原火灾2起，过火面积约300亩。");
    assert_eq!(attr(&got, "约300亩"), "burned_area");
    let got = attributes_of("青石县小麦收入保险试点面积约3万亩，参保面积约80万亩。");
    assert_eq!(attr(&got, "约3万亩"), "pilot_area");
    assert_eq!(attr(&got, "约80万亩"), "insured_area");
    let got = attributes_of("青石县新建商品住宅套均面积约105平方米。");
    assert_eq!(attr(&got, "约105平方米"), "average_unit_area");
}

#[test]
fn weather_operations_rockets_and_sites_are_counted_by_their_nouns() {
    let got = attributes_of("青石市今年开展人工防雹作业95次，发射火箭弹870枚，现有作业点64个。");
    assert_eq!(attr(&got, "95次"), "operation_count");
    assert_eq!(attr(&got, "870枚"), "rocket_count");
    assert_eq!(attr(&got, "64个"), "operation_site_count");
    // 作业 counts operations only by the time: flights stay flights.
    let got = attributes_of("青石机场全年通航飞行作业3400架次。");
    assert_ne!(attr(&got, "3400架次"), "operation_count");
    let got = attributes_of("青石市殡仪馆新增火化炉4台，建成骨灰堂12个，新增格位8600个。");
    assert_eq!(attr(&got, "4台"), "cremator_count");
    assert_eq!(attr(&got, "12个"), "columbarium_count");
    assert_eq!(attr(&got, "8600个"), "niche_count");
}

#[test]
fn rates_said_by_their_own_word_are_named_by_it() {
    let got = attributes_of("青石县火化率稳定在99%，档案数字化率达到75.2%，骑手入会率提高到58%。");
    assert_eq!(attr(&got, "99%"), "cremation_rate");
    assert_eq!(attr(&got, "75.2%"), "digitization_rate");
    assert_eq!(attr(&got, "58%"), "membership_rate");
    let got = attributes_of("青石县头盔佩戴率达到91%，工伤认定率为88.5%。");
    assert_eq!(attr(&got, "91%"), "helmet_wearing_rate");
    assert_eq!(attr(&got, "88.5%"), "recognition_rate");
}

#[test]
fn consultations_and_checkups_counted_by_the_visit_are_named_so() {
    let got = attributes_of("青石县税务局全年受理企业咨询3.4万人次，组织职工体检6100人次。");
    assert_eq!(attr(&got, "3.4万人次"), "consultation_count");
    assert_eq!(attr(&got, "6100人次"), "medical_checkup_count");
}

#[test]
fn fines_export_earnings_and_amortized_costs_are_named_by_their_words() {
    let got = attributes_of("青石县今年查处违法案件62起，罚没金额合计18.4万元。");
    assert_eq!(attr(&got, "18.4万元"), "fines");
    let got = attributes_of("青石县芒果外销值达到3.2亿元，其中2027年摊销约210万元。");
    assert_eq!(attr(&got, "3.2亿元"), "export_value");
    assert_eq!(attr(&got, "约210万元"), "amortized_cost");
}

#[test]
fn a_part_after_a_change_is_a_part_of_the_level() {
    let got = attributes_of("白河县现有家庭农场520个，比上年增加45个，其中省级示范家庭农场130个。");
    let level = attr(&got, "520个");
    assert!(level.ends_with("_count") && level != "count", "{got:?}");
    assert_eq!(attr(&got, "45个"), format!("{level}_increase"));
    assert_eq!(attr(&got, "130个"), level);
    // 分别 after 其中: each part the list hands out is the level's too.
    let got = attributes_of(
        "白河县茶园面积达12.4万亩，比上年增加0.6万亩，其中东岭、西坪两镇分别为3.1万亩和2.7万亩。",
    );
    let level = attr(&got, "12.4万亩");
    assert!(attr(&got, "0.6万亩").ends_with("increase"), "{got:?}");
    assert_eq!(attr(&got, "3.1万亩"), level);
    assert_eq!(attr(&got, "2.7万亩"), level);
}

#[test]
fn what_a_comparison_says_was_newly_added_is_counted_as_new() {
    let got = attributes_of("白河县冷链物流企业达到356家，比年初新增42家。");
    let level = attr(&got, "356家");
    assert!(level.ends_with("_count") && level != "count", "{got:?}");
    assert_eq!(attr(&got, "42家"), format!("new_{level}"));
    // 增加 stays a rise of the level.
    let got = attributes_of("白河县冷链物流企业达到356家，比年初增加42家。");
    assert_eq!(
        attr(&got, "42家"),
        format!("{}_increase", attr(&got, "356家"))
    );
}

#[test]
fn views_of_streams_and_pages_are_no_visitors() {
    let got = attributes_of("白河音乐节直播观看量达到1200万人次，官网浏览量超过3000万人次。");
    assert_eq!(attr(&got, "1200万人次"), "livestream_views");
    assert_eq!(attr(&got, "超过3000万人次"), "page_views");
    let got = attributes_of("白河县老年大学今年线上点播课程约8.5万人次。");
    assert_eq!(attr(&got, "约8.5万人次"), "view_count");
}

#[test]
fn goods_stored_in_a_reserve_by_the_tonne_are_a_purchase() {
    let got = attributes_of("为稳定猪价，白河县首批收储冻猪肉500吨。");
    assert_eq!(attr(&got, "500吨"), "purchase_volume");
}

#[test]
fn people_taking_part_in_training_are_people_trained() {
    let got = attributes_of("白河县交警开展安全培训320场，参训骑手约2.6万人次。");
    assert_eq!(attr(&got, "约2.6万人次"), "people_trained");
}

#[test]
fn courses_counted_by_the_session_are_training_sessions() {
    let got = attributes_of("青石县农业农村局今年举办茶叶加工培训班38期，开展电商技能培训21期。");
    assert_eq!(attr(&got, "38期"), "training_session_count");
    assert_eq!(attr(&got, "21期"), "training_session_count");
    // A bulletin's issues are no sessions.
    let got = attributes_of("青石县气象台今年发布天气预警信息33期。");
    assert_ne!(attr(&got, "33期"), "training_session_count");
}

#[test]
fn output_value_per_mu_says_so() {
    let got = attributes_of("青石县推广稻鱼共生4.2万亩，亩均综合产值约7300元。");
    assert_eq!(attr(&got, "约7300元"), "output_value_per_mu");
}

#[test]
fn places_inspected_each_time_are_inspections() {
    let got = attributes_of("青石县市场监管局今年检查餐饮门店3150家次，检查企业870家次。");
    assert_eq!(attr(&got, "3150家次"), "inspection_count");
    assert_eq!(attr(&got, "870家次"), "inspection_count");
}

#[test]
fn saving_failed_tender_and_on_time_rates_are_named_by_their_words() {
    let got = attributes_of("青石县政府采购平均节约率4.1%，流标率2.7%，公交准时率达96.3%。");
    assert_eq!(attr(&got, "4.1%"), "saving_rate");
    assert_eq!(attr(&got, "2.7%"), "failed_tender_rate");
    assert_eq!(attr(&got, "96.3%"), "on_time_rate");
}

#[test]
fn a_fish_farms_tanks_are_ponds() {
    let got = attributes_of("青石县建成流水养殖池260余个。老周说：“我这儿有五十来个池子。”");
    assert_eq!(attr(&got, "260余个"), "pond_count");
    assert_eq!(attr(&got, "五十来个"), "pond_count");
}

#[test]
fn an_amount_said_before_its_unit_of_goods_is_a_price() {
    let got = attributes_of("老周说，今年的头茬笋卖到二十来块一斤，干笋卖一百多块钱一斤。");
    assert_eq!(attr(&got, "二十来块"), "price");
    assert_eq!(attr(&got, "一百多块钱"), "price");
}

#[test]
fn what_hands_make_or_pick_in_a_day_is_a_days_work() {
    let got = attributes_of("老周说，他一天做五六百个灯笼，他媳妇一天能套两千来个纸袋。");
    assert_eq!(attr(&got, "五六百个"), "daily_output");
    assert_eq!(attr(&got, "两千来个"), "daily_output");
    let got = attributes_of("采茶工王大姐一天能摘二十来斤鲜叶。");
    assert_eq!(attr(&got, "二十来斤"), "daily_picking_volume");
}

#[test]
fn posts_a_job_fair_brings_are_offered() {
    let got = attributes_of(
        "青石县春季招聘会共有210家企业进场，提供就业岗位6400余个。\
         青石县茶厂项目投产后可提供就业岗位800个。",
    );
    assert_eq!(attr(&got, "6400余个"), "jobs_offered");
    assert_eq!(attr(&got, "800个"), "jobs_created");
}

#[test]
fn an_amount_said_of_one_piece_is_its_price() {
    let got = attributes_of("老孙说，合作社新添了一台烘干机十二万块，草莓礼盒六十元一盒。");
    assert_eq!(attr(&got, "十二万块"), "price");
    assert_eq!(attr(&got, "六十元"), "price");
    let got = attributes_of("农机站对每台烘干机补贴三千元，每件农具不超过八百元。");
    assert_ne!(attr(&got, "三千元"), "price");
    assert_ne!(attr(&got, "不超过八百元"), "price");
}

#[test]
fn experts_counted_each_time_are_experts() {
    let got = attributes_of("今年县人民医院先后下派专家85人次，赴乡镇卫生院坐诊。");
    assert_eq!(attr(&got, "85人次"), "expert_count");
}

#[test]
fn a_value_its_words_after_call_a_goal_is_a_target() {
    let got = attributes_of("今年全县粮食总产量41.2万吨，超过年初确定的粮食总产量40万吨的目标。");
    let named = attr(&got, "40万吨");
    assert!(named.ends_with("_target"), "{named}");
    let got = attributes_of("今年居民收入增幅放缓，全年增幅低于年初确定的6%左右的目标。");
    assert_eq!(attr(&got, "6%左右"), "growth_rate_target");
}

#[test]
fn a_markets_trade_is_its_transaction_value_and_volume() {
    // 交易额 and 成交额, a year's or not, and 交易量 are named as a
    // market's transactions; carbon traded keeps its own name.
    let got = attributes_of("青石镇蔬菜批发市场全年交易额达到26亿元，交易量约40万吨。");
    assert_eq!(attr(&got, "26亿元"), "transaction_value");
    assert_eq!(attr(&got, "约40万吨"), "transaction_volume");
    let got = attributes_of("白沙县农产品展销会现场成交额1.8亿元。");
    assert_eq!(attr(&got, "1.8亿元"), "transaction_value");
    let got = attributes_of("青石理工大学登记技术合同860项，成交额9.6亿元。");
    assert_eq!(attr(&got, "9.6亿元"), "technology_contract_turnover");
    let got = attributes_of("去年全县完成林业碳汇交易3笔，交易量15万吨。");
    assert_eq!(attr(&got, "15万吨"), "carbon_trade_volume");
    // A year's trade a project expects once built stays a yearly figure.
    let got = attributes_of("该物流园建成后预计年交易额超过8亿元。");
    assert_eq!(attr(&got, "超过8亿元"), "annual_trade_value");
}

#[test]
fn a_weight_harvested_from_each_mu_tree_or_hive_is_its_yield() {
    let got = attributes_of("示范区稻田每亩可产小龙虾120公斤左右、优质稻谷450公斤以上。");
    assert_eq!(attr(&got, "120公斤左右"), "yield_per_mu");
    assert_eq!(attr(&got, "450公斤以上"), "yield_per_mu");
    let got = attributes_of("老李家的梨树一棵一年能摘八十多斤。");
    assert_eq!(attr(&got, "八十多斤"), "yield_per_tree");
    let got = attributes_of("他养了三十箱中蜂，一箱一年能割十几斤蜜。");
    assert_eq!(attr(&got, "十几斤"), "yield_per_hive");
    // Fertilizer spread on each mu and a box of fruit are no yield.
    let got = attributes_of("每亩平均减少化肥用量约3公斤，一箱苹果十斤装。");
    assert_ne!(attr(&got, "约3公斤"), "yield_per_mu");
}

#[test]
fn a_part_of_a_whole_after_a_list_of_rises_is_a_share() {
    let got = attributes_of(
        "青石县茶叶主要销往上海、杭州和南京，同比分别增长12%、8%和5%，分别占销量的40%、25%及20%。",
    );
    assert_eq!(attr(&got, "12%"), "growth_rate_yoy");
    assert_eq!(attr(&got, "40%"), "share");
    assert_eq!(attr(&got, "20%"), "share");
    // A change of a share stays a change.
    let got = attributes_of("全县新能源发电量同比增长18%，占全部发电量的比重提高2个百分点。");
    assert_ne!(attr(&got, "2个百分点"), "share");
}

#[test]
fn what_a_thing_costs_to_build_is_its_cost() {
    let got = attributes_of("一座新建乡村公厕造价在三十万元左右，全县共建了十二座。");
    assert_eq!(attr(&got, "三十万元左右"), "cost");
    let got = attributes_of("白沙大桥工程总造价约12亿元，平均每公里造价约3亿元。");
    assert_eq!(attr(&got, "约12亿元"), "cost");
    assert_eq!(attr(&got, "约3亿元"), "cost_per_km");
}

#[test]
fn laboratories_and_inheritors_are_named_as_the_golds_name_them() {
    let got = attributes_of("青石市今年新建省级重点实验室4个，认定非遗传承人12名。");
    assert_eq!(attr(&got, "4个"), "laboratory_count");
    assert_eq!(attr(&got, "12名"), "inheritor_count");
    let got = attributes_of("全镇建成烘干房40座、冷藏库9座。");
    assert_eq!(attr(&got, "9座"), "cold_storage_count");
}

#[test]
fn pigs_a_company_sells_are_its_sales_volume() {
    let got = attributes_of("本月青石牧业公司销售生猪18.6万头，环比增长4.2%。");
    assert_eq!(attr(&got, "18.6万头"), "sales_volume");
}

#[test]
fn a_line_assembling_or_hands_working_in_a_day_turn_out_daily_output() {
    // The making verbs of round 60.
    let got = attributes_of("老李说，他的小厂一条线一天能装八九万个。");
    assert_eq!(attr(&got, "八九万个"), "daily_output");
    let got = attributes_of("老师傅说，一个人一天也就弄个六七十把。");
    assert_eq!(attr(&got, "六七十把"), "daily_output");
}

#[test]
fn a_verb_of_a_days_work_may_take_ge_after_it() {
    let got = attributes_of("王师傅说，车间一天能出个五六千个纸盒，旺季还得加班。");
    assert_eq!(attr(&got, "五六千个"), "daily_output");
}

#[test]
fn goods_sold_or_bought_in_a_day_are_a_days_trade() {
    let got = attributes_of("摊主说，平时一天卖个三四百碗，周末能翻一番。");
    assert_eq!(attr(&got, "三四百碗"), "daily_sales_volume");
    let got = attributes_of("青石镇的经纪人老周说，他一天能收四五十吨。");
    assert_eq!(attr(&got, "四五十吨"), "daily_purchase_volume");
    // 走 of trips is no sale, nor is 多卖 the day's sales.
    let got = attributes_of("司机说，旺季一天能走七八趟。");
    assert_ne!(attr(&got, "七八趟"), "daily_sales_volume");
    let got = attributes_of("店主说，通车后每天能多卖五六十碗。");
    assert_ne!(attr(&got, "五六十碗"), "daily_sales_volume");
}

#[test]
fn a_registrys_business_and_this_years_trade_are_named_as_the_golds_name_them() {
    let got =
        attributes_of("本月青石市办理不动产登记业务3.2万件，其中首次登记2100件，抵押登记9800件。");
    assert_eq!(attr(&got, "3.2万件"), "registration_count");
    assert_eq!(attr(&got, "2100件"), "first_registration_count");
    assert_eq!(attr(&got, "9800件"), "mortgage_registration_count");
    // 登记业务 of pledges counted by the 笔 stays the transactions.
    let got = attributes_of("青石市商标受理窗口已受理质押权登记业务5笔。");
    assert_ne!(attr(&got, "5笔"), "registration_count");
    let got = attributes_of("青石农产品交易中心今年交易量达到6.4万吨。");
    assert_eq!(attr(&got, "6.4万吨"), "transaction_volume");
}

#[test]
fn counts_a_counter_and_a_cue_name_together() {
    let got = attributes_of("青石县今年开展电商培训26期，检查餐馆410家次，选派专家96人次。");
    assert_eq!(attr(&got, "26期"), "training_session_count");
    assert_eq!(attr(&got, "410家次"), "inspection_count");
    assert_eq!(attr(&got, "96人次"), "expert_count");
}

#[test]
fn money_a_month_brings_a_worker_is_the_monthly_wage() {
    let got = attributes_of("车间主任说，熟练的焊工一个月能拿八千上下，学徒一个月三千出头。");
    assert_eq!(attr(&got, "八千上下"), "monthly_wage");
    assert_eq!(attr(&got, "三千出头"), "monthly_wage");
    let got = attributes_of("护工的工资由区财政保障，每人每月3100元。");
    assert_eq!(attr(&got, "3100元"), "monthly_wage");
    // 每月 with no word of pay in its sentence, and money spent in a month.
    let got = attributes_of("对独居老人每人每月发放300元。");
    assert_ne!(attr(&got, "300元"), "monthly_wage");
    let got = attributes_of("老张说，坐公交一个月也就花个七八十块。");
    assert_ne!(attr(&got, "七八十块"), "monthly_wage");
}

#[test]
fn followers_are_named_as_the_golds_name_them() {
    let got = attributes_of("青石县融媒体中心公众号关注人数达到3.1万人。");
    assert_eq!(attr(&got, "3.1万人"), "follower_count");
}

#[test]
fn what_hands_make_in_a_month_or_a_year_is_that_periods_output() {
    let got = attributes_of(
        "老周说，他一个月也就做二十来把竹椅，徒弟一年能编三千多个竹篮，\
         老伴一天能捞个七八百张纸。",
    );
    assert_eq!(attr(&got, "二十来把"), "monthly_output");
    assert_eq!(attr(&got, "三千多个"), "annual_output");
    assert_eq!(attr(&got, "七八百张"), "daily_output");
}

#[test]
fn a_spoken_price_per_kilo_per_piece_or_of_better_goods_is_a_price() {
    let got = attributes_of(
        "老吴说，腊肉每公斤能卖到一百二十元，好的一把竹扇能卖两三千块。\
         桂花干一斤卖四十来块，好的能卖到七十多块。",
    );
    assert_eq!(attr(&got, "一百二十元"), "price");
    assert_eq!(attr(&got, "两三千块"), "price");
    assert_eq!(attr(&got, "七十多块"), "price");
    // Sold in all, or reached with no unit priced before: no price.
    let got =
        attributes_of("老吴说，桂花干一斤卖四十来块，去年一共卖了八万多块。今年能卖到十来万块。");
    assert_ne!(attr(&got, "八万多块"), "price");
    assert_ne!(attr(&got, "十来万块"), "price");
}

#[test]
fn shops_branches_and_a_deposits_yield_by_their_words() {
    let got = attributes_of(
        "公司购买银行大额存单，预计年化收益率为2.05%。\
         市场里有320间商铺，老字号在全市有六间分店。",
    );
    assert_eq!(attr(&got, "2.05%"), "yield");
    assert_eq!(attr(&got, "320间"), "shop_count");
    assert_eq!(attr(&got, "六间"), "branch_count");
}

#[test]
fn firms_that_come_to_buy_are_buyers() {
    let got = attributes_of("青石茶叶博览会吸引外地采购商320家，现场签约1.6亿元。");
    assert_eq!(attr(&got, "320家"), "buyer_count");
    let got = attributes_of("每到秋收，镇上有大小收购商40多家，工厂12家。");
    assert_eq!(attr(&got, "40多家"), "buyer_count");
    assert_ne!(attr(&got, "12家"), "buyer_count");
}

#[test]
fn a_trades_own_shops_are_stores() {
    let got = attributes_of("青石县去年在省外开设茶叶专卖店35家，带动就业600人。");
    assert_eq!(attr(&got, "35家"), "store_count");
    let got = attributes_of("这家茶企已在全国开设直营店28家。");
    assert_eq!(attr(&got, "28家"), "store_count");
}

#[test]
fn houses_drying_in_the_air_are_drying_houses() {
    let got = attributes_of("青石县葡萄晾房现有2.1万座，今年又新建标准化晾房600座。");
    assert_eq!(attr(&got, "2.1万座"), "drying_house_count");
    assert_eq!(attr(&got, "600座"), "drying_house_count");
}

#[test]
fn a_mills_looms_are_counted() {
    let got = attributes_of("青石市丝绸企业今年新增剑杆织机380台，全市织机总数达到5200台。");
    assert_eq!(attr(&got, "380台"), "loom_count");
    assert_eq!(attr(&got, "5200台"), "loom_count");
    let got = attributes_of("全区共组织机关干部和志愿者1200人清理河道。");
    assert_ne!(attr(&got, "1200人"), "loom_count");
}

#[test]
fn money_added_to_farmers_income_is_an_income_increase() {
    let got = attributes_of("县里提高蔬菜保底收购价，预计可增加农民收入约2300万元。");
    assert_eq!(attr(&got, "约2300万元"), "income_increase");
    let got = attributes_of("合作社去年带动增加村民收入180万元，村民收入共计900万元。");
    assert_eq!(attr(&got, "180万元"), "income_increase");
    assert_ne!(attr(&got, "900万元"), "income_increase");
}

#[test]
fn profits_and_taxes_together_are_not_taxes_alone() {
    let got = attributes_of("青石县规上工业今年实现利税18.2亿元，其中税收7.6亿元。");
    assert_eq!(attr(&got, "18.2亿元"), "profit_and_tax");
    assert_eq!(attr(&got, "7.6亿元"), "tax_revenue");
}

#[test]
fn plants_that_process_a_crop_are_processing_plants() {
    let got = attributes_of("青石县今年新建茶叶初加工厂5座，全县加工厂达到41个。");
    assert_eq!(attr(&got, "5座"), "processing_plant_count");
    assert_eq!(attr(&got, "41个"), "processing_plant_count");
}

/// The value `text` found in `sentence`: its number, upper end, unit and bound.
fn value_of(sentence: &str, text: &str) -> Option<(String, Option<String>, Unit, Bound)> {
    extract("t.txt", sentence, &Known::new())
        .unwrap()
        .found
        .into_iter()
        .find(|f| f.text == text)
        .and_then(|f| match f.value {
            Value::Quantity(q) => Some((
                q.value.to_string(),
                q.upper.map(|u| u.to_string()),
                q.unit,
                q.bound,
            )),
            _ => None,
        })
}

#[test]
fn guo_before_a_big_round_sum_is_at_least_it() {
    let s = "茶社老板说，今年的流水估计能过三百万。";
    assert_eq!(
        value_of(s, "过三百万"),
        Some(("3000000".into(), None, Unit::Cny, Bound::AtLeast))
    );
    let s = "老周说，家里的养殖收入过两万块。";
    assert_eq!(
        value_of(s, "过两万块"),
        Some(("20000".into(), None, Unit::Cny, Bound::AtLeast))
    );
    // 过 as a verb or an aspect bounds nothing.
    let got = quantities_found("他这些年跑过两百万公里，要过三十多道检验。");
    assert!(got.iter().all(|(t, _)| !t.starts_with('过')), "{got:?}");
}

#[test]
fn a_sum_after_a_verb_and_chabuduo_is_about_that_money() {
    let s = "老周说，他家一年到手差不多三十万。";
    assert_eq!(
        value_of(s, "三十万"),
        Some(("300000".into(), None, Unit::Cny, Bound::About))
    );
}

#[test]
fn a_rough_sum_right_after_one_item_is_its_price() {
    let s = "“上个月一天卖出去七八十双，雕花的一双两千出头，素面的便宜。”";
    assert_eq!(
        value_of(s, "两千出头"),
        Some(("2000".into(), None, Unit::Cny, Bound::AtLeast))
    );
}

#[test]
fn rough_kuai_after_a_price_in_kuai_is_yuan() {
    let s = "他说，一双手工布鞋出厂价在八九十块，机器做的只要二十来块。";
    assert_eq!(
        value_of(s, "二十来块"),
        Some(("20".into(), None, Unit::Cny, Bound::About))
    );
    // Pieces named after it stay pieces.
    let got = quantities_found("院子里铺了八九十块青砖，墙角还剩二十来块石板。");
    assert!(
        got.iter()
            .all(|(t, q)| t != "二十来块" || q.is_some_and(|(u, _)| u == Unit::Count)),
        "{got:?}"
    );
}

#[test]
fn followers_named_before_a_round_number_are_counted() {
    let s = "她说，店铺今年的营业额能过一百万，粉丝涨到了七八万。";
    assert_eq!(
        value_of(s, "七八万"),
        Some((
            "70000".into(),
            Some("80000".into()),
            Unit::Count,
            Bound::Range
        ))
    );
    assert_eq!(attr(&attributes_of(s), "七八万"), "follower_count");
}

#[test]
fn neighbouring_numerals_before_young_people_count_them() {
    let s = "厂长说，今年还招了六七个年轻技工。";
    assert_eq!(
        value_of(s, "六七个"),
        Some(("6".into(), Some("7".into()), Unit::Count, Bound::Range))
    );
}

#[test]
fn spoken_sums_a_sale_or_a_month_brings_are_money() {
    let s = "绣娘说，一幅大件能卖到七八千。";
    assert_eq!(
        value_of(s, "七八千"),
        Some(("7000".into(), Some("8000".into()), Unit::Cny, Bound::Range))
    );
    let s = "店主说，十月份一个月就做了一百二十来万。";
    assert_eq!(
        value_of(s, "一百二十来万"),
        Some(("1200000".into(), None, Unit::Cny, Bound::About))
    );
}

#[test]
fn a_bound_word_and_a_bare_hundred_yi_is_an_amount() {
    let s = "青石集团今年营收逾百亿。";
    assert_eq!(
        value_of(s, "逾百亿"),
        Some(("10000000000".into(), None, Unit::Cny, Bound::AtLeast))
    );
}

#[test]
fn neighbouring_numerals_of_hectares_are_a_range_of_land() {
    let s = "老农说，明年打算再多种两三公顷。";
    assert_eq!(
        value_of(s, "两三公顷"),
        Some((
            "20000".into(),
            Some("30000".into()),
            Unit::SquareMetre,
            Bound::Range
        ))
    );
}

#[test]
fn output_counted_in_pieces_or_measured_by_area_is_output() {
    let got = attributes_of("青石县今年玩具产量达到300万件，地毯产量约5万平方米。");
    assert_eq!(attr(&got, "300万件"), "output");
    assert_eq!(attr(&got, "约5万平方米"), "output");
    // An area no 产量 names stays an area.
    let got = attributes_of("青石县今年地毯厂房面积约5万平方米。");
    assert_ne!(attr(&got, "约5万平方米"), "output");
}

#[test]
fn assembly_lines_and_incubation_parks_are_counted_by_their_kind() {
    let got = attributes_of("青石县今年新上自动化装配线12条，建成科技孵化园2个。");
    assert!(attr(&got, "12条").ends_with("production_line_count"));
    assert!(attr(&got, "2个").ends_with("incubator_count"));
}

#[test]
fn animals_counted_after_the_market_verb_are_output() {
    let got = attributes_of("青石县今年出栏肉牛5000头，出栏牦牛两百头，肉牛存栏1.2万头。");
    assert_eq!(attr(&got, "5000头"), "cattle_output");
    assert_eq!(attr(&got, "两百头"), "yak_output");
    assert_ne!(attr(&got, "1.2万头"), "cattle_output");
}

#[test]
fn digital_workshops_are_workshops() {
    let got = attributes_of("青石市今年建成数字化车间9个。");
    assert!(attr(&got, "9个").ends_with("workshop_count"));
}

#[test]
fn capacity_newly_installed_is_new_capacity() {
    let got = attributes_of("青石能源公司今年新增并网装机容量20万千瓦，装机容量达到120万千瓦。");
    assert_eq!(attr(&got, "20万千瓦"), "new_installed_capacity");
    assert_ne!(attr(&got, "120万千瓦"), "new_installed_capacity");
}

#[test]
fn goods_into_and_out_of_store_by_the_tonne_are_storage_and_shipment_volumes() {
    let got = attributes_of("截至11月底，青石县苹果冷库入库量12万吨，当月出库量约2万吨。");
    assert_eq!(attr(&got, "12万吨"), "storage_volume");
    assert_eq!(attr(&got, "约2万吨"), "shipment_volume");
}

#[test]
fn a_cost_saved_per_mu_says_so() {
    let got = attributes_of("青石县推广机械化插秧，每亩节省成本约90元。");
    assert_eq!(attr(&got, "约90元"), "cost_saving_per_mu");
}

#[test]
fn a_change_of_income_per_household_names_the_change_first() {
    let got = attributes_of("青石县茶农户均收入约4.2万元，比上年增加约3100元。");
    assert_eq!(attr(&got, "约3100元"), "income_increase_per_household");
}

#[test]
fn firms_counted_with_cooperatives_are_enterprises() {
    let got = attributes_of("青石县茶叶企业和合作社达到85家。");
    assert_eq!(attr(&got, "85家"), "enterprise_count");
    // Cooperatives said alone stay cooperatives.
    let got = attributes_of("青石县农民专业合作社达到85家。");
    assert_eq!(attr(&got, "85家"), "cooperative_count");
}

#[test]
fn apprentices_steps_of_a_craft_and_numbered_floods_are_named_by_their_nouns() {
    let got = attributes_of("老陈的竹编作坊带了七八个徒弟，一只竹篮要过二十多道工序。");
    assert_eq!(attr(&got, "七八个"), "apprentice_count");
    assert_eq!(attr(&got, "二十多道"), "process_step_count");
    let got = attributes_of("入汛以来，青石江先后发生4次编号洪水。");
    assert_eq!(attr(&got, "4次"), "flood_count");
}

#[test]
fn money_paid_on_claims_is_the_insurance_payout() {
    let got = attributes_of("青石县今年茶叶保险理赔金额达到1260万元，另有理赔案件85件。");
    assert_eq!(attr(&got, "1260万元"), "insurance_payout");
    assert_ne!(attr(&got, "85件"), "insurance_payout");
}

#[test]
fn people_who_came_back_home_are_returnees() {
    let got = attributes_of("村支书说，这几年回村开民宿的年轻人有四十多个，今年又回来了十几个。");
    assert_eq!(attr(&got, "四十多个"), "returnee_count");
    assert_eq!(attr(&got, "十几个"), "returnee_count");
    // People who left are no returnees.
    let got = attributes_of("村支书说，这几年外出打工的年轻人有四十多个。");
    assert_ne!(attr(&got, "四十多个"), "returnee_count");
}

#[test]
fn goods_sold_by_the_piece_budgets_and_shares_taken_home() {
    let got = attributes_of("青石酒厂今年售出米酒约120万瓶，线上月销量超过3万盒。");
    assert_eq!(attr(&got, "约120万瓶"), "sales_volume");
    assert_eq!(attr(&got, "超过3万盒"), "sales_volume");
    // 销售 naming the shops that sell: shops.
    let got = attributes_of("全县参与活动的农资销售门店有126家。");
    assert_ne!(attr(&got, "126家"), "sales_volume");
    let got = attributes_of("青石县道路改造项目预算金额合计人民币860万元。");
    assert_eq!(attr(&got, "860万元"), "budget");
    let got = attributes_of("老王说，合作社年底分红，他家一共分了五千二百块。");
    assert_eq!(attr(&got, "五千二百块"), "dividend");
}

#[test]
fn land_newly_planted_is_the_new_planted_area() {
    let got = attributes_of("青石县茶园在地面积3.2万亩，其中今年新栽面积0.4万亩。");
    assert_eq!(attr(&got, "0.4万亩"), "new_planted_area");
    let got = attributes_of("全县今年新栽油茶、核桃2.6万亩。");
    assert_eq!(attr(&got, "2.6万亩"), "new_planted_area");
}

/// Round 64 (h64z): what a firm or a county counts by name (dealers,
/// warehouses abroad, produce-and-sale groups), training counted by the
/// session, exports by
/// weight and by money said with 外销, and a material's average purchase
/// price, named as older golds name them.
#[test]
fn counts_by_name_sessions_exports_and_purchase_price() {
    let got = attributes_of("青石集团在全国拥有经销商860家，海外仓库9个，去年新建海外仓3个。");
    assert_eq!(attr(&got, "860家"), "dealer_count");
    assert_eq!(attr(&got, "9个"), "overseas_warehouse_count");
    assert_eq!(attr(&got, "3个"), "overseas_warehouse_count");
    let got = attributes_of("全县现有蔬菜产销班12班，全年举办种植技术培训31场。");
    assert_eq!(attr(&got, "12班"), "production_group_count");
    assert_eq!(attr(&got, "31场"), "training_session_count");
    // A fair's events are no training.
    let got = attributes_of("全年举办展销活动22场。");
    assert_ne!(attr(&got, "22场"), "training_session_count");
    let got = attributes_of("今年全县柑橘外销约420公吨，外销金额约3,600万元。");
    assert_eq!(attr(&got, "约420公吨"), "export_volume");
    assert_eq!(attr(&got, "约3,600万元"), "export_value");
    let got = attributes_of("公司主要原料棉纱采购均价为每吨21,300元。");
    assert_eq!(attr(&got, "21,300元"), "purchase_price");
}
