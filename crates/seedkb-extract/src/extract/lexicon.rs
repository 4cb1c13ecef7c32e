//! The words the extractor knows: what an amount measures (总投资 →
//! investment), what a date marks (开工 → date_construction_started), what a
//! count counts (家企业 → enterprise_count), and which endings make a name
//! (…有限公司 → enterprise, …村 → village). Attribute names follow the
//! curated seed (seeds/000_c0358a9eae1db40c.facts.toml) where it has one.
//! All words are in simplified characters: text is simplified first.

use crate::model::Unit;

/// What kind of quantity a trigger word goes with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dim {
    Money,
    Area,
    Power,
    Mass,
    Length,
    Percent,
    Count,
    Volume,
    Energy,
}

impl Dim {
    /// The attribute of a value no word names (amount, area …).
    pub fn default_attribute(self) -> &'static str {
        match self {
            Dim::Money => "amount",
            Dim::Area => "area",
            Dim::Power => "capacity",
            Dim::Mass => "mass",
            Dim::Length => "length",
            // A percentage no word names is a share of something (gold
            // writers name it so); a change says 增长 or 下降.
            Dim::Percent => "share",
            Dim::Count => "count",
            Dim::Volume => "volume",
            Dim::Energy => "energy",
        }
    }

    pub fn of(u: Unit) -> Option<Dim> {
        Some(match u {
            Unit::Cny | Unit::Usd | Unit::Hkd | Unit::Mop | Unit::Eur | Unit::Twd => Dim::Money,
            Unit::SquareMetre => Dim::Area,
            Unit::Watt => Dim::Power,
            Unit::Tonne => Dim::Mass,
            Unit::Metre => Dim::Length,
            Unit::Percent => Dim::Percent,
            Unit::Count => Dim::Count,
            Unit::CubicMetre => Dim::Volume,
            Unit::WattHour => Dim::Energy,
            Unit::Number => return None,
        })
    }
}

/// Words before an amount (the nearest one in the clause wins): (word,
/// dimension, attribute). Longer words first where one ends another.
pub const BEFORE: &[(&str, Dim, &str)] = &[
    ("总投资", Dim::Money, "investment"),
    ("计划投资", Dim::Money, "investment"),
    ("投资总额", Dim::Money, "investment"),
    ("总投入", Dim::Money, "investment"),
    ("投资", Dim::Money, "investment"),
    ("投入", Dim::Money, "investment"),
    // A market's or fair's trade (交易额, 成交额, a year's or not) is a
    // transaction value in the golds (78 of them; trade_value is foreign
    // trade's name).
    ("年交易额", Dim::Money, "transaction_value"),
    ("年成交额", Dim::Money, "transaction_value"),
    ("交易额", Dim::Money, "transaction_value"),
    ("成交额", Dim::Money, "transaction_value"),
    ("年销售额", Dim::Money, "sales"),
    ("销售额", Dim::Money, "sales"),
    ("营业收入", Dim::Money, "revenue"),
    ("营收", Dim::Money, "revenue"),
    ("产值", Dim::Money, "output_value"),
    ("生产总值", Dim::Money, "gdp"),
    ("利润", Dim::Money, "profit"),
    ("税收", Dim::Money, "tax_revenue"),
    // Round 61 (h61w): profits and taxes together (实现利税约21.5亿元), not taxes
    // alone, as unseen56's gold names them.
    ("利税", Dim::Money, "profit_and_tax"),
    ("出口额", Dim::Money, "export_value"),
    ("进出口额", Dim::Money, "import_export_value"),
    (
        "人均年增加收入",
        Dim::Money,
        "per_capita_annual_income_increase",
    ),
    (
        "人均年增收",
        Dim::Money,
        "per_capita_annual_income_increase",
    ),
    ("人均增收", Dim::Money, "per_capita_annual_income_increase"),
    ("年收入增加", Dim::Money, "annual_income_increase"),
    (
        "户均年增收",
        Dim::Money,
        "annual_income_increase_per_household",
    ),
    // 户均增收 says no year: an increase per household.
    ("户均增收", Dim::Money, "income_increase_per_household"),
    ("年增收", Dim::Money, "annual_income_increase"),
    ("增收", Dim::Money, "income_increase"),
    ("利用外资", Dim::Money, "foreign_investment"),
    ("外资", Dim::Money, "foreign_investment"),
    ("人均可支配收入", Dim::Money, "per_capita_income"),
    ("人均收入", Dim::Money, "per_capita_income"),
    // 年收入 is income, as the gold of every set that says it names it.
    ("年收入", Dim::Money, "income"),
    ("收入", Dim::Money, "income"),
    ("挣到", Dim::Money, "income"),
    ("工资", Dim::Money, "wage"),
    ("分红", Dim::Money, "dividend"),
    ("流动资金需求", Dim::Money, "working_capital_demand"),
    (
        "项目建设资金需求",
        Dim::Money,
        "construction_capital_demand",
    ),
    ("资金需求", Dim::Money, "capital_demand"),
    ("质押金额", Dim::Money, "amount"),
    ("拨付资金", Dim::Money, "amount"),
    ("扶贫资金", Dim::Money, "amount"),
    ("资金", Dim::Money, "funding"),
    ("贷款", Dim::Money, "amount"),
    ("融资", Dim::Money, "amount"),
    // 发放生活补贴1.86亿元, 每月领取补助2000元: money given as a subsidy
    // is one, whatever it is for (round 13).
    ("补贴", Dim::Money, "subsidy"),
    ("补助", Dim::Money, "subsidy"),
    ("奖励", Dim::Money, "amount"),
    ("金额", Dim::Money, "amount"),
    ("总面积", Dim::Area, "area"),
    ("规划总面积", Dim::Area, "planned_area"),
    ("总体规划面积", Dim::Area, "planned_area"),
    ("规划面积", Dim::Area, "planned_area"),
    ("占地面积", Dim::Area, "area"),
    ("占地", Dim::Area, "area"),
    ("建筑面积", Dim::Area, "floor_area"),
    ("种植面积", Dim::Area, "planted_area"),
    ("面积", Dim::Area, "area"),
    ("流转土地", Dim::Area, "transferred_land_area"),
    ("总装机容量", Dim::Power, "capacity"),
    ("总装机规模", Dim::Power, "capacity"),
    ("装机容量", Dim::Power, "capacity"),
    ("装机规模", Dim::Power, "capacity"),
    ("装机", Dim::Power, "capacity"),
    // 中心今年交易量达到8万吨: 今年 names the year, not a yearly rate
    // (round 60).
    ("今年交易量", Dim::Mass, "transaction_volume"),
    ("年交易量", Dim::Mass, "annual_trade_volume"),
    ("交易量", Dim::Mass, "transaction_volume"),
    ("吞吐量", Dim::Mass, "throughput"),
    ("库容", Dim::Mass, "storage_capacity"),
    ("产量", Dim::Mass, "output"),
    ("长度", Dim::Length, "length"),
    ("全长", Dim::Length, "length"),
    ("总长", Dim::Length, "length"),
    ("同比增长", Dim::Percent, "growth_rate_yoy"),
    ("同比下降", Dim::Percent, "growth_rate_yoy"),
    ("同比减少", Dim::Percent, "growth_rate_yoy"),
    ("增长", Dim::Percent, "growth_rate"),
    ("增速", Dim::Percent, "growth_rate"),
    ("提高", Dim::Percent, "growth_rate"),
    ("上升", Dim::Percent, "growth_rate"),
    ("下降", Dim::Percent, "growth_rate"),
    ("减少", Dim::Percent, "growth_rate"),
    ("降低", Dim::Percent, "growth_rate"),
    ("缩短", Dim::Percent, "growth_rate"),
    ("覆盖率", Dim::Percent, "coverage_rate"),
    ("占比", Dim::Percent, "share"),
    ("占", Dim::Percent, "share"),
];

/// Words after money in its clause that say it is a subsidy (给予5万元购房
/// 补贴, 800元的标准发放补助).
pub const SUBSIDY_WORDS: &[&str] = &["补贴", "补助", "资助", "补奖"];

/// Words right before 从事 saying its people are not (or no longer) at
/// the trade (不再从事捕捞的渔民): no workers of it.
pub const NOT_ENGAGED: &[&str] = &[
    "不", "未", "没有", "不再", "退出", "停止", "放弃", "曾", "曾经",
];

/// Verbs giving money (给予补贴): what follows them is no noun of it.
pub const GIVING_VERBS: &[&str] = &["给予", "发放", "予以", "给", "进行", "实行", "享受"];

/// Words before an amount that make it an amount for each one (每个车间补助
/// 20万元, 单户最高300万元): `amount_each` rather than `amount`.
pub const EACH_CUES: &[&str] = &[
    "每个",
    "每部",
    "每座",
    "每家",
    "每台",
    "每辆",
    "每所",
    "每处",
    "每套",
    "每亩",
    "每户",
    // 涉及牧户1.26万户，户均6250元: what each household got (round 24).
    "户均",
    "每人",
    "每名",
    "每位",
    "每平方米",
    "每吨",
    "每单",
    "最高",
    "单户",
    "单个",
    "每次",
];

/// Words after which a percentage is a fall, stored negative (a rate
/// lowered, 利率下调0.5个百分点, and spending cut, 开支削减2%, as every
/// other fall in the gold is).
pub const FALLS: &[&str] = &[
    "下降",
    "减少",
    "降低",
    "回落",
    "年减",
    "减产",
    "下调",
    "调低",
    "削减",
    // 选育时间缩短三分之一: a time cut by a share.
    "缩短",
    // 成交套数下跌29.81%, 销量下滑5%: a fall in other words (round 41).
    "下跌",
    "下滑",
    // 按年微跌0.4%: a slight fall (round 48).
    "微跌",
    "微降",
    // 按年降0.4個百分點, 同比降2.1%: 降 said alone after its base (round 45;
    // 降 alone is no fall: 降雨, 降水).
    "同比降",
    "环比降",
    "按年降",
    "按月降",
];

/// Words that mark an annual figure for the whole sentence: 年交易量 …
/// 交易额 is an annual trade value too.
pub const ANNUAL: &[&str] = &["年交易", "每年", "年均", "全年"];

/// Nouns after an amount that say what it is: 66万元互助金, 300千瓦…电站.
pub const AFTER: &[(&str, Dim, &str)] = &[
    ("互助金", Dim::Money, "amount"),
    ("资金", Dim::Money, "funding"),
    ("贷款", Dim::Money, "amount"),
    ("分红", Dim::Money, "dividend"),
    ("的现金", Dim::Money, "amount"),
    ("投资", Dim::Money, "investment"),
    // 每公斤1.1元的保护价: a price said after its amount.
    ("保护价", Dim::Money, "price"),
    ("收购价", Dim::Money, "purchase_price"),
    ("价格", Dim::Money, "price"),
    // 企业所得税15%优惠税率: a tax rate said after its percentage.
    ("优惠税率", Dim::Percent, "tax_rate"),
    ("税率", Dim::Percent, "tax_rate"),
    // 4860余万元农险赔款: insurance paid out, said after its amount.
    ("农险赔款", Dim::Money, "insurance_payout"),
    ("赔款", Dim::Money, "insurance_payout"),
    // 以22.12亿元竞得: the price a plot or a lot went for (round 9).
    ("竞得", Dim::Money, "transaction_price"),
    // 水质100%达标: the share meeting a standard (round 9).
    ("达标", Dim::Percent, "compliance_rate"),
];

/// Nouns that also qualify the noun after them (17家专业餐饮企业, 香港专业
/// 人士627名) and name what a count counts only when it is by their own
/// counter (4个专业, 专业总数达到48个); 渠道 are canals only when counted
/// by 条 (渠道126条): 电话渠道214.8万件 counts what came in by the channel.
pub const COUNTED_ONLY_BY: &[(&str, &str)] = &[
    ("专业", "个"),
    ("渠道", "条"),
    // 河道 are rivers only when counted by 条 (疏浚河道37条): 86个河道监测
    // 断面 counts the sections that monitor them.
    ("河道", "条"),
    // 心梗患者420例 are cases, 患者一百多个 a doctor's own: patients are
    // counted as such each time treated (救治患者1.2万人次).
    ("患者", "人次"),
    // 呼叫中心3个: calls are counted each time (无效呼叫约2000次).
    ("呼叫", "次"),
    // 存养中蜂6.8万箱: the bees are hives only when counted by the box; a
    // colony counted otherwise (蜂群2000群) is not said in hives.
    ("中蜂", "箱"),
    ("蜂群", "箱"),
    // 泳池7个: 泳池月票3.2万张 counts tickets.
    ("泳池", "个"),
    // 增雨作业46次: operations are counted by the time; 作业2.6万架次 counts
    // flights, 日均作业2.4万标箱 boxes.
    ("作业", "次"),
    // 咨询电话, 体检中心: consultations and check-ups are counted by the
    // visit (接待咨询5300人次, 体检2.3万人次).
    ("咨询", "人次"),
    ("体检", "人次"),
];

