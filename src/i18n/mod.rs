//! Every UI string in zh and en. Data text carries its own `Text { zh, en }`.
//! Shell strings live here; each group of views has its own submodule.

pub mod cases;
pub mod challenges;
pub mod strategy;

use crate::domain::{Domain, MetricKind, Subdomain, Text, TierId};

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

impl Text {
    /// The text in `lang`; en is our translation.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

/// Keys of UI strings. One enum, so a missing translation is a compile error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    AppTitle,
    Loading,
    LoadFailed,
    Retry,
    NavOverview,
    NavStrategy,
    NavOperators,
    NavCompare,
    NavCases,
    NavChallenges,
    SwitchLanguage,
    CountTiers,
    CountOperators,
    CountMeasures,
    CountCases,
    CountChallenges,
    CountRecommendations,
    CountIndicators,
    CountTerms,
    TranslationNote,
    Page,
    Source,
    NotStated,
    ComingSoon,
    NotFound,
    ErrorFile,
    ErrorRecord,
    ErrorField,
    ErrorReason,
    ShowTable,
    ShowChart,
    DownloadPng,
}

pub fn t(lang: Lang, key: Key) -> &'static str {
    use Key::*;
    match (key, lang) {
        (AppTitle, Lang::Zh) => "电信业智能化发展蓝皮书 · 交互看板",
        (AppTitle, Lang::En) => "Telecom Intelligentization Blue Book · Dashboard",
        (Loading, Lang::Zh) => "正在加载报告数据…",
        (Loading, Lang::En) => "Loading the report data…",
        (LoadFailed, Lang::Zh) => "报告数据加载失败",
        (LoadFailed, Lang::En) => "The report data could not be loaded",
        (Retry, Lang::Zh) => "重试",
        (Retry, Lang::En) => "Retry",
        (NavOverview, Lang::Zh) => "总览",
        (NavOverview, Lang::En) => "Overview",
        (NavStrategy, Lang::Zh) => "战略分层",
        (NavStrategy, Lang::En) => "Strategy tiers",
        (NavOperators, Lang::Zh) => "运营企业",
        (NavOperators, Lang::En) => "Operators",
        (NavCompare, Lang::Zh) => "对比",
        (NavCompare, Lang::En) => "Compare",
        (NavCases, Lang::Zh) => "案例",
        (NavCases, Lang::En) => "Cases",
        (NavChallenges, Lang::Zh) => "挑战与建议",
        (NavChallenges, Lang::En) => "Challenges",
        (SwitchLanguage, Lang::Zh) => "English",
        (SwitchLanguage, Lang::En) => "中文",
        (CountTiers, Lang::Zh) => "战略层级",
        (CountTiers, Lang::En) => "tiers",
        (CountOperators, Lang::Zh) => "运营企业",
        (CountOperators, Lang::En) => "operators",
        (CountMeasures, Lang::Zh) => "举措",
        (CountMeasures, Lang::En) => "measures",
        (CountCases, Lang::Zh) => "案例",
        (CountCases, Lang::En) => "cases",
        (CountChallenges, Lang::Zh) => "挑战",
        (CountChallenges, Lang::En) => "challenges",
        (CountRecommendations, Lang::Zh) => "建议",
        (CountRecommendations, Lang::En) => "recommendations",
        (CountIndicators, Lang::Zh) => "指标",
        (CountIndicators, Lang::En) => "indicators",
        (CountTerms, Lang::Zh) => "术语",
        (CountTerms, Lang::En) => "terms",
        (TranslationNote, Lang::Zh) => "中文为报告原文。",
        (TranslationNote, Lang::En) => {
            "English text is our translation of the Chinese report; the Chinese original is authoritative."
        }
        (Page, Lang::Zh) => "页",
        (Page, Lang::En) => "p.",
        (Source, Lang::Zh) => "来源",
        (Source, Lang::En) => "Source",
        (NotStated, Lang::Zh) => "报告未说明",
        (NotStated, Lang::En) => "Not stated in the report",
        (ComingSoon, Lang::Zh) => "此视图正在建设中。",
        (ComingSoon, Lang::En) => "This view is being built.",
        (NotFound, Lang::Zh) => "页面不存在",
        (NotFound, Lang::En) => "Page not found",
        (ErrorFile, Lang::Zh) => "文件",
        (ErrorFile, Lang::En) => "File",
        (ErrorRecord, Lang::Zh) => "记录",
        (ErrorRecord, Lang::En) => "Record",
        (ErrorField, Lang::Zh) => "字段",
        (ErrorField, Lang::En) => "Field",
        (ErrorReason, Lang::Zh) => "问题",
        (ErrorReason, Lang::En) => "Problem",
        (ShowTable, Lang::Zh) => "表格视图",
        (ShowTable, Lang::En) => "Show table",
        (ShowChart, Lang::Zh) => "图表视图",
        (ShowChart, Lang::En) => "Show chart",
        (DownloadPng, Lang::Zh) => "下载 PNG",
        (DownloadPng, Lang::En) => "Download PNG",
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
