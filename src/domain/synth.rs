//! Synthetic cases at any scale for benchmarks and scale tests, deterministic for a seed.
//! The real cases come first (so challenges.json's links stay valid); generated cases,
//! organisations and technologies carry `synth-` ids and say "synthetic" in their texts.
//! Synthetic data never replaces `data/`.

use super::amount::number;
use serde::Serialize;

use super::model::{
    Case, Cite, Dataset, Direction, Domain, Market, Metric, MetricKind, Organisation, Subdomain,
    Technology, Text, SCHEMA_VERSION,
};

/// A small xorshift64* generator: deterministic, no dependencies.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        // Zero is a fixed point of xorshift; mix the seed so every seed works.
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15 | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    /// True with probability `percent`/100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

fn text(zh: impl Into<String>, en: impl Into<String>) -> Text {
    Text {
        zh: zh.into(),
        en: en.into(),
    }
}

const PROVINCES: [(&str, &str, &str); 31] = [
    ("beijing", "北京", "Beijing"),
    ("tianjin", "天津", "Tianjin"),
    ("hebei", "河北", "Hebei"),
    ("shanxi", "山西", "Shanxi"),
    ("inner-mongolia", "内蒙古", "Inner Mongolia"),
    ("liaoning", "辽宁", "Liaoning"),
    ("jilin", "吉林", "Jilin"),
    ("heilongjiang", "黑龙江", "Heilongjiang"),
    ("shanghai", "上海", "Shanghai"),
    ("jiangsu", "江苏", "Jiangsu"),
    ("zhejiang", "浙江", "Zhejiang"),
    ("anhui", "安徽", "Anhui"),
    ("fujian", "福建", "Fujian"),
    ("jiangxi", "江西", "Jiangxi"),
    ("shandong", "山东", "Shandong"),
    ("henan", "河南", "Henan"),
    ("hubei", "湖北", "Hubei"),
    ("hunan", "湖南", "Hunan"),
    ("guangdong", "广东", "Guangdong"),
    ("guangxi", "广西", "Guangxi"),
    ("hainan", "海南", "Hainan"),
    ("chongqing", "重庆", "Chongqing"),
    ("sichuan", "四川", "Sichuan"),
    ("guizhou", "贵州", "Guizhou"),
    ("yunnan", "云南", "Yunnan"),
    ("tibet", "西藏", "Tibet"),
    ("shaanxi", "陕西", "Shaanxi"),
    ("gansu", "甘肃", "Gansu"),
    ("qinghai", "青海", "Qinghai"),
    ("ningxia", "宁夏", "Ningxia"),
    ("xinjiang", "新疆", "Xinjiang"),
];

const OPERATORS: [(&str, &str, &str); 3] = [
    ("china-telecom", "中国电信", "China Telecom"),
    ("china-mobile", "中国移动", "China Mobile"),
    ("china-unicom", "中国联通", "China Unicom"),
];

const VENDORS: [(&str, &str, &str); 8] = [
    ("huawei", "华为", "Huawei"),
    ("zte", "中兴通讯", "ZTE"),
    ("asiainfo", "亚信科技", "AsiaInfo"),
    ("inspur", "浪潮", "Inspur"),
    ("baidu", "百度", "Baidu"),
    ("alibaba-cloud", "阿里云", "Alibaba Cloud"),
    ("tencent-cloud", "腾讯云", "Tencent Cloud"),
    ("sensetime", "商汤科技", "SenseTime"),
];

const EXTRA_TECH: [(&str, &str, &str); 4] = [
    ("federated-learning", "联邦学习", "federated learning"),
    ("digital-twin", "数字孪生", "digital twin"),
    ("edge-computing", "边缘计算", "edge computing"),
    (
        "graph-neural-network",
        "图神经网络",
        "graph neural networks",
    ),
];

