//! Aggregations behind the explorer's charts, over a result (indices into `data.cases`):
//!
//! * cases per domain, per series of operators or organisations (each case counted once per
//!   series), the largest series first and the rest pooled;
//! * comparable groups of stated outcomes (same kind AND same unit): figures are counted,
//!   never added, averaged or converted.

use std::collections::HashMap;

use super::figures::counted_outcomes;
use super::model::{Case, Dataset, Domain, Metric, MetricKind, Text};
use super::query::{ChartBy, Facet};

/// At most this many stacked series; the rest are pooled as "Others".
pub const MAX_SERIES: usize = 12;

/// One series of the domain chart: the filter it stands for (`None` for the pooled
/// "Others") and its count of cases per domain, in [`Domain::ALL`] order.
#[derive(Debug, Clone, PartialEq)]
pub struct SeriesCounts {
    pub filter: Option<(Facet, String)>,
    pub counts: Vec<u32>,
}

/// Cases per domain of a result, split into series.
#[derive(Debug, Clone, PartialEq)]
pub struct DomainCounts {
    /// The domains, in [`Domain::ALL`] order.
    pub domains: Vec<Domain>,
    /// Distinct cases per domain.
    pub totals: Vec<u32>,
    /// Largest first (ties keep first appearance); at most [`MAX_SERIES`] and "Others".
    pub series: Vec<SeriesCounts>,
}

/// The series a case's organisations fall in: operators (or the organisation itself when
/// it belongs to no operator), or organisations. Each series once per case.
fn case_series(
    case: &Case,
    operator_of: &HashMap<&str, Option<&str>>,
    by: ChartBy,
) -> Vec<(Facet, String)> {
    let mut out: Vec<(Facet, String)> = Vec::new();
    for id in &case.organisations {
        let key = match by {
            ChartBy::Organisation => (Facet::Org, id.to_string()),
            ChartBy::Operator => match operator_of.get(id.as_str()).copied().flatten() {
                Some(op) => (Facet::Op, op.to_string()),
                None => (Facet::Org, id.to_string()),
            },
        };
        if !out.contains(&key) {
            out.push(key);
        }
    }
    out
}

/// Counts the result's cases per domain and per series of `by`.
pub fn domain_counts(data: &Dataset, cases: &[usize], by: ChartBy) -> DomainCounts {
    let domains: Vec<Domain> = Domain::ALL.to_vec();
    let operator_of: HashMap<&str, Option<&str>> = data
        .organisations
        .iter()
        .map(|org| (org.id.as_str(), org.operator.as_deref()))
        .collect();
    let mut totals = vec![0u32; domains.len()];
    let mut counts: HashMap<(Facet, String), Vec<u32>> = HashMap::new();
    let mut order: Vec<(Facet, String)> = Vec::new();
    for case in cases.iter().filter_map(|&i| data.cases.get(i)) {
        let d = domains.iter().position(|d| *d == case.domain).unwrap_or(0);
        totals[d] += 1;
        for key in case_series(case, &operator_of, by) {
            let row = counts.entry(key.clone()).or_insert_with(|| {
                order.push(key);
                vec![0; domains.len()]
            });
            row[d] += 1;
        }
    }
    // Largest series first; ties keep first appearance.
    order.sort_by_key(|key| std::cmp::Reverse(counts[key].iter().sum::<u32>()));
    let mut series: Vec<SeriesCounts> = Vec::new();
    let mut others = vec![0u32; domains.len()];
    for (i, key) in order.iter().enumerate() {
        if i < MAX_SERIES || order.len() == MAX_SERIES + 1 {
            series.push(SeriesCounts {
                filter: Some(key.clone()),
                counts: counts[key].clone(),
            });
        } else {
            for (slot, n) in others.iter_mut().zip(&counts[key]) {
                *slot += n;
            }
        }
    }
    if others.iter().any(|n| *n > 0) {
        series.push(SeriesCounts {
            filter: None,
            counts: others,
        });
    }
    DomainCounts {
        domains,
        totals,
        series,
    }
}

