//! The explorer's charts on the real data: domain × operator counts and click targets;
//! outcomes grouped only by same kind AND same unit, with the "N of M" baseline count.

mod common;

use bluebook::charts::cases::{cases_by_domain, outcomes_chart};
use bluebook::domain::outcomes::{group_key, outcome_groups};
use bluebook::domain::query::{ChartBy, Facet};
use bluebook::i18n::Lang;

#[test]
fn domain_chart_counts_cases_per_domain_and_operator() {
    let data = common::real_dataset();
    let all: Vec<usize> = (0..data.cases.len()).collect();
    let chart = cases_by_domain(&data, &all, Lang::Zh, ChartBy::Operator);
    let table = &chart.figure.table;
    assert_eq!(table.rows.len(), 5, "one row per domain");
    let total_col = table.columns.len() - 1;
    let sum: usize = table
        .rows
        .iter()
        .map(|r| r[total_col].parse::<usize>().expect("n"))
        .sum();
    assert_eq!(sum, data.cases.len(), "distinct totals add up to all cases");
    // China Telecom's marketing cases, counted by hand from the data.
    let telecom = table
        .columns
        .iter()
        .position(|c| c == "中国电信")
        .expect("series");
    let marketing = table.rows.iter().find(|r| r[0] == "营销服务").expect("row");
    let want = data
        .cases
        .iter()
        .filter(|c| c.domain.key() == "marketing")
        .filter(|c| {
            c.organisations.iter().any(|id| {
                data.organisations
                    .iter()
                    .any(|o| &o.id == id && o.operator.as_deref() == Some("china-telecom"))
            })
        })
        .count();
    assert_eq!(marketing[telecom], want.to_string());
    // Organisations without an operator stand as themselves.
    assert!(chart
        .series
        .iter()
        .any(|s| s.filter == Some((Facet::Org, "iflytek".into()))));
    // A click resolves to filters, by the item's position (series, category).
    let series = chart
        .series
        .iter()
        .position(|s| s.label == "中国电信")
        .expect("series");
    let category = chart
        .categories
        .iter()
        .position(|(label, _)| label == "营销服务")
        .expect("category");
    assert_eq!(
        chart.figure.target(series, category),
        Some(&bluebook::charts::ChartTarget::Filter {
            domain: bluebook::domain::Domain::Marketing,
            facet: Facet::Op,
            value: "china-telecom".into()
        })
    );
    assert_eq!(chart.figure.target(chart.series.len(), category), None);
    let json = common::option_json(&chart.figure);
    assert!(json["series"]
        .as_array()
        .expect("series")
        .iter()
        .all(|s| s["stack"] == "cases"));

    let by_org = cases_by_domain(&data, &all, Lang::En, ChartBy::Organisation);
    assert!(by_org
        .series
        .iter()
        .all(|s| s.filter.as_ref().is_none_or(|(f, _)| *f == Facet::Org)));
}

#[test]
fn outcome_groups_never_mix_kinds_or_units() {
    let data = common::real_dataset();
    let all: Vec<usize> = (0..data.cases.len()).collect();
    let groups = outcome_groups(&data, &all);
    let figures: usize = groups.iter().map(|g| g.figures).sum();
    // A figure the report states twice counts once (domain::figures).
    let stated: usize = data
        .cases
        .iter()
        .map(|c| bluebook::domain::figures::counted_outcomes(&data, c).len())
        .sum();
    let repeated: usize = data.cases.iter().map(|c| c.outcomes.len()).sum::<usize>() - stated;
    assert_eq!(
        repeated, 4,
        "2000PB twice in one box; 2000PB, 5万亿 tokens, 200+ 个 repeated"
    );
    assert_eq!(figures, stated, "every counted figure in exactly one group");
    for group in &groups {
        for case in &data.cases {
            for metric in &case.outcomes {
                if group_key(metric) == group.key {
                    assert_eq!(metric.kind, group.kind);
                    assert_eq!(metric.unit, group.unit);
                }
            }
        }
        assert!(group.baseline_cases <= group.cases);
    }
    // Efficiency in % is one group; its bars are the stated figures, unsummed.
    let efficiency = groups
        .iter()
        .find(|g| g.key == "efficiency~%~%")
        .expect("efficiency %");
    let (figure, total) = outcomes_chart(&data, &all, Lang::En, &efficiency.key);
    assert_eq!(total, efficiency.figures);
    assert_eq!(figure.table.rows.len(), efficiency.figures);
    let values: Vec<&str> = figure.table.rows.iter().map(|r| r[2].as_str()).collect();
    assert_eq!(
        values,
        [
            "60% or more",
            "50% or more",
            "about 40%",
            "30% or more",
            "30%"
        ],
        "largest first, as stated"
    );
    // The "N of M" baseline count: accuracy in % has one case with a starting value (70 → 90).
    let accuracy = groups
        .iter()
        .find(|g| g.key == "accuracy~%~%")
        .expect("accuracy %");
    assert_eq!(accuracy.baseline_cases, 1);
    assert!(accuracy.cases > 1);
    // A time range keeps its stated bounds in the table.
    let hours = groups
        .iter()
        .find(|g| g.key == "time~小时~hours")
        .expect("time in hours");
    let (figure, _) = outcomes_chart(&data, &all, Lang::Zh, &hours.key);
    assert_eq!(figure.table.rows[0][2], "大约104–125小时");
}
