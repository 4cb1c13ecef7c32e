//! Articles per second (issue 11): N generated article-like texts of
//! about 2,000 characters (a headline, a date line, paragraphs of the
//! sentences local news is made of: amounts, counts with their nouns,
//! lists of companies with 分别, totals, 其中, per-household money, 截至),
//! about 40 values each among plain sentences, as news has them (the
//! bundled seed article: 26 values per 2,000 characters),
//! each its own .txt file in one directory, loaded with `seedkb load DIR`
//! into a new database: process start, extraction on all cores, the
//! corpus merge and the store's commit included. Median of the runs.
//!
//! A second row loads one dense text of `--dense-kb` KB (200 by default, 0
//! skips it) made only of quoted clauses that each end on a value
//! ([`write_dense`]): the cost per KB of text where every clause is a value.
//!
//!     articles --seedkb-bin target/release/seedkb [--articles 1000] [--runs 3]
//!              [--seed 1] [--dir D] [--out benches/BENCHMARKS.md] [--dense-kb 200]
//!
//! Rewrites the lines between the articles markers of BENCHMARKS.md.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

type Res<T> = Result<T, String>;

/// splitmix64: the same articles for the same seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len() as u64) as usize]
    }
    /// A name stem of two characters.
    fn stem(&mut self) -> String {
        const A: &[&str] = &[
            "青", "石", "河", "山", "阳", "平", "安", "兴", "丰", "宁", "泉", "松", "柳", "桃",
            "云", "龙", "凤", "金", "银", "东", "西", "南", "北", "长", "永", "新", "盛", "华",
            "瑞", "福",
        ];
        const B: &[&str] = &[
            "源", "川", "林", "峰", "岭", "湖", "溪", "州", "原", "庄", "桥", "坪", "阳", "丘",
            "泽", "塘", "岗", "营", "湾", "城",
        ];
        format!("{}{}", self.pick(A), self.pick(B))
    }
}

/// One article of at least `chars` characters.
fn article(r: &mut Rng, chars: usize) -> String {
    let county = format!("{}县", r.stem());
    let town = format!("{}镇", r.stem());
    let village = format!("{}村", r.stem());
    let trades = [
        "新能源",
        "农业科技",
        "食品",
        "新材料",
        "电力",
        "物流",
        "种业",
        "储能",
    ];
    let company = |r: &mut Rng| format!("{}{}有限公司", r.stem(), r.pick(&trades));
    let (y, m, d) = (2019 + r.below(6), 1 + r.below(12), 1 + r.below(28));
    let mut t = format!(
        "{county}{}项目加快建设\n{y}-{m:02}-{d:02} 来源：{county}融媒体中心\n\n",
        r.pick(&["光伏", "冷链", "种业", "化工", "文旅"])
    );
    let mut para = 0;
    while t.chars().count() < chars {
        // Real local news carries a few values per paragraph among plain
        // sentences (the bundled seed: 26 values per 2,000 characters):
        // three sentences in five say no number.
        if r.below(5) < 3 {
            let prose = [
                format!("{county}坚持把项目建设作为推动高质量发展的重要抓手，持续优化营商环境，强化要素保障。"),
                format!("“我们将继续做好服务，让企业安心投资、放心发展。”{county}有关负责人表示。"),
                format!("{town}党委主要负责人介绍，下一步将进一步完善基础设施，推动产业融合发展，带动更多群众就近就业。"),
                "走进生产车间，机器轰鸣，工人们正在有序作业，一派繁忙景象。".to_string(),
                format!("近年来，{village}立足资源禀赋，因地制宜发展特色产业，村容村貌焕然一新。"),
                "项目建设过程中，相关部门主动对接企业需求，协调解决用地、用电等实际问题。".to_string(),
                format!("{county}还将加大招商引资力度，围绕主导产业开展精准招商，推动一批重点项目尽快落地。"),
                "村民们纷纷表示，日子越过越红火，对未来充满信心。".to_string(),
            ];
            t.push_str(&prose[r.below(prose.len() as u64) as usize]);
            para += 1;
            if para % 3 == 0 {
                t.push_str("\n\n");
            }
            continue;
        }
        let s = match r.below(8) {
            0 => format!(
                "{m}月{d}日，记者从{county}发展和改革局获悉，{county}今年完成固定资产投资{}.{}亿元，同比增长{}.{}%。",
                1 + r.below(90),
                r.below(10),
                1 + r.below(20),
                r.below(10)
            ),
            1 => {
                let (a, b, c) = (100 + 50 * r.below(6), 50 + 50 * r.below(4), 100 + 50 * r.below(8));
                format!(
                    "{}、{}和{}分别签约光伏项目{a}兆瓦、{b}兆瓦和{c}兆瓦，三个项目合计{}兆瓦。",
                    company(r),
                    company(r),
                    company(r),
                    a + b + c
                )
            }
            2 => format!(
                "截至目前，{county}已建成{}{}座，其中今年新建{}座；铺设管网{}公里。",
                r.pick(&["污水处理站", "冷库", "扶贫车间", "村级光伏电站"]),
                20 + r.below(60),
                1 + r.below(19),
                10 + r.below(200)
            ),
            3 => format!(
                "{town}对发展{}种植的农户每户补助{}元，全镇共有{}户参与，户均年增收{}.{}万元。",
                r.pick(&["葡萄", "食用菌", "中药材", "蔬菜"]),
                1000 + 500 * r.below(8),
                50 + r.below(400),
                1 + r.below(3),
                r.below(10)
            ),
            4 => format!(
                "{}年产{}万吨{}项目总投资{}亿元，建成后年产值{}亿元，带动就业{}人。",
                company(r),
                1 + r.below(50),
                r.pick(&["可降解塑料", "饲料", "果汁", "有机肥"]),
                1 + r.below(60),
                1 + r.below(90),
                100 + r.below(2000)
            ),
            5 => format!(
                "{village}依托{}资源发展民宿经济，全村已建成民宿{}家，床位超过{}张。",
                r.pick(&["山地", "沙地", "湖泊", "温泉"]),
                5 + r.below(60),
                50 + r.below(600)
            ),
            6 => format!(
                "全县今年新签约项目{}个，其中投资5000万元以上的项目有{}个，协议引资{}.{}亿元。",
                10 + r.below(40),
                1 + r.below(9),
                5 + r.below(200),
                r.below(10)
            ),
            _ => format!(
                "{}农村商业银行今年累计发放涉农贷款{}.{}亿元，支持家庭农场和合作社{}家。",
                county.trim_end_matches('县'),
                1 + r.below(40),
                r.below(10),
                20 + r.below(500)
            ),
        };
        t.push_str(&s);
        para += 1;
        if para % 3 == 0 {
            t.push_str("\n\n");
        }
    }
    t.push('\n');
    t
}