/// One comparable group of stated figures: same kind and same unit (as stated, zh and en).
#[derive(Debug, Clone, PartialEq)]
pub struct OutcomeGroup {
    /// `<kind>~<unit zh>~<unit en>`, the `cmp` URL value.
    pub key: String,
    pub kind: MetricKind,
    pub unit: Text,
    pub figures: usize,
    pub cases: usize,
    /// Cases in the group whose figure states a baseline or a starting value.
    pub baseline_cases: usize,
}

/// Units are compared in both languages: 个 counts datasets in one case and industries in
/// another, and those are not comparable.
pub fn group_key(metric: &Metric) -> String {
    format!(
        "{}~{}~{}",
        metric.kind.key(),
        metric.unit.zh,
        metric.unit.en
    )
}

fn has_baseline(metric: &Metric) -> bool {
    metric.baseline.is_some() || metric.from.is_some()
}

/// The comparable groups in the result, the biggest first.
pub fn outcome_groups(data: &Dataset, cases: &[usize]) -> Vec<OutcomeGroup> {
    let mut groups: Vec<OutcomeGroup> = Vec::new();
    for case in cases.iter().filter_map(|&i| data.cases.get(i)) {
        let mut seen: Vec<(String, bool)> = Vec::new();
        for metric in counted_outcomes(data, case) {
            let key = group_key(metric);
            let at = match groups.iter().position(|g| g.key == key) {
                Some(at) => at,
                None => {
                    groups.push(OutcomeGroup {
                        key: key.clone(),
                        kind: metric.kind,
                        unit: metric.unit.clone(),
                        figures: 0,
                        cases: 0,
                        baseline_cases: 0,
                    });
                    groups.len() - 1
                }
            };
            groups[at].figures += 1;
            match seen.iter_mut().find(|(k, _)| *k == key) {
                Some(entry) => entry.1 |= has_baseline(metric),
                None => seen.push((key, has_baseline(metric))),
            }
        }
        for (key, baseline) in seen {
            if let Some(group) = groups.iter_mut().find(|g| g.key == key) {
                group.cases += 1;
                group.baseline_cases += usize::from(baseline);
            }
        }
    }
    groups.sort_by(|a, b| {
        b.figures
            .cmp(&a.figures)
            .then(a.kind.cmp(&b.kind))
            .then(a.unit.zh.cmp(&b.unit.zh))
    });
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::{Case, Organisation};
    use serde_json::json;

    fn organisation(id: &str, operator: Option<&str>) -> Organisation {
        serde_json::from_value(json!({
            "id": id, "name": {"zh": id, "en": id}, "operator": operator
        }))
        .expect("an organisation")
    }

    fn metric(value: u32, unit_en: &str, baseline: bool) -> serde_json::Value {
        let mut metric = json!({
            "measure": {"zh": "量", "en": "measure"}, "value": value,
            "unit": {"zh": "个", "en": unit_en}, "kind": "scale", "wording": "两个"
        });
        if baseline {
            metric["from"] = json!(1);
        }
        metric
    }

    fn case(
        id: &str,
        domain: &str,
        subdomain: &str,
        orgs: &[&str],
        outcomes: Vec<serde_json::Value>,
    ) -> Case {
        serde_json::from_value(json!({
            "id": id, "title": {"zh": id, "en": id}, "boxed": false,
            "domain": domain, "subdomain": subdomain, "organisations": orgs,
            "technologies": [], "summary": {"zh": "", "en": ""}, "outcomes": outcomes,
            "cite": {"section": "s4-1-1", "page": 19}
        }))
        .expect("a case")
    }

    fn dataset(organisations: Vec<Organisation>, cases: Vec<Case>) -> Dataset {
        Dataset {
            organisations,
            cases,
            ..Dataset::default()
        }
    }

    #[test]
    fn domain_counts_count_each_series_once_per_case() {
        let data = dataset(
            vec![
                organisation("a", Some("op")),
                organisation("a2", Some("op")),
                organisation("b", None),
            ],
            vec![
                case(
                    "1",
                    "infrastructure",
                    "infra-compute",
                    &["a", "a2", "b"],
                    vec![],
                ),
                case("2", "infrastructure", "infra-compute", &["a"], vec![]),
            ],
        );
        let all = [0, 1];
        let infra = Domain::ALL
            .iter()
            .position(|d| d.key() == "infrastructure")
            .expect("a domain");
        let by_op = domain_counts(&data, &all, ChartBy::Operator);
        assert_eq!(by_op.domains, Domain::ALL.to_vec());
        assert_eq!(by_op.totals[infra], 2);
        assert_eq!(by_op.totals.iter().sum::<u32>(), 2);
        let filters: Vec<_> = by_op.series.iter().map(|s| s.filter.clone()).collect();
        assert_eq!(
            filters,
            vec![
                Some((Facet::Op, "op".to_string())),
                Some((Facet::Org, "b".to_string()))
            ]
        );
        assert_eq!(by_op.series[0].counts[infra], 2);
        assert_eq!(by_op.series[1].counts[infra], 1);
        let by_org = domain_counts(&data, &all, ChartBy::Organisation);
        let counts: Vec<u32> = by_org.series.iter().map(|s| s.counts[infra]).collect();
        assert_eq!(counts, vec![2, 1, 1]);
    }

    #[test]
    fn series_beyond_the_cap_are_pooled_unless_only_one_would_be() {
        let ids: Vec<String> = (0..MAX_SERIES + 2).map(|i| format!("o{i}")).collect();
        let organisations = ids.iter().map(|id| organisation(id, None)).collect();
        let cases = ids
            .iter()
            .map(|id| case(id, "infrastructure", "infra-compute", &[id], vec![]))
            .collect();
        let data = dataset(organisations, cases);
        let pooled = domain_counts(
            &data,
            &(0..MAX_SERIES + 2).collect::<Vec<_>>(),
            ChartBy::Organisation,
        );
        assert_eq!(pooled.series.len(), MAX_SERIES + 1);
        let others = pooled.series.last().expect("others");
        assert_eq!(others.filter, None);
        assert_eq!(others.counts.iter().sum::<u32>(), 2);
        let one_more = domain_counts(
            &data,
            &(0..MAX_SERIES + 1).collect::<Vec<_>>(),
            ChartBy::Organisation,
        );
        assert_eq!(one_more.series.len(), MAX_SERIES + 1);
        assert!(one_more.series.iter().all(|s| s.filter.is_some()));
    }

    #[test]
    fn outcome_groups_split_by_unit_and_count_cases_once() {
        let data = dataset(
            vec![organisation("a", None)],
            vec![
                case(
                    "1",
                    "infrastructure",
                    "infra-compute",
                    &["a"],
                    vec![metric(1, "items", false), metric(2, "items", true)],
                ),
                case(
                    "2",
                    "infrastructure",
                    "infra-compute",
                    &["a"],
                    vec![metric(3, "items", false), metric(4, "sets", false)],
                ),
            ],
        );
        let groups = outcome_groups(&data, &[0, 1]);
        assert_eq!(groups.len(), 2);
        assert_eq!(groups[0].key, "scale~个~items");
        assert_eq!(groups[0].kind, MetricKind::Scale);
        assert_eq!(
            (groups[0].figures, groups[0].cases, groups[0].baseline_cases),
            (3, 2, 1)
        );
        assert_eq!(groups[1].key, "scale~个~sets");
        assert_eq!(
            (groups[1].figures, groups[1].cases, groups[1].baseline_cases),
            (1, 1, 0)
        );
        assert!(outcome_groups(&data, &[]).is_empty());
    }
}
