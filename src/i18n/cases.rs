//! UI strings of the case explorer and case detail views, in zh and en.

use crate::domain::query::{Facet, Notice, Sort};

use super::Lang;

strings! {
    /// UI strings; each key has zh and en, or the build fails.
    pub enum CaseUi {
        Title => "案例浏览", "Case explorer";
        Intro => "报告第四章的运营企业案例：按领域、企业、技术等筛选，搜索，并分享链接。", "The operator cases of the report's chapter 4: filter by domain, organisation, technology and more, search, and share the link.";
        Search => "搜索", "Search";
        SearchPlaceholder => "标题、摘要、企业、技术（中英文）", "titles, summaries, organisations, technologies (zh or en)";
        ClearSearch => "清除搜索", "Clear search";
        Filters => "筛选", "Filters";
        ClearAll => "清除全部筛选", "Clear all filters";
        Clear => "清除", "Clear";
        Sort => "排序", "Sort";
        View => "视图", "View";
        Cards => "卡片", "Cards";
        Table => "表格", "Table";
        Page => "页码", "Page";
        Previous => "上一页", "Previous";
        Next => "下一页", "Next";
        NoResults => "没有符合条件的案例。", "No case matches these filters.";
        DownloadCsv => "下载 CSV", "Download CSV";
        DownloadJson => "下载 JSON", "Download JSON";
        Notices => "链接中有以下内容被忽略：", "Parts of this link were ignored:";
        Remove => "移除", "Remove";
        ColTitle => "案例", "Case";
        ColDomain => "领域", "Domain";
        ColOrganisations => "企业", "Organisations";
        ColTechnologies => "技术", "Technologies";
        ColOutcomes => "量化成效", "Quantified outcomes";
        ColSource => "出处", "Source";
        Boxed => "专栏案例", "Boxed case";
        InText => "正文示例", "In-text example";
        NoOutcome => "报告未给出量化成效", "The report states no quantified outcome";
        ChartDomainTitle => "各领域案例数（按企业堆叠）", "Cases by domain, stacked by organisation";
        ChartByOperator => "按运营企业", "By operator";
        ChartByOrganisation => "按具体单位", "By organisation";
        ChartMultiNote => "一个案例涉及多家企业时，在每家企业下各计一次；“合计”为不重复的案例数。", "A case with several organisations counts once under each; \"Total\" counts each case once.";
        ChartOthers => "其他", "Others";
        ChartClickHint => "点击柱段即按该领域和企业筛选。", "Click a bar segment to filter by that domain and organisation.";
        OutcomesTitle => "量化成效（仅同类、同单位的数字放在一起）", "Stated outcomes (only figures of the same kind and unit together)";
        OutcomesGroup => "可比较的一组", "Comparable group";
        OutcomesNote => "每根柱是报告陈述的一个数字，不相加、不平均；区间画到上限，准确数字见表格。", "Each bar is one figure as the report states it; nothing is added or averaged. A range is drawn to its upper end; the table gives the exact figures.";
        OutcomesNone => "当前结果中没有量化成效。", "No quantified outcome in the current result.";
        DirectionUp => "上升", "up";
        DirectionDown => "下降", "down";
        DirectionNone => "未说明方向", "direction not stated";
        Measure => "指标", "Measure";
        Value => "数值", "Value";
        Wording => "报告原文", "Report's wording (zh)";
        Baseline => "比较基准", "Baseline";
        From => "起始值", "From";
        Direction => "方向", "Direction";
        Kind => "类别", "Kind";
        Case => "案例", "Case";
        BackToResults => "返回结果列表", "Back to the results";
        PreviousCase => "上一个", "Previous";
        NextCase => "下一个", "Next";
        NotInResult => "此案例不在当前筛选结果中。", "This case is not in the current filtered result.";
        CaseNotFound => "没有这个案例。", "There is no such case.";
        RepeatsFiguresOf => "报告在另一案例中已给出相同数据，统计和图表只计一次：", "The report gives the same figures in another case; counts and charts take them once:";
        FiguresRepeatedIn => "报告在另一案例中再次给出这些数据，统计和图表只计一次：", "The report gives these figures again in another case; counts and charts take them once:";
        Summary => "概述", "Summary";
        Outcomes => "报告陈述的量化成效", "Outcomes the report states";
        Source => "出处", "Source";
        Section => "章节", "Section";
        Footnote => "脚注", "Footnote";
        RelatedChallenges => "相关挑战", "Related challenges";
        RelatedRecommendations => "相关建议", "Related recommendations";
        NoRelated => "报告第五章未将此案例与挑战或建议关联。", "Chapter 5 links this case to no challenge or recommendation.";
        CasesLinked => "查看关联案例", "linked cases";
        QuantYes => "有量化成效", "Has a quantified outcome";
        QuantNo => "无量化成效", "No quantified outcome";
        OperatorProfile => "运营企业概况", "operator profile";
        NoneLinked => "第五章未关联", "None linked in chapter 5";
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