/// Scenes per sub-domain: (zh, en).
fn scenes(sub: Subdomain) -> &'static [(&'static str, &'static str)] {
    use Subdomain::*;
    match sub {
        InfraCompute => &[
            ("智算中心建设", "AI data-centre build-out"),
            ("算力调度", "compute scheduling"),
        ],
        InfraComputeNetwork => &[
            ("算网一体化", "compute-network integration"),
            ("东数西算", "east-west compute"),
        ],
        InfraPlatform => &[
            ("模型训练平台", "model-training platform"),
            ("数据集平台", "dataset platform"),
        ],
        BusinessConsumer => &[
            ("AI 手机助手", "AI phone assistant"),
            ("家庭智能服务", "smart home service"),
        ],
        BusinessEnterprise => &[
            ("行业大模型", "industry model"),
            ("政务智能助手", "government assistant"),
        ],
        NetworkPlanning => &[
            ("无线网络规划", "radio network planning"),
            ("站址选择", "site selection"),
        ],
        NetworkOperation => &[
            ("网络质量保障", "network quality assurance"),
            ("故障预测", "fault prediction"),
        ],
        NetworkMaintenance => &[
            ("基站巡检", "base-station inspection"),
            ("故障定位", "fault location"),
        ],
        MarketingSales => &[
            ("精准营销", "targeted marketing"),
            ("智能推荐", "recommendations"),
        ],
        MarketingService => &[
            ("智能客服", "customer-service agent"),
            ("投诉处理", "complaint handling"),
        ],
        MarketingInstallation => &[
            ("装维派单", "installation dispatch"),
            ("上门服务质检", "home-visit quality checks"),
        ],
        ManagementOffice => &[
            ("公文写作", "document drafting"),
            ("财务审核", "financial review"),
        ],
        ManagementOperations => &[
            ("IT 运维", "IT operations"),
            ("数据治理", "data governance"),
        ],
    }
}

/// Section id (chapter 四) of each sub-domain.
fn section(sub: Subdomain) -> &'static str {
    use Subdomain::*;
    match sub {
        InfraCompute => "s4-1-1",
        InfraComputeNetwork => "s4-1-2",
        InfraPlatform => "s4-1-3",
        BusinessConsumer => "s4-2-1",
        BusinessEnterprise => "s4-2-2",
        NetworkPlanning => "s4-3-1",
        NetworkOperation => "s4-3-2",
        NetworkMaintenance => "s4-3-3",
        MarketingSales => "s4-4-1",
        MarketingService => "s4-4-2",
        MarketingInstallation => "s4-4-3",
        ManagementOffice => "s4-5-1",
        ManagementOperations => "s4-5-2",
    }
}

struct MetricTemplate {
    kind: MetricKind,
    measure: (&'static str, &'static str),
    unit: (&'static str, &'static str),
    low: u32,
    high: u32,
    direction: Option<Direction>,
    verb: &'static str,
}

