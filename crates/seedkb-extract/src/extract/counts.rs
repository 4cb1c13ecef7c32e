//! Numbers that read as amounts but state no fact: the number of the items
//! a list has just named (餐饮、零售、文旅三类, 甲、乙、丙三大油企), and one
//! unit of land or weight said as the base of a rate (一亩能卖一万五千元).

/// Counters by which a text sums up the kinds a list has just named: 三类
/// 消费券, 三种户型. Their items may be sizes (60平方米、80平方米三种户型)
/// and two may be joined by 和 alone (绿茶和红茶两类).
const KIND_COUNTERS: &[&str] = &["类", "种"];

/// Counters by which a text sums up the things a list has just named
/// (宁海、缙云两座电站, 甲、乙、丙三大油企, 缴存、提取、贷款三项指标): the
/// number counts names the text gives, no value of its own. Their lists
/// are told apart by 、, and their items are names, not amounts
/// (汇集站3座、送出线路两条 counts lines).
const LIST_COUNTERS: &[&str] = &[
    "大", "个", "家", "项", "座", "条", "所", "宗", "部", "件", "台", "支", "艘", "处", "位", "名",
    "款", "片", "批", "只",
];

/// Counters and units that make an item of a list an amount (汇集站3座).
const AMOUNT_ENDS: &str = "个家项座条所宗部件台支艘处位名款片批只万亿元吨米亩人户辆株头";

/// Whether the count `words` said at `at` in `text` (a numeral from 两 to
/// 十 and one of [`KIND_COUNTERS`] or [`LIST_COUNTERS`], 三类, 两座)
/// counts the items of the list that ends right before it in its clause
/// (餐饮、零售、文旅三类, 中国石油、中国石化、中国海油三大油企): the items
/// are named, the number only restates how many there are. Items are told
/// apart by 、 and one 和, 及 or 与 before the last; their number must be
/// the count's (a name may hold a 与 of its own: 石油与天然气工程、机械工程、
/// 计算机科学与技术三个专业).
pub fn restates_a_list(text: &str, at: usize, words: &str) -> bool {
    let mut cs = words.chars();
    let n = match cs.next() {
        Some('两' | '二') => 2,
        Some(c) => match "三四五六七八九十".chars().position(|d| d == c) {
            Some(p) => p + 3,
            None => return false,
        },
        None => return false,
    };
    let counter = cs.as_str();
    let kinds = KIND_COUNTERS.contains(&counter);
    if !kinds && !LIST_COUNTERS.contains(&counter) {
        return false;
    }
    let clause_start = text[..at]
        .char_indices()
        .rfind(|(_, c)| "，。；：！？,;:\n（(“”".contains(*c))
        .map_or(0, |(k, c)| k + c.len_utf8());
    let before = &text[clause_start..at];
    // The last item runs up to the count: nothing between them.
    if before.is_empty() || before.ends_with(['、', '和', '及', '与']) {
        return false;
    }
    let commas = before.matches('、').count();
    if !kinds && (commas == 0 || before.split('、').any(holds_an_amount)) {
        return false;
    }
    let last = before.rfind('、').map_or(0, |k| k + '、'.len_utf8());
    let joined = ["和", "及", "与"]
        .iter()
        .filter(|w| before[last..].contains(**w))
        .count()
        .min(1);
    let items = commas + joined + 1;
    items >= 2 && (items == n || !kinds && joined == 1 && commas + 1 == n)
}

/// Whether an item of a list says an amount: a number and a counter or a
/// unit (汇集站3座, 线路两条), not a name that holds a numeral (三峡, 361度).
fn holds_an_amount(item: &str) -> bool {
    let cs: Vec<char> = item.chars().collect();
    cs.windows(2).any(|w| {
        (w[0].is_ascii_digit() || "一二两三四五六七八九十百千".contains(w[0]))
            && AMOUNT_ENDS.contains(w[1])
    })
}

/// Whether the count at `norm[a..b]` (a numeral and a counter of
/// [`LIST_COUNTERS`]) heads the numbered items that follow its clause's
/// colon (三家孵化器表现突出：1．…, 列了三条：一是…): it counts them,
/// no value of its own.
pub fn heads_the_items_after(norm: &str, a: usize, b: usize) -> bool {
    let words = &norm[a..b];
    let counter = words.trim_start_matches(|c: char| "两二三四五六七八九十".contains(c));
    if counter.len() == words.len() || !LIST_COUNTERS.contains(&counter) {
        return false;
    }
    let after = &norm[b..];
    let Some(end) = after.find(|c: char| "，,；;。！？!?：:".contains(c)) else {
        return false;
    };
    let Some(colon) = after[end..].chars().next().filter(|c| "：:".contains(*c)) else {
        return false;
    };
    let items = after[end + colon.len_utf8()..].trim_start();
    // 1.5万元 is no item's number.
    ITEM_MARKS.iter().any(|m| {
        items
            .strip_prefix(m)
            .is_some_and(|rest| !rest.starts_with(|c: char| c.is_ascii_digit()))
    })
}

