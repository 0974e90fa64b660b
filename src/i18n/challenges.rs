//! UI strings of the challenges views, in zh and en.

use super::Lang;
use crate::domain::tracing::LinkKind;

/// Keys of the tracing view's strings (挑战 → 建议 → 案例).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Title,
    Intro,
    LinkRule,
    ValueNote,
    FlowNote,
    CoverageCases,
    CoverageOf,
    ChartLabel,
    ChartHint,
    LegendHeading,
    LegendChallenge,
    LegendEnterprise,
    LegendIndustry,
    LegendCase,
    FocusShowing,
    FocusShowAll,
    FocusNoCase,
    ChallengesHeading,
    ChallengeNumber,
    RecsAnswering,
    CasesTackling,
    NoCaseForChallenge,
    ChallengeInExplorer,
    TraceInChart,
    TracedInChart,
    RecsHeading,
    EnterpriseRecsHeading,
    IndustryRecsHeading,
    ScopeEnterprise,
    ScopeIndustry,
    RecSummary,
    AnswersChallenges,
    NoChallengeForRec,
    RecCases,
    NoCaseForRec,
    RecInExplorer,
    ColumnKind,
    ColumnFrom,
    ColumnTo,
    ColumnValue,
    KindChallengeRecommendation,
    KindRecommendationCase,
    KindChallengeCase,
    NodeChallenge,
    NodeEnterprise,
    NodeIndustry,
}

/// What a tracing link joins, as the chart's table names it.
pub fn link_kind_name(kind: LinkKind, lang: Lang) -> &'static str {
    t(
        lang,
        match kind {
            LinkKind::ChallengeRecommendation => Key::KindChallengeRecommendation,
            LinkKind::ChallengeCase => Key::KindChallengeCase,
            LinkKind::RecommendationCase => Key::KindRecommendationCase,
        },
    )
}