const METRICS: [MetricTemplate; 14] = [
    MetricTemplate {
        kind: MetricKind::Efficiency,
        measure: ("处理效率", "processing efficiency"),
        unit: ("%", "%"),
        low: 10,
        high: 80,
        direction: Some(Direction::Up),
        verb: "提升",
    },
    MetricTemplate {
        kind: MetricKind::Efficiency,
        measure: ("人工操作环节", "manual steps"),
        unit: ("%", "%"),
        low: 10,
        high: 60,
        direction: Some(Direction::Down),
        verb: "减少",
    },
    MetricTemplate {
        kind: MetricKind::Cost,
        measure: ("运维成本", "O&M cost"),
        unit: ("%", "%"),
        low: 5,
        high: 50,
        direction: Some(Direction::Down),
        verb: "降低",
    },
    MetricTemplate {
        kind: MetricKind::Cost,
        measure: ("年节约成本", "annual cost saving"),
        unit: ("万元/年", "ten thousand yuan per year"),
        low: 20,
        high: 3000,
        direction: None,
        verb: "节约",
    },
    MetricTemplate {
        kind: MetricKind::Accuracy,
        measure: ("识别准确率", "recognition accuracy"),
        unit: ("%", "%"),
        low: 80,
        high: 99,
        direction: None,
        verb: "达到",
    },
    MetricTemplate {
        kind: MetricKind::Time,
        measure: ("故障定位时长", "fault-location time"),
        unit: ("%", "%"),
        low: 20,
        high: 90,
        direction: Some(Direction::Down),
        verb: "缩短",
    },
    MetricTemplate {
        kind: MetricKind::Time,
        measure: ("单次处理时长", "handling time per task"),
        unit: ("分钟", "minutes"),
        low: 2,
        high: 120,
        direction: None,
        verb: "为",
    },
    MetricTemplate {
        kind: MetricKind::Scale,
        measure: ("覆盖基站", "base stations covered"),
        unit: ("万站", "ten thousand sites"),
        low: 1,
        high: 60,
        direction: None,
        verb: "达",
    },
    MetricTemplate {
        kind: MetricKind::Scale,
        measure: ("服务用户", "users served"),
        unit: ("万户", "ten thousand households"),
        low: 5,
        high: 5000,
        direction: None,
        verb: "达",
    },
    MetricTemplate {
        kind: MetricKind::Revenue,
        measure: ("新增业务收入", "new business revenue"),
        unit: ("亿元", "hundred million yuan"),
        low: 1,
        high: 80,
        direction: Some(Direction::Up),
        verb: "实现",
    },
    MetricTemplate {
        kind: MetricKind::Satisfaction,
        measure: ("客户满意度", "customer satisfaction"),
        unit: ("%", "%"),
        low: 85,
        high: 99,
        direction: None,
        verb: "达到",
    },
    MetricTemplate {
        kind: MetricKind::Share,
        measure: ("自动处理占比", "share handled automatically"),
        unit: ("%", "%"),
        low: 10,
        high: 95,
        direction: None,
        verb: "达到",
    },
    MetricTemplate {
        kind: MetricKind::Growth,
        measure: ("用户规模", "user base"),
        unit: ("%", "%"),
        low: 5,
        high: 120,
        direction: Some(Direction::Up),
        verb: "增长",
    },
    MetricTemplate {
        kind: MetricKind::Other,
        measure: ("上线应用", "applications launched"),
        unit: ("个", "applications"),
        low: 3,
        high: 300,
        direction: None,
        verb: "共",
    },
];

fn metric(rng: &mut Rng) -> Metric {
    let template = rng.pick(&METRICS);
    let span = (template.high - template.low) as usize + 1;
    let whole = template.low as usize + rng.below(span);
    // One decimal now and then, as the report sometimes gives.
    let value = if rng.chance(25) {
        whole as f64 + rng.below(10) as f64 / 10.0
    } else {
        whole as f64
    };
    let ranged = rng.chance(10);
    let high = value + (1 + rng.below(10)) as f64;
    let qualifier = if rng.chance(20) {
        Some(*rng.pick(&[("约", "about"), ("超过", "more than"), ("近", "nearly")]))
    } else {
        None
    };
    let baseline = if rng.chance(20) {
        Some(*rng.pick(&[("同比", "year on year"), ("环比", "period-on-period")]))
    } else {
        None
    };
    let from = (template.unit.0 == "%" && template.direction.is_none() && rng.chance(15))
        .then(|| (value * 0.7).floor());
    let number = if ranged {
        format!("{}-{}", number(value), number(high))
    } else {
        number(value)
    };
    let wording = format!(
        "{}{}{}{} {}{}",
        template.measure.0,
        baseline.map(|b| b.0).unwrap_or(""),
        template.verb,
        qualifier.map(|q| q.0).unwrap_or(""),
        number,
        template.unit.0
    );
    Metric {
        measure: text(template.measure.0, template.measure.1),
        value: (!ranged).then_some(value),
        range: ranged.then_some([value, high]),
        from,
        unit: text(template.unit.0, template.unit.1),
        direction: template.direction,
        kind: template.kind,
        qualifier: qualifier.map(|(zh, en)| text(zh, en)),
        baseline: baseline.map(|(zh, en)| text(zh, en)),
        wording,
    }
}

/// The synthetic `cases.json` content.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SynthCases {
    pub schema_version: u32,
    pub technologies: Vec<Technology>,
    pub organisations: Vec<Organisation>,
    pub cases: Vec<Case>,
}

