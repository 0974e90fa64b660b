//! UI strings of the challenges views, in zh and en.

use super::Lang;
use crate::domain::tracing::LinkKind;

strings! {
    /// UI strings; each key has zh and en, or the build fails.
    pub enum ChallengeUi {
        Title => "挑战 → 建议 → 案例", "Challenges → recommendations → cases";
        Intro => "报告第五章提出智能化发展面临的八项挑战，以及对电信运营企业和对行业的建议；第四章的案例展示了运营企业如何应对。此视图把三者连起来。", "Chapter 五 of the report names eight challenges of intelligent development and gives recommendations to telecom operators and to the industry; the cases of chapter 四 show operators tackling them. This view links the three.";
        LinkRule => "连线是本看板对报告的整理：只有当建议或案例的文字明确回应挑战所述的问题时才连线，报告本身并未画出这些对应关系。", "The links are our reading of the report: a link is drawn only where the text of a recommendation or case explicitly addresses a problem the challenge names. The report itself draws no such links.";
        ValueNote => "连线宽度是链接的条数，每条链接计 1；节点高度是其链接数。它们不代表投资、规模或成效的大小。", "Link widths are counts of links, each link counting 1; a node's height is its number of links. They are not investment, scale or impact figures.";
        FlowNote => "“建议 → 案例”表示该案例体现了这项建议，并不表示它应对了与这项建议相连的每一项挑战；直接应对某项挑战的案例以“挑战 → 案例”相连。", "A recommendation → case link means the case illustrates that recommendation, not that it tackles every challenge linked to the recommendation; cases that tackle a challenge directly are linked challenge → case.";
        CoverageCases => "与挑战或建议相连的案例：", "Cases linked to a challenge or recommendation:";
        CoverageOf => "/", "of";
        ChartLabel => "挑战、建议与案例之间的链接（桑基图）", "Links between challenges, recommendations and cases (Sankey diagram)";
        ChartHint => "点击图中的挑战、建议或案例，即可在案例浏览器中查看相关案例；悬停可突出显示相邻的链接。", "Click a challenge, recommendation or case in the chart to open its cases in the case explorer; hover to highlight its neighbouring links.";
        LegendHeading => "图例", "Legend";
        LegendChallenge => "挑战（五（一））", "C = challenge (五（一）)";
        LegendEnterprise => "对企业的建议（五（二））", "E = recommendation to operators (五（二）)";
        LegendIndustry => "对行业的建议（五（三））", "I = recommendation to the industry (五（三）)";
        LegendCase => "案例（第四章），按领域着色：", "Cases (chapter 四), coloured by domain:";
        FocusShowing => "图中只显示这项挑战的追踪：", "The chart traces only this challenge:";
        FocusShowAll => "显示全部挑战", "Show all challenges";
        FocusNoCase => "报告中没有展示应对这项挑战的案例；图中右侧的案例体现的是它所对应的建议。", "The report shows no case for this challenge; the cases on the right illustrate its recommendations.";
        ChallengesHeading => "八项挑战及其建议与案例", "The eight challenges, their recommendations and cases";
        ChallengeNumber => "挑战", "Challenge";
        RecsAnswering => "回应这项挑战的建议", "Recommendations that answer it";
        CasesTackling => "体现应对的案例", "Cases that show it being tackled";
        NoCaseForChallenge => "报告中没有展示应对这项挑战的案例。", "The report shows no case for this challenge.";
        ChallengeInExplorer => "在案例浏览器中查看", "Open in the case explorer";
        TraceInChart => "在图中单独追踪", "Trace alone in the chart";
        TracedInChart => "正在图中追踪 · 显示全部", "Traced in the chart · show all";
        RecsHeading => "建议及其案例", "The recommendations and their cases";
        EnterpriseRecsHeading => "对电信运营企业的建议（五（二））", "To telecom operators (五（二）)";
        IndustryRecsHeading => "对行业的建议（五（三））", "To the industry (五（三）)";
        ScopeEnterprise => "企业建议", "Operator rec.";
        ScopeIndustry => "行业建议", "Industry rec.";
        RecSummary => "建议内容", "What it recommends";
        AnswersChallenges => "回应的挑战：", "Answers:";
        NoChallengeForRec => "没有挑战与这项建议直接相连。", "No challenge is linked to this recommendation.";
        RecCases => "体现这项建议的案例", "Cases that illustrate it";
        NoCaseForRec => "报告中没有展示体现这项建议的案例。", "The report shows no case for this recommendation.";
        RecInExplorer => "在案例浏览器中查看", "Open in the case explorer";
        ColumnKind => "链接类型", "Link";
        ColumnFrom => "起点", "From";
        ColumnTo => "终点", "To";
        ColumnValue => "链接值（条数）", "Link value (count)";
        KindChallengeRecommendation => "挑战 → 建议", "challenge → recommendation";
        KindRecommendationCase => "建议 → 案例", "recommendation → case";
        KindChallengeCase => "挑战 → 案例", "challenge → case";
        NodeChallenge => "挑战", "C";
        NodeEnterprise => "企业建议", "E";
        NodeIndustry => "行业建议", "I";
    }
}

/// What a tracing link joins, as the chart's table names it.
pub fn link_kind_name(kind: LinkKind, lang: Lang) -> &'static str {
    lang.t(match kind {
        LinkKind::ChallengeRecommendation => ChallengeUi::KindChallengeRecommendation,
        LinkKind::ChallengeCase => ChallengeUi::KindChallengeCase,
        LinkKind::RecommendationCase => ChallengeUi::KindRecommendationCase,
    })
}