pub fn t(lang: Lang, key: Key) -> &'static str {
    use Key::*;
    match (key, lang) {
        (Title, Lang::Zh) => "挑战 → 建议 → 案例",
        (Title, Lang::En) => "Challenges → recommendations → cases",
        (Intro, Lang::Zh) => {
            "报告第五章提出智能化发展面临的八项挑战，以及对电信运营企业和对行业的建议；第四章的案例展示了运营企业如何应对。此视图把三者连起来。"
        }
        (Intro, Lang::En) => {
            "Chapter 五 of the report names eight challenges of intelligent development and gives recommendations to telecom operators and to the industry; the cases of chapter 四 show operators tackling them. This view links the three."
        }
        (LinkRule, Lang::Zh) => {
            "连线是本看板对报告的整理：只有当建议或案例的文字明确回应挑战所述的问题时才连线，报告本身并未画出这些对应关系。"
        }
        (LinkRule, Lang::En) => {
            "The links are our reading of the report: a link is drawn only where the text of a recommendation or case explicitly addresses a problem the challenge names. The report itself draws no such links."
        }
        (ValueNote, Lang::Zh) => {
            "连线宽度是链接的条数，每条链接计 1；节点高度是其链接数。它们不代表投资、规模或成效的大小。"
        }
        (ValueNote, Lang::En) => {
            "Link widths are counts of links, each link counting 1; a node's height is its number of links. They are not investment, scale or impact figures."
        }
        (FlowNote, Lang::Zh) => {
            "“建议 → 案例”表示该案例体现了这项建议，并不表示它应对了与这项建议相连的每一项挑战；直接应对某项挑战的案例以“挑战 → 案例”相连。"
        }
        (FlowNote, Lang::En) => {
            "A recommendation → case link means the case illustrates that recommendation, not that it tackles every challenge linked to the recommendation; cases that tackle a challenge directly are linked challenge → case."
        }
        (CoverageCases, Lang::Zh) => "与挑战或建议相连的案例：",
        (CoverageCases, Lang::En) => "Cases linked to a challenge or recommendation:",
        (CoverageOf, Lang::Zh) => "/",
        (CoverageOf, Lang::En) => "of",
        (ChartLabel, Lang::Zh) => "挑战、建议与案例之间的链接（桑基图）",
        (ChartLabel, Lang::En) => "Links between challenges, recommendations and cases (Sankey diagram)",
        (ChartHint, Lang::Zh) => {
            "点击图中的挑战、建议或案例，即可在案例浏览器中查看相关案例；悬停可突出显示相邻的链接。"
        }
        (ChartHint, Lang::En) => {
            "Click a challenge, recommendation or case in the chart to open its cases in the case explorer; hover to highlight its neighbouring links."
        }
        (LegendHeading, Lang::Zh) => "图例",
        (LegendHeading, Lang::En) => "Legend",
        (LegendChallenge, Lang::Zh) => "挑战（五（一））",
        (LegendChallenge, Lang::En) => "C = challenge (五（一）)",
        (LegendEnterprise, Lang::Zh) => "对企业的建议（五（二））",
        (LegendEnterprise, Lang::En) => "E = recommendation to operators (五（二）)",
        (LegendIndustry, Lang::Zh) => "对行业的建议（五（三））",
        (LegendIndustry, Lang::En) => "I = recommendation to the industry (五（三）)",
        (LegendCase, Lang::Zh) => "案例（第四章），按领域着色：",
        (LegendCase, Lang::En) => "Cases (chapter 四), coloured by domain:",
        (FocusShowing, Lang::Zh) => "图中只显示这项挑战的追踪：",
        (FocusShowing, Lang::En) => "The chart traces only this challenge:",
        (FocusShowAll, Lang::Zh) => "显示全部挑战",
        (FocusShowAll, Lang::En) => "Show all challenges",
        (FocusNoCase, Lang::Zh) => {
            "报告中没有展示应对这项挑战的案例；图中右侧的案例体现的是它所对应的建议。"
        }
        (FocusNoCase, Lang::En) => {
            "The report shows no case for this challenge; the cases on the right illustrate its recommendations."
        }
        (ChallengesHeading, Lang::Zh) => "八项挑战及其建议与案例",
        (ChallengesHeading, Lang::En) => "The eight challenges, their recommendations and cases",
        (ChallengeNumber, Lang::Zh) => "挑战",
        (ChallengeNumber, Lang::En) => "Challenge",
        (RecsAnswering, Lang::Zh) => "回应这项挑战的建议",
        (RecsAnswering, Lang::En) => "Recommendations that answer it",
        (CasesTackling, Lang::Zh) => "体现应对的案例",
        (CasesTackling, Lang::En) => "Cases that show it being tackled",
        (NoCaseForChallenge, Lang::Zh) => "报告中没有展示应对这项挑战的案例。",
        (NoCaseForChallenge, Lang::En) => "The report shows no case for this challenge.",
        (ChallengeInExplorer, Lang::Zh) => "在案例浏览器中查看",
        (ChallengeInExplorer, Lang::En) => "Open in the case explorer",
        (TraceInChart, Lang::Zh) => "在图中单独追踪",
        (TraceInChart, Lang::En) => "Trace alone in the chart",
        (TracedInChart, Lang::Zh) => "正在图中追踪 · 显示全部",
        (TracedInChart, Lang::En) => "Traced in the chart · show all",
        (RecsHeading, Lang::Zh) => "建议及其案例",
        (RecsHeading, Lang::En) => "The recommendations and their cases",
        (EnterpriseRecsHeading, Lang::Zh) => "对电信运营企业的建议（五（二））",
        (EnterpriseRecsHeading, Lang::En) => "To telecom operators (五（二）)",
        (IndustryRecsHeading, Lang::Zh) => "对行业的建议（五（三））",
        (IndustryRecsHeading, Lang::En) => "To the industry (五（三）)",
        (ScopeEnterprise, Lang::Zh) => "企业建议",
        (ScopeEnterprise, Lang::En) => "Operator rec.",
        (ScopeIndustry, Lang::Zh) => "行业建议",
        (ScopeIndustry, Lang::En) => "Industry rec.",
        (RecSummary, Lang::Zh) => "建议内容",
        (RecSummary, Lang::En) => "What it recommends",
        (AnswersChallenges, Lang::Zh) => "回应的挑战：",
        (AnswersChallenges, Lang::En) => "Answers:",
        (NoChallengeForRec, Lang::Zh) => "没有挑战与这项建议直接相连。",
        (NoChallengeForRec, Lang::En) => "No challenge is linked to this recommendation.",
        (RecCases, Lang::Zh) => "体现这项建议的案例",
        (RecCases, Lang::En) => "Cases that illustrate it",
        (NoCaseForRec, Lang::Zh) => "报告中没有展示体现这项建议的案例。",
        (NoCaseForRec, Lang::En) => "The report shows no case for this recommendation.",
        (RecInExplorer, Lang::Zh) => "在案例浏览器中查看",
        (RecInExplorer, Lang::En) => "Open in the case explorer",
        (ColumnKind, Lang::Zh) => "链接类型",
        (ColumnKind, Lang::En) => "Link",
        (ColumnFrom, Lang::Zh) => "起点",
        (ColumnFrom, Lang::En) => "From",
        (ColumnTo, Lang::Zh) => "终点",
        (ColumnTo, Lang::En) => "To",
        (ColumnValue, Lang::Zh) => "链接值（条数）",
        (ColumnValue, Lang::En) => "Link value (count)",
        (KindChallengeRecommendation, Lang::Zh) => "挑战 → 建议",
        (KindChallengeRecommendation, Lang::En) => "challenge → recommendation",
        (KindRecommendationCase, Lang::Zh) => "建议 → 案例",
        (KindRecommendationCase, Lang::En) => "recommendation → case",
        (KindChallengeCase, Lang::Zh) => "挑战 → 案例",
        (KindChallengeCase, Lang::En) => "challenge → case",
        (NodeChallenge, Lang::Zh) => "挑战",
        (NodeChallenge, Lang::En) => "C",
        (NodeEnterprise, Lang::Zh) => "企业建议",
        (NodeEnterprise, Lang::En) => "E",
        (NodeIndustry, Lang::Zh) => "行业建议",
        (NodeIndustry, Lang::En) => "I",
    }
}
