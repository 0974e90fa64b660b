//! Synthetic cases at any scale for benchmarks and scale tests, deterministic for a seed.
//! The real cases come first (so challenges.json's links stay valid); generated cases,
//! organisations and technologies carry `synth-` ids and say "synthetic" in their texts.
//! Synthetic data never replaces `data/`.

use super::amount::number;

mod vocab;
use serde::Serialize;
use vocab::*;

use super::model::{
    Case, Cite, Dataset, Domain, Market, Metric, Organisation, Subdomain, Technology, Text,
    SCHEMA_VERSION,
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