/// What a count counts, from the noun after it (100余家企业) or before it
/// (分布式电站142个), else from the counter.
pub const COUNTED: &[(&str, &str)] = &[
    ("企业", "enterprise_count"),
    ("公司", "enterprise_count"),
    ("项目", "project_count"),
    ("电站", "station_count"),
    ("模块", "module_count"),
    ("模式", "model_count"),
    ("目标", "goal_count"),
    ("原则", "principle_count"),
    ("功能区", "functional_area_count"),
    ("小区", "community_count"),
    ("货车", "vehicle_count"),
    ("车辆", "vehicle_count"),
    ("村", "village_count"),
    ("贫困户", "household_count"),
    ("户", "household_count"),
    ("贫困人口", "person_count"),
    ("群众", "person_count"),
    ("岗位", "job_count"),
    ("就业", "jobs_created"),
    ("市场主体", "market_entity_count"),
    ("申请", "application_count"),
    ("专利", "patent_count"),
];

/// Counters that say what is counted when no noun does.
pub const COUNTERS: &[(&str, &str)] = &[
    ("家", "enterprise_count"),
    ("头只", "livestock_count"),
    // 7860列: trains are counted by the train.
    ("列", "train_count"),
    ("户", "household_count"),
    ("人次", "visit_count"),
    ("架次", "flight_count"),
    ("艘次", "ship_count"),
    ("闸次", "lock_operation_count"),
    ("艘", "vessel_count"),
    ("标箱", "container_throughput"),
    ("标准箱", "container_throughput"),
    ("人", "person_count"),
    ("名", "person_count"),
    ("辆", "vehicle_count"),
    ("笔", "transaction_count"),
    ("件", "item_count"),
    ("单", "order_count"),
    ("顶", "tent_count"),
    ("床", "quilt_count"),
    ("栋", "building_count"),
    // 三宗宅地, 出让住宅用地42宗: land is sold by the plot (round 9).
    ("宗", "plot_count"),
    // 回购不超过800万股: shares (read after 万 or 亿 only).
    ("股", "share_count"),
    // 调阅3.26万卷次, 馆藏31.8万卷, 扫描186万画幅: an archives' files by the
    // volume (each time one is consulted) and its pages by the image.
    ("卷次", "consultation_count"),
    ("卷", "volume_count"),
    ("画幅", "page_count"),
    ("座", "count"),
    ("个", "count"),
];

/// Counters the shared parser reads short, and what follows them in news:
/// 62批次, 90多艘次, 2600余台套, 1200辆次 (the parser stops at 批, 艘, 台,
/// 辆).
pub const COUNTER_TAILS: &[(&str, &str)] = &[
    ("批", "次"),
    ("艘", "次"),
    ("台", "套"),
    // 住院手术5.86万台次: operations.
    ("台", "次"),
    ("架", "次"),
    ("辆", "次"),
    // 1468万头只: cattle and sheep counted together.
    ("头", "只"),
    // 采集血小板7930个治疗量: doses of platelets.
    ("个", "治疗量"),
    // 培训86场次: sessions.
    ("场", "次"),
    // 受益农户3.8万户次: households counted once for each time (round 9).
    ("户", "次"),
    // 参展企业480家次: firms counted once for each time they came.
    ("家", "次"),
    // 受理来信来访317件次: cases counted once for each time they came in.
    ("件", "次"),
    // 巡查孳生源4万3,100处次: places checked, once for each check.
    ("处", "次"),
    // 累计巡查公厕2.3万座次: places checked, once for each check.
    ("座", "次"),
    // 耕地质量提升0.5个等级: grades of a scale.
    ("个", "等级"),
    // 开发出12大类产品: kinds of products counted by their class.
    ("大", "类"),
];

/// Counters and units after a bare number that the shared parser does not
/// know (612.4万标箱, 7860列, 8支, 3对, 10吉瓦): (word, unit, multiplier,
/// the words after it that make it something else; None: only before a
/// mark).
#[allow(clippy::type_complexity)]
pub const TEXT_UNITS: &[(&str, Unit, (i128, i128), Option<&[&str]>)] = &[
    ("标准箱", Unit::Count, (1, 1), Some(&[])),
    ("标箱", Unit::Count, (1, 1), Some(&[])),
    ("吉瓦时", Unit::WattHour, (1_000_000_000, 1), Some(&[])),
    ("GWh", Unit::WattHour, (1_000_000_000, 1), Some(&[])),
    ("吉瓦", Unit::Watt, (1_000_000_000, 1), Some(&["时"])),
    ("GW", Unit::Watt, (1_000_000_000, 1), Some(&["h"])),
    // 中出一等奖47注: lottery bets; the words 注 opens refuse it.
    (
        "注",
        Unit::Count,
        (1, 1),
        Some(&[
            "册", "意", "重", "入", "销", "资", "明", "射", "水", "塑", "释", "视", "定", "解",
            "目",
        ]),
    ),
    // 开行列车4.1万列次: trains run, counted once for each run.
    ("列次", Unit::Count, (1, 1), Some(&[])),
    // 接种疫苗12.8万剂次: doses given, counted once for each.
    ("剂次", Unit::Count, (1, 1), Some(&[])),
    // 展出灯组168组 (sets of lanterns, of equipment): digits only, for 一组
    // opens words (一组数据); the words 组 opens (组织, 组建, 组长) refuse it.
    (
        "组",
        Unit::Count,
        (1, 1),
        Some(&[
            "织", "成", "建", "团", "合", "长", "员", "别", "件", "装", "队", "网", "委", "图",
            "数", "稿", "阁", "态", "群", "内", "间", "里", "中",
        ]),
    ),
    (
        "列",
        Unit::Count,
        (1, 1),
        Some(&["入", "为", "车", "出", "举", "席"]),
    ),
    (
        "支",
        Unit::Count,
        (1, 1),
        Some(&["持", "出", "付", "援", "撑", "行", "部", "柱", "配"]),
    ),
    ("对", Unit::Count, (1, 1), None),
    // 镜片1850万副: glasses and gloves by the pair; only before a mark, for
    // 副 opens 副市长, 副产品.
    ("副", Unit::Count, (1, 1), None),
    // 船闸运行4.26万闸次: a lock's operations, one for each filling.
    ("闸次", Unit::Count, (1, 1), Some(&[])),
    // 312部电梯, 8万片晶圆, 45亿颗芯片, 860单, 420块样地: counters the
    // shared parser does not know; the words after them that make a
    // word of their own (部分, 单位, 5块钱) refuse them.
    (
        "部",
        Unit::Count,
        (1, 1),
        Some(&["分", "门", "署", "长", "队", "位", "件", "委", "落", "属"]),
    ),
    (
        "片",
        Unit::Count,
        (1, 1),
        Some(&["区", "面", "刻", "段", "状"]),
    ),
    ("颗", Unit::Count, (1, 1), Some(&["粒"])),
    (
        "单",
        Unit::Count,
        (1, 1),
        Some(&["位", "独", "元", "产", "价", "据", "体", "项", "次", "品"]),
    ),
    ("块", Unit::Count, (1, 1), Some(&["钱", "儿"])),
    // 银锭30锭, 纱锭10万锭 (spindles), 发送旅客列车5000车次: counters the
    // parser does not know.
    ("锭", Unit::Count, (1, 1), Some(&[])),
    ("车次", Unit::Count, (1, 1), Some(&[])),
    // 出动执法船640航次, 每日发车46班次, 开通48通道 (gates of a station),
    // 礁体12.6万空方 (the volume a reef encloses): counters and a unit the
    // parser does not know.
    ("航次", Unit::Count, (1, 1), Some(&[])),
    ("班次", Unit::Count, (1, 1), Some(&[])),
    ("通道", Unit::Count, (1, 1), Some(&[])),
    ("空方", Unit::CubicMetre, (1, 1), Some(&[])),
    // 留样不少于125克: grams; the words 克 opens (克服, 克隆) refuse it.
    (
        "克",
        Unit::Tonne,
        (1, 1_000_000),
        Some(&["服", "隆", "难", "星", "拉", "制", "敌", "扣"]),
    ),
    // 运送乘客386.7万乘次 (metro riders counted at each ride), 月销量超过5万盒,
    // 全年采摘五茬 (crops picked from the same plants): counters the parser
    // does not know; 一盒30袋 counts no sales, 最后一茬 no crops.
    ("乘次", Unit::Count, (1, 1), Some(&[])),
    // 交易鲜切花16.3亿枝 (cut flowers by the stem), 日均装车1.12万车 (a
    // railway's loads by the wagon): counters the parser does not know;
    // the words after them that make a word of their own (枝头, 车辆,
    // 车次) refuse them.
    (
        "枝",
        Unit::Count,
        (1, 1),
        Some(&["头", "条", "叶", "干", "独", "节", "花"]),
    ),
    (
        "车",
        Unit::Count,
        (1, 1),
        Some(&[
            "次", "辆", "位", "型", "道", "间", "厢", "流", "程", "票", "组", "站", "头", "身",
            "牌", "库", "主", "速", "队", "载", "场", "轮", "上", "里", "内", "后",
        ]),
    ),
    ("盒", Unit::Count, (1, 1), Some(&["子", "饭", "装", "马"])),
    ("茬", Unit::Count, (1, 1), Some(&["口"])),
    // 2000万羽 (poultry), 3200盏 (lamps): counters the parser does not know.
    ("羽", Unit::Count, (1, 1), Some(&["毛", "绒", "球"])),
    ("盏", Unit::Count, (1, 1), Some(&[])),
    // 出了十一二趟 (trips out to sea, in an interview): digits only, for 一趟
    // and 这趟 open words.
    ("趟", Unit::Count, (1, 1), Some(&["子"])),
    // 一天卖了两千多碗 (bowls of noodles sold, in an interview): digits
    // only, for 一碗 is an article; 碗筷, 碗里 are words.
    (
        "碗",
        Unit::Count,
        (1, 1),
        Some(&["筷", "里", "碟", "柜", "口"]),
    ),
    // 借阅196.2万册次, 新增图书15.6万册, 日产二十八万袋, 竞价43轮 (round
    // 23): counters the parser does not know, in two sets' articles.
    ("册次", Unit::Count, (1, 1), Some(&[])),
    // 调阅档案3.26万卷次, 接收档案2.36万卷, 数字化扫描186万画幅 (an archives'
    // holdings and use), 炮弹1.12万发 (rounds), 年产吉他600万把 (guitars,
    // chairs, knives): counters the parser does not know. Digits or a
    // numeral of more than one character only (see DIGITS_ONLY_COUNTERS):
    // 读万卷书, 一把手, 万把块钱 and 一发 are words.
    ("卷次", Unit::Count, (1, 1), Some(&[])),
    (
        "卷",
        Unit::Count,
        (1, 1),
        Some(&[
            "烟", "尺", "宗", "面", "帘", "轴", "起", "入", "走", "心", "书",
        ]),
    ),
    ("画幅", Unit::Count, (1, 1), Some(&[])),
    // 年画销量逾60万幅 (pictures, embroideries by the piece), 售出2,860萬瓶
    // (bottles): counters the parser does not know. Digits or a numeral of
    // more than one character only (see DIGITS_ONLY_COUNTERS): 一幅画 and
    // 一瓶水 are articles; the words they open (幅度, 瓶颈) refuse them.
    ("幅", Unit::Count, (1, 1), Some(&["度", "员", "面"])),
    (
        "瓶",
        Unit::Count,
        (1, 1),
        Some(&["颈", "頸", "装", "裝", "子", "盖", "蓋", "身"]),
    ),
    // 年產能3萬公秉: Taiwan's kilolitre (公秉), a cubic metre, as 千升 is.
    ("公秉", Unit::CubicMetre, (1, 1), Some(&[])),
    (
        "把",
        Unit::Count,
        (1, 1),
        Some(&["块", "钱", "元", "手", "把", "握", "关", "脉", "持", "控"]),
    ),
    (
        "发",
        Unit::Count,
        (1, 1),
        Some(&[
            "展", "放", "生", "现", "布", "行", "送", "出", "起", "电", "货", "往", "病", "表",
            "射", "力", "挥", "明", "改", "酵", "证", "售", "文", "票", "包", "达", "育", "源",
            "动", "热", "芽", "掘", "言", "给", "来", "到",
        ]),
    ),
    ("册", Unit::Count, (1, 1), Some(&["子", "页"])),
    ("袋", Unit::Count, (1, 1), Some(&["子", "鼠", "装"])),
    (
        "轮",
        Unit::Count,
        (1, 1),
        Some(&[
            "车", "胎", "椅", "船", "渡", "值", "番", "换", "流", "廓", "机", "毂", "子",
        ]),
    ),
    // 1000斤左右, 35亿斤: the market weight farmers count grain in, half a
    // kilogram; 1860眼 (wells), 386万票 (customs declarations), counters
    // the shared parser does not know.
    ("斤", Unit::Tonne, (1, 2000), Some(&["斤"])),
    // 共补助17案 (cases, applications granted, as Taiwan's offices count
    // them), 一天采二三十朵 (flowers, mushrooms): counters the shared
    // parser does not know; digits or a numeral of more than one character
    // only (see DIGITS_ONLY_COUNTERS): 一案 and 一朵 are articles. The
    // words they open (案件, 案例, 朵颐) refuse them.
    (
        "案",
        Unit::Count,
        (1, 1),
        Some(&[
            "件", "例", "子", "由", "情", "发", "卷", "底", "值", "犯", "源", "头", "板", "审",
        ]),
    ),
    ("朵", Unit::Count, (1, 1), Some(&["颐"])),
    // 收了三万五六千台斤: Taiwan's catty (台斤), 600 grams.
    ("台斤", Unit::Tonne, (3, 5000), Some(&[])),
    // 木构件412根: beams, piles, poles; 根据, 根本 and the like are words.
    (
        "根",
        Unit::Count,
        (1, 1),
        Some(&[
            "据", "本", "源", "治", "系", "基", "部", "深", "除", "须", "筋", "茎",
        ]),
    ),
    (
        "眼",
        Unit::Count,
        (1, 1),
        Some(&["前", "光", "下", "睛", "中", "里", "界", "看", "神", "镜"]),
    ),
    (
        "票",
        Unit::Count,
        (1, 1),
        Some(&["价", "据", "房", "务", "证", "选", "数"]),
    ),
    // 苗种3.8亿尾 (fry), 一家5口 (people of a family), 投诉17起 (cases):
    // counters the shared parser does not know; the words after them that
    // make words of their own refuse them.
    (
        "尾",
        Unit::Count,
        (1, 1),
        Some(&[
            "声", "部", "款", "号", "数", "巴", "气", "端", "盘", "矿", "货",
        ]),
    ),
    (
        "口",
        Unit::Count,
        (1, 1),
        Some(&[
            "岸", "径", "罩", "号", "碑", "语", "头", "感", "味", "子", "红", "袋", "罐",
        ]),
    ),
    (
        "起",
        Unit::Count,
        (1, 1),
        Some(&[
            "步", "价", "飞", "点", "来", "止", "至", "算", "售", "源", "义", "始", "航",
        ]),
    ),
    // 日供餐能力3000份 (meals, copies, servings): a counter the shared
    // parser does not know; 一份 is a word, so digits only (round 9).
    (
        "份",
        Unit::Count,
        (1, 1),
        Some(&["额", "子", "量", "内", "外"]),
    ),
    // 发布预警信息47期, 举办培训班15期 (issues of a bulletin, sessions of a
    // course): digits only, for 一期 and 二期 are phases of a project; the
    // words 期 opens (期间, 期限, 期末) refuse it.
    (
        "期",
        Unit::Count,
        (1, 1),
        Some(&[
            "间", "限", "末", "中", "初", "内", "满", "货", "刊", "待", "望", "盼", "权", "许",
            "票", "房", "次", "届", "号", "工", "项", "稻", "作", "数", "的",
        ]),
    ),
    // 开设新课6门 (courses, subjects): digits only, for 一门 opens words;
    // the words 门 opens (门口, 门店, 门票) refuse it.
    (
        "门",
        Unit::Count,
        (1, 1),
        Some(&[
            "口", "店", "票", "诊", "户", "类", "槛", "前", "面", "窗", "牌", "禁", "头", "路",
            "卫", "市", "外", "内", "将", "徒", "派", "楼", "厅", "洞", "框", "锁", "铃", "把",
            "岗", "庭", "墩", "急", "下", "里", "边", "人", "生", "第", "道", "峡",
        ]),
    ),
    // 研学工坊开课160多节 (lessons given): digits only, for 一节 opens
    // words (一节塔筒 is a section); the words 节 opens (节日, 节目, 节能)
    // refuse it, and so does 编组: 6节编组 is a train's make-up, a class.
    (
        "节",
        Unit::Count,
        (1, 1),
        Some(&[
            "日", "目", "点", "能", "约", "水", "电", "假", "庆", "气", "省", "奏", "拍", "后",
            "前", "编", "余", "俭", "制", "选", "录",
        ]),
    ),
    // 降雨量286毫米: rain is measured in millimetres.
    ("毫米", Unit::Metre, (1, 1000), Some(&[])),
    // 间距约450公尺: Taiwan's word for the metre.
    ("公尺", Unit::Metre, (1, 1), Some(&[])),
    // 设置租赁站1,312站 (stations counted by themselves, as Taiwan and
    // transit reports write them); 站点, 站长, 一站式 are words.
    (
        "站",
        Unit::Count,
        (1, 1),
        Some(&[
            "点", "台", "长", "在", "起", "上", "内", "外", "前", "稳", "式", "岗", "立", "位",
            "牌", "务", "区", "房", "着", "出", "到", "好", "住", "满", "路", "口",
        ]),
    ),
    ("厘米", Unit::Metre, (1, 100), Some(&[])),
    // 上市新品300多款 (products by the model), 收到感谢信15封 (letters),
    // 经过八十多道工序 (steps of a craft): counters the shared parser does
    // not know. Digits or a numeral of more than one character only (see
    // DIGITS_ONLY_COUNTERS): 一款, 一封 and 一道 are articles; the words
    // they open (款式, 封闭, 道路) refuse them.
    (
        "款",
        Unit::Count,
        (1, 1),
        Some(&["式", "项", "型", "额", "待", "物", "号", "子"]),
    ),
    (
        "封",
        Unit::Count,
        (1, 1),
        Some(&[
            "闭", "面", "存", "锁", "顶", "装", "口", "山", "条", "堵", "控", "号", "印", "建",
            "禁", "底", "箱", "杀", "盖", "城", "路", "疆", "地",
        ]),
    ),
    (
        "道",
        Unit::Count,
        (1, 1),
        Some(&[
            "路", "德", "理", "歉", "具", "观", "教", "家", "口", "士", "义", "长", "谢", "别",
            "贺", "地", "光", "班", "场", "馆", "岔",
        ]),
    ),
    // 帐篷1200顶, 棉被6000床: counters of relief supplies the shared
    // parser does not know; 床位 and 顶级 are words.
    (
        "顶",
        Unit::Count,
        (1, 1),
        Some(&["级", "尖", "端", "部", "层", "峰", "替", "住", "上"]),
    ),
    (
        "床",
        Unit::Count,
        (1, 1),
        Some(&["位", "铺", "上", "单", "头", "边", "垫", "日"]),
    ),
];

