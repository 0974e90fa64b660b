//! UI strings of the case explorer and case detail views, in zh and en.

use crate::domain::query::{Facet, Notice, Sort};

use super::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Title,
    Intro,
    Search,
    SearchPlaceholder,
    ClearSearch,
    Filters,
    ClearAll,
    Clear,
    Sort,
    View,
    Cards,
    Table,
    Page,
    Previous,
    Next,
    NoResults,
    DownloadCsv,
    DownloadJson,
    Notices,
    Remove,
    ColTitle,
    ColDomain,
    ColOrganisations,
    ColTechnologies,
    ColOutcomes,
    ColSource,
    Boxed,
    InText,
    NoOutcome,
    ChartDomainTitle,
    ChartByOperator,
    ChartByOrganisation,
    ChartMultiNote,
    ChartOthers,
    ChartClickHint,
    OutcomesTitle,
    OutcomesGroup,
    OutcomesNote,
    OutcomesNone,
    DirectionUp,
    DirectionDown,
    DirectionNone,
    Measure,
    Value,
    Unit,
    Wording,
    Qualifier,
    Baseline,
    From,
    Direction,
    Kind,
    Case,
    BackToResults,
    PreviousCase,
    NextCase,
    NotInResult,
    CaseNotFound,
    RepeatsFiguresOf,
    FiguresRepeatedIn,
    Summary,
    Outcomes,
    Source,
    Section,
    Footnote,
    RelatedChallenges,
    RelatedRecommendations,
    NoRelated,
    CasesLinked,
    Market,
    Subdomain,
    NoOperator,
    Challenge,
    Recommendation,
    QuantYes,
    QuantNo,
    ResultOf,
    OperatorProfile,
    NoneLinked,
}

