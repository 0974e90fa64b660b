//! The tracing Sankey of chapter 五: challenges → the recommendations that answer them →
//! the chapter 四 cases linked to either, drawn from the links and nodes of
//! [`crate::domain::tracing`]. Every link has the value 1: widths are counts of links, never
//! magnitudes.

use std::collections::{HashMap, HashSet};

use charming::element::{Emphasis, EmphasisFocus, ItemStyle, Label, LineStyle, Tooltip, Trigger};
use charming::series::{Sankey, SankeyLink, SankeyNode, SankeyNodeAlign};
use charming::Chart;

use crate::charts::{ChartTable, ChartTarget, Figure};
use crate::domain::tracing::{tracing_links, tracing_nodes, TracingNode};
use crate::domain::{Case, Challenge, Dataset, Domain, Recommendation, Scope};
use crate::i18n::challenges::{link_kind_name, ChallengeUi};
use crate::i18n::Lang;

/// Colour of challenge nodes (also used by the page's legend).
pub const CHALLENGE_COLOR: &str = "#d1603d";
/// Colour of recommendations to operators (五（二）).
pub const ENTERPRISE_COLOR: &str = "#0b4f8a";
/// Colour of recommendations to the industry (五（三）).
pub const INDUSTRY_COLOR: &str = "#2a9d8f";

/// Colour of a case node, by the case's domain.
pub fn domain_color(domain: Domain) -> &'static str {
    match domain {
        Domain::Infrastructure => "#6f86b8",
        Domain::Business => "#9a7cc4",
        Domain::Network => "#5f9f7e",
        Domain::Marketing => "#c99a2e",
        Domain::Management => "#85909c",
    }
}

/// Room on the right of the last column for the case labels, in pixels.
const CASE_LABEL_ROOM: i32 = 250;
/// Vertical margin above and below the diagram, in pixels.
const MARGIN: u32 = 14;
/// ECharts' default gap between the nodes of a column, in pixels.
const NODE_GAP: u32 = 8;
/// Pixels per link when choosing the chart's height, so that labels do not overlap.
const PIXELS_PER_LINK: u32 = 7;

fn find_case<'a>(data: &'a Dataset, id: &str) -> Option<&'a Case> {
    data.cases.iter().find(|case| case.id == id)
}

/// "挑战3" / "C3": the short tag of a challenge in the chart.
pub fn challenge_tag(challenge: &Challenge, lang: Lang) -> String {
    format!("{}{}", lang.t(ChallengeUi::NodeChallenge), challenge.number)
}

/// "企业建议1" / "E1", "行业建议2" / "I2": the short tag of a recommendation in the chart.
pub fn recommendation_tag(rec: &Recommendation, lang: Lang) -> String {
    let key = match rec.scope {
        Scope::Enterprise => ChallengeUi::NodeEnterprise,
        Scope::Industry => ChallengeUi::NodeIndustry,
    };
    format!("{}{}", lang.t(key), rec.number)
}

/// A node's full label: tag and title for challenges and recommendations, the title for
/// cases (the id when the data lacks the record).
pub fn node_label(data: &Dataset, node: &TracingNode, lang: Lang) -> String {
    node_text(data, node, lang, usize::MAX)
}

/// Labels in the chart keep at most this many characters of a title, so that they fit
/// between the columns (or in the room right of the cases); the table and the list beside
/// the chart give the full text.
fn title_budget(node: &TracingNode, lang: Lang) -> usize {
    match (node, lang) {
        (TracingNode::Case(_), Lang::Zh) => 20,
        (TracingNode::Case(_), Lang::En) => 40,
        (_, Lang::Zh) => 24,
        (_, Lang::En) => 60,
    }
}

fn node_text(data: &Dataset, node: &TracingNode, lang: Lang, budget: usize) -> String {
    match node {
        TracingNode::Challenge(id) => match data.challenges.iter().find(|c| &c.id == id) {
            Some(challenge) => format!(
                "{} · {}",
                challenge_tag(challenge, lang),
                shorten(challenge.title.get(lang), budget)
            ),
            None => id.to_string(),
        },
        TracingNode::Recommendation(id) => {
            match data.recommendations.iter().find(|r| &r.id == id) {
                Some(rec) => format!(
                    "{} · {}",
                    recommendation_tag(rec, lang),
                    shorten(rec.title.get(lang), budget)
                ),
                None => id.to_string(),
            }
        }
        TracingNode::Case(id) => match find_case(data, id) {
            Some(case) => shorten(case.title.get(lang), budget),
            None => id.to_string(),
        },
    }
}

/// Keeps the first `budget` characters, ending with "…" when anything was cut.
fn shorten(text: &str, budget: usize) -> String {
    if text.chars().count() <= budget {
        return text.to_string();
    }
    let mut short: String = text.chars().take(budget.saturating_sub(1)).collect();
    short = short.trim_end().to_string();
    short.push('…');
    short
}