/// Units read only after 万 or 亿 (alone they are other words): 30亿度 is
/// kilowatt-hours (30度 a temperature), 9600万股 shares (每10股 the base of a
/// dividend). (word, unit, multiplier, the words after it that refuse it)
#[allow(clippy::type_complexity)]
pub const UNITS_AFTER_WAN: &[(&str, Unit, (i128, i128), &[&str])] = &[
    ("度", Unit::WattHour, (1000, 1), &[]),
    (
        "股",
        Unit::Count,
        (1, 1),
        &["份", "东", "权", "票", "市", "价", "本", "民"],
    ),
];

/// Counters read only after digits: 一起, 一口气 and 一尾 are words, 一盒
/// (30袋) a pack's size, 最后一站 a tour's stop, 一期 a project's phase.
pub const DIGITS_ONLY_COUNTERS: &[&str] = &[
    "尾", "口", "起", "份", "轮", "趟", "盒", "碗", "站", "期", "门", "节", "组", "卷", "把", "发",
    "款", "封", "道", "幅", "瓶", "案", "朵",
];

/// Counters of products made, sold or shipped by the piece: the words
/// before an amount of tonnes (年产, 产能, 销售, 吞吐量) name them too.
pub const PRODUCT_COUNTERS: &[&str] = &["只", "套", "件", "台", "枚", "颗", "片", "双", "箱", "辆"];

/// Verbs after a count of enterprises that make them bidders (9家房企报名).
pub const BIDDING_VERBS: &[&str] = &["报名", "竞买", "竞拍", "投标", "竞标"];

/// Cues of an amount per a thing no rate of the store names (每餐补贴3元):
/// the cue and the thing, for `{what}_per_{thing}` (round 9).
pub const PER_THINGS: &[(&str, &str)] = &[("每餐", "meal"), ("每份", "serving"), ("每单", "order")];

/// Verbs that end the noun phrase after a count (26家达到国家…标准: what
/// follows 达到 is not what is counted; 向1860户椰农发放贷款 counts no loans).
pub const PHRASE_VERBS: &[&str] = &[
    "达到", "实现", "获得", "通过", "完成", "进入", "参与", "被", "发放",
];

/// Verbs after the count that say more: 4.6万人脱贫.
pub const COUNT_VERBS: &[(&str, &str)] = &[
    ("脱贫", "people_lifted_out_of_poverty"),
    ("实现增收", "beneficiary_count"),
    ("实现稳定增收", "beneficiary_count"),
    ("就业", "jobs_created"),
    // 8.6万人受灾: the people a disaster struck.
    ("受灾", "affected_population"),
    // 7人获刑: the people a court sentenced (round 38).
    ("获刑", "defendant_count"),
    // 3.2万人次参加无偿献血, 已有15人成功捐献造血干细胞: blood and marrow
    // donors (round 42).
    // (Not 献血 alone: 87人获得无偿献血奉献奖 are no donors counted, nor
    // 3个献血点 donors.)
    ("参加无偿献血", "donor_count"),
    ("参与无偿献血", "donor_count"),
    ("挽袖献血", "donor_count"),
    ("成功捐献", "donor_count"),
];

/// Words near a date that say what happened then (searched in the clause
/// after the date, then before it).
pub const DATE_EVENTS: &[(&str, &str)] = &[
    ("投入使用", "date_opened"),
    // 去年6月建成投产, 已于9月投产: a plant's start of production, as the
    // gold of three sets names it (round 23), not its opening.
    ("建成投产", "date_production_started"),
    ("建成", "date_opened"),
    ("竣工", "date_completed"),
    ("完工", "date_completed"),
    ("开业", "date_opened"),
    ("投产", "date_production_started"),
    ("开工", "date_construction_started"),
    ("动工", "date_construction_started"),
    ("并网", "date_grid_connected"),
    ("投用", "date_opened"),
    ("通车", "date_opened"),
    ("对外开放", "date_opened"),
    ("开园", "date_opened"),
    ("签约", "date_signed"),
    ("签订", "date_signed"),
    ("申报成功", "date_application_approved"),
    ("获批", "date_approved"),
    ("批复", "date_approved"),
    ("成立", "date_established"),
    // 挂牌出让3宗住宅用地: land listed for sale is auctioned, no body set up
    // (before 挂牌: the first of words at one place wins).
    ("挂牌出让", "date_auction"),
    ("挂牌", "date_established"),
    // A meeting's day (于9月18日召开董事会, ——1月9日在…人民代表大会…会议上)
    // is left `date`: the gold of every set that has one lists `date`, few
    // `date_held` (round 22).
    ("举行", "date_held"),
    ("举办", "date_held"),
    ("开展", "date_held"),
    ("建设了", "date_built"),
    ("列入", "date_listed"),
    // 今年供暖时间为11月1日: the day heating starts (round 52: the gold of
    // unseen29 and unseen47 accept date_started).
    ("供暖时间", "date_started"),
    ("供热时间", "date_started"),
    // Only after a plan's word (力争…实现): else they report what was done.
    ("实现", "date_target"),
    ("完成", "date_target"),
];

/// Verbs after a date and 起 in its clause that make it the day a rule or
/// a price takes effect (将于12月1日起执行新票价).
pub const EFFECT_VERBS: &[&str] = &[
    "执行", "实施", "施行", "实行", "生效", "推行", "上调", "下调", "调整",
];

/// Verbs before homes counted by the 套 that say they were sold (成交,
/// 网签).
pub const SOLD_WORDS: &[&str] = &["成交", "网签", "售出", "销售"];

/// Words before a date in its clause that make the event after it
/// planned, not done (预计今年8月底建成).
pub const PLANNED_CUES: &[&str] = &["预计", "计划", "力争", "争取", "将", "拟", "有望", "确保"];

/// Nouns jieba tags so that no name runs over them: 市长刘振华代表/n 市人民
/// 政府作报告 names the government, not the mayor's act.
pub const NAME_BREAK_WORDS: &[&str] = &["代表"];

/// Words before a date in its clause that, with no event word near it,
/// make it the date a goal or a forecast is set for (力争2028年产值突破…,
/// 预计到2027年，…将超过…). Not 将 or 计划: 将军山, 合同履行将…, 计划于…
/// name other things as often.
pub const GOAL_DATE_CUES: &[&str] = &["力争", "争取", "预计", "目标"];

/// A clause of its own before a date opening the next that says a
/// long-range plan sets it (按照规划，2030年全省装机将达到…). Not 按照计划:
/// a year's plan (按照计划，今年…将新建…) plans, it sets no goal's date.
pub const PLAN_LEADS: &[&str] = &["按照规划", "根据规划"];

