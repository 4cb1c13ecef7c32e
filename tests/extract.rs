//! The extractor against hand-written gold files: the seed article
//! (seeds/000_c0358a9eae1db40c.gold.toml) and short articles in other forms
//! (tests/fixtures/*.txt with their .gold.toml). Precision and recall are
//! of the values found (a value matches when its words, its value, unit and
//! bound agree); attachment is the share of matched values whose subject
//! and attribute are among the gold's acceptable ones. Run with
//! `--nocapture` to see the numbers and the misses. A date the text gives
//! without printing its year matches a gold date of the year the document
//! was published in (the gold's `[document] year`): a month and day stored
//! with their year unknown when those are the gold's (`year_left_unknown`),
//! and a year said relative to the document's (去年 → `Y-1`) when the
//! gold's year less the document's is its offset (`relative_year`).
//!
//! Names in gold files (one convention for every set, so that the
//! extractor cannot gain on one set by the name another set spells
//! differently; `gold_names_follow_the_convention` holds every gold file to
//! it, `rename_gold_to_the_convention` applies it):
//! - A value lists one or more acceptable attributes, in snake_case.
//! - The generic name of a rate of change says its base as the words of its
//!   clause do (the text from the last clause mark before the value up to
//!   it): `growth_rate_yoy` when they compare with the same period a year
//!   before (同比, 比上年, 较上年, 比去年, 较去年, 上年同期, 去年同期; not 比上年末
//!   or 较上年度末, a level since the year's start), `growth_rate_mom` when
//!   they say 环比, else `growth_rate`. A value that accepts a generic rate
//!   name accepts exactly that one of the three; names of what grew
//!   (`export_value_growth`) may stand beside it.
//! - A change in points of a rate or a share (提高1.2个百分点) is generically
//!   `rate_change`, never `share_change`; names of what changed
//!   (`tax_revenue_share_change`) may stand beside it.
//! - A gap in points between a rate of change and another (增速高于全省0.6个
//!   百分点) is `growth_rate_gap`, never its synonyms `growth_rate_difference`
//!   or `growth_gap`; a rate of change set as a goal, by its generic name,
//!   is `growth_rate_target` (never `growth_target`).
//! - A subject is a name the text uses; a place the text says short (宁波)
//!   also matches the full name the extractor gives it (宁波市, +市/县/区/省),
//!   which is the one entity the store merges them into. A short form the
//!   text itself uses for a name (启海船舶 declared by 以下简称, 岸堤水库引水工程
//!   after 沂南县岸堤水库引水工程) also matches the full name when the
//!   extracted document records it as that entity's alias: the store finds
//!   the one entity by either name. The gold lists the name the text uses;
//!   it need not list both.
//! - A date's attribute is `date` or `date_` and its event (`date_target`,
//!   `date_signed`), never the event first (`target_date`); a span or a
//!   year whose figures the text reports is `date` (never `period`: its
//!   value carries both ends), the day a 截至 says figures hold is
//!   `date_as_of` (never `as_of`, the query language's qualifier); a plan's state
//!   comes last after the event's noun (`date_start_planned`,
//!   `date_completion_planned`, `date_opening_planned`, never
//!   `date_planned_start` or `date_opened_planned`; a date expected is planned, never
//!   `date_production_expected`), and a start's date says what started
//!   (`date_production_started`, never `date_started_production`).
//! - A start's generic name says what its words say started: the clause
//!   before the date and its sentence after it saying construction (开工,
//!   动工, 开建) make it `date_construction_started`, else `date_started`
//!   (never the unfinished `date_start`, `date_construction_start`); a
//!   planned start, by the same words, `date_construction_planned` or
//!   `date_start_planned`. A value that accepts one accepts exactly that
//!   one of the two.
//! - A capacity to produce is by the year unless its words say another
//!   period: its generic name is `annual_capacity` (never
//!   `annual_production_capacity`), or `production_capacity` (never
//!   `daily_capacity`) when the clause before it says another period: 月产,
//!   日产, 月处理, 日处理, 月加工, 日加工, 日烘干, 日通行, 每天 or 每日. A value
//!   that accepts one accepts exactly that one of the two.
//! - A goal names `_target` last (`gdp_target`, `output_value_target`, never
//!   `target_gdp`); a total names `total_` first (`total_retail_sales`,
//!   never `retail_sales_total`); dates keep `date_` first. A rate of change
//!   set as a goal (a name with `growth` ending in `_target`) accepts the
//!   generic `growth_rate_target` unless it lists another generic rate name.
//!   A value its clause sets as a goal (力争 before it: 力争产值突破100亿元)
//!   lists each name of what it measures with `_target` last
//!   (`output_value_target`); a set written before this rule keeps the plain
//!   name beside it (`output_value`), a date and a rate of change keep
//!   theirs.
//! - One name for one thing: `dividend` for a dividend paid, in total or
//!   each time (never `dividends`, `dividend_total`, `total_dividend`);
//!   `loan_balance_increase` and `deposit_balance_increase` for a rise of
//!   loans or deposits (never `loan_increase`, `deposit_increase`);
//!   `planned_annual_investment` (never `annual_planned_investment`);
//!   `investment_completed` (never `completed_investment`); `jobs_created`
//!   for jobs or people given work (never `jobs`); `school_place_count`
//!   (never `school_places`); a count of companies is of enterprises
//!   (`enterprise_count`, `new_enterprise_count`, never `company_count`);
//!   land watered is `irrigated_area` (`design_irrigated_area`, never
//!   `irrigation_area`); visits to a clinic are `outpatient_visits` (never
//!   `outpatient_visit_count`).
//! - One concept, one name, whatever a set called it: a count names who or
//!   what it counts with `_count` last, a change names what happened last
//!   (`students_admitted`, like `jobs_created`), one thing is singular
//!   (like `dividend`), spelling is British. The name replaces its
//!   variants alone and inside a longer name before a modifier
//!   (`tourist_visits_growth` → `visitor_count_growth`,
//!   `daily_ridership` → `daily_passenger_count`; `passengers_sent`, a
//!   station's departures, is another quantity and stays):
//!
//!   | name                    | variants it replaces                       |
//!   |-------------------------|--------------------------------------------|
//!   | `visitor_count`         | `tourist_visits`, `tourist_arrivals`,      |
//!   |                         | `visitor_arrivals`, `tourist_count`,       |
//!   |                         | `visitors`, `tourists` (游客, 人次 or 人)   |
//!   | `passenger_count`       | `passengers`, `passengers_carried`,        |
//!   |                         | `passenger_volume`, `passenger_trips`,     |
//!   |                         | `ridership` (客运量, 客流)                  |
//!   | `insurance_payout`      | `insurance_payouts`, `claims_paid`,        |
//!   |                         | `paid_claims` (赔款, 赔付)                  |
//!   | `students_admitted`     | `new_students_enrolled`, `admitted_count`  |
//!   | `aircraft_movements`    | `flight_movements` (起降架次)               |
//!   | `flight_count`          | `flights`                                  |
//!   | `insured_household_count` | `insured_households`                     |
//!   | `insured_area`          | `insurance_area`                           |
//!   | `insured_count`         | `insured_population` (参保人数)              |
//!   | `discharge_count`       | `discharges`, `discharged_patients` (出院)  |
//!   | `person_count`          | `people_count`                             |
//!   | `beneficiary_count`     | `beneficiaries`, `people_benefited`,       |
//!   |                         | `population_benefited`,                    |
//!   |                         | `beneficiary_population` (受益群众, 受益人口) |
//!   | `beneficiary_household_count` | `beneficiary_households`,            |
//!   |                         | `households_benefited` (惠及…户)            |
//!   | `beds_per_thousand`     | `bed_count_per_thousand`,                  |
//!   |                         | `beds_per_thousand_people` (每千人口床位)   |
//!   | `subsidy_per_person`    | `subsidy_per_capita`                       |
//!   | `subsidy_per_household` | `per_household_subsidy`                    |
//!   | `subsidy_per_mu`        | `per_mu_subsidy`                           |
//!   | `enrolment`             | `enrollment`, anywhere in a name           |
//!   | `pipe_length`           | `pipeline_length` (管网, 管道)              |
//!   | `community_count`       | `neighbourhood_count` (小区)                |
//!   | `eldercare_station_count` | `elderly_care_station_count`             |
//!   | `eldercare_center_count` | `elderly_care_center_count`               |
//!   | `planted_area`          | `planting_area` (种了, 种植面积)             |
//!   | `per_capita_spending`   | `spending_per_capita`, `average_spending`, |
//!   |                         | `spending_per_person`,                     |
//!   |                         | `spending_per_visitor` (人均消费, 人均花费)  |
//!   | `fishing_boat_count`    | `fishing_vessel_count` (渔船)               |
//!   | `lottery_success_rate`  | `ballot_success_rate`, `lottery_rate`      |
//!   |                         | (中签率: a lot 签 drawn, not a vote)        |
//!   | `good_air_day_share`    | `good_air_day_rate`, `good_air_day_ratio`, |
//!   |                         | `good_air_days_ratio`, `air_quality_good_rate`, |
//!   |                         | `good_air_quality_rate` (优良天数比例: a share, |
//!   |                         | as 比例 is `share`)                         |
//!   | `good_air_day_count`    | `good_air_days` (优良天数; and             |
//!   |                         | `heavy_pollution_day_count` for 重污染天数) |
//!   | `people_relocated`      | `relocated_population`, `relocated_count`, |
//!   |                         | `relocated_person_count`,                  |
//!   |                         | `relocated_people` (转移安置, 搬迁安置)      |
//!   | `relocated_household_count` | `relocated_households`                 |
//!   | `people_resettled`      | `resettled_people`, `resettled_population` |
//!   |                         | (安置群众 alone: housed, not moved away;   |
//!   |                         | `centrally_resettled_population` is        |
//!   |                         | `people_resettled_centrally`)              |
//!   | `sheep_inventory`       | `sheep_stock` (存栏; so `cow_`, `dairy_cow_`, |
//!   |                         | `yak_inventory` for their `_stock`)        |
//!   | `valid_invention_patent_count` | `valid_invention_patents`,          |
//!   |                         | `invention_patents_in_force` (有效发明专利)  |
//!   | `special_funding`       | `special_fund`, `special_funds` (专项资金:  |
//!   |                         | funds are funding)                         |
//!   | `affected_crop_area`    | `crop_area_affected` (农作物受灾面积)        |
//!   | `tax_refund`            | `tax_refunds`, `tax_rebate` (退税; and     |
//!   |                         | `export_tax_refund` for `export_tax_refunds`, |
//!   |                         | `export_tax_rebate`, `export_rebates`)     |
//!   | `10k`, in any name      | `10000` (`patents_per_10k_people`; and     |
//!   |                         | `high_value_invention_patents_per_10k_people`) |
//!   | `people_evacuated`      | `evacuated_population`, `evacuated_count`, |
//!   |                         | `evacuee_count` (紧急转移, 转移避险)          |
//!   | `power_generation`      | `electricity_generation` (发电量; and       |
//!   |                         | `annual_power_generation` for               |
//!   |                         | `annual_generation`, 年发电量, `solar_power_ |
//!   |                         | generation` for `solar_generation`)         |
//!
//!   Not merged: a total and a rate (`subsidy`, `subsidy_per_person`), a
//!   count of passengers and an airport's throughput (`passenger_throughput`,
//!   in and out) or a border's crossings (`passenger_crossings`), flights
//!   and movements (a takeoff and a landing each), `payout` of any kind.
//! - People moved are `people_relocated` when the words before the value
//!   say they were resettled (转移安置, 搬迁), `people_evacuated` when they
//!   say they were moved out of danger (紧急转移, 转移避险, 疏散): a value
//!   lists one of the two, never both.
//! - Animals the words before a value say are on hand (存栏, in its clause)
//!   are an inventory: a stock's name is `…_inventory` (`sheep_stock` →
//!   `sheep_inventory`), the generic `livestock_count`, `stock_count` and
//!   `inventory` are `livestock_inventory`, which every inventory accepts.
//! - A change the words right before it give a way (增加, 增长, 提高, 提升,
//!   扩大, 新增, 净增, 上涨, 减少, 下降, 降低, 净减, 下跌; 多 or 少 after
//!   比/较) is named by it, the value being stored
//!   without a sign: `…_change` is `…_increase` or `…_decrease`
//!   (`heavy_pollution_day_count_decrease` after 重污染天数减少). A change in
//!   percent or in points keeps `…_change` (`rate_change`, a rate's own).
//! - Animals the words say were sent out of the pen (出栏, the last of 出栏
//!   and 屠宰 before the value in its sentence) are output: a name of them
//!   sold, marketed or slaughtered is `<animal>_output` (`pig_output`,
//!   `cattle_output`, `sheep_output`; never `hogs_slaughtered`,
//!   `pigs_marketed`, `sheep_sold`, `live_pig_output`), the generic
//!   `slaughter_count` is `livestock_output`, which every animal's output
//!   accepts. Animals killed at a slaughterhouse (屠宰生猪) stay
//!   `pigs_slaughtered`.
//! - Land the words call crops hit by a disaster (农作物受灾面积 before the
//!   value) is `affected_crop_area`: a value that accepts `affected_area`
//!   there accepts it too.
//! - An investment its words call total (总投资 right before the value,
//!   项目总投资9.8亿元) is `total_investment`; a value that accepts the plain
//!   `investment` there accepts `total_investment` too.
//! - Enterprises counted that the words before the count call new (新增,
//!   新设, 新引进, 新入驻, 新注册, 新落户, 净增, no other number between) are
//!   `new_enterprise_count`; a value that accepts `enterprise_count` there
//!   accepts `new_enterprise_count` too.
//! - Money given as a subsidy (补贴, 补助, and 补助资金, 补贴资金, 奖补资金,
//!   补奖资金 right before the value) is generically `subsidy` (never
//!   `subsidy_funds`); other funds (救灾资金, 配套资金) are `funding`. A
//!   value that accepts `funding` where a subsidy's funds are named accepts
//!   `subsidy` too.
//! - A change in points (a value whose words say 百分点) that lists a name of
//!   what changed (`occupancy_rate_change`, `growth_rate_change`) accepts the
//!   generic `rate_change` too, unless it is a gap.
//! - Land the words call sown (播种面积, the last area word of the clause
//!   before the value, no number between) is `sown_area`; land they call
//!   planted (种植面积) is `planted_area` (never `planting_area`). The name
//!   replaces the other two alone and inside a longer name
//!   (`grain_planted_area` → `grain_sown_area` after 粮食播种面积).
//! - A price's rise said in percent or tenths (房价上涨三成, 平均调涨4.2%) is a
//!   rate: a name ending `price_increase` is `…price_increase_rate` there
//!   (`price_increase_rate`, `purchase_price_increase_rate`); a rise in money
//!   (每斤高出1元) stays `price_increase`.
//! - 社会消费品零售总额 is generically `retail_sales`: a value that lists a
//!   `total_retail_sales` name accepts the name without `total_` too.
//!   Per-head disposable income is `per_capita_disposable_income` (never
//!   `disposable_income_per_capita`).
//! - A year a change is measured from (比2020年, 较2020年, 与2020年相比,
//!   由2021年的, 恢复到2019年同期) is `base_year` (never `baseline_year`,
//!   `comparison_year`), listed first.
//! - A goal lists the generic name of what it measures with `_target` last
//!   too: a plain name that ends a listed goal's name (`share` beside
//!   `specialty_coffee_share_target`) is listed as `share_target` as well;
//!   dates, `year` and the generic rate names keep theirs.
//! - A dateline's date (新华社长沙7月14日电, 本报讯…１０月２８日，记者从: the
//!   date right before 电 or 讯, or right next to 记者) is `date_reported`;
//!   `date_published` may stand beside it and names a document's own date
//!   otherwise. Its subject is what the news is about (the subject its gold
//!   names first most often), never the agency or paper (新华社, 中新社,
//!   本报, 中国江苏网) alone.
//! - Money or a yield per household or per mu names what it measures first
//!   (`income_increase_per_household`, `annual_income_increase_per_household`,
//!   `yield_per_mu`, as `subsidy_per_household`; never `per_household_…` or
//!   `per_mu_…`); per head of the population comes first, as in
//!   `per_capita_disposable_income` (人均增收 is `per_capita_income_increase`,
//!   never `income_increase_per_capita`).
//! - Money for each one that a subsidy's or a reward's word names right
//!   before it (每座补助1.5万元, 补助最高5000元) is that money: a value that
//!   lists `amount_each` there lists `subsidy` or `reward` too, `max_subsidy`
//!   or `max_reward` when 最高 comes right before the word (单个项目最高补助).
//!   Money the words call 涉及金额 is `amount_involved`: a value that lists
//!   the plain `amount` there lists it too.
//! - A date right before 前完成 (力争2027年底前完成…, 前全部完成) is the day
//!   work is planned to be done by: a value that lists `date_target` there
//!   lists `date_completion_planned` too.
//! - Travellers the words before a value say arrived (入境旅客, 入境游客,
//!   來臺旅客; not 出入境旅客, counted both ways) are visitors, never
//!   passengers: a value that lists `visitor_count` or
//!   `inbound_visitor_count` lists both.
//! - Land counted by the 宗 (3宗住宅用地, 7宗地块: 地 in the value's clause)
//!   is counted in plots: `plot_count`, `residential_land_plot_count`
//!   (never `parcel_count` or `land_parcel_count`: a parcel is post, 包裹).
//! - Things counted by the 套 that the words before them in their clause
//!   say were sold (成交, 网签, 售出, 销售) are `sales_units` (never
//!   `units_sold`), listed beside a kind's name: `new_home_sales_units`
//!   (never `new_home_sales`, which money or area may be),
//!   `second_hand_sales_units` (never `second_hand_home_sales`).
//! - People counted each time they cross a border (人次; 出入境旅客,
//!   出入境人员, 经各管制站出入境) are `passenger_crossings`, never
//!   `border_crossings`, `border_crossing_count`, `crossings`,
//!   `cross_border_passenger_count` or, where a border is said,
//!   `traveller_count`; a kind keeps its kind
//!   (`average_daily_passenger_crossings`). A value whose clause says they
//!   crossed both ways lists it (or a kind of it); `passenger_count` may
//!   stand beside it, and where it does beside a kind
//!   (`expected_passenger_crossings`), so does `passenger_crossings`. Vehicles' are `vehicle_crossings` (辆次; never
//!   `vehicle_crossing_count`).
//! - An upper limit names `max_` first, whatever its words say (最高, 最多,
//!   最大, 上限, 限额): `max_subsidy`, `max_payment_per_visit`, never
//!   `subsidy_cap`, `payment_cap_per_visit`, `maximum_subsidy` or
//!   `subsidy_max`. 最高 right before a number (每辆车最高1万元) says which
//!   amount it is, as in 最高可贷30万元, not a bound of the number: the
//!   value is the number's words, exact; a bound is said by 不超过, 以内 and
//!   the like.
//! - Consumer prices' own rate of change (居民消费价格同比上涨0.6%, CPI上涨,
//!   the headline index's) is `cpi_growth` beside the generic rate name
//!   (never `cpi_growth_rate`, `consumer_price_growth`, nor `cpi_change`
//!   beside it), set as a goal `cpi_growth_target` (never
//!   `cpi_increase_target`, `cpi_target`); `cpi_change` is a part of the
//!   basket's rate (食品价格下降1.8% in a CPI sentence) and stays there.
//! - A share after 约占 (约占六成, 约占67.4%) is the number's words
//!   (`六成`), bound `about`: 约 bounds it, 占 is the verb, as after 约有
//!   and 约为 (`in` says 约占六成 where the words recur).
//! - A day's average (日均) is `daily_…` (`daily_passenger_count`, never
//!   `average_daily_passenger_count`).
//! - Round 45 (h45l), where sets spelled one thing two ways: `center` in
//!   any name (never `centre`: the spelling of most sets and of the table's
//!   `eldercare_center_count`, the one exception to British spelling);
//!   water a reservoir or a lake holds (蓄水, 蓄水量) is `water_storage`
//!   (never `water_stored`); ships' runs counted by the 班 of a line, the
//!   航次 or the 艘次 are `sailing_count` (never `voyage_count`, `…_voyages`
//!   or `…_sailings`: `weekly_sailing_count`), trains run (开行…列, 趟) are
//!   `train_count` (never `trains_run`, `trains_operated` or `…_trains`:
//!   `return_train_count`), a bus's or a coach's runs (发车…班次) are
//!   `departure_count` (`daily_departure_count` by the day); a room's price
//!   by the night (房价, 每晚, 一晚) is `room_rate` (never `room_price`);
//!   training held (培训班…期, 培训…场次) is `training_session_count` (never
//!   `training_class_count`).
//! - A year that names a part of a report in its title or a numbered heading
//!   (2026年工作总结和2027年工作计划, 三、2027年工作计划) is a name, no value.
//! - A bound's word is in the value's words, 过 (收入过两万块) as 超 and 逾:
//!   the text is 过两万块, never 两万块 bound `at_least`.
//! - A threshold that marks out a class of things (投资10亿元以上的项目有8个,
//!   营业收入超过1亿元的企业有5家, 对500万元以上的案件实行…) is no value: the
//!   things above it are counted or meant, it is no fact of anyone's amount,
//!   and no set lists it (round 64). The terms a rule sets are the rule's
//!   own amounts and stay values: a voucher's 满200元减50元, a deductible
//!   (起付线), a price tier's 10立方米以内, named for what they bound with
//!   `threshold` beside (`spending_threshold`, `tier_threshold`).
//! - A count of the items of a list the text names beside it is no value
//!   (中国石油、中国石化、中国海油三大油企, 宁海、缙云两座电站, 上述5家企业,
//!   两项指标均 after the two figures, 四个特点：一是…): the number only counts
//!   names the text gives (round 64). A count of things the text does not
//!   name one by one (全县有六座电站; 胸痛、卒中、创伤等五大中心, more than
//!   the names) is a value.
//! - A date that only says when the figures after it in its sentence are
//!   (今年, 去年, 2025年, 1至10月, 前三季度, 上半年: no event word near it) is
//!   their period, a qualifier of each (`Extraction::periods` lists it),
//!   no fact of its own. A gold value that is such a date (attribute
//!   `date`) is found when figures of its sentence carry it as their
//!   period, matched as any date is (`relative_year` included), with the
//!   subject of the first figure it dates and `date` as its attribute; a
//!   period no gold value names is no extra value. A year said relative to
//!   the document's when something is to happen keeps a plan's or a goal's
//!   name (`date_planned`, `date_target`); its value is the year the
//!   document's date gives.
//! - Per head comes first in any name: `per_capita_food_expenditure`,
//!   `per_capita_income`, `per_capita_monthly_wage` (never
//!   `food_expenditure_per_capita`, `income_per_capita`,
//!   `monthly_wage_per_capita` or `monthly_per_capita_wage`); a subsidy
//!   per head is `subsidy_per_person`.
//!
//! A quantity's `unit` is the symbol of its base unit (`Unit::symbol`): `CNY`
//! (元), `USD` (美元), `HKD` (港元, 港币), `MOP` (澳门元, 葡币), `EUR` (欧元),
//! `TWD` (新台币, 新臺幣, and 元 after 新台币 before the number) —
//! each currency its own, never converted — `m2`, `m`, `W`, `Wh` (千瓦时, 万度),
//! `t`, `m3`, `%` (a per mille, 0.03‰ or 千分之五, as a tenth of a percent:
//! `0.003`, `0.5`) and `count`.

use seedkb::extract::{extract, Found, Known, MENTION_ATTR};
use seedkb::model::{Bound, Entity, Value};
use seedkb::text::fold;
use serde::Deserialize;
use std::path::Path;

#[derive(Deserialize)]
struct Gold {
    document: GoldDoc,
    value: Vec<GoldValue>,
}

#[derive(Deserialize)]
struct GoldDoc {
    file: String,
    year: Option<i32>,
}

#[derive(Deserialize, Debug)]
struct GoldValue {
    text: String,
    quantity: Option<String>,
    upper: Option<String>,
    unit: Option<String>,
    bound: Option<String>,
    date: Option<String>,
    until: Option<String>,
    #[serde(rename = "in")]
    context: Option<String>,
    subjects: Vec<String>,
    attributes: Vec<String>,
}

struct Score {
    gold: usize,
    found: usize,
    matched: usize,
    attached: usize,
    subject_right: usize,
    attribute_right: usize,
    misses: Vec<String>,
    extra: Vec<String>,
    /// Values found that no gold lists, and how many of them are dates:
    /// most golds leave out a bare 今年 or 去年 whose value is right, so
    /// the dates are counted apart from the numbers no gold lists.
    extras: usize,
    extra_dates: usize,
    wrong: Vec<String>,
}

impl Score {
    fn precision(&self) -> f64 {
        self.matched as f64 / self.found.max(1) as f64
    }
    fn recall(&self) -> f64 {
        self.matched as f64 / self.gold.max(1) as f64
    }
    fn attachment(&self) -> f64 {
        self.attached as f64 / self.matched.max(1) as f64
    }
    /// Shares of all gold values (a value not found counts as wrong), as
    /// the issue measures them: found, right subject, right attribute,
    /// both right.
    fn of_gold(&self) -> [f64; 4] {
        let g = self.gold.max(1) as f64;
        [
            self.matched as f64 / g,
            self.subject_right as f64 / g,
            self.attribute_right as f64 / g,
            self.attached as f64 / g,
        ]
    }
    fn add(&mut self, o: &Score) {
        self.gold += o.gold;
        self.found += o.found;
        self.matched += o.matched;
        self.attached += o.attached;
        self.subject_right += o.subject_right;
        self.attribute_right += o.attribute_right;
        self.extras += o.extras;
        self.extra_dates += o.extra_dates;
    }
    fn empty() -> Score {
        Score {
            gold: 0,
            found: 0,
            matched: 0,
            attached: 0,
            subject_right: 0,
            attribute_right: 0,
            misses: Vec::new(),
            extra: Vec::new(),
            extras: 0,
            extra_dates: 0,
            wrong: Vec::new(),
        }
    }
    fn figures(&self, label: &str) {
        let [r, s, a, b] = self.of_gold();
        println!(
            "{label:<28} gold {:>3}  recall {:>5.1}%  subject {:>5.1}%  attribute {:>5.1}%  both {:>5.1}%  \
             extras {} (dates {})",
            self.gold,
            100.0 * r,
            100.0 * s,
            100.0 * a,
            100.0 * b,
            self.extras,
            self.extra_dates
        );
    }
    fn report(&self, label: &str) {
        println!(
            "{label}: gold {} found {} matched {} → precision {:.1}% recall {:.1}%; \
             attached right {:.1}% (subject {}, attribute {}, both {} of {})",
            self.gold,
            self.found,
            self.matched,
            100.0 * self.precision(),
            100.0 * self.recall(),
            100.0 * self.attachment(),
            self.subject_right,
            self.attribute_right,
            self.attached,
            self.matched
        );
        self.figures(&format!("{label} (of gold)"));
        for m in &self.misses {
            println!("  missed: {m}");
        }
        for m in &self.extra {
            println!("  extra:  {m}");
        }
        for m in &self.wrong {
            println!("  attach: {m}");
        }
    }
}

/// Whether a found value is a gold one; `doc_year` is the gold's document
/// year, which a date relative to an unprinted year is checked against.
fn value_matches(g: &GoldValue, f: &Found, doc_year: Option<i32>) -> bool {
    if fold(&g.text) != fold(&f.text) {
        return false;
    }
    if let Some(c) = &g.context {
        if !fold(&f.quote).contains(&fold(c)) {
            return false;
        }
    }
    match (&f.value, &g.date) {
        (Value::Date(d), Some(gd)) => {
            let until = f.until.as_ref().map(|u| u.iso());
            let unprinted = |d: &seedkb::model::Date, gd: &str| {
                year_left_unknown(d, &f.text, gd) || relative_year(d, doc_year, gd)
            };
            (d.iso() == *gd && until == g.until)
                || unprinted(d, gd)
                    && match (&f.until, &g.until) {
                        (Some(u), Some(gu)) => unprinted(u, gu),
                        (None, None) => true,
                        _ => false,
                    }
        }
        (Value::Quantity(q), None) => {
            Some(q.value.to_string()) == g.quantity
                && Some(q.unit.symbol().to_string()) == g.unit
                && Some(q.bound.name().to_string()) == g.bound
                && q.upper.map(|u| u.to_string()) == g.upper
                && (q.bound == Bound::Range) == g.upper.is_some()
        }
        _ => false,
    }
}

/// A date whose words print no year (7月14日 in an article that prints
/// none) stored with its year unknown, as the text states it: found when
/// its month and day are the gold's. The gold's year there is the one the
/// article was published in, which the text does not say; a wrong year is
/// still a miss.
fn year_left_unknown(d: &seedkb::model::Date, words: &str, gold: &str) -> bool {
    // A year is printed where 年 follows a numeral (2025年, ２０２５年,
    // 二〇二五年), not after 今/去/明.
    let printed = words.char_indices().any(|(i, c)| {
        c == '年'
            && words[..i].chars().next_back().is_some_and(|p| {
                p.is_ascii_digit()
                    || ('０'..='９').contains(&p)
                    || "〇零一二三四五六七八九".contains(p)
            })
    });
    d.year.is_none()
        && d.month.is_some()
        && !printed
        && gold.get(4..) == Some(d.iso().get(4..).unwrap_or(""))
}

/// A date whose year the text says relative to the document's (去年 in
/// an interview that prints no year) stored so, its year unknown and its
/// `doc_offset` −1: found when the gold's year less the document's year
/// (the year it was published in, which the text does not print) is that
/// offset, and its month and day are the gold's.
fn relative_year(d: &seedkb::model::Date, doc_year: Option<i32>, gold: &str) -> bool {
    let (Some(offset), Some(doc_year), None) = (d.doc_offset, doc_year, d.year) else {
        return false;
    };
    let gold_year: Option<i32> = gold.get(..4).and_then(|y| y.parse().ok());
    let unknown = seedkb::model::Date {
        doc_offset: None,
        ..d.clone()
    };
    gold_year == Some(doc_year + i32::from(offset)) && gold.get(4..) == unknown.iso().get(4..)
}

fn score(gold: &Gold, found: &[Found], periods: &[Found], entities: &[Entity]) -> Score {
    let mut used = vec![false; found.len()];
    let mut periods_used = vec![false; periods.len()];
    let mut s = Score {
        gold: gold.value.len(),
        found: found.len(),
        matched: 0,
        attached: 0,
        subject_right: 0,
        attribute_right: 0,
        misses: Vec::new(),
        extra: Vec::new(),
        extras: 0,
        extra_dates: 0,
        wrong: Vec::new(),
    };
    for g in &gold.value {
        let year = gold.document.year;
        // A value found, else a date the figures of its sentence carry as
        // their period (with the subject of the first it dates, as `date`).
        let f = match (0..found.len()).find(|&i| !used[i] && value_matches(g, &found[i], year)) {
            Some(i) => {
                used[i] = true;
                &found[i]
            }
            None => match (0..periods.len())
                .find(|&i| !periods_used[i] && value_matches(g, &periods[i], year))
            {
                Some(i) => {
                    periods_used[i] = true;
                    &periods[i]
                }
                None => {
                    s.misses.push(format!("{} ({:?})", g.text, g.context));
                    continue;
                }
            },
        };
        s.matched += 1;
        let subject_ok = match &f.subject {
            Some(n) => {
                let aliases = entities
                    .iter()
                    .find(|e| e.name == *n)
                    .map_or(&[][..], |e| &e.aliases[..]);
                g.subjects.iter().any(|x| same_subject(x, n, aliases))
            }
            None => g.subjects.is_empty(),
        };
        let attr_ok =
            g.attributes.contains(&f.attribute) || (f.subject.is_none() && g.subjects.is_empty());
        s.subject_right += usize::from(subject_ok);
        s.attribute_right += usize::from(attr_ok);
        if subject_ok && attr_ok {
            s.attached += 1;
        } else {
            s.wrong.push(format!(
                "{}: got {:?}.{} want {:?}.{:?}",
                g.text, f.subject, f.attribute, g.subjects, g.attributes
            ));
        }
    }
    for (i, f) in found.iter().enumerate() {
        if !used[i] {
            s.extra.push(format!("{} in {}", f.text, f.quote));
            s.extras += 1;
            s.extra_dates += usize::from(matches!(f.value, Value::Date(_)));
        }
    }
    s
}

fn read_gold(path: &Path) -> Gold {
    let src = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    toml::from_str(&src).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The names the store has once the bundled seeds are loaded.
fn seed_names() -> Known {
    let mut k = Known::new();
    for d in seedkb::seeds::bundled().expect("bundled seeds") {
        for e in &d.entities {
            k.add(&e.name, &e.name, &e.kind);
            for a in &e.aliases {
                k.add(a, &e.name, &e.kind);
            }
        }
    }
    k
}

fn run(gold_path: &Path, known: &Known, label: &str) -> Score {
    run_with(gold_path, known, label, true)
}

fn run_with(gold_path: &Path, known: &Known, label: &str, year_must_match: bool) -> Score {
    let gold = read_gold(gold_path);
    let dir = gold_path.parent().unwrap();
    let text = std::fs::read_to_string(dir.join(&gold.document.file)).unwrap();
    let x = extract(&gold.document.file, &text, known).expect("extraction");
    if year_must_match {
        assert_eq!(x.year, gold.document.year, "{label}: the document's year");
    } else if x.year != gold.document.year {
        println!(
            "{label}: year read as {:?}, is {:?}",
            x.year, gold.document.year
        );
    }
    check_provenance(&text, &x);
    // EXTRACT_WHY=<article stem> prints why each value went where it went
    // (off by default: the figures stay readable).
    if std::env::var("EXTRACT_WHY").is_ok_and(|w| label.starts_with(&w)) {
        for f in &x.found {
            println!(
                "  why {} → {:?}.{}: {}",
                f.text, f.subject, f.attribute, f.why
            );
        }
    }
    let s = score(&gold, &x.found, &x.periods, &x.facts.entities);
    s.report(label);
    s
}

/// Every fact is marked extracted and points at its exact words.
fn check_provenance(text: &str, x: &seedkb::extract::Extraction) {
    let folded = fold(text);
    for f in &x.found {
        assert_eq!(
            fold(&text[f.start..f.end]),
            fold(&f.text),
            "offsets of {} do not point at its words",
            f.text
        );
        assert!(
            folded.contains(&fold(&f.quote)),
            "quote not in the text: {}",
            f.quote
        );
    }
    for fact in &x.facts.facts {
        let src = &fact.source;
        assert!(src.extracted);
        let at = src.at.expect("every extracted fact has its position");
        let sentence = &text[at.start as usize..at.end as usize];
        assert_eq!(fold(sentence), fold(&src.quote));
        assert!(at.start <= at.value_start && at.value_end <= at.end);
    }
    // What found no subject is kept as a mention of the document.
    let mentions = x.found.iter().filter(|f| f.subject.is_none()).count();
    let stored = x
        .facts
        .facts
        .iter()
        .filter(|f| f.attribute == MENTION_ATTR && f.subject == x.facts.doc)
        .count();
    assert!(
        stored >= mentions,
        "{stored} mentions stored for {mentions}"
    );
}

fn seed_gold() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/000_c0358a9eae1db40c.gold.toml")
}

#[test]
fn seed_article_unseen() {
    // As a new article: the store knows no names.
    let s = run(&seed_gold(), &Known::new(), "seed, no names known");
    assert!(s.recall() >= 0.95, "recall {:.3}", s.recall());
    assert!(s.precision() >= 0.90, "precision {:.3}", s.precision());
    assert!(s.attachment() >= 0.55, "attachment {:.3}", s.attachment());
}

#[test]
fn seed_article_with_the_curated_names() {
    let s = run(&seed_gold(), &seed_names(), "seed, curated names known");
    assert!(s.recall() >= 0.95, "recall {:.3}", s.recall());
    assert!(s.precision() >= 0.90, "precision {:.3}", s.precision());
    assert!(s.attachment() >= 0.65, "attachment {:.3}", s.attachment());
}

#[test]
fn fixture_articles() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut golds: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".gold.toml"))
        .collect();
    golds.sort();
    assert!(golds.len() >= 3, "fixtures missing");
    let (mut gold, mut found, mut matched, mut attached) = (0, 0, 0, 0);
    for g in &golds {
        let name = g.file_name().unwrap().to_string_lossy().into_owned();
        let s = run(g, &Known::new(), &name);
        assert!(s.recall() >= 0.95, "{name}: recall {:.3}", s.recall());
        assert!(
            s.precision() >= 0.90,
            "{name}: precision {:.3}",
            s.precision()
        );
        gold += s.gold;
        found += s.found;
        matched += s.matched;
        attached += s.attached;
    }
    println!("fixtures: gold {gold} found {found} matched {matched}, attached right {attached}");
    assert!(attached * 2 >= matched, "attached {attached} of {matched}");
}

/// An article written after the lexicon was settled (see its gold file):
/// its numbers are reported, with floors well below the tuned ones.
#[test]
fn blind_article() {
    let g =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/blind/fuxin_tourism.gold.toml");
    let s = run_with(&g, &Known::new(), "blind fuxin_tourism", false);
    assert!(s.recall() >= 0.75, "recall {:.3}", s.recall());
    assert!(s.precision() >= 0.75, "precision {:.3}", s.precision());
    assert!(s.attachment() >= 0.50, "attachment {:.3}", s.attachment());
}

/// Articles written for issue 11 in the style of local news from several
/// provinces (tests/fixtures/news): lists, 其中, totals, lenders, counts
/// with their nouns, money per household, traditional characters with the
/// 。-decimal habit. Prints per article and overall: recall, subject,
/// attribute and both right, each as a share of the gold values.
#[test]
fn news_articles() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/news");
    let mut golds: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".gold.toml"))
        .collect();
    golds.sort();
    assert!(golds.len() >= 6, "news fixtures missing");
    let mut all = Score::empty();
    let mut rows = Vec::new();
    for g in &golds {
        let name = g.file_name().unwrap().to_string_lossy().into_owned();
        let s = run_with(g, &Known::new(), &name, false);
        all.add(&s);
        rows.push((name, s));
    }
    println!("--- news articles (share of gold values) ---");
    for (name, s) in &rows {
        s.figures(name.trim_end_matches(".gold.toml"));
    }
    all.figures("overall");
    let [recall, subject, attribute, both] = all.of_gold();
    assert!(recall >= NEWS_FLOOR[0], "recall {recall:.3}");
    assert!(subject >= NEWS_FLOOR[1], "subject {subject:.3}");
    assert!(attribute >= NEWS_FLOOR[2], "attribute {attribute:.3}");
    assert!(both >= NEWS_FLOOR[3], "both {both:.3}");
}

/// Floors a little under the figures reached (recall, subject,
/// attribute, both), so that a change that loses ground fails.
const NEWS_FLOOR: [f64; 4] = [0.97, 0.92, 0.92, 0.90];

/// Every held-out article (tests/fixtures/blind): written, gold included,
/// after the extractor changes they check, and measured once. Printed
/// for the report; floors only catch a collapse.
#[test]
fn held_out_articles() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/blind");
    let mut golds: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".gold.toml"))
        .collect();
    golds.sort();
    let mut all = Score::empty();
    let mut rows = Vec::new();
    for g in &golds {
        let name = g.file_name().unwrap().to_string_lossy().into_owned();
        let s = run_with(g, &Known::new(), &name, false);
        all.add(&s);
        rows.push((name, s));
    }
    println!("--- held-out articles (share of gold values) ---");
    for (name, s) in &rows {
        s.figures(name.trim_end_matches(".gold.toml"));
    }
    all.figures("overall");
    let [recall, _, _, both] = all.of_gold();
    assert!(recall >= 0.75, "recall {recall:.3}");
    assert!(both >= 0.30, "both {both:.3}");
}

/// Held-out articles written for issue 11 (tests/fixtures/unseen), gold
/// included, without the extractor's output in view: they measure it
/// blind. Only the fixtures themselves are asserted (each article has its
/// gold, every gold value is where it says and agrees with its words);
/// the extractor's figures are printed, not held to a floor, so that
/// nobody tunes it to them. Before issue 11's extractor work (main
/// 99073f1), of 341 values: recall 89.7%, subject 55.4%, attribute 54.0%,
/// both 35.2%; after it, measured once at its merge, before anyone looked
/// at the misses: recall 92.1%, subject 60.7%, attribute 61.6%, both 41.6%.
#[test]
fn unseen_articles() {
    held_out_set("unseen", 8);
}

/// A second held-out set (tests/fixtures/unseen2), written for issue 11 by
/// someone who neither read the extractor nor ran it on these articles:
/// other provinces and topics (a provincial report, a signing ceremony, an
/// ecological programme, rural incomes, bank lending, new energy, a zone's
/// half-year review, traditional characters). The same rules as the unseen
/// set: the fixtures are asserted, the extractor's figures only printed.
/// Measured blind at its merge, of 550 values: recall 93.5%, subject
/// 58.2%, attribute 68.4%, both 44.5%; after the next round of fixes (made
/// without reading it) 97.6 / 60.0 / 74.4 / 46.9%. It has been seen since.
#[test]
fn unseen2_articles() {
    held_out_set("unseen2", 8);
}

/// A third held-out set (tests/fixtures/unseen3), written blind for issue 11
/// like unseen2, on other provinces and topics (foreign trade and a port, a
/// holiday tourism season, an irrigation project, a township's e-commerce, a
/// battery cluster, a semiconductor cluster, schools and hospitals, a grain
/// harvest, old-neighbourhood renovation, forestry carbon sinks). The
/// fixtures are asserted, the extractor's figures only printed. Measured
/// blind at its merge, of 340 values: recall 95.3%, subject 66.8%,
/// attribute 64.7%, both 45.3%. It was then the development set of the
/// third round of fixes (general rules, each with its own test sentence):
/// 99.7 / 90.6 / 85.0 / 76.8%; unseen went to 100 / 91.2 / 89.7 / 82.1%
/// and unseen2 to 97.6 / 89.1 / 87.5 / 80.2% with it.
#[test]
fn unseen3_articles() {
    held_out_set("unseen3", 8);
}

/// A fourth held-out set (tests/fixtures/unseen4), written blind for issue
/// 11 like unseen2 and unseen3, on provinces and topics the others leave out
/// (a land port in Xinjiang, resettlement in Tibet, a holiday season in
/// Hainan in traditional characters, a solar base in Qinghai, an
/// electric-vehicle plant in Chongqing, a zone's half-year review in
/// Tianjin, a wine region in Ningxia in Chinese numerals, a government work
/// report in Shaanxi, a signing round with lists of companies in Guangdong,
/// a water-conservancy project in Guizhou, mangoes and cold chains in
/// Sichuan, county lending by banks in Jilin). The fixtures are asserted,
/// the extractor's figures only printed. Measured blind at its merge, of
/// 477 values: recall 95.4%, subject 50.7%, attribute 59.1%, both 33.5%;
/// after the next round of fixes (made without reading it) 95.2 / 56.8 /
/// 63.7 / 40.0%. It has been seen since (95.2 / 73.2 / 63.7 / 50.5%).
#[test]
fn unseen4_articles() {
    held_out_set("unseen4", 8);
}

/// A fifth held-out set (tests/fixtures/unseen5), written blind for issue
/// 11 like unseen2 to unseen4, on provinces and topics the others leave out
/// (a quarter's project starts in a district of Henan, a holiday week in a
/// tourist district of Hunan, high-standard farmland in Heilongjiang, a
/// cold-chain logistics park in Jiangsu, a city's first-quarter press
/// conference in Hubei, a cross-border e-commerce park in a Yunnan
/// prefecture, poverty-relief solar stations in an Inner Mongolian banner
/// in Chinese numerals, village collective economies in Gansu, an
/// industrial fund and its sub-funds in Shanghai, medical insurance and
/// hospitals in Beijing in traditional characters). The fixtures are
/// asserted, the extractor's figures only printed. Measured blind at its
/// merge, of 359 values: recall 94.7%, subject 52.1%, attribute 51.0%,
/// both 28.1%; after the next round of fixes (made on unseen4, without
/// reading it) the same to the tenth. It was then the development set of
/// the fifth round (general rules, each with its own test sentence): 96.4 /
/// 80.2 / 66.9 / 56.3%.
#[test]
fn unseen5_articles() {
    held_out_set("unseen5", 8);
}

/// A sixth held-out set (tests/fixtures/unseen6), written blind for issue
/// 11 like unseen2 to unseen5, on places and topics the others leave out
/// (a sea port's three quarters in Liaoning, a county's pomelo industry in
/// Fujian in traditional characters with the 。-decimal habit, a county
/// industrial park's signing day in Jiangxi, a new-energy vehicle plant in
/// Anhui, an irrigation district's renovation in Shanxi, rural roads in a
/// Hebei county in Chinese numerals, tea in an autonomous prefecture of
/// Hubei, a league's government work report in Inner Mongolia, schools and
/// hospitals in a Zhejiang county, a village cooperative's dividends in
/// Shandong). The fixtures are asserted, the extractor's figures only
/// printed. Measured blind at its merge, of 358 values: recall 93.6%,
/// subject 67.6%, attribute 50.3%, both 37.7%; after the fifth round (made
/// on unseen5, without reading it) 93.6 / 70.1 / 52.2 / 40.2%. The sixth
/// round was tuned on it (no longer blind): 95.3 / 93.3 / 66.5 / 65.4%.
#[test]
fn unseen6_articles() {
    held_out_set("unseen6", 10);
}

/// A seventh held-out set (tests/fixtures/unseen7), written blind for issue
/// 11 like unseen2 to unseen6 (by someone who neither read the extractor
/// nor ran it on these articles), on places and forms the others leave out:
/// a city statistics bureau's monthly bulletin in Guangdong with many
/// 同比/环比 rates and declines, a district court's work report in Sichuan, a
/// flood-control and relief report in a Guangxi county, rural-revitalisation
/// dividends in a Guizhou county with ranges and shares in words, an
/// offshore wind farm's grid connection in Jiangsu with a semicolon list of
/// projects, a cross-border e-commerce zone in Heilongjiang, a fishing port
/// in Shandong, an interview in questions and answers with a Hunan county
/// head (no dateline), coffee in Yunnan in full-width digits and Chinese
/// numerals, and a tax office's report on the Hengqin zone in traditional
/// characters. The fixtures are asserted, the extractor's figures only
/// printed. Measured blind at its merge, of 392 values: recall 92.6%,
/// subject 64.5%, attribute 44.9%, both 34.4%; after the sixth round (made
/// on unseen6, without reading it) 92.9 / 64.5 / 45.9 / 34.9%.
#[test]
fn unseen7_articles() {
    held_out_set("unseen7", 10);
}

/// An eighth held-out set (tests/fixtures/unseen8), written blind for issue
/// 11 like unseen2 to unseen7 (by someone who neither read the extractor
/// nor ran it on these articles), on places and forms the others leave out:
/// a provincial government work report's list of expected targets in Henan
/// (左右, 以上, 以内) with tasks numbered 一是…四是, a Spring Festival holiday in
/// Xi'an opening with only a month and day (recoveries against 2019), a
/// national new area's first quarter in Jilin written as a tally, a
/// rural-road bid result in Chongqing with no dateline (six sections, 分别
/// over companies, prices and lengths), Fujian-Ningxia paired assistance
/// with a full dated dateline and Chinese numerals, a listed cashmere
/// maker's annual report in a Hebei county (revenue, profit, R&D share, a
/// dividend per 10 shares), a hospital and a school under construction in
/// Qinghai (beds, floor area, school places), a wheat harvest in Xinjiang in
/// full-width digits (yields per 亩 in 公斤), a city's air and water report
/// in Hebei (declines in % and points, days), and half-year bank lending in
/// a Hainan city (较年初增加, three banks with 分别). The fixtures are
/// asserted, the extractor's figures only printed. Measured blind at its
/// merge (extractor of main 993d647), of 402 values: recall 94.5%, subject
/// 68.2%, attribute 50.5%, both 35.8%; after the seventh round (made on
/// unseen7, without reading it) 94.5 / 69.7 / 52.2 / 37.8%, and 94.5 /
/// 69.7 / 57.2 / 42.8% once its gold names were put under the naming
/// convention above (27 values renamed by the rule, none by hand). The
/// eighth round was made on it, open: with the convention extended (its
/// renames alone, on that extractor: 94.5 / 69.7 / 62.2 / 47.5%) and the
/// round's rules, 96.3 / 71.4 / 79.6 / 58.2% — no longer a blind figure.
#[test]
fn unseen8_articles() {
    held_out_set("unseen8", 10);
}

/// A ninth held-out set (tests/fixtures/unseen9), written blind for issue
/// 11 like unseen2 to unseen8 (by someone who neither read the extractor
/// nor ran it on these articles), on topics the others leave out: a
/// marathon's pull on a city's spending in Gansu with no year printed
/// (headline short form 兰马), agricultural insurance payouts in a Hubei
/// county-level city (headline 监利：, townships with 分别, sums insured and
/// premiums per 亩, a payout in Chinese numerals), an expressway tunnel's
/// progress in Sichuan (累计掘进, 占总工程量的), the Fujian-Kinmen water
/// supply in traditional characters with the 。-decimal habit (its year
/// implied by 七週年), a city's EV charging network in Henan in full-width
/// digits (three districts and three operators with 分别), a land auction in
/// Ningbo (starting prices against winning prices, premiums, floor prices
/// per square metre, a required floor area), meals for the elderly in a
/// Nanjing district (subsidies per meal, a maximum per canteen), an inland
/// rail port's half year in Hunan (trains by line, 同比 and points), a
/// county-level city's statistical bulletin in Yunnan (比上年 against a bare
/// 增长, 比年初, declines), and vocational enrolment in Guangxi (a plan
/// against the result, cohort labels that are not years). The fixtures are
/// asserted, the extractor's figures only printed. Measured blind at its
/// merge, of 355 values: 96.6 / 48.7 / 48.7 / 27.3% (recall, subject,
/// attribute, both); 96.6 / 53.8 / 49.3 / 28.5% after the eighth round and
/// its renames. The ninth round was made on it, open (subjects,
/// attributes and years): 98.3 / 92.1 / 81.7 / 76.6% — no longer a blind
/// figure.
#[test]
fn unseen9_articles() {
    held_out_set("unseen9", 10);
}

/// A tenth held-out set (tests/fixtures/unseen10), written blind for issue
/// 11 like unseen2 to unseen9 (by someone who neither read the extractor
/// nor ran it on these articles), on topics and forms the others leave out:
/// a metro line's opening in Henan under a Xinhua dateline with only a month
/// and day (a network's length before and after, fares, riders on the first
/// day and forecast, a plan's span of years), a county's spring job fair in
/// Jiangxi (pay ranges with — and 至, a job seeker's pay in Chinese numerals,
/// a bare 增长 after 比去年…增加, 分别 over sectors), a city's patent report in
/// Hunan (件, a decline, 翻了一番, 接近三分之一, counts per 10,000 people),
/// desert afforestation in a Shaanxi county (万亩 planned against done,
/// 分别 over kinds and towns, a decrease in area, villagers' words in Chinese
/// numerals), red kiwi fruit in Sichuan (prices per 斤 as ranges, yields in
/// 公斤, a grower in Chinese numerals), a district's ten livelihood projects
/// in Guangdong as a numbered list (计划 against 完成, ceilings with 不超过 and
/// 以内), clean heating in a Shanxi district (subsidies with 最高不超过, per
/// kWh and per cubic metre, coal cut, a decline), consumption vouchers in a
/// Zhejiang district with no year printed (满…减, redemption rates, three
/// rounds of the same sum, a range per car), a bridge's land port in
/// Guangdong in traditional characters with the 。-decimal habit (published
/// in the year after its figures), and a province's parcel business in
/// full-width digits (亿件, 同比 and 环比, declines in % and in points). The
/// fixtures are asserted, the extractor's figures only printed. Measured
/// blind at its merge (extractor of main 117d98a), of 380 values: recall
/// 95.0%, subject 63.7%, attribute 36.3%, both 24.7%; after the ninth
/// round (made on unseen9, without reading it) 95.3 / 63.4 / 36.8 / 25.0%;
/// after the tenth (made on this set) 95.3 / 84.7 / 52.4 / 46.1% — no
/// longer a blind measure.
#[test]
fn unseen10_articles() {
    held_out_set("unseen10", 10);
}

/// An eleventh held-out set (tests/fixtures/unseen11), written blind for
/// issue 11 like unseen2 to unseen10 (by someone who neither read the
/// extractor nor ran it on these articles), on topics and forms the others
/// leave out: a city housing provident fund's annual report in Anhui laid
/// out as a tally (比上年末 against 同比, declines in % and points, 笔 and
/// 亿元 side by side), a listed chemical maker's announcement of a new plant
/// in Shandong (a project named by its capacity, planned and expected
/// values, 不低于, the company's half year with a 1—6月 span), an interview
/// in questions and answers with a Jingdezhen ceramics maker (Chinese
/// numerals in the answers, 二十来人 and 六成以上, 1到10月, 前年 and 明年), a
/// county-level city's government work report in Guangxi (jasmine, 分别
/// over urban and rural incomes, a list of targets with 左右 and 以上, tasks
/// numbered 一是…三是), dairy farming in Ningxia under a Xinhua dateline with
/// no year printed (a farmer's words in Chinese numerals, 近四成, 日处理),
/// Taiwanese investment in Kunshan in traditional characters with the
/// 。-decimal habit (億美元, 約三成, 一半左右, 前10個月), a city's weekly price
/// bulletin in Shaanxi (prices per 公斤 by product, 环比 against 同比, a dated
/// week as a span, 分别 over vegetables), the low-altitude economy in a
/// Sichuan city (planned against done, 2025—2027年, 三成以上, ranges of
/// prices), oyster farming in Guangxi in Chinese numerals (十八万五千亩,
/// 三亿二千万元, 百分之二十五, 二〇二七年) and childcare places in Xiamen in
/// full-width digits (per thousand people, fees as a range, subsidies per
/// child per month). The fixtures are asserted, the extractor's figures
/// only printed. Measured blind at its merge (extractor of main 9839fc9),
/// of 424 values: recall 94.8%, subject 58.0%, attribute 47.9%, both 24.1%;
/// after the tenth round (made on unseen10, without reading this set)
/// 94.8 / 59.7 / 47.9 / 24.8%.
#[test]
fn unseen11_articles() {
    held_out_set("unseen11", 10);
}

/// A twelfth held-out set (tests/fixtures/unseen12), written blind for
/// issue 11 like unseen2 to unseen11 (by someone who neither read the
/// extractor nor ran it on these articles), on topics and forms the others
/// leave out: rare earths in Baotou under a Xinhua dateline with only a
/// month and day (three segments with 分别, shares in 成, a plant's new
/// capacity against another's expected one, 去年6月), a listed shipbuilder's
/// order announcement in Jiangsu (亿美元 with its yuan equivalent, a price
/// per ship, payment shares by stage, planned and expected delivery dates,
/// an order book with 共计/合计), an interview in questions and answers with
/// a village secretary in Fujian on homestays (answers in Chinese numerals,
/// 去年/今年/明年 against a date line, ranges 三千到四千五百元, 不超过八百元,
/// 突破八万人次), a district government's work report in Hunan (a gap over
/// the city in points, a decline, targets with 左右/以上, tasks 一是…四是), a
/// city's list of key projects in Hebei laid out as numbered entries (a
/// batch split by kind and state, years of construction as spans, a project
/// named by its capacity, a berth class), toys in Chenghai in traditional
/// characters with the 。-decimal habit (a headline's 逾六百億元 and 近三成,
/// 四分之一, an expo's month), household waste in Mianyang in full-width
/// digits (capacities per day against per year, 由…提高到, ２０２５年１—１０月), a
/// ski season in Altay under a China News Service dateline (a season as a
/// span of years and of full dates, three resorts and their 合计 share, price
/// ranges, trains counted with 列), a talent policy in Yantai (subsidies per
/// person per month with 分别 over degrees, 最高不超过, apartments over
/// districts, 均超过 over three companies) and data centres in Gui'an told
/// at a press conference by a spokesman (racks with 架, 突破/超过/逾, a plain
/// ratio with 以下, three projects each with its own figures). The fixtures
/// are asserted, the extractor's figures only printed. Measured blind at its
/// merge (extractor of main 02a151c), of 387 values: recall 94.8%, subject
/// 45.2%, attribute 59.4%, both 26.9%; after the eleventh round (made on
/// unseen11, without reading this set) 96.6 / 53.5 / 60.5 / 33.9%; tuned on
/// in the twelfth, 98.4 / 86.6 / 62.0 / 55.8%.
#[test]
fn unseen12_articles() {
    held_out_set("unseen12", 10);
}

/// A thirteenth held-out set (tests/fixtures/unseen13), written blind for
/// issue 11 like unseen2 to unseen12 (by someone who neither read the
/// extractor nor ran it on these articles), on topics and forms the others
/// leave out: hydrogen stations and fuel-cell vehicles in Zibo under a
/// Xinhua dateline with only a month and day (分别 over two companies, a cost
/// with 以内, a price range 100万元至120万元, targets with 突破/超过), a listed
/// drug maker's announcement of a new plant in Zhejiang (a total and its two
/// parts, planned start and full production, the company's year and its
/// cash at a date), a town government's work report in Zhejiang (a year in
/// review against the year's expected targets with 左右/以上, planned against
/// done, 超10亿元项目 counted), a feature with quotes on bamboo in Anji
/// (Chinese numerals in the quotes, 一千二百多公里, 百分之十五左右, prices per
/// 百斤 then and now, a cooperative's dividend per 亩), a city's list of
/// pocket parks in Hefei as numbered entries (areas in 平方米 and 公顷, opened
/// against planned dates, a coverage rate from one figure to another),
/// Jinjiang's shoe exports in traditional characters with the 。-decimal
/// habit (個百分點, 標箱, three companies' sum), bus routes in Changsha in
/// full-width digits (routes counted by kind, coverage rates, a company's
/// fleet and its share), lithium in Golmud under a China News Service
/// dateline (a project named by its capacity, 近/约/余/以上, 四成以上 and 近三成,
/// price ranges 7万至8万元 and 3万到4万元, a decline), per-capita income and
/// spending in Ganzhou (a ratio without a unit, 实际增长 beside 同比名义增长,
/// shares, a county's gap in points) and the salmon season in Fuyuan in
/// Chinese numerals (二〇二六年十月十八日, 四万二千尾, 四百多尾, 百分之零点八).
/// The fixtures are asserted, the extractor's figures only printed. Measured
/// blind at its merge (extractor of main b159adc), of 318 values: recall
/// 93.4%, subject 68.6%, attribute 52.2%, both 36.8%; after the twelfth
/// round (made on unseen12, without reading this set) the same, article by
/// article; tuned on in the thirteenth (with unseen10–12), 97.2 / 69.8 /
/// 57.9 / 40.3%.
#[test]
fn unseen13_articles() {
    held_out_set("unseen13", 10);
}

/// A fourteenth held-out set (tests/fixtures/unseen14), written blind for
/// issue 11 like unseen2 to unseen13 (by someone who neither read the
/// extractor nor ran it on these articles), on topics and forms the others
/// leave out: a county finance bureau's report on its budget in Hebei (为年初
/// 预算的 shares, 减收, 其中 by kind and by office, an expected year and next
/// year's plan), a high-speed railway's opening in Chongqing under a Xinhua
/// dateline with only a month and day (a line's stations, bridges and
/// tunnels, fares, trains counted with 列, 分别 over three places), a listed
/// appliance maker's buyback announcement in Guangdong (不低于…且不超过, a
/// price cap per share, a share of capital as a range, a period between two
/// full dates), a vocational college's graduate employment report in
/// Jiangxi laid out as a list (destinations with their shares, 分别 over
/// regions, majors' rates in brackets), a cinema season in Hubei under a
/// China News Service dateline (admissions in 人次, screenings in 场, a gap
/// over the province in points, three films' takings with 分别 and their
/// 七成 together, vouchers with a face value each), an interview in
/// questions and answers with a Guizhou county's labour official (百分之六十以上,
/// 一百二十多辆, 八千六百多人, a wage range 5000元到7000元, this year's goals
/// with 以上), Hong Kong firms in Qianhai in traditional characters with the
/// 。-decimal habit (突破1。2萬家 and 38。6億美元 in the headline and again in
/// the body, 三成左右, 不到三百萬元 said by a founder, 明年6月), appliance and
/// car trade-in subsidies in Xiangyang in full-width digits (a headline's
/// 超３亿元, 分别 over four appliances and three districts, subsidy rates
/// and caps with 不超过, a dealer's count with 多), rental housing in Fuzhou
/// (planned against done, 分别 over districts and two banks, areas and rents
/// as ranges with 至, a tenant's own figures and months, a plan as a span
/// 2026—2028年 with 不少于) and a yak cooperative at the source of the
/// Yellow River in Chinese numerals (二〇一八年, 二十六万亩, a price range
/// 一万二千元到一万五千元, dividends in total and per household, 九千三百多元,
/// a herder's own figures). The fixtures are asserted, the extractor's
/// figures only printed. Measured blind at its merge (extractor of main
/// 08ac993), of 326 values: recall 97.9%, subject 66.9%, attribute 32.8%,
/// both 22.7%; after the thirteenth round (made on unseen10–13, without
/// reading this set) 97.9 / 67.2 / 35.6 / 24.5%.
#[test]
fn unseen14_articles() {
    held_out_set("unseen14", 10);
}

/// A fifteenth held-out set (tests/fixtures/unseen15), written blind for
/// issue 11 like unseen2 to unseen14 (by someone who neither read the
/// extractor nor ran it on these articles), on topics and forms the others
/// leave out: a river port's monthly bulletin in Anhui laid out as a list of
/// port areas (同比 against 环比, declines, a year's target and its share done,
/// 艘次 and 标箱, a 5000吨级 berth class, a river's water level in 米), a county's
/// forest compensation in Jiangxi (rates per 亩, central against provincial
/// money, three townships with 分别 and one 约 over a list, 户均, a threshold
/// with 超过, an agreement as a span 2026年至2028年, 十几公里), an interview in
/// questions and answers with a Fujian county hospital's head on medical
/// insurance (digits for the figures, Chinese numerals for the rough ones:
/// 两千三百多人, 百分之二十三左右, 十三万元左右, 三成多; 下降了12%, 去年 against 今年 and a plan), a
/// science park's incubation report in Jiangsu in full-width digits with a
/// full-width decimal point (１２．８亿元, patents in 件, a numbered list of three
/// incubators, a range ２００万元至１５００万元, 最高不超过, targets), a provincial
/// statistics bureau's three quarters in Shanxi (value added by sector,
/// declines of investment, 同比 against a bare 增长, points, per-capita income
/// split urban and rural, 5%左右 as the year's goal), flood relief in Hunan
/// under a Xinhua dateline with no year printed (money over five prefectures
/// with 分别, people affected and moved, houses in 间, crops in 亩, 余/多/约, caps
/// per household, 15日至17日), a cycling race's pull on tourism in Qinghai
/// under a China News Service dateline (人次, teams in 支, a price range per
/// night, 近六成, 超过, an innkeeper's own figures), a listed company's
/// announcement of a 51% acquisition in Jiangsu (the target's balance sheet
/// and half year, an appraisal and its premium, profit commitments with
/// 分别不低于, payments by share, years as 2027年度 and a half year as 2026年1—6月),
/// a land auction in Chengdu in traditional characters with the 。-decimal
/// habit (parcels named by codes with digits, starting against winning
/// prices, 溢價率, floor prices per square metre, 不少於, 四分之一) and a water-supply
/// project in Shandong in Chinese numerals (二〇二五年三月, 四十二点六公里, 百分之六十四点六,
/// planned against done). The fixtures are asserted, the extractor's figures
/// only printed. Measured blind at its merge (extractor of main 3ee4232), of
/// 369 values: recall 89.2%, subject 61.0%, attribute 37.7%, both 26.3%;
/// after the fourteenth round (made on unseen10–14, without reading this
/// set) 89.2 / 61.0 / 38.2 / 26.8%; after the fifteenth (made on
/// unseen10–15, with dates of an unknown year and a name's aliases counted)
/// 94.9 / 67.8 / 44.4 / 32.2%.
#[test]
fn unseen15_articles() {
    held_out_set("unseen15", 10);
}

/// A sixteenth held-out set (tests/fixtures/unseen16), written blind for
/// issue 11 like unseen2 to unseen15 (by someone who neither read the
/// extractor nor ran it on these articles), on topics and forms the others
/// leave out: a district procuratorate's work report in Ningbo (cases and
/// people side by side as 612件785人, declines, points, a court's count after
/// the procuratorate's, a company named once for its own jobs), a city's
/// monthly housing sales in Nanning laid out as a list of districts (套 and
/// prices per square metre, 环比 against 同比, a loan cap raised from one sum
/// to another, a provident fund's loans in 笔 and 亿元 with 环比分别), an energy
/// and chemical base's energy use in Ningxia in full-width digits (万吨标准煤,
/// a decline in the headline and again in the body, companies with legal and
/// short names, a project's capacity and savings, 近, a 2027 target as a
/// decline with 以上), elderly care in a Chongqing district (beds per thousand elderly,
/// subsidies per meal and per person per month, 最高不超过, an operator's plans in Chinese numerals
/// in a quote, 超过七成), an interview in questions and answers with a bayberry
/// cooperative's head in Zhejiang (a headline's figure said again in the body,
/// a price range per 斤, 一成多, 六成左右, 五百来户, 三千元左右, a planned start
/// as 今年8月), a trade fair's close in Changchun under a China News Service
/// dateline (超千亿元 in the headline, 亿美元 against 亿元, sectors with 分别,
/// cities' signings, targets with 以上 and 不低于), a listed materials maker's
/// announcement of a share placement in Hubei (projects named by their
/// capacity as a numbered list, 不超过 over shares and money, a subsidiary's
/// figures, an expected year), a potato harvest in Gansu in traditional
/// characters with the 。-decimal habit (yields per 畝 in 噸 and 公斤, a price
/// range 1。1元至1。4元, 日處理), a pumped-storage station's first unit under a
/// Xinhua dateline with no year printed (the station named in full and short,
/// 明年3月 and 明年底, a province's capacities with 分别) and a township's
/// government work report in Jiangsu (last year's figures in a report given
/// the next January, thresholds 亿元以上 that are no values, targets with
/// 左右, 以上, 超过 and 不少于, tasks numbered 一是…三是). Its gold lists the
/// dates of events (a meeting, a start, a planned opening), not the dates
/// that only say when or as of when figures were counted (10月，…; 1—10月;
/// 截至9月底) nor datelines, and no thresholds (亿元以上项目), ages or
/// durations: stricter than the other sets, which list such dates, so the
/// extractor's `date` and `date_as_of` for them count here as extra values,
/// not as misses. Measured blind at its merge (extractor of main 06e3f0f),
/// of 339 values: recall 96.5%, subject 62.5%, attribute 53.4%, both 36.9%;
/// after the fifteenth round (made on unseen10–15, without reading this
/// set) 97.9 / 64.3 / 54.3 / 37.8%; after the sixteenth (made on
/// unseen10–16) 98.2 / 74.3 / 55.5 / 45.7%.
#[test]
fn unseen16_articles() {
    held_out_set("unseen16", 10);
}

/// A seventeenth held-out set (tests/fixtures/unseen17), written blind for
/// issue 11 like unseen2 to unseen16 (by someone who neither read the
/// extractor nor ran it on these articles), on topics and forms the others
/// leave out: wheat procurement at the minimum price in Zhoukou (prices per
/// 斤 and a range 1.18元至1.22元, 万吨 bought by the market and by the state
/// depot, a bank's purchase loans, a grower's own figures, a span 6月12日至9月30日,
/// a cap per depot with 不超过), China–Europe freight trains under a China
/// News Service dateline (列 and 标箱, 超两成 in the headline, three hubs with
/// 分别, a return share and its points, a cost down 约6% against the year's
/// start, a plan with 以上), a wind-and-solar hydrogen project in three
/// phases under a Xinhua dateline with no year printed (a company named in
/// full and by 以下简称, planned against done, 今年7月 and 2027年底, an
/// industrial park's own figures), a listed cable maker's bid announcement
/// in Jiangsu (合计约9.10亿元 said twice, a list of three products with their
/// amounts, shares of revenue, a delivery span by months), a county
/// hospital's new campus in a feature with quotes (Chinese numerals in the
/// quotes: 八百张, 一千一百人上下, 一百多张, 三成, 百分之九十一点二; beds per thousand
/// people, 台次, a decline), a province's technology contracts with its five
/// leading universities and institutes as a numbered list (项 and 亿元 per
/// item, one decline, three fields with 分别, targets with 突破 and 以上), a
/// county government's work report in Jilin given the next January (the
/// past year against this year's targets with 左右 and 以上, ginseng and
/// tourism, tasks numbered 一是…三是), typhoon insurance claims in Zhangzhou
/// in traditional characters with the 。-decimal habit (逾, 約, 接近, 不超過,
/// lines of insurance, three insurers with 分别, a fish farmer's own
/// figures, 户均), an airport's throughput in full-width digits with a
/// full-width decimal point (人次, 架次, 班, a recovery against 2019, a
/// terminal's planned figures, 约 and 左右 in a forecast) and rice-fish
/// farming in Qingtian in Chinese numerals (八万三千亩, 九亿二千万元, 五百公斤上下,
/// 三千来块钱, 百分之十八点五, 二〇二八年 targets with 以上 and 突破). Like unseen16's,
/// its gold lists the dates of events and plans, not datelines, the dates a
/// report was heard on, nor the dates that only say when or as of when
/// figures were counted (前三季度, 1月至10月, 截至10月22日), and no thresholds
/// (5000万元以上项目), ages, durations, times of day, ranks or ordinals.
/// Measured blind at its merge (extractor of main 7ffce5b), of 336 values:
/// recall 98.2%, subject 57.1%, attribute 53.0%, both 28.6%; after the
/// sixteenth round (made on unseen10–16, without reading this set) 98.8 /
/// 57.7 / 53.9 / 28.9%; after the seventeenth (made on unseen10–16, and
/// unseen18 after its blind measure) 98.8 / 57.7 / 54.2 / 29.2%, and
/// 54.5 / 29.5% once the convention settled one of its gold names; after
/// the eighteenth (made on unseen10–16 and unseen18) 98.5 / 58.6 / 54.2 /
/// 29.8%, precision 91.2% (363 found, 331 matched); after the nineteenth
/// 98.5 / 59.5 / 54.5 / 29.8%; after the twentieth 98.8 / 59.5 / 54.5 /
/// 29.8%, precision 91.5% (363 found, 332 matched); after the twenty-first
/// 98.8 / 60.4 / 54.5 / 30.4%, precision unchanged.
#[test]
fn unseen17_articles() {
    held_out_set("unseen17", 10);
}

/// An eighteenth held-out set (tests/fixtures/unseen18), written blind for
/// issue 11 like unseen2 to unseen17 (by someone who neither read the
/// extractor nor ran it on these articles), on topics and forms the others
/// leave out: a listed silicon-carbide maker's announcement of a joint venture
/// in Shaanxi (three partners' contributions and stakes, 55%/30%/15%, each
/// named in full and by 以下简称, a project in two phases with capacities in 片,
/// a related party's balance sheet, a board meeting's date; the signature's
/// date is no value), a luosifen feature in Liuzhou with quotes (Chinese
/// numerals: 二十八万袋, 三十几个, 五千块出头, 一块二左右, 二十来万, 百分之六十二,
/// 今年年底; a worker, a grower and a manager each with their own figures, a
/// 2027 goal with 力争 and 突破), a city library's annual reading report in
/// Hebei as the topic, not a place (人次 and 册次, 种 and 份, reading rooms
/// with 家, a named reading room's own figures, a headline's 超 figure said
/// exactly in the body, targets with 以上 and 突破, a planned opening), the
/// island's duty-free sales over a Spring Festival holiday in Hainan with its
/// five shops as a dash list (each its sales and 同比, one decline, 两成 in the
/// headline, categories with 超过五成, pickup points from 4个 to 7个, the past
/// year's total and this year's goal), camellia oil in a Hunan county with
/// goals beside results (力争, 预计, 有望突破, 以上; subsidies per 亩, yields in
/// 公斤 per 亩, 明年4月 and 9月, the same 2028年 in the headline and the body), a
/// province's express deliveries in Guizhou under a People's Daily Online
/// dateline (亿件 and 万件, 环比 beside 同比, three cities with 分别, 个百分点 as a
/// gap, 近7亿件, a county's cost per parcel from 约3元 to 1.2元, an expected
/// peak day), Hong Kong residents crossing north into Shenzhen in traditional
/// characters (four ports each with 人次 and 同比, 逾 said twice, 七成以上, 約4成,
/// 輛次 and 條, a hotpot shop's own figures with 三成左右 and 一百五十元上下), a
/// peanut harvest in Henan in full-width digits with a full-width decimal
/// point (万亩, 台, 公斤 per 亩, a price range per 斤, 个百分点, a percentage said
/// in the headline and again in the body, 分别 over two products, targets with
/// 突破 and 以上), a western volunteer programme in Gansu as the topic
/// (名 over four streams, a range of subsidies 300元至600元, a volunteer's
/// school in Chinese numerals: 三百来个, 两个, 四个班, 一百元, a 2028 goal) and
/// a gazelle count around Qinghai Lake under a China News Service dateline
/// with no year printed (只 and 种, 较2020年 with the increase and its rate,
/// two counties each with 约, 二三十只 as a range, 一百多只, 两千多块钱, 明年 and
/// 2027年). Like unseen17's, its gold lists the dates of events and plans,
/// not datelines, the day a report or figures were released, a document's
/// signature, nor the dates that only say when or as of when figures were
/// counted (前三季度, 1—10月, 截至10月底, a holiday's span), and no thresholds,
/// ages, durations, times of day, ranks, ordinals or codes.
/// Measured blind at its merge (extractor of main after three of the
/// seventeenth round's branches, h22y, h22a and h22t), of 314 values:
/// recall 93.9%, subject 46.8%, attribute 47.5%, both 27.1%, precision
/// 86.8% (340 found, 295 matched); after the rest of that round (one of
/// its rules made on this set and two others) 93.9 / 65.0 / 47.5 / 35.7%;
/// after the eighteenth, tuned on it, 97.1 / 73.9 / 55.7 / 45.2%.
#[test]
fn unseen18_articles() {
    held_out_set("unseen18", 10);
}

/// A nineteenth held-out set (tests/fixtures/unseen19), written blind for
/// issue 11 like unseen2 to unseen18 (by someone who neither read the
/// extractor nor ran it on these articles), on topics and forms the others
/// leave out: a sea port's container throughput under a Xinhua dateline with
/// no year printed (三季度 against 二季度 by 环比, three quarters with 分别 over
/// 、, routes split 其中 by kind, a route opened on a day, a terminal's design
/// capacity and its share done, 明年6月, a year's forecast with 左右), a
/// city hospital group in Zhongshan in traditional characters with the
/// 。-decimal habit (萬人次 and 萬台次, 逾 and 超三成半 in the headline, members
/// counted by kind, a share up in 個百分點, 近三成, a Macao patient's
/// 四百多元 and 一半左右, a new campus started 今年3月 and due in 2029年),
/// village collective incomes in an Anhui county as a dash list of four
/// villages (thresholds 100万元以上 and 50万元至100万元 that are no values beside
/// the counts they bound, 分别 over three kinds of income, 户均, a subsidy per
/// village as a range 50万元至150万元, a party secretary's 四万多斤,
/// 一百六十多户 and 两百块左右, 力争 with 突破 and 以上), a county's forestry
/// carbon-sink trades in Fujian under a China News Service dateline with no
/// year printed (吨 of carbon and 笔, prices per ton as a range 30元至45元,
/// 立方米 of timber, three projects with 分别, 户均, “一元碳汇” as a name, a
/// village's 三千多亩, 七万多块钱 and 一半, 明年 and 2028年 with 超过 and 突破), a
/// listed rail-car maker's bid announcement in Hunan with four lots (lots
/// and lines named by codes and ordinals, 列 and 辆, a price per car, a
/// subsidiary's lot, 合计约18.76亿元 said twice, 八成以上, orders on hand; the
/// signature's date is no value), new-energy vehicles in Xi'an in full-width
/// digits with a full-width decimal point (万辆 with 环比 and 同比, three makers
/// with 分别, a plant's design capacity and the month it started making cars,
/// 吉瓦时, a rate raised from 46% to 52%, a ratio ２．４：１), a reservoir's
/// impoundment in Xinjiang told in a feature with quotes (亿立方米, 万千瓦 and
/// 亿千瓦时, a dam's height in 米, the day it began to store water, an
/// engineer's 两千三百多人 and 八千多立方米, a driver's 九千块钱左右 and 两头 cattle,
/// a farmer's 四十亩, 一百公斤左右 and 一万块钱上下), a university's research
/// funding in Heilongjiang laid out as numbered points (纵向 against 横向 with
/// 分别增长, 项 and 件, 翻了一番, a contract threshold 超过1000万元 that is no
/// value, a laboratory approved 去年7月, a teacher's 两台 and 三百多万元), a
/// National Day holiday on the Hulunbuir grassland with no dateline (人次 and
/// 亿元, per-head spending and its rise in 元, shares from outside the region
/// and by car, a border port, scenic spots with 分别, an occupancy rate up in
/// points, 超过九成, a yurt's price range 300元至600元, 一倍左右, 二十来桌) and
/// a city housing provident fund's annual report in Kunming (比上年末 against
/// 比上年, 笔 beside 亿元 with 分别, 笔均, a cap per household per year, an
/// overdue rate in ‰, 超百亿元 in the headline, the year's expectations with
/// 超过 and 以上). Like unseen18's, its gold lists the dates of events and
/// plans, not datelines, the day a report or figures were released, a
/// document's signature, nor the dates that only say when or as of when
/// figures were counted (前三季度, 1—9月, 9月份, 去年, 截至9月底, a holiday), and
/// no thresholds, ages, durations, times of day, ranks, ordinals or codes.
/// Measured blind at its merge (extractor of main 0bd08b0, before the
/// eighteenth round), of 332 values: recall 95.5%, subject 69.0%,
/// attribute 52.1%, both 41.0%, precision 93.0% (341 found, 317 matched);
/// after the eighteenth round (made on unseen10–16 and unseen18, without
/// reading this set) 95.5 / 69.0 / 54.2 / 42.5%, precision 93.0%.
#[test]
fn unseen19_articles() {
    held_out_set("unseen19", 10);
}

/// A twentieth held-out set (tests/fixtures/unseen20), written blind for
/// issue 11 like unseen2 to unseen19 (by someone who neither read the
/// extractor nor ran it on these articles), on topics and forms the others
/// leave out: a border trade fair in Guangxi with its money in US dollars
/// (亿美元 and 万美元, three sectors with 分别 and 六成以上, an importer's durian
/// by the year, the city's exports and imports, a Vietnamese trader's 十二份
/// and 近40万美元, a goal with 力争 and 以上, the next fair's month and its
/// expected booths), a grain harvest in a Gansu city with a grower's figures
/// in Chinese numerals (万亩, 万吨 and 公斤 per 亩, three crops with 分别, a rate
/// whose clause says no base after 比上年增加9.8万吨, 三百来斤, 一块一 per 斤,
/// 一百二十多万元, the headline's 突破200万吨 said again, a plan beside a goal
/// with 力争 and a share for 2030 in 七成), an expressway in Shandong started
/// section by section (公里 and 米, six sections' lengths in two lists with
/// 分别, bridges by kind with 其中, a bridge's length in the headline and the
/// body, a closure planned 明年9月 and the opening 2028年底, durations that
/// are no values), a Jilin city's budget for three quarters (three taxes
/// with 同比分别增长…和下降, two county-level cities, one falling, a debt
/// balance 比年初 and state firms' assets 比上年末 whose rates are not 同比,
/// 超八成 in the headline, the year's expectation with 左右 and a goal with
/// 力争), a free-trade-port customs report in Hainan in full-width digits
/// (进口 and 出口 with 分别 over the amounts and the rates, goods sold inland
/// with 同比 and a month's by 环比, zero-tariff imports with 分别, a firm's own
/// figures, a policy's threshold 超过３０％ that is no value, 有望突破), a
/// green-hydrogen plant in Qinghai under a 央广网 dateline that ends in 消息
/// (万千瓦, a yearly output in the headline and the body, a daily one with
/// 每天, a second phase to start in 2027, a manager's 二十元左右 per 公斤 and
/// 三成多, hydrogen stations in 座 built and being built, a prefecture's
/// capacity with 其中 and its generation in 亿千瓦时), medical insurance in a
/// Ningxia city (万人 insured, 96%以上 in the headline, the body and a goal,
/// contributions and subsidies per head per year, reimbursement rates by
/// hospital level with 分别, a cap per head, a cost per stay falling 同比,
/// trips from 3次以上 to 不足1次, a patient's 四百多元), an interview in
/// question-and-answer form (记者： and 答：) with a Hebei county head on
/// mushrooms (栋 and 棒, 比2020年翻了一番, incomes in Chinese numerals, a park
/// to start 明年 with its yearly capacity, exports in 万美元, insurance per
/// greenhouse), a short Xinhua item on tourism in Tibet with seven
/// prefectures as a table, one a line (万人次 and 同比增长 set apart by
/// full-width spaces, 辆次, an airport's share, goals with 力争, 突破 and 超过),
/// and care for the old in a Jiangsu city (beds in 张 with 其中, a subsidy per
/// meal in the headline and the body, a monthly subsidy per head as a range,
/// a cap, 不少于12次, a care home's monthly fees, a range among them, ages and
/// age thresholds that are no values). Like unseen19's, its gold lists the
/// dates of events and plans, not datelines, nor the dates that only say
/// when or as of when figures were counted (前三季度, 1至10月, 前10个月,
/// 截至9月末), and no thresholds, ages, durations, times of day, ranks,
/// ordinals or codes. Measured blind at its merge (extractor of main
/// 5952ada, before the nineteenth round), of 320 values: recall 97.2%,
/// subject 60.0%, attribute 54.7%, both 35.3%, precision 94.0% (331 found,
/// 311 matched); after the nineteenth round (made without
/// reading this set) 97.8 / 60.6 / 56.2 / 35.6%; after the twentieth
/// 97.8 / 63.1 / 57.2 / 38.4%, precision 93.7% (334 found, 313 matched);
/// after the twenty-first 97.8 / 65.9 / 57.5 / 40.9%, precision unchanged.
#[test]
fn unseen20_articles() {
    held_out_set("unseen20", 10);
}

/// A twenty-first held-out set (tests/fixtures/unseen21), written blind for
/// issue 11 like unseen2 to unseen20 (by someone who neither read the
/// extractor nor ran it on these articles), on topics and forms the others
/// leave out: a highway to a Tibetan land port under a Xinhua dateline with
/// its own year never printed (公里 by new and rebuilt sections, bridges and
/// tunnels in 座 with 其中, a pass's altitude in 米, 27处 in the headline and
/// the body, 户均, a builder's 六七万元, the port's freight and trade with 同比,
/// 一倍以上, 12月底 and 2030年), white tea in Fuding in traditional characters
/// with the 。-decimal habit (萬畝 and 萬噸, prices per 斤 as ranges 60元至85元,
/// 四成左右, a trading market's 約180噸 and 突破260噸, a firm's plant started 今年2月
/// with its yearly capacity, a grower's 十二畝, 一萬三千多元 and 兩千塊左右, 一成多, targets
/// for 2028 in 億元 and 億美元), a city government's work report in Qiqihar
/// (rates after a bare 增长, 比上年增加 in 万吨, 分别 over urban and rural incomes and
/// over visits and revenue, 5.5%以内, a project threshold 5000万元以上 that is no
/// value, the year's targets with 左右, 以上 and 突破, tasks numbered 一是…四是), an
/// intermediate court's work report in Tianshui (件 beside 人, 同比分别下降,
/// declines, 余, points, 诉讼标的额 in 亿元, a company's own sum, 以内 as a goal),
/// fresh-cut flowers at the Dounan auction before Qixi under a China News
/// Service dateline (万枝 and 亿枝, prices per 枝 by variety with 分别, 四成, a
/// trader's 两百来箱, 三百多元 and 一半以上, 七成以上, 平方米 of a park's second phase due in
/// 2027), a logistics hub's report at Chongqing's Guoyuan port as a dash
/// list (标箱 with 同比 against 环比, points, trains in 列 with 同比分别增长, 艘次, 辆, a
/// capacity raised from 150万标箱 to 220万标箱, 明年3月, a 5000吨级 berth class and a
/// signature that are no values), a university's enrolment report in
/// Shandong as numbered parts (人 planned against admitted, shares, points,
/// 1100人左右, a registration span 9月12日至13日, 明年 and 1至2个), a railway bureau's
/// holiday in Guangxi (万人次 in the headline and the body, three stations
/// with 分别 over counts and rates, 均超过20%, a cross-border train's 趟 and a
/// rider's 五口人 and 一百多元, wagons loaded in 车, a line due 2027年底), an
/// interview in questions and answers on a reservoir in Hanzhong (立方米 of
/// storage and supply, 万千瓦 and 千瓦时, 万亩 irrigated with 其中, relocated 户 and
/// 人, 120平方米左右, 三百来个, 六千多块钱, 明年6月底 and 明年 for plans, a flow per second with
/// 以上) and village collective incomes in a Shanxi township (thresholds
/// 超过100万元 and 50万元至100万元 beside the counts they bound, 全部超过30万元 in the
/// headline and 均超过30万元 in the body, a cold store in 吨 with its funding,
/// 户均分红, a grower's 一块五, 两块六, 十五亩, 十八万多元 and 八万元左右, targets with 突破 and
/// 以上). Like unseen20's, its gold lists the dates of events and plans, not
/// datelines, nor the dates that only say when or as of when figures were
/// counted (1—10月, 今年1至7月, a holiday's span), and no thresholds, ages,
/// durations, times of day, ranks, ordinals or codes. Measured blind at its
/// merge, of 354 values: found 96.3%, subject 65.5%, attribute 61.9%, both
/// 39.3%, precision 91.9% (371 found, 341 matched); after the twenty-first
/// round (made without reading this set) 96.3 / 68.1 / 63.6 / 41.8%.
#[test]
fn unseen21_articles() {
    held_out_set("unseen21", 10);
}

/// A twenty-second held-out set (tests/fixtures/unseen22), written blind for
/// issue 11 like unseen2 to unseen21 (by someone who neither read the
/// extractor nor ran it on these articles), on topics and forms the others
/// leave out: a wind and solar base in Ulanqab under a Xinhua dateline with
/// no year printed (万千瓦 for wind and solar, 500万千瓦 in the headline, a
/// turbine's 6.25兆瓦, 万块 of panels, 亿千瓦时 expected and done, storage as
/// 万千瓦/万千瓦时, 一座 and 两条, 户均 with 以上, a second phase to start 明年5月
/// and a goal with 力争 and 突破), a grain harvest in Fujin (亿斤 in the headline
/// twice and the body, 亩产 in 公斤 by three crops with 分别, a bare 增长 after
/// 比上年增加, a cooperative head's 一千二百多斤, 一块五左右 and 四百来块钱, 户均分红,
/// a drying capacity with 日烘干), cotton in Aksu under a China News Service
/// dateline (机采率 with 超过 in the headline and points in the body, a county's
/// 采棉机 with 余, 400亩左右 a day, a grower's 一百八十亩, 四百多公斤, 四十万元出头,
/// 二十多万元 and 一大半, prices per 公斤 as a range, 八成左右, 万锭 of spindles
/// with a goal 突破500万锭), a customs district's foreign trade in Xiamen as a
/// dash list (进出口 against 出口 and 进口, the total in 亿美元 too, five cities
/// with 分别 over three, declines with 下降 and 减少, 万吨 of imports, 比去年同期
/// in points, a goal with 力争 and 突破), a city's statistical bulletin in
/// Yichang under numbered headings (rates after a bare 增长 in a 其中 list,
/// 上涨 and 下降 for prices, a gap 高于全省 in points, 比上年末净增, 亿元以上 as a
/// threshold that is no value, incomes by residence, a ratio 由上年的2.03缩小为
/// 1.98 with no unit), a health commission's report in Zunyi (机构 in 个 and 家 with
/// 其中 in brackets, beds in 张, per thousand people in 张 and 人 with 分别比上年末,
/// 7.86张 in the headline and the body, 万人次 with 同比, a hospital campus due
/// 明年10月, a county count, a goal 4人以上 for 2027), a Spring Festival brief in
/// Lijiang in the style of a WeChat post (emoji headings, 万人次 and 亿元 with
/// 同比, 日均超过, 架次 and 辆次, 三成左右, a family's 五口, 一万五左右 and
/// 一千二百多元, a goal with 突破), an interview in questions and answers on
/// afforestation in Weichang (万亩 planned against done with 其中, 万株, 比2020年
/// in points, 万立方米 of timber, a cost per 亩 as a range, 一倍左右 and 三成多,
/// a yearly nursery output, 笔 and 万吨 of carbon, 2030 goals with 力争 and 突破,
/// a ranger's 三千多亩), visitors to Macao in traditional characters with the
/// 。-decimal habit (萬人次 with 按年上升, 逾 and 七成以上 in the headline, visitors by
/// origin with 其中, a share 由去年同期的20.9%上升至24%, 間 of hotels and rooms,
/// 個百分點, a resort manager's 約2600元人民幣, 一成左右 and 九成上下, 有望突破, 明年3月
/// and 2027年) and a job fair in Changsha (岗位 in 个 and 万个, 超 and 余 in the
/// headline, 人次 and 人, a share with 约 and points, a maker's 一百六十多份 and a
/// monthly wage range, a graduate's 八份, 两家 and 七千元左右, 万份, goals with 以上
/// and 不少于). Like unseen21's, its gold lists the dates of events and plans,
/// not datelines, nor the dates that only say when or as of when figures were
/// counted (前三季度, 今年1月至10月, 截至6月底, 10月底, a holiday), and no thresholds,
/// ages, durations, times of day, ranks, ordinals or codes.
#[test]
fn unseen22_articles() {
    held_out_set("unseen22", 10);
}

/// A twenty-third held-out set (tests/fixtures/unseen23), written blind for
/// issue 11 like unseen2 to unseen22 (by someone who neither read the
/// extractor nor ran it on these articles), on topics and forms the others
/// leave out: a provincial government work report in Anhui told as news
/// (the session's opening day, last year's figures with 分别 over urban and
/// rural incomes, a gap 高于全国 in points, 比上年净增, 亿斤 of grain, 近40万户,
/// the year's targets with 左右, 以上, 以内 and a fall of energy intensity, the
/// headline's 5.5%左右 said again, an airport to start 6月 and a railway due
/// 年底前 with 力争, 十项), an airport's monthly bulletin in Urumqi (架次, 万人次 and
/// 万吨 with 同比 beside 环比下降, routes by kind with a share and points, 约占六成,
/// a daily 520吨左右 and 超过800吨, three totals with 同比分别增长, a record month, a
/// terminal opened 9月28日 with its yearly capacity, a runway due 明年6月, 约2600班
/// a week and 一成左右), hail insurance payouts in a Shandong county (户均 with
/// 余 in the headline and the body, a farmer's 十二亩, 一半, 四百元 per 亩, 七八百块钱
/// and 五万元左右, the storm's month, 万亩 affected with 其中, payouts by crop and by
/// two towns with 分别 and their share 合计, 比上年增加, premiums per 亩 as a range
/// 3元至9元, a county's 一千八百九十二万元, 一倍多, a goal with 力争 and 以上, loans of
/// 3至5万元 per household), a listed bearing maker's third-quarter announcement
/// (营业收入, 归母净利润 and 扣非 with 同比, 每股收益 against the year before's, 较上年度末
/// that is no 同比, points of ROE, a segment's revenue and share, 近一倍, a
/// board meeting's day, a plant's yearly capacity, investment and expected
/// start, 每10股 and the dividend's total; a stock code, a notice number,
/// ordinals and ranks that are no values), public housing in Hong Kong in
/// traditional characters with the 。-decimal habit (萬個 in the headline and
/// the body, 逾六成, 宗 of applications, waiting times in 年 that are
/// durations, a first project occupied 今年3月, rents in 港元 as a range, 約263億港元,
/// a goal for 2028年, a discount 30%至42%, a rent rise from 明年10月, 約八成 and a
/// tenant's 四口, 約5500港元 and 近四成), a reservoir and water diversion in Qujing
/// started 11月18日 (億立方米 and 万立方米 of storage and supply with 其中, 米 of dam
/// and 公里 of tunnels, a flow 每秒6.8立方米, 万千瓦 and 千瓦时, 亩 taken and 户 and 人
/// relocated, housing per household as a range in 平方米, completion 2030年6月
/// and closure 明年3月, a villager's 八亩, 三十多万元 and 五六千元), an investment
/// signing in Wuhan's Caidian district as a dash list (26个 and 312.6亿元 in the
/// headline and the body, counts of projects above thresholds that are no
/// values, four taxes with 分别, 合计, a start 明年二季度, 1.37亿美元, targets with
/// 力争, 以上 and 不少于), an environmental enforcement report in Tangshan (起 by
/// kind of case, 家 and 家次, 万人次, fines in 万元, a share, 个 of hazards found and
/// fixed, 吨 of waste with 约, concentrations in 微克/立方米 that are no values, days
/// more and fewer, a plan for 第四季度 and 明年1月), rural roads and bridges in
/// Sangzhi as numbered parts (公里 by kind of road, widths 由4.5米拓宽至7.5米, funds
/// by source, a subsidy per 公里 as a range 40万元至50万元, bridges in 座 with 其中 in
/// Chinese numerals, a bridge opened 9月30日, 近万名 and 二十多公里, villages of 30户以上
/// as a threshold, targets for 明年 and 2027年底) and a rural bank's year in
/// Dongtai as a WeChat post (emoji headings, balances 较年初 with rates that are
/// no 同比, 突破400亿元 in the headline, shares, a gap in points, 户均, a cap per
/// household, rates falling in points, a borrower's 二十万元 and 不到四个点, goals
/// for 2027年 with 突破 and 以上). Like unseen22's, its gold lists the dates of
/// events and plans, not datelines, nor the dates that only say when or as of
/// when figures were counted (11月, 1至11月, 前三季度, 截至11月末), and no
/// thresholds, ages, durations, times of day, ranks, ordinals or codes.
#[test]
fn unseen23_articles() {
    held_out_set("unseen23", 10);
}

/// A twenty-fourth held-out set (tests/fixtures/unseen24), written blind for
/// issue 11 like unseen2 to unseen23, on topics and forms the others leave
/// out: a city's statistical bulletin in Shaoxing (sectors one after another,
/// 比上年 on the first rate and bare 增长 after, a gap 高于全省 in points, 净增 and
/// 新设 enterprises, 突破 for a market's turnover, 分别增长 over urban and rural
/// incomes, 亿美元 of foreign capital, 左右 and 下降 on building), a county's rural
/// revitalisation in Meitan (the entity changes every clause: a township, its
/// village, the next; 户均 and 近两万元, 三成 and 一成左右, a plant that started 今年4月
/// with its yearly 约800吨, 公斤 per 亩 and a range 3500元至4200元 per 亩, 二十多个, a
/// cold store opened 去年12月, 翻了一番, a goal with 力争 and a start 明年3月), a city health
/// commission's year in Yibin (the commission speaking of hospitals, 超 in the
/// headline and 超过 in the body, 人次 and 万张, values per 千人口, 四成以上, a campus
/// opened 9月28日 with 总投资, a second phase 明年6月, 四千余人次, a rate in ‰, a fall of
/// 312元, 3至4亿元 next year and a goal with 力争), a district's school places and
/// enrolment in Zhengzhou's Jinshui (the bureau speaking of schools, 1.2万个 and
/// 19所 in the headline and the body, 四分之一左右, class sizes, a school opened
/// 8月26日 with 亩 and 48个班, 一千六百二十名, 分别录取, 人次 of exchanges, a fee
/// range 300元至500元, construction 明年 and completion 2028年), Macau's light rail
/// east line in traditional characters with the 。-decimal habit (億澳門元 and
/// 澳門幣 with 逾百億 in the headline and the body, three contract sums with
/// 分别, 約五成半, a tunnel through 11月20日, trains due 明年第二季度, 2028年下半年 and
/// 2029年, 按年 that is no 同比, 與去年同期相比減少), a grid company's year in Baise
/// (万千瓦 and 亿千瓦时, 突破百亿千瓦时 in the headline, 环比下降 beside 同比, 七成左右,
/// voltages that are no values, a line in service 10月18日, a wind farm connected
/// 6月30日, 吨 of coal saved, a plan 明年 with 左右, 突破 and 3个百分点以上, storage
/// in 万千瓦 and 万千瓦时), an investment signing in Fuquan (five companies each with
/// an amount and a yearly capacity in 吨, 吉瓦时 and 平方米, 分别投资 over two, starts
/// 明年3月 and 明年底, 亩均, 六成以上, 日处理, a goal 突破千亿元), a district court's
/// enforcement report in Wuxing (件 and 人次, 罚款 in 万元, 百余名 and
/// 四百三十余万元, an auction's premium, a centre set up 今年3月 and 1.2万余次, the
/// procuratorate's 件, 近三成, goals with 以上 and 明年6月), China-Europe trains
/// through Manzhouli in a month (列 and 标箱 with 同比分别 and 环比, the headline's
/// 468列 and 6.1% said again, 超过5050列 expected, 近一倍, 立方米 of timber, a
/// capacity 每天 from 14列 to 18列, a train that left 11月24日, goals for 2027年) and
/// a kite festival in Weifang (超四百万人次 in the headline, opening 4月18日 and closing
/// 5月5日, 近80元 more per head, 一千二百米, 二十多个百分点, 翻了一番 against 去年同期,
/// 三百余家, 七成左右, a plan with 明年). Like unseen23's, its gold lists the
/// dates of events and plans, not datelines, nor the dates that only say when
/// or as of when figures were counted, and no thresholds, ratios without a
/// unit (2.7∶46.9∶50.4, 1.63), voltages, ages, durations, times of day, ranks,
/// ordinals or codes.
#[test]
fn unseen24_articles() {
    held_out_set("unseen24", 10);
}

/// A twenty-fifth held-out set (tests/fixtures/unseen25), written blind for
/// issue 11 like unseen2 to unseen24, on topics and forms the others leave
/// out: a customs district's foreign trade through Fangchenggang (the
/// customs speaking of the port, 超千亿元 and 近两成 in the headline, 亿美元 beside
/// 亿元, 环比 for a month, bare 增长 after 同比, 分别为 over three countries, 万吨
/// with 同比分别 and a bare 下降, 五成半左右, 近一倍, 万标准箱, 约40班 a week, durian
/// cleared 9月16日, a fruit site due 明年3月 with its yearly 10万吨 to 30万吨, a goal
/// with 力争 and 突破), a flood season in Changde (毫米 of rain with 较常年同期, a
/// record day 6月19日, a flood peak 7月2日 of 每秒12600立方米 and 约6500立方米每秒 cut,
/// water levels in 米 above a warning line, 亿立方米 and 万立方米 held back with
/// 其中 and 分别, 余, 人次 evacuated, 万亩 of crops 减少四成左右, a pumping station
/// done 5月28日 from 6400千瓦 to 1.2万千瓦, repairs due 明年5月底 and a goal with 力争
/// for 2027年底), a provincial department's employment and pensions in Jilin
/// (the department speaking of the province, 24.6万人 and 3186元 in the headline
/// and the body, a press conference 11月18日, 个百分点 down, 约, 余, 以上, 超出目标近一
/// 成, insured people by scheme with 其中 and 分别, a pension 上调2% and 每人每月
/// 153元, 两千三百亿元左右, 突破1800万 with no measure word, rules from 明年1月1日,
/// a goal with 力争 for 2027年), Taiwan's exports in a month in traditional
/// characters with the 。-decimal habit (億美元 throughout, 逾 in the headline,
/// 較去年同月 beside 年增 and 年減 that are no 同比, 近四成 and 逾兩成, goods and
/// markets with 分別為 and 分別年增, a share up in 個百分點, 大致持平 that is no
/// value, a forecast range 455億至475億美元 and 10%至15%, 首度突破, a system due
/// 明年1月),
/// an economic zone's half year in Suqian where the subject changes every
/// clause (five enterprises each with output and tax, 分别增长 over output and
/// tax, 一亿一千万元, 合计 and 五成以上, 净增, a gap 高于全市 in points, 协议总投资, a
/// second phase started 4月22日 and due 明年6月 with 10吉瓦 a year, 亩均, a goal
/// with 确保 and 突破 and one with 力争 and 以上, 9月底), a city's housing market
/// in October in Xuzhou as a dash list (套 and 万平方米 with 环比分别 and 同比分别,
/// prices in 元/平方米 rising 环比 and falling 同比, four districts, 约 on shares, 二
/// 手住宅 万套, 亩 of land and 每平方米5280元左右, a loan cap from 60万元 to 80万元
/// from 10月15日, 户均 with 近, a fair in 11月 with 60个以上), a rice harvest in
/// Wuchang (突破百万吨 and 四毛钱 in the headline, 万亩, 亩产 in 公斤 with 约 and
/// 左右, 四分之三左右, prices per 斤 as a range 1.85元至2.1元 and 0.1元左右, a grower's
/// 三百二十亩, 一千零六十斤上下, 两块钱, 一千二百多块钱 and 一毛五, 年加工能力, a granary
/// started 9月26日 and due 明年10月, 明年 and a goal with 力争 for 2028年), the
/// National Day holiday in Huangshan scenic spot by scenic spot (逾460万人次 in
/// the headline, the subject changing every clause, 九成左右, 近两成 against 去年
/// 同期, 两处, 日均超过6万人次, occupancy in points, 680元左右 a night and 约三成,
/// 万辆次, winter prices from 12月1日, a cable car due 明年3月底, a goal with 力争
/// and 突破), a state-owned energy group's annual results named short in the
/// headline (首超30亿元, 营业收入 and 利润总额, 资产负债率 down in points, 较年初
/// increases that are no 同比, 亿千瓦时 and 亿立方米 by segment, 三千二百万元 less
/// profit, 比上年增长一成, 万千瓦 of capacity, last year's 12月18日 and 9月8日 in a
/// report printed the next year, 件 of patents, targets with 左右, 突破, 以上 and
/// 以内 for 2026年, a second phase 今年6月) and a city science bureau's year as a
/// WeChat post (emoji and numbered headings, 突破3.2% in the headline, 由上年的
/// 3.05%提高到3.2%以上, 件 of patents per 万人口, a funding range 100万元至500万元,
/// 合计, a chip taped out 8月, 净增, 近三成, a gap in points that is no growth
/// gap, a fund 明年, a call 明年3月 and goals for 2027年 with 突破 and 以上). Like
/// unseen24's, its gold lists the dates of events and plans, not datelines,
/// nor the dates that only say when or as of when figures were counted (前10
/// 个月, 1至10月, 10月1日至8日, 截至10月底, a year whose results are reported),
/// and no thresholds (90平方米以下, 亿元以上), durations, ranks, ordinals or
/// codes.
#[test]
fn unseen25_articles() {
    held_out_set("unseen25", 10);
}

/// A twenty-sixth held-out set (tests/fixtures/unseen26), written blind for
/// issue 11 like unseen2 to unseen25, on topics and forms the others leave
/// out: a city's population sample bulletin in Quanzhou (numbered sections, 万人
/// with 占 and its share one after another, births and deaths with rates in
/// ‰, 比上年末 that is no 同比, shares up and down in points, 万户 and 平均每户
/// 2.72人, 四成左右 and 七成五左右, five counties and districts each with its
/// population, 合计 over three districts; a sex ratio and ages that are no
/// values), a provincial communications administration on 5G and broadband in
/// Gansu (named short in the headline, the administration speaking of the
/// province, 突破8万个 and 超三成 in the headline, 万个 and 万户 with 净增, a count
/// per 万人, 其中 and shares in points, four operators and the tower company
/// one after another with 分别, 约 and 九成以上, a 5G-A site opened 10月28日, a
/// plan 明年 with 左右 and a goal with 力争 and 突破 for 2027年底; a speed in
/// 吉比特 that no gold unit encodes), Hong Kong's budget in traditional
/// characters (億港元 throughout, 逾 in the headline, 1050億港元 in the
/// headline and the body, 按年 that is no 同比, a forecast range 2%至3%, 逾一成,
/// 約兩成 and 近六成, relief caps per case and per household, departments as
/// subjects one after another: 醫院管理局, 教育局, 社會福利署, 房屋署, 路政署, a
/// centre due 明年第一季, 削減2% as a fall, 不少於 and bonds from 今年5月), coal
/// and power in Xinjiang in a month as a Xinhua dispatch (9.4% bare in the
/// headline and with 同比 in the body, 万吨 and 亿吨 with 同比 and 环比, two
/// prefectures with 七成左右, capacity in 万吨/年 from 1500万吨 to
/// 2500万吨, a mine producing from 9月26日, 亿千瓦时 by source with 分别增长 that
/// are no 同比, a share up in points, 突破千亿千瓦时 in the headline and the body,
/// 约三千二百万吨 and 约四百亿千瓦时 in Chinese numerals, 亿千瓦 and 万千瓦 of
/// capacity, 今年底, 明年 and a goal with 力争 for 2027年), an IPO pricing
/// announcement named short in the headline (元/股 in the headline and the
/// body, 万股 of the issue, placements and tranches, 万元 of proceeds, costs
/// and net proceeds with 约, 不超过, a subscription day and a payment day,
/// three projects each with 总投资 and proceeds allocated, revenue and profit
/// with 同比 and 近三成 against 上年同期, the notice's date; a stock code and
/// ordinals that are no values), the Spring Festival on Sichuan's
/// expressways station by station as a dash list (超3300万辆次 and 近五成 in
/// the headline, 日均, two peak days, 约一倍 against ordinary days, 较去年 that
/// is 同比 with 下降, 超过 on a peak day, 约二百六十万千瓦时, 四成以上, 台套 and
/// 余台次, 起, a forecast with 左右; the holiday's span and a response time are
/// no values), rural water supply in Zhenxiong in Chinese numerals (处 and 万余人
/// in the headline and the body, a villager's 二十来块钱, 二亿三千六百万元,
/// 四万一千多人, rates 由去年的百分之八十八点五提高到百分之九十二点三 with 去年 as the
/// base year, 六成左右, a plant with 两万立方米 a day and 一百三十六公里 of pipes
/// started 今年3月 and supplying from 9月30日, 二点五元 per 立方米, 补助资金约六百万元,
/// 约一成, a plan 明年 with 一亿二千万元左右, completion 明年6月底 and a goal
/// 百分之九十五以上 for 2027年; a distance in 里 that no gold unit encodes), a
/// trade fair in Kunming by exhibition area and by country as a CNS dispatch
/// (逾五百亿元 in the headline and the body, a closing day 24日 beside the
/// dateline's 6月24日, 余家, 超过 and 约 on visitors, 现场成交 and 意向成交 with
/// 同比 and growth 较上届, 亿美元 beside 亿元, three products with 分别, 1.4亿元
/// twice, 突破8000万元, 吨 ordered, 场 of livestreams, the next fair 明年8月),
/// the fishing season's opening in Zhoushan (七千余艘 in the headline and the
/// body, 近三万吨, the opening 9月16日 and the moratorium's start 5月1日,
/// 艘次, 起, 张 and 尾, three counties and districts one after another, 一半左右,
/// a skipper's 两千多斤, 三十块, 五百多元 and 一两万元, prices per 公斤 falling
/// 较去年同期 and rising bare, a goal with 力争 and 突破, boats retired from 今年11月
/// with 30万元至80万元 per boat) and a forest-fire drill in Liangshan (千余人 and
/// 四百余台套 in the headline, the drill 11月27日, 支, 台套, 架 and 架次, 公里 and
/// 米, 近一半, fires in 起 with 减少 and 下降, 公顷, counties one after another,
/// 一百二十台套 and 一万元 per ranger, 95%以上, a fire season 1月1日至6月30日 and
/// 3月至5月 next year, a goal 0.9‰以内). Like unseen25's, its gold lists the
/// dates of events and plans, not datelines, nor the dates that only say
/// when or as of when figures were counted (10月份, 1至10月, 截至10月末, the
/// holiday 2月15日至23日), and no ratios without a unit (a sex ratio 107.66),
/// thresholds, ages, durations, times of day, ranks, ordinals or codes.
#[test]
fn unseen26_articles() {
    held_out_set("unseen26", 10);
}

/// A twenty-seventh held-out set (tests/fixtures/unseen27), written blind for
/// issue 11 like unseen2 to unseen26, on topics and forms the others leave
/// out: a typhoon's farm losses in Taiwan in traditional characters (新臺幣
/// before the first amount of a sentence and 億…萬元 after it with none, 逾 in
/// the headline, thousands with a comma: 9,836萬元 and 2,146公頃, 1萬2436公頃,
/// 農業部 speaking of counties and crops one after another with 分別 and 其餘,
/// 約占…七成六, 萬隻 and 頭, relief per 公頃 in 萬…元, a loan's 上限, a report due
/// 9月15日 and payments 10月底, a farmer's 兩百萬元), a listed company's annual
/// results forecast named short in the headline (预计 ranges 38000万元至42000万元
/// and 52%至68% with 同比, 近七成 and 突破6亿平方米 in the headline and the body,
/// last year's profit and 每股收益 in 元, 由上年的28%提高到41% with 上年 as the
/// base year, 个百分点, a line in production 2026年6月, a plant abroad in 亿美元
/// started 去年11月 and due 2027年三季度, a goal with 力争 and 以上, the report due
/// 4月25日), a provincial tax bureau's three quarters in Hebei (the bureau
/// speaking of the province, 超四百亿元 in the headline, 万户次 and 万户, policies
/// and sectors one after another with 分别, 近六成 and 约六成五, a finance
/// manager's 三十来万块钱 and 十一万多块, 项 and a rate up in points, 超过520亿元
/// expected and 12月底), snow relief in Nagqu (the emergency bureau speaking of
/// seven counties, 三万余吨 in the headline, 万头只 and 头只, 户 and 人 evacuated,
/// 约1860万亩, 救灾资金 with 其中, 顶 and 件, 台 and 台次, a herder's 三百来只 and
/// 四十多头, 约两成 against 去年, 暖棚 due 明年3月底 with a subsidy each, 1%以内), a
/// wildlife survey in the Northeast Tiger and Leopard National Park (七十只左右 in
/// the headline and 70只左右 in the body, 种 and 株, 红外相机 in 台, 1100多万条, 近一倍
/// since 2017年 as the base year, areas one after another, 三成以上, 起 of claims,
/// 明年 and a goal with 力争 for 2030年), a province's sports lottery in Anhui
/// named short in the headline (超二百亿元 and 逾五十亿元, 同比 and 环比, games with
/// 其中 and 合计, three cities with 分别为 and 同比分别, 净增, 店均, a shopkeeper's
/// 四五千块 and 七八千块, 注, 公益金 by use, 所 and 人次, a goal with 力争 and 突破,
/// 处 planned 明年), a cross-province compensation agreement on the Chishui river
/// (三亿元 in the headline and 3亿元 a year, three provinces each with an amount
/// and a share, signed 12月1日 for 2026年至2028年, 断面, 由2020年的94.4%提高到100%,
/// the subject changing every clause, 万亩 and 平方公里, 次 and 件, a goal 65%以上
/// and a meeting 明年), Hangzhou's metro over the National Day holiday line by
/// line (超三千万人次 and 突破五百万 with no measure word in the headline, a peak day
/// 10月1日, 较去年 that is 同比, stations one after another, 列次, 一成左右, a line
/// opened 6月28日, 330万人次左右 expected, a line due 今年12月底 and 超过560公里),
/// an autumn cocoon purchase in Yizhou (八块多 in the headline, purchases from
/// 9月12日, prices 每公斤 by grade, 上涨 that is no 同比, 万亩, 张 of eggs, towns
/// one after another with 分别 and 减少一成左右, 公斤 per sheet, an insurance with
/// 八成, a grower's 四张半, 一百一十多斤, 二十八块多, 三千块出头 and 五六千块, a goal
/// with 力争 and 突破 for 2028年) and a township head interviewed on angelica in
/// Minxian, every value in spoken Chinese numerals (一百来斤 and 十四五块 in the
/// headline and the body, 两万四千来亩, 一千二百斤上下, 二十七八块, 五毛钱, 七八成,
/// 三四万块, 一半还多, 八百多万块, a plant with 一千五百万元 started 明年五月 and done
/// 明年年底, 三千吨 with no period; 十几亩 and 两三年 are no values). Like unseen26's,
/// its gold lists the dates of events and plans, not the dates that only say
/// when or as of when figures were counted (前三季度, 1至11月, 10月1日至8日, 截至下午
/// 5時, a year whose results are forecast), and no thresholds, ratios, classes
/// (Ⅱ类, 四级), ranks, ordinals, durations or times of day.
#[test]
fn unseen27_articles() {
    held_out_set("unseen27", 10);
}

/// A twenty-eighth held-out set (tests/fixtures/unseen28), written blind for
/// issue 11 like unseen2 to unseen27, on topics and forms the others leave
/// out: Macao's economic bureau on aid to small firms in traditional
/// characters (經科局 named short in the headline and speaking of trades and of
/// 貿促局, 澳門幣 before 3億2,460萬元 and 26.7萬元 with bare 元 after, 逾3億2千萬元
/// and 超過澳門幣3億6千萬元, 23萬1千元, 宗 and 家次, 約佔三成, 約一成六 against 去年,
/// 按年 with 約兩成, 個百分點, applications from 明年1月5日, a café owner's 十萬元
/// and 兩三成), Zhanjiang's housing provident fund annual report (缴存, 提取 and
/// 贷款 in 亿元, 笔 and 家, 同比分别, 其中 and 其余, a 个贷率 up in points, a
/// delinquency of 0.32‰, districts with 分别 and 合计, 3万人以上 with 力争, 6月底),
/// Caoxian's Double Eleven online sales by platform (突破12亿元 and 近一半 in the
/// headline, 万单 with 日均约 and a peak day 11月11日, platforms one after
/// another with 同比下降 and a bare 增长, 条, 万场 and 亿人次, 三分之一, 余家, a
/// shop owner's 三四千单, 一万出头, 七十来万元 and 两成多, a festival 明年3月, a goal
/// with 力争 and 突破), the Hetao irrigation district's autumn water allocation
/// (近十二亿立方米 in the headline, 亿立方米 and 万亩 for five areas one after
/// another, a quota and a share of it, a start 10月15日 and an end 11月25日前后,
/// 240立方米左右 per mu with 比去年下降约6%, 处 and 座, 0.8米至1.2米, 一成以上 down, a
/// farmer's 三百来亩 and 二十多块钱), Taicang port's container throughput month by
/// month (超七百万标箱 in the headline, 万标箱 and 亿吨, 同比 and 环比 side by side,
/// terminals one after another, 条 and 班, a finish 6月30日, 每年450万标箱, 870万标箱左右
/// expected and 突破880万标箱 with 力争, a wharf 明年 and 2028年底), the First
/// Affiliated Hospital of Zhengzhou University named short in the headline
/// (超千万人次, 门急诊 and 出院 in 万人次, 手术 in 台 and 例, 床位 in 张, campuses one
/// after another with 分别, 近三成, costs per visit in 元 and 万元 falling, a
/// health commission speaking of 128家 hospitals, a campus opening 今年9月, a goal
/// 40%以上 for 2027年底), Fangda Special Steel's November production bulletin
/// named short in the headline (逾38万吨 and 九成, 生铁, 粗钢 and 钢材 in 万吨 with
/// 同比 and 环比, 日均约1.28万吨, 产能利用率 up in points, three plan shares with
/// 分别, products one after another, 每吨3586元 with 环比下跌57元, 亿千瓦时, a test
/// run 11月20日, a repair 12月中旬 costing 约6万吨), tourism in Qiandongnan over the
/// Miao New Year (逾六百万人次 in the headline, the bureau speaking of counties one
/// after another, 人均 and 多出82元, 余场, 超过85万人次, a parade 11月17日, 亿次 and
/// 辆次, 超过九成, 突破1.2亿人次, a goal 超过1350亿元 with 力争, a restaurant's
/// 二十来万 with no 元), a sheep cooperative's chair in Yanchi interviewed in
/// spoken numerals (三四百块 in the headline and the body, 四千二百来只, 六百多只,
/// 两千八百只上下, 十七八块 a 斤, 一百一十斤上下, 一百五六, 七成, 十一二个人, 大几千,
/// 一半, sheds 明年开春 and a goal for 2028年) and Hefei's charging build-out
/// (突破十万个 and 超2.6万个 in the headline, 个 and 座, 万千瓦 and 亿千瓦时, 较去年底
/// that is no 同比, 近两倍, districts and companies one after another, 超过180万次,
/// 余个 and 约6.2万户, 每千瓦200元, goals 3万个以上, 13万个 and 不少于300座 for
/// 2027年底). Like unseen27's, its gold lists the dates of events and plans, not
/// datelines (记者11月14日从…获悉) nor the dates that only say when or as of when
/// figures were counted (1至10月, 截至11月底, the holidays 11月13日至23日 and
/// 10月20日至11月11日, a year whose report it is), and no thresholds, ratios
/// (车桩比2.1:1), ranks, codes (2号高炉), durations (6.1天, 15個工作天) or counts in
/// a measure word no gold encodes (七八十桌); nor a fall in points said as 五六个点.
#[test]
fn unseen28_articles() {
    held_out_set("unseen28", 10);
}

/// A twenty-ninth held-out set (tests/fixtures/unseen29), written blind for
/// issue 11 like unseen2 to unseen28, on topics and forms the others leave
/// out: the second-crop public rice purchase in Chiayi in traditional
/// characters (逾4萬公噸 in the headline and the body, a ROC year 115年 that is a
/// crop's label, 1萬2600公頃 with 約8% down, quotas per 公頃 in 公斤 with a
/// comma, 2,000公斤, and their 合計, prices 每公斤新臺幣31元 by kind of purchase,
/// 各低新臺幣1元, a range 新臺幣29元至30元, 三分之一, 2萬8460公噸, 約新臺幣8億1200萬元,
/// 19家, 六成, a grower's 8公頃, 兩塊錢 and 十萬元左右, a subsidy from 明年 and a goal
/// with 力拚 and 3,000公頃以上), Hunan's October consumer prices from the
/// survey office (同比 then bare 上涨 and 下降 for city, country, food and
/// services, 比上月 in points, 环比, 1—10月平均 比上年同期, categories and goods
/// each with a rate, six with 影响CPI…约0.26个百分点 after it, 分别上涨1.9%和1.6%, four 环比 changes
/// after 从环比看 in their own clauses, 14个 prefectures split 10个 and 4个 (4个
/// inside 14个), two cities, a forecast 0.5%左右 and a target 3%左右), eyeglass
/// exports from Situ town in Danyang (超3亿美元 and 订单排到明年 in the headline,
/// 亿美元 and 万美元 that sum, 四成 and 七成以上, 312家 and 41家 above a threshold
/// 500万美元以上 that is no value, a lens maker's 一倍, 明年3月, 万副, 一千二百万美元
/// in Chinese numerals, 日产 per line, 用工减少了三分之一, 十五个工人 and 十个人, wages
/// with 左右, a park's 总投资 and opening 明年6月, a reward 最高50万元 and a goal for
/// 2030年), Hebei University of Engineering's new campus (8600余名 in the
/// headline and the body, 2800亩 and 1650亩, 总投资 against a phase's 投资, 栋,
/// a start 2024年5月, a second phase 明年3月 and 2029年, a library's 万册 and
/// 个 of seats, 张 of beds, 三座 canteens, 生均 areas 由11.2平方米提高到16.8平方米,
/// a plan 6800人 against 6912人 admitted, 98.6% up 1.3个百分点, a science park's
/// 项目 counted above a threshold 5000万元以上 and goals with 力争), Foshan's
/// consumer complaints over three quarters (件 with 同比 and 同比下降, 8.6万件 and
/// 2360万元 in the headline and the body, parts that sum, 办结率, 比去年同期增加,
/// four features numbered 一是…四是 each with 件, shares and 三成以上/六成以上,
/// 首次突破2000件 then 达2170件, 增长1.3倍, 家 with 比年初新增, durations 9.6天 and
/// 5.2天 that are no values, 万次, a member's 三千六百元 and 两千七百多元 with
/// 今年5月, targets 98%以上 and 不低于95%), Hohhot's heating season with its
/// heat sources as a table (one source a line, full-width spaces between
/// 万平方米 and 万吨, five rows that sum to 2.46亿平方米 and 110万吨, 10月15日 and
/// 2.46亿平方米 in the headline and the body, 明年4月15日, days and a temperature
/// 18℃ that are no values, 公里 and 座, a second phase done 9月28日, 台 of boilers,
/// a price per 平方米, 约2.1万户, a resident's 十五六度 with no unit, 99%以上),
/// Chengde's long-term care insurance pilot (超9亿元 in the headline, started
/// 2020年1月, 万人 and 万名, 人次, 八成以上, 90元 a head a year split 45元, 30元 and
/// 15元, caps per day, per visit and 不超过30次 a month, 70% and 75%, 450元 a month,
/// 一倍多, 4100余人 and 九成, a daughter's 三次 a week, 不到四百块 and 三分之二, a
/// scope widened 明年1月 with 约2000人), Hengdian's film crews and extras (超420个
/// and 一成半 in the headline, 个 and 家, 一半以上, 万人次 of appearances, 人均日收入约220
/// 元, a range 500元至800元, an extra's 七千块出头 and 三四千块, 七成, 人均 with 多出54元,
/// a studio town opened 今年4月 with 三四十个 crews a day, 最高奖励300万元, a
/// threshold 5000万元以上 that is no value, goals with 力争 and 以上 for 2030年),
/// the Changzhou ship locks at Wuzhou (突破1.6亿吨 in the headline, 万艘次 and
/// 闸次, last year's 1.58亿吨, upstream and downstream that sum, 万标箱, 一成, a
/// share of vessels 3000吨级以上 up in points, 约1510吨 a vessel, waiting hours
/// and days of closure that are no values, 减少一半, a skipper's 3200吨 and
/// 三千块钱左右, a fifth lock started 今年8月 with 4800万吨 a year and due 2029年底,
/// 1.78亿吨左右 expected and a goal with 力争 and 突破) and the Nanfan breeding
/// base in Sanya in Chinese numerals (八千余名 in the headline and the body,
/// 二十六万八千亩, 七百八十余家, 一半以上, 注册资本五千万元以上 as a threshold,
/// 百分之十八点六, 两季 and 缩短三分之一, a breeder's 一千二百多份, 四十亩 and
/// 差不多二十万元, a subsidy 百分之三十 with 最高一千二百万元, 一百五十六个 with 其中,
/// 一千三百栋, 明年 with 四亿五千万元, 二〇三〇年 with 以上 and 突破). Like unseen28's,
/// its gold lists the dates of events and plans, not datelines nor the dates
/// that only say when or as of when figures were counted (1至10月, 前三季度,
/// 截至11月底, 1—10月平均), and no thresholds, classes (3000吨级), codes
/// (12315), ordinals (四线, 五线, 一是), durations or temperatures. Measured
/// blind at its merge (extractor of main 31101c4), of 329 values: found
/// 93.9%, subject 56.5%, attribute 53.5%, both 32.2%.
#[test]
fn unseen29_articles() {
    held_out_set("unseen29", 10);
}

/// A thirtieth held-out set (tests/fixtures/unseen30), written blind for
/// issue 11 like unseen2 to unseen29, on topics and forms the others leave
/// out: winter wheat sowing in Mengcheng county (172万亩 in the headline and
/// 172.3万亩 in the body, four measures numbered 一是…四是 with 条, 台 and 万亩,
/// 九成以上 and 六成以上, a subsidy 每亩30元至50元 above a threshold 500亩以上
/// that is no value, 户 and 户均约240亩, a grower's yield in 斤 said
/// 一千一百斤出头, a price 一块二毛五 and 三百来块钱 a 亩, a goal with 力争 in
/// 公斤 and 突破89万吨, 明年 and 2030年 with 150万亩以上), Guangxi's sixteenth
/// regional games at Yulin (opening and closing days, 大项 and 小项 for two
/// parts, 8900余名, 项 of records, 312人次 with 近一倍, a medal table of five
/// delegations as lines with 枚, 36个 venues split 9个 and 19个, 约21.6亿元,
/// 3.2万人 of seats, 万平方米, 约186万人次, 八成以上 of volunteers, 明年1月 and
/// the next games in 2030年), the restoration of Yuhuang temple in Shangdang
/// as a Q&A interview (a day of acceptance, 2024年9月 and 今年10月, 座 and
/// 平方米, 一千二百万元 split 九百六十万元 and 二百四十万元 in Chinese numerals,
/// 根 with 不到一成, 大约三分之一, 万片, 四成左右, 明年5月, 800人 a day, 处 of
/// protected sites, a plan 不少于800万元 a year and a goal 95%以上 for 2030年),
/// Hong Kong's elderly health care vouchers as a press release in
/// traditional characters (逾40億港元 in the headline and 約41.3億港元, 約九成,
/// 萬次, shares by kind of service, 2,000元 and 8,000元 with a comma and no
/// currency's name, 最多500元, 10,520名, a pilot from 二〇二七年一月一日 with
/// 約3.6億港元 expected, 宗 of claims checked), a survey of 3200户 businesses
/// in Wenzhou (家 and 户, 有效样本 and 有效率, averages and 户均 with 同比,
/// 比上年末增加2人, 约三分之一, 近两成, a loan rate down 0.42个百分点, 142.6万户
/// with 接近七成, thresholds 10%以上 and 5000万元以下 that are no values, a goal
/// 1万户以上), jasmine pickers in Hengzhou in spoken numbers (十五六斤,
/// 三亩多, 二十二块钱左右, 三十出头, 一千二三百斤, 一万五上下, 一斤三块钱,
/// 一百五六十块, 一万来块, then the city's 万亩, 万吨 and 亿元 with 约, a
/// season from 4月下旬 to 10月底, 超过600吨 a day, 上万人, 130多家, 八成, a goal
/// with 力争 and 突破300亿元 for 2030年), gigabit broadband in Xinhua county
/// by township (突破16万户 in the headline, a rate 由71.2%提高到96.5%, 净增,
/// 是去年底的2.6倍, 下降了三成, four townships as lines with 个 and 户, an
/// altitude 1000米以上, a village's 186户 and 152户, 120多万元 and 人均 800多元,
/// a plan 明年 with 约9000万元 and 300个以上, a goal for 2027年底 with 85%以上),
/// used car exports from Chengdu in 美元 and 人民币 (超4.2万辆 and 1.4倍 in the
/// headline, 分别同比增长86.5%和1.4倍, 折合人民币约70.3亿元, 个百分点, 约占四成,
/// 是去年同期的2.2倍, a trader's 两万三千多美元, 家 with 今年新增, a threshold
/// 1000万美元以上 that is no value, a centre 明年9月 and goals for 2028年),
/// elevators fitted to old homes in Jinan (1286台 and 300台 in the headline
/// and the body, 台 by district as a list that sums, 1.5万余户, 2019年, 是
/// 2022年底的2.3倍, a subsidy 由每台15万元提高到20万元, a cost 55万元到65万元,
/// 户均出资约4.8万元, days of approval that are no values, goals with 突破
/// and 五成以上 for 2030年) and the Xiapuhe reservoir in Tongshan (亿立方米 and
/// 万立方米 of storage, 米 of dam, a start 2023年3月, impoundment 2027年6月 and
/// completion 2028年底 planned, 八成以上 of investment, flows 每秒…立方米 and
/// return periods 20年一遇 that are no values, 一半以上, 万千瓦 and 万千瓦时,
/// 户 and 人 resettled, 600元 a person a year). Like unseen29's, its gold
/// lists the dates of events and plans, not datelines nor the dates that
/// only say when or as of when figures were counted (1至11月, 截至11月底,
/// 前三季度), and no thresholds, ranks, ages, ordinals (六楼), phone numbers,
/// durations or flows. Measured blind at its merge (extractor of main
/// f3b9dd6), of 308 values: found 88.0%, subject 38.6%, attribute 45.1%,
/// both 19.5%; after two gold fixes against the text (the medal table's
/// values spanned their labels, 金牌128枚 for 128枚; the body's 六成以上 was
/// missing), of 309: found 92.9%, subject 43.4%, attribute 46.9%, both
/// 21.0%.
#[test]
fn unseen30_articles() {
    held_out_set("unseen30", 10);
}

/// A thirty-first held-out set (tests/fixtures/unseen31), written blind for
/// issue 11 like unseen2 to unseen30, on topics and forms the others leave
/// out: Sandu county's half-year plan report to the people's congress
/// standing committee (a speaker's line with the meeting's date, three
/// industries' 亿元 that sum to the GDP with bare 增长 after 同比, a gap over
/// the prefecture in points, 下降, a share up 6.1个百分点, 完成年度目标的52.6%,
/// tasks numbered 一是…三是 with 个, 万亩, 吨 and 户均, a start 3月18日, plans
/// 10月底前 and 11月, goals 6%左右 and 5.6亿元以上), Zhangzhou's population
/// bulletin with its counties as a table (万人 and % in the header only,
/// twelve rows of bare numbers that sum, 比上年末减少, birth and death rates
/// in ‰ and 下降0.35个千分点, sexes and age groups with shares), a listed
/// materials maker's announcement of government subsidies (万元 with a
/// thousands comma, 1,862.54万元 split 1,230.54万元 and 632.00万元 said three
/// times each, items numbered 1.2026年9月16日 whose number runs into the
/// date, a project named by its capacity, a threshold 100万元以上 that is no
/// value, shares of net profit), a fund-raising fraud verdict in Ganzhou
/// (2.3亿余元 in the headline and 2.34亿余元 in the body, fines for a company
/// and people, a range 50万元至10万元 written high to low, 12%至18%, 余名, 超过八成,
/// 不足1500万元, 套 and 辆, 三成六, 同比分别下降…和增长), a community canteen's
/// manager in a Q&A in spoken numbers (十二块 in the headline and the body,
/// 三百五十份左右, 七八十份, 一百来份, 三倍多, money in 块 with no 钱, 九块多,
/// 八万块钱左右, 两万出头, staff as 十一个人 and 四个厨师, 四斤, 九成五, then the
/// district's 个, 万人次 and 万元 with 截至11月底 and a plan 明年), Hong Kong's
/// Light Public Housing in traditional characters (約4,800個 in the headline
/// and the body, three projects with 約 and a thousands comma, a floor area
/// 約150平方呎至約430平方呎, rents in 港元 a month, 九成 of a rent, a first batch
/// occupied 今年三月, 減少約2,700港元 with 降幅約四成, a goal 二〇二八年 with
/// 約261億港元 and 約87萬港元 a unit, 宗, a phone number), a cotton-picker operator in
/// Shaya (a bale's 两吨多, 六七十个, 最多…一百公斤, 六百多亩, a machine bought 2022年
/// for 四百二十万元, 八十块钱 a 亩, 两万亩上下, 五六十万元, 将近二十万, a driver's
/// 一万二 and 两万四, then the county's 万亩, 万吨, 公斤, 台, 近40个百分点 and a plan
/// 明年 with 85%以上), the Beihai LNG terminal's second phase (1300万吨 in the
/// headline and the body, a start 11月25日 after a dateline 11月26日讯, 总投资,
/// 2029年6月, 由600万吨提升至1300万吨, 座 and 万立方米, a ship class 26.6万立方米
/// that is no value, 亿立方米, 公里, a first phase 2016年 with 艘次 and 万吨, 2027年3月,
/// 2028年底 and 明年8月 planned), the crab harvest on Gucheng lake in Gaochun
/// (超1.1万吨 in the headline, a start 9月20日, a crab's 四两 against the classes
/// 四两的公蟹 and 三两五的母蟹 that are no values, a farmer's 斤 and 块 per 斤 with
/// 一万七八千块, 万亩, 余户, 万公斤, 家 with 新增, 近四成, 突破 expected and a goal for
/// 2028年) and summer study tours in Qufu (逾85万人次 in the headline, 同比 for
/// visitors and revenue, a share up in points, 超过六成, 人均 with 高出约四成, a
/// base's 十三个团 and 一千多个孩子, 是去年同期的1.6倍, 份 and 场, a hotel rate
/// 约428元 a room-night, 余名 and a goal with 力争 and 突破). Like unseen30's, its
/// gold lists the dates of events and plans, not datelines, a report's or a
/// release's own date, nor the dates that only say when or as of when figures
/// were counted (上半年, 2025年末, 今年暑期 with its span, 1至10月, 截至11月底, a
/// crime's span 2021年3月至2024年8月), and no thresholds, classes, ages,
/// ordinals (第七个年头), household sizes, durations (刑期, 十来分钟, 2.1天, 约15天),
/// codes (双30) or phone numbers. Measured blind at its merge (extractor of
/// main a2a6586), of 313 values: found 83.1%, subject 37.1%, attribute
/// 47.6%, both 24.3% (found/subject/attribute/both by article: Sandu
/// 100.0/0.0/89.1/0.0, Zhangzhou 50.0/50.0/42.0/42.0, the subsidies
/// 77.8/61.1/72.2/55.6, Ganzhou 100.0/3.8/26.9/3.8, the canteen
/// 65.5/10.3/13.8/0.0, Hong Kong 88.9/18.5/22.2/11.1, Shaya
/// 85.7/35.7/28.6/14.3, Beihai 92.3/42.3/50.0/26.9, Gaochun
/// 96.8/83.9/58.1/45.2, Qufu 87.5/75.0/56.2/50.0); no gold fix was needed.
#[test]
fn unseen31_articles() {
    held_out_set("unseen31", 10);
}

/// A thirty-second held-out set (tests/fixtures/unseen32), written blind for
/// issue 11 like unseen2 to unseen31, on topics and forms the others leave
/// out: Jingmen's budget execution report and draft budget to the people's
/// congress (a speaker's line with the session's date, 为预算的101.3%, 税收占比
/// down 0.9个百分点, transfers and debt in 亿元 that sum to a 收入总计, 民生支出
/// with its share, government funds 下降12.7%, a debt limit and balance,
/// 3200余户, a draft with 预计 and 4%左右, a pension raised 每人每月 20元 from
/// 今年1月1日, 50亿元左右 and 不少于60亿元), Dezhou's grain output bulletin by a
/// survey team (万亩 with 比上年增加 and a bare 增长, 公斤/亩 of yield, 113.5亿斤
/// beside 567.4万吨, a table by season and crop whose cells are bare numbers
/// under units in its header, 约占…七成, 超过98%, 万户), a listed maker's
/// announcement of buying 51% of another (万元 with a thousands comma, names
/// declared by 以下简称, a board meeting's day, 人 and 项, an appraisal 增值率
/// 186.66%, profit commitments year by year with 不低于, payments in three
/// parts with 30%, 40% and the rest, a capacity in 亿件 now and 预计 for 2027年),
/// a procuratorate's medical insurance fraud case in Xiangtan (486万余元 in the
/// headline and 486.3万余元 in the body, 人次, fines 50万元 and a range
/// 5万元至30万元, 约210万元, 200元至500元 a stay, 八成以上 recovered, a fine of
/// 972.6万元, 件 and 人 with 同比分别增长, 家 and 起, a model due 明年3月底),
/// an e-commerce station's head in a Q&A in spoken numbers in Kangxian
/// (四百来单 in the headline and the body, 七八百单, 二三十单, 六十五块 a 斤,
/// 三万多斤, 两百万出头, 一成左右, 七八块钱 and 三块五 a parcel, 十来万,
/// 二十多户, 五六千块, 六个人 and 十来个, 两百平方米, 明年五月 and 一千单, then the
/// county's 个, 亿元 with 同比 and 约44%), Taiwan's electricity rates in
/// traditional characters (4.2% in the headline and the body, 每度 prices in a
/// bare 元 that is 新臺幣, 逾九成 and 九成一, 約1,120萬戶, 新臺幣 before 億元 and
/// bare 億元 after, a bill 由…增加為, 約2.8萬家, 3%以內 and 不超過3%, a meeting
/// 9月26日, rates from 10月1日 and a review 明年4月), a sugarcane grower in
/// Fusui (五百五 in the headline and 五百五十块 in the body, 一百二十亩, 七吨多 a
/// 亩, 差不多一吨, 四十七八万, a cutter's 两吨左右 and 两百多块, 将近一半, 六七十亩,
/// 十二三万块钱, then the county's 万亩, 约340万吨 and 42万吨左右 expected, 日榨
/// 6.8万吨, 台, a rate 由去年的31%提高到今年的46%, 每吨20元, a goal for 2028年
/// with 70%以上 and 突破45万亩), the Wangjiang Yangtze bridge's closure
/// (明年6月底 in the headline and the body, 公里 and 米 of the bridge, 约86.4亿元
/// 总投资, 约占三成五, a start 2022年12月, 股, 个 and 万吨, 余名 and 余台套,
/// 82.4% of investment done, paving 明年3月 to 4月底, 万辆 a day expected, 亩 and
/// 户 taken), winter fishing on Lianhuan lake (逾130万斤 in the headline and
/// 约132万斤 in the body, a start 去年12月27日 in a January dateline, 四成四, 个,
/// 支 and 余人, 300万斤 planned, 2月中旬, a head fish's 42斤 and 18.8万元, a
/// skipper's 两三万斤 and 八万斤, 七成左右, 6元至15元 a 斤, 一成左右 against 去年,
/// a fisher's 三百块 and 两万多块钱, 万人次 with 同比, 万尾, 户均) and concerts
/// in Nanning (27场 in the headline and the body, 超40亿元 and 约41.6亿元, 比去年
/// 全年多出11场, 62.7% up 8.5个百分点, 96.3% and 约30个百分点 above ordinary
/// days, a homestay's 十八间, 两百八十元左右, 六百元以上, 一倍多 and 一万来块钱,
/// 列次, a hall for 1.8万人 due 明年10月, goals with 以上 and 突破). Like
/// unseen31's, its gold lists the dates of events and plans, not datelines,
/// a report's or an announcement's own date, nor the dates that only say when
/// or as of when figures were counted (2025年, 今年1至10月, 截至1月7日, 截至12月2日,
/// 评估基准日, a crime's span 2023年1月至2025年6月, 2027年度), and no thresholds
/// (330度以下, 万人以上, 百亿斤以上, 6寸), ratios (骗取金额2倍, 本地观众的3.4倍), a
/// conversion (1公斤等于2斤), durations (刑期, 10个工作日, 两个半小时, 1.8天),
/// ordinals, codes, a motion's title or vague counts (十几倍, 过半). Measured
/// blind at its merge (extractor of main 293c952), of 311 values: found
/// 90.7%, subject 52.4%, attribute 46.6%, both 33.1%; after one gold fix
/// against the text (780余万元 was written as 780元, its 万 after 余 not
/// applied; the number check reads no such form), of 311: found 91.0%,
/// subject 52.7%, attribute 46.6%, both 33.1% (found/subject/attribute/both
/// by article: Jingmen 97.4/89.7/61.5/56.4, Dezhou 61.9/61.9/42.9/42.9, the
/// acquisition 100.0/79.4/52.9/44.1, Xiangtan 100.0/45.5/40.9/22.7, Kangxian
/// 89.7/27.6/48.3/20.7, Taiwan 92.9/0.0/21.4/0.0, Fusui 84.4/50.0/28.1/25.0,
/// Wangjiang 96.3/77.8/59.3/44.4, Lianhuan 100.0/27.6/44.8/24.1, Nanning
/// 100.0/44.8/62.1/34.5).
#[test]
fn unseen32_articles() {
    held_out_set("unseen32", 10);
}

/// A thirty-third held-out set (tests/fixtures/unseen33), written blind for
/// issue 11 like unseen2 to unseen32, on topics and forms the others leave
/// out: Rizhao port's throughput to November (突破5亿吨 in the headline and
/// 5.12亿吨 in the body, 6.8% in both, iron ore, crude oil with a 下降, 920余万吨
/// of soybeans, 标箱 with points 比上年同期, a month's 同比 beside 环比, routes in
/// 条, 30多个 countries, a berth project's 约…总投资 and 设计年通过能力, 明年6月底,
/// 5.6亿吨左右 expected and 力争突破750万标箱), Nehe's statistical bulletin
/// (GDP and three industries each with a bare 增长, 万人 with 比上年末减少, a birth
/// rate 3.65‰, sown areas in 万亩, grain in 亿斤, 万千瓦, 户 of enterprises, a
/// 下降 among investment rates, incomes in 元, schools in 所 and beds in 张;
/// the bulletin's own date is no value), a court's illegal sand-mining verdict
/// in Yuci (1.6万余立方米 and 5名 in the headline and the body, fines
/// 2万元至15万元, gains 3万元至12万元不等, 台 and 辆, a price 每立方米95元, 约…万元
/// of value, loss and repair, 1.2米, 明年4月, then the court's year: 件, 万元,
/// 约260亩, 万尾, 处), a hospital's service in Danzhou (突破150万人次 in the
/// headline, 人次 and 台次 with 同比, points 较去年同期, 张, 名 and 个, rates and
/// shares, 98%以上, a cost 同比下降, 约1.2亿元, 例, 场次, 项, and a new building's
/// 总投资, 万平方米, 今年3月 started and 2028年底 planned), a pig farmer's annual
/// report summary (12.3% and 每10股…2.5元 in the headline and the body, names
/// declared by 以下简称, 亿元 with 同比 line by line, 万头, a cost 每公斤13.6元
/// down 1.4元, a debt ratio down 3.9个百分点 较上年末, 亿股, a payout share,
/// 2026年 as a plan's year with 320万头至340万头, 年屠宰能力200万头 and 预计总投资;
/// the report's own date is no value), the Shengzhong irrigation district's
/// renovation (4.3亿元 in the headline and the body, 107.5% of the plan, 亿立方米
/// of storage, 万亩 designed, 3市8个县, 约180万人, 超过40%, 公里, 处, 套, 1800余人
/// and 320余台套, water in 亿立方米 and 万立方米 with 比去年增加, 17座, 不足五成 to
/// 六成以上, 约1.5亿斤, and 2027年底), old residential blocks renovated in
/// Siping (126个 and 2.3万户 in the headline and the body, 栋, 公里, 部, 个 and 处,
/// a resident's 七八百块 and 六十多个 in spoken words, 每平方米5元, 1100余场,
/// 不足40% to 85%, a bare 明年 of a plan, 98个 and 1.6万户 planned, 约7.5亿元,
/// 明年4月初 and a yearless 10月底), Luoyang's National Day holiday (1286.5万人次
/// in the headline and the body, 超百亿元, points 较去年同期, scenic spots with
/// 突破 and 单日最高, 超过8.5万单, 近三成 twice as a rate and as a share, 家, 约548万
/// 人次, 约35%, 场, 发送旅客 and an airport's 运送旅客, 320余场, 突破1.2亿人次 and
/// 1150亿元左右 expected), Macao's November gaming revenue in traditional
/// characters (億元 in the headline and 億澳門元 in the body, bare 元 after that
/// are 澳門元, 按年 and 按月 with a 下跌, 約 on a daily average, thousands commas,
/// 佔…的 shares, 七成一 and 約四成五, 萬人次 of visitors, 個百分點, 間, 張 and 台,
/// 萬人 and 萬元 of wages, 六家, a range 210億元至220億元, 2,505億元左右 and 約7%
/// expected, 四成以上) and a jujube grower's Q&A in Ruoqiang in spoken numbers
/// (两百来公斤 in the headline and the body, 四十五亩, 六百五十公斤 a 亩, 差不多三十吨,
/// 一吨多, 十六块五 and 十二三块 a 公斤, 两块钱左右, 四十万出头, 两千五百块上下, 八个人,
/// 一百八十块, 两台, 五六亩, 一万两千多单, 三成, 六十三户 and 一百多户, 二十来吨,
/// 五口人, 三万来块, 十来万, a bare 明年 with 十亩 and 突破七百公斤, then the county's
/// 约18.5万亩, 约1.1万户, 12.6万吨 expected, 约18亿元 and 4200余元). Like
/// unseen32's, its gold lists the dates of events and plans, not datelines,
/// a report's or a bulletin's own date, nor the dates that only say when or
/// as of when figures were counted (今年1至11月, 2025年, 截至第三季末, a crime's
/// span 2024年3月至2025年5月, 国庆假期, 明年財政預算案), and no thresholds (10万吨级,
/// 60岁以上), durations (刑期, 二十多年), ordinals or names (每10股 as a basis).
/// Measured blind at its merge (extractor of main 47d70f2), of 343 values:
/// found 96.2%, subject 66.5%, attribute 70.0%, both 52.2% (found/subject/
/// attribute/both by article: Rizhao 100.0/82.9/82.9/65.7, Nehe
/// 100.0/97.6/88.1/85.7, Yuci 100.0/19.2/42.3/7.7, Danzhou
/// 100.0/81.1/78.4/64.9, the pig farmer 97.1/94.3/82.9/82.9, Shengzhong
/// 96.9/12.5/71.9/9.4, Siping 97.0/93.9/69.7/69.7, Luoyang
/// 100.0/84.8/90.9/81.8, Macao 91.7/61.1/41.7/22.2, Ruoqiang
/// 79.4/14.7/41.2/11.8). One gold fix came after: 差不多三十吨 is listed as
/// 三十吨 about, the words unseen32 gives 差不多一吨 (96.5/66.5/70.3/52.2 then).
#[test]
fn unseen33_articles() {
    held_out_set("unseen33", 10);
}

/// A thirty-fourth held-out set (tests/fixtures/unseen34), written blind for
/// issue 11 like unseen2 to unseen33, on topics and forms the others leave
/// out: a new-energy car plant's first vehicle in Fuzhou, Jiangxi, in a
/// Xinhua dateline piece (15万辆 in the headline and the body, 总投资, 约1800亩,
/// 万平方米, 2025年3月 started, 台 of robots, 公里 of range, 16万元至19万元, 明年3月
/// and 2027年 planned, 超过300亿元, 约6000人, 1800余人, 件, 23家 come to settle,
/// 40%以上, 万千瓦 and 约…万千瓦时 of rooftop solar, 三成左右, then the city's 家,
/// 亿元 and 同比), a county's flood losses and relief funds in Suizhong in a
/// bulletin with a table of towns (毫米, 个, 万人, 万亩 with a 其中 part, 间, 公里,
/// 座, 亿元, then 人, 万亩 and 万元 by town in rows split by ｜, 救灾资金 from the
/// county, the city and the province with their sum, 每户补助, 顶, 张, 床, 箱, 吨,
/// 台套, 件, 约…万元 of payouts, 9月底 and 11月底 planned), Renshou county's
/// first-half fiscal account in a WeChat post (23.6亿元 in the headline and the
/// body, 同比 line by line with 下降, 完成年度预算的, 占比 with 个百分点, 万人次,
/// 转移支付资金, 债券资金 with a 其中 part, 突破45亿元 and 不低于5% as goals),
/// Shizuishan's air-quality days (天 in the headline and the body, 9.1% twice,
/// 个百分点, 减少 and 增加 in days, rates by district, 台, 万户, 辆, 家, 约…亿元,
/// 100%, 92%以上, 人次, 家次, 起, 万元, 80%以上 as a goal; the concentrations in
/// 微克/立方米 are a measure seedkb has no unit for), Xiangtan's live-pig prices
/// and slaughter (每公斤…元 with 环比 and 同比 falls, 左右 and 约 on costs and
/// losses a head, 个, 家, 万头 with 环比 and 同比, 104.5% of the normal stock,
/// 吨, and a price range 14.5元至15.5元 expected), the patents and high-tech
/// enterprises of the East Lake high-tech zone in a CNS dateline piece (超8.6万件
/// in the headline, 7126家 in both, 件 per 10,000 people, 余家, 超过四成, 亿元, 约占
/// …的四成, 家 of incubators, 超过1.1万家, 约…万人, and 2027年 with two 突破 goals),
/// the Lanzhou marathon's runners and spending (3.5万名 and 约3.8亿元 in the
/// headline and the body, 6月7日, 个 of provinces and countries, runners by race,
/// 突破15.6万人, 约22%, shares with 个百分点, 42.195公里, 个, 名, 台, 辆, 万元 of
/// prizes, 约…万人次, a runner's 5名 and 2000元左右, 120余家, 不超过30%, a metro
/// line's 万人次), a rural commercial bank's inclusive loans in Shouguang (突破200
/// 亿元 in the headline, balances and rises 较年初 with 增速 that is no 同比, a gap
/// of 4.8个百分点 over all loans, 万户 and 户, a rate 4.56% down 0.38个百分点, 约
/// …万元 of fees waived, a loan product's 单户最高可贷100万元, 余个, 支, 个, a
/// farmer's 30万元, 两个 and 8万元左右, 突破30亿元 as a goal), Hong Kong
/// airport's October traffic in traditional characters (萬人次 and 按年升 in the
/// headline and the body, 按年 that is no 同比, 萬架次, 萬公噸, 約兩成, shares,
/// 十月二日, 4,730萬人次 with a thousands comma, 逾120家, 約200個, a design capacity
/// a year, 約5,700萬人次 and 約490萬公噸 expected, 十一月 planned, 個 and 約800名)
/// and a township head's Q&A on tea in Gande, Anxi, in spoken numbers (一千二 in
/// the headline and the body, 五万二千多亩, 一成左右, 一百三四十块, 两三百块, 三万四左右,
/// 二十来亩, 十七八万, 四百多家, 三千来吨, 百分之四十几, 六七百个, 一百五十多个, 去年
/// started, 一万八千亩, 每亩…三百块, 明年 twice with 八千亩 and 突破四十亿, 一千一百多家,
/// 十二家, 三家, 两千三百来万, 三十多公里, 百分之七八, then the town's 约1.35万吨 and
/// 36.8亿元). Like unseen33's, its gold lists the dates of events and plans,
/// not datelines, a bulletin's or a post's own date, nor the dates that only
/// say when or as of when figures were counted (今年1至11月, 上半年, 截至11月末,
/// a month's 11月份, a forecast's 12月份, the storm's 8月3日至4日), and no
/// thresholds (年出栏500头以上, 过亿元), ratios (6.4∶1), times (7时30分),
/// durations (三天, 提前两天), counts of kinds that name a scheme (三个项目) or
/// names (1号线, 三跑道系統). Measured blind at its merge (extractor of main
/// f6994fc), of 320 values: found 98.1%, subject 83.1%, attribute 65.9%, both
/// 55.0% (found/subject/attribute/both by article: Fuzhou
/// 100.0/60.0/86.7/56.7, Suizhong 100.0/89.7/41.0/33.3, Renshou
/// 100.0/94.4/88.9/86.1, Shizuishan 100.0/96.6/65.5/65.5, Xiangtan
/// 100.0/70.4/63.0/37.0, East Lake 100.0/90.3/67.7/61.3, Lanzhou
/// 100.0/85.3/58.8/50.0, Shouguang 100.0/90.0/66.7/60.0, Hong Kong
/// 100.0/71.4/68.6/45.7, Gande 79.3/79.3/55.2/55.2).
#[test]
fn unseen34_articles() {
    held_out_set("unseen34", 10);
}

/// A thirty-fifth held-out set (tests/fixtures/unseen35), written blind for
/// issue 11 like unseen2 to unseen34, on topics and forms the others leave
/// out: a pumped-storage station's first unit in Chongqing in a Xinhua
/// dateline piece (140万千瓦 in the headline and the body, 台 of units, 总投资,
/// 2020年12月 started, 约…亿千瓦时 a year, 米 of head, 万立方米 of reservoir and
/// excavation, 2000多名, 3000余人, 约…万吨 saved, 约100万户, 2027年6月 planned, then
/// the grid's peak load with 同比 and 2030年 with 600万千瓦以上 as a goal), a
/// county's VAT credit refunds in Zouping in a tax bureau's bulletin with a
/// table of industries (18.6亿元 in the headline and the body, 户 and 家, 同比,
/// 占, 个百分点, rows split by ｜ with bare counts, 亿元 from the header and 增长
/// or 下降 without 同比, a firm's 今年8月 refund, 条 of lines, 约…亿元 expected,
/// 2022年 started), a vocational college's enrolment and placements in Tongren
/// (6180名 and 93.7% in the headline and the body, 9月18日至19日, 个 of provinces
/// and majors, 人 admitted, registered and placed, 报到率, 个百分点, 元 of pay
/// and its rise, a graduate's 30多个 and 4500元左右, 人次, 约…万元 of loans,
/// 2028年 with 1.8万人左右 as a goal), Yangzhou's new-home sales and land
/// auctions (套 with 环比 and 同比, 万平方米, 元 a square metre, 套 by district,
/// 约…万套 of stock, 11月28日, 宗, 约186亩, 轮 of bids, 溢价率, 元 of floor
/// price, 50% and 不超过3万元 of a subsidy, 户), Xilingol's grassland
/// fire-prevention season in a WeChat post (9月15日 to 12月15日, 亿亩, 公里, 支
/// and 人 of teams, 余人, 台, 辆, 座, 个, 约…万亩, 米, 万元 with 同比, 万户次, 起 of
/// fires, 约…亩, a reward of 500元至2000元; its figures say 我盟 and 全盟), a
/// logistics park's parcels and trucks in Kashgar in a CNS dateline piece
/// (1.86亿件 in the headline and the body, 约…辆次 a day, 约2800亩, 家, 个, 条, 万件
/// a day, 万吨, a cooperative's 380多吨 and 一倍, 列 of trains, 突破210万件, 超过六成, 2027年底
/// planned with 万平方米), a state depot's purchase of mid- and late-season
/// rice at the minimum price in Jianli (个 of depots three times, 10月20日 and
/// 2027年1月31日, 元 per 50公斤 and per 斤, a grower's moisture and yield in %,
/// 万斤 sold for 3.7万多元, 亩 and 斤左右 a 亩, 万吨 of storage and a day's intake,
/// 台套, 户, 亿元 paid, a market price 1.30元至1.36元, 约…万亩 and 约28亿斤), inbound
/// tourism and its receipts in Taiwan in traditional characters (萬人次 with 年增
/// that is no 同比, 2019年 as a base, 新臺幣…億元 with a thousands comma, 美元 a
/// day, 萬人次 by market, 逾三成, 個百分點, 家, 明年 with 突破1,000萬人次 as a goal,
/// 約780萬人次 expected), a fisherman's Q&A in Nan'ao in spoken numbers
/// (三四百斤 in the headline and the body, 八月十六号, 十一二趟, 七八千斤, 二十五六块,
/// 三四块, 四五块钱, 五六万, 两万出头, 百分之三四十, 九个人, 一万二左右, 百分之七八十, 前年,
/// 三十六米, 三百八十多万, 一百来万, 两百来条, 五月一号到八月十六号, 三千来块,
/// 一百二三十吨, 两三成, then the county's 约1.26万吨 with 同比, 艘 and 约1.1万人) and
/// a listed company's announcement of a major contract (5.86亿元 three times,
/// 约占…营业收入的23.4% twice, 2026年11月30日 signed, 不含税, 注册资本 in 万元 with
/// thousands commas, three years' 亿元, 台, 套, 个, payment shares in %, delivery
/// 2027年3月至2027年10月, 营业收入, 在手订单 较年初). Like unseen34's, its gold
/// lists the dates of events and plans, not datelines, a bulletin's or a
/// post's own date, nor the dates that only say when or as of when figures
/// were counted (今年1至10月, 截至8月31日, 11月份, 2025年 of last year's fires),
/// and no thresholds (144平方米以上), durations, counts of years that say a
/// span (最近三个会计年度) or names (1号机组, GZ312地块, 2026级). Measured blind at
/// its merge (extractor of main 7ba6abe), of 274 values: found 90.9%, subject
/// 65.0%, attribute 46.0%, both 35.8% (found/subject/attribute/both by
/// article: Chongqing 100.0/68.0/56.0/44.0, Zouping 66.7/51.5/42.4/27.3,
/// Tongren 100.0/100.0/63.6/63.6, Yangzhou 100.0/87.5/53.1/46.9, Xilingol
/// 91.3/0.0/39.1/0.0, Kashgar 100.0/100.0/52.0/52.0, Jianli
/// 100.0/74.1/48.1/44.4, Taiwan 96.0/12.0/28.0/0.0, Nan'ao
/// 62.1/55.2/31.0/31.0, Hengyue 100.0/86.4/40.9/36.4); with three gold
/// errors fixed after it (the words 今年8月 and 四五块钱, and 一倍 left out), of
/// 275 values: 91.6/65.8/46.2/36.0.
#[test]
fn unseen35_articles() {
    held_out_set("unseen35", 10);
}

/// A thirty-sixth held-out set (tests/fixtures/unseen36), written blind for
/// issue 11 like unseen2 to unseen35, on topics and forms the others leave
/// out: Qingdao's subway over the New Year holiday in a Xinhua dateline piece
/// (万乘次 and 人次, 日均, 同比 and 较平日 约三成, 列次 and 列 of trains, 条 of
/// lines, 座 of stations, 约…公里 and 突破…公里 ahead, 余台, 兑现率 and 正点率,
/// 2025年 with 亿乘次 and 比上年), Dangshan's pear harvest and its online sales
/// in a WeChat post (超过…万吨 in the headline, 万亩左右 and 约…万亩, 以上,
/// 万单 and 超过…万单, 翻了一番, a box of 斤, prices per 斤 as 元至元 and 元到元,
/// 左右, 座 and 万吨 of cold storage, 亿元 of brand value, 场 and 人次 of
/// training), Hong Kong's border crossings over Christmas in traditional
/// characters (逾 and 約…萬人次 by control point, 按年, 逾八成 and 超過九成,
/// 架次 of vehicles, 港元 spent, 名 of staff, 條 of e-道), a village secretary's
/// spoken account of an apple harvest in Jingning (三百来户, 四千五百多亩,
/// 五六千斤, 一万吨出头, 三块出头, 两三毛, 万把块钱, 两块来钱, 二三十个,
/// 三千七百来万, 百分之二十来, 去年 and 明年, 一成 as a goal), Shangrao's
/// public kindergarten programme in an education bureau's notice with a table
/// of districts (个 of projects and 学位, 亿元 planned and completed, 占 three
/// shares in one sentence, 个百分点, bare counts split by ｜, 名, 人次, 所,
/// 每生每年…元, 12月底 and 2027年3月 planned, the notice's date), Baoding's 12345
/// hotline in a CNS piece (万件 by channel and kind, 办结率 and 满意率,
/// 个百分点, 约…件 a day, 个 of seats, 余人, 以上, 万人次, 约…亿元 of wages
/// recovered, 余条, 约…次), Guiyang's pension contributions for the
/// self-employed in a Q&A (2026年度, a wage base with 60% and 300%, 每月 floor
/// and ceiling, 20% and 8%, 2.62% of interest, monthly and yearly sums,
/// 12月25日 as a deadline, 三分之二, 2025年 with 万名 and 万元, 万人 and its
/// rise), a listed maker's third-quarter report with a table in 万元 (亿元 of
/// revenue and profits with 同比, the quarter in the title and the body, rows
/// of 万元 with thousands commas, 元/股 of earnings per share, 亿平方米,
/// 约92%, 毛利率 and 个百分点, 较上年度末, 户 of shareholders, the report's
/// date), Zhongning's goji harvest, prices and exports (万亩, 约…万吨 fresh and
/// dried, 五茬, 3万多人, 元到元 of wages, 每公斤 prices with 左右 and 至,
/// 六成左右, 一盒30袋, 超过…万盒, 大类, 40多个, 突破…亿元, 2028年 with 万亩
/// as a goal), and Hainan's new-energy vehicles and charging piles at a press
/// conference (突破百万辆 and 超过…万个 in the headline, 12月1日, 约20个百分点
/// above the country, 万辆 by kind, 万个 public and private, 余座, 100% and
/// 87% of coverage, 亿千瓦时, 千瓦 of power, 最高…万元, 2030年 with 以上 as a
/// goal). 288 values, measured blind on main 20f67cc: found/entity/attribute/
/// both 88.2/64.6/55.6/43.8 (by article: Qingdao 65.5/58.6/44.8/37.9,
/// Dangshan 100.0/37.0/63.0/29.6, Hong Kong 100.0/15.4/50.0/11.5, Jingning
/// 64.3/17.9/28.6/10.7, Shangrao 100.0/97.5/67.5/65.0, Baoding
/// 100.0/100.0/36.0/36.0, Guiyang 94.7/94.7/52.6/52.6, Hualing
/// 76.3/76.3/57.9/57.9, Zhongning 89.3/57.1/60.7/42.9, Hainan
/// 96.4/82.1/85.7/78.6).
#[test]
fn unseen36_articles() {
    held_out_set("unseen36", 10);
}

/// A thirty-seventh held-out set (tests/fixtures/unseen37), written blind
/// for issue 11 like unseen2 to unseen36, on topics and forms the others
/// leave out: Hebei's foreign trade over eleven months from the customs
/// district, with a table of the last three months in 亿元 (同比 and 环比,
/// 个百分点 above the country, shares of trade by kind and owner, 万家 and
/// 家 of traders, 万吨 and 每吨 of steel and ore, declines), Huai'an's blood
/// centre in a WeChat post (万人次 and 万单位, 超过…吨 and 约…吨, 个治疗量,
/// 近四成, 名 and 万人 of marrow donors, 个, 辆 and 余场, 人次 per thousand
/// people, 家 of hospitals), Duchang's drought relief on Poyang Lake in a
/// Xinhua dateline piece (毫米 of rain, 六成以上 short, 米 of water level,
/// 万亩 hit by crop, 约…万人, 两三百斤 a mu, 座, 公里, 台, 万立方米, 眼 of
/// wells, 处, 万余人次, 万元 from the county and the province), Changling's
/// cattle and sheep in a livestock centre's bulletin with a table of
/// townships (存栏 and 出栏 in 万头 and 万只, 同比 up and down, 个 of farms,
/// 万平方米 of barns, 万立方米 of silage pits, 万亩 of silage maize, 亿元 and a
/// share of output, 万户, a price per 公斤 and its fall, 突破…万头 as a goal,
/// the bulletin's date), Macao's water use in a quarter in traditional
/// characters (萬立方米 with thousands commas, 按年, 約 and 逾九成, 萬戶 and
/// 戶, 公里, 億澳門元, a price per 立方米, 個百分點, 首三季), a bag maker's
/// spoken account in Baigou (七八十个, 一百一二, 一千二百来平, 三四千个,
/// 九十来万个, 一百万出头, 三成多, 四五十块, 一成上下, 一成半, 六七千, 四千出头,
/// 三百来块, 十来台, 八九万, 两成 and 四成 as goals), a listed maker's share
/// buyback plan (不低于 and 不超过 in 万元 with commas, 元/股, 约…万股 and their
/// shares of the 万股 in issue, 票 of the board's vote, 亿元 of assets, ratios
/// of the cap to assets, the nine months' revenue and profit, two dates), a
/// university's graduates in a Q&A (人 by kind, 去向落实率 and 个百分点,
/// shares by trade, 约占, 元 of monthly pay and its rise, 场, 家 and 万个 of
/// posts, 6.6:1, 每人 of a subsidy, 100%), a wind farm's year in a CNS piece
/// (突破…亿千瓦时 in the headline, 亿千瓦时 against a plan, 万千瓦 and 千瓦,
/// 台, 以上, 约四成 less, 名, 个, 余项, 约…万吨 of coal and CO2 saved, 近三成),
/// and Yanji's heating season in a feature with a worker (座, 个 and 多户 of
/// his district, 一万多步, 万平方米 heated and added, 约…万户, 万吨 of coal,
/// 公斤 of coal a square metre and its fall, 万元, 公里, 室温达标率 and 个百分点,
/// 件 of calls, 约两成 fewer, 户 and 元 of subsidy, a price per 平方米).
/// 327 values, measured blind on main ed25d4e: found/entity/attribute/both
/// 84.4/57.2/57.8/41.0 (by article: Hebei 76.0/76.0/72.0/72.0, Huai'an
/// 83.9/77.4/35.5/35.5, Duchang 100.0/76.0/56.0/44.0, Changling
/// 90.5/78.6/61.9/52.4, Macao 84.6/0.0/64.1/0.0, Baigou 54.8/0.0/16.1/0.0,
/// Hengrui 82.1/82.1/64.3/64.3, Hulunbuir 93.1/93.1/65.5/65.5, Muling
/// 96.2/7.7/73.1/7.7, Yanji 92.3/80.8/61.5/57.7).
#[test]
fn unseen37_articles() {
    held_out_set("unseen37", 10);
}

/// A thirty-eighth held-out set (tests/fixtures/unseen38), written blind
/// for issue 11 like unseen2 to unseen37, on topics and forms the others
/// leave out: a high-speed line's first month in a Xinhua dateline piece
/// (包银高铁惠农至包头段: 万人次 in the headline and the body, 列 of trains, 日均约,
/// a peak day, a design speed in 公里, 座 with a 其中 part, 超过了七成, trains a
/// day before and after a timetable change, 增长1.4倍, 余人次, 约…亿元), Fujian's
/// monthly CPI and PPI from the statistics bureau with a table of categories
/// (同比, 环比, 个百分点, 比上年同期, 约…个百分点 of a pull, falls, cells under 环比
/// and 同比 headers, 余个), a county's minimum living allowance raise in a
/// WeChat post (元 per person per month and year, 折合, 1.3倍 as a floor, 分别
/// over three care levels, 万户 and 万人 with 其中, 约…万元, 1月1日 of next
/// year), stock enhancement and the fishing ban in Tianjin in a CNS piece
/// (亿单位, 亿尾, 亿只, 万尾, 万空方, 2%至3%, 约5元 per 元, 5月1日至9月1日, 余人次,
/// 航次, 余张, 艘, 约18%, 600吨左右), a fire detachment's eleven months in a
/// press conference's questions and answers (起 in four parts, 万人次, 万辆次,
/// deaths and injuries, 万元 of loss with falls, 约占三成, 栋, a goal with 力争
/// and 以上), a listed maker's convertible bond plan (不超过人民币…亿元, 面值, 总投资
/// and 拟投入 by project, a share under a 30% cap, the nine months' accounts,
/// 票 of the board's vote), dengue fever in Tainan in traditional characters
/// (例 by district, 逾四成 twice, 2萬8,600人次 and 1萬4,200戶次, 逾12萬個,
/// 新臺幣…萬元 and 億元, 約新臺幣…元, 2023年 with 逾2萬例), a village party
/// secretary's spoken account of the collective's black fungus income
/// (三十来万 three times, 四百来户, 十二三万, 小两百人, 三百出头, 一百二到一百五,
/// 三四千块钱, 两万来袋, 二十一二万, 八九万, 两成多, 一百来块, 突破四十万,
/// 五十来吨, 四成左右, 一百五六十万, 三五块), rural school meals in Zhaojue in a
/// feature with a canteen cook (5元, 1元 and 6元 per pupil per day, 所, 万人,
/// 约…万元 with a 其中 part, 万吨, 万余户, 不少于125克, 3.2厘米, 14.6% to 6.1%, 名,
/// 多个, a monthly pay), and a ski season's first month in Jilin city with a
/// table of three resorts (万人次 and 同比 cells, 亿元, 家, 条, 约…公里,
/// 个百分点, 约…元, 余项, 万张, 班次, 余人, 超过…万人次 expected). 296 values;
/// blind on main 9dac10c: found/subject/attribute/both 86.1/64.5/44.9/35.5
/// (by article: Baoyin 92.9/60.7/75.0/50.0, Fujian 75.6/64.4/37.8/26.7,
/// Jianping 89.3/0.0/17.9/0.0, Tianjin 76.9/46.2/38.5/23.1, Jiujiang
/// 97.1/97.1/48.6/48.6, Kaixin 91.7/83.3/70.8/62.5, Tainan 84.4/71.9/21.9/21.9,
/// Jinmi 62.5/50.0/29.2/20.8, Zhaojue 95.2/57.1/47.6/33.3, Jilin
/// 97.0/97.0/66.7/66.7).
#[test]
fn unseen38_articles() {
    held_out_set("unseen38", 10);
}

/// A thirty-ninth held-out set (tests/fixtures/unseen39), written blind for
/// issue 11 like unseen2 to unseen38, on topics and forms the others leave
/// out: a port's November in a Xinhua dateline piece (营口港: 万标箱 with 同比
/// and 环比, 万吨 and 亿吨, 突破…万标箱 expected, 三成以上, 列 with 比去年同期多,
/// 余吨, 台套, 支 and 余人), a tea grower's year in 英德 with spoken figures (五六千,
/// 十二亩, 六千多斤, 一斤十八块左右, 四十出头, 七八块钱, 九千来斤, 将近两万块) and a
/// co-operative's 万斤, 万元 and 户均…多元, Macau's hotels in November in
/// traditional characters (入住率 and 個百分點 with 按年, 萬間, 萬人次 by origin,
/// 1,452.3萬人次, 1,682澳門元, 約百元), a provincial grid's winter peak in a WeChat
/// post (江西电网: 万千瓦 with 较去年, 亿千瓦时, 分别, 3650万千瓦左右), a city's
/// resident medical insurance in a press conference's questions and answers
/// (丽水: reimbursement rates and thresholds 由…提高到 and 降至, 封顶线, 不低于,
/// 60%至80%), a museum's year in a CNS piece (三星堆博物馆: 万人次, 余件（套）,
/// 约…平方米, 约三成, 约…万张), a province's reservoir storage bulletin with a
/// table whose caption gives two units (河南: 亿立方米, 水位 in 米, a change
/// column), live-streamed navel orange sales in 秭归 (万单, 三千来单, 万斤, 万余场,
/// 突破…万件, 由4.2元降到3.5元), a city's winter heating and gas supply in a list
/// of tasks (张掖: 万平方米, 两成 twice, 兆瓦, 万立方米以上), and a waterbird census
/// on 东洞庭湖 (只, 种, 十来只, 公顷). 284 values; blind on main ceef18d:
/// found/subject/attribute/both 90.8/80.3/57.7/52.5 (by article: Yingkou
/// 96.8/96.8/80.6/80.6, Yingde 92.9/92.9/64.3/64.3, Macau 89.7/89.7/64.1/64.1,
/// Jiangxi 100.0/62.5/58.3/41.7, Lishui 90.0/86.7/33.3/30.0, Sanxingdui
/// 96.3/96.3/63.0/63.0, Henan 50.0/50.0/30.0/30.0, Zigui 100.0/85.2/66.7/59.3,
/// Zhangye 100.0/83.3/75.0/62.5, Dongting 100.0/50.0/41.7/20.8).
#[test]
fn unseen39_articles() {
    held_out_set("unseen39", 10);
}

/// A fortieth held-out set (tests/fixtures/unseen40), written blind for
/// issue 11 like unseen2 to unseen39, on topics and forms the others leave
/// out: the Three Gorges plant's year in a Xinhua dateline piece (亿千瓦时 with
/// 突破 and 同比, 亿立方米 with 偏多约%, a level in 米 twice, the cascade's 万千瓦,
/// 约…万吨 and 亿吨 of coal and CO2, 台, 明年4月底 planned, 今年前11个月 of locks),
/// Taiwan's October unemployment in traditional characters (失業率 with 個百分點
/// 較上月 and 按年, 1,162.4萬人, 4萬6,215元, 約六成五), a city's fishing-ban
/// enforcement bulletin with a table of cases by county (安庆: 起, 张, 艘, 万元, a
/// 同比 column with minus signs), a tsaoko grower in 贡山 speaking in numerals
/// (三四千斤, 八十多亩, 两万三千来斤, 六块五, 十五万出头, 一万二, 两块多钱, 四五万) with a
/// drying plant's and the county's figures (日烘干 300吨以上), an airport's
/// winter-spring schedule in a press conference's questions and answers
/// (石家庄: 班 a week, 个 of cities, 万人次, 万架次, 由每周4班加密至每周7班, 力争…85%以上),
/// a highland barley harvest in a WeChat post (山南: 万亩, 亩产 in 公斤, 约380万斤,
/// 万台（套）, 3.2元至3.5元), Hainan's winter vegetables shipped north in a CNS
/// piece (日均超过…万吨, 分别 with three prices, 比上月上涨约15%, 日预冷), a county's
/// labour-export report (固始: 外出务工 万人 with a split, 劳务收入 约…亿元, 人均,
/// 超过省定目标任务…万人, 约六成), the ninth import expo's close (进博会: 亿美元 with
/// 比上届下降, 约占六成, 约…万平方米, 3.6万余件, 2027年11月5日至10日), and a county's
/// year in numbers as bullets led by their figure (榕江 村超: 支, 场, 亿次, 万张).
/// 305 values; blind on main 8a483d4: found/subject/attribute/both
/// 95.4/54.8/61.0/36.4 (by article: Yichang 100.0/28.6/75.0/28.6, Taiwan
/// 92.5/0.0/60.0/0.0, Anqing 84.4/84.4/50.0/50.0, Gongshan 95.8/20.8/58.3/16.7,
/// Shijiazhuang 88.9/66.7/66.7/50.0, Shannan 100.0/88.5/73.1/61.5, Hainan
/// 100.0/65.2/52.2/39.1, Gushi 100.0/81.8/60.6/51.5, CIIE 100.0/74.1/55.6/44.4,
/// Rongjiang 97.2/50.0/58.3/30.6).
#[test]
fn unseen40_articles() {
    held_out_set("unseen40", 10);
}

/// A forty-first held-out set (tests/fixtures/unseen41), written blind for
/// issue 11 like unseen2 to unseen40, on topics and forms the others leave
/// out: a county government work report's review of the year (沭阳: the
/// year's figures with 同比 once and bare 增长 after it, 分别达到 and 分别增长
/// over two incomes, 其中 with 占比 and 个百分点, 突破 and 七成, 新增 firms and
/// their total, 亿元以上 as a threshold, 左右 and 力争…突破 as next year's
/// goals), a listed company's announcement of an investment (锦泓新材: 不超过
/// …亿元 and 不超过人民币…万元 with thousands commas, 其中 parts, 年产…亿平方米, 票
/// of the board's vote, a share of net assets, 约…亩, 2027年1月 and 2028年底
/// planned, a code and a number in the header), a county's snow-disaster
/// loss and relief bulletin in numbered items (称多: 15至25厘米, 户 and 人, 紧急
/// 转移安置, 头（只） with 其中 parts, 约…万亩, 座 and 间, 万元 with 其中, funds from
/// the county and the prefecture with their 合计, 顶, 床, 台, 截至 with an
/// hour), Hong Kong's October retail sales in traditional characters (億元
/// of the place's own dollar, 按年 and 按月 that are no 同比 nor 环比, 下跌,
/// 首十個月 with a thousands comma, 分別 over two kinds, 網上銷售 with 佔 and
/// 個百分點, 逾…萬人次, dates in Chinese numerals), a city's weekly vegetable
/// price-monitoring bulletin with a table split by ｜ (乌鲁木齐: 每公斤…元, 环比
/// and 同比, 种, cells of this and last week's prices and a 环比 column with a
/// minus sign, 万吨 of reserves, 15%以上), an intermediate court's work report
/// (漳州: 万件 received and closed with 同比分别上升, rates with 个百分点, 件 per
/// judge, 人 sentenced, 亿元 of amounts, 余万元 of wages, a goal with 以上), a
/// green hydrogen project in Uxin Banner in a Xinhua dateline piece (万吨 a
/// year in the headline and the body, 万千瓦 of wind and solar with their
/// sum, 标准立方米 an hour, 约…亿千瓦时, 台, 公里, 约…亿元, 户均, a worker's
/// 多名, the banner's 同比 and 突破 goal), the close of Shenzhen's reading
/// month in a CNS piece (余场 and 超过…万人次 in the headline and the body,
/// 码洋 约…亿元, 万册次, 个 new and in total, a bookshop owner's 三成左右,
/// 五六十位, 一百二十多人 and 两千来位), a homestay owner's spoken answers in
/// Shuhe (十二间, 四百来块 and 两百出头 a night, 七成多, 九成, 六十来万, 三成多,
/// 四千五, 十一二万, 百分之十五左右, 两三个点, 十七八家, 五百多, 前年, 去年 and 明年,
/// then the town's figures in digits), and a housing provident fund's year
/// as bullets led by their figure (绵阳: 亿元 paid in, withdrawn and lent,
/// 比上年 and 同比分别, 万笔, 户, 个贷率 with 个百分点, 0.12‰, caps 由…提高至, 约…亿元
/// of interest saved).
/// 351 values; blind on main fc81f5a: found/subject/attribute/both
/// 90.0/56.7/53.6/37.9 (by article: Chenduo 90.3/3.2/35.5/0.0, Hong Kong
/// 89.5/68.4/81.6/60.5, Jinhong 95.7/95.7/73.9/73.9, Mianyang
/// 100.0/90.2/48.8/46.3, Shenzhen 100.0/7.1/53.6/3.6, Shuhe
/// 70.6/11.8/38.2/11.8, Shuyang 93.9/93.9/73.5/73.5, Urumqi
/// 67.5/62.5/42.5/42.5, Uxin 96.9/18.8/56.2/18.8, Zhangzhou
/// 100.0/85.7/28.6/28.6); 90.6/57.3/54.1/38.5 after three gold fixes
/// against the text (two `in` contexts that ran past their sentence, a
/// cell's minus sign).
#[test]
fn unseen41_articles() {
    held_out_set("unseen41", 10);
}

/// A forty-second held-out set (tests/fixtures/unseen42), written blind for
/// issue 11 like unseen2 to unseen41, on topics and forms the others leave
/// out: a Taiwan ministry's typhoon farm-loss and relief release in
/// traditional characters (逾新臺幣…億元 in the headline, 億 and 萬 mixed with
/// thousands commas as in 12億3,460萬元 and 2萬1,380公頃, 公頃 as area, 約 and
/// 近八成, losses by county and by crop with 分別, 其中 of poultry in 3萬2千隻, a
/// farmer's 公頃 and 少說10萬元, 個 of counties and townships, relief per
/// hectare, 最高…萬元 and a loan's rate, 截至 with an hour), the agriculture
/// section of Gansu's statistics communiqué (万亩 with 比上年增加 and bare
/// 减少 and 增加, 其中 parts, 万吨 by crop and meat each with a bare 增长 or 下降
/// after one 比上年, 万头 and 万只, 万千瓦, 个百分点, 元 of rural income), Yulin's
/// investment signing in a WeChat post with a numbered list of projects
/// (亿元 in the headline and the body, 其中 by sector with a share, counts by
/// size band, 一半以上, 约…亿元 of output, 亩, 万吨 and 万头 a year, 个 of jobs, 张,
/// the year's 同比 and 个百分点, 2027年底, 明年 with 力争…以上 and 不少于), a
/// village shareholding cooperative's dividend in Meitan (万元 in the headline
/// and the body, 比上年多发, 其中 income, a surplus split 70%, 15%, 10% and
/// 其余5%, 万股 with 每股, a shareholder's 五口人 and 6亩, 户均, 5800余亩,
/// 2019年3月, 突破 and 超过 goals), Guyuan's county medical communities in a
/// local paper (91.2% in the headline and the body, 个百分点, 家 and 个 with
/// 其中, 人次 referred with 同比减少约15%, 例 by kind, 台次, a cost per stay
/// with 同比下降, 签约率 twice, beds per thousand, 超过七成, 2027年 with 以上),
/// Jiamusi's flood-season bulletin in items 一是…四是 (a span in brackets,
/// 毫米 with 偏多, a station's level and its excess in 米, 座, 公里, 亿立方米 with
/// 其中, 约35%, 支, 处, 人 with 其中, 万条, 台（套）, 万元 with 其中, 万亩, 六成以上,
/// 11月底 and 明年 as deadlines), Linyi's postal bulletin with a table of
/// counties (亿件 and 亿元 with 同比, shares with 分别, a peak day, 累计, cells of
/// 万件 from the caption and a growth column with a minus sign, 截至11月底),
/// sand control in Tongliao in a CNS piece (逾…万亩 in the headline, 超额…%,
/// 其中 by kind, 超过, 公里 new and in total, 宽约200米, a ranger's 3800多亩 and
/// 92%以上, 万千瓦, 由2020年的…提高到, 减少约, 2030年 with 力争), a county's
/// bid-award notice with a table of lots (人民币…万元, 家 of bidders, cells of
/// 元 with thousands commas and two decimals, 下浮率, 约…万元 saved, 公里, 块
/// and 处 by lot, a completion date), and a bridge and expressway opening
/// in a Xinhua dateline piece (a bare 10日, 米 with 约, 2022年9月 开工, 余名,
/// 根, 座, a lorry driver's 两座, 三百来块 and 一百多块, 个 of counties twice,
/// 2027年底 with 突破, 超过…万亩, 约…亿元). Like unseen41's, its gold lists the
/// dates of events, plans and spans reported and 截至 dates, not datelines
/// nor a notice's own date, and no durations (工期 日历天, 2个多小时), speeds
/// (每小时80公里), ranks, codes, item numbers or names with numbers (“双11”,
/// 500强, “三北”).
#[test]
fn unseen42_articles() {
    held_out_set("unseen42", 10);
}

/// A forty-third held-out set (tests/fixtures/unseen43), written blind for
/// issue 11 like unseen2 to unseen42, on topics and forms the others leave
/// out, and longer (925 to 1447 non-whitespace characters, four over 1400):
/// Macao's visitor spending in a quarter in traditional characters (億元 of
/// the place's dollar declared once by （澳門元，下同） then bare 元 with
/// thousands commas, 按年 and 按季, per-head spending by kind, market and
/// item with 其中 and 分別, 約佔, 約六成, 逾八成 with 個百分點, 1萬2,480名,
/// 首三季 with 累計), Yibin's first half from the statistics bureau in
/// paragraphs led by their theme (亿元 with 同比 once and bare 增长 after it,
/// 个百分点 against a quarter and the province, 当月 and 环比, 吉瓦时 and 万千升,
/// 比上年同期多, 完成年度计划的, 环比分别 over two months, 约占…六成, 6月末 with
/// 比年初增加, 万标箱, a ratio 由…缩小至, goals with 左右 and 力争…以上), a
/// high-tech zone's year in a work report in numbered parts (株洲: 预计全年 and
/// 1—11月 figures, 亿美元, a cluster's 突破 and 较上年增加约, firms named in
/// full and by 以下简称, 年产能 in 万只 and 吉瓦时, 架次, 家 new and in total,
/// counts above thresholds, planned vs completed investment with a rate,
/// 以内 and 以上), a district's new school places in a WeChat post with a
/// list led by ◆ (南海: 万个 in the headline and the body, 其中 by stage, 个班,
/// 约…万人 and 分别比去年增加约…和…, 累计 and 超额完成 a goal, 由2023年的…提高到,
/// 650元至880元, 约四成 lower, 超过三成), a new-energy vehicle plant's
/// millionth car in a Xinhua dateline piece (芜湖: 突破…万辆 three times, a
/// bare 3日, 年产能 and 日均…辆左右, 1至11月 with 累计, 一级 suppliers, a rate
/// 由…不足30%提高到, 今年3月 开工 and 2027年10月 planned, the city's 前三季度
/// with 接近三成), a city's wheat procurement at the minimum price in a local
/// paper with subheads (周口: 超…亿斤 in the headline, 斤 and 公斤 read as
/// tonnes, 近四分之一 and 约为十分之一 as fractions, 万亩 with 比上年增加, 亩产,
/// a price 每斤…元 with a grade gap said twice, a grower's 两万四千多块钱,
/// 三百八十来亩, 一千零二十斤左右, 差不多三十九万斤, 三分钱, 一万块钱出头),
/// a rural tourism village in a feature with three speakers in spoken
/// numerals (松阳云溪村: 十八万人次 and 大概十八万人次, 二十几辆, 一百三十来户,
/// 四百出头, 不到一百个, 二三十栋, 七八千, 将近三百张, 六十来万 and 一千六百多万
/// with no 元, 三千五, 两千八, 七八万块钱, 五六百 and 七百多 a night, 六成多,
/// 两百七八十人, then the county's figures in digits), a city's old
/// residential area renovation notice with planned against done (包头:
/// 开工率 and 完工率, per district paragraphs repeating one pattern, 公里 of
/// four kinds of pipe, 万樘, funds by source with a 拨付率, 三分之二以上, 前完成
/// deadlines, 明年 with 左右), a county audit bureau's report on the budget
/// (砚山: 问题资金 with 其中, amounts to be paid back said again as paid back,
/// 为预算的 shares with a bare 增长 or 下降, sample checks in 个, 户, 家 and
/// 人次, 审减 with 审减率, a state firm by 以下简称 with a debt ratio, 截至
/// 2025年底, 2025年末 and 今年7月底, goals with 以上, 不少于 and 以内), and a
/// charity federation's notice of flood relief donations (梅州: 万元 with two
/// decimals, a list of donors with amounts after a full-width space,
/// 港币…万元 折合人民币, 1,628家, goods by kind in 万箱, 万桶, 万床 and 艘, shares
/// with 其余, 每户400元至1000元不等, 约…万头（只）, three 截至 dates). Like
/// unseen42's, its gold lists the dates of events, plans and spans reported,
/// 截至 dates and a notice's own date, not durations (约6年, 3小时左右, 十五年的
/// 合同), intervals (每54秒), ages, ordinals (第100万辆, 第三期), thresholds that
/// qualify a count (超过10亿元的企业, 50万元以上, 低于80%), codes or names with
/// numbers (“6·18”, “五一”, 第二人民医院).
#[test]
fn unseen43_articles() {
    held_out_set("unseen43", 10);
}

/// A forty-fourth held-out set (tests/fixtures/unseen44), written blind for
/// issue 11 like unseen2 to unseen43, on topics and forms the others leave
/// out, and long (1079 to 1532 non-whitespace characters, five over 1400):
/// a reservoir and irrigation district in Longhui in a Xinhua dateline piece
/// (万亩 three times, 约98米, 亿立方米, 2023年10月 开工 with 2027年底 and 2028年6月
/// planned, 约…亿元 with 其中 and 其余, 为年度计划的%, 截至11月底 with 累计 and
/// 占, new and improved 万亩 summing to the total, 约…亿立方米 with 其中, 约…万
/// 千瓦时, 2022年's drought with 其中, a farmer's 四五百斤 a 亩, 户 and 人 moved,
/// 不少于0.5亩, coefficients 由0.48提高到0.62以上, 2030年 with 超过), a Taiwan
/// county's budget passed on third reading in traditional characters (新臺幣
/// once then bare 億元, 412億3,860萬元 with 億 and 萬 mixed, ROC years 116年度
/// and 115年度, a bare 5日, 增幅 and 降幅約 with no 同比 words, 占 by
/// department, 約占…四成二, 個百分點, 由新臺幣2萬元提高到3萬元, 截至今年10月底,
/// 約1萬4,000元 a head, 100億元以下 as a goal), a city medical insurance
/// bureau's annual bulletin (赣州: 万人 insured with 其中 and 同比 up and down,
/// a table split by ｜ with its unit in the caption and a 合计 row repeating
/// the prose, a growth gap in 个百分点, 万人次 with 次均…元, two reimbursement
/// rates with 分别, 家 and 万元 with thousands commas, 起, 种 and 类, 截至2025年
/// 12月31日 and 2025年底, a deadline and the bulletin's date), Hanfu sales over
/// “双十一” in Caoxian in a WeChat post with ▍ subheads (亿元 in the headline
/// and with 突破 in the body, a span 10月20日至11月11日, 万单, 翻了一番, a shop
/// owner's 三十来万件, 11号, 二十六七万件, 一成五左右, 一百六七十块 and 七百来万 with
/// no 元, 近一半 and 约占…七成, 超过…万件 in a subhead and the body, 最高…万元
/// twice, 三分之一以上, 2027年 with 力争突破), a city hospital's year in
/// figures as bullets led by their figure (天水: each figure in its ▶ line
/// and again in its sentence, 1—11月, 万人次, 张 and 台 with 占 and 个百分点,
/// 元 per stay with 同比下降, 例 with 其中, a patient's 一百多公里 and
/// 三四百块钱, 篇, 分别 over two rates, a new campus with 2024年5月 开工 and
/// 2027年9月 planned), a city metro's year in a CNS dateline piece (徐州:
/// 突破…亿乘次 in the headline and the body, 过半, a peak day, four lines'
/// 万乘次 with 分别 under names with numbers, a commuter's 一千二三 and
/// 一百五六十块, 列次 from 1,486 to 1,612, a score 95.6分, 座 said twice of a
/// line under construction, 约占四成, 2028年 goals), a tax bureau's press
/// conference on tax and fee cuts in questions and answers (昆山: 前10个月 and
/// 六成 in the headline, 1—10月 five times, 亿元 by policy with 万户, the total
/// said three times, 户均约…万元, a firm by 以下简称 and its finance director's
/// 一千三百多万, 两条, 八十来个 and 两三趟, 万笔, 约三成, a 1% rate, 超过100亿元
/// expected), a city's talent recruitment in a feature with three speakers
/// (遵义: 万名 in the headline and the body, a PhD's 二十万, 一百来平 and
/// 三百出头, 最高…万元 twice, 分别 over two monthly sums, an HR director's
/// 三十七个, 差不多一倍 and 十二万到十五万, 场, 约占四成, a farm technician's
/// 六百来户, 两千多公里 and 一千二百多亩, 2028年 with 以上), a listed coal
/// miner's monthly operating data announcement (晋北煤业: a table whose row
/// labels give 万吨 and 亿千瓦时 and whose 同比变动 cells carry minus signs,
/// 元/吨 with 环比 and 同比, 约为72%, 12月上旬 with 720元左右, a death rate of 0,
/// a mine by 以下简称 核增 由每年600万吨至每年800万吨, 万吨/年, 11月 and 1—11月
/// said bare several times, 2027年度 contracts with 较2026年度增加, the
/// announcement's date), and a village party secretary's interview on the
/// Xin'an river's ecological compensation (歙县: 36元 a 亩 in the headline,
/// 一万三千多亩, 九千来亩, 三十六块 from 三十块, 三十二三万, 四百二十来户, 五六万,
/// 2017年前后, 两万出头, 三四百个, 二三十块, 两百八到三百五, 五十来万, then the
/// county's rates 由每亩每年30元提高到36元, an index 0.83 against 0.95, 各1亿元
/// for two provinces, falls 较2020年减少, 2028年 with 85%以上). Like unseen43's,
/// its gold lists the dates of events, plans and spans reported, 截至 dates
/// and a bulletin's or an announcement's own date, not datelines nor a post's
/// own date, and no durations (约两个月, 3个工作日以内, 0.5天), intervals (3分50秒),
/// ages (34岁, 65周岁以上), grades (Ⅱ类, 5500大卡, A级, 二级及以上), thresholds
/// that qualify a count (超过1000万元的网店), codes, ordinals or names with
/// numbers (1号线, “十五五”, 第一人民医院, 601987, 2026-078).
#[test]
fn unseen44_articles() {
    held_out_set("unseen44", 10);
}

/// A forty-fifth held-out set (tests/fixtures/unseen45), written blind for
/// issue 11 like unseen2 to unseen44, on topics and forms the others leave
/// out, and long (1012 to 1453 non-whitespace characters, five over 1400):
/// a port's monthly production bulletin (钦州港: 2316万吨 in the headline, the
/// body and a ｜ table's 合计 row, 突破90万标箱 twice, 同比 beside 环比, 1—11月
/// with 完成年度目标的%, 2025年全年 exceeded, three bulk cargoes with 其中 and a
/// 下降, a table whose caption gives 万吨、万标箱 and whose 同比 columns are bare
/// numbers, 条 with 其中, 列, 比10月增加, 艘次, an agent's 由每周9班增加到每周14班,
/// 约 a day and a record day, 2027年6月底前 planned, 力争突破), a rice harvest in
/// a Xinhua dateline piece (庆安: 超1300斤 per 亩 in the headline against 1312斤
/// in the body, 亿斤 with 比上年增加 and a bare 增长, corn and soybeans with 分别
/// over areas and yields, a farmer's 三百二十亩, 差不多一千三百五十斤, 六十来斤,
/// 一块六毛五 and 八百多块, 2021年以来, a gap in 个百分点 against the province,
/// 万台（套） with 其中, two harvest dates, an insurance per 亩, a cooperative's
/// 户均分红, 0.05元至0.1元, 截至 with 近五成 and 其中, a mill's 400吨左右 a day),
/// a county's live-pig figures in a WeChat post with 【】 subheads led by their
/// figure (三台: 出栏, 存栏 and 能繁母猪 against its 正常保有量, a goal's 完成率,
/// 环比 and 同比 with 下降, 比6月末增加, three towns with 分别 and their 三成左右,
/// 屠宰 at 3家, prices 每公斤 against 8月, a farmer's 一千二百头上下, 八十来头,
/// 两千五六百头, 七块三左右, 二百四五十斤 and 百把块, 176万头左右 expected, a range
/// of sows as a goal), a city's batch of special-purpose bonds (湖州: three
/// tranches with coupon rates, 约 a weighted rate with 低约…个百分点, a numbered
/// list of five uses with 亿元 and 个 summing to the total, 其中 a capital part,
/// six districts' shares, 截至 with 累计, a spending rate with a gap, a hospital's
/// 六成多 to 九成左右 and 三百来人 to 五百多人, 12月底前 with 70%以上), Macao's
/// airport in traditional characters (逾八百萬人次 and 一成二 in the headline,
/// dates in Chinese numerals, 按年 and 按月 rates, 架次 with 其中, three places
/// with 分別 whose first two numbers carry 萬 without 人次, 兆瓦 and 千瓦時,
/// 億澳門元 then bare 億元, a capacity 由…提升至, 2027年第四季, a traveller's
/// 四百蚊左右, a span across the year's end), a city's last land auction of the
/// year in a property media piece (合肥: 宗, 约…亩, 起始总价 against 成交总价 with
/// 溢价率, plots by code with 容积率, floor prices 每平方米…元 and …元/平方米, 轮
/// said twice, 不得高于每平方米3.15万元, 8%至10%, 最高限价, an agent's 三万出头,
/// 三万一五, 四五千 and 一两千块, 比上年减少约11%, 比今年减少约一成), a marathon
/// organiser's interview in spoken numerals (兰州马拉松, 兰马: 三万人 four times,
/// 十二万七千多人, 两成三左右, 差不多占到四成五, 百分之九十七点六, 将近一个百分点,
/// 差不多二十八公里, 两千六七, 三亿八千万 and 六千来万 with no 元, 九成二, 一倍还多,
/// 两千多碗 against 七八百碗, 六千万上下 with 其中, 从一百二十辆增加到两百辆, then the
/// reporter's note in digits with 同比 and 比上月同期), a city's elderly-care year
/// as bullets led by their figure (威海: each ▶ figure again in its paragraph,
/// 2.86万张 three times, beds per thousand, 不低于65%, 补助最高3000元, monthly
/// subsidies per person, 由每人每月100元提高到150元, an occupancy rate 由上年的
/// 61.9%提高到78.4%, 2,800元到4,600元, three shares with 分别, an old man's
/// 八块钱, 三块 and 十来块), a university's graduate employment report (长江大学:
/// rates against counts summing to the total, 个百分点 against the last cohort,
/// 其中 parts, shares by province and wages by major with 分别, 比上届增加了近两百人,
/// a recruiter's 七千到九千 and 多招一倍, a graduate's 三十二个人, 七千出头 and
/// 十来万, goals with 以上 and 不少于), and a prefecture's drought relief bulletin
/// (楚雄州: its own date, 毫米 with 偏少62.4%, 截至 with an hour, 万公顷 with 其中 by
/// grade and 分别 by crop, 万头（只）, 比4月1日分别增加, 亿立方米 with a bare 下降, a
/// ｜ table with its units in the caption, funds with 其中, 辆次, 眼 and 口, 次 and
/// 枚, a village official's 八吨, 七八趟, 两万来方, 十二块 and 三块钱, a forecast
/// 三至五成, 5月底前 with 150处). Like unseen44's, its gold lists the dates of
/// events, plans and spans reported, 截至 dates and a bulletin's or a report's
/// own date, not a post's own date, and no durations (10年期, 约2个小时, 六个小时,
/// 连续两年), ages (60周岁及以上, 72岁), temperatures (1.3℃), grades (Ⅲ级,
/// 小（二）型, “白金标”), thresholds that qualify a count (年出栏500头以上,
/// 低于80%), cohorts (2026届), codes, ordinals or names with numbers (BH202629号,
/// 第七批次, 第6期, 地铁3号线, “三支一扶”), nor periods in words (今年, 明年,
/// 首十一個月, 前三季度). Gold fixes in round 50, to the words older sets
/// give the same forms: 差不多 before a value bounds it about outside its
/// words (四成五, 二十八公里, 兩萬五千人, 一千三百五十斤, as unseen32's 一吨),
/// a deadline's 前 stays outside its date (5月底, 12月底, 2027年6月底, as the
/// convention above and the older sets' deadlines but unseen23's 年底前 say)
/// and 每周 outside a count of runs (9班, 14班, as unseen40's 4班 and 7班).
#[test]
fn unseen45_articles() {
    held_out_set("unseen45", 10);
}

/// A forty-sixth held-out set (tests/fixtures/unseen46), written blind for
/// issue 11 like unseen2 to unseen45, on topics and forms the others leave
/// out: a city's National Day holiday tourism in a WeChat post with 【】
/// subheads (黄山市: 超520万人次 and 11.3% in the headline against the body's
/// figures, 同比 beside 较2019年同期 twice, 人均花费 with 比去年同期增加约15元,
/// scenic spots with 其中, 日均约 and a record day, 分别 over two heritage
/// villages and two counties' room rates 每晚, 九成以上, a station's and an
/// airport's counts, 约…万辆次 with 近六成, 超1800万元, a B&B owner's 四百八,
/// 一百多块 and 差不多四万块, a shop's 两百来锭 and 三成左右, 家次, a goal with
/// 力争突破), a city's old residential compound renovation in a housing bureau's
/// bulletin (株洲市: its own date, 个, 栋, 万户 and 约…亿元 planned, 截至 twice
/// with one day, 开工率 and 完工率 against counts, a ｜ table whose caption
/// gives its units 个、户、亿元 with seven rows summing to the totals, a gap of
/// 29个百分点, 公里 of three pipes, 其中 chargers, 部 of lifts planned, done,
/// under way and one district's, 20万元 per lift, 由46.5%提高到88.7%, a survey
/// with 分别, funds by source, 12月底前 and 12月31日前, 2027年 with 约3.1万户), a
/// city's electricity consumption in a paper's dateline piece (东莞: 前10个月
/// three times, 亿千瓦时 with 同比, 环比下降, four sectors summing to the total,
/// 约四分之一, 分别 over rates of growth and of decline, a record load in 万千瓦
/// with 比去年最高负荷增加, 截至10月底 twice, 比去年底增加 of solar capacity, a
/// factory manager's 三条线, 六十来万, 将近一成, 两千多千瓦 and 差不多三成, 突破
/// forecasts), Hong Kong's monthly trade release in traditional characters
/// (香港: dates in Chinese numerals with ○, 億港元 with thousands commas, 按年
/// that is no 同比, a deficit and its share, 二○二六年一月至十月 with 合計,
/// rates in brackets (+31.2%) after 其中, 分別 over two destinations, a trader's
/// 兩成左右, 約三百萬港元, 二十幾個櫃 and 差不多一成半, a range 3%至5%),
/// spring tea picking in a feature (都匀市: 每斤涨了三十多元 in the headline
/// against 35元左右, 上百名, prices 每斤…元 and …元/斤, a grower's 十二亩,
/// 两斤左右, 九十多块 and 一万七八, a village secretary's 四百来人, 一百二到一百五
/// and 十来个人, a farm-stay owner's 五六桌 and 三四百块, 美元 exports, 去年3月,
/// goals with 力争, 突破 and 以上), new-energy vehicles and charging piles in
/// questions and answers (柳州市: 突破60万辆 against 61.3万辆 twice, 其中 parts
/// summing to totals, 渗透率 with a gap of 约20个百分点, a ratio 约为3.3比1,
/// 0.9公里左右, 对 of service areas, a price cap and floor per 千瓦时, 七八块钱,
/// 三成多, 最高不超过10万元, 8家 twice with 约…七成, a taxi driver's 三百来公里,
/// 四十多块 and 两千块左右), a district's river dredging in a WeChat post
/// (姜堰区: three levels of rivers with 条, 公里 and 万立方米 summing to the
/// totals, 米 of depth with 约三成, 个百分点 of water quality, a fund with a rate
/// 每公里每年, a cleaner's 四条河, 差不多六公里, 两千六 and 两三船, 11月中旬 and
/// 2027年底 with 60%以上), a county's budget execution report (平邑县:
/// 2026年1—10月 twice and 1—10月 six times, revenue and spending with 其中 parts
/// and 同比 rates of growth and decline, debt under its limit with 其中, 10月末
/// and 截至10月底, a gap of 2.4个百分点, 六成左右 with 约4.5亿元, goals with
/// 确保 and 以上), a city's residents' medical insurance benefits explained
/// under ▶ heads that repeat the body's figures (银川市: 起付线 by grade
/// 由1,200元降至1,000元 twice, 报销比例 90% twice and 由65%提高到70%, 封顶线
/// 由15万元提高到18万元 twice, 60%至80%, 不少于700元, a span 2026年9月1日至
/// 12月31日, 3至5个百分点, a patient's 六万八左右, 四万五千多 and 三千来块), and
/// an expressway widening's progress (吉井高速: 超九成 against 92.8%, 概算 with
/// 累计, 标段 by kind, 座 of bridges with 其中 and tunnels said twice, 约180米
/// with 明年1月中旬, 万辆次 with 约七成, a manager's 两千四百多人,
/// 差不多一千二百米 and 两亿出头, 100% twice, 今年9月, 明年6月底 and 12月底 both
/// of the next year, 由每天3.5万辆提高到8万辆以上). Like unseen45's, its gold
/// lists the dates of events, plans and spans reported, 截至 dates and a
/// bulletin's or a report's own date, and no durations (提前了4天, 二十多年,
/// 1小时40分钟), hours (14时32分, 晚上8点至10点), grades (A级, Ⅲ类, 一级 to 三级
/// hospitals, 一芽一叶, 110千伏), road classes (双向八车道), thresholds that
/// qualify a count (1,000个以上 piles, 2000年底前 built), ordinals, section
/// numbers, a telephone number, names with numbers (V2G, “一公里充电圈”), 一半
/// in words, nor periods in words (今年, 明年, 明年底, 年底前, 去年底, 今冬春).
#[test]
fn unseen46_articles() {
    held_out_set("unseen46", 10);
}

/// A forty-seventh held-out set (tests/fixtures/unseen47), written blind for
/// issue 11 like unseen2 to unseen46, on topics and forms the others leave
/// out: a province's minimum wage raised, in questions and answers (河南: three
/// 档 with 分别 over monthly and hourly standards, each 由…提高到 with its 增幅,
/// 平均 about a rate, a share of the average wage with 个百分点, a norm 40%至60%,
/// counties by 档 with 共 and 合计, 约…万名 with 超过六成, a worker's 两百块 and
/// 两千四, an owner's 十来个人 and 一千五六), Taiwan's monthly export orders in
/// traditional characters (經濟部統計處: 115年10月 as a Republic-era year,
/// 較上月 and 較上年同月, 新臺幣 with 兆 and 億元, a ｜ table of 億美元 with signed
/// rates, 分別 over regions, a survey's shares with 個百分點, 海外生產比 with a
/// fall, forecast ranges 600億至630億美元 and 7.2%至12.6%, a manager's 三成左右,
/// 一成多 and 四十幾個), a county's student nutrition meals in a bulletin (昭觉县:
/// 每生每天 由5元提高到6元 from a date, 所 by kind with 其中, a ｜ table of 所、人、
/// 万元 summing to its 合计 row, funds by level with 分别 and shares, 万人次 and
/// 万份, 厘米 比2021年, 12月15日前, a cook's 七百来份, 三块钱左右 and 一两百斤 as a
/// range, a headteacher's 八成以上 and 两公斤多), a lake's winter fishing in a
/// feature (乌梁素海: 近12万斤 in the headline against 11.6万斤, an auction with
/// 起拍价 and 十余轮, 万斤 beside 吨 of one plan, a festival's span into 明年,
/// prices 每斤…元 and …元/斤, a fisherman's 五六万斤 and 十来万斤, a seller's
/// 两千来斤 and 七块五, 突破 with 同比增长16%以上), a northern city's heating season
/// as a press conference transcript (鞍山市: 亿 and 万平方米 with 其中 by source,
/// 座, 万吨 of coal, 公里 with 其中, a ｜ table of complaints by kind in 件 with
/// shares, 同比下降, a price per 平方米, 户 and 万元 of subsidies, a resident's
/// 两千出头), a wind farm in a wire story with a dateline (民勤: 万千瓦 twice,
/// 台 and 兆瓦, 兆瓦/兆瓦时 of storage, 约 with 亿千瓦时 and 万吨, 亩 with 其中, a
/// province's share and 外送 with 同比, 截至11月底 with 比上年末, an engineer's
/// 一百六十多米 and 两三百台, a herder's 三十来亩, 一万二 and 四万多, a plan to
/// 2027年底), a province's National Day box office as bullets led by their
/// figure (湖南: each ◆ figure again in its paragraph, 10月1日至8日, 同比 beside
/// 比2019年同期, 日均 and 场均, 较去年同期下降 of a price, cities and films with
/// 分别, 上座率 with 个百分点, 家 and 块, vouchers 10元至20元, a manager's
/// 一千二三百人, 九成多, 三千多桶 and 差不多四成, 截至9月30日, 力争突破), a city's
/// waste sorting and incineration in a paper's dateline piece (赣州: 吨/日 of
/// capacity against 吨 a day, 回收利用率 由…提高到, 个 with 其中, 处, 座 and 辆,
/// 千瓦时 per 吨, 万块 of bricks, 亩 saved, 去年9月, a sorter's 两百来户,
/// 三四十斤 and 两千八, a resident's 一百多分 and 十几块钱, 2027年6月底 with
/// 以上), a listed food company's third-quarter results with its briefing
/// (闽江食品: the headline's 营收 and a fall again in the body, 单季 环比, a ｜
/// table by segment with 亿元 and % in its caption and a signed rate, 分别 over
/// costs, a cash flow against last year's 净流出, 万吨 of capacity with a
/// plan in 美元, 每10股派…元 with 合计, 不超过8亿元, a secretary's 两成左右 and
/// 三个多点, an analyst's 一成五上下), and a county's rural drinking water in a
/// WeChat post with numbered heads (洛南县: 普及率 由2020年的…提高到 twice with
/// 个百分点, 座 of plants by size with 其中, 吨 a day, 公里 with 分别, 亿元 by
/// source, a water price with 阶梯 by 立方米 (以内, 10至20立方米, 超过), 万户 with
/// 七成, 处, 眼 and 名, a villager's 两里多路 and 十来块, 二十几名 and 八十来个,
/// 明年3月 and 2027年底 with 以上). Its gold lists the dates of events, plans and
/// spans reported, 截至 dates and a bulletin's or a wire story's own date, and
/// no durations (七八个小时, 约45天, 18个月, 三个月), hours of a service or of a
/// period's length (24小时, 2小时内, 2,680小时左右), ages (58岁, 12岁),
/// temperatures (18℃, 十五六度), grades (一档 to 三档, Ⅳ类, 330千伏), hotline
/// numbers, ordinals, ranks, section numbers (01｜), phases named by number
/// (三期), nor periods in words (前三季度, 第4季, 今年以来, 三季度末).
#[test]
fn unseen47_articles() {
    held_out_set("unseen47", 10);
}

/// A forty-eighth held-out set (tests/fixtures/unseen48), written blind for
/// issue 11 like unseen2 to unseen47, on topics and forms the others leave
/// out: a city's housing provident fund annual report as a bulletin with
/// numbered heads (柳州: 首次突破百亿元 in words in the headline, 家 and 万人 with
/// 分别 over two rates, 累计 and 余额 比上年末, 提取 with 其中 and shares, 万笔
/// and 亿元 with a fall and a rise under one 分别, a rate in ‰, a ｜ table of
/// districts with its units in the caption (亿元、万人) and a 合计 row, a
/// worker's 一个多点 below and 七八千块, 5万人以上 and 2026年12月底 with 前, the
/// year inside the report's name), a prefecture's autumn grain purchase in a
/// wire story with a dateline (绥化: 万吨 with 同比增加 and 左右 of a progress,
/// three grains with 分别 over shares, a minimum price 每斤 and again 每50公斤,
/// 两成多, a grower's 一千三百多斤, 一块三毛一, 两三分钱 and 五百来吨, a price range
/// 每斤2.15元至2.25元, a county said by name with 四成以上, 万台次, a co-op head's
/// 三百多吨 and 六十元上下, 明年4月底 with 前), a province's express parcels as
/// bullets led by their figure (浙江: 超 in the headline, each ■ figure again in
/// its paragraph, 1—11月 three times, 其中 with a fall, a gap 低…个百分点, 比2019年
/// 同期增长约1.6倍, 11月1日至11月11日, cities with 分别 twice and one said with
/// its county in brackets (金华（义乌）) and the county alone, 比上年末, a
/// sorter's 八十多万件, 两三百件, 五百件出头 and 一万二上下, a trader's 近一倍 and
/// 一万来单, 突破 and 超过 of forecasts), a city's year of blood donation in a
/// WeChat post with emoji heads (合肥: the post's date 2026-12-04, 万人次 with
/// 同比, 约 of 吨, each 📌 figure again, 近四成, 万个治疗量, 超过 and 余 of people,
/// 例 with 比去年多 and 累计, a donor's 146次, a student's 六个人有四个, 三千多人次,
/// 13.2万人次以上 and 2027年6月底 with 前), a city's population sample survey in
/// a statistics bureau's bulletin (遵义: a census moment, 2025年末 four times, a
/// sex ratio as a plain number with its fall, ‰ of birth, death and natural
/// growth with falls in 个千分点, age groups with 万人, shares and changes in
/// 个百分点 against 上年末 and against 2020年, 由…上升为 per 10万人, 人 per
/// household, a ｜ table in 万人 with signed changes and a 合计 row, 约为 of
/// 万人, a statistician's 五六千人, 超过22% by 2030年), a city's high-standard
/// farmland in a press conference transcript (德州: 70亿公斤以上, 万亩 with 其中,
/// funds by level with 分别 over shares, 亩均 元 with 比去年提高约, 眼 of wells, a
/// coefficient 由0.64提高到0.67, a share above the province's with 约…个百分点,
/// 10%至20%, 亿斤, a grower's 四十多块, 二十来块 and 一百五六十斤, next year's plan
/// with 左右, 2027年3月 and 10月底, 900万亩以上 by 2030年), a metro line's opening
/// in a feature with quotes (南宁地铁6号线: 超 of 万人次 in the headline against
/// the body's, two days 11月29日、30日 with 分别, 座 with 其中, three 由…增加到 of a
/// network, a fare by distance, an engineer's 一百多号人, 八九米 and 两三米 as
/// ranges and 不超过20毫米, a commuter's 两百来块, a shop's 一百五十碗左右 and
/// 三成上下, 2027年上半年), Macao's monthly gaming revenue in traditional
/// characters (本澳: 逾二百一十億 and 突破二千四百億 in words in the headline,
/// 昨（1日）, 億澳門元 then bare 億元, 按年 and 按月 with a fall, 逾二百億元 as a
/// threshold, 約為 of 萬人次, a forecast 200億至215億元, 間, 張 and 部 with 分別
/// over changes 增加0張 and 減少36張, 接近九成, a researcher's 低咗兩成左右,
/// 最多4%, 六家 concessionaires with 合共 and 逾九成, a shop owner's 三四成 and
/// 兩萬幾蚊), a county-level city's consumer vouchers in questions and answers
/// (瑞金: batches with 分别 over three dates, thresholds with their discounts
/// 满100元减30元, two rounds with 合计 each with its month and 核销率, a leverage
/// 约为1:9.8 said again as 1块钱 and 将近10块钱, 家 with 其中 and 近…个百分点, a
/// shopkeeper's 一百二十多台, 五六十台 and 四五百块, an owner's 三四轮 and
/// 一万出头, 翻了一番, 笔 and 余 of 件, 2027年 with 左右), and a city's month of
/// recovering migrant workers' wages in a paper's dateline piece (南充: the
/// headline's 名 and 万元 again in the body, cases by sector in 件 with 人 and 万元
/// and 分别 over shares, counties with 分别, thresholds 500万元以上 and 30人以上 (no values),
/// a worker's 差不多…四十万, 11月中旬 and 三万六, 比年初增加约, a lawyer's
/// 三十来件, 三五千块 and 二十几万, an inspector's 十二三个 and 一千多公里,
/// 2027年1月31日 with 前). Its gold lists the dates of events, plans and spans
/// reported, 截至 dates and a bulletin's or a wire story's own date, and no
/// durations (约5年半, 4分30秒, 不到20天, 半年多), clock times (10:00, 6点半),
/// ages (0—15岁, 65周岁以上), hotline numbers, ordinals and rounds named by
/// number (第三轮, 前两轮, 连续第三个月), section and table numbers, names with
/// numbers (6号线, “1+4”, “双11”), nor periods in words (首十一個月, 前11个月,
/// 明年春节前).
#[test]
fn unseen48_articles() {
    held_out_set("unseen48", 10);
}

/// A forty-ninth held-out set (tests/fixtures/unseen49), written blind for
/// issue 11 like unseen2 to unseen48, on topics and forms the others leave
/// out: a city's parking spaces in a press conference transcript (昆明: 截至
/// 11月30日, 万个 with 其中 over three kinds, 约为 of 万辆, 比上年末, a shortfall
/// 由约32万个缩小到约24万个, 余 of 个 and 总投资约, a fee schedule with 分别 over two
/// districts, 每月150元至300元, 次 per day 由…提高到, 近四成 of a fall, 万辆次 with
/// 超过, a share with 个百分点 against 去年同期, 万起 with a fall, next year's plan
/// with 以上, 不少于 and 左右, 力争 with 2027年底), a county's laver harvest in a
/// feature with spoken numbers (霞浦: a grower's 六十多亩, 七八块钱, 三百来斤,
/// 一万出头斤, 十三四万块 and 四千多块; three towns with 分别 over 万亩 and 近七成,
/// 截至12月5日, 约三成 of a price's rise, a factory head's 八十吨左右, 两三百个 and
/// 六千多, exports in 万美元 with 同比分别, 二十几家, 近一倍, 3万多人, 力争 with
/// 突破), a county's year of marriage registration in a WeChat post with
/// emoji heads (莒县: the post's date, 对 in the headline again in the body,
/// 1月1日至11月30日, 初婚 and 再婚 with a share, 七倍多, a festival's date in
/// brackets, 二十几对, 十几万 and 三五万块 of bride prices, 1195个 twice of two
/// things, 截至11月底, a rate with 个百分点, 力争 with 以上), a city's water
/// resources bulletin with a ｜ table (阜阳: the bulletin's own date, 毫米 and
/// 亿立方米, 比上年偏少 and 比多年平均偏少, 6—9月 in brackets, coefficients as plain
/// numbers 由0.582提高到0.589, 2025年末 and 比年初, 其中 over uses with shares, 立方米
/// per 万元 with falls, a table in 毫米 and 亿立方米 with its units in the caption
/// and a 合计 row repeating the text's figures), a prefecture's village doctors
/// in a wire story with a dateline (临夏: 余 of 名 in the headline said exactly
/// in the body, 两三千元, 由2600元提高到4200元左右, a doctor's 两千出头, 四千多,
/// 1300多口人 and 一百六七十个, 2024年至2026年, 不低于 of 平方米, 万台（件）, 四成左右, 至少
/// 1名), a city's public bicycles in a Taiwan paper's story in traditional
/// characters (台中: 逾 of 萬人次 in the headline against 3,286萬人次, 昨（7日）,
/// 約新臺幣 億元 and a bare 億元 of the same dollar, 分別 over stations and 約 of
/// 萬 車次, 七成五, 近一倍 after 年增, 公尺 and 公噸, 最高200萬元, 力拚 with 以上), a
/// listed company's announcement of a shareholder's plan to sell (恒岳精工: 股
/// with thousands separators, 不超过 right before 股 and apart from %, a ｜
/// table of holdings with a 合计 row, spans 2026年6月3日至2026年8月28日 and
/// 2027年1月5日至2027年4月4日, 元/股 three times, 约 of 万元), a county supply and
/// marketing cooperative's year in a work report (高唐: 亿元 with 同比 and 预计,
/// 其中 over three sales with 分别 over rates, 亩 由…增加到 with 其中, a range
/// 3%至5%, 是去年的2.4倍, 不到两成, 力争 with 左右 and 以上, 突破, 2027年6月底 with
/// 前), a strait's ferry traffic in a paper's dateline piece (琼州海峡: 超 of
/// 万人次 in the headline, four ports with 分别 in two sentences, 约 of 万总吨,
/// a driver's 十来趟, 七百多块 and 一百块左右, 760元左右 to 不超过680元, a holiday's
/// span 12月31日至明年1月3日 with 同比分别 over 约8%和约12%, 不少于 of 班, 明年6月), and
/// a city's emergency dispatch centre in a news agency's dateline story (包头:
/// 逾 of 万次 and 个 in the headline again in the body, 12月5日 and 5日, 万车次 and
/// 万人次 with 同比, 其中 with 分别 over shares, 由…增加到 twice, a dispatcher's
/// 三百来个, 四百多个 and 五六个, 约 of 台 per 10万人口, 约三成, 一成四左右, 一半以上,
/// 力争 with 超过 and 以上). Its gold lists the dates of events, plans and spans
/// reported, 截至 dates and a bulletin's, a post's or a wire story's own
/// date, and no durations (三百多年, 十几年, 15个交易日, 约2.5小时, 12分钟以内),
/// clock times (17:30), ages (35岁以下), hotline numbers (120, 96120,
/// 0633-6212345), codes of a security or an announcement, ordinals and
/// heads (头水, 首批, 前三站, 一是), classes named by number (Ⅲ类, 一类区域),
/// names with numbers (YouBike 2.0E, “10分钟急救圈”), nor periods in words
/// (前11个月, 今年以来).
#[test]
fn unseen49_articles() {
    held_out_set("unseen49", 10);
}

/// A fiftieth held-out set (tests/fixtures/unseen50), written blind for
/// issue 11 like unseen2 to unseen49, on topics and forms the others leave
/// out: a city's school vision screening in a wire story with a dateline
/// (威海: 万名 and 个百分点 in the headline again in the body, 今年9月至11月, 余 of
/// 名, 其中 over three kinds with 分别 over their rates, a school doctor's 二十来个,
/// 三四个, 六百出头 and 四十多个, 一成多, 以上 of a rate, 1至11月 with 同比, 近六成,
/// 五六百元 and 七八千元, 至少1名, next year's plan with 预计 and 约, 力争 with
/// 2027年底, 1个百分点以上 of a fall and 8%以内), a county's chestnut harvest in a
/// feature with spoken numbers (迁西: 10月中旬, a grower's 三百来棵, 一万多斤, 七块五,
/// 一块钱左右, 五六万块, 一百五 and 八千多, a broker's 二三十吨, 四五百户 and
/// 两千七八百斤, a village's 四千亩出头, 约80万斤 with 近两成, 百十斤 and 二百四五十斤
/// per mu, 万亩 and 万吨 with 同比 and 其中, 20多个, 三成以上, a factory's 5000吨左右,
/// 六七十吨 a day, 三百五六十人, 三千五到四千块, 超亿元 as a threshold, 每亩 of a
/// subsidy, 30公斤以上, 2028年, 力争 with 突破), a city's renewal of old gas pipes in
/// a press conference transcript (太原: 公里 of a plan and 截至11月30日 with 分别
/// over two shares of it, 总投资约 with 其中 over three sources, three batches'
/// 个 with 7月底 and 10月底 (前), 预计 with 12月20日, 三百元上下, 1至11月 with 起 and
/// 同比, a rate 由…降到 with 个百分点, 3.8% inside 103.8%, 二三十次 and 三五次, 约
/// 万台, 余 of 家, 立方米 a day with 约 and 6%左右, 户 with 其中 over two kinds, next
/// year's 约, 以上 and 左右, 两万出头 and 一半以上), a city market regulator's
/// notice on food sampling with a ｜ table (漳州: the notice's date in brackets,
/// 10月1日至11月30日, 批次 with 其中 over passed and failed, 个百分点 against the
/// last period and against 去年同期, three links with 分别 over rates, 批次 per
/// 千人, a table of 批次 and rates with a 合计 row repeating the text's figures, 约
/// 1.6吨, 合计 of 万元, 超过5万元 as a threshold, 明年1月中旬 with 以上), a county's
/// public toilets in a WeChat post with emoji heads (婺源: the post's date, 座 in
/// the headline again in the body, 其中 over new and renovated, three towns with
/// 分别 and 合计 and 三成多, 万元 with 其中 over three sources, 四五十万元,
/// 十几二十万元 and 两千八九, 六千到一万元, 约 of 万人次 with 同比 and 日均, 超过 of a
/// peak day, 近6万人次, a share with 比去年下降, 力争 with 2027年底 and 85%以上), a
/// county's whale-watching season in a Taiwan paper's story in traditional
/// characters (花蓮: 逾18萬 in the headline against 18.6萬人次, 93% against
/// 93.2%, 昨（5日）, 4,126航次, 艘 with 分別 and 其中, 年增約二成三, 近一倍, a captain's
/// 八九十人, 八百 and 四百 of tickets and 三千多塊, a B&B's 兩千五上下 and 三十幾萬,
/// 約六成五, 約新臺幣 億元 and a bare 億元 with 合計近, 約3,200元, 50公尺以上, 最高40萬元,
/// 明年 with 3月下旬, 力拚 with 突破 and 一成以上), a listed company's announcement
/// of a guarantee for its subsidiary (海通泵业: 8,000万元 three times, 以下简称 of
/// two names, a span 2026年12月3日至2027年12月2日, two meetings' dates with 分别,
/// 不超过 of 亿元 with 其中 over two quotas, financial figures in 万元 with
/// thousands separators as of two dates and for 2025年度 and 2026年1—9月, a ｜
/// table of quotas and balances in 万元 (its unit in the caption) with zeros and
/// a 合计 row repeating 4.86亿元), a county bureau's year of geological hazard
/// prevention in a work report (彝良: 处 with 其中 over three kinds, 是去年的1.4倍,
/// 约 of 亿元, 人次, 名 with a month's 600元, 台（套）, 期 with 其中 over two colours,
/// 户 and 人 twice, 户均, 截至11月底, 预计 with 12月底 (前), 顶 and 张, 三成左右, 力争
/// with 两成, 2027年6月底 (前) with 80%以上), a city's ice harvest on the Songhua
/// River in a news agency's dateline story (哈尔滨: 超30万立方米 in the headline
/// again in the body, 12月7日 and 7日, 40厘米左右 and 60厘米以上, 米 of a block,
/// 五六百公斤, 八九千块, 近600名, a worker's 三百多块 and 两万来块钱, 余 of 台 and 辆,
/// 一百五六十元, 12月下旬 (前), 1300余亿元, 超过10亿元, 下调20元, 力争 with 突破1亿人次
/// and 15%左右), and a county's seniors' college term in a local paper's report
/// (德清: 首破1.5万人次 in the headline against 1.52万人次 and 突破 in the body, 所
/// and 个 of a three-level network, 9大类, 余 of 人 and 约 of 人, 约占七成 and
/// 四千多人, 一百二三十个, 四百出头, 100元左右, 约840元 per student, 六成多, a
/// teacher's 四五节 and 一千来个, a rate 由…提高到 with 个百分点, 约两倍, 约占 of
/// 12.9%, 预计 with 2027年9月, 8000人以上, 力争 with 2027年底). Its gold lists the
/// dates of events, plans and spans reported, 截至 dates and a notice's, a
/// post's, an announcement's or a wire story's own date, and no durations
/// (3分钟左右, 二十来天, 三年, 两个多小时), clock times (18:30), ages and age
/// thresholds (6岁, 60岁以上, 60至70岁), temperatures (零下26摄氏度), ratios of
/// places (1:1.5), codes of a security or an announcement, ordinals, rounds
/// and heads (第二十八届, 第一批, 三轮, 一是), classes named by number (二类以上),
/// thresholds (超亿元, 超过5万元, 70%以下, 超过50处), names with numbers, nor
/// periods in words (上一个冰雪季, 这几年).
#[test]
fn unseen50_articles() {
    held_out_set("unseen50", 10);
}

/// A fifty-first held-out set (tests/fixtures/unseen51), written blind for
/// issue 11 like unseen2 to unseen50, on topics and forms the others leave
/// out: a county's crayfish season in a wire story with a dateline (盱眙:
/// 超60亿元 and 十万 in the headline against 62.4亿元 and 近10万户 in the body,
/// 今年4月至6月, 万亩 with 其中 and 占比, 预计 of 万吨, 150公斤左右 and 500公斤以上
/// per mu, 三倍多, a market's 约450吨 a day and 超过700吨, 每斤 with 较去年上涨, a
/// grower's 十一二万块, 二三十斤, 5月中旬, 两三百斤 and 十五万出头, 余 of 家, 上半年
/// with 同比, 超 and 合计约 of a festival, 1至6月, 座 and 新增 of 万吨, a shop's
/// 三四十名 and 翻了一番 and 一万多单, 个百分点, 每亩 of a subsidy, 力争 with 2027年
/// and 突破), a county's beekeepers in a feature with spoken numbers (柞水:
/// 9月下旬, a keeper's 一百三四十箱, 二十几箱, 十来斤 and 十五六斤 a hive,
/// 一千七八百斤, 十三四万, 三五千块钱, a village's 180多户, 六十来户 and 三千箱出头, a
/// co-op's 约4.2万斤 with 将近三成 and 八千多元 per household, 一百出头, 预计 of 吨
/// with 同比, 其中 of 户 with a share, a buyer's 六百多斤, 五六块, 一千斤上下 and
/// 十几家, a plant's 200吨左右, 三十来种, 一百二十人上下 and 三成五, 80% of a
/// premium, 合计 of 万元, 一两成, 约6个百分点, next year's 三四十箱 and 力争 with 突破
/// and 以上), a county's village basketball league in a WeChat post with emoji
/// heads (汝城: the post's date, 支 and 场 in the headline again in the body,
/// 破2亿人次 against 突破2亿人次, 9月27日, 6月中旬, 场 with 其中 and 分别 over two
/// rises, 万人次 with 同比 and 超过, 约 and 超过 of views, 万人次 and 亿元 with 同比, a
/// rate with 个百分点, 约 of 万元 with 近20万元 each, a stall keeper's 七八百碗,
/// 一两百碗 and 四万出头, 三千多斤 and 一千来斤, 余 of 班次, 约 of 万元 with 其中 and
/// 左右, prizes with 分别, 三四百人, 40支以上, 力争 with 突破), a city's dog
/// registration in a press conference transcript (南宁: 截至10月31日, 万只 with
/// 其中 and 同比, 占, 个 with 比去年增加, a share with 个百分点, 1至10月 with 起 and
/// 同比下降, 余 of 起 with 七成多, 3700多只, 剂次, 94%以上 with 约3个百分点, 至少10个,
/// fees 由500元降为200元 and 减免50%, 约1500只, 12月底 (前), 15个百分点左右,
/// 两百多名 and 四五十户, next year's 50个左右, 90%以上, 年底 (前), 约 of 万户 and
/// 10%左右 of a fall), a city agriculture bureau's notice on crop-spraying drones
/// with a ｜ table (绥化: the notice's date at its end, 截至9月30日 twice, 架 with
/// 比去年底增加 and a rise in percent, 万亩次 stored as area, 其中 over three crops
/// with 分别 over their rates, 家 with 比去年增加, 约 of 元 per mu, 超过 of 亿元,
/// 500亩左右 a day and 五六十倍, 约20% and 90%以上 of falls, 起 with 同比减少, a
/// table of nine counties' 架, 万亩次 and rates in the caption's units with a 合计
/// row repeating the text's figures, 单机最高, 每亩次, two counties' rates with
/// 分别, 2027年 with 800架以上 and 力争 with 65%左右), Hong Kong's public swimming
/// pools in a paper's story in traditional characters (康文署: 逾520萬人次 and 一成
/// in the headline against 約526萬 and 約10% in the body, 昨日（9月8日）, 6月1日至
/// 8月31日, 去年同期's 萬人次, three pools with 分別約為, 逾 and 十多個, 元 as the
/// place's dollar, 約 of 萬港元, thousands separators, 截至8月底, 約一成, a
/// lifeguard's 二萬出頭, 約三萬八千元 and 兩三成, 由84.6元上調至92.3元, 近兩成 and
/// 其中約860人, 按年 (a plain rate), 2027年第二季 (前), 約 of 億港元, 力爭 with
/// 一成以下), a listed company's announcement of placing idle raised funds in bank
/// products (恒泰新材: 合计人民币2.5亿元 and 2.5亿元 again, 不超过人民币4亿元 and
/// 4亿元 again, 万张 and 元 of a bond, 万元 with thousands separators and two
/// decimals, 截至2026年11月30日 and 截至同日, two projects and two banks with 分别,
/// a ｜ table in 万元 with a range 1.30%-2.45% and a 合计 row, value and maturity
/// dates with 分别, 约 of 万元, 8,000万元 twice, 单日最高 as the amount), a county
/// disabled persons' federation's year in a work report (霍邱: 万人 with 比上年增加
/// and 其中, 合计 of 万元 with 万人次, two subsidies 由90元、100元提高到100元、110元,
/// 由3000元提高到5000元, 其中 over three kinds of jobs, 余 of 个, 近600人 and 约8000元
/// 人均, 58%左右, medals by 枚, 约5个百分点 below the province, 2027年 with 力争 and
/// 以上, 不少于 and 左右), a city's lantern festival in a local paper's report (自贡:
/// 首破600万人次 in the headline against 612.7万人次 and 突破 in the body, 3月8日
/// next to 记者, 比上届增加约, 组 with 七成以上, 约180米, 两百多名, 余 of 场次, 同比分别,
/// a shop keeper's 两三万块, 八万出头, 四五百斤 and 五六个, a B&B's 一百六七十元,
/// 三百元左右, 接近100% and 翻了一番还多, 超过 of 万人, 30余个, 180亿元左右, 约占…八成
/// with 约12个百分点, 力争 with 以上 and 突破), and a city's ceramics industry in a
/// news agency's dateline story (景德镇: 突破800亿元 and 超6万 in the headline
/// against the body, 12月4日 and 4日, 1至11月 twice, 预计 with 突破, 前11个月, 余 of
/// 家 and 名, 个左右, 超过七成, a potter's 十来平方米, 八百块, 三四百个, 两三百块, 八九万
/// and 十二万出头, 约 of 亿美元, 近五成, 二十来次, 六七千件, 三十多吨, 七成左右 and
/// 三五倍, 30个以上 and 不低于, 力争 with 2027年 and 突破千亿元). Its gold lists the
/// dates of events, plans and spans reported, 截至 dates and a notice's, a
/// post's, an announcement's or a wire story's own date, ratios said as 倍 (as
/// growth), and no durations (50天, 两个多月, 91天至182天, 八個鐘), clock times
/// (三点多, 20:15), ages (58岁, 60歲, 35岁), scores (78:71), codes of a security or
/// an announcement, ordinals and heads (第32届, 第三届, 一是, （一）), ranks (全市
/// 第一), thresholds (6钱以上, 100箱以上, 超过10万亩次), names with numbers (titles'
/// years), frequencies (五六趟), nor periods in words (十年前, 今年以来, 明年暑假).
#[test]
fn unseen51_articles() {
    held_out_set("unseen51", 10);
}

/// A fifty-second held-out set (tests/fixtures/unseen52), written blind for
/// issue 11 like unseen2 to unseen51, on topics and forms the others leave
/// out: a city's large yellow croaker farming in a wire story with a dateline
/// (宁德: 突破150亿元 in the headline again in the body, 12月3日 before 电, 今年1至11月
/// with 同比, 约占…八成, 截至11月底, 万亩 with 其中 and 比去年同期增加, 余 of 户, a
/// farmer's 四五十口, 二十来万尾, 六七万斤, 十八九块, 三十万出头, 四千块左右, 一半 and
/// 两千来块, 超过 of 口, 总投资, a processor's 40多个 and 其中 of 万美元, 前11个月 with
/// 分别 over two rates, 家 with 其中, 较去年同期, 约 of 万吨 with 比去年底增加, a town's
/// 约 of 人次 and 两三百辆, 明年 with 以上, 力争 and 25%左右), a county's electric
/// bicycle trade-in in a WeChat post with emoji heads (鹿邑: the post's date, 破2万辆
/// in the headline against 20386辆, 截至11月25日, 2.6倍 as growth, a shop keeper's
/// 七八十辆, 二三十辆, 五十出头, 五六百块 and 一千来块, a buyer's 今年九月, 三百多块,
/// 五百, 一千九百九, 一千一出头 and 三四十户, 每辆 and 最高 of subsidies, 超过七成, 起
/// with 同比下降 against 去年同期's 起, 余 of 辆, 近一倍, a rate 由…提高到 with 个百分点,
/// 12月31日 as an end, 4000辆左右, 明年 with 力争 and 以上), a city's protection of
/// delivery riders in a press conference transcript (西安: 12月2日, 截至11月30日, 万人
/// with 比去年底增加 and 其中 over three kinds with 分别 over their shares, 件 and a
/// rate, 0.04元左右 per order, 个 with 比年初新增, 其中 with 余 and 接近七成, 超过 of
/// 万人次, 约6800元 a month, 二三十单, two falls in one sentence, a rider's
/// 一万八千多, 三千来块, 四五十单 and 七千出头, 明年 with 力争 and 突破 and 以上), a city
/// weather bureau's bulletin on rain enhancement with a ｜ table (赤峰: 截至11月15日, 次
/// with 同比增加 and 比去年减少, 枚 and 万发 with 分别, 架次, 约 of 亿立方米 and 万平方公里
/// with 62%左右, 今年5月至8月 with 毫米 and 较常年同期偏多, 7月中旬, a range 15%至20%,
/// 2至3厘米, 约 of 万亩 with 其中 over three crops, 个 with 其中 over two kinds, 合计 of
/// 万元 with 其中 and a share, a table of five banners' 次, 枚 and 亿立方米 in the
/// caption's units with a 合计 row repeating the text's figures, 明年 with 以上, 力争
/// with 万平方公里, 目标 with 左右, 12月底 (前), the bulletin's date at its end), a
/// city's mugwort growers in a feature with spoken numbers (南阳: 11月下旬, a
/// grower's 一百二三十亩, 六七百斤 per mu, 三块出头, 两千来块 and 一千二三 per mu,
/// 十四五万, a village's 三百四五十户, 一百来户 and 一千五百亩上下, a co-op's 约90万斤
/// with 两成多 and 六千多元 per household, a returnee's 去年, 八十多亩, 二十几个人 and
/// 六七万, 余 of 家 with 其中, 超过 of 万人, 日烘干 of 吨, 七成左右, a company's 三千多万件,
/// 一亿三四千万, 一半还多, 二十来万单, 一百五六十名 and 四千到六千元, a buyer's
/// 五毛钱左右, 八九块 and 一百来吨, 每亩 of a subsidy, a rate 由…提高到, 明年, 力争 with
/// 左右 and 突破), a county's sugar apple exports in a Taiwanese paper's story in
/// traditional characters (臺東: 突破1.2萬公噸 in the headline again in the body,
/// 昨（1日）, thousands separators, 公頃, 公噸 and 新臺幣 億元 with 分別, 力拚, 約占…
/// 九成五, a grower's 三甲多, 一萬二千多公斤, 七八十塊 and 三四十塊 (元 as the place's
/// dollar), 一百萬出頭, 十來個工人 and 兩千塊左右, 逾三成, 約新臺幣 萬元, 快一倍, 比上月
/// (month on month) and 較去年同期, 下跌, 每公頃 of a subsidy, 逾 of 戶, 明年 with 目標
/// and 以上), a listed company's announcement of a restricted stock grant (科瑞医疗:
/// 苏州科瑞医疗科技股份有限公司, 科瑞医疗, 公司 listed together; the grant date in the
/// summary again as the board's date, 万股 with two decimals in the summary again
/// in the body, 约占…的1.03% (exact: 约占 is not right before the number), 元 of a
/// price, thousands separators, 其中 over the grant and the reserve, a ｜ table of
/// grantees in 万股 with a 合计 row repeating 412.60万股 and 82.52%, 2025年 as the
/// base year, 不低于 targets for three years, 约为每股 of a fair value, 2026年至2029年,
/// 由…增加至 and 由…下降至, the announcement's date), a county archives' year in a
/// work report (剑阁: 万卷 and 万件 with 比上年增加 and 其中, 截至11月底 with 较上年末,
/// 万画幅, a rate 由…提高到 with 个百分点, 八成以上, 合计 of 万元 with 其中, 万人次 with
/// 同比, 万卷次, 余 of 份, 98%以上, 台（套）, 约 of 亿元, 93%左右, 2027年's plan with 以上,
/// 力争, 到2027年底 with 左右, 约 of 万平方米, 总投资 and 明年上半年 as a planned start),
/// a county's guitar industry in a news agency's dateline story (正安: 超600万把 in
/// the headline again in the body, 12月5日 and 5日, 预计 with 超, 其中 of 万把 and
/// 亿美元, 余 of 人 with 其中 and 多, a workshop head's 三百多把, 明年3月, 四百来个,
/// 五六千块 and 七千出头, a tuner's 一百二三十把, 三千来块 and 六千左右, a village's
/// 一百四五十人, 六百多人 and 两百出头 with 去年's 万元 and 突破, 班 a week, 约3元 of a
/// fall, a rate 由…提高到, 两成左右, 分别 over two rates, 明年 with 以上, 力争 with two
/// 突破), and a city's sea burials in a local paper's report (大连: 首破3000人 in
/// the headline against 3126份 and 突破3000人 in the body, 11月28日, 批次, 四个
/// per urn, 每份 of a subsidy, 比去年多约, a rate 由…提高到, a daughter's
/// 五六万, 十几万 and 三千, 艘, 同比增长约三成, 翻了一番, 每户 of a subsidy, 合计 of 万元,
/// 同比下降, 超过四成, 85%左右, 其中 of 万人次, 明年 with 以上, 力争 with 40%, 到2027年底).
/// Its gold lists the dates of events, plans and spans reported, 截至 dates and a
/// notice's, a post's, an announcement's or a wire story's own date, ratios said
/// as 倍 (as growth), and no durations (94小时, 四五年, 十来分钟, 两个月左右, 9年),
/// clock times (18:30), dates more than ten years before (1991年), ages (32岁,
/// 五十岁以上, 六十岁以上), ratios and grades (1:30,
/// 30:1, 每3个人), distances saying where (不到5公里), codes of a security or an
/// announcement, ordinals and heads (第二批, 第三届, 第26批, 一、, （一）, 一是), ranks
/// (首位), hotline numbers (12345), names with numbers, vague amounts (好几倍,
/// 好几百), frequencies (七八趟), nor periods in words (今年以来, 入冬以来, 这几年,
/// 十多年前).
#[test]
fn unseen52_articles() {
    held_out_set("unseen52", 10);
}

/// A fifty-third held-out set (tests/fixtures/unseen53), written blind for
/// issue 11 like unseen2 to unseen52, on topics and forms the others leave
/// out: a county's crystal trade in a wire story with a dateline (东海: 突破400亿元
/// in the headline again in the body, 12月6日 before 电, 今年1至11月 with 同比, 约 of
/// 亿元 with 接近七成, 亿吨以上, 超过 of 万家 with 其中, 余 of 万人, a streamer's 十二三个人,
/// 两三千单, 四十多万, 七八万, 一万出头 and 两三百块, a trader's 一两百块, 三千多万 and
/// 二十来个工人, a carver's 八千多, 五六万, 一百五六十单 and 三成左右 with 比去年, 比去年底
/// 增加, 约 of 万件 a day, 年产能, 明年6月 as a planned start of production, a pass rate with
/// 比上年提高…个百分点, 到2028年 with 突破 and 力争), a county's wire mesh exports in a
/// WeChat post with 【】 heads (安平: 超70亿元 in the headline again in the body against
/// 72.6亿元, 前11个月, 86%左右, 增速高于…个百分点, 余 of 万家, 大类, a factory head's 两百来吨,
/// 明年3月, 三千多万美元 with 翻了一番, 一百七八十个工人, 七千出头, 去年's 一个亿出头 and
/// 一亿三四千万, a trader's 四十来万, 两三千平方米, 三毛五毛 and 二十万上下, 分别 over
/// places, 合计 of 平方米, 约 per enterprise, 其中 with 接近七成, 明年 with 力争 and 突破,
/// 3至5个), a city's fireworks industry in a press conference transcript (浏阳: 12月4日,
/// 约占…六成, 预计 with 突破, 余 of 场 with 比去年增加约两成, 其中 with 分别 over places,
/// 家次, a rate 由…提高到 with 个百分点, 同比下降50%, a worker's 七八百个, 三四台, 一万多个,
/// 四千来块 and 六千出头, 比去年减少, 明年 with 力争 and 以上, 10%左右, 到2028年 with 突破),
/// a city's public resource trading centre's monthly bulletin with a ｜ table (赣州: 同比
/// and 环比 in one sentence, 其中 with 分别 over two shares, 今年1至11月 with 96%左右 of a
/// target, a table of four boards in 宗, 亿元 (the caption's unit) and rates with a 合计
/// row repeating the text's figures, 共, 比上月提高…个百分点, 同比多, 分别 over three
/// districts, 比去年同期下降…个百分点, 截至11月30日 with 比年初新增, 12月20日前 as a
/// deadline, 明年一季度 as a span, the bulletin's date at its end), a town's loquat
/// growers in a feature with spoken numbers (常太镇: a grower's 八十多亩, 一千二三百棵,
/// 一千四五百斤 per mu, 十五六块 and 七八块 a 斤, 六七千块 per mu, 四十来万 with 两成左右,
/// 一百八到两百块, a village's 六百七八十户, 五百来户, 三五万 and 二三十万, 户均约, 七成以上,
/// a processor's 一块五到两块, 每亩 of subsidies twice, 明年 with 以上, 力争 and 突破,
/// 明年4月底), Hong Kong's trams in a local paper's story in traditional characters
/// (香港電車: 18萬人次 in the headline against 約18.2萬人次 and 18萬人次以上, 昨（5日）, 首10個月
/// with 按年上升, 明年第二季, 分別 over two fares, 超過九成, 萬度 with 按年下降, 較去年減少約18%,
/// a driver's 七八轉, 八九轉, 八九十人 and 兩萬出頭, 較去年多近一倍, a tourist's 三百出頭, a
/// share 由…提高至六成, 力爭 with 2029年, 明年上半年), a listed company's announcement of its
/// controlling shareholder's share pledge (嘉禾智能: 浙江嘉禾智能装备股份有限公司, 嘉禾智能,
/// 公司 listed together, thousands separators of 股, 12.35% as two different shares, 合计
/// of two holders, the pledge's start and expiry, a ｜ table with a 合计 row repeating the
/// summary, 本次质押前 and 后, half a year's and a year's pledges due, 截至2026年9月30日 with a
/// debt ratio, 2026年1-9月), a county's veterans affairs bureau in a work report (红安: 人
/// with 其中 over three kinds, 人均约, 余 of 个, 比上年提高…个百分点, 截至11月底 with 96%左右,
/// 其中 over two kinds of 万元, 件次 with 同比下降, 处 with 其中 over two grades, 不足5人,
/// 约三成, 2027年's plan with 力争, 以上, 3500个左右 and 突破, 明年9月底 as a planned end),
/// a county's terraced red rice in a news agency's dateline story (元阳: 超3亿元 in the
/// headline again in the body, 12月6日 before 电 and 6日, 约 of 万公顷, 分别 over three
/// townships' 万亩 with 合计…近一半, 比去年提高 of a price, 30元至60元, a farmer's 九亩多,
/// 六七百斤 per mu, 四块出头, 两万三四, 一倍还多, 三十多只, 一百来斤 and 五六千, 一百二十来户,
/// 四五十户, 亩均约, 5000元以上, 户均约, 约占…三成, 较上年增长约, 到2028年 with 以上 and
/// 突破), and a city's kaluga sturgeon farming in a provincial paper's report (抚远: 首破5亿元
/// in the headline again in the body, 12月2日, 截至11月底 with 比去年同期增加, a threshold 500吨以上 (no value),
/// 比2024年扩大了近四成, a farmer's 九十来个, 三百多吨, 快四百斤, 二十七八块, 一千二百来万,
/// 两千万出头, 三十几个工人 and 五千来块, 30%左右 with 其中 and 分别, 4000元到9000元 per kilogram,
/// a rate 由…提高到 with 个百分点, 较去年增加约一成, 8月's festival with
/// 比上届增长约, 到2028年 with 力争, 明年 with 50%以上).
/// Its gold lists the dates of events, plans and spans reported, 截至 dates and a
/// post's, a bulletin's, an announcement's or a wire story's own date, ratios said as
/// 倍 and 翻了一番 (as growth), and no durations (二十多年, 3个工作日以内, 逾120年,
/// 約1.5分鐘, 三年內, 未来半年内), clock times (08:15), ages (62岁, 五六十岁), codes of a
/// security or an announcement (603871, 2026-068), ordinals and heads (第二十四届,
/// 第六届, 一、, （一）, 一是, 1.), names with numbers (早钟6号, the years of a work
/// report's title and heads), vague amounts (几十块), nor periods in words (十年前,
/// 今年以来, 前几年, 常年, 年内).
#[test]
fn unseen53_articles() {
    held_out_set("unseen53", 10);
}

/// A fifty-fourth held-out set (tests/fixtures/unseen54), written blind for
/// issue 11 like unseen2 to unseen53, on topics and forms the others leave
/// out: a city's lighter exports in a wire story with a dateline (邵东: 突破30亿元 in
/// the headline again in the body, 12月6日 before 电 and 6日, a factory's 十五六万个 a day,
/// 今年1至11月 with 同比, 超过 of 家 with 其中, 逾 of 亿只, 约占…七成, a factory head's
/// 三百四五十人, 一亿二千多万元, 一亿五左右, 快四成, 十八九块 and 20倍 (as growth), a trader's
/// 一百二三十个, 四五十万个, 二十来个 and 五千出头, 今年前11个月 with 分别 over three markets'
/// amounts and rates, 合计 with a share, 余 of 件 with 近一倍, a share 由…提高到 with 个百分点,
/// 明年, 到2028年 with 力争, 突破 and 以上, 翻一番), a county's children's bicycles in a WeChat
/// post with 【】 heads (平乡: 超200亿元 in the headline against 212.6亿元, 增速高于…个百分点,
/// 预计 with 左右, 余 of 家 with 其中, 万辆左右, 余 of 万人 with 七成以上, a factory head's 三五块,
/// 二三十块, 四十来万辆, 一成, 一个多亿, 二百六七十个, 七千上下 and 三百出头, a price 由…降至,
/// 较去年提高…个百分点, 明年 with 力争 and 突破, 20%以上 as a growth target), a city's roxburgh rose industry in a press conference transcript (六盘水:
/// 12月3日, 约占…三成, 其中 over two grades, 4个 counties and 62个 townships, 每公斤 of a floor
/// price with 比去年提高, 最高 of a price, 户均约, 两成多, 120元到150元 a day, 两三百块, 明年
/// with 计划, 到2027年底 with 力争 and 突破, 每亩 of a subsidy, 不超过30%), a city's real estate
/// registration centre's monthly bulletin with a ｜ table (盐城: 2026年11月 in the title and
/// the opening, 同比 and 环比 in one sentence, 其中 with 分别 over three shares, 96%左右 of a
/// target, 截至11月30日 with 比去年同期提高…个百分点, 分别 over two districts, a table of five
/// areas in 件 (the caption's unit) with a 合计 row repeating the text's figures, 低于全市…个
/// 百分点, 12月25日前 as a deadline, 不少于, 明年上半年 as a span, the bulletin's date at its
/// end), a town's writing brush makers in a feature with spoken numbers (文港镇: 一百二三十道,
/// 七八十支, 七八百块, 一万出头 a 斤 with 三四成, 十来个, 两万来支, 四五十万, 三四千, a village's
/// 四百三十来户, 二百来个, 一个多亿 and 三万出头, a pen-holder maker's 一万五六千根, 一毛两毛 and
/// 三百万上下, 约 of 亿支 with 六成左右, a streamer's 今年5月, 六七万支, 两百来万, 翻了一番 and
/// 四千五上下, 每家 of a subsidy), a county's wax apple harvest in a Taiwan
/// paper's story in traditional characters (屏東縣: 逾40億元 in the headline again in the body,
/// 昨（4日）, 公頃 and 公噸 with thousands separators, 八成以上, 分別 over three townships with
/// 合計, 60至90元 a 台斤, a farmer's 三公頃多, 兩萬多公斤 per 公頃, 一百五六十萬, 二三十萬 and
/// 一千八到兩千元, 一成五左右, 分別 over three markets' shares, 新臺幣 before 元 and 萬元 and bare 元 as
/// the New Taiwan dollar, 力拚 2028年 with 突破, 明年6月前), a listed pig farmer's monthly sales
/// announcement (粤旺农牧: full and short names, 万头 with 其中, 环比 and 同比 in one sentence
/// twice, 元/公斤 with 环比下降 and 同比下降, 2026年1-11月 with 累计, a ｜ table of three months,
/// 截至2026年11月30日 with 存栏, 预计 with a range of 万头, 2026年第三季度 as a span, 约为 of a
/// cost and a share, a gap between two rates in 个百分点), a county's meteorological bureau in a
/// work report (克山: 2026年 opening the text, 比上年提高…个百分点 twice, 其中 over two grades of
/// warnings, 余 of 户 and 条, 今年6月至8月 as a span with 毫米 and 较常年同期偏多, 7月23日, 比上年
/// 增加, 2027年's plan with 力争, 以上 and 突破, 明年10月底前, 500人次左右), a county's herb trade
/// in a news agency's dateline story (陇西: 超200亿元 in the headline again in the body, 12月5日
/// before 电 and 5日, 同比分别 over two rates, 四成左右, a trader's 二十来吨, 二十七八块, 三四块,
/// 一千五六百吨 and 八九十万, a grower's 一千来公斤 and 三百多公斤 per mu, 四千上下 and 六万出头,
/// 其中 over three herbs, a processor's 五百五六十人 and 一百来人, 1.6倍 (as growth), 预计2027年6月,
/// 到2030年 with 力争 and 突破), and a county's Sichuan pepper in a city paper's interview with
/// the county head (汉源: 26个 townships of which 22个, 比去年增加约一成, 一百二三十元 and
/// 六七十元 a 斤, 五到八元, a grower's 二十来亩 and 十四五万, 七八万人, 三四十斤, 两块五到三块,
/// 一半左右, 其中 with 三成多, 明年 with 计划, 到2028年 with 力争, 突破 and 以上, 明年8月).
/// Its gold lists the dates of events, plans and spans reported, 截至 dates and a
/// post's, a bulletin's, an announcement's, a report's or a wire story's own date, ratios
/// said as 倍 and 翻一番 (as growth), and no durations (近三年, 四十多年), ages, codes of a
/// security or an announcement (002987, 2026-089), ordinals and heads (二期, 第十届, 一、,
/// （一）, 一是, 1、), the years of a work report's title and heads, names with numbers
/// (双十一), vague amounts (几十块一个), thresholds picking out which
/// enterprises are meant (超亿元, 超10亿元), eras (唐代), frequencies (每月), nor periods in
/// words (今年以来, 前几年, 近三个月, 初冬时节).
#[test]
fn unseen54_articles() {
    held_out_set("unseen54", 10);
}

/// A fifty-fifth held-out set (tests/fixtures/unseen55), written blind for
/// issue 11 like unseen2 to unseen54, on topics and forms the others leave
/// out: a county's xuan paper in a wire story with a dateline (泾县: 突破20亿元 in the
/// headline again in the body, 12月6日 before 电 and 5日, a paper maker's 八九百张 and 年底,
/// 今年1至11月 with 同比, 超过 of 家 with 其中, 近 of 吨, 逾 of 万吨, 分别 over two raw materials with
/// 比上年, a factory head's 一百七八十个, 三千多万元, 四千万左右, 三成多, 两千出头 and 3倍 (as growth),
/// a shop owner's 一万五六千件, 两三百个, 七八个 and 四千来块, 今年前11个月 with 分别 over three sites
/// and 三地合计, 余 of 件 with 近一倍, a share 由…提高到, 明年, 到2028年 with 力争, 突破 and 以上), a
/// county's rattan-and-iron crafts in a WeChat post with 【】 heads (安溪: 超60亿元 in the headline
/// again in the body, the post's date 2026-12-04, 增速高于…个百分点, 约 of 万人 with 七成以上, 上万个,
/// 约占…四成, a factory owner's 两百来个, 五六百人, 二三十块, 八千多万元 and 一个亿出头, a weaver's
/// 三千五上下, 1—10月 three times, 比去年新增, 分别 over three markets with 三者合计, 截至10月底 with
/// 超过, 户均约, 每家最高 of a subsidy), a city's sea pearls in a press conference transcript (北海:
/// 12月3日, 其中 with 分别 over a county and a district, 约 of 吨 with 三成左右, 60元到90元 a gram with
/// 比去年提高约一成五, a grower's 四十来亩, 一百二三十斤, 二十七八万 and 十来万, 每亩 of a subsidy,
/// 最高不超过, 明年6月 with 预计…以上, 预计超过 with 其中 and 近五成), a county's farm machinery
/// subsidies in an agriculture bureau's bulletin with a ｜ table (桦南县: the bulletin's date under
/// its title, 截至11月30日 twice, 比去年同期提高…个百分点, 台（套）, 其中 with 分别 and 合计 with
/// shares, 平均每台 with 左右, a table of four townships in 万元 (the caption's unit) with a 合计
/// row, 其余乡镇合计, 增速低于全县…个百分点 (negative), 约有 of 户, 12月20日前 as a deadline, 明年上半年
/// as a span, 万千瓦, 高出约…个百分点), a town's zisha teapot makers in a feature with spoken numbers
/// (丁蜀镇: 七八十道, 十来把, 三四万, 七八千, 一百来万, 一百三四十万, 两三百块 a 斤, 两千来斤, 四万来人
/// with 其中 七千多人, 八十多个亿, 一半上下, a shop owner's 前年, 一千一二百把, 六百来万 with 比去年
/// 翻了一番, 十二三个, 八千上下, 一百五六十万, 以内 of 万吨, 比上年增加约一成, 突破百亿元), Macao's
/// souvenir shops in a local paper's story in traditional characters (澳門: 逾十萬件 in the headline
/// again as 逾10萬件, 上月 with 按年, 約佔四成五, 昨（5日）, 今年首10個月, thousands separators, a price
/// 由約…升至…左右 in bare 元 (the pataca), 兩成幾, 一億三千萬左右 with 較去年多約一成半,
/// 三百二三十人, 十來個, 一千幾百盒, 六七十蚊, 二十幾萬, 平均每間約, 預計 with 超過 and 突破, 力爭明年,
/// 個百分點), a listed company's announcement on cash management with idle raised funds
/// (鼎澄新材: full and short names, 不超过 of 亿元, 万股 and 每股, 万元 with thousands separators and
/// two decimals, 截至2026年11月30日 twice on one line, a project's 总投资 and 投资进度 with
/// 预计2027年12月, two products' dates, principal, 收益 and 年化收益率, a yield range 1.30%至2.75%,
/// 累计 with 其中 and 同比, 2025年度, 今年前三季度, 约占 of a share), a county fire and rescue
/// brigade's work report (岳池县: 截至11月30日 with 同比下降 (negative), 较上年减少 of 起, 比上年下降
/// …个百分点 (negative), 辆次 and 万人次, 家次 and 处, 比去年增加近一倍, 由…增加到, 五成左右, 约有三成,
/// a plan's 以内, 同比下降10%以上 as a goal, 明年6月底前, 超过, 不少于), a city's strawberry season in
/// a news agency's dateline story (东港: 预计超百亿元 in the headline again in the body, 12月5日
/// before 电 and 5日, 五十来块, 约有 of 万户, a grower's 一亩出头, 七八千斤, 十二三万, 六十多万,
/// 三十来万 and 五六万, a dealer's 两三吨 and 二十七八块, 逾 of 亿株, 比2023年提高约…个百分点, 分别增长
/// over two figures, 分别 over three towns with 三镇合计…以上, 每栋 of a subsidy, 美元以上), and a
/// district's goose down industry in a city paper's report (裕安区: 突破百亿元 in the headline again
/// as 首次突破百亿元大关, 12月4日 beside 记者, 11月当月 with 环比 and 同比 in one sentence, 约占…三成,
/// 三者合计…七成以上, 二百三四十个, 二十来吨, 三四成, 九百多块 with 一成五左右, 一百一二十万 a 吨,
/// 五十来万件, 十七八万件, 一万出头 with 比去年, 出栏 万只 with 比上年增加, 48%左右, 预计2027年9月,
/// 突破 of 亿美元).
/// Its gold lists the dates of events, plans and spans reported, 截至 dates and a
/// post's, a bulletin's, an announcement's, a report's or a wire story's own date, ratios
/// said as 倍 and 翻了一番 (as growth), and no durations (近五年, 七八年, 12个月内, 91天, 四五个小时),
/// ages (五十出头, 28岁), codes of a security or an announcement (301587, 2026-097), ordinals and
/// heads (第三届, 第十二届, 一、, （一）, 一是), the years of a work report's title and heads, names
/// with numbers (双十一, “五进”, “三停”), a telephone number, vague amounts (几十块, 十几道, 十盒八盒),
/// thresholds picking out which things are meant (200马力以上, 超亿元, 投资10亿元以上, 含绒量90%), nor
/// periods in words (今年以来, 十年前, 三年前).
#[test]
fn unseen55_articles() {
    held_out_set("unseen55", 10);
}

/// A fifty-sixth held-out set (tests/fixtures/unseen56), written blind for
/// issue 11 like unseen2 to unseen55, on topics and forms the others leave
/// out: a city's neckties in a wire story with a dateline (嵊州: 突破3亿条 in the headline again
/// in the body, 12月6日 before 电 and 5日, 今年1至11月 with 同比, 余 of 家 with 其中, 约 of 万人, 约 of
/// 亿元 with 比上年, a factory head's 八九千条, 明年2月, 去年's 一百二三十万条, 一百六十万出头,
/// 三千多万元, 四五十块 and 十来块, 新增 and 累计 余 of 台, 约两成, 分别 over two kinds with 同比分别,
/// 分别 over three markets with 三者合计, a shop owner's 近40万米, 三成左右 and 二三十单, 到2028年
/// with 突破, 力争 with 以上, 明年3月 with 超过), a city's wig exports in a WeChat post with 【】
/// heads (许昌: 超百亿元 in the headline again in the body, the post's date 2026-12-03, 120多个,
/// 1—10月 three times, 增速高于…个百分点, 分别 over three districts with 三地合计, 四成以上, 超过 of
/// 万家 with 比去年新增, a factory owner's 七八万顶, 一百来块, 两三千, 三百五六十个, 一个亿出头 and
/// 两成多, a streamer's 三四百单 and 差不多八十块, 每公斤约 with 比去年同期上涨约, 截至10月底, 每个最高
/// 补助, 明年上半年 as a span with 不少于, 到2027年 with 力争 and 突破), a city's leather
/// industry in a press conference transcript (辛集: 12月4日, 其中 with 分别 over three products,
/// 约占…三成, 由…提高到 of 万吨 a day, 比上年提高…个百分点, 同比下降 (negative), 由…整合为, a
/// manager's 十二三万件, 一千五六百块, 前年 as a base with 一成左右, 二百七八十个, 七八千, 一半上下 and
/// 两个多亿, 超过 of 万人次, 近 of 家, 计划, 力争 with 突破, 预计明年5月), a city's ginseng harvest in
/// an agriculture bureau's bulletin with a ｜ table (集安市: the bulletin's date under its title,
/// 截至11月25日 twice, 万亩 and 每亩 with 左右, 比上年减少 (negative), 每公斤 prices with 分别, 合计约
/// with 八成以上, a table of four towns in 亩 and 吨 (the caption's unit) with a 合计 row and a
/// negative rate, 其余乡镇合计约, 8月中旬, 每亩 of a subsidy, 12月15日前, 总投资约 with 预计2027年10月),
/// a town's Suzhou embroidery in a feature with spoken numbers (镇湖街道: 一百来种, 十来幅, 七八十幅,
/// 三四万, 两千出头, 差不多五十万, 四百四五十家 with 近一百家, 一百二三十个, 一千六七百单, 八九千把,
/// 三百来块, 六百万上下, 一成五左右, 五六个, 二十来场, 四五十件, 八百块左右, 过两百万, 十一二万, 人均…约),
/// Kinmen's sorghum liquor in a local paper's story in traditional characters (金門: 逾百億 and
/// 每公斤55元 in the headline, 昨（3日）, 新臺幣 億元, 可望突破, 萬瓶 with thousands separators, 其中…
/// 分別 over two shares, 年增, 約占…四成五, 公頃, 1萬1千公噸, a price 由…提高到 with 漲幅, a grower's
/// 十五六公頃, 一百一二十公噸, 5塊, 五六十萬 and 兩三公頃, a shop owner's 兩三百瓶, 三四百元到上千元,
/// 兩成幾, 十月份 and 一百八十來萬, 入境 人次, 總投資約, 年產能由…增加至 of 公秉), a listed motorcycle
/// maker's announcement of its monthly production and sales (渝川机电: a ｜ table of three kinds in
/// 辆 with thousands separators and a 合计 row, 同比 and 环比下降 (negative) in one sentence, 其中
/// of exports with a share, 2026年1-11月 with 万辆 and 约 of 亿美元, 分别 over three markets, 截至
/// 2026年11月30日, 预计 with 不低于, a plant's 投产 date, 设计年产能 and 总投资约 of 万美元), a county
/// rubber service centre's work report (琼中: 2026年 opening the text, 截至11月30日 with 其中 and 比上年
/// 增加, 户均约, 投保率 with 个百分点, 其中 of a share, 余 of 万户 with 户均获赔约, 比去年多了近一倍,
/// 约三成, 新建 and 累计, 每亩 of a subsidy, 6月至9月 as a span, 约有两成, 七成左右, a plan's 以上, 不低于,
/// 力争突破, 明年6月底前, 不少于), a city's raisin trade in a television news transcript (吐鲁番: 超800吨
/// in the headline and 超过800吨 in the body, the broadcast date, 1100多吨, 分别比去年同期增长, a
/// dealer's 七八百吨, 二十七八块, 三四块 and 三十出头, 约占六成, 比上年新增 of 座, 年加工能力约, a
/// grower's 二十来亩, 十一二吨, 两吨左右, 二十二三块, 二十六七万 and 十来万, 人均增收 with 以上), and a
/// town's woodblock New Year prints in a city paper's report (杨柳青镇: 逾60万幅 in the headline again
/// in the body, 12月5日 beside 记者, 比上年增加约一成, 近 of 人 with 其中, 多种, a shop owner's
/// 一百五六十张, 一千出头, 二三十块, 四万来张, 一百二十来万, 三成上下 and 七八个人, a master's 十来个,
/// 三四百张, 一百七八十张 and 五六千, 12月1日至4日 as a span, 12月20日 as a planned start with 明年2月,
/// 预计 with 逾, 力争 with 突破). Each article also carries plain figures in digits (家, 个, 座,
/// 项, 公里, 平方米, 万人次, 亿元 with 同比) so that most of the set's values are checked against
/// their words.
/// Its gold lists the dates of events, plans and spans reported, 截至 dates and a
/// post's, a bulletin's, an announcement's, a report's, a broadcast's or a wire story's own date,
/// ratios said as 倍 and 近一倍 (as growth), and no durations (两个多月, 二十多年, 四五个小时),
/// ages (五十出头, 四年生, 45岁以上), codes of a security or an announcement (603869, 2026-071),
/// ordinals and heads (第二期, 一期, 二期, 一、, （一）, 一是, 1、), the years of a work report's
/// title and heads, names with numbers (90后, 58度), a telephone number, vague amounts (几十台),
/// thresholds picking out which things are meant (超10亿元, 50亩以上, 一米见方), the rates of
/// figures (一天, 一公斤, 每场), nor periods in words (进入11月以来, 三年前, 这个月).
#[test]
fn unseen56_articles() {
    held_out_set("unseen56", 10);
}

/// A fifty-seventh held-out set (tests/fixtures/unseen57), written blind for
/// issue 11 like unseen2 to unseen56, on topics and forms the others leave
/// out: a county's steel tape measures in a wire story with a dateline (虞城县: 突破16亿只 in the
/// headline again in the body, 12月6日 before 电 and 4日, 今年1至11月 with 同比, 余 of 家 with 其中,
/// 今年前11个月 with 亿美元 and a share, a factory head's 七八万把, 明年3月, 去年's 一千四五百万把,
/// 一千八百万出头, 一个多亿, 两块多 and 三四块, 新上 and 累计 余 of 条, 减少约四成, 分别 over two products
/// and over three markets with 三者合计, a shop owner's 近3600吨, 两成左右 and 十来车, 到2028年 with
/// 突破, 力争 with 以上, 明年4月 with 超过), a county's wooden toy exports in a WeChat post with 【】
/// heads (云和县: the post's date 2026-12-04, 1—11月 twice, three markets with 三地合计, 增速高于…个
/// 百分点, 余 of 户 with 户均…约, a factory owner's 三成以上, 两三万套, 一百五六十个, 九千万出头 and 明年's
/// 一个亿, a streamer's 四五百单, 差不多六十块 and 一千来单, 截至11月底, 每家最高补助, 比上年提高…个百分点,
/// 新设 of 家, 明年 with 不少于, 到2028年 with 力争突破), a county's beef industry in a press
/// conference transcript (平遥县: 12月3日, 其中 of 销售收入, 比上年增加 of 家, 约占…四成, 截至11月底 with
/// 存栏 and 出栏 of 万头, 由…提高到, 每头补助 with 惠及…户, 单场补助不超过, 比上年减少 (negative), a manager's
/// 一千二三百吨, 一成左右, 三四十吨, 两百来个, 五十几块, 一百二三十块 and 差不多两个亿, 超过 of 家, 计划明年
/// with 不少于, 力争 with 突破, 预计明年6月), a county's garlic in cold storage in a commerce bureau's
/// bulletin with a ｜ table (金乡县: the bulletin's date under its title, 截至11月30日 twice, 总库容约
/// with a rate, 比上年减少 (negative), 每亩 2300斤左右, 同比上涨 and 环比上涨 in one sentence, a table of
/// three towns in 万吨 (the caption's unit) with shares, a 合计 row and a negative rate, 其余镇街合计约,
/// 6月上旬, 160多个, 1.2万余人, 12月20日前, 总投资约 with 预计2027年8月, 明年 with 力争突破), a county's
/// bamboo flute makers in a feature with spoken numbers (玉屏侗族自治县: 八九千根, 两千出头, 一百七八十万,
/// 两百万上下, 一百来块, 三四千, 一万二, 十来个, 四五千块, 三成多, 一百二三十个, 两百块左右, 差不多八十万,
/// 两成五左右, 一座, 超过 of 万人次, 到2028年 with 力争突破 and 以上), a township's scallion harvest in a
/// local paper's story in traditional characters (三星鄉: 逾新臺幣15億元 in the headline again in the body,
/// 昨（5日）, 約 of 公頃, 1萬8千公噸, bare 元 as TWD, 10月份 with a price, 約1,350戶 with 約占四成五, a
/// grower's 兩公頃多, 一千五六百公斤, 七八萬, 一千八 and 十來個人, a shop owner's 八九百張, 破千 and
/// 三四千公斤, 今年前10個月 with 年增, 每公頃補助, 總投資約 with 預計2027年10月, 年處理能力由…增加至), a
/// listed power producer's announcement of its monthly generation (徽光能源: a ｜ table of three kinds
/// in 万千瓦时 with thousands separators, a 合计 row and a negative rate, 亿千瓦时 with 同比 and 环比下降
/// (negative) in one sentence, 较上年同期下降…个百分点 (negative), a price per 千瓦时, 截至2026年11月30日
/// with 兆瓦, 较上年末新增, 预计2027年6月前, a storage plant's 投入运行 date with 总投资约), a county
/// coptis centre's work report (石柱: 2026年 opening the text, 截至11月30日 with 比上年增加, 户均约 with
/// 比上年增加约, 分别 over two grades, 六成左右, 比上年新增 of 家, 日烘干能力由…提高到, 约占七成, 约有两成,
/// a plan's 以上, 不低于, 力争突破, 不少于, 明年6月底前), a county's Tibetan carpet weaving in a
/// television news transcript (江孜县: 超1.5亿元 in the headline and 超过1.5亿元 in the body, the
/// broadcast date, 分别比去年同期增长, a cooperative head's 七八平方米, 五六千块, 一千二三百块, 两三万 and
/// 四百多块, 近三成, a weaver's 九十来平方米, 六万出头, 一万来块 and 十来亩, 人均…以上), and a city's
/// coconut industry in an agriculture bureau's reply to a deputy's proposal (文昌市: 截至2026年10月底,
/// 约占…四成, 年加工能力约 of 亿个, 约有七成, 每株补助 with 惠及…余户, 奖补资金不超过, 每个 price with 比去年同期上涨 of
/// 元, 户均约, 计划明年 with 不少于, 到2028年 with 力争突破 twice, 预计2027年9月). Each article also
/// carries plain figures in digits (家, 个, 座, 亿元, 万亩, 万人次 with 同比) so that most of the set's
/// values are checked against their words.
/// Its gold lists the dates of events, plans and spans reported, 截至 dates and a post's, a
/// bulletin's, an announcement's, a report's, a reply's, a broadcast's or a wire story's own date,
/// and no durations (三十多年, 快十年, hours of use), ages (五十来岁, 50岁以上), codes of a security or
/// an announcement (605791, 2026-088), ordinals and heads (第37号, 七届, 一期, 二期, 一、, （一）, 一是), the
/// years of a work report's title and heads, names with numbers (90后, 双十二, 100兆瓦/200兆瓦时), a
/// telephone number, vague amounts (几十架, 三十多道, 二十好几个), thresholds picking out which things
/// are meant (超5亿元, 5.5公分以上, 一米见方), the rates of figures (一天, 一把, 一张, 一个月), nor periods
/// in words (开馆以来).
#[test]
fn unseen57_articles() {
    held_out_set("unseen57", 10);
}

/// A fifty-eighth held-out set (tests/fixtures/unseen58), written blind for
/// issue 11 like unseen2 to unseen57, on topics and forms the others leave
/// out: a city's hickory nuts in a wire story with a dateline (宁国市: 突破50亿元 in the headline
/// again in the body, 12月6日 before 电 and 5日, 今年1至11月 with 同比, 万亩 with 其中约, 余 of 家, 今年前11个月
/// with a share, a factory head's 七八吨, 去年's 六百来吨, 八百吨出头, 差不多一个亿, 五十几块 and a rise of
/// 三四块, 减少约三成 (negative), 分别 over two products and over three regions with 三者合计, a grower's
/// 八十多亩, 近 of 万斤 and 二十来万, 每亩 of a subsidy, 到2028年 with 突破, 力争 with 以上, 明年9月 with
/// 超过), a district's furniture cluster in a WeChat post with 【】 heads (南康区: 超2500亿元 in the
/// headline again in the body, the post's date 2026-12-04, 1—11月 twice, 增速高于…个百分点, 三成以上,
/// 列 of trains, 其中…分别 over three markets with 三地合计, a factory head's 两成多, 两三千套, 一千来块 and
/// 四千万出头, a streamer's 一百五六十单, 差不多…三百单 and 两千块左右, 截至11月底, 每家最高补助, 由…提高到,
/// 新设 of 家, 明年 with 不少于, 到2028年 with 力争突破), a county's vinegar in a press conference
/// transcript (清徐县: the conference's date, 约占六成, 比上年增加 of 家, 年产能由…提高到, 预计 with 左右,
/// 今年前10个月 with 万美元, 截至11月底 with 批次 and a pass rate with 个百分点, 每套补助 with 惠及…家, 同比下降
/// (negative), a manager's 一百四十来个, 一千二三百箱, 差不多三个亿, 一成左右, 两万来单, 两成出头, 十二三块 and
/// 一百七八十块, 总投资约 with 预计2027年10月, 力争2028年 with 突破 and 以上, 明年 with 不少于), a banner's
/// millet harvest in an agriculture bureau's bulletin with a ｜ table (敖汉旗: the bulletin's date under
/// its title, 约 of 亿斤 and 每亩 with 左右 in 斤, 截至11月25日 twice, 11月份 with 同比上涨 and 环比下降
/// (negative) in one sentence, 其中…分别 over two kinds, a table of three townships in 万亩 and 万斤 (the
/// caption's units) with a 合计 row and a negative rate, 其余苏木乡镇合计约, 8月中旬, 年加工能力约, 300多个,
/// 户均增收约, 12月31日前 with 不少于, 总投资约 with 预计2027年9月, 明年 with 力争突破), a county's lemons
/// in a feature with spoken numbers (安岳县: 十来个, 一百二三十亩, 四千斤出头, 一成多, 两块左右, 八九十万,
/// 三十来万, 二十几个, 三百来吨, 两百多个, 七千多吨, 三成五左右, 八百来万, 三十多万, 一千五六百单, 两万单上下
/// and 去年's 十五六万单, beside the county's 万亩 with 其中 and a share, 1至11月 twice with 同比, 新建 and
/// 累计 of 万吨, 每亩 of a subsidy, 到2028年 with 力争), a city's milkfish farming in a local paper's story
/// in traditional characters (臺南市: 逾新臺幣30億元 in the headline again in the body, 昨（4日）, 約4萬1千公噸,
/// 約占…四成五 and 三區合計約占六成, bare 元 as TWD, 今年前10個月 with 公噸 and 約新臺幣, a farmer's 兩公頃多,
/// 十來萬尾, 十七八公噸, 五六塊, 兩百萬出頭, 前年 and 快三成, a plant owner's 八九公噸, 五十來人, 一百二三十元
/// and 約兩成, 每公頃補助 of 7萬5千元, 總投資約 with 預計2027年12月, 年處理能力由…增加至, 明年 with 以上, 3月
/// with a goal of 萬人次), a listed bus maker's announcement of its monthly production and sales
/// (鹭通客车: a ｜ table of three kinds in 辆 with thousands separators, a 合计 row and a negative rate, 同比
/// and 环比下降 (negative) in one sentence with a share, 2026年1-11月 with 万辆 and 约 of 亿美元, 其中…分别
/// over three markets, 截至2026年11月30日, 预计12月 with 不低于, a plant's 投产 date with 设计年产能 and
/// 总投资约), a county forestry bureau's work report on sea buckthorn (大通回族土族自治县: 2026年 opening the
/// text, 截至11月30日 with 比上年增加, 每亩约 in 公斤, 户均约 with 比上年增加约, 比上年新增 of 家, 新建 and 累计 of
/// 座, 日加工能力由…提高到, 约占五成, 分别 over two kinds, 约有三成, 每亩 of a subsidy with 惠及…户, 个百分点,
/// a plan's 不少于, 力争突破, 明年10月底前, 以上 and 不低于), a hospital's procurement result notice
/// (龙泉市人民医院医疗设备采购项目: the notice's date, 个 of packages, 万元 of a budget and its funds, the
/// opening date, 家 with 其中, a ｜ table of five packages in 万元 with 台 and 套, budgets, winning bids,
/// savings rates and a 合计 row, 万元 saved, a share, two deadlines with 前, 预计2027年4月 with 约 of
/// 万人次), and the industry and construction section of a county-level city's statistical communique
/// (京山市: the title's 2025年 and the communique's date of 2026, 比上年新增 of 家, 增速高于…个百分点, rates
/// of kinds of enterprise and branches, 亿元 with 其中 and a share, five products' output (亿套, 万吨,
/// 亿千瓦时) with rates and 下降 (negative), a share with 比上年提高…个百分点, 万平方米 with 下降 and 其中).
/// Each article also carries plain figures in digits (家, 个, 户, 亿元, 万亩, 万吨 with 同比) so that
/// most of the set's values are checked against their words.
/// Its gold lists the dates of events, plans and spans reported, 截至 dates and a post's, a
/// bulletin's, an announcement's, a notice's, a report's, a communique's or a wire story's own date,
/// and no durations (7个工作日), ages (五年陈), codes of a security, an announcement or a project
/// (603417, 2026-093, LQCG-2026-0817), ordinals and heads (第十届, 第十三届, 二期, 1号包, 一、, （一）, 一是),
/// the years of a work report's title and heads, names with numbers (90后, 64排, “油改水”), a telephone
/// number, thresholds picking out which things are meant (超亿元, 超10亿元), the rates of figures (一天,
/// 一斤, 一亩, 一公頃, 一个月), nor periods in words (全年, 年末, 今年 where it only says the figures are
/// this year's).
#[test]
fn unseen58_articles() {
    held_out_set("unseen58", 10);
}

/// A fifty-ninth held-out set (tests/fixtures/unseen59), written blind for
/// issue 11 like unseen2 to unseen58, on topics and forms the others leave
/// out: a city's vacuum flasks in a wire story with a dateline (永康市: 突破90亿元 in the headline
/// again in the body, 12月7日 before 电 and 6日, 今年1至11月 with 同比 and 其中, 余 of 家, 约 of 万人, 今年前11个月
/// with 约 of 亿只 and 四成左右 as a share, a company head's 二十多条, 七八万只, 明年3月, 去年's 一千二百来万只,
/// 一千五百万只出头, 差不多三个亿, 二十几块 and a rise of 四五百块, 新增 and 累计 of 个, 约两成, 分别 over three
/// markets with 三者合计, a workshop owner's 三成左右 and 四十来万个, 到2028年 with 突破, 力争 with 以上, 明年4月
/// with 超过), a district's stainless steel kitchenware in a WeChat post with 【】 heads (潮安区: the post's
/// date 2026-12-05, 今年1—11月 and 1—11月, 增速高于…个百分点, 超过 of 家, 三成以上, 万标箱 with 同比 and 环比,
/// 其中…分别 over three markets with 三地合计, a factory owner's 40多台, 两成多, 五六个货柜, 一百来块 and
/// 六千万出头, a streamer's 两三千单, 差不多一万单 and 一百五十块左右, 截至11月底, 每家最高补助, 由…降低到,
/// 明年 with 不少于, 2028年 with 力争突破), a county's chili peppers in a press conference transcript
/// (柘城县: the conference's date, 比上年增加 of 万亩 and 家, 约占…七成, 年加工能力由…提高到, 今年前10个月 with
/// 同比, 11月份 with 同比下降 (negative), 截至11月底 with 户 and 日均…约, 预计 with 超过 of 亿美元, 每亩补助 with
/// 惠及…户, a manager's 一万二三千吨, 差不多两个亿, 一成多, 三四千单, 十五六块, 三百来人 and 四千出头, 总投资约
/// with 明年5月 as a planned start and 2028年底, 力争2028年 with 突破, 不少于 of 家), a county's silkie
/// chickens in an agriculture bureau's bulletin with a ｜ table (泰和县: the bulletin's date under its
/// title, the title's 2026年1—11月, 出栏 and 存栏 of 万只, 比上年末增加, 11月份 with 同比上涨 and 环比下降
/// (negative) in one sentence, a table of three towns in 万只 and 亿元 (the caption's units) with a 合计
/// row and a negative rate, 其余乡镇合计约, 7月下旬, 户均增收约, 12月20日前 with 不少于, 总投资约 with
/// 预计2027年10月, 明年 with 力争突破), a district's pickled mustard tuber growers and makers in a feature
/// with spoken numbers (涪陵区: 十来亩, 五千斤出头, 八九毛, 四千来块, 三万出头, 一成多, 一万二三千吨,
/// 一百二三十个, 两百来个, 一百五六十块, 八九千吨, 差不多一个亿, 两成左右, 两千来单, 四十来个, 四千五上下 and
/// 三成, beside the district's 万亩, 约 of 万吨 and 亿元, 户均增收约, 今年1—10月 and 1—10月 with 同比, 每亩补助,
/// 到2028年 with 力争突破), a township's pomelo harvest in a local paper's story in traditional characters
/// (瑞穗鄉: 逾新臺幣8億元 in the headline again in the body, 昨（3日）, 約1萬2千公噸, 公噸 with thousands
/// separators, 年增 (not a rate said against last year), bare 元 as TWD, a grower's 兩公頃多, 三萬五六千台斤,
/// 四十出頭, 十來個, 一千八 and 七八十萬, a seller's 八九千盒, 破萬, 六百左右 and 兩成多, 今年前10個月 with 約新臺幣,
/// 10月至11月, 約3萬5千人次, 總投資約 with 預計2027年8月, 年處理能力由…增加至, 明年 with 以上), a listed tyre
/// maker's announcement of its monthly production and sales (鑫海轮胎: a ｜ table of three kinds in 万条 with
/// a 合计 row and a negative rate, 同比 and 环比下降 (negative) with 约占, 2026年1-11月 with thousands
/// separators, 约 of 亿元 and 亿美元, 分别 over three markets, prices per 吨 with 同比上涨 and 同比下降, 截至
/// 2026年11月30日 with a share, 预计2027年6月前, a plant's 投产 date with 设计年产能, 预计12月 with 不低于), a
/// county lotus seed centre's work report (湘潭县: 2026年 opening the text, 截至11月30日 with 比上年增加,
/// 分别 over two towns, 比上年新增 of 家, 日加工能力由…提高到, 约占…两成, 户均约 twice, 比上年增加约, 每亩补助
/// with 惠及…户, 比上年提高…个百分点, 约有三成, 约有一成五, a plan's 以上, 不少于, 突破, 明年6月底前, 不低于 of
/// 人次), a city's matsutake season in a television news transcript (林芝市: 超3亿元 in the headline and
/// 超过3亿元 in the body, the broadcast date, 比去年同期增长, 日均…约 and 超过20吨, a buyer's 四百出头,
/// 两百五六十块, 七八十吨 and 三成多, a collector's 二三十朵, 五六公斤, 八万来块 and 一万出头, 8月份 with 环比,
/// 8月至9月 with 一成左右, 每亩 of a subsidy, 到2028年 with 力争突破 and 以上), and a city agriculture bureau's
/// reply to a deputy's proposal on lily bulbs (兰州市: 截至2026年10月底, 约占…五成, 2025年's figures, 户均约,
/// 约有四成, 专项资金 with 每亩补助 and 惠及…余户, 补助不超过, 今年前10个月 with 比去年同期增长, 比去年同期上涨
/// of 元, a plan's 不少于 of 座 and 不低于 of 吨, 到2028年 with 以上 and 力争突破, 预计2027年9月, the reply's
/// date). Each article also carries plain figures in digits (家, 个, 户, 座, 亿元, 万亩, 万吨 with 同比) so
/// that most of the set's values are checked against their words.
/// Its gold lists the dates of events, plans and spans reported, 截至 dates and a post's, a
/// bulletin's, an announcement's, a report's, a reply's, a broadcast's or a wire story's own date,
/// and no durations (两个多月, 三十多年, 近十年), codes of a security, an announcement or a proposal
/// (601837, 2026-074, 第0218号), ordinals and heads (第十六届, 十七届, 一期, 一级品, 一、, （一）, 一是), the
/// years of a work report's title and heads, names with numbers (双十一, 304, 年产1200万条 in a
/// project's name), a household's size (五口人), a telephone number, thresholds picking out which
/// things are meant (超5亿元, 超10亿元, 50亩以上, 10万只以上), the rates of figures (一天, 一只, 一斤, 一盒,
/// 每吨, 一个月), nor periods in words (今年以来, 前几年, 中秋前一个月).
#[test]
fn unseen59_articles() {
    held_out_set("unseen59", 10);
}

/// Whether the extractor's subject `got` names the gold's `want`: the same
/// name, or a place the text says short (宁波) under the full name the
/// extractor gives it (宁波市), which the store merges with the short one,
/// or a short form the document's entity `got` records as its alias (the
/// store finds the one entity by either name).
fn same_subject(want: &str, got: &str, aliases: &[String]) -> bool {
    let (want, got) = (fold(want), fold(got));
    want == got
        || ["市", "县", "区", "省"]
            .iter()
            .any(|level| got.strip_suffix(level) == Some(want.as_str()))
        || aliases.iter().any(|a| fold(a) == want)
}

/// Checks every article of a held-out directory against its gold file and
/// prints the extractor's figures per article and overall, without a
/// floor.
fn held_out_set(name: &str, min_articles: usize) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    let mut texts = Vec::new();
    let mut golds = Vec::new();
    for e in std::fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        let file = p.file_name().unwrap().to_string_lossy().into_owned();
        if let Some(stem) = file.strip_suffix(".gold.toml") {
            golds.push(stem.to_string());
        } else if let Some(stem) = file.strip_suffix(".txt") {
            texts.push(stem.to_string());
        } else {
            panic!("{}: neither an article (.txt) nor a gold file", p.display());
        }
    }
    texts.sort();
    golds.sort();
    assert_eq!(
        texts, golds,
        "{name}: every article has its gold file and back"
    );
    assert!(
        texts.len() >= min_articles,
        "{name}: {} held-out articles, want {min_articles}",
        texts.len()
    );
    let mut checked = 0;
    let mut all = Score::empty();
    let mut rows = Vec::new();
    for stem in &texts {
        let g = dir.join(format!("{stem}.gold.toml"));
        checked += check_unseen_gold(&g, stem);
        let s = run_with(&g, &Known::new(), stem, false);
        all.add(&s);
        rows.push((stem, s));
    }
    // The number check must have looked at most values, or a change in
    // the texts' style would quietly turn it off.
    assert!(
        checked * 10 >= all.gold * 6,
        "{name}: only {checked} of {} values checked against their words",
        all.gold
    );
    println!("--- {name} articles (share of gold values) ---");
    for (stem, s) in &rows {
        s.figures(stem);
    }
    all.figures("overall");
}

/// 约 before a verb (约占六成, 约为72%, 约有300家): it bounds the number
/// after the verb (about), and is no part of the value's words.
const ABOUT_VERBS: [&str; 7] = ["约占", "約佔", "約占", "约为", "約為", "约有", "約有"];

/// The gold file of one held-out article against its text; returns how
/// many quantities were checked against the number in their words.
fn check_unseen_gold(path: &Path, stem: &str) -> usize {
    let gold = read_gold(path);
    let at = |i: usize| format!("{}, value {}", path.display(), i + 1);
    assert_eq!(
        gold.document.file,
        format!("{stem}.txt"),
        "{}",
        path.display()
    );
    let text = std::fs::read_to_string(path.with_file_name(&gold.document.file)).unwrap();
    let chars = text.chars().filter(|c| !c.is_whitespace()).count();
    assert!(
        (600..=2000).contains(&chars),
        "{stem}: {chars} characters, want 600 to 2000"
    );
    let year = gold
        .document
        .year
        .expect("every held-out article has its year");
    let mut seen = std::collections::HashSet::new();
    let mut checked = 0;
    for (i, v) in gold.value.iter().enumerate() {
        let here = at(i);
        assert!(
            seen.insert((v.text.clone(), v.context.clone())),
            "{here}: {} twice with the same `in`",
            v.text
        );
        // The words, and the context that tells repeats apart, on one line.
        let ctx = v.context.as_deref().unwrap_or(&v.text);
        assert!(
            text.lines().any(|l| l.contains(&v.text) && l.contains(ctx)),
            "{here}: {:?} (in {:?}) is not in {stem}.txt",
            v.text,
            v.context
        );
        assert!(!v.subjects.is_empty(), "{here}: no subject");
        for s in &v.subjects {
            assert!(
                text.contains(s.as_str()),
                "{here}: subject {s} is not in the text"
            );
        }
        assert!(!v.attributes.is_empty(), "{here}: no attribute");
        for a in &v.attributes {
            assert!(
                !a.is_empty()
                    && a.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'),
                "{here}: attribute {a:?} is not snake_case"
            );
        }
        match (&v.quantity, &v.date) {
            (Some(q), None) => {
                let unit = v
                    .unit
                    .as_deref()
                    .unwrap_or_else(|| panic!("{here}: no unit"));
                assert!(
                    seedkb::model::Unit::from_symbol(unit).is_some(),
                    "{here}: unit {unit}"
                );
                let bound = v
                    .bound
                    .as_deref()
                    .unwrap_or_else(|| panic!("{here}: no bound"));
                assert!(
                    Bound::ALL.iter().any(|b| b.name() == bound),
                    "{here}: bound {bound}"
                );
                assert_eq!(
                    bound == "range",
                    v.upper.is_some(),
                    "{here}: upper iff range"
                );
                let value = seedkb::model::Num::parse_decimal(q)
                    .unwrap_or_else(|e| panic!("{here}: quantity {q}: {e}"));
                if let Some((want, want_unit, want_bound)) = plain_quantity(&v.text) {
                    // 新臺幣1200億元: 元 after a currency's name is that currency.
                    // A bare 元 in Taiwan, Hong Kong or Macao (2,000元 in a
                    // 港元 press release) is the place's own dollar, which
                    // the words alone do not tell: the gold's says it.
                    let local = ["TWD", "HKD", "MOP"].contains(&unit) && v.text.ends_with('元');
                    let want_unit = match currency_before(ctx, &v.text) {
                        Some(named) if want_unit == "CNY" => named,
                        None if want_unit == "CNY" && local => unit,
                        _ => want_unit,
                    };
                    // 约占67.4%, 约为72%: 约 before the verb bounds the number.
                    let want_bound = if ABOUT_VERBS
                        .iter()
                        .any(|w| ctx.contains(&format!("{w}{}", v.text)))
                    {
                        "about"
                    } else {
                        want_bound
                    };
                    assert_eq!(
                        (value.0.abs(), unit, bound),
                        (want, want_unit, want_bound),
                        "{here}: {} (value ×10⁶, unit, bound)",
                        v.text
                    );
                    // Only a rate of change goes below zero (下降4.2%).
                    assert!(value.0 >= 0 || unit == "%", "{here}: negative {}", v.text);
                    checked += 1;
                }
            }
            (None, Some(d)) => {
                assert!(
                    v.unit.is_none() && v.bound.is_none(),
                    "{here}: a date has no unit"
                );
                let parts: Vec<&str> = d.split('-').collect();
                let ok = match parts.as_slice() {
                    [y] => y.len() == 4,
                    [y, m] => y.len() == 4 && m.len() == 2,
                    [y, m, dd] => y.len() == 4 && m.len() == 2 && dd.len() == 2,
                    _ => false,
                } && d.bytes().all(|b| b.is_ascii_digit() || b == b'-');
                assert!(ok, "{here}: date {d} is not YYYY[-MM[-DD]]");
                let y: i32 = d[..4].parse().unwrap();
                assert!((y - year).abs() <= 10, "{here}: {d} far from {year}");
            }
            _ => panic!("{here}: a value has a quantity or a date, not both or neither"),
        }
    }
    checked
}

/// The symbol of the currency whose name stands right before `text` in
/// `ctx` (新臺幣1200億元, 港幣50萬元), if any.
fn currency_before(ctx: &str, text: &str) -> Option<&'static str> {
    const NAMES: [(&str, &str); 10] = [
        ("新台币", "TWD"),
        ("新臺幣", "TWD"),
        ("台币", "TWD"),
        ("臺幣", "TWD"),
        ("港币", "HKD"),
        ("港幣", "HKD"),
        ("港元", "HKD"),
        ("澳门元", "MOP"),
        ("澳門元", "MOP"),
        ("澳門幣", "MOP"),
    ];
    let before = &ctx[..ctx.find(text)?];
    NAMES
        .iter()
        .find(|(name, _)| before.ends_with(name))
        .map(|(_, symbol)| *symbol)
}

/// A quantity written as digits and a unit (约8.3平方公里, 38。5億元,
/// 2600余台套, 1,862.54万元): its value in base units ×10⁶, unit symbol and bound, read
/// independently of the extractor. None for anything else (words, dates).
fn plain_quantity(text: &str) -> Option<(i128, &'static str, &'static str)> {
    const PREFIX: [(&str, &str); 8] = [
        ("不少于", "at_least"),
        ("超过", "at_least"),
        ("突破", "at_least"),
        ("超過", "at_least"),
        ("超", "at_least"),
        ("逾", "at_least"),
        ("约", "about"),
        ("約", "about"),
    ];
    // (unit words, symbol, factor numerator, factor denominator)
    const UNITS: [(&str, &str, i128, i128); 29] = [
        ("平方公里", "m2", 1_000_000, 1),
        ("平方米", "m2", 1, 1),
        ("立方米", "m3", 1, 1),
        ("公顷", "m2", 10_000, 1),
        ("公頃", "m2", 10_000, 1),
        ("亩", "m2", 2000, 3),
        ("畝", "m2", 2000, 3),
        ("吉瓦", "W", 1_000_000_000, 1),
        ("兆瓦", "W", 1_000_000, 1),
        ("千瓦", "W", 1000, 1),
        ("美元", "USD", 1, 1),
        ("港元", "HKD", 1, 1),
        ("港币", "HKD", 1, 1),
        ("澳门元", "MOP", 1, 1),
        ("澳門元", "MOP", 1, 1),
        ("欧元", "EUR", 1, 1),
        ("新台币", "TWD", 1, 1),
        ("新臺幣", "TWD", 1, 1),
        ("元", "CNY", 1, 1),
        ("吨", "t", 1, 1),
        ("噸", "t", 1, 1),
        ("公斤", "t", 1, 1000),
        ("公里", "m", 1000, 1),
        ("米", "m", 1, 1),
        ("个百分点", "%", 1, 1),
        ("%", "%", 1, 1),
        ("‰", "%", 1, 10),
        ("标箱", "count", 1, 1),
        ("人次", "count", 1, 1),
    ];
    // 起 of fires, 例 of cases, 尾 of fry, 件 and 票 count as the others do,
    // and 头 of pigs as 只 of sheep.
    const COUNTERS: &str =
        "个個家户戶人名座辆輛所张張台臺条條列艘处處对對项項套批支只隻头頭起例尾件票";
    let mut rest = text;
    let mut bound = "exact";
    if let Some(&(p, b)) = PREFIX.iter().find(|(p, _)| rest.starts_with(p)) {
        rest = &rest[p.len()..];
        bound = b;
    }
    if let Some(r) = rest.strip_suffix("以上") {
        rest = r;
        bound = "at_least";
    }
    if let Some(r) = rest.strip_prefix('近') {
        rest = r;
        bound = "about";
    }
    let digits: String = rest
        .chars()
        .take_while(|c| c.is_ascii_digit() || matches!(c, '.' | '。' | ','))
        .collect();
    if digits.is_empty() || !digits.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    rest = &rest[digits.len()..];
    let (int, frac) = digits.split_once(['.', '。']).unwrap_or((&digits, ""));
    // A thousands separator (1,862.54万元, 約4,800個) stands between groups
    // of three digits of the integer part; a comma elsewhere is no number's.
    let mut groups = int.split(',');
    let first = groups.next().unwrap_or("");
    if frac.contains(',')
        || int.contains(',') && !(1..=3).contains(&first.len())
        || groups.any(|g| g.len() != 3)
    {
        return None;
    }
    let int = int.replace(',', "");
    let mut num: i128 = format!("{int}{frac}").parse().ok()?;
    let mut den: i128 = 10i128.pow(frac.len() as u32);
    for (w, m) in [
        ("万", 10_000),
        ("萬", 10_000),
        ("亿", 100_000_000),
        ("億", 100_000_000),
    ] {
        if let Some(r) = rest.strip_prefix(w) {
            rest = r;
            num *= m;
        }
    }
    for w in ["余", "餘", "多"] {
        if let Some(r) = rest.strip_prefix(w) {
            rest = r;
            bound = "at_least";
        }
    }
    let (symbol, fnum, fden) = if let Some(&(_, s, n, d)) = UNITS.iter().find(|(w, ..)| rest == *w)
    {
        (s, n, d)
    } else {
        let mut cs = rest.chars();
        let first = cs.next()?;
        // A counter, possibly with a second counter (台套, 批次).
        if !COUNTERS.contains(first) || cs.as_str().chars().count() > 1 {
            return None;
        }
        ("count", 1, 1)
    };
    num *= fnum * 1_000_000;
    den *= fden;
    // Round half up to the six decimals the model keeps.
    Some(((2 * num + den) / (2 * den), symbol, bound))
}

/// A development aid, not a check: `EXTRACT_FILE=article.txt cargo test
/// --test extract explain_file -- --ignored --nocapture` prints every
/// value of any text with its subject, attribute and why (and, with
/// EXTRACT_VALUES=1, the value read: a wrong year or unit shows there).
#[test]
#[ignore]
fn explain_file() {
    let Ok(path) = std::env::var("EXTRACT_FILE") else {
        return;
    };
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let x = extract(&path, &text, &Known::new()).expect("extraction");
    for f in &x.found {
        println!("{} → {:?}.{}: {}", f.text, f.subject, f.attribute, f.why);
        if std::env::var("EXTRACT_VALUES").is_ok() {
            println!("    = {:?} until {:?}", f.value, f.until);
        }
    }
    for l in &x.left_out {
        println!("left out {}: {}", l.text, l.why);
    }
}

/// The generic names of a rate of change (see the module's doc).
const RATE_NAMES: [&str; 3] = ["growth_rate", "growth_rate_yoy", "growth_rate_mom"];

/// Synonyms the convention replaces, and the name it keeps.
const SYNONYMS: [(&str, &str); 34] = [
    ("cpi_growth_rate", "cpi_growth"),
    ("consumer_price_growth", "cpi_growth"),
    ("cpi_increase_target", "cpi_growth_target"),
    ("cpi_target", "cpi_growth_target"),
    ("baseline_year", "base_year"),
    ("comparison_year", "base_year"),
    ("growth_rate_difference", "growth_rate_gap"),
    ("growth_gap", "growth_rate_gap"),
    ("growth_target", "growth_rate_target"),
    ("dividends", "dividend"),
    ("dividend_total", "dividend"),
    ("total_dividend", "dividend"),
    ("loan_increase", "loan_balance_increase"),
    ("deposit_increase", "deposit_balance_increase"),
    ("annual_planned_investment", "planned_annual_investment"),
    ("completed_investment", "investment_completed"),
    ("date_planned_start", "date_start_planned"),
    ("date_planned_completion", "date_completion_planned"),
    ("date_opened_planned", "date_opening_planned"),
    ("date_started_production", "date_production_started"),
    ("annual_production_capacity", "annual_capacity"),
    ("date_start", "date_started"),
    ("date_construction_start", "date_construction_started"),
    ("share_change", "rate_change"),
    ("jobs", "jobs_created"),
    ("school_places", "school_place_count"),
    ("year_target", "date_target"),
    ("period", "date"),
    ("as_of", "date_as_of"),
    ("daily_capacity", "production_capacity"),
    ("subsidy_funds", "subsidy"),
    ("outpatient_visit_count", "outpatient_visits"),
    ("per_household_subsidy", "subsidy_per_household"),
    ("per_mu_subsidy", "subsidy_per_mu"),
];

/// One name per concept (see the module's doc): each variant, as whole
/// words of a name, and the name it is replaced by.
const CONCEPTS: [(&str, &str); 96] = [
    ("vehicle_crossing_count", "vehicle_crossings"),
    ("tourist_visits", "visitor_count"),
    ("tourist_arrivals", "visitor_count"),
    ("visitor_arrivals", "visitor_count"),
    ("tourist_count", "visitor_count"),
    ("visitors", "visitor_count"),
    ("tourists", "visitor_count"),
    ("passengers", "passenger_count"),
    ("passengers_carried", "passenger_count"),
    ("passenger_volume", "passenger_count"),
    ("passenger_trips", "passenger_count"),
    ("ridership", "passenger_count"),
    ("insurance_payouts", "insurance_payout"),
    ("claims_paid", "insurance_payout"),
    ("paid_claims", "insurance_payout"),
    ("new_students_enrolled", "students_admitted"),
    ("admitted_count", "students_admitted"),
    ("flight_movements", "aircraft_movements"),
    ("flights", "flight_count"),
    ("insured_households", "insured_household_count"),
    ("insurance_area", "insured_area"),
    ("insured_population", "insured_count"),
    ("subsidy_per_capita", "subsidy_per_person"),
    ("discharges", "discharge_count"),
    ("discharged_patients", "discharge_count"),
    ("people_count", "person_count"),
    ("beneficiaries", "beneficiary_count"),
    ("people_benefited", "beneficiary_count"),
    ("population_benefited", "beneficiary_count"),
    ("beneficiary_population", "beneficiary_count"),
    ("beneficiary_households", "beneficiary_household_count"),
    ("bed_count_per_thousand", "beds_per_thousand"),
    ("beds_per_thousand_people", "beds_per_thousand"),
    ("pipeline_length", "pipe_length"),
    ("neighbourhood_count", "community_count"),
    ("elderly_care_station_count", "eldercare_station_count"),
    ("elderly_care_center_count", "eldercare_center_count"),
    ("planting_area", "planted_area"),
    ("spending_per_capita", "per_capita_spending"),
    ("spending_per_person", "per_capita_spending"),
    ("spending_per_visitor", "per_capita_spending"),
    ("average_spending", "per_capita_spending"),
    ("fishing_vessel_count", "fishing_boat_count"),
    ("households_benefited", "beneficiary_household_count"),
    ("ballot_success_rate", "lottery_success_rate"),
    ("lottery_rate", "lottery_success_rate"),
    ("good_air_day_rate", "good_air_day_share"),
    ("good_air_day_ratio", "good_air_day_share"),
    ("good_air_days_ratio", "good_air_day_share"),
    ("good_air_quality_rate", "good_air_day_share"),
    ("air_quality_good_rate", "good_air_day_share"),
    ("good_air_days", "good_air_day_count"),
    ("heavy_pollution_days", "heavy_pollution_day_count"),
    ("good_air_day_increase", "good_air_day_count_increase"),
    (
        "heavy_pollution_day_decrease",
        "heavy_pollution_day_count_decrease",
    ),
    ("good_air_day_change", "good_air_day_count_change"),
    (
        "heavy_pollution_day_change",
        "heavy_pollution_day_count_change",
    ),
    ("relocated_population", "people_relocated"),
    ("relocated_count", "people_relocated"),
    ("relocated_person_count", "people_relocated"),
    ("evacuated_population", "people_evacuated"),
    ("evacuated_count", "people_evacuated"),
    ("evacuee_count", "people_evacuated"),
    ("relocated_people", "people_relocated"),
    ("relocated_households", "relocated_household_count"),
    ("dairy_cow_stock", "dairy_cow_inventory"),
    ("cow_stock", "cow_inventory"),
    ("sheep_stock", "sheep_inventory"),
    ("yak_stock", "yak_inventory"),
    ("valid_invention_patents", "valid_invention_patent_count"),
    ("invention_patents_in_force", "valid_invention_patent_count"),
    (
        "high_value_invention_patents_per_10k",
        "high_value_invention_patents_per_10k_people",
    ),
    ("special_fund", "special_funding"),
    ("special_funds", "special_funding"),
    ("crop_area_affected", "affected_crop_area"),
    ("tax_refunds", "tax_refund"),
    ("tax_rebate", "tax_refund"),
    ("export_tax_refunds", "export_tax_refund"),
    ("export_tax_rebate", "export_tax_refund"),
    ("export_rebates", "export_tax_refund"),
    (
        "centrally_resettled_population",
        "people_resettled_centrally",
    ),
    ("resettled_people", "people_resettled"),
    ("resettled_population", "people_resettled"),
    ("annual_generation", "annual_power_generation"),
    ("electricity_generation", "power_generation"),
    ("solar_generation", "solar_power_generation"),
    ("water_stored", "water_storage"),
    ("voyage_count", "sailing_count"),
    ("voyages", "sailing_count"),
    ("sailings", "sailing_count"),
    ("trains_run", "train_count"),
    ("trains_operated", "train_count"),
    ("trains", "train_count"),
    ("room_price", "room_rate"),
    ("departures", "departure_count"),
    ("training_class_count", "training_session_count"),
];

/// What may follow a concept's name inside a longer one without making it
/// another quantity (`visitor_count_growth`; not `passengers_sent`).
const MODIFIERS: [&str; 9] = [
    "growth", "target", "expected", "increase", "decrease", "change", "share", "peak", "plan",
];

/// A name with each concept said by its one name (see the module's doc).
fn one_name(a: &str) -> String {
    let words: Vec<&str> = a
        .split('_')
        .map(|w| match w {
            "enrollment" => "enrolment",
            "centre" => "center",
            "10000" => "10k",
            _ => w,
        })
        .collect();
    let a = words.join("_");
    for (variant, kept) in CONCEPTS {
        let v: Vec<&str> = variant.split('_').collect();
        let Some(at) = (0..=words.len().saturating_sub(v.len())).find(|&i| {
            words.get(i..i + v.len()) == Some(&v[..])
                && (i + v.len() == words.len()
                    || MODIFIERS.contains(&words[i + v.len()..].join("_").as_str()))
        }) else {
            continue;
        };
        let mut out: Vec<&str> = words[..at].to_vec();
        out.push(kept);
        out.extend(&words[at + v.len()..]);
        return out.join("_");
    }
    a
}

/// The generic names of a capacity to produce (see the module's doc).
const CAPACITY_NAMES: [&str; 2] = ["annual_capacity", "production_capacity"];

/// The generic names of a start's date (see the module's doc).
const START_NAMES: [&str; 2] = ["date_started", "date_construction_started"];

/// The generic names of a start's planned date (see the module's doc).
const PLANNED_START_NAMES: [&str; 2] = ["date_start_planned", "date_construction_planned"];

/// A name in the convention's word order: a goal's `_target` last
/// (`target_gdp` → `gdp_target`), a total's `total_` first
/// (`retail_sales_total` → `total_retail_sales`); dates keep `date_` first,
/// an expected one planned.
/// Companies counted are enterprises, land watered is irrigated.
fn word_order(a: &str) -> String {
    if a.starts_with("date_") {
        // 预计6月投产: a date expected is planned.
        return match a.strip_suffix("_expected") {
            Some(event) => format!("{event}_planned"),
            None => a.to_string(),
        };
    }
    // Per-head disposable income, said one way.
    if a.contains("disposable_income_per_capita") {
        return word_order(&a.replacen(
            "disposable_income_per_capita",
            "per_capita_disposable_income",
            1,
        ));
    }
    // 户均增收, 亩均收益: what is measured, then per_household or per_mu
    // (like subsidy_per_household); per_capita stays first, as in
    // per_capita_disposable_income (人均增收: per_capita_income_increase).
    for per in ["per_household", "per_mu"] {
        if let Some(what) = a
            .strip_prefix(per)
            .and_then(|w| w.strip_prefix('_'))
            // per_household_per_mu: two rates, moved round each other for
            // ever; left as they are.
            .filter(|w| !w.is_empty() && !w.starts_with("per_"))
        {
            // A goal's _target stays last.
            return word_order(&match what.strip_suffix("_target") {
                Some(w) => format!("{w}_{per}_target"),
                None => format!("{what}_{per}"),
            });
        }
    }
    if let Some(what) = a
        .strip_suffix("income_increase_per_capita")
        .filter(|w| w.is_empty() || w.ends_with('_'))
    {
        return word_order(&format!("per_capita_{what}income_increase"));
    }
    // 日均: a day's average is daily_ (average_daily_passenger_count →
    // daily_passenger_count), as most sets name it.
    if let Some(at) = a
        .match_indices("average_daily_")
        .map(|(i, _)| i)
        .find(|&i| i == 0 || a[..i].ends_with('_'))
    {
        return word_order(&format!("{}{}", &a[..at], &a[at + "average_".len()..]));
    }
    // An upper limit, whatever its words (最高, 最多, 最大, 上限, 限额),
    // names max_ first: subsidy_cap, maximum_subsidy and subsidy_max are
    // max_subsidy, payment_cap_per_visit max_payment_per_visit (a market's
    // capitalisation, market_cap, is no limit).
    if let Some(what) = a.strip_prefix("maximum_").filter(|w| !w.is_empty()) {
        return word_order(&format!("max_{what}"));
    }
    if !a.starts_with("max_") && a != "market_cap" {
        let words: Vec<&str> = a.split('_').collect();
        if let Some(at) = words
            .iter()
            .position(|w| *w == "cap" || *w == "max")
            // A market's capitalisation is no limit, whatever follows it
            // (market_cap_growth).
            .filter(|&i| i > 0 && !(words[i] == "cap" && words[i - 1] == "market"))
        {
            let rest: Vec<&str> = words[..at]
                .iter()
                .chain(&words[at + 1..])
                .copied()
                .collect();
            return word_order(&format!("max_{}", rest.join("_")));
        }
    }
    // Per head comes first (food_expenditure_per_capita →
    // per_capita_food_expenditure, monthly_wage_per_capita →
    // per_capita_monthly_wage, daily_per_capita_spending →
    // per_capita_daily_spending); a subsidy per head is per person.
    if let Some(what) = a
        .strip_suffix("_per_capita")
        .filter(|w| !w.is_empty() && *w != "subsidy")
    {
        return word_order(&format!("per_capita_{what}"));
    }
    for period in ["daily", "monthly", "annual"] {
        if let Some(what) = a.strip_prefix(&format!("{period}_per_capita_")) {
            return format!("per_capita_{period}_{what}");
        }
    }
    if let Some(goal) = a.strip_prefix("target_").filter(|g| !g.is_empty()) {
        return format!("{goal}_target");
    }
    if let Some(what) = a.strip_suffix("_total").filter(|w| !w.is_empty()) {
        return format!("total_{what}");
    }
    // 企业 counted: enterprises, whatever they are (new_company_count →
    // new_enterprise_count).
    if let Some(what) = a.strip_suffix("company_count") {
        return format!("{what}enterprise_count");
    }
    // Land watered: irrigated_area (design_irrigation_area →
    // design_irrigated_area).
    if let Some(what) = a.strip_suffix("irrigation_area") {
        return format!("{what}irrigated_area");
    }
    a.to_string()
}

/// The clause holding a gold value's words: from the last clause mark
/// before them to the next after them.
fn clause_of<'t>(text: &'t str, v: &GoldValue) -> Result<(&'t str, &'t str), String> {
    let at = value_at(text, v)
        .ok_or_else(|| format!("{:?} (in {:?}) not in the text", v.text, v.context))?;
    let marks = "，,；;：:。！？!?\n";
    let start = text[..at]
        .char_indices()
        .rfind(|(_, c)| marks.contains(*c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let after = &text[at + v.text.len()..];
    let end = after
        .find(|c: char| marks.contains(c))
        .unwrap_or(after.len());
    Ok((&text[start..at], &after[..end]))
}

/// The generic capacity name the words before a value call for: a
/// capacity is by the year unless they give another period (月产能, 日处理).
fn capacity_name_called_for(before: &str) -> &'static str {
    const OTHER_PERIODS: [&str; 14] = [
        "月产",
        "日产",
        "月处理",
        "日处理",
        "月加工",
        "日加工",
        "日烘干",
        "日通行",
        "每天",
        "每日",
        "月產",
        "日產",
        "月處理",
        "日處理",
    ];
    if OTHER_PERIODS.iter().any(|w| before.contains(w)) {
        "production_capacity"
    } else {
        "annual_capacity"
    }
}

/// The generic start name a date's words call for (its clause before it,
/// its sentence after it): construction's when they say so (开工, 动工,
/// 开建).
fn start_name_called_for(before: &str, after: &str) -> &'static str {
    const BUILD: [&str; 5] = ["开工", "開工", "动工", "動工", "开建"];
    if BUILD
        .iter()
        .any(|w| before.contains(w) || after.contains(w))
    {
        "date_construction_started"
    } else {
        "date_started"
    }
}

/// The area name the words before a value call for: `sown_area` after
/// 播种面积, `planted_area` after 种植面积 (the later of the two, with no
/// number between it and the value), else none.
fn area_name_called_for(before: &str) -> Option<&'static str> {
    const WORDS: [(&str, &str); 4] = [
        ("播种面积", "sown_area"),
        ("播種面積", "sown_area"),
        ("种植面积", "planted_area"),
        ("種植面積", "planted_area"),
    ];
    let (at, w, name) = WORDS
        .iter()
        .filter_map(|(w, name)| before.rfind(w).map(|p| (p, *w, *name)))
        .max_by_key(|(p, _, _)| *p)?;
    let gap = &before[at + w.len()..];
    let numeric = |c: char| {
        c.is_ascii_digit()
            || ('０'..='９').contains(&c)
            || "零〇一二两三四五六七八九十百千万亿".contains(c)
    };
    (!gap.chars().any(numeric)).then_some(name)
}

/// `a` with its land area named `kept` (`grain_planted_area` →
/// `grain_sown_area`), or unchanged when it names none.
fn with_area_name(a: &str, kept: &str) -> String {
    let words: Vec<&str> = a.split('_').collect();
    let Some(at) = words
        .windows(2)
        .position(|w| w[1] == "area" && ["planted", "planting", "sown"].contains(&w[0]))
    else {
        return a.to_string();
    };
    let mut out: Vec<&str> = words[..at].to_vec();
    out.push(kept);
    out.extend(&words[at + 2..]);
    out.join("_")
}

/// Whether the words before a value call it a total investment: 总投资
/// with at most a verb of a few characters between (总投资达18亿元).
fn total_investment_called_for(before: &str) -> bool {
    ["总投资", "總投資"].iter().any(|w| {
        before.rfind(w).is_some_and(|p| {
            let gap = &before[p + w.len()..];
            gap.chars().count() <= 3 && !gap.chars().any(|c| c.is_ascii_digit())
        })
    })
}

/// Whether the words before a count call what it counts new: 新增, 新设,
/// 新引进, 新入驻, 新注册, 新落户 or 净增 with no other number between.
fn counted_as_new(before: &str) -> bool {
    const WORDS: [&str; 13] = [
        "新增",
        "新设",
        "新引进",
        "新入驻",
        "新注册",
        "新落户",
        "净增",
        "新設",
        "新引進",
        "新入駐",
        "新註冊",
        "新落戶",
        "淨增",
    ];
    WORDS.iter().any(|w| {
        before.rfind(w).is_some_and(|p| {
            !before[p + w.len()..].chars().any(|c| {
                c.is_ascii_digit()
                    || ('０'..='９').contains(&c)
                    || "零〇一二两三四五六七八九十百千万亿".contains(c)
            })
        })
    })
}

/// Whether the words before a value name a subsidy's funds: 补助资金 and
/// the like with at most a verb of a few characters between.
fn subsidy_funds_called_for(before: &str) -> bool {
    const WORDS: [&str; 8] = [
        "补助资金",
        "补贴资金",
        "奖补资金",
        "补奖资金",
        "補助資金",
        "補貼資金",
        "獎補資金",
        "補獎資金",
    ];
    WORDS.iter().any(|w| {
        before.rfind(w).is_some_and(|p| {
            let gap = &before[p + w.len()..];
            gap.chars().count() <= 3 && !gap.chars().any(|c| c.is_ascii_digit())
        })
    })
}

/// Every gold file of the project: the seed's and every fixture set's.
fn gold_files() -> Vec<std::path::PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut dirs = vec![root.join("seeds"), root.join("tests/fixtures")];
    for e in std::fs::read_dir(root.join("tests/fixtures")).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            dirs.push(p);
        }
    }
    let mut files: Vec<_> = dirs
        .iter()
        .flat_map(|d| std::fs::read_dir(d).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".gold.toml"))
        .collect();
    files.sort();
    files
}

/// Where a gold value's words stand in its text (a byte offset), as its
/// `in` places it: inside the `in` words, else on the line holding them.
/// Words inside a longer number (1.2% in 11.2%, 百分之五 in 百分之五十) are
/// not the value's.
fn value_at(text: &str, v: &GoldValue) -> Option<usize> {
    let whole = |hay: &str| {
        hay.match_indices(v.text.as_str())
            .map(|(i, _)| i)
            .find(|&i| {
                let numeric = |c: char| {
                    c.is_ascii_digit()
                        || ('０'..='９').contains(&c)
                        || "零〇一二三四五六七八九十百千万亿两".contains(c)
                };
                let mut back = hay[..i].chars().rev();
                let (before, then) = (back.next(), back.next());
                let after = hay[i + v.text.len()..].chars().next();
                let last = v.text.chars().next_back();
                // 38。5億元: 。 between digits is a decimal point.
                let point = |c: char| ".．".contains(c) || c == '。' && then.is_some_and(numeric);
                let inside_before = before.is_some_and(|c| numeric(c) || point(c));
                let inside_after = last.is_some_and(numeric) && after.is_some_and(numeric);
                !(inside_before || inside_after)
            })
    };
    let Some(c) = &v.context else {
        return whole(text);
    };
    if let Some(i) = c.find(&v.text) {
        return text.find(c.as_str()).map(|p| p + i);
    }
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if line.contains(c.as_str()) {
            if let Some(i) = whole(line) {
                return Some(offset + i);
            }
        }
        offset += line.len();
    }
    None
}

/// The generic rate name the words of the clause before `at` call for,
/// and that clause.
fn rate_name_called_for(text: &str, at: usize) -> (&'static str, &str) {
    let start = text[..at]
        .char_indices()
        .rfind(|(_, c)| "，,；;：:。！？!?\n".contains(*c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let clause = &text[start..at];
    let last = |words: &[&str]| {
        words
            .iter()
            .flat_map(|w| {
                clause
                    .match_indices(w)
                    .filter(|(i, w)| {
                        // 较上年末 and 较上年度末 are a level since the year's start.
                        let rest = clause[i + w.len()..].trim_start_matches('度');
                        !rest.starts_with(['末', '底'])
                    })
                    .map(|(i, _)| i)
            })
            .max()
    };
    const YOY: [&str; 9] = [
        "同比",
        "比上年",
        "较上年",
        "較上年",
        "比去年",
        "较去年",
        "較去年",
        "上年同期",
        "去年同期",
    ];
    let yoy = last(&YOY);
    let mom = last(&["环比", "環比", "比上月", "较上月", "較上月"]);
    let name = match (yoy, mom) {
        (None, None) => "growth_rate",
        (y, m) if m > y => "growth_rate_mom",
        _ => "growth_rate_yoy",
    };
    (name, clause)
}

/// A gold value's attributes named by the convention, in their order
/// (a name renamed takes the place of the one it replaces, once).
fn conventional_names(text: &str, v: &GoldValue) -> Result<Vec<String>, String> {
    let mut out: Vec<String> = Vec::new();
    let mut push = |n: String| {
        if !out.contains(&n) {
            out.push(n);
        }
    };
    for a in &v.attributes {
        let a = match a.strip_suffix("_date").filter(|e| !e.is_empty()) {
            Some(event) => format!("date_{event}"),
            None => word_order(a),
        };
        let a = match SYNONYMS.iter().find(|(s, _)| *s == a) {
            Some((_, kept)) => kept.to_string(),
            None => one_name(&a),
        };
        // Land sown or planted, as the words before the value call it.
        let a = if with_area_name(&a, "area") == a {
            a
        } else {
            match area_name_called_for(clause_of(text, v)?.0) {
                Some(kept) => with_area_name(&a, kept),
                None => a,
            }
        };
        // A price's rise in percent is a rate.
        let a = if v.unit.as_deref() == Some("%") && a.ends_with("price_increase") {
            format!("{a}_rate")
        } else {
            a
        };
        if RATE_NAMES.contains(&a.as_str()) {
            let at = value_at(text, v)
                .ok_or_else(|| format!("{:?} (in {:?}) not in the text", v.text, v.context))?;
            push(rate_name_called_for(text, at).0.to_string());
        } else if CAPACITY_NAMES.contains(&a.as_str()) {
            push(capacity_name_called_for(clause_of(text, v)?.0).to_string());
        } else if START_NAMES.contains(&a.as_str()) || PLANNED_START_NAMES.contains(&a.as_str()) {
            let (before, _) = clause_of(text, v)?;
            let at = value_at(text, v).unwrap_or_default() + v.text.len();
            let sentence = text[at..]
                .split(['。', '！', '？', '\n'])
                .next()
                .unwrap_or("");
            let name = start_name_called_for(before, sentence);
            let planned = PLANNED_START_NAMES.contains(&a.as_str());
            push(match name {
                "date_started" if planned => "date_start_planned".to_string(),
                _ if planned => "date_construction_planned".to_string(),
                _ => name.to_string(),
            });
        } else if a == "enterprise_count" {
            // A value whose words the text prints otherwise (the seed's
            // 16家 in its own line) is not read for it.
            let new = clause_of(text, v).is_ok_and(|(before, _)| counted_as_new(before))
                && !v.attributes.iter().any(|n| n == "new_enterprise_count");
            push(a);
            if new {
                push("new_enterprise_count".to_string());
            }
        } else if a == "funding" {
            let subsidy = subsidy_funds_called_for(clause_of(text, v)?.0)
                && !v
                    .attributes
                    .iter()
                    .any(|n| n == "subsidy" || n == "subsidy_funds");
            push(a);
            if subsidy {
                push("subsidy".to_string());
            }
        } else if a == "investment" {
            let total = total_investment_called_for(clause_of(text, v)?.0)
                && !v.attributes.iter().any(|n| n == "total_investment");
            push(a);
            if total {
                push("total_investment".to_string());
            }
        } else {
            push(a);
        }
    }
    // The index's own rate named, cpi_change beside it is that rate too;
    // alone it stays, a part of the basket's (食品价格) in a CPI sentence.
    if out
        .iter()
        .any(|n| n == "cpi_growth" || n == "cpi_growth_target")
    {
        out.retain(|n| n != "cpi_change");
    }
    if let Ok((before, after)) = clause_of(text, v) {
        out = on_hand_names(before, out);
        out = sent_out_names(text, v, out);
        out = moved_names(before, out);
        let crops = ["农作物受灾面积", "農作物受災面積"]
            .iter()
            .any(|w| before.contains(w));
        if crops
            && out.iter().any(|n| n == "affected_area")
            && !out.iter().any(|n| n == "affected_crop_area")
        {
            out.push("affected_crop_area".to_string());
        }
        out = each_names(before, out);
        let involved = ["涉及金额", "涉及金額"].iter().any(|w| before.ends_with(w));
        if involved
            && out.iter().any(|n| n == "amount")
            && !out.iter().any(|n| n == "amount_involved")
        {
            out.push("amount_involved".to_string());
        }
        out = arrival_names(before, out);
        out = land_names(before, after, v, out);
        out = sold_names(before, v, out);
        out = crossing_names(before, after, v, out);
        if v.unit.as_deref() != Some("%")
            && !["百分点", "百分點", "千分点", "千分點"]
                .iter()
                .any(|w| v.text.contains(w))
        {
            out = direction_names(before, out);
        }
    }
    // A rate of change set as a goal accepts its generic name, as every
    // rate of change does.
    let goal = |n: &String| n.contains("growth") && n.ends_with("_target");
    let generic = |n: &String| RATE_NAMES.contains(&n.as_str()) || n == "growth_rate_target";
    if out.iter().any(goal) && !out.iter().any(generic) {
        out.push("growth_rate_target".to_string());
    }
    // A change in points accepts the generic rate_change beside what changed.
    let points = ["百分点", "百分點"].iter().any(|w| v.text.contains(w));
    let gap = |n: &String| n.ends_with("_gap") || n.ends_with("_difference");
    if points
        && out.iter().any(|n| n.ends_with("_change"))
        && !out.iter().any(gap)
        && !out.iter().any(|n| n == "rate_change")
    {
        out.push("rate_change".to_string());
    }
    // A threshold of any kind is generically one: a value that names what
    // it bounds (`spending_threshold`) lists `threshold` too.
    if out.iter().any(|n| n.ends_with("_threshold")) && !out.iter().any(|n| n == "threshold") {
        out.push("threshold".to_string());
    }
    // 社会消费品零售总额: generically retail_sales.
    for n in out.clone() {
        if let Some(plain) = n
            .strip_prefix("total_")
            .filter(|p| p.starts_with("retail_sales") && !p.contains("_of_"))
        {
            if !out.iter().any(|o| o == plain) {
                out.push(plain.to_string());
            }
        }
    }
    if !out.iter().any(|n| n == "base_year") && base_year_called_for(text, v) {
        out.insert(0, "base_year".to_string());
    }
    // A goal lists the generic name of what it measures with _target last
    // too (share beside specialty_coffee_share_target).
    let goals: Vec<String> = out
        .iter()
        .filter_map(|n| n.strip_suffix("_target"))
        .map(|g| format!("_{g}"))
        .collect();
    for n in out.clone() {
        let kept = n == "date"
            || n.starts_with("date_")
            || n == "year"
            || n == "base_year"
            || n.ends_with("_target")
            || RATE_NAMES.contains(&n.as_str());
        let goal = format!("{n}_target");
        let generic = goals.iter().any(|g| g.ends_with(&format!("_{n}")));
        if !kept && generic && !out.contains(&goal) {
            out.push(goal);
        }
    }
    // 力争2027年底前完成…: a planned completion, beside the goal's date.
    let by_then = value_at(text, v).is_some_and(|at| {
        text[at + v.text.len()..]
            .strip_prefix('前')
            .is_some_and(|r| {
                ["完成", "全部完成", "基本完成", "全面完成"]
                    .iter()
                    .any(|w| r.starts_with(w))
            })
    });
    if v.date.is_some()
        && by_then
        && out.iter().any(|n| n == "date_target")
        && !out.iter().any(|n| n == "date_completion_planned")
    {
        out.push("date_completion_planned".to_string());
    }
    if v.date.is_some() && is_dateline(text, v) && !out.iter().any(|n| n == "date_reported") {
        out.push("date_reported".to_string());
    }
    Ok(out)
}

/// Animals the words before a value say are on hand (存栏) are an
/// inventory: a name of their stock is `…_inventory` (`sheep_stock` →
/// `sheep_inventory`), the generic `livestock_count`, `stock_count` or
/// `inventory` is `livestock_inventory`, which any inventory accepts.
fn on_hand_names(before: &str, names: Vec<String>) -> Vec<String> {
    if !["存栏", "存欄"].iter().any(|w| before.contains(w)) {
        return names;
    }
    let mut goal = false;
    let mut inventory = false;
    let mut out = renamed_once(names, |n| {
        let (what, target) = match n.strip_suffix("_target") {
            Some(w) => (w, "_target"),
            None => (n.as_str(), ""),
        };
        let kept = match what {
            "livestock_count" | "stock_count" | "inventory" => "livestock_inventory".to_string(),
            _ => match what.strip_suffix("_stock") {
                Some(animal) => format!("{animal}_inventory"),
                None => what.to_string(),
            },
        };
        if kept.ends_with("_inventory") {
            inventory = true;
            goal |= !target.is_empty();
        }
        format!("{kept}{target}")
    });
    let any = format!("livestock_inventory{}", if goal { "_target" } else { "" });
    if inventory && !out.contains(&any) {
        out.push(any);
    }
    out
}

/// Animals the words say were sent out of the pen (出栏, the last of 出栏
/// and 屠宰 before the value in its sentence) are output: a name of them
/// sold, marketed or slaughtered is `<animal>_output` (`cattle_slaughtered`
/// → `cattle_output`, `live_pigs_sold` → `pig_output`), the generic
/// `slaughter_count` is `livestock_output`, which any animal's output
/// accepts. 屠宰 nearer the value (共屠宰生猪) keeps `pigs_slaughtered`.
fn sent_out_names(text: &str, v: &GoldValue, names: Vec<String>) -> Vec<String> {
    let Some(at) = value_at(text, v) else {
        return names;
    };
    let start = text[..at]
        .char_indices()
        .rfind(|(_, c)| "。！？!?\n".contains(*c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let sentence = &text[start..at];
    let last = |ws: &[&str]| ws.iter().filter_map(|w| sentence.rfind(w)).max();
    match (last(&["出栏", "出欄"]), last(&["屠宰"])) {
        (Some(out), Some(killed)) if killed > out => return names,
        (None, _) => return names,
        _ => {}
    }
    let mut goal = false;
    let mut output = false;
    let mut out = renamed_once(names, |n| {
        let kept = sent_out_name(&n);
        let (what, target) = match kept.strip_suffix("_target") {
            Some(w) => (w, true),
            None => (kept.as_str(), false),
        };
        if SENT_OUT_ANIMALS
            .iter()
            .any(|(_, a)| what.ends_with(&format!("{a}_output")))
        {
            output = true;
            goal |= target;
        }
        kept
    });
    let any = format!("livestock_output{}", if goal { "_target" } else { "" });
    if output && !out.contains(&any) {
        out.push(any);
    }
    out
}

/// The animals a name of output may say, each as the convention spells it.
const SENT_OUT_ANIMALS: [(&str, &str); 12] = [
    ("live_pigs", "pig"),
    ("live_pig", "pig"),
    ("pigs", "pig"),
    ("pig", "pig"),
    ("hogs", "pig"),
    ("hog", "pig"),
    ("cattle", "cattle"),
    ("sheep", "sheep"),
    ("yaks", "yak"),
    ("yak", "yak"),
    ("poultry", "poultry"),
    ("livestock", "livestock"),
];

/// One name with animals sent out said as output (see `sent_out_names`):
/// what stands before and after the animals' words is kept
/// (`expected_sheep_marketed` → `expected_sheep_output`).
fn sent_out_name(n: &str) -> String {
    if let Some(rest) = n.strip_prefix("slaughter_count") {
        return format!("livestock_output{rest}");
    }
    let words: Vec<&str> = n.split('_').collect();
    for (i, _) in words.iter().enumerate() {
        for (said, animal) in SENT_OUT_ANIMALS {
            let a: Vec<&str> = said.split('_').collect();
            let end = i + a.len();
            if words.get(i..end) != Some(&a[..]) {
                continue;
            }
            let Some(verb) = words.get(end) else {
                continue;
            };
            if !["slaughtered", "marketed", "sold", "sales", "output"].contains(verb) {
                continue;
            }
            let mut out: Vec<String> = words[..i].iter().map(|w| w.to_string()).collect();
            out.push(format!("{animal}_output"));
            out.extend(words[end + 1..].iter().map(|w| w.to_string()));
            return out.join("_");
        }
    }
    n.to_string()
}

/// `names` each renamed by `rename`, in their order, each name once (a
/// name renamed to one already there takes no second place).
fn renamed_once(names: Vec<String>, mut rename: impl FnMut(String) -> String) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for n in names {
        let n = rename(n);
        if !out.contains(&n) {
            out.push(n);
        }
    }
    out
}

/// People moved: `people_relocated` when the words before the value say
/// they were resettled (转移安置, 搬迁), `people_evacuated` when they say
/// they were moved out of danger (紧急转移, 转移避险, 疏散); one of the two,
/// never both.
fn moved_names(before: &str, names: Vec<String>) -> Vec<String> {
    let moved = |n: &String| n == "people_relocated" || n == "people_evacuated";
    if !names.iter().any(moved) {
        return names;
    }
    let said = |ws: &[&str]| ws.iter().any(|w| before.contains(w));
    let kept = if said(&["安置", "搬迁", "搬遷"]) {
        "people_relocated"
    } else if said(&["转移", "轉移", "避险", "避險", "疏散"]) {
        "people_evacuated"
    } else {
        return names;
    };
    renamed_once(names, |n| if moved(&n) { kept.to_string() } else { n })
}

/// Money for each one that a subsidy's or a reward's word names right
/// before it (每座补助1.5万元, 补助最高5000元, 单个项目最高补助) is that
/// money: a value that lists `amount_each` there lists `subsidy` or
/// `reward` too, `max_subsidy` or `max_reward` when 最高 comes right before
/// the word.
fn each_names(before: &str, mut names: Vec<String>) -> Vec<String> {
    if !names.iter().any(|n| n == "amount_each") {
        return names;
    }
    let b = before.trim_end_matches("最高");
    let Some((word, named)) = [
        ("补助", "subsidy"),
        ("补贴", "subsidy"),
        ("補助", "subsidy"),
        ("補貼", "subsidy"),
        ("奖励", "reward"),
        ("獎勵", "reward"),
    ]
    .into_iter()
    .find(|(w, _)| b.ends_with(w)) else {
        return names;
    };
    let most = b[..b.len() - word.len()].ends_with("最高");
    let kept = if most {
        format!("max_{named}")
    } else {
        named.to_string()
    };
    if !names.contains(&kept) {
        names.push(kept);
    }
    names
}

/// Visitors the words before the value say arrived (入境旅客, 入境游客,
/// 來臺旅客; not 出入境旅客, counted both ways) are `inbound_visitor_count`,
/// and visitors: a value that lists one of `visitor_count` and
/// `inbound_visitor_count` lists the other too.
fn arrival_names(before: &str, mut names: Vec<String>) -> Vec<String> {
    const ARRIVED: [&str; 7] = [
        "入境旅客",
        "入境游客",
        "入境遊客",
        "來臺旅客",
        "来台旅客",
        "來台旅客",
        "访台旅客",
    ];
    let arrived = ARRIVED.iter().any(|w| {
        before
            .match_indices(w)
            .any(|(i, _)| !before[..i].ends_with('出'))
    });
    let both = ["visitor_count", "inbound_visitor_count"];
    if !arrived || !names.iter().any(|n| both.contains(&n.as_str())) {
        return names;
    }
    for n in both {
        if !names.iter().any(|o| o == n) {
            names.push(n.to_string());
        }
    }
    names
}

/// Land counted by the 宗 (挂牌出让3宗住宅用地, 7宗地块) is counted in plots:
/// a name's `parcel` is `plot` there (a parcel is post, 包裹), and
/// `land_plot_count` the plain `plot_count`.
fn land_names(before: &str, after: &str, v: &GoldValue, names: Vec<String>) -> Vec<String> {
    let land = v.text.contains('宗') && format!("{before}{after}").contains('地');
    if !land {
        return names;
    }
    renamed_once(names, |n| {
        let n = n
            .split('_')
            .map(|w| if w == "parcel" { "plot" } else { w })
            .collect::<Vec<_>>()
            .join("_");
        if n == "land_plot_count" {
            "plot_count".to_string()
        } else {
            n
        }
    })
}

/// Things counted by the 套 that the words before them in their clause say
/// were sold (网签成交3126套, 销售12.6万套) are `sales_units` (never
/// `units_sold`); new homes' are `new_home_sales_units` (never the
/// `new_home_sales` of money or area), second-hand homes'
/// `second_hand_sales_units` (never `second_hand_home_sales`), each with
/// `sales_units` beside it.
fn sold_names(before: &str, v: &GoldValue, names: Vec<String>) -> Vec<String> {
    const SOLD: [&str; 6] = ["成交", "网签", "網簽", "售出", "销售", "銷售"];
    let sold = v.unit.as_deref() == Some("count")
        && v.text.contains('套')
        && !v.text.contains("台套")
        && SOLD.iter().any(|w| before.contains(w));
    if !sold {
        return names;
    }
    let mut out = renamed_once(names, |n| {
        match n.as_str() {
            "units_sold" => "sales_units",
            "new_home_sales" => "new_home_sales_units",
            "second_hand_home_sales" => "second_hand_sales_units",
            _ => return n,
        }
        .to_string()
    });
    if !out.iter().any(|n| n == "sales_units") {
        out.push("sales_units".to_string());
    }
    out
}

/// People counted each time they cross a border (人次) are
/// `passenger_crossings`: a border's crossings (`border_crossings`,
/// `border_crossing_count`, `crossings`, `cross_border_passenger_count`,
/// and `traveller_count` where the border is said) are renamed to it, a
/// kind's keeps its kind (`average_daily_crossings` →
/// `average_daily_passenger_crossings`); where the words of the value's
/// clause say they crossed both ways (出入境旅客, 经各管制站出入境), it is
/// listed when no name of their crossings is, and beside `passenger_count`
/// listed with a kind of them.
fn crossing_names(before: &str, after: &str, v: &GoldValue, names: Vec<String>) -> Vec<String> {
    if !v.text.contains("人次") {
        return names;
    }
    const BOTH_WAYS: [&str; 3] = ["出入境", "进出境", "進出境"];
    let clause = format!("{before}{after}");
    let both_ways = BOTH_WAYS.iter().any(|w| clause.contains(w));
    let border = both_ways
        || clause.contains('境')
        || names
            .iter()
            .any(|n| n.split('_').any(|w| w.starts_with("crossing")));
    let mut out = renamed_once(names, |n| {
        match n.as_str() {
            "border_crossings"
            | "border_crossing_count"
            | "crossings"
            | "crossing_count"
            | "cross_border_passenger_count" => return "passenger_crossings".to_string(),
            "traveller_count" if border => return "passenger_crossings".to_string(),
            _ => {}
        }
        match n.strip_suffix("_crossings") {
            Some(what)
                if !["passenger", "vehicle", "truck"]
                    .iter()
                    .any(|k| what.ends_with(k)) =>
            {
                format!("{what}_passenger_crossings")
            }
            _ => n,
        }
    });
    // passenger_count beside their crossings' names is their crossings too.
    let plain = out.iter().any(|n| n == "passenger_count")
        && out.iter().any(|n| n.ends_with("passenger_crossings"));
    if (plain || both_ways && !out.iter().any(|n| n.ends_with("passenger_crossings")))
        && !out.iter().any(|n| n == "passenger_crossings")
    {
        out.push("passenger_crossings".to_string());
    }
    out
}

/// A change whose words right before it say its way (比上年增加, 减少) names
/// it: `…_change` is `…_increase` or `…_decrease`, as the value is stored
/// without a sign.
fn direction_names(before: &str, names: Vec<String>) -> Vec<String> {
    let b = before.trim_end_matches(['了', '约']);
    const UP: [&str; 10] = [
        "增加", "增长", "提高", "新增", "净增", "上涨", "增長", "提升", "扩大", "擴大",
    ];
    const DOWN: [&str; 7] = ["减少", "下降", "降低", "净减", "下跌", "減少", "淨減"];
    let compared = b.contains('比') || b.contains('较') || b.contains('較');
    let way = if UP.iter().any(|w| b.ends_with(w)) || compared && b.ends_with('多') {
        "increase"
    } else if DOWN.iter().any(|w| b.ends_with(w)) || compared && b.ends_with('少') {
        "decrease"
    } else {
        return names;
    };
    renamed_once(names, |n| match n.strip_suffix("_change") {
        Some(what) if !what.is_empty() && what != "rate" => {
            let n = format!("{what}_{way}");
            match SYNONYMS.iter().find(|(s, _)| *s == n) {
                Some((_, kept)) => kept.to_string(),
                None => n,
            }
        }
        _ => n,
    })
}

/// Whether a year's words say a change is measured from it: 比/较 right
/// before it, 与…相比 around it, 由/从…的 (由2021年的12万元), 恢复到…同期.
fn base_year_called_for(text: &str, v: &GoldValue) -> bool {
    let year = v
        .text
        .strip_suffix('年')
        .is_some_and(|y| y.chars().count() == 4 && y.chars().all(|c| c.is_ascii_digit()));
    let Some(at) = value_at(text, v).filter(|_| year) else {
        return false;
    };
    let (before, after) = (&text[..at], &text[at + v.text.len()..]);
    let ends = |ws: &[&str]| ws.iter().any(|w| before.ends_with(w));
    let starts = |ws: &[&str]| ws.iter().any(|w| after.starts_with(w));
    ends(&["比", "较", "較"])
        || ends(&["与", "與"]) && starts(&["相比", "相較", "相较"])
        || ends(&["由", "从", "從"]) && starts(&["的"])
        || ends(&["恢复到", "恢復到"]) && starts(&["同期"])
}

/// Whether a date's words are a dateline: right before 电 or 讯
/// (新华社长沙7月14日电), or right next to 记者 (记者12日从, １０月２８日，记者从).
fn is_dateline(text: &str, v: &GoldValue) -> bool {
    let Some(at) = value_at(text, v) else {
        return false;
    };
    let (before, after) = (&text[..at], &text[at + v.text.len()..]);
    // 26日 of 12月26日电 is not the dateline's date, but a later day's.
    if before.ends_with(['月', '年']) {
        return false;
    }
    let reporter = ["记者", "記者"];
    ["电", "電", "讯", "訊"]
        .iter()
        .any(|w| after.starts_with(w))
        || reporter.iter().any(|w| before.ends_with(w))
        || reporter
            .iter()
            .any(|w| after.trim_start_matches(['，', ',', ' ']).starts_with(w))
}

/// A news agency or paper, which a dateline names but is not what its news
/// is about.
fn is_agency(name: &str) -> bool {
    ["新华社", "新華社", "中新社", "本报", "本報"].contains(&name)
        || ["网", "網", "日报", "日報", "晚报", "晚報", "通讯社"]
            .iter()
            .any(|w| name.ends_with(w))
}

/// A gold value's subjects by the convention: a dateline's that name only an
/// agency or paper are what the news is about: the subject the gold names
/// first most often.
fn conventional_subjects(gold: &Gold, text: &str, v: &GoldValue) -> Vec<String> {
    let agency_only = !v.subjects.is_empty() && v.subjects.iter().all(|s| is_agency(s));
    if v.date.is_none() || !agency_only || !is_dateline(text, v) {
        return v.subjects.clone();
    }
    let firsts: Vec<&String> = gold
        .value
        .iter()
        .filter_map(|o| o.subjects.first())
        .filter(|s| !is_agency(s))
        .collect();
    let count = |s: &&String| firsts.iter().filter(|o| *o == s).count();
    // The first of the most frequent (max_by_key keeps the last of a tie).
    let Some(topic) = firsts.iter().rev().max_by_key(|s| count(s)) else {
        return v.subjects.clone();
    };
    // Its names as the gold lists them most often (the first of a tie).
    let lists: Vec<&Vec<String>> = gold
        .value
        .iter()
        .map(|o| &o.subjects)
        .filter(|s| s.first() == Some(*topic))
        .collect();
    let count = |l: &&Vec<String>| lists.iter().filter(|o| *o == l).count();
    lists
        .iter()
        .rev()
        .max_by_key(|l| count(l))
        .map_or_else(|| v.subjects.clone(), |l| (*l).clone())
}

/// What is wrong with the attribute name `a` by the convention (the
/// module's doc): a date's event said first, a synonym the table renames,
/// a concept the table names otherwise. Empty when it follows it.
fn name_faults(a: &str) -> Vec<String> {
    let mut faults = Vec::new();
    if let Some(event) = a.strip_suffix("_date").filter(|e| !e.is_empty()) {
        faults.push(format!("a date's name puts date_ first (date_{event})"));
    }
    if let Some((_, kept)) = SYNONYMS.iter().find(|(s, _)| *s == a) {
        faults.push(format!("the convention's name is {kept}"));
    }
    let kept = one_name(a);
    if kept != a {
        faults.push(format!("the convention's name for its concept is {kept}"));
    }
    faults
}

/// Every gold file names what it measures by the convention the module's
/// doc describes: a set written later that strays from it fails here,
/// naming the file, the value and the name to use.
#[test]
fn gold_names_follow_the_convention() {
    let files = gold_files();
    assert!(files.len() >= 20, "gold files missing: {}", files.len());
    let mut faults = Vec::new();
    let mut rates = 0;
    for path in &files {
        let gold = read_gold(path);
        let text = std::fs::read_to_string(path.with_file_name(&gold.document.file))
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for (i, v) in gold.value.iter().enumerate() {
            let here = format!("{}, value {} ({})", path.display(), i + 1, v.text);
            for a in &v.attributes {
                faults.extend(
                    name_faults(a)
                        .into_iter()
                        .map(|f| format!("{here}: attribute {a}: {f}")),
                );
            }
            match conventional_names(&text, v) {
                Ok(names) if names != v.attributes => faults.push(format!(
                    "{here}: attributes {:?}: the convention names them {names:?}",
                    v.attributes
                )),
                Ok(_) => {}
                Err(e) => faults.push(format!("{here}: {e}")),
            }
            // 最高1万元: 最高 says which amount it is (the most each one may
            // get, as in 最高可贷30万元), not a bound of the number.
            if ["最高", "最多"].iter().any(|w| {
                v.text
                    .strip_prefix(w)
                    .is_some_and(|r| !r.starts_with(['不', '超', '达', '達']))
            }) {
                faults.push(format!(
                    "{here}: 最高 before a number is not its bound: the value is the number's words, exact"
                ));
            }
            // 约占六成: 约 bounds the share (about), 占 is the verb; the
            // value's words are the number's, as after 约有 and 约为.
            if ABOUT_VERBS.iter().any(|w| v.text.starts_with(w)) {
                faults.push(format!(
                    "{here}: 约占, 约为 and 约有 are no part of a value's words: the number's, bound about"
                ));
            }
            let subjects = conventional_subjects(&gold, &text, v);
            if subjects != v.subjects {
                faults.push(format!(
                    "{here}: subjects {:?}: a dateline's are what the news is about, {subjects:?}",
                    v.subjects
                ));
            }
            let listed: Vec<&String> = v
                .attributes
                .iter()
                .filter(|a| RATE_NAMES.contains(&a.as_str()))
                .collect();
            if listed.is_empty() {
                continue;
            }
            rates += 1;
            let Some(at) = value_at(&text, v) else {
                faults.push(format!(
                    "{here}: not found in the text (in {:?})",
                    v.context
                ));
                continue;
            };
            let (want, clause) = rate_name_called_for(&text, at);
            if listed != [want] {
                faults.push(format!(
                    "{here}: attributes {listed:?}: its clause «{clause}» calls for {want} alone"
                ));
            }
        }
    }
    assert!(rates >= 100, "only {rates} rates of change checked");
    assert!(
        faults.is_empty(),
        "{} gold names stray from the convention (tests/extract.rs's doc; \
         `GOLD_RENAME=1 cargo test --test extract rename_gold_to_the_convention -- --ignored` \
         applies it):\n{}",
        faults.len(),
        faults.join("\n")
    );
}

/// Every attribute name the lexicon gives (its tables, built-in and data)
/// is the convention's: no synonym, variant of a concept or word order a
/// gold file would be rejected for, so that a value the words name right
/// cannot miss the gold by its spelling.
#[test]
fn lexicon_names_follow_the_convention() {
    use seedkb::extract::extract::lexicon::{self, Dim};
    let data = lexicon::data();
    let pairs = |t: &'static [(String, String)]| t.iter().map(|(_, a)| a.as_str());
    let mut names: Vec<&str> = Vec::new();
    names.extend(lexicon::before_words().map(|(_, _, a)| a));
    names.extend(lexicon::AFTER.iter().map(|(_, _, a)| *a));
    names.extend(lexicon::counted().map(|(_, a)| a));
    names.extend(lexicon::counters().map(|(_, a)| a));
    names.extend(lexicon::COUNT_VERBS.iter().map(|(_, a)| *a));
    names.extend(lexicon::DATE_EVENTS.iter().map(|(_, a)| *a));
    names.extend(lexicon::PLANNED_EVENTS.iter().map(|(_, a)| *a));
    for t in [
        &data.per_household,
        &data.per_mu,
        &data.per_person,
        &data.per_words,
        &data.people_verbs,
        &data.day_words,
        &data.new_enterprise_kinds,
    ] {
        names.extend(pairs(t));
    }
    names.extend(data.rate_base.iter().map(|(a, _)| a.as_str()));
    names.extend(
        [
            Dim::Money,
            Dim::Area,
            Dim::Power,
            Dim::Mass,
            Dim::Length,
            Dim::Percent,
            Dim::Count,
            Dim::Volume,
            Dim::Energy,
        ]
        .map(Dim::default_attribute),
    );
    assert!(names.len() > 1000, "only {} names read", names.len());
    let mut faults: Vec<String> = names
        .iter()
        .flat_map(|&a| {
            let mut faults = name_faults(a);
            let ordered = word_order(a);
            if ordered != a {
                faults.push(format!("its words' order is {ordered}"));
            }
            faults.into_iter().map(move |f| format!("{a}: {f}"))
        })
        .collect();
    faults.sort();
    faults.dedup();
    assert!(
        faults.is_empty(),
        "lexicon names stray from the convention (tests/extract.rs's doc):\n{}",
        faults.join("\n")
    );
}

/// Applies the naming convention to every gold file in place (a
/// mechanical rename by its rules, the same for every set): run with
/// GOLD_RENAME=1 after adding a set written with other names.
#[test]
#[ignore]
fn rename_gold_to_the_convention() {
    if std::env::var("GOLD_RENAME").is_err() {
        return;
    }
    for path in gold_files() {
        let gold = read_gold(&path);
        let src = std::fs::read_to_string(&path).unwrap();
        let text = std::fs::read_to_string(path.with_file_name(&gold.document.file)).unwrap();
        let mut values = gold.value.iter();
        let mut out = String::new();
        let mut changed = 0;
        // A value's subjects come before its attributes: the value they are
        // of is the one the next attributes line takes.
        let mut next = 0;
        for line in src.split_inclusive('\n') {
            if line.starts_with("subjects = ") {
                let v = &gold.value[next];
                let subjects = conventional_subjects(&gold, &text, v);
                if subjects == v.subjects {
                    out.push_str(line);
                } else {
                    changed += 1;
                    let quoted: Vec<String> = subjects.iter().map(|n| format!("{n:?}")).collect();
                    out.push_str(&format!("subjects = [{}]\n", quoted.join(", ")));
                }
                continue;
            }
            if !line.starts_with("attributes = ") {
                out.push_str(line);
                continue;
            }
            next += 1;
            let v = values
                .next()
                .unwrap_or_else(|| panic!("{}: more attribute lines than values", path.display()));
            let names =
                conventional_names(&text, v).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            if names == v.attributes {
                out.push_str(line);
                continue;
            }
            changed += 1;
            let quoted: Vec<String> = names.iter().map(|n| format!("{n:?}")).collect();
            out.push_str(&format!("attributes = [{}]\n", quoted.join(", ")));
        }
        assert!(
            values.next().is_none(),
            "{}: a value's attributes not on one line",
            path.display()
        );
        if changed > 0 {
            std::fs::write(&path, out).unwrap();
            println!("{}: {changed} values renamed", path.display());
        }
    }
}

/// Round 45: one spelling of a centre, one name of a reservoir's water,
/// of ships' and trains' runs and of a room's nightly price, alone and
/// inside longer names.
#[test]
fn one_name_for_centres_storage_runs_and_room_rates() {
    for (variant, kept) in [
        ("sorting_centre_count", "sorting_center_count"),
        (
            "community_health_centre_count",
            "community_health_center_count",
        ),
        ("water_stored", "water_storage"),
        ("voyage_count_increase", "sailing_count_increase"),
        ("weekly_sailings", "weekly_sailing_count"),
        ("container_liner_voyages", "container_liner_sailing_count"),
        ("trains_run_growth", "train_count_growth"),
        ("total_trains_run", "total_train_count"),
        ("return_trains", "return_train_count"),
        ("trains_operated", "train_count"),
        ("daily_bus_departures", "daily_bus_departure_count"),
        ("average_room_price", "average_room_rate"),
        ("training_class_count", "training_session_count"),
    ] {
        assert_eq!(one_name(variant), kept, "{variant}");
    }
    // What merely contains a word stays: a voyage's revenue, training.
    for kept in [
        "revenue_per_voyage",
        "training_count",
        "train_count",
        "trainee_count",
    ] {
        assert_eq!(one_name(kept), kept);
    }
}

/// A value that names what a threshold bounds lists the generic name too.
#[test]
fn a_named_threshold_lists_the_generic_one() {
    let v = GoldValue {
        text: "200元".into(),
        quantity: None,
        upper: None,
        unit: Some("CNY".into()),
        bound: None,
        date: None,
        until: None,
        context: None,
        subjects: vec![],
        attributes: vec!["spending_threshold".into()],
    };
    let names = conventional_names("消费券满200元减30元。", &v).unwrap();
    assert_eq!(names, ["spending_threshold", "threshold"]);
}

/// Names that open with a rate are reordered, what is measured first; two
/// rates in a row end as they are (they swapped round for ever before).
#[test]
fn word_order_puts_what_is_measured_first_and_ends() {
    assert_eq!(
        word_order("per_household_income_increase"),
        "income_increase_per_household"
    );
    assert_eq!(word_order("per_mu_yield_target"), "yield_per_mu_target");
    assert_eq!(word_order("per_household_per_mu"), "per_household_per_mu");
    assert_eq!(
        word_order("per_mu_per_household_target"),
        "per_mu_per_household_target"
    );
}

/// An upper limit names max_ first, a market's capitalisation stays what
/// it is, and a name put in order stays so when ordered again.
#[test]
fn word_order_puts_an_upper_limit_first_once() {
    assert_eq!(word_order("subsidy_cap"), "max_subsidy");
    assert_eq!(word_order("maximum_fare"), "max_fare");
    assert_eq!(word_order("market_cap"), "market_cap");
    assert_eq!(word_order("market_cap_growth"), "market_cap_growth");
    for name in [
        "subsidy_cap",
        "payment_cap_per_visit",
        "subsidy_max_per_capita",
        "food_expenditure_per_capita",
        "average_daily_passenger_count",
        "daily_per_capita_spending",
        "market_cap_growth",
    ] {
        let once = word_order(name);
        assert_eq!(word_order(&once), once, "{name}");
    }
}

/// Consumer prices' own rate is `cpi_growth` and its goal
/// `cpi_growth_target`; `cpi_change` beside either goes, alone it stays.
#[test]
fn consumer_prices_own_rate_is_cpi_growth() {
    let text = "1—10月，青石市居民消费价格同比上涨0.5%，其中食品价格下降1.2%。全年居民消费价格涨幅控制在3%左右。";
    let value = |t: &str, attributes: &[&str]| GoldValue {
        text: t.to_string(),
        quantity: None,
        upper: None,
        unit: Some("%".to_string()),
        bound: None,
        date: None,
        until: None,
        context: None,
        subjects: vec!["青石市".to_string()],
        attributes: attributes.iter().map(|a| a.to_string()).collect(),
    };
    let names = |v: GoldValue| conventional_names(text, &v).unwrap();
    assert_eq!(
        names(value(
            "0.5%",
            &["cpi_growth_rate", "cpi_change", "consumer_price_growth"]
        )),
        ["cpi_growth"]
    );
    assert_eq!(
        names(value("1.2%", &["food_price_change", "cpi_change"])),
        ["food_price_change", "cpi_change"]
    );
    assert_eq!(
        names(value("3%左右", &["cpi_target", "cpi_change"])),
        ["cpi_growth_target", "growth_rate_target"]
    );
}
