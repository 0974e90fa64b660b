//! Serde types for `data/*.json` (see docs/DATA.md). Plain data, no reactivity, no web-sys.
//!
//! Every optional field is `Option` and absent in JSON when the report says nothing;
//! unknown fields are rejected so typos in `data/` surface as errors.

use serde::{Deserialize, Serialize};

use super::ids::*;
use super::keys::keyed_enum;

/// The data format version this build reads.
pub const SCHEMA_VERSION: u32 = 1;

/// A bilingual text: `zh` is the report's own words, `en` is our translation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub zh: String,
    pub en: String,
}

/// A numbered footnote of the report ("12 资料来源：公开新闻信息").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Footnote {
    pub number: u32,
    pub text: Text,
}

/// Where a record stands in the report, so a reader can check it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cite {
    pub section: SectionId,
    pub page: u32,
    /// Every numbered footnote the cited sentence carries, in the report's order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub footnotes: Vec<Footnote>,
    /// A source the report names in its own sentence rather than in a footnote
    /// (e.g. 《2023年欧盟工业研发投资记分牌》).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Text>,
    /// The report's original Chinese sentence carrying the claim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Up,
    Down,
}

keyed_enum! {
    /// What a metric measures, so only comparable metrics are charted together.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum MetricKind {
        Efficiency => "efficiency",
        Cost => "cost",
        Accuracy => "accuracy",
        Time => "time",
        Scale => "scale",
        Revenue => "revenue",
        Satisfaction => "satisfaction",
        Share => "share",
        Growth => "growth",
        Other => "other",
    }
}

/// One stated figure: a value or a range, exactly as the report gives it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Metric {
    pub measure: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub range: Option<[f64; 2]>,
    /// Starting value in "from 12% to 33%".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<f64>,
    pub unit: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<Direction>,
    pub kind: MetricKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<Text>,
    /// The report's own words for this figure.
    pub wording: String,
}

impl Metric {
    /// The largest number the metric states, used to sort cases by outcome size.
    pub fn magnitude(&self) -> Option<f64> {
        self.value.or(self.range.map(|[_, high]| high))
    }
}

// ---------- edition.json ----------

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Edition {
    pub title: Text,
    pub subtitle: Text,
    pub publishers: Vec<Text>,
    pub date: Text,
    pub report_number: String,
    pub page_count: u32,
    pub cite: Cite,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: SectionId,
    /// 一, （一）, 1. …; absent for the preface and appendix.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    pub title: Text,
    pub page: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<SectionId>,
}

// ---------- tiers.json ----------

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Axis {
    pub id: AxisId,
    pub name: Text,
    pub description: Text,
    pub cite: Cite,
}

keyed_enum! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum TierId {
        Optimisation => "optimisation",
        Extension => "extension",
        Transformation => "transformation",
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tier {
    pub id: TierId,
    /// Ordinal position along both axes (1 = least self-built); not a score.
    pub rank: u8,
    pub name: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub positioning: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub business_layout: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub infrastructure: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub own_capabilities: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ai_role: Option<Text>,
    pub operators: Vec<OperatorId>,
    pub cite: Cite,
}

// ---------- operators.json ----------

/// A named thing the report attributes to an operator: a model, a compute layout, a move.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    pub label: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Text>,
    pub cite: Cite,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Operator {
    pub id: OperatorId,
    pub name: Text,
    /// Absent where the report does not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tier: Option<TierId>,
    /// Foundation and industry models only.
    pub models: Vec<Fact>,
    /// Platforms the operator built (data, AI, compute-scheduling platforms).
    pub platforms: Vec<Fact>,
    pub compute_layouts: Vec<Fact>,
    pub org_moves: Vec<Fact>,
    pub cite: Cite,
}

// ---------- measures.json ----------

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Investment {
    pub amount: Metric,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<Text>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeasureExample {
    pub id: ExampleId,
    pub operators: Vec<OperatorId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Text>,
    pub description: Text,
    pub investments: Vec<Investment>,
    pub cite: Cite,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    pub id: MeasureId,
    pub number: u8,
    pub name: Text,
    pub rationale: Text,
    pub cite: Cite,
    pub examples: Vec<MeasureExample>,
}

// ---------- indicators.json ----------

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum IndicatorGroup {
    Growth,
    Penetration,
    Rnd,
    CapexOpex,
    Market,
    Forecast,
    Other,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub id: IndicatorId,
    pub group: IndicatorGroup,
    pub subject: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator: Option<OperatorId>,
    /// The period the report attaches to the figure; absent where it gives none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Text>,
    pub metric: Metric,
    pub cite: Cite,
}

/// A qualitative finding of the report: a statement with no number to chart.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Finding {
    pub id: FindingId,
    pub group: IndicatorGroup,
    /// A short heading in the report's words ("网络自动化、智能化水平").
    pub topic: Text,
    /// What the report states, in its own words.
    pub statement: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Text>,
    pub cite: Cite,
}

// ---------- cases.json ----------

keyed_enum! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum Domain {
        Infrastructure => "infrastructure",
        Business => "business",
        Network => "network",
        Marketing => "marketing",
        Management => "management",
    }
}