pub fn t(lang: Lang, key: Key) -> &'static str {
    use Key::*;
    match (key, lang) {
        (Title, Lang::Zh) => "案例浏览",
        (Title, Lang::En) => "Case explorer",
        (Intro, Lang::Zh) => "报告第四章的运营企业案例：按领域、企业、技术等筛选，搜索，并分享链接。",
        (Intro, Lang::En) => "The operator cases of the report's chapter 4: filter by domain, organisation, technology and more, search, and share the link.",
        (Search, Lang::Zh) => "搜索",
        (Search, Lang::En) => "Search",
        (SearchPlaceholder, Lang::Zh) => "标题、摘要、企业、技术（中英文）",
        (SearchPlaceholder, Lang::En) => "titles, summaries, organisations, technologies (zh or en)",
        (ClearSearch, Lang::Zh) => "清除搜索",
        (ClearSearch, Lang::En) => "Clear search",
        (Filters, Lang::Zh) => "筛选",
        (Filters, Lang::En) => "Filters",
        (ClearAll, Lang::Zh) => "清除全部筛选",
        (ClearAll, Lang::En) => "Clear all filters",
        (Clear, Lang::Zh) => "清除",
        (Clear, Lang::En) => "Clear",
        (Sort, Lang::Zh) => "排序",
        (Sort, Lang::En) => "Sort",
        (View, Lang::Zh) => "视图",
        (View, Lang::En) => "View",
        (Cards, Lang::Zh) => "卡片",
        (Cards, Lang::En) => "Cards",
        (Table, Lang::Zh) => "表格",
        (Table, Lang::En) => "Table",
        (Page, Lang::Zh) => "页码",
        (Page, Lang::En) => "Page",
        (Previous, Lang::Zh) => "上一页",
        (Previous, Lang::En) => "Previous",
        (Next, Lang::Zh) => "下一页",
        (Next, Lang::En) => "Next",
        (NoResults, Lang::Zh) => "没有符合条件的案例。",
        (NoResults, Lang::En) => "No case matches these filters.",
        (DownloadCsv, Lang::Zh) => "下载 CSV",
        (DownloadCsv, Lang::En) => "Download CSV",
        (DownloadJson, Lang::Zh) => "下载 JSON",
        (DownloadJson, Lang::En) => "Download JSON",
        (Notices, Lang::Zh) => "链接中有以下内容被忽略：",
        (Notices, Lang::En) => "Parts of this link were ignored:",
        (Remove, Lang::Zh) => "移除",
        (Remove, Lang::En) => "Remove",
        (ColTitle, Lang::Zh) => "案例",
        (ColTitle, Lang::En) => "Case",
        (ColDomain, Lang::Zh) => "领域",
        (ColDomain, Lang::En) => "Domain",
        (ColOrganisations, Lang::Zh) => "企业",
        (ColOrganisations, Lang::En) => "Organisations",
        (ColTechnologies, Lang::Zh) => "技术",
        (ColTechnologies, Lang::En) => "Technologies",
        (ColOutcomes, Lang::Zh) => "量化成效",
        (ColOutcomes, Lang::En) => "Quantified outcomes",
        (ColSource, Lang::Zh) => "出处",
        (ColSource, Lang::En) => "Source",
        (Boxed, Lang::Zh) => "专栏案例",
        (Boxed, Lang::En) => "Boxed case",
        (InText, Lang::Zh) => "正文示例",
        (InText, Lang::En) => "In-text example",
        (NoOutcome, Lang::Zh) => "报告未给出量化成效",
        (NoOutcome, Lang::En) => "The report states no quantified outcome",
        (ChartDomainTitle, Lang::Zh) => "各领域案例数（按企业堆叠）",
        (ChartDomainTitle, Lang::En) => "Cases by domain, stacked by organisation",
        (ChartByOperator, Lang::Zh) => "按运营企业",
        (ChartByOperator, Lang::En) => "By operator",
        (ChartByOrganisation, Lang::Zh) => "按具体单位",
        (ChartByOrganisation, Lang::En) => "By organisation",
        (ChartMultiNote, Lang::Zh) => "一个案例涉及多家企业时，在每家企业下各计一次；“合计”为不重复的案例数。",
        (ChartMultiNote, Lang::En) => "A case with several organisations counts once under each; \"Total\" counts each case once.",
        (ChartOthers, Lang::Zh) => "其他",
        (ChartOthers, Lang::En) => "Others",
        (ChartClickHint, Lang::Zh) => "点击柱段即按该领域和企业筛选。",
        (ChartClickHint, Lang::En) => "Click a bar segment to filter by that domain and organisation.",
        (OutcomesTitle, Lang::Zh) => "量化成效（仅同类、同单位的数字放在一起）",
        (OutcomesTitle, Lang::En) => "Stated outcomes (only figures of the same kind and unit together)",
        (OutcomesGroup, Lang::Zh) => "可比较的一组",
        (OutcomesGroup, Lang::En) => "Comparable group",
        (OutcomesNote, Lang::Zh) => "每根柱是报告陈述的一个数字，不相加、不平均；区间画到上限，准确数字见表格。",
        (OutcomesNote, Lang::En) => "Each bar is one figure as the report states it; nothing is added or averaged. A range is drawn to its upper end; the table gives the exact figures.",
        (OutcomesNone, Lang::Zh) => "当前结果中没有量化成效。",
        (OutcomesNone, Lang::En) => "No quantified outcome in the current result.",
        (DirectionUp, Lang::Zh) => "上升",
        (DirectionUp, Lang::En) => "up",
        (DirectionDown, Lang::Zh) => "下降",
        (DirectionDown, Lang::En) => "down",
        (DirectionNone, Lang::Zh) => "未说明方向",
        (DirectionNone, Lang::En) => "direction not stated",
        (Measure, Lang::Zh) => "指标",
        (Measure, Lang::En) => "Measure",
        (Value, Lang::Zh) => "数值",
        (Value, Lang::En) => "Value",
        (Unit, Lang::Zh) => "单位",
        (Unit, Lang::En) => "Unit",
        (Wording, Lang::Zh) => "报告原文",
        (Wording, Lang::En) => "Report's wording (zh)",
        (Qualifier, Lang::Zh) => "限定",
        (Qualifier, Lang::En) => "Qualifier",
        (Baseline, Lang::Zh) => "比较基准",
        (Baseline, Lang::En) => "Baseline",
        (From, Lang::Zh) => "起始值",
        (From, Lang::En) => "From",
        (Direction, Lang::Zh) => "方向",
        (Direction, Lang::En) => "Direction",
        (Kind, Lang::Zh) => "类别",
        (Kind, Lang::En) => "Kind",
        (Case, Lang::Zh) => "案例",
        (Case, Lang::En) => "Case",
        (BackToResults, Lang::Zh) => "返回结果列表",
        (BackToResults, Lang::En) => "Back to the results",
        (PreviousCase, Lang::Zh) => "上一个",
        (PreviousCase, Lang::En) => "Previous",
        (NextCase, Lang::Zh) => "下一个",
        (NextCase, Lang::En) => "Next",
        (NotInResult, Lang::Zh) => "此案例不在当前筛选结果中。",
        (NotInResult, Lang::En) => "This case is not in the current filtered result.",
        (CaseNotFound, Lang::Zh) => "没有这个案例。",
        (CaseNotFound, Lang::En) => "There is no such case.",
        (RepeatsFiguresOf, Lang::Zh) => "报告在另一案例中已给出相同数据，统计和图表只计一次：",
        (RepeatsFiguresOf, Lang::En) => "The report gives the same figures in another case; counts and charts take them once:",
        (FiguresRepeatedIn, Lang::Zh) => "报告在另一案例中再次给出这些数据，统计和图表只计一次：",
        (FiguresRepeatedIn, Lang::En) => "The report gives these figures again in another case; counts and charts take them once:",
        (Summary, Lang::Zh) => "概述",
        (Summary, Lang::En) => "Summary",
        (Outcomes, Lang::Zh) => "报告陈述的量化成效",
        (Outcomes, Lang::En) => "Outcomes the report states",
        (Source, Lang::Zh) => "出处",
        (Source, Lang::En) => "Source",
        (Section, Lang::Zh) => "章节",
        (Section, Lang::En) => "Section",
        (Footnote, Lang::Zh) => "脚注",
        (Footnote, Lang::En) => "Footnote",
        (RelatedChallenges, Lang::Zh) => "相关挑战",
        (RelatedChallenges, Lang::En) => "Related challenges",
        (RelatedRecommendations, Lang::Zh) => "相关建议",
        (RelatedRecommendations, Lang::En) => "Related recommendations",
        (NoRelated, Lang::Zh) => "报告第五章未将此案例与挑战或建议关联。",
        (NoRelated, Lang::En) => "Chapter 5 links this case to no challenge or recommendation.",
        (CasesLinked, Lang::Zh) => "查看关联案例",
        (CasesLinked, Lang::En) => "linked cases",
        (Market, Lang::Zh) => "市场",
        (Market, Lang::En) => "Market",
        (Subdomain, Lang::Zh) => "子领域",
        (Subdomain, Lang::En) => "Sub-domain",
        (NoOperator, Lang::Zh) => "非运营企业",
        (NoOperator, Lang::En) => "not an operator",
        (Challenge, Lang::Zh) => "挑战",
        (Challenge, Lang::En) => "Challenge",
        (Recommendation, Lang::Zh) => "建议",
        (Recommendation, Lang::En) => "Recommendation",
        (QuantYes, Lang::Zh) => "有量化成效",
        (QuantYes, Lang::En) => "Has a quantified outcome",
        (QuantNo, Lang::Zh) => "无量化成效",
        (QuantNo, Lang::En) => "No quantified outcome",
        (ResultOf, Lang::Zh) => "结果",
        (ResultOf, Lang::En) => "Result",
        (OperatorProfile, Lang::Zh) => "运营企业概况",
        (OperatorProfile, Lang::En) => "operator profile",
        (NoneLinked, Lang::Zh) => "第五章未关联",
        (NoneLinked, Lang::En) => "None linked in chapter 5",
    }
}