/// A clause opening a sentence that puts all of it under a plan (按照计划，
/// 首台机组明年5月并网，工程2028年完工): its dated events are planned, each
/// clause of it, not only the one a plan word stands in.
pub const SENTENCE_PLAN_LEADS: &[&str] =
    &["按照计划", "按计划", "根据计划", "按照规划", "根据规划"];

/// The attribute of a date an event is planned for, by the event's word.
pub const PLANNED_EVENTS: &[(&str, &str)] = &[
    ("建成投产", "date_production_planned"),
    ("建成", "date_completion_planned"),
    ("竣工", "date_completion_planned"),
    ("完工", "date_completion_planned"),
    ("投产", "date_production_planned"),
    ("投入使用", "date_opening_planned"),
    ("投用", "date_opening_planned"),
    ("开业", "date_opening_planned"),
    ("通车", "date_opening_planned"),
    ("对外开放", "date_opening_planned"),
    ("开园", "date_opening_planned"),
    ("并网", "date_grid_connection_planned"),
    ("开工", "date_construction_planned"),
    ("动工", "date_construction_planned"),
    // 计划明年3月举办第三届文化节: an event planned is held later (round
    // 35: date_held_planned in the gold of every set that plans one).
    ("举办", "date_held_planned"),
    ("举行", "date_held_planned"),
];

/// Verbs of a capacity a project's name may say before its value
/// (某某年产20万吨特种纸项目).
pub const CAPACITY_IN_NAME: &[&str] = &[
    "年产",
    "年处理",
    "日处理",
    "年加工",
    "日加工",
    "年出栏",
    "年吞吐",
    "年储",
];

/// Name endings (longest first) and the kind of entity they make, for
/// names of several words (锦州思凯农副产品国际物流园一期项目). A name
/// needs a proper noun, a place or quotation marks in it to count.
pub const ORG_SUFFIXES: &[(&str, &str)] = &[
    // A prefecture named for its peoples (西双版纳傣族自治州): jieba
    // gives the name whole.
    ("自治州", "prefecture"),
    ("股份有限公司", "enterprise"),
    ("有限责任公司", "enterprise"),
    ("有限公司", "enterprise"),
    // 杭州某投资合伙企业（有限合伙）: a fund's or holder's partnership.
    ("合伙企业", "enterprise"),
    ("公司", "enterprise"),
    ("集团", "enterprise"),
    ("银行", "enterprise"),
    ("药业", "enterprise"),
    ("合作社", "cooperative"),
    ("社区", "community"),
    ("示范区", "zone"),
    ("开发区", "zone"),
    ("高新区", "zone"),
    ("保税区", "zone"),
    // 绥芬河边民互市贸易区: a border trade zone.
    ("贸易区", "zone"),
    ("风景区", "scenic_area"),
    ("景区", "scenic_area"),
    ("度假区", "scenic_area"),
    // 桂城街道映月幼儿园, 狮山镇博爱实验学校: a school reports its classes
    // and places, not its town's (幼儿园 before 园, a park's ending).
    ("幼儿园", "institution"),
    ("学校", "institution"),
    // 某某街道分校: a branch school reports its own classes and students,
    // not its subdistrict's.
    ("分校", "institution"),
    ("产业园", "park"),
    ("工业园", "park"),
    ("物流园", "park"),
    ("园区", "park"),
    ("公园", "park"),
    ("园", "park"),
    ("中心", "facility"),
    ("基地", "facility"),
    ("项目", "project"),
    ("工程", "project"),
    // 甲风电场: a wind farm reports its own generation and turbines.
    ("风电场", "power_station"),
    ("电站", "power_station"),
    // 融江融安水文站: a river's gauging station reports its levels.
    ("水文站", "facility"),
    // 甲自贸试验区乙片区, 北山片区: a part of a zone or a city with its own
    // figures. Not a place of a level (区教育局 is no 片区's office).
    ("片区", "area"),
    // 某镇电商服务站, 某换热站, 某管制站: a station of several words that
    // serves, heats or checks reports its own orders, homes or crossings
    // (a railway station's are two characters: 黔江站, below).
    ("服务站", "facility"),
    ("换热站", "facility"),
    ("管制站", "port"),
    // 黔江站, 西安北站: a railway station named by its place reports its
    // trains, passengers and platforms (which it is: `station_named`).
    ("站", "station"),
    // 两江超级工厂, 第二污水处理厂: a plant is a thing of its own, not
    // the zone it stands in.
    ("工厂", "plant"),
    ("厂", "plant"),
    ("高速公路", "project"),
    ("高铁", "project"),
    ("铁路", "project"),
    ("大桥", "project"),
    ("水库", "project"),
    // 某某水利枢纽: a dam with its reservoir and power station, built and
    // measured as one project.
    ("水利枢纽", "project"),
    ("段", "project"),
    ("项目部", "organisation"),
    ("指挥部", "organisation"),
    ("码头", "wharf"),
    // 阿拉山口口岸: a land port is named like a sea port.
    ("口岸", "port"),
    ("港", "port"),
    ("管委会", "organisation"),
    // 某某海关 reports a port's trade and the refunds it pays.
    ("海关", "organisation"),
    ("委员会", "organisation"),
    // 梅州市慈善总会, 平远县商会, 某某同乡联谊会: an association, chamber or
    // foundation reports what it received and paid out, not its place's.
    ("联合会", "organisation"),
    ("联谊会", "organisation"),
    ("基金会", "organisation"),
    ("促进会", "organisation"),
    ("总会", "organisation"),
    // 某县慈善会, 县红十字会: a charity or the Red Cross receives and pays out
    // its own donations.
    ("慈善会", "organisation"),
    ("红十字会", "organisation"),
    ("协会", "organisation"),
    ("商会", "organisation"),
    // 某县农会, 某某地区农会: a farmers' association buys, sells and
    // builds on its own account (契作收购, 集货场), as a cooperative does.
    ("农会", "organisation"),
    // 电价费率审议会: a review board (jieba splits 审议/会) sets and
    // publishes its figures as a committee does.
    ("审议会", "organisation"),
    // 某某商品交易所: an exchange reports its own trades and turnover.
    ("交易所", "organisation"),
    // Round 30: an office named 署 (统计署, 房屋署) is an office too.
    ("署", "organisation"),
    // 入境事務處, 民政事務處: Hong Kong's departments named 事务处 report
    // the figures of their work (said short as 入境处: `level_short_forms`).
    ("事务处", "organisation"),
    ("政府", "organisation"),
    ("局", "organisation"),
    ("委", "organisation"),
    ("办", "organisation"),
    ("厅", "organisation"),
    ("大学", "institution"),
    ("学院", "institution"),
    ("医院", "institution"),
    // 涪城区人民法院, 区检察院: courts and procuratorates report figures of their own.
    ("法院", "institution"),
    ("检察院", "institution"),
    ("中学", "institution"),
    ("小学", "institution"),
    ("交易市场", "market"),
    ("批发市场", "market"),
    ("专业市场", "market"),
    ("航线", "route"),
    ("地区", "region"),
    // 河套灌区的五个灌域: an irrigation district's sub-districts, each
    // with its own water and area.
    ("灌域", "region"),
    ("经济带", "region"),
    // Airports, museums and pedestrian streets report their own figures.
    ("国际机场", "airport"),
    ("机场", "airport"),
    ("博物馆", "institution"),
    ("博物院", "institution"),
    // A city's library reports its readers and loans.
    ("图书馆", "institution"),
    // A county's archive reports its holdings, intake and readers.
    ("档案馆", "institution"),
    ("步行街", "scenic_area"),
    // 某街道长者食堂: a canteen reports its diners and its takings.
    ("食堂", "facility"),
    // 某区产业发展母基金, 某市产业基金: a fund reports its size and what it
    // puts in, not its place's.
    ("基金", "fund"),
];

/// Fields of work an office's name joins with 和 (甲市文化和旅游局,
/// 乙县住房和城乡建设局): the 和 is inside the name, not between two.
pub const OFFICE_FIELDS_JOINED: &[&str] = &[
    "文化和旅游",
    "文化广电和旅游",
    "住房和城乡建设",
    "人力资源和社会保障",
    "工业和信息化",
    "发展和改革",
    "自然资源和规划",
    "经济和信息化",
    "科学技术和工业信息化",
    "民族和宗教事务",
    "教育和体育",
    "卫生和计划生育",
];

/// The endings of `ORG_SUFFIXES` that make an association (a federation,
/// a chamber, a foundation), which a text says short by its place's level
/// (市慈善总会 for 梅州市慈善总会).
pub const ASSOCIATION_ENDINGS: &[&str] = &[
    "联合会",
    "联谊会",
    "基金会",
    "促进会",
    "总会",
    "慈善会",
    "红十字会",
    "协会",
    "商会",
    "农会",
];

/// Words before 幼儿园 or 学校 that make it a class of schools counted
/// (新建公办幼儿园2所, 民办学校), no school's name.
pub const SCHOOL_CLASSES: &[&str] = &[
    "公办",
    "民办",
    "普惠",
    "普惠性",
    "新建",
    "城区",
    "农村",
    "乡镇",
    "中小",
    "各类",
    "寄宿制",
];

/// Common words that end like names but are none (格局, 家园, 举办).
pub const GENERIC_ORG_WORDS: &[&str] = &[
    // Round 30: verbs ending like an office (署, added that round).
    "部署",
    "签署",
    "布署",
    "格局",
    "布局",
    "当局",
    "结局",
    "大局",
    "全局",
    "开局",
    "邮局",
    "饭局",
    "家园",
    "校园",
    "花园",
    "菜园",
    "果园",
    "茶园",
    "动物园",
    "植物园",
    "游乐园",
    "田园",
    "庄园",
    // 开园/ns (a park opens its gates), 建园, 入园: verbs, no park.
    "开园",
    "建园",
    "闭园",
    "入园",
    "重心",
    "核心",
    "市中心",
    "信心",
    "决心",
    "举办",
    "创办",
    "承办",
    "主办",
    "公办",
    "民办",
    "兴办",
    "督办",
    "查办",
    "协办",
    "代办",
    "帮办",
    "阶段",
    "地段",
    "路段",
    "手段",
    "时段",
    "片段",
    "区段",
    "全段",
    "标段",
    "大厅",
    "客厅",
    "餐厅",
    "展厅",
];

/// Words of quantity or nearness before a level (部分县, 周边县区, 所辖县,
/// 全部镇): some, the nearby or all places of that level, no place.
pub const PLACE_QUANTIFIERS: &[&str] = &[
    "部分", "全部", "周边", "所辖", "下辖", "所属", "个别", "附近", "邻近", "沿线",
];

/// Nouns that may follow a name without making it a modifier
/// (物流园现场, 项目负责人, 示范区建设).
pub const AFTER_NAME: &[&str] = &[
    "设计",
    "规划",
    "计划",
    "预计",
    "累计",
    "现场",
    "负责人",
    "建设",
    "周边",
    "附近",
    "门口",
    "内部",
    "一带",
    "一期",
    "二期",
    "三期",
    // 三峡水库入库水量, 青石粮库出库小麦: what flows into or out of a
    // reservoir or a depot is its own figure.
    "入库",
    "出库",
    // 甲水库及灌区工程主坝完成填筑: the dam is a part of the work named
    // before it, which keeps its name whole.
    "主坝",
    "大坝",
];

/// One-character endings of place names and the kind they make.
pub const PLACE_SUFFIXES: &[(char, &str)] = &[
    ('省', "province"),
    ('市', "city"),
    ('县', "county"),
    ('区', "district"),
    ('镇', "town"),
    ('乡', "town"),
    ('村', "village"),
    // Inner Mongolia: a banner (旗) is a county, a league (盟) a
    // prefecture.
    ('旗', "county"),
    ('盟', "prefecture"),
];

/// Two-character endings of place names said the Mongolian way: a sumu
/// (苏木) is a township, a gacha (嘎查) a village.
pub const PLACE_SUFFIXES2: &[(&str, &str)] =
    &[("苏木", "town"), ("嘎查", "village"), ("街道", "town")];

/// Characters after a place ending that make it part of another word
/// (市场, 区域, 村民, 县城).
pub const PLACE_BLOCKERS: &[(char, &str)] = &[
    // Round 30: 道 after a level is a class of road (省道, 县道, 乡道,
    // 村道), not a place's end; `find_places` lets 道路 through.
    ('省', "级份内外委专会直属道"),
    // 市域快线, 市域铁路: the city's whole area, not 采购市.
    ('市', "场民值面容级委区内属直域"),
    // 缴交县库: the county's treasury (县库), not a county 缴交县.
    ('县', "城域级委内道库"),
    ('区', "域位别分间块级委内划"),
    ('镇', "上里级委"),
    ('乡', "村亲镇下土愁道"),
    // 村寨: villages, a common word (苗侗村寨过大年). 村医, 村卫生室: a
    // village's doctor or clinic, said of villages in general (设置村卫生室).
    ('村', "民里级庄落组委集干屯道寨医卫"),
    ('旗', "帜舰下号手袍杆"),
    ('盟', "友军员主约"),
];