/// The chart name of every node of the full view, unique as ECharts requires: a shortened
/// label, with " (2)", " (3)" … added should two labels coincide. Names are assigned over
/// all nodes so that a node keeps its name when the chart traces one challenge.
fn node_names(data: &Dataset, lang: Lang) -> HashMap<TracingNode, String> {
    let all = tracing_nodes(data, &tracing_links(data, None));
    let mut taken = HashSet::new();
    let mut names = HashMap::new();
    for node in all {
        let base = node_text(data, &node, lang, title_budget(&node, lang));
        let mut name = base.clone();
        let mut n = 2;
        while !taken.insert(name.clone()) {
            name = format!("{base} ({n})");
            n += 1;
        }
        names.insert(node, name);
    }
    names
}

fn node_color(data: &Dataset, node: &TracingNode) -> &'static str {
    match node {
        TracingNode::Challenge(_) => CHALLENGE_COLOR,
        TracingNode::Recommendation(id) => {
            match data.recommendations.iter().find(|r| &r.id == id) {
                Some(rec) if rec.scope == Scope::Industry => INDUSTRY_COLOR,
                _ => ENTERPRISE_COLOR,
            }
        }
        TracingNode::Case(id) => find_case(data, id)
            .map(|case| domain_color(case.domain))
            .unwrap_or("#85909c"),
    }
}

/// The full tracing view: all challenges, recommendations and linked cases.
pub fn tracing_sankey(data: &Dataset, lang: Lang) -> Figure {
    tracing_sankey_focused(data, lang, None)
}

/// The tracing view, or with `focus` (a challenge id) only that challenge's trace.
pub fn tracing_sankey_focused(data: &Dataset, lang: Lang, focus: Option<&str>) -> Figure {
    let links = tracing_links(data, focus);
    let nodes = tracing_nodes(data, &links);
    let names = node_names(data, lang);
    let name_of = |node: &TracingNode| {
        names
            .get(node)
            .cloned()
            .unwrap_or_else(|| node_text(data, node, lang, title_budget(node, lang)))
    };

    let sankey_nodes: Vec<SankeyNode> = nodes
        .iter()
        .map(|node| {
            SankeyNode::new(name_of(node))
                .depth(node.depth())
                .item_style(ItemStyle::new().color(node_color(data, node)))
        })
        .collect();
    let sankey_links: Vec<SankeyLink> = links
        .iter()
        .map(|link| SankeyLink {
            source: name_of(&link.from),
            target: name_of(&link.to),
            value: 1.0,
        })
        .collect();

    let chart = Chart::new()
        .tooltip(Tooltip::new().trigger(Trigger::Item).formatter("{b}"))
        .series(
            Sankey::new()
                .name(lang.t(ChallengeUi::ChartLabel))
                .left(8)
                .right(CASE_LABEL_ROOM)
                .top(MARGIN as i32)
                .bottom(MARGIN as i32)
                .node_align(SankeyNodeAlign::Justify)
                .layout_iterations(0u64)
                .emphasis(Emphasis::new().focus(EmphasisFocus::Adjacency))
                .label(
                    Label::new()
                        .font_size(11)
                        .color("#1b2430")
                        .background_color("rgba(255,255,255,0.78)")
                        .padding((1, 3, 1, 3)),
                )
                .line_style(LineStyle::new().color("source").opacity(0.3).curveness(0.5))
                .nodes(sankey_nodes)
                .links(sankey_links),
        );

    let table = ChartTable {
        columns: [
            ChallengeUi::ColumnKind,
            ChallengeUi::ColumnFrom,
            ChallengeUi::ColumnTo,
            ChallengeUi::ColumnValue,
        ]
        .into_iter()
        .map(|key| lang.t(key).to_string())
        .collect(),
        rows: links
            .iter()
            .map(|link| {
                vec![
                    link_kind_name(link.kind, lang).to_string(),
                    node_label(data, &link.from, lang),
                    node_label(data, &link.to, lang),
                    "1".to_string(),
                ]
            })
            .collect(),
    };
    // Node i of the Sankey is nodes[i]: a click acts on the node, not on its label.
    let targets = nodes
        .iter()
        .enumerate()
        .map(|(index, node)| ((0, index), ChartTarget::Node(node.clone())))
        .collect();
    Figure::new(chart, table).with_targets(targets)
}

/// A chart height, in pixels, that gives every link about [`PIXELS_PER_LINK`] in the
/// busiest column (ECharts scales all columns alike) and leaves room for the labels.
pub fn tracing_height(data: &Dataset, focus: Option<&str>) -> u32 {
    let links = tracing_links(data, focus);
    let nodes = tracing_nodes(data, &links);
    let mut needed = 0;
    for depth in 0..=2 {
        let column: Vec<&TracingNode> = nodes.iter().filter(|n| n.depth() == depth).collect();
        let value: usize = column
            .iter()
            .map(|node| {
                let incoming = links.iter().filter(|l| &l.to == *node).count();
                let outgoing = links.iter().filter(|l| &l.from == *node).count();
                incoming.max(outgoing)
            })
            .sum();
        let gaps = column.len().saturating_sub(1) as u32 * NODE_GAP;
        needed = needed.max(value as u32 * PIXELS_PER_LINK + gaps);
    }
    (needed + 2 * MARGIN).max(320)
}