/// How the first of numbered items opens.
const ITEM_MARKS: &[&str] = &[
    "一是",
    "1．",
    "1.",
    "１．",
    "1、",
    "（一）",
    "(一)",
    "一、",
    "①",
];

/// Whether the count at `norm[a..b]` (digits or a numeral and a counter
/// of [`KIND_COUNTERS`] or [`LIST_COUNTERS`]) points back at things the
/// text has told of (上述5家企业, 以上两项): it counts them again, no
/// value of its own. Not 这 (这8个项目 may restate a count said before,
/// of things never named).
pub fn refers_back(norm: &str, a: usize, b: usize) -> bool {
    let words = &norm[a..b];
    let counter = words
        .trim_start_matches(|c: char| c.is_ascii_digit() || "一二两三四五六七八九十".contains(c));
    if counter.len() == words.len()
        || !KIND_COUNTERS.contains(&counter) && !LIST_COUNTERS.contains(&counter)
    {
        return false;
    }
    let before = &norm[..a];
    let clause_opens = |rest: &str| {
        rest.is_empty() || rest.ends_with(|c: char| "，。；：！？,;:\n（(“”".contains(c))
    };
    ["上述", "前述"].iter().any(|w| before.ends_with(w))
        || before.strip_suffix("以上").is_some_and(clause_opens)
}

/// Whether the count at `norm[a..b]`, one numeral from 两 to 十 and a
/// counter (两家, 三个, 三大), names a group whose members' own values or
/// their sum its clause gives next (齐鲁石化、东岳集团两家企业分别为7.2万吨
/// 和2.6万吨; 三个项目合计850兆瓦), or what they all did (两项指标均创新高):
/// the members were named before, the number only says how many they are.
/// A noun follows the count, and 分别, 合计 or 均 follows the noun before
/// any other number in the clause.
pub fn names_a_group(norm: &str, a: usize, b: usize) -> bool {
    let mut cs = norm[a..b].chars();
    if !cs
        .next()
        .is_some_and(|c| "两二三四五六七八九十".contains(c))
    {
        return false;
    }
    if cs.clone().count() != 1 || cs.next().is_some_and(|c| "多余".contains(c)) {
        return false;
    }
    let after = &norm[b..];
    if !after.starts_with(|c: char| ('\u{4e00}'..='\u{9fff}').contains(&c)) {
        return false;
    }
    let end = after
        .find(|c: char| "，,；;：:。！？!?".contains(c))
        .unwrap_or(after.len());
    let rest = &after[..end];
    // 均 alone (两项指标均), not in 平均, 人均 or 亩均.
    let all = rest
        .char_indices()
        .filter(|&(k, c)| {
            c == '均' && !rest[..k].ends_with(['平', '人', '户', '亩', '日', '月', '年'])
        })
        .map(|(k, _)| k)
        .next();
    let Some(k) = ["分别", "合计"]
        .iter()
        .filter_map(|w| rest.find(w))
        .chain(all)
        .min()
    else {
        return false;
    };
    !rest[..k].contains(|c: char| {
        c.is_ascii_digit() || "一二两三四五六七八九十百千万０１２３４５６７８９".contains(c)
    })
}

/// Whether the count at `norm[a..]` follows 最…的 in its clause (是整个工程中
/// 最长的一座, 增长最快的一类, 最受欢迎的三个去处): the members a superlative
/// picks out of things counted elsewhere, no count of anything.
pub fn picked_by_a_superlative(norm: &str, a: usize) -> bool {
    let before = &norm[..a];
    let Some(before) = before.strip_suffix('的') else {
        return false;
    };
    let Some(k) = before.rfind('最') else {
        return false;
    };
    !before[k..].contains(|c: char| CLAUSE_END.contains(c) || c.is_ascii_digit())
}