fn write_corpus(dir: &Path, n: usize, seed: u64) -> Res<(u64, usize)> {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut r = Rng(seed);
    let (mut bytes, mut chars) = (0u64, 0usize);
    for i in 0..n {
        let t = article(&mut r, 2000);
        bytes += t.len() as u64;
        chars += t.chars().count();
        let p = dir.join(format!("article{i:05}.txt"));
        std::fs::write(&p, t).map_err(|e| format!("{}: {e}", p.display()))?;
    }
    Ok((bytes, chars / n.max(1)))
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    format!("{cores} cores, {cpu}")
}

/// CPU seconds the finished children of this process used (user + system),
/// from /proc/self/stat (clock ticks of 1/100 s).
/// Wall times, CPU times, load averages before each run, what the last
/// run printed.
type Runs = (Vec<f64>, Vec<f64>, Vec<String>, String);

/// `seedkb --db D --no-seeds load TARGET` on a new database `runs`
/// times: wall times, CPU times of the child, load averages before each
/// run, and what the last run printed.
fn time_loads(bin: &Path, dir: &Path, target: &Path, runs: usize) -> Res<Runs> {
    let mut times = Vec::new();
    let mut cpu = Vec::new();
    let mut loads = Vec::new();
    let mut said = String::new();
    for run in 0..runs.max(1) {
        let db = dir.join(format!("db{run}"));
        let _ = std::fs::remove_dir_all(&db);
        let cpu0 = children_cpu();
        loads.push(load_average());
        let t = Instant::now();
        let o = Command::new(bin)
            .arg("--db")
            .arg(&db)
            .arg("--no-seeds")
            .arg("load")
            .arg(target)
            .output()
            .map_err(|e| format!("{}: {e}", bin.display()))?;
        let s = t.elapsed().as_secs_f64();
        if !o.status.success() {
            return Err(format!(
                "seedkb load failed: {}",
                String::from_utf8_lossy(&o.stderr)
            ));
        }
        said = String::from_utf8_lossy(&o.stdout).into_owned();
        cpu.push(children_cpu() - cpu0);
        let _ = std::fs::remove_dir_all(&db);
        times.push(s);
    }
    Ok((times, cpu, loads, said))
}

/// The index of the median of `times`.
fn median_run(times: &[f64]) -> usize {
    let mut order: Vec<usize> = (0..times.len()).collect();
    order.sort_by(|a, b| times[*a].total_cmp(&times[*b]));
    order[order.len() / 2]
}

/// One text of at least `bytes` bytes made only of quoted clauses that each
/// end on an amount said as people say it (“集体一年能落三十来万”), forty
/// to a paragraph: every clause is a value, and the rules that read the
/// value before once cost the square of a paragraph's values (round 47).
fn write_dense(file: &Path, bytes: usize) -> Res<usize> {
    const TENS: &[&str] = &["一", "二", "三", "四", "五", "六", "七", "八", "九"];
    let mut text = String::new();
    let mut i = 0;
    while text.len() < bytes {
        let clauses: Vec<String> = (0..40)
            .map(|_| {
                i += 1;
                format!("“集体一年能落{}十来万”", TENS[i % TENS.len()])
            })
            .collect();
        text.push_str(&clauses.join("，"));
        text.push_str("。\n");
    }
    std::fs::write(file, &text).map_err(|e| format!("{}: {e}", file.display()))?;
    Ok(text.len())
}