impl Domain {
    /// The chapter 四 section that introduces this domain.
    pub fn section(self) -> &'static str {
        match self {
            Domain::Infrastructure => "s4-1",
            Domain::Business => "s4-2",
            Domain::Network => "s4-3",
            Domain::Marketing => "s4-4",
            Domain::Management => "s4-5",
        }
    }
}

keyed_enum! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum Subdomain {
        InfraCompute => "infra-compute",
        InfraComputeNetwork => "infra-compute-network",
        InfraPlatform => "infra-platform",
        BusinessConsumer => "business-consumer",
        BusinessEnterprise => "business-enterprise",
        NetworkPlanning => "network-planning",
        NetworkOperation => "network-operation",
        NetworkMaintenance => "network-maintenance",
        MarketingSales => "marketing-sales",
        MarketingService => "marketing-service",
        MarketingInstallation => "marketing-installation",
        ManagementOffice => "management-office",
        ManagementOperations => "management-operations",
    }
}

impl Subdomain {
    pub fn domain(self) -> Domain {
        match self {
            Subdomain::InfraCompute | Subdomain::InfraComputeNetwork | Subdomain::InfraPlatform => {
                Domain::Infrastructure
            }
            Subdomain::BusinessConsumer | Subdomain::BusinessEnterprise => Domain::Business,
            Subdomain::NetworkPlanning
            | Subdomain::NetworkOperation
            | Subdomain::NetworkMaintenance => Domain::Network,
            Subdomain::MarketingSales
            | Subdomain::MarketingService
            | Subdomain::MarketingInstallation => Domain::Marketing,
            Subdomain::ManagementOffice | Subdomain::ManagementOperations => Domain::Management,
        }
    }
}

keyed_enum! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum Market {
        Consumer => "consumer",
        Enterprise => "enterprise",
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Technology {
    pub id: TechnologyId,
    pub name: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub id: OrganisationId,
    pub name: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator: Option<OperatorId>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub id: CaseId,
    pub title: Text,
    /// True for the report's boxed 案例, false for in-text examples.
    pub boxed: bool,
    pub domain: Domain,
    pub subdomain: Subdomain,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub market: Option<Market>,
    pub organisations: Vec<OrganisationId>,
    pub technologies: Vec<TechnologyId>,
    pub summary: Text,
    pub outcomes: Vec<Metric>,
    /// The id of an earlier case whose figures this one repeats: counts and charts
    /// take the figures once, from that case.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repeats: Option<CaseId>,
    pub cite: Cite,
}

// ---------- challenges.json ----------

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Challenge {
    pub id: ChallengeId,
    pub number: u8,
    pub title: Text,
    pub summary: Text,
    pub recommendations: Vec<RecommendationId>,
    pub cases: Vec<CaseId>,
    pub cite: Cite,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    Enterprise,
    Industry,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recommendation {
    pub id: RecommendationId,
    pub scope: Scope,
    pub number: u8,
    pub title: Text,
    pub summary: Text,
    pub cases: Vec<CaseId>,
    pub cite: Cite,
}

// ---------- glossary.json ----------

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub id: TermId,
    pub abbreviation: String,
    pub full: Text,
    pub cite: Cite,
}

/// The whole report as loaded from `data/`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Dataset {
    pub edition: Option<Edition>,
    pub sections: Vec<Section>,
    pub axes: Vec<Axis>,
    pub tiers: Vec<Tier>,
    pub operators: Vec<Operator>,
    pub measures: Vec<Measure>,
    pub indicators: Vec<Indicator>,
    pub findings: Vec<Finding>,
    pub technologies: Vec<Technology>,
    pub organisations: Vec<Organisation>,
    pub cases: Vec<Case>,
    pub challenges: Vec<Challenge>,
    pub recommendations: Vec<Recommendation>,
    pub terms: Vec<Term>,
}