/// Words that end like place names but are not names.
pub const GENERIC_PLACES: &[&str] = &[
    "城市",
    "都市",
    "超市",
    "门市",
    "股市",
    "全市",
    "本市",
    "我市",
    "该市",
    "各市",
    "两市",
    "全省",
    "本省",
    "我省",
    "外省",
    "全县",
    "本县",
    "我县",
    "该县",
    "各县",
    "区县",
    "市县",
    "县区",
    "全区",
    "本区",
    "我区",
    "该区",
    "城区",
    "市区",
    "景区",
    "山区",
    "社区",
    "小区",
    "片区",
    "辖区",
    "园区",
    "厂区",
    "产区",
    "灾区",
    "专区",
    "行政区",
    "功能区",
    "库区",
    "街区",
    "新区",
    "湾区",
    "示范区",
    "开发区",
    "全镇",
    "本镇",
    "乡镇",
    "城镇",
    "集镇",
    "全村",
    "本村",
    "该村",
    "各村",
    "农村",
    "乡村",
    "山村",
    "新村",
    "城乡",
    "家乡",
    "老乡",
    "两个村",
    "个村",
    "地区",
    "服务区",
    "全旗",
    "本旗",
    "我旗",
    "该旗",
    "各旗",
    "嘎查村",
    // 古镇内共有民宿…: the ancient town said again, by its kind.
    "古镇",
    // 基本实现街道全覆盖: subdistricts as a kind, no place's name.
    "街道",
    // Where a programme's works lie (项目区新打机井…): no place of its own.
    "项目区",
    "核心区",
    "建设区",
    // Sumus and towns (全旗14个苏木镇), a resettlement area or village
    // said as what it is, not by name.
    "苏木镇",
    "苏木乡镇",
    "移民区",
    "安置区",
    "安置村",
    "安置点",
    // 跨县（区）安置, 跨市就业: across counties or cities, no place.
    // 郊区: the suburbs, like 城区 and 山区.
    "郊区",
    "跨县",
    "跨市",
    "跨区",
    "跨省",
    "跨乡",
    "跨镇",
    "跨村",
];

/// The provinces: a name ending in 省 is one of them (能省下2万元 and
/// 费用能省 are no provinces; the list is closed).
pub const PROVINCES: &[&str] = &[
    "河北",
    "山西",
    "辽宁",
    "吉林",
    "黑龙江",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "海南",
    "四川",
    "贵州",
    "云南",
    "陕西",
    "甘肃",
    "青海",
    "台湾",
];

/// Places whose names end as a generic word does ([`GENERIC_ENDINGS`]):
/// 库车市 (车市, a car market).
pub const PLACES_ENDING_GENERIC: &[&str] = &["库车市"];

/// Parts of a city said by their role, no proper name, that a text reports
/// figures of apart from the whole city (中心城区现有居民小区…).
pub const CITY_PARTS: &[&str] = &["中心城区", "主城区"];

/// Endings that make a word generic however it starts (扩大城市, 规模养殖小区).
pub const GENERIC_ENDINGS: &[&str] = &[
    // Verbs and common nouns ending in a place's character: 错峰上市,
    // 返乡创业, 新校区, 增加林区.
    "上市",
    "入市",
    "开市",
    "面市",
    "退市",
    // 托市收购 (purchases at a floor price), 楼市, 股市, 车市: markets
    // and the state's buying, never a city.
    "托市",
    "楼市",
    "股市",
    "车市",
    "休市",
    "闭市",
    "夜市",
    "早市",
    "集市",
    "返乡",
    "回乡",
    "下乡",
    "故乡",
    "校区",
    "林区",
    "矿区",
    "牧区",
    "垦区",
    "湖区",
    "营区",
    "城市",
    "都市",
    "超市",
    "农村",
    "乡村",
    "城镇",
    "乡镇",
    "社区",
    "小区",
    "城区",
    "市区",
    "景区",
    "山区",
    "片区",
    "辖区",
    "厂区",
    "产区",
    "街区",
    "库区",
    "区县",
    "市县",
    "合作区",
    // Categories of villages and counties, not names.
    "贫困村",
    "行政村",
    "自然村",
    "建制村",
    "示范村",
    "重点村",
    "中心村",
    "专业村",
    "移民村",
    "贫困县",
    "示范县",
    "重点县",
    "大县",
    "强县",
    // 外贸大市, 农业强省: what a place is said to be, not its name.
    "大市",
    "强市",
    "大省",
    "强省",
    "示范镇",
    "重点镇",
    "特色小镇",
    // 边民互市: border trade, not a city.
    "互市",
    // 副县长, 常务副市长: a deputy's title, not a place.
    "副省",
    "副市",
    "副县",
    "副区",
    "副镇",
    "副乡",
    "副旗",
    // Flags and alliances, not banners and leagues.
    "红旗",
    "国旗",
    "党旗",
    "彩旗",
    "团旗",
    "队旗",
    "联盟",
    "同盟",
    "加盟",
    "结盟",
];

/// Characters that cannot be inside a place name: function words (and
/// 请, the verb before an office: 请市农业农村局 is the city's bureau).
pub const NAME_STOPS: &str =
    "据占的在与和及了是为把对向从到将由被给等并或也都就还以于之其该这那每各全本我你他她它们个届首第次年月日级而受请";

/// Place stems that open or end with a character of NAME_STOPS (向阳村,
/// 和平镇, 将台堡镇, 于都县, 成都市): the walk back from a place's ending
/// takes them whole. Besides common village stems, the county-level and
/// larger places of China whose stem holds such a character (a closed
/// list).
pub const STOP_STEMS: &[&str] = &[
    "向阳", "和平", "和顺", "于家", "将台", "为民", "对口", "于都", "于田", "于洪", "和田", "和龙",
    "和静", "和政", "和硕", "将乐", "从江", "从化", "全州", "全椒", "全南", "本溪", "都江", "都匀",
    "都昌", "都安", "都兰", "日照", "日喀", "日土", "那曲", "那坡", "个旧", "月湖", "成都", "江都",
    "花都", "丰都", "宁都", "昌都", "新都", "望都", "武都", "三都",
];

/// Titles of the people a report quotes on their own lives (村民, 果农,
/// 求职者), not officials: a value in such a person's quote is theirs.
pub const PEOPLE_TITLES: &[&str] = &[
    "村民",
    "农民",
    "果农",
    "菜农",
    "茶农",
    "农户",
    "种植户",
    "大户",
    "养殖户",
    "脱贫户",
    "求职者",
    "市民",
    "居民",
    "游客",
    "店主",
    "摊主",
    "老人",
    "渔民",
    "牧民",
    "边民",
    "蚝农",
    "竹农",
    "林农",
    "棉农",
    // 蔗农黄文强, 采棉机手买买提: growers and machine hands quoted on their
    // own work (round 41).
    "蔗农",
    "机手",
    "蕉农",
    "瓜农",
    "枣农",
    "菇农",
    "渔户",
    "牧户",
    "租户",
    "商户",
    "个体户",
    "车主",
    "司机",
    "骑手",
    "程序员",
    "职工",
    "工人",
    "毕业生",
    "家长",
    "患者",
    // 箱包厂老板刘占军: an owner quoted on their own business.
    "老板",
    // 蚕农覃某今年养了四张半蚕, 采花工李某说: growers and hired hands
    // telling their own crop and pay (round 44).
    "蚕农",
    "花农",
    "稻农",
    "椒农",
    "药农",
    "桑农",
    "菌农",
    "烟农",
    "采花工",
    "拾花工",
    "渔工",
    // 栗农张某, 采冰工李某, 赏鲸船长陈某, 经纪人王某: growers, hired
    // hands, a boat's skipper and a buyer telling their own trade (round
    // 55).
    "栗农",
    "采冰工",
    "船长",
    "经纪人",
    // 梨农某某, 股民某某, 船老大某某, 管护员某某, 主播某某, 帮厨某某, 跑者某某,
    // 老板娘某某: growers, a co-op's members, a skipper, a ranger, a
    // streamer, a kitchen hand, a runner and a shop's owner telling their
    // own work and pay (round 56).
    "梨农",
    "股民",
    "船老大",
    "管护员",
    "主播",
    "帮厨",
    "跑者",
    "老板娘",
    // 蜂农某某, 村医某某, 收购商某某, 琴师某某, 花商某某, 船东某某, 校医某某,
    // 返乡青年某某: growers, a village doctor, buyers, a craftsman, a
    // trader, a boat's owner, a school's doctor and one back home telling
    // their own work and pay (round 59).
    "蜂农",
    "村医",
    "收购商",
    "琴师",
    "花商",
    "船东",
    "校医",
    "返乡青年",
    // 绣娘某某, 老师傅某某, 传承人某某, 承销商某某: an embroiderer, an old
    // craftsman, a craft's heir and a wholesale buyer telling their own
    // work and trade (round 62).
    "绣娘",
    "老师傅",
    "传承人",
    "承销商",
    // 捞纸师傅某某, 药商某某, 面料商某某, 尺带供应商某某, 小伙某某: a
    // craftsman, traders, a supplier and a young man telling their own
    // work and trade (round 63).
    "师傅",
    "药商",
    "面料商",
    "供应商",
    "小伙",
];

/// Polite or familiar words after a surname that name one of the people
/// (梁女士, 王大叔, 林阿伯), as a report names those it quotes on their own
/// lives; an official is named by the office's title instead.
pub const POLITE_ADDRESS: &[&str] = &[
    "女士", "先生", "大爷", "大妈", "阿姨", "大姐", "大哥", "师傅", "大叔", "阿伯", "婆婆", "大娘",
    "奶奶", "爷爷",
];

/// Cantonese words after a surname that name one of the people (陳太 for
/// Mrs Chan, 陳生 for Mr Chan), as Hong Kong and Macao papers name those
/// they quote on their own shop or work. One character each, so a name is
/// taken only where a verb of saying or a mark follows it.
pub const CANTONESE_ADDRESS: &[&str] = &["太", "生"];

/// Characters that end the part after the dot of a name (买买提·吐尔逊已经,
/// 吾斯曼·阿不都正把): function characters, not 都 or 和 that such names
/// hold.
pub const DOTTED_NAME_STOPS: &str =
    "的在了是把对向从到将由被给等并或也就还已正一今去每说他她我们个年月日";

/// Characters after 老 that make a word, not a person called by surname
/// (老人, 老师, 老板, 老乡).
pub const NOT_AFTER_LAO: &str = "人师板乡伴总家兵区城街屋厂店汉农表太哥弟少年大小百外式字旧";

/// Words right before a person's name (脱贫户李运明, 主任赵文远) beside
/// [`PEOPLE_TITLES`]: offices and 户 (see [`person_before`]).
const OFFICE_TITLES: &[&str] = &[
    "户",
    "主任",
    "书记",
    "经理",
    "董事长",
    "总经理",
    "负责人",
    // 卫生署发言人表示: the office speaks through its spokesperson.
    "发言人",
    "局长",
    "县长",
    "市长",
    "镇长",
    "村长",
    "主席",
    "社长",
    "厂长",
    "校长",
    "院长",
    "村主任",
    "指挥长",
];

/// Public posts and heads of named firms before a person's name (村党支部
/// 书记X, 总经理X): one so named speaks for the place or firm, and stays
/// an official when named again bare.
pub const PUBLIC_POSTS: &[&str] = &[
    "书记",
    "主任",
    "局长",
    "县长",
    "市长",
    "区长",
    "镇长",
    "乡长",
    "村长",
    "主席",
    "指挥长",
    "发言人",
    "总经理",
    "董事长",
    "总裁",
];

/// Words right before a person's name: an office's title or one of the
/// people's ([`PEOPLE_TITLES`]).
pub fn person_before() -> impl Iterator<Item = &'static &'static str> {
    OFFICE_TITLES.iter().chain(PEOPLE_TITLES)
}

/// Endings of the name of works on a route between two places (甲至乙
/// 公路改扩建工程, 甲至乙高铁), named from the route's first end.
pub const ROUTE_WORKS: &[&str] = &["工程", "公路", "高速", "铁路", "高铁", "项目"];

/// Words by which one working in a firm speaks of the firm itself
/// (店里, 厂里), its name left unsaid.
pub const FIRMS_OWN_PLACE: &[&str] = &["店里", "厂里", "社里", "场里", "公司里"];

/// Posts of one heading a firm, said alone before their name (企业负责人
/// 吴某, 厂长陈某, 店长刘某) when the sentence before has said which firm
/// (在…一家水产加工企业，…).
pub const FIRM_HEADS: &[&str] = &[
    "负责人",
    "厂长",
    "店长",
    "老板",
    "老板娘",
    "经理",
    "总经理",
    "董事长",
    "场长",
    "社长",
    "理事长",
];

/// Characters that may follow a person's name found by a word before it
/// (脱贫户李运明就来, 种粮大户张德海刚把…卖完, 栗农张某某正和老伴…):
/// anything else may be the name going on (董福|财).
pub const PERSON_NEXT: &str = "就是的在也还都又已刚正把和与对向从被，,。、：:“”家一拿";