fn children_cpu() -> f64 {
    std::fs::read_to_string("/proc/self/stat")
        .ok()
        .and_then(|s| {
            // Fields after the command name in parentheses: cutime is the
            // 16th field of the line, cstime the 17th.
            let rest = &s[s.rfind(')')? + 2..];
            let f: Vec<&str> = rest.split_whitespace().collect();
            let ticks = f.get(13)?.parse::<f64>().ok()? + f.get(14)?.parse::<f64>().ok()?;
            Some(ticks / 100.0)
        })
        .unwrap_or(0.0)
}

/// The 1-minute load average: how busy the machine was.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|s| s.split_whitespace().next().map(str::to_string))
        .unwrap_or_else(|| "?".into())
}

const BEGIN: &str = "<!-- articles:begin (written by benches/src/bin/articles.rs) -->";
const END: &str = "<!-- articles:end -->";

fn main() {
    if let Err(e) = run() {
        eprintln!("articles: {e}");
        std::process::exit(1);
    }
}

fn run() -> Res<()> {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut n = 1000usize;
    let mut runs = 3usize;
    let mut seed = 1u64;
    let mut dir = std::env::temp_dir().join("seedkb-articles");
    let mut out = here.join("BENCHMARKS.md");
    let mut bin = here.join("../target/release/seedkb");
    let mut dense_kb = 200usize;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut val = || it.next().cloned().ok_or(format!("{a} needs a value"));
        match a.as_str() {
            "--articles" => n = val()?.parse().map_err(|e| format!("--articles: {e}"))?,
            "--runs" => runs = val()?.parse().map_err(|e| format!("--runs: {e}"))?,
            "--seed" => seed = val()?.parse().map_err(|e| format!("--seed: {e}"))?,
            "--dir" => dir = PathBuf::from(val()?),
            "--out" => out = PathBuf::from(val()?),
            "--seedkb-bin" => bin = PathBuf::from(val()?),
            "--dense-kb" => dense_kb = val()?.parse().map_err(|e| format!("--dense-kb: {e}"))?,
            other => return Err(format!("unknown option {other}")),
        }
    }
    let corpus = dir.join("corpus");
    let (bytes, avg_chars) = write_corpus(&corpus, n, seed)?;
    let (times, cpu, loads, said) = time_loads(&bin, &dir, &corpus, runs)?;
    let summary = said
        .lines()
        .find(|l| l.starts_with("corpus:"))
        .unwrap_or("")
        .to_string();
    let mid = median_run(&times);
    let (median, cpu_s) = (times[mid], cpu[mid]);
    let rate = n as f64 / median;
    let mut line = String::new();
    let _ = writeln!(
        line,
        "| {n} articles of ~{avg_chars} characters ({:.1} MB) | {median:.2} s | **{rate:.0} articles/s** | {cpu_s:.2} s ({:.1} ms per article) | {} | {} |",
        bytes as f64 / 1e6,
        1000.0 * cpu_s / n as f64,
        loads.join(", "),
        machine()
    );
    if dense_kb > 0 {
        let file = dir.join("dense.txt");
        let bytes = write_dense(&file, dense_kb * 1000)?;
        let (times, cpu, loads, _) = time_loads(&bin, &dir, &file, runs)?;
        let mid = median_run(&times);
        let kb = bytes as f64 / 1000.0;
        let _ = writeln!(
            line,
            "| one text of {kb:.0} KB, quoted clauses each ending on a spoken amount | {:.2} s | **{:.0} KB/s** | {:.2} s ({:.2} ms per KB) | {} | {} |",
            times[mid],
            kb / times[mid],
            cpu[mid],
            1000.0 * cpu[mid] / kb,
            loads.join(", "),
            machine()
        );
    }
    let _ = writeln!(line, "\n`seedkb load DIR` said: {summary}");
    print!("{line}");
    let old = std::fs::read_to_string(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    let (Some(a), Some(b)) = (old.find(BEGIN), old.find(END)) else {
        return Err(format!(
            "{} has no articles markers ({BEGIN} … {END})",
            out.display()
        ));
    };
    let table = format!(
        "| corpus | load, median of {} | rate | CPU time of that run | load average before each run | machine |\n|---|---|---|---|---|---|\n{line}",
        times.len()
    );
    let new = format!("{}{BEGIN}\n{table}{}", &old[..a], &old[b..]);
    std::fs::write(&out, new).map_err(|e| format!("{}: {e}", out.display()))
}