pub fn facet_name(facet: Facet, lang: Lang) -> &'static str {
    match (facet, lang) {
        (Facet::Domain, Lang::Zh) => "领域",
        (Facet::Domain, Lang::En) => "Domain",
        (Facet::Sub, Lang::Zh) => "子领域",
        (Facet::Sub, Lang::En) => "Sub-domain",
        (Facet::Org, Lang::Zh) => "单位",
        (Facet::Org, Lang::En) => "Organisation",
        (Facet::Op, Lang::Zh) => "运营企业",
        (Facet::Op, Lang::En) => "Operator",
        (Facet::Tech, Lang::Zh) => "技术",
        (Facet::Tech, Lang::En) => "Technology",
        (Facet::Market, Lang::Zh) => "市场",
        (Facet::Market, Lang::En) => "Market",
        (Facet::Metric, Lang::Zh) => "成效类别",
        (Facet::Metric, Lang::En) => "Outcome kind",
        (Facet::Quant, Lang::Zh) => "量化成效",
        (Facet::Quant, Lang::En) => "Quantified outcome",
        (Facet::Challenge, Lang::Zh) => "挑战",
        (Facet::Challenge, Lang::En) => "Challenge",
        (Facet::Rec, Lang::Zh) => "建议",
        (Facet::Rec, Lang::En) => "Recommendation",
    }
}