/// Words before what a thing is said to be (X是全国最大的…基地, 列入省重点
///项目): a classification, not another thing's name.
pub const CLASS_CUES: &[&str] = &["是", "列入", "作为", "成为", "被评为", "入选"];

/// Words that make what follows a [`CLASS_CUES`] word a classification:
/// they rank it or sort it among its kind.
pub const CLASS_WORDS: &[&str] = &[
    "最",
    "重点",
    "首个",
    "首家",
    "唯一",
    "全国",
    "全省",
    "全市",
    "我国",
    "国家级",
    "省级",
    "示范",
    "之一",
    "的",
];

/// Time words that may follow a person's name found by a title before it
/// (蚝农老李今年养了…): the name ends there.
pub const PERSON_TIME: &[&str] = &[
    "今年", "去年", "前年", "每年", "每天", "目前", "如今", "现在",
];

/// Words right after a person's name (李运明说道, 赵文远介绍).
pub const PERSON_AFTER: &[&str] = &[
    "说", "介绍", "表示", "告诉", "坦言", "感慨", "笑着", "算了", "指出", "认为", "称",
];

/// Measures seedkb has no unit for, after a number (the 千 or 万 of 220千伏
/// read with the number): the words and why the number is left out.
pub const MEASURES_WITHOUT_UNIT: &[(&str, &str)] = &[
    (
        "微克/立方米",
        "a concentration (微克/立方米): seedkb has no unit for it",
    ),
    (
        "毫克/立方米",
        "a concentration (毫克/立方米): seedkb has no unit for it",
    ),
    (
        "毫克/升",
        "a concentration (毫克/升): seedkb has no unit for it",
    ),
    (
        "伏安",
        "an apparent power (千伏安): seedkb has no unit for it",
    ),
    ("伏", "a voltage (千伏, 万伏): seedkb has no unit for it"),
];

/// Currencies without a unit in seedkb: an amount in them is left out.
/// (港元, 澳门元, 欧元 and 新台币 have theirs: HKD, MOP, EUR, TWD.)
pub const OTHER_CURRENCIES: &[&str] = &[
    "澳元",
    "日元",
    "英镑",
    "韩元",
    "卢布",
    "澳币",
    "加元",
    "新加坡元",
    "瑞郎",
    // The currencies of neighbouring countries that border trade and
    // overseas projects are reported in (越南盾, 泰铢, 坚戈 …).
    "越南盾",
    "泰铢",
    "基普",
    "缅币",
    "缅元",
    "坚戈",
    "图格里克",
    "卢比",
    "林吉特",
    "令吉",
    "比索",
    "法郎",
    "克朗",
    "里亚尔",
    "迪拉姆",
    "雷亚尔",
    "兰特",
    "韩币",
    "日币",
];

/// A currency's name before a number in 元 (新台币1200亿元, 港币50万元):
/// the amount is in that currency, not in yuan.
pub const CURRENCIES_BEFORE: &[(&str, Unit)] = &[
    ("台币", Unit::Twd),
    ("港币", Unit::Hkd),
    ("港元", Unit::Hkd),
    ("澳门币", Unit::Mop),
    ("澳门元", Unit::Mop),
];

/// Common surnames: a given name jieba cut from its surname (王|秀英) is
/// joined back to it. 符 is among Hainan's commonest, 霍 common in the north.
pub const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤符霍";

/// Surnames that are far more often a common word (和: and): taken after a
/// title of the people only when jieba reads the given name as a name.
pub const RARE_SURNAMES: &str = "和";

/// Verbs of saying after a speaker (李国华介绍).
pub const SPEECH: &[&str] = &[
    "介绍", "表示", "说", "告诉", "指出", "认为", "称", "坦言", "透露", "预测",
];

/// Words ending in a bound word's character (签约, 附近): no bound.
pub const NOT_BOUNDS: &[&str] = &[
    "签约", "节约", "制约", "履约", "违约", "预约", "合约", "条约", "特约", "集约", "邀约", "附近",
    "最近", "邻近", "就近", "亲近", "高超", "赶超",
];

/// Words that refer back to something named before (该项目, 这里), with
/// the ending that names it ("" for anything).
pub const ANAPHORA: &[(&str, &str)] = &[
    ("该项目", "项目"),
    ("该园区", "园"),
    ("该园", "园"),
    ("该公司", "公司"),
    ("该企业", "公司"),
    ("这家企业", "公司"),
    ("这家公司", "公司"),
    ("这个项目", "项目"),
    ("该中心", "中心"),
    ("该基金", "基金"),
    ("该母基金", "基金"),
    ("该工厂", "厂"),
    ("该厂", "厂"),
    ("全厂", "厂"),
    // 县档案馆…全馆在编人员14人: the whole of the archive or museum named.
    ("全馆", "馆"),
    ("该市", "市"),
    ("该县", "县"),
    ("该区", "区"),
    ("该镇", "镇"),
    ("该村", "村"),
    ("全市", "市"),
    ("全省", "省"),
    ("该省", "省"),
    ("全县", "县"),
    ("全区", "区"),
    ("全镇", "镇"),
    ("全乡", "乡"),
    ("全村", "村"),
    ("村里", "村"),
    // 县里还…, 区里已…: the county or district the text is about.
    ("县里", "县"),
    ("区里", "区"),
    ("镇里", "镇"),
    ("全旗", "旗"),
    ("全州", "州"),
    ("该州", "州"),
    ("全盟", "盟"),
    ("该盟", "盟"),
    ("我盟", "盟"),
    ("我旗", "旗"),
    ("我州", "州"),
    ("该旗", "旗"),
    ("全段", "段"),
    ("该段", "段"),
    ("该行", "行"),
    // 局方今年已更换…, 该局组建了…: the office named before does it.
    ("该局", "局"),
    ("局方", "局"),
    ("该署", "署"),
    ("署方", "署"),
    ("全行", "行"),
    ("该社", "社"),
    ("该基地", "基地"),
    ("该景区", "景区"),
    ("该园区", "园区"),
    ("我市", "市"),
    ("我县", "县"),
    ("我区", "区"),
    ("本市", "市"),
    ("本县", "县"),
    // 本项目, 本公司: an announcement's own project or company.
    ("本项目", "项目"),
    ("本公司", "公司"),
    // 全院, 本院: the court, hospital or school the report is about.
    ("全院", "院"),
    ("本院", "院"),
    ("该院", "院"),
    ("这里", ""),
    ("此处", ""),
    ("这片", ""),
];

/// What a company is, said right before its name (龙头企业江苏某某有限公司).
pub const NAME_DESCRIPTORS: &[&str] = &[
    "龙头企业",
    "重点企业",
    "骨干企业",
    "链主企业",
    "外资企业",
    "民营企业",
    "国有企业",
    "上市公司",
    "合作企业",
    "签约企业",
    // 施工方中铁某局有限公司, 冠名赞助商某某股份有限公司: its part in
    // the work or the event.
    "施工方",
    "施工单位",
    "建设方",
    "承建方",
    "冠名赞助商",
    "赞助商",
];

/// Endings found in the characters (not jieba's words) that make a name
/// of what comes before: (ending, kind, whether a proper noun or place
/// must be in the name). Lenders are organisations that lend.
pub const STRONG_SUFFIXES: &[(&str, &str, bool)] = &[
    ("股份有限公司", "enterprise", false),
    ("有限责任公司", "enterprise", false),
    ("有限公司", "enterprise", false),
    ("集团", "enterprise", true),
    ("农村信用合作联社", "bank", false),
    ("农村商业银行", "bank", false),
    ("信用合作联社", "bank", false),
    ("信用社", "bank", false),
    ("银行", "bank", true),
    ("支行", "bank", true),
    ("分行", "bank", true),
    ("专业合作社", "cooperative", true),
    ("合作区", "zone", false),
    ("基地", "facility", true),
    ("工程", "project", true),
];

/// Verbs that never open a name (加快推进化工有限公司 is 化工有限公司).
pub const NAME_VERBS: &[&str] = &[
    "加快", "推进", "推动", "引进", "支持", "签约", "依托", "联合", "组织", "鼓励", "引导", "帮助",
    "服务", "发放", "投放", "建设", "完成", "实现", "落户", "入驻", "新建", "建成", "投资", "成立",
    "设立", "举行", "召开", "携手", "协调", "对接", "包括", "其中", "分别", "介绍", "表示", "来自",
    "前往", "地处", "启动", "收购", "简称", "家住", "住在",
];

/// Verbs of [`NAME_VERBS`] that are also places' names (联合乡, 新建区,
/// 建设镇, 建成村): before the level of a county or an office they are kept
/// as the place's stem.
pub const PLACE_NAMING_VERBS: &[&str] = &["联合", "建设", "新建", "建成"];

/// Words after a name opening a sentence that make it the sentence's
/// subject (X是…, X已…, X先后投入…); a title or a verb of saying after it
/// (X主任…介绍) does not.
pub const SUBJECT_NEXT: &[&str] = &[
    "是",
    "的",
    "在",
    "将",
    "已",
    "正在",
    "共",
    "全年",
    "今年",
    "去年",
    "先后",
    "累计",
    "还",
    "也",
    "新增",
    "新建",
    "建成",
    "完成",
    "实现",
    "投资",
    "投入",
    "计划",
    "预计",
    "拥有",
    "现有",
    "有",
    "位于",
    "地处",
    "作为",
    "通过",
    "积极",
    "大力",
    "加快",
    "全力",
    "不断",
    "持续",
    "依托",
    "立足",
    "围绕",
    "把",
    "对",
    "为",
    "于",
    "自",
    "近年来",
    "目前",
    "上半年",
    "一季度",
    "发放",
    "投放",
    "签约",
    "签订",
    "引进",
    "开工",
    "总投资",
    "占地",
    "年产",
];

/// Words before a date that make it the date values hold as of.
pub const AS_OF: &[&str] = &["截至", "截止到", "截止", "截至到"];

/// Words for "up to now": values after them hold as of the article's date.
pub const AS_OF_NOW: &[&str] = &[
    "截至目前",
    "截止目前",
    "截至当前",
    "截止到目前",
    "截至发稿时",
    "截至记者发稿时",
];

/// Name endings a document does not use alone for a name said before
/// (政府 alone is no particular government; 各管制站 is every control
/// point, not the one named last).
pub const NO_SHORT_FORM: &[&str] = &[
    "政府",
    "地区",
    "委员会",
    "管委会",
    "经济带",
    "公园",
    "管制站",
];

/// Phases said before a short form (二期工程).
pub const PHASES: &[&str] = &["一期", "二期", "三期", "四期", "首期"];

/// Time words that may stand between a clause mark and its subject.
pub const TIME_WORDS: &[&str] = &["目前", "今年", "去年", "当前", "现在", "近年来", "同时"];

/// Periods a report opens a clause with, glued by the walk to the place
/// after them (一季度宜昌市实现…, 上半年全区…): no part of the name.
pub const LEADING_PERIODS: &[&str] = &[
    "前三季度",
    "一季度",
    "二季度",
    "三季度",
    "四季度",
    "第一季度",
    "第二季度",
    "第三季度",
    "第四季度",
    "上半年",
    "下半年",
    "全年",
    "年内",
    "同期",
    "近年",
    "近期",
    "日前",
    "此前",
    "当年",
];

/// Words after a name that make it part of an event's description
/// (…招商项目集中签约仪式, …项目推介会): the event is not the named thing.
pub const EVENT_NOUNS: &[&str] = &[
    "集中签约",
    "签约仪式",
    "开工仪式",
    "集中开工",
    "仪式",
    "推介会",
    "洽谈会",
    "签约会",
    "发布会",
    "大会",
];

/// Words between the two ends of a range (1400斤到1500斤).
pub const RANGE_WORDS: &[&str] = &["到", "至", "—", "－", "-", "～", "~"];

/// Shares said in words (过半, 近半, 百分之百): the word, the percentage and
/// its bound.
pub const WORD_SHARES: &[(&str, i128, crate::model::Bound)] = &[
    ("超过半数", 50, crate::model::Bound::AtLeast),
    ("过半数", 50, crate::model::Bound::AtLeast),
    ("过半", 50, crate::model::Bound::AtLeast),
    ("逾半", 50, crate::model::Bound::AtLeast),
    ("近半数", 50, crate::model::Bound::About),
    ("近半", 50, crate::model::Bound::About),
    ("百分之百", 100, crate::model::Bound::Exact),
];

/// What may stand between two values of a list (300兆瓦、150兆瓦和400兆瓦).
pub const LIST_SEPARATORS: &[&str] = &["、", "和", "及", "以及", "与", "、和"];

/// Verbs and adverbs between a noun and its count (品种分别为36个,
/// 项目有8个): the noun still says what is counted.
pub const COUNT_LINKS: &[&str] = &[
    "分别为",
    "分别是",
    "分别达到",
    "分别达",
    "分别",
    "已达到",
    "达到",
    "已达",
    "达",
    "增至",
    "增加到",
    "为",
    "是",
    "共有",
    "有",
    "共",
    "总数",
    "数量",
    "规模",
    "规模突破",
    "规模达到",
    "累计",
    "合计",
    "总计",
    "共计",
    "超过",
    "突破",
    "约",
    // 在校生规模力争达到10万人, 充电桩总量力争达到20万台: a goal's words
    // between the noun and its count (round 9).
    "力争达到",
    "力争",
    "总量",
    // 植保无人机保有量达到4862架: the stock of the things named before it.
    "保有量",
];

