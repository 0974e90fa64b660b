//! The tracing model of chapter 五: challenges → the recommendations that answer them → the
//! chapter 四 cases linked to either, as `challenges.json`'s `recommendations` and `cases`
//! arrays state them. Links and nodes in a stable order, and where each node leads in the app;
//! `charts::tracing` draws them.

use std::collections::{HashMap, HashSet};

use super::ids::{CaseId, ChallengeId, RecommendationId};
use super::model::{Challenge, Dataset, Recommendation, Scope};

/// A node of the tracing view, by the id of what it stands for.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TracingNode {
    Challenge(ChallengeId),
    Recommendation(RecommendationId),
    Case(CaseId),
}

impl TracingNode {
    /// The node's stage in the trace (its column in the chart): challenges 0,
    /// recommendations 1, cases 2.
    pub fn depth(&self) -> u8 {
        match self {
            TracingNode::Challenge(_) => 0,
            TracingNode::Recommendation(_) => 1,
            TracingNode::Case(_) => 2,
        }
    }
}

/// What a link joins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LinkKind {
    ChallengeRecommendation,
    ChallengeCase,
    RecommendationCase,
}

/// One link as `challenges.json` states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TracingLink {
    pub kind: LinkKind,
    pub from: TracingNode,
    pub to: TracingNode,
}

/// The challenge a `focus` URL parameter names, if it names one.
pub fn focused_challenge<'a>(data: &'a Dataset, focus: Option<&str>) -> Option<&'a Challenge> {
    let focus = focus?;
    data.challenges
        .iter()
        .find(|challenge| challenge.id == focus)
}

/// Challenges by their number.
pub fn challenges_in_order(data: &Dataset) -> Vec<&Challenge> {
    let mut challenges: Vec<&Challenge> = data.challenges.iter().collect();
    challenges.sort_by_key(|challenge| challenge.number);
    challenges
}

/// Recommendations to operators (五（二）) first, then to the industry (五（三））, each by number.
pub fn recommendations_in_order(data: &Dataset) -> Vec<&Recommendation> {
    let mut recs: Vec<&Recommendation> = data.recommendations.iter().collect();
    recs.sort_by_key(|rec| (scope_rank(rec.scope), rec.number));
    recs
}

/// The recommendations of one scope, by number.
pub fn recommendations_of_scope(data: &Dataset, scope: Scope) -> Vec<&Recommendation> {
    recommendations_in_order(data)
        .into_iter()
        .filter(|rec| rec.scope == scope)
        .collect()
}

/// The recommendations answering a challenge, in the chart's order; ids the data lacks are
/// left out (validation reports them).
pub fn recommendations_answering<'a>(
    data: &'a Dataset,
    challenge: &Challenge,
) -> Vec<&'a Recommendation> {
    recommendations_in_order(data)
        .into_iter()
        .filter(|rec| challenge.recommendations.contains(&rec.id))
        .collect()
}

/// The challenges a recommendation answers, by number.
pub fn challenges_answered_by<'a>(data: &'a Dataset, rec: &Recommendation) -> Vec<&'a Challenge> {
    challenges_in_order(data)
        .into_iter()
        .filter(|challenge| challenge.recommendations.contains(&rec.id))
        .collect()
}

/// How many cases the full trace reaches, of how many cases in all.
pub fn case_coverage(data: &Dataset) -> (usize, usize) {
    let linked = tracing_nodes(data, &tracing_links(data, None))
        .iter()
        .filter(|node| matches!(node, TracingNode::Case(_)))
        .count();
    (linked, data.cases.len())
}

fn scope_rank(scope: Scope) -> u8 {
    match scope {
        Scope::Enterprise => 0,
        Scope::Industry => 1,
    }
}

/// Every link of the data, or with `focus` only the trace of that challenge: its
/// recommendations, its cases, and the cases of its recommendations. An unknown `focus`
/// means no focus.
pub fn tracing_links(data: &Dataset, focus: Option<&str>) -> Vec<TracingLink> {
    let focused = focused_challenge(data, focus);
    let challenges: Vec<&Challenge> = match focused {
        Some(challenge) => vec![challenge],
        None => challenges_in_order(data),
    };
    let mut links = Vec::new();
    for challenge in &challenges {
        let from = TracingNode::Challenge(challenge.id.clone());
        links.extend(challenge.recommendations.iter().map(|rec| TracingLink {
            kind: LinkKind::ChallengeRecommendation,
            from: from.clone(),
            to: TracingNode::Recommendation(rec.clone()),
        }));
        links.extend(challenge.cases.iter().map(|case| TracingLink {
            kind: LinkKind::ChallengeCase,
            from: from.clone(),
            to: TracingNode::Case(case.clone()),
        }));
    }
    for rec in recommendations_in_order(data) {
        if focused.is_some_and(|challenge| !challenge.recommendations.contains(&rec.id)) {
            continue;
        }
        let from = TracingNode::Recommendation(rec.id.clone());
        links.extend(rec.cases.iter().map(|case| TracingLink {
            kind: LinkKind::RecommendationCase,
            from: from.clone(),
            to: TracingNode::Case(case.clone()),
        }));
    }
    links
}

/// The nodes the links touch, column by column: challenges by number, recommendations by
/// scope and number, and cases ordered by the mean position of their sources so that
/// links cross less (ties keep the data order).
pub fn tracing_nodes(data: &Dataset, links: &[TracingLink]) -> Vec<TracingNode> {
    let linked: HashSet<&TracingNode> = links
        .iter()
        .flat_map(|link| [&link.from, &link.to])
        .collect();
    let challenges: Vec<TracingNode> = challenges_in_order(data)
        .into_iter()
        .map(|challenge| TracingNode::Challenge(challenge.id.clone()))
        .filter(|node| linked.contains(node))
        .collect();
    let recs: Vec<TracingNode> = recommendations_in_order(data)
        .into_iter()
        .map(|rec| TracingNode::Recommendation(rec.id.clone()))
        .filter(|node| linked.contains(node))
        .collect();

    let position = |nodes: &[TracingNode]| -> HashMap<TracingNode, f64> {
        let last = nodes.len().saturating_sub(1).max(1) as f64;
        nodes
            .iter()
            .enumerate()
            .map(|(i, node)| (node.clone(), i as f64 / last))
            .collect()
    };
    let mut positions = position(&challenges);
    positions.extend(position(&recs));

    // Cases in the order the data lists them, then by their sources' mean position.
    let mut case_order: Vec<&str> = data
        .cases
        .iter()
        .map(|case| case.id.as_str())
        .filter(|id| linked.contains(&TracingNode::Case(CaseId::from(*id))))
        .collect();
    for link in links {
        if let TracingNode::Case(id) = &link.to {
            if !case_order.contains(&id.as_str()) {
                case_order.push(id); // a case missing from cases.json still shows
            }
        }
    }
    let mut cases: Vec<(f64, usize, TracingNode)> = case_order
        .into_iter()
        .enumerate()
        .map(|(i, id)| {
            let node = TracingNode::Case(CaseId::from(id));
            let sources: Vec<f64> = links
                .iter()
                .filter(|link| link.to == node)
                .filter_map(|link| positions.get(&link.from).copied())
                .collect();
            let mean = sources.iter().sum::<f64>() / sources.len().max(1) as f64;
            (mean, i, node)
        })
        .collect();
    cases.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));

    challenges
        .into_iter()
        .chain(recs)
        .chain(cases.into_iter().map(|(_, _, node)| node))
        .collect()
}