pub fn sort_name(sort: Sort, lang: Lang) -> &'static str {
    match (sort, lang) {
        (Sort::Report, Lang::Zh) => "报告顺序",
        (Sort::Report, Lang::En) => "Report order",
        (Sort::Domain, Lang::Zh) => "领域",
        (Sort::Domain, Lang::En) => "Domain",
        (Sort::Organisation, Lang::Zh) => "企业（按英文名）",
        (Sort::Organisation, Lang::En) => "Organisation",
        (Sort::Outcome, Lang::Zh) => "成效数字大小",
        (Sort::Outcome, Lang::En) => "Size of stated outcome",
    }
}

pub fn market_name(market: crate::domain::Market, lang: Lang) -> &'static str {
    use crate::domain::Market;
    match (market, lang) {
        (Market::Consumer, Lang::Zh) => "大众市场",
        (Market::Consumer, Lang::En) => "Consumer market",
        (Market::Enterprise, Lang::Zh) => "政企市场",
        (Market::Enterprise, Lang::En) => "Government & enterprise market",
    }
}

/// "12 个案例" / "12 cases"; with a total when filtered.
pub fn result_count(lang: Lang, shown: usize, total: usize) -> String {
    match (lang, shown == total) {
        (Lang::Zh, true) => format!("共 {total} 个案例"),
        (Lang::Zh, false) => format!("{shown} 个案例（共 {total} 个）"),
        (Lang::En, true) => format!("{total} cases"),
        (Lang::En, false) => format!("{shown} of {total} cases"),
    }
}

pub fn page_of(lang: Lang, page: usize, pages: usize) -> String {
    match lang {
        Lang::Zh => format!("第 {page} / {pages} 页"),
        Lang::En => format!("Page {page} of {pages}"),
    }
}

/// "4 of 7 cases in this group state a baseline".
pub fn baseline_note(lang: Lang, with_baseline: usize, cases: usize) -> String {
    match lang {
        Lang::Zh => format!(
            "本组 {cases} 个案例中有 {with_baseline} 个给出比较基准（比较期或起始值）。"
        ),
        Lang::En => format!(
            "{with_baseline} of {cases} cases in this group state a baseline (a comparison period or a starting value)."
        ),
    }
}

pub fn group_label(lang: Lang, kind: &str, unit: &str, figures: usize, cases: usize) -> String {
    match lang {
        Lang::Zh => format!("{kind} · {unit}（{figures} 个数字，{cases} 个案例）"),
        Lang::En => format!("{kind} · {unit} ({figures} figures, {cases} cases)"),
    }
}

pub fn capped_note(lang: Lang, shown: usize, total: usize) -> String {
    match lang {
        Lang::Zh => format!("图中显示最大的 {shown} 个数字（共 {total} 个）。"),
        Lang::En => format!("The chart shows the {shown} largest of {total} figures."),
    }
}

pub fn position_in_result(lang: Lang, at: usize, total: usize) -> String {
    match lang {
        Lang::Zh => format!("当前结果第 {at} / {total} 个"),
        Lang::En => format!("{at} of {total} in the current result"),
    }
}

pub fn notice_text(notice: &Notice, lang: Lang) -> String {
    match (notice, lang) {
        (Notice::UnknownParam { name }, Lang::Zh) => format!("未知参数 “{name}”"),
        (Notice::UnknownParam { name }, Lang::En) => format!("unknown parameter “{name}”"),
        (Notice::UnknownValue { param, value }, Lang::Zh) => {
            format!("参数 {param} 的值 “{value}” 在数据中不存在")
        }
        (Notice::UnknownValue { param, value }, Lang::En) => {
            format!("{param}: “{value}” names nothing in the data")
        }
        (Notice::BadValue { param, value }, Lang::Zh) => {
            format!("参数 {param} 的值 “{value}” 无效")
        }
        (Notice::BadValue { param, value }, Lang::En) => {
            format!("{param}: “{value}” is not a valid value")
        }
    }
}
