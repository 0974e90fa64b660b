//! UI strings of the whole-report search, in zh and en.

use super::Lang;
use crate::domain::report_search::{HitKind, Notice};

strings! {
    /// UI strings; each key has zh and en, or the build fails.
    pub enum SearchUi {
        Title => "搜索报告", "Search the report";
        Label => "搜索整份报告", "Search the whole report";
        Placeholder => "搜索报告…（/ 或 Ctrl+K）", "Search the report… (/ or Ctrl+K)";
        Intro => "一次搜索报告的全部内容：指标、判断、战略层级、运营企业、举措、案例、挑战、建议、术语与章节标题，中英文均可。", "One search over everything the report says: indicators, findings, tiers, operators, measures, cases, challenges, recommendations, glossary terms and section titles, in Chinese or English.";
        AllResults => "查看全部结果", "See all results";
        Nothing => "报告中没有与此相关的内容：", "Nothing in the report for";
        TrySuggestions => "可以试试：", "Try:";
        Page => "第", "p.";
        PageAfter => "页", "";
    }
}

/// The name of a kind of record, as a group heading.
pub fn kind_name(kind: HitKind, lang: Lang) -> &'static str {
    let (zh, en) = match kind {
        HitKind::Section => ("章节", "Sections"),
        HitKind::Indicator => ("指标", "Indicators"),
        HitKind::Finding => ("定性判断", "Findings"),
        HitKind::Axis => ("战略维度", "Strategy axes"),
        HitKind::Tier => ("战略层级", "Strategy tiers"),
        HitKind::Operator => ("运营企业", "Operators"),
        HitKind::OperatorFact => ("模型、平台与布局", "Models, platforms and layouts"),
        HitKind::Measure => ("创新举措", "Measures"),
        HitKind::Example => ("举措实例", "Measure examples"),
        HitKind::Case => ("案例", "Cases"),
        HitKind::Challenge => ("挑战", "Challenges"),
        HitKind::Recommendation => ("建议", "Recommendations"),
        HitKind::Term => ("术语", "Glossary terms"),
    };
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// A notice about the search itself, in words.
pub fn notice_text(notice: &Notice, lang: Lang) -> String {
    match (notice, lang) {
        (Notice::Cut { chars, kept }, Lang::Zh) => {
            format!("输入共 {chars} 个字符，只搜索前 {kept} 个。")
        }
        (Notice::Cut { chars, kept }, Lang::En) => {
            format!("The input has {chars} characters; only the first {kept} are searched.")
        }
        (Notice::SomeWordsOnly { matched, of }, Lang::Zh) => {
            format!("没有内容包含全部 {of} 个词；以下结果包含其中 {matched} 个。")
        }
        (Notice::SomeWordsOnly { matched, of }, Lang::En) => {
            format!("Nothing has all {of} words; these results have {matched} of them.")
        }
        (Notice::Truncated { total }, Lang::Zh) => {
            format!("共 {total} 条结果，只显示最相关的部分。")
        }
        (Notice::Truncated { total }, Lang::En) => {
            format!("{total} results in all; only the best are shown.")
        }
    }
}
