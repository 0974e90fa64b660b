//! Every UI string in zh and en. Data text carries its own `Text { zh, en }`.
//! Shell strings live here; each group of views has its own submodule.

/// Something with a zh and an en string: the keys of each `strings!` table.
pub trait Localized: Copy {
    fn text(self, lang: Lang) -> &'static str;
}

/// Declares a key enum and its strings. Every key needs both a zh and an en string, or the
/// build fails; `NAMES` lets a test find keys that no code uses.
macro_rules! strings {
    ($(#[$meta:meta])* pub enum $name:ident { $($key:ident => $zh:expr, $en:expr;)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $name {
            $($key,)*
        }

        impl $name {
            /// Every key's name, for the unused-key test.
            pub const NAMES: &'static [&'static str] = &[$(stringify!($key),)*];
        }

        impl $crate::i18n::Localized for $name {
            fn text(self, lang: $crate::i18n::Lang) -> &'static str {
                match (self, lang) {
                    $(
                        ($name::$key, $crate::i18n::Lang::Zh) => $zh,
                        ($name::$key, $crate::i18n::Lang::En) => $en,
                    )*
                }
            }
        }
    };
}

pub mod brief;
pub mod cases;
pub mod challenges;
pub mod cite;
pub mod embed;
pub mod search;
pub mod strategy;

use crate::domain::{Dataset, Domain, Edition, MetricKind, Subdomain, Text, TierId};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    /// Reads the `lang` URL parameter; anything but `en` means the default, zh.
    pub fn from_param(param: Option<&str>) -> Self {
        match param {
            Some("en") => Lang::En,
            _ => Lang::Zh,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    pub fn other(self) -> Self {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }

    /// The `lang` attribute for the document.
    pub fn html_lang(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }
}

impl Lang {
    /// A UI string in this language: `lang.t(Ui::Retry)`.
    pub fn t<K: Localized>(self, key: K) -> &'static str {
        key.text(self)
    }
}

impl Edition {
    /// "Title(subtitle) · date · number": how the header, an embedded view and printed pages
    /// name the report.
    pub fn line(&self, lang: Lang) -> String {
        format!(
            "{}{} · {} · {}",
            self.title.get(lang),
            self.subtitle.get(lang),
            self.date.get(lang),
            self.report_number
        )
    }
}

/// The count of each kind of record, as the header lists them (the app's, and index.html's
/// first screen: `first_paint`).
pub fn record_counts(data: &Dataset) -> [(Ui, usize); 8] {
    [
        (Ui::CountTiers, data.tiers.len()),
        (Ui::CountOperators, data.operators.len()),
        (Ui::CountMeasures, data.measures.len()),
        (Ui::CountCases, data.cases.len()),
        (Ui::CountChallenges, data.challenges.len()),
        (Ui::CountRecommendations, data.recommendations.len()),
        (Ui::CountIndicators, data.indicators.len()),
        (Ui::CountTerms, data.terms.len()),
    ]
}

impl Text {
    /// The text in `lang`; en is our translation.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

strings! {
    /// UI strings; each key has zh and en, or the build fails.
    pub enum Ui {
        AppTitle => "电信业智能化发展蓝皮书 · 交互看板", "Telecom Intelligentization Blue Book · Dashboard";
        Loading => "正在加载报告数据…", "Loading the report data…";
        LoadFailed => "报告数据加载失败", "The report data could not be loaded";
        Retry => "重试", "Retry";
        NavOverview => "总览", "Overview";
        NavStrategy => "战略分层", "Strategy tiers";
        NavOperators => "运营企业", "Operators";
        NavCompare => "对比", "Compare";
        NavCases => "案例", "Cases";
        NavChallenges => "挑战与建议", "Challenges";
        NavBrief => "简报", "Brief";
        SwitchLanguage => "English", "中文";
        CountTiers => "战略层级", "tiers";
        CountOperators => "运营企业", "operators";
        CountMeasures => "举措", "measures";
        CountCases => "案例", "cases";
        CountChallenges => "挑战", "challenges";
        CountRecommendations => "建议", "recommendations";
        CountIndicators => "指标", "indicators";
        CountTerms => "术语", "terms";
        TranslationNote => "中文为报告原文。", "English text is our translation of the Chinese report; the Chinese original is authoritative.";
        Page => "页", "p.";
        Source => "来源", "Source";
        NotStated => "报告未说明", "Not stated in the report";
        NotFound => "页面不存在", "Page not found";
        ErrorFile => "文件", "File";
        ErrorRecord => "记录", "Record";
        ErrorField => "字段", "Field";
        ErrorReason => "问题", "Problem";
        ShowTable => "表格视图", "Show table";
        ShowChart => "图表视图", "Show chart";
        DownloadPng => "下载 PNG", "Download PNG";
    }
}

/// Display names of the fixed vocabularies.
pub fn domain_name(domain: Domain, lang: Lang) -> &'static str {
    match (domain, lang) {
        (Domain::Infrastructure, Lang::Zh) => "基础设施",
        (Domain::Infrastructure, Lang::En) => "Infrastructure",
        (Domain::Business, Lang::Zh) => "业务产品",
        (Domain::Business, Lang::En) => "Business products",
        (Domain::Network, Lang::Zh) => "网络建维",
        (Domain::Network, Lang::En) => "Network build & maintenance",
        (Domain::Marketing, Lang::Zh) => "营销服务",
        (Domain::Marketing, Lang::En) => "Marketing & service",
        (Domain::Management, Lang::Zh) => "经营管理",
        (Domain::Management, Lang::En) => "Operations management",
    }
}