/// `count` cases: the real ones first (up to `count`), then generated ones.
pub fn generate(real: &Dataset, count: usize, seed: u64) -> SynthCases {
    let mut rng = Rng::new(seed);
    let mut technologies = real.technologies.clone();
    for (id, zh, en) in EXTRA_TECH {
        technologies.push(Technology {
            id: format!("synth-{id}").into(),
            name: text(zh, format!("{en} (synthetic)")),
        });
    }
    let mut organisations = real.organisations.clone();
    for (op, op_zh, op_en) in OPERATORS {
        for (province, zh, en) in PROVINCES {
            organisations.push(Organisation {
                id: format!("synth-{op}-{province}").into(),
                name: text(
                    format!("{op_zh}{zh}分公司（合成）"),
                    format!("{op_en} {en} Branch (synthetic)"),
                ),
                operator: Some(op.into()),
            });
        }
    }
    for (id, zh, en) in VENDORS {
        organisations.push(Organisation {
            id: format!("synth-{id}").into(),
            name: text(format!("{zh}（合成）"), format!("{en} (synthetic)")),
            operator: None,
        });
    }

    let mut cases: Vec<Case> = real.cases.iter().take(count).cloned().collect();
    let start = cases.len();
    for n in start..count {
        let sub = *rng.pick(&Subdomain::ALL);
        let domain: Domain = sub.domain();
        let market = match sub {
            Subdomain::BusinessConsumer => Some(Market::Consumer),
            Subdomain::BusinessEnterprise => Some(Market::Enterprise),
            Subdomain::MarketingSales | Subdomain::MarketingService if rng.chance(40) => {
                Some(*rng.pick(&Market::ALL))
            }
            _ => None,
        };
        let mut orgs = vec![rng.below(organisations.len())];
        if rng.chance(20) {
            let other = rng.below(organisations.len());
            if !orgs.contains(&other) {
                orgs.push(other);
            }
        }
        let mut techs: Vec<usize> = Vec::new();
        for _ in 0..1 + rng.below(4) {
            let tech = rng.below(technologies.len());
            if !techs.contains(&tech) {
                techs.push(tech);
            }
        }
        let (scene_zh, scene_en) = *rng.pick(scenes(sub));
        let lead = &organisations[orgs[0]];
        let tech_zh: Vec<&str> = techs
            .iter()
            .map(|&t| technologies[t].name.zh.as_str())
            .collect();
        let tech_en: Vec<&str> = techs
            .iter()
            .map(|&t| technologies[t].name.en.as_str())
            .collect();
        let outcomes: Vec<Metric> = (0..rng.below(4)).map(|_| metric(&mut rng)).collect();
        let results_zh: Vec<&str> = outcomes.iter().map(|m| m.wording.as_str()).collect();
        let summary_zh = format!(
            "（合成样例）{}在{}场景应用{}技术，打造智能化解决方案。{}",
            lead.name.zh,
            scene_zh,
            tech_zh.join("、"),
            if results_zh.is_empty() {
                String::new()
            } else {
                format!("{}。", results_zh.join("，"))
            }
        );
        let summary_en = format!(
            "(Synthetic example) {} applies {} to {}, building an intelligent solution.{}",
            lead.name.en,
            tech_en.join(", "),
            scene_en,
            if outcomes.is_empty() {
                ""
            } else {
                " Outcomes are listed below."
            }
        );
        cases.push(Case {
            id: format!("synth-{n:06}").into(),
            title: text(
                format!("{}{}智能化应用（合成 #{n}）", lead.name.zh, scene_zh),
                format!("{}: AI for {} (synthetic #{n})", lead.name.en, scene_en),
            ),
            boxed: rng.chance(30),
            domain,
            subdomain: sub,
            market,
            organisations: orgs.iter().map(|&o| organisations[o].id.clone()).collect(),
            technologies: techs.iter().map(|&t| technologies[t].id.clone()).collect(),
            summary: text(summary_zh, summary_en),
            outcomes,
            repeats: None,
            cite: Cite {
                section: section(sub).into(),
                page: section_page(real, section(sub)),
                footnotes: Vec::new(),
                source: None,
                quote: None,
            },
        });
    }
    SynthCases {
        schema_version: SCHEMA_VERSION,
        technologies,
        organisations,
        cases,
    }
}

/// The page where a section starts, or 1 if the edition lacks it.
fn section_page(real: &Dataset, id: &str) -> u32 {
    real.sections
        .iter()
        .find(|s| s.id == id)
        .map_or(1, |s| s.page)
}