/// Whether the count at `norm[a..b]` is a place in a ranking: counted in
/// 位 or 名 right after 前 (居各县前三位, 排名前10名) or after a move in the
/// ranking (比上年前移3位), with no noun after it.
pub fn a_rank(norm: &str, a: usize, b: usize) -> bool {
    norm[a..b].ends_with(['位', '名'])
        && RANK_MOVES.iter().any(|w| norm[..a].ends_with(w))
        && !norm[b..].starts_with(|c: char| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// Words right before a place in a ranking.
const RANK_MOVES: &[&str] = &["前", "前移", "后移", "上升", "下降", "提升", "跃升"];

/// Whether the count at `norm[a..b]` numbers the articles of a policy in
/// its title (《促进民营经济发展20条措施》, 《十条意见》): inside 《》 and
/// before a word naming the policy, part of a name, no value.
pub fn in_a_policy_title(norm: &str, a: usize, b: usize) -> bool {
    if !norm[a..b].ends_with(['条', '條']) {
        return false;
    }
    let before = &norm[..a];
    let opened = before.rfind('《');
    if opened.is_none() || before.rfind('》') > opened {
        return false;
    }
    let after = &norm[b..];
    after.contains('》') && POLICY_WORDS.iter().any(|w| after.starts_with(w))
}

/// Words naming a policy whose articles a title counts (20条措施).
const POLICY_WORDS: &[&str] = &[
    "措施", "意见", "举措", "政策", "规定", "办法", "细则", "要求", "舉措", "規定", "辦法",
];

/// Whether the count at `norm[a..b]` ends in 大 that opens a word after it:
/// the barrier of a milestone (突破50万大关) or kilocalories, the heat of a
/// grade of coal (5500大卡动力煤). 大 is no counter there.
pub fn da_opens_a_word(norm: &str, a: usize, b: usize) -> bool {
    norm[a..b].ends_with('大') && norm[b..].starts_with(['关', '關', '卡'])
}

/// Whether the words after a count make it part of a programme's name (十件
/// 民生实事, 十件实事: the programme a government names by how many works
/// it has).
pub fn in_a_programme_name(after: &str) -> bool {
    ["民生实事", "实事"].iter().any(|w| after.starts_with(w))
}

/// Whether the count at `norm[a..b]`, Chinese numerals and 届, 次 or 大,
/// is an ordinal said without 第 or a word of its own: 十届人大五次会议 (the
/// tenth congress, its fifth session), 十九届六中全会, 党的二十大 and 二十大
/// 精神 (a party congress by its number), 三次产业 (the three sectors), 二次
/// 衬砌 (a secondary lining). 三大产业 stays a count. Counts of sessions or times are said in digits or
/// end their clause (已举办十五届，).
pub fn an_ordinal_or_a_term(norm: &str, a: usize, b: usize) -> bool {
    let words = &norm[a..b];
    let Some(counter) = words.chars().next_back() else {
        return false;
    };
    let numeral = &words[..words.len() - counter.len_utf8()];
    if numeral.is_empty()
        || !numeral
            .chars()
            .all(|c| "一二两三四五六七八九十百".contains(c))
    {
        return false;
    }
    let after = &norm[b..];
    match counter {
        // 十九届六中全会: the sixth plenary session of the nineteenth term.
        '届' => {
            ORDINAL_AFTER_JIE.iter().any(|w| after.starts_with(w))
                || after
                    .trim_start_matches(|c: char| "一二三四五六七八九十".contains(c))
                    .strip_prefix("中全会")
                    .is_some()
                    && !after.starts_with("中全会")
        }
        // 党的二十大, 二十大精神: a party congress by its number, a name.
        '大' => {
            norm[..a].ends_with("党的")
                || numeral.contains('十') && ORDINAL_AFTER_DA.iter().any(|w| after.starts_with(w))
        }
        '次' => {
            ORDINAL_AFTER_CI.iter().any(|w| after.starts_with(w))
                || numeral == "二"
                    && after.starts_with(|c: char| ('\u{4e00}'..='\u{9fff}').contains(&c))
        }
        _ => false,
    }
}

/// What follows 届 numbering a body's term (十届人大, 三届董事会).
const ORDINAL_AFTER_JIE: &[&str] = &[
    "人大",
    "政协",
    "党代会",
    "董事会",
    "监事会",
    "委员会",
    "人民代表大会",
    "全国人大",
];

/// What follows a congress named by its number (二十大精神, 二十大以来).
const ORDINAL_AFTER_DA: &[&str] = &[
    "精神",
    "报告",
    "代表",
    "以来",
    "召开",
    "胜利召开",
    "期间",
    "开幕",
    "闭幕",
    "提出",
    "部署",
    "重大",
    "作出",
];

/// What follows 次 numbering a session, or making a word (三次产业).
const ORDINAL_AFTER_CI: &[&str] = &["会议", "全会", "全体会议", "代表大会", "产业"];

const CLAUSE_END: &str = "，,；;：:。！？!?";

/// Units of land and weight that a price or a cost is said per.
const RATE_UNITS: &[&str] = &["亩", "斤", "公斤", "千克", "吨", "平方米", "公顷"];

/// Whether `words` are 一 and one of [`RATE_UNITS`] alone (一亩能卖一万五千元,
/// 浇一亩地要花40元, 一斤能卖到十二元): the unit a price or a cost is told
/// for, a rate's base, no area or weight of anything. 一万亩 and 1亩 are
/// amounts.
pub fn one_unit_of_a_rate(words: &str) -> bool {
    words
        .strip_prefix('一')
        .is_some_and(|unit| RATE_UNITS.contains(&unit))
}

/// Whether `norm[a..b]` is 一, one of [`RATE_UNITS`] and 多 with a verb of
/// gain right after it (一亩多收三百多块钱, 一斤多卖两毛): 多 is the verb's
/// (gets more), the unit alone a rate's base, as in
/// [`one_unit_of_a_rate`]; 一亩多地 stays an amount.
pub fn one_unit_before_more_gained(norm: &str, a: usize, b: usize) -> bool {
    norm[a..b]
        .strip_suffix('多')
        .is_some_and(one_unit_of_a_rate)
        && ["收", "挣", "赚", "打", "卖", "产", "得"]
            .iter()
            .any(|w| norm[b..].starts_with(w))
}

/// Marks opening and closing a quotation.
const QUOTE_MARKS: &[(char, char)] = &[('“', '”'), ('「', '」'), ('‘', '’'), ('『', '』')];

/// Whether the number at `norm[a..b]` stands inside a short quotation
/// that is no sentence (“一元碳汇”项目, “四个突出”, “建一片、成一片”的要求):
/// a name or a slogan, whose numbers are no values. At most ten
/// characters between the marks, and no 。！？，； among them (a quoted
/// sentence, “今年卖了五万元。”, keeps its values, and so does a count
/// summing up the list right before it: 甲原则、乙原则“两个原则”).
pub fn in_a_quoted_name(norm: &str, a: usize, b: usize) -> bool {
    const MOST: usize = 10;
    let before = &norm[..a];
    let Some((open_at, close)) = before
        .char_indices()
        .rev()
        .take(MOST)
        .find_map(|(k, c)| {
            if QUOTE_MARKS.iter().any(|(_, close)| *close == c) {
                Some(None)
            } else {
                QUOTE_MARKS
                    .iter()
                    .find(|(open, _)| *open == c)
                    .map(|(_, close)| Some((k, *close)))
            }
        })
        .flatten()
    else {
        return false;
    };
    let inner_start = open_at + norm[open_at..].chars().next().map_or(0, char::len_utf8);
    let Some(end) = norm[b..].find(close).map(|k| b + k) else {
        return false;
    };
    let inner = &norm[inner_start..end];
    // …原则、…原则“四个原则”: a count summing up the list right before the
    // quotation, whose items end with the noun it counts, is a count.
    let noun = &norm[b..end];
    let sums_up_a_list = !noun.is_empty() && norm[..open_at].ends_with(noun);
    inner.chars().count() <= MOST
        && !inner.contains(['。', '！', '？', '，', '；', '”', '“'])
        && !sums_up_a_list
}

/// Whether the number at `norm[a..b]` ends a quotation after two or more
/// characters of its own (“集体一年能落三十来万”, “一网能起三四百斤”): said
/// as the object of what the quotation says, a clause quoted in a headline,
/// not a name; with an amount or a measure (a count there, “最多跑一次”,
/// stays a name's). A quotation a word follows is a name or a slogan
/// still (“三年增收一万元”行动, “…一万元”的目标).
pub fn ends_a_quoted_clause(norm: &str, a: usize, b: usize) -> bool {
    let Some(close) = norm[b..].chars().next() else {
        return false;
    };
    let Some((open, _)) = QUOTE_MARKS.iter().find(|(_, c)| *c == close) else {
        return false;
    };
    if norm[b + close.len_utf8()..]
        .chars()
        .next()
        .is_some_and(seedkb_core::text::is_han)
    {
        return false;
    }
    norm[..a]
        .rsplit(*open)
        .next()
        .is_some_and(|inner| norm[..a].contains(*open) && inner.chars().count() >= 2)
}

/// Verbs of paying or charging (补, 掏, 卖) right before a sum said in 块.
const PAYING_VERBS: &[char] = &[
    '补', '掏', '付', '花', '交', '赚', '挣', '卖', '收', '贴', '省', '涨', '值', '贵',
];

/// One 斤 or 公斤 a price in 块 said right after is for (一斤七八块).
const PER_JIN: &[&str] = &["一斤", "每斤", "一公斤", "每公斤"];

/// Adverbs between a fee and its sum in 块 (水费也就十来块); a longer one
/// before the shorter it ends with (也就 before 就), as the first found is
/// cut off.
const FEE_ADVERBS: &[&str] = &["也就", "就", "才", "只有", "只", "也", "要", "得"];

/// What is sold by the piece after a price in 块 (十八块一份, 三块一斤).
const PRICED_BY: &[char] = &['份', '斤', '碗', '盒', '瓶', '杯', '袋', '顿', '两'];

/// Whether `words`, a count in 块 said between `before` and `after`, is a
/// sum of yuan as people say it without 钱: after a verb of paying and
/// ending its clause or followed by an adverb (政府每餐补三块，掏九块就行了),
/// or a price by the piece (十八块一份). 三块地, 三块牌子 and 样地420块 stay
/// counts of pieces.
pub fn kuai_said_as_money(before: &str, words: &str, after: &str) -> bool {
    if !words.ends_with('块') {
        return false;
    }
    let by_piece = after.strip_prefix('一').is_some_and(|r| {
        r.starts_with(PRICED_BY)
            && !r[r.chars().next().map_or(0, char::len_utf8)..]
                .starts_with(|c: char| super::is_numeral_char(c))
    });
    let ends = after.is_empty()
        || after.starts_with(|c: char| "，。；！？、,;!?”".contains(c))
        || after.starts_with(['就', '才', '也', '都', '还', '了', '呢', '吧', '啊', '嘛']);
    let paid = before.ends_with(PAYING_VERBS) && ends;
    // 鲜桃一斤七八块还卖不动: the price of a 斤 said before it.
    let per_jin = PER_JIN.iter().any(|w| before.ends_with(w)) && ends;
    // 干枣一斤卖六块出头，好的能卖到八块: what sells at a price, the
    // sentence naming the 斤 it is by before.
    let sentence = before
        .rfind(['。', '！', '？', '\n'])
        .map_or(before, |k| &before[k..]);
    let sold_per_jin = ["卖到", "卖"].iter().any(|w| before.ends_with(w))
        && PER_JIN.iter().any(|w| sentence.contains(w))
        && ends;
    // 一个月水费也就十来块。: a fee named right before it, an adverb between.
    let fee = FEE_ADVERBS
        .iter()
        .find_map(|w| before.strip_suffix(w))
        .unwrap_or(before)
        .ends_with('费')
        && ends;
    // 收入过两万块。, 连两万块都凑不出来: ten-thousands of 块 said in
    // words that end their clause are yuan (pieces name what they are:
    // 两万块砖; a count in digits is of pieces: 光伏组件约360万块。).
    let wan = words.ends_with("万块") && !words.contains(super::is_digit) && ends;
    // 三千来块的补助, 两百块的工钱: 块 before the money it is, said with 的.
    let of_money = after
        .strip_prefix('的')
        .is_some_and(|r| MONEY_AFTER_DE.iter().any(|w| r.starts_with(w)));
    // 一台3,000多块的空调, 一件两百块的衣服: what one item costs, said with
    // 的 (one item is not cut into pieces).
    let item_price = after.starts_with('的')
        && before
            .strip_suffix(ITEM_COUNTERS)
            .is_some_and(|b| b.ends_with('一'));
    // 浇水成本从四十多块降到了二十来块: a level in 块 a cost falls or rises
    // from to another in 块 (pieces are not lowered to a number).
    let changed_from = (before.contains('从') || before.contains('由'))
        && [
            "降到",
            "降至",
            "涨到",
            "涨至",
            "升到",
            "减到",
            "增加到",
            "减少到",
        ]
        .iter()
        .find_map(|w| after.strip_prefix(w))
        // 从一个月四千来块涨到了六千出头: 了 after the verb, and the level
        // reached said as a bare sum in words, with no counter of pieces.
        .map(|r| r.strip_prefix('了').unwrap_or(r))
        .is_some_and(|r| {
            r.split(['，', '。', '；', '”'])
                .next()
                .is_some_and(|c| c.contains('块') || bare_sum_in_words(c))
        });
    by_piece
        || paid
        || per_jin
        || sold_per_jin
        || fee
        || of_money
        || wan
        || item_price
        || changed_from
}

/// 六千出头, 两千来, 一万二: a sum said in words with no unit nor
/// counter after it, only a word of its bound.
fn bare_sum_in_words(words: &str) -> bool {
    let number = ["出头", "左右", "上下"]
        .iter()
        .find_map(|w| words.strip_suffix(w))
        .unwrap_or(words);
    number.starts_with(|c: char| "一二两三四五六七八九十".contains(c))
        && number
            .chars()
            .all(|c| "零一二两三四五六七八九十百千万亿多来几余".contains(c))
}

/// Counters of one item whose price may be said before it (一台…块的空调).
pub(crate) const ITEM_COUNTERS: &[char] = &['台', '件', '部', '辆', '套', '双', '条', '款'];

/// 券面分为“满100元减30元”: a coupon's terms quoted (满, the spending it
/// asks, opens the quote; 减, 送 or 返 what it takes off, gives or
/// returns): both its numbers are values, the quote no name.
pub fn coupon_terms(norm: &str, a: usize, b: usize) -> bool {
    let Some(open) = norm[..a].rfind('“') else {
        return false;
    };
    let Some(close) = norm[b..].find('”').map(|k| b + k) else {
        return false;
    };
    let quote = &norm[open + '“'.len_utf8()..close];
    !norm[open..a].contains('”')
        && quote.starts_with('满')
        && ["减", "送", "返"].iter().any(|w| quote.contains(w))
}

/// Nouns of money a sum in 块 may be said of with 的 (三千来块的补助).
const MONEY_AFTER_DE: &[&str] = &[
    "补助",
    "补贴",
    "工资",
    "工钱",
    "奖金",
    "奖励",
    "收入",
    "路费",
    "学费",
    "生活费",
    "租金",
    "红包",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kuai_after_paying_or_before_a_piece_is_money() {
        assert!(kuai_said_as_money("政府每餐补", "三块", "，老人自己掏"));
        assert!(kuai_said_as_money("老人自己掏", "九块", "就行了"));
        assert!(kuai_said_as_money("卖", "十八块", "一份的套餐"));
        assert!(!kuai_said_as_money("村里分了", "三块", "地"));
        assert!(!kuai_said_as_money("挂了", "三块", "牌子"));
        assert!(!kuai_said_as_money("样地", "420块", "，"));
        assert!(!kuai_said_as_money("补", "三块", "砖"));
        assert!(!kuai_said_as_money("补", "三个", "，"));
        assert!(kuai_said_as_money("每个学生有", "五百来块", "的生活费"));
        assert!(!kuai_said_as_money("院里铺了", "五百来块", "的青砖"));
        assert!(kuai_said_as_money("户均收入过", "两万块", "。"));
        assert!(kuai_said_as_money("他说，一台", "2,000多块", "的冰箱"));
        assert!(kuai_said_as_money("运费从", "三十多块", "降到了十来块"));
        assert!(!kuai_said_as_money("石板从", "三十多块", "降到了十来张"));
        assert!(!kuai_said_as_money("他说，两台", "20块", "的面板"));
        assert!(kuai_said_as_money("账上连", "三万块", "都没有"));
        assert!(!kuai_said_as_money("铺了", "两万块", "砖"));
        assert!(!kuai_said_as_money("光伏组件约", "360万块", "。"));
    }

    #[test]
    fn kuai_changed_to_a_bare_sum_in_words_is_money() {
        assert!(kuai_said_as_money(
            "房租从一个月",
            "八百来块",
            "涨到了一千出头，"
        ));
        assert!(kuai_said_as_money("他说菜钱由", "三十块", "涨到四十左右"));
        assert!(!kuai_said_as_money(
            "地砖从",
            "八百来块",
            "涨到了一千出头张"
        ));
    }

    #[test]
    fn kuai_after_a_price_per_jin_or_a_fee_is_money() {
        assert!(kuai_said_as_money("鲜桃一斤", "七八块", "还卖不动"));
        assert!(kuai_said_as_money("每公斤", "二十来块", "。"));
        assert!(kuai_said_as_money("一个月电费也就", "二十来块", "。"));
        assert!(kuai_said_as_money("他说学费才", "三百多块", "，"));
        // Pieces: no price before, or no clause's end after.
        assert!(!kuai_said_as_money("一斤", "两块", "糖"));
        assert!(!kuai_said_as_money("院里也就", "十来块", "。"));
        assert!(!kuai_said_as_money("交了学费，搬来", "三块", "石板"));
    }

    #[test]
    fn kuai_sold_at_after_a_price_per_jin_is_money() {
        assert!(kuai_said_as_money(
            "干枣一斤卖六块出头，好的能卖到",
            "八块",
            "，"
        ));
        assert!(kuai_said_as_money(
            "每公斤收购价两块多，精品卖",
            "五块",
            "。"
        ));
        // No 斤 in the sentence, or it closed before: pieces.
        assert!(!kuai_said_as_money("石料场好的能卖到", "八块", "。"));
        assert!(!kuai_said_as_money("一斤两块。石料场卖到", "八块", "。"));
    }

    fn at(text: &str, words: &str) -> bool {
        let k = text.find(words).expect("the count is in the text");
        restates_a_list(text, k, words)
    }

    #[test]
    fn a_count_of_a_group_whose_values_follow_is_no_value() {
        let group = |text: &str, words: &str| {
            let k = text.find(words).expect("the count is in the text");
            names_a_group(text, k, k + words.len())
        };
        assert!(group(
            "其中甲石化、乙集团两家企业分别为7.2万吨和2.6万吨。",
            "两家"
        ));
        assert!(group("三个项目合计850兆瓦。", "三个"));
        assert!(group("汽车、电子三大主导产业分别实现产值31亿元。", "三大"));
        assert!(group("票房和观影人次两项指标均创新高。", "两项"));
        assert!(!group("约有两成茶园亩产低于全县平均水平。", "两成"));
        // No 分别 or 合计 after it, another number first, or digits: a count.
        assert!(!group(
            "甲社区、乙社区两个安置小区共交付安置房1100套。",
            "两个"
        ));
        assert!(!group("新建三个园区，分别位于东城和西城。", "三个"));
        assert!(!group("三个项目中两个分别投产。", "三个"));
        assert!(!group("3个项目合计850兆瓦。", "3个"));
    }

    #[test]
    fn superlatives_ranks_and_programme_names_are_no_counts() {
        let at = |text: &str, words: &str| text.find(words).expect("in the text");
        let t = "二号隧洞是整个工程中最长的一座。";
        assert!(picked_by_a_superlative(t, at(t, "一座")));
        let t = "最受欢迎的三个去处分别接待游客2万人次。";
        assert!(picked_by_a_superlative(t, at(t, "三个")));
        let t = "最多的时候有3个，现有的两个泵站。";
        assert!(!picked_by_a_superlative(t, at(t, "两个")));
        let t = "居各县前三位。比上年前移3位。";
        let k = at(t, "三位");
        assert!(a_rank(t, k, k + "三位".len()));
        let k = at(t, "3位");
        assert!(a_rank(t, k, k + "3位".len()));
        let t = "新增3位专家，前三位选手。";
        let k = at(t, "3位");
        assert!(!a_rank(t, k, k + "3位".len()));
        let k = at(t, "三位");
        assert!(!a_rank(t, k, k + "三位".len()));
        assert!(in_a_programme_name("民生实事全部完成"));
        assert!(!in_a_programme_name("项目全部完成"));
    }

    #[test]
    fn ordinals_without_di_and_terms_are_no_counts() {
        let at = |text: &str, words: &str| {
            let k = text.find(words).expect("in the text");
            an_ordinal_or_a_term(text, k, k + words.len())
        };
        assert!(at("青石县九届人大三次会议开幕。", "九届"));
        assert!(at("青石县九届人大三次会议开幕。", "三次"));
        assert!(at("三次产业结构为10∶40∶50。", "三次"));
        assert!(at("隧道完成二次衬砌800米。", "二次"));
        // Counts: digits, or nothing after them that numbers a body.
        // A party congress by its number, a plenary session of a term.
        assert!(at("全镇学习党的二十大精神。", "二十大"));
        assert!(at("全镇深入学习二十大报告。", "二十大"));
        assert!(at("贯彻十九届六中全会精神。", "十九届"));
        assert!(!at("运动会已举办十九届。", "十九届"));
        assert!(!at("全县围绕三大产业招商，打好三大攻坚战。", "三大"));
        let t = "博览会已举办十五届，全年开展培训三次，召开3次会议。";
        assert!(!at(t, "十五届"));
        assert!(!at(t, "三次"));
        assert!(!at(t, "3次"));
    }

    #[test]
    fn articles_in_a_policy_title_and_da_opening_a_word_are_no_counts() {
        let at = |f: fn(&str, usize, usize) -> bool, text: &str, words: &str| {
            let k = text.find(words).expect("in the text");
            f(text, k, k + words.len())
        };
        let t = "县里出台《青石县扶持茶产业15条措施》和《关于稳就业的八条意见》。";
        assert!(at(in_a_policy_title, t, "15条"));
        assert!(at(in_a_policy_title, t, "八条"));
        // Outside a title, or no policy word after it: a count.
        assert!(!at(in_a_policy_title, "县里出台15条措施。", "15条"));
        assert!(!at(in_a_policy_title, "《青石县新建道路12条》", "12条"));
        assert!(at(da_opens_a_word, "全县常住人口突破30万大关。", "30万大"));
        assert!(at(da_opens_a_word, "5000大卡电煤每吨650元。", "5000大"));
        assert!(!at(da_opens_a_word, "全县培育三大主导产业。", "三大"));
        // 排名前10名: a place in a ranking; 前10名学生 counts students.
        let t = "青石县综合实力排名前10名。";
        let k = t.find("10名").unwrap();
        assert!(a_rank(t, k, k + "10名".len()));
        let t = "奖励前10名学生。";
        let k = t.find("10名").unwrap();
        assert!(!a_rank(t, k, k + "10名".len()));
    }

    #[test]
    fn numbers_in_a_short_quotation_are_a_name() {
        let at = |text: &str, words: &str| {
            let k = text.find(words).expect("in the text");
            in_a_quoted_name(text, k, k + words.len())
        };
        assert!(at("青石县推出“两元养老”服务，已有300人参加。", "两元"));
        assert!(at("全镇工作概括为“三个提升”：一是道路提升。", "三个"));
        assert!(at("按照「种一片、活一片」的要求造林。", "一片"));
        // A quoted sentence, a long quotation or no quotation: values.
        assert!(!at("“今年卖了五万元。”老李说。", "五万元"));
        assert!(!at("“合作社今年带动周边农户三百多户增收致富”", "三百多户"));
        assert!(!at("“两元养老”服务已有300人参加。", "300人"));
        assert!(!at("青石县推出两元养老服务。", "两元"));
        assert!(!at("确定了绿色原则、共享原则“两个原则”。", "两个"));
    }

    #[test]
    fn one_unit_said_alone_is_the_base_of_a_rate() {
        for words in ["一亩", "一斤", "一公斤", "一吨"] {
            assert!(one_unit_of_a_rate(words), "{words}");
        }
        for words in ["一万亩", "1亩", "两亩", "一千斤", "一座", "一亩多"] {
            assert!(!one_unit_of_a_rate(words), "{words}");
        }
    }

    #[test]
    fn a_count_of_the_items_a_list_just_named_restates_it() {
        assert!(at("青石县茶叶分为绿茶、红茶和白茶三类。", "三类"));
        assert!(at("园区分为研发、中试、生产、仓储四类用地。", "四类"));
        assert!(at("甲、乙及丙三种户型。", "三种"));
        // The list and the count disagree, or no list before it: a count.
        assert!(!at("全县茶叶分为绿茶、红茶三类。", "三类"));
        assert!(!at("全县茶叶分为三类。", "三类"));
        assert!(!at("茶叶和竹木为主，三类产品出口。", "三类"));
        assert!(!at("绿茶、红茶和白茶3类。", "3类"));
        // Things named one by one and counted: the count restates them.
        assert!(at("青石县围绕茶叶、竹木和旅游三大产业招商。", "三大"));
        assert!(at("新建学校、医院和养老院三所。", "三所"));
        assert!(at("白沙镇、青石镇两家合作社收购茶叶。", "两家"));
        assert!(at("其中东坪、西岙两座电站已投产。", "两座"));
        assert!(at(
            "农学与园艺、林学、食品科学与工程三个专业招生最多。",
            "三个"
        ));
        // Fewer names than the count (等), amounts, or no 、: a count.
        assert!(!at("新设胸痛、卒中、创伤等五大中心。", "五大"));
        assert!(!at("建成变电站3座、送出线路两条。", "两条"));
        assert!(!at("他和妻子开了两家店。", "两家"));
    }

    #[test]
    fn a_count_pointing_back_or_heading_numbered_items_is_no_value() {
        let back = |text: &str, words: &str| {
            let k = text.find(words).expect("the count is in the text");
            refers_back(text, k, k + words.len())
        };
        assert!(back("上述5家企业纳税合计9亿元。", "5家"));
        assert!(back("以上两项不在总额之内。", "两项"));
        assert!(!back("这8个项目总投资12亿元。", "8个"));
        // Not after a word pointing back, or no counter of things: a count.
        assert!(!back("全县新增5家企业。", "5家"));
        assert!(!back("这两年新增企业12家。", "两年"));
        assert!(!back("投资在1亿元以上两个项目。", "两个"));
        let head = |text: &str, words: &str| {
            let k = text.find(words).expect("the count is in the text");
            heads_the_items_after(text, k, k + words.len())
        };
        assert!(head("投诉呈现四个特点：一是预付式消费投诉多。", "四个"));
        assert!(head("三家孵化器表现突出：\n1．甲孵化器。", "三家"));
        // No colon, or no numbered item after it: a count.
        assert!(!head("全县新建四个园区，一是东区。", "四个"));
        assert!(!head("新建两个园区：东区和西区。", "两个"));
        assert!(!head("新增两个项目：1.5亿元的东区项目。", "两个"));
    }
}