pub fn subdomain_name(sub: Subdomain, lang: Lang) -> &'static str {
    use Subdomain::*;
    match (sub, lang) {
        (InfraCompute, Lang::Zh) => "算力基础设施",
        (InfraCompute, Lang::En) => "Compute infrastructure",
        (InfraComputeNetwork, Lang::Zh) => "算网融合",
        (InfraComputeNetwork, Lang::En) => "Compute-network convergence",
        (InfraPlatform, Lang::Zh) => "集成平台",
        (InfraPlatform, Lang::En) => "Integrated platforms",
        (BusinessConsumer, Lang::Zh) => "大众市场",
        (BusinessConsumer, Lang::En) => "Consumer market",
        (BusinessEnterprise, Lang::Zh) => "政企市场",
        (BusinessEnterprise, Lang::En) => "Government & enterprise market",
        (NetworkPlanning, Lang::Zh) => "规划建设",
        (NetworkPlanning, Lang::En) => "Planning & construction",
        (NetworkOperation, Lang::Zh) => "网络运行",
        (NetworkOperation, Lang::En) => "Network operation",
        (NetworkMaintenance, Lang::Zh) => "网络维护",
        (NetworkMaintenance, Lang::En) => "Network maintenance",
        (MarketingSales, Lang::Zh) => "智能营销",
        (MarketingSales, Lang::En) => "Intelligent marketing",
        (MarketingService, Lang::Zh) => "客户服务",
        (MarketingService, Lang::En) => "Customer service",
        (MarketingInstallation, Lang::Zh) => "装维管理",
        (MarketingInstallation, Lang::En) => "Installation & maintenance",
        (ManagementOffice, Lang::Zh) => "办公管理",
        (ManagementOffice, Lang::En) => "Office management",
        (ManagementOperations, Lang::Zh) => "运维全流程",
        (ManagementOperations, Lang::En) => "End-to-end IT operations",
    }
}

pub fn tier_name(tier: TierId, lang: Lang) -> &'static str {
    match (tier, lang) {
        (TierId::Optimisation, Lang::Zh) => "战略优化",
        (TierId::Optimisation, Lang::En) => "Strategic optimisation",
        (TierId::Extension, Lang::Zh) => "战略延伸",
        (TierId::Extension, Lang::En) => "Strategic extension",
        (TierId::Transformation, Lang::Zh) => "战略变革",
        (TierId::Transformation, Lang::En) => "Strategic transformation",
    }
}

pub fn metric_kind_name(kind: MetricKind, lang: Lang) -> &'static str {
    use MetricKind::*;
    match (kind, lang) {
        (Efficiency, Lang::Zh) => "效率",
        (Efficiency, Lang::En) => "Efficiency",
        (Cost, Lang::Zh) => "成本",
        (Cost, Lang::En) => "Cost",
        (Accuracy, Lang::Zh) => "准确率",
        (Accuracy, Lang::En) => "Accuracy",
        (Time, Lang::Zh) => "时间",
        (Time, Lang::En) => "Time",
        (Scale, Lang::Zh) => "规模",
        (Scale, Lang::En) => "Scale",
        (Revenue, Lang::Zh) => "收入",
        (Revenue, Lang::En) => "Revenue",
        (Satisfaction, Lang::Zh) => "满意度",
        (Satisfaction, Lang::En) => "Satisfaction",
        (Share, Lang::Zh) => "占比",
        (Share, Lang::En) => "Share",
        (Growth, Lang::Zh) => "增长",
        (Growth, Lang::En) => "Growth",
        (Other, Lang::Zh) => "其他",
        (Other, Lang::En) => "Other",
    }
}