/// Nouns an amount sorts when it is a threshold (3000万元以上的项目).
pub const THRESHOLD_NOUNS: &[&str] = &[
    "工业项目",
    "产业项目",
    "重点项目",
    "重大项目",
    "招商项目",
    "项目",
    "工业企业",
    "企业",
    "单位",
    // 集体经济收入50万元以上的村, 500亩以上的种粮大户: villages and farms
    // sorted by income or size (round 61).
    "行政村",
    "村",
    "种粮大户",
    "大户",
    "农户",
    "合作社",
    "家庭农场",
    "案件",
];

/// Verbs that count what a threshold sorts (收入50万元以上的村有12个,
/// 2斤以上的鱼占到七成): …以上的 + a few words + one of them + a number.
pub const THRESHOLD_COUNT_VERBS: &[&str] = &[
    "有",
    "达到",
    "达",
    "占到",
    "占比达到",
    "占比为",
    "占比",
    "占",
    "超过",
    "共",
];

/// Words in a bracket after a name that give the short form the text uses
/// for it from then on: X（以下简称Y）.
pub const ALIAS_CUES: &[&str] = &["以下简称", "以下称", "下称", "简称"];

/// Words that make the value after them a total of a list (…三个项目合计).
pub const TOTALS: &[&str] = &["合计", "总计", "共计", "累计共", "一共"];

/// Endings by which a document names again a park or zone it named in
/// full before (苏州高新区 … 高新区).
pub const SHORT_FORMS: &[&str] = &[
    "灌区",
    "港区",
    "合作区",
    "高新区",
    "开发区",
    "示范区",
    "保税区",
    "产业园",
    "工业园",
    "物流园",
    "园区",
    "新区",
    "实验区",
    "试验区",
    "经开区",
    "综保区",
    "自贸区",
];

// Subjects, round 33 (entity words; kept apart from the attribute words).

/// A ship's move to or from a port (渔船回港卸货, 货轮离港): jieba tags some
/// of these ns, but the 港 they end with is no port's name.
pub const SHIP_MOVES: &[&str] = &[
    "回港", "返港", "进港", "入港", "出港", "离港", "靠港", "抵港", "到港", "在港",
];

// Subjects, round 34 (entity words; kept apart from the attribute words).

/// The municipalities under the central government: provinces whose full
/// name ends in 市.
pub const MUNICIPALITIES: &[&str] = &["北京", "天津", "上海", "重庆"];

/// Systems of government said short after their province (河北税务 for 国家
/// 税务总局河北省税务局, 湖南气象 for its meteorological bureau). Not 海关:
/// a customs district's name (海口海关) is its own.
pub const SYSTEM_SHORT_NAMES: &[&str] = &[
    "税务",
    "气象",
    "统计",
    "人社",
    "医保",
    "应急",
    "公安",
    "市场监管",
    "生态环境",
    "自然资源",
    "住建",
];

/// Living things a count by 种 counts the kinds of (野生脊椎动物394种,
/// 高等植物1120种): species.
pub const SPECIES_WORDS: &[&str] = &[
    "动物", "植物", "物种", "生物", "鸟", "鱼", "昆虫", "两栖", "爬行", "哺乳", "兽类", "藻",
    "菌类",
];

/// Counters of animals one by one.
pub const ANIMAL_COUNTERS: &[&str] = &["只", "头", "尾"];

/// Words before a count of animals that make it a population: its measure
/// (种群数量, 数量达到), wild ones (野生东北豹约80只), or a survey's finding
/// (记录到东北虎31只).
pub const POPULATION_CUES: &[&str] = &[
    "数量",
    "种群",
    "野生",
    "记录到",
    "监测到",
    "观测到",
    "拍到",
    "发现",
];

/// Words of a transport's ridership (运送乘客, 客运量, 进出站客流, 骑行量): the
/// people it counts by the ride are passengers.
pub const RIDERSHIP_WORDS: &[&str] = &[
    "乘客",
    "旅客",
    "客运",
    "运送",
    "发送旅客",
    "进出站",
    "号线",
    "地铁",
    "轨道交通",
    // A bike share's rides (骑行量860万人次, round 54).
    "骑乘",
    "骑行",
];

/// What a day's trade does to goods, by the verb right before the value
/// with a day's word (每天, 一天, 每日) shortly before (一天卖个一两百碗,
/// 一天可以走两千多箱, 一天能收二三十吨): the verb, the value's dimension,
/// whether only goods counted by `PRODUCT_COUNTERS` are meant (一天能走
/// 十几公里 is a walk), and the name, as the golds of older sets name them
/// (round 60).
pub const DAY_TRADE_VERBS: &[(&str, Dim, bool, &str)] = &[
    ("卖", Dim::Count, false, "daily_sales_volume"),
    ("走", Dim::Count, true, "daily_sales_volume"),
    ("收", Dim::Mass, false, "daily_purchase_volume"),
    ("加工", Dim::Mass, false, "daily_processing_volume"),
];

/// Words of a month's pay, for a wage said with no word naming it (一个月
/// 能拿七千上下, 一个月工资拿到五千出头).
pub struct MonthsPay {
    /// Words naming pay, said right after the month or in the sentence.
    pub words: &'static [&'static str],
    /// What may stand between the month (and a word of pay) and the value:
    /// a verb of getting paid or nothing (not 挣, 多拿, 花, 省).
    pub verbs: &'static [&'static str],
}

pub const MONTHS_PAY: MonthsPay = MonthsPay {
    words: &["工资", "工钱", "月薪", "薪水"],
    verbs: &["", "能拿", "能拿到", "拿", "拿到", "到手", "下来", "能"],
};

/// Where the cue of a [`CountedByCue`] must stand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CuePlace {
    /// Anywhere before the value in its clause.
    Clause,
    /// Right before the value (约, 共 or 达 may come between).
    RightBefore,
}

/// A count by a counter that a cue word names: what the counter alone
/// does not say.
pub struct CountedByCue {
    pub counter: &'static str,
    /// The names the words gave the count that the entry renames (none:
    /// any).
    pub attributes: &'static [&'static str],
    pub cue: &'static str,
    pub place: CuePlace,
    pub name: &'static str,
}

/// Counts a counter and a cue word name together, tried in order.
pub const COUNTED_BY_CUE: &[CountedByCue] = &[
    // 下派专家320人次, 本月抽取专家4620人次: experts counted each time they
    // were sent or drawn are counted as experts, not as visitors (the gold
    // of three sets).
    CountedByCue {
        counter: "人次",
        attributes: &["visit_count", "visitor_count"],
        cue: "专家",
        place: CuePlace::RightBefore,
        name: "expert_count",
    },
    // 开展技能培训56期, 举办培训班24期: a course counted by 期 in a clause
    // that speaks of training is its sessions, as the gold of every set
    // that says one names them (not a bulletin's issues, 发布预警47期).
    CountedByCue {
        counter: "期",
        attributes: &["count", "class_count"],
        cue: "培训",
        place: CuePlace::Clause,
        name: "training_session_count",
    },
    // 开展技术培训86场次, 办理安全用药讲习26场: training counted by the
    // session (场次, 场) in a clause that speaks of it, as the golds of
    // twenty sets name it; 产销对接活动14场 stay events.
    CountedByCue {
        counter: "场次",
        attributes: &["count", "event_count"],
        cue: "培训",
        place: CuePlace::Clause,
        name: "training_session_count",
    },
    CountedByCue {
        counter: "场",
        attributes: &["count", "event_count"],
        cue: "培训",
        place: CuePlace::Clause,
        name: "training_session_count",
    },
    CountedByCue {
        counter: "场",
        attributes: &["count", "event_count"],
        cue: "讲习",
        place: CuePlace::Clause,
        name: "training_session_count",
    },
    // 检查企业2860家次, 共检查门店236家次: places counted each time they
    // were inspected are the inspections, as the gold of five sets names
    // them (参展企业480家次 stay what they are).
    CountedByCue {
        counter: "家次",
        attributes: &[],
        cue: "检查",
        place: CuePlace::Clause,
        name: "inspection_count",
    },
];

/// The lexicon kept as data (crates/seedkb-extract/lexicon.toml), read
/// once.
pub struct Data {
    pub counted: Vec<(String, String)>,
    /// Counters that say what a count counts when no noun does (辆次),
    /// tried before the built-in [`COUNTERS`].
    pub counters: Vec<(String, String)>,
    pub before: Vec<(String, Dim, String)>,
    /// Trades that make a company's short name with a place (营口钢铁).
    pub trades: Vec<String>,
    /// The name of an amount per household (每户分红) and per mu (每亩投入)
    /// by the attribute the words gave it.
    pub per_household: Vec<(String, String)>,
    pub per_mu: Vec<(String, String)>,
    pub per_person: Vec<(String, String)>,
    /// Words naming an amount per one that BEFORE calls an amount (补助).
    pub per_words: Vec<(String, String)>,
    /// A rate of change's name by the words saying what it is measured
    /// against (同比 → growth_rate_yoy).
    pub rate_base: Vec<(String, Vec<String>)>,
    /// Words naming a rate of change itself (增速, 降幅).
    pub growth_words: Vec<String>,
    /// Words naming the economy's output (地区生产总值).
    pub gdp_words: Vec<String>,
    /// Words naming a price (a rise of one in percent is price_increase_rate) and
    /// consumer prices (cpi_growth in their clause, cpi_change after).
    pub price_words: Vec<String>,
    pub consumer_price_words: Vec<String>,
    /// Words with a price word inside that name none (按不变价格).
    pub not_price_words: Vec<String>,
    /// 每斤, 每公斤: an amount per a unit of goods is a price.
    pub price_units: Vec<String>,
    /// Verbs before a count of people that name it (培训 → people_trained).
    pub people_verbs: Vec<(String, String)>,
    /// 建成后, 投产后: what the rest of the sentence gives is expected.
    pub once_built_words: Vec<String>,
    /// 水稻, 花生: crops an area said right before one of them is planted
    /// with (146万亩水稻), and the name of that area.
    pub crops: Vec<(String, String)>,
    /// 拨付, 使用: a verb of what was done with money, in an amount's own
    /// clause, and the name it gives the amount ("" for none).
    pub own_verbs: Vec<(String, String)>,
    /// 微信支付: a way to pay that jieba cuts into two words, the second
    /// a verb of `own_verbs` that it does not say.
    pub not_own_verbs: Vec<String>,
    /// 上级, 上级财政: a giver above, right before a verb of `own_verbs`,
    /// that makes the money received rather than paid out (上级拨付).
    pub from_above: Vec<String>,
    /// A count of days (优良天数达到241天): the words before 天数 and the
    /// name of what is counted.
    pub day_words: Vec<(String, String)>,
    /// Endings of the name a numbered list item opens with (１．X孵化器：),
    /// beside every name ending.
    pub heading_endings: Vec<String>,
    /// Kinds of enterprises counted as new ones of that kind (新增高新技术
    /// 企业14家 → new_high_tech_enterprise_count): the word and the name.
    pub new_enterprise_kinds: Vec<(String, String)>,
    /// Counts named after their noun that a verb of NEW_WORDS says are
    /// new (新增床位1200张 → new_bed_count): the name and the new one's.
    pub new_counts: Vec<(String, String)>,
    /// Offices only a territory's administration has (主计总处 → 台湾),
    /// longest first, so that one opening another (行政院主计总处 before
    /// 行政院) is found whole.
    pub territory_offices: Vec<(String, String)>,
    /// Words a Taiwan paper says (its offices, its 报导) and words naming
    /// Hong Kong or Macao: the first make a text's bare 元 新臺幣 unless
    /// the second are said too.
    pub taiwan_paper_words: Vec<String>,
    pub hong_kong_macao_words: Vec<String>,
    /// Offices only Hong Kong's government has: a release naming one
    /// counts its bare 元 in 港元.
    pub hong_kong_office_words: Vec<String>,
    /// Objects of a fall verb before a share (削减洪峰流量约35%) and the
    /// name of the share cut, a positive reduction.
    pub reduced: Vec<(String, String)>,
    /// The last word of a noun a count names no listed noun by (巡护站,
    /// 调查组), the counter it must be said by if any, and what it counts:
    /// longest first.
    pub count_heads: Vec<(String, Option<String>, String)>,
}

#[derive(serde::Deserialize)]
struct RawData {
    #[serde(default)]
    counted: std::collections::BTreeMap<String, String>,
    #[serde(default)]
    counters: std::collections::BTreeMap<String, String>,
    #[serde(default)]
    before: Vec<RawBefore>,
    #[serde(default)]
    trades: Vec<String>,
    #[serde(default)]
    per_household: std::collections::BTreeMap<String, String>,
    #[serde(default)]
    per_mu: std::collections::BTreeMap<String, String>,
    #[serde(default)]
    per_person: std::collections::BTreeMap<String, String>,
    #[serde(default)]
    per_words: std::collections::BTreeMap<String, String>,
    #[serde(default)]
    rate_base: std::collections::BTreeMap<String, Vec<String>>,
    #[serde(default)]
    growth_words: Vec<String>,
    #[serde(default)]
    gdp_words: Vec<String>,
    #[serde(default)]
    price_words: Vec<String>,
    #[serde(default)]
    consumer_price_words: Vec<String>,
    #[serde(default)]
    not_price_words: Vec<String>,
    #[serde(default)]
    price_units: Vec<String>,
    #[serde(default)]
    people_verbs: std::collections::BTreeMap<String, String>,
    #[serde(default)]
    once_built_words: Vec<String>,
    #[serde(default)]
    crops: std::collections::BTreeMap<String, String>,
    #[serde(default)]
    own_verbs: std::collections::BTreeMap<String, String>,
    #[serde(default)]
    not_own_verbs: Vec<String>,
    #[serde(default)]
    from_above: Vec<String>,
    #[serde(default)]
    day_words: std::collections::BTreeMap<String, String>,
    #[serde(default)]
    heading_endings: Vec<String>,
    #[serde(default)]
    new_enterprise_kinds: std::collections::BTreeMap<String, String>,
    #[serde(default)]
    new_counts: std::collections::BTreeMap<String, String>,
    #[serde(default)]
    territory_offices: std::collections::BTreeMap<String, String>,
    #[serde(default)]
    taiwan_paper_words: Vec<String>,
    #[serde(default)]
    hong_kong_macao_words: Vec<String>,
    #[serde(default)]
    hong_kong_office_words: Vec<String>,
    #[serde(default)]
    reduced: std::collections::BTreeMap<String, String>,
    #[serde(default)]
    count_heads: std::collections::BTreeMap<String, String>,
}

/// The territories an office of `[territory_offices]` may name.
pub const TERRITORIES: &[&str] = &["台湾", "香港", "澳门"];

#[derive(serde::Deserialize)]
struct RawBefore {
    word: String,
    dim: String,
    attribute: String,
}

const DATA_TOML: &str = include_str!("../../lexicon.toml");

/// Parses lexicon data; errors say which entry is wrong.
pub fn parse_data(src: &str) -> Result<Data, String> {
    let raw: RawData = toml::from_str(src).map_err(|e| format!("lexicon.toml: {e}"))?;
    let mut before = Vec::new();
    for b in raw.before {
        let dim = match b.dim.as_str() {
            "money" => Dim::Money,
            "area" => Dim::Area,
            "power" => Dim::Power,
            "mass" => Dim::Mass,
            "length" => Dim::Length,
            "percent" => Dim::Percent,
            "count" => Dim::Count,
            "volume" => Dim::Volume,
            "energy" => Dim::Energy,
            other => {
                return Err(format!(
                    "lexicon.toml: word {:?} has dim {other:?}; expected money, area, power, \
                     mass, length, percent, count, volume or energy",
                    b.word
                ))
            }
        };
        before.push((b.word, dim, b.attribute));
    }
    let mut territory_offices = Vec::new();
    for (office, territory) in raw.territory_offices {
        if office.is_empty() || !TERRITORIES.contains(&territory.as_str()) {
            return Err(format!(
                "lexicon.toml: [territory_offices] key {office:?} names {territory:?}; \
                 expected a non-empty office naming 台湾, 香港 or 澳门"
            ));
        }
        territory_offices.push((office, territory));
    }
    // Longest first: 行政院主计总处 is found whole, not as 行政院.
    territory_offices.sort_by_key(|(o, _)| std::cmp::Reverse(o.len()));
    for (key, words) in [
        ("taiwan_paper_words", &raw.taiwan_paper_words),
        ("hong_kong_macao_words", &raw.hong_kong_macao_words),
        ("hong_kong_office_words", &raw.hong_kong_office_words),
    ] {
        if words.iter().any(String::is_empty) {
            return Err(format!("lexicon.toml: {key} lists an empty word"));
        }
    }
    let mut count_heads = Vec::new();
    for (key, attr) in raw.count_heads {
        let (head, counter) = match key.split_once('/') {
            Some((h, c)) => (h.to_string(), Some(c.to_string())),
            None => (key.clone(), None),
        };
        if head.is_empty() || counter.as_deref() == Some("") || attr.is_empty() {
            return Err(format!(
                "lexicon.toml: [count_heads] key {key:?} = {attr:?}; expected a head, \
                 optionally /its counter, naming an attribute"
            ));
        }
        count_heads.push((head, counter, attr));
    }
    // Longest first: 站点 before 站.
    count_heads.sort_by_key(|(h, _, _)| std::cmp::Reverse(h.len()));
    Ok(Data {
        counted: raw.counted.into_iter().collect(),
        counters: raw.counters.into_iter().collect(),
        before,
        trades: raw.trades,
        per_household: raw.per_household.into_iter().collect(),
        per_mu: raw.per_mu.into_iter().collect(),
        per_person: raw.per_person.into_iter().collect(),
        per_words: raw.per_words.into_iter().collect(),
        rate_base: raw.rate_base.into_iter().collect(),
        growth_words: raw.growth_words,
        gdp_words: raw.gdp_words,
        price_words: raw.price_words,
        consumer_price_words: raw.consumer_price_words,
        not_price_words: raw.not_price_words,
        price_units: raw.price_units,
        people_verbs: raw.people_verbs.into_iter().collect(),
        once_built_words: raw.once_built_words,
        crops: raw.crops.into_iter().collect(),
        own_verbs: raw.own_verbs.into_iter().collect(),
        not_own_verbs: raw.not_own_verbs,
        from_above: raw.from_above,
        day_words: raw.day_words.into_iter().collect(),
        heading_endings: raw.heading_endings,
        new_enterprise_kinds: raw.new_enterprise_kinds.into_iter().collect(),
        new_counts: raw.new_counts.into_iter().collect(),
        territory_offices,
        taiwan_paper_words: raw.taiwan_paper_words,
        hong_kong_macao_words: raw.hong_kong_macao_words,
        hong_kong_office_words: raw.hong_kong_office_words,
        reduced: raw.reduced.into_iter().collect(),
        count_heads,
    })
}

/// The bundled lexicon data. It is compiled in and checked by a test, so
/// a broken file cannot ship; should it ever fail, the built-in words
/// alone are used.
pub fn data() -> &'static Data {
    static DATA: std::sync::LazyLock<Data> = std::sync::LazyLock::new(|| {
        parse_data(DATA_TOML).unwrap_or(Data {
            counted: Vec::new(),
            counters: Vec::new(),
            before: Vec::new(),
            trades: Vec::new(),
            per_household: Vec::new(),
            per_mu: Vec::new(),
            per_person: Vec::new(),
            per_words: Vec::new(),
            rate_base: Vec::new(),
            growth_words: Vec::new(),
            gdp_words: Vec::new(),
            price_words: Vec::new(),
            consumer_price_words: Vec::new(),
            not_price_words: Vec::new(),
            price_units: Vec::new(),
            people_verbs: Vec::new(),
            once_built_words: Vec::new(),
            crops: Vec::new(),
            own_verbs: Vec::new(),
            not_own_verbs: Vec::new(),
            from_above: Vec::new(),
            day_words: Vec::new(),
            heading_endings: Vec::new(),
            new_enterprise_kinds: Vec::new(),
            new_counts: Vec::new(),
            territory_offices: Vec::new(),
            taiwan_paper_words: Vec::new(),
            hong_kong_macao_words: Vec::new(),
            hong_kong_office_words: Vec::new(),
            reduced: Vec::new(),
            count_heads: Vec::new(),
        })
    });
    &DATA
}

/// Nouns that say what a count counts: the data's, then the built-in.
pub fn counted() -> impl Iterator<Item = (&'static str, &'static str)> {
    data()
        .counted
        .iter()
        .map(|(n, a)| (n.as_str(), a.as_str()))
        .chain(COUNTED.iter().copied())
}

/// Counters and what a count by one counts: the data's, then the
/// built-in.
pub fn counters() -> impl Iterator<Item = (&'static str, &'static str)> {
    data()
        .counters
        .iter()
        .map(|(c, a)| (c.as_str(), a.as_str()))
        .chain(COUNTERS.iter().copied())
}

/// Words before an amount: the data's, then the built-in.
pub fn before_words() -> impl Iterator<Item = (&'static str, Dim, &'static str)> {
    data()
        .before
        .iter()
        .map(|(w, d, a)| (w.as_str(), *d, a.as_str()))
        .chain(BEFORE.iter().map(|(w, d, a)| (*w, *d, *a)))
}

/// A list of words searched for in one pass over a text (the lexicon is
/// long; a search per word made a sentence's cost grow with it).
pub struct WordIndex<T: 'static> {
    ac: aho_corasick::AhoCorasick,
    pub entries: Vec<T>,
}

impl<T: Copy> WordIndex<T> {
    fn new(entries: Vec<T>, word: impl Fn(&T) -> &'static str) -> WordIndex<T> {
        let ac = aho_corasick::AhoCorasick::new(entries.iter().map(&word))
            .expect("lexicon words build an automaton");
        WordIndex { ac, entries }
    }

    /// Each word found in `text`, in the list's order: its entry, the
    /// start of its first occurrence and of its last.
    pub fn find(&self, text: &str) -> Vec<(T, usize, usize)> {
        let mut seen: Vec<(usize, usize, usize)> = Vec::new();
        for m in self.ac.find_overlapping_iter(text) {
            let i = m.pattern().as_usize();
            match seen.iter_mut().find(|s| s.0 == i) {
                Some(s) => s.2 = m.start(),
                None => seen.push((i, m.start(), m.start())),
            }
        }
        seen.sort_unstable_by_key(|s| s.0);
        seen.into_iter()
            .map(|(i, first, last)| (self.entries[i], first, last))
            .collect()
    }
}

/// The words before an amount, indexed.
pub fn before_index() -> &'static WordIndex<(&'static str, Dim, &'static str)> {
    static INDEX: std::sync::LazyLock<WordIndex<(&'static str, Dim, &'static str)>> =
        std::sync::LazyLock::new(|| WordIndex::new(before_words().collect(), |e| e.0));
    &INDEX
}

/// The nouns that say what a count counts, indexed.
pub fn counted_index() -> &'static WordIndex<(&'static str, &'static str)> {
    static INDEX: std::sync::LazyLock<WordIndex<(&'static str, &'static str)>> =
        std::sync::LazyLock::new(|| WordIndex::new(counted().collect(), |e| e.0));
    &INDEX
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_lexicon_data_parses() {
        let d = parse_data(DATA_TOML).expect("lexicon.toml");
        assert!(d.counted.iter().any(|(n, _)| n == "污水处理站"));
        assert!(d.before.iter().any(|(w, _, _)| w == "日处理"));
        assert!(d.trades.iter().any(|t| t == "钢铁"));
        let e = parse_data("[[before]]\nword = \"x\"\ndim = \"volts\"\nattribute = \"y\"\n")
            .err()
            .unwrap();
        assert!(e.contains("volts") && e.contains("expected"), "{e}");
    }

    #[test]
    fn territory_offices_are_data_read_longest_first() {
        let d = parse_data(DATA_TOML).expect("lexicon.toml");
        let at = |o: &str| d.territory_offices.iter().position(|(w, _)| w == o);
        // 行政院主计总处 opens with 行政院: found whole only if tried first.
        assert!(at("行政院主计总处").unwrap() < at("行政院").unwrap());
        assert!(d
            .territory_offices
            .contains(&("政府统计处".to_string(), "香港".to_string())));
        assert!(d.taiwan_paper_words.iter().any(|w| w == "主计总处"));
        assert!(d.hong_kong_macao_words.iter().any(|w| w == "澳门"));
        assert!(d.hong_kong_office_words.iter().any(|w| w == "政府统计处"));
        // A malformed entry is refused, the file and the key named.
        let e = parse_data("[territory_offices]\n\"统计局\" = \"广东\"\n")
            .err()
            .unwrap();
        assert!(
            e.contains("lexicon.toml") && e.contains("[territory_offices]") && e.contains("统计局"),
            "{e}"
        );
        let e = parse_data("taiwan_paper_words = [\"\"]\n").err().unwrap();
        assert!(
            e.contains("lexicon.toml") && e.contains("taiwan_paper_words"),
            "{e}"
        );
    }

    #[test]
    fn no_word_before_an_amount_is_listed_twice_for_one_dim() {
        // A second entry is dead weight at best and a silent override at
        // worst (储藏能力 and 销售收入 were listed twice).
        let d = parse_data(DATA_TOML).expect("lexicon.toml");
        for (i, (word, dim, _)) in d.before.iter().enumerate() {
            assert!(
                !d.before[..i].iter().any(|(w, d, _)| w == word && d == dim),
                "{word} ({dim:?}) listed twice"
            );
        }
    }
}
